package license

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// BenchmarkAnswerQuestion: understand a plain-words question and decide it.
func BenchmarkAnswerQuestion(b *testing.B) {
	p := NewPolicy(rulesOf(config.DefaultPolicy()))
	b.ReportAllocs()
	for b.Loop() {
		q, ok := ParseQuestion("can we statically link an LGPLv2.1 or MIT OR Apache-2.0 library in the firmware we ship?")
		if !ok {
			b.Fatal("no licence found")
		}
		if _, err := p.Evaluate(q.Expression, q.Use, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScanSBOM10k: read a CycloneDX SBOM of 10,000 components and check it.
func BenchmarkScanSBOM10k(b *testing.B) {
	ids := []string{"MIT", "Apache-2.0", "BSD-3-Clause", "ISC", "GPL-2.0-only", "MIT OR Apache-2.0", "LGPL-2.1-or-later", "MPL-2.0"}
	type lic struct {
		License *struct {
			ID string `json:"id"`
		} `json:"license,omitempty"`
		Expression string `json:"expression,omitempty"`
	}
	type comp struct {
		Type     string `json:"type"`
		Name     string `json:"name"`
		Version  string `json:"version"`
		Licenses []lic  `json:"licenses"`
	}
	comps := make([]comp, 10000)
	for i := range comps {
		id := ids[i%len(ids)]
		l := lic{Expression: id}
		if !strings.Contains(id, " ") {
			l = lic{License: &struct {
				ID string `json:"id"`
			}{id}}
		}
		comps[i] = comp{Type: "library", Name: fmt.Sprintf("pkg-%05d", i), Version: "1.0.0", Licenses: []lic{l}}
	}
	data, err := json.Marshal(map[string]any{"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": comps})
	if err != nil {
		b.Fatal(err)
	}
	p := NewPolicy(rulesOf(config.DefaultPolicy()))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s, err := ScanBytes(context.Background(), "bom.json", data, DefaultLimits())
		if err != nil {
			b.Fatal(err)
		}
		r, err := p.Check(s, "distribute", "")
		if err != nil || len(r.Items) != 10000 {
			b.Fatal(err, len(r.Items))
		}
	}
}

// BenchmarkScanDir: a source tree of 2,000 files (licence files, tagged and untagged
// sources); MB/s counts the bytes read.
func BenchmarkScanDir(b *testing.B) {
	root := b.TempDir()
	body := strings.Repeat("int f(int a) { return a * 2; } /* some code */\n", 200)
	for i := range 2000 {
		dir := filepath.Join(root, fmt.Sprintf("mod%02d", i/100), fmt.Sprintf("pkg%02d", i%100/10))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		name, content := fmt.Sprintf("f%d.c", i), body
		switch {
		case i%100 == 0:
			name, content = "LICENSE", mitText
		case i%3 == 0:
			content = "// SPDX-License-Identifier: Apache-2.0\n" + body
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	var read int64
	b.ReportAllocs()
	for b.Loop() {
		s, err := ScanDir(context.Background(), root, DefaultLimits(), "")
		if err != nil {
			b.Fatal(err)
		}
		read = s.Bytes
	}
	b.SetBytes(read)
}

// BenchmarkParseLongQuestion: understand a question as engineers write it (several
// sentences, roles, a use read from what is done) and answer its compatibility.
func BenchmarkParseLongQuestion(b *testing.B) {
	const text = "We ship a desktop app under MIT and want to bundle a library that is LGPL-2.1. Users can swap the DLL. " +
		"The installer also includes a couple of fonts and an icon set. Are we fine licensing-wise?"
	b.ReportAllocs()
	for b.Loop() {
		q, ok := ParseQuestion(text)
		if !ok || q.Kind != AskCompatibility {
			b.Fatal("not read as a compatibility question")
		}
		CompatibleFor(q.Licenses[0], q.Licenses[1], q.Use)
	}
}
