package license

import "testing"

// TestLicenceFileAgainstAnotherSource guards a question that sets a project's licence
// file against what another source says of it and asks which holds: the licence file's
// licence, read as a profile, with the other kept for the answer's correction.
func TestLicenceFileAgainstAnotherSource(t *testing.T) {
	for text, want := range map[string]Disagreement{
		"goober npm package says isc but the repo has an mit license file. which?":                                                                                      {File: "MIT", Other: "ISC", Source: "npm"},
		"supy on pypi says GPL-V3.0 but the repo license is mpl-2.0. which one applies?":                                                                                {File: "MPL-2.0", Other: "GPL-3.0-only", Source: "pypi"},
		"the plugin's asset library page says gplv3 but the repo LICENSE is mit. which one counts?":                                                                     {File: "MIT", Other: "GPL-3.0-only", Source: "asset library page"},
		"blocked-at has an MIT LICENSE file but package.json says ISC. what's the real license?":                                                                        {File: "MIT", Other: "ISC", Source: "package.json"},
		"readme says gpl but the LICENSE file is agpl. which one is it under?":                                                                                          {File: "AGPL-3.0-only", Other: "GPL-3.0-only", Source: "readme"},
		"our scanner tags it as Apache-2.0, while the COPYING file in the tarball is bsd-3. which is right?":                                                            {File: "BSD-3-Clause", Other: "Apache-2.0", Source: "scanner"},
		"curseforge lists sanguimancy as gpl v3 but the github repo says cc by 4.0. which one goes in my modpack's license list?":                                       {File: "CC-BY-4.0", Other: "GPL-3.0-only", Source: "curseforge"},
		"The LICENSE file is the plain MIT text, but setup.cfg also lists the Python Software Foundation License as a classifier. Does the PSF licence actually apply?": {File: "MIT", Other: "PSF-2.0", Source: "setup.cfg"},
		"ccdiff's license is artistic 2.0 but the script says gpl 3. which one is it?":                                                                                  {File: "Artistic-2.0", Other: "GPL-3.0-only", Source: "script"},
		"the flake.nix sets license = gpl3Plus, but LICENSE says MIT since the move. which is right?":                                                                   {File: "MIT", Other: "GPL-3.0-or-later", Source: "flake.nix"},
		"the crate has Apache-2.0 in Cargo.toml but BSD-3-Clause in LICENSE. which one holds?":                                                                          {File: "BSD-3-Clause", Other: "Apache-2.0", Source: "cargo.toml"},
		"the COPYING file is gplv3 but the readme says gpl2+. which is it?":                                                                                             {File: "GPL-3.0-only", Other: "GPL-2.0-or-later", Source: "readme", Later: true},
		"the PKGBUILD lists lgpl, while the license now reads BSD-2-Clause. which one do we package it as?":                                                             {File: "BSD-2-Clause", Other: "LGPL-3.0-only", Source: "pkgbuild"},
		// More manifests, and the licence file by its name alone.
		"timeme.js: the LICENSE file is apache but bower.json says mit, which one actually applies?":                                                                             {File: "Apache-2.0", Other: "MIT", Source: "bower.json"},
		"the pubspec.yaml says bsd but LICENSE is mit. which is right?":                                                                                                          {File: "MIT", Other: "BSD-3-Clause", Source: "pubspec.yaml"},
		"Xiaomi's announcement blog for MiMo-V2-Flash says the model is MIT licensed, but the GitHub repository carries an Apache 2.0 LICENSE file. Which is the right licence?": {File: "Apache-2.0", Other: "MIT", Source: "announcement blog"},
		// The verb said once, for both: "says X in the repo but Y in the readme".
		"the woocommerce connector for erpnext says gplv3 in the repo but agpl in the readme. which one is it?": {File: "GPL-3.0-only", Other: "AGPL-3.0-only", Source: "readme"},
		// C and C++ package registries report a licence too.
		"conan center lists libpsl as gpl-2.0-or-later but the repo says mit. which one is right?": {File: "MIT", Other: "GPL-2.0-or-later", Source: "conan center"},
		// A licence said to be what the repository has, that repository named.
		"odoo's date_range module is lgpl-3 in the OCA repo but the odoo app store lists it as agpl-3. which do i go by?": {File: "LGPL-3.0-only", Other: "AGPL-3.0-only", Source: "app store"},
		"foo-lib says mit in its license file but gpl in the readme. which one?":                                          {File: "MIT", Other: "GPL-3.0-only", Source: "readme"},
		// The licence file named as the repository's, and asked whether the other may be relied on.
		"robinhood-node: package.json says MIT but the LICENSE in the repo is the affero gpl. can we treat it as mit?": {File: "AGPL-3.0-only", Other: "MIT", Source: "package.json"},
		// A maintainer's word set against the licence file.
		"optiboot: the new license file is gpl3 but the maintainer says gpl2 — which is it?": {File: "GPL-3.0-only", Other: "GPL-2.0-only", Source: "maintainer"},
		// npm's UNLICENSED grants nothing; it is not The Unlicense.
		"styled-react-modal says UNLICENSED in package.json but the licence file is the unlicense. which one is it?": {File: "Unlicense", Other: NoGrant, Source: "package.json"},
		"package.json says UNLICENSED but the LICENSE file is MIT. which applies?":                                   {File: "MIT", Other: NoGrant, Source: "package.json"},
	} {
		q, ok := ParseQuestion(text)
		held := want.File
		if want.Later {
			held = want.Other // the notice's "or later" takes in the file's version
		}
		if !ok || q.Kind != AskProfile || q.Disagree == nil || *q.Disagree != want || q.Expression != held {
			t.Errorf("%q: kind %d expression %q disagreement %+v, want a profile of %s against %+v", text, q.Kind, q.Expression, q.Disagree, want.File, want)
		}
	}
	// A use the message gives is kept for the answer's verdict on the file's licence.
	text := "The driver's repository has an Apache-style License.txt, but its README says GPL3. We would ship the JAR unmodified inside our commercial software. Which licence applies?"
	if q, _ := ParseQuestion(text); q.Kind != AskProfile || q.Expression != "Apache-2.0" || q.UseSaid != "distribute" || q.Disagree == nil {
		t.Errorf("%q: kind %d expression %q use said %q disagreement %+v, want the profile of Apache-2.0 for distribution", text, q.Kind, q.Expression, q.UseSaid, q.Disagree)
	}
	for _, text := range []string{
		"the readme says MIT and the LICENSE file says MIT too. can we ship it?",                   // no disagreement
		"npm shows UNLICENSED for this package but the readme says mit. which one?",                // no licence file named
		"the LICENSE file is MIT but one of our own packages is unlicensed. which one applies?",    // no source reporting it
		"the LICENSE file is MIT and we bundle an Apache-2.0 library from npm. is that ok for us?", // not asked which holds
		"which is better for a library, the MIT license file or apache 2.0?",                       // a choice, no source
		// A part, or a thing taken in, under a licence of its own.
		"the repo license is MIT, but the readme says some assets are CC-BY-4.0. which files can we reuse in our closed app?",
		"the LICENSE file is apache 2.0 but a dependency in package.json is gpl. which license does our package end up under?",
		// A person saying something of a licence, not saying one.
		"we put an MIT LICENSE file on our fork, and a developer of the original says this is a GPL violation. which licence applies?",
	} {
		if q, _ := ParseQuestion(text); q.Disagree != nil {
			t.Errorf("%q: read as a disagreement %+v", text, *q.Disagree)
		}
	}
}

// TestReportsDisagreeWithoutAFile: two sources that only report a licence, set against
// each other with no licence file named ("package.json says mit, readme says gpl"), are
// read as such: neither holds, and both licences are profiled.
func TestReportsDisagreeWithoutAFile(t *testing.T) {
	for text, want := range map[string]Disagreement{
		"polar bookshelf: package.json says mit, readme says gpl. which is it?":                                         {Other: "GPL-3.0-only", Source: "readme", Reports: true, First: "MIT", FirstSource: "package.json"},
		"p-iteration's readme says mit but package.json says isc. which licence is it actually under?":                  {Other: "ISC", Source: "package.json", Reports: true, First: "MIT", FirstSource: "readme"},
		"npm says isc but the readme says mit. which one?":                                                              {Other: "MIT", Source: "readme", Reports: true, First: "ISC", FirstSource: "npm"},
		"cocoapods lists wpmediapicker as mit but the readme mentions gpl. which is it? we want it in an app store app": {Other: "GPL-3.0-only", Source: "readme", Reports: true, First: "MIT", FirstSource: "cocoapods"},
		// Registries that list models, images and packages report a licence too.
		"ollama lists llava as apache but the hugging face card for llava 1.5 says llama 2. which licence is it really?": {Other: "LicenseRef-Llama-2-Community", Source: "hugging face", Reports: true, First: "Apache-2.0", FirstSource: "ollama"},
		"docker hub says mit but conda-forge says bsd-3-clause. which one is right?":                                     {Other: "BSD-3-Clause", Source: "conda-forge", Reports: true, First: "MIT", FirstSource: "docker hub"},
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Kind != AskProfile || q.Disagree == nil || *q.Disagree != want || len(q.Licenses) != 2 {
			t.Errorf("%q: kind %d licences %q disagreement %+v, want both profiled against %+v", text, q.Kind, q.Licenses, q.Disagree, want)
		}
	}
}

// TestReadmeAgainstHeaders: with no licence file named, a project's README set against
// the headers of its files is the project's declared licence against notices that may be
// leftovers: the README's licence is read, the headers' kept for the answer.
func TestReadmeAgainstHeaders(t *testing.T) {
	for text, want := range map[string]Disagreement{
		"ResearchSpace's README says the project is AGPL, but the licence headers in the source files say GPL. Which licence does it actually use?": {File: "AGPL-3.0-only", Other: "GPL-3.0-only", Source: "licence headers", Declared: "readme"},
		"the source headers say gpl-2.0 but the readme says mit. which licence applies?":                                                            {File: "MIT", Other: "GPL-2.0-only", Source: "source headers", Declared: "readme"},
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Kind != AskProfile || q.Disagree == nil || *q.Disagree != want || q.Expression != want.File {
			t.Errorf("%q: kind %d expression %q disagreement %+v, want a profile of %s against %+v", text, q.Kind, q.Expression, q.Disagree, want.File, want)
		}
	}
}

// TestDisagreementSaidOtherWays: the licence file set against a source in other words:
// a source that names the licence again after the file ("the repo license is mit,
// scanner flags it as gpl"), a metadata field's colon ("License: GPL on pypi"), a file
// whose text "looks like" a licence, composer.json, and the file with a source that
// agrees ("LICENSE and the classifier say mit").
func TestDisagreementSaidOtherWays(t *testing.T) {
	for text, want := range map[string]string{
		"cron-descriptor ExpressionParser.py has a gpl header but the repo license is mit, scanner flags it as gpl. which one applies?": "MIT",
		"eve-sqlalchemy shows License: GPL on pypi but the LICENSE file looks like bsd 3 clause, what is it actually":                   "BSD-3-Clause",
		"wapmorgan/mp3info composer.json says GPL-3.0 but the repo license is lgpl 3. which should our scanner go by":                   "LGPL-3.0-only",
		"sphinx-copybutton setup.py says license BSD but LICENSE and the classifier say mit. which":                                     "MIT",
		"ghostery on addons.mozilla.org says mpl 2.0 but the repo says gplv3, which is it":                                              "GPL-3.0-only",
		"aspnetsaml: the saml.cs header says mit but the LICENSE file is apache 2.0. which one applies?":                                "Apache-2.0",
		// GitHub's sidebar shows the licence file's; "which one do we follow" chooses nothing of one's own.
		"clockwork go library: github's sidebar says mit but the readme says gpl. which one is it?":                             "MIT",
		"simplewaveform android lib: readme says mit, the LICENSE file in the repo is gpl. which one do we follow for our app?": "GPL-3.0-only",
		// The source files' own notices are their headers.
		"idalink's LICENSE went bsd-2 but every .py still says gpl-3.0+. which one is it?":                "BSD-2-Clause",
		"attean's source files say 'same terms as perl itself' but the LICENSE file is MIT. which is it?": "MIT",
		// The code host's label said after the licence ("says gpl-3.0 on github").
		"vanadium says gpl-3.0 on github but lgpl-3.0-or-later on modrinth. i patched its deps for my modpack, which one applies?": "GPL-3.0-only",
		// …and with its verb left to a project page's report before it.
		"jlibmodbus says lgpl on sourceforge but apache on github. which is it, we want to use it in a commercial product": "Apache-2.0",
		// One of the two taken to hold, asked whether it does.
		"TRUST4's readme says gpl3 but LICENSE.txt is mit, and the readme is newer. so it's gpl3 now, right?": "MIT",
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Kind != AskProfile || q.Disagree == nil || q.Expression != want {
			t.Errorf("%q: kind %d expression %q disagreement %+v; want the licence file's %s", text, q.Kind, q.Expression, q.Disagree, want)
		}
	}
	// "idalink's license went bsd-2": the project's licence, said to have changed, is its file's.
	if q, _ := ParseQuestion("idalink's license went bsd-2 but every .py still says gpl-3.0+. which one is it?"); q.Disagree == nil || !q.Disagree.Header() {
		t.Errorf("the source files' notices not read as their headers: %+v", q.Disagree)
	}
	if LooksLikeLicenseText("npm install stack says the package has no license, is creationix's stack module licensed at all") {
		t.Errorf("a short question without its question mark read as a pasted licence")
	}
	if got := FindLicenses("can i use font awesome pro icons in my open source app"); len(got) != 1 || got[0] != "LicenseRef-FontAwesome-Pro" {
		t.Errorf("Font Awesome Pro read as %q", got)
	}
	if got := FindLicenses("the readme says it looks like the mit licence, but is it gpl?"); len(got) != 1 || got[0] != "GPL-3.0-only" {
		t.Errorf("a likeness outside a licence file read as %q", got)
	}
}

// TestDisagreementWithAUse: a message that sets the licence file against another source
// and asks about a use keeps the use, for the licence file's licence; neither licence is
// the asker's work's.
func TestDisagreementWithAUse(t *testing.T) {
	for text, want := range map[string]struct{ held, other, use string }{
		"we want to embed qmarkdowntextedit in our closed-source app. the repo says mit but the file headers say gpl v2. can we?": {"MIT", "GPL-2.0-only", "static_link"},
		"the LICENSE file is mit but pypi says gpl. can we ship it in our product?":                                               {"MIT", "GPL-3.0-only", "distribute"},
		"npm lists it as isc, while the license file is bsd 3. ok to use in our saas?":                                            {"BSD-3-Clause", "ISC", "saas"},
		// A licence file named after its licence.
		"nfeature repo has a plain gpl.txt but nuget says lgpl, can we link it from our closed app": {"GPL-3.0-only", "LGPL-3.0-only", "dynamic_link"},
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Kind != AskVerdict || q.Expression != want.held || q.Use != want.use || q.Disagree == nil || q.Disagree.Other != want.other {
			t.Errorf("%q: kind %d expression %q use %q disagreement %+v; want a verdict on %s for %s, against %s", text, q.Kind, q.Expression, q.Use, q.Disagree, want.held, want.use, want.other)
		}
	}
}

// TestSourceFileNamedAgainstLicenceFile: a source file named by its path, set against the
// licence file ("COPYING file is GPL v3 but src/Main.cpp says GPL v2 or later"), is that
// file's notice, as a header is; a manifest named like a source file ("setup.py") stays
// a report.
func TestSourceFileNamedAgainstLicenceFile(t *testing.T) {
	for text, want := range map[string]Disagreement{
		"the goom visualization addon's COPYING file is GPL v3 but src/Main.cpp says GPL v2 or later. which is right?": {File: "GPL-3.0-only", Other: "GPL-2.0-or-later", Source: "src/Main.cpp header", Later: true},
		"the LICENSE file is mit but lib/util.js says gpl-2.0. which one applies?":                                     {File: "MIT", Other: "GPL-2.0-only", Source: "lib/util.js header"},
		"abelfunctions setup.py says gpl v2+ but LICENSE says mit. which is it?":                                       {File: "MIT", Other: "GPL-2.0-or-later", Source: "setup.py"},
	} {
		q, _ := ParseQuestion(text)
		if q.Disagree == nil || *q.Disagree != want {
			t.Errorf("%q: disagreement %+v, want %+v", text, q.Disagree, want)
		}
	}
}
