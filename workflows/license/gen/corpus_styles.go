package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
)

// The harder corpora: every standard notice we hold in every comment style, SPDX tags
// in the shapes projects write them, and files with several licences.
//
//   - headerstyles: each licence's standard notice (the notices above, and every notice
//     of licenseclassifier v2's Header assets that names a listed licence) reflowed at a
//     width of its own, below one to three copyright lines, in a comment style of its own
//     (line prefixes, block comments, docstrings), inside source code before and after;
//   - tagshapes: SPDX-License-Identifier lines with parentheses, WITH exceptions, odd case
//     and spacing, deprecated IDs, LicenseRef-, comment closers on the same line, several
//     tags in one file, and the words of a tag inside a string, which is no tag;
//   - multistyles: licence files that concatenate three licences under headings of their
//     own, and source headers that name two licences.

// style is a comment style as source files write a header: a line prefix, or an
// opening and a closing line, with code before (first) and after (code); right, if
// set, closes every line at a fixed column (a box).
type style struct{ name, ext, first, open, prefix, close, code, right string }

var styles = []style{
	{"go", ".go", "", "", "// ", "", "package widget\n\nimport \"fmt\"\n\nfunc Hello() { fmt.Println(\"hello\") }\n", ""},
	{"shell", ".sh", "#!/bin/sh\n", "", "# ", "", "set -eu\necho \"building\"\nmake all\n", ""},
	{"c", ".c", "", "/*", " * ", " */", "#include <stdio.h>\n\nint main(void) { return 0; }\n", ""},
	{"javadoc", ".java", "", "/**", " * ", " */", "package org.example;\n\npublic class Widget {\n    public int size() { return 1; }\n}\n", ""},
	{"block-bare", ".css", "", "/*", "  ", "*/", "body { margin: 0; }\n", ""},
	{"sql", ".sql", "", "", "-- ", "", "CREATE TABLE widget (id INTEGER PRIMARY KEY);\n", ""},
	{"lisp", ".el", "", "", ";; ", "", "(defun widget () 1)\n(provide 'widget)\n", ""},
	{"erlang", ".erl", "", "", "%% ", "", "-module(widget).\n-export([size/0]).\nsize() -> 1.\n", ""},
	{"tex", ".tex", "", "", "% ", "", "\\documentclass{article}\n\\begin{document}\nHello.\n\\end{document}\n", ""},
	{"m4", ".m4", "", "", "dnl ", "", "AC_INIT([widget], [1.0])\nAC_OUTPUT\n", ""},
	{"batch", ".bat", "@echo off\n", "", "REM ", "", "set WIDGET=1\necho %WIDGET%\n", ""},
	{"batch-at", ".cmd", "", "", "@REM ", "", "@echo off\necho building\n", ""},
	{"batch-colons", ".bat", "", "", ":: ", "", "@echo off\necho building\n", ""},
	{"pascal", ".pas", "", "(*", " * ", " *)", "program Widget;\nbegin\n  writeln('hello');\nend.\n", ""},
	{"ocaml", ".ml", "", "(*", "   ", "*)", "let widget = 1\nlet () = print_int widget\n", ""},
	{"html", ".html", "<!DOCTYPE html>\n", "<!--", "  ", "-->", "<html><body><p>Widget</p></body></html>\n", ""},
	{"xml", ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<!--", "", "-->", "<widget size=\"1\"/>\n", ""},
	{"python-docstring", ".py", "#!/usr/bin/env python3\n", "\"\"\"", "", "\"\"\"", "import sys\n\n\ndef main():\n    return 0\n\n\nif __name__ == \"__main__\":\n    sys.exit(main())\n", ""},
	{"python-hash", ".py", "# -*- coding: utf-8 -*-\n", "", "# ", "", "def widget():\n    return 1\n", ""},
	{"vb", ".vb", "", "", "' ", "", "Module Widget\n    Sub Main()\n    End Sub\nEnd Module\n", ""},
	{"haskell", ".hs", "", "{-", "  ", "-}", "module Widget where\n\nwidget :: Int\nwidget = 1\n", ""},
	{"lua", ".lua", "", "--[[", "", "]]", "local widget = {}\nreturn widget\n", ""},
	{"fortran", ".f90", "", "", "! ", "", "program widget\n  print *, 'hello'\nend program widget\n", ""},
	{"rust-inner", ".rs", "", "", "//! ", "", "pub fn widget() -> u32 {\n    1\n}\n", ""},
	{"powershell", ".ps1", "", "<#", "", "#>", "Write-Output \"building\"\n", ""},
	{"php", ".php", "<?php\n", "/*", " * ", " */", "function widget() { return 1; }\n", ""},
	{"c-box", ".h", "", "/" + strings.Repeat("*", 78), " * ", " " + strings.Repeat("*", 77) + "/", "#ifndef WIDGET_H\n#define WIDGET_H\nint widget(void);\n#endif\n", "*"},
	{"hash-box", ".pl", "#!/usr/bin/perl\n", strings.Repeat("#", 80), "# ", strings.Repeat("#", 80), "use strict;\nprint \"hello\\n\";\n", "#"},
}

// wrapStyle reflows text's paragraphs at width columns behind the style's prefix and
// wraps them in its comment.
func wrapStyle(text string, width int, st style) string {
	var b strings.Builder
	if st.open != "" {
		b.WriteString(st.open + "\n")
	}
	put := func(line string) {
		if st.right != "" {
			b.WriteString(st.prefix + line + strings.Repeat(" ", max(1, width+2-len(line))) + st.right + "\n")
			return
		}
		b.WriteString(strings.TrimRight(st.prefix+line, " ") + "\n")
	}
	paras := regexp.MustCompile(`\n\s*\n`).Split(strings.TrimSpace(text), -1)
	for i, para := range paras {
		line := ""
		for _, w := range strings.Fields(para) {
			if len(line)+len(w)+1 > width && line != "" {
				put(line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		if line != "" {
			put(line)
		}
		if i+1 < len(paras) {
			put("")
		}
	}
	if st.close != "" {
		b.WriteString(st.close + "\n")
	}
	return b.String()
}

var copyrights = []string{
	"Copyright (c) 2021 Example Authors",
	"Copyright (C) 2008-2015 Widget Project Contributors\nCopyright (C) 2016 Example Corp.",
	"Copyright 2019, 2020 Jane Doe <jane@example.org>\nCopyright 2021 John Roe\nAll rights reserved.",
	"(c) 2022 The Widget Authors",
}

// classifierNotices reads the notices of licenseclassifier v2's Header assets that
// name a listed licence (not a LicenseRef), one text each, under the SPDX expression
// it stands for.
func classifierNotices(dir string) ([]struct{ id, text string }, error) {
	current := map[string]string{}
	for _, id := range spdxlicenses.GetLicenses() {
		current[strings.ToLower(id)] = id
	}
	entries, err := os.ReadDir(filepath.Join(dir, "Header"))
	if err != nil {
		return nil, err
	}
	var out []struct{ id, text string }
	for _, e := range entries {
		texts, _ := filepath.Glob(filepath.Join(dir, "Header", e.Name(), "*.txt"))
		slices.Sort(texts)
		if len(texts) == 0 {
			continue
		}
		data, err := os.ReadFile(texts[0])
		if err != nil {
			return nil, err
		}
		id := classifierID(e.Name(), current, true, string(data))
		if strings.HasPrefix(id, "LicenseRef-") {
			continue
		}
		out = append(out, struct{ id, text string }{id, fill(string(data))})
	}
	return out, nil
}

// headerStylesCorpus: every notice in a comment style, width and copyright of its own.
func headerStylesCorpus(classifierDir string) ([]corpusFile, error) {
	extra, err := classifierNotices(classifierDir)
	if err != nil {
		return nil, err
	}
	all := append(append([]struct{ id, text string }{}, notices...), extra...)
	widths := []int{60, 72, 80, 100}
	var files []corpusFile
	for i, n := range all {
		// Three styles for each notice, spread so that every style meets many notices.
		for k := range 3 {
			j := (3*i + k) % len(styles)
			st := styles[j]
			head := copyrights[(i+k)%len(copyrights)] + "\n\n" + n.text
			text := st.first + wrapStyle(head, widths[(i+j)%len(widths)], st) + "\n" + st.code
			files = append(files, corpusFile{Name: fmt.Sprintf("%s-%s-%d%s", strings.Fields(n.id)[0], st.name, i, st.ext), Want: []string{n.id}, Text: text})
		}
	}
	return files, nil
}

// tagShapesCorpus: SPDX tags as projects write them, each file with the expressions a
// reader takes from it (deprecated IDs in their current equivalents); the words of a tag
// inside a string or in prose are no tag.
func tagShapesCorpus() []corpusFile {
	type tc struct {
		name string
		text string
		want []string
	}
	cases := []tc{
		{"parens.go", "// SPDX-License-Identifier: (MIT OR Apache-2.0)\n\npackage x\n", []string{"MIT OR Apache-2.0"}},
		{"nested.c", "/* SPDX-License-Identifier: (GPL-2.0-only OR BSD-3-Clause) AND MIT */\nint x;\n", []string{"(GPL-2.0-only OR BSD-3-Clause) AND MIT"}},
		{"with.java", "/*\n * SPDX-License-Identifier: GPL-2.0-only WITH Classpath-exception-2.0\n */\nclass X {}\n", []string{"GPL-2.0-only WITH Classpath-exception-2.0"}},
		{"with-llvm.cpp", "//===-- widget.cpp ---------------------------------------------*- C++ -*-===//\n//\n// Part of the Widget Project, under the Apache License v2.0 with LLVM Exceptions.\n// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception\n//\n//===----------------------------------------------------------------------===//\nint x;\n", []string{"Apache-2.0 WITH LLVM-exception"}},
		{"lower.py", "# spdx-license-identifier: mit\nimport os\n", []string{"MIT"}},
		{"lower-expr.py", "# SPDX-License-Identifier: apache-2.0 or mit\nimport os\n", []string{"Apache-2.0 OR MIT"}},
		{"nospace.go", "//SPDX-License-Identifier:MIT\npackage x\n", []string{"MIT"}},
		{"spaces.rb", "#   SPDX-License-Identifier:    BSD-2-Clause   \nputs 1\n", []string{"BSD-2-Clause"}},
		{"tab.sh", "#!/bin/sh\n#\tSPDX-License-Identifier:\tISC\necho hi\n", []string{"ISC"}},
		{"gpl-plus.c", "// SPDX-License-Identifier: GPL-2.0+\nint x;\n", []string{"GPL-2.0-or-later"}},
		{"lgpl-bare.c", "/* SPDX-License-Identifier: LGPL-2.1 */\nint x;\n", []string{"LGPL-2.1-only"}},
		{"gpl3-plus.py", "# SPDX-License-Identifier: GPL-3.0+\nimport os\n", []string{"GPL-3.0-or-later"}},
		{"classpath-old.java", "// SPDX-License-Identifier: GPL-2.0-with-classpath-exception\nclass X {}\n", []string{"GPL-2.0-or-later WITH Classpath-exception-2.0"}},
		{"wx.cpp", "// SPDX-License-Identifier: wxWindows\nint x;\n", []string{"LGPL-2.0-or-later WITH WxWindows-exception-3.1"}},
		{"licenseref.go", "// SPDX-License-Identifier: LicenseRef-Example-Commercial\npackage x\n", []string{"LicenseRef-Example-Commercial"}},
		{"licenseref-or.ts", "// SPDX-License-Identifier: MIT OR LicenseRef-Proprietary\nexport const x = 1;\n", []string{"MIT OR LicenseRef-Proprietary"}},
		{"html-close.html", "<!-- SPDX-License-Identifier: CC-BY-4.0 -->\n<p>Docs</p>\n", []string{"CC-BY-4.0"}},
		{"css-close.css", "/* SPDX-License-Identifier: MIT */\nbody { margin: 0; }\n", []string{"MIT"}},
		{"ocaml-close.ml", "(* SPDX-License-Identifier: LGPL-2.1-or-later *)\nlet x = 1\n", []string{"LGPL-2.1-or-later"}},
		{"haskell-close.hs", "{- SPDX-License-Identifier: BSD-3-Clause -}\nmodule X where\n", []string{"BSD-3-Clause"}},
		{"jinja.j2", "{# SPDX-License-Identifier: Apache-2.0 #}\n<p>{{ x }}</p>\n", []string{"Apache-2.0"}},
		{"erb.erb", "<%# SPDX-License-Identifier: MIT %>\n<p><%= x %></p>\n", []string{"MIT"}},
		{"sql.sql", "-- SPDX-License-Identifier: PostgreSQL\nSELECT 1;\n", []string{"PostgreSQL"}},
		{"lisp.el", ";;; SPDX-License-Identifier: GPL-3.0-or-later\n(provide 'x)\n", []string{"GPL-3.0-or-later"}},
		{"erlang.erl", "%% SPDX-License-Identifier: Apache-2.0\n-module(x).\n", []string{"Apache-2.0"}},
		{"m4.m4", "dnl SPDX-License-Identifier: FSFAP\nAC_INIT([x], [1])\n", []string{"FSFAP"}},
		{"batch.bat", "@REM SPDX-License-Identifier: MIT\n@echo off\n", []string{"MIT"}},
		{"batch2.bat", "REM SPDX-License-Identifier: 0BSD\necho hi\n", []string{"0BSD"}},
		{"vb.vb", "' SPDX-License-Identifier: MS-PL\nModule X\nEnd Module\n", []string{"MS-PL"}},
		{"fortran.f90", "! SPDX-License-Identifier: BSD-3-Clause\nprogram x\nend program x\n", []string{"BSD-3-Clause"}},
		{"tex.tex", "% SPDX-License-Identifier: LPPL-1.3c\n\\documentclass{article}\n", []string{"LPPL-1.3c"}},
		{"docstring.py", "\"\"\"Widget helpers.\n\nSPDX-License-Identifier: MPL-2.0\n\"\"\"\nimport os\n", []string{"MPL-2.0"}},
		{"rust-inner.rs", "//! SPDX-License-Identifier: MIT OR Apache-2.0\npub fn x() {}\n", []string{"MIT OR Apache-2.0"}},
		{"two-tags.c", "// SPDX-License-Identifier: GPL-2.0-only\n#include \"a.h\"\n\n/* Taken from another project. */\n// SPDX-License-Identifier: MIT\nint x;\n", []string{"GPL-2.0-only", "MIT"}},
		{"two-tags-kernel.h", "/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */\n#ifndef X_H\n#define X_H\n/* SPDX-License-Identifier: BSD-2-Clause */\n#endif\n", []string{"GPL-2.0-only WITH Linux-syscall-note", "BSD-2-Clause"}},
		{"reuse.license", "SPDX-FileCopyrightText: 2023 Jane Doe <jane@example.org>\n\nSPDX-License-Identifier: CC0-1.0\n", []string{"CC0-1.0"}},
		{"yaml.yml", "# SPDX-FileCopyrightText: 2022 Example\n# SPDX-License-Identifier: Apache-2.0\nname: widget\n", []string{"Apache-2.0"}},
		// The words of a tag that are no tag: in a string, in prose, in a template.
		{"string.go", "package x\n\nconst header = \"// SPDX-License-Identifier: MIT\"\n\nfunc Header() string { return header }\n", nil},
		{"printf.c", "#include <stdio.h>\nint main(void) {\n    printf(\"SPDX-License-Identifier: %s\\n\", id);\n    return 0;\n}\n", nil},
		{"python-fstring.py", "def tag(spdx_id):\n    return f\"# SPDX-License-Identifier: {spdx_id}\"\n", nil},
		{"prose.md", "# Headers\n\nEvery file starts with a line of the form `SPDX-License-Identifier: <expression>`, which tools read.\n", nil},
	}
	var files []corpusFile
	for _, c := range cases {
		files = append(files, corpusFile{Name: c.name, Want: c.want, Text: c.text})
	}
	return files
}

// multiStylesCorpus: licence files that concatenate three licences under headings of
// their own, in several orders, and source headers that name two licences.
func multiStylesCorpus(spdx []corpusFile) []corpusFile {
	byID := textsByID(spdx)
	sets := [][]string{
		{"Apache-2.0", "MIT", "BSD-3-Clause"}, {"MIT", "ISC", "Zlib"}, {"BSD-2-Clause", "MPL-2.0", "Unlicense"},
		{"GPL-3.0-only", "MIT", "Apache-2.0"}, {"CC0-1.0", "BSD-3-Clause", "MIT"}, {"ISC", "Apache-2.0", "BSL-1.0"},
		{"MIT", "BSD-2-Clause", "ISC"}, {"LGPL-2.1-only", "MIT", "Zlib"},
	}
	headings := []func(i int, id string) string{
		func(i int, id string) string { return fmt.Sprintf("=== third_party/lib%d (%s) ===", i, id) },
		func(i int, id string) string {
			return fmt.Sprintf("---------------------------------------------------------\nComponent %d\n---------------------------------------------------------", i)
		},
		func(i int, id string) string {
			return fmt.Sprintf("## vendor/widget%d\n\nThe following applies to the files in vendor/widget%d:", i, i)
		},
	}
	var files []corpusFile
	for i, set := range sets {
		var parts []string
		for k, id := range set {
			parts = append(parts, headings[(i+k)%len(headings)](k, id)+"\n\n"+fill(byID[id]))
		}
		files = append(files, corpusFile{Name: fmt.Sprintf("THIRD-PARTY-NOTICES-%d", i), Want: set, Text: strings.Join(parts, "\n\n")})
	}
	// Source headers that carry two notices one after the other (code taken from two
	// projects), in comment styles of their own.
	for i := 0; i+1 < len(notices); i++ {
		a, b := notices[i], notices[(i+3)%len(notices)]
		if a.id == b.id {
			continue
		}
		st := styles[(i*5)%len(styles)]
		text := st.first + wrapStyle("Copyright 2020 First Authors\n\n"+a.text, 80, st) + "\n" +
			wrapStyle("Portions of this file were taken from another project:\n\nCopyright 2017 Second Authors\n\n"+b.text, 80, st) + "\n" + st.code
		files = append(files, corpusFile{Name: fmt.Sprintf("two-headers-%d%s", i, st.ext), Want: []string{a.id, b.id}, Text: text})
	}
	return files
}
