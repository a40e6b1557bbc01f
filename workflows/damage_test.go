package workflows

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// damageFixture writes a database with real content (requests, decisions, enough
// audit records that the chain fills pages of its own) and returns its path, the page
// size and the pages of interest: the audit bucket's root page and the high-water mark.
func damageFixture(t *testing.T) (path string, pageSize int, auditRoot, hwm uint64) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "bot.db")
	s, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e, _ := harnessOn(t, s)
	for range 8 {
		say(t, e, "shell:ana", "request", contribution)
	}
	for i := range 8 {
		say(t, e, "shell:l1", "comment", "OSPO-"+string(rune('1'+i))+" "+strings.Repeat("a long comment ", 20))
	}
	s.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		auditRoot = uint64(tx.Bucket(bucketAudit).Root())
		hwm = uint64(tx.Size()) / uint64(db.Info().PageSize)
		return nil
	})
	if auditRoot == 0 {
		t.Fatal("the audit bucket is inline; the fixture needs more records")
	}
	return path, db.Info().PageSize, auditRoot, hwm
}

// TestDamagedDatabaseRefused guards a damaged file: cut short (a copy that stopped part
// way), or with a page overwritten (the root of the store, or a page deep in a bucket),
// it is refused at open, read-write and read-only, with an error that says it is
// damaged and names the restore steps; it is never written; nothing panics.
func TestDamagedDatabaseRefused(t *testing.T) {
	for _, c := range []struct {
		name   string
		damage func(t *testing.T, path string, ps int, auditRoot, hwm uint64)
		want   string
	}{
		{"truncated", func(t *testing.T, path string, ps int, _, hwm uint64) {
			if err := os.Truncate(path, int64(hwm/2)*int64(ps)); err != nil {
				t.Fatal(err)
			}
		}, "cut short"},
		{"truncated to the meta pages", func(t *testing.T, path string, ps int, _, _ uint64) {
			if err := os.Truncate(path, int64(2*ps)); err != nil {
				t.Fatal(err)
			}
		}, "cut short"},
		{"audit page overwritten", func(t *testing.T, path string, ps int, auditRoot, _ uint64) {
			overwrite(t, path, int64(auditRoot)*int64(ps), ps)
		}, "damaged"},
		{"every data page overwritten", func(t *testing.T, path string, ps int, _, hwm uint64) {
			for id := uint64(2); id < hwm; id++ {
				overwrite(t, path, int64(id)*int64(ps), ps)
			}
		}, "page"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path, ps, auditRoot, hwm := damageFixture(t)
			c.damage(t, path, ps, auditRoot, hwm)
			before, _ := os.ReadFile(path)
			for _, ro := range []bool{false, true} {
				s, err := OpenStore(path, StoreOptions{ReadOnly: ro})
				if err == nil {
					s.Close()
					t.Fatalf("read-only %v: a damaged file was opened", ro)
				}
				t.Logf("read-only %v: %v", ro, err)
				if !errors.Is(err, ErrNotDatabase) || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "restore from a backup") {
					t.Errorf("read-only %v: %v\nwant it damaged (%q) and the restore steps named", ro, err, c.want)
				}
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the damaged file was written to")
			}
		})
	}
}

func overwrite(t *testing.T, path string, at int64, n int) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	junk := make([]byte, n)
	r := rand.New(rand.NewPCG(uint64(at), 1))
	for i := range junk {
		junk[i] = byte(r.Uint32())
	}
	if _, err := f.WriteAt(junk, at); err != nil {
		t.Fatal(err)
	}
}

// TestVerifyAuditUnreadableRecord guards verify on a record that is not JSON any more:
// it names the record and does not panic.
func TestVerifyAuditUnreadableRecord(t *testing.T) {
	s, _, e, _ := approvalHarness(t)
	say(t, e, "shell:ana", "request", contribution)
	say(t, e, "shell:l1", "approve", "OSPO-1")
	s.Update(func(tx *Tx) error { return tx.Put(bucketAudit, seqKey(2), []byte{0xff, 0x00}) })
	if _, err := s.VerifyAudit(); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), "record 2: audit chain broken: not readable") {
		t.Errorf("verify: %v", err)
	}
}

// TestNewDatabaseGrowsOnDemand guards the file size of a new database: it grows a
// mebibyte at a time, not by bbolt's default 16 MiB that made a new bot's file look
// large.
func TestNewDatabaseGrowsOnDemand(t *testing.T) {
	path, _, _, _ := damageFixture(t)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() > 2<<20 {
		t.Errorf("a database with 8 requests is %d bytes", fi.Size())
	}
}
