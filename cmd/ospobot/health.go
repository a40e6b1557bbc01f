package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ospobot/ospobot/adapters/github"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
)

// runHealth scans the configured projects, records the findings and prints them: one
// JSON object per repository with --json.
func runHealth(ctx context.Context, args []string, io stdio) int {
	if len(args) == 0 || args[0] != "scan" {
		fmt.Fprintln(io.err, "Usage: ospobot health scan [--org NAME] [--json] [--db FILE] [--config FILE]")
		return exitUsage
	}
	fs := newFlags("health scan", io)
	sf := addStoreFlags(fs)
	org := fs.String("org", "", "scan only the organisation (or owner) `NAME`")
	asJSON := fs.Bool("json", false, "print one JSON object per repository")
	if code, ok := parseNoArgs(fs, args[1:], io); !ok {
		return code
	}
	a, cfg, err := sf.open(ctx, io.err)
	if err != nil {
		return fail(io, err)
	}
	defer a.Close()
	if len(cfg.Health.GitHub.Orgs) == 0 && len(cfg.Health.GitHub.Repos) == 0 {
		return fail(io, fmt.Errorf("nothing to scan: name organisations (health.github.orgs) or repositories (health.github.repos) in the configuration"))
	}
	if *org != "" && !healthOwner(cfg.Health, *org) {
		return fail(io, fmt.Errorf("%s is not in the configuration: health.github.orgs or the owner of one of health.github.repos", *org))
	}
	host, err := githubHost(cfg, os.Getenv)
	if err != nil {
		return fail(io, err)
	}
	scan, err := a.engine.ScanHealth(ctx, host, *org)
	if err != nil {
		return fail(io, err)
	}
	if len(scan.Projects) == 0 && scan.Stopped == "" {
		what := "the configured organisations"
		if *org != "" {
			what = *org
		}
		fmt.Fprintf(io.err, "ospobot: no repository to scan of %s\n", what)
		return exitError
	}
	enc := json.NewEncoder(io.out)
	enc.SetEscapeHTML(false)
	for _, p := range scan.Projects {
		if *asJSON {
			if err := enc.Encode(p); err != nil {
				return fail(io, err)
			}
			continue
		}
		lic := p.License
		if lic == "" {
			lic = "no known licence"
		}
		switch {
		case p.Error != "":
			fmt.Fprintf(io.out, "%s: not read (%s); its last findings stand\n", p.Repo, p.Error)
		case p.Archived:
			fmt.Fprintf(io.out, "%s: archived, not checked\n", p.Repo)
		default:
			fmt.Fprintf(io.out, "%s (%s): %d %s\n", p.Repo, lic, len(p.Findings), plural(len(p.Findings), "finding", "findings"))
		}
		for _, f := range p.Findings {
			fmt.Fprintf(io.out, "  %s: %s\n", f.Check, f.Detail)
		}
	}
	if scan.Stopped != "" || !scan.Complete() {
		msg := "the scan did not read every project"
		if scan.Stopped != "" {
			msg = "the scan stopped: " + scan.Stopped
		}
		fmt.Fprintln(io.err, "ospobot: "+msg+". The projects not read keep their last good findings.")
		return exitError
	}
	return exitOK
}

// githubHost builds the GitHub edge from the configuration, with the answers for its
// conditional requests kept in github-cache/ in the state directory.
func githubHost(cfg config.Config, getenv func(string) string) (workflows.CodeHost, error) {
	cache, err := github.OpenCache(filepath.Join(cfg.Serve.StateDirFor(cfg.Store), "github-cache"))
	if err != nil {
		return nil, err
	}
	h, err := github.New(github.Options{APIURL: cfg.Health.GitHub.APIURL, Token: strings.TrimSpace(getenv("OSPOBOT_GITHUB_TOKEN")), Cache: cache})
	if err != nil {
		return nil, err
	}
	return h, nil
}

// healthOwner tells whether org is a configured organisation or the owner of a
// configured repository.
func healthOwner(h config.Health, org string) bool {
	for _, o := range h.GitHub.Orgs {
		if strings.EqualFold(o, org) {
			return true
		}
	}
	for _, r := range h.GitHub.Repos {
		if owner, _, _ := strings.Cut(r, "/"); strings.EqualFold(owner, org) {
			return true
		}
	}
	return false
}
