package workflows

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"encoding/csv"
)

// AuditRecord is one transition, as legal reads it. Records are append-only; each
// holds the hash of the one before, so that a changed or removed record breaks the
// chain from there on.
type AuditRecord struct {
	Seq      uint64    `json:"seq"`
	Time     time.Time `json:"time"`
	Actor    string    `json:"actor"`               // platform-qualified user, or "ospobot"
	OnBehalf string    `json:"on_behalf,omitempty"` // the approver a delegate acted for
	Platform string    `json:"platform,omitempty"`
	Event    string    `json:"event,omitempty"` // the platform event that caused it
	Action   string    `json:"action"`
	Request  string    `json:"request,omitempty"` // OSPO-42
	Detail   string    `json:"detail,omitempty"`
	Prev     string    `json:"prev"`
	Hash     string    `json:"hash"`
}

// hash is sha256 over the record without its own hash, in a fixed encoding.
func (r AuditRecord) hash() string {
	_, h := r.seal()
	return h
}

// seal encodes the record with an empty hash, hashes that, and returns the stored form:
// the same bytes with the hash filled in (hash is the last field).
func (r AuditRecord) seal() (data []byte, hash string) {
	r.Hash = ""
	data, _ = json.Marshal(r) // a struct of strings and a time: cannot fail
	sum := sha256.Sum256(data)
	hash = hex.EncodeToString(sum[:])
	const empty = `"hash":""}`
	if !bytes.HasSuffix(data, []byte(empty)) {
		panic("AuditRecord: hash is not the last field")
	}
	return append(append(data[:len(data)-2], hash...), '"', '}'), hash
}

// auditHead is the sequence number and hash of the last record, kept in meta so that an
// append reads 72 bytes rather than the last record: the seq (uint64 BE), then the hash
// in hex.
type auditHead struct {
	Seq  uint64
	Hash string
}

func (h auditHead) encode() []byte { return append(seqKey(h.Seq), h.Hash...) }

func decodeAuditHead(b []byte) (auditHead, error) {
	if len(b) != 8+sha256.Size*2 {
		return auditHead{}, fmt.Errorf("audit head is %d bytes, want %d", len(b), 8+sha256.Size*2)
	}
	return auditHead{Seq: seqOf(b[:8]), Hash: string(b[8:])}, nil
}

// audit appends a record in the call's transaction.
func (w *work) audit(action, request, detail, onBehalf string) error {
	ev := w.call.Event
	actor := string(ev.User.ID)
	if actor == "" {
		actor = "ospobot"
	}
	return appendAudit(w.tx, AuditRecord{Time: w.now.UTC(), Actor: actor, OnBehalf: onBehalf, Platform: string(ev.Platform),
		Event: string(ev.ID), Action: action, Request: request, Detail: detail})
}

func appendAudit(tx *Tx, r AuditRecord) error {
	var head auditHead
	if b, err := tx.Get(bucketMeta, keyAuditHead); err != nil {
		return err
	} else if b != nil {
		if head, err = decodeAuditHead(b); err != nil {
			return err
		}
	}
	seq, err := tx.NextSequence(bucketAudit)
	if err != nil {
		return err
	}
	r.Seq, r.Prev = seq, head.Hash
	data, hash := r.seal()
	if err := tx.Put(bucketAudit, seqKey(seq), data); err != nil {
		return err
	}
	return tx.Put(bucketMeta, keyAuditHead, auditHead{Seq: seq, Hash: hash}.encode())
}

// ErrAuditBroken is returned by VerifyAudit when the chain does not hold.
var ErrAuditBroken = errors.New("audit chain broken")

// VerifyAudit recomputes the chain and returns how many records it checked, or an
// error naming the first record that does not fit.
func (s *Store) VerifyAudit() (int, error) {
	n := 0
	err := s.View(func(tx *Tx) error {
		prev := ""
		var want uint64 = 1
		err := tx.Scan(bucketAudit, nil, func(k, v []byte) error {
			var r AuditRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("record %d: %w: not readable: %v", seqOf(k), ErrAuditBroken, err)
			}
			switch {
			case seqOf(k) != want || r.Seq != want:
				return fmt.Errorf("record %d: %w: expected record %d (a record is missing)", seqOf(k), ErrAuditBroken, want)
			case r.Prev != prev:
				return fmt.Errorf("record %d: %w: it does not follow record %d", r.Seq, ErrAuditBroken, r.Seq-1)
			case r.hash() != r.Hash:
				return fmt.Errorf("record %d: %w: its content was changed", r.Seq, ErrAuditBroken)
			}
			prev, want = r.Hash, want+1
			n++
			return nil
		})
		if err != nil {
			return err
		}
		var head auditHead
		if b, _ := tx.Get(bucketMeta, keyAuditHead); b != nil {
			var err error
			if head, err = decodeAuditHead(b); err != nil {
				return fmt.Errorf("%w: %v", ErrAuditBroken, err)
			}
		}
		if head.Hash != prev || head.Seq != uint64(n) {
			return fmt.Errorf("record %d: %w: the chain ends early (the last %d records are missing)", n+1, ErrAuditBroken, int(head.Seq)-n)
		}
		return nil
	})
	return n, err
}

// ExportAudit writes the records from since on as CSV or JSON Lines.
func (s *Store) ExportAudit(w io.Writer, format string, since time.Time) (int, error) {
	n := 0
	var cw *csv.Writer
	switch format {
	case "csv":
		cw = csv.NewWriter(w)
		cw.Write([]string{"seq", "time", "actor", "on_behalf", "platform", "event", "action", "request", "detail", "prev", "hash"})
	case "jsonl":
	default:
		return 0, fmt.Errorf("unknown format %q (csv or jsonl)", format)
	}
	enc := json.NewEncoder(w)
	err := s.View(func(tx *Tx) error {
		return tx.Scan(bucketAudit, nil, func(_, v []byte) error {
			var r AuditRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			if r.Time.Before(since) {
				return nil
			}
			n++
			if cw != nil {
				return cw.Write([]string{strconv.FormatUint(r.Seq, 10), r.Time.Format(time.RFC3339), r.Actor, r.OnBehalf, r.Platform, r.Event, r.Action, r.Request, r.Detail, r.Prev, r.Hash})
			}
			return enc.Encode(r)
		})
	})
	if cw != nil {
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
	}
	return n, err
}
