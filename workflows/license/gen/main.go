// Command gen turns public licence data into the files workflows/license embeds:
//
//   - data/categories.json: each SPDX licence ID's category (forbidden, restricted,
//     reciprocal, notice, permissive, unencumbered, by_exception_only) as Google's
//     licenseclassifier classifies it, for every ID on the SPDX list that it knows;
//   - data/osadl-matrix.json: the OSADL licence compatibility matrix, compacted.
//
// It is its own module so that its inputs do not become dependencies of ospobot.
// Run it from this directory:
//
//	go run . -osadl ../../../../shared/reference/osadl-matrix.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"github.com/google/licenseclassifier"
)

func main() {
	osadl := flag.String("osadl", "../../../../shared/reference/osadl-matrix.json", "OSADL matrix JSON (priv-kweihmann/osadl-matrix, osadl_matrix/osadl-matrix.json)")
	out := flag.String("out", "../data", "output directory")
	flag.Parse()
	if err := writeCategories(filepath.Join(*out, "categories.json")); err != nil {
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

func writeCategories(path string) error {
	c := categories{Source: "github.com/google/licenseclassifier " + moduleVersion("github.com/google/licenseclassifier") + ", LicenseType()", Categories: map[string]string{}}
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
		}
	}
	return writeJSON(path, c)
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
