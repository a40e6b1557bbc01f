package workflows

import (
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestSchema11DatabaseReads guards a database written before the store's records were
// declared as buckets (testdata/schema11.db.gz, made by TestWriteSchema11Fixture with
// the engine of that time): it opens without a migration, its audit chain verifies, and
// every bucket the schema has holds records, which each read back.
func TestSchema11DatabaseReads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schema11.db")
	unzipTo(t, "testdata/schema11.db.gz", path)
	s, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.VerifyAudit(); err != nil || n < 10 {
		t.Fatalf("audit of the fixture: %d records, %v", n, err)
	}
	err = s.View(func(tx *Tx) error {
		return tx.tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			n, err := tx.Count(name)
			if err == nil && n == 0 {
				t.Errorf("bucket %s of the fixture is empty: it guards nothing", name)
			}
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}
