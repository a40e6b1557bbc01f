package matrix_test

import (
	"context"
	"io"
	"slices"
	"strings"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// TestPrivateReplyGoesToDirectRoom guards private replies on a platform without
// "only you" messages: a refusal in a shared room reaches the person in a direct room
// the bot creates, and the next one reuses it.
func TestPrivateReplyGoesToDirectRoom(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", reader)
	room := alice.room(false, false, b.acc.ID)

	q := alice.say(room, "!ospo request contribution project=not-a-url license=MIT what=x size=small")
	first := alice.waitFor("a private refusal", func(e *event.Event) bool {
		return e.Sender == b.acc.ID && e.Type == event.EventMessage && e.RoomID != room
	})
	if reader != nil && alice.count(func(e *event.Event) bool { return e.RoomID == first.RoomID && e.Type == event.EventEncrypted }) == 0 {
		t.Error("the direct room the bot opened is not encrypted, though the bot can encrypt")
	}
	alice.say(room, "!ospo request contribution project=also-not-a-url license=MIT what=x size=small")
	alice.waitFor("a second private refusal", func(e *event.Event) bool {
		return fromBot(b.acc.ID, first.RoomID)(e) && e.ID != first.ID
	})
	if n := alice.count(func(e *event.Event) bool {
		return e.Sender == b.acc.ID && e.Type == event.EventMessage && e.RoomID != room && e.RoomID != first.RoomID
	}); n != 0 {
		t.Errorf("the second private reply went to another new room (%d messages)", n)
	}
	if n := alice.count(inThread(b.acc.ID, room, q)); n != 0 {
		t.Errorf("the private reply was also posted in the shared room")
	}
	if !strings.Contains(body(first), "Project URL must be a web address") {
		t.Errorf("refusal = %q", body(first))
	}
}

// TestEventsBeforeFirstStartAreIgnored guards the first start: what was said in a room
// before the bot ever ran is not answered, what is said after is.
func TestEventsBeforeFirstStartAreIgnored(t *testing.T) {
	b := newBot(t, config.Default())
	alice := newPerson(t, "alice", nil)
	room := alice.room(false, false)
	if _, err := alice.c.InviteUser(alice.ctx(), room, &mautrix.ReqInviteUser{UserID: b.acc.ID}); err != nil {
		t.Fatal(err)
	}
	raw, err := newClient(homeserver(t), b.acc.ID, b.acc.Token)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.JoinRoomByID(alice.ctx(), room); err != nil {
		t.Fatal(err)
	}
	old := alice.say(room, "!ospo help")
	b.start()
	fresh := alice.say(room, "!ospo is MIT compatible with GPL-3.0-only?")
	alice.waitFor("the answer to the message after the start", inThread(b.acc.ID, room, fresh))
	if n := alice.count(inThread(b.acc.ID, room, old)); n != 0 {
		t.Errorf("the bot answered a message from before its first start")
	}
}

// TestGroupMembersAndOutgoingFiles guards two capabilities the engine uses directly: a
// room as an approver group (its joined members, the bot aside), and files a reply
// carries, uploaded to the media repository and readable by the room.
func TestGroupMembersAndOutgoingFiles(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", nil)
	carol := newPerson(t, "carol", nil)
	room := alice.room(false, false, b.acc.ID, carol.acc.ID)

	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	got, err := b.adapter.GroupMembers(ctx, bot.UserID("matrix:"+string(room)))
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	want := []bot.UserID{bot.UserID("matrix:" + string(alice.acc.ID)), bot.UserID("matrix:" + string(carol.acc.ID))}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("GroupMembers = %v, want %v", got, want)
	}
	if _, err := b.adapter.GroupMembers(ctx, "slack:S123"); err == nil {
		t.Error("a Slack group was resolved by the Matrix adapter")
	}

	sendFileAndRead(t, b, carol, room, false)
}

// sendFileAndRead sends a reply with a file to room and checks that p can download it
// (decrypting it, in an encrypted room).
func sendFileAndRead(t *testing.T, b *theBot, p *person, room id.RoomID, encrypted bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	data := "Apache-2.0\nNOTICE: example\n"
	_, err := b.adapter.Send(ctx, bot.Destination{Platform: bot.Matrix, Conversation: bot.ConversationID(room)},
		bot.Reply{Text: "The notices file:", Files: []bot.Attachment{{Name: "NOTICE.txt", Data: []byte(data)}}})
	if err != nil {
		t.Fatal(err)
	}
	f := p.waitFor("the file message", func(e *event.Event) bool {
		return fromBot(b.acc.ID, room)(e) && e.Content.Raw["msgtype"] == "m.file"
	})
	c := f.Content.AsMessage()
	if (c.File != nil) != encrypted {
		t.Errorf("attachment encrypted = %v, want %v", c.File != nil, encrypted)
	}
	url := c.URL
	if c.File != nil {
		url = c.File.URL
	}
	mxc, err := url.Parse()
	if err != nil {
		t.Fatalf("file URL %q: %v", url, err)
	}
	resp, err := p.c.Download(ctx, mxc)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if c.File != nil {
		if err := c.File.DecryptInPlace(got); err != nil {
			t.Fatal(err)
		}
	}
	if string(got) != data || c.FileName != "NOTICE.txt" {
		t.Errorf("file %q = %q, want %q", c.FileName, got, data)
	}
}

// TestUploadOverTheLimit guards the size limit on downloads: a file larger than the
// limit is refused, whether the message announces its size or not, and nothing else
// is done with it.
func TestUploadOverTheLimit(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", nil)
	dm := alice.room(true, false, b.acc.ID)
	big := strings.Repeat("MIT License\n", (bot.DefaultMaxInput/12)+100)
	for _, announce := range []bool{true, false} {
		up, err := alice.c.UploadMedia(alice.ctx(), mautrix.ReqUploadMedia{ContentBytes: []byte(big), ContentType: "text/plain", FileName: "big.txt"})
		if err != nil {
			t.Fatal(err)
		}
		c := &event.MessageEventContent{MsgType: event.MsgFile, Body: "big.txt", FileName: "big.txt", URL: up.ContentURI.CUString()}
		if announce {
			c.Info = &event.FileInfo{MimeType: "text/plain", Size: len(big)}
		}
		refusals := func(e *event.Event) bool {
			return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "larger than the limit")
		}
		before := alice.count(refusals)
		if _, err := alice.c.SendMessageEvent(alice.ctx(), dm, event.EventMessage, c); err != nil {
			t.Fatal(err)
		}
		alice.waitFor("the refusal", func(e *event.Event) bool { return refusals(e) && alice.countLocked(refusals) > before })
	}
}

// TestInvitationsFromOthersAreDeclined guards allowed_inviters: an invitation from a
// user the list does not name (nor their server, nor the room) is declined, one from a
// listed user is accepted.
func TestInvitationsFromOthersAreDeclined(t *testing.T) {
	alice := newPerson(t, "alice", nil)
	mallory := newPerson(t, "mallory", nil)
	b := newBot(t, config.Default())
	b.allowed = []string{string(alice.acc.ID)}
	b.start()
	membership := func(room id.RoomID, m event.Membership) func(*event.Event) bool {
		return func(e *event.Event) bool {
			return e.RoomID == room && e.Type == event.StateMember && e.GetStateKey() == string(b.acc.ID) && e.Content.AsMember().Membership == m
		}
	}
	theirs, err := mallory.c.CreateRoom(mallory.ctx(), roomRequest(b.acc.ID))
	if err != nil {
		t.Fatal(err)
	}
	mallory.waitFor("the bot declining", membership(theirs.RoomID, event.MembershipLeave))
	alice.room(false, false, b.acc.ID) // waits for the join
	if n := mallory.count(membership(theirs.RoomID, event.MembershipJoin)); n != 0 {
		t.Errorf("the bot joined a room it was invited to by someone not allowed")
	}
}
