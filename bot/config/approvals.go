package config

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Group is a set of people who decide together, across platforms.
type Group struct {
	Members []string `yaml:"members"` // platform-qualified user IDs: slack:U024BE7LH, matrix:@ana:example.org, shell:ana
	Notify  []string `yaml:"notify"`  // where requests for this group are posted: platform:conversation
	DM      bool     `yaml:"dm"`      // also send each member the request directly
	Backup  string   `yaml:"backup"`  // group to escalate to (used by reminders)
}

// Approvals configures requests and their routing.
type Approvals struct {
	IDPrefix   string        `yaml:"id_prefix"`
	Kinds      []Kind        `yaml:"kinds"`
	Rules      []Rule        `yaml:"rules"`
	PreApprove []PreApproval `yaml:"preapprove"`
}

// Kind is a kind of request and the fields it asks for.
type Kind struct {
	Name    string   `yaml:"name"`
	Title   string   `yaml:"title"`
	Aliases []string `yaml:"aliases"`
	Fields  []Field  `yaml:"fields"`
}

// Field is one thing a request asks for.
type Field struct {
	Name     string   `yaml:"name"`
	Label    string   `yaml:"label"`
	Type     string   `yaml:"type"` // text, url, license (an SPDX expression of known IDs), choice
	Required bool     `yaml:"required"`
	Choices  []string `yaml:"choices"`
}

// Match is the condition of a rule: every part given must hold.
type Match struct {
	Kind     []string          `yaml:"kind"`
	Category []string          `yaml:"category"` // the strictest licence category of the request's licence field
	Project  []string          `yaml:"project"`  // patterns on the project field
	Fields   map[string]string `yaml:"fields"`   // field → exact value
}

// Rule routes matching requests through stages; the first matching rule wins.
type Rule struct {
	Name   string      `yaml:"name"`
	When   Match       `yaml:"when"`
	Stages []StageRule `yaml:"stages"`
}

// StageRule is one step of approval.
type StageRule struct {
	Name  string   `yaml:"name"`
	Group string   `yaml:"group"`
	Mode  string   `yaml:"mode"` // any (one member decides) or all (every member approves)
	Due   Duration `yaml:"due"`  // 0: no due time
}

// PreApproval approves matching requests at once; the rule's name is recorded.
type PreApproval struct {
	Name string `yaml:"name"`
	When Match  `yaml:"when"`
}

// FieldTypes are the kinds of field values.
var FieldTypes = []string{"text", "url", "license", "choice"}

func (c Config) validateApprovals(ps *Problems) {
	a := c.Approvals
	for name, g := range c.Groups {
		at := "groups." + name
		if len(g.Members) == 0 {
			ps.add(at+".members", 0, "a group needs at least one member")
		}
		if len(g.Notify) == 0 && !g.DM {
			ps.add(at+".notify", 0, "requests for this group would reach nobody: name a channel or room, or set dm: true")
		}
		for i, m := range g.Members {
			if !qualified(m) {
				ps.add(at+".members["+strconv.Itoa(i)+"]", 0, "%q must be platform-qualified (slack:U…, matrix:@…, shell:…)", m)
			}
		}
		for i, n := range g.Notify {
			if !qualified(n) {
				ps.add(at+".notify["+strconv.Itoa(i)+"]", 0, "%q must be platform:conversation (shell:terminal, slack:C…, matrix:!room:server)", n)
			}
		}
		if _, ok := c.Groups[g.Backup]; g.Backup != "" && !ok {
			ps.add(at+".backup", 0, "unknown group %q", g.Backup)
		}
	}
	owner := map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(c.People)) {
		for i, id := range c.People[name] {
			at := "people." + name + "[" + strconv.Itoa(i) + "]"
			switch {
			case !qualified(id):
				ps.add(at, 0, "%q must be platform-qualified (slack:U…, matrix:@…, shell:…)", id)
			case owner[id] != "" && owner[id] != name:
				ps.add(at, 0, "%s is already %s's", id, owner[id])
			}
			owner[id] = name
		}
	}
	if a.IDPrefix == "" || strings.ContainsAny(a.IDPrefix, " -") {
		ps.add("approvals.id_prefix", 0, "must be a word without spaces or dashes, like OSPO")
	}
	kinds := map[string]bool{}
	for i, k := range a.Kinds {
		at := "approvals.kinds[" + strconv.Itoa(i) + "]"
		if k.Name == "" || kinds[k.Name] {
			ps.add(at+".name", 0, "must be set and unique")
		}
		kinds[k.Name] = true
		for j, f := range k.Fields {
			fat := at + ".fields[" + strconv.Itoa(j) + "]"
			if f.Name == "" {
				ps.add(fat+".name", 0, "must be set")
			}
			if !slices.Contains(FieldTypes, f.Type) {
				ps.add(fat+".type", 0, "unknown type %q (known: %s)", f.Type, strings.Join(FieldTypes, ", "))
			}
			if f.Type == "choice" && len(f.Choices) == 0 {
				ps.add(fat+".choices", 0, "a choice field needs choices")
			}
		}
	}
	c.validateMatch(ps, kinds)
	for i, r := range a.Rules {
		at := "approvals.rules[" + strconv.Itoa(i) + "]"
		if len(r.Stages) == 0 {
			ps.add(at+".stages", 0, "a rule needs at least one stage")
		}
		for j, s := range r.Stages {
			sat := at + ".stages[" + strconv.Itoa(j) + "]"
			if _, ok := c.Groups[s.Group]; !ok {
				ps.add(sat+".group", 0, "unknown group %q", s.Group)
			}
			if s.Mode != "any" && s.Mode != "all" {
				ps.add(sat+".mode", 0, "must be any or all, not %q", s.Mode)
			}
			if s.Due < 0 {
				ps.add(sat+".due", 0, "must not be negative")
			}
		}
	}
}

func (c Config) validateMatch(ps *Problems, kinds map[string]bool) {
	check := func(at string, m Match) {
		for _, k := range m.Kind {
			if !kinds[k] {
				ps.add(at+".kind", 0, "unknown kind %q", k)
			}
		}
		for _, p := range m.Project {
			if _, err := path.Match(p, "x"); err != nil {
				ps.add(at+".project", 0, "bad pattern %q", p)
			}
		}
	}
	for i, r := range c.Approvals.Rules {
		check(fmt.Sprintf("approvals.rules[%d].when", i), r.When)
	}
	for i, p := range c.Approvals.PreApprove {
		check(fmt.Sprintf("approvals.preapprove[%d].when", i), p.When)
	}
}

func qualified(s string) bool {
	p, rest, ok := strings.Cut(s, ":")
	return ok && p != "" && rest != ""
}

// DefaultGroups are placeholders that work in the shell: /as legal, /as ospo, …
func DefaultGroups() map[string]Group {
	g := func(who string) Group {
		return Group{Members: []string{"shell:" + who}, Notify: []string{"shell:terminal"}}
	}
	return map[string]Group{"ospo": g("ospo"), "legal": g("legal"), "security": g("security"), "managers": g("manager")}
}

// DefaultApprovals are the request kinds and routing most OSPOs start from.
func DefaultApprovals() Approvals {
	day := Duration(24 * time.Hour)
	return Approvals{
		IDPrefix: "OSPO",
		Kinds: []Kind{
			{Name: "contribution", Title: "Upstream contribution", Aliases: []string{"contribute", "upstream"}, Fields: []Field{
				{Name: "project", Label: "Project URL", Type: "url", Required: true},
				{Name: "license", Label: "Project licence (SPDX)", Type: "license", Required: true},
				{Name: "what", Label: "What you contribute", Type: "text", Required: true},
				{Name: "size", Label: "Size", Type: "choice", Required: true, Choices: []string{"small", "large"}},
				{Name: "reason", Label: "Business reason", Type: "text"},
			}},
			{Name: "release", Title: "Open-source a project", Aliases: []string{"open-source", "opensource"}, Fields: []Field{
				{Name: "project", Label: "Project name or URL", Type: "text", Required: true},
				{Name: "license", Label: "Licence to release under (SPDX)", Type: "license", Required: true},
				{Name: "reason", Label: "Business reason", Type: "text", Required: true},
			}},
			{Name: "cla", Title: "CLA signature", Aliases: []string{"sign-cla"}, Fields: []Field{
				{Name: "project", Label: "Project URL", Type: "url", Required: true},
				{Name: "cla", Label: "CLA URL", Type: "url", Required: true},
				{Name: "kind", Label: "CLA type", Type: "choice", Required: true, Choices: []string{"individual", "corporate"}},
				{Name: "reason", Label: "Business reason", Type: "text"},
			}},
			{Name: "exception", Title: "Licence exception", Aliases: []string{"license-exception"}, Fields: []Field{
				{Name: "license", Label: "Licence (SPDX)", Type: "license", Required: true},
				{Name: "use", Label: "Use", Type: "choice", Required: true, Choices: Uses},
				{Name: "project", Label: "Your project", Type: "text", Required: true},
				{Name: "reason", Label: "Why it is needed", Type: "text", Required: true},
			}},
		},
		PreApprove: []PreApproval{
			{Name: "small fixes to permissively licensed projects", When: Match{Kind: []string{"contribution"}, Category: []string{"unencumbered", "permissive", "notice"}, Fields: map[string]string{"size": "small"}}},
		},
		Rules: []Rule{
			{Name: "contribution to a permissive project", When: Match{Kind: []string{"contribution"}, Category: []string{"unencumbered", "permissive", "notice"}},
				Stages: []StageRule{{Name: "OSPO review", Group: "ospo", Mode: "any", Due: 2 * day}}},
			{Name: "contribution to a copyleft or unclassified project", When: Match{Kind: []string{"contribution"}},
				Stages: []StageRule{{Name: "Legal review", Group: "legal", Mode: "any", Due: 3 * day}, {Name: "OSPO review", Group: "ospo", Mode: "any", Due: 2 * day}}},
			{Name: "release", When: Match{Kind: []string{"release"}},
				Stages: []StageRule{{Name: "Manager approval", Group: "managers", Mode: "any", Due: 2 * day}, {Name: "Legal review", Group: "legal", Mode: "any", Due: 5 * day},
					{Name: "Security review", Group: "security", Mode: "any", Due: 5 * day}}},
			{Name: "CLA", When: Match{Kind: []string{"cla"}}, Stages: []StageRule{{Name: "Legal review", Group: "legal", Mode: "any", Due: 3 * day}}},
			{Name: "licence exception", When: Match{Kind: []string{"exception"}},
				Stages: []StageRule{{Name: "Legal review", Group: "legal", Mode: "any", Due: 3 * day}, {Name: "OSPO sign-off", Group: "ospo", Mode: "any", Due: 2 * day}}},
		},
	}
}
