package workflows

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Errors callers branch on when opening a store.
var (
	ErrLocked      = errors.New("database is in use by another process")
	ErrNotDatabase = errors.New("not an ospobot database, or damaged")
	ErrDamaged     = fmt.Errorf("%w: the file is damaged", ErrNotDatabase)
	ErrNewerSchema = errors.New("database was written by a newer ospobot")
)

// StoreOptions tune Open.
type StoreOptions struct {
	LockTimeout time.Duration // how long to wait for another process to let go; default 3s
	ReadOnly    bool          // open for reading only (audit, export): never migrates
	// AuditKey seals the audit chain (LoadAuditKey). Without one, a fixed key that is no
	// secret is used: for tests only.
	AuditKey []byte
	// Testing marks a database as made for testing when this open creates it (in its
	// terminal, anyone may play users of every platform); an existing database without
	// the mark is refused, since the mark is only ever set at creation.
	Testing bool
}

// Store is the bbolt file. Its methods open transactions; everything inside them sees Tx.
type Store struct {
	db   *bolt.DB
	path string
	key  []byte // the audit key
}

// OpenStore opens or creates the database at path, refusing, without changing it, a file
// that is locked, damaged, not ours or of a newer schema; then brings an older schema up
// to date.
func OpenStore(path string, opts StoreOptions) (_ *Store, err error) {
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = 3 * time.Second
	}
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, fmt.Errorf("open database %s: not a regular file", path)
		}
		if fi.Size() > 0 && fi.Size() < 4096 {
			return nil, fmt.Errorf("open database %s: %w (file too short)", path, ErrNotDatabase)
		}
		if fi.Size() > 0 {
			if err := checkFile(path, fi.Size()); err != nil {
				return nil, fmt.Errorf("open database %s: %w", path, err)
			}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	} else if opts.ReadOnly {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	// bbolt panics on some kinds of damage it does not check for at open, and a page it
	// maps beyond the end of the file faults: both become errors here.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("open database %s: %w (%v); %s", path, ErrDamaged, r, restoreHint)
		}
	}()
	bo := &bolt.Options{Timeout: opts.LockTimeout, ReadOnly: opts.ReadOnly}
	if !opts.ReadOnly {
		// A writer that needs a larger mapping waits until every read transaction ends, so
		// a long reader (a backup being copied) would hold up writes. Mapped this large
		// up front (address space, not memory), the file rarely outgrows it.
		bo.InitialMmapSize = initialMmap
	}
	db, err := bolt.Open(path, 0o600, bo)
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, fmt.Errorf("open database %s: %w (gave up after %s; is another ospobot running? use --db for another file)", path, ErrLocked, opts.LockTimeout)
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrVersionMismatch), errors.Is(err, bolterrors.ErrChecksum):
		return nil, fmt.Errorf("open database %s: %w: %v", path, ErrNotDatabase, err)
	case err != nil:
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	// bbolt grows the file 16 MiB at a time, which made a new database look large in
	// `ls` (a sparse file); a mebibyte at a time costs one more fsync per MiB written.
	db.AllocSize = growBy
	s := &Store{db: db, path: path, key: opts.AuditKey}
	if len(s.key) == 0 {
		s.key = testAuditKey
	}
	if err := s.checkPages(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	if err := s.prepare(opts.ReadOnly, opts.Testing); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// prepare checks the schema in a read transaction first, so that a file we refuse is
// never written, then migrates.
func (s *Store) prepare(readOnly, testing bool) error {
	var version int
	var ours bool
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		version, ours, err = readSchema(tx)
		return err
	})
	switch {
	case err != nil:
		return fmt.Errorf("open database %s: %w: %v", s.path, ErrNotDatabase, err)
	case !ours:
		return fmt.Errorf("open database %s: %w (it holds data of another program)", s.path, ErrNotDatabase)
	case version > SchemaVersion:
		return fmt.Errorf("open database %s: %w (schema %d; this build knows up to %d): upgrade ospobot", s.path, ErrNewerSchema, version, SchemaVersion)
	case testing && version > 0 && !s.Testing():
		return fmt.Errorf("open database %s: it was not created for testing, and cannot be made so now; use --db with a new file", s.path)
	case version == SchemaVersion:
		if err := s.checkKey(readOnly); err != nil || readOnly {
			return err
		}
		return s.checkChain()
	case readOnly:
		return fmt.Errorf("open database %s: schema %d needs migrating to %d; open it once read-write", s.path, version, SchemaVersion)
	}
	if version >= 8 { // the audit head is binary from 8 on; older chains are checked once migrated
		if err := s.checkChain(); err != nil { // before the migration writes
			return err
		}
	}
	if err := s.db.Update(func(tx *bolt.Tx) error {
		if err := migrate(tx, version, s.key); err != nil {
			return err
		}
		if testing && version == 0 {
			return tx.Bucket(bucketMeta).Put(keyTesting, []byte("created for testing"))
		}
		return nil
	}); err != nil {
		return fmt.Errorf("open database %s: %w", s.path, err)
	}
	return nil
}

// checkChain refuses to write to a database whose audit chain does not hold: a record
// or request changed outside ospobot, or damage. Records appended to it would hide
// where the history was broken. (Read-only commands open it: verify names the record,
// export shows them.)
func (s *Store) checkChain() error {
	if _, err := s.VerifyAudit(); err != nil {
		return fmt.Errorf("open database %s: %w; it was left as it is: run `ospobot audit verify`, keep the file for investigation, and restore from a backup (docs/audit.md)", s.path, err)
	}
	return nil
}

// checkKey refuses to write with a key other than the one the chain is sealed with:
// records sealed with another key would break the chain for good. Reading (export,
// verify) goes on, and verify names the mismatch.
func (s *Store) checkKey(readOnly bool) error {
	if readOnly {
		return nil
	}
	return s.View(func(tx *Tx) error {
		kf, err := readKeyedFrom(tx)
		if err != nil {
			return fmt.Errorf("open database %s: %w: %v", s.path, ErrNotDatabase, err)
		}
		if kf != nil && kf.KeyID != AuditKeyID(s.key) {
			return fmt.Errorf("open database %s: %w: its audit chain is sealed with the key %s, not with the key given (%s); put back the key file this database was written with, or set %s",
				s.path, ErrAuditKey, kf.KeyID, AuditKeyID(s.key), AuditKeyEnv)
		}
		return nil
	})
}

// Testing tells whether the database was created for testing (StoreOptions.Testing).
func (s *Store) Testing() bool {
	var marked bool
	s.db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bucketMeta); m != nil {
			marked = m.Get(keyTesting) != nil
		}
		return nil
	})
	return marked
}

// AuditKey is the key the store seals the audit chain with, for checking a copy.
func (s *Store) AuditKey() []byte { return s.key }

// restoreHint is what to do about a damaged file.
const restoreHint = "it was left as it is; stop ospobot, keep the file for investigation, and restore from a backup (docs/audit.md, \"Restore from a backup\")"

// bbolt's file layout, as far as the checks before opening need it: two meta pages at
// the start (the newer valid one is current), each holding the page size, the root
// bucket's page, the freelist's page and the high-water mark (the number of pages in
// use), sealed with an FNV-64a checksum; every page starts with its ID and its kind.
const (
	boltMagic        = 0xED0CDAED
	boltVersion      = 2
	pageHeaderSize   = 16
	metaChecksumAt   = 56 // bytes of meta covered by its checksum
	pageBranch       = 0x01
	pageLeaf         = 0x02
	pageFreelist     = 0x10
	noFreelistPageID = ^uint64(0) // the freelist is not stored (NoFreelistSync)
)

type boltMeta struct {
	pageSize                uint32
	root, freelist, hwm, tx uint64
}

func readMeta(page []byte) (boltMeta, error) {
	if len(page) < pageHeaderSize+metaChecksumAt+8 {
		return boltMeta{}, errors.New("meta page cut short")
	}
	m := page[pageHeaderSize:]
	le := binary.LittleEndian
	if le.Uint32(m[0:]) != boltMagic || le.Uint32(m[4:]) != boltVersion {
		return boltMeta{}, errors.New("no bbolt meta page")
	}
	h := fnv.New64a()
	h.Write(m[:metaChecksumAt])
	if h.Sum64() != le.Uint64(m[metaChecksumAt:]) {
		return boltMeta{}, errors.New("meta page checksum does not match")
	}
	return boltMeta{pageSize: le.Uint32(m[8:]), root: le.Uint64(m[16:]), freelist: le.Uint64(m[32:]), hwm: le.Uint64(m[40:]), tx: le.Uint64(m[48:])}, nil
}

// checkFile reads the meta pages and the pages they point to before bbolt maps the
// file, and refuses a file that is cut short (a copy that stopped part way, a full
// disk) or whose root or freelist page is not what the meta page says: bbolt would
// fault or panic on such a file, or, opened for writing, build on the damage.
func checkFile(path string, size int64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, 4096)
	if _, err := io.ReadFull(f, head); err != nil {
		return fmt.Errorf("%w (%v)", ErrNotDatabase, err)
	}
	m0, err0 := readMeta(head)
	if err0 != nil {
		return nil // not a bbolt file at all, or its first meta page is torn: bbolt's own checks answer
	}
	ps := int64(m0.pageSize)
	if ps < 1024 || ps > 1<<16 || ps&(ps-1) != 0 {
		return fmt.Errorf("%w: page size %d; %s", ErrDamaged, ps, restoreHint)
	}
	page := func(id uint64) ([]byte, error) {
		b := make([]byte, ps)
		_, err := f.ReadAt(b, int64(id)*ps)
		return b, err
	}
	m := m0
	if p1, err := page(1); err == nil {
		if m1, err := readMeta(p1); err == nil && m1.tx > m0.tx {
			m = m1 // bbolt takes the newer valid meta page, as after a crash mid-commit
		}
	}
	if used := int64(m.hwm) * ps; m.hwm < 4 || used > size {
		return fmt.Errorf("%w: it is cut short (%s long, but its pages reach %s); %s", ErrDamaged, bot.FormatBytes(size), bot.FormatBytes(used), restoreHint)
	}
	for _, c := range []struct {
		what  string
		id    uint64
		kinds uint16
	}{{"root", m.root, pageBranch | pageLeaf}, {"freelist", m.freelist, pageFreelist}} {
		if c.what == "freelist" && c.id == noFreelistPageID {
			continue
		}
		if c.id < 2 || c.id >= m.hwm {
			return fmt.Errorf("%w: its %s page %d lies outside the file's %d pages; %s", ErrDamaged, c.what, c.id, m.hwm, restoreHint)
		}
		p, err := page(c.id)
		if err != nil {
			return fmt.Errorf("%w: its %s page %d cannot be read (%v); %s", ErrDamaged, c.what, c.id, err, restoreHint)
		}
		le := binary.LittleEndian
		if le.Uint64(p[0:]) != c.id || le.Uint16(p[8:])&c.kinds == 0 {
			return fmt.Errorf("%w: its %s page %d is not a %s page (page-level corruption); %s", ErrDamaged, c.what, c.id, c.what, restoreHint)
		}
	}
	return nil
}

// fullCheckUpTo is the largest file whose every page is checked at open (bbolt's
// consistency check reads them all: a few milliseconds per MiB); a larger one gets the
// meta, root and freelist checks only, and `ospobot backup` checks it whole.
const fullCheckUpTo = 64 << 20

// checkPages runs bbolt's consistency check (every page reachable once, the freelist
// agreeing with them) on a file small enough, before anything is written.
func (s *Store) checkPages() (err error) {
	var used int64
	s.db.View(func(tx *bolt.Tx) error { used = tx.Size(); return nil })
	if used > fullCheckUpTo {
		return nil
	}
	if err := s.Check(); err != nil {
		return fmt.Errorf("%w: %v; %s", ErrDamaged, firstLine(err.Error()), restoreHint)
	}
	return nil
}

func firstLine(s string) string {
	first, rest, ok := strings.Cut(s, "\n")
	if ok && rest != "" {
		return first + " (and more)"
	}
	return first
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close releases the file and its lock.
func (s *Store) Close() error { return s.db.Close() }

// growBy is how much the file grows when it needs room.
const growBy = 1 << 20

// initialMmap is the database's first mapping: 256 MiB, years of an OSPO's requests.
const initialMmap = 256 << 20

// Update runs fn in a read-write transaction, committed when fn returns nil.
func (s *Store) Update(fn func(tx *Tx) error) error {
	return s.db.Update(func(btx *bolt.Tx) error { return runTx(btx, s.key, fn) })
}

// runTx runs fn in the write transaction btx, then writes the audit record fn left
// unsealed (appendAudit).
func runTx(btx *bolt.Tx, key []byte, fn func(tx *Tx) error) error {
	tx := &Tx{tx: btx, key: key}
	if err := fn(tx); err != nil {
		return err
	}
	return tx.flushAudit()
}

// View runs fn in a read-only transaction.
func (s *Store) View(fn func(tx *Tx) error) error {
	return s.db.View(func(btx *bolt.Tx) error { return fn(&Tx{tx: btx, key: s.key}) })
}

// Backup writes a consistent copy of the whole database to w from one read transaction,
// so writers carry on meanwhile; it returns the bytes written. The copy is a database
// file like the original, openable as it is.
func (s *Store) Backup(w io.Writer) (int64, error) {
	var n int64
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("back up %s: %w", s.path, err)
	}
	return n, nil
}

// Summary is what a database holds, in a few numbers, for reports such as a backup's.
type Summary struct {
	Schema, Requests, Audit, Outbox int
}

// Summary counts the requests, audit records and outbox entries.
func (s *Store) Summary() (Summary, error) {
	var sum Summary
	err := s.View(func(tx *Tx) error {
		v, err := tx.Get(bucketMeta, keySchema)
		if err != nil {
			return err
		}
		sum.Schema, _ = strconv.Atoi(string(v))
		for _, c := range []struct {
			n      *int
			bucket []byte
		}{{&sum.Requests, bucketRequests}, {&sum.Audit, bucketAudit}, {&sum.Outbox, bucketOutbox}} {
			if *c.n, err = tx.Count(c.bucket); err != nil {
				return err
			}
		}
		return nil
	})
	return sum, err
}

// Check verifies the file's page structure (bbolt's consistency check). A page so
// damaged that bbolt panics or faults on it is an error too.
func (s *Store) Check() (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("a damaged page: %v", r)
		}
	}()
	return s.db.View(func(tx *bolt.Tx) error {
		var errs []error
		for err := range tx.Check() {
			errs = append(errs, err)
		}
		return errors.Join(errs...)
	})
}

// Tx is the engine's view of a transaction: get, put, delete, scan a prefix, next
// sequence. Values returned are copies and stay valid after the transaction.
type Tx struct {
	tx      *bolt.Tx
	changed []RequestID  // requests whose state or stage changed (home.go)
	key     []byte       // the audit key
	tail    *AuditRecord // the last audit record this transaction appended, while it is the last
	// tailPending: tail is not sealed and written yet (flushAudit); head: the chain's
	// head once this transaction wrote it, so that the next record need not read it.
	tailPending bool
	head        *auditHead
	keyed       hash.Hash // HMAC-SHA256 under key, made once: its key schedule costs as much as a short message
}

// mac returns the transaction's keyed MAC, reset.
func (t *Tx) mac() hash.Hash {
	if t.keyed == nil {
		t.keyed = hmac.New(sha256.New, t.key)
	}
	t.keyed.Reset()
	return t.keyed
}

// flushFor writes the pending audit record before the audit bucket is read.
func (t *Tx) flushFor(bucket []byte) error {
	if t.tailPending && bytes.Equal(bucket, bucketAudit) {
		return t.flushAudit()
	}
	return nil
}

func (t *Tx) bucket(name []byte) (*bolt.Bucket, error) {
	b := t.tx.Bucket(name)
	if b == nil {
		return nil, fmt.Errorf("bucket %s missing", name)
	}
	return b, nil
}

// Get returns a copy of the value at key, or nil.
func (t *Tx) Get(bucket, key []byte) ([]byte, error) {
	v, err := t.value(bucket, key)
	if v == nil {
		return nil, err
	}
	return bytes.Clone(v), nil
}

// value returns the value at key as bbolt holds it, valid only during the transaction
// (the bucket descriptors decode it in place), or nil.
func (t *Tx) value(bucket, key []byte) ([]byte, error) {
	if err := t.flushFor(bucket); err != nil {
		return nil, err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return nil, err
	}
	return b.Get(key), nil
}

// Put stores value at key.
func (t *Tx) Put(bucket, key, value []byte) error { return t.put(bucket, key, value, false) }

// put stores value at key; appendMostly fills the bucket's pages nearly full, for a
// bucket whose keys only grow.
func (t *Tx) put(bucket, key, value []byte, appendMostly bool) error {
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	if appendMostly {
		b.FillPercent = 0.95
	}
	if err := b.Put(key, value); err != nil {
		return fmt.Errorf("put %s/%x: %w", bucket, key, err)
	}
	return nil
}

// Delete removes key.
func (t *Tx) Delete(bucket, key []byte) error {
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	if err := b.Delete(key); err != nil {
		return fmt.Errorf("delete %s/%x: %w", bucket, key, err)
	}
	return nil
}

// errStopScan ends a Scan early without error.
var errStopScan = errors.New("stop scan")

// Scan calls fn for each key with prefix, in key order, until fn returns an error
// (errStopScan ends quietly). k and v are only valid during the call.
func (t *Tx) Scan(bucket, prefix []byte, fn func(k, v []byte) error) error {
	if err := t.flushFor(bucket); err != nil {
		return err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if err := fn(k, v); err != nil {
			if errors.Is(err, errStopScan) {
				return nil
			}
			return err
		}
	}
	return nil
}

// scanFrom is Scan of the keys from start on, to the end of the bucket.
func (t *Tx) scanFrom(bucket, start []byte, fn func(k, v []byte) error) error {
	if err := t.flushFor(bucket); err != nil {
		return err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	c := b.Cursor()
	for k, v := c.Seek(start); k != nil; k, v = c.Next() {
		if err := fn(k, v); err != nil {
			if errors.Is(err, errStopScan) {
				return nil
			}
			return err
		}
	}
	return nil
}

// Count is the number of keys in the bucket, read from its pages without the values.
func (t *Tx) Count(bucket []byte) (int, error) {
	if err := t.flushFor(bucket); err != nil {
		return 0, err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return 0, err
	}
	return b.Stats().KeyN, nil
}

// Last calls fn with the bucket's last n entries, last first.
func (t *Tx) Last(bucket []byte, n int, fn func(k, v []byte) error) error {
	if err := t.flushFor(bucket); err != nil {
		return err
	}
	b, err := t.bucket(bucket)
	if err != nil {
		return err
	}
	c := b.Cursor()
	for k, v := c.Last(); k != nil && n > 0; k, v = c.Prev() {
		if err := fn(k, v); err != nil {
			return err
		}
		n--
	}
	return nil
}

// NextSequence returns the bucket's next sequence number, starting at 1.
func (t *Tx) NextSequence(bucket []byte) (uint64, error) {
	b, err := t.bucket(bucket)
	if err != nil {
		return 0, err
	}
	n, err := b.NextSequence()
	if err != nil {
		return 0, fmt.Errorf("next sequence of %s: %w", bucket, err)
	}
	return n, nil
}
