package workflows

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strconv"
	"time"

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
	// enqueued is told, once a transaction has committed, of the outbox entries it
	// added (the dispatcher, which then need not read back what was just written).
	// Set before the store takes writes.
	enqueued func([]queuedEntry)
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
	return s.db.Update(func(btx *bolt.Tx) error { return s.runTx(btx, fn) })
}

// runTx runs fn in the write transaction btx, then writes the audit record fn left
// unsealed (appendAudit) and the chain's new head; once btx has committed, it tells
// enqueued of the outbox entries fn added.
func (s *Store) runTx(btx *bolt.Tx, fn func(tx *Tx) error) error {
	tx := &Tx{tx: btx, key: s.key}
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.finishAudit(); err != nil {
		return err
	}
	if tell, list := s.enqueued, tx.enqueued; tell != nil && len(list) > 0 {
		btx.OnCommit(func() { tell(list) }) // run once bbolt has let go of its writer lock
	}
	return nil
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
