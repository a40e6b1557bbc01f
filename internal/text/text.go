package text

import (
	"fmt"
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

// Printable returns s with control characters replaced and cut to at most max runes, so
// that user text echoed back cannot break a message or a terminal.
func Printable(s string, max int) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == max {
			b.WriteString("…")
			break
		}
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			r = '�'
		}
		if Reorders(r) { // a right-to-left override, shown to approvers as what it is
			fmt.Fprintf(&b, "[U+%04X]", r)
			n++
			continue
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// FormatBytes renders a size for people: "512 B", "1.5 KiB", "1 MiB".
func FormatBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	v := float64(n) / float64(div)
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	return s + " " + string("KMGTPE"[exp]) + "iB"
}

// JoinAnd lists items as a sentence does: "A", "A and B", "A, B and C".
func JoinAnd(items []string) string { return join(items, " and ") }

// JoinOr lists alternatives as a sentence does: "A", "A or B", "A, B or C".
func JoinOr(items []string) string { return join(items, " or ") }

func join(items []string, last string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}

// AsTyped gives text back the plain characters a person types, whatever the chat client
// or the web page it was copied from made of them: no-break and other wide or thin
// spaces are spaces, curly quotes and primes are straight ones, the Unicode hyphens are
// hyphens, and zero-width characters, the backticks of inline code ("is `MPL-2.0` ok in
// our app?"), the asterisks of bold or italic words ("*MIT*") and emoji are gone. Line
// breaks stay: they end sentences. Words and patterns that read messages are written
// for plain text; a question pasted from a browser or written in chat markup must read
// as the same question typed by hand. Plain text is returned as it is, without copying.
func AsTyped(text string) string {
	plain := true
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= utf8.RuneSelf || c == '`' || c == '\t' || c == '*' {
			plain = false
			break
		}
	}
	if plain {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i, r := range text {
		switch {
		case r == '*' && emphasis(text, i):
		case unicode.Is(unicode.So, r) && r != '©' && r != '®' && r != '™', r >= '\U0001F3FB' && r <= '\U0001F3FF', r == '\ufe0f':
			// An emoji (with its skin tone or presentation selector) says nothing to read.
		case r == '\n' || r == '\r':
			b.WriteRune(r)
		case r == '\t' || unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '`':
		case r == '‘' || r == '’' || r == '‚' || r == '‛' || r == '′':
			b.WriteByte('\'')
		case r == '“' || r == '”' || r == '„' || r == '″':
			b.WriteByte('"')
		case r >= '\u2010' && r <= '\u2012':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// emphasis tells whether the asterisk at i belongs to a run that marks bold or italic
// words ("*MIT*", "**GPL-3.0**"): the run touches a letter or digit on one side only. A
// lone "*" between spaces, and a glob's "/**/", stay.
func emphasis(s string, i int) bool {
	start, end := i, i
	for start > 0 && s[start-1] == '*' {
		start--
	}
	for end < len(s) && s[end] == '*' {
		end++
	}
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return start > 0 && word(before) != (end < len(s) && word(after)) || start == 0 && end < len(s) && word(after)
}
