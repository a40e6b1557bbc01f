// Package lictext splits licence texts into the normalised words that licence
// templates and scanned texts are compared by. The generator of the embedded templates
// and the matcher use this one reading, so a template's words and a scanned file's
// words can never be normalised differently.
//
// A word is a run of letters and digits, lower-cased. Punctuation, white space and
// comment markers made of punctuation (//, #, *, --, ;;, %%, (*, ') are not words, so a
// licence behind any such line prefix reads as the bare licence. Comment markers that
// are words (dnl in m4, REM in batch files) are dropped when they open a line. A few
// spellings the SPDX matching guidelines treat as equal are folded to one
// ("licence" is "license").
package lictext

import (
	"unicode"
	"unicode/utf8"
)

// Words calls fn for each word of data, with the word lower-cased (in a buffer reused
// between calls: copy it to keep it) and its byte offsets in data.
func Words(data []byte, fn func(word []byte, start, end int)) {
	var buf []byte
	lineStart := true // only white space and punctuation since the last line break
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				start := i
				buf = buf[:0]
				for i < len(data) {
					c = data[i]
					if c < utf8.RuneSelf {
						if !isASCIIWord(c) {
							break
						}
						if 'A' <= c && c <= 'Z' {
							c += 'a' - 'A'
						}
						buf = append(buf, c)
						i++
						continue
					}
					r, size := utf8.DecodeRune(data[i:])
					if !isWordRune(r) {
						break
					}
					buf = utf8.AppendRune(buf, unicode.ToLower(r))
					i += size
				}
				if lineStart && isCommentWord(buf) && (i == len(data) || !isASCIIWordOrMark(data[i])) {
					lineStart = false
					continue
				}
				lineStart = false
				fn(fold(buf), start, i)
				continue
			}
			if c == '\n' {
				lineStart = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		// A word that starts with a non-ASCII letter.
		start := i
		buf = buf[:0]
		for i < len(data) {
			r, size = utf8.DecodeRune(data[i:])
			if !isWordRune(r) {
				break
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			i += size
		}
		lineStart = false
		fn(fold(buf), start, i)
	}
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isASCIIWordOrMark: a character that continues a word-like comment marker into
// something else ("rem" in "remark" is handled by the word itself; "dnl_x" is not dnl).
func isASCIIWordOrMark(c byte) bool { return isASCIIWord(c) || c == '_' }

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isCommentWord: a word that opens comment lines in some languages: dnl (m4,
// autoconf), rem (batch files, also as @REM).
func isCommentWord(w []byte) bool {
	return string(w) == "dnl" || string(w) == "rem"
}

// folds are the spellings read as one word.
var folds = map[string]string{
	"licence": "license", "licences": "licenses", "licenced": "licensed", "licencing": "licensing",
	"licensor": "licensor", "sublicence": "sublicense", "sublicences": "sublicenses",
	"acknowledgment": "acknowledgement", "acknowledgments": "acknowledgements",
	"organisation": "organization", "organisations": "organizations", "authorise": "authorize",
	"authorised": "authorized", "behaviour": "behavior", "favour": "favor", "honour": "honor",
	"programme": "program", "programmes": "programs", "utilise": "utilize", "licencee": "licensee",
	"licencees": "licensees", "copyrightable": "copyrightable", "noninfringement": "noninfringement",
	"whilst": "while", "centre": "center", "analogue": "analog", "modelling": "modeling",
}

func fold(w []byte) []byte {
	if len(w) < 5 || len(w) > 15 {
		return w
	}
	if f, ok := folds[string(w)]; ok {
		return append(w[:0], f...)
	}
	return w
}
