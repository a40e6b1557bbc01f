package license

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/ospobot/ospobot/workflows/license/internal/lictext"
)

// span is one licence found in a text, by its words or by a link.
type span struct {
	id         string
	start, end int // byte offsets
	url        bool
	notice     bool // a standard notice or a short reference, not the licence's text
	note       string
}

// scanned is what scanText finds: the spans in order, and where the first licence
// text or standard notice starts (len(data) when there is none), for reading a choice
// in the words before.
type scanned struct {
	spans     []span
	firstText int
	// modified names the licences whose texts are there with words of their own
	// inserted: not that licence any more, but close to it.
	modified []string
	starts   []int32 // where each word of the text starts
}

// wordsIn counts the words that start in data[start:end].
func (sc scanned) wordsIn(start, end int) int {
	i, _ := slices.BinarySearch(sc.starts, int32(start))
	j, _ := slices.BinarySearch(sc.starts, int32(end))
	return j - i
}

// maxInserted is the most grams in a row, inside a licence text, that the licence may
// lack and still be itself: room for a long name filled into its blanks ("Neither the
// name of the University of California, Berkeley nor …"), not for a sentence of terms
// (a clause of extra terms). Long texts are left alone: their copies differ in
// headings and appendices.
//
// shortNoticeGrams: a licence text this short may be a notice in another licence's
// words ("Licensed under the ImageMagick License (the "License"); you may not use …").
const (
	shortNoticeGrams  = 120
	maxInserted       = 30
	shortLicenseGrams = 600
)

// maxAdded is the fewest words a text may add in one place, where the licence leaves
// no blank, to be another licence: a sentence of terms ("Redistribution in binary
// form is not permitted", "The Software may not be used to offer a service …").
// maxReplaced is the fewest words of the licence, in a row, that said otherwise make
// it another licence: a clause rewritten. A word or two changed or added is a typo or
// a name, not new terms. Only short licences (the MIT, BSD and ISC family, under
// shortTermsGrams) are held to this: longer ones have versions that differ in a
// sentence or two (Ruby's, the Artistic licences) and stay themselves.
const (
	maxAdded        = 10
	maxReplaced     = 12
	shortTermsGrams = 250
)

// modified: the text of a licence with words of its own inserted, or a clause
// rewritten: not that licence any more, but close to it.
func (c tmatch) modified() bool {
	if c.t.kind != kindText {
		return false
	}
	if c.templateGrams < shortTermsGrams {
		return c.added >= maxAdded || c.replaced >= maxReplaced || c.excepted
	}
	// A longer one is read only for a long insertion that states terms: a list of the
	// files its terms do not cover (Ruby's older text) adds none.
	return c.inserted > maxInserted && c.added >= maxAdded && c.templateGrams < shortLicenseGrams
}

const kindException = 2 // an exception's own words, as gen/ writes them

// scanText finds the licence texts, notices, short references and links in data.
func scanText(data []byte) scanned {
	sc := scanned{firstText: len(data)}
	m := loadMatcher()
	d := m.read(data)
	sc.starts = d.start
	found := m.find(d)
	var excs []tmatch
	for _, c := range found {
		if c.t.kind == kindException {
			excs = append(excs, c)
			continue
		}
		if c.modified() {
			sc.modified = append(sc.modified, c.t.id)
			continue
		}
		s := span{id: c.t.id, start: withCopyright(data, c.start), end: c.end, notice: c.t.kind == kindNotice}
		switch {
		case s.notice && gnuID.MatchString(s.id):
			// To the end of the sentence the match ends in: the versions offered may be
			// its last words ("… or (at your option) version 3 of the License.").
			end := c.end
			if i := bytes.IndexByte(data[end:min(len(data), end+80)], '.'); i >= 0 {
				end += i
			}
			// From the paragraph before too: the sentence that names the licence may be
			// reworded past matching ("You can use … this code under the terms of the
			// GNU Affero General Public License version 3.").
			from := lineStart(data, c.start)
			for n := 0; n < 3 && from > 0; n++ {
				from = lineStart(data, from-1)
			}
			s.id = gnuNotice(data[from:end], s.id)
		case s.notice && strings.HasPrefix(s.id, "GFDL-"):
			end := min(len(data), c.end+400)
			s.id = gfdlNotice(data[c.start:end], s.id)
		case s.notice || c.templateGrams < shortNoticeGrams && noticeWords.Match(data[c.start:min(c.end, c.start+400)]):
			// From the line before: the words that name the licence may be the ones
			// the template lacks, so that the match starts after them.
			from := lineStart(data, max(0, lineStart(data, c.start)-1))
			s.id = namedInNotice(data[from:c.end], s.id)
		}
		if !s.notice {
			if base, ok := strings.CutSuffix(s.id, "-only"); ok && bareGNU[base] {
				s.note = "the text is the same for " + base + "-or-later; the notices in the source files say which applies"
			}
		}
		sc.spans = append(sc.spans, s)
	}
	sc.spans = joinParts(sc.spans)
	gnuTextsAsNoticed(sc.spans)
	attachExceptions(sc.spans, excs)
	for _, s := range sc.spans {
		sc.firstText = min(sc.firstText, s.start)
	}
	sc.spans = append(sc.spans, shortReferences(data, sc.spans)...)
	sc.spans = append(sc.spans, licenseURLs(data, sc.spans)...)
	slices.SortStableFunc(sc.spans, func(a, b span) int { return a.start - b.start })
	return sc
}

// gnuTextsAsNoticed reports a full GNU licence text under the ID its file's notice
// gives ("GPL-2.0-or-later" above a copy of the GPL version 2): the text cannot say
// "only" or "or later", the notice does.
func gnuTextsAsNoticed(spans []span) {
	for i, s := range spans {
		base, ok := strings.CutSuffix(s.id, "-only")
		if s.notice || !ok || !bareGNU[base] {
			continue
		}
		for _, n := range spans {
			if n.notice && (n.id == base+"-only" || n.id == base+"-or-later") {
				spans[i].id, spans[i].note = n.id, ""
				break
			}
		}
	}
}

// exceptionBases are the licences that exceptions are written for.
var exceptionBases = regexp.MustCompile(`^(GPL|LGPL|AGPL|Apache)-`)

// attachExceptions joins each exception's words to the nearest licence found without
// one ("GPL-2.0-or-later WITH Classpath-exception-2.0"). A full GNU text cannot say
// "only" or "or later"; the GNU projects ship their exceptions with or-later notices,
// so a text with an exception reads as or-later.
func attachExceptions(spans []span, excs []tmatch) {
	for _, e := range excs {
		best, dist := -1, 1<<30
		for i, s := range spans {
			if s.url || strings.Contains(s.id, " WITH ") || !exceptionBases.MatchString(s.id) {
				continue
			}
			d := max(0, max(s.start-e.end, e.start-s.end))
			if d < dist {
				best, dist = i, d
			}
		}
		if best < 0 || dist > 4000 {
			continue // an exception with no licence beside it names nothing by itself
		}
		s := &spans[best]
		id := s.id
		if base, ok := strings.CutSuffix(id, "-only"); ok && !s.notice {
			id = base + "-or-later"
			s.note = ""
		}
		s.id = id + " WITH " + e.t.id
		s.start, s.end = min(s.start, e.start), max(s.end, e.end)
	}
}

// shortRefRE finds a sentence that puts a work under a licence by name ("Licensed
// under the MIT License.", "released under the terms of the GNU GPL v3"): a notice
// shorter than any licence text, worth reporting.
var shortRefRE = regexp.MustCompile(`(?i)\b(?:licen[cs]ed|released|distributed|available|provided|published|covered|made available|offered|(licen[cs]es)\s+(?:this\s+(?:file|software|work|code|project)|it))\s+(?:to\s+you\s+)?under\s+(?:the\s+)?(?:terms\s+(?:and\s+conditions\s+)?of\s+(?:the\s+)?)?((?:[^\n.;:()]|\.\d){2,80}?(?:licen[cs]e|\bGPL|\bLGPL|\bAGPL|\bMPL|\bEPL)(?:,?\s*(?:version\s*|v\.?\s*)?\d+(?:\.\d+)*\+?(?:\s+or\s+(?:any\s+)?later(?:\s+version)?)?)?)`)

// sameTermsRE finds "under the same terms as Perl itself" and its kin: a reference to
// the licence of a language's own distribution.
var sameTermsRE = regexp.MustCompile(`(?i)under\s+the\s+same\s+terms\s+(?:as|of)\s+(ruby|perl)\b`)

var sameTerms = map[string]string{"ruby": "Ruby", "perl": "Artistic-1.0-Perl OR GPL-1.0-or-later"}

// shortReferences reports the licences named by short references outside the spans
// already found, as notices.
func shortReferences(data []byte, found []span) []span {
	var out []span
	// The expression is run only around each "under" outside the spans found: most
	// texts have few, and a regular expression over a whole file is slow.
	lastEnd := 0
	for off := 0; off < len(data); {
		i := indexUnder(data[off:])
		if i < 0 {
			break
		}
		i += off
		off = i + 5
		if i < lastEnd || inside(found, i, i+5) {
			continue
		}
		// The sentence may run over comment lines: read it with their markers gone.
		from, to := lineStart(data, max(0, i-40)), min(len(data), i+240)
		window := uncomment(data[from:to])
		var name, sameID string
		if loc := shortRefRE.FindStringSubmatchIndex(window); loc != nil {
			// "X licenses this file to you under …" names its licensor: a notice.
			grants := loc[2] >= 0
			if !grants && !statesLicence(window[:loc[0]]) && !opensLine(data, i) {
				continue
			}
			name = window[loc[4]:loc[5]]
		} else if m := sameTermsRE.FindStringSubmatch(window); m != nil {
			name, sameID = m[0], sameTerms[strings.ToLower(m[1])]
		} else {
			continue
		}
		end := min(len(data), i+5+len(name))
		if e := bytes.IndexByte(data[end:], '\n'); e >= 0 {
			end += e
		} else {
			end = len(data)
		}
		start := lineStart(data, i)
		lastEnd = end
		if inside(found, start, end) {
			continue
		}
		id, ok := spdxNamed(name)
		if sameID != "" {
			id, ok = sameID, true
		}
		if !ok {
			f := findLicenses(name)
			if len(f.ids) != 1 || len(f.notes) > 0 && !strings.ContainsAny(name, "0123456789") {
				// No licence, or a list, or a name that leaves the version open ("the
				// GPL"): prose about licences rather than a notice.
				continue
			}
			id = f.ids[0]
		}
		if _, err := ExtractLicenses(id); err != nil {
			continue
		}
		out = append(out, span{id: id, start: start, end: end, notice: true,
			note: "a short reference to the licence by name, not its text"})
	}
	return out
}

// statesLicence reads the words before "licensed under" (or "released under" …): a
// notice says it of the work in hand ("Licensed under …" opening a sentence, "Foo is
// released under …", "Widget, licensed under …"); prose says it of others ("projects
// released under the MIT license"), with no "is" or "are" before the verb.
func statesLicence(before string) bool {
	before = strings.TrimSpace(before)
	if before == "" || strings.ContainsAny(before[len(before)-1:], ".:;!?,(*-•>\"'`") {
		return true
	}
	words := strings.Fields(strings.ToLower(before))
	switch words[len(words)-1] {
	case "is", "are", "was", "were", "be", "been", "being", "also", "and", "now", "all", "hereby", "both", "itself", "themselves", "fully", "made":
		return true
	}
	return false
}

// opensLine: the words before "under" at offset i open their line, after any comment
// marker ("// Licensed under …", "# Released under …"): a notice of its own.
func opensLine(data []byte, i int) bool {
	f := strings.Fields(strings.ToLower(commentMarks.ReplaceAllString(string(data[lineStart(data, i):i]), "")))
	if len(f) == 0 || len(f) > 3 {
		return len(f) == 0
	}
	return refVerb.MatchString(f[0])
}

// refVerb is the verb a short reference opens with.
var refVerb = regexp.MustCompile(`^(?:licen[cs]ed|released|distributed|available|provided|published|covered|made|offered)$`)

func lineStart(data []byte, i int) int { return bytes.LastIndexByte(data[:i], '\n') + 1 }

// commentMarks are what a comment line opens with: punctuation, or REM or dnl.
var commentMarks = regexp.MustCompile(`(?im)^[ \t]*(?:[^\w\s]+|(?:@?rem|dnl)\b)[ \t]*`)

// uncomment joins the lines of a window of text with their comment markers removed. A
// line left empty (a blank line, a rule of "=-=-=") ends the sentence: the words after
// it are another paragraph's ("WordPress is released under the GPL", then a rule, then
// the title of a licence text).
func uncomment(b []byte) string {
	lines := strings.Split(commentMarks.ReplaceAllString(string(b), " "), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			lines[i] = "."
		}
	}
	return strings.Join(strings.Fields(strings.Join(lines, " ")), " ")
}

// indexUnder finds the word "under" in any case.
func indexUnder(b []byte) int {
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte("nder"))
		if i < 0 {
			j := bytes.Index(b[off:], []byte("NDER"))
			if j < 0 {
				return -1
			}
			i = j
		}
		i += off
		off = i + 4
		if i > 0 && (b[i-1]|0x20) == 'u' && (i < 2 || !isASCIIAlnum(b[i-2])) && (i+4 >= len(b) || !isASCIIAlnum(b[i+4])) {
			return i - 1
		}
	}
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// inside: [start, end) overlaps a span found by its words.
func inside(spans []span, start, end int) bool {
	for _, s := range spans {
		if !s.url && start < s.end && s.start < end {
			return true
		}
	}
	return false
}

//go:embed data/license-urls.json
var licenseURLsJSON []byte

var urlTable = sync.OnceValue(func() map[string]string {
	var x struct {
		URLs map[string]string `json:"urls"`
	}
	if err := json.Unmarshal(licenseURLsJSON, &x); err != nil {
		panic("embedded license-urls.json: " + err.Error())
	}
	t := make(map[string]string, len(x.URLs))
	for u, id := range x.URLs {
		t[strings.TrimPrefix(u, "www.")] = id
	}
	return t
})

// urlDirs are addresses under which a licence's page is named by its SPDX ID
// ("opensource.org/licenses/MIT", "spdx.org/licenses/Apache-2.0.html").
var urlDirs = []string{"opensource.org/licenses/", "spdx.org/licenses/", "choosealicense.com/licenses/"}

// urlID reads a link to a licence text (lower case, without scheme and "www.").
func urlID(u string) (string, bool) {
	if id, ok := urlTable()[u]; ok {
		return id, true
	}
	for _, suf := range []string{".html", ".htm", ".txt", ".php", ".md", ".json", "/legalcode", "/"} {
		u = strings.TrimSuffix(u, suf)
	}
	if id, ok := urlTable()[u]; ok {
		return id, true
	}
	for _, dir := range urlDirs {
		if rest, ok := strings.CutPrefix(u, dir); ok && !strings.Contains(rest, "/") {
			id, ok := licenseish()[strings.TrimSuffix(rest, "-license")]
			if r, dep := lictext.Replacement[id]; dep {
				// A deprecated ID that stands for a licence with an exception names the
				// licence only if the address does ("gpl-2.0-with-classpath-exception");
				// a page named after the exception alone ("licenses/wxwindows") is the
				// exception's text, which names no licence by itself.
				base, _, with := strings.Cut(r, " WITH ")
				if with && !strings.Contains(rest, strings.ToLower(strings.SplitN(base, "-", 2)[0])) {
					return "", false
				}
				id = r
			}
			return id, ok
		}
	}
	return "", false
}

// licenseURLs reports links to licence texts outside the spans found by words. A link
// is found by its host's top-level domain (".org/", ".com/", ".net/"), read back to
// the host's start and on to the link's end.
func licenseURLs(data []byte, found []span) []span {
	var out []span
	for _, tld := range []string{".org/", ".com/", ".net/"} {
		for off := 0; off < len(data); {
			i := bytes.Index(data[off:], []byte(tld))
			if i < 0 {
				break
			}
			i += off
			off = i + len(tld)
			s := i
			for s > 0 && isHostByte(data[s-1]) {
				s--
			}
			e := off
			for e < len(data) && isURLByte(data[e]) {
				e++
			}
			if inside(found, s, e) {
				continue
			}
			u := strings.ToLower(string(data[s:e]))
			u = strings.TrimPrefix(u, "www.")
			u = strings.TrimRight(u, ".,;:/*#")
			id, ok := urlID(u)
			if !ok {
				continue
			}
			if s >= 3 && string(data[s-3:s]) == "://" {
				for s -= 3; s > 0 && ('a' <= data[s-1]|0x20 && data[s-1]|0x20 <= 'z'); s-- {
				}
			}
			out = append(out, span{id: id, start: s, end: e, url: true})
		}
	}
	return out
}

func isHostByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-'
}

func isURLByte(c byte) bool {
	return c > ' ' && c < 0x7f && !strings.ContainsRune(`"'<>()[]{}`+"`", rune(c))
}

// withCopyright moves the start of a licence found by its words back over the
// copyright lines just above it (and the blank lines between), which belong to it.
func withCopyright(data []byte, start int) int {
	ls := bytes.LastIndexByte(data[:start], '\n') + 1
	best := start
	for n := 0; n < 12 && ls > 0; n++ {
		prev := bytes.LastIndexByte(data[:ls-1], '\n') + 1
		line := bytes.TrimLeft(data[prev:ls-1], " \t/#*;%-!'\"(")
		switch {
		case len(bytes.TrimSpace(line)) == 0:
		case len(line) >= 9 && (bytes.EqualFold(line[:9], []byte("copyright")) || bytes.HasPrefix(line, []byte("(c)")) || bytes.HasPrefix(line, []byte("©"))):
			best = prev + (len(data[prev:ls-1]) - len(line))
		default:
			return best
		}
		ls = prev
	}
	return best
}

// noticeWords open a notice: a short licence text that starts so is a notice in the
// words of another licence's.
var noticeWords = regexp.MustCompile(`(?i)licen[cs]ed\s+under|subject\s+to\s+the\s+terms`)

var (
	gnuID      = regexp.MustCompile(`^(A|L)?GPL-\d\.\d-(only|or-later)$`)
	lesserGNU  = regexp.MustCompile(`(?:lesser|library) (?:gnu )?general public license`)
	gnuVersion = regexp.MustCompile(`\b(?:version|v)\s*(\d)(?:\s+(\d))?\b`)
	gnuEither  = regexp.MustCompile(`\bversion (\d) (?:0 )?or (?:at your option )?version (\d)(?: 0)? of the license`)
)

// gnuNotice reads which GNU licence, version and choice a GNU notice names. The
// notices of the GPL, LGPL and AGPL differ in a word or two ("Lesser", "Affero", the
// version), too few for the templates' scores to tell apart reliably.
func gnuNotice(text []byte, id string) string {
	var b strings.Builder
	lictext.Words(text, func(w []byte, _, _ int) { b.Write(w); b.WriteByte(' ') })
	t := b.String()
	family := "GPL"
	at := strings.Index(t, "general public license")
	switch {
	case strings.Contains(t, "affero general public license"):
		family, at = "AGPL", strings.Index(t, "affero general public license")
	case lesserGNU.MatchString(t):
		family, at = "LGPL", lesserGNU.FindStringIndex(t)[0]
	}
	if at < 0 {
		return id
	}
	m := gnuVersion.FindStringSubmatchIndex(t[at:])
	if m == nil {
		return id
	}
	version := t[at+m[2]:at+m[3]] + ".0"
	if m[4] >= 0 {
		version = t[at+m[2]:at+m[3]] + "." + t[at+m[4]:at+m[5]]
	}
	choice := "-only"
	if strings.Contains(t, "any later version") || strings.Contains(t, " or later") || strings.Contains(t, "or any later") {
		choice = "-or-later"
	} else if m := gnuEither.FindStringSubmatch(t[at:]); m != nil && m[1]+".0" == version {
		// "either version 2 or (at your option) version 3 of the License": two
		// versions offered, each only itself.
		a, okA := licenseish()[strings.ToLower(family+"-"+version+"-only")]
		b, okB := licenseish()[strings.ToLower(family+"-"+m[2]+".0-only")]
		if okA && okB {
			return a + " OR " + b
		}
	}
	cand := family + "-" + version + choice
	if got, ok := licenseish()[strings.ToLower(cand)]; ok {
		return got
	}
	return id
}

// namedInNotice reads the licence a notice names in its first sentence, when that is
// another licence than the notice's template: notices are written after one another
// ("Licensed under the Mozilla Public License, Version 2.0 (the "License"); you may
// not use …" follows the Apache notice word for word).
func namedInNotice(text []byte, id string) string {
	first := text
	if i := bytes.Index(first, []byte(". ")); i > 0 {
		first = first[:i]
	}
	if len(first) > 400 {
		first = first[:400]
	}
	f := findLicenses(string(first))
	if len(f.ids) != 1 || family(f.ids[0]) == family(id) {
		return id
	}
	if len(f.notes) > 0 && !bytes.ContainsAny(first, "0123456789") {
		return id // a loose name ("public domain", "the GPL") is no licence named
	}
	return f.ids[0]
}

// spdxNames maps each SPDX licence's full name, normalised ("creative commons
// attribution 4 0 international"), to its ID.
var spdxNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for id, l := range spdxList() {
		m[normName(l.Name)] = id
	}
	return m
})

// normName lower-cases a licence name and drops punctuation, "the", and a final
// "license" (the SPDX list's names mostly end without it).
func normName(s string) string {
	var ws []string
	lictext.Words([]byte(s), func(w []byte, _, _ int) { ws = append(ws, string(w)) })
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	if n := len(ws); n > 0 && ws[n-1] == "license" {
		ws = ws[:n-1]
	}
	return strings.Join(ws, " ")
}

// spdxNamed reads a licence named by its full SPDX name ("GNU General Public License
// v3.0 or later").
func spdxNamed(name string) (string, bool) {
	id, ok := spdxNames()[normName(name)]
	if !ok || spdxList()[id].Name == "" {
		return "", false
	}
	if r, dep := lictext.Replacement[id]; dep {
		id = r
	}
	return id, true
}

var gfdlVersion = regexp.MustCompile(`free documentation license (?:version |v )?(1 [123])`)

// gfdlNotice reads a GNU Free Documentation License notice: its version, whether it
// offers later versions, and whether it names invariant sections (SPDX tells the three
// apart: GFDL-1.3-invariants-or-later, GFDL-1.3-no-invariants-only, GFDL-1.3-only …).
func gfdlNotice(text []byte, id string) string {
	var b strings.Builder
	lictext.Words(text, func(w []byte, _, _ int) { b.Write(w); b.WriteByte(' ') })
	t := b.String()
	m := gfdlVersion.FindStringSubmatch(t)
	if m == nil {
		return id
	}
	cand := "GFDL-" + strings.ReplaceAll(m[1], " ", ".")
	switch {
	case strings.Contains(t, "with no invariant sections"):
		cand += "-no-invariants"
	case strings.Contains(t, "invariant sections being"):
		cand += "-invariants"
	}
	if strings.Contains(t, "or any later version") {
		cand += "-or-later"
	} else {
		cand += "-only"
	}
	if got, ok := licenseish()[strings.ToLower(cand)]; ok {
		return got
	}
	return id
}

// licenceParts are licences the SPDX list also names by their parts: the OpenSSL
// licence is the OpenSSL Project's licence followed by the original SSLeay licence.
var licenceParts = map[[2]string]string{{"OpenSSL-standalone", "SSLeay-standalone"}: "OpenSSL"}

// joinParts reports a licence's parts found one after the other as the licence.
func joinParts(spans []span) []span {
	for i := 0; i+1 < len(spans); i++ {
		a, b := spans[i], spans[i+1]
		if id, ok := licenceParts[[2]string{a.id, b.id}]; ok && !a.notice && !b.notice {
			spans[i] = span{id: id, start: a.start, end: max(a.end, b.end)}
			spans = slices.Delete(spans, i+1, i+2)
		}
	}
	return spans
}
