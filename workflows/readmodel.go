package workflows

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// The read model: queries for chat replies, digests, the command line and a web page,
// each in a read transaction of its own (the exported methods), or in the caller's
// transaction (the work methods the chat commands use). One rule, canSee, decides who
// may see a request. Errors carry a code (ErrorCode).
//
// Requests returned are decoded for the call: the caller may keep and change them.

// view runs fn in a read transaction, with the clock read once.
func (e *Engine) view(fn func(w *work) error) error {
	return e.store.View(func(tx *Tx) error { return fn(&work{tx: tx, now: e.now(), e: e}) })
}

// RequestFilter selects requests. Zero fields select everything.
type RequestFilter struct {
	State     State         // one of States
	Kind      string        // a request kind's name
	Requester bot.UserID    // made by this person (under any of their IDs)
	Group     string        // waiting at a stage of this group
	Approver  bot.UserID    // waiting for this person's decision, in person or as a delegate
	OlderThan time.Duration // made longer ago than this
	Limit     int           // the newest Limit of those selected; 0 for all
}

// RequestPage is the requests a filter selected that the viewer may see, oldest first,
// and how many there are in all (Limit cuts Requests, not Total).
type RequestPage struct {
	Requests []*Request
	Total    int
}

// CanSee tells whether viewer may see r. A request can hold what is not public yet (a
// project to be released, a business reason): its requester, the members of its stages'
// groups (and their delegates) and every approver see it; nobody else does.
func (e *Engine) CanSee(viewer bot.UserID, r *Request) (bool, error) {
	var ok bool
	err := e.view(func(w *work) error {
		var err error
		ok, err = w.canSee(viewer, r)
		return err
	})
	return ok, err
}

func (w *work) canSee(viewer bot.UserID, r *Request) (bool, error) {
	if w.e.isApprover(viewer) {
		return true, nil
	}
	return w.involved(r, viewer)
}

// Request reads request id for viewer: ENotFound when there is none, EForbidden when
// viewer may not see it.
func (e *Engine) Request(_ context.Context, viewer bot.UserID, id RequestID) (*Request, error) {
	var r *Request
	err := e.view(func(w *work) error {
		var err error
		r, err = w.visibleRequest(viewer, id)
		return err
	})
	return r, err
}

func (w *work) visibleRequest(viewer bot.UserID, id RequestID) (*Request, error) {
	r, err := w.request(id)
	if err != nil {
		return nil, err
	}
	ok, err := w.canSee(viewer, r)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, codeErrorf(EForbidden, "Only the requester and the approvers can see %s.", w.rid(id))
	}
	return r, nil
}

// FindRequests lists the requests f selects that viewer may see.
func (e *Engine) FindRequests(_ context.Context, viewer bot.UserID, f RequestFilter) (RequestPage, error) {
	var p RequestPage
	err := e.view(func(w *work) error {
		var err error
		p, err = w.findRequests(viewer, f)
		return err
	})
	return p, err
}

func (w *work) findRequests(viewer bot.UserID, f RequestFilter) (RequestPage, error) {
	if f.State != "" && !slices.Contains(States, f.State) {
		return RequestPage{}, codeErrorf(EInvalid, "Unknown state %q.", bot.Printable(string(f.State), 40))
	}
	if f.Limit > 0 && f.Kind == "" && f.Requester == "" && f.Group == "" && f.Approver == "" && f.OlderThan == 0 && w.e.isApprover(viewer) {
		// An approver sees every request: the newest few are read, not all of them.
		var p RequestPage
		var err error
		if f.State == "" {
			p.Requests, p.Total, err = w.latestRequests(f.Limit)
		} else {
			p.Requests, p.Total, err = w.listRequests(idxState, string(f.State)+"/", f.Limit)
		}
		return p, err
	}
	var rs []*Request
	var err error
	// The narrowest index first; the other conditions are checked on each request.
	switch {
	case f.Approver != "":
		rs, err = w.pendingFor(f.Approver)
	case f.Requester != "":
		for _, u := range w.e.approvals.idsOf(f.Requester) {
			some, _, err := w.listRequests(idxRequester, string(u)+"/", 0)
			if err != nil {
				return RequestPage{}, err
			}
			rs = append(rs, some...)
		}
	case f.Group != "":
		rs, _, err = w.listRequests(idxApprover, f.Group+"/", 0)
	case f.State != "":
		rs, _, err = w.listRequests(idxState, string(f.State)+"/", 0)
	default:
		err = requests.scan(w.tx, nil, func(_ []byte, r *Request) error {
			rs = append(rs, r)
			return nil
		})
	}
	if err != nil {
		return RequestPage{}, err
	}
	var out []*Request
	for _, r := range rs {
		switch {
		case f.State != "" && r.State != f.State,
			f.Kind != "" && r.Kind != f.Kind,
			f.Requester != "" && !w.e.approvals.same(r.Requester, f.Requester),
			f.Group != "" && (r.State != StatePending || r.Stages[r.Current].Group != f.Group),
			f.OlderThan > 0 && w.now.Sub(r.Created) <= f.OlderThan:
			continue
		}
		if ok, err := w.canSee(viewer, r); err != nil {
			return RequestPage{}, err
		} else if ok {
			out = append(out, r)
		}
	}
	if f.Approver == "" { // pendingFor orders by how long they waited; the rest by ID
		slices.SortFunc(out, func(a, b *Request) int { return cmp.Compare(a.ID, b.ID) })
	}
	p := RequestPage{Requests: out, Total: len(out)}
	if f.Limit > 0 && len(out) > f.Limit {
		p.Requests = out[len(out)-f.Limit:]
	}
	return p, nil
}

// WaitingFor lists the open requests that wait for user's decision, the longest
// waiting first.
func (e *Engine) WaitingFor(ctx context.Context, user bot.UserID) ([]*Request, error) {
	p, err := e.FindRequests(ctx, user, RequestFilter{Approver: user})
	return p.Requests, err
}

// Figures are the OSPO summary's numbers for a period.
type Figures struct {
	Since, Until                  time.Time
	Opened, Approved, Rejected    int
	Backlog                       [4]int                     // open requests waiting under a day, 1–3 days, 3–7 days, over a week
	StageTimes                    map[string][]time.Duration // time to decision of the stages decided in the period, by stage name, sorted
	Questions                     int                        // licence questions asked in the period
	QuestionsByVerdict, MostAsked map[string]int
	tally                         questionTally // the questions by what they asked, as the summary words them
}

// SummaryFigures counts the period from since to now, for viewer, who must be an
// approver (the figures cover every request).
func (e *Engine) SummaryFigures(_ context.Context, viewer bot.UserID, since time.Time) (Figures, error) {
	var f Figures
	err := e.view(func(w *work) error {
		if !w.e.isApprover(viewer) {
			return codeErrorf(EForbidden, "Only approvers can see the OSPO's figures.")
		}
		var err error
		f, err = w.summaryFigures(since)
		return err
	})
	return f, err
}

func (w *work) summaryFigures(since time.Time) (Figures, error) {
	f := Figures{Since: since, Until: w.now, StageTimes: map[string][]time.Duration{}, QuestionsByVerdict: map[string]int{}, MostAsked: map[string]int{}}
	err := requests.scan(w.tx, nil, func(_ []byte, r *Request) error {
		if !r.Created.Before(since) {
			f.Opened++
		}
		if !r.Decided.IsZero() && !r.Decided.Before(since) {
			switch r.State {
			case StateApproved:
				f.Approved++
			case StateRejected:
				f.Rejected++
			}
		}
		for _, sg := range r.Stages {
			if !sg.Decided.IsZero() && !sg.Decided.Before(since) && !sg.Started.IsZero() {
				f.StageTimes[sg.Name] = append(f.StageTimes[sg.Name], sg.Decided.Sub(sg.Started))
			}
		}
		if r.State == StatePending || r.State == StateChangesRequested {
			waited := w.now.Sub(r.Updated)
			if r.State == StatePending {
				waited = w.now.Sub(r.Stages[r.Current].Started)
			}
			switch {
			case waited < 24*time.Hour:
				f.Backlog[0]++
			case waited < 3*24*time.Hour:
				f.Backlog[1]++
			case waited < 7*24*time.Hour:
				f.Backlog[2]++
			default:
				f.Backlog[3]++
			}
		}
		return nil
	})
	if err != nil {
		return f, err
	}
	for _, d := range f.StageTimes {
		slices.Sort(d)
	}
	err = questions.scan(w.tx, nil, func(_ []byte, q *questionRecord) error {
		t, err := time.Parse("2006-01-02T15:04:05Z", q.Time)
		if err != nil || t.Before(since) {
			return nil
		}
		f.Questions++
		f.QuestionsByVerdict[q.Verdict]++
		f.tally.add(*q)
		if q.Kind == "verdict" || q.Kind == "compatibility" || q.Kind == "combination" || q.Kind == "profile" {
			f.MostAsked[q.Expression]++
		}
		return nil
	})
	return f, err
}

// AuditPage is up to limit audit records after sequence number after, oldest first,
// and the number to ask after for the next page (0 at the end), for members of the ospo
// group.
func (e *Engine) AuditPage(_ context.Context, viewer bot.UserID, after uint64, limit int) ([]AuditRecord, uint64, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	var out []AuditRecord
	var next uint64
	err := e.view(func(w *work) error {
		if !w.e.approvals.isMember(ospoGroup, viewer) {
			return codeErrorf(EForbidden, "Only members of %s can read the audit trail.", ospoGroup)
		}
		return auditRecords.scanFrom(w.tx, seqKey(after+1), func(_ []byte, r *AuditRecord) error {
			if len(out) == limit {
				next = out[len(out)-1].Seq
				return errStopScan
			}
			out = append(out, *r)
			return nil
		})
	})
	return out, next, err
}
