package workflows

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/mod/module"

	"github.com/ospobot/ospobot/adapters/codehost"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows/license"
)

// moduleProxy serves module zips on loopback as a Go module proxy does, and counts the
// downloads of each.
func moduleProxy(t *testing.T, modules map[string]map[string]string) (*httptest.Server, func(path string) int) {
	t.Helper()
	zips := map[string][]byte{}
	for mv, files := range modules {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for name, body := range files {
			w, _ := zw.Create(mv + "/" + name)
			w.Write([]byte(body))
		}
		zw.Close()
		path, version, _ := strings.Cut(mv, "@")
		ep, err := module.EscapePath(path)
		if err != nil {
			t.Fatal(err)
		}
		zips["/"+ep+"/@v/"+version+".zip"] = buf.Bytes()
	}
	var mu sync.Mutex
	asked := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		asked[r.URL.Path]++
		mu.Unlock()
		if z, ok := zips[r.URL.Path]; ok {
			w.Write(z)
			return
		}
		http.Error(w, "not found", http.StatusNotFound)
	}))
	t.Cleanup(srv.Close)
	return srv, func(path string) int {
		mu.Lock()
		defer mu.Unlock()
		return asked[path]
	}
}

func readText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("license", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestGoModUploadReadsModuleProxy guards the licences of an uploaded go.mod's modules:
// each is read from the module's own licence files at the module proxy (a real proxy
// protocol server on loopback), a module without licence files and one the proxy does
// not have say so, the report says where the licences came from, and what was found is
// kept, so the next upload of the same go.mod downloads nothing again (a failed lookup
// is tried again).
func TestGoModUploadReadsModuleProxy(t *testing.T) {
	srv, asked := moduleProxy(t, map[string]map[string]string{
		"example.com/apache@v1.0.0": {"LICENSE": readText(t, "Apache-2.0.txt"), "go.mod": "module example.com/apache"},
		"example.com/MPL/v2@v2.1.0": {"LICENSE.txt": readText(t, "MPL-2.0.txt")},
		"example.com/bare@v0.1.0":   {"README.md": "no licence here"},
	})
	rec := &recorder{}
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Modules: &codehost.ModuleProxy{URL: srv.URL, Timeout: 5 * time.Second}})
	e.AddAdapter(rec)
	gomod := "module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/apache v1.0.0\n\texample.com/MPL/v2 v2.1.0\n" +
		"\texample.com/bare v0.1.0\n\texample.com/gone v1.0.0\n)\n"
	upload := func(id string) string {
		t.Helper()
		call := message(id, "we distribute this")
		call.Inputs = []bot.Input{{Name: "go.mod", Data: []byte(gomod)}}
		if err := e.Execute(context.Background(), call); err != nil {
			t.Fatal(err)
		}
		got := rec.sent[len(rec.sent)-1]
		var b strings.Builder
		b.WriteString(got.Text)
		for _, bl := range got.Blocks {
			b.WriteString("\n" + bl.Text)
		}
		return b.String()
	}
	report := upload("u1")
	for _, want := range []string{
		"example.com/apache@v1.0.0 — Apache-2.0",
		"example.com/MPL/v2@v2.1.0 — MPL-2.0",
		"example.com/bare@v0.1.0 — no licence (no licence file at the root of the module (module proxy))",
		"example.com/gone@v1.0.0 — no licence (the module proxy lookup failed:",
		"The licences of 3 modules come from their own licence files at the Go module proxy.",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if again := upload("u2"); again != report {
		t.Errorf("second upload reported differently:\n%s\nwant\n%s", again, report)
	}
	for path, want := range map[string]int{
		"/example.com/apache/@v/v1.0.0.zip": 1, "/example.com/!m!p!l/v2/@v/v2.1.0.zip": 1, "/example.com/bare/@v/v0.1.0.zip": 1,
		"/example.com/gone/@v/v1.0.0.zip": 2,
	} {
		if n := asked(path); n != want {
			t.Errorf("%s downloaded %d times, want %d", path, n, want)
		}
	}
}

// TestResolveModulesBounds guards the bounds of one scan's lookups: beyond
// maxModuleLookups modules the rest are not asked for and say so.
func TestResolveModulesBounds(t *testing.T) {
	s := &license.Scan{Kind: "go.mod"}
	for i := range maxModuleLookups + 2 {
		s.Components = append(s.Components, license.Component{Name: fmt.Sprintf("example.com/m%d", i), Version: "v1.0.0", Source: "go.mod"})
	}
	srv, _ := moduleProxy(t, nil)
	n := ResolveModules(context.Background(), &codehost.ModuleProxy{URL: srv.URL, Timeout: 5 * time.Second}, s, nil)
	if n != 0 {
		t.Errorf("found %d, want 0", n)
	}
	failed, skipped := 0, 0
	for _, c := range s.Components {
		switch {
		case strings.Contains(c.Note, "lookup failed"):
			failed++
		case strings.Contains(c.Note, "not looked up"):
			skipped++
		}
	}
	if failed != maxModuleLookups || skipped != 2 {
		t.Errorf("failed %d, skipped %d; want %d and 2", failed, skipped, maxModuleLookups)
	}
}
