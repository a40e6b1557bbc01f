package workflows

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows/license"
)

// ModuleSource reads the licence files at the root of a Go module version (a module
// proxy). An empty map means the module has none.
type ModuleSource interface {
	LicenseFiles(ctx context.Context, path, version string) (map[string][]byte, error)
}

// moduleLicense is what the licence files of a module version said. Module versions
// never change, so it is kept and later scans ask the proxy nothing.
type moduleLicense struct {
	V       int      `json:"v"`
	License string   `json:"license"` // SPDX expression; "" when no known licence was found
	Note    string   `json:"note,omitempty"`
	Files   []string `json:"files,omitempty"` // the licence files at the module's root
	Found   string   `json:"found"`           // when it was looked up, RFC 3339
	// texts are the licence files, from the proxy only: they are not kept.
	texts []license.File
}

const (
	// maxModuleLookups bounds the proxy lookups of one scan; the rest keep their note.
	maxModuleLookups = 200
	// moduleWorkers is how many modules are downloaded at once.
	moduleWorkers = 3
	// moduleScanTime bounds all the lookups of one scan.
	moduleScanTime = 90 * time.Second
	// moduleNoticeAt is how many lookups make the bot say first that the answer will take
	// a while.
	moduleNoticeAt = 10
)

// sourceProxy marks a component whose licence came from its module's files at the proxy.
const sourceProxy = "module proxy"

func moduleKey(path, version string) []byte { return []byte("go/" + path + "@" + version) }

// scanner is the Scanner for an upload of c: the engine's limits and module proxy,
// with the lookups kept in the store from earlier scans, and a word to the asker first
// when many modules are to be looked up. It runs before the write transaction; what the
// proxy said is kept by that transaction (keepModules).
func (e *Engine) scanner(c bot.Call) *Scanner {
	return &Scanner{
		Limits: e.limits, Modules: e.modules, Log: e.log, now: e.now, known: e.keptModules,
		notice: func(ctx context.Context, n int) {
			e.notice(ctx, c, bot.Text(fmt.Sprintf("Looking up the licences of %d Go modules at the module proxy; this can take a minute.", n)))
		},
	}
}

// keptModules are the lookups of want (path@version) that earlier scans kept. A store
// that cannot be read only costs asking the proxy again.
func (e *Engine) keptModules(ctx context.Context, want []string) map[string]moduleLicense {
	known := map[string]moduleLicense{}
	err := e.store.View(func(tx *Tx) error {
		for _, k := range want {
			path, version, _ := strings.Cut(k, "@")
			if m, err := modules.get(tx, moduleKey(path, version)); err == nil && m != nil {
				known[k] = *m
			}
		}
		return nil
	})
	if err != nil {
		e.log.WarnContext(ctx, "reading earlier module lookups failed; asking the proxy", "err", err)
	}
	return known
}

// unresolvedModules lists (path@version, in the order first listed) the modules whose
// files would give a licence to the components of s that a go.mod requires and that
// have none yet.
func unresolvedModules(s *license.Scan) []string {
	var want []string
	seen := map[string]bool{}
	for _, c := range s.Components {
		if k, ok := lookupKey(c); ok && !seen[k] {
			seen[k] = true
			want = append(want, k)
		}
	}
	return want
}

// lookupKey is the module (path@version) to read c's licence from at the proxy: the one
// a go.mod requires (or what a replace directive puts in its place), or the one an SBOM
// entry's package URL names; ok is false for a component that has a licence or no module.
func lookupKey(c license.Component) (string, bool) {
	return c.Module, c.License == "" && c.Module != ""
}

// resolveModules looks up at src the unresolved modules of s that known does not hold,
// and sets the licences of their components. It returns what src said.
func resolveModules(ctx context.Context, src ModuleSource, s *license.Scan, known map[string]moduleLicense, now time.Time, log *slog.Logger) map[string]moduleLicense {
	var ask []string
	for _, k := range unresolvedModules(s) {
		if _, ok := known[k]; !ok {
			ask = append(ask, k)
		}
	}
	skipped := 0
	if len(ask) > maxModuleLookups {
		ask, skipped = ask[:maxModuleLookups], len(ask)-maxModuleLookups
	}
	found, failed := lookupModules(ctx, src, ask, now, log)
	all := maps.Clone(found)
	maps.Copy(all, known)
	for i, c := range s.Components {
		k, ok := lookupKey(c)
		if !ok {
			continue
		}
		if m, ok := all[k]; ok {
			c.Source, c.License, c.Note, c.Texts = sourceProxy, m.License, m.Note, m.texts
			switch {
			case m.License == "" && len(m.Files) == 0:
				c.Note = "no licence file at the root of the module (module proxy)"
			case m.License == "":
				c.Note = "no known licence in " + strings.Join(m.Files, ", ") + " (module proxy)"
			}
		} else if err, ok := failed[k]; ok {
			c.Note = fmt.Sprintf("module proxy: %v", err)
		} else if skipped > 0 {
			c.Note = fmt.Sprintf("not looked up: one scan looks up at most %d modules at the proxy", maxModuleLookups)
		}
		s.Components[i] = c
	}
	return found
}

// lookupModules asks src for the modules keys name (path@version), a few at a time,
// within moduleScanTime in all.
func lookupModules(ctx context.Context, src ModuleSource, keys []string, now time.Time, log *slog.Logger) (map[string]moduleLicense, map[string]error) {
	found, failed := map[string]moduleLicense{}, map[string]error{}
	if len(keys) == 0 {
		return found, failed
	}
	ctx, cancel := context.WithTimeout(ctx, moduleScanTime)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan string)
	for range min(moduleWorkers, len(keys)) {
		wg.Go(func() {
			for k := range next {
				path, version, _ := strings.Cut(k, "@")
				files, err := src.LicenseFiles(ctx, path, version)
				var m moduleLicense
				if err == nil {
					m.License, m.Note = license.LicenseOfFiles(files)
					m.texts = license.LicenseTexts(files)
					for _, f := range m.texts {
						m.Files = append(m.Files, f.Name)
					}
					m.Found = now.UTC().Format(time.RFC3339)
				}
				mu.Lock()
				if err != nil {
					failed[k] = err
				} else {
					found[k] = m
				}
				mu.Unlock()
			}
		})
	}
	for _, k := range keys {
		next <- k
	}
	close(next)
	wg.Wait()
	if len(failed) > 0 {
		log.DebugContext(ctx, "module proxy lookups failed", "failed", len(failed), "asked", len(keys))
	}
	return found, failed
}

// keepModules records what the proxy said, in the call's transaction.
func (w *work) keepModules(found map[string]moduleLicense) error {
	for _, k := range slices.Sorted(maps.Keys(found)) {
		path, version, _ := strings.Cut(k, "@")
		m := found[k]
		if err := modules.put(w.tx, moduleKey(path, version), &m); err != nil {
			return err
		}
	}
	return nil
}

// moduleLatest is a module source that can also name a module's latest version.
type moduleLatest interface {
	Latest(ctx context.Context, path string) (string, error)
}

// moduleAnswer is what a Go module's licence files say: each file identified, for
// the asker, and the licence they give together.
type moduleAnswer struct {
	files  []identified
	module string // path@version, or a repository's address
	what   string // "Go module" when empty, or "repository"
	expr   string
}

// fetchModule reads the licence files of path@version (its latest when version is "")
// at the module proxy and identifies each, for "license MODULE".
func (e *Engine) fetchModule(ctx context.Context, path, version string) (*moduleAnswer, error) {
	if e.modules == nil {
		return nil, Errorf("Looking up Go modules is turned off here (fetch.go_proxy or GOPROXY is off).")
	}
	if version == "" {
		l, ok := e.modules.(moduleLatest)
		if !ok {
			return nil, Errorf("Give the module's version, e.g. `license %s@v1.0.0`.", path)
		}
		v, err := l.Latest(ctx, path)
		if err != nil {
			return nil, Errorf("I could not find %s at the module proxy: %v.", path, err)
		}
		version = v
	}
	files, err := e.modules.LicenseFiles(ctx, path, version)
	if err != nil {
		return nil, Errorf("I could not read %s@%s at the module proxy: %v.", path, version, err)
	}
	texts := license.LicenseTexts(files)
	if len(texts) == 0 {
		return nil, Errorf("%s@%s has no licence file at its root: unless its files say otherwise, its authors keep all rights.", path, version)
	}
	a := &moduleAnswer{module: path + "@" + version}
	var results []license.Result
	var silent []identified // files that name no licence (a NOTICE)
	for _, f := range texts {
		r := license.Identify(f.Name, f.Data)
		results = append(results, r)
		r.Name = a.module + " (" + f.Name + ", module proxy)"
		if len(r.Findings) == 0 {
			silent = append(silent, identified{result: r})
		} else {
			a.files = append(a.files, identified{result: r})
		}
	}
	if len(a.files) == 0 {
		a.files = silent
	}
	a.expr, _ = license.LicenseOf(results)
	return a, nil
}
