package config

import (
	"strings"
	"testing"
)

// TestHealthConfigProblems guards the health section's validation: each problem named
// with its key, and people's GitHub logins checked like the other IDs.
func TestHealthConfigProblems(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"api url", "health:\n  github:\n    api_url: api.github.com\n", `health.github.api_url: must be the API's URL`},
		{"org with slash", "health:\n  github:\n    orgs: [example/tool]\n", `health.github.orgs[0]: must be an organisation's login`},
		{"repo without owner", "health:\n  github:\n    repos: [tool]\n", `health.github.repos[0]: must be owner/name, not "tool"`},
		{"unqualified chat user", "health:\n  maintainers:\n    octocat: [U024BE7LH]\n", `health.maintainers.octocat[0]: "U024BE7LH" must be platform-qualified`},
		{"bad maintainers key", "health:\n  maintainers:\n    \"not a login\": [shell:ana]\n", `health.maintainers.not a login: must be a GitHub login (octocat) or a repository`},
		{"days off", "health:\n  checks:\n    pull-request-response: {enabled: true, days: 0}\n", `health.checks.pull-request-response.days: must be at least 1`},
		{"months off", "health:\n  checks:\n    release-cadence: {months: 0}\n", `health.checks.release-cadence.months: must be at least 1`},
		{"unknown check", "health:\n  checks:\n    readme-exists: {enabled: false}\n", `health.checks.readme-exists: unknown key (known: code-of-conduct-file-exists,`},
		{"bad login", "people:\n  ana: [shell:ana, \"github:not valid\"]\n", `people.ana[1]: "github:not valid" is not a GitHub login`},
		{"login twice", "people:\n  ana: [github:Octo]\n  bob: [github:octo]\n", `people.bob[0]: github:octo is already ana's`},
		{"unknown schedule kind", "schedules:\n  - {name: h, kind: health_nudge, cron: \"0 9 * * 1\", timezone: UTC, to: dm}\n", `unknown kind "health_nudge"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(c.src), env(nil))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want %q", err, c.want)
			}
		})
	}
	ok := "people:\n  ana: [shell:ana, github:ana-b]\nhealth:\n  maintainers:\n    octocat: [shell:ana]\n    example/docs: [shell:ana]\n  checks:\n    security-file-exists: {enabled: false}\n    pull-request-response: {enabled: false, days: 0}\nschedules:\n  - {name: h, kind: health_nudges, cron: \"0 9 * * 1\", timezone: UTC, to: dm}\n"
	cfg, err := Parse("c.yaml", []byte(ok), env(nil))
	if err != nil {
		t.Fatalf("refused a good health section: %v", err)
	}
	// A check given only in part keeps the rest of its defaults.
	if cfg.Health.Checks.SecurityFileExists.Enabled || !cfg.Health.Checks.ReadmeFileExists.Enabled || cfg.Health.Checks.IssueFirstResponse.Days != 14 {
		t.Errorf("checks = %+v", cfg.Health.Checks)
	}
}
