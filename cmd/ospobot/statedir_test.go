package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// TestStateDirMadeOnFirstStart guards serve.state_dir: a directory the configuration
// names is made, private, on first start (with the audit key in it), while the
// database's own directory, the default, is never made for it.
func TestStateDirMadeOnFirstStart(t *testing.T) {
	cfg := config.Default()
	cfg.Store.Path = filepath.Join(t.TempDir(), "bot.db")
	cfg.Serve.StateDir = filepath.Join(t.TempDir(), "state", "ospobot")
	if _, file, created, err := auditKey(cfg, true); err != nil || !created || filepath.Dir(file) != cfg.Serve.StateDir {
		t.Fatalf("first start with a new state_dir: %s %v %v", file, created, err)
	}
	if fi, err := os.Stat(cfg.Serve.StateDir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("state_dir: %v %v", fi, err)
	}
	cfg.Serve.StateDir = ""
	cfg.Store.Path = filepath.Join(t.TempDir(), "no", "such", "dir", "bot.db")
	if _, _, _, err := auditKey(cfg, true); err == nil {
		t.Error("the database's missing directory was made for its key")
	}
}
