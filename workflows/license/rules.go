package license

// The policy as this package reads it. These are plain data, not the bot's
// configuration types: the licence library depends on nothing of the bot, and the
// configuration is converted to them at the edge (workflows.LicensePolicy). Verdicts
// are the configuration's words ("allowed", "needs_approval", …), keyed by use.

// Uses are the ways a component can be used that a policy gives verdicts for, in the
// order answers list them. The configuration checks verdicts against the same words (a
// test in workflows keeps the two lists equal).
var Uses = []string{"internal", "distribute", "saas", "mobile", "modify", "static_link", "dynamic_link"}

// Rules is an organisation's licence policy, validated by whoever built it.
type Rules struct {
	URL               string // the policy document
	Categories        []CategoryRule
	UnknownCategory   string                 // the category of a licence no rule or data places
	Licenses          map[string]LicenseRule // by SPDX ID or pattern (GPL-*)
	LicenseExceptions map[string]LicenseRule // by SPDX exception ID
	ProjectExceptions []ProjectException
}

// CategoryRule is a group of licences with one verdict per use.
type CategoryRule struct {
	Name        string
	Description string
	Licenses    []string          // SPDX IDs or patterns, besides the built-in data
	Verdicts    map[string]string // by use
	Obligations []string
}

// LicenseRule refines one licence (or, under LicenseExceptions, one SPDX exception).
type LicenseRule struct {
	Category    string
	Verdicts    map[string]string // by use
	Obligations []string
	Note        string
	URL         string // the policy page for this licence
}

// ProjectException lets one project use licences the policy otherwise restricts.
type ProjectException struct {
	Project  string // name or pattern
	Licenses []string
	Uses     []string // empty: every use
	Reason   string
}
