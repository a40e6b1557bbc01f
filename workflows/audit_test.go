package workflows

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/ospobot/ospobot/bot/config"
)

// forgeUnkeyed is what an attacker with write access to the file does: change record
// seq, then recompute every hash from there on as a plain SHA-256 chain (the only chain
// they can compute without the key), the head included.
func forgeUnkeyed(t *testing.T, path string, seq uint64, change func(r *AuditRecord)) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAudit)
		prev := ""
		var last uint64
		err := b.ForEach(func(k, v []byte) error {
			var r AuditRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			last = r.Seq
			if r.Seq < seq {
				prev = r.Hash
				return nil
			}
			if r.Seq == seq {
				change(&r)
			}
			r.Prev, r.Hash = prev, ""
			data, _ := json.Marshal(r)
			sum := sha256.Sum256(data)
			r.Hash = hex.EncodeToString(sum[:])
			data, _ = json.Marshal(r)
			prev = r.Hash
			return b.Put(k, data)
		})
		if err != nil {
			return err
		}
		head, _ := auditHead{Seq: last, Hash: prev}.MarshalBinary()
		return tx.Bucket(bucketMeta).Put(keyAuditHead, head)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestAuditForgeryNamed guards the keyed chain: someone who rewrites a record (the
// approver) and recomputes the chain as the unkeyed SHA-256 chain it used to be is
// caught, and verify names the record they changed; so is one who marks every record
// as unkeyed.
func TestAuditForgeryNamed(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(r *AuditRecord)
		want   string
	}{
		{"approver rewritten", func(r *AuditRecord) { r.Actor = "shell:mallory" }, "record 2: audit chain broken: its content was changed"},
		{"seal removed", func(r *AuditRecord) { r.Actor, r.V = "shell:mallory", 0 }, "record 2: audit chain broken: it is not sealed with the audit key"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "bot.db")
			key := bytes.Repeat([]byte{7}, 32)
			s, err := OpenStore(path, StoreOptions{AuditKey: key})
			if err != nil {
				t.Fatal(err)
			}
			e, _ := harnessOn(t, s)
			say(t, e, "shell:ana", "request", contribution)
			say(t, e, "shell:l1", "approve", "OSPO-1")
			say(t, e, "shell:o1", "approve", "OSPO-1")
			if n, err := s.VerifyAudit(); err != nil || n < 3 {
				t.Fatalf("before: %d %v", n, err)
			}
			s.Close()
			forgeUnkeyed(t, path, 2, c.change)
			// The bot refuses to write to it; read-only commands open it to report.
			before, _ := os.ReadFile(path)
			if _, err := OpenStore(path, StoreOptions{AuditKey: key}); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), "restore from a backup") {
				t.Errorf("read-write open of a forged chain: %v", err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the forged database was written to")
			}
			s, err = OpenStore(path, StoreOptions{AuditKey: key, ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.VerifyAudit(); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("verify after forgery: %v\nwant %q", err, c.want)
			}
		})
	}
}

// TestAuditCoversRequests guards the request records: a decision rewritten in the
// request itself (not in the chain) is named by verify, and a request slipped into the
// database with no audit record is too.
func TestAuditCoversRequests(t *testing.T) {
	s, _, e, _ := approvalHarness(t)
	say(t, e, "shell:ana", "request", contribution)
	say(t, e, "shell:l1", "approve", "OSPO-1")
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
	rewrite := func(fn func(r *Request)) {
		if err := s.Update(func(tx *Tx) error {
			r, err := getRequest(tx, 1)
			if err != nil {
				return err
			}
			fn(r)
			data, _ := encCBOR.marshal(r)
			return tx.Put(bucketRequests, requestKey(1), data)
		}); err != nil {
			t.Fatal(err)
		}
	}
	rewrite(func(r *Request) { r.Stages[0].Decisions[0].By = "shell:l2" })
	if _, err := s.VerifyAudit(); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), "request OSPO-1") {
		t.Errorf("rewritten decision: %v", err)
	}
	rewrite(func(r *Request) { r.Stages[0].Decisions[0].By = "shell:l1" })
	// Reminders and snoozes are bookkeeping, not decisions: they change nothing covered.
	rewrite(func(r *Request) { r.Stages[1].Reminders = 3; r.Snoozed = r.Created.Add(time.Hour) })
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatalf("bookkeeping changed: %v", err)
	}
	if err := s.Update(func(tx *Tx) error {
		r, _ := getRequest(tx, 1)
		r.ID = 9
		data, _ := encCBOR.marshal(r)
		return tx.Put(bucketRequests, requestKey(9), data)
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyAudit(); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), "request #9") {
		t.Errorf("request without a record: %v", err)
	}
}

// TestAuditMigrationFromSchema9 guards the upgrade: a database written by ospobot at
// schema 9 (testdata/schema9.db.gz, made by `ospobot shell` of that version on the
// approvals transcript) opens, keeps its records, keys the chain from the next record
// on, covers every existing request, and verifies; its old records can no longer be
// rewritten unnoticed, and a read-only open refuses to migrate it.
func TestAuditMigrationFromSchema9(t *testing.T) {
	path := filepath.Join(t.TempDir(), "schema9.db")
	unzipTo(t, "testdata/schema9.db.gz", path)
	if _, err := OpenStore(path, StoreOptions{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "needs migrating") {
		t.Fatalf("read-only open of schema 9: %v", err)
	}
	key := bytes.Repeat([]byte{9}, 32)
	// A schema 9 chain that does not hold (a record changed, its hash not recomputed)
	// is refused before the migration writes anything.
	broken := filepath.Join(t.TempDir(), "broken9.db")
	unzipTo(t, "testdata/schema9.db.gz", broken)
	editRecord(t, broken, 5, func(r *AuditRecord) { r.Actor = "shell:mallory" })
	before, _ := os.ReadFile(broken)
	if _, err := OpenStore(broken, StoreOptions{AuditKey: key}); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), "record 5:") {
		t.Errorf("read-write open of a broken schema 9 chain: %v", err)
	}
	if after, _ := os.ReadFile(broken); !bytes.Equal(before, after) {
		t.Error("the broken database was migrated")
	}
	s, err := OpenStore(path, StoreOptions{AuditKey: key})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.VerifyAudit()
	if err != nil || n != 17+1+4 { // 17 old records, the keying record, the state of 4 requests
		t.Fatalf("after migration: %d records, %v", n, err)
	}
	var kf *keyedFrom
	s.View(func(tx *Tx) (err error) { kf, err = readKeyedFrom(tx); return })
	if kf == nil || kf.From != 18 {
		t.Fatalf("keyed from %+v, want record 18", kf)
	}
	s.Close()
	// Another key cannot write to it.
	if _, err := OpenStore(path, StoreOptions{AuditKey: bytes.Repeat([]byte{1}, 32)}); !errors.Is(err, ErrAuditKey) {
		t.Errorf("open with another key: %v", err)
	}
	forgeUnkeyed(t, path, 5, func(r *AuditRecord) { r.Actor = "shell:mallory" })
	s, err = OpenStore(path, StoreOptions{AuditKey: key, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.VerifyAudit(); !errors.Is(err, ErrAuditBroken) || !strings.Contains(err.Error(), "record 18:") {
		t.Errorf("old record rewritten after keying: %v (the keying record must no longer fit)", err)
	}
}

func unzipTo(t *testing.T, gz, path string) {
	t.Helper()
	f, err := os.Open(gz)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestAuditKeyFile guards the key: made on first use with mode 0600, read back the
// same, refused when others can read it or it is not a key, and taken from the
// environment when set there.
func TestAuditKeyFile(t *testing.T) {
	dir := t.TempDir()
	path := AuditKeyFile(dir)
	if filepath.Base(path) != "ospobot-audit.key" {
		t.Errorf("key file %s", path)
	}
	noEnv := func(string) string { return "" }
	if _, _, err := LoadAuditKey(path, false, noEnv); !errors.Is(err, ErrAuditKey) {
		t.Errorf("missing key without create: %v", err)
	}
	k1, created, err := LoadAuditKey(path, true, noEnv)
	if err != nil || !created || len(k1) != 32 {
		t.Fatalf("create: %x %v %v", k1, created, err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %04o", fi.Mode().Perm())
	}
	k2, created, err := LoadAuditKey(path, true, noEnv)
	if err != nil || created || !bytes.Equal(k1, k2) {
		t.Errorf("reread: %v %v", created, err)
	}
	os.Chmod(path, 0o644)
	if _, _, err := LoadAuditKey(path, true, noEnv); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("world-readable key: %v", err)
	}
	env := func(string) string { return strings.Repeat("ab", 32) }
	if k, _, err := LoadAuditKey(path, true, env); err != nil || k[0] != 0xab {
		t.Errorf("key from the environment: %x %v", k, err)
	}
	if _, _, err := LoadAuditKey(path, true, func(string) string { return "short" }); err == nil {
		t.Error("a malformed key in the environment was taken")
	}
}

// TestAuditExportSafe guards the export: CSV cells a spreadsheet would run are
// neutralised, terminal escapes and a right-to-left override are shown as text, JSON
// Lines escapes them losslessly, and both end with the head of the chain.
func TestAuditExportSafe(t *testing.T) {
	s, _, e, _ := approvalHarness(t)
	say(t, e, "shell:ana", "request", contribution)
	say(t, e, "shell:l1", "reject", "OSPO-1 =HYPERLINK(\"http://evil\",\"ok\") \x1b[2J\u202Etxt.exe")
	head, err := s.AuditHead()
	if err != nil || head.Seq == 0 {
		t.Fatal(head, err)
	}
	var out bytes.Buffer
	if _, err := s.ExportAudit(&out, "csv", time.Time{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var detail string
	for _, r := range rows {
		if r[6] == "reject" {
			detail = r[8]
		}
	}
	if !strings.HasPrefix(detail, "Legal review: =HYPERLINK") || strings.ContainsAny(detail, "\x1b\u202E") || !strings.Contains(detail, `\x1b[2J[U+202E]txt.exe`) {
		t.Errorf("reject detail in CSV: %q", detail)
	}
	last := rows[len(rows)-1]
	if last[6] != "audit head" || last[11] != head.Hash {
		t.Errorf("last CSV row %q, want the head %s", last, head.Hash)
	}
	out.Reset()
	s.Update(func(tx *Tx) error {
		return appendAudit(tx, AuditRecord{Actor: "=cmd|' /C calc'!A0", Action: "commented", Detail: "x"})
	})
	s.ExportAudit(&out, "csv", time.Time{})
	if !strings.Contains(out.String(), `'=cmd|' /C calc'!A0`) {
		t.Errorf("formula actor not neutralised:\n%s", out.String())
	}
	out.Reset()
	if _, err := s.ExportAudit(&out, "jsonl", time.Time{}); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out.String(), "\x1b\u202E") || !strings.Contains(out.String(), `\u001b[2J\u202etxt.exe`) {
		t.Errorf("JSON Lines not escaped:\n%s", out.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var tail struct {
		Head AuditHead `json:"audit_head"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &tail); err != nil || tail.Head.Seq != head.Seq+1 {
		t.Errorf("last JSON line %s: %v", lines[len(lines)-1], err)
	}
}

// harnessOn is approvalHarness's engine on a store the test opened itself.
func harnessOn(t *testing.T, s *Store) (*Engine, *recorder) {
	t.Helper()
	groups := map[string]config.Group{
		"legal": {Members: []string{"shell:l1", "shell:l2", "shell:l3"}, Notify: []string{"shell:terminal"}},
		"ospo":  {Members: []string{"shell:o1"}, Notify: []string{"shell:terminal"}},
	}
	a := config.DefaultApprovals()
	a.Rules = []config.Rule{{Name: "all", When: config.Match{}, Stages: []config.StageRule{
		{Name: "Legal review", Group: "legal", Mode: "any"}, {Name: "OSPO review", Group: "ospo", Mode: "all"}}}}
	a.PreApprove = nil
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups})
	rec := &recorder{}
	e.AddAdapter(rec)
	return e, rec
}

// TestWeeklySummaryPostsAuditHead guards the anchor outside the machine: the weekly OSPO
// summary carries the head of the audit chain as it stands, key ID included.
func TestWeeklySummaryPostsAuditHead(t *testing.T) {
	s := openTestStore(t)
	e, _ := harnessOn(t, s)
	e.schedules = config.DefaultSchedules()
	say(t, e, "shell:ana", "request", contribution)
	head, err := s.AuditHead()
	if err != nil || head.Seq != 1 {
		t.Fatal(head, err)
	}
	out, err := e.Preview("ospo-weekly")
	if err != nil || len(out) != 1 {
		t.Fatalf("preview: %v %v", out, err)
	}
	var got string
	for _, b := range out[0].Reply.Blocks {
		for _, f := range b.Fields {
			if f.Label == "Audit record" {
				got = f.Value
			}
		}
	}
	if !strings.Contains(got, "record 1, "+head.Hash+" (key "+head.KeyID+")") {
		t.Errorf("summary's audit line %q, want head %s", got, head)
	}
}

// editRecord changes record seq in place, leaving its hash as it was.
func editRecord(t *testing.T, path string, seq uint64, change func(r *AuditRecord)) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAudit)
		var r AuditRecord
		if err := json.Unmarshal(b.Get(seqKey(seq)), &r); err != nil {
			return err
		}
		change(&r)
		data, _ := json.Marshal(r)
		return b.Put(seqKey(seq), data)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkVerifyAudit is what every read-write open pays to check the chain: per
// record (each of these requests has two records and its state on the chain).
//
//	go test -run '^$' -bench VerifyAudit ./workflows
func BenchmarkVerifyAudit(b *testing.B) {
	s, _, e, _ := approvalHarness(b)
	const requests = 500
	for range requests {
		say(b, e, "shell:ana", "request", contribution)
	}
	for i := 1; i <= requests; i++ {
		say(b, e, "shell:l1", "approve", fmt.Sprintf("OSPO-%d", i))
	}
	b.ResetTimer()
	var n int
	for b.Loop() {
		var err error
		if n, err = s.VerifyAudit(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/record")
}

// TestAuditTailSealedOnceAndReadable guards the audit record a call leaves unsealed
// until the transaction ends (so that its request's state digest costs no second
// seal): reading the chain in the same transaction sees it, a state digest added after
// that read still reaches the stored record, the next record chains onto it, and the
// committed chain verifies.
func TestAuditTailSealedOnceAndReadable(t *testing.T) {
	s := openTestStore(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	r := &Request{V: 1, ID: 1, Kind: "contribution", Requester: "shell:u", State: StatePending, Created: now, Updated: now}
	err := s.Update(func(tx *Tx) error {
		if err := appendAudit(tx, AuditRecord{Time: now, Actor: "shell:u", Action: "submitted", Request: "OSPO-1"}); err != nil {
			return err
		}
		var seen []AuditRecord
		if err := tx.Scan(bucketAudit, nil, func(_, v []byte) error {
			var a AuditRecord
			seen = append(seen, a)
			return json.Unmarshal(v, &seen[len(seen)-1])
		}); err != nil {
			return err
		}
		if len(seen) != 1 || seen[0].Action != "submitted" {
			t.Errorf("the chain read in the transaction holds %+v, want the record just appended", seen)
		}
		if err := putRequest(tx, nil, r); err != nil { // adds its digest to the record read above
			return err
		}
		return appendAudit(tx, AuditRecord{Time: now, Actor: "shell:a", Action: "noted", Request: "OSPO-2"})
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.VerifyAudit(); err != nil || n != 2 {
		t.Fatalf("verify: %d records, %v; want 2 and a sound chain", n, err)
	}
	var first, head AuditRecord
	var h AuditHead
	if err := s.View(func(tx *Tx) error {
		v, err := tx.Get(bucketAudit, seqKey(1))
		if err != nil {
			return err
		}
		if err := json.Unmarshal(v, &first); err != nil {
			return err
		}
		if v, err = tx.Get(bucketAudit, seqKey(2)); err != nil {
			return err
		}
		if err := json.Unmarshal(v, &head); err != nil {
			return err
		}
		h, err = tx.auditHead()
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if first.State == "" || first.State != loadRequest(t, s, 1).Sealed {
		t.Errorf("record 1 holds state %q, want the request's digest %q", first.State, loadRequest(t, s, 1).Sealed)
	}
	if head.Prev != first.Hash || h.Seq != 2 || h.Hash != head.Hash {
		t.Errorf("record 2 chains onto %q (record 1 is %q); head %d %q, want 2 %q", head.Prev, first.Hash, h.Seq, h.Hash, head.Hash)
	}
}

// TestAuditHeadStoredOncePerTransaction guards the chain's head that a transaction
// moves: it is stored when the transaction ends, not after each record, yet meta read
// in the same transaction already holds the latest one, and a transaction that fails
// leaves the head where it was.
func TestAuditHeadStoredOncePerTransaction(t *testing.T) {
	s := openTestStore(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	var sealed auditHead
	err := s.Update(func(tx *Tx) error {
		for _, a := range []string{"one", "two", "three"} {
			if err := appendAudit(tx, AuditRecord{Time: now, Actor: "shell:u", Action: a}); err != nil {
				return err
			}
		}
		if err := tx.flushAudit(); err != nil {
			return err
		}
		sealed = *tx.head
		h, err := auditHeadEntry.get(tx) // meta, read as any reader of it would
		if err != nil {
			return err
		}
		if h == nil || *h != sealed || h.Seq != 3 {
			t.Errorf("meta read in the transaction holds head %+v, want record 3 %+v", h, sealed)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	failed := errors.New("the call failed")
	err = s.Update(func(tx *Tx) error {
		if err := appendAudit(tx, AuditRecord{Time: now, Actor: "shell:u", Action: "rolled back"}); err != nil {
			return err
		}
		return failed
	})
	if !errors.Is(err, failed) {
		t.Fatalf("err %v, want the call's", err)
	}
	if h, err := s.AuditHead(); err != nil || h.Seq != 3 || h.Hash != sealed.Hash {
		t.Errorf("head after a failed transaction %+v (%v), want record 3 %s", h, err, sealed.Hash)
	}
	if n, err := s.VerifyAudit(); err != nil || n != 3 {
		t.Errorf("verify: %d records, %v; want 3 and a sound chain", n, err)
	}
}
