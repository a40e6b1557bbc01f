package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ospobot/ospobot/adapters/codehost"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
	"github.com/ospobot/ospobot/workflows/license"
)

// Exit statuses of "license check", for CI steps.
const (
	checkAllowed       = 0
	checkNeedsApproval = 1
	checkNotAllowed    = 2
	checkError         = 3
)

func runCheck(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("license check", io)
	use := fs.String("use", "distribute", "use case: "+strings.Join(config.Uses, ", "))
	project := fs.String("project", "", "project `NAME`, for the policy's project exceptions")
	asJSON := fs.Bool("json", false, "print one JSON report per path")
	cfgPath := fs.String("config", "", "configuration `FILE` (policy and limits)")
	goProxy := fs.String("go-proxy", "", "Go module proxy `URL` that modules missing from vendor/ and the module cache are read from; off for none (default: config, else GOPROXY, else proxy.golang.org)")
	if code, ok := parseFlags(fs, args); !ok {
		if code == exitUsage {
			return checkError
		}
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(io.err, "Usage: ospobot license check [--use USE] [--project NAME] [--json] PATH...")
		return checkError
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		fail(io, err)
		return checkError
	}
	policy := workflows.LicensePolicy(cfg.Policy)
	scanner := pathScanner(cfg, *goProxy)
	code := checkAllowed
	enc := json.NewEncoder(bot.JSONWriter{W: io.out}) // one Write per value: escaped whole
	for _, p := range fs.Args() {
		s, _, err := scanner.Scan(ctx, workflows.ScanInput{Path: p})
		if err != nil {
			fmt.Fprintf(io.err, "ospobot: %s: %v\n", p, err)
			code = checkError
			continue
		}
		rep, err := policy.Check(s, *use, *project)
		if err != nil {
			fail(io, err)
			return checkError
		}
		if *asJSON {
			if err := enc.Encode(rep); err != nil {
				return checkError
			}
		} else {
			printReport(io, rep)
			if note := workflows.ProxyNote(s); note != "" {
				fmt.Fprintln(io.out, "  "+note)
			}
		}
		if code != checkError {
			code = max(code, exitFor(rep.Worst))
		}
	}
	return code
}

func exitFor(v license.Verdict) int {
	switch v {
	case license.NotAllowed:
		return checkNotAllowed
	case license.NeedsApproval:
		return checkNeedsApproval
	}
	return checkAllowed
}

func printReport(io stdio, r license.Report) {
	fmt.Fprintln(io.out, r.Summary())
	for _, it := range r.Items { // skipped content included, as lines that need approval
		fmt.Fprintln(io.out, "  "+it.Line())
	}
}

func scanLimits(cfg config.Config) license.Limits {
	return license.Limits{
		MaxFileBytes: int64(cfg.Limits.MaxFile), MaxTotalBytes: int64(cfg.Limits.MaxUnpacked),
		MaxFiles: cfg.Limits.MaxFiles, MaxDepth: cfg.Limits.MaxDepth, MaxRatio: int64(cfg.Limits.MaxRatio),
	}
}

// moduleSource is the Go module proxy to read missing modules from: flag (a URL or
// "off") over config over GOPROXY; nil for none.
func moduleSource(cfg config.Config, flag string) workflows.ModuleSource {
	if flag != "" {
		cfg.Fetch.GoProxy = flag
	}
	if proxy := cfg.Fetch.ModuleProxy(os.Getenv); proxy != "" {
		return &codehost.ModuleProxy{URL: proxy, Timeout: cfg.Fetch.Timeout.D(), MaxFileBytes: int64(cfg.Limits.MaxInput),
			Private: cfg.Fetch.PrivateModules(os.Getenv)}
	}
	return nil
}

// pathScanner is the scanner of paths named on the command line: the engine's own, with
// the local module cache and the module proxy the flags and configuration name.
func pathScanner(cfg config.Config, goProxy string) *workflows.Scanner {
	return &workflows.Scanner{Limits: scanLimits(cfg), ModCache: moduleCache(), Modules: moduleSource(cfg, goProxy)}
}

// moduleCache is where the go command keeps modules, without running it.
func moduleCache() string {
	if d := os.Getenv("GOMODCACHE"); d != "" {
		return d
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		gopath = filepath.Join(home, "go")
	}
	return filepath.Join(strings.Split(gopath, string(os.PathListSeparator))[0], "pkg", "mod")
}
