package matrix

import (
	"html"
	"strings"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/bot"
)

// maxText bounds the text of one message: Matrix events are at most 64 KiB, and the
// HTML and plain forms both go in the one event.
const maxText = 24000

// reactionFor gives the common decisions their usual emoji.
var reactionFor = map[string]string{
	"approve": "✅",
	"reject":  "❌",
	"changes": "📝",
}

var keycaps = []string{"1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"}

// choice is a button as Matrix shows it: a reaction (where it has one) and the command
// to type.
type choice struct {
	Emoji  string
	Button bot.Button
}

// choices assigns reactions to a reply's buttons: ✅ ❌ 📝 to the buttons whose action
// ends in approve, reject or changes, and keycap digits to the others in order, while
// they last. A reaction is used once per message.
func choices(r bot.Reply) []choice {
	var out []choice
	used := map[string]bool{}
	next := 0
	for _, b := range r.Buttons() {
		emoji := ""
		action := string(b.Action)
		if i := strings.LastIndexByte(action, '.'); i >= 0 {
			action = action[i+1:]
		}
		if e, ok := reactionFor[action]; ok && !used[e] {
			emoji = e
		} else if next < len(keycaps) {
			emoji = keycaps[next]
			next++
		}
		used[emoji] = true
		out = append(out, choice{Emoji: emoji, Button: b})
	}
	return out
}

// rendered is a reply as one m.room.message content.
type rendered struct {
	Content event.MessageEventContent
	Buttons map[string]reactionButton // by normalised emoji
	React   []string                  // the reactions to put on the message, in order
}

// raw is the content as sent: mautrix's typed content with the reaction map beside it.
func (r rendered) raw() *event.Content {
	c := &event.Content{Parsed: &r.Content}
	if len(r.Buttons) > 0 {
		c.Raw = map[string]any{buttonsKey: r.Buttons}
	}
	return c
}

// render turns a reply into a message: HTML (org.matrix.custom.html) with a plain-text
// body of the same words. Everything in the reply is escaped, since texts quote users
// and files; `code` spans are the only markup kept. Nobody is pinged but the
// addressee, if any: m.mentions says so explicitly, and "@room" is broken up so that
// no client takes it for a room mention.
func render(r bot.Reply, addressee bot.UserID) rendered {
	// Matrix refuses events over 64 KiB, and JSON escapes <, > and & six-fold: render
	// with a smaller budget until the event fits.
	var out rendered
	for budget := maxText; ; budget /= 2 {
		out = renderWithin(r, addressee, budget)
		data, err := out.raw().MarshalJSON()
		if err != nil || len(data) <= maxEvent || budget < 500 {
			return out
		}
	}
}

// maxEvent is the largest message content sent, below Matrix's 64 KiB for the event.
const maxEvent = 60000

// cutNote ends a reply that was too long for one message.
const cutNote = "… (cut: the rest is too long for one Matrix message)"

func renderWithin(r bot.Reply, addressee bot.UserID, budget int) rendered {
	var plain, rich strings.Builder
	cut := false
	full := func() bool {
		if !cut && (plain.Len() > budget || rich.Len() > budget) {
			cut = true
			plain.WriteString("\n\n" + cutNote)
			rich.WriteString("<p><em>" + cutNote + "</em></p>")
		}
		return cut
	}
	para := func(text string) {
		text = strings.TrimSpace(text)
		if text == "" || full() {
			return
		}
		if r := []rune(text); len(r) > budget/2 {
			text = string(r[:budget/2]) + "…"
		}
		if plain.Len() > 0 {
			plain.WriteString("\n\n")
		}
		plain.WriteString(defuse(text))
		rich.WriteString("<p>" + toHTML(text) + "</p>")
	}
	para(multiline(r.Text))
	out := rendered{}
	for _, b := range r.Blocks {
		switch b.Kind {
		case bot.SectionBlock:
			para(multiline(b.Text))
		case bot.ContextBlock:
			text := strings.TrimSpace(multiline(b.Text))
			if text == "" || full() {
				continue
			}
			plain.WriteString("\n\n" + defuse(text))
			rich.WriteString("<p><em>" + toHTML(text) + "</em></p>")
		case bot.FieldsBlock:
			if len(b.Fields) == 0 || full() {
				continue
			}
			plain.WriteString("\n")
			rich.WriteString("<ul>")
			for _, f := range b.Fields {
				if plain.Len() > budget || rich.Len() > budget {
					break
				}
				value := flat(f.Value, maxFieldValue)
				plain.WriteString("\n• " + defuse(oneLine(f.Label)) + ": " + defuse(value))
				rich.WriteString("<li><strong>" + toHTML(oneLine(f.Label)) + "</strong>: " + toHTML(value) + "</li>")
			}
			rich.WriteString("</ul>")
		}
	}
	full()
	if cs := choices(r); len(cs) > 0 {
		out.Buttons = map[string]reactionButton{}
		plain.WriteString("\n\n")
		rich.WriteString("<p>")
		for i, c := range cs {
			if i > 0 {
				plain.WriteString("\n")
				rich.WriteString("<br>")
			}
			label := oneLine(c.Button.Label)
			var p, h string
			if c.Emoji != "" {
				p, h = c.Emoji+" ", html.EscapeString(c.Emoji)+" "
				out.Buttons[normalizeEmoji(c.Emoji)] = reactionButton{Action: string(c.Button.Action), Value: c.Button.Value}
				out.React = append(out.React, c.Emoji)
			}
			p += defuse(label)
			h += "<strong>" + escape(label) + "</strong>"
			if cmd := oneLine(c.Button.Command); cmd != "" {
				p += " — type: " + defuse(cmd)
				h += " — type <code>" + escape(cmd) + "</code>"
			}
			plain.WriteString(p)
			rich.WriteString(h)
		}
		hint := "React with the emoji to choose."
		if len(out.React) == 0 {
			hint = "Type the command to choose."
		}
		plain.WriteString("\n" + hint)
		rich.WriteString("<br><em>" + hint + "</em></p>")
	}
	out.Content = event.MessageEventContent{
		MsgType:       event.MsgText,
		Body:          plain.String(),
		Format:        event.FormatHTML,
		FormattedBody: rich.String(),
		Mentions:      &event.Mentions{},
	}
	if u, ok := matrixUser(addressee); ok {
		out.Content.Mentions.UserIDs = []id.UserID{u}
	}
	return out
}

// toHTML escapes text and keeps its `code` spans and line breaks.
func toHTML(text string) string {
	parts := strings.Split(text, "`")
	var b strings.Builder
	for i, p := range parts {
		code := i%2 == 1 && i < len(parts)-1 // an unmatched backtick stays a backtick
		switch {
		case code:
			b.WriteString("<code>" + escape(p) + "</code>")
		case i%2 == 1:
			b.WriteString("`" + escape(p))
		default:
			b.WriteString(escape(p))
		}
	}
	return strings.ReplaceAll(b.String(), "\n", "<br>")
}

// escape makes text safe in HTML and unable to mention the whole room.
func escape(s string) string { return html.EscapeString(defuse(s)) }

// defuse breaks "@room" with a word joiner, invisible to readers, so that no client
// notifies the whole room for a quoted user text.
func defuse(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] == '@' && i+5 <= len(s) && strings.EqualFold(s[i+1:i+5], "room") {
			b.WriteString("\u2060")
		}
	}
	return b.String()
}

// multiline keeps line breaks but drops other control characters.
func multiline(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = bot.Printable(l, maxText)
	}
	return strings.Join(lines, "\n")
}

// oneLine is a label or a button's words on one line, cut at 500 characters.
func oneLine(s string) string { return flat(s, 500) }

// flat is s on one line, printable, cut at max characters.
func flat(s string, max int) string { return bot.Printable(strings.ReplaceAll(s, "\n", " "), max) }

// maxFieldValue is the longest a field's value is shown, in characters: an answer's
// paragraphs of a few hundred words go whole, as on Slack; the event's own limit
// (maxEvent) still cuts a reply of many such fields.
const maxFieldValue = 2000

// matrixUser reads a platform-qualified user ID ("matrix:@ana:example.org").
func matrixUser(u bot.UserID) (id.UserID, bool) {
	rest, ok := strings.CutPrefix(string(u), string(bot.Matrix)+":")
	if !ok || !strings.HasPrefix(rest, "@") || !strings.Contains(rest, ":") {
		return "", false
	}
	return id.UserID(rest), true
}

// userOf qualifies a Matrix user ID for the core.
func userOf(u id.UserID) bot.UserID { return bot.UserID(string(bot.Matrix) + ":" + string(u)) }

// refOf is the MessageRef of a message: its room and event, since an edit needs both and
// the core may know the message only by its reference.
func refOf(room id.RoomID, ev id.EventID) bot.MessageRef {
	return bot.MessageRef(string(room) + "|" + string(ev))
}

// parseRef reads a MessageRef made by refOf. Event IDs never contain "|".
func parseRef(ref bot.MessageRef) (id.RoomID, id.EventID, bool) {
	s := string(ref)
	i := strings.LastIndexByte(s, '|')
	if i <= 0 || i == len(s)-1 {
		return "", "", false
	}
	return id.RoomID(s[:i]), id.EventID(s[i+1:]), true
}
