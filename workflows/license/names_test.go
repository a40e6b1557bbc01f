package license

import "testing"

// TestLicenceNamesAsEngineersWriteThem guards the spellings engineers use for the
// licences they ask about most: each reads as its one SPDX ID.
func TestLicenceNamesAsEngineersWriteThem(t *testing.T) {
	for want, names := range map[string][]string{
		"GPL-3.0-only":                   {"GPLv3", "GNU GPL v3", "GPL version 3", "GPL-3", "GPL 3.0", "gplv3", "gpl3", "GNU GPLv3", "GNU General Public License v3", "GPL v.3", "GPL3", "the GPL 3", "GPL-3.0", "GPL v3.0", "GNU GPL version 3"},
		"GPL-2.0-or-later":               {"GPLv2+", "GPL 2+", "GPLv2 or later", "GPL-2.0+", "GPL version 2 or later", "gpl2+", "GPL v2 or any later version", "GPLv2 (or later)", "GPL-2.0-or-later", "GPL 2 or newer"},
		"Apache-2.0":                     {"Apache 2.0", "Apache License, Version 2.0", "Apache v2", "ASL 2.0", "Apache-2", "apache2", "ASLv2", "AL2", "Apache License 2", "Apache 2 license", "APLv2", "Apache License v2.0"},
		"BSD-3-Clause":                   {"3-clause BSD", "new BSD", "BSD 3", "BSD-3", "bsd3", "Modified BSD", "BSD 3-clause", "three-clause BSD", "revised BSD"},
		"BSD-2-Clause":                   {"2-clause BSD", "BSD-2", "simplified BSD", "FreeBSD license", "two-clause BSD", "bsd2"},
		"LGPL-2.1-only":                  {"LGPLv2.1", "LGPL 2.1", "GNU Lesser GPL 2.1", "lgpl2.1", "LGPL-2.1", "LGPL v2.1", "GNU LGPL 2.1", "Lesser GPL v2.1"},
		"MPL-2.0":                        {"MPL 2.0", "Mozilla Public License 2.0", "MPLv2", "mpl2", "MPL-2", "Mozilla Public License, v. 2.0", "MPL v2"},
		"AGPL-3.0-only":                  {"AGPLv3", "AGPL 3", "Affero GPL", "GNU AGPL v3", "agpl3", "AGPL-3.0", "Affero General Public License v3"},
		"EPL-2.0":                        {"EPL 2.0", "EPLv2", "Eclipse Public License 2.0", "EPL-2", "epl2"},
		"EPL-1.0":                        {"EPL 1.0", "EPLv1", "Eclipse Public License 1.0", "EPL-1", "epl1"},
		"CC-BY-SA-4.0":                   {"CC BY-SA 4.0", "creative commons by-sa", "CC-BY-SA 4.0", "Creative Commons Attribution-ShareAlike 4.0", "cc by sa 4.0", "CC-BY-SA-4.0"},
		"Unlicense":                      {"the Unlicense", "Unlicense", "unlicense"},
		"Zlib":                           {"zlib license", "zlib/libpng license", "the zlib licence"},
		"BSL-1.0":                        {"Boost Software License", "Boost license", "BSL-1.0", "BSL 1.0", "Boost Software License 1.0"},
		"ISC":                            {"ISC", "ISC license", "isc licence"},
		"CDDL-1.0":                       {"CDDL", "CDDL 1.0", "Common Development and Distribution License"},
		"EUPL-1.2":                       {"EUPL", "EUPL 1.2", "EUPL v1.2", "European Union Public Licence"},
		"SSPL-1.0":                       {"SSPL", "Server Side Public License", "SSPLv1"},
		"BUSL-1.1":                       {"BUSL", "Business Source License", "BSL 1.1", "BUSL-1.1"},
		"Artistic-2.0":                   {"Artistic License 2.0", "Artistic 2.0", "Artistic-2.0"},
		"OFL-1.1":                        {"OFL", "SIL OFL 1.1", "SIL Open Font License", "OFL-1.1"},
		"CC0-1.0":                        {"CC0", "CC0 1.0", "cc-0", "Creative Commons Zero", "cc zero"},
		"WTFPL":                          {"WTFPL", "wtfpl"},
		"0BSD":                           {"0BSD", "Zero-Clause BSD", "BSD Zero Clause", "BSD 0-clause"},
		"MIT-0":                          {"MIT-0"},
		"LGPL-3.0-or-later":              {"LGPLv3+", "LGPL 3+", "LGPL-3.0-or-later", "LGPL v3 or later"},
		"ODbL-1.0":                       {"ODbL", "Open Database License", "open database licence 1.0"},
		"Apache-2.0 WITH LLVM-exception": {"apahce 2 with the LLVM exception"},
		"GPL-2.0-only WITH Classpath-exception-2.0": {"GPL with the Classpath exception", "GPLv2 + Classpath", "GPL2 w/ CPE"},
		"GPL-3.0-or-later WITH GCC-exception-3.1":   {"GPL with the GCC runtime library exception"},
		"GFDL-1.3-only": {"FDL 1.3", "GFDL 1.3"},
	} {
		for _, n := range names {
			text := "can we use " + n + " code in our product?"
			f := findLicenses(text)
			if len(f.ids) != 1 || f.ids[0] != want {
				t.Errorf("%q: %q, want %s", n, f.ids, want)
			}
		}
	}
}

// TestNixpkgsNamesAndLaterClause: nixpkgs' lib.licenses attributes as packagers quote
// them, and an SPDX ID said with the "or later" clause, are the licences they stand for.
func TestNixpkgsNamesAndLaterClause(t *testing.T) {
	for name, want := range map[string]string{
		"gpl3Plus": "GPL-3.0-or-later", "licenses.gpl3Plus": "GPL-3.0-or-later", "lgpl21Plus": "LGPL-2.1-or-later", "lgpl21Only": "LGPL-2.1-only",
		"agpl3Only": "AGPL-3.0-only", "gpl2Plus": "GPL-2.0-or-later", "mpl20": "MPL-2.0", "asl20": "Apache-2.0",
		"GPL-2.0 with the 'or (at your option) any later version' clause": "GPL-2.0-or-later",
	} {
		if got := FindLicenses(name); len(got) != 1 || got[0] != want {
			t.Errorf("%q: found %q, want %s", name, got, want)
		}
	}
}
