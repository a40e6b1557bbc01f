package workflows

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// stateEvents is every event of the transitions table, each with the command that makes
// it happen: who says what to request id, after the position steps (run on a pending
// request, to bring it to the stage where the command means this event).
var stateEvents = []struct {
	ev       requestEvent
	position [][2]string // user, command line with %s for the ID
	user     string
	command  string // with %s for the ID; "" for the events that make a request
}{
	{ev: evSubmit},
	{ev: evPreApprove},
	{ev: evAdvance, user: "shell:l1", command: "approve %s"},
	{ev: evApprovePart, position: [][2]string{{"shell:l1", "approve %s"}}, user: "shell:o1", command: "approve %s"},
	{ev: evApprove, position: [][2]string{{"shell:l1", "approve %s"}, {"shell:o1", "approve %s"}}, user: "shell:o2", command: "approve %s"},
	{ev: evReject, user: "shell:l1", command: "reject %s not like this"},
	{ev: evAskChanges, user: "shell:l1", command: "changes %s say why"},
	{ev: evResubmit, user: "shell:ana", command: "resubmit %s what=because"},
	{ev: evWithdraw, user: "shell:ana", command: "withdraw %s"},
	{ev: evMarkedDone, user: "shell:ana", command: "done %s https://github.com/a/b/pull/1"},
}

// TestTransitionsTable walks the whole transitions table through the engine's own
// commands. From every state (and from no request at all), every event is tried: a
// pair the table allows must happen and leave the request in the table's state; any
// other pair must be refused with ErrWrongState (and ErrAlreadyDecided for a decision
// on a request that has moved on), changing nothing. A command that changed a state
// without the table, or a table entry no command can reach, fails here.
func TestTransitionsTable(t *testing.T) {
	s, e := transitionHarness(t)
	var n RequestID // the last request made

	// submit makes a request: size=small with a permissive licence is pre-approved.
	submit := func(small bool) RequestID {
		t.Helper()
		rest := contribution
		if small {
			rest = `contribution project=https://github.com/x/y license=MIT what=typo size=small`
		}
		say(t, e, "shell:ana", "request", rest)
		if loadRequest(t, s, n+1) == nil {
			t.Fatalf("request %q made nothing", rest)
		}
		n++
		return n
	}
	must := func(user, line string, id RequestID) {
		t.Helper()
		if err := runCommand(s, e, user, fmt.Sprintf(line, id.Format("OSPO"))); err != nil {
			t.Fatalf("%s: %s: %v", user, fmt.Sprintf(line, id.Format("OSPO")), err)
		}
	}
	// reach makes a request in state from, a pending one at the first of its two stages.
	reach := func(from State) RequestID {
		t.Helper()
		switch from {
		case StateApproved:
			return submit(true)
		case stateNone:
			return n + 1000 // no such request
		}
		id := submit(false)
		switch from {
		case StateChangesRequested:
			must("shell:l1", "changes %s give the reason", id)
		case StateRejected:
			must("shell:l1", "reject %s no", id)
		case StateWithdrawn:
			must("shell:ana", "withdraw %s", id)
		}
		if r := loadRequest(t, s, id); r.State != from {
			t.Fatalf("setting up %s: OSPO-%d is %s", from, id, r.State)
		}
		return id
	}

	covered := map[State]map[requestEvent]bool{}
	for _, from := range append([]State{stateNone}, States...) {
		covered[from] = map[requestEvent]bool{}
		for _, tc := range stateEvents {
			to, ok := transitions[from][tc.ev]
			name := fmt.Sprintf("%s from %q", tc.ev, from)
			if tc.command == "" { // the events that make a request
				if from != stateNone {
					if ok {
						t.Errorf("%s: the table lets an existing request be made again", name)
					}
					continue
				}
				id := submit(tc.ev == evPreApprove)
				if r := loadRequest(t, s, id); !ok || r.State != to {
					t.Errorf("%s: OSPO-%d is %s, the table says %q (allowed: %v)", name, id, r.State, to, ok)
				}
				covered[from][tc.ev] = true
				continue
			}
			id := reach(from)
			if from == StatePending {
				for _, p := range tc.position {
					must(p[0], p[1], id)
				}
			}
			before := loadRequest(t, s, id)
			err := runCommand(s, e, tc.user, fmt.Sprintf(tc.command, id.Format("OSPO")))
			after := loadRequest(t, s, id)
			switch {
			case from == stateNone:
				if ok || ErrorCode(err) != ENotFound || after != nil {
					t.Errorf("%s: %v (%s), want not found", name, err, ErrorCode(err))
				}
			case ok:
				if err != nil {
					t.Errorf("%s: refused: %v", name, err)
				} else if after.State != to {
					t.Errorf("%s: OSPO-%d is %s, the table says %s", name, id, after.State, to)
				}
				covered[from][tc.ev] = true
			default:
				if _, words := userMessage(err); !errors.Is(err, ErrWrongState) || !words {
					t.Errorf("%s: %v, want a refusal in words with ErrWrongState", name, err)
				}
				decision := tc.ev == evAdvance || tc.ev == evApprovePart || tc.ev == evApprove || tc.ev == evReject || tc.ev == evAskChanges
				if decision && !errors.Is(err, ErrAlreadyDecided) {
					t.Errorf("%s: %v, want ErrAlreadyDecided", name, err)
				}
				if after.State != before.State || len(after.Timeline) != len(before.Timeline) {
					t.Errorf("%s: the refused command changed OSPO-%d: %s → %s", name, id, before.State, after.State)
				}
			}
		}
	}
	// The table itself, as people expect the approval process to go: a change to it
	// is a change of the process, made here too.
	want := map[State]map[requestEvent]State{
		stateNone:             {evSubmit: StatePending, evPreApprove: StateApproved},
		StatePending:          {evApprovePart: StatePending, evAdvance: StatePending, evApprove: StateApproved, evReject: StateRejected, evAskChanges: StateChangesRequested, evWithdraw: StateWithdrawn},
		StateChangesRequested: {evResubmit: StatePending, evWithdraw: StateWithdrawn},
		StateApproved:         {evMarkedDone: StateApproved},
	}
	if !reflect.DeepEqual(transitions, want) {
		t.Errorf("transitions:\n%v\nwant\n%v", transitions, want)
	}
	for from, evs := range transitions {
		for ev := range evs {
			if !covered[from][ev] {
				t.Errorf("the table allows %s from %q, and no command made it happen", ev, from)
			}
		}
	}
}

// TestMoveRefusesOutsideTheTable guards the backstop every change of state goes
// through: a pair the table does not list is refused and leaves the request as it was.
func TestMoveRefusesOutsideTheTable(t *testing.T) {
	r := &Request{ID: 7, State: StateRejected}
	if err := r.move(evResubmit); !errors.Is(err, ErrWrongState) || r.State != StateRejected {
		t.Errorf("resubmit of a rejected request: %v, now %s", err, r.State)
	}
	if err := r.move(evWithdraw); err == nil {
		t.Error("a rejected request was withdrawn")
	}
	r.State = StateChangesRequested
	if err := r.move(evResubmit); err != nil || r.State != StatePending {
		t.Errorf("resubmit after changes: %v, now %s", err, r.State)
	}
}

// transitionHarness: the two-stage rule of approvalHarness (legal: any one of three,
// OSPO: both of two), and a pre-approval for small permissive contributions.
func transitionHarness(t *testing.T) (*Store, *Engine) {
	t.Helper()
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	groups := map[string]config.Group{
		"legal": {Members: []string{"shell:l1", "shell:l2", "shell:l3"}, Notify: []string{"shell:terminal"}},
		"ospo":  {Members: []string{"shell:o1", "shell:o2"}, Notify: []string{"shell:terminal"}},
	}
	a := config.DefaultApprovals()
	a.PreApprove = []config.PreApproval{{Name: "small permissive fixes",
		When: config.Match{Kind: []string{"contribution"}, Category: []string{"permissive", "notice"}, Fields: map[string]string{"size": "small"}}}}
	a.Rules = []config.Rule{{Name: "all", Stages: []config.StageRule{
		{Name: "Legal review", Group: "legal", Mode: "any"}, {Name: "OSPO review", Group: "ospo", Mode: "all"}}}}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups})
	e.AddAdapter(&recorder{})
	return s, e
}

// runCommand applies a typed command as the engine applies it, in one transaction,
// and returns the command's own error (which Execute would turn into a reply): a
// refused command rolls its transaction back.
func runCommand(s *Store, e *Engine, user, line string) error {
	command, rest, _ := strings.Cut(line, " ")
	c := bot.Call{Event: bot.Event{ID: bot.EventID(fmt.Sprint("t-", time.Now().UnixNano())), Platform: bot.Shell, Kind: bot.MessageEvent,
		Text: line, User: bot.User{ID: bot.UserID(user)}, Conversation: bot.Conversation{ID: "terminal"}}, Command: command, Rest: rest}
	return s.Update(func(tx *Tx) error {
		return e.apply(&work{tx: tx, now: e.now(), call: c, e: e})
	})
}
