package license

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSPDX3 guards the SPDX 3.0 reader on a document shaped like the specification's
// examples: licences reached through Relationship and LifecycleScopedRelationship
// elements, the concluded licence winning over the declared one (and the report naming
// which), NOASSERTION and NONE, LicenseRef- texts identified by ospobot's own
// identification, expanded-licensing sets, a Go package URL for the module lookup, and
// the files and snippets of a package that has no licence of its own. Before the reader
// existed such a document was "1 component, no known licence".
func TestSPDX3(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "spdx3", "app.spdx3.json"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := ScanBytes(context.Background(), "app.spdx3.json", data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if s.Kind != "SPDX 3.0 SBOM" {
		t.Errorf("kind %q", s.Kind)
	}
	want := map[string]string{
		"app@1.0":                          "",
		"libfoo@1.2.0":                     "MIT OR Apache-2.0",
		"libbar@2.0":                       "GPL-2.0-or-later WITH Classpath-exception-2.0",
		"acme-sdk@5.1":                     "LicenseRef-acme-sdk",
		"tinylib@0.3":                      "MIT",
		"github.com/google/uuid@v1.6.0":    "",
		"buildtool@7":                      "BSD-3-Clause",
		"filespkg: src/a.c":                "MIT",
		"filespkg: src/b.c (snippet hash)": "BSD-2-Clause",
		"expanded@3":                       "MIT OR (GPL-2.0-only WITH Classpath-exception-2.0)",
		"nothing@1":                        "",
	}
	got := licenses(s)
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			t.Errorf("%s = %q (listed: %v), want %q", k, g, ok, v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("components %v, want %d", got, len(want))
	}
	by := map[string]Component{}
	for _, c := range s.Components {
		by[c.Name] = c
	}
	checks := []struct{ name, field, want string }{
		{"libfoo", "source", "concluded"},
		{"libbar", "source", "declared"},
		{"buildtool", "source", "declared"},
		{"acme-sdk", "note", "needs review"},
		{"tinylib", "note", "LicenseRef-tiny's text in the document is MIT"},
		{"github.com/google/uuid", "module", "github.com/google/uuid@v1.6.0"},
		{"nothing", "note", "NONE"},
		{"filespkg: src/a.c", "where", "package filespkg"},
	}
	for _, c := range checks {
		v := map[string]string{"source": by[c.name].Source, "note": by[c.name].Note, "module": by[c.name].Module, "where": by[c.name].Where}[c.field]
		if !strings.Contains(v, c.want) {
			t.Errorf("%s %s = %q, want it to contain %q", c.name, c.field, v, c.want)
		}
	}
}

// TestSPDX3BadInput guards malformed SPDX 3.0 documents: a truncated file, one without
// a @graph and one whose element has no class each get an input error saying what is
// wrong, never a silent "no licence".
func TestSPDX3BadInput(t *testing.T) {
	cases := map[string]string{
		"truncated.spdx.json": "not a valid SPDX 3.0 document: line ",
		"nograph.spdx.json":   "no @graph of elements",
		"notype.spdx.json":    "element 1 of @graph has no type",
	}
	for name, want := range cases {
		data, err := os.ReadFile(filepath.Join("testdata", "spdx3", name))
		if err != nil {
			t.Fatal(err)
		}
		_, err = ScanBytes(context.Background(), name, data, DefaultLimits())
		var ie *InputError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an input error containing %q", name, err, want)
		}
	}
}

// TestSPDX3Cycles guards against hostile documents: a licence set that contains itself
// ends with a note instead of recursing without end, and sets that share members many
// levels deep cost once each, not once per path (2^depth).
func TestSPDX3Cycles(t *testing.T) {
	doc := `{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
	 {"type": "software_Package", "spdxId": "p", "name": "loop"},
	 {"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "s", "expandedlicensing_member": ["s", "https://spdx.org/licenses/MIT"]},
	 {"type": "Relationship", "spdxId": "r", "from": "p", "relationshipType": "hasConcludedLicense", "to": ["s"]}]}`
	s, err := ScanBytes(context.Background(), "loop.spdx.json", []byte(doc), DefaultLimits())
	if err != nil || len(s.Components) != 1 || !strings.Contains(s.Components[0].Note, "contains itself") {
		t.Fatalf("%v %+v", err, s)
	}
	// 30 levels, each an AND and an OR of the two sets below: a walk of every path would
	// make 2^30 calls, and the expression doubles a level.
	var b strings.Builder
	b.WriteString(`{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [
	 {"type": "software_Package", "spdxId": "p", "name": "deep"},
	 {"type": "Relationship", "spdxId": "r", "from": "p", "relationshipType": "hasConcludedLicense", "to": ["a0"]},
	 {"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "a30", "expandedlicensing_member": ["https://spdx.org/licenses/MIT"]},
	 {"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "o30", "expandedlicensing_member": ["https://spdx.org/licenses/Apache-2.0"]}`)
	for i := range 30 {
		fmt.Fprintf(&b, `,
	 {"type": "expandedlicensing_ConjunctiveLicenseSet", "spdxId": "a%d", "expandedlicensing_member": ["a%d", "o%d"]},
	 {"type": "expandedlicensing_DisjunctiveLicenseSet", "spdxId": "o%d", "expandedlicensing_member": ["a%d", "o%d"]}`, i, i+1, i+1, i, i+1, i+1)
	}
	b.WriteString("]}")
	s, err = ScanBytes(context.Background(), "deep.spdx.json", []byte(b.String()), DefaultLimits())
	if err != nil || len(s.Components) != 1 || !strings.Contains(s.Components[0].Note, "licence expression longer than") {
		t.Fatalf("%v %+v", err, s)
	}
}

// FuzzSPDX3 guards the SPDX 3.0 reader against hostile documents: whatever the bytes,
// it returns components or an input error, and never panics or hangs.
func FuzzSPDX3(f *testing.F) {
	for _, name := range []string{"app.spdx3.json", "truncated.spdx.json", "nograph.spdx.json", "notype.spdx.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", "spdx3", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := readSPDX3("fuzz.spdx.json", data)
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error of the wrong kind: %v", err)
			}
			return
		}
		for _, e := range g.order {
			g.licenseOf(e.ID())
		}
	})
}
