package slack

import (
	"encoding/json"
	"errors"
	"net/url"
	"testing"

	"github.com/ospobot/ospobot/bot"
)

var me = self{userID: botUser, botID: botID}

func testAdapter(t testing.TB) *Adapter {
	a, err := New(Options{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: "s", APIURL: "http://127.0.0.1:1/"})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func eventOf(t *testing.T, a *Adapter, payload map[string]any) (intake, error) {
	t.Helper()
	b, _ := json.Marshal(payload)
	cb, err := decodeEventCallback(b)
	if err != nil {
		t.Fatal(err)
	}
	return a.fromEvent(cb, me)
}

// TestWhichMessagesCount guards what the bot listens to: mentions in channels and
// direct messages, answered in the right thread with stable dedup keys; never its own
// messages, other bots', edits, or channel chatter without a mention.
func TestWhichMessagesCount(t *testing.T) {
	a := testAdapter(t)
	in, err := eventOf(t, a, appMention("Ev1", "UANA", "CGEN", "1700000001.000100", "<@U0BOT> is AGPL ok for SaaS?"))
	if err != nil {
		t.Fatal(err)
	}
	ev := in.event
	if ev.ID != "msg:CGEN:1700000001.000100" || ev.Text != "is AGPL ok for SaaS?" || ev.User.ID != "slack:UANA" ||
		ev.Thread != "CGEN/1700000001.000100" || ev.Conversation.Direct {
		t.Errorf("mention: %+v", ev)
	}
	inThread := appMention("Ev2", "UANA", "CGEN", "1700000005.000100", "<@U0BOT> help")
	inThread["event"].(map[string]any)["thread_ts"] = "1700000001.000100"
	if in, _ := eventOf(t, a, inThread); in.event.Thread != "CGEN/1700000001.000100" {
		t.Errorf("a question in a thread is answered in %q", in.event.Thread)
	}

	ignored := map[string]map[string]any{
		"own message":     directMessage("Ev3", botUser, "DANA", "1.1", "hi"),
		"channel chatter": {"type": "event_callback", "event_id": "Ev4", "event": map[string]any{"type": "message", "channel_type": "channel", "user": "UANA", "text": "hi", "ts": "1.2", "channel": "CGEN"}},
		"mention in a DM": appMention("Ev5", "UANA", "DANA", "1.3", "<@U0BOT> hi"),
		"other app":       {"type": "event_callback", "event_id": "Ev8", "event": map[string]any{"type": "reaction_added", "user": "UANA"}},
		"home messages":   {"type": "event_callback", "event_id": "Ev9", "event": map[string]any{"type": "app_home_opened", "user": "UANA", "tab": "messages"}},
	}
	botMsg := directMessage("Ev6", "UOTHER", "DANA", "1.4", "hi")
	botMsg["event"].(map[string]any)["bot_id"] = "B2"
	ignored["other bot"] = botMsg
	edit := directMessage("Ev7", "UANA", "DANA", "1.5", "hi")
	edit["event"].(map[string]any)["subtype"] = "message_changed"
	ignored["edit"] = edit
	for name, p := range ignored {
		if _, err := eventOf(t, a, p); !errors.Is(err, errIgnored) {
			t.Errorf("%s: %v, want ignored", name, err)
		}
	}

	home, err := eventOf(t, a, map[string]any{"type": "event_callback", "event_id": "Ev10", "event": map[string]any{"type": "app_home_opened", "user": "UANA", "tab": "home"}})
	if err != nil || home.event.Kind != bot.HomeEvent || home.event.User.ID != "slack:UANA" {
		t.Errorf("home: %+v %v", home.event, err)
	}
}

// TestPlainText guards what reaches the core from Slack's formatting: the bot's mention
// goes, other mentions become platform user IDs (for "delegate @bob"), links their
// address, and entities the characters a pasted licence had.
func TestPlainText(t *testing.T) {
	cases := map[string]string{
		"<@U0BOT> license <https://github.com/acme/lib>":    "license https://github.com/acme/lib",
		"<@U0BOT> delegate <@U024BE7LH> until 2026-03-10":   "delegate slack:U024BE7LH until 2026-03-10",
		"see <https://x.example/a?b=1&amp;c=2|the page>":    "see https://x.example/a?b=1&c=2",
		"in <#C123|legal> ask <!here>":                      "in #legal ask @here",
		"Copyright &lt;ana@example.org&gt; &amp; others":    "Copyright <ana@example.org> & others",
		"mail <mailto:ospo@acme.example|ospo@acme.example>": "mail ospo@acme.example",
	}
	for in, want := range cases {
		if got := plainText(in, botUser); got != want {
			t.Errorf("plainText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestClickAndCommandKeys guards dedup keys and decoding of clicks and the slash
// command: a click is keyed by its trigger and time, its action is the button's Key read
// back with ActionOfKey; an empty /ospo means help.
func TestClickAndCommandKeys(t *testing.T) {
	a := testAdapter(t)
	b, _ := json.Marshal(blockActions("ULENA", "CLEGAL", "1700000000.000009", "trig-2", "approval.approve#2", "1/0"))
	ic, err := decodeInteraction(b)
	if err != nil {
		t.Fatal(err)
	}
	in, err := a.fromInteraction(ic)
	if err != nil {
		t.Fatal(err)
	}
	ev := in.event
	if ev.Kind != bot.ActionEvent || ev.ID != "action:trig-2:1700000100.000200" || ev.Action.ID != "approval.approve" || ev.Action.Value != "1/0" ||
		ev.Action.Message != "CLEGAL/1700000000.000009" || ev.Trigger != "trig-2" || in.trigger == nil || in.trigger.channel != "CLEGAL" {
		t.Errorf("click: %+v %+v", ev, ev.Action)
	}
	s, err := a.fromSlash(slashFromForm(url.Values{"user_id": {"UANA"}, "channel_id": {"DANA"}, "trigger_id": {"t9"}, "text": {""}, "command": {"/ospo"}}), me)
	if err != nil || s.event.Text != "help" || s.event.ID != "command:t9" || !s.event.Conversation.Direct {
		t.Errorf("slash: %+v %v", s.event, err)
	}
	if _, err := a.fromSlash(slashCommand{UserID: "UANA"}, me); err == nil {
		t.Error("a slash command without a channel accepted")
	}
}

// FuzzDecoders guards the payload decoders against whatever arrives, signed or not
// (Socket Mode payloads are not signed): they return an intake or an error, never panic,
// and an event they make always has a dedup key and a user.
func FuzzDecoders(f *testing.F) {
	for _, p := range []any{
		appMention("Ev1", "UANA", "CGEN", "1.1", "<@U0BOT> hi <https://x|y> &amp;"),
		directMessage("Ev2", "UANA", "DANA", "1.2", "", map[string]any{"id": "F1", "name": "go.mod", "size": 10, "url_private_download": "https://files.slack.com/x"}),
		fileShared("Ev3", "UANA", "DANA", "F1"),
		blockActions("ULENA", "CLEGAL", "1.3", "t", "approval.approve", "1/0"),
		viewSubmission("UANA", "t", "V1", `{"id":"f","c":"CGEN"}`, map[string]string{"a": "b"}),
		map[string]any{"type": "event_callback", "event": map[string]any{"type": "subteam_updated", "subteam": map[string]any{"id": "S1"}}},
		map[string]any{"type": "url_verification", "challenge": "c"},
	} {
		b, _ := json.Marshal(p)
		f.Add(b)
	}
	f.Add([]byte(`{"type":"event_callback","event":{"type":"message","user":{"id":1}}}`))
	f.Add([]byte(`{"type":"block_actions","actions":[{}],"user":{"id":"U"}}`))
	a := testAdapter(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(in intake, err error) {
			if err != nil || in.event == nil {
				return
			}
			if in.event.ID == "" || in.event.User.ID == "" || in.event.Platform != bot.Slack {
				t.Errorf("event without key, user or platform: %+v", in.event)
			}
			if in.event.Kind == bot.ActionEvent && in.event.Action == nil || in.event.Kind == bot.FormEvent && in.event.Form == nil {
				t.Errorf("event without its payload: %+v", in.event)
			}
		}
		if cb, err := decodeEventCallback(data); err == nil {
			check(a.fromEvent(cb, me))
		}
		if ic, err := decodeInteraction(data); err == nil {
			check(a.fromInteraction(ic))
		}
		var s slashCommand
		if json.Unmarshal(data, &s) == nil {
			check(a.fromSlash(s, me))
		}
		for _, typ := range []string{"events_api", "interactive", "slash_commands"} {
			check(a.fromEnvelope(envelope{Type: typ, EnvelopeID: "e", Payload: data}))
		}
		_ = plainText(string(data), botUser)
		_ = chunks(escape(string(data)), 50)
	})
}
