package workflows

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// AuditRecord is one transition, as legal reads it. Records are append-only; each
// holds the hash of the one before, so that a changed or removed record breaks the
// chain from there on. The hash is an HMAC-SHA256 under a key kept outside the
// database (V 2), so that whoever can write the database file cannot rewrite a record
// and recompute the chain; records written before the chain was keyed (V 0) keep their
// plain SHA-256, and the first keyed record seals them by holding the last one's hash.
type AuditRecord struct {
	Seq      uint64    `json:"seq"`
	V        int       `json:"v,omitempty"` // auditKeyed, or 0 for a plain SHA-256 record of an older ospobot
	Time     time.Time `json:"time"`
	Actor    string    `json:"actor"`               // platform-qualified user, or "ospobot"
	OnBehalf string    `json:"on_behalf,omitempty"` // the approver a delegate acted for
	Platform string    `json:"platform,omitempty"`
	Event    string    `json:"event,omitempty"` // the platform event that caused it
	Action   string    `json:"action"`
	Request  string    `json:"request,omitempty"` // OSPO-42
	Detail   string    `json:"detail,omitempty"`
	// State is the keyed digest of the request's record as this change left it (see
	// requestDigest), so that a request rewritten in the database no longer matches the
	// chain.
	State string `json:"state,omitempty"`
	Prev  string `json:"prev"`
	Hash  string `json:"hash"`
}

// auditKeyed is the record version sealed with the audit key.
const auditKeyed = 2

// seal encodes the record with an empty hash, hashes that (keyed with key for a V 2
// record), and returns the stored form: the same bytes with the hash filled in (hash is
// the last field).
func (r AuditRecord) seal(key []byte) (data []byte, sum string) {
	return r.sealWith(func() hash.Hash { return hmac.New(sha256.New, key) })
}

// sealWith is seal with the keyed MAC from mac (a transaction reuses one).
func (r AuditRecord) sealWith(mac func() hash.Hash) (data []byte, sum string) {
	r.Hash = ""
	data, _ = auditRecords.encodeAsIs(r, sha256.Size*2) // JSON of strings, numbers and a time: cannot fail
	if r.V >= auditKeyed {
		m := mac()
		m.Write(data)
		var b [sha256.Size]byte
		sum = hex.EncodeToString(m.Sum(b[:0]))
	} else {
		h := sha256.Sum256(data)
		sum = hex.EncodeToString(h[:])
	}
	const empty = `"hash":""}`
	if !bytes.HasSuffix(data, []byte(empty)) {
		panic("AuditRecord: hash is not the last field")
	}
	return append(append(data[:len(data)-2], sum...), '"', '}'), sum
}

// auditHead is the sequence number and hash of the last record, kept in meta so that an
// append reads 72 bytes rather than the last record: the seq (uint64 BE), then the hash
// in hex.
type auditHead struct {
	Seq  uint64
	Hash string
}

func (h auditHead) MarshalBinary() ([]byte, error) { return append(seqKey(h.Seq), h.Hash...), nil }

func (h *auditHead) UnmarshalBinary(b []byte) error {
	if len(b) != 8+sha256.Size*2 {
		return fmt.Errorf("audit head is %d bytes, want %d", len(b), 8+sha256.Size*2)
	}
	*h = auditHead{Seq: seqOf(b[:8]), Hash: string(b[8:])}
	return nil
}

func readAuditHead(tx *Tx) (auditHead, error) {
	if err := tx.flushAudit(); err != nil {
		return auditHead{}, err
	}
	if tx.head != nil {
		return *tx.head, nil
	}
	head, err := auditHeadEntry.get(tx)
	if err != nil || head == nil {
		return auditHead{}, err
	}
	return *head, nil
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

// appendAudit appends r to the chain in tx. The record is sealed and written only when
// the next one is appended, the chain is read, or the transaction ends (flushAudit):
// until then it is the transaction's tail, so that putRequest can add the request's new
// state to it, and a decision seals one record once rather than twice.
func appendAudit(tx *Tx, r AuditRecord) error {
	head, err := readAuditHead(tx) // seals the tail before, if any
	if err != nil {
		return err
	}
	seq, err := auditRecords.nextSequence(tx)
	if err != nil {
		return err
	}
	r.Seq, r.Prev, r.V = seq, head.Hash, auditRecords.version
	tx.tail, tx.tailPending = &r, true
	return nil
}

// flushAudit seals and writes the transaction's tail record if it is not written yet,
// and remembers the chain's new head. The head is stored once, when the transaction
// ends or meta is read (writeAuditHead), not after every record: only the last one
// counts, and a batch of calls appends hundreds.
func (tx *Tx) flushAudit() error {
	if !tx.tailPending {
		return nil
	}
	tx.tailPending = false
	r := *tx.tail
	data, hash := r.sealWith(tx.mac)
	if err := auditRecords.putEncoded(tx, seqKey(r.Seq), data); err != nil {
		return err
	}
	tx.head, tx.headPending = &auditHead{Seq: r.Seq, Hash: hash}, true
	return nil
}

// writeAuditHead stores the chain's head the transaction moved, if it is not stored yet.
func (tx *Tx) writeAuditHead() error {
	if !tx.headPending {
		return nil
	}
	tx.headPending = false
	return auditHeadEntry.put(tx, tx.head)
}

// finishAudit writes what the transaction left of the chain: its tail record and head.
func (tx *Tx) finishAudit() error {
	if err := tx.flushAudit(); err != nil {
		return err
	}
	return tx.writeAuditHead()
}

// recordState puts the digest of r's record on the audit chain: on the transaction's
// last record when that one is about r (the change that record describes), else on a
// record of its own. Every change of what requestDigest covers is on the chain.
func recordState(tx *Tx, r *Request, digest string) error {
	if t := tx.tail; t != nil {
		if id, ok := labelID(t.Request); ok && id == r.ID {
			// Sealed when written; if the chain was read since, written again then.
			t.State, tx.tailPending = digest, true
			return nil
		}
	}
	return appendAudit(tx, AuditRecord{Time: r.Updated.UTC(), Actor: "ospobot", Action: "state recorded",
		Request: "#" + strconv.FormatUint(uint64(r.ID), 10), State: digest})
}

// labelID reads the number of a request label in an audit record: "OSPO-42" or "#42".
func labelID(label string) (RequestID, bool) {
	i := strings.LastIndexAny(label, "-#")
	if i < 0 {
		return 0, false
	}
	n, err := strconv.ParseUint(label[i+1:], 10, 64)
	return RequestID(n), err == nil && n > 0
}

// requestDigest is the keyed digest of what a request's record says to people and to
// the engine: who asked for what, its state, its stages' decisions and its timeline.
// Delivery bookkeeping (message references, reminders sent, snoozes) is left out: it
// changes without a decision and decides nothing.
func requestDigest(key []byte, r *Request) string {
	return requestDigestWith(hmac.New(sha256.New, key), r)
}

// requestDigestWith is requestDigest with m, a keyed MAC just made or reset.
func requestDigestWith(m hash.Hash, r *Request) string {
	type stage struct {
		Name, Group, Mode, State string
		Decisions                []Decision
		Escalated                bool
		Decided                  time.Time
	}
	type entry struct {
		Time                time.Time
		Actor, Action, Note string
	}
	c := struct {
		ID                                 RequestID
		Kind, Requester, Name              string
		Fields                             map[string]string
		State, Rule, PreApproved, FollowUp string
		Current                            int
		Stages                             []stage
		Timeline                           []entry
		Decided                            time.Time
	}{ID: r.ID, Kind: r.Kind, Requester: string(r.Requester), Name: r.Name, Fields: r.Fields, State: string(r.State), Rule: r.Rule,
		PreApproved: r.PreApproved, FollowUp: r.FollowUp, Current: r.Current, Decided: r.Decided.UTC()}
	// One allocation for every stage's decisions and one for the timeline, not one each.
	n := 0
	for _, s := range r.Stages {
		n += len(s.Decisions)
	}
	ds := make([]Decision, 0, n)
	if len(r.Stages) > 0 { // none stays nil, which encodes otherwise than empty
		c.Stages = make([]stage, 0, len(r.Stages))
	}
	for _, s := range r.Stages {
		from := len(ds)
		for _, d := range s.Decisions {
			d.Time = d.Time.UTC()
			ds = append(ds, d)
		}
		var these []Decision
		if s.Decisions != nil { // nil stays nil, as a copy of it was
			these = ds[from:len(ds):len(ds)]
		}
		c.Stages = append(c.Stages, stage{s.Name, s.Group, string(s.Mode), string(s.State), these, s.Escalated, s.Decided.UTC()})
	}
	if len(r.Timeline) > 0 {
		c.Timeline = make([]entry, 0, len(r.Timeline))
	}
	for _, e := range r.Timeline {
		c.Timeline = append(c.Timeline, entry{e.Time.UTC(), string(e.Actor), e.Action, e.Note})
	}
	m.Write([]byte("ospobot request\x00"))
	if err := digestTo(m, c); err != nil { // deterministic CBOR: map keys sorted
		panic(fmt.Sprintf("requestDigest: %v", err)) // strings, numbers, times and maps: cannot fail
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(m.Sum(sum[:0]))
}

// ErrAuditBroken is returned by VerifyAudit when the chain does not hold.
var ErrAuditBroken = errors.New("audit chain broken")

// keyedFrom is the meta record that says from which record on the chain is keyed, and
// with which key (an ID derived from it), sealed with the key itself so that it can be
// neither removed nor moved by someone without the key.
type keyedFrom struct {
	From  uint64 `json:"from"`
	KeyID string `json:"key_id"`
	MAC   string `json:"mac"`
}

func newKeyedFrom(key []byte, from uint64) keyedFrom {
	k := keyedFrom{From: from, KeyID: AuditKeyID(key)}
	k.MAC = k.mac(key)
	return k
}

func (k keyedFrom) mac(key []byte) string {
	m := hmac.New(sha256.New, key)
	fmt.Fprintf(m, "ospobot audit keyed from %d with %s", k.From, k.KeyID)
	return hex.EncodeToString(m.Sum(nil))
}

func readKeyedFrom(tx *Tx) (*keyedFrom, error) { return auditKeyedEntry.get(tx) }

// AuditKeyID names a key without revealing it: the first 8 bytes of an HMAC under it,
// in hex. A database records the ID of the key its chain is sealed with.
func AuditKeyID(key []byte) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("ospobot audit key id"))
	return hex.EncodeToString(m.Sum(nil)[:8])
}

// VerifyAudit recomputes the chain with the store's key and returns how many records it
// checked, or an error naming the first record that does not fit. It also checks that
// every request's record is the one the chain last recorded for it. It never panics on
// a damaged file: a page bbolt cannot read is reported as an error.
func (s *Store) VerifyAudit() (n int, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: the file is damaged where the chain is kept (%v); restore from a backup", ErrAuditBroken, r)
		}
	}()
	err = s.View(func(tx *Tx) error {
		kf, err := readKeyedFrom(tx)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrAuditBroken, err)
		}
		legacy := false // a chain of an ospobot before schema 10, not keyed yet
		if kf == nil {
			if v, _, _ := readSchema(tx.tx); v >= 10 || tx.tx.Bucket(bucketAudit) == nil {
				if v >= 10 {
					return fmt.Errorf("%w: the database does not say from which record its chain is keyed (the mark was removed)", ErrAuditBroken)
				}
				return nil // older than the audit chain
			}
			legacy = true
			kf = &keyedFrom{From: ^uint64(0), KeyID: AuditKeyID(tx.key)}
			kf.MAC = kf.mac(tx.key)
		}
		if kf.KeyID != AuditKeyID(tx.key) {
			return fmt.Errorf("%w: the chain is sealed with the key %s, not with the key given (%s); use the key file of this database", ErrAuditKey, kf.KeyID, AuditKeyID(tx.key))
		}
		if !hmac.Equal([]byte(kf.mac(tx.key)), []byte(kf.MAC)) {
			return fmt.Errorf("%w: the mark that says from which record the chain is keyed was changed", ErrAuditBroken)
		}
		type last struct {
			seq          uint64
			state, label string
		}
		states := map[RequestID]last{}
		prev := ""
		var want uint64 = 1
		err = auditRecords.scanChecked(tx, nil, func(k []byte, r *AuditRecord, bad error) error {
			if bad != nil {
				return fmt.Errorf("record %d: %w: not readable: %v", seqOf(k), ErrAuditBroken, bad)
			}
			switch {
			case seqOf(k) != want || r.Seq != want:
				return fmt.Errorf("record %d: %w: expected record %d (a record is missing)", seqOf(k), ErrAuditBroken, want)
			case r.Prev != prev:
				return fmt.Errorf("record %d: %w: it does not follow record %d", r.Seq, ErrAuditBroken, r.Seq-1)
			case r.Seq >= kf.From && r.V != auditKeyed:
				return fmt.Errorf("record %d: %w: it is not sealed with the audit key, though every record from %d on must be (it was rewritten)", r.Seq, ErrAuditBroken, kf.From)
			case r.Seq < kf.From && r.V != 0:
				return fmt.Errorf("record %d: %w: it claims a seal it cannot have (records before %d are plain SHA-256)", r.Seq, ErrAuditBroken, kf.From)
			}
			if _, h := r.seal(tx.key); !hmac.Equal([]byte(h), []byte(r.Hash)) {
				return fmt.Errorf("record %d: %w: its content was changed", r.Seq, ErrAuditBroken)
			}
			if r.State != "" {
				if id, ok := labelID(r.Request); ok {
					states[id] = last{r.Seq, r.State, r.Request}
				}
			}
			prev, want = r.Hash, want+1
			n++
			return nil
		})
		if err != nil {
			return err
		}
		head, err := readAuditHead(tx)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrAuditBroken, err)
		}
		if head.Hash != prev || head.Seq != uint64(n) {
			return fmt.Errorf("record %d: %w: the chain ends early (the last %d records are missing)", n+1, ErrAuditBroken, int(head.Seq)-n)
		}
		if legacy {
			return nil // requests are covered from schema 10 on
		}
		if n > 0 && kf.From > uint64(n) {
			return fmt.Errorf("record %d: %w: the keyed chain should start there, but the chain ends before it", kf.From, ErrAuditBroken)
		}
		return requests.scanChecked(tx, nil, func(k []byte, r *Request, bad error) error {
			id := RequestID(seqOf(k))
			if bad != nil {
				return fmt.Errorf("request %d: %w: not readable: %v", id, ErrAuditBroken, bad)
			}
			l, ok := states[id]
			switch {
			case !ok:
				return fmt.Errorf("request #%d: %w: no audit record covers it (it was added outside ospobot)", id, ErrAuditBroken)
			case !hmac.Equal([]byte(requestDigest(tx.key, r)), []byte(l.state)):
				return fmt.Errorf("request %s: %w: its record differs from what audit record %d sealed (it was changed outside ospobot)", l.label, ErrAuditBroken, l.seq)
			}
			return nil
		})
	})
	return n, err
}

// AuditHead is the last record of the chain: what the weekly summary posts and an
// export carries, so that a history rewritten later disagrees with what people saw.
type AuditHead struct {
	Seq   uint64 `json:"seq"`
	Hash  string `json:"hash"`
	KeyID string `json:"key_id"`
}

// String reads "record 42, a1b2c3d4e5f6a7b8… (key 0011…)".
func (h AuditHead) String() string {
	if h.Seq == 0 {
		return fmt.Sprintf("none yet (key %s)", h.KeyID)
	}
	return fmt.Sprintf("record %d, %s (key %s)", h.Seq, h.Hash, h.KeyID)
}

func (t *Tx) auditHead() (AuditHead, error) {
	h, err := readAuditHead(t)
	return AuditHead{Seq: h.Seq, Hash: h.Hash, KeyID: AuditKeyID(t.key)}, err
}

// AuditHead reads the head of the chain.
func (s *Store) AuditHead() (AuditHead, error) {
	var h AuditHead
	err := s.View(func(tx *Tx) error {
		var err error
		h, err = tx.auditHead()
		return err
	})
	return h, err
}

// ExportAudit writes the records from since on as CSV or JSON Lines, then the head of
// the whole chain (a last row whose action is "audit head"; in JSON Lines an object
// {"audit_head": …}), so that an export can be held against the head the weekly summary
// posted. Text fields are escaped for terminals (control characters, bidirectional
// overrides: see bot.Escape); in CSV a cell a spreadsheet would run as a formula is
// neutralised (bot.Neutralise). JSON Lines escapes losslessly, as JSON \u sequences.
func (s *Store) ExportAudit(w io.Writer, format string, since time.Time) (int, error) {
	n := 0
	var cw *csv.Writer
	switch format {
	case "csv":
		cw = csv.NewWriter(w)
		cw.Write([]string{"seq", "time", "actor", "on_behalf", "platform", "event", "action", "request", "detail", "state", "prev", "hash"})
	case "jsonl":
	default:
		return 0, fmt.Errorf("unknown format %q (csv or jsonl)", format)
	}
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	writeJSON := func(v any) error {
		line.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := w.Write(bot.EscapeJSON(line.Bytes()))
		return err
	}
	cell := func(s string) string { return bot.Neutralise(bot.Escape(s)) }
	err := s.View(func(tx *Tx) error {
		err := auditRecords.scan(tx, nil, func(_ []byte, r *AuditRecord) error {
			if r.Time.Before(since) {
				return nil
			}
			n++
			if cw != nil {
				return cw.Write([]string{strconv.FormatUint(r.Seq, 10), r.Time.Format(time.RFC3339), cell(r.Actor), cell(r.OnBehalf), cell(r.Platform),
					cell(r.Event), cell(r.Action), cell(r.Request), cell(r.Detail), r.State, r.Prev, r.Hash})
			}
			return writeJSON(r)
		})
		if err != nil {
			return err
		}
		head, err := tx.auditHead()
		if err != nil {
			return err
		}
		if cw != nil {
			return cw.Write([]string{strconv.FormatUint(head.Seq, 10), "", "", "", "", "", "audit head", "", "the last record of the whole chain; key " + head.KeyID, "", "", head.Hash})
		}
		return writeJSON(map[string]AuditHead{"audit_head": head})
	})
	if cw != nil {
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
	}
	return n, err
}

// ErrAuditKey is returned when the audit key is missing, malformed, or not the key the
// database's chain is sealed with.
var ErrAuditKey = errors.New("audit key")

// AuditKeyEnv is the environment variable that may hold the audit key (64 hex digits),
// for deployments that keep secrets out of files.
const AuditKeyEnv = "OSPOBOT_AUDIT_KEY"

// AuditKeyFile is where the audit key is kept: a file in dir, the state directory
// (by default the database's directory, so that a copy put beside the database, or in
// its place, is checked with the same key).
func AuditKeyFile(dir string) string { return filepath.Join(dir, "ospobot-audit.key") }

// LoadAuditKey returns the audit key: from the environment variable AuditKeyEnv when it
// is set, else from the file at path. With create, a missing file is made with a new
// random key, readable by its owner alone; created says so. A file others can read, or
// that does not hold 64 hex digits, is refused.
func LoadAuditKey(path string, create bool, getenv func(string) string) (key []byte, created bool, err error) {
	if v := strings.TrimSpace(getenv(AuditKeyEnv)); v != "" {
		key, err := parseAuditKey(v)
		if err != nil {
			return nil, false, fmt.Errorf("%s: %w", AuditKeyEnv, err)
		}
		return key, false, nil
	}
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		fi, err := os.Stat(path)
		if err != nil {
			return nil, false, err
		}
		if fi.Mode().Perm()&0o077 != 0 {
			return nil, false, fmt.Errorf("%w file %s: readable by others (mode %04o); run chmod 600 %s", ErrAuditKey, path, fi.Mode().Perm(), path)
		}
		key, err := parseAuditKey(string(data))
		if err != nil {
			return nil, false, fmt.Errorf("%w file %s: %v", ErrAuditKey, path, err)
		}
		return key, false, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, false, fmt.Errorf("read %w file: %v", ErrAuditKey, err)
	case !create:
		return nil, false, fmt.Errorf("%w: no key file %s and no %s: the keyed audit chain cannot be checked without the key the bot writes with", ErrAuditKey, path, AuditKeyEnv)
	}
	key = make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, false, fmt.Errorf("make %w: %v", ErrAuditKey, err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return LoadAuditKey(path, false, getenv) // another ospobot made it just now
	}
	if err != nil {
		return nil, false, fmt.Errorf("make %w file: %v", ErrAuditKey, err)
	}
	_, err = f.WriteString(hex.EncodeToString(key) + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return nil, false, fmt.Errorf("write %w file %s: %v", ErrAuditKey, path, err)
	}
	return key, true, nil
}

func parseAuditKey(s string) ([]byte, error) {
	key, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(key) < 32 {
		return nil, errors.New("want 64 hex digits (32 random bytes)")
	}
	return key, nil
}

// testAuditKey seals the chain of a store opened without a key: tests, and nothing else
// (every command of ospobot passes the key from the state directory or environment).
var testAuditKey = []byte("ospobot test key: not secret; every command passes a real one")
