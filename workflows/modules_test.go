package workflows

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows/license"
)

// proxyEdge stands for a Go module proxy at the network edge: it serves the files of
// the module versions it holds and counts the lookups of each. (adapters/codehost tests
// the proxy protocol itself, and a transcript the two together.)
type proxyEdge struct {
	mu      sync.Mutex
	modules map[string]map[string][]byte // path@version → files at its root
	asked   map[string]int
}

func (p *proxyEdge) LicenseFiles(ctx context.Context, path, version string) (map[string][]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.asked == nil {
		p.asked = map[string]int{}
	}
	p.asked[path+"@"+version]++
	files, ok := p.modules[path+"@"+version]
	if !ok {
		return nil, errors.New("the proxy has no such module version")
	}
	return files, ctx.Err()
}

// Latest is the highest version the edge holds of path.
func (p *proxyEdge) Latest(_ context.Context, path string) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	latest := ""
	for mv := range p.modules {
		if mpath, v, _ := strings.Cut(mv, "@"); mpath == path && v > latest {
			latest = v
		}
	}
	if latest == "" {
		return "", errors.New("the proxy has no such module")
	}
	return latest, nil
}

func (p *proxyEdge) count(mv string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.asked[mv]
}

// proxyEngine is an engine over a fresh store that reads modules from proxy and
// delivers to the recorder it returns.
func proxyEngine(t *testing.T, proxy ModuleSource) (*Engine, *recorder) {
	t.Helper()
	rec := &recorder{}
	c := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	e := NewEngine(openTestStore(t), Options{Now: c.now, Log: quietLog(), Modules: proxy})
	e.AddAdapter(rec)
	return e, rec
}

// lastReport is the text of the last message sent, with its blocks.
func lastReport(rec *recorder) string {
	got := rec.sent[len(rec.sent)-1]
	var b strings.Builder
	b.WriteString(got.Text)
	for _, bl := range got.Blocks {
		b.WriteString("\n" + bl.Text)
	}
	return b.String()
}

func readText(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("license", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestGoModUploadReadsModuleProxy guards the licences of an uploaded go.mod's modules:
// each is read from the module's own licence files at the module proxy, a module
// without licence files and one the proxy does not have say so, the report says where the licences came from, and what was found is
// kept, so the next upload of the same go.mod downloads nothing again (a failed lookup
// is tried again).
func TestGoModUploadReadsModuleProxy(t *testing.T) {
	proxy := &proxyEdge{modules: map[string]map[string][]byte{
		"example.com/apache@v1.0.0": {"LICENSE": readText(t, "Apache-2.0.txt"), "go.mod": []byte("module example.com/apache")},
		"example.com/MPL/v2@v2.1.0": {"LICENSE.txt": readText(t, "MPL-2.0.txt")},
		"example.com/bare@v0.1.0":   {},
		"example.com/odd@v1.0.0":    {"LICENSE": []byte("You may do as you please, within reason.")},
		"example.com/fork@v1.0.1":   {"LICENSE": []byte("SPDX-License-Identifier: BSD-2-Clause\n")},
	}}
	e, rec := proxyEngine(t, proxy)
	gomod := "module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/apache v1.0.0\n\texample.com/MPL/v2 v2.1.0\n" +
		"\texample.com/bare v0.1.0\n\texample.com/gone v1.0.0\n\texample.com/odd v1.0.0\n" +
		"\texample.com/orig v1.0.0\n\texample.com/mine v0.0.1\n)\n\nreplace example.com/orig => example.com/fork v1.0.1\nreplace example.com/mine => ../mine\n"
	upload := func(id string) string {
		t.Helper()
		call := message(id, "we distribute this")
		call.Inputs = []bot.Input{{Name: "go.mod", Data: []byte(gomod)}}
		if err := e.Execute(context.Background(), call); err != nil {
			t.Fatal(err)
		}
		return lastReport(rec)
	}
	report := upload("u1")
	for _, want := range []string{
		"example.com/apache@v1.0.0 — Apache-2.0",
		"example.com/MPL/v2@v2.1.0 — MPL-2.0",
		"example.com/bare@v0.1.0 — no licence (no licence file at the root of the module (module proxy))",
		"example.com/gone@v1.0.0 — no licence (module proxy: the proxy has no such module version)",
		"example.com/odd@v1.0.0 — no licence (no known licence in LICENSE (module proxy))",
		"example.com/orig@v1.0.0 (replaced by example.com/fork@v1.0.1) — BSD-2-Clause",
		"example.com/mine@v0.0.1 (replaced by ../mine) — no licence (replaced by the directory ../mine, which the upload does not hold",
		"The licences of 5 modules come from their own licence files at the Go module proxy.",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if again := upload("u2"); again != report {
		t.Errorf("second upload reported differently:\n%s\nwant\n%s", again, report)
	}
	for mv, want := range map[string]int{"example.com/apache@v1.0.0": 1, "example.com/MPL/v2@v2.1.0": 1, "example.com/bare@v0.1.0": 1, "example.com/odd@v1.0.0": 1, "example.com/gone@v1.0.0": 2,
		"example.com/fork@v1.0.1": 1, "example.com/orig@v1.0.0": 0, "example.com/mine@v0.0.1": 0} {
		if n := proxy.count(mv); n != want {
			t.Errorf("%s looked up %d times, want %d", mv, n, want)
		}
	}
}

// TestResolveModulesBounds guards the bounds of one scan's lookups: beyond
// maxModuleLookups modules the rest are not asked for and say so.
func TestResolveModulesBounds(t *testing.T) {
	s := &license.Scan{Kind: "go.mod"}
	for i := range maxModuleLookups + 2 {
		s.Components = append(s.Components, license.Component{Name: fmt.Sprintf("example.com/m%d", i), Version: "v1.0.0", Source: "go.mod", Module: fmt.Sprintf("example.com/m%d@v1.0.0", i)})
	}
	n := len((&Scanner{Modules: &proxyEdge{}}).resolve(context.Background(), s))
	if n != 0 {
		t.Errorf("found %d, want 0", n)
	}
	failed, skipped := 0, 0
	for _, c := range s.Components {
		switch {
		case strings.HasPrefix(c.Note, "module proxy: "):
			failed++
		case strings.Contains(c.Note, "not looked up"):
			skipped++
		}
	}
	if failed != maxModuleLookups || skipped != 2 {
		t.Errorf("failed %d, skipped %d; want %d and 2", failed, skipped, maxModuleLookups)
	}
}

// TestGoModUploadNotice guards a long lookup: the asker is told at once, privately, that
// the answer will take a while, then gets it; the same event delivered again gets
// neither the notice nor a second answer; a go.mod whose modules are known gets no notice.
func TestGoModUploadNotice(t *testing.T) {
	proxy := &proxyEdge{modules: map[string]map[string][]byte{}}
	var req strings.Builder
	for i := range moduleNoticeAt {
		mv := fmt.Sprintf("example.com/m%d@v1.0.0", i)
		proxy.modules[mv] = map[string][]byte{"LICENSE": []byte("SPDX-License-Identifier: MIT\n")}
		fmt.Fprintf(&req, "\texample.com/m%d v1.0.0\n", i)
	}
	e, rec := proxyEngine(t, proxy)
	call := message("u1", "for our SaaS")
	call.Inputs = []bot.Input{{Name: "go.mod", Data: []byte("module example.com/app\n\ngo 1.22\n\nrequire (\n" + req.String() + ")\n")}}
	for range 2 {
		if err := e.Execute(context.Background(), call); err != nil {
			t.Fatal(err)
		}
	}
	got := rec.texts()
	if len(got) != 2 || got[0] != fmt.Sprintf("Looking up the licences of %d Go modules at the module proxy; this can take a minute.", moduleNoticeAt) ||
		!rec.sent[0].Private || !strings.Contains(got[1], fmt.Sprintf("%d components for saas use", moduleNoticeAt)) {
		t.Fatalf("sent %q", got)
	}
	call.Event.ID = "u2"
	if err := e.Execute(context.Background(), call); err != nil {
		t.Fatal(err)
	}
	if got := rec.texts(); len(got) != 3 || strings.HasPrefix(got[2], "Looking up") {
		t.Errorf("known modules: sent %q", got)
	}
}

// TestSBOMUploadReadsModuleProxy guards an SBOM whose Go modules carry no licence: each
// is read at the module proxy by its package URL, and one that declares a licence is
// taken at its word.
func TestSBOMUploadReadsModuleProxy(t *testing.T) {
	proxy := &proxyEdge{modules: map[string]map[string][]byte{
		"github.com/google/uuid@v1.6.0": {"LICENSE": readText(t, "BSD-3-Clause.txt")},
	}}
	e, rec := proxyEngine(t, proxy)
	call := message("u1", "we distribute it")
	call.Inputs = []bot.Input{{Name: "bom.json", Data: []byte(`{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
	  {"type": "library", "name": "github.com/google/uuid", "version": "v1.6.0", "purl": "pkg:golang/github.com/google/uuid@v1.6.0"},
	  {"type": "library", "name": "github.com/x/declared", "version": "v1.0.0", "purl": "pkg:golang/github.com/x/declared@v1.0.0", "licenses": [{"license": {"id": "MIT"}}]}]}`)}}
	if err := e.Execute(context.Background(), call); err != nil {
		t.Fatal(err)
	}
	text := lastReport(rec)
	for _, want := range []string{"github.com/google/uuid@v1.6.0 — BSD-3-Clause", "github.com/x/declared@v1.0.0 — MIT",
		"The licences of 1 module come from its own licence files at the Go module proxy."} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if proxy.count("github.com/x/declared@v1.0.0") != 0 {
		t.Error("a module that declares its licence was looked up")
	}
}

// TestModuleQuestions guards questions that name a Go module instead of a licence:
// "license MODULE" and "what licence does MODULE use?" read its licence files at the
// proxy (its latest version when none is given); a question that also names a use gets
// the policy's verdict on the module's licence; a module the proxy does not have is
// said plainly; a question that names a licence stays a licence question.
func TestModuleQuestions(t *testing.T) {
	proxy := &proxyEdge{modules: map[string]map[string][]byte{
		"example.com/apache@v1.0.0": {"LICENSE": readText(t, "Apache-2.0.txt")},
		"example.com/apache@v1.2.0": {"LICENSE": readText(t, "Apache-2.0.txt"), "NOTICE": []byte("Apache notice")},
	}}
	e, rec := proxyEngine(t, proxy)
	ask := func(id, command, text string) []string {
		t.Helper()
		before := len(rec.texts())
		call := message(id, text)
		call.Command, call.Rest = command, text
		if err := e.Execute(context.Background(), call); err != nil {
			t.Fatal(err)
		}
		return rec.texts()[before:]
	}
	if got := ask("q1", "license", "example.com/apache@v1.0.0"); len(got) != 1 || got[0] != "Identified in `example.com/apache@v1.0.0 (LICENSE, module proxy)`: `Apache-2.0`." {
		t.Errorf("license MODULE@VERSION: %q", got)
	}
	got := ask("q2", "ask", "what licence does example.com/apache use in our SaaS?")
	if len(got) != 2 || !strings.Contains(got[0], "example.com/apache@v1.2.0 (LICENSE, module proxy)") ||
		got[1] != "example.com/apache@v1.2.0: `Apache-2.0` in a network service (SaaS): Allowed with obligations." {
		t.Errorf("question naming a module and a use: %q", got)
	}
	if got := ask("q3", "ask", "which license does example.com/none/x use?"); len(got) != 1 || !strings.Contains(got[0], "I could not find example.com/none/x at the module proxy") {
		t.Errorf("unknown module: %q", got)
	}
	if got := ask("q4", "ask", "is MIT ok for example.com/apache in our SaaS?"); len(got) != 1 || !strings.Contains(got[0], "\n`MIT` in a network service") {
		t.Errorf("a licence question: %q", got)
	}
}
