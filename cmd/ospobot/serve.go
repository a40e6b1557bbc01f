package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/ospobot/ospobot/adapters/loopback"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
)

// Intervals of serve's background loops. Deliveries are kicked by every commit; the tick
// only retries what failed. Schedules are per minute at finest.
const (
	deliverTick  = 5 * time.Second
	scheduleTick = 30 * time.Second
	pruneEvery   = time.Hour // forgetting expired dedup keys, which start-up also does
)

// runServe runs the bot for an organisation until SIGINT or SIGTERM, then shuts down
// cleanly (see server.shutdown) and exits 0.
func runServe(ctx context.Context, args []string, io stdio) int {
	fs := newFlags("serve", io)
	sf := addStoreFlags(fs)
	listen := fs.String("listen", "", "HTTP `ADDR` for /healthz, /readyz, /metrics and adapters in HTTP mode (default from config, 127.0.0.1:8080)")
	if code, ok := parseNoArgs(fs, args, io); !ok {
		return code
	}
	cfg, err := sf.load()
	if err != nil {
		return fail(io, err)
	}
	if *listen != "" {
		cfg.Serve.Listen = *listen
	}
	log := newServeLogger(cfg, io.err, os.Environ())
	s, err := startServer(ctx, cfg, log, os.Getenv, platforms())
	if err != nil {
		return fail(io, err)
	}
	if err := s.wait(ctx); err != nil {
		log.Error("serve stopped", "err", err)
		return exitError
	}
	return exitOK
}

// server is a running serve: the bot, its adapters, the HTTP listener and the control
// socket, and the goroutines that drive them.
type server struct {
	cfg      config.Config
	log      *slog.Logger
	app      *app
	adapters []bot.Adapter
	metrics  *metrics
	intake   *intake
	http     *http.Server
	ln       net.Listener
	ctl      *ctlServer

	stopIntake  context.CancelFunc // adapters and schedules
	stopDeliver context.CancelFunc // the dispatcher's loop
	stopCtl     context.CancelFunc // commands on the control socket
	work        sync.WaitGroup     // adapters, schedules
	deliver     sync.WaitGroup     // the dispatcher's loop
	serving     sync.WaitGroup     // HTTP and control socket
	failed      chan error         // an adapter or listener that stopped on its own
	draining    atomic.Bool
	storeOpen   atomic.Bool
}

// startServer opens the store, builds the adapters of every configured platform (of
// plats; the loopback adapter when serve.loopback is set), listens and starts the loops.
// Whatever fails to start is a clear error, and what was opened is closed.
func startServer(ctx context.Context, cfg config.Config, log *slog.Logger, getenv func(string) string, plats []platform) (_ *server, err error) {
	a, err := openAppWith(cfg, log, func(o *workflows.Options) { o.AsyncDelivery = true })
	if err != nil {
		return nil, err
	}
	s := &server{cfg: cfg, log: log, app: a, intake: &intake{}, failed: make(chan error, 1)}
	s.storeOpen.Store(true)
	defer func() {
		if err != nil {
			s.closeStore()
		}
	}()
	// The process that takes events forgets the old ones.
	if _, err := a.engine.PruneDedup(); err != nil {
		return nil, fmt.Errorf("prune dedup keys: %w", err)
	}
	deps := platformDeps{Config: cfg, Getenv: getenv, Log: log, StateDir: cfg.Serve.StateDirFor(cfg.Store),
		ForgetGroup: a.engine.ForgetGroup}
	for _, p := range plats {
		ad, err := p.build(ctx, deps)
		if err != nil {
			return nil, fmt.Errorf("start %s: %w", p.name, err)
		}
		if ad != nil {
			s.adapters = append(s.adapters, ad)
		}
	}
	if cfg.Serve.Loopback {
		s.adapters = append(s.adapters, loopback.New())
	}
	for _, ad := range s.adapters {
		a.engine.AddAdapter(ad)
	}
	s.metrics = newMetrics(a.store, s.adapters)
	// The organisation's projects are scanned every health.interval when any are named.
	var healthHost workflows.CodeHost
	if h := cfg.Health.GitHub; len(h.Orgs) > 0 || len(h.Repos) > 0 {
		if healthHost, err = githubHost(cfg, getenv); err != nil {
			return nil, fmt.Errorf("health scans: %w", err)
		}
	}

	if s.ctl, err = listenCtl(cfg, a, log); err != nil {
		return nil, err
	}
	if s.ln, err = net.Listen("tcp", cfg.Serve.Listen); err != nil {
		s.ctl.close()
		return nil, fmt.Errorf("listen on %s (serve.listen, --listen): %w", cfg.Serve.Listen, err)
	}
	s.http = &http.Server{Handler: s.mux(), ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}

	ctlCtx, stopCtl := context.WithCancel(context.WithoutCancel(ctx))
	s.stopCtl = stopCtl
	s.serving.Go(func() { s.ctl.serve(ctlCtx) })
	s.serving.Go(func() {
		if err := s.http.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.fail(fmt.Errorf("HTTP listener: %w", err))
		}
	})
	// Shutdown is driven by wait, not by ctx: intake, delivery and commands each stop
	// in their turn.
	deliverCtx, stopDeliver := context.WithCancel(context.WithoutCancel(ctx))
	s.stopDeliver = stopDeliver
	s.deliver.Go(func() { a.engine.Dispatcher().Run(deliverCtx, deliverTick) })
	intakeCtx, stopIntake := context.WithCancel(context.WithoutCancel(ctx))
	s.stopIntake = stopIntake
	s.work.Go(func() { s.runSchedules(intakeCtx) })
	if healthHost != nil {
		s.work.Go(func() { a.engine.RunHealthScans(intakeCtx, healthHost, nil) })
	}
	h := s.intake.guard(s.metrics.instrument(a.router, log))
	for _, ad := range s.adapters {
		s.work.Go(func() {
			err := ad.Run(intakeCtx, h)
			if intakeCtx.Err() == nil {
				if err == nil {
					err = errors.New("returned while serve runs")
				}
				s.fail(fmt.Errorf("%s adapter stopped: %w", ad.Platform(), err))
			}
		})
	}
	names := make([]string, 0, len(s.adapters))
	for _, ad := range s.adapters {
		names = append(names, string(ad.Platform()))
	}
	log.Info("serving", "version", versionString(), "listen", s.ln.Addr().String(), "db", a.store.Path(), "control_socket", s.ctl.path, "platforms", names)
	if len(names) == 0 {
		log.Warn("no chat platform configured; serving health and metrics only (set slack.enabled or matrix.enabled)")
	}
	return s, nil
}

// fail reports a part that stopped on its own; the first one stops serve.
func (s *server) fail(err error) {
	select {
	case s.failed <- err:
	default:
		s.log.Error("stopped while serve stops", "err", err)
	}
}

// wait runs until ctx is done (a signal) or a part fails, then shuts down. It returns
// the failure, if any; a shutdown on request returns nil.
func (s *server) wait(ctx context.Context) error {
	var cause error
	select {
	case <-ctx.Done():
		s.log.Info("shutting down", "timeout", s.cfg.Serve.ShutdownTimeout.D())
	case cause = <-s.failed:
		s.log.Error("shutting down after a failure", "err", cause)
	}
	if err := s.shutdown(s.cfg.Serve.ShutdownTimeout.D()); err != nil && cause == nil {
		cause = err
	}
	return cause
}

// shutdown stops intake (the adapters' contexts and the HTTP listener, whose handlers
// finish), waits for the adapters to hand over what they acknowledged and for the
// events in flight to commit, flushes the outbox, stops the control socket and closes
// the store, all within timeout. Undelivered messages stay in the outbox for the next
// start.
func (s *server) shutdown(timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	s.draining.Store(true)
	s.stopIntake()
	httpErr := s.http.Shutdown(ctx)
	// Adapters stop taking events, then hand over those they acknowledged (the platform
	// will not send them again) before intake closes: closing it first would refuse them.
	if !waitFor(ctx, &s.work) {
		// An adapter that ignores its context must not keep the database open; any event
		// it still hands over is refused (intake closes below).
		s.log.Warn("a chat adapter did not stop by the shutdown timeout")
	}
	if err := s.intake.drain(ctx); err != nil {
		s.log.Warn("events still in flight at the shutdown timeout", "err", err)
	}
	// The flush waits for a delivery pass in progress, then sends what is left. At the
	// timeout, sends still in progress are cancelled (and not counted as failed
	// attempts); what was not sent stays in the outbox for the next start.
	stopAtTimeout := context.AfterFunc(ctx, s.stopDeliver)
	flushErr := s.app.engine.Dispatcher().Deliver(ctx)
	stopAtTimeout()
	s.stopDeliver()
	s.deliver.Wait()
	if st, err := s.app.store.OutboxStats(); err == nil {
		s.log.Info("outbox at shutdown", "pending", st.Pending, "failed", st.Failed)
	}
	s.ctl.close()
	s.stopCtl()
	s.serving.Wait()
	closeErr := s.closeStore()
	s.log.Info("stopped")
	if flushErr != nil && !errors.Is(flushErr, context.DeadlineExceeded) && !errors.Is(flushErr, context.Canceled) {
		return fmt.Errorf("flush the outbox: %w", flushErr)
	}
	if httpErr != nil && !errors.Is(httpErr, context.DeadlineExceeded) {
		return fmt.Errorf("stop HTTP: %w", httpErr)
	}
	return closeErr
}

// waitFor waits for wg, or for ctx to be done; it tells whether wg finished.
func waitFor(ctx context.Context, wg *sync.WaitGroup) bool {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s *server) closeStore() error {
	if !s.storeOpen.Swap(false) {
		return nil
	}
	return s.app.store.Close()
}

// runSchedules runs due digests and reminders every scheduleTick until ctx is done,
// counting each run, with the members of platform groups fetched first; and, as serve
// runs for months, forgets expired dedup keys hourly.
func (s *server) runSchedules(ctx context.Context) {
	t := time.NewTicker(scheduleTick)
	defer t.Stop()
	pruned := time.Now()
	for {
		if time.Since(pruned) >= pruneEvery {
			if n, err := s.app.engine.PruneDedup(); err != nil {
				s.log.Error("prune dedup keys", "err", err)
			} else if n > 0 {
				s.log.Info("pruned dedup keys", "count", n)
			}
			pruned = time.Now()
		}
		// Digests and reminders go to the members of platform groups (a Slack user
		// group), which only calls resolve otherwise: with no chat since start, the
		// schedule would find none. Cached lists make this a fetch every 15 minutes.
		s.app.engine.ResolveGroups(ctx)
		ran, err := s.app.engine.RunDue(ctx)
		if err != nil && !errors.Is(err, context.Canceled) {
			s.log.Error("schedules failed", "err", err)
		}
		for _, name := range ran {
			s.metrics.scheduleRuns.WithLabelValues(name).Inc()
		}
		if len(ran) > 0 {
			s.log.Info("schedules ran", "names", ran)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// mux serves health, readiness, metrics, and the adapters that take HTTP.
func (s *server) mux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if problems := s.notReady(); len(problems) > 0 {
			http.Error(w, "not ready: "+strings.Join(problems, "; "), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ready")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.metrics.reg, promhttp.HandlerOpts{}))
	for _, ad := range s.adapters {
		if m, ok := ad.(bot.HTTPMounter); ok {
			m.Mount(mux)
		}
	}
	return mux
}

// notReady lists what keeps serve from taking work: a closed store, a shutdown, an
// adapter not connected.
func (s *server) notReady() []string {
	var out []string
	if s.draining.Load() {
		out = append(out, "shutting down")
	}
	if !s.storeOpen.Load() {
		out = append(out, "store closed")
	}
	for _, ad := range s.adapters {
		if st := adapterStatus(ad); !st.Connected {
			why := st.Reason
			if why == "" {
				why = "not connected"
			}
			out = append(out, string(ad.Platform())+": "+why)
		}
	}
	return out
}

// intake counts the events being handled, so that shutdown can wait for them; once it
// drains, new events are refused (not acknowledged, so the platform sends them again).
type intake struct {
	mu     sync.Mutex
	n      int
	closed bool
	idle   chan struct{} // closed when n drops to 0 while draining
}

var errShuttingDown = errors.New("shutting down; send it again later")

func (in *intake) guard(h bot.Handler) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, ev bot.Event) error {
		in.mu.Lock()
		if in.closed {
			in.mu.Unlock()
			return errShuttingDown
		}
		in.n++
		in.mu.Unlock()
		defer func() {
			in.mu.Lock()
			in.n--
			if in.n == 0 && in.idle != nil {
				close(in.idle)
				in.idle = nil
			}
			in.mu.Unlock()
		}()
		return h.HandleEvent(ctx, ev)
	})
}

// drain refuses new events and waits until those in flight are done, or ctx is.
func (in *intake) drain(ctx context.Context) error {
	in.mu.Lock()
	in.closed = true
	if in.n == 0 {
		in.mu.Unlock()
		return nil
	}
	if in.idle == nil {
		in.idle = make(chan struct{})
	}
	idle, n := in.idle, in.n
	in.mu.Unlock()
	select {
	case <-idle:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%d events: %w", n, ctx.Err())
	}
}
