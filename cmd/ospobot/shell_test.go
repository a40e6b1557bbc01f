package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/workflows"
)

// TestShellRefusesHeldDatabase guards against a hang: while another ospobot holds the
// database, the shell stops within the lock timeout with an error naming the file.
func TestShellRefusesHeldDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "held.db")
	held, err := workflows.OpenStore(db, workflows.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	cfg := filepath.Join(dir, "c.yaml")
	writeFile(t, cfg, "store:\n  lock_timeout: 300ms\n")
	var out, errOut bytes.Buffer
	start := time.Now()
	code := run(context.Background(), []string{"shell", "--db", db, "--config", cfg}, stdio{in: strings.NewReader("help\n"), out: &out, err: &errOut})
	if code != exitError {
		t.Fatalf("exit %d, want %d; stderr %s", code, exitError, errOut.String())
	}
	if msg := errOut.String(); !strings.Contains(msg, db) || !strings.Contains(msg, "in use by another process") {
		t.Errorf("stderr %q should name the file and say it is in use", msg)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %s", d)
	}
	if out.Len() != 0 {
		t.Errorf("the shell answered anyway: %q", out.String())
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
