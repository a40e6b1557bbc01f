package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/loopback"
)

// loadConfigYAML is serve's configuration for load: the loopback adapter, one approval
// stage decided by any one of the legal group (whose requests are posted in "legal"),
// and no schedules.
func loadConfigYAML(db string) string {
	return `store:
  path: ` + db + `
serve:
  loopback: true
groups:
  legal:
    members: [loopback:a1, loopback:a2]
    notify: [loopback:legal]
approvals:
  preapprove: []
  rules:
    - name: contributions
      when: {kind: [contribution]}
      stages:
        - {name: Legal review, group: legal, mode: any, due: 3d}
schedules: []
`
}

// driver speaks to the loopback adapter of a running serve, as a chat platform would.
type driver struct {
	base   string
	prefix string // of event IDs, unique per run
	client *http.Client
}

func newDriver(base, prefix string) *driver {
	return &driver{base: base, prefix: prefix, client: &http.Client{Timeout: 30 * time.Second}}
}

// post sends ev and returns the delivery sequence at its arrival: its replies come after.
// An error means the event was not acknowledged.
func (d *driver) post(ctx context.Context, ev loopback.EventIn) (int, error) {
	body, _ := json.Marshal(ev)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.base+"/loopback/events", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	resp, err := d.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		return 0, fmt.Errorf("event %s: %s: %s", ev.ID, resp.Status, b)
	}
	var acc loopback.Accepted
	return acc.Seq, json.NewDecoder(resp.Body).Decode(&acc)
}

// deliveries lists what was delivered to `to` after seq, waiting up to wait for one.
func (d *driver) deliveries(ctx context.Context, to string, after int, wait time.Duration) ([]loopback.Delivery, error) {
	q := url.Values{"after": {strconv.Itoa(after)}, "wait": {wait.String()}}
	if to != "" {
		q.Set("to", to)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.base+"/loopback/deliveries?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := d.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("deliveries: %s", resp.Status)
	}
	var ds []loopback.Delivery
	return ds, json.NewDecoder(resp.Body).Decode(&ds)
}

// await returns the first delivery to `to` after seq that match accepts.
func (d *driver) await(ctx context.Context, to string, after int, match func(loopback.Delivery) bool) (loopback.Delivery, error) {
	for ctx.Err() == nil {
		ds, err := d.deliveries(ctx, to, after, 2*time.Second)
		if err != nil {
			return loopback.Delivery{}, err
		}
		for _, dl := range ds {
			after = dl.Seq
			if match(dl) {
				return dl, nil
			}
		}
	}
	return loopback.Delivery{}, ctx.Err()
}

// loadPlan is a load: users each ask a question and file a request, rounds times, while
// approvers click Approve on every request posted in "legal" (all of them on each, so
// that all but one click find it already decided).
type loadPlan struct{ users, rounds, approvers int }

func (p loadPlan) requests() int { return p.users * p.rounds }

// loadStats is what a load saw.
type loadStats struct {
	mu        sync.Mutex
	latency   map[string][]time.Duration // event to its reply delivered, by question, request, click
	attempted map[string]loopback.EventIn
	acked     map[string]bool
	requestOf map[string]string // request event ID → OSPO-N from its reply
	onAck     func(n int)       // called after each acknowledgement with the count
}

func newLoadStats() *loadStats {
	return &loadStats{latency: map[string][]time.Duration{}, attempted: map[string]loopback.EventIn{}, acked: map[string]bool{}, requestOf: map[string]string{}}
}

func (s *loadStats) try(ev loopback.EventIn) {
	s.mu.Lock()
	s.attempted[ev.ID] = ev
	s.mu.Unlock()
}

func (s *loadStats) ack(id string) {
	s.mu.Lock()
	s.acked[id] = true
	n, f := len(s.acked), s.onAck
	s.mu.Unlock()
	if f != nil {
		f(n)
	}
}

func (s *loadStats) took(kind string, d time.Duration) {
	s.mu.Lock()
	s.latency[kind] = append(s.latency[kind], d)
	s.mu.Unlock()
}

// unacked are the events sent whose acknowledgement never came, in no order.
func (s *loadStats) unacked() []loopback.EventIn {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []loopback.EventIn
	for id, ev := range s.attempted {
		if !s.acked[id] {
			out = append(out, ev)
		}
	}
	return out
}

// percentiles of every latency seen, and their count.
func (s *loadStats) percentiles() (n int, p50, p99 time.Duration) {
	s.mu.Lock()
	var all []time.Duration
	for _, l := range s.latency {
		all = append(all, l...)
	}
	s.mu.Unlock()
	if len(all) == 0 {
		return 0, 0, 0
	}
	slices.Sort(all)
	return len(all), all[len(all)*50/100], all[min(len(all)-1, len(all)*99/100)]
}

var requestID = regexp.MustCompile(`OSPO-[0-9]+`)

// send posts ev, recording the attempt and its acknowledgement, and returns when its
// reply (the first delivery after it that match accepts) has been delivered.
func (d *driver) send(ctx context.Context, s *loadStats, kind, to string, ev loopback.EventIn, match func(loopback.Delivery) bool) (loopback.Delivery, error) {
	s.try(ev)
	start := time.Now()
	seq, err := d.post(ctx, ev)
	if err != nil {
		return loopback.Delivery{}, err
	}
	s.ack(ev.ID)
	dl, err := d.await(ctx, to, seq, match)
	if err == nil {
		s.took(kind, time.Since(start))
	}
	return dl, err
}

// runLoad drives plan through d until done, or until an event fails (the server went
// away), and returns the first failure.
func runLoad(ctx context.Context, d *driver, plan loadPlan, s *loadStats) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errs := make(chan error, plan.users+plan.approvers)
	fail := func(err error) {
		errs <- err
		cancel()
	}
	for u := range plan.users {
		wg.Go(func() {
			user := fmt.Sprintf("u%d", u)
			conv := "dm-" + user
			// Replies to the user, not the notices of decisions (which name the requester).
			reply := func(dl loopback.Delivery) bool { return !strings.HasPrefix(dl.Text, "loopback:"+user+": ") }
			for r := range plan.rounds {
				q := loopback.EventIn{ID: fmt.Sprintf("%s-q-%s-%d", d.prefix, user, r), User: user, Conversation: conv, Direct: true,
					Text: "can I use GPL-2.0-only in a SaaS?"}
				if _, err := d.send(ctx, s, "question", conv, q, reply); err != nil {
					fail(err)
					return
				}
				req := loopback.EventIn{ID: fmt.Sprintf("%s-r-%s-%d", d.prefix, user, r), User: user, Conversation: conv, Direct: true,
					Text: fmt.Sprintf(`request contribution project=https://github.com/acme/%s-%s-%d license=GPL-2.0-only what="a fix" size=large`, d.prefix, user, r)}
				dl, err := d.send(ctx, s, "request", conv, req, reply)
				if err != nil {
					fail(err)
					return
				}
				s.mu.Lock()
				s.requestOf[req.ID] = requestID.FindString(dl.Text)
				s.mu.Unlock()
			}
		})
	}
	for a := range plan.approvers {
		wg.Go(func() {
			if err := d.approve(ctx, s, fmt.Sprintf("a%d", a+1), plan.requests()); err != nil {
				fail(err)
			}
		})
	}
	wg.Wait()
	close(errs)
	return <-errs
}

// approve clicks Approve on each request posted in "legal", waiting for the answer to
// each click, until it has seen want requests.
func (d *driver) approve(ctx context.Context, s *loadStats, me string, want int) error {
	after, seen := 0, 0
	for seen < want {
		ds, err := d.deliveries(ctx, "legal", after, 2*time.Second)
		if err != nil {
			return err
		}
		for _, dl := range ds {
			after = dl.Seq
			if dl.Edit || dl.User != "" {
				continue
			}
			for _, b := range dl.Buttons {
				if b.Action != "approval.approve" {
					continue
				}
				seen++
				id := requestID.FindString(dl.Text)
				// Answered by the edit of the approval message naming me, or, when another
				// approver was first, a private reply about this request.
				mine := func(x loopback.Delivery) bool {
					return x.Edit && x.Ref == dl.Ref && strings.Contains(x.Text, "approved by loopback:"+me) ||
						x.User == me && strings.Contains(x.Text, id+" ")
				}
				click := loopback.EventIn{ID: fmt.Sprintf("%s-c-%s-%s", d.prefix, me, dl.Ref), User: me, Conversation: "legal",
					Action: &loopback.ActionIn{ID: b.Action, Value: b.Value, Message: dl.Ref}}
				if _, err := d.send(ctx, s, "click", "legal", click, mine); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// cpuSeconds reads serve's process_cpu_seconds_total from /metrics.
func cpuSeconds(t testing.TB, p *serveProc) float64 {
	_, body := p.get("/metrics")
	for _, l := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(l, "process_cpu_seconds_total "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
	}
	t.Fatal("no process_cpu_seconds_total in /metrics")
	return 0
}

// BenchmarkServeLoad pushes concurrent users (questions, requests, approval clicks)
// through the real serve binary and its loopback adapter, and reports throughput, the
// time from an event to its delivered reply (p50, p99), and serve's CPU per event. One
// b.N is one user round: a question, a request, and two approvers' clicks on it. One
// user shows the latency of an idle bot; sixteen, a busy one.
//
//	go test -run '^$' -bench BenchmarkServeLoad -benchtime 800x ./cmd/ospobot
func BenchmarkServeLoad(b *testing.B) {
	for _, users := range []int{1, 16} {
		b.Run(fmt.Sprintf("users=%d", users), func(b *testing.B) { benchServe(b, users) })
	}
}

func benchServe(b *testing.B, users int) {
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, "c.yaml"), []byte(loadConfigYAML("bot.db")), 0o600)
	p := startServe(b, dir, nil, "--config", "c.yaml", "--listen", "127.0.0.1:0")
	plan := loadPlan{users: users, rounds: max(1, (b.N+users-1)/users), approvers: 2}
	s := newLoadStats()
	cpu0 := cpuSeconds(b, p)
	b.ResetTimer()
	start := time.Now()
	if err := runLoad(context.Background(), newDriver(p.base, "b"), plan, s); err != nil {
		b.Fatal(err)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	cpu := cpuSeconds(b, p) - cpu0
	n, p50, p99 := s.percentiles()
	b.ReportMetric(float64(n)/elapsed.Seconds(), "events/s")
	b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(cpu*1e6/float64(n), "cpu-µs/event")
	if code := p.stop(syscall.SIGTERM); code != 0 {
		b.Fatalf("exit %d:\n%s", code, p.logs)
	}
}

// TestServeKilledUnderLoad guards durability across a crash of the real binary: serve
// is killed (SIGKILL) while users file requests and approvers click, then restarted on
// the same database. Events not acknowledged are sent again, as a platform does; the
// approvers finish from their `pending` lists. Then every acknowledged request is on
// record, each was decided exactly once although every approver clicked, nothing is
// left undelivered or failed in the outbox, and the audit chain verifies.
func TestServeKilledUnderLoad(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "c.yaml"), []byte(loadConfigYAML("bot.db")), 0o600)
	first := startServe(t, dir, nil, "--config", "c.yaml", "--listen", "127.0.0.1:0")
	plan := loadPlan{users: 8, rounds: 6, approvers: 2}
	s := newLoadStats()
	// Kill once about a third of the events were acknowledged.
	killAt := (plan.requests()*2 + plan.requests()*plan.approvers) / 3
	reached := make(chan struct{})
	var once sync.Once
	s.onAck = func(n int) {
		if n >= killAt {
			once.Do(func() { close(reached) })
		}
	}
	loadDone := make(chan error, 1)
	go func() { loadDone <- runLoad(context.Background(), newDriver(first.base, "k"), plan, s) }()
	select {
	case <-reached:
	case err := <-loadDone:
		t.Fatalf("the load ended before the kill: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("the load did not reach the kill point in 60s")
	}
	if code := first.stop(syscall.SIGKILL); code != -1 {
		t.Fatalf("serve after SIGKILL: exit %d", code)
	}
	if err := <-loadDone; err == nil {
		t.Fatal("the load finished although serve was killed")
	}

	second := startServe(t, dir, nil, "--config", "c.yaml", "--listen", "127.0.0.1:0")
	d := newDriver(second.base, "k")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	resent := s.unacked()
	for _, ev := range resent {
		if _, err := d.post(ctx, ev); err != nil {
			t.Fatalf("resend after restart: %v", err)
		}
		s.ack(ev.ID)
	}
	settle(ctx, t, d)
	if code := second.stop(syscall.SIGTERM); code != 0 {
		t.Fatalf("restarted serve exited %d:\n%s", code, second.logs)
	}

	if out, errs, code := cli(t, dir, "audit", "verify", "--config", "c.yaml"); code != 0 {
		t.Fatalf("audit verify: exit %d\n%s%s", code, out, errs)
	}
	out, errs, code := cli(t, dir, "audit", "export", "--config", "c.yaml", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("audit export: exit %d\n%s", code, errs)
	}
	submitted, approvals := map[string]string{}, map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec struct{ Event, Action, Request string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		switch rec.Action {
		case "submitted":
			submitted[rec.Event] = rec.Request
		case "approve":
			approvals[rec.Request]++
		}
	}
	s.mu.Lock()
	filed := 0
	for id := range s.acked {
		if !strings.HasPrefix(id, "k-r-") {
			continue
		}
		filed++
		if submitted[id] == "" {
			t.Errorf("acknowledged request %s is not on record", id)
		}
		if want := s.requestOf[id]; want != "" && submitted[id] != want {
			t.Errorf("request %s was answered as %s, recorded as %s", id, want, submitted[id])
		}
	}
	s.mu.Unlock()
	if len(submitted) != filed {
		t.Errorf("%d requests on record for %d acknowledged", len(submitted), filed)
	}
	for _, req := range submitted {
		if approvals[req] != 1 {
			t.Errorf("%s decided %d times, want once", req, approvals[req])
		}
	}
	if out, errs, code := cli(t, dir, "outbox", "--config", "c.yaml"); code != 0 || !strings.Contains(out, " 0 waiting,") || !strings.Contains(out, " 0 failed") {
		t.Errorf("outbox after the restart: exit %d\n%s%s", code, out, errs)
	}
	t.Logf("killed after %d acknowledged events; %d sent again; %d requests, each decided once", killAt, len(resent), len(submitted))
}

// settle has the approvers decide everything that waits, from their `pending` lists,
// both clicking each Approve.
func settle(ctx context.Context, t *testing.T, d *driver) {
	for round := 0; ; round++ {
		if round > 50 {
			t.Fatal("requests still wait after 50 rounds of pending")
		}
		ev := loopback.EventIn{ID: fmt.Sprintf("settle-%d", round), User: "a1", Conversation: "legal", Text: "pending"}
		seq, err := d.post(ctx, ev)
		if err != nil {
			t.Fatal(err)
		}
		// The answer to this `pending`, not a late private answer to an earlier click
		// ("already approved by …"), which may arrive first.
		list, err := d.await(ctx, "a1", seq, func(x loopback.Delivery) bool {
			return x.Private && !x.Edit && (x.Text == "Nothing waits for your decision." || strings.HasSuffix(x.Text, "for your decision, oldest first:"))
		})
		if err != nil {
			t.Fatal(err)
		}
		var clicks []loopback.Button
		for _, b := range list.Buttons {
			if b.Action == "approval.approve" {
				clicks = append(clicks, b)
			}
		}
		if len(clicks) == 0 {
			return
		}
		for _, b := range clicks {
			for _, me := range []string{"a1", "a2"} {
				ev := loopback.EventIn{ID: fmt.Sprintf("settle-%d-%s-%s", round, me, b.Value), User: me, Conversation: "legal",
					Action: &loopback.ActionIn{ID: b.Action, Value: b.Value, Message: list.Ref}}
				if _, err := d.post(ctx, ev); err != nil && !errors.Is(err, context.Canceled) {
					t.Fatal(err)
				}
			}
		}
	}
}
