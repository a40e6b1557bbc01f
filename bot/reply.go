package bot

import (
	"strconv"
	"strings"

	"github.com/ospobot/ospobot/internal/text"
)

// Reply is what the bot says: a short text, which every platform shows (and uses for
// notifications), and optional blocks that richer platforms render (Block Kit on Slack,
// HTML on Matrix, indented text in the shell).
//
// Replies are stored in the outbox as JSON, so field names are part of the store format.
type Reply struct {
	Text    string  `json:"text"`
	Blocks  []Block `json:"blocks,omitempty"`
	Private bool    `json:"private,omitempty"` // only the addressed user sees it (Slack ephemeral); a DM where the platform has none
	// Files go with the message (a notices file, an audit export).
	Files []Attachment `json:"files,omitempty"`
	// Form is opened in answer to the click in Destination.Trigger, where the platform
	// has forms.
	Form *Form `json:"form,omitempty"`
}

// Attachment is a file a reply carries.
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"content_type,omitempty"` // "text/plain; charset=utf-8" when empty
	Data        []byte `json:"data"`
	// Fallback says where else to get the file, for platforms that take no files: it is
	// shown instead ("`ospobot audit export` writes it on the server.").
	Fallback string `json:"fallback,omitempty"`
}

// BlockKind tells how to render a Block.
type BlockKind string

// The kinds of block.
const (
	SectionBlock BlockKind = "section" // a paragraph; may hold `code` spans
	FieldsBlock  BlockKind = "fields"  // label/value pairs
	ButtonsBlock BlockKind = "buttons" // a row of buttons
	ContextBlock BlockKind = "context" // small print: sources, hints
)

// Block is one part of a reply. One struct for every kind keeps the stored form simple.
type Block struct {
	Kind    BlockKind `json:"kind"`
	Text    string    `json:"text,omitempty"`
	Fields  []Field   `json:"fields,omitempty"`
	Buttons []Button  `json:"buttons,omitempty"`
}

// Field is a label and its value.
type Field struct {
	Label string `json:"label"`
	Value string `json:"value"`
}

// ButtonStyle hints at a button's weight.
type ButtonStyle string

// Button styles; the default is plain.
const (
	Primary ButtonStyle = "primary"
	Danger  ButtonStyle = "danger"
)

// Button is a choice the user can click. Clicking it sends an Action with Action and
// Value. Command is what a person could type instead ("approve OSPO-42", "use saas"), for
// platforms without buttons. Key is unique within its message (see Reply.KeyButtons):
// platforms that need unique action IDs (Slack) use it, and ActionOfKey reads the Action
// back from it.
type Button struct {
	Label   string      `json:"label"`
	Action  ActionID    `json:"action"`
	Value   string      `json:"value,omitempty"`
	Style   ButtonStyle `json:"style,omitempty"`
	Command string      `json:"command,omitempty"`
	Key     string      `json:"key,omitempty"`
}

// KeyButtons gives every button a Key unique within the reply: its Action, then "#" and
// its position when the same Action appears more than once.
func (r Reply) KeyButtons() Reply {
	seen := map[ActionID]int{}
	for _, b := range r.Blocks {
		for _, btn := range b.Buttons {
			seen[btn.Action]++
		}
	}
	blocks := make([]Block, len(r.Blocks))
	n := 0
	for i, b := range r.Blocks {
		blocks[i] = b
		if len(b.Buttons) == 0 {
			continue
		}
		blocks[i].Buttons = make([]Button, len(b.Buttons))
		for j, btn := range b.Buttons {
			n++
			btn.Key = string(btn.Action)
			if seen[btn.Action] > 1 {
				btn.Key += "#" + strconv.Itoa(n)
			}
			blocks[i].Buttons[j] = btn
		}
	}
	r.Blocks = blocks
	return r
}

// ActionOfKey is the Action of a button from its Key.
func ActionOfKey(key string) ActionID {
	a, _, _ := strings.Cut(key, "#")
	return ActionID(a)
}

// Section returns a section block.
func Section(text string) Block { return Block{Kind: SectionBlock, Text: text} }

// Context returns a context block.
func Context(text string) Block { return Block{Kind: ContextBlock, Text: text} }

// Fields returns a fields block.
func Fields(f ...Field) Block { return Block{Kind: FieldsBlock, Fields: f} }

// Buttons returns a row of buttons.
func Buttons(b ...Button) Block { return Block{Kind: ButtonsBlock, Buttons: b} }

// Text is a reply with text only.
func Text(text string) Reply { return Reply{Text: text} }

// JoinAnd lists items as a sentence does: "A", "A and B", "A, B and C".
func JoinAnd(items []string) string { return text.JoinAnd(items) }

// JoinOr lists alternatives as a sentence does: "A, B or C".
func JoinOr(items []string) string { return text.JoinOr(items) }

// Buttons lists every button in the reply, in order.
func (r Reply) Buttons() []Button {
	var out []Button
	for _, b := range r.Blocks {
		out = append(out, b.Buttons...)
	}
	return out
}
