package workflows

import (
	"context"
	"errors"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// CodeHost is what a project-health scan needs of a code host (GitHub; GitLab can
// follow). Errors that wrap a bot.RetryAfter mean the host's rate limit is exhausted:
// the scan stops there and says when to try again.
type CodeHost interface {
	// Projects lists an organisation's published repositories.
	Projects(ctx context.Context, org string) ([]bot.Project, error)
	// Project reads one repository, "owner/name".
	Project(ctx context.Context, name string) (bot.Project, error)
	// Files lists the files and directories (ending in "/") of a directory of the
	// default branch ("" for the root); nil for a directory that is not there.
	Files(ctx context.Context, p bot.Project, dir string) ([]string, error)
	// ReadFile reads a file of the default branch.
	ReadFile(ctx context.Context, p bot.Project, path string) ([]byte, error)
	// OpenItems lists the open issues and pull requests.
	OpenItems(ctx context.Context, p bot.Project) ([]bot.OpenItem, error)
	// LastCommit is when the default branch last had a commit (zero for none).
	LastCommit(ctx context.Context, p bot.Project) (time.Time, error)
	// LastRelease is when the last release was made (zero for none).
	LastRelease(ctx context.Context, p bot.Project) (time.Time, error)
}

// The checks, named as the TODO Group's repolinter rules are, in the order tables show
// them.
const (
	CheckLicenseFile     = "license-file-exists"
	CheckLicenseAllowed  = "license-allowed"
	CheckReadme          = "readme-file-exists"
	CheckContributing    = "contributing-file-exists"
	CheckCodeOfConduct   = "code-of-conduct-file-exists"
	CheckSecurity        = "security-file-exists"
	CheckMaintainersFile = "maintainers-file-exists"
	CheckPullRequests    = "pull-request-response"
	CheckIssues          = "issue-first-response"
	CheckReleases        = "release-cadence"
)

// HealthChecks lists every check, in table order.
var HealthChecks = []string{CheckLicenseFile, CheckLicenseAllowed, CheckReadme, CheckContributing, CheckCodeOfConduct,
	CheckSecurity, CheckMaintainersFile, CheckPullRequests, CheckIssues, CheckReleases}

// checkShort is a check's column heading in the summary table.
var checkShort = map[string]string{CheckLicenseFile: "lic", CheckLicenseAllowed: "lic-ok", CheckReadme: "readme",
	CheckContributing: "contrib", CheckCodeOfConduct: "coc", CheckSecurity: "security", CheckMaintainersFile: "maint",
	CheckPullRequests: "pr", CheckIssues: "issue", CheckReleases: "release"}

// HealthFinding is one thing a project needs, as found by a scan.
type HealthFinding struct {
	Check  string `json:"check"`
	Detail string `json:"detail"`
	Link   string `json:"link,omitempty"` // where the problem is seen
	Fix    string `json:"fix,omitempty"`  // how to fix it
}

// ProjectHealth is what a scan found of one repository.
type ProjectHealth struct {
	Repo    string `json:"repo"`
	URL     string `json:"url,omitempty"`
	License string `json:"license"` // SPDX expression as ospobot identifies the licence file; "" for none
	// Maintainers are the GitHub logins of the maintainers file, and where they came from.
	Maintainers     []string        `json:"maintainers,omitempty"`
	MaintainersFrom string          `json:"maintainers_from,omitempty"`
	Archived        bool            `json:"archived,omitempty"`
	Findings        []HealthFinding `json:"findings"`
	// Error: this repository could not be read; its last good findings stand.
	Error string `json:"error,omitempty"`
	// What was read of the default branch, kept for a rescan: while the project's
	// last push stays the same, they are not read again.
	pushed     time.Time
	files      []string
	lastCommit time.Time
}

// HealthScan is one scan of the configured organisations and repositories.
type HealthScan struct {
	Time     time.Time
	Projects []ProjectHealth
	// Listed is true when every configured organisation was listed whole, so that a
	// repository no longer listed is known to be gone.
	Listed bool
	// Stopped says why the scan did not finish ("" when it did), and for a rate limit
	// when it resets; the projects it did not reach keep their last good findings.
	Stopped string
}

// reason is err as a scan reports it: a rate limit's own words (which say when it
// resets), without the retry wrapper.
func reason(err error) string {
	var r *bot.RetryError
	if errors.As(err, &r) {
		return r.Err.Error()
	}
	return err.Error()
}

// Complete tells whether every project was read.
func (s *HealthScan) Complete() bool {
	if s.Stopped != "" || !s.Listed {
		return false
	}
	for _, p := range s.Projects {
		if p.Error != "" {
			return false
		}
	}
	return true
}

// healthSettings is the engine's view of the health configuration: the checks, and
// GitHub logins mapped to chat users.
type healthSettings struct {
	cfg   config.Health
	login map[string][]bot.UserID // lower-case login → chat users
	repo  map[string][]bot.UserID // "owner/name" → chat users, for repositories without a maintainers file
}

func newHealthSettings(cfg config.Health, people map[string][]string) *healthSettings {
	h := &healthSettings{cfg: cfg, login: map[string][]bot.UserID{}, repo: map[string][]bot.UserID{}}
	for key, users := range cfg.Maintainers {
		m := h.login
		if strings.Contains(key, "/") && !strings.HasPrefix(key, "@") {
			m = h.repo
		}
		for _, u := range users {
			m[strings.ToLower(strings.TrimPrefix(key, "@"))] = append(m[strings.ToLower(strings.TrimPrefix(key, "@"))], bot.UserID(u))
		}
	}
	// people links a login to one person's chat accounts once; it wins over
	// health.maintainers, which is for logins people does not name.
	for _, ids := range people {
		var logins []string
		var chat []bot.UserID
		for _, id := range ids {
			if l, ok := strings.CutPrefix(id, "github:"); ok {
				logins = append(logins, strings.ToLower(l))
			} else {
				chat = append(chat, bot.UserID(id))
			}
		}
		// One nudge a person: to the first chat account people lists for them.
		for _, l := range logins {
			h.login[l] = chat[:min(len(chat), 1)]
		}
	}
	return h
}

func (h *healthSettings) enabled(check string) bool {
	c := h.cfg.Checks
	switch check {
	case CheckLicenseFile:
		return c.LicenseFileExists.Enabled
	case CheckLicenseAllowed:
		return c.LicenseAllowed.Enabled
	case CheckReadme:
		return c.ReadmeFileExists.Enabled
	case CheckContributing:
		return c.ContributingFileExists.Enabled
	case CheckCodeOfConduct:
		return c.CodeOfConductFileExists.Enabled
	case CheckSecurity:
		return c.SecurityFileExists.Enabled
	case CheckMaintainersFile:
		return c.MaintainersFileExists.Enabled
	case CheckPullRequests:
		return c.PullRequestResponse.Enabled
	case CheckIssues:
		return c.IssueFirstResponse.Enabled
	case CheckReleases:
		return c.ReleaseCadence.Enabled
	}
	return false
}

// chatUsers maps a project's maintainers to chat users: each login through people or
// health.maintainers; a repository whose logins name nobody (or that has no maintainers
// file) through health.maintainers' "owner/name" entry.
func (h *healthSettings) chatUsers(repo string, logins []string) []bot.UserID {
	var out []bot.UserID
	for _, l := range logins {
		out = append(out, h.login[strings.ToLower(strings.TrimPrefix(l, "@"))]...)
	}
	if len(out) == 0 {
		out = append(out, h.repo[strings.ToLower(repo)]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// scanWorkers read projects at once: a scan waits on the network, not the CPU, and a
// few requests in flight stay well under GitHub's secondary limits.
const scanWorkers = 4

// ScanHealth reads every configured project from host (only those of org, when given),
// checks them, and records the findings and their history in one transaction with an
// audit record. A scan that stops half-way (network, rate limit) keeps the last good
// findings of the projects it did not read, and says so in Stopped; it never takes
// them for fixed. The error is for the store only.
func (e *Engine) ScanHealth(ctx context.Context, host CodeHost, org string) (*HealthScan, error) {
	scan := e.readHealth(ctx, host, org)
	if err := e.recordHealth(scan, org); err != nil {
		return scan, err
	}
	return scan, nil
}

// readHealth is the network half of a scan; it writes nothing.
func (e *Engine) readHealth(ctx context.Context, host CodeHost, org string) *HealthScan {
	h := e.health
	scan := &HealthScan{Time: e.now(), Listed: true}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var projects []bot.Project
	seen := map[string]bool{}
	var stopMu sync.Mutex
	stop := func(err error) {
		stopMu.Lock()
		defer stopMu.Unlock()
		if scan.Stopped != "" {
			return
		}
		scan.Stopped = reason(err)
		cancel()
	}
	for _, o := range h.cfg.GitHub.Orgs {
		if org != "" && !strings.EqualFold(o, org) {
			continue
		}
		ps, err := host.Projects(ctx, o)
		if err != nil {
			scan.Listed = false
			stop(err)
			break
		}
		for _, p := range ps {
			if !seen[strings.ToLower(p.Name)] {
				seen[strings.ToLower(p.Name)] = true
				projects = append(projects, p)
			}
		}
	}
	for _, name := range h.cfg.GitHub.Repos {
		owner, _, _ := strings.Cut(name, "/")
		if (org != "" && !strings.EqualFold(owner, org)) || seen[strings.ToLower(name)] || scan.Stopped != "" {
			continue
		}
		p, err := host.Project(ctx, name)
		if err != nil {
			if _, limited := bot.RetryDelay(err); limited {
				scan.Listed = false
				stop(err)
				break
			}
			// One missing repository does not stop the others; its findings stand.
			scan.Projects = append(scan.Projects, ProjectHealth{Repo: name, Error: reason(err)})
			continue
		}
		seen[strings.ToLower(p.Name)] = true
		projects = append(projects, p)
	}
	known, err := e.knownProjects(projects)
	if err != nil {
		e.log.WarnContext(ctx, "health scan reads every project afresh", "err", err)
		known = nil
	}
	results := make([]ProjectHealth, len(projects))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(scanWorkers, len(projects)) {
		wg.Go(func() {
			for i := range next {
				ph, err := e.checkProject(ctx, host, projects[i], known[projects[i].Name], scan.Time)
				if err != nil {
					ph.Error = reason(err)
					if _, limited := bot.RetryDelay(err); limited {
						stop(err)
					} else if ctx.Err() != nil {
						ph.Error = "the scan stopped first"
					}
				}
				results[i] = ph
			}
		})
	}
	for i := range projects {
		if ctx.Err() != nil {
			// Stopped: what was not read keeps its last findings.
			for ; i < len(projects); i++ {
				results[i] = ProjectHealth{Repo: projects[i].Name, URL: projects[i].URL, Error: "the scan stopped first"}
			}
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if scan.Stopped == "" && ctx.Err() != nil {
		scan.Stopped = ctx.Err().Error()
	}
	scan.Projects = append(scan.Projects, results...)
	slices.SortFunc(scan.Projects, func(a, b ProjectHealth) int { return strings.Compare(a.Repo, b.Repo) })
	return scan
}

var (
	readmeRE       = regexp.MustCompile(`(?i)^readme(\..*)?$`)
	contributingRE = regexp.MustCompile(`(?i)^contributing(\..*)?$`)
	cocRE          = regexp.MustCompile(`(?i)^code[_-]of[_-]conduct(\..*)?$`)
	securityRE     = regexp.MustCompile(`(?i)^security(\..*)?$`)
	maintainersRE  = regexp.MustCompile(`(?i)^(codeowners|maintainers(\..*)?|owners(\.md)?)$`)
)

// checkProject reads one project and runs the enabled checks on it.
//
// known is what the last good read found (nil for none): when the project's last push is
// the same, its files, licence, maintainers and last commit are taken from there rather
// than read again, since only a push changes them. Open items and releases are always
// read.
func (e *Engine) checkProject(ctx context.Context, host CodeHost, p bot.Project, known *healthRepo, now time.Time) (ProjectHealth, error) {
	h := e.health
	ph := ProjectHealth{Repo: p.Name, URL: p.URL, Archived: p.Archived, Findings: []HealthFinding{}, pushed: p.Pushed}
	if p.Archived {
		return ph, nil // an archived project is read-only: nobody to nudge
	}
	unpushed := known != nil && known.Files != nil && !p.Pushed.IsZero() && p.Pushed.Equal(known.Pushed)
	files := slices.Clone(known.filesIf(unpushed))
	if !unpushed {
		var err error
		if files, err = host.Files(ctx, p, ""); err != nil {
			return ph, err
		}
		// GitHub shows community files from the root, .github/ and docs/.
		for _, dir := range []string{".github", "docs"} {
			if slices.Contains(files, dir+"/") {
				more, err := host.Files(ctx, p, dir)
				if err != nil {
					return ph, err
				}
				files = append(files, more...)
			}
		}
		if files == nil {
			files = []string{} // read, and empty
		}
	}
	ph.files = files
	// The last commit is kept with the files, whether release-cadence is on or not, so
	// that turning it on later needs no push to be right.
	ph.lastCommit = known.lastCommitIf(unpushed)
	if !unpushed {
		var err error
		if ph.lastCommit, err = host.LastCommit(ctx, p); err != nil {
			return ph, err
		}
	}
	find := func(re *regexp.Regexp, rootOnly bool) string {
		for _, f := range files {
			if strings.HasSuffix(f, "/") || (rootOnly && strings.Contains(f, "/")) {
				continue
			}
			if re.MatchString(path.Base(f)) {
				return f
			}
		}
		return ""
	}
	blob := func(f string) string { return p.URL + "/blob/" + cmpOr(p.DefaultBranch, "HEAD") + "/" + f }
	newFile := func(name string) string {
		return p.URL + "/new/" + cmpOr(p.DefaultBranch, "HEAD") + "?filename=" + name
	}
	add := func(f HealthFinding) {
		if h.enabled(f.Check) {
			ph.Findings = append(ph.Findings, f)
		}
	}
	// Licence: its files at the root, identified by ospobot's own code, judged by the
	// policy for publishing (distribution).
	var licFiles []string
	for _, f := range files {
		if !strings.Contains(f, "/") && license.IsLicenseFile(f) {
			licFiles = append(licFiles, f)
		}
	}
	if len(licFiles) == 0 {
		add(HealthFinding{Check: CheckLicenseFile, Detail: "no licence file at the root", Link: p.URL,
			Fix: "Add a LICENSE file with the licence the OSPO approved for the project (`policy distribute` lists what may be published)."})
	} else {
		expr := ""
		if unpushed {
			expr = known.License
		} else {
			texts := map[string][]byte{}
			for _, f := range licFiles[:min(len(licFiles), 3)] {
				data, err := host.ReadFile(ctx, p, f)
				if err != nil {
					return ph, err
				}
				texts[f] = data
			}
			expr, _ = license.LicenseOfFiles(texts)
		}
		ph.License = expr
		switch d, err := e.policy.Evaluate(expr, "distribute", p.Name); {
		case expr == "":
			add(HealthFinding{Check: CheckLicenseAllowed, Detail: licFiles[0] + " holds no licence ospobot recognises", Link: blob(licFiles[0]),
				Fix: "Replace it with the unchanged text of the approved licence, so that people (and tools) can tell what it is."})
		case err != nil:
			add(HealthFinding{Check: CheckLicenseAllowed, Detail: fmt.Sprintf("%s: %s cannot be judged: %v", licFiles[0], expr, err), Link: blob(licFiles[0]),
				Fix: "Use a licence the policy knows."})
		case d.Verdict >= license.NeedsApproval:
			add(HealthFinding{Check: CheckLicenseAllowed, Detail: fmt.Sprintf("%s: %s is %s for publishing (%s)", licFiles[0], expr, d.Verdict, categoriesOf(d)), Link: blob(licFiles[0]),
				Fix: "Relicense under a licence the policy allows for distribution, or ask the OSPO for an exception (`request exception`)."})
		}
	}
	for _, c := range []struct {
		check, what, name string
		re                *regexp.Regexp
	}{
		{CheckReadme, "a README", "README.md", readmeRE},
		{CheckContributing, "a CONTRIBUTING guide", "CONTRIBUTING.md", contributingRE},
		{CheckCodeOfConduct, "a CODE_OF_CONDUCT", "CODE_OF_CONDUCT.md", cocRE},
		{CheckSecurity, "a SECURITY policy", "SECURITY.md", securityRE},
	} {
		if find(c.re, false) == "" {
			add(HealthFinding{Check: c.check, Detail: "no " + c.name + " (at the root, in .github/ or docs/)", Link: newFile(c.name),
				Fix: "Add " + c.what + " as " + c.name + "; the link opens the editor for it."})
		}
	}
	// Maintainers: from CODEOWNERS, MAINTAINERS or OWNERS; else from the configuration.
	if mf := find(maintainersRE, false); mf != "" && unpushed {
		ph.Maintainers, ph.MaintainersFrom = known.Maintainers, mf
	} else if mf != "" {
		data, err := host.ReadFile(ctx, p, mf)
		if err != nil {
			return ph, err
		}
		ph.Maintainers, ph.MaintainersFrom = maintainerLogins(path.Base(mf), data), mf
	} else {
		ph.MaintainersFrom = "config"
		add(HealthFinding{Check: CheckMaintainersFile, Detail: "no CODEOWNERS, MAINTAINERS or OWNERS file", Link: newFile("MAINTAINERS"),
			Fix: "Add a MAINTAINERS file naming each maintainer's GitHub login (@login), one a line."})
	}
	// Responsiveness.
	if h.enabled(CheckPullRequests) || h.enabled(CheckIssues) {
		items, err := host.OpenItems(ctx, p)
		if err != nil {
			return ph, err
		}
		for _, c := range []struct {
			check string
			pr    bool
			days  int
			noun  string
		}{
			{CheckPullRequests, true, h.cfg.Checks.PullRequestResponse.Days, "pull request"},
			{CheckIssues, false, h.cfg.Checks.IssueFirstResponse.Days, "issue"},
		} {
			var late []bot.OpenItem
			for _, it := range items {
				if it.PullRequest == c.pr && !it.Responded && now.Sub(it.Created) > time.Duration(c.days)*24*time.Hour {
					late = append(late, it)
				}
			}
			if len(late) == 0 {
				continue
			}
			slices.SortFunc(late, func(a, b bot.OpenItem) int { return a.Created.Compare(b.Created) })
			o := late[0]
			detail := fmt.Sprintf("%d %s waited more than %d days for a response; the oldest, #%d, for %s", len(late), plural(len(late), c.noun+" has", c.noun+"s have"), c.days, o.Number, age(now.Sub(o.Created)))
			add(HealthFinding{Check: c.check, Detail: detail, Link: o.URL,
				Fix: "Answer it (a comment or a review is enough: thank them and say when it will be looked at)."})
		}
	}
	if h.enabled(CheckReleases) {
		lastCommit := ph.lastCommit
		lastRelease, err := host.LastRelease(ctx, p)
		if err != nil {
			return ph, err
		}
		months := h.cfg.Checks.ReleaseCadence.Months
		since := lastRelease
		if since.IsZero() {
			since = p.Created
		}
		if !lastCommit.IsZero() && lastCommit.After(lastRelease) && !since.IsZero() && since.AddDate(0, months, 0).Before(now) {
			detail := fmt.Sprintf("commits since the last release, %d months ago (%s)", monthsSince(lastRelease, now), lastRelease.UTC().Format("2006-01-02"))
			if lastRelease.IsZero() {
				detail = fmt.Sprintf("commits but no release in the %d months since it was created", monthsSince(p.Created, now))
			}
			add(HealthFinding{Check: CheckReleases, Detail: detail, Link: p.URL + "/releases/new",
				Fix: "Cut a release of what is on the default branch, or say in the README that the project is not released."})
		}
	}
	return ph, nil
}

// monthsSince counts whole calendar months from t to now.
func monthsSince(t, now time.Time) int {
	n := (now.Year()-t.Year())*12 + int(now.Month()-t.Month())
	if now.Day() < t.Day() {
		n--
	}
	return max(n, 0)
}

// categoriesOf names the policy categories a decision rests on: "forbidden category".
func categoriesOf(d license.Decision) string {
	var cats []string
	for _, t := range d.Terms {
		if slices.Contains(d.Chosen, t.Term) && !slices.Contains(cats, t.Category) {
			cats = append(cats, t.Category)
		}
	}
	return bot.JoinAnd(cats) + " " + plural(len(cats), "category", "categories")
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

var (
	atLoginRE  = regexp.MustCompile(`(?:^|[\s(<,])@([A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9._-]+)?)`)
	ghLoginRE  = regexp.MustCompile(`github\.com/([A-Za-z0-9][A-Za-z0-9-]*)`)
	ownersList = regexp.MustCompile(`^\s*-\s*"?([A-Za-z0-9][A-Za-z0-9-]*)"?\s*(?:#.*)?$`)
)

// maintainerLogins reads the GitHub logins a maintainers file names: @login (and
// @org/team) in CODEOWNERS and MAINTAINERS, github.com/login links, and the approvers
// and reviewers lists of an OWNERS file.
func maintainerLogins(name string, data []byte) []string {
	var out []string
	if strings.EqualFold(name, "OWNERS") {
		in := false
		for _, line := range strings.Split(string(data), "\n") {
			if !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "-") && strings.Contains(line, ":") {
				key, _, _ := strings.Cut(line, ":")
				in = key == "approvers" || key == "reviewers"
				continue
			}
			if m := ownersList.FindStringSubmatch(line); in && m != nil {
				out = append(out, m[1])
			}
		}
	} else {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue
			}
			for _, m := range atLoginRE.FindAllStringSubmatch(line, -1) {
				out = append(out, m[1])
			}
			for _, m := range ghLoginRE.FindAllStringSubmatch(line, -1) {
				out = append(out, m[1])
			}
		}
	}
	for i := range out {
		out[i] = strings.ToLower(out[i])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// RunHealthScans scans at once when the last recorded scan is older than
// health.interval (or there is none), then every interval, until ctx is done; after each
// scan it calls done (to save the host's cache, to log), if given. For `ospobot serve`.
func (e *Engine) RunHealthScans(ctx context.Context, host CodeHost, done func(*HealthScan, error)) {
	every := e.health.cfg.Interval.D()
	wait := time.Duration(0)
	if last, err := e.lastHealthScan(); err == nil && !last.IsZero() {
		wait = max(last.Add(every).Sub(e.now()), 0)
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		scan, err := e.ScanHealth(ctx, host, "")
		switch {
		case err != nil:
			e.log.ErrorContext(ctx, "health scan not recorded", "err", err)
		case scan.Stopped != "":
			e.log.WarnContext(ctx, "health scan stopped; the last good findings stand", "reason", scan.Stopped)
		}
		if done != nil {
			done(scan, err)
		}
		t.Reset(every)
	}
}

// lastHealthScan is the time of the last recorded scan; zero for none.
func (e *Engine) lastHealthScan() (time.Time, error) {
	var last time.Time
	err := e.store.View(func(tx *Tx) error {
		return healthScans.last(tx, 1, func(_ []byte, r *healthScanRecord) error {
			last = r.Time
			return nil
		})
	})
	return last, err
}
