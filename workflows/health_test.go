package workflows

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/github"
	"github.com/ospobot/ospobot/adapters/github/githubtest"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// dmRecorder is a chat adapter that keeps each message with whom it went to.
type dmRecorder struct {
	mu  sync.Mutex
	out []Outgoing
}

func (r *dmRecorder) Platform() bot.Platform                       { return bot.Shell }
func (*dmRecorder) Capabilities() bot.Capabilities                 { return bot.Capabilities{Buttons: true} }
func (r *dmRecorder) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }
func (r *dmRecorder) Send(_ context.Context, to bot.Destination, rep bot.Reply) (bot.MessageRef, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.out = append(r.out, Outgoing{To: to, Reply: rep})
	return bot.MessageRef(fmt.Sprint(len(r.out))), nil
}

// take returns what was sent since the last take.
func (r *dmRecorder) take() []Outgoing {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.out
	r.out = nil
	return out
}

var healthStart = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

// healthRepos is an organisation with one healthy project, one under a licence the
// policy forbids for publishing (with a pull request and an issue left unanswered and
// no release for long), and one whose maintainers file names nobody known in chat.
func healthRepos() []*githubtest.Repo {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	return []*githubtest.Repo{
		{Owner: "example", Name: "good", Files: map[string]string{
			"LICENSE": "SPDX-License-Identifier: MIT\n", "README.md": "# good", "CONTRIBUTING.md": "PRs welcome",
			"CODE_OF_CONDUCT.md": "Be kind", ".github/SECURITY.md": "security@example.com", ".github/CODEOWNERS": "* @alice\n"},
			Commits: []time.Time{day(2026, 2, 1)}, Releases: []time.Time{day(2026, 2, 2)}},
		{Owner: "example", Name: "agpl", Created: day(2024, 1, 1), Files: map[string]string{
			"LICENSE": "SPDX-License-Identifier: AGPL-3.0-only\n", "README.md": "# agpl", "CODE_OF_CONDUCT.md": "Be kind",
			"MAINTAINERS": "Bob <bob@example.com> @bob\n"},
			Items: []githubtest.Item{
				{Number: 7, PR: true, Title: "fix", Author: "carol", Created: day(2026, 1, 1)},
				{Number: 8, Title: "crash", Author: "dave", Created: day(2026, 2, 1)},
				{Number: 9, Title: "answered", Author: "erin", Created: day(2026, 1, 1), Comments: 2},
			},
			Commits: []time.Time{day(2026, 2, 20)}},
		{Owner: "example", Name: "orphan", Files: map[string]string{
			"LICENSE": "SPDX-License-Identifier: Apache-2.0\n", "README.md": "# orphan", "CONTRIBUTING.md": "x",
			"CODE_OF_CONDUCT.md": "x", "SECURITY.md": "x", "MAINTAINERS": "@nobody\n"},
			Commits: []time.Time{day(2026, 2, 1)}, Releases: []time.Time{day(2026, 2, 1)}},
	}
}

type healthRig struct {
	store *Store
	clock *clock
	e     *Engine
	rec   *dmRecorder
	srv   *githubtest.Server
	host  *github.Host
}

func newHealthRig(t testing.TB, repos []*githubtest.Repo) *healthRig {
	t.Helper()
	srv := githubtest.New(repos...)
	t.Cleanup(srv.Close)
	cfg := config.Default().Health
	cfg.GitHub = config.HealthGitHub{APIURL: srv.APIURL(), Orgs: []string{"example"}}
	cfg.Maintainers = map[string][]string{"bob": {"shell:bob"}}
	c := &clock{t: healthStart}
	s := openTestStore(t)
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Health: cfg,
		People: map[string][]string{"alice": {"shell:alice", "github:alice", "slack:U0ALICE"}},
		Groups: map[string]config.Group{"ospo": {Members: []string{"shell:otto"}}, "legal": {Members: []string{"shell:lena"}}},
		Schedules: []config.Schedule{
			{Name: "health", Kind: "health_nudges", Cron: "0 9 * * 1", TimeZone: "UTC", To: "dm"},
			{Name: "weekly", Kind: "ospo_summary", Cron: "0 9 * * 1", TimeZone: "UTC", To: "shell:ospo"},
		}})
	rec := &dmRecorder{}
	e.AddAdapter(rec)
	return &healthRig{store: s, clock: c, e: e, rec: rec, srv: srv, host: newGitHub(t, srv)}
}

func newGitHub(t testing.TB, srv *githubtest.Server) *github.Host {
	h, err := github.New(github.Options{APIURL: srv.APIURL(), Token: "t"})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func (r *healthRig) scan(t testing.TB) *HealthScan {
	t.Helper()
	scan, err := r.e.ScanHealth(context.Background(), r.host, "")
	if err != nil {
		t.Fatal(err)
	}
	return scan
}

func (r *healthRig) nudge(t testing.TB) []Outgoing {
	t.Helper()
	if _, err := r.e.RunNow(context.Background(), "health"); err != nil {
		t.Fatal(err)
	}
	if err := r.e.Dispatcher().Deliver(context.Background()); err != nil {
		t.Fatal(err)
	}
	return r.rec.take()
}

func checksOf(p ProjectHealth) []string {
	var out []string
	for _, f := range p.Findings {
		out = append(out, f.Check)
	}
	return out
}

func auditText(t testing.TB, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if _, err := s.ExportAudit(&b, "jsonl", time.Time{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestHealthScanFindings guards the checks: the licence as ospobot identifies it and
// the policy's verdict for publishing, the community files (found in .github/ too),
// the maintainers file, unanswered pull requests and issues, and the release cadence.
func TestHealthScanFindings(t *testing.T) {
	r := newHealthRig(t, healthRepos())
	scan := r.scan(t)
	if !scan.Complete() || len(scan.Projects) != 3 {
		t.Fatalf("scan complete=%v stopped=%q projects=%d", scan.Complete(), scan.Stopped, len(scan.Projects))
	}
	want := map[string][]string{
		"example/agpl":   {CheckLicenseAllowed, CheckContributing, CheckSecurity, CheckPullRequests, CheckIssues, CheckReleases},
		"example/good":   nil,
		"example/orphan": nil,
	}
	licences := map[string]string{"example/agpl": "AGPL-3.0-only", "example/good": "MIT", "example/orphan": "Apache-2.0"}
	for _, p := range scan.Projects {
		if got := checksOf(p); !slices.Equal(got, want[p.Repo]) {
			t.Errorf("%s: checks %v, want %v", p.Repo, got, want[p.Repo])
		}
		if p.License != licences[p.Repo] {
			t.Errorf("%s: licence %q, want %q", p.Repo, p.License, licences[p.Repo])
		}
	}
	agpl := scan.Projects[0]
	for _, f := range agpl.Findings {
		if f.Link == "" || f.Fix == "" {
			t.Errorf("%s has no link or fix: %+v", f.Check, f)
		}
		switch f.Check {
		case CheckLicenseAllowed:
			if !strings.Contains(f.Detail, "not allowed") || !strings.Contains(f.Detail, "forbidden") {
				t.Errorf("licence detail %q does not give the verdict and category", f.Detail)
			}
		case CheckPullRequests:
			if !strings.Contains(f.Detail, "#7") || f.Link != "https://github.com/example/agpl/pull/7" {
				t.Errorf("pull request finding %+v does not point at #7", f)
			}
		case CheckIssues:
			if !strings.Contains(f.Detail, "1 issue has") || !strings.Contains(f.Detail, "#8") {
				t.Errorf("issue finding %q should name only the unanswered #8", f.Detail)
			}
		}
	}
	if got := scan.Projects[2].Maintainers; !slices.Equal(got, []string{"nobody"}) {
		t.Errorf("orphan maintainers = %v", got)
	}
	// alice's login is linked through people: she is reached once, at the first chat
	// account listed; bob through health.maintainers; nobody is nobody's.
	chat := map[string]string{}
	if err := r.store.View(func(tx *Tx) error {
		for _, repo := range []string{"example/good", "example/agpl", "example/orphan"} {
			hr, err := healthProjects.get(tx, []byte(repo))
			if err != nil {
				return err
			}
			chat[repo] = fmt.Sprint(hr.Chat)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"example/good": "[shell:alice]", "example/agpl": "[shell:bob]", "example/orphan": "[]"}; fmt.Sprint(chat) != fmt.Sprint(want) {
		t.Errorf("chat users %v, want %v", chat, want)
	}
}

// TestHealthChecksTurnOff guards per-check settings: a check turned off finds nothing,
// and a longer wait tolerates an older unanswered issue.
func TestHealthChecksTurnOff(t *testing.T) {
	srv := githubtest.New(healthRepos()...)
	t.Cleanup(srv.Close)
	cfg := config.Default().Health
	cfg.GitHub = config.HealthGitHub{APIURL: srv.APIURL(), Repos: []string{"example/agpl"}}
	cfg.Checks.SecurityFileExists.Enabled = false
	cfg.Checks.IssueFirstResponse.Days = 60
	e := NewEngine(openTestStore(t), Options{Now: func() time.Time { return healthStart }, Log: quietLog(), Health: cfg})
	scan, err := e.ScanHealth(context.Background(), newGitHub(t, srv), "")
	if err != nil {
		t.Fatal(err)
	}
	got := checksOf(scan.Projects[0])
	if slices.Contains(got, CheckSecurity) || slices.Contains(got, CheckIssues) || !slices.Contains(got, CheckPullRequests) {
		t.Errorf("checks %v: security is off and the issue waited 29 of 60 days; the pull request still counts", got)
	}
}

// TestHealthNudgeCycle guards what maintainers get: one direct message each, new
// findings first with link, fix and buttons that have typed commands; no repeat before
// the interval; snooze and acknowledge (with its reason in the audit) silence one
// finding; a fixed finding is reported as resolved once; a maintainers file naming
// nobody known in chat sends nothing and shows in the summary.
func TestHealthNudgeCycle(t *testing.T) {
	r := newHealthRig(t, healthRepos())
	r.scan(t)
	out := r.nudge(t)
	if len(out) != 1 || out[0].To.User != "shell:bob" {
		t.Fatalf("nudges went to %v, want shell:bob alone (alice's project is healthy, orphan's maintainer is unknown)", out)
	}
	msg := out[0].Reply
	if !strings.HasPrefix(msg.Text, "shell:bob: 6 findings") {
		t.Errorf("nudge text %q", msg.Text)
	}
	var cmds []string
	for _, b := range msg.Buttons() {
		if b.Command == "" {
			t.Errorf("button %q has no typed command", b.Label)
		}
		cmds = append(cmds, b.Command)
	}
	if !slices.Contains(cmds, "health snooze example/agpl security-file-exists") {
		t.Errorf("commands %v lack the snooze of the security finding", cmds)
	}
	if !strings.HasPrefix(msg.Blocks[0].Text, "New: example/agpl — ") || !strings.Contains(msg.Blocks[0].Text, "https://github.com/") {
		t.Errorf("first block %q: a new finding with its link", msg.Blocks[0].Text)
	}
	if again := r.nudge(t); len(again) != 0 {
		t.Errorf("nudged again within the interval: %v", again[0].Reply.Text)
	}

	// Snooze by button; acknowledge by typing, which asks for the reason: the next
	// message is it.
	if err := click(r.e, "snz", "shell:bob", actionHealthSnooze, "example/agpl\tsecurity-file-exists"); err != nil {
		t.Fatal(err)
	}
	if err := click(r.e, "snz-x", "shell:mallory", actionHealthSnooze, "example/agpl\treadme-file-exists"); err != nil {
		t.Fatal(err)
	}
	say(t, r.e, "shell:bob", "health", "ack example/agpl release-cadence")
	if txt := r.rec.take(); len(txt) != 3 || !strings.Contains(txt[2].Reply.Text, "Why does example/agpl — release-cadence stay as it is?") {
		t.Fatalf("replies %v", txt)
	}
	reason := "won't fix because the project is a library snapshot"
	if err := r.e.Execute(context.Background(), bot.Call{Event: bot.Event{ID: "reason", Platform: bot.Shell, Kind: bot.MessageEvent,
		Text: reason, User: bot.User{ID: "shell:bob"}, Conversation: bot.Conversation{ID: "terminal"}}, Command: "ask", Rest: reason}); err != nil {
		t.Fatal(err)
	}
	if txt := r.rec.take(); len(txt) != 1 || !strings.Contains(txt[0].Reply.Text, "Acknowledged: example/agpl — release-cadence") {
		t.Fatalf("the reason was not taken as the answer: %v", txt)
	}
	audit := auditText(t, r.store)
	for _, want := range []string{`"action":"health snoozed"`, `won't fix because the project is a library snapshot`, `"actor":"shell:bob"`} {
		if !strings.Contains(audit, want) {
			t.Errorf("audit lacks %s", want)
		}
	}

	// CONTRIBUTING is added upstream; a week later, the rescan resolves it and the nudge
	// says so once, leaving out what was snoozed or acknowledged.
	r.srv.Update("example/agpl", func(rp *githubtest.Repo) { rp.Files["CONTRIBUTING.md"] = "welcome" })
	r.clock.advance(25 * time.Hour)
	r.scan(t)
	out = r.nudge(t)
	if len(out) != 1 {
		t.Fatalf("%d nudges after the fix", len(out))
	}
	text := shellText(out[0].Reply)
	if !strings.Contains(text, "Resolved: example/agpl — contributing-file-exists") {
		t.Errorf("the fix is not reported:\n%s", text)
	}
	if strings.Contains(text, "security-file-exists") || strings.Contains(text, "release-cadence") {
		t.Errorf("a snoozed or acknowledged finding was nudged:\n%s", text)
	}
	r.clock.advance(25 * time.Hour)
	r.scan(t)
	if out := r.nudge(t); len(out) != 1 || strings.Contains(shellText(out[0].Reply), "Resolved") {
		t.Errorf("the resolution was reported twice")
	}
}

func shellText(r bot.Reply) string {
	var b strings.Builder
	b.WriteString(r.Text + "\n")
	for _, bl := range r.Blocks {
		b.WriteString(bl.Text + "\n")
	}
	return b.String()
}

// TestHealthScanStoppedKeepsFindings guards a scan that fails half-way: with the rate
// limit exhausted after a few requests, every project fixed upstream meanwhile keeps its
// last good findings (nothing is reported fixed), the scan says when the limit resets,
// and the audit records it as incomplete.
func TestHealthScanStoppedKeepsFindings(t *testing.T) {
	r := newHealthRig(t, healthRepos())
	first := r.scan(t)
	open := 0
	for _, p := range first.Projects {
		open += len(p.Findings)
	}
	// Everything fixed upstream; then the limit runs out.
	r.srv.Update("example/agpl", func(rp *githubtest.Repo) {
		rp.Files["LICENSE"], rp.Files["CONTRIBUTING.md"], rp.Files["SECURITY.md"] = "SPDX-License-Identifier: MIT\n", "x", "x"
		rp.Items, rp.Releases = nil, []time.Time{healthStart}
	})
	reset := time.Now().Add(30 * time.Minute)
	r.srv.SetRateLimit(3, reset)
	r.host = newGitHub(t, r.srv) // no kept answers: every request counts
	scan := r.scan(t)
	if scan.Complete() || !strings.Contains(scan.Stopped, "rate limit") || !strings.Contains(scan.Stopped, reset.UTC().Format("2006-01-02T15:04")) {
		t.Fatalf("scan complete=%v stopped=%q; want it stopped by the rate limit, saying when it resets", scan.Complete(), scan.Stopped)
	}
	still := 0
	if err := r.store.View(func(tx *Tx) error {
		all, err := findingsOf(tx, "")
		for _, f := range all {
			if f.open() {
				still++
			}
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if still != open {
		t.Errorf("%d findings open after the stopped scan, want the %d of the last good one", still, open)
	}
	if a := auditText(t, r.store); !strings.Contains(a, "incomplete") || !strings.Contains(a, "0 resolved") {
		t.Errorf("audit does not record the incomplete scan:\n%s", a)
	}
	out := r.nudge(t)
	if len(out) != 1 || !strings.Contains(out[0].Reply.Text, "could not read") {
		t.Errorf("the nudge does not say the findings are from an earlier scan: %v", out)
	}
}

// TestHealthSummaryTable guards the weekly summary's part: a table of projects ×
// checks, the trend against the scan a week before, and the projects without a
// maintainer in chat.
func TestHealthSummaryTable(t *testing.T) {
	r := newHealthRig(t, healthRepos())
	r.scan(t)
	r.srv.Update("example/agpl", func(rp *githubtest.Repo) { rp.Files["SECURITY.md"] = "x" })
	r.clock.advance(7 * 24 * time.Hour)
	r.scan(t)
	out, err := r.e.Preview("weekly")
	if err != nil || len(out) != 1 {
		t.Fatalf("summary: %v, %v", out, err)
	}
	text := shellText(out[0].Reply)
	for _, want := range []string{
		"project        lic lic-ok readme contrib coc security maint pr issue release",
		"example/agpl   ok  ✗      ok     ✗       ok  ok       ok    ✗  ✗     ✗",
		"example/good   ok  ok     ok     ok      ok  ok       ok    ok ok    ok",
		"5 open findings; this week 0 new, 1 resolved (-1 since 2026-03-02, when 6 were open)",
		"No maintainer reachable in chat (map their GitHub logins in people or health.maintainers): example/orphan.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q:\n%s", want, text)
		}
	}
}

// TestMaintainerLogins guards reading the three kinds of maintainers file.
func TestMaintainerLogins(t *testing.T) {
	for _, c := range []struct{ name, data, want string }{
		{"CODEOWNERS", "# owners\n* @Alice @example/core\n/docs/ @bob docs@example.com\n", "alice bob example/core"},
		{"MAINTAINERS", "Carol Doe <carol@example.com> (@carol)\nDan https://github.com/dan\n", "carol dan"},
		{"OWNERS", "approvers:\n  - erin\n  - frank # lead\nreviewers:\n- gina\nemeritus_approvers:\n  - old\n", "erin frank gina"},
	} {
		if got := strings.Join(maintainerLogins(c.name, []byte(c.data)), " "); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestRunHealthScansScansWhenDue guards the loop serve runs: with no scan on record it
// scans at once, records it, and stops when its context ends.
func TestRunHealthScansScansWhenDue(t *testing.T) {
	r := newHealthRig(t, healthRepos())
	ctx, cancel := context.WithCancel(context.Background())
	scanned := make(chan *HealthScan, 1)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		r.e.RunHealthScans(ctx, r.host, func(s *HealthScan, err error) {
			if err != nil {
				t.Error(err)
			}
			scanned <- s
		})
	}()
	select {
	case s := <-scanned:
		if !s.Complete() {
			t.Errorf("scan stopped: %s", s.Stopped)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no scan within 20s")
	}
	cancel()
	select {
	case <-stopped:
	case <-time.After(20 * time.Second):
		t.Fatal("the loop did not stop with its context")
	}
	if last, err := r.e.lastHealthScan(); err != nil || !last.Equal(healthStart) {
		t.Errorf("last scan on record: %v, %v", last, err)
	}
}

// TestHealthGoneAndArchived guards the two ways a project leaves: archived, it is no
// longer checked and its findings resolve; no longer in its organisation's complete
// listing, its findings resolve as such. Both are reported to the maintainer once.
func TestHealthGoneAndArchived(t *testing.T) {
	repos := healthRepos()
	r := newHealthRig(t, repos)
	r.scan(t)
	r.nudge(t)
	r.srv.Update("example/agpl", func(rp *githubtest.Repo) { rp.Archived = true })
	r.clock.advance(time.Hour)
	scan := r.scan(t)
	if !scan.Projects[0].Archived || len(scan.Projects[0].Findings) != 0 {
		t.Fatalf("archived project: %+v", scan.Projects[0])
	}
	out := r.nudge(t)
	if len(out) != 1 || !strings.HasPrefix(out[0].Reply.Text, "shell:bob: 6 findings in your projects resolved") {
		t.Fatalf("after archiving: %v", out)
	}
	// Unarchived, then gone from the organisation.
	r.srv.Update("example/agpl", func(rp *githubtest.Repo) { rp.Archived = false })
	r.scan(t)
	r.nudge(t)
	r.srv.Set(repos[0], repos[2]) // example/agpl is gone
	r.scan(t)
	out = r.nudge(t)
	if len(out) != 1 || !strings.Contains(shellText(out[0].Reply), "(no longer listed)") {
		t.Errorf("after deletion: %v", out)
	}
	if out := r.nudge(t); len(out) != 0 {
		t.Errorf("resolved twice: %v", out)
	}
}

// TestHealthRescanSkipsWhatOnlyAPushChanges guards the cheap rescan: a project whose
// last push is unchanged is not asked for its files, licence, maintainers file or last
// commit again (only its open items, reviews and releases, which change without a
// push), and its findings come out the same; a push makes it read afresh.
func TestHealthRescanSkipsWhatOnlyAPushChanges(t *testing.T) {
	r := newHealthRig(t, healthRepos())
	first := r.scan(t)
	before, _ := r.srv.Counts()
	again := r.scan(t)
	after, _ := r.srv.Counts()
	// The organisation's listing; per project its issues and releases; and the reviews
	// of agpl's one unanswered pull request.
	if got, want := after-before, 1+3*2+1; got != want {
		t.Errorf("rescan sent %d requests, want %d", got, want)
	}
	if fmt.Sprint(first.Projects) != fmt.Sprint(again.Projects) {
		t.Errorf("rescan found\n%v\nwant\n%v", again.Projects, first.Projects)
	}
	r.srv.Update("example/agpl", func(rp *githubtest.Repo) { rp.Files["SECURITY.md"] = "x" })
	scan := r.scan(t)
	if slices.Contains(checksOf(scan.Projects[0]), CheckSecurity) {
		t.Errorf("a push was not read: %v", checksOf(scan.Projects[0]))
	}
}
