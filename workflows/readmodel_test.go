package workflows

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
)

func ids(rs []*Request) []RequestID {
	var out []RequestID
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

// TestReadModel guards the queries other surfaces render from: one request by ID with
// its error codes (not found, forbidden), requests by filter (state, kind, requester,
// group, approver, age, newest N) with what the viewer may not see left out, what waits
// for a person, the summary's figures and the audit trail by pages.
func TestReadModel(t *testing.T) {
	ctx := context.Background()
	b := newBench(t)
	const cla = "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate"
	b.say("shell:ana", cla)                                                          // OSPO-1: approved at legal, at ospo
	b.say("shell:ana", "request release project=tools license=MIT reason=community") // OSPO-2: at legal
	b.c.advance(3 * 24 * time.Hour)
	b.say("shell:bea", cla) // OSPO-3: rejected
	b.say("shell:l1", "approve OSPO-1")
	b.say("shell:l2", "reject OSPO-3 no")
	e := b.e

	if _, err := e.Request(ctx, "shell:ana", 9); ErrorCode(err) != ENotFound {
		t.Errorf("a missing request: %v (%s), want not_found", err, ErrorCode(err))
	}
	if _, err := e.Request(ctx, "shell:bea", 1); ErrorCode(err) != EForbidden || ErrorMessage(err) != "Only the requester and the approvers can see OSPO-1." {
		t.Errorf("someone else's request: %v (%s), want forbidden", err, ErrorCode(err))
	}
	if r, err := e.Request(ctx, "shell:ana", 1); err != nil || r.Current != 1 {
		t.Errorf("her own request: %+v %v", r, err)
	}
	if ok, err := e.CanSee("shell:l1", &Request{Requester: "shell:x", Stages: []Stage{{Group: "ospo"}}}); !ok || err != nil {
		t.Errorf("an approver may see every request: %v %v", ok, err)
	}

	for _, c := range []struct {
		name   string
		viewer bot.UserID
		f      RequestFilter
		want   []RequestID
		total  int
	}{
		{"all, for an approver", "shell:o1", RequestFilter{}, []RequestID{1, 2, 3}, 3},
		{"all, for a requester", "shell:ana", RequestFilter{}, []RequestID{1, 2}, 2},
		{"state", "shell:o1", RequestFilter{State: StatePending}, []RequestID{1, 2}, 2},
		{"kind", "shell:o1", RequestFilter{Kind: "cla"}, []RequestID{1, 3}, 2},
		{"requester", "shell:o1", RequestFilter{Requester: "shell:bea"}, []RequestID{3}, 1},
		{"group", "shell:o1", RequestFilter{Group: "legal"}, []RequestID{2}, 1},
		{"approver", "shell:o1", RequestFilter{Approver: "shell:o1"}, []RequestID{1}, 1},
		{"older than", "shell:o1", RequestFilter{OlderThan: 2 * 24 * time.Hour}, []RequestID{1, 2}, 2},
		{"newest", "shell:o1", RequestFilter{Limit: 2}, []RequestID{2, 3}, 3},
		{"newest of a state", "shell:o1", RequestFilter{State: StatePending, Limit: 1}, []RequestID{2}, 2},
	} {
		p, err := e.FindRequests(ctx, c.viewer, c.f)
		if err != nil || !slices.Equal(ids(p.Requests), c.want) || p.Total != c.total {
			t.Errorf("%s: %v of %d (%v), want %v of %d", c.name, ids(p.Requests), p.Total, err, c.want, c.total)
		}
	}
	if _, err := e.FindRequests(ctx, "shell:o1", RequestFilter{State: "lost"}); ErrorCode(err) != EInvalid {
		t.Errorf("an unknown state: %v, want invalid", err)
	}
	if rs, err := e.WaitingFor(ctx, "shell:l2"); err != nil || !slices.Equal(ids(rs), []RequestID{2}) {
		t.Errorf("waiting for l2: %v %v", ids(rs), err)
	}

	f, err := e.SummaryFigures(ctx, "shell:o1", b.c.now().Add(-7*24*time.Hour))
	if err != nil || f.Opened != 3 || f.Rejected != 1 || f.Backlog != [4]int{1, 0, 1, 0} || len(f.StageTimes["Legal review"]) != 2 {
		t.Errorf("figures %+v (%v)", f, err)
	}
	if _, err := e.SummaryFigures(ctx, "shell:ana", time.Time{}); ErrorCode(err) != EForbidden {
		t.Errorf("figures for a requester: %v, want forbidden", err)
	}

	page, next, err := e.AuditPage(ctx, "shell:o1", 0, 2)
	if err != nil || len(page) != 2 || page[0].Seq != 1 || next != 2 {
		t.Fatalf("first audit page: %d records, next %d (%v)", len(page), next, err)
	}
	rest, next, err := e.AuditPage(ctx, "shell:o1", next, 100)
	if err != nil || len(rest) == 0 || rest[0].Seq != 3 || next != 0 {
		t.Errorf("the rest: %d records from %d, next %d (%v)", len(rest), rest[0].Seq, next, err)
	}
	if _, _, err := e.AuditPage(ctx, "shell:l1", 0, 10); ErrorCode(err) != EForbidden {
		t.Errorf("audit for legal: %v, want forbidden", err)
	}
}

// TestErrorCodes guards the mapping every surface relies on: a decision on a decided
// request is a conflict, by someone who may not decide it forbidden, and an error that
// is no Error internal, with a message that does not leak it.
func TestErrorCodes(t *testing.T) {
	for _, c := range []struct {
		err  error
		code string
	}{
		{Errorf("bad"), EInvalid},
		{codeErrorf(ENotFound, "none"), ENotFound},
		{errors.Join(ErrAlreadyDecided, Errorf("decided")), EConflict},
		{errors.Join(ErrNotApprover, Errorf("no")), EForbidden},
		{errors.New("disk on fire"), EInternal},
	} {
		if got := ErrorCode(c.err); got != c.code {
			t.Errorf("ErrorCode(%v) = %s, want %s", c.err, got, c.code)
		}
	}
	if msg := ErrorMessage(errors.New("disk on fire")); msg == "disk on fire" {
		t.Error("an internal error's message is shown")
	}
}
