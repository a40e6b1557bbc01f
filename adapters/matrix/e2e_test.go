package matrix_test

import (
	"slices"
	"strings"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/adapters/matrix"
	"github.com/ospobot/ospobot/bot/config"
)

// approvalsConfig routes every request to approver, posting it in room.
func approvalsConfig(approver id.UserID, room id.RoomID) config.Config {
	cfg := config.Default()
	g := config.Group{Members: []string{"matrix:" + string(approver)}, Notify: []string{"matrix:" + string(room)}}
	cfg.Groups = map[string]config.Group{"ospo": g, "legal": g, "security": g, "managers": g}
	return cfg
}

// TestQuestionInRoom guards the basic loop in a shared room: the bot joins when an
// allowed person invites it, answers a question addressed by the !ospo prefix or by a
// mention in the question's thread, as HTML with a plain body and its buttons as
// reactions; it ignores what is not said to it.
func TestQuestionInRoom(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", nil)
	room := alice.room(false, false, b.acc.ID)

	chatter := alice.say(room, "can we use an AGPL library in our SaaS? asking for a friend, not the bot")
	q := alice.say(room, "!ospo can we use an AGPL library in our SaaS?")
	answer := alice.waitFor("the answer in the question's thread", inThread(b.acc.ID, room, q))
	if !strings.Contains(body(answer), "AGPL-3.0-only") || !strings.Contains(body(answer), "Needs approval") {
		t.Errorf("answer body = %q", body(answer))
	}
	if f, _ := answer.Content.Raw["format"].(string); f != "org.matrix.custom.html" || !strings.Contains(html(answer), "<code>AGPL-3.0-only</code>") {
		t.Errorf("answer is not HTML with code spans: format %q, %q", f, html(answer))
	}
	if _, ok := answer.Content.Raw["org.ospobot.buttons"]; !ok {
		t.Errorf("answer carries no reaction map: %v", answer.Content.Raw)
	}
	alice.waitFor("the bot's 1️⃣ reaction on its answer", func(e *event.Event) bool {
		rel, target := relation(e)
		key := reactionKey(e)
		return e.Sender == b.acc.ID && e.Type == event.EventReaction && rel == "m.annotation" && target == string(answer.ID) && key == "1️⃣"
	})

	m := alice.say(room, b.acc.ID.String()+": help")
	alice.waitFor("the answer to a mention", inThread(b.acc.ID, room, m))

	// A question asked in a thread is answered in that thread.
	_, err := alice.c.SendMessageEvent(alice.ctx(), room, event.EventMessage, &event.MessageEventContent{
		MsgType: event.MsgText, Body: "!ospo is MIT compatible with GPL-3.0-only?", RelatesTo: (&event.RelatesTo{}).SetThread(m, m),
	})
	if err != nil {
		t.Fatal(err)
	}
	alice.waitFor("the answer in the existing thread", func(e *event.Event) bool {
		return inThread(b.acc.ID, room, m)(e) && strings.Contains(body(e), "OSADL")
	})
	// The bot handles a room's events in order, so by now it has passed the chatter.
	if n := alice.count(inThread(b.acc.ID, room, chatter)); n != 0 {
		t.Errorf("the bot answered a message not addressed to it (%d replies)", n)
	}
}

// TestUploadInDirectRoom guards files: an upload in a direct room is downloaded from
// the media repository and scanned, and its name, which the answer quotes, cannot
// inject markup or notify the whole room.
func TestUploadInDirectRoom(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", nil)
	dm := alice.room(true, false, b.acc.ID)

	name := "<b>@room</b> LICENSE.txt"
	up, err := alice.c.UploadMedia(alice.ctx(), mautrix.ReqUploadMedia{ContentBytes: []byte(mitText), ContentType: "text/plain", FileName: name})
	if err != nil {
		t.Fatal(err)
	}
	_, err = alice.c.SendMessageEvent(alice.ctx(), dm, event.EventMessage, &event.MessageEventContent{
		MsgType: event.MsgFile, Body: name, FileName: name, URL: up.ContentURI.CUString(),
		Info: &event.FileInfo{MimeType: "text/plain", Size: len(mitText)},
	})
	if err != nil {
		t.Fatal(err)
	}
	answer := alice.waitFor("the scan of the upload", func(e *event.Event) bool {
		return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "MIT")
	})
	if strings.Contains(html(answer), "<b>") || strings.Contains(strings.ToLower(body(answer)), "@room") {
		t.Errorf("the file name went through unescaped: body %q, html %q", body(answer), html(answer))
	}
	if m, ok := answer.Content.Raw["m.mentions"].(map[string]any); !ok || m["room"] == true {
		t.Errorf("m.mentions = %v, want an explicit mention list without the room", answer.Content.Raw["m.mentions"])
	}
}

// TestApprovalByReaction guards the approval flow: a request asked for in a direct room
// is posted to the approvers' room with ✅ ❌ 📝 reactions and the commands to type; the
// approver's ✅ is the click; the requester is told, and the approval message is edited
// to show the decision.
func TestApprovalByReaction(t *testing.T) {
	bob, alice, b, approvals := approvalScene(t, nil, nil, false)
	botAcc := b.acc
	bob.waitFor("the bot joining the approvals room", func(e *event.Event) bool {
		return e.RoomID == approvals && e.Type == event.StateMember && e.GetStateKey() == string(botAcc.ID) && e.Content.AsMember().Membership == event.MembershipJoin
	})
	dm := alice.room(true, false, botAcc.ID)
	decide(t, b, alice, bob, dm, approvals, nil)
}

// decide runs a request from alice (in dm) through bob's ✅ (in approvals); between,
// when given, runs after the request is posted and before bob reacts.
func decide(t *testing.T, b *theBot, alice, bob *person, dm, approvals id.RoomID, between func()) {
	t.Helper()
	alice.say(dm, "request contribution project=https://github.com/acme/lib license=MIT what=\"fix a race\" size=large")
	alice.waitFor("the request's receipt", func(e *event.Event) bool {
		return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "is sent to OSPO review")
	})
	post := bob.waitFor("the approval message", func(e *event.Event) bool {
		return fromBot(b.acc.ID, approvals)(e) && strings.Contains(body(e), "OSPO review needed")
	})
	for _, want := range []string{"✅ Approve", "❌ Reject", "📝 Request changes", "React with the emoji"} {
		if !strings.Contains(body(post), want) {
			t.Errorf("approval message lacks %q:\n%s", want, body(post))
		}
	}
	var botReactions []id.EventID
	for _, key := range []string{"✅", "❌", "📝"} {
		botReactions = append(botReactions, bob.waitFor("the bot's "+key+" on the approval message", func(e *event.Event) bool {
			rel, target := relation(e)
			return e.Sender == b.acc.ID && rel == "m.annotation" && target == string(post.ID) && reactionKey(e) == key
		}).ID)
	}
	if between != nil {
		between()
	}
	bob.react(approvals, post.ID, "✅")
	edit := bob.waitFor("the approval message edited", func(e *event.Event) bool {
		rel, target := relation(e)
		return e.Sender == b.acc.ID && e.Type == event.EventMessage && rel == "m.replace" && target == string(post.ID)
	})
	if !strings.Contains(body(edit), "approved by matrix:"+string(bob.acc.ID)) {
		t.Errorf("edit = %q, want the decision", body(edit))
	}
	alice.waitFor("the decision, told to the requester", func(e *event.Event) bool {
		return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "OSPO-1") && strings.Contains(body(e), "approved")
	})
	for _, r := range botReactions {
		bob.waitFor("the bot withdrawing its reaction "+string(r), func(e *event.Event) bool {
			return e.Sender == b.acc.ID && e.Type == event.EventRedaction && (e.Redacts == r || e.Content.Raw["redacts"] == string(r))
		})
	}
}

// TestRestartNeitherReplaysNorLoses guards the sync position kept in the state
// directory: a message sent while the bot is down is answered once after it restarts,
// messages answered before are not answered again, and a reaction on a message sent by
// the earlier process still counts as the click (its map is read back from the message).
func TestRestartNeitherReplaysNorLoses(t *testing.T) {
	bob, alice, b, approvals := approvalScene(t, nil, nil, false)
	botAcc := b.acc
	dm := alice.room(true, false, botAcc.ID)
	q1 := alice.say(dm, "is MIT compatible with GPL-3.0-only?")
	alice.waitFor("the first answer", func(e *event.Event) bool {
		return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "GPL-3.0-only")
	})
	answersBefore := alice.count(fromBot(b.acc.ID, dm))
	device := b.adapter.DeviceID()

	decide(t, b, alice, bob, dm, approvals, func() {
		b.stop()
		alice.say(dm, "BSD in the iOS app?") // said while the bot is down
		b.start()
		if b.adapter.DeviceID() != device {
			t.Errorf("device after restart = %s, want %s", b.adapter.DeviceID(), device)
		}
		alice.waitFor("the answer to the message sent while the bot was down", func(e *event.Event) bool {
			return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "BSD")
		})
	})
	_ = q1
	// Before the restart: the answer to q1 and the request's receipt; after: the answer
	// to the message sent meanwhile and the decision. A replay would add more.
	if n := alice.count(fromBot(b.acc.ID, dm)); n != answersBefore+3 {
		t.Errorf("alice got %d messages from the bot, want %d:\n%s", n, answersBefore+3, alice.dump())
	}
}

const mitText = `MIT License

Copyright (c) 2024 Example

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`

// TestRejectionReasonInThread guards ❌: the bot asks the approver for the reason (in a
// direct room, as the question is private), the approver writes it in the approval
// message's thread without addressing the bot, and the rejection with its reason is
// what the edit and the requester show.
func TestRejectionReasonInThread(t *testing.T) {
	bob, alice, b, approvals := approvalScene(t, reader, nil, false)
	botAcc := b.acc
	dm := alice.room(true, false, botAcc.ID)
	alice.say(dm, "request contribution project=https://github.com/acme/lib license=MIT what=\"fix a race\" size=large")
	post := bob.waitFor("the approval message", func(e *event.Event) bool {
		return fromBot(b.acc.ID, approvals)(e) && strings.Contains(body(e), "OSPO review needed")
	})
	bob.react(approvals, post.ID, "❌")
	bob.waitFor("the question for the reason", func(e *event.Event) bool {
		return e.Sender == botAcc.ID && e.Type == event.EventMessage && e.RoomID != approvals && strings.Contains(body(e), "OSPO-1")
	})
	_, err := bob.c.SendMessageEvent(bob.ctx(), approvals, event.EventMessage, &event.MessageEventContent{
		MsgType: event.MsgText, Body: "the licence of a dependency is unclear",
		RelatesTo: (&event.RelatesTo{}).SetThread(post.ID, post.ID),
	})
	if err != nil {
		t.Fatal(err)
	}
	edit := bob.waitFor("the approval message edited", func(e *event.Event) bool {
		rel, target := relation(e)
		return e.Sender == botAcc.ID && e.Type == event.EventMessage && rel == "m.replace" && target == string(post.ID)
	})
	if !strings.Contains(body(edit), "rejected") || !strings.Contains(body(edit), "the licence of a dependency is unclear") {
		t.Errorf("edit = %q, want the rejection and its reason", body(edit))
	}
	alice.waitFor("the rejection, told to the requester", func(e *event.Event) bool {
		return fromBot(botAcc.ID, dm)(e) && strings.Contains(body(e), "OSPO-1") && strings.Contains(body(e), "the licence of a dependency is unclear")
	})
}

// TestLimitedSyncLosesNothing guards a bot that was down while more was said than one
// sync returns: the sync comes "limited", and the bot reads the events it left out, so
// every message gets its answer, in order.
func TestLimitedSyncLosesNothing(t *testing.T) {
	t.Cleanup(matrix.SetTimelineLimit(2))
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", nil)
	dm := alice.room(true, false, b.acc.ID)
	b.stop()
	questions := []string{"MIT in the iOS app?", "BSD in the iOS app?", "Apache-2.0 in the iOS app?", "ISC in the iOS app?", "Zlib in the iOS app?"}
	for _, q := range questions {
		alice.say(dm, q)
	}
	b.start()
	var order []id.EventID
	for _, want := range []string{"`MIT`", "`BSD", "`Apache-2.0`", "`ISC`", "`Zlib`"} {
		// Each answer opens with the question as the bot read it.
		order = append(order, alice.waitFor("the answer about "+want, func(e *event.Event) bool {
			return fromBot(b.acc.ID, dm)(e) && strings.HasPrefix(body(e), "As I read it: may "+want)
		}).ID)
	}
	if got := alice.order(order); !slices.IsSorted(got) {
		t.Errorf("answers came in the order %v, not as asked", got)
	}
	if !b.log.logged("read the events a limited sync left out") {
		t.Error("the sync after the restart was not limited; the test proves nothing")
	}
}

// TestApprovalByTypedCommand guards the other way to click: the approver types the
// command the approval message shows, in its thread, without addressing the bot.
func TestApprovalByTypedCommand(t *testing.T) {
	bob, alice, b, approvals := approvalScene(t, nil, nil, false)
	botAcc := b.acc
	dm := alice.room(true, false, botAcc.ID)
	alice.say(dm, "request contribution project=https://github.com/acme/lib license=MIT what=\"fix a race\" size=large")
	post := bob.waitFor("the approval message", func(e *event.Event) bool {
		return fromBot(b.acc.ID, approvals)(e) && strings.Contains(body(e), "OSPO review needed")
	})
	_, err := bob.c.SendMessageEvent(bob.ctx(), approvals, event.EventMessage, &event.MessageEventContent{
		MsgType: event.MsgText, Body: "approve OSPO-1", RelatesTo: (&event.RelatesTo{}).SetThread(post.ID, post.ID),
	})
	if err != nil {
		t.Fatal(err)
	}
	edit := bob.waitFor("the approval message edited", func(e *event.Event) bool {
		rel, target := relation(e)
		return e.Sender == botAcc.ID && e.Type == event.EventMessage && rel == "m.replace" && target == string(post.ID)
	})
	if !strings.Contains(body(edit), "approved by matrix:"+string(bob.acc.ID)) {
		t.Errorf("edit = %q, want the decision", body(edit))
	}
}
