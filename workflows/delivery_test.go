package workflows

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// platform is a chat platform at the network edge, with the capabilities a test gives
// it: it records each delivery as the adapter receives it and answers with the error
// fail chooses (nil delivers).
type platform struct {
	caps bot.Capabilities
	name bot.Platform

	mu    sync.Mutex
	fail  func(r bot.Reply) error
	sent  []delivery
	forms []bot.Form
	// block, when set, holds every Send until it is closed: a slow platform.
	block chan struct{}
	// delivered, when set, is told of every delivery.
	delivered chan struct{}
}

type delivery struct {
	to    bot.Destination
	reply bot.Reply
	edit  bot.MessageRef // the message replaced, for an edit
}

func (p *platform) Platform() bot.Platform {
	if p.name == "" {
		return bot.Shell
	}
	return p.name
}
func (p *platform) Capabilities() bot.Capabilities               { return p.caps }
func (p *platform) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }

func (p *platform) Send(ctx context.Context, to bot.Destination, r bot.Reply) (bot.MessageRef, error) {
	if p.block != nil {
		select {
		case <-p.block:
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail != nil {
		if err := p.fail(r); err != nil {
			return "", err
		}
	}
	p.sent = append(p.sent, delivery{to: to, reply: r})
	if p.delivered != nil {
		select {
		case p.delivered <- struct{}{}:
		default:
		}
	}
	return bot.MessageRef(fmt.Sprintf("m%d", len(p.sent))), nil
}

func (p *platform) Edit(_ context.Context, to bot.Destination, ref bot.MessageRef, r bot.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sent = append(p.sent, delivery{to: to, reply: r, edit: ref})
	return nil
}

func (p *platform) OpenForm(_ context.Context, t bot.TriggerID, f bot.Form) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if t == "expired" {
		return errors.New("trigger_expired")
	}
	p.forms = append(p.forms, f)
	return nil
}

func (p *platform) deliveries() []delivery {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]delivery(nil), p.sent...)
}

// enqueueText leaves a reply in the outbox as a command would.
func enqueueText(t *testing.T, s *Store, c *clock, to bot.Destination, r bot.Reply) uint64 {
	t.Helper()
	var seq uint64
	if err := s.Update(func(tx *Tx) error {
		var err error
		seq, err = enqueue(tx, c.now(), to, r, 0)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	return seq
}

var terminal = bot.Destination{Platform: bot.Shell, Conversation: "terminal"}

// TestRetryAfterIsHonoured guards rate limits: a platform that answers "retry after
// 30s" gets nothing before those 30 seconds, not even the other messages waiting for
// it in the same pass, and gets them all once the time is up.
func TestRetryAfterIsHonoured(t *testing.T) {
	limited := true
	p := &platform{caps: bot.Capabilities{Ephemeral: true}}
	p.fail = func(bot.Reply) error {
		if limited {
			limited = false
			return bot.RetryAfter(30*time.Second, errors.New("ratelimited"))
		}
		return nil
	}
	s, c, e := harness(t, p)
	ctx := context.Background()
	enqueueText(t, s, c, terminal, bot.Text("one"))
	enqueueText(t, s, c, terminal, bot.Text("two"))
	if err := e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if got := p.deliveries(); len(got) != 0 {
		t.Fatalf("sent %d messages to a platform that asked to wait", len(got))
	}
	c.advance(29 * time.Second) // the 1s back-off is long over; the platform's 30s is not
	if err := e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if got := p.deliveries(); len(got) != 0 {
		t.Fatalf("retried after 29s of the 30s asked for: %d sent", len(got))
	}
	c.advance(time.Second)
	if err := e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if got := p.deliveries(); len(got) != 2 || got[0].reply.Text != "one" || got[1].reply.Text != "two" {
		t.Fatalf("after 30s sent %+v, want one and two in order", got)
	}
}

// TestPermanentFailureIsParked guards "this channel is gone": the entry is tried once,
// parked with its reason (reported as failed, marked permanent), never retried by
// itself, and delivered when an operator puts it back.
func TestPermanentFailureIsParked(t *testing.T) {
	gone := true
	p := &platform{caps: bot.Capabilities{Ephemeral: true}}
	attempts := 0
	p.fail = func(bot.Reply) error {
		attempts++
		if gone {
			return bot.Permanent(errors.New("channel_not_found"))
		}
		return nil
	}
	s, c, e := harness(t, p)
	ctx := context.Background()
	seq := enqueueText(t, s, c, terminal, bot.Text("to a deleted channel"))
	for range 5 {
		if err := e.Dispatcher().Deliver(ctx); err != nil {
			t.Fatal(err)
		}
		c.advance(2 * time.Hour)
	}
	if attempts != 1 {
		t.Fatalf("%d attempts at a permanent failure, want 1", attempts)
	}
	failed, err := s.FailedMessages()
	if err != nil || len(failed) != 1 || !failed[0].Permanent || !strings.Contains(failed[0].LastError, "channel_not_found") || failed[0].Seq != seq {
		t.Fatalf("failed messages %+v (%v), want the entry parked as permanent with its reason", failed, err)
	}
	if st, _ := s.OutboxStats(); st != (OutboxStats{Failed: 1}) {
		t.Errorf("outbox %+v, want 1 failed", st)
	}
	gone = false
	if _, err := e.RetryFailed(nil); err != nil {
		t.Fatal(err)
	}
	if err := e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	if got := p.deliveries(); len(got) != 1 {
		t.Fatalf("after outbox retry sent %d, want 1", len(got))
	}
}

// TestAsyncExecuteDoesNotWaitForDelivery guards the delivery contract: with
// AsyncDelivery, Execute returns once its call committed, even while the platform
// hangs, so that an adapter acknowledges within its platform's deadline; the
// dispatcher's Run delivers as soon as it can.
func TestAsyncExecuteDoesNotWaitForDelivery(t *testing.T) {
	p := &platform{caps: bot.Capabilities{Ephemeral: true}, block: make(chan struct{}), delivered: make(chan struct{}, 1)}
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), AsyncDelivery: true})
	e.AddAdapter(p)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { e.Dispatcher().Run(ctx, time.Hour) })
	defer func() { cancel(); wg.Wait() }()

	done := make(chan error, 1)
	go func() { done <- e.Execute(ctx, message("ev-1", "SPDX-License-Identifier: MIT")) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Execute waited for a platform that hangs")
	}
	if st, _ := s.OutboxStats(); st.Pending != 1 {
		t.Fatalf("outbox %+v, want the reply waiting", st)
	}
	close(p.block) // the platform answers again: the kicked Run delivers
	select {
	case <-p.delivered:
	case <-time.After(10 * time.Second):
		t.Fatal("the dispatcher did not deliver once the platform answered")
	}
}

// TestRunPrunesSentMessages guards the outbox's size in a long-running bot: Run prunes
// delivered messages older than KeepSent by itself.
func TestRunPrunesSentMessages(t *testing.T) {
	p := &platform{caps: bot.Capabilities{Ephemeral: true}}
	s, c, e := harness(t, p)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	enqueueText(t, s, c, terminal, bot.Text("old news"))
	if err := e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	c.advance(31 * 24 * time.Hour)
	enqueueText(t, s, c, terminal, bot.Text("fresh"))
	e.Dispatcher().KeepSent = 30 * 24 * time.Hour
	pruned := make(chan int, 1)
	real := e.out.prune
	e.out.prune = func(ctx context.Context, cutoff time.Time) (int, error) {
		n, err := real(ctx, cutoff)
		pruned <- n
		cancel() // one round is enough
		return n, err
	}
	if err := e.Dispatcher().Run(ctx, time.Hour); err != nil {
		t.Fatal(err)
	}
	select {
	case n := <-pruned:
		if n != 1 {
			t.Fatalf("pruned %d, want the month-old message", n)
		}
	default:
		t.Fatal("Run did not prune")
	}
	if st, _ := s.OutboxStats(); st != (OutboxStats{Sent: 1}) {
		t.Errorf("outbox %+v, want only the fresh message kept", st)
	}
}

// TestShapedForThePlatform guards how a stored reply meets an adapter: a private reply
// goes as a direct message where the platform has no private messages; an edit goes as
// a new message where the platform cannot edit; buttons carry their typed command and a
// key unique in their message; files go where the platform takes them, and elsewhere
// the text says where to get them.
func TestShapedForThePlatform(t *testing.T) {
	private := bot.Reply{Text: "only for ana", Private: true}
	toAna := bot.Destination{Platform: bot.Shell, Conversation: "C1", User: "shell:ana"}
	file := bot.Reply{Text: "the export", Files: []bot.Attachment{{Name: "audit.csv", Data: []byte("a,b\n"), Fallback: "`ospobot audit export` writes it."}}}
	buttons := bot.Reply{Text: "two waiting", Blocks: []bot.Block{
		bot.Buttons(bot.Button{Label: "Approve", Action: actionApprove, Value: "1/0"}),
		bot.Buttons(bot.Button{Label: "Approve", Action: actionApprove, Value: "2/0"})}}

	t.Run("no ephemeral", func(t *testing.T) {
		p := &platform{}
		s, c, e := harness(t, p)
		enqueueText(t, s, c, toAna, private)
		_ = e.Dispatcher().Deliver(context.Background())
		got := p.deliveries()
		if len(got) != 1 || got[0].to != bot.DirectTo("shell:ana") || got[0].reply.Private {
			t.Fatalf("sent %+v, want a direct message to shell:ana", got)
		}
	})
	t.Run("ephemeral", func(t *testing.T) {
		p := &platform{caps: bot.Capabilities{Ephemeral: true}}
		s, c, e := harness(t, p)
		enqueueText(t, s, c, toAna, private)
		_ = e.Dispatcher().Deliver(context.Background())
		if got := p.deliveries(); len(got) != 1 || got[0].to != toAna || !got[0].reply.Private {
			t.Fatalf("sent %+v, want the private reply in the conversation", got)
		}
	})
	t.Run("no edits", func(t *testing.T) {
		p := &platform{} // implements Editor, but says it cannot edit
		s, c, e := harness(t, p)
		first := enqueueText(t, s, c, terminal, bot.Text("waiting"))
		_ = e.Dispatcher().Deliver(context.Background())
		if err := s.Update(func(tx *Tx) error { _, err := enqueue(tx, c.now(), terminal, bot.Text("approved"), first); return err }); err != nil {
			t.Fatal(err)
		}
		_ = e.Dispatcher().Deliver(context.Background())
		if got := p.deliveries(); len(got) != 2 || got[1].edit != "" || got[1].reply.Text != "approved" {
			t.Fatalf("sent %+v, want the new version as a new message", got)
		}
	})
	t.Run("buttons", func(t *testing.T) {
		p := &platform{caps: bot.Capabilities{Buttons: true}}
		s, c, e := harness(t, p)
		enqueueText(t, s, c, terminal, buttons)
		_ = e.Dispatcher().Deliver(context.Background())
		got := p.deliveries()[0].reply.Buttons()
		if len(got) != 2 || got[0].Key == got[1].Key || bot.ActionOfKey(got[1].Key) != actionApprove {
			t.Errorf("keys %+v, want two distinct keys naming the action", got)
		}
		if got[0].Command != "approve OSPO-1" || got[1].Command != "approve OSPO-2" {
			t.Errorf("commands %q, %q; want approve OSPO-1 and OSPO-2", got[0].Command, got[1].Command)
		}
	})
	t.Run("files", func(t *testing.T) {
		for _, files := range []bool{true, false} {
			p := &platform{caps: bot.Capabilities{Files: files, Ephemeral: true}}
			s, c, e := harness(t, p)
			enqueueText(t, s, c, terminal, file)
			_ = e.Dispatcher().Deliver(context.Background())
			r := p.deliveries()[0].reply
			var small string
			for _, b := range r.Blocks {
				small += b.Text
			}
			if files && (len(r.Files) != 1 || string(r.Files[0].Data) != "a,b\n") {
				t.Errorf("with files: %+v, want the file attached", r)
			}
			if !files && (len(r.Files) != 0 || !strings.Contains(small, "`audit.csv` could not be attached here. `ospobot audit export` writes it.")) {
				t.Errorf("without files: %+v, want a note saying where to get it", r)
			}
		}
	})
}

// TestAttachmentCap guards the outbox against huge files: a reply whose files pass the
// cap is refused with the sizes named, and nothing is kept.
func TestAttachmentCap(t *testing.T) {
	s, c, _ := harness(t, &platform{})
	err := s.Update(func(tx *Tx) error {
		_, err := enqueue(tx, c.now(), terminal, bot.Reply{Text: "big", Files: []bot.Attachment{{Name: "x", Data: make([]byte, maxAttachments+1)}}}, 0)
		return err
	})
	if msg, user := userMessage(err); !user || !strings.Contains(msg, "more than the 8 MiB a message may carry") {
		t.Fatalf("enqueue of a file past the cap: %v", err)
	}
	if st, _ := s.OutboxStats(); st != (OutboxStats{}) {
		t.Errorf("outbox %+v, want nothing kept", st)
	}
}

// TestDispatcherKeepsOnlyWhatItWillDeliver guards the dispatcher's copies of the entries
// this process committed (kept so that a pass need not read back what was just
// written): a transaction that rolled back leaves none, an entry for a platform without
// an adapter here waits in the store alone, and a delivered entry's copy goes once its
// pass lists it, so that the copies never grow with the outbox.
func TestDispatcherKeepsOnlyWhatItWillDeliver(t *testing.T) {
	p := &platform{caps: bot.Capabilities{Ephemeral: true}}
	s, c, e := harness(t, p)
	d := e.Dispatcher()
	kept := func() int {
		d.mu.Lock()
		defer d.mu.Unlock()
		return len(d.fresh)
	}
	err := s.Update(func(tx *Tx) error {
		if _, err := enqueue(tx, c.now(), terminal, bot.Text("rolled back"), 0); err != nil {
			return err
		}
		return errors.New("the call failed")
	})
	if err == nil || kept() != 0 {
		t.Fatalf("a rolled-back transaction: err %v, %d entries kept, want an error and none", err, kept())
	}
	enqueueText(t, s, c, bot.Destination{Platform: bot.Matrix, Conversation: "!room:example.org"}, bot.Text("for another process"))
	enqueueText(t, s, c, terminal, bot.Text("one"))
	if kept() != 1 {
		t.Fatalf("%d entries kept after committing one for this process and one for another, want 1", kept())
	}
	if err := d.Deliver(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := p.deliveries(); len(got) != 1 || got[0].reply.Text != "one" {
		t.Fatalf("delivered %+v, want only one", got)
	}
	if kept() != 0 {
		t.Errorf("%d entries still kept after their delivery", kept())
	}
	if st, _ := s.OutboxStats(); st.Pending != 1 {
		t.Errorf("outbox %+v, want the other process's entry still pending", st)
	}
}
