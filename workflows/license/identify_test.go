package license

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"github.com/google/licensecheck"

	"github.com/ospobot/ospobot/bot/config"
)

// TestIdentifyLicenceFiles checks full licence texts from the SPDX licence list:
// each is identified under its current SPDX ID with nearly all of the text covered.
func TestIdentifyLicenceFiles(t *testing.T) {
	cases := map[string][]string{
		"Apache-2.0.txt":    {"Apache-2.0"},
		"BSD-3-Clause.txt":  {"BSD-3-Clause"},
		"GPL-3.0-only.txt":  {"GPL-3.0-only"},
		"LGPL-2.1-only.txt": {"LGPL-2.1-only"},
		"MPL-2.0.txt":       {"MPL-2.0"},
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			r := Identify("LICENSE", data)
			if r.Certainty != Identified {
				t.Errorf("certainty %v (%s), want identified", r.Certainty, r.Doubt)
			}
			if got := strings.Join(r.IDs(), ","); got != strings.Join(want, ",") {
				t.Errorf("IDs %s, want %s", got, strings.Join(want, ","))
			}
			if r.Coverage < 90 {
				t.Errorf("coverage %.1f%%, want at least 90%%", r.Coverage)
			}
		})
	}
}

const mitText = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`

// TestIdentifyCases is the wording table: identified, probably (with the doubt named)
// and no known licence, for tags, headers, mixtures and bad input.
func TestIdentifyCases(t *testing.T) {
	apache, _ := os.ReadFile("testdata/Apache-2.0.txt")
	cases := []struct {
		name, file, text string
		certainty        Certainty
		ids              string
		doubt            string
		firstLine        int
	}{
		{name: "mit", text: "Copyright 2024 A\n\n" + mitText, certainty: Identified, ids: "MIT", firstLine: 1},
		{name: "two licences", text: mitText + "\n----\n\n" + string(apache), certainty: Identified, ids: "MIT,Apache-2.0", firstLine: 1},
		{name: "tag", text: "// SPDX-License-Identifier: Apache-2.0 OR MIT\npackage x\n", certainty: Identified, ids: "Apache-2.0 OR MIT", firstLine: 1},
		{name: "tag in C comment", text: "/* SPDX-License-Identifier: GPL-2.0-only */\n", certainty: Identified, ids: "GPL-2.0-only"},
		{name: "tag lower case, two tags", text: "# spdx-license-identifier: MIT\nx\n# SPDX-License-Identifier: BSD-3-Clause\n", certainty: Identified, ids: "MIT,BSD-3-Clause"},
		{name: "tag after comment markers", text: "#!/bin/sh\n# SPDX-License-Identifier: ISC\n", certainty: Identified, ids: "ISC"},
		{name: "tag in HTML comment", text: "<!-- SPDX-License-Identifier: CC-BY-4.0 -->\n<p>x</p>\n", certainty: Identified, ids: "CC-BY-4.0"},
		{name: "tag mentioned in prose", text: "Our tools honour `SPDX-License-Identifier:` lines.\nSee identify SPDX-License-Identifier: MIT for an example.\n", certainty: NoLicense},
		{name: "bad tag", text: "SPDX-License-Identifier: Nonsense-9\n", certainty: Probable, ids: "Nonsense-9", doubt: "not a valid SPDX expression"},
		{name: "tag with a common name", text: "// SPDX-License-Identifier: Apache 2\n", certainty: Probable, doubt: "it probably means Apache-2.0"},
		{name: "tag with two names", text: "// SPDX-License-Identifier: MIT/Apache\n", certainty: Probable, doubt: "it names MIT and Apache-2.0: join them with OR"},
		{name: "malformed expression", text: "SPDX-License-Identifier: MIT AND OR\n", certainty: Probable, doubt: "not a valid"},
		{name: "modified", text: mitText + strings.Repeat("Except that nobody may use it on Tuesdays or in any commercial product whatsoever. ", 12), certainty: Probable, ids: "MIT", doubt: "of the text matches"},
		{name: "url only", text: "Licensed under http://www.apache.org/licenses/LICENSE-2.0 see there.\n", certainty: Probable, ids: "Apache-2.0", doubt: "only a link"},
		{name: "source header", file: "main.go", text: "// Copyright 2024 A\n//\n" + prefixLines(mitText, "// ") + "\npackage main\n\nfunc main() {}\n" + strings.Repeat("var x = 1\n", 200), certainty: Identified, ids: "MIT", firstLine: 1},
		{name: "nothing", text: "just some words\n", certainty: NoLicense},
		{name: "empty", text: "", certainty: NoLicense, doubt: "empty"},
		{name: "whitespace", text: " \n\t\n", certainty: NoLicense, doubt: "empty"},
		{name: "binary", text: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", certainty: NotText},
		{name: "control characters", text: strings.Repeat("\x01\x02\x03\x04abc", 100), certainty: NotText},
		{name: "latin-1 is text", text: "Copyright \xa9 2024 M\xfcller\n\n" + mitText, certainty: Identified, ids: "MIT"},
		{name: "long line", text: strings.Repeat("word ", 200000), certainty: NoLicense},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Identify(c.file, []byte(c.text))
			if r.Certainty != c.certainty {
				t.Errorf("certainty %v (%s), want %v", r.Certainty, r.Doubt, c.certainty)
			}
			if c.ids != "" && strings.Join(r.IDs(), ",") != c.ids {
				t.Errorf("IDs %q, want %q", r.IDs(), c.ids)
			}
			if !strings.Contains(r.Doubt, c.doubt) {
				t.Errorf("doubt %q, want it to say %q", r.Doubt, c.doubt)
			}
			if c.firstLine > 0 && (len(r.Findings) == 0 || r.Findings[0].StartLine != c.firstLine) {
				t.Errorf("findings %+v, want the first at line %d", r.Findings, c.firstLine)
			}
		})
	}
}

// TestFindingPositions guards "where": a licence after a preamble is reported at its
// own lines, and its coverage is its share of the words.
func TestFindingPositions(t *testing.T) {
	text := "README\n\nSome words about the project that are not a licence at all.\n\n" + mitText
	r := Identify("", []byte(text))
	if len(r.Findings) != 1 {
		t.Fatalf("findings %+v", r.Findings)
	}
	f := r.Findings[0]
	if f.StartLine != 5 || f.EndLine != 21 {
		t.Errorf("lines %d–%d, want 5–21", f.StartLine, f.EndLine)
	}
	if f.Coverage < 80 || f.Coverage > 95 {
		t.Errorf("coverage %.1f, want the MIT share (80–95%%)", f.Coverage)
	}
}

func prefixLines(s, p string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString(strings.TrimRight(p+l, " ") + "\n")
	}
	return b.String()
}

// BenchmarkIdentifyLicenseFile: a typical LICENSE file (Apache-2.0, 11 KB).
func BenchmarkIdentifyLicenseFile(b *testing.B) {
	data, err := os.ReadFile("testdata/Apache-2.0.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if r := Identify("LICENSE", data); r.Certainty != Identified {
			b.Fatal(r.Certainty)
		}
	}
}

// BenchmarkIdentifySourceFile1MiB: a 1 MiB source file with a licence header.
func BenchmarkIdentifySourceFile1MiB(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(prefixLines(mitText, "// ") + "\npackage big\n\n")
	for i := 0; buf.Len() < 1<<20; i++ {
		buf.WriteString("func f")
		buf.WriteString(strings.Repeat("x", i%7))
		buf.WriteString("(a, b int) int { return a*b + len(\"some string literal\") }\n")
	}
	data := buf.Bytes()[:1<<20]
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if r := Identify("big.go", data); r.Certainty != Identified {
			b.Fatal(r.Certainty, r.Doubt)
		}
	}
}

// TestAccuracyCorpus identifies real LICENSE files from npm packages and Go modules
// (testdata/corpus, expected IDs read by hand in testdata/corpus.tsv) and reports the
// share identified exactly. It fails below 90%, and lists every miss.
func TestAccuracyCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/corpus.tsv")
	if err != nil {
		t.Fatal(err)
	}
	total, right := 0, 0
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, want, _ := strings.Cut(line, "\t")
		text, err := os.ReadFile(filepath.Join("testdata/corpus", name))
		if err != nil {
			t.Fatal(err)
		}
		total++
		got := Identify(name, text).IDs()
		if sameSet(got, strings.Fields(want)) {
			right++
		} else {
			t.Logf("miss: %s: got %v, want %s", name, got, want)
		}
	}
	acc := 100 * float64(right) / float64(total)
	t.Logf("accuracy: %d of %d licence files identified exactly (%.1f%%)", right, total, acc)
	if total < 40 || acc < 90 {
		t.Errorf("accuracy %.1f%% over %d files; want at least 90%% over 40", acc, total)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

// TestIdentifySPDXExtra guards coverage of the SPDX list beyond licensecheck's built-in
// set: texts of newer licences (testdata/spdx, named by their ID) are identified, and a
// variant of a common licence is not mistaken for it by the fast first tier.
func TestIdentifySPDXExtra(t *testing.T) {
	files, err := filepath.Glob("testdata/spdx/*.txt")
	if err != nil || len(files) < 5 {
		t.Fatalf("testdata/spdx: %v %d files", err, len(files))
	}
	for _, f := range files {
		want := strings.TrimSuffix(filepath.Base(f), ".txt")
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := Identify("LICENSE", data)
		if ids := r.IDs(); len(ids) != 1 || ids[0] != want || r.Certainty != Identified {
			t.Errorf("%s: %v %v (%s)", want, ids, r.Certainty, r.Doubt)
		}
	}
}

// TestCheckerIDs keeps config.CheckerIDs, the IDs a policy may name besides the SPDX
// list, equal to the licensecheck IDs the SPDX list lacks.
func TestCheckerIDs(t *testing.T) {
	onList := map[string]bool{}
	for _, id := range append(spdxlicenses.GetLicenses(), spdxlicenses.GetDeprecated()...) {
		onList[strings.ToLower(id)] = true
	}
	var want []string
	for _, l := range licensecheck.BuiltinLicenses() {
		if !onList[strings.ToLower(l.ID)] {
			want = append(want, l.ID)
		}
	}
	slices.Sort(want)
	got := slices.Sorted(slices.Values(config.CheckerIDs))
	if !slices.Equal(got, want) {
		t.Errorf("config.CheckerIDs = %q, licensecheck's IDs off the SPDX list are %q", got, want)
	}
}

// TestNotices: the standard notice of a licence with a long text ("Licensed under the
// Apache License …") is reported as a notice that refers to the licence, not as the
// licence text; the full texts, and short licences matched whole, are not notices.
func TestNotices(t *testing.T) {
	apache, err := os.ReadFile("testdata/Apache-2.0.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, text string
		notice     bool
	}{
		{"apache notice", "Licensed under the Apache License, Version 2.0 (the \"License\"); you may not use this file except in compliance with the License.", true},
		{"gpl or-later notice", "This program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any later version.", true},
		{"mpl notice", "This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was not distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/.", true},
		{"apache text", string(apache), false},
		{"mit text", mitText, false},
	} {
		r := Identify("", []byte(c.text))
		if len(r.Findings) == 0 || r.Findings[0].Notice != c.notice {
			t.Errorf("%s: findings %+v, want notice %v", c.name, r.Findings, c.notice)
		}
	}
}

// TestChoice guards reading a licence file's own words for a choice of licences: the
// texts that follow are alternatives (OR), not all applying (AND).
func TestChoice(t *testing.T) {
	apache, err := os.ReadFile("testdata/Apache-2.0.txt")
	if err != nil {
		t.Fatal(err)
	}
	gpl, err := os.ReadFile("testdata/GPL-3.0-only.txt")
	if err != nil {
		t.Fatal(err)
	}
	mpl, err := os.ReadFile("testdata/MPL-2.0.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := string(apache) + "\n\n" + string(gpl)
	for _, c := range []struct {
		name, text, choice, expr string
	}{
		{"either, at your option", "This code may be used, at your option, under either:\n* Apache License, version 2.0 (Apache-2.0), OR\n" +
			"* GNU General Public License, version 3.0 or later (GPL-3.0-or-later).\n\nCopies of both licenses are included below.\n\n" + texts,
			"Apache-2.0 OR GPL-3.0-or-later", "Apache-2.0 OR GPL-3.0-or-later"},
		{"dual-licensed, a name without version", "This project is dual-licensed under the Apache License 2.0 and the GPL.\n\n" + texts,
			"Apache-2.0 OR GPL-3.0-only", "Apache-2.0 OR GPL-3.0-only"},
		{"a third text outside the choice", "Dual licensed: Apache 2.0 or GPLv3, at your choice. The documentation is under the MPL.\n\n" + texts + "\n\n" + string(mpl),
			"(Apache-2.0 OR GPL-3.0-only) AND MPL-2.0", "(Apache-2.0 OR GPL-3.0-only) AND MPL-2.0"},
		{"no choice words", "This project is covered by two different licenses: Apache 2.0 and GPLv3.\n\n" + texts,
			"", "Apache-2.0 AND GPL-3.0-only"},
		{"one licence, or later", "This program is free software: you can redistribute it under the terms of the GNU General Public License, either version 3 of the License, or (at your option) any later version.\n\n" + string(gpl),
			"", "GPL-3.0-only"},
		{"texts only", texts, "", "Apache-2.0 AND GPL-3.0-only"},
		{"a notice with a list, no texts", "Licensed under either of\n\n * Apache License, Version 2.0, (LICENSE-APACHE or http://www.apache.org/licenses/LICENSE-2.0)\n" +
			" * MIT license (LICENSE-MIT or http://opensource.org/licenses/MIT)\n\nat your option.\n", "Apache-2.0 OR MIT", "Apache-2.0 OR MIT"},
	} {
		r := Identify("LICENSE", []byte(c.text))
		if r.Choice != c.choice || expressionOf(r) != c.expr {
			t.Errorf("%s: choice %q expression %q, want %q %q", c.name, r.Choice, expressionOf(r), c.choice, c.expr)
		}
	}
}

func TestJoinAll(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"MIT"}, "MIT"},
		{[]string{"Apache-2.0 OR GPL-2.0-or-later", "CC-BY-4.0"}, "(Apache-2.0 OR GPL-2.0-or-later) AND CC-BY-4.0"},
		{[]string{"(MIT OR Apache-2.0) AND BSD-3-Clause", "MIT OR Apache-2.0"}, "(MIT OR Apache-2.0) AND BSD-3-Clause"},
		{[]string{"MIT AND ISC", "ISC"}, "MIT AND ISC"},
		{[]string{"(MIT OR Apache-2.0)"}, "MIT OR Apache-2.0"},
	} {
		if got := joinAll(c.in); got != c.want {
			t.Errorf("joinAll(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
