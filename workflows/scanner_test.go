package workflows

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/ospobot/ospobot/workflows/license"
)

// TestScannerOneAnswerForEveryInput guards the one scanner the command line and the
// engine share: a go.mod scanned as a directory on disk, as the go.mod file itself and
// as an upload gets each required module's licence from the same proxy lookup, says
// the same about a module the proxy lacks, and returns what the proxy said (for the
// engine to keep) whichever way it came in.
func TestScannerOneAnswerForEveryInput(t *testing.T) {
	proxy := &proxyEdge{modules: map[string]map[string][]byte{
		"example.com/apache@v1.0.0": {"LICENSE": readText(t, "Apache-2.0.txt")},
	}}
	gomod := []byte("module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/apache v1.0.0\n\texample.com/gone v1.0.0\n)\n")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), gomod, 0o644); err != nil {
		t.Fatal(err)
	}
	sc := &Scanner{Limits: license.DefaultLimits(), Modules: proxy}
	for name, in := range map[string]ScanInput{
		"directory": {Path: dir},
		"go.mod":    {Path: filepath.Join(dir, "go.mod")},
		"upload":    {Name: "go.mod", Data: gomod},
	} {
		s, found, err := sc.Scan(context.Background(), in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := map[string]license.Component{}
		for _, c := range s.Components {
			got[c.Module] = c
		}
		if c := got["example.com/apache@v1.0.0"]; c.License != "Apache-2.0" || c.Source != sourceProxy {
			t.Errorf("%s: example.com/apache is %q from %q, want Apache-2.0 from the module proxy", name, c.License, c.Source)
		}
		if c := got["example.com/gone@v1.0.0"]; c.License != "" || c.Note != "module proxy: the proxy has no such module version" {
			t.Errorf("%s: example.com/gone is %q (%q), want no licence and the proxy's answer", name, c.License, c.Note)
		}
		if m, ok := found["example.com/apache@v1.0.0"]; !ok || m.License != "Apache-2.0" || len(found) != 1 {
			t.Errorf("%s: lookups to keep are %v, want example.com/apache's alone", name, found)
		}
	}
	if n := proxy.count("example.com/apache@v1.0.0"); n != 3 {
		t.Errorf("example.com/apache looked up %d times, want once per scan (3)", n)
	}
}
