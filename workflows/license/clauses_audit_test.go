package license

import (
	"slices"
	"strings"
	"testing"
)

// conditionsHold reports the keys of has that id's conditions lack, and the keys of
// lacks that they carry.
func conditionsHold(t *testing.T, id string, has, lacks []string) {
	t.Helper()
	for _, key := range has {
		if clauses().Conditions[key] == "" {
			t.Errorf("%s: condition %s is not in the data", id, key)
		} else if !hasCondition(id, key) {
			t.Errorf("%s: lacks %s (%q), which its text asks", id, key, clauses().Conditions[key])
		}
	}
	for _, key := range lacks {
		if hasCondition(id, key) {
			t.Errorf("%s: carries %s, which its text does not ask", id, key)
		}
	}
}

// TestGNUMarkChanges guards what the GNU texts ask of changed versions: a dated notice of the change (GPLv1 and v2 section 2(a), LGPLv2.x section 2(b), GPLv3 section 5(a)) and, in the GPL's versions, the notice an interactive program shows.
func TestGNUMarkChanges(t *testing.T) {
	for _, id := range []string{"GPL-1.0-only", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "AGPL-3.0-only", "LGPL-3.0-only", "SSPL-1.0"} {
		conditionsHold(t, id, []string{"state_changes", "notice_interactive"}, nil)
	}
	for _, id := range []string{"LGPL-2.0-only", "LGPL-2.1-only", "LGPL-2.1-or-later"} {
		conditionsHold(t, id, []string{"state_changes"}, []string{"notice_interactive"})
	}
	if got := Conditions("GPL-3.0-only"); !slices.Contains(got, clauses().Conditions["state_changes"]) || !strings.Contains(clauses().Conditions["state_changes"], "changed work") {
		t.Errorf("GPL-3.0-only: %q; want the marking of changes, said of the work as GPLv3 section 5(a) asks it", got)
	}
}

// TestGNUNoticeWithBinaries guards that the GNU texts ask their notices and licence with object code too (GPLv2 section 3, GPLv3 section 6 by way of section 4), and what the LGPL asks of a program using the library, so MIT is not said to ask more of binaries.
func TestGNUNoticeWithBinaries(t *testing.T) {
	for _, id := range []string{"GPL-2.0-only", "GPL-3.0-only", "AGPL-3.0-or-later", "LGPL-2.1-only", "LGPL-3.0-only", "GPL-1.0-or-later"} {
		conditionsHold(t, id, []string{"notice_all"}, []string{"notice"})
	}
	if d, ok := Differences("MIT", "GPL-3.0-only"); !ok || len(d.OnlyA) != 0 {
		t.Errorf("MIT against GPL-3.0-only: %+v, %v; want nothing only MIT asks", d, ok)
	}
	for _, id := range []string{"LGPL-2.0-only", "LGPL-2.1-only", "LGPL-3.0-or-later"} {
		if asked, _ := TextAsked(id); !slices.Contains(asked, clauses().Conditions["notice_combined"]) {
			t.Errorf("%s: text asked %q; want the notice a program using the library carries", id, asked)
		}
	}
	if lc := clauses().Conditions["library_copyleft"]; !strings.Contains(lc, "reverse engineering") {
		t.Errorf("library_copyleft says %q; want the reverse engineering the LGPL's terms for the program must allow", lc)
	}
}

// TestMozillaFamilyNotices guards the change file of MPL-1.1 (section 3.3, as MPL-1.0), the contributor notice of the CDDL (section 3.3) and EPL-1.0, and the commercial distributor's indemnity of the EPL and CPL (section 4).
func TestMozillaFamilyNotices(t *testing.T) {
	d, ok := Differences("MPL-1.1", "MPL-1.0")
	if !ok || slices.Contains(d.OnlyB, clauses().Conditions["change_file"]) || !slices.Equal(d.OnlyA, []string{clauses().Conditions["patent_grant"]}) {
		t.Errorf("MPL-1.1 against MPL-1.0: %+v, %v; want the change file in both, only the patent clause apart", d, ok)
	}
	conditionsHold(t, "NPL-1.1", []string{"change_file"}, nil)
	conditionsHold(t, "CDDL-1.0", []string{"contributor_notice"}, nil)
	conditionsHold(t, "EPL-1.0", []string{"contributor_notice", "commercial_indemnity"}, nil)
	conditionsHold(t, "CPL-1.0", []string{"contributor_notice", "commercial_indemnity"}, nil)
	conditionsHold(t, "EPL-2.0", []string{"commercial_indemnity"}, []string{"contributor_notice"})
}

// TestOSLConditions guards what OSL-3.0's text asks beside its copyleft: the attribution notice that the work was changed (section 6), no endorsement by the licensor's names (section 4) and the effort to get recipients' assent (section 9), as AFL-3.0, whose text differs only in the copyleft.
func TestOSLConditions(t *testing.T) {
	conditionsHold(t, "OSL-3.0", []string{"keep_notices", "state_changes", "no_endorsement", "recipient_assent", "copyleft", "external_deployment"}, []string{"notice"})
	d, ok := Differences("OSL-3.0", "AFL-3.0")
	want := []string{clauses().Conditions["copyleft"], clauses().Conditions["external_deployment"]}
	if !ok || !slices.Equal(d.OnlyA, want) || len(d.OnlyB) != 0 {
		t.Errorf("OSL-3.0 against AFL-3.0: %+v, %v; want only the copyleft and External Deployment apart", d, ok)
	}
	if d, ok := Differences("OSL-3.0", "NPOSL-3.0"); !ok || len(d.OnlyA) != 0 || len(d.OnlyB) != 1 {
		t.Errorf("OSL-3.0 against NPOSL-3.0: %+v, %v; want only the non-profit clause apart", d, ok)
	}
	if r := copyleftRank("OSL-3.0"); r != 4 {
		t.Errorf("copyleftRank(OSL-3.0) = %d, want 4", r)
	}
}

// TestEUPLConditions guards the EUPL's notice that the work was modified, with the date, its notices and licence with every copy (article 5), and its patent grant with no patent-suit clause (article 2).
func TestEUPLConditions(t *testing.T) {
	for _, id := range []string{"EUPL-1.0", "EUPL-1.1", "EUPL-1.2"} {
		conditionsHold(t, id, []string{"notice_all", "state_changes", "patent_grant_plain"}, []string{"notice", "patent_grant"})
	}
	if d, ok := Differences("EUPL-1.1", "EUPL-1.2"); !ok || len(d.OnlyA)+len(d.OnlyB) != 0 {
		t.Errorf("EUPL-1.1 against EUPL-1.2: %+v, %v; want them alike", d, ok)
	}
}

// TestCreativeCommonsRestrictions guards the Creative Commons texts' ban on DRM or terms that restrict recipients (every version), the endorsement they give no right to imply (3.0 and 4.0), and 3.0's moral-rights clause, while a service under them stays a matter of sharing.
func TestCreativeCommonsRestrictions(t *testing.T) {
	for _, id := range []string{"CC-BY-2.0", "CC-BY-SA-2.5", "CC-BY-3.0", "CC-BY-NC-ND-3.0", "CC-BY-4.0", "CC-BY-NC-SA-4.0"} {
		conditionsHold(t, id, []string{"no_drm"}, nil)
	}
	d, ok := Differences("CC-BY-3.0", "CC-BY-4.0")
	if !ok || !slices.Equal(d.OnlyA, []string{clauses().Conditions["no_derogatory"]}) || !slices.Equal(d.OnlyB, []string{clauses().Conditions["no_patent"]}) {
		t.Errorf("CC-BY-3.0 against CC-BY-4.0: %+v, %v; want the moral-rights clause only in 3.0, the patent words only in 4.0", d, ok)
	}
	conditionsHold(t, "CC-BY-2.0", nil, []string{"no_implied_endorsement", "no_derogatory"})
	for _, id := range []string{"CC-BY-4.0", "CC-BY-SA-3.0"} {
		if asks, known := AsksUnshared(id, "saas"); known || len(asks) != 0 {
			t.Errorf("AsksUnshared(%q, saas) = %q, %v; want it left to what the service shows", id, asks, known)
		}
	}
}

// TestSourceAvailableNotices guards what the Elastic License and BUSL-1.1 ask of copies (their terms with every copy, Elastic's notice of changes and patent clause), BUSL's four-year limit on the Change Date, and the SSPL's installation information (section 6).
func TestSourceAvailableNotices(t *testing.T) {
	conditionsHold(t, "Elastic-2.0", []string{"notice_terms", "state_changes", "patent_grant", "hosted_service_ban", "licence_key"}, nil)
	conditionsHold(t, "BUSL-1.1", []string{"notice_terms", "busl_use"}, []string{"notice"})
	if b := clauses().Conditions["busl_use"]; !strings.Contains(b, "four years") {
		t.Errorf("busl_use says %q; want the fourth anniversary that may come before the Change Date", b)
	}
	conditionsHold(t, "SSPL-1.0", []string{"installation_info", "service_source"}, nil)
	if r := copyleftRank("Elastic-2.0"); r != 5 {
		t.Errorf("copyleftRank(Elastic-2.0) = %d, want 5", r)
	}
}

// TestOtherAuditedTexts guards Apache-2.0's licence with every copy (section 4(a)), the ODbL's notices, DRM clause and licence address (sections 4.2, 4.7), Artistic-2.0's terms for modified versions (sections 4 to 7), PSF-2.0's notice in any version, and the SSLeay clause of OpenSSL, which reaches no further than its own code.
func TestOtherAuditedTexts(t *testing.T) {
	for _, id := range []string{"Apache-2.0", "ECL-2.0"} {
		if asked, _ := TextAsked(id); !slices.Contains(asked, clauses().Conditions["notice_terms"]) {
			t.Errorf("%s: text asked %q; want the licence with copies in any form", id, asked)
		}
	}
	conditionsHold(t, "ODbL-1.0", []string{"notice_database", "drm_parallel", "odbl_notice", "odbl_sharealike"}, nil)
	if TextByLink("ODbL-1.0") == "" {
		t.Error("ODbL-1.0: its text lets the licence's URI stand in for it, the data says not")
	}
	conditionsHold(t, "Artistic-2.0", []string{"keep_notices", "artistic2_changes", "patent_grant"}, []string{"notice", "state_changes"})
	conditionsHold(t, "PSF-2.0", []string{"notice_all", "summary_of_changes"}, []string{"notice"})
	conditionsHold(t, "OpenSSL", []string{"no_relicense"}, nil)
	conditionsHold(t, "OpenSSL-standalone", nil, []string{"no_relicense"})
	if r := copyleftRank("OpenSSL"); r != 0 {
		t.Errorf("copyleftRank(OpenSSL) = %d, want 0", r)
	}
}
