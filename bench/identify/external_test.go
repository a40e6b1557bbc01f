//go:build unix

package identify

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"github.com/google/licensecheck"
	classifier "github.com/google/licenseclassifier/v2"
	"github.com/google/licenseclassifier/v2/assets"

	"github.com/ospobot/ospobot/workflows/license"
)

// The external sets are other licence tools' own test data, read from the Go module
// cache (fetched there with `go mod download`, never copied into this repository),
// each file with the licences that tool's authors expect in it:
//
//   - licensecheck: github.com/google/licensecheck v0.3.1 testdata/*.tN, the licences
//     of its header's first (Cover) stanza, named as licensecheck names them;
//   - lc2-license, lc2-header: every text of licenseclassifier v2's assets (License/ and
//     Header/), expected as the licence of its folder (vendor folders as
//     LicenseRef-<name>);
//   - lc2-scenario: licenseclassifier v2's scenarios, with their EXPECTED lines;
//   - lc1: licenseclassifier v1's licenses/*.txt (.header.txt: the standard notice);
//   - addlicense: github.com/google/addlicense's testdata, the Apache-2.0 header in
//     forty comment styles (expected/) and the same files without one (initial/);
//   - addlicense-spdx: addlicense run on its own initial/ files, writing SPDX tags alone
//     (-s=only) and notices with tags (-s) for four licences, in every comment style
//     it knows; the files it leaves alone have no licence;
//   - licensedb: go-license-detector v4's dataset of real licence files of popular
//     projects; it has no expected answers, so a file counts where licensecheck and
//     licenseclassifier v2 agree on a licence, and the others are listed.
//
// Run (the modules are fetched on first use):
//
//	go test -run External -v .                     # every set, ospobot and licenseclassifier v2
//	go test -run External -v . -sets licensecheck  # one set; -misses lists the files missed
var (
	setsFlag   = flag.String("sets", "", "external sets to score, comma-separated (default: all)")
	missesFlag = flag.Bool("misses", false, "list every file ospobot misses")
)

type extFile struct {
	Name string
	Want []string // expected IDs; each may be "A|B": either spelling counts
	Text []byte
}

type extSet struct {
	name string
	read func(t *testing.T) []extFile
}

var extSets = []extSet{
	{"licensecheck", licensecheckSet},
	{"lc2-license", func(t *testing.T) []extFile { return lc2Assets(t, "License") }},
	{"lc2-header", func(t *testing.T) []extFile { return lc2Assets(t, "Header") }},
	{"lc2-scenario", lc2Scenarios},
	{"lc1", lc1Set},
	{"addlicense", addlicenseSet},
	{"addlicense-spdx", addlicenseSPDXSet},
	{"licensedb", licensedbSet},
}

// moduleDir fetches a module into the module cache and returns its directory.
func moduleDir(t *testing.T, mod string) string {
	t.Helper()
	cmd := exec.Command("go", "mod", "download", "-json", mod)
	cmd.Dir = t.TempDir() // outside this module: no go.mod is changed
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go mod download %s: %v\n%s", mod, err, out)
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal(out, &info); err != nil || info.Dir == "" {
		t.Fatalf("go mod download %s: %v %s", mod, err, info.Error)
	}
	return info.Dir
}

func TestExternal(t *testing.T) {
	want := map[string]bool{}
	for _, s := range strings.Split(*setsFlag, ",") {
		if s != "" {
			want[s] = true
		}
	}
	c, err := assets.DefaultClassifier()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, set := range extSets {
		if len(want) > 0 && !want[set.name] {
			continue
		}
		files := set.read(t)
		ours, theirs := 0, 0
		var oursTime, theirsTime time.Duration
		for _, f := range files {
			start := time.Now()
			got := license.Identify(f.Name, f.Text).IDs()
			oursTime += time.Since(start)
			if matches(got, f.Want) {
				ours++
			} else if *missesFlag {
				t.Logf("%s miss: %s: got %q, want %q", set.name, f.Name, got, f.Want)
			}
			start = time.Now()
			peer := classifierNames(c, f.Text)
			theirsTime += time.Since(start)
			if matches(peer, f.Want) {
				theirs++
			}
		}
		n := max(1, len(files))
		lines = append(lines, fmt.Sprintf("%-13s %5d files: ospobot %5.1f%% (%d), licenseclassifier v2 %5.1f%% (%d); time %v vs %v",
			set.name, len(files), 100*float64(ours)/float64(n), ours, 100*float64(theirs)/float64(n), theirs,
			oursTime.Round(time.Millisecond), theirsTime.Round(time.Millisecond)))
	}
	for _, l := range lines {
		t.Log(l)
	}
}

// classifierNames is licenseclassifier v2's answer, in SPDX IDs.
func classifierNames(c *classifier.Classifier, text []byte) []string {
	var ids []string
	for _, m := range c.Match(text).Matches {
		if m.MatchType == "License" || m.MatchType == "Header" {
			id := lc2ID(m.Name)
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// matches: the licences found are exactly the ones expected (each expected entry
// may offer alternatives "A|B").
func matches(got, want []string) bool {
	g := map[string]bool{}
	for _, x := range got {
		g[x] = true
	}
	if len(g) == 0 && len(want) == 1 && slices.Contains(strings.Split(want[0], "|"), "") {
		return true // nothing found, and nothing is one of the answers
	}
	if len(g) != len(want) {
		return false
	}
	for _, w := range want {
		ok := false
		for _, alt := range strings.Split(w, "|") {
			if g[alt] {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

var (
	currentIDs = sync1(func() map[string]string {
		m := map[string]string{}
		for _, id := range spdxlicenses.GetLicenses() {
			m[strings.ToLower(id)] = id
		}
		return m
	})
	deprecatedIDs = sync1(func() map[string]bool {
		m := map[string]bool{}
		for _, id := range spdxlicenses.GetDeprecated() {
			m[id] = true
		}
		return m
	})
)

func sync1[T any](f func() T) func() T {
	var v T
	done := false
	return func() T {
		if !done {
			v, done = f(), true
		}
		return v
	}
}

var bareGNU = regexp.MustCompile(`^(A|L)?GPL-\d\.\d$|^GFDL-1\.\d$`)

// spdxWant is the expected answer for a licence named by an SPDX ID, current or
// deprecated; a bare GNU ID leaves "only" and "or later" open, so either counts.
func spdxWant(id string) string {
	switch {
	case bareGNU.MatchString(id):
		return id + "-only|" + id + "-or-later"
	case strings.HasSuffix(id, "+") && bareGNU.MatchString(strings.TrimSuffix(id, "+")):
		return strings.TrimSuffix(id, "+") + "-or-later"
	}
	if r, ok := license.CurrentExpression(id); ok {
		return r // the deprecated IDs the tools use, in current ones
	}
	return id
}

// lc2Names maps licenseclassifier's names that are not SPDX IDs to the SPDX expression
// for the same text, and lc2Files the single texts filed under another licence's folder
// than the one whose text they are: the table the template generator uses, read from
// its file.
var lc2Names, lc2Files = func() (names, files map[string]string) {
	data, err := os.ReadFile("../../workflows/license/gen/classifier-names.json")
	if err != nil {
		panic(err)
	}
	var f struct {
		Names map[string]string `json:"names"`
		Files map[string]string `json:"files"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		panic(fmt.Sprintf("classifier-names.json: %v", err))
	}
	f.Names["MPL-2.0-no-copyleft-exception"] = "MPL-2.0-no-copyleft-exception"
	return f.Names, f.Files
}()

// lc2ID is the SPDX expression (or LicenseRef-<name>) for a licenseclassifier name.
func lc2ID(name string) string {
	if id, ok := lc2Names[name]; ok {
		return id
	}
	if strings.HasPrefix(name, "LicenseRef-") {
		return name
	}
	if id, ok := currentIDs()[strings.ToLower(name)]; ok || deprecatedIDs()[name] {
		if !ok {
			id = name
		}
		return spdxWant(id)
	}
	return "LicenseRef-" + regexp.MustCompile(`[^A-Za-z0-9.-]+`).ReplaceAllString(name, "-")
}

// lcNames maps licensecheck's own names (not SPDX IDs) to what a reader expects.
var lcNames = map[string]string{
	"GPL-2.0-or-3.0":     "GPL-2.0-only OR GPL-3.0-only",
	"CommonsClause":      "LicenseRef-Commons-Clause", // licenseclassifier's name
	"GooglePatentClause": "LicenseRef-GooglePatentClause",
	"GooglePatentsFile":  "LicenseRef-GooglePatentsFile",
	"BSD-1-Clause-Clear": "LicenseRef-BSD-1-Clause-Clear",
	// BSD-3-Clause with a sentence of its own: not on the SPDX list.
	"BSD-3-Clause-NoTrademark": "LicenseRef-BSD-3-Clause-NoTrademark",
	// MIT with X11's advertising clause before the disclaimer: the SPDX list has named
	// it since, as X11-swapped (its text is licensecheck's MIT-NoAd word for word).
	"MIT-NoAd":           "X11-swapped",
	"Anti996":            "LicenseRef-Anti996",
	"Aladdin-9":          "LicenseRef-Aladdin-9",
	"CC-BY-NC-SA-3.0-US": "LicenseRef-CC-BY-NC-SA-3.0-US",
	"Prosperity-3.0.0":   "LicenseRef-Prosperity-3.0.0",
}

// lcTruth corrects licensecheck's expectations where it finds no licence (its
// matcher's limits, or licences listed after it) in a text that is one, read by hand.
// "" stands for no licence named: the text is a licence with terms of its own added,
// which a person must read. Where two answers are right, both count.
var lcTruth = map[string][]string{
	"BSD-3-Clause.t28": {"BSD-3-Clause"},  // a line repeated
	"MIT-Header.t1":    {"MIT"},           // "Licensed under the MIT License (the "License")"
	"MIT.t25":          {"MIT-Wu"},        // SPDX's MIT-Wu, word for word
	"MIT.t26":          {"MIT"},           // typos ("PURPOa")
	"MIT.t29":          {"MIT"},           // "licensed under the MIT License" and MIT's terms summed up
	"BSD-3-Clause.t25": {"BSD-3-Clause|"}, // the permission sentence left out
	"MIT.t24":          {"MIT|"},          // cut off in the last line
	"MIT-Broken.t2":    {"MIT|"},          // its first word ("Permission") left out
	"MIT.t16":          {"MIT|"},          // "every other copyright notice … all the attributions" kept too
	"MIT-Broken.t4":    {"|X11|MIT"},      // MIT with X11's advertising clause (and a stray "X")
	// Licences the SPDX list has named since: the text is that variant's word for word.
	"OpenSSL.t2": {"OpenSSL-standalone|OpenSSL"}, // the OpenSSL part alone, without SSLeay's
	"OpenSSL.t4": {"OpenSSL-standalone|OpenSSL"},
	"HPND.t6":    {"metamail|HPND"}, // Bellcore's
	// David M. Gay's dtoa licence with the names changed (t8 also words the warranty
	// sentence for one author): SPDX's dtoa.
	"HPND.t7": {"dtoa|HPND"},
	"HPND.t8": {"dtoa|HPND"},
}

func licensecheckSet(t *testing.T) []extFile {
	dir := moduleDir(t, "github.com/google/licensecheck@v0.3.1")
	var out []extFile
	for _, f := range readGlob(t, filepath.Join(dir, "testdata", "*.t*")) {
		p, data := f.path, f.data
		i := bytes.Index(data, []byte("\n\n"))
		if i < 0 {
			continue
		}
		var want []string
		for _, line := range strings.Split(string(data[:i]), "\n") {
			if strings.HasPrefix(line, "#") || strings.HasSuffix(line, "%") || line == "cover+scan" {
				continue
			}
			if line == "scan" {
				break
			}
			name := strings.Fields(line)[0]
			id, ok := lcNames[name]
			if !ok {
				id = spdxWant(name)
			}
			if !slices.Contains(want, id) {
				want = append(want, id)
			}
		}
		name := filepath.Base(p)
		if w, ok := lcTruth[name]; ok {
			want = w
		}
		out = append(out, extFile{Name: name, Want: want, Text: data[i+2:]})
	}
	return out
}

func lc2Dir(t *testing.T) string {
	return moduleDir(t, "github.com/google/licenseclassifier/v2@v2.0.0")
}

func lc2Assets(t *testing.T, sub string) []extFile {
	root := filepath.Join(lc2Dir(t), "assets", sub)
	var out []extFile
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		name := filepath.Dir(rel)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		id := lc2ID(name)
		if fid, ok := lc2Files[sub+"/"+rel]; ok {
			id = fid
		}
		if sub == "Header" && strings.HasSuffix(id, "-only|"+strings.Split(id, "-only|")[0]+"-or-later") {
			// A notice says which versions it offers.
			low := strings.ToLower(strings.Join(strings.Fields(string(data)), " "))
			base := strings.Split(id, "-only|")[0]
			if strings.Contains(low, "any later version") || strings.Contains(low, "or later") {
				id = base + "-or-later"
			} else {
				id = base + "-only"
			}
		}
		out = append(out, extFile{Name: sub + "/" + rel, Want: []string{id}, Text: data})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// scenarioTruth corrects scenarios whose EXPECTED line leaves out what the file says,
// read by hand.
var scenarioTruth = map[string][]string{
	// The GPL version 2 with the Classpath exception's text, as OpenJDK ships it; a text
	// alone does not say "only" or "or later".
	"159475529_2": {"GPL-2.0-only WITH Classpath-exception-2.0|GPL-2.0-or-later WITH Classpath-exception-2.0"},
	// "Licensed under the BSD-3-Clause license; you may not use this file except …".
	"150280258": {"BSD-3-Clause"},
	// Mozilla's licence block: MPL-1.1, or GPL-2.0-or-later, or LGPL-2.1-or-later.
	"159478550": {"MPL-1.1|MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"},
}

func lc2Scenarios(t *testing.T) []extFile {
	root := filepath.Join(lc2Dir(t), "scenarios")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []extFile
	for _, e := range entries {
		if strings.Contains(e.Name(), ".") {
			continue // README.md: the folder's own description
		}
		data, err := os.ReadFile(filepath.Join(root, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		// Comment lines, then EXPECTED:names, then the text.
		var want []string
		for {
			line, rest, _ := bytes.Cut(data, []byte("\n"))
			data = rest
			if names, ok := bytes.CutPrefix(line, []byte("EXPECTED:")); ok {
				for _, n := range strings.Split(strings.TrimSpace(string(names)), ",") {
					if n != "" && n != "Copyright" {
						want = append(want, lc2ID(n))
					}
				}
				break
			}
			if len(rest) == 0 {
				break
			}
		}
		if w, ok := scenarioTruth[e.Name()]; ok {
			want = w
		}
		out = append(out, extFile{Name: "scenarios/" + e.Name(), Want: want, Text: data})
	}
	return out
}

func lc1Set(t *testing.T) []extFile {
	dir := moduleDir(t, "github.com/google/licenseclassifier@v0.0.0-20260218193730-3cfbab2d0e0d")
	var out []extFile
	for _, f := range readGlob(t, filepath.Join(dir, "licenses", "*.txt")) {
		p, data := f.path, f.data
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		header := strings.HasSuffix(name, ".header")
		name = strings.TrimSuffix(name, ".header")
		id := lc2ID(name)
		if header && bareGNU.MatchString(name) {
			low := strings.ToLower(strings.Join(strings.Fields(string(data)), " "))
			if strings.Contains(low, "any later version") || strings.Contains(low, "or later") {
				id = name + "-or-later"
			} else {
				id = name + "-only"
			}
		}
		out = append(out, extFile{Name: "licenses/" + filepath.Base(p), Want: []string{id}, Text: data})
	}
	return out
}

func addlicenseSet(t *testing.T) []extFile {
	dir := moduleDir(t, "github.com/google/addlicense@v1.1.1")
	var out []extFile
	for _, sub := range []string{"expected", "initial"} {
		for _, f := range readGlob(t, filepath.Join(dir, "testdata", sub, "*")) {
			p, data := f.path, f.data
			var want []string
			// addlicense leaves generated files alone (file_generated.go).
			if sub == "expected" && bytes.Contains(data, []byte("Apache License")) {
				want = []string{"Apache-2.0"}
			}
			out = append(out, extFile{Name: sub + "/" + filepath.Base(p), Want: want, Text: data})
		}
	}
	return out
}

var licenseFileName = regexp.MustCompile(`(?i)^(?:un)?licen[cs]e|^copying|^copyright`)

// licensedbSet: the licence files of go-license-detector's dataset on which
// licensecheck and licenseclassifier v2 agree on the licences found.
func licensedbSet(t *testing.T) []extFile {
	dir := moduleDir(t, "github.com/go-enry/go-license-detector/v4@v4.3.0")
	zr, err := zip.OpenReader(filepath.Join(dir, "licensedb", "dataset.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	c, err := assets.DefaultClassifier()
	if err != nil {
		t.Fatal(err)
	}
	var out []extFile
	disagree := 0
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !licenseFileName.MatchString(path.Base(f.Name)) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		var lc []string
		for _, m := range licensecheck.Scan(data).Match {
			id := m.ID
			if r, ok := lcNames[id]; ok {
				id = r
			}
			id = spdxWant(id)
			if !slices.Contains(lc, id) {
				lc = append(lc, id)
			}
		}
		v2 := classifierNames(c, data)
		sort.Strings(lc)
		sort.Strings(v2)
		if len(lc) == 0 && len(v2) == 0 {
			continue // neither finds a licence: no answer to score against
		}
		if !slices.Equal(lc, v2) {
			disagree++
			if *missesFlag {
				t.Logf("licensedb undecided: %s: licensecheck %q, licenseclassifier v2 %q, ospobot %q", f.Name, lc, v2,
					license.Identify(f.Name, data).IDs())
			}
			continue
		}
		out = append(out, extFile{Name: f.Name, Want: lc, Text: data})
	}
	t.Logf("licensedb: %d licence files where the two tools agree, %d where they do not (left out)", len(out), disagree)
	return out
}

var spdxTagLine = regexp.MustCompile(`SPDX-License-Identifier: (\S+)`)

// addlicenseSPDXSet runs addlicense (go run, from the module proxy) over copies of its
// testdata/initial files, once per licence and mode.
func addlicenseSPDXSet(t *testing.T) []extFile {
	src := filepath.Join(moduleDir(t, "github.com/google/addlicense@v1.1.1"), "testdata", "initial")
	paths, err := filepath.Glob(filepath.Join(src, "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []extFile
	for _, lic := range []string{"apache", "bsd", "mit", "mpl"} {
		for _, mode := range []string{"-s=only", "-s"} {
			dir := t.TempDir()
			for _, p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			cmd := exec.Command("go", "run", "github.com/google/addlicense@v1.1.1", mode, "-l", lic, "-c", "Example Ltd", dir)
			cmd.Dir = t.TempDir()
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("addlicense %s -l %s: %v\n%s", mode, lic, err, msg)
			}
			for _, p := range paths {
				data, err := os.ReadFile(filepath.Join(dir, filepath.Base(p)))
				if err != nil {
					t.Fatal(err)
				}
				var want []string
				if m := spdxTagLine.FindSubmatch(data); m != nil {
					want = []string{string(m[1])}
				}
				out = append(out, extFile{Name: lic + mode + "/" + filepath.Base(p), Want: want, Text: data})
			}
		}
	}
	return out
}

// globFile is a file of a test set, read.
type globFile struct {
	path string
	data []byte
}

// readGlob reads every file matching pattern, in name order.
func readGlob(t *testing.T, pattern string) []globFile {
	t.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]globFile, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, globFile{p, data})
	}
	return out
}
