package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ospobot/ospobot/adapters/shell"
)

// runDigest lists the schedules, or runs one now: --dry-run prints what it would send,
// without sending or recording anything.
func runDigest(ctx context.Context, args []string, io stdio) int {
	if len(args) == 0 || (args[0] != "list" && args[0] != "run") {
		fmt.Fprintln(io.err, "Usage: ospobot digest list [--db FILE] [--config FILE]")
		fmt.Fprintln(io.err, "       ospobot digest run NAME [--dry-run] [--db FILE] [--config FILE]")
		return exitUsage
	}
	fs := newFlags("digest "+args[0], io)
	sf := addStoreFlags(fs)
	dry := fs.Bool("dry-run", false, "print what would be sent; send and record nothing")
	if code, ok := parseFlags(fs, args[1:]); !ok {
		return code
	}
	name := ""
	switch {
	case args[0] == "list" && fs.NArg() > 0:
		fmt.Fprintf(io.err, "ospobot digest list: unexpected %q\n", fs.Arg(0))
		return exitUsage
	case args[0] == "run" && fs.NArg() == 1:
		name = fs.Arg(0)
	}
	a, _, err := sf.open(ctx, io.err)
	if err != nil {
		return fail(io, err)
	}
	defer a.Close()
	if args[0] == "list" {
		scheds, next, err := a.engine.Schedules()
		if err != nil {
			return fail(io, err)
		}
		for _, s := range scheds {
			loc, err := s.Location()
			if err != nil {
				loc = time.UTC
			}
			when := "next " + next[s.Name].In(loc).Format("2006-01-02 15:04 MST")
			fmt.Fprintf(io.out, "%-18s %-16s %q %s to %s, %s\n", s.Name, s.Kind, s.Cron, s.TimeZone, s.To, when)
		}
		return exitOK
	}
	if name == "" {
		fmt.Fprintln(io.err, "Usage: ospobot digest run NAME [--dry-run]")
		return exitUsage
	}
	if *dry {
		out, err := a.engine.Preview(name)
		if err != nil {
			return fail(io, err)
		}
		if len(out) == 0 {
			fmt.Fprintf(io.out, "%s would send nothing now.\n", name)
		}
		for _, o := range out {
			to := string(o.To.Platform) + ":" + string(o.To.Conversation)
			if o.To.User != "" {
				to = string(o.To.User)
			}
			fmt.Fprintf(io.out, "→ %s\n%s", to, shell.Format(o.Reply))
		}
		return exitOK
	}
	n, err := a.engine.RunNow(ctx, name)
	if err != nil {
		return fail(io, err)
	}
	fmt.Fprintf(io.out, "%s: %d %s in the outbox; a running ospobot delivers %s.\n", name, n, plural(n, "message", "messages"), plural(n, "it", "them"))
	return exitOK
}
