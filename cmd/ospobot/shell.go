package main

import (
	"context"
	"fmt"
	"os"
	osuser "os/user"
	"sync"
	"time"

	"github.com/ospobot/ospobot/adapters/shell"
)

func runShell(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("shell", io)
	sf := addStoreFlags(fs)
	as := fs.String("as", "", "speak as `USER` (default from config, else your login name)")
	files := fs.String("files", "", "save files the bot sends (an audit export) under `DIR`")
	testing := fs.Bool("testing", false, "create the database marked for testing: /as may then play users of every platform")
	if code, ok := parseNoArgs(fs, args, io); !ok {
		return code
	}
	cfg, err := sf.load()
	if err != nil {
		return fail(io, err)
	}
	cfg.Shell.Testing = cfg.Shell.Testing || *testing
	a, err := openLoaded(ctx, cfg, io.err)
	if err != nil {
		return fail(io, err)
	}
	a.router.AnyPlatform = a.store.Testing() // the terminal is unauthenticated: see shell.Options
	defer a.Close()
	// The process that takes events forgets the old ones; commands that only read or
	// run one job need not write at start.
	if _, err := a.engine.PruneDedup(); err != nil {
		return fail(io, fmt.Errorf("prune dedup keys: %w", err))
	}
	user := *as
	if user == "" {
		user = cfg.Shell.User
	}
	if user == "" {
		user = os.Getenv("USER")
	}
	if user == "" {
		if u, err := osuser.Current(); err == nil {
			user = u.Username
		}
	}
	interactive := false
	if f, ok := io.in.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			interactive = true
		}
	}
	sh := shell.New(io.in, io.out, shell.Options{User: user, Prompt: interactive, MaxInput: int64(cfg.Limits.MaxInput), FilesDir: *files, AnyPlatform: a.store.Testing()})
	a.engine.AddAdapter(sh)
	if interactive {
		io.out.Write([]byte("ospobot " + versionString() + " — type \"help\" for what I understand, /help for the shell, /quit to leave.\n"))
	}
	// Messages left undelivered by an earlier run go out first.
	if err := a.engine.Dispatcher().Deliver(ctx); err != nil {
		return fail(io, err)
	}
	// Old delivered messages are pruned now, before any message is read, not at a moment
	// that races with what the session does.
	a.engine.Dispatcher().PruneIfDue(ctx)
	runCtx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { a.engine.Dispatcher().Run(runCtx, 5*time.Second) })
	if interactive {
		// Digests and reminders come while you chat; piped sessions stay deterministic.
		wg.Go(func() { a.engine.RunScheduler(runCtx, 30*time.Second) })
	}
	err = sh.Run(runCtx, a.router)
	cancel()
	wg.Wait()
	if err != nil && ctx.Err() == nil {
		return fail(io, err)
	}
	return exitOK
}
