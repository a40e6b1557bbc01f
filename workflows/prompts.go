package workflows

import (
	"bytes"
	"context"
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
	V        int               `json:"v"`
	Kind     string            `json:"kind"` // "reason", "kind", "form" or "ack"
	Request  RequestID         `json:"request,omitempty"`
	Stage    int               `json:"stage,omitempty"`
	Decision DecisionKind      `json:"decision,omitempty"`
	Form     string            `json:"form,omitempty"` // request kind
	Fields   map[string]string `json:"fields,omitempty"`
	Field    string            `json:"field,omitempty"` // the one asked for now
	Skipped  []string          `json:"skipped,omitempty"`
	Asked    time.Time         `json:"asked,omitzero"` // when the question was last asked
	// Repo and Check name the health finding an "ack" question is about.
	Repo  string `json:"repo,omitempty"`
	Check string `json:"check,omitempty"`
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

// promptLink leads a person's direct conversation with the bot to the question last
// asked of them in a shared one, on a platform without private messages: there the
// question itself arrives in the direct conversation (see Dispatcher.shape), so that is
// where they answer it.
type promptLink struct {
	V  int    `json:"v"`
	At []byte `json:"at"` // the question's own key (promptKey)
}

// directKey is where a person's promptLink is kept. (Links were kept among the prompts
// until schema 12, and the NUL, which cannot begin a conversation ID, made the key no
// conversation's.)
func directKey(ev bot.Event) []byte {
	return []byte(string(ev.Platform) + "/\x00direct/" + string(ev.User.ID))
}

// asksDirectly tells whether a private question asked in ev's conversation reaches its
// person in their direct conversation instead: a shared conversation on a platform
// whose adapter has no private ("only you") messages.
func (w *work) asksDirectly(ev bot.Event) bool {
	if ev.Conversation.Direct {
		return false
	}
	a, ok := w.e.out.adapters[ev.Platform]
	return ok && !a.Capabilities().Ephemeral
}

// promptAt is the key of the question the call's message may answer: the one asked in
// its conversation or, in a direct conversation with none of its own, the one asked in a
// shared conversation and delivered here (see directKey).
func (w *work) promptAt() ([]byte, error) {
	ev := w.call.Event
	own := promptKey(ev)
	if !ev.Conversation.Direct {
		return own, nil
	}
	if asked, err := prompts.has(w.tx, own); err != nil || asked {
		return own, err
	}
	link, err := promptLinks.get(w.tx, directKey(ev))
	if err != nil || link == nil {
		return own, err
	}
	if asked, err := prompts.has(w.tx, link.At); err != nil || !asked {
		return own, err
	}
	return link.At, nil
}

func (w *work) getPrompt() (*prompt, error) {
	key, err := w.promptAt()
	if err != nil {
		return nil, err
	}
	p, err := prompts.get(w.tx, key)
	if err != nil || p == nil || p.expired(w.now) {
		return nil, err
	}
	return p, nil
}

func (w *work) putPrompt(p *prompt) error {
	p.Asked = w.now
	key, err := w.promptAt()
	if err != nil {
		return err
	}
	if err := prompts.put(w.tx, key, p); err != nil {
		return err
	}
	if ev := w.call.Event; w.asksDirectly(ev) {
		return promptLinks.put(w.tx, directKey(ev), &promptLink{At: key})
	}
	return nil
}

func (w *work) dropPrompt() error {
	key, err := w.promptAt()
	if err != nil {
		return err
	}
	if err := prompts.delete(w.tx, key); err != nil {
		return err
	}
	// The direct conversation's way to it goes too, unless it leads to a newer question.
	dk := directKey(w.call.Event)
	if link, err := promptLinks.get(w.tx, dk); err != nil {
		return err
	} else if link != nil && bytes.Equal(link.At, key) {
		return promptLinks.delete(w.tx, dk)
	}
	return nil
}

// HasPrompt tells whether the speaker of ev owes the bot an answer in ev's
// conversation (a reason, a form field; in a direct conversation, also one asked
// elsewhere and delivered there), in a read transaction of its own. It is a
// query for display; whether a message answers is decided in the message's own
// transaction (see answering).
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

// What a typed message is to an open question.
type promptVerdict int

const (
	notAnAnswer  promptVerdict = iota // no question waits, or the message is no answer (cancel, help, an upload)
	isAnswer                          // the message answers the question
	commandTyped                      // it reads as a command while the question waits: refused with a hint
	questionMoot                      // it reads as a command and the question gives way to it (dropped)
)

// answering is the one place that decides whether the call's message answers the
// question the bot asked its author here. The router parses every message as if no
// question waited; this decides, in the message's own transaction, so that the answer
// and the question it answers are read together.
//
// A plain message answers. So does a message that merely begins with a command's word
// ("changes are needed in the docs"). A command word alone (`mine`), or followed by a
// request ID (`approve OSPO-3`), field=value or a request kind, reads as the command:
// it is refused with a hint while a reason or a form waits (taking it as the answer
// would record it, as the reason for a rejection, say), and runs when the question
// was only which kind to request, or is a reason for a decision someone has made since.
// `answer`, `cancel` and `help` are always themselves, and so are uploads.
func (w *work) answering() (promptVerdict, *prompt, string, error) {
	c := w.call
	text := strings.TrimSpace(c.Event.Text)
	if c.Event.Kind != bot.MessageEvent || text == "" || len(c.Event.Files) > 0 || c.Refused {
		return notAnAnswer, nil, "", nil
	}
	switch c.Command {
	case "answer", "cancel", "help":
		return notAnAnswer, nil, "", nil
	}
	p, err := w.getPrompt()
	if err != nil || p == nil {
		return notAnAnswer, nil, "", err
	}
	cmd := w.e.commandWord(text)
	if cmd == "" {
		return isAnswer, p, "", nil
	}
	switch p.Kind {
	case "kind":
		return questionMoot, p, cmd, nil
	case "reason":
		if _, _, err := w.decidable(p.Request, p.Stage); errors.Is(err, ErrAlreadyDecided) {
			return questionMoot, p, cmd, nil
		}
	}
	return commandTyped, p, cmd, nil
}

// commandWord is the command text reads as (see answering), or "".
func (e *Engine) commandWord(text string) string {
	words := strings.Fields(text)
	if len(words) == 0 || e.words == nil {
		return ""
	}
	spec, ok := e.words.Lookup(words[0])
	if !ok {
		return ""
	}
	if len(words) == 1 {
		return spec.Name
	}
	_, isID := ParseRequestID(words[1], e.approvals.cfg.IDPrefix)
	_, isKind := e.approvals.kind(words[1])
	isKind = isKind && (len(words) == 2 || strings.Contains(words[2], "="))
	if isID || isKind || strings.Contains(words[1], "=") {
		return spec.Name
	}
	return ""
}

// applyAnswer acts on answering's verdict for the call: it answers, refuses, or drops a
// moot question and lets the command run (done false).
func (w *work) applyAnswer(v promptVerdict, p *prompt, cmd string) (done bool, err error) {
	switch v {
	case isAnswer:
		w.call.Command, w.call.Rest, w.call.Reply = "answer", strings.TrimSpace(w.call.Event.Text), nil
		return true, w.answer(p, w.call.Rest)
	case commandTyped:
		return true, w.commandInstead(p, cmd)
	case questionMoot:
		return false, w.dropPrompt()
	}
	return false, nil
}

// commandInstead refuses a command typed while a question waits, saying what waits.
func (w *work) commandInstead(p *prompt, cmd string) error {
	what, noun := "the answer to my question", "the answer"
	switch p.Kind {
	case "reason":
		what, noun = "the reason for your decision on "+w.rid(p.Request), "the reason"
	case "kind":
		what = "the kind of request to make"
	case "ack":
		what, noun = "the reason why "+p.Repo+" — "+p.Check+" stays as it is", "the reason"
	case "form":
		if k, ok := w.e.approvals.kind(p.Form); ok {
			if i := slices.IndexFunc(k.Fields, func(f config.Field) bool { return f.Name == p.Field }); i >= 0 {
				what = fmt.Sprintf("your answer to “%s — %s?”", k.Title, k.Fields[i].Label)
			}
		}
	}
	return Errorf("I am waiting for %s, and that looks like the command `%s`. Reply with %s (start with `answer` if it begins with that word), or `cancel` first to use the command.", what, cmd, noun)
}

// runAnswer is `answer TEXT`: the answer, given explicitly.
func runAnswer(w *work) error {
	p, err := w.getPrompt()
	if err != nil {
		return err
	}
	if p == nil {
		return Errorf("I have not asked you anything here.")
	}
	return w.answer(p, strings.TrimSpace(w.call.Rest))
}

// answer applies text as the answer to p.
func (w *work) answer(p *prompt, text string) error {
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
	case "ack":
		if text == "" {
			return Errorf("Please give the reason, or `cancel`.")
		}
		if err := w.dropPrompt(); err != nil {
			return err
		}
		return w.ackFinding(p.Repo, p.Check, text)
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
	switch p.Kind {
	case "reason":
		what = "the decision on " + w.rid(p.Request)
	case "ack":
		what = "acknowledging " + p.Repo + " — " + p.Check
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
		if _, _, err := w.decidable(p.Request, p.Stage); errors.Is(err, ErrAlreadyDecided) {
			// Someone else decided meanwhile: the question is moot and blocks nothing.
			return w.dropPrompt()
		}
		return Errorf("I am still waiting for the reason for your decision on %s; give it, or `cancel` it first.", w.rid(p.Request))
	case "ack":
		return Errorf("I am still waiting for the reason why %s — %s stays as it is; give it, or `cancel` it first.", p.Repo, p.Check)
	case "form":
		title := p.Form
		if k, ok := w.e.approvals.kind(p.Form); ok {
			title = k.Title
		}
		return Errorf("Your %s form is still open; answer its last question, or `cancel` it first.", title)
	}
	return nil
}
