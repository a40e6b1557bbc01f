package main

import (
	"strconv"
	"sync"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ospobot/ospobot/adapters/github/githubtest"
)

// fakeGitHubs are the fake GitHub APIs scripts started, by script.
var fakeGitHubs sync.Map // *testscript.TestScript → *githubtest.Server

// serveGitHub is a script command "github DIR": a fake GitHub API on 127.0.0.1 serving
// the repositories laid out under DIR (githubtest.LoadDir), read again at each request
// so that a script can change a repository between scans; its API URL in $GITHUB.
func serveGitHub(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: github DIR")
	}
	dir := ts.MkAbs(args[0])
	srv := githubtest.New()
	srv.SetReload(func() ([]*githubtest.Repo, error) { return githubtest.LoadDir(dir) })
	fakeGitHubs.Store(ts, srv)
	ts.Defer(func() {
		fakeGitHubs.Delete(ts)
		srv.Close()
	})
	ts.Setenv("GITHUB", srv.APIURL())
}

// limitGitHub is a script command "ghlimit N": the script's fake GitHub API answers
// N more requests in full (304s are free, as on GitHub), then 403 with X-RateLimit-Reset
// an hour on.
func limitGitHub(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: ghlimit N")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	srv, ok := fakeGitHubs.Load(ts)
	if !ok {
		ts.Fatalf("ghlimit: no fake GitHub API started (github DIR)")
	}
	srv.(*githubtest.Server).SetRateLimit(n, time.Now().Add(time.Hour))
}
