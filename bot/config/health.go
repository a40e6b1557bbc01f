package config

import "time"

// Health configures the scans of the organisation's published projects and the nudges
// to their maintainers. The token comes from OSPOBOT_GITHUB_TOKEN.
type Health struct {
	GitHub   HealthGitHub `yaml:"github"`
	Interval Duration     `yaml:"interval"`
	// Maintainers maps a GitHub login to chat users, where people does not say.
	Maintainers map[string][]string `yaml:"maintainers"`
}

// HealthGitHub names the GitHub API and what to scan there.
type HealthGitHub struct {
	APIURL string   `yaml:"api_url"`
	Orgs   []string `yaml:"orgs"`
	Repos  []string `yaml:"repos"` // owner/name
}

func defaultHealth() Health {
	return Health{GitHub: HealthGitHub{APIURL: "https://api.github.com/"}, Interval: Duration(24 * time.Hour)}
}

func (h Health) validate(ps *Problems) {
	if h.Interval < Duration(time.Minute) {
		ps.add("health.interval", 0, "must be at least 1m")
	}
}
