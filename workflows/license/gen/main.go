// Command gen turns public licence data into the files workflows/license embeds:
//
//   - data/categories.json: each SPDX licence ID's category (forbidden, restricted,
//     reciprocal, notice, permissive, unencumbered, by_exception_only) as Google's
//     licenseclassifier classifies it (its LicenseType, and its by-exception-only set,
//     read from its source because LicenseType has no case for it), for every ID on the
//     SPDX list that it knows; for
//     the others, the Blue Oak Council's ratings of permissive licences (model, gold,
//     silver and bronze: permissive; lead: by_exception_only);
//   - data/osadl-matrix.json: the OSADL licence compatibility matrix, compacted;
//   - data/spdx-names.json: each SPDX licence ID's full name, the address of its text
//     and whether the Open Source Initiative approved it, from the SPDX licence list;
//   - data/templates.bin.gz: the licence templates identification matches texts
//     against: the text of every current SPDX licence (SPDX licence list), and the
//     licence texts and standard notices of licenseclassifier v2's assets (which hold
//     vendor and other licences the SPDX list lacks; classifier-names.json names those
//     that are word for word a listed licence), and the BSD variants licensecheck
//     names that neither holds, as normalised words;
//   - data/license-urls.json: addresses of licence texts (licensecheck's list), each
//     with its SPDX ID;
//   - data/spdx-exceptions.json: each current SPDX exception ID's full name, from the
//     SPDX licence list's exceptions.json as go-spdx ships it (cmd/exceptions.json), so
//     that a question may name an exception in words ("with the FreeRTOS exception").
//
// It is its own module so that its inputs do not become dependencies of ospobot.
// Run it from this directory:
//
//	(cd /tmp && npm pack spdx-license-list@6.12.0 @blueoak/list@15.0.0 &&
//	  tar xzf spdx-license-list-6.12.0.tgz && mkdir -p blueoak && tar xzf blueoak-list-15.0.0.tgz -C blueoak)
//	go mod download github.com/google/licenseclassifier/v2@v2.0.0   # its assets, into the module cache
//	go run . -osadl ../../../../shared/reference/osadl-matrix.json -spdx /tmp/package/licenses \
//	  -blueoak /tmp/blueoak/package/index.json \
//	  -classifier "$(go env GOMODCACHE)/github.com/google/licenseclassifier/v2@v2.0.0/assets"
//
// With -corpus ../testdata/identify it also writes the identification test corpus
// (corpus.go): the SPDX and licenseclassifier texts reshaped, standard notices in many
// comment styles, tags, files with several licences, short references, files without
// a licence, the real licence files listed in real.tsv (read from where they were
// installed; the corpus keeps their text), the hand-written cases of modified.jsonl
// (licence texts with terms of their own added), and the harder kinds of
// corpus_styles.go: every standard notice in many comment styles and widths, SPDX tags
// in many shapes, and files with several licences.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"github.com/google/licenseclassifier"
)

func main() {
	osadl := flag.String("osadl", "../../../../shared/reference/osadl-matrix.json", "OSADL matrix JSON (priv-kweihmann/osadl-matrix, osadl_matrix/osadl-matrix.json)")
	out := flag.String("out", "../data", "output directory")
	blueOak := flag.String("blueoak", "/tmp/blueoak/package/index.json", "index.json of the npm package @blueoak/list@15.0.0")
	spdxDir := flag.String("spdx", "/tmp/package/licenses", "licenses/ folder of the npm package spdx-license-list@6.12.0")
	classifier := flag.String("classifier", "", "assets/ folder of the Go module github.com/google/licenseclassifier/v2@v2.0.0")
	corpus := flag.String("corpus", "", "also write the identification test corpus to this directory (../testdata/identify)")
	realList := flag.String("real", "real.tsv", "the real licence files of the corpus, with their expected IDs")
	exceptionsOnly := flag.Bool("exceptions-only", false, "write data/spdx-exceptions.json alone (it needs no download)")
	flag.Parse()
	if err := writeExceptions(filepath.Join(goModCache(), "github.com/github/go-spdx/v2@"+moduleVersion("github.com/github/go-spdx/v2"), "cmd", "exceptions.json"),
		filepath.Join(*out, "spdx-exceptions.json")); err != nil {
		log.Fatal(err)
	}
	if *exceptionsOnly {
		return
	}
	if *classifier == "" {
		*classifier = filepath.Join(goModCache(), "github.com/google/licenseclassifier/v2@v2.0.0/assets")
	}
	if err := writeNames(filepath.Join(*spdxDir, "..", "spdx.json"), filepath.Join(*out, "spdx-names.json")); err != nil {
		log.Fatal(err)
	}
	ts, err := readTemplates(*spdxDir, *classifier)
	if err != nil {
		log.Fatal(err)
	}
	if err := writeTemplates(ts, filepath.Join(*out, "templates.bin.gz")); err != nil {
		log.Fatal(err)
	}
	if err := writeURLs(filepath.Join(*out, "license-urls.json")); err != nil {
		log.Fatal(err)
	}
	if *corpus != "" {
		if err := writeCorpus(*corpus, *spdxDir, *classifier, *realList); err != nil {
			log.Fatal(err)
		}
	}
	if err := writeCategories(filepath.Join(*out, "categories.json"), *blueOak); err != nil {
		log.Fatal(err)
	}
	if err := writeMatrix(*osadl, filepath.Join(*out, "osadl-matrix.json")); err != nil {
		log.Fatal(err)
	}
}

type categories struct {
	Source     string            `json:"source"`
	Categories map[string]string `json:"categories"`
}

func writeCategories(path, blueOak string) error {
	c := categories{Source: "github.com/google/licenseclassifier " + moduleVersion("github.com/google/licenseclassifier") +
		", LicenseType(); then Blue Oak Council license list (npm @blueoak/list 15.0.0, CC0-1.0)", Categories: map[string]string{}}
	byException, err := byExceptionOnly()
	if err != nil {
		return err
	}
	ids := append(spdxlicenses.GetLicenses(), spdxlicenses.GetDeprecated()...)
	for _, id := range ids {
		name := id
		// licenseclassifier names GNU licences without -only / -or-later.
		for _, suf := range []string{"-only", "-or-later"} {
			if base, ok := strings.CutSuffix(id, suf); ok && strings.Contains(base, "GPL") {
				name = base
			}
		}
		if t := licenseclassifier.LicenseType(name); t != "" {
			c.Categories[id] = strings.ToLower(strings.ReplaceAll(t, "BY_EXCEPTION_ONLY", "by_exception_only"))
		} else if byException[name] {
			c.Categories[id] = "by_exception_only"
		}
	}
	data, err := os.ReadFile(blueOak)
	if err != nil {
		return err
	}
	var ratings []struct {
		Name     string `json:"name"`
		Licenses []struct {
			ID string `json:"id"`
		} `json:"licenses"`
	}
	if err := json.Unmarshal(data, &ratings); err != nil {
		return fmt.Errorf("%s: %w", blueOak, err)
	}
	for _, r := range ratings {
		cat := "permissive"
		if r.Name == "Lead" {
			cat = "by_exception_only" // permissive, but badly drafted or problematic
		}
		for _, l := range r.Licenses {
			if _, done := c.Categories[l.ID]; !done && l.ID != "" {
				c.Categories[l.ID] = cat
			}
		}
	}
	return writeJSON(path, c)
}

// writeNames keeps, of the SPDX licence list's spdx.json ({ID: {name, url,
// osiApproved}}), the name, the address of the text and the OSI approval of every ID.
func writeNames(src, path string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var list map[string]struct {
		Name        string `json:"name"`
		URL         string `json:"url"`
		OSIApproved bool   `json:"osiApproved"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	type entry struct {
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
		OSI  bool   `json:"osi,omitempty"`
	}
	out := struct {
		Source   string           `json:"source"`
		Licenses map[string]entry `json:"licenses"`
	}{Source: "SPDX License List via npm spdx-license-list@6.12.0 (spdx.json: name, url, osiApproved)", Licenses: map[string]entry{}}
	for id, l := range list {
		out.Licenses[id] = entry{Name: l.Name, URL: l.URL, OSI: l.OSIApproved}
	}
	return writeJSON(path, out)
}

// writeExceptions writes each current (not deprecated) SPDX exception's name.
func writeExceptions(src, path string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var list struct {
		Version    string `json:"licenseListVersion"`
		Exceptions []struct {
			ID         string `json:"licenseExceptionId"`
			Name       string `json:"name"`
			Deprecated bool   `json:"isDeprecatedLicenseId"`
		} `json:"exceptions"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	out := struct {
		Source     string            `json:"source"`
		Exceptions map[string]string `json:"exceptions"`
	}{Source: "SPDX License List " + list.Version + " exceptions (name), via github.com/github/go-spdx/v2 " +
		moduleVersion("github.com/github/go-spdx/v2") + " cmd/exceptions.json", Exceptions: map[string]string{}}
	for _, e := range list.Exceptions {
		if !e.Deprecated {
			out.Exceptions[e.ID] = strings.Join(strings.Fields(e.Name), " ")
		}
	}
	return writeJSON(path, out)
}

func writeMatrix(src, path string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	out := struct {
		Source    string                       `json:"source"`
		Timestamp any                          `json:"timestamp"`
		Matrix    map[string]map[string]string `json:"matrix"`
	}{
		Source:    "OSADL License Compatibility Matrix, via priv-kweihmann/osadl-matrix commit 364f035a0a166f5f5d1843b06aad90e9a0804d3a; © 2017–2024 Open Source Automation Development Lab (OSADL) eG and contributors, CC-BY-4.0, https://www.osadl.org/",
		Timestamp: m["timestamp"],
		Matrix:    map[string]map[string]string{},
	}
	for lead, row := range m {
		r, ok := row.(map[string]any)
		if !ok {
			continue // timestamp, timeformat
		}
		out.Matrix[lead] = map[string]string{}
		for k, v := range r {
			out.Matrix[lead][k] = fmt.Sprint(v)
		}
	}
	return writeJSON(path, out)
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

func moduleVersion(mod string) string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == mod {
				return d.Version
			}
		}
	}
	return "unknown"
}

// byExceptionOnly reads licenseclassifier's by-exception-only set (OFL-1.1, Beerware,
// …) from its source: LicenseType has no case for that category and returns "" for
// them, so without this they would get no category at all.
func byExceptionOnly() (map[string]bool, error) {
	path := filepath.Join(goModCache(), "github.com/google/licenseclassifier@"+moduleVersion("github.com/google/licenseclassifier"), "license_type.go")
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("licenseclassifier's categories: %w", err)
	}
	consts := map[string]string{}
	var members []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok {
			return true
		}
		for i, name := range vs.Names {
			if i >= len(vs.Values) {
				continue
			}
			switch v := vs.Values[i].(type) {
			case *ast.BasicLit:
				if v.Kind == token.STRING {
					consts[name.Name], _ = strconv.Unquote(v.Value)
				}
			case *ast.CallExpr:
				if name.Name == "byExceptionOnlyType" {
					for _, a := range v.Args {
						if id, ok := a.(*ast.Ident); ok {
							members = append(members, id.Name)
						}
					}
				}
			}
		}
		return true
	})
	if len(members) == 0 {
		return nil, fmt.Errorf("%s: no byExceptionOnlyType set", path)
	}
	set := map[string]bool{}
	for _, m := range members {
		if consts[m] == "" {
			return nil, fmt.Errorf("%s: byExceptionOnlyType names %s, which is no string constant", path, m)
		}
		set[consts[m]] = true
	}
	return set, nil
}

func goModCache() string {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		log.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}
