package license

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/github/go-spdx/v2/spdxexp"
)

// TestRoles guards the reading of who is who: the licence of the asker's own work
// (what code goes into) against the licence of the code taken in, wherever the sentence
// names each, and the questions whose direction is open.
func TestRoles(t *testing.T) {
	cases := []struct {
		text, in, out string
		reading       Reading
	}{
		{"can I release my fork of an MIT project under the GPL?", "MIT", "GPL-3.0-only", RolesSaid},
		{"our GPL-2.0-only app uses MIT code", "MIT", "GPL-2.0-only", RolesSaid},
		{"our MIT app uses GPL code. Is that a problem?", "GPL-3.0-only", "MIT", RolesSaid},
		{"We want to relicense our MIT project as Apache 2.0", "MIT", "Apache-2.0", RolesSaid},
		{"Can I relicense GPL code as MIT?", "GPL-3.0-only", "MIT", RolesSaid},
		{"We ship a desktop app under MIT and want to bundle a library that is LGPL-2.1.", "LGPL-2.1-only", "MIT", RolesSaid},
		{"If I fork a BSD-3 project, can my fork be GPLv3?", "BSD-3-Clause", "GPL-3.0-only", RolesSaid},
		{"Can an Apache project include a GPL-licensed dependency?", "GPL-3.0-only", "Apache-2.0", RolesSaid},
		{"is Apache-2.0 compatible with GPL-2.0-only?", "Apache-2.0", "GPL-2.0-only", RolesAssumed},
		{"MIT and GPL-2.0-only: can one include the other?", "MIT", "GPL-2.0-only", RolesAmbiguous},
		// The work said after its licence, by its subject or by what it is for.
		{"vcmi is GPL2+ and bundles fuzzylite, which is under Apache 2. OK if the result is treated as GPL3?", "Apache-2.0", "GPL-2.0-or-later", RolesSaid},
		{"Can GPL software link to Apache libraries?", "Apache-2.0", "GPL-3.0-only", RolesSaid},
		{"I'm using the MIT license for my project. Can I include a file that is under the LGPL?", "LGPL-3.0-only", "MIT", RolesSaid},
		{"Can I use an LGPL library from Apache licensed code?", "LGPL-3.0-only", "Apache-2.0", RolesSaid},
		// The work said before its licence, in more ways.
		{"Can Apache 2.0 licensed code be used in a project licensed under GPLv2?", "Apache-2.0", "GPL-2.0-only", RolesSaid},
		{"I have a project on GitHub under the MIT license. A pull request copies code from a GPL project. Can I merge it?", "GPL-3.0-only", "MIT", RolesSaid},
		{"I want to write a Minecraft mod using code from an LGPL library. Can the mod be MIT?", "LGPL-3.0-only", "MIT", RolesSaid},
		{"I maintain an ISC-licensed npm package and want to vendor an Apache-2.0 dependency into it.", "Apache-2.0", "ISC", RolesSaid},
		{"GPLv2+ into GPLv3?", "GPL-2.0-or-later", "GPL-3.0-only", RolesSaid},
		{"Apache → GPLv2?", "Apache-2.0", "GPL-2.0-only", RolesSaid},
		{`Can I use this crate licensed as "MIT OR Apache-2.0" in a GPL-2.0-only kernel module?`, "MIT OR Apache-2.0", "GPL-2.0-only", RolesSaid},
		// The sentence that asks, after background naming other licences.
		{"Our docs talk about GPLv2 and GPLv3 a lot. Could I base an Apache-2.0 licensed tool on code that is GPLv1?", "GPL-1.0-only", "Apache-2.0", RolesSaid},
		{"We maintain a daemon that is GPL v2. Can we add a module under the Apache license?", "Apache-2.0", "GPL-2.0-only", RolesSaid},
		{"I'm writing a library that I license as GPL 3.0; one dependency is LGPL 2.1 or later. OK to link it statically?", "LGPL-2.1-or-later", "GPL-3.0-only", RolesSaid},
	}
	for _, c := range cases {
		q, ok := ParseQuestion(c.text)
		if !ok || q.Kind != AskCompatibility || q.Licenses[0] != c.in || q.Licenses[1] != c.out || q.Reading != c.reading {
			t.Errorf("%q: got kind %d %q reading %d, want %s into %s reading %d", c.text, q.Kind, q.Licenses, q.Reading, c.in, c.out, c.reading)
		}
	}
}

// TestChoicesAndVersions guards how licences named together are joined and how
// versions and exceptions said in words are kept.
func TestChoicesAndVersions(t *testing.T) {
	cases := []struct{ text, expr string }{
		{"it is dual licensed under MIT or GPLv2; ok in our app?", "MIT OR GPL-2.0-only"},
		{"an MIT/Apache-2.0 crate in our app?", "MIT OR Apache-2.0"},
		{"either BSD-3-Clause or MIT, for our app?", "BSD-3-Clause OR MIT"},
		{"tri-licensed MPL, GPL and LGPL code in our product?", "MPL-2.0 OR GPL-3.0-only OR LGPL-3.0-only"},
		{"MeCab can be used under the GPL, the LGPL or a BSD licence. ok in our product?", "GPL-3.0-only OR LGPL-3.0-only OR BSD-3-Clause"},
		{"the GPL library (GPLv2) in our product?", "GPL-2.0-only"},
		{"GPLv2 with the Classpath exception in our product?", "GPL-2.0-only WITH Classpath-exception-2.0"},
		{"Apache 2.0 with LLVM exception in our product?", "Apache-2.0 WITH LLVM-exception"},
		{"CC BY-SA 3.0 images in our app?", "CC-BY-SA-3.0"},
		{"is GPLv2+ fine for our product?", "GPL-2.0-or-later"},
		{"an LGPL'd library in our app?", "LGPL-3.0-only"},
		{"GPL v3 or any later version in our product?", "GPL-3.0-or-later"},
		{"OSL 3.0 code in our product?", "OSL-3.0"},
		{"either the MIT license or the Apache License 2.0, at your option; ok in our app?", "MIT OR Apache-2.0"},
		{"code under the GNU Lesser General Public License 2.1 in our product?", "LGPL-2.1-only"},
		{"code under the Eclipse Public License 1.0 in our product?", "EPL-1.0"},
		{"zlib/libpng licensed code in our product?", "Zlib"},
		{"MIT/X11 code in our product?", "MIT"},
		{"GPL v.2 in our product?", "GPL-2.0-only"},
	}
	for _, c := range cases {
		q, ok := ParseQuestion(c.text)
		if !ok || q.Expression != c.expr {
			t.Errorf("%q: got %q (ok %v), want %q", c.text, q.Expression, ok, c.expr)
		}
	}
}

// TestOrdinaryWords guards that everyday words are no licences unless the sentence
// says so, and that well-known projects are read as their licences.
func TestOrdinaryWords(t *testing.T) {
	if q, _ := ParseQuestion("code under the Python license in our app?"); q.Expression != "Python-2.0" {
		t.Errorf("the Python license, said so: got %q", q.Expression)
	}
	for _, text := range []string{"is it fair to ship a Python script?", "our JSON parser crashes, can you help?",
		"is our Ruby gem free and open?", "we use curl in CI, is that ok?",
		"we want free documentation for our product", "we give away free art in our game"} {
		if q, ok := ParseQuestion(text); ok {
			t.Errorf("%q: read licences %q", text, q.Licenses)
		}
	}
	for text, expr := range map[string]string{
		"we ship BusyBox in our router":                     "GPL-2.0-only",
		"can we bundle OpenJDK with our app?":               "GPL-2.0-only WITH Classpath-exception-2.0",
		"can our app link the MySQL client library?":        "GPL-2.0-only WITH Universal-FOSS-exception-1.0",
		"we link libstdc++ statically, ok?":                 "GPL-3.0-or-later WITH GCC-exception-3.1",
		"our player ships FFmpeg DLLs, ok?":                 "LGPL-2.1-or-later",
		"a driver for the Linux kernel in our product, ok?": "GPL-2.0-only",
	} {
		if q, ok := ParseQuestion(text); !ok || q.Expression != expr || len(q.Projects) == 0 {
			t.Errorf("%q: got %q (projects %v), want %q from the project data", text, q.Expression, q.Projects, expr)
		}
	}
}

// TestUseFromWhatIsDone guards reading the use from what is done rather than from the
// word "use".
func TestUseFromWhatIsDone(t *testing.T) {
	cases := []struct{ text, use string }{
		{"GPL JavaScript served to browsers from our site, ok?", "distribute"},
		{"can we compile our closed product with GCC?", "internal"},
		{"we give customers a Docker image with GPLv2 tools in it", "distribute"},
		{"our SaaS ships an agent to customer servers; the agent uses LGPL code", "distribute"},
		{"our desktop app loads an LGPL codec as a plugin at runtime", "dynamic_link"},
		{"we vendor a GPL-2.0 library and compile it in", "static_link"},
		{"an AGPL service we host for customers, ok?", "saas"},
	}
	for _, c := range cases {
		if q, _ := ParseQuestion(c.text); q.Use != c.use {
			t.Errorf("%q: use %q, want %q", c.text, q.Use, c.use)
		}
	}
}

// TestTopics guards that OSPO questions without a licence are recognised for what they
// are, so that they are answered instead of "no licence found".
func TestTopics(t *testing.T) {
	cases := map[string]string{
		"my employer wants me to sign a CLA for the project, can I?": "cla",
		"does my employer own my side project?":                      "employer",
		"can I contribute a fix upstream on company time?":           "contribute",
		"which license should I choose for our new library?":         "choose",
		"the terms say non-commercial use only, can we use it?":      "noncommercial",
		"what does attribution mean for us?":                         "attribution",
	}
	for text, want := range cases {
		if got := TopicOf(text); got != want {
			t.Errorf("%q: topic %q, want %q", text, got, want)
		}
		if _, ok := TopicNamed(want); !ok {
			t.Errorf("topic %q has no answer in data/topics.json", want)
		}
	}
}

// TestLooksLikeLicenseText guards that a pasted licence is told from a long question by
// its content: the licence texts in testdata are licences, long questions are not.
func TestLooksLikeLicenseText(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no licence texts in testdata")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !LooksLikeLicenseText(string(data)) {
			t.Errorf("%s not taken for a licence text", f)
		}
	}
	question := "We ship a desktop app under MIT and want to bundle a library that is LGPL-2.1; users can swap the DLL.\n" +
		"The installer also includes a font under the OFL and some icons. What do we need to do?"
	if LooksLikeLicenseText(question) {
		t.Error("a long question taken for a licence text")
	}
	// A short question without a question mark, naming no licence the bot knows.
	if short := "chip vendor here. what license lets one driver source go into both linux and freebsd"; LooksLikeLicenseText(short) {
		t.Error("a short question with no question mark taken for a licence text")
	}
	// A question may quote the licence it is about, several of its phrases at once.
	quoting := "The MIT license says \"Permission is hereby granted, free of charge, to any person obtaining a copy\" and that " +
		"\"the above copyright notice and this permission notice shall be included\", \"subject to the following conditions\". " +
		"Does that mean we must show the notice in our mobile app?"
	if LooksLikeLicenseText(quoting) {
		t.Error("a question quoting three phrases of the MIT licence taken for a licence text")
	}
	if q, ok := ParseQuestion(quoting); !ok || q.Expression != "MIT" || q.Use != "mobile" {
		t.Errorf("the quoting question read as %q for %q", q.Expression, q.Use)
	}
}

// TestCompatibilityRoutes guards each route to a compatibility answer besides the
// matrix's own entry.
func TestCompatibilityRoutes(t *testing.T) {
	cases := []struct {
		in, out, use, answer, basis string
	}{
		{"Apache-2.0", "GPL-2.0-or-later", "", "Yes", "OSADL matrix, by “or later”"}, // the work moves to GPL-3.0
		{"GPL-2.0-or-later", "GPL-3.0-only", "", "Yes", "OSADL matrix"},
		{"Apache-2.0 WITH LLVM-exception", "GPL-2.0-only", "", "Yes", "LLVM project"},
		{"CC-BY-SA-4.0", "GPL-3.0-only", "", "Yes", "Creative Commons"},
		{"GPL-3.0-or-later WITH GCC-exception-3.1", "MIT", "", "Check dependency", "the GCC-exception-3.1 exception"},
		{"LGPL-2.1-only", "MIT", "dynamic_link", "Yes", "the LGPL's own terms"},
		{"Apache-2.0 OR MIT", "GPL-2.0-only", "", "Yes", "OSADL matrix"},
		{"Apache-2.0 AND MIT", "GPL-2.0-only", "", "No", "OSADL matrix"},
		// CC BY before 4.0 is not on the FSF's list of GPL-compatible licences; into any
		// other work, Creative Commons' own terms still let it go.
		{"CC-BY-3.0", "GPL-2.0-or-later", "", "No", "FSF licence list"},
		{"CC-BY-2.5", "LGPL-2.1-only", "", "No", "FSF licence list"},
		{"CC-BY-3.0", "AGPL-3.0-only", "", "No", "FSF licence list"},
		{"CC-BY-4.0", "GPL-3.0-or-later", "", "Yes", "FSF licence list"},
		{"CC-BY-3.0", "CC-BY-SA-4.0", "", "Yes", "Creative Commons"},
	}
	for _, c := range cases {
		got := CompatibleFor(c.in, c.out, c.use)
		if got.Answer != c.answer || got.Basis != c.basis {
			t.Errorf("%s into %s (%s): %q by %q (%s), want %q by %q", c.in, c.out, c.use, got.Answer, got.Basis, got.Reason, c.answer, c.basis)
		}
	}
	if got := CompatibleExpr("NPOSL-3.0", "GPL-3.0-only"); got.Answer != "" || !strings.Contains(got.Reason, "does not cover NPOSL-3.0") {
		t.Errorf("a pair the data lacks: %+v", got)
	}
}

// TestQuestionData checks the data files questions are read with: every project's
// licence is a valid SPDX expression with a source address, every compatibility fact
// names a steward's page and answers as the matrix does (Yes, No, Check dependency), every topic has its source.
func TestQuestionData(t *testing.T) {
	for name, p := range Projects() {
		if _, err := spdxexp.ExtractLicenses(p.License); err != nil || !strings.HasPrefix(p.Source, "https://") {
			t.Errorf("project %q: licence %q (%v), source %q", name, p.License, err, p.Source)
		}
		if len(p.Variants) > 0 && p.Default == "" {
			t.Errorf("project %q has variants but does not say which versions its licence is for", name)
		}
		for _, v := range p.Variants {
			_, err := spdxexp.ExtractLicenses(v.License)
			_, reErr := regexp.Compile(v.Flag)
			if err != nil || reErr != nil || v.Before == "" && v.Flag == "" || v.Said == "" || !strings.HasPrefix(v.Source, "https://") {
				t.Errorf("project %q, variant %+v: licence %v, flag %v", name, v, err, reErr)
			}
		}
	}
	for _, p := range compatExtraList() {
		if !strings.HasPrefix(p.Source, "https://") || !slices.Contains([]string{"Yes", "No", "Check dependency"}, p.Answer) || p.Reason == "" {
			t.Errorf("compatibility fact %+v", p)
		}
	}
	for name, tp := range topics() {
		if !strings.HasPrefix(tp.Source, "https://") && !(tp.Own && tp.Source == "") || len(tp.Answer) == 0 {
			t.Errorf("topic %q: %+v", name, tp)
		}
		// The typed form of a topic's button must come back to the topic.
		if q, named := ParseQuestion(tp.Ask); named || q.Topic != name {
			t.Errorf("topic %q: its question %q is read as topic %q (names a licence: %v)", name, tp.Ask, q.Topic, named)
		}
	}
	for id, cs := range clauses().Licenses {
		for _, c := range cs {
			if clauses().Conditions[c] == "" {
				t.Errorf("clauses of %s: unknown condition %q", id, c)
			}
		}
	}
	for c, r := range clauses().Reach {
		if clauses().Conditions[c] == "" || r < 1 || r > 5 {
			t.Errorf("reach of condition %q: %d, for a condition the data does not hold or out of 1 to 5", c, r)
		}
	}
}

// TestPartlyUnknown guards that a question naming, besides known licences, a licence
// the bot does not know is not answered as if it named only the known ones.
func TestPartlyUnknown(t *testing.T) {
	q, ok := ParseQuestion("can we ship MIT code and a library under the Foo-2.0 license in our app?")
	if !ok || !q.Partial || len(q.Unknown) != 1 || q.Unknown[0] != "Foo-2.0" {
		t.Errorf("got partial %v unknown %q", q.Partial, q.Unknown)
	}
	if q, _ := ParseQuestion("we use log4j-2.17 under Apache-2.0 in our app, ok?"); q.Partial {
		t.Errorf("a version of a program taken for an unknown licence: %q", q.Unknown)
	}
}

// TestProjectVersions guards reading a project by the version or build a question gives:
// OpenSSL changed licence at 3.0, Qt 4 was under another, FFmpeg built with --enable-gpl
// is GPL; with neither, the licence of the default is taken and the question says so.
func TestProjectVersions(t *testing.T) {
	for _, c := range []struct{ text, want, how string }{
		{"Can we use OpenSSL 1.1.1 in our GPLv2 program?", "OpenSSL", "version 1.1.1"},
		{"Can we use OpenSSL v3.0 in our GPLv2 program?", "Apache-2.0", "version 3.0"},
		{"Can we use OpenSSL in our GPLv2 program?", "Apache-2.0", "no version"},
		{"We link Qt4 dynamically in our closed app", "LGPL-2.1-only WITH Qt-LGPL-exception-1.1 OR GPL-3.0-only", "version 4"},
		{"We link Qt 6 dynamically in our closed app", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", "version 6"},
		{"We build FFmpeg with --enable-gpl and ship it", "GPL-2.0-or-later", "--enable-gpl"},
		{"We ship FFmpeg in our installer", "LGPL-2.1-or-later", "assumed a build without --enable-gpl"},
		{"Is Elasticsearch 7.10 fine for our SaaS?", "Apache-2.0", "7.10 and earlier"},
		{"can we use ggplot2 in our closed app?", "MIT", "assumed ggplot2 3.3.3 and later"}, // the 2 is the name's, not a version
		{"we use ggplot2 3.3.0 in our r package", "GPL-2.0-only", "version 3.3.0"},
		// OpenDyslexic moved to the OFL; the 2016 packaging was under CC BY and Vera's terms.
		{"our moodle theme ships the OpenDyslexic font files, ok?", "OFL-1.1", "assumed OpenDyslexic 3 and later"},
		{"can we ship opendyslexic 2 in our app?", "CC-BY-3.0 AND Bitstream-Vera", "version 2"},
	} {
		q, _ := ParseQuestion(c.text)
		if len(q.Projects) != 1 || q.Projects[0].License != c.want || !strings.Contains(q.Projects[0].How, c.how) {
			t.Errorf("%q: projects %+v, want %s read with %q", c.text, q.Projects, c.want, c.how)
		}
	}
	if q, _ := ParseQuestion("Can we ship BusyBox in our router?"); len(q.Projects) != 1 || q.Projects[0].How != "" {
		t.Errorf("a project with one licence says nothing of versions: %+v", q.Projects)
	}
}

// TestUnknownExceptions guards that a licence named with an exception the reader does
// not know gets no verdict as if the exception were not there, while known exceptions,
// SPDX's or in words, are kept.
func TestUnknownExceptions(t *testing.T) {
	for _, text := range []string{"GPL-2.0 WITH Foo-exception in our app?", "GPL with the Acme linking exception in our product?",
		"Is GPL-2.0 with the OpenSSL exception fine for us?"} {
		if q, _ := ParseQuestion(text); !q.Partial || len(q.Unknown) != 1 {
			t.Errorf("%q: partial %v, unknown %q; want the exception reported unknown", text, q.Partial, q.Unknown)
		}
	}
	for _, text := range []string{"GPLv2 with the Classpath exception in our product?", "GPL-3.0-or-later WITH GCC-exception-3.1 ok?",
		"Apache 2.0 with LLVM exception in our product?"} {
		if q, _ := ParseQuestion(text); q.Partial || !strings.Contains(q.Expression, " WITH ") {
			t.Errorf("%q: partial %v, expression %q; want the exception kept", text, q.Partial, q.Expression)
		}
	}
	// "a special exception clause saying modules don't have to be GPL" names none: the
	// licence is asked about; a special exception to link something may be a known one.
	if q, _ := ParseQuestion("people say the gpl-2.0 kernel comes with a special exception clause for binary modules. does it?"); q.Partial {
		t.Errorf("a special exception that names nothing reported unknown: %q", q.Unknown)
	}
	if q, _ := ParseQuestion("GPLv2 with a special exception for linking the Acme engine, ok in our product?"); !q.Partial {
		t.Errorf("a special exception for linking read as none: %q", q.Expression)
	}
	// Such an exception unnamed is a linking exception the message does not name, not a
	// licence called "special exception"; with the project's own exception read, none.
	if q, _ := ParseQuestion(`the ocaml-cairo source headers say lgpl 3 or later "with the special exception on linking described in LICENSE". what's the actual licence?`); !slices.Equal(q.Unknown, []string{"linking exception"}) {
		t.Errorf("a special exception on linking: unknown %q, want the unnamed linking exception", q.Unknown)
	}
	if q, _ := ParseQuestion("Our firmware uses FreeRTOS v8, which was GPL with a special exception. Our application is statically linked with the kernel. Do we have to open it?"); q.Partial {
		t.Errorf("FreeRTOS's own exception reported unknown: %q", q.Unknown)
	}
}
