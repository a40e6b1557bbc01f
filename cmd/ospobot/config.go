package main

import (
	"context"
	"fmt"

	"github.com/ospobot/ospobot/bot/config"
)

func runConfig(_ context.Context, args []string, io stdio) int {
	if len(args) == 0 || args[0] != "validate" {
		fmt.Fprintln(io.err, "Usage: ospobot config validate FILE")
		return exitUsage
	}
	fs := newFlags("config validate", io)
	path := fs.String("config", "", "configuration `FILE` (or give it as the argument)")
	if code, ok := parseFlags(fs, args[1:]); !ok {
		return code
	}
	if *path == "" && fs.NArg() == 1 {
		*path = fs.Arg(0)
	}
	if *path == "" || fs.NArg() > 1 {
		fmt.Fprintln(io.err, "Usage: ospobot config validate FILE")
		return exitUsage
	}
	cfg, err := config.Load(*path)
	if err != nil {
		return fail(io, err)
	}
	for _, w := range cfg.Warnings() {
		fmt.Fprintf(io.err, "ospobot: %s: warning: %s\n", *path, w)
	}
	fmt.Fprintf(io.out, "%s: ok\n", *path)
	return exitOK
}
