package ospobot_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/ospobot/ospobot"

// rule says what the non-test files of the packages under a directory may not import.
type rule struct {
	dir    string   // package directory, and everything below it
	forbid []string // import path prefixes
}

// importRules are the seams of the architecture, kept as data like Go's own deps
// test: the model imports no platform and no store; adapters never reach the engine
// or each other; each SDK stays in the one package that wraps it.
var importRules = []rule{
	{"bot", []string{module + "/workflows", module + "/adapters", module + "/cmd", "go.etcd.io/bbolt", "github.com/slack-go", "maunium.net", "github.com/google/licensecheck"}},
	{"adapters", []string{module + "/workflows", module + "/cmd", "go.etcd.io/bbolt", "github.com/google/licensecheck"}},
	{"workflows", []string{module + "/adapters", module + "/cmd", "github.com/slack-go", "maunium.net"}},
}

// onlyIn lists imports allowed in the named files or directories only.
var onlyIn = map[string][]string{
	"go.etcd.io/bbolt":               {"workflows/store.go", "workflows/schema.go"},
	"github.com/google/licensecheck": {"workflows/license/"},
	"github.com/slack-go/slack":      {"adapters/slack/"},
	"maunium.net/go/mautrix":         {"adapters/matrix/"},
	"go.mau.fi/util":                 {"adapters/matrix/"},
	"modernc.org/sqlite":             {"adapters/matrix/"},
}

// TestImportRules fails when a non-test file crosses a seam of the architecture.
func TestImportRules(t *testing.T) {
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "." || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		path = filepath.ToSlash(path)
		for _, imp := range f.Imports {
			p := strings.Trim(imp.Path.Value, `"`)
			for _, r := range importRules {
				if !strings.HasPrefix(path, r.dir+"/") {
					continue
				}
				for _, bad := range r.forbid {
					if p == bad || strings.HasPrefix(p, bad+"/") {
						t.Errorf("%s imports %s, which %s/ must not", path, p, r.dir)
					}
				}
			}
			for lib, places := range onlyIn {
				if p != lib && !strings.HasPrefix(p, lib+"/") {
					continue
				}
				ok := false
				for _, place := range places {
					ok = ok || path == place || strings.HasSuffix(place, "/") && strings.HasPrefix(path, place)
				}
				if !ok {
					t.Errorf("%s imports %s, allowed only in %v", path, p, places)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 10 {
		t.Fatalf("checked only %d files; is the walk broken?", checked)
	}
}
