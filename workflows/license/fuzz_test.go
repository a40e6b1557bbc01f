package license

import (
	"context"
	"errors"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// The fuzz targets below feed hostile uploads to every reader a chat user or a CI job
// can reach. Each target checks what must hold for any input: no panic, no hang
// (bounded by small limits), and an answer that is either a scan or an error, never
// both nor neither. `go test -fuzz FuzzX` explores further; scripts/fuzz.sh runs them
// all for longer.

// fuzzLimits keep each input cheap, so that the fuzzer tries many.
func fuzzLimits() Limits {
	return Limits{MaxFileBytes: 64 << 10, MaxTotalBytes: 1 << 20, MaxFiles: 200, MaxDepth: 2, MaxRatio: 100}
}

// scanAndCheck scans data as an upload named name and checks the result against the
// default policy, as the bot does with an upload.
func scanAndCheck(t *testing.T, name string, data []byte) {
	s, err := ScanBytes(context.Background(), name, data, fuzzLimits())
	if (s == nil) == (err == nil) {
		t.Fatalf("ScanBytes(%q) = %v, %v: want a scan or an error", name, s, err)
	}
	if err != nil {
		var in *InputError
		if !errors.As(err, &in) && !errors.Is(err, ErrLimit) && !errors.Is(err, context.Canceled) {
			t.Fatalf("ScanBytes(%q): error of unexpected kind %T: %v", name, err, err)
		}
		return
	}
	r, err := fuzzPolicy.Check(s, "distribute", "")
	if err != nil {
		t.Fatal(err)
	}
	// Fail closed: what was not read can never leave the report allowed.
	if len(s.Skipped) > 0 && r.Worst < NeedsApproval {
		t.Fatalf("%q: %d entries skipped but the report is %s", name, len(s.Skipped), r.Worst)
	}
	_ = r.Summary()
	for _, it := range r.Items {
		_ = it.Line()
	}
}

var fuzzPolicy = NewPolicy(rulesOf(config.DefaultPolicy()))

// FuzzSPDX guards the SPDX readers (JSON and tag-value).
func FuzzSPDX(f *testing.F) {
	f.Add([]byte(spdxJSON))
	f.Add([]byte(spdxTV))
	f.Add([]byte(`{"spdxVersion":"SPDX-2.3","packages":[{"name":"x","licenseDeclared":"MIT AND (Apache-2.0 OR"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		scanAndCheck(t, "app.spdx.json", data)
		scanAndCheck(t, "app.spdx", data)
	})
}

// FuzzCycloneDX guards the CycloneDX readers (JSON and XML).
func FuzzCycloneDX(f *testing.F) {
	f.Add([]byte(cdxJSON))
	f.Add([]byte(cdxXML))
	f.Add([]byte(`{"bomFormat":"CycloneDX","components":[{"name":"a","components":[{"name":"b","licenses":[{"expression":"MIT WITH"}]}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		scanAndCheck(t, "bom.json", data)
		scanAndCheck(t, "bom.xml", data)
	})
}

// FuzzGoMod guards the go.mod reader, replace directives included.
func FuzzGoMod(f *testing.F) {
	f.Add([]byte("module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/b v1.2.0 // indirect\n)\n\nreplace example.com/a => ../a\n"))
	f.Add([]byte("module x\nrequire example.com/c v0.0.0-20200101000000-abcdefabcdef\nreplace example.com/c v0.0.0 => example.com/d v1.0.0\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		scanAndCheck(t, "go.mod", data)
	})
}

// FuzzPackageJSON guards the npm manifest and lockfile readers.
func FuzzPackageJSON(f *testing.F) {
	f.Add([]byte(`{"name": "app", "version": "1.0.0", "license": "MIT"}`))
	f.Add([]byte(`{"name": "app", "licenses": [{"type": "MIT"}, {"type": "Apache-2.0"}]}`))
	f.Add([]byte(`{"name":"app","lockfileVersion":3,"packages":{"":{"name":"app"},"node_modules/a":{"version":"1.0.0","license":"ISC"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		scanAndCheck(t, "package.json", data)
		scanAndCheck(t, "package-lock.json", data)
	})
}

// FuzzArchive guards the archive walker: zip and tar.gz, nested, with hostile names.
func FuzzArchive(f *testing.F) {
	inner := makeZip(f, map[string][]byte{"LICENSE": []byte(mitText)})
	f.Add(makeZip(f, map[string][]byte{"proj/LICENSE": []byte(mitText), "proj/inner.zip": inner, "../evil": []byte("x")}))
	f.Add(makeTarGz(f, map[string][]byte{"a/COPYING": []byte("SPDX-License-Identifier: GPL-2.0-only"), "a/package.json": []byte(`{"license":"MIT"}`)}))
	f.Fuzz(func(t *testing.T, data []byte) {
		scanAndCheck(t, "upload.zip", data)
	})
}

// FuzzParseQuestion guards the question parser with any text a user may type.
func FuzzParseQuestion(f *testing.F) {
	for _, s := range []string{
		"can we use an AGPL library in our SaaS?", "is Apache-2.0 compatible with GPL-2.0-only?",
		"can I combine MIT, GPL-3.0-or-later and Apache-2.0?", "what licence does golang.org/x/text@v0.3.0 use?",
		"(MIT OR (Apache-2.0 AND", "GPL-2.0-only WITH Classpath-exception-2.0 in firmware",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		q, _ := ParseQuestion(text)
		for _, id := range q.Licenses {
			_ = CanonicalExpression(id)
		}
		_, _ = AsksAboutPolicy(text)
		_ = DetectUse(text)
		_, _, _ = ModuleIn(text)
	})
}
