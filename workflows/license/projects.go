package license

import (
	"cmp"
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/projects.json
var projectsJSON []byte

// Project is a well-known project a question may name instead of its licence ("can we
// ship BusyBox in our router?"), read from data/projects.json with the page its licence
// was read from.
type Project struct {
	Names   []string `json:"names"`
	License string   `json:"license"` // an SPDX expression
	// Tool is set for programs whose licence does not reach what they produce: compiling
	// with GCC or editing with Emacs is not distributing them.
	Tool bool `json:"tool,omitempty"`
	// Platform is set for a language's runtime that every program built with it carries
	// (a Go executable holds the Go runtime), a framework an app is written in, or a
	// cluster the programs asked about run on: named beside other licences it is the
	// vehicle of the question, not code taken in, and its licence is read only when it
	// is the one licence the question names.
	Platform bool `json:"platform,omitempty"`
	// Tag is set for a licence tag written in code ("Dual BSD/GPL" in a kernel module's
	// MODULE_LICENSE): said of a thing ("our module is tagged Dual BSD/GPL"), it is that
	// thing's licence, as a licence's name would be.
	Tag    bool   `json:"tag,omitempty"`
	Note   string `json:"note,omitempty"`
	Source string `json:"source"`
	// Default says which versions or builds License is for, when the licence changed
	// between versions or depends on how the project is built ("OpenSSL 3.0 and later").
	Default string `json:"default,omitempty"`
	// Variants are the other licences, each for the versions before one or for a build
	// option; a question that gives the version or the option is read by it, and one
	// that does not is read as Default, and the answer says so.
	Variants []ProjectVariant `json:"variants,omitempty"`
}

// ProjectVariant is a project's licence for some of its versions or builds.
type ProjectVariant struct {
	Before string `json:"before,omitempty"` // versions before this one ("3" for 1.x and 2.x)
	Flag   string `json:"flag,omitempty"`   // a regular expression over the question: a build option ("--enable-gpl")
	// Also and Unless are regular expressions over the question that Flag needs too, or
	// that turn it off: the GPL beside OpenSSL and a clash spoken of ("lintian
	// complains") ask of OpenSSL 1.x's licence, unless the question speaks of Apache.
	Also    string `json:"also,omitempty"`
	Unless  string `json:"unless,omitempty"`
	License string `json:"license"`
	Said    string `json:"said"` // what it is for, in words: "OpenSSL 1.x and earlier"
	Source  string `json:"source"`

	flag, also, unless *regexp.Regexp // Flag, Also and Unless, compiled once when the data is read
}

// compile compiles the variant's patterns once; one that does not compile stops the data
// loading, which every question test reads.
func (v *ProjectVariant) compile() {
	for _, c := range []struct {
		src string
		re  **regexp.Regexp
	}{{v.Flag, &v.flag}, {v.Also, &v.also}, {v.Unless, &v.unless}} {
		if c.src != "" {
			*c.re = regexp.MustCompile(c.src)
		}
	}
}

// namedIn tells whether the question (lower-cased) names the variant's build option or
// part, and not as left out ("no --enable-gpl").
func (v *ProjectVariant) namedIn(lower string) bool {
	if v.flag == nil || v.also != nil && !v.also.MatchString(lower) || v.unless != nil && v.unless.MatchString(lower) {
		return false
	}
	loc := v.flag.FindStringIndex(lower)
	return loc != nil && !negatedRE.MatchString(lower[max(0, loc[0]-16):loc[0]])
}

// negatedRE finds a build option said not to be used, before it: "no --enable-gpl",
// "without x264".
var negatedRE = regexp.MustCompile(`\b(?:no|without|not|never|w/o)\s*(?:the\s+)?-*$`)

// versionAfterRE reads a version written after a project's name: "OpenSSL 1.1.1",
// "Qt5", "Elasticsearch v7.10".
var versionAfterRE = regexp.MustCompile(`^[\s-]*(?:v|version\s+|release\s+)?(\d+(?:\.\d+)*)`)

// versionUsedRE reads the version the asker uses, said apart from the project's name:
// "we're pinned to 1.0.x", "we're still on version 1.0.38", "stuck on v1".
var versionUsedRE = regexp.MustCompile(`\b(?:pinned|locked|stuck|staying|stay|remain|remaining)\s+(?:on|to|at|with)\s+(?:version\s+|release\s+|v)?(\d+(?:\.(?:\d+|x))*)|\b(?:on|using|use|uses|run|running|with)\s+(?:version\s+|release\s+|v)(\d+(?:\.\d+)*)|\b(?:on|using|use|uses|run|running)\s+(\d+\.(?:\d+|x)(?:\.(?:\d+|x))*)\b`)

// versionUpgradeRE finds a move to another version weighed: "bump it to 2.x", "upgrade to
// version 3", "taking 2.x".
var versionUpgradeRE = regexp.MustCompile(`\b(?:bump|bumping|bumped|upgrade|upgrading|update|updating|move|moving|taking|take|migrate|migrating)\s+(?:it\s+|them\s+)?(?:up\s+)?(?:to\s+)?(?:version\s+|v)?(\d+)(?:\.(?:\d+|x))*\b`)

// major is a version's first number: "1" for "1.0.38".
func major(version string) string {
	m, _, _ := strings.Cut(version, ".")
	return m
}

// versionEndRE reads a version the name as written ends with: "Qt5".
var versionEndRE = regexp.MustCompile(`(\d+(?:\.\d+)*)\s*$`)

// ReadAs is the licence the project's code is under as a question names it: by the
// version written after its name (after, the text that follows the name; said, the name
// as written, which may hold it: "Qt5") or a build option in the question (lower, the
// question lower-cased). how says what was read or, when the question gives neither and
// the licence depends on it, what was assumed; "" for a project with one licence.
func (p *Project) ReadAs(said, after, lower string) (license, how string) {
	if len(p.Variants) == 0 {
		return p.License, ""
	}
	// When the licence changed between versions, a version written decides over words
	// elsewhere in the question ("OpenSSL 3.0 … the OpenSSL exception").
	versioned := slices.ContainsFunc(p.Variants, func(v ProjectVariant) bool { return v.Before != "" })
	version := ""
	if m := versionAfterRE.FindStringSubmatch(after); m != nil {
		version = m[1]
	} else if m := versionEndRE.FindStringSubmatch(said); m != nil && p.versionInName(said) {
		version = m[1]
	} else if m := versionUsedRE.FindStringSubmatch(lower); m != nil && versioned {
		// "heard ua-parser-js went agpl. we're pinned to 1.0.x"; not when the message
		// weighs moving to another version ("bump it to 2.x, or stay on 1.x?").
		used := strings.ReplaceAll(cmp.Or(m[1], m[2], m[3]), ".x", "")
		if u := versionUpgradeRE.FindStringSubmatch(lower); u == nil || major(u[1]) == major(used) {
			version = used
		}
	}
	for _, v := range p.Variants {
		if !(versioned && version != "") && v.namedIn(lower) {
			return v.License, "the question says " + v.Said
		}
	}
	var others []string
	for _, v := range p.Variants {
		if v.Before != "" && version != "" && versionLess(version, v.Before) {
			return v.License, fmt.Sprintf(versionReadHow+"%s: %s is under `%s`", version, v.Said, v.License)
		}
		if v.Before != "" || !versioned {
			// the other versions when the licence changed between versions, else the builds
			others = append(others, fmt.Sprintf("%s is under `%s`", v.Said, v.License))
		}
	}
	if version != "" {
		return p.License, fmt.Sprintf(versionReadHow+"%s: %s is under `%s`", version, p.Default, p.License)
	}
	return p.License, fmt.Sprintf(noVersionHow+", so I assumed %s; %s", p.Default, strings.Join(others, ", "))
}

// What ReadAs says of a project's reading begins with one of these: a version the
// question gives, or none given.
const (
	versionReadHow = "version "
	noVersionHow   = "the question gives no version or build"
)

// variantOfFamily is the licence of the project's variant whose licence is of id's
// family, the last one its data lists when several are: among its builds (FFmpeg's
// --enable-gpl build for "GPL"), or with earlier set, among its earlier versions
// (TinyMCE 5's LGPL-2.1-only for "LGPL").
func (p *Project) variantOfFamily(id string, earlier bool) (string, bool) {
	found := ""
	for _, v := range p.Variants {
		if _, ok := termOfFamily(v.License, id); ok && (v.Before != "") == earlier {
			found = v.License
		}
	}
	return found, found != ""
}

// versionInName tells whether the digits said ends with are a version ("qt5": the
// project is also named "qt") rather than part of the name ("ggplot2", "log4j2").
func (p *Project) versionInName(said string) bool {
	stem := strings.TrimSpace(strings.TrimRight(said, "0123456789."))
	return !slices.ContainsFunc(p.Names, func(n string) bool { return strings.EqualFold(n, said) }) ||
		slices.ContainsFunc(p.Names, func(n string) bool { return strings.EqualFold(n, stem) })
}

// versionLess compares dotted versions number by number: "1.1.1" < "3", "7.10" < "7.11".
func versionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < max(len(as), len(bs)); i++ {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if x != y {
			return x < y
		}
	}
	return false
}

// Name is how the project is usually written, for answers.
func (p *Project) Name() string { return p.Names[0] }

// Under gives, for a licence the project's data names (its own, or a variant's), the
// page that says so and which versions or builds it is for ("" when the data does not
// say); ok is false when the data names no such licence.
func (p *Project) Under(id string) (source, what string, ok bool) {
	if id == p.License {
		return p.Source, p.Default, true
	}
	for _, v := range p.Variants {
		if v.License == id {
			return v.Source, v.Said, true
		}
	}
	return "", "", false
}

// knownProjects maps each normalised project name to its project.
var knownProjects = sync.OnceValue(func() map[string]*Project {
	list := embedded[struct {
		Projects []*Project `json:"projects"`
	}]("projects.json", projectsJSON).Projects
	m := map[string]*Project{}
	for _, p := range list {
		for i := range p.Variants {
			p.Variants[i].compile()
		}
		for _, n := range p.Names {
			m[norm(n)] = p
		}
	}
	return m
})

// Projects lists the well-known projects the data names, for tests and documentation.
func Projects() map[string]*Project { return knownProjects() }
