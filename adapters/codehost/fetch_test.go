package codehost

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestCandidates guards where licence files are looked for on the big hosts.
func TestCandidates(t *testing.T) {
	cases := map[string]string{
		"https://github.com/golang/go":                     "https://raw.githubusercontent.com/golang/go/HEAD/LICENSE",
		"https://github.com/golang/go.git":                 "https://raw.githubusercontent.com/golang/go/HEAD/LICENSE",
		"https://gitlab.com/group/sub/project":             "https://gitlab.com/group/sub/project/-/raw/HEAD/LICENSE",
		"https://example.com/some/LICENSE.txt":             "https://example.com/some/LICENSE.txt",
		"https://github.com/golang/go/blob/master/LICENSE": "https://github.com/golang/go/blob/master/LICENSE",
	}
	for in, want := range cases {
		u, _ := url.Parse(in)
		if got := Candidates(u); got[0] != want {
			t.Errorf("%s: first candidate %s, want %s", in, got[0], want)
		}
	}
}

// TestFetchLicense guards fetching from a real HTTP server on loopback: the file is
// returned; a missing one, a host off the list, a redirect off the list, a too-large
// file and a server that does not answer each give a clear error.
func TestFetchLicense(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	mux := http.NewServeMux()
	mux.HandleFunc("/o/r/LICENSE", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("MIT text")) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(strings.Repeat("x", 2000))) })
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://localhost.invalid/x", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	f := &Fetcher{AllowedHosts: []string{host}, Timeout: 300 * time.Millisecond, MaxBytes: 1000}
	ctx := context.Background()

	name, data, err := f.FetchLicense(ctx, srv.URL+"/o/r/LICENSE")
	if err != nil || name != "LICENSE" || string(data) != "MIT text" {
		t.Fatalf("fetch: %q %q %v", name, data, err)
	}
	if _, _, err := f.FetchLicense(ctx, srv.URL+"/o/r/NOPE"); !errors.Is(err, ErrNoLicense) {
		t.Errorf("missing file: %v", err)
	}
	if _, _, err := f.FetchLicense(ctx, "https://evil.example/o/r"); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("other host: %v", err)
	}
	if _, _, err := f.FetchLicense(ctx, srv.URL+"/away"); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("redirect off the list: %v", err)
	}
	if _, _, err := f.FetchLicense(ctx, srv.URL+"/big"); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("too large: %v", err)
	}
	start := time.Now()
	if _, _, err := f.FetchLicense(ctx, srv.URL+"/slow"); !errors.Is(err, ErrUnreachable) {
		t.Errorf("slow: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("timeout took %s", d)
	}
	if _, _, err := f.FetchLicense(ctx, "ftp://x/y"); err == nil {
		t.Error("accepted an ftp URL")
	}
}

// TestFetchUnreachable guards the answer with no network: a closed port says so.
func TestFetchUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	addr := strings.TrimPrefix(srv.URL, "http://")
	srv.Close() // nothing listens there now
	f := &Fetcher{AllowedHosts: []string{addr}, Timeout: time.Second}
	if _, _, err := f.FetchLicense(context.Background(), "http://"+addr+"/LICENSE"); !errors.Is(err, ErrUnreachable) {
		t.Errorf("closed port: %v", err)
	}
}

// TestAllows: a fetcher reads http(s) addresses on its allowed hosts only.
func TestAllows(t *testing.T) {
	f := &Fetcher{AllowedHosts: []string{"github.com"}}
	for url, want := range map[string]bool{
		"https://github.com/acme/lib":                  true,
		"https://raw.githubusercontent.com/a/b/HEAD/x": true,
		"https://gitlab.com/acme/lib":                  false,
		"ftp://github.com/acme/lib":                    false,
		"github.com/acme/lib":                          false,
		"https://github.com.evil.example/acme/lib":     false,
	} {
		if got := f.Allows(url); got != want {
			t.Errorf("Allows(%q) = %v, want %v", url, got, want)
		}
	}
}
