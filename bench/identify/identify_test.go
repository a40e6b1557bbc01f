//go:build unix

package identify

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	classifier "github.com/google/licenseclassifier/v2"
	"github.com/google/licenseclassifier/v2/assets"

	"github.com/ospobot/ospobot/workflows/license"
)

type file struct {
	Kind string
	Name string   `json:"name"`
	Want []string `json:"want"`
	Text string   `json:"text"`
}

// corpus reads every kind of ospobot's identification corpus.
func corpus(t testing.TB) []file {
	t.Helper()
	paths, err := filepath.Glob("../../workflows/license/testdata/identify/*.jsonl.gz")
	if err != nil || len(paths) == 0 {
		t.Fatalf("corpus: %v (%d kinds)", err, len(paths))
	}
	var out []file
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(nil, 4<<20)
		for sc.Scan() {
			var x file
			if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
				t.Fatal(err)
			}
			x.Kind = strings.TrimSuffix(filepath.Base(p), ".jsonl.gz")
			out = append(out, x)
		}
		f.Close()
	}
	return out
}

func size(files []file) int64 {
	n := int64(0)
	for _, f := range files {
		n += int64(len(f.Text))
	}
	return n
}

func ospobotIDs(f file) []string { return license.Identify(f.Name, []byte(f.Text)).IDs() }

func classifierIDs(c *classifier.Classifier, f file) []string {
	var ids []string
	for _, m := range c.Match([]byte(f.Text)).Matches {
		if m.MatchType == "License" || m.MatchType == "Header" {
			ids = append(ids, m.Name)
		}
	}
	return ids
}

// loose compares licence names as both tools spell them: licenseclassifier names the
// GNU licences without -only / -or-later and some licences by older names, so a
// match of the name's start counts.
func loose(got, want []string) bool {
	norm := func(s string) string {
		s = strings.ToLower(s)
		for _, suf := range []string{"-only", "-or-later", "+"} {
			s = strings.TrimSuffix(s, suf)
		}
		s, _, _ = strings.Cut(s, " with ")
		return strings.TrimPrefix(s, "licenseref-")
	}
	g := map[string]bool{}
	for _, x := range got {
		g[norm(x)] = true
	}
	w := map[string]bool{}
	for _, x := range want {
		w[norm(x)] = true
	}
	if len(g) != len(w) {
		return false
	}
	for x := range w {
		if !g[x] {
			return false
		}
	}
	return true
}

// TestCompare runs both identifiers over the same files in one run and reports each
// one's throughput, the ratio, and each one's share of files identified as expected
// (ospobot exactly; licenseclassifier by a looser reading of its names). It fails if
// ospobot is not at least ten times as fast.
func TestCompare(t *testing.T) {
	files := corpus(t)
	bytes := size(files)
	c, err := assets.DefaultClassifier()
	if err != nil {
		t.Fatal(err)
	}
	// Warm both up (ospobot reads its templates, the classifier its assets) outside
	// the timing, then time one pass each.
	ospobotIDs(files[0])
	classifierIDs(c, files[0])

	start, cpu := time.Now(), cpuTime()
	right := map[string][2]int{}
	for _, f := range files {
		r := right[f.Kind]
		if same(ospobotIDs(f), f.Want) {
			r[0]++
		}
		right[f.Kind] = r
	}
	ours, oursCPU := time.Since(start), cpuTime()-cpu

	start, cpu = time.Now(), cpuTime()
	theirs := map[string]int{}
	for _, f := range files {
		if loose(classifierIDs(c, f), f.Want) {
			theirs[f.Kind]++
		}
	}
	peer, peerCPU := time.Since(start), cpuTime()-cpu

	count := map[string]int{}
	for _, f := range files {
		count[f.Kind]++
	}
	for kind, n := range count {
		t.Logf("%-10s %4d files: ospobot %5.1f%%, licenseclassifier v2 %5.1f%%", kind, n,
			100*float64(right[kind][0])/float64(n), 100*float64(theirs[kind])/float64(n))
	}
	mb := float64(bytes) / 1e6
	t.Logf("%d files, %.1f MB, wall: ospobot %v (%.1f MB/s), licenseclassifier v2 %v (%.1f MB/s): %.1f times as fast",
		len(files), mb, ours.Round(time.Millisecond), mb/ours.Seconds(), peer.Round(time.Millisecond), mb/peer.Seconds(),
		peer.Seconds()/ours.Seconds())
	t.Logf("CPU time: ospobot %v (%.1f MB/s), licenseclassifier v2 %v (%.1f MB/s): %.1f times as fast",
		oursCPU.Round(time.Millisecond), mb/oursCPU.Seconds(), peerCPU.Round(time.Millisecond), mb/peerCPU.Seconds(),
		peerCPU.Seconds()/oursCPU.Seconds())
	// CPU time is the fair measure on a shared machine: wall time counts the other
	// processes too.
	if peerCPU < 10*oursCPU {
		t.Errorf("ospobot is only %.1f times as fast as licenseclassifier v2; want 10", peerCPU.Seconds()/oursCPU.Seconds())
	}
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func same(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]bool{}
	for _, x := range a {
		m[x] = true
	}
	for _, x := range b {
		if !m[x] {
			return false
		}
	}
	return true
}

func BenchmarkOspobot(b *testing.B) {
	files := corpus(b)
	ospobotIDs(files[0])
	b.SetBytes(size(files))
	for b.Loop() {
		for _, f := range files {
			ospobotIDs(f)
		}
	}
}

func BenchmarkLicenseclassifier(b *testing.B) {
	files := corpus(b)
	c, err := assets.DefaultClassifier()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size(files))
	for b.Loop() {
		for _, f := range files {
			classifierIDs(c, f)
		}
	}
}
