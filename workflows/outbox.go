package workflows

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// outboxEntry is one message waiting for, or past, delivery. Sent entries stay, and their
// delivery (with the platform's reference, so that later decisions can edit the same
// message) is a sentRecord beside them.
type outboxEntry struct {
	V           int             `json:"v"`
	To          bot.Destination `json:"to"`
	Reply       bot.Reply       `json:"reply"`
	EditOf      uint64          `json:"edit_of,omitempty"` // outbox seq of the message to replace
	Created     time.Time       `json:"created"`
	Attempts    int             `json:"attempts,omitempty"`
	NextAttempt time.Time       `json:"next_attempt,omitzero"`
	LastError   string          `json:"last_error,omitempty"`
	Failed      bool            `json:"failed,omitempty"` // gave up after MaxAttempts, or parked at once; kept for the report
	// Permanent: the adapter said the delivery can never succeed as addressed (unknown
	// channel, bot not in the room), so the entry was parked after one attempt.
	Permanent bool `json:"permanent,omitempty"`
}

// enqueue leaves a reply in the outbox of the current transaction.
func enqueue(tx *Tx, now time.Time, to bot.Destination, r bot.Reply, editOf uint64) (uint64, error) {
	size := 0
	for _, f := range r.Files {
		size += len(f.Data)
	}
	if size > maxAttachments {
		return 0, Errorf("That file is %s, more than the %s a message may carry; nothing was sent.", bot.FormatBytes(int64(size)), bot.FormatBytes(maxAttachments))
	}
	seq, err := outbox.nextSequence(tx)
	if err != nil {
		return 0, err
	}
	e := outboxEntry{To: to, Reply: r, EditOf: editOf, Created: now}
	if err := putOutbox(tx, seq, e); err != nil {
		return 0, err
	}
	if err := outboxPending.add(tx, pendingKey(to.Platform, seq)); err != nil {
		return 0, err
	}
	tx.enqueued = append(tx.enqueued, queuedEntry{seq, &e})
	return seq, nil
}

// queuedEntry is an entry as enqueue stored it. The entry is kept by pointer, never
// changed after: a batch's list of them and the dispatcher's fresh entries grow by
// copying pointers, not entries.
type queuedEntry struct {
	seq uint64
	e   *outboxEntry
}

// pendingKey indexes an undelivered entry under its platform, so that a process scans
// only what it can deliver.
func pendingKey(p bot.Platform, seq uint64) []byte {
	return append([]byte(string(p)+"/"), seqKey(seq)...)
}

func getOutbox(tx *Tx, seq uint64) (outboxEntry, error) {
	e, found, err := lookupOutbox(tx, seq)
	if err == nil && !found {
		err = fmt.Errorf("outbox entry %d missing", seq)
	}
	return e, err
}

// lookupOutbox reads entry seq; found is false when there is none (never made, or
// pruned).
func lookupOutbox(tx *Tx, seq uint64) (e outboxEntry, found bool, err error) {
	found, err = outbox.read(tx, seqKey(seq), &e) // in place: the decoder copies what it keeps
	return e, found && err == nil, err
}

// eachFailed calls fn with every entry that failed all its attempts, oldest first.
func eachFailed(tx *Tx, fn func(seq uint64, e outboxEntry)) error {
	return outbox.scan(tx, nil, func(k []byte, e *outboxEntry) error {
		if e.Failed {
			fn(seqOf(k), *e)
		}
		return nil
	})
}

func putOutbox(tx *Tx, seq uint64, e outboxEntry) error {
	return outbox.put(tx, seqKey(seq), &e)
}

// Dispatcher hands outbox entries to the adapters, in order, and records the result.
// One delivery pass runs at a time, so an entry is never sent twice by one process.
type Dispatcher struct {
	store       *Store
	now         func() time.Time
	log         *slog.Logger
	adapters    map[bot.Platform]bot.Adapter
	MaxAttempts int           // then the entry is marked failed and reported; default 10
	MaxBackoff  time.Duration // cap of the exponential back-off; default 1h
	// KeepSent is how long delivered messages are kept (for later edits and the report)
	// before Run prunes them; 0 keeps them for ever.
	KeepSent time.Duration
	// PruneEvery is how often Run prunes; default an hour.
	PruneEvery time.Duration

	prune func(ctx context.Context, cutoff time.Time) (int, error)
	// formFailed asks in the conversation what a form that could not open asked
	// (Engine.formFallback); false when it could not, and the reply's text is sent instead.
	formFailed func(ctx context.Context, to bot.Destination, f bot.Form) bool
	commands   func(bot.Button) string // the typed equivalent of a button
	nextDue    time.Time               // earliest retry seen by the last pass; guarded by mu
	again      bool                    // a send committed new entries; the pass goes round once more. Guarded by mu.
	// heldUntil: platforms that asked to be left alone (rate limited) until then; every
	// entry for them waits, not only the one refused. Guarded by mu.
	heldUntil map[bot.Platform]time.Time

	update  func(fn func(tx *Tx) error) error // writes share the engine's group commit
	mu      sync.Mutex                        // guards running, waiters, fresh and lastPrune
	running bool                              // a delivery pass is in progress
	waiters []*passWait
	kick    chan struct{}
	// fresh holds entries this process committed (Store.enqueued) for a platform it
	// delivers to, as enqueue made them, until a pass lists them: a pass need not read
	// and decode what was just written. An entry a pass does not find here is read from
	// the store, as after a restart. At most maxFresh; guarded by mu.
	fresh map[uint64]*outboxEntry
	// lastPrune is when PruneIfDue last pruned; guarded by mu.
	lastPrune time.Time
}

// maxFresh bounds Dispatcher.fresh: entries delivered by another process (or never,
// for want of an adapter) would otherwise stay there.
const maxFresh = 4096

func newDispatcher(s *Store, now func() time.Time, log *slog.Logger) *Dispatcher {
	d := &Dispatcher{
		store: s, now: now, log: log,
		adapters:    map[bot.Platform]bot.Adapter{},
		heldUntil:   map[bot.Platform]time.Time{},
		MaxAttempts: 10, MaxBackoff: time.Hour, PruneEvery: time.Hour,
		kick: make(chan struct{}, 1), update: s.Update,
		fresh: map[uint64]*outboxEntry{},
	}
	s.enqueued = d.remember
	return d
}

// remember keeps committed entries for the next pass (fresh).
func (d *Dispatcher) remember(list []queuedEntry) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, q := range list {
		if _, ok := d.adapters[q.e.To.Platform]; ok && len(d.fresh) < maxFresh {
			d.fresh[q.seq] = q.e
		}
	}
}

// freshEntry is entry seq as this process committed it, if it is still kept (fresh).
func (d *Dispatcher) freshEntry(seq uint64) (outboxEntry, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	e, ok := d.fresh[seq]
	if !ok {
		return outboxEntry{}, false
	}
	return *e, true
}

// forget drops entry seq from fresh: a pass listed it, and its next state is the store's.
func (d *Dispatcher) forget(seq uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.fresh, seq)
}

// backoff is the wait after the n-th failed attempt: 1s, 2s, 4s … up to MaxBackoff.
func (d *Dispatcher) backoff(n int) time.Duration {
	b := time.Second << min(n-1, 30)
	if b <= 0 || b > d.MaxBackoff {
		return d.MaxBackoff
	}
	return b
}

// Deliver sends every entry that is due, oldest first, and returns when a delivery pass
// that started after the call has finished. Concurrent callers share passes: while one
// runs, later callers wait for the next, which one of them leads. Entries for a platform
// without an adapter here wait for a process that has one.
func (d *Dispatcher) Deliver(ctx context.Context) error {
	d.mu.Lock()
	if d.running {
		w := &passWait{done: make(chan struct{}), lead: make(chan struct{})}
		d.waiters = append(d.waiters, w)
		d.mu.Unlock()
		select {
		case <-w.done:
			return nil
		case <-w.lead:
		}
	} else {
		d.running = true
		d.mu.Unlock()
	}
	d.mu.Lock()
	served := d.waiters
	d.waiters = nil
	d.mu.Unlock()
	err := d.pass(ctx)
	for _, w := range served {
		close(w.done)
	}
	d.mu.Lock()
	if len(d.waiters) > 0 {
		next := d.waiters[0]
		d.waiters = d.waiters[1:]
		close(next.lead)
	} else {
		d.running = false
	}
	d.mu.Unlock()
	return err
}

type passWait struct{ done, lead chan struct{} }

type sendResult struct {
	seq      uint64
	platform bot.Platform
	ref      bot.MessageRef
	err      error
}

// sentRecord is a delivery, kept beside the entry so that recording it rewrites nothing.
type sentRecord struct {
	V    int            `json:"v"`
	Ref  bot.MessageRef `json:"ref"`
	Sent time.Time      `json:"sent"`
}

// deliveryOf tells whether entry seq was delivered (with its reference) or failed (or is
// gone, pruned).
func deliveryOf(tx *Tx, seq uint64) (ref bot.MessageRef, sent, failed bool, err error) {
	var s sentRecord
	if found, err := outboxSent.read(tx, seqKey(seq), &s); err != nil || found {
		return s.Ref, found, false, err
	}
	e, found, err := lookupOutbox(tx, seq)
	if err != nil {
		return "", false, false, err
	}
	return "", false, e.Failed || !found, nil // pruned: as good as failed, nothing to edit
}

// pass sends the due entries and records the results in one transaction.
func (d *Dispatcher) pass(ctx context.Context) error {
	now := d.now()
	type due struct {
		seq  uint64
		e    outboxEntry
		orig bot.MessageRef
	}
	var list []due
	err := d.store.View(func(tx *Tx) error {
		var seqs []uint64
		// Only the platforms this process can deliver to; others wait for theirs.
		for p := range d.adapters {
			if err := outboxPending.scan(tx, []byte(string(p)+"/"), func(k []byte) error {
				seqs = append(seqs, seqOf(k[len(p)+1:]))
				return nil
			}); err != nil {
				return err
			}
		}
		slices.Sort(seqs)
		listed := map[uint64]bool{}
		for _, seq := range seqs {
			e, fresh := d.freshEntry(seq)
			if !fresh {
				var err error
				if e, err = getOutbox(tx, seq); err != nil {
					return err
				}
			}
			if _, ok := d.adapters[e.To.Platform]; !ok || (!e.NextAttempt.IsZero() && now.Before(e.NextAttempt)) {
				continue
			}
			var orig bot.MessageRef
			if e.EditOf != 0 {
				ref, sent, failed, err := deliveryOf(tx, e.EditOf)
				if err != nil {
					return err
				}
				orig = ref
				if !sent && !failed && !listed[e.EditOf] {
					continue // the original waits: the edit goes after it, in a later pass
				}
			}
			listed[seq] = true
			if fresh {
				d.forget(seq)
			}
			list = append(list, due{seq, e, orig})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("list outbox: %w", err)
	}
	if len(list) == 0 {
		return nil
	}
	results := make([]sendResult, 0, len(list))
	sentRefs := map[uint64]bot.MessageRef{} // originals sent in this pass, for edits after them
	// A platform that asked to be left alone for a while (rate limited) gets nothing
	// until then: every send would be refused the same way.
	d.mu.Lock()
	held := map[bot.Platform]bool{}
	for p, until := range d.heldUntil {
		if now.Before(until) {
			held[p] = true
		} else {
			delete(d.heldUntil, p)
		}
	}
	d.mu.Unlock()
	for _, it := range list {
		if err := ctx.Err(); err != nil {
			break // shutting down: what was sent is still recorded below
		}
		if held[it.e.To.Platform] {
			continue
		}
		orig := it.orig
		if orig == "" && it.e.EditOf != 0 {
			orig = sentRefs[it.e.EditOf]
		}
		ref, err := d.send(ctx, d.adapters[it.e.To.Platform], it.e, orig)
		if err != nil && ctx.Err() != nil {
			break
		}
		if err == nil {
			sentRefs[it.seq] = ref
		}
		if after, ok := bot.RetryDelay(err); ok {
			held[it.e.To.Platform] = true
			d.mu.Lock()
			d.heldUntil[it.e.To.Platform] = now.Add(after)
			d.mu.Unlock()
		}
		results = append(results, sendResult{it.seq, it.e.To.Platform, ref, err})
	}
	var next time.Time
	err = d.update(func(tx *Tx) error {
		next = time.Time{}
		for _, r := range results {
			at, err := d.record(tx, r)
			if err != nil {
				return err
			}
			if !at.IsZero() && (next.IsZero() || at.Before(next)) {
				next = at
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	d.mu.Lock()
	d.nextDue = next
	again := d.again
	d.again = false
	d.mu.Unlock()
	if again {
		return d.pass(ctx)
	}
	return nil
}

// record stores one send's result: the reference, or the failure with the time of the
// next attempt, which it returns. A permanent failure parks the entry at once with its
// reason; after MaxAttempts any failure does. A parked entry is kept, reported by
// `ospobot outbox`, and delivered again only when put back (RetryFailed).
func (d *Dispatcher) record(tx *Tx, r sendResult) (time.Time, error) {
	if r.err == nil {
		if err := outboxSent.put(tx, seqKey(r.seq), &sentRecord{Ref: r.ref, Sent: d.now()}); err != nil {
			return time.Time{}, err
		}
		return time.Time{}, outboxPending.delete(tx, pendingKey(r.platform, r.seq))
	}
	cur, err := getOutbox(tx, r.seq)
	if err != nil {
		return time.Time{}, err
	}
	cur.Attempts++
	cur.LastError = r.err.Error()
	wait := d.backoff(cur.Attempts)
	if after, ok := bot.RetryDelay(r.err); ok {
		wait = after // the platform said when; sooner would be refused again
	}
	cur.NextAttempt = d.now().Add(wait)
	cur.Permanent = bot.IsPermanent(r.err)
	switch {
	case cur.Permanent:
		cur.Failed = true
		d.log.Error("outbox entry undeliverable as addressed; parked", "seq", r.seq, "platform", cur.To.Platform, "err", r.err)
	case cur.Attempts >= d.MaxAttempts:
		cur.Failed = true
		d.log.Error("outbox entry undeliverable; kept", "seq", r.seq, "platform", cur.To.Platform, "attempts", cur.Attempts, "err", r.err)
	default:
		d.log.Warn("outbox delivery failed; will retry", "seq", r.seq, "platform", cur.To.Platform, "attempts", cur.Attempts, "retry_at", cur.NextAttempt, "err", r.err)
	}
	if cur.Failed {
		if err := outboxPending.delete(tx, pendingKey(cur.To.Platform, r.seq)); err != nil {
			return time.Time{}, err
		}
		return time.Time{}, putOutbox(tx, r.seq, cur)
	}
	return cur.NextAttempt, putOutbox(tx, r.seq, cur)
}

// send delivers e, shaped for the adapter's capabilities (see shape): a form where the
// platform opens forms, an edit where the adapter can edit and the original was sent, a
// new message otherwise.
func (d *Dispatcher) send(ctx context.Context, a bot.Adapter, e outboxEntry, orig bot.MessageRef) (bot.MessageRef, error) {
	caps := a.Capabilities()
	to, r := d.shape(caps, e.To, e.Reply)
	if r.Form != nil {
		if fo, ok := a.(bot.FormOpener); ok && caps.Forms && to.Trigger != "" {
			err := fo.OpenForm(ctx, to.Trigger, *r.Form)
			if err == nil {
				return "", nil
			}
			if ctx.Err() != nil {
				return "", err
			}
			// The click's trigger lives seconds (Slack: three); a form that cannot open
			// any more is asked in the conversation instead, field by field.
			d.log.Info("form not opened; asking in the conversation", "platform", to.Platform, "form", r.Form.ID, "err", err)
		}
		if d.formFailed != nil && d.formFailed(ctx, e.To, *r.Form) {
			d.mu.Lock()
			d.again = true // its questions wait in the outbox: this pass sends them too
			d.mu.Unlock()
			return "", nil
		}
		r.Form = nil
		to.Trigger = ""
	}
	if e.EditOf != 0 && orig != "" && caps.Edits {
		if ed, ok := a.(bot.Editor); ok {
			if err := ed.Edit(ctx, to, orig, r); err != nil {
				return "", err
			}
			return orig, nil
		}
	}
	ref, err := a.Send(ctx, to, r)
	if err != nil {
		return "", err
	}
	return ref, nil
}

// shape fits a stored reply to an adapter: every button gets its typed command and a
// key unique in its message; a private reply where the platform has no private messages
// becomes a direct message; files where the platform takes none become a note saying
// where to get them.
func (d *Dispatcher) shape(caps bot.Capabilities, to bot.Destination, r bot.Reply) (bot.Destination, bot.Reply) {
	r = d.withCommands(r).KeyButtons()
	if r.Private && !caps.Ephemeral && to.User != "" && !to.Home {
		to = bot.DirectTo(to.User)
		r.Private = false // a direct message is private already
	}
	if len(r.Files) > 0 && !caps.Files {
		var notes []string
		for _, f := range r.Files {
			note := fmt.Sprintf("`%s` could not be attached here.", bot.Printable(f.Name, 80))
			if f.Fallback != "" {
				note += " " + f.Fallback
			}
			notes = append(notes, note)
		}
		r.Blocks = append(slices.Clone(r.Blocks), bot.Context(strings.Join(notes, " ")))
		r.Files = nil
	}
	return to, r
}

// withCommands gives every button of r its typed equivalent, from the one table that
// decides it (Engine.buttonCommand).
func (d *Dispatcher) withCommands(r bot.Reply) bot.Reply {
	if d.commands == nil {
		return r
	}
	blocks := slices.Clone(r.Blocks)
	for i, b := range blocks {
		if len(b.Buttons) == 0 {
			continue
		}
		blocks[i].Buttons = slices.Clone(b.Buttons)
		for j, btn := range blocks[i].Buttons {
			if btn.Command == "" {
				blocks[i].Buttons[j].Command = d.commands(btn)
			}
		}
	}
	r.Blocks = blocks
	return r
}

// Kick asks Run for a delivery pass soon.
func (d *Dispatcher) Kick() {
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

// Run delivers on every kick, when the earliest retry is due, and at every tick, until
// ctx is done. It also prunes delivered messages older than KeepSent, every PruneEvery.
func (d *Dispatcher) Run(ctx context.Context, tick time.Duration) error {
	t := time.NewTicker(tick)
	defer t.Stop()
	retry := time.NewTimer(tick)
	defer retry.Stop()
	for {
		if err := d.Deliver(ctx); err != nil && !errors.Is(err, context.Canceled) {
			d.log.Error("outbox delivery pass failed", "err", err)
		}
		d.PruneIfDue(ctx)
		// A retry asked for sooner than the tick (a short Retry-After) is honoured then.
		d.mu.Lock()
		wait := tick
		if !d.nextDue.IsZero() {
			wait = min(tick, max(d.nextDue.Sub(d.now()), time.Millisecond))
		}
		d.mu.Unlock()
		retry.Reset(wait)
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-retry.C:
		case <-d.kick:
		}
	}
}

// PruneIfDue prunes delivered messages older than KeepSent when PruneEvery has passed
// since the last prune. Run calls it after every pass; a caller may call it first, so
// that the prune happens at a known point (the shell does, before it reads a message,
// and a piped session stays deterministic).
func (d *Dispatcher) PruneIfDue(ctx context.Context) {
	now := d.now()
	d.mu.Lock()
	due := d.KeepSent > 0 && d.prune != nil && now.Sub(d.lastPrune) >= d.PruneEvery
	if due {
		d.lastPrune = now
	}
	d.mu.Unlock()
	if !due {
		return
	}
	if _, err := d.prune(ctx, now.Add(-d.KeepSent)); err != nil && !errors.Is(err, context.Canceled) {
		d.log.Error("outbox prune failed", "err", err)
	}
}

// OutboxStats counts entries by state.
type OutboxStats struct{ Pending, Sent, Failed int }

// OutboxStats reads the outbox's counts from its indexes: an entry is pending until it
// is sent or fails, and a failed entry is in neither index.
func (s *Store) OutboxStats() (OutboxStats, error) {
	var st OutboxStats
	err := s.View(func(tx *Tx) error {
		all, err := outbox.count(tx)
		if err == nil {
			st.Pending, err = outboxPending.count(tx)
		}
		if err == nil {
			st.Sent, err = outboxSent.count(tx)
		}
		st.Failed = all - st.Pending - st.Sent
		return err
	})
	return st, err
}

// FailedMessage is an outbox entry that could not be delivered after every attempt.
type FailedMessage struct {
	Seq       uint64
	To        bot.Destination
	Text      string
	Attempts  int
	LastError string
	Created   time.Time
	Permanent bool // parked at once: the platform said it can never be delivered as addressed
}

// FailedMessages lists the messages kept after failing, oldest first.
func (s *Store) FailedMessages() ([]FailedMessage, error) {
	var out []FailedMessage
	err := s.View(func(tx *Tx) error {
		return eachFailed(tx, func(seq uint64, e outboxEntry) {
			out = append(out, FailedMessage{Seq: seq, To: e.To, Text: e.Reply.Text, Attempts: e.Attempts, LastError: e.LastError, Created: e.Created, Permanent: e.Permanent})
		})
	})
	return out, err
}

// RetryFailed puts failed messages back in the outbox for delivery, with their attempts
// counted afresh: the ones numbered in seqs, or every failed one when seqs is empty. It
// returns the numbers put back; a number that is not a failed message is an error and
// nothing changes.
func (e *Engine) RetryFailed(seqs []uint64) ([]uint64, error) {
	var back []uint64
	err := e.update(func(tx *Tx) error {
		back = back[:0]
		want := slices.Compact(slices.Sorted(slices.Values(seqs)))
		if len(want) == 0 {
			if err := eachFailed(tx, func(seq uint64, _ outboxEntry) { want = append(want, seq) }); err != nil {
				return err
			}
		}
		for _, seq := range want {
			en, found, err := lookupOutbox(tx, seq)
			if err != nil {
				return err
			}
			if !found {
				return Errorf("There is no message #%d in the outbox.", seq)
			}
			if !en.Failed {
				return Errorf("Message #%d has not failed (it is waiting or was delivered).", seq)
			}
			en.Failed, en.Permanent, en.Attempts, en.NextAttempt = false, false, 0, time.Time{}
			if err := putOutbox(tx, seq, en); err != nil {
				return err
			}
			if err := outboxPending.add(tx, pendingKey(en.To.Platform, seq)); err != nil {
				return err
			}
			back = append(back, seq)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(back) > 0 {
		e.log.Info("failed outbox messages put back for delivery", "seqs", back)
	}
	return back, nil
}
