package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
)

func runAudit(ctx context.Context, args []string, io stdio) int {
	if len(args) == 0 || (args[0] != "verify" && args[0] != "export") {
		fmt.Fprintln(io.err, "Usage: ospobot audit verify [--db FILE] [--config FILE]")
		fmt.Fprintln(io.err, "       ospobot audit export [--format csv|jsonl] [--since DATE] [--out FILE] [--db FILE] [--config FILE]")
		return exitUsage
	}
	fs := newFlags("audit "+args[0], io)
	sf := addStoreFlags(fs)
	format := fs.String("format", "csv", "csv or jsonl")
	since := fs.String("since", "", "only records from this `DATE` (2026-01-31) on")
	out := fs.String("out", "", "write to `FILE` instead of standard output")
	if code, ok := parseNoArgs(fs, args[1:], io); !ok {
		return code
	}
	st, path, err := sf.openAudited(ctx)
	if err != nil {
		return fail(io, err)
	}
	defer st.Close()
	if args[0] == "verify" {
		n, err := st.VerifyAudit()
		if err != nil {
			fmt.Fprintf(io.out, "audit chain of %s: BROKEN after %d good records: %v\n", path, n, err)
			fmt.Fprintln(io.out, "The database was changed outside ospobot or is damaged: keep this file for investigation, and restore from a backup (docs/audit.md).")
			return exitError
		}
		head, err := st.AuditHead()
		if err != nil {
			return fail(io, err)
		}
		fmt.Fprintf(io.out, "audit chain of %s: ok, %d records; head %s\n", path, n, head)
		fmt.Fprintln(io.out, "Compare the head with the one the last weekly OSPO summary posted: a rewritten history disagrees with it.")
		return exitOK
	}
	var from time.Time
	if *since != "" {
		if from, err = time.Parse("2006-01-02", *since); err != nil {
			return fail(io, fmt.Errorf("--since %q: want a date like 2026-01-31", *since))
		}
	}
	w := io.out
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fail(io, err)
		}
		defer f.Close()
		w = f
	}
	n, err := st.ExportAudit(w, *format, from)
	if err != nil {
		return fail(io, err)
	}
	if *out != "" {
		head, _ := st.AuditHead()
		fmt.Fprintf(io.out, "%d %s written to %s; head of the chain: %s\n", n, plural(n, "record", "records"), *out, head)
	}
	return exitOK
}

// auditKey loads the audit key of cfg's database: OSPOBOT_AUDIT_KEY, else the key file
// in the state directory beside it (made on first start when create is set).
func auditKey(cfg config.Config, create bool) (key []byte, file string, created bool, err error) {
	if create && cfg.Serve.StateDir != "" {
		// A state directory the configuration names is made on first start; the
		// database's own directory, the default, must exist already.
		if err := os.MkdirAll(cfg.Serve.StateDir, 0o700); err != nil {
			return nil, "", false, fmt.Errorf("make serve.state_dir: %w", err)
		}
	}
	file = workflows.AuditKeyFile(cfg.Serve.StateDirFor(cfg.Store))
	key, created, err = workflows.LoadAuditKey(file, create, os.Getenv)
	return key, file, created, err
}
