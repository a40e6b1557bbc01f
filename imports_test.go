package ospobot_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/ospobot/ospobot"

// std stands for the standard library in an allow-list.
const std = "STD"

// allowedImports is the architecture's import graph as data, like Go's own
// go/build/deps_test.go: for each package (by directory), everything its non-test files
// may import. A package or an import not listed fails the test, so each new dependency
// is a decision made here. Paths of this module are written without the module prefix;
// "x/..." allows x and everything below it.
//
// The seams: bot imports no platform, no store and no workflow; adapters import bot and
// their own SDK, never workflows or each other; workflows imports bot and never an
// adapter; each SDK stays in the one package that wraps it.
var allowedImports = map[string][]string{
	"bot": {std, "internal/text"},
	// Escaping and clipping outside text, shared by bot and the licence library.
	"internal/text":     {std},
	"adapters":          {}, // doc.go only
	"bot/config":        {std, "bot", "github.com/github/go-spdx/v2/spdxexp/spdxlicenses", "github.com/robfig/cron/v3", "go.yaml.in/yaml/v3"},
	"adapters/shell":    {std, "bot"},
	"adapters/loopback": {std, "bot"},
	"adapters/slack":    {std, "bot", "github.com/slack-go/slack/...", "github.com/gorilla/websocket"},
	"adapters/codehost": {std, "bot", "golang.org/x/mod/..."},
	"adapters/github":   {std, "bot", "github.com/google/go-github/v75/github"},
	// The fake GitHub API is served by tests of several packages, so it is code of its own.
	"adapters/github/githubtest": {std},
	// mautrix's crypto store is SQL: modernc's pure-Go SQLite keeps the encrypted build
	// free of cgo, as its olm (goolm) is.
	"adapters/matrix": {std, "bot", "maunium.net/go/mautrix/...", "go.mau.fi/util/...", "modernc.org/sqlite"},
	// A fake Slack for tests (adapter's and serve's): never imported by what ships.
	"adapters/slack/slackfake": {std, "github.com/slack-go/slack/...", "github.com/gorilla/websocket"},
	// A real homeserver and people's clients for tests (adapter's and serve's): never
	// imported by what ships.
	"adapters/matrix/matrixtest": {std, "maunium.net/go/mautrix/..."},
	"workflows": {std, "bot", "bot/config", "workflows/license",
		"github.com/fxamacker/cbor/v2", "go.etcd.io/bbolt/..."},
	"workflows/license/internal/lictext": {std},
	// A leaf library: nothing of the bot (bot, bot/config); its policy is plain data.
	"workflows/license": {std, "internal/text", "workflows/license/internal/lictext",
		"github.com/CycloneDX/cyclonedx-go", "github.com/github/go-spdx/v2/...", "github.com/spdx/tools-golang/...",
		"golang.org/x/mod/..."},
	// Metrics are serve's: the engine and adapters report through small interfaces.
	"cmd/ospobot": {std, "bot", "bot/config", "adapters/...", "workflows/...", "github.com/prometheus/client_golang/..."},
}

// onlyInFiles narrows an import further, to named files (or directories, ending in "/")
// of a package that may import it: bbolt stays in the store's files; an empty list keeps
// an import out of every non-test file.
var onlyInFiles = map[string][]string{
	"go.etcd.io/bbolt": {"workflows/store.go", "workflows/store_check.go", "workflows/tx.go", "workflows/schema.go"},
	// Records are encoded only by their bucket's descriptor (workflows/buckets.go).
	"github.com/fxamacker/cbor/v2": {"workflows/buckets.go"},
	// The fake Slack is for _test files only (which this check does not read).
	module + "/adapters/slack/slackfake":   {},
	module + "/adapters/matrix/matrixtest": {},
}

// importedBy is one non-test file's imports.
type importedBy struct {
	file    string // slash path from the module root
	imports []string
}

// TestImportRules fails when a non-test file imports something its package's
// allow-list does not name, when a package has no allow-list, or when an allow-list
// names something nothing imports (a rule that can no longer fail).
func TestImportRules(t *testing.T) {
	files := readImports(t)
	if len(files) < 20 {
		t.Fatalf("read only %d files; is the walk broken?", len(files))
	}
	for _, p := range checkImports(files, allowedImports, onlyInFiles, true) {
		t.Error(p)
	}
}

// TestImportRulesCatch guards the checker itself: a forbidden import, an import limited
// to other files, and a package nobody decided on each produce a problem; and the
// licence library, a leaf, fails when it imports the bot or its configuration.
func TestImportRulesCatch(t *testing.T) {
	files := []importedBy{
		{"bot/reply.go", []string{"strings", "go.etcd.io/bbolt"}},
		{"adapters/shell/shell.go", []string{"bot", module + "/workflows"}},
		{"workflows/engine.go", []string{"go.etcd.io/bbolt"}},
		{"adapters/newchat/chat.go", []string{"fmt"}},
		{"workflows/license/policy.go", []string{"strings", module + "/bot/config"}},
		{"workflows/license/check.go", []string{module + "/bot", module + "/internal/text"}},
	}
	rules := map[string][]string{
		"bot":            {std},
		"adapters/shell": {std, "bot"},
		"workflows":      {std, "go.etcd.io/bbolt/..."},
		// The licence library's rule as allowedImports has it.
		"workflows/license": allowedImports["workflows/license"],
	}
	got := strings.Join(checkImports(files, rules, onlyInFiles, false), "\n")
	for _, want := range []string{
		"bot/reply.go imports go.etcd.io/bbolt",
		"adapters/shell/shell.go imports " + module + "/workflows",
		"workflows/engine.go imports go.etcd.io/bbolt, allowed only in",
		"adapters/newchat has no allow-list",
		"workflows/license/policy.go imports " + module + "/bot/config",
		"workflows/license/check.go imports " + module + "/bot,",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems do not report %q:\n%s", want, got)
		}
	}
}

// readImports lists the imports of every non-test Go file below the module root,
// outside testdata and hidden directories.
func readImports(t *testing.T) []importedBy {
	t.Helper()
	fset := token.NewFileSet()
	var out []importedBy
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "." || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() && path != "." {
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // a module of its own (generators, peer benchmarks)
			}
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		ib := importedBy{file: filepath.ToSlash(path)}
		for _, imp := range f.Imports {
			ib.imports = append(ib.imports, strings.Trim(imp.Path.Value, `"`))
		}
		out = append(out, ib)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// checkImports lists every import the rules do not allow; with unused, also every
// allowance nothing uses.
func checkImports(files []importedBy, rules map[string][]string, only map[string][]string, unused bool) []string {
	var problems []string
	used := map[string]bool{}
	noRules := map[string]bool{}
	for _, f := range files {
		pkg := pathDir(f.file)
		allowed, ok := rules[pkg]
		if !ok {
			if pkg != "." && !noRules[pkg] {
				noRules[pkg] = true
				problems = append(problems, pkg+" has no allow-list in allowedImports: decide what it may import")
			}
			continue
		}
		for _, imp := range f.imports {
			rule := allowedBy(imp, allowed)
			if rule == "" {
				problems = append(problems, f.file+" imports "+imp+", which "+pkg+"'s allow-list does not name")
				continue
			}
			used[pkg+"\x00"+rule] = true
			for lib, places := range only {
				if imp != lib && !strings.HasPrefix(imp, lib+"/") {
					continue
				}
				if !slices.ContainsFunc(places, func(p string) bool {
					return f.file == p || strings.HasSuffix(p, "/") && strings.HasPrefix(f.file, p)
				}) {
					problems = append(problems, f.file+" imports "+imp+", allowed only in "+strings.Join(places, ", "))
				}
			}
		}
	}
	if unused {
		pkgs := make([]string, 0, len(rules))
		for p := range rules {
			pkgs = append(pkgs, p)
		}
		sort.Strings(pkgs)
		for _, p := range pkgs {
			for _, r := range rules[p] {
				if r != std && !used[p+"\x00"+r] {
					problems = append(problems, p+"'s allow-list names "+r+", which nothing imports: remove it")
				}
			}
		}
	}
	return problems
}

// allowedBy is the entry of allowed that permits imp, or "".
func allowedBy(imp string, allowed []string) string {
	local, own := strings.CutPrefix(imp, module+"/")
	first, _, _ := strings.Cut(imp, "/")
	for _, a := range allowed {
		switch {
		case a == std:
			if !own && !strings.Contains(first, ".") {
				return a
			}
		case strings.HasSuffix(a, "/..."):
			base := strings.TrimSuffix(a, "/...")
			if name := cond(own, local, imp); name == base || strings.HasPrefix(name, base+"/") {
				return a
			}
		default:
			if cond(own, local, imp) == a {
				return a
			}
		}
	}
	return ""
}

func cond(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

func pathDir(file string) string {
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		return file[:i]
	}
	return "."
}
