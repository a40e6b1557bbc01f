package license

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// TestParseQuestion is the question-understanding table: licence names, aliases and
// misspellings, expressions, and the use each phrasing means.
func TestParseQuestion(t *testing.T) {
	cases := []struct {
		text, expr, use string
		kind            QuestionKind
	}{
		{"can we use an AGPL library in our SaaS?", "AGPL-3.0-only", "saas", AskVerdict},
		{"GPLv2+ in firmware we ship?", "GPL-2.0-or-later", "distribute", AskVerdict},
		{"is it ok to statically link LGPL 2.1?", "LGPL-2.1-only", "static_link", AskVerdict},
		{"what do I need to do to ship MIT code in our app?", "MIT", "distribute", AskVerdict},
		{"GPL 2 or later in our product?", "GPL-2.0-or-later", "distribute", AskVerdict},
		{"Apache 2 for internal tooling?", "Apache-2.0", "internal", AskVerdict},
		{"new BSD in the iOS app?", "BSD-3-Clause", "mobile", AskVerdict},
		{"Expat licensed code, hosted service?", "MIT", "saas", AskVerdict},
		{"can I dynamically link LGPLv2.1?", "LGPL-2.1-only", "dynamic_link", AskVerdict},
		{"MIT OR Apache-2.0 in our backend?", "MIT OR Apache-2.0", "saas", AskVerdict},
		{"GPL-2.0-only WITH Classpath-exception-2.0 statically linked?", "GPL-2.0-only WITH Classpath-exception-2.0", "static_link", AskVerdict},
		{"can we fork an MPL 2.0 project?", "MPL-2.0", "modify", AskVerdict},
		{"is BUSL ok?", "BUSL-1.1", "", AskVerdict},
		{"Elastic License v2 on our cloud?", "Elastic-2.0", "saas", AskVerdict},
		{"redis 7.4 is under RSALv2 or SSPLv1. can we use it in our saas?", "LicenseRef-RSALv2 OR SSPL-1.0", "saas", AskVerdict},
		{"is Apache-2.0 compatible with GPL-2.0-only?", "Apache-2.0 AND GPL-2.0-only", "", AskCompatibility},
		{"can I put MPL-2.0 files into an MIT project?", "MPL-2.0 AND MIT", "", AskCompatibility},
	}
	for _, c := range cases {
		q, ok := ParseQuestion(c.text)
		if !ok || q.Expression != c.expr || q.Use != c.use || q.Kind != c.kind {
			t.Errorf("%q: got %+v (ok %v), want expression %q use %q kind %d", c.text, q, ok, c.expr, c.use, c.kind)
		}
	}
	if _, ok := ParseQuestion("is that fine?"); ok {
		t.Error("found a licence in a question that names none")
	}
}

// TestQuestionReadings: a licence named loosely is reported with what its name left
// open; an exact ID, an alias that names one licence and a written expression are not.
func TestQuestionReadings(t *testing.T) {
	cases := []struct {
		text string
		want []Assumption
	}{
		{"can we use an AGPL library in our SaaS?", []Assumption{{"AGPL", "AGPL-3.0-only", noGNU}}},
		{"GPLv2 in firmware?", []Assumption{{"GPLv2", "GPL-2.0-only", noLater}}},
		{"GPL-2.0 in firmware?", []Assumption{{"GPL-2.0", "GPL-2.0-only", retiredGNU}}},
		{"BSD and MPL in the app?", []Assumption{{"BSD", "BSD-3-Clause", noClauses}, {"MPL", "MPL-2.0", noVersion}}},
		{"is BSL ok?", []Assumption{{"BSL", "BSL-1.0", assumed["bsl"]}}},
		{"Müller asks: is the Mozilla licence fine?", []Assumption{{"Mozilla", "MPL-2.0", noVersion}}},
		{"gnu  affero for SaaS?", []Assumption{{"gnu  affero", "AGPL-3.0-only", noGNU}}},
		{"GPLv2+ in firmware?", nil},
		{"GPL-2.0-only in firmware?", nil},
		{"LGPL 2.1 or later, statically linked?", nil},
		{"new BSD in the app?", nil},
		{"Apache 2 for internal tooling?", nil},
		{"MIT OR Apache-2.0 in the app?", nil}, // an expression is used as written
		// but a retired GNU ID in it is read as what it meant, saying so
		{"MIT OR GPL-2.0 in the app?", []Assumption{{"GPL-2.0", "GPL-2.0-only", retiredGNU}}},
	}
	for _, c := range cases {
		q, ok := ParseQuestion(c.text)
		if !ok || !slices.Equal(q.Assumed, c.want) {
			t.Errorf("%q: assumed %q, want %q", c.text, q.Assumed, c.want)
		}
	}
}

// TestLicensesInOrderOfMention: exact IDs and common names keep the order they were
// written in, which gives a compatibility question its direction.
func TestLicensesInOrderOfMention(t *testing.T) {
	for text, want := range map[string][]string{
		"is GPL compatible with Apache-2.0?":         {"GPL-3.0-only", "Apache-2.0"},
		"is Apache-2.0 compatible with GPLv2?":       {"Apache-2.0", "GPL-2.0-only"},
		"can I put LGPL 2.1 files into an MIT repo?": {"LGPL-2.1-only", "MIT"},
		"MIT, then new BSD, then MPL-2.0":            {"MIT", "BSD-3-Clause", "MPL-2.0"},
	} {
		if got := FindLicenses(text); !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
	q, _ := ParseQuestion("is GPL compatible with Apache-2.0?")
	if q.Kind != AskCompatibility || q.Licenses[0] != "GPL-3.0-only" {
		t.Errorf("compatibility question read as %+v", q)
	}
}

// TestCompatibilityDirection: the licence said of the work ("a GPLv2 project") is the
// one code goes into, wherever the sentence names it; the other is the code taken in.
func TestCompatibilityDirection(t *testing.T) {
	for text, want := range map[string][2]string{
		"can our GPL-2.0-only project include Apache-2.0 code?":          {"Apache-2.0", "GPL-2.0-only"},
		"is it ok to use Apache-licensed code in a GPLv2 project?":       {"Apache-2.0", "GPL-2.0-only"},
		"Can a GPLv2 project use MIT code?":                              {"MIT", "GPL-2.0-only"},
		"MIT code in an AGPL-3.0-only product?":                          {"MIT", "AGPL-3.0-only"},
		"can I include LGPL 2.1 code in an Apache 2.0 project?":          {"LGPL-2.1-only", "Apache-2.0"},
		"may our MIT-licensed repository vendor an MPL-2.0 library?":     {"MPL-2.0", "MIT"},
		"is GPL-3.0-only compatible with our Apache-2.0 project?":        {"GPL-3.0-only", "Apache-2.0"},
		"can we add EPL-2.0 code to an Apache-2.0 licensed application?": {"EPL-2.0", "Apache-2.0"},
		// Code called into is taken in, not gone into.
		"a few of our mit files call into gpl code. can those files stay mit?": {"GPL-3.0-only", "MIT"},
		// The work may be named in three words before the licence it is to keep.
		"grafana went agpl. can our bigquery datasource plugin stay mit?": {"AGPL-3.0-only", "MIT"},
		// "it says" opening a sentence gives the licence of what was just named.
		"can go-kit (mit) import juju/ratelimit? it says lgplv3 and go links statically": {"LGPL-3.0-only", "MIT"},
		// A licence put on the asker's version of code under another.
		"can i take wtfpl code, slap gplv3+ on it and ship it?":            {"WTFPL", "GPL-3.0-or-later"},
		"did a remix of a font (ofl 1.1), can i just slap mit on my fork?": {"OFL-1.1", "MIT"},
		// A work named by its kind "that is" under a licence, where the code goes.
		"I'd like to bring a GPL-3.0 Unity plugin over to rbfx, a C++ game engine that is MIT licensed. Can that port go into the engine?": {"GPL-3.0-only", "MIT"},
		// The licence code is asked to be shipped under is the work's.
		"We embed a player because it's MIT. But its i18n code says it comes from Drupal under GPL2. Can that code really be shipped under MIT?": {"GPL-2.0-or-later", "MIT"},
		// A licence said of a fork is the fork's, the work; one said of what was forked
		// (upstream, the original, the thing "itself") is the code taken in.
		"Your vpnc fork has a GPLv3 LICENSE file, but vpnc is GPLv2. Isn't the licence file wrong?":            {"GPL-2.0-only", "GPL-3.0-only"},
		"their fork of the engine carries an apache-2.0 licence, but the original engine is gpl-2.0. allowed?": {"GPL-2.0-only", "Apache-2.0"},
		"the fork is under MIT while upstream is LGPL-2.1. can they do that?":                                  {"LGPL-2.1-only", "MIT"},
		"my fork of libfoo is MIT but libfoo itself is GPLv3. is that ok?":                                     {"GPL-3.0-only", "MIT"},
		// What a subject set off by commas may be distributed under is the work's, though
		// the licence was first named as an option taken.
		"cargo deny flagged a crate we use: mzcore, which we take under its MIT option, has a dependency, context_error, that is EUPL-1.2 and gets statically linked into the binaries. Can mzcore, and our binaries built on it, really be distributed under MIT?": {"EUPL-1.2", "MIT"},
		// "Our standard" header is the asker's own work's.
		"someone stuck our standard gpl header on a file that's actually boost licensed. can we just leave it gpl, or does boost code sit fine next to gpl as is?": {"BSL-1.0", "GPL-3.0-only"},
		// The licence the asker gives the whole.
		"can an apache podling release bundle bsd-2-clause code and still say the whole package is alv2?": {"BSD-2-Clause", "Apache-2.0"},
		"can we include mit code and still call the whole project apache-2.0?":                            {"MIT", "Apache-2.0"},
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != want[0] || q.Licenses[1] != want[1] {
			t.Errorf("%q: kind %d licences %q, want %q into %q", text, q.Kind, q.Licenses, want[0], want[1])
		}
	}
	// "that is" after a proper name may stand for the thing before it: the package, not
	// CloudStack, is GPLv2.
	text := "We'd like to add a package to Apache CloudStack that is GPLv2. Can we pull this GPL package into CloudStack, which is released under Apache 2.0?"
	if q, _ := ParseQuestion(text); q.Kind == AskCompatibility && q.Reading == RolesSaid && len(q.Licenses) == 2 && q.Licenses[1] == "GPL-2.0-only" {
		t.Errorf("%q: read as %q going into a %s work", text, q.Licenses[0], q.Licenses[1])
	}
	// What someone fears the whole must be, or a report says it is, is not the work's
	// licence the asker gives it.
	text = "RAGFlow is Apache 2.0 and depends on PyMuPDF, which is AGPL-3.0. Can an Apache-2.0 project really ship with PyMuPDF as a dependency, or does that drag the whole thing under the AGPL?"
	if q, _ := ParseQuestion(text); q.Kind == AskCompatibility && len(q.Licenses) == 2 && q.Licenses[1] == "AGPL-3.0-only" {
		t.Errorf("%q: read as %q going into an AGPL work", text, q.Licenses[0])
	}
}

// TestCombine: under which licence code under all of them may be combined, from the
// OSADL matrix, with what stands in the way of the others.
func TestCombine(t *testing.T) {
	c := Combine([]string{"MIT", "Apache-2.0", "GPL-3.0-only"})
	got := map[string]string{}
	for _, u := range c.Under {
		got[u.License] = u.Answer
	}
	if got["GPL-3.0-only"] != "Yes" || got["MIT"] != "No" || got["Apache-2.0"] != "No" || len(c.Under) != 3 {
		t.Errorf("combination %+v", c.Under)
	}
	c = Combine([]string{"GPL-2.0-only", "Apache-2.0"})
	for _, u := range c.Under {
		if u.Answer != "No" {
			t.Errorf("GPL-2.0-only with Apache-2.0 under %s: %q", u.License, u.Answer)
		}
	}
	c = Combine([]string{"Elastic-2.0", "MIT"})
	if u := c.Under[1]; u.Answer != "" || u.Others[0].Missing != "Elastic-2.0" {
		t.Errorf("a licence off the matrix: %+v", u)
	}
}

// TestCanonicalExpression: IDs and operators are spelled as the SPDX list does; what
// is not an ID is left for the parser to refuse.
func TestCanonicalExpression(t *testing.T) {
	for in, want := range map[string]string{
		"mit":                           "MIT",
		"apache-2.0 or mit":             "Apache-2.0 OR MIT",
		"(MIT or bsd-3-clause) and isc": "(MIT OR BSD-3-Clause) AND ISC",
		"gpl-2.0-only with classpath-exception-2.0": "GPL-2.0-only WITH Classpath-exception-2.0",
		"gpl-2.0+":      "GPL-2.0+",
		"Frob-1 OR mit": "Frob-1 OR MIT",
	} {
		if got := CanonicalExpression(in); got != want {
			t.Errorf("CanonicalExpression(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAsksAboutNoLicense(t *testing.T) {
	for text, want := range map[string]bool{
		"can we use an unlicensed github repo?":    true,
		"the repo has no licence, can we copy it?": true,
		"can we use code without a license?":       true,
		"is the Unlicense ok internally?":          false,
		"MIT licensed code in our app?":            false,
		// Code from a page that gives no licence has none.
		"Can I use code from a tutorial blog post in our product?": true,
		"we copied a function from someone's blog into our repo":   true,
		"the tutorial says the code is MIT":                        false,
	} {
		if got := AsksAboutNoLicense(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

func TestNamesLicense(t *testing.T) {
	for word, want := range map[string]bool{
		"GPL-2.0+": true, "LGPL": true, "MPL?": true, "Apache,": true, "MIT": true, "(BSD)": true,
		"python": false, "JSON": false, "boost": false, "thanks": false, "?": false, "": false,
	} {
		if got := NamesLicense(word); got != want {
			t.Errorf("NamesLicense(%q) = %v, want %v", word, got, want)
		}
	}
}

// TestQuestionCorpus runs the collected real-world phrasings in testdata/questions.tsv:
// licence names, aliases and misspellings, expressions, uses and compatibility.
func TestQuestionCorpus(t *testing.T) {
	data, err := os.ReadFile("testdata/questions.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("line %d: want 4 tab-separated fields, got %d", i+1, len(f))
		}
		n++
		kind := map[string]QuestionKind{"v": AskVerdict, "c": AskCompatibility, "m": AskCombination, "p": AskProfile}[f[3]]
		q, ok := ParseQuestion(f[0])
		if !ok || q.Expression != f[1] || q.Use != f[2] || q.Kind != kind {
			t.Errorf("line %d %q: got expression %q use %q kind %d, want %q %q %d", i+1, f[0], q.Expression, q.Use, q.Kind, f[1], f[2], kind)
		}
	}
	if n < 150 {
		t.Errorf("only %d phrasings; the corpus should hold at least 150", n)
	}
}

// TestEvaluate guards the policy logic: OR takes the best option, AND the worst part,
// WITH applies the exception's rule, and unknown licences need approval.
func TestEvaluate(t *testing.T) {
	p := NewPolicy(rulesOf(config.DefaultPolicy()))
	cases := []struct {
		expr, use string
		want      Verdict
		chosen    string
	}{
		{"MIT", "distribute", AllowedWithObligations, "MIT"},
		{"CC0-1.0", "mobile", Allowed, "CC0-1.0"},
		{"AGPL-3.0-only", "distribute", NotAllowed, "AGPL-3.0-only"},
		{"MIT OR GPL-3.0-only", "distribute", AllowedWithObligations, "MIT"},
		{"MIT AND GPL-3.0-only", "distribute", NeedsApproval, "GPL-3.0-only,MIT"},
		{"GPL-2.0-only", "static_link", NotAllowed, "GPL-2.0-only"},
		{"GPL-2.0-only WITH Classpath-exception-2.0", "static_link", AllowedWithObligations, "GPL-2.0-only WITH Classpath-exception-2.0"},
		{"LGPL-2.1-only", "dynamic_link", AllowedWithObligations, "LGPL-2.1-only"},
		{"GPL-3.0-only", "mobile", NeedsApproval, "GPL-3.0-only"},
		// The AGPL reaches a changed or linked version users reach over a network, and
		// the SSPL and the Elastic License forbid offering the software itself as a
		// service, not using it beside one's own: a service needs approval.
		{"AGPL-3.0-only", "saas", NeedsApproval, "AGPL-3.0-only"},
		{"SSPL-1.0", "saas", NeedsApproval, "SSPL-1.0"},
		{"Elastic-2.0", "saas", NeedsApproval, "Elastic-2.0"},
		{"Elastic-2.0", "distribute", NotAllowed, "Elastic-2.0"},
		{"LicenseRef-RSALv2", "distribute", NotAllowed, "LicenseRef-RSALv2"}, // source-available, as the Elastic License
		{"blessing", "mobile", Allowed, "blessing"},
		{"LicenseRef-Custom", "internal", NeedsApproval, "LicenseRef-Custom"},
		// A NoDerivatives licence: used in house freely, shipped unchanged after approval,
		// never changed; the non-commercial one stays forbidden.
		{"CC-BY-ND-4.0", "internal", Allowed, "CC-BY-ND-4.0"},
		{"CC-BY-ND-3.0", "distribute", NeedsApproval, "CC-BY-ND-3.0"},
		{"CC-BY-ND-4.0", "modify", NotAllowed, "CC-BY-ND-4.0"},
		{"CC-BY-NC-ND-4.0", "internal", NeedsApproval, "CC-BY-NC-ND-4.0"},
	}
	for _, c := range cases {
		d, err := p.Evaluate(c.expr, c.use, "")
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if d.Verdict != c.want || strings.Join(d.Chosen, ",") != c.chosen {
			t.Errorf("%s for %s: %v %v, want %v %s", c.expr, c.use, d.Verdict, d.Chosen, c.want, c.chosen)
		}
	}
	if _, err := p.Evaluate("MIT AND OR", "internal", ""); err == nil {
		t.Error("accepted a malformed expression")
	}
	if _, err := p.Evaluate("MIT", "sell", ""); err == nil {
		t.Error("accepted an unknown use")
	}
}

// TestCategoryByPattern guards the policy's per-licence category, which config allows to
// key by pattern (LGPL-*), and what it means for the obligations of an answer: the LGPL is
// weak copyleft by default, so nothing claims the whole work must be released.
func TestCategoryByPattern(t *testing.T) {
	cfg := config.DefaultPolicy()
	cfg.Licenses["EUPL-*"] = config.LicenseRule{Category: "restricted"}
	p := NewPolicy(rulesOf(cfg))
	for id, want := range map[string]string{"EUPL-1.2": "restricted", "LGPL-2.1-only": "reciprocal", "LGPL-3.0-or-later": "reciprocal", "GPL-2.0-only": "restricted"} {
		if got, source := p.Category(id); got != want || source != "policy" && id != "GPL-2.0-only" {
			t.Errorf("category of %s = %s (%s), want %s", id, got, source, want)
		}
	}
	d, err := p.Evaluate("LGPL-2.1-only", "static_link", "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Verdict != NeedsApproval {
		t.Errorf("LGPL static link: %v", d.Verdict)
	}
	for _, o := range d.Obligations {
		if strings.Contains(o, "whole work") {
			t.Errorf("LGPL obligation %q", o)
		}
	}
}

// TestByExceptionFromTheData guards the licences licenseclassifier puts in its
// by-exception-only set (the SIL Open Font License among them): its LicenseType has no
// case for that category, and the generator reads the set from its source instead, so a
// font licence is not "unknown" to the policy.
func TestByExceptionFromTheData(t *testing.T) {
	p := NewPolicy(rulesOf(config.DefaultPolicy()))
	for _, id := range []string{"OFL-1.1", "Beerware"} {
		if got, source := p.Category(id); got != "by_exception_only" || source != "licenseclassifier" {
			t.Errorf("category of %s = %s (%s), want by_exception_only from licenseclassifier", id, got, source)
		}
	}
}

// TestCompatiblePairs checks pairs among the most used licences against the OSADL
// matrix as published (inbound code, outbound work, answer), each read from the
// matrix file itself, so that a change in the embedded data is noticed.
func TestCompatiblePairs(t *testing.T) {
	pairs := []struct{ in, out, want string }{
		{"MIT", "GPL-2.0-only", "Yes"}, {"MIT", "Apache-2.0", "Yes"}, {"BSD-3-Clause", "GPL-3.0-or-later", "Yes"},
		{"Apache-2.0", "GPL-3.0-or-later", "Yes"}, {"Apache-2.0", "GPL-2.0-only", "No"}, {"Apache-2.0", "MIT", "Yes"},
		{"GPL-2.0-only", "GPL-3.0-only", "No"}, {"GPL-2.0-or-later", "GPL-3.0-only", "Yes"}, {"LGPL-2.1-only", "GPL-2.0-only", "Yes"},
		{"MPL-2.0", "GPL-3.0-only", "Yes"}, {"MPL-2.0", "Apache-2.0", "No"}, {"EPL-2.0", "GPL-2.0-only", "Check dependency"},
		{"ISC", "MPL-2.0", "Yes"}, {"AGPL-3.0-only", "GPL-3.0-only", "Check dependency"}, {"GPL-3.0-only", "AGPL-3.0-only", "Check dependency"},
		{"Zlib", "LGPL-2.1-or-later", "Yes"}, {"MIT", "MIT", "Same"}, {"CDDL-1.0", "GPL-2.0-only", "No"},
	}
	for _, p := range pairs {
		if c := Compatible(p.in, p.out); c.Answer != p.want {
			t.Errorf("%s into %s: %q, want %q", p.in, p.out, c.Answer, p.want)
		}
	}
}

// TestCompatible guards direction: permissive into copyleft yes, not the reverse.
func TestCompatible(t *testing.T) {
	if c := Compatible("MIT", "GPL-3.0-only"); c.Answer != "Yes" {
		t.Errorf("MIT into GPL-3.0-only: %q", c.Answer)
	}
	if c := Compatible("GPL-3.0-only", "MIT"); c.Answer != "No" {
		t.Errorf("GPL-3.0-only into MIT: %q", c.Answer)
	}
	if c := Compatible("Apache-2.0", "GPL-2.0-only"); c.Answer != "No" {
		t.Errorf("Apache-2.0 into GPL-2.0-only: %q", c.Answer)
	}
	if c := Compatible("Nonexistent-1.0", "MIT"); c.Answer != "" || !strings.Contains(c.Reason, "does not cover") {
		t.Errorf("unknown pair: %+v", c)
	}
}

// TestUnknownLicenses guards questions that name something where a licence should be
// and the bot does not know it: an ID-like word, or what a compatibility question
// compares with. Such a compatibility question with one known licence cannot be
// answered as asked (Unpaired), instead of being taken for a question about that one.
func TestUnknownLicenses(t *testing.T) {
	cases := []struct {
		text     string
		unknown  []string
		unpaired bool
	}{
		{"is MIT compatible with FOOBAR?", []string{"FOOBAR"}, true},
		{"is MIT compatible with Foo-2.0?", []string{"Foo-2.0"}, true},
		{"is Apache-2.0 compatible with the acme licence?", []string{"acme"}, true},
		{"can we use Foo-2.0 in our app?", []string{"Foo-2.0"}, false},
		{"is MIT compatible with our project?", nil, false},
		{"can I combine MIT with proprietary code?", nil, false},
		{"is MIT compatible with GPL-2.0-only?", nil, false},
		{"is MIT compatible with LicenseRef-acme?", nil, false},
		{"is it ok to use utf-8 with MIT?", nil, false}, // only a compatibility question looks
		{"can we use GPLv2 in our app?", nil, false},
	}
	for _, c := range cases {
		q, _ := ParseQuestion(c.text)
		if !slices.Equal(q.Unknown, c.unknown) || q.Unpaired != c.unpaired {
			t.Errorf("%q: unknown %q unpaired %v, want %q %v", c.text, q.Unknown, q.Unpaired, c.unknown, c.unpaired)
		}
	}
}

// TestGeneratedCode: code said to be written by an AI assistant is told apart from code
// a person wrote, however the assistant is named; contributing it is the question.
func TestGeneratedCode(t *testing.T) {
	for _, c := range []struct {
		text      string
		generated bool
		topic     string
	}{
		{"can i send you a pr that gpt-4 mostly wrote? the project has a cla", true, "contribute"},
		{"One of our contributors has been writing patches with GitHub Copilot. Should we merge them?", true, "contribute"},
		{"is it ok to merge ai-generated PRs into our apache project?", true, "contribute"},
		{"we vibe-coded a small tool at work, can i publish it on github?", true, "choose"},
		{"can i send you a pr that i mostly wrote? the project has a cla", false, "cla"},
		{"our ai startup wants to contribute a fix to an MIT library", false, "contribute"},
		// Code an assistant wrote, asked about for itself: whose it is, what it may copy.
		{"What license applies to code generated by ChatGPT?", true, "generated"},
		{"can we ship copilot output in our closed product?", true, "generated"},
		// An agent that writes code is an assistant too.
		{"would open-simh take a simulator that a coding agent wrote for me?", true, "generated"},
		{"is code written by an ai agent copyrightable?", true, "generated"},
		// Work an assistant touched, or one used to write code, sent with a sign-off.
		{"QEMU used to refuse anything touched by ChatGPT, Claude or Copilot. I'd like to use an assistant to write tests and a small bug fix. Does the sign-off problem still apply?", true, "contribute"},
		{"our travel agent wrote the itinerary, can we publish it?", false, ""},
	} {
		q, _ := ParseQuestion(c.text)
		if q.Generated != c.generated || q.Topic != c.topic {
			t.Errorf("%q: generated %v topic %q, want %v %q", c.text, q.Generated, q.Topic, c.generated, c.topic)
		}
	}
}

// TestReasonNamesTheRuleThatChangedTheVerdict: when a licence's own rule gives a use
// another verdict than its category's, the reason says so, and which rule.
func TestReasonNamesTheRuleThatChangedTheVerdict(t *testing.T) {
	p := NewPolicy(rulesOf(config.DefaultPolicy()))
	for _, tc := range []struct{ expr, use, rule, reason string }{
		{"AGPL-3.0-only", "saas", "AGPL-*", "forbidden category (not allowed), but the policy's rule for AGPL-* sets this use to needs approval"},
		{"AGPL-3.0-only", "distribute", "", "forbidden category (not allowed)"},
		{"LGPL-2.1-only", "static_link", "LGPL-*", "reciprocal category (allowed with obligations), but the policy's rule for LGPL-* sets this use to needs approval"},
		{"LGPL-2.1-only", "distribute", "", "reciprocal category (allowed with obligations)"},
	} {
		d, err := p.Evaluate(tc.expr, tc.use, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Terms) != 1 || d.Terms[0].Rule != tc.rule || !strings.Contains(d.Reason, tc.reason) || tc.rule == "" && strings.Contains(d.Reason, "rule for") {
			t.Errorf("%s for %s: rule %q, reason %q", tc.expr, tc.use, d.Terms[0].Rule, d.Reason)
		}
	}
}
