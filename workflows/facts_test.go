package workflows

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// repoLicences is a code host with one licence file per repository URL.
type repoLicences map[string]string

func (r repoLicences) FetchLicense(_ context.Context, url string) (string, []byte, error) {
	text, ok := r[url]
	if !ok {
		return "", nil, errors.New("not found")
	}
	return "LICENSE", []byte(text), nil
}

// factsHarness is the default approvals (with their pre-approval rule for small fixes
// to permissive projects) and a code host.
func factsHarness(t *testing.T, host repoLicences) (*Store, *Engine) {
	t.Helper()
	s := openTestStore(t)
	groups := map[string]config.Group{
		"ospo":  {Members: []string{"shell:o1", "shell:o2"}, Notify: []string{"shell:terminal"}},
		"legal": {Members: []string{"shell:l1"}, Notify: []string{"shell:terminal"}},
	}
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: config.DefaultApprovals(), Groups: groups, Fetcher: host})
	e.AddAdapter(&recorder{})
	return s, e
}

// sayRouted sends a message through the engine as the router would, prepare included.
func sayRouted(t *testing.T, e *Engine, user, command, rest string) {
	t.Helper()
	err := e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: bot.EventID(fmt.Sprint(time.Now().UnixNano())), Platform: bot.Shell, Kind: bot.MessageEvent,
		User: bot.User{ID: bot.UserID(user)}, Conversation: bot.Conversation{ID: "terminal"}}, Command: command, Rest: rest})
	if err != nil {
		t.Fatal(err)
	}
}

func auditDetails(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	s.View(func(tx *Tx) error {
		return tx.Scan(bucketAudit, nil, func(_, v []byte) error {
			b.Write(v)
			b.WriteByte('\n')
			return nil
		})
	})
	return b.String()
}

// TestPreApprovalFacts guards pre-approval on declared facts: the audit record says the
// facts are the requester's word; the licence of the repository named is checked when
// the code host can be read, and a licence file that says otherwise sends the request
// to review instead of approving it; one that agrees is recorded as checked.
func TestPreApprovalFacts(t *testing.T) {
	host := repoLicences{
		"https://github.com/acme/mit": "SPDX-License-Identifier: MIT\n",
		"https://github.com/acme/gpl": "SPDX-License-Identifier: GPL-3.0-only\n",
	}
	s, e := factsHarness(t, host)
	sayRouted(t, e, "shell:ana", "request", "contribution project=https://github.com/acme/mit license=MIT what=typo size=small")
	sayRouted(t, e, "shell:ana", "request", "contribution project=https://github.com/acme/gpl license=MIT what=typo size=small")
	sayRouted(t, e, "shell:ana", "request", "contribution project=https://github.com/acme/gone license=MIT what=typo size=small")
	if r := loadRequest(t, s, 1); r.State != StateApproved || r.PreApproved == "" {
		t.Errorf("matching licence: %s %q", r.State, r.PreApproved)
	}
	if r := loadRequest(t, s, 2); r.State != StatePending || r.PreApproved != "" || len(r.Stages) == 0 {
		t.Errorf("licence file says GPL: %s %q, want it pending review", r.State, r.PreApproved)
	}
	if r := loadRequest(t, s, 3); r.State != StateApproved {
		t.Errorf("unreadable licence file: %s, want pre-approved on the declared facts", r.State)
	}
	log := auditDetails(t, s)
	for _, want := range []string{
		`"request":"OSPO-1","detail":"contribution, declared by the requester: license=MIT`,
		`"action":"pre-approved","request":"OSPO-1","detail":"rule: small fixes to permissively licensed projects; licence checked: the repository's licence file says MIT`,
		`"request":"OSPO-2","detail":"contribution, declared by the requester: license=MIT project=https://github.com/acme/gpl size=small what=typo; rule: contribution to a copyleft or unclassified project; not pre-approved: the repository's licence file says GPL-3.0-only, not MIT"`,
		`"action":"pre-approved","request":"OSPO-3","detail":"rule: small fixes to permissively licensed projects; the facts it rests on are declared by the requester; the licence could not be checked (not found)"`,
	} {
		if !strings.Contains(log, want) {
			t.Errorf("audit record lacks\n%s\nin\n%s", want, log)
		}
	}
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
}

// TestAllStageWithRequesterInGroup guards a stage that needs every member of a group
// that includes the requester: the requester cannot approve their own request, so the
// remaining members decide it, rather than nobody ever.
func TestAllStageWithRequesterInGroup(t *testing.T) {
	s, _, e, _ := approvalHarness(t) // Legal (any of l1–l3), then OSPO (all of o1, o2)
	say(t, e, "shell:o1", "request", contribution)
	say(t, e, "shell:l1", "approve", "OSPO-1")
	say(t, e, "shell:o1", "approve", "OSPO-1") // refused: their own
	if r := loadRequest(t, s, 1); r.State != StatePending {
		t.Fatalf("after the requester's own click: %s", r.State)
	}
	say(t, e, "shell:o2", "approve", "OSPO-1")
	if r := loadRequest(t, s, 1); r.State != StateApproved {
		t.Errorf("after every other member approved: %s, want approved", r.State)
	}
}

// TestApprovalMessageShowsBidi guards approvers against a disguised field: a value
// with a right-to-left override (a project that reads as another) reaches the approval
// message with the override shown, never raw.
func TestApprovalMessageShowsBidi(t *testing.T) {
	_, _, e, rec := approvalHarness(t)
	say(t, e, "shell:ana", "request", "contribution project=https://github.com/a/b license=GPL-2.0-only what=\"fix \u202Egnp.exe\" size=large")
	rec.mu.Lock()
	defer rec.mu.Unlock()
	found := false
	for _, r := range rec.sent {
		for _, b := range r.Blocks {
			for _, f := range b.Fields {
				if strings.Contains(f.Value, "\u202E") {
					t.Errorf("raw override in %s: %q", f.Label, f.Value)
				}
				found = found || f.Value == "fix [U+202E]gnp.exe"
			}
		}
	}
	if !found {
		t.Errorf("the field is not shown with its override visible: %+v", rec.sent)
	}
}

// TestPreApprovalFactsFromForm guards the same check for a request filed through a form
// (a Slack modal): its declared licence is checked against the repository's licence
// file before a pre-approval rule approves it, as a typed request's is.
func TestPreApprovalFactsFromForm(t *testing.T) {
	host := repoLicences{"https://github.com/acme/gpl": "SPDX-License-Identifier: GPL-3.0-only\n"}
	s, e := factsHarness(t, host)
	sub := &bot.FormSubmission{ID: "request.contribution", State: "terminal", Values: map[string]string{
		"project": "https://github.com/acme/gpl", "license": "MIT", "what": "typo", "size": "small"}}
	err := e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: "form-1", Platform: bot.Shell, Kind: bot.FormEvent,
		User: bot.User{ID: "shell:ana"}, Conversation: bot.Conversation{ID: "terminal"}, Form: sub}})
	if err != nil {
		t.Fatal(err)
	}
	if r := loadRequest(t, s, 1); r.State != StatePending || r.PreApproved != "" {
		t.Errorf("licence file says GPL: %s %q, want it pending review", r.State, r.PreApproved)
	}
	if log := auditDetails(t, s); !strings.Contains(log, "not pre-approved: the repository's licence file says GPL-3.0-only, not MIT") {
		t.Errorf("the audit record does not say why:\n%s", log)
	}
}

// TestQuestionNamingARepository: a question that names a repository instead of a
// licence is answered from the repository's licence file, with the policy's verdict
// when it names a use; a repository without one is said so, and the addresses are
// read as the code host serves them.
func TestQuestionNamingARepository(t *testing.T) {
	host := repoLicences{"https://github.com/acme/mit": "SPDX-License-Identifier: MIT\n"}
	_, e := factsHarness(t, host)
	rec := e.out.adapters[bot.Shell].(*recorder)
	say(t, e, "shell:ana", "ask", "can we use https://github.com/acme/mit/tree/main/src in our product?")
	say(t, e, "shell:ana", "ask", "is github.com/acme/gone ok for our app?")
	var b strings.Builder
	rec.mu.Lock()
	for _, r := range rec.sent {
		b.WriteString(shellText(r) + "\n")
	}
	rec.mu.Unlock()
	got := b.String()
	for _, want := range []string{"what licence is the repository `https://github.com/acme/mit` under, and may it be used in something you distribute?",
		"MIT", "I could not read a licence file in https://github.com/acme/gone"} {
		if !strings.Contains(got, want) {
			t.Errorf("answered:\n%s\nwant %q", got, want)
		}
	}
	for text, want := range map[string]string{
		"see https://github.com/sharkdp/fd.":                   "https://github.com/sharkdp/fd",
		"gitlab.com/group/sub/project/-/blob/main/LICENSE ok?": "https://gitlab.com/group/sub/project",
		"https://github.com/acme":                              "",
		"our own repo is private":                              "",
	} {
		if got := repositoryIn(text); got != want {
			t.Errorf("repositoryIn(%q) = %q, want %q", text, got, want)
		}
	}
}
