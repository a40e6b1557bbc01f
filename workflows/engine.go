package workflows

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// Options configure an Engine.
type Options struct {
	Now      func() time.Time // the clock, read once per transaction; time.Now by default
	Log      *slog.Logger
	DedupTTL time.Duration  // how long an event ID is remembered; default 7 days
	Limits   license.Limits // bounds of scans of uploads; license.DefaultLimits() by default
	Fetcher  LicenseFetcher // fetches licence files for "license URL"; nil turns it off
	Modules  ModuleSource   // a Go module proxy, for the modules an uploaded go.mod requires; nil turns it off
	// Approvals and Groups configure requests; config defaults when zero.
	Approvals config.Approvals
	Groups    map[string]config.Group
	People    map[string][]string // one person's IDs on several platforms
	Version   string              // reported by the "version" command
	Policy    *license.Policy
	// OneTxPerCall turns group commit off: each call commits on its own (for comparison).
	OneTxPerCall bool
	// AsyncDelivery makes Execute return once the call committed, leaving delivery to
	// the dispatcher's Run loop (which the caller runs). By default Execute also waits
	// for the delivery pass, which keeps a terminal conversation in order.
	AsyncDelivery bool
	// KeepSent is how long the dispatcher's Run keeps delivered messages before pruning
	// them; 0 keeps them for ever (the default, as for a one-off command).
	KeepSent time.Duration
	// Schedules are the digests and reminders RunDue runs.
	Schedules []config.Schedule
	// Health configures project-health scans and nudges; config defaults when zero.
	Health config.Health
}

// Engine applies calls to the store. It is the only writer of the store.
type Engine struct {
	store     *Store
	now       func() time.Time
	log       *slog.Logger
	dedupTTL  time.Duration
	version   string
	policy    *license.Policy
	limits    license.Limits
	fetcher   LicenseFetcher
	modules   ModuleSource
	approvals *approvals
	out       *Dispatcher
	group     *committer
	update    func(fn func(tx *Tx) error) error // the store's Update, through group commit unless turned off
	async     bool
	schedules []config.Schedule
	commands  map[string]command
	actions   map[bot.ActionID]func(w *work) error
	specs     []bot.CommandSpec
	words     *bot.Commands // the command table as the router reads it, to tell answers from commands
	health    *healthSettings
}

// LicenseFetcher gets the licence file of a repository (or a file) named by URL.
type LicenseFetcher interface {
	FetchLicense(ctx context.Context, url string) (name string, data []byte, err error)
}

// command is a spec and the function that applies it inside the transaction.
type command struct {
	spec bot.CommandSpec
	// prepare does the call's pure, slow work (scanning an upload) before the write
	// transaction opens, so that it never holds the store's lock; its result reaches run
	// as work.prepared. Optional.
	prepare func(ctx context.Context, e *Engine, c bot.Call) (any, error)
	run     func(w *work) error
}

// NewEngine makes an engine over s with the built-in commands.
func NewEngine(s *Store, opts Options) *Engine {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.DedupTTL <= 0 {
		opts.DedupTTL = 7 * 24 * time.Hour
	}
	if opts.Limits == (license.Limits{}) {
		opts.Limits = license.DefaultLimits()
	}
	if opts.Approvals.IDPrefix == "" {
		opts.Approvals = config.DefaultApprovals()
	}
	if opts.Groups == nil {
		opts.Groups = config.DefaultGroups()
	}
	if opts.Policy == nil {
		opts.Policy = LicensePolicy(config.DefaultPolicy())
	}
	e := &Engine{
		store: s, now: opts.Now, log: opts.Log, dedupTTL: opts.DedupTTL, version: opts.Version, policy: opts.Policy, limits: opts.Limits, fetcher: opts.Fetcher, modules: opts.Modules,
		approvals: newApprovals(opts.Approvals, opts.Groups, opts.People),
		commands:  map[string]command{},
		actions:   map[bot.ActionID]func(w *work) error{},
	}
	e.out = newDispatcher(s, opts.Now, opts.Log)
	e.group = &committer{store: s}
	e.update = e.group.do
	if opts.OneTxPerCall {
		e.update = s.Update
	}
	e.async = opts.AsyncDelivery
	e.schedules = opts.Schedules
	e.out.update = e.update
	e.out.KeepSent = opts.KeepSent
	e.out.prune = e.PruneSent
	e.out.commands = e.buttonCommand
	e.out.formFailed = e.formFallback
	for _, c := range e.builtins() {
		e.commands[c.spec.Name] = c
		e.specs = append(e.specs, c.spec)
	}
	if words, err := bot.NewCommands(e.specs...); err == nil {
		e.words = words
	} else {
		e.log.Error("command table", "err", err) // a programming error; NewCommands in the caller reports it too
	}
	e.actions[actionUse] = runUseChoice
	e.actions[actionReading] = runReading
	e.actions[actionTopic] = runTopic
	e.actions[actionCombine] = runCombine
	e.actions[actionScanUse] = runScanButton
	e.actions[actionScanPage] = runScanButton
	for a, dec := range map[bot.ActionID]DecisionKind{actionApprove: DecApprove, actionReject: DecReject, actionChanges: DecChanges} {
		e.actions[a] = decisionButton(dec)
	}
	e.actions[actionException] = runExceptionButton
	e.actions[actionFormSet] = runFormSet
	e.actions[actionFormSkip] = runFormSkip
	e.actions[actionFormKind] = runFormKind
	e.actions[actionSnooze] = runSnooze
	e.registerHealth(opts.Health, opts.People)
	return e
}

// Commands lists the specs of every command, for the router and help.
func (e *Engine) Commands() []bot.CommandSpec { return append([]bot.CommandSpec(nil), e.specs...) }

// AddAdapter lets the dispatcher deliver to a's platform.
// Adapters are added before the engine takes calls. An adapter that lists its platform's groups (bot.GroupResolver) resolves the members
// config names as "slack:S…" or "matrix:!room".
func (e *Engine) AddAdapter(a bot.Adapter) {
	e.out.adapters[a.Platform()] = a
	if r, ok := a.(bot.GroupResolver); ok {
		g := e.approvals.platform
		g.mu.Lock()
		g.resolvers[a.Platform()] = r
		g.mu.Unlock()
	}
}

// Dispatcher is the engine's outbox dispatcher.
func (e *Engine) Dispatcher() *Dispatcher { return e.out }

// work is one call being applied: the transaction, the clock reading and what to send.
type work struct {
	tx       *Tx
	now      time.Time
	call     bot.Call
	e        *Engine
	prepared any
	// wasPrepared: the command's prepare ran before the transaction (its result may
	// be nil: nothing to prepare for this call).
	wasPrepared bool
	// note is a line the call's first public reply ends with, whichever of the
	// command's answers it is (the logo note on a licence question).
	note string
}

// reply answers in the conversation (and thread) the call came from.
func (w *work) reply(r bot.Reply) error {
	if w.note != "" && !r.Private {
		r.Blocks = append(r.Blocks, bot.Context(w.note))
		w.note = ""
	}
	_, err := enqueue(w.tx, w.now, replyDestination(w.call.Event, r.Private), r, 0)
	return err
}

func replyDestination(ev bot.Event, private bool) bot.Destination {
	d := bot.Destination{Platform: ev.Platform, Conversation: ev.Conversation.ID, Thread: ev.Thread}
	if private {
		d.User = ev.User.ID
	}
	return d
}

// Execute applies c in one transaction: records its event, runs its command and leaves
// the replies in the outbox; then delivers. A replayed event changes nothing. When the
// command fails, its changes are rolled back and only the error reply is committed.
func (e *Engine) Execute(ctx context.Context, c bot.Call) error {
	e.resolveGroups(ctx) // outside the transaction: a platform can be slow
	var runErr error
	var prepared any
	wasPrepared := false
	if cmd, ok := e.commands[c.Command]; ok && c.Reply == nil && cmd.prepare != nil && !e.isAnswer(c) {
		prepared, runErr = cmd.prepare(ctx, e, c)
		wasPrepared = true
	} else if c.Event.Kind == bot.FormEvent && c.Event.Form != nil {
		prepared = prepareFormRequest(ctx, e, c.Event.Form) // a form's request is checked as a typed one
	}
	var err error
	if runErr == nil {
		err = e.update(func(tx *Tx) error {
			w := &work{tx: tx, now: e.now(), call: c, e: e, prepared: prepared, wasPrepared: wasPrepared}
			fresh, err := w.markSeen()
			if err != nil || !fresh {
				return err
			}
			changed := len(tx.changed) // a batch shares the transaction
			if runErr = e.apply(w); runErr != nil {
				return runErr
			}
			return w.refreshHomes(changed)
		})
	}
	if fe, ok := isFieldErrors(runErr); ok {
		return fe // back to the form, which stays open; nothing was committed
	}
	if runErr != nil {
		msg, user := userMessage(runErr)
		if !user {
			e.log.ErrorContext(ctx, "command failed", "command", c.Command, "event", c.Event.ID, "err", runErr)
		}
		err = e.update(func(tx *Tx) error {
			w := &work{tx: tx, now: e.now(), call: c, e: e}
			if fresh, err := w.markSeen(); err != nil || !fresh {
				return err
			}
			return w.reply(bot.Reply{Text: msg, Private: true})
		})
	}
	if err != nil {
		return fmt.Errorf("apply %s event %s: %w", c.Event.Platform, c.Event.ID, err)
	}
	e.deliverCommitted(ctx)
	return nil
}

// deliverCommitted hands what a commit left in the outbox to the dispatcher: it wakes the
// Run loop (AsyncDelivery), or runs a delivery pass and waits for it. A failed pass
// loses nothing; the outbox keeps the messages.
func (e *Engine) deliverCommitted(ctx context.Context) {
	if e.async {
		e.out.Kick()
		return
	}
	if err := e.out.Deliver(ctx); err != nil && !errors.Is(err, context.Canceled) {
		e.log.WarnContext(ctx, "delivery after commit failed; the outbox keeps the messages", "err", err)
	}
}

// apply runs the call's handler; a panic in it becomes an internal error, so that one
// bad record or bug costs one answer, not the process.
func (e *Engine) apply(w *work) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in %q: %v", w.call.Command, r)
		}
	}()
	return e.applyCall(w)
}

func (e *Engine) applyCall(w *work) error {
	v, p, word, err := w.answering()
	if err != nil {
		return err
	}
	if done, err := w.applyAnswer(v, p, word); done || err != nil {
		return err
	}
	c := w.call
	if spec, ok := e.commands[c.Command]; ok && c.Reply == nil && spec.prepare != nil && !w.wasPrepared {
		// The message was taken for an answer before its transaction, and the question
		// has gone since (cancelled, expired): its command was never prepared.
		return Errorf("Your question was answered or cancelled meanwhile; please send that message again.")
	}
	switch {
	case c.Reply != nil:
		return w.reply(*c.Reply)
	case c.Event.Kind == bot.ActionEvent:
		run, ok := e.actions[c.Event.Action.ID]
		if !ok {
			return Errorf("That button no longer does anything here.")
		}
		return run(w)
	case c.Event.Kind == bot.FormEvent:
		return runFormSubmission(w)
	case c.Event.Kind == bot.HomeEvent:
		return runHome(w)
	}
	cmd, ok := e.commands[c.Command]
	if !ok {
		return fmt.Errorf("router sent unknown command %q", c.Command)
	}
	return cmd.run(w)
}

// isAnswer tells, before the call's transaction, whether its message will be taken as
// an answer, so that a command's slow preparation (scanning, fetching) is skipped for
// it. The transaction decides again, by the same rule.
func (e *Engine) isAnswer(c bot.Call) bool {
	v := notAnAnswer
	_ = e.store.View(func(tx *Tx) error {
		w := &work{tx: tx, now: e.now(), call: c, e: e}
		v, _, _, _ = w.answering()
		return nil
	})
	return v == isAnswer || v == commandTyped
}

// markSeen records the call's event ID; false means it was seen before.
func (w *work) markSeen() (bool, error) {
	ev := w.call.Event
	if ev.ID == "" {
		return true, nil // nothing to deduplicate on; adapters always set one
	}
	key := dedupKey(ev)
	seen, err := dedup.has(w.tx, key)
	if err != nil {
		return false, err
	}
	if seen {
		return false, nil
	}
	return true, dedup.markSeen(w.tx, key, w.now)
}

func dedupKey(ev bot.Event) []byte { return []byte(string(ev.Platform) + ":" + string(ev.ID)) }

// notice tells the caller r privately at once, in a transaction of its own, while their
// call is still being prepared ("this can take a minute"). An event already applied
// gets none, so a redelivered event is not told twice.
func (e *Engine) notice(ctx context.Context, c bot.Call, r bot.Reply) {
	r.Private = true
	err := e.update(func(tx *Tx) error {
		if c.Event.ID != "" {
			if seen, err := dedup.has(tx, dedupKey(c.Event)); err != nil || seen {
				return err
			}
		}
		_, err := enqueue(tx, e.now(), replyDestination(c.Event, true), r, 0)
		return err
	})
	if err != nil {
		e.log.WarnContext(ctx, "notice not sent", "event", c.Event.ID, "err", err)
		return
	}
	e.deliverCommitted(ctx)
}

// PruneDedup forgets event IDs older than the TTL; platforms do not redeliver that late.
func (e *Engine) PruneDedup() (int, error) {
	n := 0
	err := e.store.Update(func(tx *Tx) error {
		cutoff := e.now().Add(-e.dedupTTL)
		var old [][]byte
		if err := dedup.scanSeen(tx, func(k []byte, seen time.Time) error {
			if seen.Before(cutoff) {
				old = append(old, append([]byte(nil), k...))
			}
			return nil
		}); err != nil {
			return err
		}
		for _, k := range old {
			if err := dedup.delete(tx, k); err != nil {
				return err
			}
		}
		n = len(old)
		return nil
	})
	return n, err
}
