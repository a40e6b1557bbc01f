// Command gen turns public licence data into the files workflows/license embeds:
//
//   - data/categories.json: each SPDX licence ID's category (forbidden, restricted,
//     reciprocal, notice, permissive, unencumbered, by_exception_only) as Google's
//     licenseclassifier classifies it, for every ID on the SPDX list that it knows; for
//     the others, the Blue Oak Council's ratings of permissive licences (model, gold,
//     silver and bronze: permissive; lead: by_exception_only);
//   - data/osadl-matrix.json: the OSADL licence compatibility matrix, compacted;
//   - data/spdx-names.json: each SPDX licence ID's full name, the address of its text
//     and whether the Open Source Initiative approved it, from the SPDX licence list;
//   - data/spdx-extra.json.gz: licence patterns (licensecheck LREs) made from the SPDX
//     licence list's texts for every current SPDX ID that licensecheck's built-in set
//     lacks, so that identification covers the whole list.
//
// It is its own module so that its inputs do not become dependencies of ospobot.
// Run it from this directory:
//
//	(cd /tmp && npm pack spdx-license-list@6.12.0 @blueoak/list@15.0.0 &&
//	  tar xzf spdx-license-list-6.12.0.tgz && mkdir -p blueoak && tar xzf blueoak-list-15.0.0.tgz -C blueoak)
//	go run . -osadl ../../../../shared/reference/osadl-matrix.json -spdx /tmp/package/licenses \
//	  -blueoak /tmp/blueoak/package/index.json
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"github.com/google/licensecheck"
	"github.com/google/licenseclassifier"
)

func main() {
	osadl := flag.String("osadl", "../../../../shared/reference/osadl-matrix.json", "OSADL matrix JSON (priv-kweihmann/osadl-matrix, osadl_matrix/osadl-matrix.json)")
	out := flag.String("out", "../data", "output directory")
	blueOak := flag.String("blueoak", "/tmp/blueoak/package/index.json", "index.json of the npm package @blueoak/list@15.0.0")
	spdxDir := flag.String("spdx", "/tmp/package/licenses", "licenses/ folder of the npm package spdx-license-list@6.12.0")
	flag.Parse()
	if err := writeNames(filepath.Join(*spdxDir, "..", "spdx.json"), filepath.Join(*out, "spdx-names.json")); err != nil {
		log.Fatal(err)
	}
	if err := writeExtra(*spdxDir, filepath.Join(*out, "spdx-extra.json.gz")); err != nil {
		log.Fatal(err)
	}
	if err := writeCategories(filepath.Join(*out, "categories.json"), *blueOak); err != nil {
		log.Fatal(err)
	}
	if err := writeMatrix(*osadl, filepath.Join(*out, "osadl-matrix.json")); err != nil {
		log.Fatal(err)
	}
}

type categories struct {
	Source     string            `json:"source"`
	Categories map[string]string `json:"categories"`
}

func writeCategories(path, blueOak string) error {
	c := categories{Source: "github.com/google/licenseclassifier " + moduleVersion("github.com/google/licenseclassifier") +
		", LicenseType(); then Blue Oak Council license list (npm @blueoak/list 15.0.0, CC0-1.0)", Categories: map[string]string{}}
	ids := append(spdxlicenses.GetLicenses(), spdxlicenses.GetDeprecated()...)
	for _, id := range ids {
		name := id
		// licenseclassifier names GNU licences without -only / -or-later.
		for _, suf := range []string{"-only", "-or-later"} {
			if base, ok := strings.CutSuffix(id, suf); ok && strings.Contains(base, "GPL") {
				name = base
			}
		}
		if t := licenseclassifier.LicenseType(name); t != "" {
			c.Categories[id] = strings.ToLower(strings.ReplaceAll(t, "BY_EXCEPTION_ONLY", "by_exception_only"))
		}
	}
	data, err := os.ReadFile(blueOak)
	if err != nil {
		return err
	}
	var ratings []struct {
		Name     string `json:"name"`
		Licenses []struct {
			ID string `json:"id"`
		} `json:"licenses"`
	}
	if err := json.Unmarshal(data, &ratings); err != nil {
		return fmt.Errorf("%s: %w", blueOak, err)
	}
	for _, r := range ratings {
		cat := "permissive"
		if r.Name == "Lead" {
			cat = "by_exception_only" // permissive, but badly drafted or problematic
		}
		for _, l := range r.Licenses {
			if _, done := c.Categories[l.ID]; !done && l.ID != "" {
				c.Categories[l.ID] = cat
			}
		}
	}
	return writeJSON(path, c)
}

// writeNames keeps, of the SPDX licence list's spdx.json ({ID: {name, url,
// osiApproved}}), the name, the address of the text and the OSI approval of every ID.
func writeNames(src, path string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var list map[string]struct {
		Name        string `json:"name"`
		URL         string `json:"url"`
		OSIApproved bool   `json:"osiApproved"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	type entry struct {
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
		OSI  bool   `json:"osi,omitempty"`
	}
	out := struct {
		Source   string           `json:"source"`
		Licenses map[string]entry `json:"licenses"`
	}{Source: "SPDX License List via npm spdx-license-list@6.12.0 (spdx.json: name, url, osiApproved)", Licenses: map[string]entry{}}
	for id, l := range list {
		out.Licenses[id] = entry{Name: l.Name, URL: l.URL, OSI: l.OSIApproved}
	}
	return writeJSON(path, out)
}

func writeMatrix(src, path string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	out := struct {
		Source    string                       `json:"source"`
		Timestamp any                          `json:"timestamp"`
		Matrix    map[string]map[string]string `json:"matrix"`
	}{
		Source:    "OSADL License Compatibility Matrix, via priv-kweihmann/osadl-matrix commit 364f035a0a166f5f5d1843b06aad90e9a0804d3a; © 2017–2024 Open Source Automation Development Lab (OSADL) eG and contributors, CC-BY-4.0, https://www.osadl.org/",
		Timestamp: m["timestamp"],
		Matrix:    map[string]map[string]string{},
	}
	for lead, row := range m {
		r, ok := row.(map[string]any)
		if !ok {
			continue // timestamp, timeformat
		}
		out.Matrix[lead] = map[string]string{}
		for k, v := range r {
			out.Matrix[lead][k] = fmt.Sprint(v)
		}
	}
	return writeJSON(path, out)
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

func moduleVersion(mod string) string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == mod {
				return d.Version
			}
		}
	}
	return "unknown"
}

type extra struct {
	Source   string            `json:"source"`
	Patterns map[string]string `json:"patterns"` // SPDX ID → LRE
}

var (
	placeholder = regexp.MustCompile(`<[^<>\n]{1,80}>|\[[^\[\]\n]{1,80}\]`)
	lreSpecial  = strings.NewReplacer("((", "( (", "))", ") )", "||", "| |", "__", " ", "//**", "// **", "**//", "** //")
)

// toLRE turns a licence text into a licensecheck pattern: the words as they are, and
// each <placeholder> or [placeholder] as a gap of up to 12 words. The few character
// pairs that mean something in LRE syntax are split; single punctuation stays, as the
// matcher ignores it the same way in patterns and texts.
func toLRE(text string) string {
	text = placeholder.ReplaceAllString(text, " \x00 ")
	for strings.Contains(text, "((") || strings.Contains(text, "))") || strings.Contains(text, "||") || strings.Contains(text, "__") {
		text = lreSpecial.Replace(text)
	}
	// A pattern may not start or end with a gap.
	words := strings.Fields(text)
	for len(words) > 0 && words[0] == "\x00" {
		words = words[1:]
	}
	for len(words) > 0 && words[len(words)-1] == "\x00" {
		words = words[:len(words)-1]
	}
	for i, w := range words {
		if w == "\x00" {
			words[i] = "__12__"
		}
	}
	return strings.Join(words, " ")
}

// trimGaps drops the words before the first gap when a pattern opens with one short
// phrase and a gap, and the words after the last gap when it closes with one.
func trimGaps(lre string) string {
	words := strings.Fields(lre)
	if i := slices.Index(words, "__12__"); i >= 0 && i < 4 {
		words = words[i+1:]
	}
	if i := slices.Index(words, "__12__"); i >= 0 {
		last := len(words) - 1 - slices.Index(reversed(words), "__12__")
		if len(words)-last < 4 {
			words = words[:last]
		}
	}
	return strings.Join(words, " ")
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

func writeExtra(dir, path string) error {
	have := map[string]bool{}
	for _, l := range licensecheck.BuiltinLicenses() {
		have[l.ID] = true
	}
	deprecated := map[string]bool{}
	for _, id := range spdxlicenses.GetDeprecated() {
		deprecated[id] = true
	}
	x := extra{Source: "SPDX License List texts via npm spdx-license-list@6.12.0", Patterns: map[string]string{}}
	skipped := 0
	for _, id := range spdxlicenses.GetLicenses() {
		if have[id] || deprecated[id] {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, id+".json"))
		if err != nil {
			skipped++
			continue
		}
		var l struct {
			LicenseText string `json:"licenseText"`
		}
		if err := json.Unmarshal(data, &l); err != nil || len(strings.Fields(l.LicenseText)) < 20 {
			skipped++
			continue
		}
		lre := toLRE(l.LicenseText)
		_, err = licensecheck.NewScanner([]licensecheck.License{{ID: id, LRE: lre}})
		if err != nil {
			// The matcher wants fixed words at both ends: drop a leading "Copyright __"
			// phrase or a trailing gap and try once more.
			lre = trimGaps(lre)
			_, err = licensecheck.NewScanner([]licensecheck.License{{ID: id, LRE: lre}})
		}
		if err != nil {
			log.Printf("%s: pattern does not compile, skipped: %v", id, err)
			skipped++
			continue
		}
		x.Patterns[id] = lre
	}
	log.Printf("spdx-extra: %d patterns, %d skipped", len(x.Patterns), skipped)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err := json.NewEncoder(zw).Encode(x); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}
