package license

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/github/go-spdx/v2/spdxexp"
	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"

	"github.com/ospobot/ospobot/workflows/license/internal/lictext"
)

// Certainty is how sure an identification is. Its String form is the plain wording
// users see and the JSON output carries.
type Certainty int

// The certainties, from best to worst.
const (
	Identified Certainty = iota + 1 // the text is a known licence, or declares one
	Probable                        // a known licence is there, with a doubt named in Result.Doubt
	NoLicense                       // nothing known was found
	NotText                         // binary data
)

func (c Certainty) String() string {
	switch c {
	case Identified:
		return "identified"
	case Probable:
		return "probably"
	case NoLicense:
		return "no known licence"
	case NotText:
		return "not a text file"
	}
	return fmt.Sprintf("Certainty(%d)", int(c))
}

// MarshalText makes a Certainty appear as its wording in JSON.
func (c Certainty) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Source says how a finding was made.
type Source string

// The ways a licence is found.
const (
	FromText Source = "text" // the licence text (or a standard header) matched
	FromTag  Source = "spdx-tag"
	FromURL  Source = "url" // only a link to the licence was found
)

// Finding is one licence found in a text.
type Finding struct {
	ID        string  `json:"id"`       // SPDX ID, or an SPDX expression for a tag
	Coverage  float64 `json:"coverage"` // percent of the text's words this finding covers
	StartLine int     `json:"start_line"`
	EndLine   int     `json:"end_line"`
	Source    Source  `json:"source"`
	Valid     bool    `json:"-"` // for tags: whether every ID in the expression is a known SPDX ID
	// Notice: the text matched is a licence's standard notice ("Licensed under the
	// Apache License, Version 2.0 …"), which refers to the licence; its text is elsewhere.
	Notice bool   `json:"notice,omitempty"`
	Note   string `json:"note,omitempty"`
	// Category is NeedsReview for a licence the SPDX list does not name
	// (LicenseRef-<name>); the policy decides the others.
	Category string `json:"category,omitempty"`
}

// Result is the answer for one text.
type Result struct {
	Name      string    `json:"path,omitempty"`
	Certainty Certainty `json:"certainty"`
	Coverage  float64   `json:"coverage"` // percent of the text covered by known licence texts
	Doubt     string    `json:"doubt,omitempty"`
	Findings  []Finding `json:"licenses"`
	// Choice is the SPDX expression of a file that offers a choice of licences in its
	// own words before their texts ("may be used, at your option, under either Apache
	// 2.0 or GPL 2.0 or later"): the texts found are alternatives, not all applying.
	Choice string `json:"choice,omitempty"`
}

// IDs lists the licences found, without repeats, in order of appearance.
func (r Result) IDs() []string {
	var ids []string
	seen := map[string]bool{}
	for _, f := range r.Findings {
		if !seen[f.ID] {
			seen[f.ID] = true
			ids = append(ids, f.ID)
		}
	}
	return ids
}

// FullCoverage is the share of a licence file's words that must match known licence
// texts for it to count as identified without doubt. Below it, the rest of the text may
// add or change terms.
const FullCoverage = 80.0

// Identify finds the licences in data. name is the file name, if any: it tells a
// source file (whose code is not expected to match) from a licence file.
func Identify(name string, data []byte) Result {
	res := Result{Name: name}
	if IsBinary(data) {
		res.Certainty = NotText
		return res
	}
	lines := newLineIndex(data)
	res.Findings = append(res.Findings, tags(data, lines)...)

	sc := scanText(data)
	// A tag inside a licence's own text is an example of how to apply it (the CAL-1.0
	// text shows its tags), not a tag of this file.
	res.Findings = slices.DeleteFunc(res.Findings, func(f Finding) bool {
		return f.Source == FromTag && slices.ContainsFunc(sc.spans, func(s span) bool {
			return !s.url && !s.notice && lines.line(s.start) < f.StartLine && f.StartLine <= lines.line(s.end)
		})
	})
	total := len(sc.starts)
	covered := 0
	urlOnly := true
	for _, m := range sc.spans {
		src := FromText
		if m.url {
			src = FromURL
		} else {
			urlOnly = false
		}
		c, words := 0.0, sc.wordsIn(m.start, m.end)
		if total > 0 {
			c = round1(100 * float64(words) / float64(total))
		}
		if !m.url {
			covered += words
		}
		f := Finding{
			ID: m.id, Coverage: c, Source: src, Valid: true, Notice: m.notice, Note: m.note,
			StartLine: lines.line(m.start), EndLine: lines.line(max(m.start, m.end-1)),
		}
		if strings.HasPrefix(m.id, "LicenseRef-") {
			f.Category = NeedsReview
		}
		res.Findings = append(res.Findings, f)
	}
	if total > 0 {
		res.Coverage = round1(min(100, 100*float64(covered)/float64(total)))
	}
	sort.SliceStable(res.Findings, func(i, j int) bool { return res.Findings[i].StartLine < res.Findings[j].StartLine })
	res.Certainty, res.Doubt = judge(name, data, res, len(sc.spans) > 0, urlOnly)
	if res.Certainty == NoLicense && len(sc.modified) > 0 {
		res.Certainty = Probable
		res.Doubt = fmt.Sprintf("the text is %s with words of its own inserted, which may change its terms, so a person needs to read it", sc.modified[0])
	}
	if res.Certainty == Identified || res.Certainty == Probable {
		res.Choice = choice(data, sc.firstText, res.Findings)
	}
	return res
}

// NeedsReview is the category of a licence found by its text that the SPDX list does
// not name (a vendor's SDK licence, proprietary terms), reported as LicenseRef-<name>:
// nobody has classified it, so a person must read it.
const NeedsReview = "needs review"

// choiceWords say, in a licence file's preamble, that the licences it names are
// alternatives: "at your option", "either of", "dual-licensed".
var choiceWords = []string{"at your option", "either", "dual licensed", "dual license", "dual licensing", "your choice",
	"you may choose", "choose", "choice of"}

// sentenceEnd splits a preamble into sentences: a full stop before white space. A
// blank line does not end one: "Licensed under either of" often stands above a list.
var sentenceEnd = regexp.MustCompile(`\.\s+`)

// maxPreamble bounds the words before the first licence text read for a choice; more
// is prose about something else.
const maxPreamble = 200

// choice reads the words before the first licence text (all of a file that holds no
// licence text) for a choice among two or more licences, and returns it as an SPDX
// expression: the licences named, joined by OR, and the licence texts the preamble does
// not name joined to that with AND. "" when there is no such preamble.
func choice(data []byte, end int, found []Finding) string {
	pre := data[:end]
	if fieldsOver(pre, maxPreamble) || !hasChoiceWord(pre) {
		return ""
	}
	return choiceIn(string(pre), found)
}

// fieldsOver: b has more than n words (counted no further than n+1).
func fieldsOver(b []byte, n int) bool {
	count, in := 0, false
	for _, c := range b {
		space := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
		if !space && !in {
			if count++; count > n {
				return true
			}
		}
		in = !space
	}
	return false
}

// hasChoiceWord is a quick look for the words a choice needs ("either", "option",
// "choose", "choice", "dual"), before the slower reading of the sentences.
func hasChoiceWord(b []byte) bool {
	low := bytes.ToLower(b)
	for _, w := range []string{"either", "option", "choose", "choice", "dual"} {
		if bytes.Contains(low, []byte(w)) {
			return true
		}
	}
	return false
}

func choiceIn(pre string, found []Finding) string {
	// The licences a sentence with choice words names are the alternatives; one named
	// in another sentence ("the documentation is under CC-BY-4.0") applies as well.
	var named, besides []string
	for _, sentence := range sentenceEnd.Split(pre, -1) {
		f := findLicenses(sentence)
		offered := anyWord(" "+norm(sentence)+" ", choiceWords)
		for _, id := range f.ids {
			// A name that gives no version ("the GPL") takes the version of its text here.
			if slices.ContainsFunc(f.notes, func(a Assumption) bool { return a.ID == id }) {
				if i := slices.IndexFunc(found, func(t Finding) bool { return t.Source == FromText && family(t.ID) == family(id) }); i >= 0 {
					id = found[i].ID
				}
			}
			switch {
			case offered && !slices.Contains(named, id):
				named = append(named, id)
			case !offered && !slices.Contains(besides, id):
				besides = append(besides, id)
			}
		}
	}
	if len(named) < 2 {
		return "" // "either version 2 of the License, or (at your option) any later version" is one licence
	}
	families := map[string]bool{}
	for _, id := range named {
		families[family(id)] = true
	}
	expr := "(" + strings.Join(named, " OR ") + ")"
	for _, id := range besides {
		if !families[family(id)] {
			expr += " AND " + id
			families[family(id)] = true
		}
	}
	for _, f := range found {
		if f.Source == FromText && !families[family(f.ID)] {
			expr += " AND " + f.ID
			families[family(f.ID)] = true
		}
	}
	if !strings.Contains(expr, " AND ") {
		expr = expr[1 : len(expr)-1]
	}
	if _, err := ExtractLicenses(expr); err != nil {
		return ""
	}
	return expr
}

func judge(name string, data []byte, res Result, matched, urlOnly bool) (Certainty, string) {
	var tagged, badTag []string
	for _, f := range res.Findings {
		if f.Source == FromTag {
			tagged = append(tagged, f.ID)
			if !f.Valid {
				badTag = append(badTag, f.ID)
			}
		}
	}
	switch {
	case len(badTag) > 0:
		if hint := Suggestion(badTag[0]); hint != "" {
			return Probable, fmt.Sprintf("the SPDX tag %q is not a valid SPDX expression of known licence IDs; %s", badTag[0], hint)
		}
		return Probable, fmt.Sprintf("the SPDX tag %q is not a valid SPDX expression of known licence IDs (misspelt?)", badTag[0])
	case len(tagged) > 0:
		return Identified, ""
	case !matched:
		if len(bytes.TrimSpace(data)) == 0 {
			return NoLicense, "the text is empty"
		}
		return NoLicense, ""
	case urlOnly:
		return Probable, "only a link to the licence was found, not its text"
	case isSourceFile(name, data) || res.Coverage >= FullCoverage:
		return Identified, ""
	}
	return Probable, fmt.Sprintf("only %.0f%% of the text matches known licence texts; the rest may change the terms", res.Coverage)
}

// tagRE finds SPDX tags where tools put them: at the start of a line, after nothing
// but white space and comment markers (any punctuation: //, #, /*, *, --, ;, %, <!--,
// (*, {-, """, ::, and the word markers REM, @REM, dnl). A mention in prose
// ("`SPDX-License-Identifier:` lines are honoured") is not a tag.
var tagRE = regexp.MustCompile(`(?im)^[ \t]*(?:[^\w\s]+[ \t]*|(?:@?rem|dnl|c|<\?php)\b[ \t]*)*SPDX-License-Identifier[ \t]*:[ \t]*([^\r\n]*)`)

// tags reads SPDX-License-Identifier lines and checks their expressions.
func tags(data []byte, lines lineIndex) []Finding {
	if !hasTagWord(data) {
		return nil // no tag: skip the expression, which is slow over a long file
	}
	var out []Finding
	for _, loc := range tagRE.FindAllSubmatchIndex(data, -1) {
		expr := trimOuterParens(canonicalCase(cleanTag(string(data[loc[2]:loc[3]]))))
		if expr == "" {
			continue
		}
		_, err := ExtractLicenses(expr)
		valid := err == nil
		if valid {
			ok, _ := spdxexp.ValidateLicenses([]string{expr})
			valid = ok
		}
		note := ""
		if current, old := currentExpression(expr); len(old) > 0 {
			note = fmt.Sprintf("the tag says %s, which SPDX has deprecated; read as %s", strings.Join(old, ", "), current)
			expr = current
		}
		line := lines.line(loc[0])
		out = append(out, Finding{ID: expr, Coverage: 0, StartLine: line, EndLine: line, Source: FromTag, Valid: valid, Note: note})
	}
	return out
}

// trimOuterParens drops parentheses around a whole expression ("(MIT OR Apache-2.0)"
// is "MIT OR Apache-2.0"), which change nothing and would make the same licences look
// like another expression.
func trimOuterParens(expr string) string {
	for len(expr) > 2 && expr[0] == '(' && expr[len(expr)-1] == ')' {
		depth := 0
		for i, c := range expr {
			switch c {
			case '(':
				depth++
			case ')':
				depth--
			}
			if depth == 0 && i < len(expr)-1 {
				return expr // the first parenthesis closes before the end: "(A OR B) AND (C)"
			}
		}
		expr = strings.TrimSpace(expr[1 : len(expr)-1])
	}
	return expr
}

// hasTagWord: "license-identifier", in any case, is somewhere in data.
func hasTagWord(data []byte) bool {
	const w = "license-identifier"
	for off := 0; off < len(data); {
		i := bytes.IndexByte(data[off:], '-')
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		if i >= 7 && i+11 <= len(data) && bytes.EqualFold(data[i-7:i+11], []byte(w)) {
			return true
		}
	}
	return false
}

// cleanTag keeps the expression of a tag line: it ends where a comment closes ("*/",
// "-->", "*)", "-}", a quote) and trailing punctuation goes too.
func cleanTag(s string) string {
	for _, end := range []string{"*/", "-->", "*)", "-}", "#}", "%>", "#>", "]]", "\"", "'", "`"} {
		if i := strings.Index(s, end); i >= 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ";,-"))
}

// currentExpression rewrites the deprecated SPDX IDs of an expression as their current
// equivalents ("GPL-2.0+" is GPL-2.0-or-later, "GPL-2.0-with-classpath-exception" is
// GPL-2.0-or-later WITH Classpath-exception-2.0), and lists the deprecated IDs read.
func currentExpression(expr string) (string, []string) {
	var old []string
	fields := strings.FieldsFunc(expr, func(r rune) bool { return r == ' ' || r == '(' || r == ')' })
	for _, f := range fields {
		if _, ok := lictext.Replacement[f]; ok && !slices.Contains(old, f) {
			old = append(old, f)
		}
	}
	if len(old) == 0 {
		return expr, nil
	}
	out := idRun.ReplaceAllStringFunc(expr, func(id string) string {
		if r, ok := lictext.Replacement[id]; ok {
			if strings.Contains(r, " ") && strings.Contains(expr, " ") {
				return "(" + r + ")"
			}
			return r
		}
		return id
	})
	return out, old
}

var idRun = regexp.MustCompile(`[A-Za-z0-9.+:-]+`)

// canonicalCase spells the IDs and operators of a tag as the SPDX list does ("mit or
// apache-2.0" is "MIT OR Apache-2.0"): SPDX IDs are matched without regard to case.
func canonicalCase(expr string) string {
	return idRun.ReplaceAllStringFunc(expr, func(tok string) string {
		switch low := strings.ToLower(tok); low {
		case "and", "or", "with":
			return strings.ToUpper(tok)
		default:
			plus := strings.HasSuffix(low, "+")
			if id, ok := licenseish()[strings.TrimSuffix(low, "+")]; ok {
				if plus {
					return id + "+"
				}
				return id
			}
			if ok, id := spdxlicenses.IsException(tok); ok {
				return id
			}
			return tok
		}
	})
}

var sourceExt = map[string]bool{
	".go": true, ".c": true, ".h": true, ".cc": true, ".cpp": true, ".hpp": true, ".cs": true,
	".java": true, ".kt": true, ".scala": true, ".js": true, ".mjs": true, ".ts": true, ".tsx": true,
	".jsx": true, ".py": true, ".rb": true, ".rs": true, ".php": true, ".swift": true, ".m": true,
	".sh": true, ".bash": true, ".pl": true, ".pm": true, ".lua": true, ".r": true, ".sql": true,
	".hs": true, ".ex": true, ".exs": true, ".erl": true, ".clj": true, ".dart": true, ".vue": true,
	".css": true, ".scss": true, ".html": true, ".xml": true, ".yaml": true, ".yml": true, ".toml": true,
	".proto": true, ".cmake": true, ".mk": true,
}

// isSourceFile tells whether uncovered text is expected: code around a licence header.
func isSourceFile(name string, data []byte) bool {
	if sourceExt[strings.ToLower(path.Ext(name))] {
		return true
	}
	// An unnamed paste: look for code punctuation at line ends.
	code, lines := 0, 0
	for _, l := range bytes.Split(data, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		lines++
		switch l[len(l)-1] {
		case ';', '{', '}', ')':
			code++
		}
	}
	return lines > 0 && code*4 >= lines
}

// IsBinary reports whether data is not text: it holds NUL bytes, or is mostly control
// characters or invalid UTF-8. Latin-1 text still counts as text.
func IsBinary(data []byte) bool {
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 {
			if i+size >= len(sample) && len(data) > len(sample) {
				break // a rune cut by the sample's end
			}
			if sample[i] < 0xa0 { // not a Latin-1 letter either
				bad++
			}
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v' {
			bad++
		}
		i += size
	}
	return bad*10 > len(sample)
}

func round1(f float64) float64 { return float64(int(f*10+0.5)) / 10 }

// lineIndex maps byte offsets to 1-based line numbers.
type lineIndex []int

func newLineIndex(data []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range data {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

func (li lineIndex) line(off int) int {
	return sort.Search(len(li), func(i int) bool { return li[i] > off })
}

// bareGNU are the GNU licence IDs SPDX deprecated because they do not say "only" or
// "or later". licensecheck reports a full licence text with them, since the text is the
// same either way.
var bareGNU = map[string]bool{
	"GPL-1.0": true, "GPL-2.0": true, "GPL-3.0": true, "LGPL-2.0": true, "LGPL-2.1": true,
	"LGPL-3.0": true, "AGPL-1.0": true, "AGPL-3.0": true, "GFDL-1.1": true, "GFDL-1.2": true, "GFDL-1.3": true,
}

// CurrentExpression is the expression in current SPDX IDs for a licence ID the SPDX
// list has deprecated ("GPL-2.0-with-classpath-exception", "wxWindows"); ok is false
// for an ID that is current or unknown.
func CurrentExpression(id string) (expr string, ok bool) {
	expr, ok = lictext.Replacement[id]
	return expr, ok
}
