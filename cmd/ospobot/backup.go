package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows"
)

// runBackup copies the database to OUT (a file, or a directory for a dated file in it),
// consistent as of one moment, then opens the copy and checks it: page structure,
// schema and audit chain. A copy that does not check out is not left behind.
func runBackup(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("backup", io)
	sf := addStoreFlags(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(io.err, "Usage: ospobot backup [--db FILE] [--config FILE] OUT (a new file, or a directory for ospobot-DATE.db in it)")
		return exitUsage
	}
	st, path, err := sf.openAudited(ctx)
	if err != nil {
		return fail(io, err)
	}
	defer st.Close()
	out, err := backupPath(fs.Arg(0), clock()())
	if err != nil {
		return fail(io, err)
	}
	n, err := writeBackup(st.Store, out)
	if err != nil {
		return fail(io, err)
	}
	sum, err := checkBackup(out, st.AuditKey())
	if err != nil {
		os.Remove(out)
		return fail(io, fmt.Errorf("the copy did not check out and was removed: %w", err))
	}
	fmt.Fprintf(io.out, "backed up %s to %s: %s, schema %d, %d %s, %d audit %s (chain verified with the audit key), %d outbox %s\n",
		path, out, bot.FormatBytes(n), sum.Schema, sum.Requests, plural(sum.Requests, "request", "requests"),
		sum.Audit, plural(sum.Audit, "record", "records"), sum.Outbox, plural(sum.Outbox, "entry", "entries"))
	fmt.Fprintln(io.out, "To restore, stop ospobot and put the copy in place of the database file; keep the audit key (ospobot-audit.key in the state directory, or OSPOBOT_AUDIT_KEY) as it is.")
	return exitOK
}

// backupPath is where the copy goes: out itself, or a dated file in out when it is a
// directory. An existing file is never replaced.
func backupPath(out string, now time.Time) (string, error) {
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		// The name is ours to choose: a second backup within the same second is numbered.
		base := filepath.Join(out, "ospobot-"+now.UTC().Format("20060102T150405Z"))
		for i := 1; i <= 100; i++ {
			name := base + ".db"
			if i > 1 {
				name = fmt.Sprintf("%s-%d.db", base, i)
			}
			if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
				return name, nil
			}
		}
		return "", fmt.Errorf("%s: 100 backups within one second already; wait a second", out)
	}
	if _, err := os.Stat(out); err == nil {
		return "", fmt.Errorf("%s exists; choose a new name (a backup never replaces a file)", out)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	return out, nil
}

// writeBackup writes the copy (as private as the database) and puts it in place once
// it is on disk, never over a file.
func writeBackup(st *workflows.Store, out string) (int64, error) {
	var n int64
	err := writeWhole(out, 0o600, false, func(w io.Writer) error {
		var err error
		n, err = st.Backup(w)
		return err
	})
	return n, err
}

// checkBackup opens the copy read-only and checks it as ospobot would use it.
func checkBackup(path string, key []byte) (workflows.Summary, error) {
	st, err := workflows.OpenStore(path, workflows.StoreOptions{ReadOnly: true, AuditKey: key})
	if err != nil {
		return workflows.Summary{}, err
	}
	defer st.Close()
	if err := st.Check(); err != nil {
		return workflows.Summary{}, err
	}
	if _, err := st.VerifyAudit(); err != nil {
		return workflows.Summary{}, err
	}
	return st.Summary()
}
