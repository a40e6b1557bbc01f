package license

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// writeFile writes data at p, making its directories.
func writeFile(t testing.TB, p, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func makeZip(t testing.TB, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func makeTarGz(t testing.TB, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for name, data := range files {
		tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg})
		tw.Write(data)
	}
	tw.Close()
	gz.Close()
	return buf.Bytes()
}

func licenses(s *Scan) map[string]string {
	m := map[string]string{}
	for _, c := range s.Components {
		key := c.Name
		if c.Version != "" {
			key += "@" + c.Version
		}
		m[key] = c.License
	}
	return m
}

// TestScanArchive guards archive scans: licence files and SPDX tags inside are found,
// and entries that climb out of the archive are refused with a reason.
func TestScanArchive(t *testing.T) {
	apache, _ := os.ReadFile("testdata/Apache-2.0.txt")
	for _, kind := range []string{"zip", "tar.gz"} {
		files := map[string][]byte{
			"proj/LICENSE":               []byte(mitText),
			"proj/third_party/x/COPYING": apache,
			"proj/src/a.c":               []byte("// SPDX-License-Identifier: ISC\nint x;\n"),
			"proj/src/b.c":               []byte("int y;\n"),
			"../evil":                    []byte("x"),
			"/etc/passwd":                []byte("x"),
		}
		data := makeZip(t, files)
		if kind == "tar.gz" {
			data = makeTarGz(t, files)
		}
		s, err := ScanBytes(context.Background(), "upload."+kind, data, DefaultLimits())
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		got := licenses(s)
		want := map[string]string{"upload." + kind + "/proj": "MIT", "upload." + kind + "/proj/third_party/x": "Apache-2.0", "upload." + kind + "/proj/src/a.c": "ISC"}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: %s = %q, want %q (all: %v)", kind, k, got[k], v, got)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: components %v", kind, got)
		}
		refused := strings.Join(s.Skipped, "\n")
		if !strings.Contains(refused, "path traversal") || !strings.Contains(refused, "absolute path") {
			t.Errorf("%s: skipped %q, want traversal and absolute entries refused", kind, refused)
		}
	}
}

// TestScanArchiveBounds guards the limits: a zip bomb, too many files, and nesting.
func TestScanArchiveBounds(t *testing.T) {
	bomb := makeZip(t, map[string][]byte{"LICENSE": bytes.Repeat([]byte{'0'}, 3<<20)})
	if _, err := ScanBytes(context.Background(), "bomb.zip", bomb, DefaultLimits()); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "zip bomb") {
		t.Errorf("bomb: %v", err)
	}
	many := map[string][]byte{}
	for i := range 30 {
		many[strings.Repeat("d/", i%3)+"f"+string(rune('a'+i%26))+string(rune('a'+i/26))] = []byte("x")
	}
	lim := DefaultLimits()
	lim.MaxFiles = 10
	if _, err := ScanBytes(context.Background(), "many.tar.gz", makeTarGz(t, many), lim); !errors.Is(err, ErrLimit) {
		t.Errorf("many files: %v", err)
	}
	lim = DefaultLimits()
	lim.MaxTotalBytes = 1000
	big := makeZip(t, map[string][]byte{"LICENSE": []byte(mitText + strings.Repeat("z", 2000))})
	if _, err := ScanBytes(context.Background(), "big.zip", big, lim); !errors.Is(err, ErrLimit) {
		t.Errorf("total unpacked: %v", err)
	}
	inner := makeZip(t, map[string][]byte{"LICENSE": []byte(mitText)})
	middle := makeZip(t, map[string][]byte{"inner.zip": inner})
	outer := makeZip(t, map[string][]byte{"middle.zip": middle})
	s, err := ScanBytes(context.Background(), "outer.zip", outer, DefaultLimits()) // depth 2
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Components) != 0 || !strings.Contains(strings.Join(s.Skipped, " "), "nested deeper") {
		t.Errorf("nesting: components %v, skipped %v", s.Components, s.Skipped)
	}
	if _, err := ScanBytes(context.Background(), "broken.zip", []byte("PK\x03\x04garbage"), DefaultLimits()); err == nil {
		t.Error("accepted a broken zip")
	}
	if _, err := ScanBytes(context.Background(), "x.bin", []byte{0, 1, 2, 3, 0}, DefaultLimits()); err == nil || !strings.Contains(err.Error(), "not a text file") {
		t.Errorf("binary upload: %v", err)
	}
}

const spdxJSON = `{
  "spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
  "name": "app", "documentNamespace": "https://example.com/app",
  "creationInfo": {"created": "2024-01-01T00:00:00Z", "creators": ["Tool: test"]},
  "packages": [
    {"name": "left-pad", "SPDXID": "SPDXRef-p1", "versionInfo": "1.3.0", "downloadLocation": "NOASSERTION",
     "licenseConcluded": "WTFPL", "licenseDeclared": "WTFPL"},
    {"name": "zlib", "SPDXID": "SPDXRef-p2", "versionInfo": "1.3", "downloadLocation": "NOASSERTION",
     "licenseConcluded": "NOASSERTION", "licenseDeclared": "Zlib"},
    {"name": "mystery", "SPDXID": "SPDXRef-p3", "downloadLocation": "NOASSERTION",
     "licenseConcluded": "NOASSERTION", "licenseDeclared": "NOASSERTION"}
  ]
}`

const spdxTV = `SPDXVersion: SPDX-2.3
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: app
DocumentNamespace: https://example.com/app
Creator: Tool: test
Created: 2024-01-01T00:00:00Z

PackageName: openssl
SPDXID: SPDXRef-openssl
PackageVersion: 3.0.0
PackageDownloadLocation: NOASSERTION
PackageLicenseConcluded: Apache-2.0
PackageLicenseDeclared: Apache-2.0
`

const cdxJSON = `{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": [
  {"type": "library", "name": "lodash", "version": "4.17.21", "licenses": [{"license": {"id": "MIT"}}]},
  {"type": "library", "name": "dual", "version": "1.0", "licenses": [{"expression": "MIT OR Apache-2.0"}]},
  {"type": "library", "name": "named", "version": "2.0", "licenses": [{"license": {"name": "Apache License 2.0"}}],
   "components": [{"type": "library", "name": "nested", "version": "0.1", "licenses": [{"license": {"id": "BSD-3-Clause"}}]}]}
]}`

const cdxXML = `<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">
  <components>
    <component type="library"><name>guava</name><version>32.0</version>
      <licenses><license><id>Apache-2.0</id></license></licenses></component>
    <component type="library"><name>mixed</name><version>1</version>
      <licenses><expression>EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0</expression></licenses></component>
  </components>
</bom>`

// TestScanSBOMs guards SBOM reading with the formats' own libraries: SPDX JSON and
// tag-value (concluded, then declared, NOASSERTION kept as unknown), CycloneDX JSON and
// XML (IDs, expressions, names through aliases, nested components).
func TestScanSBOMs(t *testing.T) {
	cases := []struct {
		name, data string
		want       map[string]string
	}{
		{"app.spdx.json", spdxJSON, map[string]string{"left-pad@1.3.0": "WTFPL", "zlib@1.3": "Zlib", "mystery": ""}},
		{"app.spdx", spdxTV, map[string]string{"openssl@3.0.0": "Apache-2.0"}},
		{"bom.json", cdxJSON, map[string]string{"lodash@4.17.21": "MIT", "dual@1.0": "MIT OR Apache-2.0", "named@2.0": "Apache-2.0", "nested@0.1": "BSD-3-Clause"}},
		{"bom.xml", cdxXML, map[string]string{"guava@32.0": "Apache-2.0", "mixed@1": "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0"}},
	}
	for _, c := range cases {
		s, err := ScanBytes(context.Background(), c.name, []byte(c.data), DefaultLimits())
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		got := licenses(s)
		if len(got) != len(c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("%s: %s = %q, want %q", c.name, k, got[k], v)
			}
		}
	}
}

// TestScanBadInput guards malformed SBOMs and manifests: the error says what and where.
func TestScanBadInput(t *testing.T) {
	cases := []struct{ name, data, want string }{
		{"app.spdx.json", "{\n  \"spdxVersion\": \"SPDX-2.3\",\n  \"packages\": [ {\"name\": 1, } ]\n}", "app.spdx.json: not a valid SPDX JSON document"},
		{"bom.json", "{\"bomFormat\": \"CycloneDX\",\n \"components\": [\n oops ]}", "bom.json: not a valid CycloneDX JSON document: line 3"},
		{"package.json", "{\"name\": \"x\",\n\"license\": 42}", "package.json: not a valid package.json"},
		{"package-lock.json", "{\"packages\": [", "package-lock.json: not a valid package-lock.json"},
		{"go.mod", "module x\nrequire (\n  example.com/a\n", "go.mod: not a valid go.mod"},
		{"sbom.json", "{\"hello\": 1}", "named like an SBOM"},
	}
	for _, c := range cases {
		_, err := ScanBytes(context.Background(), c.name, []byte(c.data), DefaultLimits())
		var ie *InputError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an input error containing %q", c.name, err, c.want)
		}
	}
	s, err := ScanBytes(context.Background(), "bom.json", []byte(`{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"type":"library","name":"x","licenses":[{"expression":"MIT AND OR"}]}]}`), DefaultLimits())
	if err != nil || len(s.Components) != 1 || s.Components[0].License != "" || !strings.Contains(s.Components[0].Note, "invalid SPDX expression") {
		t.Errorf("invalid expression in SBOM: %v %+v", err, s)
	}
}

// TestScanManifests guards npm and Go manifests: package.json's own licence, the
// lockfile's packages, and go.mod's requirements with licences from vendor/ and the
// module cache (nothing is run or downloaded).
func TestScanManifests(t *testing.T) {
	lock := `{"lockfileVersion": 3, "packages": {
	  "": {"name": "app"},
	  "node_modules/left-pad": {"version": "1.3.0", "license": "WTFPL"},
	  "node_modules/a/node_modules/b": {"version": "2.0.0", "license": "(MIT OR Apache-2.0)", "dev": true},
	  "node_modules/c": {"version": "1.0.0"}}}`
	s, err := ScanBytes(context.Background(), "package-lock.json", []byte(lock), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if got := licenses(s); got["left-pad@1.3.0"] != "WTFPL" || got["b@2.0.0"] != "(MIT OR Apache-2.0)" || got["c@1.0.0"] != "" || len(got) != 3 {
		t.Errorf("lockfile: %v", got)
	}
	s, err = ScanBytes(context.Background(), "package.json", []byte(`{"name": "app", "version": "1.0.0", "licenses": [{"type": "MIT"}, {"type": "Apache-2.0"}]}`), DefaultLimits())
	if err != nil || licenses(s)["app@1.0.0"] != "MIT OR Apache-2.0" {
		t.Errorf("package.json: %v %v", err, licenses(s))
	}

	dir := t.TempDir()
	cache := t.TempDir()
	write := func(p, data string) { writeFile(t, p, data) }
	write(filepath.Join(dir, "go.mod"), "module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/Vendored v1.0.0\n\texample.com/cached v1.2.0\n\texample.com/missing v0.1.0\n)\n")
	write(filepath.Join(dir, "vendor", "example.com", "Vendored", "LICENSE"), mitText)
	write(filepath.Join(cache, "example.com", "cached@v1.2.0", "LICENSE"), "SPDX-License-Identifier: BSD-2-Clause\n")
	s, err = ScanDir(context.Background(), dir, DefaultLimits(), cache)
	if err != nil {
		t.Fatal(err)
	}
	got := licenses(s)
	if got["example.com/Vendored@v1.0.0"] != "MIT" || got["example.com/cached@v1.2.0"] != "BSD-2-Clause" || got["example.com/missing@v0.1.0"] != "" || len(got) != 3 {
		t.Errorf("go.mod: %v", got) // the vendored LICENSE is the module's, not a component of its own
	}
	notes := func(s *Scan) string {
		for _, c := range s.Components {
			if c.Name == "example.com/missing" {
				return c.Note
			}
		}
		return ""
	}
	if n := notes(s); !strings.Contains(n, "go mod download") {
		t.Errorf("on disk, a missing module says %q", n)
	}
	// Uploaded in chat, a go.mod comes without its modules; downloading them on the
	// bot's machine is not the user's to do.
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if s, err = ScanBytes(context.Background(), "go.mod", data, DefaultLimits()); err != nil {
		t.Fatal(err)
	}
	if n := notes(s); !strings.Contains(n, "with its vendor/ directory") || strings.Contains(n, "go mod download") {
		t.Errorf("uploaded, a missing module says %q", n)
	}
	// Uploaded in an archive with vendor/, the vendored licence files are read.
	zipped := makeZip(t, map[string][]byte{"app/go.mod": data, "app/vendor/example.com/Vendored/LICENSE": []byte(mitText)})
	if s, err = ScanBytes(context.Background(), "app.zip", zipped, DefaultLimits()); err != nil {
		t.Fatal(err)
	}
	if got := licenses(s); got["example.com/Vendored@v1.0.0"] != "MIT" || got["example.com/missing@v0.1.0"] != "" || len(got) != 3 {
		t.Errorf("archive with vendor/: %v", got)
	}
	// A second module in the tree requiring the same version lists it once, at both.
	write(filepath.Join(dir, "tools", "go.mod"), "module example.com/app/tools\n\ngo 1.22\n\nrequire example.com/cached v1.2.0\n")
	if s, err = ScanDir(context.Background(), dir, DefaultLimits(), cache); err != nil {
		t.Fatal(err)
	}
	var cached []Component
	for _, c := range s.Components {
		if c.Name == "example.com/cached" {
			cached = append(cached, c)
		}
	}
	if len(cached) != 1 || cached[0].Where != "go.mod, tools/go.mod" {
		t.Errorf("a module two go.mod files require: %+v", cached)
	}
}

// TestCheckReport guards the verdicts of a scan: problems first, unknown licences need
// approval, counts add up.
func TestCheckReport(t *testing.T) {
	s, err := ScanBytes(context.Background(), "app.spdx.json", []byte(spdxJSON), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewPolicy(rulesOf(config.DefaultPolicy())).Check(s, "distribute", "")
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, it := range r.Items {
		order = append(order, it.Name+"="+it.Verdict.String())
	}
	want := "left-pad=not allowed,mystery=needs approval,zlib=allowed with obligations"
	if strings.Join(order, ",") != want {
		t.Errorf("order %v, want %s", order, want)
	}
	if r.Worst != NotAllowed || r.Counts[NotAllowed] != 1 || r.Counts[NeedsApproval] != 1 {
		t.Errorf("worst %v counts %v", r.Worst, r.Counts)
	}
	if got := r.Summary(); !strings.HasSuffix(got, "— 1 not allowed, 1 needs approval, 1 allowed with obligations") {
		t.Errorf("summary %q", got)
	}
	r.Counts[NeedsApproval] = 2
	if got := r.Summary(); !strings.Contains(got, "2 need approval") {
		t.Errorf("summary %q", got)
	}
	if _, err := NewPolicy(rulesOf(config.DefaultPolicy())).Check(s, "sell", ""); err == nil {
		t.Error("accepted an unknown use")
	}
}

// TestScanMergesLicenceFileIntoManifest: a package's package.json and its LICENSE are
// one component; the file fills in a manifest without a licence, and a disagreement
// stays visible as two components.
func TestScanMergesLicenceFileIntoManifest(t *testing.T) {
	dir := t.TempDir()
	write := func(p, data string) { writeFile(t, filepath.Join(dir, p), data) }
	write("same/package.json", `{"name": "same", "version": "1.0.0", "license": "MIT"}`)
	write("same/LICENSE", mitText)
	write("undeclared/package.json", `{"name": "undeclared", "version": "1.0.0"}`)
	write("undeclared/LICENSE", mitText)
	write("differ/package.json", `{"name": "differ", "version": "1.0.0", "license": "Apache-2.0"}`)
	write("differ/LICENSE", mitText)
	s, err := ScanDir(context.Background(), dir, DefaultLimits(), "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range s.Components {
		got = append(got, c.Name+"="+c.License+" ("+c.Source+")")
	}
	slices.Sort(got)
	want := []string{"differ=Apache-2.0 (package.json)", "differ=MIT (licence file)", "same=MIT (package.json)", "undeclared=MIT (package.json and licence file)"}
	if !slices.Equal(got, want) {
		t.Errorf("components\n%q\nwant\n%q", got, want)
	}
}

// TestFromURL: an SBOM that gives a licence by its address alone is read as the
// licence the address is the text of.
func TestFromURL(t *testing.T) {
	for u, want := range map[string]string{
		"https://opensource.org/licenses/MIT":                         "MIT",
		"https://opensource.org/license/mit/":                         "MIT",
		"http://www.apache.org/licenses/LICENSE-2.0.txt":              "Apache-2.0",
		"https://www.apache.org/licenses/LICENSE-2.0":                 "Apache-2.0",
		"https://www.gnu.org/licenses/gpl-3.0.html":                   "GPL-3.0-only",
		"https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html":     "LGPL-2.1-only",
		"https://spdx.org/licenses/BSD-3-Clause.html":                 "BSD-3-Clause",
		"https://www.mozilla.org/MPL/2.0/":                            "MPL-2.0",
		"https://creativecommons.org/publicdomain/zero/1.0/legalcode": "CC0-1.0",
		"https://spdx.org/licenses/GPL-2.0.html":                      "GPL-2.0-only",
		"https://example.com/our-licence":                             "",
		"https://opensource.org/licenses/":                            "",
	} {
		if got := fromURL(u); got != want {
			t.Errorf("fromURL(%q) = %q, want %q", u, got, want)
		}
	}
	bom := `{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
	  {"type": "library", "name": "a", "version": "1", "licenses": [{"license": {"url": "https://opensource.org/licenses/MIT"}}]},
	  {"type": "library", "name": "b", "version": "1", "licenses": [{"license": {"url": "https://example.com/terms"}}]}]}`
	s, err := ScanBytes(context.Background(), "bom.json", []byte(bom), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if got := licenses(s); got["a@1"] != "MIT" || got["b@1"] != "LicenseRef-https-example.com-terms" {
		t.Errorf("CycloneDX licence URLs: %v", got)
	}
}

// TestSBOMDeclaredSpellings: a declared licence is spelled as the SPDX list does; a
// name for exactly one licence is read as it, with a note; anything else stays without
// a licence, with what it may mean.
func TestSBOMDeclaredSpellings(t *testing.T) {
	bom := `{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
	  {"type": "library", "name": "lower", "version": "1", "licenses": [{"license": {"id": "mit"}}]},
	  {"type": "library", "name": "expr", "version": "1", "licenses": [{"expression": "apache-2.0 or mit"}]},
	  {"type": "library", "name": "named", "version": "1", "licenses": [{"expression": "Apache 2.0"}]},
	  {"type": "library", "name": "loose", "version": "1", "licenses": [{"expression": "GPL"}]},
	  {"type": "library", "name": "broken", "version": "1", "licenses": [{"expression": "Apache 2.0 or"}]},
	  {"type": "library", "name": "retired", "version": "1", "licenses": [{"license": {"id": "GPL-2.0"}}]}]}`
	s, err := ScanBytes(context.Background(), "bom.json", []byte(bom), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	notes := map[string]string{}
	for _, c := range s.Components {
		notes[c.Name] = c.Note
	}
	got := licenses(s)
	if got["lower@1"] != "MIT" || got["expr@1"] != "Apache-2.0 OR MIT" || got["named@1"] != "Apache-2.0" || got["loose@1"] != "" || got["broken@1"] != "" {
		t.Errorf("licences %v", got)
	}
	if !strings.Contains(notes["named"], `declared as "Apache 2.0"`) || !strings.Contains(notes["loose"], "probably means GPL-3.0-only") ||
		notes["retired"] != "GPL-2.0 is a retired SPDX ID; it meant GPL-2.0-only" {
		t.Errorf("notes %q", notes)
	}
}

// TestScanGoModReplace guards replace directives: a module replaced by another is read
// from the replacement's files (a replacement for its version before one for all
// versions), one replaced by a directory from that directory, and each line names the
// replacement; an upload cannot hold a replacement directory and says so.
func TestScanGoModReplace(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	write := func(p, data string) { writeFile(t, p, data) }
	gomod := "module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/forked v1.0.0\n\texample.com/local v0.1.0\n\texample.com/gone v0.2.0\n)\n\n" +
		"replace example.com/forked => example.com/wrong v9.9.9\n" +
		"replace example.com/forked v1.0.0 => github.com/us/forked v1.0.1-fix\n" +
		"replace example.com/local => ../local-copy\n" +
		"replace example.com/gone v0.2.0 => ./nowhere\n"
	write(filepath.Join(dir, "app", "go.mod"), gomod)
	write(filepath.Join(dir, "local-copy", "LICENSE"), "SPDX-License-Identifier: ISC\n")
	write(filepath.Join(cache, "github.com", "us", "forked@v1.0.1-fix", "LICENSE"), "SPDX-License-Identifier: BSD-2-Clause\n")
	write(filepath.Join(cache, "example.com", "forked@v1.0.0", "LICENSE"), "SPDX-License-Identifier: GPL-3.0-only\n")
	s, err := ScanGoMod(filepath.Join(dir, "app", "go.mod"), DefaultLimits(), cache)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Component{}
	for _, c := range s.Components {
		got[c.Name] = c
	}
	if c := got["example.com/forked"]; c.License != "BSD-2-Clause" || c.Replace != "github.com/us/forked@v1.0.1-fix" {
		t.Errorf("forked: %+v", c)
	}
	if c := got["example.com/local"]; c.License != "ISC" || c.Replace != "../local-copy" {
		t.Errorf("local: %+v", c)
	}
	if c := got["example.com/gone"]; c.License != "" || c.Note != "replaced by the directory ./nowhere, which is not there" {
		t.Errorf("gone: %+v", c)
	}
	rep, err := NewPolicy(rulesOf(config.DefaultPolicy())).Check(s, "distribute", "")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, it := range rep.Items {
		lines = append(lines, it.Line())
	}
	if text := strings.Join(lines, "\n"); !strings.Contains(text, "example.com/forked@v1.0.0 (replaced by github.com/us/forked@v1.0.1-fix) — BSD-2-Clause") {
		t.Errorf("report:\n%s", text)
	}

	s, err = ScanBytes(context.Background(), "go.mod", []byte(gomod), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Components {
		if c.Name == "example.com/local" && c.Note != "replaced by the directory ../local-copy, which the upload does not hold: send the go.mod in an archive with its vendor/ directory" {
			t.Errorf("uploaded local: %+v", c)
		}
	}

	// A directive from a newer Go than this build knows: the requirements are still
	// read, and the report says the replacements were not.
	s, err = ScanBytes(context.Background(), "go.mod", []byte(gomod+"futuredirective example.com/x\n"), DefaultLimits())
	if err != nil || len(s.Components) != 3 || s.Components[0].Replace != "" ||
		len(s.Skipped) != 1 || !strings.Contains(s.Skipped[0], "replace directives not read") {
		t.Errorf("newer go.mod: %v %+v %q", err, s.Components, s.Skipped)
	}
}

// TestSBOMGoModules guards the Go modules an SBOM lists without a licence (as SBOM tools
// write them when the module cache is not at hand): the module named by the package URL
// is kept for a lookup; an entry that declares a licence, one with another kind of
// package URL and a main module's "(devel)" version get none.
func TestSBOMGoModules(t *testing.T) {
	cases := map[string]string{
		"pkg:golang/github.com/google/uuid@v1.6.0":                     "github.com/google/uuid@v1.6.0",
		"pkg:golang/github.com/BurntSushi/toml@v1.3.2?type=module#cmd": "github.com/BurntSushi/toml@v1.3.2",
		"pkg:golang/golang.org/x/text@v0.21.0%2Bincompatible":          "golang.org/x/text@v0.21.0+incompatible",
		"pkg:golang/example.com/app@%28devel%29":                       "",
		"pkg:golang/example.com/app":                                   "",
		"pkg:npm/lodash@4.17.21":                                       "",
	}
	for purl, want := range cases {
		if got := goModuleOf(purl); got != want {
			t.Errorf("%s: %q, want %q", purl, got, want)
		}
	}
	bom := `{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [
	  {"type": "library", "name": "github.com/google/uuid", "version": "v1.6.0", "purl": "pkg:golang/github.com/google/uuid@v1.6.0"},
	  {"type": "library", "name": "github.com/x/declared", "version": "v1.0.0", "purl": "pkg:golang/github.com/x/declared@v1.0.0", "licenses": [{"license": {"id": "MIT"}}]},
	  {"type": "library", "name": "left-pad", "version": "1.3.0", "purl": "pkg:npm/left-pad@1.3.0"}]}`
	s, err := ScanBytes(context.Background(), "bom.json", []byte(bom), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Components {
		want := map[string]string{"github.com/google/uuid": "github.com/google/uuid@v1.6.0"}[c.Name]
		if c.Module != want {
			t.Errorf("%s: module %q, want %q", c.Name, c.Module, want)
		}
	}
	spdx := `{"spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT", "name": "app",
	  "documentNamespace": "https://example.com/app", "creationInfo": {"created": "2024-01-01T00:00:00Z", "creators": ["Tool: test"]},
	  "packages": [{"name": "golang.org/x/mod", "SPDXID": "SPDXRef-mod", "versionInfo": "v0.43.0", "downloadLocation": "NOASSERTION",
	    "licenseConcluded": "NOASSERTION", "licenseDeclared": "NOASSERTION",
	    "externalRefs": [{"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": "pkg:golang/golang.org/x/mod@v0.43.0"}]}]}`
	s, err = ScanBytes(context.Background(), "app.spdx.json", []byte(spdx), DefaultLimits())
	if err != nil || len(s.Components) != 1 || s.Components[0].Module != "golang.org/x/mod@v0.43.0" {
		t.Errorf("SPDX: %v %+v", err, s.Components)
	}
}

// TestGoBinary guards a Go program scanned as a file: its build information lists the
// modules it was built from (testdata/goprog, built here), each kept for a lookup with a
// note that the program holds no licences, and read from a module cache when there is
// one; an executable that is no Go program is refused as any binary file is.
func TestGoBinary(t *testing.T) {
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("the go command builds this test's program: ", err)
	}
	exe := filepath.Join(t.TempDir(), "goprog")
	if out, err := exec.Command(gocmd, "build", "-o", exe, "./testdata/goprog").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	lim := DefaultLimits()
	lim.MaxTotalBytes = int64(len(data)) + 1
	s, err := ScanBytes(context.Background(), "prog", data, lim)
	if err != nil {
		t.Fatal(err)
	}
	if s.Kind != "Go binary" {
		t.Fatalf("kind %q", s.Kind)
	}
	if len(s.Components) != 2 || s.Components[0].Name != "Go standard library" || s.Components[0].License != "BSD-3-Clause" ||
		!strings.HasPrefix(s.Components[0].Version, "go1.") {
		t.Fatalf("components %+v, want the standard library and golang.org/x/mod", s.Components)
	}
	found := s.Components[1]
	if found.Name != "golang.org/x/mod" || !strings.HasPrefix(found.Version, "v0.") || found.Module != found.Name+"@"+found.Version ||
		found.License != "" || !strings.Contains(found.Note, "a program names its modules, not their licences") {
		t.Errorf("x/mod in the binary: %+v", found)
	}
	cache := t.TempDir()
	writeFile(t, filepath.Join(cache, "golang.org", "x", "mod@"+found.Version, "LICENSE"), "SPDX-License-Identifier: BSD-3-Clause\n")
	if n := ReadModuleCache(s, cache, lim); n != 1 {
		t.Errorf("read %d modules from the cache, want 1", n)
	}
	if licenses(s)["golang.org/x/mod@"+found.Version] != "BSD-3-Clause" {
		t.Errorf("after the module cache: %v", licenses(s))
	}

	elf := append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 64)...)
	if _, err := ScanBytes(context.Background(), "tool", elf, DefaultLimits()); err == nil || !strings.Contains(err.Error(), "not a text file") {
		t.Errorf("an executable that is no Go program: %v", err)
	}
}

// TestLockfileWorkspacePackage guards a crash the fuzzer found: a package-lock.json
// whose packages include a path without node_modules/ (an npm workspace, "packages/app")
// is listed under that path instead of panicking the scan.
func TestLockfileWorkspacePackage(t *testing.T) {
	lock := `{"name":"app","lockfileVersion":3,"packages":{"":{"name":"app"},"packages/ui":{"version":"1.0.0","license":"MIT"},"00":{}}}`
	s, err := ScanBytes(context.Background(), "package-lock.json", []byte(lock), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if got := licenses(s); got["packages/ui@1.0.0"] != "MIT" {
		t.Errorf("workspace package: %v", got)
	}
}
