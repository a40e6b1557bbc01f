package workflows

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// directBench is an engine on a platform without private messages (as Matrix is), where
// people speak in shared rooms and in their direct rooms with the bot.
type directBench struct {
	t      *testing.T
	s      *Store
	e      *Engine
	p      *platform
	router *bot.Router
	n      int
}

func newDirectBench(t *testing.T) *directBench {
	t.Helper()
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	a := config.DefaultApprovals()
	a.PreApprove = nil
	a.Rules = []config.Rule{{Name: "all", Stages: []config.StageRule{{Name: "Legal review", Group: "legal", Mode: "any"}}}}
	groups := map[string]config.Group{"legal": {Members: []string{"matrix:@l1:hs", "matrix:@l2:hs"}, Notify: []string{"matrix:!legal:hs"}}}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups})
	p := &platform{name: bot.Matrix, caps: bot.Capabilities{Buttons: true, Reactions: true, Edits: true, Threads: true}}
	e.AddAdapter(p)
	cmds, err := bot.NewCommands(e.Commands()...)
	if err != nil {
		t.Fatal(err)
	}
	// Routed as the command line routes (cmd/ospobot), so that a long question reaches ask.
	r := &bot.Router{Commands: cmds, Exec: e, Default: "identify", Question: "ask", Subject: license.AsksAbout, Document: license.LooksLikeLicenseText}
	return &directBench{t: t, s: s, e: e, p: p, router: r}
}

// in is user's event in room (a direct room when direct).
func (b *directBench) in(user, room string, direct bool, ev bot.Event) {
	b.t.Helper()
	b.n++
	ev.ID, ev.Platform = bot.EventID(fmt.Sprint("ev-", b.n)), bot.Matrix
	ev.User, ev.Conversation = bot.User{ID: bot.UserID("matrix:" + user)}, bot.Conversation{ID: bot.ConversationID(room), Direct: direct}
	if err := b.router.HandleEvent(context.Background(), ev); err != nil {
		b.t.Fatal(err)
	}
}

func (b *directBench) say(user, room string, direct bool, text string) {
	b.t.Helper()
	b.in(user, room, direct, bot.Event{Kind: bot.MessageEvent, Text: text})
}

func (b *directBench) asked(user, room string, direct bool) bool {
	return b.e.HasPrompt(context.Background(), bot.Event{Platform: bot.Matrix, User: bot.User{ID: bot.UserID("matrix:" + user)},
		Conversation: bot.Conversation{ID: bot.ConversationID(room), Direct: direct}})
}

// TestReasonAnsweredInDirectRoom guards private questions on a platform without "only
// you" messages: the reason for a rejection clicked in a shared room is asked in the
// approver's direct room, and the reason typed there is taken as the answer (it used to
// be read as a new question, and the request stayed undecided). Only the person asked
// answers it; answering in the shared room still works and leaves nothing behind for the
// direct room; and a newer question of the same person is the one their direct room
// answers.
func TestReasonAnsweredInDirectRoom(t *testing.T) {
	const cla = "request cla project=https://github.com/a/%s cla=https://cla.example.com kind=corporate"
	b := newDirectBench(t)
	b.say("@ana:hs", "!general:hs", false, fmt.Sprintf(cla, "one"))
	b.in("@l1:hs", "!legal:hs", false, bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionReject, Value: "1/0"}})
	got := b.p.deliveries()
	q := got[len(got)-1]
	if q.to.User != "matrix:@l1:hs" || q.to.Conversation != "" || !strings.Contains(q.reply.Text, "Why do you reject OSPO-1") {
		t.Fatalf("the reason was asked at %+v: %q", q.to, q.reply.Text)
	}
	if !b.asked("@l1:hs", "!dm-l1:hs", true) || b.asked("@l2:hs", "!dm-l2:hs", true) {
		t.Error("the question is not waiting in the approver's direct room alone")
	}

	// Someone else's direct room answers nothing.
	b.say("@l2:hs", "!dm-l2:hs", true, "the CLA is too broad")
	if r := loadRequest(t, b.s, 1); r.State != StatePending {
		t.Fatalf("another approver's message decided OSPO-1: %s", r.State)
	}
	b.say("@l1:hs", "!dm-l1:hs", true, "the CLA grants a patent licence we cannot give")
	r := loadRequest(t, b.s, 1)
	if r.State != StateRejected || r.Stages[0].Decisions[0].Reason != "the CLA grants a patent licence we cannot give" {
		t.Fatalf("the reason typed in the direct room left OSPO-1 %s with %+v", r.State, r.Stages[0].Decisions)
	}
	if b.asked("@l1:hs", "!dm-l1:hs", true) || b.asked("@l1:hs", "!legal:hs", false) {
		t.Error("the answered question still waits")
	}

	// Answered in the shared room (the approval message's thread), it is gone from the
	// direct room too: the next message there is an ordinary one.
	b.say("@ana:hs", "!general:hs", false, fmt.Sprintf(cla, "two"))
	b.in("@l1:hs", "!legal:hs", false, bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionChanges, Value: "2/0"}})
	b.say("@l1:hs", "!legal:hs", false, "name the signatory")
	if r := loadRequest(t, b.s, 2); r.State != StateChangesRequested {
		t.Fatalf("OSPO-2 is %s after the reason in the room", r.State)
	}
	if b.asked("@l1:hs", "!dm-l1:hs", true) {
		t.Error("a question answered in the room still waits in the direct room")
	}

	// Two rooms, two questions: the direct room answers the newer; the older stays
	// for its own room.
	b.say("@ana:hs", "!general:hs", false, fmt.Sprintf(cla, "three"))
	b.say("@ana:hs", "!general:hs", false, fmt.Sprintf(cla, "four"))
	b.in("@l1:hs", "!legal:hs", false, bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionReject, Value: "3/0"}})
	b.in("@l1:hs", "!other:hs", false, bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionReject, Value: "4/0"}})
	b.say("@l1:hs", "!dm-l1:hs", true, "no CLA for four")
	if r3, r4 := loadRequest(t, b.s, 3), loadRequest(t, b.s, 4); r3.State != StatePending || r4.State != StateRejected {
		t.Fatalf("the direct room answered OSPO-3 (%s) / OSPO-4 (%s); want the newer, OSPO-4", r3.State, r4.State)
	}
	b.say("@l1:hs", "!legal:hs", false, "no CLA for three")
	if r := loadRequest(t, b.s, 3); r.State != StateRejected {
		t.Errorf("OSPO-3 is %s after its reason in its room", r.State)
	}
}
