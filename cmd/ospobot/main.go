package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/ospobot/ospobot/adapters/codehost"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
	"github.com/ospobot/ospobot/workflows/license"
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise the module
// version, or "dev".
var version = ""

func main() { os.Exit(runMain(os.Args[1:])) }

// runMain runs a command line as the installed binary does: SIGINT and SIGTERM cancel
// its context (serve then shuts down cleanly and exits 0).
func runMain(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, args, stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr})
}

type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

type subcommand struct {
	name, summary string
	run           func(ctx context.Context, args []string, io stdio) int
}

func subcommands() []subcommand {
	return []subcommand{
		{"shell", "chat with the bot in this terminal (stdin/stdout; works piped)", runShell},
		{"serve", "run the bot for the organisation: every configured chat platform, schedules, /healthz, /readyz and /metrics", runServe},
		{"license", "identify licences (license identify FILE...), check them against the policy (license check PATH...) or write a notices file (license notices PATH...)", runLicense},
		{"config", "check a configuration file: config validate FILE", runConfig},
		{"digest", "list the schedules, or run one now: digest run NAME [--dry-run]", runDigest},
		{"outbox", "report the outbox: waiting, sent, and failed messages (kept, with their errors); outbox retry [N...] resends failed ones, outbox prune --older-than AGE deletes old delivered ones", runOutbox},
		{"health", "scan the organisation's projects for health findings and record them: health scan [--org NAME] [--json]", runHealth},
		{"audit", "verify the audit chain (audit verify) or export it (audit export --format csv|jsonl)", runAudit},
		{"backup", "copy the database, consistent and checked: backup OUT (a new file, or a directory)", runBackup},
		{"version", "print the version", runVersion},
	}
}

func run(ctx context.Context, args []string, io stdio) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(io.out)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range subcommands() {
		if c.name == args[0] {
			if err := checkClock(); err != nil {
				return fail(io, err)
			}
			return c.run(withInvocation(ctx, args, io), args[1:], io)
		}
	}
	fmt.Fprintf(io.err, "ospobot: unknown command %q\n", args[0])
	usage(io.err)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: ospobot COMMAND [flags]")
	fmt.Fprintln(w)
	for _, c := range subcommands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"ospobot COMMAND -h\" for a command's flags.")
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// newFlags makes a flag set that reports to io.err and never exits.
func newFlags(name string, io stdio) *flag.FlagSet {
	fs := flag.NewFlagSet("ospobot "+name, flag.ContinueOnError)
	fs.SetOutput(io.err)
	return fs
}

// parseFlags parses and maps -h and errors to exit codes; ok is false when the caller
// should return code. Flags may come after the arguments too (`digest run NAME
// --dry-run`), as with most command-line tools; after `--` everything is an argument.
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK, false
			}
			return exitUsage, false
		}
		rest := fs.Args()
		if used := len(args) - len(rest); len(rest) == 0 || (used > 0 && args[used-1] == "--") {
			pos = append(pos, rest...)
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	// Leave the arguments where fs.Args finds them.
	if err := fs.Parse(append([]string{"--"}, pos...)); err != nil {
		return exitUsage, false
	}
	return 0, true
}

// parseNoArgs is parseFlags for a command that takes flags only: a stray argument is
// refused rather than ignored (it is most often a flag value that lost its flag).
func parseNoArgs(fs *flag.FlagSet, args []string, io stdio) (code int, ok bool) {
	if code, ok := parseFlags(fs, args); !ok {
		return code, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(io.err, "%s: unexpected %q; see %s -h\n", fs.Name(), fs.Arg(0), fs.Name())
		return exitUsage, false
	}
	return 0, true
}

// storeFlags are the --db and --config flags of every subcommand that uses the store.
type storeFlags struct{ db, config *string }

func addStoreFlags(fs *flag.FlagSet) storeFlags {
	return storeFlags{
		db:     fs.String("db", "", "database `FILE` (default from config, else ./ospobot.db)"),
		config: fs.String("config", "", "configuration `FILE` (default: built-in defaults)"),
	}
}

// load reads the configuration and applies --db to it.
func (f storeFlags) load() (config.Config, error) {
	cfg, err := loadConfig(*f.config)
	if err != nil {
		return cfg, err
	}
	if *f.db != "" {
		cfg.Store.Path = *f.db
	}
	return cfg, nil
}

// open loads the configuration and opens the bot on it, logging to logs. Inside a
// running serve (a command asked for over its control socket) it lends serve's own bot;
// while serve holds the database, a command it accepts is handed to it (see ctl.go) and
// the error says with what exit code it ended there.
func (f storeFlags) open(ctx context.Context, logs io.Writer) (*app, config.Config, error) {
	cfg, err := f.load()
	if err != nil {
		return nil, cfg, err
	}
	a, err := openLoaded(ctx, cfg, logs)
	return a, cfg, err
}

// openLoaded is open with the configuration already loaded.
func openLoaded(ctx context.Context, cfg config.Config, logs io.Writer) (*app, error) {
	if a := servingApp(ctx); a != nil {
		return a.lend(), nil
	}
	if err := forwardToServe(ctx, cfg); err != nil {
		return nil, err
	}
	a, err := openApp(cfg, newLogger(cfg, logs))
	if errors.Is(err, workflows.ErrLocked) {
		if ferr := forwardToServe(ctx, cfg); ferr != nil {
			return nil, ferr
		}
		err = explainLocked(cfg, err)
	}
	return a, err
}

// openReadOnly opens the store for reading, beside a running bot's lock timeout; like
// open, it uses or asks a running serve.
func (f storeFlags) openReadOnly(ctx context.Context) (*storeHandle, string, error) {
	return f.openReading(ctx, false)
}

// openAudited is openReadOnly for commands that check the audit chain: they need the
// audit key, and fail without it.
func (f storeFlags) openAudited(ctx context.Context) (*storeHandle, string, error) {
	return f.openReading(ctx, true)
}

func (f storeFlags) openReading(ctx context.Context, needKey bool) (*storeHandle, string, error) {
	cfg, err := f.load()
	if err != nil {
		return nil, "", err
	}
	if a := servingApp(ctx); a != nil {
		return &storeHandle{Store: a.store, lent: true}, a.store.Path(), nil
	}
	if err := forwardToServe(ctx, cfg); err != nil {
		return nil, "", err
	}
	key, _, _, err := auditKey(cfg, false)
	if err != nil && needKey {
		return nil, "", err
	}
	st, err := workflows.OpenStore(cfg.Store.Path, workflows.StoreOptions{LockTimeout: cfg.Store.LockTimeout.D(), ReadOnly: true, AuditKey: key})
	if errors.Is(err, workflows.ErrLocked) {
		if ferr := forwardToServe(ctx, cfg); ferr != nil {
			return nil, "", ferr
		}
	}
	if err != nil {
		return nil, "", err
	}
	return &storeHandle{Store: st}, cfg.Store.Path, nil
}

// storeHandle is a store a command closes when done; one lent by serve stays open.
type storeHandle struct {
	*workflows.Store
	lent bool
}

// Close closes the store unless it is lent.
func (h *storeHandle) Close() error {
	if h.lent {
		return nil
	}
	return h.Store.Close()
}

// loadConfig reads the file named by --config, or returns the defaults.
func loadConfig(path string) (config.Config, error) {
	if path == "" {
		return config.Default(), nil
	}
	return config.Load(path)
}

func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	lv, _ := cfg.Log.SlogLevel()
	opts := &slog.HandlerOptions{Level: lv}
	if cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// app is the wired bot: store, engine and router.
type app struct {
	store  *workflows.Store
	engine *workflows.Engine
	router *bot.Router
	lent   bool // serve's own, lent to a command: Close leaves it open
}

// lend is a, for a command run inside serve: its Close leaves the store open.
func (a *app) lend() *app {
	b := *a
	b.lent = true
	return &b
}

func openApp(cfg config.Config, log *slog.Logger) (*app, error) { return openAppWith(cfg, log, nil) }

// openAppWith is openApp with the engine's options adjusted by tune (serve's
// asynchronous delivery).
func openAppWith(cfg config.Config, log *slog.Logger, tune func(*workflows.Options)) (*app, error) {
	key, keyFile, created, err := auditKey(cfg, true)
	if err != nil {
		return nil, err
	}
	st, err := workflows.OpenStore(cfg.Store.Path, workflows.StoreOptions{LockTimeout: cfg.Store.LockTimeout.D(), AuditKey: key, Testing: cfg.Shell.Testing})
	if err != nil {
		if created {
			os.Remove(keyFile) // made for a database that was refused: it seals nothing
		}
		return nil, err
	}
	opts := workflows.Options{Log: log, Now: clock(), DedupTTL: cfg.Store.DedupTTL.D(), Version: versionString(),
		Policy: workflows.LicensePolicy(cfg.Policy), Limits: scanLimits(cfg), Approvals: cfg.Approvals, Groups: cfg.Groups, People: cfg.People, Schedules: cfg.Schedules,
		KeepSent: cfg.Outbox.KeepSent.D()}
	if len(cfg.Fetch.AllowedHosts) > 0 {
		opts.Fetcher = &codehost.Fetcher{AllowedHosts: cfg.Fetch.AllowedHosts, Timeout: cfg.Fetch.Timeout.D(), MaxBytes: int64(cfg.Limits.MaxInput)}
	}
	opts.Modules = moduleSource(cfg, "")
	if tune != nil {
		tune(&opts)
	}
	opts.Health = cfg.Health
	eng := workflows.NewEngine(st, opts)
	d := eng.Dispatcher()
	d.MaxAttempts, d.MaxBackoff = cfg.Outbox.MaxAttempts, cfg.Outbox.MaxBackoff.D()
	cmds, err := bot.NewCommands(eng.Commands()...)
	if err != nil {
		st.Close()
		return nil, err
	}
	r := &bot.Router{Commands: cmds, Exec: eng, MaxInput: int64(cfg.Limits.MaxInput), Default: "identify", Question: "ask", Subject: license.AsksAbout, Document: license.LooksLikeLicenseText, Log: log}
	return &app{store: st, engine: eng, router: r}, nil
}

// Close closes the store, unless the app is lent.
func (a *app) Close() error {
	if a.lent {
		return nil
	}
	return a.store.Close()
}

// clock is time.Now, unless OSPOBOT_TIME holds an RFC 3339 time: then the clock stands
// still there, so that transcripts of whole conversations are reproducible.
func clock() func() time.Time {
	if v := os.Getenv("OSPOBOT_TIME"); v != "" {
		if t, err := time.Parse(time.RFC3339, v); err == nil {
			return func() time.Time { return t }
		}
	}
	return time.Now
}

// checkClock refuses a malformed OSPOBOT_TIME, which would otherwise be ignored and
// leave a transcript running on the real clock.
func checkClock() error {
	if v := os.Getenv("OSPOBOT_TIME"); v != "" {
		if _, err := time.Parse(time.RFC3339, v); err != nil {
			return fmt.Errorf("OSPOBOT_TIME=%q is not an RFC 3339 time such as 2026-03-02T09:00:00Z", v)
		}
	}
	return nil
}

// fail prints an error for people: one line per problem, no stack, no wrapping noise.
func fail(io stdio, err error) int {
	if code, ok := servedCode(err); ok {
		return code // serve ran the command and printed its own errors
	}
	msg := bot.Escape(err.Error()) // errors quote file names and file content
	fmt.Fprintln(io.err, "ospobot: "+strings.ReplaceAll(msg, "\n", "\nospobot: "))
	return exitError
}

// plural is one or many, as n asks.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
