package license

import (
	"slices"
	"strings"
	"testing"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"

	"github.com/ospobot/ospobot/bot/config"
)

// TestSPDXNames guards the embedded SPDX list data: it decodes, and names nearly every
// licence the expression parser knows (the two lists may be a release apart).
func TestSPDXNames(t *testing.T) {
	names := spdxList()
	missing := 0
	for _, id := range spdxlicenses.GetLicenses() {
		if names[id].Name == "" {
			missing++
		}
	}
	if n := len(spdxlicenses.GetLicenses()); missing > n/50 {
		t.Errorf("%d of %d SPDX IDs have no name in spdx-names.json; regenerate it (gen/)", missing, n)
	}
	for id, osi := range map[string]bool{"MIT": true, "Apache-2.0": true, "MPL-2.0": true, "BUSL-1.1": false, "SSPL-1.0": false, "CC0-1.0": false} {
		if names[id].OSI != osi {
			t.Errorf("%s: OSI approved %v, want %v", id, names[id].OSI, osi)
		}
	}
}

func TestProfile(t *testing.T) {
	p := NewPolicy(rulesOf(config.Default().Policy))
	verdicts := func(pr Profile) map[string]Verdict {
		m := map[string]Verdict{}
		for _, uv := range pr.Verdicts {
			m[uv.Use] = uv.Verdict
		}
		return m
	}

	mpl := p.Profile("MPL-2.0")
	if mpl.Name != "Mozilla Public License 2.0" || !mpl.Listed || !mpl.OSIApproved || mpl.Category != "reciprocal" || mpl.Source != "licenseclassifier" {
		t.Errorf("MPL-2.0: %+v", mpl)
	}
	if len(mpl.Verdicts) != len(config.Uses) || verdicts(mpl)["internal"] != Allowed || verdicts(mpl)["distribute"] != AllowedWithObligations {
		t.Errorf("MPL-2.0 verdicts: %+v", mpl.Verdicts)
	}
	if len(mpl.Obligations) == 0 {
		t.Error("MPL-2.0 has no obligations")
	}

	// The policy's rule for LGPL-* changes the verdict for some uses, as Evaluate does.
	lgpl := p.Profile("LGPL-2.1-only")
	for _, use := range config.Uses {
		d, err := p.Evaluate("LGPL-2.1-only", use, "")
		if err != nil {
			t.Fatal(err)
		}
		if verdicts(lgpl)[use] != d.Verdict {
			t.Errorf("LGPL-2.1-only %s: profile says %v, Evaluate %v", use, verdicts(lgpl)[use], d.Verdict)
		}
	}
	if lgpl.Source != "policy" {
		t.Errorf("LGPL-2.1-only category source %q, want policy", lgpl.Source)
	}

	busl := p.Profile("BUSL-1.1")
	if busl.OSIApproved || busl.Category != "forbidden" || verdicts(busl)["saas"] != NotAllowed {
		t.Errorf("BUSL-1.1: %+v", busl)
	}

	// An exception changes the verdicts and notes; the name says which.
	cp := p.Profile("GPL-2.0-only WITH Classpath-exception-2.0")
	if cp.Name != "GNU General Public License v2.0 only with Classpath-exception-2.0" || verdicts(cp)["static_link"] != AllowedWithObligations || len(cp.Notes) == 0 {
		t.Errorf("Classpath: %+v", cp)
	}
	if g := p.Profile("GPL-2.0-only"); verdicts(g)["static_link"] != NotAllowed {
		t.Errorf("GPL-2.0-only static linking: %v", verdicts(g)["static_link"])
	}

	ref := p.Profile("LicenseRef-acme")
	if ref.Listed || ref.Name != "" || ref.Category != "unknown" || ref.Source != "unclassified" || verdicts(ref)["internal"] != NeedsApproval {
		t.Errorf("LicenseRef-acme: %+v", ref)
	}
}

func TestOverview(t *testing.T) {
	cfg := config.Default().Policy
	o := NewPolicy(rulesOf(cfg)).Overview()
	if len(o.Categories) != len(cfg.Categories) {
		t.Fatalf("%d categories, want %d", len(o.Categories), len(cfg.Categories))
	}
	total := 0
	for i, c := range o.Categories {
		if c.Name != cfg.Categories[i].Name {
			t.Errorf("category %d is %s, want the configuration's order (%s)", i, c.Name, cfg.Categories[i].Name)
		}
		total += c.Count
		for _, e := range c.Examples {
			if got, _ := NewPolicy(rulesOf(cfg)).Category(e); got != c.Name {
				t.Errorf("%s listed under %s but is in %s", e, c.Name, got)
			}
			if slices.Contains(c.Patterns, e) {
				t.Errorf("%s listed twice under %s", e, c.Name)
			}
		}
	}
	// Every current SPDX licence is counted in exactly one category (the unknown one
	// included).
	if total != len(spdxlicenses.GetLicenses()) {
		t.Errorf("categories count %d licences, the SPDX list has %d", total, len(spdxlicenses.GetLicenses()))
	}
	reciprocal := o.Categories[slices.IndexFunc(o.Categories, func(c CategorySummary) bool { return c.Name == "reciprocal" })]
	if !slices.Contains(reciprocal.Patterns, "LGPL-*") || !slices.Contains(reciprocal.Examples, "MPL-2.0") || slices.Contains(reciprocal.Examples, "LGPL-2.1-only") {
		t.Errorf("reciprocal: patterns %v examples %v", reciprocal.Patterns, reciprocal.Examples)
	}
	lgpl := slices.IndexFunc(o.Rules, func(r RuleSummary) bool { return r.License == "LGPL-*" })
	if lgpl < 0 || len(o.Rules[lgpl].Verdicts) != len(cfg.Licenses["LGPL-*"].Verdicts) {
		t.Errorf("rules %+v", o.Rules)
	}
}

func TestAsksAboutPolicy(t *testing.T) {
	for _, c := range []struct {
		text     string
		ok       bool
		use      string
		verdicts []Verdict
	}{
		{"which licences are allowed?", true, "", []Verdict{Allowed, AllowedWithObligations}},
		{"what licenses can we use in our SaaS?", true, "saas", []Verdict{Allowed, AllowedWithObligations}},
		{"which licenses are not allowed in a mobile app?", true, "mobile", []Verdict{NotAllowed}},
		{"what licences are forbidden", true, "", []Verdict{NotAllowed}},
		{"which licenses need approval for distribution?", true, "distribute", []Verdict{NeedsApproval}},
		{"what is our licence policy?", true, "", nil},
		{"which licence applies here?", true, "", nil},
		{"what licence is this?", false, "", nil},
		{"can we use it?", false, "", nil},
		{"what open source can we use in our app?", true, "distribute", []Verdict{Allowed, AllowedWithObligations}},
		{"what happens if we get caught not complying with an open source licence?", false, "", nil},
		// Whether open source may be used at all: the whole policy; "at work" is where.
		{"can i use open source code at work?", true, "", []Verdict{Allowed, AllowedWithObligations}},
		{"are we allowed to use open source libraries in our products?", true, "distribute", []Verdict{Allowed, AllowedWithObligations}},
		{"can i use open source code in my hobby game?", false, "", nil},
	} {
		q, ok := AsksAboutPolicy(c.text)
		if ok != c.ok || q.Use != c.use || !slices.Equal(q.Verdicts, c.verdicts) {
			t.Errorf("%q: got %v %+v, want %v use %q verdicts %v", c.text, ok, q, c.ok, c.use, c.verdicts)
		}
	}
}

func TestProfileQuestions(t *testing.T) {
	q, ok := ParseQuestion("is BUSL-1.1 open source?")
	if !ok || q.Kind != AskProfile || !q.OpenSource || !slices.Equal(q.Licenses, []string{"BUSL-1.1"}) {
		t.Errorf("open source question: %+v", q)
	}
	q, _ = ParseQuestion("what are the requirements of GPL-2.0-only WITH Classpath-exception-2.0?")
	if q.Kind != AskProfile || q.OpenSource || !slices.Equal(q.Licenses, []string{"GPL-2.0-only WITH Classpath-exception-2.0"}) {
		t.Errorf("exception: %+v", q)
	}
	// More licences than one answer describes are asked about as a verdict.
	if q, _ := ParseQuestion("what about MIT, ISC, Zlib and BSD-2-Clause?"); q.Kind != AskVerdict {
		t.Errorf("four licences: kind %d", q.Kind)
	}
}

// TestNoticeOfEveryCopy guards what the texts say of notices: MIT's and ISC's go with
// every copy, binaries too, while Zlib's and the Boost licence's go with source copies,
// so "which one forces games built with it to credit us?" is told apart.
func TestNoticeOfEveryCopy(t *testing.T) {
	d, ok := Differences("MIT", "Zlib")
	if !ok || len(d.OnlyA) != 1 || !strings.Contains(d.OnlyA[0], "source or binary") || !slices.ContainsFunc(d.OnlyB, func(l string) bool { return strings.HasSuffix(l, "every copy of the source") }) {
		t.Errorf("MIT against Zlib: %+v, want MIT's notice with binaries and Zlib's with source", d)
	}
	if d, _ := Differences("ISC", "MIT"); len(d.OnlyA)+len(d.OnlyB) != 0 {
		t.Errorf("ISC against MIT: %+v, want no difference in what they ask", d)
	}
}

// TestDifferencesOfOnlyAndOrLater guards the one thing that sets a licence's "only" and
// "or later" apart, which their texts' conditions do not show: later versions, and the
// works under them the OSADL matrix lets the "or later" code go into.
func TestDifferencesOfOnlyAndOrLater(t *testing.T) {
	d, ok := Differences("GPL-2.0-only", "GPL-2.0-or-later")
	if !ok || len(d.OnlyA) != 0 || len(d.OnlyB) != 1 || !strings.Contains(d.OnlyB[0], "later version") || !strings.Contains(d.OnlyB[0], "`GPL-3.0-only`") || !d.FromMatrix {
		t.Errorf("%+v, want the later versions said of GPL-2.0-or-later, from the matrix", d)
	}
	if d, _ := Differences("MIT", "BSD-2-Clause"); slices.ContainsFunc(append(d.OnlyA, d.OnlyB...), func(l string) bool { return strings.Contains(l, "later version") }) || d.FromMatrix {
		t.Errorf("MIT and BSD-2-Clause: %+v, want nothing of later versions or the matrix", d)
	}
	wantKinds := map[string][]string{
		"gplv2 vs gplv2+, what changes for us?":                                      {"GPL-2.0-only", "GPL-2.0-or-later"},
		`for debian/copyright, is "gpl-2+" really a different licence from "gpl-2"?`: {"GPL-2.0-or-later", "GPL-2.0-only"},
	}
	for text, want := range wantKinds {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: kind %d licences %q, want the two compared", text, q.Kind, q.Licenses)
		}
	}
}

// TestFontLicenceConditions: the OFL's own conditions are known: fonts sold only with
// software, the notice kept, Reserved Font Names kept off changed fonts, and the fonts
// staying under the licence while documents made with them are not covered.
func TestFontLicenceConditions(t *testing.T) {
	got := strings.Join(Conditions("OFL-1.1"), "\n")
	for _, want := range []string{"bundled with software", "Reserved Font Name", "documents made with them are not covered"} {
		if !strings.Contains(got, want) {
			t.Errorf("OFL-1.1's conditions miss %q:\n%s", want, got)
		}
	}
}

// TestNoPatentsLicensed: a text that keeps patents out of its grant (CC0 section 4(a),
// the Creative Commons 4.0 licences' section 2(b)(2)) says so, which sets CC0 apart
// from the Unlicense when the two are held to be interchangeable.
func TestNoPatentsLicensed(t *testing.T) {
	q, _ := ParseQuestion("the Unlicense and CC0 both mean 'no strings', so they're interchangeable for us, right?")
	if !q.Difference || len(q.Licenses) != 2 {
		t.Fatalf("difference %v, licences %q; want the two compared", q.Difference, q.Licenses)
	}
	if got := strings.Join(Conditions("CC0-1.0"), "\n"); !strings.Contains(got, "licenses no patents") {
		t.Errorf("CC0-1.0's conditions miss its patent clause:\n%s", got)
	}
	if got := strings.Join(Conditions("Unlicense"), "\n"); strings.Contains(got, "patent") {
		t.Errorf("the Unlicense's conditions speak of patents:\n%s", got)
	}
}

// TestInstallationInfo: the GNU licences of version 3 ask for what it takes to install
// a changed version on a consumer device, version 2 and the permissive licences do not,
// an exception leaves the term out, and a choice names its options that ask none.
func TestInstallationInfo(t *testing.T) {
	for _, c := range []struct {
		expr       string
		asks, free []string
	}{
		{"GPL-3.0-only", []string{"GPL-3.0-only"}, nil},
		{"LGPL-3.0-or-later", []string{"LGPL-3.0-or-later"}, nil},
		{"MIT AND AGPL-3.0-only", []string{"AGPL-3.0-only"}, nil},
		{"GPL-2.0-or-later OR LGPL-3.0-or-later", []string{"LGPL-3.0-or-later"}, []string{"GPL-2.0-or-later"}},
		{"(GPL-2.0-or-later OR AFL-2.1) AND LGPL-3.0-only", []string{"LGPL-3.0-only"}, nil},
		{"GPL-2.0-only", nil, nil},
		{"LGPL-2.1-or-later", nil, nil},
		{"GPL-3.0-or-later WITH GCC-exception-3.1", nil, nil},
	} {
		asks, free := InstallationInfo(c.expr)
		if !slices.Equal(asks, c.asks) || !slices.Equal(free, c.free) {
			t.Errorf("InstallationInfo(%q) = %q, %q; want %q, %q", c.expr, asks, free, c.asks, c.free)
		}
	}
	for text, want := range map[string]bool{
		"Our embedded Linux board uses secure boot, so the hardware only runs images we've signed.": true,
		"solo firmware is gplv3 but the keys only take signed updates":                              true,
		"blow the fuse so nobody, us included, can reflash it":                                      true,
		"what is 'tivoization' and what does GPLv3 do about it?":                                    true,
		"a router whose firmware is locked down against replacement could still include GPLv3 code": true,
		"our phones are locked so users cannot install other builds":                                true,
		"the repo is locked for edits until the release":                                            false,
		"we sign our commits and ship a GPLv3 desktop app":                                          false,
		"can we ship GPLv3 code in our router firmware?":                                            false,
	} {
		if got := SpeaksOfLockedDevice(text); got != want {
			t.Errorf("SpeaksOfLockedDevice(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTextByLinkInTexts: every licence said to let a link stand in for its text has
// the words the data quotes in its own text, as the licence templates hold it, and a
// licence that asks for its text is not among them.
func TestTextByLinkInTexts(t *testing.T) {
	m := loadMatcher()
	if len(clauses().TextByLink) == 0 {
		t.Fatal("no licence lets a link stand in for its text")
	}
	for id, words := range clauses().TextByLink {
		phrase := m.read([]byte(words)).words
		found, held := false, false
		for _, tpl := range m.templates {
			// MPL-2.0-no-copyleft-exception is MPL-2.0's text, so marked by its notice.
			if tpl.id != strings.TrimSuffix(id, "-no-copyleft-exception") || tpl.kind != kindText {
				continue
			}
			held = true
			for i := 0; i+len(phrase) <= len(tpl.words) && !found; i++ {
				found = slices.Equal(tpl.words[i:i+len(phrase)], phrase)
			}
		}
		if held && !found {
			t.Errorf("%s: its text lacks %q", id, words)
		}
		if !held {
			t.Errorf("%s: no template holds its text", id)
		}
	}
	for _, id := range []string{"MIT", "GPL-3.0-only", "Apache-2.0", "MPL-1.1"} {
		if w := TextByLink(id); w != "" {
			t.Errorf("%s: a link said to stand in for its text (%q)", id, w)
		}
	}
}
