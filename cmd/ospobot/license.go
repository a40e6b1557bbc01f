package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ospobot/ospobot/adapters/shell"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows"
	"github.com/ospobot/ospobot/workflows/license"
)

func runLicense(ctx context.Context, args []string, io stdio) int {
	switch {
	case len(args) > 0 && args[0] == "identify":
		return runIdentify(ctx, args[1:], io)
	case len(args) > 0 && args[0] == "check":
		return runCheck(ctx, args[1:], io)
	case len(args) > 0 && args[0] == "notices":
		return runNotices(ctx, args[1:], io)
	}
	fmt.Fprintln(io.err, "Usage: ospobot license identify [--json] [--config FILE] FILE...")
	fmt.Fprintln(io.err, "       ospobot license check [--use USE] [--project NAME] [--json] [--config FILE] PATH...")
	fmt.Fprintln(io.err, "       ospobot license notices [-o FILE] [--go-proxy URL|off] [--config FILE] PATH...")
	return exitUsage
}

// jsonResult is one line of --json output.
type jsonResult struct {
	Path string `json:"path"`
	license.Result
}

// jsonError is the line for a file that could not be read.
type jsonError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

func runIdentify(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("license identify", io)
	asJSON := fs.Bool("json", false, "print one JSON object per file (JSON Lines)")
	cfgPath := fs.String("config", "", "configuration `FILE` (for limits.max_input)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(io.err, "Usage: ospobot license identify [--json] FILE...")
		return exitUsage
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(io, err)
	}
	enc := json.NewEncoder(bot.JSONWriter{W: io.out}) // one Write per value: escaped whole
	code := exitOK
	for _, path := range fs.Args() {
		if ctx.Err() != nil {
			return exitError
		}
		data, err := workflows.ReadLocalFile(ctx, path, int64(cfg.Limits.MaxInput))
		if err != nil {
			code = exitError
			if *asJSON {
				enc.Encode(jsonError{Path: path, Error: err.Error()})
			} else {
				fmt.Fprintf(io.err, "ospobot: %s: %s\n", bot.EscapeLine(path), bot.Escape(err.Error()))
			}
			continue
		}
		res := license.Identify(path, data)
		if *asJSON {
			if res.Findings == nil {
				res.Findings = []license.Finding{}
			}
			res.Name = ""
			if err := enc.Encode(jsonResult{Path: path, Result: res}); err != nil {
				return fail(io, err)
			}
			continue
		}
		fmt.Fprint(io.out, shell.Format(workflows.IdentifyReply(res)))
	}
	return code
}
