package slack

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/slack/slackfake"
	"github.com/ospobot/ospobot/bot"
)

// The bot's own identity on the fake workspace.
const (
	botUser = slackfake.BotUser
	botID   = slackfake.BotID
)

// wait bounds every wait on the fake server; nothing in these tests sleeps.
const wait = slackfake.Wait

// startAdapter runs a on h until the test ends, and waits for Run to return then.
func startAdapter(t *testing.T, a *Adapter, h bot.Handler) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, h) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(wait):
			t.Error("Run did not return after cancel")
		}
	})
	awaitStatus(t, a, true)
}

// awaitStatus waits until the adapter reports itself connected (or not).
func awaitStatus(t *testing.T, a *Adapter, connected bool) bot.Status {
	t.Helper()
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		a.mu.Lock()
		ch := a.statusChanged
		a.mu.Unlock()
		if s := a.Status(); s.Connected == connected {
			return s
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("adapter never reported connected=%v: %+v", connected, a.Status())
		}
	}
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
