package matrix

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestStateCommitsAfterHandling guards the sync position: the token mautrix saves
// before processing a response is written only at commit, so a crash while handling
// the response syncs it again; what is written survives a reopen; and a filter made
// for another definition is made again.
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
	reopened.filter = `{"room":{"timeline":{"limit":10}}}`
	reopened.SaveFilterID(ctx, "@b:x", "f1")
	if got, _ := reopened.LoadFilterID(ctx, "@b:x"); got != "f1" {
		t.Errorf("filter = %q, want f1", got)
	}
	reopened.filter = `{"room":{"timeline":{"limit":20}}}`
	if got, _ := reopened.LoadFilterID(ctx, "@b:x"); got != "" {
		t.Errorf("a filter made for another definition was reused: %q", got)
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
