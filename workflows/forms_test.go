package workflows

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot"
)

// formBench is a bench whose platform opens forms.
func formBench(t *testing.T) *bench {
	b := newBench(t)
	b.p.caps.Forms = true
	return b
}

// submit sends a form submission through the router and returns what the handler said.
func (b *bench) submit(user, form, state string, values map[string]string) error {
	b.n++
	ev := bot.Event{ID: bot.EventID("form-" + string(rune('a'+b.n))), Platform: bot.Shell, Kind: bot.FormEvent,
		User: bot.User{ID: bot.UserID(user)}, Form: &bot.FormSubmission{ID: form, State: state, Values: values}}
	return b.router.HandleEvent(context.Background(), ev)
}

func (b *bench) outbox() OutboxStats {
	b.t.Helper()
	st, err := b.s.OutboxStats()
	if err != nil {
		b.t.Fatal(err)
	}
	return st
}

// TestRequestForm guards requests on a platform with forms: a click on a kind opens
// that kind's form (its fields with type, required, choices and hints) instead of
// asking field by field; a submission with invalid fields is sent back with an error
// per field and commits nothing; a valid one files the request, answered in the
// conversation of the click.
func TestRequestForm(t *testing.T) {
	b := formBench(t)
	b.say("shell:ana", "request")
	kind, _ := b.lastButton(actionFormKind)
	n := len(b.p.deliveries())
	b.event("shell:ana", bot.Event{Kind: bot.ActionEvent, Trigger: "t1", Action: &bot.Action{ID: kind.Action, Value: "cla"}})
	if len(b.p.forms) != 1 || len(b.p.deliveries()) != n {
		t.Fatalf("forms %+v, %d messages; want one form and no message", b.p.forms, len(b.p.deliveries())-n)
	}
	f := b.p.forms[0]
	if f.ID != "request.cla" || len(f.Fields) != 4 {
		t.Fatalf("form %+v, want the CLA form's four fields", f)
	}
	if k := f.Fields[2]; k.Name != "kind" || !k.Required || k.Type != "choice" || !slices.Equal(k.Choices, []string{"individual", "corporate"}) {
		t.Errorf("field %+v, want the required choice of CLA type", k)
	}
	if p := f.Fields[0]; p.Type != "url" || p.Hint == "" {
		t.Errorf("field %+v, want a url with a hint", p)
	}
	if b.e.HasPrompt(t.Context(), bot.Event{Platform: bot.Shell, Conversation: bot.Conversation{ID: "terminal"}, User: bot.User{ID: "shell:ana"}}) {
		t.Error("a question waits in the conversation while the form is open")
	}

	before := b.outbox()
	err := b.submit("shell:ana", f.ID, f.State, map[string]string{"project": "not a url", "kind": "Corporate"})
	var fe bot.FieldErrors
	if !errors.As(err, &fe) || len(fe) != 2 || !strings.Contains(fe["project"], "web address") || !strings.Contains(fe["cla"], "required") {
		t.Fatalf("invalid submission: %v, want errors for project and cla", err)
	}
	if after := b.outbox(); after != before || loadRequest(t, b.s, 1) != nil {
		t.Fatalf("an invalid submission committed something: outbox %+v → %+v", before, after)
	}

	n = len(b.p.deliveries())
	if err := b.submit("shell:ana", f.ID, f.State, map[string]string{"project": "https://github.com/a/b", "cla": "https://cla.example.com", "kind": "Corporate"}); err != nil {
		t.Fatal(err)
	}
	r := loadRequest(t, b.s, 1)
	if r == nil || r.Fields["kind"] != "corporate" || r.Origin.Conversation != "terminal" {
		t.Fatalf("request %+v, want OSPO-1 with the canonical choice, from the click's conversation", r)
	}
	if got := b.since(n); !strings.Contains(got, "OSPO-1 (CLA signature) is sent to Legal review") {
		t.Errorf("after the submission:\n%s", got)
	}
}

// TestFormFallsBack guards the other paths: where a click's trigger expired before the
// form could open, the form's questions are asked in the conversation, field by field
// (the values the click gave kept), and so is a reason; a platform without forms is
// asked field by field from the start.
func TestFormFallsBack(t *testing.T) {
	b := formBench(t)
	b.event("shell:ana", bot.Event{Kind: bot.ActionEvent, Trigger: "expired", Action: &bot.Action{ID: actionException, Value: "AGPL-3.0-only\tsaas"}})
	if got := b.since(0); len(b.p.forms) != 0 || got != "Licence exception — Your project?\n  Reply with the answer, or `cancel`.\n" {
		t.Errorf("expired trigger: forms %d, sent:\n%s", len(b.p.forms), got)
	}
	b.say("shell:ana", "portal")
	b.say("shell:ana", "a vendor SDK")
	if r := loadRequest(t, b.s, 1); r == nil || r.Fields["license"] != "AGPL-3.0-only" || r.Fields["use"] != "saas" || r.Fields["project"] != "portal" {
		t.Errorf("the request asked field by field: %+v", r)
	}
	b.event("shell:l1", bot.Event{Kind: bot.ActionEvent, Trigger: "expired", Action: &bot.Action{ID: actionReject, Value: "1/0"}})
	b.say("shell:l1", "no AGPL in the portal")
	if r := loadRequest(t, b.s, 1); r.State != StateRejected {
		t.Errorf("the reason asked in the conversation: %s, want rejected", r.State)
	}

	plain := newBench(t)
	plain.event("shell:ana", bot.Event{Kind: bot.ActionEvent, Trigger: "t1", Action: &bot.Action{ID: actionFormKind, Value: "cla"}})
	if got := plain.since(0); len(plain.p.forms) != 0 || !strings.Contains(got, "CLA signature — Project URL?") {
		t.Errorf("without forms: sent:\n%s", got)
	}
}

// TestReasonForm guards reject and request-changes on a platform with forms: the click
// opens a form for the reason (the request in its state); an empty reason is sent back;
// a reason decides.
func TestReasonForm(t *testing.T) {
	b := formBench(t)
	b.say("shell:ana", "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate")
	b.event("shell:l1", bot.Event{Kind: bot.ActionEvent, Trigger: "t2", Action: &bot.Action{ID: actionReject, Value: "1/0"}})
	if len(b.p.forms) != 1 || b.p.forms[0].ID != "reason.reject" || !strings.HasSuffix(b.p.forms[0].State, "1/0") {
		t.Fatalf("forms %+v, want the reason form for OSPO-1", b.p.forms)
	}
	f := b.p.forms[0]
	var fe bot.FieldErrors
	if err := b.submit("shell:l1", f.ID, f.State, map[string]string{"reason": "  "}); !errors.As(err, &fe) || fe["reason"] == "" {
		t.Fatalf("empty reason: %v, want it sent back", err)
	}
	if err := b.submit("shell:l1", f.ID, f.State, map[string]string{"reason": "no corporate CLAs"}); err != nil {
		t.Fatal(err)
	}
	if r := loadRequest(t, b.s, 1); r.State != StateRejected || r.Stages[0].Decisions[0].Reason != "no corporate CLAs" {
		t.Errorf("request %s, want rejected with the form's reason", r.State)
	}
}
