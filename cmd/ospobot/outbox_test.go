package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
)

// downAdapter is the terminal as a platform that is down: every send fails.
type downAdapter struct{}

func (downAdapter) Platform() bot.Platform { return bot.Shell }
func (downAdapter) Capabilities() bot.Capabilities {
	return bot.Capabilities{Buttons: true, Edits: true}
}
func (downAdapter) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }
func (downAdapter) Send(context.Context, bot.Destination, bot.Reply) (bot.MessageRef, error) {
	return "", errors.New("platform unavailable")
}

// TestOutboxRetry guards the operator's way out after an outage: `ospobot outbox` lists
// the failed message and exits 1, `ospobot outbox retry` puts it back, and the next bot
// to run delivers it.
func TestOutboxRetry(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bot.db")
	cfg := config.Default()
	cfg.Store.Path = db
	key, _, _, err := auditKey(cfg, true) // the key the commands below find beside the database
	if err != nil {
		t.Fatal(err)
	}
	st, err := workflows.OpenStore(db, workflows.StoreOptions{AuditKey: key})
	if err != nil {
		t.Fatal(err)
	}
	e := workflows.NewEngine(st, workflows.Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	e.AddAdapter(downAdapter{})
	e.Dispatcher().MaxAttempts = 1
	err = e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: "ev-1", Platform: bot.Shell, Kind: bot.MessageEvent,
		User: bot.User{ID: "shell:ana"}, Conversation: bot.Conversation{ID: "terminal"}}, Command: "identify", Rest: "SPDX-License-Identifier: ISC"})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()

	cli := func(in string, args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := run(context.Background(), args, stdio{in: strings.NewReader(in), out: &out, err: &errOut})
		return code, out.String(), errOut.String()
	}
	code, out, _ := cli("", "outbox", "--db", db)
	if code != exitError || !strings.Contains(out, "0 waiting, 0 sent, 1 failed") || !strings.Contains(out, "failed #1 to shell:terminal") {
		t.Fatalf("outbox: exit %d\n%s", code, out)
	}
	if code, _, msg := cli("", "outbox", "retry", "#2", "--db", db); code != exitError || !strings.Contains(msg, "no message #2") {
		t.Errorf("retry #2: exit %d %q", code, msg)
	}
	if code, out, msg := cli("", "outbox", "retry", "#1", "--db", db); code != exitOK || !strings.Contains(out, "1 message back in the outbox (#1)") {
		t.Fatalf("retry #1: exit %d %q %q", code, out, msg)
	}
	if code, out, _ := cli("", "outbox", "--db", db); code != exitOK || !strings.Contains(out, "1 waiting, 0 sent, 0 failed") {
		t.Errorf("after retry: exit %d\n%s", code, out)
	}
	if code, out, msg := cli("", "shell", "--db", db); code != exitOK || !strings.Contains(out, "ISC") {
		t.Errorf("the shell did not deliver the message put back: exit %d %q %q", code, out, msg)
	}
	if code, out, _ := cli("", "outbox", "--db", db); code != exitOK || !strings.Contains(out, "0 waiting, 1 sent, 0 failed") {
		t.Errorf("after delivery: exit %d\n%s", code, out)
	}
}

// goneAdapter is the terminal as a platform whose channel was deleted.
type goneAdapter struct{ downAdapter }

func (goneAdapter) Send(context.Context, bot.Destination, bot.Reply) (bot.MessageRef, error) {
	return "", bot.Permanent(errors.New("channel_not_found"))
}

// TestOutboxReportsPermanentFailure guards what an operator sees of a message the
// platform said can never be delivered: parked after one attempt, not ten, and listed
// by `ospobot outbox` with the platform's reason.
func TestOutboxReportsPermanentFailure(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bot.db")
	st, err := workflows.OpenStore(db, workflows.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := workflows.NewEngine(st, workflows.Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	e.AddAdapter(goneAdapter{})
	err = e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: "ev-1", Platform: bot.Shell, Kind: bot.MessageEvent,
		User: bot.User{ID: "shell:ana"}, Conversation: bot.Conversation{ID: "terminal"}}, Command: "identify", Rest: "SPDX-License-Identifier: ISC"})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	var out bytes.Buffer
	code := run(context.Background(), []string{"outbox", "--db", db}, stdio{in: strings.NewReader(""), out: &out, err: io.Discard})
	if code != exitError || !strings.Contains(out.String(), "0 waiting, 0 sent, 1 failed") || !strings.Contains(out.String(), "after 1 attempts") || !strings.Contains(out.String(), "permanent: channel_not_found") {
		t.Fatalf("outbox: exit %d\n%s", code, out.String())
	}
}
