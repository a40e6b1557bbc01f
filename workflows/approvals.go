package workflows

import (
	"slices"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// approvals is the engine's view of the approvals configuration.
type approvals struct {
	cfg      config.Approvals
	groups   map[string]config.Group
	person   map[bot.UserID]string // ID → person, for IDs config links to others
	platform *platformGroups       // members that name a platform's group (groups.go)
	// fixed are the groups config lists person by person (no platform group among
	// their members), whose members never change: their list and who is in them are
	// worked out once, since every decision asks.
	fixed map[string]*fixedGroup
}

type fixedGroup struct {
	members []bot.UserID
	ids     map[bot.UserID]bool
	persons map[string]bool // the people config links some member's ID to
}

func newApprovals(cfg config.Approvals, groups map[string]config.Group, people map[string][]string) *approvals {
	a := &approvals{cfg: cfg, groups: groups, person: map[bot.UserID]string{}}
	var all []string
	for _, g := range groups {
		all = append(all, g.Members...)
	}
	a.platform = newPlatformGroups(all)
	for name, ids := range people {
		for _, id := range ids {
			a.person[bot.UserID(id)] = name
		}
	}
	a.fixed = map[string]*fixedGroup{}
	for name, g := range groups {
		if slices.ContainsFunc(g.Members, func(m string) bool { return isPlatformGroup(bot.UserID(m)) }) {
			continue
		}
		f := &fixedGroup{ids: map[bot.UserID]bool{}, persons: map[string]bool{}}
		for _, m := range g.Members {
			f.members = append(f.members, bot.UserID(m))
			f.ids[bot.UserID(m)] = true
			if p, ok := a.person[bot.UserID(m)]; ok {
				f.persons[p] = true
			}
		}
		a.fixed[name] = f
	}
	return a
}

// idsOf is u and the other IDs config gives u's person.
func (a *approvals) idsOf(u bot.UserID) []bot.UserID {
	out := []bot.UserID{u}
	if p, ok := a.person[u]; ok {
		for id, q := range a.person {
			if q == p && id != u {
				out = append(out, id)
			}
		}
	}
	slices.Sort(out[1:])
	return out
}

// same tells whether x and y are one person: the same ID, or IDs config links.
func (a *approvals) same(x, y bot.UserID) bool {
	if x == y {
		return true
	}
	px, ok := a.person[x]
	return ok && px == a.person[y]
}

func (a *approvals) kind(word string) (config.Kind, bool) {
	for _, k := range a.cfg.Kinds {
		if strings.EqualFold(k.Name, word) || slices.ContainsFunc(k.Aliases, func(x string) bool { return strings.EqualFold(x, word) }) {
			return k, true
		}
	}
	return config.Kind{}, false
}

func (a *approvals) kindNames() string {
	var n []string
	for _, k := range a.cfg.Kinds {
		n = append(n, "`"+k.Name+"`")
	}
	return strings.Join(n, ", ")
}

// members of a group, as user IDs.
func (a *approvals) members(group string) []bot.UserID {
	if f, ok := a.fixed[group]; ok {
		return slices.Clip(f.members)
	}
	var out []bot.UserID
	for _, m := range a.groups[group].Members {
		out = append(out, a.platform.expand(bot.UserID(m))...)
	}
	return out
}

// isMember tells whether u is a member of group, under this ID or another of theirs.
func (a *approvals) isMember(group string, u bot.UserID) bool {
	if f, ok := a.fixed[group]; ok { // as below: u, or another ID of u's person, is listed
		return f.ids[u] || f.persons[a.person[u]]
	}
	return slices.ContainsFunc(a.members(group), func(m bot.UserID) bool { return a.same(m, u) })
}
