package workflows

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/ospobot/ospobot/bot"
)

// SchemaVersion is the version this build writes. A database with a higher version was
// written by a newer ospobot and is refused, untouched.
const SchemaVersion = 12

// migrations[i] moves a database from version i to i+1. Each runs in the transaction
// that records its new version, so a migration is applied whole or not at all.
var migrations = []func(tx *bolt.Tx) error{
	// 0 → 1: the terminal slice: dedup and outbox.
	func(tx *bolt.Tx) error { return createBuckets(tx, bucketDedup, bucketOutbox, bucketOutboxPending) },
	// 1 → 2: licence questions and their verdicts, for statistics.
	func(tx *bolt.Tx) error { return createBuckets(tx, bucketQuestions) },
	// 2 → 3: scans of uploads, so that their reports can be paged and re-checked.
	func(tx *bolt.Tx) error { return createBuckets(tx, bucketScans) },
	// 3 → 4: approvals, their indexes, the audit chain, delegations and open prompts.
	func(tx *bolt.Tx) error {
		return createBuckets(tx, bucketRequests, bucketIdxState, bucketIdxRequester, bucketIdxApprover, bucketAudit, bucketDelegations, bucketPrompts)
	},
	// 4 → 5: undelivered outbox entries are indexed by platform, so that a process skips
	// the entries of platforms it has no adapter for.
	func(tx *bolt.Tx) error {
		pending, outbox := tx.Bucket(bucketOutboxPending), tx.Bucket(bucketOutbox)
		keys, err := bucketKeys(pending)
		if err != nil {
			return err
		}
		for _, k := range keys {
			var e struct {
				To struct {
					Platform string `json:"platform"`
				} `json:"to"`
			}
			if err := json.Unmarshal(outbox.Get(k), &e); err != nil {
				return fmt.Errorf("outbox entry %x: %w", k, err)
			}
			if err := pending.Delete(k); err != nil {
				return err
			}
			if err := pending.Put(append([]byte(e.To.Platform+"/"), k...), nil); err != nil {
				return err
			}
		}
		return nil
	},
	// 5 → 6: durable schedules.
	func(tx *bolt.Tx) error { return createBuckets(tx, bucketSchedules) },
	// 6 → 7: deliveries are recorded beside their entries, which stay as written.
	// (Entries delivered before kept their reference inside them until 8.)
	func(tx *bolt.Tx) error { return createBuckets(tx, bucketOutboxSent) },
	// 7 → 8: requests, outbox entries and deliveries are CBOR records instead of JSON,
	// and deliveries recorded inside their entries (before 7) move beside them; the audit
	// head is binary. Audit records stay JSON: their hashes cover that form.
	func(tx *bolt.Tx) error {
		if err := rewrite(tx.Bucket(bucketRequests), func(_ []byte, r Request) (any, error) { return r, nil }); err != nil {
			return fmt.Errorf("requests: %w", err)
		}
		sent := tx.Bucket(bucketOutboxSent)
		if err := rewrite(sent, func(_ []byte, s sentRecord) (any, error) { return s, nil }); err != nil {
			return fmt.Errorf("deliveries: %w", err)
		}
		type entryV7 struct {
			outboxEntry
			Sent time.Time      `json:"sent,omitzero"`
			Ref  bot.MessageRef `json:"ref,omitempty"`
		}
		err := rewrite(tx.Bucket(bucketOutbox), func(k []byte, e entryV7) (any, error) {
			if !e.Sent.IsZero() && sent.Get(k) == nil {
				data, err := encCBOR.marshal(sentRecord{Ref: e.Ref, Sent: e.Sent})
				if err != nil {
					return nil, err
				}
				if err := sent.Put(k, data); err != nil {
					return nil, err
				}
			}
			return e.outboxEntry, nil
		})
		if err != nil {
			return fmt.Errorf("outbox: %w", err)
		}
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get(keyAuditHead); v != nil {
			var h struct {
				Seq  uint64 `json:"seq"`
				Hash string `json:"hash"`
			}
			if err := json.Unmarshal(v, &h); err != nil {
				return fmt.Errorf("audit head: %w", err)
			}
			data, err := encBinary.marshal(auditHead{Seq: h.Seq, Hash: h.Hash})
			if err != nil {
				return err
			}
			return meta.Put(keyAuditHead, data)
		}
		return nil
	},
	// 8 → 9: licences of Go modules looked up at the module proxy.
	func(tx *bolt.Tx) error { return createBuckets(tx, bucketModules) },
	// 9 → 10: the audit chain is keyed; migrateKeyedAudit does it, with the key.
	nil,
	// 10 → 11: project-health findings, the projects scanned, and the history of scans.
	migrateHealth,
	// 11 → 12: the links from direct conversations to questions leave the prompts bucket.
	migratePromptLinks,
}

// keyedMigrations are the migrations that need the audit key, by the version they
// leave: migrations[v] is nil for them.
var keyedMigrations = map[int]func(tx *bolt.Tx, key []byte) error{10: migrateKeyedAudit}

// migrateKeyedAudit keys the audit chain from here on (schema 10). Records written
// before stay as they are, with their plain SHA-256 hashes; a first keyed record holds
// the last one's hash, so that none of them can be rewritten any more without the key.
// Each request then gets a keyed record of its current state, so that every request is
// covered, and meta records from which record on the chain is keyed. A database too
// old to have an audit bucket has no chain: only the mark is written.
func migrateKeyedAudit(btx *bolt.Tx, key []byte) error {
	tx := &Tx{tx: btx, key: key}
	if btx.Bucket(bucketAudit) == nil {
		return nil
	}
	head, err := readAuditHead(tx)
	if err != nil {
		return err
	}
	from := head.Seq + 1
	if head.Seq > 0 {
		labels := map[RequestID]string{}
		var last time.Time
		err := tx.Scan(bucketAudit, nil, func(k, v []byte) error {
			var r AuditRecord
			if err := auditRecords.decode(k, v, &r); err != nil {
				return nil // verify names it; the migration does not hide it
			}
			if id, ok := labelID(r.Request); ok {
				labels[id] = r.Request
			}
			last = r.Time
			return nil
		})
		if err != nil {
			return err
		}
		if err := appendAudit(tx, AuditRecord{Time: last, Actor: "ospobot", Action: "audit chain keyed",
			Detail: fmt.Sprintf("records 1 to %d are sealed with SHA-256; from here on each is sealed with the audit key %s", head.Seq, AuditKeyID(key))}); err != nil {
			return err
		}
		keys, err := bucketKeys(btx.Bucket(bucketRequests)) // rewritten below: not while a cursor walks them
		if err != nil {
			return err
		}
		err = func() error {
			for _, k := range keys {
				id := RequestID(seqOf(k))
				r, err := requests.get(tx, k)
				if err != nil {
					return err
				}
				label := labels[id]
				if label == "" {
					label = "#" + strconv.FormatUint(uint64(id), 10)
				}
				r.Sealed = requestDigest(key, r)
				if err := appendAudit(tx, AuditRecord{Time: last, Actor: "ospobot", Action: "state recorded", Request: label,
					Detail: "its state when the chain was keyed", State: r.Sealed}); err != nil {
					return err
				}
				if err := requests.put(tx, k, r); err != nil {
					return err
				}
			}
			return nil
		}()
		if err != nil {
			return fmt.Errorf("requests: %w", err)
		}
		if err := tx.finishAudit(); err != nil {
			return err
		}
	}
	kf := newKeyedFrom(key, from)
	return auditKeyedEntry.put(tx, &kf)
}

// migrateHealth adds the buckets of project-health scans.
func migrateHealth(tx *bolt.Tx) error {
	return createBuckets(tx, bucketHealthFindings, bucketHealthRepos, bucketHealthScans)
}

// migratePromptLinks moves the links that lead a direct conversation to a question
// asked in a shared one (promptLink) out of the prompts bucket, where they were raw keys
// among the prompts' JSON, into a bucket of their own as records: so that each bucket
// holds one kind of record in one encoding. A link's key stays as it was.
func migratePromptLinks(tx *bolt.Tx) error {
	if err := createBuckets(tx, bucketPromptLinks); err != nil {
		return err
	}
	from, to := tx.Bucket(bucketPrompts), tx.Bucket(bucketPromptLinks)
	keys, err := bucketKeys(from)
	if err != nil {
		return err
	}
	for _, k := range keys {
		_, rest, _ := bytes.Cut(k, []byte("/"))
		if !bytes.HasPrefix(rest, []byte("\x00direct/")) {
			continue // a question, keyed by its conversation, which never begins with NUL
		}
		data, err := encJSON.marshal(promptLink{V: 1, At: from.Get(k)})
		if err != nil {
			return fmt.Errorf("prompt link %q: %w", k, err)
		}
		if err := to.Put(k, data); err != nil {
			return err
		}
		if err := from.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// bucketKeys copies b's keys, for a migration that rewrites the bucket as it goes.
func bucketKeys(b *bolt.Bucket) ([][]byte, error) {
	var keys [][]byte
	err := b.ForEach(func(k, _ []byte) error {
		keys = append(keys, bytes.Clone(k))
		return nil
	})
	return keys, err
}

func createBuckets(tx *bolt.Tx, names ...[]byte) error {
	for _, b := range names {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return fmt.Errorf("create bucket %s: %w", b, err)
		}
	}
	return nil
}

// rewrite decodes every JSON value of b as T and stores what fn makes of it as a CBOR
// record (schema 8's change of encoding).
func rewrite[T any](b *bolt.Bucket, fn func(k []byte, v T) (any, error)) error {
	keys, err := bucketKeys(b)
	if err != nil {
		return err
	}
	for _, k := range keys {
		var v T
		if err := json.Unmarshal(b.Get(k), &v); err != nil {
			return fmt.Errorf("%x: %w", k, err)
		}
		out, err := fn(k, v)
		if err != nil {
			return fmt.Errorf("%x: %w", k, err)
		}
		data, err := encCBOR.marshal(out)
		if err != nil {
			return fmt.Errorf("%x: %w", k, err)
		}
		if err := b.Put(k, data); err != nil {
			return err
		}
	}
	return nil
}

// readSchema returns the stored version; 0 for a new, empty database. ok is false for
// a database that holds buckets but no meta: not ours.
func readSchema(tx *bolt.Tx) (version int, ours bool, err error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		empty := true
		_ = tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			empty = false
			return nil
		})
		return 0, empty, nil
	}
	v := meta.Get(keySchema)
	n, err := strconv.Atoi(string(v))
	if err != nil {
		return 0, true, fmt.Errorf("schema version %q is not a number", v)
	}
	return n, true, nil
}

func migrate(tx *bolt.Tx, from int, key []byte) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return fmt.Errorf("create meta bucket: %w", err)
	}
	for v := from; v < len(migrations); v++ {
		step := migrations[v]
		if keyed := keyedMigrations[v+1]; keyed != nil {
			step = func(tx *bolt.Tx) error { return keyed(tx, key) }
		}
		if err := step(tx); err != nil {
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
		if err := meta.Put(keySchema, []byte(strconv.Itoa(v+1))); err != nil {
			return fmt.Errorf("record schema %d: %w", v+1, err)
		}
	}
	return nil
}

func seqKey(n uint64) []byte {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, n)
	return k
}

func seqOf(k []byte) uint64 {
	if len(k) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(k)
}
