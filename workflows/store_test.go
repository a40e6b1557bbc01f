package workflows

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
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
		if string(v) != "7" {
			t.Errorf("schema = %q, want 7", v)
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
		if string(v) != "7" {
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
