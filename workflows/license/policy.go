package license

import (
	_ "embed"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
)

// Verdict is a policy's answer for one licence and use, from best to worst.
type Verdict int

// The verdicts, best first.
const (
	Allowed Verdict = iota + 1
	AllowedWithObligations
	NeedsApproval
	NotAllowed
)

var verdictWords = map[string]Verdict{"allowed": Allowed, "allowed_with_obligations": AllowedWithObligations, "needs_approval": NeedsApproval, "not_allowed": NotAllowed}

func (v Verdict) String() string {
	switch v {
	case Allowed:
		return "allowed"
	case AllowedWithObligations:
		return "allowed with obligations"
	case NeedsApproval:
		return "needs approval"
	case NotAllowed:
		return "not allowed"
	}
	return "unknown"
}

// MarshalText writes the config word.
func (v Verdict) MarshalText() ([]byte, error) {
	return []byte(strings.ReplaceAll(v.String(), " ", "_")), nil
}

//go:embed data/categories.json
var categoriesJSON []byte

var dataCategories = sync.OnceValue(func() map[string]string {
	return embedded[struct {
		Categories map[string]string `json:"categories"`
	}]("categories.json", categoriesJSON).Categories
})

// Policy applies an organisation's licence policy.
type Policy struct {
	cfg Rules
}

// NewPolicy wraps a validated policy.
func NewPolicy(cfg Rules) *Policy { return &Policy{cfg: cfg} }

// URL is the link to the organisation's policy document.
func (p *Policy) URL() string { return p.cfg.URL }

// TermVerdict is the verdict for one licence of an expression.
type TermVerdict struct {
	Term        string   `json:"license"` // "GPL-2.0-only WITH Classpath-exception-2.0"
	Category    string   `json:"category"`
	Source      string   `json:"category_source"` // "policy" or the data set
	Verdict     Verdict  `json:"verdict"`
	Obligations []string `json:"obligations,omitempty"`
	Notes       []string `json:"notes,omitempty"`
	URL         string   `json:"url,omitempty"` // the policy page for this licence, if the policy names one
	// Rule is the policy's licence rule (an ID or pattern, "AGPL-*") that gave this use
	// another verdict than the category's, when one did.
	Rule string `json:"rule,omitempty"`
}

// Decision is the verdict for an expression and a use.
type Decision struct {
	Expression  string        `json:"expression"`
	Use         string        `json:"use"`
	Verdict     Verdict       `json:"verdict"`
	Chosen      []string      `json:"chosen"` // the licences the verdict rests on (for OR: the best option)
	Terms       []TermVerdict `json:"terms"`
	Obligations []string      `json:"obligations,omitempty"`
	Reason      string        `json:"reason"`
}

// Evaluate decides expr for use, optionally for a project with exceptions. OR takes the
// best option, AND needs every part, WITH applies the exception's rule; the expression
// logic is go-spdx's (Satisfies).
func (p *Policy) Evaluate(expr, use, project string) (Decision, error) {
	d := Decision{Expression: expr, Use: use}
	if !slices.Contains(Uses, use) {
		return d, fmt.Errorf("unknown use %q (known: %s)", use, strings.Join(Uses, ", "))
	}
	terms, err := ExtractLicenses(expr)
	if err != nil {
		return d, fmt.Errorf("%q is not a valid SPDX expression: %v", expr, err)
	}
	slices.Sort(terms)
	for _, t := range terms {
		d.Terms = append(d.Terms, p.term(t, use, project))
	}
	for v := Allowed; v <= NotAllowed; v++ {
		var ok []string
		for _, t := range d.Terms {
			if t.Verdict <= v {
				ok = append(ok, t.Term)
			}
		}
		if len(ok) == 0 {
			continue
		}
		sat, err := satisfies(expr, ok)
		if err != nil {
			return d, fmt.Errorf("evaluate %q: %v", expr, err)
		}
		if sat {
			d.Verdict = v
			d.Chosen = chosen(expr, ok)
			break
		}
	}
	if d.Verdict == 0 { // no combination satisfies: take the worst term
		d.Verdict = NotAllowed
		d.Chosen = terms
	}
	seen := map[string]bool{}
	for _, t := range d.Terms {
		if !slices.Contains(d.Chosen, t.Term) {
			continue
		}
		for _, o := range t.Obligations {
			if !seen[o] {
				seen[o] = true
				d.Obligations = append(d.Obligations, o)
			}
		}
	}
	d.Reason = p.reason(d)
	return d, nil
}

// chosen keeps the smallest subset of ok that still satisfies expr: the option taken.
func chosen(expr string, ok []string) []string {
	out := slices.Clone(ok)
	for i := 0; i < len(out); {
		trial := slices.Delete(slices.Clone(out), i, i+1)
		if len(trial) > 0 {
			if sat, _ := satisfies(expr, trial); sat {
				out = trial
				continue
			}
		}
		i++
	}
	return out
}

func (p *Policy) term(term, use, project string) TermVerdict {
	id, exc, _ := strings.Cut(term, " WITH ")
	id = strings.TrimSpace(id)
	tv := TermVerdict{Term: term}
	tv.Category, tv.Source = p.Category(id)
	cat := p.category(tv.Category)
	catVerdict := verdictWords[cat.Verdicts[use]]
	tv.Verdict = catVerdict
	tv.Obligations = append(tv.Obligations, cat.Obligations...)
	for _, pat := range slices.Sorted(maps.Keys(p.cfg.Licenses)) {
		if !match(pat, id) {
			continue
		}
		r := p.cfg.Licenses[pat]
		if v, ok := r.Verdicts[use]; ok {
			tv.Verdict = verdictWords[v]
			tv.Rule = ""
			if tv.Verdict != catVerdict {
				tv.Rule = pat
			}
		}
		tv.Obligations = append(tv.Obligations, r.Obligations...)
		if r.Note != "" {
			tv.Notes = append(tv.Notes, r.Note)
		}
		if r.URL != "" {
			tv.URL = r.URL
		}
	}
	if exc != "" {
		if r, ok := p.cfg.LicenseExceptions[strings.TrimSpace(exc)]; ok {
			if v, ok := r.Verdicts[use]; ok {
				// The exception's rule decides the verdict, and the answer names it:
				// "… in the restricted category (not allowed), but the policy's rule for
				// freertos-exception-2.0 sets this use to allowed with obligations".
				tv.Verdict, tv.Rule = verdictWords[v], ""
				if tv.Verdict != catVerdict {
					tv.Rule = strings.TrimSpace(exc)
				}
			}
			// An exception changes what the licence asks of you, so its obligations,
			// when it names any, replace the licence's.
			if len(r.Obligations) > 0 {
				tv.Obligations = slices.Clone(r.Obligations)
			}
			if r.Note != "" {
				tv.Notes = append(tv.Notes, r.Note)
			}
		} else {
			tv.Notes = append(tv.Notes, "the policy has no rule for the exception "+strings.TrimSpace(exc)+", so it does not change the verdict")
		}
	}
	if project != "" {
		for _, e := range p.cfg.ProjectExceptions {
			if match(e.Project, project) && slices.ContainsFunc(e.Licenses, func(l string) bool { return match(l, id) }) &&
				(len(e.Uses) == 0 || slices.Contains(e.Uses, use)) && tv.Verdict > AllowedWithObligations {
				tv.Verdict = AllowedWithObligations
				tv.Notes = append(tv.Notes, "project exception for "+project+": "+e.Reason)
			}
		}
	}
	return tv
}

// Category names id's category: the policy's own lists first, then the embedded data.
func (p *Policy) Category(id string) (name, source string) {
	if bareGNU[id] {
		id += "-only" // licensecheck's bare GNU IDs are SPDX's -only
	}
	if r, ok := p.cfg.Licenses[id]; ok && r.Category != "" {
		return r.Category, "policy"
	}
	for _, pat := range slices.Sorted(maps.Keys(p.cfg.Licenses)) {
		if r := p.cfg.Licenses[pat]; r.Category != "" && match(pat, id) {
			return r.Category, "policy"
		}
	}
	for _, c := range p.cfg.Categories {
		for _, pat := range c.Licenses {
			if match(pat, id) {
				return c.Name, "policy"
			}
		}
	}
	if c, ok := dataCategories()[id]; ok && p.category(c).Name == c {
		return c, "licenseclassifier"
	}
	return p.cfg.UnknownCategory, "unclassified"
}

func (p *Policy) category(name string) CategoryRule {
	for _, c := range p.cfg.Categories {
		if c.Name == name {
			return c
		}
	}
	for _, c := range p.cfg.Categories {
		if c.Name == p.cfg.UnknownCategory {
			return c
		}
	}
	return CategoryRule{Name: name, Verdicts: map[string]string{}}
}

func (p *Policy) reason(d Decision) string {
	var parts []string
	for _, t := range d.Terms {
		if !slices.Contains(d.Chosen, t.Term) {
			continue
		}
		s := fmt.Sprintf("%s is %s (%s)", t.Term, article(t.Category), t.Verdict)
		if t.Rule != "" {
			// "AGPL-3.0-only is in the forbidden category (not allowed), but the policy's
			// rule for AGPL-* sets this use to needs approval"
			s = fmt.Sprintf("%s is %s (%s), but the policy's rule for %s sets this use to %s", t.Term, article(t.Category), verdictWords[p.category(t.Category).Verdicts[d.Use]], t.Rule, t.Verdict)
		}
		if len(t.Notes) > 0 {
			s += "; " + strings.Join(t.Notes, "; ")
		}
		parts = append(parts, s)
	}
	r := strings.Join(parts, ", and ")
	if len(d.Terms) > len(d.Chosen) && strings.Contains(d.Expression, " OR ") {
		r += ". Of the choices the expression offers, this is the best under the policy"
	}
	return r
}

func article(cat string) string {
	return "in the " + strings.ReplaceAll(cat, "_", " ") + " category"
}

func match(pattern, id string) bool {
	if pattern == id {
		return true
	}
	ok, _ := path.Match(pattern, id)
	return ok
}
