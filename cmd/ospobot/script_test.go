package main

import (
	"archive/zip"
	"flag"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets transcript scripts run "ospobot" as a real process, built from this
// package, so that a transcript exercises exactly what a user runs.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"ospobot": func() { os.Exit(runMain(os.Args[1:])) },
	})
}

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script (review the diff!)")

// TestScripts runs the conversation transcripts in testdata/script: each drives the
// ospobot binary through stdin and compares what it printed, so a change in what users
// see fails here.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("USER", "ana")
			env.Setenv("GOPROXY", "off") // no script reaches the Internet; one serves its own proxy
			// Nor does a request's licence check (github.com is an allowed host by
			// default): the proxy refuses at once; loopback servers are never proxied.
			env.Setenv("HTTPS_PROXY", "http://127.0.0.1:9")
			env.Setenv("HTTP_PROXY", "http://127.0.0.1:9")
			// The shipped example must stay valid: scripts validate this copy.
			example, err := os.ReadFile("../../config.example.yaml")
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(env.WorkDir, "example.yaml"), example, 0o644)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkbinary": mkfile(func(i int) byte { return byte(i * 7) }),       // bytes of every value, NULs included
			"mkbig":    mkfile(func(i int) byte { return "abcdefgh\n"[i%9] }), // text of a given size
			"serve":    serveDir,
			"modzip":   modZip,
			"github":   serveGitHub,
			"ghlimit":  limitGitHub,
		},
		RequireExplicitExec: true,
		UpdateScripts:       *update,
	})
}

// mkfile returns a script command "NAME FILE SIZE" that writes SIZE bytes made by gen.
func mkfile(gen func(i int) byte) func(ts *testscript.TestScript, neg bool, args []string) {
	return func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 2 {
			ts.Fatalf("usage: CMD FILE SIZE")
		}
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		b := make([]byte, n)
		for i := range b {
			b[i] = gen(i)
		}
		ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
	}
}

// serveDir is a script command "serve DIR": a real HTTP server on 127.0.0.1 serving
// DIR for the rest of the script, its host:port in $SERVER.
func serveDir(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: serve DIR")
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(ts.MkAbs(args[0]))))
	ts.Defer(srv.Close)
	ts.Setenv("SERVER", strings.TrimPrefix(srv.URL, "http://"))
}

// modZip is a script command "modzip ZIP MODULE@VERSION DIR": a module zip as a module
// proxy serves it, DIR's files under MODULE@VERSION/.
func modZip(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: modzip ZIP MODULE@VERSION DIR")
	}
	out := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(filepath.Dir(out), 0o755))
	f, err := os.Create(out)
	ts.Check(err)
	zw := zip.NewWriter(f)
	dir := ts.MkAbs(args[2])
	ts.Check(filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		w, err := zw.Create(args[1] + "/" + filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}))
	ts.Check(zw.Close())
	ts.Check(f.Close())
}
