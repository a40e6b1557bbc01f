package main

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// agplLicense is a licence file that says it is AGPL.
const agplLicense = "SPDX-License-Identifier: AGPL-3.0-only\n"

// zipOf stores files uncompressed: quick to write, and no zip bomb by its ratio.
func zipOf(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestCheckFailsClosed guards the CI gate: an archive whose only licence file is AGPL
// is never "allowed" (exit 0) because the file went unread — nested three levels deep,
// larger than the per-file limit, or in an archive format this build cannot open. The
// line says what was skipped and why, and the exit status is at least 1 (needs
// approval); two levels deep, the file is read and the verdict is "not allowed".
func TestCheckFailsClosed(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	level2 := zipOf(t, map[string][]byte{"inner.zip": zipOf(t, map[string][]byte{"LICENSE": []byte(agplLicense)})})
	big := []byte(agplLicense + strings.Repeat("\n", 4<<20))
	for _, c := range []struct {
		name     string
		data     []byte
		wantCode int
		wantLine string
	}{
		{"two-levels.zip", level2, checkNotAllowed, "NOT ALLOWED"},
		{"three-levels.zip", zipOf(t, map[string][]byte{"middle.zip": level2}), checkNeedsApproval,
			"three-levels.zip/middle.zip/inner.zip — an archive nested deeper than 2 levels, not opened (limits.max_depth)"},
		{"big.zip", zipOf(t, map[string][]byte{"LICENSE": big}), checkNeedsApproval,
			"big.zip/LICENSE — larger than 4 MiB, not read (limits.max_file)"},
		{"xz.zip", zipOf(t, map[string][]byte{"vendor.tar.xz": []byte("\xfd7zXZ\x00 not really")}), checkNeedsApproval,
			"xz.zip/vendor.tar.xz — a tar.xz archive, which this build cannot open: not read"},
	} {
		p := write(c.name, c.data)
		var out, errOut bytes.Buffer
		code := run(context.Background(), []string{"license", "check", "--go-proxy", "off", p}, stdio{out: &out, err: &errOut})
		if code != c.wantCode || !strings.Contains(out.String(), c.wantLine) {
			t.Errorf("%s: exit %d, want %d; output:\n%s%s\nwant a line with %q", c.name, code, c.wantCode, out.String(), errOut.String(), c.wantLine)
		}
		if c.wantCode == checkNeedsApproval && !strings.Contains(out.String(), "NEEDS APPROVAL") {
			t.Errorf("%s: the skipped entry is not a line that needs approval:\n%s", c.name, out.String())
		}
	}
	// The per-file limit is configurable: lowered, a 3 KiB licence file goes unread.
	mid := write("mid.zip", zipOf(t, map[string][]byte{"LICENSE": []byte(agplLicense + strings.Repeat("\n", 3<<10))}))
	cfg := write("small.yaml", []byte("limits:\n  max_file: 2KiB\n"))
	for _, c := range []struct {
		args []string
		want int
	}{{nil, checkNotAllowed}, {[]string{"--config", cfg}, checkNeedsApproval}} {
		var out, errOut bytes.Buffer
		args := append(append([]string{"license", "check", "--go-proxy", "off"}, c.args...), mid)
		if code := run(context.Background(), args, stdio{out: &out, err: &errOut}); code != c.want {
			t.Errorf("%q: exit %d, want %d\n%s%s", args, code, c.want, out.String(), errOut.String())
		}
	}
}

// TestCheckUntrustedFields guards the report against hostile SBOM fields: a
// 200,000-character licence string is cut with a note (and needs approval), and a
// component name carrying terminal escapes or a right-to-left override is shown as
// text, in the line a CI log or a terminal prints.
func TestCheckUntrustedFields(t *testing.T) {
	long := strings.Repeat("MIT AND ", 25000) + "MIT"
	bom := `{"bomFormat":"CycloneDX","specVersion":"1.5","components":[
	  {"type":"library","name":"huge","version":"1","licenses":[{"expression":"` + long + `"}]},
	  {"type":"library","name":"evil\u001b[2J\u202Etxt.exe","version":"1","licenses":[{"license":{"id":"MIT"}}]}]}`
	p := filepath.Join(t.TempDir(), "bom.json")
	if err := os.WriteFile(p, []byte(bom), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"license", "check", "--go-proxy", "off", p}, stdio{out: &out, err: &errOut})
	got := out.String()
	if code != checkNeedsApproval {
		t.Errorf("exit %d, want %d\n%s%s", code, checkNeedsApproval, got, errOut.String())
	}
	if len(got) > 4000 || !strings.Contains(got, "a licence string of 200,003 characters, too long to read: MIT AND MIT AND") {
		t.Errorf("long licence not cut with a note (%d bytes of output):\n%.2000s", len(got), got)
	}
	if strings.ContainsAny(got, "\x1b\u202E") || !strings.Contains(got, `evil\x1b[2J[U+202E]txt.exe@1`) {
		t.Errorf("component name not escaped:\n%s", got)
	}
	if strings.Contains(got, "1 components") {
		t.Errorf("wording: %s", got)
	}
	out.Reset()
	run(context.Background(), []string{"license", "check", "--json", "--go-proxy", "off", p}, stdio{out: &out, err: &errOut})
	if strings.ContainsAny(out.String(), "\x1b\u202E") || !strings.Contains(out.String(), `evil\u001b[2J\u202etxt.exe`) {
		t.Errorf("--json output not escaped:\n%.3000s", out.String())
	}
}
