package matrix

import (
	"encoding/json"
	"testing"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

var me = addressee{ID: "@ospobot:example.org", Name: "OSPO Bot"}

// TestCommandText guards which messages are commands: anything in a direct room; in a
// room, the !ospo prefix or a mention (by ID, display name, localpart or m.mentions),
// with the prefix, mention and reply fallback removed; never notices or edits.
func TestCommandText(t *testing.T) {
	mention := &event.Mentions{UserIDs: []id.UserID{me.ID}}
	cases := []struct {
		name   string
		c      event.MessageEventContent
		direct bool
		want   string
		ok     bool
	}{
		{"dm", event.MessageEventContent{MsgType: event.MsgText, Body: " help "}, true, "help", true},
		{"room chatter", event.MessageEventContent{MsgType: event.MsgText, Body: "help"}, false, "", false},
		{"prefix", event.MessageEventContent{MsgType: event.MsgText, Body: "!ospo status OSPO-1"}, false, "status OSPO-1", true},
		{"prefix any case", event.MessageEventContent{MsgType: event.MsgText, Body: "!OSPO help"}, false, "help", true},
		{"prefix glued", event.MessageEventContent{MsgType: event.MsgText, Body: "!ospobot help"}, false, "", false},
		{"full ID", event.MessageEventContent{MsgType: event.MsgText, Body: "@ospobot:example.org help"}, false, "help", true},
		{"display name", event.MessageEventContent{MsgType: event.MsgText, Body: "OSPO Bot: is MIT ok?"}, false, "is MIT ok?", true},
		{"localpart", event.MessageEventContent{MsgType: event.MsgText, Body: "ospobot, help"}, false, "help", true},
		{"m.mentions", event.MessageEventContent{MsgType: event.MsgText, Body: "hey @ospobot:example.org pending", Mentions: mention}, false, "hey  pending", true},
		{"reply fallback", event.MessageEventContent{MsgType: event.MsgText, Body: "> <@bob:example.org> earlier\n> more\n\n!ospo help"}, false, "help", true},
		{"notice", event.MessageEventContent{MsgType: event.MsgNotice, Body: "help"}, true, "", false},
		{"edit", event.MessageEventContent{MsgType: event.MsgText, Body: "* help", RelatesTo: (&event.RelatesTo{}).SetReplace("$x")}, true, "", false},
	}
	for _, c := range cases {
		got, ok := commandText(me, &c.c, c.direct)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: commandText = %q, %v; want %q, %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

// TestUploadOf guards reading an upload: plain and encrypted files, their size and
// caption; a message without a valid mxc URL is no upload.
func TestUploadOf(t *testing.T) {
	c := event.MessageEventContent{MsgType: event.MsgFile, Body: "please check", FileName: "LICENSE", URL: "mxc://example.org/abc", Info: &event.FileInfo{Size: 1070}}
	u, caption, ok := uploadOf(&c)
	if !ok || u.Name != "LICENSE" || u.Size != 1070 || u.URL.FileID != "abc" || u.Encrypted != nil || caption != "please check" {
		t.Errorf("plain upload = %+v %q %v", u, caption, ok)
	}
	enc := event.MessageEventContent{MsgType: event.MsgFile, Body: "go.mod", File: &event.EncryptedFileInfo{URL: "mxc://example.org/enc"}}
	u, caption, ok = uploadOf(&enc)
	if !ok || u.Encrypted == nil || u.URL.FileID != "enc" || u.Size != -1 || caption != "" {
		t.Errorf("encrypted upload = %+v %q %v", u, caption, ok)
	}
	for _, bad := range []event.MessageEventContent{
		{MsgType: event.MsgFile, Body: "x", URL: "https://example.org/x"},
		{MsgType: event.MsgText, Body: "x", URL: "mxc://example.org/abc"},
	} {
		if _, _, ok := uploadOf(&bad); ok {
			t.Errorf("uploadOf(%+v) accepted", bad)
		}
	}
}

// TestReactionOf guards reading a reaction: only annotations with a target and a key,
// with the emoji's variation selector dropped so that both spellings match the map.
func TestReactionOf(t *testing.T) {
	var c event.ReactionEventContent
	if err := json.Unmarshal([]byte(`{"m.relates_to":{"rel_type":"m.annotation","event_id":"$m","key":"1️⃣"}}`), &c); err != nil {
		t.Fatal(err)
	}
	target, key, ok := reactionOf(&c)
	if !ok || target != "$m" || key != "1\u20e3" {
		t.Errorf("reactionOf = %q %q %v", target, key, ok)
	}
	if _, _, ok := reactionOf(&event.ReactionEventContent{RelatesTo: event.RelatesTo{Type: event.RelReference, EventID: "$m", Key: "✅"}}); ok {
		t.Error("a reference taken for a reaction")
	}
}

// TestAllowList guards whose invitations are accepted.
func TestAllowList(t *testing.T) {
	l, err := parseAllowList([]string{"@alice:example.org", "partner.org", "!ops:example.org"})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		inviter id.UserID
		room    id.RoomID
		want    bool
	}{
		{"@alice:example.org", "!x:example.org", true},
		{"@bob:example.org", "!x:example.org", false},
		{"@bob:Partner.org", "!x:example.org", true},
		{"@bob:evil.org", "!ops:example.org", true},
		{"@bob:evil.org", "!x:example.org", false},
	}
	for _, c := range cases {
		if got := l.allows(c.inviter, c.room); got != c.want {
			t.Errorf("allows(%s, %s) = %v", c.inviter, c.room, got)
		}
	}
	if _, err := parseAllowList([]string{"alice", "@bob", "#room:x"}); err == nil {
		t.Error("bad entries accepted")
	}
}
