package bot

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from outside (file names, SBOM fields, user names, messages, licence texts)
// reaches terminals, chat clients and spreadsheets. Escape is the one helper every
// surface uses so that such text can neither drive a terminal (escape sequences, a
// carriage return that hides what came before) nor disguise itself (a right-to-left
// override that shows "exe.txt" for "txt.exe"): control characters become `\x1b`,
// format characters that reorder text become a visible `[U+202E]`, and invalid UTF-8
// becomes U+FFFD. Newlines and tabs stay: messages have lines.

// Escape makes s safe to print: see above. Text that needs no escaping is returned as
// it is, without copying.
func Escape(s string) string { return escape(s, true) }

// EscapeLine is Escape for a one-line field (a cell, a name): newlines and tabs are
// escaped too.
func EscapeLine(s string) string { return escape(s, false) }

func escape(s string, lines bool) string {
	if !needsEscape(s, lines) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(unicode.ReplacementChar)
		case lines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r <= 0x9f: // C1 controls: 0x9b is a one-byte CSI on some terminals
			fmt.Fprintf(&b, `\u%04x`, r)
		case Reorders(r):
			fmt.Fprintf(&b, "[U+%04X]", r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func needsEscape(s string, lines bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && !(lines && (c == '\n' || c == '\t'))) || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r <= 0x9f || Reorders(r) {
			return true
		}
		i += size
	}
	return false
}

// Reorders tells the invisible characters that change the order or direction text is
// shown in: the bidirectional embeddings, overrides and isolates, and the marks.
func Reorders(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// Clip cuts an untrusted field to at most max characters, saying how much was cut, so
// that one field (a 200,000-character licence string in an SBOM) cannot flood a report.
func Clip(s string, max int) string {
	if max <= 0 || len(s) <= max {
		return s
	}
	n := utf8.RuneCountInString(s)
	if n <= max {
		return s
	}
	cut := 0
	for i := range s {
		if cut == max {
			return s[:i] + fmt.Sprintf("… (cut: %s more characters)", Count(n-max))
		}
		cut++
	}
	return s
}

// Count writes n with thousands separators: 199,800.
func Count(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + Count(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

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
