package license

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpusFloors are the shares each kind of file must be identified exactly, set a
// little under what identification achieves, so that a change that costs accuracy on
// any kind fails here.
var corpusFloors = map[string]float64{
	"canonical": 99, "real": 99, "headers": 99, "spdx": 99, "classifier": 99, "vendor": 99,
	"tags": 99, "multi": 99, "short": 99, "negative": 100, "modified": 99, "cases": 99,
	"headerstyles": 99, "tagshapes": 99, "multistyles": 99,
}

type corpusEntry struct {
	Name string   `json:"name"`
	Want []string `json:"want"`
	Text string   `json:"text"`
}

func readCorpus(t testing.TB, path string) []corpusEntry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []corpusEntry
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		var e corpusEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestIdentifyCorpus scores identification on the corpus in testdata/identify (made
// by gen -corpus): canonical texts of common licences, real licence files, source
// headers in many comment styles, every SPDX licence text, one text of each licence
// of licenseclassifier v2's assets (its vendor licences as LicenseRef-<name>), SPDX
// tags in many comment styles, files with several licences, short references and
// files without a licence; and the harder kinds: every standard notice in 28 comment
// styles (docstrings, boxes, (* *), <!-- -->, REM, dnl, ') reflowed at four widths
// inside code (headerstyles), tags in many shapes, with the words of a tag in a string
// that is no tag (tagshapes), and third-party notice files of three licences and
// headers naming two (multistyles). A file counts when the licences found are exactly
// the ones expected. It prints the score per kind and fails below each kind's floor.
func TestIdentifyCorpus(t *testing.T) {
	paths, err := filepath.Glob("testdata/identify/*.jsonl.gz")
	if err != nil || len(paths) < len(corpusFloors) {
		t.Fatalf("corpus: %v, %d kinds", err, len(paths))
	}
	for _, p := range paths {
		kind := strings.TrimSuffix(filepath.Base(p), ".jsonl.gz")
		floor, ok := corpusFloors[kind]
		if !ok {
			t.Errorf("%s: no floor for this kind", kind)
			continue
		}
		files := readCorpus(t, p)
		right := 0
		for _, f := range files {
			got := Identify(f.Name, []byte(f.Text)).IDs()
			if sameSet(got, f.Want) {
				right++
			} else {
				t.Logf("%s miss: %s: got %q, want %q", kind, f.Name, got, f.Want)
			}
		}
		score := 100 * float64(right) / float64(len(files))
		t.Logf("%-10s %4d of %4d identified exactly (%.1f%%)", kind, right, len(files), score)
		if score < floor || len(files) == 0 {
			t.Errorf("%s: %.1f%% identified exactly, want at least %.0f%%", kind, score, floor)
		}
	}
}

var _ = slices.Contains[[]string]
