package main

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestForwardable guards the control socket's allow-list: the commands that only read
// run inside serve; those that write (or chat, or run digests) never do.
func TestForwardable(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"backup", "out.db"}, true},
		{[]string{"audit", "verify"}, true},
		{[]string{"audit", "export", "--format", "csv"}, true},
		{[]string{"outbox"}, true},
		{[]string{"outbox", "--db", "x.db"}, true},
		{[]string{"digest", "list"}, true},
		{[]string{"outbox", "retry"}, false},
		{[]string{"outbox", "prune", "--older-than", "90d"}, false},
		{[]string{"digest", "run", "ospo-weekly"}, false},
		{[]string{"audit"}, false},
		{[]string{"shell"}, false},
		{[]string{"serve"}, false},
		{nil, false},
	} {
		if got := forwardable(tc.args); got != tc.want {
			t.Errorf("forwardable(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestAbsArgs guards the file names a command sends to serve, whose working directory
// differs: every file name becomes absolute, and nothing else changes.
func TestAbsArgs(t *testing.T) {
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	for _, tc := range []struct{ in, want []string }{
		{[]string{"backup", "--db", "bot.db", "backups"}, []string{"backup", "--db", abs("bot.db"), abs("backups")}},
		{[]string{"backup", "--config=c.yaml", "/abs/out.db"}, []string{"backup", "--config=" + abs("c.yaml"), "/abs/out.db"}},
		{[]string{"backup", "--", "-odd-name.db"}, []string{"backup", "--", abs("-odd-name.db")}},
		{[]string{"audit", "export", "--format", "jsonl", "--out", "a.jsonl", "--since", "2026-01-31"},
			[]string{"audit", "export", "--format", "jsonl", "--out", abs("a.jsonl"), "--since", "2026-01-31"}},
		{[]string{"audit", "verify", "-db", "x/bot.db"}, []string{"audit", "verify", "-db", abs("x/bot.db")}},
		{[]string{"digest", "list"}, []string{"digest", "list"}},
	} {
		got, err := absArgs(tc.in)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("absArgs(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}
