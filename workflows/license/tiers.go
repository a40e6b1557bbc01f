package license

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"sync"

	"github.com/google/licensecheck"
)

// Identification runs in tiers, because compiling licensecheck's full pattern set takes
// about a second and most texts are one of a few licences:
//
//  1. the common licences (compiled in tens of milliseconds): a clean, complete match
//     is the answer;
//  2. licensecheck's built-in set;
//  3. patterns made from the SPDX licence list's texts for the IDs licensecheck lacks
//     (data/spdx-extra.json.gz, made by gen/), when tier 2 finds nothing complete.
//
// Each tier's scanner is compiled once, on first use.

// commonIDs are the licences of the first tier: the ones OSPOs meet every day.
var commonIDs = map[string]bool{
	"MIT": true, "Apache-2.0": true, "BSD-3-Clause": true, "BSD-2-Clause": true, "ISC": true, "0BSD": true,
	"GPL-2.0": true, "GPL-3.0": true, "LGPL-2.1": true, "LGPL-3.0": true, "AGPL-3.0": true,
	"MPL-2.0": true, "EPL-1.0": true, "EPL-2.0": true, "CC0-1.0": true, "Unlicense": true, "Zlib": true,
	"BSL-1.0": true, "CC-BY-4.0": true, "CC-BY-SA-4.0": true,
}

// tierOneCoverage is how much of a licence file a first-tier match must cover to be
// taken without asking the full set: variants (a BSD licence with an extra clause)
// cover less.
const tierOneCoverage = 95.0

var (
	commonScanner = sync.OnceValue(func() *licensecheck.Scanner {
		var ls []licensecheck.License
		for _, l := range licensecheck.BuiltinLicenses() {
			if commonIDs[l.ID] {
				ls = append(ls, l)
			}
		}
		s, err := licensecheck.NewScanner(ls)
		if err != nil {
			panic("common licence patterns: " + err.Error()) // built in; tests compile them
		}
		return s
	})

	//go:embed data/spdx-extra.json.gz
	spdxExtraGz []byte

	extraScanner = sync.OnceValue(func() *licensecheck.Scanner {
		zr, err := gzip.NewReader(bytes.NewReader(spdxExtraGz))
		if err != nil {
			panic("embedded spdx-extra: " + err.Error())
		}
		var x struct {
			Patterns map[string]string `json:"patterns"`
		}
		if err := json.NewDecoder(zr).Decode(&x); err != nil {
			panic("embedded spdx-extra: " + err.Error())
		}
		ls := make([]licensecheck.License, 0, len(x.Patterns))
		for id, lre := range x.Patterns {
			ls = append(ls, licensecheck.License{ID: id, LRE: lre})
		}
		s, err := licensecheck.NewScanner(ls)
		if err != nil {
			panic("embedded spdx-extra: " + err.Error())
		}
		return s
	})
)

// scan runs the tiers.
func scan(name string, data []byte) licensecheck.Coverage {
	cov := commonScanner().Scan(data)
	if clean(cov) && (cov.Percent >= tierOneCoverage || isSourceFile(name, data)) {
		return cov
	}
	if countWords(data) < minLicenseWords {
		return cov // too short to hold any licence text: an SPDX tag line, a sentence
	}
	cov = licensecheck.Scan(data)
	if clean(cov) && cov.Percent >= FullCoverage {
		return cov
	}
	if extra := extraScanner().Scan(data); extra.Percent > cov.Percent {
		return extra
	}
	return cov
}

// minLicenseWords is fewer words than the shortest licence texts (FSFAP, a permissive
// notice for single files, has about 35), so that shorter texts skip the costly tiers.
const minLicenseWords = 25

// clean: something matched, and not only links.
func clean(cov licensecheck.Coverage) bool {
	for _, m := range cov.Match {
		if !m.IsURL {
			return true
		}
	}
	return false
}
