package github_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/github"
	"github.com/ospobot/ospobot/adapters/github/githubtest"
	"github.com/ospobot/ospobot/bot"
)

func newHost(t *testing.T, srv *githubtest.Server, cache *github.Cache) *github.Host {
	t.Helper()
	h, err := github.New(github.Options{APIURL: srv.APIURL(), Token: "test-token", Cache: cache, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

// TestProjectsFollowsPagination guards reading a list whole: an organisation of 250
// repositories comes in three pages of 100, linked by the Link header.
func TestProjectsFollowsPagination(t *testing.T) {
	var repos []*githubtest.Repo
	for i := range 250 {
		repos = append(repos, &githubtest.Repo{Owner: "example", Name: fmt.Sprintf("r%03d", i)})
	}
	srv := githubtest.New(repos...)
	t.Cleanup(srv.Close)
	h := newHost(t, srv, nil)
	ps, err := h.Projects(ctx(t), "example")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 250 || ps[0].Name != "example/r000" || ps[249].Name != "example/r249" {
		t.Fatalf("got %d projects (%v … %v), want example/r000 … example/r249", len(ps), ps[0].Name, ps[len(ps)-1].Name)
	}
	if sent, _ := h.Stats(); sent != 3 {
		t.Errorf("sent %d requests, want 3 pages", sent)
	}
}

// TestMissingFilesAndDirectories guards what a scan relies on for 404s: a file the
// repository lacks is ErrNotFound, a directory it lacks lists nothing, without error.
func TestMissingFilesAndDirectories(t *testing.T) {
	srv := githubtest.New(&githubtest.Repo{Owner: "example", Name: "tool", Files: map[string]string{"README.md": "hi", ".github/SECURITY.md": "mail us"}})
	t.Cleanup(srv.Close)
	h := newHost(t, srv, nil)
	p := bot.Project{Name: "example/tool"}
	files, err := h.Files(ctx(t), p, "")
	if err != nil || !slices.Equal(files, []string{".github/", "README.md"}) {
		t.Fatalf("root = %q, %v; want .github/ and README.md", files, err)
	}
	if files, err := h.Files(ctx(t), p, ".github"); err != nil || !slices.Equal(files, []string{".github/SECURITY.md"}) {
		t.Errorf(".github = %q, %v", files, err)
	}
	if files, err := h.Files(ctx(t), p, "docs"); err != nil || files != nil {
		t.Errorf("missing docs/ = %q, %v; want nothing", files, err)
	}
	if _, err := h.ReadFile(ctx(t), p, "LICENSE"); !errors.Is(err, github.ErrNotFound) {
		t.Errorf("missing LICENSE: err = %v, want ErrNotFound", err)
	}
	if data, err := h.ReadFile(ctx(t), p, "README.md"); err != nil || string(data) != "hi" {
		t.Errorf("README.md = %q, %v", data, err)
	}
}

// TestRateLimitStopsAndSaysWhen guards the rate limit: a 403 with X-RateLimit-Remaining
// 0 is a bot.RetryAfter error naming the reset time, and no further request is sent
// before that time.
func TestRateLimitStopsAndSaysWhen(t *testing.T) {
	srv := githubtest.New(&githubtest.Repo{Owner: "example", Name: "tool", Files: map[string]string{"README.md": "hi"}})
	t.Cleanup(srv.Close)
	reset := time.Now().Add(42 * time.Minute).Truncate(time.Second)
	srv.SetRateLimit(0, reset)
	h := newHost(t, srv, nil)
	_, err := h.Files(ctx(t), bot.Project{Name: "example/tool"}, "")
	d, ok := bot.RetryDelay(err)
	if !ok || d < 40*time.Minute || d > 43*time.Minute {
		t.Fatalf("err = %v (delay %v, %v); want a RetryAfter of about 42m", err, d, ok)
	}
	if !strings.Contains(err.Error(), reset.UTC().Format(time.RFC3339)) {
		t.Errorf("error %q does not say when the limit resets (%s)", err, reset.UTC().Format(time.RFC3339))
	}
	before, _ := srv.Counts()
	if _, err := h.ReadFile(ctx(t), bot.Project{Name: "example/tool"}, "README.md"); err == nil {
		t.Fatal("a request after the limit was exhausted succeeded")
	}
	if after, _ := srv.Counts(); after != before {
		t.Errorf("%d requests were sent after the limit was exhausted, want none", after-before)
	}
}

// TestUnchangedAnswersComeFromTheCache guards conditional requests: asked again, the
// server answers 304 to the kept ETag and the caller gets the same data; answers kept
// in a directory serve the next process the same way; a changed file is read anew.
func TestUnchangedAnswersComeFromTheCache(t *testing.T) {
	repo := &githubtest.Repo{Owner: "example", Name: "tool", Files: map[string]string{"LICENSE": "SPDX-License-Identifier: MIT\n"},
		Items: []githubtest.Item{{Number: 1, Title: "bug", Author: "bob", Created: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}}}
	srv := githubtest.New(repo)
	t.Cleanup(srv.Close)
	cache := github.NewCache()
	h := newHost(t, srv, cache)
	p := bot.Project{Name: "example/tool"}
	read := func(h *github.Host) string {
		data, err := h.ReadFile(ctx(t), p, "LICENSE")
		if err != nil {
			t.Fatal(err)
		}
		items, err := h.OpenItems(ctx(t), p)
		if err != nil || len(items) != 1 {
			t.Fatalf("items = %v, %v", items, err)
		}
		return string(data)
	}
	first := read(h)
	if _, unchanged := srv.Counts(); unchanged != 0 {
		t.Fatalf("first read: %d answered 304", unchanged)
	}
	if again := read(h); again != first {
		t.Errorf("cached read = %q, want %q", again, first)
	}
	requests, unchanged := srv.Counts()
	if unchanged != 2 {
		t.Errorf("second read: %d of %d requests answered 304, want 2 (file and issues)", unchanged, requests)
	}
	// Kept in a directory, the answers serve the next process.
	dir := filepath.Join(t.TempDir(), "cache")
	disk, err := github.OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	read(newHost(t, srv, disk))
	if disk.Len() != 2 {
		t.Fatalf("%d answers kept on disk, want 2", disk.Len())
	}
	next, err := github.OpenCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	if again := read(newHost(t, srv, next)); again != first {
		t.Errorf("read through the kept answers = %q", again)
	}
	if _, u := srv.Counts(); u != 4 {
		t.Errorf("through the kept answers: %d answered 304 in all, want 4", u)
	}
	srv.Update("example/tool", func(r *githubtest.Repo) { r.Files["LICENSE"] = "SPDX-License-Identifier: Apache-2.0\n" })
	if changed := read(h); !strings.Contains(changed, "Apache-2.0") {
		t.Errorf("changed file read as %q", changed)
	}
}

// TestOpenItemsCountReviews guards what counts as a response: a comment on an issue,
// and a review by someone other than the author on a pull request.
func TestOpenItemsCountReviews(t *testing.T) {
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	srv := githubtest.New(&githubtest.Repo{Owner: "example", Name: "tool", Items: []githubtest.Item{
		{Number: 1, Title: "silent issue", Author: "a", Created: at},
		{Number: 2, Title: "answered issue", Author: "a", Created: at, Comments: 1},
		{Number: 3, PR: true, Title: "reviewed", Author: "b", Created: at, Reviewer: "maint"},
		{Number: 4, PR: true, Title: "self-reviewed", Author: "b", Created: at, Reviewer: "b"},
	}})
	t.Cleanup(srv.Close)
	items, err := newHost(t, srv, nil).OpenItems(ctx(t), bot.Project{Name: "example/tool"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		got = append(got, fmt.Sprintf("#%d pr=%v responded=%v", it.Number, it.PullRequest, it.Responded))
	}
	want := []string{"#1 pr=false responded=false", "#2 pr=false responded=true", "#3 pr=true responded=true", "#4 pr=true responded=false"}
	if !slices.Equal(got, want) {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSecondaryRateLimit guards GitHub's secondary limit: a 403 with Retry-After is a
// bot.RetryAfter error for that long, so the scan stops rather than hammering on.
func TestSecondaryRateLimit(t *testing.T) {
	srv := githubtest.New(&githubtest.Repo{Owner: "example", Name: "tool"})
	t.Cleanup(srv.Close)
	srv.SetSecondaryLimit(90 * time.Second)
	_, err := newHost(t, srv, nil).Projects(ctx(t), "example")
	if d, ok := bot.RetryDelay(err); !ok || d != 90*time.Second || !strings.Contains(err.Error(), "secondary rate limit") {
		t.Errorf("err = %v (delay %v, %v); want a RetryAfter of 90s naming the secondary limit", err, d, ok)
	}
}

// TestActivity guards the release-cadence facts: the last commit of the default branch
// (none for an empty repository, which GitHub answers 409) and the last release (none
// when there is no release).
func TestActivity(t *testing.T) {
	at := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC)
	srv := githubtest.New(&githubtest.Repo{Owner: "example", Name: "busy", Commits: []time.Time{at}, Releases: []time.Time{at.AddDate(0, -1, 0)}},
		&githubtest.Repo{Owner: "example", Name: "empty"})
	t.Cleanup(srv.Close)
	h := newHost(t, srv, nil)
	if c, err := h.LastCommit(ctx(t), bot.Project{Name: "example/busy"}); err != nil || !c.Equal(at) {
		t.Errorf("last commit = %v, %v; want %v", c, err, at)
	}
	if r, err := h.LastRelease(ctx(t), bot.Project{Name: "example/busy"}); err != nil || !r.Equal(at.AddDate(0, -1, 0)) {
		t.Errorf("last release = %v, %v", r, err)
	}
	if c, err := h.LastCommit(ctx(t), bot.Project{Name: "example/empty"}); err != nil || !c.IsZero() {
		t.Errorf("empty repository: last commit = %v, %v; want none", c, err)
	}
	if r, err := h.LastRelease(ctx(t), bot.Project{Name: "example/empty"}); err != nil || !r.IsZero() {
		t.Errorf("no release: %v, %v", r, err)
	}
}
