package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// runOutbox reports the outbox: what waits, what was sent, and every message that
// failed after all its attempts (kept, never dropped).
func runOutbox(_ context.Context, args []string, io stdio) int {
	fs := newFlags("outbox", io)
	sf := addStoreFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	st, path, err := sf.openReadOnly()
	if err != nil {
		return fail(io, err)
	}
	defer st.Close()
	stats, err := st.OutboxStats()
	if err != nil {
		return fail(io, err)
	}
	fmt.Fprintf(io.out, "outbox of %s: %d waiting, %d sent, %d failed\n", path, stats.Pending, stats.Sent, stats.Failed)
	failed, err := st.FailedMessages()
	if err != nil {
		return fail(io, err)
	}
	for _, m := range failed {
		fmt.Fprintf(io.out, "  failed #%d to %s:%s%s after %d attempts (%s): %s\n    %s\n", m.Seq, m.To.Platform, m.To.Conversation, m.To.User,
			m.Attempts, m.Created.UTC().Format(time.RFC3339), m.LastError, bot.Printable(m.Text, 200))
	}
	if len(failed) > 0 {
		return exitError
	}
	return exitOK
}
