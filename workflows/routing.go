package workflows

import (
	"path"
	"slices"
	"strings"
	"time"

	"github.com/ospobot/ospobot/workflows/license"

	"github.com/ospobot/ospobot/bot/config"
)

// categoryRank orders licence categories from least to most demanding, for routing on
// the strictest part of an expression.
var categoryRank = []string{"unencumbered", "permissive", "notice", "by_exception_only", "unknown", "reciprocal", "restricted", "forbidden"}

func (e *Engine) strictestCategory(expr string) string {
	ids, err := license.ExtractLicenses(expr)
	if err != nil {
		return ""
	}
	best := -1
	name := ""
	for _, id := range ids {
		id, _, _ = strings.Cut(id, " WITH ")
		c, _ := e.policy.Category(strings.TrimSpace(id))
		r := slices.Index(categoryRank, c)
		if r < 0 {
			r = slices.Index(categoryRank, "unknown")
		}
		if r > best {
			best, name = r, c
		}
	}
	return name
}

// matches tells whether a request of kind with fields, whose licence's strictest
// category is category, meets m.
func matches(m config.Match, kind, category string, fields map[string]string) bool {
	if len(m.Kind) > 0 && !slices.Contains(m.Kind, kind) {
		return false
	}
	if len(m.Category) > 0 && !slices.Contains(m.Category, category) {
		return false
	}
	if len(m.Project) > 0 && !slices.ContainsFunc(m.Project, func(p string) bool {
		ok, _ := path.Match(p, fields["project"])
		return ok || p == fields["project"]
	}) {
		return false
	}
	for k, v := range m.Fields {
		if fields[k] != v {
			return false
		}
	}
	return true
}

// route chooses the stages for a request, or the pre-approval rule that approves it.
func (e *Engine) route(kind string, fields map[string]string, now time.Time) (stages []Stage, rule, pre string, err error) {
	category := e.strictestCategory(fields["license"]) // once, not once per rule
	for _, p := range e.approvals.cfg.PreApprove {
		if matches(p.When, kind, category, fields) {
			return nil, "", p.Name, nil
		}
	}
	return e.routeForReview(kind, category, fields, now)
}

// routeForReview chooses the stages by the routing rules, pre-approval aside.
func (e *Engine) routeForReview(kind, category string, fields map[string]string, now time.Time) (stages []Stage, rule, pre string, err error) {
	for _, r := range e.approvals.cfg.Rules {
		if !matches(r.When, kind, category, fields) {
			continue
		}
		for _, s := range r.Stages {
			st := Stage{Name: s.Name, Group: s.Group, Mode: StageMode(s.Mode), State: stageWaiting}
			if s.Due > 0 {
				st.Due = now.Add(s.Due.D()) // set again when the stage opens
			}
			stages = append(stages, st)
		}
		return stages, r.Name, "", nil
	}
	return nil, "", "", Errorf("No routing rule matches this request; ask the OSPO to add one.")
}
