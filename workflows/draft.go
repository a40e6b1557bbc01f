package workflows

import (
	"bytes"
	"errors"
	"sync"
	"sync/atomic"
)

// A draft is a call run ahead of its transaction, on a read-only snapshot of the store,
// so that its work (decoding, deciding, encoding the records and messages it writes) is
// done before it takes the writer lock rather than under it. The draft records what it
// read and keeps aside what it would write; under the lock, apply checks that every
// value it read is still what the store holds and, if so, writes what it kept. If
// anything it read has changed since (another call wrote it first), the call runs again
// in the transaction, as any call does: a draft never commits a result the store's
// present state would not give.
//
// What a draft cannot do, it refuses with errNeedsLock, and the call runs under the
// lock from the start: numbering something (a request, a scan) that the call itself
// uses, reading the audit chain or meta, counting, or scanning a bucket it has written.
// Outbox entries and audit records need a number too, but nothing in the call reads it:
// the draft encodes them and they are numbered and chained when it is applied.

// errNeedsLock: the call does something a draft cannot, and must run under the lock.
var errNeedsLock = errors.New("the call needs the writer lock")

// needsLock marks the draft refused and returns errNeedsLock: a call that turns the
// error into another still runs under the lock.
func (t *Tx) needsLock() error {
	t.draft.refused = true
	return errNeedsLock
}

type opKind uint8

const (
	opPut opKind = iota
	opDelete
	opPost  // an outbox entry, encoded, to be numbered
	opAudit // an audit record, to be numbered and chained
)

// draftOp is one write a draft keeps aside, applied in order.
type draftOp struct {
	kind         opKind
	bucket, key  []byte
	value        []byte // opPut's value, opPost's encoded entry
	appendMostly bool
	entry        outboxEntry  // opPost
	record       *AuditRecord // opAudit; the call may still add the request's state to it
}

// draftRead is a value the draft read from the snapshot: present or not, and what.
type draftRead struct {
	bucket, key, value []byte
	found              bool
}

// draftScan is a scan the draft made: the entries it saw from start on, and whether it
// stopped before the scan's end (then only the entries it saw matter).
type draftScan struct {
	bucket, start []byte
	within        func(k []byte) bool
	seen          [][2][]byte
	stopped       bool
}

type draft struct {
	// refused: the call did something a draft cannot (errNeedsLock), whatever error it
	// then returned, so it must run under the lock.
	refused bool
	reads   []draftRead
	scans   []draftScan
	ops     []draftOp
	// last maps bucket and key to the draft's last write there, for reading back what
	// it wrote; buckets holds the buckets it wrote to.
	last    map[string]int
	buckets map[string]bool
}

func draftKey(bucket, key []byte) string { return string(bucket) + "\x00" + string(key) }

// written returns what the draft itself last wrote at key (nil if it deleted it), and
// whether it wrote there at all.
func (d *draft) written(bucket, key []byte) ([]byte, bool) {
	i, ok := d.last[draftKey(bucket, key)]
	if !ok {
		return nil, false
	}
	op := d.ops[i]
	if op.kind == opDelete {
		return nil, true
	}
	if op.value == nil {
		return []byte{}, true // a key with no value is present, as bbolt holds it
	}
	return op.value, true
}

// read records a value read from the snapshot, copied: the snapshot's memory is gone
// when the draft is applied.
func (d *draft) read(bucket, key, v []byte) {
	d.reads = append(d.reads, draftRead{bucket: bucket, key: bytes.Clone(key), value: bytes.Clone(v), found: v != nil})
}

func (d *draft) write(op draftOp) {
	if d.last == nil {
		d.last, d.buckets = map[string]int{}, map[string]bool{}
	}
	d.last[draftKey(op.bucket, op.key)] = len(d.ops)
	d.buckets[string(op.bucket)] = true
	d.ops = append(d.ops, op)
}

func (d *draft) post(e outboxEntry, data []byte) {
	d.ops = append(d.ops, draftOp{kind: opPost, entry: e, value: data})
}

// audit keeps r aside and returns it, for the call to add the request's state to.
func (d *draft) audit(r AuditRecord) *AuditRecord {
	op := draftOp{kind: opAudit, record: &r}
	d.ops = append(d.ops, op)
	return op.record
}

// scan scans the snapshot for the draft, recording what fn saw.
func (d *draft) scan(t *Tx, bucket, start []byte, within func(k []byte) bool, fn func(k, v []byte) error) error {
	if d.buckets[string(bucket)] {
		return t.needsLock() // the snapshot does not hold what the draft wrote there
	}
	s := draftScan{bucket: bucket, start: bytes.Clone(start), within: within}
	err := t.scanLive(bucket, start, within, func(k, v []byte) error {
		s.seen = append(s.seen, [2][]byte{bytes.Clone(k), bytes.Clone(v)})
		err := fn(k, v)
		if err != nil {
			s.stopped = true
		}
		return err
	})
	d.scans = append(d.scans, s)
	return err
}

// holds tells whether everything the draft read is still what tx holds.
func (d *draft) holds(tx *Tx) (bool, error) {
	for _, r := range d.reads {
		v, err := tx.value(r.bucket, r.key)
		if err != nil {
			return false, err
		}
		if (v != nil) != r.found || !bytes.Equal(v, r.value) {
			return false, nil
		}
	}
	for _, s := range d.scans {
		i, same := 0, true
		err := tx.scan(s.bucket, s.start, s.within, func(k, v []byte) error {
			if i == len(s.seen) {
				if !s.stopped {
					same = false // a new entry the draft did not see
				}
				return errStopScan
			}
			if !bytes.Equal(k, s.seen[i][0]) || !bytes.Equal(v, s.seen[i][1]) {
				same = false
				return errStopScan
			}
			i++
			return nil
		})
		if err != nil {
			return false, err
		}
		if !same || (i < len(s.seen)) {
			return false, nil // changed, or an entry it saw is gone
		}
	}
	return true, nil
}

// apply writes the draft's writes in tx, in order.
func (d *draft) apply(tx *Tx) error {
	for _, op := range d.ops {
		var err error
		switch op.kind {
		case opPut:
			err = tx.put(op.bucket, op.key, op.value, op.appendMostly)
		case opDelete:
			err = tx.Delete(op.bucket, op.key)
		case opPost:
			_, err = storeOutbox(tx, op.entry, op.value)
		case opAudit:
			err = appendAudit(tx, *op.record)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// drafter decides which calls are drafted, by what drafting them has done before: a
// kind of call that keeps needing the lock (it numbers what it creates, say) is run
// under it at once, and tried as a draft again now and then, in case it no longer does.
type drafter struct {
	// score per kind of call (*atomic.Int32): up on a draft applied, down on one
	// refused; below zero, the kind runs under the lock, each such call counting back
	// up towards trying again.
	score sync.Map
}

const draftScoreMin, draftScoreMax = -16, 16

func (d *drafter) scoreOf(kind string) *atomic.Int32 {
	if s, ok := d.score.Load(kind); ok {
		return s.(*atomic.Int32)
	}
	s, _ := d.score.LoadOrStore(kind, new(atomic.Int32))
	return s.(*atomic.Int32)
}

// try tells whether to draft a call of kind.
func (d *drafter) try(kind string) bool {
	s := d.scoreOf(kind)
	if s.Load() >= 0 {
		return true
	}
	s.Add(1)
	return false
}

// result records how a draft of kind went.
func (d *drafter) result(kind string, applied bool) {
	s := d.scoreOf(kind)
	for {
		old := s.Load()
		n := old + 1
		if !applied {
			n = old - 4
		}
		n = min(max(n, draftScoreMin), draftScoreMax)
		if s.CompareAndSwap(old, n) {
			return
		}
	}
}

// doDrafted runs fn as a draft on a snapshot, then applies the draft in a transaction
// shared with other calls, or runs fn there if the draft no longer holds. fn's own error
// from the draft is its result: the snapshot was the store's state during the call.
// kind names the call for the drafter.
func (c *committer) doDrafted(kind string, fn func(tx *Tx) error) error {
	if c.drafts == nil || !c.drafts.try(kind) {
		return c.do(fn)
	}
	d := &draft{}
	err := c.store.View(func(tx *Tx) error {
		tx.draft = d
		return fn(tx)
	})
	if d.refused {
		c.drafts.result(kind, false)
		c.redone.Add(1)
		return c.do(fn)
	}
	if err != nil {
		return err
	}
	c.drafts.result(kind, true)
	return c.do(func(tx *Tx) error {
		ok, err := d.holds(tx)
		if err != nil {
			return err
		}
		if !ok {
			c.stale.Add(1)
			return fn(tx)
		}
		c.applied.Add(1)
		return d.apply(tx)
	})
}
