package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/ospobot/ospobot/workflows"
	"github.com/ospobot/ospobot/workflows/license"
)

// runNotices writes a third-party notices file for the scanned paths, for a release to
// ship: the components and the licence texts they carry.
func runNotices(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("license notices", io)
	out := fs.String("o", "", "write to `FILE` (replaced whole, only once complete) instead of standard output")
	cfgPath := fs.String("config", "", "configuration `FILE` (limits, module proxy)")
	goProxy := fs.String("go-proxy", "", "Go module proxy `URL` that modules missing from vendor/ and the module cache are read from; off for none (default: config, else GOPROXY, else proxy.golang.org)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(io.err, "Usage: ospobot license notices [-o FILE] [--go-proxy URL|off] [--config FILE] PATH...")
		return exitUsage
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(io, err)
	}
	scanner := pathScanner(cfg, *goProxy)
	var scans []*license.Scan
	for _, p := range fs.Args() {
		s, _, err := scanner.Scan(ctx, workflows.ScanInput{Path: p})
		if err != nil {
			return fail(io, fmt.Errorf("%s: %w", p, err))
		}
		scans = append(scans, s)
	}
	var sum license.NoticesSummary
	if *out == "" {
		sum, err = license.WriteNotices(io.out, scans, clock()())
	} else {
		sum, err = writeNoticesFile(*out, scans, clock()())
	}
	if err != nil {
		return fail(io, err)
	}
	where := "above"
	if *out != "" {
		where = "in " + *out
	}
	fmt.Fprintf(io.err, "ospobot: %d %s, %d with their licence texts %s", sum.Components, plural(sum.Components, "component", "components"), sum.WithText, where)
	if n := sum.Components - sum.WithText; n > 0 {
		fmt.Fprintf(io.err, "; %d without (listed at the end): add their texts before you ship", n)
	}
	fmt.Fprintln(io.err)
	return exitOK
}

// writeNoticesFile replaces path with the notices once they are written whole; a new
// file is readable by all (it ships), an existing one keeps its mode.
func writeNoticesFile(path string, scans []*license.Scan, now time.Time) (license.NoticesSummary, error) {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	var sum license.NoticesSummary
	err := writeWhole(path, mode, true, func(w io.Writer) error {
		var err error
		sum, err = license.WriteNotices(w, scans, now)
		return err
	})
	return sum, err
}
