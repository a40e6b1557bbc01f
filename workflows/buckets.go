package workflows

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/fxamacker/cbor/v2"
)

// Every bucket of the store is declared here, once: its name, its key layout, and for a
// bucket of records the one encoding its values have and the version its records are
// written at. Code reads and writes records only through these descriptors, so that no
// call site picks an encoder, and a record's version is written and checked in one
// place. Changing a layout or an encoding needs a migration (schema.go).
//
// The records every decision rewrites (requests, outbox entries and their deliveries)
// are CBOR: it decodes about three times faster than JSON and takes less room, and
// decoding is the largest part of the serial work of a group commit. Records people read
// or hash (the audit chain, whose hashes cover its JSON form) and the small ones written
// seldom (schedules, prompts, health findings) are JSON.
var (
	requests = bucket[Request]{name: []byte("requests"), enc: encCBOR, version: 1, what: "request", fill: fillGrowing}       // id (uint64 BE)
	outbox   = bucket[outboxEntry]{name: []byte("outbox"), enc: encCBOR, version: 1, what: "outbox entry", fill: fillAppend} // seq (uint64 BE)
	// Deliveries are kept beside their entries, so that recording one rewrites nothing.
	outboxSent = bucket[sentRecord]{name: []byte("outbox_sent"), enc: encCBOR, version: 1, what: "delivery", fill: fillAppend} // seq (uint64 BE)
	// The audit chain: each record's hash covers its JSON form (AuditRecord.seal), so the
	// records are written as sealed, not through put. Version auditKeyed; 0 is a record
	// sealed with plain SHA-256 by an older ospobot.
	auditRecords = bucket[AuditRecord]{name: []byte("audit"), enc: encJSON, version: auditKeyed, what: "audit record", fill: fillAppend} // seq (uint64 BE)
	questions    = bucket[questionRecord]{name: []byte("questions"), enc: encJSON, version: 1, what: "question record"}                  // seq (uint64 BE)
	scans        = bucket[scanRecord]{name: []byte("scans"), enc: encJSON, version: 1, what: "scan"}                                     // seq (uint64 BE): uploads scanned in chat, for paging
	delegations  = bucket[Delegation]{name: []byte("delegations"), enc: encJSON, version: 1, what: "delegation"}                         // user
	prompts      = bucket[prompt]{name: []byte("prompts"), enc: encJSON, version: 1, what: "prompt"}                                     // platform "/" conversation "/" user (forms, reasons)
	promptLinks  = bucket[promptLink]{name: []byte("prompt_links"), enc: encJSON, version: 1, what: "prompt link"}                       // platform "/\x00direct/" user: the question a direct conversation answers
	schedules    = bucket[scheduleState]{name: []byte("schedules"), enc: encJSON, version: 1, what: "schedule"}                          // name
	modules      = bucket[moduleLicense]{name: []byte("modules"), enc: encJSON, version: 1, what: "module licence"}                      // "go/" module path "@" version: found at the module proxy
	// Project-health scans.
	healthFindings = bucket[healthFinding]{name: []byte("health_findings"), enc: encJSON, version: 1, what: "health finding"} // "owner/name" "\x00" check
	healthProjects = bucket[healthRepo]{name: []byte("health_repos"), enc: encJSON, version: 1, what: "health project"}       // "owner/name": licence, maintainers, last read
	healthScans    = bucket[healthScanRecord]{name: []byte("health_scans"), enc: encJSON, version: 1, what: "health scan"}    // seq (uint64 BE): each scan's totals, for trends
)

// Buckets of keys alone (indexes), or of values too small to be records.
var (
	idxState      = keySet{name: []byte("idx_state")}      // state "/" id (padded) → empty
	idxRequester  = keySet{name: []byte("idx_requester")}  // user "/" id → empty
	idxApprover   = keySet{name: []byte("idx_approver")}   // group "/" id → empty, while a stage of the group waits
	outboxPending = keySet{name: []byte("outbox_pending")} // platform "/" seq (uint64 BE) → empty: entries still to deliver
	dedup         = keySet{name: []byte("dedup")}          // platform ":" event ID → first-seen time (seenAt)
)

// bucketMeta holds the schema version and the keys below, each with its own layout.
var bucketMeta = []byte("meta")

// The buckets' names, as migrations (which create them) and tests use them.
var (
	bucketRequests       = requests.name
	bucketOutbox         = outbox.name
	bucketOutboxSent     = outboxSent.name
	bucketAudit          = auditRecords.name
	bucketQuestions      = questions.name
	bucketScans          = scans.name
	bucketDelegations    = delegations.name
	bucketPrompts        = prompts.name
	bucketPromptLinks    = promptLinks.name
	bucketSchedules      = schedules.name
	bucketModules        = modules.name
	bucketHealthFindings = healthFindings.name
	bucketHealthRepos    = healthProjects.name
	bucketHealthScans    = healthScans.name
	bucketIdxState       = idxState.name
	bucketIdxRequester   = idxRequester.name
	bucketIdxApprover    = idxApprover.name
	bucketOutboxPending  = outboxPending.name
	bucketDedup          = dedup.name
)

// The keys of meta, each with its own layout.
var (
	keySchema     = []byte("schema")  // decimal schema version (schema.go)
	keyTesting    = []byte("testing") // set only when a database is created for testing: any text
	keyAuditHead  = []byte("audit_head")
	keyAuditKeyed = []byte("audit_keyed")
	// The chain's head: seq (uint64 BE), then the hex hash of the last audit record.
	auditHeadEntry = metaEntry[auditHead]{key: keyAuditHead, enc: encBinary}
	// From which record on the chain is keyed, with the key's ID, sealed.
	auditKeyedEntry = metaEntry[keyedFrom]{key: keyAuditKeyed, enc: encJSON}
)

// encoding is how a bucket's values are stored.
type encoding uint8

const (
	encCBOR   encoding = iota + 1 // CBOR (RFC 8949), keyed by the same names as the JSON tags
	encJSON                       // JSON
	encBinary                     // a fixed layout of the type's own (encoding.BinaryMarshaler)
)

func (e encoding) String() string {
	switch e {
	case encCBOR:
		return "CBOR"
	case encJSON:
		return "JSON"
	case encBinary:
		return "binary"
	}
	return fmt.Sprintf("encoding %d", uint8(e))
}

func (e encoding) marshal(v any) ([]byte, error) {
	switch e {
	case encCBOR:
		return recordEnc.Marshal(v)
	case encJSON:
		return json.Marshal(v)
	case encBinary:
		if m, ok := v.(interface{ MarshalBinary() ([]byte, error) }); ok {
			return m.MarshalBinary()
		}
		return nil, fmt.Errorf("%T has no binary form", v)
	}
	return nil, fmt.Errorf("unknown %s", e)
}

// unmarshal decodes data into v. The decoders copy what they keep, so data may be a
// slice bbolt owns.
func (e encoding) unmarshal(data []byte, v any) error {
	switch e {
	case encCBOR:
		return recordDec.Unmarshal(data, v)
	case encJSON:
		return json.Unmarshal(data, v)
	case encBinary:
		if u, ok := v.(interface{ UnmarshalBinary([]byte) error }); ok {
			return u.UnmarshalBinary(data)
		}
		return fmt.Errorf("%T has no binary form", v)
	}
	return fmt.Errorf("unknown %s", e)
}

var (
	recordEnc cbor.EncMode
	digestEnc cbor.UserBufferEncMode
	recordDec cbor.DecMode
)

func init() {
	var err error
	// Times keep their offset and nanoseconds, as in JSON. A stored record's map keys
	// are left in whatever order Go's maps give them: the decoder takes any order, and
	// sorting them is work done under the store's writer lock for nothing. What is
	// hashed (requestDigest) sorts them, so that its bytes depend on the value alone.
	recordEnc, err = cbor.EncOptions{Sort: cbor.SortNone, Time: cbor.TimeRFC3339Nano}.EncMode()
	if err != nil {
		panic(fmt.Sprintf("cbor encoder options: %v", err))
	}
	digestEnc, err = cbor.EncOptions{Sort: cbor.SortCoreDeterministic, Time: cbor.TimeRFC3339Nano}.UserBufferEncMode()
	if err != nil {
		panic(fmt.Sprintf("cbor encoder options: %v", err))
	}
	recordDec, err = cbor.DecOptions{}.DecMode()
	if err != nil {
		panic(fmt.Sprintf("cbor decoder options: %v", err))
	}
}

// encodeDigested encodes v for hashing, not for storing: deterministic CBOR, map keys
// sorted, so that the bytes depend on the value alone.
func encodeDigested(v any) ([]byte, error) { return digestEnc.Marshal(v) }

// digestTo writes v's encodeDigested form to h, through a buffer kept for reuse: what is
// hashed is not stored, so it need not have memory of its own.
func digestTo(h io.Writer, v any) error {
	buf := digestBufs.Get().(*bytes.Buffer)
	defer digestBufs.Put(buf)
	buf.Reset()
	if err := digestEnc.MarshalToBuffer(v, buf); err != nil {
		return err
	}
	_, err := h.Write(buf.Bytes())
	return err
}

// digestBufs are buffers for what is encoded to be hashed or copied, never stored as
// it is.
var digestBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// versioned is a record that carries its version (its "v" field). A record's version
// changes when its meaning does in a way an older ospobot would misread; the schema
// version (schema.go) is for the layout of the store as a whole. A version of 0 is a
// record written before versions were set, read as version 1.
type versioned interface{ versionField() *int }

func (r *Request) versionField() *int          { return &r.V }
func (e *outboxEntry) versionField() *int      { return &e.V }
func (s *sentRecord) versionField() *int       { return &s.V }
func (r *AuditRecord) versionField() *int      { return &r.V }
func (q *questionRecord) versionField() *int   { return &q.V }
func (s *scanRecord) versionField() *int       { return &s.V }
func (d *Delegation) versionField() *int       { return &d.V }
func (p *prompt) versionField() *int           { return &p.V }
func (l *promptLink) versionField() *int       { return &l.V }
func (s *scheduleState) versionField() *int    { return &s.V }
func (m *moduleLicense) versionField() *int    { return &m.V }
func (f *healthFinding) versionField() *int    { return &f.V }
func (r *healthRepo) versionField() *int       { return &r.V }
func (r *healthScanRecord) versionField() *int { return &r.V }

// ErrNewerRecord is a record written by a newer ospobot, which this one refuses rather
// than misread (and then, for a request, write back without what it did not know).
var ErrNewerRecord = errors.New("written by a newer ospobot")

// checkVersion refuses a record of version v when this ospobot reads up to known.
func checkVersion(what string, v, known int) error {
	if v > known {
		return fmt.Errorf("%s is %w (record version %d; this one reads up to %d): run that version, or restore a backup made by this one",
			what, ErrNewerRecord, v, known)
	}
	return nil
}

// bucket is a bucket of records of type T, all in one encoding, written at one version.
type bucket[T any] struct {
	name    []byte
	enc     encoding
	version int    // written into every record put; a record of a higher one is refused
	what    string // names a record in errors ("request 42")
	// fill is how full bbolt fills a page of the bucket when it splits one (its
	// FillPercent), for a bucket whose keys only grow (sequence numbers, or requests by
	// ID); 0 leaves bbolt's default, half full, which suits keys inserted anywhere.
	fill float64
}

// How full the pages of a bucket whose keys only grow are filled.
const (
	// fillAppend: records that stay as written (or nearly) fill pages nearly full, which
	// halves the pages a commit writes for them.
	fillAppend = 0.95
	// fillGrowing: a request grows by half from its filing to its decision (the
	// decision, two timeline entries, the stage's state), so a page filled nearly full
	// when filed splits when its requests are decided, into a full page and one mostly
	// empty: every decision wrote two pages, and decided requests filled theirs to about
	// 70%. Filled to 65% when filed, a page of them still fits once decided, and is then
	// nearly 90% full. Only where records sit in pages changes: any version reads them.
	fillGrowing = 0.65
)

// label names the record at key k in errors: "request 42", or "schedule \"digest\"".
func (b bucket[T]) label(k []byte) string {
	if len(k) == 8 {
		return fmt.Sprintf("%s %d", b.what, binary.BigEndian.Uint64(k))
	}
	return fmt.Sprintf("%s %q", b.what, k)
}

// encode is what put stores for v: v at the bucket's version, encoded. It may run
// before the transaction, and putEncoded store the result inside it.
func (b bucket[T]) encode(v *T) ([]byte, error) {
	if r, ok := any(v).(versioned); ok {
		*r.versionField() = b.version
	}
	data, err := b.enc.marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", b.what, err)
	}
	return data, nil
}

// encodeAsIs encodes v with the version it carries: for a record whose version says how
// it was sealed (an audit record), which is encoded to be hashed, then stored as sealed
// (putEncoded). The slice has room for extra more bytes (the seal), so that completing
// it does not copy it.
func (b bucket[T]) encodeAsIs(v T, extra int) ([]byte, error) {
	if r, ok := any(v).(AuditRecord); ok && b.enc == encJSON {
		if data, ok := appendAuditJSON(make([]byte, 0, 320+extra), &r); ok {
			return data, nil
		}
	}
	if b.enc != encJSON {
		data, err := b.enc.marshal(v)
		return slices.Grow(data, extra), err
	}
	// json.Marshal's output, without its copy to a slice of exactly its size: an
	// Encoder writes the same bytes and a newline.
	buf := digestBufs.Get().(*bytes.Buffer)
	defer digestBufs.Put(buf)
	buf.Reset()
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		return nil, err
	}
	n := buf.Len() - 1
	return append(make([]byte, 0, n+extra), buf.Bytes()[:n]...), nil
}

// decode decodes data, the value at k, into v, and refuses a record of a newer version.
func (b bucket[T]) decode(k, data []byte, v *T) error {
	if err := b.enc.unmarshal(data, v); err != nil {
		return fmt.Errorf("decode %s: %w", b.label(k), err)
	}
	if r, ok := any(v).(versioned); ok && *r.versionField() > b.version {
		return checkVersion(b.label(k), *r.versionField(), b.version) // the label only when needed: decoding is on every decision's path
	}
	return nil
}

// put stores v at key, at the bucket's version.
func (b bucket[T]) put(tx *Tx, key []byte, v *T) error {
	data, err := b.encode(v)
	if err != nil {
		return err
	}
	return b.putEncoded(tx, key, data)
}

// putEncoded stores data, made by encode, at key.
func (b bucket[T]) putEncoded(tx *Tx, key, data []byte) error {
	return tx.put(b.name, key, data, b.fill)
}

// get reads the record at key; nil when there is none.
func (b bucket[T]) get(tx *Tx, key []byte) (*T, error) {
	var v T
	found, err := b.read(tx, key, &v)
	if err != nil || !found {
		return nil, err
	}
	return &v, nil
}

// read decodes the record at key into v in place, without copying the value out of the
// database first; found is false when there is none.
func (b bucket[T]) read(tx *Tx, key []byte, v *T) (found bool, err error) {
	data, err := tx.value(b.name, key)
	if err != nil || data == nil {
		return false, err
	}
	return true, b.decode(key, data, v)
}

// has tells whether there is a record at key, without decoding it.
func (b bucket[T]) has(tx *Tx, key []byte) (bool, error) {
	data, err := tx.value(b.name, key)
	return data != nil, err
}

func (b bucket[T]) delete(tx *Tx, key []byte) error { return tx.Delete(b.name, key) }

func (b bucket[T]) nextSequence(tx *Tx) (uint64, error) { return tx.NextSequence(b.name) }

func (b bucket[T]) count(tx *Tx) (int, error) { return tx.Count(b.name) }

// scan calls fn with each record whose key has prefix, in key order, each decoded into
// a value of its own, until fn returns an error (errStopScan ends quietly). k is only
// valid during the call.
func (b bucket[T]) scan(tx *Tx, prefix []byte, fn func(k []byte, v *T) error) error {
	return tx.Scan(b.name, prefix, func(k, data []byte) error {
		v := new(T)
		if err := b.decode(k, data, v); err != nil {
			return err
		}
		return fn(k, v)
	})
}

// scanChecked is scan for a reader that words its own refusal of a record that does
// not decode (audit verification): fn gets each record, or (v nil) why it could not be
// read.
func (b bucket[T]) scanChecked(tx *Tx, prefix []byte, fn func(k []byte, v *T, bad error) error) error {
	return tx.Scan(b.name, prefix, func(k, data []byte) error {
		v := new(T)
		if err := b.decode(k, data, v); err != nil {
			return fn(k, nil, err)
		}
		return fn(k, v, nil)
	})
}

// scanFrom is scan of the records from key start on, to the end.
func (b bucket[T]) scanFrom(tx *Tx, start []byte, fn func(k []byte, v *T) error) error {
	return tx.scanFrom(b.name, start, func(k, data []byte) error {
		v := new(T)
		if err := b.decode(k, data, v); err != nil {
			return err
		}
		return fn(k, v)
	})
}

// last calls fn with the bucket's last n records, last first.
func (b bucket[T]) last(tx *Tx, n int, fn func(k []byte, v *T) error) error {
	return tx.Last(b.name, n, func(k, data []byte) error {
		v := new(T)
		if err := b.decode(k, data, v); err != nil {
			return err
		}
		return fn(k, v)
	})
}

// keySet is a bucket whose keys are what it holds: an index (values empty), or the
// dedup keys (values their first-seen time, seenAt).
type keySet struct{ name []byte }

func (s keySet) add(tx *Tx, key []byte) error { return tx.Put(s.name, key, nil) }

func (s keySet) delete(tx *Tx, key []byte) error { return tx.Delete(s.name, key) }

func (s keySet) has(tx *Tx, key []byte) (bool, error) {
	v, err := tx.value(s.name, key)
	return v != nil, err
}

func (s keySet) count(tx *Tx) (int, error) { return tx.Count(s.name) }

// scan calls fn with each key with prefix, in order; k is only valid during the call.
func (s keySet) scan(tx *Tx, prefix []byte, fn func(k []byte) error) error {
	return tx.Scan(s.name, prefix, func(k, _ []byte) error { return fn(k) })
}

// seenAt is a dedup key's value: when the event was first seen, in Unix nanoseconds
// (uint64 BE).
type seenAt time.Time

func (t seenAt) MarshalBinary() ([]byte, error) {
	return binary.BigEndian.AppendUint64(nil, uint64(time.Time(t).UnixNano())), nil
}

func (t *seenAt) UnmarshalBinary(b []byte) error {
	if len(b) != 8 {
		return fmt.Errorf("first-seen time is %d bytes, want 8", len(b))
	}
	*t = seenAt(time.Unix(0, int64(binary.BigEndian.Uint64(b))))
	return nil
}

// markSeen records key as first seen at t.
func (s keySet) markSeen(tx *Tx, key []byte, t time.Time) error {
	data, _ := seenAt(t).MarshalBinary() // not through an interface: every call does this
	return tx.Put(s.name, key, data)
}

// scanSeen calls fn with every dedup key and when it was first seen. A value that is
// not a time is passed over (kept), as a key that can never be forgotten is harmless.
func (s keySet) scanSeen(tx *Tx, fn func(k []byte, t time.Time) error) error {
	return tx.Scan(s.name, nil, func(k, v []byte) error {
		var t seenAt
		if t.UnmarshalBinary(v) != nil {
			return nil
		}
		return fn(k, time.Time(t))
	})
}

// metaEntry is one key of the meta bucket, with its value's encoding.
type metaEntry[T any] struct {
	key []byte
	enc encoding
}

// get reads the entry; nil when it is not set.
func (m metaEntry[T]) get(tx *Tx) (*T, error) {
	data, err := tx.value(bucketMeta, m.key)
	if err != nil || data == nil {
		return nil, err
	}
	var v T
	if err := m.enc.unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("decode %s: %w", m.key, err)
	}
	return &v, nil
}

func (m metaEntry[T]) put(tx *Tx, v *T) error {
	data, err := m.enc.marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", m.key, err)
	}
	return tx.Put(bucketMeta, m.key, data)
}

// appendAuditJSON appends r as json.Marshal encodes it, byte for byte (FuzzAuditJSON
// holds the two together), without reflection: every decision seals audit records
// under the store's writer lock, and their hashes cover exactly these bytes. ok is
// false for a time json.Marshal writes otherwise or refuses (not UTC, or a year
// outside 0-9999), left to json.Marshal.
func appendAuditJSON(b []byte, r *AuditRecord) (_ []byte, ok bool) {
	if _, off := r.Time.Zone(); off != 0 || r.Time.Year() < 0 || r.Time.Year() > 9999 {
		return b, false
	}
	b = append(b, `{"seq":`...)
	b = strconv.AppendUint(b, r.Seq, 10)
	if r.V != 0 {
		b = append(b, `,"v":`...)
		b = strconv.AppendInt(b, int64(r.V), 10)
	}
	b = append(b, `,"time":"`...)
	b = r.Time.AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","actor":`...)
	b = appendJSONString(b, r.Actor)
	for _, f := range [...]struct{ name, v string }{{`,"on_behalf":`, r.OnBehalf}, {`,"platform":`, r.Platform}, {`,"event":`, r.Event}} {
		if f.v != "" {
			b = appendJSONString(append(b, f.name...), f.v)
		}
	}
	b = appendJSONString(append(b, `,"action":`...), r.Action)
	for _, f := range [...]struct{ name, v string }{{`,"request":`, r.Request}, {`,"detail":`, r.Detail}, {`,"state":`, r.State}} {
		if f.v != "" {
			b = appendJSONString(append(b, f.name...), f.v)
		}
	}
	b = appendJSONString(append(b, `,"prev":`...), r.Prev)
	b = appendJSONString(append(b, `,"hash":`...), r.Hash)
	return append(b, '}'), true
}

// appendJSONString appends s quoted as encoding/json quotes a string: HTML's <, > and &
// escaped, control characters as \n and the like or \u00XX, invalid UTF-8 as \ufffd,
// and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	return append(append(b, s[start:]...), '"')
}
