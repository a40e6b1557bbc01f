package license

import (
	"strings"
	"testing"
	"time"
)

// TestWriteNotices guards the notices file: third-party components only (not the
// project's own licence file or the SPDX tags of its sources), each once across scans,
// with every distinct text of its licence files (CRLF made LF, binary files left out),
// and those without texts listed last with where the standard text is and why none
// was found.
func TestWriteNotices(t *testing.T) {
	a := &Scan{Target: "app", Components: []Component{
		{Name: "app", License: "Apache-2.0", Source: "licence file", Where: "LICENSE", Texts: []File{{"LICENSE", []byte("OUR OWN LICENCE")}}},
		{Name: "main.go", License: "Apache-2.0", Source: "SPDX tag", Where: "main.go:1"},
		{Name: "example.com/lib", Version: "v1.2.0", License: "MIT", Source: "module licence file",
			Texts: []File{{"LICENSE", []byte("Copyright Lib\r\nMIT terms\r\n")}, {"NOTICE", []byte("Lib notice")}, {"COPYING", []byte("\x00\x01binary")}}},
		{Name: "example.com/declared", Version: "v0.1.0", License: "MPL-2.0 OR LicenseRef-x", Source: "go.mod"},
		{Name: "example.com/missing", Version: "v9.0.0", Source: "go.mod", Note: "module proxy: gone"},
	}}
	b := &Scan{Target: "tool", Components: []Component{
		{Name: "example.com/lib", Version: "v1.2.0", License: "MIT", Source: "module licence file", Texts: []File{{"LICENSE", []byte("other copy")}}},
		{Name: "Example.com/aaa", Version: "v1.0.0", License: "ISC", Source: "vendored licence file", Texts: []File{{"vendor/example.com/aaa/LICENSE", []byte("ISC text\n")}}},
	}}
	var out strings.Builder
	sum, err := WriteNotices(&out, []*Scan{a, b}, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if sum != (NoticesSummary{Components: 4, WithText: 2}) {
		t.Errorf("summary %+v", sum)
	}
	got := out.String()
	for _, want := range []string{
		"found in app, tool, with the licence texts they ship.\nMade by ospobot on 2026-03-02.",
		"Components (4):\n  Example.com/aaa v1.0.0 — ISC\n  example.com/declared v0.1.0 — MPL-2.0 OR LicenseRef-x\n  example.com/lib v1.2.0 — MIT\n  example.com/missing v9.0.0 — no licence found\n",
		"example.com/lib v1.2.0\nLicence: MIT\n\n--- LICENSE ---\n\nCopyright Lib\nMIT terms\n\n--- NOTICE ---\n\nLib notice\n",
		"--- vendor/example.com/aaa/LICENSE ---\n\nISC text\n",
		"Components whose licence texts were not found (2); add their texts before you ship:\n" +
			"  example.com/declared v0.1.0 — MPL-2.0 OR LicenseRef-x (the standard text: https://spdx.org/licenses/MPL-2.0.html; its copyright lines are the component's own)\n" +
			"  example.com/missing v9.0.0 — no licence found [module proxy: gone]\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("notices lack %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"OUR OWN LICENCE", "main.go", "binary", "other copy", "\r"} {
		if strings.Contains(got, not) {
			t.Errorf("notices hold %q", not)
		}
	}
}
