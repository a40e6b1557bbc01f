package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
)

// The identification corpus (workflows/license/testdata/identify/KIND.jsonl.gz): files
// with the licences a reader finds in them, one kind of file per archive, so that a
// test can print the share identified exactly for each kind. The texts are changed on
// the way in (blanks filled, lines wrapped anew, comment prefixes on some), so that a
// file is never byte for byte the template it is compared with.

type corpusFile struct {
	Name string   `json:"name"`
	Want []string `json:"want"` // SPDX IDs or expressions, any order; none for a file without a licence
	Text string   `json:"text"`
}

func writeCorpus(dir, spdxDir, classifierDir, realList string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	spdx, err := spdxCorpus(spdxDir)
	if err != nil {
		return err
	}
	common := []string{"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "0BSD", "GPL-2.0-only", "GPL-3.0-only",
		"LGPL-2.1-only", "LGPL-3.0-only", "AGPL-3.0-only", "MPL-2.0", "EPL-1.0", "EPL-2.0", "CC0-1.0", "Unlicense", "Zlib",
		"BSL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "MIT-0", "Artistic-2.0", "CDDL-1.0", "EUPL-1.2", "WTFPL", "Python-2.0",
		"PostgreSQL", "OFL-1.1", "MS-PL", "MS-RL", "UPL-1.0", "BlueOak-1.0.0", "LGPL-2.0-only", "GPL-1.0-only", "X11",
		"NCSA", "Apache-1.1", "OpenSSL", "IJG", "CECILL-2.1", "CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "APSL-2.0",
		"Apache-1.0", "MPL-1.1", "EPL-1.0", "Vim", "curl", "BSD-4-Clause", "ODbL-1.0", "CC-BY-3.0", "Ruby", "PHP-3.01"}
	var canonical []corpusFile
	for _, f := range spdx {
		if slices.Contains(common, f.Want[0]) {
			// The canonical text as a project would ship it: blanks filled, nothing else.
			canonical = append(canonical, corpusFile{Name: "LICENSE-" + f.Want[0], Want: f.Want, Text: fill(f.Text)})
		}
	}
	for i := range spdx {
		spdx[i].Text = reshape(fill(spdx[i].Text), i)
	}
	classifier, err := classifierCorpus(classifierDir)
	if err != nil {
		return err
	}
	var vendor []corpusFile
	for _, f := range classifier {
		if strings.HasPrefix(f.Want[0], "LicenseRef-") {
			vendor = append(vendor, f)
		}
	}
	real, err := realCorpus(realList)
	if err != nil {
		return err
	}
	modified, err := handWritten("modified.jsonl")
	if err != nil {
		return err
	}
	cases, err := handWritten("cases.jsonl")
	if err != nil {
		return err
	}
	headerStyles, err := headerStylesCorpus(classifierDir)
	if err != nil {
		return err
	}
	kinds := map[string][]corpusFile{
		"headerstyles": headerStyles, "tagshapes": tagShapesCorpus(), "multistyles": multiStylesCorpus(spdx),
		"canonical": canonical, "spdx": spdx, "classifier": classifier, "vendor": vendor, "real": real,
		"headers": headerCorpus(), "tags": tagCorpus(), "multi": multiCorpus(spdx), "short": shortCorpus(),
		"negative": negativeCorpus(), "modified": modified, "cases": cases,
	}
	for kind, files := range kinds {
		if err := writeJSONL(filepath.Join(dir, kind+".jsonl.gz"), files); err != nil {
			return err
		}
		log.Printf("corpus %s: %d files", kind, len(files))
	}
	return nil
}

func writeJSONL(path string, files []corpusFile) error {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	enc := json.NewEncoder(zw)
	for _, f := range files {
		if err := enc.Encode(f); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// spdxCorpus: the text of every current SPDX licence. Texts whose words are the same
// (GPL-2.0-only and GPL-2.0-or-later; GFDL-1.3-only and its invariants variants) cannot
// be told apart by their text: each is expected as the shortest ID of its group.
func spdxCorpus(dir string) ([]corpusFile, error) {
	var files []corpusFile
	group := map[string]string{}
	for _, id := range slices.Sorted(slices.Values(spdxlicenses.GetLicenses())) {
		data, err := os.ReadFile(filepath.Join(dir, id+".json"))
		if err != nil {
			continue
		}
		var l struct {
			LicenseText string `json:"licenseText"`
		}
		if err := json.Unmarshal(data, &l); err != nil {
			return nil, err
		}
		key := strings.Join(words(l.LicenseText), " ")
		if g, ok := group[key]; !ok || len(id) < len(g) || len(id) == len(g) && id < g {
			group[key] = id
		}
		files = append(files, corpusFile{Name: id + ".txt", Want: []string{id}, Text: l.LicenseText})
	}
	for i, f := range files {
		files[i].Want = []string{group[strings.Join(words(f.Text), " ")]}
	}
	return files, nil
}

// classifierCorpus: one text of each licence of licenseclassifier v2's assets, under
// the SPDX expression it stands for, or LicenseRef-<name>.
func classifierCorpus(dir string) ([]corpusFile, error) {
	current := map[string]string{}
	for _, id := range spdxlicenses.GetLicenses() {
		current[strings.ToLower(id)] = id
	}
	entries, err := os.ReadDir(filepath.Join(dir, "License"))
	if err != nil {
		return nil, err
	}
	var files []corpusFile
	for i, e := range entries {
		texts, _ := filepath.Glob(filepath.Join(dir, "License", e.Name(), "*.txt"))
		if len(texts) == 0 {
			continue
		}
		pick := texts[0]
		for _, t := range texts {
			if filepath.Base(t) == "license.txt" {
				pick = t
			}
		}
		data, err := os.ReadFile(pick)
		if err != nil {
			return nil, err
		}
		id := classifierID(e.Name(), current, false, string(data))
		if fid, ok := classifierFiles["License/"+e.Name()+"/"+filepath.Base(pick)]; ok {
			id = fid
		}
		files = append(files, corpusFile{Name: e.Name() + "/" + filepath.Base(pick), Want: []string{id}, Text: reshape(string(data), i)})
	}
	return files, nil
}

// realCorpus reads the list of real licence files (path TAB expected IDs, read by
// hand), taken from public projects' sources in the Go module cache and elsewhere.
func realCorpus(list string) ([]corpusFile, error) {
	data, err := os.ReadFile(list)
	if err != nil {
		return nil, err
	}
	var files []corpusFile
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, want, _ := strings.Cut(line, "\t")
		text, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		name := strings.TrimPrefix(path, "/root/go/pkg/mod/")
		var ws []string
		if want != "" {
			ws = strings.Split(want, ";")
		}
		files = append(files, corpusFile{Name: name, Want: ws, Text: string(text)})
	}
	return files, nil
}

var blank = regexp.MustCompile(`<[^<>\n]{1,80}>|\[[^\[\]\n]{1,80}\]`)

// fill puts names and years in a licence's blanks, as a project does.
func fill(text string) string {
	return blank.ReplaceAllStringFunc(text, func(b string) string {
		l := strings.ToLower(b)
		switch {
		case strings.Contains(l, "year") || strings.Contains(l, "yyyy"):
			return "2024"
		case strings.Contains(l, "http") || strings.Contains(l, "url"):
			return b
		}
		return "Example Software Foundation"
	})
}

var prefixes = []string{"", "", "# ", " * ", "// ", "", ";; ", "-- ", "", "%% ", "dnl ", "REM "}

// reshape wraps a text's paragraphs anew at 72 columns and, for some, puts a comment
// prefix before each line, as a licence pasted into a source file reads.
func reshape(text string, i int) string {
	var b strings.Builder
	prefix := prefixes[i%len(prefixes)]
	for _, para := range regexp.MustCompile(`\n\s*\n`).Split(text, -1) {
		line := ""
		for _, w := range strings.Fields(para) {
			if len(line)+len(w)+1 > 72 && line != "" {
				b.WriteString(strings.TrimRight(prefix+line, " ") + "\n")
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		if line != "" {
			b.WriteString(strings.TrimRight(prefix+line, " ") + "\n")
		}
		b.WriteString(strings.TrimRight(prefix, " ") + "\n")
	}
	return b.String()
}

// Standard notices, as their licences' "how to apply" sections give them.
var notices = []struct{ id, text string }{
	{"Apache-2.0", `Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.`},
	{"GPL-2.0-or-later", `This program is free software; you can redistribute it and/or modify
it under the terms of the GNU General Public License as published by
the Free Software Foundation; either version 2 of the License, or
(at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License along
with this program; if not, write to the Free Software Foundation, Inc.,
51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA.`},
	{"GPL-2.0-only", `This program is free software; you can redistribute it and/or modify
it under the terms of the GNU General Public License version 2 as
published by the Free Software Foundation.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.`},
	{"GPL-3.0-or-later", `This program is free software: you can redistribute it and/or modify
it under the terms of the GNU General Public License as published by
the Free Software Foundation, either version 3 of the License, or
(at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU General Public License for more details.

You should have received a copy of the GNU General Public License
along with this program.  If not, see <https://www.gnu.org/licenses/>.`},
	{"LGPL-2.1-or-later", `This library is free software; you can redistribute it and/or
modify it under the terms of the GNU Lesser General Public
License as published by the Free Software Foundation; either
version 2.1 of the License, or (at your option) any later version.

This library is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
Lesser General Public License for more details.

You should have received a copy of the GNU Lesser General Public
License along with this library; if not, write to the Free Software
Foundation, Inc., 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA`},
	{"LGPL-3.0-or-later", `This program is free software: you can redistribute it and/or modify
it under the terms of the GNU Lesser General Public License as published by
the Free Software Foundation, either version 3 of the License, or
(at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU Lesser General Public License for more details.

You should have received a copy of the GNU Lesser General Public License
along with this program.  If not, see <https://www.gnu.org/licenses/>.`},
	{"AGPL-3.0-or-later", `This program is free software: you can redistribute it and/or modify
it under the terms of the GNU Affero General Public License as published
by the Free Software Foundation, either version 3 of the License, or
(at your option) any later version.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
GNU Affero General Public License for more details.

You should have received a copy of the GNU Affero General Public License
along with this program.  If not, see <https://www.gnu.org/licenses/>.`},
	{"MPL-2.0", `This Source Code Form is subject to the terms of the Mozilla Public
License, v. 2.0. If a copy of the MPL was not distributed with this
file, You can obtain one at http://mozilla.org/MPL/2.0/.`},
	{"EPL-2.0", `This program and the accompanying materials are made
available under the terms of the Eclipse Public License 2.0
which is available at https://www.eclipse.org/legal/epl-2.0/`},
	{"MIT", `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.`},
	{"ISC", `Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.`},
	{"BSD-3-Clause", `Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice,
   this list of conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.
3. Neither the name of the copyright holder nor the names of its contributors
   may be used to endorse or promote products derived from this software
   without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE
LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
POSSIBILITY OF SUCH DAMAGE.`},
	{"GPL-2.0-or-later WITH Classpath-exception-2.0", `This code is free software; you can redistribute it and/or modify it
under the terms of the GNU General Public License as published by the
Free Software Foundation; either version 2 of the License, or (at your
option) any later version.

This code is distributed in the hope that it will be useful, but WITHOUT
ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or
FITNESS FOR A PARTICULAR PURPOSE.  See the GNU General Public License
for more details.

Linking this library statically or dynamically with other modules is
making a combined work based on this library.  Thus, the terms and
conditions of the GNU General Public License cover the whole
combination.

As a special exception, the copyright holders of this library give you
permission to link this library with independent modules to produce an
executable, regardless of the license terms of these independent
modules, and to copy and distribute the resulting executable under
terms of your choice, provided that you also meet, for each linked
independent module, the terms and conditions of the license of that
module.  An independent module is a module which is not derived from
or based on this library.  If you modify this library, you may extend
this exception to your version of the library, but you are not
obligated to do so.  If you do not wish to do so, delete this
exception statement from your version.`},
}

// commentStyles wrap a notice as languages comment it: a line prefix, or an opening
// and a closing line.
var commentStyles = []struct{ ext, open, prefix, close, code string }{
	{".go", "", "// ", "", "package example\n\nfunc Example() int { return 1 }\n"},
	{".py", "", "# ", "", "def example():\n    return 1\n"},
	{".c", "/*", " * ", " */", "int example(void) { return 1; }\n"},
	{".sql", "", "-- ", "", "SELECT 1;\n"},
	{".el", "", ";; ", "", "(defun example () 1)\n"},
	{".erl", "", "%% ", "", "example() -> 1.\n"},
	{".m4", "", "dnl ", "", "AC_DEFUN([EXAMPLE], [1])\n"},
	{".bat", "", "@REM ", "", "@echo off\necho 1\n"},
	{".cmd", "", "REM ", "", "echo 1\n"},
	{".ml", "(*", "   ", " *)", "let example = 1\n"},
	{".vb", "", "' ", "", "Module Example\nEnd Module\n"},
	{".html", "<!--", "  ", "-->", "<p>example</p>\n"},
	{".f90", "", "! ", "", "program example\nend program example\n"},
	{".hs", "{-", "  ", "-}", "example :: Int\nexample = 1\n"},
	{".tex", "", "% ", "", "\\documentclass{article}\n"},
	{".lua", "--[[", "", "]]", "local example = 1\n"},
}

func comment(text string, st struct{ ext, open, prefix, close, code string }) string {
	var b strings.Builder
	if st.open != "" {
		b.WriteString(st.open + "\n")
	}
	for _, l := range strings.Split(text, "\n") {
		b.WriteString(strings.TrimRight(st.prefix+l, " ") + "\n")
	}
	if st.close != "" {
		b.WriteString(st.close + "\n")
	}
	return b.String()
}

// headerCorpus: source files that open with a copyright line and a standard notice,
// in many comment styles.
func headerCorpus() []corpusFile {
	var files []corpusFile
	for i, n := range notices {
		for j, st := range commentStyles {
			if (i+j)%2 == 1 {
				continue // half of the pairs keep the archive small
			}
			text := comment("Copyright (c) 2021 Example Authors\n\n"+n.text, st) + "\n" + st.code
			files = append(files, corpusFile{Name: fmt.Sprintf("%s-%d%s", strings.Fields(n.id)[0], j, st.ext), Want: []string{n.id}, Text: text})
		}
	}
	return files
}

// tagCorpus: SPDX-License-Identifier lines in many comment styles; deprecated IDs are
// expected as their current equivalents.
func tagCorpus() []corpusFile {
	exprs := []struct{ tag, want string }{
		{"MIT", "MIT"}, {"Apache-2.0", "Apache-2.0"}, {"Apache-2.0 OR MIT", "Apache-2.0 OR MIT"},
		{"GPL-2.0-or-later WITH Classpath-exception-2.0", "GPL-2.0-or-later WITH Classpath-exception-2.0"},
		{"(MIT OR Apache-2.0) AND BSD-3-Clause", "(MIT OR Apache-2.0) AND BSD-3-Clause"},
		{"LicenseRef-Proprietary", "LicenseRef-Proprietary"}, {"BSD-2-Clause", "BSD-2-Clause"},
		{"GPL-2.0+", "GPL-2.0-or-later"}, {"GPL-2.0", "GPL-2.0-only"}, {"LGPL-2.1+", "LGPL-2.1-or-later"},
		{"AGPL-3.0", "AGPL-3.0-only"}, {"StandardML-NJ", "SMLNJ"}, {"MPL-2.0", "MPL-2.0"}, {"0BSD", "0BSD"},
		{"EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0", "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0"},
	}
	var files []corpusFile
	for i, e := range exprs {
		for j, st := range commentStyles {
			if (i+j)%3 != 0 {
				continue
			}
			line := "SPDX-License-Identifier: " + e.tag
			if st.close != "" && j%2 == 0 {
				line = strings.TrimSpace(st.open) + " " + line + " " + strings.TrimSpace(st.close)
				files = append(files, corpusFile{Name: fmt.Sprintf("tag-%d-%d%s", i, j, st.ext), Want: []string{e.want}, Text: line + "\n" + st.code})
				continue
			}
			text := comment("Copyright 2023 Example Authors\n"+line, st) + "\n" + st.code
			files = append(files, corpusFile{Name: fmt.Sprintf("tag-%d-%d%s", i, j, st.ext), Want: []string{e.want}, Text: text})
		}
	}
	return files
}

// textsByID maps each SPDX text of the corpus to its licence's ID.
func textsByID(spdx []corpusFile) map[string]string {
	byID := map[string]string{}
	for _, f := range spdx {
		byID[f.Want[0]] = f.Text
	}
	return byID
}

// multiCorpus: files with several licences: licence files that hold two or three
// texts, and source files with two notices.
func multiCorpus(spdx []corpusFile) []corpusFile {
	byID := textsByID(spdx)
	sets := [][]string{
		{"MIT", "Apache-2.0"}, {"BSD-3-Clause", "GPL-2.0-only"}, {"ISC", "Zlib", "BSL-1.0"}, {"MPL-2.0", "MIT"},
		{"Apache-2.0", "BSD-2-Clause", "MIT"}, {"LGPL-2.1-only", "BSD-3-Clause"}, {"CC-BY-4.0", "MIT"},
		{"OpenSSL", "Apache-2.0"}, {"Unlicense", "MIT"}, {"EPL-2.0", "Apache-2.0"}, {"X11", "ISC"}, {"0BSD", "CC0-1.0"},
	}
	var files []corpusFile
	for i, set := range sets {
		var parts []string
		for _, id := range set {
			parts = append(parts, "Files under "+strings.ToLower(id)+"/ are covered by this licence:\n\n"+byID[id])
		}
		files = append(files, corpusFile{Name: fmt.Sprintf("LICENSE-multi-%d", i), Want: set,
			Text: strings.Join(parts, "\n\n"+strings.Repeat("-", 70)+"\n\n")})
	}
	for i := 0; i+1 < len(notices); i += 2 {
		a, b := notices[i], notices[i+1]
		st := commentStyles[i%len(commentStyles)]
		text := comment("Copyright 2020 First Authors\n\n"+a.text, st) + "\n" + st.code + "\n" +
			comment("The code below was taken from another project:\n\nCopyright 2018 Second Authors\n\n"+b.text, st) + "\n" + st.code
		files = append(files, corpusFile{Name: fmt.Sprintf("two-notices-%d%s", i, st.ext), Want: []string{a.id, b.id}, Text: text})
	}
	return files
}

// shortCorpus: short references to a licence by name, reported as notices.
func shortCorpus() []corpusFile {
	refs := []struct{ text, want string }{
		{"Licensed under the MIT License.", "MIT"},
		{"This project is released under the Apache License 2.0.", "Apache-2.0"},
		{"Distributed under the Boost Software License, Version 1.0.", "BSL-1.0"},
		{"# mylib\n\nA small library.\n\n## License\n\nLicensed under the BSD 3-Clause License.\n", "BSD-3-Clause"},
		{"// Copyright 2022 Example\n// Licensed under the Mozilla Public License 2.0.\npackage x\n", "MPL-2.0"},
		{"This software is released under the terms of the ISC license.", "ISC"},
		{"Code is licensed under the Eclipse Public License 2.0; see LICENSE.", "EPL-2.0"},
		{"All content is available under the Creative Commons Attribution 4.0 International License.", "CC-BY-4.0"},
		{"# Copyright 2019 Example\n# Licensed under the GNU General Public License v3.0 or later.\nimport os\n", "GPL-3.0-or-later"},
		{"This library is distributed under the terms of the Zlib license.", "Zlib"},
	}
	var files []corpusFile
	for i, r := range refs {
		files = append(files, corpusFile{Name: fmt.Sprintf("short-%d.txt", i), Want: []string{r.want}, Text: r.text})
	}
	return files
}

// negativeCorpus: files that hold no licence: code, prose about licences in general,
// and the Go project's one-line pointer to a licence file elsewhere.
func negativeCorpus() []corpusFile {
	texts := []string{
		"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, world\")\n}\n",
		"# Changelog\n\n## 1.2.0\n\n- Faster parsing.\n- Fixed a crash on empty input.\n\n## 1.1.0\n\n- First public release.\n",
		"Choosing a licence is a decision for the project's owners. Permissive licences let others do nearly anything with the code; copyleft licences ask that changes be shared under the same terms.\n",
		"def parse(text):\n    \"\"\"Split text into words.\"\"\"\n    return text.split()\n",
		"SELECT name, licence FROM packages WHERE approved = 1 ORDER BY name;\n",
		"The warranty of this toaster covers defects in materials and workmanship for one year from the date of purchase. Keep your receipt.\n",
		"{\n  \"name\": \"example\",\n  \"version\": \"1.0.0\",\n  \"main\": \"index.js\"\n}\n",
		"Copyright (c) 2024 Example Corp. All rights reserved.\n",
		"To build, run make. To test, run make check. Questions go to the mailing list.\n",
	}
	var files []corpusFile
	for i, t := range texts {
		files = append(files, corpusFile{Name: fmt.Sprintf("none-%d", i), Text: t})
	}
	return files
}

// handWritten reads cases written by hand, one JSON object a line: modified.jsonl
// holds MIT, BSD and ISC texts with terms of their own added or rewritten (no licence
// named: a person must read them) beside texts changed only by names, typos or a
// repeated line, which stay their licence. cases.jsonl holds the kinds of file other
// licence tools' test data showed to be read wrongly before: a licence's terms without
// its preamble, GNU notices offering two versions or reworded, the PSF agreement alone,
// a short reference above a licence text, two licences one after the other in a Debian
// copyright file, a GNU text below its notice. The texts are the SPDX list's with the
// changes written for this corpus; JSON's is the SPDX list's JSON text.
func handWritten(path string) ([]corpusFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var files []corpusFile
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var f corpusFile
		if err := json.Unmarshal([]byte(line), &f); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		files = append(files, f)
	}
	return files, nil
}
