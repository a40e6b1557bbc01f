package codehost

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func moduleZip(t *testing.T, root string, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(root + name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestModuleProxy guards reading a module's licence files from a module proxy on
// loopback: the path is escaped as the GOPROXY protocol says; only licence-like files
// at the module's root come back; a missing version, a zip over the limit, a damaged
// zip and a proxy that is gone each give a clear error.
func TestModuleProxy(t *testing.T) {
	zipA := moduleZip(t, "example.com/Upper/mod@v1.2.3/", map[string]string{
		"LICENSE": "MIT text", "COPYING.LESSER": "LGPL text", "README.md": "read me",
		"sub/LICENSE": "not the module's", "main.go": "package mod",
	})
	var asked []string
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		switch r.URL.Path {
		case "/example.com/!upper/mod/@v/v1.2.3.zip":
			w.Write(zipA)
		case "/example.com/big/@v/v1.0.0.zip":
			w.Write(bytes.Repeat([]byte("x"), 5000))
		case "/example.com/broken/@v/v1.0.0.zip":
			w.Write([]byte("not a zip"))
		default:
			http.Error(w, "not found: "+r.URL.Path, http.StatusGone)
		}
	})
	srv := httptest.NewServer(mux)
	p := &ModuleProxy{URL: srv.URL + "/", Timeout: 2 * time.Second, MaxZipBytes: 4096}
	ctx := context.Background()

	files, err := p.LicenseFiles(ctx, "example.com/Upper/mod", "v1.2.3")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || string(files["LICENSE"]) != "MIT text" || string(files["COPYING.LESSER"]) != "LGPL text" {
		t.Errorf("files: %q", files)
	}
	if _, err := p.LicenseFiles(ctx, "example.com/none", "v0.1.0"); !errors.Is(err, ErrNoModule) {
		t.Errorf("missing version: %v", err)
	}
	if _, err := p.LicenseFiles(ctx, "example.com/big", "v1.0.0"); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("zip over the limit: %v", err)
	}
	if _, err := p.LicenseFiles(ctx, "example.com/broken", "v1.0.0"); err == nil || !strings.Contains(err.Error(), "module zip") {
		t.Errorf("damaged zip: %v", err)
	}
	if _, err := p.LicenseFiles(ctx, "example.com/bad path", "v1.0.0"); err == nil {
		t.Error("an invalid module path was fetched")
	}
	srv.Close()
	if _, err := p.LicenseFiles(ctx, "example.com/Upper/mod", "v1.2.3"); !errors.Is(err, ErrUnreachable) {
		t.Errorf("proxy gone: %v", err)
	}
	if asked[0] != "/example.com/!upper/mod/@v/v1.2.3.zip" {
		t.Errorf("first request %s", asked[0])
	}
}

// TestModuleProxyPrivate guards private module names: a module that the private
// patterns match (globs over path prefixes, as GOPRIVATE writes them) is never asked of
// the proxy, so its name does not leave; others are.
func TestModuleProxyPrivate(t *testing.T) {
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		http.NotFound(w, r)
	}))
	defer srv.Close()
	p := &ModuleProxy{URL: srv.URL, Timeout: 2 * time.Second, Private: "example.com/secret/*,corp.example"}
	for _, m := range []string{"example.com/secret/app", "corp.example/team/lib", "corp.example"} {
		if _, err := p.LicenseFiles(context.Background(), m, "v1.0.0"); !errors.Is(err, ErrPrivateModule) {
			t.Errorf("%s: %v, want ErrPrivateModule", m, err)
		}
	}
	if _, err := p.LicenseFiles(context.Background(), "example.com/public", "v1.0.0"); !errors.Is(err, ErrNoModule) {
		t.Errorf("public module: %v", err)
	}
	if len(asked) != 1 || asked[0] != "/example.com/public/@v/v1.0.0.zip" {
		t.Errorf("the proxy was asked %q", asked)
	}
}

// TestModuleProxyLatest guards the latest version: the one the proxy's @latest names,
// else the highest in its @v/list; a clear error for a module it does not have or an
// answer that is no version, and no question at all about a private module.
func TestModuleProxyLatest(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/example.com/!upper/@latest":
			w.Write([]byte(`{"Version":"v1.4.2","Time":"2026-01-02T03:04:05Z"}`))
		case "/example.com/odd/@latest":
			w.Write([]byte(`{"Version":"latest"}`))
		case "/example.com/listed/@v/list":
			w.Write([]byte("v1.2.0\nv1.10.0\nv1.11.0-rc.1\nnonsense\nv1.9.9\n"))
		case "/example.com/prerelease/@v/list":
			w.Write([]byte("v0.1.0-alpha\nv0.1.0-beta\n"))
		case "/example.com/empty/@v/list":
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	p := &ModuleProxy{URL: srv.URL, Timeout: 2 * time.Second, Private: "example.com/secret"}
	ctx := context.Background()
	if v, err := p.Latest(ctx, "example.com/Upper"); v != "v1.4.2" || err != nil {
		t.Errorf("latest: %q %v", v, err)
	}
	if _, err := p.Latest(ctx, "example.com/none"); !errors.Is(err, ErrNoModule) {
		t.Errorf("missing: %v", err)
	}
	// Without @latest (it is optional), the highest release listed, else the highest
	// pre-release.
	for m, want := range map[string]string{"example.com/listed": "v1.10.0", "example.com/prerelease": "v0.1.0-beta"} {
		if v, err := p.Latest(ctx, m); v != want || err != nil {
			t.Errorf("%s: %q %v, want %s", m, v, err, want)
		}
	}
	if _, err := p.Latest(ctx, "example.com/empty"); !errors.Is(err, ErrNoModule) {
		t.Errorf("empty list: %v", err)
	}
	if _, err := p.Latest(ctx, "example.com/odd"); err == nil || !strings.Contains(err.Error(), "not a module version") {
		t.Errorf("odd answer: %v", err)
	}
	if _, err := p.Latest(ctx, "example.com/secret/x"); !errors.Is(err, ErrPrivateModule) {
		t.Errorf("private: %v", err)
	}
}
