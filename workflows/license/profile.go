package license

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
)

//go:embed data/spdx-names.json
var spdxNamesJSON []byte

type listed struct {
	Name string `json:"name"`
	URL  string `json:"url"`
	OSI  bool   `json:"osi"`
}

// spdxList is the SPDX licence list's name, text address and OSI approval of each ID.
var spdxList = sync.OnceValue(func() map[string]listed {
	return embedded[struct {
		Licenses map[string]listed `json:"licenses"`
	}]("spdx-names.json", spdxNamesJSON).Licenses
})

// UseVerdict is the policy's verdict for one use.
type UseVerdict struct {
	Use     string  `json:"use"`
	Verdict Verdict `json:"verdict"`
}

// Profile is what the SPDX list and the policy say of one licence, for every use: the
// answer to "what does MPL-2.0 require?" or "is BUSL-1.1 open source?".
type Profile struct {
	ID          string       `json:"license"` // may carry an exception: "GPL-2.0-only WITH Classpath-exception-2.0"
	Name        string       `json:"name,omitempty"`
	Listed      bool         `json:"spdx_listed"`  // the licence is on the SPDX licence list
	OSIApproved bool         `json:"osi_approved"` // the Open Source Initiative approved it (SPDX list)
	Category    string       `json:"category"`
	Description string       `json:"category_description,omitempty"`
	Source      string       `json:"category_source"`
	Verdicts    []UseVerdict `json:"verdicts"` // one per use, in Uses order
	Obligations []string     `json:"obligations,omitempty"`
	Notes       []string     `json:"notes,omitempty"`
	URL         string       `json:"url,omitempty"` // the policy's page for this licence
}

// Profile describes term (an SPDX ID, optionally WITH an exception) under the policy
// for every use.
func (p *Policy) Profile(term string) Profile {
	id, exc, _ := strings.Cut(term, " WITH ")
	id = strings.TrimSpace(id)
	pr := Profile{ID: term}
	if l, ok := spdxList()[id]; ok {
		pr.Name, pr.Listed, pr.OSIApproved = l.Name, true, l.OSI
		if exc != "" {
			pr.Name += " with " + strings.TrimSpace(exc)
		}
	}
	for _, use := range Uses {
		tv := p.term(term, use, "")
		pr.Verdicts = append(pr.Verdicts, UseVerdict{Use: use, Verdict: tv.Verdict})
		pr.Category, pr.Source, pr.URL = tv.Category, tv.Source, tv.URL
		for _, o := range tv.Obligations {
			if !slices.Contains(pr.Obligations, o) {
				pr.Obligations = append(pr.Obligations, o)
			}
		}
		for _, n := range tv.Notes {
			if !slices.Contains(pr.Notes, n) {
				pr.Notes = append(pr.Notes, n)
			}
		}
	}
	pr.Description = p.category(pr.Category).Description
	return pr
}

// exampleIDs are the licences an overview of the policy names first in each category,
// the ones people ask about most; their categories come from the policy and the data.
var exampleIDs = []string{"MIT", "Apache-2.0", "BSD-3-Clause", "BSD-2-Clause", "ISC", "0BSD", "Zlib", "BSL-1.0",
	"Unlicense", "CC0-1.0", "MPL-2.0", "EPL-2.0", "LGPL-2.1-only", "LGPL-3.0-only", "GPL-2.0-only", "GPL-3.0-only",
	"AGPL-3.0-only", "CC-BY-4.0", "CC-BY-SA-4.0", "SSPL-1.0", "BUSL-1.1"}

// CategorySummary is one category of the policy: its verdicts, the licences it names
// and how many SPDX licences fall in it.
type CategorySummary struct {
	Name        string
	Description string
	Verdicts    []UseVerdict
	Patterns    []string // the policy's own licence list for it, as written
	Examples    []string // well-known SPDX IDs in it, not already among Patterns
	Count       int      // current SPDX IDs in it, all told
}

// RuleSummary is a licence rule that changes the verdict of its category for some uses.
type RuleSummary struct {
	License  string // ID or pattern
	Category string // the category it sets, or ""
	Verdicts []UseVerdict
}

// Overview is the whole policy in brief: every category, then the licence rules that
// change a category's verdicts.
type Overview struct {
	Categories []CategorySummary
	Rules      []RuleSummary
}

// Overview summarises the policy.
func (p *Policy) Overview() Overview {
	var o Overview
	count := map[string]int{}
	examples := map[string][]string{}
	for _, id := range spdxlicenses.GetLicenses() {
		c, _ := p.Category(id)
		count[c]++
	}
	for _, id := range exampleIDs {
		c, _ := p.Category(id)
		examples[c] = append(examples[c], id)
	}
	for _, c := range p.cfg.Categories {
		s := CategorySummary{Name: c.Name, Description: c.Description, Patterns: c.Licenses, Count: count[c.Name]}
		for _, use := range Uses {
			s.Verdicts = append(s.Verdicts, UseVerdict{Use: use, Verdict: verdictWords[c.Verdicts[use]]})
		}
		for _, pat := range slices.Sorted(maps.Keys(p.cfg.Licenses)) {
			if p.cfg.Licenses[pat].Category == c.Name && !slices.Contains(s.Patterns, pat) {
				s.Patterns = append(slices.Clip(s.Patterns), pat)
			}
		}
		for _, id := range examples[c.Name] {
			if !slices.ContainsFunc(s.Patterns, func(pat string) bool { return match(pat, id) }) {
				s.Examples = append(s.Examples, id)
			}
		}
		o.Categories = append(o.Categories, s)
	}
	for _, pat := range slices.Sorted(maps.Keys(p.cfg.Licenses)) {
		r := p.cfg.Licenses[pat]
		if len(r.Verdicts) == 0 {
			continue
		}
		rs := RuleSummary{License: pat, Category: r.Category}
		for _, use := range Uses {
			if v, ok := r.Verdicts[use]; ok {
				rs.Verdicts = append(rs.Verdicts, UseVerdict{Use: use, Verdict: verdictWords[v]})
			}
		}
		o.Rules = append(o.Rules, rs)
	}
	return o
}

//go:embed data/clauses.json
var clausesJSON []byte

// clauseData is data/clauses.json: each condition in short, the conditions that bind
// use with no copy handed on, how far each reaches, and each licence's conditions.
type clauseData struct {
	Conditions map[string]string   `json:"conditions"`
	Unshared   []string            `json:"unshared"`
	Licenses   map[string][]string `json:"licenses"`
	// Reach is how far a condition's copyleft, or its limit on use, goes (copyleftRank).
	Reach map[string]int `json:"reach"`
	// TextByLink holds, for each licence whose text lets a pointer to the licence stand
	// in for a copy of it, the words of the text that say so.
	TextByLink map[string]string `json:"text_by_link"`
}

// TextByLink is the words of id's text that let a pointer to the licence (its address,
// a URI, a hyperlink) stand in for a copy of its text ("include the text of, or the URI
// or hyperlink to, this Public License"), or "" when its text lets no such thing.
func TextByLink(id string) string { return clauses().TextByLink[id] }

// TextAsked is what id's text asks of the licence's text or notice in copies handed
// on, in short ("keep the copyright notice and the licence text with every copy …"),
// and whether it asks nothing at all; neither when the data does not hold id.
func TextAsked(id string) (asked []string, nothing bool) {
	for _, c := range clauses().Licenses[id] {
		switch {
		case c == "nothing":
			nothing = true
		case strings.HasPrefix(c, "notice") && c != "notice_file" || c == "font_notice":
			asked = append(asked, clauses().Conditions[c])
		}
	}
	return asked, nothing
}

var clauses = sync.OnceValue(func() clauseData { return embedded[clauseData]("clauses.json", clausesJSON) })

// Conditions are what the text of id asks of someone who copies, changes or
// distributes the code, in short; nil when the data does not hold it.
func Conditions(id string) []string {
	if strings.Contains(id, " WITH ") {
		return nil // an exception changes what the text asks; the policy's notes say how
	}
	var out []string
	for _, c := range clauses().Licenses[id] {
		out = append(out, clauses().Conditions[c])
	}
	return out
}

// AsksUnshared is what the text of id asks of someone who uses the code without handing
// a copy to anyone, in house (use "internal") or behind a network service ("saas"): only
// the conditions that bind use itself (the AGPL's offer of source to network users of a
// changed version, a non-commercial clause, the SSPL's service clause), for the others
// bind copies passed on. known is false when the data does not describe id's text, and
// for a service under a Creative Commons licence that asks nothing of use itself: those
// licences bind sharing, which takes in showing the work to the public, so whether a
// service owes their credit depends on what it shows (SharesByShowing).
func AsksUnshared(id, use string) (asks []string, known bool) {
	cs, ok := clauses().Licenses[id]
	if !ok {
		return nil, false
	}
	for _, c := range cs {
		if slices.Contains(clauses().Unshared, c) {
			asks = append(asks, clauses().Conditions[c])
		}
	}
	if use == "saas" && len(asks) == 0 && SharesByShowing(id) {
		return nil, false
	}
	return asks, true
}

// productName is the condition of licences that reserve the software's name: a product
// made from it may not be called by it, nor carry it in its own name, without written
// permission (the PHP, OpenSSL and Apache 1.1 licences).
const productName = "product_name"

// ReservesName tells whether id's text reserves the software's name (productName).
func ReservesName(id string) bool { return hasCondition(id, productName) }

// installationInfo is the condition GPLv3 section 6 sets for code conveyed in a consumer
// device, which the AGPLv3 and, through its section 4(e), the LGPLv3 take over.
const installationInfo = "installation_info"

// InstallationInfo are the licences of expr whose text asks that copies in a consumer
// device come with what it takes to install a changed version there (GPLv3 section 6),
// and, when expr is a choice, the options that ask no such thing. A licence with an
// exception (WITH) is left out, as Conditions leaves it.
func InstallationInfo(expr string) (asks, free []string) {
	asksIt := func(term string) bool {
		return !strings.Contains(term, " WITH ") && hasCondition(strings.TrimSpace(term), installationInfo)
	}
	terms, _ := Terms(expr)
	for _, term := range terms {
		if asksIt(term) && !slices.Contains(asks, term) {
			asks = append(asks, term)
		}
	}
	if len(asks) == 0 {
		return nil, nil
	}
	for _, o := range choiceOf(expr) {
		if _, known := clauses().Licenses[o]; known && !asksIt(o) {
			free = append(free, o)
		}
	}
	return asks, free
}

// SharesByShowing tells whether id's conditions bind sharing the work in the Creative
// Commons sense, which takes in displaying it to the public and making it available, so
// that a service showing the work shares it.
func SharesByShowing(id string) bool { return hasCondition(id, "credit") }

// hasCondition tells whether the text of id carries the condition named c in
// data/clauses.json ("no_endorsement", "font_with_software").
func hasCondition(id, c string) bool { return slices.Contains(clauses().Licenses[id], c) }

// Difference is what sets two licences apart: what the text of each asks that the
// other's does not. FromMatrix says a line rests on the OSADL matrix, whose attribution
// an answer that shows it must carry.
type Difference struct {
	OnlyA, OnlyB []string
	FromMatrix   bool
}

// Differences says what the text of a asks that b's does not, and the other way round.
func Differences(a, b string) (d Difference, known bool) {
	ca, okA := clauses().Licenses[a]
	cb, okB := clauses().Licenses[b]
	if !okA || !okB {
		return Difference{}, false
	}
	for _, c := range ca {
		if !slices.Contains(cb, c) {
			d.OnlyA = append(d.OnlyA, clauses().Conditions[c])
		}
	}
	for _, c := range cb {
		if !slices.Contains(ca, c) {
			d.OnlyB = append(d.OnlyB, clauses().Conditions[c])
		}
	}
	// The same licence "only" and "or later" ask the same; what sets them apart is the
	// later versions the second may be followed under, and where that lets code go.
	if later, only, ok := onlyAndLater(a, b); ok {
		line, matrix := laterChoice(later, only)
		if later == a {
			d.OnlyA = append(d.OnlyA, line)
		} else {
			d.OnlyB = append(d.OnlyB, line)
		}
		d.FromMatrix = matrix
	}
	return d, true
}

// onlyAndLater tells whether a and b are one licence version, one "-only" and the other
// "-or-later", and which is which.
func onlyAndLater(a, b string) (later, only string, ok bool) {
	if strings.HasSuffix(b, "-or-later") {
		a, b = b, a
	}
	base, isLater := strings.CutSuffix(a, "-or-later")
	return a, b, isLater && b == base+"-only"
}

// laterChoice says what "or later" gives beside "only": whoever receives the code may
// follow a later version instead, and so the code can go into works under the later
// versions the OSADL matrix says the "only" licence cannot go into (matrix: that part
// was said).
func laterChoice(later, only string) (d string, matrix bool) {
	d = "whoever receives the code may follow any later version of the licence instead"
	var into []string
	for _, v := range laterVersions(later) {
		if strings.HasSuffix(v, "-only") && Compatible(later, v).Answer == "Yes" && Compatible(only, v).Answer == "No" {
			into = append(into, "`"+v+"`")
		}
	}
	if len(into) == 0 {
		return d, false
	}
	return d + fmt.Sprintf(", so it can go into a work under %s, which `%s` cannot (OSADL matrix)", strings.Join(into, " or "), only), true
}
