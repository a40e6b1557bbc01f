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
