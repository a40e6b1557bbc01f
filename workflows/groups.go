package workflows

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// A group's members in config may name a platform's own group instead of a person: a
// Slack user group ("slack:S0614TZR7"; Slack's user group IDs start with S) or the
// joined members of a Matrix room ("matrix:!room:example.org"). The adapter of that
// platform lists their members (bot.GroupResolver). Lists are fetched before a call's
// transaction, never inside it (a write transaction holds the store's lock, and a
// platform can be slow), and cached: for groupTTL, or until the platform announces a
// change (ForgetGroup). Authorisation, pending lists, digests and direct messages then
// read the cached members as if config listed them. A group not resolved yet (its
// platform down since start) has no members, so it authorises nobody.

// groupTTL is how long a fetched member list is used before it is fetched again.
const groupTTL = 15 * time.Minute

// platformGroups resolves and caches the platform groups config names.
type platformGroups struct {
	names     []bot.UserID // the platform groups config names, sorted
	mu        sync.Mutex
	resolvers map[bot.Platform]bot.GroupResolver
	cached    map[bot.UserID]groupMembers
}

type groupMembers struct {
	members []bot.UserID
	fetched time.Time
}

// isPlatformGroup tells whether a configured member names a platform's group.
func isPlatformGroup(m bot.UserID) bool {
	p, id, _ := strings.Cut(string(m), ":")
	switch bot.Platform(p) {
	case bot.Slack:
		return strings.HasPrefix(id, "S")
	case bot.Matrix:
		return strings.HasPrefix(id, "!")
	}
	return false
}

func newPlatformGroups(members []string) *platformGroups {
	g := &platformGroups{resolvers: map[bot.Platform]bot.GroupResolver{}, cached: map[bot.UserID]groupMembers{}}
	for _, m := range members {
		if isPlatformGroup(bot.UserID(m)) {
			g.names = append(g.names, bot.UserID(m))
		}
	}
	slices.Sort(g.names)
	g.names = slices.Compact(g.names)
	return g
}

// expand is m, or the members of the platform group m names, as last fetched.
func (g *platformGroups) expand(m bot.UserID) []bot.UserID {
	if g == nil || !isPlatformGroup(m) {
		return []bot.UserID{m}
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.cached[m].members
}

// resolve fetches the member lists that are missing or older than groupTTL, from the
// platforms that can list them. A failed fetch keeps the last list and is logged.
func (e *Engine) resolveGroups(ctx context.Context) {
	g := e.approvals.platform
	if g == nil || len(g.names) == 0 {
		return
	}
	now := e.now()
	for _, name := range g.names {
		g.mu.Lock()
		c, ok := g.cached[name]
		r := g.resolvers[bot.Platform(strings.SplitN(string(name), ":", 2)[0])]
		g.mu.Unlock()
		if r == nil || ok && now.Sub(c.fetched) < groupTTL {
			continue
		}
		members, err := r.GroupMembers(ctx, name)
		if err != nil {
			e.log.WarnContext(ctx, "platform group not resolved; its last member list stays", "group", name, "err", err)
			continue
		}
		g.mu.Lock()
		g.cached[name] = groupMembers{members: slices.Clone(members), fetched: now}
		g.mu.Unlock()
	}
}

// ResolveGroups fetches the member lists of the platform groups config names that are
// not cached or are out of date. Calls do it by themselves before their transaction;
// serve calls it at start, once the adapters are connected, so that the first call and
// the scheduler find them.
func (e *Engine) ResolveGroups(ctx context.Context) { e.resolveGroups(ctx) }

// ForgetGroup drops the cached members of platform group id ("slack:S0614TZR7"), so
// that the next call fetches them again: for an adapter whose platform announces a
// change (Slack's subteam_members_changed, a Matrix membership event).
func (e *Engine) ForgetGroup(id bot.UserID) {
	if g := e.approvals.platform; g != nil {
		g.mu.Lock()
		delete(g.cached, id)
		g.mu.Unlock()
	}
}
