package bot

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEscape guards what reaches terminals and chat from outside: escape sequences and
// other control characters are shown as text, a right-to-left override is shown
// visibly, invalid UTF-8 is replaced, and ordinary text (newlines and tabs included)
// is left alone.
func TestEscape(t *testing.T) {
	for _, c := range []struct{ in, want, line string }{
		{"plain text, ünïcode ✓", "plain text, ünïcode ✓", "plain text, ünïcode ✓"},
		{"two\nlines\tand tab", "two\nlines\tand tab", `two\x0alines\x09and tab`},
		{"red \x1b[31mALERT\x1b[0m", `red \x1b[31mALERT\x1b[0m`, `red \x1b[31mALERT\x1b[0m`},
		{"approved\rrejected", `approved\x0drejected`, `approved\x0drejected`},
		{"invoice\u202Etxt.exe", "invoice[U+202E]txt.exe", "invoice[U+202E]txt.exe"},
		{"csi \u009b2J", `csi \u009b2J`, `csi \u009b2J`},
		{"bad \xff byte", "bad \uFFFD byte", "bad \uFFFD byte"},
		{"del\x7f", `del\x7f`, `del\x7f`},
		{"isolate \u2067x\u2069", "isolate [U+2067]x[U+2069]", "isolate [U+2067]x[U+2069]"},
	} {
		if got := Escape(c.in); got != c.want {
			t.Errorf("Escape(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := EscapeLine(c.in); got != c.line {
			t.Errorf("EscapeLine(%q) = %q, want %q", c.in, got, c.line)
		}
	}
}

// TestClip guards the cut of an untrusted field: short text is kept, long text is cut
// to the limit with a note of how much went.
func TestClip(t *testing.T) {
	if got := Clip("MIT", 10); got != "MIT" {
		t.Errorf("Clip kept short text as %q", got)
	}
	long := strings.Repeat("x", 200000)
	got := Clip(long, 200)
	if !strings.HasPrefix(got, strings.Repeat("x", 200)+"…") || !strings.HasSuffix(got, "(cut: 199,800 more characters)") {
		t.Errorf("Clip(200,000 chars) = …%q", got[190:])
	}
	if got := Clip("äöüäöü", 3); got != "äöü… (cut: 3 more characters)" {
		t.Errorf("Clip counts characters, not bytes: %q", got)
	}
}

// TestNeutralise guards CSV exports against formula injection: a cell that a
// spreadsheet would run is made text; others are untouched.
func TestNeutralise(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")", "+1": "'+1", "-2+3": "'-2+3", "@SUM(A1)": "'@SUM(A1)",
		"\tx": "'\tx", "\rx": "'\rx", "shell:ana": "shell:ana", "": "", "a=b": "a=b",
	} {
		if got := Neutralise(in); got != want {
			t.Errorf("Neutralise(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPrintableShowsBidi guards what chat replies echo (field values in approval
// messages, names): a right-to-left override is shown as [U+202E], so an approver sees
// "invoice[U+202E]fdp.exe" and not a name that reads "invoiceexe.pdf".
func TestPrintableShowsBidi(t *testing.T) {
	if got := Printable("invoice\u202Efdp.exe", 100); got != "invoice[U+202E]fdp.exe" {
		t.Errorf("Printable = %q", got)
	}
}

// TestEscapeJSON guards JSON output (audit export, license check --json): a bidi
// override or C1 control becomes a \u escape, and the value decodes unchanged.
func TestEscapeJSON(t *testing.T) {
	in := []byte("{\"name\":\"a\u202Eb\u009bc\x7f\"}\n")
	got := EscapeJSON(in)
	if string(got) != `{"name":"a\u202eb\u009bc\u007f"}`+"\n" {
		t.Errorf("EscapeJSON = %s", got)
	}
	var a, b map[string]string
	if json.Unmarshal(in, &a) != nil || json.Unmarshal(got, &b) != nil || a["name"] != b["name"] {
		t.Errorf("values differ: %q %q", a, b)
	}
}
