package workflows

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows/license"
)

// Scanner is the one way to scan something and resolve its Go modules, for the command
// line (license check, license notices) and the engine (an uploaded file) alike: the
// scan itself, the licence files of required modules found in the module cache, then
// those still missing looked up at the module proxy. One path keeps the two surfaces
// giving the same answer for the same input.
type Scanner struct {
	Limits   license.Limits
	ModCache string       // the go command's module cache, read and never run; "" for none
	Modules  ModuleSource // the Go module proxy; nil looks nothing up
	Log      *slog.Logger // nil for none

	// The engine's additions, set by Engine.scanner: earlier lookups kept in the
	// store, a word to the asker before a long lookup, and the engine's clock.
	known  func(ctx context.Context, keys []string) map[string]moduleLicense
	notice func(ctx context.Context, lookups int)
	now    func() time.Time
}

// ScanInput is what to scan: a Path on disk (a directory, scanned in place; a go.mod,
// with vendor/ beside it or the module cache; any other file as an upload would be),
// or an upload's Name and Data.
type ScanInput struct {
	Path string
	Name string
	Data []byte
}

// ModuleLookups is what the module proxy said in one scan, by path@version, for the
// engine to keep: module versions never change, so later scans ask nothing.
type ModuleLookups map[string]moduleLicense

// Scan scans in and fills in the licences of the Go modules it requires and no file of
// it held. A lookup that fails leaves its component without a licence and says why in
// its note. The error is the scan's only: the scan could not be made.
func (sc *Scanner) Scan(ctx context.Context, in ScanInput) (*license.Scan, ModuleLookups, error) {
	s, err := sc.scan(ctx, in)
	if err != nil {
		return nil, nil, err
	}
	return s, sc.resolve(ctx, s), nil
}

func (sc *Scanner) scan(ctx context.Context, in ScanInput) (*license.Scan, error) {
	name, data := in.Name, in.Data
	if in.Path != "" {
		fi, err := os.Stat(in.Path)
		if err != nil {
			return nil, errors.Unwrap(err)
		}
		switch {
		case fi.IsDir():
			return license.ScanDir(ctx, in.Path, sc.Limits, sc.ModCache)
		case filepath.Base(in.Path) == "go.mod":
			return license.ScanGoMod(in.Path, sc.Limits, sc.ModCache)
		}
		if data, err = ReadLocalFile(ctx, in.Path, sc.Limits.MaxTotalBytes); err != nil {
			return nil, err
		}
		name = in.Path
	}
	s, err := license.ScanBytes(ctx, name, data, sc.Limits)
	if err == nil {
		license.ReadModuleCache(s, sc.ModCache, sc.Limits) // a Go program's modules, an SBOM's
	}
	return s, err
}

// resolve looks up at the proxy the modules of s that still have no licence and that
// no earlier lookup answered, and returns what the proxy said.
func (sc *Scanner) resolve(ctx context.Context, s *license.Scan) ModuleLookups {
	if sc.Modules == nil || s == nil {
		return nil
	}
	want := unresolvedModules(s)
	if len(want) == 0 {
		return nil
	}
	known := map[string]moduleLicense{}
	if sc.known != nil {
		known = sc.known(ctx, want)
	}
	if n := min(len(want)-len(known), maxModuleLookups); n >= moduleNoticeAt && sc.notice != nil {
		sc.notice(ctx, n)
	}
	now, log := time.Now, sc.Log
	if sc.now != nil {
		now = sc.now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return resolveModules(ctx, sc.Modules, s, known, now(), log)
}

// ReadLocalFile reads a file named on the command line, within limit bytes.
func ReadLocalFile(ctx context.Context, path string, limit int64) ([]byte, error) {
	f, err := bot.LocalFile(path)
	if err != nil {
		return nil, err
	}
	data, err := bot.ReadFile(ctx, f, limit)
	if errors.Is(err, bot.ErrTooLarge) {
		return nil, fmt.Errorf("larger than the limit of %s (limits.max_input)", bot.FormatBytes(limit))
	}
	return data, err
}
