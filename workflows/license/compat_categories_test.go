package license

import (
	"slices"
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
