package workflows

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// outboxEntry is one message waiting for, or past, delivery. Sent entries stay, with the
// platform's reference, so that later decisions can edit the same message.
type outboxEntry struct {
	V           int             `json:"v"`
	To          bot.Destination `json:"to"`
	Reply       bot.Reply       `json:"reply"`
	EditOf      uint64          `json:"edit_of,omitempty"` // outbox seq of the message to replace
	Created     time.Time       `json:"created"`
	Attempts    int             `json:"attempts,omitempty"`
	NextAttempt time.Time       `json:"next_attempt,omitzero"`
	LastError   string          `json:"last_error,omitempty"`
	Sent        time.Time       `json:"sent,omitzero"`
	Ref         bot.MessageRef  `json:"ref,omitempty"`
	Failed      bool            `json:"failed,omitempty"` // gave up after MaxAttempts; kept for the report
}

// enqueue leaves a reply in the outbox of the current transaction.
func enqueue(tx *Tx, now time.Time, to bot.Destination, r bot.Reply, editOf uint64) (uint64, error) {
	seq, err := tx.NextSequence(bucketOutbox)
	if err != nil {
		return 0, err
	}
	data, err := json.Marshal(outboxEntry{V: 1, To: to, Reply: r, EditOf: editOf, Created: now})
	if err != nil {
		return 0, fmt.Errorf("encode outbox entry: %w", err)
	}
	if err := tx.Put(bucketOutbox, seqKey(seq), data); err != nil {
		return 0, err
	}
	if err := tx.Put(bucketOutboxPending, seqKey(seq), nil); err != nil {
		return 0, err
	}
	return seq, nil
}

func getOutbox(tx *Tx, seq uint64) (outboxEntry, error) {
	var e outboxEntry
	data, err := tx.Get(bucketOutbox, seqKey(seq))
	if err != nil {
		return e, err
	}
	if data == nil {
		return e, fmt.Errorf("outbox entry %d missing", seq)
	}
	if err := json.Unmarshal(data, &e); err != nil {
		return e, fmt.Errorf("decode outbox entry %d: %w", seq, err)
	}
	return e, nil
}

func putOutbox(tx *Tx, seq uint64, e outboxEntry) error {
	data, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode outbox entry %d: %w", seq, err)
	}
	return tx.Put(bucketOutbox, seqKey(seq), data)
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

	mu   sync.Mutex // one delivery pass at a time
	kick chan struct{}
}

func newDispatcher(s *Store, now func() time.Time, log *slog.Logger) *Dispatcher {
	return &Dispatcher{
		store: s, now: now, log: log,
		adapters:    map[bot.Platform]bot.Adapter{},
		MaxAttempts: 10, MaxBackoff: time.Hour,
		kick: make(chan struct{}, 1),
	}
}

// backoff is the wait after the n-th failed attempt: 1s, 2s, 4s … up to MaxBackoff.
func (d *Dispatcher) backoff(n int) time.Duration {
	b := time.Second << min(n-1, 30)
	if b <= 0 || b > d.MaxBackoff {
		return d.MaxBackoff
	}
	return b
}

// Deliver sends every entry that is due, oldest first, and returns when done. Entries
// for a platform without an adapter here wait for a process that has one.
func (d *Dispatcher) Deliver(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	var due []uint64
	now := d.now()
	err := d.store.View(func(tx *Tx) error {
		return tx.Scan(bucketOutboxPending, nil, func(k, _ []byte) error {
			due = append(due, seqOf(k))
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("list outbox: %w", err)
	}
	for _, seq := range due {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := d.deliverOne(ctx, seq, now); err != nil {
			return err
		}
	}
	return nil
}

func (d *Dispatcher) deliverOne(ctx context.Context, seq uint64, now time.Time) error {
	var e outboxEntry
	var orig bot.MessageRef
	err := d.store.View(func(tx *Tx) error {
		var err error
		if e, err = getOutbox(tx, seq); err != nil {
			return err
		}
		if e.EditOf != 0 {
			o, err := getOutbox(tx, e.EditOf)
			if err != nil {
				return err
			}
			orig = o.Ref
		}
		return nil
	})
	if err != nil {
		return err
	}
	a, ok := d.adapters[e.To.Platform]
	if !ok || (!e.NextAttempt.IsZero() && now.Before(e.NextAttempt)) {
		return nil
	}
	ref, sendErr := d.send(ctx, a, e, orig)
	if sendErr != nil && ctx.Err() != nil {
		return ctx.Err() // shutting down: not the message's fault
	}
	return d.store.Update(func(tx *Tx) error {
		cur, err := getOutbox(tx, seq)
		if err != nil {
			return err
		}
		if sendErr == nil {
			cur.Sent, cur.Ref, cur.LastError = d.now(), ref, ""
			if err := tx.Delete(bucketOutboxPending, seqKey(seq)); err != nil {
				return err
			}
			return putOutbox(tx, seq, cur)
		}
		cur.Attempts++
		cur.LastError = sendErr.Error()
		cur.NextAttempt = d.now().Add(d.backoff(cur.Attempts))
		if cur.Attempts >= d.MaxAttempts {
			cur.Failed = true
			d.log.Error("outbox entry undeliverable; kept", "seq", seq, "platform", e.To.Platform, "attempts", cur.Attempts, "err", sendErr)
			if err := tx.Delete(bucketOutboxPending, seqKey(seq)); err != nil {
				return err
			}
		} else {
			d.log.Warn("outbox delivery failed; will retry", "seq", seq, "platform", e.To.Platform, "attempts", cur.Attempts, "retry_at", cur.NextAttempt, "err", sendErr)
		}
		return putOutbox(tx, seq, cur)
	})
}

// send delivers e: an edit where the adapter can edit and the original was sent, a new
// message otherwise.
func (d *Dispatcher) send(ctx context.Context, a bot.Adapter, e outboxEntry, orig bot.MessageRef) (bot.MessageRef, error) {
	if e.EditOf != 0 && orig != "" {
		if ed, ok := a.(bot.Editor); ok {
			if err := ed.Edit(ctx, e.To, orig, e.Reply); err != nil {
				return "", err
			}
			return orig, nil
		}
	}
	ref, err := a.Send(ctx, e.To, e.Reply)
	if err != nil {
		return "", err
	}
	return ref, nil
}

// Kick asks Run for a delivery pass soon.
func (d *Dispatcher) Kick() {
	select {
	case d.kick <- struct{}{}:
	default:
	}
}

// Run delivers on every kick and at every tick, for retries, until ctx is done.
func (d *Dispatcher) Run(ctx context.Context, tick time.Duration) error {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if err := d.Deliver(ctx); err != nil && !errors.Is(err, context.Canceled) {
			d.log.Error("outbox delivery pass failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-d.kick:
		}
	}
}

// OutboxStats counts entries by state.
type OutboxStats struct{ Pending, Sent, Failed int }

// OutboxStats reads the outbox's counts.
func (s *Store) OutboxStats() (OutboxStats, error) {
	var st OutboxStats
	err := s.View(func(tx *Tx) error {
		return tx.Scan(bucketOutbox, nil, func(_, v []byte) error {
			var e outboxEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("decode outbox entry: %w", err)
			}
			switch {
			case e.Failed:
				st.Failed++
			case e.Sent.IsZero():
				st.Pending++
			default:
				st.Sent++
			}
			return nil
		})
	})
	return st, err
}
