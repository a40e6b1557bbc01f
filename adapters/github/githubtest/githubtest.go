// Package githubtest is a fake GitHub REST API on loopback for tests: the endpoints a
// health scan reads, in GitHub's documented response shapes, with pagination (Link
// headers), 404 for what is missing, ETags answered 304 when unchanged, and a rate limit
// that answers 403 with X-RateLimit-Reset once exhausted.
package githubtest

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Repo is one repository the fake serves.
type Repo struct {
	Owner, Name string
	Archived    bool
	Created     time.Time         // zero: 2020-01-01
	Files       map[string]string // path → content
	Items       []Item            // open issues and pull requests
	Commits     []time.Time       // newest first
	Releases    []time.Time       // newest first
}

// Item is an open issue or pull request.
type Item struct {
	Number   int
	PR       bool
	Title    string
	Author   string
	Created  time.Time
	Comments int
	Reviewer string // a pull request's reviewer, "" for none
}

// Server is the fake API. Its base URL (Server.URL + "/") is the api_url to configure.
type Server struct {
	*httptest.Server
	mu    sync.Mutex
	repos map[string]*Repo // "owner/name"
	// Remaining is the rate limit left: each request answered other than 304 uses one;
	// at 0 the server answers 403 until Reset. Negative means unlimited.
	remaining int
	reset     time.Time
	// secondary, when positive, answers every request with GitHub's secondary rate
	// limit: 403 with Retry-After.
	secondary time.Duration
	// Requests counts every request; NotModified those answered 304.
	requests, notModified int
	reload                func() ([]*Repo, error)
}

// Limit is the fake's hourly rate limit, as GitHub reports it for a token.
const Limit = 5000

// New starts a fake with repos, on 127.0.0.1, closed when the test ends (t.Cleanup) or
// by Close.
func New(repos ...*Repo) *Server {
	s := &Server{repos: map[string]*Repo{}, remaining: -1}
	s.Set(repos...)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// Set replaces the repositories served.
func (s *Server) Set(repos ...*Repo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.repos = map[string]*Repo{}
	for _, r := range repos {
		s.repos[r.Owner+"/"+r.Name] = r
	}
}

// SetReload makes the server replace its repositories with what fn returns before each
// request (a fake whose content a test changes on disk, see LoadDir).
func (s *Server) SetReload(fn func() ([]*Repo, error)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reload = fn
}

// Update changes one repository under the server's lock.
func (s *Server) Update(name string, fn func(r *Repo)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fn(s.repos[name])
}

// SetRateLimit leaves n requests until reset.
func (s *Server) SetRateLimit(n int, reset time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.remaining, s.reset = n, reset
}

// SetSecondaryLimit makes every request hit GitHub's secondary rate limit, asking to
// wait d (Retry-After); zero turns it off.
func (s *Server) SetSecondaryLimit(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.secondary = d
}

// Counts are the requests served, and how many were answered 304.
func (s *Server) Counts() (requests, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests, s.notModified
}

// APIURL is the address to configure as health.github.api_url.
func (s *Server) APIURL() string { return s.URL + "/" }

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	if s.reload != nil {
		repos, err := s.reload()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		s.repos = map[string]*Repo{}
		for _, rp := range repos {
			s.repos[rp.Owner+"/"+rp.Name] = rp
		}
	}
	reset := s.reset
	if reset.IsZero() {
		reset = time.Now().Add(time.Hour)
	}
	rate := func(remaining int) {
		if remaining < 0 {
			remaining = Limit // unlimited: always the whole hour's quota left
		}
		w.Header().Set("X-RateLimit-Limit", strconv.Itoa(Limit))
		w.Header().Set("X-RateLimit-Remaining", strconv.Itoa(max(remaining, 0)))
		w.Header().Set("X-RateLimit-Reset", strconv.FormatInt(reset.Unix(), 10))
		w.Header().Set("X-RateLimit-Resource", "core")
	}
	if s.secondary > 0 {
		rate(s.remaining)
		w.Header().Set("Retry-After", strconv.Itoa(int(s.secondary.Seconds())))
		writeJSON(w, http.StatusForbidden, map[string]string{
			"message":           "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
			"documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
		})
		return
	}
	if s.remaining == 0 {
		rate(0)
		writeJSON(w, http.StatusForbidden, map[string]string{
			"message":           "API rate limit exceeded for user ID 1.",
			"documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting",
		})
		return
	}
	status, body, link := s.route(r)
	if status != http.StatusOK {
		s.spend()
		rate(s.remaining)
		writeJSON(w, status, body)
		return
	}
	data, _ := json.Marshal(body)
	sum := sha256.Sum256(data)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	if link != "" {
		w.Header().Set("Link", link)
	}
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		// GitHub does not count a 304 against the rate limit.
		s.notModified++
		rate(s.remaining)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s.spend()
	rate(s.remaining)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(data)
}

func (s *Server) spend() {
	if s.remaining > 0 {
		s.remaining--
	}
}

func writeJSON(w http.ResponseWriter, status int, body any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(body)
}

var notFound = map[string]string{"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}

// route answers one GET: status, the JSON body, and the Link header of a page.
func (s *Server) route(r *http.Request) (int, any, string) {
	if r.Method != http.MethodGet {
		return http.StatusMethodNotAllowed, map[string]string{"message": "Method Not Allowed"}, ""
	}
	parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
	q := r.URL.Query()
	switch {
	case len(parts) == 3 && parts[0] == "orgs" && parts[2] == "repos":
		var list []any
		for _, name := range slices.Sorted(maps.Keys(s.repos)) {
			if rp := s.repos[name]; rp.Owner == parts[1] {
				list = append(list, s.repoJSON(rp))
			}
		}
		if list == nil && !s.hasOwner(parts[1]) {
			return http.StatusNotFound, notFound, ""
		}
		return page(r, list)
	case len(parts) >= 3 && parts[0] == "repos":
		rp, ok := s.repos[parts[1]+"/"+parts[2]]
		if !ok {
			return http.StatusNotFound, notFound, ""
		}
		return s.repoRoute(r, rp, parts[3:], q)
	}
	return http.StatusNotFound, notFound, ""
}

func (s *Server) hasOwner(owner string) bool {
	for _, rp := range s.repos {
		if rp.Owner == owner {
			return true
		}
	}
	return false
}

func (s *Server) repoRoute(r *http.Request, rp *Repo, rest []string, q map[string][]string) (int, any, string) {
	full := rp.Owner + "/" + rp.Name
	switch {
	case len(rest) == 0:
		return http.StatusOK, s.repoJSON(rp), ""
	case rest[0] == "contents":
		p := strings.Join(rest[1:], "/")
		if content, ok := rp.Files[p]; ok {
			return http.StatusOK, map[string]any{
				"type": "file", "encoding": "base64", "size": len(content), "name": path.Base(p), "path": p,
				"content": base64.StdEncoding.EncodeToString([]byte(content)),
				"sha":     sha(content), "html_url": s.web(full, "blob/main/"+p),
			}, ""
		}
		var entries []any
		seen := map[string]bool{}
		prefix := ""
		if p != "" {
			prefix = p + "/"
		}
		for _, f := range slices.Sorted(maps.Keys(rp.Files)) {
			rel, ok := strings.CutPrefix(f, prefix)
			if !ok {
				continue
			}
			name, sub, isDir := strings.Cut(rel, "/")
			if seen[name] {
				continue
			}
			seen[name] = true
			kind := "file"
			if isDir && sub != "" {
				kind = "dir"
			}
			entries = append(entries, map[string]any{"type": kind, "name": name, "path": prefix + name, "sha": sha(f), "html_url": s.web(full, "blob/main/"+prefix+name)})
		}
		if entries == nil {
			return http.StatusNotFound, notFound, ""
		}
		return http.StatusOK, entries, ""
	case rest[0] == "issues" && len(rest) == 1:
		var list []any
		for _, it := range rp.Items {
			kind := "issues"
			if it.PR {
				kind = "pull"
			}
			m := map[string]any{"number": it.Number, "title": it.Title, "state": "open", "comments": it.Comments,
				"user": map[string]any{"login": it.Author}, "created_at": it.Created.UTC().Format(time.RFC3339),
				"html_url": s.web(full, fmt.Sprintf("%s/%d", kind, it.Number))}
			if it.PR {
				m["pull_request"] = map[string]any{"url": s.URL + fmt.Sprintf("/repos/%s/pulls/%d", full, it.Number)}
			}
			list = append(list, m)
		}
		return page(r, list)
	case rest[0] == "pulls" && len(rest) == 3 && rest[2] == "reviews":
		n, _ := strconv.Atoi(rest[1])
		list := []any{}
		for _, it := range rp.Items {
			if it.PR && it.Number == n && it.Reviewer != "" {
				list = append(list, map[string]any{"id": n, "state": "COMMENTED", "user": map[string]any{"login": it.Reviewer}})
			}
		}
		return page(r, list)
	case rest[0] == "commits" && len(rest) == 1:
		if len(rp.Commits) == 0 {
			return http.StatusConflict, map[string]string{"message": "Git Repository is empty."}, ""
		}
		var list []any
		for i, c := range rp.Commits {
			list = append(list, map[string]any{"sha": sha(fmt.Sprint(full, i)), "commit": map[string]any{
				"committer": map[string]any{"name": "dev", "date": c.UTC().Format(time.RFC3339)}}})
		}
		return page(r, list)
	case rest[0] == "releases" && len(rest) == 1:
		var list []any
		for i, c := range rp.Releases {
			list = append(list, map[string]any{"id": i + 1, "tag_name": fmt.Sprintf("v%d", len(rp.Releases)-i),
				"created_at": c.UTC().Format(time.RFC3339), "published_at": c.UTC().Format(time.RFC3339)})
		}
		return page(r, list)
	}
	return http.StatusNotFound, notFound, ""
}

func (s *Server) repoJSON(rp *Repo) map[string]any {
	full := rp.Owner + "/" + rp.Name
	created := rp.Created
	if created.IsZero() {
		created = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return map[string]any{"name": rp.Name, "full_name": full, "private": false, "archived": rp.Archived,
		"default_branch": "main", "html_url": s.web(full, ""), "owner": map[string]any{"login": rp.Owner},
		"created_at": created.UTC().Format(time.RFC3339), "pushed_at": pushed(rp).UTC().Format(time.RFC3339)}
}

// pushed stands for GitHub's pushed_at: it moves whenever the files or commits change,
// as a push moves it, and stays put otherwise.
func pushed(rp *Repo) time.Time {
	h := sha256.New()
	for _, f := range slices.Sorted(maps.Keys(rp.Files)) {
		fmt.Fprintf(h, "%s\x00%s\x00", f, rp.Files[f])
	}
	for _, c := range rp.Commits {
		fmt.Fprintf(h, "%d\x00", c.Unix())
	}
	sum := h.Sum(nil)
	secs := int64(sum[0])<<24 | int64(sum[1])<<16 | int64(sum[2])<<8 | int64(sum[3])
	return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(secs) * time.Second)
}

// web is the page of a repository, as html_url gives it.
func (s *Server) web(full, rest string) string {
	u := "https://github.com/" + full
	if rest != "" {
		u += "/" + rest
	}
	return u
}

// page cuts list by the request's page and per_page (GitHub's default 30), with a Link
// header naming the next and last pages.
func page(r *http.Request, list []any) (int, any, string) {
	per, _ := strconv.Atoi(r.URL.Query().Get("per_page"))
	if per <= 0 {
		per = 30
	}
	n, _ := strconv.Atoi(r.URL.Query().Get("page"))
	n = max(n, 1)
	last := max((len(list)+per-1)/per, 1)
	from, to := min((n-1)*per, len(list)), min(n*per, len(list))
	out := list[from:to]
	if out == nil {
		out = []any{}
	}
	var links []string
	at := func(p int, rel string) {
		u := *r.URL
		q := u.Query()
		q.Set("page", strconv.Itoa(p))
		u.RawQuery = q.Encode()
		links = append(links, fmt.Sprintf(`<http://%s%s>; rel="%s"`, r.Host, u.RequestURI(), rel))
	}
	if n < last {
		at(n+1, "next")
		at(last, "last")
	}
	if n > 1 {
		at(1, "first")
		at(n-1, "prev")
	}
	return http.StatusOK, out, strings.Join(links, ", ")
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:20])
}

// LoadDir reads repositories laid out as files: DIR/OWNER/NAME/ holds the repository's
// files, and an optional DIR/OWNER/NAME/.fake.json its open items, commits, releases
// and whether it is archived ({"Archived": false, "Items": [...], "Commits": [...],
// "Releases": [...]}, times in RFC 3339).
func LoadDir(dir string) ([]*Repo, error) {
	owners, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []*Repo
	for _, o := range owners {
		if !o.IsDir() {
			continue
		}
		names, err := os.ReadDir(filepath.Join(dir, o.Name()))
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			if !n.IsDir() {
				continue
			}
			root := filepath.Join(dir, o.Name(), n.Name())
			rp := &Repo{}
			if data, err := os.ReadFile(filepath.Join(root, ".fake.json")); err == nil {
				if err := json.Unmarshal(data, rp); err != nil {
					return nil, fmt.Errorf("%s: %w", filepath.Join(root, ".fake.json"), err)
				}
			}
			rp.Owner, rp.Name, rp.Files = o.Name(), n.Name(), map[string]string{}
			err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
				if err != nil || d.IsDir() || d.Name() == ".fake.json" {
					return err
				}
				data, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				rel, _ := filepath.Rel(root, p)
				rp.Files[filepath.ToSlash(rel)] = string(data)
				return nil
			})
			if err != nil {
				return nil, err
			}
			out = append(out, rp)
		}
	}
	return out, nil
}
