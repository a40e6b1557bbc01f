package license

import (
	"regexp"
	"strings"
)

// Disagreement is a question about a project whose licence file says one licence and
// something else (its README, its package page or metadata, a scanner) says another:
// "npm says ISC but the repo has an MIT license file. which?". The licence file is the
// grant the copyright holders made; the rest only report it and can be wrong, so the
// question is answered for the file's licence, with the other one click away.
type Disagreement struct {
	File   string // the licence the licence file says
	Other  string // the licence the other source says
	Source string // that source as the question names it ("readme", "pypi", "the scanner")
	// Later is set when the other source says an "or later" licence whose versions take
	// in the file's ("the LICENSE file is GPLv3 but the README says GPLv2+"): the two
	// agree, the file carrying the text of one of the versions the notice offers, and the
	// notice's licence is the code's.
	Later bool
	// Reports is set when no licence file is named and two sources that only report a
	// licence disagree ("package.json says mit, readme says gpl"): neither is the grant,
	// so neither holds; File is then empty, and First is what FirstSource says.
	Reports            bool
	First, FirstSource string
	// Declared is set, to "readme", when no licence file is named and the project's
	// README is set against the headers of its files ("ResearchSpace's README says the
	// project is AGPL, but the licence headers in the source files say GPL"): the README
	// is where the project declares its licence, and File is what it says.
	Declared string
}

// NoGrant stands, as a Disagreement's Other, for npm's "UNLICENSED": the package's
// owners grant no licence at all (all rights reserved), which is not The Unlicense.
const NoGrant = "UNLICENSED"

// Unlicensed tells that the other source says npm's UNLICENSED: no licence granted.
func (d Disagreement) Unlicensed() bool { return d.Other == NoGrant }

// Header tells that the other source is a file's header: a notice the copyright holders
// put on that file, not a report of the project's licence.
func (d Disagreement) Header() bool { return strings.Contains(d.Source, "header") }

// Person tells whether the other source is a person's word (the maintainer's, an
// author's), not a file or a page.
func (d Disagreement) Person() bool { return personReportRE.MatchString(d.Source) }

// Held is the licence the code is read as: the licence file's, or, when the other
// source's "or later" takes in the file's version (Later), the other source's.
func (d Disagreement) Held() string {
	if d.Later {
		return d.Other
	}
	return d.File
}

// disagreeAskRE: the question asks which of two licences holds ("which one?", "which
// applies?", "what's the real licence?", "what is it actually under?").
var disagreeAskRE = regexp.MustCompile(`\bwhich\b|\bdual[- ]licen[cs]ed\s+or\s+what\b|\bwhat\s+is\s+it\s+(?:actually|really)\b|\bwhat\s+(?:do|should|would|must)\s+(?:we|i)\s+(?:package|ship|list|declare|tag|label|record|mark)\s+(?:it|this|them)\s+(?:as|under)\b|\b(?:does|do)\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]e)?\s+(?:actually|really|even)\s+apply\b|\bwhat(?:'s|’s|\s+is)\s+the\s+(?:real|actual|right|correct)\s+licen[cs]e\b|\b(?:really|actually)\s+under\b|\b(?:can|could|may|should)\s+(?:we|i)\s+(?:just\s+|still\s+|safely\s+)?(?:treat|take|count|consider|go\s+by|rely\s+on)\s+(?:it|this|that|the\s+(?:package|library|lib|code|project|repo))\s+(?:as\s+)?(?:being\s+)?[\w.+-]+\s*(?:\?|$)` +
	// "so it's gpl3 now, right?", "is it gpl now?": one of the two taken to hold, asked.
	`|\b(?:so\s+)?(?:it(?:'s|’s|s|\s+is)|is\s+it)\s+(?:really\s+|actually\s+)?[\w.+-]+(?:\s+v?\d(?:\.\d)?)?\s+(?:now|then)\b[^.?!]{0,12}\?`)

// licenceFileRE: a clause names the licence file ("the LICENSE file", "COPYING", "the
// repo licence is", "license.txt").
var licenceFileRE = regexp.MustCompile(`\b(?:licen[cs]e|copying)(?:\.txt|\.md)?\s+files?\b|\b[\w.-]+(?:'s|’s)\s+licen[cs]e\s+(?:is|says|reads|went|became|changed|moved|switched)\b|\b(?:github|gitlab|codeberg|the)\s+repo(?:sitory)?\s+(?:says|lists|has|shows)\b|\blicen[cs]e\.(?:txt|md)\b|\bcopying(?:\.txt)?\b|\b(?:repo|repository|project|github)(?:'s|’s)?\s+(?:own\s+)?licen[cs]e\b|\bthe\s+licen[cs]e\s+(?:itself\s+)?(?:is|says|reads)\b|\blicen[cs]e\s+(?:text|file)\s+(?:in|of)\s+the\s+repo|\bthe\s+licen[cs]e\s+(?:in|of)\s+the\s+(?:repo|repository|source|tarball|package)\s+(?:is|says|reads)\b|\blicen[cs]e\s+(?:both\s+|also\s+|now\s+|still\s+)?(?:says?|reads)\b|\bin\s+(?:the\s+|its\s+)?(?:licen[cs]e|copying)(?:\.txt|\.md)?(?:\s*[.,;:?!]|\s*$)` +
	// "github says agpl": a code host's label is read from the licence file.
	`|` + hostLabel +
	// "says gplv3 in the repo": what the repository itself says is its licence file's;
	// "says gpl-3.0 on github": the code host's label, read from that file.
	`|\b(?:says?|is|it'?s|it\s+is)\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+in\s+(?:the|its)\s+(?:[\w.-]+\s+)?(?:github\s+|git\s+)?repo(?:sitory)?\b` +
	`|\bsays?\s+[\w.+-]+(?:\s+[\w.+-]+)?\s+on\s+(?:github|gitlab|codeberg)\b` +
	// "a plain gpl.txt": a licence file named after its licence.
	`|\b(?:a?gpl|lgpl|mit|apache|bsd|mpl)(?:[-_]?v?\d(?:[._]\d)?)?\.(?:txt|md)\b` +
	// GitHub's sidebar shows the licence it detects in the licence file.
	`|\bgithub(?:'s|’s)?\s+(?:sidebar|about\s+(?:box|section|panel))\b` +
	// "LICENSE and the classifier say mit": the file, with a source that agrees.
	`|\b(?:licen[cs]e|copying)(?:\.txt|\.md)?(?:\s+file)?\s+(?:and|&)\s+(?:the\s+|its\s+)?[\w.-]+(?:\s+[\w.-]+)?\s+(?:both\s+|all\s+)?(?:say|list|show|read)\b`)

// reportRE: a clause names what reports a licence without granting it: a README, a
// package registry or manifest, a store or asset page, a scanner or a tag; or a file's
// header, a notice for that file that can disagree with the project's licence file.
var reportRE = regexp.MustCompile(`\b(?:(?:file|source|licen[cs]e|copyright|spdx)\s+headers?|headers?|` + sourceFiles + `|readme|package\.json|composer\.json|addons\.mozilla\.org|amo|chrome\s+web\s+store|web\s+store|nuspec|\.nuspec|cocoapods|cabal\s+file|description\s+file|build\.gradle|package\s+page|npm|pypi|nuget|crates\.io|cargo\.toml|setup\.py|setup\.cfg|pyproject(?:\.toml)?|gemspec|pom\.xml|metadata|manifest|classifiers?|badge|sidebar|website|web\s+site|site|docs|documentation|asset\s+(?:library|store)(?:\s+page)?|store\s+page|marketplace|listing|scanner|scan|tool(?:ing)?|checker|goreleaser|config|tag(?:ged|s)?|wiki|page|script|curseforge|modrinth|sourceforge|sf\.net|open\s*hub|maven\s+central|mvnrepository|libraries\.io|pkg\.go\.dev|play\s+store|app\s+store|(?:package|default|flake)\.nix|nix\s+(?:package|expression|derivation)|derivation|pkgbuild|ebuild|podspec|spec\s+file|formula|debian/copyright` +
	// An announcement or a model's page reports a licence too.
	// So do the registries and catalogues that list packages, images and models with a
	// licence field.
	`|ollama(?:'s)?(?:\s+library)?|docker\s*hub|artifact\s*hub|conda-forge|anaconda|flathub|snapcraft|snap\s+store|f-?droid|homebrew|packagist|rubygems|hackage|meta-?cpan|cpan|chocolatey|conan\s*center|conan-center(?:-index)?|vcpkg(?:\s+registry)?` +
	`|blog(?:\s+post)?|announcement(?:\s+(?:post|blog))?|press\s+release|release\s+notes|changelog|model\s+card|hugging\s*face(?:\s+page)?|hf\s+page` +
	// So does what a maintainer says of it, against the licence file the project carries.
	`|` + personNouns +
	// More manifests with a licence field: Bower, Dart, C and C++ package managers,
	// Arduino, Minecraft and Factorio mods, Perl, Scala, Swift, .NET, Elixir, Clojure,
	// Haskell, Elm and Deno.
	`|bower\.json|pubspec(?:\.yaml)?|vcpkg\.json|conanfile(?:\.py)?|library\.(?:properties|json)|plugin\.ya?ml|(?:fabric\.)?mod\.json|quilt\.mod\.json|mods\.toml|info\.json|meta\.(?:json|yml)|makefile\.pl|build\.sbt|package\.swift|[\w.-]*\.csproj|[\w.-]*\.nuspec|mix\.exs|project\.clj|deps\.edn|[\w.-]+\.cabal|elm\.json|deno\.json|jsr\.json)\b`)

// sourceFiles: the source files themselves, whose notices are their headers ("attean's
// source files say …", "every .py still says gpl-3.0+").
const sourceFiles = `(?:source|code)\s+files|every\s+(?:single\s+)?(?:source\s+file|file|\.(?:py|c|h|cc|cpp|js|ts|go|rs|java|rb|php|pl|pm|lua|cs|swift|kt)(?:\s+files?)?)`

// sourceFileName: one source file named by its name or path ("src/main.cpp", "base.py").
const sourceFileName = `[\w./-]*\w\.(?:c|h|cc|cpp|cxx|hpp|hh|py|js|mjs|ts|tsx|go|rs|java|kt|rb|php|pl|pm|lua|cs|swift|m|mm|scala|hs|ml|el|sh)`

// sourceFileNameRE finds a source file named in a clause, whose notice is its header
// ("src/Main.cpp says GPL v2 or later"); a manifest with a source file's name
// ("setup.py", "conanfile.py") is reportRE's.
var sourceFileNameRE = regexp.MustCompile(`(?:^|\s)(` + sourceFileName + `)\b`)

// manifestNames are manifests named like source files.
var manifestNames = map[string]bool{"setup.py": true, "conanfile.py": true, "makefile.pl": true, "package.swift": true, "mix.exs": true, "build.sbt": true}

// sourceFileNamed is the source file a clause names as such, as written, or "".
func sourceFileNamed(c string) string {
	m := sourceFileNameRE.FindStringSubmatch(c)
	if m == nil || manifestNames[strings.ToLower(m[1])] {
		return ""
	}
	return m[1]
}

// sourceFilesRE finds sourceFiles alone.
var sourceFilesRE = regexp.MustCompile(`^(?:` + sourceFiles + `)$`)

// reportsRE: the other clause says what the source reports ("npm says", "the scanner
// tags it", "package.json lists"), not what something else is under.
var reportsRE = regexp.MustCompile(`\b(?:says?|said|lists?|listed|shows?|showed|declares?|declared|claims?|claimed|reports?|reported|tags?|tagged|flags?|flagged|picks?|marks?|marked|labels?|label(?:l)?ed|calls?|mentions?|states?|gives?|sets?|has|have)\b`)

// saidInReport tells that a clause gives a licence as found in the source that reports
// it, with the verb left to the clause before ("says gplv3 in the repo but agpl in the
// readme", "mit in the LICENSE but apache on pypi").
func saidInReport(c, report string) bool {
	for _, in := range []string{"in the ", "in its ", "on ", "on the ", "in "} {
		if strings.Contains(c, in+report) {
			return true
		}
	}
	return false
}

// partRE: the other clause is about a part of the project or a thing it takes in
// ("the readme says some assets are CC-BY", "a dependency in package.json is GPL"),
// which may well be under a licence of its own.
var partRE = regexp.MustCompile(`\b(?:some|certain|a\s+few|several|other)\s+(?:of\s+(?:the|its)\s+)?(?:assets?|images?|icons?|fonts?|files?|sounds?|data|parts?|dependenc(?:y|ies)|librar(?:y|ies)|modules?|components?|models?|weights|docs|documentation|examples?|samples?)\b|\b(?:a|one|another|our|its|their)\s+(?:dependency|library|module|component|submodule|plugin|vendored)\b`)

// npmUnlicensedRE: a source reports npm's word for no licence granted ("package.json
// says UNLICENSED", "npm shows it as unlicensed").
var npmUnlicensedRE = regexp.MustCompile(`\bunlicensed\b`)

// fileNameRE: the licence file by its name, written as the file is ("but LICENSE is mit",
// "COPYING says gpl").
var fileNameRE = regexp.MustCompile(`\b(?:LICEN[CS]E|COPYING)(?:\.(?:txt|md))?\b`)

// personReportRE: a report that is a person's word (the maintainer's, an author's), and
// personSaysLicenceRE the person saying a licence outright ("the maintainer says gpl2"),
// not saying something of it ("a developer says this is a GPL violation").
const personNouns = `(?:maintainers?|(?:original\s+)?authors?|developers?)`

var (
	personReportRE      = regexp.MustCompile(`^` + personNouns + `$`)
	personSaysLicenceRE = regexp.MustCompile(`\b` + personNouns + `\s+(?:says?|said|claims?|states?|wrote)\s+(?:(?:it|that\s+it|the\s+[\w.-]+)\s+(?:is|was)\s+)?(?:(?:licen[cs]ed\s+)?under\s+)?(?:the\s+)?[\w.+-]+(?:\s+[\d.]+)?\s*(?:$|[—–-]|[,.;?!])`)
)

// licenceColonRE: a licence field written with its colon ("License: GPL").
var licenceColonRE = regexp.MustCompile(`(?i)(licen[cs]e):`)

// hostClauseRE: a clause that gives a code host's label with its verb left to a report
// before it ("jlibmodbus says lgpl on sourceforge but apache on github"): the host's
// label is read from the licence file.
var (
	hostClauseRE      = regexp.MustCompile(`^\s*` + hostClause)
	hostClauseAfterRE = regexp.MustCompile(`\s(?:but|while|whereas)\s+` + hostClause)
)

const hostClause = `(?:the\s+)?[\w.+-]+(?:\s+v?\d[\w.]*)?(?:\s+licen[cs]e)?\s+(?:on|in)\s+(?:the\s+)?(?:github|gitlab|codeberg)(?:\s+repo(?:sitory)?)?\b`

// clauseSplitRE splits a question where two sources are set against each other.
var clauseSplitRE = regexp.MustCompile(`\s+(?:but|while|whereas|yet|however|although)\s+|[;:]\s+|\.\s+|,\s+(?:and\s+)?(?:but\s+)?`)

// sourcesDisagree reads a message that sets a licence file against another source, each
// with one licence, whatever it then asks: which holds (disagreeAskRE), or whether a use
// is allowed ("the repo says mit but the file headers say gpl v2. can we embed it?").
func sourcesDisagree(text, lower string) (Disagreement, bool) {
	// A licence file against a report, or, with no file named, two reports: anything
	// less sets nothing against anything, and the licences need not be found again.
	if reports := len(reportRE.FindAllStringIndex(lower, 2)) + len(sourceFileNameRE.FindAllStringIndex(lower, 2)); reports == 0 || reports == 1 && !licenceFileRE.MatchString(lower) && !fileNameRE.MatchString(text) && !hostClauseAfterRE.MatchString(lower) {
		return Disagreement{}, false
	}
	// The licences are found once, in the whole text, so that each is read in its
	// context; each clause is then the one licence found inside it, if just one.
	f := findLicenses(text)
	var file, other, source string
	var first, firstSource string // a report before the other, when no file is named
	from := 0
	// "License: GPL on pypi": a metadata field's colon ends no clause.
	split := licenceColonRE.ReplaceAllString(text, "${1} ")
	for _, cut := range append(clauseSplitRE.FindAllStringIndex(split, -1), []int{len(text), len(text)}) {
		// Each licence is counted in the clause once, by its first mention or a later one
		// ("… the repo license is mit, scanner flags it as gpl").
		id, n := "", 0
		for i, at := range f.at {
			in := at[0] >= from && at[0] < cut[0]
			for _, m := range f.again[i] {
				in = in || m.at[0] >= from && m.at[0] < cut[0]
			}
			if in {
				id, n = f.ids[i], n+1
			}
		}
		raw := text[from:cut[0]]
		c := strings.ToLower(raw)
		from = cut[1]
		if n == 0 && other == "" && npmUnlicensedRE.MatchString(c) {
			// "styled-react-modal says UNLICENSED in package.json": npm's word for a
			// package whose owners grant no licence, set against the licence file's grant.
			if report := reportRE.FindString(c); report != "" && !licenceFileRE.MatchString(c) && reportsRE.MatchString(c) && !partRE.MatchString(c) {
				other, source = NoGrant, report
			}
		}
		if n != 1 {
			continue
		}
		report := reportRE.FindString(c)
		if file := sourceFileNamed(raw); report == "" && file != "" {
			report = file + " header" // "src/main.cpp says gpl v2 or later": that file's notice
		}
		switch isFile := licenceFileRE.MatchString(c) || fileNameRE.MatchString(raw) || other != "" && hostClauseRE.MatchString(c); {
		case isFile && file == "":
			file = id
		case !isFile && report != "" && (reportsRE.MatchString(c) || saidInReport(c, report)) && !partRE.MatchString(c) &&
			(!personReportRE.MatchString(report) || personSaysLicenceRE.MatchString(c)):
			if sourceFilesRE.MatchString(report) {
				report = "source file headers" // notices on the files, as a header is
			}

			switch {
			case other == "":
				other, source = id, report
			case first == "" && report != source:
				first, firstSource = other, source
				other, source = id, report
			}
		}
	}
	if file == "" && first != "" && first != other && (firstSource == "readme") != (source == "readme") && strings.Contains(source+firstSource, "header") {
		// "the readme says mit but the file headers say gpl": with no licence file named,
		// the README is the project's own statement of its licence, set against notices
		// on its files that may be leftovers.
		if source == "readme" {
			first, other, source = other, first, firstSource
		}
		if strings.Contains(source, "header") {
			return Disagreement{File: first, Other: other, Source: source, Declared: "readme"}, true
		}
	}
	if file == "" && first != "" && first != other && !strings.Contains(source+firstSource, "header") {
		// "polar bookshelf: package.json says mit, readme says gpl": two reports, no grant.
		return Disagreement{Other: other, Source: source, Reports: true, First: first, FirstSource: firstSource}, true
	}
	if first != "" && file != "" {
		other, source = first, firstSource // the licence file against the first report
	}
	if file == "" || other == "" || file == other {
		return Disagreement{}, false
	}
	return Disagreement{File: file, Other: other, Source: source, Later: orLaterReaches(other, file)}, true
}
