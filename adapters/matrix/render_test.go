package matrix

import (
	"encoding/json"
	"strings"
	"testing"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/bot"
)

// TestRenderRoundTrip guards the message the bot sends: rendered, encoded as Matrix
// sends it and decoded with mautrix's own types, a reply keeps its words in both the
// plain body and the HTML, escapes user text, pings only its addressee, and carries the
// reaction map that turns a reaction back into the right button.
func TestRenderRoundTrip(t *testing.T) {
	r := bot.Reply{
		Text: "OSPO-7: <script>alert(1)</script> by @room and @ROOM",
		Blocks: []bot.Block{
			bot.Section("Licence `GPL-2.0-only` & friends"),
			bot.Fields(bot.Field{Label: "Project", Value: "<a href=\"x\">x</a>"}),
			bot.Context("from <i>policy</i>"),
			bot.Buttons(
				bot.Button{Label: "Approve", Action: "approval.approve", Value: "7", Command: "approve OSPO-7"},
				bot.Button{Label: "Reject", Action: "approval.reject", Value: "7"},
				bot.Button{Label: "Request changes", Action: "approval.changes", Value: "7"},
				bot.Button{Label: "SaaS", Action: "license.use", Value: "saas"},
			),
		},
	}
	out := render(r, "matrix:@ana:example.org")
	data, err := out.raw().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var evt event.Event
	evt.Type = event.EventMessage
	if err := json.Unmarshal(data, &evt.Content); err != nil {
		t.Fatal(err)
	}
	if err := evt.Content.ParseRaw(evt.Type); err != nil {
		t.Fatal(err)
	}
	c := evt.Content.AsMessage()
	if c.Format != event.FormatHTML || c.MsgType != event.MsgText {
		t.Errorf("format %q msgtype %q", c.Format, c.MsgType)
	}
	for _, bad := range []string{"<script>", "<a href", "<i>"} {
		if strings.Contains(c.FormattedBody, bad) {
			t.Errorf("HTML holds user markup %q: %s", bad, c.FormattedBody)
		}
	}
	if !strings.Contains(c.FormattedBody, "<code>GPL-2.0-only</code> &amp; friends") {
		t.Errorf("code span or escaping lost: %s", c.FormattedBody)
	}
	for _, s := range []string{c.Body, c.FormattedBody} {
		if strings.Contains(strings.ToLower(s), "@room") {
			t.Errorf("@room survived: %q", s)
		}
	}
	if c.Mentions == nil || c.Mentions.Room || len(c.Mentions.UserIDs) != 1 || c.Mentions.UserIDs[0] != "@ana:example.org" {
		t.Errorf("mentions = %+v, want only the addressee", c.Mentions)
	}
	for _, want := range []string{"✅ Approve — type: approve OSPO-7", "❌ Reject", "📝 Request changes", "1️⃣ SaaS", "Project: <a href"} {
		if !strings.Contains(c.Body, want) {
			t.Errorf("plain body lacks %q:\n%s", want, c.Body)
		}
	}
	m := buttonsOf(evt.Content.Raw)
	want := map[string]reactionButton{
		"✅": {"approval.approve", "7"}, "❌": {"approval.reject", "7"}, "📝": {"approval.changes", "7"}, "1\u20e3": {"license.use", "saas"},
	}
	if len(m) != len(want) {
		t.Fatalf("reaction map = %v, want %v", m, want)
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("reaction %q = %v, want %v", k, m[k], v)
		}
	}
	if strings.Join(out.React, " ") != "✅ ❌ 📝 1️⃣" {
		t.Errorf("reactions put on the message = %v", out.React)
	}
}

// TestChoicesRunOutOfKeycaps guards long choice lists: ten keycaps, then buttons are
// offered by command only, and no reaction is used twice.
func TestChoicesRunOutOfKeycaps(t *testing.T) {
	var bs []bot.Button
	for i := range 12 {
		bs = append(bs, bot.Button{Label: "c", Action: "form.set", Value: string(rune('a' + i))})
	}
	bs = append(bs, bot.Button{Label: "yes", Action: "x.approve"}, bot.Button{Label: "again", Action: "y.approve"})
	cs := choices(bot.Reply{Blocks: []bot.Block{bot.Buttons(bs...)}})
	seen := map[string]bool{}
	for i, c := range cs {
		if c.Emoji == "" {
			if i < 10 {
				t.Errorf("button %d has no reaction", i)
			}
			continue
		}
		if seen[c.Emoji] {
			t.Errorf("reaction %s used twice", c.Emoji)
		}
		seen[c.Emoji] = true
	}
	if cs[12].Emoji != "✅" || cs[13].Emoji != "" {
		t.Errorf("approve buttons got %q and %q, want ✅ then none", cs[12].Emoji, cs[13].Emoji)
	}
}

// TestMessageRef guards the reference the core stores for edits: it names the room and
// the event, and reads back.
func TestMessageRef(t *testing.T) {
	room, ev, ok := parseRef(refOf("!abc:example.org", "$Zx9_-aB"))
	if !ok || room != id.RoomID("!abc:example.org") || ev != id.EventID("$Zx9_-aB") {
		t.Errorf("parseRef = %q %q %v", room, ev, ok)
	}
	for _, bad := range []bot.MessageRef{"", "|$e", "!r:x|", "shell-1"} {
		if _, _, ok := parseRef(bad); ok {
			t.Errorf("parseRef(%q) accepted", bad)
		}
	}
}

// TestRenderFitsOneEvent guards long replies (a scan of a large archive): the message
// stays under Matrix's event size even when JSON escapes its every character six-fold,
// says it was cut, and keeps its choices.
func TestRenderFitsOneEvent(t *testing.T) {
	var fields []bot.Field
	for range 3000 {
		fields = append(fields, bot.Field{Label: "<dep>", Value: strings.Repeat("&<>", 30)})
	}
	r := bot.Reply{Text: strings.Repeat("<", 100000), Blocks: []bot.Block{
		bot.Fields(fields...), bot.Buttons(bot.Button{Label: "Approve", Action: "approval.approve", Value: "1"}),
	}}
	out := render(r, "")
	data, err := out.raw().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > maxEvent {
		t.Errorf("event content is %d bytes, over %d", len(data), maxEvent)
	}
	if !strings.Contains(out.Content.Body, cutNote) || !strings.Contains(out.Content.Body, "✅ Approve") {
		t.Errorf("the cut reply lacks its note or its choice:\n%s", out.Content.Body[len(out.Content.Body)-300:])
	}
	short := render(bot.Reply{Text: "short"}, "")
	if strings.Contains(short.Content.Body, cutNote) {
		t.Error("a short reply says it was cut")
	}
}

// TestLongFieldValueWhole: a field's value of a few paragraphs (a topic's answer) is
// shown whole, not cut at a few hundred characters; one past the field limit is cut.
func TestLongFieldValueWhole(t *testing.T) {
	long := strings.Repeat("A permissive licence lets anyone reuse the code. ", 24) + "The end."
	out := render(bot.Reply{Text: "x", Blocks: []bot.Block{bot.Fields(bot.Field{Label: "In short", Value: long})}}, "")
	if !strings.Contains(out.Content.Body, "The end.") || !strings.Contains(out.Content.FormattedBody, "The end.") {
		t.Errorf("a %d-character field was cut:\n%s", len(long), out.Content.Body)
	}
	huge := strings.Repeat("x", maxFieldValue+10)
	out = render(bot.Reply{Text: "x", Blocks: []bot.Block{bot.Fields(bot.Field{Label: "L", Value: huge})}}, "")
	if strings.Contains(out.Content.Body, huge) || !strings.Contains(out.Content.Body, strings.Repeat("x", maxFieldValue)+"…") {
		t.Error("a field past the limit was not cut at it")
	}
}
