package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMalformedClockRefused guards OSPOBOT_TIME: a value that is no RFC 3339 time is an
// error naming it, rather than silently running on the real clock.
func TestMalformedClockRefused(t *testing.T) {
	t.Setenv("OSPOBOT_TIME", "2026-03-02 09:00")
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"version"}, stdio{out: &out, err: &errOut}); code != exitError ||
		!strings.Contains(errOut.String(), `OSPOBOT_TIME="2026-03-02 09:00" is not an RFC 3339 time`) {
		t.Errorf("exit %d, %q", code, errOut.String())
	}
}

// TestConfigValidateEndsWithNewline guards config validate's output for shells and
// scripts: what it prints, ok or problems, ends with a newline.
func TestConfigValidateEndsWithNewline(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"good.yaml": "log:\n  level: info\n", "bad.yaml": "log:\n  level: loud\n"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errOut bytes.Buffer
		run(context.Background(), []string{"config", "validate", p}, stdio{out: &out, err: &errOut})
		all := out.String() + errOut.String()
		if all == "" || !strings.HasSuffix(all, "\n") {
			t.Errorf("%s: output %q does not end with a newline", name, all)
		}
	}
}
