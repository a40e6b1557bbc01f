package workflows

import (
	"slices"
	"testing"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// TestMembershipWorkedOutOnce guards the membership of groups config lists person by
// person, which is worked out once rather than at every decision: for every group and
// every ID, isMember agrees with the rule it stands for (a listed member is the same
// person, by ID or by config's people), and a group naming a platform group still
// follows that group's members as they are fetched.
func TestMembershipWorkedOutOnce(t *testing.T) {
	groups := map[string]config.Group{
		"legal": {Members: []string{"shell:l1", "slack:U1"}},
		"ospo":  {Members: []string{"matrix:@o:x", "shell:o2"}},
		"team":  {Members: []string{"slack:S0TEAM", "shell:t1"}},
		"empty": {},
	}
	people := map[string][]string{"lena": {"shell:l1", "matrix:@lena:x"}, "otto": {"matrix:@o:x", "slack:U9"}}
	a := newApprovals(config.DefaultApprovals(), groups, people)
	users := []bot.UserID{"shell:l1", "matrix:@lena:x", "slack:U1", "slack:U9", "matrix:@o:x", "shell:o2", "shell:t1", "slack:U7", "shell:x", ""}
	for g := range groups {
		for _, u := range users {
			want := slices.ContainsFunc(a.members(g), func(m bot.UserID) bool { return a.same(m, u) })
			if got := a.isMember(g, u); got != want {
				t.Errorf("isMember(%s, %s) = %v, want %v", g, u, got, want)
			}
		}
	}
	for _, c := range []struct {
		group string
		u     bot.UserID
		want  bool
	}{{"legal", "matrix:@lena:x", true}, {"ospo", "slack:U9", true}, {"legal", "slack:U9", false}, {"team", "slack:U7", false}} {
		if got := a.isMember(c.group, c.u); got != c.want {
			t.Errorf("isMember(%s, %s) = %v, want %v", c.group, c.u, got, c.want)
		}
	}
	a.platform.cached["slack:S0TEAM"] = groupMembers{members: []bot.UserID{"slack:U7"}}
	if !a.isMember("team", "slack:U7") {
		t.Error("a member of a platform group fetched since is not a member")
	}
}
