package license

import (
	"slices"
	"strings"
	"testing"
)

// TestConditionsOfMoreLicences guards what the clause data says of a sample of the licences added after the first 61: each carries the conditions read from its text.
func TestConditionsOfMoreLicences(t *testing.T) {
	for _, c := range []struct {
		id         string
		has, lacks []string // condition keys
		words      string   // in the statement of has[0]
	}{
		{"FSL-1.1-MIT", []string{"fsl_use", "notice_all", "patent_grant"}, nil, "two years"},
		{"FSL-1.1-ALv2", []string{"fsl_use"}, nil, "MIT or Apache-2.0"},
		{"PolyForm-Noncommercial-1.0.0", []string{"polyform_noncommercial", "notice_terms", "notice_required"}, []string{"polyform_small_business"}, "non-commercial"},
		{"PolyForm-Small-Business-1.0.0", []string{"polyform_small_business"}, []string{"polyform_noncommercial"}, "fewer than 100 people"},
		{"CC-BY-ND-3.0", []string{"no_derivatives", "credit"}, []string{"sharealike"}, "no sharing of changed versions"},
		{"CC-BY-NC-SA-2.0", []string{"non_commercial", "sharealike", "credit"}, nil, "commercial advantage"},
		{"BSD-2-Clause-Patent", []string{"patent_grant_plain", "notice", "notice_binary"}, []string{"patent_grant", "no_endorsement"}, "patent licence"},
		{"BSD-3-Clause-Clear", []string{"no_patent", "no_endorsement"}, nil, "licenses no patents"},
		{"Artistic-1.0-Perl", []string{"standard_version", "copying_fee", "state_changes"}, []string{"patent_grant"}, "Standard Version"},
		{"GFDL-1.3-or-later", []string{"gfdl_duties", "gfdl_copyleft"}, nil, "Invariant Sections"},
		{"CECILL-2.1", []string{"copyleft_compat", "contribution_notice"}, nil, "compatible"},
		{"CERN-OHL-W-2.0", []string{"interface_copyleft"}, []string{"copyleft"}, "documented interface"},
		{"OFL-1.0", []string{"font_copyleft_only", "font_renamed", "font_with_software"}, []string{"font_copyleft"}, "only under this licence"},
		{"Hippocratic-2.1", []string{"human_rights"}, nil, "human-rights"},
		{"Parity-7.0.0", []string{"parity_copyleft"}, nil, "thirty days"},
		{"PDDL-1.0", []string{"nothing", "no_patent"}, nil, "no conditions"},
		{"zlib-acknowledgement", []string{"doc_credit", "no_misrepresent"}, nil, "documentation"},
	} {
		got := Conditions(c.id)
		if len(got) == 0 {
			t.Errorf("%s: no conditions in the data", c.id)
			continue
		}
		for i, key := range c.has {
			want := clauses().Conditions[key]
			if want == "" || !slices.Contains(got, want) {
				t.Errorf("%s: conditions lack %s (%q):\n%s", c.id, key, want, strings.Join(got, "\n"))
			}
			if i == 0 && !strings.Contains(want, c.words) {
				t.Errorf("%s: %s says %q, want it to speak of %q", c.id, key, want, c.words)
			}
		}
		for _, key := range c.lacks {
			if hasCondition(c.id, key) {
				t.Errorf("%s: carries %s, which its text does not ask", c.id, key)
			}
		}
	}
}

// TestUnsharedOfMoreLicences guards that the added limits on use bind use with no copy handed on (in house, as a service), and that the added permissive texts ask nothing of it.
func TestUnsharedOfMoreLicences(t *testing.T) {
	for _, c := range []struct {
		id, use, key string
	}{
		{"PolyForm-Noncommercial-1.0.0", "internal", "polyform_noncommercial"},
		{"PolyForm-Small-Business-1.0.0", "saas", "polyform_small_business"},
		{"FSL-1.1-MIT", "saas", "fsl_use"},
		{"Hippocratic-2.1", "internal", "human_rights"},
		{"Parity-7.0.0", "internal", "parity_copyleft"},
		{"ODC-By-1.0", "saas", "produced_work_notice"},
		{"CPAL-1.0", "saas", "external_deployment"},
	} {
		asks, known := AsksUnshared(c.id, c.use)
		if want := clauses().Conditions[c.key]; !known || want == "" || !slices.Contains(asks, want) {
			t.Errorf("AsksUnshared(%q, %q) = %q, %v; want it known and to hold %s", c.id, c.use, asks, known, c.key)
		}
	}
	for _, id := range []string{"BlueOak-1.0.0", "BSD-1-Clause", "MulanPSL-2.0", "GFDL-1.3-only"} {
		if asks, known := AsksUnshared(id, "internal"); !known || len(asks) != 0 {
			t.Errorf("AsksUnshared(%q, internal) = %q, %v; want it known and empty", id, asks, known)
		}
	}
}

// TestReachOfMoreLicences guards how far the added licences' copyleft or limits on use reach, which orders the options of a choice.
func TestReachOfMoreLicences(t *testing.T) {
	for id, want := range map[string]int{
		"BSD-1-Clause": 0, "UPL-1.0": 0, "Artistic-1.0": 0, "OFL-1.0": 1, "MPL-2.0-no-copyleft-exception": 1, "CECILL-C": 1,
		"CERN-OHL-W-2.0": 2, "CERN-OHL-S-2.0": 3, "GFDL-1.2-only": 3, "QPL-1.0": 3, "Sleepycat": 3, "EUPL-1.0": 3,
		"CPAL-1.0": 4, "APSL-2.0": 4, "FSL-1.1-ALv2": 5, "PolyForm-Small-Business-1.0.0": 5, "Hippocratic-2.1": 5, "Parity-7.0.0": 5,
	} {
		if got := copyleftRank(id); got != want {
			t.Errorf("copyleftRank(%q) = %d, want %d", id, got, want)
		}
	}
	if got, ok := fewestConditions("CERN-OHL-S-2.0 OR CERN-OHL-W-2.0 OR CERN-OHL-P-2.0"); !ok || got != "CERN-OHL-P-2.0" {
		t.Errorf("fewest of the CERN-OHL variants: %q, %v; want CERN-OHL-P-2.0", got, ok)
	}
}

// TestDifferencesOfMoreLicences guards that the added licences can be set against others, and that texts read alike show no difference.
func TestDifferencesOfMoreLicences(t *testing.T) {
	d, ok := Differences("Artistic-1.0-Perl", "Artistic-2.0")
	if !ok || !slices.Contains(d.OnlyA, clauses().Conditions["standard_version"]) || !slices.Contains(d.OnlyB, clauses().Conditions["patent_grant"]) {
		t.Errorf("Artistic-1.0-Perl against Artistic-2.0: %+v, %v; want the Standard Version rules only in the first, the patent grant only in the second", d, ok)
	}
	for _, pair := range [][2]string{{"CDDL-1.0", "CDDL-1.1"}, {"MPL-2.0", "MPL-2.0-no-copyleft-exception"}, {"Apache-2.0", "ECL-2.0"}} {
		if d, ok := Differences(pair[0], pair[1]); !ok || len(d.OnlyA)+len(d.OnlyB) != 0 {
			t.Errorf("%s against %s: %+v, %v; want them known and alike", pair[0], pair[1], d, ok)
		}
	}
	// OpenSSL's text carries the SSLeay licence too, whose last clause the standalone text lacks.
	if d, ok := Differences("OpenSSL", "OpenSSL-standalone"); !ok || !slices.Equal(d.OnlyA, []string{clauses().Conditions["no_relicense"]}) || len(d.OnlyB) != 0 {
		t.Errorf("OpenSSL against OpenSSL-standalone: %+v, %v; want only SSLeay's keeping of its terms in the first", d, ok)
	}
	if d, ok := Differences("PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0"); !ok || len(d.OnlyA) != 1 || len(d.OnlyB) != 1 {
		t.Errorf("the two PolyForm licences: %+v, %v; want one limit on use each", d, ok)
	}
}

// TestTextAskedOfMoreLicences guards what the added texts ask of the licence text in copies, and which let a link stand in for it.
func TestTextAskedOfMoreLicences(t *testing.T) {
	for _, id := range []string{"FSL-1.1-MIT", "PolyForm-Noncommercial-1.0.0", "BlueOak-1.0.0", "UPL-1.0", "ODC-By-1.0", "OGL-UK-3.0"} {
		if TextByLink(id) == "" {
			t.Errorf("%s: its text lets a link stand in for it, the data says not", id)
		}
	}
	for _, id := range []string{"GFDL-1.3-only", "Vim", "CECILL-2.1", "MS-RL", "IPA"} {
		if w := TextByLink(id); w != "" {
			t.Errorf("%s: a link said to stand in for its text (%q)", id, w)
		}
	}
	if asked, nothing := TextAsked("Vim"); nothing || len(asked) == 0 {
		t.Errorf("Vim: asked %q, nothing %v; want its text asked", asked, nothing)
	}
	if asked, nothing := TextAsked("PDDL-1.0"); !nothing || len(asked) != 0 {
		t.Errorf("PDDL-1.0: asked %q, nothing %v; want nothing asked", asked, nothing)
	}
}
