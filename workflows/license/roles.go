package license

import (
	"regexp"
	"slices"
	"strings"
)

// role is what a licence named in a question belongs to.
type role int

const (
	roleNone     role = iota
	roleWork          // the asker's own work, which code goes into
	roleIncoming      // the code taken in
)

// partTakesInRE: a part of a project said to take code in ("can micropython's esp8266 port
// just pull in the pwm driver"): the project is the work the code goes into.
var partTakesInRE = regexp.MustCompile(`^(?:'s|’s)\s+(?:[\w.-]+\s+){0,2}?(?:port|fork|build|firmware|kernel|tree|codebase|repo|core|module|backend|frontend|driver|hal|sdk)\s+(?:just\s+|also\s+|simply\s+|now\s+|still\s+)?(?:pull\s+in|pulls\s+in|use|uses|include|includes|import|imports|bundle|bundles|vendor|vendors|take|takes|link|links|copy|copies|embed|embeds)\b`)

// usesItButIsRE: the words before a licence that give it to what uses the code said
// before ("catkin_virtualenv is gpl and aiorospy uses it but is mit"): that is the work,
// across the "but" that ends a clause for the other rules.
var usesItButIsRE = regexp.MustCompile(`\b(?:uses?|using|depends\s+on|links?(?:\s+(?:to|against))?|imports?|bundles?|includes?|wraps?|calls?|requires?|builds?\s+on|is\s+built\s+on|extends?|subclasses?)\s+(?:it|them|that|this|those)\s+(?:but|and|yet|while|though)\s+(?:itself\s+)?(?:is|are|'s|’s)\s+(?:still\s+|itself\s+|only\s+)?(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+|an?\s+)?$`)

// siteDotRE finds the dot of a site's name ("crates.io", "npmjs.com").
var siteDotRE = regexp.MustCompile(`\b([a-z][\w-]*)\.(io|com|org|net|dev|rs)\b`)

// fileDotRE finds the dot of a file's name ("copying.txt", "setup.py"), which ends no
// sentence.
var fileDotRE = regexp.MustCompile(`\b([a-z][\w-]*)\.(txt|md|rst|json|toml|ya?ml|cfg|ini|py|go|js|ts|c|h|cc|cpp|hpp|java|cs|rb|php|xml|gradle|spec|nix)\b`)

var (
	// workBeforeRE: the words before a licence say it is the work's: "release my fork
	// under the", "we ship a desktop app under", "relicense it as", "my code is".
	workBeforeRE = []*regexp.Regexp{
		// "building my addon from it, can i drop the gpl and go mit": the licence the
		// asker's work goes to.
		regexp.MustCompile(`\b(?:and|then|just|to|simply)\s+go\s+(?:with\s+)?(?:the\s+|plain\s+)?$`),
		// "any licence catch for an lgpl library?": the work a catch is asked for.
		regexp.MustCompile(`\b(?:catch|catches|problem|problems|issue|issues|risk|risks|gotcha|gotchas|concern|concerns)\s+for\s+(?:an?|the|this|that|our|my)\s+$`),
		// "stack gave it a bsd3 license file": the licence the asker's work was labelled with.
		regexp.MustCompile(`\b(?:gave|gives|give|given|added|adds|put)\s+(?:it|them|the\s+(?:project|repo|package|crate|app|library)|our\s+[\w-]+|my\s+[\w-]+)\s+(?:an?\s+|the\s+)?$`),
		// "can my trivial fork just call it gpl2-or-later": the label the asker gives the work.
		regexp.MustCompile(`\b(?:call|calling|label|labelling|labeling|relabel|relabelling|relabeling|mark|marking|tag|tagging|retag|retagging|declare|declaring)\s+(?:it|them|this|the\s+(?:fork|port|project|package|result|copy|files?)|(?:my|our)\s+[\w-]+)\s+(?:as\s+)?(?:the\s+|an?\s+)?$`),
		// "our fork says mit in the readme": the label the asker's own work carries.
		regexp.MustCompile(`\b(?:my|our)\s+(?:[\w'.-]+\s+){0,3}?(?:fork|port|project|repo|app|library|lib|crate|package|plugin|addon|add-on|mod|module|rewrite|version)\s+(?:now\s+|still\s+)?(?:says|lists|declares|carries|claims)\s+(?:it\s+is\s+|it's\s+)?(?:the\s+|an?\s+)?$`),
		regexp.MustCompile(`\b(?:release|releasing|released|bump|bumping|upgrade|upgrading|relicen[cs]e|relicen[cs]ing|re-licen[cs]e|licen[cs]e\s+(?:it|them|this|my|our|mine|ours|the\s+\w+)|licen[cs]ing\s+(?:it|them|this|my|our)|publish|publishes|republishes|publishing|distribute|distributing|ship|shipping|put|putting|offer|offering|change|changing|switch|switching|move|moving|convert|converting|make|making|sell|selling)\b[^,.;?!]{0,50}(?:,\s+(?:with|along\s+with|including|plus)\s+[^,.;?!]{1,30},[^,.;?!]{0,20})?\b(?:under|as|to|into)\s+(?:the\s+|a\s+|an\s+)?(?:plain\s+|regular\s+|standard\s+|normal\s+|vanilla\s+)?(?:licen[cs]e\s+)?$`),
		regexp.MustCompile(`\b(?:my|our)\s+(?:[\w'-]+,?\s+){0,3}(?:[\w'-]+,\s+(?:which|that)\s+)?(?:is|are|was|will\s+be|be|(?:has|have)\s+(?:always\s+)?been)\s+(?:licen[cs]ed\s+|released\s+|distributed\s+|available\s+)?(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`),
		// "Our research group's Python package for the figshare API is": the work, with
		// what it is for (an add-on "for" something still goes into its host).
		regexp.MustCompile(`\b(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:library|lib|package|crate|gem|bindings?|wrapper|tool|app|application|program|sdk|framework|client|cli|script|scripts|codebase)\s+(?:for|around)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'-]+\s+){1,3}?(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`),
		// "can my wp.org plugin bundle it, plugin is gpl2+ like wordpress": the asker's
		// work said again after a comma, its article dropped as chat drops it.
		regexp.MustCompile(`\b(?:my|our)\s+(?:[\w.'-]+\s+){0,3}?` + workNounWords + `\b[^.?!]{0,80}[,;]\s*(?:and\s+)?` + workNounWords + `\s+(?:itself\s+)?(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?$`),
		// "our sms web app kalkun is labelled": the label the asker's own work carries.
		regexp.MustCompile(`\b(?:my|our)\s+(?:[\w'-]+\s+){0,4}(?:is|are)\s+(?:labell?ed|marked|tagged)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?$`),
		// "the cover of my e-book that's CC BY-NC-SA", "our app, which is GPLv3".
		regexp.MustCompile(`\b(?:my|our)\s+(?:[\w'-]+\s+){0,2}[\w'-]+,?\s+(?:that|which)\s*(?:'s|’s|\s+is|\s+are)\s+(?:licen[cs]ed\s+|released\s+|distributed\s+)?(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`),
		// "mgr wants our daemon gplv2+": the licence said right after the asker's own work.
		regexp.MustCompile(`\b(?:my|our)\s+(?:own\s+|new\s+)?(?:[\w-]+\s+)?(?:project|app|application|library|lib|tool|daemon|service|program|codebase|repo|package|plugin|fork|game|firmware|module|crate|gem|extension|theme|sdk|product|software|server|client|bot|cli|site|website|driver)\s+$`),
		// "planning a qgis plugin under MIT that …": the work a message (or a clause after
		// a greeting, "hey all, quick one: planning a …") starts with, its subject left out
		// as chat leaves it.
		regexp.MustCompile(`(?:^|[,;:])\s*(?:(?:currently|now|just)\s+)?(?:planning|writing|building|making|developing|creating|starting|releasing|publishing)\s+(?:a|an|my|our)\s+(?:[\w'.-]+\s+){0,4}(?:licen[cs]ed\s+|released\s+)?(?:under|as)\s+(?:the\s+|a\s+|an\s+)?$`),
		// "I have a project on GitHub under the", "we maintain a library licensed under".
		// "I'm writing a VS Code extension under MIT".
		regexp.MustCompile(`\b(?:i|we)(?:\s+(?:have|maintain|own|run|develop|wrote|write|created|create|made|started|built)|\s*(?:\s+am|\s+are|'m|’m|'re|’re)\s+(?:building|writing|developing|making|creating|maintaining))\s+(?:a|an|my|our|this)\s+(?:[\w'.-]+\s+){0,7}(?:licen[cs]ed\s+|released\s+)?(?:under|as)\s+(?:the\s+|a\s+|an\s+)?$`),
		// "a pull request adds Apache 2.0 code to FontForge, which is GPLv3-or-later": what
		// the code is added to.
		regexp.MustCompile(`\b(?:adds?|adding|added|contribut\w*|submit\w*|merg\w*|port\w*|import\w*|bring\w*|brought|pull\w*|cop(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|put|putting|vendor\w*|includ\w*|upstream\w*)\b[^?!]{0,60}\b(?:to|into)\s+[\w.-]+,?\s+(?:which|that)\s+(?:is|are)\s+(?:licen[cs]ed\s+)?(?:under\s+)?(?:the\s+)?$`),
		// "add a better PWM module to the NodeMCU firmware, which is MIT licensed": the
		// same, the project named with its kind. A move from one thing to another ("moved
		// from gotk3 to the gotk4 bindings, which are agplv3") is a dependency swapped, not
		// code put in.
		regexp.MustCompile(`\b(?:adds?|adding|added|contribut\w*|submit\w*|merg\w*|port\w*|import\w*|bring\w*|brought|pull\w*|cop(?:y|ies|ied|ying)|put|putting|vendor\w*|includ\w*|upstream\w*)\b[^?!]{0,60}\b(?:to|into)\s+(?:the\s+|our\s+|my\s+)?[\w.-]+\s+` + workNounWords + `,?\s+(?:which|that)\s+(?:is|are)\s+(?:licen[cs]ed\s+)?(?:under\s+)?(?:the\s+)?$`),
		// "can mappers trace from them into openstreetmap (odbl)?": the licence said in
		// brackets of what the code goes into.
		regexp.MustCompile(`\b(?:into|in\s+to)\s+(?:the\s+|a\s+|an\s+|our\s+|my\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s*\(\s*$`),
		// "nearly all of its code is GPL-2, but one snippet came from …": the bulk of the
		// code is the work, what came from elsewhere goes into it.
		regexp.MustCompile(`\b(?:(?:nearly|almost|practically|virtually)\s+)?(?:all|most|the\s+bulk|the\s+rest|everything\s+else)\s+(?:of\s+)?(?:its|the|our|my|their|this|that)\s+(?:own\s+)?(?:code|source|sources|source\s+code|files|codebase)\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+)?$`),
		// "I maintain Open DBDiff, which is GPL": the asker's own, named.
		regexp.MustCompile(`\b(?:i|we)\s+(?:maintain|develop|wrote|created|run|own|lead|started)\s+(?:[\w.+-]+\s+){0,2}[\w.+-]+,?\s+(?:which|that)\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+|distributed\s+)?(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`),
		// "their rules require extensions to be GPLv2": the licence the work must have.
		regexp.MustCompile(`\b(?:require|requires|required|demand|demands|mandate|mandates|expect|expects)\s+(?:all\s+|every\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:extensions?|plugins?|themes?|modules?|add-?ons?|addons?|contributions?|projects?|submissions?|apps?|packages?|mods?)\s+(?:to\s+be|be|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+|a\s+|an\s+)?$`),
		// "bundle bsd-2-clause code and still say the whole package is alv2", "call the whole
		// project apache-2.0": the licence the asker gives the whole the code goes into
		// (what someone "says" the whole is, or fears it must be, is not).
		regexp.MustCompile(`\b(?:say|call|label|declare|keep|licen[cs]e|release|ship|publish)\s+(?:that\s+)?the\s+whole\s+(?:thing|package|project|work|app|application|program|product|release|codebase|repo|distribution|tarball|bundle|library|plugin|game|tool)\s+(?:is\s+|as\s+|under\s+)?(?:still\s+)?(?:the\s+|an?\s+)?$`),
		// "can mzcore, and our binaries built on it, really be distributed under": a clause
		// that opens on what the subject, set off by commas, may be released under.
		regexp.MustCompile(`\b(?:can|could|may|might|should|will|would)\s+[\w'.-]+,(?:\s+[\w'.-]+){1,6}?,\s+(?:really\s+|still\s+|actually\s+|legally\s+|then\s+)?(?:be|stay|remain)\s+` + releasedAs + `(?:under|as)\s+(?:the\s+|an?\s+)?$`),
		// "… while the plugin itself is LGPLv3": the whole the code went into.
		regexp.MustCompile(`\b(?:itself|as\s+a\s+whole)\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+)?$`),
		// "I'm working on a project that is GPLv3 only": the asker's own.
		regexp.MustCompile(`\b(?:i|we)\s*(?:'m|’m|am|'re|’re|are)\s+(?:working\s+on|building|writing|developing|maintaining|contributing\s+to)\s+(?:a|an|the|my|our|this)\s+(?:[\w'-]+\s+){0,2}(?:project|app|application|library|program|tool|game|codebase|repo)\s+(?:that|which)\s+(?:is|are|'s)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+)?$`),
		// "take GPL code, rewrite it in Rust and license it MIT": what the result is licensed as.
		regexp.MustCompile(`\b(?:licen[cs]e|relicen[cs]e|release|publish)\s+(?:it|them|this|that|the\s+(?:result|port|fork|rewrite|translation|new\s+\w+)|(?:the|my|our)\s+(?:own\s+)?[\w-]+\s+(?:itself|themselves))\s+$`),
		// "putting out a ros point cloud filter package, thinking gplv3": the licence weighed
		// for the asker's own release.
		regexp.MustCompile(`\b(?:putting\s+out|releasing|publishing|open[- ]?sourcing|launching|starting|writing|building|making)\s+(?:a|an|our|my|the|this)\b[^.?!]{0,60}?,?\s+(?:thinking|considering|leaning\s+towards?|probably|maybe|planning\s+on)\s+(?:of\s+|about\s+)?(?:using\s+)?(?:the\s+|a\s+)?$`),
		// "we are building a GPLv2 kernel module", "I'm writing an MIT CLI": the asker's own.
		regexp.MustCompile(`\b(?:i|we)\s*(?:'re|’re|are|am|'m|’m)\s+(?:building|writing|developing|making|creating|maintaining|designing)\s+(?:a|an|our|my)\s+(?:new\s+|small\s+|little\s+|open[- ]source\s+)?$`),
		// "I'm about to open source a project under GPL 3", "we want to open-source our SDK
		// as": opening up is releasing the asker's own work under that licence.
		regexp.MustCompile(`\b(?:i|we)\s*(?:'m|’m|am|'re|’re|are|will|would\s+like\s+to|want\s+to|plan\s+to|intend\s+to|need\s+to|have\s+to|decided\s+to)?\s*(?:about\s+to\s+|going\s+to\s+|planning\s+to\s+|trying\s+to\s+|finally\s+|now\s+)?open[- ]?sourc(?:e|ing)\s+(?:a|an|my|our|the|this|it|them)\b(?:\s+[\w'-]+){0,3}?\s+(?:under|as)\s+(?:the\s+|a\s+|an\s+)?$`),
		// "base an Apache-2.0 licensed tool on code that is GPLv1": what is based on it.
		regexp.MustCompile(`\b(?:base|basing)\s+(?:a|an|my|our|the|this)\s+(?:new\s+|own\s+)?$`),
		// "a library that I license as GPL 3.0", "we release it under".
		regexp.MustCompile(`\b(?:i|we)\s+(?:license|licence|release|publish|distribute|offer)\s+(?:it\s+|them\s+|this\s+|everything\s+)?(?:under|as)\s+(?:the\s+|a\s+|an\s+)?$`),
		// "we maintain a daemon that is GPL v2": the asker's own, whatever it is.
		regexp.MustCompile(`\b(?:i|we)\s+(?:maintain|own|develop|wrote|created|made|sell|ship|run|have)\s+(?:a|an|our|my)\s+(?:[\w-]+\s+){1,2}(?:that|which)\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+)?$`),
		// "I maintain an ISC-licensed package", "we wrote a GPL tool": the asker's own.
		regexp.MustCompile(`\b(?:i|we)\s*(?:'m\s+|’m\s+|am\s+|are\s+|'re\s+)?(?:maintain|maintaining|own|develop|developing|wrote|write|writing|created|create|creating|started|publish|published|released|author|authored)\s+(?:a|an|my|our|this)\s+(?:[\w'-]+\s+){0,2}$`),
		// "can it be used in GPL-2.0-only software?", "may it be included in other GPL
		// projects": what the code is used in, said by its licence.
		regexp.MustCompile(`\b(?:used|usable|included|linked|bundled|shipped|embedded|incorporated)\s+(?:in|into|inside|within)\s+(?:other\s+|any\s+)?$`),
		// "used in a project licensed under", "into an app that is released under".
		regexp.MustCompile(`\b(?:into|in|inside|within|for)\s+(?:a|an|the|my|our|this|their|his|her)\s+(?:[\w'-]+\s+){0,2}(?:project|projects|codebase|repo|repository|product|application|app|program|work|game|firmware|service|system|platform|fork|library|module|plugin|extension|tool)\s+(?:that\s+|which\s+)?(?:is\s+|are\s+)?(?:(?:licen[cs]ed|released|distributed|published|available)\s+(?:under|as)|licen[cs]ed)\s+(?:the\s+|a\s+|an\s+)?$`),
		// "merge some BSD software into a project that is GNU GPL version 2": what code
		// goes into, said to be under a licence.
		regexp.MustCompile(`\b(?:into|inside)\s+(?:a|an|the|my|our|this|their)\s+(?:[\w'-]+\s+){0,2}(?:project|projects|codebase|repo|repository|product|application|app|program|work|game|firmware|platform|fork|library|module|plugin|package|tool)\s*,?\s+(?:that|which)\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+|a\s+|an\s+)?$`),
		// "can GPLv3 code be included in a larger project under MPL 2.0?"
		regexp.MustCompile(`\b(?:into|in|inside|within)\s+(?:a|an|the|my|our|this|their)\s+(?:[\w'-]+\s+){0,2}(?:project|projects|codebase|repo|repository|product|application|app|program|work|game|firmware|platform|fork)\s+under\s+(?:the\s+|a\s+|an\s+)?$`),
		// "I'd like future versions to be GPLv3 or later": the asker's next releases.
		regexp.MustCompile(`\b(?:future|new|next|upcoming|later|all\s+new)\s+(?:versions?|releases?)\s+(?:will\s+|would\s+|to\s+|should\s+|can\s+)?(?:be|go\s+out|come\s+out|ship)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`),
		// "can the mod be MIT", "can it be released under", "may my app stay".
		regexp.MustCompile(`\b(?:can|could|may|might|should|must|will|would|does|do)\s+(?:the|my|our|this|that|it|i|we|they)\b(?:\s+[\w'-]+){0,3}?(?:\s+as\s+a\s+whole)?(?:\s+(?:really|still|actually|legally|then))?\s+(?:be|stay|remain|become|keep)\s+(?:(?:really|still|actually|legally|just|simply)\s+)?` + releasedAs + `(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`),
		regexp.MustCompile(`\b(?:my|our)\s+(?:[\w'-]+\s+){0,3}(?:licen[cs]ed\s+|released\s+)?(?:under|as)\s+(?:the\s+|a\s+|an\s+)?$`),
		regexp.MustCompile(`\b(?:we|i)\s*(?:'re|’re|are|am|'m|’m)\s+(?:an?\s+|the\s+|all\s+|fully\s+)?$`),
		// "… but we relicensed to MIT last year": the licence the work moved to.
		regexp.MustCompile(`\b(?:i|we)\s+(?:have\s+|just\s+|recently\s+|finally\s+)*(?:relicen[cs]ed|re-licen[cs]ed|switched|moved|changed|migrated)\s+(?:it\s+|everything\s+|(?:our|my|the)\s+(?:[\w-]+\s+){0,2})?(?:over\s+)?to\s+(?:the\s+)?$`),
		// "we picked MIT", "if we pick EPL 2.0 for the binding": the licence chosen.
		regexp.MustCompile(`\b(?:i|we)\s+(?:chose|picked|have\s+chosen|went\s+with|pick|choose|opt\s+for|settle\s+on|licen[cs]e\s+(?:it|everything|our\s+code|my\s+code)\s+(?:under|as))\s+(?:the\s+)?$`),
		// "my go tool is going up on github as", "our app goes out as": the asker's own
		// work, said as it is published.
		regexp.MustCompile(`\b(?:my|our)\s+(?:[\w'-]+\s+){0,3}(?:(?:is|are|'s|’s)\s+(?:going|about\s+to\s+go|being\s+(?:put|pushed|published|released))|goes|go|will\s+go)\s+(?:up|out|live|public)?\s*(?:(?:on|to)\s+[\w.-]+\s+)?(?:as|under)\s+(?:the\s+|a\s+|an\s+)?$`),
	}
	// copiedIntoProjectRE: the words before a project say code is copied into it: "just be
	// copied into the".
	copiedIntoProjectRE = regexp.MustCompile(`\b(?:be\s+|get\s+|is\s+|are\s+)?(?:copied|merged|added|included|upstreamed|contributed|landed|submitted|ported|put|pasted)\s+(?:straight\s+|directly\s+|back\s+)?(?:into|in)\s+(?:the\s+|a\s+|an\s+)?$`)
	// mayBeAskedRE: the words before a licence ask whether a work may have it: "can the
	// example really be", "could our plugin stay", "can mzcore, and our binaries built on
	// it, really be distributed under".
	mayBeAskedRE = regexp.MustCompile(`\b(?:can|could|may|might)\s+(?:(?:the|my|our|this|that|it)\b(?:\s+[\w'-]+){0,3}?(?:\s+as\s+a\s+whole)?|[\w'.-]+,(?:\s+[\w'.-]+){1,6}?,)\s+(?:really\s+|still\s+|actually\s+|legally\s+)?(?:be|stay|remain)\s+` + releasedAs + `(?:under\s+|as\s+)?(?:the\s+|an?\s+)?$`)

	// resultRE: the words before a licence say it is the licence of the whole that code
	// is combined into: "if the result is treated as", "the combined work would be
	// released under".
	resultRE = regexp.MustCompile(`\b(?:result|resulting\s+[\w-]+|combined\s+(?:work|program|product|code)|combination|whole(?:\s+thing)?|derivative(?:\s+work)?|final\s+(?:product|work|binary|program)|end\s+product)\s+(?:(?:is|was|be|being|will\s+be|would\s+be|can\s+be|could\s+be|must\s+be|has\s+to\s+be|gets?)\s+)?(?:(?:treated|released|licen[cs]ed|distributed|published|considered|shipped|seen|regarded|relicen[cs]ed)\s+)?(?:as|under)\s+(?:the\s+|a\s+|an\s+)?$`)
	// subjectAfterRE: the licence qualifies the subject of a verb of taking code in:
	// "GPL software links to Apache libraries", "a GPLv2 program uses".
	subjectAfterRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s+)?(?:software|code|program|programs|app|apps|application|applications|project|projects|tool|tools|codebase|product|service|binary|plugins?|themes?|modules?|extensions?|library|libraries|packages?|crates?|firmware|games?|mods?|drivers?)\s+(?:links?\s+(?:to|against|with|it|them|this|that)\b|uses|use|calls?|includes?|imports?|depends?\s+on|bundles?|embeds?|statically\s+links?|dynamically\s+links?|loads?|pulls?\s+in|pulling\s+in|brings?\s+in|vendors?|wants\s+to\s+(?:use|include|link|bundle)|(?:keep|keeps|continue|continues|go\s+on)\s+(?:to\s+)?(?:using|bundling|shipping|including|vendoring|embedding|linking|importing|use|bundle|ship|include|vendor|embed|link|import)\s+(?:it|them|this|that)\b)\b`)
	// forMineRE: the licence is said to be for the asker's own work: "the MIT license
	// for my project", "GPLv3 on our code".
	forMineRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]e\s+)?(?:for|on)\s+(?:my|our)\s+(?:own\s+|new\s+)?(?:project|projects|code|app|application|library|work|repo|repository|software|product|game|package|tool|plugin|fork|codebase)\b|^[\s-]*(?:licen[cs]e\s+)?to\s+(?:their|his|her|the|our|my)\s+fork\b`)
	// fromUserRE and useVerbRE: "use an LGPL library from Apache code", "call GPL code
	// from an MIT app": the second licence is where the first is used.
	fromUserRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s+)?(?:[\w-]+\s+){0,2}(?:from|by|within|inside)\s+(?:a|an|the|my|our|their|some)?\s*$`)
	useVerbRE  = regexp.MustCompile(`\b(?:use|using|call|calling|link|linking|access|accessing|import|importing|load|loading|invoke|invoking)\b(?:\s+[\w'-]+){0,2}\s*$`)
	// workAfterRE: the words after a licence say its holder takes code in: "vcmi is GPL2+
	// and bundles fuzzylite", "an MIT tool that depends on".
	// isBeforeRE: the licence is said of a subject ("vcmi is", "the tool is licensed
	// under"), which workAfterRE then says takes code in.
	isBeforeRE  = regexp.MustCompile(`\b(?:is|are|was|were)\s+(?:licen[cs]ed\s+|released\s+|published\s+|distributed\s+|available\s+|labell?ed\s+|marked\s+)?(?:under\s+|as\s+)?(?:the\s+|an?\s+)?$|\b(?:says|say|reads|declares|lists)\s+(?:it'?s\s+|it\s+is\s+)?["'“‘]?$|[\w.-]\s*\(\s*$`)
	workAfterRE = regexp.MustCompile(`^[\s,)-]*(?:licen[cs]ed\s*)?(?:(?:crate|package|library|lib|project|app|application|tool|module|gem|plugin|program)\s*)?(?:,\s*)?(?:and|which|that|but|it|yet|though|while|so)?\s*(?:it\s+|yet\s+it\s+|but\s+it\s+)?(?:(?:it|its\s+(?:[\w-]+\s+){0,2}|one\s+of\s+its\s+[\w-]+\s+)\s*)?(?:also\s+|now\s+|already\s+)?(?:bundles|includes|uses|links(?:\s+(?:to|against))?|embeds|depends\s+on|ships(?:\s+with)?|contains|incorporates|vendors|pulls\s+in|brings\s+in|statically\s+links|dynamically\s+links|imports|wants|needs|wraps|would\s+like|wants\s+to\s+(?:use|include|bundle|link|embed|vendor|incorporate)|(?:someone|somebody|they|we|i|(?:a|an|the|one|some)\s+(?:new\s+)?(?:pr|pull\s+request|patch|contributor|commit|change|merge\s+request))\s+(?:just\s+|recently\s+)?(?:merged|added|pulled\s+in|brought\s+in|introduced|vendored|imported))\b`)
	// pullsItInRE: the subject takes in what was named before: "could gcc (gpl) pull it in".
	pullsItInRE = regexp.MustCompile(`^[\s,)-]*(?:(?:could|can|would|will|may|might)\s+)?(?:pull|bring|take)\s+(?:it|them|this|that)\s+in\b`)
	// possessiveRE: "our GPL app", "my MIT-licensed project", "our standard gpl header".
	possessiveRE = regexp.MustCompile(`\b(?:my|our|your|their|his|her)\s+(?:own\s+|existing\s+|new\s+|standard\s+|usual\s+|normal\s+|default\s+|current\s+)?$`)
	// intoRE: "into a GPLv2 project", "in an MIT app".
	intoRE = regexp.MustCompile(`\b(?:into|in|inside|within|for|to)\s+(?:a|an|the|this|my|our)?\s*(?:existing\s+|new\s+)?$`)
	// incomingBeforeRE: a verb of taking code in shortly before: "uses", "bundle a",
	// "fork of an", "code from a", "depends on".
	incomingBeforeRE = regexp.MustCompile(`\b(?:runs|running|use|uses|using|used|include|includes|including|included|incorporate|incorporates|incorporating|bundle|bundles|bundling|bundled|link|links|linking|linked|import|imports|importing|copy|copies|copying|copied|embed|embeds|embedding|vendor|vendored|vendoring|depend|depends|depending|fork|forks|forked|forking|from|based|derived|port|porting|ported|rewrite|rewrites|rewrote|rewritten|rewriting|reimplement|reimplemented|reimplementing|translate|translated|translating|clone|cloned|cloning|inspired|take|taking|borrow|borrowing|reuse|reusing|wrap|wrapping|call|calls|calling|integrate|integrating|add|adding|contains|containing|pull|pulls|pulled|pulling|brings|bring|bringing|brought|require|requires|leverage|leveraging|consume|consuming|modify|modifying|extend|extending|found|find|discovered|came\s+across|of|built\s+on|builds\s+on|building\s+on)\b(?:\s+[\w'-]+,?){0,3}[\s(]*$|\b(?:use|uses|using|copied|copy|copying|taken|took|imported|import|importing|pulls?\s+in|depends\s+on|depend\s+on)\s+(?:[\w'.-]+\s+){1,3}[\w'.-]+,\s+which\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+)?$`)
	// codeNounBeforeRE: "a library that is", "the code is licensed under", "a package under",
	// "it says" opening a sentence (not "won't merge while it says", of a manifest).
	codeNounBeforeRE = regexp.MustCompile(`\b(?:library|libraries|lib|libs|code|component|components|module|modules|package|packages|dependency|dependencies|snippet|snippets|file|files|sdk|framework|plugin|plugins|font|fonts|project|tool|program|software|engine|driver|crate|gem|script|scripts|function|class|theme|it|they|which|that)(?:\s+(?:that|which))?(?:\s+(?:is|are|was|were|licen[cs]ed|released|distributed|available|published|provided|ships|shipped|comes|came)|['’]s)\s+(?:licen[cs]ed\s+|released\s+|available\s+)?(?:under\s+|as\s+|with\s+)?(?:the\s+|a\s+|an\s+)?$|\b(?:library|libraries|lib|code|component|module|package|dependency|snippet|sdk|framework|plugin|crate|gem|files?)\s+under\s+(?:the\s+|a\s+|an\s+)?$|(?:^|[.?!;]\s+|\b(?:and|but)\s+)(?:it|they)\s+(?:says|say|said)\s+(?:it'?s\s+|it\s+is\s+)?(?:licen[cs]ed\s+)?(?:under\s+)?(?:the\s+)?$`)
	// codeNounStrictRE: "a library licensed under the": code taken in, even after a verb
	// of releasing ("we distribute a library licensed under the LGPL").
	codeNounStrictRE = regexp.MustCompile(`\b(?:library|libraries|lib|libs|code|component|components|module|modules|package|packages|dependency|dependencies|snippet|snippets|sdk|framework|frameworks|plugin|plugins|font|fonts|crate|gem|script|scripts|theme|themes|template|templates|engine|toolkit|class|classes|file|files|header|headers|routine|routines|function|functions|helper|helpers|source\s+files?)\s+(?:that\s+|which\s+)?(?:(?:is|are)\s+)?(?:licen[cs]ed|released|available|distributed|ships|shipped|comes|came|provided)\s+(?:under|as|with)\s+(?:the\s+|a\s+|an\s+)?$|\b(?:library|libraries|lib|code|component|module|package|dependency|snippet|sdk|framework|plugin|crate|gem)\s+(?:that|which)\s+(?:is|are)\s+(?:the\s+|a\s+|an\s+)?$`)
	// eitherWayRE: the question leaves the direction open ("can one include the other?").
	eitherWayRE = regexp.MustCompile(`\b(?:one|either)\b.{0,30}\b(?:the other|other one)\b|\beach other\b|\bvice versa\b|\bboth (?:ways|directions)\b|\bin both directions\b|\beither (?:direction|way)\b|\bwhich (?:one )?(?:can |may )?(?:go|goes|be put) (?:into|in) which\b|\bwhich into which\b|\bwhich (?:one\s+)?(?:[\w']+\s+){0,4}(?:into|in|inside) which\b|\bwhich (?:direction|way)s?\b|\bor (?:only )?(?:just )?one[- ]way\b|\bthe other way (?:round|around)\b|\bthe reverse\b|\bconversely\b|\bbetween (?:them|the two)\b`)
	clauseEndRE = regexp.MustCompile(`[.;?!]\s|\bbut\b|\bwhile\b|\bwhereas\b`)
	// relicenseRE: the question is about moving code to another licence.
	relicenseRE      = regexp.MustCompile(`\b(?:relicen[cs]|bump(?:ing)? (?:it|the licen[cs]e|the project) to|re-licen[cs]|change the licen[cs]e|changing the licen[cs]e|switch(?:ing)? (?:the licen[cs]e )?(?:from|to)|move (?:it |the project )?(?:from|to)|convert(?:ing)? (?:it |the project )?(?:from|to))`)
	proprietaryRE    = regexp.MustCompile(`\b(?:proprietary|closed[- ]?source|(?:stay|stays|remain|remains|kept|keep\s+(?:it|them|our\s+\w+|my\s+\w+))\s+closed\b|\b(?:ship|ships|shipping|sell|sells|selling|release|releasing|distribute|distributing)\s+(?:it\s+|them\s+)?closed\b|closed\s+(?:[\w-]+\s+)?(?:app|apps|application|product|software|program|game|engine|firmware|code|binary|binaries|library|sdk|tool|project|platform|system|compiler|daemon|driver|plugin|plug-in|client|server|backend|component|utility|executable|exe|service)\b|non[- ]?free|commercial\s+(?:app|application|product|software|program|game|tool|sdk|library|service|project|code|firmware|offering|product)|in[- ]house\s+(?:app|application|product|software|tool)|not\s+open[- ]?source|without\s+(?:releasing|publishing|opening|sharing)\s+(?:my|our|the)\s+(?:own\s+)?(?:source|code))`)
	proprietaryHints = []string{"proprietary", "closed", "free", "commercial", "in-house", "in house", "open", "without"}
	meaningRE        = regexp.MustCompile(`\bis\s+(?:the\s+)?public\s+domain\s+(?:really\s+|basically\s+|just\s+)?(?:the\s+same\s+(?:thing\s+)?as|equivalent\s+to|different\s+from)\b|\b(?:would|is|does|will)\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:actually\s+|really\s+|even\s+)?(?:be\s+)?any\s+different\b|\b(?:the\s+)?same\s+(?:thing\s+)?as\s+(?:(?:putting|releasing|dedicating)\s+(?:it|code|something)\s+(?:in(?:to)?\s+)?)?(?:the\s+)?public\s+domain\b|\b(?:is|isn'?t) (?:that|this|it) (?:really |actually |truly )?what\b[^?!]{0,40}\b(?:demands?|requires?|says?|means?|asks?)\b|\b(?:does|do) (?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:really|actually|truly)\s+(?:demand|require|say|mean|ask)\b|\b(?:does|do)\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]es?)?\s+(?:actually\s+|really\s+|even\s+|also\s+)?(?:allow|allows|permit|permits|let|lets|forbid|prohibit|prevent|stop)\s+(?:that|this|it|people|others|anyone|them|someone|reselling|selling|resale)\b|\b(?:does|do)\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,2}?\s+(?:licen[cs]es?\s+)?(?:require|requires|demand|oblige)\s+(?:an?|the|any|me|us|you|that|attribution|credit|a\s+link|notice|notices)\b|\bwhat\s+(?:exactly\s+)?(?:does|do|is|are)\b.{0,60}\b(?:mean|means|require|requires|entail|imply|count|need|involve|attribution|let\s+(?:me|us|you)\s+do|allow\s+(?:me|us|you)\s+to\s+do|permit)\b|\bmeaning\b|\battribution\b|\bgive credit\b|\bhow (?:exactly )?(?:do|should|must|can) (?:i|we) (?:properly |correctly |best )?(?:comply|attribute|credit|cite)\b|\bwhat (?:do|must|should) (?:i|we) (?:have to |need to )?(?:do|include|keep|provide)\b|\bobligations?\b|\brequirements?\b|\b(?:only|or later)\s+or\b|\b(?:do|must|should) (?:i|we) (?:have|need) to\b|\bam i required\b|\bare we required\b|\b(?:drop|remove|strip|delete)\w*\b[^.?!]{0,40}\b(?:header|headers|notice|notices|copyright|licen[cs]e (?:text|header|file)|comments?)\b|\b(?:need|have) to (?:keep|credit|include|mention|attribute|show|display|list)\b[^.?!]{0,50}\b(?:header|headers|notice|notices|credit|attribution|licen[cs]e|copyright|author|authors|comments?)\b|\bhow (?:do|should) (?:i|we) comply\b|\bcomply with\b|\b(?:do|must|should)\s+(?:i|we)\s+(?:really\s+|still\s+|actually\s+|even\s+)?(?:need|have)\b[^.?!]{0,40}\b(?:header|headers|notice|notices|copyright|copying|attribution|credits?)\b|\b(?:is|are)\s+(?:one|a single|a|the|just\s+(?:one|a|the))\s+[^.?!]{0,30}\b(?:file|notice|header|readme|mention)\s+(?:enough|sufficient)\b|\bis\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]e)?\s+(?:ok|okay|good|suitable|fine|appropriate|meant)\s+for\s+(?:source\s+)?(?:code|software|docs|documentation|data|fonts|art|assets|a\s+library|libraries)\b`)
	// definitionRE asks where a licence draws a line ("what counts as distribution under
	// the MPL?", "does the runtime exception cover libgomp?"): its meaning, even when the
	// words name a use.
	definitionRE = regexp.MustCompile(`\bwhat\s+(?:exactly\s+)?(?:counts?|qualifies|is counted|is considered)\s+as\b|\bwhat\s+(?:exactly\s+)?(?:does|do|is|are)\s+(?:the\s+(?:term|word|phrase|clause)\s+)?["'“‘][^"'”’?]{1,40}["'”’]\s+(?:\w+\s+){0,2}?(?:mean|means|cover|covers|include|includes|refer\s+to|require|requires)\b|\bmean\s+by\s+["'“‘]|\bwhat\s+is\s+meant\s+by\b|\b(?:does|do|would|will)\s+(?:the\s+|its\s+|this\s+|that\s+)?[^.?!]{0,40}\bexceptions?\s+(?:also\s+|really\s+|even\s+)?(?:cover|covers|apply to|extend to|include)\b|\bcovered by the\b[^.?!]{0,40}\bexception\b` +
		// "The MPL 2.0 definition of 'Larger Work' talks about …", "how does the GPL define 'program'?"
		`|\bdefinitions?\s+of\s+(?:the\s+)?(?:terms?\s+|words?\s+)?["'“‘]|\bhow\s+(?:does|do)\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+define\b` +
		// "if some user did something evil with it, who would be breaking the licence?"
		`|\bwho\s+(?:would\s+be|is|'s|will\s+be|would\s+then\s+be)\s+(?:the\s+one\s+)?(?:breaking|violating|breaching|infringing|in\s+breach\s+of)\b` +
		// "LGPLv3 in plain words?", "explain the MPL like i'm five", "tl;dr of the EUPL?"
		`|\b(?:in|into)\s+plain\s+(?:words|english|terms|language)\b|\bexplain(?:ed)?\s+(?:it\s+|this\s+|[\w.+-]+\s+)?(?:simply|like\s+i'?m\s+five)\b|\beli5\b|\btl;?\s?dr\b`)
	differenceRE = regexp.MustCompile(`\btell\b[^.?!]{0,40}\b(?:from|apart)\b|\b(?:how\s+(?:can|do|would|could)\s+(?:i|we|you|one)\s+)?tell\s+(?:if|whether|which)\b|\bdistinguish\b|\b(?:is|isn'?t|are) (?:it|that|this|they) (?:basically|essentially|more or less|just)\b|\b(?:pick|picking|choose|choosing|decide|deciding) between\b|\bwhat does\b[^.?!]{0,30}\b(?:add|offer|give|buy)\b|\bwhat\s+(?:does|do|would|will)\b[^.?!]{0,30}\b(?:ask|asks|require|requires|demand|demands|need|needs|expect|expects)\b[^.?!]{0,15}\b(?:beyond|on\s+top\s+of|over\s+and\s+above|more\s+than)\b|\bthat\s+(?:the\s+)?[\w.+-]+\s+(?:doesn'?t|does\s+not|lacks|can'?t|cannot)\s*(?:\?|$)|\bwhat (?:do|would|will|did) (?:we|i|you) (?:actually |really )?(?:lose|gain|give up|get)\b|\b(?:is|are|was)\s+(?:it|that|this|they|the\s+[\w.+-]+|[\w.+-]+(?:\s+v?\d[\w.+-]*)?)\s+(?:basically\s+|essentially\s+|just\s+|really\s+|actually\s+)?(?:the\s+)?same (?:thing |deal |idea )?as\b|\bdifferen(?:ce|t|ces)\b|\b(?:is|are|isn'?t|aren'?t)\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]e)?\s+(?:really\s+|basically\s+|functionally\s+|essentially\s+|just\s+|practically\s+)?(?:equivalent|identical|similar|comparable)\s+to\b|\bvs\.?(?:\s|$)(?:[^c]|c[^o]|co[^d]|$)|\bversus\b|\bcompare[ds]?\b|\bcomparison\b|\bdiffer\b` +
		// "why agpl instead of plain gpl for a command line client?": what one gives that
		// the other does not.
		`|\bwhy\s+[\w.+-]+\s+(?:instead\s+of|rather\s+than)\s+(?:plain\s+|the\s+|regular\s+|normal\s+|ordinary\s+)?[\w.+-]+` +
		// "the Unlicense and CC0 both mean 'no strings', so they're interchangeable"
		`|\binterchangeabl[ey]\b|\bboth\s+mean\b|\b(?:are|aren'?t)\s+(?:they|these|those|the\s+two)\s+(?:basically\s+|essentially\s+|really\s+|just\s+)?the\s+same\b`)
	toolUseRE = regexp.MustCompile(`\b(?:compil\w*|build\w*|built|develop\w*|edit\w*|writ\w*|debug\w*|run\w*|made|make|making|creat\w*|render\w*|design\w*|draw\w*|produc\w*|generat\w*|model\w*)\b[^.?!]{0,40}\b(?:with|using|by|in|on)\b|\b(?:use|using|used)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:to|for)\s+(?:compil|build|develop|edit|writ|debug|make|creat|render|design|draw|produc|generat|model)`)
)

// callIntoRE: code called, not code gone into: "call into gpl code", "hooks into the".
var callIntoRE = regexp.MustCompile(`\b(?:call|calls|calling|called|tap|taps|tapping|hook|hooks|hooking|reach|reaches|reaching)\s+into\s+(?:the\s+|an?\s+|its\s+|their\s+|some\s+)?$`)

// compelledMoveRE: the asker asks whether they are forced to move their work to the
// licence named next: "do we need to switch to", "are we forced to relicense under".
var compelledMoveRE = regexp.MustCompile(`\b(?:need|needs|have|has|had|must|forced|required|obliged|obligated|compelled)\s+(?:to\s+)?(?:now\s+|then\s+|also\s+)?(?:switch|change|move|relicen[cs]e|convert|migrate)\s+(?:(?:it|everything|the\s+[\w-]+|our\s+[\w-]+|my\s+[\w-]+)\s+)?(?:over\s+)?(?:to|under)\s+(?:the\s+|an?\s+)?$`)

// readRoles reads, for each licence a question names, whether it is the asker's own
// work's or the code's taken in, from the words of its clause before it and the word
// after it. Work cues are read first: "release my fork of an MIT project under the GPL"
// has a verb of taking ("fork of") before MIT and of releasing before GPL.
// listedNextRE: what stands between a licence taken in and the next one named in the
// same list ("ExoPlayer (Apache 2.0) and an LGPL ffmpeg build", "… (MIT) and ffmpeg
// (LGPL)"); listedNext checks that the names in it are no clause of their own ("… and
// is GPL").
var listedNextRE = regexp.MustCompile(`^[\s)]*,?\s*(?:and|plus|&)\s+(?:also\s+)?(?:(?:an?|the|some)\s+)?((?:[\w.+-]+\s+){0,2})\(?\s*$`)

func listedNext(gap string) bool {
	m := listedNextRE.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		switch w {
		case "is", "are", "was", "were", "be", "it", "its", "we", "our", "my", "i", "they", "their", "has", "have", "uses", "use", "under", "licensed", "licenced":
			return false
		}
	}
	return true
}

func readRoles(lower string, f found) (roles []role, result int) {
	roles, result = make([]role, len(f.ids)), -1
	if strings.Contains(lower, ".") {
		// "relicense our GPL-3.0 tool to MIT": a version's dot is no sentence's end; the
		// clause rules read the text with it masked (same length, so positions hold).
		lower = versionDotRE.ReplaceAllString(lower, "${1}_${2}")
		// "put it on crates.io as mit": a site's name is no sentence's end either.
		lower = siteDotRE.ReplaceAllString(lower, "${1}_${2}")
	}
	owned := make([]bool, len(f.ids)) // said of the asker's own code ("my library is MIT")
	dests := destinations(lower)
	prevEnd := func(pos int) int {
		end := -1
		for _, at := range f.at {
			if at[1] <= pos && at[1] > end {
				end = at[1]
			}
		}
		for _, ms := range f.again {
			for _, m := range ms {
				if m.at[1] <= pos && m.at[1] > end {
					end = m.at[1]
				}
			}
		}
		return end
	}
	// copiedInto: the mention at is of a well-known project that code is copied into
	// ("Can a Zephyr driver just be copied into the Linux kernel?"): where it goes,
	// though the verb alone reads as code taken in.
	copiedInto := func(at [2]int) bool {
		return at[0] >= 0 && at[0] <= len(lower) && namesProject(lower, at) && copiedIntoProjectRE.MatchString(lower[max(0, at[0]-60):at[0]])
	}
	for i, at := range f.at {
		spots := []mention{{at, f.next[i]}}
		spots = append(spots, f.again[i]...)
		for k, m := range spots {
			r, own := roleAt(lower, m.at[0], prevEnd(m.at[0]), m.next)
			if m.at[1] >= 0 && m.at[1] <= len(lower) && (subjectAfterRE.MatchString(lower[m.at[1]:]) || forMineRE.MatchString(lower[m.at[1]:]) || partTakesInRE.MatchString(lower[m.at[1]:])) {
				r, own = roleWork, false // "GPL software links to …": the subject takes code in
			}
			if namesProject(lower, m.at) && m.at[1] >= 0 && m.at[1] <= len(lower) && projectTakesItRE.MatchString(lower[m.at[1]:]) {
				r, own = roleWork, false // "can wordpress core ship it?": the project takes the code in
			}
			if usersTakeAfter(lower, m.at) || worksThatAreTake(lower, m.at) {
				r, own = roleWork, false // "gpl projects can't use it": where the asker's code would go
			}
			if copiedInto(m.at) || m.at[0] >= 0 && m.at[0] <= len(lower) && usesItButIsRE.MatchString(lower[max(0, m.at[0]-70):m.at[0]]) {
				r = roleWork
			}
			if r != roleWork && ownedNounAfter(lower, m.at) {
				r, own = roleWork, true // "use it in my mit factorio mod": the asker's own, its noun two words on
			}
			if goesInAfter(lower, m.at) {
				r = roleIncoming // "our mit-licensed plugin can't go into obs": the asker's code, going in
			}
			if putOn(lower, m.at) {
				r, own = roleWork, true // "take wtfpl code, slap gplv3+ on it": the licence of the asker's version
			}
			if r != roleWork && f.projects[i] == nil && m.at[1] >= 0 && m.at[1] <= len(lower) && workBuiltWithRE.MatchString(lower[m.at[1]:]) {
				// "ship a gplv3 vst3 plugin built with juce": the licence of the thing built;
				// what it is built with goes in. A project's name there ("the irssi plugin
				// built on it") says what the thing is for.
				r, own = roleWork, false
			}
			if platformOfWork(lower, m.at) {
				r = roleWork // "port a linux driver into my zephyr application? zephyr is apache": what the work is built on
			}
			if m.at[0] >= 0 && m.at[1] <= len(lower) && takenUnderRE.MatchString(lower[max(0, m.at[0]-40):m.at[0]]) &&
				!optionPickedAfterRE.MatchString(lower[m.at[1]:]) && !choiceRE.MatchString(lower) {
				// "someone wants to take it under gplv3": the licence the code goes under; not
				// an option of a choice picked ("take it under MIT only", "use it under the
				// Ruby licence or the 2-clause BSD").
				r, own = roleWork, false
			}
			if r == roleNone && m.at[0] >= 0 && m.at[1] <= len(lower) && (layerOfItRE.MatchString(lower[max(0, m.at[0]-50):m.at[0]]) || layerAfterRE.MatchString(lower[m.at[1]:])) {
				r = roleIncoming // "sharp is Apache 2.0 but the libvips underneath it is LGPL": the layer it is built on
			}
			if r == roleNone {
				continue
			}
			roles[i], owned[i] = r, own
			if r != roleWork {
				// A later mention that says the licence is the work's outranks what an
				// earlier one was read as: the asker's own ("built on Home Assistant and
				// our code is Apache 2.0 like HA"), what the question asks the work may
				// be ("can the example really be MIT?"), or a project code is copied into.
				for _, later := range spots[k+1:] {
					if later.at[0] < 0 || later.at[0] > len(lower) {
						continue
					}
					r2, own2 := roleAt(lower, later.at[0], prevEnd(later.at[0]), later.next)
					if r2 == roleWork && (own2 || mayBeAskedRE.MatchString(lower[max(0, later.at[0]-100):later.at[0]])) || copiedInto(later.at) || workNamedIn(lower, later.at) {
						roles[i], owned[i] = roleWork, own2
						break
					}
				}
			}
			break
		}
		if roles[i] != roleWork && i > 0 && roles[i-1] == roleIncoming && at[0] >= 0 && at[0] <= len(lower) && f.at[i-1][1] >= 0 && f.at[i-1][1] <= at[0] &&
			fromUserRE.MatchString(lower[f.at[i-1][1]:at[0]]) && useVerbRE.MatchString(lower[max(0, f.at[i-1][0]-40):f.at[i-1][0]]) {
			roles[i] = roleWork // "use an LGPL library from Apache licensed code": where it is used
		}
		if roles[i] == roleNone && takenInBracket(lower, at[0]) {
			roles[i] = roleIncoming // "a discord bot with discord.py (MIT)": what it is built with
		}
		if roles[i] == roleNone && i > 0 && roles[i-1] == roleIncoming && f.at[i-1][1] >= 0 && f.at[i-1][1] <= at[0] && at[0] <= len(lower) &&
			listedNext(lower[f.at[i-1][1]:at[0]]) {
			roles[i] = roleIncoming // "our app uses ExoPlayer (Apache 2.0) and an LGPL ffmpeg build": one more thing used
		}
		if roles[i] == roleNone && f.projects[i] != nil {
			for _, m := range spots {
				if m.at[0] >= 0 && m.at[0] <= len(lower) && intoRE.MatchString(lower[max(0, m.at[0]-30):m.at[0]]) {
					roles[i] = roleWork // "can our Apache-2.0 files go into coreboot?": the project is where they go
					break
				}
			}
		}
		if roles[i] != roleWork {
			for _, m := range spots {
				if saidOfDestination(lower, m.at[0], dests) {
					roles[i] = roleWork // "can cc0 samples go into freedoom, which is bsd licensed?"
					break
				}
			}
		}
		if m := spots[0]; m.at[0] >= 0 && m.at[0] <= len(lower) && resultRE.MatchString(lower[max(0, m.at[0]-80):m.at[0]]) {
			roles[i], result = roleWork, i
		}
		if roles[i] != roleWork {
			// "viuer is an MIT crate, yet it depends on …": the subject said to take code
			// in is the work, whatever the noun after its licence says of it alone; but not
			// a name in brackets after a verb of taking in ("our firmware runs FreeRTOS
			// (MIT) and uses lwIP"), whose subject is the asker's work.
			for _, m := range spots {
				if roles[i] == roleIncoming && takenInBracket(lower, m.at[0]) {
					break
				}
				if m.at[1] >= 0 && m.at[1] <= len(lower) && m.at[0] <= len(lower) && isBeforeRE.MatchString(lower[max(0, m.at[0]-30):m.at[0]]) &&
					(workAfterRE.MatchString(lower[m.at[1]:]) || pullsItInRE.MatchString(lower[m.at[1]:])) {
					roles[i] = roleWork
					break
				}
			}
		}
	}
	// Two licences each said to be the work's: one of them is code going into the other.
	var works []int
	for i, r := range roles {
		if r == roleWork {
			works = append(works, i)
		}
	}
	// intoWithin tells that the mention i is of the work something goes into, as re says
	// it in the width bytes before the licence; into looks at the 40 before it.
	intoWithin := func(i int, re *regexp.Regexp, width int) bool {
		return f.at[i][0] >= 0 && f.at[i][0] <= len(lower) && re.MatchString(lower[max(0, f.at[i][0]-width):f.at[i][0]])
	}
	into := func(i int, re *regexp.Regexp) bool { return intoWithin(i, re, 40) }
	// Which of the two goes into the other, by the first of these rules that tells them
	// apart.
	goesIn := []func(i int) bool{
		// "a gplv3 program has nice icons. can i put them in my apache-licensed
		// project?": what goes into the asker's own work comes from the other.
		func(i int) bool { return !into(i, intoOwnRE) },
		// One of them the asker's own code ("my library is MIT … their GPL project"):
		// that one goes into the other.
		func(i int) bool { return owned[i] },
		// "put our GPLv3 parser into their MPL-2.0 project": the one code goes into.
		func(i int) bool { return !into(i, intoOtherRE) },
		// "a widget under the MIT licence … contribute it to one of KDE's libraries,
		// which are LGPL": the work it is put into or given to, its licence said after it.
		func(i int) bool { return !intoWithin(i, intoWorkThatIsRE, 120) },
		// "my project is gplv3 and i want to switch it to mit": the licence the work moves
		// to is where its code goes.
		func(i int) bool { return !into(i, moveTargetRE) },
		// "our library is 4-clause bsd. someone says gpl projects can't use it": the works
		// said to take the asker's code are where it goes.
		func(i int) bool { return !usersTakeAfter(lower, f.at[i]) },
		// "our driver is a linux kernel module, can it just be apache-2.0?", "can i put
		// the result out under mit?": the licence the asker asks their work may have is
		// the work's; the other is what it takes in.
		func(i int) bool { return !into(i, askedToBeRE) },
	}
	for _, rule := range goesIn {
		if len(works) != 2 || rule(works[0]) == rule(works[1]) {
			continue
		}
		if rule(works[0]) {
			roles[works[0]] = roleIncoming
		} else {
			roles[works[1]] = roleIncoming
		}
		break
	}
	if len(f.ids) == 2 {
		// "We maintain a fork of a GPLv2-only program. We'd like to merge some GPLv3-only
		// code into it": the code merged into the fork comes in, and the fork, under its
		// upstream's licence, is the work.
		for _, m := range mergeIntoForkRE.FindAllStringIndex(lower, -1) {
			for i, at := range f.at {
				j := 1 - i
				if at[0] < m[0] || at[0] >= m[1] || f.at[j][0] < 0 || f.at[j][0] > len(lower) ||
					!forkBeforeRE.MatchString(lower[max(0, f.at[j][0]-80):f.at[j][0]]) {
					continue
				}
				roles[i], roles[j] = roleIncoming, roleWork
			}
		}
	}
	// Licences named together ("MIT or GPL code", "MIT/Apache-2.0 library") share a role.
	for pass := 0; pass < 2; pass++ {
		for i := 1; i < len(roles); i++ {
			if !sameNounPhrase[strings.TrimSpace(f.joins[i])] {
				continue
			}
			switch {
			case roles[i] == roleNone:
				roles[i] = roles[i-1]
			case roles[i-1] == roleNone:
				roles[i-1] = roles[i]
			}
		}
	}
	return roles, result
}

// takenUnderRE: the words before a licence say code already named is taken, used or
// given out under it: "take it under", "distribute them under", "use it under the".
var takenUnderRE = regexp.MustCompile(`\b(?:take|takes|taking|took|use|uses|using|distribute|distributes|distributing|redistribute|redistributing|convey|conveying|ship|shipping)\s+(?:it|them|this|that)\s+(?:only\s+|solely\s+|instead\s+)?under\s+(?:the\s+|a\s+)?$`)

// optionPickedAfterRE: what follows a licence that is one option of a choice: "MIT
// only", "the Ruby licence or the 2-clause BSD".
var optionPickedAfterRE = regexp.MustCompile(`^\s*(?:licen[cs]e\s*)?(?:only|alone|or)\b`)

// layerOfItRE: the words before a licence say it is of a layer under the thing just
// named: "the libvips underneath it is", "the engine beneath them is licensed under";
// layerAfterRE says so after a project's name ("libvips underneath it").
var (
	layerAfterRE = regexp.MustCompile(`^\s+(?:underneath|beneath|below)\s+(?:it|that|them)\b`)
	layerOfItRE  = regexp.MustCompile(`\b(?:underneath|beneath|below)\s+(?:it|that|them)\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+)?$`)
)

// askedToBeRE: the words before a licence that ask whether the asker's work may have it:
// "can it just be", "could our plugin stay", "can i put the result out under".
var askedToBeRE = regexp.MustCompile(`\b(?:can|could|may|might|should|must)\s+(?:the|my|our|this|that|it)\b(?:\s+[\w'-]+){0,3}?\s+(?:really\s+|still\s+|actually\s+|legally\s+|just\s+|simply\s+|then\s+)?(?:be|stay|remain)\s+` + releasedAs + `(?:under\s+|as\s+)?(?:the\s+|an?\s+)?$|\b(?:can|could|may)\s+(?:i|we)\s+(?:just\s+|still\s+|then\s+)?(?:put|release|publish|license|licence)\s+(?:it|them|the\s+(?:result|port|output|translation|package|code))\s+(?:out\s+)?(?:under|as)\s+(?:the\s+)?$`)

// goesInAfterRE: what follows a licence said of code that is to go into another work:
// "mit-licensed amd encoder plugin can't go into", "code could be merged into", "patches
// would get upstreamed to". storeAfterRE: a store, not a work, is where it goes.
var (
	goesInAfterRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s+|based\s+)?(?:[\w.+'-]+\s+){0,4}?(?:can|can't|can’t|cannot|could|couldn't|couldn’t|may|might|won't|won’t|will|would|wouldn't|should|shouldn't)\s+(?:not\s+|never\s+|still\s+|legally\s+|really\s+|even\s+|just\s+|ever\s+)?(?:go|get|be\s+(?:merged|accepted|included|upstreamed|added|contributed|submitted))\s+(?:upstream\s+)?(?:in|into|to)\s+`)
	storeAfterRE  = regexp.MustCompile(`^(?:the\s+|an?\s+)?(?:app\s*store|apple|google\s+play|play\s+store|microsoft\s+store|store|steam|market|marketplace|f-?droid|production|prod|release|main|master|trunk)\b`)
)

// goesInAfter tells whether the licence mentioned at is said of code that is to go into
// another work, not a store or a branch.
func goesInAfter(lower string, at [2]int) bool {
	if at[1] < 0 || at[1] > len(lower) {
		return false
	}
	m := goesInAfterRE.FindStringIndex(lower[at[1]:])
	return m != nil && !storeAfterRE.MatchString(lower[at[1]+m[1]:])
}

// moveTargetRE: what comes before the licence a work moves to ("switch it to", "change
// our licence to", "relicense it under", "the next release to be under").
var moveTargetRE = regexp.MustCompile(`\b(?:switch|switching|move|moving|change|changing|relicen[cs]e|relicen[cs]ing|convert|converting)\s+(?:(?:it|them|this|that|everything|(?:our|my|the|its)\s+(?:[\w.+-]+\s+)?(?:licen[cs]e|project|code|repo|repository|library|app|tool|crate|package))\s+)?(?:over\s+)?(?:to|under)\s+(?:the\s+|an?\s+)?$|\b(?:release|releases|version|versions)\s+to\s+be\s+(?:licen[cs]ed\s+)?under\s+(?:the\s+)?$`)

// usersTakeAfterRE: what follows a licence said of works that may (or may not) take the
// asker's code: "projects can't use it", "software could then take our code", "programs
// may include us", "does that let gpl2 projects use us?".
var usersTakeAfterRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s+|only\s+)?(?:software|code\s*bases?|programs?|apps?|applications?|projects?|products?|works?|libraries|packages|distros?|distributions?|plugins|plug-ins|themes|extensions|add-?ons|mods)\s+(?:can|could|may|might|would|will|cannot|can't|can’t|couldn't|won't|wouldn't)\s+(?:not\s+|then\s+|also\s+|still\s+|legally\s+|just\s+|now\s+|ever\s+)?(?:use|take|ship|include|adopt|consume|incorporate|link|embed|bundle|pull\s+in)\s+(?:it|us|our|my|this|them|that)\b|^[\s-]*(?:licen[cs]ed\s+|only\s+)?(?:software|code\s*bases?|programs?|apps?|applications?|projects?|products?|works?)\s+(?:to\s+)?(?:use|take|ship|include|adopt|consume|incorporate|link|embed|bundle|pull\s+in)\s+(?:us|our|my|me)\b`)

// projectTakesItRE: a project named as the subject that takes in the code asked about
// ("can wordpress core ship it", "could debian include them").
var projectTakesItRE = regexp.MustCompile(`^\s+(?:core\s+|itself\s+|upstream\s+)?(?:(?:still|now|legally|just|also)\s+)?(?:ship|ships|include|includes|bundle|bundles|embed|embeds|vendor|vendors|pull\s+in|pulls\s+in|import|imports|link|links|use|uses|merge|merges|accept|accepts)\s+(?:it|them)\b`)

// worksThatAreRE: works said to be under a licence, before it ("can projects that are
// GPL2 or LGPL2 only"); takeItAfterRE: what they do with the code after it ("… still use
// it?", "… link it?").
var (
	worksThatAreRE = regexp.MustCompile(`\b(?:projects|programs|apps|applications|software|works|codebases|libraries|packages|distros|distributions|products)\s+(?:that|which)\s+(?:are|is)\s+(?:licen[cs]ed\s+)?(?:under\s+)?(?:the\s+)?(?:[\w.+-]+\s+(?:only\s+)?(?:or|and|/)\s+)?$`)
	takeItAfterRE  = regexp.MustCompile(`^[\s-]*(?:only\s+)?(?:(?:or|and|/)\s*[\w.+-]+\s+(?:only\s+)?)?(?:still\s+|also\s+|legally\s+|then\s+)?(?:use|link|include|incorporate|bundle|ship|take|import|call)\s+(?:it|them|this|that|us|the\s+(?:code|library|lib|project))\b`)
)

// worksThatAreTake tells whether the licence mentioned at is said of works that take
// the code asked about, by worksThatAreRE before it and takeItAfterRE after it.
func worksThatAreTake(lower string, at [2]int) bool {
	return at[0] >= 0 && at[1] <= len(lower) && at[0] <= at[1] && worksThatAreRE.MatchString(lower[max(0, at[0]-80):at[0]]) && takeItAfterRE.MatchString(lower[at[1]:])
}

// usersTakeAfter tells whether the licence mentioned at is said of works that may take
// the asker's code, by usersTakeAfterRE.
func usersTakeAfter(lower string, at [2]int) bool {
	return at[1] >= 0 && at[1] <= len(lower) && usersTakeAfterRE.MatchString(lower[at[1]:])
}

// mergeIntoForkRE finds code merged into a fork said before ("merge some GPLv3-only code
// into it", "pull their MIT changes into our fork"); forkBeforeRE a fork the asker keeps,
// said before its upstream's licence ("we maintain a fork of the last GPL release of
// Aseprite, which is").
var (
	mergeIntoForkRE = regexp.MustCompile(`\b(?:merg|pull|bring|brought|add|put|copy|copie|port|tak|took|includ|integrat|incorporat|backport)\w*\s+(?:[\w.'+-]+\s+){0,5}?(?:code|changes|patches|commits|files|features?|fixes)\s+(?:from\s+[^.?!]{0,40}?\s+)?into\s+(?:it|our\s+fork|the\s+fork|my\s+fork|our\s+version|my\s+version|our\s+copy)\b`)
	forkBeforeRE    = regexp.MustCompile(`\b(?:our|my|a|we\s+maintain\s+a|i\s+maintain\s+a)\s+fork\s+of\b[^.?!]*$`)
)

// ownedBeforeRE: "my" or "our" right before a licence; ownNounAfterRE: the asker's kind
// of work within two words after it ("my mit factorio mod", "our apache-2.0 go library").
var (
	ownedBeforeRE  = regexp.MustCompile(`\b(?:my|our)\s+(?:own\s+|new\s+|little\s+|small\s+)?$`)
	ownNounAfterRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s+)?(?:[\w.+'-]+\s+){1,2}?` + workNounWords + `s?\b`)
)

// workBuiltWithRE: a licence said of a work, the work then said to be built with or on
// something ("a gplv3 vst3 plugin built with juce", "an MIT app made with Qt"), which is
// what goes into it.
var workBuiltWithRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s+)?(?:[\w.+-]+\s+){0,2}?` + workNounWords + `\s+(?:(?:that|which)\s+(?:is|was|we|i)\s+)?(?:built|made|written|developed|created|designed)\s+(?:with|on|upon|using)\b`)

// workNounWords are what a work is called after its licence ("my mit factorio mod", "an
// apache-2.0 repo").
const workNounWords = `(?:project|app|application|library|lib|mod|plugin|addon|add-on|extension|theme|package|crate|module|gem|game|tool|repo|repository|codebase|program|firmware|sdk|framework|engine|service|server|client|bot|cli|site|website|fork|script|scripts|wrapper|bindings?|port|driver)`

// ownedNounAfter tells whether the mention at is the licence of the asker's own work,
// said between "my" and what the work is.
func ownedNounAfter(lower string, at [2]int) bool {
	return at[0] > 0 && at[0] <= len(lower) && at[1] >= at[0] && at[1] <= len(lower) &&
		ownedBeforeRE.MatchString(lower[max(0, at[0]-20):at[0]]) && ownNounAfterRE.MatchString(lower[at[1]:])
}

// takenIntoJustBeforeRE: a verb of taking in, then "into", right before a licence or a
// project named by it: where something goes ("fine to import into OpenStreetMap"), not
// what is taken in.
var takenIntoJustBeforeRE = regexp.MustCompile(`\b(?:import|imports|importing|imported|add|adds|adding|added|pull|pulls|pulled|pulling|port|ports|ported|porting|copy|copies|copied|copying|bring|brings|brought|bringing|integrate|integrates|integrated|integrating|merge|merges|merged|merging)\s+(?:it\s+|them\s+|this\s+|that\s+)?(?:into|in\s+to)\s+(?:the\s+|an?\s+)?$` +
	// "add features to OpenStreetMap"
	`|\b(?:add|adds|adding|added|contribute|contributes|contributing|contributed)\s+(?:[\w-]+\s+){1,2}?(?:to|into)\s+(?:the\s+)?$`)

// inWorkBeforeRE: the words before a licence that name, with the work after it, the work
// something goes in ("is that ok in an apache-2.0 repo?").
var inWorkBeforeRE = regexp.MustCompile(`\b(?:in|into|inside|within)\s+(?:an?|the|our|my|this|that)\s+$`)

// workNamedIn tells whether the mention at is the licence of a work something goes in,
// said between "in a" and what the work is.
func workNamedIn(lower string, at [2]int) bool {
	return at[0] > 0 && at[0] <= len(lower) && at[1] >= at[0] && at[1] <= len(lower) &&
		inWorkBeforeRE.MatchString(lower[max(0, at[0]-20):at[0]]) && workNounAfterRE.MatchString(lower[at[1]:])
}

// workNounAfterRE: what a work is, right after its licence or a word or two on ("repo",
// "licensed project", "python package").
var workNounAfterRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s+)?(?:[\w.+'-]+\s+){0,2}?` + workNounWords + `s?\b`)

// sameNounPhrase are the joins between licences named as one ("MIT or Apache-2.0").
var sameNounPhrase = map[string]bool{"or": true, "/": true, "|": true, "and": true, ",": true, "&": true, "or the": true,
	"and the": true, "or under": true, "or under the": true, "+": true}

// roleAt reads the role of a licence named at pos, from its clause, the text since the
// licence before it (prevEnd) and the word after it. own is set for the asker's own code.
func roleAt(lower string, pos, prevEnd int, next string) (r role, own bool) {
	if pos < 0 || pos > len(lower) {
		return roleNone, false
	}
	start := 0
	if locs := clauseEndRE.FindAllStringIndex(lower[:pos], -1); len(locs) > 0 {
		start = locs[len(locs)-1][1]
	}
	clause := lower[start:pos]
	near := clause
	if prevEnd > start && prevEnd <= pos {
		near = lower[prevEnd:pos] // since the licence before, in this clause
	}
	switch {
	case callIntoRE.MatchString(near):
		return roleIncoming, false // "our mit files call into gpl code": what is called
	case compelledMoveRE.MatchString(near):
		// "the modules import ansible-core. do we need to switch to gplv3?": the licence
		// the asker's work would be forced to, which is the code's taken in; the work is
		// what the message says it is.
		return roleNone, false
	case upstreamBeforeRE.MatchString(near) || forkedItselfAt(lower, near, pos):
		return roleIncoming, false // "the fork is MIT while upstream is LGPL-2.1": what was forked
	case forkSaidRE.MatchString(near):
		return roleWork, false // "your vpnc fork has a GPLv3 LICENSE file": the fork is the work
	case slices.ContainsFunc(workBeforeRE, func(re *regexp.Regexp) bool { return re.MatchString(clause) }) &&
		(!codeNounStrictRE.MatchString(near) || ownNounSaidRE.MatchString(near)) && !copiedFromRE.MatchString(near) &&
		!(passiveReleaseRE.MatchString(near) && !ownWordRE.MatchString(clause)) && // "msgpack-c is released under the": someone else's release
		!(pickNowRE.MatchString(clause) && (slices.Contains(codeWords, next) || next == "deps" || next == "licensed" || next == "licenced")): // "we pick MIT libraries" takes them in
		return roleWork, ownCodeRE.MatchString(clause)
	case possessiveRE.MatchString(near) && (slices.Contains(workWords, next) || slices.Contains(codeWords, next)):
		return roleWork, slices.Contains(codeWords, next) // "our GPL app", "our Apache-2.0 licensed library"
	case slices.Contains(codeWords, next) && prevEnd >= 0 && goesIntoRE.MatchString(near) && !eitherWayRE.MatchString(lower):
		return roleWork, false // "can Apache-2.0 with the LLVM exception go into GPLv2 code": where it goes
	case slices.Contains(codeWords, next) && intoCodeRE.MatchString(near) && !eitherWayRE.MatchString(lower):
		return roleWork, false // "paste paragraphs of our manual into GPLv3 source": where they go
	case slices.Contains(containerNouns, next) && codeIntoContainerRE.MatchString(near):
		return roleWork, false // "use LGPL code in an MIT library", "MIT code in a GPL-2.0 kernel module": where it goes
	case (slices.Contains(containerNouns, next) || slices.Contains(workWords, next) || next == "licensed" || next == "licenced") && takeItIntoRE.MatchString(near):
		return roleWork, false // "can i use it inside an MIT-licensed library?": where what was named goes
	case slices.Contains(codeWords, next) && !possessiveRE.MatchString(near):
		return roleIncoming, false
	case dependencyOfRE.MatchString(near) && slices.Contains(workWords, next):
		return roleWork, false // "use orpheus as a dependency of a GPL project": what depends on it
	case codeInAnother(near) && slices.Contains(workWords, next):
		return roleIncoming, false // "a single source file in a GPL3 project": where the code comes from
	case intoRE.MatchString(near) && slices.Contains(workWords, next) && !ofRE.MatchString(near):
		return roleWork, false
	case slices.Contains(workWords, next) && !ofRE.MatchString(near) && !incomingBeforeRE.MatchString(near):
		return roleWork, false // "an Apache 2.0 project"
	case intoWorkThatIsRE.MatchString(near) || inWorkThatIsRE.MatchString(clause):
		return roleWork, false // "integrated it into a desktop program that is GPL-2.0": where it went
	case takenIntoJustBeforeRE.MatchString(near):
		return roleWork, false // "is CC BY data fine to import into OpenStreetMap?": where it goes
	case incomingBeforeRE.MatchString(near) || codeNounBeforeRE.MatchString(near):
		return roleIncoming, false
	case possessiveRE.MatchString(near):
		return roleWork, false // "our GPL code", "my MIT stuff"
	}
	return roleNone, false
}

// forkSaidRE: a licence said of a fork ("your vpnc fork has a", "their fork of the
// engine carries an", "the fork is under"), which is the work the forked code went into;
// upstreamBeforeRE: one said of what was forked ("while upstream is", "but the original
// engine is"), the code taken in.
var (
	forkSaidRE       = regexp.MustCompile(`\b(?:the|this|that|your|their|his|her|its|my|our|a)\s+(?:[\w.+-]+\s+)?fork(?:\s+of\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?)?\s+(?:(?:is|was|has|had|carries|ships|uses|says|declares|lists)\s+)(?:now\s+|still\s+|just\s+)?(?:licen[cs]ed\s+|released\s+|relicen[cs]ed\s+)?(?:under\s+|as\s+|to\s+)?(?:the\s+|an?\s+)?$`)
	upstreamBeforeRE = regexp.MustCompile(`\b(?:upstream|the\s+upstream(?:\s+(?:project|repo|code))?|the\s+original(?:\s+[\w.+-]+){0,2}?|the\s+parent\s+(?:project|repo))\s+(?:itself\s+)?(?:is|was|are|were|has\s+been)\s+(?:still\s+|only\s+)?(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+|an?\s+)?$`)
)

// forkedItselfRE: a licence said of a thing "itself" ("but libfoo itself is"), which
// forkedItselfAt tells is what a fork said before was made of ("my fork of libfoo is
// MIT but libfoo itself is GPLv3"): the code taken in.
var forkedItselfRE = regexp.MustCompile(`\b([\w.+-]+)\s+itself\s+(?:is|was|are|were)\s+(?:still\s+)?(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+|an?\s+)?$`)

func forkedItselfAt(lower, near string, pos int) bool {
	m := forkedItselfRE.FindStringSubmatch(near)
	return m != nil && strings.Contains(lower[:pos], "fork of "+m[1]+" ")
}

// intoWorkThatIsRE: a work something was put into, or given to, its licence said after
// it ("into a long-running desktop program that is", "inside our engine, which is
// licensed under the", "contribute it to one of KDE's libraries, which are"). Only
// "into", "inside" and giving "to": code found "in a project that is GPL" comes from it.
var intoWorkThatIsRE = regexp.MustCompile(`\b(?:into|inside|(?:contribut|submit|upstream|donat|offer)\w*\s+(?:it|them|this|that|these|those|my\s+[\w-]+|our\s+[\w-]+|the\s+[\w-]+)\s+(?:back\s+)?(?:up\s*stream\s+)?to(?:\s+one\s+of)?)\s+(?:a|an|the|our|my|their|this|his|her|[\w.+-]+'s)\s+(?:[\w'+.-]+\s+){0,5}?(?:program|project|app|application|codebase|librar(?:y|ies)|tool|game|engine|repo|repository|product|software|firmware|plugin|module|package|crate|framework|fork|system|website|service|distribution|distro)s?,?\s+(?:that|which)\s+(?:is|are|was|has\s+been)\s+(?:also\s+|itself\s+)?(?:licen[cs]ed\s+|released\s+|distributed\s+)?(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`)

// inWorkThatIsRE: a clause (or what follows a colon, "quick one: in an …") that opens on
// the work something is done in, its licence said after it ("In an OpenTelemetry JS
// package, which is Apache 2.0 …, I'd like to bring in").
var inWorkThatIsRE = regexp.MustCompile(`(?:^|:)\s*in\s+(?:a|an|the|our|my|this)\s+(?:[\w'+.-]+\s+){0,4}?(?:program|project|app|application|codebase|library|tool|game|engine|repo|repository|product|package|module|crate|framework|fork|service|plugin)s?,?\s+(?:that|which)\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`)

// passiveReleaseRE: a thing said to be released under the licence, not the asker
// releasing it ("msgpack-c is currently released under the"); ownWordRE: words that
// make a clause the asker's.
var (
	passiveReleaseRE = regexp.MustCompile(`\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|currently\s+|also\s+|still\s+|already\s+|actually\s+)?(?:released|published|distributed|offered|licen[cs]ed)\s+(?:under|as)\s+(?:the\s+|an?\s+)?$`)
	ownWordRE        = regexp.MustCompile(`\b(?:my|our|we|i|mine|ours|we're|i'm)\b`)
)

// ownNounSaidRE: the asker's own library, package or driver said to be under the licence
// that follows ("our ROS EtherCAT package is released as"), which a code noun alone
// would read as code taken in, also with what it is for ("our Python package for the
// figshare API is"); a plugin, theme or module goes into its host, as before.
var ownNounSaidRE = regexp.MustCompile(`\b(?:our|my)\s+(?:own\s+)?(?:[\w'-]+\s+){0,3}?(?:library|libraries|lib|package|packages|crate|gem|sdk|framework|toolkit|engine|driver|component|components|code|codebase)\s+(?:(?:for|around|on\s+top\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'-]+\s+){1,3}?)?(?:that\s+|which\s+)?(?:is|are|was|has\s+been|have\s+been)\s+(?:(?:also|now|still|always)\s+)?(?:licen[cs]ed\s+|released\s+|distributed\s+|published\s+)?(?:under\s+|as\s+)?(?:the\s+|a\s+|an\s+)?$`)

// takeItIntoRE: a thing already named, taken into something whose licence follows ("use
// it inside an", "put them into a", "bundle this in our").
var takeItIntoRE = regexp.MustCompile(`\b(?:use|using|put|putting|include|including|embed|embedding|bundle|bundling|vendor|vendoring|copy|copying|paste|pasting|add|adding|take|taking|merge|merging|integrate|integrating|ship|shipping)\s+(?:it|them|this|that|these|those)\s+(?:in|into|inside|within)\s+(?:a|an|the|this|my|our)\s+(?:own\s+|new\s+|existing\s+)?$`)

// containerNouns are things code is put in that are also taken in elsewhere ("an MIT
// library"); codeIntoContainerRE finds code said to go in one, right before its licence:
// "use LGPL code in an", "copied MIT files into our".
var (
	containerNouns      = []string{"library", "libraries", "lib", "module", "modules", "crate", "package", "gem", "plugin", "driver", "kernel", "extension", "sdk", "framework", "component"}
	codeIntoContainerRE = regexp.MustCompile(`^\s*(?:code|files?|snippets?|functions?|sources?|source\s+files?|classes|headers?|routines?)\s+(?:in|into|inside|within)\s+(?:a|an|the|this|my|our)\s*(?:existing\s+|new\s+|own\s+)?$`)
)

// dependencyOfRE: the licence is of what depends on the code: "as a dependency of a",
// "a library for an".
var dependencyOfRE = regexp.MustCompile(`\b(?:(?:dependency|dependencies|dep|deps|requirement)\s+(?:of|for|in)|(?:library|lib|crate|package|module)\s+for)\s+(?:a|an|the|my|our|this|that|some)?\s*$`)

// pickNowRE: a licence the asker picks ("if we pick EPL 2.0 for the binding"), which is
// the work's unless what is picked is code under it ("we pick MIT libraries").
var pickNowRE = regexp.MustCompile(`\b(?:i|we)\s+(?:pick|choose|opt\s+for|settle\s+on)\s+(?:the\s+)?$`)

// takenInBracket tells whether the licence at pos is in brackets after a name taken in:
// "runs FreeRTOS (MIT)", "a bot with discord.py (MIT)".
func takenInBracket(lower string, pos int) bool {
	return pos > 0 && pos <= len(lower) && takenInBracketRE.MatchString(lower[max(0, pos-50):pos])
}

var takenInBracketRE = regexp.MustCompile(`\b(?:runs|running|uses|using|bundles|bundling|includes|including|embeds|embedding|ships|shipping|links|linking|vendors|vendoring|with)\s+[\w.+-]+\s*\(\s*$` +
	`|\b(?:pulls\s+in|pulling\s+in|pull\s+in|depends\s+on|depending\s+on|imports|importing|requires|bundles|uses|using|includes|links\s+(?:against|to))\s+(?:the\s+|a\s+|an\s+|some\s+)?(?:[\w.+-]+\s+){0,3}[\w.+-]+\s*\(\s*$`)

// intoCodeRE: the licence is of the code something goes into ("into GPLv3 source
// comments", "into an MIT library").
var intoCodeRE = regexp.MustCompile(`\b(?:into|in\s+to)\s+(?:a\s+|an\s+|the\s+|some\s+|existing\s+)?$`)

// copiedFromRE: the code was taken from what the licence is said of: "test files copied
// from our conformance suite, which are Apache 2.0".
var copiedFromRE = regexp.MustCompile(`\b(?:copied|copy|copying|taken|took|ported|borrowed|lifted|pulled|imported|came|comes|come|coming)\s+(?:[\w'-]+\s+){0,3}from\b`)

// codeInRE: code said to be in a project of the licence named next: "a source file in
// a GPL3 project", "some functions from an MIT project".
var codeInRE = regexp.MustCompile(`\b(?:file|files|code|function|functions|snippet|snippets|class|classes|part|parts|piece|pieces|bits?|routine|routines|module|algorithm)\s+(?:in|from|inside|within)\s+(?:a|an|the|this|that|their|some)\s*$`)

// codeInAnother tells "a single source file in a GPL3 project" (the code's source)
// from "MIT code in a GPL project" (code going into the work): the code is named on
// its own, not right after a licence.
func codeInAnother(near string) bool {
	loc := codeInRE.FindStringIndex(near)
	return loc != nil && strings.TrimSpace(licenceWordsRE.ReplaceAllString(near[:loc[0]], " ")) != ""
}

// licenceWordsRE: the words that finish a licence's name ("IBM Public License",
// "CPAL'd"), which say nothing of where code is.
var licenceWordsRE = regexp.MustCompile(`(?:'d|’d|-?\blicen[cs](?:e|ed|es)?\b|\bv?\d+(?:\.\d+)*\b|[-(),])`)

// versionDotRE finds the dot of a version number: "3.0", "2.1".
var versionDotRE = regexp.MustCompile(`(\d)\.(\d)`)

// goesIntoRE: the licence named before goes into the one after: "… go into", "be put in".
var goesIntoRE = regexp.MustCompile(`^\s*(?:code\s+|licen[cs]ed\s+code\s+)?(?:(?:(?:can|could|may|might)\s+)?(?:go|goes|be\s+(?:put|used|included|copied|merged|added)|get\s+(?:put|merged)|end\s+up)\s+(?:into|in|inside)|into)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+)?$`)

// intoOtherRE: "into their", "in someone's": the work code goes into is another's;
// intoOwnRE: "in my", "into our": the asker's own ("put them in my apache-licensed
// project").
var (
	intoOtherRE = regexp.MustCompile(`\b(?:into|in|inside)\s+(?:their|his|her|someone's|someone else's|a|an|the)\s+(?:own\s+)?$`)
	intoOwnRE   = regexp.MustCompile(`\b(?:into|in|inside)\s+(?:my|our)\s+(?:own\s+)?$`)
)

// ownCodeRE: the asker's own code, not their project: "my library is", "our module is".
var ownCodeRE = regexp.MustCompile(`\b(?:my|our)\s+(?:own\s+)?(?:library|libraries|lib|code|component|module|package|snippet|sdk|framework|plugin|crate|gem|script|function)\b`)

// ofRE: "part of a GPL project", "a fork of an MIT project": the project is the code's source.
var ofRE = regexp.MustCompile(`\b(?:of|from)\s+(?:a|an|the|this|that)?\s*$`)

// codeWords, right after a licence, say it is the licence of code taken in ("Apache
// code", "an LGPL library").
var codeWords = []string{"code", "library", "libraries", "lib", "libs", "component", "components", "module", "modules", "package",
	"packages", "dependency", "dependencies", "snippet", "snippets", "crate", "crates", "gem", "gems", "plugin", "plugins", "sdk",
	"framework", "files", "file", "source", "implementation", "function", "functions", "class", "classes", "header", "headers",
	"font", "fonts", "asset", "assets", "icons", "images", "dll", "jar", "jars", "binary", "binaries", "parts", "bits", "stuff", "tool", "tools", "software"}

// destinationRE finds where code is said to go, by a name ("go into freedoom", "merge
// it into qemu"); saidOfRE, the name a licence is then said of, just before it
// ("freedoom, which is bsd licensed", "qemu is gpl", "kilo (bsd)"); saidOfThatRE, a
// thing named by its kind with "that is" ("a C++ game engine that is MIT licensed"), where
// a proper name might not be what "that" stands for ("a package to Apache CloudStack that
// is GPLv2").
var (
	destinationRE = regexp.MustCompile(`\b(?:go|goes|going|went|get|put|putting|pull\w*|add\w*|merg\w*|import\w*|includ\w*|bring\w*|tak\w*|contribut\w*|upstream\w*|submit\w*|land\w*)\b[^.?!]{0,80}?\b(?:into|in to)\s+(?:the\s+|our\s+|my\s+|main\s+)*([a-z][\w.+-]*)` +
		// "we'd like to use opensubdiv in blender, which is gplv2 or later"
		`|\b(?:use|using|bundle|bundling|ship|shipping|embed|embedding|include|including)\s+(?:[\w.+-]+\s+){1,3}?in\s+([a-z][\w.+-]*),\s+which\b`)
	saidOfThatRE = regexp.MustCompile(`\b(?:a|an|the|our|my|their)\s+(?:[\w+.-]+\s+){0,2}?([a-z][\w.+-]*)\s+that\s+is\s+(?:(?:licen[cs]ed\s+)?under\s+(?:the\s+)?)?$`)
	saidOfRE     = regexp.MustCompile(`\b([a-z][\w.+-]*)(?:\s+is\s+|,\s*which\s+is\s+|\s*\(\s*|,\s+an?\s+)(?:(?:licen[cs]ed\s+)?under\s+(?:the\s+)?)?$`)
)

// saidOfDestination tells whether the licence at pos is said of a thing named as where
// code goes: "can cc0 samples go into freedoom, which is bsd licensed?" gives freedoom's
// licence, the work's, and so does "the main repo is GPLv3. Could wiki text be pulled
// into the repo?".
func saidOfDestination(lower string, pos int, dests []string) bool {
	if len(dests) == 0 || pos <= 0 || pos > len(lower) {
		return false
	}
	said := saidOfRE.FindStringSubmatch(lower[max(0, pos-60):pos])
	if said == nil || pronounWords[said[1]] {
		said = saidOfThatRE.FindStringSubmatch(lower[max(0, pos-60):pos])
	}
	return said != nil && !pronounWords[said[1]] && slices.Contains(dests, said[1])
}

// destinations are the names a text says code goes into ("merge it into qemu" gives
// "qemu"), for saidOfDestination.
func destinations(lower string) []string {
	if !strings.Contains(lower, "into") && !strings.Contains(lower, "in to") && !strings.Contains(lower, ", which") {
		return nil
	}
	var names []string
	for _, d := range destinationRE.FindAllStringSubmatch(lower, -1) {
		names = append(names, d[1]+d[2]) // one of the two is set
	}
	return names
}

// pronounWords are words before "is" that name no thing: "it is", "that is".
var pronounWords = map[string]bool{"it": true, "that": true, "this": true, "which": true, "what": true, "there": true, "one": true, "the": true, "a": true, "an": true}

// namesProject tells whether the mention at names a well-known project ("the Linux
// kernel"), not a licence.
func namesProject(lower string, at [2]int) bool {
	if at[0] < 0 || at[1] > len(lower) || at[0] >= at[1] {
		return false
	}
	_, ok := knownProjects()[lower[at[0]:at[1]]]
	return ok
}

// putOnBeforeRE and putOnAfterRE: a licence put on the asker's version of something
// ("slap gplv3+ on it", "stick mit on my fork", "put the apache licence on them").
var (
	putOnBeforeRE = regexp.MustCompile(`\b(?:slap|slaps|slapped|slapping|put|puts|putting|stick|sticks|sticking|stuck)\s+(?:an?\s+|the\s+)?$`)
	putOnAfterRE  = regexp.MustCompile(`^\s*(?:licen[cs]e\s+)?on\s+(?:it|them|this|that|(?:my|our|the)\s+(?:own\s+)?(?:fork|version|copy|port|repo|repository|code|project|remix|changes|build))\b`)
)

// putOn tells whether the mention at is a licence put on the asker's version of
// something.
func putOn(lower string, at [2]int) bool {
	return at[0] >= 0 && at[1] <= len(lower) && at[1] >= at[0] && putOnBeforeRE.MatchString(lower[max(0, at[0]-20):at[0]]) && putOnAfterRE.MatchString(lower[at[1]:])
}

// releasedAs is how a work is said to be put out under a licence ("be licensed", "stay
// released", "be shipped under"), for the patterns that ask whether a work may have one.
const releasedAs = `(?:(?:licen[cs]ed|released|shipped|distributed|published)\s+)?`

// platformSaidRE: a name said, just before a licence, to be under it: "zephyr is ",
// "zephyr's licence is ".
var platformSaidRE = regexp.MustCompile(`\b([\w.-]+)(?:\s+(?:is|are)(?:\s+(?:licen[cs]ed|released))?(?:\s+under)?(?:\s+the)?|(?:'s|’s)\s+licen[cs]e\s+is)\s+$`)

// platformOfWork tells whether the licence mentioned at is said of a platform the
// asker's work is built on, named as the work's kind before ("port a linux sensor driver
// into my zephyr application? zephyr is apache"): the work's side, where code goes.
func platformOfWork(lower string, at [2]int) bool {
	if at[0] <= 0 || at[0] > len(lower) {
		return false
	}
	m := platformSaidRE.FindStringSubmatch(lower[max(0, at[0]-40):at[0]])
	if m == nil || len(m[1]) < 3 {
		return false
	}
	for _, w := range workOnPlatformRE.FindAllStringSubmatch(lower[:at[0]], -1) {
		if w[1] == m[1] {
			return true
		}
	}
	return false
}

// workOnPlatformRE: the asker's work named for the platform it is built on, "into my
// zephyr application"; the group is the platform.
var workOnPlatformRE = regexp.MustCompile(`\b(?:into|in|inside|for)\s+(?:my|our)\s+(?:own\s+)?([\w.-]+)\s+(?:app|apps|application|applications|project|firmware|program|build|product|image|board|port|plugin|module|theme|site)\b`)

// MoveEnds orders two licences a message speaks of moving a work between: from, the
// licence the work has now, and to, the one it would move to, by the words said around
// each ("we maintain a small Rust ring buffer crate under the LGPL … asked for MIT or
// Apache", "we released our typeface under mit. should fonts be ofl instead?", "move our
// web page builder from AGPL-3.0 to MIT"). ok is false when the words do not tell them
// apart. a and b are SPDX expressions; a licence of either is found in the message by
// its name as written.
func MoveEnds(text, a, b string) (from, to string, ok bool) {
	lower := strings.ToLower(text)
	f := findLicenses(text)
	// cues tells whether a mention of expr has words before or after it that say it is
	// where the work goes (target) or what it has now (current).
	cues := func(expr string) (target, current bool) {
		padded := " " + strings.NewReplacer("(", " ", ")", " ").Replace(expr) + " "
		for i, id := range f.ids {
			if !strings.Contains(padded, " "+id+" ") {
				continue
			}
			for _, at := range f.mentions(i) {
				if at[0] < 0 || at[1] > len(lower) || at[0] > at[1] {
					continue
				}
				before, after := lower[max(0, at[0]-60):at[0]], lower[at[1]:min(len(lower), at[1]+30)]
				switch {
				case moveToBeforeRE.MatchString(before) || moveToAfterRE.MatchString(after):
					target = true
				case hasNowBeforeRE.MatchString(before) || hasNowAfterRE.MatchString(after) || ownedBeforeRE.MatchString(before):
					current = true
				}
			}
		}
		return target, current
	}
	// A licence said both ways ("our crate under MIT only … relicense to MIT/Apache")
	// tells nothing by itself.
	ta, ca := cues(a)
	tb, cb := cues(b)
	switch {
	case ta && !ca && !tb:
		return b, a, true
	case tb && !cb && !ta:
		return a, b, true
	case ca && !ta && !cb:
		return a, b, true
	case cb && !tb && !ca:
		return b, a, true
	}
	return "", "", false
}

var (
	// moveToBeforeRE: words before the licence a work moves to ("switch it to", "move
	// our web page builder from AGPL-3.0 to", "relicense them as", "asked for", "should
	// fonts be", "would you consider").
	moveToBeforeRE = regexp.MustCompile(`\b(?:switch\w*|mov(?:e|es|ed|ing)|chang\w*|relicen[cs]\w*|re-licen[cs]\w*|convert\w*|bump\w*|migrat\w*|go|going|went|dual[- ]?licen[cs]\w*)\b[^.?!]{0,40}\b(?:to|under|as|into)\s+(?:the\s+|an?\s+|just\s+|plain\s+)?(?:[\w.+-]+(?:\s*/\s*|\s+(?:or|and)\s+))?$|\b(?:asked|asking|ask|asks|request\w*|hoping|hope)\s+(?:us\s+|me\s+)?for\s+(?:the\s+|an?\s+)?(?:[\w.+-]+(?:\s*/\s*|\s+(?:or|and)\s+))?$|\b(?:should|could|would|can)\s+(?:it|they|them|this|that|(?:the|our|my)\s+[\w-]+)\s+(?:just\s+|rather\s+|instead\s+)?be\s+(?:the\s+)?$|\b(?:consider|considering|prefer|offer|adopt|pick|choose|use)\s+(?:the\s+|an?\s+)?(?:[\w.+-]+(?:\s*/\s*|\s+(?:or|and)\s+))?$`)
	moveToAfterRE  = regexp.MustCompile(`^\s*(?:licen[cs]e\s+)?(?:instead|rather)\b`)
	// hasNowBeforeRE, hasNowAfterRE: words around the licence a work has now ("our
	// crate is", "currently under", "released my own code as", "move it from", "… right
	// now"); "our mit project" says it too (ownedBeforeRE).
	hasNowBeforeRE = regexp.MustCompile(`\b(?:is|are|was|were|been|under|currently|still)\s+(?:(?:currently|still|now|already)\s+)?(?:(?:under|as)\s+)?(?:the\s+|an?\s+)?(?:(?:original|old|plain|classic|same|usual|standard)\s+)?$|\b(?:switch|mov|chang|relicen[cs]|convert|migrat|go|went)\w*\b[^.?!]{0,30}\bfrom\s+(?:the\s+|an?\s+)?$|\bfork(?:ed|ing)?\s+(?:of\s+)?(?:an?\s+|the\s+)?$|\b(?:licen[cs]ed|released|published)\s+(?:[\w.'-]+\s+){0,4}?(?:as|under)\s+(?:the\s+|an?\s+)?$`)
	hasNowAfterRE  = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s+|only\s+)?(?:right\s+now|currently|at\s+the\s+moment|today|since\b|so\s+far|for\s+years)`)
)
