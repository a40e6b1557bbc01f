package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedDatabaseCommands guards the commands on a damaged database (cut short
// after the bot wrote to it): shell, audit verify, audit export and backup each stop
// with exit status 1 and a message that names the file, says it is damaged and names
// the restore steps; none panics, none writes the file, and backup leaves no copy.
func TestDamagedDatabaseCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "bot.db")
	var out, errOut bytes.Buffer
	in := strings.NewReader("request contribution project=https://github.com/acme/lib license=GPL-2.0-only what=x size=large\n")
	if code := run(context.Background(), []string{"shell", "--db", db, "--as", "ana"}, stdio{in: in, out: &out, err: &errOut}); code != exitOK {
		t.Fatalf("shell: %d %s", code, errOut.String())
	}
	if err := os.Truncate(db, 5*4096); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(db)
	for _, args := range [][]string{
		{"shell", "--db", db},
		{"audit", "verify", "--db", db},
		{"audit", "export", "--db", db},
		{"backup", "--db", db, filepath.Join(dir, "copy.db")},
	} {
		var out, errOut bytes.Buffer
		code := run(context.Background(), args, stdio{in: strings.NewReader("help\n"), out: &out, err: &errOut})
		msg := errOut.String()
		if code != exitError || !strings.Contains(msg, db) || !strings.Contains(msg, "damaged") || !strings.Contains(msg, "restore from a backup") {
			t.Errorf("%q: exit %d\n%s%s\nwant exit 1 naming the file, the damage and the restore steps", args, code, out.String(), msg)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the damaged file was written to")
	}
	if _, err := os.Stat(filepath.Join(dir, "copy.db")); err == nil {
		t.Error("backup left a copy of a damaged database")
	}
}
