package workflows

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// recorder is an adapter at the network edge: it records what it is asked to deliver
// and fails while failing is set, as a platform that is down would.
type recorder struct {
	mu      sync.Mutex
	sent    []bot.Reply
	edits   []string // ref + ": " + text
	failing bool
}

func (r *recorder) Platform() bot.Platform { return bot.Shell }
func (*recorder) Capabilities() bot.Capabilities {
	return bot.Capabilities{Buttons: true, Edits: true, Ephemeral: true}
}
func (r *recorder) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }
func (r *recorder) Send(_ context.Context, _ bot.Destination, rep bot.Reply) (bot.MessageRef, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failing {
		return "", errors.New("platform unavailable")
	}
	r.sent = append(r.sent, rep)
	return bot.MessageRef("m" + string(rune('0'+len(r.sent)))), nil
}

func (r *recorder) texts() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, s := range r.sent {
		out = append(out, s.Text)
	}
	return out
}

// editor is a recorder that can also edit.
type editor struct{ recorder }

func (e *editor) Edit(_ context.Context, _ bot.Destination, ref bot.MessageRef, rep bot.Reply) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.failing {
		return errors.New("platform unavailable")
	}
	e.edits = append(e.edits, string(ref)+": "+rep.Text)
	return nil
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }
func quietLog() *slog.Logger             { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
func newTestEngine(s *Store, c *clock) *Engine {
	return NewEngine(s, Options{Now: c.now, Log: quietLog(), Version: "test"})
}

// harness is an engine over a fresh store with a controllable clock, delivering to a.
func harness(t *testing.T, a bot.Adapter) (*Store, *clock, *Engine) {
	t.Helper()
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	e := newTestEngine(s, c)
	e.AddAdapter(a)
	return s, c, e
}

func message(id, text string) bot.Call {
	return bot.Call{
		Event: bot.Event{ID: bot.EventID(id), Platform: bot.Shell, Kind: bot.MessageEvent, Text: text,
			User: bot.User{ID: "shell:ana"}, Conversation: bot.Conversation{ID: "terminal", Direct: true}},
		Command: "identify", Rest: text,
	}
}

// TestExecuteReplayIsNoOp guards exactly-once effect: the same event delivered twice
// (as Slack and Matrix do on retries) leaves one reply, not two.
func TestExecuteReplayIsNoOp(t *testing.T) {
	rec := &recorder{}
	s, _, e := harness(t, rec)
	ctx := context.Background()
	call := message("ev-1", "SPDX-License-Identifier: MIT")
	for range 3 {
		if err := e.Execute(ctx, call); err != nil {
			t.Fatal(err)
		}
	}
	if got := rec.texts(); len(got) != 1 || !strings.Contains(got[0], "`MIT`") {
		t.Fatalf("sent %q, want one identification of MIT", got)
	}
	st, err := s.OutboxStats()
	if err != nil {
		t.Fatal(err)
	}
	if st != (OutboxStats{Sent: 1}) {
		t.Errorf("outbox = %+v, want one sent entry", st)
	}
}

// TestOutboxRetriesAndKeepsFailures guards delivery: a failing platform leaves the
// message in the outbox with back-off; it is sent once when the platform is back; a
// message that keeps failing is kept and counted as failed, never dropped.
func TestOutboxRetriesAndKeepsFailures(t *testing.T) {
	rec := &recorder{failing: true}
	s, c, e := harness(t, rec)
	ctx := context.Background()
	if err := e.Execute(ctx, message("ev-1", "SPDX-License-Identifier: MIT")); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.OutboxStats(); st.Pending != 1 {
		t.Fatalf("after a failed send: %+v, want 1 pending", st)
	}
	// Not yet due: the back-off holds the retry even though the platform is back.
	rec.failing = false
	if err := e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(rec.texts()); n != 0 {
		t.Fatalf("retried before the back-off: %d sent", n)
	}
	c.advance(2 * time.Second)
	if err := e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(rec.texts()); n != 1 {
		t.Fatalf("after recovery: %d sent, want 1", n)
	}

	// A second message that never gets through.
	rec.failing = true
	e.Dispatcher().MaxAttempts = 3
	if err := e.Execute(ctx, message("ev-2", "SPDX-License-Identifier: ISC")); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		c.advance(time.Hour)
		if err := e.Dispatcher().Deliver(ctx); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.OutboxStats()
	if err != nil {
		t.Fatal(err)
	}
	if st != (OutboxStats{Sent: 1, Failed: 1}) {
		t.Errorf("outbox = %+v, want 1 sent and 1 failed (kept)", st)
	}
	failed, err := s.FailedMessages()
	if err != nil || len(failed) != 1 || failed[0].Attempts != 3 || failed[0].LastError != "platform unavailable" || !strings.Contains(failed[0].Text, "ISC") {
		t.Fatalf("failed messages %+v (%v), want the ISC answer with its error", failed, err)
	}

	// Once the platform is back, the operator puts it back; it is delivered once.
	if _, err := e.RetryFailed([]uint64{1}); err == nil || !strings.Contains(err.Error(), "has not failed") {
		t.Errorf("retrying a delivered message: %v", err)
	}
	if _, err := e.RetryFailed([]uint64{failed[0].Seq, 99}); err == nil || !strings.Contains(err.Error(), "no message #99") {
		t.Errorf("retrying an unknown message: %v", err)
	}
	if st, _ := s.OutboxStats(); st.Failed != 1 {
		t.Errorf("a refused retry changed the outbox: %+v", st)
	}
	rec.failing = false
	back, err := e.RetryFailed(nil)
	if err != nil || !slices.Equal(back, []uint64{failed[0].Seq}) {
		t.Fatalf("retry all: %v %v", back, err)
	}
	for range 2 {
		if err := e.Dispatcher().Deliver(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := s.OutboxStats(); st != (OutboxStats{Sent: 2}) {
		t.Errorf("after the retry: %+v, want 2 sent", st)
	}
	if got := rec.texts(); len(got) != 2 || !strings.Contains(got[1], "ISC") {
		t.Errorf("sent %q, want the ISC answer once more", got)
	}
}

// TestOutboxSurvivesRestart guards the crash between commit and send: a reply committed
// by a process that never delivered it is delivered by the next one, once.
func TestOutboxSurvivesRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "restart.db")
	c := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	s, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// No adapter: the process "dies" before delivering.
	if err := newTestEngine(s, c).Execute(context.Background(), message("ev-1", "SPDX-License-Identifier: MIT")); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := newTestEngine(s, c)
	rec := &recorder{}
	e.AddAdapter(rec)
	for range 2 {
		if err := e.Dispatcher().Deliver(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	if got := rec.texts(); len(got) != 1 {
		t.Fatalf("after restart sent %q, want exactly one message", got)
	}
}

// TestInternalErrorRollsBack guards error handling: a failing command changes nothing
// but the dedup record, and the user gets a plain apology rather than the internal error.
func TestInternalErrorRollsBack(t *testing.T) {
	rec := &recorder{}
	_, _, e := harness(t, rec)
	call := message("ev-1", "x")
	call.Command = "no-such-command"
	if err := e.Execute(context.Background(), call); err != nil {
		t.Fatal(err)
	}
	got := rec.texts()
	if len(got) != 1 || !strings.Contains(got[0], "went wrong on my side") || strings.Contains(got[0], "no-such-command") {
		t.Fatalf("sent %q, want one apology that hides the internal error", got)
	}
	if !rec.sent[0].Private {
		t.Error("error reply should be private to the sender")
	}
	if err := e.Execute(context.Background(), call); err != nil {
		t.Fatal(err)
	}
	if n := len(rec.texts()); n != 1 {
		t.Errorf("replayed failing event answered again: %d messages", n)
	}
}

// TestEditUsesStoredReference guards later edits: an entry that edits an earlier one is
// delivered as an edit of the platform reference stored at first delivery, or as a new
// message where the adapter cannot edit.
func TestEditUsesStoredReference(t *testing.T) {
	for _, canEdit := range []bool{true, false} {
		ed := &editor{}
		var a bot.Adapter = &ed.recorder
		if canEdit {
			a = ed
		}
		s, c, e := harness(t, a)
		to := bot.Destination{Platform: bot.Shell, Conversation: "terminal"}
		var first uint64
		if err := s.Update(func(tx *Tx) error {
			var err error
			first, err = enqueue(tx, c.now(), to, bot.Reply{Text: "Request OSPO-1: waiting"}, 0)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if err := e.Dispatcher().Deliver(context.Background()); err != nil {
			t.Fatal(err)
		}
		if err := s.Update(func(tx *Tx) error {
			_, err := enqueue(tx, c.now(), to, bot.Reply{Text: "Request OSPO-1: approved"}, first)
			return err
		}); err != nil {
			t.Fatal(err)
		}
		if err := e.Dispatcher().Deliver(context.Background()); err != nil {
			t.Fatal(err)
		}
		if canEdit {
			if len(ed.edits) != 1 || ed.edits[0] != "m1: Request OSPO-1: approved" || len(ed.sent) != 1 {
				t.Errorf("edits %q, sent %d; want one edit of m1", ed.edits, len(ed.sent))
			}
		} else if got := ed.texts(); len(got) != 2 || got[1] != "Request OSPO-1: approved" {
			t.Errorf("without Editor sent %q; want the new version as a new message", got)
		}
	}
}

// TestPruneDedup guards the dedup bucket's size: old keys go, recent ones stay.
func TestPruneDedup(t *testing.T) {
	_, c, e := harness(t, &recorder{})
	ctx := context.Background()
	if err := e.Execute(ctx, message("old", "SPDX-License-Identifier: MIT")); err != nil {
		t.Fatal(err)
	}
	c.advance(8 * 24 * time.Hour)
	if err := e.Execute(ctx, message("new", "SPDX-License-Identifier: MIT")); err != nil {
		t.Fatal(err)
	}
	n, err := e.PruneDedup()
	if err != nil || n != 1 {
		t.Fatalf("pruned %d (%v), want 1", n, err)
	}
}

// TestQuestionsRecorded guards statistics: each answered question leaves one record
// with its expression, use and verdict; a replay leaves none.
func TestQuestionsRecorded(t *testing.T) {
	s, _, e := harness(t, &recorder{})
	call := bot.Call{Event: bot.Event{ID: "q1", Platform: bot.Shell, Kind: bot.MessageEvent, Text: "can we use an AGPL library in our SaaS?",
		User: bot.User{ID: "shell:ana"}, Conversation: bot.Conversation{ID: "terminal"}}, Command: "ask"}
	for range 2 {
		if err := e.Execute(context.Background(), call); err != nil {
			t.Fatal(err)
		}
	}
	var recs []questionRecord
	err := s.View(func(tx *Tx) error {
		return tx.Scan(bucketQuestions, nil, func(_, v []byte) error {
			var r questionRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			recs = append(recs, r)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Expression != "AGPL-3.0-only" || recs[0].Use != "saas" || recs[0].Verdict != "needs approval" || recs[0].User != "shell:ana" {
		t.Errorf("records %+v", recs)
	}
}
