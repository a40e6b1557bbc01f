package matrix

import (
	"encoding/json"
	"strings"
	"testing"

	"maunium.net/go/mautrix/event"

	"github.com/ospobot/ospobot/bot"
)

// FuzzDecode guards the decoders of what other people's clients send: any content, as
// a message or a reaction, decodes without a panic; a command never keeps the !ospo
// prefix; and text echoed back in a reply can neither inject markup nor mention the room.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		`{"msgtype":"m.text","body":"!ospo help"}`,
		`{"msgtype":"m.text","body":"> <@a:b> x\n\n@ospobot:example.org: status","m.mentions":{"user_ids":["@ospobot:example.org"]}}`,
		`{"msgtype":"m.file","body":"LICENSE","url":"mxc://example.org/abc","info":{"size":12}}`,
		`{"msgtype":"m.file","body":"x","file":{"url":"mxc://a/b","v":"v2","key":{},"iv":"","hashes":{}}}`,
		`{"m.relates_to":{"rel_type":"m.annotation","event_id":"$e","key":"✅"}}`,
		`{"org.ospobot.buttons":{"✅":{"action":"approval.approve","value":"1"}}}`,
	} {
		f.Add([]byte(seed), true)
	}
	f.Fuzz(func(t *testing.T, raw []byte, direct bool) {
		var content event.Content
		if json.Unmarshal(raw, &content) != nil {
			return
		}
		msg := content
		if msg.ParseRaw(event.EventMessage) == nil {
			c := msg.AsMessage()
			if text, ok := commandText(me, c, direct); ok && strings.HasPrefix(strings.ToLower(strings.TrimSpace(c.Body)), Prefix+" ") && strings.HasPrefix(strings.ToLower(text), Prefix+" ") {
				t.Errorf("prefix kept: %q", text)
			}
			uploadOf(c)
			threadOf(c.RelatesTo)
			out := render(bot.Reply{Text: c.Body, Blocks: []bot.Block{bot.Fields(bot.Field{Label: c.FileName, Value: c.Body})}}, "")
			if strings.ContainsAny(stripTags(out.Content.FormattedBody), "<>") {
				t.Errorf("markup from user text: %q", out.Content.FormattedBody)
			}
			if strings.Contains(strings.ToLower(out.Content.Body), "@room") || out.Content.Mentions == nil || out.Content.Mentions.Room {
				t.Errorf("room mention from user text: %q", out.Content.Body)
			}
		}
		react := content
		react.Parsed = nil
		if react.ParseRaw(event.EventReaction) == nil {
			reactionOf(react.AsReaction())
		}
		buttonsOf(content.Raw)
		relationOf(content.Raw)
	})
}

// stripTags removes the tags render itself writes, leaving what came from the text.
func stripTags(s string) string {
	for _, tag := range []string{"<p>", "</p>", "<br>", "<code>", "</code>", "<ul>", "</ul>", "<li>", "</li>", "<strong>", "</strong>", "<em>", "</em>"} {
		s = strings.ReplaceAll(s, tag, "")
	}
	return s
}
