package bot

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/ospobot/ospobot/internal/text"
)

// The rules for text from outside (file names, SBOM fields, user names, messages,
// licence texts) live in internal/text, which the licence library shares without
// depending on the bot; these names keep them where the rest of the bot looks.

// Escape makes s safe to print: control characters become `\x1b`, format characters
// that reorder text become a visible `[U+202E]`, invalid UTF-8 becomes U+FFFD; newlines
// and tabs stay. Text that needs no escaping is returned as it is, without copying.
func Escape(s string) string { return text.Escape(s) }

// EscapeLine is Escape for a one-line field (a cell, a name): newlines and tabs are
// escaped too.
func EscapeLine(s string) string { return text.EscapeLine(s) }

// Reorders tells the invisible characters that change the order or direction text is
// shown in: the bidirectional embeddings, overrides and isolates, and the marks.
func Reorders(r rune) bool { return text.Reorders(r) }

// Clip cuts an untrusted field to at most max characters, saying how much was cut, so
// that one field (a 200,000-character licence string in an SBOM) cannot flood a report.
func Clip(s string, max int) string { return text.Clip(s, max) }

// Count writes n with thousands separators: 199,800.
func Count(n int) string { return text.Count(n) }

// Neutralise keeps a spreadsheet from running a cell as a formula: a cell that starts
// with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe, which
// spreadsheets show as text and do not print.
func Neutralise(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

// EscapeJSON rewrites, in encoded JSON, the characters a terminal would act on and JSON
// leaves as they are (DEL, the C1 controls, bidirectional overrides) as \u escapes:
// the decoded value is unchanged, the bytes are safe to print.
func EscapeJSON(b []byte) []byte {
	unsafe := func(r rune) bool { return r == 0x7f || r >= 0x80 && r <= 0x9f || Reorders(r) }
	if !bytes.ContainsFunc(b, unsafe) {
		return b
	}
	var out bytes.Buffer
	for _, r := range string(b) {
		if unsafe(r) {
			fmt.Fprintf(&out, `\u%04x`, r)
			continue
		}
		out.WriteRune(r)
	}
	return out.Bytes()
}

// JSONWriter writes to w what a json.Encoder writes to it, through EscapeJSON.
type JSONWriter struct{ W io.Writer }

func (j JSONWriter) Write(p []byte) (int, error) {
	if _, err := j.W.Write(EscapeJSON(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}
