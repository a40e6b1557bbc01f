package workflows

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	bolt "go.etcd.io/bbolt"
)

// TestSchema11DatabaseReads guards a database written before the store's records were
// declared as buckets (testdata/schema11.db.gz, made by TestWriteSchema11Fixture with
// the engine at schema 11): it opens, migrating to schema 12, which moves the link from
// a direct room to a question out of the prompts into a bucket of its own; its audit
// chain verifies; every bucket the schema declares holds records; every record of
// every bucket decodes through its descriptor; and the moved link still leads the
// approver's direct room to the question asked in a shared one.
func TestSchema11DatabaseReads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schema11.db")
	unzipTo(t, "testdata/schema11.db.gz", path)
	if _, err := OpenStore(path, StoreOptions{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "schema 11 needs migrating to 12") {
		t.Fatalf("read-only open of schema 11: %v", err)
	}
	s, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.VerifyAudit(); err != nil || n < 10 {
		t.Fatalf("audit of the fixture: %d records, %v", n, err)
	}
	counts := map[string]int{}
	err = s.View(func(tx *Tx) error {
		if v, _ := tx.Get(bucketMeta, keySchema); string(v) != "12" {
			t.Errorf("schema %q after opening, want 12", v)
		}
		err := tx.tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			n, err := tx.Count(name)
			counts[string(name)] = n
			if err == nil && n == 0 {
				t.Errorf("bucket %s of the fixture is empty: it guards nothing", name)
			}
			return err
		})
		if err != nil {
			return err
		}
		for _, b := range recordBuckets {
			err := tx.Scan(b.bucketName(), nil, func(k, v []byte) error {
				if err := b.check(k, v); err != nil {
					t.Errorf("%s: %v", b.bucketName(), err)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if counts["prompts"] != 2 || counts["prompt_links"] != 1 {
		t.Errorf("after migration %d prompts and %d links, want the 2 questions and their 1 link", counts["prompts"], counts["prompt_links"])
	}
	var declared []string
	for _, b := range recordBuckets {
		declared = append(declared, string(b.bucketName()))
	}
	for _, b := range keyBuckets {
		declared = append(declared, string(b.name))
	}
	for name := range counts {
		if name != string(bucketMeta) && !slices.Contains(declared, name) {
			t.Errorf("bucket %s is in the database but declared nowhere (buckets.go)", name)
		}
	}
	// The fixture's clock stood at 2026-03-10 09:00 when the question was asked.
	e := NewEngine(s, Options{Now: func() time.Time { return time.Date(2026, 3, 10, 10, 0, 0, 0, time.UTC) }, Log: quietLog()})
	direct := bot.Event{Platform: bot.Matrix, User: bot.User{ID: "matrix:@l1:hs"}, Conversation: bot.Conversation{ID: "!dm:hs", Direct: true}}
	if !e.HasPrompt(context.Background(), direct) {
		t.Error("the approver's direct room no longer leads to the reason asked in a shared room")
	}
}
