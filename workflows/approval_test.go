package workflows

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// approvalHarness is an engine whose legal group has three members and whose OSPO group
// must approve with all of its two members.
func approvalHarness(t testing.TB) (*Store, *clock, *Engine, *recorder) {
	t.Helper()
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	groups := map[string]config.Group{
		"legal": {Members: []string{"shell:l1", "shell:l2", "shell:l3"}, Notify: []string{"shell:terminal"}},
		"ospo":  {Members: []string{"shell:o1", "shell:o2"}, Notify: []string{"shell:terminal"}},
	}
	a := config.DefaultApprovals()
	a.Rules = []config.Rule{{Name: "all", When: config.Match{}, Stages: []config.StageRule{
		{Name: "Legal review", Group: "legal", Mode: "any"}, {Name: "OSPO review", Group: "ospo", Mode: "all"}}}}
	a.PreApprove = nil
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups})
	rec := &recorder{}
	e.AddAdapter(rec)
	return s, c, e, rec
}

func say(t testing.TB, e *Engine, user, command, rest string) {
	t.Helper()
	n := fmt.Sprint(time.Now().UnixNano(), "-", rand.Int64())
	err := e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: bot.EventID(n), Platform: bot.Shell, Kind: bot.MessageEvent,
		Text: command + " " + rest, User: bot.User{ID: bot.UserID(user)}, Conversation: bot.Conversation{ID: "terminal"}}, Command: command, Rest: rest})
	if err != nil {
		t.Fatal(err)
	}
}

func click(e *Engine, id, user string, action bot.ActionID, value string) error {
	return e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: bot.EventID(id), Platform: bot.Shell, Kind: bot.ActionEvent,
		User: bot.User{ID: bot.UserID(user)}, Conversation: bot.Conversation{ID: "terminal"},
		Action: &bot.Action{ID: action, Value: value}}})
}

func loadRequest(t testing.TB, s *Store, id RequestID) *Request {
	t.Helper()
	var r *Request
	if err := s.View(func(tx *Tx) error {
		var err error
		r, err = getRequest(tx, id)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return r
}

const contribution = `contribution project=https://github.com/a/b license=GPL-2.0-only what="x" size=large`

// TestConcurrentClicksOneDecision guards first-wins on an any-one stage: three approvers
// clicking at once make one decision; the others are told who decided first.
func TestConcurrentClicksOneDecision(t *testing.T) {
	s, _, e, rec := approvalHarness(t)
	say(t, e, "shell:ana", "request", contribution)
	var wg sync.WaitGroup
	for i, u := range []string{"shell:l1", "shell:l2", "shell:l3"} {
		wg.Go(func() {
			if err := click(e, fmt.Sprint("c", i), u, actionApprove, "1/0"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	r := loadRequest(t, s, 1)
	if n := len(r.Stages[0].Decisions); n != 1 || r.Current != 1 {
		t.Fatalf("decisions %d, current stage %d; want one decision and the next stage open", n, r.Current)
	}
	winner := r.Stages[0].Decisions[0].By
	told := 0
	for _, m := range rec.texts() {
		if strings.Contains(m, "was already approved by "+string(winner)) {
			told++
		}
	}
	if told != 2 {
		t.Errorf("%d losers told who decided first, want 2", told)
	}
}

// TestAllModeNeedsEveryMember guards "all": one approval waits for the other member; a
// member's second approval is refused; a delegate counts for the member they stand in for.
func TestAllModeNeedsEveryMember(t *testing.T) {
	s, c, e, _ := approvalHarness(t)
	say(t, e, "shell:ana", "request", contribution)
	say(t, e, "shell:l1", "approve", "OSPO-1")
	say(t, e, "shell:o1", "approve", "OSPO-1")
	if r := loadRequest(t, s, 1); r.State != StatePending || r.Stages[1].State != stageOpen {
		t.Fatalf("after one of two: %s / %s", r.State, r.Stages[1].State)
	}
	say(t, e, "shell:o1", "approve", "OSPO-1") // again: refused, nothing changes
	if r := loadRequest(t, s, 1); len(r.Stages[1].Decisions) != 1 {
		t.Fatalf("second approval by the same member counted: %+v", r.Stages[1].Decisions)
	}
	say(t, e, "shell:o2", "delegate", "shell:dan until 2026-03-03")
	say(t, e, "shell:dan", "approve", "OSPO-1")
	r := loadRequest(t, s, 1)
	if r.State != StateApproved || r.Stages[1].Decisions[1].OnBehalf != "shell:o2" {
		t.Fatalf("after the delegate: %s %+v", r.State, r.Stages[1].Decisions)
	}
	// The delegation ends with its day.
	say(t, e, "shell:ana", "request", contribution)
	say(t, e, "shell:l2", "approve", "OSPO-2")
	c.advance(3 * 24 * time.Hour)
	say(t, e, "shell:dan", "approve", "OSPO-2")
	if r := loadRequest(t, s, 2); len(r.Stages[1].Decisions) != 0 {
		t.Errorf("an expired delegate decided: %+v", r.Stages[1].Decisions)
	}
}

// TestNoSelfApprovalEvenAsMember guards that an approver's own request is not theirs to
// decide, and that a delegate may not approve the request of the one they stand in for.
func TestNoSelfApprovalEvenAsMember(t *testing.T) {
	s, _, e, _ := approvalHarness(t)
	say(t, e, "shell:l1", "request", contribution)
	say(t, e, "shell:l1", "approve", "OSPO-1")
	if r := loadRequest(t, s, 1); len(r.Stages[0].Decisions) != 0 {
		t.Fatal("an approver approved their own request")
	}
	say(t, e, "shell:l2", "delegate", "shell:l1 until 2026-03-10")
	say(t, e, "shell:l1", "approve", "OSPO-1")
	if r := loadRequest(t, s, 1); len(r.Stages[0].Decisions) != 0 {
		t.Fatal("a requester approved their own request as someone's delegate")
	}
}

// TestAuditChainDetectsTampering guards the audit chain: it verifies after real
// transitions, and names the first record when one is changed or removed.
func TestAuditChainDetectsTampering(t *testing.T) {
	s, _, e, _ := approvalHarness(t)
	say(t, e, "shell:ana", "request", contribution)
	say(t, e, "shell:l1", "approve", "OSPO-1")
	say(t, e, "shell:o1", "reject", "OSPO-1 no")
	n, err := s.VerifyAudit()
	if err != nil || n != 3 {
		t.Fatalf("verify: %d %v", n, err)
	}
	edit := func(k uint64, fn func(r *AuditRecord)) {
		if err := s.Update(func(tx *Tx) error {
			v, _ := tx.Get(bucketAudit, seqKey(k))
			var r AuditRecord
			json.Unmarshal(v, &r)
			fn(&r)
			b, _ := json.Marshal(r)
			return tx.Put(bucketAudit, seqKey(k), b)
		}); err != nil {
			t.Fatal(err)
		}
	}
	edit(2, func(r *AuditRecord) { r.Actor = "shell:mallory" })
	if _, err := s.VerifyAudit(); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), "record 2") {
		t.Errorf("changed record: %v", err)
	}
	edit(2, func(r *AuditRecord) { r.Actor = "shell:l1" }) // put back
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatalf("restored: %v", err)
	}
	if err := s.Update(func(tx *Tx) error { return tx.Delete(bucketAudit, seqKey(3)) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyAudit(); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), "record 3") {
		t.Errorf("removed last record: %v", err)
	}
}

// TestStateMachineRandomized drives requests with random actions by random people,
// replays included, and checks after every step that no request is in an impossible
// state, no stage is decided twice, the requester never decides, and the audit chain
// holds. Seeds are fixed so that a failure can be replayed.
func TestStateMachineRandomized(t *testing.T) {
	seen := map[State]bool{}
	for seed := range uint64(8) {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			s := runRandomStore(t, seed, 150)
			_ = s.View(func(tx *Tx) error {
				return tx.Scan(bucketRequests, nil, func(_, v []byte) error {
					var r Request
					if encCBOR.unmarshal(v, &r) == nil {
						seen[r.State] = true
					}
					return nil
				})
			})
		})
	}
	for _, st := range States {
		if !seen[st] {
			t.Errorf("no walk reached %s: the walk is too weak to test the machine", st)
		}
	}
}

func runRandom(t *testing.T, seed uint64, steps int) { runRandomStore(t, seed, steps) }

func runRandomStore(t *testing.T, seed uint64, steps int) *Store {
	s, c, e, _ := approvalHarness(t)
	rng := rand.New(rand.NewPCG(seed, 1))
	users := []string{"shell:ana", "shell:bea", "shell:l1", "shell:l2", "shell:l3", "shell:o1", "shell:o2", "shell:x"}
	requesters := []string{"shell:ana", "shell:bea", "shell:l1"}
	approvers := []string{"shell:l1", "shell:l2", "shell:o1", "shell:o2"}
	var events []bot.Call
	nreq := 0
	for step := range steps {
		u := users[rng.IntN(len(users))]
		switch rng.IntN(3) { // people act where they have a part, mostly
		case 0:
			u = requesters[rng.IntN(len(requesters))]
		case 1:
			u = approvers[rng.IntN(len(approvers))]
		}
		target := 1 + rng.IntN(max(1, nreq))
		id := fmt.Sprintf("OSPO-%d", target)
		var call bot.Call
		ev := bot.Event{ID: bot.EventID(fmt.Sprint(seed, "-", step)), Platform: bot.Shell, Kind: bot.MessageEvent,
			User: bot.User{ID: bot.UserID(u)}, Conversation: bot.Conversation{ID: "terminal"}}
		switch k := rng.IntN(11); {
		case k == 0 || nreq == 0:
			call = bot.Call{Event: ev, Command: "request", Rest: contribution}
			nreq++
		case k <= 3:
			v := fmt.Sprintf("%d/%d", target, rng.IntN(2))
			ev.Kind, ev.Action = bot.ActionEvent, &bot.Action{ID: []bot.ActionID{actionApprove, actionReject, actionChanges}[rng.IntN(3)], Value: v}
			call = bot.Call{Event: ev}
		case k == 4:
			call = bot.Call{Event: ev, Command: "answer", Rest: "because"}
		case k == 5:
			call = bot.Call{Event: ev, Command: []string{"reject", "changes"}[rng.IntN(2)], Rest: id + " not like this"}
		case k == 6:
			call = bot.Call{Event: ev, Command: "approve", Rest: id}
		case k == 9:
			call = bot.Call{Event: ev, Command: "approve", Rest: id}
		case k == 7:
			call = bot.Call{Event: ev, Command: []string{"withdraw", "comment", "resubmit"}[rng.IntN(3)], Rest: id + " what=y"}
			if rng.IntN(3) == 0 {
				call.Command = "withdraw"
			}
		case k == 8 && len(events) > 0:
			call = events[rng.IntN(len(events))] // a replayed event
		default:
			call = bot.Call{Event: ev, Command: "delegate", Rest: users[rng.IntN(len(users))] + " until 2026-03-05"}
		}
		c.advance(time.Minute)
		if err := e.Execute(context.Background(), call); err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		events = append(events, call)
		checkInvariants(t, s, e, step)
	}
	n, err := s.VerifyAudit()
	if err != nil {
		t.Fatal(err)
	}
	if steps >= 100 && n < 10 {
		t.Errorf("only %d transitions in %d steps: the walk does not reach the state machine", n, steps)
	}
	return s
}

func checkInvariants(t *testing.T, s *Store, e *Engine, step int) {
	t.Helper()
	err := s.View(func(tx *Tx) error {
		return tx.Scan(bucketRequests, nil, func(_, v []byte) error {
			var r Request
			if err := encCBOR.unmarshal(v, &r); err != nil {
				return err
			}
			if !slices.Contains(States, r.State) {
				t.Errorf("step %d: OSPO-%d in unknown state %q", step, r.ID, r.State)
			}
			for i, st := range r.Stages {
				decisive := 0
				for _, d := range st.Decisions {
					if d.By == r.Requester || d.OnBehalf == r.Requester {
						t.Errorf("step %d: OSPO-%d decided by its requester", step, r.ID)
					}
					if !slices.Contains(e.approvals.members(st.Group), d.countsFor()) {
						t.Errorf("step %d: OSPO-%d stage %d decided by %s, not of %s", step, r.ID, i, d.countsFor(), st.Group)
					}
					if d.Decision != DecApprove {
						decisive++
					}
				}
				if decisive > 1 {
					t.Errorf("step %d: OSPO-%d stage %d has %d rejections/changes", step, r.ID, i, decisive)
				}
				if st.Mode == "any" && st.State == "approved" && len(st.Decisions) != 1 {
					t.Errorf("step %d: OSPO-%d any-one stage %d approved with %d decisions", step, r.ID, i, len(st.Decisions))
				}
				if i > r.Current && st.State != stageWaiting {
					t.Errorf("step %d: OSPO-%d stage %d past the current one is %s", step, r.ID, i, st.State)
				}
			}
			if r.State == StateApproved && r.PreApproved == "" && r.Stages[len(r.Stages)-1].State != "approved" {
				t.Errorf("step %d: OSPO-%d approved with its last stage %s", step, r.ID, r.Stages[len(r.Stages)-1].State)
			}
			if r.State == StatePending && r.Stages[r.Current].State != stageOpen {
				t.Errorf("step %d: OSPO-%d pending but its stage is %s", step, r.ID, r.Stages[r.Current].State)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzStateMachine lets the fuzzer choose the random seed and length.
func FuzzStateMachine(f *testing.F) {
	f.Add(uint64(42), uint8(60))
	f.Fuzz(func(t *testing.T, seed uint64, n uint8) {
		runRandom(t, seed, int(n%100)+1)
	})
}

// TestRouting guards the routing rules: pre-approval first (recorded with its rule),
// then the first rule that matches on kind, licence category (the strictest of an
// expression), project pattern and exact fields; no match is refused and stores nothing.
// A group with dm also gets the request directly, one message per member.
func TestRouting(t *testing.T) {
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	groups := map[string]config.Group{
		"legal": {Members: []string{"shell:l1"}, Notify: []string{"shell:legal-room"}},
		"ospo":  {Members: []string{"shell:o1", "matrix:@o2:example.org"}, Notify: []string{"shell:ospo-room"}, DM: true},
	}
	a := config.DefaultApprovals()
	a.PreApprove = []config.PreApproval{{Name: "small permissive fixes",
		When: config.Match{Kind: []string{"contribution"}, Category: []string{"permissive", "notice"}, Fields: map[string]string{"size": "small"}}}}
	a.Rules = []config.Rule{
		{Name: "our own org", When: config.Match{Kind: []string{"contribution"}, Project: []string{"https://github.com/acme/*"}},
			Stages: []config.StageRule{{Name: "OSPO review", Group: "ospo", Mode: "any"}}},
		{Name: "copyleft", When: config.Match{Kind: []string{"contribution"}, Category: []string{"reciprocal", "restricted"}},
			Stages: []config.StageRule{{Name: "Legal review", Group: "legal", Mode: "any"}, {Name: "OSPO review", Group: "ospo", Mode: "any"}}},
	}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups})
	rec := &recorder{}
	e.AddAdapter(rec)

	cases := []struct {
		rest           string
		rule, pre      string
		stages         []string
		state          State
		refusedNothing bool
	}{
		{rest: `contribution project=https://github.com/x/y license=MIT what=typo size=small`, pre: "small permissive fixes", state: StateApproved},
		{rest: `contribution project=https://github.com/acme/lib license=MIT what=feature size=large`, rule: "our own org", stages: []string{"OSPO review"}, state: StatePending},
		{rest: `contribution project=https://github.com/x/y license="MIT OR GPL-2.0-only" what=feature size=large`, rule: "copyleft", stages: []string{"Legal review", "OSPO review"}, state: StatePending},
		{rest: `contribution project=https://github.com/x/y license=Apache-2.0 what=feature size=large`, refusedNothing: true},
	}
	id := RequestID(0)
	for _, tc := range cases {
		say(t, e, "shell:ana", "request", tc.rest)
		n := 0
		if err := s.View(func(tx *Tx) error { var err error; n, err = tx.Count(bucketRequests); return err }); err != nil {
			t.Fatal(err)
		}
		if tc.refusedNothing {
			if RequestID(n) != id {
				t.Errorf("%s: no rule matches, yet a request was stored", tc.rest)
			}
			continue
		}
		id++
		r := loadRequest(t, s, id)
		if r == nil {
			t.Fatalf("%s: no request stored; the bot said %q", tc.rest, rec.texts())
		}
		var stages []string
		for _, st := range r.Stages {
			stages = append(stages, st.Name)
		}
		if r.Rule != tc.rule || r.PreApproved != tc.pre || r.State != tc.state || !slices.Equal(stages, tc.stages) {
			t.Errorf("%s: rule %q, pre-approved %q, %s, stages %v; want %q, %q, %s, %v", tc.rest, r.Rule, r.PreApproved, r.State, stages, tc.rule, tc.pre, tc.state, tc.stages)
		}
	}
	// OSPO-2 waits at the OSPO, whose group has dm: its room and each member directly.
	var to []bot.Destination
	if err := s.View(func(tx *Tx) error {
		return tx.Scan(bucketOutbox, nil, func(_, v []byte) error {
			var o outboxEntry
			if err := encCBOR.unmarshal(v, &o); err != nil {
				return err
			}
			if strings.HasPrefix(o.Reply.Text, "OSPO-2: ") && len(o.Reply.Buttons()) > 0 {
				to = append(to, o.To)
			}
			return nil
		})
	}); err != nil {
		t.Fatal(err)
	}
	want := []bot.Destination{{Platform: bot.Shell, Conversation: "ospo-room"}, {Platform: bot.Shell, User: "shell:o1"}, {Platform: "matrix", User: "matrix:@o2:example.org"}}
	if !slices.Equal(to, want) {
		t.Errorf("approval messages of OSPO-2 went to %v, want %v", to, want)
	}
}

// TestParseFields guards the inline form of `request KIND field=value …`: quotes (plain
// and typographic), tabs, and the mistakes that must be refused rather than guessed at.
func TestParseFields(t *testing.T) {
	got, err := parseFields("project=https://x.example/a  what=\"fix a bug\"\tsize=small\r\nreason=“we use it”\nLicense=MIT")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"project": "https://x.example/a", "what": "fix a bug", "size": "small", "reason": "we use it", "license": "MIT"}
	if !maps.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for in, msg := range map[string]string{
		"project=a project=b":   "given twice",
		"what=\"unclosed":       "no closing quote",
		"just words":            "expected field=value",
		"=x":                    "expected field=value",
		"size=small Size=large": "given twice",
	} {
		_, err := parseFields(in)
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%q: %v, want %q", in, err, msg)
		}
	}
}

// TestRequestsListing guards `requests [STATE]` for the OSPO: a long list says how many
// there are and that it shows the newest 30, newest first; a state may be abbreviated.
func TestRequestsListing(t *testing.T) {
	_, _, e, rec := approvalHarness(t)
	for i := range 32 {
		say(t, e, "shell:ana", "request", fmt.Sprintf("cla project=https://github.com/a/p%d cla=https://cla.example.com kind=individual", i))
	}
	say(t, e, "shell:l1", "requests", "pend")
	rec.mu.Lock()
	out := rec.sent[len(rec.sent)-1]
	rec.mu.Unlock()
	if out.Text != "32 requests pending; the newest 30:" {
		t.Errorf("header %q", out.Text)
	}
	body := out.Blocks[0].Text
	if lines := strings.Split(body, "\n"); len(lines) != 30 || !strings.HasPrefix(lines[0], "OSPO-32 ") || !strings.HasPrefix(lines[29], "OSPO-3 ") {
		t.Errorf("listing: %d lines, first %q", len(lines), lines[0])
	}
}

// TestStatusVisibility guards who may read a request: its requester, its approvers and
// their delegates, privately; anyone else is refused without learning its contents.
func TestStatusVisibility(t *testing.T) {
	_, _, e, rec := approvalHarness(t)
	say(t, e, "shell:ana", "request", "cla project=https://github.com/secret/launch cla=https://cla.example.com kind=corporate")
	say(t, e, "shell:l1", "delegate", "shell:dan until 2026-03-09")
	last := func() bot.Reply {
		rec.mu.Lock()
		defer rec.mu.Unlock()
		return rec.sent[len(rec.sent)-1]
	}
	for _, c := range []struct {
		user string
		sees bool
	}{{"shell:ana", true}, {"shell:l2", true}, {"shell:dan", true}, {"shell:eve", false}} {
		say(t, e, c.user, "status", "OSPO-1")
		r := last()
		body := r.Text
		for _, b := range r.Blocks {
			body += b.Text
			for _, f := range b.Fields {
				body += f.Value
			}
		}
		if sees := strings.HasPrefix(r.Text, "OSPO-1 — CLA signature"); sees != c.sees || !r.Private {
			t.Errorf("%s: %q (private %v)", c.user, r.Text, r.Private)
		}
		if !c.sees && strings.Contains(body, "secret") {
			t.Errorf("%s learnt the project: %q", c.user, body)
		}
	}
}

// TestPruneSent guards outbox pruning: old delivered messages go, with their delivery
// records; an open request's approval message stays however old, so that the decision
// still edits it in place; waiting and failed messages are never touched.
func TestPruneSent(t *testing.T) {
	s, c, e, _ := approvalHarness(t)
	ed := &editor{}
	e.AddAdapter(ed) // replaces the recorder: this one can edit
	ctx := context.Background()
	say(t, e, "shell:ana", "identify", "SPDX-License-Identifier: MIT")
	say(t, e, "shell:ana", "request", "cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate")
	sentBefore, _ := s.OutboxStats()

	c.advance(100 * 24 * time.Hour)
	n, err := e.PruneSent(ctx, c.now().Add(-90*24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	after, _ := s.OutboxStats()
	if n == 0 || after.Sent != sentBefore.Sent-n || after.Pending != 0 {
		t.Fatalf("pruned %d: %+v before, %+v after", n, sentBefore, after)
	}
	r := loadRequest(t, s, 1)
	if err := s.View(func(tx *Tx) error {
		for _, m := range r.Stages[0].Messages {
			if _, sent, _, err := deliveryOf(tx, m); err != nil || !sent {
				t.Errorf("approval message #%d of the open request was pruned (%v)", m, err)
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	// The old approval message is still edited in place.
	say(t, e, "shell:l1", "approve", "OSPO-1")
	ed.mu.Lock()
	edits := slices.Clone(ed.edits)
	ed.mu.Unlock()
	if len(edits) == 0 || !strings.Contains(edits[len(edits)-1], "approved by shell:l1") {
		t.Errorf("edits %q, want the approval message edited", edits)
	}
	if st, _ := s.OutboxStats(); st.Pending != 0 || st.Failed != 0 {
		t.Errorf("after the decision: %+v", st)
	}
	// Nothing sent since the cutoff goes.
	if n, err := e.PruneSent(ctx, c.now().Add(-90*24*time.Hour)); err != nil || n != 0 {
		t.Errorf("second prune: %d %v", n, err)
	}

	// The last stage decides while the platform is down: the request is finished, but
	// the edits of its (old) approval messages wait, so their originals stay.
	ed.mu.Lock()
	ed.failing = true
	ed.mu.Unlock()
	say(t, e, "shell:o1", "approve", "OSPO-1")
	say(t, e, "shell:o2", "approve", "OSPO-1")
	if r := loadRequest(t, s, 1); r.State != StateApproved {
		t.Fatalf("OSPO-1 is %s", r.State)
	}
	c.advance(100 * 24 * time.Hour)
	if _, err := e.PruneSent(ctx, c.now().Add(-90*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	ed.mu.Lock()
	ed.failing = false
	ed.mu.Unlock()
	if err := e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	ed.mu.Lock()
	edits = slices.Clone(ed.edits)
	ed.mu.Unlock()
	if len(edits) < 2 || !strings.Contains(edits[len(edits)-1], "approved by shell:o1, shell:o2") {
		t.Errorf("edits %q, want the OSPO message edited after the outage", edits)
	}
	if st, _ := s.OutboxStats(); st.Pending != 0 || st.Failed != 0 {
		t.Errorf("after the outage: %+v", st)
	}
}

// TestOnePromptAtATime guards the answers already given: a button that would ask a new
// question (a reason, a form) while another question waits is refused, and the waiting
// one still takes the next answer.
func TestOnePromptAtATime(t *testing.T) {
	s, _, e, rec := approvalHarness(t)
	for i := range 2 {
		say(t, e, "shell:ana", "request", fmt.Sprintf("cla project=https://github.com/a/p%d cla=https://cla.example.com kind=corporate", i))
	}
	if err := click(e, "c1", "shell:l1", actionReject, "1/0"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		action bot.ActionID
		value  string
	}{{actionReject, "2/0"}, {actionChanges, "2/0"}, {actionFormKind, "cla"}, {actionException, "GPL-3.0-only\tdistribute"}} {
		if err := click(e, "c-"+string(c.action), "shell:l1", c.action, c.value); err != nil {
			t.Fatal(err)
		}
		if got := rec.texts(); !strings.Contains(got[len(got)-1], "still waiting for the reason for your decision on OSPO-1") {
			t.Errorf("%s: %q", c.action, got[len(got)-1])
		}
	}
	say(t, e, "shell:l1", "answer", "the CLA grants a patent licence we cannot give")
	if r := loadRequest(t, s, 1); r.State != StateRejected {
		t.Errorf("OSPO-1 is %s, want rejected with the reason", r.State)
	}
	if r := loadRequest(t, s, 2); r.State != StatePending {
		t.Errorf("OSPO-2 is %s", r.State)
	}
}

// TestReasonPromptMoot guards against a question that can never be answered: when the
// stage is decided while a reason is awaited (by another approver, or by the same one's
// own click), the question goes instead of swallowing every later message.
func TestReasonPromptMoot(t *testing.T) {
	s, _, e, rec := approvalHarness(t)
	say(t, e, "shell:ana", "request", "cla project=https://github.com/a/p cla=https://cla.example.com kind=corporate")
	if err := click(e, "c1", "shell:l1", actionReject, "1/0"); err != nil {
		t.Fatal(err)
	}
	say(t, e, "shell:l2", "approve", "OSPO-1")
	say(t, e, "shell:l1", "answer", "the CLA is too broad")
	if got := rec.texts(); !strings.Contains(got[len(got)-1], "already approved by shell:l2") || !strings.Contains(got[len(got)-1], "no longer wait for your reason") {
		t.Errorf("late reason answered %q", got[len(got)-1])
	}
	if e.HasPrompt(context.Background(), bot.Event{Platform: bot.Shell, Conversation: bot.Conversation{ID: "terminal"}, User: bot.User{ID: "shell:l1"}}) {
		t.Error("the moot question is still open")
	}
	if r := loadRequest(t, s, 1); r.Stages[0].State != "approved" || len(r.Stages[0].Decisions) != 1 {
		t.Errorf("stage 1: %s with %d decisions", r.Stages[0].State, len(r.Stages[0].Decisions))
	}

	// Asked for a reason, the approver clicks Request changes... then approves instead.
	if err := click(e, "c2", "shell:o1", actionChanges, "1/1"); err != nil {
		t.Fatal(err)
	}
	if err := click(e, "c3", "shell:o1", actionApprove, "1/1"); err != nil {
		t.Fatal(err)
	}
	if e.HasPrompt(context.Background(), bot.Event{Platform: bot.Shell, Conversation: bot.Conversation{ID: "terminal"}, User: bot.User{ID: "shell:o1"}}) {
		t.Error("the question survived the approver's own decision")
	}
}

// TestPromptExpires guards against a question left for days: after promptTTL it is
// forgotten, so the next message is an ordinary one; a form that is being filled in
// stays open, as each answer asks the next question afresh.
func TestPromptExpires(t *testing.T) {
	_, c, e, rec := approvalHarness(t)
	l1 := bot.Event{Platform: bot.Shell, Conversation: bot.Conversation{ID: "terminal"}, User: bot.User{ID: "shell:l1"}}
	say(t, e, "shell:ana", "request", "cla project=https://github.com/a/p cla=https://cla.example.com kind=corporate")
	if err := click(e, "c1", "shell:l1", actionReject, "1/0"); err != nil {
		t.Fatal(err)
	}
	c.advance(promptTTL - time.Minute)
	if !e.HasPrompt(context.Background(), l1) {
		t.Fatal("the question expired early")
	}
	c.advance(2 * time.Minute)
	if e.HasPrompt(context.Background(), l1) {
		t.Error("a question older than a day still takes the next message")
	}
	say(t, e, "shell:l1", "answer", "too broad")
	if got := rec.texts(); !strings.Contains(got[len(got)-1], "I have not asked you anything here") {
		t.Errorf("late answer: %q", got[len(got)-1])
	}

	say(t, e, "shell:ana", "request", "cla") // the form asks for the project
	for _, a := range []string{"https://github.com/a/q", "https://cla.example.com", "corporate", "skip"} {
		c.advance(promptTTL - time.Hour)
		say(t, e, "shell:ana", "answer", a)
	}
	if got := rec.texts(); !strings.Contains(got[len(got)-1], "is sent to Legal review") {
		t.Errorf("a form answered a question a day was lost: %q", got[len(got)-1])
	}
}

// TestPeopleAcrossPlatforms guards the rules that name a person, when config links one
// person's IDs on several platforms: nobody decides their own request from another
// platform, a membership under one ID holds under the others, an "all" stage needs each
// person once, and `mine` and withdrawing work from any of the requester's IDs.
func TestPeopleAcrossPlatforms(t *testing.T) {
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	groups := map[string]config.Group{
		"legal": {Members: []string{"shell:lena", "slack:U1"}, Notify: []string{"shell:terminal"}},
		"ospo":  {Members: []string{"shell:o1", "matrix:@o1:example.org", "shell:o2"}, Notify: []string{"shell:terminal"}},
	}
	people := map[string][]string{"ana": {"shell:ana", "slack:U1"}, "otto": {"shell:o1", "matrix:@o1:example.org"}, "lena": {"shell:lena", "slack:U2"},
		"oskar": {"shell:o2", "slack:U3"}}
	a := config.DefaultApprovals()
	a.PreApprove = nil
	a.Rules = []config.Rule{{Name: "all", Stages: []config.StageRule{{Name: "Legal review", Group: "legal", Mode: "any"}, {Name: "OSPO review", Group: "ospo", Mode: "all"}}}}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups, People: people})
	rec := &recorder{}
	e.AddAdapter(rec)
	last := func() string { got := rec.texts(); return got[len(got)-1] }

	say(t, e, "shell:ana", "request", "cla project=https://github.com/a/p cla=https://cla.example.com kind=corporate")
	say(t, e, "slack:U1", "approve", "OSPO-1") // ana, a legal member on Slack
	if !strings.Contains(last(), "it is your own request") {
		t.Errorf("ana approved her own request from Slack: %q", last())
	}
	say(t, e, "slack:U2", "approve", "OSPO-1") // lena on Slack; legal lists her shell ID
	if r := loadRequest(t, s, 1); r.Stages[0].State != "approved" {
		t.Fatalf("lena could not decide from Slack: %q", last())
	}
	say(t, e, "shell:o1", "approve", "OSPO-1")
	say(t, e, "matrix:@o1:example.org", "approve", "OSPO-1") // otto again, on Matrix
	if !strings.Contains(last(), "has already approved") {
		t.Errorf("otto approved twice: %q", last())
	}
	say(t, e, "slack:U1", "mine", "")
	if !strings.Contains(last(), "Your requests (1)") {
		t.Errorf("mine from Slack: %q", last())
	}
	say(t, e, "shell:o2", "approve", "OSPO-1")
	if r := loadRequest(t, s, 1); r.State != StateApproved {
		t.Errorf("OSPO-1 is %s after every person of the all stage approved: %q", r.State, last())
	}

	say(t, e, "slack:U1", "request", "cla project=https://github.com/a/q cla=https://cla.example.com kind=corporate")
	say(t, e, "shell:ana", "withdraw", "OSPO-2")
	if r := loadRequest(t, s, 2); r.State != StateWithdrawn {
		t.Errorf("ana could not withdraw from the shell what she asked on Slack: %q", last())
	}

	// A delegate named under one ID decides under another.
	say(t, e, "shell:lena", "delegate", "shell:o2 until 2026-03-10")
	say(t, e, "shell:ana", "request", "cla project=https://github.com/a/r cla=https://cla.example.com kind=corporate")
	say(t, e, "slack:U3", "approve", "OSPO-3")
	if r := loadRequest(t, s, 3); r.Stages[0].State != "approved" || r.Stages[0].Decisions[0].OnBehalf != "shell:lena" {
		t.Errorf("oskar could not decide for lena from Slack: %q", last())
	}
	// The delegation is lena's under each of her IDs, and oskar's to see under each of his.
	say(t, e, "slack:U2", "delegate", "")
	if !strings.Contains(last(), "shell:o2 decides for you until the end of 2026-03-10") {
		t.Errorf("lena's delegation, asked from Slack: %q", last())
	}
	say(t, e, "slack:U3", "delegate", "")
	if !strings.Contains(last(), "You decide for shell:lena") {
		t.Errorf("oskar's stand-in, asked from Slack: %q", last())
	}
	say(t, e, "slack:U2", "delegate", "slack:U9 until 2026-03-11") // replaces, not adds
	say(t, e, "shell:lena", "delegate", "")
	if got := last(); strings.Count(got, "decides for you") != 1 || !strings.Contains(got, "slack:U9") {
		t.Errorf("after a new delegate from Slack: %q", got)
	}
	say(t, e, "slack:U2", "delegate", "off")
	say(t, e, "shell:lena", "delegate", "")
	if !strings.Contains(last(), "You have no delegate") {
		t.Errorf("after delegate off from Slack: %q", last())
	}
}

// TestLongTextRefused guards the request record, which every decision reads: a reason or
// comment longer than maxText is refused with a message, and nothing is recorded.
func TestLongTextRefused(t *testing.T) {
	s, _, e, rec := approvalHarness(t)
	say(t, e, "shell:ana", "request", "cla project=https://github.com/a/p cla=https://cla.example.com kind=corporate")
	long := strings.Repeat("x", maxText+1)
	for _, c := range []struct{ user, cmd, rest, want string }{
		{"shell:ana", "comment", "OSPO-1 " + long, "The comment is too long"},
		{"shell:l1", "reject", "OSPO-1 " + long, "The reason is too long"},
		{"shell:ana", "withdraw", "OSPO-1 " + long, "The reason is too long"},
	} {
		say(t, e, c.user, c.cmd, c.rest)
		if got := rec.texts(); !strings.Contains(got[len(got)-1], c.want) {
			t.Errorf("%s: %q", c.cmd, got[len(got)-1])
		}
	}
	if r := loadRequest(t, s, 1); r.State != StatePending || len(r.Timeline) != 1 {
		t.Errorf("OSPO-1 is %s with %d timeline entries", r.State, len(r.Timeline))
	}
}

// TestValidateField guards the values a request may hold: a web address, an SPDX
// expression of known licences, one of the choices, and at most maxText characters;
// each refusal names the field.
func TestValidateField(t *testing.T) {
	url := config.Field{Label: "Project URL", Type: "url"}
	lic := config.Field{Label: "Licence", Type: "license"}
	size := config.Field{Label: "Size", Type: "choice", Choices: []string{"small", "large"}}
	text := config.Field{Label: "What", Type: "text"}
	for _, c := range []struct {
		f    config.Field
		v    string
		want string // "" when valid
	}{
		{url, "https://github.com/etcd-io/bbolt", ""},
		{url, "github.com/etcd-io/bbolt", "Project URL must be a web address"},
		{url, "javascript:alert(1)", "Project URL must be a web address"},
		{config.Field{Name: "cla", Label: "CLA URL", Type: "url"}, "corporate", "CLA URL must be a web address like https://…, not \"corporate\"."},
		{lic, "MIT", ""},
		{lic, "Apache-2.0 OR MIT", ""},
		{lic, "GPL-2.0-only WITH Classpath-exception-2.0", ""},
		{lic, "FooBar-1.0", "Licence must be an SPDX expression of known licences"},
		{lic, "MIT AND", "Licence must be an SPDX expression"},
		{lic, "GPLv2", "; it probably means GPL-2.0-only."},
		{size, "small", ""},
		{size, "huge", `Size must be one of small, large, not "huge"`},
		{text, strings.Repeat("x", maxText), ""},
		{text, strings.Repeat("x", maxText+1), "What is too long"},
	} {
		err := validateField(c.f, c.v)
		if (err == nil) != (c.want == "") || err != nil && !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %.30q: %v, want %q", c.f.Type, c.v, err, c.want)
		}
	}
	// A request names every field that needs fixing, not only the first.
	url.Name, lic.Name, size.Name, text.Name = "project", "license", "size", "what"
	kind := config.Kind{Fields: []config.Field{url, lic, size, text}}
	err := validateFields(kind, map[string]string{"project": "notaurl", "license": "MIT", "size": "huge", "what": ""})
	if msg, _ := userMessage(err); !strings.HasPrefix(msg, "2 fields need fixing:\n• Project URL must") || !strings.Contains(msg, "\n• Size must be one of") {
		t.Errorf("two bad fields: %q", msg)
	}
	kind.Title = "Upstream contribution"
	err = validateFields(kind, map[string]string{"project": "https://github.com/a/b", "colour": "red"})
	if msg, _ := userMessage(err); msg != `Upstream contribution has no field "colour" (fields: project, license, size, what).` {
		t.Errorf("unknown field: %q", msg)
	}
	// Values are stored as the configuration spells them, whatever the case typed.
	fields := map[string]string{"project": " https://github.com/a/b ", "size": "Small", "license": "apache-2.0 or mit"}
	if err := validateFields(kind, fields); err != nil || fields["size"] != "small" || fields["project"] != "https://github.com/a/b" || fields["license"] != "Apache-2.0 OR MIT" {
		t.Errorf("canonical fields: %v %q", err, fields)
	}
}

// TestRefusalNamesApprovers guards that someone refused a decision is told whom to ask:
// every member of a small group, the first five of a large one.
func TestRefusalNamesApprovers(t *testing.T) {
	_, _, e, rec := approvalHarness(t)
	say(t, e, "shell:ana", "request", contribution)
	say(t, e, "shell:zed", "approve", "OSPO-1")
	if got := rec.texts(); !strings.Contains(got[len(got)-1], "Only members of legal (shell:l1, shell:l2, shell:l3) or their delegates can decide OSPO-1") {
		t.Errorf("refusal: %q", got[len(got)-1])
	}
	var many []string
	for i := range 8 {
		many = append(many, fmt.Sprintf("shell:m%d", i))
	}
	a := newApprovals(config.DefaultApprovals(), map[string]config.Group{"big": {Members: many}, "none": {}}, nil)
	if got, want := a.whoIs("big"), "shell:m0, shell:m1, shell:m2, shell:m3, shell:m4 and 3 more"; got != want {
		t.Errorf("whoIs(big) = %q, want %q", got, want)
	}
	if got := a.whoIs("none"); got != "nobody yet" {
		t.Errorf("whoIs(none) = %q", got)
	}
}

// TestVerdictNextStep guards what a licence answer says to do next: a verdict short of
// allowed offers an exception request when that kind is configured, and only words the
// next step when it is not.
func TestVerdictNextStep(t *testing.T) {
	p := LicensePolicy(config.DefaultPolicy())
	for _, tc := range []struct {
		expr, use  string
		exceptions bool
		next       string
		button     bool
	}{
		{"GPL-3.0-only", "distribute", true, "Ask for a licence exception", true},
		{"GPL-3.0-only", "distribute", false, "Ask the OSPO for approval", false},
		{"AGPL-3.0-only", "distribute", true, "only an approved exception allows this one", true},
		{"AGPL-3.0-only", "distribute", false, "Look for a component under another licence.", false},
		{"AGPL-3.0-only", "saas", true, "Ask for a licence exception", true},
		{"MIT", "distribute", true, "", false},
	} {
		d, err := p.Evaluate(tc.expr, tc.use, "")
		if err != nil {
			t.Fatal(err)
		}
		r := VerdictReply(d, "", tc.exceptions)
		var next string
		button := false
		for _, b := range r.Blocks {
			for _, f := range b.Fields {
				if f.Label == "Next" {
					next = f.Value
				}
			}
			button = button || slices.ContainsFunc(b.Buttons, func(b bot.Button) bool { return b.Action == actionException })
		}
		if !strings.Contains(next, tc.next) || (tc.next == "" && next != "") || button != tc.button {
			t.Errorf("%s for %s (exceptions %v): next %q, button %v", tc.expr, tc.use, tc.exceptions, next, button)
		}
	}
}

// TestSettledBy: a finished request is explained by the decision that finished it, not
// by a later comment or "marked done", nor by the engine's closing "approved".
func TestSettledBy(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	e := func(actor bot.UserID, action string) Entry { return Entry{Time: at, Actor: actor, Action: action} }
	for _, c := range []struct {
		timeline []Entry
		want     string
	}{
		{[]Entry{e("shell:ana", "submitted"), e("shell:legal", "approved at Legal"), e("ospobot", "approved"), e("shell:bob", "commented"), e("shell:ana", "marked done")}, "shell:legal approved at Legal"},
		{[]Entry{e("shell:ana", "submitted"), e("ospobot", "pre-approved"), e("shell:ana", "marked done")}, "ospobot pre-approved"},
		{[]Entry{e("shell:ana", "submitted"), e("shell:legal", "rejected at Legal"), e("shell:ana", "commented")}, "shell:legal rejected at Legal"},
		{[]Entry{e("shell:ana", "submitted"), e("shell:ana", "withdrawn")}, "shell:ana withdrawn"},
	} {
		got := settledBy(&Request{Timeline: c.timeline})
		if s := string(got.Actor) + " " + got.Action; s != c.want {
			t.Errorf("%v: settled by %q, want %q", c.timeline, s, c.want)
		}
	}
}

// TestLastDay: how long a delegation lasts, in the words people use.
func TestLastDay(t *testing.T) {
	now := time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC) // a Wednesday
	for phrase, want := range map[string]string{
		"until 2026-12-24": "2026-12-24", "until tomorrow": "2026-11-26", "until Friday": "2026-11-27", "until wed": "2026-12-02",
		"for 1 day": "2026-11-25", "for 3 days": "2026-11-27", "for a week": "2026-12-01", "for 2 weeks": "2026-12-08",
		"until someday": "", "for 0 days": "", "for 2 months": "", "next week": "",
	} {
		d, err := lastDay(phrase, now)
		if got := d.Format("2006-01-02"); err == nil && got != want || err != nil && want != "" {
			t.Errorf("%q: %s (%v), want %q", phrase, got, err, want)
		}
	}
}

// TestSnoozeFor: how long reminders pause, as typed.
func TestSnoozeFor(t *testing.T) {
	now := time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC) // a Wednesday
	day := 24 * time.Hour
	for phrase, want := range map[string]time.Duration{
		"": 7 * day, "1d": day, "3d": 3 * day, "2w": 14 * day, "3 days": 3 * day, "for 2 weeks": 14 * day, "a week": 7 * day, "day": day,
		"until friday": 2*day + 9*time.Hour, "13w": 0, "soon": 0, "0d": 0, "until 2026-01-01": 0,
	} {
		got, err := snoozeFor(phrase, now)
		if err == nil && got != want || err != nil && want != 0 {
			t.Errorf("%q: %v (%v), want %v", phrase, got, err, want)
		}
	}
}

// TestParseRequestID: a request's ID as people type it.
func TestParseRequestID(t *testing.T) {
	for s, want := range map[string]RequestID{
		"OSPO-42": 42, "ospo-42": 42, "OSPO42": 42, "42": 42, "#42": 42, "OSPO-42.": 42, " OSPO-7? ": 7,
		"OSPO-0": 0, "OSPO-x": 0, "ACME-42": 0, "": 0, "OSPO": 0, "-42": 0,
	} {
		got, ok := ParseRequestID(s, "OSPO")
		if ok != (want != 0) || got != want {
			t.Errorf("ParseRequestID(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
}
