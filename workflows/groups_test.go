package workflows

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// slackGroups is a platform that lists the members of its user groups.
type slackGroups struct {
	platform
	gmu     sync.Mutex
	members map[bot.UserID][]bot.UserID
	asked   int
}

func (s *slackGroups) GroupMembers(_ context.Context, g bot.UserID) ([]bot.UserID, error) {
	s.gmu.Lock()
	defer s.gmu.Unlock()
	s.asked++
	return s.members[g], nil
}

// TestPlatformGroups guards approver groups that name a platform's own group: its
// members, as the platform lists them, decide and get the request by direct message;
// others are refused; the list is fetched once and cached, and fetched again after
// ForgetGroup.
func TestPlatformGroups(t *testing.T) {
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	groups := map[string]config.Group{"legal": {Members: []string{"slack:S0614TZR7"}, DM: true}}
	a := config.DefaultApprovals()
	a.Rules = []config.Rule{{Name: "all", Stages: []config.StageRule{{Name: "Legal review", Group: "legal", Mode: "any"}}}}
	a.PreApprove = nil
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups})
	p := &slackGroups{platform: platform{name: bot.Slack, caps: bot.Capabilities{Buttons: true, Ephemeral: true}},
		members: map[bot.UserID][]bot.UserID{"slack:S0614TZR7": {"slack:U1", "slack:U2"}}}
	e.AddAdapter(p)
	n := 0
	say := func(user, command, rest string) string {
		n++
		before := len(p.deliveries())
		err := e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: bot.EventID(strings.Repeat("e", n)), Platform: bot.Slack, Kind: bot.MessageEvent,
			Text: command + " " + rest, User: bot.User{ID: bot.UserID(user)}, Conversation: bot.Conversation{ID: "C1"}}, Command: command, Rest: rest})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range p.deliveries()[before:] {
			out = append(out, string(d.to.User)+": "+d.reply.Text)
		}
		return strings.Join(out, "\n")
	}
	got := say("slack:UANA", "request", "cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate")
	for _, u := range []string{"slack:U1: OSPO-1", "slack:U2: OSPO-1"} {
		if !strings.Contains(got, u) {
			t.Errorf("after the request:\n%s\nwant a direct message %q", got, u)
		}
	}
	if got := say("slack:U3", "approve", "OSPO-1"); !strings.Contains(got, "Only members of legal (slack:U1, slack:U2)") {
		t.Errorf("a non-member's approval answered %q", got)
	}
	say("slack:UANA", "request", "cla project=https://github.com/a/c cla=https://cla.example.com kind=corporate")
	if p.asked != 1 {
		t.Errorf("the group was fetched %d times for three calls, want once", p.asked)
	}

	// The platform says the group changed: U3 joined, U1 left.
	p.gmu.Lock()
	p.members["slack:S0614TZR7"] = []bot.UserID{"slack:U2", "slack:U3"}
	p.gmu.Unlock()
	e.ForgetGroup("slack:S0614TZR7")
	if got := say("slack:U3", "approve", "OSPO-1"); !strings.Contains(got, "OSPO-1 is approved") {
		t.Errorf("the new member's approval answered %q", got)
	}
	if got := say("slack:U1", "approve", "OSPO-2"); !strings.Contains(got, "Only members of legal") {
		t.Errorf("the former member's approval answered %q", got)
	}
	if p.asked != 2 || !slices.Equal(e.approvals.members("legal"), []bot.UserID{"slack:U2", "slack:U3"}) {
		t.Errorf("fetched %d times; members %v", p.asked, e.approvals.members("legal"))
	}
}
