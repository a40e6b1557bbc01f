package workflows

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fxamacker/cbor/v2"

	"github.com/ospobot/ospobot/bot"
	bolt "go.etcd.io/bbolt"
)

// recordBuckets lists every bucket of records buckets.go declares, for the tests that
// walk them all (TestBucketsDeclaredOnce fails when one is missing here).
var recordBuckets = []recordBucket{requests, outbox, outboxSent, auditRecords, questions, scans, delegations, prompts, promptLinks,
	schedules, modules, healthFindings, healthProjects, healthScans}

// keyBuckets lists every bucket of keys buckets.go declares.
var keyBuckets = []keySet{idxState, idxRequester, idxApprover, outboxPending, dedup}

// recordBucket is what tests read of any bucket of records.
type recordBucket interface {
	bucketName() []byte
	encoding() encoding
	recordVersion() int
	// check decodes the value at k as the bucket's record: nil, or why not.
	check(k, data []byte) error
	// sample encodes a record of version v, empty but for its version.
	sample(v int) ([]byte, error)
	// encodeZero is what put stores for a zero record.
	encodeZero() ([]byte, error)
	// versionIn is the version of the record data, decoded as the bucket decodes.
	versionIn(data []byte) (int, error)
}

func (b bucket[T]) bucketName() []byte { return b.name }

func (b bucket[T]) encoding() encoding { return b.enc }

func (b bucket[T]) recordVersion() int { return b.version }

func (b bucket[T]) check(k, v []byte) error {
	var rec T
	return b.decode(k, v, &rec)
}

func (b bucket[T]) sample(v int) ([]byte, error) {
	var rec T
	*any(&rec).(versioned).versionField() = v
	return b.enc.marshal(&rec)
}

func (b bucket[T]) encodeZero() ([]byte, error) { return b.encode(new(T)) }

func (b bucket[T]) versionIn(data []byte) (int, error) {
	var rec T
	err := b.enc.unmarshal(data, &rec)
	return *any(&rec).(versioned).versionField(), err
}

// codecRequest has several fields in its map, so that unsorted encodings differ.
func codecRequest() *Request {
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.FixedZone("", 3600)) // a zone's name is not stored, its offset is
	return &Request{V: 1, ID: 7, Kind: "contribution", Requester: "shell:u", State: StatePending, Created: now, Updated: now,
		Fields: map[string]string{"project": "https://github.com/a/b", "license": "MIT", "what": "docs", "size": "small", "cla": "yes"},
		Stages: []Stage{{Name: "Review", Group: "legal", Mode: "any", State: stageOpen, Started: now,
			Decisions: []Decision{{By: "shell:a", Decision: "approved", Time: now}}}},
		Timeline: []Entry{{Time: now, Actor: "shell:u", Action: "submitted"}}}
}

// TestRecordEncodingReadsBothWays guards the stored form across the change to unsorted
// map keys: records written before (keys sorted) decode with today's decoder, records
// written now decode with a decoder set up as before, both to the same request.
func TestRecordEncodingReadsBothWays(t *testing.T) {
	r := codecRequest()
	old, err := digestEnc.Marshal(r) // what earlier versions stored: core deterministic
	if err != nil {
		t.Fatal(err)
	}
	now, err := encCBOR.marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	oldDec, err := cbor.DecOptions{}.DecMode() // the earlier decoder's options
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		data []byte
		dec  func([]byte, any) error
	}{
		"old record, new decoder": {old, encCBOR.unmarshal},
		"new record, old decoder": {now, oldDec.Unmarshal},
		"new record, new decoder": {now, encCBOR.unmarshal},
	} {
		var got Request
		if err := c.dec(c.data, &got); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(&got, r) {
			t.Errorf("%s: decoded\n%+v\nwant\n%+v", name, got, *r)
		}
		if _, off := got.Created.Zone(); off != 3600 {
			t.Errorf("%s: time zone offset %d, want 3600 kept", name, off)
		}
	}
}

// TestRequestDigestIgnoresMapOrder guards the audit chain's state digests now that
// stored records leave map keys unsorted: the digest of a request must not depend on
// the order its fields were set in, nor on how its record was last encoded.
func TestRequestDigestIgnoresMapOrder(t *testing.T) {
	key := []byte("k")
	a, b := codecRequest(), codecRequest()
	b.Fields = map[string]string{}
	for _, k := range []string{"cla", "size", "what", "license", "project"} {
		b.Fields[k] = a.Fields[k]
	}
	want := requestDigest(key, a)
	for range 20 { // Go's map order varies from one walk to the next
		if got := requestDigest(key, b); got != want {
			t.Fatalf("digest %s, want %s: it depends on map order", got, want)
		}
		data, err := encCBOR.marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		var back Request
		if err := encCBOR.unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		if got := requestDigest(key, &back); got != want {
			t.Fatalf("digest after a round trip %s, want %s", got, want)
		}
	}
}

// TestBucketsDeclaredOnce guards buckets.go as the one list of the store's buckets: a
// new database has exactly the buckets declared there (and meta), each name declared
// once, and every record bucket has an encoding and a version.
func TestBucketsDeclaredOnce(t *testing.T) {
	s := openTestStore(t)
	declared := map[string]bool{string(bucketMeta): true}
	add := func(name []byte) {
		if declared[string(name)] {
			t.Errorf("bucket %s declared twice", name)
		}
		declared[string(name)] = true
	}
	for _, b := range recordBuckets {
		add(b.bucketName())
		if b.encoding() != encCBOR && b.encoding() != encJSON {
			t.Errorf("bucket %s: records in %s", b.bucketName(), b.encoding())
		}
		if b.recordVersion() < 1 {
			t.Errorf("bucket %s: version %d", b.bucketName(), b.recordVersion())
		}
	}
	for _, b := range keyBuckets {
		add(b.name)
	}
	err := s.View(func(tx *Tx) error {
		return tx.tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			if !declared[string(name)] {
				t.Errorf("the schema makes bucket %s, which buckets.go does not declare", name)
			}
			delete(declared, string(name))
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range declared {
		t.Errorf("bucket %s is declared, but a new database does not have it", name)
	}
}

// storeFiles may touch the store below the bucket descriptors: the descriptors, the
// transaction and the store themselves, and the migrations, which read and write the
// formats of earlier versions by hand.
var storeFiles = []string{"buckets.go", "tx.go", "store.go", "store_check.go", "schema.go"}

// TestRecordsEncodedOnlyByBuckets guards the rule that encoding lives in buckets.go:
// outside the store's own files, no code marshals or unmarshals JSON or an encoding by
// hand, nor reads or writes a bucket through the transaction's raw methods; it goes
// through a bucket's descriptor. (Writing JSON to a reader, as the audit export does,
// uses an Encoder, not Marshal.) The checker itself is shown to catch each kind.
func TestRecordsEncodedOnlyByBuckets(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	read := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || slices.Contains(storeFiles, name) {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range handEncoding(t, name, src) {
			t.Error(p)
		}
		read++
	}
	if read < 20 {
		t.Fatalf("read only %d files", read)
	}
	bad := `package workflows
func f(tx *Tx, w *work) {
	json.Unmarshal(nil, nil)
	data, _ := encCBOR.marshal(1)
	tx.Put(bucketRequests, nil, data)
	w.tx.Scan(bucketAudit, nil, nil)
	auditRecords.enc.unmarshal(nil, nil)
}`
	got := strings.Join(handEncoding(t, "bad.go", []byte(bad)), "\n")
	for _, want := range []string{"bad.go:3: json.Unmarshal", "bad.go:4: encCBOR.marshal", "bad.go:5: tx.Put(bucketRequests", "bad.go:6: w.tx.Scan(bucketAudit", "bad.go:7: auditRecords.enc.unmarshal"} {
		if !strings.Contains(got, want) {
			t.Errorf("the check does not catch %q:\n%s", want, got)
		}
	}
}

// handEncoding lists the calls in src that encode or decode a record, or reach a bucket,
// without a descriptor.
func handEncoding(t *testing.T, name string, src []byte) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var problems []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		recv := types.ExprString(sel.X)
		m := sel.Sel.Name
		hand := false
		switch {
		case recv == "json" && (m == "Marshal" || m == "Unmarshal" || m == "MarshalIndent"):
			hand = true
		case (m == "marshal" || m == "unmarshal") && (strings.HasPrefix(recv, "enc") || strings.HasSuffix(recv, ".enc")):
			hand = true
		case slices.Contains([]string{"Get", "Put", "Delete", "Scan", "Last", "Count", "NextSequence"}, m) && len(call.Args) > 0:
			if id, ok := call.Args[0].(*ast.Ident); ok && strings.HasPrefix(id.Name, "bucket") {
				recv += "." + m + "(" + id.Name
				hand = true
			}
		}
		if hand {
			if !strings.Contains(recv, "(") {
				recv += "." + m
			}
			problems = append(problems, fmt.Sprintf("%s:%d: %s: records are read and written through their bucket's descriptor (buckets.go)", name, fset.Position(call.Pos()).Line, recv))
		}
		return true
	})
	return problems
}

// TestDecisionSplitsNoPage: requests are filed into pages with room for what a decision
// adds, so that deciding one rewrites its page instead of splitting it in two, and a
// page of decided requests ends up nearly full. The requests are filed 20 to a
// transaction, as group commit files requests made at once.
func TestDecisionSplitsNoPage(t *testing.T) {
	s := openTestStore(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	filed := func(id int) *Request {
		return &Request{ID: RequestID(id), Kind: "contribution", Requester: "shell:req",
			Fields: map[string]string{"project": "https://github.com/a/b", "license": "GPL-2.0-only", "what": "x", "size": "large"},
			State:  StatePending, Rule: "one", Created: now, Updated: now, Origin: bot.Destination{Platform: bot.Shell, Conversation: "terminal"},
			Stages: []Stage{{Name: "Review", Group: "legal", Mode: ModeAny, State: stageOpen, Started: now,
				Messages: []uint64{uint64(id)}, SentTo: []bot.Destination{{Platform: bot.Shell, Conversation: "terminal"}}}},
			Timeline: []Entry{{Time: now, Actor: "shell:req", Action: actSubmitted, Note: "Upstream contribution"}},
			Sealed:   strings.Repeat("5", 64)}
	}
	decided := func(r *Request) *Request {
		at := now.Add(time.Hour + 123456789)
		r.State, r.Updated, r.Decided = StateApproved, at, at
		r.Stages[0].State, r.Stages[0].Decided = stageApproved, at
		r.Stages[0].Decisions = []Decision{{By: "shell:a1", Decision: DecApprove, Time: at}}
		r.Timeline = append(r.Timeline, Entry{Time: at, Actor: "shell:a1", Action: "approved at Review"}, Entry{Time: at, Actor: "ospobot", Action: actApproved})
		return r
	}
	for from := 1; from <= 60; from += 20 {
		if err := s.Update(func(tx *Tx) error {
			for id := from; id < from+20; id++ {
				if err := requests.put(tx, requestKey(RequestID(id)), filed(id)); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	leaves := func() (n, inuse int) {
		if err := s.db.View(func(tx *bolt.Tx) error {
			st := tx.Bucket(bucketRequests).Stats()
			n, inuse = st.LeafPageN, st.LeafInuse
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return n, inuse
	}
	before, _ := leaves()
	for id := 1; id <= 60; id++ {
		if err := s.Update(func(tx *Tx) error { return requests.put(tx, requestKey(RequestID(id)), decided(filed(id))) }); err != nil {
			t.Fatal(err)
		}
		if n, _ := leaves(); n != before {
			t.Fatalf("deciding request %d split a page: %d leaf pages, not %d", id, n, before)
		}
	}
	if n, inuse := leaves(); inuse < n*4096*4/5 {
		t.Errorf("decided requests fill their %d leaf pages %d%%; want 80%% or more", n, 100*inuse/(n*4096))
	}
}
