package matrix

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestStateCommitsAfterHandling guards the sync position: the token mautrix saves
// before processing a response is written only at commit, so a crash while handling
// the response syncs it again; and what is written survives a reopen.
func TestStateCommitsAfterHandling(t *testing.T) {
	dir := t.TempDir()
	s, err := openState(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := s.update(func(p *persisted) { p.UserID, p.DeviceID = "@b:x", "DEV" }); err != nil {
		t.Fatal(err)
	}
	s.SaveNextBatch(ctx, "@b:x", "s1")
	if got, _ := s.LoadNextBatch(ctx, "@b:x"); got != "" {
		t.Errorf("token before commit = %q, want none", got)
	}
	reopened, err := openState(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := reopened.LoadNextBatch(ctx, "@b:x"); got != "" {
		t.Errorf("a crash before commit kept token %q", got)
	}
	if err := s.commit(); err != nil {
		t.Fatal(err)
	}
	reopened, err = openState(dir)
	if err != nil {
		t.Fatal(err)
	}
	if p := reopened.get(); p.NextBatch != "s1" || p.DeviceID != "DEV" {
		t.Errorf("after commit and reopen: %+v", p)
	}
	fi, err := os.Stat(filepath.Join(dir, "matrix-state.json"))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("state file mode = %v, %v", fi.Mode(), err)
	}
	if err := os.WriteFile(filepath.Join(dir, "matrix-state.json"), []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := openState(dir); err == nil {
		t.Error("a damaged state file was accepted")
	}
}
