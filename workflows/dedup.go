package workflows

import (
	"time"

	"github.com/ospobot/ospobot/bot"
)

// Exactly-once effect for at-least-once delivery: every event's ID is recorded in the
// transaction that applies it, and a replayed ID is a no-op.

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
