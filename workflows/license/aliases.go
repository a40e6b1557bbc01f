package license

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
	"github.com/ospobot/ospobot/workflows/license/internal/lictext"
)

// aliases map the names engineers use to SPDX IDs. Keys are normalised: lower case,
// with spaces, dots, dashes and "v" before a version collapsed (see norm).
var aliases = map[string]string{
	"mit": "MIT", "expat": "MIT", "mit license": "MIT", "x11": "X11",
	"uiuc": "NCSA", "illinois ncsa": "NCSA", "university of illinois ncsa": "NCSA", "university of illinois": "NCSA",
	"apache": "Apache-2.0", "apache 2": "Apache-2.0", "apache 2 0": "Apache-2.0", "apache license 2": "Apache-2.0", "asl 2": "Apache-2.0", "asl": "Apache-2.0", "apache 1 1": "Apache-1.1",
	// Misspelt as people type it fast.
	"apche": "Apache-2.0", "apche 2": "Apache-2.0", "apche 2 0": "Apache-2.0", "appache": "Apache-2.0", "appache 2": "Apache-2.0", "appache 2 0": "Apache-2.0",
	"apahce": "Apache-2.0", "apahce 2": "Apache-2.0", "apahce 2 0": "Apache-2.0",
	"bsd": "BSD-3-Clause", "new bsd": "BSD-3-Clause", "modified bsd": "BSD-3-Clause", "bsd 3": "BSD-3-Clause", "bsd 3 clause": "BSD-3-Clause", "3 clause bsd": "BSD-3-Clause", "revised bsd": "BSD-3-Clause",
	"simplified bsd": "BSD-2-Clause", "freebsd": "BSD-2-Clause", "bsd 2": "BSD-2-Clause", "bsd 2 clause": "BSD-2-Clause", "2 clause bsd": "BSD-2-Clause",
	// A clause only one licence has names it: the anti-tivoisation clause is GPL
	// version 3's. (BSD's advertising clause is not read so: "3-clause bsd code … doesn't
	// the bsd advertising clause clash?" fears it of the licence it names.)
	"tivoization clause": "GPL-3.0-only", "anti tivoization clause": "GPL-3.0-only", "tivoisation clause": "GPL-3.0-only", "anti tivoisation clause": "GPL-3.0-only",
	"original bsd": "BSD-4-Clause", "bsd 4 clause": "BSD-4-Clause", "clear bsd": "BSD-3-Clause-Clear", "bsd 3 clause clear": "BSD-3-Clause-Clear", "bsd clear": "BSD-3-Clause-Clear", "4 clause bsd": "BSD-4-Clause", "four clause bsd": "BSD-4-Clause", "bsd four clause": "BSD-4-Clause", "four clause": "BSD-4-Clause", "three clause": "BSD-3-Clause", "two clause": "BSD-2-Clause", "old bsd": "BSD-4-Clause", "0bsd": "0BSD", "zero clause bsd": "0BSD", "bsd 0 clause": "0BSD", "0 clause bsd": "0BSD", "bsd zero clause": "0BSD",
	"isc": "ISC", "zlib": "Zlib", "zlib libpng": "Zlib", "boost": "BSL-1.0", "boost software": "BSL-1.0", "bsl": "BSL-1.0", "unlicense": "Unlicense", "the unlicense": "Unlicense",
	"cc0": "CC0-1.0", "cc 0": "CC0-1.0", "cc 0 1 0": "CC0-1.0", "public domain": "CC0-1.0", "wtfpl": "WTFPL", "python": "Python-2.0", "psf": "PSF-2.0", "postgresql": "PostgreSQL",
	"gpl": "GPL-3.0-only", "gpl 2": "GPL-2.0-only", "gpl 2 0": "GPL-2.0-only", "gpl 2 only": "GPL-2.0-only", "gpl 2 +": "GPL-2.0-or-later", "gpl 2 or later": "GPL-2.0-or-later", "gpl 2 0 or later": "GPL-2.0-or-later", "gpl 2 later": "GPL-2.0-or-later",
	"gpl 3": "GPL-3.0-only", "gpl 3 0": "GPL-3.0-only", "gpl 3 only": "GPL-3.0-only", "gpl 3 +": "GPL-3.0-or-later", "gpl 3 or later": "GPL-3.0-or-later", "gpl 3 0 or later": "GPL-3.0-or-later",
	"gpl 1 or later": "GPL-1.0-or-later", "gpl 1 0 or later": "GPL-1.0-or-later", "gpl 1 later": "GPL-1.0-or-later", "gpl 1 only": "GPL-1.0-only", "gpl 1 0": "GPL-1.0-only",
	"gpl 3 later": "GPL-3.0-or-later", "lgpl 2 0 or later": "LGPL-2.0-or-later", "lgpl 2 only": "LGPL-2.0-only",
	// "name of copyright owner": the Apache License's appendix ("Copyright [yyyy] [name of
	// copyright owner]").
	"lgpl lr": "LGPLLR", "lgpl for linguistic resources": "LGPLLR", "name of copyright owner": "Apache-2.0",
	"lgpl": "LGPL-3.0-only", "lgpl 2": "LGPL-2.0-only", "lgpl 2 1": "LGPL-2.1-only", "lgpl 2 1 +": "LGPL-2.1-or-later", "lgpl 2 1 or later": "LGPL-2.1-or-later", "lgpl 3": "LGPL-3.0-only", "lgpl 3 0": "LGPL-3.0-only", "lgpl 3 +": "LGPL-3.0-or-later", "lgpl 3 or later": "LGPL-3.0-or-later",
	"agpl": "AGPL-3.0-only", "agpl 3": "AGPL-3.0-only", "agpl 1": "AGPL-1.0-only", "agpl 1 0": "AGPL-1.0-only", "agpl 1 only": "AGPL-1.0-only", "agpl 1 or later": "AGPL-1.0-or-later", "agpl 1 +": "AGPL-1.0-or-later", "agpl 3 0": "AGPL-3.0-only", "affero": "AGPL-3.0-only", "affero gpl": "AGPL-3.0-only", "gnu affero": "AGPL-3.0-only", "affero gpl 3": "AGPL-3.0-only", "agpl 3 or later": "AGPL-3.0-or-later", "agpl 3 +": "AGPL-3.0-or-later",
	"mpl": "MPL-2.0", "mpl 2": "MPL-2.0", "mpl 2 0": "MPL-2.0", "mozilla": "MPL-2.0", "mpl 1 1": "MPL-1.1",
	"epl": "EPL-2.0", "epl 1": "EPL-1.0", "epl 2": "EPL-2.0", "eclipse": "EPL-2.0", "cddl": "CDDL-1.0", "cddl 1 1": "CDDL-1.1", "eupl": "EUPL-1.2", "eupl 1 2": "EUPL-1.2",
	"gfdl": "GFDL-1.3-only", "gfdl 1 1": "GFDL-1.1-only", "gfdl 1 2": "GFDL-1.2-only", "gfdl 1 3": "GFDL-1.3-only",
	"gfdl 1 1 +": "GFDL-1.1-or-later", "gfdl 1 2 +": "GFDL-1.2-or-later", "gfdl 1 3 +": "GFDL-1.3-or-later",
	"gfdl 1 1 or later": "GFDL-1.1-or-later", "gfdl 1 2 or later": "GFDL-1.2-or-later", "gfdl 1 3 or later": "GFDL-1.3-or-later",
	"free art": "LAL-1.3", "free art 1 2": "LAL-1.2", "free art 1 3": "LAL-1.3", "art libre": "LAL-1.3", "art libre 1 2": "LAL-1.2", "art libre 1 3": "LAL-1.3",
	"functional source": "FSL-1.1-MIT", "functional source license": "FSL-1.1-MIT", "functional source licence": "FSL-1.1-MIT",
	"sspl": "SSPL-1.0", "server side public": "SSPL-1.0", "busl": "BUSL-1.1", "bsl 1 1": "BUSL-1.1", "business source": "BUSL-1.1",
	"elastic": "Elastic-2.0", "elastic license": "Elastic-2.0", "elv2": "Elastic-2.0", "el 2": "Elastic-2.0",
	// The Redis Source Available License, which SPDX does not list (Redis 7.4 to 7.8, with
	// the SSPL; https://redis.io/legal/licenses/).
	"rsal": "LicenseRef-RSALv2", "rsalv2": "LicenseRef-RSALv2", "rsal 2": "LicenseRef-RSALv2", "rsal v2": "LicenseRef-RSALv2",
	"redis source available": "LicenseRef-RSALv2", "redis source available 2": "LicenseRef-RSALv2",
	"commons clause": "LicenseRef-Commons-Clause", "timescale": "LicenseRef-Timescale", "json": "JSON", "json license": "JSON", "good not evil": "JSON",
	"cc by": "CC-BY-4.0", "cc by 4": "CC-BY-4.0", "cc by sa": "CC-BY-SA-4.0", "cc by sa 4": "CC-BY-SA-4.0", "cc by nc": "CC-BY-NC-4.0", "cc by nc 4": "CC-BY-NC-4.0", "cc by nc sa": "CC-BY-NC-SA-4.0",
	"artistic": "Artistic-2.0", "artistic 2": "Artistic-2.0", "ofl": "OFL-1.1", "sil ofl": "OFL-1.1", "open font": "OFL-1.1", "sil open font": "OFL-1.1", "json org": "JSON", "sil": "OFL-1.1", "sil font": "OFL-1.1",
	"open font 1 1": "OFL-1.1", "sil open font 1 1": "OFL-1.1", "ofl 1 1": "OFL-1.1", "sil ofl 1 1": "OFL-1.1", "upl": "UPL-1.0", "ms pl": "MS-PL", "ms rl": "MS-RL",
	"python software foundation": "PSF-2.0", "psf 2": "PSF-2.0", "x 11": "X11",
	"l gpl": "GPL-3.0-only", "l gpl 2": "GPL-2.0-only", "l gpl 3": "GPL-3.0-only",
	"qpl": "QPL-1.0", "q public": "QPL-1.0", "qt public": "QPL-1.0", "cecill": "CECILL-2.1", "cecill 2 1": "CECILL-2.1", "cecill 2": "CECILL-2.0",
	"gpl any version": "GPL-1.0-or-later", "mit x 11": "MIT", "al 2": "Apache-2.0",
	"afl": "AFL-3.0", "cpl": "CPL-1.0", "zope": "ZPL-2.1", "zope public": "ZPL-2.1", "zend engine": "Zend-2.0", "zend engine 2": "Zend-2.0", "zend engine 2 0": "Zend-2.0", "zpl": "ZPL-2.1", "unicode": "Unicode-3.0",
	"perl": "Artistic-1.0-Perl OR GPL-1.0-or-later", "same terms as perl": "Artistic-1.0-Perl OR GPL-1.0-or-later", "same terms as perl itself": "Artistic-1.0-Perl OR GPL-1.0-or-later", "same terms as ruby": "Ruby", "same terms as ruby itself": "Ruby", "php": "PHP-3.01", "polyform noncommercial": "PolyForm-Noncommercial-1.0.0",
	"polyform non commercial": "PolyForm-Noncommercial-1.0.0", "hippocratic": "Hippocratic-2.1", "artistic 1": "Artistic-1.0", "perl artistic": "Artistic-1.0-Perl", "ccby": "CC-BY-4.0", "ccbysa": "CC-BY-SA-4.0", "ccbync": "CC-BY-NC-4.0", "ccbyncsa": "CC-BY-NC-SA-4.0", "openrail m": "LicenseRef-CreativeML-OpenRAIL-M", "open rail m": "LicenseRef-CreativeML-OpenRAIL-M", "creativeml openrail m": "LicenseRef-CreativeML-OpenRAIL-M", "creativeml open rail m": "LicenseRef-CreativeML-OpenRAIL-M", "bigscience openrail m": "LicenseRef-BigScience-OpenRAIL-M", "bigscience open rail m": "LicenseRef-BigScience-OpenRAIL-M", "perl artistic 1": "Artistic-1.0-Perl", "perl artistic 1 0": "Artistic-1.0-Perl", "perl artistic 2": "Artistic-2.0", "perl artistic 2 0": "Artistic-2.0", "artistic 1 0": "Artistic-1.0",
	"gpled": "GPL-3.0-only", "lgpled": "LGPL-3.0-only", "agpled": "AGPL-3.0-only", "odbl": "ODbL-1.0",
	// The LaTeX Project Public License: 1.3c is the version LaTeX packages take today.
	"lppl": "LPPL-1.3c", "latex project public": "LPPL-1.3c",
	// Open hardware licences: CERN's second version comes in three variants, each its
	// own licence; said without a variant, the name is the first version's last release.
	"cern ohl s": "CERN-OHL-S-2.0", "cern ohl s 2": "CERN-OHL-S-2.0", "cern ohl s 2 0": "CERN-OHL-S-2.0", "cern ohl 2 s": "CERN-OHL-S-2.0",
	"cern ohl w": "CERN-OHL-W-2.0", "cern ohl w 2": "CERN-OHL-W-2.0", "cern ohl w 2 0": "CERN-OHL-W-2.0", "cern ohl 2 w": "CERN-OHL-W-2.0",
	"cern ohl p": "CERN-OHL-P-2.0", "cern ohl p 2": "CERN-OHL-P-2.0", "cern ohl p 2 0": "CERN-OHL-P-2.0", "cern ohl 2 p": "CERN-OHL-P-2.0",
	"cern ohl strongly reciprocal": "CERN-OHL-S-2.0", "cern ohl 2 strongly reciprocal": "CERN-OHL-S-2.0", "cern ohl weakly reciprocal": "CERN-OHL-W-2.0",
	"cern ohl 2 weakly reciprocal": "CERN-OHL-W-2.0", "cern ohl permissive": "CERN-OHL-P-2.0", "cern ohl 2 permissive": "CERN-OHL-P-2.0", "cern ohl 2": "CERN-OHL-S-2.0", "cern ohl 2 0": "CERN-OHL-S-2.0",
	"cern ohl": "CERN-OHL-1.2", "cern ohl 1 2": "CERN-OHL-1.2", "cern ohl 1 1": "CERN-OHL-1.1", "cern open hardware": "CERN-OHL-1.2",
	"tapr ohl": "TAPR-OHL-1.0", "tapr open hardware": "TAPR-OHL-1.0",
	"solderpad": "SHL-0.51", "solderpad hardware": "SHL-0.51",
	"blue oak": "BlueOak-1.0.0", "blueoak": "BlueOak-1.0.0", "blue oak model": "BlueOak-1.0.0", "blue oak 1 0 0": "BlueOak-1.0.0", "blueoak 1 0 0": "BlueOak-1.0.0",
	"bsd 2 clause plus patent": "BSD-2-Clause-Patent", "bsd 2 clause patent": "BSD-2-Clause-Patent", "bsd 2 clause + patent": "BSD-2-Clause-Patent",
	"nasa open source": "NASA-1.3", "nasa open source agreement": "NASA-1.3", "fdl": "GFDL-1.3-only", "gnu fdl": "GFDL-1.3-only",
	// Nixpkgs names licences by attributes of lib.licenses ("license = gpl3Plus",
	// "licenses.lgpl21Only", "asl20"), which packagers quote as they are.
	"gpl 1plus": "GPL-1.0-or-later", "gpl 2plus": "GPL-2.0-or-later", "gpl 2only": "GPL-2.0-only", "gpl 3plus": "GPL-3.0-or-later", "gpl 3only": "GPL-3.0-only",
	"lgpl 2plus": "LGPL-2.0-or-later", "lgpl 2only": "LGPL-2.0-only", "lgpl 21plus": "LGPL-2.1-or-later", "lgpl 21only": "LGPL-2.1-only", "lgpl 21": "LGPL-2.1-only",
	"lgpl 3plus": "LGPL-3.0-or-later", "lgpl 3only": "LGPL-3.0-only", "agpl 3plus": "AGPL-3.0-or-later", "agpl 3only": "AGPL-3.0-only",
	"asl 20": "Apache-2.0", "mpl 20": "MPL-2.0", "mpl 11": "MPL-1.1", "epl 10": "EPL-1.0", "epl 20": "EPL-2.0",
	// Open data licences by their short names. "OGL" alone is also the Open Game License,
	// so it counts only with the UK's versions.
	"ogl 1": "OGL-UK-1.0", "ogl 1 0": "OGL-UK-1.0", "ogl 2": "OGL-UK-2.0", "ogl 2 0": "OGL-UK-2.0", "ogl 3": "OGL-UK-3.0", "ogl 3 0": "OGL-UK-3.0",
	"ogl uk": "OGL-UK-3.0", "uk ogl": "OGL-UK-3.0", "ogl uk 3": "OGL-UK-3.0", "ogl uk 3 0": "OGL-UK-3.0",
	"etalab": "etalab-2.0", "etalab 2": "etalab-2.0", "etalab 2 0": "etalab-2.0", "licence ouverte": "etalab-2.0", "licence ouverte 2": "etalab-2.0", "licence ouverte 2 0": "etalab-2.0",
	"odc by": "ODC-By-1.0", "odc by 1 0": "ODC-By-1.0", "odc attribution": "ODC-By-1.0", "pddl": "PDDL-1.0",
	"lgpl 2 0": "LGPL-2.0-only", "lgpl 2 or later": "LGPL-2.0-or-later", "lgpl 2 +": "LGPL-2.0-or-later", "lgpl 2 1 only": "LGPL-2.1-only", "lgpl 3 only": "LGPL-3.0-only",
	"agpl 3 only": "AGPL-3.0-only", "agpl 3 0 or later": "AGPL-3.0-or-later", "lgpl 3 0 or later": "LGPL-3.0-or-later", "lgpl 2 1 0": "LGPL-2.1-only",
	"gpl 1": "GPL-1.0-only", "gpl 1 +": "GPL-1.0-or-later", "mpl 1": "MPL-1.0", "epl 1 0": "EPL-1.0", "epl 2 0": "EPL-2.0", "apache 1": "Apache-1.0", "apache 1 0": "Apache-1.0", "asl 2 0": "Apache-2.0",
	"ibm public": "IPL-1.0", "ipl 1": "IPL-1.0", "ipl 1 0": "IPL-1.0", "cnri": "CNRI-Python", "cnri python": "CNRI-Python",
	"apl 2": "Apache-2.0", "apl 2 0": "Apache-2.0", "creative commons zero": "CC0-1.0", "mit no attribution": "MIT-0",
	"cc zero": "CC0-1.0", "open database": "ODbL-1.0", "open database 1 0": "ODbL-1.0", "polyform small business": "PolyForm-Small-Business-1.0.0",
	"fdl 1 1": "GFDL-1.1-only", "fdl 1 2": "GFDL-1.2-only", "fdl 1 3": "GFDL-1.3-only",
	"two clause bsd": "BSD-2-Clause", "bsd two clause": "BSD-2-Clause", "three clause bsd": "BSD-3-Clause", "bsd three clause": "BSD-3-Clause",
	"lesser gpl": "LGPL-3.0-only", "lesser gpl 2": "LGPL-2.0-only", "lesser gpl 2 1": "LGPL-2.1-only", "lesser gpl 3": "LGPL-3.0-only",
	"gnu lesser gpl": "LGPL-3.0-only", "gnu lesser gpl 2": "LGPL-2.0-only", "gnu lesser gpl 2 1": "LGPL-2.1-only", "gnu lesser gpl 3": "LGPL-3.0-only",
	"edl": "BSD-3-Clause", "edl 1": "BSD-3-Clause", "edl 1 0": "BSD-3-Clause", "eclipse distribution": "BSD-3-Clause", "eclipse distribution 1 0": "BSD-3-Clause",
	"bsd 2 clause simplified": "BSD-2-Clause", "bsd 3 clause new": "BSD-3-Clause", "2 clause": "BSD-2-Clause", "3 clause": "BSD-3-Clause", "4 clause": "BSD-4-Clause",
}

// ccVariants are the Creative Commons licences by the words engineers use for them, the
// elements before the name too ("a non-commercial share-alike Creative Commons
// licence"); with each version the SPDX list has, they become aliases ("CC BY-SA 3.0":
// CC-BY-SA-3.0).
var ccVariants = map[string][]string{
	"BY":       {"attribution only creative commons", "attribution creative commons", "cc by", "creative commons by", "creative commons attribution", "cc attribution"},
	"BY-SA":    {"share alike creative commons", "sharealike creative commons", "attribution share alike creative commons", "attribution sharealike creative commons", "by sa", "cc by sa", "creative commons by sa", "creative commons attribution sharealike", "creative commons attribution share alike", "cc sa", "creative commons share alike", "cc attribution sharealike", "cc attribution share alike"},
	"BY-NC":    {"non commercial creative commons", "noncommercial creative commons", "attribution non commercial creative commons", "attribution noncommercial creative commons", "cc by nc", "creative commons by nc", "creative commons attribution noncommercial", "creative commons attribution non commercial", "cc nc", "cc non commercial", "cc noncommercial", "creative commons non commercial", "creative commons noncommercial", "cc attribution noncommercial", "cc attribution non commercial"},
	"BY-ND":    {"no derivatives creative commons", "noderivatives creative commons", "noderivs creative commons", "no derivs creative commons", "cc by nd", "creative commons by nd", "creative commons attribution noderivatives", "creative commons attribution no derivatives", "creative commons attribution noderivs", "cc attribution noderivatives", "cc attribution no derivatives", "cc attribution noderivs", "creative commons attribution no derivs", "cc attribution no derivs", "cc nd", "cc noderivs", "cc no derivatives", "cc noderivatives", "creative commons no derivatives"},
	"BY-NC-SA": {"non commercial share alike creative commons", "noncommercial sharealike creative commons", "noncommercial share alike creative commons", "non commercial sharealike creative commons", "share alike non commercial creative commons", "attribution non commercial share alike creative commons", "attribution noncommercial sharealike creative commons", "by nc sa", "cc by nc sa", "creative commons by nc sa", "creative commons attribution noncommercial sharealike", "creative commons attribution non commercial share alike", "cc attribution noncommercial sharealike", "cc attribution non commercial share alike"},
	"BY-NC-ND": {"non commercial no derivatives creative commons", "noncommercial noderivatives creative commons", "noncommercial no derivatives creative commons", "non commercial noderivs creative commons", "by nc nd", "cc by nc nd", "creative commons by nc nd", "creative commons attribution noncommercial noderivatives", "creative commons attribution non commercial no derivatives", "cc attribution noncommercial noderivatives", "cc attribution non commercial no derivatives", "creative commons attribution noncommercial noderivs", "cc attribution noncommercial noderivs"},
}

// ccVersionedOnly are ccVariants names that count only with a version after them ("an
// adapted version under by-sa 4.0"): said bare, "by sa" is too short to be sure of.
var ccVersionedOnly = map[string]bool{"by sa": true, "by nc sa": true, "by nc nd": true}

// longNames are licence families' full names, as engineers write them out: each takes
// every alias of its short name ("gpl 2 or later" gives "gnu general public 2 or
// later"). The names marked versioned count only with a version after them: "the
// general public" is no licence.
var longNames = []struct {
	short     string
	names     []string
	versioned bool
}{
	{"gpl", []string{"gnu general public", "gnu gpl"}, false},
	{"gpl", []string{"general public"}, true},
	{"lgpl", []string{"gnu lesser general public", "lesser general public", "gnu library general public", "library general public", "gnu lgpl"}, false},
	{"agpl", []string{"gnu affero general public", "affero general public", "gnu agpl"}, false},
	{"gfdl", []string{"gnu free documentation", "gnu fdl"}, false},
	{"gfdl", []string{"free documentation"}, true},
	{"mpl", []string{"mozilla public"}, false},
	{"epl", []string{"eclipse public"}, false},
	{"cddl", []string{"common development and distribution"}, false},
	{"eupl", []string{"european union public"}, false},
	{"apache", []string{"apache software"}, false},
	{"wtfpl", []string{"do what the fuck you want to public", "do what the f ck you want to public"}, false},
}

// maxAliasWords is the longest alias, in words ("gnu lesser general public 2 1 or later").
const maxAliasWords = 9

func init() {
	for _, l := range longNames {
		for key, id := range maps.Clone(aliases) {
			rest, ok := strings.CutPrefix(key, l.short)
			if !ok || rest != "" && rest[0] != ' ' || rest == "" && l.versioned {
				continue
			}
			for _, name := range l.names {
				if _, taken := aliases[name+rest]; !taken {
					aliases[name+rest] = id
					if why, ok := assumed[key]; ok {
						assumed[name+rest] = why
					}
				}
			}
		}
	}
	// "Library" was the LGPL's name up to version 2.0 (2.1 renamed it "Lesser"): the
	// Library GPL said without a version is that version.
	for _, name := range []string{"library general public", "gnu library general public"} {
		aliases[name], assumed[name] = "LGPL-2.0-only", noLater
	}
	for variant, names := range ccVariants {
		for _, name := range names {
			if _, ok := aliases[name]; !ok && !ccVersionedOnly[name] {
				aliases[name] = "CC-" + variant + "-4.0"
				assumed[name] = noVersion
			}
			for _, v := range []string{"1.0", "2.0", "2.5", "3.0", "4.0"} {
				id := "CC-" + variant + "-" + v
				if _, ok := licenseish()[strings.ToLower(id)]; !ok {
					continue
				}
				words := strings.ReplaceAll(v, ".", " ")
				aliases[name+" "+words] = id
				if major, ok := strings.CutSuffix(words, " 0"); ok {
					aliases[name+" "+major] = id
				}
			}
		}
	}
}

var (
	versionV    = regexp.MustCompile(`(^|[^a-z]|[a-z]{2})v(\d)`)
	versionDot  = regexp.MustCompile(`(^|[^a-z])v\.\s*(\d)`) // "GPL v.2"
	versionWord = regexp.MustCompile(`\bversion\b|\bver\.`)
	nonWord     = regexp.MustCompile(`[^a-z0-9+]+`)
	spaceRuns   = regexp.MustCompile(`\s+`)
	licenseWord = regexp.MustCompile(`\blicense\b`)
	// laterRE finds the ways of saying "or later": "or any later version", "or (at your
	// option) any later version", "or newer".
	laterRE = regexp.MustCompile(`\s+(?:or|and)\s+(?:at\s+your\s+option\s+)?(?:any\s+)?(?:later|newer)\b`)
	// withLaterRE: "or later" said as wording a licence comes with ("GPLv2 with the 'or
	// any later version' clause"), once laterRE has made it "or later".
	withLaterRE  = regexp.MustCompile(`\s+with\s+(?:the\s+|an\s+|a\s+|its\s+)?(?:usual\s+|standard\s+|optional\s+)?or\s+later\s+` + laterWording + `\b`)
	letterDigit  = regexp.MustCompile(`([a-z])(\d)`)
	licenseRefRE = regexp.MustCompile(`^[A-Za-z0-9.-]+$`) // after "LicenseRef-"
	idToken      = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]`)
	licenseish   = sync.OnceValue(func() map[string]string {
		m := map[string]string{}
		for _, id := range append(spdxlicenses.GetLicenses(), spdxlicenses.GetDeprecated()...) {
			m[strings.ToLower(id)] = id
		}
		return m
	})
)

// norm lower-cases a phrase and collapses punctuation so "GPLv2+", "GPL 2+" and
// "gpl-2.0+" meet: "gpl 2 +".
func norm(s string) string {
	s = strings.ToLower(s)
	s = versionDot.ReplaceAllString(s, "${1} ${2}")
	s = versionV.ReplaceAllString(s, "${1} ${2}")
	s = strings.ReplaceAll(s, "+", " + ")
	s = strings.ReplaceAll(s, "licence", "license")
	if strings.Contains(s, "ver") {
		s = versionWord.ReplaceAllString(s, " ") // "GPL version 2", "ver. 3"; not "driver." or "conversion"
	}
	s = nonWord.ReplaceAllString(s, " ")
	s = letterDigit.ReplaceAllString(s, "$1 $2")
	if strings.Contains(s, " later") || strings.Contains(s, " newer") {
		s = laterRE.ReplaceAllString(s, " or later")
		if strings.Contains(s, " with ") {
			s = withLaterRE.ReplaceAllString(s, " or later") // "GPLv2 with the 'or any later version' wording"
		}
	}
	s = licenseWord.ReplaceAllString(s, " ")
	return strings.TrimSpace(spaceRuns.ReplaceAllString(s, " "))
}

// Assumption is a licence a question named loosely, and what its name left open.
type Assumption struct {
	Said string // the words as written ("GPLv2"); "" when they cannot be told
	ID   string // the SPDX ID the name was read as
	Why  string // what the name did not say: "the name gives no version"
}

// OtherReadings are the other licences a loosely named one could have meant: when the
// name gave its version ("gplv3", or a retired ID such as "gpl-3.0", neither of which
// says "only" or "or later"), the other form of that version alone, not another version.
func (a Assumption) OtherReadings() []string {
	others := OtherVersions(a.ID)
	if a.Why != noLater && a.Why != retiredGNU {
		return others // a retired GNU ID ("gpl-3.0") gives its version too
	}
	base, _, _ := strings.Cut(a.ID, " WITH ")
	return slices.DeleteFunc(others, func(v string) bool {
		b, _, _ := strings.Cut(v, " WITH ")
		return !sameVersion(b, base)
	})
}

// Why an alias is read as one licence of several it could mean.
const (
	noVersion    = "the name gives no version"
	noGNU        = "the name gives no version, and does not say “or later”"
	noLater      = "the name does not say “only” or “or later”"
	perlTerms    = "named together without versions, the GPL and the Artistic License are Perl's own terms, as CPAN modules use them"
	projectGNU   = "the name gives no version; read as the licence of %s, which the question names"
	retiredGNU   = "SPDX retired this ID because it does not say “only” or “or later”; it meant “only”"
	retiredID    = "SPDX retired the ID %s; read as the expression that replaced it"
	busliTerms   = "a “Change Date” and an “Additional Use Grant” are terms of the Business Source License"
	noClauses    = "the name does not say which BSD licence (2-, 3- or 4-clause)"
	lgplOrGPL    = "“(L)GPL” names the GPL and the LGPL together; read as the stricter GPL (ask again with the LGPL if the code is under it)"
	publicDomain = "“public domain” is not a licence; CC0-1.0 is the usual way to dedicate a work to it"
	cernVersion  = "the name gives no version or variant; version 2 is three licences (CERN-OHL-S-2.0, CERN-OHL-W-2.0, CERN-OHL-P-2.0), read as version 1.2, the last of the first"
	cernVariant  = "the name gives no variant of version 2; read as the strongly reciprocal one (CERN-OHL-S-2.0), the others being CERN-OHL-W-2.0 and CERN-OHL-P-2.0"
	fslFuture    = "the name does not say which licence the code becomes two years on: MIT (FSL-1.1-MIT) or Apache-2.0 (FSL-1.1-ALv2)"
)

// assumed lists the aliases that leave a choice open, with what they leave open; every
// other alias names one licence.
var assumed = map[string]string{
	"apache": noVersion, "asl": noVersion, "apche": noVersion, "appache": noVersion, "apahce": noVersion, "bsd": noClauses,
	"gpl": noGNU, "lgpl": noGNU, "agpl": noGNU, "affero": noGNU, "affero gpl": noGNU, "gnu affero": noGNU,
	"lgpl 21": noLater,
	"gpl 2":   noLater, "gpl 2 0": noLater, "gpl 3": noLater, "gpl 3 0": noLater, "lgpl 2": noLater, "lgpl 2 1": noLater,
	"lgpl 3": noLater, "lgpl 3 0": noLater, "agpl 3": noLater, "agpl 3 0": noLater, "affero gpl 3": noLater,
	"gfdl": noGNU, "gfdl 1 1": noLater, "gfdl 1 2": noLater, "gfdl 1 3": noLater,
	"free art": noVersion, "art libre": noVersion,
	"functional source": fslFuture, "functional source license": fslFuture, "functional source licence": fslFuture,
	"mpl": noVersion, "mozilla": noVersion, "epl": noVersion, "eclipse": noVersion, "cddl": noVersion, "eupl": noVersion,
	"python": noVersion, "psf": noVersion, "lppl": noVersion, "latex project public": noVersion, "artistic": noVersion, "ofl": noVersion, "sil ofl": noVersion,
	"elastic": noVersion, "elastic license": noVersion,
	"cc by": noVersion, "cc by sa": noVersion, "cc by nc": noVersion, "cc by nc sa": noVersion,
	"ccby": noVersion, "ccbysa": noVersion, "ccbync": noVersion, "ccbyncsa": noVersion,
	"gpled": noGNU, "lgpled": noGNU, "agpled": noGNU,
	"bsl":   "BSL also stands for the Business Source License (BUSL-1.1)",
	"l gpl": lgplOrGPL, "l gpl 2": lgplOrGPL, "l gpl 3": lgplOrGPL,
	"cecill": noVersion, "afl": noVersion, "cpl": noVersion, "zope": noVersion, "zpl": noVersion, "unicode": noVersion, "hippocratic": noVersion,
	"perl":          "Perl's own terms: the Artistic License 1.0 or the GPL, at your choice",
	"public domain": publicDomain,
	"solderpad":     noVersion, "solderpad hardware": noVersion, "fdl": noGNU, "gnu fdl": noGNU,
	"cern ohl": cernVersion, "cern open hardware": cernVersion, "cern ohl 2": cernVariant, "cern ohl 2 0": cernVariant,
}

// FindLicenses finds the licences a sentence names: SPDX IDs as written, then the
// longest known alias at each position. The result keeps the order of mention.
func FindLicenses(text string) []string { return findLicenses(text).ids }

// found is what findLicenses finds: the licences in the order written, how the loosely
// named ones were read, and the words between each licence and the one before it.
type found struct {
	ids   []string
	notes []Assumption
	joins []string // joins[i]: the text between ids[i-1] and ids[i], lower-cased ("or"); joins[0] is ""
	twice bool     // a licence is named more than once ("is MIT compatible with MIT?")
	// choice: the licences named are every option of one project's choice (osquery's
	// "Apache 2.0 … GPLv2"), so neither goes into the other.
	choice bool
	// files: the licences are files side by side in one repository ("ships both
	// LICENSE-MIT and LICENSE-APACHE"), the way a choice of licences is offered.
	files bool
	// unproposed: where the licences named are that are not proposed to a project's
	// maintainers as a replacement ("would you consider MPLv2?"), for telling whether a
	// request to them names what the project is under now.
	unproposed []int
	// next[i]: the word after ids[i], lower-cased, past "licensed" ("an MIT-licensed
	// project": "project"); "" when there is none or it cannot be told.
	next []string
	// at[i]: where ids[i] is in the text, start and end; end is -1 when it cannot be told.
	at [][2]int
	// projects are the well-known projects named, in the order of ids they stand for
	// (nil where the licence was named as such).
	projects []*Project
	said     []string // said[i]: ids[i] as written, "" when it cannot be told
	// how[i]: for a project whose licence depends on its version or build, what was
	// read or assumed ("version 1.1.1: OpenSSL 1.x and earlier is under `OpenSSL`").
	how []string
	// again[i]: where ids[i] is named again, with the word after each mention.
	again map[int][]mention
	// stated[i]: ids[i] is said with ids[i-1] as one thing's licence ("it says it is MIT
	// and Apache 2.0", "released under the MIT and GPL licenses"), the way a choice of
	// licences is written.
	stated []bool
	// claims are the well-known projects the text says are under a licence, the licence
	// said being read in their place: one their data does not give ("is redis still
	// bsd?"), or one it does.
	claims []Claim
	// supposed are licences the text supposes instead of the one the code is under
	// ("what if it were AGPL?"), left out of ids.
	supposed []string
	// left are licences a project is said to have moved away from ("Grafana has switched
	// from Apache 2.0 to AGPLv3"), left out of ids: what copies taken before the move
	// keep.
	left []string
}

// Claim is a well-known project said to be under a licence: one its data does not give
// ("is redis still bsd?"), or, Holds set, one it does ("is the linux kernel still gpl?").
type Claim struct {
	Project string   // the project as written ("redis")
	Said    string   // the licence the text says it is under
	Data    *Project // the project's entry, whose License is what its own pages say
	Holds   bool     // the data gives the licence said (the same, or one of its options)
	Read    string   // the project's licence as read, for the version the text gives
	// Doubted: the question doubts the claim while asking about a use ("is glibc really
	// gpl?? we link a commercial app against it"), so the verdict is on the project's
	// own licence, with the claim beside it.
	Doubted bool
}

// Licence is the project's licence as the claim reads it: the one for the version the
// text gives, where the project's data has it, else the project's licence now.
func (c Claim) Licence() string {
	if _, _, ok := c.Data.Under(c.Read); ok && c.Read != "" {
		return c.Read
	}
	return c.Data.License
}

// mention is where a licence is named again, and the word after it.
type mention struct {
	at   [2]int
	next string
}

var (
	// listSepRE: what stands between two projects of one list, up to three names the
	// bot does not know among them ("box2d, bullet and glfw").
	listSepRE = regexp.MustCompile(`^(?:\s*,?\s*(?:and\s+|&\s+)?[\w.+-]+){0,3}\s*,?\s*(?:and|&)?\s*$`)
	// allStatedRE: a licence said of every project just listed ("…, all zlib-licensed",
	// "…, both Apache 2.0", "which are all under the MIT licence").
	allStatedRE = regexp.MustCompile(`^\s*[,(—–-]?\s*(?:(?:which|that|they)\s+are\s+|are\s+)?(?:all|both|each)\s+(?:(?:licen[cs]ed|released|available|published)\s+)?(?:under\s+)?(?:the\s+)?$`)
)

// nextWord is the first word of s, lower-cased, past "licensed" or "license(d)" and
// the punctuation around words.
//
// A word or two that only describe the noun after them are passed over: "our
// MIT-licensed fediverse server" is said of a server.
func nextWord(s string) string {
	if len(s) > 60 {
		s = s[:60]
	}
	var words [3]string // the first three, which is all that is looked at
	n := 0
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range fields {
		if w == "open" && i+1 < len(fields) && fields[i+1] == "source" || w == "source" && i > 0 && fields[i-1] == "open" || w == "opensource" || w == "oss" || w == "foss" {
			continue // "an MIT-licensed open source project": the project
		}
		if w != "licensed" && w != "licenced" && w != "license" && w != "licence" {
			words[n] = w
			if n++; n == len(words) {
				break
			}
		}
	}
	if n == 0 {
		return ""
	}
	if !nounOfWork(words[0]) && !notDescribing[words[0]] {
		for k := 1; k < n; k++ {
			if notDescribing[words[k]] {
				break
			}
			if nounOfWork(words[k]) {
				return words[k]
			}
		}
	}
	return words[0]
}

// nounOfWork tells a noun that says what code or work a licence is said of.
func nounOfWork(w string) bool { return slices.Contains(workWords, w) || slices.Contains(codeWords, w) }

// notDescribing are words that end a noun phrase or are no description of the noun
// after them.
var notDescribing = map[string]bool{"and": true, "or": true, "but": true, "is": true, "are": true, "was": true, "to": true, "for": true, "in": true, "into": true,
	"with": true, "which": true, "that": true, "the": true, "a": true, "an": true, "of": true, "on": true, "from": true, "by": true, "as": true, "it": true,
	"we": true, "i": true, "you": true, "they": true, "can": true, "could": true, "would": true, "will": true, "should": true, "may": true, "do": true,
	"does": true, "not": true, "so": true, "if": true, "only": true, "version": true, "v": true}

// plainIDs are SPDX IDs without a version that are no everyday word, so that a
// sentence naming one names the licence ("MIT", "ISC"). Other IDs of letters only
// ("Fair", "Intel", "Ruby", "curl") and the everyday aliases count only where the
// sentence says it means a licence: "Python license", "under the JSON licence".
var plainIDs = map[string]bool{"MIT": true, "ISC": true, "WTFPL": true, "Unlicense": true, "Beerware": true, "NCSA": true,
	"Sleepycat": true, "PostgreSQL": true, "Zlib": true, "MirOS": true, "Unicode-DFS-2016": true, "X11": true}

// contextual are aliases that are everyday words in engineering before they are licences.
var contextual = map[string]bool{"timescale": true, "sil": true, "sil font": true, "python": true, "json": true, "x11": true, "x 11": true, "artistic": true, "psf": true, "elastic": true,
	"perl": true, "php": true, "unicode": true, "zope": true, "cpl": true, "afl": true, "boost": true, "freebsd": true, "free art": true, "art libre": true}

// fontWordRE: a message about fonts, where "SIL" is the SIL Open Font License ("a SIL font
// in our game", "for a custom font … the most common licence seems to be SIL").
var fontWordRE = regexp.MustCompile(`\b(?:fonts?|typefaces?)\b`)

// licenseAfterRE and licenseBeforeRE tell that a word stands for a licence: "Python
// license", "JSON-licensed", "under the Python".
var (
	licenseAfterRE     = regexp.MustCompile(`^(?:'s|’s)?\s*[-‐]?\s*(?:licen[cs](?:e|ed|es|ing)\b|v?\d)|^\s+under\s*(?:[?,.!;:]|$)`)
	licenseAfterWordRE = regexp.MustCompile(`^\s*[-‐]?\s*licen[cs](?:e|ed|es|ing)\b`)
	licenseBeforeRE    = regexp.MustCompile(`\b(?:under|the\s+terms\s+of)\s+(?:the\s+|a\s+|an\s+)?$`)
)

// namesSomethingElse tells whether a licence's name, at [pos, end) of lower, names
// something else there: a package or repository whose name goes on after a hyphen
// ("mpl-parser", "mit-license-checker"), or MIT the institute ("studied at MIT", "MIT
// students"). Both ways a licence is found (an ID-like word, an alias) ask it.
func namesSomethingElse(name, lower string, pos, end int) bool {
	if end < 0 || end > len(lower) || pos < 0 {
		return false
	}
	if !strings.ContainsAny(name, "0123456789") && nameGoesOn(lower, end) {
		return true
	}
	return name == "mit" && !saysLicense(lower, pos, end) &&
		(mitInstituteBeforeRE.MatchString(lower[max(0, pos-30):pos]) || mitInstituteAfterRE.MatchString(lower[end:]))
}

// mitInstituteBeforeRE and mitInstituteAfterRE: MIT said as the institute ("studied at
// MIT", "a professor from MIT", "MIT researchers", "MIT Press").
var (
	mitInstituteBeforeRE = regexp.MustCompile(`\b(?:at|studied\s+at|graduated\s+from|went\s+to|student\s+at|professor\s+at|researchers?\s+at|(?:professor|researcher|someone|people|folks|team)\s+from)\s+(?:the\s+)?$`)
	mitInstituteAfterRE  = regexp.MustCompile(`^\s+(?:students?|professors?|researchers?|press|media\s+lab|lab|labs|campus|alumni|graduates?|grads?|courses?|opencourseware|ocw|csail|faculty)\b`)
)

// withReleases are the everyday names of things with releases of their own: a number after
// one ("Python 3.11", "PHP 8.2", "Boost 1.84", "FreeBSD 14") is the release, not a
// licence's version, unless the sentence says licence ("the PHP 3.01 license") or writes
// the SPDX ID ("Python-2.0").
var withReleases = map[string]bool{"python": true, "perl": true, "php": true, "boost": true, "freebsd": true, "json": true, "unicode": true, "zope": true, "elastic": true}

var (
	releaseAfterRE       = regexp.MustCompile(`^\s+v?\d+(?:\.\d+)*\+?`)
	releaseThenLicenceRE = regexp.MustCompile(`^\s+v?\d+(?:\.\d+)*\+?\s*[-‐]?\s*licen[cs]`)
)

// releaseOf tells whether the name at [pos, end) is followed by its own release number.
func releaseOf(phrase, lower string, pos, end int) bool {
	if !withReleases[phrase] || end < 0 || end > len(lower) {
		return false
	}
	after := lower[end:]
	return releaseAfterRE.MatchString(after) && !releaseThenLicenceRE.MatchString(after) && !licenseBeforeRE.MatchString(lower[max(0, pos-40):pos])
}

// saysLicense tells whether the text around [pos, end) says it names a licence.
func saysLicense(lower string, pos, end int) bool {
	if end >= 0 && end <= len(lower) && licenseAfterRE.MatchString(lower[end:]) {
		return true
	}
	return pos <= len(lower) && licenseBeforeRE.MatchString(lower[max(0, pos-40):pos])
}

// redistributingRE: a project given out again under a licence of someone's choosing
// ("a repo redistributing the fira code font under gpl-3.0"): the licence is the one it
// is given out under, not the project's own.
var redistributingRE = regexp.MustCompile(`\b(?:` + givenOutAgain + `|re-?packag\w*|re-?upload\w*|mirror\w*)\s+(?:the\s+|a\s+|an\s+|their\s+|our\s+|my\s+)?$`)

// givenOutAgain: the verbs of giving a work out again, under a licence one chooses.
const givenOutAgain = `re-?distribut\w*|re-?licen[cs]\w*|re-?publish\w*|re-?releas\w*`

// adjacentRE and statedRE: what may stand between a licence and the project name it
// qualifies ("GPL-3.0 kernel module", "MIT-licensed jQuery plugin"), and between a project
// and the licence the sentence gives it ("Bootstrap (MIT)", "newpipe extractor (gplv3)",
// "Qt, which is LGPL", "flags logback-classic in spring-boot-starter-logging as
// lgpl-2.1-only").
var (
	adjacentRE = regexp.MustCompile(`^[\s-]*(?:licen[cs]ed\s*)?(?:(?:[\w-]+\s+)?(?:library|lib|package|module|framework|toolkit|sdk|crate|gem|component|dependency)\s*\(\s*)?$`)
	statedRE   = regexp.MustCompile(`^\s+(?:(?:build|version|copy|binary|binaries|release|package)\s+)?(?:that\s+|which\s+)?(?:it|we|i|they|you)\s+(?:[\w-]+\s+){1,2}?(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+)?$|^(?:'s|’s)\s+[\w.-]+(?:\s+[\w.-]+)?,?\s+(?:which|that)\s+(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+)?$|^(?:'s|’s)?[\s,(]*(?:v?\d+(?:\.\d+)*[\s,(]+)?(?:(?:in|from|inside|within|via|through)\s+(?:the\s+)?[\w.-]{3,}[\s,]+as\s+)?(?:(?:[\w-]+\s+)?(?:framework|library|libraries|toolkit|package|sdk|lib|libs|code|sources?|javascript|js|tracker|plugins?|modules?|components?|extensions?|themes?|bindings?|wrappers?|scripts?|headers?|binaries|server|client|icons?|fonts?|assets?|images?|artwork|art|sprites?|models?|weights|data|dataset|docs|documentation|samples|examples|textures|sounds|music|container|containers|apk|rpm|deb|ebuild|formula)[\s,(]+)?(?:(?:(?:is|are)\s+)?(?:(?:marked|listed|tagged|labell?ed)\s+(?:as\s+)?|as\s+)(?:plain\s+|just\s+)?)?(?:(?:which|that)\s+)?(?:is\s+|are\s+|was\s+|were\s+|being\s+)?(?:(?:now|currently|also|still|actually|really|itself|themselves)\s+)?(?:licen[cs]ed\s+|released\s+|available\s+)?(?:under\s+)?(?:the\s+)?(?:(?:its|their)\s+own\s+)?["'‘“]?$|^[\s,]*(?:but\s+|which\s+|and\s+|that\s+)?(?:it\s+|they\s+)?(?:has\s+|have\s+|just\s+|recently\s+)*(?:moved|switched|changed|relicen[cs]ed|went|migrated)\s+(?:over\s+)?(?:its\s+licen[cs]e\s+)?to\s+(?:the\s+)?$|^\s+(?:core|runtime|engine|extractor|parser|cli)\s*\(\s*$|^\s+licen[cs]e\s*[-–—:,]\s*(?:is\s+it|it'?s|is\s+that)\s+(?:really\s+|actually\s+|still\s+|now\s+)?(?:under\s+)?(?:the\s+)?$`)
)

// thingNamedForRE: a thing named for a project, after the project's name ("godot blender
// exporter", "the obs studio plugin").
var thingNamedForRE = regexp.MustCompile(`^(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:exporters?|importers?|plugins?|plug-ins?|addons?|add-ons?|extensions?|integrations?|bindings?|wrappers?|themes?|mods?|ports?|dashboards?|configs?|presets?|skins?|templates?|shaders?|widgets?)\b`)

// filesSayRE: the thing's own files say its licence ("license file is gpl3 but readme
// says gpl2+").
var filesSayRE = regexp.MustCompile(`\b(?:licen[cs]e\s+file|readme|copying|package\.json|setup\.py|pyproject\.toml|cargo\.toml|file\s+headers?)\s+(?:is|says|said|lists|has|reads)\b`)

// exceptionRE finds an exception said in words after a licence: "with the Classpath
// exception", "plus the GCC runtime library exception", "with LLVM exceptions".
var exceptionRE = regexp.MustCompile(`^[\s,"'“]*(?:\(\s*)?(?:(?:code|program|library|lib|project|module|software|tool|app|application|driver|package|licen[cs]e|licensed)\s+)?(?:with\s+|w/\s*|plus\s+|\+\s*|and\s+)(?:the\s+|a\s+|an\s+|its\s+|this\s+|that\s+)?["'“‘]?(?:([a-z][a-z0-9 .+-]{0,40}?)[\s-]+(?:linking\s+|runtime\s+(?:library\s+)?)?exceptions?\b|(classpath|cpe)\b)`)

// exceptionNames map the words before "exception" to SPDX exception IDs.
var exceptionNames = map[string]string{
	"classpath": "Classpath-exception-2.0", "class path": "Classpath-exception-2.0", "gnu classpath": "Classpath-exception-2.0",
	"llvm": "LLVM-exception", "gcc": "GCC-exception-3.1", "gcc runtime": "GCC-exception-3.1", "runtime": "GCC-exception-3.1",
	"universal foss": "Universal-FOSS-exception-1.0", "foss": "Universal-FOSS-exception-1.0", "mysql foss": "Universal-FOSS-exception-1.0",
	"font": "Font-exception-2.0", "font embedding": "Font-exception-2.0", "font embedding exception": "Font-exception-2.0", "autoconf": "Autoconf-exception-3.0", "bison": "Bison-exception-2.2", "qt": "Qt-LGPL-exception-1.1",
	"qt lgpl": "Qt-LGPL-exception-1.1", "lgpl": "Qt-LGPL-exception-1.1", "openjdk assembly": "OpenJDK-assembly-exception-1.0", "wxwindows": "WxWindows-exception-3.1",
	"ecos": "eCos-exception-2.0", "linux syscall": "Linux-syscall-note", "syscall": "Linux-syscall-note",
	"ocaml linking": "OCaml-LGPL-linking-exception", "ocaml": "OCaml-LGPL-linking-exception", "ocaml lgpl linking": "OCaml-LGPL-linking-exception",
}

// orLaterAfterRE finds "or later" in words right after a licence ID: "GPL-2.0 or later",
// "LGPL-2.1 or (at your option) any later version", "GPL-3.0 or newer".
var orLaterAfterRE = regexp.MustCompile(`^["']?\s*,?\s*\(?\s*(?:or|and)\s+(?:\(?\s*at\s+your\s+option\s*\)?\s*,?\s*)?(?:any\s+)?(?:later|newer)\b` +
	// "GPL-2.0 with the 'or (at your option) any later version' clause", as the alias
	// "GPLv2" is read with it (withLaterRE).
	`|^\s+with\s+(?:the\s+|an\s+|a\s+|its\s+)?(?:usual\s+|standard\s+|optional\s+)?["'“‘]?or\s+(?:\(\s*at\s+your\s+option\s*\)\s+)?(?:any\s+)?later(?:\s+version)?["'”’]?\s+` + laterWording + `\b`)

// laterWording: what "or later" is said to be when a licence comes with it ("the 'or
// any later version' clause", "wording", "grant").
const laterWording = `(?:wording|clause|language|text|option|grant|phrase|notice|terms|version\s+clause)`

// acronymUseAfterRE finds the words after a licence's acronym typed in lower case that
// say it is one: "hpnd code", "a cpal'd module", "cecill licensed".
var acronymUseAfterRE = regexp.MustCompile(`^(?:'d|’d|-?licen[cs]ed|\s+(?:code|licen[cs]ed|licen[cs]e|module|modules|library|lib|files?|terms|software|project))\b`)

// listedAfterRE and listedBeforeRE find a licence's acronym typed in lower case listed
// with a licence the words name plainly: "cpal or agpl", "mit/cpal".
var (
	listedAfterRE  = regexp.MustCompile(`^\s*(?:,|/|\bor\b|\band\b|&)\s*(?:the\s+)?(?:[al]?gpl|mit|bsd|apache|mpl|epl|isc|eupl|cddl)`)
	listedBeforeRE = regexp.MustCompile(`\b(?:[al]?gpl(?:v?[123](?:\.\d)?\+?)?|mit|bsd|apache(?:\s*2(?:\.0)?)?|mpl|epl|isc|eupl|cddl)\s*(?:,|/|\bor\b|\band\b|&)\s*(?:the\s+)?$`)
)

// familyVersionNameRE reads a licence's family and version from its normalised name
// ("gpl 2", "lgpl 2 1"); otherVersionRE finds another version said alone right after it
// ("or 3", "/3.0", "or 3 clause").
var (
	familyVersionNameRE = regexp.MustCompile(`^([a-z][a-z ]*?)\s*(\d+(?:\s\d+)?)(?:\s+clause)?$`)
	otherVersionRE      = regexp.MustCompile(`^\s*(?:,\s*)?(?:or|/|and|&)\s*v?(\d(?:\.\d+)?)(\s*[- ]?clause)?(?:\b|$)`)
)

// citedRE finds the verb that makes a project named before it a source quoted, not code
// used: "Wikipedia lists the EUPL as compatible", "the Debian wiki says".
var citedRE = regexp.MustCompile(`^\s+(?:wiki\s+)?(?:lists?|listed|says?|said|calls?|called|claims?|claimed|states?|describes?|reports?|mentions?|notes?|explains?|writes?|recommends?|suggests?|considers?)\b`)

// selfCitedRE: what a project says of itself ("libgit2 says it is permissively
// licensed", "SQLite claims its code is public domain"): its own licence is asked about.
var selfCitedRE = regexp.MustCompile(`^\s+(?:says?|said|claims?|claimed|states?|calls?\s+itself)\s+(?:that\s+)?(?:it|its|it's|itself|they|their)\b`)

// citingRE finds the words that make a project named after them a source quoted:
// "quoting a Stack Overflow answer", "according to Wikipedia".
var citingRE = regexp.MustCompile(`\b(?:quoting|quoted|quotes|citing|cited|cites|according\s+to)\s+(?:a|an|the|this|that|one)?\s*$`)

// forProjectRE finds the noun that makes a project named before it the thing another
// piece of software is for: "the postgres driver", "a redis client".
var forProjectRE = regexp.MustCompile(`^\s+(?:driver|drivers|client|clients|connector|connectors|adapter|adapters|bindings?|wrappers?|orm)\b`)

// languageBeforeRE: a programming language named right before a project's name, which
// makes a name that ends in "client", "driver" or the like ("a C++ Meteor client", "the
// python redis driver") a piece of software for the shorter name, written in it.
var languageBeforeRE = regexp.MustCompile(`(?:^|[\s(,])(?:c\+\+|c#|c|python|java|javascript|js|typescript|ts|golang|go|rust|ruby|php|node(?:\.js)?|swift|kotlin|dart|elixir|erlang|haskell|scala|lua|perl|\.net|objective-c|clojure|ocaml|julia)(?:-based)?\s+$`)

// leftFromRE finds a licence change said before a licence: "moved from", "has switched
// its licence from"; movedToRE the licence it went to, after; ownWordsRE the asker's own
// project in the same clause.
var (
	// statedNextRE: the sentence after the one that names a project starts by saying what
	// licence it is under: "I want plupload for the uploads on our site. It's GPLv2, and …".
	statedNextRE = regexp.MustCompile(`^[^.?!]{0,100}[.!?]\s+(?:it'?s|it’s|it\s+is|it\s+was)\s+(?:licen[cs]ed\s+|released\s+|published\s+)?(?:under\s+)?(?:the\s+|an?\s+)?$`)
	// prepositionBeforeRE: a project named after a preposition ("fork the plugin into
	// jellyfin"), which is not what "it" in the next sentence stands for.
	prepositionBeforeRE = regexp.MustCompile(`\b(?:into|to|onto|in|inside|for|on|with|from|against|than|of)\s+(?:the\s+|an?\s+|our\s+|my\s+|their\s+)?$`)
	leftFromRE          = regexp.MustCompile(`\b(?:moved|moving|moves|switched|switching|switches|changed|changing|changes|relicensed|relicensing|went|migrated|migrating|transitioned|shifted|shifting)\b[^.?!]{0,50}?\bfrom\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:permissive|open|old|original)\s+)?$`)
	movedToRE           = regexp.MustCompile(`^[^.?!]{0,30}?\bto\b`)
	ownWordsRE          = regexp.MustCompile(`\b(?:we|our|my|i|us)\b`)
	ownThingBeforeRE    = regexp.MustCompile(`\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:apps?|application|project|library|lib|code|codebase|repo|repository|package|crate|tool|plugin|game|module|sdk|site|website|fork|theme|extension|driver|firmware)\s+(?:to\s+be\s+|be\s+)?$`)
)

// statedNext tells whether the licence id at pos, at the start of the sentence after the
// one that names project p (at start, up to end), is said of p ("I want plupload for our
// site. It's GPLv2"): a licence of a family p never had, said of p as the subject or
// object of that sentence, not after a preposition ("fork the plugin into jellyfin. it's
// mit"). One of its families is read as p's by the rules for those.
func statedNext(lower string, start, end, pos int, p *Project, id string) bool {
	if !statedNextRE.MatchString(lower[end:pos]) || prepositionBeforeRE.MatchString(lower[max(0, start-20):start]) {
		return false
	}
	if _, ok := termOfFamily(p.License, id); ok {
		return false
	}
	_, ok := p.variantOfFamily(id, true)
	return !ok
}

// asfAfterRE and asfBeforeRE find "Apache" said of the Apache Software Foundation, not
// its licence: "an Apache podling", "at Apache", "why won't Apache". "Apache projects"
// stays the licence: their code is under it.
var (
	asfAfterRE  = regexp.MustCompile(`^'?s?\s+(?:podlings?|foundation|software foundation|incubator|pmcs?|board|legal|policy|committers?|members?|infra)\b`)
	asfBeforeRE = regexp.MustCompile(`\b(?:at|won'?t|wouldn'?t|will not|does not|doesn'?t|didn'?t|why does|why do)\s+(?:the\s+)?$`)
)

// kernelVersionRE finds the kernel named with its version in the middle: "Linux 5.10
// kernel".
var kernelVersionRE = regexp.MustCompile(`(?i)\b(linux)\s(v?\d+(?:\.\d+)*(?:-\w+)?)\s(kernel)\b`)

// ccVersionFirstRE finds a Creative Commons licence with its version before its
// elements: "cc 3.0 by", "CC 4.0 BY-SA", "creative commons 3.0 attribution".
var ccVersionFirstRE = regexp.MustCompile(`(?i)\b(cc|creative\s+commons)([ -])(\d(?:\.\d)?)(\s)((?:by|attribution)(?:[- ](?:sa|nc|nd|share[- ]?alike|non[- ]?commercial|no[- ]?derivatives|no[- ]?derivs))*)\b`)

// buildPartAfterRE finds the words after a licence's name that make it a build of a
// project ("the GPL options", "GPL parts", "LGPL build").
var buildPartAfterRE = regexp.MustCompile(`^['"]?\s+(?:options?|parts?|components?|codecs?|builds?|flags?|bits|features?|configuration)\b`)

// buildFlagRE finds a build option's name before a licence's: "--enable-gpl",
// "--disable-nonfree".
var buildFlagRE = regexp.MustCompile(`-(?:enable|disable|with|without)-$`)

// looseExceptionRE finds an exception named on its own; looseExceptions gives its SPDX
// ID and the prefix of the licence IDs it belongs to.
var (
	looseExceptionRE = regexp.MustCompile(`\b(llvm|classpath|gcc runtime(?: library)?|runtime library)\s+exception\b`)
	looseExceptions  = map[string][2]string{
		"llvm": {"LLVM-exception", "Apache-2.0"}, "classpath": {"Classpath-exception-2.0", "GPL-2.0"},
		"gcc runtime": {"GCC-exception-3.1", "GPL-3.0"}, "gcc runtime library": {"GCC-exception-3.1", "GPL-3.0"}, "runtime library": {"GCC-exception-3.1", "GPL-3.0"},
	}
	// exceptionHosts is the licence each of those exceptions is written for, as its text
	// says: read with it when a question names the exception and no licence ("what does
	// the classpath exception mean for my code?"). The Classpath exception is OpenJDK's
	// GPL version 2's; the GCC runtime library exception, version 3.1, GCC's GPL version
	// 3 or later.
	exceptionHosts = map[string]string{"LLVM-exception": "Apache-2.0", "Classpath-exception-2.0": "GPL-2.0-only", "GCC-exception-3.1": "GPL-3.0-or-later"}
)

// exceptionVersion says why a licence named without its version, with an exception, is
// read as the version the exception's text is written for.
const exceptionVersion = "the name gives no version; I read it as the version the exception named with it is written for"

// versionForException is the licence id, said with why, as read with the exception exc:
// a name of the exception's family that gave no version is the version the exception's
// text is written for ("GPL with the Classpath exception" is GPL-2.0-only).
func versionForException(id, why, exc string) (string, string) {
	if host, ok := exceptionHosts[exc]; ok && (why == noGNU || why == noVersion) && looseFamily(host) == looseFamily(id) {
		return host, exceptionVersion
	}
	return id, why
}

// exceptionAlone says why an exception named without its licence is read with one.
const exceptionAlone = "the exception was named without its licence, so I read it with the licence its text is written for"

// plusExceptionRE finds an exception's name after a "+" that joins it to a licence
// ("GPLv2 + Classpath exception"): the "+" says "plus", not "or later".
var plusExceptionRE = regexp.MustCompile(`^(?:the\s+)?(?:(?:classpath|class path|llvm|gcc|gcc runtime|runtime|linking|font|openssl|universal foss|foss|syscall|linux syscall|autoconf|bison|qt|wxwindows)\b(?:\s+\w+)?\s*(?:linking\s+)?exceptions?\b|(?:classpath|cpe)\b)`)

// onlyAfterRE finds "only" right after a licence ID: "GPL-2.0 only".
var onlyAfterRE = regexp.MustCompile(`^\s*\(?only\b\)?`)

// rVersionRE is R's and Debian's way of saying "or later": "GPL (>= 3)", "GPL (>=2)",
// "LGPL (≥ 2.1)", "GPL >= 2".
var rVersionRE = regexp.MustCompile(`(?i)(\b(?:a|l)?gpl[\s-]*)(?:\(\s*(?:>=|≥|>\s*=)\s*(\d(?:\.\d)?)\s*\)|(?:>=|≥)\s*(\d(?:\.\d)?)\b)`)

// rLaterNotation rewrites R's "GPL (>= 3)" as "GPL 3+", padded with spaces to the same
// length, so every position found in it is a position in the text as written.
func rLaterNotation(text string) string {
	if !strings.Contains(text, ">") && !strings.Contains(text, "≥") {
		return text
	}
	return rVersionRE.ReplaceAllStringFunc(text, func(m string) string {
		sm := rVersionRE.FindStringSubmatch(m)
		v := sm[2] + sm[3]
		out := sm[1] + v + "+"
		if len(out) > len(m) {
			return m
		}
		return out + strings.Repeat(" ", len(m)-len(out))
	})
}

// movedBetweenRE: the words between two sayings of one licence family that set them
// against each other, as a move or a swap: "from gpl 2 to gpl 2 or later", "gpl (>= 2)
// instead of gpl-2".
var (
	movedBetweenRE = regexp.MustCompile(`^[\s)"'”’]*(?:to|into|→|->|instead\s+of|rather\s+than|and\s+not)\s+(?:the\s+|a\s+|plain\s+|just\s+)?["'“‘]?$`)
	fromBeforeRE   = regexp.MustCompile(`\bfrom\s+(?:the\s+|a\s+|plain\s+|just\s+)?["'“‘]?$`)
)

// movedBetween tells whether the sayings at [ap, ae) and [bp, be) of lower are set
// against each other as a move ("from X to Y") or a swap ("X instead of Y"), and so are
// two licences, not one said twice.
func movedBetween(lower string, ap, ae, bp, be int) bool {
	if ap > bp {
		ap, ae, bp, be = bp, be, ap, ae
	}
	if ap < 0 || ae < ap || bp < ae || bp > len(lower) {
		return false
	}
	between := lower[ae:bp]
	if !movedBetweenRE.MatchString(between) {
		return false
	}
	if strings.Contains(between, "to") && !strings.Contains(between, "instead") {
		return fromBeforeRE.MatchString(lower[max(0, ap-24):ap])
	}
	return true
}

// findLicenses is FindLicenses that also says which licences were read from a name that
// leaves a choice open ("GPL", "BSD", the deprecated ID "GPL-2.0"), and what joins them.
// gplTwoOneRE: "GPL 2.1", "gplv2.1", "GPL-2.1": a version only the LGPL has.
var gplTwoOneRE = regexp.MustCompile(`(?i)(?:^|[^a-z])(gpl(?:[ -]v?|v)?2\.1)\b`)

// noGPLTwoOne is why "GPL 2.1" is read as the LGPL's version 2.1.
const noGPLTwoOne = "there is no GPL version 2.1; the LGPL (the Lesser GPL) is the licence with one"

// gplTwoOneAsLGPL rewrites "GPL 2.1" as the LGPL's version 2.1, in as many characters,
// so that offsets into text hold, and gives where it did.
func gplTwoOneAsLGPL(text string) (string, [][2]int) {
	var spans [][2]int
	b := []byte(text)
	for _, m := range gplTwoOneRE.FindAllStringSubmatchIndex(text, -1) {
		a, e := m[2], m[3]
		if e-a < 7 {
			continue // "gpl2.1": no room for the "l" (read as written)
		}
		copy(b[a:e], "lgpl"+strings.Repeat(" ", e-a-7)+"2.1")
		spans = append(spans, [2]int{a, e})
	}
	return string(b), spans
}

// publicDomainLike tells whether id dedicates a work to the public domain, or comes as
// near as a licence can ("blessing", "Unlicense", "CC0-1.0").
func publicDomainLike(id string) bool {
	return id == "blessing" || id == "Unlicense" || id == "CC0-1.0" || id == "LicenseRef-Public-Domain"
}

func findLicenses(text string) found {
	type hit struct {
		pos, end int // where it is in text; end -1 when it cannot be told
		id       string
		why      string
		exact    bool   // an SPDX ID as written, not an alias
		said     string // the words as written
		project  *Project
		how      string // for a project: the version or build read, or the one assumed
		// selfCited: a project said to say something of itself ("libgit2 says it is
		// permissively licensed"), asked about only when the question names nothing else.
		selfCited bool
	}
	var f found
	var docHits []hit // licences named only as their documents ("the GPL FAQ")
	// choiceAt holds, by position, the licences named that are the options of a project
	// whose every option the question names ("osquery … the LICENSE file (Apache 2.0) and
	// the COPYING file (GPLv2)"): they are its choice, joined by OR whatever words stand
	// between them. lastChoice is the project of the hit added last, if one.
	choiceAt := map[int]*Project{}
	var lastChoice *Project
	seen := map[string]bool{}
	prevEnd := -1
	text = maskMITZero(rLaterNotation(text))
	orig := text // the words as written, where a rewrite below changed them
	var gpl21 [][2]int
	if strings.Contains(text, "2.1") {
		text, gpl21 = gplTwoOneAsLGPL(text)
	}
	if strings.Contains(text, "ernel") {
		// "a Linux 2.4 kernel" is the Linux kernel, version 2.4: the same words in the
		// order the project's name has them, at the same length, so offsets hold.
		text = kernelVersionRE.ReplaceAllString(text, "${1} ${3} ${2}")
	}
	if strings.Contains(text, ".0 ") {
		// "cc 3.0 by" is CC BY 3.0, the same words in the order the name has them.
		text = ccVersionFirstRE.ReplaceAllString(text, "${1}${2}${5}${4}${3}")
	}
	lower := lowerASCII(text) // positions in lower are positions in text
	f.files = strings.Contains(lower, "licen") && licenceFilesRE.MatchString(lower)
	add := func(h hit) {
		if len(gpl21) > 0 && h.end > h.pos && slices.ContainsFunc(gpl21, func(r [2]int) bool { return r[0] < h.end && h.pos < r[1] }) {
			h.said = orig[h.pos:h.end]
			if h.why == "" {
				h.why = noGPLTwoOne
			} else {
				h.why = noGPLTwoOne + "; " + h.why
			}
		}
		if seen[h.id] && h.project != nil && h.project.Platform {
			// "a BSD-3 library into our Go binary": the runtime every Go binary carries is
			// the setting, not the library's licence said again of where it goes.
			return
		}
		if seen[h.id] {
			// Named again ("jQuery … dual licensed under MIT and GPL"): what joins it to the
			// next licence is read from here, and the words around it may say whose it is.
			f.twice, prevEnd = true, h.end
			if i := slices.Index(f.ids, h.id); i >= 0 && f.projects[i] != nil && f.projects[i].Tool && h.project != nil && !h.project.Tool {
				// "compile with clang and link libc++ statically": the same licence, but what
				// ships is the runtime, not the compiler.
				f.projects[i], f.said[i] = h.project, h.said
			}
			if i := slices.Index(f.ids, h.id); i >= 0 && f.projects[i] != nil && f.projects[i].Platform && h.project == nil {
				// "React and friends, all MIT and ISC": the licence is said plainly too, so it
				// is more than the platform's.
				f.projects[i], f.said[i] = nil, h.said
			}
			if i := slices.Index(f.ids, h.id); i >= 0 && h.end >= 0 {
				if f.again == nil {
					f.again = map[int][]mention{}
				}
				f.again[i] = append(f.again[i], mention{[2]int{h.pos, h.end}, nextWord(text[h.end:])})
			}
			return
		}
		seen[h.id] = true
		join := ""
		if prevEnd >= 0 && prevEnd <= h.pos && len(f.ids) > 0 {
			// "MIT license or the Apache License": the words "license" around a join say
			// nothing of it.
			join = strings.TrimSpace(joinLicenceWordsRE.ReplaceAllString(strings.ToLower(strings.TrimSpace(text[prevEnd:h.pos])), ""))
		}
		if c := choiceAt[h.pos]; c != nil && c == lastChoice && len(f.ids) > 0 {
			join, f.choice = "or", true
		}
		lastChoice = choiceAt[h.pos]
		next := ""
		if h.end >= 0 && h.end <= len(text) {
			next = nextWord(text[h.end:])
		}
		f.ids, f.joins, f.next, prevEnd = append(f.ids, h.id), append(f.joins, join), append(f.next, next), h.end
		f.at, f.projects, f.said = append(f.at, [2]int{h.pos, h.end}), append(f.projects, h.project), append(f.said, h.said)
		f.how = append(f.how, h.how)
		if h.why != "" {
			f.notes = append(f.notes, Assumption{Said: h.said, ID: h.id, Why: h.why})
		}
	}
	var hits []hit
	// Exact SPDX IDs (with -only / -or-later / +).
	for _, tok := range idToken.FindAllStringIndex(text, -1) {
		w := strings.ToLower(text[tok[0]:tok[1]])
		if strings.HasPrefix(w, "licenseref-") && licenseRefRE.MatchString(w[len("licenseref-"):]) {
			// An organisation's own licence, as its policy may name it, spelled as written.
			ref := text[tok[0]+len("licenseref-") : tok[1]]
			hits = append(hits, hit{tok[0], tok[1], "LicenseRef-" + ref, "", true, text[tok[0]:tok[1]], nil, "", false})
			continue
		}
		if namesSomethingElse(w, lower, tok[0], tok[1]) {
			continue
		}
		plus := strings.HasSuffix(w, "+")
		w = strings.TrimSuffix(w, "+")
		// A family's letters followed by a version ("LPPL 1.3a") are read with that
		// version by the aliases, not as the family's newest.
		written := text[tok[0]:tok[1]]
		if written == w && (acronymUseAfterRE.MatchString(lower[tok[1]:]) || saysLicense(lower, tok[0], tok[1]) ||
			listedAfterRE.MatchString(lower[tok[1]:]) || listedBeforeRE.MatchString(lower[max(0, tok[0]-20):tok[0]])) {
			written = strings.ToUpper(written) // "hpnd code", "a cpal'd module": typed in lower case
		}
		if id, why, ok := acronymID(written); ok && !plus && (licenseish()[w] == "" || id == licenseish()[w]) &&
			(why == "" || !familyVersionRE.MatchString(text[tok[1]:])) {
			// "HPND code", "a CPAL'd module": a licence's acronym in capitals.
			if _, project := knownProjects()[w]; !project {
				hits = append(hits, hit{tok[0], tok[1], id, why, true, text[tok[0]:tok[1]], nil, "", false})
				continue
			}
		}
		if id, ok := licenseish()[w]; ok && len(w) > 2 {
			if !plainIDs[id] && !strings.ContainsAny(id, "0123456789-") && !saysLicense(lower, tok[0], tok[1]) {
				continue // "is it fair", "Ruby gem", "curl": the word, not the licence
			}
			if _, project := knownProjects()[w]; project && !licenseAfterWordRE.MatchString(lower[tok[1]:]) {
				continue // "OpenSSL 3.0" is the project, read from its data
			}
			why, end := "", tok[1]
			if bareGNU[id] && !plus {
				if m := orLaterAfterRE.FindString(lower[tok[1]:]); m != "" {
					plus, end = true, tok[1]+len(m) // "GPL-2.0 or any later version": the words say what "+" would
				} else if m := onlyAfterRE.FindString(lower[tok[1]:]); m != "" {
					id, end = id+"-only", tok[1]+len(m) // "GPL-2.0 only", said as plainly as the ID would
					hits = append(hits, hit{tok[0], end, id, "", true, text[tok[0]:end], nil, "", false})
					continue
				}
			}
			if bareGNU[id] && !plus {
				why = retiredGNU
			}
			if bareGNU[id] {
				id += "-only" // SPDX deprecated the bare GNU IDs; the bare name means "only"
			} else if r, retired := lictext.Replacement[id]; retired && !plus && !strings.HasSuffix(id, "+") {
				// "GPL-2.0-with-classpath-exception", "wxWindows": a retired ID, read as the
				// expression that replaced it, as a scanned file's tag is.
				id, why = r, fmt.Sprintf(retiredID, id)
			}
			if plus {
				id = strings.TrimSuffix(strings.TrimSuffix(id, "-only"), "-or-later") + "-or-later"
				if _, ok := licenseish()[strings.ToLower(id)]; !ok {
					id = licenseish()[w] + "+"
				}
			}
			hits = append(hits, hit{tok[0], end, id, why, true, text[tok[0]:end], nil, "", false})
		}
	}
	// Aliases and well-known projects over the normalised words, longest first at each
	// start. Each normalised word is found in the lower-cased text, in order, so that the
	// hits keep the order of mention ("is GPL compatible with Apache-2.0?").
	words := strings.Fields(norm(lower))
	at := make([]int, len(words))
	for i, cursor := 0, 0; i < len(words); i++ {
		at[i] = cursor
		if j := strings.Index(lower[cursor:], words[i]); j >= 0 {
			at[i] = cursor + j
			cursor += j + len(words[i])
		}
	}
	sameOffsets := len(lower) == len(text) // lower-casing kept every offset
	span := func(i, n int) (said string, end int) {
		if e := at[i+n-1] + len(words[i+n-1]); sameOffsets && e <= len(text) {
			return text[at[i]:e], e
		}
		return "", -1
	}
	projects := knownProjects()
	type named struct {
		id, said string
		pos      int
	}
	// aside holds the licence read for every project named but a tool, whatever becomes
	// of its hit.
	var aside []named
	for i := 0; i < len(words); i++ {
		for n := min(maxAliasWords, len(words)-i); n >= 1; n-- {
			phrase := strings.Join(words[i:i+n], " ")
			if p, ok := projects[phrase]; ok && !compoundWord(lower, at[i], at[i+n-1]+len(words[i+n-1])) {
				if n > 1 && forProjectRE.MatchString(" "+words[i+n-1]) && languageBeforeRE.MatchString(lower[max(0, at[i]-16):at[i]]) {
					// "a C++ Meteor client" is a client for Meteor written in C++, not the
					// project named "Meteor Client".
					continue
				}
				said, end := span(i, n)
				after := ""
				if end >= 0 && end <= len(lower) {
					after = lower[end:]
				}
				self := selfCitedRE.MatchString(after)
				if citedRE.MatchString(after) && !self || forProjectRE.MatchString(after) || citingRE.MatchString(lower[max(0, at[i]-30):at[i]]) {
					if said, _ := span(i, n); said != "" && !forProjectRE.MatchString(after) && !p.Tool {
						id, _ := p.ReadAs(strings.ToLower(said), after, lower)
						aside = append(aside, named{id, said, at[i]}) // "WordPress says …": quoted, yet still the platform
					}
					i += n - 1
					break // "Wikipedia lists the EUPL as …", "the postgres driver we like": not the project's own code
				}
				id, how := p.ReadAs(strings.ToLower(said), after, lower)
				if strings.Contains(id, " OR ") && projectLicenceAfterRE.MatchString(after) {
					// "the FreeType licence": of the licences FreeType is offered under, the
					// one named after it (the Freetype Project License), not the choice.
					if t, name, ok := termNamedFor(id, p); ok {
						id, how = t, namedLicenceHow+name
					}
				}
				hits = append(hits, hit{at[i], end, id, "", false, said, p, how, false})
				if !p.Tool {
					aside = append(aside, named{id, said, at[i]})
				}
				hits[len(hits)-1].selfCited = self && citedRE.MatchString(after)
				i += n - 1
				break
			}
			if strings.HasSuffix(phrase, " +") && i+n < len(words) && plusExceptionRE.MatchString(strings.Join(words[i+n:min(len(words), i+n+4)], " ")) {
				continue // "GPLv2 + Classpath exception": "plus", read by the shorter name
			}
			if strings.HasSuffix(phrase, " +") && plusJoins(lower, at, words, i+n-1) {
				continue // "gplv3 + apache2": "and", read by the shorter name
			}
			// "or later" and "+" after a version make it -or-later.
			if id, ok := aliases[phrase]; ok {
				why := assumed[phrase]
				if i+n < len(words) && words[i+n] == "+" && !(i+n+1 < len(words) && plusExceptionRE.MatchString(strings.Join(words[i+n+1:min(len(words), i+n+5)], " "))) &&
					!plusJoins(lower, at, words, i+n) {
					if id2, ok := aliases[phrase+" +"]; ok {
						id, why = id2, ""
					} else if later, ok := licenseish()[strings.ToLower(strings.TrimSuffix(id, "-only")+"-or-later")]; ok && strings.HasSuffix(id, "-only") {
						id, why = later, "" // "GPL 2.0+": the "+" says or later whatever the alias
					}
				}
				said, end := span(i, n)
				if contextual[phrase] && (end < 0 || !saysLicense(lower, at[i], end) && !(phrase == "artistic" && perlPairRE.MatchString(lower[max(0, at[i]-12):min(len(lower), end+12)])) &&
					!(strings.HasPrefix(phrase, "sil") && fontWordRE.MatchString(lower)) || releaseOf(phrase, lower, at[i], end)) {
					break // "a Python script", "JSON files", "Python 3.11"
				}
				if namesSomethingElse(phrase, lower, at[i], end) {
					i += n - 1
					break
				}
				if end >= 0 && end <= len(lower) && docAfterRE.MatchString(lower[end:]) ||
					strings.HasPrefix(id, "GPL-") && lgplTextsBeforeRE.MatchString(lower[max(0, at[i]-60):at[i]]) {
					docHits = append(docHits, hit{at[i], end, id, why, false, said, nil, "", false})
					i += n - 1
					break // "the GPL FAQ says", "ship copies of the lgpl and gpl": documents
				}
				if id == "Apache-2.0" && end >= 0 && end <= len(lower) && !strings.ContainsAny(said, "0123456789") &&
					(asfAfterRE.MatchString(lower[end:]) || asfBeforeRE.MatchString(lower[max(0, at[i]-20):at[i]])) {
					i += n - 1
					break // "an Apache podling", "code at Apache", "why won't Apache let …": the foundation
				}
				if buildFlagRE.MatchString(lower[max(0, at[i]-12):at[i]]) {
					i += n - 1
					break // "--enable-gpl" is a build option; the project's data reads it
				}
				hits = append(hits, hit{at[i], end, id, why, false, said, nil, "", false})
				i += n - 1
				break
			}
			if n == 3 || n == 2 {
				// A name and its version as SPDX writes them: "OSL 3.0", "PHP License 3.01".
				if id, ok := versioned(words[i : i+n]); ok {
					said, end := span(i, n)
					hits = append(hits, hit{at[i], end, id, "", false, said, nil, "", false})
					i += n - 1
					break
				}
			}
		}
	}
	// "GPL 2 or 3", "LGPL 2.1/3", "BSD 2 or 3 clause": a second version said alone after
	// a family's name and version is that family's licence too.
	for _, h := range slices.Clone(hits) {
		if h.exact || h.project != nil || h.end < 0 || h.end > len(lower) {
			continue
		}
		fam := familyVersionNameRE.FindStringSubmatch(norm(strings.ToLower(h.said)))
		m := otherVersionRE.FindStringSubmatchIndex(lower[h.end:])
		if fam == nil || m == nil {
			continue
		}
		v := strings.ReplaceAll(lower[h.end+m[2]:h.end+m[3]], ".", " ")
		phrase := fam[1] + " " + v
		if m[4] >= 0 {
			phrase += " clause"
		}
		id, ok := aliases[phrase]
		pos, end := h.end+m[2], h.end+m[1]
		if !ok || id == h.id || slices.ContainsFunc(hits, func(o hit) bool { return o.pos >= pos && o.pos < end }) {
			continue
		}
		hits = append(hits, hit{pos, end, id, assumed[phrase], false, text[pos:end], nil, "", false})
	}
	if len(hits) == 0 && len(docHits) > 0 {
		// "someone read the OFL FAQ as saying converted fonts must be renamed": a licence
		// named only by its FAQ or website, when the message names no other, is the one
		// the question is about.
		hits = docHits
	}
	if len(hits) == 0 {
		if loc := busliTermRE.FindStringIndex(text); loc != nil {
			// "the licence file has 'Change Date: January 1, 2029'": the terms only the
			// Business Source License has name it, when the message names no other.
			hits = append(hits, hit{loc[0], loc[1], "BUSL-1.1", busliTerms, false, text[loc[0]:loc[1]], nil, "", false})
		}
	}
	publicDomainSaid := func(h hit) bool {
		return h.project == nil && strings.Contains(strings.ToLower(h.said), "public domain")
	}
	if slices.ContainsFunc(hits, func(h hit) bool { return h.selfCited && publicDomainLike(h.id) }) &&
		!slices.ContainsFunc(hits, func(h hit) bool { return !h.selfCited && !publicDomainSaid(h) }) {
		// "sqlite says it's public domain": what the project says of itself is its own
		// dedication (SQLite's blessing), not another one the words name.
		hits = slices.DeleteFunc(hits, publicDomainSaid)
	}
	if slices.ContainsFunc(hits, func(h hit) bool { return !h.selfCited }) {
		// "LLVM says its runtime libraries are also MIT": the licence said is the one asked about.
		hits = slices.DeleteFunc(hits, func(h hit) bool { return h.selfCited })
	}
	if slices.ContainsFunc(hits, func(h hit) bool { return h.project == nil }) && filesSayRE.MatchString(lower) {
		// "godot blender exporter: license file is gpl3 but readme says gpl2+": projects
		// in the name a message opens with (before its colon or dash) that only say what
		// the thing is for, whose own files the message says the licences of.
		colon := strings.IndexAny(lower, ":–—")
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.project != nil && h.end >= 0 && h.end <= len(lower) && colon > h.end && colon-h.end < 40 &&
				!strings.ContainsAny(lower[:h.pos], ".?!") && thingNamedForRE.MatchString(lower[h.end:])
		})
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].pos < hits[b].pos })
	// A project named again without its version ("links openssl 1.0.x … 'developed by the
	// openssl project'") is the version named before or after, not its newest by default.
	// "the Digia Qt LGPL Exception": a project's name that is part of a licence's name.
	inLicenceName := func(h hit) bool {
		return exceptionAfterRE.MatchString(lower[h.end:]) || slices.ContainsFunc(hits, func(l hit) bool {
			return l.project == nil && l.pos >= h.end && l.pos-h.end <= 2
		})
	}
	for i := range hits {
		if hits[i].project == nil || !strings.HasPrefix(hits[i].how, noVersionHow) || hits[i].end < 0 || hits[i].end > len(lower) || inLicenceName(hits[i]) {
			continue
		}
		if o := slices.IndexFunc(hits, func(o hit) bool { return o.project == hits[i].project && strings.HasPrefix(o.how, versionReadHow) }); o >= 0 {
			hits[i].id, hits[i].how = hits[o].id, hits[o].how
			continue
		}
		// "stable diffusion was announced as open source. is the OpenRAIL-M licence
		// actually open source?": a licence of the project's own making that its earlier
		// versions or other builds carry, named in the message, says which of them is
		// meant. Licences anyone may use (Apache-2.0 for Grafana before 8) say nothing of
		// the kind: they may be the asker's.
		for _, v := range hits[i].project.Variants {
			if strings.HasPrefix(v.License, "LicenseRef-") && slices.ContainsFunc(hits, func(o hit) bool { return o.project == nil && o.id == v.License }) {
				hits[i].id, hits[i].how = v.License, fmt.Sprintf("the question names `%s`, the licence of %s", v.License, v.Said)
				break
			}
		}
	}
	// "heard ua-parser-js went agpl. we're pinned to 1.0.x": the licence a project moved
	// to, when the question reads an earlier version of it, is its newer versions', not
	// one the question takes in.
	for _, h := range hits {
		if h.project == nil || !strings.HasPrefix(h.how, versionReadHow) || h.id == h.project.License {
			continue
		}
		hits = slices.DeleteFunc(hits, func(o hit) bool {
			_, newer := termOfFamily(h.project.License, o.id)
			return o.project == nil && newer && o.pos > 0 && o.pos <= len(lower) && wentToRE.MatchString(lower[max(0, o.pos-30):o.pos])
		})
	}
	// An ID inside a longer alias that starts before it is part of that name
	// ("zlib/libpng licence" is Zlib, not Zlib or Libpng).
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		return h.exact && slices.ContainsFunc(hits, func(a hit) bool {
			return !a.exact && a.project == nil && a.pos < h.pos && a.end >= h.end && h.end >= 0
		})
	})
	var exact [][2]int
	for _, h := range hits {
		if h.exact {
			exact = append(exact, [2]int{h.pos, h.end})
		}
	}
	kept := hits[:0]
	for _, h := range hits {
		if !h.exact && slices.ContainsFunc(exact, func(e [2]int) bool { return h.pos >= e[0] && h.pos < e[1] }) {
			continue // "GPL-2.0-only" also normalises to the alias "gpl 2"
		}
		if len(kept) > 0 && h.pos < kept[len(kept)-1].end && kept[len(kept)-1].project != nil {
			continue // a licence word inside a project's name ("MySQL FOSS")
		}
		kept = append(kept, h)
	}
	hits = kept
	// "Elastic moved from Apache 2.0 to the SSPL", "Grafana has switched from Apache
	// 2.0 to AGPLv3": the licence a project left is history, not what the question is
	// about, when the project is someone else's. Relicensing one's own ("switching our
	// lib from Apache 2.0 to MIT") keeps both: the asker weighs them.
	// So does weighing the move ("someone wants our boilerplate moved from mit to apache
	// 2.0: what do we gain and lose?").
	var left []string
	if len(hits) > 1 && !weighsLicences(lower) && !gainLoseRE.MatchString(lower) {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			if h.pos <= 0 || h.pos > len(lower) || h.end < 0 || h.end > len(lower) {
				return false
			}
			before := lower[max(0, h.pos-80):h.pos]
			m := leftFromRE.FindStringIndex(before)
			// "a contributor wants our ipad app moved from the MPL to the GPL": the asker's
			// own work, named just before the move.
			gone := m != nil && !ownWordsRE.MatchString(before[m[0]:]) && !ownThingBeforeRE.MatchString(before[:m[0]]) && movedToRE.MatchString(lower[h.end:min(len(lower), h.end+60)])
			if gone && !slices.Contains(left, h.id) {
				left = append(left, h.id)
			}
			return gone
		})
	}
	// "SQLite says it's public domain", "the Unlicense puts it in the public domain":
	// the words describe a dedication the question names otherwise, not another one.
	if len(hits) > 1 {
		dedication := func(h hit) bool {
			return h.id == "blessing" || h.id == "Unlicense" || h.id == "CC0-1.0" && !strings.Contains(strings.ToLower(h.said), "public")
		}
		if slices.ContainsFunc(hits, dedication) {
			hits = slices.DeleteFunc(hits, func(h hit) bool {
				return h.project == nil && strings.Contains(strings.ToLower(h.said), "public domain")
			})
		}
	}
	// "does the LLVM exception make Apache-2.0 code ok …": an exception named apart from
	// the licence it belongs to is that licence's, when the question names the licence
	// without it.
	if strings.Contains(lower, "exception") {
		// "what does the classpath exception mean for my code?": the exception alone is
		// its licence's, with the answer saying so. (The project it is named after, "the
		// LLVM exception", is the exception's name here.)
		if loc := looseExceptionRE.FindStringSubmatchIndex(lower); loc != nil {
			within := func(h hit) bool { return h.project != nil && h.pos >= loc[0] && h.pos < loc[1] }
			if !slices.ContainsFunc(hits, func(h hit) bool { return !within(h) }) {
				exc := looseExceptions[lower[loc[2]:loc[3]]][0]
				hits = append(slices.DeleteFunc(hits, within), hit{pos: loc[0], end: loc[1], id: exceptionHosts[exc] + " WITH " + exc, why: exceptionAlone, said: text[loc[0]:loc[1]]})
			}
		}
	}
	if len(hits) > 0 && strings.Contains(lower, "exception") {
		for _, loc := range looseExceptionRE.FindAllStringSubmatchIndex(lower, -1) {
			name := lower[loc[2]:loc[3]]
			exc, base := looseExceptions[name][0], looseExceptions[name][1]
			if slices.ContainsFunc(hits, func(h hit) bool { return h.project == nil && strings.Contains(h.id, " WITH "+exc) }) {
				continue
			}
			if i := slices.IndexFunc(hits, func(h hit) bool { return strings.HasPrefix(h.id, base) && !strings.Contains(h.id, " ") }); i >= 0 {
				hits[i].id, hits[i].why = versionForException(hits[i].id, hits[i].why, exc) // "GPL with the GCC runtime exception"
				hits[i].id += " WITH " + exc
				if e := hits[i].end; e >= 0 && e <= len(lower) {
					if m := exceptionRE.FindString(lower[e:]); m != "" {
						hits[i].end = e + len(m) // said right after it: part of its name
					}
				}
				// "GPLv3 with the GCC runtime library exception": the project of that name
				// is the exception, now the licence's.
				hits = slices.DeleteFunc(hits, func(h hit) bool { return h.project != nil && h.pos >= loc[0] && h.pos < loc[1] })
			}
		}
	}
	// "a copy of FreeType … the FreeType licence requires": a project named elsewhere by
	// the name of one of its licences is under that one throughout.
	namedAs := map[*Project]bool{}
	for _, h := range hits {
		if h.project != nil && strings.HasPrefix(h.how, namedLicenceHow) {
			namedAs[h.project] = true
		}
	}
	if len(namedAs) > 0 {
		hits = slices.DeleteFunc(hits, func(h hit) bool { return namedAs[h.project] && !strings.HasPrefix(h.how, namedLicenceHow) })
	}
	// "we won't turn on the GPL options": the words name a build of a project the
	// question names, whose data reads the build; they are no licence of their own.
	if slices.ContainsFunc(hits, func(h hit) bool { return h.project != nil && len(h.project.Variants) > 0 }) {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.project == nil && h.why != "" && h.end >= 0 && h.end <= len(lower) && buildPartAfterRE.MatchString(lower[h.end:])
		})
	}
	// "BSD-ish", "GPL-ish", "reads like MIT but adds …": a likeness, not the licence.
	// "the GPL family", beside the AGPL: the family the other licence belongs to.
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		fam := strings.TrimSuffix(looseFamily(h.id), "-")
		return h.project == nil && h.end >= 0 && h.end <= len(lower) && familyAfterRE.MatchString(lower[h.end:]) &&
			slices.ContainsFunc(hits, func(o hit) bool { return o.id != h.id && strings.Contains(strings.ToLower(o.id), fam) })
	})
	styled := map[int]bool{} // by position: named by its style and read as itself
	for i, h := range hits {
		// "our emulator has an MIT-style licence": a permissive licence said as the style
		// of one work's licence is that licence, read as such.
		if h.project == nil && h.end >= 0 && h.end <= len(lower) && styledFamilyRE.MatchString(h.id) {
			if m := styledLicenceAfterRE.FindStringSubmatch(lower[h.end:]); m != nil {
				why := fmt.Sprintf(styledAs, strings.TrimSpace(h.said)+m[1])
				if h.why != "" {
					why += "; " + h.why
				}
				styled[h.pos], hits[i].why = true, why
			}
		}
	}
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		return len(hits) > 1 && h.end >= 0 && h.end <= len(lower) && (ishRE.MatchString(lower[h.end:]) && !styled[h.pos] ||
			h.pos >= 0 && likenessBeforeRE.MatchString(lower[max(0, h.pos-24):h.pos]) && !askedLikenessRE.MatchString(lower[max(0, h.pos-60):h.pos]) &&
				!fileLooksLikeRE.MatchString(lower[max(0, h.pos-50):h.pos]) ||
			// "its licence is basically MIT with one added sentence": another licence, MIT's
			// words with more.
			h.pos >= 0 && nearlyBeforeRE.MatchString(lower[max(0, h.pos-24):h.pos]) && addedAfterRE.MatchString(lower[h.end:]))
	})
	// A licence said not to apply ("under Ruby's own licence, not a gem's MIT", "MPL
	// rather than the GPL") is not one the question is about, when another is named.
	// A question that weighs the two ("isc instead of mit: what's the difference?") is
	// about both.
	if len(hits) > 1 {
		// "what if it were AGPL?": set aside, for the answer to offer as another reading.
		kept := hits[:0]
		for _, h := range hits {
			if !supposedAt(lower, h.pos) {
				kept = append(kept, h)
			} else if !slices.Contains(f.supposed, h.id) {
				f.supposed = append(f.supposed, h.id)
			}
		}
		hits = kept
	}
	weighed := lower
	if strings.Contains(lower, "different if") {
		weighed = differentIfRE.ReplaceAllString(lower, " ")
	}
	if len(hits) > 1 && !weighsLicences(weighed) {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			// "is not GPL compatible" says something of the licence, not that it is not meant.
			qualified := h.end >= 0 && h.end <= len(lower) && qualifierRE.MatchString(strings.TrimLeft(lower[h.end:], " -"))
			// "we don't ship vlc, the user installs it separately": not shipped, but used.
			installed := h.end >= 0 && h.end <= len(lower) && installedApartRE.MatchString(lower[h.end:min(len(lower), h.end+60)])
			return h.pos > 0 && h.pos <= len(lower) && notThisRE.MatchString(lower[max(0, h.pos-40):h.pos]) && !qualified && !installed
		})
	}
	// A licence proposed to someone else's project as a replacement ("Would you consider
	// MPLv2?", "have you thought about moving it to LGPL2?", "why not MIT like most
	// crates?") is a request, not what the question is about, when another is named.
	if len(hits) > 0 {
		own := ownChoice(lower)
		isProposed := make([]bool, len(hits))
		for i, h := range hits {
			if h.pos <= 0 || h.pos > len(lower) || h.end < 0 || h.end > len(lower) {
				continue
			}
			isProposed[i] = proposedBeforeRE.MatchString(lower[max(0, h.pos-70):h.pos]) || !own && (insteadAfterRE.MatchString(lower[h.end:]) || saferAfterRE.MatchString(lower[h.end:])) ||
				// "would you relicense to MIT or BSD, or at least to the LGPL?": the rest of the list
				i > 0 && isProposed[i-1] && hits[i-1].end >= 0 && hits[i-1].end <= h.pos && proposalListRE.MatchString(lower[hits[i-1].end:h.pos])
		}
		for i := len(hits) - 1; i > 0; i-- {
			// "switch to mit/bsd/isc instead?": the list before the one proposed is too.
			if prev := hits[i-1]; isProposed[i] && !isProposed[i-1] && prev.end >= 0 && prev.end <= hits[i].pos && hits[i].pos <= len(lower) && proposalAltRE.MatchString(lower[prev.end:hits[i].pos]) {
				isProposed[i-1] = true
			}
		}
		for i, h := range hits {
			if !isProposed[i] {
				f.unproposed = append(f.unproposed, h.pos)
			}
		}
		if slices.Contains(isProposed, false) && len(hits) > 1 {
			kept := hits[:0:0]
			for i, h := range hits {
				if !isProposed[i] {
					kept = append(kept, h)
				}
			}
			hits = kept
		}
	}
	// "anyone linking it has to put their own work under the LGPL or GPL", "would infect
	// the host with the GPL": a licence of the same family as one the question names
	// elsewhere, said as what the asker's work would be made to take, is that fear, not
	// one more licence in the question.
	if len(hits) > 1 {
		feared := make([]bool, len(hits))
		for i, h := range hits {
			if h.pos <= 0 || h.pos > len(lower) {
				continue
			}
			before := lower[max(0, h.pos-60):h.pos]
			feared[i] = fearedBeforeRE.MatchString(before) ||
				i > 0 && feared[i-1] && hits[i-1].end >= 0 && hits[i-1].end <= h.pos && listJoinRE.MatchString(lower[hits[i-1].end:h.pos])
		}
		kept := make(map[string]bool) // the families named other than as a fear
		for i, h := range hits {
			if feared[i] {
				continue
			}
			kept[fearFamily(h.id)] = true
			if !strings.Contains(h.id, " ") {
				continue // one licence, its family kept above
			}
			if terms, err := Terms(h.id); err == nil {
				for _, t := range terms { // "GNU Unifont (OFL-1.1 OR GPL-2.0-or-later …) … turn gpl"
					kept[fearFamily(t)] = true
				}
			}
		}
		// "if my code just calls ggplot2, does my code have to be gpl too?": the fear says
		// the thing used is under that licence too; a project whose licence the data
		// gives answers it, whatever the family.
		projectNamed := slices.ContainsFunc(hits, func(h hit) bool { return h.project != nil })
		keep := hits[:0:0]
		for i, h := range hits {
			fearedToo := feared[i] && projectNamed && h.end >= 0 && h.end <= len(lower) && fearedTooAfterRE.MatchString(lower[h.end:])
			if (!feared[i] || h.project != nil || !kept[fearFamily(h.id)]) && !fearedToo {
				keep = append(keep, h)
			}
		}
		hits = keep
	}
	// "Our Angular app is GPLv3 and we'd like to use elkjs": the framework the asker's
	// work is built with names the work, not code the question is about, when the
	// question names something else.
	if len(hits) > 1 {
		builtWith := func(h hit) bool {
			return h.project != nil && !h.project.Tool && h.pos > 0 && h.pos <= len(lower) && h.end >= 0 && h.end <= len(lower) &&
				ownBeforeRE.MatchString(lower[max(0, h.pos-16):h.pos]) && builtWithAfterRE.MatchString(lower[h.end:])
		}
		if slices.ContainsFunc(hits, func(h hit) bool { return !builtWith(h) }) {
			hits = slices.DeleteFunc(hits, builtWith)
		}
	}
	// "we only run it as a linter in ci on our apache code": the licence of the code a
	// tool is run on is no licence of the tool's question.
	if len(hits) > 1 {
		target := func(h hit) bool {
			return h.project == nil && h.pos > 0 && h.pos <= len(lower) && toolTargetBeforeRE.MatchString(lower[max(0, h.pos-60):h.pos])
		}
		if slices.ContainsFunc(hits, func(h hit) bool { return !target(h) }) {
			hits = slices.DeleteFunc(hits, target)
		}
	}
	// "I rebuilt FFmpeg without x264": a project said to be left out is not asked about,
	// when something else is.
	if len(hits) > 1 {
		left := func(h hit) bool {
			return h.project != nil && h.pos > 0 && h.pos <= len(lower) && leftOutRE.MatchString(lower[max(0, h.pos-24):h.pos])
		}
		if slices.ContainsFunc(hits, func(h hit) bool { return !left(h) }) {
			hits = slices.DeleteFunc(hits, left)
		}
	}
	// "unibilium is gplv3. can neovim just put it under mit?": a project that would move
	// something named before it to a licence acts; it is not asked about, when two other
	// licences are.
	if len(hits) > 2 {
		acting := func(h hit) bool {
			return h.project != nil && h.end >= 0 && h.end <= len(lower) && actsAfterRE.MatchString(lower[h.end:])
		}
		if len(hits)-len(slices.DeleteFunc(slices.Clone(hits), func(h hit) bool { return !acting(h) })) >= 2 {
			hits = slices.DeleteFunc(hits, acting)
		}
	}
	// A project named once by its own name and once by the longer name of a part of it
	// ("MySQL … the MySQL connectors") is the part: the question is about that.
	hits = slices.DeleteFunc(hits, func(a hit) bool {
		return a.project != nil && a.said != "" && slices.ContainsFunc(hits, func(b hit) bool {
			return b.project != nil && b.project != a.project && len(b.said) > len(a.said) && strings.HasPrefix(norm(b.said)+" ", norm(a.said)+" ")
		})
	})
	// A project the asker's program only talks to ("talks to the customer's MySQL
	// server through Connector/J") is not part of what is asked about, when something
	// else is.
	if len(hits) > 1 {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.project != nil && h.pos <= len(lower) && talksToRE.MatchString(lower[max(0, h.pos-60):h.pos])
		})
	}
	// A project named as the place the thing asked about would otherwise be fetched from
	// ("self-host the Open Sans font instead of loading it from Google Fonts") is a
	// service, not part of the question, when something else is named.
	if len(hits) > 1 {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.project != nil && h.pos <= len(lower) && fetchedFromRE.MatchString(lower[max(0, h.pos-60):h.pos])
		})
	}
	// Projects named as what else runs beside the thing asked about, whose licence the
	// message states ("Positron, which is under the Elastic License 2.0, on our cluster
	// next to RStudio and JupyterLab"), are its surroundings, not part of the question.
	if len(hits) > 1 && slices.ContainsFunc(hits, func(h hit) bool { return h.project == nil }) && strings.Contains(lower, "next to") {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.project != nil && h.pos <= len(lower) && nextToRE.MatchString(lower[max(0, h.pos-80):h.pos])
		})
	}
	// A project's name before "exception" names the exception ("the OpenSSL exception"),
	// not the project.
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		return h.project != nil && h.end >= 0 && h.end <= len(lower) && exceptionAfterRE.MatchString(lower[h.end:])
	})
	// So does a licence's name that is also an exception's, said after another licence
	// ("GPLv2 with an OpenSSL exception").
	if len(hits) > 1 {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.project == nil && !h.exact && h.pos > hits[0].pos && h.end >= 0 && h.end <= len(lower) &&
				exceptionAfterRE.MatchString(lower[h.end:]) && len(exceptionNamed(h.said, "")) > 0
		})
	}
	// "built with clang … do we owe Apache 2.0 notices": a licence named bare beside a
	// project under that licence with an exception is the project's licence, said short.
	if len(hits) > 1 {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.project == nil && !strings.Contains(h.id, " ") && slices.ContainsFunc(hits, func(o hit) bool {
				return o.project != nil && strings.HasPrefix(o.id, h.id+" WITH ") && !strings.Contains(o.id, " OR ") && !strings.Contains(o.id, " AND ")
			})
		})
	}
	// A project named right after a licence is a noun ("our GPL-3.0 kernel module", "an
	// MIT jQuery plugin"), and one whose licence the sentence states ("jQuery, which is
	// MIT") gives way to it.
	statedFor := map[*Project]int{}    // where each project was named with its licence
	statedOther := map[*Project]bool{} // projects said to be under a licence their data does not give
	var claims []Claim
	// "zlib, box2d, bullet and glfw, all zlib-licensed": a licence said of a list of
	// projects is each one's.
	for i := 0; i < len(hits); i++ {
		if hits[i].project == nil || hits[i].end < 0 {
			continue
		}
		j := i // the last project of the list
		for j+1 < len(hits) && hits[j+1].project != nil && hits[j].end >= 0 && hits[j].end <= hits[j+1].pos && listSepRE.MatchString(lower[hits[j].end:hits[j+1].pos]) {
			j++
		}
		k := j + 1 // the licence said of them all
		if k >= len(hits) || hits[k].project != nil || hits[j].end < 0 || hits[j].end > hits[k].pos || !allStatedRE.MatchString(lower[hits[j].end:hits[k].pos]) {
			continue
		}
		for _, h := range hits[i:k] {
			if _, ok := statedFor[h.project]; !ok {
				statedFor[h.project] = h.pos
			}
			if !sameVersionOf(h.id, hits[k].id) {
				statedOther[h.project] = true
			}
		}
		hits = slices.Delete(hits, i, k)
	}
	for i := 0; i < len(hits); i++ {
		h := hits[i]
		if h.project == nil || h.end < 0 {
			continue
		}
		if h.pos >= 0 && h.pos <= len(lower) && othersMadeWithRE.MatchString(lower[max(0, h.pos-12):h.pos]) && madeWithAfterRE.MatchString(lower[h.pos:]) {
			// "json-schema-codegen … its Jinja templates are GPL too": things another work
			// made with the project's language or tool; a licence said is theirs, not the
			// project's.
			hits = slices.Delete(hits, i, i+1)
			i--
			continue
		}
		if dataLicence(h.id) && h.end <= len(lower) {
			// "the delphi osm map lib is mpl": a library made for a dataset, said to be
			// under a licence, is code of its own; the dataset is only what it is for.
			if m := libraryForDataRE.FindStringIndex(lower[h.end:]); m != nil && slices.ContainsFunc(hits, func(l hit) bool { return l.project == nil && l.pos == h.end+m[1] }) {
				hits = slices.Delete(hits, i, i+1)
				i--
				continue
			}
		}
		afterLicence := i > 0 && hits[i-1].project == nil && hits[i-1].end >= 0 && hits[i-1].end <= h.pos &&
			adjacentRE.MatchString(lower[hits[i-1].end:h.pos])
		// "can i write a wordpress plugin under mit?": the licence is the asker's plugin's,
		// a work of its own made for the project, not the project's.
		ownPlugin := func() bool {
			return platformNounRE.MatchString(lower[h.end:]) && h.pos > 0 && h.pos <= len(lower) && makingOwnRE.MatchString(lower[max(0, h.pos-60):h.pos])
		}
		// "our haskell bindings for fltk are mit": the licence said is that of the work
		// made for the project, whose own licence its data gives.
		madeFor := h.pos > 0 && h.pos <= len(lower) && madeForProjectRE.MatchString(lower[max(0, h.pos-40):h.pos])
		stated := i+1 < len(hits) && (hits[i+1].project == nil || hits[i+1].project.Tag) && hits[i+1].pos >= h.end && !ownPlugin() && !madeFor &&
			(statedRE.MatchString(lower[h.end:hits[i+1].pos]) || statedNext(lower, h.pos, h.end, hits[i+1].pos, h.project, hits[i+1].id)) &&
			!(strings.Contains(lower[h.end:hits[i+1].pos], "under") && h.pos > 0 && h.pos <= len(lower) && redistributingRE.MatchString(lower[max(0, h.pos-40):h.pos]))
		if stated {
			l := &hits[i+1]
			if l.why == publicDomain {
				// "SQLite is public domain": no licence, the project's own terms say how.
				hits = slices.Delete(hits, i+1, i+2)
				continue
			}
			if l.why != "" && !(strings.ContainsAny(l.said, "0123456789") && !sameVersionOf(h.id, l.id) && !guessedAfter(lower, l.end)) {
				// "OpenJDK is GPL with the Classpath exception": the loose name, said of a
				// project, is the project's own version of it (unless its version is said
				// and the project has no licence of it: "Qt is now available under LGPL
				// 2.1").
				if id, ok := termOfFamily(h.id, l.id); ok {
					l.id, l.why = id, ""
				} else if id, ok := h.project.variantOfFamily(l.id, false); ok {
					l.id, l.why = id, "" // "the ffmpeg it wraps is GPL": the build of that family
				} else if id, ok := h.project.variantOfFamily(l.id, true); ok {
					l.id, l.why = id, "" // "is tinymce 6 still lgpl?": the licence its versions had
				} else if alt := otherMeaning[l.id]; alt != "" && strings.Contains(h.id, alt) {
					l.id, l.why = alt, "" // "Terraform moved to BSL": the Business Source License its data names
				}
			}
			if base, _, ok := strings.Cut(h.id, " WITH "); ok && base == l.id && !strings.Contains(h.id, " OR ") && !strings.Contains(h.id, " AND ") {
				// "OpenJDK is GPL v2": said without the exception the project's licence
				// carries, which still applies.
				l.id, l.why = h.id, ""
			}
		}
		if afterLicence && (hits[i-1].why == noGNU || hits[i-1].why == noVersion) {
			// "the GPL Linux kernel": the loose name said before a project is the project's
			// own version of it.
			if id, ok := termOfFamily(h.id, hits[i-1].id); ok {
				hits[i-1].id, hits[i-1].why = id, ""
			}
		}
		if afterLicence || stated {
			if _, ok := statedFor[h.project]; !ok {
				statedFor[h.project] = h.pos
			}
			if stated && !sameVersionOf(h.id, hits[i+1].id) {
				statedOther[h.project] = true
				claims = append(claims, Claim{Project: h.said, Said: hits[i+1].id, Data: h.project, Read: h.id})
			} else if stated {
				claims = append(claims, Claim{Project: h.said, Said: hits[i+1].id, Data: h.project, Holds: true, Read: h.id})
			}
			hits = slices.Delete(hits, i, i+1)
			i--
		}
	}
	// "this magento 2 apple pay module is gpl": a module, plug-in or theme named after
	// the platform it is for, said to be under a licence, is the thing asked about; the
	// platform is its setting.
	if len(hits) > 1 {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			if h.project == nil || h.end < 0 || h.end > len(lower) {
				return false
			}
			m := moduleOfAfterRE.FindStringIndex(lower[h.end:])
			return m != nil && slices.ContainsFunc(hits, func(l hit) bool { return l.project == nil && l.pos == h.end+m[1] })
		})
	}
	// "want freetds in an ios app … it's lgpl2": a loose name said of a project just
	// named, of the same family and version as the project's one licence, is that licence.
	if len(hits) > 1 {
		hits = slices.DeleteFunc(hits, func(l hit) bool {
			if l.project != nil || l.why == "" || l.pos <= 0 || l.pos > len(lower) || !saidOfItRE.MatchString(lower[max(0, l.pos-30):l.pos]) {
				return false
			}
			return slices.ContainsFunc(hits, func(o hit) bool {
				if o.project == nil || o.pos >= l.pos || strings.Contains(o.id, " OR ") || strings.Contains(o.id, " AND ") {
					return false
				}
				t, ok := termOfFamily(o.id, l.id)
				return ok && sameVersion(t, l.id)
			})
		})
	}
	// "we'd statically link libzmq … It's LGPL with a static link exception": a loose
	// name said of the project just named, of the family of a licence the project had
	// before (libzmq was LGPL until 4.3.5), is that earlier licence.
	for i := 0; len(hits) > 1 && i < len(hits); i++ {
		l := hits[i]
		if l.project != nil || l.why == "" || l.pos <= 0 || l.pos > len(lower) || !saidOfItRE.MatchString(lower[max(0, l.pos-30):l.pos]) {
			continue
		}
		j := -1
		for k, o := range hits {
			if o.project != nil && o.pos < l.pos {
				j = k // the project named last before the licence
			}
		}
		if j < 0 || looseFamily(hits[j].id) == looseFamily(l.id) {
			continue
		}
		v := slices.IndexFunc(hits[j].project.Variants, func(v ProjectVariant) bool {
			return v.Before != "" && looseFamily(v.License) == looseFamily(l.id)
		})
		if v < 0 {
			continue
		}
		was := hits[j].project.Variants[v]
		hits[j].id, hits[j].how = was.License, fmt.Sprintf("the question says it is %s: %s is under `%s`", l.said, was.Said, was.License)
		hits = slices.Delete(hits, i, i+1)
		i--
	}
	// A project named again after the sentence gave its licence ("Qt under the LGPL …
	// if I modify Qt") is under that licence, not all of the project's; so is one named
	// before a sentence says it is under a licence its data does not give ("we'd like
	// to use msgpack-c … msgpack-c is released under the Apache License 2.0").
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		at, ok := statedFor[h.project]
		return h.project != nil && ok && (h.pos > at || statedOther[h.project])
	})
	// A project whose licence the sentence names with another version ("a Stack
	// Overflow answer … the site's CC BY-SA 3.0") is under the version said.
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		return h.project != nil && !strings.Contains(h.id, " ") && slices.ContainsFunc(hits, func(l hit) bool {
			return l.project == nil && l.id != h.id && looseFamily(l.id) == looseFamily(h.id) && l.why == ""
		})
	})
	// A project offered under a choice, with every one of its choices named in the
	// question ("osquery's contributions are licensed under both the LICENSE file (Apache
	// 2.0) and the COPYING file (GPLv2)"), is under that choice: the options named are
	// joined by OR.
	for _, h := range hits {
		if h.project == nil || h.project.Platform || !strings.Contains(h.id, " OR ") || strings.Contains(h.id, " AND ") || strings.Contains(h.id, "(") {
			continue // "GPL-2 | GPL-3 like R itself": the platform's choice, proposed for another work
		}
		choices := strings.Split(h.id, " OR ")
		first := make([]int, len(choices))
		for k, c := range choices {
			first[k] = slices.IndexFunc(hits, func(l hit) bool { return l.project == nil && l.id == c })
		}
		if slices.Contains(first, -1) {
			continue
		}
		for _, k := range first {
			choiceAt[hits[k].pos] = h.project
		}
		break
	}
	// A project offered under a choice, with one of its choices named in the question
	// ("Qt … the LGPL edition is enough"), is under the one named.
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		if h.project == nil || !strings.Contains(h.id, " OR ") || strings.Contains(h.id, " AND ") || otherOptionRE.MatchString(lower) {
			return false // "dompurify is mpl 2.0; any other licence option?": the whole choice
		}
		choices := strings.Split(strings.Trim(h.id, "()"), " OR ")
		return slices.ContainsFunc(hits, func(l hit) bool { return l.project == nil && slices.Contains(choices, l.id) })
	})
	if otherOptionRE.MatchString(lower) {
		// "dompurify is mpl 2.0; any other licence option?": the choice said of the
		// project is the project's whole choice, asked about.
		hits = slices.DeleteFunc(hits, func(l hit) bool {
			return l.project == nil && slices.ContainsFunc(hits, func(h hit) bool {
				return h.project != nil && strings.Contains(h.id, " OR ") && !strings.Contains(h.id, " AND ") &&
					slices.Contains(strings.Split(strings.Trim(h.id, "()"), " OR "), l.id)
			})
		})
	}
	// "dual licensed GPL or Artistic", "the Artistic License or the GPL": the two named
	// without versions as one choice are Perl's own terms, the CPAN custom.
	artistic := func(h hit) bool { return h.id == "Artistic-2.0" && h.why == noVersion }
	gnu := func(h hit) bool { return h.why == noGNU && looseFamily(h.id) == "gpl" }
	for i := 1; i < len(hits); i++ {
		a, b := hits[i-1], hits[i]
		if a.project != nil || b.project != nil || a.end < 0 || a.end > b.pos || b.pos > len(lower) || !eitherJoinRE.MatchString(lower[a.end:b.pos]) {
			continue
		}
		if artistic(a) && gnu(b) || gnu(a) && artistic(b) {
			for _, k := range []int{i - 1, i} {
				if artistic(hits[k]) {
					hits[k].id, hits[k].why = "Artistic-1.0-Perl", perlTerms
				} else {
					hits[k].id, hits[k].why = "GPL-1.0-or-later", perlTerms
				}
			}
		}
	}
	// A name said again, more or less precisely, is one licence: "GPL … GPLv2" is
	// GPLv2, "GPLv2 … GPL-2.0-or-later" is the latter, unless the two are set against
	// each other ("is gpl-2+ different from gpl-2?").
	for i := 0; i < len(hits); i++ {
		h := hits[i]
		if h.why == "" || h.project != nil {
			continue
		}
		if h.why == noGNU && h.end >= 0 && h.end <= len(lower) && noVersionAfterRE.MatchString(lower[h.end:]) &&
			countOf(hits, func(g hit) bool { return g.pos > h.pos && g.why != noGNU && looseFamily(g.id) == looseFamily(h.id) }) < 2 {
			// "'released under the gnu gpl', no version, and it links readline (gpl3+)":
			// a GNU licence said to name no version is any version, not the one said later;
			// versions offered after it to choose from ("just says gpl with no version.
			// should we pick v2-or-later or v3-or-later?") are still what it will be.
			continue
		}
		for j, g := range hits {
			gid, _, _ := strings.Cut(g.id, " WITH ") // "GPL" said of OpenJDK's GPL-2.0-only WITH Classpath
			if j == i || g.id == h.id || looseFamily(gid) != looseFamily(h.id) || strings.Contains(gid, " ") {
				continue
			}
			// A project's licence is not a more precise saying of a licence named with
			// its version: "a WordPress theme on a starter theme that is GPL v2".
			if h.why == noVersion || h.why == noGNU || h.why == noClauses || version(g.id) == version(h.id) && g.why == "" && g.project == nil && !asksDifference(lower) && !movedBetween(lower, h.pos, h.end, g.pos, g.end) ||
				g.project != nil && g.pos < h.pos && (h.why == noLater || h.why == retiredGNU) && orLaterReaches(gid, h.id) && h.pos > 0 && h.pos <= len(lower) && !otherOwnerBeforeRE.MatchString(lower[max(0, h.pos-60):h.pos]) {
				// "bash, coreutils and friends … the GPLv3 of those tools", "glibc … under the
				// LGPLv3": the version the project's "or later" reaches, said loosely of it.
				hits = slices.Delete(hits, i, i+1)
				i--
				break
			}
		}
	}
	// A project named as what the asker's work is built for ("a WordPress theme", "a
	// Minecraft mod") is the platform; when the question names two licences or more of
	// its own, it asks about those, not the platform's.
	if countOf(hits, func(h hit) bool { return h.project == nil }) >= 2 {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.project != nil && h.end >= 0 && h.end <= len(lower) && platformNounRE.MatchString(lower[h.end:])
		})
	}
	// "BSL" is both Boost's licence and the Business Source License: when the question
	// also names the Business Source License, the bare abbreviation is that one.
	if slices.ContainsFunc(hits, func(h hit) bool { return h.id == "BUSL-1.1" }) {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			return h.id == "BSL-1.0" && !h.exact && !strings.Contains(strings.ToLower(h.said), "boost")
		})
	}
	// Without it, a question that speaks as the Business Source License's questions do
	// ("outline moved to bsl", "self-host it", "says open source but the licence is
	// bsl") means that one, and the answer says Boost's is the other.
	looseBoost := func(h hit) bool { return h.id == "BSL-1.0" && !h.exact && h.project == nil }
	if slices.ContainsFunc(hits, looseBoost) && !strings.Contains(lower, "boost") && busliContextRE.MatchString(lower) {
		for i := range hits {
			if looseBoost(hits[i]) {
				hits[i].id, hits[i].why = "BUSL-1.1", businessBSL
			}
		}
	}
	// The CNRI licence is Python 1.6's: "the CNRI license from Python 1.6" names one
	// licence, not Python's later one as well.
	if slices.ContainsFunc(hits, func(h hit) bool { return h.id == "CNRI-Python" }) {
		hits = slices.DeleteFunc(hits, func(h hit) bool { return h.id == "Python-2.0" && !h.exact })
	}
	// MPL-2.0 files marked "Incompatible With Secondary Licenses" are under the variant
	// SPDX names MPL-2.0-no-copyleft-exception: they may not join a GPL work. The notice
	// printed at the end of the licence's own text (its Exhibit B, a form to attach to
	// files) marks nothing: "its LICENSE file ends with the 'Incompatible With Secondary
	// Licenses' text".
	if strings.Contains(lower, "incompatible with secondary") && !exhibitTemplateRE.MatchString(lower) {
		for i := range hits {
			if hits[i].id == "MPL-2.0" {
				hits[i].id = "MPL-2.0-no-copyleft-exception"
			}
		}
	}
	// "GPL-2.0 WITH Linux-syscall-note": an exception written as SPDX writes it belongs to
	// the licence before it, whatever its ID is called (not every one says "exception").
	if strings.Contains(lower, " with ") {
		for i, h := range hits {
			if h.end < 0 || strings.Contains(h.id, " ") {
				continue
			}
			m := writtenWithRE.FindStringSubmatch(lower[h.end:])
			if m == nil {
				continue
			}
			if ok, exc := spdxlicenses.IsException(m[1]); ok {
				hits[i].id = h.id + " WITH " + exc
				hits[i].end = h.end + len(m[0])
			}
		}
		// "the Linux kernel's bpf.h … its SPDX tag is GPL-2.0 WITH Linux-syscall-note": a
		// project under the plain licence is where the file came from; the tag written
		// with its exception is the file's licence, not a second one.
		hits = slices.DeleteFunc(hits, func(p hit) bool {
			return p.project != nil && slices.ContainsFunc(hits, func(l hit) bool {
				base, _, ok := strings.Cut(l.id, " WITH ")
				return ok && l.project == nil && base == p.id
			})
		})
	}
	// "GPLv2 with the Classpath exception": the exception belongs to the licence before it.
	for i, h := range hits {
		if !strings.Contains(lower, "exception") && !strings.Contains(lower, "classpath") && !strings.Contains(lower, "cpe") {
			break
		}
		if h.end < 0 || strings.Contains(h.id, " ") {
			continue
		}
		limit := len(lower)
		if i+1 < len(hits) {
			limit = max(h.end, hits[i+1].pos)
			if m := exceptionRE.FindStringSubmatchIndex(lower[h.end:]); m != nil && h.end+m[1] > hits[i+1].pos {
				limit = len(lower) // the exception's name holds the next hit ("GCC runtime")
			}
		}
		if m := exceptionRE.FindStringSubmatch(lower[h.end:limit]); m != nil {
			name := m[1]
			if name == "" {
				name = "classpath" // "GPLv2 + Classpath", "GPL2 w/ CPE"
			}
			if ids := exceptionNamed(name, h.id); len(ids) == 1 {
				exc := ids[0]
				if exc == "Qt-LGPL-exception-1.1" && strings.HasPrefix(h.id, "GPL-") {
					exc = "Qt-GPL-exception-1.0" // "GPL plus the Qt exception" is Qt's GPL exception
				}
				hits[i].id, hits[i].why = versionForException(h.id, h.why, exc) // "GPL with the Classpath exception"
				hits[i].id += " WITH " + exc
				hits[i].end = h.end + len(m[0]) // the exception's words are part of the name
				if i+1 < len(hits) && hits[i+1].pos < h.end+len(m[0]) {
					hits = slices.Delete(hits, i+1, i+2) // "GCC" in "the GCC runtime library exception"
				}
			}
		}
	}
	// "the stb libs, mit or public domain": "public domain" said of a project that offers a
	// dedication is that dedication.
	for i := range hits {
		if hits[i].why != publicDomain {
			continue
		}
		for p := range statedFor {
			for _, d := range []string{"Unlicense", "CC0-1.0", "0BSD"} {
				if terms, err := Terms(p.License); err == nil && slices.Contains(terms, d) {
					hits[i].id, hits[i].why = d, ""
				}
			}
		}
	}
	// "… 'Apache-2.0 WITH LLVM-exception' … i thought asl2 and gplv2 don't mix": a licence
	// named bare after its form with an exception, not set against it, is the same
	// licence said short; so is one said loosely with the same version ("an
	// autoconf-generated configure script. does that drag gplv3 in?").
	hits = slices.DeleteFunc(hits, func(l hit) bool {
		return l.project == nil && !strings.Contains(l.id, " ") && l.pos > 0 && l.pos <= len(lower) &&
			!setAgainstRE.MatchString(lower[max(0, l.pos-24):l.pos]) && slices.ContainsFunc(hits, func(o hit) bool {
			base, _, with := strings.Cut(o.id, " WITH ")
			return o.pos < l.pos && with && (base == l.id || l.why != "" && sameVersion(base, l.id)) && !strings.Contains(o.id, " OR ") && !strings.Contains(o.id, " AND ")
		})
	})
	if strings.Contains(lower, "later") || strings.Contains(lower, "+") {
		// "COPYING is plain gplv2 but the headers say 'or later'": the one GNU licence the
		// question names, with the "or later" its files add.
		var gnu []int
		for i := range hits {
			if (hits[i].why == noLater || hits[i].why == retiredGNU) && hits[i].project == nil {
				gnu = append(gnu, i)
			}
		}
		if len(gnu) == 1 && orLaterSaidRE.MatchString(lower) && !noOrLaterRE.MatchString(lower) {
			if id, ok := strings.CutSuffix(hits[gnu[0]].id, "-only"); ok {
				hits[gnu[0]].id, hits[gnu[0]].why = id+"-or-later", orLaterSaid
			}
		}
	}
	if strings.Contains(lower, "version") || strings.Contains(lower, "number") || strings.Contains(lower, "says") || strings.Contains(lower, "said") {
		// "it just says GPL, no version anywhere": the GNU licences let a program that
		// names no version be used under any version ever published.
		for i := range hits {
			if every, ok := anyVersion[hits[i].id]; ok && hits[i].why == noGNU && hits[i].project == nil && noVersionSaidRE.MatchString(lower) {
				hits[i].id, hits[i].why = every, anyVersionWhy
			}
		}
	}
	// "WordPress says a theme must be GPL", "our KeePass plugin, which is GPL": a GNU
	// licence named without a version, and with nothing else of its family named, is
	// the version of the project of that family the question names: the GPL meant is
	// the platform's.
	bare := func(h hit) bool { return h.why == noGNU && h.project == nil }
	if i := slices.IndexFunc(hits, bare); i >= 0 {
		id := hits[i].id
		alone := !slices.ContainsFunc(hits, func(g hit) bool { return looseFamily(g.id) == looseFamily(id) && !(bare(g) && g.id == id) })
		var ids, saids []string // the projects named before it: "WordPress says … must be GPL"
		for _, a := range aside {
			if a.pos < hits[i].pos {
				ids, saids = append(ids, a.id), append(saids, a.said)
			}
		}
		if term, from, ok := projectTerm(id, ids); ok && alone {
			for k := range hits {
				if bare(hits[k]) && hits[k].id == id {
					hits[k].id, hits[k].why = term, fmt.Sprintf(projectGNU, saids[from])
				}
			}
		}
	}
	for _, h := range hits {
		add(h)
	}
	f.stated = make([]bool, len(f.ids))
	for i := 1; i < len(f.ids); i++ {
		join := strings.Join(strings.Fields(joinNoiseRE.ReplaceAllString(f.joins[i], " ")), " ")
		at := f.at[i-1][0]
		switch join {
		case "next to", "alongside", "in addition to":
			// "bzflag is adding mpl 2.0 next to lgpl 2.1": a licence offered beside the one
			// a project has is a choice of either.
			f.stated[i] = at > 0 && at <= len(lower) && offeredBesideRE.MatchString(lower[max(0, at-40):at])
		case "and", "&", "+", "and the", "& the":
			end := f.at[i][1]
			f.stated[i] = at > 0 && at <= len(lower) && (statedAsRE.MatchString(lower[max(0, at-40):at]) && !askedAreRE.MatchString(lower[max(0, at-40):at]) || end > at && end <= len(lower) && togetherRE.MatchString(lower[end:])) && !nounOfWork(f.next[i]) &&
				(i+1 >= len(f.ids) || strings.TrimSpace(f.joins[i+1]) != "and")
		default:
			continue
		}
		if end := f.at[i][1]; f.stated[i] && end > at && end <= len(text) {
			f.notes = append(f.notes, Assumption{Said: text[at:end], ID: f.ids[i-1] + " OR " + f.ids[i], Why: statedChoice})
		}
	}
	if len(f.ids) == 2 && dualAgain(f, lower) {
		// "jQuery UI Touch Punch … the dual GPL2 and MIT licence": the first licence, read
		// from a project's name, is named again as the second's other option.
		f.stated[1] = true
	}
	f.claims = claims
	f.left = left
	return f
}

// perlPairRE: "artistic" beside the GPL as a choice ("gpl or artistic", "artistic/gpl"),
// or the file a Perl distribution keeps it in ("a COPYING and an Artistic file"): the
// Artistic License, Perl's other half, even without the word "licence".
var perlPairRE = regexp.MustCompile(`\bartistic\s+file\b|\bgpl\s*(?:or|/)\s*(?:the\s+)?artistic\b|\bartistic\s*(?:or|/)\s*(?:the\s+)?(?:gnu\s+)?gpl\b`)

// eitherJoinRE: the words between two licences offered as a choice: "or", "/", "or the".
var eitherJoinRE = regexp.MustCompile(`^\s*(?:licen[cs]e\s*)?,?\s*(?:or|/|and/or)\s+(?:the\s+)?(?:gnu\s+)?$|^/$`)

// projectTerm is the licence of id's family that the projects' licences agree on:
// "GPL" in a question that names WordPress is WordPress's GPL-2.0-or-later. index is
// the first of the licences that has it.
func projectTerm(id string, licences []string) (term string, index int, ok bool) {
	index = -1
	for i, l := range licences {
		t, ok := termOfFamily(l, id)
		if !ok {
			continue
		}
		if term != "" && t != term {
			return "", -1, false // the projects disagree
		}
		if term == "" {
			term, index = t, i
		}
	}
	return term, index, term != "" && term != id
}

// dualAgain tells whether the second of two licences is said "dual" with the first named
// again just after it, as its other option.
func dualAgain(f found, lower string) bool {
	at, end := f.at[1][0], f.at[1][1]
	if at <= 0 || end < at || end > len(lower) || !dualBeforeRE.MatchString(lower[max(0, at-40):at]) {
		return false
	}
	return slices.ContainsFunc(f.again[0], func(m mention) bool {
		return m.at[0] >= end && m.at[0] <= len(lower) && choiceJoinAfterRE.MatchString(lower[end:m.at[0]])
	})
}

var (
	// dualBeforeRE: "dual" said just before a licence ("the dual GPL2 and MIT licence",
	// "dual licensed under").
	dualBeforeRE = regexp.MustCompile(`\bdual(?:[- ]licen[cs]ed)?(?:\s+under)?(?:\s+the)?\s*$`)
	// choiceJoinAfterRE: the words between two licences of one choice.
	choiceJoinAfterRE = regexp.MustCompile(`^\s*(?:and|or|/|&|\+)\s*(?:the\s+)?$`)
)

// joinNoiseRE: words between two licences that do not change how they are joined:
// "the MIT license ... and the Apache License".
var joinNoiseRE = regexp.MustCompile(`\blicen[cs]es?\b|\.\.\.|…|["'“”‘’]`)

// otherOptionRE: the question asks what other licence a project may be taken under.
var otherOptionRE = regexp.MustCompile(`\b(?:any|another|other|a\s+different)\s+(?:other\s+)?licen[cs]e\s+(?:options?|choices?|we\s+can|i\s+can|available)|\b(?:take|use|get)\s+it\s+under\s+(?:instead|something\s+else)\b|\bother\s+licen[cs]ing\s+options?\b`)

// statedChoice says why two licences joined by "and" were read as a choice.
const statedChoice = "two licences given together as one thing's licence are, as such notices are meant, a choice of either"

// offeredBesideRE: a licence offered beside another: "is adding", "now offers".
var offeredBesideRE = regexp.MustCompile(`\b(?:add|adds|adding|added|offer|offers|offering|offered|also\s+under)\s+(?:the\s+)?$`)

// togetherRE: two licences said to apply together, after the second ("why mit and
// apache together?", "how can it be Apache and GPL at the same time?"): one thing's
// licences, offered side by side.
var togetherRE = regexp.MustCompile(`^\s*(?:licen[cs]es?\s+)?(?:together|at\s+the\s+same\s+time|at\s+once)\b`)

// askedAreRE: "are" or "is" opening a question about the two licences ("are agpl and
// gplv2 compatible?"), which asks of them rather than giving them as one thing's.
var askedAreRE = regexp.MustCompile(`(?:^|[.?!:;]\s*|\b(?:so|but|and|then|also|ok|okay|hi|hey)\s+)(?:are|is)\s+(?:both\s+)?(?:the\s+)?["'“‘]?$`)

// statedAsRE: the words before two licences joined by "and" that give them as one
// thing's licence: "it says it's", "is", "released under the", "licensed under both".
var statedAsRE = regexp.MustCompile(`(?:\b(?:supposed|meant|said|claimed|claims|claim)\s+to\s+be|\bsays?|\bsaid|\bit'?s|\bit\s+is|\bis|\bare|\bthey'?re|\bthey\s+are|\breleased\s+under|\blicen[cs]ed\s+under|\bavailable\s+under|\bunder)\s+(?:both\s+)?(?:the\s+)?["'“‘]?$`)

// orLaterSaid says why a GNU licence named with its version alone was read "or later".
const orLaterSaid = "the question says its files add “or later”"

// orLaterSaidRE finds files said to add "or later" to a licence: "the headers say 'or
// later'", "the source files say v2+". noOrLaterRE finds it said missing.
var (
	orLaterSaidRE = regexp.MustCompile(`\b(?:headers?|files?|sources?|notices?|comments?|readme|copying|it|they)\s+(?:all\s+|also\s+|still\s+)?(?:says?|said|adds?|added|includes?|included|has|have|carry|carries)\s+["'“‘]?(?:or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later|v?\d(?:\.\d)?\s*\+)`)
	noOrLaterRE   = regexp.MustCompile(`\b(?:no|not|without|never|n't|nothing)\b[^.?!]{0,30}["'“‘]?or\s+(?:\(at\s+your\s+option\)\s+)?(?:any\s+)?later`)
)

// anyVersion is what each GNU licence said without a version is when the program names
// none: its first version or any later one (GPLv2 section 9, LGPLv2.1 section 14, GPLv3
// and AGPLv3 section 14).
var anyVersion = map[string]string{"GPL-3.0-only": "GPL-1.0-or-later", "LGPL-3.0-only": "LGPL-2.0-or-later", "AGPL-3.0-only": "AGPL-3.0-or-later", "GFDL-1.3-only": "GFDL-1.1-or-later"}

// anyVersionWhy says why.
const anyVersionWhy = "the licence names no version, and then any version ever published may be chosen (as the GNU licences say of a program that gives none)"

// noVersionAfterRE: the words right after a licence's name that say it gives no version
// ("'the gnu gpl', no version", "GPL (no version given)", "GPL without any version").
var noVersionAfterRE = regexp.MustCompile(`^["'”’]?\s*[,(]?\s*(?:(?:with\s+)?no\s+(?:version|number)s?\b|without\s+(?:a\s+|any\s+)?(?:version|number)\b|unversioned\b)`)

// noVersionSaidRE finds a licence said to give no version: "just says GPL, no version
// anywhere", "doesn't say which version", "with no version number".
var noVersionSaidRE = regexp.MustCompile(`\b(?:gpl|lgpl|agpl|general\s+public\s+licen[cs]e)["'”’]?\s*,?\s*\(?\s*(?:any|every)\s+version\b|\b(?:just|only)\s+(?:says?|said)\s+(?:it'?s\s+(?:under\s+)?)?["'“‘]?(?:the\s+)?(?:gnu\s+)?(?:gpl|lgpl|agpl|general\s+public\s+licen[cs]e)["'”’]?(?:\s+(?:in|on|at|everywhere|and|,)|[.,;:!?]|$)|\bno\s+(?:version|number)s?\b|\bwithout\s+(?:a\s+|any\s+)?(?:version|number)\b|\b(?:doesn'?t|does\s+not|don'?t|do\s+not|never|nowhere)\s+(?:say|says|state|states|specify|specifies|give|gives|mention|mentions|name|names)\s+(?:a\s+|any\s+|which\s+|the\s+|its\s+)?(?:gpl\s+)?version\b|\bversion\s+(?:is\s+|was\s+)?(?:not|never)\s+(?:stated|specified|given|said|mentioned)\b|\bunversioned\b`)

// joinLicenceWordsRE: "license", "licence" or "licensed" at either end of the words
// between two licences.
var joinLicenceWordsRE = regexp.MustCompile(`^[\s"'-]*licen[cs](?:e|ed|es)\b|\blicen[cs](?:e|ed|es)[\s"']*$`)

// compoundWord tells whether the words in lower[pos:end] are part of a hyphenated name
// ("vlc-tools", "my-qt-app"): a project's name inside another's is not the project.
func compoundWord(lower string, pos, end int) bool {
	isLetter := func(i int) bool {
		return i >= 0 && i < len(lower) && (lower[i] >= 'a' && lower[i] <= 'z' || lower[i] >= '0' && lower[i] <= '9')
	}
	joiner := func(i int, c byte) bool { return i >= 0 && i < len(lower) && lower[i] == c }
	// A major version glued to the name goes with it: "vue3-admin" goes on as "vue-admin"
	// would.
	for end < len(lower) && lower[end] >= '0' && lower[end] <= '9' && end > 0 && lower[end-1] >= 'a' && lower[end-1] <= 'z' {
		end++
	}
	// A hyphen joins a name's words unless it is a licence's prefix or qualifier; an
	// identifier's underscore always does ("imgui_club" is no imgui).
	return joiner(pos-1, '-') && isLetter(pos-2) && !prefixRE.MatchString(lower[max(0, pos-12):pos]) ||
		joiner(end, '-') && isLetter(end+1) && !qualifierRE.MatchString(lower[end+1:]) ||
		joiner(pos-1, '_') && isLetter(pos-2) || joiner(end, '_') && isLetter(end+1)
}

// nameGoesOn tells whether a name that ends at end goes on, after a hyphen, as a
// package's or a repository's name ("mpl-parser"), not as a licence's ("gpl-compatible",
// "MIT-licensed", "LGPL-only", "BSD-3-Clause").
func nameGoesOn(lower string, end int) bool {
	if end+1 >= len(lower) || lower[end] != '-' && lower[end] != '_' {
		return false
	}
	if m := licenceWordRE.FindString(lower[end+1:]); m != "" {
		return nameGoesOn(lower, end+1+len(m)) // "mit-license-checker"
	}
	c := lower[end+1]
	return c >= 'a' && c <= 'z' && !qualifierRE.MatchString(lower[end+1:]) && !licenceTailRE.MatchString(lower[end+1:])
}

// licenceWordRE: "license" or "licence" at the start of a name's next part.
var licenceWordRE = regexp.MustCompile(`^licen[cs]e`)

// licenceTailRE: what follows a licence's name after a hyphen in the names licences
// go by ("GPL-exception", "LGPL-or-later", "CC-BY-SA", "BSD-new", "GPL-ish").
var licenceTailRE = regexp.MustCompile(`^(?:licen[cs]\w*|exceptions?|or-later|or-any|clause|incompatible|famil\w*|ish|esque|by|sa|nc|nd|new|revised|simplified|modified|original|old|v\d|with)\b`)

// prefixRE: what may come before a project's name and a hyphen and still mean the
// project: "-static-libstdc++", "vendored-openssl".
var prefixRE = regexp.MustCompile(`(?:^|[^a-z])(?:static|dynamic|shared|bundled|vendored|patched|custom|embedded|system)-$`)

// qualifierRE: what may follow a project's name after a hyphen and still mean the
// project: "Qt-based", "FFmpeg-powered", "WordPress-specific".
var qualifierRE = regexp.MustCompile(`^(?:based|powered|built|backed|driven|enabled|licen[cs]ed|related|specific|style|like|compatible|dependent|using|free|only|derived)\b`)

// termOfFamily is the term of the project licence expr in the family of id, without
// its exception: Qt's LGPL-3.0-only for "LGPL", OpenJDK's GPL-2.0-only for "GPL".
// guessedAfter tells whether the words after a licence named at end say it is a guess:
// "mariadb is gpl3 i think?".
func guessedAfter(lower string, end int) bool {
	return end >= 0 && end <= len(lower) && guessAfterRE.MatchString(lower[end:])
}

var guessAfterRE = regexp.MustCompile(`^\s*(?:\?|,?\s*(?:i\s+think|i\s+believe|i\s+guess|i\s+assume|afaik|iirc|probably|maybe|right\s*\?))`)

// namedLicenceHow begins what is said of a project read as the licence named after it.
const namedLicenceHow = "the question names the "

// projectLicenceAfterRE: the words after a project's name that make it the name of a
// licence: "the FreeType licence", "the Ruby License".
var projectLicenceAfterRE = regexp.MustCompile(`^\s+(?:project\s+)?licen[cs]e\b`)

// termNamedFor is the term of expr whose SPDX name holds the project's name (the
// "Freetype Project License" of "FTL OR GPL-2.0-or-later"), with that name; ok is false
// when no term or more than one has it.
func termNamedFor(expr string, p *Project) (id, name string, ok bool) {
	terms, err := Terms(expr)
	if err != nil {
		return "", "", false
	}
	list := spdxList()
	for _, t := range terms {
		n := list[t].Name
		if n == "" || !slices.ContainsFunc(p.Names, func(pn string) bool { return strings.HasPrefix(norm(n)+" ", norm(pn)+" ") }) {
			continue
		}
		if ok {
			return "", "", false
		}
		id, name, ok = t, n, true
	}
	return id, name, ok
}

// sameVersionOf tells whether expr has a licence of id's family and version.
func sameVersionOf(expr, id string) bool {
	terms, err := Terms(expr)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(terms, func(t string) bool {
		base, _, _ := strings.Cut(t, " WITH ")
		return sameVersion(base, id)
	})
}

// wentToRE: a move to the licence said next, just before it ("went agpl", "switched to
// the", "is now").
var wentToRE = regexp.MustCompile(`\b(?:went|gone|going|moved|moving|switched|switching|changed|relicensed|relicensing|is\s+now|are\s+now|became|becomes|turned)\s+(?:over\s+)?(?:to\s+)?(?:the\s+|an?\s+)?$`)

func termOfFamily(expr, id string) (string, bool) {
	terms, err := Terms(expr)
	if err != nil {
		return "", false
	}
	for _, t := range terms {
		base, _, _ := strings.Cut(t, " WITH ")
		if looseFamily(base) == looseFamily(id) {
			return base, true
		}
	}
	return "", false
}

// fetchedFromRE: what is named next is where something would otherwise be fetched
// from: "instead of loading it from", "rather than pulling them off".
var fetchedFromRE = regexp.MustCompile(`\b(?:instead\s+of|rather\s+than)\s+(?:loading|fetching|pulling|serving|getting|downloading|hotlinking|linking|embedding|including|importing)\s+(?:it|them|this|that|the\s+[\w-]+(?:\s+[\w-]+)?\s+)?\s*(?:from|off|via|through)\s+(?:the\s+)?$`)

// nextToRE: what is named next is said to run next to the thing asked about: "next to
// RStudio and ", "next to ".
var nextToRE = regexp.MustCompile(`\bnext\s+to\s+(?:(?:the\s+)?[\w.+-]+(?:\s*,\s*|\s+and\s+))*(?:the\s+)?$`)

// talksToRE: the words before a project the asker's program only talks to.
var talksToRE = regexp.MustCompile(`\b(?:talks?|talking|connects?|connecting|communicates?|communicating|sends? requests)\s+(?:to|with)\s+(?:(?:the|a|an|our|their|its|customers?'?s?|remote|external|existing)\s+){0,3}$`)

// lgplTextsBeforeRE: the LGPL's text named just before the GPL's as texts shipped ("do i
// have to ship copies of the lgpl and gpl with my mod"): LGPLv3 asks for both documents,
// so the GPL named there is a document, not a licence of the code.
var lgplTextsBeforeRE = regexp.MustCompile(`\b(?:copies|copy|texts?|files?)\s+of\s+(?:both\s+)?(?:the\s+)?lgpl[\w.+-]*(?:\s+v?\d(?:\.\d)?)?\s+(?:and|&|\+)\s+(?:the\s+|a\s+)?$`)

// docAfterRE: words after a licence's name that make it the name of a document or an
// organisation ("the GPL FAQ", "the Apache Software Foundation").
var docAfterRE = regexp.MustCompile(`^\s*(?:faq|faqs|website|web\s+site|homepage|foundation)\b`)

// exceptionAfterRE: the word "exception" after a name.
var exceptionAfterRE = regexp.MustCompile(`^[\s-]*(?:linking\s+|runtime\s+(?:library\s+)?)?exceptions?\b`)

// makingOwnRE: the words before a project's name that say the asker makes a work for
// it: "can i write a", "we are building an", "planning a" (also after a greeting, "hey
// all, quick one: planning a").
var makingOwnRE = regexp.MustCompile(`(?:\b(?:i|we)\s*(?:'m|’m|am|'re|’re|are|will|want\s+to|plan\s+to|would\s+like\s+to)?\s*|^\s*|[.?!,;:]\s+)(?:write|writing|wrote|build|building|built|make|making|made|develop|developing|developed|create|creating|created|planning|publish|publishing|release|releasing|sell|selling)\s+(?:a|an|my|our)\s+(?:new\s+|small\s+|little\s+|free\s+|paid\s+|commercial\s+)?$`)

// madeForProjectRE: a work made for or around the project named next ("bindings for",
// "a wrapper around", "a port of"), which a licence said after it belongs to.
var madeForProjectRE = regexp.MustCompile(`\b(?:bindings?|wrappers?|ports?|plugins?|plug-ins?|extensions?|add-?ons?|frontends?|front-ends?|guis?)\s+(?:for|to|of|around)\s+(?:the\s+)?$`)

// othersMadeWithRE and madeWithAfterRE: a project named as what another work's parts are
// written in or made with ("its Jinja templates", "their Sass stylesheets"), before the
// name and from it on.
var (
	othersMadeWithRE = regexp.MustCompile(`\b(?:its|their)\s+$`)
	madeWithAfterRE  = regexp.MustCompile(`^[\w.+-]+(?:\s+[\w.+-]+)?\s+(?:templates|stylesheets|macros|scripts|configs|configuration\s+files|schemas|shaders)\b`)
)

// platformNounRE: what follows a project's name when the work is made for it.
var platformNounRE = regexp.MustCompile(`^[\s-]*(?:themes?|plugins?|extensions?|add-?ons?|mods?|skins?|templates?|child\s+themes?|packages?|pkgs?)\b`)

// otherOwnerBeforeRE: the words before a licence that make it the asker's own or
// another thing's ("our app is", "a starter theme that is").
var otherOwnerBeforeRE = regexp.MustCompile(`\b(?:our|my|we|i|we're|i'm)\b[^.?!,;:]*$|\b(?:which|that|it|they)\s+(?:[\w']+\s+){0,2}(?:under\s+)?(?:the\s+)?$`)

// orLaterReaches tells whether later, an "or later" licence, reaches the version of
// id of the same family: GPL-2.0-or-later reaches GPL-3.0.
func orLaterReaches(later, id string) bool {
	if !strings.HasSuffix(later, "-or-later") || looseFamily(later) != looseFamily(id) {
		return false
	}
	a, errA := strconv.ParseFloat(version(later), 64)
	b, errB := strconv.ParseFloat(version(id), 64)
	return errA == nil && errB == nil && a <= b
}

// countOf counts the elements of s that f holds for.
func countOf[T any](s []T, f func(T) bool) int {
	n := 0
	for _, v := range s {
		if f(v) {
			n++
		}
	}
	return n
}

// lowerASCII lowers A to Z alone, so that the result has text's length and a position
// found in it is the same position in text. (strings.ToLower changes the length of
// invalid UTF-8 and of some letters, such as the Kelvin sign.) Licence names are ASCII.
func lowerASCII(text string) string {
	b := []byte(text)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// family strips the version tail so an exact ID and its alias are recognised as one.
func family(id string) string {
	id = strings.ToLower(id)
	if i := strings.IndexAny(id, "-0123456789"); i > 0 {
		return id[:i]
	}
	return id
}

// versionRE finds the version in an ID: "GPL-2.0-only": "2.0"; "BSD-3-Clause": "3".
var versionRE = regexp.MustCompile(`-(\d+(?:\.\d+)*)`)

// looseFamily is an ID without its version, "only" or "or later": "GPL-2.0-only" and
// "GPL-3.0-or-later" are "gpl", "CC-BY-SA-4.0" is "cc-by-sa", "BSD-2-Clause" is "bsd".
func looseFamily(id string) string {
	id = strings.ToLower(id)
	if loc := versionRE.FindStringIndex(id); loc != nil {
		return id[:loc[0]]
	}
	return id
}

// version is the version an ID gives, "" when none.
func version(id string) string {
	if m := versionRE.FindStringSubmatch(id); m != nil {
		return m[1]
	}
	return ""
}

// otherVersions lists, for the IDs a loose name can stand for, the others: "GPL" read as
// GPL-3.0-only could be GPL-2.0-only, GPL-2.0-or-later or GPL-3.0-or-later.
var otherVersions = map[string][]string{
	"GPL":    {"GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later"},
	"LGPL":   {"LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later"},
	"AGPL":   {"AGPL-3.0-only", "AGPL-3.0-or-later"},
	"BSD":    {"BSD-2-Clause", "BSD-3-Clause", "BSD-4-Clause"},
	"MPL":    {"MPL-2.0", "MPL-1.1"},
	"EPL":    {"EPL-2.0", "EPL-1.0"},
	"Apache": {"Apache-2.0", "Apache-1.1"},
	"CDDL":   {"CDDL-1.0", "CDDL-1.1"},
	// "bsl" is the Boost Software License's short name and the Business Source License's.
	"BSL": {"BSL-1.0", "BUSL-1.1"},
}

// OtherVersions are the other licences a loosely named one could be, most asked first.
// A licence with an exception ("GPL-3.0-only WITH Autoconf-exception-3.0") keeps it, in
// the one version the exception goes with: only "only" and "or later" of it.
func OtherVersions(id string) []string {
	if base, exc, ok := strings.Cut(id, " WITH "); ok {
		var out []string
		for _, v := range OtherVersions(base) {
			if sameVersion(v, base) {
				out = append(out, v+" WITH "+exc)
			}
		}
		return out
	}
	fam := id
	if loc := versionRE.FindStringIndex(id); loc != nil {
		fam = id[:loc[0]]
	}
	var out []string
	for _, v := range otherVersions[fam] {
		if v != id {
			out = append(out, v)
		}
	}
	return out
}

// versioned reads a name and a version ("osl 3 0", "php 3 01", "afl 3") as the SPDX ID
// written that way, when the list has one.
func versioned(words []string) (string, bool) {
	name := words[0]
	if name == "" || name[0] < 'a' || name[0] > 'z' || contextual[name] {
		return "", false
	}
	for _, w := range words[1:] {
		if w == "" || w[0] < '0' || w[0] > '9' {
			return "", false
		}
	}
	cands := []string{name + "-" + strings.Join(words[1:], ".")}
	if len(words) == 2 {
		cands = append(cands, name+"-"+words[1]+".0")
	}
	for _, c := range cands {
		if id, ok := licenseish()[c]; ok {
			return id, true
		}
	}
	return "", false
}

// familyVersionRE: a version right after a family's letters ("LPPL 1.3a", "MPL v2").
var familyVersionRE = regexp.MustCompile(`^[\s-]*(?:v|version\s*)?\d`)

// gainLoseRE: what a change of licence gains or loses.
var gainLoseRE = regexp.MustCompile(`\b(?:gain|gains|lose|loses|losing|give\s+up)\b`)

// weighsRE finds a question that weighs licences against each other: their
// difference, pros and cons, which is better, why one is picked.
var weighsRE = regexp.MustCompile(`\b(?:differen(?:ce|ces|t)|differ|vs\.?|versus|compar\w*|pros\s+and\s+cons|trade-?offs?|better|worse|wiser|advantages?|downsides?)\b` +
	// "why would our lab pick mpl instead of apache, mit or bsd?"
	`|\bwhy\s+(?:[\w'’-]+\s+){0,4}?(?:pick|choose|prefer|go\s+with|opt\s+for)\b`)

// weighsLicences tells whether lower weighs licences against each other, by weighsRE;
// "a different licence" said in place of one weighs none.
func weighsLicences(lower string) bool { return weighsRE.MatchString(anotherLicence(lower)) }

// differentIfRE: "would it be different if …", which supposes another licence and
// weighs none.
var differentIfRE = regexp.MustCompile(`\bdifferent\s+if\b`)

// supposedBeforeRE: the words before a licence suppose it instead of the one the code
// is under ("would it be different if the toolkit were AGPL?", "what if it were
// LGPL?"): an aside the answer offers as another reading, not a licence asked about.
var supposedBeforeRE = regexp.MustCompile(`(?:\bdiffer\w*|\bchange|\bchanges|\bfine|\bok|\bokay|\ballowed|\bbetter|\beasier|\bsafer)\s+if\s+(?:it|they|the\s+[\w-]+|the\s+[\w-]+\s+[\w-]+|[\w-]+)\s+(?:were|was|had\s+been)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+|an?\s+)?$|\bwhat\s+(?:if|about\s+if)\s+(?:it|they|the\s+[\w-]+|[\w-]+)\s+(?:were|was|had\s+been)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+|an?\s+)?$`)

// supposedAt tells whether the licence named at pos is supposed rather than said.
func supposedAt(lower string, pos int) bool {
	if pos <= 0 || pos > len(lower) {
		return false
	}
	before := lower[max(0, pos-60):pos]
	return strings.Contains(before, " if ") && supposedBeforeRE.MatchString(before)
}

// notThisRE: the words before a licence say it is not the one meant: "not a gem's",
// "rather than the", "instead of".
var notThisRE = regexp.MustCompile(`(?:,\s*|\b)(?:not|no\s+longer\s+(?:be\s+)?(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?|rather than|instead of|other than|as opposed to|anything but|except(?:\s+for)?|apart from|` +
	// "we don't use any GPL code", "free of AGPL", "we removed the GPL dependency",
	// "our app used to be GPL-2.0": a licence ruled out, or gone (a project's former
	// licence is read by the project's data).
	`(?:don'?t|do\s+not|never)\s+(?:use|ship|include|have|touch|allow)\s+(?:any\s+)?|no\s+|without\s+(?:any\s+)?|free\s+of\s+(?:any\s+)?|avoid(?:s|ed|ing)?\s+(?:any\s+)?|` +
	`(?:removed|replaced|dropped|ripped\s+out|got\s+rid\s+of|eliminated)\s+(?:the\s+|our\s+|that\s+|its\s+|all\s+|every\s+)?|` +
	`(?:(?:our|my)\s+(?:[\w-]+\s+){0,2}|(?:we|i)\s+)(?:used\s+to\s+be|(?:was|were)\s+(?:originally|previously|formerly|once))\s+(?:licen[cs]ed\s+)?(?:under\s+)?|(?:moved|switched|migrated)\s+away\s+from)` +
	`\s*(?:(?:a|an|the|its|their|our|my|[\w-]+'s)\s+){0,2}$`)

// installedApartRE: the words after a thing not shipped that say its users get it
// themselves ("the user installs it separately", "users add it themselves").
var installedApartRE = regexp.MustCompile(`^[^.?!]*?\b(?:(?:the\s+)?(?:users?|customers?)\s+(?:installs?|adds?|provides?|downloads?|supply|supplies|fetch|fetches)\s+(?:it|them)\b|(?:installed|downloaded|added)\s+separately\b)`)

// fearedTooAfterRE: a feared licence said to be the thing's own as well ("… have to be
// gpl too?").
var fearedTooAfterRE = regexp.MustCompile(`^\s*(?:too|as\s+well|also)\b`)

// fearedBeforeRE: the words before a licence that say the asker's work would be made to
// take it: "has to be", "have to put their work under", "becomes", "infect the host with",
// "do i now have to dual license it cc by-sa";
// listJoinRE: what joins it to the next one of the same list ("the LGPL or GPL").
var (
	fearedBeforeRE = regexp.MustCompile(`\b(?:(?:has|have|had|need|needs|must|forced|obliged|required)\s+to\s+(?:be\s+(?:(?:re)?licen[cs]ed\s+|released\s+|published\s+|distributed\s+)?(?:under\s+|as\s+)?|become\s+|go\s+|put\s+(?:[\w']+\s+){0,4}?under\s+|(?:re)?licen[cs]e\s+(?:[\w']+\s+){0,4}?(?:under|as)\s+|(?:dual[- ]?)licen[cs]e\s+(?:[\w']+\s+){0,3}?(?:(?:under|as)\s+)?)|\b(?:becomes?|turns?(?:\s+into)?|fall\s+under)\s+|\binfect\w*\s+(?:[\w']+\s+){0,4}?with\s+|` +
		// "does using freetype force our game engine to be gpl2?"
		`\bforc(?:e|es|ed|ing)\s+(?:(?:my|our|the|your|their|us|me|it|them)\s+)?(?:[\w'-]+\s+){0,3}?to\s+(?:be\s+|become\s+|go\s+)(?:(?:re)?licen[cs]ed\s+|released\s+)?(?:under\s+|as\s+)?|` +
		// "doesn't that make my ios app gpl", "does using it make our code GPL".
		`\b(?:(?:does|do|did|doesn't|don't|would|wouldn't|will|could|might|that|this|it|which)\s+(?:[\w'-]+\s+){0,5}?make|makes)\s+(?:my|our|the|your|their|his|her|its)\s+(?:[\w'-]+\s+){0,3}?(?:be\s+)?)(?:the\s+|an?\s+)?$`)
	listJoinRE = regexp.MustCompile(`^\s*(?:,|/|or|and|and/or)\s*$`)
)

// licenceFilesRE finds licence files named side by side: "both LICENSE-MIT and
// LICENSE-APACHE", "two licence files".
var licenceFilesRE = regexp.MustCompile(`\bboth\s+licen[cs]e[-_.][\w.-]+\s+and\s+licen[cs]e[-_.]|\b(?:two|separate|both)\s+licen[cs]e\s+files\b|\bboth\s+(?:an?\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+and\s+(?:an?\s+)?[\w.+-]+(?:\s+[\w.+-]+)?\s+licen[cs]e\s+files?\b`)

// fearFamily is a licence's family for telling one licence said twice loosely: the GNU
// licences are one ("the LGPL or GPL"), others are looseFamily.
func fearFamily(id string) string {
	id, _, _ = strings.Cut(id, " ")
	switch f := looseFamily(id); f {
	case "gpl", "lgpl", "agpl":
		return "gnu"
	default:
		return f
	}
}

// plusJoins tells a "+" that joins two licences ("gplv3 + apache2 ok?") from one that
// says "or later" ("GPLv2+"): set apart by a space, with a licence's name after it.
func plusJoins(lower string, at []int, words []string, k int) bool {
	if k+1 >= len(words) || words[k] != "+" || at[k] <= 0 || at[k] > len(lower) || lower[at[k]-1] != ' ' {
		return false
	}
	for n := min(3, len(words)-k-1); n >= 1; n-- {
		phrase := strings.Join(words[k+1:k+1+n], " ")
		if _, ok := aliases[phrase]; ok {
			return true
		}
		if _, ok := licenseish()[phrase]; ok {
			return true
		}
	}
	return false
}

// saidOfItRE: the words before a licence that give it to what was just named: "it's",
// "they are licensed under".
var saidOfItRE = regexp.MustCompile(`\b(?:it'?s|it\s+is|they'?re|they\s+are|its\s+licen[cs]e\s+is)\s+(?:(?:licen[cs]ed\s+)?(?:under\s+)?)?(?:the\s+|an?\s+)?$`)

// setAgainstRE: the words before a licence that set it against another form of it:
// "plain Apache-2.0", "without the exception, vs Apache-2.0".
var setAgainstRE = regexp.MustCompile(`\b(?:plain|pure|bare|vanilla|regular|normal|ordinary|without|vs\.?|versus|than|from|or|and\s+the\s+plain)\s+(?:the\s+|an?\s+)?$`)

// busliContextRE: the words of a question about the Business Source License: a
// project that moved to it, self-hosting, "source-available", its change date and
// additional use grant, production use, competing offerings.
// busliTermRE finds the terms only the Business Source License has: its "Change Date"
// (typed as the licence file has it, or said of a licence) and "Additional Use Grant".
var busliTermRE = regexp.MustCompile(`Change Date\b|(?i)\badditional\s+use\s+grant\b|\blicen[cs]e\b[^.?!]{0,60}\bchange\s+date\b|\bchange\s+date\b[^.?!]{0,40}\blicen[cs]e\b`)

var busliContextRE = regexp.MustCompile(`\b(?:mov(?:ed|ing|es)|switch(?:ed|ing|es)?|chang(?:ed|ing|es)|relicen[cs]\w*|went|going|now)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:the\s+|a\s+)?bsl\b|\bself[- ]?host\w*|\bsource[- ]available\b|\bopen[- ]?source\b[^.?!]{0,40}\bbsl\b|\bchange\s+(?:date|licen[cs]e)\b|\badditional\s+use\s+grant\b|\bproduction\s+use\b|\b(?:in|into)\s+prod(?:uction)?\b|\bcompet(?:e|es|ing|itor|itors)\b|\b(?:turns?|turning|converts?|converting|becomes?|becoming|reverts?|reverting|flips?)\s+(?:\w+\s+){0,2}?(?:in)?to\b(?:[^.?!]|\.\d){0,60}\b(?:later|after|years?|eventually)\b|\b(?:later|after\s+\w+\s+years?|eventually)\b(?:[^.?!]|\.\d){0,40}\b(?:turns?|converts?|becomes?|reverts?)\s+(?:in)?to\b`)

// businessBSL says why "BSL" was read as the Business Source License.
const businessBSL = "“BSL” also stands for the Boost Software License (BSL-1.0); the question speaks of a licence change, self-hosting or use in production, as questions about the Business Source License do"

// otherMeaning is, for a loose name that stands for two licences, the one it is read as
// when a project it is said of is under the other: "BSL" is the Boost licence, or the
// Business Source License.
var otherMeaning = map[string]string{"BSL-1.0": "BUSL-1.1"}

// ownBeforeRE and builtWithAfterRE find a project that names what the asker's work is
// built with: "our Angular app", "my Django site".
var (
	ownBeforeRE      = regexp.MustCompile(`\b(?:our|my)\s+(?:own\s+|new\s+|existing\s+|little\s+|small\s+|closed\s+|closed-source\s+|proprietary\s+|commercial\s+|paid\s+|internal\s+)?$`)
	builtWithAfterRE = regexp.MustCompile(`^[\s-]*(?:based\s+)?(?:app|apps|application|applications|project|projects|site|website|web\s*app|frontend|front-end|front\s+end|backend|back-end|service|services|game|games|plugins?|themes?|modules?|extensions?|add-?ons?|codebase|repo|sdk\s+wrapper)\b`)
)

// toolTargetBeforeRE: a tool said to be run on code of the licence named next: "run it
// as a linter in ci on our".
var toolTargetBeforeRE = regexp.MustCompile(`\b(?:linter|lint|lints|linting|formatter|formats|formatting|scanner|scans|scanning|analy[sz]er|analy[sz]es|checker|checks)\b[^.?!]{0,40}\bon\s+(?:our|my|the|their)\s+(?:own\s+)?$`)

// actsAfterRE: the words after a project say it would move something to a licence:
// "just put it under", "relicense them as".
var actsAfterRE = regexp.MustCompile(`^\s+(?:just\s+|simply\s+|legally\s+)?` + movesItWords)

// leftOutRE: the words before a project that leave it out: "without x264", "dropped
// the H.264 encoder".
var leftOutRE = regexp.MustCompile(`\b(?:without|w/o|minus|dropped|dropping|removed|removing|excluding|sans|instead\s+of|rather\s+than)\s+(?:the\s+|any\s+|its\s+)?$`)

// proposalAltRE joins alternatives proposed together: "mit/bsd/isc", "mit or isc".
var proposalAltRE = regexp.MustCompile(`^\s*(?:/|,?\s*or)\s*$`)

// proposalListRE: what joins one proposed licence to the next: "MIT or BSD", ", or at
// least to the LGPL".
var proposalListRE = regexp.MustCompile(`^[\s,]*(?:/|or|and|and/or)?\s*(?:(?:at\s+least|maybe|perhaps|even|else)\s+)?(?:to\s+|under\s+)?(?:the\s+|an?\s+)?$`)

// ownChoice tells whether the asker weighs their own work's licence ("we released our
// typeface under MIT; should fonts be OFL instead?"), so that a licence said "instead"
// is an option they weigh, not one proposed to another project: the message speaks of
// "our" or "my" work, or of releasing it, and to no "you".
func ownChoice(lower string) bool {
	return ownWorkRE.MatchString(lower) && !secondPersonRE.MatchString(lower)
}

var (
	ownWorkRE      = regexp.MustCompile(`\b(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:project|library|lib|app|tool|repo|crate|package|typeface|font|fonts|docs|documentation|code|game|site|website|plugin|theme|sdk|framework|dataset|data)\b|\b(?:we|i)\s+(?:released|published|licensed|put)\b`)
	secondPersonRE = regexp.MustCompile(`\b(?:you|your|yours|u)\b`)
)

// proposedBeforeRE: the words before a licence that ask another project's people to
// take it up: "would you consider (moving to)", "have you thought about moving your
// plugin to", "could you relicense to", "why not", "I asked whether they could move to",
// "should we ask them to switch to", "would the maintainers consider an", "should we ask
// for";
// insteadAfterRE: "X instead"; saferAfterRE: "X would be safer", "X is simpler".
var (
	proposedBeforeRE = regexp.MustCompile(`\b(?:(?:would|could|can|will)\s+you\s+(?:please\s+)?(?:(?:also\s+)?consider|think\s+about|be\s+(?:open|willing|opposed|averse)\s+to|(?:re)?licen[cs]e|move|switch|change|go|offer|dual[- ]licen[cs]e)|(?:have|did)\s+you\s+(?:ever\s+)?(?:thought|considered)|why\s+not(?:\s+(?:use|pick|choose|go\s+with|just))?|(?:asked|ask|asking)\s+(?:the\s+)?(?:maintainers?|authors?|developers?|upstream|them|him|her|the\s+project)\s+to\s+(?:move|switch|relicen[cs]e|change|offer|dual[- ]licen[cs]e)|(?:would|could|will|might)\s+(?:the\s+(?:maintainers?|authors?|developers?|project|team)|they|upstream)\s+(?:(?:ever\s+)?consider|be\s+(?:open|willing)\s+to|think\s+about|(?:re)?licen[cs]e|move|switch|change|go|offer|dual[- ]licen[cs]e)|asked\s+(?:upstream\s+|them\s+|the\s+(?:maintainers?|authors?|developers?)\s+)?(?:whether|if)\s+(?:they|he|she|it|upstream|the\s+(?:maintainers?|authors?|developers?|project))(?:'d|\s+(?:could|would|might|can|will))\s+(?:consider\s+)?(?:move|moving|switch|switching|relicen[cs]e|relicen[cs]ing|change|changing|go))\b[^.?!;]{0,50}?(?:\b(?:to|under|as|with)\s+)?(?:(?:the|a|an|something\s+like)\s+)?$|\bsomething\s+like\s+(?:the\s+)?$|\b(?:any\s+chance\s+(?:of|for|at)|is\s+there\s+(?:any\s+)?chance\s+(?:of|for))\s+(?:(?:a|an|the)\s+)?(?:(?:re)?licen[cs]ing\s+(?:it\s+|to\s+|under\s+|as\s+)*)?$` +
		// "can we use it, or should we ask for mit?", "request an apache licence from them"
		`|\b(?:(?:ask|asking|beg|begging|lobby|lobbying|petition|petitioning)\s+(?:(?:them|him|her|upstream|the\s+(?:authors?|maintainers?|developers?|devs?|owners?|vendor|project|team|copyright\s+holders?))\s+)?(?:for|about)|request|requesting)\s+(?:an?\s+|the\s+)?$`)
	saferAfterRE   = regexp.MustCompile(`^\s+(?:would\s+be|is|seems|sounds)\s+(?:much\s+|a\s+lot\s+|far\s+|way\s+)?(?:safer|better|simpler|easier|nicer|friendlier)\b`)
	insteadAfterRE = regexp.MustCompile(`^[\s,]*instead(?:\s*[?.!,;]|\s*$|\s+(?:then|now|please|thanks|which|that)\b)`)
)

// likenessBeforeRE: the words before a licence's name that make it a likeness: "reads
// like MIT", "similar to the BSD licence", "functionally equivalent to MIT".
// libraryForDataRE: a library said after a dataset's name, then its licence ("osm map
// lib is mpl", "openstreetmap client library, which is licensed under the").
var libraryForDataRE = regexp.MustCompile(`^(?:\s+[\w-]+){0,2}?\s+(?:lib|libs|library|libraries|component|components|wrapper|bindings?|client|sdk|widget|control)` + saidUnderAfter)

// moduleOfAfterRE: what follows a platform's name when a module of it is said to be
// under a licence: " 2 apple pay module is ", " payment extension, which is ".
var moduleOfAfterRE = regexp.MustCompile(`^(?:\s+v?\d[\w.]*)?(?:\s+[\w-]+){1,3}?\s+(?:modules?|plug-?ins?|extensions?|themes?|add-?ons?)` + saidUnderAfter)

// saidUnderAfter: a thing said to be under the licence that follows (" is ", ", which is
// licensed under the ").
const saidUnderAfter = `\s*,?\s+(?:which\s+|that\s+)?(?:is|are)\s+(?:licen[cs]ed\s+|released\s+)?(?:under\s+)?(?:the\s+)?`

// nearlyBeforeRE and addedAfterRE: a licence said to be nearly another, with something
// added or changed: "basically MIT with one added sentence", "essentially BSD plus a
// clause".
var (
	nearlyBeforeRE = regexp.MustCompile(`\b(?:basically|essentially|practically|pretty\s+much|more\s+or\s+less|mostly|almost)\s+(?:the\s+|an?\s+)?$`)
	addedAfterRE   = regexp.MustCompile(`^\s*(?:licen[cs]e\s*)?,?\s*(?:with|plus|but|except|and)\s+(?:one|a|an|some|two|an?\s+extra|its\s+own)?\s*(?:added|extra|additional|more|different|changed|custom|odd|weird|strange)?\s*(?:sentence|clause|line|condition|term|restriction|paragraph|rider)s?\b`)
)

var likenessBeforeRE = regexp.MustCompile(`\b(?:reads like|looks like|similar to|resembles|resembling|akin to|modell?ed on|patterned on|(?:functionally\s+|basically\s+|essentially\s+|practically\s+|roughly\s+)?(?:equivalent|identical|comparable|close)\s+to|much\s+like|just\s+like)\s+(?:the\s+|an?\s+)?$`)

// fileLooksLikeRE: a licence file's text that looks like a licence is that licence, read
// by eye ("the LICENSE file looks like bsd 3 clause").
var fileLooksLikeRE = regexp.MustCompile(`\b(?:licen[cs]e|copying)(?:\.txt|\.md)?(?:\s+file)?(?:\s+text)?\s+(?:looks|reads)\s+like\s+(?:the\s+|an?\s+)?$`)

// askedLikenessRE: a likeness the question asks about ("is ISC equivalent to MIT?"):
// both licences are compared.
var askedLikenessRE = regexp.MustCompile(`^(?:\s*|.*[.?!:]\s+)(?:so\s+)?(?:is|are|isn'?t|aren'?t)\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+)?(?:\s+licen[cs]e)?\s+(?:really\s+|basically\s+|functionally\s+|essentially\s+|just\s+|practically\s+)?(?:equivalent|identical|similar|comparable|close|much\s+like|just\s+like)\s+to\s+(?:the\s+|an?\s+)?$|^(?:\s*|.*[.?!:]\s+)(?:is|are)\s+(?:the\s+)?[\w.+-]+(?:\s+licen[cs]e)?\s+(?:really\s+|basically\s+)?(?:much\s+|just\s+)?like\s+(?:the\s+|an?\s+)?$`)

// ishRE: "-ish", "-like" or "-style" after a name makes it a likeness ("BSD-ish",
// "MIT-like except for one clause").
// familyAfterRE: "family" after a name ("the GPL family").
var familyAfterRE = regexp.MustCompile(`^[\s-]*famil(?:y|ies)\b`)

var ishRE = regexp.MustCompile(`^(?:-?ish|-like|-style|-esque)\b`)

// styledLicenceAfterRE and styledFamilyRE: one work's licence said as the style of a
// permissive licence ("an MIT-style licence", "BSD-style licensed"), which projects
// write for the licence itself. A copyleft's style ("GPL-style licences") names a kind
// of licence, not one.
var (
	styledLicenceAfterRE = regexp.MustCompile(`^(-(?:style|like))\s+licen[cs](?:e\b|ed\b)`)
	styledFamilyRE       = regexp.MustCompile(`^(?:MIT|BSD-[234]-Clause|ISC|X11|Apache-2\.0|Zlib)$`)
)

// styledAs says how a licence named by its style was read.
const styledAs = "“%s” names no licence text of its own; read as the licence whose style it gives"
