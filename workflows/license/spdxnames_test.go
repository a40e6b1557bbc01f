package license

import (
	"slices"
	"testing"
)

// TestSPDXNamesInQuestions guards the reading of licences the hand-made aliases do not
// know: by their full SPDX name, with or without its version, and by their acronym in
// capitals, while the same words used for something else name no licence.
func TestSPDXNamesInQuestions(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"HPND code in our GPLv3 tool, ok?", []string{"HPND", "GPL-3.0-only"}},
		{"a CPAL'd module in our app?", []string{"CPAL-1.0"}},
		{"old Common Public License 1.0 code in our product?", []string{"CPL-1.0"}},
		{"code under the Zend License v2.0 in our PHP extension", []string{"Zend-2.0"}},
		{"is the Mulan Permissive Software License, Version 2 OSI approved?", []string{"MulanPSL-2.0"}},
		{"a file under the Apple Public Source License, can we ship it?", []string{"APSL-2.0"}},
		{"can code under the Vim license go into our plugin?", []string{"Vim"}},
		{"we run an NTP daemon and a MIPS build of our firmware", nil},
		{"we love open software and academic free time", nil},
		{"I edit everything in vim", nil},
	} {
		if got := FindLicenses(c.q); !slices.Equal(got, c.want) {
			t.Errorf("%q: read %q, want %q", c.q, got, c.want)
		}
	}
}

// TestCurrentExpression guards the reading of deprecated SPDX IDs in current ones, which
// the comparison with other tools' test data relies on.
func TestCurrentExpression(t *testing.T) {
	if got, ok := CurrentExpression("GPL-2.0-with-classpath-exception"); !ok || got != "GPL-2.0-or-later WITH Classpath-exception-2.0" {
		t.Errorf("deprecated ID read as %q %v", got, ok)
	}
	if got, ok := CurrentExpression("MIT"); ok {
		t.Errorf("a current ID was replaced by %q", got)
	}
}
