package license

import (
	"slices"
	"testing"

	"github.com/github/go-spdx/v2/spdxexp"
)

// TestRememberedSPDXAnswers: the remembered answers are go-spdx's own, the same on the
// second call as on the first, errors included; a caller changing the slice it got
// changes nothing remembered; and a full memo starts again instead of growing.
func TestRememberedSPDXAnswers(t *testing.T) {
	for _, expr := range []string{"MIT", "MIT OR Apache-2.0", "(GPL-2.0-only WITH Classpath-exception-2.0) AND BSD-3-Clause", "NOT A LICENCE (", ""} {
		want, wantErr := spdxexp.ExtractLicenses(expr)
		for range 2 {
			got, err := ExtractLicenses(expr)
			// go-spdx gives the licences in no fixed order: compared as sets.
			if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))) || (err == nil) != (wantErr == nil) {
				t.Errorf("ExtractLicenses(%q) = %q, %v; go-spdx says %q, %v", expr, got, err, want, wantErr)
			}
			if len(got) > 0 {
				got[0] = "changed"
			}
		}
	}
	for _, c := range []struct {
		expr    string
		allowed []string
	}{{"MIT OR GPL-3.0-only", []string{"MIT"}}, {"MIT AND GPL-3.0-only", []string{"MIT"}}, {"MIT", []string{"Apache-2.0"}}} {
		want, _ := spdxexp.Satisfies(c.expr, c.allowed)
		for range 2 {
			if got, _ := satisfies(c.expr, c.allowed); got != want {
				t.Errorf("satisfies(%q, %q) = %v, go-spdx says %v", c.expr, c.allowed, got, want)
			}
		}
	}
	var m memo[int]
	for i := range memoSize + 10 {
		m.put(string(rune('a'+i%26))+string(rune(i)), i, nil)
	}
	if n := len(m.m); n > memoSize {
		t.Errorf("memo holds %d entries, more than %d", n, memoSize)
	}
}
