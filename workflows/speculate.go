package workflows

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"slices"
	"sync"
)

// A call runs ahead of the store's writer lock: first on a read-only snapshot, in a
// transaction that keeps every value it read and holds its writes back (a speculation);
// then, under the lock, the writes are applied only if every value read is still the
// same, else the call runs again there as it always did. The decoding, the deciding and
// the encoding of a call happen outside the lock, which only compares, writes and seals
// the audit records. Two calls that touch the same request run one after the other as
// before: the second one's reads no longer match, and it runs again under the lock.
//
// What a speculation cannot know ahead is left to the lock: the audit chain's next
// sequence and hash (its records are held unsealed and appended when the writes are
// applied), and any other bucket's sequence, count or last entries (the speculation gives
// up and the call runs under the lock). Outbox sequences are taken from the store's own
// counter (sequences), so that a speculation can hand them out: a speculation given up
// leaves a gap, which the outbox does not mind.

// errGaveUp is what a speculation's transaction returns from an operation it cannot
// do ahead of the lock; the call then runs under the lock.
var errGaveUp = errors.New("not done ahead of the writer lock")

type speculation struct {
	reads  []readValue
	scans  []scanRead
	writes []writeOp      // in order; a call makes a handful, so they are searched, not indexed
	audit  []*AuditRecord // the audit records the call appended, unsealed
	gaveUp error          // why the speculation cannot be applied, if it cannot
}

// readValue is a value the call read, as its length and hash (found false: there was
// none). A hash, not a copy: values are read in place, and most are records of a few
// kilobytes; two different values of one key with the same 64-bit hash and length are
// not to be met by chance.
type readValue struct {
	bucket, key []byte
	n           int
	sum         uint64
	found       bool
}

// readSeed seeds the hashes of the values read; one for the process, whose hashes never
// leave it.
var readSeed = maphash.MakeSeed()

func readOf(bucket, key, v []byte) readValue {
	return readValue{bucket: bucket, key: bytes.Clone(key), n: len(v), sum: maphash.Bytes(readSeed, v), found: v != nil}
}

func (r readValue) same(v []byte) bool {
	return (v != nil) == r.found && len(v) == r.n && maphash.Bytes(readSeed, v) == r.sum
}

// scanRead is a scan the call made: the entries it was given, and whether it stopped
// itself (else the scan ran to the end of its range).
type scanRead struct {
	bucket, start []byte
	within        func(k []byte) bool
	entries       []readValue // key and value of each entry given, the key as it is
	stopped       bool
}

type writeOp struct {
	bucket, key, value []byte
	delete             bool
	appendMostly       bool
}

// giveUp marks the speculation as not to be applied and returns errGaveUp for the call.
func (s *speculation) giveUp(format string, args ...any) error {
	if s.gaveUp == nil {
		s.gaveUp = fmt.Errorf("%w: %s", errGaveUp, fmt.Sprintf(format, args...))
	}
	return s.gaveUp
}

// value reads key as the call sees it: its own write there, else the snapshot's value,
// which is kept to be compared under the lock.
func (s *speculation) value(t *Tx, bucket, key []byte) ([]byte, error) {
	if bytes.Equal(bucket, bucketAudit) {
		return nil, s.giveUp("reads the audit chain")
	}
	if w, ok := s.lastWrite(bucket, key); ok {
		if w.delete {
			return nil, nil
		}
		return w.value, nil
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return nil, err
	}
	v := b.Get(key)
	s.reads = append(s.reads, readOf(bucket, key, v))
	return v, nil
}

// lastWrite is the call's last write at key, if it wrote there.
func (s *speculation) lastWrite(bucket, key []byte) (writeOp, bool) {
	for i := len(s.writes) - 1; i >= 0; i-- {
		if w := s.writes[i]; bytes.Equal(w.key, key) && bytes.Equal(w.bucket, bucket) {
			return w, true
		}
	}
	return writeOp{}, false
}

// wrote tells whether the call wrote in bucket.
func (s *speculation) wrote(bucket []byte) bool {
	return slices.ContainsFunc(s.writes, func(w writeOp) bool { return bytes.Equal(w.bucket, bucket) })
}

// write holds a put or delete back until the speculation is applied. The key is copied,
// as it may be one a scan of the snapshot gave; a value is always one the call encoded.
func (s *speculation) write(op writeOp) error {
	op.key = bytes.Clone(op.key)
	if !op.delete && op.value == nil {
		op.value = []byte{} // a put of no bytes is a key that is there
	}
	s.writes = append(s.writes, op)
	return nil
}

// scan runs a scan on the snapshot and keeps what it was given, to be compared under the
// lock. A bucket the call wrote is not scanned ahead: its writes would have to be merged.
func (s *speculation) scan(t *Tx, bucket, start []byte, within func(k []byte) bool, fn func(k, v []byte) error) error {
	if bytes.Equal(bucket, bucketAudit) || s.wrote(bucket) {
		return s.giveUp("scans %s after writing it", bucket)
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	rec := scanRead{bucket: bucket, start: bytes.Clone(start), within: within}
	c := b.Cursor()
	for k, v := c.Seek(start); k != nil && within(k); k, v = c.Next() {
		rec.entries = append(rec.entries, readOf(nil, k, v))
		if err := fn(k, v); err != nil {
			if errors.Is(err, errStopScan) {
				rec.stopped = true
				break
			}
			return err
		}
	}
	s.scans = append(s.scans, rec)
	return nil
}

// appendAudit holds r back, unsealed: its sequence and hash are the chain's under the
// lock. The record stays the transaction's tail, as appendAudit describes, so that the
// request's new state can still be added to it.
func (s *speculation) appendAudit(tx *Tx, r AuditRecord) {
	s.flushAudit(tx)
	tx.tail, tx.tailPending = &r, true
}

// flushAudit moves the transaction's tail record onto the list, once.
func (s *speculation) flushAudit(tx *Tx) {
	if !tx.tailPending {
		return
	}
	tx.tailPending = false
	if n := len(s.audit); n == 0 || s.audit[n-1] != tx.tail {
		s.audit = append(s.audit, tx.tail)
	}
}

// holds tells whether the speculation still holds in tx: every value read is the same,
// and every scan would be given the same entries.
func (s *speculation) holds(tx *Tx) (bool, error) {
	for _, r := range s.reads {
		v, err := tx.value(r.bucket, r.key)
		if err != nil {
			return false, err
		}
		if !r.same(v) {
			return false, nil
		}
	}
	for _, sc := range s.scans {
		b, err := tx.bucket(sc.bucket)
		if err != nil {
			return false, err
		}
		c := b.Cursor()
		k, v := c.Seek(sc.start)
		for _, e := range sc.entries {
			if k == nil || !bytes.Equal(k, e.key) || !e.same(v) {
				return false, nil
			}
			k, v = c.Next()
		}
		if !sc.stopped && k != nil && sc.within(k) {
			return false, nil // an entry came into the range
		}
	}
	return true, nil
}

// apply writes what the speculation held back into tx, if it still holds there; false
// when it does not, and the call must run again.
func (s *speculation) apply(tx *Tx, fromSpec *Tx) (bool, error) {
	if ok, err := s.holds(tx); err != nil || !ok {
		return false, err
	}
	for _, w := range s.writes {
		var err error
		if w.delete {
			err = tx.Delete(w.bucket, w.key)
		} else {
			err = tx.put(w.bucket, w.key, w.value, w.appendMostly)
		}
		if err != nil {
			return false, err
		}
	}
	for _, r := range s.audit {
		if err := appendAudit(tx, *r); err != nil {
			return false, err
		}
	}
	tx.outboxSeq = max(tx.outboxSeq, fromSpec.outboxSeq)
	tx.changed = append(tx.changed, fromSpec.changed...)
	tx.enqueued = append(tx.enqueued, fromSpec.enqueued...)
	return true, nil
}

// sequences hands out the outbox's sequence numbers from memory, so that a speculation
// can take them ahead of the lock; a write transaction that took some stores the
// highest as the bucket's own sequence, where the count resumes when the store opens
// again. Numbers are never handed out twice; a call run again takes new ones.
type sequences struct {
	mu     sync.Mutex
	loaded bool
	next   uint64 // the last number handed out
}

// take hands out the next outbox sequence number, loading the count from the bucket in
// tx the first time.
func (q *sequences) take(tx *Tx) (uint64, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.loaded {
		b, err := tx.bucket(bucketOutbox)
		if err != nil {
			return 0, err
		}
		q.next, q.loaded = b.Sequence(), true
	}
	q.next++
	if q.next > tx.outboxSeq {
		tx.outboxSeq = q.next
	}
	return q.next, nil
}

// storeOutboxSeq sets the outbox bucket's sequence to the highest number the calls of
// tx took, if it is not past it already.
func (tx *Tx) storeOutboxSeq() error {
	if tx.outboxSeq == 0 {
		return nil
	}
	b, err := tx.bucket(bucketOutbox)
	if err != nil {
		return err
	}
	if b.Sequence() >= tx.outboxSeq {
		return nil
	}
	if err := b.SetSequence(tx.outboxSeq); err != nil {
		return fmt.Errorf("set the outbox sequence: %w", err)
	}
	return nil
}
