package main

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"github.com/google/licensecheck"

	"github.com/ospobot/ospobot/workflows/license/internal/lictext"
)

// Template kinds, as the matcher reads them.
const (
	kindText   = 0 // a licence's full text
	kindNotice = 1 // a standard notice (source header) that refers to the licence
)

type template struct {
	id     string
	kind   byte
	source string
	words  []string // "" is a gap: a variable part (name, year) that matches nothing
	text   string   // as read (licenseclassifier's texts only)
}

// classifierNamesJSON maps licenseclassifier v2's asset names that are not current SPDX
// IDs to the SPDX expression for the same text. A name neither there, on the SPDX list
// nor deprecated there is a vendor or otherwise unlisted licence: LicenseRef-<name>. The
// comparison with other tools' test data (bench/identify) reads the same file.
//
//go:embed classifier-names.json
var classifierNamesJSON []byte

var classifierNames, classifierFiles = func() (names, files map[string]string) {
	var f struct {
		Names map[string]string `json:"names"`
		Files map[string]string `json:"files"`
	}
	if err := json.Unmarshal(classifierNamesJSON, &f); err != nil {
		log.Fatalf("classifier-names.json: %v", err)
	}
	return f.Names, f.Files
}()

var gnuBare = regexp.MustCompile(`^(A|L)?GPL-\d\.\d$`)

// classifierID is the SPDX expression (or LicenseRef) for a licenseclassifier asset.
func classifierID(name string, current map[string]string, notice bool, text string) string {
	if id, ok := classifierNames[name]; ok {
		return id
	}
	if strings.HasPrefix(name, "LicenseRef-") {
		return name
	}
	if gnuBare.MatchString(name) && notice {
		// A notice says which versions it offers.
		t := strings.ToLower(strings.Join(strings.Fields(text), " "))
		if strings.Contains(t, "any later version") || strings.Contains(t, "or later") || strings.Contains(t, "or any later") {
			return name + "-or-later"
		}
		return name + "-only"
	}
	if id, ok := classifierNames[name]; ok {
		return id
	}
	if id, ok := lictext.Replacement[name]; ok {
		return id
	}
	if id, ok := current[strings.ToLower(name)]; ok {
		return id
	}
	return "LicenseRef-" + regexp.MustCompile(`[^A-Za-z0-9.-]+`).ReplaceAllString(name, "-")
}

// gapRE finds the variable parts of a licence text: <year>, <copyright holders>,
// [name of copyright owner], licenseclassifier's <<…>> markup.
var gapRE = regexp.MustCompile(`<<[^<>]*>>|<[^<>\n]{1,80}>|\[[^\[\]\n]{1,80}\]`)

// holderRE finds the words the SPDX templates of BSD-style licences leave open
// ("THE COPYRIGHT HOLDERS AND CONTRIBUTORS", "THE REGENTS", "THE AUTHOR"): texts in the
// wild say it their own way, and a variant must not win on that wording.
var holderRE = regexp.MustCompile(`(?i)\b(?:the\s+)?(?:copyright\s+(?:holders?|owners?)(?:\s*\(s\))?|regents|authors?)(?:\s+(?:and|or)\s+(?:its\s+)?contributors)?\b`)

func words(text string) []string {
	text = gapRE.ReplaceAllString(text, " \x00 ")
	if strings.Contains(text, "Redistribution and use in source and binary forms") {
		text = holderRE.ReplaceAllString(text, " \x00 ")
	}
	var out []string
	for _, part := range strings.Split(text, "\x00") {
		lictext.Words([]byte(part), func(w []byte, _, _ int) { out = append(out, string(w)) })
		out = append(out, "")
	}
	out = out[:len(out)-1]
	return out
}

// readTemplates gathers the templates: every current SPDX licence's text, then every
// text and notice of licenseclassifier v2's assets.
func readTemplates(spdxDir, classifierDir string) ([]template, error) {
	current := map[string]string{}
	for _, id := range spdxlicenses.GetLicenses() {
		current[strings.ToLower(id)] = id
	}
	var ts []template
	for _, id := range slices.Sorted(slices.Values(spdxlicenses.GetLicenses())) {
		data, err := os.ReadFile(filepath.Join(spdxDir, id+".json"))
		if err != nil {
			log.Printf("spdx: no text for %s", id)
			continue
		}
		var l struct {
			LicenseText string `json:"licenseText"`
		}
		if err := json.Unmarshal(data, &l); err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		spdxTexts[id] = l.LicenseText
		ts = append(ts, template{id: id, kind: kindText, source: "spdx", words: words(l.LicenseText)})
	}
	for _, sub := range []string{"License", "Header"} {
		root := filepath.Join(classifierDir, sub)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			name := filepath.Dir(rel)
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			kind := byte(kindText)
			if sub == "Header" {
				kind = kindNotice
			}
			id := classifierID(name, current, kind == kindNotice, string(data))
			if fid, ok := classifierFiles[sub+"/"+rel]; ok {
				id = fid // filed under another licence than the one whose text it is
			}
			ts = append(ts, template{id: id, kind: kind, source: "licenseclassifier " + sub + "/" + rel, words: words(string(data)), text: string(data)})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	lc, err := licensecheckTemplates(filepath.Join(goModCache(), "github.com/google/licensecheck@"+moduleVersion("github.com/google/licensecheck"), "licenses"), current)
	if err != nil {
		return nil, err
	}
	ts = append(ts, lc...)
	ts = append(ts, licensecheckVariants()...)
	ts = append(ts, bsdConditions()...)
	ts = append(ts, termsOnly(ts)...)
	ts = append(ts, gfdlNotices(ts)...)
	ts = append(ts, exceptionTemplates(ts)...)
	ts = append(ts, firstParagraphs(ts)...)
	return ts, nil
}

// writeTemplates writes data/templates.bin.gz: a vocabulary, then each template's ID,
// kind and words as vocabulary numbers (0 is a gap). Templates whose words are the
// same as an earlier one's are left out: GPL-2.0-only and GPL-2.0-or-later share a
// text, and the first (sorted) name is the one a bare text is reported under.
func writeTemplates(ts []template, path string) error {
	count := map[string]int{}
	for _, t := range ts {
		for _, w := range t.words {
			if w != "" {
				count[w]++
			}
		}
	}
	vocab := slices.Collect(func(yield func(string) bool) {
		for w := range count {
			if !yield(w) {
				return
			}
		}
	})
	slices.SortFunc(vocab, func(a, b string) int {
		if c := count[b] - count[a]; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	num := map[string]uint64{}
	for i, w := range vocab {
		num[w] = uint64(i + 1)
	}
	var buf bytes.Buffer
	buf.WriteString("ospobot-templates-1\n")
	put := func(v uint64) { buf.Write(binary.AppendUvarint(nil, v)) }
	putString := func(s string) { put(uint64(len(s))); buf.WriteString(s) }
	put(uint64(len(vocab)))
	for _, w := range vocab {
		putString(w)
	}
	// Of templates with the same words, the shortest ID is kept: the plain licence
	// (GFDL-1.3-only, OFL-1.1, MPL-2.0) rather than a variant the text alone cannot tell.
	best := map[string]string{}
	for _, t := range ts {
		key := strings.Join(t.words, " ")
		if id, ok := best[key]; !ok || len(t.id) < len(id) || len(t.id) == len(id) && t.id < id {
			best[key] = t.id
		}
	}
	seen := map[string]bool{}
	var kept []template
	for _, t := range ts {
		if best[strings.Join(t.words, " ")] != t.id {
			continue
		}
		key := strings.Join(t.words, " ")
		if seen[key] || len(t.words) < 6 {
			continue
		}
		seen[key] = true
		kept = append(kept, t)
	}
	put(uint64(len(kept)))
	total := 0
	for _, t := range kept {
		putString(t.id)
		buf.WriteByte(t.kind)
		put(uint64(len(t.words)))
		for _, w := range t.words {
			put(num[w])
		}
		total += len(t.words)
	}
	log.Printf("templates: %d (of %d), %d words, vocabulary %d, %d bytes", len(kept), len(ts), total, len(vocab), buf.Len())
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	log.Printf("templates: %d bytes compressed", z.Len())
	return os.WriteFile(path, z.Bytes(), 0o644)
}

// writeURLs writes data/license-urls.json: the addresses of licence texts that
// licensecheck knows (without scheme or trailing slash, lower case), each with its
// licence's current SPDX expression, so that a link alone still names the licence.
func writeURLs(path string) error {
	urls := map[string]string{}
	for _, l := range licensecheck.BuiltinLicenses() {
		if l.URL == "" {
			continue
		}
		id := l.ID
		if r, ok := lictext.Replacement[id]; ok {
			id = r
		}
		urls[strings.ToLower(l.URL)] = id
	}
	return writeJSON(path, struct {
		Source string            `json:"source"`
		URLs   map[string]string `json:"urls"`
	}{"github.com/google/licensecheck " + moduleVersion("github.com/google/licensecheck") + " BuiltinLicenses() URLs", urls})
}

const kindException = 2 // an exception's own words, added to a licence ("WITH")

// exceptionTemplates cuts the exception's own words out of licenseclassifier's texts
// and notices of licences with an exception ("GPL-2.0-with-classpath-exception"): the
// paragraphs whose grams the plain licence's texts mostly lack. The matcher finds
// them beside the licence and reports "licence WITH exception".
func exceptionTemplates(ts []template) []template {
	baseGrams := map[string]map[string]bool{} // licence family ("GPL-2.0") → grams of its texts and notices
	familyOf := func(id string) string {
		id, _, _ = strings.Cut(id, " WITH ")
		return strings.TrimSuffix(strings.TrimSuffix(id, "-only"), "-or-later")
	}
	for _, t := range ts {
		if strings.Contains(t.id, " WITH ") {
			continue
		}
		f := familyOf(t.id)
		if baseGrams[f] == nil {
			baseGrams[f] = map[string]bool{}
		}
		for i := 0; i+4 <= len(t.words); i++ {
			baseGrams[f][strings.Join(t.words[i:i+4], " ")] = true
		}
	}
	var out []template
	seen := map[string]bool{}
	for _, t := range ts {
		_, exc, ok := strings.Cut(t.id, " WITH ")
		if !ok || t.text == "" {
			continue
		}
		base := baseGrams[familyOf(t.id)]
		var keep []string
		for _, para := range regexp.MustCompile(`\n[\s#*/;%-]*\n`).Split(t.text, -1) {
			ws := words(para)
			n, in := 0, 0
			for i := 0; i+4 <= len(ws); i++ {
				n++
				if base[strings.Join(ws[i:i+4], " ")] {
					in++
				}
			}
			low := strings.ToLower(para)
			if n > 0 && 2*in < n && (strings.Contains(low, "exception") || strings.Contains(low, "permission") || strings.Contains(low, "linking this library")) {
				keep = append(keep, ws...)
				keep = append(keep, "")
			}
		}
		if len(keep) < 12 {
			continue
		}
		key := strings.Join(keep, " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, template{id: exc, kind: kindException, source: t.source + " (exception)", words: keep})
	}
	return out
}

// firstParagraphs adds the first paragraph of each standard notice as a notice of its
// own: a source file often carries only that sentence ("This program is free
// software; … either version 2 of the License, or (at your option) any later
// version."), without the warranty paragraph that follows it.
func firstParagraphs(ts []template) []template {
	var out []template
	for _, t := range ts {
		if t.kind != kindNotice || t.text == "" || strings.Contains(t.id, " WITH ") {
			// The first paragraph of a notice with an exception is the plain licence's
			// (the exception follows it): it names no exception.
			continue
		}
		paras := regexp.MustCompile(`\n[\s#*/;%-]*\n`).Split(strings.TrimSpace(t.text), -1)
		if len(paras) < 2 {
			continue
		}
		ws := words(paras[0])
		if len(ws) < 15 {
			continue
		}
		out = append(out, template{id: t.id, kind: kindNotice, source: t.source + " (first paragraph)", words: ws})
	}
	return out
}

// gfdlNotices takes the notice each GNU Free Documentation License gives for putting a
// document under it ("Permission is granted to copy, distribute and/or modify this
// document under the terms of the GNU Free Documentation License, Version 1.3 or any
// later version published by the Free Software Foundation"), up to where the notice's
// own choices about invariant sections begin: the matcher reads those.
func gfdlNotices(ts []template) []template {
	var out []template
	for _, t := range ts {
		if t.source != "spdx" || !regexp.MustCompile(`^GFDL-1\.\d-only$`).MatchString(t.id) {
			continue
		}
		text := spdxTexts[t.id]
		i := strings.Index(text, "Permission is granted to copy, distribute and/or modify this document")
		if i < 0 {
			continue
		}
		j := strings.Index(text[i:], "Free Software Foundation")
		if j < 0 {
			continue
		}
		id := strings.TrimSuffix(t.id, "-only") + "-or-later"
		out = append(out, template{id: id, kind: kindNotice, source: "spdx " + t.id + " (notice)", words: words(text[i : i+j+len("Free Software Foundation")])})
	}
	return out
}

// spdxTexts keeps the SPDX licence list's texts as read, by ID.
var spdxTexts = map[string]string{}

// licensecheckOnly are the licences of licensecheck's own list that neither the SPDX
// list nor licenseclassifier's assets hold a text of: a newer or older version of a
// listed licence (Aladdin-9, CC-BY-NC-SA-3.0-US), licences the SPDX list lacks
// (Anti996, Prosperity-3.0.0), and the patent grants that go with Go's BSD licence.
// Each is a LicenseRef-<name>.
var licensecheckOnly = []string{"Aladdin-9", "Anti996", "CC-BY-NC-SA-3.0-US", "GooglePatentClause", "GooglePatentsFile", "Prosperity-3.0.0"}

// lreMarkup is licensecheck's template markup: comments (//** … **//), blanks
// (__5__, a few words of anything) and optional or alternative words (((a||b))??),
// whose words are kept.
var (
	lreComment = regexp.MustCompile(`(?s)//\*\*.*?\*\*//`)
	lreBlank   = regexp.MustCompile(`__\d+__`)
)

// licensecheckTemplates reads the licensecheckOnly licences' texts from licensecheck's
// licenses/ folder (its .lre templates).
func licensecheckTemplates(dir string, current map[string]string) ([]template, error) {
	var out []template
	for _, name := range licensecheckOnly {
		if _, listed := current[strings.ToLower(name)]; listed {
			continue // the SPDX list has it now: its text is there
		}
		data, err := os.ReadFile(filepath.Join(dir, name+".lre"))
		if err != nil {
			return nil, err
		}
		text := lreComment.ReplaceAllString(string(data), " ")
		text = lreBlank.ReplaceAllString(text, " <blank> ")
		out = append(out, template{id: "LicenseRef-" + name, kind: kindText, source: "licensecheck licenses/" + name + ".lre", words: words(text)})
	}
	return out, nil
}

// termsOnly adds, for a short SPDX licence text whose title stands twice (WTFPL: a
// preamble about the licence document, then the title again over the terms), the
// part from the second title on as a text of its own: projects often ship only that.
func termsOnly(ts []template) []template {
	var out []template
	for _, t := range ts {
		if t.source != "spdx" || len(t.words) > 200 {
			continue
		}
		text := strings.TrimSpace(spdxTexts[t.id])
		title, _, _ := strings.Cut(text, "\n")
		title = strings.TrimSpace(title)
		if len(strings.Fields(title)) < 3 {
			continue
		}
		i := strings.Index(text[len(title):], title)
		if i < 0 {
			continue
		}
		ws := words(text[len(title)+i:])
		if len(ws) < 12 {
			continue
		}
		out = append(out, template{id: t.id, kind: kindText, source: "spdx " + t.id + " (terms only)", words: ws})
	}
	return out
}

// licensecheckVariants are BSD licences licensecheck names (in its BSD.lre) that neither
// the SPDX list nor licenseclassifier's assets hold: each is a listed BSD text with one
// sentence of licensecheck's added, or clauses left out, so it is made from that text.
// Each is a LicenseRef-<name>.
//
//   - BSD-3-Clause-NoTrademark: BSD-3-Clause with "No license is granted to the
//     trademarks of the copyright holders …" after its third clause;
//   - BSD-1-Clause-Clear: the Clear BSD licence (its patent sentence) with only the
//     first clause.
func licensecheckVariants() []template {
	var out []template
	const noTrademark = " No license is granted to the trademarks of the copyright holders even if such marks are included in this software."
	if bsd3 := spdxTexts["BSD-3-Clause"]; strings.Contains(bsd3, "prior written permission.") {
		text := strings.Replace(bsd3, "prior written permission.", "prior written permission."+noTrademark, 1)
		out = append(out, template{id: "LicenseRef-BSD-3-Clause-NoTrademark", kind: kindText, source: "spdx BSD-3-Clause + licensecheck's no-trademark sentence", words: words(text)})
	} else {
		log.Printf("spdx: BSD-3-Clause's text has changed; no BSD-3-Clause-NoTrademark")
	}
	clear := spdxTexts["BSD-3-Clause-Clear"]
	i, j := strings.Index(clear, "* Redistributions in binary form"), strings.Index(clear, "NO EXPRESS OR IMPLIED LICENSES")
	if i > 0 && j > i {
		out = append(out, template{id: "LicenseRef-BSD-1-Clause-Clear", kind: kindText, source: "spdx BSD-3-Clause-Clear with its first clause only", words: words(clear[:i] + clear[j:])})
	} else {
		log.Printf("spdx: BSD-3-Clause-Clear's text has changed; no BSD-1-Clause-Clear")
	}
	return out
}

// bsdConditions adds the conditions of the BSD-2-Clause and BSD-3-Clause texts, without
// their disclaimer, as texts of the same licences: projects keep the conditions word
// for word and put a disclaimer of their own after them (the University of
// California's "IN NO EVENT SHALL REGENTS BE LIABLE …" in two paragraphs), which
// takes away more than half of the licence's words. A text with the usual disclaimer
// still matches the whole licence better.
func bsdConditions() []template {
	var out []template
	for _, id := range []string{"BSD-2-Clause", "BSD-3-Clause"} {
		text := spdxTexts[id]
		i := strings.Index(text, "THIS SOFTWARE IS PROVIDED")
		if i < 0 {
			log.Printf("spdx: %s's text has changed; no conditions-only template", id)
			continue
		}
		out = append(out, template{id: id, kind: kindText, source: "spdx " + id + " (conditions)", words: words(text[:i])})
	}
	return out
}
