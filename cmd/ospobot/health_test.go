package main

import (
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/ospobot/ospobot/adapters/github/githubtest"
)

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
	ts.Defer(srv.Close)
	ts.Setenv("GITHUB", srv.APIURL())
}
