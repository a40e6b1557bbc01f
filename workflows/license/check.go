package license

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ospobot/ospobot/internal/text"
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
	Unread int       `json:"not_read,omitempty"` // lines for skipped content, among Items
}

// NotRead is the Source of a report line for content the scan skipped.
const NotRead = "not read"

// Check applies the policy to every component: problems first (worst verdict, then
// name). A component without a licence needs approval: nobody may assume one. Content
// the scan did not read (beyond a limit, unreadable, in a format it cannot open) is a
// line of its own that needs approval: the gate fails closed, since what was not read
// may hold any licence.
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
	for _, sk := range s.Skipped {
		where, why, _ := strings.Cut(sk, ": ")
		it := Checked{Component: Component{Name: where, Source: NotRead, Note: why}, Verdict: NeedsApproval,
			Reason: "its licence is unknown until someone reads it"}
		r.Counts[it.Verdict]++
		r.Worst = max(r.Worst, it.Verdict)
		r.Items = append(r.Items, it)
		r.Unread++
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
	target := text.EscapeLine(r.Target)
	if len(parts) == 0 {
		return fmt.Sprintf("%s (%s): no components found", target, r.Kind)
	}
	n := len(r.Items) - r.Unread
	what := fmt.Sprintf("%d %s", n, plural(n, "component", "components"))
	if r.Unread > 0 {
		what += fmt.Sprintf(" and %d %s not read", r.Unread, plural(r.Unread, "entry", "entries"))
	}
	return fmt.Sprintf("%s (%s): %s for %s use — %s", target, r.Kind, what, r.Use, strings.Join(parts, ", "))
}

// Field lengths in a report line: fields come from uploads and SBOMs, so one may be
// any length (a 200,000-character licence string); longer ones are cut with a note.
const (
	maxNameShown    = 200
	maxLicenseShown = 300
	maxReasonShown  = 600
)

// Line is one component as a line of text.
// Text from the scanned content is escaped (text.EscapeLine) and cut to a sensible
// length (text.Clip), so that a line cannot drive a terminal or flood a CI log.
func (c Checked) Line() string {
	shown := func(s string, n int) string { return text.EscapeLine(text.Clip(s, n)) }
	verdict := strings.ToUpper(c.Verdict.String())
	if c.Source == NotRead {
		return fmt.Sprintf("%-24s %s — %s; %s", verdict, shown(c.Name, maxNameShown), shown(c.Note, maxReasonShown), c.Reason)
	}
	name := c.Name
	if c.Version != "" {
		name += "@" + c.Version
	}
	if c.Replace != "" {
		name += " (replaced by " + c.Replace + ")"
	}
	lic := shown(c.License, maxLicenseShown)
	if lic == "" {
		lic = "no licence"
	}
	return fmt.Sprintf("%-24s %s — %s (%s)", verdict, shown(name, maxNameShown), lic, shown(c.Reason, maxReasonShown))
}
