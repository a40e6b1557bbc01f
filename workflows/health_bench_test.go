package workflows

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/github"
	"github.com/ospobot/ospobot/adapters/github/githubtest"
	"github.com/ospobot/ospobot/bot/config"
)

// thousandRepos is an organisation of 1,000 repositories, a third of them missing
// files, with open issues and pull requests, some of them unanswered.
func thousandRepos() []*githubtest.Repo {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	repos := make([]*githubtest.Repo, 1000)
	for i := range repos {
		files := map[string]string{"LICENSE": "SPDX-License-Identifier: Apache-2.0\n", "README.md": "# r", "CODEOWNERS": "* @owner\n"}
		if i%3 != 0 {
			files["CONTRIBUTING.md"], files[".github/SECURITY.md"], files["CODE_OF_CONDUCT.md"] = "x", "x", "x"
		}
		repos[i] = &githubtest.Repo{Owner: "example", Name: fmt.Sprintf("r%04d", i), Files: files,
			Items: []githubtest.Item{
				{Number: 1, Title: "q", Author: "a", Created: at, Comments: i % 2},
				{Number: 2, PR: true, Title: "p", Author: "b", Created: at, Reviewer: map[bool]string{true: "owner"}[i%4 == 0]},
			},
			Commits: []time.Time{at}, Releases: []time.Time{at.AddDate(0, -1, 0)}}
	}
	return repos
}

func benchEngine(b testing.TB, srv *githubtest.Server) *Engine {
	cfg := config.Default().Health
	cfg.GitHub = config.HealthGitHub{APIURL: srv.APIURL(), Orgs: []string{"example"}}
	return NewEngine(openTestStore(b), Options{Now: func() time.Time { return healthStart }, Log: quietLog(), Health: cfg})
}

// BenchmarkHealthScan1000 measures a first scan of 1,000 repositories from the fake
// GitHub API on loopback: a new database and no kept answers, so every request is
// answered in full.
func BenchmarkHealthScan1000(b *testing.B) {
	srv := githubtest.New(thousandRepos()...)
	b.Cleanup(srv.Close)
	var requests int
	for b.Loop() {
		e := benchEngine(b, srv)
		before, _ := srv.Counts()
		h, err := github.New(github.Options{APIURL: srv.APIURL(), Token: "t"}) // no kept answers
		if err != nil {
			b.Fatal(err)
		}
		scan, err := e.ScanHealth(context.Background(), h, "")
		if err != nil || !scan.Complete() || len(scan.Projects) != 1000 {
			b.Fatalf("scan: %v, complete=%v, %d projects", err, scan.Complete(), len(scan.Projects))
		}
		after, _ := srv.Counts()
		requests = after - before
	}
	b.ReportMetric(float64(requests), "requests/scan")
}

// BenchmarkHealthRescanUnchanged1000 measures a rescan of the same 1,000 repositories
// with nothing changed: what only a push changes is not asked again, and every request
// is conditional, answered 304, and so costs no rate-limit quota.
func BenchmarkHealthRescanUnchanged1000(b *testing.B) {
	srv := githubtest.New(thousandRepos()...)
	b.Cleanup(srv.Close)
	e := benchEngine(b, srv)
	cache, err := github.OpenCache(b.TempDir()) // on disk, as ospobot health scan keeps it
	if err != nil {
		b.Fatal(err)
	}
	h, err := github.New(github.Options{APIURL: srv.APIURL(), Token: "t", Cache: cache})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := e.ScanHealth(context.Background(), h, ""); err != nil {
		b.Fatal(err)
	}
	var requests, counted int
	for b.Loop() {
		before, nm0 := srv.Counts()
		scan, err := e.ScanHealth(context.Background(), h, "")
		if err != nil || !scan.Complete() {
			b.Fatalf("rescan: %v, stopped %q", err, scan.Stopped)
		}
		after, nm1 := srv.Counts()
		requests, counted = after-before, (after-before)-(nm1-nm0)
	}
	b.ReportMetric(float64(requests), "requests/scan")
	b.ReportMetric(float64(counted), "quota/scan")
}
