package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// runOutbox reports the outbox: what waits, what was sent, and every message that
// failed after all its attempts (kept, never dropped).
func runOutbox(ctx context.Context, args []string, io stdio) int {
	if len(args) > 0 && args[0] == "retry" {
		return runOutboxRetry(ctx, args[1:], io)
	}
	if len(args) > 0 && args[0] == "prune" {
		return runOutboxPrune(ctx, args[1:], io)
	}
	fs := newFlags("outbox", io)
	sf := addStoreFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(io.err, "ospobot: unexpected %q\n%s", fs.Arg(0), outboxUsage)
		return exitUsage
	}
	st, path, err := sf.openReadOnly(ctx)
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

const outboxUsage = `Usage: ospobot outbox [--db FILE]
       ospobot outbox retry [N...] [--db FILE] [--config FILE]
       ospobot outbox prune --older-than AGE [--db FILE] [--config FILE]
`

// runOutboxPrune deletes delivered messages older than --older-than, keeping those a
// decision may still edit.
func runOutboxPrune(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("outbox prune", io)
	sf := addStoreFlags(fs)
	age := fs.String("older-than", "", "delete delivered messages sent longer ago than `AGE` (like 90d; at least 1d)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 || *age == "" {
		fmt.Fprint(io.err, outboxUsage)
		return exitUsage
	}
	d, err := config.ParseDuration(*age)
	if err != nil || d < 24*time.Hour {
		fmt.Fprintf(io.err, "ospobot: --older-than %q: want an age of at least a day, like 90d\n", *age)
		return exitUsage
	}
	a, _, err := sf.open(ctx, io.err)
	if err != nil {
		return fail(io, err)
	}
	defer a.Close()
	cutoff := clock()().Add(-d)
	n, err := a.engine.PruneSent(ctx, cutoff)
	if err != nil {
		return fail(io, err)
	}
	fmt.Fprintf(io.out, "Deleted %d delivered %s sent before %s; kept those a decision may still edit, and every waiting or failed one.\n",
		n, plural(n, "message", "messages"), cutoff.UTC().Format("2006-01-02 15:04 MST"))
	return exitOK
}

// runOutboxRetry puts failed messages back for delivery by the running bot: the ones
// numbered, or all of them.
func runOutboxRetry(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("outbox retry", io)
	sf := addStoreFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	var seqs []uint64
	for _, arg := range fs.Args() {
		n, err := strconv.ParseUint(strings.TrimPrefix(arg, "#"), 10, 64)
		if err != nil || n == 0 {
			fmt.Fprintf(io.err, "ospobot: %q is not a message number (as `ospobot outbox` lists them, like #12)\n", arg)
			return exitUsage
		}
		seqs = append(seqs, n)
	}
	a, _, err := sf.open(ctx, io.err)
	if err != nil {
		return fail(io, err)
	}
	defer a.Close()
	back, err := a.engine.RetryFailed(seqs)
	if err != nil {
		return fail(io, err)
	}
	if len(back) == 0 {
		fmt.Fprintln(io.out, "No failed messages; nothing to retry.")
		return exitOK
	}
	var nums []string
	for _, n := range back {
		nums = append(nums, "#"+strconv.FormatUint(n, 10))
	}
	fmt.Fprintf(io.out, "%d %s back in the outbox (%s); the running bot delivers %s.\n", len(back), plural(len(back), "message", "messages"),
		strings.Join(nums, ", "), plural(len(back), "it", "them"))
	return exitOK
}
