package workflows

import (
	"maps"
	"slices"

	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// LicensePolicy is the licence policy of a validated configuration, converted to the
// licence library's own plain rules: that library knows nothing of the bot's
// configuration, so the conversion happens here, at the edge, for the engine and the
// command line alike. Maps and slices are copied, so that the policy does not change
// if the configuration value does.
func LicensePolicy(cfg config.Policy) *license.Policy {
	return license.NewPolicy(licenseRules(cfg))
}

func licenseRules(cfg config.Policy) license.Rules {
	r := license.Rules{
		URL:               cfg.URL,
		UnknownCategory:   cfg.UnknownCategory,
		Licenses:          licenseRuleMap(cfg.Licenses),
		LicenseExceptions: licenseRuleMap(cfg.LicenseExceptions),
	}
	for _, c := range cfg.Categories {
		r.Categories = append(r.Categories, license.CategoryRule{Name: c.Name, Description: c.Description,
			Licenses: slices.Clone(c.Licenses), Verdicts: maps.Clone(c.Verdicts), Obligations: slices.Clone(c.Obligations)})
	}
	for _, e := range cfg.ProjectExceptions {
		r.ProjectExceptions = append(r.ProjectExceptions, license.ProjectException{Project: e.Project,
			Licenses: slices.Clone(e.Licenses), Uses: slices.Clone(e.Uses), Reason: e.Reason})
	}
	return r
}

func licenseRuleMap(m map[string]config.LicenseRule) map[string]license.LicenseRule {
	if m == nil {
		return nil
	}
	out := make(map[string]license.LicenseRule, len(m))
	for k, v := range m {
		out[k] = license.LicenseRule{Category: v.Category, Verdicts: maps.Clone(v.Verdicts), Obligations: slices.Clone(v.Obligations),
			Note: v.Note, URL: v.URL}
	}
	return out
}
