package workflows

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// prompt is a question the bot asked one person in one conversation and waits for: a
// reason for a rejection, the kind of request to open, or the next field of a guided
// request form. Their next plain message answers it; "cancel" drops it.
type prompt struct {
	Kind     string            `json:"kind"` // "reason", "kind" or "form"
	Request  RequestID         `json:"request,omitempty"`
	Stage    int               `json:"stage,omitempty"`
	Decision string            `json:"decision,omitempty"`
	Form     string            `json:"form,omitempty"` // request kind
	Fields   map[string]string `json:"fields,omitempty"`
	Field    string            `json:"field,omitempty"` // the one asked for now
	Skipped  []string          `json:"skipped,omitempty"`
	Asked    time.Time         `json:"asked,omitzero"` // when the question was last asked
}

// promptTTL is how long a question waits for its answer. An older one is forgotten, so
// that a form abandoned yesterday does not swallow today's messages.
const promptTTL = 24 * time.Hour

// expired tells whether p has waited longer than promptTTL at now. (Questions stored
// before they carried a time do not expire.)
func (p *prompt) expired(now time.Time) bool {
	return !p.Asked.IsZero() && now.Sub(p.Asked) > promptTTL
}

func promptKey(ev bot.Event) []byte {
	return []byte(string(ev.Platform) + "/" + string(ev.Conversation.ID) + "/" + string(ev.User.ID))
}

func (w *work) getPrompt() (*prompt, error) {
	data, err := w.tx.Get(bucketPrompts, promptKey(w.call.Event))
	if err != nil || data == nil {
		return nil, err
	}
	var p prompt
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("decode prompt: %w", err)
	}
	if p.expired(w.now) {
		return nil, nil
	}
	return &p, nil
}

func (w *work) putPrompt(p *prompt) error {
	p.Asked = w.now
	data, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode prompt: %w", err)
	}
	return w.tx.Put(bucketPrompts, promptKey(w.call.Event), data)
}

func (w *work) dropPrompt() error { return w.tx.Delete(bucketPrompts, promptKey(w.call.Event)) }

// HasPrompt tells the router whether the speaker owes the bot an answer here, so that
// their next plain message goes to "answer".
func (e *Engine) HasPrompt(_ context.Context, ev bot.Event) bool {
	found := false
	_ = e.store.View(func(tx *Tx) error {
		w := &work{tx: tx, now: e.now(), e: e, call: bot.Call{Event: ev}}
		p, err := w.getPrompt()
		found = err == nil && p != nil
		return nil
	})
	return found
}

func runAnswer(w *work) error {
	p, err := w.getPrompt()
	if err != nil {
		return err
	}
	text := strings.TrimSpace(w.call.Rest)
	if p == nil {
		return Errorf("I have not asked you anything here.")
	}
	if cmd := w.commandWord(text); cmd != "" {
		// Most likely a command typed while a question waited: taking it as the answer
		// would record it (as the reason for a rejection, say).
		what, noun := "the answer to my question", "the answer"
		switch p.Kind {
		case "reason":
			what, noun = "the reason for your decision on "+w.rid(p.Request), "the reason"
		case "kind":
			what = "the kind of request to make"
		case "form":
			if k, ok := w.e.approvals.kind(p.Form); ok {
				if i := slices.IndexFunc(k.Fields, func(f config.Field) bool { return f.Name == p.Field }); i >= 0 {
					what = fmt.Sprintf("your answer to “%s — %s?”", k.Title, k.Fields[i].Label)
				}
			}
		}
		return Errorf("I am waiting for %s, and that looks like the command `%s`. Reply with %s (start with `answer` if it begins with that word), or `cancel` first to use the command.", what, cmd, noun)
	}
	switch p.Kind {
	case "reason":
		if text == "" {
			return Errorf("Please give the reason, or `cancel`.")
		}
		if err := w.dropPrompt(); err != nil {
			return err
		}
		if _, _, err := w.decidable(p.Request, p.Stage); errors.Is(err, ErrAlreadyDecided) {
			// Decided meanwhile (by someone else, or by this person's own click): the
			// question is moot, and is dropped rather than asked again and again.
			msg, _ := userMessage(err)
			return w.reply(bot.Reply{Text: msg + " I no longer wait for your reason.", Private: true})
		}
		return w.decide(p.Request, p.Stage, p.Decision, text)
	case "kind":
		kind, ok := w.e.approvals.kind(text)
		if !ok {
			return Errorf("I know no request kind %q; pick one of %s, or `cancel`.", bot.Printable(text, 40), w.e.approvals.kindNames())
		}
		return w.startForm(kind, map[string]string{})
	case "form":
		return w.formAnswer(p, text)
	}
	return w.dropPrompt()
}

// commandWord is the command that an answer reads as: a command word (as the router
// found it) alone (`mine`), or followed by a request ID (`approve OSPO-3`), by
// field=value, or by a request kind (`request release project=…`). Free text that
// merely begins with such a word ("changes are needed in the docs") is an answer, and
// so is anything given with `answer` explicitly.
func (w *work) commandWord(text string) string {
	words := strings.Fields(text)
	if w.call.Instead == "" || len(words) == 0 {
		return ""
	}
	if len(words) == 1 {
		return w.call.Instead
	}
	_, isID := ParseRequestID(words[1], w.e.approvals.cfg.IDPrefix)
	_, isKind := w.e.approvals.kind(words[1])
	isKind = isKind && (len(words) == 2 || strings.Contains(words[2], "="))
	if isID || isKind || strings.Contains(words[1], "=") {
		return w.call.Instead
	}
	return ""
}

func runCancel(w *work) error {
	p, err := w.getPrompt()
	if err != nil {
		return err
	}
	if p == nil {
		return Errorf("There is nothing to cancel.")
	}
	if err := w.dropPrompt(); err != nil {
		return err
	}
	what := "the request form"
	if p.Kind == "reason" {
		what = "the decision on " + w.rid(p.Request)
	}
	return w.reply(bot.Reply{Text: "Cancelled " + what + "; nothing was recorded.", Private: true})
}

// promptInProgress refuses to ask a new question while another one waits for this
// person here (they clicked an older button, say): asking would silently drop the
// answers given so far. Only the question of which kind to request gives way.
func (w *work) promptInProgress() error {
	p, err := w.getPrompt()
	if err != nil || p == nil {
		return err
	}
	switch p.Kind {
	case "reason":
		return Errorf("I am still waiting for the reason for your decision on %s; give it, or `cancel` it first.", w.rid(p.Request))
	case "form":
		title := p.Form
		if k, ok := w.e.approvals.kind(p.Form); ok {
			title = k.Title
		}
		return Errorf("Your %s form is still open; answer its last question, or `cancel` it first.", title)
	}
	return nil
}

// startForm asks for the missing fields of a request one by one.
func (w *work) startForm(kind config.Kind, fields map[string]string) error {
	if err := w.promptInProgress(); err != nil {
		return err
	}
	p := &prompt{Kind: "form", Form: kind.Name, Fields: fields}
	return w.askNext(p, kind)
}

func (w *work) askNext(p *prompt, kind config.Kind) error {
	for _, f := range kind.Fields {
		if _, done := p.Fields[f.Name]; done || slices.Contains(p.Skipped, f.Name) {
			continue
		}
		p.Field = f.Name
		if err := w.putPrompt(p); err != nil {
			return err
		}
		text := fmt.Sprintf("%s — %s?", kind.Title, f.Label)
		var buttons []bot.Button
		for _, c := range f.Choices {
			buttons = append(buttons, bot.Button{Label: c, Action: actionFormSet, Value: f.Name + "\t" + c})
		}
		hint := "Reply with the answer, or `cancel`."
		if !f.Required {
			buttons = append(buttons, bot.Button{Label: "Skip", Action: actionFormSkip, Value: f.Name})
			hint = "Reply with the answer, `skip`, or `cancel`."
		}
		r := bot.Reply{Text: text, Blocks: []bot.Block{bot.Context(hint)}, Private: true}
		if len(buttons) > 0 {
			r.Blocks = append(r.Blocks, bot.Buttons(buttons...))
		}
		return w.reply(r)
	}
	if err := w.dropPrompt(); err != nil {
		return err
	}
	return w.submit(kind, p.Fields)
}

func (w *work) formAnswer(p *prompt, text string) error {
	kind, ok := w.e.approvals.kind(p.Form)
	if !ok {
		return w.dropPrompt()
	}
	i := slices.IndexFunc(kind.Fields, func(f config.Field) bool { return f.Name == p.Field })
	if i < 0 {
		return w.dropPrompt()
	}
	f := kind.Fields[i]
	skip := strings.EqualFold(text, "skip")
	if skip && !f.Required {
		p.Skipped = append(p.Skipped, f.Name)
		return w.askNext(p, kind)
	}
	if text == "" || skip {
		return Errorf("%s is required; reply with it, or `cancel`.", f.Label)
	}
	text = canonical(f, text)
	if err := validateField(f, text); err != nil {
		return err // the prompt stays; the next answer tries again
	}
	if p.Fields == nil {
		p.Fields = map[string]string{}
	}
	p.Fields[f.Name] = text
	return w.askNext(p, kind)
}

func runFormSet(w *work) error {
	p, err := w.getPrompt()
	if err != nil {
		return err
	}
	field, value, _ := strings.Cut(w.call.Event.Action.Value, "\t")
	if err := formButtonOpen(p, field); err != nil {
		return err
	}
	return w.formAnswer(p, value)
}

func runFormSkip(w *work) error {
	p, err := w.getPrompt()
	if err != nil {
		return err
	}
	if err := formButtonOpen(p, w.call.Event.Action.Value); err != nil {
		return err
	}
	return w.formAnswer(p, "skip")
}

// formButtonOpen checks that a form button answers the question the clicker's open
// form asks now. A form's buttons are its owner's: anyone else has no form open.
func formButtonOpen(p *prompt, field string) error {
	if p == nil || p.Kind != "form" {
		return Errorf("You have no request form open here (a form's buttons answer only the person filling it in); start one with `request`.")
	}
	if p.Field != field {
		return Errorf("That button is for an earlier question of your form; answer the one I asked last, or `cancel`.")
	}
	return nil
}

// runExceptionButton opens a licence-exception request from a "needs approval" verdict.
func runExceptionButton(w *work) error {
	expr, use, _ := strings.Cut(w.call.Event.Action.Value, "\t")
	kind, ok := w.e.approvals.kind("exception")
	if !ok {
		return Errorf("Licence exception requests are not configured here.")
	}
	fields := map[string]string{}
	for _, f := range kind.Fields {
		switch f.Type {
		case "license":
			fields[f.Name] = expr
		case "choice":
			if slices.Contains(f.Choices, use) {
				fields[f.Name] = use
			}
		}
	}
	return w.startForm(kind, fields)
}
