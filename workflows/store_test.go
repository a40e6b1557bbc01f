package workflows

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/ospobot/ospobot/bot"
)

// openTestStore opens a real bbolt file in a temp dir and checks its consistency when
// the test ends.
func openTestStore(t testing.TB) *Store {
	t.Helper()
	s, err := OpenStore(filepath.Join(t.TempDir(), "test.db"), StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Check(); err != nil {
			t.Errorf("database check: %v", err)
		}
		s.Close()
	})
	return s
}

// TestOpenStoreCreatesSchema guards the first open: the buckets exist and the schema
// version is recorded, so later opens need no migration.
func TestOpenStoreCreatesSchema(t *testing.T) {
	s := openTestStore(t)
	err := s.View(func(tx *Tx) error {
		v, err := tx.Get(bucketMeta, keySchema)
		if err != nil {
			return err
		}
		if string(v) != strconv.Itoa(SchemaVersion) {
			t.Errorf("schema = %q, want %d", v, SchemaVersion)
		}
		for _, b := range [][]byte{bucketDedup, bucketOutbox, bucketOutboxPending, bucketQuestions, bucketScans, bucketRequests, bucketAudit, bucketIdxApprover} {
			if tx.tx.Bucket(b) == nil {
				t.Errorf("bucket %s missing", b)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestOpenStoreLocked guards against a hang when another ospobot holds the file: the
// second open fails within the lock timeout and names the file.
func TestOpenStoreLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "held.db")
	first, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	start := time.Now()
	_, err = OpenStore(path, StoreOptions{LockTimeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v, want ErrLocked", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the file", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("gave up after %s", d)
	}
}

// TestOpenStoreRefusesBadFiles guards the files we must not touch: garbage, a short
// file, someone else's bbolt database and a newer schema each get a clear error and
// stay byte for byte as they were.
func TestOpenStoreRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	garbage := bytes.Repeat([]byte("not a database "), 2000)
	foreign := filepath.Join(dir, "foreign.db")
	makeBolt(t, foreign, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("their-data"))
		return err
	})
	newer := filepath.Join(dir, "newer.db")
	makeBolt(t, newer, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		return b.Put(keySchema, []byte("99"))
	})
	cases := []struct {
		name, path string
		data       []byte // written when set
		want       error
		wantText   string
	}{
		{"garbage", filepath.Join(dir, "garbage.db"), garbage, ErrNotDatabase, "not an ospobot database"},
		{"short", filepath.Join(dir, "short.db"), []byte("hello"), ErrNotDatabase, "too short"},
		{"foreign", foreign, nil, ErrNotDatabase, "another program"},
		{"newer", newer, nil, ErrNewerSchema, "upgrade ospobot"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.data != nil {
				if err := os.WriteFile(c.path, c.data, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			before, err := os.ReadFile(c.path)
			if err != nil {
				t.Fatal(err)
			}
			_, err = OpenStore(c.path, StoreOptions{LockTimeout: time.Second})
			if !errors.Is(err, c.want) {
				t.Fatalf("open: %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.wantText) || !strings.Contains(err.Error(), c.path) {
				t.Errorf("error %q should name the file and say %q", err, c.wantText)
			}
			after, err := os.ReadFile(c.path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Error("the refused file was changed")
			}
		})
	}
}

// TestOpenStoreUnreadable guards a file we may not read: an error, not a new database.
func TestOpenStoreUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		// root reads any file, so make the path unusable another way: a directory.
		dir := filepath.Join(t.TempDir(), "dir.db")
		if err := os.Mkdir(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		if _, err := OpenStore(dir, StoreOptions{}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Fatalf("open directory: %v", err)
		}
		return
	}
	path := filepath.Join(t.TempDir(), "locked.db")
	s, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenStore(path, StoreOptions{}); err == nil {
		t.Fatal("opened an unreadable file")
	}
}

// TestMigrationFromVersionZero guards the migration hook: a database that has a meta
// bucket at schema 0 is brought up to date in one step, and reopening changes nothing.
func TestMigrationFromVersionZero(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	makeBolt(t, path, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		return b.Put(keySchema, []byte("0"))
	})
	s, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = s.View(func(tx *Tx) error {
		v, _ := tx.Get(bucketMeta, keySchema)
		if string(v) != strconv.Itoa(SchemaVersion) {
			t.Errorf("schema after migration = %q", v)
		}
		if tx.tx.Bucket(bucketOutbox) == nil {
			t.Error("outbox bucket not created")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestMigrationToRecords guards 7 → 8: JSON requests, outbox entries and deliveries
// become CBOR records with the same content, a delivery kept inside its entry moves
// beside it, and the audit chain still verifies and goes on from its old head.
func TestMigrationToRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v7.db")
	now := time.Date(2026, 3, 2, 9, 30, 0, 123, time.FixedZone("CET", 3600))
	req := Request{V: 1, ID: 1, Kind: "contribution", Requester: "shell:alice", Fields: map[string]string{"project": "https://github.com/a/b"},
		State: StatePending, Stages: []Stage{{Name: "Legal", Group: "legal", Mode: "any", State: stageOpen, Messages: []uint64{1}, Started: now}},
		Origin: bot.Destination{Platform: bot.Shell, Conversation: "terminal"}, Created: now, Updated: now,
		Timeline: []Entry{{Time: now, Actor: "shell:alice", Action: "submitted"}}}
	entry := outboxEntry{V: 1, To: req.Origin, Reply: bot.Reply{Text: "OSPO-1 waits", Blocks: []bot.Block{bot.Buttons(bot.Button{Label: "Approve", Action: actionApprove, Value: "1/0"})}}, Created: now}
	sent := sentRecord{Ref: "m1", Sent: now}
	rec := AuditRecord{Seq: 1, Time: now.UTC(), Actor: "shell:alice", Action: "submitted", Request: "OSPO-1"}
	_, rec.Hash = rec.seal(nil) // a plain SHA-256 record, as ospobot wrote them before schema 10
	makeBolt(t, path, func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		for _, m := range migrations[:7] {
			if err := m(tx); err != nil {
				return err
			}
		}
		put := func(b, k []byte, v any) {
			data, _ := json.Marshal(v)
			if err == nil {
				err = tx.Bucket(b).Put(k, data)
			}
		}
		put(bucketRequests, requestKey(1), req)
		put(bucketOutbox, seqKey(1), entry)
		put(bucketOutboxSent, seqKey(1), sent)
		// Delivered before schema 7: the delivery is inside the entry.
		put(bucketOutbox, seqKey(2), map[string]any{"v": 1, "to": entry.To, "reply": entry.Reply, "created": now, "sent": now, "ref": "m2"})
		put(bucketAudit, seqKey(1), rec)
		if err == nil {
			err = tx.Bucket(bucketAudit).SetSequence(1)
		}
		put(bucketMeta, keyAuditHead, map[string]any{"seq": 1, "hash": rec.Hash})
		if err == nil {
			err = meta.Put(keySchema, []byte("7"))
		}
		return err
	})
	s, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = s.Update(func(tx *Tx) error {
		r, err := getRequest(tx, 1)
		if err != nil {
			return err
		}
		want := jsonRoundTrip(t, req)
		want.Sealed = requestDigest(testAuditKey, &want) // schema 10 records what the chain sealed
		if !reflect.DeepEqual(*r, want) {
			t.Errorf("request after migration:\n%+v\nwant\n%+v", *r, want)
		}
		e, err := getOutbox(tx, 1)
		if err != nil {
			return err
		}
		if want := jsonRoundTrip(t, entry); !reflect.DeepEqual(e, want) {
			t.Errorf("outbox entry after migration:\n%+v\nwant\n%+v", e, want)
		}
		for seq, want := range map[uint64]bot.MessageRef{1: "m1", 2: "m2"} {
			if ref, ok, _, err := deliveryOf(tx, seq); err != nil || !ok || ref != want {
				t.Errorf("delivery of %d after migration: %q %v %v, want %q", seq, ref, ok, err, want)
			}
		}
		return appendAudit(tx, AuditRecord{Time: now.UTC(), Actor: "shell:bob", Action: "approve", Request: "OSPO-1"})
	})
	if err != nil {
		t.Fatal(err)
	}
	// The old record, the record that keys the chain, the request's state then, and the
	// new record.
	if n, err := s.VerifyAudit(); n != 4 || err != nil {
		t.Errorf("audit after migration: %d records, %v", n, err)
	}
}

// jsonRoundTrip is what reading v back from JSON gave before the migration.
func jsonRoundTrip[T any](t *testing.T, v T) T {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out T
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func makeBolt(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestBackupIsASnapshot guards Backup: the copy is the database as of the moment it
// began, a write commits while the copy is still being read (the copy blocks no
// writer), and the copy opens as a store of its own.
func TestBackupIsASnapshot(t *testing.T) {
	s := openTestStore(t)
	put := func(k string) error {
		return s.Update(func(tx *Tx) error { return tx.Put(bucketDedup, []byte(k), []byte("v")) })
	}
	if err := put("before"); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	go func() {
		_, err := s.Backup(pw)
		pw.CloseWithError(err)
	}()
	head := make([]byte, 4096)
	if _, err := io.ReadFull(pr, head); err != nil {
		t.Fatal(err)
	}
	// The copy is under way and waits for its reader; a write still commits.
	wrote := make(chan error, 1)
	go func() { wrote <- put("during") }()
	select {
	case err := <-wrote:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		io.Copy(io.Discard, pr) // let the copy end, so that the store can close
		<-wrote
		t.Fatal("a write waited for the backup")
	}
	rest, err := io.ReadAll(pr)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(path, append(head, rest...), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := OpenStore(path, StoreOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
	err = c.View(func(tx *Tx) error {
		before, _ := tx.Get(bucketDedup, []byte("before"))
		during, _ := tx.Get(bucketDedup, []byte("during"))
		if before == nil || during != nil {
			t.Errorf("copy holds before=%q during=%q; want only what was there when it began", before, during)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
