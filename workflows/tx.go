package workflows

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"

	bolt "go.etcd.io/bbolt"
)

// Tx is the engine's view of a transaction: get, put, delete, scan a prefix, next
// sequence. Values returned are copies and stay valid after the transaction.
type Tx struct {
	tx      *bolt.Tx
	changed []RequestID  // requests whose state or stage changed (home.go)
	key     []byte       // the audit key
	tail    *AuditRecord // the last audit record this transaction appended, while it is the last
	// tailPending: tail is not sealed and written yet (flushAudit); head: the chain's
	// head once this transaction wrote a record, so that the next record need not read
	// it; headPending: head is not stored in meta yet (writeAuditHead).
	tailPending, headPending bool
	head                     *auditHead
	keyed                    hash.Hash     // HMAC-SHA256 under key, made once: its key schedule costs as much as a short message
	enqueued                 []queuedEntry // outbox entries added, for Store.enqueued once committed
}

// mac returns the transaction's keyed MAC, reset.
func (t *Tx) mac() hash.Hash {
	if t.keyed == nil {
		t.keyed = hmac.New(sha256.New, t.key)
	}
	t.keyed.Reset()
	return t.keyed
}

// flushFor writes the pending audit record before the audit bucket is read, and the
// chain's head before meta is.
func (t *Tx) flushFor(bucket []byte) error {
	switch {
	case t.tailPending && bytes.Equal(bucket, bucketAudit):
		return t.flushAudit()
	case t.headPending && bytes.Equal(bucket, bucketMeta):
		return t.finishAudit()
	}
	return nil
}

func (t *Tx) bucket(name []byte) (*bolt.Bucket, error) {
	b := t.tx.Bucket(name)
	if b == nil {
		return nil, fmt.Errorf("bucket %s missing", name)
	}
	return b, nil
}

// Get returns a copy of the value at key, or nil.
func (t *Tx) Get(bucket, key []byte) ([]byte, error) {
	v, err := t.value(bucket, key)
	if v == nil {
		return nil, err
	}
	return bytes.Clone(v), nil
}

// value returns the value at key as bbolt holds it, valid only during the transaction
// (the bucket descriptors decode it in place), or nil.
func (t *Tx) value(bucket, key []byte) ([]byte, error) {
	if err := t.flushFor(bucket); err != nil {
		return nil, err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return nil, err
	}
	return b.Get(key), nil
}

// Put stores value at key.
func (t *Tx) Put(bucket, key, value []byte) error { return t.put(bucket, key, value, 0) }

// put stores value at key; fill, when not 0, is how full the bucket's pages are filled
// when split (bucket.fill).
func (t *Tx) put(bucket, key, value []byte, fill float64) error {
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	if fill > 0 {
		b.FillPercent = fill
	}
	if err := b.Put(key, value); err != nil {
		return fmt.Errorf("put %s/%x: %w", bucket, key, err)
	}
	return nil
}

// Delete removes key.
func (t *Tx) Delete(bucket, key []byte) error {
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	if err := b.Delete(key); err != nil {
		return fmt.Errorf("delete %s/%x: %w", bucket, key, err)
	}
	return nil
}

// errStopScan ends a Scan early without error.
var errStopScan = errors.New("stop scan")

// Scan calls fn for each key with prefix, in key order, until fn returns an error
// (errStopScan ends quietly). k and v are only valid during the call.
func (t *Tx) Scan(bucket, prefix []byte, fn func(k, v []byte) error) error {
	return t.scan(bucket, prefix, func(k []byte) bool { return bytes.HasPrefix(k, prefix) }, fn)
}

// scanFrom is Scan of the keys from start on, to the end of the bucket.
func (t *Tx) scanFrom(bucket, start []byte, fn func(k, v []byte) error) error {
	return t.scan(bucket, start, func([]byte) bool { return true }, fn)
}

// scan calls fn for each key from start on while within says the key belongs, as Scan
// describes.
func (t *Tx) scan(bucket, start []byte, within func(k []byte) bool, fn func(k, v []byte) error) error {
	if err := t.flushFor(bucket); err != nil {
		return err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	c := b.Cursor()
	for k, v := c.Seek(start); k != nil && within(k); k, v = c.Next() {
		if err := fn(k, v); err != nil {
			if errors.Is(err, errStopScan) {
				return nil
			}
			return err
		}
	}
	return nil
}

// Count is the number of keys in the bucket, read from its pages without the values.
func (t *Tx) Count(bucket []byte) (int, error) {
	if err := t.flushFor(bucket); err != nil {
		return 0, err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return 0, err
	}
	return b.Stats().KeyN, nil
}

// Last calls fn with the bucket's last n entries, last first.
func (t *Tx) Last(bucket []byte, n int, fn func(k, v []byte) error) error {
	if err := t.flushFor(bucket); err != nil {
		return err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	c := b.Cursor()
	for k, v := c.Last(); k != nil && n > 0; k, v = c.Prev() {
		if err := fn(k, v); err != nil {
			return err
		}
		n--
	}
	return nil
}

// NextSequence returns the bucket's next sequence number, starting at 1.
func (t *Tx) NextSequence(bucket []byte) (uint64, error) {
	b, err := t.bucket(bucket)
	if err != nil {
		return 0, err
	}
	n, err := b.NextSequence()
	if err != nil {
		return 0, fmt.Errorf("next sequence of %s: %w", bucket, err)
	}
	return n, nil
}
