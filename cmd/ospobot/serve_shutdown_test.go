package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
)

// heldAdapter hands its events to the bot when it runs, and holds every Send until
// release is closed (or the send's context ends), as a slow platform would.
type heldAdapter struct {
	events  []bot.Event
	handled chan error    // the result of each event
	sending chan struct{} // a send has started
	release chan struct{}
	sent    chan string // the text of each delivered message
}

func newHeldAdapter(texts ...string) *heldAdapter {
	a := &heldAdapter{handled: make(chan error, len(texts)), sending: make(chan struct{}, 16), release: make(chan struct{}), sent: make(chan string, 16)}
	for i, t := range texts {
		a.events = append(a.events, bot.Event{ID: bot.EventID(fmt.Sprint("h", i)), Platform: "held", Kind: bot.MessageEvent,
			User: bot.User{ID: bot.UserID(fmt.Sprint("held:u", i))}, Conversation: bot.Conversation{ID: "c", Direct: true}, Text: t})
	}
	return a
}

func (a *heldAdapter) Platform() bot.Platform         { return "held" }
func (a *heldAdapter) Capabilities() bot.Capabilities { return bot.Capabilities{} }
func (a *heldAdapter) Run(ctx context.Context, h bot.Handler) error {
	for _, ev := range a.events {
		a.handled <- h.HandleEvent(ctx, ev)
	}
	<-ctx.Done()
	return nil
}
func (a *heldAdapter) Send(ctx context.Context, _ bot.Destination, r bot.Reply) (bot.MessageRef, error) {
	select {
	case a.sending <- struct{}{}:
	default:
	}
	select {
	case <-a.release:
		a.sent <- r.Text
		return "ref", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// startHeld starts serve in this process on db with a as its only platform.
func startHeld(t *testing.T, db string, a *heldAdapter) *server {
	t.Helper()
	cfg := config.Default()
	cfg.Store.Path = db
	cfg.Serve.Listen = "127.0.0.1:0"
	plats := []platform{{"held", func(context.Context, platformDeps) (bot.Adapter, error) { return a, nil }}}
	s, err := startServer(context.Background(), cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), func(string) string { return "" }, plats)
	if err != nil {
		t.Fatal(err)
	}
	for range a.events {
		select {
		case err := <-a.handled:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("the events were not handled")
		}
	}
	return s
}

func outboxOf(t *testing.T, db string) workflows.OutboxStats {
	t.Helper()
	st, err := workflows.OpenStore(db, workflows.StoreOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.OutboxStats()
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

// TestShutdownFlushesOutbox guards the clean stop: with a delivery held up by a slow
// platform when the stop begins, shutdown waits for it and sends the rest before it
// closes the store, so nothing is left waiting.
func TestShutdownFlushesOutbox(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bot.db")
	a := newHeldAdapter("help", "identify SPDX-License-Identifier: MIT")
	s := startHeld(t, db, a)
	select {
	case <-a.sending:
	case <-time.After(20 * time.Second):
		t.Fatal("no delivery started")
	}
	done := make(chan error, 1)
	go func() { done <- s.shutdown(20 * time.Second) }()
	close(a.release)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("shutdown did not end")
	}
	if n := len(a.sent); n != 2 {
		t.Errorf("%d messages delivered by the end of shutdown, want 2", n)
	}
	if st := outboxOf(t, db); st.Pending != 0 || st.Sent != 2 || st.Failed != 0 {
		t.Errorf("outbox after shutdown: %+v", st)
	}
}

// TestShutdownTimeoutKeepsMessages guards the bound on a stop: when the platform does
// not take the messages within the shutdown timeout, serve stops anyway, and the
// messages wait in the outbox, not counted as failed, for the next start to deliver.
func TestShutdownTimeoutKeepsMessages(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bot.db")
	a := newHeldAdapter("help", "version")
	s := startHeld(t, db, a)
	<-a.sending
	start := time.Now()
	if err := s.shutdown(300 * time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("shutdown took %s with a 300ms timeout", d)
	}
	if st := outboxOf(t, db); st.Pending != 2 || st.Failed != 0 {
		t.Fatalf("outbox after a timed-out shutdown: %+v, want 2 pending", st)
	}

	again := newHeldAdapter()
	close(again.release)
	s = startHeld(t, db, again)
	for range 2 {
		select {
		case <-again.sent:
		case <-time.After(20 * time.Second):
			t.Fatal("the kept messages were not delivered after the restart")
		}
	}
	if err := s.shutdown(10 * time.Second); err != nil {
		t.Fatal(err)
	}
	if st := outboxOf(t, db); st.Pending != 0 || st.Sent != 2 {
		t.Errorf("outbox after the restart: %+v", st)
	}
}

// TestIntakeRefusesAfterDrain guards the stop of intake: events in flight finish and
// drain waits for them; an event that arrives after is refused, not half-taken.
func TestIntakeRefusesAfterDrain(t *testing.T) {
	in := &intake{}
	entered, finish := make(chan struct{}), make(chan struct{})
	h := in.guard(bot.HandlerFunc(func(context.Context, bot.Event) error {
		close(entered)
		<-finish
		return nil
	}))
	var wg sync.WaitGroup
	var inFlight error
	wg.Go(func() { inFlight = h.HandleEvent(context.Background(), bot.Event{}) })
	<-entered
	// While the event is in flight, drain waits: here until its deadline.
	short, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := in.drain(short); err == nil {
		t.Fatal("drain returned with an event in flight")
	}
	close(finish)
	wg.Wait()
	if err := in.drain(context.Background()); err != nil || inFlight != nil {
		t.Fatalf("drain: %v; in-flight event: %v", err, inFlight)
	}
	if err := h.HandleEvent(context.Background(), bot.Event{}); err != errShuttingDown {
		t.Errorf("event after drain: %v, want errShuttingDown", err)
	}
}

// failingAdapter fails to run.
type failingAdapter struct{ heldAdapter }

func (failingAdapter) Run(context.Context, bot.Handler) error { return errors.New("invalid_auth") }

// TestServeStopsWhenAPlatformFails guards start-up and the service manager's restart: a
// platform that cannot be built is an error naming it, with the database let go; one
// whose Run ends while serve runs stops serve with that error (exit 1).
func TestServeStopsWhenAPlatformFails(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bot.db")
	cfg := config.Default()
	cfg.Store.Path = db
	cfg.Serve.Listen = "127.0.0.1:0"
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	broken := []platform{{"slack", func(context.Context, platformDeps) (bot.Adapter, error) {
		return nil, errors.New("OSPOBOT_SLACK_BOT_TOKEN is not set")
	}}}
	_, err := startServer(context.Background(), cfg, quiet, os.Getenv, broken)
	if err == nil || err.Error() != "start slack: OSPOBOT_SLACK_BOT_TOKEN is not set" {
		t.Fatalf("start with a broken platform: %v", err)
	}
	outboxOf(t, db) // the database was let go

	failing := []platform{{"held", func(context.Context, platformDeps) (bot.Adapter, error) { return &failingAdapter{}, nil }}}
	s, err := startServer(context.Background(), cfg, quiet, os.Getenv, failing)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := s.wait(ctx); err == nil || !strings.Contains(err.Error(), "held adapter stopped: invalid_auth") {
		t.Fatalf("serve with a failing platform: %v", err)
	}
	outboxOf(t, db)
}
