package license

import (
	"slices"
	"strings"
	"testing"
)

// TestPermissivePairsOutsideTheMatrix guards the answer where the OSADL matrix lacks a
// pair of permissive licences: both ask nothing but their notices, so the code may go
// in, said with its basis; a pair with a copyleft licence the matrix lacks stays unknown.
func TestPermissivePairsOutsideTheMatrix(t *testing.T) {
	var lax []string
	for id, c := range dataCategories() {
		if c == "notice" || c == "permissive" {
			lax = append(lax, id)
		}
	}
	slices.Sort(lax)
	found := false
	for _, a := range lax {
		for _, b := range lax {
			if a == b || osadl()[b] != nil && osadl()[b][a] != "" {
				continue
			}
			c := Compatible(a, b)
			if c.Answer != "Yes" || c.Basis != "licence categories" {
				t.Fatalf("%s into %s outside the matrix: %q (%s)", a, b, c.Answer, c.Basis)
			}
			found = true
			break
		}
		if found {
			break
		}
	}
	if !found {
		t.Fatal("no permissive pair outside the matrix to test")
	}
	// Answers go through CompatibleExpr, which keeps the basis: the headline names it,
	// and the matrix's attribution goes only with the matrix's own answers.
	for _, pair := range [][2]string{{"CC0-1.0", "MIT"}, {"GPL-3.0-only", "CC-BY-4.0"}} {
		if c := CompatibleExpr(pair[0], pair[1]); c.Basis != "licence categories" {
			t.Errorf("%s into %s through CompatibleExpr: %q (%s)", pair[0], pair[1], c.Answer, c.Basis)
		}
	}
	if c := Compatible("Unknown-Copyleft-1.0", "MIT"); c.Answer != "" {
		t.Errorf("a licence the data does not know answered %q", c.Answer)
	}
}

// TestCopyleftIntoPermissiveOutsideTheMatrix guards the answer where the OSADL matrix
// lacks a pair of a copyleft licence coming into a permissive work: No, as every such
// pair the matrix covers, said with its basis; and the rule rests on the matrix itself.
func TestCopyleftIntoPermissiveOutsideTheMatrix(t *testing.T) {
	for _, pair := range [][2]string{{"CC-BY-SA-3.0", "MIT"}, {"GPL-3.0-only", "CC-BY-4.0"}} {
		c := Compatible(pair[0], pair[1])
		if c.Answer != "No" || c.Basis != "licence categories" {
			t.Errorf("%s into %s: %q (%s)", pair[0], pair[1], c.Answer, c.Basis)
		}
	}
	n := 0
	for out, row := range osadl() {
		for in, ans := range row {
			if copyleftIntoPermissive(in, out) {
				n++
				if ans != "No" {
					t.Errorf("the matrix says %s into %s is %q; the category rule would say No", in, out, ans)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d matrix pairs back the rule", n)
	}
}

// TestCopyleftIntoNonCommercial guards GNU copyleft or ShareAlike code going into a work
// under a non-commercial licence, which the matrix lacks: No, the non-commercial
// condition being a restriction those licences forbid; not for a permissive licence, nor
// for a licence with an exception.
func TestCopyleftIntoNonCommercial(t *testing.T) {
	for _, pair := range [][2]string{{"GPL-3.0-only", "CC-BY-NC-SA-4.0"}, {"AGPL-3.0-or-later", "CC-BY-NC-4.0"}, {"CC-BY-SA-4.0", "CC-BY-NC-SA-4.0"}} {
		if c := Compatible(pair[0], pair[1]); c.Answer != "No" || c.Basis != "the licence's text" || c.Source != SPDXPage(pair[0]) {
			t.Errorf("%s into %s: %q (%s, %s)", pair[0], pair[1], c.Answer, c.Basis, c.Source)
		}
	}
	for _, pair := range [][2]string{{"MIT", "CC-BY-NC-SA-4.0"}, {"GPL-2.0-only WITH Classpath-exception-2.0", "CC-BY-NC-4.0"}, {"CC-BY-NC-SA-4.0", "CC-BY-NC-SA-4.0"}} {
		if c := Compatible(pair[0], pair[1]); c.Answer == "No" && c.Basis == "the licence's text" {
			t.Errorf("%s into %s: %q by the licence's text", pair[0], pair[1], c.Answer)
		}
	}
}

// TestOpenFontLicenceBundled guards a font under the OFL beside software: bundled with a
// permissive work it keeps its own terms (yes); with any other work, shipping it beside
// is allowed and merging it in is not (it depends), as the OFL FAQ says.
func TestOpenFontLicenceBundled(t *testing.T) {
	if c := CompatibleExpr("OFL-1.1", "MIT"); c.Answer != "Yes" || !strings.Contains(c.Basis, "OFL FAQ") {
		t.Errorf("OFL font in an MIT work: %q (%s)", c.Answer, c.Basis)
	}
	if c := CompatibleExpr("OFL-1.1", "GPL-2.0-or-later"); c.Answer != "Check dependency" {
		t.Errorf("OFL font in a GPL work: %q (%s)", c.Answer, c.Basis)
	}
}

// TestUbuntuFontLicenceBundled: a font under the Ubuntu Font Licence may be bundled with
// software under any licence but stays under the UFL, so shipped beside a program it
// depends, and a changed font put under another licence is a no.
func TestUbuntuFontLicenceBundled(t *testing.T) {
	if c := CompatibleFor("Ubuntu-font-1.0", "GPL-3.0-only", "distribute"); c.Answer != "Check dependency" || !strings.Contains(c.Basis, "Ubuntu Font Licence") {
		t.Errorf("UFL font in a GPL program: %q (%s)", c.Answer, c.Basis)
	}
	if c := CompatibleFor("Ubuntu-font-1.0", "MIT", "modify"); c.Answer != "No" {
		t.Errorf("changed UFL font under MIT: %q (%s)", c.Answer, c.Basis)
	}
	// The font named by its project, changed, and asked to go out under another licence.
	text := "we changed ubuntu mono a bit. can our fork go out under mit?"
	if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || !slices.Equal(q.Licenses, []string{"Ubuntu-font-1.0", "MIT"}) {
		t.Errorf("%q: kind %d licences %q, want the UFL font into an MIT work", text, q.Kind, q.Licenses)
	}
}

// TestNonCommercialAndNoDerivativesEveryVersion: the FSF's word on Creative Commons'
// non-commercial and no-derivatives licences holds for every version and variant, so
// code under any of them goes into no other work, whatever its licence; the
// share-alike licences without those terms are not caught by it.
func TestNonCommercialAndNoDerivativesEveryVersion(t *testing.T) {
	var checked int
	for id := range dataCategories() {
		nc, nd := strings.HasPrefix(id, "CC-BY-NC-"), strings.HasPrefix(id, "CC-BY-ND-")
		if !nc && !nd {
			continue
		}
		for _, work := range []string{"GPL-3.0-only", "LGPL-2.1-or-later", "MIT"} {
			c := CompatibleExpr(id, work)
			if c.Answer != "No" || c.Basis != "FSF licence list" {
				t.Errorf("%s into %s: %q (%s), want No from the FSF licence list", id, work, c.Answer, c.Basis)
			}
			if want := "#CC-BY-NC"; nc && !strings.HasSuffix(c.Source, want) || nd && !strings.HasSuffix(c.Source, "#ccbynd") {
				t.Errorf("%s into %s: source %q", id, work, c.Source)
			}
		}
		checked++
	}
	if checked < 10 {
		t.Fatalf("only %d non-commercial or no-derivatives licences checked", checked)
	}
	if c := CompatibleExpr("CC-BY-SA-3.0", "MIT"); c.Basis == "FSF licence list" && strings.Contains(c.Reason, "commercial") {
		t.Errorf("CC-BY-SA-3.0 read as non-commercial: %+v", c)
	}
}

// TestOpenDataLicencesOwnTerms: the open data licences' own texts say where their data
// may go: OGL v3 and Licence Ouverte 2.0 into CC BY 4.0 and ODC-By, and ODbL data into
// no other licence's database. Their short names are read, but "OGL" alone is not (it
// is the Open Game License too).
func TestOpenDataLicencesOwnTerms(t *testing.T) {
	for _, c := range []struct{ in, out, answer, basis string }{
		{"OGL-UK-3.0", "CC-BY-4.0", "Yes", "the OGL's own terms"},
		{"OGL-UK-3.0", "ODC-By-1.0", "Yes", "the OGL's own terms"},
		{"etalab-2.0", "CC-BY-4.0", "Yes", "the Licence Ouverte's own terms"},
		{"etalab-2.0", "OGL-UK-3.0", "Yes", "the Licence Ouverte's own terms"},
		{"ODbL-1.0", "CC-BY-4.0", "No", "the ODbL's own terms"},
		{"ODbL-1.0", "Apache-2.0", "No", "the ODbL's own terms"},
		{"ODbL-1.0", "ODbL-1.0", "Same", ""},
		// CC BY 4.0 data into an ODbL database needs its holder's waiver, as the
		// OpenStreetMap Foundation asks; into other works it goes with its credit.
		{"CC-BY-4.0", "ODbL-1.0", "Check dependency", "OpenStreetMap Foundation"},
		{"CC-BY-4.0", "CC-BY-SA-4.0", "Yes", ""},
		// The Clear BSD licence, which the matrix does not cover, into GNU works: the FSF's list.
		{"BSD-3-Clause-Clear", "GPL-3.0-only", "Yes", "FSF licence list"},
		{"BSD-3-Clause-Clear", "GPL-2.0-only", "Yes", "FSF licence list"},
	} {
		got := CompatibleExpr(c.in, c.out)
		if got.Answer != c.answer || c.basis != "" && got.Basis != c.basis {
			t.Errorf("%s into %s: %q (%s), want %q (%s)", c.in, c.out, got.Answer, got.Basis, c.answer, c.basis)
		}
	}
	for text, want := range map[string]string{
		"is OGL v3 data ok in our dataset?":           "OGL-UK-3.0",
		"we reuse etalab 2.0 data, any conditions?":   "etalab-2.0",
		"our map has odc-by layers, what must we do?": "ODC-By-1.0",
	} {
		if q, _ := ParseQuestion(text); !slices.Equal(q.Licenses, []string{want}) {
			t.Errorf("%q: licences %q, want %s", text, q.Licenses, want)
		}
	}
	if q, ok := ParseQuestion("our game uses the OGL for its rules text, can we sell it?"); ok {
		t.Errorf("a bare OGL read as %q", q.Licenses)
	}
}

// TestGPLIntoShareAlike: GPL code goes under no version of CC BY-SA, in any GPL version;
// the one way Creative Commons declares (BY-SA 4.0 into GPLv3) stays Yes.
func TestGPLIntoShareAlike(t *testing.T) {
	for _, in := range []string{"GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only"} {
		for _, out := range []string{"CC-BY-SA-3.0", "CC-BY-SA-4.0"} {
			if c := CompatibleExpr(in, out); c.Answer != "No" || c.Basis != "Creative Commons" {
				t.Errorf("%s into %s: %q (%s), want No from Creative Commons", in, out, c.Answer, c.Basis)
			}
		}
	}
	if c := CompatibleExpr("CC-BY-SA-4.0", "GPL-3.0-only"); c.Answer != "Yes" {
		t.Errorf("CC-BY-SA-4.0 into GPL-3.0-only: %q", c.Answer)
	}
}

// TestShareAlikeVersions: a BY-SA version from 2.0 on lets an adaptation go out under a
// later BY-SA version, and under no other licence (GPLv3 is declared compatible with
// BY-SA 4.0 alone), as Creative Commons states; BY-SA 1.0 lets it go out under itself
// only; CC BY of any version asks only for credit, though the FSF lists no CC BY before
// 4.0 as compatible with the GNU licences.
func TestShareAlikeVersions(t *testing.T) {
	for _, c := range []struct{ in, out, answer string }{
		{"CC-BY-SA-3.0", "CC-BY-SA-4.0", "Yes"},
		{"CC-BY-SA-2.0", "CC-BY-SA-4.0", "Yes"},
		{"CC-BY-SA-2.5", "CC-BY-SA-3.0", "Yes"},
		{"CC-BY-SA-2.0-UK", "CC-BY-SA-4.0", "Yes"},
		{"CC-BY-SA-4.0", "CC-BY-SA-3.0", "No"},
		{"CC-BY-SA-1.0", "CC-BY-SA-4.0", "No"},
		{"CC-BY-SA-2.0", "GPL-3.0-only", "No"},
		{"CC-BY-SA-2.5", "MIT", "No"},
		{"CC-BY-SA-3.0-AT", "GPL-3.0-or-later", "No"},
		{"CC-BY-2.0", "MIT", "Yes"},
		{"CC-BY-2.0", "GPL-2.0-only", "No"},
		{"CC-BY-1.0", "Apache-2.0", "Yes"},
	} {
		got := CompatibleExpr(c.in, c.out)
		if strings.HasPrefix(c.in, "CC-BY-SA-") && (got.Basis != "Creative Commons" || got.Source == "") || got.Answer != c.answer {
			t.Errorf("%s into %s: %q (%s, %s), want %s from Creative Commons", c.in, c.out, got.Answer, got.Basis, got.Source, c.answer)
		}
	}
}

// TestMsPLIntoPermissive: Ms-PL code into a permissive work, which the matrix leaves
// unknown, is yes by the licence's own section 3(D), the Ms-PL files keeping it; into a
// GPL work it stays no, as the FSF lists it.
func TestMsPLIntoPermissive(t *testing.T) {
	for _, out := range []string{"MIT", "Apache-2.0", "BSD-3-Clause", "ISC"} {
		if c := CompatibleExpr("MS-PL", out); c.Answer != "Yes" || !strings.Contains(c.Reason, "keeping the Ms-PL") || !strings.Contains(c.Source, "MS-PL") {
			t.Errorf("MS-PL into %s: %+v, want yes by the Ms-PL's own text", out, c)
		}
	}
	if c := CompatibleExpr("MS-PL", "GPL-3.0-only"); c.Answer != "No" {
		t.Errorf("MS-PL into GPL-3.0-only: %+v, want no", c)
	}
}

// TestCombinedCodeIntoAWork: code under several licences at once (AND) brings every one
// of them, so its answer speaks of all its parts, not of options to pick from as a
// choice's does.
func TestCombinedCodeIntoAWork(t *testing.T) {
	c := CompatibleExpr("GPL-2.0-or-later AND LGPL-3.0-or-later", "LGPL-2.1-or-later")
	if c.Answer != "No" || !strings.Contains(c.Reason, "keeps all of those licences") || strings.Contains(c.Reason, "option") {
		t.Errorf("GPL and LGPL code together into an LGPL-2.1 work: %q, %s", c.Answer, c.Reason)
	}
	if c := CompatibleExpr("MIT AND BSD-3-Clause", "Apache-2.0"); c.Answer != "Yes" || !strings.HasPrefix(c.Reason, "Every part of") {
		t.Errorf("MIT and BSD code together into an Apache work: %q, %s", c.Answer, c.Reason)
	}
	if c := CompatibleExpr("MIT OR GPL-3.0-only", "Apache-2.0"); c.Answer != "Yes" || !strings.HasPrefix(c.Reason, "Taking the code under MIT") {
		t.Errorf("a choice of MIT or GPL into an Apache work: %q, %s", c.Answer, c.Reason)
	}
}

// TestNonCommercialShareAlikeAdaptations: an adaptation of BY-NC-SA material goes out
// only under a BY-NC-SA licence of that version or later, as its ShareAlike says.
func TestNonCommercialShareAlikeAdaptations(t *testing.T) {
	if c := CompatibleFor("CC-BY-NC-SA-4.0", "CC-BY-SA-4.0", "modify"); c.Answer != "No" || c.Basis != "Creative Commons" || !strings.Contains(c.Reason, "later version with the same elements") {
		t.Errorf("BY-NC-SA into BY-SA: %q (%s) %s", c.Answer, c.Basis, c.Reason)
	}
	if c := CompatibleFor("CC-BY-NC-SA-3.0", "CC-BY-NC-SA-4.0", "modify"); c.Answer != "Yes" {
		t.Errorf("BY-NC-SA 3.0 into BY-NC-SA 4.0: %q (%s)", c.Answer, c.Basis)
	}
	if c := CompatibleFor("CC-BY-NC-SA-4.0", "CC-BY-NC-SA-3.0", "modify"); c.Answer == "Yes" {
		t.Errorf("BY-NC-SA 4.0 into the earlier 3.0: %q (%s)", c.Answer, c.Basis)
	}
}
