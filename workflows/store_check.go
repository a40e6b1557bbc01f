package workflows

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/ospobot/ospobot/bot"
	bolt "go.etcd.io/bbolt"
)

// A damaged database file is refused before anything is written to it: OpenStore checks
// the file's meta, root and freelist pages before bbolt maps it (checkFile), and every
// page of a file small enough after (checkPages); `ospobot backup` checks a copy whole
// (Check).

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
