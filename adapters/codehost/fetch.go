package codehost

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// Errors callers branch on.
var (
	ErrNotAllowed  = errors.New("host is not on the allow-list")
	ErrUnreachable = errors.New("host cannot be reached")
	ErrNoLicense   = errors.New("no licence file found")
)

// Fetcher gets licence files from allowed hosts.
type Fetcher struct {
	Client       *http.Client // http.DefaultClient's transport when nil
	AllowedHosts []string     // host or host:port, as in URLs
	Timeout      time.Duration
	MaxBytes     int64
}

// licenseNames are tried in order at a repository's root.
var licenseNames = []string{"LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "COPYING", "LICENSE-MIT", "LICENSE-APACHE"}

// Candidates lists the raw-file URLs to try for a repository or file URL: the licence
// files at the root of the default branch for GitHub and GitLab repositories, the URL
// itself otherwise.
func Candidates(u *url.URL) []string {
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	host := strings.ToLower(u.Host)
	switch {
	case (host == "github.com" || host == "www.github.com") && len(parts) == 2:
		var out []string
		for _, n := range licenseNames {
			out = append(out, "https://raw.githubusercontent.com/"+parts[0]+"/"+strings.TrimSuffix(parts[1], ".git")+"/HEAD/"+n)
		}
		return out
	case host == "gitlab.com" && len(parts) >= 2 && !slices.Contains(parts, "-"):
		var out []string
		for _, n := range licenseNames {
			out = append(out, "https://gitlab.com/"+strings.TrimSuffix(strings.Join(parts, "/"), ".git")+"/-/raw/HEAD/"+n)
		}
		return out
	}
	return []string{u.String()}
}

// derived are hosts a repository host serves raw files from.
var derived = map[string]string{"raw.githubusercontent.com": "github.com"}

func (f *Fetcher) allowed(host string) bool {
	host = strings.ToLower(host)
	if base, ok := derived[host]; ok {
		host = base
	}
	return slices.Contains(f.AllowedHosts, host)
}

// Allows tells whether the fetcher may read raw: an http(s) URL on an allowed host.
func (f *Fetcher) Allows(raw string) bool {
	u, err := url.Parse(strings.TrimSpace(raw))
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && f.allowed(u.Host)
}

// FetchLicense fetches the licence file of the repository (or the file) at raw. It
// returns the file's name and content.
func (f *Fetcher) FetchLicense(ctx context.Context, raw string) (string, []byte, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return "", nil, fmt.Errorf("%q is not an http(s) URL", raw)
	}
	if !f.allowed(u.Host) {
		return "", nil, fmt.Errorf("%s: %w (allowed: %s)", u.Host, ErrNotAllowed, strings.Join(f.AllowedHosts, ", "))
	}
	if f.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.Timeout)
		defer cancel()
	}
	client := f.client()
	for _, c := range Candidates(u) {
		data, err := f.get(ctx, client, c)
		if errors.Is(err, ErrNoLicense) {
			continue
		}
		if err != nil {
			return "", nil, err
		}
		return path.Base(c), data, nil
	}
	return "", nil, fmt.Errorf("%s: %w", raw, ErrNoLicense)
}

func (f *Fetcher) client() *http.Client {
	base := f.Client
	if base == nil {
		base = &http.Client{}
	}
	c := *base
	// Every redirect must stay on allowed hosts.
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 5 {
			return errors.New("too many redirects")
		}
		if !f.allowed(req.URL.Host) {
			return fmt.Errorf("redirect to %s: %w", req.URL.Host, ErrNotAllowed)
		}
		return nil
	}
	return &c
}

func (f *Fetcher) get(ctx context.Context, c *http.Client, u string) ([]byte, error) {
	data, err := download(ctx, c, u, f.MaxBytes, f.Timeout)
	if errors.Is(err, errNotFound) {
		return nil, ErrNoLicense
	}
	return data, err
}

// errNotFound is a 404 or 410: the server answered that there is no such file.
var errNotFound = errors.New("not found")

// download reads u's body, up to limit bytes (1 MiB when limit is 0); timeout only words
// the error, the caller's context sets the deadline.
func download(ctx context.Context, c *http.Client, u string, limit int64, timeout time.Duration) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", "ospobot (licence check)")
	resp, err := c.Do(req)
	if err != nil {
		var dns *net.DNSError
		var op *net.OpError
		switch {
		case errors.Is(err, ErrNotAllowed):
			return nil, err
		case errors.Is(err, context.DeadlineExceeded):
			return nil, fmt.Errorf("%s: %w (no answer within %s)", req.URL.Host, ErrUnreachable, timeout)
		case errors.As(err, &dns) || errors.As(err, &op):
			return nil, fmt.Errorf("%s: %w (no network?)", req.URL.Host, ErrUnreachable)
		}
		return nil, fmt.Errorf("get %s: %w", u, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, errNotFound
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("get %s: %s", u, resp.Status)
	}
	if limit <= 0 {
		limit = 1 << 20
	}
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%s is larger than %s", u, bot.FormatBytes(limit))
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", u, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than %s", u, bot.FormatBytes(limit))
	}
	return data, nil
}
