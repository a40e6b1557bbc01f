package license

import (
	"strings"
	"testing"
)

// spdxText returns the SPDX licence list's text of id from the corpus.
func spdxText(t *testing.T, id string) string {
	t.Helper()
	for _, f := range readCorpus(t, "testdata/identify/canonical.jsonl.gz") {
		if f.Name == "LICENSE-"+id {
			return f.Text
		}
	}
	for _, f := range readCorpus(t, "testdata/identify/spdx.jsonl.gz") {
		if f.Name == id+".txt" {
			return f.Text
		}
	}
	t.Fatalf("no text of %s in the corpus", id)
	return ""
}

// TestEveryLicenceOfAFile guards that a file with several licences reports each, on
// its own lines, and not only the first clean match: a source file with an MIT header
// and, further down, code under the Apache notice.
func TestEveryLicenceOfAFile(t *testing.T) {
	apacheNotice := "Licensed under the Apache License, Version 2.0 (the \"License\");\nyou may not use this file except in compliance with the License.\n" +
		"You may obtain a copy of the License at\n\n    http://www.apache.org/licenses/LICENSE-2.0\n\n" +
		"Unless required by applicable law or agreed to in writing, software\ndistributed under the License is distributed on an \"AS IS\" BASIS,\n" +
		"WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\nSee the License for the specific language governing permissions and\nlimitations under the License.\n"
	text := prefixLines("Copyright 2020 A\n\n"+mitText, "// ") + "\npackage x\n\nfunc A() {}\n\n" +
		prefixLines("Copyright 2021 B\n\n"+apacheNotice, "// ") + "\nfunc B() {}\n"
	r := Identify("x.go", []byte(text))
	if got := strings.Join(r.IDs(), ","); got != "MIT,Apache-2.0" {
		t.Fatalf("IDs %s, want MIT,Apache-2.0 (%+v)", got, r.Findings)
	}
	if r.Findings[0].EndLine >= r.Findings[1].StartLine {
		t.Errorf("the two licences overlap: %+v", r.Findings)
	}
	if !r.Findings[1].Notice || r.Findings[0].Notice {
		t.Errorf("the Apache header is a notice, the MIT text is not: %+v", r.Findings)
	}
}

// TestLinePrefixes guards texts behind the line prefixes of many languages: the
// prefix is a comment marker, not a word of the licence.
func TestLinePrefixes(t *testing.T) {
	text := spdxText(t, "ISC")
	for _, p := range []string{"%% ", "dnl ", ";; ", "-- ", "(* ", "@REM ", "REM ", "# ", "// ", " * ", "' ", "! "} {
		r := Identify("", []byte(prefixLines(text, p)))
		if got := strings.Join(r.IDs(), ","); got != "ISC" {
			t.Errorf("behind %q: %s, want ISC", p, got)
		}
	}
}

// TestVariantsAndBases guards that a variant the SPDX list names is reported as the
// variant, and its base as the base.
func TestVariantsAndBases(t *testing.T) {
	for _, id := range []string{"BSD-3-Clause", "BSD-3-Clause-No-Nuclear-License-2014", "BSD-3-Clause-No-Nuclear-Warranty",
		"MS-PL", "MS-LPL", "X11", "MIT", "HPND", "HPND-sell-variant", "OpenSSL", "OpenSSL-standalone", "Apache-1.1",
		"APSL-2.0", "IJG", "CECILL-2.1", "CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0"} {
		r := Identify("LICENSE", []byte(spdxText(t, id)))
		if got := strings.Join(r.IDs(), ","); got != id || r.Certainty != Identified {
			t.Errorf("%s: got %s (%v %s)", id, got, r.Certainty, r.Doubt)
		}
	}
}

// TestExceptions guards licences with an exception: reported as "licence WITH
// exception", with the exception's SPDX ID.
func TestExceptions(t *testing.T) {
	gpl2 := spdxText(t, "GPL-2.0-only")
	classpath := `Linking this library statically or dynamically with other modules is making a
combined work based on this library. Thus, the terms and conditions of the GNU
General Public License cover the whole combination.

As a special exception, the copyright holders of this library give you
permission to link this library with independent modules to produce an
executable, regardless of the license terms of these independent modules, and
to copy and distribute the resulting executable under terms of your choice,
provided that you also meet, for each linked independent module, the terms and
conditions of the license of that module. An independent module is a module
which is not derived from or based on this library. If you modify this library,
you may extend this exception to your version of the library, but you are not
obligated to do so. If you do not wish to do so, delete this exception
statement from your version.
`
	r := Identify("LICENSE", []byte(gpl2+"\n"+classpath))
	if got := strings.Join(r.IDs(), ","); got != "GPL-2.0-or-later WITH Classpath-exception-2.0" {
		t.Errorf("GPL-2.0 text and the Classpath exception: %s", got)
	}
	if got := strings.Join(Identify("LICENSE", []byte(gpl2)).IDs(), ","); got != "GPL-2.0-only" {
		t.Errorf("the GPL-2.0 text alone: %s", got)
	}
}

// TestVendorLicences guards licences the SPDX list lacks: reported as
// LicenseRef-<name>, in the category "needs review".
func TestVendorLicences(t *testing.T) {
	for _, f := range readCorpus(t, "testdata/identify/vendor.jsonl.gz")[:10] {
		r := Identify("LICENSE", []byte(f.Text))
		if len(r.Findings) != 1 || r.Findings[0].ID != f.Want[0] || r.Findings[0].Category != NeedsReview {
			t.Errorf("%s: %+v, want %s in category %q", f.Name, r.Findings, f.Want[0], NeedsReview)
		}
	}
	if r := Identify("LICENSE", []byte(mitText)); r.Findings[0].Category != "" {
		t.Errorf("MIT has a category from the policy, not from identification: %+v", r.Findings)
	}
}

// TestDeprecatedTags guards tags with deprecated IDs: read as the current equivalent,
// with a note saying so; IDs in another case are spelled as the SPDX list does.
func TestDeprecatedTags(t *testing.T) {
	for tag, want := range map[string]string{
		"GPL-2.0+":                         "GPL-2.0-or-later",
		"LGPL-2.1":                         "LGPL-2.1-only",
		"GPL-2.0-with-classpath-exception": "GPL-2.0-or-later WITH Classpath-exception-2.0",
		"MIT OR GPL-2.0+":                  "MIT OR GPL-2.0-or-later",
		"Apache-2.0 AND wxWindows":         "Apache-2.0 AND (LGPL-2.0-or-later WITH WxWindows-exception-3.1)",
		"BSD-3-Clause":                     "BSD-3-Clause",
	} {
		r := Identify("x.c", []byte("/* SPDX-License-Identifier: "+tag+" */\nint x;\n"))
		if len(r.Findings) != 1 || r.Findings[0].ID != want {
			t.Errorf("%s: %+v, want %s", tag, r.Findings, want)
			continue
		}
		if deprecated := !strings.EqualFold(tag, want); deprecated != strings.Contains(r.Findings[0].Note, "deprecated") {
			t.Errorf("%s: note %q", tag, r.Findings[0].Note)
		}
	}
}

// TestShortReferences guards notices under 25 words that name a licence, and prose
// that names licences without applying one.
func TestShortReferences(t *testing.T) {
	for text, want := range map[string]string{
		"Licensed under the MIT License.":                                            "MIT",
		"// This file is distributed under the Boost Software License, Version 1.0.": "BSL-1.0",
		"Some of our code was once released under the GPL; the rest never was.":      "",
		"We like the MIT licence and the Apache licence.":                            "",
	} {
		r := Identify("", []byte(text))
		if got := strings.Join(r.IDs(), ","); got != want {
			t.Errorf("%q: %s, want %q", text, got, want)
		}
		if want != "" && !r.Findings[0].Notice {
			t.Errorf("%q: a short reference is a notice: %+v", text, r.Findings)
		}
	}
}

// TestNoFalsePositives guards files that hold no licence: code, prose about
// licences, a copyright line alone.
func TestNoFalsePositives(t *testing.T) {
	for _, f := range readCorpus(t, "testdata/identify/negative.jsonl.gz") {
		if r := Identify(f.Name, []byte(f.Text)); r.Certainty != NoLicense {
			t.Errorf("%s: %v %v", f.Name, r.Certainty, r.IDs())
		}
	}
}

// TestExpressionOfFindings guards what a scan makes of the new kinds of findings: a
// vendor licence stays LicenseRef-<name> and a licence with an exception stays one
// term, so that the policy can read the expression.
func TestExpressionOfFindings(t *testing.T) {
	vendor := readCorpus(t, "testdata/identify/vendor.jsonl.gz")[0]
	for _, c := range []struct{ text, want string }{
		{vendor.Text, vendor.Want[0]},
		{spdxText(t, "GPL-2.0-only") + "\nLinking this library statically or dynamically with other modules is making a combined work based on this library. Thus, the terms and conditions of the GNU General Public License cover the whole combination.\n\nAs a special exception, the copyright holders of this library give you permission to link this library with independent modules to produce an executable, regardless of the license terms of these independent modules, and to copy and distribute the resulting executable under terms of your choice, provided that you also meet, for each linked independent module, the terms and conditions of the license of that module. An independent module is a module which is not derived from or based on this library. If you modify this library, you may extend this exception to your version of the library, but you are not obligated to do so. If you do not wish to do so, delete this exception statement from your version.\n",
			"GPL-2.0-or-later WITH Classpath-exception-2.0"},
	} {
		if got := expressionOf(Identify("LICENSE", []byte(c.text))); got != c.want {
			t.Errorf("expression %q, want %q", got, c.want)
		}
	}
}

// TestGNUNotices guards how a GNU notice's own words are read: two versions offered
// side by side are a choice of each only ("either version 2 or (at your option)
// version 3" is GPL-2.0-only OR GPL-3.0-only, not GPL-2.0-or-later), and a notice's
// first paragraph alone names no exception (it opens the notices with exceptions too).
func TestGNUNotices(t *testing.T) {
	for text, want := range map[string]string{
		"This program is free software: you can redistribute it and/or modify\nit under the terms of the GNU General Public License as published by\n" +
			"the Free Software Foundation, either version 2 or (at your option)\nversion 3 of the License.\n": "GPL-2.0-only OR GPL-3.0-only",
		"Foo is free software: you can redistribute it and/or modify it\nunder the terms of the GNU General Public License as published by\n" +
			"the Free Software Foundation, either version 3 of the License, or\n(at your option) any later version.\n": "GPL-3.0-or-later",
	} {
		r := Identify("notice.c", []byte(prefixLines(text, " * ")))
		if got := strings.Join(r.IDs(), ","); got != want {
			t.Errorf("%q: %s, want %s", text[:60], got, want)
		}
	}
}

// TestModifiedShortLicences guards that an MIT or BSD text with a sentence of terms of
// its own is not reported as the licence (a person must read it), while a long name
// in its blank or a typo leaves it the licence.
func TestModifiedShortLicences(t *testing.T) {
	mit := spdxText(t, "MIT")
	at := strings.Index(mit, "THE SOFTWARE IS PROVIDED")
	added := mit[:at] + "The Software may not be used to run a service offered to the public for a fee.\n\n" + mit[at:]
	r := Identify("LICENSE", []byte(added))
	if len(r.IDs()) != 0 || r.Certainty != Probable || !strings.Contains(r.Doubt, "MIT") {
		t.Errorf("MIT with a restriction added: %v, %s (%s), want no licence named and a doubt naming MIT", r.IDs(), r.Certainty, r.Doubt)
	}
	typo := strings.Replace(mit, "MERCHANTABILITY", "MERCHANTIBILITY", 1)
	if got := Identify("LICENSE", []byte(typo)).IDs(); strings.Join(got, ",") != "MIT" {
		t.Errorf("MIT with a typo: %v, want MIT", got)
	}
}

// TestGNUTextUnderItsNotice guards that a copy of a GNU licence below a notice that
// says "or (at your option) any later version" is reported once, as the notice says:
// the text alone cannot tell "only" from "or later".
func TestGNUTextUnderItsNotice(t *testing.T) {
	notice := "This program is free software; you can redistribute it and/or modify\nit under the terms of the GNU General Public License as published by\n" +
		"the Free Software Foundation; either version 2 of the License, or\n(at your option) any later version.\n\n"
	about := strings.Repeat("Widget reads widget files, draws them on screen and writes them back, keeping every layer and colour.\n", 5)
	r := Identify("COPYING", []byte("Copyright (C) 2006 A\n\n"+notice+about+"\n"+spdxText(t, "GPL-2.0-only")))
	if got := strings.Join(r.IDs(), ","); got != "GPL-2.0-or-later" {
		t.Errorf("IDs %s, want GPL-2.0-or-later (%+v)", got, r.Findings)
	}
}

// TestNoLicenceBetweenTwo guards that the end of one licence and the start of the
// next are not read as a third: MIT's disclaimer followed by BSD-2-Clause's
// conditions is the pattern of Linux-OpenIB's text.
func TestNoLicenceBetweenTwo(t *testing.T) {
	text := "Files: a/*\nLicense: MIT\n" + prefixLines(spdxText(t, "MIT"), " ") + "\nFiles: b/*\nLicense: BSD-2-clause\n" + prefixLines(spdxText(t, "BSD-2-Clause"), " ")
	if got := strings.Join(Identify("COPYING", []byte(text)).IDs(), ","); got != "MIT,BSD-2-Clause" {
		t.Errorf("IDs %s, want MIT,BSD-2-Clause", got)
	}
}

// TestLicensecheckOnlyTexts guards the texts only licensecheck's list holds (patent
// grants, Anti-996): they are named LicenseRef-<name>, for a person to review.
func TestLicensecheckOnlyTexts(t *testing.T) {
	grant := `Additional IP Rights Grant (Patents)

"This implementation" means the copyrightable works distributed by
Example as part of the Widget project.

Example hereby grants to You a perpetual, worldwide, non-exclusive,
no-charge, royalty-free, irrevocable (except as stated in this section)
patent license to make, have made, use, offer to sell, sell, import,
transfer and otherwise run, modify and propagate the contents of this
implementation of Widget, where such license applies only to those patent
claims, both currently owned or controlled by Example and acquired in
the future, licensable by Example that are necessarily infringed by this
implementation of Widget.  This grant does not include claims that would be
infringed only as a consequence of further modification of this
implementation.  If you or your agent or exclusive licensee institute or
order or agree to the institution of patent litigation against any
entity (including a cross-claim or counterclaim in a lawsuit) alleging
that this implementation of Widget or any code incorporated within this
implementation of Widget constitutes direct or contributory patent
infringement, or inducement of patent infringement, then any patent
rights granted to you under this License for this implementation of Widget
shall terminate as of the date such litigation is filed.
`
	r := Identify("PATENTS", []byte(grant))
	if got := strings.Join(r.IDs(), ","); got != "LicenseRef-GooglePatentsFile" || r.Findings[0].Category != NeedsReview {
		t.Errorf("IDs %s (%+v), want LicenseRef-GooglePatentsFile, needing review", got, r.Findings)
	}
}

// TestTermsOnly guards a short licence shipped without its preamble: WTFPL's terms
// alone, under their title, are WTFPL; its title alone in prose is no licence.
func TestTermsOnly(t *testing.T) {
	terms := "            DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE\n   TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION\n\n  0. You just DO WHAT THE FUCK YOU WANT TO.\n"
	if got := strings.Join(Identify("COPYING", []byte(terms)).IDs(), ","); got != "WTFPL" {
		t.Errorf("WTFPL's terms: %s, want WTFPL", got)
	}
	prose := "Some people pick the Do What The Fuck You Want To Public License for tiny projects; we did not.\n"
	if got := Identify("README", []byte(prose)).IDs(); len(got) != 0 {
		t.Errorf("prose naming WTFPL: %v, want nothing", got)
	}
}

// TestShortReferenceEndsAtParagraph guards that a short reference is read to the end
// of its paragraph only: "released under the GPL", a rule, then the title of the
// licence text below is not a reference to another GPL.
func TestShortReferenceEndsAtParagraph(t *testing.T) {
	text := "Widget - drawing software\n\nWidget is released under the GPL\n\n=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n\n" + spdxText(t, "GPL-2.0-only")
	if got := strings.Join(Identify("license.txt", []byte(text)).IDs(), ","); got != "GPL-2.0-only" {
		t.Errorf("IDs %s, want GPL-2.0-only", got)
	}
}

// TestShortReferenceOfThisWork guards that a short reference is a notice only when it
// speaks of the work in hand: "Licensed under the MIT License." opening a line, or
// "Widget is released under …", but not prose about other projects "released under
// the MIT license".
func TestShortReferenceOfThisWork(t *testing.T) {
	for text, want := range map[string]string{
		"Licensed under the MIT License.\n":                                                 "MIT",
		"// Copyright 2022 Example\n// Licensed under the Mozilla Public License 2.0.\n":    "MPL-2.0",
		"Widget, licensed under the MIT License, draws widgets.\n":                          "MIT",
		"Widget is released under the MIT License.\n":                                       "MIT",
		"We compared projects released under the MIT license with those under the GPL.\n":   "",
		"Most software distributed under the Apache License 2.0 ships a NOTICE file too.\n": "",
	} {
		if got := strings.Join(Identify("NOTES.md", []byte(text)).IDs(), ","); got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// TestVariantWithoutItsClause guards that a variant whose own clause is left out is
// its base: MIT's terms in Khronos's words ("the Materials"), without the paragraph
// on Khronos standards that makes MIT-Khronos-old, are MIT. With the paragraph, they
// are MIT-Khronos-old.
func TestVariantWithoutItsClause(t *testing.T) {
	khronos := spdxText(t, "MIT-Khronos-old")
	at := strings.Index(khronos, "MODIFICATIONS TO THIS FILE")
	end := strings.Index(khronos, "THE MATERIALS ARE PROVIDED")
	if at < 0 || end < at {
		t.Fatalf("MIT-Khronos-old's text has changed:\n%s", khronos)
	}
	if got := strings.Join(Identify("LICENSE", []byte(khronos[:at]+khronos[end:])).IDs(), ","); got != "MIT" {
		t.Errorf("Khronos's words without its paragraph: %s, want MIT", got)
	}
	if got := strings.Join(Identify("LICENSE", []byte(khronos)).IDs(), ","); got != "MIT-Khronos-old" {
		t.Errorf("Khronos's text: %s, want MIT-Khronos-old", got)
	}
}

// TestExceptionAddedToGrant guards that a short licence whose grant is narrowed by a
// few words of exception ("without restriction except as noted below") is not
// reported as the licence, however few the words: it grants less.
func TestExceptionAddedToGrant(t *testing.T) {
	text := strings.Replace(mitText, "without restriction,", "without restriction except as noted below,", 1)
	if text == mitText {
		t.Fatal("mitText has changed")
	}
	r := Identify("LICENSE", []byte("Copyright (c) 2014 A\n\n"+text))
	if len(r.IDs()) != 0 || r.Certainty != Probable {
		t.Errorf("MIT with an exception added: %v, %s, want no licence named, probably modified", r.IDs(), r.Certainty)
	}
}

// TestLongLicenceWithAFileList guards that a long licence whose clause lists the
// files it does not cover, instead of naming the file that lists them (Ruby's older
// text: "They are gc.c(partly), utils.c(partly), regex.[ch] …"), is still that
// licence: the list states no terms.
func TestLongLicenceWithAFileList(t *testing.T) {
	ruby := spdxText(t, "Ruby")
	i := strings.Index(ruby, "For the list of those files")
	j := strings.Index(ruby[max(0, i):], "LEGAL.")
	if i < 0 || j < 0 {
		t.Fatalf("Ruby's text has changed:\n%s", ruby)
	}
	old := ruby[:i] + "They are gc.c(partly), utils.c(partly), regex.[ch], st.[ch] and some\n" +
		"files under the ./missing directory.  See each file for the copying\ncondition." + ruby[i+j+len("LEGAL."):]
	if got := strings.Join(Identify("COPYING", []byte(old)).IDs(), ","); got != "Ruby" {
		t.Errorf("Ruby's older text: %s, want Ruby", got)
	}
}

// TestTextsNamedSince guards licence texts that other tools name by names of their
// own and that the SPDX list names now: MIT with X11's advertising clause before the
// disclaimer is X11-swapped, dtoa's notice with other names is dtoa, and the notice
// without HPND's disclaimer paragraph is HPND. BSD-3-Clause with licensecheck's
// no-trademark sentence, which the SPDX list lacks, is a LicenseRef for review.
func TestTextsNamedSince(t *testing.T) {
	noAd := strings.Replace(mitText, "THE SOFTWARE IS PROVIDED", "Except as contained in this notice, the name(s) of the above\n"+
		"copyright holders shall not be used in advertising or otherwise\nto promote the sale, use or other dealings in this Software\n"+
		"without prior written authorization.\n\nTHE SOFTWARE IS PROVIDED", 1)
	dtoa := `The author of this software is Go Gopher.

Copyright (c) 1991, 2000, 2001 by Gopher Industries.

Permission to use, copy, modify, and distribute this software for any
purpose without fee is hereby granted, provided that this entire notice
is included in all copies of any software which is or includes a copy
or modification of this software and in all copies of the supporting
documentation for such software.

THIS SOFTWARE IS BEING PROVIDED "AS IS", WITHOUT ANY EXPRESS OR IMPLIED
WARRANTY.  IN PARTICULAR, NEITHER THE AUTHOR NOR GOPHER INDUSTRIES MAKES ANY
REPRESENTATION OR WARRANTY OF ANY KIND CONCERNING THE MERCHANTABILITY
OF THIS SOFTWARE OR ITS FITNESS FOR ANY PARTICULAR PURPOSE.
`
	hpnd := `Copyright 1989 Example Institute

Permission to use, copy, modify, and distribute this software and its
documentation for any purpose and without fee is hereby granted, provided
that the above copyright notice appear in all copies and that both that
copyright notice and this permission notice appear in supporting
documentation, and that the name of Example not be used in advertising
or publicity pertaining to distribution of the software without specific,
written prior permission.  Example makes no representations about the
suitability of this software for any purpose.  It is provided "as is"
without express or implied warranty.
`
	bsd := spdxText(t, "BSD-3-Clause")
	noTrademark := strings.Replace(bsd, "prior written permission.", "prior written permission. No license is granted to the trademarks of\n"+
		"the copyright holders even if such marks are included in this software.", 1)
	for _, c := range []struct{ name, text, want string }{
		{"MIT with X11's clause", "Copyright (c) 2014 A\n\n" + noAd, "X11-swapped"},
		{"dtoa", dtoa, "dtoa"},
		{"HPND without its disclaimer", hpnd, "HPND"},
		{"BSD-3-Clause without trademarks", noTrademark, "LicenseRef-BSD-3-Clause-NoTrademark"},
	} {
		if got := strings.Join(Identify("LICENSE", []byte(c.text)).IDs(), ","); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

// TestExceptionLinks guards that a link to an exception's own page names no licence
// (the exception alone grants nothing), while a link to a licence-with-exception's
// page names both.
func TestExceptionLinks(t *testing.T) {
	if got := Identify("README", []byte("See https://opensource.org/licenses/wxwindows for the terms.\n")).IDs(); len(got) != 0 {
		t.Errorf("a link to the wxWindows exception's page: %v, want none", got)
	}
	got := Identify("README", []byte("See https://spdx.org/licenses/GPL-2.0-with-classpath-exception.html for the terms.\n")).IDs()
	if strings.Join(got, ",") != "GPL-2.0-or-later WITH Classpath-exception-2.0" && strings.Join(got, ",") != "GPL-2.0-only WITH Classpath-exception-2.0" {
		t.Errorf("a link to the GPL with the Classpath exception: %v", got)
	}
}

// TestLicensorGrantsUnder guards the notice in which the licensor speaks ("The .NET
// Foundation licenses this file to you under the MIT license."): a short reference to
// the licence of this file, whoever the sentence opens with.
func TestLicensorGrantsUnder(t *testing.T) {
	text := "// Licensed to the .NET Foundation under one or more agreements.\n// The .NET Foundation licenses this file to you under the MIT license.\n\nnamespace Widget { class A {} }\n"
	if got := strings.Join(Identify("A.cs", []byte(text)).IDs(), ","); got != "MIT" {
		t.Errorf("IDs %s, want MIT", got)
	}
	prose := "Many foundations license their projects under permissive terms; some license them under the MIT license.\n"
	if got := Identify("README", []byte(prose)).IDs(); len(got) != 0 {
		t.Errorf("prose about licensing: %v, want none", got)
	}
}

// TestNeighbourSharingWords guards a licence file whose middle licence shares words with
// the one above it (ISC's "copyright notice and this permission notice" in MIT's
// text): the middle one is compared on its own stretch, and found.
func TestNeighbourSharingWords(t *testing.T) {
	text := "== a ==\n\n" + spdxText(t, "MIT") + "\n\n== b ==\n\n" + spdxText(t, "ISC") + "\n\n== c ==\n\n" + spdxText(t, "Zlib")
	if got := strings.Join(Identify("NOTICE", []byte(text)).IDs(), ","); got != "MIT,ISC,Zlib" {
		t.Errorf("IDs %s, want MIT,ISC,Zlib", got)
	}
}

// TestTagParentheses guards that parentheses around a whole tag expression change
// nothing: "(MIT OR Apache-2.0)" is "MIT OR Apache-2.0", and inner ones stay.
func TestTagParentheses(t *testing.T) {
	for tag, want := range map[string]string{
		"(MIT OR Apache-2.0)":                    "MIT OR Apache-2.0",
		"((MIT OR Apache-2.0))":                  "MIT OR Apache-2.0",
		"(MIT OR Apache-2.0) AND (BSD-3-Clause)": "(MIT OR Apache-2.0) AND (BSD-3-Clause)",
	} {
		got := Identify("a.go", []byte("// SPDX-License-Identifier: "+tag+"\npackage a\n")).IDs()
		if strings.Join(got, ",") != want {
			t.Errorf("tag %s: %v, want %s", tag, got, want)
		}
	}
}

// TestBSDConditionsWithOwnDisclaimer guards BSD-3-Clause's conditions kept word for
// word with a disclaimer of the project's own (the University of California's two
// paragraphs): that is BSD-3-Clause, though the disclaimer is more than half of the
// licence's words. A sentence of terms added among the conditions still makes it a
// modified licence, for a person to read.
func TestBSDConditionsWithOwnDisclaimer(t *testing.T) {
	bsd := spdxText(t, "BSD-3-Clause")
	at := strings.Index(bsd, "THIS SOFTWARE IS PROVIDED")
	if at < 0 {
		t.Fatalf("BSD-3-Clause's text has changed:\n%s", bsd)
	}
	own := bsd[:at] + `IN NO EVENT SHALL REGENTS BE LIABLE TO ANY PARTY FOR DIRECT, INDIRECT,
SPECIAL, INCIDENTAL, OR CONSEQUENTIAL DAMAGES, INCLUDING LOST PROFITS,
ARISING OUT OF THE USE OF THIS SOFTWARE AND ITS DOCUMENTATION, EVEN IF
REGENTS HAS BEEN ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

REGENTS SPECIFICALLY DISCLAIMS ANY WARRANTIES, INCLUDING, BUT NOT
LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
A PARTICULAR PURPOSE. THE SOFTWARE AND ACCOMPANYING DOCUMENTATION, IF
ANY, PROVIDED HEREUNDER IS PROVIDED "AS IS". REGENTS HAS NO OBLIGATION
TO PROVIDE MAINTENANCE, SUPPORT, UPDATES, ENHANCEMENTS, OR MODIFICATIONS.
`
	if got := strings.Join(Identify("LICENSE", []byte(own)).IDs(), ","); got != "BSD-3-Clause" {
		t.Errorf("BSD-3-Clause's conditions with a disclaimer of its own: %s, want BSD-3-Clause", got)
	}
	restricted := bsd[:at] + "The software may not be used for commercial purposes without a licence bought from the copyright holder.\n\n" + bsd[at:]
	if r := Identify("LICENSE", []byte(restricted)); len(r.IDs()) != 0 || r.Certainty != Probable {
		t.Errorf("BSD-3-Clause with a restriction added: %v, %s, want none, probably modified", r.IDs(), r.Certainty)
	}
}
