package github

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	gh "github.com/google/go-github/v75/github"

	"github.com/ospobot/ospobot/bot"
)

// Options configure a Host.
type Options struct {
	APIURL string // https://api.github.com/, or a GitHub Enterprise server's https://HOST/api/v3/
	Token  string // OSPOBOT_GITHUB_TOKEN; empty works for public repositories, at a far lower rate limit
	Cache  *Cache // kept answers for conditional requests; a fresh one when nil
	// Transport carries the requests; http.DefaultTransport when nil.
	Transport http.RoundTripper
	Timeout   time.Duration // per request; 30s when zero
}

// Host reads repositories on GitHub for health scans. It is safe for concurrent use.
type Host struct {
	client *gh.Client
	cond   *conditional
}

// New makes a Host for the API at opts.APIURL.
func New(opts Options) (*Host, error) {
	base, err := url.Parse(opts.APIURL)
	if err != nil || (base.Scheme != "https" && base.Scheme != "http") || base.Host == "" {
		return nil, fmt.Errorf("GitHub API URL %q is not an http(s) URL", opts.APIURL)
	}
	if !strings.HasSuffix(base.Path, "/") {
		base.Path += "/"
	}
	if opts.Cache == nil {
		opts.Cache = NewCache()
	}
	if opts.Transport == nil {
		opts.Transport = http.DefaultTransport
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	cond := &conditional{base: opts.Transport, cache: opts.Cache}
	c := gh.NewClient(&http.Client{Transport: cond, Timeout: opts.Timeout})
	if opts.Token != "" {
		c = c.WithAuthToken(opts.Token)
	}
	// Set directly rather than through WithEnterpriseURLs, which appends api/v3/ to any
	// host not named api.*: the configuration names the API's address as it is.
	c.BaseURL = base
	return &Host{client: c, cond: cond}, nil
}

// Stats are the requests sent so far, and how many of them GitHub answered 304 (not
// counted against the rate limit).
func (h *Host) Stats() (sent, unchanged int64) { return h.cond.sent.Load(), h.cond.unchanged.Load() }

// perPage is GitHub's largest page: the fewest requests for a list.
const perPage = 100

// maxPages bounds one list, so that a misbehaving server cannot keep a scan paging.
const maxPages = 100

// Projects lists the organisation's public repositories, page by page.
func (h *Host) Projects(ctx context.Context, org string) ([]bot.Project, error) {
	var out []bot.Project
	opts := &gh.RepositoryListByOrgOptions{Type: "public", Sort: "full_name", ListOptions: gh.ListOptions{PerPage: perPage}}
	for range maxPages {
		repos, resp, err := h.client.Repositories.ListByOrg(ctx, org, opts)
		if err != nil {
			return out, apiError("list the repositories of "+org, err)
		}
		for _, r := range repos {
			out = append(out, project(r))
		}
		if resp.NextPage == 0 {
			return out, nil
		}
		opts.ListOptions.Page = resp.NextPage
	}
	return out, fmt.Errorf("list the repositories of %s: more than %d pages", org, maxPages)
}

// Project reads one repository, "owner/name".
func (h *Host) Project(ctx context.Context, name string) (bot.Project, error) {
	owner, repo, _ := strings.Cut(name, "/")
	r, _, err := h.client.Repositories.Get(ctx, owner, repo)
	if err != nil {
		return bot.Project{}, apiError("read "+name, err)
	}
	return project(r), nil
}

func project(r *gh.Repository) bot.Project {
	return bot.Project{Name: r.GetFullName(), URL: r.GetHTMLURL(), DefaultBranch: r.GetDefaultBranch(), Archived: r.GetArchived(), Created: r.GetCreatedAt().Time, Pushed: r.GetPushedAt().Time}
}

// Files lists the files and directories (ending in "/") in directory dir ("" for the
// root) of the default branch, prefixed with dir and "/"; a directory the repository
// lacks lists nothing.
func (h *Host) Files(ctx context.Context, p bot.Project, dir string) ([]string, error) {
	owner, repo, _ := strings.Cut(p.Name, "/")
	_, entries, _, err := h.client.Repositories.GetContents(ctx, owner, repo, dir, nil)
	if notFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, apiError("list "+p.Name+"/"+dir, err)
	}
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		name := e.GetName()
		switch e.GetType() {
		case "file":
		case "dir":
			name += "/"
		default:
			continue // symlinks and submodules are not where these files live
		}
		if dir != "" {
			name = strings.TrimSuffix(dir, "/") + "/" + name
		}
		out = append(out, name)
	}
	return out, nil
}

// ErrNotFound is the error of ReadFile for a file the repository lacks.
var ErrNotFound = errors.New("not found")

// maxFile bounds a file read: licence and maintainers files are small.
const maxFile = 1 << 20

// ReadFile reads a file of the default branch.
func (h *Host) ReadFile(ctx context.Context, p bot.Project, path string) ([]byte, error) {
	owner, repo, _ := strings.Cut(p.Name, "/")
	f, _, _, err := h.client.Repositories.GetContents(ctx, owner, repo, path, nil)
	if notFound(err) {
		return nil, fmt.Errorf("%s/%s: %w", p.Name, path, ErrNotFound)
	}
	if err != nil {
		return nil, apiError("read "+p.Name+"/"+path, err)
	}
	if f == nil {
		return nil, fmt.Errorf("%s/%s is a directory", p.Name, path)
	}
	if f.GetSize() > maxFile {
		return nil, fmt.Errorf("%s/%s is larger than %d bytes", p.Name, path, maxFile)
	}
	text, err := f.GetContent()
	if err != nil {
		return nil, fmt.Errorf("decode %s/%s: %w", p.Name, path, err)
	}
	return []byte(text), nil
}

// OpenItems lists the open issues and pull requests, page by page. An item counts as
// answered once it has a comment or, for a pull request, a review; the reviews of a
// pull request are only asked for when it has no comment.
func (h *Host) OpenItems(ctx context.Context, p bot.Project) ([]bot.OpenItem, error) {
	owner, repo, _ := strings.Cut(p.Name, "/")
	opts := &gh.IssueListByRepoOptions{State: "open", Sort: "created", Direction: "asc", ListOptions: gh.ListOptions{PerPage: perPage}}
	var out []bot.OpenItem
	for range maxPages {
		issues, resp, err := h.client.Issues.ListByRepo(ctx, owner, repo, opts)
		if err != nil {
			return out, apiError("list the open issues of "+p.Name, err)
		}
		for _, is := range issues {
			it := bot.OpenItem{Number: is.GetNumber(), PullRequest: is.IsPullRequest(), Title: is.GetTitle(), URL: is.GetHTMLURL(),
				Author: is.GetUser().GetLogin(), Created: is.GetCreatedAt().Time, Responded: is.GetComments() > 0}
			if it.PullRequest && !it.Responded {
				reviews, _, err := h.client.PullRequests.ListReviews(ctx, owner, repo, it.Number, &gh.ListOptions{PerPage: perPage})
				if err != nil {
					return out, apiError(fmt.Sprintf("list the reviews of %s#%d", p.Name, it.Number), err)
				}
				for _, r := range reviews {
					it.Responded = it.Responded || r.GetUser().GetLogin() != it.Author
				}
			}
			out = append(out, it)
		}
		if resp.NextPage == 0 {
			return out, nil
		}
		opts.ListOptions.Page = resp.NextPage
	}
	return out, fmt.Errorf("list the open issues of %s: more than %d pages", p.Name, maxPages)
}

// LastCommit is the time of the default branch's last commit; zero for an empty
// repository.
func (h *Host) LastCommit(ctx context.Context, p bot.Project) (time.Time, error) {
	owner, repo, _ := strings.Cut(p.Name, "/")
	commits, _, err := h.client.Repositories.ListCommits(ctx, owner, repo, &gh.CommitsListOptions{ListOptions: gh.ListOptions{PerPage: 1}})
	var ge *gh.ErrorResponse
	switch {
	case errors.As(err, &ge) && ge.Response != nil && ge.Response.StatusCode == http.StatusConflict:
		return time.Time{}, nil // GitHub's answer for an empty repository
	case err != nil:
		return time.Time{}, apiError("read the last commit of "+p.Name, err)
	case len(commits) == 0:
		return time.Time{}, nil
	}
	return commits[0].GetCommit().GetCommitter().GetDate().Time, nil
}

// LastRelease is the time of the last release; zero for none.
func (h *Host) LastRelease(ctx context.Context, p bot.Project) (time.Time, error) {
	owner, repo, _ := strings.Cut(p.Name, "/")
	releases, _, err := h.client.Repositories.ListReleases(ctx, owner, repo, &gh.ListOptions{PerPage: 1})
	if err != nil {
		return time.Time{}, apiError("list the releases of "+p.Name, err)
	}
	if len(releases) == 0 {
		return time.Time{}, nil
	}
	if t := releases[0].GetPublishedAt().Time; !t.IsZero() {
		return t, nil
	}
	return releases[0].GetCreatedAt().Time, nil
}

func notFound(err error) bool {
	var ge *gh.ErrorResponse
	return errors.As(err, &ge) && ge.Response != nil && ge.Response.StatusCode == http.StatusNotFound
}

// apiError words a failed call. An exhausted rate limit (primary or secondary) becomes
// a bot.RetryAfter error naming the reset time, so the scan stops and says when to try
// again.
func apiError(what string, err error) error {
	var rl *gh.RateLimitError
	if errors.As(err, &rl) {
		reset := rl.Rate.Reset.Time
		return bot.RetryAfter(max(time.Until(reset), 0), fmt.Errorf("%s: GitHub's API rate limit (%d an hour) is exhausted until %s", what, rl.Rate.Limit, reset.UTC().Format(time.RFC3339)))
	}
	var ab *gh.AbuseRateLimitError
	if errors.As(err, &ab) {
		d := ab.GetRetryAfter()
		if d <= 0 {
			d = time.Minute
		}
		return bot.RetryAfter(d, fmt.Errorf("%s: GitHub's secondary rate limit asks to wait %s", what, d))
	}
	var ge *gh.ErrorResponse
	if errors.As(err, &ge) && ge.Response != nil {
		return fmt.Errorf("%s: GitHub answered %d %s", what, ge.Response.StatusCode, ge.Message)
	}
	return fmt.Errorf("%s: %w", what, err)
}
