package license

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
)

//go:embed data/topics.json
var topicsJSON []byte

// Topic is an OSPO question that needs no licence to be answered, or not only one:
// signing a CLA, an employer's claim on a side project, contributing upstream, choosing
// a licence, "non-commercial" terms, what attribution means. Its answer and the request
// it leads to are data (data/topics.json).
type Topic struct {
	Name    string   `json:"name"`
	Title   string   `json:"title"`
	Answer  []string `json:"answer"`
	Request string   `json:"request,omitempty"` // the approval kind that follows ("cla"), if any
	Example string   `json:"example,omitempty"` // a licence the policy is shown for (CC-BY-NC-4.0 for non-commercial)
	// Moving is what the answer adds when the question moves a project already released
	// under one licence to another (Question.Relicenses), if anything.
	Moving       []string `json:"moving,omitempty"`
	MovingSource string   `json:"moving_source,omitempty"`
	// MovingTitle, if set, says what a question that moves a project asks of the topic
	// ("Changing a project's licence when others have contributed"): its moving lines
	// are then the whole answer.
	MovingTitle   string `json:"moving_title,omitempty"`
	MovingRequest string `json:"moving_request,omitempty"` // the approval kind that follows then
	// Author, if set, answers the topic when a project's own maintainers or authors ask it
	// of their project (Question.Maintainer): what to ask of their contributors ("do we
	// actually need a CLA, or is a DCO enough?"), how to be paid by companies ("can I
	// pick an open source licence that makes commercial users pay me?"). It is given
	// under AuthorTitle, with its source, in place of the topic's answer.
	Author       []string `json:"author,omitempty"`
	AuthorTitle  string   `json:"author_title,omitempty"`
	AuthorSource string   `json:"author_source,omitempty"`
	// AuthorPermissive is what that answer adds when a licence the question names is
	// permissive ("our project is bsd-3. do we need a cla so we could relicense later?"),
	// with its source.
	AuthorPermissive       []string `json:"author_permissive,omitempty"`
	AuthorPermissiveSource string   `json:"author_permissive_source,omitempty"`
	// DCO is what the answer adds, first, when the question asks what a Developer
	// Certificate of Origin sign-off certifies ("what am i actually certifying with the
	// Signed-off-by line", AsksDCO), with its source.
	DCO       []string `json:"dco,omitempty"`
	DCOSource string   `json:"dco_source,omitempty"`
	// AuthorRequest is the approval kind that follows that answer, if any.
	AuthorRequest string `json:"author_request,omitempty"`
	// Generated is what the answer adds when the code asked about was written by an AI
	// assistant (Question.Generated), with its source.
	Generated       []string `json:"generated,omitempty"`
	GeneratedSource string   `json:"generated_source,omitempty"`
	// Content is what the answer adds when the question is about text, art or data as well
	// as code (Question.NonCode): "my repo holds both my thesis pdf and the segmentation
	// code from it", with its source.
	Content       []string `json:"content,omitempty"`
	ContentSource string   `json:"content_source,omitempty"`
	// Obliged is what the answer adds when the question asks whether a licence makes one
	// send changes upstream ("do we have to send the changes back to the asf before
	// shipping?"), with its source.
	Obliged       []string `json:"obliged,omitempty"`
	ObligedSource string   `json:"obliged_source,omitempty"`
	// StateLaw is what the answer adds when the question asks whether a law limits an
	// employer's claim on what one makes on one's own time ("Does California's law about
	// own time and own equipment protect me?", AsksStateLaw), with its source.
	StateLaw       []string `json:"state_law,omitempty"`
	StateLawSource string   `json:"state_law_source,omitempty"`
	// Hardware is what the answer adds when the licence is chosen for a hardware design
	// (AboutHardware): "this rp2040 kicad board is mit. is mit even a good fit for
	// hardware designs?", with its source.
	Hardware       []string `json:"hardware,omitempty"`
	HardwareSource string   `json:"hardware_source,omitempty"`
	// Public is what the answer adds when the question asks whether publishing code makes
	// it open source ("our repo is already public on github, doesnt that make it open
	// source", AsksPublicIsOpen), with its source.
	Public       []string `json:"public,omitempty"`
	PublicSource string   `json:"public_source,omitempty"`
	// Static is what the answer adds when a licence is chosen for a library that is to be
	// linked statically ("our rust crate is lgpl-3.0 but cargo links everything
	// statically. switch to mpl 2.0?", AsksStaticForOwn), with its source.
	Static       []string `json:"static,omitempty"`
	StaticSource string   `json:"static_source,omitempty"`
	// Service is what the answer adds when a licence is chosen for software run as a
	// network service ("it is mainly a hosted web service. Isn't the GPL the wrong fit?",
	// AsksServiceFit), with its source.
	Service       []string `json:"service,omitempty"`
	ServiceSource string   `json:"service_source,omitempty"`
	// Upstream is what the answer adds when the question asks whether pointing at another
	// site's source is enough ("is a link to the upstream repo enough?",
	// AsksPointingAtUpstream), with its source.
	Upstream       []string `json:"upstream,omitempty"`
	UpstreamSource string   `json:"upstream_source,omitempty"`
	// Beside is what the answer adds when the question names an open source licence with
	// the topic's terms written next to it (Question.TermsBeside), with its source.
	Beside       []string `json:"beside,omitempty"`
	BesideSource string   `json:"beside_source,omitempty"`
	Ask          string   `json:"ask"` // the topic asked as a question, which TopicOf reads as it`
	Source       string   `json:"source"`
	// Own is set for a topic answered with the bot's own commands ("how do we check our
	// dependencies' licences?"), which cites no outside source.
	Own bool `json:"own,omitempty"`
}

// AsksPointingAtUpstream tells whether a message asks if pointing at another site's
// source is enough for the source a licence asks for: "is a link to the upstream repo
// enough?", "is it ok to just point people at upstream?", "is a link to the kernel git
// tree enough for the gpl".
func AsksPointingAtUpstream(text string) bool {
	return pointsAtUpstreamRE.MatchString(strings.ToLower(text))
}

// AsksDCO tells whether a message asks about a Developer Certificate of Origin sign-off
// and not about a contributor licence agreement: "what am i actually certifying with the
// Signed-off-by line".
func AsksDCO(text string) bool {
	lower := strings.ToLower(text)
	return dcoRE.MatchString(lower) && !claNamedRE.MatchString(lower)
}

var (
	dcoRE      = regexp.MustCompile(`\bsigned-off-by\b|\bsign(?:ed|ing)?[- ]off\b|\bdco\b|\bdeveloper\s+certificate\s+of\s+origin\b`)
	claNamedRE = regexp.MustCompile(`\bclas?\b|\bcontributor\s+(?:licen[cs]e\s+)?agreements?\b`)
)

// AsksPublicIsOpen tells whether a message asks if code being public makes it open
// source: "our repo is already public on github, doesnt that make it open source", "is
// code on github open source by default?".
func AsksPublicIsOpen(text string) bool {
	return publicIsOpenRE.MatchString(strings.ToLower(text))
}

var publicIsOpenRE = regexp.MustCompile(`\b(?:public|publicly|on\s+github|published|visible)\b[^.?!]{0,60}\b(?:make|makes|making|mean|means|count|counts|enough|same\s+as|automatically|by\s+default)\b[^.?!]{0,25}\bopen[- ]?source\b|\bopen[- ]?source\s+(?:just\s+|simply\s+|automatically\s+|by\s+default\s+)?(?:because|since|if|when)\b[^.?!]{0,40}\b(?:public|on\s+github|published)\b`)

// pointsAtUpstreamRE: the source offered by pointing at upstream's, or at a project's
// tree, asked to be enough.
var pointsAtUpstreamRE = regexp.MustCompile(`\b(?:point|link|refer|send|direct)\w*\s+(?:them\s+|people\s+|users\s+|customers\s+|buyers\s+)?(?:at|to)\s+(?:the\s+)?upstream(?:'s)?(?:\s+(?:source|sources|repo|repository|tarballs?|git|site|project))?\b[^?!]{0,60}\b(?:enough|sufficient|suffices?|ok|okay|fine|acceptable)\b|\b(?:enough|sufficient|ok|okay|fine|acceptable)\s+to\s+(?:just\s+)?(?:point|link|refer|send|direct)\w*\s+(?:them\s+|people\s+|users\s+|customers\s+|buyers\s+)?(?:at|to)\s+(?:the\s+)?upstream\b` +
	// "is a link to the kernel git tree enough for the gpl": a project's tree pointed
	// at, not the source of the build shipped.
	`|\blink\w*\s+(?:them\s+|people\s+|users\s+)?to\s+(?:the\s+|their\s+|its\s+)?(?:[\w.-]+\s+){0,2}?(?:git\s+tree|source\s+tree|git\s+repo(?:sitory)?)\b[^?!]{0,30}\b(?:enough|sufficient|suffices?|ok|okay|fine|acceptable)\b` +
	// "is pointing at the authors' repos enough?": the source of others' work pointed at.
	`|\b(?:point|link|refer|send|direct)\w*\s+(?:them\s+|people\s+|users\s+)?(?:at|to)\s+(?:the\s+)?(?:(?:original\s+)?authors?['’]?s?|developers?['’]?s?|their)\s+(?:own\s+)?(?:repos?|repositories|github|source\s+repos?|sources?|sites?)\b[^?!]{0,40}\b(?:enough|sufficient|suffices?|ok|okay|fine|acceptable)\b`)

var topicList = sync.OnceValue(func() []Topic {
	return embedded[struct {
		Topics []Topic `json:"topics"`
	}]("topics.json", topicsJSON).Topics
})

var topics = sync.OnceValue(func() map[string]Topic {
	m := map[string]Topic{}
	for _, t := range topicList() {
		m[t.Name] = t
	}
	return m
})

// Topics lists the OSPO topics in the order the data gives them, for offering them
// as choices to a question that was not understood.
func Topics() []Topic { return topicList() }

// TopicNamed is the topic of that name.
func TopicNamed(name string) (Topic, bool) {
	t, ok := topics()[name]
	return t, ok
}

// whyMoveTo is the start of a question of why a project would move to a licence, up to
// the licence moved to.
const whyMoveTo = `\bwhy\s+(?:would|did|do|does|might|should|are|is|has|have)\s+(?:an?\s+|the\s+|so\s+many\s+|some\s+|they\s+|it\s+|anyone\s+|someone\s+|people\s+)?(?:[\w.+-]+\s+){0,3}?(?:switch|switches|switched|switching|move|moves|moved|moving|relicen[cs]e|relicen[cs]ed|relicen[cs]ing|change|changed|changing|go|went|going)\s+(?:\w+\s+)?(?:from\s+[^?.!]{1,30}?\s+)?to\s+(?:the\s+)?`

// movedToEnd ends the licence whyMoveTo moves to: one licence, with its version, not a
// choice of two ("switching it to gpl-2.0-only or apache-2.0"), nor one form of a
// version for another ("from gpl-3.0-or-later to gpl-3.0-only", a question of "or later").
const movedToEnd = `(?:[-\s]?v?\d(?:[._]\d)?\+?)?\s*(?:[?.!,;]|$|(?:instead|now|licen[cs]e[sd]?|because|for|from|and|in|when|after|back)\b)`

// whyCopyleftRE: why a project would move to a copyleft licence.
var whyCopyleftRE = regexp.MustCompile(whyMoveTo + `(?:a?gpl|lgpl|agpl|gnu|mpl|epl|eupl|osl|copyleft)` + movedToEnd)

// AsksWhyCopyleft tells whether the text asks why a project would move to a copyleft
// licence ("why would a notes app switch from apache 2.0 to gpl?"): what copyleft does
// for an author is the answer, before what the licences named allow.
func AsksWhyCopyleft(text string) bool {
	lower := strings.ToLower(text)
	return strings.Contains(lower, "why") && whyCopyleftRE.MatchString(versionDotRE.ReplaceAllString(lower, "${1}_${2}"))
}

// topicWords find each topic in a question, first match wins. Those marked alone count
// only when the question names no licence: "commercial use of MIT code" is a verdict.
// The others (signing a CLA, an employer's claim, choosing a licence, sending a patch
// upstream) are the question even when it names the project's licence.
var topicWords = []struct {
	name  string
	re    *regexp.Regexp
	alone bool
	hints []string       // one of these is in every text the expression matches: a cheap test first
	also  *regexp.Regexp // when set, this must match too, anywhere in the question
}{
	// Asking a project's maintainers to relicense it ("any chance of bsd or apache
	// instead?", "would you be opposed to switching to MIT?", "could it become MIT?") is
	// choosing its licence, the licences named being the one it has and the candidates.
	// It comes first: such a request often offers a pull request too.
	{"choose", maintainersChoiceRE, false, []string{"chance", "would you", "could", "please", "why"}, nil},
	// Code the asker wrote at a past job, or kept a copy of, that they now want to publish
	// themselves ("years ago i wrote a tool at work that nobody used, kept a copy, and now
	// want to put it on github under mit"): whose it is comes first.
	{"employer", regexp.MustCompile(`\b(?:i|we)\s+(?:\w+\s+){0,2}?(?:wrote|written|made|built|developed|created|coded)\s+(?:[\w-]+\s+){0,4}?(?:at|for)\s+(?:work|my\s+(?:old\s+|previous\s+|former\s+|last\s+)?(?:job|employer|company|workplace)|a\s+(?:previous|former)\s+(?:job|employer|company))\b[^?]{0,120}\b(?:(?:publish|release|open[- ]?source)\s+(?:it|them|this|that|the\s+\w+)|put\s+(?:it|them)\s+(?:on|up)|on\s+(?:github|gitlab|codeberg))\b`), false, []string{"at work", "for my", "previous", "former"},
		// Taken along or from a past job: publishing code written at one's job now is
		// the release route of choosing a licence ("publish a library I wrote at work on
		// GitHub. Who do I ask?").
		regexp.MustCompile(`\bkept\s+(?:a\s+)?cop(?:y|ies)\b|\btook\s+(?:a\s+)?cop(?:y|ies)\b|\byears\s+ago\b|\bback\s+when\b|\b(?:old|previous|former|last)\s+(?:job|employer|company|workplace)\b|\bno\s+longer\s+(?:work|employed)\b|\bleft\s+(?:the|that|my)\s+(?:company|job|employer)\b`)},
	// A licence wanted that lets everyone use the work except commercially ("is there an
	// open source licence that lets anyone use my code except for commercial stuff?"):
	// terms against commercial use, which its topic answers, before choosing one.
	{"noncommercial", regexp.MustCompile(`\blicen[cs]e\s+(?:(?:that|which)\s+)?(?:lets?|allows?|permits?|is\s+(?:free|ok|okay|open)|works?)\s+(?:\w+\s+){0,5}?(?:except|excluding|but\s+not|apart\s+from|other\s+than|unless\s+(?:it'?s|it\s+is))\s+(?:for\s+)?(?:any\s+)?(?:commercial(?:ly)?|businesses|companies|corporations|profit)\b`), false, []string{"licen"}, nil},
	// A second licence for one's own work ("worth adding apache to my mit-only crate?",
	// "should we add MIT to our GPL library?") is choosing its licences.
	{"choose", addLicenceOwnRE, false, []string{"adding", "add "}, nil},
	// Wanting to put one's own work somewhere, then naming the choice ("want to put my lib
	// in the public domain. unlicense or cc0?"), is choosing its licence.
	{"choose", regexp.MustCompile(`\b(?:want|wants|going|plan|planning|like|about)\s+to\s+(?:put|place|release|license|licence|publish|dedicate)\s+(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?` + ownWorkNouns + `\s+(?:in|under|as|into)\b[^.?!]{0,40}[.?!:,]\s*[\w.+-]+(?:\s+[\w.+-]+)?\s+or\s+[\w.+-]+`), false, []string{"want", "going", "plan", "like", "about"}, nil},
	// Contributions written with an AI assistant, sent or taken ("can i send a pr that
	// gpt-4 mostly wrote?", "should we accept AI-generated patches?"): contributing is the
	// question, whatever the project's licence or its CLA; the answer adds what such
	// code asks of the contributor (Question.Generated).
	{"contribute", generatedRE, false, generatedHints, regexp.MustCompile(`\b(?:pr|prs|pull\s+requests?|patch\w*|contribut\w*|commit\w*|merge\w*|upstream\w*|submi\w+|accept\w*|sign[- ]?offs?|signed[- ]off[- ]by)\b`)},
	// Which licence to send one's own patch under ("the maintainer asked whether I'm
	// licensing my contribution under the AGPL or MIT; which should I pick for the
	// patch?"): how one contributes, not a licence for a project.
	{"contribute", ownPatchLicenceRE, false, []string{"contribution", "patch", "pull request", " pr ", " prs ", " pr?", " pr.", " pr,"}, nil},
	// Putting one's own name where the author's was ("can i swap the original author's
	// copyright line for mine?"): what the notices must keep.
	// "i copied big parts of someone's backend. they want credit. what do i need to add?"
	{"attribution", regexp.MustCompile(`\b(?:they|he|she|the\s+(?:original\s+)?(?:author|authors|creator|maintainers?|developers?))\s+(?:want|wants|asked\s+for|asks?\s+for|expects?|demands?|requests?)\s+(?:a\s+|some\s+|proper\s+|visible\s+)?(?:credit|attribution)\b`), false, []string{"credit", "attribution"}, nil},
	// "keep nio's license header on them or swap in ours?": whose notice copied files carry.
	// "can we just link to the gfdl instead of including it?": whether a link may stand
	// in for the licence's text asks what keeping the notice takes.
	{"attribution", regexp.MustCompile(`\blinks?\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w.+-]+\s+){0,2}?(?:licen[cs]e\s+)?(?:text\s+|file\s+)?(?:online\s+)?instead\s+of\s+(?:including|shipping|bundling|copying|adding|putting|reproducing|printing)\b`), false, []string{"instead"}, nil},
	{"attribution", regexp.MustCompile(`\b(?:licen[cs]e|copyright)\s+(?:headers?|notices?|lines?)\b[^.?!]{0,40}\b(?:swap|swapping|replace|replacing|put|putting)\s+(?:in\s+|them\s+with\s+|with\s+)?(?:ours|mine|our\s+own|my\s+own)\b`), false, []string{"header", "notice", "lines"}, nil},
	{"attribution", regexp.MustCompile(`\b(?:swap|swapping|replace|replacing|change|changing|switch|switching|exchange|substitute)\s+(?:out\s+)?(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:original\s+)?(?:(?:author|authors|creator|maintainer|owner)(?:'s|’s|s'|s’)?\s+)?(?:copyright\s+(?:lines?|notices?|headers?|holders?|statements?)|names?|credits?)\s+(?:for|with|by)\s+(?:mine|my\s+own|ours|our\s+own|my\s+name|our\s+name|my\s+company(?:'s)?|our\s+company(?:'s)?)\b`), false, []string{"mine", "my own", "ours", "our own", "my name", "our name", "my company", "our company"}, nil},
	// A tool that warns before a dependency under some licence comes in ("can pip warn
	// me before it pulls a gpl dependency into our project?"): checking dependencies'
	// licences, with the bot's own scans, whatever licence is named.
	{"dependencies", regexp.MustCompile(`\b(?:warn|warns|alert|alerts|flag|flags|block|blocks|fail|fails|stop|stops|catch|catches|detect|detects|notify|notifies)\s+(?:me|us|the\s+build|our\s+build|ci|the\s+ci|the\s+pipeline)?\s*(?:before|when|whenever|if)\s+(?:it|we|someone|anyone|a\s+dev|a\s+developer|npm|pip|cargo|maven|gradle|go|yarn|pnpm|composer|bundler)\s+(?:[\w-]+\s+)?(?:pulls?|adds?|installs?|brings?|introduces?|drags?)\b[^.?!]{0,60}\b(?:dependenc(?:y|ies)|deps?|packages?|libraries|library|crates?|modules?|gems?)\b`), false, []string{"warn", "alert", "flag", "block", "fail", "stop", "catch", "detect", "notif"}, nil},
	// How the credit of a work should read once it changes hands ("how should the
	// authorship and the Khan Academy notice at the top read?"): what attribution asks,
	// whoever the work was made for.
	// Someone else's work put out under one's own name ("forked someone's npm package,
	// changed a couple of lines and published it under my name. do i owe them anything?"):
	// what credit the original's authors are owed.
	{"attribution", regexp.MustCompile(`\b(?:publish\w*|releas\w*|upload\w*|put|post\w*|sell\w*|ship\w*)\s+(?:it|them|this|that|the\s+(?:fork|copy|package|code|project|result|library|theme|plugin))\s+(?:\w+\s+){0,2}?under\s+(?:my|our)\s+(?:own\s+)?(?:name|names|account)\b[^?]{0,80}\b(?:owe|credit|attribut\w*|mention|allowed|ok|okay|fine)\b|\bdo\s+(?:i|we)\s+owe\s+(?:them|the\s+(?:original\s+)?(?:author|authors|creator|creators|maintainers?|developers?))\s+anything\b` +
		// "copied one slider svg from vcv rack into my plugin. what do i owe them?"
		`|\bwhat\s+(?:do|would|will|does)\s+(?:i|we|my\s+company|our\s+company)\s+(?:still\s+|actually\s+|then\s+|now\s+)?owe\s+(?:them|him|her|the\s+(?:original\s+)?(?:author|authors|creator|creators|maintainers?|developers?|project|artists?|designers?))\b`), false, []string{" name", " account", "owe"}, nil},
	{"attribution", regexp.MustCompile(`\bhow\s+(?:should|do|must|would|can)\s+(?:i|we\s+)?(?:the\s+|my\s+|our\s+|its\s+)?(?:authorship|author\s+lines?|credits?|copyright\s+(?:lines?|notices?|headers?)|notices?)\b[^.?!]{0,60}\b(?:read|look|be\s+(?:worded|written|phrased))\b`), false, []string{"how should", "how do", "how must", "how would", "how can"}, nil},
	// "how do we check the licences of all our dependencies?", "do we need an SBOM?": the
	// bot's own scans answer it.
	{"dependencies", regexp.MustCompile(`\b(?:check|checks|checking|scan|scans|scanning|audit|auditing|review|reviewing|list|lists|listing|find|finds|finding|track|tracking|inventor(?:y|ise|ize)|verify|verifying|see|show|shows|print|prints|dump|dumps|report|reports|collect|collects|gather|gathers|extract|extracts|generate|generates)\b[^.?!]{0,50}\blicen[cs](?:es|ing)\b[^.?!]{0,40}\b(?:dependenc(?:y|ies)|deps|packages|libraries|components|third[- ]party|modules|crates|gems|npm|node_modules)\b|\bsbom\b|\bsoftware\s+bill\s+of\s+materials\b|\blicen[cs]e\s+(?:scan|scanner|scanning|checker|audit|compliance\s+tool)s?\b`), true, []string{"licen", "sbom", "bill of materials"}, nil},
	// Whether open source code may be sold at all, or a fee charged for it ("can I sell
	// GPL software?", "does the GPL allow charging for copies?", "a blog post claims
	// charging a fee isn't GPL compliant"): selling, whatever licence is named. Not selling
	// one's own product that takes code in ("can we sell our app that uses a GPL
	// library?"), which asks what the code's licence asks of that product.
	{"selling", sellingRE, false, []string{"sell", "charg", "fee", "price", "money", "paid", "pay"}, nil},
	// "does giving our contractor a copy count as distributing it?": what counts as
	// distribution, whoever and whatever licence the question names.
	{"distribution", regexp.MustCompile(`\bcounts?\s+as\s+["'“‘]?(?:a\s+)?(?:distribution|distributing|conveying|conveyance|redistribution|redistributing|supplying|supply)\b|\bcounts?\s+as\s+(?:[\w-]+\s+){0,3}?(?:we|they|you)\s+["'“‘]?(?:supply|distribute|convey)\b|\bis\s+(?:any\s+of\s+)?(?:that|this|it|handing\s+\w+(?:\s+\w+){0,3}|giving\s+\w+(?:\s+\w+){0,3})\s+(?:even\s+|really\s+|still\s+|actually\s+)?(?:a\s+)?["'“‘]?(?:distribution|conveying|conveyance)\b`), false, []string{"count", "distribution", "conveying", "conveyance"}, nil},
	// Media in a work said to be for non-commercial use only ("two sounds in our minetest
	// mod are non-commercial only. minetest is free so that's fine, right?"): such terms
	// in a free project, whatever licence the rest has.
	{"noncommercial", regexp.MustCompile(`\b(?:sounds?|textures?|sprites?|music|songs?|tracks?|icons?|images?|pictures?|photos?|fonts?|art|artwork|assets?|graphics|models?|maps?)\b[^.?!]{0,40}\b(?:are|is)\s+(?:only\s+)?(?:licen[cs]ed\s+)?(?:for\s+)?non[- ]?commercial(?:\s+use)?(?:\s+only)?\b`), false, []string{"commercial"}, nil},
	// A model's weights or data said to be for research or non-commercial use only,
	// beside the licence of its code: whether those terms reach the product is the
	// question ("mtcnn is mit but the weights were trained on a research-only set").
	{"noncommercial", regexp.MustCompile(`\b(?:weights|models?|checkpoints?|datasets?|data\s*sets?|training\s+(?:sets?|data))\b[^.?!]{0,80}\b(?:research[- ]only|(?:research|academic|non[- ]?commercial)\s+(?:use\s+|purposes\s+)?only|non[- ]?commercial|forbids?\s+commercial|no\s+commercial)\b|\b(?:research[- ]only|non[- ]?commercial)\b[^.?!]{0,80}\b(?:weights|models?|checkpoints?|datasets?|training\s+(?:sets?|data))\b`), false, []string{"weights", "model", "checkpoint", "dataset", "data set", "training"}, nil},
	// Whether the code's licence also covers its trained weights, asked for commercial use
	// ("does the MIT licence cover the pretrained checkpoints, or is there a catch for
	// commercial use?"): a model's own terms often forbid it, which is the question.
	{"noncommercial", regexp.MustCompile(`\b(?:cover|covers|covered|apply|applies|extend|extends)\b[^.?!]{0,60}\b(?:weights|checkpoints?|pretrained\s+(?:models?|weights)|trained\s+(?:models?|weights))\b|\b(?:weights|checkpoints?|pretrained\s+models?|trained\s+models?)\b[^.?!]{0,60}\b(?:covered|same\s+licen[cs]e)\b`), false, []string{"weights", "checkpoint", "model"},
		regexp.MustCompile(`\bcommercial`)},
	// Whether code under terms that forbid commercial use (a non-commercial licence, the
	// Commons Clause) may be called open source is what the topic answers, whatever
	// licence the question names: "our lessons are CC BY-NC-SA, ok to say open source?".
	{"noncommercial", openSourceLabelRE, false, []string{"open", "osi", "free software", "foss"}, nonCommercialTermsRE},
	// So is the Commons Clause, bolted onto a licence, and a ban on commercial use one
	// would add to a licence ("can we add a rule that it may only be used
	// non-commercially?"): what such terms do is the question.
	{"noncommercial", regexp.MustCompile(`\bcommons[- ]clause\b|\b(?:add|adding|attach|attaching|bolt|bolting|put|putting|include|including)\b[^.?!]{0,40}\b(?:rule|clause|restriction|condition|term|terms|ban)\b[^.?!]{0,40}\bnon[- ]?commercial(?:ly)?\b|\b(?:add|adding)\s+(?:a\s+|an\s+)?non[- ]?commercial\s+(?:rule|clause|restriction|condition|term|terms)\b` +
		// "the GNU GPL, except that using the code in commercial products is forbidden
		// without their written permission", "GPL with commercial exception".
		`|\bexcept\s+that\b[^.?!]{0,80}\bcommercial\b[^.?!]{0,60}\b(?:forbidden|prohibited|banned|not\s+allowed|disallowed|not\s+permitted)\b|\bwith\s+(?:a\s+|the\s+)?["'“‘]?commercial\s+exception\b`), false, []string{"commons", "commercial"}, nil},
	// So is which terms hold when a licence and a ban on commercial use say otherwise:
	// "the tool is MIT but its README says not for commercial use, which one wins?".
	{"noncommercial", regexp.MustCompile(`\bwhich\s+(?:one|licen[cs]e|terms?|of\s+(?:them|the\s+two|these))\s+(?:wins|applies|apply|prevails|takes\s+precedence|governs|counts|holds|is\s+binding)\b|\bwhich\s+(?:one|licen[cs]e)\s+(?:do|should|must)\s+(?:we|i)\s+(?:follow|obey|go\s+by)\b`), false, []string{"which"}, nonCommercialTermsRE},
	// Which licence would suit a project once it is opened up, whoever's it is ("if it
	// were released, which licence would make sense? would the GPL be a problem compared
	// with MIT?"): choosing its licence, the licences named being the candidates.
	{"choose", regexp.MustCompile(`\bwhich\s+licen[cs]e\s+(?:would|might|could|should)\s+(?:make\s+(?:the\s+most\s+)?sense|fit|suit\s+it|be\s+(?:best|right|appropriate|a\s+good\s+fit|the\s+best\s+fit))\b`), false, []string{"which licen"},
		regexp.MustCompile(`\b(?:open[- ]?sourc\w*|releas\w*|publish\w*)\b`)},
	// Starting a project and saying what should become of it ("companies should use and
	// contribute to it, but it must stay open source") is choosing its licence, however
	// much the message speaks of contributions.
	{"choose", regexp.MustCompile(`\b(?:i'?m|we'?re|i am|we are) (?:starting|building|creating|launching|writing) an? (?:new )?(?:[\w-]+ ){0,2}(?:project|library|lib|tool|app|framework|package)\b[^?!]{0,240}\b(?:stays? open|remains? open|always (?:stay|be|remain) open|keep it open|which licen[cs]e|what licen[cs]e)`), false, []string{"starting", "building", "creating", "launching", "writing"}, nil},
	// "companies profit from our work without giving back": terms against commercial use
	// are what is asked about, however much the message speaks of contributing.
	{"noncommercial", regexp.MustCompile(`\b(?:companies|corporations|businesses|big\s+tech)\s+(?:profit|profiting|make\s+money|making\s+money|cash\s+in)\s+(?:from|off|on)\b|\bprevent\w*\s+(?:companies|corporations|businesses)\s+from\s+(?:profiting|making\s+money|selling)\b`), true, []string{"profit", "money", "cash in", "selling"}, nil},
	// Moving one's own project to another licence, or publishing it under one, is choosing
	// one, whatever the question says of CLAs or contributors: "we never had a CLA; how
	// do we move our project to a different licence?", "I want to publish my web app
	// under CC BY-NC 4.0 so others can contribute".
	// Who owns code a contractor or freelancer wrote, before it is published: "can a
	// contractor's code be open sourced by us?"
	{"employer", regexp.MustCompile(`\b(?:contractors?|freelancers?|consultants?|agency|agencies|vendors?)(?:(?:'s|’s|s'|s’)\s+(?:[\w-]+\s+){0,2}|\s+(?:[\w-]+\s+)?(?:wrote|writes|built|builds|made|makes|developed|develops|created|creates|delivered|delivers|is\s+(?:writing|building|developing))\s+(?:[\w-]+\s+){0,3}|\s+(?:[\w-]+\s+){0,3}(?:for\s+us|we\s+hired|we\s+paid)\b[^.?!]{0,40}\b)(?:code|work|project|app)\b[^.?!]{0,60}\b(?:open[- ]?sourc\w*|publish\w*|releas\w*|own|owns|ownership|belongs?)\b` +
		`|\b(?:code|work|project|app)\s+(?:that\s+)?(?:was\s+|is\s+)?(?:written|built|made|developed|created|delivered)\s+by\s+(?:a|an|our|the|some)\s+(?:[\w-]+\s+)?(?:contractors?|freelancers?|consultants?|agency|agencies|vendors?)\b[^.?!]{0,60}\b(?:open[- ]?sourc\w*|publish\w*|releas\w*|own|owns|ownership|belongs?)\b` +
		`|\b(?:open[- ]?sourc\w*|publish\w*|releas\w*|owns?|ownership)\b[^.?!]{0,60}\b(?:code|work|project|app)\s+(?:that\s+)?(?:was\s+|is\s+)?(?:written|built|made|developed|created|delivered)\s+by\s+(?:a|an|our|the|some)\s+(?:[\w-]+\s+)?(?:contractors?|freelancers?|consultants?|agency|agencies|vendors?)\b`), false, []string{"contractor", "freelancer", "consultant", "agenc", "vendor"}, nil},
	// An employer said to claim all one writes, before publishing one's own code, comes
	// first: "my employer says everything I write belongs to them … I'd like to publish
	// my weekend crate under MIT" (sending a fix upstream, or a CLA, is read below).
	{"employer", regexp.MustCompile(`(?:\b(?:employer|company|boss|job|contract)\b[^.?!]{0,60}\b(?:belongs?\s+to\s+(?:them|it|the\s+company|my\s+employer|the\s+employer)|owns?\s+everything|claims?\s+everything)\b|\beverything\s+(?:i|we)\s+(?:write|make|build|create|code)\b[^.?!]{0,40}\bbelongs?\b)[^?!]{0,200}\b(?:publish|release|put\s+(?:it\s+)?out|open[- ]?source)\b`), false, []string{"belong", "everything"}, nil},
	{"choose", regexp.MustCompile(`\b(?:move|moving|switch|switching|change|changing|relicen[cs]e|relicen[cs]ing)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:to\s+(?:an?\s+)?(?:different|new|another|other)\s+licen[cs]e|licen[cs]e\b)|\b(?:want|plan|planning|going|intend|like|decided)\s+to\s+(?:publish|release|license|licence|put\s+out)\s+(?:my|our|a|an|this)\s+[^.?!]{0,60}?\bunder\b|\brelicen[cs](?:e|ing)\s+(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:project|tool|library|lib|app|code|repo|crate|package|sdk)\b|\b(?:need|needs|have|want)\s+to\s+(?:pick|choose|select|decide\s+on)\s+an?\s+(?:new\s+)?licen[cs]e\b|\b(?:move|moving|switch|switching|change|changing|go|going|relicen[cs]e|relicen[cs]ing)\s+(?:over\s+)?to\s+(?:a|an)\s+(?:more\s+)?(?:permissive|copyleft|different|other|new|weak[- ]copyleft|strong[- ]copyleft)\s+licen[cs]e\b|\bwhat\s+should\s+(?:we|i)\s+weigh\b|\b(?:move|moving|switch|switching|change|changing|relicen[cs]e|relicen[cs]ing)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}from\s+[^.?!]{1,40}?\bto\b|\b(?:go|going|goes|move|moving|switch|switching)\s+(?:fully\s+)?(?:permissive|copyleft)\b`), false, []string{"licen", "under", "relicens", "weigh", "from", "permissive", "copyleft"}, nil},
	// Working for a company and contributing in one's own time, or owning one's side
	// projects, is about the employer's claim first: "a full-time engineer at Google, on
	// my own time", "whether they own their private side projects".
	// "is there a licence that makes anyone running our software show visible credit?":
	// what a licence may ask in credit, and which do, is what attribution answers.
	{"attribution", regexp.MustCompile(`\blicen[cs]e\s+that\s+(?:would\s+)?(?:makes?|forces?|requires?|obliges?|compels?)\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:show|display|keep|give|include|retain|carry|add)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|visible\s+|prominent\s+)*(?:credit|credits|attribution|name|logo|link|notice|"?powered\s+by)\b|\blicen[cs]e\s+that\s+(?:\w+\s+){0,6}?(?:forces?|requires?|makes?)\s+(?:\w+\s+){0,4}?(?:to\s+)?keep\s+(?:my|our|the)\s+(?:project'?s\s+)?name\b`), false, []string{"licen"}, nil},
	// "do i own the code i wrote for a class project?", "will the university let me
	// open-source my research code?": whose the work is, before it is published.
	{"employer", regexp.MustCompile(`\bdo\s+(?:i|we)\s+(?:actually\s+|even\s+|really\s+)?own\s+(?:the\s+)?(?:code|work|project|software|app|program)\s+(?:that\s+)?(?:i|we)\s+(?:wrote|write|made|built|created|developed)\s+(?:for|at|during|in|as)\b|\b(?:will|would|does|do|can|could)\s+(?:the|my|our)\s+(?:university|uni|school|college|lab|institute|employer|company|department)\s+let\s+(?:me|us)\s+(?:open[- ]?source|publish|release)\b`), false, []string{"own", "let me", "let us"}, nil},
	{"employer", regexp.MustCompile(`\b(?:full[- ]time|part[- ]time)\s+(?:[\w-]+\s+)?(?:engineer|developer|employee|programmer|dev)\s+(?:at|for|with)\b[^?!]{0,160}\b(?:(?:own|free|spare)\s+time|evenings?|weekends?|nights?|off[- ]hours|after\s+hours)\b|\b(?:does|do|would|will|can|could)\s+(?:the|my|our)\s+(?:company|employer|boss|startup|university|uni|institute|school|lab|client)\s+(?:(?:get|gets|have|has)\s+(?:any\s+|a\s+)?(?:claim|claims|rights?|ownership|say)|own|owns|claim|claims)\b|\bown\s+(?:their|his|her|my|our|the)\s+(?:private\s+|own\s+)?(?:side|personal|hobby|weekend|spare[- ]time)\s+projects?\b|\b(?:company|employer|boss)\b[^.?!]{0,60}\b(?:copyright|ownership|rights)\b[^.?!]{0,40}\b(?:theirs|is\s+theirs|to\s+them|over\s+to\s+them)\b|\b(?:wrote|own)\s+(?:and\s+own\s+)?personally\b|\bhired\s+me\b[^?]{0,160}\b(?:own|owns|claim|claims)\b|\b(?:wrote|written|write|built|build|made|developed)\s+(?:it|this|them|that)\s+(?:all\s+)?(?:at home|in my (?:free|spare|own) time|on my own time|on (?:the\s+)?weekends?|at weekends|after hours|on my own (?:laptop|computer|machine))\b`), false, []string{"time", "own", "evening", "weekend", "night", "hours", "company", "employer", "boss", "startup", "home", "laptop", "computer", "machine", "hired"}, nil},
	// An agreement a job asks one to sign over one's inventions ("new job wants me to sign
	// an ip agreement, how do i keep my cpan modules mine"): the employer's claim, not a
	// contributor agreement.
	{"employer", regexp.MustCompile(`\b(?:wants?|asks?|asked|asking|needs?|requires?|required|makes?|made|making|told)\s+(?:me|us)\s+(?:to\s+)?sign\s+(?:an?\s+|the\s+|their\s+|this\s+|its\s+)?(?:ip|intellectual\s+property|inventions?|invention\s+assignment|employment|non[- ]?compete|moonlighting|piia)\s+(?:agreement|assignment|contract|form)s?\b`), false, []string{"sign"},
		regexp.MustCompile(`\b(?:job|jobs|employer|employers|company|work|hired|hiring|hire|boss|manager|startup|onboarding|employee|employ\w*)\b`)},
	// "does the company sign something too?" for contributions made at work, before the
	// identity a contribution is made with: "signed my commits with my work email and sent
	// the oracle oca. now they say my employer has to sign something?" asks the agreement.
	{"cla", regexp.MustCompile(`\b(?:company|employer)\s+(?:also\s+)?(?:sign|signs|need\s+to\s+sign|have\s+to\s+sign|has\s+to\s+sign)\b`), false, []string{"company sign", "employer sign", "to sign"}, nil},
	// Which identity to sign off or commit with is how one contributes, not whether to
	// sign an agreement: "sign off with my personal email or my work one?"
	{"contribute", regexp.MustCompile(`\b(?:sign\w*[- ]?off|signed-off-by|commit\w*|patch\w*|contribut\w*|upstream|pull requests?)\b[^.?!]{0,80}\b(?:personal|private|work|company|corporate|employer'?s?|own)\s+(?:e-?mail|address|account|identity|one)\b|\b(?:personal|private|work|company|corporate)\s+(?:e-?mail|address|account|identity)\b[^.?!]{0,60}\b(?:sign\w*[- ]?off|signed-off-by|commit\w*|patch\w*|contribut\w*|upstream)\b`), false, []string{"mail", "address", "account", "identity", " one"}, nil},
	// Selling the project under other terms besides its open licence (dual licensing)
	// needs the rights to every outside contribution: what contributors must agree to
	// is a contributor agreement, whatever words ask it.
	// Not a non-commercial licence ("contributors want a non-commercial licence"), which
	// is no other terms sold.
	{"cla", regexp.MustCompile(`(?:^|[^\w-])(?:sell|sells|selling|sold|paid|commercial|private|proprietary|closed)\s+(?:\w+\s+){0,2}licen[cs]es?\b|\bdual[- ]licen[cs]\w*|\blicen[cs]es? (?:it |them )?(?:for sale|for a fee)\b`), false, []string{"licen"},
		// "community" as those who contribute ("code from the community"), not as a kind
		// of project ("our community CMS").
		regexp.MustCompile(`\b(?:contributors?|contributions?|contributed|patches|pull requests?|outside (?:code|developers)|bug\s?fix(?:es)?|(?:from|by|of|to)\s+the\s+community|community\s+(?:members?|contributors?|contributions?|patches|developers?|code))\b`)},
	// Sending a change upstream and asking whether it needs approval is the contribution
	// route, even when the project's CLA comes up on the way.
	// "how do i get a bigger patch into emacs? heard the fsf needs paperwork": what getting
	// a contribution accepted upstream takes.
	{"contribute", regexp.MustCompile(`\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:get|land|send|submit|upstream)\s+(?:a|an|my|our|the|this|these)\s+(?:\w+\s+){0,2}?(?:patch|patches|fix|fixes|change|changes|pr|prs|pull\s+requests?|feature|features)\s+(?:in|into|to|upstream|accepted|merged)\b`), false, []string{"how"}, nil},
	{"contribute", regexp.MustCompile(`\b(?:submit|submitting|send|sending|upstream)\w*\s+(?:a |our |my |some |the )?(?:bug ?)?(?:patch|patches|fix|fixes|pull request|pr|change|changes)\b|\bcontribut\w*\s+(?:to|a|back|upstream)\b`), false, []string{"submit", "send", "upstream", "contribut"},
		regexp.MustCompile(`\b(?:approval|approve|approved|permission|sign-?off from|allowed to|need (?:a |any )?sign[- ]?off)\b`)},
	// "our contributing.md makes contributors give us the right to relicense their
	// patches": the rights a contributor agreement takes.
	{"cla", regexp.MustCompile(`\b(?:give|gives|giving|grant|grants|granting)\s+(?:us|the\s+project|the\s+maintainers?|the\s+company|the\s+owners?|them|me|him|her)\s+(?:the\s+)?(?:right|permission)\s+to\s+(?:relicen[cs]e|re-licen[cs]e|sublicen[cs]e|change\s+the\s+licen[cs]e)\b`), false, []string{"right to", "permission to"}, nil},
	{"cla", regexp.MustCompile(`\bwhat\s+(?:do\s+(?:i|we)\s+)?(?:needs?|have)\s+(?:to\s+(?:be\s+)?)?sign(?:ing|ed)?\b|\bsign\w*\s+(?:an?|the|this|their|its)\s+(?:\w+\s+){0,2}agreement\b|\b[ic]?clas?\b|contributor\s+(?:licen[cs]e\s+)?agreement|\bcontributor\s+(?:form|licen[cs]e\s+form)\b|\bcontributors\s+(?:must\s+|have\s+to\s+|need\s+to\s+)?sign\b|\boracle\s+oca\b|\b(?:sign|signed|signing|confirm|confirmed|submit|submitted|sent|send)\s+(?:the\s+|an?\s+|my\s+|our\s+)?oca\b|\boca\s+(?:signature|signed|form)\b|\bdco\b|developer certificate of origin|signed-off-by|\bsign[- ]off\s+(?:on\s+)?(?:my\s+|our\s+|the\s+|each\s+|every\s+|all\s+|your\s+)?(?:commits?|patch(?:es)?|contributions?|changes|prs?|pull\s+requests?)\b|\bsign[- ]off\s+(?:lines?|trailers?|tags?)\b|\b(?:add|adding|with|without|missing|lacks?|a\s+dco)\s+(?:a\s+|the\s+|my\s+|our\s+)?sign[- ]offs?\b|copyright assignments?|assign(?:s|ed|ing)? (?:the |my |our |their |all )?copyrights?\b|\bsign(?:s|ing)?\s+over\s+(?:all\s+|the\s+|their\s+|our\s+|my\s+)?(?:ip|rights|copyright|code|work)\b`), false, []string{"cla", "contributor", "dco", "certificate", "signed-off", "sign-off", "sign off", "copyright", "signing", "to sign", "be signed", "sign over", "signs over", "signing over", "oca"}, nil},
	// The employer's claim said outright wins over contributing: "can my employer stop me
	// contributing in my free time?"
	{"employer", regexp.MustCompile(`\bcontracts?\b[^.?!]{0,40}\b(?:claim|claims|own|owns)\b[^.?!]{0,60}\b(?:build|make|write|create|code|off hours|after hours|spare time|free time|own time)|\b(?:my|our|the|employment|work|job)\s+contract\b[^.?!]{0,80}\b(?:ip|intellectual property|inventions?|theirs|owns?|belongs?)\b|\bip\b[^.?!]{0,80}\b(?:is|are|becomes?)\s+(?:theirs|the company'?s|my employer'?s)\b|\bemployment (?:contract|agreement)\b|\b(?:ip|rights|inventions?) (?:to|belongs? to) (?:my |the )?(?:employer|company)\b|\b(?:employer|company|boss)\b[^.?!]{0,80}\b(?:free|spare|own) time\b|\b(?:free|spare|own) time\b[^.?!]{0,80}\b(?:employer|company|boss)\b|\b(?:while|when)\s+(?:i'm\s+|i\s+am\s+|being\s+)?(?:employed|working (?:at|for|full[- ]time))\b|\bemployed (?:at|by)\b|\b(?:full[- ]time|part[- ]time)\s+(?:[\w-]+\s+)?(?:engineer|developer|employee|programmer|dev)\s+(?:at|for|with)\b|\b(?:side|personal|hobby|weekend) projects?\b[^.?!]{0,60}\b(?:employ\w*|company|my job|day job)\b|\b(?:employ\w*|company|day job)\b[^.?!]{0,60}\b(?:side|personal|hobby|weekend) projects?\b`), false, []string{"employ", "company", "boss", "rights", "inventions", "ip ", "contract"}, nil},
	{"contribute", regexp.MustCompile(`\bupstream(?:ing)?\s+(?:my|our|the|this|a)\s+(?:[\w-]+\s+){0,3}?(?:into|to)\b|\bfix\w*\s+(?:a\s+|the\s+|some\s+|an?\s+obvious\s+)?typos?\s+in\b|\b(?:approval|permission|sign[- ]off|an?\s+ok)\s+(?:from\s+(?:legal|the\s+ospo|anyone)\s+)?(?:to|before\s+(?:i|we))\s+(?:contribute|send|submit|open\s+a\s+(?:pr|pull\s+request)|upstream)\w*\b|\b(?:submit|submitting|send|sending|upstream|post|posted|posting)\w*\s+(?:a |our |my |some |the )?(?:[\w-]+\s+){0,2}(?:patch|patches|fix|fixes|pull request|pr|change|changes)\b|\bcontribut\w*\s+(?:to|a|back|upstream)\b|\bfix\w*\s+(?:a\s+|the\s+|some\s+)?bugs?\s+in\s+(?:an?\s+|the\s+)?upstream\b|\bsend\s+(?:them|it|these|those|our\s+fixes|the\s+fixes|our\s+changes)\s+(?:back\s+)?upstream\b` +
		// "contribute patches to the linux kernel", "contributing our fixes back"
		`|\bcontribut\w*\s+(?:(?:some|our|my|the|these|those)\s+)?(?:[\w-]+\s+)?(?:patch|patches|fix|fixes|bug\s?fix|bug\s?fixes|changes|improvements|code)\s+(?:to|upstream|back)\b`), false, []string{"submit", "send", "upstream", "contribut", "post", "typo", "approval", "permission", "sign", " ok "}, nil},
	{"employer", regexp.MustCompile(`\b(?:company|employer|boss|manager|workplace|job|startup)\b(?:\s+(?:must|should|shall|would|will|does|do|could|can|may|might|gets\s+to|wants\s+to|wants\s+it\s+to|gonna|going\s+to))?\s+owns?\b|\b(?:company|employer|boss|manager|workplace|job|startup)\b[^.?!]{0,40}\b(?:owns|ownership|claim|claims|keep it|(?:would|will|does|do|could|can|may|might|must|should|to|they|it)\s+own)\b|\b(?:owns|ownership|claim|keep)\b[^.?!]{0,40}\b(?:company|employer)\b|\b(?:i|we|they|who|does|do|would|will|still|actually)\s+own\b[^.?!]{0,40}\b(?:company|employer)\b|\bmoonlight(?:ing|er|ers|s|ed)\b|work for hire|work made for hire|\bip (?:assignment|clause|agreement)\b|invention assignment|who owns|owns the (?:code|copyright)|ownership of|outside (?:of )?work|after hours`), false, []string{"company", "employ", "boss", "manager", "workplace", "job", "startup", "side", "personal", "hobby", "own time", "spare", "free time", "moonlight", "hire", "ip ", "invention", "owns", "ownership", "outside", "after hours", "while", "when", "employed", "employment"}, nil},
	// Working on open source as part of one's job ("fixing the packages we depend on as
	// part of my job") is contributing on company time, not the employer's claim.
	{"contribute", regexp.MustCompile(`\b(?:open[- ]?source|upstream|fix\w*|contribut\w*|patch\w*)\b[^.?!]{0,60}\b(?:as part of (?:my|our) (?:job|work|day job|role)|on (?:company|work) time|on the clock|(?:during|in|on) (?:work(?:ing)?|office|business) hours)\b|\b(?:as part of (?:my|our) (?:job|work|day job|role)|on (?:company|work) time|on the clock|(?:during|in|on) (?:work(?:ing)?|office|business) hours)\b[^.?!]{0,60}\b(?:open[- ]?source|upstream|fix\w*|contribut\w*|patch\w*)\b`), false, []string{"as part of", "company time", "work time", "on the clock", "work hours", "working hours", "office hours", "business hours"}, nil},
	// Whose name goes in the copyright line is whose the code is: "is it ok to put our
	// company's name in the copyright line?", "our own names in the header, or our
	// employers'?"
	{"employer", regexp.MustCompile(`\b(?:company|employer|organi[sz]ation|university|lab|institute)(?:'s|’s|s'|s’)?\s+(?:name\s+)?(?:in|into|on|to)\s+(?:the\s+|our\s+|a\s+)?copyright\s+(?:line|lines|notice|notices|header|headers|statement)\b|\bcopyright\s+(?:line|lines|notice|notices|header|headers|statement)\b[^.?!]{0,80}\b(?:our|my)\s+(?:own\s+)?names?\b[^.?!]{0,40}\b(?:employers?|company|university)\b` +
		// "whose name goes in the copyright line, ours or the company's?"
		`|\b(?:whose|which|what)\s+names?\s+(?:goes|go|should\s+go|belongs?|do\s+(?:we|i)\s+(?:put|use|write|list))\b[^.?!]{0,40}\bcopyright\b[^.?!]{0,60}\b(?:company|company'?s|employer|employer'?s|university|university'?s)\b`), false, []string{"copyright"}, nil},
	// Who is listed as a holder of the copyright in work done for pay ("should an intern
	// we paid be listed as copyright holder?", "should the university be listed as a
	// copyright holder next to us?"): who owns work made in a job.
	{"employer", regexp.MustCompile(`\b(?:listed|named|credited|added|included|put\s+down|recorded|mentioned)\s+(?:as\s+)?(?:an?\s+|the\s+|a\s+co-?)?copyright\s+(?:holders?|owners?)\b|\bwho\s+(?:is|are|should\s+be|gets\s+to\s+be)\s+(?:the\s+)?copyright\s+(?:holders?|owners?)\b`), false, []string{"copyright"},
		regexp.MustCompile(`\b(?:employ\w*|paid|pay|salar\w*|hired?|intern|interns|internship|staff|university|universities|uni|company|companies|employer|contract\w*|work[- ]for[- ]hire|job)\b`)},
	// Terms that allow only non-commercial use, said of a licence or asked for beside
	// contributions ("GPLv3 for non-commercial use", "easy contributions but no commercial
	// use"), are what the question is about.
	{"noncommercial", regexp.MustCompile(`\b(?:a|an|our|my|the)\s+(?:non[- ]?profits?|charit(?:y|ies)|ngos?|not[- ]for[- ]profits?|non[- ]profit\s+organi[sz]ations?)\b[^.?!]{0,60}\b(?:nc|non[- ]?commercial)\b|\b(?:nc|non[- ]?commercial)\b[^.?!]{0,60}\b(?:non[- ]?profits?|charit(?:y|ies)|ngos?|not[- ]for[- ]profits?)\b|\bfor\s+non[- ]?commercial(?:\s*,\s*[\w\s]{0,30}?)?\s+(?:use|usage|purposes)\b|\bno\s+commercial\s+use\b|\bcounts?\s+as\s+commercial(?:\s+use)?\b`), false, []string{"commercial", "profit", "charit", "ngo"}, nil},
	// Putting one's own work or repository under a licence and asking whether it is wise,
	// or what a repository that has had none should get, is choosing one.
	{"choose", regexp.MustCompile(`\b(?:put|puts|released?|publish\w*|licen[cs]ed)\b[^.?!]{0,60}\bunder\b[^?]{0,60}\b(?:bad|good)\s+idea\b|\b(?:has|have)\s+had\s+no\s+licen[cs]e\b|\bno\s+licen[cs]e\s+(?:so\s+far|until\s+now)\b|\b(?:repo|repository|project|docs|documentation|library|crate|package|site|book|notes)\s+(?:\([^()]{0,80}\)\s+)?(?:still\s+)?(?:needs|need)\s+an?\s+licen[cs]e\b|\bshould\s+(?:it|this|our|my|the)\b[^?.!]{0,50}\b(?:be|switch|move|go)\b[^?.!]{0,40}\b(?:licen[cs]e|like\s+(?:wikipedia|stack\s*overflow))\b` +
		// "any problem putting my julia package under the GPL when everything else is MIT?"
		`|\b(?:any|a)\s+(?:problem|problems|issue|issues|downside|downsides|drawback|drawbacks|risk|risks|reason\s+not)\s+(?:with\s+|in\s+|to\s+)?(?:putting|releasing|licen[cs]ing|publishing|put|release|license|licence|publish)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?` + ownWorkNouns + `\s+(?:under|as)\b`), false, []string{"idea", "no licen", "need", "should", "problem", "issue", "downside", "drawback", "risk", "reason not"}, nil},
	// Where and how credit is given, whatever licences are named: "must the credit be on
	// the image itself?", "do i have to show a font awesome credit in my app?", "our web
	// map credits openstreetmap in the about menu. isn't that enough?", "we put our own
	// copyright line in the license instead of the original author's".
	{"attribution", regexp.MustCompile(`\b(?:credit|credits|crediting|attribution|copyright\s+(?:line|notice|header)s?|licen[cs]e\s+(?:files?|texts?|notices?))\b[^.?!]{0,60}\b(?:enough|required|necessary|right\s+on|on\s+the\s+(?:page|image|screen|photo|picture)|in\s+there)\b|\b(?:notices?|licen[cs]e\s+(?:headers?|comments?)|copyright\s+(?:notices?|headers?|lines?))\s+(?:have|has|need|needs)\s+to\s+(?:stay|remain|be\s+kept|be\s+included|be\s+shown)\b|\b(?:have\s+to|must|need\s+to|required\s+to)\s+(?:show|put|display|include|give|add|keep)\s+(?:a\s+|the\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:credit|credits|attribution|licen[cs]e|notice|notices|copyright)\b|\b(?:use|using|ship|shipping|publish|publishing|show|showing|display|displaying|include|including)\b[^.?!]{0,60}\bwithout\s+(?:giving\s+)?(?:any\s+)?(?:credit|attribution)\b|\bcredits?\s+[^.?!]{1,60}[.;]\s+(?:isn'?t|is)\s+(?:that|this|it)\s+enough\b|\b(?:our|my)\s+own\s+copyright\s+(?:line|notice|header)\b` +
		// "does zlib's licence have to be shown with our app binary?"
		`|\blicen[cs]e\s+(?:text\s+)?(?:have|has|need|needs)\s+to\s+(?:be\s+)?(?:shown|displayed|included|shipped|bundled|reproduced|listed|mentioned|appear|go)\s+(?:with|in|inside|alongside|next\s+to)\b`), false, []string{"credit", "attribution", "copyright", "licen", "notice"}, nil},
	// A NOTICE file, whatever else the question names ("which upstream projects belong
	// in our NOTICE file?"), is about the credit it gives.
	// Whose notices and licence texts go with what is shipped: "do we have to collect
	// notices from the dependencies we ship as well?", "do binary downloads need them?"
	// (the licence files, said before), or the licence files a build leaves out.
	{"attribution", regexp.MustCompile(`\b(?:collect|gather|include|bundle|ship|add|keep|aggregate|reproduce|copy)\w*\s+(?:the\s+|all\s+(?:the\s+)?|their\s+|any\s+)?(?:licen[cs]e\s+)?(?:notices|licen[cs]e\s+(?:files|texts))\s+(?:from|of|for)\s+(?:the\s+|all\s+|our\s+|every\s+|each\s+)?(?:[\w-]+\s+){0,2}(?:dependencies|deps|libraries|packages|modules|components|crates|gems)\b` +
		`|\b(?:binar(?:y|ies)|binary\s+(?:downloads?|releases?|builds?|zips?|packages?)|release\s+(?:zips?|archives?|builds?|binaries|downloads?))\s+(?:also\s+|really\s+|even\s+)?(?:need|needs|require|requires|have\s+to\s+(?:include|ship|carry|contain)|has\s+to\s+(?:include|ship|carry|contain))\s+(?:them|it|those|the\s+licen[cs]es?|licen[cs]e\s+(?:files|texts)|a\s+copy|notices)\b` +
		// "our mac build doesn't include electron's or chromium's licence files. do we
		// need them in there?"
		`|\b(?:do(?:es)?n'?t|does\s+not|do\s+not|never)\s+(?:include|ship|contain|carry|bundle|have)\s+(?:the\s+|any\s+)?(?:[\w.'’-]+\s+){0,4}?(?:licen[cs]e\s+(?:files|texts?)|notices)\b[^?]{0,40}\b(?:do|does|must|should)\s+(?:we|i|it|they)\s+(?:really\s+|actually\s+)?(?:need|add|include|ship|have\s+to\s+(?:include|ship|add|carry))\b`), false, []string{"notices", "licence files", "license files", "licence texts", "license texts", "binar", "release"}, nil},
	{"attribution", regexp.MustCompile(`\bnotice(?:[-_.]\w+)?\s+files?\b|\b(?:drop|drops|dropped|dropping|strip|strips|stripped|stripping|remove|removes|removed|removing|delete|deleted|deleting|erase|erased|omit|omitted|omitting)\s+(?:the\s+)?(?:original\s+)?(?:author|authors|creator|creators|developer|developers|maintainer)(?:'s|’s|s'|s’)?\s+names?\b|\b(?:copyright\s+line|credit|name)\s+(?:with\s+(?:his|her|their|the\s+author'?s)\s+name\s+)?(?:disappeared|vanished|was\s+removed|got\s+removed|is\s+gone|went\s+missing)\b|\b(?:ship|include|bundle|keep|add|copy|distribute|put)\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:[\w.-]+\s+)?licen[cs]e\s+(?:file|text)s?\s+(?:with|alongside|next\s+to|beside)\s+(?:them|it|the\s+\w+|each|every|our|my)\b|\bthird[-_ ]party[-_ ]notices\b|\b(?:drop|drops|dropped|dropping|strip|strips|stripped|stripping|remove|removes|removed|removing|delete|deletes|deleted|deleting|lose|loses|losing)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|their\s+|its\s+|our\s+)?(?:[\w.@/-]+\s+){0,2}?(?:copyright\s+and\s+licen[cs]e\s+|licen[cs]e\s+and\s+copyright\s+)?(?:licen[cs]e|copyright)\s+(?:files?|texts?|notices?|headers?|lines?|comments?|banners?|blocks?|statements?)\b|\bwhere\s+(?:do|does|should|must|can)\s+(?:the\s+)?(?:credits?|attributions?)\b|\b(?:credits?|attributions?)\s+(?:have|has|need|needs)\s+to\s+go\b|\b(?:copyright|licen[cs]e)\s+(?:and\s+licen[cs]e\s+)?headers?\s+(?:at\s+the\s+top\s+of|in|on)\s+(?:every|each|all)\b|\bnotice\s+(?:and|&)\s+licen[cs]e[- ]text\b|\b(?:which|what)\s+(?:of\s+its\s+)?(?:(?:bundled\s+(?:third[- ]party\s+)?|third[- ]party\s+)licen[cs]es|licen[cs]e\s+files?|notices|licen[cs]e\s+texts?)\b[^?]{0,80}\b(?:go|goes|include|included|ship|install|installed|put|need|have\s+to)\b|\bmention\s+(?:[\w']+\s+){0,2}licen[cs]e\b` +
		// "can we credit once in the imprint instead of on every page?"
		`|\b(?:credit|attribute|cite)\s+(?:it\s+|them\s+|the\s+[\w-]+\s+|the\s+authors?\s+)?(?:just\s+|only\s+)?(?:once|in\s+(?:the|an?|our|one)\s+(?:imprint|footer|about\s+(?:page|box|screen|dialog)|credits?\s+(?:page|screen|file)|readme|legal\s+(?:page|notice)|colophon|central\s+place))\b|\b(?:instead\s+of|rather\s+than)\s+(?:on|in|under)\s+(?:every|each)\s+(?:page|screen|image|slide|photo|icon|file)\b` +
		// "would it be enough to name the licence and credit the article, instead of
		// listing every contributor?"
		`|\b(?:instead\s+of|rather\s+than|without)\s+(?:listing|naming|crediting|mentioning|citing)\s+(?:every|each|all(?:\s+the)?|the\s+individual|individual)\s+(?:contributors?|authors?|editors?|photographers?|artists?|creators?)\b`), true, []string{"notice", "licen", "copyright", "credit", "attribution", "attribute", "cite", "every", "each"}, nil},
	// Whether the source owed is met by pointing at upstream's or by a project's own
	// diffs ("is it enough to point at upstream and ship our diffs, or does "source"
	// mean the full tree?", "is a link to the upstream repo enough?", or to a project's
	// git tree, pointsAtUpstreamRE) is what giving
	// copies out asks, not contributing.
	{"distribution", regexp.MustCompile(pointsAtUpstreamRE.String() + `|\bdoes\s+["'“‘]?(?:complete\s+|corresponding\s+)?source(?:\s+code)?["'”’]?\s+(?:mean|include|cover)\b|\b(?:only|just)\s+(?:ship|publish|provide|give|offer|release|post)\w*\s+(?:our\s+|the\s+|my\s+)?(?:diffs?|patch(?:es|set)?)\b`), false, []string{"upstream", "source", "diff", "patch", "tree", "git", "repo"}, nil},
	{"contribute", regexp.MustCompile(`\bcontribut\w*\b|\bupstream\b|pull request|\bsend (?:a |our |my )?(?:patch|fix)|submit (?:a |our |my )?(?:patch|fix|pr)\b|\bon company time\b|during work(?:ing)? hours|\bfix (?:a |the )?bug in\b`), true, []string{"contribut", "upstream", "pull request", "patch", "fix", "company time", "work hours", "working hours"}, nil},
	// Asking which licence a project should get, or for a licence to be put on it, is
	// choosing one, even when it says whose the project is ("my company wants to release
	// our library: what licence should we use?").
	{"choose", chooseAskRE, false, []string{"licen", "which one", "what one", "what should"}, nil},
	// Dual-licensing one's own work ("should I dual-license my library under GPL and
	// Apache?", "dual-licensing my project under GPL and a commercial license") is choosing
	// its licences.
	{"choose", regexp.MustCompile(`\b(?:should|could|can|would|shall)\s+(?:i|we)\s+(?:\w+\s+)?(?:dual|multi|tri)[- ]?licen[cs]e\b|\b(?:dual|multi|tri)[- ]?licen[cs](?:e|es|ing)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?` + ownWorkNouns + `\b`), false, []string{"dual", "multi", "tri"}, nil},
	// Publishing code written at work is releasing the organisation's code: "can I put my
	// work project on my personal github?"
	{"choose", workCodePublishedRE, false, []string{"github", "gitlab", "personal", "public", "online", "open"}, nil},
	// The organisation releasing its own code ("my company wants to open source an
	// internal tool, what's the process?") is a release, not an employer's claim.
	{"choose", orgReleasesRE, false, []string{"open", "release", "publish"}, nil},
	// A side project or spare time is the topic only when no licence is named: "can my
	// personal project use GPL code?" asks about the licence.
	{"employer", regexp.MustCompile(`\bemployer\b|\bemployee\b|\bmy (?:company|boss|manager|job)(?:[^'’\w]|$)|employment (?:contract|agreement)|side[- ]project|personal project|hobby project|\bown time\b|spare time|free time|\bmakes?\s+(?:it|them|that)\s+theirs\b|\brelated\s+to\s+(?:the\s+|my\s+|our\s+)?(?:company|employer)'?s?\s+business\b|\b(?:university|universities|institute|institution|lab|school|college)\b[^.?!]{0,40}\b(?:owns?|ownership|claims?)\b|\b(?:owns?|ownership)\b[^.?!]{0,30}\b(?:university|institute|lab|school|college)\b`), true, []string{"employ", "my ", "side", "personal", "hobby", "own time", "spare", "free time", "theirs", "business", "universit", "institut", "lab", "school", "college"}, nil},
	// A header or a readme that says not to sell the code ("just says not to sell the
	// software or use it as part of a package which is sold") sets terms against
	// commercial use, whatever licence an older version named.
	{"noncommercial", regexp.MustCompile(`\b(?:says?|said|states?|reads?)\s+(?:[\w-]+\s+){0,3}?not\s+to\s+(?:sell|resell)\b|\bpart\s+of\s+an?\s+(?:package|product|bundle|collection)\s+(?:which|that)\s+(?:is|are|gets?)\s+(?:sold|for\s+sale)\b|\b(?:may|must|can)\s+not\s+be\s+(?:sold|resold)\b`), false, []string{"sell", "sold", "sale"}, nil},
	// Stripping the comments, the headers or the banners of files that carry licence
	// notices ("our merged .min.js still has every lib's licence header in it. can we
	// just strip all the comments?"): what the notices are for is the question.
	{"attribution", regexp.MustCompile(`\b(?:strip|strips|stripping|remove|removes|removing|delete|deleting|drop|dropping|cut|cutting)\s+(?:out\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+|those\s+|these\s+)?(?:comments|headers|banners|notices)\b`), false, []string{"comments", "headers", "banners", "notices"},
		regexp.MustCompile(`\b(?:licen[cs]e|copyright)\s+(?:headers?|comments?|notices?|banners?|lines?)\b`)},
	// "is this library free for commercial use?", "can we use it commercially?": with no
	// licence named, whether open source may be used in business at all, which the
	// non-commercial answer says.
	{"noncommercial", regexp.MustCompile(`\b(?:free|ok|okay|allowed|fine|safe|legal|permitted|usable|cleared|approved)\s+(?:to\s+use\s+)?(?:for|in)\s+(?:a\s+)?commercial\s+(?:use|usage|purposes?|projects?|products?|software|apps?|applications?|settings?)\b|\buse\s+(?:it|this|them|that|these|those)\s+commercially\b|\bcommercial\s+use\s+(?:is\s+)?(?:allowed|ok|okay|permitted|fine)\b|\b(?:can|may|could)\s+(?:i|we|you)\s+(?:use|sell|ship)\s+(?:it|this|them|that|these|those)\s+(?:in|for)\s+(?:a\s+)?commercial\b`), true, []string{"commercial"}, nil},
	{"noncommercial", regexp.MustCompile(`\b(?:what|which|does|do|is|are|would)\b[^.?!]{0,60}\b(?:counts?|qualif\w+|considered|classed|defined)\s+(?:as\s+)?(?:a\s+)?commercial\b|\bdefin\w*\s+(?:of\s+)?["']?commercial\b|\bmeaning of ["']?commercial\b|\b(?:forbids?|prohibits?|bans?|disallows?|excludes?|restricts?)\s+commercial\b|non[- ]?commercial|\bnc\b|personal use only|(?:research|academic|educational|evaluation|non[- ]?profit)(?: purposes?| use)? only\b|only for (?:research|academic|educational|evaluation|personal)|not for commercial|no commercial use|\b(?:companies|corporations|businesses|big\s+tech)\s+(?:profit|profiting|make\s+money|making\s+money|cash\s+in)\s+(?:from|off|on)\b|\bprevent\w*\s+(?:companies|corporations|businesses)\s+from\s+(?:profiting|making\s+money|selling|using)\b|\bfree\s+for\s+(?:private|personal|non[- ]?commercial|hobby|educational)\s+use\b|\b(?:forbids?|prohibits?|bans?|disallows?)\s+(?:any\s+|all\s+)?(?:commercial|selling|sale|resale|reselling)\b|\b(?:ban|bans|forbid|forbids|prohibit|prohibits|exclude|excludes)\s+(?:the\s+)?use\s+(?:by|in|for)\b|\bno\s+(?:military|weapons?|evil)\s+use\b|\bfields?\s+of\s+(?:use|endeavou?r)\b|\b(?:nobody|no one|no-one|noone)\s+(?:may|can|could|should|would)\s+(?:use|sell)\s+it\s+commercially\b|\bnot\s+(?:be\s+)?used\s+commercially\b|\b(?:without|no|not for)\s+(?:any\s+)?commercial\s+(?:gain|advantage|purposes?)|\b(?:may|must|can)\s*(?:not|n't)\s+(?:be\s+)?(?:used?\s+)?(?:it\s+)?for\s+(?:any\s+)?commercial\b|\b(?:would|is|does|will)\s+(?:that|this|it)\s+(?:already\s+|still\s+|really\s+|even\s+)?(?:be\s+|count\s+as\s+|make\s+it\s+|mean\s+)?(?:a\s+)?commercial\b|commercial use (?:is )?(?:not allowed|prohibited|forbidden)|for non[- ]?profit`), true, []string{"commercial", "nc", "personal use", "non-profit", "nonprofit", "non profit", "only", "selling", "sale", "use by", "use in", "use for", "military", "weapon", "evil", "field", "profit", "money", "cash in"}, nil},
	// "putting my latex class on github, gpl ok or should it be something else?": weighing
	// a licence for one's own release.
	{"choose", regexp.MustCompile(`\bshould\s+(?:it|this|that|i|we)\s+(?:be|use|pick|choose|go\s+with)\s+(?:something|anything)\s+else\b`), false, []string{"else"}, nil},
	// "the credits say the team made them": work credited to the wrong people.
	// "is a link back to each source enough, or do we have to list the authors?", "I put
	// an image in my readme without credit and the author asked me to fix it. what do I
	// need to add?"
	{"attribution", regexp.MustCompile(`\blink(?:ing)?\s+back\b[^.?!]{0,40}\benough\b|\b(?:have|need)\s+to\s+list\s+(?:the\s+|all\s+(?:the\s+)?|every\s+|each\s+)?(?:authors?|creators?|artists?|photographers?)\b|\bwithout\s+(?:any\s+|giving\s+(?:any\s+)?)?(?:credit|attribution)\b[^?]{0,120}\bwhat\s+(?:do|should|must)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:add|include|put|write|do)\b`), false, []string{"link", "list", "credit", "attribution"}, nil},
	// "want to use the emoji in my videos. do i have to credit and how??", "do we owe
	// attribution for them?"
	{"attribution", regexp.MustCompile(`\b(?:do|must|should|would)\s+(?:i|we)\s+(?:really\s+|even\s+|still\s+|also\s+)?(?:have\s+to|need\s+to)\s+credit\b(?:\s+(?:them|it|him|her|the\s+[\w-]+|anyone|anybody))?\s*(?:,?\s*(?:and|or)\s+how\b|\?|$)|\b(?:do|would)\s+(?:i|we)\s+(?:really\s+|even\s+|still\s+|also\s+)?owe\s+(?:any(?:one)?\s+)?(?:attribution|credit)\b` +
		// "how do i credit them?", "do i owe the authors a credit?", "is 'authors, url'
		// enough as a citation?", "what credit information do we need to add?"
		`|\bhow\s+(?:do|should|can|would|must)\s+(?:i|we|you)\s+(?:properly\s+|correctly\s+|best\s+)?(?:credit|attribute|cite)\b|\bowe\s+(?:the\s+|their\s+|its\s+)?(?:authors?|creators?|artists?|photographers?|illustrators?|designers?|composers?|maintainers?|developers?|contributors?|them|him|her|anyone|anybody)\s+(?:a\s+|any\s+)?(?:credit|attribution|citation|mention)\b|\benough\s+(?:as\s+)?(?:a\s+|an\s+)?(?:citation|credit|attribution|acknowledg(?:e)?ment)\b|\bcredit\s+(?:information|info|details)\b`), false, []string{"credit", "owe", "attribut", "cite", "citation", "acknowledg"}, nil},
	// "do the rendered cards need the credit too?", "does every screenshot have to carry
	// attribution?": whether a thing made or shown must carry the credit (not whether
	// "we have to credit" someone, which asks what the licence asks of a use).
	{"attribution", regexp.MustCompile(`\b(?:do|does|must|should|would)\s+(?:(?:the|our|my|these|those|every|each|all\s+(?:the\s+)?)\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?:[\w-]+\s+)?[\w-]+s)\s+(?:also\s+|still\s+|really\s+|then\s+)?(?:need|needs|require|requires|have\s+to|has\s+to|need\s+to)\s+(?:carry\s+|show\s+|include\s+|display\s+|have\s+|bear\s+)?(?:the\s+|a\s+|an\s+|any\s+|their\s+own\s+|its\s+own\s+)?(?:credits?|attribution|attribution\s+line)\b`), false, []string{"credit", "attribution"}, nil},
	{"attribution", regexp.MustCompile(`\bcredits?\s+(?:screen\s+|page\s+)?(?:say|says|claim|claims|list|lists|name|names)\s+(?:that\s+)?(?:the\s+team|we|our\s+team|us|i|me|our\s+studio)\s+(?:made|created|drew|designed|wrote|composed|as\s+the\s+authors?)\b`), false, []string{"credit"}, nil},
	// "is there a licence like MIT but where forks must send fixes back?": looking for
	// a licence to choose.
	{"choose", regexp.MustCompile(`\bis\s+there\s+(?:an?|any)\s+(?:[\w-]+\s+){0,2}licen[cs]e\s+(?:like|similar\s+to|that|which|where|for)\b`), false, []string{"there"}, nil},
	// "mit for everything, or mit for code and cc-by 4.0 for the docs?": one licence for the
	// whole repository or one for each of its parts is the asker's choice.
	{"choose", regexp.MustCompile(`\bfor\s+(?:everything|all\s+of\s+it|the\s+whole\s+(?:thing|repo|repository|project))\s*,?\s+or\b|\bfor\s+(?:the\s+)?(?:code|source(?:\s+code)?|software)\s+and\s+(?:[\w.+-]+\s+){1,3}for\s+(?:the\s+)?(?:docs|documentation|content|assets|art|artwork|data|text|images|media|website)\b`), false, []string{"for"}, nil},
	// Asking why a project picked its licence, or whether another would fit it better,
	// is choosing one: "why did you pick AGPL for a CLI tool?", "isn't GPL the wrong fit?"
	{"choose", regexp.MustCompile(`\bwhy (?:did|do|would|does) (?:you|they|the\s+[\w-]+|this\s+[\w-]+) (?:pick|choose|go with|use|switch to|move to|license|licence)\b|` +
		// "why would our lab pick mpl for a python repo instead of apache?"; not what picks
		// the licence just asked about ("whats the upl and why would a language pick it over
		// mit?" asks about the UPL).
		`\bwhy\s+(?:did|do|would|does|should|might)\s+(?:our|my|your|their|a|an|any|some)\s+(?:[\w-]+\s+)?[\w-]+\s+(?:pick|choose|go\s+with|prefer|opt\s+for)\s+(?:the\s+)?(?:[a-hj-z0-9][\w.+-]*|i[\w.+-]{2,}|i[a-su-z0-9.+-])\b|` +
		// "why pick mit over gplv3 for a window manager?", "why is the plugin MIT and not
		// mpl 2.0?"
		`\bwhy\s+(?:pick|choose|go\s+with|prefer|use)\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:over|instead\s+of|rather\s+than)\b|\bwhy\s+(?:is|are)\s+(?:the\s+|this\s+|it\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:licen[cs]ed\s+(?:under\s+)?)?[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:and|but)\s+not\s+|` +
		// "why not MIT for a font?", "why not just mpl instead?"
		`\bwhy\s+not\s+(?:just\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:for\s+(?:a|an|the|this|our|my|fonts?|docs|data)|instead)\b|` +
		`\b(?:wrong|poor|bad|better|good|right|best) fit\b|\bfits? (?:it |this |us )?better\b|\bsuits? (?:it |this |us )?better\b|\bwrong (?:choice|licen[cs]e)\b`), false, []string{"why", "fit", "suit", "wrong"}, nil},
	// A project of one's own with no licence yet, or a licence wanted for one's work so
	// that others may do something ("our project has no licence yet, should we follow
	// the sister projects?", "we want a Creative Commons licence so people can share the
	// guides"): choosing its licence, the licences named being the candidates.
	{"choose", ownLicenceWantedRE, false, []string{"yet", "want", "need", "looking"}, nil},
	// Weighing licences for one's own release ("GPL, LGPL or something permissive?",
	// "LGPL is the obvious pick, right?", "should the notice say 'or any later
	// version'?") is choosing one, whatever licences it names.
	{"choose", regexp.MustCompile(`\b(?:obvious|best|right|good|natural|sensible|safe|usual|default|reasonable|appropriate|suitable)\s+(?:pick|choice|option|fit|licen[cs]e)\b|\b(?:should|would|could|shall)\s+(?:i|we|you)\s+(?:pick|choose|go with|opt for|prefer)\b|\btorn between\b|\bthinking (?:of|about) (?:putting|releasing|licen[cs]ing|publishing) (?:our|my|the) [\w-]+(?: [\w-]+)? (?:under|as)\b|\bthinking (?:of|about) (?:using |going with |picking )?[\w.+-]+(?:[\s-]+[\w.+-]+){0,3}\s+for (?:our|my) (?:new\s+)?(?:sdk|project|library|lib|app|code|tool|repo|package|crate|module)\b|\bor (?:something|some\w*) (?:else|permissive|copyleft|weaker|stronger)\b|\bor anything (?:permissive|copyleft|weaker|stronger)\b|\bor (?:an?(?:nother)? )?(?:permissive|copyleft|weak copyleft) (?:one|licen[cs]e)\b|\b(?:which|what) (?:one|licen[cs]e)\b[^.?!]{0,30}[?!]|\b(?:should|must)\b[^.?!]{0,40}\b(?:or (?:any )?later|only)\b|\b(?:be|is|it)\s+(?:\w+\s+)?(?:wiser|smarter)\b|\bpick\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+over\b|\bworth\s+(?:putting|releasing|licen[cs]ing|publishing)\b|\bshould\s+(?:i|we)\s+(?:switch|change)\s+(?:the\s+|our\s+|my\s+|its\s+)?licen[cs]e\b|\b(?:the\s+)?better\s+(?:choice|option|pick|licen[cs]e)\b|\b(?:another|a\s+different|other)\s+licen[cs]e\s+(?:be\s+)?better\b|\b(?:good|bad|sensible|suitable)\s+(?:licen[cs]e|model)\s+for\b|\b(?:pick|choose|use|take)\s+something\s+else\b|\bwhich\s+(?:one|licen[cs]e)\s+(?:better|best)\b|\bshould\s+(?:it|this|they|we|i)\s+(?:be|use|go)\s+[\w.+-]+\s+instead\b`), false, []string{"pick", "worth", "model", "wiser", "smarter", "instead", "better", "best", "choice", "option", "fit", "licen", "should", "would", "could", "shall", "something", "anything", "permissive", "copyleft", "which", "what", "later", "only", "torn", "thinking", "change the licen"},
		regexp.MustCompile(`\b(?:licen[cs]e|choice|pick|fit|option)\s+for\s+(?:an?\s+(?:new\s+)?(?:[\w-]+\s+)?(?:library|lib|project|package|crate|module|framework|sdk|plugin)|software|code|documentation|docs|data|datasets?|fonts?|a\s+wiki)\b|\bor\s+(?:is\s+there\s+)?(?:something|anything)\s+(?:else\s+)?better\b|\b(?:about|going|want|wants|plan|planning|like|ready|decided|intend)\s+to\s+(?:\w+\s+){0,2}(?:release|publish|open[- ]?sourc\w*|(?:re-?)?licen[cs]e)\b|\bthinking (?:of|about)\b|\b(?:releasing|publishing|open[- ]?sourcing)\s+(?:a|an|my|our|the|this|some)\b|\b(?:new|own|hobby|side|pet|personal)\s+(?:(?:oss|open[- ]?source|foss|little|small)\s+)?(?:project|library|lib|tool|app|package|crate|module)\b|\b(?:our|my)\s+(?:little\s+|small\s+)?(?:[\w-]+\s+){0,2}(?:repo|project|library|lib|tool|code|scripts?|manual|docs|documentation|module|app|framework|sdk|package|crate|game|extension|plugin|widget|firmware|site|cli|encoder|driver|engine|theme|font|dataset|model)\b|\b(?:i|we)\s+(?:maintain|develop|wrote|write|created|published|released|chose|picked)\b|\bmy\s+team\b|\bi\s+published\b`)},
	// Moving one's own project to another licence and asking whether it fits ("should we
	// switch to the AGPL?", "thinking of moving our platform to agpl, any downside?") is
	// choosing one; so is asking how to declare its version.
	{"choose", switchOwnRE, false, []string{"switch", "mov", "chang", "relicen", "declare"}, nil},
	// Moving one's own project and asking what happens to the copies already released:
	// "if we switch our mit project to gpl now, does that stop people doing closed-source
	// stuff with the old mit releases?"
	{"choose", regexp.MustCompile(`\b(?:mov|switch|chang|relicen[cs]|convert|migrat)\w*\s+(?:our|my)\s+(?:own\s+)?(?:[\w.+-]+\s+){0,3}?` + ownWorkNouns + `\s+(?:from\s+[\w.+-]+\s+)?(?:over\s+)?to\b`), false, []string{"mov", "switch", "chang", "relicen", "convert", "migrat"}, releasedCopiesRE},
	// "a pull request moving our app from the MPL to the GPL: should we accept the
	// switch?", "the licence picker never offers GPL for a library, is that sane?"
	{"choose", regexp.MustCompile(`\b(?:mov\w*|switch\w*|chang\w*|relicen[cs]\w*)\s+(?:our|my)\s+[^.?!]{0,60}?\bfrom\b[^?!]{0,40}\bto\b|\blicen[cs]e\s+(?:picker|chooser|selector|wizard|chooser\s+site)\b`), false, []string{"from", "picker", "chooser", "selector", "wizard"},
		regexp.MustCompile(`\b(?:should|shall)\s+(?:we|i)\s+(?:accept|take|merge|do|go|make|approve)\b|\bgood idea\b|\bworth it\b|\bsane\b|\bsensible\b|\brecommend\w*\b|\bright (?:choice|call|move)\b|\bconsent\b|\bcontributors?\b[^.?!]{0,60}\b(?:agree|approve|permission|answer)`)},
	// "should we put it under MIT and GPL like jQuery?", "can we add GPL as a second
	// option later?", "what licence lets one driver go into both Linux and FreeBSD?", "is
	// that a good choice for a hobby project?": a licence for one's own work.
	{"choose", regexp.MustCompile(`\bshould\s+(?:we|i)\s+(?:put|release|license|licence|publish)\s+(?:it|this|them|our\s+[\w-]+|my\s+[\w-]+)\s+(?:under|as)\b|\b(?:add|offer)\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+as\s+an?\s+(?:second|another|additional|alternative|extra)\s+(?:option|licen[cs]e|choice)\b|\b(?:what|which)\s+licen[cs]e\s+(?:lets|allows|would\s+let|will\s+let|works\s+for)\b`), false, []string{"should", "option", "licen", "choice"}, nil},
	// "should a library like this be GPL or LGPL?", "should our docs be cc-by or cc0?":
	// which of two licences a work should have.
	{"choose", shouldBeEitherRE, false, []string{"should"}, nil},
	// "what are the real trade-offs between MIT and Apache 2.0 for a project like ours?"
	{"choose", tradeOffsRE, false, []string{"trade", "pros", "upside"}, nil},
	// "we put our tool in the 'public domain' with the unlicense. any problem with that?"
	{"choose", regexp.MustCompile(`\b(?:we|i)\s+(?:put|placed|released|licensed|published|dedicated)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:in|under|as|into|to)\b`), false, []string{"put", "placed", "released", "licensed", "published", "dedicated"},
		regexp.MustCompile(`\bany\s+(?:problems?|issues?|downsides?|risks?)\b|\bis\s+that\s+(?:ok|okay|fine|a\s+problem|enough|valid)\b|\bgood\s+idea\b|\bwas\s+that\s+(?:ok|okay|right|wise)\b`)},
	// "I'm putting out a tiny utility. Is the GPL worth it for something this small?"
	{"choose", regexp.MustCompile(`\b(?:is|are)\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+worth\s+(?:it|using|the\s+trouble|the\s+hassle)\b`), false, []string{"worth"},
		regexp.MustCompile(`\b(?:putting|put|releasing|publishing)\s+out\b|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:utility|tool|project|library|lib|app|script|code)\b|\btiny\s+(?:utility|tool|project|library|script)\b`)},
	// "a user asked what licence my tool is under, and I never picked one"
	{"choose", regexp.MustCompile(`\b(?:i|we)(?:'ve|’ve|\s+have)?\s+never\s+(?:picked|chose|chosen|added|set|gave\s+it)\s+(?:one|a\s+licen[cs]e|any)\b`), false, []string{"never"}, nil},
	// "thinking of agpl for a side project", "can I just switch it to MIT?", "my repo
	// never had a licence; can I add MIT now?": the asker's own project's licence.
	{"choose", regexp.MustCompile(`\bthinking\s+(?:of|about)\s+(?:using\s+|going\s+with\s+|picking\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+for\s+(?:a|an|my|our|the)\s+(?:new\s+|side\s+|hobby\s+|pet\s+|small\s+|personal\s+)?(?:project|library|lib|app|tool|crate|package|module|game|repo)\b|\b(?:can|could|may|should)\s+(?:i|we)\s+(?:just\s+|simply\s+)?(?:switch|change|move|relicen[cs]e|convert)\s+(?:it|them|this|the\s+(?:project|repo|library|lib|code|crate|package))\s+(?:over\s+)?to\b|\bnever\s+had\s+a\s+licen[cs]e\b`), false, []string{"thinking", "switch", "change", "move", "relicen", "convert", "never had"}, nil},
	// "our tool just says 'public domain'. good enough or do we need a real licence?"
	// "should our boilerplate switch from mit to isc?": the asker's own work's licence weighed.
	{"choose", regexp.MustCompile(`\bshould\s+(?:our|my)\s+(?:[\w-]+\s+){1,2}(?:switch|move|change|go)\s+(?:from\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+)?to\b`), false, []string{"should our", "should my"}, nil},
	// "should we stay on MIT or switch to BSD 2-clause?": keeping one's licence or moving.
	{"choose", regexp.MustCompile(`\b(?:stay|stick|remain|keep(?:\s+it)?)\s+(?:(?:with|on|at|under|as)\s+)?(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,2}\s+or\s+(?:should\s+(?:we|i)\s+)?(?:switch|move|change|go|relicen[cs]e)\b(?:\s+(?:over\s+)?to\b)?`), false, []string{"stay", "stick", "remain", "keep"}, nil},
	// "does a jam game need a licence at all?": whether the asker's own work needs one.
	{"choose", regexp.MustCompile(`\b(?:does|do)\s+(?:a|an|my|our|the|this|every)\s+(?:[\w-]+\s+){0,3}?(?:game|project|repo|repository|library|lib|app|tool|code|package|crate|mod|plugin|site|website|template|script|entry|snippet|gist)s?\s+(?:really\s+|even\s+|actually\s+|still\s+)?need\s+(?:a|any)\s+licen[cs]e(?:\s+at\s+all\b|\s*[?,]|\s+(?:or|if|when|before)\b)`), false, []string{"need a licen", "need any licen"}, nil},
	{"choose", regexp.MustCompile(`\b(?:do|should|must)\s+(?:we|i)\s+(?:still\s+)?(?:need|have|get|add|pick|use)\s+(?:to\s+(?:add|pick|use|get)\s+)?an?\s+(?:real|proper|actual|formal|explicit)\s+licen[cs]e\b`), false, []string{"licen"}, nil},
	// The asker's own repository with no licence yet is one about to get one: "no licence
	// on our new repo yet, which one", "repo has no licence yet. mit? apache?"
	{"choose", regexp.MustCompile(`\bno licen[cs]e\s+(?:file\s+)?(?:on|in|for)\s+(?:our|my)\b[^.?!]{0,40}\byet\b|\b(?:our|my)\s+(?:new\s+|own\s+)?(?:[\w-]+\s+){0,2}?(?:repo|repository|project|library|lib|code|app|tool|package|crate)\s+(?:still\s+)?(?:has|have)\s+no licen[cs]e\b|\b(?:repo|repository|project)\s+(?:still\s+)?(?:has|have)\s+no licen[cs]e\s+yet\b` +
		// "someone opened an issue on our repository pointing out that there is no
		// licence": others asking the asker to put one on their own work.
		`|\b(?:issue|ticket|someone|somebody|people|users?|contributors?)\b[^.?!]{0,60}\b(?:on|in|to|about|against)\s+(?:our|my)\s+(?:[\w.+-]+\s+){0,3}?(?:repo|repository|project|library|crate|package|code)\b[^.?!]{0,60}\bno\s+licen[cs]e\b`), false, []string{"no licen"}, nil},
	{"choose", regexp.MustCompile(`\bchange the licen[cs]e of (?:our|my) (?:own )?(?:project|code|library|lib|repo|app|tool|package)\b|\bhow (?:should|do|can|would) (?:i|we) licen[cs]e\b|\b(?:choose|chose|choosing|pick|picking|select|recommend|best|which|what|right)\b[^.?!]{0,30}\blicen[cs]e\b[^.?!]{0,40}\b(?:for|to use for|on)\s+(?:my|our|a|the|this|new)\b|\blicen[cs]e (?:for )?(?:my|our) (?:new |own )?(?:code|project|library|app|software|repo)\b[^.?!]{0,20}\?|\b(?:want|wants|going|plan|planning|like|about|approval|allowed|permission|how|ready|decided)\b(?:\s+\w+){0,2}\s+to\s+open[- ]?sourc\w* (?:my|our|this|the|a|an|it|some)\b|\b(?:release|publish|put)\s+(?:[\w'-]+\s+){0,4}as (?:an? )?open[- ]?source|\bmake (?:it|my \w+|our \w+|this) open[- ]?source|\bopen[- ]?sourc(?:e|ing)\s+(?:an?|our|my|the|this|some)\s+(?:internal\s+|in[- ]house\s+|existing\s+|company\s+|proprietary\s+|new\s+)?(?:tool|tools|project|library|code|app|application|sdk|service|component|repo|repository|software)\b|\bapproval to open[- ]?source|\b(?:publish|release|put|push)\s+(?:it|this|them|these|(?:an?|my|our|the|this)\s+(?:[\w-]+\s+){0,3}?(?:code|project|repo|library|lib|tool|app|package|source|sources|crate|module|plugin|extension|theme|sdk|game|program|script|bot))\b[^.?!]{0,40}\b(?:on|to)\s+(?:github|gitlab|npm|pypi|crates\.io|maven central)\b`), false, []string{"licen", "open", "github", "gitlab", "npm", "pypi", "crates", "maven"}, nil},
	// What a word of licensing means, asked with no licence named: "what does copyleft
	// mean?", "permissive vs copyleft", "what does 'or later' mean", "is SaaS
	// distribution?".
	{"copyleft", regexp.MustCompile(`\b(?:what\s+(?:is|does|are|exactly\s+is)|explain|meaning\s+of|define|definition\s+of)\b[^.?!]{0,30}\b(?:copyleft|viral\s+licen[cs]es?|share[- ]?alike|reciprocal\s+licen[cs]es?)\b|\b(?:copyleft|viral)\b[^.?!]{0,30}\b(?:mean|means|meaning)\b|\b(?:strong|weak)\s+(?:vs\.?|versus|or|and)\s+(?:strong|weak)\s+copyleft\b|\b(?:strong|weak)\s+copyleft\b[^.?!]{0,20}\b(?:mean|means|difference)\b|\bcopyleft\s+(?:and|vs\.?|versus|or)\s+(?:non-?\s?copyleft|permissive)\b|\bcopyleft\s+(?:tools?|software|programs?|code)\b[^.?!]{0,60}\b(?:same\s+(?:machine|server|computer|system|box)|alongside|next\s+to)\b|\bviral\b|\bcopyleft\b[^?]{0,200}\b(?:fall|falls|put|puts|reach|reaches|cover|covers|spread|spreads|extend|extends)\b|\b(?:fall|falls|reach|reaches|spread|spreads)\b[^?]{0,80}\bcopyleft\b|\binherits?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}licen[cs]e\b` +
		// "what actually happens if we get caught not complying with an open source
		// licence?": what breaking a licence leads to.
		`|\b(?:not\s+complying|fail(?:ing|ed)?\s+to\s+comply|non-?complian\w*|violat\w+|breach\w*|break(?:ing)?)\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:open[- ]source|oss|foss|free[- ]software|copyleft)\s+licen[cs]es?\b` +
		// "if i build my project on it, does its licence spread to my code?"
		`|\b(?:its|the|their|that|this)\s+(?:[\w-]+\s+)?licen[cs]e\s+(?:really\s+|also\s+|then\s+)?(?:spread|spreads|propagate|propagates|infect|infects|carry\s+over|carries\s+over)\s+(?:to|into|over\s+to|onto)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:code|project|app|work|program|software|library|repo)\b`), true, []string{"copyleft", "viral", "share", "reciprocal", "inherit", "spread", "propagat", "infect", "carr", "compl", "violat", "breach", "break"}, nil},
	// What others may do with the asker's permissively licensed code ("someone cloned our
	// MIT repo, swapped in their own licence and sells it"), or whether a permissive
	// licence's notice makes it viral, is what a permissive licence allows.
	{"permissive", regexp.MustCompile(`\b(?:someone|somebody|a\s+company|another\s+company|a\s+competitor|they|people|others|anyone)\s+(?:\w+\s+){0,3}?(?:cloned?|copied|forked?|took|taken|sells?|selling|sold|rebrand\w*|republish\w*)\s+(?:all\s+of\s+)?(?:our|my)\b|\b(?:contradict\w*|viral)\b[^.?!]{0,40}\bpermissive\b|\bpermissive\b[^.?!]{0,40}\b(?:contradict\w*|viral)\b|\b(?:mit|bsd|isc|apache)\b[^?!]{0,90}\bviral\b`), true, []string{"someone", "somebody", "company", "competitor", "they", "people", "others", "anyone", "permissive", "viral"},
		regexp.MustCompile(`\b(?:mit|bsd|isc|apache|zlib|unlicense|0bsd|permissive)\b`)},
	// "i always thought the GPL was the most permissive licence there is": how permissive
	// a licence is, which the answer says of each licence named.
	{"permissive", regexp.MustCompile(`\b(?:most|least)\s+permissive\b[^.?!]{0,30}\b(?:licen[cs]es?|one|there\s+is)\b|\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:actually\s+|really\s+|even\s+)?(?:permissive|copyleft)\s*\?`), false, []string{"permissive", "copyleft"}, nil},
	{"permissive", regexp.MustCompile(`\bpermissive\b[^?]{0,160}\b(?:anyone|anybody|others|people|competitors?)\s+(?:can|could|may|might|is\s+free\s+to)\s+(?:\w+\s+){0,2}?(?:copy|resell|sell|fork|take|reuse|close)\b`), true, []string{"permissive"}, nil},
	{"permissive", regexp.MustCompile(`\bpermissive\s+licen[cs]e\b[^?]{0,160}\b(?:have\s+to|has\s+to|must|need\s+to|needs\s+to)\s+be\s+(?:released|licen[cs]ed|published|distributed|made|open)|\b(?:what\s+(?:is|are|makes)|explain|meaning\s+of|define)\b[^.?!]{0,20}\bpermissive\s+licen[cs]e|\bpermissive\s+(?:vs\.?|versus|or)\s+copyleft\b|\bcopyleft\s+(?:vs\.?|versus|or)\s+permissive\b|\bpermissive\b[^.?!]{0,30}\b(?:mean|means|meaning)\b`), true, []string{"permissive"}, nil},
	// "Or later" asked about as such, licences named or not: "what does the “or later”
	// bit actually do", "what does the or-later part buy us", "the risk of keeping "or any
	// later version" in our headers".
	// "i don't want my project to be usable under whatever future MPL version mozilla
	// publishes": what "or later" grants, and how to leave it out.
	{"orlater", regexp.MustCompile(`\bwhatever\s+(?:future|later|new|newer)\s+(?:[\w.+-]+\s+)?versions?\b|\b(?:future|later|newer)\s+versions?\s+of\s+the\s+(?:[\w.+-]+\s+)?licen[cs]e\b|\b(?:future|later)\s+(?:[\w.+-]+\s+)?versions?\s+(?:that\s+)?(?:mozilla|the\s+fsf|the\s+osi|the\s+steward|eclipse|apache)\s+(?:publishes|releases|might\s+publish|may\s+publish)\b`), false, []string{"version"}, nil},
	// "isn't "gplv3 or later" basically handing control of my code to the fsf? what if a
	// future gpl undoes the anti-tivoization rules?": what "or later" trusts the steward
	// with, asked of the versions still to come.
	{"orlater", regexp.MustCompile(`\bor[- ](?:any\s+)?later\b[^?!]{0,200}?\b(?:future|next|new|newer)\s+(?:gpl|agpl|lgpl|gnu|mpl)\b|\bor[- ](?:any\s+)?later\b[^?!]{0,120}?\b(?:control|trust|power|blank\s+cheque|blank\s+check|say)\b[^.?!]{0,40}\b(?:fsf|free\s+software\s+foundation|steward|mozilla)\b|\bor[- ](?:any\s+)?later\b[^?!]{0,120}?\b(?:fsf|free\s+software\s+foundation|steward|mozilla)\s+(?:\w+\s+)?(?:control|power|a\s+say|the\s+say|the\s+last\s+word)\b`), false, []string{"later"}, nil},
	{"orlater", regexp.MustCompile(`["'“‘]\s*(?:(?:version\s+|v)\d+(?:\.\d+)?,?\s+)?(?:or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?|any\s+)later(?:\s+version)?\s*["'”’]|\bor\s+(?:just\s+)?(?:pin|lock|fix|tie)\s+it\s+(?:to|at)\s+(?:version\s+|v)?\d|\bor[- ]later\s+(?:part|bit|clause|option|wording|language|grant|thing)\b`), false, []string{"later"}, nil},
	// "we ticked agplv3-only. is agpl the problem or the 'only'?": the "only" weighed.
	{"orlater", regexp.MustCompile(`\bthe\s+["'“‘]only["'”’]|\bthe\s+only\s+(?:part|bit|suffix)\b|\b["'“‘]only["'”’]\s+(?:part|bit|suffix)\b`), false, []string{"only"}, nil},
	{"orlater", regexp.MustCompile(`\b(?:what|meaning)\b[^.?!]{0,40}["'“‘]?\s*(?:or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later(?:\s+version)?|-or-later|only\s+vs\.?\s+or[- ]later)\b|\bor[- ]later\b[^.?!]{0,30}\b(?:mean|means|meaning)\b|\bhow\s+(?:can|could|does|do)\b[^.?!]{0,40}\bbe\s+["'“‘]?or[- ]later\b|\b(?:say|state|specify|give|name|pick|add)\s+(?:which|what|a|the)\s+(?:gpl\s+|gnu\s+)?version\b|\b(?:say|state|tell|mean|means|make\s+it|enough|just)\b[^.?!]{0,60}\bor[- ](?:any\s+)?later(?:\s+version)?\b|\b(?:take|taking)\s+back\b[^.?!]{0,40}\bor[- ](?:any\s+)?later\b|\b(?:include|includes|imply|implies)\s+["'“‘]?or\s+(?:any\s+)?later\b|\binstead\s+of\s+["'“‘]?or[- ]later\b|-only\b[^.?!]{0,24}\b(?:and|vs\.?|versus|instead\s+of|rather\s+than|over)\b[^.?!]{0,24}-or-later\b|-or-later\b[^.?!]{0,24}\b(?:and|vs\.?|versus|instead\s+of|rather\s+than|over)\b[^.?!]{0,24}-only\b|\bv?\d(?:[._]\d)?\s+only\s+or\s+(?:version\s+|v)?\d(?:[._]\d)?\s+or\s+(?:any\s+)?later\b|\bonly\s+or\s+(?:the\s+)?or[- ](?:any\s+)?later\b|\b(?:put|add|use|include|write)\s+["'“‘]?or\s+(?:any\s+)?later\b|\b(?:leave|leaves|leaving|left|drop|dropping|remove|removing|omit|omits|omitting)\s+(?:out\s+)?(?:the\s+)?["'“‘]?or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later\b|["'“‘]\s*(?:version\s+)?\d(?:[._]\d)?\s+or\s+(?:any\s+)?later\s*["'”’]\s+of\s+(?:some|a|the|any)\s+licen[cs]e\b|\bdoes\s+["'“‘]?or\s+(?:any\s+)?later["'”’]?\s+(?:even\s+|really\s+)?(?:let|allow|mean|cover|include)\b|\b(?:a\s+|the\s+)?["'“‘]?(?:gpl|agpl|lgpl)\s*-?\s*(?:v|version\s*)?4(?:[._]0)?["'”’]?(?:\s|[.,?!]|$)`), true, []string{"later", "version", "4"}, nil},
	// "vendor dumped the gpl sources for their e-reader but no makefiles. is that
	// enough?": whether the source given is complete, build scripts and all.
	{"distribution", regexp.MustCompile(`\bsources?\b[^.?!]{0,60}\b(?:without|but\s+no|but\s+not|no|missing|minus|lacks?|lacking)\s+(?:the\s+|any\s+|their\s+)?(?:makefiles?|build\s+(?:scripts?|files?|system|instructions|config\w*)|scripts?\s+(?:to|that|used\s+to)\s+(?:build|compile)|kconfig|\.config|toolchain|config(?:uration)?\s+files?)\b|\b(?:makefiles?|build\s+scripts?|build\s+system)\b[^.?!]{0,40}\b(?:missing|left\s+out|not\s+included|withheld)\b`), false, []string{"make", "build", "config", "toolchain", "script"}, nil},
	// How the source must reach those who got the binaries: "can we just mail the source
	// to whoever asks?", "our written source offer", "the source for that exact version
	// isn't on github: a violation?".
	{"distribution", regexp.MustCompile(`\bwritten\s+(?:source\s+)?offer\b|\b(?:mail|email|send|post|give|provide|hand)\s+(?:them\s+|it\s+)?(?:the\s+)?(?:complete\s+|corresponding\s+)?source\s+(?:code\s+)?(?:to|on|by|for|with|only)\b|\bsource\s+(?:code\s+)?for\s+(?:that|the|this)\s+(?:exact\s+)?(?:version|release|build|binary|binaries)\b|\bpost\s+it\s+for\s+free\b|\b(?:binaries|binary)\b[^.?!]{0,60}\bnot\s+the\s+source\b`), false, []string{"offer", "source", "free"}, nil},
	// "if server owners make private builds of our gpl minecraft plugin, do they have to
	// publish the source?": copies kept to oneself, asked whether they oblige anything.
	{"distribution", regexp.MustCompile(`\b(?:private|internal|in-house|personal)\s+(?:builds?|copies|copy|forks?|versions?)\b[^.?!]{0,60}\b(?:have\s+to|has\s+to|must|need\s+to|needs\s+to|required\s+to|obliged\s+to)\s+(?:publish|release|share|open[- ]source|provide)\b`), false, []string{"private", "internal", "in-house", "personal"}, nil},
	{"distribution", regexp.MustCompile(`\b(?:do|must|should|would)\s+(?:we|i|they)\s+(?:also\s+|then\s+)?(?:have\s+to\s+|need\s+to\s+)?(?:publish|release|post|put\s+(?:it|them)\s+(?:up|out))\b[^.?!]{0,40}\b(?:publicly|public|to\s+everyone|to\s+the\s+world|for\s+everyone)\b|\b(?:are|is|aren'?t|isn'?t)\s+(?:they|he|she|it)\s+(?:actually\s+|really\s+|legally\s+)?(?:obliged|required|bound)\s+to\s+(?:give|hand|send|provide|share|publish|release)\b|\b(?:is|does|are)\s+(?:saas|hosting|running\s+(?:it|software)\s+on\s+(?:a|our|my)\s+server|a\s+web\s+(?:app|service)|internal\s+use|giving\s+it\s+to\s+(?:a\s+)?contractors?)\b[^.?!]{0,30}\b(?:count\s+as\s+)?(?:distribution|distributing|conveying)\b|\bwhat\s+(?:does|is)\s+["'“‘]?(?:distribution|distribute|convey(?:ing)?)["'”’]?\s+mean\b|\b(?:are|am|is)\s+(?:we|i|they|it|that|this)\s+(?:then\s+|still\s+|really\s+|actually\s+|even\s+)?["'“‘]?(?:distributing|conveying|redistributing)\b|\b(?:does|would|will)\s+(?:that|this|it)\s+(?:still\s+|really\s+|even\s+)?(?:count\s+as|make\s+(?:it|that|this)|mean\s+we(?:'re|\s+are))\s+(?:a\s+)?(?:distribution|distributing|conveying)\b|\bbinar(?:y|ies)\s+only(?:\s*[.,;:?!)]|\s*$|\s+(?:and|but|or|to|for|with|without|no|via|on|in|from)\b)|\bonly\s+(?:the\s+)?binar(?:y|ies)\b|\b(?:fetch|get|download|obtain)\w*\s+(?:the\s+)?(?:sources?|source\s+code)\s+(?:from|themselves)\b|` +
		// "how do you actually get the gpl source for a zyxel modem?"
		`\b(?:how|where)\s+(?:do|can|would|should|could)\s+(?:you|i|we|one|people|users|customers)\s+(?:actually\s+|even\s+|legally\s+)?(?:get|obtain|find|request|ask\s+for|download)\s+(?:the\s+)?(?:gpl\s+|gpl'd\s+|complete\s+|corresponding\s+|full\s+)?(?:sources?|source\s+code)\s+(?:for|of|to)\b`), true, []string{"distribut", "convey", "binar", "source", "public", "obliged", "required", "bound"}, nil},
	{"attribution", regexp.MustCompile(`\b(?:show|display|include|ship|put)\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?)?licen[cs]es?\s+(?:texts?\s+|information\s+|info\s+)?(?:in|inside|within)\s+(?:the\s+|our\s+|my\s+)?(?:app|apps|binary|binaries|product|ui|about|installer|package|download)\b|\b(?:ship|include|bundle|provide)\s+(?:the\s+|its\s+|their\s+)?licen[cs]e\s+(?:information|info|details)\b|\bwhat\s+(?:exactly\s+)?(?:(?:do|does|should|must)\s+(?:we|i|you)\s+(?:have\s+to\s+|need\s+to\s+)?(?:put|write|include|say|show)|goes|should\s+go|has\s+to\s+go)\s+in(?:to)?\s+(?:the\s+|a\s+|our\s+)?(?:credits?|attributions?|notices?)\b|\b(?:show|display|include|ship|keep|put|list)\s+(?:the\s+|all\s+(?:the\s+)?|their\s+|its\s+|any\s+)?(?:licen[cs]e|copyright|open[- ]source|oss|third[- ]party)\s+(?:notices?|texts?|credits?|attributions?)\b|\battribution\b|\bgive credit\b|\bcredit (?:the|them|the authors?)\b|\bnotice file\b|\bnotices? file\b|third[- ]party notices|\b(?:open[- ]source|oss|licen[cs]e|licen[cs]es|third[- ]party)\s+(?:notices?|credits|attributions?)\s+(?:screen|page|dialog|view|section|file|list)\b|\bcopyright (?:notice|header)s?\b|\babout (?:box|screen|page)\b|\b(?:enough|sufficient|proper|adequate|correct)\s+(?:credit|attribution)\b|\b(?:credit|credits|attribution)\s+(?:is\s+)?(?:enough|sufficient)\b|\b(?:end|closing|opening)\s+credits\b|\bwhere\s+(?:does|do|should|must)\s+(?:the\s+)?(?:credit|attribution)\b|\b(?:licen[cs]es?|open[- ]source|oss|acknowledge?ments?|credits|attributions?)\s+(?:screen|page|dialog|view|section|tab|menu)\b|\bthird[-_ ]party[-_ ]notices\b|\bhow\s+(?:do|should|must|can|would|are)\s+(?:i|we)\s+(?:supposed\s+to\s+|meant\s+to\s+|expected\s+to\s+)?(?:properly\s+|best\s+)?(?:credit|attribute)\b|\bwhat\s+(?:credits?|acknowledge?ments?)\s+(?:do|should|must)\b|\b(?:show|display|list)\s+(?:the\s+|all\s+(?:the\s+)?|their\s+|its\s+)?(?:licen[cs]es|licen[cs]e\s+texts?)\b|\bnotice[-_.]\w+\s+files?\b|\b(?:its|their)\s+own\s+(?:full\s+)?copy\s+of\s+the\s+(?:[\w.-]+\s+){0,2}?(?:licen[cs]e\s+)?text\b|\bfull\s+copy\s+of\s+the\s+(?:[\w.-]+\s+){0,2}?(?:licen[cs]e\s+)?text\b|\bone\s+shared\s+copy\b`), true, []string{"attribution", "attribute", "credit", "notice", "copyright", "about", "screen", "page", "dialog", "view", "section", "tab", "menu", "show", "display", "list", "copy", "licen"}, nil},
	// The licences of what one's dependencies pull in ("it pulls in a bunch of others
	// transitively. are we bound by the licences of those indirect packages too?"), and
	// which licences must stay out of a vendor tree: checking dependencies.
	// "do all our rust crate deps need mpl-compatible licences?": the licences a work's
	// dependencies must have.
	{"dependencies", regexp.MustCompile(`\b(?:do|does|must|should)\s+(?:all\s+)?(?:of\s+)?(?:our|my|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:deps|dependencies|packages|crates|libraries|modules|gems)\s+(?:all\s+|also\s+)?(?:need|have)\s+(?:to\s+(?:be|have)\s+)?(?:an?\s+)?(?:[\w.+-]+[- ])?compatible(?:\s+licen[cs]es?)?\b`), false, []string{"compatible"}, nil},
	{"dependencies", regexp.MustCompile(`\b(?:transitive(?:ly)?|indirect(?:ly)?)\b[^?]{0,120}\b(?:licen[cs]\w*|bound|obligations?)\b|\b(?:licen[cs]\w*|bound|obligations?)\b[^?]{0,80}\b(?:transitive|indirect)\s+(?:dependenc\w*|deps|packages|libraries|modules|crates)\b|\bwhich\s+licen[cs]es\s+(?:should|must|may|can)\s+(?:never|not)\s+(?:end\s+up|go|be)\s+in\b`), false, []string{"transitiv", "indirect", "which licen"}, nil},
	// A notices page needed, which year or name goes in a notice, a notice with nowhere
	// to go, and a credit missing everywhere: "do we need a notices page?", "what year
	// goes in the apache header", "there's nowhere to ship a licence file", "a shop sells
	// prints made from osm data with no credit anywhere".
	{"attribution", regexp.MustCompile(`\b(?:need|needs|require|requires|required|want)\s+(?:a|an|the|any|some)\s+(?:separate\s+)?(?:third[- ]party\s+|open[- ]source\s+|oss\s+)?(?:notices?|credits?|attributions?|acknowledg\w+|licen[cs]es?)\s+(?:page|screen|file|section|dialog|menu|view)\b|\bwhat\s+(?:copyright\s+)?(?:year|years|name|names|header|headers|notice)\s+(?:goes|go|should\s+go|belongs?|do\s+(?:i|we)\s+(?:put|use|write)|should\s+(?:i|we)\s+(?:put|use|write)|should\s+(?:those|these|the|our|my)\s+(?:new\s+)?files?\s+(?:get|have|carry))\b|\b(?:bump|bumps|bumping|bumped|update|updates|updating)\s+(?:the\s+)?(?:copyright\s+)?years?\s+(?:in|on)\s+(?:the\s+|our\s+|my\s+)?(?:licen[cs]e|copyright|header|notice)|\bnowhere\s+to\s+(?:ship|put|show|include|display)\s+(?:a\s+|the\s+|any\s+)?(?:licen[cs]e|notice|credit|attribution)|\b(?:with\s+)?no\s+(?:credit|attribution)\s+(?:anywhere|at\s+all|whatsoever)\b|\bshow\s+(?:any\s+)?licen[cs]e\s+(?:information|info)\b`), false, []string{"year", "what", "nowhere", "credit", "attribution", "licen", "page", "screen", "notice", "acknowledg"}, nil},
	// Licence comments kept in a minified bundle ("can we just strip all the comments?",
	// "a big licence comment on top of minified js? feels like wasted bytes"): the notices
	// attribution keeps.
	{"attribution", regexp.MustCompile(`\b(?:licen[cs]e|copyright)\s+(?:comments?|headers?|banners?|notices?)\b[^?]{0,80}\b(?:minif\w*|bundle\w*|wasted|bytes|strip\w*|remov\w*)\b|\b(?:minif\w*|bundle\w*|\.min\.js)\b[^?]{0,60}\b(?:licen[cs]e|copyright)\s+(?:comments?|headers?|banners?|notices?)\b`), false, []string{"comment", "header", "banner", "notice"}, nil},
	// A file written partly at work and partly at home ("what goes in the copyright
	// line?"): whose the code is.
	{"employer", regexp.MustCompile(`\bat\s+work\b[^.?!]{0,40}\bat\s+home\b|\bat\s+home\b[^.?!]{0,40}\bat\s+work\b`), false, []string{"at home"}, nil},
	// "which licence should koku, our cloud cost-management service, go out under?"
	{"choose", regexp.MustCompile(`\bwhich\s+licen[cs]e\s+should\s+(?:[\w',.-]+\s+){1,8}?(?:go\s+out|be\s+released|be\s+published|come\s+out|ship)\s+under\b`), false, []string{"which licen"}, nil},
	// An image pushed to a public registry is handed to whoever pulls it.
	{"distribution", regexp.MustCompile(`\b(?:push|publish|upload)\w*\s+(?:an?\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:docker\s+|container\s+)?images?\b[^?]{0,60}\b(?:docker\s*hub|public\s+registr\w*|ghcr|quay)\b`), false, []string{"hub", "registr", "ghcr", "quay"}, nil},
	// Whether what one wrote belongs to the company ("can we publish it on our personal
	// GitHub, or does it belong to the company?"): whose the code is, however the asker
	// speaks of themselves.
	{"employer", regexp.MustCompile(`\b(?:belongs?|belonged|belonging)\s+to\s+(?:the|my|our|your)\s+(?:company|employer|firm|workplace)\b|\b(?:company|employer)\s+(?:owns?|claims?)\s+(?:it|them|this|that)\b`), false, []string{"belong", "owns", "claim"}, nil},
	// Code written for clients as a freelancer, reused in one's own library or project,
	// and a university said to hold rights to what its researchers write: whose the code
	// is.
	{"employer", regexp.MustCompile(`\bfreelanc\w*\b[^?]{0,200}\b(?:reus\w*|my\s+own|own\s+(?:project|library|lib|utility)|open[- ]?source\s+it|allowed|legal)\b|\b(?:client|clients')\s+(?:projects?|jobs?|work)\b[^?]{0,120}\b(?:reus\w*|my\s+own\s+(?:utility\s+)?(?:library|lib|project|code))\b|\b(?:university|universities|institute|lab|school|college)\b[^.?!]{0,40}\b(?:has|have|holds?|claims?|owns?)\s+(?:the\s+|all\s+)?(?:rights?|ip)\s+(?:to|in|over)\b`), false, []string{"freelanc", "client", "universit", "institut", "lab", "school", "college"}, nil},
	// Who answers for the licences of everything in an image handed over.
	// "who is on the hook for licence compliance, the registry or us?"
	{"distribution", regexp.MustCompile(`\bwho\s+(?:is|are|'s|would\s+be)\s+(?:responsible|liable|on\s+the\s+hook)\s+for\s+(?:the\s+)?(?:licen[cs]\w*|compliance|(?:licen[cs]e|open\s+source)\s+compliance)\b`), false, []string{"responsible", "liable", "hook"}, nil},
	// Code an assistant wrote, asked about for itself ("what licence applies to code
	// generated by ChatGPT?", "can we ship copilot output in our product?"): whose it is,
	// and what it may have copied. It comes last: publishing or contributing such code is
	// the question when the message says so.
	{"generated", generatedRE, false, generatedHints, nil},
	// "if a binary of our patched build leaks, do we owe anyone the source?": to whom the
	// source is owed; last, so that a question that asks about notices too is about them.
	{"distribution", regexp.MustCompile(`\b(?:do|would|will|must|should)\s+(?:we|i|they|you)\s+(?:still\s+|then\s+|really\s+|even\s+)?owe\s+(?:anyone|anybody|them|him|her|users|customers|people|the\s+[\w-]+\s+)?\s*(?:the\s+|any\s+|our\s+|its\s+)?(?:source|code)\b`), false, []string{"owe"}, nil},
	// Why a project would move to a copyleft licence, or to a permissive one ("why would a
	// notes app switch from apache 2.0 to gpl? what does that actually get the author"):
	// what that kind of licence does for an author, not whether code goes from one to the
	// other. Last: any rule above reads such a question more closely ("from
	// gpl-3.0-or-later to gpl-3.0-only" is a question of "or later").
	{"copyleft", whyCopyleftRE, false, []string{"why"}, nil},
	{"permissive", regexp.MustCompile(whyMoveTo + `(?:mit|bsd|apache|isc|zlib|permissive)` + movedToEnd), false, []string{"why"}, nil},
}

// chooseAskRE finds a question asking which licence a project should have: "which licence
// should the project get?", "what licence should I move to?", "please add a licence to
// this repo", "what licence?".
var chooseAskRE = regexp.MustCompile(`\bshould\s+(?:the\s+|our\s+|my\s+|its\s+)?(?:docs|documentation|manual|assets|artwork|art|data|dataset|website|site|examples|samples|fonts?|translations)\s+(?:have|get)\s+(?:their|its)\s+own\s+licen[cs]e\b|\b(?:suitable|appropriate|good|ok|okay|fine|meant|designed|made|intended|right|wise|recommended)\s+(?:for|to\s+use\s+for)\s+(?:software|code|source\s+code|programs)\b|\b(?:which|what)\s+(?:open[- ]source\s+)?licen[cs]e\s+(?:should|shall|would|could|can)\s+(?:(?:my|our|the|this|a)\s+)(?:[\w-]+\s+){0,4}?(?:project|projects|library|lib|app|application|tool|code|repo|repository|package|crate|gem|sdk|framework|plugin|module|game|software)\s+(?:use|get|have|go\s+with|pick|choose|be\s+under|carry|take)\b|\bwhat\s+licen[cs]e\s+(?:goes|should\s+go|to\s+put|do\s+(?:we|i)\s+put)\s+(?:on|in|with)\s+(?:it|them|this|that|the|our|my)\b|\b(?:which|what)\s+licen[cs]e\s+should\s+(?:the|our|my|this|these|its)\s+(?:[\w-]+\s+){0,2}?(?:docs|documentation|manual|data|dataset|images|assets|artwork|translations|fonts?|website|site|book|slides|examples|samples)\s+(?:get|have|use|be\s+under|carry)\b|\b(?:add|adding|put|putting|apply|applying|attach|attaching|pick|picking|choose|choosing)\s+(?:a\s+|an\s+)?(?:open[- ]source\s+)?licen[cs]e\s+(?:file\s+)?(?:to|on|for|in)\s+(?:my|our|the|this|a)\s+(?:[\w-]+\s+){0,2}?(?:repo|repos|repository|repositories|project|projects|code|library|app|package|crate|gem|site|docs)\b|\bwhich licen[cs]e (?:for each|for (?:the|our|my|each|a|this)\b)|\bfor (?:our|my) (?:new |own )?(?:project|library|lib|app|tool|repo|package|code)\b[^.?!]{0,20}\bwhich one\b|\bwhich licen[cs]e(?:\s+(?:do|should|would|shall|can)\s+(?:we|i)\s+(?:put|use|pick|choose|give|apply|add)\b|\s*[?.!]*\s*(?:thanks|thx|cheers|pls|please)?[?.!]*\s*$)|\bwhat (?:licen[cs]e )?should (?:we|i) put\b|\bwhat\s+(?:licen[cs]e\s+)?should\s+(?:we|i)\s+(?:use|pick|choose|switch\s+to|move\s+to|go\s+with)\s+instead\b|\bwhat\s+(?:licen[cs]e\s+)?should\s+(?:the\s+code|our\s+code|my\s+code|the\s+rest|the\s+project|the\s+repo)\s+(?:itself\s+)?(?:use|get|be\s+under|have)\b|\b(?:which|what) (?:licen[cs]e|one) (?:should|would|could|do|does|shall) (?:i|we|you|the project|the repo|it|this project|this|they)(?: \w+){0,2} (?:get|use|pick|choose|move to|switch to|go with|have|be under|recommend|suggest)\b|\b(?:put|add|attach|include|pick|choose) an? (?:explicit |clear |proper |open[- ]source |oss |free(?: software)? )?licen[cs]e (?:to|on|for|file)\b|\bmove (?:[\w-]+ ){0,2}to an? (?:[\w-]+ ){0,3}licen[cs]e\b|\bwhat licen[cs]e\s*\?|\bwhich one should (?:we|i) pick\b|\bbut what licen[cs]e\b|\b(?:which|what)\s+(?:open[- ]source\s+|other\s+)?licen[cs]e\s+(?:best\s+)?(?:fits|suits|matches)\s+(?:that|this|it|those|these|best|us|me|our|my|what)\b`)

// addLicenceOwnRE finds a licence added to the asker's own work: "worth adding apache to
// my mit-only crate?", "should we add MIT to our GPL library?" (a licence's name right
// after "add", not "add a NOTICE file to our app").
var addLicenceOwnRE = regexp.MustCompile(`\b(?:worth|should\s+(?:i|we)|could\s+(?:i|we)|do\s+(?:i|we)\s+(?:need\s+to\s+)?)\s*(?:adding|add)\s+(?:an?\s+|the\s+)?(?:mit|apache|bsd|gpl|lgpl|agpl|mpl|isc|cc0|cc|unlicense|zlib|boost|epl|eupl|0bsd|wtfpl|artistic|ofl|x11|psf|blue\s+oak|upl)\b(?:[\w.+-]*)(?:\s+[\w.+-]+)?\s+(?:licen[cs]e\s+)?(?:as\s+an?\s+(?:option|choice|alternative)\s+)?to\s+(?:my|our)\s+(?:own\s+)?(?:[\w.+-]+\s+){0,2}?` + ownWorkNouns + `\b`)

// workCodePublishedRE finds code written at work put out in public ("publish our
// internal tool as open source", "can I put my work project on my personal github?").
var workCodePublishedRE = regexp.MustCompile(`\b(?:put|publish|push|upload|post|release|share)\s+(?:my|our|a|the|this|some)\s+(?:work|company|internal|employer'?s?|job|office)\s+(?:[\w-]+\s+){0,2}?(?:project|projects|code|repo|library|tool|app|scripts?)\b[^.?!]{0,40}\b(?:github|gitlab|personal|public|online|open[- ]?source)\b`)

// orgReleasesRE finds the organisation releasing its own code ("my company wants to
// open source an internal tool").
var orgReleasesRE = regexp.MustCompile(`\b(?:my|our|the)\s+(?:company|employer|team|org|organi[sz]ation|department|startup|lab|university|agency|group)\s+(?:wants|plans|would\s+like|is\s+planning|has\s+decided|decided|needs|is\s+going|is\s+about)\s+to\s+(?:open[- ]?source|release|publish)\b`)

// releasesOwn reports whether lower tells of the organisation putting its own code out
// as open source.
func releasesOwn(lower string) bool {
	return containsAny(lower, []string{"open", "release", "publish", "github", "gitlab", "public"}) && (workCodePublishedRE.MatchString(lower) || orgReleasesRE.MatchString(lower))
}

// shouldBeEitherRE: which of two licences a work should have ("should a library like
// this be GPL or LGPL?"), not which of two ways it is used ("should the gpl library be
// linked statically or dynamically?").
var shouldBeEitherRE = regexp.MustCompile(`\bshould\s+(?:a|an|the|this|that|our|my|such\s+a|these|those)\s+(?:[\w-]+\s+){0,4}?(?:be|stay|go|remain)\s+(?:under\s+)?(?:the\s+)?` + licenceStems + `[\w.+-]*(?:\s+v?\d[\w.]*)?\s+or\s+(?:the\s+)?` + licenceStems + `\b`)

// maintainersChoiceRE finds a request that a project's maintainers move it to another
// licence, or the question why they picked or moved to the one it has.
var maintainersChoiceRE = regexp.MustCompile(`\bany\s+chance\s+(?:of|for|that|you'?d|you\s+(?:would|could|might|will)|to|it\s+could|they'?d)\b[^.?!]{0,80}?\b(?:instead|relicen[cs]\w*|re-licen[cs]\w*|switch\w*|mov(?:e|ing)|chang(?:e|ing)|dual[- ]licen[cs]\w*)\b` +
	`|\bwould\s+you\s+(?:(?:be\s+)?(?:open|willing|opposed|ok|okay|against|up\s+for|interested)\s+(?:to\s+|in\s+)?|(?:ever\s+)?consider(?:ing)?\s+|mind\s+|like\s+to\s+|want\s+to\s+)?(?:switch|mov|relicen[cs]|re-licen[cs]|chang|dual[- ]licen[cs])\w*\b[^.?!]{0,60}?\b(?:to|off|from|under|licen[cs]e|instead)\b` +
	`|\bwould\s+you\s+(?:ever\s+)?consider\s+(?:using\s+)?(?:an?\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:instead|like\s+(?:most|the|other)|licen[cs]e)\b` +
	`|\bcould\s+(?:it|this|the\s+(?:project|library|lib|plugin|package|crate|module|code|repo|gem))\s+(?:please\s+)?(?:become|be\s+(?:re-?licen[cs]ed|dual[- ]licen[cs]ed)|switch|move)\b` +
	`|\bplease\s+(?:consider\s+)?(?:relicen[cs]|re-licen[cs]|dual[- ]licen[cs])\w*` +
	`|\bwhy\s+did\s+(?:[\w.-]+\s+){1,3}?(?:pick|choose|go\s+with|switch|move|relicen[cs]e)\b[^.?!]{0,40}?\b(?:to|off|from|for|over|instead)\b` +
	// "jacobsa/fuse is apache-2.0 while go itself is bsd. why not just switch it to bsd?"
	`|\bwhy\s+not\s+(?:just\s+|simply\s+)?(?:switch|move|relicen[cs]e|re-licen[cs]e|change|go)\s+(?:it\s+|this\s+|the\s+(?:project|library|lib|code|repo|crate|package|module)\s+)?(?:over\s+)?to\b`)

// ownLicenceWantedRE finds the asker's own project without a licence yet, or a licence
// wanted for the asker's work so that others may use it.
var ownLicenceWantedRE = regexp.MustCompile(`\b(?:our|my)\b[^.?!]{0,80}?\b(?:has|have)\s+no\s+licen[cs]e\s+yet\b` +
	`|\b(?:we|i|and)\s+(?:want|need|are\s+looking\s+for|am\s+looking\s+for|would\s+like)\s+an?\s+(?:creative\s+commons|cc|open[- ]source|permissive|copyleft|free|software|documentation|content|data|font)\s+licen[cs]e\s+(?:so|so\s+that|that\s+(?:lets|allows)|which\s+(?:lets|allows))\b`)

// movesFromToRE finds a move said from something to something else ("relicensing your
// crate from GPL-3.0 to MIT"); what it moves from is its first group.
var movesFromToRE = regexp.MustCompile(`(?i)\bfrom\s+([^?!,;]{1,40}?)\s+(?:over\s+)?(?:to|into)\s`)

// SaysMoveFromTo tells whether a question names a move from a licence to another ("from
// GPL-3.0 to MIT", not "from our server to the client"). The licence the move leaves may
// not be among Question.Licenses, which keep the one moved to: the question's expression
// is then not the project's licence as it is.
func SaysMoveFromTo(text string) bool {
	for _, m := range movesFromToRE.FindAllStringSubmatch(text, -1) {
		if len(FindLicenses(m[1])) > 0 {
			return true
		}
	}
	return false
}

// switchOwnRE finds the asker weighing a move of their own project to another licence.
var switchOwnRE = regexp.MustCompile(`\b(?:should|shall)\s+(?:we|i)\s+(?:switch|move|change|relicen[cs]e)\b[^.?!]{0,20}\bto\s+(?:what|which)\b|\bwhich\s+(?:licen[cs]e\s+|one\s+)?(?:should|would|shall)\s+(?:we|i)\s+(?:switch|move|change|relicen[cs]e)\s+(?:it\s+)?to\b|\b(?:should|shall|could)\s+(?:we|i)\s+(?:(?:just|rather|instead)\s+)?(?:switch|move|change|relicen[cs]e|go)\s+(?:(?:it|the\s+project|the\s+licen[cs]e)\s+)?(?:over\s+)?to\s+(?:the\s+|an?\s+)?[\w.+-]+(?:\s+[\w.+-]+)?(?:\s+licen[cs]e)?(?:\s+or\s+(?:the\s+|an?\s+)?[\w.+-]+(?:\s+licen[cs]e)?)?\s*(?:[?,;!]|$|\s+(?:instead|then|now|too|as well|thanks|thx|pls|please|cheers|so|because|since)\b)|\b(?:thinking\s+(?:of|about)|considering|plan(?:ning)?\s+(?:on|to))\s+(?:moving|switching|changing|relicen[cs]ing|move|switch|change|relicen[cs]e)\s+(?:our|my)\b|\b(?:mov\w*|switch\w*|chang\w*|relicen[cs]\w*)\s+(?:our|my)\s+[^.?!]{0,100}?\bto\b[^?!]{0,160}\b(?:sensible|fit|good idea|downsides?|pros and cons|make sense|worth it|a mistake|wise)\b|\bshould\s+(?:we|i)\s+(?:declare|mark|label|tag|state|say|write)\b[^?!]{0,40}\b(?:only|or[- ]later)\b`)

// ownEmphasisRE finds "own" after a possessive: "the company's own projects".
var ownEmphasisRE = regexp.MustCompile(`'s own\b`)

// obligedByTaken tells whether a message asks whether code taken in obliges the asker to
// open their own: "do we have to open source the app because of the library's licence?".
func obligedByTaken(lower string) bool {
	return strings.Contains(lower, "sourc") && obligedToOpenRE.MatchString(lower) && takenPartRE.MatchString(lower)
}

// ObligedByTakenIn tells whether a message asks whether code it takes in obliges the
// asker to open their own ("using android-pdfmyxml in our paid app. do we have to open
// source the app because of the library's licence?"); when it names no licence, that
// licence, unnamed, decides.
func ObligedByTakenIn(text string) bool { return obligedByTaken(strings.ToLower(asTyped(text))) }

// changesLicenceRE: the licence asked of the asker's changes to code under a licence
// named ("what licence do my changes need?"), which that licence settles.
var changesLicenceRE = regexp.MustCompile(`\b(?:what|which)\s+licen[cs]e\s+(?:do|does|would|will|must|should|can)\s+(?:my|our|the|those|these)\s+(?:own\s+)?(?:changes|modifications|mods|patches|edits|fixes|additions|improvements|changed\s+files)\s+(?:need|get|have|take|carry|be\s+under|go\s+under)\b`)

// fromOneToOtherRE: a move between two things named before, by neither name.
var fromOneToOtherRE = regexp.MustCompile(`\bfrom\s+one\s+to\s+(?:the\s+)?(?:other|another)\b`)

// copiedInRE: code the asker says they took from elsewhere ("the module we copied");
// relicenseItRE: the licence of something already named asked to change ("relicense it
// to mit").
var (
	copiedInRE    = regexp.MustCompile(`\b(?:we|i|we'?ve|i'?ve|we\s+have|i\s+have)\s+(?:just\s+|already\s+)?(?:copied|took|taken|borrowed|lifted|vendored|grabbed|pasted)\b`)
	relicenseItRE = regexp.MustCompile(`\brelicen[cs](?:e|ing)\s+(?:it|them|that|this|those|these)\s+(?:to|as|under)\b`)
)

// takenRelicensed tells whether a message asks to relicense code it says the asker
// copied in: whose licence decides, not a choice of the asker's own.
func takenRelicensed(lower string) bool {
	return relicenseItRE.MatchString(lower) && copiedInRE.MatchString(lower)
}

// takenPartRE: code taken into the asker's work, by the kind of thing it is.
var takenPartRE = regexp.MustCompile(`\b(?:librar(?:y|ies)|libs?|dependenc(?:y|ies)|deps|packages?|modules?|sdks?|frameworks?|components?|crates?|gems?|plugins?)\b`)

// obligedToOpenRE finds opening one's code said as an obligation, not a plan: "do I need
// to open source my code", "forces us to open-source", "does agpl make us open source …".
var obligedToOpenRE = regexp.MustCompile(`\b(?:(?:need|needs|have|has|required|forced|obliged|obligated|must)\s+to|(?:make|makes|force|forces|oblige|obliges|require|requires)\s+(?:me|us|you|them)(?:\s+to)?)\s+open[- ]?sourc|\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:made\s+)?open[- ]?sourc`)

// openSourceLabelRE finds a question of whether something may be called open source
// (or free software, or open data): "can we still call it open source", "is that
// really open source", "the README says open source", "OSI approved".
var openSourceLabelRE = regexp.MustCompile(`\b(?:call(?:s|ed|ing)?|count(?:s|ed)?\s+as|consider(?:s|ed)?|label(?:s|led|ed)?|describ\w*|market\w*|advertis\w*|present\w*|bill\w*|brand\w*|say(?:s|ing)?|said|claim\w*|word\w*)\s+(?:(?:it(?:self)?|this|that|them(?:selves)?|ourselves|us)\s+|(?:the|our|my|their|its|his|her|your)\s+(?:[\w-]+\s+){1,2})?(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?["']?(?:open[- ]?source|free software|foss|oss|open data)\b|\b(?:is|are|isn'?t|aren'?t|be|still|remain|stay)\s+(?:(?:that|this|it|they|them|we|the\s+\w+)\s+)?(?:still\s+|really\s+|truly\s+|even\s+|actually\s+|technically\s+|genuinely\s+|then\s+)*(?:an?\s+)?(?:open[- ]?source|free software|foss|open data)\b(?:\s+(?:licen[cs]e|project|software|code|app))?\s*(?:[?!]|$|,|\s+(?:then|now|anymore|any more|at all|or not|if|when|though|by|under|in the|thanks|thx|pls|please|cheers|right|too|either))|\bopen[- ]?source\s+(?:label|claim|wording|tag|badge|status|definition)\b|\bosi[- ]?(?:approv\w*|certif\w*)|\bapproved\s+by\s+(?:the\s+)?osi\b|\b(?:count|qualif\w+)\s+as\s+(?:an?\s+)?(?:open[- ]?source|open data|free software)\b`)

// nonCommercialTermsRE finds terms that forbid commercial use in a question: a
// non-commercial licence, the Commons Clause, a ban on selling.
var nonCommercialTermsRE = regexp.MustCompile(`non[- ]?commercial|\b(?:must\s+not|may\s+not|can'?t|cannot|can\s+not|not\s+to)\s+be\s+(?:shipped|used|bundled|distributed|sold|included|packaged)\s+(?:with|in|by|for)\s+(?:any\s+)?commercial\b|\b(?:nobody|no\s+one|no-one)\s+(?:may|can|is\s+allowed\s+to)\s+(?:ever\s+)?(?:sell|resell)\b|\b(?:research|personal|academic|educational|private|evaluation)\s+(?:(?:or|and|/)\s*(?:research|personal|academic|educational|private|evaluation)\s+)?(?:use|usage|purposes?)\s+only\b|\bonly\s+for\s+(?:research|personal|academic|educational|private|evaluation)\s+(?:(?:or|and|/)\s*(?:research|personal|academic|educational|private|evaluation)\s+)?(?:use|usage|purposes?)\b|\bby[- ]nc\b|\bcc[- ]nc\b|\bnc[- ](?:sa|nd)\b|\bnc\b|commons clause|\b(?:forbid\w*|prohibit\w*|ban\w*|bar\w*|disallow\w*|restrict\w*|excludes?|no)[\s-]+(?:any\s+|all\s+)?(?:commercial|selling|resale|reselling|sale)\b|\bfree\s+(?:except|but not)\s+for\s+commercial\b|\bcommercial\s+(?:use|usage)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:is\s+)?(?:not\s+allowed|forbidden|prohibited|banned|excluded)\b|\b(?:can'?t|cannot|may\s+not|must\s+not|not\s+allowed\s+to)\s+(?:be\s+)?(?:sell|sold|resell|resold|use\s+it\s+commercially)\b|\bnot\s+for\s+(?:commercial|resale|sale)\b|\bcommercial\s+(?:use|usage|users?|(?:re)?distribution|resale|sale)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:only\s+)?(?:with|requires?|needs?|must\s+(?:get|buy|ask))\s+(?:(?:their|the\s+author'?s?|a|an|prior|written|explicit|separate)\s+)*(?:ok|okay|permission|consent|approval|agreement|paid|licen[cs]e|written)\b` +
	// "companies must get the author's written permission before putting it into
	// commercial drug-delivery systems": a permission asked for commercial use.
	`|\b(?:must|need\s+to|have\s+to|has\s+to|should)\s+(?:first\s+)?(?:get|obtain|ask\s+for|request|seek|buy|purchase)\s+(?:(?:the\s+author'?s?|their|his|her|a|an|prior|written|explicit|separate)\s+)*(?:ok|okay|permission|consent|approval|agreement|licen[cs]e)\s+(?:before|to|for)\s+(?:[\w-]+\s+){0,4}?commercial(?:ly)?\b`)

// topicOf is the OSPO topic of a question, "" for none. named says the question names
// a licence.
// companyBusinessRE: what the asker's company does as its business ("software my
// company sells"), which says nothing of who owns the asker's own work.
// tradeOffsRE: licences weighed for the asker's own work: "the real trade-offs between
// MIT and Apache 2.0 for a project like ours".
var tradeOffsRE = regexp.MustCompile(`\b(?:trade-?offs?|pros\s+and\s+cons|upsides?\s+and\s+downsides?)\b[^.?!]{0,80}\bfor\s+(?:an?\s+(?:[\w-]+\s+)?(?:project|library|lib|tool|app|crate|package)\s+like\s+(?:ours|mine|this)|(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?:project|library|lib|tool|app|crate|package|code|repo))\b`)

// noOrLaterWords: the "or later" clause a notice is said not to have ("no 'or any later
// version' bit"), for withoutOrLaterRE and thereNoOrLaterRE.
const noOrLaterWords = `["'“‘]?or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later(?:\s+version)?["'”’]?(?:\s+(?:clause|wording|option|part|bit|language|grant))?`

var withoutOrLaterRE = regexp.MustCompile(`(\d|\bonly)\s*,?\s*(?:with\s+)?(?:no|without(?:\s+an?|\s+the|\s+any)?)\s+` + noOrLaterWords)

// thereNoOrLaterRE: "there's no 'or later'", said of a licence's notice.
var thereNoOrLaterRE = regexp.MustCompile(`\bthere(?:'?s|\s+is)\s+no\s+` + noOrLaterWords)

// noOrLaterAskedRE: what follows a notice said to have no "or later" asks about that
// ("why would anyone leave it out?", "on purpose?", "what does that mean for us?").
var noOrLaterAskedRE = regexp.MustCompile(`\b(?:why|purpose|mean|means|meaning|leave|left|omit\w*|drop\w*|deliberate\w*|intentional\w*|matters?)\b`)

// statedNoOrLater is lower with "there's no 'or later'" said in a sentence that does not
// ask (one that ends in a full stop), and is not asked about after it, turned into "only",
// the version the licence is under.
func statedNoOrLater(lower string) string {
	if !strings.Contains(lower, "there") {
		return lower
	}
	locs := thereNoOrLaterRE.FindAllStringIndex(lower, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		at := locs[i]
		end := strings.IndexAny(lower[at[1]:], ".?!")
		if end < 0 || lower[at[1]+end] != '.' || noOrLaterAskedRE.MatchString(lower[at[1]+end:]) {
			continue // the sentence asks, or runs to the end of the message, or what follows asks why
		}
		lower = lower[:at[0]] + "only" + lower[at[1]:]
	}
	return lower
}

var companyBusinessRE = regexp.MustCompile(`\bmy company (sells|sold|ships|shipped|makes|builds|develops|uses|distributes|offers|runs|provides|deploys|hosts)\b`)

// noAttributionKindRE: licences called by what they do not ask ("the no-attribution
// licences", "a zero-attribution licence").
var noAttributionKindRE = regexp.MustCompile(`\b(?:no|zero|non)[- ]?attribution\s+(licen[cs]es?|ones?|variants?|versions?|kind)\b`)

func topicOf(lower string, named bool) string {
	if strings.Contains(lower, ".") {
		// "our GPL-3.0 tool …": a version's dot is no sentence's end for the topic rules.
		lower = versionDotRE.ReplaceAllString(lower, "${1}_${2}")
	}
	if strings.Contains(lower, "my company ") {
		// "software my company sells": the asker's business, not a claim on their work.
		lower = companyBusinessRE.ReplaceAllString(lower, "the company ${1}")
	}
	if strings.Contains(lower, "later") {
		// "our project is GPLv2 only, with no “or later” clause": the version the licence
		// is under, said after it, not a question of what "or later" means (as "the
		// notice has no 'or any later version' bit. on purpose?" is).
		lower = withoutOrLaterRE.ReplaceAllString(lower, "${1} only")
		// "since there's no 'or later' today every contributor would have to agree":
		// the licence's version stated, in a sentence that asks nothing of it.
		lower = statedNoOrLater(lower)
	}
	if strings.Contains(lower, "-or-later") && strings.Contains(lower, "-only") && !sameOnlyAndLater(lower) {
		// "combine GPL-2.0-or-later and LGPL-3.0-only code": two licences' IDs, not the
		// two forms of one set side by side ("GPL-2.0-only vs GPL-2.0-or-later").
		lower = strings.ReplaceAll(lower, "-or-later", "+")
	}
	if strings.Contains(lower, "'s own") {
		// "our company's own projects": whose they are, not a claim on them.
		lower = ownEmphasisRE.ReplaceAllString(lower, "'s")
	}
	if strings.Contains(lower, " from one ") {
		// "does static linking move my program from one to the other?": between two kinds
		// of work a licence names, not from one licence to another.
		lower = fromOneToOtherRE.ReplaceAllString(lower, " between them ")
	}
	if strings.Contains(lower, "contributor") {
		// "A contributor now says the corpus licence forbids redistribution": who said
		// it, not a contribution.
		lower = reportingContributorRE.ReplaceAllString(lower, "someone $1$2")
	}
	if strings.Contains(lower, "attribution") {
		// "mit-0 or 0bsd, the no-attribution licences": a kind of licence, not credit asked
		// about.
		lower = noAttributionKindRE.ReplaceAllString(lower, "waiver $1")
	}
	// No choosing when opening one's code is asked as an obligation ("do I need to open
	// source my code if I use an LGPL library?": what the licence asks), or the licence of
	// one's changes to code under a licence named ("if I modify Spoon's sources, what
	// licence do my changes need?": what that licence asks of them), or code the asker
	// copied in asked to be relicensed ("the daemon module we copied is cc by-sa 3.0. can
	// we relicense it to mit for our python package?": whether its licence lets it).
	notChoosing := strings.Contains(lower, "sourc") && obligedToOpenRE.MatchString(lower) || named && (changesLicenceRE.MatchString(lower) || takenRelicensed(lower))
	for _, t := range topicWords {
		if t.alone && named || !containsAny(lower, t.hints) || t.name == "choose" && notChoosing {
			continue
		}
		if t.re.MatchString(lower) && (t.also == nil || t.also.MatchString(lower)) {
			if t.name == "choose" && named {
				// "why is this qml ui library lgpl and not mit or apache? what does the
				// copyleft actually protect?": the sentence that asks asks what a kind of
				// licence is, not which to choose.
				if kind := kindAsked(askingSentence(lower), t.re); kind != "" {
					return kind
				}
			}
			return settled(t.name, lower)
		}
	}
	if !named && obligedByTaken(lower) {
		// "do we have to open source the app because of the library's licence?", naming
		// no licence: whether code taken in obliges the asker to open theirs is what
		// copyleft is, strong or weak.
		return "copyleft"
	}
	if named && strings.Contains(lower, "later") && orLaterMeantRE.MatchString(lower) {
		return "orlater" // "what does 'or any later version' mean for GPL-2.0 code we use?"
	}
	if named && strings.Contains(lower, "later") && strings.Contains(lower, "only") && orLaterTellRE.MatchString(lower) {
		// "the gpl-3.0-only and gpl-3.0-or-later texts are the same document. so how do
		// i tell which one a repo is using?"
		return "orlater"
	}
	if named && containsAny(lower, askedTopicHints) && !meanWordRE.MatchString(lower) && !claWordRE.MatchString(lower) {
		// "is a line in the end credits enough credit?": a question of the topic itself,
		// about the licences named, when the sentence that asks is the topic's ("what does
		// attribution mean under MIT?" asks what the licence requires).
		asking := askingSentence(lower)
		if useAskRE.MatchString(asking) || openOwnRE.MatchString(asking) || strings.Contains(lower, "compatib") && creditGivenRE.MatchString(asking) {
			// "can we use the icons in our book if we credit them?": a use, on a condition;
			// "do we have to publish our whole app, and what notices do we need?": what
			// the licence asks of the asker's work, which the verdict's obligations answer,
			// notices with them.
			asking = ""
		}
		for _, t := range topicWords {
			in := asking
			if askedOfWhole[t.name] && in != "" {
				in = lower
			}
			if askedOfNamed[t.name] && in != "" && containsAny(in, t.hints) && t.re.MatchString(in) && (t.also == nil || t.also.MatchString(lower)) {
				return t.name
			}
		}
	}
	return ""
}

// kindAsked is the topic of a kind of licence (copyleft, permissive) that the sentence
// that asks, asking, asks about, when choosing (choose) is not what it asks; "" for none.
func kindAsked(asking string, choose *regexp.Regexp) string {
	if asking == "" || choose.MatchString(asking) {
		return ""
	}
	for _, t := range topicWords {
		if (t.name == "copyleft" || t.name == "permissive") && containsAny(asking, t.hints) && t.re.MatchString(asking) {
			return t.name
		}
	}
	return ""
}

// sameOnlyAndLater tells whether a text names one licence version both "-only" and
// "-or-later" ("gpl-2.0-only or gpl-2.0-or-later?").
func sameOnlyAndLater(lower string) bool {
	for _, m := range onlyIDRE.FindAllStringSubmatch(lower, -1) {
		if strings.Contains(lower, m[1]+"-or-later") {
			return true
		}
	}
	return false
}

// onlyIDRE finds a licence's "-only" form ("gpl-3.0-only", "gplv3-only"), with what
// comes before it.
var onlyIDRE = regexp.MustCompile(`\b([a-z][a-z0-9._+-]*?)-only\b`)

// topicKeywords are the words that belong to one topic alone ("copyleft", "or any later
// version", "attribution"). A question that names no licence, and that no topic's
// sentence rules read, is about the one topic whose words it uses, if only one's.
var topicKeywords = []struct {
	name string
	re   *regexp.Regexp
}{
	{"copyleft", regexp.MustCompile(`\bcopyleft(?:ed)?\b|\bshare[- ]?alike\b|\bviral\b`)},
	{"attribution", regexp.MustCompile(`\battribut(?:e|es|ed|ing|ion|ions)\b|\bcredit(?:s|ing|ed)?\b(?:\s+(?:the|them|him|her|author|authors|creator|creators|line|lines|page|screen))?`)},
	{"orlater", regexp.MustCompile(`\bor\s+(?:any\s+)?later(?:\s+version)?\b|\bany\s+later\s+version\b`)},
	{"noncommercial", regexp.MustCompile(`\bnon[- ]?commercial\b|\bnot[- ]for[- ]profit\s+(?:use|only)\b|\bpersonal\s+use\s+only\b`)},
	{"permissive", regexp.MustCompile(`\bpermissive(?:ly)?\b`)},
	{"distribution", regexp.MustCompile(`\b(?:re)?distribut(?:e|es|ed|ing|ion)\b|\bconvey(?:s|ed|ing)?\b`)},
	{"contribute", regexp.MustCompile(`\bcontribut(?:e|es|ed|ing|ion|ions)\b|\bupstream(?:ed|ing)?\b|\bpull\s+requests?\b`)},
	{"cla", regexp.MustCompile(`\bclas?\b|\bdco\b|\bcontributor\s+(?:licen[cs]e\s+)?agreements?\b|\boracle\s+oca\b`)},
	{"employer", regexp.MustCompile(employerWords + `|\bside\s+projects?\b`)},
	{"dependencies", regexp.MustCompile(`\bsboms?\b|\bsoftware\s+bill\s+of\s+materials\b|\bdev[- ]?dependenc(?:y|ies)\b|\b(?:scanner|audit|scan|checker|tool)s?\b[^.?!]{0,30}\bflag(?:s|ged|ging)?\b`)},
}

// employerWordRE: the words of an employer's claim that no other question uses ("a side
// project" is also where a licence is chosen).
var employerWordRE = regexp.MustCompile(employerWords)

const employerWords = `\bemployer'?s?\b|\bemployment\s+contract\b|\bcompany\s+time\b`

// topicByWord is the one topic whose words a question uses, or "" when it uses none's
// or several's.
func topicByWord(lower string) string {
	found := ""
	for _, t := range topicKeywords {
		if t.re.MatchString(lower) {
			if found == "copyleft" && t.name == "permissive" {
				continue // "permissive vs copyleft?": the copyleft answer sets the two apart
			}
			if found != "" {
				return ""
			}
			found = t.name
		}
	}
	return found
}

// settled is the topic a question's sentence rules read, unless its words say another
// more plainly: an agreement to sign that says the employer owns what one writes, and no
// CLA, is the employer's claim.
func settled(name, lower string) string {
	if name == "cla" && !claWordRE.MatchString(lower) && employerOwnsRE.MatchString(lower) {
		return "employer"
	}
	return name
}

// reportingContributorRE: a contributor who only reports or asks something: "a
// contributor now says", "one contributor pointed out".
var reportingContributorRE = regexp.MustCompile(`\b(?:a|one|another|some|the|our|a\s+few)\s+contributors?\s+((?:now|also|then|just|recently)\s+)?(says|said|asked|asks|pointed|points|told|tells|claims|claimed|reported|reports|opened|filed|noticed|notes|noted|mentioned|argues|argued|thinks|warned|warns)\b`)

// employerOwnsRE: an employer said to own what one writes.
var employerOwnsRE = regexp.MustCompile(`\b(?:employer|company|boss|job)\b[^.?!]{0,80}\bowns?\b|\bowns?\b[^.?!]{0,20}\beverything\s+(?:i|we)\s+(?:write|make|create|build)`)

// askedOfNamed are the topics a question may ask of the licences it names, and
// askedTopicHints the words one of them needs, their entries' hints (a cheap test before
// the asking sentence is found).
var (
	askedOfNamed    = map[string]bool{"attribution": true, "distribution": true, "orlater": true, "permissive": true}
	askedTopicHints = func() []string {
		var hints []string
		for _, t := range topicWords {
			if askedOfNamed[t.name] {
				hints = append(hints, t.hints...)
			}
		}
		return hints
	}()
)

// askedOfWhole are the topics asked of named licences whose words may stand anywhere in
// the question, not only in the sentence that asks: what others did with the asker's
// permissive code is said in the situation ("someone cloned our MIT repo and sells it.
// is that legal?").
var askedOfWhole = map[string]bool{"permissive": true}

// claWordRE: a contributor agreement named, which its own topic answers.
var claWordRE = regexp.MustCompile(`\bclas?\b|\boracle\s+oca\b|\b(?:sign|signed|confirm|confirmed)\s+(?:the\s+)?oca\b|\bcontributor\s+licen[cs]e\s+agreements?\b|\bcopyright\s+assignments?\b`)

// sellingRE: a question whether software under an open licence may be sold, or a fee
// charged for it. What is sold is the licensed software itself: open source, free or
// GPL software, or copies of it; "can we sell it?" of one's own product that takes code
// in asks about that product.
var sellingRE = func() *regexp.Regexp {
	licensed := `(?:(?:an?|the|our|my|this|that|such)\s+)?(?:(?:` + licenceStems + `|open[- ]?source|foss|floss|free|copyleft(?:ed)?|permissive(?:ly)?)[\w'’.+-]*(?:[\s-]+licen[cs]ed)?\s+(?:[\w-]+\s+)?(?:software|code|programs?|apps?|applications?|plugins?|themes?|extensions?|tools?|packages?|libraries|library|games?|projects?|binaries|builds?|copies|versions?|forks?|stuff)|copies)\b`
	sell := `(?:sell(?:ing)?|resell(?:ing)?|charg(?:e|ing)\s+(?:(?:money|a\s+fee|fees|a\s+price|people|customers|users)\s+)?for|make\s+money\s+(?:from|with|off|selling))`
	return regexp.MustCompile(
		// "can I sell GPL software?", "may we charge money for a GPL plugin?"
		`\b(?:can|may|could|am\s+i\s+allowed\s+to|are\s+we\s+allowed\s+to|is\s+it\s+(?:legal|ok|okay|allowed|fine|possible)\s+to)\s+(?:i\s+|we\s+|you\s+|one\s+)?(?:legally\s+|still\s+|even\s+|actually\s+|really\s+)?` + sell + `\s+(?:(?:copies|downloads)\s+of\s+|downloading\s+)?` + licensed +
			// "does the GPL allow selling?", "does mit let us charge for it?", "does the AGPL
			// really forbid selling it like that?"; not what is sold with the code in it
			// ("does it stop me selling the game?").
			`|\b(?:does|do|would|will)\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?(?:\s+licen[cs]e)?\s+(?:really\s+|actually\s+|even\s+)?(?:allow|permit|let|forbid|prohibit|ban|stop|prevent)\s+(?:me\s+|us\s+|you\s+)?(?:to\s+|from\s+)?(?:sell(?:ing)?|resell(?:ing)?|charg(?:e|ing)(?:\s+(?:money|a\s+fee|fees))?(?:\s+for)?|commercial\s+sales?)(?:\s+(?:it|them|copies))?(?:\s+like\s+(?:that|this))?\s*(?:[?.!,;]|$)` +
			// "charging a fee isn't GPL compliant", "is charging for it a GPL violation?"
			`|\bcharg(?:e|es|ing)\s+(?:(?:money|a\s+fee|fees|a\s+price)\s*(?:for\s+(?:it|them|copies|downloads?))?|for\s+(?:it|them|copies|downloads?))\s+(?:is(?:n'?t|\s+not)?|isnt|was(?:n'?t)?|would\s+(?:not\s+)?be)\s+(?:\w+\s+)?(?:compliant|allowed|ok|okay|legal|permitted|against)\b` +
			// "or does gpl mean it has to be free": free as in price, which the licence
			// does not ask.
			`|\b(?:does|doesn'?t|do|don'?t|would|wouldn'?t)\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]e)?\s+mean\s+(?:that\s+)?(?:it|they|the\s+[\w-]+|my\s+[\w-]+|our\s+[\w-]+)\s+(?:has|have|must|needs?)\s+(?:to\s+)?(?:be\s+)?(?:given\s+away\s+)?(?:for\s+)?(?:free|gratis|free\s+of\s+charge)\b` +
			`|\bis\s+(?:charging|selling|reselling)\s+(?:(?:money|a\s+fee|fees)\s+)?(?:for\s+)?(?:(?:it|them|copies|open\s+source(?:\s+software)?|free\s+software|gpl\s+software)\s+)?(?:like\s+(?:that|this)\s+)?(?:(?:even|really|actually|legally|still)\s+)?(?:compliant|allowed|ok|okay|legal|permitted|against|(?:an?\s+)?(?:[\w.+-]+\s+)?(?:violation|breach))\b`)
}()

// creditGivenRE: credit said as what the asker does, the premise of the question ("is
// that right, given we credit the author?"); with compatibility asked about, the
// question is whether the licences fit together, which credit alone does not settle.
var creditGivenRE = regexp.MustCompile(`\b(?:given|if|since|as\s+long\s+as|provided(?:\s+that)?|even\s+though|although|though|because|considering)\s+(?:that\s+)?(?:we|i)\s+(?:do\s+|already\s+|properly\s+|still\s+)?(?:credit|attribute|give\s+(?:\w+\s+)?(?:credit|attribution))\b`)

// useAskRE: a sentence that asks whether a use is allowed.
var useAskRE = regexp.MustCompile(`\b(?:can|may|could|is\s+it\s+(?:ok|okay|fine|allowed)\s+to)\s+(?:we|i|you|our\s+\w+)?\s*(?:still\s+)?(?:use|ship|include|bundle|embed|put|distribute|sell|print)\b`)

// orLaterMeantRE: the question asks what the words "or later" mean, whatever licence it
// names them of.
var orLaterMeantRE = regexp.MustCompile(`\bwhat\s+(?:exactly\s+)?(?:does|do|is)\s+(?:the\s+)?["'“‘]?\s*(?:or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later(?:\s+version)?)\s*["'”’]?\s+(?:(?:part|bit|clause|wording)\s+)?(?:mean|means|do|does)\b`)

// orLaterTellRE: the question asks how to tell which of two forms holds.
var orLaterTellRE = regexp.MustCompile(`\bhow\s+(?:do|can|would|could|should|does)\s+(?:i|we|you|one|anyone|a\s+scanner)\s+(?:tell|know|find\s+out|check|figure\s+out|determine|see)\s+(?:which|if|whether)\b`)

// meanWordRE: the question asks what something means.
var meanWordRE = regexp.MustCompile(`\bmean(?:s|ing|t)?\b`)

// TopicOutranksLicences tells whether a question of the topic is answered by the topic
// even when it names licences: signing a CLA, an employer's claim, choosing a licence,
// contributing upstream, whether terms against commercial use can be called open
// source (topicOf finds that one only when the question asks it), whether code is
// under a version only or "or later" (parseQuestion, when the question weighs the two),
// credit and distribution when the sentence that asks is about them, and whether the
// code may be sold at all.
func TopicOutranksLicences(name string) bool {
	switch name {
	case "cla", "employer", "choose", "contribute", "noncommercial", "orlater", "attribution", "distribution", "permissive", "dependencies", "selling":
		return true
	}
	return false
}

// generatedRE: code said to be written by an AI assistant ("a pr that gpt-4 mostly
// wrote", "patches written with GitHub Copilot", "AI-generated contributions").
var (
	generatedRE = regexp.MustCompile(`\b(?:copilot|chatgpt|llm|ai)\s+(?:output|outputs|suggestions?|completions?)\b|\b(?:ai|a\.i\.|llms?|gpt(?:-?\d(?:\.\d)?o?)?|chatgpt|copilot|claude|gemini|codex|cursor|an?\s+assistant|an?\s+(?:ai\s+|coding\s+|code\s+)agent)\s+(?:[\w-]+\s+){0,3}?(?:generated|written|wrote|writes|produced|assisted|authored|created)\b|\b(?:generated|written|wrote|writ(?:e|es|ing)|produced|authored|created|made|coded|coding)\s+(?:\w+\s+){0,3}?(?:by|with|using|through)\s+(?:an?\s+|the\s+)?(?:ai|llms?|gpt(?:-?\d(?:\.\d)?o?)?|chatgpt|github\s+copilot|copilot|claude|gemini|codex|generative\s+ai|code\s+assistants?|ai\s+(?:tools?|assistants?|agents?)|coding\s+agents?)\b|\b(?:ai|llm|machine)[- ](?:generated|written|assisted|authored)\b|\bgenerative\s+(?:ai|tool\w*)\b|\bvibe[- ]cod\w*` +
		// "anything touched by ChatGPT, Claude or Copilot", "use an assistant to write tests"
		`|\b(?:touched|helped|assisted)\s+by\s+(?:an?\s+)?(?:ai|llms?|chatgpt|copilot|claude|gemini|codex|ai\s+(?:tools?|assistants?))\b|\b(?:use|using|used)\s+(?:an?\s+|the\s+)?(?:ai\s+|coding\s+|code\s+)?(?:assistant|agent|copilot|chatgpt|claude|llm)\s+to\s+(?:write|generate|draft|code|produce|create)\b`)
	generatedHints = []string{" ai", "ai-", "(ai", "llm", "gpt", "copilot", "claude", "gemini", "codex", "cursor", "assistant", "agent", "generat", "vibe", "machine"}
)

// ownPatchLicenceRE: which licence the asker's own contribution goes under ("whether
// I'm licensing my contribution under the AGPL or MIT", "which should I pick for the
// patch?").
var ownPatchLicenceRE = regexp.MustCompile(`\b(?:licen[cs](?:e|es|ed|ing)|pick|choose|offer|submit)\b[^.?!]{0,30}\b(?:my|our|this|that|the)\s+(?:own\s+)?(?:contributions?|patch(?:es)?|prs?|pull\s+requests?)\b[^.?!]{0,30}\bunder\b|\b(?:which|what)\s+(?:licen[cs]e\s+)?(?:should|do|must|can)\s+(?:i|we)\s+(?:pick|choose|use|put)\b[^.?!]{0,20}\b(?:for|on)\s+(?:my|our|the|this)\s+(?:contributions?|patch(?:es)?|prs?|pull\s+requests?)\b`)

// TopicOf reads the OSPO topic of a question that names no licence.
func TopicOf(text string) string { return topicOf(strings.ToLower(asTyped(text)), false) }

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
