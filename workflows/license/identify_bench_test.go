package license

import (
	"runtime"
	"strings"
	"testing"
)

// BenchmarkColdStart is what a process pays before its first answer: reading the
// embedded templates and building the sampled index, then identifying one licence
// file, whose candidate templates build their gram sets on first use. The command
// line pays this once per run (`ospobot license identify FILE`).
func BenchmarkColdStart(b *testing.B) {
	files := readCorpus(b, "testdata/identify/vendor.jsonl.gz")
	text := []byte(files[0].Text)
	b.ReportAllocs()
	for b.Loop() {
		m, err := readMatcher(templatesGz)
		if err != nil {
			b.Fatal(err)
		}
		if found := m.find(m.read(text)); len(found) == 0 {
			b.Fatal("nothing found")
		}
	}
}

// BenchmarkIdentifyMixed is warm throughput on mixed files, as a scan of a source tree
// meets them: real licence files, source files with headers and tags, short notices,
// files without a licence, and plain source code (MB/s counts every byte read).
// HeapInuse-MiB reports the heap the templates and one pass over the files hold.
func BenchmarkIdentifyMixed(b *testing.B) {
	var files []corpusEntry
	for _, kind := range []string{"real", "headers", "tags", "short", "negative", "multi"} {
		files = append(files, readCorpus(b, "testdata/identify/"+kind+".jsonl.gz")...)
	}
	code := strings.Repeat("func f(a, b int) int { return a*b + len(\"some string literal\") }\n", 2000)
	for i := range 40 {
		files = append(files, corpusEntry{Name: "f.go", Text: "package p\n\n" + code[:len(code)-i*100]})
	}
	n := 0
	for _, f := range files {
		n += len(f.Text)
	}
	for _, f := range files {
		Identify(f.Name, []byte(f.Text)) // warm: the templates met are read
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			Identify(f.Name, []byte(f.Text))
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "HeapInuse-MiB")
}
