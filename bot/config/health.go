package config

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Health configures the scans of the organisation's published projects and the nudges
// to their maintainers. The token comes from OSPOBOT_GITHUB_TOKEN.
type Health struct {
	GitHub   HealthGitHub `yaml:"github"`
	Interval Duration     `yaml:"interval"`
	// Maintainers maps a GitHub login to chat users, where people does not say; a key
	// "owner/name" names the maintainers of a repository without a maintainers file.
	Maintainers map[string][]string `yaml:"maintainers"`
	Checks      HealthChecks        `yaml:"checks"`
}

// HealthGitHub names the GitHub API and what to scan there.
type HealthGitHub struct {
	APIURL string   `yaml:"api_url"`
	Orgs   []string `yaml:"orgs"`
	Repos  []string `yaml:"repos"` // owner/name
}

// HealthChecks turns each check on or off and tunes it. The names are those of the
// TODO Group's repolinter rules, so that an OSPO that knows one knows the other.
type HealthChecks struct {
	LicenseFileExists       FileCheck    `yaml:"license-file-exists"`
	LicenseAllowed          FileCheck    `yaml:"license-allowed"`
	ReadmeFileExists        FileCheck    `yaml:"readme-file-exists"`
	ContributingFileExists  FileCheck    `yaml:"contributing-file-exists"`
	CodeOfConductFileExists FileCheck    `yaml:"code-of-conduct-file-exists"`
	SecurityFileExists      FileCheck    `yaml:"security-file-exists"`
	MaintainersFileExists   FileCheck    `yaml:"maintainers-file-exists"`
	PullRequestResponse     AgeCheck     `yaml:"pull-request-response"`
	IssueFirstResponse      AgeCheck     `yaml:"issue-first-response"`
	ReleaseCadence          CadenceCheck `yaml:"release-cadence"`
}

// FileCheck is a check that only is on or off.
type FileCheck struct {
	Enabled bool `yaml:"enabled"`
}

// AgeCheck flags what waits longer than Days.
type AgeCheck struct {
	Enabled bool `yaml:"enabled"`
	Days    int  `yaml:"days"`
}

// CadenceCheck flags a project with commits but no release for Months.
type CadenceCheck struct {
	Enabled bool `yaml:"enabled"`
	Months  int  `yaml:"months"`
}

func defaultHealth() Health {
	on := FileCheck{Enabled: true}
	return Health{GitHub: HealthGitHub{APIURL: "https://api.github.com/"}, Interval: Duration(24 * time.Hour),
		Checks: HealthChecks{
			LicenseFileExists: on, LicenseAllowed: on, ReadmeFileExists: on, ContributingFileExists: on,
			CodeOfConductFileExists: on, SecurityFileExists: on, MaintainersFileExists: on,
			PullRequestResponse: AgeCheck{Enabled: true, Days: 14},
			IssueFirstResponse:  AgeCheck{Enabled: true, Days: 14},
			ReleaseCadence:      CadenceCheck{Enabled: true, Months: 6},
		}}
}

// githubLogin is what GitHub allows in a login (and, for health.maintainers, a team
// written org/team).
var githubLogin = regexp.MustCompile(`^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$`)

// validateGitHubLogins checks the GitHub logins people entries name (github:LOGIN): each
// a login, and each person's own.
func (c Config) validateGitHubLogins(ps *Problems) {
	owner := map[string]string{}
	for _, name := range slices.Sorted(maps.Keys(c.People)) {
		for i, id := range c.People[name] {
			login, ok := strings.CutPrefix(id, "github:")
			if !ok {
				continue
			}
			at := "people." + name + "[" + strconv.Itoa(i) + "]"
			switch l := strings.ToLower(login); {
			case !githubLogin.MatchString(login) || strings.Contains(login, "/"):
				ps.add(at, 0, "%q is not a GitHub login (github:octocat)", id)
			case owner[l] != "" && owner[l] != name:
				ps.add(at, 0, "github:%s is already %s's", login, owner[l])
			default:
				owner[l] = name
			}
		}
	}
}

func (h Health) validate(ps *Problems) {
	if h.Interval < Duration(time.Minute) {
		ps.add("health.interval", 0, "must be at least 1m")
	}
	if u := h.GitHub.APIURL; !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		ps.add("health.github.api_url", 0, "must be the API's URL, such as https://api.github.com/ (GitHub Enterprise: https://HOST/api/v3/), not %q", u)
	}
	for i, o := range h.GitHub.Orgs {
		if o == "" || strings.ContainsAny(o, "/ ") {
			ps.add("health.github.orgs["+strconv.Itoa(i)+"]", 0, "must be an organisation's login such as example, not %q", o)
		}
	}
	for i, r := range h.GitHub.Repos {
		if !validRepo(r) {
			ps.add("health.github.repos["+strconv.Itoa(i)+"]", 0, "must be owner/name, not %q", r)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(h.Maintainers)) {
		users := h.Maintainers[key]
		if !githubLogin.MatchString(key) && !validRepo(key) {
			ps.add("health.maintainers."+key, 0, "must be a GitHub login (octocat) or a repository (owner/name), not %q", key)
		}
		for i, u := range users {
			if !qualified(u) {
				ps.add("health.maintainers."+key+"["+strconv.Itoa(i)+"]", 0, "%q must be platform-qualified (slack:U…, matrix:@…, shell:…)", u)
			}
		}
	}
	for _, c := range []struct {
		name string
		c    AgeCheck
	}{{"pull-request-response", h.Checks.PullRequestResponse}, {"issue-first-response", h.Checks.IssueFirstResponse}} {
		if c.c.Enabled && c.c.Days < 1 {
			ps.add("health.checks."+c.name+".days", 0, "must be at least 1")
		}
	}
	if h.Checks.ReleaseCadence.Enabled && h.Checks.ReleaseCadence.Months < 1 {
		ps.add("health.checks.release-cadence.months", 0, "must be at least 1")
	}
}

func validRepo(r string) bool {
	owner, name, ok := strings.Cut(r, "/")
	return ok && owner != "" && name != "" && !strings.ContainsAny(owner+name, "/ ")
}
