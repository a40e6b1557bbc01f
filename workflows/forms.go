package workflows

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// Forms are asked on platforms that open them in answer to a click (Slack modals): a
// request started from a button or a slash command, and the reason for a rejection or a
// request for changes. Everywhere else the bot asks field by field in the conversation
// (startForm, below), each question waiting as a prompt (prompts.go). A form's
// submission arrives as a FormEvent: invalid fields go back to the form as
// bot.FieldErrors, with nothing committed; valid ones apply in one transaction, as a
// typed command does.
//
// Form IDs: "request.KIND" and "reason.DECISION". Form.State carries what the
// submission needs back: the conversation the click came from (a submission has none
// of its own on some platforms) and, for a reason, "ID/STAGE".

// formsHere tells whether the call came with a click's trigger from a platform that
// opens forms.
func (w *work) formsHere() bool {
	ev := w.call.Event
	if ev.Trigger == "" {
		return false
	}
	a, ok := w.e.out.adapters[ev.Platform]
	if !ok {
		return false
	}
	_, opener := a.(bot.FormOpener)
	return opener && a.Capabilities().Forms
}

// openForm answers the click with form f. The reply's text is what the conversation
// shows where the form cannot open any more (the trigger lives seconds).
func (w *work) openForm(f bot.Form, fallback string) error {
	to := replyDestination(w.call.Event, true)
	to.Trigger = w.call.Event.Trigger
	_, err := enqueue(w.tx, w.now, to, bot.Reply{Text: fallback, Form: &f, Private: true}, 0)
	return err
}

// formState joins the parts of a Form.State.
func formState(conversation bot.ConversationID, extra string) string {
	return string(conversation) + "\t" + extra
}

// requestForm is the form of a request kind, with the values given so far.
func requestForm(kind config.Kind, fields map[string]string, conversation bot.ConversationID) bot.Form {
	f := bot.Form{ID: "request." + kind.Name, Title: cut(kind.Title, 24), Submit: "Send", State: formState(conversation, "")}
	for _, k := range kind.Fields {
		f.Fields = append(f.Fields, bot.FormField{
			Name: k.Name, Label: k.Label, Type: k.Type, Hint: fieldHint(k), Value: fields[k.Name],
			Required: k.Required, Multiline: k.Type == "text" && k.Name != "project", Choices: k.Choices,
		})
	}
	return f
}

// fieldHint says what a field takes.
func fieldHint(f config.Field) string {
	switch f.Type {
	case "url":
		return "A web address, like https://github.com/owner/repo"
	case "license":
		return "An SPDX expression, like MIT or Apache-2.0 OR MIT"
	}
	return ""
}

func cut(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// openRequestForm opens kind's form with the values given so far.
func (w *work) openRequestForm(kind config.Kind, fields map[string]string) error {
	return w.openForm(requestForm(kind, fields, w.call.Event.Conversation.ID),
		fmt.Sprintf("I could not open the %s form in time. Type `request %s` and I will ask here, field by field.", kind.Title, kind.Name))
}

// openReasonForm asks for the reason for decision dec on stage i of request id.
func (w *work) openReasonForm(id RequestID, i int, dec DecisionKind) error {
	label, title := "Why do you reject it?", "Reject "+w.rid(id)
	if dec == DecChanges {
		label, title = "What should change?", "Changes to "+w.rid(id)
	}
	f := bot.Form{ID: "reason." + string(dec), Title: cut(title, 24), Submit: "Send", State: formState(w.call.Event.Conversation.ID, fmt.Sprintf("%d/%d", id, i)),
		Fields: []bot.FormField{{Name: "reason", Label: label, Required: true, Multiline: true}}}
	verb := map[DecisionKind]string{DecReject: "reject", DecChanges: "changes"}[dec]
	return w.openForm(f, fmt.Sprintf("I could not open the form in time. Type `%s %s REASON`.", verb, w.rid(id)))
}

// runFormSubmission applies a submitted form.
func runFormSubmission(w *work) error {
	sub := w.call.Event.Form
	conv, extra, _ := strings.Cut(sub.State, "\t")
	if w.call.Event.Conversation.ID == "" {
		w.call.Event.Conversation.ID = bot.ConversationID(conv) // answer where the click was
	}
	kindName, isRequest := strings.CutPrefix(sub.ID, "request.")
	word, isReason := strings.CutPrefix(sub.ID, "reason.")
	dec := DecisionKind(word)
	switch {
	case isRequest:
		kind, ok := w.e.approvals.kind(kindName)
		if !ok || kind.Name != kindName {
			return Errorf("That kind of request is no longer configured; `request` lists the kinds.")
		}
		fields, err := formFields(kind, sub.Values)
		if err != nil {
			return err
		}
		return w.submit(kind, fields)
	case isReason && (dec == DecReject || dec == DecChanges):
		idPart, stagePart, _ := strings.Cut(extra, "/")
		n, err1 := strconv.ParseUint(idPart, 10, 64)
		i, err2 := strconv.Atoi(stagePart)
		if err1 != nil || err2 != nil {
			return Errorf("That form is out of date.")
		}
		reason := strings.TrimSpace(sub.Values["reason"])
		if reason == "" {
			return bot.FieldErrors{"reason": "A reason is required."}
		}
		if err := checkLength("The reason", reason); err != nil {
			msg, _ := userMessage(err)
			return bot.FieldErrors{"reason": msg}
		}
		return w.decide(RequestID(n), i, dec, reason)
	}
	return Errorf("That form is out of date.")
}

// formFields reads a request form's values: each in its canonical form, checked, with
// every problem by field name.
func formFields(kind config.Kind, values map[string]string) (map[string]string, error) {
	fields := map[string]string{}
	errs := bot.FieldErrors{}
	for _, f := range kind.Fields {
		v := strings.TrimSpace(values[f.Name])
		if v == "" {
			if f.Required {
				errs[f.Name] = f.Label + " is required."
			}
			continue
		}
		v = canonical(f, v)
		if err := validateField(f, v); err != nil {
			msg, _ := userMessage(err)
			errs[f.Name] = msg
			continue
		}
		fields[f.Name] = v
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return fields, nil
}

// isFieldErrors tells whether err sends a form back with its errors.
func isFieldErrors(err error) (bot.FieldErrors, bool) {
	var fe bot.FieldErrors
	return fe, errors.As(err, &fe)
}

// formFallback asks in the conversation, in a transaction of its own, what form f would
// have asked the person it was addressed to (to.User): the request's fields one by one,
// with those already given kept, or the reason for a decision. It tells whether the
// questions were committed; a refusal (another question waits) is told to the person.
func (e *Engine) formFallback(ctx context.Context, to bot.Destination, f bot.Form) bool {
	if to.User == "" {
		return false
	}
	ev := bot.Event{Platform: to.Platform, Kind: bot.MessageEvent, User: bot.User{ID: to.User}, Conversation: bot.Conversation{ID: to.Conversation}, Thread: to.Thread}
	ask := func(w *work) error {
		kindName, isRequest := strings.CutPrefix(f.ID, "request.")
		dec, isReason := strings.CutPrefix(f.ID, "reason.")
		switch {
		case isRequest:
			kind, ok := w.e.approvals.kind(kindName)
			if !ok {
				return Errorf("That kind of request is no longer configured; `request` lists the kinds.")
			}
			fields := map[string]string{}
			for _, ff := range f.Fields {
				if ff.Value != "" {
					fields[ff.Name] = ff.Value
				}
			}
			return w.startForm(kind, fields)
		case isReason:
			_, extra, _ := strings.Cut(f.State, "\t")
			idPart, stagePart, _ := strings.Cut(extra, "/")
			n, err1 := strconv.ParseUint(idPart, 10, 64)
			i, err2 := strconv.Atoi(stagePart)
			if err1 != nil || err2 != nil {
				return Errorf("That form is out of date.")
			}
			return w.askReason(RequestID(n), i, DecisionKind(dec))
		}
		return Errorf("That form is out of date.")
	}
	var askErr error
	err := e.update(func(tx *Tx) error {
		w := &work{tx: tx, now: e.now(), call: bot.Call{Event: ev}, e: e}
		askErr = ask(w)
		return askErr
	})
	if askErr != nil {
		msg, user := userMessage(askErr)
		if !user {
			e.log.ErrorContext(ctx, "form fallback failed", "form", f.ID, "err", askErr)
		}
		err = e.update(func(tx *Tx) error {
			_, err := enqueue(tx, e.now(), replyDestination(ev, true), bot.Reply{Text: msg, Private: true}, 0)
			return err
		})
	}
	if err != nil {
		e.log.ErrorContext(ctx, "form fallback not committed", "form", f.ID, "err", err)
		return false
	}
	return true
}

// startForm asks for the missing fields of a request one by one.
func (w *work) startForm(kind config.Kind, fields map[string]string) error {
	if err := w.promptInProgress(); err != nil {
		return err
	}
	if w.formsHere() {
		if p, err := w.getPrompt(); err != nil {
			return err
		} else if p != nil { // the question of which kind, answered by the click
			if err := w.dropPrompt(); err != nil {
				return err
			}
		}
		return w.openRequestForm(kind, fields)
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
