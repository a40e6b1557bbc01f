package license

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"golang.org/x/mod/module"

	"github.com/ospobot/ospobot/internal/text"
)

// QuestionKind tells what a question asks.
type QuestionKind int

// The kinds of question.
const (
	AskVerdict       QuestionKind = iota + 1 // may we use X for Y?
	AskCompatibility                         // may X code go into a Y work?
	AskCombination                           // may X, Y (and Z) be combined, and under which?
	AskProfile                               // what does X require? is X open source?
)

// Question is a plain-words licence question, understood.
type Question struct {
	Kind       QuestionKind
	Expression string   // SPDX expression of what is to be used
	Licenses   []string // every licence named, in order
	Use        string   // "" when the question does not say
	// Assumed are the licences named loosely ("GPL", "BSD"), with what the name left
	// open, so that the answer can say how it read them.
	Assumed []Assumption
	// OpenSource is set when the question asks whether the licence is open source
	// (OSI-approved), which a profile answers first.
	OpenSource bool
	// Unknown are words that stand where a licence should and are none the bot knows:
	// ID-like words ("Foo-2.0"), and what a compatibility question compares with
	// ("is MIT compatible with FOOBAR?"). They are looked for only when they matter:
	// the question names no licence, or compares one with something.
	Unknown []string
	// Unpaired is set for a compatibility question that names one known licence and
	// something unknown: it cannot be answered as asked.
	Unpaired bool
	// Partial is set when, besides the licences it knows, the question names as a
	// licence something the bot does not know ("under the Foo-2.0 licence"): a verdict
	// on the rest would be a verdict on another question.
	Partial bool
	// Work is the licence of the asker's own work, when the question says which it is
	// ("my fork … under the GPL", "our MIT app"); for AskCompatibility it is Licenses[1].
	Work string
	// Reading says how a compatibility question's direction was read.
	Reading Reading
	// BothWays is set, with Reading RolesAmbiguous, when the question asks about both
	// directions at once ("can code move either way between them?").
	BothWays bool
	// Proprietary is set when the asker's work is closed source ("our proprietary app").
	Proprietary bool
	// Apart is set when the code asked about runs as a program of its own beside the
	// asker's work (a subprocess, its command line), not combined with it; for a
	// question of combining licences, that they are separate programs shipped together.
	Apart bool
	// LinkTaken is set when the question does not say how a library under a licence
	// written for libraries (the LGPL) goes into the asker's work, and Use was taken as
	// dynamic linking, the usual way; the answer says so.
	LinkTaken bool
	// Collected is set when the work asked about is an image, icon, sound or font
	// included unmodified in the asker's program ("an icon we embed in the binary is
	// CC-BY-SA"): part of a collection, not adapted into the program.
	Collected bool
	// Beside is, when Apart or Collected is set, the licence of the asker's own work the
	// code or media ships beside ("our GPL game … sprites under CC BY-SA"), if said.
	Beside string
	// Meaning is set when the question asks what a licence means or requires ("what does
	// attribution mean under MIT?"), not whether one use is allowed.
	Meaning bool
	// Owed is set when a verdict for a use stays the answer but the message also asks
	// what is owed under the licence ("what do we owe if we convert them to png for our
	// desktop app?"): the answer gives what the licence's own text asks beside the
	// policy's obligations.
	Owed bool
	// Unlicensed is set when the code asked about has no licence and the licences named
	// are the asker's own work's ("a snippet with no licence in my MIT app").
	Unlicensed bool
	// ClosedIn is set when the one licence named is the asker's own work's, a GNU
	// copyleft, and what the work takes in is closed code ("our gplv3 game wants to
	// LoadLibrary the closed steamworks dll"): Work is that licence.
	ClosedIn bool
	// ClosedOS is the proprietary operating system a program under the one GNU licence
	// named is said to run on or be ported to ("nano is gplv3+ and windows is
	// proprietary - isn't a windows port of nano against the licence?"); "" for none.
	ClosedOS string
	// SystemLinked is set when ClosedOS comes from the system's own parts the asker's
	// GNU-licensed program links to ("our GPL windows app links the MSVC runtime dll"),
	// and SystemShipped when those parts are said to go out with it ("shipping the
	// Visual C++ runtime DLLs next to the exe"), which GPLv2's exception leaves out.
	SystemLinked, SystemShipped bool
	// BothOrOne is set when the question asks whether licences named together for one
	// work all apply or are a choice, and the message does not say which ("stb_image says
	// public domain at the bottom and also MIT. do we have to follow both or what").
	BothOrOne bool
	// AsksExpression is set when the question asks for an SPDX expression to write down
	// ("what single SPDX-License-Identifier line for that?", "which spdx expression goes
	// in our package recipe?").
	AsksExpression bool
	// Difference is set when the question compares licences ("BSD-2 vs BSD-3?").
	Difference bool
	// WhichBSD is set when the question asks which BSD licence a bare "BSD" stands for
	// ("cl-fastcgi just says bsd licence, which one", "which bsd exactly?"): the answer,
	// for the usual reading (BSD-3-Clause), says how the text tells them apart.
	WhichBSD bool
	// ForbidsModifying is set when the asker's own terms forbid what the licence says
	// users must be allowed ("our EULA forbids reverse engineering" beside LGPL code).
	ForbidsModifying bool
	// Output is set when the question asks whether what a program makes (its output,
	// the code it generates, images made with it) falls under the program's licence:
	// the program is used, not shipped ("is the parser Bison generates GPL?").
	Output bool
	// OutputFrom is set, with Output, when the program's output is made from data or
	// content under another licence ("our GPL tool writes new feed files that contain
	// OpenStreetMap-derived shapes"): it is the program's licence, and Expression is
	// the input's, which travels with what is made from it.
	OutputFrom string
	// UseSaid is, for a question of what a licence asks (AskProfile), the use the message
	// gave ("material icons in our android app, do we have to credit google?"): the answer
	// describes the licence and gives that use's verdict as well.
	UseSaid string
	// Relicenses is set when a question of choosing a licence moves the asker's project,
	// already released under one, to another ("can I just switch it to MIT now?").
	Relicenses bool
	// RelicensesTaken is set when a compatibility question asks whether the code taken
	// in may be relicensed under the work's licence ("mrpt is bsd but has a few
	// lgpl-derived files. can those just be relicensed bsd?", "can we simply relicense
	// the mms code to GPL-2?"), not whether the asker's own project moves.
	RelicensesTaken bool
	// RelicenseAsked is set when the question asks a project's maintainers to move it to
	// another licence ("any chance of bsd instead?", "would you switch to MIT?"); the
	// licences are the project's and the candidates, and Use, when the message gives it,
	// is what the asker would do with the project as it is.
	RelicenseAsked bool
	// Maintainer is set when a topic is asked by a project's own maintainers or authors
	// of their project: what to ask of their contributors ("a contributor objected to our
	// CLA bot … do we actually need a CLA, or is a DCO enough?"), how to be paid by
	// companies that use it ("if a company makes money with it I'd like them to pay me").
	Maintainer bool
	// Holder is set when the licence asked about is the asker's own work's and the
	// asker says they hold all its copyright ("my Mac app is GPLv3 and I wrote every
	// line of it myself. can I still sell it on the App Store?"): the licence is what
	// they grant others, and does not bind them.
	Holder bool
	// ByOthers is set when others copy, change, hand out or sell the asker's own work
	// under the one licence named ("someone is selling our MIT todo app on codecanyon",
	// "a site is reuploading my MIT-licensed mod"): what the licence lets them do is
	// asked, not whether the organisation may use code under it.
	ByOthers bool
	// Breach is what, by the question, those others failed to do that the licence asks:
	// "credit" (they dropped the notices or the author's name), "source" (copyleft code
	// given out without its source) or "terms" (copyleft code given out under added
	// restrictions); "" when the question says of none.
	Breach string
	// OwnWork is set, with ByOthers, when the work others took is the asker's own; a
	// question of whether third parties keep a licence ("clones on Google Play with
	// no source. isn't that a GPL3 violation?") leaves it unset.
	OwnWork bool
	// Topic is the OSPO topic a question is about, licence or not ("cla", "employer",
	// "contribute", "choose", "noncommercial", "attribution"); "" for none.
	Topic string
	// Generated is set when the code the question is about was written by an AI
	// assistant ("a pr that gpt-4 mostly wrote"): the contribute topic then says what
	// such code asks of the one who sends it.
	Generated bool
	// Revokes is set, with Holder, when the asker asks to take back the licence their own
	// work went out under ("Can we revoke the licence for people who already downloaded
	// the icons?").
	Revokes bool
	// NonCode is set when a question of choosing a licence is about text, art or data as
	// well as, or instead of, code ("my repo holds both my thesis pdf and the segmentation
	// code from it. one licence for everything or split?"), or weighs a Creative Commons
	// licence for the asker's project.
	NonCode bool
	// ProposedOnly is set, with RelicenseAsked, when every licence the question names is
	// one proposed to the maintainers ("any chance of bsd or apache instead of gnu?"):
	// what the project is under now is not among them.
	ProposedOnly bool
	// TermsBeside is set when the question names an open source licence together with
	// terms that forbid commercial use or selling, and asks whether they hold ("the
	// plugin is GPL but the page says no reselling. can they add that?"): the
	// non-commercial topic's lines on terms written beside a licence answer it.
	TermsBeside bool
	// Supposed are licences the question supposes instead of the one the code is under
	// ("would it be different if it were AGPL?"): the answer offers each as another
	// reading.
	Supposed []string
	// Former are licences the question says the code was under before the one it is
	// under now ("roboto mono used to be apache 2.0 and now the repo says OFL. which
	// licence is it under now?"): no answer to what it is under, but what copies
	// received before the change keep.
	Former []string
	// Forked is set when the question asks what licence the asker's fork is under, or
	// whether it must change, after the project it was forked from changed its licence
	// ("we forked it back when it was mit. the author just changed the upstream licence.
	// what licence is our fork under now?"): Licenses holds the licence the fork was
	// taken under, and Later the licences the message says the project moved to.
	Forked bool
	Later  []string
	// StillAfterMove is set when the question says the project moved to the licences in
	// Later and asks whether a release, port or fork of it is still under the one in
	// Licenses ("lightbend put akka under the bsl. is akka.js still apache 2?").
	StillAfterMove bool
	// VersionRead, for a question whether code is under a GNU licence's version "only"
	// or "or later" ("LICENSE is gplv3 but no header says anything. only or or-later?"),
	// is the form what the message says of the code points to, and VersionWhy is why;
	// both "" when the message says nothing that tells.
	VersionRead, VersionWhy string
	// Projects are the well-known projects named, read as their licences.
	Projects []ProjectReading
	// Tool is a project named that is a tool (a compiler, an editor), when one is.
	Tool *Project
	// Disagree is set when the question sets a licence file against another source
	// that says another licence, and asks which holds: Expression is the file's.
	Disagree *Disagreement
	// Claim is set when the question says a well-known project is under a licence its
	// data does not give and asks whether that holds ("is redis still bsd?"): the
	// project's own licence is answered, with the claim set beside it. In a verdict
	// ("I want plupload for our site. It's GPLv2 …"), the licence said is answered, and
	// Claim says what the project's data gives instead.
	Claim *Claim
	// claims are the projects the message said to be under a licence.
	claims []Claim
}

// Reading is how sure the direction of a compatibility question is.
type Reading int

// The readings.
const (
	RolesSaid      Reading = iota // the words say which licence is the work's, or there is no direction
	RolesAssumed                  // "is X compatible with Y?": read as X code into a Y work
	RolesAmbiguous                // the words could mean either: the answer offers both
)

// ProjectReading is a project named in a question and the licence it was read as.
type ProjectReading struct {
	Said    string
	License string
	Project *Project
	// How says, for a project whose licence changed between versions or depends on
	// how it is built, which one the question gave or, when it gave none, was assumed.
	How string
}

// wordRE finds the words of a text, with the punctuation around them.
var wordRE = regexp.MustCompile(`\S+`)

// moduleWords yields where each Go module path a text names is (as a
// FindStringIndex pair) and the module (Version "" when none is written).
func moduleWords(text string) iter.Seq2[[]int, module.Version] {
	return func(yield func([]int, module.Version) bool) {
		if !strings.Contains(text, "/") {
			return
		}
		for _, loc := range wordRE.FindAllStringIndex(text, -1) {
			w := strings.TrimRight(strings.TrimLeft(text[loc[0]:loc[1]], "`\"'(<"), "?!.,;:`\"')>")
			if path, version, ok := ModulePath(w); ok && !yield(loc, module.Version{Path: path, Version: version}) {
				return
			}
		}
	}
}

// ModuleIn is the first Go module path a text names ("what licence does
// golang.org/x/text use?"), with its version when one is written.
func ModuleIn(text string) (path, version string, ok bool) {
	for _, m := range moduleWords(text) {
		return m.Path, m.Version, true
	}
	return "", "", false
}

// maskModulePaths blanks the Go module paths a text names ("golang.org/x/text",
// "example.com/apache"), so that the words in them are not taken for licences; the
// rest keeps its place.
func maskModulePaths(text string) string {
	b := []byte(text)
	for loc := range moduleWords(text) {
		for i := loc[0]; i < loc[1]; i++ {
			b[i] = ' '
		}
	}
	if strings.Contains(text, "://") {
		// "https://github.com/acme/mit/tree/main": the words of an address name no licence.
		for _, loc := range urlRE.FindAllStringIndex(text, -1) {
			if fromURL(strings.TrimRight(text[loc[0]:loc[1]], "?!.,;:)>`")) != "" {
				continue // a licence's own address ("https://opensource.org/licenses/MIT") names it
			}
			for i := loc[0]; i < loc[1]; i++ {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// urlRE finds a web address.
var urlRE = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"'|]+`)

// ModulePath reads w as a Go module path with an optional @version, as a person would
// write one: its first element a domain name ("golang.org", "gopkg.in"), and at least
// one element after it. "gpl-2.0/mit" is no such path.
func ModulePath(w string) (path, version string, ok bool) {
	path, version, _ = strings.Cut(w, "@")
	first, _, ok := strings.Cut(path, "/")
	if !ok || module.CheckPath(path) != nil || version != "" && module.Check(path, version) != nil {
		return "", "", false
	}
	tld := first[strings.LastIndexByte(first, '.')+1:]
	if len(tld) < 2 || strings.IndexFunc(tld, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return "", "", false
	}
	return path, version, true
}

// idLikeRE finds words written like licence IDs: a name, then a version ("Foo-2.0",
// "Acme-1.1-only", "XYZ-3+").
var idLikeRE = regexp.MustCompile(`\b[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z][A-Za-z0-9]*)*-v?\d+(?:\.\d+)*(?:-only|-or-later)?\+?`)

// comparedRE finds what a compatibility question compares with: the word after
// "compatible with" (past an article or possessive).
var comparedRE = regexp.MustCompile(`(?i)\b(?:compatible|compatibility|combined?|combining|mix(?:ed|ing)?)\s+with\s+(?:(?:the|a|an|our|my|your|their|its|this|that)\s+)?([A-Za-z0-9][A-Za-z0-9.+-]*)`)

// notLicenseWords are words a compatibility question compares with that are not licences.
var notLicenseWords = map[string]bool{"code": true, "project": true, "projects": true, "product": true, "products": true, "app": true,
	"application": true, "codebase": true, "repo": true, "repository": true, "library": true, "libraries": true, "work": true,
	"software": true, "license": true, "licence": true, "licenses": true, "licences": true, "it": true, "them": true, "ours": true,
	"proprietary": true, "closed": true, "commercial": true, "internal": true, "each": true, "other": true, "one": true,
	"something": true, "anything": true, "everything": true, "source": true, "firmware": true, "service": true, "stack": true,
	"own": true, "mine": true, "theirs": true, "data": true, "content": true, "stuff": true, "files": true}

// unknownLicenses lists the words of text that stand where a licence should and that
// FindLicenses does not know, each once.
func unknownLicenses(text string) []string {
	var out []string
	add := func(w string) {
		w = strings.TrimRight(w, ".,;:!?")
		if w != "" && len(FindLicenses(w)) == 0 && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	for _, w := range idLikeRE.FindAllString(text, -1) {
		add(w)
	}
	for _, m := range comparedRE.FindAllStringSubmatch(text, -1) {
		if !notLicenseWords[strings.ToLower(strings.TrimRight(m[1], ".,;:!?"))] {
			add(m[1])
		}
	}
	return out
}

// useWords map phrases (normalised) to uses; earlier entries win. The use is read from
// what is done: JavaScript served to browsers, an image given to customers and an agent
// a service installs are distributed; a plugin loaded at run time is linked
// dynamically; vendored source compiled in is linked statically.
var useWords = []struct {
	use   string
	words []string
}{
	// JavaScript served to customers' or users' browsers is distributed, even when the
	// same message says the backend never leaves the company's servers.
	{"distribute", []string{"customers browsers", "users browsers", "visitors browsers", "clients browsers", "customer browsers", "user browsers",
		"the public s browsers", "serve to browsers", "serve to the browser", "we serve to customers", "we serve to users",
		// Code run on the client side of a web app is sent to every visitor's browser.
		// A paper a journal publishes is handed out, however in-house the research was.
		"published by a", "published in a", "published in the", "in a journal", "in the journal", "journal article", "a commercial journal",
		"on the client side", "client side of my web app", "client side of our web app", "client side of the web app", "client side of my site", "client side of our site"}},
	// What customers run themselves was handed to them: "the product our customers
	// self-host", "customers deploy it on their own infrastructure", "our self-hosted
	// product", "the on-prem edition".
	{"distribute", []string{"self hosted product", "self hosted products", "self hosted edition", "on prem product", "on prem edition", "on premise product", "on premise edition", "on premises product", "on premises edition", "customers self host", "customers self hosting", "self hosted by customers", "self hosted by our customers", "customers host it", "customers run it",
		"customers deploy it", "customers deploy", "customers install", "customers installing", "on their own infrastructure", "on their infrastructure", "in their own data centers", "in their data centers",
		// Installing it on a customer's own machines hands them a copy: "install mysql on
		// their server as part of the deal", "sell it with the db preinstalled".
		"on their server", "on their servers", "on the customer s server", "on the customer s servers", "on customer servers", "on customers servers",
		"on the client s server", "on client servers", "at customer sites", "at customers sites", "at the customer s site", "preinstalled", "pre installed"}},
	// The server side of an app is a service, whatever the app is: "our mobile app's backend".
	// A server program's binaries or installer bundled with or shipped in a product go out
	// with it: "can we bundle the firebird database server binaries with our commercial
	// app?".
	{"distribute", []string{"server binaries", "server binary", "server executables", "server executable", "server installer", "server installers"}},
	// Software built for a customer is handed to them: "A customer wants a WordPress
	// plugin … Can I build the customer's plugin on it".
	{"distribute", []string{"customer wants a", "client wants a", "customer asked for a", "client asked for a", "the customer s plugin", "the client s plugin", "the customer s app", "the client s app",
		"the customer s software", "the client s software", "a plugin for a customer", "a plugin for a client", "a plugin for our customer", "a plugin for our client"}},
	{"saas", []string{"app s backend", "apps backend", "mobile backend"}},
	// Code linked into the asker's own phone apps goes out with them, whatever hosted
	// service the apps talk to: "linking an AGPL SDK into our closed mobile apps … we
	// only talk to their hosted service".
	{"mobile", []string{"into our mobile app", "into our mobile apps", "into our closed mobile app", "into our closed mobile apps", "into our ios app", "into our android app",
		"into our ios apps", "into our android apps", "in our mobile app", "in our mobile apps", "in our closed mobile app", "in our closed mobile apps"}},
	// A site or portal customers use is a service to them, however in-house its code
	// stays ("nobody outside gets the code; customers just use the website").
	{"saas", []string{"customers upload", "users upload", "customers send", "users send", "in our web app", "through our api", "via our api", "our public api", "commercial saas", "customer portal", "customers just use", "customers use the website", "customers use the site", "customers use the portal", "use over the web", "use it over the web", "over the web", "through the web",
		// A program run for others as a hosted service is a service, whatever the message
		// says of never distributing it; so is an instance of it one runs.
		"hosted service", "as a hosted", "a hosted service", "run an instance", "runs an instance", "our instance", "an instance", "a instance", "public instance",
		"users just use the website", "customers log in", "clients log in", "customers access the", "customer facing website", "customer facing site",
		// "we don't distribute any software, we just serve pages": a site's server side.
		"serve pages", "serve web pages", "serves pages", "serves web pages", "just serve pages",
		// An API others call runs on the server: "we only run it as a web API for our
		// clients", "a paid image search API on top of it".
		"as a web api", "a web api for", "web api for our", "as an api for", "api for our clients", "api for our customers", "api for clients", "api for customers",
		"paid api", "api on top of", "api built on",
		// A web app its users open in their browsers runs on the asker's servers: "people
		// just use it in the browser" (what the browser downloads is the page, not the program).
		"use it in the browser", "use it in their browser", "use it in their browsers", "use it in a browser", "use it in a web browser", "use it in the web browser",
		"use it through the browser", "use it through their browser", "use it from the browser", "use it from their browser", "use it via the browser",
		"use the service in the browser", "use the service in their browser", "use the service in a browser", "use the site in the browser", "use the app in the browser",
		// Run behind the front door of the asker's site: "stock searx behind our own
		// proxy". (Behind a firewall alone is kept in house.)
		"behind our own proxy", "behind our proxy", "behind our reverse proxy", "behind our own reverse proxy",
		"behind our own gateway", "behind our gateway", "behind our load balancer", "behind our own load balancer", "behind our nginx", "behind our login",
		// Put in the cloud by the asker: "before we put it in the cloud".
		"in the cloud for our", "put it in the cloud", "run it in the cloud", "runs in the cloud", "running in the cloud"}},
	{"internal", []string{"internal use", "for internal", "internal only", "keep the changes private", "keep our changes private", "keep them private",
		// "for our own internal logging", "free for our company to run", "for our team".
		"our own internal", "for our internal", "for our company to run", "for our company to use", "for the company to use", "for our team to use", "for our own team",
		// Run only inside the organisation: "can we run it just internally at our company?"
		"run it internally", "run it just internally", "can our company run it", "can our company use it", "could our company run it", "can my company run it", "can my company use it", "run it only internally", "runs it internally", "running it internally", "just internally", "purely internally", "strictly internally",
		"keep it private", "keep the changes", "across the company", "company wide", "companywide", "roll out", "rolling out", "on our workstations",
		"on our laptops", "on employee machines", "on our machines", "internally only", "only internally", "inside the company", "within the company",
		"inside one company", "inside our company", "within our company", "between teams", "never release", "private changes", "privately",
		// "everything runs only inside our own organisation": the organisation's own use.
		"inside our organisation", "inside our own organisation", "within our organisation", "within our own organisation", "inside the organisation", "within the organisation",
		"inside our organization", "inside our own organization", "within our organization", "within our own organization", "inside the organization", "within the organization",
		// A CI or build pipeline runs in house; a training or setup pipeline says nothing of it.
		"ci pipeline", "build pipeline", "our pipeline", "our pipelines", "deployment pipeline", "deploy pipeline", "release pipeline", "in the pipeline", "in our pipeline", "analysis pipeline", "data pipeline",
		"build script", "build scripts", "ci", "our own servers", "my own servers", "business runs on", "company runs on", "we run our business on", "only on our own machines", "only runs on our own machines", "only run on our own machines", "only on my own machines", "only runs on my own machines", "only on my own computer", "at work", "for work", "build server", "build servers", "only run it", "internal tool", "internal tools",
		"internal dashboard", "internal app", "internal web app", "internal web application", "internal website", "internal portal", "internal service", "internal system", "intranet", "only employees", "employees only", "our employees", "never distribute", "not distribute",
		"don t distribute", "do not distribute", "won t distribute", "dont distribute", "wont distribute", "not going to distribute", "without distributing", "not distributed", "never distributed", "never leaves",
		"private network", "internal network", "company network", "corporate network", "use in house", "used in house", "use it in house", "using it in house", "in house only", "only in house", "nobody outside", "no one outside", "noone outside", "our own staff", "only our staff", "staff only",
		"during the build", "during our build", "while coding",
		// A tool run to do analyses or reports for clients: the results go to them, the
		// tool stays ("kh coder (gpl text-mining tool) for paid client analysis").
		"client analysis", "client analyses", "client reports", "reports for clients", "reports for our clients", "analysis for clients", "analysis for our clients", "analyses for clients", "analyses for our clients",
		// A build plugin runs while the work is built: "git-commit-id maven plugin … in our build".
		"maven plugin", "gradle plugin", "build plugin", "in our build", "in our commercial build",
		// Run on the asker's own work machine: "am i allowed to run it on my company laptop?"
		"company laptop", "work laptop", "work computer", "company computer", "company machine", "office computer", "work machine",
		// Run only to build the asker's work: "if it only runs while building the docs".
		"only runs while building", "only run while building", "only runs at build time", "only at build time", "build time only", "runs during the build",
		"only use internally", "only used internally", "only use it internally", "use it internally", "used internally", "only use in house", "only use it in house",
		// Run on the asker's own cluster, for their own people.
		"on our own cluster", "on our own kubernetes cluster", "on our own elasticsearch cluster", "on our own k 8s", "on our own kubernetes", "on our own infrastructure",
		"only our employees", "only employees and contractors", "our employees and contractors",
		"internal docs", "internal documentation", "internal wiki", "internal slides", "internal presentation", "internal training",
		"development aid", "dev aid", "debug builds", "debug build", "dev builds", "development builds", "dev console", "developer console", "development only", "dev only", "in our editors", "in our editor", "in our ides", "in our ide", "run it in house", "runs it in house", "running it in house", "in prod at", "in production at", "self host it for our", "for our own logging", "for our own monitoring", "for benchmarks", "for benchmarking", "in a paper", "for a paper", "for research", "research only", "our own infra", "own infrastructure", "team only", "for our team", "our team only", "our own team", "for our own team", "own ml team", "own dev team", "own data team", "own it team", "for our developers", "for our engineers", "for our staff", "for our own staff", "nothing resold", "not resold", "never resold", "at home", "on my own machine", "on my own computer", "on my own laptop", "my own kernel", "my own pc", "just for myself", "only for myself",
		"with colleagues", "with our colleagues", "with my colleagues", "with coworkers", "with co workers", "with my team", "with our team",
		"for colleagues", "for my colleagues", "for our colleagues", "for coworkers", "for co workers", "for my coworkers", "for my co workers",
		"on work machines", "on our work machines", "work computers", "work laptops", "company machines", "company laptops", "company computers", "office machines",
		"never given to anyone", "not given to anyone", "never give it to anyone", "never hand it to anyone", "never handed to anyone", "for my own use", "for our own use",
		// A dependency of the tests or the build, which never ships.
		"in our unit tests", "only in tests", "only in our tests", "only used in tests", "only used in our tests", "only for tests", "test only dependency", "test dependency", "test dependencies",
		"in our test suite", "only in our test suite", "in the test suite",
		// Tools used to build a product are used, not shipped: "GPL tools to build our product".
		"tools to build", "tool to build", "as a build tool", "tools to compile", "tool to compile",
		"as a dev dependency", "as a devdependency", "only a dev dependency", "only a devdependency", "build time only", "only needed at build time", "needed only at build time",
		"only at build time", "at build time only", "only during the build", "only during build"}}, // said outright, it wins
	// Apple's store for desktop apps ("the Mac App Store", rewritten "mac store" by
	// useFrom) hands out desktop programs.
	{"distribute", []string{"mac store"}},
	// An app sold through an app store is a mobile app however it links: the store's
	// terms are what decide for copyleft code there.
	{"mobile", []string{"store app", "store apps", "app store", "play store", "google play", "app stores", "iphone", "ipad", "android app", "ios app", "android apps", "ios apps", "mobile app", "mobile apps", "iphone app", "apk",
		"android game", "android games", "ios game", "ios games", "mobile game", "mobile games",
		// Frameworks whose apps go to phones: "a closed-source Flutter app", "react-native-ffmpeg".
		"flutter app", "flutter apps", "flutter plugin", "react native", "xamarin app", "xamarin apps"}},
	// A font or image embedded in documents users make (PDFs, slides) goes out with them:
	// it is distributed, whatever "embed" says of linking elsewhere.
	{"distribute", []string{"in the pdfs", "in pdfs", "into pdfs", "in the pdf", "into the pdf", "in a pdf", "in documents", "in the documents", "into documents",
		"in their documents", "embed the font", "embedded font", "embedded fonts", "font embedding", "into a pdf", "into pdf",
		"printed copies", "pdf copies", "printed and pdf", "hand out copies", "hand out printed", "hand out pdf",
		// Print is a copy handed out.
		// Documentation, a blog or a talk is published to its readers.
		"in our docs", "in our documentation", "in the docs", "in the documentation", "in our user manual", "in our manual", "in the manual",
		"on our blog", "in our blog", "in a blog post", "in our blog post", "in our slides", "in a conference talk", "in our readme",
		"printed book", "printed books", "print book", "in print", "in our book", "in my book", "in a book", "in the book", "on a flyer", "on the flyer", "on flyers", "a paper flyer", "on a poster", "on posters",
		"on a t shirt", "on t shirts", "on merch", "on merchandise", "in a brochure", "on packaging", "on the packaging", "on business cards", "print them", "print it",
		// A bundle sent to browsers is distributed, however a bundler put it together.
		"minified bundle", "minified client side", "browser bundle", "served to browsers", "sent to browsers", "shipped to browsers", "ships to browsers", "ships to the browser",
		// A site's scripts minified into a bundle are what its visitors download.
		"minifies every script", "minify every script", "minifies our scripts", "minify our scripts", "minified file", "minified script", "minified scripts", "scripts into one bundle", "scripts into a single bundle"}},
	// A library the user installs apart, which the work finds at run time, is not shipped
	// with it: "we don't ship vlc, the user installs it separately".
	{"dynamic_link", []string{"pip installed", "pip install", "pip installs", "installed with pip", "installed from pypi", "installed via pip", "installed separately", "installs it separately", "install it separately", "installs them separately", "install them separately",
		"user installs", "users install", "user has to install", "users have to install", "installed by the user", "installed by users", "users install it themselves",
		// "we never bundle it and users add it themselves"
		"users add it themselves", "user adds it themselves", "users add them themselves", "users provide it themselves", "user provides it themselves",
		"users supply it themselves", "user supplies it themselves", "users bring their own", "never bundle it", "never bundle them"}},
	{"static_link", []string{"linking static", "linked static", "linkage static", "static linkage", // "- linking: static"
		"go binary", "go binaries", "golang binary", "golang binaries", "rust binary", "rust binaries", // Go and Rust link their dependencies in
		"static link", "statically link", "statically linked", "static linking", "link statically", "statically", "linked statically",
		"vendored", "vendor the", "vendoring", "static libstdc", "static libgcc", "static linked", "static linkage", "linked static", "we vendor", "to vendor", "vendor it", "vendor in", "vendor them", "compiled in", "compile it in", "compile it into", "compiled into", "compiling it into", "build it into",
		"built into them", "built into it", "built into the binary", "built into our", "baked into our", "baked into the binary",
		"compiles it into", "compiles them into", "bundles it into", "bundles them into", "bundled into", "webpack", "rollup", "esbuild", "browserify",
		"single binary", "static library", "static binary", "into the exe", "embedded resource", "embedded resources", "as resources", "transitive crate", "crate in our", "crates in our", "into the binary", "into our binary", "into the executable", "into our executable", "end up in the binary", "ends up in the binary", "end up in our binary", "ends up in our binary", "ends up in one image", "end up in one image", "one firmware image", "single firmware image", "compiles everything into", "compile everything into", "into one executable", "into a single executable", "into one binary", "shade", "shaded", "shading", "shades", "fat jar", "uber jar", "uberjar", "jar with dependencies", "shadow jar", "pasted into", "pasted in", "paste it into", "paste into", "pasting it into",
		"copied into", "copy it into", "copy into", "copying it into",
		// An Arduino sketch is compiled with the core and its libraries into one firmware image.
		"our sketch", "the sketch", "my sketch", "arduino sketch", "sketches", "copy pasted", "copy and paste", "copy the source", "copy the code", "copy paste", "copied the code", "paste the code", "copy some code", "copying code",
		// Code copied in as source, a function or a file at a time, is compiled with the
		// work: "can i copy a function from an lgpl library into my mit project?".
		"copy a function", "copy functions", "copy a few functions", "copy some functions", "copy a class", "copy a file", "copy files", "copy some files",
		"copy a snippet", "copy snippets", "copy parts of", "copy part of", "began as a copy", "started as a copy", "in source form"}},
	// A program run as a service of its own beside one's own, reached over the network,
	// is no library linked in: "runs it as a microservice and calls its api".
	{"saas", []string{"as a microservice", "as a micro service", "as microservices", "as a separate service", "as its own service", "as a sidecar", "as a standalone service"}},
	{"dynamic_link", []string{"dynamic link", "dynamically link", "dynamically linked", "dynamic linking", "link dynamically", "linked dynamically", "dynamically",
		"shared library", "shared libraries", "shared libs", "shared objects", "dll", "dlls", "so file", "on the classpath", "separate jar", "separate jars", "dlopen", "dlopens", "dlopened", "function pointers", "at runtime", "at run time", "loaded at", "load it at", "runtime plugin",
		"as a plugin", "plugin loaded", "loads plugins", "load plugins", "swap the", "replace the library",
		// A plug-in said to run in its host: "our qgis plugin (python, loads inside qgis)".
		"loads inside", "loaded inside", "load inside", "loading inside", "loaded in process", "runs in process", "in the same process",
		// A JNI wrapper loads the native library at run time.
		"jni",
		// A loadable kernel module is linked into the running kernel.
		"kernel module", "kernel modules", "loadable module", "loadable modules",
		// A plug-in for a host program is loaded by it: "closed plugins for nukkit, which is LGPL".
		"plugin system", "plugin systems", "plugin architecture", "plugin api", "third party plugins", "3rd party plugins",
		"calls functions", "call functions", "calling functions", "calls its functions", "call its functions", "calls their functions", "calls its api", "call its api", "calls the api", "call the api", "calling the api", "calls into the api",
		"call it from", "calls it from", "calling it from", "call into it", "calls into it", "functions throughout",
		// "it calls into Rmath, which is GPL" (not "calls into question").
		"calls into", "call into", "calling into",
		"plugin for", "plugins for", "plug in for", "plug ins for", "mod for", "mods for", "extension for", "extensions for", "addon for", "addons for", "add on for", "add ons for"}},
	// Devices that run Android, shipped with the software on them, are hardware handed
	// over, not an app through a store: "an android tv box maker ships modified kodi".
	{"distribute", []string{"tv box", "tv boxes", "android box", "android boxes", "set top box", "set top boxes", "custom rom", "custom roms",
		"device maker", "device makers", "box maker", "box makers", "phone maker", "phone makers", "tablet maker", "tablet makers",
		"preinstalled", "pre installed", "preloaded", "pre loaded"}},
	{"mobile", []string{"app store", "play store", "mobile", "ios", "android", "iphone", "ipad"}},
	// "Embed" says less of linking than "statically link": in a mobile app, the app is what matters.
	{"static_link", []string{"embed", "embeds", "embedding"}},
	// A mod sold goes to whoever buys it, whatever it loads into: "mods for sale" (and
	// paidModRE: "selling a paid spaceengine mod built with CC BY-NC-ND textures").
	{"distribute", []string{"mod for sale", "mods for sale",
		// A modpack is a bundle of mods handed out: "can it go in my curseforge modpack?".
		"modpack", "modpacks", "mod pack", "mod packs"}},
	// Linking said without "statically" is the common case of a shared library: a
	// library is linked at load time unless the question says it is copied in.
	{"dynamic_link", []string{"link against", "links against", "linking against", "linked against", "link to", "links to", "linking to", "link a", "link an", "link the", "link with", "links with", "linking with",
		"link from", "links from", "linking from", "linked from", "allow linking", "allows linking",
		"linking dynamic", "linked dynamic", "linkage dynamic", "dynamic linkage", // "- linking: dynamic"
		"links a", "links an", "links the", "linking a", "linking an", "linking the", "linked with",
		"link it", "link them", "links it", "links them", "linking it", "linking them", // "can we link it?": linked, how left unsaid
		"link into", "links into", "linking into", "linked into", "gets linked in", "get linked in", // "link Ghostscript into our app": the name is blanked
		"loads into", "loaded into", "load into", "loading into",

		// A plug-in that only calls a platform's public interfaces, and a program built
		// to run on a runtime, use them the way a linked library is used.
		"calls the public", "public plug in api", "public plugin api", "public plug in apis", "public plugin apis", "public apis", "plug in apis", "plugin apis",
		// An API in a programming language is called in process: "add-ons talk to it
		// only through its Python API".
		"python api", "c api", "c + + api", "java api", "lua api", "javascript api", "scripting api", "extension api", "add on api", "addon api",
		"build on it", "built on it", "building on it", "runs on it", "running on it",
		// A game's mod is loaded by the game.
		"mod", "mods"}},
	// A program run for the public on one's own servers is a service, whatever it is
	// ("we modified a game server and run it publicly").
	{"saas", []string{"run it publicly", "runs it publicly", "running it publicly", "host it publicly", "hosting it publicly", "hosted publicly", "run publicly", "running publicly",
		"on a public server", "on our public server", "on my public server", "on public servers", "on a public web server", "on a public website",
		// "a backend that we host for customers": run for them, not handed to them.
		"we host for customers", "we host for our customers", "host it for customers", "host it for our customers", "hosted for customers", "hosted for our customers",
		"we host for clients", "host it for clients", "hosted for clients", "host for our clients",
		// A proxy or gateway run before one's own services serves their users: "run it as a
		// reverse proxy in front of our closed webapps".
		"in front of our", "in front of my", "reverse proxy", "as a proxy", "api gateway", "load balancer",
		// A paywall stands before pages one's own servers serve: "osm maps behind our paywall".
		"behind our paywall", "behind a paywall", "behind the paywall", "behind my paywall", "paywalled"}},
	// Reached through a browser, a program runs on the server: "customers access it
	// through the browser" is a network service, unlike JavaScript sent to browsers.
	{"saas", []string{"access it through", "access it via", "access it over", "accessed through", "accessed via", "accessed over", "access it in",
		"through the browser", "through a browser", "through their browser", "via the browser", "via a browser", "web interface", "web ui"}},
	// Front-end code and web fonts on a site are downloaded by every visitor's browser:
	// "jQuery plugins on our website" are distributed, as JavaScript served to browsers is.
	{"distribute", []string{"browser", "browsers", "javascript", "client side", "frontend", "front end", "javascript bundle", "js bundle",
		"jquery", "jquery plugin", "jquery plugins", "js library", "js libraries", "js lib", "javascript library", "javascript libraries", "js file", "js files", "css framework", "css library",
		"web font", "web fonts", "webfont", "webfonts", "font files on our site",
		"font on our website", "fonts on our website", "font on our site", "fonts on our site", "font on the website", "fonts on the website",
		"font on my website", "fonts on my website", "font on a website", "font for our website", "fonts for our website", "font on our web", "font on our landing page"}},
	// Self-hosting is running it for one's own people, unless what is self-hosted goes to
	// visitors' browsers ("we self-host the webfonts on our site"), as said just before.
	{"internal", []string{"we self host", "we self-host"}},
	{"distribute", []string{"marketplace", "ami", "vm image", "agent", "agents", "installer", "on prem", "on premise", "on premises",
		"appliance", "desktop", "electron", "browser extension", "browser extensions", "chrome extension", "chrome extensions", "chrome web store", "firefox add ons", "edge add ons", "firefox extension", "firefox add on", "browser add on", "web extension", "userscript", "vs code extension", "installed locally", "install it locally", "installed on site", "on their premises", "on their own servers", "on their servers",
		"cdn", "host the binaries", "host binaries", "hosting the binaries", "binaries for download", "game", "games", "download", "downloadable", "downloading", "downloads", "downloaded",
		"charge a fee", "charge for", "charging for", "for a fee", "sell copies", "sells copies", "charge money for", "charging money for", "money for copies", "for copies of", "npm package", "pypi", "firmware", "device", "devices", "embedded", "router", "hardware",
		// A product sold to customers goes to them, whatever cloud words the message has.
		"into a product we sell", "into the product we sell", "product we sell directly", "sell directly to customers", "sell it directly to", "sell it to customers", "sell them to customers",
		"ship it to customers", "ship to customers", "ships to customers", "sold to customers", "we sell to customers",
		// Scripts in the pages a site serves are downloaded by every visitor.
		"in every page we serve", "pages we serve", "page we serve", "min js",
		// A program that runs another as a separate process ("shells out to a GPL CLI tool")
		// is given to others as itself; the other program is not linked into it.
		"shells out", "shell out", "shelling out", "subprocess", "separate program", "separate process", "parses its output", "parse its output", "reads its output", "read its output", "only runs",
		"parse the output", "parses the output", "parsing the output", "read the output", "reads the output", "parse its csv", "parse the csv"}},
	// A distribution's archive hands its packages to every user: "can det go into debian
	// main?". (Packaging one's own code "for fedora" asks what the distribution accepts.)
	{"distribute", []string{"debian main", "into debian", "into fedora", "into ubuntu", "into nixpkgs", "into homebrew", "into a distro", "into the distro", "into linux distros", "into linux distributions"}},
	{"saas", []string{"sell access", "access to a service", "managed service", "as a service", "behind the scenes", "saas", "run it publicly", "publicly accessible",
		// "since it runs behind twitter.com": the code serves a site, whose users get no copy
		"runs behind", "run behind", "running behind", "sits behind", "sit behind", "powers our site", "powers our website", "powers our api",
		"lambda function", "lambda functions", "aws lambda", "serverless", "cloud function", "cloud functions", "azure function", "azure functions",
		"public instance", "for the public", "public website",
		// A service sold or run for pay is still a service: "ok for a commercial service?"
		"commercial service", "commercial services", "paid service", "paid services", "commercial api", "paid api", "commercial chatbot", "customer chatbot",
		// Run on a cloud, or on a provider's managed service: "our app runs on aws managed
		// redis" is a service, nothing of it handed out.
		"on aws", "on azure", "on gcp", "on google cloud", "aws managed", "managed redis", "managed postgres", "managed postgresql", "managed mysql",
		"managed database", "managed databases", "managed kafka", "managed elasticsearch", "managed mongodb", "elasticache", "amazon rds", "aws rds"}},
	// A release of the software, as a thing handed out ("can the release stay mit", "we
	// publish releases on github"), goes out whatever server it is: "our minecraft server
	// bundles bukkit".
	{"distribute", []string{"can the release", "the release stay", "the release be", "our release builds", "our releases", "its releases", "release builds", "release zip", "release zips", "release archive",
		"releases on github", "github releases", "github release", "release binaries", "publish releases", "publish a release", "release it on github", "release them on github"}},
	{"saas", []string{"saas", "as a service", "hosted", "host", "hosting", "cloud", "web service", "web app", "webapp", "webapps", "web apps", "webshop", "web shop", "online shop", "online store", "ecommerce site", "e commerce site", "web application", "web applications", "website", "web site", "backend", "back end", "blog", "blogs",
		"server side", "our service", "network service", "online service", "api", "server", "servers", "microservice", "over the network", "over a network",
		// A service of one's own that customers call runs on one's own servers.
		"rest service", "rest services", "grpc service", "http service", "customers call", "clients call", "users call"}},
	// A module imported by a script is linked at run time, unless a network service
	// said first says where it runs.
	{"dynamic_link", []string{"import", "imports", "importing", "imported"}},
	// A translation or a port is a changed version of the work, whoever it is then given
	// to: "publish a Russian translation of it", "port its colour palette to a theme".
	{"modify", []string{"translation of", "a translation", "translate it", "translating it", "port it to", "port its", "ported it", "porting it", "port them to", "a port of",
		"translate a", "translate an", "translate the", "translating a", "translating the", "translate", "translating", "translated", "rewrite it in", "rewriting it in", "rewrote it in",
		"ported a", "ported an", "ported the", "porting a", "porting an", "porting the", "port a", "port an", "port the", "ported some", "ported parts"}},
	{"distribute", []string{"ship", "ships", "shipping", "shipped", "distribute", "distributing", "distributed", "distribution", "binary", "binaries", "product", "products", "sell", "sells", "selling", "sold",
		"buy", "buys", "bought", "purchase", "purchased", "prebuilt", "pre built", "upload", "uploads", "uploading", "uploaded", "post them", "posting them", "post prebuilt", "i post", "we post",
		"customer", "customers", "client", "clients", "release", "sdk", "app", "application", "give away", "give it", "publish", "redistribute", "redistributing",
		"commercial software", "commercial product", "commercial application", "commercial app", "commercially", "third parties", "third party",
		"commercial use", "commercial purposes", "commercial project", "commercial projects",
		// Scripts a site serves to its visitors go to them.
		"js", "minified", "convey", "conveying", "conveyed",
		// What is bundled goes out with what it is bundled in ("can an mit tool keep
		// bundling it?"); "the bundled implementations" say only where code sits.
		"bundling", "bundle it", "bundle them", "bundles it", "bundles them", "bundled it", "bundled them", "bundled with our", "bundled in our", "bundled into our",
		"bundle it with", "bundle them with",
		// What a packager packages goes out in the package: "docs we package", "packaging it for debian".
		"we package", "i package", "packaging it", "packaging them", "package it for", "packaged for",
		"fedora package", "debian package", "ubuntu package", "distro package", "deb package", "rpm package", "our rpm", "our deb"}},
	// A server program run for others to use is a service, changed or not: "we run a
	// modified mastodon fork as our social network".
	{"saas", []string{"as our social network", "as our community", "as our forum", "as our community forum", "our own instance", "our public instance", "a public instance", "our mastodon instance"}},
	{"modify", []string{"modify", "modifying", "modified", "modifications", "fork", "forked", "forking", "patch", "patched", "change the code", "changes to", "tweak", "adapt",
		"recolor", "recolour", "recolored", "recoloured", "remix", "remixed", "remixing", "alter", "altered", "altering",
		// Cropping or resizing an image changes it: "a CC BY-ND image if I crop it".
		"crop it", "crop them", "cropped", "cropping", "crop the", "resize it", "resized", "resizing", "scale it down", "scaled down", "scaled copies",
		// Taking over an abandoned project to keep it going changes it: "take it over and fix it up".
		"change it", "changing it", "fix it up", "fixing it up", "take it over and", "taking it over and", "maintain a fork", "keep maintaining it",
		// An edited image or text is a changed one: "an edited version of a flickr photo".
		"edited", "an edit of", "edit it", "edit them", "photoshopped",
		// Code taken and then changed: "we copied the plugin into our project and changed it".
		"changed it", "changed them", "and changed", "made changes", "made some changes"}},
	{"internal", []string{"internal", "internally", "in house", "our own use", "tooling", "only we", "just us", "ci pipeline", "build tool", "build tools", "dev tools",
		"developer tools", "dev dependency", "devdependency", "test", "tests", "testing", "private use", "personal use", "only use it"}},
	// A model fine-tuned, or trained on the material, is made from it: "fine-tune
	// CodeLlama on the data", "can we train a commercial model on it?"; one said to stay in
	// house ("fine-tune it for an internal coding assistant") is used in house.
	{"modify", []string{"fine tune", "fine tuning", "fine tuned", "finetune", "finetuning", "finetuned",
		"train a model on", "train our model on", "train my model on", "train the model on", "train models on", "train our models on",
		"train a commercial model on", "train our commercial model on", "training a model on", "training our model on", "training models on"}},
}

// intoOneRE: works put together into one new whole.
var intoOneRE = regexp.MustCompile(`\binto\s+(?:one|a\s+single|a\s+combined|a\s+new|the\s+same)\s+(?:\w+\s+)?(?:handbook|book|work|program|library|lib|binary|app|application|project|package|repo|repository|collection|dataset|document|file|game|codebase|whole|thing)\b`)

// remixWithRE: works remixed with each other ("remix a cc by-sa cookbook with cc by-nc
// material"), not one remixed from the other.
var remixWithRE = regexp.MustCompile(`\bremix(?:es|ed|ing)?\s+[^.?!]{0,60}?\bwith\b`)

// compatWords make a question with two licences one of compatibility; "project"
// counts only with a verb of taking code in ("include LGPL code in an Apache project").
var (
	compatWords  = []string{"compatible", "compatibility", "incompatible", "compatable", "compatiable", "compatibile", "compatability", "compatibilty", "incompatable", "conflict", "conflicts", "conflicting", "clash", "clashes", "combine", "combined", "relicense", "relicensing", "go in", "goes in", "under the same"}
	combineWords = []string{"combine", "combined", "combining", "combination", "mash up", "mashed up", "linked together", "link them together", "they be linked", "mix", "mixes", "mixed", "mixing", "together", "side by side",
		"in one program", "in the same program", "in one binary", "in the same binary", "in one project", "in the same project", "in one work",
		"in the same work", "in one codebase", "in the same codebase", "in one repo", "in the same repo", "end up in", "coexist", "co exist", "live together",
		"in one executable", "in the same executable", "in a single binary", "in a single executable", "in a single program", "in one image",
		"in the same image", "in one jar", "in the same jar", "in the same firmware", "in one firmware", "in the same app", "in one app",
		"in the same application", "in one application", "in the same file", "in one file", "in the same module", "in one module",
		"as one program", "as a single program", "as one binary", "as one product", "as one application", "as a single binary"}
	takeInWords  = []string{"include", "copy", "put", "add", "vendor", "paste"}
	projectWords = []string{"project", "codebase", "repo", "repository", "library"}
	// workWords, right after a licence, say it is the licence of the work code goes
	// into ("a GPLv2 project"), not of the code taken in ("Apache code").
	workWords = []string{"project", "projects", "codebase", "repo", "repository", "product", "products", "application", "applications", "program", "daemon", "backend", "frontend", "website",
		"work", "app", "apps", "game", "firmware", "service", "system", "platform", "fork", "distribution", "distro", "server", "client",
		"theme", "emulator", "editor", "tree"}
	// profileWords ask about a licence itself rather than about one use of it; without a
	// use, such a question is answered with what the licence means under the policy for
	// every use.
	profileWords = []string{"obligations", "obligation", "requirements", "conditions", "duties", "what does", "what do", "mean", "means", "meaning",
		"what is", "what s", "whats", "what are", "tell me", "explain", "about", "summary", "summarise", "summarize",
		"category", "classified", "classification", "copyleft", "permissive", "policy",
		"patent", "patents", "clause", "clauses", "viral", "infectious", "warranty", "liability", "trademark", "trademarks", "termination", "notice", "notices",
		"valid", "enforceable", "legally binding", "reject", "rejects", "rejected", "why would", "why do", "why does", "why is", "why are",
		"violate", "violates", "violating", "violation", "violations", "breach", "breaches", "breaching",
		// The words the normalised text keeps of "a proper licence", "a real license"
		// (the word licence itself is dropped).
		"a proper", "a real open", "a valid", "a genuine", "an actual", "legit", "legitimate", "overcautious", "over cautious",
		"non free", "nonfree", "a free", "dfsg free", "count as free software"}
	openSourceWords = []string{"open source", "opensource", "osi", "osi approved", "free software", "foss", "oss", "libre"}
)

// MaxProfiles is how many licences one question is profiled for; a longer list is
// better asked about one use.
const MaxProfiles = 3

// exprRE finds a written SPDX expression: IDs joined by upper-case OR, AND or WITH,
// with parentheses.
// noticeAskRE finds a question of what notice or credit a licence asks for: "do we
// still need to carry their copyright notice", "do we need credit on the page".
var noticeAskRE = regexp.MustCompile(`\b(?:copyright|licen[cs]e|permission)\s+(?:notices?|lines?|texts?|headers?|files?)\b|\bcredit\b|\battribut\w*|\bwhere\s+(?:would|does|do|should|must)\s+(?:it|they|that|the\s+\w+)\s+go\b`)

// includeTextRE finds a licence's text or notice said to be included ("include the GPL
// text in our repo"): a question of notices, not by itself of code taken into a project.
var includeTextRE = regexp.MustCompile(`\b(?:include|add|put|copy|ship|bundle)\w*\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:full\s+)?(?:[al]?gpl|apache|mit|bsd|mpl|licen[cs]e)\w*\s+(?:licen[cs]e\s+)?(?:texts?|notices?|files?)\b`)

// onlyOrLaterAskRE finds a question that weighs "only" against "or later": "gplv2+ or
// gplv2 only?", "v2 only or v2 or later?".
// exactVersionRE: a version said to be the only one: "exactly version 3", "just v2".
var exactVersionRE = regexp.MustCompile(`\b(?:exactly|just|strictly|only)\s+(?:version\s*|v)\d(?:\.\d)?\b|\bversion\s+\d(?:\.\d)?\s+only\b|` + plainVersion)

// plainVersion is a licence's version said with nothing after it, to set it against its
// "or later" form: "plain gplv2", "just GPL 3". plainVersionAskRE asks whether the code
// should be under that: "makes add-ons 'gplv2 or later'. shouldn't that be plain gplv2?"
const (
	plainVersion = `\b(?:plain|just|strictly|simply)\s+` + versionAlone
	versionAlone = `(?:the\s+)?(?:gnu\s+)?(?:[la]?gpl|gfdl)[\s-]*v?\d(?:[._]\d)?\b(?:[\s-]*(?:only|like|as|,|\?|$))`
)

var plainVersionAskRE = regexp.MustCompile(`\b(?:should(?:n't|n’t|\s+not)?|would(?:n't|n’t)?|could|must|can|is|isn't|isn’t)\s+(?:it|that|this|they|these|we|the\s+[\w-]+)\s+(?:not\s+|rather\s+|instead\s+)?(?:(?:just|simply)\s+(?:be|say|use|stay)\s+` + versionAlone + `|(?:be|say|use|stay)\s+` + plainVersion + `)`)

// onlyOrLaterAskRE: a question that weighs a version "only" against "or later" ("is
// that gplv2+ or gplv2 only?", "say 'gpl 3 or later', or exactly version 3?"), or that
// says no "or later" was written and asks whether that makes it "only" ("no 'or later'
// anywhere. so is it gpl-2.0-only?").
var onlyOrLaterAskRE = regexp.MustCompile(`\b(?:no|without|lacks?|lacking|never\s+says?|doesn'?t\s+say|don'?t\s+say)\s+(?:an?\s+|the\s+|any\s+)?["'“‘]?(?:or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later(?:\s+version)?|\+)["'”’]?[^?]{0,80}?\b(?:is|does|would)\s+(?:it|that|this|the\s+\w+)\s+(?:then\s+|really\s+|actually\s+|mean\s+(?:it'?s\s+|it\s+is\s+)?|make\s+it\s+)?(?:[\w.+-]+[- ])?only\s*\?` +
	`|(?:\bonly|\+|\blater(?:\s+version)?)["'”’]?\s*(?:[^.?!]{0,40}?\s)?\bor\b[^.?!]{0,40}(?:\bonly|\+|\blater(?:\s+version)?|\b(?:exactly|just|strictly)\s+(?:version\s*|v)?\d(?:[._]\d)?)["'”’]?\s*(?:\?|(?:thanks|thank\s+you|thx|cheers|ty)\b|$)`)

// onlyOrLater tells whether ids are one licence's "-only" and "-or-later" forms, and
// which is which.
func onlyOrLater(ids []string) (only, later string, ok bool) {
	if len(ids) != 2 {
		return "", "", false
	}
	for _, pair := range [][2]string{{ids[0], ids[1]}, {ids[1], ids[0]}} {
		if base, found := strings.CutSuffix(pair[0], "-only"); found && pair[1] == base+"-or-later" {
			return pair[0], pair[1], true
		}
	}
	return "", "", false
}

// nonCodeRE names works that are not code: text, papers, art, sound, data ("my thesis
// pdf", "the docs", "the art, music and story", "our dataset").
// ownNonCodeRE: works other than code said as the asker's or as what is licensed ("our
// product's user docs", "our open dataset", "the docs and figures"), not as the kind of
// a program ("a photo editor") or another's ("the paper's authors").
var ownNonCodeRE = regexp.MustCompile(`\b(?:our|my|the|its|this|a)\s+(?:[\w'’-]+\s+){0,3}?(?:docs|documentation|manuals?|thesis|figures?|images?|art|artwork|assets|sprites|textures|music|sounds?|audio|videos?|photos?|data|datasets?|icons?|blog\s+posts?)\b(?:\s+(?:and|or|&)\s+[\w-]+)?(?:\s*[,.?!;:]|\s*$|\s+(?:and|or|for|under|in|get|gets|should|is|are|be|to|with|from|of|themselves|site|repo|repository|that|which|so|but|we|i)\b)`)

var nonCodeRE = regexp.MustCompile(`\b(?:docs|documentation|manuals?|thesis|theses|papers?|pdfs?|articles?|books?|prose|tutorials?|slides|figures?|images?|art|artwork|artworks|assets|sprites|textures|music|sounds?|audio|videos?|photos?|data|datasets?|data\s+sets?|icons?|story|stories|blog\s+posts?|wiki\s+(?:text|pages?|content)|(?:awesome|written|reading|curated|link)\s+lists?)\b`)

// AsksObligedToContribute tells whether a message asks if a licence makes one send
// changes back to the project the code came from ("do we have to send the changes back
// to the asf before shipping?", "must we contribute our changes upstream?").
func AsksObligedToContribute(text string) bool {
	return obligedToContributeRE.MatchString(strings.ToLower(asTyped(text)))
}

var obligedToContributeRE = regexp.MustCompile(`\b(?:do|does|must|should|would|will|are|am|is)\s+(?:we|i|you|they|one|our\s+\w+)\s+(?:(?:have|need|required|obliged|obligated|forced|supposed)\s+to\s+|also\s+|then\s+)*(?:send|contribute|give|push|submit|upstream|offer|return|share)\b[^.?!]{0,50}?\b(?:back|upstream|to\s+(?:the\s+)?(?:original|upstream|maintainers?|authors?|project|asf|apache|foundation|developers?))\b|\bmust\s+(?:we|i)\s+(?:contribute|upstream)\b|\b(?:required|obliged|obligated|forced)\s+to\s+(?:contribute|upstream|send\s+(?:them|it|the\s+changes|our\s+changes)\s+back)\b`)

// namesCreativeCommonsBY tells whether ids hold a Creative Commons BY licence, of any
// kind (BY, BY-SA, BY-NC, …).
func namesCreativeCommonsBY(ids []string) bool {
	return slices.ContainsFunc(ids, func(id string) bool { return strings.HasPrefix(id, "CC-BY") })
}

// AsksAboutFontEmbedded tells whether a message speaks of a font embedded in documents
// ("any document that embeds it", "users embed it in the PDFs they create").
func AsksAboutFontEmbedded(text string) bool {
	lower := strings.ToLower(text)
	return strings.Contains(lower, "embed") && (fontWordRE.MatchString(lower) || glyphWordRE.MatchString(lower)) && fontEmbeddedRE.MatchString(lower)
}

var (
	glyphWordRE    = regexp.MustCompile(`\bglyphs?\b`)
	fontEmbeddedRE = regexp.MustCompile(`\b(?:documents?|pdfs?|ebooks?|e-books?|slides|presentations?|posters?|print\s+files?)\b[^.?!]{0,40}\bembed\w*|\bembed\w*\b[^.?!]{0,40}\b(?:documents?|pdfs?|ebooks?|e-books?|slides|presentations?|posters?|print\s+files?)\b`)
)

// AsksAboutSystemLibrary tells whether a message speaks of the GNU licences' system
// library exception, by its name or by what it covers ("What's the GPL's 'system
// library' exception about?", "some argue we should treat OpenSSL as a system
// library").
func AsksAboutSystemLibrary(text string) bool {
	return systemLibraryRE.MatchString(strings.ToLower(text))
}

var systemLibraryRE = regexp.MustCompile(`\bsystem[- ]librar(?:y|ies)\b`)

// StaticBuildLanguage is the language a message names whose programs are built as one
// executable with every library compiled in, "Rust" or "Go" ("our rust crate is
// lgpl-3.0 but cargo links everything statically", "a closed-source desktop app in Go
// using the gotk3 bindings"), or "" when it names neither.
func StaticBuildLanguage(text string) string {
	lower := strings.ToLower(text)
	switch {
	case rustNamedRE.MatchString(lower):
		return "Rust"
	case goNamedRE.MatchString(lower):
		return "Go"
	}
	return ""
}

var (
	rustNamedRE = regexp.MustCompile(`\brust\b|\bcrates?\b|\bcrates\.io\b|\bcargo\b|\brlibs?\b`)
	// goNamedRE: Go as a language, not the verb: "golang", "Go links everything", "a Go
	// library", "written in Go and".
	goNamedRE = regexp.MustCompile(`\bgolang\b|\bgo\s+(?:links?|linking|modules?|packages?|librar(?:y|ies)|binar(?:y|ies)|programs?|apps?|applications?|wrappers?|bindings?|code|projects?|embedder|tools?|compiler|toolchain|builds?|compiles?)\b|\b(?:in|with|written\s+in|using)\s+go\b(?:\s*[,.?!)]|\s*$|\s+(?:with|and|using|that|which|but|on\s+top)\b)`)
)

// SaysLinkingException tells whether a message says a licence comes with an exception or
// a statement that allows linking ("LGPL-3.0 with an added statement allowing static
// linking", "lgpl with a static linking exception").
func SaysLinkingException(text string) bool {
	return linkingExceptionRE.MatchString(strings.ToLower(text))
}

var linkingExceptionRE = regexp.MustCompile(`\blink(?:ing)?\s+exception\b|\bexception\b[^.?!]{0,40}\b(?:static(?:ally)?\s+)?link|\b(?:statement|clause|permission|note)\s+(?:that\s+)?(?:allow|permit|let)\w*\s+(?:static\s+)?linking\b|\ballow\w*\s+static\s+linking\b`)

// AsksPerFileHeaders tells whether a message's asking sentence asks if every source file
// needs a licence header, or one licence file is enough ("does every .rs file need the licence header, or
// is one LICENSE file per published crate enough?", "per-file headers").
func AsksPerFileHeaders(text string) bool {
	asking := strings.ToLower(cmp.Or(askingSentence(text), text))
	return (strings.Contains(asking, "header") || strings.Contains(asking, "notice")) && perFileHeadersRE.MatchString(asking) && needOrEnoughRE.MatchString(asking)
}

var (
	perFileHeadersRE = regexp.MustCompile(`\b(?:every|each|all)\s+(?:single\s+)?(?:of\s+(?:the|our|my)\s+)?(?:source\s+)?(?:\.\w+\s+)?files?\b[^.?!]{0,40}\b(?:headers?|notices?)\b|\b(?:headers?|notices?)\b[^.?!]{0,30}\b(?:in|on|at\s+the\s+top\s+of)\s+(?:every|each|all)\s+(?:single\s+)?(?:source\s+)?(?:\.\w+\s+)?files?\b|\bper[- ]file\s+(?:licen[cs]e\s+)?(?:headers?|notices?)\b`)
	needOrEnoughRE   = regexp.MustCompile(`\b(?:need|needs|required|require|requires|have\s+to|has\s+to|must|enough|sufficient|suffice|necessary|mandatory)\b`)
)

// TemplatePlaceholder tells whether a message speaks of a licence file's placeholders
// left unfilled ("our LICENSE file still says Copyright [yyyy] [name of copyright owner]
// at the bottom, do we need to fill that in", "<year> <name of author>").
func TemplatePlaceholder(text string) bool {
	return placeholderRE.MatchString(strings.ToLower(text))
}

var placeholderRE = regexp.MustCompile(`\[(?:yyyy|year|name\s+of\s+copyright\s+owner|fullname|copyright\s+holders?)\]|<(?:year|name\s+of\s+author|copyright\s+holders?|one\s+line\s+to\s+give[^>]*)>`)

// ExhibitBTemplate tells whether a message speaks of MPL 2.0's Exhibit B as printed in
// the licence's own text ("Syncthing's MPLv2 LICENSE file ends with Exhibit B", "the
// full mpl 2.0 text including exhibit B at the bottom"), or as deleted from it: a form
// to attach to files, which marks no code "Incompatible With Secondary Licenses" by
// being there.
func ExhibitBTemplate(text string) bool {
	return exhibitTemplateRE.MatchString(strings.ToLower(text))
}

var exhibitTemplateRE = regexp.MustCompile(`\blicen[cs]e\b(?:\s+files?|\s+text)?(?:[^.?!]|\.\w){0,40}?\b(?:ends?\s+with|ending\s+with|still\s+(?:contains|has|includes|ends\s+with)|contains|includes|including)\b(?:[^.?!]|\.\w){0,60}?(?:\bexhibit\s+b\b|incompatible\s+with\s+secondary)` +
	`|\bexhibit\s+b\b[^.?!]{0,40}?\bat\s+the\s+(?:bottom|end)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w.'’-]+\s+){0,2}?licen[cs]e\b|\bexhibit\s+b\s+at\s+the\s+(?:bottom|end)\b` +
	// "pikepdf deleted exhibit b from its copy of the mpl-2.0 text"
	`|\b(?:deleted|removed|dropped|deleting|removing|dropping|delete|remove|drop)\s+(?:the\s+)?exhibit\s+b\s+(?:from|out\s+of)\b`)

// AboutHardware tells whether a message speaks of a hardware design, its files or its
// kind ("this rp2040 kicad board is mit. is mit even a good fit?", "which licence for
// the pcb schematics and cad files of our haptics board?", "an FPGA design").
func AboutHardware(text string) bool { return hardwareRE.MatchString(strings.ToLower(text)) }

var hardwareRE = regexp.MustCompile(`\b(?:kicad|schematics?|pcbs?|gerbers?|(?:symbol|footprint)\s+librar(?:y|ies)|(?:circuit|printed\s+circuit)\s+boards?|(?:board|pcb|circuit|hardware|mechanical|enclosure)\s+(?:designs?|files|layouts?)|open[- ]?(?:source\s+)?hardware|hardware\s+(?:projects?|licen[cs]es?)|cad\s+files|step\s+files|verilog|vhdl|systemverilog|gateware|fpga\s+(?:designs?|cores?|bitstreams?)|asic\s+designs?|(?:dev|development|carrier|breakout|expansion)\s+boards?)\b`)

// relicensesTakenRE asks whether code, named by what it is rather than as a project of
// the asker's, may be put under another licence ("can those just be relicensed bsd?",
// "could it be relicensed?", "can we simply relicense the mms code to GPL-2?").
var relicensesTakenRE = regexp.MustCompile(`\b(?:can|could|may|might)\s+(?:those|these|they|them|it|that|this|the(?:se|ir)?\s+(?:[\w.+-]+\s+){0,3}?(?:files?|code|parts?|bits|snippets?|functions?|headers?|sources?))\s+(?:just\s+|simply\s+|then\s+)?be\s+relicen[cs]ed\b|\b(?:i|we|you)\s+(?:just\s+|simply\s+)?relicen[cs]e\s+(?:those|these|them|it|that|the|its|their)\s+(?:[\w.+-]+\s+){0,3}?(?:files?|code|parts?|bits|snippets?|functions?|headers?|sources?)(?:\s+[\w.+-]+){0,4}?\s+(?:as|to|under)\b` +
	// "someone says gplv3-or-later code can just be relicensed to apache 2.0"
	`|\b(?:code|files|snippets|sources)\s+(?:can|could|may|might)\s+(?:just\s+|simply\s+|then\s+)?be\s+relicen[cs]ed\b`)

// swapHeaderRE: a licence header in code asked to be swapped for another's: "swap the
// 4-clause bsd header in this repo for the 3-clause one", "replace the gpl headers with
// mit ones"); not one said done by others ("upstream switched the headers … to the CDDL").
var swapHeaderRE = regexp.MustCompile(`\b(?:swap|swapping|replace|replacing|change|changing|switch|switching|rewrite|rewriting)\s+(?:out\s+)?(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?)?(?:[\w.+-]+\s+){0,3}?(?:licen[cs]e\s+)?(?:headers?|notices?)\b[^.?!]{0,40}\b(?:for|with|to|by)\s+(?:the\s+|a\s+|an\s+)?[\w.+-]+`)

// takesItInRE: the words after a project named that make it where the code asked about
// goes ("drupal wants to ship it in some downloads", "debian would like to package it").
var takesItInRE = regexp.MustCompile(`^\s+(?:wants?|needs?|would\s+like|plans?|is\s+going|intends?|hopes?)\s+to\s+(?:ship|include|bundle|package|use|distribute|vendor|pull\s+in)\s+(?:it|them|this|that)\b`)

// spdxAskRE finds a question of what SPDX expression or identifier to write down
// ("which spdx expression goes in our package recipe?", "what licence string do i put
// in my package manifest?", "what single SPDX-License-Identifier line for that?", "what
// spdx line do we put in the file headers?").
var spdxAskRE = regexp.MustCompile(`\b(?:which|what|what(?:'s|’s|s|\s+is)\s+the)\s+(?:(?:single|one|correct|right|exact|proper)\s+)?(?:spdx[- ](?:licen[cs]e[- ])?)?(?:expression|identifier|id|tag|licen[cs]e\s+(?:string|field|expression))\b|\b(?:which|what|what(?:'s|’s|s|\s+is)\s+the)\s+(?:(?:single|one|correct|right|exact|proper)\s+)?spdx[- ](?:licen[cs]e[- ]identifier[- ])?(?:line|header|string)s?\b|\bspdx\s+(?:expression|identifier|id|tag)\b[^.?!]{0,40}\?` +
	// "how do we write that as an SPDX expression", "how to express it in spdx".
	`|\bhow\s+(?:(?:do|should|would|can|could)\s+(?:we|i|you|one)\s+|to\s+)(?:write|express|say|put|declare|encode|tag|represent)\b[^.?!]{0,30}?\b(?:as|in|with)\s+(?:an?\s+)?spdx\b`)

// nowSoldRE: a work kept in house until now, to be sold or handed to customers: "wants
// to sell this tool to a few customers", "we now want to ship it to clients".
var nowSoldRE = regexp.MustCompile(`\b(?:wants?|want|plan|plans|planning|going|decided|like|need)\s+to\s+(?:start\s+)?(?:sell|ship|distribute|offer|licen[cs]e|give|hand)\s+(?:it|this|the|our|them)\b(?:\s+[a-z]+){0,3}\s+(?:to|for)\s+(?:a\s+few\s+|some\s+|our\s+|external\s+|paying\s+|other\s+)?(?:customers|clients|partners|companies|users)\b|\b(?:start|begin)\s+selling\s+(?:it|this|the|our)\b`)

// negatedBeforeRE: a denial just before ("we don't plan to sell it").
var negatedBeforeRE = regexp.MustCompile(`\b(?:don t|dont|do not|doesn t|does not|never|won t|will not|not|no)(?: [a-z]+)?\s*$`)

// licenceVerbRE finds a licence's name said as a verb, of the asker's work: "we have
// to GPL our app", "must gpl everything" (the name is the first group).
var licenceVerbRE = regexp.MustCompile(`(?i)\b(?:to|must|gotta|gonna|will|would|should|shall|not)\s+((?:a|l)?gpl(?:v?[23])?|mit|bsd|apache|mpl)\s+(?:our|my|your|their|the\s+(?:whole|entire|rest)|it|everything|all|them)\b`)

// withoutLicenceVerbs reads text again with the licences said as verbs left out ("open
// source Qt means we have to GPL our app unless we link dynamically": what the asker's
// app would have to become is the consequence asked about, and Qt the code taken in),
// when what is left names a well-known project; f otherwise.
func withoutLicenceVerbs(text string, f found) found {
	verbs := licenceVerbRE.FindAllStringSubmatchIndex(text, -1)
	if verbs == nil {
		return f
	}
	masked := []byte(text)
	for _, m := range verbs {
		for k := m[2]; k < m[3]; k++ {
			masked[k] = ' '
		}
	}
	if g := findLicenses(string(masked)); slices.ContainsFunc(g.projects, func(p *Project) bool { return p != nil }) {
		return g
	}
	return f
}

// neverShipRE: shipping said not to happen, a few words after the denial: "we don't
// modify it or ship it".
var neverShipRE = regexp.MustCompile(` (?:don t|dont|do not|never|won t|will not)(?: [a-z]+){0,3} (?:ship|distribute|release)`)

// toolRunRE finds a tool run over the asker's code, not built into it: "run
// golangci-lint in CI", "it just lints our own code".
var toolRunRE = regexp.MustCompile(`\b(?:run|runs|running)\s+(?:it\s+|(?:[\w.-]+\s+){1,3})?(?:in|on|as\s+part\s+of)\s+(?:our\s+|the\s+)?(?:ci|pipelines?|build\s+(?:servers?|pipeline))\b|\b(?:lints?|linting|formats?|formatting|type-?checks?)\s+(?:our\s+|my\s+)?(?:own\s+)?(?:code|sources?|repos?)\b`)

// verdictOn turns q into a question of whether code under in may be used, its roles
// settled: a program run apart from the work, or used for its output, is asked about on
// its own licence. The readings kept are those of that licence's terms.
func verdictOn(q Question, in string) Question {
	q.Kind, q.Work, q.Reading = AskVerdict, "", RolesSaid
	if q.Licenses, _ = Terms(in); len(q.Licenses) == 0 {
		q.Licenses = []string{in}
	}
	q.Expression = CanonicalExpression(in)
	// A copy: the question asked before stays whole for a caller that keeps it.
	q.Assumed = slices.DeleteFunc(slices.Clone(q.Assumed), func(a Assumption) bool { return !slices.Contains(q.Licenses, a.ID) })
	return q
}

// shippedBeside is q asked again as whether what is under in may be shipped beside
// the asker's work under beside (art collected with it, a program run apart from it).
func shippedBeside(q Question, in, beside string) Question {
	q = verdictOn(q, in)
	q.Use, q.Beside = "distribute", beside
	return q
}

// imageHoldsRE: a system or container image said to hold other software ("the docker
// image we publish contains gpl packages", "a linux-based docker image with a lot of
// GPL software inside", "its dockerfile installs megahit").
var imageHoldsRE = regexp.MustCompile(`\b(?:docker|container|oci|os|vm|virtual\s+machine|disk|system|firmware|linux(?:-based)?|base|appliance)\s+images?\b[^.?!]{0,80}?\b(?:contains?|containing|includes?|including|inside|bundles?|bundling|ships?|pulls?\s+in|installs?|comes\s+with|with\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|many\s+|some\s+|several\s+)?(?:[\w.+-]+\s+){0,2}?(?:software|packages|programs|tools|binaries|utilities))\b|\bdockerfile\s+(?:installs|pulls\s+in|adds|copies\s+in)\b` +
	// "shipping GRUB inside the ISO", "the bootable iso includes busybox"
	`|\b(?:shipp?\w*|bundl\w*|putt?\w*|includ\w*|add\w*)\s+(?:[\w.+-]+\s+){1,2}?(?:inside|in|on|into)\s+(?:the|our|an?|my)\s+(?:bootable\s+|live\s+|installer\s+)?iso\b|\b(?:bootable\s+|live\s+|installer\s+)?isos?(?:\s+images?)?\b[^.?!]{0,60}?\b(?:contains?|containing|includes?|including|bundles?|ships?|comes\s+with|uses?\s+[\w.+-]+\s+as)\b`)

// imageHolds tells that the message speaks of an image holding other software, and not
// of code linked or imported into the asker's own: programs in one image are shipped
// side by side, each under its own licence.
func imageHolds(lower string) bool {
	return containsAny(lower, []string{"image", "dockerfile", "iso"}) && imageHoldsRE.MatchString(lower) &&
		!containsAny(lower, []string{"link", "import", "static", "compiled into", "compiles in"})
}

// imageLicenceAskedRE asks the licence of a container or system image itself: "which
// license is the image?", "the image label says GPL-3.0-only".
var imageLicenceAskedRE = regexp.MustCompile(`\b(?:which|what)\s+licen[cs]e\s+(?:is|does|has|should|would)\s+(?:the|our|this|that|an?|its)\s+(?:docker\s+|container\s+|oci\s+|vm\s+|system\s+)?image\b|\bimage(?:'s|’s)?\s+(?:licen[cs]e|label)s?\b`)

// ImageLicenceAsked tells whether the text asks the licence of a container or system
// image itself, which holds programs under their own licences.
func ImageLicenceAsked(text string) bool {
	return imageLicenceAskedRE.MatchString(strings.ToLower(text))
}

// ImageHolds tells whether the text speaks of a container or system image holding
// software under other licences beside the asker's own (imageHolds).
func ImageHolds(text string) bool { return imageHolds(strings.ToLower(text)) }

// workTakesRE: a licence the message fears a work must take ("doesn't that mean readxl
// itself has to be bsd?", "does that make our app mit?", "does my whole project have to
// be apache?"); the words after it are where the licence is said.
var workTakesRE = regexp.MustCompile(`\b(?:(?:has|have|need|needs|got)\s+to\s+(?:be|become)|must\s+(?:be|become)|becomes?|turns?\s+into|makes?\s+(?:our|my|the|its|their|your|this|that|his|her)(?:\s+(?:own|whole|entire))?(?:\s+[\w-]+){1,2}?|forced\s+(?:to\s+be|under|into)|falls?\s+under)\s+(?:(?:re)?licen[cs]ed\s+)?(?:(?:under|as)\s+)?(?:the\s+|an?\s+)?`)

// workSubjectRE: a work said, in the words just before workTakesRE's ("my whole project",
// "readxl itself", "all godot games", "whatever i build on it").
var workSubjectRE = regexp.MustCompile(`\b(?:my|our|your|their|whole|entire|itself|everything|anything|whatever|all|projects?|apps?|applications?|games?|code|works?|products?|programs?|librar(?:y|ies)|repos?|forks?|plugins?|models?|firmware|tools?|software|crates?|packages?)\b`)

// PermissiveFeared gives the licences of expr that the text fears a work must take
// (workTakesRE) and that ask nothing of the work around the code: licences whose data
// category keeps notices alone, or nothing. Such a licence puts no licence on the work
// that includes its code.
func PermissiveFeared(text, expr string) []string {
	lower := strings.ToLower(text)
	terms, err := Terms(expr)
	if err != nil {
		return nil
	}
	var out []string
	for _, m := range workTakesRE.FindAllStringIndex(lower, -1) {
		before := strings.Fields(lower[max(0, m[0]-60):m[0]])
		before = before[max(0, len(before)-6):]
		if !strings.HasPrefix(lower[m[0]:], "make") && !workSubjectRE.MatchString(strings.Join(before, " ")) {
			continue // "would it need to be apache 2": no work is said to take it
		}
		said := lower[m[1]:]
		if i := strings.IndexAny(said, ".?!,;:("); i >= 0 {
			said = said[:i]
		}
		if f := strings.Fields(said); len(f) > 3 {
			said = strings.Join(f[:3], " ") // "bsd too", "gpl v2 only"
		}
		if strings.Contains(said, "compatible") {
			continue // "must be under an mit-compatible licence": a kind of licence
		}
		for _, id := range FindLicenses(said) {
			if !Permissive(id) && !strings.HasPrefix(id, "OFL-") { // a font's licence keeps to the font
				continue
			}
			if slices.Contains(terms, id) && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// Permissive tells whether id's data category is a permissive one: notices kept, or
// nothing asked at all.
func Permissive(id string) bool {
	switch dataCategories()[id] {
	case "notice", "permissive", "unencumbered":
		return true
	}
	return false
}

// PermissiveOnly tells whether every licence of expr is permissive: one whose code in an
// image beside the work asks nothing of the work anyway, and which already lets its code
// into closed and commercial products.
func PermissiveOnly(expr string) bool {
	terms, err := Terms(expr)
	return err == nil && !slices.ContainsFunc(terms, func(id string) bool { return !Permissive(id) })
}

// olderReleaseAskRE: whether a licence covers an older release than those it is said of
// ("does the dual licence cover that old version too, or only newer releases?", "does
// the new licence apply to the previous versions?").
var olderReleaseAskRE = regexp.MustCompile(`\b(?:cover|covers|apply\s+to|applies\s+to|include|includes|extend\s+to|extends\s+to|reach|reaches)\s+(?:the\s+|that\s+|our\s+|this\s+|those\s+|these\s+|all\s+(?:the\s+)?)?(?:old|older|earlier|previous|prior|past)\s+(?:[\w.-]+\s+)?(?:versions?|releases?|packages?|builds?|tags?)\b|\b(?:old|older|earlier|previous|prior)\s+(?:versions?|releases?)\s+(?:too|as\s+well)\b|\bor\s+only\s+(?:the\s+)?(?:newer|later|new|recent|future|current)\s+(?:versions?|releases?)\b`)

// AsksOlderRelease tells whether the text asks if a licence covers a release older than
// those it is said of.
func AsksOlderRelease(text string) bool { return olderReleaseAskRE.MatchString(strings.ToLower(text)) }

// AsksNotices tells whether licence id asks for notices to be kept, going by its data
// category; a public-domain dedication ("CC0-1.0", "Unlicense") asks for none.
func AsksNotices(id string) bool { return dataCategories()[id] != "unencumbered" }

// artShippedBeside tells that a message names art (images, sounds, fonts) and says it
// is given out together with something else.
func artShippedBeside(lower string) bool {
	return mediaWordRE.MatchString(lower) && shippedTogetherRE.MatchString(lower)
}

// outputOf tells which licence named is that of a program whose output a question asks
// about: a program (a tool, a generator, an editor; or a well-known tool) that makes
// something ("the code it generates", "images made with", "its output"), asked about as
// such, and not shipped, built into the work or changed. -1 for none.
// SpeaksOfProgramOutput tells whether text asks about what a program generates or
// outputs ("the completion scripts it spits out … do the generated scripts we ship fall
// under its copyleft?"), and does not say it is shipped or taken apart from it.
func SpeaksOfProgramOutput(text string) bool {
	lower := strings.ToLower(text)
	return (outputMadeRE.MatchString(lower) || spitsOutRE.MatchString(lower)) && (itMakesRE.MatchString(lower) || programMakesRE.MatchString(lower))
}

// spitsOutRE and programMakesRE: a program said to put out what it makes ("the scripts it
// spits out", "the code the generator emits").
var (
	spitsOutRE     = regexp.MustCompile(`\bspits?\s+out\b|\bspat\s+out\b|\bchurns?\s+out\b`)
	programMakesRE = regexp.MustCompile(`\b(?:generators?|compilers?|tools?|programs?|scaffold(?:er|ing)?|cli|templates?)\b[^.?!]{0,60}\b(?:generat\w*|produc\w*|emit\w*|outputs?|spits?\s+out|writes?)\b|\b(?:it|the\s+(?:tool|program|generator))\s+(?:spits?|churns?)\s+out\b|\b(?:generated|emitted|produced)\s+(?:code|scripts?|files?|sources?|output)\b`)
)

func outputOf(lower string, f found, tool int) int {
	own := ownInputsRE.ReplaceAllString(lower, " ")
	if containsAny(own, []string{"not ", "n't ", "n’t ", "dont ", "wont ", "never "}) {
		own = notShippedClauseRE.ReplaceAllString(own, " ") // "we don't ship or link the tool"
	}
	if !outputMadeRE.MatchString(lower) && !documentsMadeRE.MatchString(lower) || outputShippedRE.MatchString(own) || outputPartsRE.MatchString(own) && !documentsMadeRE.MatchString(lower) || runApartRE.MatchString(lower) {
		return -1
	}
	if tool >= 0 {
		if strings.Contains(f.ids[tool], " WITH ") {
			// Bison's parsers carry its skeleton, under an exception for the output:
			// shipping that code, under the exception, is the question.
			return -1
		}
		return tool
	}
	for i := range f.ids {
		if programNounRE.MatchString(f.next[i]) {
			return i
		}
		if end := f.at[i][1]; end > 0 && end <= len(lower) && programAfterRE.MatchString(lower[end:min(len(lower), end+40)]) {
			return i // "a GPL code generator", "GPL-licensed parser generator"
		}
	}
	if itMakesRE.MatchString(lower) {
		return 0 // "jacc is gpl 3. is the parser code it generates gpl too?"
	}
	if m := documentsMadeRE.FindStringIndex(lower); m != nil {
		// "a gpl charting library … are the generated reports gpl?": the program named
		// last before what it makes ("InfluxDB, which is MIT, … but Chronograf is AGPL.
		// Does that mean the dashboards we build in it …"); maps rendered from ODbL data
		// are that data's, not a program's output.
		at := 0
		for i := range f.ids {
			if f.at[i][0] < m[0] {
				at = i
			}
		}
		if len(f.ids) > 0 && !dataLicence(f.ids[at]) {
			return at
		}
	}
	return -1
}

// trainedByProgram: a model trained or fine-tuned by running a program ("with training
// code that is licensed GPLv3", "with the ultralytics package").
const trainedByProgram = `\b(?:trained|fine-?tuned)\s+(?:[\w-]+\s+){0,4}?(?:with|using|by)\s+(?:the\s+|their\s+|its\s+)?(?:[\w.-]+\s+)?(?:training\s+)?(?:code|package|library|framework|scripts?|pipeline|repo|repository)\b`

var (
	// programNounRE: a program that makes things, said after its licence ("a GPL tool").
	programNounRE = regexp.MustCompile(`^(?:programs?|tools?|generators?|compilers?|ides?|editors?|utility|utilities|applications?|apps?|software|cli|converters?|transpilers?|assemblers?|renderers?|modell?ers?)$`)
	// programAfterRE: a program named in two words after its licence.
	programAfterRE = regexp.MustCompile(`^(?:[\s-]*(?:licen[cs]ed|based|v?\d(?:\.\d)?\+?|only|or[- ]later))*\s*(?:(?:code|parser|lexer|source|site|doc(?:umentation)?s?|report|image|diagram|ui|gui|form|api|client|test)\s+)?(?:generators?|compilers?|programs?|tools?|editors?|ides?)\b`)
	// outputMadeRE: something a program makes.
	outputMadeRE = regexp.MustCompile(trainedByProgram + `|\boutputs?\b|\boutputted\b|\b(?:generat(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|creat(?:e|es|ed|ing)|render(?:s|ed|ing)?|emit(?:s|ted)?|export(?:s|ed)?|writes\s+out|draw(?:s|n)?)\b|\b(?:made|mak(?:e|es|ing))\s+(?:[\w-]+\s+){0,2}?(?:with|by|using|in)\b|\busing\s+(?:an?\s+|the\s+)?\S+\s+(?:ide|editor|compiler)\b`)
	// itMakesRE: the program named, making something: "the code it generates".
	itMakesRE = regexp.MustCompile(`\b(?:it|the\s+(?:tool|program|generator|compiler|app|application|software|utility|editor|ide))\s+(?:generates|produces|creates|makes|writes(?:\s+out)?|emits|outputs|renders|exports|spits\s+out)\b|\b(?:the\s+)?outputs?\s+(?:of|from)\b` +
		// "We trained a language model with training code that is licensed GPLv3",
		// "fine-tuned a YOLOv8 detector with the ultralytics package": a model made by
		// running a program.
		`|` + trainedByProgram +
		// "if i generate dbus wrapper code with it …, is the generated code lgpl?"
		`|\b(?:generat(?:e|es|ed|ing)|produc(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,4}?(?:with|using|from)\s+(?:it|them|the\s+(?:tool|program|generator|compiler))\b|\bthe\s+generated\s+(?:code|output|files?|sources?|bindings|wrappers?|parser|classes|stubs)\b`)
	// ownInputsRE: templates, scripts or models the asker writes and feeds the program
	// ("if I write my own templates and generate source with it"): their own, not parts
	// of the program carried into its output.
	ownInputsRE = regexp.MustCompile(`\b(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:templates?|skeletons?|scripts?|models?|schemas?|grammars?|specs?|definitions?)(?:\s+(?:and|or|&)\s+(?:[\w-]+\s+)?(?:templates?|skeletons?|scripts?|models?|schemas?|grammars?|specs?|definitions?))?\b`)
	// outputShippedRE: the program itself shipped, combined with the work or changed,
	// which its licence does reach: "we bundle the generator", "link", "modified it".
	// notShippedClauseRE: the program said not to be shipped or linked ("we don't ship
	// or link the tool"), which leaves only what it makes to go out.
	notShippedClauseRE = regexp.MustCompile(`\b(?:don'?t|don’t|do\s+not|never|won'?t|will\s+not|not)\s+(?:ship|link|bundle|distribute|redistribute|embed|vendor|include)(?:\s+(?:or|nor|and)\s+(?:ship|link|bundle|distribute|redistribute|embed|vendor|include))?\b[^.?!]*`)
	outputShippedRE    = regexp.MustCompile(`\b(?:contains?|contained|includes?|carr(?:y|ies)|embeds?)\s+(?:[\w-]+\s+){0,3}?(?:copied|taken|lifted)\s+(?:verbatim\s+)?from\b|\b(?:bundl\w*|embed\w*|vendor\w*|link\w*|statically|dynamically|modif\w*|fork\w*|patch\w*|(?:ship\w*|distribut\w*|includ\w*|redistribut\w*)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:tool|program|generator|compiler|binary|binaries|runtime|library|engine)s?)\b)`)
	// outputPartsRE: a part that goes into the work, named: its code is carried into
	// what is made with it, unless what is made is a document (documentsMadeRE).
	outputPartsRE = regexp.MustCompile(`\b(?:library|libraries|lib|sdk|runtime|engine|framework|template|templates|skeleton|font|fonts|plugin|plugins|module|modules|headers?)\b`)
	// documentsMadeRE: documents or pictures a program makes ("the pdfs it produces",
	// "the generated invoices"), or that users make in it ("the dashboards and alerts we
	// build in it"), which carry none of a library's code, unlike code made.
	documentsMadeRE = regexp.MustCompile(`\b` + documentNouns + `\s+(?:it|they|the\s+(?:[\w-]+\s+)?(?:tool|program|service|app|library|lib))\s+(?:produces|generates|creates|makes|renders|writes|exports|outputs|spits\s+out)\b|\b(?:generated|produced|rendered|exported)\s+` + documentNouns + `\b` +
		// "the dashboards and alerts we build in it": content the users make in the program.
		`|\b(?:` + documentNounList + `|dashboards?|presentations?|slides?|drawings?)(?:\s+(?:and|or|&)\s+[\w-]+)?\s+(?:we|i|you|they|users?|people)\s+(?:build|make|create|design|draw|write)\s+(?:in|with)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:tool|program|app|application|editor|software|ui))\b`)
)

// userSpaceRE finds a program said to run in user space, apart from the kernel it runs
// on: "our application running in user space", "userland tools", and, with the kernel
// named, "our closed daemon that just runs on embedded linux".
var userSpaceRE = regexp.MustCompile(`\b(?:in|from)\s+user[- ]?space\b|\buser[- ]?space\s+(?:app|apps|application|applications|program|programs|process|processes|daemon|daemons|code|binaries|binary|tools?)\b|\buserland\b|\bkernel\b[^?]{0,200}?\b(?:just\s+|only\s+|simply\s+)?runs?\s+on\s+(?:top\s+of\s+)?(?:an?\s+|the\s+)?(?:embedded\s+|stock\s+|plain\s+|our\s+)?linux\b`)

// choiceForOwnRE finds two licences offered for the asker's own work: "should I use GPL
// or LGPL for my library?", "pick MIT or Apache for our SDK".
var choiceForOwnRE = regexp.MustCompile(`\b(?:use|pick|choose|go\s+with|adopt|release\s+it\s+under|license\s+it\s+under|licence\s+it\s+under)\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+or\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:for|on)\s+(?:my|our)\b` +
	// "for our new self-hosted server product: sspl or agpl?", "new python library: mpl 2.0
	// or just mit?", "our alt:v framework: agpl or mpl if we want people to sell plugins?"
	`|(?:^|[:.!?]\s+|\n-?\s*|\bfor\s+)(?:(?:my|our)\s+)?(?:new\s+|next\s+|own\s+|upcoming\s+)?(?:[\w:-]+\s+){0,3}?(?:project|product|library|lib|app|tool|repo|crate|package|server|service|sdk|game|plugin|code|module|framework)\s*[:,-]\s*(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+or\s+(?:just\s+|the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s*(?:\?|\s+if\b|\s+(?:thanks|thx|cheers)\b)`)

// maintainerAgreementRE: a project's maintainers ask what to ask of their contributors:
// whether they need or should require a CLA or a DCO ("do we actually need a CLA?",
// "should our project require a DCO?"), or speak of their own CLA bot or check; or anyone
// asks what a project asks its contributors to sign, and why.
var maintainerAgreementRE = regexp.MustCompile(`\b(?:do|does|should|must|would|shall)\s+(?:we|i|our\s+(?:[\w-]+\s+)?project|my\s+(?:[\w-]+\s+)?project|the\s+project)\s+(?:actually\s+|really\s+|even\s+|still\s+)?(?:(?:have|need|needs)\s+to\s+(?:keep|use|require|have|run|ask\s+for)|need|needs|require|requires|have|use|want|ask\s+for|keep)\s+(?:a\s+|an\s+|the\s+|our\s+|any\s+)?(?:cla|clas|dco|contributor\s+(?:licen[cs]e\s+)?agreements?)\b|\b(?:our|my)\s+(?:cla|dco)\s+(?:bot|check|assistant|requirement)\b|\b(?:signing|sign|accept\w*|agree\w*\s+to)\s+(?:our|my)\s+(?:own\s+)?(?:cla|contributor\s+(?:licen[cs]e\s+)?agreement)\b|\brequir(?:e|ing)\s+(?:contributors\s+to\s+sign\s+)?(?:a\s+|an\s+)?(?:cla|dco)\b|\bcla\s+or\s+(?:just\s+)?(?:a\s+)?dco\b|\bdco\s+or\s+(?:a\s+)?cla\b|\bdco\s+(?:would\s+be|is)\s+enough\b|\b(?:need|needs|make|makes|making|have|has|get|ask|asking|want|force|forcing)\s+(?:our\s+|the\s+|all\s+|outside\s+|external\s+|new\s+)?contributors\s+(?:to\s+)?sign\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:cla|clas|dco|contributor\s+(?:licen[cs]e\s+)?agreements?)\b` +
	// "what must those contributors sign?", "should contributors have to sign a CLA?",
	// "why do contributors need to sign a CLA?": what a project asks of its contributors.
	`|\b(?:what|why)\s+(?:must|should|do|does|would|will)\s+(?:those\s+|these\s+|the\s+|our\s+|its\s+|your\s+|outside\s+|external\s+|new\s+)?contributors\s+(?:have\s+to\s+|need\s+to\s+)?sign\b|\bshould\s+(?:our\s+|the\s+)?contributors\s+(?:have\s+to\s+|need\s+to\s+)?sign\b` +
	// "we forked nylas mail as a community project — do contributors still have to sign
	// nylas's cla?"
	`|\b(?:do|does|must|will|would)\s+(?:our\s+|the\s+|its\s+|new\s+|outside\s+|external\s+)?contributors\s+(?:still\s+|really\s+|also\s+|now\s+)?(?:have\s+to|need\s+to|must)\s+sign\b` +
	// "Our lead now wants every contributor, old and new, to sign a CLA."
	`|\b(?:wants?|asks?|expects?|requires?|needs?)\s+(?:every|all|each)\s+(?:of\s+(?:our|the|its)\s+)?contributors?\b[^.?!]{0,30}?\bto\s+sign\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:cla|clas|dco|contributor\s+(?:licen[cs]e\s+)?agreements?)\b`)

// ownDualLicenceRE: a project's maintainers weigh offering their work under a second
// licence ("Should we offer MPL-2.0 alongside GPLv3-or-later, and what does that change
// for contributors?", "we'd like to dual-license our library"): what they would need
// from contributors, not whether to sign a CLA.
var ownDualLicenceRE = regexp.MustCompile(`\b(?:should|could|shall|would)\s+we\s+(?:also\s+|then\s+)?(?:offer|add|dual[- ]?licen[cs]e)\b|\b(?:we|i)\s+(?:want|plan|intend|hope|(?:'d|would)\s+like)\s+to\s+(?:offer\s+[^.?!]{0,40}\b(?:alongside|as\s+well|too|in\s+addition)|dual[- ]?licen[cs]e)\b`)

// authorPaidRE: the authors of a project ask how to be paid by those who use it
// commercially ("if a company makes money with it I'd like them to pay me", "can I pick
// a licence that restricts commercial use?").
var authorPaidRE = regexp.MustCompile(`\b(?:(?:them|companies|businesses|commercial\s+users)\s+(?:to\s+)?pay\s+(?:me|us)|pay\s+(?:me|us)\b|owe\s+(?:me|us)\b|compensat\w*\s+(?:me|us)\b|(?:make|have)\s+(?:companies|businesses|commercial\s+users)\s+pay\b|charge\s+(?:companies|businesses|commercial\s+users)\b|can\s+(?:i|we)\s+(?:pick|choose|use|put)\s+an?\s+(?:open\s+source\s+)?licen[cs]e\s+(?:on\s+(?:it|my\s+\w+|our\s+\w+)\s+)?that\s+(?:restricts|forbids|prohibits|bans|limits)\s+commercial)`)

// buildRunRE: a program run by the asker's build or pipeline, or from a script.
var buildRunRE = regexp.MustCompile(`\b(?:build\s+(?:system|step|pipeline|server|scripts?)|ci\s+(?:pipeline|job|runner)|pipeline|(?:shell|bash|batch|powershell|build)\s+scripts?|makefile|cron\s+job)\b`)

// documentNouns are documents and pictures a program makes.
const documentNouns = `(?:` + documentNounList + `)`

// documentNounList is documentNouns' alternatives, for patterns that add to them.
const documentNounList = `pdfs?|documents?|reports?|invoices?|images?|pictures?|charts?|plots?|figures?|diagrams?|spreadsheets?|videos?|renders?|screenshots?|maps?`

// runApartRE finds code run as a program of its own, not combined with the
// work: "shells out to", "as a subprocess", "just calls its command line", "the
// executable next to our packages".
var runApartRE = regexp.MustCompile(`\b(?:executables?|binar(?:y|ies)|cli|command[- ]line\s+(?:tool|program))\b[^.?!,]{0,40}?\band\s+(?:just\s+|then\s+)?(?:calls?|runs?|invokes?|executes?|launch(?:es)?|spawns?)\s+(?:it|them)\b|\b(?:calls?|runs?|invokes?|executes?|launch(?:es)?)\s+(?:it|them)\b[^.?!]{0,40}?\bfrom\s+(?:an?\s+|our\s+|the\s+|my\s+)?(?:[\w-]+\s+)?(?:shell|bash|python|perl|batch|powershell|build)\s+scripts?\b|\bshells?\s+out\b|\bon\s+the\s+same\s+(?:cd|cd-rom|dvd|disc|disk|medium|media|iso|usb\s+(?:stick|drive|key)|tarball|archive)\b|\bmere(?:ly)?\s+aggregat\w*\b|\bshelling\s+out\b|\bsub-?process\b|\b(?:with|via|through|using)\s+(?:os/)?exec\b|\bexec\.command\b|\bposix_spawn\b|\bcreateprocess\b|\b(?:spawn|spawns|spawned|spawning)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w.+-]+\s+){0,2}?(?:process(?:es)?|binary|binaries|executables?)\b|\bseparate\s+(?:program|process|executable|binary|tool)\b|\b(?:calls?|calling|runs?|running|invok\w+|drives?|driving|execs?|execut\w+)\s+(?:just\s+)?(?:its|the|a|an|their|that)?\s*(?:[\w.'’-]+\s+)?(?:command[- ]line|cli|binary|executable)\b|\bsystem\s*\(\s*\)|\bos\.system\b|\b(?:popen|proc_open|processbuilder|child_process)\b|\bruntime\.exec\b|\bshell\s+command\b|\bexecutables?\s+next\s+to\b|\bbundl\w*\s+(?:the\s+|an?\s+|its\s+)?(?:[\w.+-]+(?:\s+\([^)]{0,30}\))?|(?:[\w.+-]+\s+)?(?:interpreter|program|executable|binary|tool|app|application|player|runtime|server|daemon)\b[^.?!]{0,30}?)[\s,]+(?:next\s+to|beside)\b|\b(?:parses?|reads?)\s+its\s+output\b|\b(?:via|through|over)\s+(?:its|their|the)\s+(?:command[- ]line|cli)(?:\s+interface)?\b|\b(?:over|via|through|across)\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:stdio|stdin|stdout|std(?:in|out)/std(?:in|out)|pipes?|named\s+pipes?|unix\s+sockets?|local\s+sockets?|sockets?|ipc)\b`)

// weighingRE finds an asker weighing licences for their own release, whatever else the
// question says of combining them: "torn between MIT and Apache 2.0", "which would you
// go with?", "should we stay on MIT or switch to BSD 2-clause?".
var weighingRE = regexp.MustCompile(`\b(?:be|is)\s+(?:\w+\s+)?(?:wiser|smarter)\b|\b(?:everything|everyone|most\s+(?:\w+\s+)?(?:packages|libraries|projects|crates|code))\s+(?:else\s+)?(?:in|across|of)\s+(?:the|our|its|this|that)\s+(?:\w+\s+)?(?:ecosystem|community|world|space)\s+(?:is|are|uses?)\b|\bpick\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+over\b|\bshould\s+(?:i|we)\s+(?:switch|change)\s+(?:the\s+|our\s+|my\s+|its\s+)?licen[cs]e\b|\bshould\s+(?:our|my)\s+(?:[\w-]+\s+){1,2}(?:switch|move|change|go)\s+(?:from\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+)?to\b|\b(?:stay|stick|remain|keep(?:\s+it)?)\s+(?:(?:with|on|at|under|as)\s+)?(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,2}\s+or\s+(?:should\s+(?:we|i)\s+)?(?:switch|move|change|go|relicen[cs]e)\b(?:\s+(?:over\s+)?to\b)?|\b(?:the\s+)?better\s+(?:choice|option|pick)\b|\bwhich\s+(?:one|licen[cs]e)\s+(?:better|best)\b|\b(?:which|what) (?:licen[cs]e|one) (?:should|would|shall) (?:i|we|the project|it|this project)(?: \w+){0,2} (?:get|pick|choose|move to|switch to|go with|have)\b|\bwhat licen[cs]e\s*\?|\bwhich one should (?:we|i) pick\b|\btorn between\b|\bshould\s+(?:we|i)\s+(?:switch|move|change|relicen[cs]e)\b[^.?!]{0,20}\bto\s+(?:what|which)\b|\bis\s+there\s+(?:a|any|some)\s+(?:(?:other|better|different)\s+)?licen[cs]e\s+(?:that|which)\b|\bwhich (?:one |licen[cs]e )?(?:would|should) (?:you|we|i|the company|the team|the project|our company|our team|the org|the organi[sz]ation) (?:go with|pick|choose|use)\b|\b(?:should|shall)\s+(?:we|i)\s+(?:just\s+)?(?:switch|move|relicen[cs]e)\s+(?:it\s+)?to\b|\b(?:thinking\s+(?:of|about)|considering)\s+(?:moving|switching|relicen[cs]ing)\s+(?:our|my)\b|\b(?:add|adding|offer|offering)\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+as\s+an?\s+(?:second|another|additional|alternative|extra)(?:\s+(?:option|licen[cs]e|choice))?\b|\bshould\s+(?:we|i)\s+accept\s+(?:the|this|that|their|his|her)\s+(?:switch|change|move|relicen[cs]\w*)\b|\b(?:mov|switch|chang|relicen[cs])\w*\s+(?:our|my)\s+[^.?!]{0,60}?\bfrom\b[^?!]{0,40}\bto\b[^?!]{0,200}\b(?:consent|should\s+we|agree)\b|\bnever\s+(?:picked|chose|chosen)\s+(?:one|a\s+licen[cs]e)\b|\bwhich\s+makes\s+more\s+sense\b|` + moveBringsWords)

// ownAdviceRE: a question that asks for advice on a licence, not whether a use is
// allowed: "should docs have their own licence", "why not MIT for a font", "LGPL as a
// compromise, or just MIT", "is that a good idea", "can I switch it to MIT".
// insteadOfDoingRE: "instead of" a way of doing something with code ("instead of
// committing it", "instead of vendoring the library").
var insteadOfDoingRE = regexp.MustCompile(insteadOfDoing)

// insteadOfDoing is insteadOfDoingRE's pattern, which pickedInsteadRE takes in too.
const insteadOfDoing = `\binstead\s+of\s+[a-z]+ing\b`

var ownAdviceRE = regexp.MustCompile(`\binstead\b|\bwhy\s+(?:not|would|did|pick|choose)\b|\b(?:better|good|bad)\s+(?:idea|choice|fit|option|move)\b|\b(?:right|sensible|wise|best)\s+(?:choice|licen[cs]e|move|call|one|option)\b|\b(?:fits?|suits?)\s+(?:better|best)\b|\bwhich\s+(?:licen[cs]e\s+|one\s+)?(?:fits|suits)\b|\b(?:switch|change|move|relicen[cs]e)\s+(?:it|them|this|the\s+(?:project|repo|code|licen[cs]e)|our\s+\w+|my\s+\w+)\s+(?:over\s+)?to\b|\bcompromise\b|\bor\s+just\b|\bmake\s+sense\b|\bok\s+as\s+(?:the|a|our|its)\s+licen[cs]e\b|\bwhat\s+licen[cs]e\s+(?:goes|should|would|do\s+we|do\s+i)\b|\b(?:another|a\s+different|a\s+separate|its\s+own|their\s+own)\s+(?:\w+\s+)?licen[cs]e\b|\bswap\s+(?:the\s+)?licen[cs]e|\b(?:to|we|i)\s+switch\s*(?:[?,]|$)|\bjust\s+be\s+[\w.+-]+\s*(?:[?]|$)|\bslap\s+[\w.+-]+\s+on\b|` + moveBringsWords + `|\bbe\s+better\b`)

// releasedCopiesRE finds the copies of a project already released, asked about when it
// moves to another licence: "the old gpl releases people already downloaded stay gpl,
// right?"
var releasedCopiesRE = regexp.MustCompile(`\b(?:old|older|earlier|existing|previous|past|prior|already[- ]released)\s+(?:[\w.+-]+\s+)?(?:releases?|versions?|copies|builds|tags|downloads)\b|\b(?:releases?|versions?|copies)\s+(?:that\s+are\s+|we've\s+|we\s+have\s+)?already\s+(?:out|released|published|downloaded|shipped)\b`)

// moveBringsRE asks what a move would bring (moveBringsWords); ownLicenceSaidRE finds
// the asker's own work said to be under a licence ("our lib is", "we're on", "we
// maintain an"); moveVerbRE a move to another.
var (
	moveBringsRE     = regexp.MustCompile(moveBringsWords)
	ownLicenceSaidRE = regexp.MustCompile(`,\s+(?:our|my)\s+(?:own\s+)?(?:[\p{L}\p{N}_.+'-]+\s+){0,3}?[\p{L}\p{N}_.+'-]+,\s+(?:is|are|has\s+been|have\s+been|was)\b|\b(?:our|my)\s+(?:own\s+)?(?:[\p{L}\p{N}_.+'-]+\s+){0,3}?` + ownWorkNouns + `(?:\s+(?:for|in|of)\s+[\p{L}\p{N}_.+'-]+)?\s+(?:is|are|has\s+been|have\s+been|was|started(?:\s+out)?)\b|\b(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:on|under|using)\b|\b(?:we|i)\s+(?:maintain|publish|release|wrote|write)\s+an?\b|\b(?:we|i)\s+(?:released|published|licensed|put)\s+(?:a|an|our|my|this)\s+(?:[\w.+-]+\s+){0,4}?(?:under|as)\b`)
	moveVerbRE       = regexp.MustCompile(`\b(?:switch\w*|mov(?:e|es|ed|ing)|go|going|relicen[cs]\w*|chang\w*|convert\w*)\b`)
)

// ecosystemBeforeRE: the words before a licence say it is the licence most of an
// ecosystem uses ("when most of ros is", "everything else in the org is"): background to
// a choice, not code taken in.
var ecosystemBeforeRE = regexp.MustCompile(`\b(?:most|all|much|nearly\s+all|almost\s+all|the\s+rest|everything\s+else)\s+(?:of\s+)?(?:the\s+)?(?:[\w.+-]+\s+){0,3}?(?:is|are|uses?)\s+(?:licen[cs]ed\s+)?(?:under\s+)?(?:the\s+)?$`)

// proposedMoveRE: a move of the asker's work to another licence, proposed or weighed
// ("someone suggests relicensing to AGPLv3", "says we should switch to agpl", "should
// we go lgpl"); bareShouldRE: a sentence that asks no more than whether to ("should
// we?", "do we need to?", "should we go lgpl?"); bareSwitchRE: one that asks it of a
// licence named ("switch to mpl 2.0?").
var (
	proposedMoveRE = regexp.MustCompile(`\bsays?\s+(?:to\s+)?(?:switch|mov|relicen[cs]|chang|convert)\w*\s+(?:\w+\s+){0,2}?to\b|\b(?:insist\w*|argu\w*|claim\w*|thinks?|feels?|tells?\s+(?:us|me)|told\s+(?:us|me)|says?)\s+(?:that\s+)?(?:we|i)\b[^.?!]{0,40}?\b(?:should|must|need\s+to|ought\s+to|have\s+to)\s+(?:\w+\s+)?(?:switch|mov|relicen[cs]|go|chang|convert)\w*\s+(?:\w+\s+){0,2}?to\b|\b(?:suggest\w*|propos\w*|recommend\w*|urg\w+|says?\s+(?:that\s+)?(?:we|i)\s+(?:should|must|ought\s+to)|wants?\s+(?:us|me)\s+to|ask\w*\s+(?:us|me)\s+to|thinking\s+(?:of|about)|consider\w*)\s+(?:\w+\s+){0,3}?(?:switch\w*|mov\w*|relicen[cs]\w*|go(?:ing)?|chang\w*|convert\w*)\s+(?:\w+\s+){0,2}?to\b|\bshould\s+(?:we|i)\s+(?:just\s+)?(?:go|switch\s+to|move\s+to|relicen[cs]e\s+(?:to|as|under))\s+[\w.+-]+\s*\?`)
	bareSwitchRE   = regexp.MustCompile(`^\W*(?:so\s+|then\s+|maybe\s+|or\s+)?(?:just\s+)?(?:switch|move|go|relicen[cs]e|change)\s+(?:it\s+|over\s+)?(?:to\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s*(?:instead|then)?\s*\?+\s*$`)
	bareShouldRE   = regexp.MustCompile(`^\W*(?:so\s+|then\s+|and\s+)?(?:should|must|do|would|shall)\s+(?:we|i)(?:\s+(?:really|actually|even))?(?:\s+(?:need|have)\s+to)?(?:\s+(?:do\s+(?:it|that|this)|go\s+[\w.+-]+|switch(?:\s+to\s+[\w.+-]+)?|move(?:\s+to\s+[\w.+-]+)?))?\s*[?.!]*\s*$` +
		// "someone says switch to gpl. which one?"
		`|^\W*(?:so\s+)?which\s+(?:one|is\s+(?:better|right))\s*[?.!]*\s*$`)
)

// moveBringsWords ask what a move to another licence would bring: "would switching to
// Apache 2.0 get us anything?", "what would we lose by going MIT?", "compared with
// staying on CC0", "is it worth moving".
const moveBringsWords = `\bworth\s+(?:it|doing|moving|switching|going|changing|adding|the\s+(?:switch|move|change))\b|\b(?:get|gain|buy)\s+us\s+anything\b|\bwhat\s+(?:would|do|does|will|did)\s+(?:we|i)\s+(?:actually\s+|really\s+)?(?:lose|gain|get|give\s+up)\b` +
	`|\bwhat\s+(?:would|does|will)\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:actually\s+|really\s+)?(?:give|get|buy)\s+(?:us|me)\b|\bcompared\s+(?:with|to)\s+(?:staying|keeping|remaining)\b|\bany\s+(?:good\s+)?reason\s+to\s+(?:go|move|switch|pick|add)\b`

// shouldBeRE: "should fonts be OFL", "should we switch", with the word after the verb;
// shouldNotLicence are the words after "be" that make it no licence for the work
// ("should users be able to", "should we be worried").
var (
	shouldBeRE       = regexp.MustCompile(`\bshould\s+(?:i|we|it|this|that|they|the\s+[\w-]+|our\s+[\w-]+|my\s+[\w-]+|[\w-]+)\s+(?:(?:just|rather|really|still|then|itself|themselves|ever|now)\s+)?(be|stay|remain|become|get|have|use|switch|move|go|pick|choose|keep|declare)\b\s*(\w*)`)
	shouldNotLicence = map[string]bool{"able": true, "allowed": true, "worried": true, "concerned": true, "fine": true, "ok": true, "okay": true, "safe": true,
		"careful": true, "aware": true, "afraid": true, "a": true, "an": true, "in": true, "on": true, "used": true, "shipped": true, "linked": true, "bundled": true}
)

// asksOwnAdvice tells whether the sentence that asks wants advice on a licence, not
// whether a use is allowed (ownAdviceRE, shouldBeRE).
func asksOwnAdvice(ask string) bool {
	// "if i load highcharts from their cdn instead of committing it": a way of taking
	// code in weighed, not a licence.
	ask = insteadOfDoingRE.ReplaceAllString(ask, " ")
	if ownAdviceRE.MatchString(ask) {
		return true
	}
	for _, m := range shouldBeRE.FindAllStringSubmatch(ask, -1) {
		switch m[1] {
		case "be", "stay", "remain", "become":
			if !shouldNotLicence[m[2]] {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// movesOwnRE: the asker's project, under one licence, is to move to another: "switch it
// to MIT", "relicense", "should fonts be OFL instead".
var movesOwnRE = regexp.MustCompile(`\b(?:go|going|goes|move|moving|switch\w*)\s+(?:fully\s+)?(?:permissive|copyleft)\b|\b(?:relicen[cs]\w*|re-licen[cs]\w*|switch\w*|mov(?:e|es|ing))\b[^.?!]{0,40}\bto\b|\b(?:chang\w*|convert\w*|migrat\w*)\b[^.?!]{0,40}\b(?:licen[cs]\w*|from)\b[^.?!]{0,40}\bto\b|\b(?:chang\w*|convert\w*|migrat\w*)\s+(?:it|them|this|that|the\s+(?:project|repo|code|library|crate|package))\s+to\b|\b(?:relicen[cs]\w*|re-licen[cs]\w*)\s+(?:it|them|this|that)\s+as\b|\bswap\w*\s+(?:the\s+)?licen[cs]e|\binstead\b|\b(?:drop|leave|leaving)\s+(?:the\s+)?[\w.+-]+\s+for\b`)

// pickedInsteadRE: one licence picked instead of another ("pick mpl for a python repo
// instead of apache"), which weighs candidates rather than moving a licence.
// An action done instead of another ("load highcharts from their cdn instead of
// committing it") moves no licence either.
var pickedInsteadRE = regexp.MustCompile(`\b(?:pick(?:s|ed|ing)?|choos(?:e|es|ing)|chose|prefer(?:s|red)?|go(?:es|ing)?\s+with|opt(?:s|ed)?\s+for)\s+[^.?!]{0,60}?\binstead\b|` + insteadOfDoing)

// adviceSentence is the sentence that asks, or the last one when none says it asks: "…
// lgpl as a compromise, or just mit thanks!".
func adviceSentence(lower string) string {
	if s := askingSentence(lower); s != "" {
		return s
	}
	ends := sentenceEndRE.FindAllStringIndex(strings.TrimRight(lower, ".!? "), -1)
	if len(ends) == 0 {
		return lower
	}
	return lower[ends[len(ends)-1][1]:]
}

// takenInNouns tells whether the word after a licence makes it the licence of something
// taken in, not of the asker's work: "should we switch to a GPL library for parsing?".
func takenInNouns(next string) bool {
	switch next {
	case "library", "libraries", "lib", "libs", "dependency", "dependencies", "component", "components", "package", "packages",
		"module", "modules", "snippet", "snippets", "crate", "crates", "gem", "gems", "sdk", "framework", "code":
		return true
	}
	return false
}

// quotedRE finds a short quoted span, whose marks stand outside words (the apostrophes
// of "Rust's" and "I'm" quote nothing); lowerOperatorRE the SPDX operators typed in
// lower case between two words.
var (
	quotedRE        = regexp.MustCompile("(?:^|[^\\p{L}\\p{N}])[\"'`“‘]([^\"'`”’\n]{3,120})[\"'`”’](?:[^\\p{L}\\p{N}]|$)")
	lowerOperatorRE = regexp.MustCompile(`\s(?:or|and|with)\s`)
)

// lowerWithRE: an SPDX ID with an exception's, typed in lower case ("gpl-2.0-only with
// classpath-exception-2.0").
var lowerWithRE = regexp.MustCompile(`(?i)` + spdxIDPattern + `\s+with\s+[A-Za-z0-9.+-]*exception(?:[A-Za-z0-9.+-]*[A-Za-z0-9+])?`)

var exprRE = regexp.MustCompile(`\(*` + spdxIDPattern + `\)*(?:\s+(?:OR|AND|WITH)\s+\(*` + spdxIDPattern + `\)*)+`)

// spdxIDPattern is an SPDX ID as written in a sentence: the full stop that may end the
// sentence after it ("… WITH Linux-syscall-note.") is not part of it.
const spdxIDPattern = `[A-Za-z0-9](?:[A-Za-z0-9.+-]*[A-Za-z0-9+])?`

// balance drops parentheses that open or close outside the match, so "(MIT OR
// Apache-2.0)" keeps both and "BSD-2-Clause)" loses its stray one.
func balance(m string) string {
	for {
		open, close := strings.Count(m, "("), strings.Count(m, ")")
		switch {
		case open > close && strings.HasPrefix(m, "("):
			m = m[1:]
		case close > open && strings.HasSuffix(m, ")"):
			m = m[:len(m)-1]
		case open != close:
			return ""
		default:
			return strings.TrimSpace(m)
		}
	}
}

func anyWord(n string, words []string) bool {
	for _, w := range words {
		if strings.Contains(n, " "+w+" ") {
			return true
		}
	}
	return false
}

// asTyped is what a chat client or a web page made of a message, read as the plain text
// a person types (text.AsTyped), with the misspellings of the words the reader looks
// for that forums are full of ("lisence", "compatable", "proprietery") and "w/" written
// out, and each line a sentence of its own.
func asTyped(s string) string {
	s = text.AsTyped(s)
	if strings.Contains(s, "\n") {
		// "Can we ship an LGPL library?\n\nWe build …", "GPL in our firmware\n\nWe build
		// …": a line is a sentence, whether or not it ends with a mark (a forum post's
		// title, a line of chat, an item of a list).
		s = unendedLineRE.ReplaceAllString(bulletRE.ReplaceAllString(s, ""), "$1.$2")
	}
	if !strings.Contains(s, "?") {
		// "… is v1 code ok to pull into my apache 2 project thanks!": a question typed
		// without its mark ends where the thanks begin.
		s = thanksUnmarkedRE.ReplaceAllString(s, "$1? $2")
	}
	if strings.Contains(s, "bump") || strings.Contains(s, "Bump") || strings.Contains(s, "BUMP") {
		// "can we just bump it to gplv3?": moving the work to the licence's newer version.
		s = bumpToRE.ReplaceAllStringFunc(s, func(m string) string {
			verb, rest, _ := strings.Cut(m, " ")
			return bumpAs[strings.ToLower(verb)] + " " + rest
		})
	}
	if !misspeltHintRE.MatchString(s) {
		return s
	}
	for _, m := range misspellings {
		s = m.re.ReplaceAllString(s, m.to)
	}
	return s
}

// saysWhatRE: a sentence asking whether a claim is what a licence says: "is that actually
// what the agpl says?", "isn't that what the GPL requires?"; ownUseRE: the asker says
// they use the code: "we want to use", "a game we sell".
var (
	saysWhatRE = regexp.MustCompile(`\b(?:is|isn'?t)\s+(?:that|this|it)\s+(?:really\s+|actually\s+|truly\s+)?what\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?(?:\s+licen[cs]e)?\s+(?:really\s+|actually\s+)?(?:says|means|requires|demands|asks|allows|forbids)\b` +
		// "is that how the agpl works?"
		`|\b(?:is|isn'?t)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?how\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]e)?\s+(?:really\s+|actually\s+)?works\b`)
	ownUseRE = regexp.MustCompile(`\b(?:we|i)(?:'d|\s+would|\s+want|\s+plan|\s+are\s+going|\s+intend)?\s+(?:like\s+)?(?:to\s+)?(?:use|ship|sell|include|bundle|distribute|embed|host|run)\b`)
)

// bumpToRE finds a licence "bumped" to another version, which bumpAs says as a move.
var (
	bumpToRE = regexp.MustCompile(`(?i)\bbump(?:s|ed|ing)?\s+(?:(?:it|them|this|the\s+licen[cs]e|(?:our|my|the)\s+[\w-]+(?:\s+licen[cs]e)?)\s+)?(?:up\s+)?to\b`)
	bumpAs   = map[string]string{"bump": "move", "bumps": "moves", "bumped": "moved", "bumping": "moving"}
)

// unendedLineRE finds a line that ends without a sentence's mark; bulletRE the mark
// of a list's item at a line's start ("- ", "* ", "• ", "2. ").
var (
	thanksUnmarkedRE = regexp.MustCompile(`(?i)([a-z0-9)"'’”])[ \t]+((?:thanks|thank\s+you|thx|cheers|ty|tia)(?:\s+in\s+advance)?[ \t]*[!.]*[ \t]*)$`)
	unendedLineRE    = regexp.MustCompile(`([^\s.?!:;,])([ \t]*\r?\n)`)
	bulletRE         = regexp.MustCompile(`(?m)^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+`)
)

// gnuNoticeRead reads the notice the GNU licences give for a program's files as the
// licence it names: "the GNU General Public License as published by the Free Software
// Foundation; either version 2 of the License, or (at your option) any later version"
// says what "GPL version 2, or any later version" says.
func gnuNoticeRead(s string) string {
	if !strings.Contains(s, "ublished by the") && !strings.Contains(s, " of the ") {
		return s
	}
	s = publishedByFSFRE.ReplaceAllString(s, " ${1}")
	return versionOfTheLicenseRE.ReplaceAllString(s, "${1}")
}

// ccElidedRead reads a Creative Commons licence said after another with "CC" left out
// ("CC BY or BY-SA for our docs?", "cc by-nc / by-nc-sa") as one named in full.
func ccElidedRead(s string) string {
	if !strings.Contains(strings.ToLower(s), "by") {
		return s
	}
	return ccElidedRE.ReplaceAllString(s, "${1}${2}${3}${4}${1}${5}")
}

// ccElidedRE: a CC licence, a joining word, then a second's elements without "CC".
var ccElidedRE = regexp.MustCompile(`(?i)\b(cc[- ]?)(by(?:[- ](?:nc|sa|nd)){0,2})(\s*(?:v?\d(?:\.\d)?)?)(\s+or\s+|\s+and\s+|\s+vs\.?\s+|\s+versus\s+|\s*/\s*|,\s*)(by(?:[- ](?:nc|sa|nd)){1,2})\b`)

// bareVersionRead reads a version said without its licence's name ("the library is v3
// or later, can we use it in our GPLv2 program?") as a version of the one GNU licence
// the message names, so that the version and its "or later" are kept.
func bareVersionRead(s string) string {
	lower := strings.ToLower(s)
	if !strings.Contains(lower, "gpl") || !bareVersionRE.MatchString(s) && !bareVersionPlainRE.MatchString(s) {
		return s
	}
	if m := onlyOrLaterRE.FindStringSubmatch(lower); m != nil && m[1] == m[2] {
		return s // "v2 only or v2 or later?": which of the two, a question of its own
	}
	var family string
	for _, m := range gnuFamilyRE.FindAllStringSubmatch(lower, -1) {
		if family != "" && m[1] != family {
			return s // two GNU licences: the version could be either's
		}
		family = m[1]
	}
	if family == "" {
		return s
	}
	s = replaceBareVersions(s, bareVersionRE, family, " or later")
	return replaceBareVersions(s, bareVersionPlainRE, family, "")
}

// replaceBareVersions names family before each version re finds, keeping what follows
// the version (its "only") and adding suffix, except where the version follows the
// licence's own name after a comma ("the GPL, version 2 or later"): that one is named.
func replaceBareVersions(s string, re *regexp.Regexp, family, suffix string) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		if gnuNameBeforeRE.MatchString(strings.ToLower(s[max(0, m[0]-24):m[0]])) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(s[m[2]:m[3]] + family + " v" + s[m[4]:m[5]])
		if len(m) > 6 && m[6] >= 0 {
			b.WriteString(s[m[6]:m[7]])
		}
		b.WriteString(suffix)
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// ownArtefactUnlicensedRE: the asker's own package said to lack its licence files ("the
// packaged chart has no licence files in it at all"): a notice missing from what is
// shipped, not code without a licence.
// ownNeverLicensedRE: the asker says they never put a licence on their own work ("i never
// added a licence", "we haven't picked a licence yet"): the code with none is theirs, to
// choose one for, not code taken in.
var ownNeverLicensedRE = regexp.MustCompile(`\b(?:i|we)\s+(?:never|haven'?t|havent|have\s+not|didn'?t|did\s+not|still\s+haven'?t)\s+(?:yet\s+)?(?:added|put|picked|chosen|chose|pick|choose|add|set|given|gave|attached)\s+(?:it\s+|them\s+)?(?:a|any|an)\s+licen[cs]e\b`)

var ownArtefactUnlicensedRE = regexp.MustCompile(`\b(?:our|my|the\s+(?:packaged|published|released|built|shipped))\s+(?:[\w.-]+\s+){0,3}?(?:charts?|packages?|tarballs?|archives?|jars?|wheels?|releases?|binar(?:y|ies)|images?|containers?|zips?|bundles?|installers?|builds?|artifacts?|distributions?|apps?|apks?|vsix|gems?|crates?)\b[^.?!]{0,30}\b(?:has|have|had|contains?|ships?|includes?)\s+no\s+licen[cs]e`)

// noCodeLinkedRE: a message that says no code is linked ("a single binary that embeds
// gallery-dl … runs it with exec; no code is linked"): a program carried inside another
// and run apart from it is not linked into it.
var noCodeLinkedRE = regexp.MustCompile(`\b(?:no|none\s+of\s+(?:its|the))\s+code\s+is\s+linked\b|\bnothing\s+is\s+linked\b|\bwithout\s+linking\b`)

// closedIncomingRE: closed code a work takes in ("the closed steamworks dll", "a
// proprietary library", "a closed-source SDK", "nonfree codecs", what the GPL's system
// library exception is asked of); closedHints are words one of its matches holds.
var (
	closedIncomingRE = regexp.MustCompile(`\b(?:` + closedWords + `|binary[- ]only)\s+(?:[\w.-]+\s+){0,2}?(?:librar(?:y|ies)|libs?|dlls?|\.dll|shared\s+objects?|sdks?|frameworks?|components?|drivers?|blobs?|codecs?|middleware|engines?|modules?|plug-?ins?|extensions?|add-?ons?|mods|pieces|parts|bits)\b` +
		// "can 3rd party plugins be proprietary?"
		`|\b(?:plug-?ins?|extensions?|add-?ons?|mods|modules?)\s+(?:still\s+)?be\s+(?:` + closedWords + `)\b` +
		// "ships steam_api.dll … isn't that covered by the system library exception?":
		// the GPL's exception is only ever asked of code under another licence.
		`|\bsystem[- ]librar(?:y|ies)\s+exception\b`)
	closedHints = []string{"closed", "proprietary", "nonfree", "non-free", "binary", "system librar", "system-librar"}
)

// gnuWorkTakesRE: a work under a GNU licence asked to take something in ("Can the GPL
// project ship with those proprietary pieces?"), or said to host plug-ins ("agpl web
// server with a wasm plugin system").
var gnuWorkTakesRE = regexp.MustCompile(`\ba?gpl\w*\s+(?:[\w-]+\s+){0,2}?(?:server|app|application|program|tool|game|editor|engine|host|platform|cms)\s+(?:with|that\s+has|has)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:plug-?in|extension|add-?on|module|mod)\s+(?:system|api|architecture|interface|support)\b|\b(?:can|could|may|does|do|is|would)\s+(?:the|a|this|that)\s+(?:a?gpl\w*|gnu)\s+(?:project|app|application|program|tool|game|firmware|software|codebase)\s+(?:still\s+|legally\s+|even\s+)?(?:ship|bundle|include|load|link|call|contain|come|be\s+shipped|be\s+distributed)\w*\b`)

// ownGNUWorkRE: the asker's own work said to be under a GNU licence ("our gplv3 game",
// "our emulator is gplv2", "my GPL program"); a project named as GPL is someone else's,
// and its own answers (a kernel module, a host's plug-in) stay.
var ownGNUWorkRE = regexp.MustCompile(`\b(?:our|my)\s+(?:own\s+)?(?:[\w.+-]+\s+){0,3}?(?:(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+)?)?(?:a?gpl|gnu\s+(?:a?gpl|general|affero))`)

// appleStoreRE names Apple's stores or devices ("the App Store", "Apple's store", "our
// iOS app", "TestFlight"); Google Play, and "app stores" in general, are not.
var appleStoreRE = regexp.MustCompile(`(?i)\b(?:apple(?:'s|’s)?\s+(?:app\s+)?store|app\s+store|testflight|ios|iphone|ipad|ipados)\b`)

// ThroughApplesStore tells whether the text has the work go out through Apple's App
// Store, whose terms of use come on top of the work's licence; another platform's app
// store ("the odoo app store") is not Apple's.
func ThroughApplesStore(text string) bool {
	return appleStoreRE.MatchString(otherAppStoreRE.ReplaceAllString(text, " "))
}

// platformStoreRE finds an app store named for a platform that is no phone's (normalised
// text): the Mac App Store, which hands out desktop programs, and the stores of server and
// web platforms ("the odoo app store", "the nextcloud app store"), whose apps are add-ons
// downloaded for them.
var platformStoreRE = regexp.MustCompile(`\b(mac|macos|` + platformStores + `)\s+app\s*store\b`)

// otherAppStoreRE finds, in text as written, an app store of another platform than
// Apple's ("the odoo app store", "Nextcloud's app store").
var otherAppStoreRE = regexp.MustCompile(`(?i)\b(?:` + platformStores + `)(?:'s|’s)?\s+app\s*store\b`)

// platformStores name the server and web platforms whose app stores hand out add-ons
// for them, in text as written or normalised ("rocket.chat", "rocket chat").
const platformStores = `odoo|nextcloud|owncloud|shopify|wordpress|atlassian|jira|confluence|slack|zoom|salesforce|home\s*assistant|synology|qnap|truenas|unraid|grafana|splunk|magento|prestashop|joomla|drupal|mattermost|rocket\.?\s*chat|zendesk|hubspot|monday|miro|figma|notion`

// lockedDeviceRE: a device that runs only software its maker signed ("our devices use
// secure boot", "the hardware only boots software signed with our private key", "the
// keys only take signed updates", "a locked-down device", "a router whose firmware is
// locked down against replacement"), one nobody can reflash, or the
// clause GPLv3 holds against such locks ("tivoization", "installation information").
var lockedDeviceRE = regexp.MustCompile(`(?i)\b(?:secure[\s-]*boot|verified\s+boot|signed\s+(?:images?|firmware|updates?|binaries|kernels?|bootloaders?|software|code|builds?)|(?:boots?|accepts?|runs?|takes?|installs?)\s+(?:only\s+)?(?:software|images?|firmware|code|updates?|builds?|binaries)\s+(?:\w+\s+){0,2}?signed|locked(?:[\s-]+down)?\s+(?:bootloaders?|devices?|hardware|firmware|images?|boxes|box|phones?)|locked\s+bootloader|(?:bootloaders?|devices?|hardware|firmware|phones?|routers?|boxes|box|consoles?)\s+(?:is|are|was|were|gets?|got)\s+(?:\w+\s+)?locked(?:[\s-]+down)?\b|locked(?:[\s-]+down)?\s+against\s+(?:replacement|modification|changes?|tampering)|(?:re-?flash|re-?program)\w*|tivoi[sz]\w*|anti-?tivo\w*|user\s+products?|installation\s+information)`)

// SpeaksOfLockedDevice tells whether text speaks of a device locked to the software its
// maker signed, or of the clause of GPLv3 that is about such locks.
func SpeaksOfLockedDevice(text string) bool { return lockedDeviceRE.MatchString(text) }

// closedPluginRE: closed plug-ins, extensions or mods for a program ("can people ship
// closed-source plugins for it?", "a proprietary plugin that's dynamically loaded").
var closedPluginRE = regexp.MustCompile(`(?i)\b` + closedWords + `\s+(?:[\w.-]+\s+){0,2}?(?:plug-?ins?|extensions?|add-?ons?|mods)\b`)

// closedWords say code is closed: "closed", "closed-source", "proprietary", "nonfree".
const closedWords = `(?:closed(?:[- ]source)?|proprietary|non-?free)`

// ClosedPlugins tells whether the closed code a question takes into a GPL work is plug-ins
// for it, which the GPL FAQ answers by how they talk to the program.
func ClosedPlugins(text string) bool { return closedPluginRE.MatchString(text) }

// gnuCopyleft tells whether id is a GPL or AGPL licence, whose copyleft reaches the
// program it is combined with.
func gnuCopyleft(id string) bool {
	return strings.HasPrefix(id, "GPL-") || strings.HasPrefix(id, "AGPL-")
}

// employerBansRE: the asker's employer keeps licences out ("my employer bans elastic",
// "my company can't touch GPL 3.0 code", "our company forbids GPLv3 code");
// ownershipWordsRE: the message speaks of who owns work, which the employer topic is about.
var (
	employerBansRE   = regexp.MustCompile(`\b(?:my|our)\s+(?:employer|company|boss|legal(?:\s+team)?|workplace|org(?:ani[sz]ation)?)(?:'s\s+policy)?\s+(?:\w+\s+)?(?:bans?|forbids?|prohibits?|blocks?|disallows?|won'?t\s+(?:let|allow)|doesn'?t\s+(?:let|allow)|does\s+not\s+(?:let|allow)|can'?t\s+(?:use|touch|accept|allow)|cannot\s+(?:use|touch|accept|allow)|rules?\s+out)\b`)
	ownershipWordsRE = regexp.MustCompile(`\b(?:owns?|owned|ownership|claims?|claimed|invention|ip\s+(?:clause|assignment|agreement)|side[- ]projects?|hobby\s+projects?|own\s+time|spare\s+time|free\s+time|moonlighting)\b`)
)

// copyleftTakenInRE: GPL code said to have gone into the asker's work already, unplanned
// ("one dev pasted a little gpl code into our proprietary app", "a developer slipped gpl
// code into our closed product", "his GPL code ended up in something we ship").
var copyleftTakenInRE = regexp.MustCompile(`(?i)\b(?:pasted|slipped|snuck|sneaked|smuggled|copied|ended\s+up)\s+(?:(?:a\s+)?(?:little|few|bit|bits|some|small|tiny)\s+(?:of\s+)?)?(?:\w+\s+){0,2}?(?:in|into)\b|\b(?:accidentally|by\s+mistake|inadvertently|unknowingly)\b`)

// becomesCopyleftRE asks whether the asker's work now falls under the copyleft, or can be
// made to: "does the whole app automatically become gpl?", "is our product now gpl so
// anyone can copy it freely?", "can he force us to release our source?".
var becomesCopyleftRE = regexp.MustCompile(`(?i)\b(?:become|becomes|turn\s+into|turns\s+into)\s+(?:a\s+)?(?:a?gpl|copyleft)|\b(?:is|are)\s+(?:our|my|the)\s+(?:\w+\s+){0,3}?now\s+(?:a?gpl|copyleft)\b|\b(?:force|forces|compel|compels|oblige|obliges|make|makes)\s+(?:us|me|our\s+company|the\s+company)\s+(?:to\s+)?(?:release|publish|open(?:[- ]source)?|disclose|hand\s+over)\b`)

// CopyleftTakenIn tells whether the text says GPL or AGPL code (expr) went into the
// asker's work unplanned and asks whether the work now falls under it: a breach already
// made, whose way out is the asker's to choose.
func CopyleftTakenIn(text, expr string) bool {
	return NamesGNUCopyleft(expr) && copyleftTakenInRE.MatchString(text) && becomesCopyleftRE.MatchString(text)
}

// NamesGNUCopyleft tells whether expr names a GPL or AGPL licence among its terms.
func NamesGNUCopyleft(expr string) bool { return namesTerm(expr, gnuCopyleft) }

// namesTerm tells whether one of expr's terms is, by is, a licence sought.
func namesTerm(expr string, is func(id string) bool) bool {
	terms, err := Terms(expr)
	return err == nil && slices.ContainsFunc(terms, is)
}

// nonGPLRE: a work said not to be under a GNU licence ("our non-GPL app", "a non-gpl
// module", "non-AGPL software").
var nonGPLRE = regexp.MustCompile(`(?i)\bnon[- ]?(?:a|l)?gpl(?:'d|’d|ed)?\b`)

// nonGPLRead reads "non-GPL" as what it says of the work: not under the GPL, the
// asker's own closed work in the questions that say it ("our non-GPL app links an LGPL
// library", "can a non-gpl program use a gpl library?"), not one more GPL licence.
// pythonShippedRE: Python itself as what is shipped, bundled or embedded ("can we ship
// python inside our desktop app installer"), which is the interpreter, not code written
// in the language ("ship python scripts") or a project named after it ("python polars",
// "python-igraph"): the name ends the phrase.
var pythonShippedRE = regexp.MustCompile(`(?i)\b((?:ship|ships|shipping|shipped|bundle|bundles|bundling|bundled|embed|embeds|embedding|embedded|include|includes|including|redistribute|redistributing|vendor|vendoring|package|packaging)\s+(?:a\s+copy\s+of\s+)?)python(\s+\d(?:\.\d+)*)?(\s*(?:$|[.,;:?!)]|\s(?:inside|in|into|with|within|for|on|as|and|alongside|next|together|under|so|to|from|itself)\b))`)

// pythonShippedRead reads Python shipped as the interpreter, whose licence the data
// holds as CPython's.
func pythonShippedRead(s string) string {
	if !strings.Contains(strings.ToLower(s), "python") {
		return s
	}
	return pythonShippedRE.ReplaceAllString(s, "${1}the python runtime${2}${3}")
}

func nonGPLRead(s string) string {
	if !strings.Contains(strings.ToLower(s), "non") {
		return s
	}
	return nonGPLRE.ReplaceAllString(s, "proprietary")
}

// linkPermissionRead reads a permission to link with a named program, said in words
// ("it's gpl2 but the author adds permission to link it with openssl", "GPLv2 plus a
// special exception to link with OpenSSL"), as that program's exception ("with the
// OpenSSL exception"), when SPDX lists an exception by the program's name; the reply
// then says which exceptions the name may be.
func linkPermissionRead(s string) string {
	if !strings.Contains(strings.ToLower(s), "link") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range linkPermissionRE.FindAllStringSubmatchIndex(s, -1) {
		name := s[m[2]:m[3]]
		if len(exceptionNamed(strings.ToLower(name), "")) == 0 {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(" with the " + name + " exception")
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// fontPermissionRead reads the GPL font exception said in words ("GPL with the special
// exception that lets you put the font into a PostScript or PDF document") as the font
// exception, which SPDX lists.
func fontPermissionRead(s string) string {
	if !strings.Contains(s, "xception") && !strings.Contains(s, "XCEPTION") { // the word every match has
		return s
	}
	return fontPermissionRE.ReplaceAllString(s, " with the font exception")
}

// fontPermissionRE: an exception that lets a font be embedded in documents.
var fontPermissionRE = regexp.MustCompile(`(?i)\s+(?:with|plus|and|but\s+with)\s+(?:the\s+|a\s+|an\s+)?(?:special\s+|extra\s+|additional\s+)?exception\s+(?:that\s+|which\s+)?(?:lets?|allows?|permits?)\s+(?:you\s+|anyone\s+|people\s+)?(?:to\s+)?(?:put|embed|include|use)\s+(?:the\s+|a\s+)?fonts?\s+(?:in|into|inside)\s+(?:a\s+|any\s+)?(?:[\w-]+\s+(?:or\s+[\w-]+\s+)?)?documents?`)

// linkPermissionRE: a permission, or an exception, to link with one named program, said
// of a licence ("gpl2 with an exception allowing linking with openssl") or given by its
// author ("the author grants permission to link it with openssl").
var linkPermissionRE = regexp.MustCompile(`(?i)(?:\s+(?:but|and|plus|with|which|that|where)\s+(?:(?:the\s+)?(?:author|authors|maintainer|maintainers|copyright\s+holders?)\s+)?(?:(?:adds?|added|grants?|granted|gives?|gave|has|have|includes?|included)\s+)?|\s+(?:adds?|added|grants?|granted|gives?|gave|includes?|included)\s+)(?:an?\s+|the\s+)?(?:(?:special|explicit|extra|additional)\s+)?(?:permission|exception)\s+(?:that\s+(?:allows|permits)\s+|allowing\s+|permitting\s+|to\s+allow\s+|to\s+permit\s+|for\s+)?(?:you\s+)?(?:to\s+)?(?:link|linking)\s+(?:it\s+|them\s+|the\s+code\s+|the\s+program\s+|this\s+program\s+)?(?:with|against|to)\s+([a-z][\w.+-]*[a-z0-9])`)

var (
	// bareVersionRE: a version and "or later" with no licence's name before it; the
	// words before it are a subject and a verb ("the library is v3 or later", "the
	// headers say version 3 or, at your option, any later version").
	bareVersionRE = regexp.MustCompile(`(?i)((?:\b(?:is|are|was|under|it's|its|say|says|said|read|reads|state|states|` + versionChoiceWords + `)\s+|[,;:(/]\s*))(?:v|version\s*)([1-3](?:\.[01])?)[\s-]*(?:or[\s-]*,?\s*(?:\(?at\s+your\s+option\)?\s*,?\s*)?(?:any[\s-]+)?(?:later|newer|above|higher)(?:\s+version)?|\+)`)
	// bareVersionPlainRE: a version with no "or later" and no licence's name, chosen or
	// moved to ("should we pick v2 only or v3?", "can we move to v3?"). Go's regexp has
	// no look-ahead, so "or later" is left to bareVersionRE, which runs first.
	bareVersionPlainRE = regexp.MustCompile(`(?i)((?:\b(?:` + versionChoiceWords + `)\s+|[,;:(/]\s*))(?:v|version\s*)([1-3](?:\.[01])?)((?:[\s-]*only)?)\b`)
	gnuFamilyRE        = regexp.MustCompile(`\b(agpl|lgpl|gpl)`)
	// gnuNameBeforeRE: a GNU licence's name just before the comma a version follows
	// ("the GPL, version 2").
	gnuNameBeforeRE = regexp.MustCompile(`(?:gpl|general\s+public\s+licen[cs]e)\s*$`)
	// onlyOrLaterRE: one version said both ways, "v2 only or v2 or later", "version 3
	// only or version 3 or any later version", "v3 only or v3+".
	onlyOrLaterRE = regexp.MustCompile(`(?:v|version\s*|gpl-?)([1-3])(?:\.0)?[\s-]*only\s*,?\s*or\s+(?:v|version\s*)?([1-3])`)
	// versionChoiceWords: words before a version that is chosen between, or moved to.
	versionChoiceWords = `(?:to|or|and|vs\.?|versus|pick|choose|chose|either|between|prefer|from|keep|use|with)`
)

// grantRead reads the opening grant of a permissive licence, quoted in a question, as
// the licence it opens: "Permission is hereby granted, free of charge, to any person
// obtaining a copy of this software" is the MIT licence's; "Redistribution and use in
// source and binary forms, with or without modification, are permitted" a BSD licence's
// (which one, its clauses would say); "Permission to use, copy, modify, and/or distribute
// this software for any purpose" the ISC licence's.
func grantRead(s string) string {
	if lower := strings.ToLower(s); !strings.Contains(lower, "ermi") && !strings.Contains(lower, "edistribution") {
		return s
	}
	for _, g := range licenceGrants {
		s = g.re.ReplaceAllString(s, g.to)
	}
	return s
}

var licenceGrants = []struct {
	re *regexp.Regexp
	to string
}{
	{regexp.MustCompile(`(?i)permission\s+is\s+hereby\s+granted,?\s+free\s+of\s+charge,?\s+to\s+any\s+person\s+obtaining\s+a\s+copy\s+of\s+this\s+software(?:\s+and\s+associated\s+documentation\s+files)?`), "the MIT licence grant"},
	{regexp.MustCompile(`(?i)redistribution\s+and\s+use\s+in\s+source\s+and\s+binary\s+forms,?\s+with\s+or\s+without\s+modification,?\s+are\s+permitted`), "a BSD licence permits it"},
	{regexp.MustCompile(`(?i)permission\s+to\s+use,?\s+copy,?\s+modify,?\s+and(?:/or)?\s+distribute\s+this\s+software\s+for\s+any\s+purpose`), "the ISC licence grant"},
}

// publishedByFSFRE and versionOfTheLicenseRE: the words of a GNU notice between a
// licence's name and its version, and between the version and "or any later version".
var (
	publishedByFSFRE      = regexp.MustCompile(`(?i)\s*,?\s+as\s+published\s+by\s+the\s+free\s+software\s+foundation\s*[;,]?\s*(?:either\s+)?(version\s+\d)`)
	versionOfTheLicenseRE = regexp.MustCompile(`(?i)(version\s+\d(?:\.\d)?)\s+of\s+the\s+licen[cs]e\b`)
)

// misspellings are the misspellings asTyped writes out, each with what it stands for;
// misspeltHintRE, cheaper, tells whether a text may hold one.
var (
	misspellings = []struct {
		re *regexp.Regexp
		to string
	}{
		{regexp.MustCompile(`(?i)\b(un|re|sub-?)?(?:lisen[cs]|liscen[cs]|lincen[cs]|licsen[cs]|liecen[cs]|lisc[ie]n[cs])(e|es|ed|ing|or|ors|ee|ees)\b`), "${1}licens${2}"},
		{regexp.MustCompile(`(?i)\b(in)?(?:compat[ae]ble|compatiable|compatibile|compatibel|comptaible|compatble)\b`), "${1}compatible"},
		{regexp.MustCompile(`(?i)\b(in)?(?:compatab(?:il|l)i?ty|compatib(?:lity|ilty|ilaty))\b`), "${1}compatibility"},
		{regexp.MustCompile(`(?i)\b(?:propr?i[ei]t[ae]ry|propietary|proprietery|proprietory)\b`), "proprietary"},
		{regexp.MustCompile(`(?i)\b(?:distrubut|distibut|distrbut|disribut|distirbut)(e|es|ed|ing|ion|ions|or|ors)\b`), "distribut${1}"},
		{regexp.MustCompile(`(?i)\b(non-?)?(?:commerical|comercial|commmercial|comercal)(ly)?\b`), "${1}commercial${2}"},
		{regexp.MustCompile(`(?i)\b(?:copywrite|copywright|copyrite)\b`), "copyright"},
		{regexp.MustCompile(`(?i)\bw/\s`), "with "},
		{regexp.MustCompile(`(?i)\b(dynamic|static)(?:aly|ly)\b`), "${1}ally"},
		// The names of licences, misspelt: "apahce 2", "mozila public license",
		// "creative common attribution".
		{regexp.MustCompile(`(?i)\b(?:apahce|apcahe|apachee|appache)\b`), "apache"},
		{regexp.MustCompile(`(?i)\b(?:mozila|mozzila|mozzilla)\b`), "mozilla"},
		{regexp.MustCompile(`(?i)\bcreative\s*(?:common|comons|commmons)\b|\bcreativecommons\b`), "creative commons"},
	}
	misspeltHintRE = regexp.MustCompile(`(?i)lis[ce]|lisen|lin?cen|lics|liec|compat[ae]bl|compati[ab]|compatib[ei]l|comptai|compatb|compatab|compatibl[it]|propi|propr[ie]|distru|distrb|disti|disri|commeri|comer|commm|copyw|copyr|\bw/|icaly|icly|apah|apca|apachee|appa|mozil|mozzi|creative`)
)

// assumptionsOf is the assumptions made in reading id, of those made for a question.
func assumptionsOf(as []Assumption, id string) []Assumption {
	var out []Assumption
	for _, a := range as {
		if a.ID == id {
			out = append(out, a)
		}
	}
	return out
}

// ParseQuestion finds the licences, the use and the kind of question in text. ok is
// false when it names no licence (Topic may still say what it asks about).
func ParseQuestion(text string) (q Question, ok bool) {
	text = pythonShippedRead(nonGPLRead(fontPermissionRead(linkPermissionRead(bareVersionRead(grantRead(gnuNoticeRead(ccElidedRead(asTyped(text)))))))))
	q, ok = parseMessage(text)
	lower := strings.ToLower(text)
	if !ok && q.Topic == "choose" && namedThenAskedRE.MatchString(text) {
		if _, asked := ProjectAsked(text); asked {
			// "decentraland builder assets - what licence? can i use them outside
			// decentraland": the licence of the thing named first, not one to choose.
			q.Topic = ""
		}
	}
	if ok && q.Topic == "choose" && choiceIsOthers(q, text, lower) {
		q.Topic = ""
	}
	if ok && q.Topic == "" && len(q.Licenses) == 1 && q.Licenses[0] == "BSD-3-Clause" && !q.Difference && q.Disagree == nil && q.Claim == nil &&
		slices.ContainsFunc(q.Assumed, func(a Assumption) bool { return a.Why == noClauses }) && whichBSDRE.MatchString(cmp.Or(askingSentence(lower), lower)) {
		// "bond_core's package.xml just says bsd. which bsd exactly?": which of the BSD
		// licences the name stands for is the question, which only the text answers; the
		// usual reading stays, with how to tell.
		if q.Kind == AskVerdict {
			if p, about := q.AboutLicenses(); about {
				q = p
			}
		}
		q.WhichBSD = true
	}
	if ok && q.Kind == AskVerdict && q.Use == "" && q.Topic == "" {
		// Which licence a thing has is asked, with no use of it: what the licence allows.
		switch {
		case len(q.Licenses) == 2 && strings.Contains(q.Expression, " OR ") && isItEitherRE.MatchString(lower) && !choiceRE.MatchString(lower):
			// "is this lib mit or gpl?": not a choice of two it offers; what each allows,
			// for the licence file to settle.
			if p, about := q.AboutLicenses(); about {
				q = p
				q.Expression = strings.Join(q.Licenses, " AND ") // two licences asked between, not a choice offered
			}
		case len(q.Licenses) == 1 && isItTooRE.MatchString(lower):
			// "is the chrome build mpl too", "is the windows version gpl as well?"
			if p, about := q.AboutLicenses(); about {
				q = p
			}
		}
	}
	if ok && (q.Forked || q.StillAfterMove) {
		// What the asker's fork is under, or whether a release or port keeps the licence
		// its project left, is a question of that licence, whatever the message says is
		// done with it.
		if p, about := q.AboutLicenses(); about {
			q, q.Topic, q.UseSaid = p, "", ""
		}
	}
	// A licence file set against another source: read once, then taken by what the
	// message asks. "readme says mit, the LICENSE file is gpl. which one do we follow?"
	// is no choice of the asker's own licence.
	if ok && (q.Topic == "" || q.Topic == "choose") && (len(q.Licenses) == 2 || len(q.Licenses) == 1 && npmUnlicensedRE.MatchString(lower)) {
		if d, found := sourcesDisagree(text, lower); found {
			held := d.Held()
			switch {
			case d.Reports:
				if disagreeAskRE.MatchString(lower) && len(q.Licenses) == 2 {
					// "polar bookshelf: package.json says mit, readme says gpl. which is
					// it?": two reports and no grant named, so neither holds; what each
					// licence allows, with where the answer lies.
					return Question{Kind: AskProfile, Expression: q.Expression, Licenses: []string{d.First, d.Other}, UseSaid: q.Use, Assumed: q.Assumed, Disagree: &d}, true
				}
			case disagreeAskRE.MatchString(lower):
				// "npm says ISC but the repo has an MIT license file. which?": the licence
				// file's licence, with what the other source says one click away; "the
				// LICENSE file is GPLv3 but the README says GPLv2+": the notice's "or later"
				// takes in the file's version, so the code is under the notice's licence.
				// A use the message gives ("we would ship the JAR inside our product") is
				// answered for the file's licence too.
				return Question{Kind: AskProfile, Expression: held, Licenses: []string{held}, UseSaid: q.Use, Assumed: assumptionsOf(q.Assumed, held), Disagree: &d}, true
			case q.Topic == "" && (q.Kind == AskVerdict || q.Kind == AskCompatibility) && !q.Holder:
				// "the repo says mit but the file headers say gpl v2. can we embed it in our
				// closed app?": the use, for the licence file's licence; the other source's
				// is a button away (runAsk). Neither licence is the asker's work's.
				q.Kind, q.Work, q.Reading = AskVerdict, "", RolesSaid
				q.Expression, q.Licenses, q.Assumed, q.Disagree = held, []string{held}, assumptionsOf(q.Assumed, held), &d
			}
		}
	}
	if ok && q.Topic == "" && len(q.Licenses) == 2 {
		if l, ok := lesserBesideGPL(q.Licenses); ok && bothFilesRE.MatchString(lower) && whichOfFilesRE.MatchString(lower) {
			// "pygithub ships COPYING and COPYING.LESSER. is it gpl, lgpl, or my pick?":
			// the LGPL v3 adds permissions to the GPL v3, so a project under it carries
			// both texts; the code is under the LGPL.
			return Question{Kind: AskProfile, Expression: l, Licenses: []string{l},
				Assumed: []Assumption{{Said: "a GPL licence file beside an LGPL one", ID: l, Why: "the LGPL v3 is the GPL v3 with extra permissions, so a project under it ships both texts (COPYING and COPYING.LESSER); the code is under the LGPL"}}}, true
		}
	}
	if ok && q.Topic == "" && (q.Kind == AskVerdict || q.Kind == AskProfile) && len(q.Licenses) == 1 && q.Use == "" && claimAskRE.MatchString(lower) {
		// "is redis still bsd?", "list says minio is apache 2.0. still true?": whether a
		// project is under the licence said is checked against what its own pages say.
		if f := findLicenses(text); len(f.claims) == 1 && len(f.ids) == 1 {
			c := f.claims[0]
			if c.Holds {
				// "is the linux kernel still gpl?": it is; the licence said is profiled.
				return Question{Kind: AskProfile, Expression: q.Licenses[0], Licenses: q.Licenses, Assumed: q.Assumed, Claim: &c}, true
			}
			if now := c.Licence(); now != c.Said {
				// "is tinymce 6 still lgpl?": no, it is under the licence of the version said.
				return Question{Kind: AskProfile, Expression: now, Licenses: []string{now}, Claim: &c}, true
			}
		}
	}
	if ok && (q.Use == "static_link" || q.Use == "dynamic_link") && contentOnlyIn(q) {
		// "sprites and level data under CC BY-SA … compiled into the game's data files":
		// artwork and data are not linked; they go out in the work, changed or not.
		q.Use = "distribute"
		if modifiedRE.MatchString(lower) {
			q.Use = "modify"
		}
	}
	if ok && q.Topic == "" && q.Kind == AskVerdict && len(q.Licenses) == 1 && q.Use != "" && claimDoubtedRE.MatchString(lower) {
		// "is glibc really gpl?? we link a commercial app against it": the claim doubted
		// is checked, and the use is judged under what the project's pages say.
		f := findLicenses(text)
		oneClaim := len(f.claims) > 0 && !slices.ContainsFunc(f.claims, func(c Claim) bool { return c.Data != f.claims[0].Data || c.Said != f.claims[0].Said })
		doubted := func(c Claim) bool {
			for _, m := range claimDoubtedRE.FindAllStringSubmatch(lower, -1) {
				said := m[1] + m[2] // the project as written, by the alternative that matched
				if strings.HasSuffix(" "+said, " "+lowerASCII(c.Project)) || said == "it" || said == "that" || said == "this" {
					return true
				}
			}
			return false
		}
		// The project named again by another of its names ("… Is that still the case for
		// SDL2?") is the same project, not another licence.
		sameProject := func(i int) bool {
			return len(f.claims) > 0 && i < len(f.projects) && f.projects[i] != nil && f.projects[i] == f.claims[0].Data
		}
		others := 0
		for i, id := range f.ids {
			if id != q.Licenses[0] && !sameProject(i) {
				others++
			}
		}
		if oneClaim && others == 0 && !f.claims[0].Holds && f.claims[0].Said == q.Licenses[0] && doubted(f.claims[0]) {
			c := f.claims[0]
			c.Doubted = true
			if now := c.Licence(); now != c.Said {
				q.Expression, q.Licenses, q.Assumed, q.Claim = now, []string{now}, nil, &c
			}
		}
	}
	if ok && q.Kind == AskVerdict && (q.Proprietary || containsAny(lower, []string{"commercial", "paid", " sell", "selling", "proprietary", "closed"})) {
		q = takeProjectOption(q)
	}
	if ok && q.Kind == AskVerdict && len(q.Licenses) == 1 && q.Topic == "" && (holderRE.MatchString(lower) || ownRelease(lower)) {
		// "My Mac app is GPLv3 and I wrote every line of it myself": the one licence is
		// the asker's own work's, which they hold all the copyright in.
		if f := findLicenses(text); len(f.ids) == 1 {
			if rs, _ := readRoles(lower, f); rs[0] == roleWork {
				q.Holder, q.Revokes = true, revokesRE.MatchString(lower)
			}
		}
	}
	if ok && (q.Kind == AskVerdict || q.Kind == AskProfile && !q.Meaning && !q.OpenSource && !q.Difference) && len(q.Licenses) == 1 && (q.Topic == "" || q.Topic == "permissive" || q.Topic == "selling") && !q.Holder && !strings.Contains(q.Licenses[0], " ") {
		// "someone took our gplv3 android app, added ads, and put it on google play
		// without any source": others with the asker's own work; also when what they
		// charge for it is asked ("is charging for it a gpl violation?").
		if q.ByOthers, q.OwnWork = othersWith(text, lower); q.ByOthers {
			// A profile of a licence others act under ("… and credits us nowhere. mit
			// lets them do that right?") is what they may do with the work.
			q.Kind, q.Expression = AskVerdict, q.Licenses[0]
			q.Breach = breachOf(lower, q.Expression)
		}
	}
	if (q.Kind == AskCompatibility || (q.Kind == AskVerdict || q.Kind == AskProfile) && q.Topic == "") && len(q.Licenses) == 2 && strings.Contains(q.Expression, " OR ") && !strings.Contains(q.Expression, " AND ") && !strings.ContainsAny(q.Expression, "()") && strings.Contains(lower, " or ") && choiceForOwnRE.MatchString(lower) {
		// "should I use GPL or LGPL for my library?": two licences offered for the
		// asker's own work, not one going into the other.
		q.Kind, q.Licenses, q.Work, q.Topic = AskVerdict, strings.Split(q.Expression, " OR "), "", "choose"
	}
	// "our package is gpl2+. can we just bump it to gplv3 (without asking every
	// contributor)?": the "or later" every contribution came under already lets the work
	// go to the later version; no choice of licence, and no one's agreement, is asked.
	orLaterMove := q.Kind == AskCompatibility && len(q.Licenses) == 2 && orLaterReaches(q.Licenses[0], q.Licenses[1])
	// "perl module is gpl1-or-later, can my fork just call it gpl2-or-later": a move to a
	// later version the "or later" reaches is that route's answer, not the topic of what
	// "or later" means (which one version's two forms still ask).
	if orLaterMove && (q.Topic == "choose" || q.Topic == "orlater" && !sameVersion(q.Licenses[0], q.Licenses[1])) {
		q.Topic = ""
	}
	if q.Kind == AskCompatibility && len(q.Licenses) == 2 && q.Licenses[0] == q.Licenses[1] && governsAskRE.MatchString(askingSentence(lower)) {
		// "we modified an OFL font and released the result under the OFL too. what licence
		// governs our derived font?": one licence, asked what it is and asks.
		q.Kind, q.Licenses, q.Expression, q.Work, q.Reading = AskProfile, q.Licenses[:1], q.Licenses[0], "", RolesSaid
	}
	if ok && q.Kind == AskVerdict && q.Claim == nil && len(q.Licenses) == 1 {
		// "I want plupload for our site. It's GPLv2, …": the licence said of a project,
		// which its data does not give, is answered as said (a copy or an older version
		// may be under it), with what the data gives beside it.
		for _, c := range q.claims {
			if !c.Holds && c.Said == q.Expression {
				q.Claim = &c
				break
			}
		}
	}
	switch lower := fileDotRE.ReplaceAllString(versionDotRE.ReplaceAllString(lower, "${1}_${2}"), "${1}_${2}"); {
	case !orLaterMove && asksConsent(q, lower):
		// "want to put my little go tool under gpl-3. two people have sent PRs, do i need
		// their ok?": whose agreement a change of licence needs, what a contributor
		// agreement is for; not a use of the licence it moves to.
		q.Topic, q.Relicenses = "cla", true
	case q.Topic == "choose":
		q.Relicenses = movesOwnRE.MatchString(lower) || licensingOthersCode(lower)
		if q.Relicenses && strings.Contains(lower, "instead") {
			// "why would our lab pick mpl for a python repo instead of apache?": candidates
			// weighed for a licence, with nothing moved.
			q.Relicenses = movesOwnRE.MatchString(pickedInsteadRE.ReplaceAllString(lower, " "))
		}
	case q.Kind == AskCompatibility && q.Reading != RolesAmbiguous:
		// "can I relicense my GPL project to MIT?": whether the code may go under the
		// other licence, and what moving one's own released project takes; "I'd like to
		// move it to MIT. Who do I have to ask?" asks the second outright.
		q.Relicenses = movesOwnProjectRE.MatchString(lower) || asksConsentToMove(lower) ||
			strings.Contains(lower, "from") && moveAskedRE.MatchString(lower) || // "could webtrees relicense from GPL to MIT?"
			strings.Contains(lower, "replac") && replacesOwnLicenceRE.MatchString(lower) // "can I simply replace the MIT LICENSE with Apache-2.0?"
		q.RelicensesTaken = !q.Relicenses && (strings.Contains(lower, "relicen") && (relicensesTakenRE.MatchString(lower) || takenRelicensed(lower)) || !q.RelicenseAsked && len(q.Licenses) == 2 && RepublishedUnder(text, q.Licenses[0], q.Work) ||
			strings.Contains(lower, "header") && swapHeaderRE.MatchString(lower) || // "swap the 4-clause bsd header in this repo for the 3-clause one ourselves?"
			putOnWorkRE.MatchString(lower) && workTakenInRE.MatchString(lower)) // "i ported an unlicense ftp server … and put gpl on the whole repo"
	}
	if ok && q.Topic == "cla" && q.Kind == AskVerdict && q.Use == "mobile" && gnuCopyleft(q.Expression) && ThroughApplesStore(text) && !claWordRE.MatchString(askingSentence(lower)) {
		// "our iOS client is GPLv3 and we publish it through Apple's App Store … we have
		// outside contributors and no CLA. what would fix it?": whether the GPL can go
		// out under the store's terms is the question, which the verdict's note on the App
		// Store answers, with the contributors' part in it. "Should we start asking
		// contributors for a CLA?" still asks about the agreement.
		q.Topic = ""
	}
	if ok && q.Topic == "" && AsksProductName(text) {
		// "releasing a gpl lib called 'PHP Interactive Pages', does the php license stop
		// me using PHP in the name?": what the licence that reserves its name asks.
		if named := slices.DeleteFunc(slices.Clone(q.Licenses), func(id string) bool { return !ReservesName(id) }); len(named) > 0 {
			p := verdictOn(q, strings.Join(named, " AND "))
			p.Difference = false
			if p, about := p.AboutLicenses(); about {
				q = p
			}
		}
	}
	if ok && q.TermsBeside && q.Topic == "noncommercial" && q.Kind == AskVerdict && len(q.Licenses) == 1 {
		// "plugin is gpl but the page says no reselling. can they add that?": what the
		// licence itself allows, beside the terms written next to it; no use is asked.
		if p, ok := q.AboutLicenses(); ok {
			q = p
		}
	}
	if ok && q.Kind == AskCombination && (programsApartRE.MatchString(lower) || runApartRE.MatchString(lower)) {
		// "dosfstools has one tool that is gplv2-only and another that's gpl3+. isn't
		// shipping them together a licence clash?": separate programs shipped together.
		q.Apart = true
	}
	if ok && q.Topic == "orlater" {
		q = withVersionRead(q, lower)
	}
	q.AsksExpression = ok && spdxAskRE.MatchString(lower)
	if ok && q.Kind == AskVerdict && len(q.Licenses) == 1 && q.Topic == "" && !q.ClosedIn && !q.ByOthers && !q.Holder && NamesGNUCopyleft(q.Expression) {
		q.ClosedOS = closedOSPort(lower)
		if q.ClosedOS == "" && ownGNUWorkRE.MatchString(lower) {
			q.ClosedOS, q.SystemShipped = systemPartsLinked(lower)
			q.SystemLinked = q.ClosedOS != ""
		}
	}
	return q, ok
}

// systemPartsRE: a program said to link to, call, load or ship parts of a proprietary
// operating system or its compiler's runtime ("links the MSVC runtime dll", "call the
// win32 api", "shipping the Visual C++ runtime DLLs"); the first group names Windows'
// parts, the second macOS's. systemShippedRE says those parts go out with the program.
var (
	systemPartsRE   = regexp.MustCompile(`\b(?:link\w*|load\w*|call\w*|us(?:e|es|ed|ing)|depend\w*\s+on|` + shipVerbs + `)\s+(?:[\w.+-]+\s+){0,3}?(?:(msvc\w*|vcruntime\w*|ucrt\w*|(?:ms\s+|microsoft\s+)?visual\s+c(?:\+\+|pp)\s+(?:runtime|redist\w*|crt)|win32(?:\s+api)?|windows\s+(?:api|system\s+dlls?)|kernel32|user32|gdi32|directx|direct3d)|(cocoa|appkit|core\s?foundation|libsystem))\b`)
	systemShippedRE = regexp.MustCompile(`\b(?:` + shipVerbs + `)\s+(?:[\w.+-]+\s+){0,3}?(?:msvc|vcruntime|ucrt|(?:ms\s+|microsoft\s+)?visual\s+c(?:\+\+|pp))|\b(?:dlls?|runtime)\s+(?:next\s+to|alongside|beside|with)\s+(?:the|our|my)\s+(?:exe|executable|binary|program|app|installer)\b`)
)

// shipVerbs say a thing goes out with a program: "ships", "bundles", "redistributes",
// "includes", "packages".
const shipVerbs = `ship\w*|bundl\w*|redistribut\w*|includ\w*|packag\w*`

// systemPartsLinked is the proprietary system whose own parts lower says a program
// links to, and whether they are said to ship with it; "" when it names none.
func systemPartsLinked(lower string) (system string, shipped bool) {
	m := systemPartsRE.FindStringSubmatch(lower)
	switch {
	case m == nil:
		return "", false
	case m[1] != "":
		system = "Windows"
	default:
		system = "macOS"
	}
	return system, systemShippedRE.MatchString(lower)
}

// SystemExceptionHolds tells whether the system library exception of the GNU licence
// id covers the system parts a program links to: always, except GPLv2's when those
// parts go out with the program itself (GPLv2 section 3: "unless that component itself
// accompanies the executable").
func SystemExceptionHolds(id string, shipped bool) bool {
	return !shipped || !strings.HasPrefix(id, "GPL-2.0-only")
}

// avoidedBeforeRE ends where a message names a licence the asker wants to keep clear of:
// "without ending up on", "to avoid being forced under", "without having to go".
var avoidedBeforeRE = regexp.MustCompile(`\b(?:without|to\s+avoid|avoid(?:ing)?)\s+(?:(?:ending|winding)\s+up|being\s+(?:forced|dragged|pulled|pushed)|having\s+to\s+(?:go|move|switch|relicen[cs]e|release)|getting\s+(?:stuck|pulled|dragged))\s+(?:(?:on|under|with|into|to|in)\s+)?(?:the\s+|an?\s+)?$`)

// programsApartRE: the licences a message combines are said to be those of separate
// programs ("one tool that is gplv2-only and another that's gpl3+", "separate
// binaries"), which may be shipped side by side.
var programsApartRE = regexp.MustCompile(`\bone\s+(?:of\s+(?:the|its|their)\s+)?(?:tools?|programs?|binar(?:y|ies)|utilit(?:y|ies)|commands?|executables?|daemons?)\b(?:[^.?!]|\.\d){0,80}\b(?:another|the\s+other)\b|\bseparate\s+(?:tools|programs|binaries|executables|utilities|commands|daemons)\b|\b(?:tools|programs|binaries|executables|utilities|daemons)\b(?:[^.?!]|\.\d){0,60}\b(?:ship\w*|distribut\w*|bundl\w*|packag\w*)\s+(?:them\s+|both\s+)?(?:together|side\s+by\s+side)\b`)

// closedOSRE names a proprietary operating system; onClosedOSRE says a program runs on
// one or is ported to it ("a windows port of nano", "run it on macOS"), or that the
// system is proprietary ("windows is proprietary"). A build or a release for it says
// no more than what ships.
// closedOSNames are the proprietary operating systems closedOSRE and onClosedOSRE name.
const closedOSNames = `(?:windows|macos|mac\s+os(?:\s+x)?|os\s+x|solaris|aix|hp-ux|qnx|vxworks|z/os)`

var (
	closedOSRE   = regexp.MustCompile(`\b(` + closedOSNames + `)\b`)
	onClosedOSRE = regexp.MustCompile(`\b` + closedOSNames + `\s+(?:port|ports|version\s+of)\b|\bport(?:s|ed|ing)?\s+(?:[\w.+-]+\s+){0,3}?to\s+` + closedOSNames + `\b|\b(?:run|runs|running|ran)\s+(?:[\w.+-]+\s+){0,3}?(?:on|under)\s+` + closedOSNames + `\b|\b` + closedOSNames + `\s+(?:is|are|being)\s+(?:proprietary|closed(?:[- ]source)?|non-free)\b`)
)

// closedOSPort is the proprietary operating system lower says a program runs on, is
// ported to or built for, or "" when it says none. Closed code the program takes in, an
// app store's terms and an SDK's licence are other questions.
func closedOSPort(lower string) string {
	if !onClosedOSRE.MatchString(lower) || strings.Contains(lower, "store") || strings.Contains(lower, " sdk") {
		return ""
	}
	system := closedOSRE.FindString(lower)
	switch {
	case system == "windows":
		return "Windows"
	case strings.HasPrefix(system, "mac") || strings.HasPrefix(system, "os"):
		return "macOS"
	case system == "aix" || system == "qnx" || system == "z/os":
		return strings.ToUpper(system)
	}
	return strings.ToUpper(system[:1]) + system[1:]
}

// requiresAskRE asks what something requires or lets one do ("what does the MPL
// actually require", "what does that licence let us do"); asksWhatLicenceRequires checks
// that the something is a licence.
var requiresAskRE = regexp.MustCompile(`\bwhat\s+(?:exactly\s+)?(?:does|do)\s+((?:the\s+|that\s+|this\s+|its\s+|their\s+)?[^?.!]{1,40}?)\s+(?:actually\s+|really\s+|exactly\s+|then\s+)?(?:require|ask|demand|oblige|expect|need\s+(?:from|of)\s+(?:us|me)|want\s+from\s+(?:us|me|(?:an?|our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:app|apps|program|product|work|project|binary|game))|let\s+(?:us|me)\s+do|allow\s+(?:us|me)\s+to\s+do)\b`)

// requiresThatRE asks whether a licence demands what the message has said ("slimevr
// readme says anything built on it has to announce it uses slimevr. does mit actually
// require that?"); requiresThat checks that what is asked of is a licence.
var requiresThatRE = regexp.MustCompile(`\b(?:does|do|would)\s+((?:the\s+)?[\w.+-]+(?:\s+[\d.]+)?)(?:\s+licen[cs]e)?\s+(?:actually\s+|really\s+|even\s+)?(?:require|demand|ask\s+for|mandate)\s+(?:that|this|any\s+of\s+that)\s*\?`)

func requiresThat(lower string) bool {
	m := requiresThatRE.FindStringSubmatch(lower)
	return m != nil && len(FindLicenses(m[1])) > 0
}

// dutiesAskRE asks, of a use the message gives, whether anything is owed: "any
// obligations?", "anything we must do", "anything i have to do licence-wise?", "any
// duties?", "does that mean each one needs an entry in the in-game credits screen, or
// what exactly?"; not "anything to do with the GPL".
var dutiesAskRE = regexp.MustCompile(`\bwhat\s+(?:exactly\s+)?(?:do|would|must|should)\s+(?:we|i)\s+(?:actually\s+|really\s+)?(?:have|need)\s+to\s+do\b|\bdoes\s+(?:that|this|it)\s+mean\s+(?:that\s+)?(?:each|every|all|we|i|our)\b[^.?!]{0,80}?\b(?:needs?|must|ha(?:ve|s)\s+to|requires?)\b[^.?!]{0,80}?,?\s+or\s+what\b|\b(?:do|must|should)\s+(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+)?(?:ship|include|bundle|add|distribute)\s+(?:copies|a\s+copy|the\s+texts?)\s+of\s+(?:both\s+)?(?:the\s+)?(?:licen[cs]es?|a?gpl|lgpl|mit|apache|bsd|mpl)\b|\bany\s+(?:obligations|duties|requirements)\b|\banything\s+(?:(?:else\s+)?(?:i|we)\s+(?:really\s+|still\s+)?(?:must|have\s+to|need\s+to|should)\s+do|(?:else\s+)?to\s+do)\b(?:\s+(?:licen[cs]e|licensing|compliance)[\s-]*wise)?\s*(?:[?.!]|$)`)

// AsksOwed tells whether text asks what a licence makes the asker do or owe ("what do we
// have to add?", "any obligations?"), whatever else it asks.
func AsksOwed(text string) bool {
	lower := strings.ToLower(text)
	return oweAskRE.MatchString(lower) || dutiesAskRE.MatchString(lower)
}

// limitsWhatRE asks what a licence keeps one from doing, with no use of one's own given:
// "hedera's sdk is apache 2.0 not mit. does that limit what our company can do with it?"
// oweAskRE: what the licence asks, asked as a debt or a task: "what do we actually owe
// under MPL?", "what exactly do we owe for that?", "what does apache-2.0 make us do?", "what does the ofl actually make us include
// when our package ships a font file".
var oweAskRE = regexp.MustCompile(`\bwhat\s+(?:exactly\s+)?(?:do|would|must|should)\s+(?:we|i)\s+(?:actually\s+|really\s+)?(?:have|need)\s+to\s+(?:add|include|put|show|display|write)\b|\b(?:do|would|will)\s+(?:i|we)\s+(?:still\s+|actually\s+|really\s+)?owe\s+(?:anyone|anybody|them|the\s+authors?|upstream)\s+anything\b|\bwhat\s+(?:exactly\s+|else\s+)?(?:do|would|will|must|does)\s+(?:i|we|our\s+(?:company|team|product|app))\s+(?:actually\s+|really\s+|exactly\s+|still\s+|then\s+)?owe\b|\bwhat\s+(?:exactly\s+)?(?:does|do|would|will)\s+(?:it|that|this|the\s+licen[cs]e|[\w.+-]+(?:\s+[\w.+-]+)?)\s+(?:actually\s+|really\s+|exactly\s+)?(?:make|require|oblige|force)\s+(?:us|me)\s+(?:to\s+)?(?:do|show|display|include|ship|add|provide|put|keep)\b`)

// putLicenceAskRE: whether the licence's text or notice must be put somewhere: "do i
// have to put its licence somewhere in my exported game?". Whether the source must be put
// up ("do i really have to put the source up too?") asks of the use, as publishing does.
var putLicenceAskRE = regexp.MustCompile(`\b(?:do|does|must|would|will)\s+(?:i|we|it|that|this|(?:the\s+|its\s+)?[\w.+-]+)\s+(?:really\s+|still\s+|also\s+|actually\s+)?(?:have\s+to|need\s+to|make\s+(?:us|me)|require\s+(?:us|me)\s+to|force\s+(?:us|me)\s+to)\s+(?:put|ship|include|show|display|bundle|keep)\s+(?:its|the|their|a|an|our|any)\s+(?:full\s+)?(?:licen[cs]e|notice|notices|copyright|credits?)\b`)

// canUseCompiledRE: whether code may be taken in a way that decides the verdict, asked
// beside what is owed, or what is owed for such a use ("can we compile it straight into
// our closed binary, and what would we still owe?", "what would we owe if we load libvlc
// as a DLL?", "what do we owe if we convert them to png?"): the verdict for that use is the answer, with its obligations.
var canUseCompiledRE = regexp.MustCompile(`\bowe\s+(?:\w+\s+)?(?:if|when|once)\s+(?:we|i)\b|\bcan\s+(?:we|i)\s+(?:now\s+|still\s+|then\s+|just\s+)?(?:use|compile|link|embed|bundle)\b[^?]{0,80}\b(?:closed|proprietary|binary|executable|without\s+opening)`)

var limitsWhatRE = regexp.MustCompile(`\b(?:does|do|would|will|could)\s+(?:that|this|it|the\s+licen[cs]e|its\s+licen[cs]e)\s+(?:\w+\s+)?(?:limit|restrict|constrain)\s+what\s+(?:we|i|you|our\s+[\w-]+|my\s+[\w-]+|a\s+company|companies|anyone)\s+(?:can|may|could|are\s+allowed\s+to)\s+do\b`)

// whatToDoRE asks what the asker must do to meet the licence, for the use the message
// gives: "what do i actually have to do if i ship a closed app on lgpl qt", "what do i
// need to do to stay within the licence?", "what do we have to keep from them?".
var whatToDoRE = regexp.MustCompile(`\bwhat\s+(?:exactly\s+)?(?:do|would|must|should|will)\s+(?:i|we)\s+(?:actually\s+|really\s+|then\s+|exactly\s+|still\s+)?(?:have|need)\s+to\s+(?:do\b(?:\s+(?:to\s+(?:comply|stay|be|remain|keep|use)\b|if\b|when\b|for\b|so\b|about\b|[?.!,]|$)|$)|(?:keep|preserve|retain|carry\s+over|include|ship|show|display)\s+(?:from\s+(?:them|it|the\s+[\w-]+)|of\s+(?:theirs|its|the\s+[\w-]+)|[?.!,]|$)|(?:provide|supply|give|hand\s+over|deliver)\s+(?:when|if|once)\s+(?:we|i)\b)` +
	// "what do i actually have to put in my exported godot game to comply with godot's licence?"
	`|\bwhat\s+(?:exactly\s+)?(?:do|would|must|should|will)\s+(?:i|we)\s+(?:actually\s+|really\s+|then\s+|exactly\s+|still\s+)?(?:have|need)\s+to\s+(?:put|include|ship|show|display|add)\s+(?:in|into|inside|with|on)\b[^?.!]{0,60}\bto\s+(?:comply|be\s+compliant|stay\s+compliant|follow|meet|satisfy|respect)\b`)

// wholeAsRE: the asking sentence takes the whole under one licence ("can we still use it
// as mit?"), which the other licences the message gives its parts are what decide.
var wholeAsRE = regexp.MustCompile(`\b(?:use|take|treat|ship|distribute|release|keep|consider|label|mark|call)\s+(?:it|them|this|that|all\s+of\s+it|the\s+(?:repo|repository|project|package|library|lib|crate|module|whole\s+thing|whole|lot|code))\s+(?:all\s+|entirely\s+|purely\s+|just\s+|only\s+)?(?:as|under)\s`)

// followOnlyRE asks which terms the asker must follow, not whether a use is allowed: "is
// the PSF licence the only thing I need to follow?", "what do we have to comply with?".
var followOnlyRE = regexp.MustCompile(`\bthe\s+only\s+(?:thing|licen[cs]e|terms?|one)\s+(?:that\s+)?(?:i|we)\s+(?:need|have|must)\s+to\s+(?:follow|comply\s+with|respect|obey|honou?r|worry\s+about)\b|\bwhat\s+(?:do|must|should|would)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:follow|comply\s+with)\b`)

// licenceTextAskedRE: the licence's own text asked about ("ship the boost licence text",
// "does the full licence need to be in the about screen").
var licenceTextAskedRE = regexp.MustCompile(`\blicen[cs]e\s+text\b|\bfull\s+licen[cs]e\b|\bfull\s+(?:[\w.+-]+\s+){1,2}text\b|\b[\w.+-]+\s+text\s+(?:have|has|need|needs)\s+to\s+ship\b|\bcopy\s+of\s+the\s+licen[cs]e\b|\blicen[cs]e\.txt\b|\blicen[cs]e\s+files?\b`)

// licenceAskedRequires is the licence a question with several asks of what one of them
// requires: the one the asking words name ("what does the CC BY-NC-SA demand"), or, for
// "that licence", "this licence" or "its licence", the last named before them ("… the
// texture pack, which is CC BY-NC-SA 4.0. What does that licence actually demand from
// us?").
func licenceAskedRequires(lower string, f found) (string, bool) {
	for _, a := range requiresAsked(lower) {
		if len(a.ids) == 1 && slices.Contains(f.ids, a.ids[0]) {
			return a.ids[0], true
		}
		if !thatLicenceRE.MatchString(a.said) {
			continue
		}
		last := -1
		for i, at := range f.at {
			if at[0] >= 0 && at[0] < a.at && (last < 0 || at[0] > f.at[last][0]) {
				last = i
			}
		}
		if last >= 0 {
			return f.ids[last], true
		}
	}
	return "", false
}

// requiresAsk is one ask of what something requires: where it stands in the text, the
// words for the something, and the licences they name.
type requiresAsk struct {
	at   int
	said string
	ids  []string
}

// requiresAsked finds the asks of what something requires in lower.
func requiresAsked(lower string) []requiresAsk {
	var asks []requiresAsk
	for _, loc := range requiresAskRE.FindAllStringSubmatchIndex(lower, -1) {
		said := lower[loc[2]:loc[3]]
		asks = append(asks, requiresAsk{at: loc[0], said: said, ids: FindLicenses(said)})
	}
	return asks
}

// thatLicenceRE: a licence named by pointing back to it.
var thatLicenceRE = regexp.MustCompile(`^(?:that|this|its|their|the)\s+(?:[\w-]+\s+)?licen[cs]e$`)

func asksWhatLicenceRequires(lower string) bool {
	return slices.ContainsFunc(requiresAsked(lower), func(a requiresAsk) bool {
		return strings.Contains(a.said, "licen") || len(a.ids) > 0 || licenceClauseRE.MatchString(a.said)
	})
}

// licenceClauseRE: a part of a licence asked about ("what does that clause actually
// require of us?", "what does section 4(d) require?"), or a condition named by its kind
// ("what does sharealike actually oblige us to", "what does the attribution requirement
// ask of us").
var licenceClauseRE = regexp.MustCompile(`\b(?:clause|clauses|section|sections|paragraph|condition|conditions|terms?|wording|provision|provisions|share[- ]?alike|copyleft|attribution|patent\s+(?:grant|licen[cs]e|clause|retaliation))\b`)

// bothFilesRE: licence files named ("ships COPYING and COPYING.LESSER", "a gpl and an
// lgpl licence file checked in"); whichOfFilesRE asks which licence they give.
var (
	bothFilesRE    = regexp.MustCompile(`copying\.lesser|copying\.lgpl|\blicen[cs]e\s+files?\b|\bcopying\b`)
	whichOfFilesRE = regexp.MustCompile(`\bwhich\b|\bwhat\s+(?:licen[cs]e|is\s+it)\b|\bis\s+it\s+(?:gpl|lgpl)\b|\bmy\s+(?:pick|choice)\b`)
)

// lesserBesideGPL is the LGPL v3 of the two ids, when the other is the GPL v3.
func lesserBesideGPL(ids []string) (string, bool) {
	if len(ids) != 2 {
		return "", false
	}
	for i, id := range ids {
		if strings.HasPrefix(id, "LGPL-3.0") && strings.HasPrefix(ids[1-i], "GPL-3.0") && !strings.Contains(ids[1-i], " ") {
			return id, true
		}
	}
	return "", false
}

// browserServedRE: JavaScript sent to visitors' browsers ("our web app serves an lgpl
// js lib to the browser"), which is handed over as it is, not linked.
var browserServedRE = regexp.MustCompile(`\b(?:serves?|served|serving|sends?|sent|ships?)\b[^.?!]{0,50}\bto\s+(?:the\s+|every\s+|each\s+|our\s+users'?\s+|visitors'?\s+)?(?:browser|browsers|client|clients)\b`)

// governsAskRE asks which licence holds for a work: "what licence actually governs our
// font?", "which licence applies to it then?".
var governsAskRE = regexp.MustCompile(`\b(?:what|which)\s+licen[cs]e\s+(?:then\s+|actually\s+|really\s+|now\s+)?(?:governs|applies|covers|holds|is\s+it\s+(?:under|in)|are\s+they\s+under|does\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:fall\s+under|have))\b`)

// othersWith tells whether the question is about others with a work under its one
// licence (Question.ByOthers), and whether that work is the asker's own.
func othersWith(text, lower string) (byOthers, own bool) {
	if strings.Contains(lower, "want") || strings.Contains(lower, "let") || strings.Contains(lower, "allow") {
		// "I don't want anyone copying it": a wish about others, not something they did.
		lower = othersNotWantedRE.ReplaceAllStringFunc(lower, func(m string) string { return strings.Repeat(" ", len(m)) })
	}
	if !othersTakeOwnRE.MatchString(lower) && !othersDeriveOwnRE.MatchString(lower) && !othersTakeItRE.MatchString(lower) && !othersBreak(lower) {
		return false, false // most questions say nothing of others: no second reading of the licences
	}
	f := findLicenses(text)
	switch {
	case len(f.ids) != 1:
		return false, false
	case othersTakeOwn(lower, f):
		return true, true
	}
	return othersBreak(lower) && thirdPartyRE.MatchString(lower) && !askerActsRE.MatchString(lower) && !theirOwnWorkRE.MatchString(lower), false
}

// othersBreak tells whether the question asks if what others did breaks the licence, by
// othersBreakRE or by breaksItRE said by the asker, not reported of someone else.
func othersBreak(lower string) bool {
	if othersBreakRE.MatchString(lower) {
		return true
	}
	for _, m := range breaksItRE.FindAllStringIndex(lower, -1) {
		if !claimedRE.MatchString(lower[max(0, m[0]-30):m[0]]) {
			return true
		}
	}
	return false
}

// othersTakeOwn tells whether the question says others took the asker's own work under
// the one licence it names: "someone is selling our MIT todo app", "a site is
// reuploading my MIT-licensed mod", "our app is GPL and someone put it on Google Play".
func othersTakeOwn(lower string, f found) bool {
	at := f.at[0][0]
	if at < 0 || at > len(lower) {
		return false
	}
	for _, m := range slices.Concat(othersTakeOwnRE.FindAllStringIndex(lower, -1), othersDeriveOwnRE.FindAllStringIndex(lower, -1)) {
		if at >= m[0] && at <= m[1]+40 && (at <= m[1] || !theirRE.MatchString(lower[m[1]:at])) {
			return true // "selling our MIT todo app": the licence said of the asker's work taken
		}
	}
	if slices.ContainsFunc(othersTakeItRE.FindAllStringIndex(lower, -1), func(m []int) bool { return !askedOfRE.MatchString(lower[max(0, m[0]-12):m[0]]) }) {
		rs, _ := readRoles(lower, f)
		return rs[0] == roleWork // "our app is GPL and someone put it on Google Play"
	}
	return false
}

// askedOfRE ends a question's auxiliary ("can an app using it go on the app store?"): the
// others named after it are what is asked about, not ones who acted.
var askedOfRE = regexp.MustCompile(`\b(?:can|could|may|might|would|will|should|does|do|is|are)\s+$`)

// othersNotWantedRE: what the asker does not want others to do ("I don't want anyone
// copying it or redistributing it as their own"), blanked to the sentence's end.
var othersNotWantedRE = regexp.MustCompile(`\b(?:don'?t|don’t|do\s+not|doesn'?t|does\s+not|never)\s+(?:want|let|allow|permit)\s+(?:anyone|anybody|others|other\s+people|people|someone|somebody|them)\b[^.?!]*`)

var (
	othersWho = `\b(?:someone|somebody|(?:some|an?|another)\s+(?:[\w-]+\s+)?(?:guy|company|site|website|person|dev|developer|app|seller|vendor|people|competitor|startup|corporation|user|store|shop|channel|account|team|project|fork)` +
		// "a company we really don't like forked our …"
		`(?:\s+(?:(?:that|who|which)\s+)?(?:we|i)\s+(?:[\w'’]+\s+){0,2}?(?:like|trust|know|hate|dislike|work\s+with|compete\s+with))?` +
		`|people|others|other\s+people|anyone|anybody)(?:'s|’s)?(?:\s+(?:is|are|has|have|just|now|been|apparently|already|openly))*\s+`
	othersVerb = `(?:re-?upload\w*|re-?host\w*|mirror(?:s|ed|ing)|redistribut\w*|resell\w*|sell(?:s|ing)?|sold|cop(?:y|ies|ying)|copied|fork(?:s|ed|ing)?|clon(?:e|es|ed|ing)|tak(?:e|es|ing)|took|taken|publish\w*|repackag\w*|rebrand\w*|put|putting|puts|post(?:s|ed|ing)|ship(?:s|ped|ping)|bundl\w*|us(?:e|es|ed|ing))`
	// othersTakeOwnRE: others doing something with what the asker owns: "someone is
	// selling our", "a company copied chunks of my".
	othersTakeOwnRE = regexp.MustCompile(othersWho + othersVerb + `\s+(?:\w+\s+){0,2}?(?:my|our)\b`)
	// othersDeriveOwnRE: others doing something with a work of theirs made from the
	// asker's: "someone is selling a paid addon that's built from our free gpl addon's
	// code".
	othersDeriveOwnRE = regexp.MustCompile(othersWho + othersVerb + `\b[^.?!]{0,80}?\b(?:built|made|derived|based|forked|copied|taken|ripped|lifted|cloned)\s+(?:from|on|off|out\s+of)\s+(?:\w+\s+){0,2}?(?:my|our)\b`)
	// othersTakeItRE: the same, of the work said before: "… and someone put it on".
	othersTakeItRE = regexp.MustCompile(othersWho + othersVerb + `\s+(?:it|them)\b`)
	// thirdPartyRE: others are named as the ones acting; askerActsRE: the asker is.
	thirdPartyRE = regexp.MustCompile(`\b(?:they|their|someone|somebody|others|clones?|copies|companies|company|vendors?|people|sites?|sellers?|forks?|developers?|apps)\b|\ba\s+copy\s+of\b` +
		// "nextcloud notes costs money on google play": a project sold by its publisher.
		`|\b(?:costs?|charges?|sells?\s+for)\s+(?:money|\$\s?\d|\d+\s*(?:usd|eur|dollars?|euros?))\b`)
	askerActsRE = regexp.MustCompile(`\b(?:i|we)\s*(?:use|used|using|ship|shipped|link|linked|include|included|want|plan|would|will|'d|’d|'ll|’ll|am|are|'m|’m|'re|’re|modify|modified|sell|distribute|run|need)\b`)
	// theirOwnWorkRE: the others' own work ("publishes its node software under the gpl"),
	// whose holders the licence does not bind.
	theirOwnWorkRE = regexp.MustCompile(`\b(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:software|code|app|apps|project|projects|library|product|products|program|programs|tool|sdk|firmware)\b`)
	// othersBreakRE: whether others break the licence is asked: "isn't that a GPL3
	// violation", "don't they have to release their source?", "are they allowed to".
	othersBreakRE = regexp.MustCompile(`\b(?:is(?:n'?t|\s+not)?|was(?:n'?t)?)\s+(?:that|this|it)\s+(?:a\s+|an\s+)?(?:[\w.+-]+\s+)?(?:violation|infringement|breach)\b|\b(?:is|isn'?t|was)\s+(?:charging|selling|reselling|renaming|rebranding|doing|publishing)\s+(?:money\s+)?(?:for\s+)?(?:it|that|this|them)\s+(?:a\s+|an\s+)?(?:[\w.+-]+\s+)?(?:violation|infringement|breach)\b` +
		// "… costs money on google play but it's gpl. isn't charging for it against the licence?"
		`|\b(?:is(?:n'?t)?|was(?:n'?t)?)\s+(?:charging|selling|reselling|renaming|rebranding)\s+(?:money\s+)?(?:for\s+)?(?:it|that|this|them)\s+(?:(?:even|really|actually)\s+)?(?:against|contrary\s+to)\s+(?:the|its|their)\s+(?:[\w.+-]+\s+)?licen[cs]e\b|\b(?:showed|shows|popped|pops|turned|turns)\s+up\s+on\b[^?!]{0,60}\b(?:is|was)\s+(?:that|this)\s+(?:even\s+|really\s+|actually\s+)?(?:allowed|legal|permitted)\b|\b(?:don'?t|do\s+not|doesn'?t|shouldn'?t|must(?:n'?t)?)\s+they\s+(?:have|need|got)\s+to\s+(?:release|publish|share|provide|give|offer|open)\b|\b(?:are|is)\s+(?:they|these\s+\w+|those\s+\w+)\s+(?:even\s+)?(?:allowed|violating|breaking|infringing|breaching)\b|\bcan\s+they\s+(?:legally\s+|really\s+|just\s+)?(?:do|sell|ship|publish|distribute|redistribute)\s+(?:that|this|it)\b`)
	// breaksItRE: the asker says what others did breaks the licence ("… with the author
	// credit stripped and no source. that breaks the gplv3, right?"); claimedRE: someone
	// else says so of what the asker does ("someone says that breaks the GPL").
	breaksItRE = regexp.MustCompile(`\b(?:that|this|which)\s+(?:clearly\s+|surely\s+|obviously\s+)?(?:breaks|violates|breaches|infringes|goes\s+against)\s+(?:the|its)\b`)
	claimedRE  = regexp.MustCompile(`\b(?:say|says|said|saying|claim|claims|claimed|think|thinks|argue|argues|argued|reckon|reckons|insist|insists|told\s+(?:us|me)|telling\s+(?:us|me)|complain|complains|complained)\s+(?:that\s+)?$`)
	theirRE    = regexp.MustCompile(`\b(?:their|his|her|its)\b`)
	// creditDroppedRE: the others kept no credit: "without any credit", "credits us
	// nowhere", "removed my name", "swapped in their own licence".
	creditDroppedRE = regexp.MustCompile(`\b(?:without|no|never)\s+(?:any\s+|the\s+|its\s+|their\s+|giving\s+(?:any\s+)?|a\s+)?(?:credit|credits|crediting|attribution|notice|mention\s+of)|\bcredits?\s+(?:us|me)\s+nowhere\b|\b(?:removed|removing|stripped|stripping|dropped|dropping|deleted|deleting|took\s+out|erased|replaced|replacing|swapped|swapping)\s+(?:\w+\s+){0,3}?(?:name|names|credit|credits|copyright|notices?|licen[cs]e|attribution|headers?)\b|\bswapped\s+in\s+(?:their|his|her|its)\s+own\s+licen[cs]e\b|\bclaim\w*\s+(?:it|them|the\s+\w+)\s+(?:as|is|are)\s+(?:their|his|her)\s+own\b|\bunder\s+(?:their|his|her)\s+own\s+name\b`)
	// sourceWithheldRE: copies given out without their source.
	sourceWithheldRE = regexp.MustCompile(`\bwithout\s+(?:any\s+|the\s+|releasing\s+(?:the\s+|any\s+)?|sharing\s+(?:the\s+|any\s+)?|publishing\s+(?:the\s+|any\s+)?|providing\s+(?:the\s+|any\s+)?)?(?:source|code|changes)\b|\bno\s+source\b|\bno\s+(?:link|links|pointer|offer)\s+to\s+(?:any\s+|the\s+|their\s+|its\s+)?(?:source|code)\b|\b(?:won'?t|wont|refuses?\s+to|doesn'?t|don'?t|didn'?t|never)\s+(?:\w+\s+)?(?:release|share|publish|give|provide|hand\s+over|offer)\s+(?:\w+\s+)?(?:source|code|changes)\b|\b(?:sells?|selling|sold|ships?|shipping|shipped|distribut\w+|publish\w*)\s+(?:it\s+|them\s+|a\s+|an\s+)?(?:\w+\s+)?closed[- ]source\b|\bclosed[- ]source\s+(?:fork|copy|copies|version|clone|build|binar(?:y|ies))\b`)
	// restrictedRE: copies given out under terms that take rights away.
	restrictedRE = regexp.MustCompile(`\b(?:terms|licen[cs]e|eula|conditions)\s+(?:of\s+(?:use|service)\s+)?(?:that\s+|which\s+)?(?:ban|bans|banning|forbid|forbids|forbidding|prohibit\w*|disallow\w*)\b`)
)

// breachOf says what, by the words, others failed to do with the asker's work under
// id that id asks of them (Question.Breach).
func breachOf(lower, id string) string {
	cs := clauses().Licenses[id]
	copyleft := copyleftRank(id) >= 1 && copyleftRank(id) <= 4
	switch {
	case copyleft && sourceWithheldRE.MatchString(lower):
		return "source"
	case copyleft && restrictedRE.MatchString(lower):
		return "terms"
	case creditDroppedRE.MatchString(lower) && slices.ContainsFunc(cs, func(c string) bool { return strings.HasPrefix(c, "notice") || c == "credit" }):
		return "credit"
	}
	return ""
}

// viralOfCopyleftRE and viralOfPermissiveRE: "viral" said of a copyleft licence ("LGPL
// isn't viral if you only link") or of a permissive one ("is mit viral?", "the apache
// licence is viral?").
var (
	viralOfCopyleftRE   = regexp.MustCompile(`\b(?:a?gpl|lgpl|mpl|epl|eupl|copyleft)[\w.+-]*(?:\s+v?\d(?:\.\d)?)?\s+(?:licen[cs]e\s+)?(?:(?:is|isn'?t|isnt|not|being|so|too|really|that|very)\s+)*viral\b`)
	viralOfPermissiveRE = regexp.MustCompile(`\b(?:mit|bsd|isc|apache)[\w.+-]*(?:\s+v?\d(?:\.\d)?)?\s+(?:licen[cs]e\s+)?(?:(?:is|isn'?t|isnt|not|being|so|too|really|that|very)\s+)*viral\b|\bviral\b[^.?!]{0,30}\b(?:mit|bsd|isc|apache)\b`)
)

// shortenedTextRE: part of a licence's text asked to be left out of the copies shipped
// ("can we drop the preamble from the gpl text we ship", "shorten the licence text").
var shortenedTextRE = regexp.MustCompile(`\b(?:drop|dropping|omit|omitting|remove|removing|strip|stripping|cut|cutting|trim|trimming|shorten|shortening|abridge|abridging|condense|leave\s+out|leaving\s+out|skip|skipping)\s+(?:out\s+)?(?:the\s+|its\s+)?(?:preamble|["“']?how\s+to\s+apply|instructions\s+(?:at|on)\s+the\s+end|appendix|end\s+of\s+(?:the\s+)?terms|(?:parts?|bits?|sections?)\s+of\s+the\s+(?:licen[cs]e|gpl|lgpl|agpl)(?:\s+text)?|(?:licen[cs]e|gpl|lgpl|agpl|copying)\s+(?:text|file))\b`)

// AsksShortenedText tells whether the text asks to leave part of a licence's text out
// of the copies shipped.
func AsksShortenedText(text string) bool { return shortenedTextRE.MatchString(strings.ToLower(text)) }

// linkForTextRE: a pointer to a licence asked whether it may stand in for its text in
// what is shipped ("isn't a link enough?", "can we just link to the mit licence instead
// of including it?", "a url instead of the full text").
var linkForTextRE = regexp.MustCompile(`\b(?:a|the|just|only|simply)\s+(?:link|url|uri|hyperlink)\b(?:\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w.+-]+\s+){0,3}?(?:licen[cs]es?|licen[cs]e\s+text|text|copying\s+file|a?gpl|lgpl))?(?:\s+(?:in|on)\s+(?:the|our|a)\s+[\w.-]+)?\s+(?:is\s+|be\s+|would\s+be\s+|was\s+)?(?:not\s+)?(?:enough|sufficient|suffice|ok|okay|fine|instead|rather\s+than|in\s+place\s+of)\b` +
	`|\b(?:link|point)(?:ing)?\s+to\s+(?:the\s+|its\s+)?(?:[\w.+-]+\s+)?(?:licen[cs]e|licen[cs]e\s+text|text)\s+(?:instead|rather\s+than)\b` +
	`|\b(?:link|url|uri|hyperlink)\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+|a\s+)?(?:full\s+|whole\s+|complete\s+)?(?:[\w.+-]+\s+)?(?:licen[cs]e|text|copy)\b` +
	// "isnt pointing at common-licenses enough": the system's copy of the texts.
	`|\bpoint(?:s|ing)?\s+(?:at|to)\s+(?:the\s+)?(?:[\w./'’-]+\s+){0,2}?(?:licen[cs]e\s+texts?|licen[cs]es?|common-licenses|texts?)\s+(?:is\s+|be\s+|would\s+be\s+)?(?:not\s+)?(?:enough|sufficient|ok|okay|fine)\b`)

// licenceTextWordRE: the message speaks of a licence's text or notice.
var licenceTextWordRE = regexp.MustCompile(`\blicen[cs]e|\btext\b|\bcopying\b|\bnotices?\b`)

// AsksLinkForText tells whether the text asks whether a link to a licence may stand in
// for a copy of its text in what is shipped.
func AsksLinkForText(text string) bool { return asksLinkForText(strings.ToLower(text)) }

// asksLinkForText is AsksLinkForText on lowered text.
func asksLinkForText(lower string) bool {
	return linkForTextRE.MatchString(lower) && licenceTextWordRE.MatchString(lower)
}

// permissionNeededRE: the message says, or asks whether, written permission is needed
// ("the licence file seems to say we need written permission", "do we need their prior
// written permission?"); endorsementRE: it speaks of names used to endorse or promote,
// which is what such a clause is about.
var (
	permissionNeededRE = regexp.MustCompile(`\b(?:need|needs|require|requires|required|get|ask\s+for|without)\s+(?:their\s+|the\s+authors?'?s?\s+|specific\s+|prior\s+|explicit\s+)*(?:written\s+)?permission\b|\bwritten\s+permission\b`)
	endorsementRE      = regexp.MustCompile(`\b(?:endors\w*|promot\w*|advertis\w*|marketing|logo|trademark\w*|their\s+name|the\s+name\s+of)\b`)
)

// EndorsementPermissionMisread gives the licences of expr with a clause forbidding use
// of the copyright holders' names to endorse or promote without written permission
// (the BSD licences' third clause), when the text speaks of needing written permission
// and not of endorsing or promoting: that permission is for the names, not for using
// the code ("The licence file seems to say we need written permission").
func EndorsementPermissionMisread(text, expr string) []string {
	lower := lowerASCII(text)
	if !permissionNeededRE.MatchString(lower) || endorsementRE.MatchString(lower) {
		return nil
	}
	terms, err := Terms(expr)
	if err != nil {
		return nil
	}
	var out []string
	for _, id := range terms {
		if hasCondition(id, "no_endorsement") {
			out = append(out, id)
		}
	}
	return out
}

// noticeFileNeededRE: whether a NOTICE file must be made or shipped ("do we have to ship
// a NOTICE file?", "do we need to add a NOTICE file", "is a NOTICE file required?",
// "shouldn't an Apache licensed package include a NOTICE file?").
var noticeFileNeededRE = regexp.MustCompile(`\b(?:have|need|needs|must|required?)\s+(?:to\s+)?(?:ship|include|add|have|create|provide|write|make)\s+(?:a\s+|an\s+|our\s+own\s+|the\s+)?notice\s+file\b|\bnotice\s+file\s+(?:is\s+)?(?:required|mandatory|needed)\b` +
	// "Shouldn't an Apache licensed package include a NOTICE file?", "doesn't every
	// apache project have to carry a NOTICE?"
	`|\b(?:should(?:n'?t)?|must(?:n'?t)?|does(?:n'?t)?)\s+(?:an?\s+|the\s+|our\s+|my\s+|every\s+|each\s+)?(?:[\w.-]+\s+){0,3}?(?:include|ship|have|contain|carry|come\s+with)\s+(?:a\s+|an\s+|its\s+own\s+|the\s+)?notice(?:\s+file)?\s*(?:[?.!]|$)` +
	// "opencost is apache 2.0 but has no NOTICE file. isn't one required?"
	`|\b(?:has|have|with|ships?|without)\s+(?:no|a)\s+notice(?:\s+file)?\b[^?]{0,40}?\b(?:isn'?t|is|aren'?t|doesn'?t\s+it\s+need)\s+(?:one|it|that|a\s+notice(?:\s+file)?)?\s*(?:required|needed|mandatory|compulsory|necessary|ok|okay|fine|allowed|a\s+problem|an\s+issue)?\s*\?` +
	// "does apache 2.0 force us to have a NOTICE file in our repo?"
	`|\b(?:force|forces|require|requires|oblige|obliges|make|makes)\s+(?:us|me|you|projects?|everyone|anyone)\s+(?:to\s+)?(?:ship|include|add|have|create|provide|keep|write)\s+(?:a\s+|an\s+|our\s+own\s+|the\s+)?notice\s+file\b`)

// noticeContentsRE: what of a NOTICE file must be carried on, asked ("xmemcached's apache
// NOTICE file is just a changelog with no copyright lines. what are we supposed to carry
// over when we ship it?", "do we have to copy the whole NOTICE file?").
var noticeContentsRE = regexp.MustCompile(`\bnotice\s+file\b[^?]{0,80}?\b(?:is\s+(?:just|only|mostly|basically)|has\s+no|contains\s+(?:no|only|just)|with\s+no|without\s+any)\b[^?]{0,80}\b(?:carry|copy|keep|include|pass\s+on|reproduce|ship|bring)\w*\b|\b(?:carry|copy|keep|include|pass\s+on|reproduce)\w*\s+(?:over\s+)?(?:the\s+)?(?:whole|entire|full|all\s+of\s+the)\s+notice\s+file\b|\b(?:which|what)\s+parts?\s+of\s+(?:the|a|its|their)\s+notice\s+file\b`)

// noticeBundleRE: what goes into one's own NOTICE (or LICENSE) file for a distribution
// that bundles others' code ("what has to go in the NOTICE file for our apache
// project's binary tarball? it bundles a pile of dependency jars").
var noticeBundleRE = regexp.MustCompile(`\b(?:what|which)\b[^?]{0,40}?\b(?:goes?|has\s+to\s+go|have\s+to\s+go|must\s+go|should\s+go|needs?\s+to\s+go|belongs?|to\s+put|do\s+(?:we|i)\s+(?:put|list|add|include))\s+(?:in|into|inside)\s+(?:the\s+|our\s+|a\s+|its\s+)?(?:notice(?:\.txt)?(?:\s+files?)?|licen[cs]e(?:\.txt|\s+files?|\s+and\s+notice))\b[^?]{0,80}?(?:\?|$)`)

// bundleSaidRE: a distribution that carries others' code: "it bundles a pile of
// dependency jars", "our binary tarball", "with its dependencies".
var bundleSaidRE = regexp.MustCompile(`\bbundl\w*|\b(?:binary|binaries)\s+(?:tarball|distribution|release|package|zip|archive)s?\b|\b(?:dependency|dependencies|third[- ]party)\s+(?:jars?|libraries|libs|code|packages|modules)\b|\b(?:fat|uber|shaded)\s+jar\b`)

// AsksNoticeForBundle tells whether the text asks what goes into the NOTICE or LICENSE
// file of a distribution that bundles others' code.
func AsksNoticeForBundle(text string) bool {
	lower := lowerASCII(text)
	return noticeBundleRE.MatchString(lower) && bundleSaidRE.MatchString(lower)
}

// AsksNoticeContents tells whether the text asks what of an Apache-2.0 NOTICE file
// must go on with the work.
func AsksNoticeContents(text, expr string) bool {
	return namesApache2(expr) && noticeContentsRE.MatchString(lowerASCII(text))
}

// AsksNoticeFileNeeded tells whether the text asks if a work under expr, which must
// be Apache-2.0, needs a NOTICE file of its own.
func AsksNoticeFileNeeded(text, expr string) bool {
	return namesApache2(expr) && noticeFileNeededRE.MatchString(lowerASCII(text))
}

// namesApache2 tells whether expr has Apache-2.0 among its terms.
func namesApache2(expr string) bool {
	terms, err := Terms(expr)
	return err == nil && slices.Contains(terms, "Apache-2.0")
}

// sourceLaterRE: the source of what is handed out said to follow later ("I'd rather push
// the source in a couple of weeks once it's cleaned up", "we'll publish the source
// later", "release the code eventually").
var sourceLaterRE = regexp.MustCompile(`\b(?:push|publish|releas|upload|post|put\s+up|shar|provid|mak\w*\s+public|giv)\w*\s+(?:out\s+)?(?:the\s+|my\s+|our\s+|its\s+)?(?:source(?:\s+code)?|sources|code|kernel\s+source|git\s+tree|tree)\s+(?:[\w']+\s+){0,3}?(?:later|eventually|afterwards|(?:in|within)\s+(?:a\s+couple\s+of|a\s+few|a|an|two|three|some|the\s+next)\s+(?:days?|weeks?|months?)|once\s+(?:it\s+is|it'?s|i'?ve|we'?ve|i\s+have|we\s+have)\s+(?:cleaned|tidied|ready|done)|after\s+(?:the\s+)?(?:release|launch))\b`)

// AsksSourceLater tells whether the text says the source of what is handed out will
// follow later.
func AsksSourceLater(text string) bool { return sourceLaterRE.MatchString(lowerASCII(text)) }

// sourceElsewhereRE: the source of what is handed out said, or asked, to be kept apart
// from it, on the asker's own server: "can the source just live on our ftp/website?",
// "is it enough to host the source on our site?", "put the source on our server instead".
var sourceElsewhereRE = regexp.MustCompile(`\b(?:the\s+)?(?:source(?:\s+code)?|sources|code)\s+(?:just\s+|only\s+)?(?:live|sit|stay|be|go)\s+(?:on|at)\s+(?:our|my|a|the)\s+(?:own\s+)?(?:[\w/-]+\s+)?(?:ftp|website|web\s*site|site|server|download\s+page|github|gitlab|repo)\b|\b(?:host|put|keep|publish|upload)\w*\s+(?:the\s+)?(?:source(?:\s+code)?|sources)\s+(?:only\s+)?(?:on|at)\s+(?:our|my|a|the)\s+(?:own\s+)?(?:[\w/-]+\s+)?(?:ftp|website|web\s*site|site|server|download\s+page)\b`)

// AsksSourceElsewhere tells whether the text asks if the source of what is handed out may
// be kept on the asker's own server instead of going with it.
func AsksSourceElsewhere(text string) bool { return sourceElsewhereRE.MatchString(lowerASCII(text)) }

// exceptionAddedRE: an exception to a licence said to be added or granted: "if we add
// a linking exception ourselves", "could the GZDoom team grant an exception", "upstream
// is unlikely to add a linking exception".
var exceptionAddedRE = regexp.MustCompile(`\b(?:add|adds|adding|added|grant|grants|granting|granted|write|writing|put|putting|include|including|give|giving|offer|offering)\s+(?:(?:a|an|our|my|their|its|his|her|own|the|some|such|special|explicit|extra)\s+)*(?:(?:linking|link|gpl|library|plugin|plug-in|openssl|classpath(?:[- ]style)?|runtime|system\s+library)\s+)?exceptions?\b`)

// AsksExceptionAdded tells whether the text speaks of an exception to a licence being
// added or granted by someone.
func AsksExceptionAdded(text string) bool {
	return exceptionAddedRE.MatchString(lowerASCII(asTyped(text)))
}

// assetsCoveredRE: whether a project's licence covers its artwork and other assets as
// well as its code: "does that cover the panel graphics too or only the code?".
var assetsCoveredRE = func() *regexp.Regexp {
	const assets = `(?:graphics|artwork|art|images|icons|assets|sprites|textures|sounds|sound\s+effects|audio|music|fonts|docs|documentation|3d\s+models|logos?|panels?|media|maps|levels|skins)`
	return regexp.MustCompile(`\b(?:cover|covers|covering|apply\s+to|applies\s+to|extend\s+to|extends\s+to|include|includes|reach|reaches)\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?` + assets +
		`\b[^.?!]{0,30}?(?:\btoo\b|\bas\s+well\b|\balso\b|\bor\s+(?:just|only)\s+(?:the\s+)?(?:source\s+)?code)|\b(?:only|just)\s+(?:the\s+)?(?:source\s+)?code\s+or\s+(?:also\s+)?(?:the\s+)?(?:[\w-]+\s+)?` + assets + `\b`)
}()

// AsksAssetsCovered tells whether the text asks if a licence covers a project's artwork
// or other assets as well as its code.
func AsksAssetsCovered(text string) bool {
	return assetsCoveredRE.MatchString(lowerASCII(asTyped(text)))
}

// fetchedByUserRE: a script or recipe the asker publishes that makes the user's machine
// fetch a program from elsewhere: "a Dockerfile on GitHub that pulls Debian and some GPL
// packages from third-party repos at build time", "our install script downloads ffmpeg
// from its own site when the user runs it".
var fetchedByUserRE = regexp.MustCompile(`\b(?:dockerfile|docker\s*file|(?:install|setup|build|bootstrap|download|loading)\w*\s+scripts?|scripts?|recipes?|ebuilds?|pkgbuilds?|formulae?|formulas?|helm\s+charts?|playbooks?|installers?|downloaders?)\b[^.?!]{0,80}?\b(?:pulls?|pulling|fetch(?:es|ing)?|downloads?|downloading|grabs?|installs?|installing)\b[^.?!]{0,100}?\b(?:from\s+(?:its|their|the|upstream|third-party|official|debian|ubuntu|npm|pypi|the\s+internet|[\w.-]+\.(?:org|com|net|io))|at\s+(?:build|install)\s+time|when\s+(?:the\s+)?users?\b|on\s+the\s+users?'?s?\s+(?:machine|side|computer))`)

// AsksFetchedByUser tells whether the text says a script or recipe the asker publishes
// makes the user's machine fetch a program from elsewhere.
func AsksFetchedByUser(text string) bool {
	return fetchedByUserRE.MatchString(lowerASCII(asTyped(text)))
}

// publishPubliclyRE: whether changes or source must be published for everyone, asked as
// an obligation: "do we have to publish our changes on GitHub or somewhere public?",
// "does that mean we have to put all the source online publicly?".
var publishPubliclyRE = regexp.MustCompile(`\b(?:(?:have|has|need|needs|got|required|obliged|obligated|forced)\s+to|must|should)\s+(?:\w+\s+)?(?:publish|post|put|upload|release|push|make|disclose|share|open)\w*\s+(?:up\s+|out\s+)?(?:(?:all|our|my|the|those|these|its|their|any|that|every)\s+)*(?:changes|modifications|modified\s+(?:code|source|version|files)|source(?:\s+code)?|sources|code|patches|fork|diffs?)\s+(?:(?:[\w.-]+\s+){0,3}?(?:public(?:ly)?\b|on\s+(?:github|gitlab|the\s+(?:web|internet))|online|(?:somewhere|anywhere)\s+public|to\s+the\s+(?:public|world)|for\s+(?:everyone|everybody|anyone|the\s+public))|available\s+(?:to|for)\s+(?:everyone|everybody|anyone|the\s+public))`)

// AsksPublishPublicly tells whether the text asks if changes or source must be published
// for everyone, beyond those who get the program.
func AsksPublishPublicly(text string) bool {
	return publishPubliclyRE.MatchString(lowerASCII(asTyped(text)))
}

// NamesGNULicence tells whether expr names a GNU licence (GPL, LGPL, AGPL) among its
// terms.
func NamesGNULicence(expr string) bool {
	return namesTerm(expr, func(id string) bool { return gnuCopyleft(id) || strings.HasPrefix(id, "LGPL-") })
}

// ndaRE: a non-disclosure agreement ("testers sign an nda", "under a confidentiality
// agreement").
var ndaRE = regexp.MustCompile(`\bndas?\b|\bnon[- ]?disclosure\b|\bconfidentiality\s+agreements?\b`)

// ndaOnCopiesRE: a non-disclosure agreement put on those who receive copies ("ship our
// GPL-based tool to a customer under an NDA", "every tester signs an nda"), not one that
// covers something else ("a closed system whose internals are under NDA").
var ndaOnCopiesRE = regexp.MustCompile(`\b(?:ship|give|hand|distribute|send|provide|deliver|release|sell)\w*\s+(?:[\w'’-]+\s+){0,6}?(?:under|with)\s+an?\s+(?:nda|non[- ]?disclosure|confidentiality)\b` +
	`|\b(?:testers?|customers?|clients?|users?|recipients?|partners?|buyers?)\s+(?:\w+\s+){0,2}?(?:sign|signs|signed|signing|must\s+sign|have\s+to\s+sign|agree\s+to)\s+(?:an?\s+)?(?:nda|non[- ]?disclosure|confidentiality)\b`)

// SpeaksOfNDA tells whether the text puts a non-disclosure agreement on those who
// receive copies.
func SpeaksOfNDA(text string) bool {
	lower := strings.ToLower(text)
	return ndaRE.MatchString(lower) && ndaOnCopiesRE.MatchString(lower)
}

// ndaWorkForRE: changes developed for a client or customer ("A client wants us to modify a
// GPL program for them under an NDA", "we customise it for a customer").
var ndaWorkForRE = regexp.MustCompile(`\b(?:modify|modifies|modifying|change|changing|develop|developing|build|building|customi[sz]e|customi[sz]ing|adapt|adapting|extend|extending|patch|patching)\b[^.?!]{0,60}\bfor\s+(?:them|him|her|(?:a|the|our|one|this)\s+(?:client|customer))\b` +
	`|\b(?:clients?|customers?)\s+(?:wants?|asks?|asked|needs?|pays?|paid|hires?|hired)\s+(?:us|me)\s+to\s+(?:modify|change|develop|build|customi[sz]e|adapt|extend|patch)\b`)

// DevelopsUnderNDA tells whether the text speaks of changes developed for a client under
// a non-disclosure agreement, to be kept unpublished until the client agrees.
func DevelopsUnderNDA(text string) bool {
	lower := strings.ToLower(text)
	return ndaRE.MatchString(lower) && ndaWorkForRE.MatchString(lower)
}

// ownShipRE: the asker hands copies out ("i ship it", "we distribute the binaries", "we
// released the app").
var ownShipRE = regexp.MustCompile(`\b(?:i|we)\s+(?:(?:already|then|just|still|also|now|have|had|'ve|’ve)\s+)*(?:ship|shipped|shipping|distribute|distributed|distributing|release|released|publish|published|sell|sold|hand\s+out|handed\s+out|give\s+out|gave\s+out)\b`)

// OwnBreach says what, by the message, the asker fails to do in copies they hand out of
// code under expr's licence that the licence asks: "credit" for its notice ("copilot
// regurgitated a chunk of mit code, i ship it without the notice"), "source" for a
// copyleft licence's source; "" for none.
func OwnBreach(text, expr string) string {
	lower := strings.ToLower(text)
	if !ownShipRE.MatchString(lower) && !heldBackSourceRE.MatchString(lower) {
		return ""
	}
	terms, err := Terms(expr)
	if err != nil || len(terms) != 1 {
		return ""
	}
	id := terms[0]
	// The copies and what they lack in one sentence, said as done ("i ship it without
	// the notice"), not a closed program of one's own ("can i sell a closed-source
	// plugin?"), whose source no licence but the GPL's asks for.
	for _, sentence := range sentenceEndRE.Split(lower, -1) {
		if gnuCopyleft(id) && heldBackSourceRE.MatchString(sentence) {
			return "source" // "We don't ship the FontForge .sfd files it is built from."
		}
		if !ownShipRE.MatchString(sentence) {
			continue
		}
		switch {
		case ownNoticeDroppedRE.MatchString(sentence) && slices.ContainsFunc(clauses().Licenses[id], func(c string) bool { return strings.HasPrefix(c, "notice") || c == "credit" }):
			return "credit"
		case gnuCopyleft(id) && ownSourceWithheldRE.MatchString(sentence):
			return "source"
		}
	}
	return ""
}

// heldBackSourceRE: the asker's copies said to go out with their source held back: "we
// don't ship the fontforge .sfd files it is built from", "we never include the source".
var heldBackSourceRE = regexp.MustCompile(`\b(?:i|we)\s+(?:don'?t|do\s+not|never|didn'?t|did\s+not)\s+(?:ship|include|distribute|publish|provide|bundle)\s+(?:the\s+|its\s+|their\s+|our\s+|any\s+)?(?:[\w.+-]+\s+){0,3}?(?:source|sources|source\s+code|source\s+files|\.?sfd\s+files|build\s+scripts|makefiles)\b`)

// ownNoticeDroppedRE and ownSourceWithheldRE: copies said to go out without the notice
// or without the source.
var (
	ownNoticeDroppedRE  = regexp.MustCompile(`\bwithout\s+(?:the\s+|any\s+|its\s+|their\s+|a\s+)?(?:copyright\s+)?(?:notices?|credit(?:s|ing)?|attribution|licen[cs]e\s+(?:text|file|notice))\b`)
	ownSourceWithheldRE = regexp.MustCompile(`\bwithout\s+(?:the\s+|any\s+|its\s+)?(?:complete\s+|corresponding\s+)?source(?:\s+code)?\b|\bno\s+source\b`)
)

// overNetworkRE: the asker's code only talks to the program over a network or its API,
// the program running on its own: "talks over the network to an AGPL server", "our
// services just talk to it over the S3 API", "runs as a standalone process", "put it
// in front of our API".
var overNetworkRE = regexp.MustCompile(`\b(?:talks?|talking|connects?|connecting|communicates?|communicating|calls?|calling|sends?\s+requests|forwards?\s+(?:calls|requests))\s+(?:\w+\s+){0,4}?(?:over|via|through)\s+(?:the\s+|its\s+|a\s+|an\s+|plain\s+)?(?:network|http|https|rest|s3|grpc|socket|sockets|api|web\s+api|rest\s+api|wire|protocol)\b|\bover\s+(?:its|the)\s+(?:s3|rest|http|web)?\s*api\b|\bstandalone\s+(?:\w+\s+)?(?:process|server|service)\b|\bseparate\s+(?:process|server|container|service)\b|\bin\s+front\s+of\s+(?:our|my|the)\b|\b(?:calls?|calling|uses?|using|hits?|hitting|quer(?:y|ies|ying))\s+(?:a|an|the|their|its)\s+(?:public\s+|remote\s+|hosted\s+|third[- ]party\s+)?(?:rest\s+|web\s+|http\s+|graphql\s+)?api\b`)

// holderRE: the asker says they hold all the copyright in their work: they wrote all of
// it, are its only author, or no one else contributed.
var holderRE = regexp.MustCompile(`\b(?:i|we)\s+(?:\w+\s+)?wrote\s+(?:every\s+(?:single\s+)?line|all\s+(?:of\s+)?(?:the|it|my|our)\b|it\s+all\b|everything\b|the\s+whole\s+thing\b)` +
	`|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:still\s+)?the\s+(?:only|sole)\s+(?:contributors?|authors?|developers?|copyright\s+holders?|owners?)\b` +
	`|\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:still\s+)?the\s+copyright\s+holders?\b` +
	`|\b(?:i|we)\s+(?:own|hold)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?copyrights?\b` +
	`|\ball\s+(?:of\s+)?(?:the\s+)?code\s+is\s+(?:mine|ours|my\s+own|our\s+own)\b|\bevery\s+line\s+(?:so\s+far\s+)?is\s+(?:mine|ours|my\s+own|our\s+own)\b` +
	`|\bno\s+(?:outside|other|external|third[- ]party)\s+(?:contributors|contributions)\b|\bnobody\s+else\s+(?:has\s+)?(?:ever\s+)?contributed\b`)

// revokesRE asks to take a licence back ("can we revoke the licence", "take that back").
var revokesRE = regexp.MustCompile(`\b` + revokeWords + `\b`)

// revokeWords take a licence back: "revoke", "withdraw", "take that back".
const revokeWords = `(?:revoke|rescind|withdraw|retract|take\s+(?:(?:it|that|them|the\s+licen[cs]e)\s+)?back|cancel\s+the\s+licen[cs]e|un-?licen[cs]e)`

// ownReleaseRE: the asker puts their own work under the licence and asks what they may
// still do with it themselves ("if i put my npm module under cc by-nc-nd can i still use
// the same code in my own paid app?", "we published our icon set under CC BY 4.0 … can we
// revoke the licence?"); ownRelease leaves out a fork or a copy of others'
// code, which stays theirs (othersCodeRE).
var (
	ownReleaseRE = regexp.MustCompile(`\b(?:i|we)\s+(?:(?:have|had|'ve|’ve|will|would|want\s+to|plan\s+to)\s+)?(?:put|release|released|license|licence|licensed|licenced|publish|published|relicense|relicensed)\s+(?:my|our)\s+(?:own\s+)?[^?!]{0,80}?\b(?:can|could|may)\s+(?:i|we)\s+(?:still|myself|ourselves|also|then)\s+(?:use|sell|ship|include|reuse|keep\s+using)\b` +
		// "We published our icon set under CC BY 4.0 last year … Can we revoke the licence
		// for people who already downloaded the icons?": what the holder may take back.
		`|\b(?:i|we)\s+(?:(?:have|had|'ve|’ve)\s+)?(?:put|released|licensed|licenced|published)\s+(?:my|our)\s+(?:own\s+)?[^?!]{0,80}?\b` + revokeWords + `\b`)
	othersCodeRE = regexp.MustCompile(`\bfork|\b(?:their|his|her|someone|somebody|others'?|upstream)\b|\bcop(?:y|ies)\s+of\b`)
)

// ownRelease tells whether the asker puts their own work under the licence and asks
// what they may still do with it (ownReleaseRE).
func ownRelease(lower string) bool {
	m := ownReleaseRE.FindString(lower)
	return m != "" && !othersCodeRE.MatchString(m)
}

// asksConsent tells whether a question asks whose agreement a move to another licence
// needs: asked outright, of a move of the asker's own work that others contributed to
// (also when both licences are named, which reads as a compatibility question), or
// whether an author's approval is enough.
func asksConsent(q Question, lower string) bool {
	if (q.Topic == "choose" || q.Topic == "cla" || q.Topic == "contribute" && licenceMoveRE.MatchString(lower) || q.Topic == "" && q.Kind != AskCompatibility && q.Kind != AskCombination) && asksConsentToMove(lower) {
		return true
	}
	if q.Topic != "" {
		return false
	}
	return q.Kind == AskCompatibility && ((ownMoveFromToRE.MatchString(lower) || ownLicenceSaidRE.MatchString(lower) || weMaintainRE.MatchString(lower)) && othersAskMove(lower) ||
		// "hundreds of people have contributed … whose permission do we need to relicense?"
		othersContributedRE.MatchString(lower) && asksConsentToMove(lower) ||
		// "we changed our project from gplv2 to gplv2 or later. do we need every
		// contributor's ok?": the two licences are the move's, its consent asked.
		ownChangeFromToRE.MatchString(lower) && asksConsentToMove(lower)) ||
		approvalEnoughRE.MatchString(lower) && licenceMoveRE.MatchString(lower) ||
		// "our library is LGPL … we'd like to switch to MIT. What do we have to do?": a
		// move of the asker's own work, and what it takes, is whose agreement it needs.
		q.Kind == AskCompatibility && ownLicenceSaidRE.MatchString(lower) && switchesOwnTo(lower) && movePrepRE.MatchString(lower) ||
		// "How do we relicense?", "the author agreed to move the bindings to MIT. What's
		// left to do before we can switch?": the steps of a move asked.
		relicenseStepsRE.MatchString(lower) || // each of its forms names the move
		// "how did mono switch its lgpl runtime to mit without asking every contributor?":
		// how a project moved without its contributors' consent is what a contributor
		// agreement is for.
		movedWithoutConsentRE.MatchString(lower)
}

// movedWithoutConsentRE asks how a project changed its licence without its contributors'
// agreement.
var movedWithoutConsentRE = regexp.MustCompile(`\bhow\s+(?:did|could|can|was|were|do|does|is|are)\s+(?:[\w.+'’-]+\s+){1,4}?(?:switch|relicen[cs]|re-licen[cs]|move|chang|go)\w*\b[^?]{0,80}?\bwithout\s+(?:asking|contacting|tracking\s+down|(?:the\s+|their\s+|any\s+)?(?:consent|agreement|permission|approval|sign-?off))\b`)

// relicenseStepsRE asks the steps of a move of a project's licence: "how do we
// relicense?", "what's left to do before we can switch?".
var relicenseStepsRE = regexp.MustCompile(`\b(?:can|could)\s+(?:[\w.+-]+\s+){1,3}(?:just|simply)\s+(?:add|offer)\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:next\s+to|alongside|beside|on\s+top\s+of|in\s+addition\s+to)\b|\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:go\s+about\s+)?(?:relicen[cs]\w*|re-licen[cs]\w*|chang\w*\s+(?:the|our|my|its)\s+licen[cs]e|(?:move|switch|take|bring)\s+(?:it|them|this|the\s+(?:project|code|repo|package|library)|(?:our|my)\s+[\w-]+)\s+(?:over\s+)?to\s+(?:the\s+)?` + licenceStems + `)\b|\bwhat\s+(?:do|would|will|must)\s+(?:we|i)\s+(?:need|have)\s+to\s+(?:do\s+)?(?:to\s+|before\s+(?:we|i)\s+(?:can\s+)?)?(?:switch|relicen[cs]e|re-licen[cs]e)\b|\bwhat(?:'s|’s|\s+is)\s+(?:still\s+)?(?:left|missing|needed|required)\s+(?:to\s+do\s+)?before\s+(?:we|i)\s+(?:can\s+)?(?:switch|move|relicen[cs]e|change)\b|\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:needed|required|the\s+steps)\s+for\s+(?:the|a|this|that|such\s+a)\s+(?:licen[cs]e\s+)?(?:change|move|switch|relicen[cs]\w*)\b`)

// switchesOwnTo tells whether the asker wants to move their work to a licence, not to
// code under one ("we'd like to switch to a GPL library").
func switchesOwnTo(lower string) bool {
	at := ownSwitchToRE.FindStringIndex(lower)
	return at != nil && !codeAfterRE.MatchString(lower[at[1]:])
}

// codeAfterRE: the words after a licence name say it is a piece of code's: "… library".
var codeAfterRE = regexp.MustCompile(`^[\w.+-]*\s+(?:[\w-]+\s+)?(?:library|libraries|lib|package|dependency|component|module|crate|gem|framework|sdk|engine|tool|fork|implementation|alternative|replacement|project)\b`)

// licenceStems: how the common licences' names begin, for telling a licence said next from
// a piece of code ("switch to MIT", not "switch to a GPL library").
const licenceStems = `(?:mit|apache|bsd|isc|mpl|gpl|lgpl|agpl|eupl|epl|cc|unlicense|wtfpl|zlib|boost|0bsd|mozilla|gnu)`

// ownSwitchToRE: the asker wants to move their work to a licence ("we'd like to switch to
// MIT", "i plan to relicense it to apache").
var ownSwitchToRE = regexp.MustCompile(`\b(?:we|i)\s*(?:'d\s+like|’d\s+like|would\s+like|want|wanna|plan|are\s+planning|'re\s+planning|am\s+planning|intend|hope|need|are\s+going|'re\s+going|am\s+going)\s+(?:to\s+)?(?:finally\s+|now\s+)?(?:switch|move|relicen[cs]e|change|migrate|convert)\s+(?:it\s+|everything\s+|(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:project|library|lib|code|repo|crate|package|app|tool|mod|plugin)\s+)?(?:over\s+)?to\s+(?:the\s+|a\s+)?(?:` + licenceStems + `|permissive|copyleft)`)

// asksConsentToMove tells whether a question asks whose agreement a project's change of
// licence needs ("do we have to chase every contributor?", "do i need their ok?") of a
// project it moves, puts under a licence, or relicenses.
func asksConsentToMove(lower string) bool {
	if !licenceMoveRE.MatchString(lower) {
		return false
	}
	return containsAny(lower, consentHints) && consentAskRE.MatchString(lower) || othersAskMove(lower) || relicenseStepsRE.MatchString(lower) ||
		releasedStayRE.MatchString(lower)
}

// licensingOthersCode tells whether a message puts a first licence on a repository
// others sent code to: "my repo never had a licence and a few people sent commits. can i
// just add mit now?", which needs their agreement as a move to another licence does.
func licensingOthersCode(lower string) bool {
	return noLicenceYetRE.MatchString(lower) && othersSentCodeRE.MatchString(lower) && addLicenceRE.MatchString(lower)
}

var (
	noLicenceYetRE   = regexp.MustCompile(`\b(?:never\s+had|has\s+(?:never\s+had\s+|had\s+)?no|had\s+no|without\s+(?:a|any)|with\s+no)\s+(?:a\s+|any\s+)?licen[cs]e\b`)
	othersSentCodeRE = regexp.MustCompile(`\b(?:people|others|contributors|folks|users|someone|somebody|strangers|a\s+few\s+(?:people|folks|others|contributors))\s+(?:have\s+|has\s+|already\s+)?(?:sent|contributed|submitted|pushed|opened\s+(?:a\s+|some\s+|several\s+)?(?:prs?|pull\s+requests?|merge\s+requests?))\b|\b(?:pull\s+requests?|prs|commits|patches|contributions?)\s+from\s+(?:others|other\s+people|outside|strangers|contributors|a\s+few)\b`)
	addLicenceRE     = regexp.MustCompile(`\b(?:add|adding|put|putting|pick|picking|apply|applying|slap|choose|choosing)\b`)
)

// releasedStayRE asks whether what was released before a move keeps its licence ("are
// the versions already released still mit?"), which the answer on a move says.
var releasedStayRE = regexp.MustCompile(`\b(?:versions?|releases?|copies|code)\s+(?:\w+\s+){0,2}?(?:already\s+)?(?:released|published|shipped|out\s+there)\s+(?:\w+\s+){0,2}?(?:still|stay|remain)\b|\b(?:old|older|earlier|past|previous|existing|prior)\s+(?:versions?|releases?)\s+(?:\w+\s+){0,2}?(?:still|stay|remain)\b`)

// othersAskMove tells whether a question asks what a move of a work others contributed
// to takes: "a handful of other people have contributed code over the years. what do I
// need before switching?" (othersContributedRE, movePrepRE).
func othersAskMove(lower string) bool {
	return containsAny(lower, []string{"contribut", "sent", "submitted", "landed", "patch", " pr", "pull request"}) && othersContributedRE.MatchString(lower) && movePrepRE.MatchString(lower)
}

var (
	consentHints = []string{"ask", "chase", "contact", "track", "hunt", "reach", "permission", "consent", "agree", "approv", "sign", " ok", "okay", "blessing", "ahead"}
	// consentAskRE: the asker asks whether others must agree, or who must.
	consentAskRE = regexp.MustCompile(`\b(?:need|needs|have|has|got)\s+to\s+(?:ask|chase|contact|track\s+down|hunt\s+down|reach\s+out\s+to|get\s+(?:permission|consent|approval|agreement|sign[- ]?off|an?\s+ok|the\s+ok)\s+from)\s+(?:every|all|each|the|them|everyone|everybody|anyone|past|old|former|outside|previous|those|these)\b` +
		`|\bwho\s+(?:exactly\s+)?(?:do|would|must|should)\s+(?:i|we)\s+(?:have\s+to\s+|need\s+to\s+)?ask\b` +
		`|\bwho\s+(?:else\s+)?(?:has|have|needs?|must|would\s+have)\s+to\s+(?:agree|consent|sign\s+off|approve)\b` +
		`|\b(?:their|contributors?'?|everyone'?s|everybody'?s|each\s+contributor'?s|every\s+contributor'?s|all\s+contributors'?)\s+(?:ok|okay|consent|permission|agreement|approval|sign[- ]?off|blessing|go[- ]ahead)\b` +
		`|\b(?:contributors?|committers?|authors?|they|everyone|everybody)\s+(?:\w+\s+){0,2}(?:need|have|has|must)\s+to\s+(?:agree|consent|sign\s+off|approve)\b` +
		`|\bneed\s+(?:the\s+|all\s+|every\s+|our\s+)?(?:\w+\s+){0,2}(?:contributors?|authors?|committers?|people|everyone|everybody)\s+to\s+(?:agree|consent|sign\s+off|approve)\b` +
		`|\bneed\s+(?:them|(?:each|all|every\s+one|any|both)\s+of\s+them)\s+(?:all\s+)?to\s+(?:agree|consent|sign\s+off|approve)\b` +
		`|\bwhose\s+(?:permission|consent|agreement|approval|ok|okay|sign[- ]?off)\b` +
		// "we're relicensing and asking contributors to say ok in the issue - is a thumbs up
		// enough as consent?"
		`|\b(?:enough|sufficient|valid|good\s+enough)\s+(?:as\s+|to\s+count\s+as\s+)(?:consent|agreement|approval|permission)\b|\bask(?:ing|ed)?\s+(?:the\s+|all\s+|our\s+|every\s+)?contributors?\s+to\s+(?:say\s+(?:ok|okay|yes)|agree|consent|approve|sign\s+off)\b` +
		// "ping every contributor and count silence as consent"
		`|\b(?:count|counting|take|taking|treat|treating)\s+(?:their\s+)?(?:silence|no\s+(?:answer|reply|response|objection))\s+as\s+(?:consent|agreement|approval|a\s+yes|yes)\b` +
		// "someone says that wasn't allowed without asking contributors"
		`|\bwithout\s+(?:first\s+)?(?:asking|ask|consulting|(?:the\s+)?(?:consent|permission|agreement|ok|approval)\s+(?:of|from))\s+(?:the\s+|all\s+|every\s+|each\s+|our\s+|its\s+|other\s+)?(?:other\s+)?(?:contributors?|authors?|committers?|copyright\s+holders?|everyone|everybody|every|them)\b` +
		`|\b(?:permission|consent|agreement)\s+(?:of|from)\s+(?:every|all|each|the|our)\s+(?:\w+\s+){0,2}(?:contributors?|authors?|committers?|copyright\s+holders?)\b` +
		`|\bchase\s+(?:down\s+)?(?:every|all|each)\b` +
		// "can the licence be changed if most of them agree, and what if some object?"
		`|\b(?:if|when|unless|what\s+if)\s+(?:most|some|all|not\s+all|one|a\s+few|(?:a|the)\s+majority|everyone|everybody|anyone|somebody|someone)\s+(?:of\s+(?:them|the\s+(?:contributors|authors|committers))\s+)?(?:agrees?|objects?|refuses?|consents?|says?\s+no|disagrees?)\b` +
		// "do I need the icon designer's agreement to relicense their icons?"
		`|\b(?:need|needs|require|requires|get|ask\s+for)\s+(?:the\s+|their\s+|his\s+|her\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}[\w-]+(?:'s|’s|s')\s+(?:ok|okay|consent|permission|agreement|approval|sign[- ]?off|blessing|go[- ]ahead)\b`)
	// othersContributedRE: people other than the asker contributed to the work ("a
	// handful of other people have contributed code", "a few outside PRs came in",
	// "almost every contributor … said yes"); movePrepRE asks what a move takes or
	// whether it may simply be made ("what do I need before switching?", "can we flip
	// the whole history?", "is asking the original author enough?").
	othersContributedRE = regexp.MustCompile(`\b(?:only\s+)?(?:one|a\s+single)\s+other\s+(?:person|dev|developer|contributor|volunteer|company)\s+(?:has\s+|have\s+)?(?:ever\s+)?(?:contributed|sent|submitted|landed)\b|\b(?:other\s+people|others|outside\s+(?:people|developers|contributors)|(?:(?:a\s+)?(?:few|handful\s+of|couple\s+of|bunch\s+of|number\s+of|lot\s+of|dozen)|several|many|some|various|multiple|two|three|four|five|(?:(?:about|around|roughly|over|nearly|almost|maybe)\s+)?(?:\d+|ten|twenty|thirty|fifty|a\s+hundred|hundreds\s+of|dozens\s+of))\s+(?:other\s+|outside\s+)?(?:people|devs|developers|volunteers|companies|folks|contributors))\s+(?:(?:besides|other\s+than|apart\s+from|except)\s+(?:me|us|myself|ourselves)\s+)?(?:have\s+|has\s+|who\s+have\s+|who've\s+|who\s+has\s+)?(?:also\s+|already\s+)?(?:ever\s+)?(?:contributed|sent|submitted|landed|committed)\b|\b(?:other\s+people|others|(?:only\s+)?(?:one|two|three|four|five|a\s+few|several)\s+(?:other\s+)?(?:people|devs|developers|contributors))\s+(?:besides\s+(?:me|us)\s+)?(?:have|has)\s+(?:commits|patches|code|prs|merged\s+prs|pull\s+requests)\b|\b(?:contributors?|contributions?)\b[^.?!]{0,80}\b(?:never\s+answered|said\s+yes|agreed|objected|replied|over\s+the\s+years|came\s+in|we\s+(?:took|accepted|merged))|\b(?:outside|external|community|other|several|many|past|previous)\s+(?:contributors?|contributions?|prs?|pull\s+requests?|patch(?:es)?)\b|\bmerged\s+(?:\w+\s+){0,2}(?:pull\s+requests|prs|patches|contributions|translations)\b[^.?!]{0,40}\bfrom\s+(?:other|outside|many|several|various)\b` +
		// "someone sent a pull request with really nice icons for my app"
		`|\b(?:someone|somebody|a\s+(?:contributor|user|stranger|volunteer|designer|developer|dev|friend))\s+(?:has\s+|just\s+)?(?:sent|submitted|opened|contributed|made)\s+(?:me\s+|us\s+)?(?:a|an|some)\s+(?:\w+\s+)?(?:pull\s+requests?|prs?|patch(?:es)?|contributions?)\b`)
	movePrepRE = regexp.MustCompile(`\bwhose\s+(?:permission|consent|agreement|approval)\b|\bwhat\s+happens\s+to\s+(?:their|the|those|these|its|his|her)\s+(?:code|contributions?|patches|commits|work)\b|\bwhat\s+(?:do|would|must|should|else\s+do)\s+(?:i|we)\s+(?:actually\s+|really\s+|even\s+|still\s+)?(?:(?:need|have)\s+to\s+do|need|do)\b|\bcan\s+(?:i|we|the\s+maintainers?)\s+(?:just\s+|simply\s+)?(?:flip|do\s+(?:it|that|this)|switch|change|relicen\w*|swap|move)\b|\bis\s+asking\s+[^.?!]{0,40}\benough\b|\b(?:proper|right)\s+(?:procedure|process|way)\b|\bwhat\s+does\s+it\s+take\b|\bcan\s+(?:he|she|they|the\s+(?:author|owner|maintainer|developer|dev|company))\s+(?:just\s+|simply\s+)?(?:do\s+(?:that|this|it)|switch|change|relicen\w*|move)\b[^.?!]{0,30}\b(?:alone|on\s+(?:his|her|their|its)\s+own|by\s+(?:himself|herself|themselves|itself)|unilaterally)\b|\b(?:do|would|will)\s+(?:i|we)\s+(?:really\s+|first\s+)?(?:need|have\s+to\s+get)\s+(?:something|anything|permission|consent|approval|agreement|sign[- ]?off)\s+from\s+(?:them|him|her|those|these|that|the|each|every|all)\b|\bhow\s+do\s+(?:i|we)\s+(?:go\s+about|do\s+(?:it|that|this))\b|\bhow\s+(?:do|can|should)\s+(?:i|we)\s+(?:get|have|make)\s+(?:the|our|my|its)\s+licen[cs]e\s+chang\w*`)
	// weMaintainRE: the asker maintains the work ("we maintain a Flutter plugin under
	// GPLv3"); approvalEnoughRE asks whether an author's agreement suffices ("is the
	// author's approval enough to fix this?").
	weMaintainRE     = regexp.MustCompile(`\b(?:we|i)\s+(?:maintain|develop|run|wrote|write|created|started)\s+(?:a|an|the|our|my|this)\b`)
	approvalEnoughRE = regexp.MustCompile(`\b(?:is|are|would\s+be)\s+(?:the|his|her|their|its|that|this)\s+(?:original\s+)?(?:author'?s?|contributor'?s?|owner'?s?|maintainer'?s?)?\s*(?:approval|consent|permission|agreement|ok|okay|sign[- ]?off)\s+(?:alone\s+)?enough\b`)
	// ownChangeFromToRE: the asker's own work moved, or being moved, from one licence
	// to another ("we changed our project from gplv2 to …", "a pr changed our
	// copying.txt from gpl 2 to …").
	ownChangeFromToRE = regexp.MustCompile(`\b(?:chang|mov|switch|relicen[cs]|migrat|convert)\w*\s+(?:our|my)\s+(?:[\w.-]+\s+){0,2}?(?:project|repo|repository|library|lib|package|code|codebase|licen[cs]e|copying(?:\.txt)?|licen[cs]e(?:\.txt|\.md)?|app|tool|crate|module|gem|plugin)?\s*from\b[^.?!]{0,40}\bto\b`)

	// ownMoveFromToRE: the asker's own work moves from one licence to another ("we're
	// moving our go client from the mpl to apache-2.0", "i want to move my library from
	// gpl-3.0 to mit", "I'd like to switch it to the mpl").
	ownMoveFromToRE = regexp.MustCompile(`\b(?:we'?re|i'?m|we\s+are|i\s+am|(?:want|plan|planning|going|like|hoping)\s+to|(?:asked|asks|wants?|told|urged)\s+(?:us|me)\s+to|thinking\s+of|considering)\s+(?:\w+\s+)?(?:mov|switch|relicen[cs]|chang|migrat|convert)\w*\s+(?:(?:our|my|it|the)\b[^.?!]{0,60}\bfrom\b[^.?!]{0,40}\bto\b|(?:it|the\s+(?:[\w-]+\s+){0,3}?(?:project|repo|repository|branch|code|library|package|app|tool))\s+(?:back\s+|over\s+)?to\b)`)
	// licenceMoveRE: a project moved to another licence, put under one, offered under a
	// second one, or its licence file replaced.
	licenceMoveRE = regexp.MustCompile(`relicen|\bopen\s+to\s+(?:switching|moving|changing)\b|\bdual[- ]?licen[cs]e\s+(?:it|them|the|our|my|this)\b|\blicen[cs]e\s+chang\w*|\bchang\w*\s+(?:the|our|my|its)\s+(?:[\w'-]+\s+){0,3}?licen[cs]e\b|re-licen|\b(?:mov|switch|chang|convert|migrat)\w*\b[^.?!]{0,60}\bto\b|\b(?:put|slap|stick)\b[^.?!]{0,40}\b(?:under|on)\b|\breplac\w*\b[^.?!]{0,30}\blicen|\bswap\w*\b[^.?!]{0,20}\blicen|\bmark\b[^.?!]{0,20}`)
)

// takeProjectOption reads a well-known project offered under a choice of licences
// whose options differ in what they ask ("Qt": LGPL-3.0-only OR GPL-2.0-only OR
// GPL-3.0-only) as the option with the fewest conditions, which anyone may take it under,
// and says so: for a closed or commercial work that is the option the question is about
// ("qt in our paid closed-source app"). A choice the question itself states ("dual
// licensed MIT or GPLv2") stays a choice, and so do options that ask alike ("MIT OR
// Apache-2.0").
func takeProjectOption(q Question) Question {
	for _, p := range q.Projects {
		option, ok := fewestConditions(p.License)
		if !ok || !strings.Contains(q.Expression, p.License) {
			continue
		}
		expr := strings.ReplaceAll(q.Expression, "("+p.License+")", option)
		q.Expression = strings.ReplaceAll(expr, p.License, option)
		for i, l := range q.Licenses {
			if l == p.License {
				q.Licenses[i] = option
			}
		}
		q.Assumed = append(q.Assumed, Assumption{Said: p.Said, ID: option,
			Why: fmt.Sprintf("it is offered under `%s`; read as `%s`, the option that asks least, which anyone may take it under", p.License, option)})
	}
	return q
}

// fewestConditions is the option of a choice of licences ("A OR B OR C") that asks
// strictly less than every other, by the strength of its copyleft; ok is false for
// anything but a plain choice, or when no option asks least.
func fewestConditions(expr string) (string, bool) {
	if !strings.Contains(expr, " OR ") || strings.Contains(expr, " AND ") || strings.ContainsAny(expr, "()") {
		return "", false
	}
	options := strings.Split(expr, " OR ")
	best, rank, tie := "", 99, false
	for _, o := range options {
		switch r := copyleftRank(o); {
		case r == 99:
			return "", false // what one option asks is not known: no option is told apart
		case r < rank:
			best, rank, tie = o, r, false
		case r == rank:
			tie = true
		}
	}
	return best, !tie && best != ""
}

// copyleftRank orders licences by how far their copyleft reaches: none, a file, a
// library, the whole work, the whole work and its network users, and terms that are not
// open source at all, the farthest of their conditions' reach in the clause data; 99
// when the data does not say.
func copyleftRank(id string) int {
	base, _, _ := strings.Cut(id, " WITH ")
	cs := clauses().Licenses[base]
	if cs == nil {
		return 99
	}
	rank := 0
	for _, c := range cs {
		rank = max(rank, clauses().Reach[c])
	}
	return rank
}

// movesOwnProjectRE: the asker moves their own project to another licence ("relicense
// my GPL project", "change the license of our library from", "my app's licence from
// GPL to MIT", "we want to relicense"), not code of others they take in.
var movesOwnProjectRE = regexp.MustCompile(`\b(?:relicen[cs]\w*|re-licen[cs]\w*|switch(?:es|ed|ing)?|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|convert(?:s|ed|ing)?|migrat(?:e|es|ed|ing))\s+(?:the\s+licen[cs]e\s+(?:of|on|for)\s+|over\s+)?(?:my|our)\s+(?:own\s+)?(?:[\w.+-]+\s+){0,3}?` + ownWorkNouns + `\b|\b(?:my|our)\s+(?:own\s+)?(?:[\w.+-]+\s+){0,2}?` + ownWorkNouns + `(?:'s|’s)?\s+licen[cs]e\s+from\b|\b(?:we|i)\s+(?:want|would\s+like|'d\s+like|plan|need|are\s+planning|am\s+planning|are\s+thinking\s+of|am\s+thinking\s+of)\s+(?:to\s+)?(?:relicen[cs]|re-licen[cs])\w*\b` +
	// "my project is gplv3 and i want to switch it to mit"
	`|\b(?:my|our)\s+(?:own\s+)?(?:[\w.+-]+\s+){0,2}?` + ownWorkNouns + `\s+(?:is|was|has\s+been)\b[^.?!]{0,60}\b(?:switch|move|change|relicen[cs]e|convert)\s+(?:it|them)\s+(?:over\s+)?(?:to|under)\b` +
	// "i'd now like the project to be mit", "we now want our library to become apache-2.0"
	`|\b(?:i|we)(?:'d|’d|\s+would)?\s+now\s+(?:like|want|prefer)\s+(?:the|my|our|this|it)\s*(?:whole\s+)?(?:[\w.+-]+\s+){0,2}?(?:` + ownWorkNouns + `\s+)?to\s+(?:be|become|go)\b`)

// choosingForRE: licences weighed for a kind of work ("mit or apache for a new rust
// crate?", "which is better for a js library, mit or isc?"), or a licence being picked
// ("they're picking a standard one. gpl3 or mit?").
var choosingForRE = regexp.MustCompile(`\b[\w.+-]+(?:\s+v?\d[\d._]*)?\s+(?:or|vs\.?|versus)\s+[\w.+-]+(?:\s+v?\d[\d._]*)?\s+for\s+(?:an?|my|our|the|this)\s+(?:[\w.+-]+\s+){0,4}?` + ownWorkNouns + `\s*\?` +
	`|\b(?:which|what)\s+(?:one\s+|licen[cs]e\s+)?(?:is|would\s+be)\s+(?:better|best|preferable|recommended)\s+for\s+(?:an?|my|our|the|this)\s+(?:[\w.+-]+\s+){0,3}?` + ownWorkNouns + `\b` +
	`|\b(?:pick|picks|picking|choose|chooses|choosing|select|selecting)\s+(?:a|an)\s+(?:standard|new|proper|real|different|common|osi|open[- ]source)\s+(?:one|licen[cs]e)\b[^?]{0,40}\bor\b`)

// clauseOfRE: a part of a licence named ("the patent part of apache 2.0", "the
// attribution clause in the bsd licence").
var clauseOfRE = regexp.MustCompile(`\b(?:the|its|that|this)\s+(?:[\w-]+\s+)?(?:part|clause|section|grant|provision|paragraph)\s+(?:of|in)\b`)

// shipsSecondIn tells that the first of two licences is said of the question's subject
// ("LK8000 is GPLv2", "pdf2djvu (gpl 2)") and that the words after it, in the same
// sentence, have that subject take in code under the second ("… ships okio and zxing,
// both Apache 2.0", "… add ghostscript as a backend now that ghostscript is agpl").
func shipsSecondIn(lower string, f found) bool {
	if f.projects[0] != nil && f.projects[0].Tool {
		return false // "DBeaver's installer bundles an Oracle JRE": a tool one runs, not a work one builds
	}
	first, second := f.at[0], f.at[1]
	if first[0] < 0 || first[1] > second[0] || second[0] > len(lower) {
		return false
	}
	between := lower[first[1]:second[0]]
	if strings.ContainsAny(between, "?!") || strings.Contains(between, ". ") {
		return false
	}
	if !saidOfSubject(lower, first[0]) && !hasPartsUnder(lower, f) {
		// "a gpl'd tool that links libssl": the licence said of a thing that, in the
		// words after it, takes in the second.
		return f.projects[0] == nil && thingThatTakesRE.MatchString(between)
	}
	return takesSecondInRE.MatchString(between)
}

// partsSaidRE: the words between a thing's licence and another that say some of its
// files are under the other ("… but a few files say", "… but core/dma_heaps.h/.cpp say").
var partsSaidRE = regexp.MustCompile(`^[^.?!]{0,40}?\bbut\s+(?:(?:some|a\s+few|two|three|several|many|one|all|its|the|a\s+couple|of|other)\s+){0,4}(?:(?:[\w-]+\s+)?(?:files?|headers?|parts?|bits|sources?|modules?|components?|directories|folders?|subdirectories)|[\w-]*[/.][\w./-]+)\s+(?:still\s+)?(?:say|says|are|is|carry|carries)\s+(?:under\s+)?(?:the\s+)?$`)

// partsUnderSecond tells whether the first licence is said of the question's subject and
// the words after it say some of its files are under the second.
func partsUnderSecond(lower string, f found) bool {
	first, second := f.at[0], f.at[1]
	if first[0] < 0 || first[1] > second[0] || second[0] > len(lower) || !strings.Contains(lower[first[1]:second[0]], "but") {
		return false
	}
	// A licence file set against a report or a file's header ("COPYING is GPL v3 but
	// src/Main.cpp says GPL v2 or later", "cargo.toml says") is two sources that
	// disagree, not parts of the thing.
	between := lower[first[1]:second[0]]
	return saidOfSubject(lower, first[0]) && partsSaidRE.MatchString(between) && !reportRE.MatchString(between) && !licenceFileRE.MatchString(lower[:second[0]])
}

// hasPartsBeforeRE: a thing said to have parts under the first licence ("linuxcnc has
// gplv2-only bits"), which makes that licence one the whole must keep.
var hasPartsBeforeRE = regexp.MustCompile(`\b(?:has|have|contains|includes)\s+(?:some\s+)?$`)

// hasPartsUnder tells whether the first licence is said of parts the subject has.
func hasPartsUnder(lower string, f found) bool {
	at := f.at[0][0]
	return at > 0 && at <= len(lower) && hasPartsBeforeRE.MatchString(lower[max(0, at-30):at]) && slices.Contains([]string{"bits", "parts", "files", "code", "sources", "components"}, f.next[0])
}

// thingThatTakesRE: a thing named after its licence, then said to take code in: "'d
// tool that links", "-licensed app which bundles".
var thingThatTakesRE = regexp.MustCompile(`^(?:'d|-licen[cs]ed|\s+licen[cs]ed)?\s+(?:[\w-]+\s+){0,2}?(?:tool|tools|program|app|application|library|lib|project|plugin|module|package|binary|daemon|server|client|game|driver|firmware|engine|codebase)\s+(?:that|which)\s+(?:also\s+|now\s+|still\s+)?(?:links?|linking|linked\s+(?:to|against|with)|uses?|bundles?|ships?|includes?|embeds?|vendors?|pulls\s+in|depends\s+on|loads?|imports?)\b`)

// takesSecondInRE: a subject taking code in.
var takesSecondInRE = regexp.MustCompile(`\b(?:ships|ship|shipping|bundles|bundle|bundling|includes|include|including|vendors|vendoring|embeds|embedding|pulls\s+in|pull\s+in|depends\s+on|links\s+(?:to|against|with)|add|adds|adding|carries|uses|using|(?:builds|build|building|built|compiles|compile|compiling|compiled|links|link|linking|linked)\s+(?:it\s+|them\s+)?against)\b`)

// ownReleaseUnderRE: the asker asking whether they may release their own work under a
// licence ("can we release our code under the gpl?", "may I publish my game as MIT?").
var ownReleaseUnderRE = regexp.MustCompile(`\b(?:can|could|may|should|shall)\s+(?:i|we)\s+(?:still\s+|just\s+|legally\s+|even\s+)?(?:release|publish|license|licence|relicen[cs]e|put|distribute|open[- ]?source)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?` + ownWorkNouns + `\s+(?:under|as)\b` +
	// "we're putting our docs site under cc by-sa": the release said as under way.
	`|\b(?:i|we)\s*(?:'re|’re|are|am|'m|’m)\s+(?:putting|releasing|publishing|licen[cs]ing)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?` + ownWorkNouns + `\s+(?:under|as)\b`)

// termsBesideAsked tells whether a question names an open source licence and terms
// beside it that forbid commercial use or selling, and asks whether those hold or fit
// with the licence ("the readme says GPL but commercial use only with their ok. does
// that hold?").
func termsBesideAsked(lower string, ids []string) bool {
	return termsSaidBeside(lower, ids) && (termsHoldAskRE.MatchString(lower) || ncAttachedRE.MatchString(lower))
}

// TermsSaidBeside tells whether text names an open source licence, one of ids, and says
// terms beside it that forbid commercial use or selling, whether or not it asks if they
// hold ("bwa-meme's LICENSE says mit but the readme says academic use only. can our
// company run it?"). Terms said of other things the message speaks of (training data, weights, art, music,
// bundled cores) are those things' own licences, not terms beside this one.
func TermsSaidBeside(text string, ids []string) bool {
	lower := strings.ToLower(text)
	return termsSaidBeside(lower, ids) && !otherWorksRE.MatchString(lower) && besideCueRE.MatchString(lower)
}

// besideCueRE: where terms beside a licence are said to be written: a README, a footer, a
// page, an announcement, the licence file's added clause.
var besideCueRE = regexp.MustCompile(`\b(?:readme|footer|website|web\s+site|site|page|notes|announcement|clause|calls\s+itself|terms\s+of\s+use|rules|mentions|adds|added)\b`)

// otherWorksRE: works other than the code that may carry licences of their own.
var otherWorksRE = regexp.MustCompile(`\b(?:data|dataset|datasets|weights|trained|training|images?|art|artwork|sprites?|tilesets?|music|sounds?|assets?|corpora|corpus|cores|icons?|fonts?|textures?|models?|generate|generated|modules?)\b`)

func termsSaidBeside(lower string, ids []string) bool {
	open := slices.ContainsFunc(ids, func(id string) bool {
		terms, err := Terms(id)
		return err == nil && !strings.Contains(id, "-NC") && slices.ContainsFunc(terms, openTerm)
	})
	// A non-commercial licence named too ("the README says the data is CC BY-NC, while
	// the dataset page lists Apache-2.0") is a licence of its own, not terms beside one.
	return open && !slices.ContainsFunc(ids, nonCommercialLicence) && termsBesideSaid(lower, ids)
}

// saleWordRE: a term that is about selling ("the no-selling clause", "may not be sold").
var saleWordRE = regexp.MustCompile(`\b(?:sell\w*|sold|sales?|resale|resell\w*|resold)\b`)

// termsBesideSaid tells whether the question says terms that forbid commercial use or
// selling. Where a named licence itself limits selling (the OFL: fonts not sold on their
// own), a ban on selling is that licence's own condition ("pretendard font is ofl …
// does the no-selling clause clash with the gpl family?"), not terms written beside it.
func termsBesideSaid(lower string, ids []string) bool {
	ownSale := slices.ContainsFunc(ids, func(id string) bool { return hasCondition(id, "font_with_software") })
	for _, m := range nonCommercialTermsRE.FindAllString(lower, -1) {
		if !ownSale || !saleWordRE.MatchString(m) {
			return true
		}
	}
	return false
}

// ncAttachedRE: a non-commercial condition written onto an open source licence's name
// ("gplv3 for non-commercial projects", "mit, but only for non-commercial use").
var ncAttachedRE = regexp.MustCompile(`\b(?:a?gpl|lgpl|mit|bsd|apache|mpl|isc)(?:[\w.+-]*|\s+v?\d(?:\.\d)?)["'”’]?\s*,?\s*(?:but\s+)?(?:only\s+)?(?:for|free\s+for)\s+non[- ]?commercial\b`)

// termsHoldAskRE: a question of whether terms hold beside a licence: "can they add
// that?", "does that restriction hold?", "how does that square with mit?", "is that even
// valid?", "can a library be gpl but …", "if we follow the gpl can we use it free?".
var termsHoldAskRE = regexp.MustCompile(`\b(?:can|could|may)\s+(?:they|he|she|the\s+(?:author|authors|maintainers?|developers?|devs?|owner)|you|an?\s+(?:[\w.+-]+\s+)?(?:licen[cs]e|library|project|plugin|program|repo|font|mod)|one|it|the\s+(?:readme|licen[cs]e|page|site))\s+(?:actually\s+|really\s+|legally\s+|even\s+|just\s+)?(?:add|have|be|say|restrict|forbid|ban|combine|put|do|impose|require)\b|\b(?:does|do|would|will)\s+(?:that|this|it|the|such\s+an?|their|his|her)\s*(?:[\w'-]+\s+){0,2}?(?:hold|apply|stand|work|count|stick|matter|override|win|bind|trump)\b|\bhow\s+(?:does|do|can|could)\s+(?:that|this|it|they|those|these)\s+(?:\w+\s+)?(?:square|fit|work|go|be\s+(?:reconciled|squared))\b|\bis\s+(?:that|this|it|such\s+an?\s+\w+)\s+(?:even\s+|actually\s+|really\s+|legally\s+)?(?:valid|enforceable|legal|allowed|possible|compatible|legit|binding|a\s+thing|an?\s+(?:real|proper|genuine|actual)\s+[\w.+-]+)\b|\b(?:contradict\w*|conflict\w*|at\s+odds|inconsistent|incompatible|clash\w*|make\s+sense|doesn'?t\s+work|even\s+allowed|allowed\s+to\s+(?:add|say|restrict|forbid))\b` +
	// "is that font actually free to package?": whether the thing is free, the terms said.
	`|\bis\s+(?:that|this|it|the)\s+(?:[\w-]+\s+)?(?:actually\s+|really\s+|even\s+|still\s+)?free\s+(?:to\s+(?:package|ship|use|distribute|bundle)|software|at\s+all)\b` +
	// "which one wins?", "which one actually applies?", "which applies?": the licence or
	// the terms beside it ("which applies if we run it in house?" asks for a use's verdict).
	`|\bwhich\s+(?:actually\s+|really\s+)?(?:applies|wins|prevails|takes\s+precedence)\s*(?:[?!.]|$)` +
	`|\bwhich\s+(?:one|of\s+(?:them|the\s+two|those|these)|licen[cs]e|terms?)\s+(?:actually\s+|really\s+)?(?:wins|applies|holds|prevails|counts|takes\s+precedence|is\s+(?:binding|valid|right)|(?:do|should|must)\s+(?:we|i)\s+(?:follow|go\s+by|obey))\b` +
	// "if we follow the gpl can we use it free?": the licence followed instead of the terms.
	`|\bif\s+(?:we|i)\s+(?:just\s+|fully\s+)?(?:follow|comply\s+with|stick\s+to|respect|obey|honou?r|meet)\s+(?:the\s+|its\s+)?(?:` + licenceStems + `|licen[cs]e|open[- ]source\s+licen[cs]e)\w*`)

// kernelModuleSaid tells whether the Linux kernel was named as a module or driver for
// it ("kernel module", "linux driver", "EXPORT_SYMBOL_GPL"), which the kernel loads.
func kernelModuleSaid(f found) bool {
	for i, p := range f.projects {
		if p != nil && len(p.Names) > 0 && p.Names[0] == "linux kernel" && i < len(f.said) && kernelModuleRE.MatchString(strings.ToLower(f.said[i])) {
			return true
		}
	}
	return false
}

// closedModuleRE: a module kept from the GPL: closed, proprietary, a binary blob, under
// another licence, or reaching the kernel's symbols.
var closedModuleRE = regexp.MustCompile(`\b(?:closed|proprietary|binary|binaries|blobs?|non-?gpl|not\s+gpl|own\s+licen[cs]e|export_symbol\w*|ko)\b`)

// kernelModuleRE: a kernel module or driver as named: "kernel modules", "linux driver".
var kernelModuleRE = regexp.MustCompile(`\b(?:modules?|drivers?|export_symbol_gpl)\b`)

// nonCommercialLicence tells whether id is a licence whose terms forbid commercial use
// (the Creative Commons NC licences, of any version).
func nonCommercialLicence(id string) bool {
	return strings.Contains(id, "-NC-") || strings.HasSuffix(id, "-NC")
}

// nonCommercialAskedRE: a sentence that asks what non-commercial terms mean for a work,
// rather than whether a use is allowed: whether the work is still free or open source,
// whether distributions or Wikipedia take it, or whether ads, donations, a company's
// own training or the like still count as non-commercial.
var nonCommercialAskedRE = regexp.MustCompile(`\b(?:non[- ]?free|dfsg)\b|\b(?:is|are|it'?s|that'?s|still|really|actually|truly|even|count\s+as|counts\s+as|considered|qualify\s+as|qualifies\s+as|not)\s+(?:an?\s+|really\s+|still\s+|actually\s+|even\s+)?(?:open[- ]source|free\s+software|free|foss|libre|osi[- ]approved)\b|\bfree\s+(?:licen[cs]es?|enough|culture)\b|\b(?:debian|fedora|f-?droid|distros?|linux\s+distributions?|wikipedia|wikimedia)\b|\b` + earningWords + `\b|\b(?:still|really|actually|even)\s+(?:count\s+as\s+|considered\s+)?non[- ]?commercial\b|\bcount\w*\s+as\s+(?:a\s+)?(?:non[- ]?)?commercial\b|\b(?:nc|non[- ]?commercial)\s+(?:part|clause|bit|term|terms|restriction|condition|limit|element)\b|\binternal\s+(?:staff\s+)?training\b`)

// stillWithEarningsRE: money the work earns said first, then whether a use is "still"
// allowed ("my blog runs adsense. can I still use photos that are cc-by-nc?"): whether
// that earning makes the use commercial is the question.
var stillWithEarningsRE = regexp.MustCompile(`\b` + earningWords + `\b[^?]{0,120}\b(?:can|may|could)\s+(?:i|we)\s+still\b`)

// earningWords are the ways a work earns money that non-commercial terms may reach: ads,
// donations, sponsors.
const earningWords = `(?:donations?|ads|adverts?|advertising|ad[- ]supported|adsense|admob|ad\s+revenue|monetized|monetised|monetizing|monetising|patreon|sponsors?|sponsorships?|affiliate\s+links?)`

// mayWordRE: a sentence that asks whether something may be done ("can they stay in our
// fedora package, or is that non-free?").
var mayWordRE = regexp.MustCompile(`\b(?:can|could|may|might)\b`)

// whyAskedRE: a question of why ("why does configure report the build as nonfree?"),
// which asks for a reason, not whether the licence is free.
var whyAskedRE = regexp.MustCompile(`^\W*(?:\w+\W+){0,3}?(?:why|how\s+come)\b`)

// nonFreeStatusRE: a licence or work said, or asked, to be non-free ("is the CDDL
// actually a non-free licence?", "this tool lists zfs as nonfree"): its status, not the
// asker's closed work.
var nonFreeStatusRE = regexp.MustCompile(`\b(?:is|are|was|as|count\s+as|counts\s+as|considered|called|labell?ed|flagged|marked|listed\s+as|lists\s+[\w.+-]+\s+as)\s+(?:(?:the|this|that|its)\s+)?(?:[\w.+-]+\s+){0,2}?(?:actually\s+|really\s+|truly\s+|still\s+)?(?:an?\s+)?non[- ]?free\b|\b(?:make|makes|making|made|render|renders|isn'?t|is)\s+(?:it|that|this|them|the\s+[\w.+-]+)\s+(?:\w+\s+)?non[- ]?free\b`)

// pastBeforeRE: what comes before a licence said to be a project's past one ("used to
// be", "was originally under"); nowAskRE asks what the licence is now ("what licence
// is it now?", "what did it switch to?", "the current licence").
var (
	pastBeforeRE = regexp.MustCompile(`\b(?:used\s+to\s+(?:be|say|read)|(?:was|were)(?:\s+(?:once|originally|formerly|previously|initially))?|formerly|previously|originally|initially)\s+(?:(?:under|licen[cs]ed\s+(?:under|as)|released\s+(?:under|as))\s+)?(?:the\s+|an?\s+)?(?:[\w.+-]+(?:\s+[\w.+-]+)?\s*(?:/|,|\bor\b)\s*)?$`)
	// nowSaidRE: another licence is said to be the one now ("now the repo says mit",
	// "it's now mit", "has been relicensed to"); whichOneRE asks which of them holds.
	nowSaidRE = regexp.MustCompile(`\bnow\s+(?:the\s+[\w.-]+\s+|its\s+[\w.-]+\s+|it\s+|they\s+)?(?:says?|reads?|lists?|shows?)\b|\b(?:is|are|it'?s|they'?re)\s+now\b|\bnow\s+(?:it'?s|it\s+is|under|licen[cs]ed)\b|\b(?:has|have|was|were|got)\s+(?:just\s+|recently\s+)?(?:been\s+)?(?:just\s+|recently\s+)?relicen[cs]ed\s+(?:to|under|as)\b|\b(?:switched|moved|changed|went|migrated)\s+(?:over\s+)?to\b`)
	// stillAskedRE asks whether something may still be done after a change ("can we still
	// use it commercially?", "are the old versions still ok?").
	stillAskedRE = regexp.MustCompile(`\b(?:can|could|may|do|does|is|are|am)\s+(?:we|i|you|they|it|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+still\b|\bstill\s+(?:use|ship|sell|fork|allowed|ok|okay|fine|free|mit|apache|bsd)\b`)

	// complianceAskRE asks what is owed under the licence now ("What do we need to do in
	// the app to stay compliant?"), which the former one does not answer.
	complianceAskRE = regexp.MustCompile(`\bwhat\s+(?:do|does|would|will|must|should)\s+(?:we|i|you|they)\s+(?:now\s+)?(?:need|have)\s+to\s+do\b|\b(?:stay|remain|be|keep)\s+(?:\w+\s+)?compliant\b|\bwhat\s+(?:do|does)\s+(?:it|that|the\s+new\s+licen[cs]e)\s+(?:ask|require|mean)\b`)
	whichOneRE      = regexp.MustCompile(`\bwhich\s+(?:one|licen[cs]e)\b|\bwhat\s+licen[cs]e\s+(?:is\s+it|applies)\b`)
	nowAskRE        = regexp.MustCompile(`\b(?:what|which)(?:\s+licen[cs]e)?(?:\s+is|'s|’s)\s+(?:it|that|this)\s+(?:under\s+|licen[cs]ed\s+under\s+)?(?:now|today|these\s+days|nowadays)\b|\bwhat\s+(?:licen[cs]e\s+)?(?:did|has)\s+it\s+(?:moved?|switch(?:ed)?|changed?|gone)\s+to\b|\b(?:its|the)\s+(?:current|present|new)\s+licen[cs]e\b`)
)

// forkAskRE: the question asks what licence the asker's fork is under, or whether it
// must change ("what licence is our fork under now?", "is my fork still mit?", "does our
// fork have to switch too?"); forkTakenWhenRE ends where the message says what the
// project was under when the fork was taken ("back when it was", "while it was still
// under").
var (
	forkAskRE = regexp.MustCompile(`\b(?:what|which)\s+(?:licen[cs]e\s+)?(?:is|'s|’s)\s+(?:our|my|the)\s+(?:fork|copy)\b|\b(?:what|which)\s+licen[cs]e\s+(?:does|do)\s+(?:our|my|the)\s+(?:fork|copy)\s+(?:have|get|fall\s+under|come\s+under)\b|\b(?:is|are)\s+(?:our|my|the)\s+(?:fork|copy)\s+(?:still|now)\b|\b(?:does|do|must|will|would|should)\s+(?:our|my|the)\s+fork\s+(?:also\s+|now\s+|then\s+)?(?:have\s+to\s+|need\s+to\s+)?(?:change|switch|become|move|follow|be\s+relicen[cs]ed)\b|\bcan\s+(?:we|i)\s+(?:still\s+)?keep\s+(?:our|my|the)\s+fork\s+(?:under|as|on)\b`)
	// movedToBeforeRE: what comes before the licence a project is said to have moved
	// to: "put akka under the", "is going", "switched elasticsearch to".
	movedToBeforeRE = regexp.MustCompile(`\b(?:put|puts|moved|moves|moving|switched|switches|switching|relicen[cs]ed|relicen[cs]es|relicen[cs]ing|changed|changes|changing|went|goes|gone|going|migrated|migrates)\s+(?:(?:it|its|their|the|[\w.+-]+|(?:[\w.+-]+\s+)?licen[cs]e|over|all|future|new|versions?|releases?)\s+){0,3}?(?:to\s+|under\s+|as\s+)?(?:the\s+|an?\s+)?$`)
	// stillUnderBeforeRE: what comes before the licence something is asked to keep: "is
	// akka.js still", "are the old releases still under the".
	stillUnderBeforeRE = regexp.MustCompile(`(?:^|[.?!,;:]\s*|\b(?:so|and|but|or|then|now)\s+)(?:is|are)\s+(?:[\w.+-]+\s+){0,3}?still\s+(?:under\s+|licen[cs]ed\s+(?:under\s+|as\s+)?|on\s+)?(?:the\s+|an?\s+)?$`)
	forkTakenWhenRE    = regexp.MustCompile(`\b(?:when|while|before)\s+(?:it|the\s+[\w.-]+|they|upstream)\s+(?:was|were)\s+(?:still\s+)?(?:under\s+|licen[cs]ed\s+(?:under\s+|as\s+)?|released\s+(?:under|as)\s+)?(?:the\s+|an?\s+)?$`)
)

// wishedBeforeRE: what comes before a licence only hoped for or required ("hoping for bsd
// or", "ideally mit", "we'd prefer", "our legal team wants").
var wishedBeforeRE = regexp.MustCompile(`\b(?:hoping\s+(?:for|it'?s|it\s+is)|hope\s+(?:it'?s|it\s+is|for)|hopefully|ideally|preferably|(?:we'?d|i'?d|we\s+would|i\s+would)\s+prefer|fingers\s+crossed\s+(?:for|it'?s)` +
	// "what licence is the alpine-pkg-glibc package under? our legal team wants mit or
	// bsd-3": what someone requires, not what the project is under.
	`|\b(?:legal(?:\s+team)?|lawyers?|counsel|management|boss|company|client|customer|policy|we|i)\s+(?:only\s+|really\s+)?(?:wants?|needs?|requires?|prefers?|allows?|accepts?|approves?)(?:\s+(?:it\s+)?to\s+be)?)\s+(?:(?:a|an|the|something\s+like)\s+)?(?:[\w.+-]+\s+(?:or|and|/)\s+)?$`)

// putOnOnly tells whether the licence work is named, and every mention of it is one put
// on the asker's version of something ("slap gplv3+ on it").
func putOnOnly(lower string, f found, work string) bool {
	named := false
	for i, id := range f.ids {
		if id != work {
			continue
		}
		named = true
		if !putOn(lower, f.at[i]) || slices.ContainsFunc(f.again[i], func(m mention) bool { return !putOn(lower, m.at) }) {
			return false
		}
	}
	return named
}

// licenceWeighed tells whether a licence named as such (not through a project) is
// weighed as the one to put on something: the object of "should we use" or "should the
// hardware get", or said to be fine "as the licence", and not the licence of code taken
// in ("should we use GPL code?").
func licenceWeighed(lower string, f found) bool {
	if takenRelicensed(lower) {
		return false // "the module we copied is gpl. can we relicense it to mit?": its licence decides
	}
	weighed := func(at [2]int) bool {
		if at[0] < 0 || at[1] < at[0] || at[1] > len(lower) {
			return false
		}
		before, after := lower[max(0, at[0]-60):at[0]], lower[at[1]:]
		if strings.HasPrefix(after, "-") || takenInNounRE.MatchString(after) {
			return false // "should we use gpl-compatible libraries", "should we use mit code"
		}
		if putDoneRE.MatchString(before) && !putAskedRE.MatchString(before) && workTakenInRE.MatchString(lower) {
			// "i ported an unlicense ftp server … and put gpl on the whole repo. someone
			// says that's stealing": a licence already put on a work made from code taken
			// in asks whether the code's licence allowed it.
			return false
		}
		return weighedBeforeRE.MatchString(before) || weighedAfterRE.MatchString(after)
	}
	for i, at := range f.at {
		if f.projects[i] != nil {
			continue
		}
		if weighed(at) || slices.ContainsFunc(f.again[i], func(m mention) bool { return weighed(m.at) }) {
			return true // "the sdk is MIT. should I just match MIT, or go with GPLv3?"
		}
	}
	return false
}

// sourceAsComplianceRE: the asker's source said to be published beside a product:
// "I'd publish my full source on GitHub"; productHandedOutRE: a product sold or shipped
// with the code compiled in.
var (
	sourceAsComplianceRE = regexp.MustCompile(`\b(?:i'?d|i\s+would|we'?d|we\s+would|i'?ll|we'?ll|i\s+will|we\s+will|i\s+can|we\s+can)\s+(?:also\s+|then\s+|just\s+)?(?:publish|release|put|post|push|share)\s+(?:my|our|the)\s+(?:full\s+|complete\s+|whole\s+|entire\s+)?(?:source|sources|source\s+code|code|firmware\s+source)\b`)
	productHandedOutRE   = regexp.MustCompile(`\b(?:sell|selling|sold|ship|ships|shipping|shipped|flashed|preinstalled|pre-installed)\b`)
)

// permissionAskedRE: whether the authors' permission is needed for a use: "do we need
// the author's permission to run it", "do i have to ask them for permission".
var permissionAskedRE = regexp.MustCompile(`\b(?:do|does|would|will)\s+(?:we|i|you|one)\s+(?:still\s+|really\s+|also\s+)?(?:need|have\s+to\s+(?:get|ask\s+for|request|obtain))\s+(?:the\s+|an?\s+)?(?:author'?s?|authors'?|developers?'?s?|dev'?s?|maintainers?'?s?|their|his|her|copyright\s+holders?'?s?|anyone'?s?|someone'?s?|any|special|explicit|written|separate|prior)?\s*(?:explicit\s+|written\s+|prior\s+|separate\s+|special\s+)?permission\b|\b(?:do|does|would|will)\s+(?:we|i)\s+(?:need|have)\s+to\s+ask\s+(?:the\s+)?(?:author|authors|developers?|maintainers?|them|him|her)\s+(?:for\s+)?(?:permission|first)\b`)

// creditWeighedRE: credit or notices weighed in the sentence that asks: "list all the
// original contributors", "just keep the original notice".
var creditWeighedRE = regexp.MustCompile(`\b(?:list|credit|name|keep|mention|include|add|retain|thank)\s+(?:all\s+|every\s+|each\s+)?(?:of\s+)?(?:the\s+)?(?:original\s+|old\s+|previous\s+|past\s+|existing\s+)?(?:contributors?|authors?|notices?|copyright\s+(?:notices?|lines?|holders?)|credits?)\b`)

// putLicenceOn: the asker putting a licence on their work, up to the licence's name: "i
// put", "and slapped the".
const putLicenceOn = `\b(?:i|we|i'?ve|we'?ve|i\s+have|we\s+have|and)\s+(?:just\s+|then\s+|also\s+|already\s+)?(?:put|slapped|stuck)\s+(?:the\s+|a\s+)?`

// putDoneRE: a licence the asker has already put on their work, just before its name:
// "i put", "we slapped the".
var putDoneRE = regexp.MustCompile(putLicenceOn + `$`)

// putOnWorkRE: a licence the asker has put on their work: "and put gpl on the whole
// repo", "i slapped the mit licence on my fork".
var putOnWorkRE = regexp.MustCompile(putLicenceOn + `[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:licen[cs]e\s+)?on\s+(?:it|this|them|that|everything|all\s+of\s+it|the\s+whole\s+(?:thing|repo|repository|project)|(?:my|our|the)\s+(?:port|fork|version|copy|repo|repository))\b`)

// putAskedRE: a licence the asker asks whether to put on their work: "should i put",
// "can we just slap".
var putAskedRE = regexp.MustCompile(`\b(?:should|shall|can|could|may|might|would|will|to|do|want\s+to|going\s+to|plan\s+to)\s+(?:i|we)?\s*(?:just\s+|then\s+|also\s+)?(?:(?:fork|copy|port|take|clone|grab|rewrite|change|modify)\s+(?:it|this|that|them|the\s+\w+)\s+and\s+)?(?:put|slap|stick)\s+(?:the\s+|a\s+)?$`)

// workTakenInRE: the asker's work said to be made from someone else's code: "i ported",
// "we forked", "i've copied".
var workTakenInRE = regexp.MustCompile(`\b(?:we|i|we'?ve|i'?ve|we\s+have|i\s+have)\s+(?:just\s+|already\s+)?(?:ported|forked|copied|took|taken|borrowed|lifted|vendored|grabbed|adapted)\b`)

// weighedBeforeRE: what comes before a licence weighed for the asker's own work: "should
// we go with", "should the hardware get".
var weighedBeforeRE = regexp.MustCompile(`\b(?:why\s+not(?:\s+(?:just|simply))?(?:\s+(?:use|go\s+with|pick|choose))?|stuck\s+with|(?:can|could|may|should|shall)\s+(?:i|we)\s+(?:just\s+|still\s+|then\s+|later\s+)?(?:re)?(?:release|license|licence|publish|relicen[cs]e|put\s+out|move|switch|change|dual[- ]licen[cs]e)\s+(?:it|this|them|that|the\s+whole\s+thing)(?:\s+over)?(?:\s+(?:under|as|to|with))?|(?:could|would|can|should)\s+(?:it|this|they|you)\s+(?:not\s+)?(?:be|become|go|switch\s+to|move\s+to)(?:\s+under)?|(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:suggest|propose|recommend|prefer|rather\s+(?:use|go\s+with|have))|(?:thinking\s+(?:of|about)|considering|leaning\s+(?:towards?|to)|torn\s+between|deciding\s+between)(?:\s+(?:going\s+with|using|switching\s+to|moving\s+to|adopting|picking|relicen[cs]ing\s+(?:to|under)))?|(?:should|shall)\s+(?:we|i)|(?:should|shall)\s+(?:the|our|my|its|this|that)\s+(?:[\w-]+\s+){1,2}?(?:rather\s+|instead\s+|also\s+)?(?:get|be\s+under|go\s+under|be\s+licen[cs]ed\s+(?:under|as)|switch\s+to|move\s+to|go\s+to|use))\s+(?:just\s+|rather\s+|instead\s+|also\s+|simply\s+)?(?:use|go\s+with|go\s+for|go|pick|choose|adopt|apply|match|(?:switch|move|change|relicen[cs]e)\s+(?:it|them|the\s+[\w-]+|our\s+[\w-]+|my\s+[\w-]+)\s+(?:over\s+)?(?:to|under)|switch\s+to|move\s+to|change\s+to|stick\s+with|stay\s+with|stay\s+on|keep|relicen[cs]e\s+to|get|be\s+under)?\s*(?:the\s+|a\s+|an\s+)?(?:(?:more\s+)?(?:permissive|copyleft|weak|strong|plain|standard|newer|older|latest|same|usual|common|simpler|stricter|reciprocal)\s+)?$`)

// weighedAfterRE: what comes after a licence put on something, or said to be fine as
// its licence: "slap mit on it", "why not MIT for a font?", "mit ok as the licence?",
// "apache-2.0 a good choice for our sdk?"; "is EPL ok for our backend service?" asks of
// a use instead.
var weighedAfterRE = regexp.MustCompile(`^\s*(?:(?:licen[cs]e\s+)?on\s+(?:it|this|them|that|everything|all\s+of\s+it|the\s+whole\s+(?:thing|repo|repository|project))\b|` +
	// "wouldn't the LGPL or Apache 2.0 make more sense for a library?", "not sure the GPL
	// is the right tool for schematics"
	`(?:licen[cs]e\s+)?(?:would\s+|might\s+|does\s+|do\s+)?(?:make|makes)\s+(?:more\s+|much\s+more\s+|the\s+most\s+|any\s+|no\s+)?sense\b|(?:licen[cs]e\s+)?(?:is\s+|would\s+be\s+|seems?\s+|'s\s+)?(?:really\s+|even\s+)?(?:the\s+right|a\s+good|the\s+best|a\s+sensible|the\s+wrong|a\s+bad|the\s+appropriate)\s+(?:tool|choice|fit|pick|licen[cs]e)\s+for\b|` +
	`(?:licen[cs]e\s+)?(?:instead\s+)?for\s+(?:an?\s+|the\s+|our\s+|my\s+)(?:[\w-]+(?:'s|’s)\s+)?(?:font|typeface|docs|documentation|dataset|data|hardware|manual|book)\b|(?:licen[cs]e\s+)?(?:ok|okay|fine|good|enough|right|sensible|a\s+(?:good|sensible|reasonable|bad)\s+(?:choice|idea|fit|pick)|the\s+(?:right|best|wrong)\s+(?:choice|fit|pick))\s+as\s+(?:the|a|our|my)\s+licen[cs]e|(?:licen[cs]e\s+)?(?:a\s+(?:good|sensible|reasonable|bad)\s+(?:choice|fit|pick)|the\s+(?:right|best|wrong)\s+(?:choice|fit|pick))\s+for\s+(?:our|my)\s+(?:own\s+|new\s+)?(?:[\w-]+\s+){0,2}?` + ownWorkNouns + `\b)`)

// takenInNounRE: a licence said of code taken in, right after its name ("gpl code",
// "mit libraries", "apache-licensed components", "an mit or a gpl library").
var takenInNounRE = regexp.MustCompile(`^\s*(?:(?:or|and|/)\s*(?:an?\s+|the\s+)?[\w.+-]+\s+)?(?:licen[cs]ed\s+|'d\s+|-licen[cs]ed\s+)?(?:code|librar(?:y|ies)|libs?|components?|packages?|dependenc(?:y|ies)|deps?|modules?|crates?|gems?|files?|sources?|stuff|software|projects?|tools?|sdks?|frameworks?|plugins?|snippets?|assets?|images?|icons?|fonts?|programs?|apps?|binar(?:y|ies)|versions?|parts?|bits?|pieces?)\b`)

// ownWorkNouns name what an asker releases: "my project", "our library", "my fork".
const ownWorkNouns = `(?:project|projects|library|libraries|lib|code|codebase|repo|repository|tool|app|application|package|crate|gem|module|sdk|fork|plugin|extension|program|software|game|site|website|theme|font|docs|documentation|framework|engine|server|client|driver|firmware|bot|script|scripts|cms|service|platform|system|api|cli|daemon|backend|frontend|editor|toolkit|component|components|addon|add-on|mod|dataset|data|binding|bindings|wrapper|port|implementation|parser|compiler|emulator|runtime|shell|kernel|os|agent|model|models|boilerplate|template|templates|starter|skeleton|scaffold)`

// parseMessage is ParseQuestion of a message as typed: the whole message, its sentence
// that asks, or the part of it asked about.
func parseMessage(text string) (q Question, ok bool) {
	q, ok = parseQuestion(text)
	if r, rok := reverseAsked(text, q, ok); rok {
		return r, true
	}
	asked := askingSentence(text)
	lowerAsked := strings.ToLower(asked)
	var s Question
	sok, parsed := false, false
	// "what does the patent part of apache 2.0 actually protect me from?": a part of one
	// licence asked about.
	clause := clauseOfRE.MatchString(lowerAsked)
	if ok && len(q.Licenses) > 1 && asked != "" && asked != text && (q.Kind == AskVerdict && q.Use == "" ||
		(q.Kind == AskCompatibility || q.Kind == AskCombination) && (clause || containsAny(lowerAsked, openSourceHints))) {
		s, sok = parseQuestion(asked)
		parsed = true
		proper := containsAny(lowerAsked, properHints) // "is the wtfpl even a proper licence?"
		if sok && s.Kind == AskProfile && (q.Kind == AskVerdict && (s.Meaning || s.OpenSource) || (q.Kind == AskCompatibility || q.Kind == AskCombination) && (s.OpenSource || proper || clause)) &&
			!s.Difference && len(s.Licenses) == 1 && len(q.Licenses) > 1 && slices.ContainsFunc(q.Licenses, func(id string) bool { return strings.Contains(id, s.Licenses[0]) }) && (s.OpenSource || proper || clause || !namesAfter(text, asked)) {
			// "Our organisation whitelists MIT, BSD and Apache 2.0, and es4j is MPL 2.0. What
			// does the MPL actually require of us?", "is the ISC license a proper licence?
			// almost all of hackage is BSD": what the one licence the asking sentence names
			// requires, or whether it is open source; the others are the background.
			if q.Topic != "" {
				s.Topic = q.Topic
			}
			s.Proprietary = s.Proprietary || q.Proprietary
			return s, true
		}
	}
	if ok && q.Kind == AskCompatibility && q.Work != "" && !strings.Contains(q.Work, " ") && asked != "" && asked != text && thatOpenAskedRE.MatchString(lowerAsked) && len(FindLicenses(asked)) == 0 && movesOwnRE.MatchString(strings.ToLower(text)) {
		// "I'd like to relicense it to the Hippocratic License 2.1 … Is that still a free
		// / open source licence, and is there any downside?": the licence the work would
		// go under, asked about itself.
		p := verdictOn(q, q.Work)
		p.OpenSource = true
		if p, about := p.AboutLicenses(); about {
			return p, true
		}
	}
	if !ok || q.Kind == AskCompatibility && q.Reading == RolesSaid && len(q.Licenses) == 2 && !strings.Contains(q.Licenses[0], " AND ") {
		return q, ok
	}
	if p, pok := partAsked(text, q); pok {
		return p, true
	}
	// A long message tells its background first and asks last: when the sentence that
	// asks names the licences of a compatibility question whose roles it says, that
	// is the question ("The ASF says GPLv2 and GPLv3 can't … so could I base an
	// Apache-2.0 work on code that is GPLv1?").
	if asked == "" || asked == text {
		return q, ok
	}
	if !parsed {
		s, sok = parseQuestion(asked)
	}
	if sok && !termsWithin(s.Licenses, q.Licenses) {
		// "… Would you relicense to MIT or BSD?": the whole message read those as a
		// proposal (or a fear, or history); the asking sentence alone cannot tell.
		return q, ok
	}
	if sok && q.Kind == AskVerdict && (s.Kind == AskVerdict || s.Kind == AskProfile && q.Use != "" && (!s.Meaning || concernRE.MatchString(lowerAsked)) && (!s.OpenSource || obligedToOpenRE.MatchString(lowerAsked)) && !s.Difference) &&
		strings.Contains(q.Expression, " AND ") && !strings.Contains(q.Expression, " OR ") && !pointsBackRE.MatchString(lowerAsked) &&
		len(s.Licenses) < len(q.Licenses) && !slices.ContainsFunc(s.Licenses, func(id string) bool { return !slices.Contains(q.Licenses, id) }) &&
		!namesAfter(text, asked) && !wholeAsRE.MatchString(lowerAsked) {
		// "… the kernel is GPLv2 and BusyBox too … Can we ship the CDDL module prebuilt?":
		// of the licences a long message names, the question is about those the
		// sentence that asks names; the others are its background.
		if s.Use == "" {
			s.Use = q.Use
		}
		if s.Kind == AskProfile {
			// "… ship a product that runs a stock yolov8 model with opencv. does agpl make
			// us open source the whole thing": the use the message gave is asked of it.
			s.Kind = AskVerdict
		}
		if q.Topic != "" {
			s.Topic = q.Topic // the whole message says more of what it is about than its last sentence
		}
		s.Proprietary = s.Proprietary || q.Proprietary
		return s, true
	}
	if sok && s.Kind == AskCompatibility && len(s.Licenses) == 2 && !strings.Contains(s.Licenses[0], " ") &&
		(strings.Contains(q.Expression, s.Licenses[0]+" OR ") || strings.Contains(q.Expression, " OR "+s.Licenses[0])) && optionPartRE.MatchString(lowerAsked) {
		// "dual licensed MIT and GPLv3. our project is GPLv2-only - does the GPL3 part block
		// us?": one option of a choice the message gave is asked about; the choice stands.
		return q, ok
	}
	if sok && movesItRE.MatchString(lowerAsked) && !termsWithin(q.Licenses, s.Licenses) {
		// "unibilium is gplv3. can neovim just put it under mit?": what "it" is, and its
		// licence, the message said before the sentence that asks.
		return q, ok
	}
	if !sok || !(s.Kind == AskCompatibility && s.Reading == RolesSaid || s.Kind == AskCombination) || s.Topic != "" && s.Topic != q.Topic ||
		q.Work != "" && !slices.Contains(s.Licenses, q.Work) && !onlyConsidered(text, q.Work) {
		return q, ok // the asking sentence would lose the work's licence the message gave
	}
	if s.Use == "" {
		s.Use = q.Use
	}
	if s.Topic == "" && q.Topic == "choose" && (weighingRE.MatchString(lowerAsked) || betterOffRE.MatchString(lowerAsked)) {
		// "… we chose the LGPL so fixes come back. Would switching to MIT be wiser?":
		// the message is choosing its own licence, which the asking sentence weighs.
		s.Topic = q.Topic
	}
	s.Proprietary = s.Proprietary || q.Proprietary
	return s, true
}

// ifRelicensedRE asks which licence a move would take the work to: "if we relicense,
// which licence would let both GPL plugins and Apache-licensed plugins use it?".
var ifRelicensedRE = regexp.MustCompile(`\bif\s+(?:we|i)\s+(?:were\s+to\s+|do\s+|did\s+)?(?:relicen[cs]e|re-licen[cs]e|switch\s+licen[cs]es?|change\s+(?:the\s+|our\s+|my\s+)?licen[cs]e)\b[^?!]{0,40}\b(?:which|what)\s+(?:other\s+)?licen[cs]e\b`)

// betterOffRE weighs another licence for the asker's work: "would the bindings be better
// off under MIT?".
var betterOffRE = regexp.MustCompile(`\b(?:be|are|is|were)\s+(?:\w+\s+)?better\s+off\s+(?:under|with|as|being|on)\b`)

// movesItRE: the asking sentence moves a thing named before it to a licence: "put it
// under", "relicense them as".
var movesItRE = regexp.MustCompile(`\b` + movesItWords)

// movesItWords: a thing named before moved to a licence: "put it under", "relicense them
// as".
const movesItWords = `(?:put|relicen[cs]e|re-licen[cs]e|license|licence|release|publish|offer|dual[- ]licen[cs]e|switch|move|change)\s+(?:it|them)\s+(?:over\s+)?(?:under|as|to)\b`

// optionPartRE: one option of a choice, said as a part of it: "the GPL3 part", "the MIT
// side".
var optionPartRE = regexp.MustCompile(`\bthe\s+[\w.+-]+\s+(?:part|side|half|bit|option|component)\b`)

// openSourceHints are in every asking sentence that asks whether a licence is open
// source (Question.OpenSource), or a proper one (properHints): a cheap test before
// reading it.
var (
	properHints     = []string{"proper", "legit", "real licen"}
	openSourceHints = append([]string{"open source", "open-source", "opensource", "osi", "free software", "foss", "libre"}, properHints...)
)

// onlyConsidered tells whether every mention of the licence id in text is one a project
// is only thinking of moving to ("the maintainers are thinking of moving to MIT. Does EPL
// 1.0 really stop a GPL project from using it?"): a plan, not the work the question is
// about.
func onlyConsidered(text, id string) bool {
	f := findLicenses(text)
	lower := strings.ToLower(text)
	i := slices.Index(f.ids, id)
	if i < 0 || len(lower) != len(text) {
		return false
	}
	for _, at := range f.mentions(i) {
		if at[0] < 0 || at[0] > len(lower) || !consideredMoveRE.MatchString(lower[max(0, at[0]-60):at[0]]) {
			return false
		}
	}
	return true
}

// consideredMoveRE: a move a project only weighs, just before the licence it would move
// to: "thinking of moving to", "are considering switching to".
var consideredMoveRE = regexp.MustCompile(`\b(?:thinking\s+(?:of|about)|considering|consider|weighing|discussing|debating|might|may|could)\s+(?:a\s+)?(?:mov(?:e|ing)|switch(?:ing)?|relicen[cs](?:e|ing)|chang(?:e|ing)|go(?:ing)?)\s+(?:it\s+|the\s+project\s+|the\s+licen[cs]e\s+)?(?:over\s+)?to\s+(?:the\s+|a\s+|an\s+)?$`)

// concernRE: the sentence that asks weighs a worry ("do we need to worry about its
// LGPL?", "is that a problem?"): whether the use the message gave is allowed, not what
// the licence means.
var concernRE = regexp.MustCompile(`\b(?:worry|worried|concern|concerned|problem|problems|issue|issues|trouble|risk|risky)\b`)

// termsWithin tells whether every licence term of some is among those of all.
func termsWithin(some, all []string) bool {
	var have []string
	for _, l := range all {
		t, _ := Terms(l)
		have = append(have, t...)
	}
	for _, l := range some {
		ts, _ := Terms(l)
		for _, t := range ts {
			if !slices.Contains(have, t) {
				return false
			}
		}
	}
	return true
}

// pointsBackRE: words of the asking sentence that point back to a licence the message
// named before it ("under the GPL with that exception"), or set the licence it names
// against the others ("as if it were BSD only", "are we stuck with MIT?"): its
// background is part of it.
var pointsBackRE = regexp.MustCompile(`\b(?:that|this|its|their|those|these)\s+(?:exception|exceptions|licen[cs]e|licen[cs]es|terms|one|ones|files?|parts?|bits|pieces|headers?|snippets?|functions?|modules?)\b|\b(?:is|are)\s+(?:it|the\s+[\w.-]+|[\w.-]+)\s+really\b|\bas\s+(?:if|though)\b|\b(?:stuck\s+with|bound\s+by|tied\s+to|still\s+be|stay|stays|remain|remains)\b|\b(?:use|using|ship|shipping|include|including|bundle|bundling|link|linking|embed|embedding|put|putting|copy|copying|paste|pasting|merge|merging|move|moving|add|adding|port|porting|pull|pulling|take|taking|integrate|integrating|vendor|vendoring|upstream|upstreaming|submit|submitting|contribute|contributing)\s+(?:it|them)\s+(?:in|into|inside|within|to|with|alongside|beside|next\s+to)\s+(?:our|my|an?|the|this|[\w.-]+)\b|^(?:but\s+|so\s+|and\s+)?(?:doesn'?t|does|would|wouldn'?t|won'?t|will|isn'?t|is|can'?t|can|could|couldn'?t)\s+(?:that|this)\b` +
	// "mousetrap is apache 2.0 with the llvm exception. can wordpress ship it?": what the
	// asking sentence takes in is what the message named before it.
	`|\b(?:ship|include|bundle|embed|vendor|redistribute|distribute|link|use)\s+(?:it|them)(?:\s+(?:now|still|anymore|again|too))?\s*[?.!]*\s*$`)

// partBeforeRE finds the part of a project a licence is said of, before it: "the code
// is MIT but the weights are", "its training data was released under".
var partBeforeRE = regexp.MustCompile(`\b(weights|model\s+weights|checkpoints?|data|datasets?|training\s+data|assets|art|artwork|images|icons|fonts|docs|documentation|sprites|textures|music|sounds|code|source|source\s+code)\s+(?:itself\s+|themselves\s+)?(?:is|are|was|were)\s+(?:(?:licen[cs]ed|released|published|available)\s+)?(?:under\s+)?(?:the\s+|an?\s+)?$`)

// codeOfRE finds the code of a project said to be under a licence: "the code for this
// weather model is".
var codeOfRE = regexp.MustCompile(`\b(?:code|source(?:\s+code)?)\s+(?:for|of)\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:is|are)\s+(?:(?:licen[cs]ed|released|published|available)\s+)?(?:under\s+)?(?:the\s+|an?\s+)?$`)

// partNames group the words for one part of a project.
var partNames = map[string]string{"weights": "weights", "model weights": "weights", "checkpoint": "weights", "checkpoints": "weights",
	"data": "data", "dataset": "data", "datasets": "data", "training data": "data", "assets": "assets", "art": "assets", "artwork": "assets", "images": "assets",
	"icons": "assets", "fonts": "assets", "sprites": "assets", "textures": "assets", "music": "assets", "sounds": "assets", "docs": "docs", "documentation": "docs",
	"code": "code", "source": "code", "source code": "code"}

// partWordsRE finds the parts a sentence speaks of.
var partWordsRE = regexp.MustCompile(`\b(weights|checkpoints?|data|datasets?|assets|art|artwork|images|icons|fonts|docs|documentation|sprites|textures|music|sounds|code|source)\b`)

// PartBesideCode is the part of a project, other than its code, that a message asks
// about when the only licence it gives is the code's ("open_clip code is mit, are the
// pretrained weights mit as well", "can we use the pretrained tsn init models from the
// repo in a commercial product? the code is bsd", "aaaaxy's code is apache 2.0 but what
// about the sprites?"): that part as the asking sentence names it, or "" for none.
func PartBesideCode(text string) string {
	lower := lowerASCII(text)
	if !strings.Contains(lower, "code") && !strings.Contains(lower, "source") {
		return ""
	}
	if likeTheCodeRE.MatchString(lower) {
		return "" // "the pretrained model, which like the code is CC BY-NC 4.0"
	}
	f := findLicenses(text)
	if len(f.ids) == 0 {
		return ""
	}
	for _, at := range f.at {
		// Every licence named is said of the code: one said of anything else may be the
		// other part's ("we'd use textures and music under CC BY-SA 3.0").
		if at[0] <= 0 || at[0] > len(lower) {
			return ""
		}
		before := lower[max(0, at[0]-60):at[0]]
		if m := partBeforeRE.FindStringSubmatch(before); (m == nil || partNames[strings.Join(strings.Fields(m[1]), " ")] != "code") && !codeOfRE.MatchString(before) {
			return ""
		}
	}
	return otherPartRE.FindString(strings.ToLower(cmp.Or(askingSentence(text), text)))
}

// likeTheCodeRE: a part said to be under the code's licence too.
var likeTheCodeRE = regexp.MustCompile(`\b(?:like|as\s+(?:is|are|does|do))\s+(?:the|its|their)\s+(?:source\s+)?code\b|\bsame\s+(?:licen[cs]e\s+)?as\s+(?:the|its|their)\s+(?:source\s+)?code\b`)

// otherPartRE: a part of a project that is not its code, as a question names it.
var otherPartRE = regexp.MustCompile(`\b(?:(?:pre-?trained|trained)\s+(?:[\w-]+\s+){0,2}?)?(?:weights|checkpoints?|models?)\b|\b(?:datasets?|training\s+data|assets|artwork|sprites|tilesets?|textures|music|sounds|icons|fonts)\b`)

// partAsked reads a question about one part of a project whose parts are under
// different licences ("the code is MIT but the weights are CC-BY-NC 4.0. can the
// weights go into our paid product?"): the question is about the licence of the part
// the sentence that asks names.
func partAsked(text string, q Question) (Question, bool) {
	if q.Kind != AskVerdict || !strings.Contains(q.Expression, " AND ") {
		return q, false
	}
	lower := lowerASCII(text)
	f := findLicenses(text)
	parts := map[string][]string{}
	for i, at := range f.at {
		if at[0] <= 0 || at[0] > len(lower) {
			continue
		}
		before := lower[max(0, at[0]-60):at[0]]
		if m := partBeforeRE.FindStringSubmatch(before); m != nil {
			p := partNames[strings.Join(strings.Fields(m[1]), " ")]
			parts[p] = append(parts[p], f.ids[i])
		} else if codeOfRE.MatchString(before) {
			parts["code"] = append(parts["code"], f.ids[i]) // "the code for this model is MIT"
		}
	}
	if len(parts) < 2 {
		return q, false
	}
	asked := askingSentence(text)
	if asked == "" {
		asked = text
	}
	named := map[string]bool{}
	for _, w := range partWordsRE.FindAllString(strings.ToLower(asked), -1) {
		if p := partNames[w]; parts[p] != nil {
			named[p] = true
		}
	}
	if len(named) != 1 {
		return q, false
	}
	for p := range named {
		ids := parts[p]
		if len(ids) == 0 {
			return q, false
		}
		var terms []string
		for _, id := range ids {
			if strings.Contains(id, " OR ") {
				id = "(" + id + ")"
			}
			terms = append(terms, id)
		}
		q.Expression, q.Licenses = strings.Join(terms, " AND "), ids
	}
	return q, true
}

// reverseRE: a new sentence or clause that turns to the reverse of the case just said
// ("MIT into GPL is fine. other way round — GPL code in an MIT app?", "… what about
// the reverse?"). "but not the other way round" is not one: it says the case both ways.
var reverseRE = regexp.MustCompile(`(?i)(?:^|[.?!;:—–]\s*|\s-+\s*|\bbut\s+|\band\s+|\bnow\s+)(?:(?:so\s+)?(?:what|how)\s+about\s+|and\s+)?(?:the\s+|going\s+the\s+)?(?:other\s+way\s+(?:round|around)|reverse(?:\s+case|\s+direction)?|opposite(?:\s+direction|\s+case)?)\b|(?:^|[.?!;]\s+|\bbut\s+)(?:what|how)\s+about\b|\b(?:want|need|mean|asking(?:\s+about)?|ask\s+about|curious\s+about)\s+the\s+(?:reverse|opposite|other\s+way\s+(?:round|around))\b`)

// reverseAsked reads a question that states one case as known and asks another after
// "other way round", "the reverse" or "what about": the case asked is the words after
// the turn when they name the licences again, else the stated case reversed. The
// stated case is never the answer.
func reverseAsked(text string, q Question, ok bool) (Question, bool) {
	locs := reverseRE.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return q, false
	}
	if turn := strings.ToLower(strings.TrimSpace(text[locs[len(locs)-1][0]:locs[len(locs)-1][1]])); strings.HasPrefix(strings.TrimLeft(turn, "?.!;:—–- "), "and") &&
		strings.Contains(text[:locs[len(locs)-1][0]+1], "?") {
		// "apache2 lib into our gplv3 app, fine? and the other way round": both asked; the
		// first stands, and the other direction is one click away.
		return q, false
	}
	at := locs[len(locs)-1][1]
	tail := strings.TrimLeft(text[at:], " \t—–-:,?")
	if len(findLicenses(tail).ids) >= 2 {
		s, sok := parseQuestion(tail)
		if sok && s.Kind == AskCompatibility && s.Reading == RolesSaid && len(s.Licenses) == 2 {
			if s.Use == "" {
				s.Use = q.Use
			}
			s.Proprietary = s.Proprietary || q.Proprietary
			return s, true
		}
		return q, false
	}
	turn := strings.ToLower(text[locs[len(locs)-1][0]:at])
	if len(findLicenses(tail).ids) > 0 || strings.Contains(turn, "what about") && !strings.Contains(turn, "other") && !strings.Contains(turn, "reverse") && !strings.Contains(turn, "opposite") {
		return q, false
	}
	if !ok || q.Kind != AskCompatibility || q.Reading != RolesSaid || len(q.Licenses) != 2 || q.Work != q.Licenses[1] || strings.Contains(q.Licenses[0], " ") {
		return q, false
	}
	q.Licenses = []string{q.Licenses[1], q.Licenses[0]}
	q.Work = q.Licenses[1]
	return q, true
}

// AskedOfOthers tells whether the sentence that asks is about what someone else must or
// may do ("Are they actually obliged to give it to us?"), not about the asker's own use.
func AskedOfOthers(text string) bool {
	return othersAskedRE.MatchString(strings.ToLower(askingSentence(text)))
}

// othersAskedRE: a question whose subject is someone else and what they owe: "are they
// obliged", "do they have to give", "does the vendor have to", also after a condition
// ("if server owners make private builds …, do they have to publish the source?"). "Can
// they stay in our package?" asks of things, not people.
var othersAskedRE = regexp.MustCompile(`^(?:(?:if|when|once)\s+[^?]{0,120}?,\s*)?(?:and\s+|so\s+|but\s+|then\s+)?(?:(?:are|is|were|was|aren'?t|isn'?t|weren'?t|wasn'?t|are\s+not|is\s+not)\s+(?:they|he|she)\s+(?:actually\s+|really\s+|legally\s+|even\s+)?(?:obliged|required|allowed|entitled|bound|violating|breaking|in\s+breach)|(?:do|does|did|must|should|would|don'?t|doesn'?t|didn'?t|shouldn'?t|mustn'?t)\s+(?:they|he|she)\s+(?:actually\s+|really\s+|legally\s+|even\s+)?(?:have\s+to|need\s+to|owe|give|provide|publish|release|share|hand)|(?:are|is|do|does|did|must|can|could|should|may|might|would|will|have|has|were|was)\s+(?:the\s+(?:company|companies|vendors?|authors?|maintainers?|developers?|devs?|site|operators?|sellers?|fork|forks)|that\s+(?:company|vendor|site|person|fork)))\b`)

// sentenceEndRE ends a sentence: a full stop, question or exclamation mark before a
// space or the end.
var sentenceEndRE = regexp.MustCompile(`[.?!]+(?:\s+|$)`)

// askingSentence is the last sentence of text that ends with a question mark; when none
// does (chat often drops it), the last sentence that opens as a question does ("Could
// our Apache-2.0 tool take in a file that is GPLv2 or later"); "" when none.
func askingSentence(text string) string {
	if m := thanksEndRE.FindStringIndex(text); m != nil && m[0] > 0 {
		// "… which way can code move between eupl 1.2 and gplv2 thanks!": the thanks
		// closes a sentence that opens as a question, as its question mark would.
		body := strings.TrimRight(text[:m[0]], " ,")
		final := body
		if ends := sentenceEndRE.FindAllStringIndex(body, -1); len(ends) > 0 {
			final = body[ends[len(ends)-1][1]:]
		}
		if i := strings.LastIndex(final, ": "); i >= 0 {
			final = final[i+2:] // "quick one: does it …"
		}
		if !strings.HasSuffix(body, "?") && plainQuestionRE.MatchString(strings.TrimSpace(final)) {
			text = body + "?"
		}
	}
	start, last, opened := 0, "", ""
	for _, loc := range sentenceEndRE.FindAllStringIndex(text+".", -1) {
		s := strings.TrimSpace(text[start:min(loc[1], len(text))])
		if strings.Contains(text[loc[0]:min(loc[1], len(text))], "?") {
			last = s
		} else if questionOpenerRE.MatchString(s) {
			opened = s
		} else if locs := clauseOpenerRE.FindAllStringIndex(s, -1); len(locs) > 0 {
			opened = s // "…, so could I base it on GPLv1": the sentence asks, as it would with its question mark
		}
		start = min(loc[1], len(text))
	}
	if last == "" {
		return opened
	}
	return last
}

// thanksEndRE: thanks typed where the question mark would be, at the end of a message.
var thanksEndRE = regexp.MustCompile(`(?i)\s*,?\s+(?:thanks|thank you|thx|ty|cheers|tia)(?:\s+(?:a lot|so much|in advance))?\s*[!.]*\s*$`)

// plainQuestionRE: a sentence that opens as a question, not as a follow-up ("and what
// if …").
var plainQuestionRE = regexp.MustCompile(`(?i)^(?:can|could|may|might|must|is|are|am|do|does|did|should|would|will|what|which|how|why|where|when)\b`)

// clauseOpenerRE finds a clause that asks, after a comma or a dash, inside a sentence.
// After a colon a question may open with any subject: "quick one: does every package …".
var clauseOpenerRE = regexp.MustCompile(`(?i)[,;:—–]\s+(?:so\s+|and\s+|but\s+)?(?:can|could|may|is|are|do|does|should|would|will|doesn'?t|don'?t|isn'?t|aren'?t|won'?t|wouldn'?t|can'?t|couldn'?t)\s+(?:i|we|you|it|they|this|that|the|a|an|our|my)\b|:\s+(?:can|could|may|is|are|do|does|should|would|will|isn'?t|doesn'?t|don'?t|aren'?t)\s+(?:every|each|any|all|some|one|plain|[\w-]+'s)\b`)

// namesAfter tells whether the text names a licence after the sentence that asks: "can
// we use lanterna in Apache HBase? lanterna is LGPL 3" says after the question what it
// is about.
func namesAfter(text, asked string) bool {
	i := strings.LastIndex(text, asked)
	if i < 0 {
		return false
	}
	rest := text[i+len(asked):]
	return strings.TrimSpace(rest) != "" && len(findLicenses(rest).ids) > 0
}

// followBothRE: a question whether every licence named must be met: "do we have to
// follow both", "does each apply", "both or what".
var followBothRE = regexp.MustCompile(`\b(?:(?:have|need|got)\s+to|must|should)\s+(?:follow|comply\s+with|obey|honou?r|respect|meet|satisfy|abide\s+by)\s+(?:both|all|each|every)\b|\b(?:do|does)\s+(?:both|each|all|every\s+one)\s+(?:of\s+them\s+)?apply\b|\bboth\s+or\s+(?:what|not|only\s+one|just\s+one|one)\b|\b(?:both|each)\s+(?:at\s+once|together)\s*\?`)

// toolShippedBeforeRE: what comes before a tool the asker hands out itself: "we publish
// prebuilt", "i'd like to bundle the" (not "if debian shipped").
var toolShippedBeforeRE = regexp.MustCompile(`\b(?:we|i|we'?re|i'?m|we'?d|i'?d|we'?ll|to)\s+(?:(?:also|just|now|already|would|want|like|plan|need|to|then|still|are|am)\s+){0,3}(?:publish|ship|redistribut|distribut|bundl|provid|offer|host|sell)\w*\s+(?:(?:our|the|a|prebuilt|pre-built|binary|own|patched|custom|modified|portable)\s+)*$`)

// otherSourceSaysRE: a second place set against the first, "but the project website
// says": two reports that disagree, not one work's two licences.
var otherSourceSaysRE = regexp.MustCompile(`\bbut\s+(?:the\s+|their\s+|its\s+)?(?:[\w.-]+\s+){0,2}?(?:website|site|page|readme|docs|documentation|licen[cs]e\s+file|header|repo|repository|manifest|card|listing|package\.json|setup\.py|pom|metadata|wiki)\s+(?:says?|lists?|states?|shows?|claims?)\b`)

// twoSubjectsRE: two things each said to be under a licence, "fftw.jl is mit and fftw
// is gpl".
var twoSubjectsRE = regexp.MustCompile(`\b([\w.+-]+)\s+(?:is|are)\s+[^.?!]{0,40}?\b(?:and|but|while|whereas)\s+([\w.+-]+)\s+(?:is|are|itself\s+is)\b`)

// twoSubjectsSaid tells whether the text says two different things are each under a
// licence.
func twoSubjectsSaid(lower string) bool {
	for _, m := range twoSubjectsRE.FindAllStringSubmatch(lower, -1) {
		if m[1] != m[2] && !slices.Contains([]string{"it", "that", "this", "which", "there", "what"}, m[2]) {
			return true
		}
	}
	return false
}

// joinSaidRE: words that say how licences named together join: a choice ("dual
// licensed", "either", "whichever", "alternatively") or both at once ("under both").
var joinSaidRE = regexp.MustCompile(`\b(?:dual[- ]?licen[cs]\w*|either|whichever|alternatively|at\s+your\s+(?:option|choice)|under\s+both)\b`)

// bothOrOneRE: a question whether licences given together are all required or a choice.
var bothOrOneRE = regexp.MustCompile(`(?i)\bwhich\s+(?:one|licen[cs]e|of\s+(?:them|the\s+two|these))\s+(?:applies|apply|counts|governs|holds|is\s+binding|do\s+(?:i|we)\s+(?:follow|use|get))\b|\bboth\s+or\s+(?:just\s+)?(?:pick|choose|one|either)\b|\b(?:pick|choose)\s+one\s+or\s+(?:\w+\s+)?(?:both|all)\b|\band\s+or\s+or\b|\bboth\s+apply\b|\b(?:drop|remove|strip|keep\s+only|use\s+only|go\s+with\s+only)\s+one\s+of\s+(?:the\s+|its\s+|their\s+)?(?:two\s+|both\s+)?(?:licen[cs]es|options)\b`)

// questionOpenerRE finds a sentence that opens as a question.
var questionOpenerRE = regexp.MustCompile(`(?i)^(?:so\s+|and\s+|but\s+)?(?:can|could|may|might|must|is|are|am|do|does|did|should|would|will|what|which|how|why|where|when|any|(?:doesn|don|didn|isn|aren|wasn|won|wouldn|shouldn|can|couldn|hasn|haven)['’]?t|(?:has|have|had)\s+(?:i|we|you|it|they|this|that|the|a|an|anyone|anybody|someone|somebody)\b)\b`)

// parseQuestion reads text as one question, all of its sentences together.
func parseQuestion(text string) (q Question, ok bool) {
	text = maskModulePaths(text)
	text = maskMITZero(text)
	f := withoutLicenceVerbs(text, findLicenses(text))
	// The positions findLicenses gives hold in lower. A version's dot ("GPL-3.0") is no
	// sentence's end for the rules below, so it is masked (same length).
	lower := versionDotRE.ReplaceAllString(lowerASCII(text), "${1}_${2}")
	if tools := slices.IndexFunc(f.projects, func(p *Project) bool { return p != nil && p.Tool }); tools >= 0 &&
		slices.ContainsFunc(f.projects, func(p *Project) bool { return p == nil || !p.Tool }) && shipsRE.MatchString(lower) && !toolAPIRE.MatchString(lower) {
		// "we build with GCC and ship the binary statically linked to libstdc++": the
		// compiler is used, what ships is the runtime; the question is about that. A tool
		// that is itself what ships ("We publish prebuilt GCC/MinGW-w64 toolchains") stays.
		f = f.withoutTools(lower, func(i int) bool {
			return f.projects[i] != nil && f.projects[i].Tool && !saidJustAfter(lower, f.at[i], toolShippedBeforeRE, 40)
		})
	}
	if len(f.ids) > 1 && slices.ContainsFunc(f.projects, func(p *Project) bool { return p == nil || !p.Tool }) {
		// "my library pulls in iglistkit (bsd) via cocoapods": a tool the code comes in
		// through is how it is fetched or built, not code taken in.
		f = f.withoutTools(lower, func(i int) bool {
			p, at := f.projects[i], f.at[i]
			return p != nil && p.Tool && at[0] > 0 && at[0] <= len(lower) && toolMeansRE.MatchString(lower[max(0, at[0]-12):at[0]])
		})
	}
	if len(f.ids) > 1 && slices.ContainsFunc(f.projects, func(p *Project) bool { return p == nil || !p.Platform }) {
		// "closed-source go binary, one dep turns out to be GPL-2.0": the question is
		// about the dependency; the runtime every Go binary carries is not asked about.
		f = f.without(func(i int) bool { return f.projects[i] != nil && f.projects[i].Platform })
	}
	if len(f.ids) > 1 {
		// "The backend runs on Apache Kafka and FreeBSD servers. … the library is GPL":
		// a project said only as part of the setting, in a sentence that takes nothing in
		// and names no licence, is not what the question asks about.
		if bg := backgroundProjects(lower, f); len(bg) > 0 && len(bg) < len(f.ids) {
			f = f.without(func(i int) bool { return bg[i] })
		}
	}
	if len(f.ids) > 0 && slices.ContainsFunc(f.projects, func(p *Project) bool { return p != nil }) {
		// "can we use fairy-stockfish in our closed-source react app?": a project named
		// as the kind of the asker's work is what the work is built with, not what the
		// question asks about, when the message asks about something else too.
		if kind := workKindProjects(lower, f); len(kind) > 0 {
			if len(kind) < len(f.ids) {
				f = f.without(func(i int) bool { return kind[i] })
			} else if name, ok := ProjectUsed(text); ok && !slices.ContainsFunc(f.at, func(at [2]int) bool {
				return at[1] >= 0 && at[1] <= len(lower) && strings.Contains(strings.ToLower(name), lower[at[0]:at[1]])
			}) {
				f = f.without(func(i int) bool { return kind[i] })
			}
		}
	}
	if len(f.ids) > 0 && AsksAboutNoLicense(lower) && slices.ContainsFunc(f.projects, func(p *Project) bool { return p != nil }) {
		// "found a grafana dashboard json on github with no licence file. can we use and
		// tweak it?": the project names what the thing is made for; the thing itself has
		// no licence, which is the answer.
		if host := hostOfThingProjects(lower, f); len(host) == len(f.ids) {
			f = f.without(func(i int) bool { return host[i] })
		}
	}
	if len(f.ids) > 0 && strings.Contains(lower, "licen") && licenceOfAskRE.MatchString(lower) {
		// "what's the licence on ksw2? hoping for bsd or mit": the licences hoped for are
		// no answer to what the project is under; with none other named, the question
		// names a project the bot does not know.
		f = f.withoutSaidOnlyAfter(lower, wishedBeforeRE)
	}
	var movedTo []string
	forked := false
	if len(f.ids) > 0 && strings.Contains(lower, "fork") && forkAskRE.MatchString(lower) {
		// "we forked digital logic sim back when it was mit. the author just changed the
		// upstream licence for 1.0. what licence is our fork under now?": the licence the
		// fork was taken under is its own; the project's newer ones are what it moved to.
		takenUnder := func(i int) bool { return saidJustAfter(lower, f.at[i], forkTakenWhenRE, 48) }
		if kept := f.without(func(i int) bool { return !takenUnder(i) }); len(kept.ids) == 1 {
			for i, id := range f.ids {
				if !takenUnder(i) && id != kept.ids[0] {
					movedTo = append(movedTo, id)
				}
			}
			f, forked = kept, true
		}
	}
	stillAfterMove := false
	if len(f.ids) == 2 && !forked && strings.Contains(lower, "still") {
		// "lightbend put akka under the bsl. is akka.js still apache 2 or does it pick
		// that up?", "akka is going bsl. is 2.6.20 still apache 2.0?": a release, port or
		// fork asked whether it keeps the licence the project has left.
		// Where each licence is said after re: its first mention, or one said again.
		saidAfter := func(i int, re *regexp.Regexp) int {
			if saidJustAfter(lower, f.at[i], re, 48) {
				return f.at[i][0]
			}
			for _, m := range f.again[i] {
				if saidJustAfter(lower, m.at, re, 48) {
					return m.at[0]
				}
			}
			return -1
		}
		for i := range 2 {
			j := 1 - i
			if moved, still := saidAfter(i, movedToBeforeRE), saidAfter(j, stillUnderBeforeRE); moved >= 0 && still > moved && saidAfter(i, stillUnderBeforeRE) < 0 && saidAfter(j, movedToBeforeRE) < 0 {
				movedTo = []string{f.ids[i]}
				f, stillAfterMove = f.without(func(k int) bool { return k == i }), true
				break
			}
		}
	}
	var former []string
	if len(f.ids) > 0 && !forked && (nowAskRE.MatchString(lower) || len(f.ids) > 1 && nowSaidRE.MatchString(lower) && (licenceOfAskRE.MatchString(lower) || whichOneRE.MatchString(lower) || complianceAskRE.MatchString(askingSentence(lower)))) {
		// "networker used to be gplv3 - what licence is it now?", "miniz used to say
		// unlicense, now the repo says mit. which licence is it": a licence said to be the
		// past is no answer to what the project is under now; with none other named, the
		// question names a project the bot does not know.
		now := f.withoutSaidOnlyAfter(lower, pastBeforeRE)
		for _, id := range f.ids {
			if !slices.Contains(now.ids, id) {
				former = append(former, id)
			}
		}
		f = now
	}
	if len(f.ids) == 1 && !forked && len(former) == 0 && strings.Contains(lower, "from") {
		// "The shell-completion generator we use just moved from Apache to a copyleft
		// licence": the licence it left, with the new one unnamed, is not what it is under
		// now.
		if m := movedToUnnamedRE.FindStringSubmatch(lower); m != nil && slices.Contains(FindLicenses(m[1]), f.ids[0]) {
			former, f = f.ids, found{}
		}
	}
	if len(f.ids) > 1 {
		// "can we still take grafana 7.5.x updates without ending up on agpl?": a licence
		// the asker wants to keep clear of is no licence of what the question is about.
		if kept := f.withoutSaidOnlyAfter(lower, avoidedBeforeRE); len(kept.ids) > 0 && len(kept.ids) < len(f.ids) {
			f = kept
		}
	}
	if len(f.ids) > 1 {
		// "Elasticsearch 7.10 (the last Apache 2.0 version) … Newer versions are under
		// SSPL/Elastic License": the licences of versions not asked about are history.
		if old := saidOfOtherVersions(lower, f); len(old) > 0 && len(old) < len(f.ids) {
			f = f.without(func(i int) bool { return old[i] })
		}
	}
	q.Licenses, q.Assumed, q.Supposed, q.claims = f.ids, f.notes, f.supposed, f.claims
	if len(former) == 0 && len(f.ids) == 1 && len(f.left) > 0 && stillAskedRE.MatchString(lower) {
		// "hierspeech++ went from mit to cc-by-nc-sa. can we still use it commercially?":
		// the licence the project left is what copies taken before the move keep.
		former = f.left
	}
	if len(f.ids) > 0 {
		q.Former = former
		q.Forked, q.Later, q.StillAfterMove = forked, movedTo, stillAfterMove
	}
	q.Topic = topicOf(lower, len(f.ids) > 0)
	if len(f.ids) == 0 && len(former) > 0 && nowAskRE.MatchString(lower) {
		// "vissl used to be cc-by-nc 4.0 — what's it under now?": the words of a licence
		// left behind say nothing of the topic; what it is under now is asked.
		q.Topic = ""
	}
	// "any chance of bsd instead? we'd like it in our app store app": the maintainers are
	// asked to move their project; the answer offers the verdict on it as it is.
	q.RelicenseAsked = q.Topic == "choose" && len(f.ids) > 0 && maintainersChoiceRE.MatchString(lower)
	if q.RelicenseAsked {
		// "any chance of a bsd or apache licence instead of gnu?": the licences asked for
		// in the request are proposals too; is anything else named?
		asked := maintainersChoiceRE.FindAllStringIndex(lower, -1)
		q.ProposedOnly = !slices.ContainsFunc(f.unproposed, func(pos int) bool {
			return !slices.ContainsFunc(asked, func(m []int) bool { return pos >= m[0] && pos < m[1] })
		})
	}
	q.Generated = containsAny(lower, generatedHints) && generatedRE.MatchString(lower)
	// A Creative Commons licence weighed for one's project ("we put our js project under
	// cc by-sa. someone says switch to gpl") gets what those licences are meant for too.
	q.NonCode = q.Topic == "choose" && (nonCodeRE.MatchString(lower) || namesCreativeCommonsBY(f.ids))
	q.Maintainer = q.Topic == "cla" && (maintainerAgreementRE.MatchString(lower) || ownDualLicenceRE.MatchString(lower)) || q.Topic == "noncommercial" && len(f.ids) == 0 && authorPaidRE.MatchString(lower)
	if q.Topic == "orlater" && len(f.ids) > 0 && spdxAskRE.MatchString(lower) {
		q.Topic = "" // "libcap says "bsd or gpl v2" with no "or later": which spdx expression?"
	}
	if q.Topic == "" && len(f.ids) == 1 && (strings.Contains(lower, "under") || strings.Contains(lower, " as ")) && ownReleaseUnderRE.MatchString(lower) {
		// "can we release our code under the gpl?": one licence, for the asker's own work,
		// is a licence to choose; with a second licence named ("… under MIT if it uses a
		// GPL library?") it is what the other allows.
		q.Topic = "choose"
		// A Creative Commons licence weighed for it ("we're putting our docs site under cc
		// by-sa") gets what those licences are meant for too.
		q.NonCode = q.NonCode || namesCreativeCommonsBY(f.ids)
	}
	if q.Topic == "permissive" && strings.Contains(lower, "viral") && !strings.Contains(lower, "permissive") && viralOfCopyleftRE.MatchString(lower) && !viralOfPermissiveRE.MatchString(lower) {
		// "We're an Apache Jakarta project … LGPL isn't viral if you only link, so can we
		// import its classes?": a copyleft licence said (not) to be viral, not whether a
		// permissive one is.
		q.Topic = ""
	}
	if q.Topic == "selling" && slices.ContainsFunc(f.ids, nonCommercialLicence) {
		// "does cc by-nc let us sell it?": terms that forbid it, not an open licence's sale.
		q.Topic = "noncommercial"
	}
	if (q.Topic == "" || q.Topic == "noncommercial" || q.Topic == "selling") && containsAny(lower, []string{"comm", "sell", "sale", "sold", " only"}) && termsBesideAsked(lower, f.ids) {
		// "can a library be gpl but only for non-commercial use?": terms beside an
		// open source licence that it does not allow.
		q.Topic, q.TermsBeside = "noncommercial", true
	}
	if q.Topic == "" && slices.ContainsFunc(f.ids, nonCommercialLicence) && (nonCommercialAskedRE.MatchString(askingSentence(lower)) || stillWithEarningsRE.MatchString(lower)) {
		// "our game is cc by-nc. someone says that keeps it out of linux distros, is that
		// true?", "can i still accept donations for the addon?": what the non-commercial
		// terms mean for the work, not a use of it.
		q.Topic = "noncommercial"
	}
	if q.Topic == "choose" && len(f.ids) > 0 && sourceAsComplianceRE.MatchString(lower) && productHandedOutRE.MatchString(lower) {
		// "I'm planning to sell an ESP8266-based gadget … I'd publish my full source on
		// GitHub … NeoPixelBus is LGPL. Is that OK?": the source published is how the
		// product would meet the licence of what it uses, not a licence chosen.
		q.Topic = ""
	}
	if q.Topic == "" && licenceWeighed(lower, f) {
		// "should we use cc-by so people have to cite us, or cc0?", "mit ok as the
		// licence?": a licence named as the one to put on something, not code's licence.
		q.Topic = "choose"
	}
	if q.Topic == "" {
		// A question that names licences is about a CLA, or an employer's claim, when it
		// uses their own words and no topic's sentence rules read it as another.
		if t := topicByWord(lower); len(f.ids) == 0 || t == "cla" || t == "employer" && employerWordRE.MatchString(lower) {
			q.Topic = t
		}
	}
	toolShipped := false // "We publish prebuilt GCC toolchains": the tool is what goes out
	for i, p := range f.projects {
		if p == nil {
			continue
		}
		said := f.said[i]
		if said == "" {
			said = p.Name()
		}
		q.Projects = append(q.Projects, ProjectReading{Said: said, License: f.ids[i], Project: p, How: f.how[i]})
		if p.Tool {
			q.Tool = p
			toolShipped = toolShipped || saidJustAfter(lower, f.at[i], toolShippedBeforeRE, 40)
		}
	}
	if len(q.Licenses) == 0 {
		q.Unknown = unknownLicenses(text)
		return q, false
	}
	q.Kind = AskVerdict
	// A written SPDX expression is taken as it is. But in "is MPL-2.0 the same as
	// LGPL-3.0-only WITH LGPL-3.0-linking-exception?", one licence with its exception,
	// written as SPDX writes it in either case, is one side of a comparison (found with its
	// exception), not the whole question.
	compared := len(f.ids) > 1 && asksDifference(lower)
	for _, m := range exprRE.FindAllString(text, -1) {
		if m = balance(m); m == "" {
			continue
		}
		if !strings.Contains(m, " OR ") && !strings.Contains(m, " AND ") && compared {
			break // one licence with its exception, of those compared (below)
		}
		if _, err := ExtractLicenses(m); err == nil {
			q.Expression = m
			q.Assumed = nil // the expression is used as written
			q.Expression, q.Assumed = retiredGNUIDs(m)
			break
		}
	}
	if q.Expression == "" && strings.ContainsAny(text, "\"'`“‘") {
		// A quoted expression typed in lower case ("licensed as "mit or apache-2.0""): the
		// quotes say it is the project's stated expression, whatever the case.
		for _, m := range quotedRE.FindAllStringSubmatch(text, -1) {
			e := strings.TrimSpace(m[1])
			if !lowerOperatorRE.MatchString(e) {
				continue
			}
			e = lowerOperatorRE.ReplaceAllStringFunc(e, strings.ToUpper)
			if exprRE.FindString(e) == e {
				if _, err := ExtractLicenses(e); err == nil {
					q.Expression, q.Assumed = retiredGNUIDs(CanonicalExpression(e))
					break
				}
			}
		}
	}
	if q.Expression == "" && !compared && strings.Contains(lower, " with ") && strings.Contains(lower, "exception") {
		// "comes out as gpl-3.0-or-later with font-exception-2.0": an SPDX ID and an
		// exception's, typed in lower case, are the expression as written.
		for _, m := range lowerWithRE.FindAllString(text, -1) {
			e := lowerOperatorRE.ReplaceAllStringFunc(m, strings.ToUpper)
			id, exception, _ := strings.Cut(e, " WITH ")
			if _, err := ExtractLicenses(id); err != nil {
				// "gpl3-or-later with font-exception-2.0": a loose name of one licence.
				if g := findLicenses(id); len(g.ids) == 1 && !strings.Contains(g.ids[0], " ") {
					e = g.ids[0] + " WITH " + exception
				}
			}
			if _, err := ExtractLicenses(e); err == nil {
				q.Expression, q.Assumed = retiredGNUIDs(CanonicalExpression(e))
				break
			}
		}
	}
	// The words around the licences, without them ("Server Side Public License" says
	// nothing of a server), read once.
	n := " " + norm(blankSpans(text, useWordsKept(text, f))) + " "
	if q.Proprietary = containsAny(lower, proprietaryHints) && proprietaryRE.MatchString(lower); q.Proprietary && strings.Contains(lower, "free") {
		// Read again without a licence said to be non-free ("is the CDDL a non-free
		// licence?"), only where one may be.
		q.Proprietary = proprietaryRE.MatchString(nonFreeStatusRE.ReplaceAllString(lower, " "))
	}
	q.Difference = len(f.ids) >= 2 && containsAny(lower, []string{"differ", "vs", "versus", "interchangeab", "both mean", "compar", "same", "basically", "equivalent", "identical", "similar", "essentially", "more or less", "just", "between", "add", "offer", "lose", "gain", "give", "buy", "doesn", "does not", "lacks", "tell", "distinguish", "beyond", "on top of", "more than", "instead of", "rather than"}) && asksDifference(lower) && !anyWord(n, []string{"compatible", "compatibility", "into", "combine", "combined", "mix", "mixed", "together"}) &&
		!whichWayRE.MatchString(lower) // "apache 2.0 vs gplv2, which way works": the direction, not the difference
	written := q.Expression != "" && (strings.Contains(q.Expression, " OR ") || strings.Contains(q.Expression, " AND "))
	// Every option of one project's choice named ("osquery … the LICENSE file (Apache 2.0)
	// and the COPYING file (GPLv2)") is that choice, as if written so.
	written = written || f.choice && len(f.ids) == 2
	// "X code compiled into our closed app: does the whole app become X?" asks what
	// the licence asks of the closed work, not whether X goes into X.
	becomes := (q.Proprietary || ourOwnRE.MatchString(lower)) && becomesRE.MatchString(lower)
	if len(q.Licenses) == 1 && f.twice && !written && !becomes && !noticeAskRE.MatchString(lower) && !meaningRE.MatchString(lower) && (anyWord(n, []string{"compatible", "compatibility", "relicense", "go in"}) ||
		anyWord(n, []string{"into a", "into our", "into my"}) && slices.ContainsFunc(f.again[0], func(m mention) bool { return m.at[0] > 0 && m.at[0] <= len(lower) && intoBefore(lower, m.at[0]) }) ||
		sameTwiceRE.MatchString(strings.ToLower(text))) {
		// "… into a GPL project": the licence is where the code goes, said again of it;
		// "clone it into a public repo because it's agplv3" is not.
		q.Kind, q.Licenses = AskCompatibility, []string{q.Licenses[0], q.Licenses[0]} // the matrix says "Same"
	}
	// Who is who: the licence of the asker's own work (what code goes into) and the
	// licences of the code taken in, from the words around each.
	var roles []role
	result := -1
	if len(f.ids) >= 2 && !written {
		roles, result = readRoles(lower, f)
	}
	var work, incoming, unsaid []int
	for i, r := range roles {
		switch r {
		case roleWork:
			work = append(work, i)
		case roleIncoming:
			incoming = append(incoming, i)
		default:
			unsaid = append(unsaid, i)
		}
	}
	if len(work) == 2 {
		// "GPL2+ … if the result is treated as GPL3": the later version is how the
		// or-later work is taken, one work licence, not two.
		a, b := f.ids[work[0]], f.ids[work[1]]
		switch {
		case slices.Contains(laterVersions(a), b) || sameVersion(a, b):
			work = work[:1]
		case slices.Contains(laterVersions(b), a):
			work = work[1:]
		}
	}
	if len(work) == 2 && slices.Contains(work, result) {
		// "vlc-tools is MIT and bundles libfoo … if the result is released as LGPL 3":
		// the whole is what the result is said to be; the other goes into it.
		other := work[0]
		if other == result {
			other = work[1]
		}
		incoming, work = append(incoming, other), []int{result}
		slices.Sort(incoming)
	}
	if len(work) == 2 && relicenseRE.MatchString(lower) {
		// "relicense my MIT project as Apache-2.0": the one it becomes is the work's.
		incoming, work = append(incoming, work[0]), work[1:]
	}
	if len(f.ids) == 2 && (len(work) == 0 || len(work) == 1 && work[0] == 0) {
		// "Our small repo is GPLv2 … We'd like it to be Apache 2.0", "scummc is gpl2 or
		// later, can my hard fork just go gpl3": the licence the work is to become is the
		// work's, and the code already under the other goes into it.
		if at := f.at[1][0]; at > 0 && at <= len(lower) && (becomeToByAsker(lower[max(0, at-70):at]) ||
			// "my mod is gpl-3.0. people say i should use lgpl-3.0. switch?": the licence the
			// asker is told to put their work under, not code under it ("… an lgpl library").
			shouldUseRE.MatchString(lower[max(0, at-40):at]) && f.at[1][1] <= len(lower) && !codeAfterRE.MatchString(lower[f.at[1][1]:])) {
			incoming, work, unsaid = []int{0}, []int{1}, nil
		}
	}
	// Code taken into a project, unless what is taken in is only a licence's text.
	takesIn := anyWord(n, takeInWords) && (!includeTextRE.MatchString(lower) || anyWord(" "+norm(includeTextRE.ReplaceAllString(lower, " "))+" ", takeInWords))
	compat := anyWord(n, compatWords) || takesIn && anyWord(n, projectWords) &&
		// "we vendor mbedtls … every header says Apache-2.0 OR GPL-2.0-or-later": code
		// under a choice of two licences is taken in, not one licence into the other.
		!(len(f.ids) == 2 && strings.Contains(plainExpression(f, n), " OR "))
	// "remix a cc by-sa cookbook with cc by-nc material into one handbook": into one
	// whole is combining, not one going into the other.
	combine := anyWord(n, combineWords) && (!anyWord(n, []string{"into"}) || intoOneRE.MatchString(n)) || len(f.ids) == 2 && f.joins[1] == "+" ||
		strings.Contains(n, "remix") && remixWithRE.MatchString(n)
	// oneChoiceIn tells that what is taken in is one choice of licences ("it vendors packaging
	// (apache-2.0 or bsd-2-clause)"), one licence going into the work, not several.
	oneChoiceIn := func() bool {
		in := slices.Concat(incoming, unsaid)
		slices.Sort(in)
		j := joinIDs(f, in, n)
		return strings.Contains(j, " OR ") && !strings.Contains(j, " AND ")
	}
	switch {
	case !written && !q.Difference && movedFromTo(lower, f):
		// "could webtrees relicense from gpl to mit or apache?": the code is under the
		// licence it moves from, and goes under the one it moves to, or one of those.
		to := make([]int, len(f.ids)-1)
		for i := range to {
			to[i] = i + 1
		}
		q.Kind, q.Reading = AskCompatibility, RolesSaid
		q.Work = joinIDs(f, to, n)
		q.Licenses = []string{f.ids[0], q.Work}
	case written && !q.Difference && len(f.ids) > 1:
		// A written expression and one more licence, the work's ("can this project,
		// licensed "MIT OR Apache-2.0", go in a GPL-2.0-only module?"): the expression is
		// the code taken in.
		terms, _ := Terms(q.Expression)
		var outside []int
		for i, id := range f.ids {
			if !slices.Contains(terms, id) {
				outside = append(outside, i)
			}
		}
		if len(outside) != 1 {
			break
		}
		rs, _ := readRoles(lower, f)
		if o := outside[0]; rs[o] == roleWork || f.at[o][0] >= 0 && f.at[o][0] <= len(lower) && intoRE.MatchString(lower[max(0, f.at[o][0]-30):f.at[o][0]]) {
			q.Kind, q.Reading = AskCompatibility, RolesSaid
			q.Licenses = []string{CanonicalExpression(q.Expression), f.ids[o]}
			q.Work = f.ids[o]
		}
	case q.Difference || written || len(f.ids) < 2:
	case len(f.ids) == 2 && (bothWaysRE.MatchString(lower) || strings.Contains(lower, "between") && moveBetweenRE.MatchString(askingSentence(lower))):
		// "can GPLv2-only and GPLv3 code be combined in one direction or the other?":
		// both directions are asked, whatever the message says of whose code is whose.
		q.Kind, q.Reading, q.BothWays = AskCompatibility, RolesAmbiguous, true
	case len(f.ids) == 2 && !combine && !q.Proprietary && partsUnderSecond(lower, f):
		// "rpicam-apps is bsd but core/dma_heaps.h/.cpp say lgpl-2.1. so i cant use repo
		// as bsd??": files said to be under the second licence are part of the thing
		// under the first, whatever the asker would use the whole as.
		q.Kind, q.Reading = AskCompatibility, RolesSaid
		q.Licenses = []string{f.ids[1], f.ids[0]}
		q.Work = f.ids[0]
	case len(work) == 1 && (len(f.ids) >= 3 && len(incoming)+len(unsaid) >= 2 && !oneChoiceIn() && (keepLicenceRE.MatchString(lower) || workNeedsRE.MatchString(askingSentence(lower))) ||
		len(f.ids) == 2 && len(incoming)+len(unsaid) == 1 && workNeedsRE.MatchString(askingSentence(lower))):
		// "our package is MIT and depends on BSD-2, BSD-3 and Apache 2; can it stay
		// MIT?": whether the whole may keep the work's licence, given all it takes in.
		q.Kind = AskCombination
		q.Work = f.ids[work[0]]
	case len(work) == 1 && len(f.ids) >= 2 && len(incoming)+len(unsaid) > 0:
		in := slices.Concat(incoming, unsaid)
		slices.Sort(in)
		q.Kind, q.Reading = AskCompatibility, RolesSaid
		q.Licenses = []string{joinIDs(f, in, n), f.ids[work[0]]}
		q.Work = f.ids[work[0]]
	case len(work) == 2 && work[1] == work[0]+1 && sameNounPhrase[strings.TrimSpace(f.joins[work[1]])] && len(incoming)+len(unsaid) > 0 &&
		strings.Contains(joinIDs(f, work, n), " OR "):
		// "Our Rust node is MIT/Apache dual-licensed, but an icon we embed is CC-BY-SA
		// 3.0": the work's licence is the choice named as one, the rest goes into it.
		in := slices.Concat(incoming, unsaid)
		slices.Sort(in)
		w := joinIDs(f, work, n)
		q.Kind, q.Reading = AskCompatibility, RolesSaid
		q.Licenses = []string{joinIDs(f, in, n), w}
		q.Work = w
	case len(work) > 1 && len(work) < len(f.ids) || len(work) == 2 && !sameNounPhrase[strings.TrimSpace(f.joins[work[1]])]:
		// Two licences each said to be the work's: the question can be read either way.
		q.Kind, q.Reading = AskCompatibility, RolesAmbiguous
		q.Licenses = []string{f.ids[work[0]], f.ids[work[1]]}
	case len(f.ids) == 2 && len(incoming) == 1 && len(unsaid) == 1 && !combine && (compat || intoBefore(lower, f.at[unsaid[0]][0]) ||
		unsaid[0] < incoming[0] && !q.Proprietary && saidOfSubject(lower, f.at[unsaid[0]][0]) && !whatUnderRE.MatchString(lower) || loneIncoming(lower, f, q, n, incoming[0], unsaid[0])):
		// "mongoose is gplv2 but some of its source has apache-2.0 headers": a thing said
		// to be under one licence, and code under the other taken in, is that thing's.
		// One is said to be the code taken in; the other, then, is the work's.
		q.Kind, q.Reading = AskCompatibility, RolesSaid
		q.Licenses = []string{f.ids[incoming[0]], f.ids[unsaid[0]]}
		q.Work = f.ids[unsaid[0]]
	case len(f.ids) == 3 && len(incoming) == 1 && len(unsaid) == 2 && unsaid[1] == unsaid[0]+1 && unsaid[0] < incoming[0] && !combine && !q.Proprietary &&
		strings.Contains(joinIDs(f, unsaid, n), " OR ") && saidOfSubject(lower, f.at[unsaid[0]][0]) && !whatUnderRE.MatchString(lower):
		// "spreadsheet-ods is mit/apache but depends on mktemp which is mpl": a thing said
		// to be under a choice of licences, and code under another taken in, is that
		// thing's, as with one licence above.
		w := joinIDs(f, unsaid, n)
		q.Kind, q.Reading = AskCompatibility, RolesSaid
		q.Licenses = []string{f.ids[incoming[0]], w}
		q.Work = w
	case len(work) == 0 && len(f.ids) >= 2 && (len(unsaid) == 0 || !strings.Contains(plainExpression(f, n), " OR ")) && wholeLicenceRE.MatchString(lower):
		// No licence named is the work's, they are not offered as a choice, and the
		// question asks what licence the whole may have: a combination.
		q.Kind = AskCombination
	case len(f.ids) == 2 && len(work) == 0 && intoJoinRE.MatchString(f.joins[1]) && roles[1] != roleIncoming:
		// "GPLv2+ into GPLv3?", "Apache v2 in a GPLv2 app": the second is where the first goes.
		q.Kind, q.Reading = AskCompatibility, RolesSaid
		q.Licenses = []string{f.ids[0], f.ids[1]}
		q.Work = f.ids[1]
	case len(f.ids) == 2 && len(work) == 0 && len(incoming) != 1 && eitherWayRE.MatchString(lower):
		// "which way can code go", "X code into Y code but not the other way round": both
		// are code that moves, neither is said to be the work, so both readings are offered.
		q.Kind, q.Reading = AskCompatibility, RolesAmbiguous
	case len(f.ids) == 2 && (len(unsaid) == 2 || len(incoming) == 2) && !combine && !q.Proprietary && shipsSecondIn(lower, f) && !whatUnderRE.MatchString(lower):
		// "LK8000 is GPLv2 and the Android build ships okio and zxing, both Apache 2.0",
		// "a gpl'd tool that links libssl": a thing said to be under one licence, and said
		// after it to take in code under the other, is where that code goes.
		q.Kind, q.Reading = AskCompatibility, RolesSaid
		q.Licenses = []string{f.ids[1], f.ids[0]}
		q.Work = f.ids[0]
	case (compat || combine) && !q.Proprietary:
		q.Kind = AskCompatibility
		if combine || len(f.ids) > 2 {
			// Combining has no direction, and three licences have no one pair to look up:
			// the answer says under which of them the whole may go.
			q.Kind = AskCombination
		} else {
			q.Reading = RolesAssumed // "is X compatible with Y?": X into Y, as the matrix reads it
		}
	}
	if q.Kind == AskCombination && len(f.ids) >= 3 {
		// "dual licensed MIT and GPLv3 … our project is GPLv2-only": a choice the message
		// gives is one licence of the combination, each of whose options may fit.
		if expr := plainExpression(f, n); strings.Contains(expr, " OR ") {
			if parts := topLevel(CanonicalExpression(expr), " AND "); len(parts) >= 2 && slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, " OR ") }) {
				q.Licenses = parts
			}
		}
	}
	if q.Topic == "" && len(f.ids) >= 2 && (choiceAskRE.MatchString(lower) && ownProjectRE.MatchString(lower) && !(strings.Contains(lower, "sourc") && obligedToOpenRE.MatchString(lower)) || choosingForRE.MatchString(lower)) && strings.Contains(plainExpression(f, n), " OR ") {
		// "starting a little pet project. GPL or MIT?", "lgpl or mpl for a crate?",
		// "they're picking a standard one. gpl3 or mit?": choosing a licence for it; not
		// when opening the asker's code is asked as an obligation ("do we have to
		// open-source our program? Is it the same as using GTK or wxWidgets?").
		q.Topic = "choose"
	}
	if q.Topic == "" && len(f.ids) == 2 && ownLicenceSaidRE.MatchString(lower) && moveBringsRE.MatchString(adviceSentence(lower)) && moveVerbRE.MatchString(lower) {
		// "our lib is MIT; would switching to Apache 2.0 get us anything?", "we're on
		// BSD-2, is there any reason to go BSD-3?": what moving the asker's own work
		// would bring.
		q.Topic = "choose"
	}
	// "our game server is GPLv3. someone suggests relicensing to AGPLv3 … should we?":
	// whether the asker's own work should move to the licence proposed.
	proposed := (q.Topic == "" || q.Topic == "choose") && len(f.ids) >= 2 && ownLicenceSaidRE.MatchString(lower) && proposedMoveRE.MatchString(lower) && bareShouldRE.MatchString(adviceSentence(lower))
	if proposed {
		q.Topic = "choose"
	}
	// "our rust crate is lgpl-3.0 but cargo links everything statically. switch to mpl
	// 2.0?": whether the asker's own work should move.
	switchAsked := q.Topic == "" && ownLicenceSaidRE.MatchString(lower) && (len(f.ids) == 2 && bareSwitchRE.MatchString(adviceSentence(lower)) ||
		// "Our GTK bindings are LGPL like GTK … Would the bindings be better off under MIT?"
		len(f.ids) >= 2 && betterOffRE.MatchString(adviceSentence(lower)))
	if switchAsked {
		q.Topic = "choose"
	}
	if q.Topic == "" && len(f.ids) == 2 && ownChoiceOf(lower, f) {
		// "should my r package be agpl3 or just normal gpl3?": which of the two the
		// asker's own work gets.
		q.Topic = "choose"
	}
	if q.Topic == "choose" && q.Kind == AskCompatibility && q.Reading == RolesSaid && len(q.Licenses) == 2 && putOnOnly(lower, f, q.Licenses[1]) {
		// "can i take wtfpl code, slap gplv3+ on it and ship it?": the licence put on the
		// asker's version of code under another, which goes into it.
		q.Topic = ""
	}
	if (q.Topic == "choose" && !proposed && !switchAsked && !weighingRE.MatchString(lower) && !tradeOffsRE.MatchString(lower) && !releasedCopiesRE.MatchString(lower) && !ifRelicensedRE.MatchString(lower) && !maintainersChoiceRE.MatchString(lower) && !shouldBeEitherRE.MatchString(lower) && !ownLicenceWantedRE.MatchString(lower) && !releasesOwn(lower) && !addLicenceOwnRE.MatchString(lower) && !licenceWeighed(lower, f) || q.Topic == "contribute" && !ownPatchLicenceRE.MatchString(lower)) && (q.Kind == AskCompatibility || q.Kind == AskCombination) {
		// "what licence can my theme have", given the licences it is built from; "someone
		// submitted a pull request with GPL code to my MIT project": code coming in.
		q.Topic = ""
	}
	if q.Topic == "choose" && len(f.ids) == 1 && f.projects[0] != nil && !f.projects[0].Tool && copiedFromIntoRE.MatchString(lower) && !releasesOwn(lower) {
		// "copy a few snippets from the Tailwind CSS documentation into a program I'm
		// writing … under what licence?": the licence of what is taken in, not one for the
		// asker's program.
		q.Topic = ""
	}
	// "what spdx expression should we declare for boringssl?": the expression the
	// project's licence gives, not a licence for the asker to choose.
	declaresProject := spdxAskRE.MatchString(lower) && slices.ContainsFunc(f.projects, func(p *Project) bool { return p != nil })
	// "can we ship our app with just a link to the mit and apache licences instead of
	// the texts?": what the licences ask of their text in copies, not choosing one.
	linkForText := asksLinkForText(lower)
	// "… do I have to list all the original contributors in the license file or just keep
	// the original notice?": what credit the licence asks, weighed, not its licence.
	creditWeighed := creditWeighedRE.MatchString(adviceSentence(lower))
	if q.Topic == "" && !written && !declaresProject && !linkForText && !creditWeighed && len(f.ids) > 0 && asksOwnAdvice(adviceSentence(lower)) && !slices.ContainsFunc(f.next, takenInNouns) && !projectMovesOwnRE.MatchString(lower) {
		rs, _ := readRoles(lower, f)
		takenIn := false // a licence taken in, unless it is the ecosystem's ("… when most of ros is bsd?")
		for i, r := range rs {
			at := f.at[i][0]
			takenIn = takenIn || r == roleIncoming && !(at > 0 && at <= len(lower) && ecosystemBeforeRE.MatchString(lower[max(0, at-50):at]))
		}
		if slices.Contains(rs, roleWork) && !takenIn {
			// "I put my RPC library under GPL … LGPL as a compromise, or just MIT?": every
			// licence named is one the asker's own work has or may get, and the question
			// weighs them: choosing its licence.
			q.Topic = "choose"
		}
	}
	if q.Topic == "choose" && !q.NonCode {
		// Choosing, found only here ("for our product's user docs, gfdl or cc by-sa?"):
		// what the licences named are meant for, as above.
		q.NonCode = ownNonCodeRE.MatchString(lower) && nonCodeRE.MatchString(lower) || namesCreativeCommonsBY(f.ids)
	}
	// The licence of a program whose output the question asks about, if one.
	out := outputOf(lower, f, slices.IndexFunc(f.projects, func(p *Project) bool { return p != nil && p.Tool }))
	if out >= 0 && q.Topic == "" && len(f.ids) == 2 &&
		(q.Kind == AskCombination || q.Kind == AskCompatibility) && dataLicence(f.ids[1-out]) && !dataLicence(f.ids[out]) {
		// "our GPL tool map-matches feeds against OpenStreetMap and writes new feed files
		// with the OSM-derived shapes. what licence does that output carry?": the tool's
		// licence stays with the tool; the data's travels with what is made from it.
		prog := f.ids[out]
		use := q.Use
		q = verdictOn(q, f.ids[1-out])
		if use == "" {
			use = "distribute" // what is made is asked about to be given out
		}
		q.Output, q.OutputFrom, q.Use = true, prog, use
		return q, true
	}
	if out >= 0 && q.Topic == "" &&
		(q.Kind == AskVerdict && len(f.ids) == 1 || q.Kind == AskCompatibility && q.Reading == RolesSaid && len(q.Licenses) == 2 && !q.Difference && f.ids[out] == q.Licenses[0]) {
		// "does the GUI code wxFormBuilder generates make our app GPL?": the program is
		// run, not shipped or combined; what its licence says of its output is asked.
		q = verdictOn(q, f.ids[out])
		q.Output, q.Use = true, "internal"
		return q, true
	}
	if q.Kind == AskCompatibility && q.Reading == RolesSaid && len(q.Licenses) == 2 && q.Work != "" && !q.Difference && pluginOfHost(lower, f, q.Licenses[0]) {
		// "writing a plugin for quod libet, which is gpl2+. can my plugin just be mit?":
		// the plugin is loaded into its host, so its code goes into the host's work.
		q.Licenses, q.Work = []string{q.Work, q.Licenses[0]}, q.Licenses[0]
	}
	if q.Kind == AskCompatibility && q.Topic == "" && q.Reading == RolesSaid && len(q.Licenses) == 2 && q.Work == q.Licenses[1] && !strings.Contains(q.Licenses[0], " ") && offeredWithWork(lower, f, q.Licenses[0], q.Work) {
		// "Our application is GPLv2-only and we'd like QtWebEngine, which is offered under
		// LGPLv3 or GPLv2": the code comes with a choice whose other option is the work's
		// own licence, which the work's licence, named first, took from the choice.
		q.Licenses[0] += " OR " + q.Work
		q.Expression = "(" + q.Licenses[0] + ") AND " + q.Work
	}
	if (q.Kind == AskVerdict || q.Kind == AskProfile && !q.Meaning) && len(q.Licenses) == 1 && q.Topic == "" && strings.HasPrefix(q.Licenses[0], "CC-BY") &&
		mediaIntoWorkRE.MatchString(lower) && !mediaChangedRE.MatchString(lower) && (becomesRE.MatchString(lower) || shareAlikeReachRE.MatchString(lower)) {
		// "CC-BY-SA pictures from Wikipedia into my thesis, credited and unmodified: does
		// the whole thesis have to be CC-BY-SA?": a work included as it is in the asker's
		// own is part of a collection; what its licence asks of giving it out is the question.
		q = verdictOn(q, q.Licenses[0])
		q.Collected, q.Use = true, "distribute"
		return q, true
	}
	if q.Kind == AskCompatibility && q.Reading == RolesSaid && len(q.Licenses) == 2 && q.Work != "" && !q.Difference && q.Topic == "" &&
		strings.HasPrefix(q.Licenses[0], "CC-BY") && (mediaInProgramRE.MatchString(lower) || artShippedBeside(lower)) && !mediaChangedRE.MatchString(lower) {
		// "one of the images we embed in the binary (a heart icon) is CC-BY-SA 3.0 … does
		// share-alike spread to the program?", "our engine is GPL and the sprites come from
		// OpenGameArt under CC BY-SA 3.0. Can they be distributed together in one game
		// package?": a work included as it is in a program, or shipped beside it, is part
		// of a collection; what its licence asks of shipping it is the question.
		q = shippedBeside(q, q.Licenses[0], q.Licenses[1])
		q.Collected = true
		return q, true
	}
	if q.Kind == AskCombination && q.Topic == "" && !q.Difference && artShippedBeside(lower) && !mediaChangedRE.MatchString(lower) {
		// "GIMP is GPLv3 with some LGPL parts, and the icon set … under CC BY-SA 3.0. Can
		// the CC BY-SA icons be combined with the GPL code?": with no work said, the one
		// Creative Commons licence among the others is the art shipped beside the code.
		var art, rest []string
		for _, id := range q.Licenses {
			if strings.HasPrefix(id, "CC-BY") {
				art = append(art, id)
			} else {
				rest = append(rest, id)
			}
		}
		if len(art) == 1 && len(rest) > 0 {
			q = shippedBeside(q, art[0], strings.Join(rest, " AND "))
			q.Collected = true
			return q, true
		}
	}
	tool := toolRunRE.MatchString(lower)
	if q.Kind == AskCompatibility && q.Reading == RolesSaid && len(q.Licenses) == 2 && q.Work != "" && !q.Difference && (runApartRE.MatchString(lower) || tool || imageHolds(lower)) {
		// "our GPLv3 UI ships Slic3r, which is AGPL, and just calls its command line": a
		// program run as a separate program is not combined with the work, whatever its
		// licence; what its own licence asks of shipping it is the question. A tool run
		// over the work ("run golangci-lint in CI") is used in house unless it ships.
		q = shippedBeside(q, q.Licenses[0], q.Licenses[1])
		q.Apart = true
		if tool && !runApartRE.MatchString(lower) && detectUse(n) == "internal" &&
			(!containsAny(n, []string{" ship", "distribut", " sell", "customer", "download", "release"}) || notShippedRE.MatchString(n) || neverShipRE.MatchString(n)) {
			q.Use = "internal"
		}
		return q, true
	}
	if q.Expression == "" || q.Kind == AskCompatibility && !written {
		q.Expression = plainExpression(f, n)
	}
	q.Use = detectUse(n)
	if m := licenceSaysRE.FindStringIndex(lower); m != nil && q.Use != "" && len(lower) == len(text) {
		// "the artistic license 2.0, which says you can use modified versions provided
		// you don't distribute them. so we can't share our improvements?": what the
		// licence says anyone may do is no use of the asker's.
		q.Use = detectUse(" " + norm(blankSpans(text[:m[0]]+strings.Repeat(" ", m[1]-m[0])+text[m[1]:], f.at)) + " ")
	}
	if hasLicenseRef(text) {
		q.Use = DetectUse(blankSpans(text, f.at)) // without the words of the LicenseRef- IDs
	}
	if (q.Use == "" || q.Use == "distribute") && len(f.ids) == 1 && kernelModuleSaid(f) && closedModuleRE.MatchString(lower) && !strings.Contains(lower, "firmware") {
		// "can i ship the .ko binary closed?", "our closed kernel module needs a few
		// EXPORT_SYMBOL_GPL functions": a module kept closed is linked into the running
		// kernel, its name read above as the kernel's licence. A GPL module of one's own
		// handed out, or firmware inside drivers, stays a question of distributing.
		q.Use = "dynamic_link"
	}
	if (q.Use == "" || q.Use == "distribute" || q.Use == "dynamic_link") && (staticFlagRE.MatchString(lower) || staticBuildOf(lower, f) || headerOnlyRE.MatchString(lower)) {
		q.Use = "static_link" // "-static-libstdc++", "static-lib", "shared=False", "static qt"
	}
	builtItself := q.Tool != nil && toolBuiltItself(lower, q)
	if q.Tool != nil && (toolUseRE.MatchString(lower) || buildWordsRE.MatchString(lower)) && !addOnForTool(lower, q) && !builtItself &&
		!(q.Use == "distribute" && containsAny(n, []string{"docker", "container", " vm ", "image", "appliance"}) && shippedRE.MatchString(n)) {
		// Compiling with GCC uses GCC; it does not ship it. An image with the tool in it
		// handed to customers ("a product on top of the rocker/rstudio Docker image … ship
		// it to customers") ships the tool.
		q.Use = "internal"
	}
	if builtItself && q.Kind == AskVerdict && len(q.Licenses) == 1 && licenceOfAskRE.MatchString(lower) {
		// "if i build vscode myself from github, what licence is that?": the licence of the
		// tool's own code, not a use of it.
		q.Kind, q.Use = AskProfile, ""
	}
	if q.Kind == AskVerdict && q.Use == "distribute" && linkAskRE.MatchString(adviceSentence(lower)) && !strings.Contains(lower, "static") {
		// "… a desktop tool that we ship to customers. can I still import it as a module
		// without releasing our code?": the work ships; how the code goes in is asked.
		q.Use = "dynamic_link"
	}
	if q.Kind == AskVerdict && (q.Use == "distribute" || q.Use == "") && len(q.Licenses) == 1 && devToolUseRE.MatchString(lower) && !shipToolRE.MatchString(lower) {
		q.Use = "internal" // "are we allowed to use it to measure test coverage while building our commercial app?"
	}
	if q.Kind == AskVerdict && q.Use == "saas" && len(q.Licenses) == 1 && overNetworkRE.MatchString(lower) {
		// "our closed app talks over the network to an AGPL server we host, unmodified":
		// a program of its own the asker's code only talks to, not combined with it.
		q.Apart = true
	}
	if q.Kind == AskVerdict && (q.Use == "dynamic_link" || q.Use == "static_link" && noCodeLinkedRE.MatchString(lower)) && !strings.Contains(lower, "dynamic") && !strings.Contains(lower, "static") && runApartRE.MatchString(lower) {
		// "if I link to a GPL library through a socket, is my program a derivative work?":
		// what talks through a socket, a pipe or a command line is a program of its own,
		// whatever the word for it; the question is of the two side by side. Run only by
		// the asker's own build or scripts, with nothing handed out ("our build system
		// downloads the Imageflow executable and calls it from a shell script"), it is
		// used in house.
		q.Use = "distribute"
		if buildRunRE.MatchString(lower) && !containsAny(n, []string{" ship", "bundl", "distribut", " sell", " sold", "customer", "installer", " release", "app store", "play store"}) {
			q.Use, q.Apart = "internal", true
		}
	}
	if q.Use == "" && q.Proprietary && q.Kind == AskVerdict && (!meaningRE.MatchString(lower) || openOwnRE.MatchString(lower)) {
		// "MPLv2 in proprietary?": closed-source software is, unless said otherwise,
		// software given to others; the answer offers another use one click away.
		q.Use = "distribute"
	}
	if q.Kind == AskVerdict && q.Use == "distribute" && (runApartRE.MatchString(lower) || userSpaceRE.MatchString(lower) || imageHolds(lower) && !PermissiveOnly(q.Expression)) {
		// "our closed app shells out to ffmpeg and we ship both", "our application runs
		// in user space" on a GPL kernel, "shipping GRUB inside the ISO": shipped beside
		// the work, not combined with it.
		q.Apart = true
	}
	if q.Kind == AskVerdict && (q.Use == "distribute" || q.Use == "" && (q.Proprietary || strings.Contains(lower, "commercial"))) && libraryLicenceRE.MatchString(q.Expression) && !q.Apart && !buildInRE.MatchString(lower) && !handedOnRE.MatchString(lower) && !browserServedRE.MatchString(lower) {
		// "csparse.net is lgpl-2.1, ok to use in our closed commercial software?": a
		// library under a licence written for libraries is, unless said otherwise, used
		// as one, linked dynamically; static linking is one click away.
		q.Use, q.LinkTaken = "dynamic_link", true
	}
	if (q.Kind == AskProfile || q.Kind == AskVerdict) && len(q.Licenses) == 2 && q.Expression == strings.Join(q.Licenses, " AND ") && q.Disagree == nil && q.Claim == nil && len(q.Former) == 0 && !q.Difference &&
		(bothOrOneRE.MatchString(lower) || followBothRE.MatchString(lower)) && !joinSaidRE.MatchString(lower) && !otherSourceSaysRE.MatchString(lower) && !twoSubjectsSaid(lower) {
		// "stb_image says public domain at the bottom and also MIT. do we have to follow
		// both or what": two licences named for one thing, with nothing that says whether
		// they are a choice or apply together.
		q.BothOrOne = true
	}
	if len(q.Licenses) >= 2 && strings.Contains(q.Expression, " OR ") && !strings.Contains(q.Expression, " AND ") && bothOrOneRE.MatchString(lower) &&
		!(q.Kind == AskCompatibility && q.Reading == RolesSaid && q.Work != "" && !strings.Contains(q.Expression, q.Work)) {
		// Not when the choice goes into a work under another licence ("the std code is
		// 'MIT or Apache-2.0' and the kernel is GPLv2 … can I drop one of the two?"):
		// which option fits the work is the answer.
		// "sourcecred moved to mit + apache 2. do users get both or pick one?": what the
		// licences given together mean, one SPDX expression, is the question.
		q.Kind, q.Work, q.Reading = AskProfile, "", RolesSaid
	}
	// "do I need to open source my code if I use an MIT library?" asks what using the
	// library obliges, not whether its licence is open source.
	// Nor does "open source" said of a kind of thing ("pulling some bsd code into our open
	// source project, where do we have to mention the copyright?").
	q.OpenSource = anyWord(n, openSourceWords) && anyWord(openSourceThingRE.ReplaceAllString(n, " "), openSourceWords) && !openOwnRE.MatchString(lower) && !obligedToOpenRE.MatchString(lower)
	if asking := askingSentence(lower); !q.OpenSource && len(f.ids) == 1 && strings.Contains(lower, "free") && nonFreeStatusRE.MatchString(asking) && !whyAskedRE.MatchString(asking) {
		// "the OFL says you can't sell the font by itself. doesn't that make it
		// non-free?": whether the licence is free is asked, whatever use its clause names.
		q.OpenSource = true
	}
	if q.Kind == AskVerdict && len(q.Licenses) == 1 && anyWord(n, compatWords) && !q.Proprietary {
		q.Unknown = unknownLicenses(text)
		q.Unpaired = len(q.Unknown) > 0
	}
	if !q.Unpaired && (strings.Contains(lower, "licen") || strings.Contains(lower, "under")) { // what saysLicense looks for
		for _, loc := range idLikeRE.FindAllStringIndex(text, -1) {
			w := text[loc[0]:loc[1]]
			if saysLicense(lower, loc[0], loc[1]) && !slices.Contains(q.Unknown, w) && len(FindLicenses(w)) == 0 {
				q.Unknown, q.Partial = append(q.Unknown, w), true
			}
		}
	}
	if len(f.ids) == 1 && !written && gnuCopyleft(f.ids[0]) && containsAny(lower, closedHints) && closedIncomingRE.MatchString(lower) && (ownGNUWorkRE.MatchString(lower) || gnuWorkTakesRE.MatchString(lower)) {
		// "our GPL app uses a closed-source SDK, is that allowed?": closed code taken into
		// the asker's GPL work, not GPL code into a closed one.
		if rs, _ := readRoles(lower, f); rs[0] == roleWork {
			q.ClosedIn, q.Work = true, f.ids[0]
		}
	}
	if AsksAboutNoLicense(lower) && !written && !ownArtefactUnlicensedRE.MatchString(lower) && !ownNeverLicensedRE.MatchString(lower) {
		// "code from a blog post with no licence … in my Apache-2.0 project": every
		// licence named is the asker's own; the code taken in has none.
		rs, _ := readRoles(lower, f)
		q.Unlicensed = !slices.ContainsFunc(rs, func(r role) bool { return r != roleWork })
		if q.Unlicensed {
			q.Work = f.ids[0]
		}
	}
	if strings.Contains(lower, "with") {
		// An exception the bot does not know changes what the licence allows: no verdict
		// on the licence without it ("GPL-2.0 WITH Foo-exception").
		for _, w := range unknownExceptions(text, q.Licenses) {
			if unnamedLinkingRE.MatchString(w) && slices.ContainsFunc(q.Licenses, func(l string) bool { return strings.Contains(l, " WITH ") }) {
				continue // "libgit2 is GPLv2 with a linking exception": the project's licence names it
			}
			if !slices.Contains(q.Unknown, w) {
				q.Unknown, q.Partial = append(q.Unknown, w), true
			}
		}
	}
	// "'MIT OR Apache-2.0', so we just pick MIT and skip the NOTICE?": a choice made,
	// whose verdict is that of giving the code on under it.
	// Not when the two are compared ("i picked GNU GPL v3.0 from the dropdown. is my
	// repo -only or -or-later, what's the difference?"): what sets them apart is asked.
	picked := q.Kind == AskVerdict && strings.Contains(q.Expression, " OR ") && pickRE.MatchString(lower) && !q.Difference
	if picked && q.Use == "" {
		q.Use = "distribute"
	}
	q.ForbidsModifying = strings.Contains(q.Expression, "LGPL") && containsAny(lower, []string{"forbid", "prohibit", "ban", "disallow", "not allowed", "may not", "must not", "shall not", "cannot", "can't"}) &&
		forbidsModifyingRE.MatchString(lower)
	if q.Use != "" && q.Kind == AskVerdict && saysWhatRE.MatchString(adviceSentence(lower)) && !ownUseRE.MatchString(lower) {
		// "oicq's readme says since it's agpl-3.0 it can't be used commercially. is that
		// actually what the agpl says?": what the licence says is asked, not a use (one
		// the asker makes, "sprites in a game we sell", stays asked).
		q.Use = ""
	}
	definition := q.Kind == AskVerdict && definitionRE.MatchString(lower)
	// "how exactly do we credit a cc-by picture in our docs": how to credit is asked,
	// whatever the use.
	creditHow := creditHowRE.MatchString(lower)
	q.Meaning = q.Use == "" && meaningRE.MatchString(lower) || definition || creditHow
	// "Do we have to touch our NOTICE file?", "do I need an attribution popup?": what the
	// licence asks, whatever the use, is the answer.
	// Not when it asks too whether the asker's own code must be opened: that is the
	// verdict on the use, whose answer gives the obligations as well.
	artefacts := q.Use != "" && obligationAskRE.MatchString(lower) && obligationArtefactRE.MatchString(lower) && !openOwnRE.MatchString(lower)
	only, later, ok := onlyOrLater(q.Licenses)
	if !ok && len(q.Licenses) == 1 && strings.HasSuffix(q.Licenses[0], "-or-later") && (exactVersionRE.MatchString(lower) || plainVersionAskRE.MatchString(lower)) {
		// "say 'gpl 3 or later', or exactly version 3?": the "only" form said by its version.
		only, later, ok = strings.TrimSuffix(q.Licenses[0], "-or-later")+"-only", q.Licenses[0], true
	}
	if base, found := strings.CutSuffix(q.Expression, "-only"); !ok && q.Topic != "choose" && len(q.Licenses) == 1 && found && gnuFamily.MatchString(base) && onlyOrLaterAskRE.MatchString(lower) {
		// "drl says gpl v2 but there are no headers. only, or or-later?": one version
		// named, and its two forms asked about in words.
		only, later, ok = q.Expression, base+"-or-later", true
	}
	plain := ok && plainVersionAskRE.MatchString(lower)
	if ok && (q.Topic == "" || q.Topic == "choose") && (q.Kind != AskCompatibility && q.Kind != AskCombination && onlyOrLaterAskRE.MatchString(lower) || plain) {
		// "COPYING is gplv2 but no file says 'or any later version': gplv2+ or gplv2
		// only?": which of the two the code is under. A project named says it; else what
		// "or later" means, and how to tell, is the answer. "shouldn't that be plain gplv2
		// like plone?" proposes the one form, which a project named only compares.
		for _, p := range q.Projects {
			if plain {
				break
			}
			if at := strings.Index(lower, strings.ToLower(p.Said)); at >= 0 && takesItInRE.MatchString(lower[at+len(p.Said):]) {
				continue // "drupal wants to ship it": where the code goes, not the code asked about
			}
			if p.License == only || p.License == later {
				q.Licenses, q.Expression, q.Kind, q.Use, q.Work = []string{p.License}, p.License, AskProfile, "", ""
				return q, true
			}
		}
		if p := projectNamedBefore(lower, f); p != nil && !plain && len(q.Projects) == 0 && (p.License == only || p.License == later) {
			// "is busybox gpl2 only or gpl2+?": the project's own data says which.
			q.Licenses, q.Expression, q.Kind, q.Use, q.Work = []string{p.License}, p.License, AskProfile, "", ""
			q.Projects = []ProjectReading{{Said: p.Names[0], License: p.License, Project: p}}
			return q, true
		}
		q.Topic = "orlater"
		return q, true
	}
	if q.Kind == AskCompatibility && strings.Contains(q.Expression, " OR ") && strings.Contains(lower, "spdx") && spdxAskRE.MatchString(lower) {
		// "libcap says 'bsd or gpl v2'; which SPDX expression goes in our recipe?": what
		// to write down, the choice as said, not whether one goes into the other.
		q.Kind, q.Work, q.Reading = AskVerdict, "", RolesSaid
		q.Licenses, _ = Terms(q.Expression)
		definition = true
	}
	// "which license is sqlite?", "is node.js MIT?": what licence a project has is asked,
	// not a use of it.
	licenceOf := q.Kind == AskVerdict && q.Use == "" && (licenceOfAskRE.MatchString(lower) ||
		// "elasticsearch licence these days?": a project's licence, asked in a few words.
		bareLicenceOfRE.MatchString(lower) && slices.ContainsFunc(f.projects, func(p *Project) bool { return p != nil }))
	if q.Kind == AskVerdict && q.Use != "" && len(q.Licenses) == 1 && !licenceOf {
		// "antighost minecraft mod had no license file, author once said gpl in an issue.
		// what is it actually under now?": what licence a thing is under is asked, whatever
		// use its kind suggests (kept for the verdict beside), unless the same sentence
		// asks whether the use is allowed.
		asking := askingSentence(lower)
		licenceOf = (licenceOfAskRE.MatchString(asking) || whatItIsUnderRE.MatchString(asking)) && !useAllowedAskRE.MatchString(asking)
	}
	if said, p := projectIsLicence(lower, f); q.Kind == AskVerdict && p != nil {
		// The project's own licence answers it, with the page that says so, whatever
		// licence the question guessed ("is node.js gpl?" is answered with MIT); one whose
		// licence depends on the version or build keeps the reading that chose it.
		licenceOf = true
		if len(p.Variants) == 0 {
			q.Licenses, q.Expression = []string{p.License}, p.License
			q.Projects = []ProjectReading{{Said: said, License: p.License, Project: p}}
			q.Assumed = nil
		}
	}
	// "What does Qt's LGPL actually require of us here?": what the licence asks is the
	// question, whatever use the message gives.
	owe := q.Kind == AskVerdict && (oweAskRE.MatchString(lower) || putLicenceAskRE.MatchString(lower))
	owed := owe || q.Kind == AskVerdict && dutiesAskRE.MatchString(lower)
	requires := q.Kind == AskVerdict && (strings.Contains(lower, "what d") && asksWhatLicenceRequires(lower) || requiresThat(lower) || linkForText || limitsWhatRE.MatchString(lower) || whatToDoRE.MatchString(lower) || followOnlyRE.MatchString(lower) || owe && !canUseCompiledRE.MatchString(lower))
	if q.Kind == AskVerdict && q.Use == "" && q.Proprietary && bareAllowedRE.MatchString(lower) {
		// "making a free but closed source java tool with jfoenix (apache 2.0). allowed?
		// what do i need to do": a closed program asked about is, unless said otherwise,
		// given to others, and whether that is allowed is asked beside what it takes.
		q.Use = "distribute"
	}
	// "we run mongodb in our saas. is the sspl even open source?": whether the licence is
	// open source is asked, whatever use the message gives (kept for the verdict beside).
	// Not when the same sentence asks whether the use is allowed too ("is BSD-3-Clause
	// open source and ok for our SaaS?"): the verdict answers that.
	openAsked := false
	if q.Kind == AskVerdict && q.OpenSource {
		asking := askingSentence(lower)
		openAsked = openSourceAskedRE.MatchString(asking) && !useAllowedAskRE.MatchString(asking) ||
			nonFreeStatusRE.MatchString(asking) && !useAllowedAskRE.MatchString(nonFreeStatusRE.ReplaceAllString(asking, " ")) && !mayWordRE.MatchString(asking) // "doesn't that make it non-free?", not "can they stay in our package, or is that non-free?"
	}
	if q.Kind == AskVerdict && !picked && (q.Difference || artefacts || definition || licenceOf || creditHow || requires || openAsked || q.Use == "" && (q.OpenSource || q.Meaning || anyWord(n, profileWords) || !q.Proprietary && len(strings.Fields(n)) >= 6 && (!anyWord(n, useVerbWords) || len(strings.Fields(n)) >= 12 && !useAllowedAskRE.MatchString(adviceSentence(lower))))) ||
		q.Kind == AskCombination && artefacts && !anyWord(n, []string{"compatible", "compatibility", "combine", "combined", "mix", "together"}) {
		if p, ok := q.AboutLicenses(); ok {
			q = p
		}
	}
	if (q.Kind == AskCompatibility || q.Kind == AskCombination || q.Kind == AskVerdict && len(q.Licenses) > 1 && !strings.Contains(q.Expression, " OR ")) && q.Topic == "" && eachRequiresRE.MatchString(lower) {
		// "pyqt is gpl, qt itself is lgpl. what does each of those actually require if we
		// want to sell our app?", "do the mit and the boost licence both want their notice
		// inside the binary distribution?": what every licence named asks is the
		// question, not how one goes into the other or a verdict on the two.
		if p, ok := q.AboutLicenses(); ok {
			q = p
		}
	}
	if (q.Kind == AskCompatibility || q.Kind == AskCombination) && q.Topic == "" && strings.Contains(lower, "what d") {
		// "… the texture pack, which is CC BY-NC-SA 4.0. What does that licence actually
		// demand from us?": what one of the licences asks is the question.
		if id, ok := licenceAskedRequires(lower, f); ok {
			if p, ok := verdictOn(q, id).AboutLicenses(); ok {
				q = p
			}
		}
	}
	if (q.Kind == AskCompatibility || q.Kind == AskCombination) && (q.Topic == "" || q.Topic == "attribution") && obligationAskRE.MatchString(lower) {
		// "a handful of files in our gpl repo are boost licensed. do we really have to ship
		// the boost licence text with them": what the one licence the asking sentence names
		// asks of the copies shipped.
		asking := askingSentence(lower)
		// Not when a later question names another licence ("… where does the mit notice
		// have to go? and can i put my own apache header on top of it?").
		rest := asking
		if i := strings.Index(lower, asking); asking != "" && i >= 0 {
			rest = lower[i:]
		}
		// Credit and NOTICE files stay the attribution topic's; the licence's own text
		// shipped with the copies is what the licence asks.
		if obligationAskRE.MatchString(asking) && obligationArtefactRE.MatchString(asking) && !openOwnRE.MatchString(asking) && (q.Topic == "" || licenceTextAskedRE.MatchString(asking)) {
			if ids := FindLicenses(rest); len(ids) == 1 && slices.Contains(f.ids, ids[0]) {
				if p, ok := verdictOn(q, ids[0]).AboutLicenses(); ok {
					q, q.Topic = p, ""
				}
			}
		}
	}
	if (q.Kind == AskProfile || q.Kind == AskVerdict && f.at[0][0] >= 0 && f.at[0][0] <= len(lower) && whatIsBeforeRE.MatchString(lower[max(0, f.at[0][0]-30):f.at[0][0]]) ||
		q.Kind == AskVerdict && likenedLastRE.MatchString(lower) || q.Kind == AskCompatibility && likenedKindRE.MatchString(lower)) && q.Topic == "" && len(f.ids) >= 2 && len(q.Licenses) == len(f.ids) && likenessOnly(lower, f) {
		// "what is the mulan psl v2? like apache 2.0 or something else?", "is ms-pl
		// basically as open as mit/apache?": the first licence is asked about; the others
		// are what it is likened to.
		if p, ok := verdictOn(q, q.Licenses[0]).AboutLicenses(); ok {
			q = p
		}
	}
	if q.Topic == "employer" && len(q.Licenses) > 0 && employerBansRE.MatchString(lower) && !ownershipWordsRE.MatchString(lower) {
		// "positron is under the elastic licence and my employer bans elastic even for
		// internal use. any plan for another licence?": the employer's licence policy,
		// not who owns the asker's work.
		q.Topic = ""
	}
	if q.Topic == "contribute" && q.Kind == AskVerdict && CopyleftTakenIn(lower, q.Expression) {
		// "A contributor to a GPL server mod says our company must now open source our
		// whole product because his GPL code ended up in something we ship": what his code
		// in the product means, not contributing upstream.
		q.Topic = ""
	}
	// "our go microservice imports keratin authn-go (lgpl) unmodified. do we have to
	// publish the service's source?", "a new colleague says that since Drupal is GPL we
	// must publish those modules. Is that right?": of a use that hands no copy to anyone, whether
	// anything must be published is what the licence's text asks of that use.
	if q.Kind == AskVerdict && q.Topic == "" && strings.Contains(lower, "code") && AsksAssetsCovered(text) {
		// "does curse of war's gpl licence cover the game graphics too, or only the
		// code": what the licence reaches, asked of no use.
		if p, about := q.AboutLicenses(); about {
			q = p
		}
	}
	if toolShipped && q.Kind == AskVerdict && q.Use == "internal" {
		// "We publish prebuilt GCC/MinGW-w64 toolchains … our build recipes": a tool
		// handed out is distributed, whatever the message says of how it is built.
		q.Use = "distribute"
	}
	owed = owed || (q.Use == "internal" || q.Use == "saas") && publishAskedRE.MatchString(n)
	// "we run a commercial minecraft server, do we need the author's permission to run a
	// gplv3 anticheat plugin on it?": the licence is that permission; what it asks in
	// return of the use is the answer.
	owed = owed || q.Kind == AskVerdict && q.Use != "" && strings.Contains(lower, "permission") && permissionAskedRE.MatchString(lower)
	q.Owed = owed && q.Kind == AskVerdict && q.Use != "" && q.Topic == ""
	return q, true
}

// likenedLastRE: a message that ends by asking whether what it said of a licence makes it
// like another ("ms-pl 3(d) says binaries only under a license that 'complies with this
// license', is that viral like the gpl?"): what the first licence is, not a use of it.
var likenedLastRE = regexp.MustCompile(`\b(?:is|isn'?t|are|aren'?t)\s+(?:that|it|this|they|those|these)\s+(?:[\w-]+\s+){0,3}?like\s+(?:the\s+|an?\s+)?[\w.+-]+(?:\s+licen[cs]es?)?\s*[?!.]*\s*(?:(?:thanks|thank\s+you|thx|ty|cheers|please|pls)\b[^a-z]*)?$`)

// likenedKindRE: a licence asked to be of the kind another is ("is apache copyleft like
// the ofl?", "is the mpl viral like the gpl?"): what the first licence is, not whether
// code goes from one into the other.
var likenedKindRE = regexp.MustCompile(`\b(?:is|isn'?t|are|aren'?t)\s+(?:the\s+)?[\w.+-]+(?:\s+[\d.]+)?(?:\s+licen[cs]e)?\s+(?:(?:also|really|actually|basically|just|as|even|a)\s+)?(?:copyleft|viral|permissive|open|free|strict|restrictive|weak|strong|share-?alike|reciprocal)\s+(?:\w+\s+)?(?:like|as)\s+(?:the\s+|an?\s+)?[\w.+-]+(?:\s+[\d.]+)?(?:\s+licen[cs]es?)?\s*[?!.]`)

// likenessOnly tells whether every licence a text names after its first is named as
// what the first is likened to ("like apache 2.0", "as open as mit/apache", "more like
// gpl"), the first being the one asked about ("what is the mulan psl v2?").
func likenessOnly(lower string, f found) bool {
	if f.at[0][0] < 0 || f.at[0][0] > len(lower) || !likenedAskRE.MatchString(lower[max(0, f.at[0][0]-30):f.at[0][0]]) {
		return false
	}
	for i := 1; i < len(f.ids); i++ {
		at := f.at[i][0]
		if at < 0 || at > len(lower) {
			return false
		}
		if !likenedToRE.MatchString(lower[max(0, at-40):at]) && !(sameNounPhrase[strings.TrimSpace(f.joins[i])] && i > 1) {
			return false
		}
	}
	return true
}

// likenedAskRE: the words before the licence asked about ("what is the", "is"); likenedToRE:
// those before a licence it is likened to ("like", "as open as", "more like"); "is ISC
// similar to MIT?" compares the two.
var (
	likenedAskRE = regexp.MustCompile(`(?:^|[.?!:]\s*|\b(?:what\s+is|what'?s|whats|is|are|how\s+is|explain))\s+(?:the\s+|an?\s+)?$|^\s*$`)
	likenedToRE  = regexp.MustCompile(`\b(?:like|as\s+\w+\s+as|more\s+like|kind\s+of\s+like|sort\s+of\s+like|(?:pick|picks|choose|chooses|prefer|prefers|use|uses)\s+(?:it|this|that)\s+(?:over|instead\s+of|rather\s+than))\s+(?:the\s+|an?\s+|plain\s+)?$`)
	// whatIsBeforeRE: the words before the first licence ask what it is ("whats the upl …").
	whatIsBeforeRE = regexp.MustCompile(`\b(?:what\s+is|what'?s|whats|explain)\s+(?:the\s+|an?\s+)?$`)
)

// useAllowedAskRE: the sentence that asks, asks whether a use is allowed ("can a company use
// the gpl version?", "ok for commercial stuff?", "does my script have to be GPL?", "does
// that make the service GPL?").
var useAllowedAskRE = regexp.MustCompile(`\b(?:can|could|may|might|are|is)\s+(?:(?:i|we|you|they|someone|anyone|companies|it|this|that)\s+|(?:a|an|the|our|my)\s+(?:[\w-]+\s+){1,2})(?:\w+\s+){0,4}?(?:use|build|train|ship|sell|bundle|include|embed|link|distribute|deploy|run|put|keep|take|get|allowed\s+to)\b|\b(?:have|has|need|needs)\s+to\s+be\b|\b(?:ok|okay|fine|allowed|safe|legal)\s+(?:for|in|to)\b|\buse\s+it\s+here\b|\bmakes?\s+(?:it|that|this|(?:the|our|my)\s+[\w-]+)\s+(?:an?\s+)?[\w.+-]+(?:\s+too)?\s*\?`)

// useVerbWords are what a question that asks to use code says it does with it ("can we
// use", "bundle", "ship"); a question about a licence that says none of them, and no
// use, asks what the licence is or asks ("is that enough for the odbl?", "does the lgpl
// even make sense for templates in headers?"), which its profile answers; a question of
// a few words ("is MIT ok?", "AGPL?") asks for a verdict, and is asked how it is used.
var useVerbWords = []string{"use", "uses", "using", "used", "usage", "include", "includes", "including", "included", "ship", "ships", "shipping", "shipped",
	"bundle", "bundles", "bundling", "bundled", "link", "links", "linking", "linked", "embed", "embeds", "embedding", "embedded", "integrate", "integrates",
	"integrating", "integrated", "import", "imports", "importing", "imported", "depend", "depends", "depending", "dependency", "dependencies", "add", "adding",
	"added", "put", "putting", "deploy", "deploying", "deployed", "run", "running", "runs", "sell", "selling", "sold", "distribute", "distributing",
	"distributed", "redistribute", "redistributing", "fork", "forking", "forked", "copy", "copying", "copied", "take", "taking", "took", "incorporate",
	"incorporating", "build", "building", "built", "install", "installing", "package", "packaging", "publish", "publishing", "release", "releasing",
	"modify", "modifying", "modified", "port", "porting", "ported", "vendor", "vendoring", "vendored", "pull", "pulling", "base", "based", "adopt",
	"adopting", "paste", "pasted", "pasting", "borrow", "borrowing", "reuse", "reusing", "compile", "compiling", "compiled", "load", "loading", "call",
	"calling", "calls", "called", "commercial", "commercially", "hosting", "hosted", "offer", "offering", "host", "combine", "combining", "mix", "mixing", "contribute", "production", "prod"}

// withExceptionRE finds an exception named after a licence: SPDX's "WITH Name", or
// "with the Name exception" in words.
var (
	withSPDXRE      = regexp.MustCompile(`\bWITH\s+(` + spdxIDPattern + `)`)
	withExceptionRE = regexp.MustCompile(`(?i)\bwith\s+(?:the\s+|a\s+|an\s+|its\s+)?([A-Za-z0-9][\w.+-]*(?:\s+[A-Za-z0-9][\w.+-]*){0,2}?)[\s-]+(?:linking\s+|runtime\s+(?:library\s+)?)?exceptions?\b`)
)

// notExceptionNameWords begin words before "exception" that name none: a negation ("no
// Minecraft exception"), a word pointing back ("that exception") or an article or owner
// ("an exception for my hobby project", "our own exception").
var notExceptionNameWords = map[string]bool{"no": true, "that": true, "this": true, "these": true, "those": true, "such": true,
	"same": true, "an": true, "a": true, "any": true, "some": true, "our": true, "my": true, "their": true, "his": true, "her": true,
	"its": true, "your": true, "another": true, "one": true, "without": true}

// unknownExceptions are the exceptions text names that are neither SPDX exception IDs
// nor names of one exception ("Classpath", "FreeRTOS"), of the licences read from it.
func unknownExceptions(text string, licences []string) []string {
	var out []string
	for _, m := range withSPDXRE.FindAllStringSubmatch(text, -1) {
		// "EPL-2.0 WITH GPL-2.0 …?": a licence after WITH, as someone unsure how to write
		// a secondary licence typed it, is a licence the question reads, not an exception
		// unknown.
		if ok, _ := spdxlicenses.IsException(m[1]); !ok && len(FindLicenses(m[1])) == 0 {
			out = append(out, m[1])
		}
	}
	for _, loc := range withExceptionRE.FindAllStringSubmatchIndex(text, -1) {
		m := []string{text[loc[0]:loc[1]], text[loc[2]:loc[3]]}
		w := strings.ToLower(m[1])
		if (w == "static" || w == "dynamic") && strings.Contains(strings.ToLower(m[0]), "linking") {
			out = append(out, "static linking exception") // "LGPL with a static linking exception": which one is not said
			continue
		}
		first, _, _ := strings.Cut(w, " ")
		if notExceptionNameWords[first] {
			continue // "with no exception", "with that exception", "with an exception for my hobby project": no name
		}
		if first == "special" || first == "extra" || first == "additional" {
			if strings.Contains(strings.ToLower(text[loc[1]:min(len(text), loc[1]+60)]), "link") && !slices.Contains(out, "linking exception") {
				// "lgpl 3 or later with the special exception on linking described in
				// LICENSE": a linking exception the message does not name.
				out = append(out, "linking exception")
			}
			// "the kernel is GPL but comes with a special exception clause saying modules
			// don't have to be": no name, nor a permission to link that one could be.
			continue
		}
		if id := withSPDXRE.FindStringSubmatch(text[loc[0]:]); id != nil && strings.HasPrefix(text[loc[0]:], id[0]) {
			if ok, _ := spdxlicenses.IsException(id[1]); ok {
				continue // "WITH GStreamer-exception-2008": the SPDX ID itself
			}
		}
		if named := exceptionNamed(m[1], ""); len(named) == 1 || slices.ContainsFunc(named, func(id string) bool {
			return slices.ContainsFunc(licences, func(l string) bool { return strings.Contains(l, " WITH "+id) })
		}) {
			continue // one exception, or the one of several that the licence's version picked
		} else if len(named) > 1 {
			out = append(out, m[1]+" exception") // "the OpenSSL exception": one of several
			continue
		}
		if ok, _ := spdxlicenses.IsException(m[1]); ok || strings.Contains(strings.ToLower(m[1]), "exception") ||
			slices.ContainsFunc(out, func(o string) bool { return strings.HasPrefix(strings.ToLower(o), strings.ToLower(m[1])) }) {
			continue
		}
		if f := findLicenses(m[1]); slices.Contains(f.projects, nil) {
			continue // "with the GPL exception"-like wording names a licence, read elsewhere
		}
		out = append(out, m[1]+" exception")
	}
	return out
}

// retiredGNUIDs reads SPDX's retired GNU IDs in a written expression ("(MIT OR
// GPL-3.0)") as what they meant, "only", with a note for each.
func retiredGNUIDs(expr string) (string, []Assumption) {
	if !strings.Contains(expr, "GPL-") {
		return expr, nil
	}
	var notes []Assumption
	return exprToken.ReplaceAllStringFunc(expr, func(tok string) string {
		if bareGNU[tok] {
			notes = append(notes, Assumption{Said: tok, ID: tok + "-only", Why: retiredGNU})
			return tok + "-only"
		}
		return tok
	}), notes
}

// intoJoinRE: what joins two licences when the first goes into the second: "into",
// "in a", "inside an", "code into".
var intoJoinRE = regexp.MustCompile(`^(?:[\w'-]+\s+){0,2}(?:into|in|inside|within)(?:\s+(?:a|an|the|my|our))?$|^(?:→|->|-->|=>|⇒|to)$`)

// wholeLicenceRE: the question asks what licence the whole may have.
// keepLicenceRE: the question asks whether the work may keep its licence ("can it
// stay MIT?", "may we keep our licence?").
var keepLicenceRE = regexp.MustCompile(`\b(?:stay|remain|still be|keep being|continue to be)\b|\bkeep\s+(?:it|its|our|my|the|this)\b[^.?!]{0,20}\blicen[cs]`)

// pickRE: the question picks one licence of a choice ("we just pick MIT", "go with
// the Apache one").
var pickRE = regexp.MustCompile(`\b(?:pick|picks|picking|picked|choose|chooses|choosing|chose|opt for|opting for|go with|going with|elect|select|selecting)\b` +
	// "can we just take it as mit", "can we just take the mit side?"
	`|\btake\s+(?:it|them|this|that|the\s+(?:code|library|lib))\s+(?:as|under)\b|\btake\s+the\s+[\w.+-]+\s+(?:side|option|branch)\b`)

// workNeedsRE: the question asks which licence the asker's own work must now carry
// ("what licence does my code have to carry?", "what licence does it need now?").
var workNeedsRE = regexp.MustCompile(`\b(?:what|which)\s+licen[cs]e\s+(?:does|do|would|will|should|must)\s+(?:my|our|the|this|it|they|that)\b[^.?!]{0,40}\b(?:need|have\s+to\s+(?:carry|be|use|take)|must\s+(?:carry|be|take)|carry|end\s+up)\b|\b(?:what|which)\s+licen[cs]e\s+(?:do|must|should)\s+(?:i|we)\s+(?:put|use|release)\b[^.?!]{0,30}\b(?:now|then)\b`)

var wholeLicenceRE = regexp.MustCompile(`\b(?:what|which)\s+(?:licen[cs]e|licen[cs]es)\b|\bunder\s+(?:what|which)\b|\bare\s+(?:they|these|the\s+two)\s+(?:in)?compatible\b|\bcan\s+(?:they|these|the\s+two|both)\s+be\s+(?:combined|mixed|used\s+together)\b`)

// sameVersion tells whether two IDs are one licence said two ways: "GPL-3.0-only" and
// "GPL-3.0-or-later" read from "GPLv3" and "GPL3+".
func sameVersion(a, b string) bool {
	return looseFamily(a) == looseFamily(b) && version(a) == version(b)
}

// obligationAskRE and obligationArtefactRE: the question asks what must be done about
// notices, attribution or licence files.
var (
	obligationAskRE = regexp.MustCompile(`\bwhat goes (?:in|into|on)\b|\b(?:does|do|must|should)\s+(?:the|a|our|its|this|that)\s+(?:copyright\s+|licen[cs]e\s+)?(?:notice|notices|text|attribution|credit|credits)\s+(?:really\s+|actually\s+)?(?:have|need)\s+to\s+be\b|\bwhat (?:should|must) (?:go|be) (?:in|into|on)\b|\b(?:do|must|should|would) (?:i|we) (?:really |actually |still |even )?(?:need|have)\b|\bdo (?:i|we) (?:really )?have to\b|\bwhat do (?:i|we) (?:actually |really )?(?:need|have)\b|\bdo we need\b|\bdo (?:i|we) owe (?:\S+ ){0,3}?(?:a |any )?credit\b|\bwhat\s+do\s+(?:we|i)\s+owe\b|` +
		// "is that everything the licence asks of me?", "does isc need its text shipped?"
		`\bis\s+(?:that|this|it)\s+(?:really\s+)?(?:everything|all)\s+(?:that\s+)?(?:the\s+)?(?:licen[cs]e|[\w.+-]+)\s+(?:really\s+)?(?:asks?|requires?|needs?|wants?|demands?)\b|` +
		// "does the full licence need to be in the about screen?", "does the lgpl text have
		// to ship with it?"
		`\b(?:does|do|must|should)\s+(?:the|a|our|its|this|that)\s+(?:full\s+|whole\s+|complete\s+)?(?:[\w.+-]+\s+)?(?:licen[cs]e|notice|text)(?:\s+text)?\s+(?:really\s+|actually\s+)?(?:have|need)\s+to\s+(?:be|ship|go|come)\b|\b(?:does|do)\s+[\w.+-]+\s+(?:really\s+|actually\s+)?(?:need|require)\s+(?:its|the|a)\s+(?:licen[cs]e\s+|full\s+)?text\b`)
	obligationArtefactRE = regexp.MustCompile(`\bowe\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:authors?|creators?|owners?|maintainers?|copyright\s+holders?)\b|\b(?:notice|notices|attribution|attributions|credit|credits|licen[cs]e\s+text|full\s+licen[cs]e|full\s+(?:[\w.+-]+\s+){1,2}text|[\w.+-]+\s+text\s+(?:have|has|need|needs)\s+to\s+ship|licen[cs]e\.txt|licen[cs]e files?|about (?:box|screen|page)|popup|pop-up|copyright headers?|copy of the licen[cs]e|its text|credited|(?:show|display)\s+(?:in|inside|within)\s+(?:the|our|my)\s+(?:app|application|ui|settings))\b`)
)

// choiceAskRE and ownProjectRE: "GPL or MIT?" asked of a project of one's own.
var (
	choiceAskRE  = regexp.MustCompile(`\b[\w.+-]+,?\s+or\s+(?:the\s+|an?\s+|just\s+|only\s+|plain\s+)?(?:cc\s+)?[\w.+-]+\s*(?:\?|[.!]*\s*(?:thanks|thx|cheers|pls|please)?[.!]*\s*$)|\bshould (?:i|we) (?:use|pick|choose|go with)\b|\bwhich (?:one|is better|makes more sense|is the better (?:fit|choice))\b|\bwhich\s+should\s+(?:we|i)\s+(?:pick|use|choose|go\s+with)\b|\b[\w.+-]+\s+or\s+[\w.+-]+\s*[,;:—–-]+\s*does\s+it\s+(?:even\s+|really\s+)?matter\b|\b[\w.+-]+\s+or\s+(?:[\w.+-]+\s+){1,2}for\s+(?:our|my)\s+(?:[\w-]+\s*){1,3}(?:\?|$)`)
	ownProjectRE = regexp.MustCompile(`\bfor\s+(?:our|my)\s+(?:[\w'’-]+\s+){0,3}(?:docs|documentation|manual|guides?|wiki|website|site|data|dataset|datasets|fonts?|artwork|assets|translations)\b|\b(?:my|our|a)\s+(?:little\s+|new\s+|small\s+|first\s+)?(?:pet|side|hobby|personal|new|own|open[- ]source)\s+(?:project|library|app|tool|repo)\b|\b(?:starting|start|started|creating|publishing|publish|releasing|release|open[- ]?sourcing|open[- ]?source)\s+(?:a|my|our)\b|\bfor\s+(?:our|my)\s+(?:own\s+|new\s+)?(?:[\w-]+\s+){0,2}(?:firmware|code|project|library|lib|app|tool|repo|package|crate|sdk)\b|\bfor\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*\?|\bfor\s+(?:our|my)\s+(?:new\s+|own\s+)?(?:[\w-]+\s+)?(?:kit|framework|engine|library|lib|app|tool|sdk|plugin|theme|package|crate|module|repo|project)\b|\bnew\s+(?:public\s+|open[- ]source\s+|internal\s+|small\s+)?(?:sdk|library|lib|project|app|tool|repo|package|crate|module|framework|cli)\b|\b(?:my|our)\s+(?:[\w-]+\s+){0,3}(?:tool|project|library|app|sdk|package|crate|repo|code|scripts?)\b[^.?!]{0,80}\b(?:never\s+picked|no\s+licen[cs]e|which\s+makes\s+more\s+sense)|\bwant\s+(?:our|my)\s+(?:own\s+)?(?:code|project|work|library|tool)\s+to\s+be\b|\b(?:it'?s|its|this\s+is)\s+an?\s+(?:[\w-]+\s+){0,3}project\b|\b(?:i'?m|we'?re|i am|we are)?\s*(?:writing|building|making|developing)\s+(?:a|an|my|our)\s+(?:new\s+|small\s+|little\s+)?(?:[\w-]+\s+)?(?:engine|library|framework|tool|app|project|sdk|toolkit|game)\b`)
)

// projectLogoRE finds a logo named as a project's ("the npm logo", "retropie's logo",
// "the Pale Moon name and logo"); logoOwnerRE is a word before it that makes it the
// asker's or no project's ("our logo", "my company logo", "the project logo").
var (
	projectLogoRE = regexp.MustCompile(`(?i)\b([\w.+-]+)(?:'s|’s)?\s+(?:official\s+)?(?:name\s+and\s+)?logos?\b`)
	logoOwnerRE   = regexp.MustCompile(`(?i)^(?:our|my|your|their|his|her|its|the|a|an|this|that|these|those|own|company|companies|project|app|apps|game|site|website|new|commercial|title|brand|custom|official|and|or|of|team|org|business|personal|startup|client|clients|font|icon|vector|includes|include|including|with|without|use|uses|using|into|in|on|for|from|no|any|some|like|as|to|is|are)$`)
)

// AsksAboutLogo tells whether a message asks about a project's logo or name, which its
// code's licence does not make free to use as a mark.
func AsksAboutLogo(text string) bool {
	if !strings.Contains(strings.ToLower(text), "logo") {
		return false
	}
	for _, m := range projectLogoRE.FindAllStringSubmatch(text, -1) {
		if !logoOwnerRE.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// sourceNotShippedRE: the source of what is shipped said to be held back: "we don t ship
// the fontforge sfd files it is built from", "we do not include the source".
var sourceNotShippedRE = regexp.MustCompile(` (?:don t|dont|do not|doesn t|doesnt|does not|never|didn t|did not) (?:ship|include|distribute|publish|provide|bundle) (?:the |its |their |our |any )?(?:[\w.+-]+ ){0,3}?(?:source|sources|source code|source files|sfd files|build files|build scripts|makefiles)\b`)

// shippedInTestsRE: files a project ships inside its tests: "ships freeserif.otf in its
// test data".
var shippedInTestsRE = regexp.MustCompile(`( (?:ships|ship|shipped|shipping|includes|include|included|bundles|bundle|bundled|distributes|distribute|distributed) (?:[\w.+-]+ ){1,4}?(?:in|with|inside|as part of) (?:its|our|their|the|my) )(?:test data|test suite|tests|test fixtures|fixtures|testdata|test files)\b `)

// portedServerRE: server software ported to another platform: "ported an ftp server to".
var portedServerRE = regexp.MustCompile(`( (?:ported|porting|port|ports) (?:an? |the |this |that |their |his |her )?(?:[\w.+-]+ ){0,3}?)server (to|for|onto) `)

// serverPluginRE: "server" naming the kind of software a plug-in or mod is for.
var serverPluginRE = regexp.MustCompile(` server (plugins?|mods?|add ?ons?|extensions?) `)

// rollOutRE: a thing rolled out, named between the words ("roll conan out").
// callsLibraryRE: code said to call a library ("my code calls a gpl library", "our
// app just calls the mit lib"), over the normalised text.
var callsLibraryRE = regexp.MustCompile(` (?:call|calls|calling) (?:into )?(?:a|an|the|this|that|their|its) (?:[\w.+-]+ ){0,2}(?:library|libraries|lib|libs|package|packages|module|modules|crate|crates|gem|gems|dll|dlls) `)

var rollOutRE = regexp.MustCompile(` roll(?:ing|ed|s)? [\w.-]+ out `)

// sourceKeptRE: the asker's source said never to leave ("our own source never leaves the
// company"), which keeps the code closed, not the program in house.
var sourceKeptRE = regexp.MustCompile(` (?:(?:our|my|the) )?(?:own )?source(?: code)? (?:never|doesn t|does not|won t|will never) leaves?\b`)

// licenceSaysRE: what a licence is said to let or make anyone do ("which says you can use
// modified versions provided you don't distribute them"), or what a project's README or
// author demands of everyone (demandSaid), up to the end of its sentence.
var licenceSaysRE = regexp.MustCompile(`\b(?:which|that|it|the\s+licen[cs]e|its\s+licen[cs]e|the\s+text)\s+(?:says|states|reads|allows|lets)\s+(?:that\s+)?(?:you|one|anyone|users?|licensees?|people)\s+(?:can|may|must|could|cannot|can'?t|are\s+allowed\s+to|have\s+to)\s+[^.?!]*|` + demandSaid)

// demandSaid: what a project's README or author is said to demand of everyone ("slimevr
// readme says anything built on it has to announce it uses slimevr"), up to the end of
// its sentence.
const demandSaid = `\b(?:readme|author|authors|maintainers?|docs|documentation|website|faq)\s+(?:says|states|claims|insists)\s+(?:that\s+)?(?:anything|anyone|everyone|everybody|everything|users?|you|derivatives?|forks?|projects?|apps?)\b[^.?!]*?\b(?:has\s+to|have\s+to|must|needs?\s+to|is\s+required\s+to|are\s+required\s+to)\s+[^.?!]*`

var demandSaidRE = regexp.MustCompile(demandSaid)

// AsksDemandHeld tells whether text says what a project's README or author demands of
// everyone who uses it and asks whether a licence requires that ("slimevr readme says
// anything built on it has to announce it uses slimevr. does mit actually require
// that?").
func AsksDemandHeld(text string) bool {
	lower := strings.ToLower(text)
	return demandSaidRE.MatchString(lower) && requiresThat(lower)
}

// productNameAskedRE: a question of a name for the asker's work: "does the php license
// stop me using PHP in the name?", "can we keep openssl in our product's name?", "may we
// use the name apache for our fork?".
var productNameAskedRE = regexp.MustCompile(`\b(?:in|into)\s+(?:the|my|our|its|their|a|his|her)\s+(?:(?:project|product|app|package|library|lib|tool|fork|plugin|module|crate|repo|software)(?:'s|s)?\s+)?names?\b|\b(?:use|using|keep|keeping|take|taking|call|calling|name|naming)\s+(?:the\s+name\s+|it\s+|my\s+[\w-]+\s+|our\s+[\w-]+\s+|the\s+[\w-]+\s+)?["'“]?[\w.+-]+["'”]?\s+(?:as|for|in)\s+(?:the|my|our|its)\s+(?:[\w-]+\s+)?(?:name|title|brand)\b|\buse\s+the\s+name\b`)

// AsksProductName tells whether text asks about a name for the asker's work ("does the
// php license stop me using PHP in the name?").
func AsksProductName(text string) bool {
	lower := strings.ToLower(text)
	return strings.Contains(lower, "name") && productNameAskedRE.MatchString(cmp.Or(askingSentence(lower), lower))
}

// forbidsDistributionRE: the code's own terms said to forbid handing it out:
// "distribution not permitted", "the header says no redistribution", "may not be
// distributed via any website … without the author's written approval", "forbids
// redistributing the files".
var forbidsDistributionRE = regexp.MustCompile(`\b(?:re)?distribution\s+(?:is\s+)?(?:not\s+(?:permitted|allowed)|prohibited|forbidden)\b|\bno\s+(?:re)?distribution\b|\b(?:may|must|can)\s*(?:not|n'?t)\s+be\s+(?:re)?distributed\b|\bforbids?\s+(?:re)?distribut\w*|\bnot\s+for\s+(?:re)?distribution\b|\b(?:don'?t|do\s+not)\s+(?:re)?distribute\b`)

// asksToShipRE: a question whether something may be handed out or published: "can i
// ship them in my toolchain package", "can that be on github", "is bundling the exe in
// an npm package OK?"; not whether something already done is distributing ("are we
// actually redistributing anything?").
var asksToShipRE = regexp.MustCompile(`\b(?:can|could|may|am\s+i\s+allowed\s+to|are\s+we\s+allowed\s+to|ok\s+to|okay\s+to|fine\s+to)\b[^.?!]*\b(?:ship|distribute|redistribute|bundle|include|publish|upload|host|be\s+on|go\s+on|go\s+into|push|commit|put)\b|\b(?:bundling|shipping|including|publishing|distributing|redistributing)\b[^.?!]*\b(?:ok|okay|fine|allowed|legal)\b`)

// ForbidsDistribution tells whether text says the code's own terms forbid handing it
// out and asks whether it may be shipped or published anyway ("the stm32 linker scripts
// say copyright ac6, distribution not permitted. can i ship them in my toolchain
// package").
func ForbidsDistribution(text string) bool {
	lower := strings.ToLower(text)
	return forbidsDistributionRE.MatchString(lower) && asksToShipRE.MatchString(cmp.Or(askingSentence(lower), lower))
}

// wrapperBetweenRE: a wrapper, layer or interface said to keep closed code apart from
// code it links: "wrapping the GPL part behind a 'controlled interface'", "a wrapper
// module under MIT", "a shim between our app and the GPL library", "isolate it behind an
// API".
var wrapperBetweenRE = regexp.MustCompile(`\b(?:wrap(?:ping|s|ped)?|put(?:ting)?|hid(?:e|ing))\s+(?:the\s+|a\s+|our\s+|its\s+)?(?:gpl'?d?\s+|agpl\s+|gpl-?licen[cs]ed\s+)?(?:part|code|library|lib|module|component|bits?|calls?|functions?)?\s*(?:behind|inside|with)\s+(?:a|an|the|our)\s+(?:[\w'-]+\s+){0,2}?(?:wrapper|interface|layer|api|shim|facade|boundary)\b` +
	`|\b(?:wrapper|shim|adapter|abstraction\s+layer|interface\s+layer|facade|glue\s+(?:layer|code|module))\s+(?:module\s+|library\s+)?(?:under|licensed\s+(?:under\s+)?|as|between|in\s+between)\s+(?:the\s+)?(?:mit|bsd|apache|lgpl|x11|isc|a\s+permissive|our|it|them|us)\b` +
	`|\bcontrolled\s+interface\b|\b(?:isolat|insulat|shield)\w*\s+(?:it|them|the\s+gpl\s+(?:part|code|library)|our\s+(?:code|side|app))\s+(?:behind|with|through|via|from)\b`)

// WrapperBetween tells whether text says a wrapper, layer or interface is meant to keep
// closed code apart from GPL or AGPL code (with no exception) of expr that it links:
// "the architect suggests wrapping the GPL part behind a 'controlled interface' and
// linking to it".
func WrapperBetween(text, expr string) bool {
	terms, err := Terms(expr)
	return err == nil && slices.ContainsFunc(terms, func(t string) bool { return !strings.Contains(t, " WITH ") && gnuCopyleft(t) }) &&
		wrapperBetweenRE.MatchString(strings.ToLower(text))
}

// movedToUnnamedRE: a project said to have moved from a licence to one the message does
// not name: "just moved from Apache to a copyleft licence", "switched from MIT to a
// non-commercial licence".
var movedToUnnamedRE = regexp.MustCompile(`\b(?:moved|moving|switched|switching|changed|changing|went|gone|going|relicensed|relicensing|migrated|migrating)\s+(?:over\s+|its\s+licen[cs]e\s+|the\s+licen[cs]e\s+)?from\s+(?:the\s+)?([\w.+-]+(?:\s+v?[\d.]+)?)\s+to\s+(?:a|an|some)\s+(?:[\w-]+\s+)?(?:copyleft|different|new|other|stricter|more\s+restrictive|non-?commercial|source[- ]available|proprietary|commercial|closed)\b`)

// thatOpenAskedRE: whether the licence just named is free or open source, asked of it
// as "that" or "it": "Is that still a free / open source licence?", "would it still be
// open source?".
var thatOpenAskedRE = regexp.MustCompile(`\b(?:is|isn'?t|would|will)\s+(?:that|it|this|the\s+new\s+(?:one|licen[cs]e))\s+(?:be\s+)?(?:still\s+)?(?:be\s+)?(?:an?\s+)?(?:free|open[\s-]?source|foss|floss|osi[\s-]approved|proper)\b`)

// cleanRoomRE and sameIdeasRE: code said to be written anew ("from scratch", "a
// clean-room implementation") with the same ideas and none of the original's code ("same
// architecture and ideas as Ultralytics but none of their code or weights").
var (
	cleanRoomRE = regexp.MustCompile(`\bfrom\s+scratch\b|\bclean[- ]room\b`)
	sameIdeasRE = regexp.MustCompile(`\b(?:same|similar)\s+(?:architecture|ideas?|algorithms?|design|approach|features?)\b|\bnone\s+of\s+(?:their|its|the)\s+(?:original\s+)?code\b|\bwithout\s+(?:copying|using)\s+(?:any\s+(?:of\s+)?)?(?:their|its|the\s+original)\s+code\b`)
)

// AsksCleanRoom tells whether text asks if a licence binds code written anew that takes
// the ideas of the code under it and none of its code.
func AsksCleanRoom(text string) bool {
	lower := strings.ToLower(text)
	return cleanRoomRE.MatchString(lower) && sameIdeasRE.MatchString(lower)
}

// stateLawRE: a law said to limit an employer's claim on what an employee makes on their
// own time: "Does California's law about own time and own equipment protect me?",
// "section 2870", "isn't there a state law".
var stateLawRE = regexp.MustCompile(`\bcalifornia\b|\b(?:labor|labour)\s+code\b|\b2870\b|\b(?:state|local|employment)\s+laws?\b|\blaws?\s+(?:about|on|that\s+(?:protects?|covers?|limits?))\b|\b(?:own|my)\s+time\s+and\s+(?:own|my)\s+(?:equipment|hardware|computer|laptop)\b`)

// AsksStateLaw tells whether the text asks if a law limits an employer's claim on what
// one makes on one's own time.
func AsksStateLaw(text string) bool { return stateLawRE.MatchString(lowerASCII(text)) }

// staticForOwnRE: static linking, or relinking, said of a library whose licence is being
// chosen: "cargo links everything statically", "the relink rule is a pain", "Go links
// everything into a single binary".
var staticForOwnRE = regexp.MustCompile(`\bstatic(?:ally)?[\s-]+link\w*|\blink\w*\s+(?:\w+\s+){0,3}?statically\b|\bre-?link\w*\b|\bsingle\s+(?:static\s+)?binary\b|\bstatic\s+(?:build|builds|libs?|library|libraries)\b`)

// serviceFitRE: software said to be run as a network service, or the network loophole
// said: "it is mainly a hosted web service", "the server loophole", "run it as SaaS".
var serviceFitRE = regexp.MustCompile(`\bhosted\b|\bweb\s+(?:service|app|application|site)\b|\bsaas\b|\bas\s+a\s+service\b|\b(?:server|network|saas|asp)\s+loophole\b|\b(?:public|game|web)\s+servers?\b|\bbehind\s+a\s+web\b|\bover\s+(?:a|the)\s+network\b|\bfederated\b`)

// AsksServiceFit tells whether the text chooses a licence for software run as a
// network service.
func AsksServiceFit(text string) bool { return serviceFitRE.MatchString(lowerASCII(text)) }

// AsksStaticForOwn tells whether the text speaks of static linking of the library whose
// licence it chooses.
func AsksStaticForOwn(text string) bool { return staticForOwnRE.MatchString(lowerASCII(text)) }

// vendoredInsideRE: a project said to carry other libraries inside it: "gost is mit but
// vendors a huge pile of libraries", "the engine also bundles third-party libraries".
var vendoredInsideRE = regexp.MustCompile(`\b(?:vendors|bundles|ships\s+with|carries)\s+(?:in\s+)?(?:a\s+)?(?:(?:huge|big|whole|large|long|bunch|pile|lot|lots|ton|tons|many|dozens|several|other|its|their|own|of|third[- ]party)\s+)*(?:libraries|libs|dependencies|deps|packages|modules|crates|gems|jars)\b`)

// ownVendoringRE: the asker as the one who vendors, just before the verb ("we bundle").
var ownVendoringRE = regexp.MustCompile(`\b(?:we|our|us|i|my)\b[^.?!]{0,20}$`)

// AsksVendoredInside tells whether the text says a project taken in carries other
// libraries inside it, whose licences it does not name.
func AsksVendoredInside(text string) bool {
	lower := lowerASCII(text)
	for _, m := range vendoredInsideRE.FindAllStringIndex(lower, -1) {
		if !ownVendoringRE.MatchString(lower[max(0, m[0]-25):m[0]]) {
			return true
		}
	}
	return false
}

// chargeAskedRE: whether the asker may charge for, or sell, what holds the code: "Can we
// charge customers for a product that includes GPL software?".
var chargeAskedRE = regexp.MustCompile(`\b(?:can|may|could|am\s+i\s+allowed\s+to|are\s+we\s+allowed\s+to|is\s+it\s+(?:ok|okay|legal|allowed|fine)\s+to)\s+(?:we|i)\s+(?:still\s+|legally\s+|even\s+)?(?:charge|sell|resell)\b`)

// AsksChargeForOpen tells whether the text asks if the asker may charge for what holds
// code under expr, every term of which is an open source licence.
func AsksChargeForOpen(text, expr string) bool {
	terms, err := Terms(expr)
	return err == nil && len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool { return !openTerm(t) }) && chargeAskedRE.MatchString(lowerASCII(text))
}

// openTerm tells whether one term of an expression is an open source licence:
// OSI-approved, or a dedication to the public domain that asks nothing ("plugin.json says
// CC0-1.0, but the LICENSE file says commercial redistribution needs the author's
// permission").
func openTerm(term string) bool {
	id := strings.TrimSpace(strings.Split(term, " WITH ")[0])
	l, ok := spdxList()[id]
	return ok && (l.OSI || dataCategories()[id] == "unencumbered")
}

// commercialLicenceSaidRE: a commercial or paid licence said to be needed beside the
// licence named, or asked whether one must be bought: "a commercial license is required
// for all commercial applications", "closed-source products need to buy a commercial
// licence", "commercial entities should get a commercial licence from the lab", "do we
// have to buy the commercial licence".
var commercialLicenceSaidRE = regexp.MustCompile(`\b(?:commercial|paid|proprietary|enterprise)\s+licen[cs]e\s+(?:is\s+|was\s+)?(?:required|needed|necessary|mandatory)\b|\b(?:need|needs|needing|must|have\s+to|has\s+to|required\s+to|should)\s+(?:to\s+)?(?:buy|purchase|pay\s+for|get|obtain|acquire)\s+(?:a|their|the|an?\s+extra)\s+(?:separate\s+)?(?:commercial|paid|proprietary)\s+licen[cs]e\b|\b(?:requires?|requiring|needing)\s+(?:a\s+)?(?:commercial|paid)\s+licen[cs]e\b|\bwithout\s+(?:buying|purchasing|paying\s+for|getting)\s+(?:a|the|their|an?\s+extra)\s+(?:commercial|paid)\s+licen[cs]e\b`)

// CommercialLicenceSaid tells whether text says that a commercial or paid licence is
// needed, or asks whether one must be bought, for code whose licence, expr, is open
// source in every term ("sharer.js is mit but the author says closed-source products
// need to buy a commercial licence. do we have to pay?").
func CommercialLicenceSaid(text, expr string) bool {
	terms, err := Terms(expr)
	if err != nil || len(terms) == 0 || !commercialLicenceSaidRE.MatchString(strings.ToLower(text)) {
		return false
	}
	return !slices.ContainsFunc(terms, func(t string) bool { return !openTerm(t) })
}

// staticFlagRE: a static-linking flag or library: "-static", "-static-libgcc",
// "static-lib", or a build option that makes static libraries instead of shared ones
// (Conan's "shared=False", CMake's "BUILD_SHARED_LIBS=OFF", Autoconf's
// "--disable-shared").
var staticFlagRE = regexp.MustCompile(`(?:^|\s)-static\b|\bstatic[- ]lib|\bshared\s*=\s*(?:false|off|no|0)\b|build_shared_libs\s*=\s*(?:false|off|no|0)\b|--disable-shared\b|--enable-static\b`)

// headerOnlyRE: a header-only library ("jsonrpc-lean is header only"), whose code is
// compiled into every program that includes it: linked statically, whatever is said of
// linking.
var headerOnlyRE = regexp.MustCompile(`\bheader-only\b|\bheaders?\s+only\s+(?:c\+\+\s+|c\s+|template\s+)?(?:librar(?:y|ies)|libs?|templates?|wrappers?|crates?|modules?)\b|\b(?:is|are|it'?s|its)\s+(?:all\s+|entirely\s+|purely\s+|just\s+)?headers?\s+only\b`)

// SaysHeaderOnly tells whether the text speaks of a header-only library (headerOnlyRE).
func SaysHeaderOnly(text string) bool { return headerOnlyRE.MatchString(strings.ToLower(text)) }

// staticBuildRE: a library said to be built static, its name the group: "static qt", "a
// static build of ffmpeg", "statically built openssl".
var staticBuildRE = regexp.MustCompile(`\b(?:static|statically[- ](?:built|compiled))\s+(?:(?:build|builds|copy|version)\s+of\s+)?(?:the\s+)?([a-z0-9][\w.+-]*)(\s+(?:executables?|exes?|binar(?:y|ies)|cli|command|commands|tools?|programs?)\b)?`)

// staticBuildOf tells whether a well-known project the question names is said to be
// built static: "does static qt in our closed app break the lgpl?". "static site" or
// "static assets" name no library, and a program built static ("static ffmpeg
// executables") is not linked into the work.
func staticBuildOf(lower string, f found) bool {
	if !strings.Contains(lower, "static") {
		return false
	}
	for _, m := range staticBuildRE.FindAllStringSubmatchIndex(lower, -1) {
		if m[4] >= 0 {
			continue // "static ffmpeg executables": a program of its own, shipped beside the work
		}
		if knownProjects()[norm(lower[m[2]:m[3]])] != nil {
			return true
		}
		for i, at := range f.at {
			if at[0] == m[2] && i < len(f.projects) && f.projects[i] != nil {
				return true
			}
		}
	}
	return false
}

// saidOfOtherVersions are the licences of f said of other versions than the one asked
// about.
func saidOfOtherVersions(lower string, f found) map[int]bool {
	old := map[int]bool{}
	for i, at := range f.at {
		if at[0] >= 0 && at[0] <= len(lower) && otherVersionsRE.MatchString(lower[max(0, at[0]-50):at[0]]) {
			old[i] = true
		}
	}
	return old
}

// otherVersionsRE: a licence said of versions other than the one asked about: "newer
// versions are under", "later releases moved to".
var otherVersionsRE = regexp.MustCompile(`\b(?:newer|later|recent|current|subsequent|future|new)\s+(?:versions?|releases?)\s+(?:are|were|is|have\s+been|moved\s+to|switched\s+to|went|use|come)\b[^.?!]{0,25}$`)

// toolMeansRE: the words before a tool that it is only the means: "via cocoapods",
// "through gradle".
var toolMeansRE = regexp.MustCompile(`\b(?:via|through|thru)\s+(?:the\s+)?$`)

// toolAPIRE: code written against a tool's own interface ("add-ons that use its Python
// API"), which makes the tool the host, not only the program built with.
var toolAPIRE = regexp.MustCompile(`\b(?:its|their|the\s+[\w-]+|[\w-]+'s)\s+(?:python\s+|plugin\s+|extension\s+|scripting\s+)?api\b` +
	// "our viewer links the pandoc library": a tool's own library built into the work.
	`|\b(?:link|links|linking|linked|import|imports|importing|imported|embed|embeds|embedding|embedded)\s+(?:against\s+|to\s+|with\s+|in\s+)?(?:the\s+)?[\w.+-]+\s+(?:library|libraries|lib|package|crate|module|bindings)\b`)

// shipsRE: the question says something is handed over, or served to browsers.
var shipsRE = regexp.MustCompile(`\b(?:ship|ships|shipping|shipped|distribute\w*|sell|sells|selling|release|releasing|deliver\w*|link|links|linking|linked|static|statically|serve|serves|served|serving|bundle|bundles|bundled|bundling|publish|publishes|published|publishing)\b`)

// backgroundProjects are the licences of f read from projects named only as the setting
// of the question (a project's name that is also a licence's, "PostgreSQL", too): every mention of the project is in a sentence that names no licence
// and says nothing of taking code in, shipping or changing it ("we test with Firefox",
// "the backend runs on Kafka").
func backgroundProjects(lower string, f found) map[int]bool {
	bg := map[int]bool{}
	for i, p := range f.projects {
		if f.at[i][1] < 0 || f.at[i][1] > len(lower) {
			continue
		}
		if p == nil && !namesProject(lower, f.at[i]) {
			continue // a licence named as such ("under PostgreSQL" is read by the words around it)
		}
		if !slices.ContainsFunc(f.mentions(i), func(at [2]int) bool {
			return !settingOnly(lower, f, at) && !eventNamed(lower, at) || movedOn(lower[at[1]:])
		}) {
			bg[i] = true
		}
	}
	return bg
}

// workKindBeforeRE and workKindAfterRE find a project named as the kind of the asker's
// work ("in our closed-source react app", "into a Django site"): the words before the
// name and the work after it. A plug-in, theme or mod is for its host, whose licence
// reaches it, so those are not.
var (
	workKindBeforeRE = regexp.MustCompile(`\b(?:in|into|inside|within|for|to)\s+(?:our|my|a|an)\s+(?:(?:own|new|closed[- ]source|proprietary|commercial|internal|existing|paid|private|small|company|production)\s+){0,3}$`)
	workKindAfterRE  = regexp.MustCompile(`^(?:\.js|js)?\s+(?:app|apps|application|frontend|front[- ]end|website|site|web\s*app|backend|codebase|project|ui|dashboard|client)\b`)
)

// workKindProjects are the projects of f every mention of which names the kind of the
// asker's work ("our react app").
func workKindProjects(lower string, f found) map[int]bool {
	return f.projectsMentionedOnly(func(at [2]int) bool {
		return at[0] >= 0 && at[1] <= len(lower) && workKindBeforeRE.MatchString(lower[:at[0]]) && workKindAfterRE.MatchString(lower[at[1]:])
	})
}

// projectsMentionedOnly are the indices of f's projects every mention of which is as
// said tells.
func (f found) projectsMentionedOnly(said func(at [2]int) bool) map[int]bool {
	only := map[int]bool{}
	for i, p := range f.projects {
		if p != nil && !slices.ContainsFunc(f.mentions(i), func(at [2]int) bool { return !said(at) }) {
			only[i] = true
		}
	}
	return only
}

// thingForHostAfterRE: a thing made for a project, said after the project's name, that
// is data or settings for it rather than code built on it ("a grafana dashboard json", "a
// home assistant blueprint"); a plug-in, theme or module is built on its host, whose
// licence may reach it, so those are not.
var thingForHostAfterRE = regexp.MustCompile(`^(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:dashboards?|configs?|configuration|presets?|skins?|workflows?|playbooks?|recipes?|blueprints?|maps?|levels?|wallpapers?)\b`)

// hostOfThingProjects are the projects of f every mention of which names what a thing is
// made for (thingForHostAfterRE).
func hostOfThingProjects(lower string, f found) map[int]bool {
	return f.projectsMentionedOnly(func(at [2]int) bool {
		return at[1] >= 0 && at[1] <= len(lower) && thingForHostAfterRE.MatchString(lower[at[1]:])
	})
}

// eventAfterRE: a project named as what an affair was about ("after the vlc mess", "the
// whole xfree86 saga"), which sets the scene and is not what is taken in.
var eventAfterRE = regexp.MustCompile(`^(?:'s|’s)?\s+(?:licen[cs]e\s+|licensing\s+|app\s+store\s+|gpl\s+)?(?:mess|saga|drama|fiasco|debacle|controversy|affair|kerfuffle|fallout|incident|lawsuit|dispute|fight|story)\b`)

// eventNamed tells whether the project mention at names an affair ("after the vlc
// mess").
func eventNamed(lower string, at [2]int) bool {
	return at[1] >= 0 && at[1] <= len(lower) && eventAfterRE.MatchString(lower[at[1]:])
}

// movedOnRE: a project said to have moved to a licence, or to be under one, right after
// its name ("grafana went agpl", "ua-parser-js v2 went agpl plus commercial", "Mini-XML
// is apache 2.0 now"), whose licence is what the question is about.
var movedOnRE = regexp.MustCompile(`^(?:\s+v?\d[\w.]*)?\s+(?:just\s+|has\s+|have\s+|recently\s+|now\s+)*(?:went|moved\s+to|switched\s+to|changed\s+to|relicensed\s+to|became|is\s+now|are\s+now|is|are|was|were)\s+(?:now\s+)?(?:licen[cs]ed\s+)?(?:under\s+)?(?:the\s+|an?\s+)?([\w.+-]+)`)

func movedOn(after string) bool {
	m := movedOnRE.FindStringSubmatch(after)
	return m != nil && NamesLicense(m[1])
}

// settingOnly tells whether the sentence around the mention at names no licence as such
// and neither speaks of licences nor takes code in.
func settingOnly(lower string, f found, at [2]int) bool {
	if at[0] < 0 || at[1] > len(lower) {
		return false
	}
	start, end := sentenceAround(lower, at[0], at[1])
	for j, o := range f.at {
		if f.projects[j] != nil || o[0] < start || o[1] > end || o[1] < 0 {
			continue
		}
		if _, project := knownProjects()[lower[o[0]:o[1]]]; !project { // "on Kubernetes" is no licence named
			return false
		}
	}
	// "Our GTK bindings for Rust are LGPL like GTK itself": a sentence that says what the
	// asker's own work is under speaks of licences, even when the licence it names was
	// read as the project's.
	return !licenceTalkRE.MatchString(lower[start:end]) && !takesCodeRE.MatchString(lower[start:end]) && !ownLicenceNamed(lower[start:end])
}

// ownLicenceNamed tells whether sentence says the asker's own work is under a licence
// it names ("our gtk bindings are lgpl"), not what else it is ("our website is java").
func ownLicenceNamed(sentence string) bool {
	for _, m := range ownLicenceSaidRE.FindAllStringIndex(sentence, -1) {
		if next, _, _ := strings.Cut(strings.TrimSpace(sentence[m[1]:]), " "); NamesLicense(next) {
			return true
		}
	}
	return false
}

// sentenceAround is the sentence of lower that holds [pos, end).
func sentenceAround(lower string, pos, end int) (int, int) {
	start := 0
	if locs := sentenceEndRE.FindAllStringIndex(lower[:pos], -1); len(locs) > 0 {
		start = locs[len(locs)-1][1]
	}
	stop := len(lower)
	if loc := sentenceEndRE.FindStringIndex(lower[end:]); loc != nil {
		stop = end + loc[1]
	}
	return start, stop
}

// licenceTalkRE: a sentence that speaks of licences, or of a project moving from one to
// another ("minio just moved from apache 2 to agpl v3"); takesCodeRE: one that takes code in,
// ships it, changes it or builds on it. A project named in either is part of the question.
var (
	licenceTalkRE = regexp.MustCompile(`licen[cs]|copyleft|copyright|open[- ]?source|public domain|\bterms\b|\bdual\s+(?:bsd|mpl|mit)/gpl\b|\b(?:mov(?:ed|es|ing)|switch\w*|chang\w*|migrat\w*|went)\s+(?:\w+\s+){0,2}(?:from|to)\b|\bunder\s+(?:the\s+|a\s+|an\s+)?\w+\s+(?:licen|terms)`)
	takesCodeRE   = regexp.MustCompile(`\b(?:bundl\w*|ship\w*|embed\w*|includ\w*|link\w*|vendor\w*|fork\w*|modif\w*|chang(?:ed|ing)|tweak\w*|remix\w*|adapt(?:ed|ing|s)?|alter(?:ed|ing|s)?|customi[sz]\w*|rework\w*|edit(?:ed|ing)|cop(?:y|ied|ies|ying)|(?:re)?distribut\w*|depend\w*|import\w*|integrat\w*|incorporat\w*|packag\w*|sell\w*|sold|wrap\w*|port(?:ed|ing|s)?|extend\w*|plug-?ins?|add-?ons?|patch\w*|contribut\w*|static\w*|dynamic\w*|deriv\w*|based\s+on|buil[dt]\w*|on\s+top\s+of|into|inside|within|in\s+(?:our|my|the|their|a|an)\s+\w+|with\s+(?:our|my)|requir\w*|needs?|calls?|compil\w*|install\w*|offer\w*|provid\w*|publish\w*|releas\w*|upload\w*|fine-?tun\w*|train\w*|use[sd]?\s+(?:it|them|\w+)\s+(?:in|as|for\s+our)|us(?:e|es|ed|ing)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:library|libraries|lib|sdk|framework|component|module|package|code|engine))\b`)
)

// secondaryLicenceRE: a licence named as EPL-2.0's "Secondary License" ("EPL 2.0 with a
// secondary license for GPL-2.0+"), which makes the two a choice.
var secondaryLicenceRE = regexp.MustCompile(`\bsecondary\s+licen[cs]es?\b`)

// mentions are where the licence at index i is named: its first mention, then the others.
func (f found) mentions(i int) [][2]int {
	out := [][2]int{f.at[i]}
	for _, m := range f.again[i] {
		out = append(out, m.at)
	}
	return out
}

// withoutSaidOnlyAfter is f without the licences every mention of which has words
// before it that before matches ("hoping for bsd", "used to be gplv3").
func (f found) withoutSaidOnlyAfter(lower string, before *regexp.Regexp) found {
	saidAfter := func(at [2]int) bool { return saidJustAfter(lower, at, before, 40) }
	return f.without(func(i int) bool {
		return saidAfter(f.at[i]) && !slices.ContainsFunc(f.again[i], func(m mention) bool { return !saidAfter(m.at) })
	})
}

// saidJustAfter tells whether the words in the window bytes before a mention at match
// before, an expression anchored at its end ("used to be ", "back when it was ").
func saidJustAfter(lower string, at [2]int, before *regexp.Regexp, window int) bool {
	return at[0] > 0 && at[0] <= len(lower) && before.MatchString(lower[max(0, at[0]-window):at[0]])
}

// without is f without the licences drop says so of (by their index in f).
func (f found) without(drop func(i int) bool) found {
	var g found
	g.twice, g.files, g.unproposed = f.twice, f.files, f.unproposed
	last := -2 // the index in f of the licence kept last
	for i := range f.ids {
		if drop(i) {
			continue
		}
		g.stated = append(g.stated, f.statedAfter(last, i))
		last = i
		if m, ok := f.again[i]; ok {
			if g.again == nil {
				g.again = map[int][]mention{}
			}
			g.again[len(g.ids)] = m
		}
		g.ids, g.joins, g.next, g.at = append(g.ids, f.ids[i]), append(g.joins, f.joins[i]), append(g.next, f.next[i]), append(g.at, f.at[i])
		g.projects, g.said, g.how = append(g.projects, f.projects[i]), append(g.said, f.said[i]), append(g.how, f.how[i])
	}
	for _, n := range f.notes {
		a, b, pair := strings.Cut(n.ID, " OR ")
		if slices.Contains(g.ids, n.ID) || pair && slices.Contains(g.ids, a) && slices.Contains(g.ids, b) {
			g.notes = append(g.notes, n)
		}
	}
	if len(g.joins) > 0 {
		g.joins[0] = ""
	}
	return g
}

// withoutTools is f without the tools drop picks, except that a licence a tool shares
// with one named outright ("packaged with electron-builder … npm packages under MIT")
// stays, as that licence, at the place it is named. lower is the text f was read from.
func (f found) withoutTools(lower string, drop func(i int) bool) found {
	drops := make([]bool, len(f.ids))
	kept, cloned := f, false
	for i := range f.ids {
		if drops[i] = drop(i); !drops[i] {
			continue
		}
		j := slices.IndexFunc(f.again[i], func(m mention) bool {
			return m.at[0] >= 0 && m.at[1] > m.at[0] && m.at[1] <= len(lower) && NamesLicense(lower[m.at[0]:m.at[1]])
		})
		if j < 0 {
			continue
		}
		if !cloned {
			kept.at, kept.next, kept.projects = slices.Clone(f.at), slices.Clone(f.next), slices.Clone(f.projects)
			kept.said, kept.how, kept.again = slices.Clone(f.said), slices.Clone(f.how), maps.Clone(f.again)
			cloned = true
		}
		m := f.again[i][j]
		kept.at[i], kept.next[i], kept.projects[i], kept.said[i], kept.how[i] = m.at, m.next, nil, "", ""
		kept.again[i] = slices.Delete(slices.Clone(f.again[i]), j, j+1)
		drops[i] = false
	}
	return kept.without(func(i int) bool { return drops[i] })
}

// statedAfter tells whether ids[i] stays said with the licence kept before it, ids[prev],
// as one thing's licence: only when that one is its neighbour in the text.
func (f found) statedAfter(prev, i int) bool {
	return prev == i-1 && i < len(f.stated) && f.stated[i]
}

// intoBefore tells whether "into" comes shortly before pos: "go into the Linux kernel".
func intoBefore(lower string, pos int) bool {
	i := strings.LastIndex(lower[:pos], " into ")
	return i >= 0 && pos-i < 30
}

// saysBeforeRE: the words before a licence say a thing says it is under it: "the
// package says", "the README lists".
var saysBeforeRE = regexp.MustCompile(`\b(?:says|say|lists|declares)\s+(?:it(?:'s|\s+is)\s+)?(?:the\s+)?$`)

// whatUnderRE: the question asks what licence something is under.
var whatUnderRE = regexp.MustCompile(`\b(?:what(?:'s|’s|\s+is|\s+are)|which)\b[^?]{0,40}\bunder\b|\b(?:which|what)\s+licen[cs]e\b`)

// loneIncoming tells whether, of two licences where one is said to be code taken in and
// nothing is said of the other, the other is the work's ("could godot just pull a gplv3
// gdscript converter into the engine core? godot is mit"): it is, unless the asker's
// work is closed (both are then taken in), the licences are a choice ("dual licensed
// GPLv2 and MIT") or of different parts of one thing ("the code is Apache 2.0 but the
// weights are CC BY-NC 4.0"), or the question asks what licence something has or which
// to choose.
func loneIncoming(lower string, f found, q Question, n string, in, other int) bool {
	if q.Proprietary || q.Topic != "" || choiceRE.MatchString(lower) || whatUnderRE.MatchString(lower) || licenceFieldRE.MatchString(lower) || strings.Contains(plainExpression(f, n), " OR ") ||
		slices.Contains(strings.Fields(f.joins[1]), "or") {
		return false
	}
	if f.projects[in] != nil && f.projects[other] != nil {
		return false // "libvlc … I always thought VLC was GPL": two projects, neither said to hold the other
	}
	if at := f.at[other][0]; at > 0 && at <= len(lower) && layerBeforeRE.MatchString(lower[max(0, at-50):at]) {
		return false // "the HomeKit library is MIT and esp-open-rtos underneath is BSD": a layer below, taken in too
	}
	if end := f.at[in][1]; end < 0 || end > len(lower) || licenceNounRE.MatchString(lower[end:]) {
		return false // "can i take the mit licence and ignore gplv2?": a licence taken up, not code
	}
	if at, end := f.at[other][0], f.at[other][1]; at < 0 || end > len(lower) || licenceAskedRE.MatchString(lower[max(0, at-20):at]) && licenceReachRE.MatchString(lower[end:]) {
		return false // "does the ofl apply to my pdf?": what the licence reaches is asked
	}
	parts := 0
	for _, at := range f.at {
		if at[0] > 0 && at[0] <= len(lower) && partBeforeRE.MatchString(lower[max(0, at[0]-60):at[0]]) {
			parts++
		}
	}
	return parts < 2
}

// layerBeforeRE: the words before a licence say it is of a layer under what is taken
// in ("esp-open-rtos underneath is", "the underlying runtime is").
var layerBeforeRE = regexp.MustCompile(`\b(?:underneath|beneath|below\s+(?:it|that)|underlying|under\s+the\s+hood)\b[^.?!]{0,30}?\b(?:is|are|uses)\s+(?:licen[cs]ed\s+)?(?:under\s+)?(?:the\s+)?$`)

var (
	licenceNounRE  = regexp.MustCompile(`^\s*(?:licen[cs]es?|terms|option)\b`)
	licenceAskedRE = regexp.MustCompile(`\b(?:does|do|would|will|could|can)\s+(?:the\s+)?$`)
	licenceReachRE = regexp.MustCompile(`^\s*(?:licen[cs]e\s+)?(?:really\s+|actually\s+|also\s+|even\s+|still\s+)?(?:apply|cover|require|mean|reach|extend|affect)\b`)
)

// licenceFieldRE asks what to declare as a licence: "what do we put as the licence",
// "what should the licence field say".
var licenceFieldRE = regexp.MustCompile(`\bwhat\s+(?:do|should|must|would|can)\s+(?:we|i)\s+(?:put|write|declare|list|use|enter|set)\s+(?:as|for|in)\s+(?:the\s+)?(?:licen[cs]e|spdx)\b|\blicen[cs]e\s+(?:field|tag|metadata|header|identifier|expression)\b[^.?!]{0,40}\b(?:say|be|read|contain)\b`)

// saidOfSubject tells whether the licence at pos is said to be a thing's: "mongoose is",
// "the package says", "nuttx (".
func saidOfSubject(lower string, pos int) bool {
	if pos <= 0 || pos > len(lower) {
		return false
	}
	before := lower[max(0, pos-40):pos]
	return isBeforeRE.MatchString(before) || saysBeforeRE.MatchString(before)
}

// movedFromTo tells whether the licences named are a move of code from the first to the
// rest, offered as a choice: "relicense from GPL to MIT or Apache", "switch the project
// from LGPL-2.1 to MIT".
func movedFromTo(lower string, f found) bool {
	if len(f.ids) < 2 || f.at[0][0] < 0 || f.at[0][0] > len(lower) {
		return false
	}
	before := lower[max(0, f.at[0][0]-60):f.at[0][0]]
	switch {
	case strings.Contains(before, "from") && movedFromRE.MatchString(before) && movedOnToRE.MatchString(f.joins[1]):
	case strings.Contains(before, "replac") && replacedRE.MatchString(before) && replacedWithRE.MatchString(f.joins[1]):
		// "can I simply replace the MIT LICENSE with Apache-2.0?"
	case arrowJoinRE.MatchString(f.joins[1]) && arrowMoveBeforeRE.MatchString(before):
		// "you changed licence mit -> gpl": the move written as an arrow.
	case republishedAsRE.MatchString(f.joins[1]) && republishedBetween(lower, f):
		// "someone ported an mpl-2.0 prettier plugin to typescript and published it as
		// mit": code under the first put out again under the second.
	default:
		return false
	}
	for _, j := range f.joins[2:] {
		if !choiceJoinRE.MatchString(j) {
			return false
		}
	}
	return true
}

// republishedAsRE ends the words between two licences with the code under the first
// put out again under the second: "… and published it as", "… then re-released the fork
// under the", "relicensed the copy as".
var republishedAsRE = regexp.MustCompile(republishedAs + `\s*$`)

// republishedAs: code put out again under a licence, the licence's name to follow.
const republishedAs = `\b(?:re-?)?(?:publish(?:ed|es|ing)?|releas(?:ed|es|ing)|upload(?:ed|s|ing)|relicen[cs](?:ed|es|ing)|distribut(?:ed|es|ing))\s+(?:it|them|(?:the|their|his|her|a|an)\s+(?:[\w-]+\s+){0,2}?(?:fork|port|copy|rewrite)|(?:the|their|his|her|a|an|our|my)\s+(?:[\w.+-]+\s+){0,3}?(?:font|typeface|library|lib|code|plugin|package|icons|assets))\s+(?:again\s+)?(?:as|under)(?:\s+(?:the|an?))?`

var republishedAtRE = regexp.MustCompile(republishedAs + `\s+`)

// republishedBetween tells whether the words between the first two licences f names
// put the code under the first out again under the second (republishedAt).
func republishedBetween(lower string, f found) bool {
	from, to := f.at[0][1], f.at[1][0]
	if from < 0 || to > len(lower) || from >= to {
		return false
	}
	m := republishedAtRE.FindStringIndex(lower[from:to])
	return m != nil && republishedAt(lower, []int{from + m[0], from + m[1]})
}

// itObjectRE: the words put out again name what as "it" or "them".
var itObjectRE = regexp.MustCompile(`\s(?:it|them)\s`)

// takenThenRE: code taken before it is put out again: "ported", "forked", "took",
// "copied", "translated", "rewrote", "cloned".
var takenThenRE = regexp.MustCompile(`\b(?:port(?:s|ed|ing)?|fork(?:s|ed|ing)?|took|tak(?:e|es|en|ing)|cop(?:y|ies|ied|ying)|translat\w*|rewr(?:ote|itten|ite|ites|iting)|clon(?:e|es|ed|ing)|lift(?:s|ed|ing)?)\b`)

// republishedAt tells whether the words put out again at m in lower (republishedAtRE)
// are said of code taken: the fork, port or copy named ("publish the fork under"), or
// "it" after a verb that takes code earlier in the sentence ("ported an mpl-2.0 plugin
// … and published it as"), not the asker's own work ("a wrapper around CGAL and released
// it under MIT").
func republishedAt(lower string, m []int) bool {
	// Back to the sentence's start; a version's dot ("mpl-2.0") ends none.
	start := strings.LastIndexAny(versionDotRE.ReplaceAllString(lower[:m[0]], "${1}_${2}"), ".?!") + 1
	switch said := lower[m[0]:m[1]]; {
	case itObjectRE.MatchString(said):
		return takenThenRE.MatchString(lower[start:m[0]])
	case takenCopyRE.MatchString(said):
		return true // "publish the fork under"
	default:
		// "a repo redistributing the fira code font under gpl-3.0": a thing put out by
		// others, not the asker's own release of it ("we published our library under").
		return !ownSubjectBeforeRE.MatchString(lower[start:m[0]])
	}
}

// takenCopyRE: a fork, port or copy named as what is put out again; ownSubjectBeforeRE:
// the asker, just before the verb, as the one who puts it out.
var (
	takenCopyRE        = regexp.MustCompile(`\b(?:fork|port|copy|rewrite)\b`)
	ownSubjectBeforeRE = regexp.MustCompile(`\b(?:we|i)(?:'ve|'d|'ll|'re|'m|\s+(?:have|had|will|would|want\s+to|plan\s+to|are|am|just|then|also|could|can|should|may|might))*\s*$`)
)

// RepublishedUnder tells whether the text says code under the licence from, named
// first, was put out again under the licence to ("someone ported an mpl-2.0 prettier
// plugin to typescript and published it as mit"); not the asker's own work put out
// under a licence before code under another is named ("I wrote a small Vue wrapper and
// published it under MIT. It needs ScrollReveal 4 at runtime, which is GPLv3").
func RepublishedUnder(text, from, to string) bool {
	lower := lowerASCII(text)
	for _, m := range republishedAtRE.FindAllStringIndex(lower, -1) {
		if republishedAt(lower, m) && slices.Contains(FindLicenses(lower[m[1]:min(len(lower), m[1]+30)]), to) && slices.Contains(FindLicenses(lower[:m[1]]), from) {
			return true
		}
	}
	return false
}

// arrowJoinRE joins two licences with an arrow ("mit -> gpl"); arrowMoveBeforeRE says,
// before the first, that a licence moves ("changed licence", "relicensing").
var (
	arrowJoinRE       = regexp.MustCompile(`^\s*(?:-+>|→|=>|⇒)\s*$`)
	arrowMoveBeforeRE = regexp.MustCompile(`\b(?:chang\w*|switch\w*|mov\w*|relicen[cs]\w*|migrat\w*|went|licen[cs]e|licen[cs]ing)\b[^.?!]{0,30}$`)
)

// replaceAsked: a licence about to be replaced by another, asked about or planned, up
// to the licence replaced ("can I simply replace the ").
const replaceAsked = `\b(?:can|could|should|shall|may|might|would|will|wants?\s+to|like\s+to|plan(?:ning)?\s+to|need\s+to|just|simply|thinking\s+(?:of|about)|considering)\b[^.?!]{0,30}?\breplac(?:e|ing)\s+(?:the\s+|our\s+|my\s+|its\s+|this\s+|that\s+|their\s+)?(?:existing\s+|current\s+|old\s+)?`

// moveAsked: a move of licence asked about or planned (not one reported: "it just moved
// from MIT to the MPL"), up to the word "from".
const moveAsked = `\b(?:can|could|should|shall|may|might|would|will|wants?\s+to|like\s+to|plan(?:ning)?\s+to|need\s+to|thinking\s+(?:of|about)|considering|how\s+(?:do|can|would|should|could))\b[^.?!]{0,40}?\b(?:relicen[cs](?:e|ing)|re-licen[cs](?:e|ing)|switch(?:ing)?|mov(?:e|ing)|chang(?:e|ing)|convert(?:ing)?|migrat(?:e|ing)|go|going)\b[^.?!]{0,40}\bfrom\s+`

var (
	// moveAskedRE: a move of a project's licence from one to another, asked about or
	// planned.
	moveAskedRE = regexp.MustCompile(moveAsked + `[^.?!]{1,40}?\s+to\b`)
	// movedFromRE: such a move, said up to the licence it moves from.
	movedFromRE = regexp.MustCompile(moveAsked + `(?:the\s+|an?\s+|its\s+|their\s+|our\s+|my\s+)?$`)
	// movedOnToRE: the words between the licence moved from and the one moved to.
	movedOnToRE = regexp.MustCompile(`^[\s,]*(?:licen[cs]es?\s+|licen[cs]ed\s+)?(?:over\s+)?to(?:\s+(?:the|an?|either))?\s*$`)
	// replacedRE: a licence about to be replaced by another, asked about or planned, up
	// to the licence replaced ("can I simply replace the MIT LICENSE with Apache-2.0?").
	replacedRE = regexp.MustCompile(replaceAsked + `$`)
	// replacesOwnLicenceRE: the licence file of the asker's work replaced by another,
	// asked about or planned ("can I simply replace the MIT LICENSE with Apache-2.0?").
	replacesOwnLicenceRE = regexp.MustCompile(replaceAsked + `[\w.+-]+(?:\s+[\w.+-]+)?\s+licen[cs]e\b`)
	// replacedWithRE: the words between the licence replaced and its replacement.
	replacedWithRE = regexp.MustCompile(`^\s*(?:licen[cs]e|licen[cs]ing)?(?:\s*(?:file|text|notice|headers?))?\s*(?:with|by|for)(?:\s+(?:the|an?))?\s*$`)
	// choiceJoinRE: licences offered as a choice ("MIT or Apache", "MIT/BSD").
	choiceJoinRE = regexp.MustCompile(`^\s*(?:,\s*)?(?:or|/|\|)?(?:\s+(?:the|an?))?\s*$`)
)

// becomeToRE: the words before the licence a work is to take: "we'd like it to be",
// "make it", "switch our repo to".
// shouldUseRE: the asker is told, or wonders, which licence to use for their work,
// said up to the licence ("people say i should use ").
var shouldUseRE = regexp.MustCompile(`\b(?:i|we)\s+(?:should|ought\s+to|must)\s+(?:rather\s+|instead\s+|just\s+|really\s+)?(?:use|go\s+with|pick|choose|adopt)\s+(?:the\s+)?$`)

var becomeToRE = regexp.MustCompile(`\b(?:` + givenOutAgain + `)\b[^.?!]{0,50}\bunder\s+(?:the\s+)?$|\bre-?us(?:e|es|ed|ing)\s+(?:it|them|this|that|the\s+[\w-]+|their\s+[\w-]+|its\s+[\w-]+)\s+(?:all\s+)?under\s+(?:the\s+|an?\s+)?$|\bfork\s+(?:just\s+|simply\s+)?(?:go|become|be|switch\s+to|move\s+to)\s+$|\b(?:(?:like|want|prefer|need|wish)\s+(?:it|them|this|the\s+[\w-]+|our\s+[\w-]+|my\s+[\w-]+)\s+to\s+be|make\s+(?:it|them|this)|(?:switch\w*|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|relicen[cs]\w*|convert\w*)\s+(?:(?:it|them|this)\s+|(?:the|our|my)\s+(?:[\w.+-]+\s+){1,3})(?:over\s+)?to)\s+(?:the\s+|an?\s+)?(?:(?:copyleft|permissive|new|stricter|weaker|weak\s+copyleft|strong\s+copyleft)\s+)?$`)

// othersMoveRE: the words before a move name someone else as the one who moves ("they
// moved it to", "the commits that moved it to", "upstream changed it to").
var othersMoveRE = regexp.MustCompile(`\b(?:they|he|she|upstream|master|main|the\s+(?:maintainers?|authors?|developers?|devs|owners?|company|vendor|upstream|original\s+[\w-]+)|commits?\s+that|(?:a\s+|the\s+)?(?:commit|pr|pull\s+request|patch)\s+(?:that|which))\s+(?:[\w']+\s+){0,2}?$`)

// becomeToByAsker tells whether before, the words up to a licence, say the asker's work
// is to become that licence (becomeToRE), and not that someone else moved their own
// project to it ("Master already contained the commits that moved it to GPL").
func becomeToByAsker(before string) bool {
	loc := becomeToRE.FindStringIndex(before)
	return loc != nil && !othersMoveRE.MatchString(before[:loc[0]])
}

// addOnForToolRE: code written to run inside a program ("a Blender add-on", "a GIMP
// plug-in"), which the program's licence reaches, unlike what one makes with it.
var addOnForToolRE = regexp.MustCompile(`^(?:['’]s)?[\s-]*(?:add-?ons?|addons?|plug-?ins?|extensions?|scripts?|modules?|python\s+api)\b`)

// addOnBeforeToolRE: the same said before the program's name ("a plug-in for the
// Eclipse IDE", "an extension for vscode").
var addOnBeforeToolRE = regexp.MustCompile(`\b(?:add-?ons?|addons?|plug-?ins?|extensions?)\s+(?:for|to|into)\s+(?:the\s+)?$`)

// addOnForTool tells whether the question's tool is named as the host of code written
// to run in it ("our Blender add-on", "a GIMP plug-in", "a plug-in for the Eclipse IDE").
func addOnForTool(lower string, q Question) bool {
	for _, p := range q.Projects {
		if p.Project != q.Tool || p.Said == "" {
			continue
		}
		said := strings.ToLower(p.Said)
		for rest := lower; ; {
			at := strings.Index(rest, said)
			if at < 0 {
				break
			}
			before := rest[max(0, at-40):at]
			if rest = rest[at+len(said):]; addOnForToolRE.MatchString(rest) || addOnBeforeToolRE.MatchString(before) {
				return true
			}
		}
	}
	return false
}

// buildWordsRE: a tool named with building words is used, not shipped ("our build uses
// GNU Make").
// toolBuiltItself tells whether the tool the question names is itself what is built
// ("if i build vscode myself from github, what licence is that?"): the tool's own code is
// asked about, not what it produces.
func toolBuiltItself(lower string, q Question) bool {
	for _, m := range builtItselfRE.FindAllStringSubmatch(lower, -1) {
		if m[1] == "it" || slices.ContainsFunc(q.Projects, func(p ProjectReading) bool {
			return p.Project == q.Tool && p.Said != "" && strings.ToLower(p.Said) == m[1]
		}) {
			return true
		}
	}
	return false
}

// builtItselfRE finds something built from its own source, and what: "build vscode
// myself", "compile it from source".
var builtItselfRE = regexp.MustCompile(`\b(?:build|builds|building|built|compile|compiles|compiling|compiled)\s+((?:[\w.+-]+\s+){0,3}?[\w.+-]+)\s+(?:myself|ourselves|yourself|from\s+(?:source|sources|github|git|the\s+(?:repo|repository|source|sources)))\b`)

var buildWordsRE = regexp.MustCompile(`\b(?:build|builds|building|compile|compiles|compiling|ci|pipeline|makefile|toolchain|scripts?)\b`)

// joinIDs joins the licences at idx as the sentence joins them (see plainExpression).
func joinIDs(f found, idx []int, n string) string {
	sub := found{}
	prev := -2
	for _, i := range idx {
		sub.ids = append(sub.ids, f.ids[i])
		sub.joins = append(sub.joins, f.joins[i])
		sub.stated = append(sub.stated, f.statedAfter(prev, i))
		prev = i
	}
	if len(sub.joins) > 0 {
		sub.joins[0] = ""
	}
	return plainExpression(sub, n)
}

// blankSpans blanks the licences and projects a text names, so that their words ("Server
// Side Public License", "GCC runtime") do not say how the code is used.
// useWordsKept is f's spans with the words a project's name shares with what is done to
// it left out: "prebuilt kernel" and "kernel binaries" name the Linux kernel, and say
// that its binaries are handed out ("our repo only has prebuilt kernel + modules").
func useWordsKept(text string, f found) [][2]int {
	var spans [][2]int // a copy, made once a span is cut
	for i, p := range f.projects {
		at := f.at[i]
		if p == nil || at[0] < 0 || at[1] > len(text) || at[0] >= at[1] {
			continue
		}
		said := strings.ToLower(text[at[0]:at[1]])
		if m := nameUseHeadRE.FindString(said); m != "" {
			at[0] += len(m)
		}
		if m := nameUseTailRE.FindString(said); m != "" && at[1]-len(m) > at[0] {
			at[1] -= len(m)
		}
		if at != f.at[i] {
			if spans == nil {
				spans = slices.Clone(f.at)
			}
			spans[i] = at
		}
	}
	if spans == nil {
		return f.at
	}
	return spans
}

// nameUseHeadRE and nameUseTailRE: a word of a project's name that says what is done with
// it ("prebuilt kernel", "kernel binaries").
var (
	nameUseHeadRE = regexp.MustCompile(`^pre[- ]?built\s+`)
	nameUseTailRE = regexp.MustCompile(`\s+binar(?:y|ies)$`)
)

func blankSpans(text string, spans [][2]int) string {
	b := []byte(text)
	for _, s := range spans {
		if s[1] < 0 || s[1] > len(b) || s[0] > s[1] {
			continue
		}
		for i := s[0]; i < s[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// AboutLicenses turns q into a question about its licences themselves, for every use
// ("what does MPL-2.0 require?", "policy MPL-2.0"); ok is false when it names more
// licences than one answer should describe.
func (q Question) AboutLicenses() (_ Question, ok bool) {
	if terms, err := Terms(q.Expression); err == nil {
		// A written "GPL-2.0-only WITH Classpath-exception-2.0" is one licence. The
		// expression library gives no order: keep the order of mention.
		order := func(id string) int {
			if i := slices.Index(q.Licenses, id); i >= 0 {
				return i
			}
			return len(q.Licenses)
		}
		slices.SortStableFunc(terms, func(a, b string) int { return order(a) - order(b) })
		q.Licenses = terms
	}
	if len(q.Licenses) > MaxProfiles {
		return q, false
	}
	if q.Use != "" {
		q.UseSaid = q.Use
	}
	q.Kind, q.Use = AskProfile, ""
	return q, true
}

// plainExpression joins the licences a sentence names as the sentence does: "X or Y"
// and "X/Y" are a choice (OR), and so are two licences said to be dual-licensed; any
// other wording means all of them apply (AND), the cautious reading.
// bothProjects tells whether the licences at i and j in f were both read from projects
// named ("GCC/MinGW-w64": two projects, not a choice of licences).
func bothProjects(f found, i, j int) bool {
	return i < len(f.projects) && j < len(f.projects) && f.projects[i] != nil && f.projects[j] != nil
}

func plainExpression(f found, n string) string {
	dual := len(f.ids) >= 2 && (choiceRE.MatchString(n) || f.files)
	if !dual && len(f.ids) >= 3 {
		// "MIT, Apache, GPL or BSD?": a list that ends in "or" is a choice all along.
		// "the GPL, the LGPL or a BSD licence": the articles between are no join.
		bare := func(j string) string {
			j = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(j), ","))
			for _, article := range []string{" the", " a", " an"} {
				j = strings.TrimSuffix(j, article)
			}
			if j == "the" || j == "a" || j == "an" {
				return ""
			}
			return j
		}
		dual = bare(f.joins[len(f.ids)-1]) == "or" && !slices.ContainsFunc(f.joins[1:len(f.ids)-1], func(j string) bool {
			return !strings.HasPrefix(strings.TrimSpace(j), ",") || bare(j) != ""
		})
	}
	// EPL-2.0 code whose notice names another licence as its Secondary License ("epl-2.0
	// code whose notice names gpl-2.0 with classpath exception as a secondary licence")
	// may be had under either, as the Eclipse Foundation writes it in SPDX: an OR.
	// (The word "licence" after it may be read as part of the licence's name.)
	eplSecondary := len(f.ids) == 2 && slices.Contains(f.ids, "EPL-2.0") && strings.Contains(n, " secondary ")
	// Each run of licences offered as a choice is one term; the terms are all required.
	var terms [][]string
	for i, id := range f.ids {
		if len(f.ids) > 1 && (strings.Contains(id, " OR ") || strings.Contains(id, " AND ")) {
			id = "(" + id + ")" // a project under a choice of licences, beside others
		}
		if i > 0 {
			switch join := strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(f.joins[i], ",")), " the"); {
			case join == "or" || join == "/" && !bothProjects(f, i-1, i) || join == "|" || join == "or the" || join == "or under" || join == "or under the" || join == "or just" || join == "or only" || join == "or plain" ||
				join == "and/or" || join == "and / or" || // "GPL 3.0 and/or CC-BY-SA 3.0": either will do, or both
				f.files && strings.HasPrefix(join, "and licen") ||
				f.statedAfter(i-1, i) ||
				alsoUnderRE.MatchString(join) ||
				// EPL-2.0's "Secondary License": the code may also be had under it.
				secondaryLicenceRE.MatchString(f.joins[i]) || eplSecondary ||
				dual && (join == "and" || join == "and an" || join == "and a" || join == "or an" || join == "or a" || join == "," || join == "&" || join == "and the" || join == "" || join == "and under" || join == "plus" || join == "+" || join == "with" || join == "the" || join == "a" || join == "an"):
				terms[len(terms)-1] = append(terms[len(terms)-1], id)
				continue
			}
		}
		terms = append(terms, []string{id})
	}
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = strings.Join(t, " OR ")
		if len(t) > 1 && len(terms) > 1 {
			// "our Apache release bundles Logback, under EPL 1.0 or LGPL 2.1": the choice
			// is one term beside the others, as SPDX writes it.
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return strings.Join(parts, " AND ")
}

// alsoUnderRE: the words between two licences that offer the second as well: "and
// that it may also be made available under", "or alternatively under".
var alsoUnderRE = regexp.MustCompile(`\b(?:may|can|could)\s+also\s+be\s+(?:made\s+)?(?:available|used|distributed|licen[cs]ed)\s+under$|\balternatively\s+(?:under|licen[cs]ed\s+under)$`)

// sameTwiceRE: a licence said twice, once of the code and once of the work: "release my
// version under CC BY-SA 4.0 too", "our project is GPLv2 … GPLv2 code".
var sameTwiceRE = regexp.MustCompile(`\b(?:release\w*|relicen[cs]\w*|publish\w*|distribut\w*|licen[cs](?:ed|ing|e\s+(?:it|them|this|our|my|the\s+\w+)))\b[^?!]{0,40}\b(?:under|as)\b[^?!]{0,30}\b(?:too|as well|also)\b|\b(?:adapt|modify|fork|use|include|copy)\w*\b[^?!]{0,60}\b(?:release|publish|share)\w*\b[^?!]{0,30}\bunder\b`)

// choiceRE finds the words that make licences named together a choice: "dual licensed",
// "tri-licensed", "either … or", "either licence", "at your option", "your choice of";
// not "either" at a clause's end ("never seen one on their site either").
var choiceRE = regexp.MustCompile(`\b(?:dual|dually|tri|triple|multi|multiple)\s*licen[cs]ed\b|` +
	// "ffmpeg builds come as gpl and lgpl zips": one build or the other.
	`\b(?:come|comes|coming|available|offered|provided|published|released|shipped|distributed)\s+(?:as|in)\s+(?:both\s+)?(?:[\w.+-]+\s+){0,3}?(?:and|or|&)\s+(?:[\w.+-]+\s+){0,3}?(?:builds|zips|binaries|variants|flavou?rs|editions|packages|downloads|archives|versions)\b|\b(?:dual|tri)\s+licen[cs]ing\b|\beither\b(?:\s+\w+){0,6}\s+or\b|\beither\s+(?:licen[cs]e|one|of|way)\b|\bat (?:your|the (?:user|recipient|licensee)(?:'s)?) (?:option|choice|discretion)\b|\bchoice of\b|\bchoose between\b|\bpick (?:one|either)\b|\bdual\b|\bas (?:a |an |the |its )?secondary\b|\bnarrow(?:ed|ing)?\s+(?:it\s+)?down\s+to\b|\b(?:may|can|could)\s+also\s+be\s+(?:made\s+)?(?:available|used|distributed|licen[cs]ed)\s+under\b|\balternatively\s+(?:under|licen[cs]ed)\b|\bdeciding\s+between\b|\bchoos(?:e|ing)\s+(?:between|among)\b|\bwhich (?:one|of (?:them|the two)) (?:am i|are we|do (?:i|we)|applies|apply|should (?:i|we)|(?:we|i) (?:get|have|are under|fall under))\b`)

// anotherLicenceRE finds "a different licence" said of one licence in place of another
// ("does it really need a different licence for that?", "the two projects are under
// different licences"): not a question of how two licences differ, unless it goes on to
// say from what ("is gpl-2+ really a different licence from gpl-2?").
var anotherLicenceRE = regexp.MustCompile(`\b(?:an?|any|some|under|with|carry|carries|get|gets|need|needs|use)\s+different\s+licen[cs]es?\b(\s+(?:from|than|to)\b)?`)

// asksDifference tells whether lower asks how licences differ, by differenceRE; "a
// different licence" said in place of one asks nothing of the kind.
func asksDifference(lower string) bool {
	return differenceRE.MatchString(anotherLicence(lower)) || licenceSaidToBe(lower)
}

// licenceIsJustRE: one licence said, or asked, to be basically another: "boost license is
// just mit/bsd without needing the notice in binaries, right?", "is the isc licence
// basically mit?"; licenceSaidToBe checks that both sides name licences.
var licenceIsJustRE = regexp.MustCompile(`(?:\bis\s+(?:the\s+)?|(?:^|[.?!;:]\s+|\b(?:the|so|but|and)\s+))([\w.+-]+(?:\s+[\w.+-]+)?)(?:\s+licen[cs]e)?\s+(?:is\s+|=\s*)?(?:basically|essentially|just|pretty\s+much|more\s+or\s+less|effectively|practically|really\s+just)\s+(?:an?\s+|the\s+)?([\w.+-]+(?:/[\w.+-]+)?)`)

// licenceSaidToBe tells whether lower says or asks that one licence, named as such, is
// basically another; a project said to be under one ("is okhttp just apache 2") is not.
func licenceSaidToBe(lower string) bool {
	named := func(s string) bool {
		f := findLicenses(s)
		return len(f.ids) > 0 && !slices.ContainsFunc(f.projects, func(p *Project) bool { return p != nil })
	}
	for _, m := range licenceIsJustRE.FindAllStringSubmatch(lower, -1) {
		if named(m[1]) && named(m[2]) {
			return true
		}
	}
	return false
}

// anotherLicence is lower with "a different licence" said as "another licence", where
// it names no second licence to compare with.
func anotherLicence(lower string) string {
	if !strings.Contains(lower, "different") {
		return lower
	}
	return anotherLicenceRE.ReplaceAllStringFunc(lower, func(m string) string {
		if strings.HasSuffix(m, "from") || strings.HasSuffix(m, "than") || strings.HasSuffix(m, " to") {
			return m
		}
		return "another licence"
	})
}

// noLicenseRE finds a question about code that has no licence at all.
// Code copied from a tutorial, a blog post or a book comes with no licence unless the
// page gives one: "can I use code from a tutorial blog post in our product?".
var noLicenseRE = regexp.MustCompile(`(?i)\b(no|without(\s+a|\s+any)?|missing(\s+a)?|lacks?(\s+a)?|has\s+no)\s+licen[cs]e\b|\bunlicensed\b|\bnot\s+licensed\b|` +
	// "gangsta dont have LICENSE file", "the repo doesn't come with a licence"
	`\b(?:doesn'?t|dont|don'?t|does\s+not|do\s+not|didn'?t|did\s+not)\s+(?:have|has|come\s+with|ship\s+with|include|contain)\s+(?:a\s+|any\s+)?licen[cs]e\b|` +
	// "texformer has no clear licence", "the author never picked one (a licence)"
	`\b(?:no|without(?:\s+a|\s+any)?)\s+(?:clear|obvious|visible|explicit|stated|proper|real|declared|actual)\s+licen[cs]e\b|` +
	`\b(?:never|didn'?t|did\s+not|hasn'?t|has\s+not|haven'?t|have\s+not)\s+(?:picked|pick|chose|choose|chosen|added|add|set|specified|specify|declared|declare|attached|attach)\s+(?:a\s+licen[cs]e|any\s+licen[cs]e|licen[cs]e\b|one\b)|` +
	// "pls add a licence", "could you add a license file?": asked of the author, the
	// code has none yet.
	`\b(?:please|pls|plz|could\s+you|can\s+you|would\s+you)\s+(?:also\s+|just\s+)?add\s+(?:a\s+|an\s+)?(?:open[- ]source\s+)?licen[cs]e\b|` +
	// "I couldn't find a licence for the shaders anywhere", "can't find any license"
	`\b(?:couldn'?t|could\s+not|can'?t|cannot|didn'?t|did\s+not|don'?t|do\s+not|never)\s+(?:find|see|spot|locate)\s+(?:a|any|an\s+actual)\s+licen[cs]e\b|` +
	`\b(?:code|snippets?|examples?|functions?|scripts?|samples?)\s+(?:\w+\s+){0,3}?(?:from|in|on|off)\s+(?:an?\s+|the\s+|some\s+|this\s+|that\s+|someone'?s\s+)?(?:[\w'’-]+\s+){0,2}?(?:tutorials?|blogs?|blog\s+posts?|articles?|books?|forums?|forum\s+posts?|youtube|videos?|courses?|medium\s+posts?|gists?|random\s+websites?)\b`)

// abandonedReliedRE: a project's abandonment, or its author's absence, relied on to take
// its code under other terms: "is the apache label ok since the project is abandoned?",
// "the author is gone, so can we relicense it?".
var abandonedReliedRE = regexp.MustCompile(`\b(?:since|because|as|now\s+that|given\s+(?:that\s+)?)\s+(?:the\s+|its\s+|their\s+)?(?:project|repo|repository|code|library|author|authors|maintainers?|it|they|he|she)\s+(?:is|are|was|were|has|have|seems?|looks?|went)\s+(?:\w+\s+)?(?:abandoned|gone|unmaintained|dead|inactive|unreachable|missing|disappeared|vanished)\b` +
	`|\b(?:abandoned|unmaintained|author\s+(?:is\s+|seems\s+|has\s+)?(?:gone|unreachable|vanished|disappeared))\b[^.?!]{0,80}?\b(?:relicen[cs]\w*|re-licen[cs]\w*|change\s+(?:the|its)\s+licen[cs]e|put\s+(?:it|the\s+\w+)\s+under|under\s+(?:a\s+)?(?:new|different|another|our\s+own)\s+licen[cs]e)\b`)

// ReliesOnAbandonment tells whether the text relies on a project's abandonment, or its
// author's absence, to put its code under other terms.
func ReliesOnAbandonment(text string) bool {
	return abandonedReliedRE.MatchString(strings.ToLower(text))
}

// unmodifiedRE: code said to be handed on unchanged: "unmodified gpl software", "we
// didnt change anything", "stock busybox".
var unmodifiedRE = regexp.MustCompile(`\bunmodified\b|\bun-?changed\b|\b(?:didn'?t|did\s+not|haven'?t|have\s+not|never)\s+(?:change|changed|modify|modified|touch|touched|alter|altered)\b|\bwithout\s+(?:any\s+)?(?:changes|modifications|modifying|changing)\b|\bno\s+(?:changes|modifications)\b|\bas[- ]is\b|\bstock\b`)

// sourceOwedAskRE: whether source must be offered or published, asked.
var sourceOwedAskRE = regexp.MustCompile(`\b(?:offer|provide|publish|release|give|ship|share|hand\s+out|make\s+available)\w*\s+(?:out\s+)?(?:the\s+|its\s+|their\s+|any\s+)?(?:source|sources|code)\b|\bsource\s+(?:code\s+)?(?:obligation|requirement|duty|offer)s?\b`)

// AsksSourceOfUnmodified tells whether the text asks if code handed on unchanged still
// owes its source ("if we sell a gadget with unmodified gpl software built in, do we
// still have to offer the source?").
func AsksSourceOfUnmodified(text string) bool {
	lower := strings.ToLower(text)
	return unmodifiedRE.MatchString(lower) && sourceOwedAskRE.MatchString(lower)
}

// bothOfChoiceRE: whether both licences of a choice must be met, or the stricter one
// applies: "Do we have to follow both", "so apache applies since its stricter?".
var bothOfChoiceRE = regexp.MustCompile(`\b(?:follow|comply\s+with|meet|obey|honou?r|respect|satisfy)\s+(?:them\s+)?both\b|\bboth\s+(?:of\s+them\s+|licen[cs]es\s+)?(?:apply|bind|count)\b|\b(?:the\s+)?(?:stricter|more\s+restrictive|most\s+restrictive|strictest)\s+(?:one\s+)?(?:applies|wins|governs)\b|\b(?:since|because|as)\s+(?:it'?s|its|it\s+is)\s+(?:the\s+)?(?:stricter|more\s+restrictive)\b|\b(?:which|what)\s+(?:one\s+|licen[cs]e\s+)?(?:applies|wins|governs)\b`)

// AsksBothOfChoice tells whether the text asks if both licences of a choice that expr
// offers bind, or the stricter one does.
func AsksBothOfChoice(text, expr string) bool {
	return len(choiceOf(expr)) > 1 && bothOfChoiceRE.MatchString(strings.ToLower(text))
}

// advertisingClauseRE: the original BSD licence's advertising clause spoken of.
var advertisingClauseRE = regexp.MustCompile(`\badvertis\w*\s+(?:clause|requirement|acknowledg\w*|materials?)\b|\bclause\s+(?:3|three)\b`)

// AsksAdvertisingClause tells whether text speaks of the advertising clause of the
// original BSD licence that expr names.
func AsksAdvertisingClause(text, expr string) bool {
	return strings.Contains(expr, "BSD-4-Clause") && advertisingClauseRE.MatchString(strings.ToLower(text))
}

// bookCodeRE: code taken from a book: "code examples from an o'reilly programming book",
// "the listings in that textbook".
var bookCodeRE = regexp.MustCompile(`\b(?:code|snippets?|examples?|listings?|functions?|samples?|routines?)\b[^.?!]{0,40}?\b(?:from|in|out\s+of)\s+(?:an?\s+|the\s+|this\s+|that\s+|my\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:book|books|textbook|textbooks)\b|\bbook(?:'s|’s|s')?\s+(?:code|examples?|listings?|samples?)\b`)

// CodeFromBook tells whether text speaks of code taken from a book.
func CodeFromBook(text string) bool { return bookCodeRE.MatchString(strings.ToLower(text)) }

// AsksAboutNoLicense reports whether text asks about code without a licence ("can we
// use an unlicensed repo?"), which names no licence but has an answer all the same.
func AsksAboutNoLicense(text string) bool { return noLicenseRE.MatchString(asTyped(text)) }

// NamesLicense reports whether word, without the punctuation around it, is a licence's
// SPDX ID or a common name for one ("GPL-2.0+", "LGPL", "Apache,", "MPL?"). Names that
// are everyday words in engineering ("python", "json", "boost") do not count: a message
// that starts with one is more likely about the thing than about its licence.
func NamesLicense(word string) bool {
	word = strings.TrimFunc(word, func(r rune) bool { return strings.ContainsRune(`?!.,:;"'()`+"`", r) })
	return word != "" && !everyday[strings.ToLower(word)] && len(FindLicenses(word)) > 0
}

// AsksAbout reports whether word names what licence questions are about: a licence
// (NamesLicense) or a word of the OSPO's topics ("CLA", "copyleft", "upstream"), so that
// a sentence using one is taken for a question even without "?" ("I need to sign a CLA
// for the vendor's SDK").
func AsksAbout(word string) bool {
	w := strings.ToLower(strings.TrimFunc(word, func(r rune) bool { return strings.ContainsRune(`?!.,:;"'()`+"`", r) }))
	return ospoWords[w] || NamesLicense(word)
}

var ospoWords = map[string]bool{"cla": true, "clas": true, "icla": true, "ccla": true, "dco": true, "licence": true, "license": true,
	"licences": true, "licenses": true, "licensing": true, "licencing": true, "licensed": true, "licenced": true, "copyleft": true,
	"copyright": true, "open-source": true, "opensource": true, "upstream": true, "contribute": true, "contributing": true,
	"contribution": true, "attribution": true, "non-commercial": true, "noncommercial": true, "employer": true, "sign-off": true}

var everyday = map[string]bool{"python": true, "json": true, "boost": true, "elastic": true, "eclipse": true, "mozilla": true,
	"artistic": true, "postgresql": true, "zlib": true, "x11": true, "psf": true, "expat": true}

// DetectUse finds the use case a message names ("for our SaaS", "we ship it"), or "".
// The words of a LicenseRef- ID ("LicenseRef-acme-internal") say nothing of the use.
func DetectUse(text string) string {
	text = asTyped(text)
	if hasLicenseRef(text) {
		text = licenseRefTokenRE.ReplaceAllString(text, " ")
	}
	return detectUse(" " + norm(text) + " ")
}

var licenseRefTokenRE = regexp.MustCompile(`(?i)\blicenseref-[A-Za-z0-9.-]+`)

func hasLicenseRef(text string) bool { return strings.Contains(strings.ToLower(text), "licenseref-") }

// offeredWithWork tells whether the licence in, of code taken in, is said as one option of
// a choice whose other option is the work's licence: "which is offered under LGPLv3 or
// GPLv2", with the work said to be GPLv2-only before.
func offeredWithWork(lower string, f found, in, work string) bool {
	i, w := slices.Index(f.ids, in), slices.Index(f.ids, work)
	if i < 0 || w < 0 {
		return false
	}
	works := f.mentions(w)
	for _, at := range f.mentions(i) {
		if at[0] < 0 || at[1] < 0 || at[1] > len(lower) || !offeredUnderRE.MatchString(lower[max(0, at[0]-40):at[0]]) {
			continue
		}
		m := orOptionRE.FindString(lower[at[1]:])
		if m != "" && slices.ContainsFunc(works, func(o [2]int) bool { return o[0] == at[1]+len(m) }) {
			return true
		}
	}
	return false
}

// offeredUnderRE: the words before the first option of a choice the code comes with:
// "which is offered under", "dual licensed,", "we use under its".
var offeredUnderRE = regexp.MustCompile(`\b(?:offered|available|dual[- ]?licen[cs]ed|licen[cs]ed|released|distributed|provided|use[sd]?|using)(?:\s+(?:it|them))?[,:]?\s+(?:(?:both\s+)?under\s+)?(?:the\s+|its\s+|their\s+|either\s+(?:the\s+)?)?$`)

// orOptionRE: the words between two options of a choice: " or ", ", or under the ".
var orOptionRE = regexp.MustCompile(`^\s*,?\s*(?:or|/)\s*(?:under\s+)?(?:the\s+)?`)

// pluginOfHost tells whether the licence id, read as code taken in, is that of the host
// program a plug-in the asker writes is for ("a plugin for quod libet, which is gpl2+",
// "our anki add-on is MIT … anki itself is AGPLv3"): the host's name is said with the
// plug-in and then said to be under the licence.
func pluginOfHost(lower string, f found, id string) bool {
	if !strings.Contains(lower, "plugin") && !strings.Contains(lower, "plug-in") && !strings.Contains(lower, "add-on") && !strings.Contains(lower, "addon") && !strings.Contains(lower, "extension") && !strings.Contains(lower, "theme") {
		return false
	}
	i := slices.Index(f.ids, id)
	if i < 0 {
		return false
	}
	hosts := map[string]bool{}
	for _, m := range pluginForRE.FindAllStringSubmatch(lower, -1) {
		hosts[m[1]+m[2]] = true
	}
	for _, m := range append([]mention{{f.at[i], f.next[i]}}, f.again[i]...) {
		at := m.at[0]
		if at <= 0 || at > len(lower) {
			continue
		}
		if h := hostSaidRE.FindStringSubmatch(lower[max(0, at-40):at]); h != nil && hosts[h[1]] && !pluginNounRE.MatchString(h[0]) {
			return true
		}
	}
	return false
}

// pluginForRE finds the host a plug-in is for ("a plugin for quod libet", "our anki
// add-on"); hostSaidRE the name a licence is then said of ("quod libet, which is", "anki
// itself is").
var (
	pluginForRE  = regexp.MustCompile(`\b(?:plug-?ins?|add-?ons?|extensions?|themes?)\s+(?:for|to)\s+(?:the\s+)?([a-z][\w.+-]*)|\b(?:my|our|a|an|the)\s+([a-z][\w.+-]*)\s+(?:plug-?ins?|add-?ons?|extensions?|themes?)\b`)
	pluginNounRE = regexp.MustCompile(`\b(?:plug-?ins?|add-?ons?|extensions?|themes?)\b`) // "our wordpress plugin is MIT" is the plug-in's
	hostSaidRE   = regexp.MustCompile(`\b([a-z][\w+-]*(?:\.[\w+-]+)*)(?:\s+[a-z][\w+-]*(?:\.[\w+-]+)*)?(?:\s+itself)?(?:\s+is|,\s*which\s+is|\s+\()\s+(?:licen[cs]ed\s+)?(?:under\s+)?(?:the\s+)?$`)
)

// mediaInProgramRE: an image, icon, sound or font put in a program or its binary ("the
// images we embed in the binary", "icons bundled with our app"); mediaChangedRE: the
// work is changed, which makes an adaptation of it.
var (
	mediaInProgramRE = regexp.MustCompile(`\b(?:images?|icons?|pictures?|photos?|logos?|illustrations?|artwork|graphics|sprites?|textures?|sounds?|sound\s+effects?|music|audio|fonts?|typefaces?|emojis?)\b[^.?!]{0,60}\b(?:embed\w*|bundl\w*|includ\w*|ship\w*|compiled\s+in\w*|packag\w*)\b|\b(?:embed\w*|bundl\w*|includ\w*|ship\w*|compil\w*|packag\w*)\s+(?:[\w.-]+\s+){0,5}?(?:images?|icons?|pictures?|photos?|logos?|illustrations?|artwork|graphics|sprites?|textures?|sounds?|sound\s+effects?|music|audio|fonts?|typefaces?|emojis?)\b`)
	// mediaIntoWorkRE: media put into the asker's own work ("CC-BY-SA pictures from
	// Wikipedia into my thesis and conference slides").
	// shareAlikeReachRE: what ShareAlike is asked to mean for the work around ("does
	// share-alike mean the app can't be commercial?").
	shareAlikeReachRE = regexp.MustCompile(`\b(?:share[- ]?alike|by-sa)\b[^.?!]{0,40}\b(?:mean|means|make|makes|force|forces|require|requires|reach|reaches|apply\s+to|applies\s+to|spread|spreads)\b`)
	mediaIntoWorkRE   = regexp.MustCompile(`\b(?:images?|pictures?|photos?|icons?|figures?|illustrations?|diagrams?|maps?|artwork|graphics|sounds?|music|fonts?)\b[^.?!]{0,80}\b(?:into|in|inside)\s+(?:my|our|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:thesis|dissertation|paper|book|slides|deck|presentation|talk|docs|documentation|site|website|blog|course|report|article|app|game|program|software|video)\b`)
	// mediaWordRE: an image, icon, sound, font or other asset named anywhere in the
	// message; shippedTogetherRE: things given out together, side by side ("can they be
	// distributed together in one game package?", "the icons combined with the GPL code").
	mediaWordRE       = regexp.MustCompile(`\b(?:images?|icons?|pictures?|photos?|logos?|illustrations?|artwork|art|graphics|sprites?|tilesets?|textures?|sounds?|sound\s+effects?|music|audio|fonts?|typefaces?|emojis?|maps|levels|assets)\b`)
	shippedTogetherRE = regexp.MustCompile(`\b(?:distribut\w*|ship\w*|packag\w*|bundl\w*|released?|go|put|sold|sell)\s+(?:\w+\s+){0,2}?together\b|\b(?:in|into|inside)\s+(?:one|a\s+single|the\s+same)\s+(?:[\w-]+\s+)?(?:package|archive|tarball|zip|download|installer|bundle|release|distribution)\b|\balongside\b|\bside\s+by\s+side\b|\b(?:images?|icons?|artwork|art|graphics|sprites?|textures?|sounds?|music|fonts?|assets)\s+(?:\w+\s+){0,2}?combined\s+with\b`)
	mediaChangedRE    = regexp.MustCompile(`\b(?:modif\w*|edit\w*|remix\w*|crop\w*|recolou?r\w*|adapt\w*|alter\w*|redraw\w*|derivative|chang(?:e|ed|ing)\s+(?:it|them|the\s+(?:image|icon|colou?rs?)))\b`)
)

// linkAskRE: the sentence that asks names how the code is linked in ("can I still import
// it as a module", "if we only dlopen it").
var linkAskRE = regexp.MustCompile(`\b(?:import|imports|importing|dlopen|dlopens|load|loads|loading|link|links|linking)\s+(?:it|them|this|that|the\s+(?:library|module|package|dll|jar))\b`)

// devToolUseRE: a program run over the asker's code to check it ("use it to measure
// test coverage", "run it for linting"), which is used, not shipped, unless shipToolRE
// says it goes out too ("bundle it", "ship the tool").
var (
	devToolUseRE = regexp.MustCompile(`\b(?:use|using|run|running)\s+(?:it|them|this|that|the\s+tool)\s+(?:only\s+|just\s+)?(?:to|for)\s+(?:measur|test|lint|check|format|analy[sz]|profil|benchmark|debug|scan|fuzz|coverage|static\s+analysis|code\s+review)\w*`)
	shipToolRE   = regexp.MustCompile(`\b(?:ship|shipping|bundl|includ|distribut|redistribut|embed|link)\w*\s+(?:it|them|the\s+tool)\b`)
)

// hostForRE: the asker runs a program for others ("host monica for them", "hosting it
// for our clients"), in normalised words.
var hostForRE = regexp.MustCompile(` (?:host|hosts|hosting|hosted|run|runs|running) (?:\w+ ){0,4}?for (?:them|clients?|customers?|others|people|a client|a customer|the client|the customer|my clients?|our clients?|my customers?|our customers?) `)

// notShippedRE: the question says nothing is handed over ("customers never get the
// image", "nobody downloads it"): no word of distributing then makes it distributed.
// notHostedRE: running the code for others denied, "we never ship or host it", "we
// don't host it for anyone".
var notHostedRE = regexp.MustCompile(` (?:` + denied + `|not) (?:[a-z]+ (?:or|nor) )?(?:host|hosts|hosting|offer it as a service) `)

// desktopStoreRE: a desktop platform's store named before "store app", normalised.
var desktopStoreRE = regexp.MustCompile(` (windows|microsoft|steam|mac app|mac) store app`)

// denied: the words that deny what follows, normalised ("we don't ship it").
const denied = `(?:never|don t|dont|do not|doesn t|doesnt|does not|won t|wont|will not)`

var notShippedRE = regexp.MustCompile(` ` + denied + ` (?:[a-z]+ (?:or|nor) )?(?:get|gets|receive|receives|download|downloads|see|sees|hand|hands|give|gives|ship|ships|sell|sells|distribute|distributes) | (?:nobody|no one|noone) (?:downloads|gets|receives) | (?:nobody|no one|noone|no (?:customers?|clients?|users?|outsiders?|third parties))(?: (?:outside|else|external|from)(?: [a-z]+){0,3})?(?: ever)? (?:touch|touches|see|sees|get|gets|use|uses|receive|receives|download|downloads|access|accesses) | (?:nothing|not|never) (?:is |gets |get )?(?:exposed|shown|offered|available|visible) (?:to|for) (?:the |our |any )?(?:customers|clients|users|public|outside|third parties) ` +
	// "nothing gets shipped to customers", "none of it is given to clients".
	`| (?:nothing|none of it|no code|no binaries|no binary) (?:is |gets |get |will be |would be |ever )?(?:ever )?(?:shipped|distributed|given|handed|sold|delivered|sent) (?:out )?(?:to|outside) `)

// shippedRE: an image or appliance handed over is distributed ("we give customers a
// Docker image", "publish a container image to our customers").
var shippedRE = regexp.MustCompile(` (?:give|gives|giving|ship|ships|shipping|sell|sells|selling|hand|hands|deliver|delivers|provide|provides|distribute|distributes|publish|publishes|push|pushes|send|sends)\b(?: \w+){0,6} (?:docker|container|vm|virtual machine|ami|appliance|image|images|usb)\b| (?:docker|container|vm) images? (?:\w+ ){0,3}(?:to|for) (?:our |the |their )?(?:customers|clients|users|third parties)`)

// othersShareRE: others hand out copies of the asker's own work ("someone is
// reuploading my mod", "a site mirrors our app"): distributing it, whatever the work is.
var othersShareRE = regexp.MustCompile(` (?:re ?upload(?:s|ed|ing)?|re ?host(?:s|ed|ing)?|mirror(?:s|ed|ing)|redistribut(?:e|es|ed|ing)|resell(?:s|ing)?|re ?publish(?:es|ed|ing)?|re ?post(?:s|ed|ing)?) (?:my|our) `)

// notModifiedRE: the question says nothing is changed ("no modifications", "we don't
// modify it", "unmodified"): those words do not make the use "modified".
var notModifiedRE = regexp.MustCompile(` (?:no|without(?: any)?|not|never|don t|do not|won t|will not|doesn t|does not|didn t|did not|zero) (?:modif\w*|chang\w*|patch\w*|tweak\w*|fork\w*)(?: (?:it|them|the code|anything))?(?: |$)| unmodified | as is | patch(?:es|ed|ing)? (?:it|them|the \w+) out\b`)

// usersUploadRE: files the users of a service upload to it.
var usersUploadRE = regexp.MustCompile(`\b(?:an|a|the|each|every|user|users|customer|customers|their)\s+upload(?:ed|s)?\s+(?:\w+\s+)?(?:pdfs?|files?|images?|photos?|documents?|videos?|pictures?|csvs?|spreadsheets?)\b|\b(?:users?|customers?|visitors?|people|clients?)\s+upload\w*\s+(?:their\s+|a\s+|an\s+)?(?:own\s+)?(?:\w+\s+)?(?:pdfs?|files?|images?|photos?|documents?|videos?|pictures?|csvs?|spreadsheets?)\b`)

// staticLangRE: Go or Rust code, whose dependencies are compiled into the binary;
// staticTakeInRE: one taken in as a dependency.
var (
	staticLangRE   = regexp.MustCompile(` (?:rust|golang|cargo|crate|crates) | go (?:app|apps|binary|binaries|program|programs|service|services|cli|tool|tools|project|code|library|lib|module|modules|package|packages|backend|microservice)\b`)
	staticTakeInRE = regexp.MustCompile(` (?:import|imports|importing|imported|depend|depends|depending|pull|pulls|pulling|pulled|vendor|vendors|vendored|add|adds|adding|added) | as an? (?:direct |transitive )?dependency\b`)
)

// ownBuildRE: a build or copy of a work put up for others to download ("publish my own
// build of it on CurseForge", "build it and upload it there myself").
var ownBuildRE = regexp.MustCompile(`\b(?:upload|uploading|uploaded|publish|publishing|published|post|posting|reupload\w*|re upload\w*|put|putting)\s+(?:up\s+)?(?:my|our|a|an|the)\s+(?:own\s+)?(?:build|builds|binary|binaries|compiled\s+(?:version|copy|jar)|jar|jars|copy|copies|version)\s+(?:of|on|to)\b|\bbuild\s+it\s+(?:myself\s+|ourselves\s+)?and\s+(?:upload|publish|post|put)\b|\b(?:upload|publish|post)\s+it\s+(?:there|to|on)\b`)

func detectUse(n string) string {
	if strings.Contains(n, "link") {
		n = hyperlinkRE.ReplaceAllString(n, " ") // "a link to the kernel git tree" links no code
	}
	if strings.Contains(n, "site") || strings.Contains(n, " blog post") {
		// "the licensing page on the Ultralytics website", "a blog post calls mongodb open
		// source": read, they run no service of the asker's; "docs on our website" does.
		n = infoSiteRE.ReplaceAllStringFunc(n, func(m string) string {
			if strings.Contains(m, " our ") || strings.Contains(m, " my ") {
				return m
			}
			return " "
		})
	}
	if strings.Contains(n, "apk") && strings.Contains(n, "alpine") {
		n = apkWordRE.ReplaceAllString(n, "package") // "the alpine glibc apk": Alpine's package, not an Android app
	}
	if strings.Contains(n, "server ") {
		// "a minecraft server plugin", "a bukkit server mod": a plug-in for server software,
		// which says nothing of running a service; what is done with it still does.
		n = serverPluginRE.ReplaceAllString(n, " $1 ")
	}
	if strings.Contains(n, "test") && strings.Contains(n, "ship") {
		// "Our Python project ships FreeSerif.otf in its test data": files shipped with the
		// project go out with it, whatever part of it they sit in.
		n = shippedInTestsRE.ReplaceAllString(n, "${1}release we distribute ")
	}
	if strings.Contains(n, "server ") && strings.Contains(n, "port") {
		// "i ported an unlicense ftp server to the switch": server software carried to
		// another platform is a program changed, not a service the asker runs.
		n = portedServerRE.ReplaceAllString(n, "${1}program $2 ")
	}
	if strings.Contains(n, "change") || strings.Contains(n, "modification") {
		// "the MPL only cares about changes to its own source files": what the licence
		// reaches, not a change the asker makes.
		n = licenceReachesChangesRE.ReplaceAllString(n, " ")
	}
	if strings.Contains(n, "call") {
		// "my code calls a gpl library": a library called is linked into the program at
		// run time; a tool called is run as a program of its own.
		n = callsLibraryRE.ReplaceAllString(n, " links a library ")
	}
	if strings.Contains(n, "roll") && strings.Contains(n, " out ") {
		n = rollOutRE.ReplaceAllString(n, " roll out ") // "if we roll conan out": rolling out, in house
	}
	if strings.Contains(n, "source") && strings.Contains(n, " leave") {
		n = sourceKeptRE.ReplaceAllString(n, " source stays closed ")
	}
	if othersShareRE.MatchString(n) {
		return "distribute" // "a download site is reuploading my MIT-licensed minecraft mod": others handing out copies
	}
	if strings.Contains(n, "api ") {
		// "ST's API code", "the vendor API library": a library's interface, compiled in,
		// not a service; "our REST API code" stays one.
		n = apiCodeRE.ReplaceAllStringFunc(n, func(m string) string {
			if before, _, _ := strings.Cut(m, " "); webAPIWords[before] {
				return m
			}
			return strings.Replace(m, "api ", "interface ", 1)
		})
	}
	if (strings.Contains(n, "mod") || strings.Contains(n, "plug") || strings.Contains(n, "exten") || strings.Contains(n, "add")) && paidModRE.MatchString(n) && !callsHostRE.MatchString(n) {
		return "distribute" // "selling a paid spaceengine mod built with cc by-nc-nd textures"
	}
	if strings.Contains(n, "upload") {
		// "my webapp takes an uploaded pdf": files users send to a service, not copies
		// the asker hands out.
		n = usersUploadRE.ReplaceAllString(n, " ")
	}
	if strings.Contains(n, "mod") && ownBuildRE.MatchString(n) {
		// "publish my own build of someone else's GPL mod on CurseForge": the mod itself
		// handed out, not a mod loaded by the game.
		return "distribute"
	}
	if strings.Contains(n, " host ") {
		// "the macOS host code", "the host application loads the plugin": the machine or
		// program something runs in, not a service hosted for others.
		n = hostNounRE.ReplaceAllString(n, " ")
	}
	if strings.Contains(n, "back") {
		// "pick pyqt5 as backend", "its qt backend", "a crypto backend", the backend of a
		// compiler: a part of a program that does one job, not a server run for others.
		n = componentBackendRE.ReplaceAllString(n, " ${1} ")
		if strings.Contains(n, "compiler") || strings.Contains(n, "code generator") || strings.Contains(n, "codegen") {
			n = anyBackendRE.ReplaceAllString(n, " part ")
		}
	}
	if strings.Contains(n, " store app") {
		// "a Windows Store app" is a desktop program; "can a store app use it?" is a phone's.
		n = desktopStoreRE.ReplaceAllString(n, " ${1} store program")
	}
	use := useFrom(n)
	if use == "internal" && (strings.Contains(n, " at work ") || strings.Contains(n, " for work ")) &&
		containsAny(n, []string{"shipped to", "ship it to", "ships to", "ship to", "distributed through", "distributed to", "distributed via", "given to customers", "sold to", "sell it", "we sell"}) {
		// "At work we want to … load that .so from our main C++ application, which is
		// proprietary and shipped to customers": where the work is made says less than
		// where it goes.
		if u := useFrom(strings.NewReplacer(" at work ", " ", " for work ", " ").Replace(n)); u != "" && u != "internal" {
			use = u
		}
	}
	if loc := nowSoldRE.FindStringIndex(n); use == "internal" && loc != nil && !neverShipRE.MatchString(n) && !negatedBeforeRE.MatchString(n[max(0, loc[0]-20):loc[0]]) {
		// "we have an internal tool … now management wants to sell this tool to a few
		// customers": what it was is background; handing it over is the question.
		return "distribute"
	}
	if (use == "saas" || use == "") && mediaOnSiteRE.MatchString(n) {
		return "distribute" // "a cc-by-nc font on my company website": every visitor downloads it
	}
	if (use == "static_link" || use == "") && fontInDocumentRE.MatchString(n) {
		return "distribute" // "embed a subset of an ofl font inside an svg i publish": the font goes out in the document
	}
	if (use == "distribute" || use == "") && strings.Contains(n, " internal ") && internalThingRE.MatchString(n) && !handedRE.MatchString(n) && !shippedRE.MatchString(n) &&
		!containsAny(n, []string{" ship", "customers", "clients", "download", "app store", "play store", "sell", "sold"}) {
		return "internal" // "gpl software inside our internal closed app"
	}
	if use != "internal" && strings.Contains(n, "intern") && internalCopiesRE.MatchString(n) {
		// "even to distribute their lib internally": copies handed round inside the
		// organisation stay in it.
		return "internal"
	}
	if (use == "static_link" || use == "dynamic_link") && (containsAny(n, []string{" saas ", "as a service", "hosted service", "web service", "web app ", "our service", "hosting it"}) || ourServiceRE.MatchString(n)) &&
		!containsAny(n, []string{" ship", "download", "install", "binary", "binaries", "app store", "play store", "customers run", "on prem", "distribut",
			"desktop", "mobile", "webpack", "rollup", "esbuild", "browserify", "bundle", "frontend", "front end", "browser", "client side"}) {
		// "build it into a SaaS product we sell", "our web service links to a GPL
		// library": built into a service that never leaves the company's servers, which
		// is what decides.
		return "saas"
	}
	if use == "dynamic_link" && containsAny(n, []string{" firmware", " microcontroller", " mcu ", " bare metal", " single binary", " static binary", " static binaries", " one binary", " one image", " single image"}) &&
		!containsAny(n, []string{"dynamic", "shared lib", " dll", " so file", "dlopen", " plugin", "runtime", "run time", "kernel module"}) {
		// "libgcc gets linked into our closed firmware": a firmware image is one binary,
		// so what is linked into it is linked statically.
		return "static_link"
	}
	if use == "distribute" && (strings.Contains(n, " statically ") || strings.Contains(n, " static link")) && !strings.Contains(n, " not ") && !strings.Contains(n, " dynamic") {
		// "we ship release binaries … and Go links it statically into every binary": how
		// the code goes in, said outright, is the use the licence's terms turn on.
		return "static_link"
	}
	if (use == "dynamic_link" || use == "distribute") && staticLangRE.MatchString(n) && staticTakeInRE.MatchString(n) &&
		!containsAny(n, []string{"dynamic", "dylib", "cdylib", "shared lib", " plugin", "dlopen", " ffi ", "cgo", " so file", " dll", "wasm", "separate", "subprocess", "shell"}) {
		// "our closed go app imports an lgpl go package", "pull the rust crate into our
		// app as a dependency": Go and Rust compile their dependencies into the binary.
		return "static_link"
	}
	if (use == "dynamic_link" || use == "static_link") && separateProgramRE.MatchString(n) {
		// "anything linked into it would be GPL, but a separate standalone program that
		// init launches?": the question is about the program run apart, which ships.
		return "distribute"
	}
	if use == "saas" && handedRE.MatchString(n) && !notShippedRE.MatchString(n) {
		return "distribute" // "the WAR goes to customers": a web app handed over is distributed
	}
	if use == "distribute" && workChangeAskedRE.MatchString(n) {
		// "Can we recolour the badge for our download page?": the change asked about is
		// the use; where the changed work then goes does not make it a copy as it is.
		return "modify"
	}
	if use == "distribute" && changesAskedRE.MatchString(n) {
		// "do I have to publish my modifications?", "must we release those changes?": the
		// publishing asked about is what the licence may demand of the change; the use is
		// the change itself, unless the message hands the work over in other words.
		if rest := useFrom(changesAskedRE.ReplaceAllString(n, " ")); rest == "" || rest == "modify" {
			return "modify"
		}
	}
	if use == "distribute" && (strings.Contains(n, " to ") || strings.Contains(n, " make") || strings.Contains(n, " we ") || strings.Contains(n, " i ")) && publishAskedRE.MatchString(n) {
		// "does the AGPL force us to publish our whole backend?", "do we have to release
		// the entire source?", "must we publish the patch?": the publishing asked about is what the licence may demand;
		// the use is what the rest of the message says is done, when it says one.
		if rest := useFrom(stripPublishAsked(n)); rest != "" && rest != "modify" {
			use = rest
		}
	}
	if use == "distribute" && hostForRE.MatchString(n) && !containsAny(n, []string{" ship", "download", "install", "binary", "binaries", "app store", "play store", "on prem", "distribut", "desktop", "mobile", "firmware", "device"}) {
		return "saas" // "can i host monica (agpl) for them and charge for it?": run for others, not handed over
	}
	if use == "distribute" && offeredAsServiceRE.MatchString(n) {
		return "saas" // "offering it as a managed cache service to customers"
	}
	if (use == "distribute" || use == "") && ourServiceRE.MatchString(n) && !handedRE.MatchString(n) && !shippedRE.MatchString(n) &&
		!containsAny(n, []string{" ship", "download", "install", "app store", "play store", "desktop", "mobile", "firmware", "device", "browser", "binary", "binaries", "on prem"}) {
		return "saas" // "we run an email service and would like to offer Pulpy to our customers"
	}
	if use == "internal" && containsAny(n, []string{" own server", " own machine"}) && webBackendRE.MatchString(n) &&
		!containsAny(n, []string{"intern", "intranet", "employee", "staff", "in house", " team", "only we ", "nobody outside", "no one outside", "inside the company", "inside our company", "within the company", "within our company"}) {
		// "can our django backend use it if it only runs on our own servers?": a web
		// backend on the asker's servers serves its users over the network.
		return "saas"
	}
	return use
}

// licenceReachesChangesRE: what a licence is said to reach, in normalised words ("only
// cares about changes to its own source files", "applies only to modifications of the
// licensed files").
var licenceReachesChangesRE = regexp.MustCompile(` (?:only |just |mainly |really )?(?:cares|care|applies|apply|covers|cover|concerns|concern|reaches|reach|is about|are about|talks about|deals with)(?: only| just)? (?:about |to )?(?:the )?(?:changes|modifications|modified files|modified versions) (?:to|of|in|made to) (?:its|their|the licensed|the covered|the mpl|the lgpl|the library s|the original) (?:own )?(?:source )?(?:files|code|library)\b`)

// webBackendRE finds the asker's web backend, site or API, in normalised words.
var webBackendRE = regexp.MustCompile(` (?:our|my) (?:[\w-]+ ){0,3}?(?:backend|back end|website|web site|web app|webapp|web application|web service|web server|api|rest api|site|saas|saas product|saas platform|hosted service|online service)s?\b`)

// hostNounRE finds "host" said of the machine or program something runs in: "host
// code", "the host application", "compilers on the host".
var hostNounRE = regexp.MustCompile(` host (?:code|os|oses|machine|machines|system|systems|application|applications|app|apps|program|programs|side|computer|computers|pc|cpu|kernel|include|platform|process|binary|binaries|environment|tool|tools|toolchain|compiler|library|libraries)\b| (?:the|a|its|their|our|plugin|vst|audio|daw|game) host(?: (?:application|app|program|loads|calls))?\b`)

// fontInDocumentRE finds a font embedded in a document that is handed out (an SVG, a
// PDF, an e-book, slides): the font goes out inside it, which is distributing the font,
// not linking it into a program.
var fontInDocumentRE = regexp.MustCompile(` embed(?:s|ded|ding)?(?: \w+){0,6} (?:font|fonts|typeface|typefaces|glyphs)(?: \w+){0,6} (?:in|into|inside|within) (?:a |an |the |my |our |their |every |each )?(?:\w+ )?(?:svg|svgs|pdf|pdfs|document|documents|ebook|ebooks|e book|e books|epub|epubs|slides|slide deck|presentation|presentations|docx|word file|word files|image|images|poster|posters|report|reports|book|books)\b| (?:font|fonts|typeface|typefaces)(?: \w+){0,4} embedded (?:in|into|inside|within) (?:a |an |the |my |our |their |every |each )?(?:\w+ )?(?:svg|svgs|pdf|pdfs|document|documents|ebook|ebooks|epub|epubs|slides|presentation|presentations|docx)\b`)

// mediaOnSiteRE finds a font, image or other media shown on a website, which every
// visitor's browser downloads: "a cc-by-nc font on my company website", "photos on our
// blog".
var mediaOnSiteRE = regexp.MustCompile(` (?:font|fonts|typeface|typefaces|image|images|photo|photos|picture|pictures|icon|icons|logo|logos|video|videos|illustration|illustrations|artwork|graphics?|clip ?art|music|sound|sounds|audio|articles?|posts?|tutorials?|chapters?)(?: \w+){0,4} (?:on|for|in|into|onto) (?:my |our |the |a |their )?(?:own |company |corporate |business |personal |commercial |new |ad supported |ad funded )?(?:web ?site|site|homepage|home page|landing page|blog|web page|webpage|pages)\b` +
	// "our web app serves jetbrains mono, dm sans and cormorant garamond from public/fonts"
	`| (?:web ?site|site|web ?app|webapp|front ?end|pages?) (?:serves|serve|serving|loads|load|loading|embeds|embed|embedding)(?: [\w,]+){0,8}? (?:fonts?|typefaces?|images|icons|illustrations|photos|pictures)\b`)

// workChangeAskedRE: a change to a work asked about ("can we recolour the badge?", "ok
// to crop it?"), which is the use, wherever the changed work then goes.
var workChangeAskedRE = regexp.MustCompile(`\b(?:can|could|may|might)\s+(?:we|i|you)\s+(?:also\s+|still\s+|just\s+|then\s+)?(?:recolou?r|crop|resize|remix|alter|edit|translate|adapt)\b|\b(?:allowed|ok|okay|permitted|fine)\s+to\s+(?:recolou?r|crop|resize|remix|alter|edit|translate|adapt)\b`)

// changesAskedRE finds a question of whether changes must be published: "publish my
// modifications", "release those changes", "open source our patches".
var changesAskedRE = regexp.MustCompile(` (?:publish|release|share|open source|opensource|disclose|give back|contribute back) (?:all |any )?(?:my |our |the |those |these |your )?(?:own )?(?:changes|modifications|mods|patches|fixes|improvements|modified version|modified code)\b`)

// publishAskedRE finds a question of whether something must be published or handed
// over: "force us to publish", "do we have to release", "make us open source".
var publishAskedRE = regexp.MustCompile(` (?:have|has|need|needs|forced|force (?:us|me|them|you)|forces (?:us|me|them|you)|require (?:us|me|them|you)|requires (?:us|me|them|you)|required|obliged|obligated|oblige (?:us|me)|obliges (?:us|me)|want (?:us|me)|wants (?:us|me)|expect (?:us|me)|expects (?:us|me)) to (?:\w+ )?(?:publish|release|open source|opensource|disclose|share|hand over|make public|make available|provide|offer|give out)\b| (?:make|makes) (?:us|me|them|you) (?:\w+ )?(?:publish|release|open source|opensource|disclose|share|hand over)\b| (?:must|should|do|shall) (?:we|i) (?:\w+ )?(?:publish|release|disclose|share|hand over) (?:the|our|my|these|those|that|this|any) (?:\w+ )?(?:patch|patches|changes|modifications|source|code|fixes|tweaks)\b| (?:we|i) must (?:\w+ )?(?:publish|release|open source|opensource|disclose|share|hand over|make public)\b`)

// publishStopWords end what a publishing asked about reaches: "publish our code when we
// ship it" asks of the code, and says the shipping.
var publishStopWords = map[string]bool{"when": true, "if": true, "because": true, "since": true, "and": true, "but": true, "as": true, "so": true,
	"or": true, "while": true, "though": true, "although": true, "before": true, "after": true, "unless": true, "once": true, "just": true, "even": true, "to": true}

// moreCodeRE: "and" or "or" going on to more of the code a publishing is asked of
// ("… and client side code", "or the frontend").
var moreCodeRE = regexp.MustCompile(`^ (?:and|or) (?:\w+ ){0,2}?(?:code|source|sources|source code|changes|modifications|files|frontend|front end|backend|back end|stack)\b`)

// stripPublishAsked blanks each publishing asked about, with what it is asked of (up to
// five words, or the next clause).
func stripPublishAsked(n string) string {
	for _, loc := range publishAskedRE.FindAllStringIndex(n, -1) {
		end := loc[1]
		for i, limit := 0, 5; ; i++ {
			rest := n[end:]
			if !strings.HasPrefix(rest, " ") {
				break
			}
			w, _, _ := strings.Cut(rest[1:], " ")
			if (w == "and" || w == "or") && moreCodeRE.MatchString(rest) {
				limit = i + 5 // "publish all of our server side and client side code": one object
			} else if w == "" || publishStopWords[w] || i >= limit {
				break
			}
			end += 1 + len(w)
		}
		n = n[:loc[0]] + strings.Repeat(" ", end-loc[0]) + n[end:]
	}
	return n
}

// internalCopiesRE finds copies said to go round only inside the organisation.
var internalCopiesRE = regexp.MustCompile(` (?:distribut\w*|deploy\w*|shar(?:e|es|ed|ing)|circulat\w*|hand(?:s|ed|ing)? out|roll(?:s|ed|ing)? out|give|gives|giving)(?: \w+){0,4} internally (?:only )?(?:$|[^ab])`)

// notBuiltInRE finds code said not to be built in: "nothing of it is compiled in",
// "not statically linked".
var notBuiltInRE = regexp.MustCompile(` (?:nothing|not|never|isn t|is not|aren t|are not|without being)(?: \w+){0,3} (?:compiled in|compiled into|linked in|built in|vendored|bundled|statically linked|linked statically)\b`)

// whichWayRE asks in which direction code may go between two licences.
var whichWayRE = regexp.MustCompile(`\bwhich\s+(?:way|direction)s?\b`)

// componentBackendRE finds a backend that is part of a program: "its qt backend", "a
// crypto backend", "pyqt5 as backend", "one optional backend"; anyBackendRE any backend.
var (
	componentBackendRE = regexp.MustCompile(` (qt|pyqt\d?|pyside\d?|gtk\d?|tk|wx|crypto|cryptography|compiler|codegen|gcc|llvm|cranelift|build|prolog|opengl|vulkan|metal|directx|audio|sound|video|rendering|render|graphics|gui|tls|ssl|plotting|optional|alternative|pluggable|blas|lapack|toolkit|matplotlib|keyring|as|as an?|as its|as the|as another|as one more) back ?ends?\b`)
	anyBackendRE       = regexp.MustCompile(` back ?ends? `)
)

// notItsPartRE finds a part of a project set aside: "rapidjson itself, not its tests".
var notItsPartRE = regexp.MustCompile(` not (?:its|their|the) (?:tests?|test suite|tests? code|examples?|samples?|benchmarks?|docs|documentation)\b`)

// notJustFrontRE finds the browser's part conceded beside a server's: "our whole
// backend, not just the frontend", "not only the client side code".
var notJustFrontRE = regexp.MustCompile(` not (?:just|only|merely|simply) (?:the |our |my )?(?:frontend|front end|client side|client|browser)(?: code| js| javascript| part| bits?)?\b`)

// notLinkedRE finds linking said not to happen: "it doesn't link to it", "without
// linking".
var notLinkedRE = regexp.MustCompile(` (?:doesn t|does not|don t|do not|never|won t|will not|without|not) (?:link|links|linking|linked)(?: (?:to|against|with) (?:it|them|the \w+))?\b`)

// moveBetweenRE: code said to move "between" two projects, which goes either way
// ("can code move between Artistic 2.0 and GPLv2 projects?").
var moveBetweenRE = regexp.MustCompile(`\b(?:move|moves|moving|flow|flows|flowing|pass|passes|passing|travel|share|shared|sharing|copy|copied|copying|port|ported|porting|exchange|exchanged|exchanging|swap|swapped|swapping|trade|trading|reuse|reused|reusing)\s+(?:code\s+|it\s+|files\s+|patches\s+|snippets\s+)?(?:back\s+and\s+forth\s+)?between\b`)

// bothWaysRE asks about both directions at once: "combined in one direction or the
// other", "compatible either way round", "… or the other way round, which works".
var bothWaysRE = regexp.MustCompile(`\bor\s+(?:vice\s+versa|the\s+other\s+way\s+(?:round|around))\b|\b(?:in\s+)?(?:one|either)\s+direction\s+or\s+the\s+other\b|\beither\s+way(?:\s+round|\s+around)?\b|\bboth\s+(?:ways|directions)\b|\bin\s+both\s+directions\b` +
	// "apache-2.0 with the llvm exception and gplv2, which way round works": which of the
	// two works is asked, so both are answered.
	`|\bwhich\s+(?:way|direction)(?:\s+round|\s+around)?\s+(?:works?|is\s+(?:ok|okay|fine|allowed|legal|possible)|(?:can|could|may)\s+(?:the\s+)?(?:it|code|one)\s+(?:go|move|flow))\b`)

// separateProgramRE finds a program said to run apart from the code in question.
var separateProgramRE = regexp.MustCompile(` separate (?:standalone |stand alone |independent )?(?:programs?|process(?:es)?|binar(?:y|ies)|executables?)\b| standalone (?:programs?|binar(?:y|ies)|executables?)\b| shells? out\b| subprocess`)

// handedRE finds software handed to customers to run; offeredAsServiceRE software
// offered to them as a service.
var (
	handedRE           = regexp.MustCompile(` (?:hand|hands|handing|give|gives|giving|deliver|delivers|delivering|ship|ships|shipping|send|sends) (?:the |our |it |them |this )?(?:\w+ ){0,2}to (?:our |the |their |a )?(?:customers?|clients?)\b| (?:give|gives|giving|hand|hands|handing) (?:it|them|the app|the site|the code) (?:over )?to (?:a |my |our |the )?(?:friend s |friends |client s |customer s )?(?:shop|business|company|store|school|club|charity|church|friend|friends)\b`)
	offeredAsServiceRE = regexp.MustCompile(` (?:offer|offers|offering|sell|sells|selling|run|runs|running|provide|provides|providing) (?:it|them|this|\w+) as an? (?:\w+ ){0,3}service\b`)
)

// internalThingRE finds software said to be internal: "our internal closed app", "an
// internal reporting tool".
var internalThingRE = regexp.MustCompile(` internal (?:[\w-]+ ){0,2}(?:app|apps|application|applications|tool|tools|system|systems|service|services|dashboard|portal|website|site|software|program|programs|use)\b`)

// ourServiceRE finds the asker running a service for others: "we run an email service",
// "we operate a hosting platform".
var ourServiceRE = regexp.MustCompile(` (?:we|i) (?:run|operate|host|provide) (?:a|an|our|my) (?:[\w-]+ ){0,2}(?:service|platform|saas|website|web app|web site)\b| (?:service|services|backend|platform|website|web app|api) (?:that |which )?(?:we|i) (?:only )?(?:run|host|operate) (?:ourselves|myself|in house|on our own servers?)\b`)

// hyperlinkRE finds a link in the web's sense: "a link to the source", "pages my site
// links to".
var hyperlinkRE = regexp.MustCompile(` (?:a|the|an?\s+\w+) links? to | links? to (?:the |our |their |its |any |a |no |his |her )?(?:git |source |github |gitlab )?(?:tree|repo|repository|website|site|page|pages|download|downloads|url|project page|source code|sources)\b| (?:pages?|sites?|websites?|readme|docs|documentation|articles?|posts?|blog)(?: \w+){0,2} links? to ` +
	// "can we just link to the gfdl instead of including it?", and the same with the
	// licence's name blanked ("link to the text online"): a link to a licence's text. The
	// words are normalised, so "licence" itself is gone.
	`| links? to (?:(?:the |a |its |their )?(?:full )?(?:gfdl|gpl|lgpl|agpl|mit|apache|bsd|mpl|cc by[\w ]{0,12}?) (?:instead|rather|text|url|page|online)` +
	`|(?:the |its |their )?(?:full )?(?:text|url|copy)(?: online)? (?:instead|rather|online|page))\b`)

// mitZeroRE finds the MIT No Attribution licence by its name.
var mitZeroRE = regexp.MustCompile(`(?i)\bMIT[\s-]+No[\s-]+Attribution\b`)

// maskMITZero writes "MIT No Attribution" as its ID, MIT-0, so that it is read as that
// licence, not as MIT and a question of attribution; padded to the name's length, so
// that positions in the text hold.
func maskMITZero(text string) string {
	if !strings.Contains(text, "ttribution") {
		return text
	}
	return mitZeroRE.ReplaceAllStringFunc(text, func(m string) string { return "MIT-0" + strings.Repeat(" ", len(m)-len("MIT-0")) })
}

// apiCodeRE finds an API said of code ("the vendor API code", "API headers"), with the
// word before it, which may make it a web service's ("REST API code").
var apiCodeRE = regexp.MustCompile(`\b[\w-]+ api (?:code|library|libraries|headers?|files?|sources?|driver|drivers|wrapper|wrappers|bindings?|functions?)\b`)

// webAPIWords make an API a network service's.
var webAPIWords = map[string]bool{"rest": true, "web": true, "http": true, "https": true, "graphql": true, "grpc": true, "cloud": true, "online": true, "hosted": true, "our": true, "my": true, "public": true, "json": true}

// callsHostRE: the message says how a plug-in works with its host ("calls WordPress
// functions throughout", "uses its hooks"), which is linking, sold or not.
var callsHostRE = regexp.MustCompile(` (?:call|calls|calling|use|uses|using) (?:[a-z]+ ){0,3}?(?:functions?|apis?|hooks?|classes|methods|internals) `)

// paidModRE finds a game mod, plug-in or extension sold or resold: "selling a paid
// spaceengine mod", "sell my mods", "sites resell paid woocommerce extensions".
var paidModRE = regexp.MustCompile(`\b(?:sell|sells|selling|sold|resell|resells|reselling|paid|premium|charge\s+for|charging\s+for)\s+(?:(?:a|an|the|my|our|his|her|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:mods?|plugins?|plug\s+ins?|extensions?|add\s*ons?)\b`)

// infoSiteRE finds a website read for information, someone else's: "the licensing page
// on the Ultralytics website", "their website says", "the project's site lists", or a
// blog post read ("a blog post claims", "in this blog post").
var infoSiteRE = regexp.MustCompile(` (?:a|an|the|this|that|one|some|someones) blog posts? |` +
	` (?:licen[cs]ing |licen[cs]e |download |pricing |faq |legal |terms )?(?:page|pages|faq|docs|documentation|readme|blog|post|article) (?:on|of) (?:the |their |its |his |her |\w+ s )?(?:\w+ ){0,2}(?:website|web site|site)\b| (?:their|its|his|her|the project s|the vendor s|the author s|the authors|the maintainer s) (?:own |official )?(?:website|web site|site)\b| (?:website|web site|site) (?:says|said|states|stated|claims|claimed|lists|listed|shows|showed|mentions|mentioned) `)

// intoQuestionRE: the idiom "calls into question", which links nothing.
var intoQuestionRE = regexp.MustCompile(` (?:calls|call|called|calling) into question `)

// useFrom is the use the words say, by useWords' order.
func useFrom(n string) string {
	if strings.Contains(n, "app store") || strings.Contains(n, "appstore") {
		// "the odoo app store", "the Mac App Store": a store for a platform that is no
		// phone's.
		n = platformStoreRE.ReplaceAllString(n, " ${1} store ")
	}
	if strings.Contains(n, " studio") || strings.Contains(n, " sdk ") || strings.Contains(n, " emulator") {
		// A development tool named for a platform ("Android Studio", "the iOS SDK") says
		// what the asker builds with, not where the code goes.
		n = devToolRE.ReplaceAllString(n, " ")
	}
	if strings.Contains(n, " no ") || strings.Contains(n, " not ") || strings.Contains(n, " t ") || strings.Contains(n, "without") || strings.Contains(n, "never") || strings.Contains(n, "unmodified") || strings.Contains(n, " as is ") || strings.Contains(n, "zero") || strings.Contains(n, "nothing") || strings.Contains(n, " out") {
		n = notModifiedRE.ReplaceAllString(n, " ")
		n = notBuiltInRE.ReplaceAllString(n, " ")   // "so nothing of NDI is compiled in"
		n = notLinkedRE.ReplaceAllString(n, " ")    // "it doesn't link to it"
		n = notJustFrontRE.ReplaceAllString(n, " ") // "our whole backend, not just the frontend"
		n = notItsPartRE.ReplaceAllString(n, " ")   // "rapidjson itself, not its tests"
	}
	if strings.Contains(n, " into question") {
		n = intoQuestionRE.ReplaceAllString(n, " ") // "calls into question" calls nothing
	}
	if strings.Contains(n, "source") || strings.Contains(n, " sfd") || strings.Contains(n, "build ") {
		// "We don't ship the FontForge .sfd files it is built from": the source held back
		// from what is shipped, which still ships.
		n = sourceNotShippedRE.ReplaceAllString(n, " ")
	}
	shipped := containsAny(n, []string{"docker", "container", " vm ", "virtual machine", " ami", "appliance", "image", "usb"}) && shippedRE.MatchString(n)
	notShipped := !shipped && containsAny(n, []string{"never", " don t ", " dont ", " do not ", "doesn t", "doesnt", "does not", "won t", "wont", "will not", "nobody", "no one", "noone", "nothing", " not exposed", " no customer", " no client", " no user", " no outsider", " no third"}) &&
		notShippedRE.MatchString(n)
	// "we never ship or host it": neither given out nor run for others.
	notHosted := strings.Contains(n, " host") && notHostedRE.MatchString(n)
	if notShipped && !notHosted && hostedForOthersRE.MatchString(n) && !containsAny(n, []string{"employee", "colleague", "staff", "internal", "in house", "intranet", "our team"}) {
		// "we won't distribute the weights, only run them on our servers" for "our paid
		// web app": not handed out, but run for others.
		return "saas"
	}
	staticSeen := false
	for _, u := range useWords {
		if u.use == "distribute" && notShipped || u.use == "saas" && notHosted {
			continue
		}
		if u.use == "static_link" && !staticSeen {
			// "compiled one MPL-2.0 file into our library", "pasted a few functions into
			// our app": code built into the work, with words between the verb and "into".
			staticSeen = true
			if copiedIntoRE.MatchString(n) {
				return "static_link"
			}
		}
		if u.use == "saas" && shipped {
			return "distribute"
		}
		for _, w := range u.words {
			if strings.Contains(n, " "+w+" ") {
				return u.use
			}
		}
	}
	return ""
}

// Suggestion says which licence a text that is no valid SPDX expression probably
// means ("Apache 2": "it probably means Apache-2.0"), or, naming several, how to join
// them; "" when it names none.
func Suggestion(s string) string {
	switch ids := FindLicenses(s); len(ids) {
	case 0:
		return ""
	case 1:
		return "it probably means " + ids[0]
	default:
		return "it names " + text.JoinAnd(ids) + ": join them with OR (a choice) or AND (all apply)"
	}
}

// exprToken splits an SPDX expression into IDs, operators and parentheses.
var exprToken = regexp.MustCompile(`[()]|[^\s()]+`)

// CanonicalExpression spells the IDs and operators of an SPDX expression as the SPDX
// list does ("apache-2.0 or mit" → "Apache-2.0 OR MIT"), so that what is stored reads
// the same whoever typed it. A word it does not know is left as written, for the
// parser to refuse.
func CanonicalExpression(expr string) string {
	var out []string
	for _, tok := range exprToken.FindAllString(expr, -1) {
		switch up := strings.ToUpper(tok); {
		case up == "AND" || up == "OR" || up == "WITH":
			tok = up
		case tok == "(" || tok == ")":
		default:
			lower, plus := strings.ToLower(strings.TrimSuffix(tok, "+")), strings.HasSuffix(tok, "+")
			if id, ok := licenseish()[lower]; ok {
				tok = id
			} else if ok, id := spdxlicenses.IsException(lower); ok {
				tok = id
			}
			if plus && !strings.HasSuffix(tok, "+") {
				tok += "+"
			}
		}
		out = append(out, tok)
	}
	return parenSpaces.Replace(strings.Join(out, " "))
}

// parenSpaces and atWork are built once: a Replacer builds its tables on first use, and
// CanonicalExpression runs on every request filed and decided.
var (
	parenSpaces = strings.NewReplacer("( ", "(", " )", ")")
	atWork      = strings.NewReplacer(" at work ", " ", " for work ", " ")
)

// PolicyQuestion is a question about the policy as a whole ("which licences are
// allowed for SaaS?"), understood.
type PolicyQuestion struct {
	Use      string    // "" for every use
	Verdicts []Verdict // the verdicts asked about; none: all of them
}

var (
	// policyRE: the question asks about the policy or its lists of licences ("which
	// licences are allowed?", "what open source may we use?"); "open source" said of
	// anything else ("not complying with an open source licence") asks no such thing.
	policyRE = regexp.MustCompile(`(?i)\blicen[cs]es\b|\bpolicy\b|\bwhich\s+licen[cs]e\b|\b(?:which|what)\s+(?:kinds?\s+of\s+)?open[- ]?source\b|\bopen[- ]?source\s+(?:rules|guidelines|list)\b|\b(?:rules|guidelines)\s+(?:for|on|about)\s+(?:using\s+)?open[- ]?source\b` +
		// "can i use open source code at work?": whether open source may be used at all.
		`|\b(?:can|may|could|are|is)\s+(?:i|we|you|our\s+(?:team|teams|developers|engineers)|developers|engineers|it|one)\s+(?:\w+\s+)?(?:use|using|allowed\s+to\s+use|ok\s+to\s+use|fine\s+to\s+use)\s+(?:any\s+)?(?:open[- ]?source|oss|foss|free\s+software|third[- ]party\s+open[- ]?source)(?:\s+(?:code|software|libraries|libs|components|packages|dependencies|tools))?\s+(?:at\s+work|in\s+(?:our|my|the)\s+(?:company|job|products?|code|work|projects?)|for\s+work|here)\b`)
	// verdictAsked are the words that ask for the licences of one verdict, negatives
	// first ("not allowed" before "allowed").
	verdictAsked = []struct {
		verdicts []Verdict
		words    []string
	}{
		{[]Verdict{NotAllowed}, []string{"not allowed", "forbidden", "banned", "prohibited", "disallowed", "blocked", "denied", "not permitted", "cannot", "can t", "must not", "blacklisted", "blocklisted"}},
		{[]Verdict{NeedsApproval}, []string{"approval", "need approval", "needs approval", "require approval", "restricted", "exception", "exceptions", "ask first"}},
		{[]Verdict{Allowed, AllowedWithObligations}, []string{"allowed", "permitted", "ok", "okay", "fine", "safe", "acceptable", "approved", "whitelisted", "allowlisted", "can", "may"}},
	}
)

// AsksAboutPolicy reads text, which names no licence, as a question about the policy as
// a whole: which licences are allowed, need approval or are not allowed, for one use or
// all. ok is false when it is not one.
func AsksAboutPolicy(text string) (q PolicyQuestion, ok bool) {
	text = asTyped(text)
	if !policyRE.MatchString(text) {
		return q, false
	}
	// "at work" says where the asker works, not that the use stays in house.
	n := atWork.Replace(" " + norm(text) + " ")
	q.Use = detectUse(n)
	for _, v := range verdictAsked {
		if anyWord(n, v.words) {
			q.Verdicts = v.verdicts
			break
		}
	}
	return q, true
}

// Terms are the licences of an SPDX expression as written (IDs spelled as the SPDX list
// does), each with its exception if it has one.
func Terms(expr string) ([]string, error) {
	expr = CanonicalExpression(expr)
	terms, err := ExtractLicenses(expr)
	if err != nil {
		return nil, err
	}
	// The library gives them in no fixed order; they are wanted as the expression says
	// them, so that a question's licences read the same every time.
	at := func(t string) int {
		if i := strings.Index(expr, t); i >= 0 {
			return i
		}
		return len(expr)
	}
	slices.SortFunc(terms, func(a, b string) int { return cmp.Or(cmp.Compare(at(a), at(b)), strings.Compare(a, b)) })
	return terms, nil
}

// creditHowRE: the question asks how to give credit.
var creditHowRE = regexp.MustCompile(`\bhow\s+(?:exactly\s+)?(?:do|should|must|can|would)\s+(?:i|we)\s+(?:properly\s+|correctly\s+|best\s+)?(?:credit|attribute|cite)\b`)

// licenceOfAskRE: the question asks which licence something has: "which license is
// sqlite?", "under which licence is it?", "what's the licence of zlib?".
// choiceIsOthers tells whether a question read as choosing a licence for the asker's own
// work asks instead the licence of something that is not theirs to choose.
func choiceIsOthers(q Question, text, lower string) bool {
	if len(q.Projects) > 0 {
		// "what licence is wxwidgets exactly? our closed app statically links it": the
		// licence of a project named is asked.
		name, asked := ProjectAsked(text)
		if m := licenceIsAskedRE.FindStringSubmatch(lower); !asked && m != nil {
			name, asked = m[1], true
		}
		if asked && slices.ContainsFunc(q.Projects, func(p ProjectReading) bool {
			return strings.Contains(strings.ToLower(name), strings.ToLower(p.Said))
		}) {
			return true
		}
		// "heard ua-parser-js went agpl. we're pinned to 1.0.x, does that change our
		// licence?": whether what a project did reaches the asker, not a move of theirs.
		if affectsOwnLicenceRE.MatchString(lower) {
			return true
		}
	}
	// "store.js package.json says "(MIT OR GPL-3.0)" but the repo only has LICENSE-MIT.
	// which licence do we actually get?": the licence of the code received; "tohoku's
	// japanese bert code is apache, but what licence are the pretrained models?": of a
	// part of a project whose code's licence is given.
	return licenceReceivedRE.MatchString(lower) || PartBesideCode(text) != ""
}

// licenceReceivedRE: which licence the asker gets with code ("which licence do we
// actually get?", "which licence do i end up with?").
var licenceReceivedRE = regexp.MustCompile(`\bwhich\s+(?:licen[cs]e|one)\s+(?:do|would|will|did|have)\s+(?:we|i)\s+(?:actually\s+|really\s+|then\s+)?(?:get|got|receive|received|end\s+up\s+with)\b`)

// projectMovesOwnRE: a project said to move its own licence ("OpenSSL is changing its
// licence to Apache 2"), someone else's, not the asker's.
var projectMovesOwnRE = regexp.MustCompile(`\b(?:is|are|was|were|has|have)\s+(?:been\s+|now\s+|just\s+|finally\s+)?(?:changing|moving|switching|relicen[cs]ing|changed|moved|switched|relicen[cs]ed)\s+(?:its|their)\s+(?:own\s+)?(?:licen[cs]e|licen[cs]ing)\s+(?:to|from)\b`)

// affectsOwnLicenceRE: whether something reaches the licence the asker's work has ("does
// that change our licence?", "would it affect my project's licence?").
var affectsOwnLicenceRE = regexp.MustCompile(`\b(?:does|do|would|will|could|did|can|might)\s+(?:that|this|it|the\s+(?:move|change|switch|relicen[cs]ing))\s+(?:also\s+|then\s+|really\s+|now\s+)?(?:change|affect|touch)\s+(?:our|my)\s+(?:[\w-]+(?:'s)?\s+){0,2}licen[cs]e\b`)

// whichBSDRE: an asking sentence that asks which BSD licence is meant: "which one",
// "which bsd exactly?", "2 or 3 clause?", "is that 2-clause or 3-clause?".
var whichBSDRE = regexp.MustCompile(`\bwhich\s+(?:one|bsd|variant|version|kind|flavou?r)\b|\bwhat\s+(?:kind|flavou?r|variant|version)\s+of\s+bsd\b|\b(?:2|two)(?:[- ]clause)?\s+or\s+(?:3|three)(?:[- ]clause)?\b|\b(?:3|three)(?:[- ]clause)?\s+or\s+(?:2|two)(?:[- ]clause)?\b`)

// isItEitherRE: a question whether a thing is under one licence or another, asked at the
// end ("is this lib mit or gpl?", "is the sdk apache or bsd?").
var isItEitherRE = regexp.MustCompile(`\b(?:is|are)\s+(?:it|they|(?:this|that|these|those|the)(?:\s+[\w.+-]+){1,2}?|this|that|these|those)\s+(?:(?:really|actually|licen[cs]ed|released|under)\s+){0,2}(?:the\s+)?[\w.+-]+(?:\s+[\d.]+)?\s+or\s+(?:the\s+)?[\w.+-]+(?:\s+[\d.]+)?\s*\?\s*$`)

// isItTooRE: whether a thing is under a licence said of something else too, asked at the
// end ("is the chrome build mpl too", "is the windows version gpl as well?").
var isItTooRE = regexp.MustCompile(`\b(?:is|are)\s+(?:it|they|(?:this|that|these|those|the|its|their)(?:\s+[\w.+-]+){1,3}?|this|that|these|those)\s+(?:(?:also|still|then|really|actually|licen[cs]ed|released|under)\s+){0,2}(?:the\s+)?[\w.+-]+(?:\s+[\d.]+)?\s+(?:too|as\s+well|also)\s*\??\s*$`)

// licenceIsAskedRE: what licence a thing named is, asked without "under" ("what licence
// is wxwidgets exactly?", "which license does pygresql have?").
var licenceIsAskedRE = regexp.MustCompile(`\b(?:what|which)\s+licen[cs]e\s+(?:is|does|has)\s+(?:the\s+)?([\w.+-]+(?:\s+[\w.+-]+){0,2}?)\s+(?:(?:exactly|actually|really|now|today|have|has|carry|use|uses)\s*)?[?.!]`)

// whatItIsUnderRE: what licence the thing spoken of is under, asked of it as "it" ("what
// is it actually under now?", "what's it really licensed under?").
var whatItIsUnderRE = regexp.MustCompile(`\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:it|this|that|they|these|those)\s+(?:\w+\s+){0,2}?(?:licen[cs]ed\s+|released\s+|distributed\s+)?under\b`)

// bareLicenceOfRE: a message that is only a name and "licence", maybe with "now" or
// "these days" ("elasticsearch licence these days?", "redis license now?").
var bareLicenceOfRE = regexp.MustCompile(`^\W*(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,2}?(?:'s|’s)?\s+licen[cs](?:e|ing)(?:\s+(?:these\s+days|now|today|nowadays|currently|status|situation))?\s*\??\s*$`)

var licenceOfAskRE = regexp.MustCompile(`\b(?:what|which)\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?licen[cs]es?\s+(?:is|are|does|do|did|has|have|covers?|applies|apply|governs?)\b|\bunder\s+(?:what|which)\s+licen[cs]e\b|\bwhat(?:'s|’s|\s+is)\s+(?:the\s+)?licen[cs]e\s+(?:of|for|on)\b`)

// projectIsLicence finds a question that only asks whether a project it names is under
// a licence ("is node.js MIT?", "is zlib apache licensed?"): the project, as said, and
// its entry.
func projectIsLicence(lower string, f found) (said string, p *Project) {
	if !strings.HasPrefix(lower, "is ") || len(f.ids) != 1 {
		return "", nil
	}
	last := slices.MaxFunc(f.mentions(0), func(a, b [2]int) int { return a[0] - b[0] })
	if last[0] <= 3 || last[1] > len(lower) || !licenceEndRE.MatchString(lower[last[1]:]) {
		return "", nil
	}
	said = strings.TrimSpace(lower[3:last[0]])
	subject := versionTailRE.ReplaceAllString(said, "")
	for _, name := range []string{subject, strings.ReplaceAll(subject, ".", " "), strings.ReplaceAll(subject, ".", "")} {
		if p := knownProjects()[name]; p != nil {
			return said, p
		}
	}
	return "", nil
}

// projectNamedBefore is the well-known project a question names just before its first
// licence, as its subject: "is busybox gpl2 only or gpl2+?", "busybox - gpl2 only or
// gpl2+?", "busybox's licence: gpl2 only or gpl2+?".
func projectNamedBefore(lower string, f found) *Project {
	if len(f.at) == 0 || f.at[0][0] <= 0 || f.at[0][0] > len(lower) {
		return nil
	}
	head := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(lower[:f.at[0][0]]), "-–—:,"))
	if ends := headClauseEndRE.FindAllStringIndex(head, -1); len(ends) > 0 {
		head = head[ends[len(ends)-1][1]:] // "hey all, quick one: busybox - …": the clause the licence ends
	}
	head = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(head), "is "))
	head = strings.TrimSpace(strings.TrimRight(head, "-–—"))
	for _, tail := range []string{" licensed under", " licenced under", " licensed", " licenced", " under", " is", " licence", " license", "'s", "’s"} {
		head = strings.TrimSpace(strings.TrimSuffix(head, tail))
	}
	return knownProjects()[versionTailRE.ReplaceAllString(head, "")]
}

// headClauseEndRE ends a clause before a project's name (not a version's dot).
var headClauseEndRE = regexp.MustCompile(`[,:;?!]|\.(?:\s|$)`)

// versionTailRE: a version said after a project's name ("openssl 3", "qt 6.5").
var versionTailRE = regexp.MustCompile(`\s+v?\d+(?:\.\d+)*$`)

// licenceEndRE: nothing but "licensed" and the question mark after the licence.
var licenceEndRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed)?\s*\??\s*$`)

// openOwnRE: the question asks whether the asker must open their own code ("do we have
// to open our code, and what notices do we owe?"): a use of the code, whatever else it
// asks of the licence's meaning.
// openSourceThingRE: "open source" said of a kind of thing, a project or a program
// ("our open source project", "an open-source library"), which asks nothing of whether a
// licence is open source.
var openSourceThingRE = regexp.MustCompile(`\b(?:our|my|an?|another|the|their|his|her|this|that|your|its|some|other|many|most)\s+(?:own\s+|new\s+|small\s+|little\s+|big\s+|popular\s+)?(?:open[- ]?source|oss|foss|free\s+software|libre)\s+(?:[\w-]+\s+)?(?:projects?|apps?|applications?|librar(?:y|ies)|libs?|tools?|code|codebase|software|products?|repos?|repositor(?:y|ies)|packages?|games?|forks?|alternatives?|versions?|community|communities|contributors?|world|ecosystem|foundation|firmware|frameworks?|sdks?|engines?|plugins?|modules?|components?|dependenc(?:y|ies))\b`)

var openOwnRE = regexp.MustCompile(`\b(?:have|has|need|needs|must|required|forced|obliged)\s+to\s+(?:open(?:[- ]?source)?|publish|release|disclose|gpl|lgpl)\s+(?:(?:all\s+(?:of\s+)?)?(?:our|my|the|their)\s+)?(?:own\s+|whole\s+|entire\s+)?(?:code|source|app|application|program|software|product|tool)\b`)

// ownChoiceOf tells whether the two licences at a and b are offered as the asker's own
// work's licence: "should my package be AGPL-3.0 or just plain GPL-3.0?", "should we
// release our tool under MIT or Apache-2.0?".
func ownChoiceOf(lower string, f found) bool {
	for _, a := range f.mentions(0) {
		for _, b := range f.mentions(1) {
			if a[1] > b[0] {
				a, b = b, a
			}
			if a[0] >= 0 && a[1] <= b[0] && b[0] <= len(lower) &&
				ownChoiceBeforeRE.MatchString(lower[max(0, a[0]-80):a[0]]) && ownChoiceJoinRE.MatchString(lower[a[1]:b[0]]) {
				return true
			}
		}
	}
	return false
}

var (
	ownChoiceBeforeRE = regexp.MustCompile(`\b(?:should|shall|would|could|can)\s+(?:(?:i|we)\s+(?:just\s+)?(?:make|license|licence|release|put|publish)\s+)?(?:my|our)\s+(?:own\s+|new\s+)?(?:[\w'-]+\s+){0,3}?(?:(?:be|stay|become|go)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?|(?:licen[cs]ed|released)\s+(?:under|as)\s+|under\s+|as\s+)(?:the\s+|an?\s+)?$`)
	ownChoiceJoinRE   = regexp.MustCompile(`^[\s,]*or\s+(?:(?:just|plain|normal|regular|standard|vanilla|ordinary|simply|the|an?|under|as)\s+)*$`)
)

// becomesRE: the question asks whether the asker's work turns into the licence ("does
// the whole app become GPL?", "is our product then under the MPL?").
var becomesRE = regexp.MustCompile(`\b(?:become|becomes|becoming|turn into|turns into|fall under|falls under|forced (?:to be|under)|infect|infects|infected)\b|\b(?:have|has|need|needs)\s+to\s+be\s+(?:(?:re)?licen[cs]ed|released|published|distributed|open[- ]?sourced)\s+(?:under|as)\b`)

// ourOwnRE: the asker's own work, said as such ("our own software", "my own app").
var ourOwnRE = regexp.MustCompile(`\b(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:software|code|app|application|program|product|tool|service|project|work|thesis|dissertation|paper|book|slides|slide\s+deck|deck|docs|documentation|site|website|game|library|lib|firmware|package|crate|plugin|theme|dataset|model|report|article|course|repo|repository)\b`)

// devToolRE: a development tool named for a platform, in normalised words.
var devToolRE = regexp.MustCompile(` (?:android|ios|xcode|visual|mobile) (?:studio|sdk|emulator|simulator) `)

// copiedIntoRE: code compiled or pasted into the work, with a few words between the
// verb and "into" (in normalised words). "Copy X code into a Y project" stays a
// compatibility question without a use.
var copiedIntoRE = regexp.MustCompile(` (?:compil(?:e|ed|ing)|past(?:e|ed|ing)) (?:[\w]+ ){1,4}(?:into|in to) (?:our|my|the|a|an|their) `)

// forbidsModifyingRE: the asker's own terms (an EULA, licence terms) forbid users to
// modify or reverse-engineer the work, which the LGPL says they must be allowed to do.
var forbidsModifyingRE = regexp.MustCompile(`\b(?:eula|terms|licen[cs]e agreement|end[- ]user)\b[^.?!]{0,40}\b(?:forbids?|prohibits?|bans?|disallows?|does not allow|doesn't allow|may not|must not|shall not|cannot|can't)\b[^.?!]{0,40}\b(?:reverse[- ]engineer\w*|decompil\w*|disassembl\w*|modif\w*)`)

// libraryLicenceRE: an expression of one licence written for libraries linked into other
// works, the LGPL. (The GPL with the Classpath exception is left out: a JDK shipped
// with a product is asked of as distributed, not linked.)
var libraryLicenceRE = regexp.MustCompile(`^LGPL-[\d.]+-(?:only|or-later)$`)

// handedOnRE: words that say the work is handed on (sold, shipped, installed by
// customers, an agent or extension others run), which is what such a question then
// asks about.
var handedOnRE = regexp.MustCompile(`\bsell\w*|\bsold\b|\bship\w*|\bdistribut\w*|\bredistribut\w*|\bcustomers?\b|\bself-?host\w*|\binstall\w*|\bdownload\w*|\bhand\w*\s+(?:it\s+|them\s+)?(?:out|over|to)\b|\bgiv(?:e|es|ing)\s+(?:it\s+|them\s+)?(?:to|away)\b|\bagents?\b|\bextensions?\b`)

// buildInRE: words that say how code goes into a work other than by linking a library:
// compiled in, copied, vendored, modified, ported.
var buildInRE = regexp.MustCompile(`\bstatic\w*|\bcompil\w+|\bvendor\w*|\bcop(?:y|ied|ies|ying)\b|\bpast(?:e|ed|ing)\b|\bembed\w*|\bbundl\w*|\bheader[- ]only\b|\bmodif\w+|\btweak\w*|\bfork\w*|\bport(?:s|ed|ing)?\b|\bsource\s+(?:code\s+)?into\b|\bsnippets?\b|\binclud(?:e|es|ed|ing)\b|\bpack(?:s|ed|ing)?\s+(?:it\s+|them\s+)?(?:with|into|in)\b|\bpy2exe\b|\bpyinstaller\b|\bsingle\s+(?:binary|executable|file)\b|\bconcatenat\w*|\bminif\w*|\bchang(?:e|es|ed|ing)\s+(?:to\s+)?(?:it|the\s+librar|its\s+code)`)

// apkWordRE is the word "apk", which names Alpine Linux's packages as well as Android's.
var apkWordRE = regexp.MustCompile(`\bapks?\b`)

// contentOnlyIn tells whether everything q takes in is under Creative Commons content
// licences (artwork, text, data), which no program links.
func contentOnlyIn(q Question) bool {
	in := q.Licenses
	if q.Kind == AskCompatibility && len(q.Licenses) == 2 {
		in = q.Licenses[:1]
	}
	if len(in) == 0 {
		return false
	}
	for _, expr := range in {
		terms, err := Terms(expr)
		if err != nil || len(terms) == 0 {
			return false
		}
		for _, t := range terms {
			if !strings.HasPrefix(t, "CC-BY") && !strings.HasPrefix(t, "OFL-") {
				return false // Creative Commons content, and fonts under the SIL Open Font License
			}
		}
	}
	return true
}

// modifiedRE: the message says the work is changed: "modifying them to fit", "we
// recoloured".
var modifiedRE = regexp.MustCompile(`\b(?:modif\w+|adapt(?:ed|ing|s)?|edit(?:ed|ing)|chang(?:ed|ing)|recolou?r\w*|remix\w*|crop\w*|resiz\w*|tweak\w*)\b`)

// hostedForOthersRE: a service the asker runs for others, in normalised words: "our
// paid web app", "a saas", "an online service".
var hostedForOthersRE = regexp.MustCompile(` (?:web ?apps?|saas|web services?|online services?|hosted services?|web platform|web api|on (?:a|our|my) public (?:web )?servers?|on public servers) `)

// dataLicence tells whether id is a licence for data or creative content (a database,
// text, images), whose terms travel with what is made from that input.
func dataLicence(id string) bool {
	for _, p := range []string{"ODbL-", "ODC-", "CC-BY", "CDLA-", "OGL-", "GFDL-", "DL-DE-"} {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// copiedFromIntoRE: something taken from a named source into the asker's work: "copy a
// few snippets word for word from the Tailwind CSS documentation into a program".
var copiedFromIntoRE = regexp.MustCompile(`\b(?:copy|copying|copied|paste|pasting|pasted|take|taking|took|borrow|borrowing|reuse|reusing|lift|lifting|include|including)\b[^.?!]{0,80}?\bfrom\s+[^.?!]{1,80}?\binto\s+(?:a|an|my|our|the)\b`)

// claimDoubtedRE: a project's licence doubted, "is glibc really gpl?", "is it actually
// agpl?", "is that still the case?"; the first group is the project as written.
var claimDoubtedRE = regexp.MustCompile(`\b(?:is|are)\s+([\w.+-]+(?:\s+[\w.+-]+)?)\s+(?:really|actually|truly)\s+(?:under\s+(?:the\s+)?)?(?:[\w.+'-]+\s*){1,3}\?` +
	// "I remember SDL being LGPL … Is that still the case for SDL2?"
	`|\b(?:is|was)\s+(that|it|this)\s+still\s+(?:the\s+case|true|so|right)\b`)

// claimAskRE: the question asks whether what it says holds: "still", "right?", "is that
// correct?", "is it really".
var claimAskRE = regexp.MustCompile(`\bstill\b|\b(?:is|are)\s+(?:it|that|this|they)\s+(?:really|actually|truly)\s+(?:under\s+(?:the\s+)?)?[\w.+-]+(?:\s+[\w.+-]+)?\s*\?|\b(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?(?:right|true|correct|accurate|the\s+case|up\s+to\s+date)\b|,?\s*(?:right|correct|true)\s*\?|\b(?:really|actually)\s+(?:under|licen[cs]ed)\b|\b(?:like|as)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:footer|readme|site|website|page|docs|header|badge|metadata|listing|scanner|tool)\s+(?:says|said|claims|claimed|shows|showed|states|stated|reports|reported)\b`)

// bareAllowedRE: whether something is allowed, asked in a word or two: "allowed?",
// "is that ok?", "legal?".
var bareAllowedRE = regexp.MustCompile(`(?:^|[.,;:!?]\s*|\b(?:is\s+(?:that|this|it)|that'?s|it'?s)\s+)(?:allowed|ok|okay|fine|legal|permitted)\s*\?`)

// openSourceAskedRE: whether a licence is open source is asked: "is the sspl even open
// source?", "does that still count as open source?".
var openSourceAskedRE = regexp.MustCompile(`\b(?:is|are|isn'?t|aren'?t)\s+(?:it|that|this|they|the\s+[\w.+-]+(?:\s+[\w.+-]+)?|[\w.+-]+)\s+(?:still\s+|really\s+|even\s+|actually\s+|truly\s+|considered\s+)?(?:an?\s+)?(?:free\s*(?:/|or|and)\s*)?(?:open[- ]source|free\s+software|foss|osi[- ]approved|free\s+licen[cs]e)\b|\b(?:count|counts|qualify|qualifies)\s+as\s+(?:an?\s+)?(?:open[- ]source|free\s+software|foss)\b`)

// eachRequiresRE: what each of the licences named asks, "what does each of those
// require?", "what do they each demand of us?", "what do both of them require?".
var eachRequiresRE = regexp.MustCompile(`\b(?:do|does|would|will)\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]e)?\s+(?:and|&)\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]e)?\s+(?:both|each|also)\s+(?:require|want|need|ask\s+for|demand|expect|oblige)\b|\bwhat\s+(?:does|do|would|will)\s+(?:each(?:\s+of\s+(?:those|these|them|the\s+two|the\s+licen[cs]es))?|both(?:\s+of\s+(?:those|these|them))?|(?:they|those|these|the\s+two(?:\s+licen[cs]es)?)\s+(?:each|both)|(?:those|these)\s+two(?:\s+licen[cs]es)?)\s+(?:licen[cs]es?\s+)?(?:actually\s+|really\s+|then\s+)?(?:require|ask|demand|oblige|need|want|make\s+(?:us|me|you)\s+do)\b`)

// projectAskedRE finds a question of what licence a project is under, and the
// project's name as written: "what licence is mapsui under?", "whats the licence on
// jakarta ee / ee4j code", "which license does ksw2 use?", "what is the license of
// fast_float?".
var projectAskedRE = regexp.MustCompile(`(?i)\b(?:what|which)\s+licen[cs]e\s+(?:is|does|has)\s+(?:the\s+)?([^\s?.,;!]+(?:\s+[^\s?.,;!]+){0,3}?)\s+(?:(?:released|licen[cs]ed|published|distributed|available)\s+)?(?:under|use|uses|have|has|come\s+under|carry|ship\s+with)\b` +
	`|\bwhat(?:'s|’s|s|\s+is)\s+(?:the\s+)?licen[cs]e\s+(?:of|for|on)\s+(?:the\s+)?([^?.,;!]+?)(?:\s+(?:code|library|package|repo|repository|project|crate|gem|module|now|today))?\s*(?:[?.,;!]|$)` +
	// "what licence are the wallpapers in the fondo app under?", "what licence are the
	// senorita dataset and model under", "what's mononoki's licence?"
	`|\b(?:what|which)\s+licen[cs]es?\s+(?:are|is)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:in|of|from|inside)\s+(?:the\s+)?([\w][\w.+-]*(?:\s+[\w][\w.+-]*){0,2}?)\s+(?:(?:app|mod|game|plugin|repo|repository|project|theme|pack|package|library|folder|directory|gui|ui)\s+)?(?:released\s+|licen[cs]ed\s+)?under\b` +
	`|\b(?:what|which)\s+licen[cs]es?\s+are\s+(?:the\s+)?([\w][\w.+-]*(?:\s+[\w][\w.+-]*){0,2}?)\s+(?:datasets?|models?|weights|checkpoints|assets|sprites|textures|sounds|icons|images|graphics|shaders|fonts|(?:helm\s+)?charts|templates|examples|samples|docs|scripts|plugins|themes|translations|maps|levels)(?:\s+and\s+(?:the\s+)?(?:datasets?|models?|weights|checkpoints|code|assets))?\s+under\b` +
	`|\bwhat(?:'s|’s|s|\s+is)\s+([\w][\w.+-]*)(?:'s|’s)\s+licen[cs]e\b` +
	// "are tanks of freedom's art and sounds under the same licence as the code?"
	`|\b(?:are|is)\s+(?:the\s+)?([\w][\w.+-]*(?:\s+[\w][\w.+-]*){0,3}?)(?:'s|’s)\s+(?:[\w-]+\s+)?(?:art|artwork|assets|sounds|music|graphics|sprites|textures|images|icons|fonts|models|data|docs|documentation)\b[^?.!]{0,40}\bunder\s+the\s+same\s+licen[cs]e\b` +
	// "can newbee's vue3-admin be used commercially?": a package's name (one with a
	// hyphen, a slash or a digit in it) asked of a commercial use.
	`|\bcan\s+(?:we\s+use\s+)?(?:the\s+)?(?:[\w.+@-]+(?:'s|’s)\s+)?([a-z0-9][\w.+@]*[-/][\w.+/@-]*[a-z0-9]|[a-z][\w.+@-]*\d[\w.+@-]*)\s+be\s+used\s+(?:commercially|for\s+commercial\b|in\s+(?:an?|our|my)\s+(?:commercial|closed|proprietary|paid)\b)` +
	// "decentraland builder assets - what licence?", "frogatto's effect images
	// (images/effects), what licence?"
	`|` + namedThenAsked)

// namedThenAsked is a thing named at the start of a message, then asked what licence
// it has: "decentraland builder assets - what licence?", "before i fork the winXP web
// clone - what licence is it under?".
const namedThenAsked = `^\W*(?:before\s+(?:i|we)\s+(?:fork|use|take|copy|adopt|grab|reuse|vendor|ship)\s+(?:the\s+)?)?(?P<named>[^\s?.,;:!()–—-][^?.,;:!()–—]{0,58}?)\s*(?:\([^()]{0,60}\)\s*)?(?:\s-|[–—:,])\s*(?:so\s+)?(?:what|which)(?:'s|’s|\s+is)?\s+(?:the\s+)?licen[cs]e(?:\s+(?:is\s+(?:it|that|this)|are\s+(?:they|these|those))(?:\s+under)?)?\s*\?`

// namedThenAskedRE finds namedThenAsked alone.
var namedThenAskedRE = regexp.MustCompile(`(?i)` + namedThenAsked)

// notAProjectRE: words a name asked about may not be, since they point back, name the
// asker's own work or ask of the organisation ("what licence is it under?", "what's
// the licence on our code?", "which licence does the policy use for SaaS?"), or a
// kind of thing with no name ("what licence is the code under?").
var notAProjectRE = regexp.MustCompile(`(?i)^(?:it|this|that|these|those|they|them|its|their)$|\b(?:our|my|your|their|his|her|this|that|it|we|us|i|you|policy|company|organi[sz]ation|team|employer|osp?o|new|hobby|side|pet|personal|own)\b|^(?:code|source|header|headers|file|files|software|library|package|repo|repository|project|dataset|data|model|weights|image|images|icons?|fonts?|docs|documentation|tool|app|plugin|thing|one|stuff|binary|binaries|script|scripts|snippet|snippets|the|a|an)$|\b(?:and|or|the|of|with|a|an)$|^(?:models|datasets|data|weights|textures|assets|sprites|sounds|graphics)\b`)

// kindAfterNameRE: the kind of thing written after a project's name ("the alpine-pkg-glibc
// package"), which is no part of the name.
var kindAfterNameRE = regexp.MustCompile(`(?i)\s+(?:package|library|lib|repo|repository|project|crate|gem|module|code|plugin|tool|app|sdk|framework|font|icons?|dataset|model|assets?|images?|sprites?|textures?|sounds?|music)$`)

// ProjectAsked is the name of the project a message asks the licence of, as written,
// when it asks that ("what licence is mapsui under?"); ok is false when the message
// asks no such question or names no project by a name of its own.
// projectUsedRE finds a thing named as what the asker would use, ship or bundle, and how
// or where: "can i use crcpp in a commercial project?", "can we ship prebuilt fdkaac
// binaries with our tool's downloads", "can coze studio be used fully commercially?".
var projectUsedRE = regexp.MustCompile(`(?i)\b(?:(?:can|could|may)\s+(?:i|we)|(?:ok|okay|fine|allowed|safe)\s+to|(?:am\s+i|are\s+we)\s+allowed\s+to|any\s+way\s+to)\s+(?:just\s+|legally\s+|still\s+|also\s+)?(?:use|ship|bundle|include|embed|deploy|run|package|redistribute|distribute|sell|vendor|put)\s+(?:the\s+|your\s+)?(?:prebuilt\s+|free\s+|paid\s+|open[- ]source\s+)?([\w][\w.+-]*(?:\s+[\w][\w.+-]*){0,2}?)(?:(?:'s|’s)\s+(?:(?:released|published|pretrained|prebuilt|official)\s+)?(?:weights|models?|checkpoints|assets|fonts?|icons|images|dataset|data|binaries|code)|\s+(?:binaries|binary|builds?|jars?|dlls?|package|library|lib|code|mod|plugin|models?|weights|checkpoints|dataset|materials?|slides|course\s+notes)(?:\s+and\s+(?:the\s+|its\s+)?(?:pretrained\s+)?(?:code|models?|weights|checkpoints|dataset|data))?)?(?:,\s+(?:[\w-]+\s+){1,3}?(?:included|too|as\s+well),)?\s+(?:in|into|inside|with|within|for|as|on|at|commercially)\b` +
	`|(?i)\b(?:can|could|may)\s+([\w][\w.+-]*(?:\s+[\w][\w.+-]*){0,2}?)\s+be\s+used\s+(?:fully\s+|freely\s+)?(?:commercially|for\s+commercial|in\s+(?:a|our|my)\s+commercial)\b` +
	// "is wsay usable commercially?"
	`|(?i)\bis\s+([\w][\w.+-]*(?:\s+[\w][\w.+-]*){0,1}?)\s+(?:usable|ok|okay|fine|free)\s+(?:to\s+use\s+)?(?:commercially|for\s+commercial)\b` +
	// "can i lift the glsl shaders out of gllock and ship them in my game?"
	`|(?i)\b(?:can|could|may)\s+(?:i|we)\s+(?:just\s+)?(?:lift|take|copy|pull|grab|borrow|reuse|rip|extract|port)\s+(?:the\s+|some\s+|a\s+few\s+|(?:parts|bits|pieces)\s+of\s+)?(?:[\w.-]+\s+){0,3}?(?:out\s+of|from)\s+([\w][\w.+-]*(?:\s+[\w][\w.+-]*){0,1}?)\s+(?:and|for|in|into|to|so)\b`)

// ProjectUsed is the name of a thing the message asks to use, ship or bundle, when it
// names no licence and nothing the bot knows ("can i use crcpp in a commercial
// project?"): its licence decides, and the bot does not know it.
func ProjectUsed(text string) (name string, ok bool) {
	m := projectUsedRE.FindStringSubmatch(asTyped(text))
	if m == nil {
		return "", false
	}
	name, ok = projectName(strings.Join(m[1:], ""))
	if !ok || usedWordsRE.MatchString(name) {
		return "", false
	}
	if _, licence := aliases[norm(name)]; licence || idLikeRE.MatchString(name) {
		// "can we ship python inside our app": a name a licence has too; "Foo-2.0": a
		// licence's ID the bot does not know, which its own reply names.
		return "", false
	}
	return name, true
}

// usedWordsRE: words that make what is used no named project: a determiner or a licence
// first ("some code", "the gpl library"), or a kind of thing or how it was made ("jars",
// "checkpoints", "generated").
var usedWordsRE = regexp.MustCompile(`(?i)^(?:a|an|any|some|this|that|these|those|such|open|free|gpl|mit|the)\b|\b(?:code|stuff|things?|libraries|packages|components|dependencies|jars?|checkpoints|weights|generated|pretrained|fine-tuned|trained|modified|built|compiled|forked)$|^(?:generated|pretrained|fine-tuned|trained|modified|built|compiled|forked|launcher|resulting|final|whole|entire|our|my|their)\b|\b(?:up|out|together)$` +
	// Where code is found, not a project: "copy a snippet from github into our app".
	`|^(?:github|gitlab|bitbucket|codeberg|sourceforge|stack\s*overflow|stackexchange|google|internet|online|npm|pypi|maven|crates\.io|chatgpt|copilot|claude|gemini|somewhere|elsewhere|there|here|upstream|work)$`)

func ProjectAsked(text string) (name string, ok bool) {
	m := projectAskedRE.FindStringSubmatch(asTyped(text))
	if m == nil {
		return "", false
	}
	name = strings.Join(m[1:], "") // one group holds the name, by the alternative that matched
	if m[projectAskedRE.SubexpIndex("named")] != "" {
		// "frogatto's effect images": the project is whose they are.
		name, _, _ = strings.Cut(strings.ReplaceAll(name, "’", "'"), "'s ")
	}
	return projectName(name)
}

// formerOfRE: a thing said to have been under a licence, at the start of a sentence:
// "networker used to be gplv3", "zeebo/blake3 go package was cc0".
var formerOfRE = regexp.MustCompile(`(?:^|[.?!]\s+)\W*((?:[\w.+/@:-]+\s+){0,3}?[\w.+/@:-]+)\s+(?:used\s+to\s+(?:be|say|read)|was|were|had\s+been)\s+(?:(?:once|originally|formerly|previously|initially)\s+)?(?:under\s+|licen[cs]ed\s+(?:under\s+|as\s+)?)?(?:the\s+|an?\s+)?`)

// FormerOfUnknown reads a question of what a thing is under now that names only the
// licences it was under before ("networker used to be gplv3 - what licence is it now?"):
// the thing's name as given and those licences. It is for a message ParseQuestion read
// as no question of a licence, which drops a licence said to be the past one.
func FormerOfUnknown(text string) (name string, former []string, ok bool) {
	lower := versionDotRE.ReplaceAllString(lowerASCII(asTyped(text)), "${1}_${2}")
	if !nowAskRE.MatchString(lower) {
		return "", nil, false
	}
	m := formerOfRE.FindStringSubmatchIndex(lower)
	if m == nil {
		return "", nil, false
	}
	former = FindLicenses(lower[m[1]:min(len(lower), m[1]+40)])
	if len(former) == 0 {
		return "", nil, false
	}
	name, ok = projectName(strings.TrimSpace(asTyped(text)[m[2]:m[3]]))
	return name, former, ok
}

// projectName is a thing's name as a question gives it, without the kind of thing after
// it ("decentraland builder assets" is "decentraland builder"), if it can be a project's:
// a few words, and not the asker's own or a kind of thing alone.
func projectName(said string) (string, bool) {
	// "materialos app icons": every kind word after the name goes.
	name := strings.TrimSpace(kindAfterNameRE.ReplaceAllString(kindAfterNameRE.ReplaceAllString(said, ""), ""))
	if name == "" || len(name) > 60 || len(strings.Fields(name)) > 5 || notAProjectRE.MatchString(name) {
		return "", false
	}
	return name, true
}
