package workflows

import (
	"context"
	"fmt"
	"time"
)

// pruneBatch bounds the deletions of one PruneSent transaction.
const pruneBatch = 5000

// PruneSent deletes the messages delivered before cutoff, with their delivery records,
// so that the outbox does not grow for ever. It keeps what a later decision may still
// edit: the approval messages of requests still open, and the originals of edits still
// waiting. Failed and waiting messages are never pruned. It works in transactions of at
// most pruneBatch deletions and returns how many it deleted.
func (e *Engine) PruneSent(ctx context.Context, cutoff time.Time) (int, error) {
	total := 0
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		var n int
		err := e.update(func(tx *Tx) error {
			n = 0
			keep, err := editableMessages(tx)
			if err != nil {
				return err
			}
			var old []uint64
			if err := outboxSent.scan(tx, nil, func(k []byte, s *sentRecord) error {
				if s.Sent.Before(cutoff) && !keep[seqOf(k)] {
					if old = append(old, seqOf(k)); len(old) == pruneBatch {
						return errStopScan
					}
				}
				return nil
			}); err != nil {
				return err
			}
			for _, seq := range old {
				if err := outbox.delete(tx, seqKey(seq)); err != nil {
					return err
				}
				if err := outboxSent.delete(tx, seqKey(seq)); err != nil {
					return err
				}
			}
			n = len(old)
			return nil
		})
		if err != nil {
			return total, fmt.Errorf("prune sent messages: %w", err)
		}
		total += n
		if n < pruneBatch {
			if total > 0 {
				e.log.Info("pruned sent messages", "count", total, "sent_before", cutoff)
			}
			return total, nil
		}
	}
}

// editableMessages are the outbox entries a later transaction may edit: the approval
// messages of open requests and the originals of waiting edits. It reads requests as
// well as the outbox, which is why retention lives here and not with the outbox, which
// reads nothing but its own entries.
func editableMessages(tx *Tx) (map[uint64]bool, error) {
	keep := map[uint64]bool{}
	for _, state := range []State{StatePending, StateChangesRequested} {
		err := idxState.scan(tx, []byte(string(state)+"/"), func(k []byte) error {
			r, err := getRequest(tx, idFromIndexKey(k))
			if err != nil || r == nil {
				return err
			}
			for _, st := range r.Stages {
				for _, m := range st.Messages {
					keep[m] = true
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err := outboxPending.scan(tx, nil, func(k []byte) error {
		if len(k) < 8 {
			return nil
		}
		en, err := getOutbox(tx, seqOf(k[len(k)-8:]))
		if err != nil {
			return err
		}
		if en.EditOf != 0 {
			keep[en.EditOf] = true
		}
		return nil
	})
	return keep, err
}
