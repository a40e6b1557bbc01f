package main

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/adapters/shell"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// BenchmarkShellRoundTrip measures one shell message through the whole bot: router,
// engine (one bbolt transaction with dedup and outbox, committed with fsync) and
// delivery from the outbox to the shell adapter.
func BenchmarkShellRoundTrip(b *testing.B) {
	cfg := config.Default()
	cfg.Store.Path = filepath.Join(b.TempDir(), "bench.db")
	a, err := openApp(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	defer a.Close()
	var out countingWriter
	sh := shell.New(strings.NewReader(""), &out, shell.Options{User: "ana"})
	a.engine.AddAdapter(sh)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		i++
		ev := bot.Event{ID: bot.EventID("bench-" + strconv.Itoa(i)), Platform: bot.Shell, Kind: bot.MessageEvent,
			User: bot.User{ID: "shell:ana"}, Conversation: bot.Conversation{ID: shell.Conversation, Direct: true},
			Text: "identify SPDX-License-Identifier: MIT"}
		if err := a.router.HandleEvent(ctx, ev); err != nil {
			b.Fatal(err)
		}
	}
	if out.lines < i {
		b.Fatalf("printed %d lines for %d messages", out.lines, i)
	}
}

type countingWriter struct{ lines int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.lines += strings.Count(string(p), "\n")
	return len(p), nil
}
