package slack

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/ospobot/ospobot/bot"
)

// Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks).
const (
	maxMessageBlocks = 50   // blocks in one message
	maxViewBlocks    = 100  // blocks in a modal or the App Home tab
	maxSectionText   = 3000 // characters of a section's (or context element's) text
	maxFieldText     = 2000 // characters of one field of a section
	maxFields        = 10   // fields in one section
	maxActions       = 25   // elements in one actions block
	maxButtonText    = 75   // characters of a button's label
	maxButtonValue   = 2000 // characters of a button's value
	maxActionID      = 255  // characters of an action_id or block_id
	maxFallbackText  = 3000 // characters of a message's notification text; Slack truncates at 40,000
	maxTitle         = 24   // characters of a modal's title and buttons
	maxOptions       = 100  // options of a static select
	maxOptionText    = 75   // characters of an option's label
	maxOptionValue   = 150  // characters of an option's value
	maxMetadata      = 3000 // characters of a view's private_metadata
)

// moreAction is the action_id of the button a message gets when it is cut at Slack's
// block limit. The adapter answers it itself, with the next part.
const moreAction = "ospobot.more"

// escape makes text safe for mrkdwn: Slack reads <…> as links and mentions (<!channel>,
// <@U…>), so &, < and > are written as entities. Every text the bot sends goes through
// here, because any of it may hold words from a user or a file (a licence name in an SBOM).
func escape(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mentionPrefix turns the addressee the engine puts before a message ("slack:U024BE7LH:
// your request is approved") into a Slack mention, so that the person is notified. Only
// the prefix is converted: a user ID inside the text stays text.
func mentionPrefix(escaped string) string {
	rest, ok := strings.CutPrefix(escaped, string(bot.Slack)+":")
	if !ok {
		return escaped
	}
	id, after, ok := strings.Cut(rest, ":")
	if !ok || !isSlackID(id, 'U', 'W') {
		return escaped
	}
	return "<@" + id + ">:" + after
}

// isSlackID tells whether s looks like a Slack ID starting with one of prefixes: an
// upper-case letter and upper-case letters and digits.
func isSlackID(s string, prefixes ...byte) bool {
	if len(s) < 2 || len(s) > 32 {
		return false
	}
	ok := false
	for _, p := range prefixes {
		ok = ok || s[0] == p
	}
	if !ok {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// cut shortens s to at most n characters (runes, as Slack counts), ending with "…".
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// chunks splits escaped text into parts of at most n characters, at a line break where
// it can, else at a space, else anywhere outside an entity (&amp;), so that no part is
// cut by Slack and no entity is broken in two.
func chunks(s string, n int) []string {
	var out []string
	for utf8.RuneCountInString(s) > n {
		head := s[:runeOffset(s, n)]
		at := strings.LastIndex(head, "\n")
		if at < len(head)/2 {
			if sp := strings.LastIndex(head, " "); sp > at {
				at = sp
			}
		}
		if at <= 0 {
			at = len(head)
			if amp := strings.LastIndex(head, "&"); amp > 0 && !strings.Contains(head[amp:], ";") {
				at = amp // an entity would be cut: end before it
			}
		}
		out = append(out, head[:at])
		s = strings.TrimLeft(s[at:], "\n ")
	}
	if s != "" || len(out) == 0 {
		out = append(out, s)
	}
	return out
}

// runeOffset is the byte offset of the n-th rune of s (len(s) if it has fewer).
func runeOffset(s string, n int) int {
	i := 0
	for off := range s {
		if i == n {
			return off
		}
		i++
	}
	return len(s)
}

func mrkdwn(text string) *slack.TextBlockObject {
	// verbatim: Slack leaves the text as written (no automatic mentions or links).
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, true)
}

func plain(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, text, false, false)
}

// rendered is a reply as Slack blocks: the notification text and the blocks, of which
// only the first limit are shown at once.
type rendered struct {
	text   string
	blocks []slack.Block
}

// renderReply turns r into Block Kit. The text comes first as a section, then each
// block: sections and context split at Slack's text limit, fields ten to a section,
// buttons 25 to an actions block with their Key as action_id.
func renderReply(r bot.Reply) rendered {
	if needsKeys(r) {
		r = r.KeyButtons()
	}
	out := rendered{text: cut(mentionPrefix(escape(r.Text)), maxFallbackText)}
	if strings.TrimSpace(r.Text) != "" {
		for _, c := range chunks(mentionPrefix(escape(r.Text)), maxSectionText) {
			out.blocks = append(out.blocks, slack.NewSectionBlock(mrkdwn(c), nil, nil))
		}
	}
	for _, b := range r.Blocks {
		switch b.Kind {
		case bot.SectionBlock:
			if strings.TrimSpace(b.Text) == "" {
				continue
			}
			for _, c := range chunks(escape(b.Text), maxSectionText) {
				out.blocks = append(out.blocks, slack.NewSectionBlock(mrkdwn(c), nil, nil))
			}
		case bot.ContextBlock:
			if strings.TrimSpace(b.Text) == "" {
				continue
			}
			for _, c := range chunks(escape(b.Text), maxSectionText) {
				out.blocks = append(out.blocks, slack.NewContextBlock("", mrkdwn(c)))
			}
		case bot.FieldsBlock:
			var fields []*slack.TextBlockObject
			for _, f := range b.Fields {
				label := "*" + escape(strings.ReplaceAll(f.Label, "*", "")) + "*\n"
				fields = append(fields, mrkdwn(label+cut(escape(f.Value), maxFieldText-utf8.RuneCountInString(label))))
				if len(fields) == maxFields {
					out.blocks = append(out.blocks, slack.NewSectionBlock(nil, fields, nil))
					fields = nil
				}
			}
			if len(fields) > 0 {
				out.blocks = append(out.blocks, slack.NewSectionBlock(nil, fields, nil))
			}
		case bot.ButtonsBlock:
			var els []slack.BlockElement
			for _, btn := range b.Buttons {
				els = append(els, button(btn))
				if len(els) == maxActions {
					out.blocks = append(out.blocks, slack.NewActionBlock("", els...))
					els = nil
				}
			}
			if len(els) > 0 {
				out.blocks = append(out.blocks, slack.NewActionBlock("", els...))
			}
		}
	}
	return out
}

// needsKeys tells whether some button lacks its Key (a reply made without KeyButtons).
func needsKeys(r bot.Reply) bool {
	for _, b := range r.Buttons() {
		if b.Key == "" {
			return true
		}
	}
	return false
}

func button(btn bot.Button) *slack.ButtonBlockElement {
	e := slack.NewButtonBlockElement(cut(btn.Key, maxActionID), cut(btn.Value, maxButtonValue), plain(cut(btn.Label, maxButtonText)))
	switch btn.Style {
	case bot.Primary:
		e.Style = slack.StylePrimary
	case bot.Danger:
		e.Style = slack.StyleDanger
	}
	return e
}

// page splits blocks at limit: the first part, with a "more" button (action moreAction,
// value key) when something is left, and the rest.
func page(blocks []slack.Block, limit int, key string) (first, rest []slack.Block) {
	if len(blocks) <= limit {
		return blocks, nil
	}
	first = append(first, blocks[:limit-1]...)
	more := slack.NewButtonBlockElement(moreAction, key, plain("More"))
	first = append(first, slack.NewActionBlock("", more))
	return first, blocks[limit-1:]
}

// formMeta is what a modal carries in its private_metadata, to make the submission an
// event: which form, its state, and the conversation it was opened from.
type formMeta struct {
	ID      string `json:"id"`
	State   string `json:"state,omitempty"`
	Channel string `json:"c,omitempty"`
	Thread  string `json:"t,omitempty"`
}

// formCallback is the callback_id of every modal the bot opens.
const formCallback = "ospobot.form"

// formInput is the action_id of a form field's element; its block_id is the field name.
const formInput = "value"

// renderForm turns f into a modal.
func renderForm(f bot.Form, meta formMeta) (slack.ModalViewRequest, error) {
	md, err := json.Marshal(meta)
	if err != nil {
		return slack.ModalViewRequest{}, fmt.Errorf("encode form metadata: %w", err)
	}
	if len(md) > maxMetadata {
		return slack.ModalViewRequest{}, fmt.Errorf("form %s: its state is %d characters; Slack keeps %d", f.ID, len(md), maxMetadata)
	}
	if len(f.Fields)+1 > maxViewBlocks {
		return slack.ModalViewRequest{}, fmt.Errorf("form %s has %d fields; a modal holds %d", f.ID, len(f.Fields), maxViewBlocks-1)
	}
	submit := f.Submit
	if submit == "" {
		submit = "Submit"
	}
	title := f.Title
	if strings.TrimSpace(title) == "" {
		title = "ospobot"
	}
	v := slack.ModalViewRequest{
		Type:            slack.VTModal,
		Title:           plain(cut(title, maxTitle)),
		Submit:          plain(cut(submit, maxTitle)),
		Close:           plain("Cancel"),
		CallbackID:      formCallback,
		PrivateMetadata: string(md),
	}
	for _, fl := range f.Fields {
		if fl.Name == "" || len(fl.Name) > maxActionID {
			return slack.ModalViewRequest{}, fmt.Errorf("form %s: field name %q is empty or too long", f.ID, cut(fl.Name, 40))
		}
		var el slack.BlockElement
		if len(fl.Choices) > 0 {
			var opts []*slack.OptionBlockObject
			var initial *slack.OptionBlockObject
			for _, c := range fl.Choices {
				if len(opts) == maxOptions {
					break
				}
				o := slack.NewOptionBlockObject(cut(c, maxOptionValue), plain(cut(c, maxOptionText)), nil)
				opts = append(opts, o)
				if c == fl.Value {
					initial = o
				}
			}
			sel := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, plain("Choose"), formInput, opts...)
			sel.InitialOption = initial
			el = sel
		} else {
			in := slack.NewPlainTextInputBlockElement(nil, formInput)
			in.Multiline = fl.Multiline
			in.InitialValue = fl.Value
			el = in
		}
		label := fl.Label
		if strings.TrimSpace(label) == "" {
			label = fl.Name
		}
		var hint *slack.TextBlockObject
		if fl.Hint != "" {
			hint = plain(cut(fl.Hint, maxFieldText))
		}
		ib := slack.NewInputBlock(fl.Name, plain(cut(label, maxFieldText)), hint, el)
		ib.Optional = !fl.Required
		v.Blocks.BlockSet = append(v.Blocks.BlockSet, ib)
	}
	return v, nil
}

// renderHome turns r into the App Home tab, within a view's block limit; what is left
// over is named in a last context block (a view has no thread for a "more" answer).
func renderHome(r bot.Reply) slack.HomeTabViewRequest {
	rr := renderReply(r)
	blocks := rr.blocks
	if len(blocks) > maxViewBlocks {
		blocks = append(blocks[:maxViewBlocks-1:maxViewBlocks-1],
			slack.NewContextBlock("", mrkdwn(fmt.Sprintf("%d more parts are not shown here; ask me in a direct message.", len(rr.blocks)-maxViewBlocks+1))))
	}
	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}}
}
