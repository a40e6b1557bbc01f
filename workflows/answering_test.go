package workflows

import (
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot"
)

// TestTypedMessageWhileAsked guards the one rule for messages typed while the bot waits
// for an answer, applied in the message's own transaction: a plain message, a pasted
// paragraph or a sentence that merely begins with a command's word answers; a command
// with its request ID, or alone, is refused with a hint while a reason waits; `cancel`
// stays itself; and a question of which kind to request gives way to any command.
func TestTypedMessageWhileAsked(t *testing.T) {
	const cla = "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate"
	b := newBench(t)
	b.say("shell:ana", cla)
	b.say("shell:ana", cla)
	reject, _ := b.lastButton(actionReject)

	for _, c := range []struct {
		text string
		want string // part of the answer
	}{
		{"approve OSPO-2", "I am waiting for the reason for your decision on OSPO-1, and that looks like the command `approve`"},
		{"mine", "that looks like the command `mine`"},
		{"changes are needed in the\nCLA's second paragraph", "OSPO-1 is rejected at Legal review by shell:l1: changes are needed"},
	} {
		n := len(b.p.deliveries())
		if c.text == "approve OSPO-2" {
			b.event("shell:l1", bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: reject.Action, Value: "1/0"}})
			n = len(b.p.deliveries())
		}
		b.say("shell:l1", c.text)
		if got := b.since(n); !strings.Contains(got, c.want) {
			t.Errorf("%q while a reason waits answered:\n%s\nwant %q", c.text, got, c.want)
		}
	}
	if r := loadRequest(t, b.s, 1); r.State != StateRejected {
		t.Errorf("OSPO-1 is %s, want rejected by the typed reason", r.State)
	}

	// `cancel` stays itself.
	b.event("shell:l1", bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionChanges, Value: "2/0"}})
	n := len(b.p.deliveries())
	b.say("shell:l1", "cancel")
	if got := b.since(n); !strings.Contains(got, "Cancelled the decision on OSPO-2") {
		t.Errorf("cancel answered %q", got)
	}

	// The question of which kind to request gives way to a command.
	b.say("shell:ana", "request")
	n = len(b.p.deliveries())
	b.say("shell:ana", "mine")
	if got := b.since(n); !strings.Contains(got, "Your requests (2)") {
		t.Errorf("mine while asked for a kind answered %q, want the list", got)
	}
	if b.e.HasPrompt(t.Context(), bot.Event{Platform: bot.Shell, Conversation: bot.Conversation{ID: "terminal"}, User: bot.User{ID: "shell:ana"}}) {
		t.Error("the kind question still waits after a command was typed instead")
	}
}

// TestDecisionOnARequestThatMovedOn guards the answer to a late approver: deciding a
// request whose stage someone else decided, now at a stage of another group, says who
// decided it and when, and where it is now, not that only the other group may decide.
func TestDecisionOnARequestThatMovedOn(t *testing.T) {
	b := newBench(t)
	b.say("shell:ana", "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate")
	b.say("shell:l1", "approve OSPO-1")
	for _, typed := range []string{"approve OSPO-1", "reject OSPO-1 too late", "changes OSPO-1"} {
		n := len(b.p.deliveries())
		b.say("shell:l2", typed)
		got := b.since(n)
		if !strings.Contains(got, "OSPO-1 (Legal review) was already approved by shell:l1 at 2026-03-02 09:00 UTC. It now waits for OSPO review (ospo).") {
			t.Errorf("%q after the stage moved on answered:\n%s", typed, got)
		}
	}
}

// TestMootReasonDoesNotBlock guards an approver whose reason question was overtaken:
// l1 clicks reject on OSPO-1 and is asked why; l2 approves it meanwhile; l1's clicks and
// commands on OSPO-2 then work, instead of being refused while the moot question waits.
func TestMootReasonDoesNotBlock(t *testing.T) {
	const cla = "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate"
	b := newBench(t)
	b.say("shell:ana", cla)
	b.say("shell:ana", cla)
	b.say("shell:ana", cla)
	b.event("shell:l1", bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionReject, Value: "1/0"}})
	b.say("shell:l2", "approve OSPO-1")

	n := len(b.p.deliveries())
	b.event("shell:l1", bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionChanges, Value: "2/0"}})
	if got := b.since(n); !strings.Contains(got, "What should change in OSPO-2?") {
		t.Errorf("a click on OSPO-2 after the moot question answered:\n%s", got)
	}
	b.say("shell:l1", "cancel")
	b.event("shell:l1", bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionReject, Value: "2/0"}})
	b.say("shell:l2", "approve OSPO-2")
	n = len(b.p.deliveries())
	b.say("shell:l1", "approve OSPO-3")
	if got := b.since(n); !strings.Contains(got, "OSPO-3: Legal review approved by shell:l1") {
		t.Errorf("a typed approval after the moot question answered:\n%s", got)
	}
}
