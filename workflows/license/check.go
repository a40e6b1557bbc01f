package license

import (
	"fmt"
	"sort"
	"strings"
)

// Checked is a component with the policy's verdict.
type Checked struct {
	Component
	Verdict Verdict `json:"verdict"`
	Reason  string  `json:"reason"`
}

// Report is a scan checked against the policy for one use.
type Report struct {
	Target string    `json:"target"`
	Kind   string    `json:"kind"`
	Use    string    `json:"use"`
	Worst  Verdict   `json:"worst"`
	Counts [5]int    `json:"-"` // by Verdict
	Items  []Checked `json:"components"`
	Skip   []string  `json:"skipped,omitempty"`
}

// Check applies the policy to every component: problems first (worst verdict, then
// name). A component without a licence needs approval: nobody may assume one.
func (p *Policy) Check(s *Scan, use, project string) (Report, error) {
	r := Report{Target: s.Target, Kind: s.Kind, Use: use, Worst: Allowed, Skip: s.Skipped}
	if _, err := p.Evaluate("MIT", use, ""); err != nil {
		return r, err // an unknown use
	}
	memo := map[string]Decision{}
	for _, c := range s.Components {
		it := Checked{Component: c}
		if c.License == "" {
			it.Verdict, it.Reason = NeedsApproval, "no licence found"
			if c.Note != "" {
				it.Reason = c.Note
			}
		} else {
			d, ok := memo[c.License]
			if !ok {
				var err error
				d, err = p.Evaluate(c.License, use, project)
				if err != nil {
					d = Decision{Verdict: NeedsApproval, Reason: err.Error()}
				}
				memo[c.License] = d
			}
			it.Verdict, it.Reason = d.Verdict, d.Reason
			if c.Note != "" {
				it.Reason += " (" + c.Note + ")"
			}
		}
		r.Counts[it.Verdict]++
		r.Worst = max(r.Worst, it.Verdict)
		r.Items = append(r.Items, it)
	}
	sort.SliceStable(r.Items, func(i, j int) bool {
		if r.Items[i].Verdict != r.Items[j].Verdict {
			return r.Items[i].Verdict > r.Items[j].Verdict
		}
		return r.Items[i].Name < r.Items[j].Name
	})
	return r, nil
}

// Summary is one line: how many components and how they fare.
func (r Report) Summary() string {
	parts := []string{}
	for v := NotAllowed; v >= Allowed; v-- {
		if n := r.Counts[v]; n > 0 {
			verdict := v.String()
			if n > 1 && v == NeedsApproval {
				verdict = "need approval"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, verdict))
		}
	}
	noun := "components"
	if len(r.Items) == 1 {
		noun = "component"
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%s (%s): no components found", r.Target, r.Kind)
	}
	return fmt.Sprintf("%s (%s): %d %s for %s use — %s", r.Target, r.Kind, len(r.Items), noun, r.Use, strings.Join(parts, ", "))
}

// Line is one component as a line of text.
func (c Checked) Line() string {
	name := c.Name
	if c.Version != "" {
		name += "@" + c.Version
	}
	if c.Replace != "" {
		name += " (replaced by " + c.Replace + ")"
	}
	lic := c.License
	if lic == "" {
		lic = "no licence"
	}
	return fmt.Sprintf("%-24s %s — %s (%s)", strings.ToUpper(c.Verdict.String()), name, lic, c.Reason)
}
