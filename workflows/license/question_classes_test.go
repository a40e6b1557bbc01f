package license

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestOSPOTopicsWithinLicenceWords guards the topics a question asks about even when a
// CLA, a licence or a patch is mentioned on the way: which email to sign off with is how
// one contributes; what contributors sign so the project can also sell other licences
// is a CLA; asking whether a fix upstream needs approval is contributing; what counts
// as commercial use is the non-commercial topic.
func TestOSPOTopicsWithinLicenceWords(t *testing.T) {
	cases := map[string]string{
		"Should my Signed-off-by use my work address or my private one when I send patches?":           "contribute",
		"We sell commercial licences of our GPL library too. What must outside contributors agree to?": "cla",
		"Do I need approval to submit a fix to a project we use? They also require a CLA.":             "contribute",
		"What counts as commercial use for a tool that only runs our internal IT?":                     "noncommercial",
	}
	for text, want := range cases {
		if q, _ := ParseQuestion(text); q.Topic != want {
			t.Errorf("%q: topic %q, want %q", text, q.Topic, want)
		}
	}
}

// TestMeaningAndEitherWay guards two readings that give no verdict on one use: "what
// counts as X under L", "does the exception cover Y" and a licence's definition of a word
// ask what the licence means; "which
// way can code go" between two licences leaves the roles open.
func TestMeaningAndEitherWay(t *testing.T) {
	for text, want := range map[string]string{
		"What counts as distribution under the MPL 2.0?":      "MPL-2.0",
		"Does the GCC runtime exception cover libatomic too?": "GPL-3.0-or-later WITH GCC-exception-3.1",
		"The MPL 2.0 definition of 'Larger Work' talks about code in separate files. Is it about source files or executables, since statically linking an MPL library leaves no separate file?": "MPL-2.0",
		"how does the gpl v2 define 'program' when we link to it?": "GPL-2.0-only",
		// Who would break it, asked of a use described.
		`the json licence says the software "shall be used for good, not evil". if debian shipped jshint and some user did something evil with it, who would be breaking the licence?`: "JSON",
	} {
		if q, ok := ParseQuestion(text); !ok || q.Kind != AskProfile || len(q.Licenses) != 1 || q.Licenses[0] != want {
			t.Errorf("%q: kind %d licences %q, want the meaning of %s", text, q.Kind, q.Licenses, want)
		}
	}
	for _, text := range []string{"MIT and MPL 2.0, which way can code go?",
		"Apache code can go into GPLv3 code, but what about the other way round?"} {
		if q, ok := ParseQuestion(text); !ok || q.Kind != AskCompatibility || q.Reading != RolesAmbiguous {
			t.Errorf("%q: kind %d reading %d, want both directions offered", text, q.Kind, q.Reading)
		}
	}
}

// TestNamesAndFacts guards licence names that were misread (BSL said beside the Business
// Source License, the IBM Public License, the CNRI licence of Python 1.6, a project's
// version before the licence it is taken under) and the compatibility facts added from
// the stewards' pages.
func TestNamesAndFacts(t *testing.T) {
	wantReadings(t, []reading{
		{"a BSL (Business Source License 1.1) database as a hosted service?", "BUSL-1.1", ""},
		{"IBM Public License code in our product?", "IPL-1.0", ""},
		{"old CNRI licensed code from Python 1.6 in our product?", "CNRI-Python", ""},
		{"Qt 4.8 under the LGPL 2.1 statically linked into our plugin?", "LGPL-2.1-only", ""},
	})
	for _, c := range []struct{ in, out, answer string }{
		{"Sleepycat", "GPL-2.0-only", "Yes"},
		{"CNRI-Python", "GPL-3.0-only", "No"},
		{"GPL-2.0-only WITH Universal-FOSS-exception-1.0", "MIT", "Yes"},
	} {
		if got := CompatibleFor(c.in, c.out, ""); got.Answer != c.answer {
			t.Errorf("%s into %s: %q (%s), want %q", c.in, c.out, got.Answer, got.Reason, c.answer)
		}
	}
}

// TestUsesFromWhatIsDone guards more uses read from what is done: installed at a
// client's site or served from a CDN is distributed, run at home is internal, a bundler
// compiling packages in links them statically, as does a library built static, an app
// store app is mobile, and linking said without "statically" is linking to a shared
// library. What the licence is said to let anyone do is none of the asker's uses.
func TestUsesFromWhatIsDone(t *testing.T) {
	for text, want := range map[string]string{
		"the client wants our GPL-based SaaS installed locally on their hardware":                         "distribute",
		"we put the GPLv3 binaries on a CDN and the source on GitHub":                                     "distribute",
		"I run a patched GPL driver at home":                                                              "internal",
		"we run MISP, which is AGPL, and put our own REST service in front of it that our customers call": "saas",
		"webpack bundles the LGPL package into our app.js":                                                "static_link",
		"our App Store game statically links an LGPL library":                                             "mobile",
		"our GPL tool has to link against a closed vendor SDK":                                            "dynamic_link",
		// A well-known library said to be built static, or a build option that makes
		// static libraries, is linked statically; a static site, or a program built
		// static and shipped beside the work, is not.
		"does static qt in our closed app break the lgpl?":                                                       "static_link",
		"we use a static build of ffmpeg (lgpl) in our closed app, ok?":                                          "static_link",
		"conan's zlib recipe has shared=False by default; our closed app uses it with an lgpl lib. ok?":          "static_link",
		"we configure the lgpl lib with -DBUILD_SHARED_LIBS=OFF for our closed app, ok?":                         "static_link",
		"our static site uses mit fonts, ok?":                                                                    "",
		"our wheels ship prebuilt static ffmpeg executables so users don't need it; the lgpl build. ok to ship?": "distribute",
		// A server program's binaries bundled with a product go out with it.
		"can we bundle the postgresql server binaries with our commercial app": "distribute",
		"we run the postgresql server for our web app, ok?":                    "saas",
		// A plug-in or mod for server software runs no service of the asker's, and a
		// named library's API called is linked; a server run for players still is one.
		"can i sell a modified version of an apache licensed minecraft server plugin?":                                  "distribute",
		"we are releasing a bukkit server plugin. it calls the WorldEdit API, and WorldEdit is GPL. is that a problem?": "dynamic_link",
		"our closed bukkit server plugin calls the WorldEdit API, and WorldEdit is GPL. is that a problem?":             "dynamic_link",
		"we run a gpl server plugin on our public minecraft server, do we owe players the source?":                      "saas",
		// What the licence is said to let anyone do is no use of the asker's.
		"trivial-benchmark is under the artistic license 2.0, which says you can use modified versions provided you don't distribute them. so we can't share our improvements?": "",
		"cascadia code is under the ofl, which says you can't sell the font on its own. we bundle it in our app, ok?":                                                           "distribute",
	} {
		if q, _ := ParseQuestion(text); q.Use != want {
			t.Errorf("%q: use %q, want %q", text, q.Use, want)
		}
	}
}

// TestDemandSaidIsNoUse: what a README or an author demands of everyone who builds on a
// project is no use of the asker's, so the licence's profile asked about it gives no
// use; a use the asker says beside it stays.
func TestDemandSaidIsNoUse(t *testing.T) {
	for text, want := range map[string]string{
		"the toolkit's readme says anything built on it has to show its logo at startup. does bsd-3-clause really require that?": "",
		"we ship it in our desktop app. the author says everyone linking it must credit him in the ui. does mit require that?":   "distribute",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || q.UseSaid != want {
			t.Errorf("%q: kind %d use said %q, want the profile with use %q", text, q.Kind, q.UseSaid, want)
		}
	}
}

// TestKeepLicenceAndPick guards a work's licence with several taken in, asked whether
// the work may stay under it (one combination of all), and one licence picked from a
// choice (a verdict, not a profile).
func TestKeepLicenceAndPick(t *testing.T) {
	q, ok := ParseQuestion("Our crate is MIT and depends on crates under ISC, BSD-3 and Apache 2. Can it stay MIT?")
	if !ok || q.Kind != AskCombination || len(q.Licenses) != 4 {
		t.Errorf("keeping the work's licence: kind %d licences %q, want a combination of four", q.Kind, q.Licenses)
	}
	q, ok = ParseQuestion("The library is 'MIT OR Apache-2.0'. Can we choose MIT and skip the NOTICE?")
	if !ok || q.Kind != AskVerdict || q.Use != "distribute" {
		t.Errorf("picking from a choice: kind %d use %q, want a verdict on distributing", q.Kind, q.Use)
	}
}

// TestNamesFromTheSPDXList guards the ways of naming a licence that are derived from
// its SPDX entry rather than listed by hand: its ID read as words with or without a
// trailing ".0", its full name without filler words ("agreement"), "GNU" for "FSF", a
// family's letters with a version, and a licence said not to be meant.
func TestNamesFromTheSPDXList(t *testing.T) {
	wantReadings(t, []reading{
		{"is Mulan PSL v1 code fine in our closed product?", "MulanPSL-1.0", ""},
		{"we ship tables under the Unicode Data Files and Software license (2015), ok?", "Unicode-DFS-2015", ""},
		{"a file under the GNU all-permissive license in our product, ok?", "FSFAP", ""},
		{"our product bundles a class file under LPPL 1.3a, anything to do?", "LPPL-1.3a", ""},
		{"a script under the Zend engine license in our product, ok?", "Zend-2.0", ""},
		{"a module under the MPL 2.0, not the GPL, statically linked into our closed app?", "MPL-2.0", ""},
	})
}

// TestChoosingAmongNamedLicences guards the choose topic when the asker weighs licences
// for their own release by name: a list ending "or something permissive", a licence
// called the obvious pick, whether the notice should say "or later".
func TestChoosingAmongNamedLicences(t *testing.T) {
	wantTopics(t, map[string]string{
		"We're about to open source our parser. MIT, Apache-2.0 or something copyleft?": "choose",
		"Planning to release my CLI; is MPL-2.0 the right choice if I want fixes back?": "choose",
		"going to publish our SDK under LGPL 2.1. should we say 'only' or 'or later'?":  "choose",
	})
}

// TestProjectsReadAsTheirLicences guards projects and toolchains read as the licence of
// what they put in a program: a Go executable carries the Go runtime (BSD-3-Clause),
// libgit2 its linking exception, a GraalVM native image SubstrateVM with the Classpath
// exception, a program using the kernel only through system calls
// the syscall note; a project's licence said with it ("Qt 4.8 (LGPL 2.1)", "under its
// own FTL terms") is the one meant; "GPL 2.0+" is or later; "BSD-ish" is no licence,
// but a work's "MIT-style licence" or "BSD-like license" is that licence, and a
// copyleft's style ("GPL-style licences") still names none.
func TestProjectsReadAsTheirLicences(t *testing.T) {
	wantReadings(t, []reading{
		{"we ship go binaries to customers, what must we include?", "BSD-3-Clause", ""},
		{"can we statically link libgit2 into our closed desktop client?", "GPL-2.0-only WITH GCC-exception-2.0", ""},
		{"our closed agent only makes system calls to the linux kernel. any issue?", "GPL-2.0-only WITH Linux-syscall-note", ""},
		{"a tool that depends on a library which is GPL 3.0+, in our product?", "GPL-3.0-or-later", ""},
		{"FreeType 2.13 (FTL) in our closed app, ok?", "FTL", ""},
		{"zlib is basically BSD-ish, so can our closed app bundle it under zlib?", "Zlib", ""},
		{"our emulator has an mit-style licence and links gnu readline for the console. problem?", "MIT AND GPL-3.0-or-later", ""},
		{"Our plotting library has a BSD-like license and ships a GPL backend. ok?", "BSD-3-Clause AND GPL-3.0-only", ""},
		{"they want GPL-style licences for standalone apps and MIT for libraries", "MIT", ""},
		// GraalVM's native-image puts SubstrateVM into every image, under the Classpath
		// exception however loosely its GPL is named.
		{"our closed service is built with native-image, which puts substratevm (gplv2) in the binary. ok to ship?", "GPL-2.0-only WITH Classpath-exception-2.0", ""},
	})
}

// TestUsesOfSalesDocumentsAndPasting guards uses read from what is done rather than named: a fee
// for downloads and a program bought from a vendor are distribution, a font embedded in
// the PDFs users make goes out with them, pasting code in compiles it in, shared
// libraries are linked dynamically, a tool nobody outside the company runs is internal.
func TestUsesOfSalesDocumentsAndPasting(t *testing.T) {
	wantReadings(t, []reading{
		{"may we ask customers to pay for downloads of our GPLv3 app? we charge a fee per copy", "", "distribute"},
		{"we bought an MPL-2.0 program from a vendor who sells it; can we pass it on?", "", "distribute"},
		{"our editor bundles an OFL font that users embed into documents they export", "", "distribute"},
		{"some Apache-2.0 code pasted into our closed service binary, fine?", "", "static_link"},
		{"our closed app loads the LGPL 2.1 parts as shared libraries", "", "dynamic_link"},
		{"a GPLv3 script used in-house only, nobody outside the company runs it", "", "internal"},
		// Nothing said to go out, and a use said as in house even where buying is asked of.
		{"we run a GPLv3 simulator inside an internal pipeline; nothing gets shipped to customers. fine?", "", "internal"},
		{"the repo is GPLv3. do we have to buy a licence just to use it in-house?", "", "internal"},
		// Code said to call into a library links it at run time; the idiom calls nothing.
		{"go-lustre, our MIT Go bindings, call into liblustreapi, which is GPL. can the bindings stay MIT?", "", "dynamic_link"},
		{"this calls into question whether we can ship the GPL 3.0 tool in our installer", "", "distribute"},
		// A greeting before the work a message starts with changes nothing.
		{"hey all, quick one: planning a qgis plugin under mit that calls into qgis, ok or does it have to be gpl?", "", "dynamic_link"},
		// Software built for a customer goes to them, whatever API it talks to.
		{"A customer wants a plugin that syncs their orders through an API, and I'd pull in an AGPL-3.0 package for the API work. Can I build the customer's plugin on it?", "", "distribute"},
	})
}

// TestNoticeQuestionsAskTheMeaning guards questions about which notices a licence
// wants ("do we really need the header in every file", "is one NOTICE file enough"):
// they get the licence's obligations, not a question about the use.
func TestNoticeQuestionsAskTheMeaning(t *testing.T) {
	for _, text := range []string{
		"do we still need the Apache-2.0 notice in each source file?",
		"is a single LICENSE file enough for our MPL-2.0 project?",
	} {
		if q, ok := ParseQuestion(text); !ok || q.Kind != AskProfile {
			t.Errorf("%q: kind %d use %q, want the licence's meaning", text, q.Kind, q.Use)
		}
	}
}

// TestWhetherTheClosedWorkBecomesTheLicence guards a licence named twice where the
// second asks whether the closed work turns into it: that is a verdict on the use, not
// the licence going into itself.
func TestWhetherTheClosedWorkBecomesTheLicence(t *testing.T) {
	text := "an EPL-2.0 file vendored into our proprietary tool: does the tool then fall under the EPL-2.0?"
	if q, ok := ParseQuestion(text); !ok || q.Kind != AskVerdict || q.Expression != "EPL-2.0" {
		t.Errorf("%q: kind %d expression %q, want a verdict on EPL-2.0", text, q.Kind, q.Expression)
	}
}

// TestProjectWithTheVersionSaid guards a project whose licence the sentence names in
// another version: the version said is the one meant, not the project's current one.
func TestProjectWithTheVersionSaid(t *testing.T) {
	for _, text := range []string{
		"I took an answer from Stack Overflow posted in 2015, so it is under CC BY-SA 3.0. Can it go into our MIT library?",
		// "falls under", said of what is taken in, is its licence, not a fear for the work.
		"A Stack Overflow snippet falls under CC BY-SA 3.0. May we copy it into our MIT library?",
	} {
		if q, ok := ParseQuestion(text); !ok || len(q.Licenses) == 0 || q.Licenses[0] != "CC-BY-SA-3.0" {
			t.Errorf("%q: licences %q, want CC-BY-SA-3.0 first", text, q.Licenses)
		}
	}
}

// TestEitherAtTheEndIsNoChoice guards "either" that means "also" at a clause's end: the
// licences named stay all of them (AND), while "either … or" still offers a choice.
func TestEitherAtTheEndIsNoChoice(t *testing.T) {
	wantReadings(t, []reading{
		{"our web bundle is all MIT and BSD-2-Clause; other sites don't show notices either, do we need to?", "MIT AND BSD-2-Clause", ""},
		{"the library is under either MIT or Apache-2.0, may we ship it in our app?", "MIT OR Apache-2.0", ""},
	})
}

// TestDevelopmentToolsNameNoPlatform guards a development tool named for a platform
// ("Android Studio", "the iOS SDK"): it says what the asker builds with, so a desktop
// program made with it is not read as a mobile app.
func TestDevelopmentToolsNameNoPlatform(t *testing.T) {
	text := "We ship a Windows desktop game with the OpenJDK runtime that came with Android Studio. Allowed for a closed game?"
	if q, ok := ParseQuestion(text); !ok || q.Use != "distribute" {
		t.Errorf("%q: use %q, want distribute", text, q.Use)
	}
}

// TestOwnWorkUnderTheSameLicence guards "does our own software then have to be released
// under X?" after X code is taken in: a verdict on the use, not X going into X; and a
// service only on the company's private network is used internally.
func TestOwnWorkUnderTheSameLicence(t *testing.T) {
	text := "We run a patched AGPL-3.0 wiki for staff on our private network. Does our own plugin code then have to be released under the AGPL too?"
	if q, ok := ParseQuestion(text); !ok || q.Kind != AskVerdict || q.Use != "internal" {
		t.Errorf("%q: kind %d use %q, want a verdict for internal use", text, q.Kind, q.Use)
	}
}

// TestCodePutIntoTheWork guards code compiled or pasted into the work with words
// between the verb and "into": it is linked statically (compiled in).
func TestCodePutIntoTheWork(t *testing.T) {
	for _, text := range []string{
		"We compiled one MPL-2.0 file into our closed library. What must we do?",
		"I pasted a few BSD-3-Clause functions into our app, anything to keep?",
	} {
		if q, ok := ParseQuestion(text); !ok || q.Use != "static_link" {
			t.Errorf("%q: use %q, want static_link", text, q.Use)
		}
	}
}

// TestTermsThatForbidWhatTheLGPLAllows guards the flag for an asker's own terms that
// forbid modifying or reverse-engineering beside LGPL code, which the answer puts first;
// the same terms beside permissive code raise nothing.
func TestTermsThatForbidWhatTheLGPLAllows(t *testing.T) {
	for text, want := range map[string]bool{
		"our closed app uses Qt under the LGPL 3 as shared libraries and our license agreement prohibits decompiling it. ok?": true,
		"our closed app uses an MIT library and our EULA forbids reverse engineering. ok?":                                    false,
	} {
		if q, _ := ParseQuestion(text); q.ForbidsModifying != want {
			t.Errorf("%q: ForbidsModifying %v, want %v", text, q.ForbidsModifying, want)
		}
	}
}

// TestWorkSaidAsPublishedPullsInCode guards the work's licence said as it is published
// ("going up on github as X", "X licensed but its pom pulls in") beside code it pulls or
// brings in: code going into the work, not one licence's verdict.
func TestWorkSaidAsPublishedPullsInCode(t *testing.T) {
	for text, work := range map[string]string{
		"my go tool is going up on github as GPL but it pulls in someone's MIT package. allowed?":           "GPL-3.0-only",
		"Fasten is Apache licensed but its core pom pulls in the WebGraph library, which is GPL. conflict?": "Apache-2.0",
		"our crate goes out as MIT but it brings in a GPL crate. ok?":                                       "MIT",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || q.Work != work {
			t.Errorf("%q: kind %d work %q, want a compatibility question into %s", text, q.Kind, q.Work, work)
		}
	}
}

// TestTheReverseOfAStatedCase guards a question that states one case as known and asks
// "the other way round": the case asked is the clause after the turn, or the stated case
// reversed, never the stated one; "but not the other way round" asks the stated case.
func TestTheReverseOfAStatedCase(t *testing.T) {
	for text, want := range map[string][2]string{
		"MIT code into a GPL product is fine, I know. other way round — GPL'd code inside an MIT product?": {"GPL-3.0-only", "MIT"},
		"We already put BSD-3-Clause code into our GPL-2.0 product. What about the other way round?":       {"GPL-2.0-only", "BSD-3-Clause"},
		"can MIT code go into a GPL app but not the other way round?":                                      {"MIT", "GPL-3.0-only"},
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != want[0] || q.Work != want[1] {
			t.Errorf("%q: kind %d licences %q work %q, want %s into %s", text, q.Kind, q.Licenses, q.Work, want[0], want[1])
		}
	}
}

// TestRVersionNotation guards R's and Debian's "GPL (>= 3)" as or-later, beside "GPL-2
// only" (only) and "GPL-2+" (or later).
func TestRVersionNotation(t *testing.T) {
	for text, want := range map[string]string{
		"our R pkg is GPL (>=3) and it depends on a GPL-2 only package. ok?": "GPL-3.0-or-later",
		"LGPL (≥ 2.1) library in a closed app?":                              "LGPL-2.1-or-later",
		"my package is GPL >= 2, can it import an Apache-2.0 one?":           "GPL-2.0-or-later",
		"a GPL-2 only file in our MIT project?":                              "GPL-2.0-only",
		"a GPL-2+ file in our MIT project?":                                  "GPL-2.0-or-later",
	} {
		if ids := FindLicenses(text); !slices.Contains(ids, want) {
			t.Errorf("%q: found %q, want %s among them", text, ids, want)
		}
	}
}

// TestTwoLicencesInOneShippedThing guards "X + Y in the same binary", "X and Y code in the
// same executable" and "mixing X and Y files": a combination of the two, not a verdict.
func TestTwoLicencesInOneShippedThing(t *testing.T) {
	for _, text := range []string{
		"EPL-2.0 module + GPLv3 code in the same binary, can that ship?",
		"Apache-2.0 and GPLv2 code in the same executable?",
		"mixing MPL-1.1 files with GPL-2 files, is that a problem?",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskCombination || len(q.Licenses) != 2 {
			t.Errorf("%q: kind %d licences %q, want a combination of two", text, q.Kind, q.Licenses)
		}
	}
}

// TestWhichLicenceTheWorkNowNeeds guards a question that says the work's licence and the
// one of code it takes in, and asks which licence the work must carry now: a
// combination (under which licence the whole may go), with the work's licence kept as
// the work's, not a verdict on moving one into the other.
func TestWhichLicenceTheWorkNowNeeds(t *testing.T) {
	for text, work := range map[string]string{
		"Our relayer is Apache 2.0, but we brought in code from a project that is LGPL-3.0. Can the relayer stay Apache, or what licence does it need now?": "Apache-2.0",
		"my scanner is MIT but it imports a GPLv3 library. what licence does my code have to carry?":                                                        "MIT",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskCombination || q.Work != work || len(q.Licenses) != 2 {
			t.Errorf("%q: kind %d licences %q work %q, want a combination of two with %s the work's", text, q.Kind, q.Licenses, q.Work, work)
		}
	}
	// Asked whether code may go in, not which licence the work needs: the route.
	if q, _ := ParseQuestion("my app is MIT. can I use a GPLv3 library in it?"); q.Kind == AskCombination {
		t.Errorf("a use asked was read as a combination: %q", q.Licenses)
	}
}

// TestWorkThatHasBeenUnderALicence guards "my software has always been MIT" as the work's
// licence, beside code pulled in from a GPL project.
func TestWorkThatHasBeenUnderALicence(t *testing.T) {
	text := "My software has always been MIT, but now I'd like to pull in some chunks of a project that's under the GPL. ok?"
	if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || q.Work != "MIT" {
		t.Errorf("%q: kind %d work %q, want a compatibility question into MIT", text, q.Kind, q.Work)
	}
}

// TestJavaScriptServedToCustomersBrowsers guards JavaScript served to customers' or
// users' browsers as distributed, even when the backend is said never to leave the
// company's servers.
func TestJavaScriptServedToCustomersBrowsers(t *testing.T) {
	text := "A GPL-2.0-or-later package is bundled into the JavaScript we serve to customers' browsers. The backend never leaves our servers. Fine?"
	if q, _ := ParseQuestion(text); q.Use != "distribute" {
		t.Errorf("%q: use %q, want distribute", text, q.Use)
	}
}

// TestWhyThisLicenceIsChoosingOne guards asking why a project picked its licence, or
// whether another would fit better, as the topic of choosing a licence.
func TestWhyThisLicenceIsChoosingOne(t *testing.T) {
	wantTopics(t, map[string]string{
		"You moved the project to GPL, but it is a web app. Isn't GPL the wrong fit?": "choose",
		"Why did they pick the MPL for this tiny CLI?":                                "choose",
	})
}

// TestDualWithPlus guards "dual X plus Y" as a choice of the two, like "dual X and Y".
func TestDualWithPlus(t *testing.T) {
	text := "our library is dual MIT plus Apache-2.0; can a GPL-3.0 project take it?"
	if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != "MIT OR Apache-2.0" {
		t.Errorf("%q: kind %d licences %q, want MIT OR Apache-2.0 into GPL-3.0-only", text, q.Kind, q.Licenses)
	}
}

// TestChoicesAndVehicles guards expressions read from how a question is put: Eclipse's
// EDL is the BSD-3-Clause licence and "dual X plus EDL" a choice; a licence named "as a
// secondary licence" beside another is offered as an alternative (EPL-2.0's secondary
// licences); "Linux's drivers" are the kernel's code; and a Go binary's own runtime is
// not one more licence of a question about what the binary takes in.
func TestChoicesAndVehicles(t *testing.T) {
	for text, want := range map[string]string{
		"our libraries are dual EPL-1.0 plus EDL; can a GPL project use them?":                                   "EPL-1.0 OR BSD-3-Clause",
		"EPL-2.0 with GPL-2.0 plus the Classpath exception as a secondary licence: how is that written in SPDX?": "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0",
		"we load Linux's GPL'd drivers into our closed kernel as modules. fine?":                                 "GPL-2.0-only",
		"closed-source go binary, one transitive dep turns out to be GPL-2.0. we ship the binary. issue?":        "GPL-2.0-only",
		"is the go runtime in our go binary a problem for the notices we ship?":                                  "BSD-3-Clause",
	} {
		q, ok := ParseQuestion(text)
		got := q.Expression
		if q.Kind == AskCompatibility {
			got = q.Licenses[0]
		}
		if !ok || got != want {
			t.Errorf("%q: read %q (kind %d), want %q", text, got, q.Kind, want)
		}
	}
	// The runtime the binary carries has the library's licence too, but it is not that
	// licence said again of the work the library goes into.
	text := "we vendored a BSD-3 library into our Go binary, what do we need to ship?"
	if q, _ := ParseQuestion(text); q.Kind != AskVerdict || q.Expression != "BSD-3-Clause" || q.Use != "static_link" {
		t.Errorf("%q: read kind %d %q %q, want a verdict on BSD-3-Clause linked statically", text, q.Kind, q.Expression, q.Use)
	}
}

// TestWhatAQuestionIsAbout guards licences and uses read from how a story is told: the
// licence a project left is history ("moved from Apache 2.0 to the SSPL"), unless the
// project is the asker's own; a project quoted ("Wikipedia lists …") or served by
// another program ("the postgres driver") is not code used; "public domain" said of a
// dedication named otherwise is that dedication; a list ending in "or" is a choice;
// "GPL-2.0 or any later version" is or-later; a word holding "ver." is no version
// marker ("driver."); a build option said not to be used is not used; a service the
// code is built into is a service; nothing resold is internal use; a project said to
// be under its licence without the exception it carries keeps the exception.
func TestWhatAQuestionIsAbout(t *testing.T) {
	wantReadings(t, []reading{
		{"Grafana has switched from Apache 2.0 to AGPLv3. Our Helm chart deploys the stock Grafana image. Do we need to change anything?", "AGPL-3.0-only", ""},
		{"thinking of switching our python lib from apache 2.0 to mit. what do we actually lose?", "Apache-2.0 AND MIT", ""},
		{"someone wants our boilerplate moved from mit to apache 2.0 for the patent grant. what do we gain and lose", "MIT AND Apache-2.0", ""},
		{"Wikipedia lists the EUPL 1.2 as a copyleft licence. Can we ship it?", "EUPL-1.2", "distribute"},
		{"the postgres driver we like is WTFPL. can we use it here?", "WTFPL", ""},
		{"SQLite says it's public domain. Is embedding SQLite in the product we ship fine?", "blessing", ""},
		{"We're about to publish our benchmarking tool. MIT, Apache, GPL or BSD?", "MIT OR Apache-2.0 OR GPL-3.0-only OR BSD-3-Clause", ""},
		{"The library says \"GPL-2.0 or any later version\". Can we ship it?", "GPL-2.0-or-later", "distribute"},
		{"We wrote a proprietary Linux kernel driver. Can we ship it as a binary module?", "GPL-2.0-only", ""},
		{"closed desktop app, we ship the ffmpeg dlls next to our exe. stock build, no --enable-gpl. ok?", "LGPL-2.1-or-later", ""},
		{"This framework moved to the Elastic License 2.0. I'd build it into a SaaS product we sell. Is that blocked?", "Elastic-2.0", "saas"},
		{"OpenJDK is GPL v2. Does running our closed product on OpenJDK put it under the GPL?", "GPL-2.0-only WITH Classpath-exception-2.0", ""},
		{"terraform is BUSL now. we just use it to provision our own infra, nothing resold or embedded. still ok?", "BUSL-1.1", "internal"},
	})
	wantTopics(t, map[string]string{
		"heard most dev contracts claim everything you build, even off hours. can i ask them to strike that?":                           "employer",
		"The foundation wants every contributor to sign an agreement that would let it relicense the code. Should our developers sign?": "cla",
		"do we really have to show the licence notices of the open source libs compiled into our binary?":                               "attribution",
	})
}

// TestOpenSSLByWhatIsSaid guards OpenSSL read by what the question says of it: the
// OpenSSL exception and the GPL's system library exception were written for its old
// licence, so a question that raises them is about that licence; a version written
// decides over them.
func TestOpenSSLByWhatIsSaid(t *testing.T) {
	for text, want := range map[string]string{
		"Why can't our GPLv2+ program just link OpenSSL? Doesn't the system library exception cover it?": "OpenSSL",
		"Our GPLv2 scanner links against OpenSSL 3.0 and carries an OpenSSL exception. ok?":              "Apache-2.0",
		"can our GPLv2 program link OpenSSL?":                                                            "Apache-2.0",
	} {
		if q, ok := ParseQuestion(text); !ok || len(q.Licenses) == 0 || q.Licenses[0] != want {
			t.Errorf("%q: read %q, want OpenSSL as %s", text, q.Licenses, want)
		}
	}
}

// TestStandaloneExceptionsRolesAndLinks guards readings from the tenth part's misses: an
// exception named apart from its licence belongs to it ("the LLVM exception … Apache-2.0
// code"); a project the asker is working on is the work; "which one can go inside
// which" leaves the direction open; a project marked "as plain GPL" keeps the exception
// it carries; a link to a web page is no linking; and topics asked without a question
// mark (which licence to pick for a new library, credits in an app, what needs signing).
func TestStandaloneExceptionsRolesAndLinks(t *testing.T) {
	q, _ := ParseQuestion("does the llvm exception actually make apache-2.0 code ok to pull into a gplv2 only project")
	if q.Kind != AskCompatibility || q.Licenses[0] != "Apache-2.0 WITH LLVM-exception" || q.Licenses[1] != "GPL-2.0-only" {
		t.Errorf("LLVM exception apart: kind %d %q", q.Kind, q.Licenses)
	}
	q, _ = ParseQuestion("I'm working on a project that is GPLv3 only and found some code licensed GPL3+. Can I just incorporate it?")
	if q.Kind != AskCompatibility || q.Work != "GPL-3.0-only" || q.Licenses[0] != "GPL-3.0-or-later" {
		t.Errorf("project worked on: kind %d %q work %q", q.Kind, q.Licenses, q.Work)
	}
	q, _ = ParseQuestion("pytest-pylint is mit but pylint is gpl. mit and gpl, which one is allowed to go inside which")
	if q.Kind != AskCompatibility || q.Reading != RolesAmbiguous {
		t.Errorf("which inside which: kind %d reading %d", q.Kind, q.Reading)
	}
	if q, _ = ParseQuestion("nixpkgs marks libgcc as plain gpl3+. whats the right spdx"); q.Expression != "GPL-3.0-or-later WITH GCC-exception-3.1" {
		t.Errorf("libgcc as plain GPL: %q", q.Expression)
	}
	if q, _ = ParseQuestion("our repo only has prebuilt kernel + modules. is a link to the kernel git tree enough for the gpl"); q.Use == "dynamic_link" {
		t.Errorf("a link to a git tree read as linking")
	}
	// A link to a licence's text is a hyperlink too; a library linked to stays linked.
	if q, _ = ParseQuestion("our gfdl-licensed guides are mostly licence text. can we just link to the gfdl instead of including it?"); q.Use == "dynamic_link" {
		t.Errorf("a link to the licence's text read as linking")
	}
	if q, _ = ParseQuestion("can we link to the mit licence text online instead of shipping it in the app?"); q.Use == "dynamic_link" {
		t.Errorf("a link to the licence's text online read as linking")
	}
	if q, _ = ParseQuestion("can we link to the GPL library from our app?"); q.Use != "dynamic_link" {
		t.Errorf("linking to a library: use %q, want dynamic_link", q.Use)
	}
	wantTopics(t, map[string]string{
		"new oss library from our team, we're fine with it ending up in closed products. which licence should we pick": "choose",
		"do we need to show open source credits inside our app or is a license file in the repo enough":                "attribution",
		"contributing to an upstream project as part of my job, what needs signing":                                    "cla",
	})
}

// TestWeighingAndTheFoundation guards readings from the eleventh part's misses: an
// asker torn between licences for their own release is choosing one, even when the
// question also speaks of combining; "thinking of X for our SDK" is choosing X; and
// "Apache" said of the foundation ("at Apache", "why won't Apache let …") is no licence,
// while "Apache projects" stays the licence their code is under.
func TestWeighingAndTheFoundation(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our embedded OS project is about to relicense and we're torn between MIT or BSD on one side and Apache 2.0 on the other. Which would you go with?": "choose",
		"thinking of cc by-nc-sa for our sdk so nobody makes money off it":                                                                                  "choose",
	})
	if q, _ := ParseQuestion("fsf says importing an lgpl'd jar from java is fine, so why won't apache let felix depend on one"); q.Expression != "LGPL-3.0-only" {
		t.Errorf("the foundation read as a licence: %q", q.Expression)
	}
	if q, _ := ParseQuestion("Apache projects can't take GPL code, can they?"); !slices.Contains(q.Licenses, "Apache-2.0") {
		t.Errorf("Apache projects lost their licence: %q", q.Licenses)
	}
	// Telling two licences apart is a comparison.
	if q, _ := ParseQuestion("how do I tell BSD-2-Clause from BSD-3-Clause?"); q.Kind != AskProfile || len(q.Licenses) != 2 {
		t.Errorf("telling two apart read as kind %d %q", q.Kind, q.Licenses)
	}
	// Opening one's code as an obligation of a named licence is no choice of licence.
	if q, _ := ParseQuestion("do I need to open source my code if I use an LGPL library?"); q.Topic != "" || q.Expression != "LGPL-3.0-only" {
		t.Errorf("an obligation read as topic %q, %q", q.Topic, q.Expression)
	}
	// The kernel named with its version in the middle; a project quoted as a source.
	if q, _ := ParseQuestion("My router clearly runs a Linux 2.4 kernel, but the vendor gives no 'GPL code'. Is that allowed?"); q.Expression != "GPL-2.0-only" {
		t.Errorf("a Linux 2.4 kernel read as %q", q.Expression)
	}
	if q, _ := ParseQuestion("One argument, quoting a Stack Overflow answer, was that closed code can't link LGPL code statically. True?"); q.Expression != "LGPL-3.0-only" {
		t.Errorf("a quoted source read as a licence: %q", q.Expression)
	}
}

// TestTwelfthPartReadings guards readings from the twelfth part's misses: shipping two
// licences "as one program" is a combination; a closed daemon is closed software;
// "link Ghostscript into our app" is linking; a script that shells out to a GPL tool is
// distributed without linking it; "the GPL options" of FFmpeg are a build, not a
// licence; Qt's LGPL edition named in the question is the one of Qt's choices meant; and
// "thinking of putting our SDK under CC-BY" is choosing a licence.
func TestTwelfthPartReadings(t *testing.T) {
	if q, _ := ParseQuestion("one repo with some agpl modules and some gplv3 modules, can that ship as one program?"); q.Kind != AskCombination {
		t.Errorf("as one program: kind %d", q.Kind)
	}
	wantReadings(t, []reading{
		{"our closed daemon just runs on the linux kernel and uses syscalls, fine?", "GPL-2.0-only WITH Linux-syscall-note", "distribute"},
		{"link ghostscript into our closed desktop app?", "AGPL-3.0-or-later", "dynamic_link"},
		{"our python script shells out to a gpl cli tool and parses its output, do we have to gpl the script?", "GPL-3.0-only", "distribute"},
		{"We want FFmpeg in a commercial product under its LGPL terms and we won't turn on the GPL options. Are the built-in codecs a problem?", "LGPL-2.1-or-later", "dynamic_link"},
		{"A developer wants to sell a closed desktop app made with Qt. Reading Qt's terms, the LGPL edition seems enough. What's the catch?", "LGPL-3.0-only", "distribute"},
	})
	if q, _ := ParseQuestion("thinking of putting our sdk under cc-by, good idea?"); q.Topic != "choose" {
		t.Errorf("thinking of putting our SDK under CC-BY: topic %q", q.Topic)
	}
}

// TestThirteenthPartReadings guards readings from the thirteenth part's misses: a
// subject said to be under a licence and to depend on code is the work ("viuer is an MIT
// crate, yet it depends on …"); "X, my project, is under Apache 2.0. If I use Y, which is
// LGPL" and "copied from Z, which is under the Apache licence, while the plugin itself is
// LGPLv3" say both roles; and asking which licence a project should get, or for one to
// be added, is choosing one.
func TestThirteenthPartReadings(t *testing.T) {
	for text, want := range map[string][2]string{
		"viuer is an MIT crate, yet it depends on ansi_colours, which is LGPL-3.0-or-later. Isn't that a problem?":                   {"LGPL-3.0-or-later", "MIT"},
		"Xcessiv, my project, is under Apache 2.0. If I use TPOT, which is LGPL, just by importing it, must I switch?":               {"LGPL-3.0-only", "Apache-2.0"},
		"A class in our plugin was copied from NLTK, which is under the Apache licence, while the plugin itself is LGPLv3. Problem?": {"Apache-2.0", "LGPL-3.0-only"},
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || q.Licenses[0] != want[0] || q.Licenses[1] != want[1] {
			t.Errorf("%q: kind %d %q, want %s into %s", text, q.Kind, q.Licenses, want[0], want[1])
		}
	}
	wantTopics(t, map[string]string{
		"I'd like to fork parsack, but there is no licence. One author proposes the LGPL, but two MIT packages depend on it. Which licence should the project get?": "choose",
		"Our app has no licence yet. Which one should we pick? Permissive ones like MIT or ISC have been mentioned.":                                                "choose",
		"Would you be willing to put an open source licence on this repository?":                                                                                    "choose",
	})
}

// TestLastPartsReadings guards readings from the last two parts' misses: "GPLv2 +
// Classpath exception" is GPLv2 plus the exception, not "or later"; "which licence" and
// "what should we put" for one's own code are choosing one; asking whether a fix needs
// sign-off is the contribution route; "…? and the other way round" keeps the stated
// direction; "which one am I bound by" makes the licences a choice; "only use it" does
// not make a mobile app internal; an internal web application is internal; clang beside
// the libc++ it links in is the runtime that ships; Unicode's data files are theirs.
func TestLastPartsReadings(t *testing.T) {
	wantReadings(t, []reading{
		{"openjdk is gplv2 + classpath exception, so our closed java app running on it doesnt have to be gpl?", "GPL-2.0-only WITH Classpath-exception-2.0", ""},
		{"jquery used to be mit and gpl2, which one am i bound by", "MIT OR GPL-2.0-only", ""},
		{"Can I use an LGPL library in my paid android app? I'm not going to modify it, only use it.", "LGPL-3.0-only", "mobile"},
		{"I'm thinking of putting iText, which is AGPLv3, into an internal web application.", "AGPL-3.0-only", "internal"},
		{"we compile our closed app with clang and link libc++ in statically. does llvm's licence touch our binary", "Apache-2.0 WITH LLVM-exception", "static_link"},
	})
	wantTopics(t, map[string]string{
		"new hobby repo, want people to use it freely but credit me. which licence":                            "choose",
		"our lab's code on github has no licence at all. what should we put":                                   "choose",
		"found a bug in an upstream lib we use, can i just send the fix on company time or do i need sign off": "contribute",
	})
	if q, _ := ParseQuestion("apache2 lib into our gplv3 app, fine? and the other way round"); q.Kind != AskCompatibility || q.Licenses[0] != "Apache-2.0" {
		t.Errorf("both directions asked: %q", q.Licenses)
	}
	if q, _ := ParseQuestion("unicode data files (ucd) bundled in our mit lib, ok?"); q.Kind != AskCompatibility || q.Licenses[0] != "Unicode-3.0" {
		t.Errorf("Unicode's data files: kind %d %q", q.Kind, q.Licenses)
	}
}

// TestFinalPartsReadings guards readings from the last two parts' misses: "which
// licence for each", "for our new project, which one" and starting a project that must
// stay open choose a licence; self-hosting for one's own logging is internal; a web app
// bundled by webpack goes to browsers; a service that links a library is a service; a
// WAR handed to customers is distributed; offering software "as a managed cache
// service" is a service; a plugin that loads into a program links to it; a program run
// apart from the code in question ships on its own; and the kernel as a whole carries
// its syscall note.
func TestFinalPartsReadings(t *testing.T) {
	wantTopics(t, map[string]string{
		"starting a cli tool, a small library and a web service this quarter. which licence for each?":                                       "choose",
		"mit vs apache vs gpl for our new project, which one":                                                                                "choose",
		"I'm starting a project that I'd like companies to use and contribute to, but I want users to know it will always stay open source.": "choose",
	})
	wantReadings(t, []reading{
		{"we self host elasticsearch for our own logging. does the elastic license change affect us", "", "internal"},
		{"gplv3 npm package bundled by webpack into the frontend of our commercial web app. problem?", "GPL-3.0-only", "static_link"},
		{"Our web service links to a C library that's under the GPL. Do we have to release our code?", "GPL-3.0-only", "saas"},
		{"our java web app's war bundles a few lgpl jars and we hand the war to customers. allowed?", "LGPL-3.0-only", "distribute"},
		{"redis 7.4 is sspl now. offering it as a managed cache service to customers ok?", "SSPL-1.0", "saas"},
		{"since 7.11 elasticsearch is elastic license or sspl. our closed plugin loads into it, does that drag our plugin in", "", "dynamic_link"},
		{"Changes to busybox or anything linked into it would be GPL, but a separate standalone program that busybox's init launches isn't, is it?", "GPL-2.0-only", "distribute"},
		{"whats the spdx for the linux kernel as a whole", "GPL-2.0-only WITH Linux-syscall-note", ""},
	})
}

// wantTopics checks the OSPO topic each question is read as.
func wantTopics(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		if q, _ := ParseQuestion(text); q.Topic != want {
			t.Errorf("%q: topic %q, want %q", text, q.Topic, want)
		}
	}
}

// wantCompatibility checks that each question is read as code under the first licence
// going into a work under the second.
func wantCompatibility(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: kind %d licences %q, want %q", text, q.Kind, q.Licenses, want)
		}
	}
}

// wantUses checks the use DetectUse reads from each message.
func wantUses(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		if got := DetectUse(text); got != want {
			t.Errorf("%q: use %q, want %q", text, got, want)
		}
	}
}

// wantRead checks one thing each question is read as (of, named by what), for the
// readings the other helpers do not cover.
func wantRead[T comparable](t *testing.T, what string, of func(Question) T, cases map[string]T) {
	t.Helper()
	for text, want := range cases {
		if q, _ := ParseQuestion(text); of(q) != want {
			t.Errorf("%q: %s %v, want %v", text, what, of(q), want)
		}
	}
}

// wantExpressions checks the SPDX expression each question is read as.
func wantExpressions(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		if q, _ := ParseQuestion(text); q.Expression != want {
			t.Errorf("%q: read %q, want %q", text, q.Expression, want)
		}
	}
}

// wantDirections checks, as wantCompatibility does, that each question is code under
// the first licence going into a work under the second, and also that the direction was
// read from the question's words, not assumed.
func wantDirections(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || q.Reading != RolesSaid || !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: kind %d reading %d licences %q, want %q", text, q.Kind, q.Reading, q.Licenses, want)
		}
	}
}

// wantProfiles checks that each question asks what its licences are and require.
func wantProfiles(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if q, ok := ParseQuestion(text); !ok || q.Kind != AskProfile {
			t.Errorf("%q: kind %d licences %q, want what the licence is", text, q.Kind, q.Licenses)
		}
	}
}

// wantProfileOf checks that each question asks what one expression is and requires.
func wantProfileOf(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		if q, ok := ParseQuestion(text); !ok || q.Kind != AskProfile || q.Expression != want {
			t.Errorf("%q: kind %d %q, want the profile of %s", text, q.Kind, q.Expression, want)
		}
	}
}

// reading is what a question must be read as: its expression and its use, each checked
// when given.
type reading struct{ text, expr, use string }

// wantReadings checks the expression and the use each question is read as.
func wantReadings(t *testing.T, cases []reading) {
	t.Helper()
	for _, c := range cases {
		q, ok := ParseQuestion(c.text)
		if !ok || c.expr != "" && q.Expression != c.expr || c.use != "" && q.Use != c.use {
			t.Errorf("%q: read %q for %q, want %q for %q", c.text, q.Expression, q.Use, c.expr, c.use)
		}
	}
}

// TestLicencesProposedFearedOrRuledOut guards licences a message names without asking
// about them: one proposed to another project as its replacement ("would you consider
// MPLv2?", "why not MIT like most crates?") or asked of its authors ("should we ask for
// mit?"), one said as what the asker's work would be
// made to take, of a family the question names otherwise ("has to put their own work
// under the LGPL or GPL"), and one ruled out ("anything but GPL"). A licence the asker's
// own work moves to is still weighed, and a fear that names the only licence stays.
func TestLicencesProposedFearedOrRuledOut(t *testing.T) {
	wantReadings(t, []reading{
		{"Your crate is LGPL-2.1+, so anyone linking it statically has to put their own work under the LGPL or GPL. Why not MIT like most crates?", "LGPL-2.1-or-later", "static_link"},
		{"I can't use your Avro crate in a closed-source application because it's LGPL and Rust links statically. Would you consider MPLv2?", "LGPL-3.0-only", "static_link"},
		{"This library is LGPL but header-only, so every program compiles it in. Would you consider the MPL instead?", "LGPL-3.0-only", ""},
		{"Your EQ plugin is GPLv2-or-later and loading it at run time would infect the host. Would you move it to LGPL-2?", "GPL-2.0-or-later", "dynamic_link"},
		{"your parser is gpl-3. would you be opposed to switching to mit? we'd like it in our app", "GPL-3.0-only", "distribute"},
		{"The art is CC-BY-NC 2.0. We sell our game on Steam; would the assets need something like CC-BY-SA?", "CC-BY-NC-2.0", "distribute"},
		{"our MIT app uses an LGPL library; does the app have to be GPL now?", "MIT AND LGPL-3.0-only", ""},
		// A licence the asker would ask the authors for; named alone, it is still asked about.
		{"lockfreehashmap is lgpl and rust links everything statically. can we use it commercially, or should we ask for mit?", "LGPL-3.0-only", ""},
		{"libfoo is gpl. can we use it in our app or should we request mit from the author?", "GPL-3.0-only", ""},
		{"libfoo is lgpl. should we ask them to relicense it under the mit licence?", "LGPL-3.0-only", ""},
		{"should we ask for mit?", "MIT", ""},
		{"we use a GPL library in our MIT app; does the app have to be GPL?", "GPL-3.0-only AND MIT", ""},
		{"can i switch my project from MIT to Apache-2.0?", "MIT AND Apache-2.0", ""},
		// "doesn't that make my ios app gpl": the GPL the app would be made to take.
		{"locokit is lgpl and the app store basically forces static linking, so doesn't that make my ios app gpl?", "LGPL-3.0-only", "mobile"},
		{"does using an lgpl library make my app gpl?", "LGPL-3.0-only", "dynamic_link"},
	})
	// "mit would be safer": proposed to the project asked about.
	wantCompatibility(t, map[string][]string{"vimbits is apache 2.0 — isn't that gpl-incompatible? mit would be safer": {"Apache-2.0", "GPL-3.0-only"}})
	// "do i now have to dual license it cc by-sa": the licence of the code taken in, feared
	// for the asker's work, which stays the GPL one.
	wantCompatibility(t, map[string][]string{"grabbed some pseudocode off stack overflow for my gpl repo, do i now have to dual license it cc by-sa??": {"CC-BY-SA-4.0", "GPL-3.0-only"}})
	// Making one's own app a licence is no fear: the work's licence.
	wantCompatibility(t, map[string][]string{"can i make my app gpl if it uses an lgpl library?": {"LGPL-3.0-only", "GPL-3.0-only"}})
	wantTopics(t, map[string]string{
		"repo has no licence yet. mit? apache? anything but gpl pls": "choose",
	})
	if q, _ := ParseQuestion("repo has no licence yet. mit? apache? anything but gpl pls"); slices.Contains(q.Licenses, "GPL-3.0-only") {
		t.Errorf("a licence ruled out is still read: %q", q.Licenses)
	}
}

// TestUsesAndTopicsFromTheLastParts guards readings of the last blind parts' misses: a
// plug-in for a host program is loaded by it; copies handed round internally, a tool
// run in-house and a database in production at the company stay inside; licence files
// side by side are a choice; a repository with no licence yet is choosing one; terms
// against commercial gain are the non-commercial topic; open source work as part of
// one's job is contributing, while the employer owning it stays the employer's topic.
func TestUsesAndTopicsFromTheLastParts(t *testing.T) {
	wantReadings(t, []reading{
		{"nukkit is lgpl, so our paid plugins for it can stay closed right", "LGPL-3.0-only", "dynamic_link"},
		{"they say we need a commercial licence even to distribute their gpl lib internally. true?", "GPL-3.0-only", "internal"},
		{"bsl 1.1 database in prod at our company, fine?", "BUSL-1.1", "internal"},
		{"It is CC BY-NC-SA 4.0 now. We're a company: can we still run it in-house on our own code?", "CC-BY-NC-SA-4.0", "internal"},
		{"repo ships both LICENSE-MIT and LICENSE-APACHE so apache applies since its stricter?", "MIT OR Apache-2.0", ""},
		{"the crate has two license files, MIT and Apache-2.0. which do we follow?", "MIT OR Apache-2.0", ""},
	})
	wantTopics(t, map[string]string{
		"no licence on our new repo yet, which one":                                                          "choose",
		"licence says 'without commercial gain', is that an open source licence":                             "noncommercial",
		"Its licence says you may not use it for commercial purposes. Would that already be commercial use?": "noncommercial",
		"I want to work in open source as part of my job, fixing the packages we depend on.":                 "contribute",
		"does my employer own the open source code i write as part of my job?":                               "employer",
		"this library has no licence yet, can we use it?":                                                    "",
		// A licence wanted that lets everyone use the work but commercially.
		"is there an open source licence that lets anyone use my code except for commercial stuff?": "noncommercial",
		"which licence lets people use it but not companies?":                                       "noncommercial",
		"which licence lets people use it and fork it?":                                             "choose",
	})
	if LooksLikeLicenseText("licence says 'without commercial gain', is that an open source licence") {
		t.Error("a short question quoting a licence's words is taken for a pasted licence")
	}
}

// TestMovesOwnLicenceAndWhatGoesWhere guards readings of the twenty-first part's misses:
// weighing a move of one's own project to another licence is choosing one (switching a
// dependency is not); a licence with an exception named after it "goes into" the code
// named next; a project said to be left out of a build is not asked about.
func TestMovesOwnLicenceAndWhatGoesWhere(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our tool is GPLv3 now but will likely be offered as a hosted service. Should we switch to the AGPL?":                                                           "choose",
		"thinking of moving our platform to agpl since people will host it. any downside?":                                                                              "choose",
		"We'd like to move our presentation tool, which runs behind a web service, from the LGPL to the Affero GPL. Contributors sent patches. Is AGPL a sensible fit?": "choose",
		"our LICENSE just says GPL 3.0 — should we declare 3.0-only or 3.0-or-later?":                                                                                   "choose",
		"should we switch to a GPL library for parsing?":                                                                                                                "",
	})
	if q, _ := ParseQuestion("can apache-2.0 with the llvm exception go into gplv2 code"); q.Kind != AskCompatibility || q.Work != "GPL-2.0-only" ||
		q.Licenses[0] != "Apache-2.0 WITH LLVM-exception" {
		t.Errorf("the licence with its exception going into GPLv2 code: kind %d licences %q work %q", q.Kind, q.Licenses, q.Work)
	}
	wantReadings(t, []reading{
		{"I rebuilt FFmpeg without x264 so that it is LGPL only. Can our closed Android app compile ffmpeg.c in?", "LGPL-2.1-or-later", "mobile"},
	})
}

// TestOwnLicenceChoicesAndTheEmployer guards OSPO topics said in other words: a licence
// for one's own work asked as "should we put it under", "add X as a second option",
// "what licence lets one driver go into both", or "is that a good choice" for a hobby
// project is choosing one; a full-time engineer contributing in their own time, and who
// owns engineers' side projects, are the employer's topic.
func TestOwnLicenceChoicesAndTheEmployer(t *testing.T) {
	wantTopics(t, map[string]string{
		"Small hobby project, I want as few strings attached as possible. Someone recommended the WTFPL. Is that a good choice, and if not, what is better?": "choose",
		"our delphi lib is mpl, can we add gpl as a second option later":                                                                                     "choose",
		"our apex plugin wraps a jquery plugin, should we put it under mit and gpl like jquery":                                                              "choose",
		"chip vendor here. what license lets one driver source go into both linux and freebsd":                                                               "choose",
		"Our engineers keep asking whether they own their private side projects and whether they may send patches upstream. What should we answer?":          "employer",
		"I'm a full-time engineer at Google and want to send patches to an AGPL project on my own time. Is there any way to do it?":                          "employer",
	})
}

// TestLongMessageAsksAboutWhatItsQuestionNames guards a long message whose background
// names more licences than the sentence that asks: the question is about those the
// asking sentence names, whether it ends in a question mark or is typed without one
// ("Doesn't the Apache 2.0 licence require …", "…, can the customer keep …").
func TestLongMessageAsksAboutWhatItsQuestionNames(t *testing.T) {
	for _, end := range []string{"?", " thanks!"} {
		wantReadings(t, []reading{
			{"My tool collects the MIT and Apache licence texts of my dependencies but ignores their NOTICE files. Doesn't the Apache 2.0 licence require those notices to travel with the binary too" + end, "Apache-2.0", ""},
			{"Our product runs the Linux kernel and BusyBox, and links uClibc which is LGPL. If we publish BusyBox's source and the notices, can the customer keep their own programs closed" + end, "GPL-2.0-only", ""},
		})
	}
}

// TestWorkThatWantsOrMergedCode guards the work's licence said of a project that takes
// code in other words ("X is MIT and someone just merged readline support", "X is zlib
// licensed and wants GNU readline"), "under X instead of writing it" as the code taken
// in (no proposal), and "isn't the same as ours" as no comparison of licences.
func TestWorkThatWantsOrMergedCode(t *testing.T) {
	for _, text := range []string{
		"xdag is mit and someone just merged readline support. are we gpl now",
		"mcrcon is zlib licensed and wants gnu readline for tab completion",
		"Our repo is MIT. I'd like to use code from another repository that's under Apache License 2.0 instead of writing it myself. Since the licence isn't the same as ours, is it advisable to copy it in?",
	} {
		if q, ok := ParseQuestion(text); !ok || q.Kind != AskCompatibility || q.Work == "" || q.Work == q.Licenses[0] {
			t.Errorf("%q: kind %d licences %q work %q, want code going into the project's licence", text, q.Kind, q.Licenses, q.Work)
		}
	}
}

// TestProjectPartWithItsLicence guards a part of a project named with the licence the
// sentence gives it ("font awesome icons are cc by 4.0"): the question is about that
// part's licence, not the project's every licence.
func TestProjectPartWithItsLicence(t *testing.T) {
	wantReadings(t, []reading{
		{"font awesome icons are cc by 4.0 right? what do we owe if we convert them to png for our desktop app", "CC-BY-4.0", "distribute"},
	})
}

// TestPlusBetweenTwoLicences guards "+" set apart between two licences as "and"
// ("gplv3 + apache2 ok?" combines GPLv3 and Apache 2.0), while "GPLv2+" and "gpl 2+"
// stay "or later" and "gplv2 + classpath exception" stays the exception.
func TestPlusBetweenTwoLicences(t *testing.T) {
	for text, want := range map[string][]string{
		"gplv3 + apache2 ok?":               {"GPL-3.0-only", "Apache-2.0"},
		"GPLv2+ code in an Apache project?": {"GPL-2.0-or-later", "Apache-2.0"},
		"gpl 2+ and mit together?":          {"GPL-2.0-or-later", "MIT"},
		"gplv2 + classpath exception":       {"GPL-2.0-only WITH Classpath-exception-2.0"},
	} {
		if q, _ := ParseQuestion(text); !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: licences %q, want %q", text, q.Licenses, want)
		}
	}
}

// TestMeaningTopicsWithoutALicence guards words of licensing asked about with no
// licence named: copyleft, permissive licences, "or later" and distribution each get
// their topic, and every topic's own question reads as that topic. Named with a
// licence, the question is about the licence.
func TestMeaningTopicsWithoutALicence(t *testing.T) {
	wantTopics(t, map[string]string{
		"what does copyleft mean":                 "copyleft",
		"weak vs strong copyleft?":                "copyleft",
		"what is a permissive license":            "permissive",
		"what does 'or any later version' mean":   "orlater",
		"is saas distribution?":                   "distribution",
		"does internal use count as distribution": "distribution",
		"what does copyleft mean for the GPL?":    "",
	})
	for _, tp := range Topics() {
		if got := TopicOf(tp.Ask); got != tp.Name {
			t.Errorf("topic %s: its question %q reads as %q", tp.Name, tp.Ask, got)
		}
	}
}

// TestFrameworkThatNamesTheWork guards a project named as what the asker's work is built
// with ("our Angular app is GPLv3 and we'd like to use elkjs, which is EPL-2.0"): it
// names the work, so the question is about the code taken in, not the framework.
func TestFrameworkThatNamesTheWork(t *testing.T) {
	wantCompatibility(t, map[string][]string{"Our Angular app is GPLv3 and we'd like to npm install elkjs, which is EPL-2.0, and just call its API. Can we use it?": {"EPL-2.0", "GPL-3.0-only"}})
	wantReadings(t, []reading{{"our react app uses a gpl library, problem?", "GPL-3.0-only", ""}})
}

// TestServiceTheAskerRuns guards a service the asker runs for others ("we run an email
// service and would like to offer X to our customers"): the use is a service, unless
// what is offered is handed over or shipped.
func TestServiceTheAskerRuns(t *testing.T) {
	wantReadings(t, []reading{
		{"We run an email service and would like to offer Pulpy, which is CC BY-NC-SA 4.0, to our customers. Can we?", "CC-BY-NC-SA-4.0", "saas"},
		{"We run a hosting platform and ship an MPL-2.0 agent binary to customers' servers. ok?", "MPL-2.0", "distribute"},
		// Not handed out, but run for others: "won't distribute" does not make it in house.
		{"our paid web app would use an AGPL image model. we won't distribute it, only run it on our servers. ok?", "AGPL-3.0-only", "saas"},
		{"we won't distribute the AGPL tool, only run it on our servers for our staff. ok?", "AGPL-3.0-only", "internal"},
	})
}

// TestChoosingForTheCompanyAndWebApplications guards two readings of common forum
// questions: which licence the company's library should get is choosing one (not the
// employer's claim), and a web application is a service.
func TestChoosingForTheCompanyAndWebApplications(t *testing.T) {
	wantTopics(t, map[string]string{"My company wants to release our internal library as open source. What license should we use?": "choose"})
	wantReadings(t, []reading{{"Do I have to release source code of my web application if it uses an AGPL library?", "AGPL-3.0-only", "saas"}})
}

// TestProjectSaidToHaveMoved guards a project said to have moved to a licence ("we
// wanted msgpack-c, but it moved to the Apache 2 licence"): the licence it moved to is
// the one asked about, and a loose name that stands for two licences ("terraform moved
// to bsl") is read as the one the project's data names.
func TestProjectSaidToHaveMoved(t *testing.T) {
	wantCompatibility(t, map[string][]string{"We're a GPLv2-only project and wanted msgpack-c, but it moved to the Apache 2 licence. Does Apache 2 shut us out?": {"Apache-2.0", "GPL-2.0-only"}})
	wantReadings(t, []reading{{"terraform moved to bsl. we only run it internally for our own infra, still ok", "BUSL-1.1", "internal"}})
	// The asker's own work moved by someone else keeps both licences: they weigh the move.
	if q, _ := ParseQuestion("a contributor wants our ipad app moved from the MPL to the GPL. should we switch?"); !slices.Equal(q.Licenses, []string{"MPL-2.0", "GPL-3.0-only"}) {
		t.Errorf("our app moved: licences %q, want MPL-2.0 and GPL-3.0-only", q.Licenses)
	}
	// Someone else's project the asker only uses ("our identity provider") is history.
	if q, _ := ParseQuestion("our identity provider keyvault moved from Apache 2.0 to AGPL 3.0. we run it for our closed SaaS, fine?"); q.Expression != "AGPL-3.0-only" {
		t.Errorf("their project moved: expression %q, want AGPL-3.0-only alone", q.Expression)
	}
}

// TestLicenceSaidAgainShort guards a licence said again, shorter, of what was just
// named: "want freetds … it's lgpl2" is FreeTDS's LGPL-2.0-or-later, and "asl2" after
// "Apache-2.0 WITH LLVM-exception" is that licence, not a second one; set against it
// ("and plain Apache-2.0") it stays its own, and a theme "that is GPL v2" beside
// WordPress is not WordPress.
func TestLicenceSaidAgainShort(t *testing.T) {
	wantReadings(t, []reading{
		{"want freetds in an ios app store app. apple means static linking. it's lgpl2. doable without opening our app?", "LGPL-2.0-or-later", "mobile"},
	})
	q, _ := ParseQuestion("a crate we want says 'Apache-2.0 WITH LLVM-exception'. can that go in our gplv2 project? i thought asl2 and gplv2 don't mix")
	if !slices.Equal(q.Licenses, []string{"Apache-2.0 WITH LLVM-exception", "GPL-2.0-only"}) {
		t.Errorf("licences %q, want the crate's licence going into GPLv2", q.Licenses)
	}
	if q, _ := ParseQuestion("I'm building a WordPress theme on a starter theme that is GPL v2. What license can my theme have?"); !slices.Contains(q.Licenses, "GPL-2.0-only") {
		t.Errorf("the starter theme's GPL v2 is lost: %q", q.Licenses)
	}
}

// TestProjectLicenceSaidForItsTime guards a project's licence stated as it was ("mongodb
// (server was agplv3 then)"): the question is about the licence stated, not the
// project's later one.
func TestProjectLicenceSaidForItsTime(t *testing.T) {
	wantReadings(t, []reading{{"our saas stores everything in mongodb (server was agplv3 then). do we have to open our app code", "AGPL-3.0-only", "saas"}})
}

// TestTwentyThirdPartReadings guards readings of the twenty-third part's misses: the
// company's claim on weekend projects and evening contributions is the employer's
// topic (an employer that has to sign a CLA is not); moving one's own project to
// another licence, a switch proposed by pull request and a licence picker's advice are
// choosing one; "X w/ the LLVM exception code into an LGPL-2.1 library" goes into that
// library, and so do test files "copied from" a suite under another licence into the
// repository; editors are internal use; code said not to be compiled in is not
// statically linked.
func TestTwentyThirdPartReadings(t *testing.T) {
	wantTopics(t, map[string]string{
		"I work at a startup and want to build an open source side project on weekends on my own laptop. Does the company get any claim to it?":  "employer",
		"I'm a full-time developer at a company in New York and I'd like to contribute to open source projects in my evenings. Am I allowed to?": "employer",
		"does my employer have to sign a corporate cla before i can commit to an asf project":                                                    "cla",
		"proof library is under cecill (strong copyleft), should we move to mit or mpl so people reuse it?":                                      "choose",
		"licence picker never offers gpl for a library, is that a sane recommendation?":                                                          "choose",
		"Someone sent a pull request moving our iOS app from the MPL to the GPL. Should we accept the switch?":                                   "choose",
	})
	wantCompatibility(t, map[string][]string{
		"apache-2.0 w/ llvm exception code into an lgpl-2.1 library, compatible?":                                                         {"Apache-2.0 WITH LLVM-exception", "LGPL-2.1-only"},
		"Our headers repository is MIT, but I just added test files copied from our conformance suite, which are Apache 2.0. Acceptable?": {"Apache-2.0", "MIT"},
	})
	wantReadings(t, []reading{
		{"ghc-mod went agpl and legal may ban it. we only use it in our editors while coding", "AGPL-3.0-only", "internal"},
		{"CasparCG server is GPLv3 and we'd load NewTek's NDI library with dlopen at run time so nothing of NDI is compiled in. Does that avoid the GPL problem?", "GPL-3.0-only", "dynamic_link"},
	})
}

// TestPluginSystemsAreLoaded guards plug-ins for a program's plug-in system: loaded by
// it, whatever else the program is ("agpl web server with a wasm plugin system").
func TestPluginSystemsAreLoaded(t *testing.T) {
	wantReadings(t, []reading{{"agpl web server with a wasm plugin system, can 3rd party plugins be proprietary?", "AGPL-3.0-only", "dynamic_link"}})
}

// TestTellingLicencesApartAndWorkWrittenAtHome guards "how can I tell if it is BSD 2 or
// 3 clause" as a comparison of the two, and a project "I wrote at home" as a question
// of who owns it.
func TestTellingLicencesApartAndWorkWrittenAtHome(t *testing.T) {
	if q, _ := ParseQuestion("how can i tell if a license is bsd 2 or 3 clause"); q.Kind != AskProfile || len(q.Licenses) != 2 {
		t.Errorf("kind %d licences %q, want both BSD licences set side by side", q.Kind, q.Licenses)
	}
	wantTopics(t, map[string]string{"can i put my own project on github if i wrote it at home?": "employer"})
}

// TestWhichWayAndScriptsServed guards "X vs Y, which way works" as asking the
// direction (both readings offered), not the difference, and scripts a site serves to
// its visitors ("our site serves their minified gpl js, is that conveying it") as
// distributed.
func TestWhichWayAndScriptsServed(t *testing.T) {
	if q, _ := ParseQuestion("apache 2.0 vs gplv2, which way works"); q.Kind != AskCompatibility || q.Reading != RolesAmbiguous {
		t.Errorf("kind %d reading %d, want both directions offered", q.Kind, q.Reading)
	}
	wantReadings(t, []reading{{"our site serves their minified gpl cookie-consent js, is that conveying it", "GPL-3.0-only", "distribute"}})
}

// TestAMobileAppIsMobileHoweverItLinks guards an app for a phone named outright ("a
// closed-source android app, linked dynamically"): the store's terms and the device
// decide for copyleft code there, so the use is the mobile app, whatever the linking.
func TestAMobileAppIsMobileHoweverItLinks(t *testing.T) {
	wantReadings(t, []reading{
		{"qt under lgpl in a closed-source android app, linked dynamically - ok?", "", "mobile"},
		{"sqlite is compiled into our ios app. anything we need to do?", "", "mobile"},
	})
}

// TestTwentyFourthPartTopics guards the OSPO topics of the twenty-fourth part's misses:
// weighing two licences for one's own firmware or code ("does it even matter?", "cc0
// or the unlicense?"), what the code itself should use, moving one's project to
// another licence (with or without contributors' consent), publishing one's app under
// a licence, a tool one put in the public domain; "nobody may use it commercially";
// the company wanting the copyright of libraries one owns personally.
func TestTwentyFourthPartTopics(t *testing.T) {
	wantTopics(t, map[string]string{
		"for our firmware: gpl-2.0-only or gpl-2.0-or-later, does it even matter?":                                                        "choose",
		"we just want our code to be public domain. cc0 or the unlicense?":                                                                "choose",
		"cc0 for our docs is settled. what should the code itself use?":                                                                   "choose",
		"do we need a separate documentation licence like the gfdl for our framework's docs, or is the code licence enough":               "choose",
		"we never had a cla. how do we move our project to a different licence?":                                                          "choose",
		"we put our tool in the 'public domain' with the unlicense. any problem with that?":                                               "choose",
		"I want to publish my web app and its source under CC BY-NC 4.0, so others can contribute to it. Can I do that?":                  "choose",
		"We want to move our Android app from GPL-3.0-or-later to AGPL-3.0-or-later. We've emailed every contributor asking for consent.": "choose",
		"I'd like to distribute my software so anyone may share it, and nobody may use it commercially. Is there a licence for that?":     "noncommercial",
		"Some libraries I wrote and own personally are used at my job. Now the company wants the copyright so that it is theirs.":         "employer",
	})
	if q, _ := ParseQuestion("gtkipmsg is GPL (v2 or later) but includes code under the old four-clause BSD licence. Can they be combined?"); !slices.Contains(q.Licenses, "BSD-4-Clause") {
		t.Errorf("the four-clause BSD licence is read as %q", q.Licenses)
	}
}

// TestValidityBothWaysAndWrappers guards readings of the twenty-fourth part: whether a
// licence is valid or why lawyers would reject it asks about the licence itself; "in
// one direction or the other" asks both directions whatever the roles; a wrapper that
// runs a program and reads its output, said not to link to it, ships beside it; a
// tool run during the build is internal use; "whats the licence on …" is a question,
// never a pasted licence.
func TestValidityBothWaysAndWrappers(t *testing.T) {
	wantProfiles(t, "is the unlicense actually valid in germany?", "why would our lawyers reject a wtfpl dependency?")
	if q, _ := ParseQuestion("Some source files are GPLv2 only, and libraries we depend on are moving to GPLv3. Can GPLv2-only and GPLv3 code be combined in one direction or the other?"); q.Reading != RolesAmbiguous || !q.BothWays {
		t.Errorf("reading %d, want both directions offered", q.Reading)
	}
	// Which of the two directions works is asked: both are answered.
	for _, text := range []string{"apache-2.0 with the llvm exception and gplv2, which way round works", "mit and gpl, which direction can code go?",
		"mit deps and gpl for our own code, or the other way round, which works", "can apache-2.0 code go into a gpl-2.0-only project or vice versa?"} {
		if q, _ := ParseQuestion(text); q.Reading != RolesAmbiguous || !q.BothWays {
			t.Errorf("%q: reading %d, both ways %v, want both directions answered", text, q.Reading, q.BothWays)
		}
	}
	wantReadings(t, []reading{
		{"I'm writing a GUI wrapper that only runs a GPL command-line program and reads its output; it doesn't link to it. We'd distribute the wrapper and the program together.", "GPL-3.0-only", "distribute"},
		{"We want to run checkstyle, which is LGPL 2.1 or later, during the build to check code style. Nothing of it ships. Is that allowed?", "LGPL-2.1-or-later", "internal"},
	})
	if LooksLikeLicenseText("whats the licence on jakarta ee / ee4j code") {
		t.Error("a short question is taken for a pasted licence")
	}
}

// TestInternalAppsAndFrozenPython guards software said to be internal ("inside our
// internal closed app") as internal use, and a frozen or embedded Python as CPython.
func TestInternalAppsAndFrozenPython(t *testing.T) {
	wantReadings(t, []reading{
		{"we use gpl software inside our internal closed app, do we have to put the source online?", "GPL-3.0-only", "internal"},
		{"If we ship a frozen Python, the interpreter and our code compiled into one executable, do we have to provide source code?", "PSF-2.0", "static_link"},
	})
}

// TestTwentyFifthPartReadings guards readings of the twenty-fifth part's misses: a new
// SDK of one's team and "which makes more sense" for one's tool that never had a
// licence are choosing one, and so is a licence narrowed down from several; whether
// the company signs something too is the CLA; sending fixes upstream is contributing;
// banning use by weapons makers, forbidding any commercial use or selling are the
// non-commercial topic; a department that hired one and claims the project is the
// employer's; "clear BSD" is BSD-3-Clause-Clear; code a pull request adds to a project
// "which is" under a licence goes into it.
func TestTwentyFifthPartReadings(t *testing.T) {
	wantTopics(t, map[string]string{
		"new public sdk from our team: mit or apache-2.0?": "choose",
		"A user asked what licence my command-line SQL tool is under, and I never picked one. MIT or Apache 2.0, which makes more sense?": "choose",
		"For our university thesis project we narrowed it down to Apache 2.0, MIT and GPLv3. Which should we pick?":                       "choose",
		"my company wants me committing to an apache project on work time, does the company sign something too":                           "cla",
		"we're a federal agency team and fixed bugs in a gpl project, can we send them upstream":                                          "contribute",
		"can our licence ban use by weapons makers and still be called open source":                                                       "noncommercial",
		"We put our tool under a licence that allows personal use but forbids any commercial use. Is it open source?":                     "noncommercial",
		"Our VM project bundles the lcc compiler, and lcc's licence forbids selling it. Does that matter?":                                "noncommercial",
		"I started a project on my own, then a university department hired me part time to develop it. Now they say they own all of it.":  "employer",
		"I signed an IP agreement when I joined. Can I keep owning code I write at home?":                                                 "employer",
	})
	if q, _ := ParseQuestion("clear bsd licensed driver code into our gplv3 project ok?"); len(q.Licenses) == 0 || q.Licenses[0] != "BSD-3-Clause-Clear" {
		t.Errorf("clear BSD read as %q", q.Licenses)
	}
	if q, _ := ParseQuestion("A pull request adds some Apache 2.0 licensed code to FontForge, which is GPLv3-or-later. Can the project accept it?"); q.Kind != AskCompatibility || q.Work != "GPL-3.0-or-later" {
		t.Errorf("kind %d work %q, want Apache 2.0 code going into the GPLv3-or-later project", q.Kind, q.Work)
	}
}

// TestOpenSSLThatDoesNotMixWithTheGPL guards OpenSSL said not to mix with the GPL: that
// is OpenSSL's old licence, the one the well-known clash is about, unless a version is
// written.
func TestOpenSSLThatDoesNotMixWithTheGPL(t *testing.T) {
	if q, _ := ParseQuestion("Given the well-known explanation of why OpenSSL and the GPL don't mix, how does Debian manage to ship OpenSSL at all?"); !slices.Contains(q.Licenses, "OpenSSL") {
		t.Errorf("licences %q, want OpenSSL's old licence", q.Licenses)
	}
	if q, _ := ParseQuestion("can we use openssl 3 in our gpl app"); !slices.Contains(q.Licenses, "Apache-2.0") {
		t.Errorf("licences %q, want OpenSSL 3's Apache-2.0", q.Licenses)
	}
	// The GPL beside OpenSSL with no version written is that same question, said
	// plainly; Apache named, or no GPL, is today's OpenSSL.
	for _, c := range []struct{ text, want string }{
		{"our gpl wifi tool links against openssl. do those two licences even mix?", "OpenSSL"},
		{"shadowsocks-libev is gplv3+ and links libssl, lintian complains. real problem?", "OpenSSL"},
		{"git links openssl, which moved to apache 2.0. can debian ship it with our gplv2 code now?", "Apache-2.0"},
		{"can we ship openssl in our commercial app?", "Apache-2.0"},
		{"our gplv3 app uses openssl, any issues?", "Apache-2.0"}, // no clash spoken of: today's OpenSSL
		{"our gplv3 app uses openssl, any issues with that?", "Apache-2.0"},
		{"lrdf links against openssl. isn't that a problem with the gpl-2 for everyone using it?", "OpenSSL"},
		// A distribution packaging the two is where the old clash is met.
		{"gpl'd program that links against openssl, can debian just ship the binary package?", "OpenSSL"},
		{"openfortivpn is gpl and links openssl. can fedora ship the binaries?", "OpenSSL"},
		{"telegram desktop is gplv3 but links against openssl. is that even allowed?", "OpenSSL"},
		{"Our GPLv3 filesystem links against OpenSSL. A Debian developer says it can't go into Debian in this state. Why?", "OpenSSL"},
	} {
		if q, _ := ParseQuestion(c.text); !slices.Contains(q.Licenses, c.want) {
			t.Errorf("%q: licences %q, want %s", c.text, q.Licenses, c.want)
		}
	}
}

// TestTheLibraryGPL guards the LGPL's old name: "Library General Public License" said
// without a version is LGPL version 2.0, the last under that name.
func TestTheLibraryGPL(t *testing.T) {
	wantReadings(t, []reading{
		{"gtkmm says it is under the 'Library' General Public License. Do I have to release classes derived from it?", "LGPL-2.0-only", ""},
		{"is the GNU Library General Public License 2 or later ok in our app", "LGPL-2.0-or-later", ""},
	})
}

// TestTwentiethPartReadings guards readings of the twentieth part's misses: a source
// file "in a GPL3 project" is where the code comes from, while "MIT code in a GPL
// project" and "IBM Public License code in a GPL project" still go into it; a larger
// project "under MPL 2.0" is where code goes, but "link in a library that is under
// Apache 2.0" takes the library in; "I want the reverse" turns to the case asked
// after it; releasing a framework under a copyleft licence is choosing one; GPL plus
// the Qt exception is Qt's GPL exception; the SIL licence is the Open Font License.
func TestTwentiethPartReadings(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"There's a single source file in a GPL3 project that I need, and I'd like to drop it into my own project, which is MIT as a whole. How?": {"GPL-3.0-only", "MIT"},
		"MIT code in a GPL project?":                {"MIT", "GPL-3.0-only"},
		"IBM Public License code in a GPL project?": {"IPL-1.0", "GPL-3.0-only"},
		"All I find is about using MPL code in a larger GPL project. I want the reverse: can GPLv3 code be included in a larger project under MPL 2.0?": {"GPL-3.0-only", "MPL-2.0"},
		"Our main program is GPLv2 and I'd like to link in a library that is under Apache 2.0. Is that allowed?":                                        {"Apache-2.0", "GPL-2.0-only"},
	})
	wantTopics(t, map[string]string{"I'd like to release a framework for Unity under a copyleft licence so games built with it need not be opened. Which fits?": "choose"})
	wantReadings(t, []reading{
		{"Part of KDE is licensed GPLv2 plus the Qt exception. Can plain GPL code go into those files?", "", ""},
	})
	if q, _ := ParseQuestion("KDE code is licensed GPLv2 plus the Qt exception"); !slices.Contains(q.Licenses, "GPL-2.0-only WITH Qt-GPL-exception-1.0") {
		t.Errorf("GPLv2 plus the Qt exception read as %q", q.Licenses)
	}
	// In a message about fonts, "SIL" alone is the font licence; elsewhere it is SIL
	// International, which names none.
	for _, text := range []string{"is the SIL licence ok for fonts in our game", "is a SIL font ok in our game?",
		"I want a custom font in my game, and the most common licence for commercial use seems to be SIL. Do I have to credit it?"} {
		if q, _ := ParseQuestion(text); !slices.Contains(q.Licenses, "OFL-1.1") {
			t.Errorf("%q: SIL read as %q", text, q.Licenses)
		}
	}
	if q, _ := ParseQuestion("SIL International published a paper about this. can we use MIT code?"); slices.Contains(q.Licenses, "OFL-1.1") {
		t.Errorf("SIL International read as %q", q.Licenses)
	}
}

// TestOneImageJNIAndCrediting guards readings from the twenty-fifth part: everything
// ending up in one firmware image or compiled into one executable is static linking;
// a JNI wrapper loads the native library at run time; "how exactly do we credit" asks
// what the licence requires.
func TestOneImageJNIAndCrediting(t *testing.T) {
	wantReadings(t, []reading{
		{"Our proprietary board's firmware must stay closed. We'd like to build it on libopencm3, which is LGPLv3 or later; on a microcontroller everything ends up in one image. OK?", "LGPL-3.0-or-later", "static_link"},
		{"zmqd moved to MPL 2.0. Our trading app is proprietary and D compiles everything into one executable. Can we use it?", "MPL-2.0", "static_link"},
		{"I wrote a Java JNI wrapper around libltc (LGPL 3 or later) and we use it inside a commercial closed-source product. OK?", "LGPL-3.0-or-later", "dynamic_link"},
	})
	wantProfiles(t, "how exactly do we credit a cc-by 4.0 picture in our docs")
}

// TestAskingSentenceThatPointsBack guards a long message whose asking sentence points
// back to a licence the message named ("… under the GPL with that exception?"): the
// licences named before stay part of the question.
func TestAskingSentenceThatPointsBack(t *testing.T) {
	q, _ := ParseQuestion("Part of KDE is licensed GPL plus the Qt exception. What happens when contributors paste plain GPL code into files that are under the GPL with that exception?")
	if !slices.ContainsFunc(q.Licenses, func(id string) bool { return strings.Contains(id, "Qt-GPL-exception-1.0") }) {
		t.Errorf("licences %q lose the exception the question points back to", q.Licenses)
	}
}

// TestLooseNameBeforeAProject guards a licence named loosely right before a project
// ("the GPL Linux kernel"): it is the project's own version of it, while a version
// written ("our GPLv3 kernel module") stays as written.
func TestLooseNameBeforeAProject(t *testing.T) {
	wantReadings(t, []reading{
		{"A wireless router ships the GPL Linux kernel with a non-GPL driver module. Is selling that router a violation?", "GPL-2.0-only", ""},
		{"our GPLv3 kernel module", "GPL-3.0-only", ""},
	})
}

// TestPartsOfAProjectUnderTheirLicences guards a project whose parts are under
// different licences ("the code is MIT but the weights are CC-BY-NC 4.0"): a question
// about one part is about that part's licence; topics said with "X or Y for our Z?",
// "free for private use" and "our company's own projects" read as choosing a licence,
// non-commercial terms and not the employer's claim.
func TestPartsOfAProjectUnderTheirLicences(t *testing.T) {
	wantReadings(t, []reading{
		{"audiocraft code is mit but the weights are cc-by-nc 4.0. can the weights go into our paid product?", "CC-BY-NC-4.0", ""},
		{"The code for this weather foundation model is MIT, but the pretrained weights are published under CC BY-NC-SA 4.0. Can we use the weights in our paid service?", "CC-BY-NC-SA-4.0", ""},
		{"the code is MIT and the docs are CC-BY 4.0. can we ship the code in our product?", "MIT", ""},
	})
	wantTopics(t, map[string]string{
		"mit or gpl for our course scheduler? or apache": "choose",
		"The README says this S3 server is free for private use and that commercial licensing is easy to get. Can we use it at work?":       "noncommercial",
		"The framework's licence says Noncommercial. We only want to use it for our company's own projects. Does that count as commercial?": "noncommercial",
	})
}

// TestWhyQuestionsAndJSONOrg guards questions that ask for an explanation ("why do rust
// crates dual license mit and apache?", "how do i properly attribute …") as questions
// about the licences themselves, and "the json.org licence" as the JSON licence.
func TestWhyQuestionsAndJSONOrg(t *testing.T) {
	wantProfiles(t,
		"the json.org licence, is that free software or not",
		"how do i properly attribute code i copied from a stack overflow answer",
		"why do rust crates dual license mit and apache, isnt one enough",
	)
}

// TestAProposedListStaysAProposal guards a list of licences proposed to another project
// ("Would you relicense to MIT or BSD, or at least to the LGPL?"): every licence of the
// list is the proposal, and the sentence that asks it does not replace the question
// about the project's own licence.
func TestAProposedListStaysAProposal(t *testing.T) {
	wantReadings(t, []reading{
		{"I'd like to use your GMP wrapper in a closed source iOS app, but it's under GPL v3. Could you move to MIT or BSD, or at least to the LGPL?", "GPL-3.0-only", "mobile"},
		{"We want your OPL3 emulator in an iOS game. It's LGPL 2.1 or later. Would you relicense to MIT or BSD so we can ship it there?", "LGPL-2.1-or-later", "mobile"},
	})
}

// TestFLTKAndStb guards two projects read as their licences: FLTK with its static
// linking exception, and stb's choice of MIT or the Unlicense, where "public domain"
// said of stb is its Unlicense.
func TestFLTKAndStb(t *testing.T) {
	wantReadings(t, []reading{
		{"can we statically link fltk into our closed source app or does the lgpl stop that", "LGPL-2.0-only WITH FLTK-exception", "static_link"},
		{"whats the licence on the stb single header libs, mit or public domain", "MIT OR Unlicense", ""},
	})
}

// TestLastPartsChoicesAndProjects guards readings of the last parts' misses: two licence
// files named side by side ("both an apache 2.0 and an mit licence file") and a file
// that "may also be made available under" a second licence are choices; a student
// project weighing two licences, relicensing one's tool and needing to pick a licence
// are choosing one; Marlin and AdoptOpenJDK are read as their licences.
func TestLastPartsChoicesAndProjects(t *testing.T) {
	wantReadings(t, []reading{
		{"livesplit-core has both an apache 2.0 and an mit licence file in the root, which one do we follow", "Apache-2.0 OR MIT", ""},
		{"file says epl 2.0 and that it may also be made available under gpl 2 with the classpath exception. whats the spdx", "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0", ""},
		{"our 3d printer ships modified marlin firmware, do we have to publish it?", "GPL-3.0-or-later", "distribute"},
		{"can we bundle an adoptopenjdk runtime inside our commercial app installer", "GPL-2.0-only WITH Classpath-exception-2.0", "distribute"},
	})
	wantTopics(t, map[string]string{
		"its a student learning project, do we go mit or gplv3":                                                      "choose",
		"relicensing our cli tool, gpl or mit, whats the actual difference":                                          "choose",
		"We're moving a Coq library we wrote into the coq-community organisation and need to pick a licence. Which?": "choose",
	})
}

// TestProfitWorthAndClosedExecutables guards three readings of the last parts: keeping
// companies from profiting from one's work is the non-commercial topic, whatever is said
// of contributing; whether a licence is "worth it" for a tiny utility one puts out is
// choosing one; a closed exe is closed software, given to others.
func TestProfitWorthAndClosedExecutables(t *testing.T) {
	wantTopics(t, map[string]string{
		"Many of us won't contribute to open source because companies profit from our work without giving back. Is there a licence that stops that?": "noncommercial",
		"I'm putting out a tiny utility, well under 300 lines. Is the GPL worth it for something this small?":                                        "choose",
	})
	wantReadings(t, []reading{{"can we bundle an mpl-2.0 python lib into our closed pyinstaller exe?", "MPL-2.0", "distribute"}})
}

// TestAChoiceBesideAnotherLicence guards how a choice read beside another licence is
// written: "Apache … bundles Logback, offered under EPL 1.0 or LGPL 2.1" is
// "Apache-2.0 AND (EPL-1.0 OR LGPL-2.1-only)", never "Apache-2.0 AND EPL-1.0 OR
// LGPL-2.1-only", which SPDX reads as a choice of the whole.
func TestAChoiceBesideAnotherLicence(t *testing.T) {
	q, _ := ParseQuestion("Our Apache release bundles Logback, which is offered under EPL 1.0 or LGPL 2.1. Is that ok?")
	if q.Expression != "Apache-2.0 AND (EPL-1.0 OR LGPL-2.1-only)" {
		t.Errorf("expression %q", q.Expression)
	}
	if _, err := Terms(q.Expression); err != nil {
		t.Errorf("%q is no SPDX expression: %v", q.Expression, err)
	}
}

// TestVersionDotsAndQuotedTags guards two ways of typing that changed a reading: a
// version's dot ("our GPL-3.0 tool") is no sentence's end, so "relicense our GPL-3.0
// tool to MIT" reads as "our gplv3 tool" does; and a short question quoting an SPDX tag
// without its question mark is a question, not a pasted file.
func TestVersionDotsAndQuotedTags(t *testing.T) {
	for _, text := range []string{"we want to relicense our gplv3 tool to MIT, do we need every contributor's ok", "we want to relicense our GPL-3.0 tool to MIT, do we need every contributor's ok"} {
		if q, _ := ParseQuestion(text); len(q.Licenses) != 2 || q.Licenses[0] != "GPL-3.0-only" {
			t.Errorf("%q: licences %q, want GPL-3.0 code going to MIT", text, q.Licenses)
		}
	}
	if LooksLikeLicenseText("our kernel module's source file says spdx-license-identifier: gpl-2.0. what licence is that module's code actually under thanks!") {
		t.Error("a question quoting an SPDX tag is taken for a pasted file")
	}
	if !LooksLikeLicenseText("// SPDX-License-Identifier: MIT\npackage main\n") {
		t.Error("a file's SPDX tag is no longer identified")
	}
}

// TestVersionDotsInTopics guards the topic rules against a version's dot: "my weekend
// side project on Python 3.12 … my employer" is the employer's topic, as it is written
// without the version.
func TestVersionDotsInTopics(t *testing.T) {
	wantTopics(t, map[string]string{
		"does my weekend side project on Python 3.12 belong to my employer?": "employer",
	})
}

// TestFitnessToolsAndJustOne guards three readings of the last parts: whether a licence
// is ok for source code asks about the licence itself; the licence of the code a linter
// is run on is no part of the tool's question; "dual mit/gpl for our ui kit, or just
// mit?" is choosing a licence for one's own work.
func TestFitnessToolsAndJustOne(t *testing.T) {
	wantProfiles(t, "is cc0 ok for source code")
	wantReadings(t, []reading{{"prospector is gplv2+, we only run it as a linter in ci on our apache code", "GPL-2.0-or-later", "internal"}})
	wantTopics(t, map[string]string{"dual mit/gpl for our ui kit, or just mit?": "choose"})
}

// TestAskingSentenceSetAgainstTheRest guards an asking sentence that sets the licence it
// names against the others the message gave ("as if it were BSD only", "are we stuck
// with MIT?"): the others stay part of the question; and "I've never picked one" is a
// project without a licence yet, choosing one.
func TestAskingSentenceSetAgainstTheRest(t *testing.T) {
	for text, want := range map[string]string{
		"Our ROS package is labelled BSD, but two source files carry LGPL headers. Can the package really be used as if it were BSD only?":  "LGPL-3.0-only",
		"Our platform started from an MIT-licensed starter kit and people ask us to add a licence, ideally AGPL v3. Are we stuck with MIT?": "AGPL-3.0-only",
	} {
		if q, _ := ParseQuestion(text); !slices.Contains(q.Licenses, want) {
			t.Errorf("%q: licences %q lose %s", text, q.Licenses, want)
		}
	}
	wantTopics(t, map[string]string{"People keep asking what licence my photo manager is under, and I've never picked one. MIT or GPL?": "choose"})
}

// TestOpenSourceLabelOfNonCommercialTerms guards the question whether code under terms
// against commercial use may be called open source: it is the non-commercial topic,
// whatever licence it names; using such code, or calling other code open source, is not.
func TestOpenSourceLabelOfNonCommercialTerms(t *testing.T) {
	wantTopics(t, map[string]string{
		"our docs are cc by-nc-sa 4.0 but the site calls the project open source. is that fine?":     "noncommercial",
		"Is Apache 2.0 plus the Commons Clause still open source?":                                   "noncommercial",
		"the tool's vendor markets their scanner as open source, yet it forbids selling it. honest?": "noncommercial",
		"can we get our no-commercial-use licence OSI approved?":                                     "noncommercial",
		"is MIT still open source if we add a line that it is free except for commercial use?":       "noncommercial",
	})
	for _, text := range []string{
		"can we use a cc by-nc image in our commercial app?",
		"is the GPL open source?",
		"we call our MIT project open source, is that fine?",
	} {
		if q, _ := ParseQuestion(text); q.Topic == "noncommercial" {
			t.Errorf("%q: read as the non-commercial topic", text)
		}
	}
}

// TestPulledInByAChange guards code a change brings into a project whose licence the
// question gives ("gitea is mit and a pr pulled in citeproc, which is cpal or agpl"),
// and a lower-case acronym listed with a licence named plainly ("cpal or agpl").
func TestPulledInByAChange(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"gitea is mit and a pr pulled in citeproc which is cpal or agpl. ok?":          {"CPAL-1.0 OR AGPL-3.0-only", "MIT"},
		"our tool is Apache-2.0 and a contributor added a helper that is GPLv3, fine?": {"GPL-3.0-only", "Apache-2.0"},
	})
}

// TestTopicsOfTheLastParts guards topics read from the thirty-second and thirty-third
// parts: which terms win when a licence and a ban on commercial use disagree; looking
// for a licence "like MIT but …"; whether another licence would be wiser for one's own
// project; whether a credit line is enough.
func TestTopicsOfTheLastParts(t *testing.T) {
	wantTopics(t, map[string]string{
		"the sdk is apache 2.0 but its model card says commercial use of the weights is forbidden. which one wins?": "noncommercial",
		"is there a licence like mit but where closed forks still have to send back their bug fixes?":               "choose",
		"I maintain a C library and we chose the LGPL so fixes come back. Would switching to MIT or BSD be wiser?":  "choose",
		"we show their icons in a video. is a line in the end credits enough credit?":                               "attribution",
	})
}

// TestWeighedDevAidAndOCaml guards three readings of the last parts: a licence said
// "instead of" another in a question that weighs them stays in it; a library used as a
// development aid, kept out of release builds, is used internally; the OCaml linking
// exception is read by name, quoted or not.
func TestWeighedDevAidAndOCaml(t *testing.T) {
	weighed := "someone suggests isc instead of mit for my repo. what's the actual difference?"
	if q, _ := ParseQuestion(weighed); q.Kind != AskProfile || !slices.Equal(q.Licenses, []string{"ISC", "MIT"}) {
		t.Errorf("%q: kind %d licences %q, want the profiles of ISC and MIT", weighed, q.Kind, q.Licenses)
	}
	wantReadings(t, []reading{
		{"we use a gpl-3.0 library purely as a development aid; release builds never contain it. ok for our closed game?", "GPL-3.0-only", "internal"},
		{`is lgpl-2.1 "with the ocaml linking exception" fine in our closed app?`, "LGPL-2.1-only WITH OCaml-LGPL-linking-exception", "distribute"},
	})
}

// TestRunAsASeparateProgram guards a program run apart from the asker's work ("ships
// Slic3r, which is AGPL, and just calls its command line"): no combination with the
// work, so the question is what the program's own licence asks of shipping it.
func TestRunAsASeparateProgram(t *testing.T) {
	wantReadings(t, []reading{
		{"Our printer UI is GPLv3. It ships a binary copy of a slicer, which is AGPLv3, in a tools folder and just calls its command line. Does our UI have to be AGPL?", "AGPL-3.0-only", "distribute"},
		{"our apache-licensed server used to import a library which is gplv3. is calling it as a separate subprocess instead enough?", "GPL-3.0-only", "distribute"},
	})
}

// TestImageHoldingOthers guards a container or system image said to hold software
// under another licence than the asker's repository ("the docker image we publish
// contains gpl packages"): programs shipped side by side in it, not code combined with
// the asker's, unless linking is said.
func TestImageHoldingOthers(t *testing.T) {
	wantReadings(t, []reading{
		{"our repo is mit but the docker image we publish contains gpl packages. what licence is the image under?", "GPL-3.0-only", "distribute"},
		{"This repo is marked Apache 2.0, but what it mainly publishes is a Linux-based Docker image with a lot of GPL software inside. Shouldn't the repo, or at least the image, be GPL licensed?", "GPL-3.0-only", "distribute"},
	})
	for _, text := range []string{
		"our repo is mit but the docker image we publish contains gpl packages",
		"a Linux-based Docker image with a lot of GPL software inside",
		"its dockerfile installs megahit",
	} {
		if !ImageHolds(text) {
			t.Errorf("ImageHolds(%q) = false", text)
		}
	}
	for _, text := range []string{
		"our docker image contains our mit app statically linked against a gpl library",
		"we put an mit licence on the images and figures in our repo",
	} {
		if ImageHolds(text) {
			t.Errorf("ImageHolds(%q) = true", text)
		}
	}
}

// TestPermissiveFeared guards a permissive licence a message fears a work must take
// ("doesn't that mean readxl itself has to be bsd?", "does that make our app mit?"):
// found where it is said after those words, and only when it asks nothing of the work
// around the code.
func TestPermissiveFeared(t *testing.T) {
	for _, c := range []struct {
		text, expr string
		want       []string
	}{
		{"readxl bundles libxls, which is bsd. doesn't that mean readxl itself has to be bsd?", "BSD-3-Clause", []string{"BSD-3-Clause"}},
		{"our app bundles an mit library. does that make our app mit?", "MIT", []string{"MIT"}},
		{"does my whole project have to be apache 2.0 now?", "Apache-2.0", []string{"Apache-2.0"}},
		{"does using a gpl library mean my project has to be gpl too?", "GPL-3.0-only", nil},         // copyleft: it may
		{"our code has to be open source. the library is mit", "MIT", nil},                           // no licence where it is feared
		{"readxl bundles libxls, which is bsd. doesn't that mean readxl has to be bsd?", "MIT", nil}, // not the licence answered
	} {
		if got := PermissiveFeared(c.text, c.expr); !slices.Equal(got, c.want) {
			t.Errorf("PermissiveFeared(%q, %q) = %q, want %q", c.text, c.expr, got, c.want)
		}
	}
}

// TestOlderReleaseAndExpressionAsks guards two asks about a licence said of a project:
// whether it covers releases older than those it is said of, and how to write it as an
// SPDX expression.
func TestOlderReleaseAndExpressionAsks(t *testing.T) {
	for text, want := range map[string]bool{
		"Does the dual licence cover that old version too, or only newer releases?": true,
		"does the new licence apply to the previous versions?":                      true,
		"is it the same for older versions too?":                                    true,
		"we upgraded from an older version. what do we owe?":                        false,
		"we pin an old version. what do we owe?":                                    false,
	} {
		if got := AsksOlderRelease(text); got != want {
			t.Errorf("AsksOlderRelease(%q) = %v", text, got)
		}
	}
	q, _ := ParseQuestion("OpenJ9 will be EPL-2.0 with GPL-2.0 plus the Classpath exception as a secondary licence. How do we write that as an SPDX expression: 'EPL-2.0 WITH GPL-2.0 ...'?")
	if !q.AsksExpression {
		t.Errorf("how to write it as an SPDX expression not read as asking for one: %+v", q)
	}
}

// TestWhyAProjectMoved guards why a project would move to a copyleft or a permissive
// licence ("why would a notes app switch from apache 2.0 to gpl?"): what that kind of
// licence does, not whether code goes from one to the other; a move to a choice of two
// is not one kind.
func TestWhyAProjectMoved(t *testing.T) {
	wantTopics(t, map[string]string{
		"why would a notes app switch from apache 2.0 to gpl? what does that actually get the author":                                                                         "copyleft",
		"why would a project relicense from gpl to mit?":                                                                                                                      "permissive",
		"the p4c ebpf backend runtime header is apache-2.0 and gets compiled into programs we load into the kernel. why are they switching it to gpl-2.0-only or apache-2.0?": "",
	})
	if !AsksWhyCopyleft("why would a notes app switch from apache 2.0 to gpl?") || AsksWhyCopyleft("why are they switching it to gpl-2.0-only or apache-2.0?") {
		t.Error("AsksWhyCopyleft")
	}
}

// TestNoGPLTwoOne guards "GPL 2.1", a version only the LGPL has: read as the LGPL's,
// "or later" kept, saying why; the LGPL, the AGPL and "gpl2.1" written as one word are
// read as before.
func TestNoGPLTwoOne(t *testing.T) {
	for text, want := range map[string][]string{
		"libmicrohttpd which is gpl 2.1 or later": {"LGPL-2.1-or-later"},
		"a GPL-2.1 library":                       {"LGPL-2.1-only"},
		"gnu gpl v2.1":                            {"LGPL-2.1-only"},
		"lgpl 2.1":                                {"LGPL-2.1-only"},
	} {
		if got := FindLicenses(text); !slices.Equal(got, want) {
			t.Errorf("FindLicenses(%q) = %q, want %q", text, got, want)
		}
	}
	f := findLicenses("libmicrohttpd which is gpl 2.1 or later")
	if len(f.notes) != 1 || f.notes[0].Said != "gpl 2.1 or later" || !strings.Contains(f.notes[0].Why, "no GPL version 2.1") {
		t.Errorf("notes %+v: want the words as written and why", f.notes)
	}
}

// TestOwnBreach guards the asker's own copies said to lack what the licence asks, in the
// sentence that hands them out: the notice, or the source of GPL code; not a closed
// program of one's own, nor LGPL code in one.
func TestOwnBreach(t *testing.T) {
	for _, c := range []struct{ text, expr, want string }{
		{"copilot regurgitated a chunk of mit code, i ship it without the notice. is that on me?", "MIT", "credit"},
		{"we ship our router firmware with busybox but without the source. is that ok?", "GPL-2.0-only", "source"},
		{"can we ship linux kernel images where a driver has the vendor's firmware compiled in as a hex array with no source", "GPL-2.0-only", "source"},
		{"can i sell a closed-source plugin for gimp?", "GPL-3.0-or-later", ""},
		{"we ship the app without the source. the library is lgpl", "LGPL-2.1-only", ""},
		{"we ship it. someone else copied it without the notice", "MIT", ""},
	} {
		if got := OwnBreach(c.text, c.expr); got != c.want {
			t.Errorf("OwnBreach(%q, %q) = %q, want %q", c.text, c.expr, got, c.want)
		}
	}
}

// TestViralSaidOfCopyleft guards "viral" said of a copyleft licence beside a permissive
// one named ("an Apache project … LGPL isn't viral if you only link"): no question of
// whether the permissive licence is viral.
func TestViralSaidOfCopyleft(t *testing.T) {
	wantTopics(t, map[string]string{
		"We're an Apache Jakarta project and a contributor's patch relies on an LGPL library. LGPL isn't viral if you only link, so can we import its classes in our code and just not ship the jar ourselves?": "",
		"is the mit licence viral?": "permissive",
	})
}

// TestOwnWorkNeverLicensed guards the asker's own work said to have no licence yet ("i
// never added a licence. which one should i pick?"): choosing one for it, not code with
// none taken into the project named.
func TestOwnWorkNeverLicensed(t *testing.T) {
	q, _ := ParseQuestion("someone wants my homekit lib in home assistant but i never added a licence. which one should i pick?")
	if q.Topic != "choose" || q.Unlicensed {
		t.Errorf("topic %q unlicensed %v: want choosing, and no code without a licence taken in", q.Topic, q.Unlicensed)
	}
	if q, _ := ParseQuestion("code from a blog post with no licence, can it go in my Apache-2.0 project?"); !q.Unlicensed {
		t.Errorf("code with no licence taken in not read so: %+v", q)
	}
}

// TestProjectSaysItsOwnDedication guards a project said to call itself public domain
// ("sqlite says it's public domain"): its own dedication (SQLite's blessing), not CC0,
// which the words alone would name; another licence said by a project of itself is still
// the one asked about.
func TestProjectSaysItsOwnDedication(t *testing.T) {
	for text, want := range map[string]string{
		"sqlite says it's public domain but there's a LICENSE.md with a 'blessing'. what spdx id goes in our manifest?": "blessing",
		"sqlite says it's public domain. what spdx id goes in our manifest?":                                            "blessing",
		"LLVM says its runtime libraries are also MIT. ok?":                                                             "MIT",
	} {
		if got := FindLicenses(text); len(got) != 1 || got[0] != want {
			t.Errorf("FindLicenses(%q) = %q, want %s", text, got, want)
		}
	}
}

// TestNonCommercialMedia guards media in a work said to be for non-commercial use only
// ("two sounds in our minetest mod are non-commercial only"): terms that forbid
// commercial use, whatever licence the project named has.
func TestNonCommercialMedia(t *testing.T) {
	wantTopics(t, map[string]string{
		"two sounds in our minetest mod are non-commercial only. minetest is free so that's fine, right?": "noncommercial",
		"the textures in our gpl game are licensed non-commercial. can debian ship it?":                   "noncommercial",
	})
}

// TestHeaderOnlyLinkedStatically guards a header-only library, compiled into whatever
// includes it: linked statically, whatever the message says of linking; "the header
// only holds" is no such library.
func TestHeaderOnlyLinkedStatically(t *testing.T) {
	wantReadings(t, []reading{
		{"jsonrpc-lean is header only but lgpl 2.1, which wants dynamic linking. how is that supposed to work in a closed app?", "LGPL-2.1-only", "static_link"},
		{"lgpl c++ header-only template lib, doesnt that basically force lgpl terms on our calling code?", "LGPL-3.0-only", "static_link"},
	})
	if SaysHeaderOnly("The header only holds a config struct") || SaysHeaderOnly("We kept gVisor's copyright header only in the files we copied") {
		t.Error("header only, said of something else, read as a header-only library")
	}
}

// TestMovedWithoutConsent guards how a project moved its licence without its
// contributors' agreement ("how did mono switch its lgpl runtime to mit without asking
// every contributor?"): whose agreement a move needs, not whether the code goes from one
// licence into the other.
func TestMovedWithoutConsent(t *testing.T) {
	q, _ := ParseQuestion("how did mono switch its lgpl runtime to mit without asking every contributor from the last decade?")
	if q.Topic != "cla" || !q.Relicenses {
		t.Errorf("topic %q relicenses %v: want whose agreement a move needs", q.Topic, q.Relicenses)
	}
}

// TestWhatAClauseMeansIsOwed: "does that mean each one needs …, or what exactly?" of a
// licence's clause, with a use, asks what is owed under it.
func TestWhatAClauseMeansIsOwed(t *testing.T) {
	q, _ := ParseQuestion("our game bundles bsd-3-clause libraries, which say binary redistributions must reproduce the notice in the documentation. Does that mean each one needs an entry in the credits screen, or what exactly?")
	if q.Expression != "BSD-3-Clause" || q.Use != "distribute" || !q.Owed {
		t.Errorf("expression %q use %q owed %v: want what BSD-3-Clause asks of shipping", q.Expression, q.Use, q.Owed)
	}
	if q, _ := ParseQuestion("our game bundles bsd-3-clause libraries. does that mean we can sell it?"); q.Owed {
		t.Error("a question whether a use is allowed read as what is owed")
	}
}

// TestLGPLAndGPLTextsShipped guards the GPL named as the text the LGPL asks to ship with
// it ("do i have to ship copies of the lgpl and gpl with my mod"): a document, not a
// second licence offered for the code; and LGPL-3.0's own text asking for it.
func TestLGPLAndGPLTextsShipped(t *testing.T) {
	q, _ := ParseQuestion("my fabric mod jar-in-jars sgui which is lgpl. do i have to ship copies of the lgpl and gpl with my mod")
	if q.Expression != "LGPL-3.0-only" || !q.Owed {
		t.Errorf("expression %q owed %v: want the LGPL alone, what is owed asked", q.Expression, q.Owed)
	}
	if !slices.ContainsFunc(Conditions("LGPL-3.0-or-later"), func(c string) bool { return strings.Contains(c, "copy of the GNU GPL") }) ||
		slices.ContainsFunc(Conditions("LGPL-2.1-only"), func(c string) bool { return strings.Contains(c, "copy of the GNU GPL") }) {
		t.Error("LGPL-3.0's text asks for the GPL's text beside its own; LGPL-2.1's does not")
	}
}

// TestCodeWrittenAtWorkPublished guards code the asker wrote at a past job, or kept a
// copy of, that they now want to publish themselves ("i wrote a tool at work … kept a
// copy, and now want to put it on github under mit"): whose it is comes first; a patch
// written for an employer sent upstream stays the contribution route, and publishing
// code written at one's job now the release route (TestPublishingOthersWorkIsNoChoice).
func TestCodeWrittenAtWorkPublished(t *testing.T) {
	wantTopics(t, map[string]string{
		"years ago i wrote a tool at work that nobody used, kept a copy, and now want to put it on github under mit. any problem?": "employer",
		"I left my old job last year but still have a tool i built for my old employer. can i publish it on github?":               "employer",
		"Our team fixes kernel bugs during work hours and wants to send the patches upstream. The kernel is now asking for a Signed-off-by line on every patch. What exactly am I certifying when I sign off a patch I wrote for my employer, and how does that fit with our company's internal release approval?": "contribute",
	})
}

// TestNoticeBetweenTheSameLicence guards code taken from a project under the asker's own
// licence with a question of notices ("MIT bits into our MIT project: do we still need
// their copyright notice?"): what the licence asks, not whether MIT goes into MIT.
func TestNoticeBetweenTheSameLicence(t *testing.T) {
	wantProfiles(t, "We bring small bits of code from other MIT projects into our MIT project. Do we still need to carry their copyright notice, and where would it go?")
}

// TestSecondVersionSaidAlone guards a second version said alone after a family's name
// and version ("gpl 2 or 3", "lgpl 2.1/3"): the family's licence at that version too.
func TestSecondVersionSaidAlone(t *testing.T) {
	wantReadings(t, []reading{
		{"we ship gplv2 or 3 code", "GPL-2.0-only OR GPL-3.0-only", "distribute"},
		{"lgpl 2.1/3 library in our app", "LGPL-2.1-only OR LGPL-3.0-only", "distribute"},
		{"gpl 2 or later in our app", "GPL-2.0-or-later", "distribute"},
	})
}

// TestWordsOfAnAddress guards the words inside a web address: they name no licence
// ("https://github.com/acme/mit/tree/main"), unless the address is a licence's own.
func TestWordsOfAnAddress(t *testing.T) {
	if q, ok := ParseQuestion("can we use https://github.com/acme/mit/tree/main/src in our app?"); ok {
		t.Errorf("a repository's address read as naming %q", q.Licenses)
	}
	wantReadings(t, []reading{{"is https://opensource.org/licenses/MIT ok for our saas?", "MIT", "saas"}})
}

// TestHasThatOpensAQuestion guards a sentence that asks with "has"/"have" ("Has that
// changed, and what would we owe …"): without a question mark it is still the sentence
// that asks.
func TestHasThatOpensAQuestion(t *testing.T) {
	wantReadings(t, []reading{{"We'd embed VLC's engine through libvlc in our closed player. I always thought VLC was GPL. Has that changed, and what would we owe if we load libvlc as a DLL thanks!", "LGPL-2.1-or-later", "dynamic_link"}})
}

// TestWeighingOnesOwnLicence guards ways of weighing a licence for one's own work
// ("pick gpl over mit for our new cli", "a good licence for our user manual", "worth
// putting it under gpl?", "should I change the licence?") and of asking whether a
// setup distributes ("are we then distributing the base layers?").
func TestWeighingOnesOwnLicence(t *testing.T) {
	wantTopics(t, map[string]string{
		"why would we pick gpl over mit for our new cli tool":                                                                      "choose",
		"is the gpl a good licence for our user manual":                                                                            "choose",
		"our helper lib is about 150 lines. worth putting it under gpl?":                                                           "choose",
		"I maintain a small encoder for iOS under the GPL. People say it clashes with the App Store. Should I change the licence?": "choose",
		"we push our image to a public registry. are we then distributing everything in the base layers?":                          "distribution",
		"now we'd like to push ready-made images to a public registry. What could go wrong with publishing the images?":            "distribution",
	})
}

// TestSiteCustomersUse guards a site or portal customers use: a service to them, however
// in-house its code stays.
func TestSiteCustomersUse(t *testing.T) {
	wantReadings(t, []reading{{"Our customer portal runs on Drupal with modules we wrote in-house; nobody outside gets the code, customers just use the website. Must we publish the modules?", "GPL-2.0-or-later", "saas"}})
}

// TestBisonGeneratedParser guards a parser Bison generated: Bison's skeleton under its
// exception, not Bison's own licence.
func TestBisonGeneratedParser(t *testing.T) {
	wantReadings(t, []reading{{"Our closed product contains a parser generated by GNU Bison. Do we have to release our product under the GPL?", "GPL-3.0-or-later WITH Bison-exception-2.2", "distribute"}})
}

// TestCopyleftSetAgainstTheRest guards copyleft weighed against other free software and
// copyleft tools kept beside a product: what copyleft means is the question.
func TestCopyleftSetAgainstTheRest(t *testing.T) {
	wantTopics(t, map[string]string{
		"what's the actual difference between copyleft and non-copyleft free software?":                    "copyleft",
		"is it a problem to have copyleft tools installed on the same machine as our proprietary product?": "copyleft",
	})
}

// TestFrameworkAsVehicle guards a web framework or runtime named beside the licences a
// question is about ("Nuxt pulls in a GPL-licensed library"): the vehicle, not code
// taken in; a licence said plainly as well ("React and friends, all MIT and ISC") stays.
func TestFrameworkAsVehicle(t *testing.T) {
	wantReadings(t, []reading{
		{"Nuxt pulls in a GPL-licensed library. We only use it on our own servers for rendering. Do we have to open our application's source because of it?", "GPL-3.0-only", ""},
		{"Our landing page ships a minified bundle of React and friends, all MIT and ISC. Can we skip the notices?", "MIT AND ISC", ""},
		{"is react ok for our closed app?", "MIT", ""},
	})
}

// TestPossessivePartWithItsLicence guards a project's part named with a possessive and
// its licence ("Font Awesome's icons are CC BY 4.0"): the part under that licence.
func TestPossessivePartWithItsLicence(t *testing.T) {
	wantReadings(t, []reading{{"Font Awesome's icons are CC BY 4.0, fine in our app?", "CC-BY-4.0", "distribute"}})
}

// TestOnlyOrLaterAsked guards a question that weighs a version "only" against "or
// later" ("is that gplv2+ or gplv2 only?"): what "or later" means answers it; asking
// whether one goes into the other stays a compatibility question.
func TestOnlyOrLaterAsked(t *testing.T) {
	wantTopics(t, map[string]string{
		`COPYING in our package is gplv2 but no source file says "or any later version". is that gplv2+ or gplv2 only?`: "orlater",
		"is doxygen gpl-2.0 only or gpl-2.0+? cant find 'any later version' anywhere":                                   "orlater",
		"is gpl 2.0 or later compatible with gpl 2.0 only?":                                                             "",
		// No "or later" said, and whether that makes it "only" asked.
		`our source headers just say gpl v2, no "or later" anywhere. so is it gpl-2.0-only?`: "orlater",
		"the files say gplv2 without the or later bit. does that make it v2 only?":           "orlater",
		"our app has no gpl code, only mit. is it mit only?":                                 "",
	})
}

// TestExceptionsBySPDXName guards an exception named in words by its SPDX name, not only
// those the hand-made names know: with a noun between the licence and the exception,
// and in the version that goes with the licence's ("GPLv2 with the GCC exception" is
// GCC-exception-2.0, and so is "gpl2 with a runtime exception").
func TestExceptionsBySPDXName(t *testing.T) {
	wantReadings(t, []reading{
		{"the library is GPLv2 with the FreeRTOS exception, can we use it in closed firmware?", "GPL-2.0-only WITH freertos-exception-2.0", "distribute"},
		{"u-boot is gpl2 with the u-boot exception; can we ship a proprietary bootloader image?", "GPL-2.0-or-later WITH u-boot-exception-2.0", "distribute"},
		{"can we ship a GPLv3 program with the autoconf exception in our product?", "GPL-3.0-only WITH Autoconf-exception-3.0", "distribute"},
		{"is GPLv2 with the GCC exception ok to link statically?", "GPL-2.0-only WITH GCC-exception-2.0", "static_link"},
		{"is GPLv3 with the GCC runtime library exception ok to link statically?", "GPL-3.0-only WITH GCC-exception-3.1", "static_link"},
		{"GPL-2.0 with the classpath exception in our app?", "GPL-2.0-only WITH Classpath-exception-2.0", "distribute"},
		// An exception named loosely, said of a licence of another version than its
		// usual one, is its family's exception for that version.
		{"our library is gpl2 with a runtime exception. can we ship it in our closed app?", "GPL-2.0-only WITH GCC-exception-2.0", "distribute"},
		{"can we ship a GPLv2 program with the autoconf exception in our product?", "GPL-2.0-only WITH Autoconf-exception-2.0", "distribute"},
		// Qt's own name for its exception, after "plus this" and in quotes.
		{"qt 4 is lgpl 2.1 plus this 'lgpl exception 1.1'. can we link it statically?", "LGPL-2.1-only WITH Qt-LGPL-exception-1.1", "static_link"},
		{"is lgpl 2.1 with the lgpl exception ok for static linking?", "LGPL-2.1-only WITH Qt-LGPL-exception-1.1", "static_link"},
	})
	for words, want := range map[string]int{"OpenSSL": 6, "GStreamer": 2, "FreeRTOS": 1, "no such": 0} {
		if got := ExceptionsNamed(words); len(got) != want {
			t.Errorf("ExceptionsNamed(%q) = %q, want %d", words, got, want)
		}
	}
}

// TestTopicAskedOfNamedLicences guards a question whose asking sentence is the topic's
// own ("is that enough credit?", "does that count as distributing it?") about licences
// it names: the topic, with the licences beside it; a sentence that asks what a use may
// do stays a verdict.
func TestTopicAskedOfNamedLicences(t *testing.T) {
	wantTopics(t, map[string]string{
		"we use google's material icons (apache 2) in our app. do we have to credit them on the about screen?":       "attribution",
		"if we hand our modified copy of a gpl tool to an outside contractor, does that count as distributing it?":   "distribution",
		"our site pulls in a gpl'd js library that every visitor's browser downloads. is that 'distributing' it?":    "distribution",
		"is that “distribution” when a contractor gets our patched gplv3 build?":                                     "distribution",
		"we show twemoji in a tv documentary about social media. is a line in the end credits enough credit?":        "attribution",
		"we give customers credit for using our MIT library. can we ship it in our closed app?":                      "",
		"our app bundles an apache 2.0 library and we list it on the about screen. can we ship it in the app store?": "",
	})
}

// TestProjectSaysOfItself guards a project said to say something of itself ("libgit2
// says it is permissively licensed"): its own licence is asked about, unlike a source
// quoted about another licence ("Wikipedia says the EUPL …").
func TestProjectSaysOfItself(t *testing.T) {
	wantReadings(t, []reading{{"libgit2 says it is permissively licensed. can i copy some of its functions into my commercial code?", "GPL-2.0-only WITH GCC-exception-2.0", "distribute"}})
}

// TestLooseVersionOfAProjectsOrLater guards a licence said loosely with a version that a
// named project's "or later" reaches ("bash, coreutils … the GPLv3 of those tools",
// "glibc … enough under the LGPLv3"): the project's licence, said loosely; the asker's
// own licence or another thing's ("a starter theme that ships under GPL v2") stays.
func TestLooseVersionOfAProjectsOrLater(t *testing.T) {
	wantReadings(t, []reading{
		{"Our container image starts FROM debian, so it has bash, coreutils and friends in it, and we add our own proprietary binary on top. A colleague says the GPLv3 of those tools now covers the whole image, including our app. Is that right?", "GPL-3.0-or-later", "distribute"},
		{"Our release binaries are statically linked against whatever glibc the build distro provides. Do we have to ship glibc source with each release, or is a link to the glibc homepage enough under the LGPLv3?", "LGPL-2.1-or-later", "static_link"},
	})
}

// TestLooseVersionBeforeAProject guards the other order: a licence named with its
// version before a project is named is not that project's, even when the project's "or
// later" reaches it ("ofl and gplv3, compatible? … the wordpress guidelines …").
func TestLooseVersionBeforeAProject(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"ofl and gplv3, compatible or not? the wordpress theme guidelines allow ofl fonts": {"OFL-1.1", "GPL-3.0-only"},
	})
}

// TestPublishesAs guards the work's licence said in the third person of the asker's own
// site or project ("our site … publishes all entries as cc0"), but not of someone
// else's shipping ("React, which Facebook ships as BSD").
func TestPublishesAs(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"our directory site copies descriptions and logos from pages that are cc by-sa 4.0 and publishes all entries as cc0. is that ok?": {"CC-BY-SA-4.0", "CC0-1.0"},
	})
}

// TestTopicAskedOfNamedLicencesMore guards more topics asked of licences a question
// names: which version to state, how a licence can be "or later", and switching the
// licence of one's own module named with two words before it.
func TestTopicAskedOfNamedLicencesMore(t *testing.T) {
	wantTopics(t, map[string]string{
		"our readme just says 'licensed under the gnu gpl'. is that enough or do we need to say which version?":     "orlater",
		`license scanner says nvme-cli's COPYING is GPL-2.0-or-later. how can a licence text itself be "or later"?`: "orlater",
		"my react native module is gpl and people say app store devs can't use it, should i switch licence?":        "choose",
		"can we use a GPL-2.0-or-later library in our closed app?":                                                  "",
	})
}

// TestFamilyAndNoLonger guards "the GPL family" beside a licence of it (the family, not
// one more licence), a licence a project will "no longer be" (history), and UIUC as
// the University of Illinois/NCSA licence.
func TestFamilyAndNoLonger(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"we're pulling some 3-clause bsd code into our agpl haskell tool. doesn't the bsd advertising clause clash with the gpl family?": {"BSD-3-Clause", "AGPL-3.0-only"},
	})
	for text, want := range map[string][]string{
		"Elastic announced that new versions will no longer be Apache 2.0 but SSPL. can we keep offering our managed search service?": {"SSPL-1.0"},
		"is the uiuc license permissive?":        {"NCSA"},
		"is MIT compatible with the GPL family?": {"MIT", "GPL-3.0-only"},
	} {
		if q, _ := ParseQuestion(text); !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: licences %q, want %q", text, q.Licenses, want)
		}
	}
}

// TestCommonsClauseAndAddedBans guards the Commons Clause named in a question, and a ban
// on commercial use one would add to a licence: the non-commercial topic; a question
// that only uses a licence named NC stays a verdict.
func TestCommonsClauseAndAddedBans(t *testing.T) {
	wantTopics(t, map[string]string{
		"the lib we want has the 'commons clause' bolted on - no selling the software. we'd only use it inside our paid saas, ok?":                                                                                        "noncommercial",
		"Our research collaboration distributes its radar software toolkit under the GPL. Some of the principal investigators asked whether we can add a rule that it may only be used non-commercially. Can we do that?": "noncommercial",
		"can we use a cc by-nc image in our commercial app?": "",
	})
}

// TestShortNamesWithoutVersion guards SPDX names left too short by taking their version
// off: "app's licence" is no App::s2p, "busybox-w32" no w3m.
func TestShortNamesWithoutVersion(t *testing.T) {
	for _, text := range []string{"This app's licence adds a clause. ok?", "could busybox-w32 pull in applets from schilytools? they're cddl"} {
		if q, _ := ParseQuestion(text); slices.Contains(q.Licenses, "App-s2p") || slices.Contains(q.Licenses, "w3m") {
			t.Errorf("%q: licences %q", text, q.Licenses)
		}
	}
}

// TestFearOfAProjectsLicence guards "does the whole game turn gpl" beside a project one
// of whose licences is of that family (GNU Unifont, OFL or GPL with the font
// exception): the fear of that licence, not one more (the closed game then takes the
// option that asks least, the OFL).
func TestFearOfAProjectsLicence(t *testing.T) {
	wantReadings(t, []reading{{"can i use gnu unifont for the ui text in my closed source game or does the whole game turn gpl", "OFL-1.1", "distribute"}})
}

// TestClosedAppBuiltWith guards the framework of the asker's closed app ("our closed qt
// app") beside the library asked about: the vehicle, not code asked about.
func TestClosedAppBuiltWith(t *testing.T) {
	wantReadings(t, []reading{{"qwt plot widgets statically linked into our closed qt app, fine?", "LGPL-2.1-only WITH Qwt-exception-1.0", "static_link"}})
}

// TestTopicsOfPartsIJ guards what counts as distribution asked of a contractor, a
// missing licences screen, and a model's weights said to be for research only beside
// the licence of its code.
func TestTopicsOfPartsIJ(t *testing.T) {
	wantTopics(t, map[string]string{
		"we have an outside contractor (not an employee) who works on our internal build of an open source tool. does giving them a copy count as distributing it?": "distribution",
		"our android keyboard app uses a pile of open source libraries but has no licences screen anywhere. is that actually a problem?":                            "attribution",
		"mtcnn is mit but the face detection weights were trained on widerface which is research only. can we ship those weights in a paid product?":                "noncommercial",
	})
	if q, _ := ParseQuestion(`store.js package.json says "(MIT OR GPL-3.0)". which licence do we get?`); q.Expression != "(MIT OR GPL-3.0-only)" {
		t.Errorf("written expression with a retired ID read as %q", q.Expression)
	}
}

// TestAskingSentencePointsBack guards an asking sentence that points back to what the
// message said before ("is the package really mit?", "can those files ship …"): the
// licences of the message stay in the question.
func TestAskingSentencePointsBack(t *testing.T) {
	q, _ := ParseQuestion("netclustering npm package says mit but the main js file has a gpl header from the original author. is the package really mit?")
	if !slices.Contains(q.Licenses, "GPL-3.0-only") {
		t.Errorf("licences %q, want the GPL header's kept", q.Licenses)
	}
}

// TestOwnTeamIsInternal guards installing a tool "for our own team": internal use, and
// no employer's claim; "does my day job own that code" stays the employer topic.
func TestOwnTeamIsInternal(t *testing.T) {
	wantReadings(t, []reading{{"clearml server is sspl. can our company install it for our own ml team or is that a problem", "SSPL-1.0", "internal"}})
	wantTopics(t, map[string]string{
		"clearml server is sspl. can our company install it for our own ml team or is that a problem": "",
		"building a startup at night while still employed, does my day job own that code":             "employer",
	})
}

// TestPrintIsDistribution guards print as a copy handed out, and a use asked on the
// condition of credit ("… if we credit them?"): the verdict, not the attribution topic.
func TestPrintIsDistribution(t *testing.T) {
	wantReadings(t, []reading{
		{"want to print a few noto emoji svgs on a paper flyer. the svgs are apache 2.0 — do i really have to print the licence on the flyer?", "Apache-2.0", "distribute"},
		{"can we use twemoji graphics in a commercial printed book if we credit them and the cc-by licence next to the images?", "CC-BY-4.0", "distribute"},
	})
	wantTopics(t, map[string]string{"can we use twemoji graphics in a commercial printed book if we credit them and the cc-by licence next to the images?": ""})
}

// TestReachOfTheLicenceWithNotices: a sentence that asks whether the licence reaches the
// asker's whole work, and what notices it needs, is the verdict for the use (its
// obligations name the notices), not the attribution topic.
func TestReachOfTheLicenceWithNotices(t *testing.T) {
	q := "The Chromecast Cordova plugin we want to use in a closed-source mobile app is dual-licensed, GPL or MPL. If we take it under the MPL, do we have to publish our whole app, and what notices do we need?"
	wantReadings(t, []reading{{q, "GPL-3.0-only OR MPL-2.0", "mobile"}})
	wantTopics(t, map[string]string{
		q: "",
		"we ship an MIT library in our app. what notices do we need?": "attribution",
	})
}

// TestChoosingOwnLicenceMore guards more ways of weighing the licence of one's own
// project: "thinking of agpl for a side project", "my repo never had a licence".
func TestChoosingOwnLicenceMore(t *testing.T) {
	wantTopics(t, map[string]string{
		"thinking of agpl for a side project that might become a business someday. bad idea?": "choose",
		"my repo never had a licence and a few people sent commits. can i just add mit now?":  "choose",
	})
}

// TestKernelImagesPosted guards the kernel named by its images or a vendor's build, and
// prebuilt binaries posted or uploaded as distribution, also when "prebuilt" is part of
// the name the kernel is read by ("prebuilt kernel").
func TestKernelImagesPosted(t *testing.T) {
	wantReadings(t, []reading{
		{"i post prebuilt kernel images for my phone on github. do i really have to put the source up too?", "GPL-2.0-only", "distribute"},
		{"our repo only has prebuilt kernel + modules. is a link to the kernel git tree enough for the gpl", "GPL-2.0-only", "distribute"},
		{"our repo has kernel binaries for the board. do we owe the source?", "GPL-2.0-only", "distribute"},
	})
}

// TestRecolourIsModifying guards recolouring, remixing or altering a work as modifying it.
func TestRecolourIsModifying(t *testing.T) {
	wantReadings(t, []reading{{"can i recolor a twemoji and use it in my company logo?", "CC-BY-4.0", "modify"}})
}

// TestCallingIntoALibrary guards a library called from the asker's program ("just call
// it from my closed app", "calls WordPress functions throughout"): linked at run time.
func TestCallingIntoALibrary(t *testing.T) {
	wantReadings(t, []reading{
		{"if i don't touch the gpl library and just call it from my closed source app that i sell, is that fine", "GPL-3.0-only", "dynamic_link"},
		{"We wrote a premium WordPress plugin that calls WordPress functions throughout, and we want to sell it under our own closed licence. WordPress is GPLv2. Must the plugin be GPL?", "GPL-2.0-or-later", "dynamic_link"},
	})
}

// TestLinkedIntoFirmware guards code linked into a firmware image or a single binary:
// linked statically.
func TestLinkedIntoFirmware(t *testing.T) {
	wantReadings(t, []reading{{"we compile our closed firmware with gcc and libgcc gets linked in, problem?", "GPL-3.0-or-later WITH GCC-exception-3.1", "static_link"}})
}

// TestTopicsAfterPartsMN guards "or later" asked of a licence a notice names ("is that
// just gplv3-or-later?"), how to credit a library, and what counts as "supplying"
// software; a message about a CLA keeps that topic even when its last sentence is about
// "or later".
func TestTopicsAfterPartsMN(t *testing.T) {
	wantTopics(t, map[string]string{
		`my kde app's headers say "gpl version 3 or any later version accepted by the membership of kde e.v.". is that just gplv3-or-later?`: "orlater",
		"used showcaseview in my android app, how do i credit it properly in settings":                                                       "attribution",
		`if we only deliver software to customers as a cloud service, does that count as "supplying" it for open source compliance purposes`: "distribution",
		"ojs started requiring a cla mostly so they can go from gpl2 to gpl3. couldn't they just ask for contributions as gpl2-or-later?":    "cla",
	})
}

// TestAnyChanceOfIsAProposal guards a licence asked for as a replacement ("any chance
// of mit, or am i stuck?"): a proposal, not what the question is about.
func TestAnyChanceOfIsAProposal(t *testing.T) {
	wantReadings(t, []reading{
		{"libconfini is gplv3 and i want it in a commercial embedded product, dynamically linked into closed code. any chance of mit, or am i stuck", "GPL-3.0-only", "dynamic_link"},
		{"matrix-corporal is agpl, which as i understand it makes it unusable for an internal corporate deployment. any chance of gplv3 or apache?", "AGPL-3.0-only", "internal"},
	})
}

// TestFrontEndCodeOnASite guards front-end libraries and web fonts used on a site: every
// visitor's browser downloads them, so they are distributed, as JavaScript served to
// browsers is; a library on the server stays a service.
func TestFrontEndCodeOnASite(t *testing.T) {
	wantReadings(t, []reading{
		{"can i use mit licensed jquery plugins on my commercial website", "MIT", "distribute"},
		{"can we use this gpl js library on our company website?", "GPL-3.0-only", "distribute"},
		{"our website uses a gpl php library on the server. do we have to publish the site code?", "GPL-3.0-only", "saas"},
		{"can we use a GPL font on our website?", "GPL-3.0-only", "distribute"},
		{"is the OFL ok for the fonts on our site?", "OFL-1.1", "distribute"},
	})
}

// TestUsesAfterPartsOP guards a program kept to oneself ("never given to anyone"), a
// program run for its output ("run it and parse the output": a separate program, not
// linked), and plug-ins a host dlopens.
func TestUsesAfterPartsOP(t *testing.T) {
	wantReadings(t, []reading{
		{"hobby firmware for my own esp8266 boards uses a gplv2 pwm driver, never given to anyone. do i have to publish my code?", "GPL-2.0-only", "internal"},
		{"our build system bundles ffmpeg into the installer we ship to customers. ok?", "LGPL-2.1-or-later", "distribute"},
		{"My closed tool would run a small GPL script and parse the output instead of importing the library. Is that OK?", "GPL-3.0-only", "distribute"},
		{"The input server is LGPL. Its input methods are plugins that it dlopens and calls through function pointers, and one is binary-only. Can that plugin be distributed alongside it?", "LGPL-3.0-only", "dynamic_link"},
	})
}

// TestClusterIsWhereProgramsRun guards Kubernetes named as where the programs asked
// about run ("on our Kubernetes nodes"): not the asker's work's licence nor code taken
// in; asked about alone, it is read as itself.
func TestClusterIsWhereProgramsRun(t *testing.T) {
	wantReadings(t, []reading{
		{"Our software stores documents through an S3-compatible API, and we want to run an unmodified MinIO next to it on our Kubernetes nodes. Do we have to open-source our own application?", "AGPL-3.0-or-later", "saas"},
		{"can we modify kubernetes and ship it to customers?", "Apache-2.0", "distribute"},
	})
}

// TestRevisionLetterLeftOut guards a version said without the revision letter SPDX gives
// it ("LPPL 1.3" for 1.3a and 1.3c): the latest revision, not version 1.0.
func TestRevisionLetterLeftOut(t *testing.T) {
	for _, text := range []string{"is LPPL-1.3 ok for us?", "under lppl 1.3, can we modify the package?", "is lppl v1.3 ok?"} {
		if got := FindLicenses(text); !slices.Equal(got, []string{"LPPL-1.3c"}) {
			t.Errorf("%q: %q, want LPPL-1.3c", text, got)
		}
	}
	if got := FindLicenses("is lppl 1.3a ok?"); !slices.Equal(got, []string{"LPPL-1.3a"}) {
		t.Errorf("lppl 1.3a: %q", got)
	}
}

// TestKernelModuleTags guards the kernel's MODULE_LICENSE tags: "Dual BSD/GPL" is a
// choice of a BSD licence or GPL version 2, and EXPORT_SYMBOL_GPL names the kernel.
func TestKernelModuleTags(t *testing.T) {
	if q, ok := ParseQuestion("the driver says MODULE_LICENSE Dual BSD/GPL. what licence is that?"); !ok || q.Expression != "BSD-3-Clause OR GPL-2.0-only" {
		t.Errorf("Dual BSD/GPL: %q", q.Expression)
	}
	// The tag said in a sentence of its own is what the question is about, not its
	// setting: copying the driver into FreeBSD keeps it.
	if q, ok := ParseQuestion("the driver is Dual BSD/GPL. can we copy it into freebsd?"); !ok || !slices.Contains(q.Licenses, "BSD-3-Clause OR GPL-2.0-only") {
		t.Errorf("Dual BSD/GPL into FreeBSD: %q", q.Licenses)
	}
	if q, ok := ParseQuestion("our gpu driver is a binary blob. can it reach the functions that are EXPORT_SYMBOL_GPL through a small shim module?"); !ok || q.Expression != "GPL-2.0-only" {
		t.Errorf("EXPORT_SYMBOL_GPL: %q", q.Expression)
	}
}

// TestTopicsAfterPartsOP guards taking back or implying "or later"; a licence text carried per package or a NOTICE file for images; showing
// the licences of an app's libraries; selling binaries only and sending buyers elsewhere
// for the sources; signing over all rights to a hackathon's organisers; and an
// employer's clause on work "related to the company's business".
func TestTopicsAfterPartsOP(t *testing.T) {
	wantTopics(t, map[string]string{
		`if I release under "gplv2 or any later version" and the fsf one day publishes a terrible gpl version, can i take back the "or later" part?`:                "orlater",
		`does plain 'gpl v2' automatically include 'or any later version'? and what if a file just says gpl with no number`:                                         "orlater",
		"does every package in a linux distribution have to carry its own full copy of the gpl text, or is one shared copy enough?":                                 "attribution",
		"we're an apache incubator project and now publish kubernetes docker images. do the images need their own NOTICE-binary file?":                              "attribution",
		"our mobile app is built on a pile of open source libraries. do we actually have to show their licences somewhere in the app?":                              "attribution",
		"We want to sell CD images built from Debian, binaries only. Can we just tell buyers to fetch the sources from Debian's FTP servers?":                       "distribution",
		"hackathon makes everyone sign over all ip in what we build to the organisers. normal? what would a reasonable version look like":                           "cla",
		"our company writes c++ windows software for banks. if i write a minesweeper game in c++ at home, does 'related to the company's business' make it theirs?": "employer",
	})
}

// TestProjectCodeGoesInto guards a project named as where code goes ("our MIT library
// … into the linux kernel"): the project is the work, not code taken in.
func TestProjectCodeGoesInto(t *testing.T) {
	q, ok := ParseQuestion("we want our mit library to go into the linux kernel. ok?")
	if !ok || q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != "MIT" || q.Work != "GPL-2.0-only" {
		t.Errorf("into the kernel: kind %d %q work %q", q.Kind, q.Licenses, q.Work)
	}
}

// TestBundlerBesideWhatItBundles guards a build tool named beside what it puts into a
// file served to browsers: the bundled code is asked about, not the tool.
func TestBundlerBesideWhatItBundles(t *testing.T) {
	q, ok := ParseQuestion("Our frontend build uses esbuild, which pulls an LGPL npm dependency into the single JS file we serve. What do we owe?")
	if !ok || q.Expression != "LGPL-3.0-only" {
		t.Errorf("esbuild: %q use %q", q.Expression, q.Use)
	}
}

// TestWidelyNamedProjects guards a few of the projects added from their published
// licences: ZFS, a crate dual-licensed with the Unlicense, and a font with its exception.
func TestWidelyNamedProjects(t *testing.T) {
	wantReadings(t, []reading{
		{"can we ship zfs in our appliance?", "CDDL-1.0", ""},
		{"can we use the byteorder crate in our closed product?", "Unlicense OR MIT", ""},
		{"can we embed gnu freefont in the pdfs our service makes?", "GPL-3.0-or-later WITH Font-exception-2.0", ""},
	})
}

// TestGNULicenceWithNoVersion guards a GNU licence said to give no version ("just says
// GPL, no version anywhere"): any version ever published, as the licences themselves
// say of a program that names none; said bare without that, the usual reading stays.
func TestGNULicenceWithNoVersion(t *testing.T) {
	wantReadings(t, []reading{
		{`packaging quotatool. it just says "GPL" everywhere, no version anywhere. what do I put as the spdx license?`, "GPL-1.0-or-later", ""},
		{"the readme says lgpl but doesn't say which version. can we link it?", "LGPL-2.0-or-later", ""},
		{"can we use this gpl library?", "GPL-3.0-only", ""},
	})
	// Said so, it stays any version when another version is named after it for other
	// code; versions offered to choose from are still what it will be.
	wantCompatibility(t, map[string][]string{
		"tool just says 'released under the gnu gpl', no version, and it links readline (gpl3+). violation?": {"GPL-3.0-or-later", "GPL-1.0-or-later"},
	})
	wantReadings(t, []reading{
		{"our readme just says gpl with no version. should we pick v2-or-later or v3-or-later?", "GPL-2.0-or-later OR GPL-3.0-or-later", "distribute"},
	})
}

// TestTopicsAfterPartsQR guards a future "GPL v4" asked of an "or later" notice and a
// NOTICE file's contents, whatever else the question names.
func TestTopicsAfterPartsQR(t *testing.T) {
	wantTopics(t, map[string]string{
		`our deps are "gplv3 or later". if the fsf put out a gplv4 that was basically MIT, could we just use them under that?`: "orlater",
		"which upstream projects actually belong in our NOTICE file? we listed pretty much every dependency":                   "attribution",
	})
}

// TestReadingsAfterPartsQR guards a licence said of a noun a word or two on ("our
// MIT-licensed fediverse server" is the asker's work), an asking sentence that points
// back at what came before ("doesn't that pull …", "use it in our …"), an Arduino sketch
// (compiled with the core into one image), a game for a phone (a mobile app) and an
// app customers use over the web (a service).
func TestReadingsAfterPartsQR(t *testing.T) {
	q, ok := ParseQuestion("bonfire's activity_pub library is AGPL. can we use it in our MIT-licensed fediverse server?")
	if !ok || q.Kind != AskCompatibility || q.Work != "MIT" || len(q.Licenses) != 2 || q.Licenses[0] != "AGPL-3.0-only" {
		t.Errorf("bonfire: kind %d %q work %q", q.Kind, q.Licenses, q.Work)
	}
	wantReadings(t, []reading{
		{"Faker is MIT and a lot of companies use it in their test suites. A new release added a hard dependency on Unidecode, which is GPL. Doesn't that pull every project using Faker into GPL territory?", "MIT AND GPL-3.0-only", "distribute"},
		{"selling a product with an arduino inside running our sketch. does the lgpl arduino core force us to open our code?", "LGPL-2.1-or-later", "static_link"},
		{"Our closed-source Android game bundles openal-soft, which is LGPL, as a separate .so loaded at runtime. Are we still meeting the LGPL?", "LGPL-2.0-or-later", "mobile"},
		{"We want HexaPDF for PDF generation in our closed-source Rails app that customers use over the web. It is AGPL. Can we do that without buying a licence?", "AGPL-3.0-only", "saas"},
	})
}

// TestWeightsAndWeighing guards whether a code licence covers the trained weights, asked
// for commercial use (terms against commercial use are the question), and what to weigh
// when picking one licence for several packages (choosing).
func TestWeightsAndWeighing(t *testing.T) {
	wantTopics(t, map[string]string{
		"We'd like to run LayoutLMv3 from Microsoft's unilm repo inside a product we charge for. The repository has a normal open source licence file for the code. Does that also cover the pretrained checkpoints, or is there a catch for commercial use?": "noncommercial",
		"One library ended up under MIT and the server package under the GPL, and we want every package on the same licence. I lean toward GPL for all of them, but what should we weigh before picking?":                                                     "choose",
	})
}

// TestLicenceSaidAfterTheQuestion guards a licence said after the sentence that asks
// ("can we use lanterna in Apache HBase? lanterna is LGPL 3"), and one the asking sentence
// points back at ("… can we use it in Apache HBase?"): both stay in the question.
func TestLicenceSaidAfterTheQuestion(t *testing.T) {
	for _, text := range []string{"can we use lanterna in apache hbase? lanterna is lgpl 3", "lanterna is lgpl 3. can we use it in apache hbase?"} {
		if q, ok := ParseQuestion(text); !ok || !slices.Contains(q.Licenses, "LGPL-3.0-only") {
			t.Errorf("%q: %q", text, q.Licenses)
		}
	}
}

// TestOnlyAgainstOrLater guards a question weighing a licence's "only" against its "or
// later" form, or why one would add "or later": the or-later topic; code of one going
// into a work of the other stays a compatibility question.
func TestOnlyAgainstOrLater(t *testing.T) {
	wantTopics(t, map[string]string{
		"our readme just says gpl v3. what's the actual difference between gpl-3.0-only and gpl-3.0-or-later, and should we state one?": "orlater",
		`why would i put "or later" on my gplv3 tool? i don't want people using some future licence i haven't read`:                     "orlater",
	})
	if q, ok := ParseQuestion("can gpl-2.0-only code go into a gpl-3.0-or-later project?"); !ok || q.Topic != "" || q.Kind != AskCompatibility {
		t.Errorf("only code into an or-later work: topic %q kind %d", q.Topic, q.Kind)
	}
}

// TestOthersTookOurPermissiveCode guards what others may do with the asker's permissive
// code ("someone cloned our MIT repo … is that legal?") and whether a permissive notice
// makes it viral: what a permissive licence allows; code taken into the asker's MIT
// repository stays a compatibility question.
func TestOthersTookOurPermissiveCode(t *testing.T) {
	wantTopics(t, map[string]string{
		"someone cloned our mit-licensed repo, swapped in their own licence and now sells the code on their website. is that legal?":  "permissive",
		"the mit licence says the notice must go in all copies, so doesn't that make it viral like the gpl, forcing my changes open?": "permissive",
	})
	if q, ok := ParseQuestion("someone copied a function from ansible into our mit repo, is that a problem?"); !ok || q.Topic != "" || q.Kind != AskCompatibility {
		t.Errorf("code copied into our repo: topic %q kind %d", q.Topic, q.Kind)
	}
}

// TestTwoLicencesStatedAsOnes guards two licences given together as one thing's licence
// ("the licence file says it is MIT and Apache 2.0", "says 'GPLv2 & MIT'"): a choice,
// said so; licences of different things or parts ("the code is MIT and the docs are
// CC-BY", "our app is MIT and uses a GPL library") stay required together, and so do two
// a question asks of ("are agpl and gplv2 compatible?").
func TestTwoLicencesStatedAsOnes(t *testing.T) {
	for text, want := range map[string]string{
		"The atproto licence file says it is MIT and Apache 2.0. Can we keep the code?":                             "MIT OR Apache-2.0",
		`ua-parser-js says it's "GPLv2 & MIT". so does react/fbjs, which pulls it in, have to carry both licences?`: "GPL-2.0-only OR MIT",
		"the code is MIT and the docs are CC-BY. ok?":                                                               "MIT AND CC-BY-4.0",
		"our app is MIT and uses a GPL library":                                                                     "MIT AND GPL-3.0-only",
		// A question opened by "are" or "is" asks of the two, not one thing's licence.
		"are epl 1.0 and eupl 1.1 compatible? our report claims it and a reviewer wants proof": "EPL-1.0 AND EUPL-1.1",
		"Our firmware embeds the mongoose web server under its GPLv2 option and links OpenSSL for TLS. We ship the binary to customers. Is the GPLv2 and OpenSSL combination ok, and would the mongoose maintainers add an OpenSSL linking exception?": "GPL-2.0-only AND OpenSSL",
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Expression != want {
			t.Errorf("%q: %q, want %q", text, q.Expression, want)
		}
		if strings.Contains(want, " OR ") && !slices.ContainsFunc(q.Assumed, func(a Assumption) bool { return a.Why == statedChoice }) {
			t.Errorf("%q: the answer does not say it read a choice: %v", text, q.Assumed)
		}
	}
}

// TestTopicsAfterPartsST guards dropped licence files and where credits go
// (attribution), "viral" and what a copyleft licence reaches (copyleft), leaving out "or
// later", a licence "for non-commercial use", putting one's work under a licence and
// asking if it is wise (choosing), and what a university owns (the employer's claim);
// asking whether a licence is needed to use something stays a licence question.
func TestTopicsAfterPartsST(t *testing.T) {
	wantTopics(t, map[string]string{
		"our npm package bundles all its dependencies into one js file but drops their licence files. is that a problem?":                                                                                             "attribution",
		"what makes a licence 'viral', and are the weaker library-style copyleft licences viral too?":                                                                                                                 "copyleft",
		"why would anyone leave out the 'or any later version' bit? what's the actual risk of keeping it":                                                                                                             "orlater",
		`We released our jQuery plugin as "GPLv3 for non-commercial, personal or open source use" and sell a commercial licence to anyone making money with it. Someone says that licence is broken. Are they right?`: "noncommercial",
		"we put our app's source under a creative commons licence. bad idea?":                                                                                                                                         "choose",
		"I'm writing thesis code for RIOT at a university lab, unpaid, and I put my own name in the copyright lines. A reviewer asked whether the university actually owns it. Who holds the copyright?":              "employer",
	})
	if q, _ := ParseQuestion("do we need a licence to use this font commercially?"); q.Topic == "choose" {
		t.Error("needing a licence to use something read as choosing one")
	}
}

// TestUsesAfterPartsST guards a program run as a hosted service (a service, whatever the
// message says of never distributing it), tools used on work machines (internal),
// printed and PDF copies handed out (distributed) and a library linked into the binary
// (statically).
func TestUsesAfterPartsST(t *testing.T) {
	wantReadings(t, []reading{
		{"The spreadsheet gem we use is GPLv3. We never distribute our app; it only runs as a hosted service. Do we need a commercial licence?", "GPL-3.0-only", "saas"},
		{"can our company use sharex (gpl v3) on work machines? any restrictions for commercial use?", "GPL-3.0-only", "internal"},
		{"we want to hand out printed and pdf copies of a gpl book. what do we need?", "GPL-3.0-only", "distribute"},
		{"our closed go service depends on golang-lru (mpl). go links it into the binary, is that ok", "MPL-2.0", "static_link"},
	})
}

// TestBothOrOne guards whether licences given together are all required or a choice
// ("do users get both or pick one?", "for our sbom, is that AND or OR?"): what they
// mean as one expression is the question; and "or later" a project's files add to its
// one GNU licence ("COPYING is plain gplv2 but the headers say 'or later'").
func TestBothOrOne(t *testing.T) {
	wantProfileOf(t, map[string]string{
		"sourcecred moved to mit + apache 2. do users get both or pick one?":                                                               "MIT OR Apache-2.0",
		`the buck2 prelude headers say "licensed under both the MIT license ... and the Apache License". for our sbom, is that AND or OR?`: "MIT OR Apache-2.0",
		// Whether one option may be dropped asks what the choice means.
		"the library came under both MIT and Apache 2.0. Is a fork allowed to drop one of the two licences?": "MIT OR Apache-2.0",
	})
	if got := FindLicenses(`dash-to-panel's COPYING is plain gplv2 but the headers say "or later". which one is it?`); !slices.Equal(got, []string{"GPL-2.0-or-later"}) {
		t.Errorf("headers say or later: %q", got)
	}
	if got := FindLicenses("code says gpl v2 but theres no 'or any later version' line. ok?"); !slices.Equal(got, []string{"GPL-2.0-only"}) {
		t.Errorf("no or-later line: %q", got)
	}
}

// TestTranslationsAndResources guards a translation or a port (a changed version,
// whoever it is then given to) and icons compiled into an executable as resources
// (linked statically).
func TestTranslationsAndResources(t *testing.T) {
	wantReadings(t, []reading{
		{"git from the bottom up is cc by-nd. am i allowed to publish a russian translation of it?", "CC-BY-ND-4.0", "modify"},
		{"can a closed-source app compile these lgpl icons into the exe as embedded resources?", "LGPL-3.0-only", "static_link"},
	})
}

// TestAskingSentenceWithoutItsUse guards a long message whose asking sentence names one
// licence without a use ("… ship a product that runs a stock yolov8 model with opencv …
// does agpl make us open source the whole thing"): the licence it names, with the use the
// message gave.
func TestAskingSentenceWithoutItsUse(t *testing.T) {
	wantReadings(t, []reading{{"we'd ship a commercial product that just runs a stock yolov8 model with opencv, no changes to ultralytics code. does agpl make us open source the whole thing", "AGPL-3.0-only", "distribute"}})
}

// TestGPLSaidBare guards a GNU licence a file "just says", with nothing after it: any
// version ever published; and the "font embedding exception" as the GPL's font exception.
func TestGPLSaidBare(t *testing.T) {
	wantReadings(t, []reading{
		{`the htu21d arduino lib just says "gnu gpl" in the header. does my sketch have to be gpl too?`, "GPL-1.0-or-later", ""},
		{"the readme just says gpl v3. ok?", "GPL-3.0-only", ""},
		{"the lib says gpl. can we use it?", "GPL-3.0-only", ""},
		{"gnu unifont is ofl 1.1 or gpl2+ with the font embedding exception. which applies?", "OFL-1.1 OR GPL-2.0-or-later WITH Font-exception-2.0", ""},
	})
}

// TestTopicsAfterPartsUV guards a choice of licences "or just" one for one's own
// release (choosing), whether handing software over "is any of that distribution", and
// what "version 1 or later" of a licence covers.
func TestTopicsAfterPartsUV(t *testing.T) {
	wantTopics(t, map[string]string{
		"we're publishing a typeface. gpl with the font exception, or just ofl?": "choose",
		"We're a contractor installing our own software on a client's servers, and we'd also hand them a zip of everything for their laptops. Is any of that distribution, as long as the laptops belong to the client?": "distribution",
		`if a project says "version 1 or later" of some licence and versions 1-3 exist, is it under all three?`:                                                                                                          "orlater",
	})
}

// TestOtherLicenceOption guards a project under a choice of licences, one of which the
// question names, asked for another option ("dompurify is mpl 2.0. any other licence
// option?"): the project's whole choice; asked about the one named, that one.
func TestOtherLicenceOption(t *testing.T) {
	wantReadings(t, []reading{
		{"our legal team is wary of dompurify because it's mpl 2.0. any other licence option?", "MPL-2.0 OR Apache-2.0", ""},
		{"Qt under the LGPL edition, is it enough for our closed app?", "LGPL-3.0-only", ""},
	})
}

// TestGPLAnyVersionAndAnyChance guards "the GPL, any version" (any version ever
// published) against "gpl, any chance of …", which says nothing of the version.
func TestGPLAnyVersionAndAnyChance(t *testing.T) {
	for text, want := range map[string]string{
		"licensed under the gpl, any version":                                                  "GPL-1.0-or-later",
		"jwiki is gpl, any chance of a classpath exception so we can use it in internal tools": "GPL-3.0-only",
	} {
		if got := FindLicenses(text); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// TestTopicsAfterPartsWX guards a patch posted to a mailing list (contributing), what
// counts as commercial use under a non-commercial licence, which bundled licences must
// be installed, and mentioning a library's licence (attribution).
func TestTopicsAfterPartsWX(t *testing.T) {
	wantTopics(t, map[string]string{
		"i posted a patch to a project's mailing list, not merged yet. what licence is it under meanwhile":                      "contribute",
		"does a blog with ads count as commercial use under cc by-nc":                                                           "noncommercial",
		"packaging electron for a linux distro. which of its bundled third-party licences do we have to install along with it?": "attribution",
		"our windows build ships the ffmpeg dlls next to our tool. do we need to mention ffmpeg's licence anywhere?":            "attribution",
	})
	for _, text := range []string{"which licences need approval?", "which licences are allowed for saas?"} {
		if got := TopicOf(text); got != "" {
			t.Errorf("%q, a question about the policy, read as the %s topic", text, got)
		}
	}
}

// TestConflictAsksCompatibility guards "conflict" and "clash" said of two licences: the
// question is whether one may go into the other, as with "incompatible".
func TestConflictAsksCompatibility(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"sharp is Apache 2.0 but the libvips underneath it is LGPL. is that a licence conflict for sharp or for us using it?": {"LGPL-2.1-or-later", "Apache-2.0"}, // the layer under sharp goes into it
		"our lib is mit and pulls in a gplv3 package. do those licences clash?":                                               {"GPL-3.0-only", "MIT"},
	})
}

// TestExceptionNamedAlone guards an exception named without any licence: it is read
// with the licence its text is written for, and the answer says so.
func TestExceptionNamedAlone(t *testing.T) {
	for text, want := range map[string]string{
		"what does the classpath exception on the java libs actually mean for my code": "GPL-2.0-only WITH Classpath-exception-2.0",
		"what does the llvm exception mean?":                                           "Apache-2.0 WITH LLVM-exception",
		"does the gcc runtime library exception let us ship closed binaries?":          "GPL-3.0-or-later WITH GCC-exception-3.1",
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Expression != want || !slices.ContainsFunc(q.Assumed, func(a Assumption) bool { return a.Why == exceptionAlone }) {
			t.Errorf("%q: expression %q, assumed %+v; want %s, said to be read so", text, q.Expression, q.Assumed, want)
		}
	}
	if q, _ := ParseQuestion("is llvm ok for our app?"); q.Expression != "Apache-2.0 WITH LLVM-exception" || len(q.Assumed) != 0 {
		t.Errorf("the LLVM project: %q %+v", q.Expression, q.Assumed)
	}
}

// TestSameLicenceIntoAWork guards one licence named twice with "into": it is a question
// of code going into a work under the same licence only when the second mention is where
// the code goes ("gpl code into a gpl project"), not when something else is put into
// something ("clone dub into a public github repo because it's agplv3").
func TestSameLicenceIntoAWork(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"can gpl code go into a gpl project?":                    {"GPL-3.0-only", "GPL-3.0-only"},
		"we want to put this gplv3 code into our gplv3 app, ok?": {"GPL-3.0-only", "GPL-3.0-only"},
	})
	if q, _ := ParseQuestion("the self-hosting docs say we must clone dub into a public github repo because it's agplv3. does the agpl really require a public repo?"); q.Kind == AskCompatibility {
		t.Errorf("kind %d licences %q, want what the AGPL asks", q.Kind, q.Licenses)
	}
}

// TestLicenceForANewKindOfProject guards choosing said of a kind of project rather than
// the asker's own: "is lgpl3 a sensible licence for a go library?" weighs a licence to
// release a library under.
func TestLicenceForANewKindOfProject(t *testing.T) {
	wantTopics(t, map[string]string{
		"is lgpl3 a sensible licence for a go library given go links everything statically?": "choose",
		"is apache 2.0 the right licence for a python package?":                              "choose",
	})
}

// TestDocumentationAndSourceAvailableNames guards names typed in lower case that had no
// alias: the GNU FDL ("gfdl", "gnu fdl", "the gnu free documentation license", each
// version, or later) and the Functional Source License said in words ("free
// documentation" stays words: TestOrdinaryWords).
func TestDocumentationAndSourceAvailableNames(t *testing.T) {
	wantReadings(t, []reading{
		{"is the gfdl ok for our docs?", "GFDL-1.3-only", ""},
		{"is the gnu fdl 1.2 or later a problem for our manual?", "GFDL-1.2-or-later", ""},
		{"the manual is under the gnu free documentation license, no version anywhere. can we reuse it?", "GFDL-1.1-or-later", ""},
		{"why does the functional source license forbid commercial education?", "FSL-1.1-MIT", ""},
	})
}

// TestWorkThatShipsAnother guards a work said to ship something under another licence
// ("package is mit but ships public_suffix_list.dat which is mpl 2.0"): the work takes
// that in.
func TestWorkThatShipsAnother(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"fossa flags php-domain-parser: package is mit but ships public_suffix_list.dat which is mpl 2.0. real problem?": {"MPL-2.0", "MIT"},
	})
}

// TestWorkToBecome guards the licence a work is said it should become ("Our repo is
// GPLv2 … We'd like it to be Apache 2.0"): the work's, with the code under the old one
// going into it.
func TestWorkToBecome(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"Our small repo is GPLv2 but it's really just config files and a few scripts. We'd like it to be Apache 2.0 so companies worry less about using it. Can we simply replace the licence file?": {"GPL-2.0-only", "Apache-2.0"},
		"scummc code is gpl2 or later, can my hard fork just go gpl3":                      {"GPL-2.0-or-later", "GPL-3.0-only"},
		"we're moving our mit library to apache 2.0, fine?":                                {"MIT", "Apache-2.0"},
		"can we change our gpl-2.0 tool to mit?":                                           {"GPL-2.0-only", "MIT"},
		"spotted a repo redistributing the fira code font under gpl-3.0. is that allowed?": {"OFL-1.1", "GPL-3.0-only"},
	})
}

// TestLooseNameOfAnExceptionsLicence guards a licence said loosely after a project that
// carries it with an exception ("an autoconf-generated configure script … drag gplv3
// in?"): the same licence, with its exception, not one more.
func TestLooseNameOfAnExceptionsLicence(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"our bsd-licensed tarball ships an autoconf-generated configure script. does that drag gplv3 into the release?": {"GPL-3.0-or-later WITH Autoconf-exception-3.0", "BSD-3-Clause"},
	})
}

// TestWhatGoesInTheCredit guards asking what to write in a credit or notice: the
// attribution topic, with or without a licence named.
func TestWhatGoesInTheCredit(t *testing.T) {
	wantTopics(t, map[string]string{
		"marketing wants to use a few creative commons photos on our site. what exactly do we have to put in the credit": "attribution",
		"what goes in the credits for mit libraries?":                                                                    "attribution",
	})
}

// TestTopicsNamingNoLicenceMore guards more OSPO questions that name no licence: a
// licence sought for a purpose ("an open source licence that bans …") is choosing one;
// whether a product must take a permissive licence of code it took in is what a
// permissive licence asks.
func TestTopicsNamingNoLicenceMore(t *testing.T) {
	wantTopics(t, map[string]string{
		"is there an open source licence that bans using my code to train llms?":                                                              "choose",
		"if we take code under a permissive licence and modify it, does our product then have to be released under a permissive licence too?": "permissive",
		// What a licence scanner flags, and dependencies only the build uses.
		"our release audit keeps flagging a package that only comes in as a dev dependency. is that a real problem?":                                                     "dependencies",
		"the icons are cc by 4.0, but the svgs we downloaded carry no comment. how are we supposed to attribute them?":                                                   "attribution",
		"people are asking the vendor to open-source its audio sdk. if it were released, which licence would make sense? would the lgpl be a problem compared with mit?": "choose",
		"the licence scanner flagged three packages in our build, what now?":                                                                                             "dependencies",
	})
}

// TestLicenceSaidOfAProjectsPart guards a licence said of a part of a project, with a
// comma before "which" ("Matomo's JavaScript, which is under 3-clause BSD"): that part's
// licence, not the project's and another.
func TestLicenceSaidOfAProjectsPart(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"Our tracker was forked from Matomo's JavaScript, which is under 3-clause BSD, and we'd like the whole project to be Apache-2.0. Can we just relicense it?": {"BSD-3-Clause", "Apache-2.0"},
	})
}

// TestLicenceSaidOfAProjectsLibrary guards a licence said of a project's library named
// after its possessive ("Samba's libsmbclient, which is GPLv3"): the project's licence
// said loosely, one licence.
func TestLicenceSaidOfAProjectsLibrary(t *testing.T) {
	wantReadings(t, []reading{
		{"A PHP extension links against Samba's libsmbclient, which is GPLv3. A distro packager says this cannot be shipped. Is that right?", "GPL-3.0-or-later", "dynamic_link"},
	})
}

// TestWorkSaidOfItsSubject guards more ways a question says whose a licence is: a thing
// said to be under one licence that has code under another in it ("mongoose is gplv2
// but some of its source has apache-2.0 headers"), or under a choice of licences ("… is
// mit/apache but it pulls in a crate which is lgpl"), a plug-in that includes code ("can
// a wordpress plugin include mpl 2.0 code"), and "MIT-licensed, but it pulls in".
func TestWorkSaidOfItsSubject(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"mongoose is gplv2 but some of its source has apache-2.0 headers. doesn't that break the licence?":                                                      {"Apache-2.0", "GPL-2.0-only"},
		"can a wordpress plugin include mpl 2.0 code":                                                                                                           {"MPL-2.0", "GPL-2.0-or-later"},
		"that MIT crate pulls in foo_gen, which is GPL-3.0. is that ok?":                                                                                        {"GPL-3.0-only", "MIT"},
		"tinyparse is mit/apache but it pulls in a crate which is lgpl. isn't that a clash?":                                                                    {"LGPL-3.0-only", "MIT OR Apache-2.0"},
		"FastExcel is MIT-licensed, but it pulls in itextpdf for its PDF export, and iText is AGPL. Can an MIT library ship with an AGPL dependency like that?": {"AGPL-3.0-only", "MIT"},
	})
	if q, _ := ParseQuestion("repo LICENSE says MIT but one source file carries an apache 2.0 header. what's that file under?"); q.Kind == AskCompatibility {
		t.Errorf("asks what the file is under, read as compatibility: %q", q.Licenses)
	}
}

// TestCanTheyBeLinked guards two licences asked whether they "can be linked": combining
// them, not a verdict on using both.
func TestCanTheyBeLinked(t *testing.T) {
	if q, _ := ParseQuestion("epl 2.0 and gpl, can they be linked? we want to call libsumo from veins and ns-3"); q.Kind != AskCombination {
		t.Errorf("kind %d, want a combination of the two", q.Kind)
	}
}

// TestLicenceInParenthesesOfAWork guards a licence in parentheses after a project that
// takes code in ("nuttx (bsd) wants to pull in minimp3, which is cc0"): the project's.
func TestLicenceInParenthesesOfAWork(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"nuttx (bsd) wants to pull in minimp3, which is cc0. is that fine or do we need it dual licensed": {"CC0-1.0", "BSD-3-Clause"},
		"mrustc is mit. could gcc (gpl) pull it in as a bootstrap without us dual-licensing it?":          {"MIT", "GPL-3.0-or-later"},
	})
}

// TestBSLOfABusinessSourceQuestion guards "BSL" in a question that speaks as the
// Business Source License's do (a move to it, self-hosting, "open source but the
// licence is bsl", the licence it turns into later): that licence, with the answer
// saying Boost's is the other; "bsl" for a small library stays Boost's.
func TestBSLOfABusinessSourceQuestion(t *testing.T) {
	wantReadings(t, []reading{
		{"outline moved to bsl. can we still self-host it for our own staff?", "BUSL-1.1", "internal"},
		{"is bsl ok for our header-only c++ lib?", "BSL-1.0", ""},
	})
	// Said to turn into another licence later, as the Business Source License does.
	wantLicenceRead(t, "BUSL-1.1", true,
		"the bsl turns into apache 2.0 after four years, right?",
		"outline's bsl says it turns into \"gpl v2 or later\" later on. doesn't that clash with their apache deps?")
}

// wantLicenceRead checks that each text is read with id among its licences, or, with
// want false, without it.
func wantLicenceRead(t *testing.T, id string, want bool, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if q, _ := ParseQuestion(text); (slices.Contains(q.Licenses, id) || strings.Contains(q.Expression, id)) != want {
			t.Errorf("%q: read %q; want %s among its licences: %v", text, q.Expression, id, want)
		}
	}
}

// TestOnlyOrLaterAskedWithAVersionLetter guards "is that v3 only or v3 or later?" and
// "gplv2 only or or-later?": the or-later topic, the version written with its "v".
func TestOnlyOrLaterAskedWithAVersionLetter(t *testing.T) {
	wantTopics(t, map[string]string{
		"the app store repo just has the agpl v3 text. is that v3 only or v3 or later?": "orlater",
		"is it gplv2 only or or-later?": "orlater",
	})
}

// TestMobileFrameworks guards apps built with frameworks whose apps go to phones: a
// Flutter app or a React Native module is a mobile app.
func TestMobileFrameworks(t *testing.T) {
	wantReadings(t, []reading{
		{"using the full-gpl build of react-native-ffmpeg in our closed source app, do we have to open source it?", "GPL-3.0-only", "mobile"},
		{"We're a startup building a closed-source Flutter app and want to use the flutter_sound plugin, which is LGPL 3.0. Can we ship the app with it?", "LGPL-3.0-only", "mobile"},
	})
}

// TestChoosingForDocsAndSoftware guards choosing a licence for docs, software in
// general or a wiki: "for our product's user docs, gfdl or cc by-sa?", "is CC0 still a
// good choice for software, or is there something better?".
func TestChoosingForDocsAndSoftware(t *testing.T) {
	wantTopics(t, map[string]string{
		"for our product's user docs, gfdl or cc by-sa?": "choose",
		"A tutorial recommends CC0 for people who want to give their code away with no strings attached. Is CC0 still a good choice for software, or is there something better?": "choose",
	})
}

// TestFontAwesomeByPart guards Font Awesome Free read by the part a question names: its
// icons are CC-BY-4.0, its font files OFL-1.1, and the whole of it all three; web fonts
// self-hosted on a site go to visitors' browsers.
func TestFontAwesomeByPart(t *testing.T) {
	wantReadings(t, []reading{
		{"Our Vue design system ships SVG icons taken from Font Awesome Free, and downstream apps bundle them. Can we keep shipping these icons?", "CC-BY-4.0", "distribute"},
		{"we self-host the font awesome webfonts on our site, ok?", "OFL-1.1", "distribute"},
		{"can we use font awesome in our app?", "OFL-1.1 AND MIT AND CC-BY-4.0", "distribute"},
		{"we self host a minecraft game server with an agpl plugin, ok?", "AGPL-3.0-only", "internal"},
	})
}

// TestWhoTheSourceIsOwedTo guards asking whether source must be published to everyone,
// or whether someone is obliged to hand it over: what counts as distribution, and to
// whom the source is owed.
func TestWhoTheSourceIsOwedTo(t *testing.T) {
	wantTopics(t, map[string]string{
		"We're a consultancy and we pull GPL libraries into the custom apps we build for clients. When a project ends we hand the client the complete source. Is that enough, or do we have to publish those apps publicly somewhere?": "distribution",
		"Someone runs a modified copy of a GPLv3 web application on their servers for the public. We asked them for the source. Are they actually obliged to give it to us?":                                                           "distribution",
	})
}

// TestInheritTheLicence guards asking whether one's own work inherits the licence of a
// tool or library, naming none: what a copyleft licence reaches.
func TestInheritTheLicence(t *testing.T) {
	wantTopics(t, map[string]string{
		"if we pack our own binary with an open source packer, does our binary inherit the packer's licence?": "copyleft",
	})
}

// TestMoreNamesInWords guards licences said in words that had no alias: Creative
// Commons variants after "CC Attribution" ("CC Attribution-NoDerivs 3.0" is BY-ND, not
// BY), and the Free Art License (Licence Art Libre), read only where the sentence says
// it is a licence ("free art" alone stays words: TestOrdinaryWords); and a licence
// offered beside another ("adding mpl 2.0 next to lgpl 2.1") is a choice of either.
func TestMoreNamesInWords(t *testing.T) {
	wantReadings(t, []reading{
		{"found icons under CC Attribution-NoDerivs 3.0, can we scale them down?", "CC-BY-ND-3.0", ""},
		{"is the free art licence a good fit for our pictures?", "LAL-1.3", ""},
		{"bzflag is adding mpl 2.0 next to lgpl 2.1. does that mean we must follow both?", "MPL-2.0 OR LGPL-2.1-only", ""},
	})
}

// TestShowTheLicenceInTheApp guards asking whether a licence must be shown inside an app
// or its licence information shipped: the attribution topic, licences named or not.
func TestShowTheLicenceInTheApp(t *testing.T) {
	wantTopics(t, map[string]string{
		"It contains a slightly modified copy of an Apache-2.0 library, and the Apache licence sits in our source repo. Do we also have to show the licence inside the app?": "attribution",
		"Our JupyterLab extension's Python package now bundles the compiled JavaScript of its npm dependencies. Do we have to ship their licence information too?":           "attribution",
	})
}

// TestProjectSaidToBeItsEarlierLicence guards a loose licence said of a project just
// named, of the family of the licence the project had before ("libzmq … It's LGPL with
// a static link exception"): that earlier licence, with the answer saying so.
func TestProjectSaidToBeItsEarlierLicence(t *testing.T) {
	q, _ := ParseQuestion("We'd like to statically link libzmq into a commercial application someday. It's LGPL with a static link exception. Can our app stay under our own licence?")
	if q.Expression != "LGPL-3.0-or-later" || len(q.Projects) != 1 || !strings.Contains(q.Projects[0].How, "the question says it is") {
		t.Errorf("expression %q, projects %+v; want libzmq's earlier LGPL-3.0-or-later, said to be read so", q.Expression, q.Projects)
	}
	if q, _ := ParseQuestion("can we use libzmq in our app?"); q.Expression != "MPL-2.0" {
		t.Errorf("libzmq today: %q, want MPL-2.0", q.Expression)
	}
}

// TestProjectBuildByItsOwnLicenceNamed guards a project named without a version beside
// a licence of its own making that its earlier versions carry ("stable diffusion … the
// OpenRAIL-M licence"): that version is meant, and the answer says why. A licence anyone
// may use said beside such a project stays a licence of its own (Grafana before 8 was
// Apache-2.0, which may be the asker's).
func TestProjectBuildByItsOwnLicenceNamed(t *testing.T) {
	q, _ := ParseQuestion("stable diffusion was announced as open source. is the OpenRAIL-M licence actually open source?")
	if q.Expression != "LicenseRef-CreativeML-OpenRAIL-M" || len(q.Projects) != 1 || !strings.Contains(q.Projects[0].How, "the question names") {
		t.Errorf("expression %q, projects %+v; want Stable Diffusion 1.x's licence alone, said to be read so", q.Expression, q.Projects)
	}
	if q, _ := ParseQuestion("can we use stable diffusion in our saas?"); q.Expression != "LicenseRef-CreativeML-OpenRAIL-PlusPlus-M" {
		t.Errorf("stable diffusion today: %q, want LicenseRef-CreativeML-OpenRAIL-PlusPlus-M", q.Expression)
	}
	if q, _ := ParseQuestion("we bundle grafana with our apache-2.0 app, ok?"); !strings.Contains(q.Expression, "AGPL-3.0-only") {
		t.Errorf("grafana beside an Apache-2.0 app: %q, want grafana's AGPL-3.0-only kept", q.Expression)
	}
}

// TestComparedWithItsException guards a comparison: "is X basically the same as Y"
// with a versioned name ("mpl 2.0") compares the two, and a licence written with its
// exception as SPDX writes it is one side of the comparison, not the whole question.
func TestComparedWithItsException(t *testing.T) {
	for text, want := range map[string][]string{
		"is mpl 2.0 basically the same as lgpl?":                                  {"MPL-2.0", "LGPL-3.0-only"},
		"is MPL-2.0 the same as LGPL-3.0-only WITH LGPL-3.0-linking-exception?":   {"MPL-2.0", "LGPL-3.0-only WITH LGPL-3.0-linking-exception"},
		"how does mpl-2.0 differ from gpl-2.0-only with classpath-exception-2.0?": {"MPL-2.0", "GPL-2.0-only WITH Classpath-exception-2.0"},
	} {
		if q, _ := ParseQuestion(text); !q.Difference || !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: difference %v licences %q, want %q compared", text, q.Difference, q.Licenses, want)
		}
	}
	// One licence said or asked to be basically another, each named as a licence.
	for text, want := range map[string][]string{
		"is the boost license basically mit?":              {"BSL-1.0", "MIT"},
		"isc licence is just mit with fewer words, right?": {"ISC", "MIT"},
		"is apache 2.0 basically mit plus a patent grant?": {"Apache-2.0", "MIT"},
	} {
		if q, _ := ParseQuestion(text); !q.Difference || !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: difference %v licences %q, want %q compared", text, q.Difference, q.Licenses, want)
		}
	}
	// A project said to be under a licence, or a work said to be basically under one, is
	// no comparison.
	for _, text := range []string{"is okhttp just apache 2 or is there MPL stuff in it too?", "our app is basically mit with some gpl code. can we ship it?"} {
		if q, _ := ParseQuestion(text); q.Difference {
			t.Errorf("%q: read as comparing %q", text, q.Licenses)
		}
	}
	// Asked of one licence with its exception, the expression as written stays whole.
	text := "our firmware manifest lists U-Boot as GPL-3.0-or-later WITH Font-exception-2.0, but we thought U-Boot was GPLv2. where does that expression come from?"
	if q, _ := ParseQuestion(text); q.Expression != "GPL-3.0-or-later WITH Font-exception-2.0" {
		t.Errorf("%q: expression %q, want the one written", text, q.Expression)
	}
}

// TestOptionOfAChoiceTaken guards taking one option of a choice ("can we just take it
// as mit", "take the bsd side"): a verdict on giving the code on under the choice, as
// picking one is, not a question of how it will be used.
func TestOptionOfAChoiceTaken(t *testing.T) {
	wantReadings(t, []reading{
		{"libfoo is dual mit and gpl2, can we just take it as mit", "MIT OR GPL-2.0-only", "distribute"},
		{"the sdk says bsd or gplv2, we'd take the bsd option. fine?", "BSD-3-Clause OR GPL-2.0-only", "distribute"},
	})
}

// TestMadeAtWorkButShipped guards "at work", which says where the asker makes things:
// alone it keeps the use in house, but what it says goes to customers is handed out.
func TestMadeAtWorkButShipped(t *testing.T) {
	wantReadings(t, []reading{
		{"can we run the gpl-3.0 linter at work?", "GPL-3.0-only", "internal"},
		{"at work we load an lgpl-2.1 .so from our closed app, which is shipped to customers. ok?", "LGPL-2.1-only", "distribute"},
	})
}

// TestUniversityOwnsIt guards a university, institute or client said to own code one
// wrote: the employer topic, as for a company.
func TestUniversityOwnsIt(t *testing.T) {
	wantTopics(t, map[string]string{
		"i wrote files for our research group's gpl package. does the university own it?": "employer",
		"does the client own the code we wrote for them?":                                 "employer",
	})
}

// TestExceptionWrittenAsSPDX guards an exception written after its licence as an SPDX
// expression writes it, whatever its ID is called ("Linux-syscall-note" says no
// "exception"), and at the end of a sentence, whose full stop is no part of the ID. A
// project under the plain licence, named as where the file came from, gives way to it.
func TestExceptionWrittenAsSPDX(t *testing.T) {
	wantReadings(t, []reading{
		{"The header's SPDX tag is GPL-2.0 WITH Linux-syscall-note. Is it OK to keep that copy in our repository?", "GPL-2.0-only WITH Linux-syscall-note", ""},
		{"is GPL-2.0 WITH Linux-syscall-note ok to ship?", "GPL-2.0-only WITH Linux-syscall-note", "distribute"},
		{"gpl-2.0-only with classpath-exception-2.0 in a closed app?", "GPL-2.0-only WITH Classpath-exception-2.0", "distribute"},
		{"the project says it is MIT OR Apache-2.0.", "MIT OR Apache-2.0", ""},
	})
	q, _ := ParseQuestion("Our Apache-2.0 Go library vendors the Linux kernel's bpf.h so it can build without kernel headers installed. The header's SPDX tag is GPL-2.0 WITH Linux-syscall-note. Is it OK to keep that copy in our repository and releases?")
	if want := []string{"GPL-2.0-only WITH Linux-syscall-note", "Apache-2.0"}; !slices.Equal(q.Licenses, want) || len(q.Unknown) > 0 {
		t.Errorf("vendored kernel header: read %q (unknown %q), want %q", q.Licenses, q.Unknown, want)
	}
}

// TestChoiceTakenInIsNoPair guards code under a choice of two licences taken into a
// project: the choice is the code's licence, not one licence going into the other, and
// a licence's text said to be included is a notice, not code taken in.
func TestChoiceTakenInIsNoPair(t *testing.T) {
	for _, text := range []string{
		"We vendor mbedtls in our engine; every file header now says apache-2.0 or gpl-2.0-or-later. do we have to include the gpl text in our repo as well, or only the apache licence?",
		"We vendor mbedtls in our engine; every file header now says Apache-2.0 OR GPL-2.0-or-later. Do we have to include the GPL text in our repo as well, or only the Apache licence?",
	} {
		if q, _ := ParseQuestion(text); q.Kind == AskCompatibility || q.Expression != "Apache-2.0 OR GPL-2.0-or-later" {
			t.Errorf("%q: read kind %d %q, want the choice itself", text, q.Kind, q.Expression)
		}
	}
	wantCompatibility(t, map[string][]string{"can I include gpl code in my apache project?": {"GPL-3.0-only", "Apache-2.0"}})
}

// TestMisspellingsWrittenOut guards the misspellings forums are full of, read as the
// words the reader looks for (a word spelt right, British or American, is left alone),
// and a post's lines and list items read as sentences.
func TestMisspellingsWrittenOut(t *testing.T) {
	for in, want := range map[string]string{
		"is the Unliscense valid in germany?":          "is the Unlicense valid in germany?",
		"lisenced, relisence, sublicensing":            "licensed, relicense, sublicensing",
		"are they compatable? MIT compatability w/ it": "are they compatible? MIT compatibility with it",
		"incompatable with our proprietery app":        "incompatible with our proprietary app",
		"we distrubute it non-commerically":            "we distribute it non-commercially",
		"our licence, the license, copywrite":          "our licence, the license, copyright",
		"MIT or GPL\n\n- we ship it\n- is that ok":     "MIT or GPL.\n\nwe ship it.\nis that ok",
		"2. GPL-2.0 only?\n3. or later":                "GPL-2.0 only?\nor later",
		"link it dynamicaly, or staticly":              "link it dynamically, or statically",
		"dynamically and statically stay":              "dynamically and statically stay",
	} {
		if got := asTyped(in); got != want {
			t.Errorf("asTyped(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLicenceSaidOfWhereCodeGoes guards a licence said of a thing named as where code
// goes ("go into freedoom, which is bsd licensed"): that is the work's licence, whatever
// the thing is called.
func TestLicenceSaidOfWhereCodeGoes(t *testing.T) {
	cc0IntoBSD := []string{"CC0-1.0", "BSD-3-Clause"}
	wantCompatibility(t, map[string][]string{
		"can cc0 sound samples go into freedoom, which is bsd licensed?":   cc0IntoBSD,
		"can cc0 sound samples go into freedoom? freedoom is bsd licensed": cc0IntoBSD,
		"can we merge some cc0 code into freedoom (bsd)?":                  cc0IntoBSD,
	})
}

// TestLicencePickedForOurWork guards a licence the asker picks for their own work ("if
// we pick EPL 2.0 for the binding"): the work's; code under a licence they pick ("we
// choose MIT libraries") is still code taken in.
func TestLicencePickedForOurWork(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"if we pick epl 2.0 for the binding, can we still ship those apache jars with it?": {"Apache-2.0", "EPL-2.0"},
		"we choose mit libraries whenever we can, is that wise for our gpl app?":           {"MIT", "GPL-3.0-only"},
		"we pick apache-licensed deps only. can they go in our gplv2 project?":             {"Apache-2.0", "GPL-2.0-only"},
	})
}

// TestSettingIsNotAskedAbout guards the words that set the scene of a question: a
// language's release ("Python 3.11"), the institute ("studied at MIT", "MIT students")
// and projects named only as what the team runs or works with ("the backend runs on
// Kafka", "we test with Firefox", "data in PostgreSQL"), or as what an affair was about
// ("after the vlc mess"), are not licences the question asks about; said as licences, or
// as code taken in, they still are, and so is a thing taken in named again as "it".
func TestSettingIsNotAskedAbout(t *testing.T) {
	wantReadings(t, []reading{
		{"We build with Python 3.11 and Node 18. I'd like to use a GPL library in our closed app. It's GPL-3.0-only; is that ok?", "GPL-3.0-only", "distribute"},
		{"MIT students wrote this tool and it is GPL-3.0-only. ok to bundle it in our closed app?", "GPL-3.0-only", "distribute"},
		{"Some of us studied at MIT. Our closed app would bundle an LGPL-2.1-only library. ok?", "LGPL-2.1-only", "distribute"},
		{"Our team tests with Firefox and keeps data in PostgreSQL. We'd like to ship an AGPL-3.0-only library in our closed app. ok?", "AGPL-3.0-only", "distribute"},
		{"The backend runs on Apache Kafka. We'd like to bundle an LGPL-2.1-only library in our desktop app. ok?", "LGPL-2.1-only", "distribute"},
		{"is code under the Python license ok in our app?", "Python-2.0", "distribute"},
		{"can we bundle firefox in our kiosk product?", "MPL-2.0", "distribute"},
		{"can we bundle postgresql in our appliance?", "PostgreSQL", "distribute"},
		{"is code under the PHP 3.01 license ok in our app?", "PHP-3.01", "distribute"},
		{"we ship ffmpeg and firefox in our kiosk image. ok?", "LGPL-2.1-or-later AND MPL-2.0", "distribute"},
		// A project named as what an affair was about sets the scene too.
		{"after the vlc mess: is mpl code ok in app store apps", "MPL-2.0", "mobile"},
		// The thing a long message names, said again as "it", stays in the question when
		// the asking sentence names what it is shipped with.
		{"foo is a gpl eclipse plugin. can we ship it with eclipse?", "GPL-3.0-only AND EPL-2.0", "distribute"},
	})
}

// TestGNUNoticeQuoted guards the notice the GNU licences give for a program's files,
// quoted in a question: its version and its "or (at your option) any later version"
// are the licence's.
func TestGNUNoticeQuoted(t *testing.T) {
	wantReadings(t, []reading{
		{"the header says: under the terms of the GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any later version. can we link it from closed code?", "GPL-2.0-or-later", "dynamic_link"},
		{"licensed under the GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1 of the License, or (at your option) any later version. can we link it from closed code?", "LGPL-2.1-or-later", "dynamic_link"},
		{"licensed under the GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. can we run it as a service?", "AGPL-3.0-or-later", "saas"},
		{"the GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1 of the License. ok in our app?", "LGPL-2.1-only", "dynamic_link"},
		{"it says 'under the terms of the GNU General Public License version 2 as published by the Free Software Foundation.' can we link our closed plugin to it?", "GPL-2.0-only", "distribute"},
		{"LGPL, version 2.1 of the License, or any later version. ok in our app?", "LGPL-2.1-or-later", "dynamic_link"},
	})
}

// TestLikenessSaidOrAsked guards a licence named as a likeness of another: said in
// passing ("ISC (functionally equivalent to MIT)") it is no licence in play; asked
// about ("is ISC equivalent to MIT?") both are compared.
func TestLikenessSaidOrAsked(t *testing.T) {
	if q, _ := ParseQuestion("it is under the ISC license (functionally equivalent to MIT). ok in our app?"); q.Expression != "ISC" {
		t.Errorf("likeness in passing: read %q, want ISC", q.Expression)
	}
	// Nearly a licence, with words added, is another licence: "basically MIT with one
	// added sentence" is no MIT beside the JSON licence; "basically MIT" alone is MIT.
	if q, _ := ParseQuestion("we bundle the org.json jar. its licence is basically MIT with one added sentence about Good, not Evil. ok in our app?"); q.Expression != "JSON" {
		t.Errorf("nearly MIT with a sentence added: read %q, want JSON", q.Expression)
	}
	if q, _ := ParseQuestion("the licence is basically MIT. can we use it in our app?"); q.Expression != "MIT" {
		t.Errorf("basically MIT: read %q, want MIT", q.Expression)
	}
	for _, text := range []string{"is ISC equivalent to MIT?", "is ISC similar to MIT?", "is the ISC license basically identical to MIT?"} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || !q.Difference || len(q.Licenses) != 2 {
			t.Errorf("%q: read kind %d difference %v licences %q, want ISC and MIT compared", text, q.Kind, q.Difference, q.Licenses)
		}
	}
}

// TestPackageNamesAreNotLicences guards a licence's name that goes on, after a hyphen, as
// a package's or a repository's name ("mpl-parser", "mit-license-checker"), against the
// licence's own forms ("gpl-compatible", "MIT-licensed", "LGPL-only", "cc-by-sa").
func TestPackageNamesAreNotLicences(t *testing.T) {
	wantReadings(t, []reading{
		{"we found mpl-parser which is under ISC. ok in our app?", "ISC", "distribute"},
		{"the npm package mit-license-checker is GPL-3.0. can we ship it in our app?", "GPL-3.0-only", "distribute"},
		{"the gpl-helper repo is MIT. ok in our app?", "MIT", "distribute"},
		{"is mit-licensed code ok in our app?", "MIT", "distribute"},
		{"cc-by-sa images in our app?", "CC-BY-SA-4.0", "distribute"},
		{"an LGPL-only library in our app?", "LGPL-3.0-only", "dynamic_link"},
		{"is bsd-new code ok in our app?", "BSD-3-Clause", "distribute"},
	})
}

// TestLicenceRuledOutOrGone guards a licence said to be ruled out or gone ("we don't use
// any GPL code", "we removed the GPL dependency", "replaced the AGPL component", "our
// app used to be GPL-2.0"): not one the question is about, when others are named; the
// licence the work moved to is the work's.
func TestLicenceRuledOutOrGone(t *testing.T) {
	wantReadings(t, []reading{
		{"We removed the GPL dependency, now only MIT and BSD-3-Clause libs remain. ok to ship closed?", "MIT AND BSD-3-Clause", "distribute"},
		{"we replaced the AGPL component with an MIT one. anything left to do for our saas?", "MIT", "saas"},
		{"company policy says no GPL. is an LGPL-2.1 lib fine in our closed app?", "LGPL-2.1-only", "dynamic_link"},
		{"jquery used to be mit and gpl2, which one am i bound by", "MIT OR GPL-2.0-only", ""},
	})
	// Shipped closed is closed source.
	if q, _ := ParseQuestion("we removed the GPL dependency; now only MIT and BSD-3-Clause libs remain. ok to ship closed?"); !q.Proprietary {
		t.Errorf("'ship closed' not read as closed source")
	}
	wantCompatibility(t, map[string][]string{
		"We don't use any GPL code; our app is MIT. Can we include an Apache-2.0 lib?":                       {"Apache-2.0", "MIT"},
		"Our app used to be GPL-2.0 but we relicensed to MIT last year. Can we now take in Apache-2.0 code?": {"Apache-2.0", "MIT"},
	})
}

// TestTestAndBuildDependenciesAreInternal guards a dependency said to serve only the
// tests or the build: it never ships, so it is used internally.
func TestTestAndBuildDependenciesAreInternal(t *testing.T) {
	wantReadings(t, []reading{
		{"a GPL library is only used in our unit tests, never shipped. ok?", "GPL-3.0-only", "internal"},
		{"the GPL lib is only needed at build time to generate code. ok for our closed app?", "GPL-3.0-only", "internal"},
		{"we have a GPL eslint plugin as a devDependency. does that affect our app?", "GPL-3.0-only", "internal"},
		{"gpl lib only in our saas backend, never shipped to anyone", "GPL-3.0-only", "saas"},
		{"using a gpl-3.0 lib in our commercial saas, code never leaves our servers. do we have to publish our code?", "GPL-3.0-only", "saas"},
		{"we share a jupyter notebook with colleagues that imports a GPL package. ok?", "GPL-3.0-only", "internal"},
		// A browser extension is published to its users, as an app is.
		{"can our chrome extension include LGPL-2.1 code?", "LGPL-2.1-only", "distribute"},
	})
}

// TestEPLSecondaryLicence guards EPL-2.0's "Secondary License", said with it: the code
// may be had under either.
func TestEPLSecondaryLicence(t *testing.T) {
	wantReadings(t, []reading{
		{"the code is EPL-2.0 with GPL-2.0-or-later as a secondary license. can we ship it in our app?", "EPL-2.0 OR GPL-2.0-or-later", "distribute"},
		{`the project moved to epl 2.0 "with a secondary license for gpl-2.0+". can we ship it in our app?`, "EPL-2.0 OR GPL-2.0-or-later", "distribute"},
	})
}

// TestOwnLicenceWeighed: when every licence a question names is one the asker's own
// work has or may get, and the question asks for advice on them, it is choosing a
// licence; moving a released project is said as such. A licence of something taken in,
// or a question of whether a use is allowed, is not.
func TestOwnLicenceWeighed(t *testing.T) {
	wantTopics(t, map[string]string{
		"my parser crate has been GPL-3.0 since 2019. could I just switch it to Apache-2.0?":                    "choose",
		"We published our style guide under CC BY-SA. Should it be CC BY instead?":                              "choose",
		"Our CLI is MPL-2.0 but users keep asking for something simpler. MIT as a compromise, or just keep it?": "choose",
		"i put my game engine under the AGPL last year. is that a good idea for an engine, thanks!":             "choose",
		"our bot framework is BSD-3-Clause; should we switch to a GPL library for the parser?":                  "",
		"our app is MIT. should we have an Apache-2.0 NOTICE file for the dependency we use?":                   "attribution",
		"My tool is MIT and I want to use a GPL-2.0 library in it. Should that be fine if I link dynamically?":  "",
	})
	for text, want := range map[string]bool{
		"my parser crate has been GPL-3.0 since 2019. could I just switch it to Apache-2.0?": true,
		"We published our style guide under CC BY-SA. Should it be CC BY instead?":           true,
		"I'm starting a new library. MIT or Apache-2.0?":                                     false,
	} {
		if q, _ := ParseQuestion(text); q.Topic != "choose" || q.Relicenses != want {
			t.Errorf("%q: topic %q, relicenses %v, want choose and %v", text, q.Topic, q.Relicenses, want)
		}
	}
}

// TestRelicensesOwnCompatibility: a compatibility question that moves the asker's own
// project to another licence says so; one that takes code of others in does not.
func TestRelicensesOwnCompatibility(t *testing.T) {
	for text, want := range map[string]bool{
		"Can I change the license of my own project from GPL to MIT later?":                           true,
		"can I relicense my GPL project to MIT?":                                                      true,
		"I want to change my project's license from GPLv3 to Apache 2.0. What do I need to do?":       true,
		"we want to relicense our gplv3 tool to MIT, do we need every contributor's ok":               true,
		"I maintain a tool that is AGPLv3. I'd now like the project to be MIT. What do I need to do?": true,
		"our library is GPL-2.0 and we now want it to become Apache-2.0. who has to agree?":           true,
		"We'd like our project to be MIT but it uses a GPL library. Is that possible?":                false,
		"can I relicense the MIT code I copied into my GPL project?":                                  false,
		"We want to use GPL code in our MIT project. Is that compatible?":                             false,
		"Can I include Apache-2.0 code in my GPL-2.0 project?":                                        false,
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || q.Relicenses != want {
			t.Errorf("%q: kind %v, relicenses %v, want compatibility and %v", text, q.Kind, q.Relicenses, want)
		}
	}
}

// TestProgramOutput: a question of whether what a program makes falls under the
// program's licence reads the program as used in house, under its own licence; a
// program shipped, linked, changed or run from the work is not such a question.
func TestProgramOutput(t *testing.T) {
	for text, want := range map[string]string{
		"Is the output of a GPL program covered by the GPL?":                                                    "GPL-3.0-only",
		"If I make images with GIMP, are they GPL?":                                                             "GPL-3.0-or-later",
		"Is code generated by a GPL code generator under the GPL?":                                              "GPL-3.0-only",
		"jacc is gpl 3. is the parser code it generates gpl too, or can it go into my mit project?":             "GPL-3.0-only",
		"Our MIT project uses a GPL code generator at build time. Is the generated code GPL?":                   "GPL-3.0-only",
		"Can I use an AGPL tool to generate reports that I sell to customers?":                                  "AGPL-3.0-only",
		"our python script shells out to a gpl cli tool and parses its output, do we have to gpl the script?":   "",
		"We bundle a GPL code generator in our installer; is the generated code GPL?":                           "",
		"i modified a gplv2 program to generate schedules for us. are the calendars it outputs gpl now?":        "",
		"Someone made a QGIS-based mobile app. It's GPL software like QGIS. Is App Store distribution allowed?": "",
		// Templates the asker writes are their own input, not the program's parts.
		"GSL (the code generator) is GPLv3. If I write my own templates and scripts and generate source with it, can that generated code go into a closed-source product?": "GPL-3.0-only",
		"the generator is gplv3 and its templates are gpl too. can the generated code go into our closed product?":                                                         "",
		// A library's documents or pictures carry none of its code; code it makes may.
		"agpl pdf lib in an internal tool nobody outside can reach. can the pdfs it produces go into our proprietary product": "AGPL-3.0-only",
		"we use a gpl charting library in our reporting server. are the generated reports gpl too?":                           "GPL-3.0-only",
		"we use a gpl library in our app. is the code it generates gpl?":                                                      "",
		// Content made in a program, the program named last before it.
		"our store runs on postgres, which is the postgresql licence, and we'd add metabase on top, which is agpl. do the dashboards and charts we make in it have to be agpl too?": "AGPL-3.0-only",
		"the apps we build with it, are they lgpl? the toolkit is lgpl-2.1": "",
		// A model trained by running a program is that program's output.
		"We trained a language model with training code that is licensed GPLv3. Does the model have to follow the GPLv3?":         "GPL-3.0-only",
		"We fine-tuned a detector with the ultralytics package (AGPL-3.0) on our own images. Do the weights fall under the AGPL?": "AGPL-3.0-only",
		"our model was trained on cc-by-nc-4.0 images. can we sell it?":                                                           "",
	} {
		q, _ := ParseQuestion(text)
		if got := map[bool]string{true: q.Expression}[q.Output]; got != want || q.Output && q.Use != "internal" || q.OutputFrom != "" {
			t.Errorf("%q: output %v of %q use %q, want output of %q in house", text, q.Output, q.Expression, q.Use, want)
		}
	}
}

// TestOwnLicenceAdviceNotWorry: "should …" asks for advice on the work's licence, not
// whether a use is allowed ("should we be worried", "should users be able to").
func TestOwnLicenceAdviceNotWorry(t *testing.T) {
	wantTopics(t, map[string]string{
		"We ship an MIT desktop app. Should we be worried about shipping ffmpeg?":                       "",
		"our plugin is GPL, should users be able to load it in a closed host?":                          "",
		"starting an android client for a gpl web gallery. should the app itself be apache 2 or gplv3?": "choose",
	})
}

// TestServiceRunOurselves: code imported or linked into a service the asker runs
// themselves is used in that service, not distributed.
func TestServiceRunOurselves(t *testing.T) {
	wantReadings(t, []reading{
		{"we just import MySQLdb in a closed-source service we run ourselves. does its GPLv2 reach our code?", "", "saas"},
		{"our desktop app links a GPL library dynamically, do we have to open it?", "", "dynamic_link"},
	})
}

// TestToolRunOverTheWork: a tool run over the asker's code (in CI, as a linter) is not
// combined with it: its own licence is asked, in house unless the tool ships.
func TestToolRunOverTheWork(t *testing.T) {
	for text, use := range map[string]string{
		"Legal says we can't run golangci-lint in CI because it's GPL and our repos are Apache-2.0. We don't modify it or ship it, it just lints our own code. Is that really a blocker?": "internal",
		"our MIT app runs a GPL formatter in CI over our code, ok?":             "internal",
		"our MIT app ships a GPL helper that runs on our build server too, ok?": "distribute",
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskVerdict || !q.Apart || q.Use != use || !slices.Equal(q.Licenses, []string{"GPL-3.0-only"}) {
			t.Errorf("%q: kind %d apart %v use %q licences %q, want a verdict on GPL-3.0-only apart, %s", text, q.Kind, q.Apart, q.Use, q.Licenses, use)
		}
	}
	if q, _ := ParseQuestion("our MIT app links a GPL library, ok?"); q.Kind != AskCompatibility || q.Apart {
		t.Errorf("a library linked read as a tool run apart: %+v", q)
	}
}

// TestProgramBundledBeside: a program an installer bundles next to the asker's work is
// shipped beside it, not combined; a library, driver or model bundled so is not read so.
func TestProgramBundledBeside(t *testing.T) {
	for _, text := range []string{
		"can julia's windows installer bundle mintty (gpl) next to julia (mit)?",
		"The idea is to bundle the Gargoyle interpreter, which is GPL, next to our story file. Does shipping Gargoyle inside our installer pull the game under the GPL?",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskVerdict || !q.Apart || q.Use != "distribute" || !slices.Equal(q.Licenses, []string{"GPL-3.0-only"}) {
			t.Errorf("%q: kind %d apart %v use %q licences %q, want a verdict on GPL-3.0-only shipped apart", text, q.Kind, q.Apart, q.Use, q.Licenses)
		}
	}
	for _, text := range []string{
		"Our MIT-licensed reference manager bundled MySQL Connector/J 8 alongside the MariaDB driver. Connector/J is GPLv2. Can we keep shipping it?",
		"Our desktop installer is MIT and we plan to bundle a Llama 3.2 1B model next to whisper.cpp. What does the Llama 3.2 licence require from us?",
	} {
		if q, _ := ParseQuestion(text); q.Apart {
			t.Errorf("%q: read as a program shipped apart: %+v", text, q)
		}
	}
}

// TestOwnOptionIsNamed: a licence the asker weighs for their own work ("should fonts be
// OFL instead?") stays among the licences named; one proposed to another's project
// ("why not MIT like most crates?") does not.
func TestOwnOptionIsNamed(t *testing.T) {
	if q, _ := ParseQuestion("we released our typeface under mit. should fonts be ofl instead?"); !slices.Contains(q.Licenses, "OFL-1.1") || !slices.Contains(q.Licenses, "MIT") {
		t.Errorf("own option dropped: %q", q.Licenses)
	}
	if q, _ := ParseQuestion("Your crate is LGPL-2.1+, so we can't link it statically. Why not MIT like most crates?"); slices.Contains(q.Licenses, "MIT") {
		t.Errorf("a proposal to another's project kept: %q", q.Licenses)
	}
}

// TestWhereTheCodeGoes: the work is found by where the code goes, said by a noun after
// its licence ("a gplv2+ wordpress theme", "gplv2+ emulator"), by "into" before the
// licence of code ("into gplv3 source comments"), or by a name the text says the code
// is to go into, before or after the licence is said of it ("the main repo is GPLv3 …
// pulled into the repo").
func TestWhereTheCodeGoes(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"can i bundle some fonts (apache 2) in a gplv2+ wordpress theme?":                                                     {"Apache-2.0", "GPL-2.0-or-later"},
		"gplv2+ emulator, a few toolbar icons are CC BY-NC. can they stay in the tree?":                                       {"CC-BY-NC-4.0", "GPL-2.0-or-later"},
		"can i paste paragraphs from our gfdl manual into gplv3 source comments?":                                             {"GFDL-1.3-only", "GPL-3.0-only"},
		"Our wiki content would be CC BY-SA 4.0 while the main repo is GPLv3. Could wiki text later be pulled into the repo?": {"CC-BY-SA-4.0", "GPL-3.0-only"},
		"can cc0 samples go into freedoom, which is bsd licensed?":                                                            {"CC0-1.0", "BSD-3-Clause"},
		"formlayout is published under MIT, but it imports PyQt, which is GPL. Must it become GPL?":                           {"GPL-3.0-only", "MIT"},
		"our MIT editor would bundle a GPL spell checker, ok?":                                                                {"GPL-3.0-only", "MIT"},
	})
	// "Into … code" says where code goes only when the question has a direction.
	if q, _ := ParseQuestion("I know MIT code can be pulled into GPLv3 code. Is the reverse possible too?"); q.Reading == RolesSaid && q.Kind == AskCompatibility {
		t.Errorf("the reverse asked, read one way: %q", q.Licenses)
	}
}

// TestManualsAndPrograms: the GNU project says the GFDL and the GPL are incompatible.
func TestManualsAndPrograms(t *testing.T) {
	for _, p := range [][2]string{{"GFDL-1.3-only", "GPL-3.0-only"}, {"GFDL-1.2-or-later", "GPL-2.0-or-later"}, {"GPL-2.0-only", "GFDL-1.3-or-later"}} {
		if c := CompatibleFor(p[0], p[1], ""); c.Answer != "No" || c.Basis != "GNU project" {
			t.Errorf("%s into %s: %q (%s), want No from the GNU project", p[0], p[1], c.Answer, c.Basis)
		}
	}
	if c := CompatibleFor("GFDL-1.3-only", "LGPL-2.1-only", ""); c.Basis == "GNU project" {
		t.Errorf("the GFDL-GPL statement applied to the LGPL: %+v", c)
	}
}

// TestTopicByItsWords: a question that names no licence and that no topic's sentence
// rules read is about the one topic whose words it uses; with two topics' words, none is
// guessed.
func TestTopicByItsWords(t *testing.T) {
	wantTopics(t, map[string]string{
		"if i modify copyleft code and never share it, do i still have to release my changes?":  "copyleft",
		"people say \"or any later version\" hands the steward a blank cheque. is that a risk?": "orlater",
		"dataset terms say \"not-for-profit use only\" - can a company even get access?":        "noncommercial",
		"do any open source licences stop an agency using code without ever redistributing it?": "distribution",
	})
	// With licences named, only a CLA's words, or an employer's, make the question theirs.
	wantTopics(t, map[string]string{
		"the project is Apache-2.0 and its bot wants a DCO line on every commit we send. ok?":                             "cla",
		"my employer says the MIT tool I wrote on company time is theirs. can they relicense it?":                         "employer",
		"Just started a small side project. MIT or Apache-2.0?":                                                           "choose",
		"My employer wants me to sign an agreement that they own everything I write. What about my open source projects?": "employer",
		"what's the difference between permissive and copyleft?":                                                          "copyleft",
		"what does 'or any later version' mean for GPL-2.0 code we use?":                                                  "orlater",
	})
	if got := topicByWord("copyleft parts in the firmware: must we credit every author?"); got != "" {
		t.Errorf("two topics' words read as %q", got)
	}
}

// TestMisspeltLicenceNames: the names of licences as forums misspell them.
func TestMisspeltLicenceNames(t *testing.T) {
	wantReadings(t, []reading{
		{"can we ship a library under the mozila public license in our app?", "MPL-2.0", ""},
		{"is apahce 2 ok for our saas?", "Apache-2.0", "saas"},
		{"images under creative common attribution-sharealike 4.0 in our docs, fine?", "CC-BY-SA-4.0", ""},
	})
}

// TestUsesSaidOtherwise: uses said by what is done, in words a first reader misses:
// customers who self-host what they were given, Go and Rust binaries (which link their
// dependencies in), a jar on the classpath, a serverless function, code copied into ours.
func TestUsesSaidOtherwise(t *testing.T) {
	wantReadings(t, []reading{
		{"can we use an LGPL library in the product our customers self-host?", "", "distribute"},
		{"can we use an LGPL library in the on-prem version customers install?", "", "distribute"},
		{"can we use an LGPL library in a Go binary we ship?", "", "static_link"},
		{"can we use an LGPL library in a Rust binary we ship?", "", "static_link"},
		{"can we use an LGPL library in a Java app, as a separate jar on the classpath?", "", "dynamic_link"},
		{"can we use an LGPL library in a lambda function on AWS?", "", "saas"},
	})
	wantCompatibility(t, map[string][]string{
		"We are building a GPLv2 kernel module, can we use a BSD-licensed crypto library in it?": {"BSD-3-Clause", "GPL-2.0-only"},
	})
}

// TestQuotedTermsAreMeanings: a question of what a quoted term of a licence means asks
// what the licence requires, even when the term is a word of a use ("conveying").
func TestQuotedTermsAreMeanings(t *testing.T) {
	for _, text := range []string{
		"what does 'conveying' mean in GPLv3?",
		"what does 'corresponding source' include for GPL-3.0?",
		"what is meant by 'Larger Work' in MPL-2.0?",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || !q.Meaning {
			t.Errorf("%q: kind %d meaning %v, want a meaning question", text, q.Kind, q.Meaning)
		}
	}
}

// TestQuotedEULA: a message that quotes its own EULA's ban on reverse engineering and
// names an LGPL library by its licence and then by name asks one question, of that one
// licence, and says its terms forbid what the LGPL requires.
func TestQuotedEULA(t *testing.T) {
	q, _ := ParseQuestion(`Our vendor's EULA says: "Licensee shall not reverse engineer, decompile or disassemble the Software." We bundle an LGPL-2.1 library (libusb) in the installer. Is our EULA compatible with the LGPL?`)
	if q.Kind != AskVerdict || q.Expression != "LGPL-2.1-only" || !q.ForbidsModifying {
		t.Errorf("kind %d expression %q forbids %v, want a verdict on LGPL-2.1-only whose terms forbid modifying", q.Kind, q.Expression, q.ForbidsModifying)
	}
}

// TestDependencyChecks: how to check the licences of one's dependencies, or whether an
// SBOM is needed, is answered with the bot's own scans.
func TestDependencyChecks(t *testing.T) {
	wantTopics(t, map[string]string{
		"how do I check the licenses of all our dependencies?":      "dependencies",
		"do we need an SBOM for our releases?":                      "dependencies",
		"is there a license scanner we should run on our packages?": "dependencies",
		"can we use an LGPL library in our app?":                    "",
	})
}

// TestServiceNeverShipped: a backend said never to be shipped to customers is a service,
// whatever else the message says of shipping; and the sentence that asks about one of
// the licences a long message names ("do we need to worry about psycopg2's LGPL?") asks
// for the verdict on it, for the use the message gave.
func TestServiceNeverShipped(t *testing.T) {
	wantReadings(t, []reading{
		{"We never ship the backend to customers. Is the LGPL library in it a problem?", "", "saas"},
		{"We're a small startup building a SaaS analytics product. Our backend is Python and uses pandas (BSD), psycopg2 (LGPL) and a few MIT packages. The frontend is React. We never ship the backend to customers. Do we need to worry about psycopg2's LGPL?", "LGPL-3.0-or-later", "saas"},
	})
}

// TestBracketedLicenceOfCodeTakenIn: a project named after a verb of taking in, its
// licence in brackets ("our firmware runs FreeRTOS (MIT) and uses lwIP (BSD)"), is code
// taken in, not the work that takes in what follows.
func TestBracketedLicenceOfCodeTakenIn(t *testing.T) {
	q, _ := ParseQuestion("Our firmware for a smart thermostat runs FreeRTOS (MIT) and uses lwIP (BSD) and mbedTLS (Apache-2.0). We sell the device. What do we need to include?")
	if q.Kind == AskCompatibility || q.Work != "" {
		t.Errorf("kind %d work %q licences %q, want no work among the licences of what the firmware takes in", q.Kind, q.Work, q.Licenses)
	}
	// The subject said to take code in is still the work.
	wantCompatibility(t, map[string][]string{"viuer is an MIT crate, yet it depends on a GPL-3.0 crate. ok?": {"GPL-3.0-only", "MIT"}})
}

// TestBuiltWithAndVSCode: a library a work is built with, its licence in brackets ("a
// discord bot with discord.py (MIT)"), is not the work's licence; "VS Code" is an
// editor, not "versus"; "I'm writing an extension under MIT" says the asker's own.
func TestBuiltWithAndVSCode(t *testing.T) {
	if q, _ := ParseQuestion("Im building a discord bot with discord.py (MIT) and want to use a GPLv3 music library. ok?"); q.Work == "MIT" {
		t.Errorf("the library the bot is built with read as the bot's licence: %+v", q)
	}
	wantCompatibility(t, map[string][]string{
		"I'm writing a VS Code extension under MIT and want to bundle the TypeScript compiler (Apache-2.0). fine?": {"Apache-2.0", "MIT"},
	})
	if q, _ := ParseQuestion("MIT vs. BSD-2-Clause for a small library?"); !q.Difference {
		t.Errorf("\"vs.\" no longer compares: %+v", q)
	}
}

// TestLicenceNamedByItsFAQ: a licence named only by its FAQ, in a message that names no
// other, is the one asked about; beside another, the FAQ is still only a document.
func TestLicenceNamedByItsFAQ(t *testing.T) {
	wantReadings(t, []reading{
		{"Someone read the OFL FAQ as saying any converted font must be renamed. Do we have to rename the fonts we serve on our site?", "OFL-1.1", ""},
	})
	if q, _ := ParseQuestion("the GPL FAQ says so, but our library is MIT: can it use an Apache-2.0 one?"); slices.Contains(q.Licenses, "GPL-3.0-only") {
		t.Errorf("the GPL FAQ read as a licence beside others: %q", q.Licenses)
	}
}

// TestFontRemixStaysOFL: an OFL font may be bundled with software under any licence, but
// a remix of the font stays under the OFL (its condition 5); and a relicence proposed to
// a project ("could you go lgpl3?") is not the licence asked about.
func TestFontRemixStaysOFL(t *testing.T) {
	if c := CompatibleFor("OFL-1.1", "MIT", "modify"); c.Answer != "No" {
		t.Errorf("a modified OFL font into an MIT work: %q (%s), want No", c.Answer, c.Basis)
	}
	if c := CompatibleFor("OFL-1.1", "MIT", "distribute"); c.Answer != "Yes" {
		t.Errorf("an OFL font bundled with MIT software: %q, want Yes", c.Answer)
	}
	wantReadings(t, []reading{{"streamsupport is gpl2 w/ classpath exception. legal says that rules it out for our commercial product. do they have a point or could you go lgpl3?", "GPL-2.0-only WITH Classpath-exception-2.0", "distribute"}})
}

// TestRewriteAndLicenseIt: code taken, rewritten and licensed anew ("take GPL code,
// rewrite it in Rust and license it MIT") goes into a work under the new licence; a
// translation is a modified version.
func TestRewriteAndLicenseIt(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"is it legal to take GPL code, rewrite it in Rust and license it MIT?": {"GPL-3.0-only", "MIT"},
	})
	wantReadings(t, []reading{{"if I translate a GPL Python library to Go, what license must it have?", "GPL-3.0-only", "modify"}})
}

// TestLinkingFrom: "linking from" proprietary code is linking to the library.
func TestLinkingFrom(t *testing.T) {
	wantReadings(t, []reading{{"Does the MPL allow linking from proprietary code?", "MPL-2.0", "dynamic_link"}})
}

// TestMySQLDrivers: the MySQL JDBC and ODBC drivers are the connectors, under the GPL
// with Oracle's FOSS exception, not the server.
func TestMySQLDrivers(t *testing.T) {
	wantReadings(t, []reading{{"can we use the mysql jdbc driver in our closed source app?", "GPL-2.0-only WITH Universal-FOSS-exception-1.0", "distribute"}})
}

// TestListsAndTerseChoices: a use given as a list item ("- linking: dynamic") and a
// choice of licences for one's own project typed without a question mark.
func TestListsAndTerseChoices(t *testing.T) {
	wantReadings(t, []reading{{"- our app: proprietary, desktop\n- dependency: ffmpeg (lgpl build)\n- linking: dynamic\nok?", "LGPL-2.1-or-later", "dynamic_link"}})
	wantTopics(t, map[string]string{"mit or apache for my lib": "choose"})
}

// TestPublishingChangesAsked: whether changes must be published ("do I have to publish my
// modifications?") asks about modifying, unless the message hands the work over too.
func TestPublishingChangesAsked(t *testing.T) {
	wantReadings(t, []reading{
		{"do I have to publish my modifications to an Apache 2.0 project?", "Apache-2.0", "modify"},
		{"If I modify MPL-2.0 files, do I have to release those changes?", "MPL-2.0", "modify"},
		{"we patched a GPL tool and sell it to customers. must we publish our changes?", "GPL-3.0-only", "distribute"},
	})
}

// TestBackendsAndBuildTime: the backend of a mobile app is a service; a package used
// only at build time stays in house.
func TestBackendsAndBuildTime(t *testing.T) {
	wantReadings(t, []reading{
		{"can we use an AGPL library in our mobile app's backend?", "AGPL-3.0-only", "saas"},
		{"we use a GPL-licensed npm package only at build time (webpack plugin). does it affect our bundle?", "GPL-3.0-only", "internal"},
		{"can we use an LGPL library in our mobile app?", "LGPL-3.0-only", "mobile"},
	})
}

// TestOpenSourceWorkNamed: "an MIT-licensed open source project" is the asker's
// project, described as open source; "source" there is no code taken in.
func TestOpenSourceWorkNamed(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"We have an MIT-licensed open source project and want to include a header-only C++ library that is under the Boost Software License. Do we have to change anything in our licensing or add a notice?": {"BSL-1.0", "MIT"},
		"Our GPL-licensed open-source app wants to include an Apache-2.0 library. OK?": {"Apache-2.0", "GPL-3.0-only"},
	})
}

// TestShippedApartFromClosedWork: code run as a program of its own beside a closed
// work (a subprocess, a command line, user space on a GPL kernel) and shipped with it
// is read as shipped apart, not combined; code linked in is not.
func TestShippedApartFromClosedWork(t *testing.T) {
	for text, want := range map[string]bool{
		"Our product is an embedded Linux device. We use the Linux kernel (GPLv2), BusyBox (GPLv2) and our own closed-source application running in user space. Do we need to release the source of our application?": true,
		"We ship a proprietary product that calls a GPL command-line tool as a subprocess. Do we need to GPL our code?":                                                                                               true,
		"our closed desktop app talks to a GPL daemon over a unix socket; we ship both":                                                                                                                               true,
		"Our VS Code extension (closed) calls an LGPL language server over stdio":                                                                                                                                     true,
		"We ship a proprietary product with a GPL library compiled in. Do we need to GPL our code?":                                                                                                                   false,
		"does the kernel's gpl reach our closed daemon that just runs on embedded linux":                                                                                                                              true,
		"our closed app runs on linux and links a gpl library. do we have to gpl it?":                                                                                                                                 false,
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskVerdict || want && q.Use != "distribute" || q.Apart != want {
			t.Errorf("%q: kind %v use %q apart %v, want a verdict on distributing, apart %v", text, q.Kind, q.Use, q.Apart, want)
		}
	}
}

// TestLGPLv3LibraryForGPLv2OnlyCode: the FSF's table says GPLv2-only (and LGPLv2.1-only)
// code cannot use an LGPLv3 library however it links; other works may link it
// dynamically, and "or later" code may, the whole going under GPLv3.
func TestLGPLv3LibraryForGPLv2OnlyCode(t *testing.T) {
	for _, c := range []struct{ in, out, use, want string }{
		{"LGPL-3.0-only", "GPL-2.0-only", "dynamic_link", "No"},
		{"LGPL-3.0-or-later", "GPL-2.0-only", "", "No"},
		{"LGPL-3.0-only", "LGPL-2.1-only", "dynamic_link", "No"},
		{"LGPL-3.0-only", "GPL-2.0-or-later", "dynamic_link", "Yes"},
		{"LGPL-3.0-only", "MIT", "dynamic_link", "Yes"},
		{"LGPL-3.0-only", "MIT", "", "Check dependency"},
		{"LGPL-2.1-only", "GPL-2.0-only", "dynamic_link", "Yes"},
	} {
		if got := CompatibleFor(c.in, c.out, c.use); got.Answer != c.want {
			t.Errorf("%s into %s (%q): %q (%s), want %q", c.in, c.out, c.use, got.Answer, got.Basis, c.want)
		}
	}
}

// TestContributionAskedByWhatIsDone: fixing a typo in a project's docs, or asking for
// approval to contribute, is contributing, whatever the project's licence; patching a
// vendored copy is not. Adding a licence to one's repository is choosing one.
func TestContributionAskedByWhatIsDone(t *testing.T) {
	wantTopics(t, map[string]string{
		"Do I need approval to fix a typo in the React docs?":                  "contribute",
		"Do we need permission from legal to contribute to an Apache project?": "contribute",
		"I need an ok before I patch the MIT lib we vendor?":                   "",
		"How do I add a license to my GitHub repo?":                            "choose",
	})
}

// TestRetiredIDsAndPerlArtistic: a retired SPDX ID typed in a question is read as the
// expression that replaced it, saying so, as a scanned file's tag is; "the Perl Artistic
// License" is Perl's own, version 1.0.
func TestRetiredIDsAndPerlArtistic(t *testing.T) {
	wantReadings(t, []reading{
		{"is GPL-2.0-with-classpath-exception ok to ship in our product?", "GPL-2.0-or-later WITH Classpath-exception-2.0", "distribute"},
		{"wxWindows licensed lib in our closed app?", "LGPL-2.0-or-later WITH WxWindows-exception-3.1", "distribute"},
		{"Is GPL-2.0+ ok internally?", "GPL-2.0-or-later", "internal"},
		{"Is the Perl Artistic license ok for us to redistribute?", "Artistic-1.0-Perl", "distribute"},
		{"perl artistic license 2.0 code in our app?", "Artistic-2.0", "distribute"},
		{"ccby icons in the app?", "CC-BY-4.0", "distribute"},
	})
	q, _ := ParseQuestion("is GPL-2.0-with-classpath-exception ok to ship in our product?")
	if !slices.ContainsFunc(q.Assumed, func(a Assumption) bool { return strings.Contains(a.Why, "retired") }) {
		t.Errorf("a retired ID read without saying so: %+v", q.Assumed)
	}
}

// TestProjectOptionForClosedWork: a well-known project offered under a choice whose
// options ask differently is read, for a closed or commercial work, as the option that
// asks least, saying so; a choice whose options ask alike, one with an option the data
// does not describe, or a question that is not about a closed work keeps the choice. GNU
// Unifont's OFL option keeps only the font's own files under it, less than the GPL's.
func TestProjectOptionForClosedWork(t *testing.T) {
	wantReadings(t, []reading{
		{"qt in our paid closed-source desktop app, do we have to buy the commercial licence", "LGPL-3.0-only", "distribute"},
		{"can we ship qt in our product?", "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only", "distribute"},
		{"can i use gnu unifont for the ui text in my closed source game or does the whole game turn gpl", "OFL-1.1", "distribute"},
		{"can we ship freetype in our closed source product?", "FTL", "distribute"},
		{"can we ship dbus in our closed source product?", "GPL-2.0-or-later OR AFL-2.1", "distribute"}, // AFL-2.1's conditions are not in the data
	})
	q, _ := ParseQuestion("qt in our paid closed-source desktop app, do we have to buy the commercial licence")
	if !slices.ContainsFunc(q.Assumed, func(a Assumption) bool { return strings.Contains(a.Why, "the option that asks least") }) {
		t.Errorf("an option taken without saying so: %+v", q.Assumed)
	}
}

// TestSignOffAndBusinessSourceTerms: a "sign-off" that is someone's approval is not the
// DCO's sign-off on commits; the Business Source License's own terms ("Change Date",
// "Additional Use Grant") name it when nothing else does; going permissive, or moving
// one's crate from one licence to another, is choosing one, with what moving takes (or,
// when it asks whose agreement that needs, the contributors' side of it).
func TestSignOffAndBusinessSourceTerms(t *testing.T) {
	wantTopics(t, map[string]string{
		"I've got a personal project at home, closed source and all mine. It would save a lot of time to reuse big chunks of it in a project at my day job, but I doubt I'd get sign-off beforehand. How do I protect myself so nobody later says my home project now belongs to the company?": "employer",
		"do I need to sign off my commits for the kernel?":                                                                   "cla",
		"our PRs were rejected for missing a sign-off. what is it?":                                                          "cla",
		"Our toolbox is AGPLv3 and contributions are drying up. We're considering going permissive. Which licence, and why?": "choose",
	})
	wantReadings(t, []reading{
		{"dockhand's licence file has 'Change Date: January 1, 2029'. typo? what does that even mean", "BUSL-1.1", ""},
		{"can we change date formats in the MIT lib?", "MIT", ""},
	})
	for text, topic := range map[string]string{
		// Whose agreement the move needs is asked: the contributors' side of it.
		"want to move my crate from apache-2.0 to 'MIT OR Apache-2.0' like most of rust. do i still need every contributor to agree?": "cla",
		"Our toolbox is AGPLv3 and contributions are drying up. We're considering going permissive. Which licence, and why?":          "choose",
	} {
		if q, _ := ParseQuestion(text); q.Topic != topic || !q.Relicenses {
			t.Errorf("%q: topic %q, relicenses %v, want %s, moving a released project", text, q.Topic, q.Relicenses, topic)
		}
	}
}

// TestWorkReleasedWithAnAside: "release my fork, with my changes, under the GPL" says the
// work's licence across the aside.
func TestWorkReleasedWithAnAside(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"I want to fork an MIT-licensed project. Can I release my fork, with my changes, under the GPL?": {"MIT", "GPL-3.0-only"},
	})
}

// TestUsesFromAsides: porting code to another language is modifying it; a web app for
// colleagues stays in house; code on the client side of a web app is sent to browsers;
// "OpenRAIL-M" is the CreativeML licence unless BigScience's is said.
func TestUsesFromAsides(t *testing.T) {
	wantReadings(t, []reading{
		{"we want to port the GPL library to Rust", "GPL-3.0-only", "modify"},
		{"I took a GPLv3 chat app, added image generation, and I'm deploying it as a web app for colleagues at my company. Do I have to open-source my changes?", "GPL-3.0-only", "internal"},
		{"I want to use an MPL-2.0 library unmodified on the client side of my web app, just calling it from my own code. Do I have to release my app's source?", "MPL-2.0", "distribute"},
		{"can we use a model under the CreativeML OpenRAIL-M in our product?", "LicenseRef-CreativeML-OpenRAIL-M", "distribute"},
		{"we use bigscience openrail-m weights internally, ok?", "LicenseRef-BigScience-OpenRAIL-M", "internal"},
	})
}

// TestServiceSeenInTheBrowser: a web app its users open in their browsers, or a server
// run behind the asker's own proxy, is a service; whether the licence "makes us
// publish" something is asked of it, not done; behind a firewall alone stays in house.
func TestServiceSeenInTheBrowser(t *testing.T) {
	wantReadings(t, []reading{
		{"I'm building a subscription website with a few GPLv3 functions pasted into my backend. Customers only use the service in the browser. Do I have to hand out my source?", "GPL-3.0-only", "saas"},
		{"we offer an AGPL pdf converter to our customers and people just use it in the browser. ok?", "AGPL-3.0-only", "saas"},
		{"we run a modified AGPL forum behind our own reverse proxy, does agpl make us publish our theme?", "AGPL-3.0-only", "saas"},
		{"registry-cli is gplv3, we only run it behind our firewall", "GPL-3.0-only", "internal"},
	})
}

// TestWhetherALicenceIsProper: whether a licence is a proper or legitimate one asks what
// it is, for every use.
func TestWhetherALicenceIsProper(t *testing.T) {
	wantProfiles(t,
		"our lawyers just banned everything under the WTFPL. is the wtfpl actually a proper licence or is legal being overcautious",
		"is the JSON license legit?",
	)
}

// TestCodeMergedIntoAFork: code merged into a fork the asker keeps comes in, and the
// fork, under its upstream's licence, is the work.
func TestCodeMergedIntoAFork(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"We maintain a fork of a GPLv2-only program. We'd like to merge some GPLv3-only code into it. Possible?": {"GPL-3.0-only", "GPL-2.0-only"},
	})
}

// TestQuotedGrantInAQuestion: a question around a licence's words in quotation marks is
// a question, and the opening grant of the MIT, BSD or ISC licence, quoted, is read as
// that licence.
func TestQuotedGrantInAQuestion(t *testing.T) {
	for text, want := range map[string]string{
		`The library's LICENSE says: "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction". Can we use it in our closed-source app?`:                                                                     "MIT",
		`Our vendor's README includes this: "This program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any later version." We want to link it statically into our firmware. OK?`: "GPL-2.0-or-later",
		`the header says "Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted". can we ship it?`:                                                                                                                                                                                 "ISC",
	} {
		if LooksLikeLicenseText(text) {
			t.Errorf("%q: taken for a pasted licence", text)
			continue
		}
		if q, ok := ParseQuestion(text); !ok || q.Expression != want {
			t.Errorf("%q: read %q, want %q", text, q.Expression, want)
		}
	}
}

// TestSoldNowAndOtherVersions: a tool kept in house until now and to be sold to
// customers is distributed (unless the sale is denied); licences said of newer versions
// than the one asked about are history.
func TestSoldNowAndOtherVersions(t *testing.T) {
	wantReadings(t, []reading{
		{"We have an internal tool written in Python that uses a GPL library. Now management wants to sell this tool to a few customers. Do we need to release our tool under GPL?", "GPL-3.0-only", "distribute"},
		{"we use a GPL library in our internal tool. we don't plan to sell it to customers. ok?", "GPL-3.0-only", "internal"},
		{"I want to include a figure from a CC BY-SA 4.0 Wikipedia article in a paper that will be published by a commercial journal. Allowed?", "CC-BY-SA-4.0", "distribute"},
		{"can I use a CC BY image in my book?", "CC-BY-4.0", "distribute"},
		{"My team wants to use Elasticsearch 7.10 (the last Apache 2.0 version) in our SaaS. Newer versions are under SSPL/Elastic License. Can we keep using 7.10 forever without issues?", "Apache-2.0", "saas"},
	})
}

// TestWhichLicenceGoesOnIt: which licence goes on the asker's data, docs or manual is
// choosing one, whatever licences the message names as background.
func TestWhichLicenceGoesOnIt(t *testing.T) {
	wantTopics(t, map[string]string{
		"country code json we maintain is built partly from wikipedia tables and partly from un statistics pages. what licence goes on it": "choose",
		"we're writing the user manual for notepad++, which is gpl. what licence should the docs get?":                                     "choose",
	})
}

// TestWhereCreditGoes: where and how credit is given is the attribution topic, whatever
// licences the question names; a licence text's own wording, or a choice of licence that
// mentions attribution, is not.
func TestWhereCreditGoes(t *testing.T) {
	wantTopics(t, map[string]string{
		"login screen background is a cc-by-sa photo from a community member — must the credit be on the image itself?": "attribution",
		"do i have to show a font awesome credit in my flutter app?":                                                    "attribution",
		"our web map credits openstreetmap in the about menu. isn't that enough?":                                       "attribution",
		"can we use unsplash photos on our app's onboarding screens without giving credit?":                             "attribution",
		"license scanner says nvme-cli's COPYING is GPL-2.0-or-later. how can a licence text itself be \"or later\"?":   "orlater",
	})
}

// TestHowSourceReachesRecipients: how the source must reach those who got the binaries
// (mailing it on request, a written offer, the source of the exact version) is the
// distribution topic, whose answer says what a written offer does.
func TestHowSourceReachesRecipients(t *testing.T) {
	wantTopics(t, map[string]string{
		"we put our gpl binaries on a download server. can we just mail the source to whoever asks for it?":                                        "distribution",
		"a customer passed our gpl binary and our written source offer on to someone else, who now asks us for the source. do we have to send it?": "distribution",
		"a project ships binaries of a gpl app but the source for that exact version isn't on github. is that automatically a gpl violation?":      "distribution",
	})
	if tp, ok := TopicNamed("distribution"); !ok || !strings.Contains(strings.Join(tp.Answer, " "), "written offer") {
		t.Errorf("the distribution topic does not say what a written offer does")
	}
}

// TestOrLaterAskedAsSuch: "or later" asked about as such, in quotation marks or as "the
// or-later part", is the or-later topic whatever licences are named.
func TestOrLaterAskedAsSuch(t *testing.T) {
	wantTopics(t, map[string]string{
		"why would a project switch from “GPL v3 or later” to “v3 only”? what does the “or later” bit actually do": "orlater",
		"for a new R package, GPL-3 or \"GPL (>= 2)\"? what does the or-later part buy us":                         "orlater",
		"whats the actual risk of keeping \"or any later version\" in our gpl headers?":                            "orlater",
	})
}

// TestConsideredMovesAndChoices: a licence a project is only thinking of moving to is no
// work the question is about; "X and/or Y" is a choice; a product sold to customers, or
// scripts in the pages a site serves, are distributed; notices that "have to stay" in a
// bundle are a question of attribution.
func TestConsideredMovesAndChoices(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"OSHI, the Java system-info library, has been EPL 1.0 since the start. Several people building GPL-licensed tools want to depend on it, even just as a library jar. The maintainers are thinking of moving to MIT. Does EPL 1.0 really stop a GPL project from using it?": {"EPL-1.0", "GPL-3.0-only"},
	})
	wantReadings(t, []reading{
		{"the LPC sprites say 'GPL 3.0 and/or CC-BY-SA 3.0'. do i have to comply with both for my game?", "GPL-3.0-only OR CC-BY-SA-3.0", "distribute"},
		{"We want to package the MongoDB community Kubernetes operator, unmodified, into a product we sell directly to customers. We're not a cloud provider. Does SSPL allow selling it this way?", "SSPL-1.0", "distribute"},
	})
	wantTopics(t, map[string]string{
		"Our production build strips every comment, including the licence headers of the MIT and BSD npm packages we bundle. Do the notices have to stay inside the bundle?": "attribution",
	})
}

// TestAddOnForATool: code written to run inside a tool ("our Blender add-on") is not what
// one makes with the tool: the tool's licence reaches it, and the use is read as said.
func TestAddOnForATool(t *testing.T) {
	wantReadings(t, []reading{
		{"We make a Blender add-on, which has to be GPL because it uses Blender's Python API. Can our GPL add-on just load a vendor's proprietary library at runtime?", "GPL-2.0-or-later", "dynamic_link"},
		{"Can I use GCC to compile my plugin?", "GPL-3.0-or-later", "internal"},
	})
	// The tool named after the plug-in: "a plug-in for the Eclipse IDE" runs inside it,
	// and is code going into the host's work.
	text := "We're building a plug-in for the Eclipse IDE and the team would like it to be GPL. It is useless without the Eclipse platform, which is under the EPL. Can we offer a download with Eclipse and our plug-in together?"
	if q, _ := ParseQuestion(text); q.Use == "internal" || q.Work != "EPL-2.0" {
		t.Errorf("%q: use %q work %q, want the plug-in going into the EPL-2.0 host", text, q.Use, q.Work)
	}
}

// TestUpstreamingAComponent: upstreaming one's component into a project is contributing
// to it, whatever the project's licence.
func TestUpstreamingAComponent(t *testing.T) {
	wantTopics(t, map[string]string{
		"want to upstream my custom component into home assistant core. does its licence matter?": "contribute",
	})
	wantReadings(t, []reading{{"can we ship home assistant in our product?", "Apache-2.0", "distribute"}})
}

// TestWorkSaidAsWhatDependsOnTheCode: the licence of what depends on the code ("as a
// dependency of a GPL project") or of the asker's work said with "that's" is the work's.
func TestWorkSaidAsWhatDependsOnTheCode(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"can i use orpheus (mpl 1.1) as a dependency of a gpl project?":                      {"MPL-1.1", "GPL-3.0-only"},
		"can we use an mit library as a dependency of our apache-2.0 app?":                   {"MIT", "Apache-2.0"},
		"can i put a cc by-sa 4.0 photo on the cover of my e-book that's cc by-nc-sa 4.0":    {"CC-BY-SA-4.0", "CC-BY-NC-SA-4.0"},
		"we want an lgpl-2.1 crate in our game, which is mit. what do we have to do for it?": {"LGPL-2.1-only", "MIT"},
	})
}

// TestWordsBeforeExceptionThatNameNone: "with no exception", "that exception", "an
// exception for my hobby project" and "combined with our own" name no exception or
// licence the bot would have to refuse as unknown.
func TestWordsBeforeExceptionThatNameNone(t *testing.T) {
	for _, text := range []string{
		"Chisel is GPL (v2 wording) with no Minecraft exception. Can we ship it in our modpack?",
		"Part of KDE is licensed GPL plus the Qt exception. What happens when contributors paste plain GPL code into files that are under the GPL with that exception?",
		"my contract says ip i create belongs to my employer. they're fine with an exception for my MIT hobby project. how do i word it?",
		"Our site shows maps built from OpenStreetMap data combined with our own. OSM moved from CC BY-SA to the ODbL. What do we owe now?",
	} {
		if q, _ := ParseQuestion(text); len(q.Unknown) > 0 || q.Partial || q.Unpaired {
			t.Errorf("%q: unknown %q (partial %v, unpaired %v), want none", text, q.Unknown, q.Partial, q.Unpaired)
		}
	}
	if q, _ := ParseQuestion("is it GPLv3 with the Acme exception?"); !slices.Contains(q.Unknown, "Acme exception") {
		t.Errorf("an exception named still unknown: got %q", q.Unknown)
	}
}

// TestOwnWorkOfferedTwoLicences: "should my package be AGPL-3.0 or just normal GPL-3.0?"
// weighs which licence the asker's own work gets; a tool that "just lists the licenses of
// all my deps" is checking dependencies' licences.
func TestOwnWorkOfferedTwoLicences(t *testing.T) {
	wantTopics(t, map[string]string{
		"hadley says agpl code is flat out banned at google and facebook. should my r serialization package be agpl3 or just normal gpl3?": "choose",
		"should my new crate be licensed under mit or apache 2?":                                                                           "choose",
		"is there an npm command that just lists the licenses of all my deps?":                                                             "dependencies",
	})
	if q, _ := ParseQuestion("should our app use an mit or a gpl library?"); q.Topic != "" {
		t.Errorf("libraries the app uses are not its licence: topic %q", q.Topic)
	}
}

// TestClientWrittenInALanguage: a project whose name ends in "client" or the like, said
// right after a programming language, is a client for the shorter name written in it
// ("a C++ Meteor client" is no Meteor Client, the GPL Minecraft mod); and whether a thing
// made or shown must carry the credit is attribution, while "do we have to credit it?"
// asks what the licence asks of the use.
func TestClientWrittenInALanguage(t *testing.T) {
	wantExpressions(t, map[string]string{
		"meteorpp, a C++ Meteor client, uses EJDB as its client-side cache database, and EJDB is LGPL. What does the LGPL actually oblige me to do here?": "LGPL-3.0-only",
		"can i use meteor client in my own minecraft mod?": "GPL-3.0-only",
	})
	wantTopics(t, map[string]string{
		"We credit OpenMoji (CC BY-SA 4.0) in the project notes, but the card images people generate carry no attribution. Do the rendered cards need the credit too?": "attribution",
		"does every screenshot of the cc-by-4.0 map have to carry attribution?":                                                                                        "attribution",
		"material icons in our android app, do we have to credit google somewhere?":                                                                                    "",
	})
}

// TestClosedCodeIntoOwnGPLWork: closed code taken into the asker's own GPL work, or into a
// GPL work asked to take it ("Can the GPL project ship with those proprietary pieces?"),
// is read as that, the GPL being the work's; a closed module for someone else's GPL project (the
// kernel, a host program) keeps its own reading.
func TestClosedCodeIntoOwnGPLWork(t *testing.T) {
	for text, want := range map[string]bool{
		"our gplv3 game wants to LoadLibrary the closed steamworks dll at runtime. does dynamic loading get around the gpl?":    true,
		"our emulator is gplv2. can we swap the deprecated discord-rpc for discord's closed game sdk?":                          true,
		"can my gpl program link against a proprietary library?":                                                                true,
		"We wrote a proprietary Linux kernel driver. Can we ship it as a binary module?":                                        false,
		"We're writing a plugin for CloudCompare, which is GPLv2+, that reads a format through the vendor's closed SDK.":        false,
		"can our closed app link a gpl library?":                                                                                false,
		"our gplv3 doom 3 bfg fork ships steam_api.dll in the release zip. isn't that covered by the system library exception?": true,
		"my GPL program links against the Windows system libraries. is that allowed?":                                           false,
		"our voxel game is gplv3 and the plugin api is part of it. can people ship closed-source plugins for it?":               true,
		// A GPL work asked to take closed pieces, whoever's it is.
		"rusEFI is GPLv3 engine-control firmware, and the console we distribute bundles PEAK's PCANBasic.dll. Can the GPL project ship with those proprietary pieces?": true,
		"Surge is GPL3 and can optionally load libMTS, a proprietary library. Is a GPL program loading a proprietary library like that allowed at all?":                true,
		"agpl web server with a wasm plugin system, can 3rd party plugins be proprietary?":                                                                             true,
	} {
		if q, _ := ParseQuestion(text); q.ClosedIn != want || want && q.Work != q.Licenses[0] {
			t.Errorf("%q: closed code in %v (work %q), want %v", text, q.ClosedIn, q.Work, want)
		}
	}
}

// TestAnacondaTermsBesideConda: Anaconda's channels are under its terms of service,
// read beside the conda tool's own licence.
func TestAnacondaTermsBesideConda(t *testing.T) {
	wantExpressions(t, map[string]string{
		"We install Python and all the packages with conda. We've heard Anaconda changed its terms so that commercial use is no longer free. Does using conda inside the company now need a paid Anaconda licence?": "BSD-3-Clause AND LicenseRef-Anaconda-ToS",
	})
}

// TestCompanyAsOwnerOfAThing: "my company's website" names what the company has, not an
// employer's claim on the asker's work.
func TestCompanyAsOwnerOfAThing(t *testing.T) {
	wantTopics(t, map[string]string{
		"I want to use some Creative Commons icons on my company's commercial website, but I can't put a credit line next to every icon. Is a credits page linked in the footer enough?": "attribution",
		"does my company own what i write at home?": "employer",
	})
}

// TestWhichOfTwoLicencesAWorkShouldHave: "should a library like this be GPL or LGPL?"
// is choosing a licence, even beside a linking exception the message does not name; two
// ways of linking are not.
func TestWhichOfTwoLicencesAWorkShouldHave(t *testing.T) {
	wantTopics(t, map[string]string{
		"We maintain pnetlib, currently under the GPL with a linking exception. Rhys proposed switching it to the LGPL. Before we vote: should a library like this be GPL or LGPL?": "choose",
		"should our docs be cc-by or cc0?":                            "choose",
		"should the gpl library be linked statically or dynamically?": "",
	})
}

// TestWhatAClauseRequires: what a clause or section of the licence named, or a condition
// named by its kind (share-alike, copyleft, attribution), requires is what the licence asks, with the use the message gives beside it.
func TestWhatAClauseRequires(t *testing.T) {
	wantProfileOf(t, map[string]string{
		"We're cleaning up the NOTICE file for our Apache incubator release. I keep reading the Apache License 2.0 section about NOTICE files. What does that clause actually require of us?": "Apache-2.0",
		// A condition named by its kind is a part of the licence too.
		"what does sharealike actually oblige us to if we adapt cc-by-sa 4.0 docs":                                "CC-BY-SA-4.0",
		"what does copyleft actually require if we modify a gplv3 library?":                                       "GPL-3.0-only",
		"the library is under the PHP License 3.01. what do those clauses really demand when we redistribute it?": "PHP-3.01",
		// What it wants of a kind of work.
		"markdownview is lgpl 3 and android squashes everything into one dex. what does the relink clause actually want from a closed app?": "LGPL-3.0-only",
	})
}

// TestConsentAfterAPullRequest: a move of the asker's project after someone sent a pull
// request asks whose agreement it needs.
func TestConsentAfterAPullRequest(t *testing.T) {
	wantTopics(t, map[string]string{
		"Someone sent a pull request with really nice icons for my app. The code is GPLv2 at the moment, but I may move it to MIT or BSD later on. Do I need the icon designer's agreement to relicense their icons along with everything else if I switch?": "cla",
		"someone sent a pull request adding an MIT library to our GPL app, is that ok?": "",
	})
}

// TestNameInsideAnIdentifier: a project's name joined to another word by an underscore
// names another thing ("imgui_club" is no imgui, "ssd_keras" no Keras).
func TestNameInsideAnIdentifier(t *testing.T) {
	wantExpressions(t, map[string]string{
		"imgui_club has no license file at all, what's it under?": "",
		"is imgui mit?": "MIT",
		"the ssd_keras repo has an mit LICENSE. does that cover the downloadable trained weights too?": "MIT",
	})
}

// TestNonGPLWork: a work said to be "non-GPL" is the asker's closed work, not one more
// GPL licence ("our non-GPL app links libfoo which is LGPL" was LGPL code into a GPL work).
func TestNonGPLWork(t *testing.T) {
	for text, want := range map[string]string{
		"our non-GPL app links libfoo which is LGPL, ok?":                  "LGPL-3.0-only",
		"can a non-gpl program use a gpl library?":                         "GPL-3.0-only",
		"we ship a non-AGPL build of our server with an MIT parser. fine?": "MIT",
	} {
		q, _ := ParseQuestion(text)
		if q.Expression != want || q.Work != "" || !q.Proprietary {
			t.Errorf("%q: expression %q work %q proprietary %v; want %s into a closed work", text, q.Expression, q.Work, q.Proprietary, want)
		}
	}
}

// TestSellingOpenSource: whether software under an open licence may be sold at all, or a
// fee charged for it, or whether the licence means it must be free of charge, is the
// selling topic whatever licence is named; selling one's own
// product with the code in it asks what the code's licence asks of that product, and
// terms that forbid commercial use are the non-commercial topic.
func TestSellingOpenSource(t *testing.T) {
	wantTopics(t, map[string]string{
		"can I sell GPL software?":                                                             "selling",
		"can we charge money for a GPL plugin?":                                                "selling",
		"is it legal to sell open source software?":                                            "selling",
		"can we charge for gpl software we build or only the cost of distribution":             "selling",
		"can i charge money for copies of a gplv3 minecraft server plugin someone else wrote?": "selling",
		"does the mit license let us charge for it?":                                           "selling",
		"A blog post claims charging a fee isn't GPL compliant. Is that right?":                "selling",
		"can we sell our drupal module or doesn't the gpl mean it has to be free?":             "selling",
		"can we sell our app that uses a GPL library?":                                         "",
		"our game uses an MIT library, can we sell it?":                                        "",
		"I depend on a GPL script. does it stop me selling the game?":                          "",
		"does the cc-by-nc licence allow selling?":                                             "noncommercial",
		"the plugin is GPL but the download page says no reselling. can they add that?":        "noncommercial",
	})
}

// TestWhyThisLicenceCreditAndSource: asking why a project has one licence and not another
// is choosing one; stripping a project's copyright banner is attribution; how to get a
// device's GPL source is how source must reach those who got the binaries.
func TestWhyThisLicenceCreditAndSource(t *testing.T) {
	wantTopics(t, map[string]string{
		"why pick mit over gplv3 for a window manager? doesnt mit just let companies close up their versions?":                                                    "choose",
		"why would our lab pick mpl for a python repo instead of apache, mit or bsd?":                                                                             "choose",
		"why would a company choose the agpl for its database?":                                                                                                   "choose",
		"why is the amp modeler plugin MIT and not mpl 2.0? wouldnt mpl at least keep peoples changes open":                                                       "choose",
		"can i strip the core-js copyright banner out of my minified prod bundle? its just dead bytes":                                                            "attribution",
		"how do you actually get the gpl source for a zyxel vmg1312 modem? their download site only has firmware blobs":                                           "distribution",
		"if a binary of our patched build leaks and someone else posts it, do we owe anyone the source?":                                                          "distribution",
		"We ship a closed-source desktop app built on Electron. Which licence files and notices have to go into the installer, and do we owe anyone source code?": "attribution",
	})
}

// TestMoreProjectsReadAsTheirLicences guards a few of the projects added with their
// sources: OpenWrt, OpenPDF (its MPL option taken for a commercial product), OpenShot and
// Selenium WebDriver.
func TestMoreProjectsReadAsTheirLicences(t *testing.T) {
	wantReadings(t, []reading{
		{"we ship openwrt based firmware as a binary only. fine?", "GPL-2.0-only", "distribute"},
		{"can we bundle openpdf in a commercial java product?", "MPL-2.0", "distribute"},
		{"someone is selling openshot on the microsoft store for $3.99. isnt open source supposed to be free?", "GPL-3.0-or-later", "distribute"},
		{"can we use selenium webdriver at work?", "Apache-2.0", "internal"},
		// Berkeley DB moved from the Sleepycat licence to the AGPL at version 6.
		{"can our closed app link berkeley db 5.3?", "Sleepycat", "distribute"},
		{"can our closed app link berkeley db?", "AGPL-3.0-only", "distribute"},
		{"is toybox ok in our firmware?", "0BSD", "distribute"},
	})
}

// TestOpenOurCodeAndWhatNotices: a message that asks whether the asker must open their
// own code, and what notices they owe, gets the verdict on its use (whose answer gives
// the obligations), not the licence's profile; asking for the notices alone still does.
func TestOpenOurCodeAndWhatNotices(t *testing.T) {
	wantReadings(t, []reading{
		{"our closed backup tool shells out to 7za.exe. do we have to open our code, and what notices do we owe?", "LGPL-2.1-or-later AND BSD-3-Clause AND BSD-2-Clause", "distribute"},
	})
	if q, _ := ParseQuestion("do we need a NOTICE file for the apache libs in our app?"); q.Kind != AskProfile {
		t.Errorf("notices alone: kind %d, want the profile", q.Kind)
	}
}

// TestInstalledAtTheCustomerOrServedPages: software installed on a customer's own server,
// or sold preinstalled, is handed over; a site that "just serves pages" is a service.
func TestInstalledAtTheCustomerOrServedPages(t *testing.T) {
	wantReadings(t, []reading{
		{"we sell a web system to customers and as part of the deal install mysql community on their server. our app is php. do we have to gpl our app?", "GPL-2.0-only", "distribute"},
		{"we plan to sell our management system with mariadb preinstalled. does our own code have to be gpl too?", "GPL-2.0-only", "distribute"},
		{"our public website talks to mysql through connector/j. we don't distribute any software, we just serve pages. do we have to publish our source?", "GPL-2.0-only WITH Universal-FOSS-exception-1.0", "saas"},
	})
}

// TestLibraryTheUserInstalls: a library the user installs or adds apart, which the work
// finds at run time, is linked dynamically and not shipped, whatever "embeds" says of the
// control; said not to be shipped, it is not ruled out of the question.
func TestLibraryTheUserInstalls(t *testing.T) {
	wantReadings(t, []reading{
		{"our closed source c# desktop app that we sell embeds the vlc activex control to play video. we don't ship vlc, the user installs it separately. does vlc's gpl reach our app?", "GPL-2.0-or-later", "dynamic_link"},
		// Added by the users themselves, never bundled.
		{"our closed tool has an optional exporter that builds against an lgpl-2.1 lib, but we never bundle it and users add it themselves. fine?", "LGPL-2.1-only", "dynamic_link"},
	})
	// Not shipped is not ruled out: the library is still what the question asks about.
	text := "our app is mit. we don't ship libvlc, users install it separately. ok?"
	if q, _ := ParseQuestion(text); !slices.Equal(q.Licenses, []string{"LGPL-2.1-or-later", "MIT"}) || q.Use != "dynamic_link" {
		t.Errorf("%q: licences %q use %q, want libvlc's LGPL-2.1-or-later into MIT, linked dynamically", text, q.Licenses, q.Use)
	}
}

// TestNewProjectLicenceAndPublicDomain: which licence a new open source project should
// use is choosing one, not the policy's list; whether CC0 is the same as the public
// domain asks what CC0 is, not how it will be used.
func TestNewProjectLicenceAndPublicDomain(t *testing.T) {
	wantTopics(t, map[string]string{
		"which licence should our new open source project use?": "choose",
		"what licence should my open source library have?":      "choose",
	})
	wantProfileOf(t, map[string]string{"is the public domain the same as CC0?": "CC0-1.0", "is CC0 the same as public domain?": "CC0-1.0"})
}

// TestOpeningOnesCodeOrBreakingTheLicence: "do I need to open source my code if I use an
// MIT library?" asks what the library obliges, not whether MIT is open source; what
// happens on a breach of a licence asks what the licence says, not how it will be used.
func TestOpeningOnesCodeOrBreakingTheLicence(t *testing.T) {
	if q, _ := ParseQuestion("do I need to open source my code if I use an MIT library?"); q.OpenSource {
		t.Error("opening one's own code taken for whether MIT is open source")
	}
	if q, _ := ParseQuestion("is the SSPL open source?"); !q.OpenSource {
		t.Error("whether the SSPL is open source is no longer asked")
	}
	if q, _ := ParseQuestion("what happens if we violate the GPL?"); q.Kind != AskProfile {
		t.Errorf("a breach: kind %d, want the licence's profile", q.Kind)
	}
}

// TestEmployerClaimAndHostedBackend: an employer said to own everything one writes is the
// employer's topic, whatever licence the asker would publish under; a backend hosted for
// customers is a service, whatever the message says of its front end.
func TestEmployerClaimAndHostedBackend(t *testing.T) {
	wantTopics(t, map[string]string{
		"My employer says everything I write belongs to them, even at night. I'd like to publish a small Rust crate I wrote on weekends under MIT. What should I do?": "employer",
	})
	wantReadings(t, []reading{
		{"Our company has a Node.js backend that we host for customers and a React frontend. One of the npm packages we depend on turned out to be AGPL-3.0. The frontend doesn't use it, only the backend. Do we have to release our backend source?", "AGPL-3.0-only", "saas"},
	})
}

// TestWhetherALicenceSuitsSoftware: whether Creative Commons licences suit software is
// choosing a licence, not a question about the policy's lists; whether a licence is
// legitimate asks what it is.
func TestWhetherALicenceSuitsSoftware(t *testing.T) {
	wantTopics(t, map[string]string{"are Creative Commons licenses suitable for software?": "choose"})
	if q, _ := ParseQuestion("is WTFPL legit?"); q.Kind != AskProfile {
		t.Errorf("is WTFPL legit: kind %d, want its profile", q.Kind)
	}
}

// TestWhichLicenceAProjectHas: "which license is sqlite?" and "is node.js gpl?" ask what
// licence a project has, answered with its own licence and the page that says so, not a
// verdict waiting for a use.
func TestWhichLicenceAProjectHas(t *testing.T) {
	wantProfileOf(t, map[string]string{
		"which license is sqlite?":      "blessing",
		"is node.js gpl?":               "MIT",
		"is node.js MIT?":               "MIT",
		"is openssl 3 apache licensed?": "Apache-2.0",
		"what's the license of zlib?":   "Zlib",
		"is julia mit?":                 "MIT", // the language, by its one-word name
	})
	if q, _ := ParseQuestion("is node.js gpl?"); len(q.Projects) != 1 || q.Projects[0].Said != "node.js" {
		t.Errorf("is node.js gpl: project readings %v, want node.js's", q.Projects)
	}
	if q, _ := ParseQuestion("is MIT ok?"); q.Kind != AskVerdict {
		t.Errorf("is MIT ok: kind %d, want a verdict", q.Kind)
	}
}

// TestWorkCodeWorkHoursAndTheRules: putting a work project on one's own GitHub is
// releasing the organisation's code; fixing a bug in a project during work hours is
// contributing, whatever the project's licence; the rules for using open source at the
// company are the policy.
func TestWorkCodeWorkHoursAndTheRules(t *testing.T) {
	wantTopics(t, map[string]string{
		"can I put my work project on my personal github?":                  "choose",
		"can I fix a bug in a GPL project during work hours and submit it?": "contribute",
	})
	if _, ok := AsksAboutPolicy("what are the rules for using open source at our company?"); !ok {
		t.Error("the rules for using open source are not read as the policy")
	}
}

// TestDocsAndBlogsArePublished: an image in one's docs or on one's blog goes out to its
// readers; internal docs stay inside.
func TestDocsAndBlogsArePublished(t *testing.T) {
	wantReadings(t, []reading{
		{"can we use a cc-by-sa4 image in our docs?", "CC-BY-SA-4.0", "distribute"},
		{"can we use a cc-by-sa4 image in our internal docs?", "CC-BY-SA-4.0", "internal"},
		{"cc by-nc photo on our blog?", "CC-BY-NC-4.0", "distribute"},
	})
}

// TestVersionSaidWithoutItsName: "the library is v3 or later" beside a GPL program is
// the GPL's version 3 or later, kept with its "or later"; a language's version is not.
func TestVersionSaidWithoutItsName(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"the library is v3 or later, can we use it in our GPLv2 program?": {"GPL-3.0-or-later", "GPL-2.0-only"},
		"our app is gplv2. the lib is version 3 or later. ok?":            {"GPL-3.0-or-later", "GPL-2.0-only"},
	})
	wantReadings(t, []reading{{"it's lgpl, v2.1 or later. can we link it?", "LGPL-2.1-or-later", ""}})
	if q, _ := ParseQuestion("python 3 or later is needed, our code is gpl"); len(q.Licenses) != 1 {
		t.Errorf("a language's version read as a licence: %q", q.Licenses)
	}
}

// TestWhichOfAChoiceApplies: "either X11 or GPL-2.0 at your option, which one applies to
// us?" asks what the choice means, not how the code will be used.
func TestWhichOfAChoiceApplies(t *testing.T) {
	for _, text := range []string{"either X11 or GPL-2.0 at your option, which one applies to us?", "the repo says mit or apache-2.0, which one do we follow?"} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || !strings.Contains(q.Expression, " OR ") {
			t.Errorf("%q: kind %d %q, want the choice's profile", text, q.Kind, q.Expression)
		}
	}
}

// TestContractorsCode: who owns code a contractor or freelancer wrote, before it is
// published, is the question of who owns the code; a vendor's SDK under a licence is not.
func TestContractorsCode(t *testing.T) {
	wantTopics(t, map[string]string{
		"can a contractor's code be open sourced by us?": "employer",
		"who owns the code our freelancer wrote for us?": "employer",
	})
	wantReadings(t, []reading{{"our vendor's sdk is apache-2.0, can we ship it?", "Apache-2.0", "distribute"}})
}

// TestNonprofitsAndCropping: whether a nonprofit or charity may use NC material asks
// what non-commercial terms allow; cropping or resizing an image modifies it.
func TestNonprofitsAndCropping(t *testing.T) {
	wantTopics(t, map[string]string{
		"can a nonprofit use CC BY-NC material?":               "noncommercial",
		"our charity wants to use cc by-nc photos on its site": "noncommercial",
	})
	wantReadings(t, []reading{{"can I use a CC BY-ND image if I crop it?", "CC-BY-ND-4.0", "modify"}})
}

// TestTestSuitesAndBuildTools: a library only in the test suite, never shipped, and tools
// used to build a product stay in house; a library bundled into what ships does not.
func TestTestSuitesAndBuildTools(t *testing.T) {
	wantReadings(t, []reading{
		{"we want to use a GPL library only in our test suite, never shipped", "GPL-3.0-only", "internal"},
		{"can we use GPL tools to build our proprietary product?", "GPL-3.0-only", "internal"},
		{"we ship a GPL library in our product", "GPL-3.0-only", "distribute"},
	})
	if q, _ := ParseQuestion("our build tools bundle an lgpl library into the installer we ship"); q.Use == "internal" {
		t.Error("a library bundled into a shipped installer read as used in house")
	}
}

// TestOwnProjectOnlyOrLater: weighing "only" against "or later" for one's own project is
// what "or later" means, not the choosing topic's general answer; "exactly version 3"
// is the "only" form.
func TestOwnProjectOnlyOrLater(t *testing.T) {
	wantTopics(t, map[string]string{
		"should our new library be gpl-3.0-only or gpl-3.0-or-later?":  "orlater",
		"should our library say gpl 3 or later, or exactly version 3?": "orlater",
	})
}

// TestTypedInAHurry: Apache misspelt ("apche", "appache") and "compatible" misspelt
// ("compatable") still read as the compatibility question they are.
func TestTypedInAHurry(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"is apche 2 compatable with gpl 3?":             {"Apache-2.0", "GPL-3.0-only"},
		"appache code in our gpl project, compatiable?": {"Apache-2.0", "GPL-3.0-only"},
	})
}

// TestVersionNoticeAndLinkPermission: a version with "or, at your option, any later
// version" said apart from the licence's name keeps its "or later"; a permission to link
// with a program that SPDX names an exception after is read as that exception (the
// program's own, when the question names it), and one said of no licence is left alone.
func TestVersionNoticeAndLinkPermission(t *testing.T) {
	wantReadings(t, []reading{
		{"the package is LGPL, and its headers say version 3 or, at your option, any later version. can we ship it?", "LGPL-3.0-or-later", "distribute"},
		{"what's the spdx expression for vsftpd? it's gpl2 but the author adds permission to link it with openssl", "GPL-2.0-only WITH vsftpd-openssl-exception", ""},
	})
	for _, text := range []string{
		"our tool is gpl2 with an exception allowing linking with openssl. what spdx id?",
		"it's GPLv2 plus a special exception to link with OpenSSL. can we ship it?",
	} {
		if q, _ := ParseQuestion(text); !slices.ContainsFunc(q.Unknown, func(u string) bool { return strings.EqualFold(u, "openssl exception") }) {
			t.Errorf("%q: unknown %q, want the OpenSSL exception, which SPDX names several", text, q.Unknown)
		}
	}
	if q, _ := ParseQuestion("Our program is GPLv2 only, and like many we carried an extra permission to link against OpenSSL. Now that OpenSSL 3.0 has moved to Apache 2.0, can we drop that exception and just link against it?"); len(q.Unknown) > 0 {
		t.Errorf("a permission carried, said of no licence, read as an exception: %q", q.Unknown)
	}
}

// TestUseOfCopiesAndAPIs: copies charged for are handed out, whatever the program is
// for; an API run for clients, or a paid one built on the code, is a service.
func TestUseOfCopiesAndAPIs(t *testing.T) {
	wantReadings(t, []reading{
		{"can i charge money for copies of a gplv3 minecraft server plugin someone else wrote?", "GPL-3.0-only", "distribute"},
		{"We've modified an AGPL rules engine and we only run it as a web API for our clients. Do we have to publish our changes?", "AGPL-3.0-only", "saas"},
		{"We want to build a paid image search API on top of an MIT library. Anything to watch out for?", "MIT", "saas"},
	})
}

// TestChoosingForAKindOfWork: licences weighed for a kind of work one makes ("mit or
// apache for a new rust crate?", "which is better for a js library, mit or isc?"), or a
// licence a project is picking, are choosing one; a dual-licensed dependency's options
// weighed for a use stay the question of that use.
func TestChoosingForAKindOfWork(t *testing.T) {
	wantTopics(t, map[string]string{
		"mit or apache for a new rust crate?":                                                                "choose",
		"gpl or mit for my first open source project?":                                                       "choose",
		"which is better for a js library, mit or isc?":                                                      "choose",
		"turning our rust pak tool into a library and gpl feels too much for that. lgpl or mpl for a crate?": "choose",
		"the php json-schema lib has some homemade license and they're picking a standard one. gpl3 or mit?": "choose",
	})
	if q, _ := ParseQuestion("zoomooz says dual licensed MIT or GPL. which one covers commercial use in our app?"); q.Topic == "choose" {
		t.Errorf("a dependency's options weighed for a use read as choosing a licence")
	}
}

// TestCopyrightHolder: a licence said of the asker's own work, whose copyright they say
// they hold all of, is what they grant others; code under that licence they take in, or
// their own work without that claim, is not.
func TestCopyrightHolder(t *testing.T) {
	for text, want := range map[string]bool{
		"My Mac app is GPLv3 and I wrote every line of it myself. Apple's store terms are said to clash with the GPL. Can I still sell it on the Mac App Store?":                                        true,
		"I hold all the copyright in a library I wrote. I'd like to publish it under GPLv3 but keep using the same code in our closed product and sell commercial licences to others. Is that allowed?": true,
		"our app is AGPL and we wrote all of it. can we run a closed fork as our hosted service?":                                                                                                       true,
		"I'm the only developer of a closed-source game and want to use a GPL-3.0 library purely as a development aid. Can I?":                                                                          false,
		"I wrote all the code myself. Can I use a GPL library in my closed app?":                                                                                                                        false,
		"our app is AGPL. can we run a closed fork as our hosted service?":                                                                                                                              false,
		// Putting one's own work under the licence, then asking what is left to oneself.
		"if i put my npm extension module under cc by-nc-nd can i still use the same code in my own paid closed source app?": true,
		"i released my library under the gpl. can i still use it in my closed source app?":                                   true,
		"i put my fork of their lib under gpl. can i still use it in my closed app?":                                         false,
		"if i use a gpl library in my app can i still sell it?":                                                              false,
	} {
		if q, _ := ParseQuestion(text); q.Holder != want {
			t.Errorf("%q: holder %v, want %v", text, q.Holder, want)
		}
	}
}

// TestUseBesideOthersSitesAndServices: a website read for information ("the licensing
// page on the Ultralytics website") runs no service of the asker's; an API in a
// programming language is called in process; code linked into the asker's phone apps
// goes out with them whatever hosted service the apps talk to; a site's own backend
// stays a service.
func TestUseBesideOthersSitesAndServices(t *testing.T) {
	wantReadings(t, []reading{
		{"I want to deploy a YOLOv8 detector inside a closed-source commercial application. The GitHub LICENSE and the licensing page on the Ultralytics website seem to say different things. Is that allowed?", "AGPL-3.0-only", "distribute"},
		{"Blender's core is GPL and add-ons talk to it only through its Python API. Can my add-on be MIT?", "", "dynamic_link"},
		{"Their SDKs are AGPL 3.0. Would linking an AGPL SDK into our closed mobile apps drag our app code under the AGPL even though we only talk to their hosted service?", "AGPL-3.0-only", "mobile"},
		{"can our mobile app's backend use an AGPL library?", "AGPL-3.0-only", "saas"},
	})
	wantTopics(t, map[string]string{
		"Someone opened an issue on our SIMD base64 repository pointing out that there is no licence file at all. We want people to reuse it, including in commercial products. What should we do?": "choose",
	})
	if q, _ := ParseQuestion("found a small c# lib with no licence file at all. can we just use it in our commercial project?"); q.Topic == "choose" {
		t.Errorf("code with no licence taken in read as choosing one")
	}
}

// TestCommercialUseCarvedOut: an open licence with commercial use carved out of it
// ("the GNU GPL, except that using the code in commercial products is forbidden") is the
// non-commercial topic, whatever licence it starts from.
func TestCommercialUseCarvedOut(t *testing.T) {
	wantTopics(t, map[string]string{
		"Upstream calls its licence 'GPL with commercial exception': it is the GNU GPL, except that using the code in commercial hardware or software products is forbidden without their written permission. Is this even a workable licence?": "noncommercial",
		"the readme says MIT, except that commercial use is not allowed. can we ship it?": "noncommercial",
	})
}

// TestWhatAMoveWouldBring: asking what moving one's own work to another licence would
// bring ("would switching to Apache 2.0 get us anything?", "what would we lose by going
// MIT?", "compared with staying on CC0") is choosing a licence, however the licences
// are said; code taken in is not.
func TestWhatAMoveWouldBring(t *testing.T) {
	wantTopics(t, map[string]string{
		"our lib is MIT; would switching to Apache 2.0 get us anything?":   "choose",
		"is it worth moving our project from GPL to LGPL?":                 "choose",
		"we're on BSD-2, is there any reason to go BSD-3?":                 "choose",
		"we maintain an MPL-2.0 library. what would we lose by going MIT?": "choose",
		"Our badge service has been released under CC0 and one maintainer proposed relicensing to Apache 2.0. What does Apache actually give us compared with staying on CC0?": "choose",
	})
	if q, _ := ParseQuestion("our app is MIT. is it worth pulling in a GPL library for the parser?"); q.Topic == "choose" {
		t.Errorf("a library weighed for the asker's work read as choosing the work's licence")
	}
}

// TestMediaOnSitesAndInHouseUse: a font or an image shown on a website is downloaded by
// every visitor, so it is distributed, while a program run on the site is a service;
// software "only used internally" is in house whatever publishing the question fears;
// the organisation releasing its own code is a release, not an employer's claim.
func TestMediaOnSitesAndInHouseUse(t *testing.T) {
	wantReadings(t, []reading{
		{"can i use a cc-by-nc font on my company website?", "CC-BY-NC-4.0", "distribute"},
		{"can we use cc-by images on our blog?", "CC-BY-4.0", "distribute"},
		{"we run an agpl app on our website, do we have to share changes?", "AGPL-3.0-only", "saas"},
		{"do we need to publish source for gpl software we modified and only use internally?", "GPL-3.0-only", "internal"},
	})
	wantTopics(t, map[string]string{
		"my company wants to open source an internal tool, what's the process?": "choose",
		"my company says they own my side project, is that true?":               "employer",
	})
}

// TestCodeIntoALibrary: code said to go in a library, module or driver under a licence
// ("use lgpl code in an mit library", "mit code in a gpl-2.0 kernel module") goes into
// that work, though "an MIT library" is elsewhere code taken in.
func TestCodeIntoALibrary(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"is it ok to use lgpl code in an mit library?":           {"LGPL-3.0-only", "MIT"},
		"is it fine to use mit code in a gpl-2.0 kernel module?": {"MIT", "GPL-2.0-only"},
		"can we use apache-2.0 code in a gplv2 driver?":          {"Apache-2.0", "GPL-2.0-only"},
	})
	if q, _ := ParseQuestion("can I use an MIT library in my GPL app?"); q.Kind != AskCompatibility || q.Licenses[0] != "MIT" {
		t.Errorf("an MIT library used in a GPL app: %+v", q.Licenses)
	}
}

// TestTellingOnlyFromOrLater: how to tell whether code is under a version only or "or
// later" is the or-later topic, whatever versions are named.
func TestTellingOnlyFromOrLater(t *testing.T) {
	wantTopics(t, map[string]string{
		"the gpl-3.0-only and gpl-3.0-or-later texts are literally the same document. so how do i tell which one a repo is using?": "orlater",
		"lgpl-2.1-only or lgpl-2.1-or-later: how can we check which applies to this library?":                                      "orlater",
	})
}

// TestNoticesOfWhatShips: whether the notices and licence texts of dependencies, or the
// licence files, must go with what is shipped is the attribution topic, whatever
// licences the message names.
func TestNoticesOfWhatShips(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our dashboard app is Apache 2.0 and the release tarballs ship hundreds of bundled npm modules. Do we have to collect notices from the dependencies we ship as well?": "attribution",
		"We publish zip releases of our GPL frontend on GitHub. The zips only contain the exe and DLLs, with no copy of the GPL. Do binary downloads need them?":              "attribution",
		"our mac build from electron-builder doesn't include electron's or chromium's licence files. do we need them in there?":                                               "attribution",
		"our android build does not ship the notices of the apache libraries. must we add them?":                                                                              "attribution",
		"our android build does not include the apache library's test files. do we need them?":                                                                                "",
	})
}

// TestReleasedCopiesWhenMoving: moving one's own project and asking what becomes of the
// copies already released is choosing a licence, with what moving takes (released
// copies keep their licence), not the compatibility of the two.
func TestReleasedCopiesWhenMoving(t *testing.T) {
	for _, text := range []string{
		"so if we move our desktop tool from gpl-3.0 to apache-2.0, the old gpl releases people already downloaded stay gpl and they can keep forking those, right?",
		"if we switch our mit project to gpl now, does that stop people doing closed-source stuff with the old mit releases?",
	} {
		if q, _ := ParseQuestion(text); q.Topic != "choose" || !q.Relicenses {
			t.Errorf("%q: topic %q, relicenses %v, want choose, moving a released project", text, q.Topic, q.Relicenses)
		}
	}
	if q, _ := ParseQuestion("can we move our MIT code to a GPL project?"); q.Topic == "choose" {
		t.Errorf("code taken into another project read as moving one's own")
	}
}

// TestVersionedChoiceAndBystanders: licences weighed for one's own work keep their
// versions ("mit or apache 2.0 for our research tool?"); whether CC0 "would be any
// different" from a bare public-domain statement asks what CC0 is; projects said to run
// "next to" the thing asked about, whose licence the message states, are its
// surroundings; running it on one's own cluster, for one's own people, is in house.
func TestVersionedChoiceAndBystanders(t *testing.T) {
	wantTopics(t, map[string]string{
		"mit or apache 2.0 for our research tool? apache has that patent part": "choose",
	})
	wantProfileOf(t, map[string]string{"lib just says 'public domain' in the readme and legal is nervous. would cc0 actually be any different?": "CC0-1.0"})
	wantReadings(t, []reading{
		{"Our analytics team wants to run Positron, which is under the Elastic License 2.0, on our own Kubernetes cluster next to RStudio and JupyterLab. Only our employees and contractors would log in. Does that fit the licence?", "Elastic-2.0", "internal"},
		{"readonlyrest went from mit to gplv3. can we still run it commercially on our own elasticsearch cluster?", "GPL-3.0-only", "internal"},
	})
}

// TestLicenceInBracketsAfterWhatIsPulledIn: a licence in brackets after something the
// message pulls in, uses or depends on ("pulls in the android support libs (apache 2)")
// is the licence of code taken in.
func TestLicenceInBracketsAfterWhatIsPulledIn(t *testing.T) {
	for _, text := range []string{
		"android app says 'gplv2' and pulls in the android support libs (apache 2). is that a problem?",
		"our tool depends on some json parser (MIT) and is GPL itself",
	} {
		lower := strings.ToLower(text)
		f := findLicenses(text)
		rs, _ := readRoles(lower, f)
		i := slices.IndexFunc(f.ids, func(id string) bool { return id == "Apache-2.0" || id == "MIT" })
		if i < 0 || rs[i] != roleIncoming {
			t.Errorf("%q: licences %q read as %v, want the bracketed one taken in", text, f.ids, rs)
		}
	}
}

// TestEmbeddedPythonIsTheVehicle: the CPython runtime a frozen Python program carries is
// the vehicle of a question about a library built into it, not code asked about.
func TestEmbeddedPythonIsTheVehicle(t *testing.T) {
	wantReadings(t, []reading{
		{"I am packaging a proprietary Python application as a single static executable, and the embedded CPython build can pull in GNU readline. If readline ends up statically linked into the binary I distribute, what does that mean for my own code?", "GPL-3.0-or-later", "static_link"},
		{"can we ship cpython inside our closed desktop app?", "PSF-2.0", "distribute"},
	})
}

// TestCreditOnceInOnePlace: whether credit may be given once, in one place, instead of on
// every page or image, is the attribution topic, with the licence named beside it.
func TestCreditOnceInOnePlace(t *testing.T) {
	wantTopics(t, map[string]string{
		"using cc-by 4.0 icons on our shop pages with the colour changed. can we credit once in the imprint instead of on every page?": "attribution",
		"we use cc-by photos in our app. can we attribute them in the about screen rather than under each photo?":                      "attribution",
	})
}

// TestClauseNamesItsLicence: a clause only one licence has ("the tivoization clause")
// names that licence when the question names no other.
func TestClauseNamesItsLicence(t *testing.T) {
	wantProfileOf(t, map[string]string{"what is the tivoization clause?": "GPL-3.0-only"})
}

// TestWhoseNameInTheCopyrightLine: whether the company's name goes in a copyright line
// asks whose the code is, the employer topic; commits made as part of one's job stay a
// question of contributing.
func TestWhoseNameInTheCopyrightLine(t *testing.T) {
	wantTopics(t, map[string]string{
		"is it ok to put our company's name in the copyright line of an open source project?":                                    "employer",
		"i did a bunch of commits to an upstream project as part of my job. ok to add my employer to the copyright headers now?": "contribute",
	})
}

// TestWorkTakenByOthers: others copying, selling or handing out the asker's own work
// under the one licence named is what that licence lets them do, with what the words
// say they failed to do that it asks; code others wrote that the asker takes in, or
// others' work under that licence, is not.
func TestWorkTakenByOthers(t *testing.T) {
	for text, want := range map[string]struct {
		byOthers bool
		breach   string
	}{
		"found someone selling our MIT todo app on codecanyon for $18, is that even legal??":                                                                                {true, ""},
		"some download site is reuploading my MIT-licensed minecraft mod without asking, is that actually allowed?":                                                         {true, ""},
		"someone copied chunks of our mit middleware into their own package, even the comments, and credits us nowhere. mit lets them do that right?":                       {true, "credit"},
		"someone copied our whole MIT repo into their own account (no fork, no link back). can we make them take it down?":                                                  {true, ""},
		"someone took our gplv3 android app, added ads, and put it on google play without any source. is that allowed?":                                                     {true, "source"},
		"someone put my gpl android app on google play under a new name, with terms of use banning commercial use and copying. are they allowed to?":                        {true, "terms"},
		"our app is GPL and someone put it on google play with ads. allowed?":                                                                                               {true, ""},
		"someone took our unlicense tool and removed our name from it. can they?":                                                                                           {true, ""},
		"someone used our code in their GPL app, is that ok?":                                                                                                               {false, ""},
		"can i use someone's MIT library in my app?":                                                                                                                        {false, ""},
		"There are clones of Open Flood on Google Play with ads added and no source code published. Isn't that a GPL3 violation - don't they have to release their source?": {true, "source"},
		"this company publishes its node software on github under the gpl but ships closed-source binaries built from a private repo. isn't that a gpl violation?":          {false, ""},
		"is it a violation if i use GPL code internally?":                                                                                                                   {false, ""},
		"someone's selling my MIT hologram shader on the unity asset store. are they allowed to?":                                                                           {true, ""},
		"handheld runs linux + u-boot but the vendor calls the firmware proprietary. can they do that":                                                                      {true, ""},
		"a company is selling an app built on a GPL library. can we use the same library in ours?":                                                                          {false, ""},
		"someone uploaded our gplv3 reader app to the play store with no link to its source. are they allowed to?":                                                          {true, "source"},
		"someone put our MIT timer app on the app store under their own name. is that allowed?":                                                                             {true, "credit"},
		"someone is selling a paid addon that's built from our free gpl addon's code. is that even allowed?":                                                                {true, ""},
		"someone is selling a plugin built from their own gpl library. can we use it?":                                                                                      {false, ""},
		// Others named as the subject of the question asked, not as ones who acted.
		"the wordpress ios editor is gpl. can an app using it even go on the app store?": {false, ""},
	} {
		if q, _ := ParseQuestion(text); q.ByOthers != want.byOthers || q.Breach != want.breach {
			t.Errorf("%q: by others %v breach %q, want %v %q", text, q.ByOthers, q.Breach, want.byOthers, want.breach)
		}
	}
}

// TestEmployerTopicNotFromOtherWords: whose the asker's work is (an employer's claim, a
// contractor's code) is the employer topic; the asker's company named as what it does,
// "our own source", or a vendor's opinion is not.
func TestEmployerTopicNotFromOtherWords(t *testing.T) {
	for text, want := range map[string]bool{
		"our contractor wrote the app for us and now wants to open source it, can he?":                                                                                                           true,
		"can we publish code that was written by a freelancer we hired?":                                                                                                                         true,
		"does my employer own the side project i wrote on weekends?":                                                                                                                             true,
		"what do i need to add to use mahapps.metro in software my company sells?":                                                                                                               false,
		"Our app uses the precompiled build of an MIT library; our own source never leaves the company. Do we really have to give end users a way to read the MIT licence?":                      false,
		"Our closed app talks over the network to an AGPL server we host, unmodified. A vendor says that makes our client code AGPL as well and we'd have to publish everything. Is that right?": false,
	} {
		if q, _ := ParseQuestion(text); (q.Topic == "employer") != want {
			t.Errorf("%q: topic %q, want employer %v", text, q.Topic, want)
		}
	}
}

// TestProjectBuildSaidByFamily: a project whose builds differ in licence, said to be
// under one family ("the ffmpeg it wraps is GPL"), is read as the build of that family;
// said to be under its default licence's family, it stays the default.
func TestProjectBuildSaidByFamily(t *testing.T) {
	wantExpressions(t, map[string]string{
		"the ffmpeg build we use is GPL. can we use it in our closed app?":                                            "GPL-2.0-or-later",
		"javacpp-presets is Apache 2 but the ffmpeg it wraps is GPL. is it ok to use ffmpeg in my closed-source app?": "Apache-2.0 AND GPL-2.0-or-later",
		"ffmpeg is lgpl - can I use it in my closed app?":                                                             "LGPL-2.1-or-later",
	})
}

// TestCombinationKeepsAChoice: a licence given as a choice stays one in a combination,
// and the whole may go under a licence its other licences reach through any option
// ("dual licensed MIT and GPLv3 … our project is GPLv2-only": under GPL-2.0-only, by MIT).
func TestCombinationKeepsAChoice(t *testing.T) {
	text := "lessphp's licence says it's dual licensed MIT and GPLv3. our project is GPLv2-only - does the GPL3 part block us from bundling it, or do we need you to add GPL2?"
	q, _ := ParseQuestion(text)
	if q.Kind != AskCombination || !slices.Equal(q.Licenses, []string{"MIT OR GPL-3.0-only", "GPL-2.0-only"}) {
		t.Fatalf("%q: kind %d licences %q, want a combination of the choice and GPL-2.0-only", text, q.Kind, q.Licenses)
	}
	c := Combine(q.Licenses)
	var under []string
	for _, cand := range c.Under {
		if cand.Answer == "Yes" {
			under = append(under, cand.License)
		}
	}
	if !slices.Equal(under, []string{"GPL-2.0-only"}) {
		t.Errorf("the whole may go under %q, want GPL-2.0-only alone", under)
	}
	if c := Combine([]string{"MIT", "GPL-3.0-only", "GPL-2.0-only"}); slices.ContainsFunc(c.Under, func(cand Candidate) bool { return cand.Answer == "Yes" }) {
		t.Error("without the choice, MIT, GPL-3.0-only and GPL-2.0-only have no licence for the whole")
	}
}

// TestProposedMoveIsChoosing guards a move of the asker's own work to another licence,
// proposed by someone and asked about in a bare "should we?", as choosing its licence,
// not as code of the one going into a work of the other; a use of code in the work
// with the same bare question stays a use.
func TestProposedMoveIsChoosing(t *testing.T) {
	wantTopics(t, map[string]string{
		"our cms is gplv3. a contributor proposes moving to agpl so hosts must share changes. should we?":                "choose",
		"my parser library is gpl-3.0 and people say it blocks permissive projects from using it. should we go mpl-2.0?": "choose",
		"our app is MIT. a customer says we should switch to apache 2.0. do we have to?":                                 "choose",
		"our app is MIT and uses a GPL library. should we?":                                                              "",
	})
}

// TestMoveOthersContributedToIsConsent guards a question on what moving the asker's
// own work to another licence takes, when others have contributed to it, as whose
// agreement the move needs, whether or not both licences are named; a move with no
// contributors in it, or a use after the move, is not.
func TestMoveOthersContributedToIsConsent(t *testing.T) {
	wantTopics(t, map[string]string{
		"we're moving our go client from the mpl to apache-2.0. most contributors agreed but three never replied. can we just do it?":            "cla",
		"i want to move my android library from gpl-3.0 to mit. a couple of other devs have sent patches over the years. what do we need to do?": "cla",
		"my plugin is under cc-by-sa and I'd like to switch it to the mpl. several outside contributors sent fixes. what does it take?":          "cla",
		// Consent asked of a move said as relicensing, in a message the contribution topic
		// would take.
		"we're relicensing and asking contributors to say ok in the issue - is a thumbs up or 'great idea' enough as consent?":                                                                                                                                                                           "cla",
		"I want to bring qsudo, a small tool under BSD 2-Clause, into the Lumina desktop source tree, which is BSD 3-Clause, because its original organisation is shutting down. It's all permissive anyway. Can I just mark it 3-clause when I move it in, or do I need the old contributors to agree?": "cla",
		"i want to move my android library from gpl-3.0 to mit. what should i write in the readme?":                                                                                                                                                                                                      "",
		"we moved our app from gpl to mit. can we ship it to customers now?":                                                                                                                                                                                                                             "",
	})
}

// TestTakenIntoWhatFollows guards the work read from where a thing already named is
// taken: "use it inside an MIT-licensed library" makes MIT the work, whatever the
// sentence before said of the thing's licence, and a destination said of its licence
// ("into VOLK, which is GPLv3 or later") is the work however long the thing taken is
// described.
func TestTakenIntoWhatFollows(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"cli11 has a bsd 3-clause style licence. can i actually use it inside an MIT-licensed library?":                                      {"BSD-3-Clause", "MIT"},
		"spdlog has an MIT licence. can we bundle it in our Apache-2.0 project?":                                                             {"MIT", "Apache-2.0"},
		"We'd like to take a faster exp kernel that was written under the zlib licence into VOLK, which is GPLv3 or later. Can we merge it?": {"Zlib", "GPL-3.0-or-later"},
		// The work named with its licence after "that is": where it went, not where code came from.
		"I put the widget into an open source desktop program that is GPL-2.0. Later I saw the widget is AGPL-3.0. Is it ok?":                    {"AGPL-3.0-only", "GPL-2.0-only"},
		"we pulled a parser into our open source game engine, which is MIT, then noticed the parser is GPLv3. can it stay?":                      {"GPL-3.0-only", "MIT"},
		"In a small logging package, which is MIT under our org, I want to bring in and then modify code from a GPLv3 project. Is that allowed?": {"GPL-3.0-only", "MIT"},
	})
}

// TestOrLaterSaidAsWording guards "or later" said as the wording a licence comes with
// ("GPLv2 with the 'or any later version' wording") as the or-later licence.
func TestOrLaterSaidAsWording(t *testing.T) {
	for _, text := range []string{
		"lua-mode is under GPLv2 with the 'or any later version' wording. can we move to GPLv3?",
		`the lib is LGPLv2.1 with the "or (at your option) any later version" clause; can it go into an Apache-2.0 app?`,
	} {
		q, _ := ParseQuestion(text)
		if !slices.ContainsFunc(q.Licenses, func(id string) bool { return strings.HasSuffix(id, "-or-later") }) {
			t.Errorf("%q: licences %q, want an or-later one", text, q.Licenses)
		}
	}
}

// TestApostrophesQuoteNothing guards a quoted expression read alike whether or not
// apostrophes ("I'm", "Rust's") come before it on the same line, and a choice that goes
// into a work under another licence kept as code into that work when the question asks
// about dropping one of its options.
func TestApostrophesQuoteNothing(t *testing.T) {
	const a, b = "I'm porting the dbg! macro from Rust's standard library into the Linux kernel's Rust support.", "The std code is 'MIT or Apache-2.0' and the kernel is GPLv2. Can I drop one of the two from the header?"
	for _, text := range []string{a + " " + b, a + "\n" + b} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != "MIT OR Apache-2.0" || q.Work != "GPL-2.0-only" {
			t.Errorf("%q: kind %d licences %q work %q, want MIT OR Apache-2.0 into GPL-2.0-only", text, q.Kind, q.Licenses, q.Work)
		}
	}
}

// TestOwnLicenceAdviceWorded guards advice on the asker's own licence asked in these
// words: what one licence gives that another does not (a difference), whose name goes in
// the copyright line (the employer's claim), a licence that keeps one property without
// another, "should we switch, and to what?", and a move someone insists on.
func TestOwnLicenceAdviceWorded(t *testing.T) {
	wantTopics(t, map[string]string{
		"adding licence headers to our suse project, whose name goes in the copyright line, ours or the company's?":                                                           "employer",
		"I put my parser under the LGPL so improvements get shared. A user suggests MIT. Is there a licence that keeps the sharing without scaring companies off?":            "choose",
		"Our extension has a home-grown licence. A contributor says his employer only allows well-known ones like Apache 2.0 or BSD 3-clause. Should we switch, and to what?": "choose",
		"Our café booking site is GPLv3. A visitor insists we must move to AGPLv3 since it runs as a service. Should we switch?":                                              "choose",
	})
	for _, text := range []string{
		"what does cc0 actually give us that the wtfpl doesn't?",
		"we moved from mit to apache-2.0 last year. what does apache-2.0 give us that mit doesn't?",
	} {
		if q, _ := ParseQuestion(text); !q.Difference || q.Kind != AskProfile {
			t.Errorf("%q: kind %d difference %v, want the two licences' profiles", text, q.Kind, q.Difference)
		}
	}
}

// TestUseForOthersAndOverOwnCode guards the use read from what is done with the
// program: hosting it for a client is a service, running a tool over the asker's own
// code to check it is internal, unless the tool goes out too.
func TestUseForOthersAndOverOwnCode(t *testing.T) {
	wantReadings(t, []reading{
		{"client wants a personal crm. can i host monica (agpl) for them and charge for it?", "AGPL-3.0-only", "saas"},
		{"opencppcoverage is gpl. are we allowed to use it to measure test coverage while building our commercial app?", "GPL-3.0-only", "internal"},
		{"this profiler is gpl. can we bundle it with our commercial app and use it to profile customers' workloads?", "GPL-3.0-only", "distribute"},
	})
}

// TestProperLicenceAskedBesideOthers guards "is X even a proper licence?" followed by
// an aside that names other licences as the profile of X alone.
func TestProperLicenceAskedBesideOthers(t *testing.T) {
	wantProfileOf(t, map[string]string{
		"is the wtfpl even a proper licence? wondering if our scripts should move to mit or cc0":  "WTFPL",
		"is the ISC license a proper licence? never heard of it and almost all of hackage is BSD": "ISC",
	})
}

// TestLayerUnderneathIsTakenIn guards a licence said of a layer under what is taken in
// ("esp-open-rtos underneath is BSD 3-clause") as one more component, not the work the
// other goes into: selling the device is a verdict on both.
func TestLayerUnderneathIsTakenIn(t *testing.T) {
	text := "We'd sell a Wi-Fi switch running firmware forked from a demo. The HomeKit library is MIT and esp-open-rtos underneath is BSD 3-clause. Does anything stop us from selling the device?"
	if q, _ := ParseQuestion(text); q.Kind != AskVerdict || q.Expression != "MIT AND BSD-3-Clause" {
		t.Errorf("%q: kind %d expression %q, want a verdict on MIT AND BSD-3-Clause", text, q.Kind, q.Expression)
	}
}

// TestLongUselessQuestionIsProfile guards a longer question about one licence that
// gives no use, and whose asking sentence does not ask whether a use is allowed, as the
// licence's profile; one that asks whether a use is allowed stays a verdict, asked how
// the code is used.
func TestLongUselessQuestionIsProfile(t *testing.T) {
	for text, profile := range map[string]bool{
		"a vendor told us they got a gpl program under a commercial licence instead. is that even possible with gpl software?":                      true,
		"we run an agpl-licensed chat relay for our members. how are we supposed to offer them the source of it?":                                   true,
		"the package is under the mit licence, but the readme says banks need the author's written permission. which one actually applies?":         true,
		"the reporting tool is dual licensed and the gpl file is named LICENSE-NONCOMMERCIAL. can a school or a small company use the gpl version?": false,
		"Our Ruby service runs on a GPL-licensed interpreter build. Does that make the service GPL?":                                                false,
	} {
		if q, _ := ParseQuestion(text); (q.Kind == AskProfile) != profile {
			t.Errorf("%q: kind %d, want profile %v", text, q.Kind, profile)
		}
	}
}

// TestOwnPackageKeepsItsLicence guards the asker's own package said to be released
// under a licence as the work, when a file under another licence is compiled into it.
func TestOwnPackageKeepsItsLicence(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"Our ROS EtherCAT package is released as BSD, but one of the headers it compiles in carries a GPLv2-or-later notice. Can we keep the package BSD?": {"GPL-2.0-or-later", "BSD-3-Clause"},
		// Said with what it is for.
		"Our utility library for Elixir is MIT licensed, and one helper was lifted verbatim from Elixir's own standard library, which is Apache 2.0. Is it OK to carry it inside an MIT package?": {"Apache-2.0", "MIT"},
	})
	text := "Our Python package for the figshare API is BSD 3-Clause, and a contributor copied example code from the API documentation into it. The documentation repository had no licence at all. Can we keep those snippets?"
	if q, _ := ParseQuestion(text); !q.Unlicensed || q.Work != "BSD-3-Clause" {
		t.Errorf("%q: unlicensed %v work %q, want code with no licence in the BSD-3-Clause package", text, q.Unlicensed, q.Work)
	}
	// An add-on for something still goes into its host.
	text = "Our Blender add-on for generating buildings is MIT licensed. Someone says every add-on has to be GPL because it uses Blender's Python API. Do we really have to relicense to GPL?"
	if q, _ := ParseQuestion(text); q.Work == "MIT" {
		t.Errorf("%q: the add-on read as the work, not as going into its host", text)
	}
}

// TestMoveWordedMoreWays guards more ways of asking what a move of one's own work
// takes when others contributed, of weighing a licence for one's own release against
// an ecosystem's, and of asking how to get a patch accepted upstream.
func TestMoveWordedMoreWays(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our renderer has been GPLv3 for years and we'd now like to move it to the modified BSD licence. Several people have sent patches over time. Can the maintainers just switch the licence file?": "cla",
		"We'd like to relicense the ROS 2 branch back to BSD. A handful of outside people have sent pull requests since. What do we have to do with their code?":                                        "cla",
		"Our Blender add-on is AGPL but it needs to be GPL-2.0-or-later to be bundled. A few people besides me have contributed code. How do I get the licence changed properly?":                       "cla",
		"putting out a ros point cloud filter package, thinking gplv3. bad idea when most of ros is bsd?":                                                                                               "choose",
		"how do i get a bigger patch into emacs? heard the fsf needs paperwork":                                                                                                                         "contribute",
		"We're starting an open source agent and some people want a non-commercial licence for it. Is an NC licence a good fit?":                                                                        "noncommercial",
	})
}

// TestAskedProposalAndLinkAsked guards a licence the asker asked another project to
// move to as no licence of the question, and a link asked about in the sentence that
// asks as the use, when the work ships.
func TestAskedProposalAndLinkAsked(t *testing.T) {
	wantReadings(t, []reading{
		{"I'd like to use wpull as a library inside a proprietary desktop tool that we ship to customers. It's GPLv3, so I asked whether they could move to LGPL. If they won't, can I still import it as a module without releasing our code?", "GPL-3.0-only", "dynamic_link"},
	})
}

// TestChoiceNamedAsOneIsTheWork guards two licences said together as the work's choice
// ("MIT/Apache dual-licensed") as one work licence that the third goes into, not two
// works to choose between.
func TestChoiceNamedAsOneIsTheWork(t *testing.T) {
	text := "Our node is MIT/Apache dual-licensed, and we'd vendor a parser that is MPL-2.0. Is that compatible?"
	if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || q.Work != "MIT OR Apache-2.0" || len(q.Licenses) != 2 || q.Licenses[0] != "MPL-2.0" {
		t.Errorf("%q: kind %d licences %q work %q, want MPL-2.0 into MIT OR Apache-2.0", text, q.Kind, q.Licenses, q.Work)
	}
}

// TestLikenedLicenceIsBackground guards a licence asked about and likened to others
// ("what is the mulan psl v2? like apache 2.0 or something else?") as the profile of
// the one asked about alone.
func TestLikenedLicenceIsBackground(t *testing.T) {
	wantProfileOf(t, map[string]string{
		"what is the mulan psl v2? like apache 2.0 or something else?":             "MulanPSL-2.0",
		"is ms-pl basically as open as mit/apache or does it have a copyleft bit?": "MS-PL",
		"what is cecill-b in practice? is it like bsd or more like gpl?":           "CECILL-B",
		// What the message says of a licence, then asked whether that makes it like another.
		"ms-pl 3(d) says binaries only under a license that 'complies with this license', is that viral like the gpl?": "MS-PL",
		// A licence asked to be of the kind another is.
		"droid fonts are apache 2.0 now. is apache copyleft like the ofl?": "Apache-2.0",
		"is the mpl 2.0 viral like the gpl?":                               "MPL-2.0",
	})
	// The licences it is likened to are not answered, so no note says how their names
	// were read.
	if q, _ := ParseQuestion("what is cecill-b in practice? is it like bsd or more like gpl?"); len(q.Assumed) > 0 {
		t.Errorf("notes on licences the answer leaves out: %+v", q.Assumed)
	}
}

// TestMoveAndDestinationWordedMoreWays guards consent asked of a move of a work the asker
// maintains ("a few other people have contributed code. what do we need to do to move
// to MIT?") and whether an author's approval is enough; a move "to the copyleft EUPL
// 1.2" as the licence the work takes; and "use X in Blender, which is GPLv2 or later"
// as Blender the work.
func TestMoveAndDestinationWordedMoreWays(t *testing.T) {
	wantTopics(t, map[string]string{
		"We maintain a Flutter plugin under GPLv3. Users ask for MIT. A few other people have contributed code over time. What do we need to do to move to MIT?":              "cla",
		"Our API repository is Apache 2.0, but one class was contributed under GPLv2 only. Its author has agreed to relicense it to Apache. Is the author's approval enough?": "cla",
	})
	wantCompatibility(t, map[string][]string{
		"The firmware has been MIT since 2016. The maintainer now wants to move the whole project to the copyleft EUPL 1.2. Can an MIT project simply do that?": {"MIT", "EUPL-1.2"},
		"OpenSubdiv is under the Microsoft Public License. We'd like to use OpenSubdiv in Blender, which is GPLv2 or later. Is that fine?":                      {"MS-PL", "GPL-2.0-or-later"},
	})
}

// TestPipelineSaysWhichOne guards a CI, build or analysis pipeline as in-house use, and
// a training or setup pipeline as saying nothing of the use.
func TestPipelineSaysWhichOne(t *testing.T) {
	wantReadings(t, []reading{
		{"the linter is GPLv3 and we run it in our ci pipeline. fine?", "GPL-3.0-only", "internal"},
		{"We're at a biotech company and want to run a GPLv3 tool in our analysis pipeline. Are we allowed to?", "GPL-3.0-only", "internal"},
	})
	if q, _ := ParseQuestion("We train a model with their setup pipeline and ship the exported model in our product. The repo code is Apache 2.0. Can we redistribute the model?"); q.Use == "internal" {
		t.Errorf("a training pipeline read as in-house use")
	}
}

// TestRhoWordings guards what a licence is, asked with why one would pick it over others
// (its profile alone); weighing a licence against "something else" for one's own
// release (choosing one); and work credited to the wrong people (attribution).
func TestRhoWordings(t *testing.T) {
	wantProfileOf(t, map[string]string{"whats the upl and why would a language pick it over mit or apache/mit dual?": "UPL-1.0"})
	wantTopics(t, map[string]string{
		"putting my latex thesis class on github, gpl ok or should it be something else?":                     "choose",
		"our game uses some cc-by icons from game-icons.net but the credits say the team made them. problem?": "attribution",
	})
}

// TestPluginGoesIntoItsHost guards a plug-in the asker writes for a host said to be
// under a licence as code going into the host's work ("a plugin for quod libet, which
// is gpl2+. can my plugin just be mit?"), while a plug-in said to be under a licence
// ("our wordpress plugin is MIT") stays the plug-in's.
func TestPluginGoesIntoItsHost(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"writing a plugin for quod libet, which is gpl2+. can my plugin just be mit?":             {"MIT", "GPL-2.0-or-later"},
		"our wordpress plugin is MIT, do we have to switch it to gplv2+ for the plugin directory": {"MIT", "GPL-2.0-or-later"},
	})
}

// TestProjectSaidUnderAnotherLicence guards a project said to be released under a
// licence other than its data's: the licence said is the project's, wherever the project
// was named first, and its release is not the asker's ("msgpack-c is currently released
// under the Apache License 2.0"); a version said is kept ("Qt is now available under
// LGPL 2.1") unless said as a guess ("mariadb is gpl3 i think"). The asker's work said
// to have no "or later" clause is under that version only, not a question of what "or
// later" means.
func TestProjectSaidUnderAnotherLicence(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"Our project is licensed GPLv2 only, with no \"or later\" clause, and we'd like to use msgpack-c for serialization. msgpack-c is currently released under the Apache License 2.0. Can we use it, or do the two licences clash?": {"Apache-2.0", "GPL-2.0-only"},
		"Our project is GPLv2, and we'd like to use msgpack-c for serialization. msgpack-c is released under the Apache License 2.0. Can we use it?":                                                                                    {"Apache-2.0", "GPL-2.0-only"},
	})
	wantReadings(t, []reading{
		{"I'm planning a closed-source application on Qt for Embedded and want to link Qt statically. Qt is now available under LGPL 2.1. Am I allowed to link it statically?", "LGPL-2.1-only", "static_link"},
		{"we sell a management system with mariadb preinstalled. mariadb is gpl3 i think? does our own code have to be gpl too?", "GPL-2.0-only", ""},
		// A part of the project named with it, its licence in parentheses, is the
		// project's code under that licence: one licence, not two.
		{"can i use newpipe extractor (gplv3) in my app?", "GPL-3.0-or-later", "distribute"},
	})
	wantTopics(t, map[string]string{"bzflag's gpl notice has no \"or any later version\" bit. on purpose?": "orlater"})
}

// TestSigmaWordings guards licences the asker would ask another project to take up
// ("should we ask them to switch to Apache or MIT", "would the maintainers consider an
// LGPL release?"), which are no licences of the question; a move of the asker's own
// work that others contributed to ("one outside PR got merged", "about ten people have
// contributed … do we need each of them to agree"), or that offers it under a second
// licence ("who has to agree?"), asked as whose agreement it needs; a licence the asker
// fears being forced to ("force our game engine to be gpl2"); and licences weighed for
// the asker's own project ("trade-offs between MIT and Apache 2.0 for a project like
// ours").
func TestSigmaWordings(t *testing.T) {
	wantReadings(t, []reading{
		{"Our legal scan flagged the Go task queue machinery because it's MPL 2.0. It sounds like distributing our binary means disclosing all of our source. Should we ask them to switch to Apache or MIT, or are we misreading it?", "MPL-2.0", ""},
		{"zstd is offered under BSD or GPLv2, so would the maintainers consider an LGPL release?", "BSD-3-Clause OR GPL-2.0-only", ""},
		{"does using freetype force our game engine to be gpl2?", "FTL OR GPL-2.0-or-later", ""},
		// The FreeType License by its name is the one of FreeType's two licences.
		{"Our package bundles a copy of FreeType. Someone said the FreeType licence requires something in our documentation. What exactly do we need to add?", "FTL", ""},
	})
	wantTopics(t, map[string]string{
		"someone asked us to move our rust bluetooth crate from gpl-3 to mit. one outside PR got merged. can we just switch?":                                                                                             "cla",
		"We released a small Node HTTP library under CC0, but some companies can't use CC0. We want to move to ISC. About ten people have contributed. Do we need each of them to agree, or can we just change the file?": "cla",
		"Our C++ library is Apache 2.0 only, and its Rust port is MIT/Apache dual-licensed. We want to dual-license the original the same way. Who has to agree, and can we just go ahead?":                               "cla",
		"Our data-frame library started under Apache 2.0 and was switched to MIT. What are the real trade-offs between MIT and Apache 2.0 for a project like ours?":                                                       "choose",
	})
}

// TestTauWordings guards a move of the asker's own work that others contributed to,
// said of a project that "started out" under a licence or asked as what happens to the
// others' code; a bare "switch to X?" after the asker's own licence (choosing one); and
// "-only instead of -or-later" (what "or later" means).
func TestTauWordings(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our model-loading library started out GPLv3. The two main authors want to move to MIT. Two other people have contributed code. How do we do this properly?":                 "cla",
		"We ran a vote among contributors on changing our project's licence and GPLv3 won. A few dozen past contributors never answered. What happens to their code when we switch?": "cla",
		"our rust crate is lgpl-3.0 but cargo links everything statically. switch to mpl 2.0?":                                                                                       "choose",
		"why would a project go gplv3-only instead of gplv3-or-later? just curious":                                                                                                  "orlater",
		"our dataset uses cc-by images from lots of sources. is a link back to each source enough, or do we have to list the authors?":                                               "attribution",
		"i put a cc by 4.0 image from wikipedia in my readme without credit and the author asked me to fix it. what do i need to add?":                                               "attribution",
		"using an emoji lib in our android app. are the twitter provider images just twemoji? do we owe attribution for them":                                                        "attribution",
		"want to use google's noto emoji in my videos. do i have to credit and how??":                                                                                                "attribution",
	})
}

// TestMovesToALaterVersion guards the asker's next releases said to be under a licence
// ("I'd like future versions to be GPLv3 or later") as the work's, a licence "bumped" to
// another version as a move, and a move of an "or later" work to a later version of its
// licence as a compatibility question (the grant already lets it), not one of choosing a
// licence or of whose agreement it needs.
func TestMovesToALaterVersion(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"I maintain a small MIT-licensed IRC bot with a handful of past contributors, and I'd like future versions to be GPLv3 or later. Does the MIT licence let me just relicense, or do I need everyone's agreement?": {"MIT", "GPL-3.0-or-later"},
		"our emacs package is gpl2+. can we just bump it to gplv3 without asking every contributor?":                                                                                                                     {"GPL-2.0-or-later", "GPL-3.0-only"},
		"our package is gpl2+. can we just move it to gplv3?": {"GPL-2.0-or-later", "GPL-3.0-only"},
	})
	wantTopics(t, map[string]string{
		"our emacs package is gpl2+. can we just bump it to gplv3 without asking every contributor?": "",
		"our package is gpl2+. can we just move it to gplv3?":                                        "",
	})
}

// TestWhoseAgreement guards a move of a work others contributed to asked as whose
// agreement it needs ("do we need them to agree?", "whose permission do we need to
// relicense?"), also when the work is not said to be the asker's in so many words.
func TestWhoseAgreement(t *testing.T) {
	wantTopics(t, map[string]string{
		"we (small company) want to move our android lib from gpl to mpl or mit. a few outside folks sent tiny commits. do we need them to agree?":                                                 "cla",
		"The portal has been AGPL-3.0 for years, and funders now want us on Apache 2.0. Hundreds of people have contributed over the years. Whose permission do we actually need to relicense?":    "cla",
		"our parser is lgpl3+ and only one other person ever contributed. if he says yes can we just switch to mit?":                                                                               "cla",
		"We want to move our GUI toolkit from Apache 2.0 alone to dual MIT/Apache-2.0. Dozens of people have contributed over the years. What do we actually need from them before we can switch?": "cla",
	})
}

// TestClaimAskedOfTheLicence guards a claim someone made about a licence, asked as "is
// that actually what the AGPL says?", as a question of what the licence says (its
// profile), while a use the asker makes ("sprites in a game we sell") keeps its verdict.
func TestClaimAskedOfTheLicence(t *testing.T) {
	wantProfileOf(t, map[string]string{"oicq's readme says since its agpl-3.0 it can't be used commercially. is that actually what the agpl says?": "AGPL-3.0-only"})
	wantReadings(t, []reading{{"We want to use CC-BY-SA 3.0 sprites from OpenGameArt in a game we sell. Their FAQ says that licence forces us to release the source of the whole project. Is that really what BY-SA requires?", "CC-BY-SA-3.0", "distribute"}})
}

// TestPublishingAskedIsNoUse guards a question of what must be published ("do we have
// to publish …?", "does it force us to release …?") as what the licence may demand, not
// the use: that is what the rest of the message says is done.
func TestPublishingAskedIsNoUse(t *testing.T) {
	wantReadings(t, []reading{
		{"We use the Concerto assessment platform, which is GPL3, and have built extra test templates and modules on top of it. For now everything runs only inside our own organisation. What, if anything, do we have to publish?", "GPL-3.0-only", "internal"},
		{"our public website runs a modified gpl forum. does the gpl force us to publish our whole backend?", "GPL-3.0-only", "saas"},
		{"What, if anything, do we have to publish? We use a GPL3 platform and everything runs only inside our own organisation.", "GPL-3.0-only", "internal"},
		{"we ship a desktop app that links a GPL library. do we have to release our source when we ship binaries?", "GPL-3.0-only", "dynamic_link"},
	})
}

// TestWhichLicenceFits guards "which licence fits that?", said after what the asker
// wants of their project, as choosing its licence, whatever licence it is under now.
func TestWhichLicenceFits(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our crate is LGPL, which is awkward in Rust where everything links statically. Changes to the crate itself should stay open, but apps built with it should not be forced open. Which licence fits that?": "choose",
		"we want our docs reusable by anyone but credited. what licence suits that best?":                                                                                                                         "choose",
	})
}

// TestWholeEndsUpUnder guards "what licence does the plugin as a whole end up under?",
// asked of a work under one licence that bundles code under several others, as a
// combination with the work's licence among the candidates, as "can it stay X?" is.
func TestWholeEndsUpUnder(t *testing.T) {
	text := "Our WordPress plugin is GPLv2 or later. It bundles a library under LGPL v3, another under MIT and pdf.js under Apache 2.0. What licence does the plugin as a whole end up under?"
	q, _ := ParseQuestion(text)
	if q.Kind != AskCombination || q.Work != "GPL-2.0-or-later" || !slices.Equal(q.Licenses, []string{"GPL-2.0-or-later", "LGPL-3.0-only", "MIT", "Apache-2.0"}) {
		t.Errorf("%q: kind %d licences %q work %q, want a combination with the work under GPL-2.0-or-later", text, q.Kind, q.Licenses, q.Work)
	}
}

// TestHostIsNoService guards "host" said of the machine or program something runs in
// ("the host machine", "the macOS host code") as no service hosted for others, while
// hosting something for others still is one.
func TestHostIsNoService(t *testing.T) {
	wantReadings(t, []reading{
		{"our closed tool bundles an LGPL library and runs on the host machine next to the build. ok to ship it?", "LGPL-3.0-only", "distribute"},
		{"can i host monica (agpl) for my clients?", "AGPL-3.0-only", "saas"},
	})
}

// TestOrLaterIDsOfTwoLicences guards two licences' SPDX IDs side by side, one "-only"
// and one "-or-later" ("combine GPL-2.0-or-later and LGPL-3.0-only code"), as the
// licences asked about, not a question of what "or later" means, which the two forms of
// one licence still are ("GPL-3.0-only vs GPL-3.0-or-later").
func TestOrLaterIDsOfTwoLicences(t *testing.T) {
	wantTopics(t, map[string]string{
		"can we combine GPL-2.0-or-later and LGPL-3.0-only code?":                   "",
		"is it gpl-2.0-only or gpl-2.0-or-later?":                                   "orlater",
		"why would a project go gplv3-only instead of gplv3-or-later? just curious": "orlater",
	})
	if q, _ := ParseQuestion("can we combine GPL-2.0-or-later and LGPL-3.0-only code?"); q.Kind != AskCombination {
		t.Errorf("combining GPL-2.0-or-later and LGPL-3.0-only code: kind %d, want a combination", q.Kind)
	}
}

// TestDualSaidAfterAProject guards a choice said after a project whose name gave the
// first licence ("jQuery UI Touch Punch … the dual GPL2 and MIT licence") as that
// choice, not the two licences both applying.
func TestDualSaidAfterAProject(t *testing.T) {
	wantReadings(t, []reading{
		{"We're adding jQuery UI Touch Punch to a new product UI. Our legal department is uneasy about the dual GPL2 and MIT licence. Is that a problem?", "MIT OR GPL-2.0-only", "distribute"},
	})
}

// TestLicenceSaidOfAList guards a licence said of a list of projects ("zlib, box2d,
// bullet and glfw, all zlib-licensed") as each one's, whatever the project data says
// of one of them, as a licence said of one project is.
func TestLicenceSaidOfAList(t *testing.T) {
	wantReadings(t, []reading{
		{"our engine bundles zlib, box2d, bullet and glfw, all zlib-licensed. can we ship them in a paid game?", "Zlib", "distribute"},
		{"can we ship box2d and glfw in our closed game?", "MIT AND Zlib", "distribute"},
	})
}

// TestOwnLicenceSaidAfterAProject: a licence first met as a project's ("built on Home
// Assistant") and then said of the asker's own code ("our code is Apache 2.0 like HA")
// is the work's.
func TestOwnLicenceSaidAfterAProject(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"We make a smart speaker product built on Home Assistant and our code is Apache 2.0 like HA. We'd like to ship a community integration out of the box, but it's GPL 3.0. Can we just include it?": {"GPL-3.0-only", "Apache-2.0"},
		"Our code is Apache 2.0. We'd like to ship a community integration that is GPL 3.0. Can we include it?":                                                                                           {"GPL-3.0-only", "Apache-2.0"},
	})
}

// TestOwnMoveAsksConsent: a move of the asker's own work to another licence, and what it
// takes, asks whose agreement it needs, also when the others are said to have commits
// or to have committed, when the move is weighed ("open to switching"), when it asks
// whether most contributors' agreement is enough, whether released versions keep their
// licence, and whether an owner who merged others' work may move it alone; moving to a
// library is no such move.
func TestOwnMoveAsksConsent(t *testing.T) {
	wantTopics(t, map[string]string{
		"could the project just add apache-2.0 alongside mit?":                                                                                                             "cla",
		"we're fine with bsd-2 but miragevpn started out agpl. companies' lawyers won't touch it. what do we need to switch?":                                              "cla",
		"I released my R logging package under the AGPL over ten years ago, but companies keep asking for something permissive. How do I move it to MIT?":                  "cla",
		"Our plasma-optimisation library is LGPL. We'd like to switch to MIT so companies contribute back. What do we have to do?":                                         "cla",
		"I'm moving my CLI tool from MIT to Apache 2.0. Apart from me, only two people have commits. Do I really need their OK?":                                           "cla",
		"Our Fabric mod is GPL-3.0 and we want to move to LGPL-3.0. There are four other people who've committed code. How do we do this properly?":                        "cla",
		"Our app is MIT. We'd like to switch to a GPL library for parsing. What do we have to do?":                                                                         "",
		"Our crate is GPLv3. The Rust libs team recommends dual MIT/Apache for libraries. How do we relicense?":                                                            "cla",
		"The original author already agreed to move the bindings from the LGPL to MIT. What's left to do before we can switch?":                                            "cla",
		"Our parser has been GPL-3.0 since 2019. I'd like to move it to Apache 2.0. What is needed for the change to be valid?":                                            "cla",
		"Our plugin is AGPL and I'm open to switching to MIT. Three other people have already contributed. What do we need to do?":                                         "cla",
		"We want to move our toolkit from GPL-2.0 to MPL-2.0. It has dozens of contributors. Is it enough if most of them agree?":                                          "cla",
		"if a vendor moves its apache library to a source-available licence, are the versions already released still apache-2.0?":                                          "cla",
		"The plugin was MIT until the owner switched it to a proprietary licence, after he had merged patches from several outside developers. Can he do that on his own?": "cla",
		"Our CLI is MIT and I'm open to switching to a GPL parser library. What do we need to do?":                                                                         "",
	})
}

// TestOwnWorkBetterOffUnder: whether the asker's own work would be better off under
// another licence is choosing one, also when the work is named with what it is for
// ("our GTK bindings for Rust are LGPL").
func TestOwnWorkBetterOffUnder(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our GTK bindings for Rust are LGPL like GTK itself. But Rust crates are statically linked into applications. Would the bindings be better off under MIT, with applications still linking GTK as an LGPL library?": "choose",
		"Our bindings are LGPL. Would the bindings be better off under MIT?":                              "choose",
		"Our GTK bindings for Rust are LGPL like GTK itself. Would the bindings be better off under MIT?": "choose",
	})
}

// TestOwnWorkSecondLicenceWeighed: adding a licence as an alternative to the asker's own
// work, the work named in an aside ("tlspuffin, our TLS fuzzer, is MIT only"), is
// choosing one.
func TestOwnWorkSecondLicenceWeighed(t *testing.T) {
	wantTopics(t, map[string]string{
		"tlspuffin, our TLS fuzzer, is MIT only. Someone suggests adding Apache 2.0 as an alternative like the rest of the Rust world. Is that worth doing, and how do we go about it?": "choose",
	})
}

// TestWhichLicenceIfRelicensed: which licence a move would take the work to is choosing
// one, whatever licences the message names.
func TestWhichLicenceIfRelicensed(t *testing.T) {
	wantTopics(t, map[string]string{
		"BerlinDB is GPL, so plugins that are not GPL can't pull it in. If we relicense, which licence would let both GPL plugins and Apache-licensed plugins use it?": "choose",
	})
}

// TestWhyNotAnotherLicenceOrOwnLicence: asking why not another licence for a kind of
// work, or whether a part of a project should have a licence of its own, is choosing one.
func TestWhyNotAnotherLicenceOrOwnLicence(t *testing.T) {
	wantTopics(t, map[string]string{
		"why not apache-2.0 for a cli tool?": "choose",
		"why not just mpl instead?":          "choose",
		"the project is GPL-3.0. should the examples have their own licence, so people can copy them?": "choose",
		"why not? it's MIT": "",
	})
}

// TestWhereTheNoticeMustBe: whether a licence's notice has to be in a place asks what the
// licence requires, whatever the use; "no docs or anything else" is no choice of licence.
func TestWhereTheNoticeMustBe(t *testing.T) {
	wantProfileOf(t, map[string]string{
		"Our mobile app uses a BSD-2-Clause library. Does the notice have to be inside the binary itself?": "BSD-2-Clause",
	})
	wantTopics(t, map[string]string{
		"Our mobile app ships with no printed docs or anything else. Does the notice have to be inside the binary itself?": "",
		"For our new library: MIT, or something else?":                                                                     "choose",
	})
}

// TestWhatOneAsksBeyondAnother: what a licence asks beyond another is how the two
// differ.
func TestWhatOneAsksBeyondAnother(t *testing.T) {
	for _, text := range []string{
		"what does apache 2.0 require beyond mit?",
		"Someone wants to add a crate that is Apache 2.0 only. What does Apache 2.0 ask of us beyond MIT?",
	} {
		if q, _ := ParseQuestion(text); !q.Difference || q.Kind != AskProfile {
			t.Errorf("%q: kind %d difference %v, want how the licences differ", text, q.Kind, q.Difference)
		}
	}
}

// TestLicenceRequiredOfTheWork: the licence a host's rules require of extensions is the
// work's, and code said to be "licensed" in a contraction ("but it's licensed LGPLv3")
// is what goes in.
func TestLicenceRequiredOfTheWork(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"I'm writing a phpBB extension, and their rules require extensions to be GPLv2. I'd like to pull in a PHP library that parses game reports, but it's licensed LGPLv3. Can the two go together?": {"LGPL-3.0-only", "GPL-2.0-only"},
		"Our extension must be GPLv2. I'd like to pull in a library, but it's licensed LGPLv3. Can the two go together?":                                                                                {"LGPL-3.0-only", "GPL-2.0-only"},
	})
}

// TestWorkAskedMayBe: the licence the question asks the work may have ("can the example
// really be MIT?", "can the fork as a whole really be AGPL?") is the work's, whatever an earlier mention of it said.
func TestWorkAskedMayBe(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"I'm looking at an example project for the Daisy audio board that is licensed MIT. The board support crate it depends on, by the same author, is AGPL. Can the example really be MIT with that dependency?": {"AGPL-3.0-only", "MIT"},
		// The work a catch is asked for.
		"dependabot wants to bump itext in ghost4j from 2.1.7 to 5.5.13. any licence catch for an lgpl library?": {"AGPL-3.0-only", "LGPL-3.0-only"},
		// "as a whole" between the work and the licence asked.
		"Someone forked IKVM and relicensed the fork as AGPLv3. Upstream contains code under the GPLv2 with the Classpath exception. Can the fork as a whole really be AGPL?": {"GPL-2.0-only WITH Classpath-exception-2.0", "AGPL-3.0-only"},
	})
}

// TestBulkOfTheCodeIsTheWork: the licence of nearly all of a package's code is the
// work's; a snippet that came from elsewhere goes into it.
func TestBulkOfTheCodeIsTheWork(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"I'm packaging an R package for Debian. Nearly all of its code is GPL-2, but one snippet came from somewhere licensed GPL-3. What are our options?": {"GPL-3.0-only", "GPL-2.0-only"},
		"Most of the code is MIT, but one file was copied from a GPL-3.0 project. Is that a problem?":                                                       {"GPL-3.0-only", "MIT"},
	})
}

// TestCopiedIntoAProject: a well-known project code is copied into is where it goes.
func TestCopiedIntoAProject(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"Zephyr is Apache-2.0 and we keep wanting to share driver code between Zephyr and Linux. The FSF says Apache 2.0 isn't compatible with GPLv2, while Apache says it is. Can a Zephyr driver just be copied into the Linux kernel?": {"Apache-2.0", "GPL-2.0-only"},
	})
}

// TestLicenceInBracketsOfTheDestination: a licence given in brackets after what code goes
// into ("into openstreetmap (odbl)") is the work's.
func TestLicenceInBracketsOfTheDestination(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"street-level photos are cc by-sa 4.0. can mappers trace from them into openstreetmap (odbl)?": {"CC-BY-SA-4.0", "ODbL-1.0"},
	})
}

// TestOwnProjectNamed: a project the asker maintains, named ("I maintain Open DBDiff,
// which is GPL"), is the work; what should be used instead of its licence is choosing
// one.
func TestOwnProjectNamed(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"I maintain Open DBDiff, which is GPL. Someone sent us a pull request that embeds the DiffPlex diff control, and DiffPlex is under the Microsoft Public License. Can we accept it?": {"MS-PL", "GPL-3.0-only"},
	})
	wantTopics(t, map[string]string{
		"NextGenMap, our short-read aligner, is under the old Artistic License 1.0 from Perl. Someone says Artistic 1.0 isn't even considered open source. Is that true, and what should we use instead?": "choose",
	})
}

// TestProjectThatWouldMoveIt: a project that would move something named before it to a
// licence ("can neovim just put it under mit?") acts; the licence asked about is the
// thing's, said before.
func TestProjectThatWouldMoveIt(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"unibilium is gplv3. can neovim just put it under mit so more projects can use it?": {"GPL-3.0-only", "MIT"},
		"libfoo is gplv3. can neovim put it under mit?":                                     {"GPL-3.0-only", "MIT"},
	})
}

// TestForkThatShowedUp: a fork that "showed up on the play store", asked "is that even
// allowed?", is others handing out a work (NewPipe, GPL-3.0-or-later by its README).
func TestForkThatShowedUp(t *testing.T) {
	q, _ := ParseQuestion("a newpipe fork with ads just showed up on the play store. is that even allowed?")
	if !q.ByOthers || q.Expression != "GPL-3.0-or-later" {
		t.Errorf("by others %v, expression %q; want others handing out GPL-3.0-or-later code", q.ByOthers, q.Expression)
	}
}

// TestTheOnlyWeighed: whether "the 'only'" of a licence chosen is the problem asks what
// "only" and "or later" mean.
func TestTheOnlyWeighed(t *testing.T) {
	wantTopics(t, map[string]string{
		"weblate wants a licence for our translations and we ticked agplv3-only. someone says that's a bad idea. is agpl the problem or the 'only'?": "orlater",
	})
}

// TestClaimOfAProjectChecked: a question that says a well-known project is under a
// licence its data does not give and asks whether that holds gets the project's own
// licence, with the claim kept; one its data gives gets that licence, the claim holding;
// said without asking, the licence said is read, and a verdict on it keeps the claim.
func TestClaimOfAProjectChecked(t *testing.T) {
	for text, want := range map[string][2]string{ // project's licence, licence said
		"is terraform still mpl?":                                  {"BUSL-1.1", "MPL-2.0"},
		"our docs say minio is apache 2.0. is that still correct?": {"AGPL-3.0-or-later", "Apache-2.0"},
		"mongodb is agpl, right?":                                  {"SSPL-1.0", "AGPL-3.0-only"},
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Kind != AskProfile || q.Claim == nil || q.Expression != want[0] || q.Claim.Said != want[1] {
			t.Errorf("%q: kind %d expression %q claim %+v, want a profile of %s against %s", text, q.Kind, q.Expression, q.Claim, want[0], want[1])
		}
	}
	if q, _ := ParseQuestion("is minio apache licensed?"); q.Claim != nil {
		t.Errorf("%q: read as a claim %+v", "is minio apache licensed?", *q.Claim)
	}
	// Said in a question of a use, the licence said is the verdict's, with what the
	// project's data gives beside it.
	if q, _ := ParseQuestion("minio is apache 2.0; can we use it in our saas?"); q.Kind != AskVerdict || q.Expression != "Apache-2.0" || q.Claim == nil || q.Claim.Holds || q.Claim.Licence() != "AGPL-3.0-or-later" {
		t.Errorf("minio said to be apache 2.0, in a verdict: kind %d expression %q claim %+v; want the verdict on Apache-2.0 with minio's AGPL-3.0-or-later beside it", q.Kind, q.Expression, q.Claim)
	}
	// Doubted in a question of a use, the use is judged under the project's own licence.
	for text, want := range map[string]string{
		"is glibc really gpl? we link a commercial app against it":                                      "LGPL-2.1-or-later",
		"Meteor's LICENSES folder lists MongoDB as GPL. What licence is that MongoDB really under?":     "SSPL-1.0",
		"Hibernate, which is LGPL, so it can't be housed at Apache. Is separate hosting really needed?": "",
	} {
		q, _ := ParseQuestion(text)
		if want == "" {
			if q.Claim != nil && q.Claim.Doubted {
				t.Errorf("%q: read as doubting a claim", text)
			}
		} else if q.Expression != want || q.Claim == nil || q.Claim.Holds {
			t.Errorf("%q: expression %q claim %+v, want %s with the claim beside it", text, q.Expression, q.Claim, want)
		}
	}
	// A claim that holds, for the version the question gives or one of the project's
	// options, is a profile of the licence said.
	for text, want := range map[string]string{"is ffmpeg still lgpl?": "LGPL-2.1-or-later", "is redis 7.2 still bsd?": "BSD-3-Clause", "is qt still lgpl?": "LGPL-3.0-only"} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || q.Claim == nil || !q.Claim.Holds || q.Expression != want {
			t.Errorf("%q: kind %d expression %q claim %+v, want a profile of %s, the claim holding", text, q.Kind, q.Expression, q.Claim, want)
		}
	}
}

// TestWhoseWorkBeforePublishing: whether the asker owns what they wrote for a course or
// a job, or whether the institution lets them publish it, is the employer topic.
func TestWhoseWorkBeforePublishing(t *testing.T) {
	wantTopics(t, map[string]string{
		"do i even own the code i wrote during my internship? i'd like to put it on github": "employer",
		"will my university let me open-source the simulator from my thesis?":               "employer",
		"do i own this mit library?": "",
	})
}

// TestLicenceThatAsksForCredit: asking for a licence that makes others show credit is
// what attribution a licence may ask.
func TestLicenceThatAsksForCredit(t *testing.T) {
	wantTopics(t, map[string]string{
		"is there an open source licence that requires every fork to show our logo and a link back?": "attribution",
		"we want a licence that forces users to keep our project's name in anything they build":      "attribution",
		"our website shows the logo of every library we use":                                         "",
	})
}

// TestMovesAndUsesAfterPartShcha guards a licence file replaced by another ("replace the
// MIT LICENSE with Apache-2.0"), code reused under another licence, a GNU version said
// bare after a move, a plug-in that loads inside its host, a project taken over and
// changed, a tool run but neither shipped nor hosted, a header that says not to sell
// the code (terms against commercial use), and comments that carry licence notices
// stripped (what the notices are for).
func TestMovesAndUsesAfterPartShcha(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"Can I simply replace the MIT LICENSE with Apache-2.0?":                       {"MIT", "Apache-2.0"},
		"can we replace our gpl license file with mit?":                               {"GPL-3.0-only", "MIT"},
		"why is this portfolio template gplv3 and not mit? can i reuse it under mit?": {"GPL-3.0-only", "MIT"},
		"the project is gpl v2. can we move to v3?":                                   {"GPL-2.0-only", "GPL-3.0-only"},
	})
	wantReadings(t, []reading{
		{"our qgis plugin (python, loads inside qgis) has no licence yet. can we make it mit or must it be gpl?", "", "dynamic_link"},
		{"it's LGPL-2.1. can we take it over and change it?", "LGPL-2.1-only", "modify"},
		{"we use terraform internally and never ship or host it. is the busl a problem?", "BUSL-1.1", "internal"},
		{"we don't sell or distribute it, only run it for our staff. gpl ok?", "GPL-3.0-only", "internal"},
		{"We want it in our closed-source SaaS. We won't sell it or distribute binaries. Is that fine under the GPL?", "GPL-3.0-only", "saas"},
		{"icon set readme says MIT but also says don't redistribute the icons. which one applies?", "MIT", ""},
	})
	if q, _ := ParseQuestion("the icons' readme asks people not to resell the icons, but the licence is cc-by 4.0. which one wins?"); q.Topic == "noncommercial" {
		t.Errorf("a readme's request read as terms against commercial use")
	}
	if q, _ := ParseQuestion("we run terraform ourselves but never ship or host it. is the busl a problem?"); q.Use == "saas" || q.Use == "distribute" {
		t.Errorf("never shipped nor hosted, read as %q", q.Use)
	}
	wantTopics(t, map[string]string{
		"the gallery script's header just says not to sell the software or use it as part of a package which is sold. what may we do with it?": "noncommercial",
		"our merged .min.js still has every lib's licence header in it. can we just strip all the comments?":                                   "attribution",
		"is our gpl code v2 only or v2 or later?": "orlater",
	})
}

// TestVersionAfterTheNameAndChoice guards a GNU version said after the licence's name
// and a comma ("the GPL, version 2 or later"), which names that licence and is not a
// second one, a choice offered "at your choice", and a licence the asker is told to
// use for their own work ("people say i should use lgpl-3.0. switch?").
func TestVersionAfterTheNameAndChoice(t *testing.T) {
	wantReadings(t, []reading{
		{"the code can be used under either the FreeType License or the GPL, version 2 or later, at your choice.", "FTL OR GPL-2.0-or-later", ""},
		{"the code can be used under the FreeType License or the GPL, at your choice. what's the spdx expression?", "FTL OR GPL-3.0-only", ""},
	})
	wantCompatibility(t, map[string][]string{
		"my minecraft mod is gpl-3.0. people say that clashes with minecraft and i should use lgpl-3.0. switch?": {"GPL-3.0-only", "LGPL-3.0-only"},
		"our app is mit and i think we should use an lgpl library for parsing. ok?":                              {"LGPL-3.0-only", "MIT"},
	})
}

// TestTopicsAfterPartShcha guards which licence the asker's own patch goes under
// (contributing, even when the two licences read as a compatibility question) and how
// the credit of a work that changes hands should read (attribution, not the employer).
func TestTopicsAfterPartShcha(t *testing.T) {
	wantTopics(t, map[string]string{
		"the app is AGPL, but the maintainer asked whether I'm licensing my contribution under the AGPL or MIT. which should I pick?":                         "contribute",
		"if i build my own project on scada-lts, does its licence spread to my code?":                                                                         "copyleft",
		"which licence should i pick for my pull request to your project?":                                                                                    "contribute",
		"I wrote a guide while working at Khan Academy; they offered to transfer the repo to me. How should the authorship and their notice at the top read?": "attribution",
	})
}

// TestAfterPartYery guards code run only inside the company ("can we run it just
// internally?", whatever server it is), one's own name put where the author's was
// (attribution), and a tool that warns before a dependency under some licence comes
// in (checking dependencies, which outranks the licence named).
func TestAfterPartYery(t *testing.T) {
	wantReadings(t, []reading{
		{"xlwings server is under polyform noncommercial. can we run it just internally at our company, nothing sold?", "PolyForm-Noncommercial-1.0.0", "internal"},
	})
	wantTopics(t, map[string]string{
		"took over maintaining an mit ruby gem and forked it. can i swap the original author's copyright line for mine?": "attribution",
		"can pip warn me before it pulls a gpl dependency into our closed-source django project?":                        "dependencies",
		"can ci fail when someone adds an agpl package?":                                                                 "dependencies",
	})
	// The host said after a sentence's end ("… submitted there. WordPress itself is
	// GPLv2 or later"): the plug-in's code goes into it.
	wantCompatibility(t, map[string][]string{
		"We're starting an MCP server plugin for WordPress as a side project and forgot to add a licence. I put my personal projects under Apache 2.0, but a core contributor says the WordPress.org plugin directory only takes GPL-compatible code and an Apache-2.0 plugin couldn't be submitted there. WordPress itself is GPLv2 or later. Can the plugin stay Apache-2.0 and still be listed and run inside WordPress?": {"Apache-2.0", "GPL-2.0-or-later"},
	})
	wantCompatibility(t, map[string][]string{
		"Those fonts are GPL with the special exception that lets you put the font into a PostScript or PDF document. Can we ship them inside our MIT crate?": {"GPL-3.0-only WITH Font-exception-2.0", "MIT"},
		"gyvercore is a fork of the arduino avr core but the repo says mit. can a fork of the lgpl core be mit?":                                              {"LGPL-2.1-or-later", "MIT"},
	})
	wantProfileOf(t, map[string]string{
		"we modified an OFL font and released the result under the OFL too. what licence governs our derived font?": "OFL-1.1",
	})
	for _, text := range []string{"I couldn't find a licence for the individual shaders anywhere. Can we ship them in a closed product?", "can't find any license in the repo, can i use it?",
		// Asked of the author: the code has none yet.
		"similar problem in my master thesis (germany), can i quote and use some of ur code? pls add a licence", "could you add a license? we'd like to use the code"} {
		if !AsksAboutNoLicense(text) {
			t.Errorf("%q: not read as code with no licence", text)
		}
	}
	if !TopicOutranksLicences("dependencies") {
		t.Error("a question of checking dependencies is answered by the licence it names")
	}
}

// TestSupposedLicence guards a licence the question supposes instead of the one the code
// is under ("would it be different if the toolkit were AGPL?"): it is kept aside, as
// another reading, not read as a second licence of the code.
func TestSupposedLicence(t *testing.T) {
	for text, want := range map[string][2]string{
		"it's gpl. can we use it in our saas? what if it were agpl?":                                                           {"GPL-3.0-only", "AGPL-3.0-only"},
		"we changed a GPLv3 toolkit and only run it on the lab's own cluster. would it be different if the toolkit were AGPL?": {"GPL-3.0-only", "AGPL-3.0-only"},
	} {
		q, _ := ParseQuestion(text)
		if q.Expression != want[0] || !slices.Equal(q.Supposed, []string{want[1]}) {
			t.Errorf("%q: %q supposing %q, want %q supposing %q", text, q.Expression, q.Supposed, want[0], want[1])
		}
	}
	if q, _ := ParseQuestion(`It depends on librouteros, whose setup.py just says "GPLv2". If that means GPLv2 only, is that a problem for our GPLv3 package, or would it be fine if it were GPLv2 or later?`); slices.Contains(q.Licenses, "GPL-2.0-or-later") {
		t.Errorf("'fine if it were': licences %q supposing %q", q.Licenses, q.Supposed)
	}
	if q, _ := ParseQuestion("is there a difference between gpl and agpl for a saas?"); len(q.Supposed) > 0 || len(q.Licenses) != 2 {
		t.Errorf("two licences compared read as one supposed: %q, %q", q.Licenses, q.Supposed)
	}
}

// TestRelicenseRequest guards a request that a project's maintainers relicense it, or the
// question why they moved it: choosing its licence, not a use of the one it has, even
// when the message offers a pull request or weighs the licences against each other.
func TestRelicenseRequest(t *testing.T) {
	wantTopics(t, map[string]string{
		"the parser is gplv3, which keeps us out. any chance of lgpl or mit instead?":                                      "choose",
		"Love the crate, but MPL-2.0 is awkward for our embedded users. Would you be open to dual licensing it under MIT?": "choose",
		"This widget is AGPL. Would you consider Apache 2.0 instead? Happy to open the pull request.":                      "choose",
		"could the library become bsd-3-clause? most of the ecosystem is":                                                  "choose",
		"why did the maintainers switch from apache 2.0 to the bsl last year?":                                             "choose",
	})
	wantTopics(t, map[string]string{
		"why would a project switch from gpl-3.0-or-later to gpl-3.0-only? what does or later do": "orlater",
	})
}

// TestUseFromWhereItGoes guards uses read from where the code ends up: a package that
// goes into a distribution's archive, a mod that is sold and an extension in a browser's
// store are distributed; "no link to any repository" links no code.
func TestUseFromWhereItGoes(t *testing.T) {
	wantReadings(t, []reading{
		{"can this tool go into debian main with its cc by-nc 4.0 icons?", "CC-BY-NC-4.0", "distribute"},
		{"someone is selling a paid minecraft mod that uses cc by-nc-sa 4.0 textures. allowed?", "CC-BY-NC-SA-4.0", "distribute"},
		{"A Chrome Web Store listing says the extension uses GPLv3 code, with no link to any repository. Is that allowed?", "GPL-3.0-only", "distribute"},
	})
	wantTopics(t, map[string]string{
		"should the startup that paid me for the first version be listed as a copyright holder?": "employer",
		"who should be the copyright holder of code our interns wrote over the summer?":          "employer",
	})
	if q, _ := ParseQuestion("we forked a terraform provider from hashicorp. can we keep our changes closed?"); q.Expression != "MPL-2.0" {
		t.Errorf("a Terraform provider read as %q, want MPL-2.0 (HashiCorp's providers stayed under it)", q.Expression)
	}
	if q, _ := ParseQuestion("your crate is gpl and we'd like it in our closed app. any chance of mit instead?"); !q.RelicenseAsked || q.Topic != "choose" || q.Expression != "GPL-3.0-only" {
		t.Errorf("a request to relicense: asked %v, topic %q, expression %q", q.RelicenseAsked, q.Topic, q.Expression)
	}
}

// TestOpenHardwareNames guards the open hardware licences as people name them: CERN's
// version 2 variants by their letter or their word, version 2 with no variant read as
// the strongly reciprocal one and said so, plain "CERN OHL" as version 1.2 and said so,
// and the TAPR licence. With them, readings from the same parts' misses: a proxy run in
// front of one's own services is a service, code bundled with a tool goes out with it
// ("the bundled implementations" say only where code sits), a vendor's API code is a
// library's interface, not a service (a REST API's code still is), and an ASF release
// is an Apache-2.0 work.
func TestOpenHardwareNames(t *testing.T) {
	wantReadings(t, []reading{
		{"our board is cern-ohl-s. can a company sell it?", "CERN-OHL-S-2.0", ""},
		{"is cern ohl v2 weakly reciprocal fine for a product we sell?", "CERN-OHL-W-2.0", ""},
		{"the keyboard pcb is CERN OHL P, can we sell copies?", "CERN-OHL-P-2.0", ""},
		{"the board files are cern ohl v2. can we ship boards?", "CERN-OHL-S-2.0", ""},
		{"the schematics are under the CERN OHL. can we sell the boards?", "CERN-OHL-1.2", ""},
		{"we'd like to sell boards whose files are under the tapr ohl. ok?", "TAPR-OHL-1.0", ""},
		{"kicad libs are cc-by-sa 4.0 plus an exception. can we sell pcbs?", "CC-BY-SA-4.0 WITH KiCad-libraries-exception", ""},
	})
	for text, note := range map[string]string{"the board files are cern ohl v2. can we ship boards?": "strongly reciprocal", "the schematics are under the CERN OHL. can we sell the boards?": "version 1.2"} {
		q, _ := ParseQuestion(text)
		if len(q.Assumed) != 1 || !strings.Contains(q.Assumed[0].Why, note) {
			t.Errorf("%q: assumed %+v, want a note saying %q", text, q.Assumed, note)
		}
	}
	wantReadings(t, []reading{
		{"sozu is agpl. can we run it as a reverse proxy in front of our closed webapps?", "AGPL-3.0-only", "saas"},
		{"cursor is gplv3 now. can our closed tool keep bundling it?", "GPL-3.0-only", "distribute"},
		{"the driver package is mostly ST's API code, under BSD. can we ship it in our firmware?", "BSD-3-Clause", "distribute"},
		{"the vendor API library is BSD. ok?", "BSD-3-Clause", ""},
		{"we host a REST API; its REST API code uses an AGPL library. ok?", "AGPL-3.0-only", "saas"},
		{"we're packaging liboqs; the bundled implementations are cc0. is cc0 ok for code?", "CC0-1.0", ""},
	})
	wantCompatibility(t, map[string][]string{
		"inlong agent ships the aviator jar and aviator is lgpl. is that ok in an asf release?": {"LGPL-3.0-only", "Apache-2.0"},
	})
}

// TestLicenceNamesSaidInFull guards licences named in words: "MIT No Attribution" is
// MIT-0 (not MIT and a question of attribution); SPDX's full name of a GNU licence with
// an exception is the licence and the exception, not the retired ID twice over; and Blue
// Oak, NASA's agreement, the FDL, BSD plus patent, Solderpad and Timescale's licence are
// theirs; TimescaleDB's Community Edition is under Timescale's licence, the rest Apache.
func TestLicenceNamesSaidInFull(t *testing.T) {
	wantReadings(t, []reading{
		{"can we resell timescaledb community (the tsl edition) as our own hosted database service?", "LicenseRef-Timescale", "saas"},
		{"can we use timescaledb in our saas?", "Apache-2.0", "saas"},
	})
	for name, want := range map[string]string{
		"MIT No Attribution": "MIT-0", "mit-no-attribution": "MIT-0", "Blue Oak Model": "BlueOak-1.0.0", "NASA Open Source Agreement": "NASA-1.3",
		"GNU FDL": "GFDL-1.3-only", "Solderpad": "SHL-0.51",
		"GNU General Public License v2.0 w/Classpath exception": "GPL-2.0-only WITH Classpath-exception-2.0", "bsd 2 clause plus patent": "BSD-2-Clause-Patent",
		"Timescale License": "LicenseRef-Timescale",
	} {
		text := "is code under the " + name + " licence ok in our product?"
		if q, _ := ParseQuestion(text); q.Expression != want || q.Topic != "" {
			t.Errorf("%q: read %q (topic %q), want %s", text, q.Expression, q.Topic, want)
		}
	}
}

// TestOwnLicenceWanted guards the asker's own project with no licence yet, or a licence
// wanted for the asker's work so that others may use it: choosing its licence, even when
// the licences named as candidates make it look like a compatibility question.
func TestOwnLicenceWanted(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our sensor toolkit has no licence yet. Its sister projects use MIT for code and CC-BY for docs. Should we do the same or put it all under CC-BY?": "choose",
		"we're writing a cookbook site and want a creative commons licence so readers can reuse the recipes. cc by-sa 4.0?":                                "choose",
	})
}

// TestJobAgreement guards an agreement a job asks one to sign over one's inventions: the
// employer's claim, not a contributor agreement; a CLA asked for by a project stays one.
func TestJobAgreement(t *testing.T) {
	wantTopics(t, map[string]string{
		"new job wants me to sign an ip agreement, how do i keep my npm packages mine":                  "employer",
		"the startup asked us to sign invention assignment forms. are our weekend projects still ours?": "employer",
		"the maintainer wants me to sign their CLA before merging. should I?":                           "cla",
	})
}

// TestSaysMoveFromTo guards the move from one licence to another that a relicensing
// request may say, told from other moves.
func TestSaysMoveFromTo(t *testing.T) {
	for text, want := range map[string]bool{
		"would you be open to relicensing your crate from GPL-3.0 to MIT?":         true,
		"any chance of moving it over from the gpl to apache 2?":                   true,
		"we'd like it in our app, which sends data from our server to the client.": false,
		"any chance of mit instead?":                                               false,
	} {
		if got := SaysMoveFromTo(text); got != want {
			t.Errorf("%q: says a move from a licence %v, want %v", text, got, want)
		}
	}
}

// TestUsedByNoOneOutsideAndListedTogether guards readings of how a setting is told:
// "no customers touch it" says nothing leaves the company, so the customers named are no
// distribution; and licences of things used, listed one after the other ("ExoPlayer
// (Apache 2.0) and an LGPL ffmpeg build"), are both taken in: the last is not the work's;
// a program that only runs on the asker's own machines is used in house, whatever it
// loads; R itself is under the GPL version 2 or 3; the organisation releasing its own
// code is choosing a licence for it, whatever it depends on; and contributing patches to
// a project named is the contribution route.
func TestUsedByNoOneOutsideAndListedTogether(t *testing.T) {
	wantReadings(t, []reading{
		{"We use Elasticsearch 8 internally for log search, no customers touch it. Is the licence a problem?", "Elastic-2.0 OR SSPL-1.0", "internal"},
		{"we run a GPL tool internally, no customers use it and nobody outside the company gets it", "GPL-3.0-only", "internal"},
		{"Our Android app uses ExoPlayer (Apache 2.0) and an LGPL ffmpeg build. What must we do for the Play Store release?", "Apache-2.0 AND LGPL-2.1-or-later", "mobile"},
		{"Our app uses ExoPlayer (Apache 2.0) and ffmpeg (LGPL).", "Apache-2.0 AND LGPL-2.1-or-later", "distribute"},
		{"My R program loads GPL packages with library() and calls their functions. Must I publish my scripts? It only runs on our own machines.", "", "internal"},
		{"can our closed tool call base R from java?", "GPL-2.0-only OR GPL-3.0-only", ""},
	})
	for _, text := range []string{
		"Our Android app uses ExoPlayer (Apache 2.0) and an LGPL ffmpeg build. What must we do for the Play Store release?",
		"Our app uses ExoPlayer (Apache 2.0) and ffmpeg (LGPL).",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskVerdict || q.Work != "" {
			t.Errorf("%q: read kind %d with work %q, want a verdict on both as taken in", text, q.Kind, q.Work)
		}
	}
	// A clause of its own after "and" still says the work's licence.
	if q, _ := ParseQuestion("our app uses libfoo (MIT) and is GPL"); q.Work != "GPL-3.0-only" {
		t.Errorf("'… and is GPL' read the work as %q, want GPL-3.0-only", q.Work)
	}
	// The organisation releasing its own code is choosing a licence for it, whatever its
	// dependencies' licences, which the answer weighs.
	for _, text := range []string{
		"Hey, we're planning to publish our internal config-management tool as open source. It's all our own code, but it depends on a few MIT and Apache libraries and one LGPL one. What licence should we use and what's the process?",
		"we're planning to publish our internal tool as open source. it depends on MIT and Apache libraries. what licence should we use?",
	} {
		if q, _ := ParseQuestion(text); q.Topic != "choose" {
			t.Errorf("%q: read as topic %q, want choose", text, q.Topic)
		}
	}
	// Contributing patches to a project named is the contribution route, not its profile.
	if q, _ := ParseQuestion("our company wants to contribute patches to the linux kernel. what do we need to do?"); q.Topic != "contribute" {
		t.Errorf("contributing patches to the kernel read as topic %q, want contribute", q.Topic)
	}
}

// TestProgramsTalkingApart guards a program that talks to another through a socket, a
// pipe or its command line: the two are side by side, not linked, whatever word the
// asker uses for it ("link to a GPL library through a socket").
func TestProgramsTalkingApart(t *testing.T) {
	for _, text := range []string{
		"If I link to a GPL library through a socket, is my program a derivative work?",
		"our closed app calls a gpl program via its command line. fine?",
		"we load a GPL plugin into our app and talk to it over stdin",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskVerdict || !q.Apart || q.Use != "distribute" {
			t.Errorf("%q: read kind %d, apart %v, use %q; want a separate program shipped beside the work", text, q.Kind, q.Apart, q.Use)
		}
	}
	if q, _ := ParseQuestion("we dynamically link a GPL library and talk to a daemon over a socket"); q.Use != "dynamic_link" {
		t.Errorf("linking said outright read as %q, want dynamic_link", q.Use)
	}
}

// TestWhatALicenceRequiresAndOwnChoice guards two shapes of short questions: "does CC BY
// require a link to the licence?" asks what the licence asks, not how it will be used;
// and "should I use GPL or LGPL for my library?" offers two licences for the asker's own
// work, not one going into the other.
func TestWhatALicenceRequiresAndOwnChoice(t *testing.T) {
	for _, text := range []string{"does CC BY require a link to the licence?", "does apache 2.0 require a NOTICE file?"} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile {
			t.Errorf("%q: read kind %d, want what the licence asks (profile)", text, q.Kind)
		}
	}
	if q, _ := ParseQuestion("does the GPL require us to release our code if we link it?"); q.Kind != AskVerdict || q.Use != "dynamic_link" {
		t.Errorf("a requirement asked for a use read as kind %d, use %q", q.Kind, q.Use)
	}
	for _, text := range []string{"should I use GPL or LGPL for my library?", "should I use MIT or Apache for my library?"} {
		if q, _ := ParseQuestion(text); q.Kind == AskCompatibility || q.Topic != "choose" || q.Work != "" {
			t.Errorf("%q: read kind %d, topic %q, work %q; want a choice for the asker's own work", text, q.Kind, q.Topic, q.Work)
		}
	}
}

// TestClaimOfAVersion guards a claim about a project's licence checked for the version
// the question gives: "is tinymce 6 still lgpl?" is answered for TinyMCE 6 (MIT), and the
// loose "lgpl" said of it is the LGPL its earlier versions had; "hibernate" alone is
// Hibernate ORM, and "logback-classic" is logback.
func TestClaimOfAVersion(t *testing.T) {
	q, _ := ParseQuestion("is tinymce 6 still lgpl? our scanner keeps saying lgpl-2.1")
	if q.Expression != "MIT" || q.Claim == nil || q.Claim.Said != "LGPL-2.1-only" || q.Claim.Holds {
		t.Errorf("tinymce 6: read %q, claim %+v; want MIT, the claim of LGPL-2.1-only not holding", q.Expression, q.Claim)
	}
	if q, _ := ParseQuestion("is hibernate still lgpl?"); q.Expression != "Apache-2.0" {
		t.Errorf("hibernate read as %q, want Apache-2.0 (Hibernate ORM 7 and later)", q.Expression)
	}
	// logback is offered under EPL-1.0 or LGPL-2.1-only; the EPL's copyleft reaches only
	// its own files, so that is the option that asks least.
	if q, _ := ParseQuestion("can we ship logback-classic in our closed app?"); q.Expression != "EPL-1.0" {
		t.Errorf("logback-classic read as %q", q.Expression)
	}
}

// TestReadingsAfterPartsBeToEm guards readings from the misses of the parts б, г, д, п,
// к and м. "Does mit actually allow that?" asks what the licence allows. Someone's work
// published under one's own name asks what credit is owed. Dual-licensing one's own work
// is choosing its licences. "cc non-commercial" is CC BY-NC. An app that runs on a cloud's
// managed service, or that customers upload photos to, is a service; a Docker image with a
// tool in it handed to customers ships the tool; a package pip-installed is linked at run
// time; "a store app" is a phone's (a Windows Store app is not); what runs "for our own
// internal logging" or "for our company to run" is used in house. "X licence - is it Y
// like the footer says?" is a claim checked against the project's data; "what licence is
// boost under?" names Boost's licence ("python under windows" names none). Short questions
// that named no licence and got no answer get their topic: transitive dependencies'
// licences, licence comments in a minified bundle, a file written at work and at home,
// which licence a service should go out under, an image pushed to Docker Hub, freelance
// code reused across clients, a university said to hold rights to its researchers' code,
// and who answers for the licences in an image handed to customers; code from "an
// o'reilly programming book" is code with no licence.
func TestReadingsAfterPartsBeToEm(t *testing.T) {
	if q, _ := ParseQuestion("my jekyll theme is mit but i don't want people reselling it. does mit actually allow that?"); q.Kind != AskProfile {
		t.Errorf("'does mit actually allow that?' read as kind %d, want what MIT allows (profile)", q.Kind)
	}
	wantTopics(t, map[string]string{
		"forked someone's npm package, changed a couple of lines and published it under my name. do i owe them anything?":                                              "attribution",
		"should I dual-license my library under GPL and Apache?":                                                                                                       "choose",
		"Dual-licensing my project under GPL and a commercial license":                                                                                                 "choose",
		"we depend on one npm package directly and it pulls in a bunch of others transitively. are we bound by the licences of those indirect packages too?":           "dependencies",
		"writing our go vendoring rules. which licences should never end up in vendor/?":                                                                               "dependencies",
		"do people really keep a big licence comment on top of minified js? feels like wasted bytes":                                                                   "attribution",
		"wrote part of this file at work and part at home, what goes in the copyright line?":                                                                           "employer",
		"which licence should koku, our cloud cost-management service, go out under?":                                                                                  "choose",
		"can we push an image with our closed-source product to public docker hub, or is hub only for open source images?":                                             "distribution",
		"I've just gone freelance and keep copy-pasting the same helper code between client projects. I want to turn it into my own utility library. Any legal traps?": "employer",
		"Someone told me that the university has rights to everything researchers produce. How can I release my framework?":                                            "employer",
		"Our product image is built on the official python image and we hand it to customers. Who is responsible for the licences of everything inside?":               "distribution",
		"Can we publish it on our personal GitHub under an open source license, or does it belong to the company?":                                                     "employer",
		"want to put my lib in the public domain. unlicense or cc0?":                                                                                                   "choose",
	})
	wantReadings(t, []reading{
		{"can i use a cc non-commercial icon in my free game?", "CC-BY-NC-4.0", ""},
		{"our scheduling app runs on aws managed redis. does the redis licence change hit us?", "", "saas"},
		{"is self-hosted sentry free for our company to run or do we need a licence?", "FSL-1.1-ALv2", "internal"},
		{"flan-alpaca is apache but trained on the alpaca data. ok for a commercial service?", "", "saas"},
		{"what licence is boost under, and is it really ok in commercial code?", "BSL-1.0", ""},
		{"we run python under windows. can we ship our GPL tool?", "GPL-3.0-only", ""},
		{"We want to build a product on top of the rocker/rstudio Docker image and ship it to customers commercially. Is distributing it OK?", "AGPL-3.0-only", "distribute"},
		{"We run YOLOv8 on our own servers: customers upload photos in our web app and get detections back through an API. Can the backend stay closed?", "", "saas"},
		{"closed-source django product, psycopg2 pip-installed as the db driver, we never touch its code. is the lgpl ok for that?", "", "dynamic_link"},
		{"sharptext is lgpl but xamarin.ios links everything statically. can a store app use it?", "", "mobile"},
		{"We installed the Elastic Cloud on Kubernetes operator. All we want is Elasticsearch and Kibana for our own internal logging. Fine?", "", "internal"},
	})
	if !AsksAboutNoLicense("can we paste code examples from an o'reilly programming book into our commercial product?") {
		t.Error("code from a book named with an apostrophe not read as code with no licence")
	}
	if q, _ := ParseQuestion("We're about to publish a Windows Store app that bundles FFmpeg, unchanged. What do we owe?"); q.Use == "mobile" {
		t.Error("a Windows Store app read as a mobile app")
	}
	q, _ := ParseQuestion("openjfx licence - is it cc non-commercial like the footer says?")
	if q.Claim == nil || q.Claim.Holds || q.Expression != "GPL-2.0-only WITH Classpath-exception-2.0" {
		t.Errorf("the footer's claim read as %q, claim %+v; want OpenJFX's own licence, the claim not holding", q.Expression, q.Claim)
	}
}

// TestMediaIncludedInOwnWork guards Creative Commons media put unmodified into the
// asker's own work, asked whether the whole must take their licence ("CC-BY-SA pictures
// into my thesis and slides … does the whole thesis have to be CC-BY-SA too?"): a
// collection, not the licence going into a work under the same licence.
func TestMediaIncludedInOwnWork(t *testing.T) {
	text := "I'm putting several CC-BY-SA pictures from Wikipedia into my thesis and conference slides, each one credited and left unmodified. Does that mean the whole thesis or slide deck has to be released under CC-BY-SA too?"
	if q, _ := ParseQuestion(text); q.Kind != AskVerdict || !q.Collected || q.Use != "distribute" {
		t.Errorf("read kind %d, collected %v, use %q; want a collection given out", q.Kind, q.Collected, q.Use)
	}
	if q, _ := ParseQuestion("I recoloured CC-BY-SA icons and put them into my app. Does my whole app have to be released under CC-BY-SA?"); q.Collected {
		t.Error("changed media read as included as they are")
	}
	// What ShareAlike is asked to mean for the work around, in a work said with "a".
	if q, _ := ParseQuestion("cc by-sa picture, shown unchanged inside a paid app. does share-alike mean the app can't be commercial?"); !q.Collected {
		t.Errorf("media shown unchanged in an app, ShareAlike's reach asked, not read as a collection: %+v", q)
	}
}

// TestMaintainerAgreement guards a question on contributor agreements asked by a
// project's maintainers about their contributors, apart from one asked by a contributor.
func TestMaintainerAgreement(t *testing.T) {
	for text, want := range map[string]bool{
		"should our new project require a DCO or a CLA?":                                                                   true,
		"a contributor objected to our CLA bot. do we actually need a CLA?":                                                true,
		"should i sign the cla for the kubernetes project?":                                                                false,
		"my employer says i can't sign the google cla myself. who signs it then?":                                          false,
		"we're starting a company-backed open source project. do we need contributors to sign a cla, or is that overkill?": true,
		"should we make outside contributors sign a contributor agreement?":                                                true,
		// What a project asks its contributors to sign, and why, asked of it.
		"Our GPL tool also earns money through paid proprietary licences. Before we merge pull requests from the community, what must those contributors sign?": true,
		"libsignal's client is AGPL already, so why do contributors need to sign a CLA? Isn't this just so you can dual-license later?":                         true,
		"Should contributors sign a CLA, or is a DCO sign-off enough?":                                                                                          true,
		// The project's own agreement, signed or accepted.
		"could our CONTRIBUTING file say that a merged pull request counts as accepting our contributor agreement?": true,
		// The agreement called a contributor form.
		"I'd like to keep contributing patches to CPython, but the contributor form asks me to license my code to the PSF under the Academic Free License or Apache 2.0. Why do contributors sign something different from what users get?": true,
	} {
		if q, _ := ParseQuestion(text); q.Topic != "cla" || q.Maintainer != want {
			t.Errorf("%q: topic %q maintainer %v, want cla, %v", text, q.Topic, q.Maintainer, want)
		}
	}
	for text, want := range map[string]bool{
		"I want the community to use my project freely, but if a company makes money with it I'd like them to pay me. Can I pick an open source licence that restricts commercial use?": true,
		"may we use code that is for non-commercial use only?": false,
	} {
		if q, _ := ParseQuestion(text); q.Topic != "noncommercial" || q.Maintainer != want {
			t.Errorf("%q: topic %q maintainer %v, want noncommercial, %v", text, q.Topic, q.Maintainer, want)
		}
	}
}

// TestExecutableCalled guards a program's executable the asker's work calls ("downloads
// the Imageflow executable and calls it", "bundles the ffmpeg binary and calls it"): a
// program run apart, not linked; called only by the asker's build or scripts with
// nothing handed out, it is used in house.
func TestExecutableCalled(t *testing.T) {
	q, _ := ParseQuestion("Our build system downloads the Imageflow executable (AGPL) and calls it, unmodified, from a closed-source shell script to produce the images our website serves. Do we have to publish our application's source?")
	if q.Use != "internal" || !q.Apart {
		t.Errorf("use %q apart %v; want a program run apart, in house", q.Use, q.Apart)
	}
	q, _ = ParseQuestion("our closed app bundles the ffmpeg binary (gpl) and calls it to convert videos. do we have to open our app?")
	if q.Use != "distribute" || !q.Apart {
		t.Errorf("use %q apart %v; want a program shipped beside the app", q.Use, q.Apart)
	}
}

// TestMediaShippedBesideProgram guards Creative Commons art or sound shipped beside a
// program under another licence ("can they be distributed together in one game
// package?"): a collection given out with the program, whose licence is kept, not the
// art's licence going into the program's code. A question without art, or with the art
// changed, keeps the compatibility reading.
func TestMediaShippedBesideProgram(t *testing.T) {
	for _, text := range []string{
		"I'm trying to pin down whether CC BY-SA artwork conflicts with a GPL game. Our engine is GPL, and the maps, sprites and sounds come from OpenGameArt under CC BY-SA 3.0. Can they be distributed together in one game package?",
		"Our simulation code libraries are MIT, and we want icons that only exist in Font Awesome 5, where the free icons are CC BY 4.0. Can CC BY icons live alongside our MIT code, and how should they be marked?",
		// No work said: the one Creative Commons licence is the art's, the rest the code's.
		"OpenXcom's code is GPLv3, but some weapon artwork in the data folder is by an outside artist under CC BY-SA 4.0. Do the two licences have to be unified, or can they ship side by side in the same game?",
		"GIMP is GPLv3 with some LGPL parts, and the icon set we would like to ship comes from GNOME under CC BY-SA 3.0. Can the CC BY-SA icons be combined with the GPL code, or do they need to be relicensed?",
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskVerdict || !q.Collected || q.Use != "distribute" || q.Beside == "" || !strings.HasPrefix(q.Expression, "CC-BY") {
			t.Errorf("%q: read kind %d %q, collected %v beside %q, use %q; want the art given out beside the program", text, q.Kind, q.Expression, q.Collected, q.Beside, q.Use)
		}
	}
	for _, text := range []string{
		"Can CC BY-SA 4.0 code and GPL-3.0 code be distributed together in one package?",
		"Our engine is GPL and we remixed CC BY-SA 3.0 sprites. Can they be distributed together in one game package?",
	} {
		if q, _ := ParseQuestion(text); q.Collected {
			t.Errorf("%q: read as art shipped unmodified beside the program", text)
		}
	}
}

// TestOneChoiceTakenIn guards a work that takes in code under one choice of licences
// ("setuptools itself is mit, but it vendors packaging (apache-2.0 or bsd-2-clause) …
// can it simply stay mit?"): the choice is one licence going into the work, however it is
// typed, not several licences combined.
func TestOneChoiceTakenIn(t *testing.T) {
	for _, text := range []string{
		"setuptools itself is MIT, but it vendors packaging (Apache-2.0 OR BSD-2-Clause), pyparsing and several other projects in _vendor. Should setuptools' own metadata become a big compound expression, or can it simply stay MIT?",
		"setuptools itself is mit, but it vendors packaging (apache-2.0 or bsd-2-clause), pyparsing and several other projects in _vendor. should setuptools' own metadata become a big compound expression, or can it simply stay mit?",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || q.Work != "MIT" || len(q.Licenses) != 2 || strings.Trim(q.Licenses[0], "()") != "Apache-2.0 OR BSD-2-Clause" {
			t.Errorf("%q: read kind %d, licences %q, work %q; want the choice into MIT", text, q.Kind, q.Licenses, q.Work)
		}
	}
	if q, _ := ParseQuestion("our package is MIT and depends on BSD-2, BSD-3 and Apache 2; can it stay MIT?"); q.Kind != AskCombination {
		t.Errorf("several licences taken in read as kind %d, want a combination", q.Kind)
	}
}

// TestSameLicenceTwiceAskedForMeaning guards a licence named twice in a question about
// what it lets one do ("what does the eupl compatibility clause actually let me do - can i
// just relicense eupl code"): what the licence allows, not that licence going into a work
// under the same one; a plain "GPL code into a GPL project" stays that.
func TestSameLicenceTwiceAskedForMeaning(t *testing.T) {
	if q, _ := ParseQuestion("what does the eupl compatibility clause actually let me do - can i just relicense eupl code"); q.Kind != AskProfile || q.Expression != "EUPL-1.2" {
		t.Errorf("read kind %d, %q; want EUPL-1.2's profile", q.Kind, q.Expression)
	}
	if q, _ := ParseQuestion("can I put GPL code into a GPL project?"); q.Kind != AskCompatibility {
		t.Errorf("GPL code into a GPL project read as kind %d, want compatibility", q.Kind)
	}
}

// TestGodotIsThePlatform guards Godot as the engine every exported game carries: a
// plug-in or controller "for godot" under another licence is asked about by its own
// licence, and a game made with Godot alone by Godot's.
func TestGodotIsThePlatform(t *testing.T) {
	wantReadings(t, []reading{
		{"this godot 3d character controller is gpl. on purpose, so nobody can drop it into a closed commercial game?", "GPL-3.0-only", "distribute"},
		{"our godot game uses a cc-by-sa music pack. ok?", "CC-BY-SA-4.0", ""},
		{"can i sell a game made with godot?", "MIT", "distribute"},
	})
}

// TestSecondLicenceForOwnWork guards adding a licence to the asker's own work ("worth
// adding apache to my mit-only crate?"): choosing its licences; adding a file is not.
func TestSecondLicenceForOwnWork(t *testing.T) {
	wantTopics(t, map[string]string{
		"rust api guidelines say crates should be MIT OR Apache-2.0. worth adding apache to my mit-only crate?": "choose",
		"should we add MIT to our GPL library so companies can use it?":                                         "choose",
	})
	if q, _ := ParseQuestion("should we add a NOTICE file to our app?"); q.Topic == "choose" {
		t.Error("adding a NOTICE file read as choosing a licence")
	}
}

// TestCreativeCommonsWithoutCC guards "by-sa 4.0" said without "CC" after a CC licence
// named in full ("an old cc by-sa 3.0 answer … go out under by-sa 4.0?"); said bare,
// with no version, "by-sa" is no licence.
func TestCreativeCommonsWithoutCC(t *testing.T) {
	q, _ := ParseQuestion("if i adapt an old cc by-sa 3.0 stack overflow answer, can my adapted version go out under by-sa 4.0?")
	if q.Kind != AskCompatibility || q.Work != "CC-BY-SA-4.0" || len(q.Licenses) != 2 || q.Licenses[0] != "CC-BY-SA-3.0" {
		t.Errorf("read kind %d, licences %q, work %q; want CC-BY-SA-3.0 into CC-BY-SA-4.0", q.Kind, q.Licenses, q.Work)
	}
	if q, ok := ParseQuestion("the photo is by sa photographer, can we use it?"); ok && len(q.Licenses) > 0 {
		t.Errorf("'by sa photographer' read as %q", q.Licenses)
	}
}

// TestLesserBesideGPLFiles: a project shipping a GPL licence file beside an LGPL one
// (COPYING and COPYING.LESSER) is under the LGPL v3, which is the GPL v3 with extra
// permissions, and the answer says why; a question of which to choose for one's own
// work is not that.
func TestLesserBesideGPLFiles(t *testing.T) {
	for _, text := range []string{
		"pygithub ships COPYING and COPYING.LESSER. is it gpl, lgpl, or my pick?",
		"dmpbbo has both a gpl and an lgpl licence file checked in. which one applies?",
	} {
		q, ok := ParseQuestion(text)
		if !ok || q.Kind != AskProfile || q.Expression != "LGPL-3.0-only" || len(q.Assumed) != 1 || !strings.Contains(q.Assumed[0].Why, "extra permissions") {
			t.Errorf("%q: kind %d expression %q assumed %+v; want the LGPL v3, saying why", text, q.Kind, q.Expression, q.Assumed)
		}
	}
	if q, _ := ParseQuestion("should I use GPL or LGPL for my library?"); q.Topic != "choose" {
		t.Errorf("choosing GPL or LGPL read as %+v", q)
	}
}

// readAs is what a question must be read as, in the fields a test names: the zero value
// of a field is not checked, except use when checkUse is set (use "" then means none).
type readAs struct {
	kind     QuestionKind
	topic    string
	expr     string
	work     string
	use      string
	checkUse bool
}

// readsAs checks each question of cases against what it must be read as.
func readsAs(t *testing.T, cases map[string]readAs) {
	t.Helper()
	for text, want := range cases {
		q, _ := ParseQuestion(text)
		if want.kind != 0 && q.Kind != want.kind || want.topic != "" && q.Topic != want.topic || want.expr != "" && q.Expression != want.expr ||
			want.work != "" && q.Work != want.work || (want.use != "" || want.checkUse) && q.Use != want.use {
			t.Errorf("%q: read as kind %d, topic %q, expression %q, work %q, use %q; want %+v", text, q.Kind, q.Topic, q.Expression, q.Work, q.Use, want)
		}
	}
}

// TestOwnVersionKeptOrMovedAndRequiresOfOne: keeping one's licence or moving is choosing
// one ("should we stay on MIT or switch to BSD 2-clause?"); "shouldn't that be plain
// gplv2?" weighs the "or later" form against the one version; a Creative Commons licence
// may be said with its version first ("cc 3.0 by"); "that licence" in "what does that
// licence demand from us?" is the last one named; "does that limit what our company can
// do with it?" asks what the licence allows; a build of a mod uploaded is the mod
// handed out.
func TestOwnVersionKeptOrMovedAndRequiresOfOne(t *testing.T) {
	readsAs(t, map[string]readAs{
		"Should we stay on MIT or switch to BSD 2-clause?":                                                                                                      {topic: "choose"},
		"stick with gplv3 or move to apache 2.0 for the sdk?":                                                                                                   {topic: "choose"},
		"our image registration pkg is gplv3. keep gpl or go mpl-2.0?":                                                                                          {topic: "choose"},
		"my header-only c++ lib is mit. stay mit or go bsd?":                                                                                                    {topic: "choose"},
		"bobtemplates.plone makes new add-ons 'gplv2 or later'. shouldn't that be plain gplv2 like plone?":                                                      {topic: "orlater"},
		"our headers say gpl 3 or later. should it just be gpl 3?":                                                                                              {topic: "orlater"},
		"we use a gplv2 or later library. can we ship it?":                                                                                                      {kind: AskVerdict, use: "distribute"},
		"putting llama 3.1 8b into our android app for the play store. what does meta's licence need from us?":                                                  {kind: AskProfile, expr: "LicenseRef-Llama-3.1-Community"},
		"hedera's js sdk is apache 2.0 not mit. does that limit what our company can do with it?":                                                               {kind: AskProfile, expr: "Apache-2.0"},
		"can i upload my own build of a gplv3 mod to curseforge?":                                                                                               {use: "distribute"},
		"our minecraft mod uses a gpl library. can we keep it closed?":                                                                                          {use: "dynamic_link"},
		"We make a Minetest game and wanted to pull in textures from a texture pack, which is CC BY-NC-SA 4.0. What does that licence actually demand from us?": {kind: AskProfile, expr: "CC-BY-NC-SA-4.0"},
		"a handful of files in our gpl repo are boost licensed. do we really have to ship the boost licence text with them":                                     {kind: AskProfile, expr: "BSL-1.0"},
		"one of the dictionaries bundled in our spell checker is lgpl - does the lgpl text have to ship with it":                                                {kind: AskProfile, expr: "LGPL-3.0-only"},
	})
	if q, _ := ParseQuestion("we use a gplv2 or later library. can we ship it?"); q.Topic != "" {
		t.Errorf("a use of GPL-2.0-or-later code read as topic %q", q.Topic)
	}
	for text, want := range map[string]string{"a few icons come from flaticon under cc 3.0 by": "CC-BY-3.0", "the photos are CC 4.0 BY-SA": "CC-BY-SA-4.0",
		"the sounds are creative commons 3.0 attribution": "CC-BY-3.0"} {
		if got := FindLicenses(text); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: found %q, want %s", text, got, want)
		}
	}
}

// TestRemixedIntoOneAndPaywall: works remixed with each other into one whole are a
// combination ("remix a cc by-sa cookbook with cc by-nc material into one handbook"),
// unlike one remixed from the other; pages behind one's own paywall are served.
func TestRemixedIntoOneAndPaywall(t *testing.T) {
	readsAs(t, map[string]readAs{
		"can i remix a cc by-sa cookbook with cc by-nc material into one handbook?":   {kind: AskCombination},
		"can we combine mpl code with gpl code into one library?":                     {kind: AskCombination},
		"can course notes remixed from a cc by-nc-sa repo be published as cc by-sa?":  {kind: AskCompatibility, work: "CC-BY-SA-4.0"},
		"can we put osm based interactive maps behind our paywall, subscribers only?": {use: "saas"},
	})
}

// TestPortOrForkGoingUnderAnother: a port or fork of code under one licence that the
// asker wants under another is that code going into the work ("port forge's engine
// (gpl3) to rust and put it on crates.io as mit", a site's dot being no sentence's end;
// "our fork says mit … the project we forked is gpl 2"; "drop the gpl and go mit"); a
// web app's users uploading files is no distribution.
func TestPortOrForkGoingUnderAnother(t *testing.T) {
	readsAs(t, map[string]readAs{
		"want to port forge's mtg rules engine (gpl3) to rust and put it on crates.io as mit, can i":                                {kind: AskCompatibility, work: "MIT"},
		"our ad-webmanager fork says mit in the readme but the project we forked is gpl 2. we changed a ton, is mit ok":             {kind: AskCompatibility, work: "MIT"},
		"the addon template is gpl 3 and every file has the gpl header. building my addon from it, can i drop the gpl and go mit":   {kind: AskCompatibility, work: "MIT"},
		"my webapp takes an uploaded pdf, runs a tool on it and sends a jpg back. the tool is agpl. does my webapp have to be agpl": {use: "saas"},
		"can i upload my build of a gpl tool to our site for customers to download?":                                                {use: "distribute"},
	})
}

// TestOracleAgreementAndChargingByOthers: the Oracle Contributor Agreement (OCA) is a
// contributor agreement, said by name, though "OCA modules" of Odoo are not; whether
// others' charging for a copy breaks the licence is asked of what others did.
func TestOracleAgreementAndChargingByOthers(t *testing.T) {
	readsAs(t, map[string]readAs{
		"can i confirm the oca for a pr a colleague started for mysql":               {topic: "cla"},
		"do i need to sign the oracle oca before my patch to openjdk can be merged?": {topic: "cla"},
	})
	if q, _ := ParseQuestion("like most OCA modules it is AGPL-3. can we use it next to odoo enterprise?"); q.Topic == "cla" {
		t.Errorf("Odoo's OCA modules read as a contributor agreement")
	}
	if q, _ := ParseQuestion("someone put libre sudoku on google play as a paid app under another name. is charging for it a gpl violation"); !q.ByOthers {
		t.Errorf("others charging for a GPL app read as %+v", q)
	}
}

// TestOwnWorkNamedTwoWordsOn: a licence between "my" and the asker's kind of work, with
// a word or two between, is the asker's own work's ("use it in my mit factorio mod").
func TestOwnWorkNamedTwoWordsOn(t *testing.T) {
	readsAs(t, map[string]readAs{
		"x-util.lua from lunar landings is gpl. any way to use it in my mit factorio mod?": {kind: AskCompatibility, work: "MIT"},
		"this snippet is gpl. can i paste it into our apache-2.0 go library?":              {kind: AskCompatibility, work: "Apache-2.0"},
	})
}

// TestToolLinkedAsLibraryAndLabelGiven: a tool's own library linked into the work is
// taken in, not a tool only run ("links the pandoc library"); "stack gave it a bsd3
// license file" is the licence the asker's work is labelled with; bare "bison" is GNU
// Bison; a package manager code comes in "via" is no code taken in.
func TestToolLinkedAsLibraryAndLabelGiven(t *testing.T) {
	q, _ := ParseQuestion("our little haskell markdown viewer links the pandoc library and stack gave it a bsd3 license file, is that ok")
	if q.Kind != AskCompatibility || q.Work != "BSD-3-Clause" || len(q.Licenses) != 2 || q.Licenses[0] != "GPL-2.0-or-later" {
		t.Errorf("pandoc linked into a BSD-3 viewer read as kind %d, licences %q, work %q", q.Kind, q.Licenses, q.Work)
	}
	if q, _ := ParseQuestion("we build with gcc and ship the binary statically linked to libstdc++"); slices.Contains(q.Licenses, "GPL-3.0-or-later") && !strings.Contains(q.Expression, "GCC-exception") {
		t.Errorf("the compiler used read as shipped: %q", q.Licenses)
	}
	if got, _ := ParseQuestion("my own library pulls in iglistkit (bsd) via cocoapods, do i have to copy its notice or use the same licence"); !slices.Equal(got.Licenses, []string{"BSD-3-Clause"}) {
		t.Errorf("a library fetched via a package manager read as %q", got.Licenses)
	}
	if q, _ := ParseQuestion("can the parsers bison generates go into our closed product"); !q.Output || q.Tool == nil {
		t.Errorf("bison's output read as %+v", q)
	}
}

// TestVersionOneOrLaterAndLabelCalled: "gpl1-or-later" is GPL-1.0-or-later, not the v1
// only; "can my fork just call it gpl2-or-later" labels the asker's work, which the "or
// later" of the code it came from reaches.
func TestVersionOneOrLaterAndLabelCalled(t *testing.T) {
	for text, want := range map[string]string{"our LICENSE still says Copyright [yyyy] [name of copyright owner] at the bottom": "Apache-2.0", "the model is lgpl-lr": "LGPLLR", "the module is gpl1-or-later": "GPL-1.0-or-later", "gpl v1 or later": "GPL-1.0-or-later", "lgpl 2.0 or later": "LGPL-2.0-or-later", "gpl 1.0 only": "GPL-1.0-only"} {
		if got := FindLicenses(text); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: found %q, want %s", text, got, want)
		}
	}
	readsAs(t, map[string]readAs{
		"scikit-video is gpl3. can we just relabel it bsd so it can ship with scikit-image":                 {kind: AskCompatibility, work: "BSD-3-Clause"},
		"we ship some community upscaling models that are cc by-nc-sa 4.0. what do we owe the model author": {kind: AskProfile, expr: "CC-BY-NC-SA-4.0"},
	})
	q, _ := ParseQuestion("perl module is gpl1-or-later, can my trivial fork just call it gpl2-or-later")
	if q.Kind != AskCompatibility || q.Work != "GPL-2.0-or-later" || q.Topic != "" {
		t.Errorf("a fork relabelled read as kind %d, work %q, topic %q", q.Kind, q.Work, q.Topic)
	}
}

// TestSaaSOnOwnServersAndBuildsOfEither: a SaaS running components on the asker's own
// servers serves its users; builds offered as one licence's and another's ("comes as gpl
// and lgpl builds") are a choice between them.
func TestSaaSOnOwnServersAndBuildsOfEither(t *testing.T) {
	readsAs(t, map[string]readAs{
		"our saas runs gpl components on our own servers":                                            {use: "saas"},
		"our build scripts run gpl tools on our own servers":                                         {use: "internal"},
		"the library comes as gpl and lgpl builds. which one can we bundle in our closed app?":       {expr: "GPL-3.0-only OR LGPL-3.0-only"},
		"the binaries are available as gpl and lgpl zips, we want to bundle one with our closed app": {expr: "GPL-3.0-only OR LGPL-3.0-only"},
	})
}

// TestDevicesWithAndroidAndAPublicAPI: Android devices shipped with the software on them
// are hardware handed over, not an app in a store; an app that only calls a public API
// runs apart from the program behind it.
func TestDevicesWithAndroidAndAPublicAPI(t *testing.T) {
	readsAs(t, map[string]readAs{
		"can an android tv box maker ship its own modified kodi build and still call it kodi": {use: "distribute"},
		"we ship an android app with a gpl library, ok?":                                      {use: "mobile"},
	})
	if q, _ := ParseQuestion("our closed app calls a public rest api whose server code is agpl, does that make our app agpl"); !q.Apart {
		t.Errorf("an app calling an AGPL server's API read as %+v", q)
	}
}

// TestGoAndRustDependenciesAreCompiledIn: Go and Rust compile their dependencies into the
// binary, so a Go package imported or a crate pulled in as a dependency is linked
// statically, and so is code the message says is linked statically, however it ships;
// a web shop is a service, and software a business runs on is used in house.
func TestGoAndRustDependenciesAreCompiledIn(t *testing.T) {
	readsAs(t, map[string]readAs{
		"our closed go app imports an lgpl go package, ok?":                                                                    {use: "static_link"},
		"the openai rust crate is AGPL - can i pull it into a closed-source app as a dependency?":                              {use: "static_link"},
		"we ship release binaries of our go app and a gpl dependency gets linked statically into every binary. ok?":            {use: "static_link"},
		"our rust tool loads a gpl plugin as a cdylib at run time":                                                             {use: "dynamic_link"},
		"we npm install an agpl iban validator and call it in our webshop checkout. does the shop source have to be published": {use: "saas"},
		"do we have to buy a commercial mysql licence just because our business runs on mysql?":                                {use: "internal"},
	})
}

// TestMoveBetweenTwoFormsOfOneVersion: one version's two forms set against each other as
// a move ("from gpl 2 to gpl 2 or later") or a swap ("instead of") are two licences, not
// one said twice; a move of one's own work whose contributors were not asked ("without
// asking contributors", a file name's dot inside the move) asks whose consent it needs.
func TestMoveBetweenTwoFormsOfOneVersion(t *testing.T) {
	readsAs(t, map[string]readAs{
		"can we move our library from gpl 2 to gpl 2 or later?":                                                                                                 {kind: AskCompatibility, expr: "GPL-2.0-only AND GPL-2.0-or-later", work: "GPL-2.0-or-later"},
		"we changed our project from gplv2 to gplv2 or later. do we need every contributor's ok?":                                                               {topic: "cla"},
		"a pr changed our copying.txt from gpl 2 to gpl 2 or later and got merged. someone says that wasn't allowed without asking contributors. is that right": {topic: "cla"},
		// Said again, with nothing setting them apart, it is one licence.
		"our code is gpl 2, gpl 2 or later to be exact. can we ship it in a product?": {kind: AskVerdict, expr: "GPL-2.0-or-later"},
	})
}

// TestOwnPluginForAProject: a plugin the asker makes for a well-known project, said to be
// under a licence ("can i write a wordpress plugin under mit?"), is a work of its own:
// the licence is the plugin's, and the project's own licence stays in the question; a
// message may start with the work, its subject left out ("planning a qgis plugin under
// MIT …"). A plugin of someone else's said to be under one is still that plugin's.
func TestOwnPluginForAProject(t *testing.T) {
	readsAs(t, map[string]readAs{
		"can i write a wordpress plugin under mit?":                                                   {kind: AskCompatibility, expr: "GPL-2.0-or-later AND MIT"},
		"planning a qgis plugin under MIT that calls into qgis, ok or does it have to be gpl?":        {kind: AskCompatibility, work: "MIT"},
		"The free edition of this Cordova SQLite plugin is GPLv3. Can we use it in our in-house app?": {expr: "GPL-3.0-only"},
	})
}

// TestUsesItButIsAndServicesApart: what uses the code said before and is said to be
// under another licence is the work ("aiorospy uses it but is mit"), across the "but";
// a program run as a microservice of its own is reached over the network, not linked,
// even when its API is called; "the full lgpl text" is the licence's text asked about.
func TestUsesItButIsAndServicesApart(t *testing.T) {
	readsAs(t, map[string]readAs{
		"catkin_virtualenv is gpl and aiorospy uses it but is mit. isn't that wrong?":                                         {kind: AskCompatibility, work: "MIT"},
		"foo is gpl and bar depends on it but is apache 2.0. is that allowed?":                                                {kind: AskCompatibility, work: "Apache-2.0"},
		"authn is lgpl. if our commercial product just runs it as a microservice and calls its api, anything to worry about?": {use: "saas"},
		"do i really have to ship the full lgpl text with my package? feels like a waste":                                     {kind: AskProfile, expr: "LGPL-3.0-only"},
	})
}

// TestWhatToDoAndOthersCharging: "what do i have to do if i ship …" asks what the licence
// requires, for the use given; a project sold by its publisher ("costs money on google
// play") asked whether charging is against the licence is others' act.
func TestWhatToDoAndOthersCharging(t *testing.T) {
	readsAs(t, map[string]readAs{
		"what do i actually have to do if i ship a closed app on lgpl qt":                             {kind: AskProfile, expr: "LGPL-3.0-only"},
		"our saas uses an mpl 2.0 library. what do we need to do to comply?":                          {kind: AskProfile, expr: "MPL-2.0"},
		"what do we have to do to stay compliant with the apache 2.0 license in our mobile app?":      {kind: AskProfile, expr: "Apache-2.0"},
		"kilo code forked roo code which forked cline (apache 2). what do we have to keep from them?": {kind: AskProfile, expr: "Apache-2.0"},
		// What goes into what is shipped, to comply.
		"what do i actually have to put in my exported godot game to comply with godot's licence?":                                             {kind: AskProfile, expr: "MIT"},
		"our LabVIEW bindings ship the Qt DLLs, which we use under the LGPLv3. what do we actually have to include in the download to comply?": {kind: AskProfile, expr: "LGPL-3.0-only"},
		// What is handed over, when shipping.
		"What do we need to provide when we ship an LGPL 2.1 library?": {kind: AskProfile, expr: "LGPL-2.1-only"},
	})
	q, _ := ParseQuestion("nextcloud notes costs money on google play but it's gpl and free on github. isn't charging for it against the licence?")
	if !q.ByOthers {
		t.Errorf("a project sold by its publisher, asked whether charging is against its licence, read as the asker's use: %+v", q)
	}
}

// TestOutputMadeWithIt: code generated "with it" is the program's output ("if i generate
// dbus wrapper code with it …, is the generated code lgpl?"), unless the output is said
// to carry parts copied from the program.
func TestOutputMadeWithIt(t *testing.T) {
	q, _ := ParseQuestion("gdbus-codegen-glibmm is lgpl 2.1. if i generate dbus wrapper code with it for a proprietary app, is the generated code lgpl?")
	if !q.Output {
		t.Errorf("code generated with a tool not read as its output: %+v", q)
	}
	q, _ = ParseQuestion("re2dfa turns regexes into Go code, and the generated file contains string literals copied from the tool, which is GPL3. We want to commit that generated file into a closed-source service. Does it make our code GPL?")
	if q.Output {
		t.Errorf("output said to carry parts copied from the tool read as pure output: %+v", q)
	}
}

// TestBinaryOnlyAsAnAdjective: "binary only kernel modules" names closed modules, a use
// of the kernel, not binaries shipped without their source ("we ship binaries only"),
// which asks what distribution asks.
func TestBinaryOnlyAsAnAdjective(t *testing.T) {
	if q, _ := ParseQuestion("so are binary only kernel modules ok or not? nvidia ships one"); q.Topic != "" || q.Expression != "GPL-2.0-only" {
		t.Errorf("binary-only kernel modules read as topic %q, expression %q", q.Topic, q.Expression)
	}
	if q, _ := ParseQuestion("we ship binaries only, do we have to give the source too?"); q.Topic != "distribution" {
		t.Errorf("binaries shipped without source read as topic %q", q.Topic)
	}
}

// TestProjectSaysOnlyOrLater: "is busybox gpl2 only or gpl2+?" is answered by the
// project's own data, when it says one of the two, as with a project named elsewhere.
func TestProjectSaysOnlyOrLater(t *testing.T) {
	readsAs(t, map[string]readAs{
		"is busybox gpl2 only or gpl2+?": {kind: AskProfile, expr: "GPL-2.0-only"},
		"busybox - gpl2 only or gpl2+?":  {kind: AskProfile, expr: "GPL-2.0-only"},
		"is my code gpl2 only or gpl2+?": {topic: "orlater"},
	})
}

// TestTerseNoLicenceAndArrowMoves: a project that "dont have LICENSE file" has no
// licence, typed as busy people type it; a move written with an arrow ("changed our
// licence mit -> gpl3") goes from the first licence to the second.
func TestTerseNoLicenceAndArrowMoves(t *testing.T) {
	if !AsksAboutNoLicense("gangsta dont have LICENSE file. under what licence is it?") {
		t.Error(`"dont have LICENSE file" not read as no licence`)
	}
	readsAs(t, map[string]readAs{
		"we changed our licence mit -> gpl3. do contributors need to agree?": {kind: AskCompatibility, expr: "MIT AND GPL-3.0-only", work: "GPL-3.0-only"},
		"we are switching from mit → apache 2.0, ok?":                        {kind: AskCompatibility, work: "Apache-2.0"},
	})
}

// TestPublishingOthersWorkIsNoChoice: publishing one's own code on GitHub asks which
// licence to give it; publishing a translation of someone else's docs there does not.
func TestPublishingOthersWorkIsNoChoice(t *testing.T) {
	readsAs(t, map[string]readAs{
		"I would like to publish my little tool on github, which licence?":                               {topic: "choose"},
		"I'd like to publish a library I wrote at work on GitHub. Who do I ask?":                         {topic: "choose"},
		"whats licence of fresco docs, also bsd? may i translate to chinese and publish on github pages": {kind: AskVerdict, expr: "BSD-3-Clause", use: "modify"},
	})
}

// TestPackageForAPlatform: "my emacs pkg" is a package made for Emacs, the platform, not
// code asked about, when the message names licences of its own.
func TestPackageForAPlatform(t *testing.T) {
	readsAs(t, map[string]readAs{
		"my emacs pkg is MIT but i took big chunk of code from gptel (gplv3). ok?": {kind: AskCompatibility, expr: "MIT AND GPL-3.0-only", work: "MIT"},
	})
}

// TestProjectNamedAgainWithoutVersion: a project named again without its version is the
// version named elsewhere in the message ("links openssl 1.0.x … 'developed by the
// openssl project'"), not its newest by default; its name inside a licence's name ("the
// Digia Qt LGPL Exception") stays out of it.
func TestProjectNamedAgainWithoutVersion(t *testing.T) {
	readsAs(t, map[string]readAs{
		`my windows tool links openssl 1.0.x. do i really have to print that "this product includes software developed by the openssl project" line somewhere?`: {expr: "OpenSSL"},
		"Qt 4's LGPL 2.1 came with a 'Digia Qt LGPL Exception'. What does that exception let us do that plain LGPL 2.1 doesn't?":                                {kind: AskProfile, expr: "LGPL-2.1-only"},
	})
}

// TestPutIntoOwnWork: of two licences each said of a work, the one of the asker's work
// that something is put into is where it goes; the other is what comes in, whichever is
// named first.
func TestPutIntoOwnWork(t *testing.T) {
	for text, want := range map[string][]string{
		"a gplv3 program has nice icons. can i put them in my apache-licensed project?": {"GPL-3.0-only", "Apache-2.0"},
		"an MIT library has a parser we like. could we copy it into our GPL-2.0 tool?":  {"MIT", "GPL-2.0-only"},
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskCompatibility || q.Reading != RolesSaid || q.Work != want[1] || !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: kind %d reading %d work %q licences %q, want %q into %q as said", text, q.Kind, q.Reading, q.Work, q.Licenses, want[0], want[1])
		}
	}
}

// TestReleasingOwnWorkUnderOneLicence: asking whether one may release one's own work
// under a licence is choosing it; with a second licence named, it is what that one
// allows.
func TestReleasingOwnWorkUnderOneLicence(t *testing.T) {
	wantTopics(t, map[string]string{
		"my team are us federal employees, can we release our code under the gpl?": "choose",
		"may I publish my game as MIT?":                                            "choose",
	})
	wantCompatibility(t, map[string][]string{
		"can we release our app under MIT if it uses a GPL-3.0-only library?": {"GPL-3.0-only", "MIT"},
	})
}

// TestSubjectShipsCodeUnderTheOther: a thing said to be under one licence, or to have
// parts under it, and said after it to take in code under another (ships it, is built
// against it), is where that code goes.
func TestSubjectShipsCodeUnderTheOther(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"LK8000 is GPLv2 (the \"or later\" from XCSoar was removed) and the Android build ships okio and zxing, both Apache 2.0. Is that a problem?": {"Apache-2.0", "GPL-2.0-only"},
		"could pdf2djvu (gpl 2) add gsdjvu as a backend now that it is agpl-3.0-or-later?":                                                           {"AGPL-3.0-or-later", "GPL-2.0-only"},
		// Built against a library, or said to have parts under the first licence.
		"linuxcnc has gplv2-only bits, debian now builds it against libreadline8 which is gpl3+. problem?": {"GPL-3.0-or-later", "GPL-2.0-only"},
		"liblc3 is apache-2.0 and gets built against glibc (lgpl-2.1). those two compatible?":              {"LGPL-2.1-or-later", "Apache-2.0"},
	})
}

// TestToolSharingALicenceNamedOutright: a tool named for how the work is built is not
// code taken in, but a licence it shares with one named outright stays in the question.
func TestToolSharingALicenceNamedOutright(t *testing.T) {
	q, ok := ParseQuestion("We ship an Electron desktop app packaged with electron-builder, and it pulls in npm packages under MIT and ISC. What do we have to include?")
	if !ok || !slices.Equal(q.Licenses, []string{"MIT", "ISC"}) {
		t.Errorf("read %q (%v), want MIT and ISC", q.Licenses, ok)
	}
}

// TestLicenceWeighedForOwnWork: a licence named as the one to put on something ("should
// we go with", "ok as the licence", "why not", "stuck with") is choosing a licence,
// even beside others named; the licence of code taken in ("should we use GPL code")
// is not.
func TestLicenceWeighedForOwnWork(t *testing.T) {
	wantTopics(t, map[string]string{
		"we keep a public list of regional bus timetables. should we go with odbl so people share back, or cc0?":   "choose",
		"our repo is just slides from a meetup. cc-by ok as the licence?":                                          "choose",
		"the engine we build on is MIT and our fork of it is GPL-2.0. should the level editor get MPL-2.0 instead": "choose",
		"our toolkit's core is apache-2.0. i'd suggest bsd-3-clause for the small helper repo, thoughts?":          "choose",
		"wrote this bot alone and put it under the gpl. can i move it to mit next year?":                           "choose",
	})
	for _, text := range []string{"should we use gpl code in our closed app?", "should we use mit-licensed libraries in the firmware?"} {
		if q, _ := ParseQuestion(text); q.Topic == "choose" {
			t.Errorf("%q: code taken in read as a licence chosen", text)
		}
	}
}

// TestTagAndLicencesSaidTogether: a kernel module said to be tagged "Dual MPL/GPL" is
// under that tag, not the kernel's GPL beside it; two licences said "together", "at the
// same time" or "supposed to be" one thing's are a choice of either.
func TestTagAndLicencesSaidTogether(t *testing.T) {
	f := findLicenses("our kernel module is tagged Dual MPL/GPL, can a closed driver copy bits of it?")
	if !slices.Equal(f.ids, []string{"MPL-1.1 OR GPL-2.0-only"}) {
		t.Errorf("a module's tag: %q, want the tag alone", f.ids)
	}
	for _, text := range []string{
		"the sdk is supposed to be bsd-2-clause and apache-2.0. which terms do we follow?",
		"how can one crate be mit and apache-2.0 at the same time?",
		"why ship mit and isc together in one repo?",
	} {
		if q, _ := ParseQuestion(text); !strings.Contains(q.Expression, " OR ") {
			t.Errorf("%q: %q, want a choice", text, q.Expression)
		}
	}
}

// TestEditedAndRunForOthers: an edited image is a changed one, and a server program run
// as the asker's community, forum or public instance is a service, changed or not.
func TestEditedAndRunForOthers(t *testing.T) {
	for text, want := range map[string]string{
		"our banner is an edited version of a cc by-sa 4.0 photo from wikimedia. fine?":                        "modify",
		"we host a patched discourse (gpl-2.0-or-later) as our community forum. do we owe anyone our changes?": "saas",
		"we keep our own instance of an agpl wiki, lightly patched. must we publish the patch?":                "saas",
		// Code copied and then changed, and a translation, are changed versions.
		"we copied a bsd-3-clause helper into our repo and changed it. does the notice stay?": "modify",
		"volunteers want to translate the apache-2.0 user guide to polish. is that ok?":       "modify",
	} {
		if q, _ := ParseQuestion(text); q.Use != "" && q.Use != want || q.Use == "" && q.UseSaid != want {
			t.Errorf("%q: use %q (said %q), want %q", text, q.Use, q.UseSaid, want)
		}
	}
}

// TestProductNameAsked: a question of a name for the asker's work, with a licence that
// reserves the software's name, is about that licence alone; a name asked of with no such
// licence, or such a licence with no name asked of, keeps its reading.
func TestProductNameAsked(t *testing.T) {
	for text, want := range map[string]string{
		"releasing a gpl lib called 'PHP Interactive Pages', does the php license stop me using PHP in the name?": "PHP-3.01",
		"can we keep openssl in our product's name? it links openssl 1.1":                                         "OpenSSL",
	} {
		if q, ok := ParseQuestion(text); !ok || q.Kind != AskProfile || q.Expression != want || len(q.Assumed) > 0 && q.Assumed[0].ID != want {
			t.Errorf("%q: kind %d expression %q assumed %v, want the profile of %s", text, q.Kind, q.Expression, q.Assumed, want)
		}
	}
	if q, _ := ParseQuestion("can we use gpl code in our product's name generator?"); q.Kind == AskProfile {
		t.Errorf("a GPL question that names no reserved name: kind %d", q.Kind)
	}
	if q, _ := ParseQuestion("can our gpl-3.0 app include php-3.01 code?"); q.Kind != AskCompatibility {
		t.Errorf("PHP code into a GPL app, no name asked: kind %d, want compatibility", q.Kind)
	}
	if !ReservesName("PHP-3.01") || !ReservesName("OpenSSL") || ReservesName("MIT") {
		t.Error("ReservesName: want PHP-3.01 and OpenSSL, not MIT")
	}
}

// TestForbidsDistribution: terms said to forbid handing code out, with a question whether
// it may be shipped or published; not a question whether something done distributes it,
// nor terms that allow distribution.
func TestForbidsDistribution(t *testing.T) {
	for text, want := range map[string]bool{
		"the linker scripts say copyright ac6, distribution not permitted. can i ship them in my toolchain package":      true,
		"its freeware licence says it may not be distributed via any website. Is bundling the exe in an npm package OK?": true,
		"the header says no redistribution. can that be on github":                                                       true,
		"the corpus licence forbids redistribution. are we actually redistributing anything?":                            false,
		"redistribution is permitted under the bsd licence. can we ship it?":                                             false,
	} {
		if got := ForbidsDistribution(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestTermsSaidBesideWithAUse: terms beside an open source licence, said where a project
// writes them, with no question whether they hold; terms of other works the message
// speaks of (training data, art) are not; and the company running it is in house.
func TestTermsSaidBesideWithAUse(t *testing.T) {
	text := "bwa-meme's LICENSE says mit but the readme says academic use only. can our company run it?"
	q, _ := ParseQuestion(text)
	if !TermsSaidBeside(text, q.Licenses) || q.TermsBeside || q.Use != "internal" {
		t.Errorf("%q: said beside %v, asked %v, use %q; want terms said beside, the verdict for use in house", text, TermsSaidBeside(text, q.Licenses), q.TermsBeside, q.Use)
	}
	for _, text := range []string{
		"The code and pretrained weights here are MIT, but the weights were trained on datasets which carry non-commercial clauses. Can we use them?",
		"can someone write closed source but non-commercial software using the gpl version of pyqt4?",
	} {
		if q, _ := ParseQuestion(text); TermsSaidBeside(text, q.Licenses) {
			t.Errorf("%q: read as terms beside the licence", text)
		}
	}
	if q, _ := ParseQuestion("hey all, quick one: planning a qgis plugin under mit that calls into qgis, ok or does it have to be gpl?"); q.Kind != AskCompatibility || q.Work != "MIT" {
		t.Errorf("a plug-in after a greeting: kind %d work %q, want QGIS's code going into the MIT plug-in", q.Kind, q.Work)
	}
	if q, _ := ParseQuestion("We serve a read-only copy of Wikipedia articles on our own website. What exactly do we have to add to the pages to comply?"); q.Kind != AskProfile || q.UseSaid != "distribute" {
		t.Errorf("what must be added to the pages: kind %d use said %q, want what CC-BY-SA asks of the pages handed out", q.Kind, q.UseSaid)
	}
	if q, _ := ParseQuestion("we resell routers flashed with an openwrt image. Do we still owe anyone anything under the GPL when we hand out that image?"); q.UseSaid != "distribute" && !q.Owed {
		t.Errorf("what is owed of handing out the image not asked: kind %d use %q", q.Kind, q.Use)
	}
}

// TestCommercialLicenceSaid: a commercial or paid licence said to be needed, or asked
// whether it must be bought, beside an open source licence; not for a licence that is
// not open source, nor for other talk of a licence.
func TestCommercialLicenceSaid(t *testing.T) {
	for _, c := range []struct {
		text, expr string
		want       bool
	}{
		{"sharer.js is mit but the author says closed-source products need to buy a commercial licence", "MIT", true},
		{"their readme says a commercial license is required for all commercial applications", "GPL-3.0-only", true},
		{"qt in our paid closed-source desktop app, do we have to buy the commercial licence", "LGPL-3.0-only", true},
		{"the licence file says commercial entities should get a commercial licence from the lab", "GPL-3.0-only OR MIT", true},
		{"qt is open source so i cant sell my program without buying the commercial license right??", "LGPL-3.0-only", true},
		{"production use requires a commercial licence", "BUSL-1.1", false},
		{"we bought a licence for the commercial product", "MIT", false},
		{"do we have to ship the licence with our commercial app?", "MIT", false},
	} {
		if got := CommercialLicenceSaid(c.text, c.expr); got != c.want {
			t.Errorf("%q (%s): %v, want %v", c.text, c.expr, got, c.want)
		}
	}
}

// TestTermsBesideAnOpenLicence: an open source licence named with terms beside it that
// forbid commercial use or selling, asked whether they hold, is the non-commercial topic
// about that licence, not a verdict on a use; a non-commercial licence itself, or
// selling with no such terms, is not.
func TestTermsBesideAnOpenLicence(t *testing.T) {
	for _, text := range []string{
		"the sdk is apache-2.0 but the site says not for resale. can they add that?",
		"a bsd-3-clause repo whose readme says no commercial use. does that hold?",
		"repo licence is mit but the readme says not for resale. does the no-resale part count?",                             // a hyphenated word before "count"
		"the readme says gplv3 for non-commercial projects. can our paid product still use it?",                              // written onto the licence's name
		"sunnyui is gplv3 but the author says commercial use needs a paid licence. if we follow the gpl can we use it free?", // the licence followed instead
		"the LICENSE file is isc but the readme says no commercial use. which one wins?",                                     // which of the two holds
		"rakaia licence says 'apache license - for research or personal use only'. is that even a real apache?",              // a use only allowed
		"the repo is mit but the readme says for academic use only. does that hold?",
		// Selling forbidden in other words, asked of a project of that licence.
		"PiCAST says it's GPLv3, yet its README says nobody may ever sell the program without permission and that anyone using its code must link back to the project. Can a GPLv3 project add rules like that?",
		// Shipping with commercial apps forbidden, asked whether the thing is free.
		`found a "gpl" micr font whose readme says it must not be shipped with commercial apps. is that font actually free to package?`,
		// A dedication to the public domain in the metadata, terms in the licence file.
		"I'd love to reuse some LRTRack VCV Rack modules in another open source project. plugin.json says CC0-1.0, but the LICENSE file says commercial redistribution of the code needs the author's permission. Which one actually applies?",
		"package.json says MIT but the LICENSE file says you can't use it commercially. which applies?",
		// A licence that limits selling itself, with other terms beside it.
		"the font is ofl but its readme says personal use only. does that hold?",
	} {
		q, _ := ParseQuestion(text)
		if !q.TermsBeside || q.Topic != "noncommercial" || q.Kind != AskProfile || len(q.Licenses) != 1 {
			t.Errorf("%q: beside %v topic %q kind %d licences %q", text, q.TermsBeside, q.Topic, q.Kind, q.Licenses)
		}
	}
	for _, text := range []string{
		"our icons are cc by-nc 4.0. is that even allowed in a paid app?",
		"the library is MIT. can we sell our app that uses it?",
		"the library is MIT and we only use it internally. can we?",
		// Which holds, asked of a use: the verdict on it.
		"oracle's virtualbox download page talks about personal/noncommercial use, but the source says gpl2. which applies if we run the base package inside the company?",
		// The licence's own limit on selling (the OFL: fonts not sold on their own).
		"the heading font is ofl. we bundle it with our gpl desktop app; does the no-selling clause clash with the gpl?",
	} {
		if q, _ := ParseQuestion(text); q.TermsBeside {
			t.Errorf("%q: read as terms beside an open source licence", text)
		}
	}
}

// TestNoticeYearsAndMissingCredit: which year or header goes in a notice, a notice with
// nowhere to go and a credit missing everywhere are attribution, whatever licence the
// question names.
func TestNoticeYearsAndMissingCredit(t *testing.T) {
	wantTopics(t, map[string]string{
		"our ci adds mpl-2.0 headers to new files. what year goes in them?":                      "attribution",
		"the smartwatch app uses bsd-2-clause code but there's nowhere to show a licence notice": "attribution",
		"a blog reposts our cc by 4.0 photos with no credit at all. allowed?":                    "attribution",
		"a pr updates the copyright year in our LICENSE (apache-2.0). merge it?":                 "attribution",
	})
}

// TestClosedKernelModule: a closed or binary kernel module is linked into the running
// kernel, while a GPL module of one's own handed out, or firmware inside drivers, is a
// question of distributing.
func TestClosedKernelModule(t *testing.T) {
	for text, want := range map[string]string{
		"we'd ship our proprietary kernel module for the fpga card as a prebuilt binary. allowed?":   "dynamic_link",
		"our closed linux driver only calls EXPORT_SYMBOL functions. fine?":                          "dynamic_link",
		"our gpl kernel modules ship inside our appliance. do we owe customers the source?":          "distribute",
		"the kernel drivers we ship embed vendor firmware with no notice. can we redistribute them?": "distribute",
	} {
		if q, _ := ParseQuestion(text); q.Use != want && (want == "dynamic_link" || q.Use == "dynamic_link") {
			t.Errorf("%q: use %q, want %q", text, q.Use, want)
		}
	}
}

// TestCreativeCommonsSaidOnce: "CC" said once before two Creative Commons licences ("CC
// BY or BY-SA") names both, and weighing them for one's docs is choosing a licence.
func TestCreativeCommonsSaidOnce(t *testing.T) {
	for text, want := range map[string][]string{
		"cc by or by-sa for our docs?":                        {"CC-BY-4.0", "CC-BY-SA-4.0"},
		"are cc by-nc / by-nc-sa sounds fine in a free game?": {"CC-BY-NC-4.0", "CC-BY-NC-SA-4.0"},
		"cc by 3.0 and by-sa 3.0 photos in one printed guide": {"CC-BY-3.0", "CC-BY-SA-3.0"},
	} {
		if q, _ := ParseQuestion(text); !slices.Equal(q.Licenses, want) {
			t.Errorf("%q: licences %q (%q), want %q", text, q.Licenses, q.Expression, want)
		}
	}
	wantTopics(t, map[string]string{"cc by or by-sa for our docs?": "choose"})
}

// TestLicencePutOnOwnWorkOrAskedOfAUse: a licence put "on it" is chosen, unless what it
// is put on is code under another licence, which then goes into it; a licence said to be
// fine "for our backend service" is asked of a use; a notices page asked for is
// attribution.
func TestLicencePutOnOwnWorkOrAskedOfAUse(t *testing.T) {
	wantTopics(t, map[string]string{
		"i wrote it all myself, can i just slap the unlicense on it?": "choose",
		"can i take wtfpl code, slap gplv3+ on it and ship it?":       "",
		// Licences called by what they do not ask are no question of credit.
		"can an apache project include code under mit-0 or 0bsd, the no-attribution licences?": "",
		"we use react and lodash in our web frontend, do we need a notices page?":              "attribution",
		"our kiosk app bundles zlib-licensed code. do we need an acknowledgements screen?":     "attribution",
	})
	if q, _ := ParseQuestion("is the eclipse public license 2.0 ok for our backend service?"); q.Topic != "" || q.Use != "saas" {
		t.Errorf("a use read as choosing: topic %q use %q", q.Topic, q.Use)
	}
}

// TestLicenceWeighedBySense: a licence said to make more sense, or to be the right tool,
// for something ("wouldn't MPL make more sense for a library?") is weighed as the one to
// put on it, and so is one put "on everything"; a repository that needs a licence, with
// what it holds said in brackets, is choosing one.
func TestLicenceWeighedBySense(t *testing.T) {
	wantTopics(t, map[string]string{
		"the parser is AGPL, so only open apps can use it. wouldn't the MPL or BSD-3-Clause make more sense for a library?":     "choose",
		"is BSD-2-Clause the right choice for a small plotting helper, or is ISC simpler?":                                      "choose",
		"the sensor board is cern-ohl-w. should it be the strong cern-ohl-s like our other boards?":                             "choose",
		"our parser is bsd-2-clause. should we go for apache-2.0 because of patents?":                                           "choose",
		"the wiki export is mostly prose with a few scripts. is it fine to slap apache-2.0 on everything?":                      "choose",
		"our handbook repo (prose, templates and two shell scripts) needs a licence. cc by 4.0 and cc0 came up. what is usual?": "choose",
	})
	if q, _ := ParseQuestion("does using GPL code make sense in our closed app?"); q.Topic == "choose" {
		t.Errorf("code taken in read as choosing: topic %q", q.Topic)
	}
}

// TestThingThatTakesCodeIn: a licence said of a thing that, in the words after it, takes
// in code under a second licence ("a gpl'd tool that links libssl") is where that code
// goes.
func TestThingThatTakesCodeIn(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"packaging a gpl'd tool that links libssl. can we ship the binary?":                {"OpenSSL", "GPL-3.0-only"},
		"we maintain an mpl-2.0 licensed library which bundles a bsd-3-clause parser. ok?": {"BSD-3-Clause", "MPL-2.0"},
	})
}

// TestWhatIsOwed: what is owed under a licence ("what do we actually owe?", "what does
// it make us do?", "what do i have to do to use it?") asks what the licence requires,
// for the use the message gives; asked beside whether code may be compiled into a closed
// binary, the verdict for that use is the answer.
func TestWhatIsOwed(t *testing.T) {
	for _, text := range []string{
		"we vendored an isc-licensed helper into our closed cli. what do we actually owe?",
		"what does mpl-2.0 make us do when we ship the library inside our desktop app?",
		"what does the ofl actually make us include when our package ships a font file",
		"what do i have to do to use an apache-2.0 sdk in my paid game?",
		"our router ships busybox. does the gpl make us put its licence text on the box itself?",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || q.UseSaid == "" {
			t.Errorf("%q: kind %d use said %q, want what the licence asks for a use", text, q.Kind, q.UseSaid)
		}
	}
	if q, _ := ParseQuestion("the library moved to mpl-2.0. can we compile it straight into our closed binary, and what would we still owe?"); q.Kind != AskVerdict || q.Use != "static_link" {
		t.Errorf("the use asked beside what is owed: kind %d use %q", q.Kind, q.Use)
	}
}

// TestPickedThenCompared: a pick word said of something else ("i picked it from
// github's dropdown"), in a question comparing two licences, is no choice made between
// them: what sets them apart is asked.
func TestPickedThenCompared(t *testing.T) {
	q, _ := ParseQuestion("i picked the gpl 3 entry in the gitlab template list. is my project gpl-3.0-only or gpl-3.0-or-later, what's the difference?")
	if q.Kind != AskProfile || !q.Difference {
		t.Errorf("read as kind %d difference %v use %q", q.Kind, q.Difference, q.Use)
	}
}

// TestLinkItSaidBare: "can we link it?" links the library, the way left unsaid, which is
// read as at run time.
func TestLinkItSaidBare(t *testing.T) {
	if q, _ := ParseQuestion("libqux is gpl-2.0. we want its parser in our closed tool. can we link it?"); q.Use != "dynamic_link" {
		t.Errorf("use %q, want dynamic_link", q.Use)
	}
}

// TestNonCommercialTermsAsked: a non-commercial licence named with a question of what its
// terms mean (free or not, distributions, donations, ads) is the non-commercial topic,
// its licence and use kept; a question only of a use is not.
func TestNonCommercialTermsAsked(t *testing.T) {
	wantTopics(t, map[string]string{
		"our tileset is cc by-nc-sa 4.0. is that still free enough for debian?":                      "noncommercial",
		"the voice pack is cc by-nc 4.0. can i still take donations on patreon for my mod?":          "noncommercial",
		"my blog runs adsense. can I still use photos that are cc-by-nc?":                            "noncommercial",
		"our slides are cc by-nc. does a talk at a company's internal training count as commercial?": "noncommercial",
	})
	q, _ := ParseQuestion("the voice pack is cc by-nc 4.0. can i still take donations on patreon for my mod?")
	if q.Expression != "CC-BY-NC-4.0" {
		t.Errorf("licence not kept beside the topic: %q", q.Expression)
	}
	for _, text := range []string{"can we ship cc by-nc 4.0 icons in our commercial app?", "Can we use CC BY-NC images in our MIT-licensed open source app?"} {
		if q, _ := ParseQuestion(text); q.Topic != "" {
			t.Errorf("%q: a use read as the non-commercial topic", text)
		}
	}
}

// TestCountsAsDistributionNamed: whether something counts as distribution is that topic
// even when the message names the licence.
func TestCountsAsDistributionNamed(t *testing.T) {
	wantTopics(t, map[string]string{
		"we lend a demo box running unmodified lgpl-2.1 libraries to partners. does lending it count as distribution?": "distribution",
		"our GPLv2 build is patched. is giving it to the subsidiary even a distribution?":                              "distribution",
	})
}

// TestHowToCredit: how to credit, a credit owed to the authors, a line enough as a
// citation and the credit information to add are attribution, whatever licence is named.
func TestHowToCredit(t *testing.T) {
	wantTopics(t, map[string]string{
		"the noto emoji are apache-2.0 and we show them in a podcast thumbnail. how should we credit them?": "attribution",
		"the photos are cc by 4.0. do we owe the photographers a credit in the printed flyer?":              "attribution",
		"we used a cc by-sa 4.0 dataset in a workshop. is 'name, project, url' enough as a citation?":       "attribution",
		"our sound pack is cc0 but the distro asks for credit information per sample. what do we add?":      "attribution",
	})
}

// TestNonFreeAskedAndWhatItMakesUsShow: a licence asked to be non-free is asked about
// itself, not a closed work of the asker's; what a licence "makes us show" is what it
// asks; what a packager packages goes out in the package.
func TestNonFreeAskedAndWhatItMakesUsShow(t *testing.T) {
	for _, text := range []string{
		"a distro wiki lists the artistic license 1.0 as non-free. is it really non-free?",
		"our kiosk app shows osm tiles. what does the odbl make us display?",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || q.Proprietary {
			t.Errorf("%q: kind %d proprietary %v use %q, want what the licence asks", text, q.Kind, q.Proprietary, q.Use)
		}
	}
	if q, _ := ParseQuestion("our closed app stays non-free. can it link an lgpl-2.1 library?"); !q.Proprietary {
		t.Error("a closed work said to stay non-free not read as proprietary")
	}
	if q, _ := ParseQuestion("the manuals we package use a cc by 4.0 font. fine?"); q.Use != "distribute" {
		t.Errorf("what a packager packages: use %q, want distribute", q.Use)
	}
}

// TestModpacksAndPaidPlugins: a modpack hands out the mods in it, and a plug-in or
// extension sold or resold goes to its buyers, whatever host it loads into.
func TestModpacksAndPaidPlugins(t *testing.T) {
	wantUses(t, map[string]string{
		"the mod's licence is lgpl-2.1. can we put its jar in our curseforge modpack?":                      "distribute",
		"sites resell paid woocommerce extensions for $5 because they're gpl. is that allowed?":             "distribute",
		"someone sells a closed paid plugin for our agpl note app. is that legitimate?":                     "distribute",
		"our voxel game is gplv3 and loads mods at run time. can a mod call our lua api without being gpl?": "dynamic_link",
	})
}

// TestLicenceHopedForIsNoAnswer: asked what a project is under, licences only hoped for
// ("hoping for bsd or mit") or required ("our legal team wants mit or bsd-3") are not read
// as its licence; a licence said of it still is.
func TestLicenceHopedForIsNoAnswer(t *testing.T) {
	for _, text := range []string{
		"what's the licence on ksw2? hoping for bsd or mit",
		"what licence is the alpine-pkg-glibc package under? our legal team wants mit or bsd-3",
	} {
		if q, named := ParseQuestion(text); named {
			t.Errorf("%q: hoped-for or required licences read as the project's: %q", text, q.Expression)
		}
	}
	if q, _ := ParseQuestion("what's the licence of libfoo? the readme says mit, ideally it's mit everywhere"); q.Expression != "MIT" {
		t.Errorf("a licence said of the project lost: %q", q.Expression)
	}
}

// TestBuiltIntoTheBinary: a library "built into" the binaries that ship is linked
// statically.
func TestBuiltIntoTheBinary(t *testing.T) {
	wantUses(t, map[string]string{
		"we ship cli binaries, and zlib-ng is built into them. what do we owe?": "static_link",
		"the lgpl-2.1 codec is baked into our binary. ok for a closed product?": "static_link",
	})
}

// TestWorksSaidToTakeOurCode: works said to take, or not to be able to take, the asker's
// code ("gpl projects can't use it", "does that let gpl2 projects use us?"), and the
// licence a work moves to ("switch it to mit"), are where the code goes, read in that
// direction, not offered both ways; "should we just switch the library to MIT?" weighs
// a licence for it.
func TestWorksSaidToTakeOurCode(t *testing.T) {
	wantDirections(t, map[string][]string{
		"our parser is mpl-2.0. someone says gpl-3.0 projects can't use it. true?":                       {"MPL-2.0", "GPL-3.0-only"},
		"we're adding the llvm exception to our apache 2.0 licence. does that let gpl2 projects use us?": {"Apache-2.0 WITH LLVM-exception", "GPL-2.0-only"},
		// The licence a work moves to is where its code goes.
		"my project is gplv3 and i want to switch it to mit. one contributor hasn't answered. can i go ahead?": {"GPL-3.0-only", "MIT"},
		"our tool was released under the lgpl-2.1 and i want the next release to be under apache 2.0. can i?":  {"LGPL-2.1-only", "Apache-2.0"},
		"we're switching our mit repo to apache 2.0 like the rest of our code. can we?":                        {"MIT", "Apache-2.0"},
		// A work said by its licence that goes on taking the code in.
		"pipenv vendors the cursor package and cursor just went gplv3. can an mit tool keep bundling it?": {"GPL-3.0-only", "MIT"},
		"cursor is gplv3 now. can apache-2.0 programs continue to use it?":                                {"GPL-3.0-only", "Apache-2.0"},
		// Plug-ins of a project said to take it: the project's licence is theirs.
		"should predis switch to gpl so wordpress plugins can bundle it, or is mit already fine for the plugin directory?": {"MIT", "GPL-2.0-or-later"},
	})
}

// TestSwitchWeighed: "should we just switch the library to MIT?" weighs a licence for the
// asker's own work.
func TestSwitchWeighed(t *testing.T) {
	wantTopics(t, map[string]string{
		"we put our go library under the lgpl-3.0 for weak copyleft, but go links everything statically. does the lgpl still work, or should we just switch the library to mit?": "choose",
	})
}

// TestBareGNUOfTheProjectNamed: a GNU licence named without a version, with a project of
// its family named before it ("Joomla … GPL", "our KeePass plugin, which is GPL"), is
// that project's version, and the reply says where the version came from. A client of a
// project ("this ClamAV client gem … it's GPL") and a project named only after the
// licence ("crypt.io is gpl … next to sjcl") say nothing of its version.
func TestBareGNUOfTheProjectNamed(t *testing.T) {
	for text, want := range map[string]string{
		"our joomla site runs two paid closed extensions. are we breaking the gpl?":         "GPL-2.0-or-later",
		"our keepass plugin, which is gpl, would carry one file under ms-pl. can it?":       "GPL-2.0-or-later AND MS-PL",
		"drupal says any module must be GPL. does that hold if it only calls the hooks?":    "GPL-2.0-or-later",
		"we'd like this clamav client gem, but it's gpl. ok in our hosted app?":             "GPL-3.0-only",
		"crypt.io is gpl js and we only use it next to sjcl. ok for our app?":               "GPL-3.0-only",
		"the linux kernel says every loadable module must be gpl. is that a rule for ours?": "GPL-2.0-only",
	} {
		q, _ := ParseQuestion(text)
		if q.Expression != want {
			t.Errorf("%q: expression %q, want %q", text, q.Expression, want)
			continue
		}
		if !strings.HasPrefix(want, "GPL-3.0-only") && !slices.ContainsFunc(q.Assumed, func(a Assumption) bool { return strings.Contains(a.Why, "read as the licence of") }) {
			t.Errorf("%q: the reply does not say whose version was read: %+v", text, q.Assumed)
		}
	}
}

// TestGivenToAWorkThatIs: code the asker wrote and gives to another work whose licence
// is said after it ("contribute it to one of KDE's libraries, which are LGPL") goes into
// that work, though the asker's code was said to be under its own licence first.
func TestGivenToAWorkThatIs(t *testing.T) {
	wantDirections(t, map[string][]string{
		"i wrote a small parser under the mit licence and want to contribute it to the gnome project, which is lgpl-2.1-or-later. can my file stay mit?": {"MIT", "LGPL-2.1-or-later"},
		"we wrote a sensor driver under bsd-3-clause and want to submit it to the zephyr project, which is apache-2.0. can it keep its bsd header?":      {"BSD-3-Clause", "Apache-2.0"},
	})
}

// TestAskedToBeIsTheWork: of two licences each said to be the work's, the one the asker
// asks their work may have ("can it just be apache-2.0", "can i put the result out
// under mit?") is the work's, and the other is what it takes in.
func TestAskedToBeIsTheWork(t *testing.T) {
	wantDirections(t, map[string][]string{
		"our usb gadget driver is a linux kernel module, could it just be mit like our other code?":       {"GPL-2.0-only", "MIT"},
		"if i run a gpl project through a transpiler into go, can i put the result out under apache-2.0?": {"GPL-3.0-only", "Apache-2.0"},
	})
}

// TestNotJustTheFrontend: the browser's part conceded beside a server's ("our whole
// backend, not just the frontend") says nothing of handing code out; the rest of the
// message gives the use.
func TestNotJustTheFrontend(t *testing.T) {
	wantUses(t, map[string]string{
		"the chart library is agpl. we'd render with it on our app server for our hosted dashboard. does our whole backend, not just the frontend, have to be open?": "saas",
	})
}

// TestOwnCodeGoingIn: the asker's own code said to go into another work ("our
// mit-licensed plugin can't go into obs because mit isn't gpl compatible") is the code
// going in; a store or a branch it goes into is no work.
func TestOwnCodeGoingIn(t *testing.T) {
	wantDirections(t, map[string][]string{
		"a reviewer says our mit-licensed capture plugin can't go into their app because mit isn't gpl compatible. is that so?": {"MIT", "GPL-3.0-only"},
	})
	for _, text := range []string{
		"our gpl app bundles an mit lib. could our app get into the app store?",
		"our mit code could be merged into master next week. does the gpl header matter?",
	} {
		f := findLicenses(text)
		for i, at := range f.at {
			if goesInAfter(lowerASCII(text), at) {
				t.Errorf("%q: %s read as going into a work", text, f.ids[i])
			}
		}
	}
}

// TestBackendOfAProgram: a backend that is part of a program ("its qt backend", "a
// crypto backend", "pick pyqt5 as backend", a compiler's code-generating backend) is no
// server run for others.
func TestBackendOfAProgram(t *testing.T) {
	for text, notWant := range map[string]string{
		"our closed app imports qtpy and we pick pyqt6 as backend. does the gpl reach our code?":                                                            "saas",
		"vpnkit supports a gpl-2.0 crypto backend. can our closed app ship with it?":                                                                        "saas",
		"the rust codegen backend is mit but links a gplv3 library. if i compile my closed program with a rustc that uses this backend, is my program gpl?": "saas",
		"could pdf2djvu (gpl 2) add gsdjvu/ghostscript as a backend now that ghostscript is agpl?":                                                          "saas",
	} {
		if got := DetectUse(text); got == notWant {
			t.Errorf("%q: use %q", text, got)
		}
	}
	wantUses(t, map[string]string{"a gpl php library used only in our own web backend, ok?": "saas"})
	// Hosted on a public server, a program is run for others, whatever is said of not
	// distributing it.
	wantUses(t, map[string]string{"The code is GPLv2. If I modify it but never distribute it, does hosting it on a public server count as distribution?": "saas"})
}

// TestPartSetAside: a part of a project set aside ("zlib itself, not its tests") says
// nothing of how the project is used.
func TestPartSetAside(t *testing.T) {
	for _, text := range []string{"is libfoo itself mit, not its tests?", "the library itself, not its examples, is bsd-3-clause. what do we owe?"} {
		if got := DetectUse(text); got == "internal" {
			t.Errorf("%q: use %q", text, got)
		}
	}
}

// TestPerlTerms: the GPL and the Artistic License named together as a choice without
// versions ("dual licensed GPL or Artistic") are Perl's own terms, as CPAN modules use
// them; a versioned one keeps its version.
func TestPerlTerms(t *testing.T) {
	wantExpressions(t, map[string]string{
		"this cpan module is gpl or artistic. can we bundle it in our closed product?":            "GPL-1.0-or-later OR Artistic-1.0-Perl",
		"the parser is under the artistic license or the gpl, at your option. fine for our tool?": "Artistic-1.0-Perl OR GPL-1.0-or-later",
		"the module is artistic 2.0 or gpl-3.0-or-later. fine for our tool?":                      "Artistic-2.0 OR GPL-3.0-or-later",
	})
}

// TestPastLicenceIsNoAnswerNow: a licence said to be a project's past one, when the
// question asks what it is under now ("libfoo used to be gplv3 - what licence is it
// now?"), is no answer; a licence also said of the present stays.
func TestPastLicenceIsNoAnswerNow(t *testing.T) {
	for _, text := range []string{"libfoo used to be gplv3 - what licence is it now?", "the lib was originally mit. what is its current license?"} {
		if q, ok := ParseQuestion(text); ok || len(q.Licenses) > 0 {
			t.Errorf("%q: licences %q read as the licence now", text, q.Licenses)
		}
	}
	if q, _ := ParseQuestion("libfoo used to be gplv3 and now says mit. what licence is it now?"); !slices.Equal(q.Licenses, []string{"MIT"}) || !slices.Equal(q.Former, []string{"GPL-3.0-only"}) {
		t.Errorf("the licence said now is lost: %q, former %q", q.Licenses, q.Former)
	}
	// "Which licence is it?" with one licence said to be now and another the past asks
	// the same.
	for text, want := range map[string]string{
		"miniz used to say public domain / unlicense on google code, now the repo says mit. which licence is it": "MIT",
		"foolib used to be gplv3, now it's mit. which licence applies to us?":                                    "MIT",
		"libbar was originally bsd but has been relicensed to apache 2.0. which one do we follow?":               "Apache-2.0",
	} {
		if q, _ := ParseQuestion(text); q.Expression != want || len(q.Former) != 1 {
			t.Errorf("%q: read %q, former %q; want %s now, one licence before", text, q.Expression, q.Former, want)
		}
	}
	// Without a licence said to be the one now, both stay.
	if q, _ := ParseQuestion("libbaz used to be gplv3 and mit. which licence applies?"); len(q.Licenses) != 2 || len(q.Former) != 0 {
		t.Errorf("read %q, former %q; want both licences kept", q.Licenses, q.Former)
	}
}

// TestToolBuiltItself: a tool the asker builds from its source ("if i build vscode
// myself from github, what licence is that?") is asked about for its own licence, not
// used to build something else.
func TestToolBuiltItself(t *testing.T) {
	q, _ := ParseQuestion("if i build vscode myself from github, what licence is that?")
	if q.Kind != AskProfile || q.Use != "" || q.Expression != "MIT" {
		t.Errorf("kind %d use %q expression %q, want the profile of vscode's MIT", q.Kind, q.Use, q.Expression)
	}
	if q, _ := ParseQuestion("we compile our firmware with gcc. does gcc's licence reach it?"); q.Use != "internal" {
		t.Errorf("compiling with gcc: use %q, want internal", q.Use)
	}
}

// TestLicenceInBracketsAfterPart: a licence in brackets after what of a project is used
// ("the stock MinIO docker image (AGPL 3.0)") is said of the project, so it is the
// project's one licence, not a second version beside it; the asker's own module or
// extension named after a project ("our drupal module (gplv2)") has the licence itself.
func TestLicenceInBracketsAfterPart(t *testing.T) {
	wantExpressions(t, map[string]string{
		"We run the stock MinIO docker image (AGPL 3.0) with nothing but configuration. Do we get any copyleft obligations on our own web app?": "AGPL-3.0-or-later",
		"Our Postgres extension is AGPL. can we sell it?": "AGPL-3.0-only",
	})
	if q, _ := ParseQuestion("select2 is apache 2.0 — can our drupal module (gplv2) bundle it?"); slices.Contains(q.Licenses, "GPL-2.0-or-later") {
		t.Errorf("drupal's own licence read into the asker's module: %q", q.Licenses)
	}
}

// TestLayerUnderneathIt: a layer said to be under the thing just named ("sharp is
// Apache 2.0 but the libvips underneath it is LGPL") is code that thing takes in.
func TestLayerUnderneathIt(t *testing.T) {
	wantDirections(t, map[string][]string{
		"sharp is Apache 2.0 but the libvips underneath it is LGPL. is that a licence conflict for sharp or for us using it?": {"LGPL-2.1-or-later", "Apache-2.0"},
		"our wrapper is MIT but the C library underneath it is GPLv3. is that a conflict?":                                    {"GPL-3.0-only", "MIT"},
	})
}

// TestGitByItsBinaries: git is named by words that mean only the program ("git
// binaries", "git for windows"), read as its GPL-2.0-only; "git" alone, as in "our git
// repo", names no code.
func TestGitByItsBinaries(t *testing.T) {
	wantExpressions(t, map[string]string{
		"so we owe nothing for plain rebuilt git binaries?":           "GPL-2.0-only",
		"we bundle git for windows in our installer, what do we owe?": "GPL-2.0-only",
	})
	if q, _ := ParseQuestion("our git repo is MIT, can we add a gpl script to it?"); slices.Contains(q.Licenses, "GPL-2.0-only") {
		t.Errorf("git in 'our git repo' read as the program: %q", q.Licenses)
	}
}

// TestEveryOptionOfAProjectNamed: a project offered under a choice, whose every option
// the message names, however the words join them ("JNA is under the LGPL 2.1 or later,
// and the Apache License 2.0"), is under that choice: the options are joined by OR, and
// neither goes into the other.
func TestEveryOptionOfAProjectNamed(t *testing.T) {
	wantExpressions(t, map[string]string{
		"the JNA readme says it's licensed under the LGPL 2.1 or later, and the Apache License 2.0. must we comply with both?": "LGPL-2.1-or-later OR Apache-2.0",
	})
	if q, _ := ParseQuestion("osquery is under the LICENSE file (Apache 2.0) and the COPYING file (GPLv2). how can it be both?"); q.Kind == AskCompatibility || q.Expression != "Apache-2.0 OR GPL-2.0-only" {
		t.Errorf("osquery's two options: kind %d expression %q, want the choice and neither going into the other", q.Kind, q.Expression)
	}
}

// TestLicenceOfWhatIsCopiedIn: "under what licence?" after copying from a named project
// into the asker's program asks the licence of what is copied, not one to choose for
// the program.
func TestLicenceOfWhatIsCopiedIn(t *testing.T) {
	q, _ := ParseQuestion("can I copy a few snippets from the tailwind css docs into my program? under what licence?")
	if q.Topic != "" || q.Expression != "MIT" {
		t.Errorf("topic %q expression %q, want Tailwind CSS's MIT and no topic", q.Topic, q.Expression)
	}
	if got := TopicOf("we wrote a small program. under what licence?"); got != "choose" {
		t.Errorf("one's own program: topic %q, want choose", got)
	}
}

// TestOutputMadeFromData: a program's output made from data under another licence
// ("our GPL tool … writes new feed files that contain OpenStreetMap-derived shapes")
// is under the data's licence; the program's is kept apart (TestProgramOutput's
// questions are of the program's licence alone).
func TestOutputMadeFromData(t *testing.T) {
	q, _ := ParseQuestion("Our GPL tool matches transit feeds against OpenStreetMap and writes new feed files with the OSM-derived shapes. What licence does that output carry?")
	if !q.Output || q.OutputFrom != "GPL-3.0-only" || q.Expression != "ODbL-1.0" || q.Use != "distribute" {
		t.Errorf("output %v from %q expression %q use %q, want ODbL-1.0's verdict for giving the output out, made by a GPL-3.0-only program", q.Output, q.OutputFrom, q.Expression, q.Use)
	}
}

// TestContentIsNotLinked: artwork, text and data under Creative Commons licences, and
// fonts under the OFL, are not linked into a program: "compiled into the game's data files" goes out with the game,
// and changed ("modifying them to fit") it is modified.
func TestContentIsNotLinked(t *testing.T) {
	wantReadings(t, []reading{
		{"stack overflow answers are cc by-sa 3.0 - does that mean we can't paste them into our closed source product", "CC-BY-SA-3.0", "distribute"},
		{"we compile cc-by 4.0 icons into our app's resources. ok?", "CC-BY-4.0", "distribute"},
		// Nor is a font under the SIL Open Font License, embedded in a binary.
		{"Our .NET application generates PDFs and uses unmodified Noto Sans fonts. The fonts and their OFL licence file are embedded as resources in the application binary at build time. Is that enough to comply when we ship it?", "OFL-1.1", "distribute"},
	})
	if q, _ := ParseQuestion("our game is GPLv3 and we want to use CC BY-SA 4.0 sprites, modifying them to fit; some get compiled into the data files. ok?"); q.Use != "modify" {
		t.Errorf("changed sprites compiled into data files: use %q, want modify", q.Use)
	}
}

// TestTakenUnderALicence: code already named and then taken, used or given out under a
// licence ("someone wants to take it under gplv3") goes under that licence; picking one
// option of a choice ("take it under MIT only") does not.
func TestTakenUnderALicence(t *testing.T) {
	wantDirections(t, map[string][]string{
		"is u-boot gpl2 or gpl2-or-later? someone wants to take it under gplv3":                     {"GPL-2.0-or-later", "GPL-3.0-only"},
		"fastvalidate is apache licensed. any chance of taking it under the boost licence instead?": {"Apache-2.0", "BSL-1.0"},
	})
	if q, _ := ParseQuestion("machina.js is dual-licensed MIT and GPL-2.0. can we take it under MIT only?"); q.Kind == AskCompatibility {
		t.Errorf("an option picked read as code going under it: %q", q.Licenses)
	}
}

// TestModuleNamedAfterItsPlatform: a module, plug-in or theme named after the platform
// it is for and said to be under a licence ("this magento 2 apple pay module is gpl") is
// what the question is about; the platform's own licence is its setting.
func TestModuleNamedAfterItsPlatform(t *testing.T) {
	wantExpressions(t, map[string]string{
		"this magento 2 apple pay module is gpl. doesn't that make it unusable for any real store?": "GPL-3.0-only",
		"this wordpress plugin is gpl, can we sell it?":                                             "GPL-2.0-or-later",
	})
}

// TestLicenceAfterWITH: a licence after WITH, as someone unsure how to write a secondary
// licence typed it ("'EPL-2.0 WITH GPL-2.0 ...'?"), is no unknown exception; an unknown
// exception still is.
func TestLicenceAfterWITH(t *testing.T) {
	q, _ := ParseQuestion("OpenJ9 will be EPL-2.0 with GPL-2.0 plus the Classpath exception as a secondary licence. How do we write that as an SPDX expression: 'EPL-2.0 WITH GPL-2.0 ...'?")
	if len(q.Unknown) > 0 || q.Expression != "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0" {
		t.Errorf("unknown %q expression %q, want no unknown words and the choice with the Classpath exception", q.Unknown, q.Expression)
	}
	if q, _ := ParseQuestion("is GPL-2.0 WITH Foo-exception ok?"); !slices.Contains(q.Unknown, "Foo-exception") {
		t.Errorf("an unknown exception passed: %q", q.Unknown)
	}
}

// TestWhyNotSwitchIt: "why not just switch it to bsd?" asks the maintainers to move their
// project, as "would you consider switching to …?" does.
func TestWhyNotSwitchIt(t *testing.T) {
	for _, text := range []string{
		"jacobsa/fuse is apache-2.0 while go itself and the kernel side are bsd. why not just switch it to bsd?",
		"the lib is gplv3 while everything around it is mit. why not move it to mit?",
	} {
		if q, _ := ParseQuestion(text); q.Topic != "choose" {
			t.Errorf("%q: topic %q, want choose", text, q.Topic)
		}
	}
}

// TestLinkInsteadOfTheText: whether a link may stand in for a licence's text ("can we
// just link to the gfdl instead of including it?") is attribution, not choosing a
// licence for one's own guides.
func TestLinkInsteadOfTheText(t *testing.T) {
	if q, _ := ParseQuestion("our gfdl-licensed guides are mostly licence text. can we just link to the gfdl instead of including it?"); q.Topic != "attribution" {
		t.Errorf("topic %q, want attribution", q.Topic)
	}
}

// TestThroughApplesStore: Apple's store or devices named; Google Play, app stores in
// general and words that hold the letters (a kiosk, a BIOS) are not.
func TestThroughApplesStore(t *testing.T) {
	for text, want := range map[string]bool{
		"we publish it through Apple's App Store":    true,
		"can our GPL game go on the app store?":      true,
		"our iOS client is GPLv3":                    true,
		"beta testers get it over TestFlight":        true,
		"it's on google play":                        false,
		"we ship it in both app stores":              false,
		"our kiosk firmware patches the BIOS":        false,
		"a GPL app for iPadOS and the Mac App Store": true,
	} {
		if got := ThroughApplesStore(text); got != want {
			t.Errorf("%q: through Apple's store %v, want %v", text, got, want)
		}
	}
}

// TestAppleStoreOverCLA: a GPL app on Apple's store whose message only says it has no
// CLA is a question of the store's terms; one that asks whether to start a CLA keeps the
// contributor-agreement topic.
func TestAppleStoreOverCLA(t *testing.T) {
	for text, topic := range map[string]string{
		"Our iOS client is GPLv3 and on Apple's App Store. We have outside contributors and no CLA. Is this a real problem?": "",
		"we're gpl but might want an app store build one day. should we start asking contributors for a cla?":                "cla",
	} {
		if q, _ := ParseQuestion(text); q.Topic != topic {
			t.Errorf("%q: topic %q, want %q", text, q.Topic, topic)
		}
	}
}

// TestTrainingOnMaterial: fine-tuning a model, or training one on material under a
// licence, makes something from that material: the use is modifying it, unless the
// message says it stays in house.
func TestTrainingOnMaterial(t *testing.T) {
	wantUses(t, map[string]string{
		"can we train our commercial model on cc-by-nc images?":                                  "modify",
		"can we fine-tune the apache-2.0 model on our support tickets?":                          "modify",
		"we want to fine-tune the CC-BY-NC 4.0 model for an internal coding assistant. allowed?": "internal",
	})
}

// TestCodeCopiedInAsSource: code copied in as source, a function or a file at a time,
// is compiled with the work, so a compatibility question about it is answered for that
// ("can i copy a function from an lgpl library into my mit project?": no), not left to
// depend on how a library would be linked.
func TestCodeCopiedInAsSource(t *testing.T) {
	wantUses(t, map[string]string{
		"can i copy a function from an lgpl library into my mit project?":        "static_link",
		"we want to copy a few functions out of libfoo (lgpl) into our bsd tool": "static_link",
		"our driver began as a copy of an LGPL library. can it be BSD now?":      "static_link",
		"can that LGPL code go into the BSD project in source form?":             "static_link",
	})
	q, _ := ParseQuestion("can i copy a function from an lgpl library into my mit project?")
	if q.Kind != AskCompatibility || CompatibleFor(q.Licenses[0], q.Licenses[1], q.Use).Answer != "No" {
		t.Errorf("kind %d licences %q use %q: want LGPL code copied into an MIT work answered no", q.Kind, q.Licenses, q.Use)
	}
	// Asked which terms to follow, what the licence asks is the answer, for that use.
	for _, text := range []string{
		"i want to copy a few functions out of libbar, which is isc, into our tool. is its licence the only thing i need to follow?",
		"we bundle zlib in our firmware. what do we have to comply with?",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || q.UseSaid == "" {
			t.Errorf("%q: kind %d use said %q; want what the licence asks, for the use said", text, q.Kind, q.UseSaid)
		}
	}
}

// TestWholeTakenAsOneLicence: asked whether the whole may be taken under one licence
// ("can we still use it as mit?"), the other licences the message gives its parts stay
// in the question: they are what decides it.
func TestWholeTakenAsOneLicence(t *testing.T) {
	for _, text := range []string{
		"the repo is mit but two files in it are gpl 3. can we still use it as mit?",
		"libqux is bsd-2-clause, but its parser files are lgpl 2.1. may we treat the library as bsd?",
	} {
		if q, _ := ParseQuestion(text); len(q.Licenses) != 2 {
			t.Errorf("%q: licences %q, want both kept", text, q.Licenses)
		}
	}
}

// TestProposedListBeforeInstead: every licence of a list proposed with "instead" after
// its last is proposed ("switch to mit/bsd/isc instead?"), not only the last.
func TestProposedListBeforeInstead(t *testing.T) {
	for _, text := range []string{
		"should portable-snippets switch to mit/bsd/isc instead?",
		"could the library be lgpl or mit instead?",
	} {
		f := findLicenses(text)
		if len(f.ids) < 2 {
			t.Errorf("%q: licences %q, want the whole list kept as the proposal", text, f.ids)
		}
	}
}

// TestDifferentLicenceIsAnother: "a different licence" said of one licence in place of
// another asks for no comparison. The licence ruled out in the same message stays
// ruled out, and two licences named are not set side by side; "different from" still
// compares.
func TestDifferentLicenceIsAnother(t *testing.T) {
	wantReadings(t, []reading{
		{text: "legal told us to avoid AGPL software. we only run shellcheck over our scripts in CI, unchanged and never shipped. does that need a different licence?", expr: "GPL-3.0-or-later", use: "internal"},
	})
	for _, text := range []string{
		"our service is apache 2.0 and one helper script imports a gpl library. does that script need a different licence?",
		"we are under different licences: our app is mit and the plugin is gpl-3.0. can the plugin load in the app?",
	} {
		if q, _ := ParseQuestion(text); q.Difference {
			t.Errorf("%q: read as how %q differ, want another licence, not a comparison", text, q.Licenses)
		}
	}
	if q, _ := ParseQuestion("is mpl-2.0 a different licence from mpl-1.1 in what it asks?"); !q.Difference {
		t.Errorf("'a different licence from': not read as a comparison (%q)", q.Licenses)
	}
}

// TestWorksThatTakeTheCode: works said to be under a licence and then to take the code
// asked about ("can projects that are GPL2 only still use it?", "can GPLv2 programs link
// it?") are where the code goes, not code taken in.
func TestWorksThatTakeTheCode(t *testing.T) {
	for text, want := range map[string][2]string{
		"libfoo is apache 2.0. can projects that are gpl2-only use it?":                           {"Apache-2.0", "GPL-2.0-only"},
		"if libbar moves from lgpl2 to apache 2.0, can projects that are gpl2 only still use it?": {"Apache-2.0", "GPL-2.0-only"},
		"libfoo is apache 2.0. can GPLv2 programs link it?":                                       {"Apache-2.0", "GPL-2.0-only"},
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != want[0] || q.Licenses[1] != want[1] {
			t.Errorf("%q: kind %d licences %q, want %q into %q", text, q.Kind, q.Licenses, want[0], want[1])
		}
	}
	if q, _ := ParseQuestion("we use libraries that are GPL in our closed app. is that ok?"); q.Kind != AskVerdict {
		t.Errorf("libraries that are GPL, used: kind %d licences %q, want a verdict on the GPL code", q.Kind, q.Licenses)
	}
}

// TestMiniXMLException: the Mini-XML exception lets its Apache-2.0 code go into GPLv2
// and LGPLv2 works, where plain Apache-2.0 cannot.
func TestMiniXMLException(t *testing.T) {
	for _, out := range []string{"GPL-2.0-only", "GPL-2.0-or-later", "LGPL-2.0-only", "LGPL-2.0-or-later"} {
		if c := CompatibleFor("Apache-2.0 WITH mxml-exception", out, ""); c.Answer != "Yes" {
			t.Errorf("Mini-XML into %s: %q (%s), want Yes by its exception", out, c.Answer, c.Basis)
		}
	}
	if c := CompatibleFor("Apache-2.0", "GPL-2.0-only", ""); c.Answer != "No" {
		t.Errorf("plain Apache-2.0 into GPL-2.0-only: %q, want No", c.Answer)
	}
}

// TestProjectSaidUnderALicence: a project said to be under a licence in a sentence of
// its own ("Mini-XML is apache 2.0 now.") is what the question asks about, not the
// setting, though the licence is read as the project's.
func TestProjectSaidUnderALicence(t *testing.T) {
	for text, want := range map[string]string{
		"Mini-XML is apache 2.0 now. can our GPL2-only project still use it?": "Apache-2.0 WITH mxml-exception",
		"libgit2 is gplv2. so we can't link it from our mit tool?":            "GPL-2.0-only WITH GCC-exception-2.0",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != want {
			t.Errorf("%q: kind %d licences %q, want %q into the asker's work", text, q.Kind, q.Licenses, want)
		}
	}
}

// TestServiceBehindASite: code said to run behind a site or service is used in that
// service, and the publishing asked of "our server side and client side code" is one
// object, not a word of shipping the client.
func TestServiceBehindASite(t *testing.T) {
	wantUses(t, map[string]string{
		"our ranking engine is agpl and runs behind example.org. must we release the whole site's source?":          "saas",
		"the agpl cache runs on our servers. do we have to publish all of our server side and client side code?":    "saas",
		"the agpl search service sits behind our storefront. do we need to open our code?":                          "saas",
		"we ship a desktop client that bundles an agpl library. do we have to publish our backend and client code?": "distribute",
	})
}

// TestOthersMovedTheirProject: a project someone else moved to a licence ("they moved it
// to GPL", "the commits that moved it to GPL") is code under that licence, not the
// licence the asker's own work is to become.
func TestOthersMovedTheirProject(t *testing.T) {
	for _, text := range []string{
		"our fork of it is mit. the maintainers moved it to gpl a month later. is our fork still fine?",
		"we forked it and published our fork under mit. upstream already had the commits that changed it to gpl. is our fork ok?",
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != "GPL-3.0-only" || q.Licenses[1] != "MIT" {
			t.Errorf("%q: kind %d licences %q, want the GPL code into the MIT fork", text, q.Kind, q.Licenses)
		}
	}
	if q, _ := ParseQuestion("our repo is mit. we'd like it to be apache 2.0 from the next release. what does that take?"); len(q.Licenses) != 2 || q.Licenses[1] != "Apache-2.0" {
		t.Errorf("the asker's own move: licences %q, want Apache-2.0 as the work's", q.Licenses)
	}
}

// TestUsedInWorksOfALicence: what the code is used in, said by its licence with no
// article ("can it be used in GPL-2.0-only software?"), is the work it goes into.
func TestUsedInWorksOfALicence(t *testing.T) {
	for _, text := range []string{
		"your crate is apache 2. can it be used in GPL-2.0-only software?",
		"would you let your apache-2.0 parser be included in gpl-2.0-only programs?",
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != "Apache-2.0" || q.Licenses[1] != "GPL-2.0-only" {
			t.Errorf("%q: kind %d licences %q, want Apache-2.0 into GPL-2.0-only", text, q.Kind, q.Licenses)
		}
	}
}

// TestOthersBreakItSaidOutright: the asker saying that what others did breaks the licence
// ("a copy … with the author credit stripped and no source. that breaks the gplv3,
// right?") asks what the licence asks of them; someone else saying so of what the asker
// does ("someone says that breaks the GPL") does not.
func TestOthersBreakItSaidOutright(t *testing.T) {
	if q, _ := ParseQuestion("there's a copy of our old gplv3 launcher on some app store, credits stripped and no source anywhere. that violates the licence, doesn't it?"); !q.ByOthers || q.Breach != "source" {
		t.Errorf("a copy others put out without source: by others %v, breach %q; want others, and the source", q.ByOthers, q.Breach)
	}
	if q, _ := ParseQuestion("our gpl emulator ships the msvc runtime dlls next to the exe. someone says that breaks the gpl. does it?"); q.ByOthers {
		t.Errorf("the asker's own act, said by someone to break the licence: read as others with the work")
	}
}

// TestProjectTakesItIn: a project named as the one that takes the code in ("can
// wordpress ship it?") is the work it goes into, and the code's licence, said in the
// sentence before, stays in the question.
func TestProjectTakesItIn(t *testing.T) {
	for _, text := range []string{
		"keymaster.js is apache 2.0 with the llvm exception now. can wordpress ship it?",
		"keymaster.js is apache 2.0, can wordpress core include it now that the llvm exception was added",
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskCompatibility || len(q.Licenses) != 2 || q.Licenses[0] != "Apache-2.0 WITH LLVM-exception" || q.Licenses[1] != "GPL-2.0-or-later" {
			t.Errorf("%q: kind %d licences %q, want the library into WordPress's GPL-2.0-or-later", text, q.Kind, q.Licenses)
		}
	}
}

// TestLicenceSaidAsAVerb: a licence said as a verb of the asker's work ("we have to GPL
// our app") is the consequence asked about; the project named beside it is the code
// taken in. Alone, it stays the licence asked about.
func TestLicenceSaidAsAVerb(t *testing.T) {
	for _, text := range []string{
		"pretty sure open source Qt means we have to GPL our app unless we link dynamically, right?",
		"do we have to GPL our app if we use qt?",
	} {
		q, _ := ParseQuestion(text)
		if !strings.Contains(q.Expression, "LGPL-3.0-only") || len(q.Projects) != 1 || q.Projects[0].Said != "Qt" && q.Projects[0].Said != "qt" {
			t.Errorf("%q: %q (projects %v), want Qt's licence", text, q.Expression, q.Projects)
		}
	}
	// A project's choice asked about alone is the whole expression, with no brackets.
	if q, _ := ParseQuestion("can we link qt dynamically?"); q.Expression != "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only" {
		t.Errorf("qt alone: %q, want its choice as SPDX writes it", q.Expression)
	}
	if q, _ := ParseQuestion("do i have to gpl my app if i use a gpl library?"); q.Expression != "GPL-3.0-only" {
		t.Errorf("a licence said as a verb and of the library: %q, want GPL-3.0-only", q.Expression)
	}
}

// TestCreditGivenWithCompatibility: credit the asker says they give is the premise of a
// compatibility question ("is that right, given we credit the author?"), which the
// compatibility answer takes; a question whether that credit is enough stays with
// attribution.
func TestCreditGivenWithCompatibility(t *testing.T) {
	wantTopics(t, map[string]string{
		"Our WordPress plugin is GPL, and I used a few icons that are CC BY 3.0. A reviewer says they are not GPL-compatible. Is that right, given we credit the author?": "",
		"are cc by 3.0 icons gpl-compatible if we credit the author?":                                  "",
		"Is it enough if we credit the author of the CC BY 3.0 icons in the about box of our GPL app?": "attribution",
	})
}

// TestOrLaterTrustedWithFutureVersions: what "or later" trusts the steward with, asked
// of versions still to come, is the "or later" topic; a project's own next release
// is no version of a licence.
func TestOrLaterTrustedWithFutureVersions(t *testing.T) {
	wantTopics(t, map[string]string{
		`isn't "gplv3 or later" basically handing control of my code to the fsf? what if a future gpl undoes the anti-tivoization rules?`: "orlater",
		"our library is gpl-2.0-or-later. doesn't that give the fsf control over what our users get?":                                     "orlater",
		"Our project is LGPLv3 or later and the foundation prefers Apache 2.0. Can we simply release the next version under Apache-2.0?":  "",
	})
}

// TestForkKeepsItsLicence: what the asker's fork is under, after the project it came
// from changed its licence, is the licence the fork was taken under, with the project's
// new one beside it; a fork asked about with no change said is no such question.
func TestForkKeepsItsLicence(t *testing.T) {
	for text, want := range map[string][2]string{
		"we forked digital logic sim back when it was mit. the author just changed the upstream licence for 1.0. what licence is our fork under now?": {"MIT", ""},
		"we forked it while it was still under apache 2.0, and now the project went agpl. is our fork still apache?":                                  {"Apache-2.0", "AGPL-3.0-only"},
		"the project moved from mit to gpl-3.0. our fork was taken before that, back when it was mit. does our fork have to switch too?":              {"MIT", "GPL-3.0-only"},
	} {
		q, ok := ParseQuestion(text)
		if !ok || !q.Forked || q.Kind != AskProfile || !slices.Equal(q.Licenses, []string{want[0]}) || strings.Join(q.Later, ",") != want[1] {
			t.Errorf("%q: forked %v, kind %d, licences %q, later %q; want %s, then %q", text, q.Forked, q.Kind, q.Licenses, q.Later, want[0], want[1])
		}
	}
	if q, _ := ParseQuestion("what licence is our fork of the gpl project under?"); q.Forked {
		t.Errorf("a fork with no change said: %+v", q)
	}
}

// TestRunThroughTheSystemCall: a program run through the calls that start another
// process ("with system()", "popen()s nmap", "ProcessBuilder") runs apart from the
// asker's program, whatever the licence's spelling before it ("a gpl'd command line
// tool").
func TestRunThroughTheSystemCall(t *testing.T) {
	for _, text := range []string{
		"my closed program runs a gpl'd command line tool with system(). does my program have to be gpl?",
		"if my app just popen()s nmap (gpl) as a child process, is that linking?",
		"our java app launches a gpl binary with ProcessBuilder and reads its output. do we have to open our code?",
	} {
		if q, _ := ParseQuestion(text); !q.Apart || q.Use != "distribute" {
			t.Errorf("%q: apart %v, use %q; want a program run apart, shipped", text, q.Apart, q.Use)
		}
	}
}

// TestProjectAsked: a question of what licence a project is under gives the project's
// name as written, without the kind of thing after it; one that points back, names the
// asker's own work, the policy, or a thing with no name gives none.
func TestProjectAsked(t *testing.T) {
	for text, want := range map[string]string{
		"what licence is mapsui under? nuget and the repo don't say.":                         "mapsui",
		"whats the licence on roblox-client-tracker?":                                         "roblox-client-tracker",
		"which license does ksw2 use?":                                                        "ksw2",
		"what licence is the alpine-pkg-glibc package under? our legal team wants mit or bsd": "alpine-pkg-glibc",
		"what is the license of fast_float?":                                                  "fast_float",
		"what licence is it under?":                                                           "",
		"what's the licence of our internal tool?":                                            "",
		"which licence does the policy use for saas?":                                         "",
		"no LICENSE file in the resistance repo - what licence is the code under?":            "",
		"can we use it in our app?":                                                           "",
		// A thing named first, then asked of: its licence, not one to choose.
		"decentraland builder assets - what licence? can i use them outside decentraland": "decentraland builder",
		"frogatto's effect images (images/effects), what licence? want to reuse a few":    "frogatto",
		"new hobby repo - what licence?":                                                  "",
		"our new sdk: which license?":                                                     "",
		"before i fork the winXP web clone - what licence is it under?":                   "winXP web clone",
		// A package asked of a commercial use; its name glued to a version and going on
		// after a hyphen is no project the bot knows ("vue3-admin" is not Vue).
		"can newbee's vue3-admin be used commercially?": "vue3-admin",
		"can this be used commercially?":                "",
	} {
		if got, ok := ProjectAsked(text); got != want || ok != (want != "") {
			t.Errorf("%q: %q, %v; want %q", text, got, ok, want)
		}
	}
	if q, ok := ParseQuestion("can newbee's vue3-admin be used commercially?"); ok {
		t.Errorf("vue3-admin read as %q", q.Expression)
	}
	wantTopics(t, map[string]string{
		"decentraland builder assets - what licence? can i use them outside decentraland": "",
		"new hobby repo - what licence?":                    "choose",
		"This gem should be open source, but what licence?": "choose",
	})
}

// TestSourceWithoutBuildScripts: whether source given without its makefiles or build
// scripts is enough asks what complete source is, the distribution topic.
func TestSourceWithoutBuildScripts(t *testing.T) {
	wantTopics(t, map[string]string{
		"vendor dumped the gpl sources for their e-reader but no makefiles. is that enough?":                         "distribution",
		"the router vendor gave us the gpl kernel source without the build scripts. do they have to give those too?": "distribution",
		"can we build the gpl source with our own makefiles?":                                                        "",
	})
}

// TestLicenceKeptClearOf: a licence the asker wants to keep clear of ("without ending up
// on agpl") is no licence of the code asked about; a product customers host themselves
// ("our self-hosted product", "the on-prem edition") is handed out.
func TestLicenceKeptClearOf(t *testing.T) {
	wantReadings(t, []reading{
		{"we bundle grafana in our self-hosted product. can we still take grafana 7.5.x updates without ending up on agpl?", "Apache-2.0", "distribute"},
		{"can we use this mit library in our app without having to go gpl?", "MIT", "distribute"},
		{"we ship postgres in the on-prem edition of our tool. ok?", "PostgreSQL", "distribute"},
	})
}

// TestWhatEachRequires: what each of the licences named asks ("what does each of those
// require?", "do the mit and the boost licence both want …?") is a question of both
// licences' terms, not of one going into the other or a verdict on the two; a question of
// how the two go together stays one.
func TestWhatEachRequires(t *testing.T) {
	for text, want := range map[string]QuestionKind{
		"pyqt is gpl, qt itself is lgpl. what does each of those actually require if we want to sell our python desktop/mobile app?": AskProfile,
		"pyqt is gpl and qt is lgpl. what do they each require of us?":                                                               AskProfile,
		"our app is mit and uses an lgpl library. what do both of them require?":                                                     AskProfile,
		"our app is mit and uses an lgpl library. is that allowed?":                                                                  AskCompatibility,
		// Asked whether both ask a thing, beside a use: each one's terms, not a verdict.
		"shipping a closed binary: do the mit and the boost licence both want their notice inside the binary distribution?": AskProfile,
		"shipping a closed binary with mit and boost code. ok?":                                                             AskVerdict,
	} {
		if q, _ := ParseQuestion(text); q.Kind != want || q.Kind == AskProfile && len(q.Licenses) != 2 {
			t.Errorf("%q: kind %d, licences %q; want kind %d", text, q.Kind, q.Licenses, want)
		}
	}
}

// TestObligedByUnnamedLicence: whether code taken in obliges the asker to open their own,
// with no licence named, is what copyleft is, not choosing a licence for a release; naming
// the licence, it stays that licence's question.
func TestObligedByUnnamedLicence(t *testing.T) {
	wantTopics(t, map[string]string{
		"using android-pdfmyxml in our paid app. do we have to open source the app because of the library's licence?": "copyleft",
		"do i have to open source my app if i use an open source library?":                                            "copyleft",
		"we want to open source the app. how do we start?":                                                            "choose",
	})
	if q, _ := ParseQuestion("do we have to open source the app because of the lgpl library?"); q.Topic != "" || q.Expression != "LGPL-3.0-only" {
		t.Errorf("a licence named: topic %q, expression %q; want the licence's question", q.Topic, q.Expression)
	}
}

// TestChangesLicenceAsked: the licence asked of the asker's changes to code under a
// licence named is that licence's question, not choosing one for a release, and so is a
// move "from one to the other" of the kinds of work a licence names; the asker's own
// project still chooses.
func TestChangesLicenceAsked(t *testing.T) {
	wantTopics(t, map[string]string{
		"Spoon is under CeCILL-C. If I modify Spoon's sources, what licence do my changes need? And if I just use Spoon as a Java library from my own code, can my code stay proprietary?": "",
		"we patch an mpl-2.0 library. which licence do our changes have to be under?":                                                                                                      "",
		"our new sdk, mit or apache. which licence?": "choose",
		// A move between two kinds of work a licence names is no move between licences.
		"trying to understand lgpl 2.1 wording. what counts as a 'work that uses the library' versus a work based on the library? does static linking move my program from one to the other?": "",
		"we want to move our project from lgpl to mpl. should we?":                 "choose",
		"thinking about moving my library from one licence to another, which one?": "choose",
	})
}

// TestSourceByUpstreamLink: whether pointing at upstream's source, or shipping one's own
// diffs, meets the source owed is the distribution topic, not contributing upstream; a
// footer that only says where upstream is, and sending a patch upstream, are not.
func TestSourceByUpstreamLink(t *testing.T) {
	wantTopics(t, map[string]string{
		"we publish a prebuilt linux sd-card image. is it enough to point at upstream and ship our diffs, or does \"source\" mean the full tree?":                "distribution",
		"We publish prebuilt binaries of some copyleft libraries as GitHub release assets and just point to upstream's homepage for the source. Is that enough?": "distribution",
		"we extended a gplv3 tool and ship our binary. is a link to the upstream source tarball enough?":                                                         "distribution",
		"can i send our patch upstream on company time?": "contribute",
	})
	if q, _ := ParseQuestion("We run a public Invidious instance with a few of our own patches, and the footer still points to the upstream repository. Invidious is AGPLv3. Can we keep running our modified version without publishing the patches?"); q.Topic != "" {
		t.Errorf("a footer pointing upstream, the question another: topic %q, want none", q.Topic)
	}
}

// TestWorkChangeAsked: a change to a work asked about ("can we recolour the badge?") is
// the use, wherever the changed work then goes; a work only shown there is given out.
func TestWorkChangeAsked(t *testing.T) {
	wantUses(t, map[string]string{
		"Can we recolour the CC BY-ND badge for our download page?":    "modify",
		"ok to crop a cc by-nd photo for our app's store listing?":     "modify",
		"can we put the cc by-nd badge on our download page as it is?": "distribute",
		"may we ship the cc by-nd badge unchanged in our installer?":   "distribute",
	})
}

// TestEPLSecondaryLicenceExpression: EPL-2.0 code whose notice names a Secondary License may be had
// under either, one SPDX OR, as the Eclipse Foundation writes it; EPL-2.0 named beside
// another licence with no such notice stays both.
func TestEPLSecondaryLicenceExpression(t *testing.T) {
	wantExpressions(t, map[string]string{
		"epl-2.0 code whose notice names gpl-2.0 with classpath exception as a secondary licence: what spdx expression is that really?": "EPL-2.0 OR GPL-2.0-only WITH Classpath-exception-2.0",
		"the library is epl-2.0 and some files are gpl-2.0. what spdx expression covers it?":                                            "EPL-2.0 AND GPL-2.0-only",
	})
}

// TestBlogPostRead: a blog post read ("a blog post calls mongodb open source") runs no
// blog of the asker's; images on the asker's own blog are still given to its visitors.
func TestBlogPostRead(t *testing.T) {
	wantUses(t, map[string]string{
		"a blog post calls mongodb open source. is it still, with the sspl?": "",
		"can we use cc-by images in our blog posts?":                         "distribute",
	})
}

// TestMovedToLicenceAskedOpen: whether the licence one's work would move to is free or
// open source, asked of it as "that", is asked of that licence itself; a licence with
// terms added, asked of with no move, is not read so.
func TestMovedToLicenceAskedOpen(t *testing.T) {
	q, _ := ParseQuestion("I maintain a small tool under MIT and I'd like to relicense it to the Hippocratic License 2.1. Is that still a free / open source licence, and is there any downside?")
	if q.Kind != AskProfile || q.Expression != "Hippocratic-2.1" || !q.OpenSource {
		t.Errorf("kind %d expression %q open source %v, want whether Hippocratic-2.1 is open source", q.Kind, q.Expression, q.OpenSource)
	}
	if q, _ := ParseQuestion("pykwalify license is mit plus 'shall be used for good not evil'. is that still free enough for debian main?"); q.Expression == "MIT" {
		t.Error("a licence with terms added read as MIT alone")
	}
}

// TestOpenSourceAskedWithUse: whether a licence is open source, asked beside a use ("we
// run mongodb in our saas. is the sspl even open source?"), is a question of the licence,
// the use kept for the verdict beside; whether a use is allowed stays a verdict. "Our
// open source project" asks nothing of the kind.
func TestOpenSourceAskedWithUse(t *testing.T) {
	for text, want := range map[string]QuestionKind{
		"we run mongodb in our saas. is the sspl even open source?":                                                            AskProfile,
		"anuko timetracker's license.txt turns out to be sspl. does that still count as open source for our self-hosted list?": AskProfile,
		"is BSD-3-Clause open source and ok for our SaaS?":                                                                     AskVerdict,
		"we run mongodb in our saas. is that allowed?":                                                                         AskVerdict,
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != want || want == AskProfile && q.UseSaid != "saas" {
			t.Errorf("%q: kind %d, use said %q; want kind %d", text, q.Kind, q.UseSaid, want)
		}
	}
	// Asked as "free / open source": the profile, the use kept beside.
	if q, _ := ParseQuestion("storymaps ships the org.json java files, whose licence adds 'The Software shall be used for Good, not Evil.' Is that still a free / open source licence?"); q.Kind != AskProfile || q.UseSaid != "distribute" {
		t.Errorf("org.json: kind %d, use said %q; want the profile of JSON, the use kept", q.Kind, q.UseSaid)
	}
	// "Open source" said of a kind of thing asks nothing of whether a licence is.
	for text, want := range map[string]bool{
		"pulling some bsd code into our open source project, where exactly do we have to mention the copyright": false,
		"starting a new oss tool at our startup. why would anyone pick apache 2 over mit?":                      false,
		"is the sspl an open source licence?":                                                                   true,
		"is the bsl an open source license like the other open source projects use?":                            true,
		// "free / open source", "a free licence".
		"storymaps ships the org.json java files, whose licence adds 'The Software shall be used for Good, not Evil.' Is that still a free / open source licence?": true,
		// Nor does code said to have to be open source: an obligation asked about.
		"a minio contributor said anything that connects to minio must be open source. so can we even expose minio to the internet?": false,
	} {
		if q, _ := ParseQuestion(text); q.OpenSource != want {
			t.Errorf("%q: asks whether a licence is open source %v, want %v", text, q.OpenSource, want)
		}
	}
}

// TestPlatformOfWork: a licence said of the platform the asker's work is named for ("into
// my zephyr application? zephyr is apache") is the work's side, where the code goes.
func TestPlatformOfWork(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"can i port a linux sensor driver (gpl) into my zephyr application? zephyr is apache": {"GPL-3.0-only", "Apache-2.0"},
		"can i copy an agpl module into our odoo app? odoo is lgpl":                           {"AGPL-3.0-only", "LGPL-3.0-only"},
		// The asker's work said again after a comma, with no article.
		"isotope 2.2+ is gplv3 now (or paid license). can my wp.org plugin bundle it, plugin is gpl2+ like wordpress": {"GPL-3.0-only", "GPL-2.0-or-later"},
	})
}

// TestScannerClaimDoubted: a project a scanner reports under a licence, said where it
// sits ("fossa flags logback-classic in spring-boot-starter-logging as lgpl-2.1-only"),
// and doubted ("is it really lgpl?"), is checked against the project's data; a project
// named with a work under a licence ("openssl 3 in a gplv2+ project") is no such claim.
func TestScannerClaimDoubted(t *testing.T) {
	q, _ := ParseQuestion("fossa flags logback-classic in spring-boot-starter-logging as lgpl-2.1-only. is it really lgpl?")
	if q.Claim == nil || q.Claim.Project != "logback-classic" || !q.Claim.Holds {
		t.Errorf("the scanner's claim not checked against logback's data: %+v", q.Claim)
	}
	wantCompatibility(t, map[string][]string{"openssl 3 in a gplv2+ project fine": {"Apache-2.0", "GPL-2.0-or-later"}})
}

// TestClosedProgramAllowedAsked: a closed program asked "allowed?" beside what it takes
// is given to others unless said otherwise: the profile answer gives the verdict for
// distributing first; one that asks only what it takes gets no use.
func TestClosedProgramAllowedAsked(t *testing.T) {
	for text, want := range map[string]string{
		"making a free but closed source java tool with jfoenix (apache 2.0). allowed? what do i need to do": "distribute",
		"making a closed source java tool with an apache 2.0 library. what do i need to do?":                 "",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || q.UseSaid != want {
			t.Errorf("%q: kind %d, use said %q; want the profile for %q", text, q.Kind, q.UseSaid, want)
		}
	}
}

// TestPythonShipped: Python itself shipped, bundled or embedded is the interpreter,
// under the PSF licence; Python code shipped ("python scripts") or a work's own Python
// ("ship the Python under our own EULA") is not.
func TestPythonShipped(t *testing.T) {
	wantReadings(t, []reading{
		{"can we ship python inside our closed-source desktop app installer", "PSF-2.0", "distribute"},
		{"can we embed python 3.12 in our closed game engine?", "PSF-2.0", "static_link"},
	})
	wantLicenceRead(t, "PSF-2.0", false,
		"can we ship python scripts in our product?",
		"our add-on is GPL. can we ship the Python under our own EULA?",
		"can we ship python-igraph in our product?")
}

// TestSourceKeptIsNoInternalUse: the asker's source said never to leave the company
// keeps the code closed; the program itself may still go out ("give end users"), while
// a tool said never to leave stays in house.
func TestSourceKeptIsNoInternalUse(t *testing.T) {
	wantUses(t, map[string]string{
		"our own source never leaves the company, and the app goes to end users. what does the mit library ask?": "distribute",
		"our source code never leaves our servers and we use an agpl library in our saas":                        "saas",
		"we use a gpl library in a tool that never leaves the company. do we have to publish?":                   "internal",
	})
}

// TestEmployerSignsBeforeIdentity: the employer asked to sign is the contributor
// agreement topic, even when the message also says which email the commits carry; the
// identity asked alone stays how one contributes.
func TestEmployerSignsBeforeIdentity(t *testing.T) {
	wantTopics(t, map[string]string{
		"signed my commits with my work email and sent the oracle oca. now they say my employer has to sign something?": "cla",
		"should i sign off my upstream patches with my personal email or my work one?":                                  "contribute",
	})
}

// TestNoOrLaterStated: "there's no 'or later'" said of a notice in a sentence that asks
// nothing is the version the licence is under, not a question of what "or later" means;
// asked ("there's no 'or later' in the headers. on purpose?"), it still is.
func TestNoOrLaterStated(t *testing.T) {
	wantTopics(t, map[string]string{
		"code says gpl v2 but theres no 'or any later version' line. can it go in our gplv3 project": "",
		"there's no 'or later' in the gpl headers of this repo. why would anyone leave it out?":      "orlater",
	})
}

// TestToolForClientAnalysis: a tool run to do analyses or reports for clients stays in
// house (its results go out, not the tool); code built for clients still goes to them.
func TestToolForClientAnalysis(t *testing.T) {
	wantUses(t, map[string]string{
		"we use a gpl text-mining tool for paid client analysis. is that ok?":        "internal",
		"we run a gpl statistics package to write reports for our clients. allowed?": "internal",
		"we build apps for clients with a gpl library. allowed?":                     "distribute",
	})
}

// TestAsksAboutLogo: a logo named as a project's is asked about; the asker's own, a
// generic one, or one named only by what holds it is not.
func TestAsksAboutLogo(t *testing.T) {
	for text, want := range map[string]bool{
		"can we use the ansible logo as the avatar of our internal gitlab playbook repos":                true,
		"I plan to ship it under the Pale Moon name and logo. The code is MPL, so is that fine?":         true,
		"openabf's logo is cc by-nc-sa 4.0 and fedora disallows that":                                    true,
		"can i recolor a twemoji and use it in my company logo?":                                         false,
		"can i make my app's logo out of a font awesome free icon?":                                      false,
		"Upstream's tarball includes logo icons with no free license. Can our source package keep them?": false,
		"is the logo gpl too?": false,
	} {
		if got := AsksAboutLogo(text); got != want {
			t.Errorf("%q: logo asked %v, want %v", text, got, want)
		}
	}
}

// TestWorkNamedInLaterMention: a licence first read of a project the code comes from
// and said again of the work something goes in ("k8s … is that ok in an apache-2.0
// repo?") is the work's: the later mention outranks the first.
func TestWorkNamedInLaterMention(t *testing.T) {
	wantDirections(t, map[string][]string{
		"some of the k8s hack scripts have functions copied from stack overflow answers. is that ok in an apache-2.0 repo?": {"CC-BY-SA-4.0", "Apache-2.0"},
		"some of the kubernetes scripts have functions copied from gpl code. is that ok in an apache-2.0 repo?":             {"GPL-3.0-only", "Apache-2.0"},
		"Our WordPress theme and its framework are licensed GPLv2, like most themes. While auditing the bundled libraries we found a couple that are Apache 2.0. Can we keep shipping Apache-licensed libraries inside a GPLv2 theme, or do we have to change something before submitting to the WordPress.org directory?": {"Apache-2.0", "GPL-2.0-only"},
	})
}

// TestWhyOneInsteadOfAnother: "why X instead of Y" asks what one gives that the other
// does not, the two licences compared, not one going into the other.
func TestWhyOneInsteadOfAnother(t *testing.T) {
	for _, text := range []string{
		"why agpl instead of plain gpl for a command line client? does it change anything for users?",
		"why gplv3 instead of plain gplv2 for a kernel tool?",
	} {
		if q, _ := ParseQuestion(text); !q.Difference || len(q.Licenses) != 2 {
			t.Errorf("%q: difference %v, licences %q; want the two compared", text, q.Difference, q.Licenses)
		}
	}
}

// TestFilesUnderAnotherLicence: a thing said to be under one licence, some of whose
// files are said to be under another ("the repo is mit but a few files say gpl-2.0"),
// holds those files: they are the code that goes in. A licence file set against a
// manifest or a file's header stays two sources that disagree.
func TestFilesUnderAnotherLicence(t *testing.T) {
	wantDirections(t, map[string][]string{
		"rpicam-apps is bsd but core/dma_heaps.h/.cpp say lgpl-2.1. so i cant use repo as bsd??": {"LGPL-2.1-only", "BSD-3-Clause"},
		"the repo is mit but a few files say gpl-2.0. can i use the repo as mit?":                {"GPL-2.0-only", "MIT"},
	})
	if q, _ := ParseQuestion("rhai's license file is apache only but cargo.toml says mit or apache. which one"); q.Work == "Apache-2.0" && q.Kind == AskCompatibility {
		t.Errorf("a licence file and a manifest read as parts of one thing: %+v", q)
	}
}

// TestOpeningAskedIsNoChoice: two licences joined by "or" in a message that asks
// whether the asker must open their program ("do we have to open-source our program? Is
// it the same as using GTK or wxWidgets?") are not a licence chosen for that program.
func TestOpeningAskedIsNoChoice(t *testing.T) {
	wantTopics(t, map[string]string{
		"We're choosing a C++ GUI toolkit for a closed-source product and CopperSpice is LGPL. If our program links against it, do we have to open-source our program? Is it the same as using GTK or wxWidgets?": "",
		"starting a little pet project to open source our tooling. GPL or MIT?": "choose",
	})
}

// TestFontsServedByWebApp: fonts or images a web app or site serves are downloaded by
// every visitor, so they are distributed; what the app itself runs stays a service.
func TestFontsServedByWebApp(t *testing.T) {
	wantRead(t, "use", func(q Question) string { return q.Use }, map[string]string{
		"our web app serves jetbrains mono, dm sans and cormorant garamond from public/fonts but there's no licence file next to them. problem?": "distribute",
		"our web app serves some ofl fonts. anything to do?": "distribute",
		"our web app serves a gpl backend api":               "saas",
	})
}

// TestOutputWithToolNotShipped: what a program made, with the program said not to be
// shipped or linked ("we don't ship or link the tool"), is its output asked about; the
// program bundled too is shipped.
func TestOutputWithToolNotShipped(t *testing.T) {
	wantRead(t, "output", func(q Question) bool { return q.Output }, map[string]bool{
		"can we use waveform images made with a gpl-2 command line tool inside our non-gpl project? we don't ship or link the tool": true,
		"can we ship waveform images made with a gpl tool, and we also bundle the tool with our app?":                               false,
	})
}

// TestRolledOutInHouse: a tool rolled out in the company ("if we roll conan out") is
// used in house, whatever that tool imports; an app rolled out to customers still goes
// to them.
func TestRolledOutInHouse(t *testing.T) {
	wantUses(t, map[string]string{
		"conan imports pylint, which is gpl. does that put our company's code at risk if we roll conan out?": "internal",
		"we roll our app out to customers. it links a gpl library":                                           "dynamic_link",
	})
}

// TestAnyoneTakingOwnWork: "anyone reselling our gplv3 tool" is others with the asker's
// own work; what the asker does not want anyone to do ("I don't want anyone copying
// it") is a wish, not others acting.
func TestAnyoneTakingOwnWork(t *testing.T) {
	wantRead(t, "others with the work", func(q Question) bool { return q.ByOthers }, map[string]bool{
		"our readme says anyone reselling our gplv3 tool is committing a crime, is that right":                                           true,
		"I wrote a Magento module for my company. I don't want anyone copying it or redistributing it as their own. Which licence fits?": false,
	})
}

// TestLeftLicenceStillAsked: a licence a project moved away from ("went from mit to
// cc-by-nc-sa") is its former one when the question asks what may still be done, so
// the answer can say what copies taken before keep; asked nothing of it, it stays left
// out.
func TestLeftLicenceStillAsked(t *testing.T) {
	wantRead(t, "former", func(q Question) string { return strings.Join(q.Former, ",") }, map[string]string{
		"hierspeech++ went from mit to cc-by-nc-sa. can we still use it commercially?": "MIT",
		"the project moved from mit to gpl. can we still use the old version?":         "MIT",
		"grafana has switched from apache 2.0 to agplv3. what does that mean for us?":  "",
	})
}

// TestAddedToNamedProjectOfAKind: code added to a project named with its kind and its
// licence said after ("add a better PWM module to the NodeMCU firmware, which is MIT
// licensed") goes into that project; a dependency swapped for another ("moved from
// gotk3 to the gotk4 bindings, which are agplv3") is not where code goes.
func TestAddedToNamedProjectOfAKind(t *testing.T) {
	wantDirections(t, map[string][]string{
		"I want to add a better PWM module to the NodeMCU firmware, which is MIT licensed. The fast PWM implementation I'd build on (ESP8266_new_pwm) is under GPL 2.0. Can it go in?": {"GPL-2.0-only", "MIT"},
		"nwg-drawer is mit but it just moved from gotk3 to the gotk4 bindings, which are agplv3. doesn't that make the whole app agpl now?":                                            {"AGPL-3.0-only", "MIT"},
	})
}

// TestLicenceOfWorkMadeForProject: a licence said after "bindings for", "a wrapper
// around" or "a port of" a project is that work's, not a claim about the project, whose
// own licence its data gives.
func TestLicenceOfWorkMadeForProject(t *testing.T) {
	wantRead(t, "licences", func(q Question) string { return strings.Join(q.Licenses, " | ") }, map[string]string{
		"our haskell bindings for fltk are mit but the package ships fltk's own source. what licence should the package really have": "LGPL-2.0-only WITH FLTK-exception | MIT",
	})
	wantRead(t, "a claim about the project", func(q Question) bool { return q.Claim != nil }, map[string]bool{
		"our haskell bindings for fltk are mit but the package ships fltk's own source. what licence should the package really have": false,
		"fltk is mit, right?": true,
	})
}

// TestReleaseOfAServer: a release of the software, as a thing handed out ("can the
// release stay mit", "what may we put in our releases"), goes out, whatever server it
// is; a server only run, or the release notes read, is not one.
func TestReleaseOfAServer(t *testing.T) {
	wantUses(t, map[string]string{
		"our mit minecraft server bundles bukkit (gplv3). can the release stay mit": "distribute",
		"we run a gplv3 minecraft server for our friends. ok?":                      "saas",
	})
}

// TestBSLRunInProduction: a bare "bsl" for something run in production ("arcticdb says
// 'bsl'. can our quant team run it in production internally?") is the Business Source
// License, whose grants speak of production use; with Boost named it stays Boost's.
func TestBSLRunInProduction(t *testing.T) {
	wantRead(t, "expression", func(q Question) string { return q.Expression }, map[string]string{
		"arcticdb says 'bsl'. can our quant team run it in production internally without paying anyone?": "BUSL-1.1",
		"we use boost (bsl) in production, do we owe anything?":                                          "BSL-1.0",
	})
}

// TestWorkBuiltWith: a licence said of a work that is then said to be built with
// something ("a gplv3 vst3 plugin built with juce") is the work's; what it is built with
// goes into it. A project named before the work's noun ("the irssi plugin built on it")
// says what the work is for, not its licence.
func TestWorkBuiltWith(t *testing.T) {
	wantDirections(t, map[string][]string{
		"can we ship a gplv3 vst3 plugin built with juce, given steinberg's extra logo requirement?": {"AGPL-3.0-only", "GPL-3.0-only"},
		"can we ship an mit app made with juce?":                                                     {"AGPL-3.0-only", "MIT"},
	})
}

// TestWhatLicenceAThingIsUnder: what licence a thing is under, asked of it ("what is it
// actually under now?", "what licence is wxwidgets exactly?"), gets its profile, with the
// use its kind or the message suggests answered first, not only a verdict for that use,
// nor the topic of choosing a licence; asked beside whether the use is allowed, the
// verdict stays.
func TestWhatLicenceAThingIsUnder(t *testing.T) {
	wantRead(t, "kind and topic", func(q Question) string { return strconv.Itoa(int(q.Kind)) + " " + q.Topic }, map[string]string{
		"antighost minecraft mod had no license file, author once said gpl in an issue. what is it actually under now?": strconv.Itoa(int(AskProfile)) + " ",
		"what licence is wxwidgets exactly? our closed app statically links it":                                         strconv.Itoa(int(AskProfile)) + " ",
		"this mod says gpl. what is it under, and can we ship it in our closed game?":                                   strconv.Itoa(int(AskVerdict)) + " ",
	})
}

// TestWhichOfTwoIsIt: "is this lib mit or gpl?" asks which licence a thing has, not a
// choice it offers: both licences' profiles, with no "OR" expression made of them;
// "this lib is dual licensed mit or gpl" stays the choice. "is the chrome build mpl
// too" asks the licence of a thing, with no use given.
func TestWhichOfTwoIsIt(t *testing.T) {
	wantRead(t, "kind and expression", func(q Question) string { return strconv.Itoa(int(q.Kind)) + " " + q.Expression }, map[string]string{
		"is this lib mit or gpl?": strconv.Itoa(int(AskProfile)) + " MIT AND GPL-3.0-only",
		"this lib is dual licensed mit or gpl. can we ship it in our app?": strconv.Itoa(int(AskVerdict)) + " MIT OR GPL-3.0-only",
		// Whether a thing is under a licence too: the licence asked about, no use.
		"firefox addon page says mpl 2.0 but the github repo has no license, is the chrome build mpl too": strconv.Itoa(int(AskProfile)) + " MPL-2.0",
		"is the windows version gpl as well?":         strconv.Itoa(int(AskProfile)) + " GPL-3.0-only",
		"the server is agpl. is the client agpl too?": strconv.Itoa(int(AskVerdict)) + " AGPL-3.0-only",
	})
}

// TestFearedLicenceSaidToo: a licence feared for the asker's code and said to be the
// used project's too ("does my code have to be gpl too?") is that fear; the project's
// licence, as its data gives it, is the question. With no project named, it stays.
func TestFearedLicenceSaidToo(t *testing.T) {
	wantRead(t, "licences", func(q Question) string { return strings.Join(q.Licenses, " | ") }, map[string]string{
		"if my code just calls ggplot2, does my code have to be gpl too?":      "MIT",
		"if my code just calls this mit lib, does my code have to be gpl too?": "MIT | GPL-3.0-only",
	})
}

// TestCallsALibrary: code said to call a library ("I wrote a Python script that calls a
// GPL library") links it at run time; a tool called is a program of its own.
func TestCallsALibrary(t *testing.T) {
	wantUses(t, map[string]string{
		"I wrote a Python script that calls a GPL library. Does my script have to be GPL?": "dynamic_link",
		"our build script calls the gpl tool, fine?":                                       "internal",
	})
}

// TestMadeNonFreeAsked: "doesn't that make it non-free?" of a licence's clause asks
// whether the licence is free, answered with its status, not a verdict on the use the
// clause names, nor a closed work of the asker's; "why does configure report the build
// as nonfree?" asks a reason.
func TestMadeNonFreeAsked(t *testing.T) {
	wantRead(t, "kind, open source, closed", func(q Question) string {
		return strconv.Itoa(int(q.Kind)) + " " + strconv.FormatBool(q.OpenSource) + " " + strconv.FormatBool(q.Proprietary)
	}, map[string]string{
		"the OFL says you can't sell the font by itself. doesn't that make it non-free?": strconv.Itoa(int(AskProfile)) + " true false",
		"isn't the ofl non-free? it forbids selling the font":                            strconv.Itoa(int(AskProfile)) + " true false",
	})
}

// TestChargingForDownloads: charging for downloading a work under an open source licence
// ("is it allowed to charge people for downloading our GPLv3 desktop tool?") is the topic
// of selling open source software.
func TestChargingForDownloads(t *testing.T) {
	wantTopics(t, map[string]string{
		"Is it allowed to charge people for downloading our GPLv3 desktop tool from our website?": "selling",
		"can we charge a fee for downloading our GPL'd tool from our site?":                       "selling",
	})
}

// TestExhibitBTemplate: MPL 2.0 code whose files carry the "Incompatible With Secondary
// Licenses" notice is under MPL-2.0-no-copyleft-exception, but the notice printed at the
// end of the licence's own text (its Exhibit B, a form) marks nothing.
func TestExhibitBTemplate(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"This MPL 2.0 file is marked \"Incompatible With Secondary Licenses\". Can we put it in our GPLv3 application?":                                             {"MPL-2.0-no-copyleft-exception", "GPL-3.0-only"},
		"haskell dep is mpl 2.0 but carries the 'incompatible with secondary licenses' notice. can our gplv3 app depend on it?":                                     {"MPL-2.0-no-copyleft-exception", "GPL-3.0-only"},
		"go-sql-driver/mysql's license ends with the 'incompatible with secondary licenses' bit. so our agpl app can't use it?":                                     {"MPL-2.0", "AGPL-3.0-only"},
		"Syncthing's MPLv2 LICENSE file ends with Exhibit B, the 'Incompatible With Secondary Licenses' notice. Doesn't that mean GPL projects can't use its code?": {"MPL-2.0", "GPL-3.0-only"},
	})
	for text, want := range map[string]bool{
		"our LICENSE is the full mpl 2.0 text including exhibit B at the bottom. does that make the package gpl-incompatible?":           true,
		"the exact Exhibit B text sits at the bottom of the library's LICENSE file. Does that block me?":                                 true,
		"pikepdf deleted exhibit b from its copy of the mpl-2.0 text to show it's gpl-compatible. does removing it do anything?":         true,
		"One of the MPL 2.0 files we'd like to reuse has the 'Incompatible With Secondary Licenses' notice in its header. Can it go in?": false,
	} {
		if got := ExhibitBTemplate(text); got != want {
			t.Errorf("ExhibitBTemplate(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestPartOfProjectAskedIsNoChoice: the licence of a part of a project whose code's
// licence the message gives ("tohoku's japanese bert code is apache, but what licence are
// the pretrained models?") is asked, not one to choose for the asker's own project.
func TestPartOfProjectAskedIsNoChoice(t *testing.T) {
	wantTopics(t, map[string]string{
		"tohoku's japanese bert code is apache, but what licence are the pretrained models?": "",
		"our new library: what licence should we pick?":                                      "choose",
	})
}

// TestWhichBSD: asking which BSD licence a bare "BSD" means ("bond_core's package.xml
// just says bsd. which bsd exactly?") keeps the usual reading, BSD-3-Clause, as a
// profile, marked for the answer to say how the text tells them apart; a bare "BSD"
// asked about otherwise, or "which licence applies" to a module tagged "Dual BSD/GPL",
// is not that question.
func TestWhichBSD(t *testing.T) {
	for text, want := range map[string]bool{
		"bond_core's package.xml just says bsd. which bsd exactly?":                                                                   true,
		"cl-fastcgi just says bsd licence, which one":                                                                                 true,
		"requirements-parser on pypi just says \"BSD License (BSD)\" - which bsd is it acutally?":                                     true,
		"can we ship a bsd library in our closed app?":                                                                                false,
		"Our Linux kernel module is tagged Dual BSD/GPL. A BSD project wants to copy part of our source. Which licence governs that?": false,
	} {
		q, _ := ParseQuestion(text)
		if got := q.WhichBSD && q.Kind == AskProfile && slices.Equal(q.Licenses, []string{"BSD-3-Clause"}); got != want {
			t.Errorf("%q: which BSD %v (kind %d, licences %q), want %v", text, q.WhichBSD, q.Kind, q.Licenses, want)
		}
	}
}

// TestVersionPinnedApart: the version of a project the asker uses, said apart from its
// name ("we're pinned to 1.0.x", "staying on 1.13"), reads the licence of that version,
// and the licence the project moved to later ("went agpl") is no licence of the
// question; whether that reaches "our licence" is no choice of one. A count ("on 3
// servers") is no version, nor is the one kept when a move to another is weighed
// ("bump it to 2.x, or stay on 1.x?").
func TestVersionPinnedApart(t *testing.T) {
	wantExpressions(t, map[string]string{
		"heard ua-parser-js went agpl. we're pinned to 1.0.x, does that change our licence?":                                     "MIT",
		"ua-parser-js went agpl. can we keep using version 1.0.38?":                                                              "MIT",
		"we run ua-parser-js on 3 servers. is that ok?":                                                                          "AGPL-3.0-or-later",
		"The bot wants to bump ua-parser-js to 2.x, but 2.x switched to the AGPL. Is taking 2.x fine, or should we stay on 1.x?": "AGPL-3.0-or-later",
	})
	wantTopics(t, map[string]string{
		"heard ua-parser-js went agpl. we're pinned to 1.0.x, does that change our licence?": "",
	})
}

// TestProjectMovesItsOwnLicence: a project said to move its own licence ("OpenSSL is
// changing its licence to Apache 2 … why would that be a problem for git?") is someone
// else's move, not the choice of a licence for the asker's work.
func TestProjectMovesItsOwnLicence(t *testing.T) {
	wantTopics(t, map[string]string{
		"OpenSSL is changing its licence to Apache 2, and git links against OpenSSL for some of its features. Apache's own page says Apache 2 software can be included in GPLv3 projects and the incompatibility only goes one way. So why would that be a problem for git?": "",
	})
}

// TestOfferedWithTheWorksLicence: code offered under a choice whose other option is the
// work's own licence ("Our application is GPLv2-only … QtWebEngine, which is offered
// under LGPLv3 or GPLv2") comes in with that choice, the work's licence named first
// having taken the option from it; a work whose own licence is a choice ("a rust-lang
// project that's mit or apache") is not such an offer.
func TestOfferedWithTheWorksLicence(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"Our application is GPLv2-only and we'd like to use one of the new Qt modules such as QtWebEngine, which is offered under LGPLv3 or GPLv2. As I understand it LGPLv3 alone can't be combined with GPLv2-only code. Does the second option save us?": {"LGPL-3.0-only OR GPL-2.0-only", "GPL-2.0-only"},
		"Our project is licensed GPLv2 and we'd like to vendor the libecc elliptic-curve library by copying its source into our tree. libecc is dual licensed, BSD or GPLv2. Are we allowed to include it?":                                                 {"BSD-3-Clause OR GPL-2.0-only", "GPL-2.0-only"},
	})
	for _, text := range []string{
		"can an apache-2.0-only crate go into a rust-lang project that's mit or apache?",
		"i copied big parts of someone's mit/apache-2 dual licensed rust backend. they want credit. what do i actually need to add?",
	} {
		if q, _ := ParseQuestion(text); slices.ContainsFunc(q.Licenses, func(id string) bool { return strings.Contains(id, " OR ") }) {
			t.Errorf("%q: licences %q, read as a choice offered with the work's licence", text, q.Licenses)
		}
	}
}

// TestTakenIntoAProject: a project or licence right after "import into", "add … to" or
// "merge into" is where something goes, not what is taken in ("Is CC BY data really fine
// to import into OpenStreetMap?", "add a package to Apache CloudStack that is GPLv2").
func TestTakenIntoAProject(t *testing.T) {
	wantCompatibility(t, map[string][]string{
		"Is CC BY data really fine to import into OpenStreetMap?": {"CC-BY-4.0", "ODbL-1.0"},
		"A mapping guide says permissively licensed data like CC BY 4.0 can be used to add features to OpenStreetMap as long as it passes the Open Definition. Is CC BY data really fine to import into OSM?": {"CC-BY-4.0", "ODbL-1.0"},
	})
}

// TestKindAskedAfterWhy: "why is this library lgpl and not mit? what does the copyleft
// actually protect?" asks, in the sentence that asks, what copyleft is, not which licence
// to choose; "why pick mit over gplv3 for a window manager?" still weighs a choice.
func TestKindAskedAfterWhy(t *testing.T) {
	wantTopics(t, map[string]string{
		"why is this qml ui library lgpl and not mit or apache? what does the copyleft actually protect?": "copyleft",
		"why pick mit over gplv3 for a window manager?":                                                   "choose",
	})
}

// TestPlainWordsAsked: a licence asked to be put in plain words ("LGPLv3 in plain words?
// what do we owe when we ship it?", "can someone ELI5?") asks what it means: its profile,
// with the use the message gives beside it.
func TestPlainWordsAsked(t *testing.T) {
	for _, text := range []string{
		"LGPLv3 in plain words? what do we owe when we ship it?",
		"What's the LLVM Exception to the Apache 2.0 licence, can someone ELI5?",
	} {
		if q, _ := ParseQuestion(text); q.Kind != AskProfile || !q.Meaning {
			t.Errorf("%q: kind %d meaning %v, want a profile of what it means", text, q.Kind, q.Meaning)
		}
	}
	if q, _ := ParseQuestion("LGPLv3 in plain words? what do we owe when we ship it?"); q.UseSaid != "distribute" {
		t.Errorf("use said %q, want distribute kept beside the profile", q.UseSaid)
	}
}

// TestLicenceReceivedIsNoChoice: which licence the asker gets with code ("store.js
// package.json says "(MIT OR GPL-3.0)" but the repo only has LICENSE-MIT. which licence do
// we actually get?") is the code's licence, not one to choose for the asker's work.
func TestLicenceReceivedIsNoChoice(t *testing.T) {
	wantTopics(t, map[string]string{
		`store.js package.json says "(MIT OR GPL-3.0)" but the repo only has LICENSE-MIT. which licence do we actually get?`: "",
		"which licence should we pick for our new cli?":                                                                      "choose",
	})
}

// TestStaticBuildLanguage: Rust and Go named as languages, by name, by their tools or by
// "in Go", not "go" the verb; a linking exception said in words.
func TestStaticBuildLanguage(t *testing.T) {
	for text, want := range map[string]string{
		"our rust crate is lgpl-3.0":                                   "Rust",
		"cargo links everything statically":                            "Rust",
		"go links everything statically":                               "Go",
		"a closed-source desktop app in Go using the gotk3 bindings":   "Go",
		"written in go and licensed under the lgpl":                    "Go",
		"can we go ahead and ship the lgpl library in our c++ app?":    "",
		"we want to go with the lgpl for our python package, is it ok": "",
	} {
		if got := StaticBuildLanguage(text); got != want {
			t.Errorf("%q: language %q, want %q", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"both LGPL-3.0 with an added statement allowing static linking":  true,
		"lgpl with a static linking exception":                           true,
		"the exception covers go because go links everything statically": true,
		"lgpl and go links statically":                                   false,
	} {
		if got := SaysLinkingException(text); got != want {
			t.Errorf("%q: linking exception %v, want %v", text, got, want)
		}
	}
}

// TestMoveEnds: of two licences a move is spoken of between, the words around each say
// which the work has now and which it would move to; said both ways, or not at all, they
// tell nothing.
func TestMoveEnds(t *testing.T) {
	for _, c := range []struct{ text, a, b, from, to string }{
		{"We maintain a small Rust ring buffer crate under the LGPL. A large user asked for MIT or Apache. Should we switch to a permissive licence?", "MIT OR Apache-2.0", "LGPL-3.0-only", "LGPL-3.0-only", "MIT OR Apache-2.0"},
		{"we released our typeface under mit. should fonts be ofl instead?", "OFL-1.1", "MIT", "MIT", "OFL-1.1"},
		{"released my own code as gpl, it only pulls in mit/apache libs and nobody else contributed. can i move it to mit or apache later?", "MIT OR Apache-2.0", "GPL-3.0-only", "GPL-3.0-only", "MIT OR Apache-2.0"},
		{"We want to move our web page builder from AGPL-3.0 to MIT to make companies less nervous.", "MIT", "AGPL-3.0-only", "AGPL-3.0-only", "MIT"},
		{"Our small package is GPL only because the parent project is GPL. Most of its code came from scikit-learn's loaders. Should we keep the GPL or switch to BSD?", "BSD-3-Clause", "GPL-3.0-only", "GPL-3.0-only", "BSD-3-Clause"},
	} {
		if from, to, ok := MoveEnds(c.text, c.a, c.b); !ok || from != c.from || to != c.to {
			t.Errorf("%q: from %q to %q (%v), want from %q to %q", c.text, from, to, ok, c.from, c.to)
		}
	}
	for _, c := range []struct{ text, a, b string }{
		{"i forked an mit-licensed bash script and put my version under gplv3. can i just replace the licence file?", "MIT", "GPL-3.0-only"},
		{"We publish a Rust web framework crate under MIT only. Someone asked us to relicense to MIT/Apache-2.0.", "MIT", "Apache-2.0"},
		{"Great math library, but it's under the original 4-clause BSD, and our codebase is GPL v3. Would you switch to 3-clause?", "BSD-4-Clause", "GPL-3.0-only"},
	} {
		if from, to, ok := MoveEnds(c.text, c.a, c.b); ok {
			t.Errorf("%q: from %q to %q, want the words to tell nothing", c.text, from, to)
		}
	}
}

// TestWhatALicenceReachesIsNoChange: what a licence is said to reach ("the MPL only
// cares about changes to its own source files") is no change the asker makes; a change
// said as done still is.
func TestWhatALicenceReachesIsNoChange(t *testing.T) {
	for text, want := range map[string]string{
		"My project is under a proprietary licence and one dependency is MPL-2.0, and the licence checker reports it as incompatible. As I understand it the MPL only cares about changes to its own source files, so this should be fine. Am I missing something?": "distribute",
		"we made changes to its own source files, fine under the mpl?": "modify",
	} {
		if q, _ := ParseQuestion(text); q.Use != want {
			t.Errorf("%q: use %q, want %q", text, q.Use, want)
		}
	}
}

// TestSameTermsAsRuby guards "the same terms as Ruby", which a gem's notice says as Perl
// modules say "the same terms as Perl itself": the Ruby licence, SPDX's Ruby.
func TestSameTermsAsRuby(t *testing.T) {
	wantReadings(t, []reading{
		{"this gem says it may be used under the same terms as ruby itself. ok for our saas?", "Ruby", "saas"},
		{"the gem is distributed under the same terms as Ruby. can we ship it in our product?", "Ruby", "distribute"},
	})
}

// TestBreakingALicenceIsCopyleftTopic guards what breaking an open source licence leads
// to, asked with no licence named ("what actually happens if we get caught not complying
// with an open source licence?"): the copyleft topic, whose lines say it.
func TestBreakingALicenceIsCopyleftTopic(t *testing.T) {
	wantTopics(t, map[string]string{
		"what actually happens if we get caught not complying with an open source licence?": "copyleft",
		"what happens when a company is violating an open source license?":                  "copyleft",
		"is breaking the MIT licence a crime?":                                              "",
	})
	tp, _ := TopicNamed("copyleft")
	all := strings.Join(tp.Answer, " ")
	for _, want := range []string{"does not put your own code under the licence", "Only the holders can enforce", "not its copyright holders"} {
		if !strings.Contains(all, want) {
			t.Errorf("copyleft topic lacks %q", want)
		}
	}
}

// TestMorePermissiveIsNoTopic guards "a more permissive licence" said of one a project
// could move to, or one a use might need ("we'd ship simplecpp (lgpl) inside a runtime
// we give to customers, do we need a more permissive licence for that"): the question
// is still about the licence named; only the most or least permissive licence asked for
// is the topic.
func TestMorePermissiveIsNoTopic(t *testing.T) {
	wantTopics(t, map[string]string{
		"we'd ship simplecpp (lgpl) inside a runtime we give to customers, do we need a more permissive licence for that": "",
		"i always thought the GPL was the most permissive licence there is - is that not the case?":                       "permissive",
	})
}

// TestCreativeCommonsElementsFirst guards a Creative Commons licence named by its
// elements before the name ("a non-commercial share-alike Creative Commons licence").
func TestCreativeCommonsElementsFirst(t *testing.T) {
	wantReadings(t, []reading{
		{"our content is under a non-commercial share-alike Creative Commons licence. ok for our saas?", "CC-BY-NC-SA-4.0", "saas"},
		{"the art is under a share-alike creative commons licence, can we use it in our game?", "CC-BY-SA-4.0", ""},
		{"the images are under an attribution-only creative commons licence, fine for our saas?", "CC-BY-4.0", "saas"},
		{"the sounds are under a no-derivatives creative commons 3.0 licence. ok in our saas?", "CC-BY-ND-3.0", "saas"},
	})
}

// TestPlatformAppStores guards app stores that are no phone's: the Mac App Store hands
// out desktop programs (Apple's terms still come with it), and a server or web
// platform's store ("the odoo app store") is neither a phone's nor Apple's.
func TestPlatformAppStores(t *testing.T) {
	wantReadings(t, []reading{
		{"could we publish iina builds (gplv3) on the mac app store", "GPL-3.0-only", "distribute"},
		{"can we sell our GPL-3.0-only app on the app store?", "GPL-3.0-only", "mobile"},
	})
	if q, _ := ParseQuestion("odoo's date_range module is lgpl-3 in the OCA repo but the odoo app store lists it as agpl-3. which do i go by?"); q.Use == "mobile" {
		t.Error("the odoo app store read as a phone's")
	}
	for text, want := range map[string]bool{
		"could we publish iina builds on the mac app store": true,
		"the odoo app store lists it as agpl-3":             false,
		"nextcloud's app store: can an mpl app go in?":      false,
	} {
		if got := ThroughApplesStore(text); got != want {
			t.Errorf("ThroughApplesStore(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestDoesTheLicenceRequireThat guards a licence asked whether it demands what the
// message said ("… has to announce it uses slimevr. does mit actually require that?"):
// what the licence asks is the question; "do we actually need that?" names none.
func TestDoesTheLicenceRequireThat(t *testing.T) {
	q, _ := ParseQuestion("slimevr readme says anything built on it has to announce it uses slimevr. does mit actually require that?")
	if q.Kind != AskProfile || q.Expression != "MIT" {
		t.Errorf("read kind %d %q; want MIT's profile", q.Kind, q.Expression)
	}
	if requiresThat("someone asked us to dual license our bsd extension. do we actually need that?") {
		t.Error("'do we actually need that?' read as a licence asked")
	}
}

// TestMoonlightIsNoSideJob guards a project named Moonlight ("a paid fork of
// moonlight-ios on the app store"): moonlighting is a side job, the project's name is not.
func TestMoonlightIsNoSideJob(t *testing.T) {
	wantTopics(t, map[string]string{
		"someone put a paid fork of moonlight-ios on the app store, still gplv3 with the source online. isn't that a violation?": "",
		"my employer's handbook bans moonlighting. can i still publish my side project?":                                         "employer",
	})
}

// TestWhoIsOnTheHook guards who answers for the licences of what is handed out ("who is
// on the hook for licence compliance, the registry or us?"): what counts as distribution.
func TestWhoIsOnTheHook(t *testing.T) {
	wantTopics(t, map[string]string{
		"if we publish a docker image that contains our own closed software on top of a linux base with gpl packages, who is on the hook for licence compliance, the registry or us?": "distribution",
		"who is liable for the licences of the packages in our image?": "distribution",
	})
}

// TestLibraryForADataset guards a library made for a dataset, said to be under a
// licence ("the delphi osm map lib is mpl"): the library's licence, not a claim about
// OpenStreetMap's.
func TestLibraryForADataset(t *testing.T) {
	q, _ := ParseQuestion("so just to confirm, the delphi osm map lib is mpl and we can use it in our commercial project as long as we share changes to its own units?")
	if q.Claim != nil || q.Expression != "MPL-2.0" {
		t.Errorf("read %q with claim %+v; want MPL-2.0 and no claim about OpenStreetMap", q.Expression, q.Claim)
	}
	if q, _ := ParseQuestion("osm is cc-by-sa, right? can we use its map data in our app?"); q.Claim == nil {
		t.Error("a licence said of OpenStreetMap itself is no longer checked against its data")
	}
}

// TestEmployerBanIsNoOwnership guards an employer's licence policy said beside a
// licence ("my employer bans elastic even for internal use"): the licence's question,
// not who owns the asker's work; an employer said to own or claim it still is.
func TestEmployerBanIsNoOwnership(t *testing.T) {
	wantTopics(t, map[string]string{
		"positron is under the elastic licence and my employer bans elastic even for internal use. any plan for another licence?": "",
		"oh my tmux is wtfpl and my employer bans wtfpl. is it available under anything else?":                                    "",
		"my employer bans side projects under the GPL-3.0-only. do they own my code?":                                             "employer",
	})
}

// TestBareProjectLicenceAsk guards a project's licence asked in a few words
// ("elasticsearch licence these days?"): what the project is under, not a use of it.
func TestBareProjectLicenceAsk(t *testing.T) {
	q, _ := ParseQuestion("elasticsearch licence these days?")
	if q.Kind != AskProfile {
		t.Errorf("read kind %d; want the licence's profile", q.Kind)
	}
	if bareLicenceOfRE.MatchString("can we use the elasticsearch licence in our app?") {
		t.Error("a question of a use read as a project's licence asked")
	}
}

// TestRepublishedUnder: code under one licence said to be put out again under another,
// by whoever took it ("someone ported an mpl-2.0 plugin … and published it as mit", "can
// i fork gplv2 code and publish the fork as lgpl 2.1?"), asks whether the code may go
// under the second; the asker's own work published under a licence before code under
// another is named, or a wrapper of their own released under one, does not.
func TestRepublishedUnder(t *testing.T) {
	for _, text := range []string{
		"someone ported a gpl-2.0 json parser to rust and published it as apache-2.0, notices removed. is that ok?",
		"a user forked our lgpl library and re-released the fork under bsd-3-clause. allowed?",
		"someone took an mpl-2.0 library and released it as mit. can they do that?",
		// The thing put out again named, by others.
		"spotted a repo redistributing the roboto font under cc0. is that legit?",
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskCompatibility || !q.RelicensesTaken || q.Work != q.Licenses[1] {
			t.Errorf("%q: kind %d relicenses taken %v licences %q work %q, want the first code put under the second", text, q.Kind, q.RelicensesTaken, q.Licenses, q.Work)
		}
	}
	for _, text := range []string{
		"I wrote a small Vue wrapper and published it under MIT. It needs a runtime library which is GPLv3, but I don't bundle it. Is MIT allowed for my wrapper?",
		"we maintain a python wrapper around a gpl solver and released it under mit, calling the solver only. can the wrapper stay mit?",
		// The asker putting out their own thing.
		"our widget bundles an mit helper and we published our library under gpl-3.0. fine?",
	} {
		if q, _ := ParseQuestion(text); q.RelicensesTaken {
			t.Errorf("%q: read as code taken and put out again", text)
		}
	}
}

// TestRelicensingTakenCodeAsked: whether code taken in may be relicensed under the work's
// licence, asked of "those files", of "it", or of the code by its licence ("someone says
// gplv3-or-later code can just be relicensed to apache 2.0"), is the code going into
// the work, relicensed.
func TestRelicensingTakenCodeAsked(t *testing.T) {
	for _, text := range []string{
		"mrpt is bsd but has a few lgpl-derived files. can those just be relicensed bsd?",
		"our service is mit. a colleague says lgpl-2.1 code could simply be relicensed to mit once we change it. right?",
	} {
		q, _ := ParseQuestion(text)
		if q.Kind != AskCompatibility || !q.RelicensesTaken {
			t.Errorf("%q: kind %d relicenses taken %v, want code taken in relicensed", text, q.Kind, q.RelicensesTaken)
		}
	}
}

// TestProgramsInImageApart: copyleft programs an image or a bootable ISO holds beside the
// asker's work, handed out, are shipped beside it, not combined with it; permissive
// dependencies in an image ask nothing of the work either way, and get no such reading.
func TestProgramsInImageApart(t *testing.T) {
	for _, text := range []string{
		"we offer a bootable iso of our hobby os for download. the iso uses grub as the bootloader, and grub is gpl. does shipping grub inside the iso make our kernel gpl?",
		"we publish a container image to customers with a few gpl-2.0 tools inside. what must we include?",
	} {
		if q, _ := ParseQuestion(text); !q.Apart || q.Use != "distribute" {
			t.Errorf("%q: apart %v use %q, want programs shipped beside the work", text, q.Apart, q.Use)
		}
	}
	if q, _ := ParseQuestion("our docker image bundles a frontend whose deps are all mit. what do we owe?"); q.Apart {
		t.Errorf("permissive dependencies in an image read as programs apart")
	}
}

// TestCommunityAsAKindOfProject: "community" said of a kind of project ("our community
// CMS", "the AGPL community edition") is no sign of contributors, so a second licence
// for the code taken in is not the CLA's question; a bugfix sent to a project that sells
// other licences still is.
func TestCommunityAsAKindOfProject(t *testing.T) {
	wantTopics(t, map[string]string{
		"we run a community forum under gpl-2.0-or-later and want a small apache-2.0 helper in it. should we ask its author to dual-license it?": "",
		"if i send a bugfix to the gpl community edition, how can the vendor then sell my code under their commercial licence?":                  "cla",
	})
}

// TestChangesSharedIsNoMove: "changes to the library" shared back, said when choosing a
// licence, moves no project to another licence; changing the licence to another does.
func TestChangesSharedIsNoMove(t *testing.T) {
	for text, want := range map[string]bool{
		"i'm about to release a go library. i want people who make changes to the library itself to share them back. lgpl or mpl?": false,
		"our crate is mit. should we change the licence to apache-2.0?":                                                            true,
	} {
		if q, _ := ParseQuestion(text); q.Topic != "choose" || q.Relicenses != want {
			t.Errorf("%q: topic %q relicenses %v, want choose, %v", text, q.Topic, q.Relicenses, want)
		}
	}
}

// TestInsteadOfDoingIsNoChoice: "instead of" a way of taking code in ("instead of
// committing it", "instead of loading it from google fonts") weighs that way, not a
// licence for the asker's work; "instead of MIT" still weighs licences.
func TestInsteadOfDoingIsNoChoice(t *testing.T) {
	wantTopics(t, map[string]string{
		"self-hosting a font (ofl) in our apache-2.0 dashboard instead of loading it from google fonts, does that change our licence?": "",
		"should our new crate be apache-2.0 instead of mit?":                                                                           "choose",
	})
}

// TestClearedForCommercialUse: asking whether a component can be cleared or approved for
// commercial use, with no licence named, is the non-commercial topic.
func TestClearedForCommercialUse(t *testing.T) {
	wantTopics(t, map[string]string{
		"we'd put the vendor's sensor library in a product we sell. can it be approved for commercial use somehow?": "noncommercial",
	})
}

func TestLicencePutOnAWorkMadeFromTakenCode(t *testing.T) {
	// A licence already put on a port or fork asks whether the code's licence let it go
	// under that licence, not which licence to choose.
	q, _ := ParseQuestion("i ported an unlicense ftp server to the switch and put gpl on the whole repo. someone says that's stealing public domain code, is it")
	if q.Kind != AskCompatibility || q.Topic != "" || q.Licenses[0] != "Unlicense" || q.Work != "GPL-3.0-only" || !q.RelicensesTaken {
		t.Errorf("kind %d topic %q licences %v work %q relicenses taken %v, want the Unlicense code going under the GPL", q.Kind, q.Topic, q.Licenses, q.Work, q.RelicensesTaken)
	}
	if q.Use == "saas" {
		t.Errorf("server software ported to a console read as a service the asker runs")
	}
	// A licence still to be put on the asker's own work, with no code taken in, is chosen.
	if q, _ := ParseQuestion("Our project repository is almost all documentation and planning notes, and I put GPL-3.0 on it because Mozilla's sprint wanted a licence. Is a software licence the right choice here, or should docs get something else?"); q.Topic != "choose" {
		t.Errorf("a licence put on docs: topic %q, want choose", q.Topic)
	}
	if q, _ := ParseQuestion("we run an ftp server for customers on a gpl daemon, do we owe anything?"); q.Use != "saas" {
		t.Errorf("a server run for customers: use %q, want saas", q.Use)
	}
}

func TestStillUnderTheLicenceAProjectLeft(t *testing.T) {
	q, _ := ParseQuestion("lightbend put akka under the bsl. is akka.js still apache 2 or does it pick that up?")
	if !q.StillAfterMove || q.Kind != AskProfile || !slices.Equal(q.Licenses, []string{"Apache-2.0"}) || !slices.Equal(q.Later, []string{"BUSL-1.1"}) {
		t.Errorf("kind %d licences %v later %v still %v, want Apache-2.0 asked of after a move to BUSL-1.1", q.Kind, q.Licenses, q.Later, q.StillAfterMove)
	}
	// The asker's work asked to stay under its licence takes the other's code in.
	if q, _ := ParseQuestion("grafana went agpl. can our bigquery datasource plugin stay mit?"); q.StillAfterMove || q.Kind != AskCompatibility {
		t.Errorf("a plug-in that stays mit: kind %d still %v, want AGPL code going into it", q.Kind, q.StillAfterMove)
	}
}

func TestBothOrOneOfTwoLicencesForOneWork(t *testing.T) {
	for _, text := range []string{
		"stb_image says public domain at the bottom and also MIT. do we have to follow both or what",
		"Gerbil Scheme's README mentions both LGPL and Apache 2.0. Is that LGPL or Apache (we pick) or LGPL and Apache (both apply)?",
	} {
		if q, _ := ParseQuestion(text); !q.BothOrOne || len(q.Licenses) != 2 {
			t.Errorf("%q: both or one %v, licences %v, want whether the two join asked", text, q.BothOrOne, q.Licenses)
		}
	}
	for _, text := range []string{
		// Two things, each under its own licence.
		"fftw.jl is mit and fftw is gpl. which one applies to us?",
		// Two places that disagree.
		"The GitHub readme seemed to say MIT, but the project website says Creative Commons Attribution-NonCommercial 3.0. Which one applies?",
		// The join said.
		"it's dual licensed mit and apache 2.0. do we have to follow both?",
	} {
		if q, _ := ParseQuestion(text); q.BothOrOne {
			t.Errorf("%q: read as two licences whose join is not said", text)
		}
	}
	// A Perl distribution's Artistic file is the Artistic License.
	if q, _ := ParseQuestion("its dir has both a COPYING (gpl) and an Artistic file. so which one applies?"); !slices.ContainsFunc(q.Licenses, func(id string) bool { return strings.HasPrefix(id, "Artistic-") }) {
		t.Errorf("an Artistic file: licences %v", q.Licenses)
	}
}

func TestPublishingForEveryoneAsked(t *testing.T) {
	for _, text := range []string{
		"Does section 3 of the licence mean we have to publish our changes on GitHub or somewhere public?",
		"Does that mean we have to put all the source online publicly?",
		"we use gpl software inside our internal closed app, do we have to put the source online?",
		"does that mean they have to publish the changes for everyone?",
	} {
		if !AsksPublishPublicly(text) {
			t.Errorf("%q: publishing for everyone not asked", text)
		}
	}
	for _, text := range []string{
		"can we publish our fork on github?",
		"do we have to keep the notices in the source?",
		"we put our modified source on github. are we in the clear?",
	} {
		if AsksPublishPublicly(text) {
			t.Errorf("%q: read as asking whether publishing for everyone is owed", text)
		}
	}
}

func TestExceptionAddedSaid(t *testing.T) {
	for _, text := range []string{"can our GPL add-on load it if we add a linking exception ourselves?", "could the GZDoom team grant an exception like the one given to other engines?", "Upstream is unlikely to add a linking exception."} {
		if !AsksExceptionAdded(text) {
			t.Errorf("%q: no exception said to be added", text)
		}
	}
	for _, text := range []string{"it is GPL-2.0 with the classpath exception", "does the exception cover us?", "the linking exception in libgit2 lets us link it"} {
		if AsksExceptionAdded(text) {
			t.Errorf("%q: read as an exception added", text)
		}
	}
}

func TestToolThatIsItselfHandedOut(t *testing.T) {
	q, _ := ParseQuestion("We publish prebuilt GCC/MinGW-w64 toolchains for Windows, which means redistributing a lot of GPL binaries. Someone filed an issue saying we must publish the source, patches and build scripts. is that enough?")
	if q.Expression != "GPL-3.0-or-later AND ZPL-2.1" || q.Use != "distribute" {
		t.Errorf("a toolchain published: expression %q use %q, want GCC's and MinGW-w64's licences, distributed", q.Expression, q.Use)
	}
	// A tool only built with stays out of what ships.
	if q, _ := ParseQuestion("we build with GCC and ship the binary statically linked to libstdc++. ok?"); slices.Contains(q.Licenses, "GPL-3.0-or-later") {
		t.Errorf("the compiler built with read as shipped: %v", q.Licenses)
	}
	// A claim that the asker must publish, of a use that hands no copy out, asks what
	// is owed.
	if q, _ := ParseQuestion("Our company runs its customer portal on Drupal with custom modules. Nobody outside gets the code. A new colleague says that since Drupal is GPL we must publish those modules. Is that right?"); !q.Owed || q.Use != "saas" {
		t.Errorf("must publish, said of a service: owed %v use %q", q.Owed, q.Use)
	}
}

func TestSourceHeldBackFromWhatShips(t *testing.T) {
	const text = "Our Python project ships FreeSerif.otf in its test data, with the licence file saying GPLv3 or later with the font exception. We don't ship the FontForge .sfd files it is built from. Is that a problem?"
	q, _ := ParseQuestion(text)
	if q.Use != "distribute" {
		t.Errorf("a font shipped in a project's test data: use %q, want distribute", q.Use)
	}
	if got := OwnBreach(text, q.Expression); got != "source" {
		t.Errorf("the font's source held back: breach %q, want source", got)
	}
	if got := OwnBreach("we don't ship the source of our mit tool", "MIT"); got != "" {
		t.Errorf("a permissive licence asks no source: breach %q", got)
	}
}

func TestSourcePublishedBesideAProduct(t *testing.T) {
	q, _ := ParseQuestion("I'm planning to sell an ESP8266-based gadget that uses NeoPixelBus for its LED driving. The boards ship with the compiled firmware already flashed, and I'd publish my full source on GitHub. NeoPixelBus is LGPL. Is that OK?")
	if q.Topic != "" || q.Kind != AskVerdict || q.Use == "" {
		t.Errorf("source published beside a product sold: topic %q kind %d use %q, want the verdict on the LGPL library", q.Topic, q.Kind, q.Use)
	}
	// Publishing one's own project, with nothing sold or shipped, still chooses.
	if q, _ := ParseQuestion("i'd publish my full source on github under the gpl. good idea?"); q.Topic != "choose" {
		t.Errorf("one's own release: topic %q, want choose", q.Topic)
	}
}

func TestCreditWeighedIsNoChoiceOfLicence(t *testing.T) {
	q, _ := ParseQuestion("I'm continuing an abandoned MIT project under a new name. Do I have to list all the original contributors in the license file or just keep the original notice?")
	if q.Topic == "choose" || q.Kind != AskProfile || q.Expression != "MIT" {
		t.Errorf("credit weighed: topic %q kind %d expression %q, want what MIT asks", q.Topic, q.Kind, q.Expression)
	}
	if q, _ := ParseQuestion("I put my RPC library under GPL. LGPL as a compromise, or just MIT?"); q.Topic != "choose" {
		t.Errorf("licences weighed for one's own work: topic %q, want choose", q.Topic)
	}
}
