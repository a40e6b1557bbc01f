package workflows

import (
	"encoding/json"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// TestLicenseRulesCarryEveryField guards the edge where the configuration's policy
// becomes the licence library's rules: every field of a policy with all fields set
// arrives (compared by field name, so a field added to one side and not copied fails),
// and the rules do not change when the configuration value is changed afterwards.
func TestLicenseRulesCarryEveryField(t *testing.T) {
	rule := config.LicenseRule{Category: "restricted", Verdicts: map[string]string{"saas": "needs_approval"},
		Obligations: []string{"keep the notice"}, Note: "ask legal", URL: "https://policy.example/gpl"}
	cfg := config.Policy{
		URL: "https://policy.example",
		Categories: []config.Category{{Name: "restricted", Description: "copyleft", Licenses: []string{"GPL-*"},
			Verdicts: map[string]string{"internal": "allowed"}, Obligations: []string{"share changes"}}},
		UnknownCategory:   "restricted",
		Licenses:          map[string]config.LicenseRule{"GPL-2.0-only": rule},
		LicenseExceptions: map[string]config.LicenseRule{"Classpath-exception-2.0": rule},
		ProjectExceptions: []config.ProjectException{{Project: "tools-*", Licenses: []string{"AGPL-3.0-only"}, Uses: []string{"internal"}, Reason: "not shipped"}},
	}
	want, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	r := licenseRules(cfg)
	got, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatalf("rules differ from the configuration:\n got %s\nwant %s", got, want)
	}
	cfg.Categories[0].Verdicts["internal"] = "not_allowed"
	cfg.Licenses["GPL-2.0-only"].Verdicts["saas"] = "allowed"
	cfg.ProjectExceptions[0].Uses[0] = "saas"
	if again, _ := json.Marshal(r); string(again) != string(want) {
		t.Errorf("changing the configuration changed the rules:\n got %s\nwant %s", again, want)
	}
}
