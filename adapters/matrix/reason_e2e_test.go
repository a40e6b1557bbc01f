package matrix_test

import (
	"strings"
	"testing"

	"maunium.net/go/mautrix/event"
)

// TestRejectionReasonInDirectRoom guards ❌ answered where the question arrives: Matrix
// has no messages only one member of a room sees, so the bot asks the approver for the
// reason in their direct room (encrypted, in the build with encryption), and the reason
// the approver writes there, as a plain message, is the answer: the approval message is
// edited to the rejection with its reason and the requester is told. Before, the engine
// waited for the reason in the approvals room only, and read the message in the direct
// room as a new licence question.
func TestRejectionReasonInDirectRoom(t *testing.T) {
	bob, alice, b, approvals := approvalScene(t, reader, nil, false)
	botAcc := b.acc
	dm := alice.room(true, false, botAcc.ID)
	alice.say(dm, "request contribution project=https://github.com/acme/lib license=MIT what=\"fix a race\" size=large")
	post := bob.waitFor("the approval message", func(e *event.Event) bool {
		return fromBot(b.acc.ID, approvals)(e) && strings.Contains(body(e), "OSPO review needed")
	})
	bob.react(approvals, post.ID, "❌")
	question := bob.waitFor("the question for the reason, in a direct room", func(e *event.Event) bool {
		return e.Sender == botAcc.ID && e.Type == event.EventMessage && e.RoomID != approvals && strings.Contains(body(e), "Why do you reject OSPO-1")
	})
	const reason = "the licence of a dependency is unclear"
	bob.say(question.RoomID, reason)
	edit := bob.waitFor("the approval message edited", func(e *event.Event) bool {
		rel, target := relation(e)
		return e.Sender == botAcc.ID && e.Type == event.EventMessage && rel == "m.replace" && target == string(post.ID)
	})
	if !strings.Contains(body(edit), "rejected") || !strings.Contains(body(edit), reason) {
		t.Errorf("edit = %q, want the rejection and its reason", body(edit))
	}
	alice.waitFor("the rejection, told to the requester", func(e *event.Event) bool {
		return fromBot(botAcc.ID, dm)(e) && strings.Contains(body(e), "OSPO-1") && strings.Contains(body(e), reason)
	})
	// The reason was taken as the answer, not as a question about licences.
	if n := bob.count(func(e *event.Event) bool {
		return fromBot(botAcc.ID, question.RoomID)(e) && e.ID != question.ID && !strings.Contains(body(e), "OSPO-1")
	}); n != 0 {
		t.Errorf("the bot answered the reason as something else (%d replies):\n%s", n, bob.dump())
	}
}
