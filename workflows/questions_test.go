package workflows

import (
	"slices"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// TestTypedCorrections guards that every correction button's command, typed, asks the
// same question the button does: a platform without buttons offers the same choice as
// text.
func TestTypedCorrections(t *testing.T) {
	for _, expr := range []string{"MIT", "GPL-2.0-only", "MIT OR GPL-3.0-only", "GPL-2.0-only WITH Classpath-exception-2.0"} {
		for _, use := range config.Uses {
			q, ok := license.ParseQuestion(useCommand(expr, use))
			if !ok || q.Kind != license.AskVerdict || q.Use != use || q.Expression != expr {
				t.Errorf("%q: read as kind %d %q for %q", useCommand(expr, use), q.Kind, q.Expression, q.Use)
			}
		}
	}
	for _, pair := range [][2]string{{"MIT", "GPL-2.0-only"}, {"GPL-2.0-only", "MIT"}, {"Apache-2.0", "GPL-3.0-or-later"},
		{"GPL-3.0-only", "Apache-2.0"}, {"LGPL-2.1-only", "MIT"}, {"GPL-2.0-only WITH Classpath-exception-2.0", "Apache-2.0"}} {
		for _, use := range append([]string{""}, config.Uses...) {
			cmd := readingCommand(pair[0], pair[1], use)
			q, ok := license.ParseQuestion(cmd)
			if !ok || q.Kind != license.AskCompatibility || q.Licenses[0] != pair[0] || q.Licenses[1] != pair[1] || q.Use != use {
				t.Errorf("%q: read as kind %d %q for %q", cmd, q.Kind, q.Licenses, q.Use)
			}
		}
	}
	for _, ids := range [][]string{{"GPL-2.0-or-later", "Apache-2.0"}, {"MIT", "GPL-3.0-or-later", "Apache-2.0"}, {"GPL-2.0-only WITH Classpath-exception-2.0", "MIT"}} {
		cmd := combineCommand(ids)
		q, ok := license.ParseQuestion(cmd)
		if !ok || q.Kind != license.AskCombination || !slices.Equal(q.Licenses, ids) {
			t.Errorf("%q: read as kind %d %q", cmd, q.Kind, q.Licenses)
		}
	}
}

// TestTheVersionThatDecides guards a compatibility answer resting on a version the
// question did not give: "the GPL" read as GPL-3.0-only lets Apache-2.0 code in, GPLv2
// would not, and the answer says so beside its own; an exception read with the licence
// is no "version" to set against it, and a version that changes nothing is not named,
// nor one licence's version set against itself.
func TestTheVersionThatDecides(t *testing.T) {
	b := newBench(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"is apache 2.0 compatible with the gpl?", true},
		{"can we put GPL code into our apache project?", false},
		{"can GPLv2 with the classpath exception code go into our Apache-2.0 app?", false},
	} {
		n := len(b.p.deliveries())
		b.say("shell:ana", c.text)
		got := b.since(n)
		if has := strings.Contains(got, "The version decides here; read as `GPL-2.0-only`: No"); has != c.want {
			t.Errorf("%q answered:\n%s\nwant the deciding version said: %v", c.text, got, c.want)
		}
	}
	// One licence named for both sides is read at each version on both sides: GPLv2 into
	// GPLv2 changes nothing, so no version is named (it listed GPL-2.0-only twice, as No).
	answered(t, "can gplv3 code go into our gplv3 app?", []string{"OSADL matrix: Same"}, []string{"The version decides here"})
}

// TestBothDirectionsAsked: a question that asks about both directions at once gets each
// direction's answer, not buttons to pick one; one that cannot tell whose is whose still
// asks.
func TestBothDirectionsAsked(t *testing.T) {
	answered(t, "AGPL and GPLv3, can code move either way between them?",
		[]string{"Both directions", "`AGPL-3.0-only` code into a `GPL-3.0-only` work — FSF: Yes", "`GPL-3.0-only` code into an `AGPL-3.0-only` work — FSF: Yes"},
		[]string{"pick the reading you mean"})
	answered(t, "can mit and apache-2.0 code go both ways?",
		[]string{"`MIT` code into an `Apache-2.0` work — OSADL matrix: Yes", "`Apache-2.0` code into an `MIT` work — OSADL matrix: Yes", "License compatibility data ©"}, nil)
	answered(t, "are MIT and GPL-3.0-only compatible?", nil, []string{"Both directions"})
}

// answered asks text as ana in a fresh bench and checks that the answer says each of
// want and none of never; it returns the answer.
func answered(t *testing.T, text string, want, never []string) string {
	t.Helper()
	b := newBench(t)
	n := len(b.p.deliveries())
	b.say("shell:ana", text)
	got := b.since(n)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%q answered:\n%s\nwant %q", text, got, w)
		}
	}
	for _, w := range never {
		if strings.Contains(got, w) {
			t.Errorf("%q answered:\n%s\nwant no %q", text, got, w)
		}
	}
	return got
}

// TestProgramRunApart: a program the asker's work runs as a separate program is
// answered as what shipping it asks, said so, with the aggregate note; the work's own
// licence is named in the restatement, but no verdict on the two combined is given.
func TestProgramRunApart(t *testing.T) {
	answered(t, "our MIT script shells out to a GPLv3 cli tool and parses its output. do we have to gpl the script?",
		[]string{"run as a separate program beside your work under `MIT` and not combined with it", "aggregated with it, not combined", "`GPL-3.0-only` in something you distribute"},
		[]string{"code into", "OSADL"})
	// Run with exec or spawned as a process, from a closed work too; carried inside the
	// work's binary with no code linked, what the licence asks is of that program.
	answered(t, "our closed tool runs a GPL program with exec. is that allowed?",
		[]string{"run as a separate program beside your work and not combined with it", "aggregated with it, not combined"}, nil)
	answered(t, "we spawn a GPL-2.0 process from our proprietary daemon. allowed?",
		[]string{"aggregated with it, not combined"}, nil)
	answered(t, "Our Go archiving tool wants to ship as a single binary that embeds gallery-dl, which is GPL-2.0. On first run it writes gallery-dl to a cache directory and runs it with exec; no code is linked and only command-line arguments and output pass between them. Can we do that without putting our tool under the GPL, and what does GPL-2.0 require of us?",
		[]string{"in something you distribute, run as a separate program beside your work", "aggregated with it, not combined"}, []string{"linked statically"})
}

// TestUnnamedLinkingException: "GPLv2 with a linking exception" names no exception.
// Asked for a use, the answer is the policy's verdict on each SPDX linking exception
// written with that licence: one verdict when they agree, each one when they do not, with
// the others a click away. Asked of nothing, the reply names them to ask again with;
// set beside another licence to compare, the two licences are compared without it.
func TestUnnamedLinkingException(t *testing.T) {
	answered(t, "the stack is GPLv2 with a linking exception. can we link it statically into our closed firmware?",
		[]string{"with a linking exception the message does not name?", "Which exception it is decides the verdict",
			"`GPL-2.0-only WITH GCC-exception-2.0`", "allowed with obligations", "`GPL-2.0-only WITH Universal-FOSS-exception-1.0`", "not allowed",
			"[As Classpath-exception-2.0 | ask GPL-2.0-only WITH Classpath-exception-2.0 for static linking]"},
		[]string{"Not allowed.", "Needs approval."})
	// Every LGPL-3.0 linking exception waives the relinking conditions: one verdict.
	answered(t, "lib is lgpl-3.0 with a static linking exception. can we link it statically into our closed binary without the relinking stuff?",
		[]string{"may `LGPL-3.0-only` code be linked statically into your closed-source work, with a linking exception the message does not name?",
			"`LGPL-3.0-only WITH LGPL-3.0-linking-exception` linked statically: Allowed with obligations.",
			"The policy gives the same verdict, allowed with obligations, for each that it could be (`LGPL-3.0-linking-exception` and `OCaml-LGPL-linking-exception`)",
			"[As OCaml-LGPL-linking-exception | ask LGPL-3.0-only WITH OCaml-LGPL-linking-exception for static linking]"},
		[]string{"Which exception it is decides", "I give no verdict"})
	// A project whose licence names its exception needs no other ("libgit2 is GPLv2
	// with a linking exception").
	answered(t, "libgit2 is GPLv2 with a linking exception. can we link it into our closed app?",
		[]string{"`GPL-2.0-only WITH GCC-exception-2.0`", "Allowed with obligations."}, []string{"does not name", "WITH GCC-exception-2.0 WITH"})
	// "a static linking exception" is one too, not an unknown "static exception", and
	// beside another licence it is the GNU licence's.
	answered(t, "is lgpl with a static linking exception ok for our firmware?",
		[]string{"a linking exception the message does not name", "`LGPL-3.0-only WITH LGPL-3.0-linking-exception`"},
		[]string{"not a licence I know", "static exception"})
	// Compared with another licence, the licences are compared, and the reply says the
	// exception is left out and how to ask with it.
	answered(t, "is mpl 2.0 basically the same deal as lgpl with a static linking exception?",
		[]string{"how do `MPL-2.0` and `LGPL-3.0-only` differ?", "• Only MPL-2.0:",
			"You also named a static linking exception without saying which", "so this compares the licences without it",
			"`LGPL-3.0-only WITH LGPL-3.0-linking-exception` or `LGPL-3.0-only WITH OCaml-LGPL-linking-exception`"},
		[]string{"not a licence I know", "static exception", "I give no verdict"})
}

// TestCaseByCaseVerdictSaysWhatTheTextAsks: a licence the policy decides case by case
// gives no obligations of its own; its verdict says what the licence's text asks.
func TestCaseByCaseVerdictSaysWhatTheTextAsks(t *testing.T) {
	answered(t, "can we bundle an OFL font in our app?",
		[]string{"`OFL-1.1` in something you distribute: Needs approval.", "Its text asks: • the fonts may be sold only bundled with software", "Reserved Font Name"}, nil)
}

// TestOnlyOrLaterFromNotices: asked whether code is under "only" or "or later", the
// answer leads with the form what the message says of the code points to, and why,
// restates the two forms asked about, and offers what that form allows; with nothing
// that tells, the general answer on how to tell stands alone.
func TestOnlyOrLaterFromNotices(t *testing.T) {
	answered(t, "packaging quxd for our distro: the repo only has the gplv2 text in COPYING and no headers. only or or-later?",
		[]string{"As I read it: is the code under `GPL-2.0-only` or `GPL-2.0-or-later`?",
			"By what you describe: `GPL-2.0-or-later`: only the licence's text is shipped", "GPLv2 section 9, GPLv3 section 14",
			"[What GPL-2.0-or-later allows | ask GPL-2.0-or-later]"},
		[]string{"The licences you named"})
	answered(t, "zapp's readme says gplv3. only or or-later?",
		[]string{"By what you describe: `GPL-3.0-only`: a README, package field or page that names the version without “or later”", "[What GPL-3.0-only allows | ask GPL-3.0-only]"}, nil)
	answered(t, "is quuxlib gpl-2.0-only or gpl-2.0-or-later?",
		[]string{"To tell which a project is under, read its notices"}, []string{"By what you describe"})
	// A project said to take the code in is where it goes, not the code asked about.
	answered(t, "flexslider's readme only says gpl v2. is that v2 only or v2-or-later? drupal wants to ship it in some downloads",
		[]string{"is the code under `GPL-2.0-only` or `GPL-2.0-or-later`?", "By what you describe: `GPL-2.0-only`: a README"}, []string{"`GPL-2.0-or-later`: GNU General Public License"})
	// A code host's label is read from the LICENSE file's text alone.
	answered(t, "github says GPL-2.0 for move transition plugin - only or or-later? need it for nixos package",
		[]string{"By what you describe: `GPL-2.0-or-later`: a code host's licence label is read from the licence's text in the LICENSE file"}, nil)
}

// TestExceptionOfSeveral: an exception named in words that SPDX lists once per project
// ("the OpenSSL exception") or in several versions gets no verdict of its own; the reply
// lists them. Asked for a use, the policy's verdict on each is the answer.
func TestExceptionOfSeveral(t *testing.T) {
	answered(t, "our app is GPLv2 with an OpenSSL exception, can we link OpenSSL 1.1?",
		[]string{"`GPL-2.0-only` with the OpenSSL exception", "`openvpn-openssl-exception`", "`vsftpd-openssl-exception`"},
		[]string{"Not allowed", "Needs approval", "not a licence I know"})
	answered(t, "GPLv3 with the GStreamer exception, can we use it in our app?",
		[]string{"with the GStreamer exception (SPDX lists 2 exceptions by that name)?", "for each that it could be (`GStreamer-exception-2005` and `GStreamer-exception-2008`)",
			"[As GStreamer-exception-2008 | ask GPL-3.0-only WITH GStreamer-exception-2008 for distributed]"}, nil)
	// Asked whether the code may go into a work, when no exception of that name changes
	// the answer: the answer without it, saying so.
	answered(t, "a contributor offers a patch under gplv3 with an openssl exception. can it go into our gpl-2.0-only project?",
		[]string{"can `GPL-3.0-only` code, modified, go into your work under `GPL-2.0-only`?", "OSADL matrix: No", "the openssl exception the message names is left out", "none of them changes this answer"}, nil)
}

// TestExceptionKeptInOtherReadings: the other versions offered for a licence read with
// an exception keep the exception, in the licence's version it goes with.
func TestExceptionKeptInOtherReadings(t *testing.T) {
	answered(t, "can we ship a GPLv3 program with the autoconf exception in our product?",
		[]string{"As GPL-3.0-or-later WITH Autoconf-exception-3.0"}, []string{"As GPL-2.0-only", "As GPL-3.0-only]"})
}

// TestTopicWithNamedLicences: a question of credit about a licence it names is the
// attribution topic, with what that licence obliges beside it.
func TestTopicWithNamedLicences(t *testing.T) {
	answered(t, "we use google's material icons (apache 2) in our app. do we have to credit them on the about screen?",
		[]string{"a question about what attribution means, naming `Apache-2.0`", "Ship the NOTICE file"}, []string{"the policy for `MIT`"})
	// A licence the policy gives no obligations (by exception only) is said with what
	// its own text asks: the OFL's notice may travel in the font's metadata.
	answered(t, "I want a custom font in the game I'm making, and the most common licence for commercial use seems to be SIL. Do I have to put that notice in my game's credits? I never found font credits in other games.",
		[]string{"a question about what attribution means, naming `OFL-1.1`", "its text asks: ", "in the fonts' own metadata"}, nil)
}

// TestOutputMadeFromData: what a program makes from data under a licence carries the
// data's licence, not the program's.
func TestOutputMadeFromData(t *testing.T) {
	answered(t, "we generate map tiles with our MIT renderer from openstreetmap data. what licence are the tiles under?",
		[]string{"what licence does what a program under `MIT` makes from input under `ODbL-1.0` carry?", "`MIT` does not reach the output", "`ODbL-1.0` in something you distribute"}, nil)
}

// TestNoticesForAService: whether a hosted service owes its users notices is answered by
// the attribution topic, which says the conditions attach to copies.
func TestNoticesForAService(t *testing.T) {
	answered(t, "if customers only use our product as a hosted service and never get a copy, do the notice and licence-text requirements of the open source parts still apply?",
		[]string{"What attribution means", "A service whose users get no copy owes them no notices"}, nil)
}

// TestAsItIsNotTheProposal: a request to the maintainers that names only the licences
// asked for ("any chance of a bsd or apache licence instead of gnu?") offers no verdict
// "as it is" on them, which are not what the project is under; one that names the
// project's licence too keeps it.
func TestAsItIsNotTheProposal(t *testing.T) {
	answered(t, "any chance of a bsd or apache licence instead of gnu? i'd like it in my app store app.",
		[]string{"Choosing a licence"}, []string{"As it is"})
	answered(t, "any chance of bsd instead? we'd like it in our app store app. it's gpl now",
		[]string{"As it is: GPL-3.0-only, in a mobile app"}, nil)
}

// TestTopicOfOthersUse: a topic question about what someone else owes ("are they
// obliged to give us the source?") gets no policy verdict for the asker's own use; one
// about the asker's use keeps it.
func TestTopicOfOthersUse(t *testing.T) {
	answered(t, "a company runs a modified copy of our GPLv3 wiki on its servers for the public. we asked for the source. are they obliged to give it to us?",
		[]string{"What counts as distribution"}, []string{"Policy, ", "Request an exception"})
	answered(t, "we hand our gplv3 build to a contractor's other company. does that count as distribution, and do we owe them the source?",
		[]string{"What counts as distribution", "Policy, "}, nil)
	// Private builds of the asker's work made by others, asked after a condition.
	// Asked in the negative: "Aren't they required to publish it?"
	answered(t, "Artillery published the Marlin source for their 2021 printer firmware, but for the binaries they posted in November 2022 there is no source, and requests go unanswered. Aren't they required to publish it?",
		[]string{"What counts as distribution", "written offer"}, []string{"Policy, ", "Request an exception"})
	answered(t, "if server owners make private builds of our gpl minecraft plugin, do they have to publish the source?",
		[]string{"What counts as distribution", "Running software on your own servers"}, []string{"Policy, ", "Allowed with obligations"})
}

// TestExceptionRulesOfTheDefaultPolicy: an exception whose text lets a linked program
// keep its terms (FreeRTOS's) or frees what a tool embeds (PyInstaller's bootloader)
// changes the built-in policy's verdict, with the rule's note; one that does not
// (GStreamer's) leaves the licence's verdict, saying so.
func TestExceptionRulesOfTheDefaultPolicy(t *testing.T) {
	answered(t, "the library is GPLv2 with the FreeRTOS exception, can we link it statically into our closed firmware?",
		[]string{"linked statically: Allowed with obligations", "the FreeRTOS exception lets application code",
			"restricted category (not allowed), but the policy's rule for freertos-exception-2.0 sets this use to allowed with obligations"}, []string{"Not allowed:"})
	// The exception's rule, not the licence's, is named as what set the verdict.
	answered(t, "can we statically link LGPL-3.0-only WITH LGPL-3.0-linking-exception code into our closed app?",
		[]string{"linked statically: Allowed with obligations", "the LGPL-3.0 linking exception waives"}, []string{"rule for LGPL-*"})
	answered(t, "fltk is lgpl with exceptions. can i link it statically?",
		[]string{"linked statically: Allowed with obligations", "the FLTK exception allows static linking", "uses FLTK"}, nil)
	// Exceptions that free less than a linked program leave the licence's verdict, and
	// say what they do allow.
	answered(t, "qt 4 is lgpl 2.1 plus this 'lgpl exception 1.1'. what does the extra bit actually allow?",
		[]string{"`LGPL-2.1-only WITH Qt-LGPL-exception-1.1`", "the Qt LGPL exception lets object code that takes material from the library's unmodified headers"}, []string{"has no rule"})
	answered(t, "can we use the mysql connector (gpl-2.0 with universal foss exception) in our closed app?",
		[]string{"Needs approval", "the Universal FOSS exception lets the software be linked and shipped with other software under an OSI-approved"}, []string{"has no rule"})
	answered(t, "can we ship GPL-2.0-only WITH openvpn-openssl-exception code in our product?",
		[]string{"Needs approval", "the OpenSSL exception lets the program be linked with OpenSSL"}, []string{"has no rule"})
	answered(t, "can we ship GPL-2.0-or-later WITH Bootloader-exception code in our product?",
		[]string{"Allowed with obligations", "the bootloader exception lets"}, nil)
	answered(t, "can we ship GPL-2.0-or-later WITH GStreamer-exception-2008 code in our product?",
		[]string{"Needs approval", "the policy has no rule for the exception GStreamer-exception-2008"}, nil)
}

// TestWhichSPDXExpression: a question of what SPDX expression to write down gets the
// choice as one expression, said to be a choice; licences merely named together get
// none, and the question is restated in the plural.
func TestWhichSPDXExpression(t *testing.T) {
	answered(t, `libcap says "bsd or gpl v2" with no "or later" anywhere. which spdx expression goes in our package recipe?`,
		[]string{"As one SPDX expression: `BSD-3-Clause OR GPL-2.0-only`. A choice"}, nil)
	answered(t, "what do mit and apache 2.0 require?", []string{"what do `MIT` and `Apache-2.0`"}, []string{"As one SPDX expression"})
	// Licences that apply together, when the expression is asked for: AND, said so.
	answered(t, "one file has an mpl 2.0 header and then says it incorporates apache 2.0 code from someone else. what single SPDX-License-Identifier line for that?",
		[]string{"which SPDX expression covers `MPL-2.0` and `Apache-2.0`", "As one SPDX expression: `MPL-2.0 AND Apache-2.0`. Both apply"}, nil)
	answered(t, "nanocobs says it's unlicense or 0bsd. what spdx line do we put in the file headers?",
		[]string{"which SPDX expression covers `Unlicense` and `0BSD`", "As one SPDX expression: `Unlicense OR 0BSD`. A choice"}, nil)
	// One licence, asked as "whats the spdx string for": the expression to write is the
	// one the answer names.
	answered(t, "whats the spdx string for apache 2 plus the llvm exceptions",
		[]string{"As I read it: which SPDX expression to write (`Apache-2.0 WITH LLVM-exception`), and what does it allow and require?"}, nil)
	answered(t, "what's the spdx id for llvm-project / libc++? just apache-2.0?", []string{"which SPDX expression to write (`"}, nil)
	// Asked for a project of several licences, with no use: the expression, and the use
	// asked for its verdict; not a licence for the asker to choose.
	answered(t, "what spdx expression should we declare for boringssl?",
		[]string{"which SPDX expression to write (`OpenSSL AND ISC AND MIT AND BSD-3-Clause`)", "The SPDX expression: `OpenSSL AND ISC AND MIT AND BSD-3-Clause`. How will it be used"},
		[]string{"Choosing a licence"})
}

// TestMaintainerAsksAboutCLA: a project's maintainers asking what to ask of their
// contributors get the lines on requiring a CLA or a DCO, not advice on signing one and
// no signing request; a contributor asking whether to sign keeps the signing answer.
func TestMaintainerAsksAboutCLA(t *testing.T) {
	answered(t, "A contributor sent a one-line README fix to our company's Apache-2.0 certificate tool and then objected to our CLA bot. He says a DCO would be enough. Do we actually need a CLA?",
		[]string{"Asking your project's contributors for a CLA or a DCO", "Most projects need neither", "rights beyond its licence"},
		[]string{"Request: CLA signature", "cannot sign for it on your own"})
	answered(t, "Our project recently joined the OpenJS Foundation and still runs the old JS Foundation CLA bot. Do we have to keep a CLA at all?",
		[]string{"Asking your project's contributors for a CLA or a DCO"}, []string{"Request: CLA signature"})
	answered(t, "Our game is GPL on GitHub, but we also put builds out on Steam. Our lead now wants every contributor, old and new, to sign a CLA. Why do we need that just to keep shipping on Steam?",
		[]string{"Asking your project's contributors for a CLA or a DCO"}, []string{"Request: CLA signature"})
	answered(t, "we forked nylas mail as a community project — do contributors still have to sign nylas's cla?",
		[]string{"Asking your project's contributors for a CLA or a DCO"}, []string{"Request: CLA signature"})
	// Offering the project under a second licence, or adding a CLA, weighed by its
	// maintainers; a contributor asking whether they may add a sign-off is not that.
	answered(t, "Our iOS messaging app is GPLv3. VLC for iOS is dual-licensed under the MPL 2.0 and the GPL. Should we offer MPL-2.0 alongside GPLv3-or-later, and what does that change for contributors?",
		[]string{"Asking your project's contributors for a CLA or a DCO", "sell it under other terms (dual licensing)"}, []string{"Request: CLA signature"})
	answered(t, "We're reviving our navigation mesh library and one maintainer wants a contributor license agreement added. Should we add one?",
		[]string{"Asking your project's contributors for a CLA or a DCO"}, nil)
	answered(t, "The upstream project requires a DCO sign-off on each commit. Can I add it for work I do on the job?", nil, []string{"Asking your project's contributors for a CLA or a DCO"})
	answered(t, "should i sign the cla for the kubernetes project?",
		[]string{"Signing a contributor licence agreement (CLA)", "Request: CLA signature"},
		[]string{"Most projects need neither"})
	// The author of a project asking how companies can be made to pay.
	answered(t, "I'm about to publish a project and want the community to use and improve it freely, but if a company makes money with it I'd like them to pay me. Can I pick an open source licence that restricts commercial use?",
		[]string{"Being paid when companies use your project", "dual licensing", "Business Source License", "Request: Open-source a project"},
		[]string{"For example, the policy for", "Use inside a company is commercial use"})
}

// TestMovingOwnProject: a question that moves the asker's released project to another
// licence is answered as choosing one, with what moving a released project takes; a
// question of choosing a first licence is not told of moving.
func TestMovingOwnProject(t *testing.T) {
	answered(t, "my parser crate has been GPL-3.0 since 2019. could I just switch it to Apache-2.0?",
		[]string{"moving one already released from `GPL-3.0-only` to `Apache-2.0`", "needs the agreement of everyone who holds copyright", "https://opensource.guide/legal/"},
		[]string{"Not allowed", "Needs approval"})
	answered(t, "I'm starting a new library. MIT or Apache-2.0?",
		[]string{"a question about choosing a licence for a project you release, naming `MIT`, `Apache-2.0`",
			"How they differ, by what their texts ask", "Only Apache-2.0: it grants a patent licence", "https://spdx.org/licenses/MIT.html"},
		[]string{"Moving a released project"})
	// A licence chosen for a library to be linked statically: what the LGPL asks of
	// that, and what the MPL-2.0 and linking exceptions do instead.
	answered(t, "our rust crate is lgpl-3.0 but cargo links everything statically. switch to mpl 2.0?",
		[]string{"Static linking: The LGPL lets a closed program carry the library linked statically only if", "MPL-2.0 section 3.3", "https://www.mozilla.org/en-US/MPL/2.0/FAQ/"}, nil)
	answered(t, "we're thinking of switching our library from mit to apache instead. worth it?", nil, []string{"Static linking:"})
	// A licence chosen for software run as a service: what the GPL leaves open there, and
	// what the AGPL adds.
	answered(t, "The project switched to the GPL, but it is mainly a hosted web service. Isn't the GPL the wrong fit, since anyone can run a changed copy for their users without sharing it?",
		[]string{"Software run as a service: The GPL's conditions bind copies handed to others", "AGPLv3 section 13", "https://www.gnu.org/licenses/why-affero-gpl.html"}, nil)
	answered(t, "we're thinking of switching our library from mit to apache instead. worth it?", nil, []string{"Software run as a service"})
	// Two candidates are told apart by what their texts ask; more than two are not.
	answered(t, "for our new self-hosted server product: sspl or agpl? sspl looks like the stronger agpl",
		[]string{"How they differ, by what their texts ask", "Only SSPL-1.0: offering its functions to others as a service", "Only AGPL-3.0-only: users who interact"}, nil)
	// One licence picked instead of others weighs candidates; every one of them is named.
	answered(t, "why would our lab pick mpl for a python repo instead of apache, mit or bsd?",
		[]string{"a question about choosing a licence for a project you release, naming `MPL-2.0`, `Apache-2.0`, `MIT`, `BSD-3-Clause`"},
		[]string{"Moving a released project", "How they differ"})
	answered(t, "we're thinking of switching our library from mit to apache instead. worth it?",
		[]string{"moving one already released from `MIT` to `Apache-2.0`"}, nil)
	// A first licence put on a repository others sent code to needs their agreement too.
	answered(t, "my repo never had a licence and a few people sent commits. can i just add mit now?",
		[]string{"Choosing a licence for a project you release", "needs the agreement of everyone who holds copyright in it"}, nil)
	answered(t, "my repo never had a licence. which one should i add?", []string{"Choosing a licence"}, []string{"needs the agreement of everyone"})
	// The licence the work has now, said of it ("under the LGPL", "released … under
	// mit"), is where the move starts, whichever the reading took for the work's.
	answered(t, "We maintain a small Rust ring buffer crate under the LGPL. A large user told us it's the only LGPL crate among thousands of their dependencies and asked for MIT or Apache. Should we switch to a permissive licence?",
		[]string{"moving one already released from `LGPL-3.0-only` to `MIT OR Apache-2.0`", "Code under the licence it has now: `LGPL-3.0-only` code into an `MIT OR Apache-2.0` work"}, nil)
	answered(t, "we released our typeface under mit. should fonts be ofl instead?",
		[]string{"moving one already released from `MIT` to `OFL-1.1`"}, nil)
}

// TestGeneratedContribution: a contribution written with an AI assistant is a question
// of contributing, whatever CLA or licence the message names, and the answer says what
// such code asks of the one who sends it; a contribution written by hand is not told.
func TestGeneratedContribution(t *testing.T) {
	answered(t, "can i send you a pr that gpt-4 mostly wrote? the project has a cla",
		[]string{"contributing to an upstream project, with code written by an AI assistant", "Code written with an AI assistant", "Generated-by:", "https://www.apache.org/legal/generative-tooling.html", "Request: Upstream contribution"}, nil)
	answered(t, "We're an upstream under the GPL. Should we be accepting AI-generated contributions at all?",
		[]string{"with code written by an AI assistant", "does not copy someone else's code"}, []string{"Not allowed", "Needs approval"})
	answered(t, "may I contribute a fix upstream?", []string{"Contributing to an upstream project"}, []string{"Code written with an AI assistant"})
}

// TestSupposedLicenceOffered: a licence the question supposes ("what if it were agpl?")
// is answered for the licence the code is under, with the supposed one a click away.
func TestSupposedLicenceOffered(t *testing.T) {
	answered(t, "it's gpl. can we use it in our saas? what if it were agpl?",
		[]string{"may `GPL-3.0-only` code be used in a network service (SaaS)?", "If it were AGPL-3.0-only"}, []string{"AGPL-3.0-only AND"})
}

// TestRelicensingOwnProject: a question of whether the asker's own project may move
// from one licence to another is answered by the matrix and by what moving a released
// project takes; code of others taken in is not told of moving.
func TestRelicensingOwnProject(t *testing.T) {
	answered(t, "can I relicense my GPL project to MIT?",
		[]string{"can `GPL-3.0-only` code go into your work under `MIT`?", "Moving a released project", "needs the agreement of everyone who holds copyright", "Copies already released keep their old licence"}, nil)
	answered(t, "Can I simply replace the MIT LICENSE with Apache-2.0?",
		[]string{"can `MIT` code go into your work under `Apache-2.0`?", "Moving a released project", "needs the agreement of everyone who holds copyright"}, nil)
	answered(t, "We're thinking of replacing our MIT license with Apache-2.0. Is that ok?",
		[]string{"can `MIT` code go into your work under `Apache-2.0`?", "Moving a released project"}, nil)
	answered(t, "someone sent a PR moving our boilerplate from mit to apache 2.0 for the patent grant. any downside?",
		[]string{"can `MIT` code go into your work under `Apache-2.0`?", "Moving a released project"}, nil)
	answered(t, "We want to use GPL code in our MIT project. Is that compatible?",
		[]string{"can `GPL-3.0-only` code go into your work under `MIT`?"}, []string{"Moving a released project"})
}

// TestConsentToMove: a question of whose agreement a project's change of licence needs
// is answered with what that takes, whether it also asks if the code fits the new
// licence (the matrix answers that too) or only names the licence it moves to; asking
// contributors to sign an agreement, with no change of licence, stays the CLA topic (as
// the project's maintainers ask it, with no signature request).
func TestConsentToMove(t *testing.T) {
	answered(t, "want to put my little go tool under gpl-3. two people have sent PRs, do i need their ok?",
		[]string{"a question about changing a project's licence when others have contributed", "needs the agreement of everyone who holds copyright", "A DCO sign-off does not", "Copies already released keep their old licence", "Request: Open-source a project"},
		[]string{"How will", "Request: CLA signature", "Signing a contributor licence agreement"})
	answered(t, "Our TOML parser has been under the WTFPL for years. I'd like to move it to MIT. Who exactly do I have to ask, everybody who ever sent a pull request?",
		[]string{"can `WTFPL` code go into your work under `MIT`?", "Moving a released project", "needs the agreement of everyone who holds copyright"}, nil)
	answered(t, "should our new project ask outside contributors to sign a CLA?",
		[]string{"Asking your project's contributors for a CLA or a DCO"}, []string{"Changing a project's licence", "Request: CLA signature"})
}

// TestCopyrightHolderAnswered: the asker's own work, whose copyright they hold all of,
// is answered with what a licence is (the holder's permission to others) and what stays
// others', with no policy verdict for code taken in; code taken in still gets one.
func TestCopyrightHolderAnswered(t *testing.T) {
	answered(t, "My Mac app is GPLv3 and I wrote every line of it myself. Apple's store terms are said to clash with the GPL. Can I still sell it on the Mac App Store?",
		[]string{"may you use your own work, which you publish under `GPL-3.0-only` and hold all the copyright in", "does not bind the holder", "gpl-faq.html#DeveloperViolate", "Code others wrote keeps its own licence", "Request: Open-source a project"},
		[]string{"Not allowed", "Needs approval"})
	answered(t, "I wrote all the code myself. Can I use a GPL library in my closed app?",
		[]string{"`GPL-3.0-only`"}, []string{"hold all the copyright"})
	// Taking the licence back: the holder's answer, saying copies already out keep it.
	answered(t, "We published our icon set under CC BY 4.0 last year and marketing now wants to take that back. Can we revoke the licence for people who already downloaded the icons?",
		[]string{"can you take back `CC-BY-4.0` from those who already have your work under it?", "copies already given out keep the licence", "section 2(a)(1)"},
		[]string{"Allowed with obligations"})
}

// TestProgramOutputAnswered: a question of whether a program's licence reaches what it
// makes is restated so, answered as using the program in house, and told where the
// output does carry the program's licence, with the FAQ that says so.
func TestProgramOutputAnswered(t *testing.T) {
	answered(t, "Is code generated by a GPL code generator under the GPL?",
		[]string{"does the licence of a program under `GPL-3.0-only` reach what you make with it", "for internal use: Allowed", "not what you make with it", "parts of the program itself", "gpl-faq.html#GPLOutput"},
		[]string{"Not allowed", "How will"})
}

// TestToolRunInHouse: a tool run over the work in CI is answered as used in house, not
// combined with the work, saying why.
func TestToolRunInHouse(t *testing.T) {
	answered(t, "we run a GPL linter in CI over our Apache-2.0 repos; we never ship it. ok?",
		[]string{"may you run a tool under `GPL-3.0-only` (a linter, a converter, a build step) in house, as a program of its own, without combining it with your code?", "for internal use: Allowed", "not combined with it"},
		[]string{"Not allowed", "run as a separate program beside your work"})
	// A program the asker's build calls from a script, nothing handed out, is used in
	// house too, not linked.
	answered(t, "Our build system downloads the Imageflow executable (AGPL) and calls it, unmodified, from a closed-source shell script to produce the images our website serves. The program itself never runs on the web servers. Do we have to publish our application's source?",
		[]string{"may you run a tool under `AGPL-3.0-only` (a linter, a converter, a build step) in house", "for internal use"},
		[]string{"linked dynamically"})
}

// TestWorkTakenByOthersAnswered: others with the asker's own work are told what the
// licence lets them do and asks of them, with no policy verdict for code taken in; what
// the question says they failed to do is said to break it.
func TestWorkTakenByOthersAnswered(t *testing.T) {
	answered(t, "found someone selling our MIT todo app on codecanyon for $18, is that even legal??",
		[]string{"may others copy, change, hand out or sell your own work, which you publish under `MIT`?", "yes, on its conditions", "What it asks of them", "infringe your copyright", "As code you use yourself"},
		[]string{"Not allowed", "Needs approval", "How will"})
	answered(t, "someone took our gplv3 android app, added ads, and put it on google play without any source. is that allowed?",
		[]string{"under `GPL-3.0-only`", "only with its source", "their copies break it"},
		[]string{"Not allowed", "Needs approval", "yes, on its conditions"})
	answered(t, "There are clones of Open Flood on Google Play with ads added and no source code published. Isn't that a GPL3 violation - don't they have to release their source?",
		[]string{"may others copy, change, hand out or sell work published under `GPL-3.0-only`", "Work under `GPL-3.0-only`: the licence lets them hand it out, but only with its source", "Only the copyright holders can enforce it"},
		[]string{"Your own work", "Not allowed"})
	// Others named with a clause of the asker's own ("a company we don't like forked
	// our …"); what the licence asks of them is its text's, not the policy's rules for
	// code the organisation takes in.
	answered(t, "a company we don't like forked our agpl chat server. can we make them take it down?",
		[]string{"may others copy, change, hand out or sell your own work, which you publish under `AGPL-3.0-only`?",
			"What it asks of them: • keep the copyright notice", "users who interact with a modified version over a network must be offered its source"},
		[]string{"Do not use without an approved exception", "Needs approval"})
}

// TestServiceApartAnswered: a program run on its own that the asker's code only talks to
// over a network keeps the policy's verdict, and the answer says its licence asks
// nothing of the asker's own code, with the FAQ that says so.
func TestServiceApartAnswered(t *testing.T) {
	answered(t, "Our closed app talks over the network to an AGPL server we host, unmodified. A vendor says that makes our client code AGPL as well and we'd have to publish everything. Is that right?",
		[]string{"may `AGPL-3.0-only` code run as a service of its own that your code only talks to over a network, and what do you owe under it?", "not combined with your code", "gpl-faq.html#MereAggregation"},
		nil)
	answered(t, "we run an agpl app as our saas", []string{"`AGPL-3.0-only` in a network service (SaaS)"}, []string{"not combined with your code"})
}

// TestImageHoldingOthersAnswered: a container image said to hold software under another
// licence beside the asker's own is an aggregate: what each program's licence asks is
// for that program, and the image as a whole is not under the repository's licence
// alone. Code linked in is combined, not aggregated.
func TestImageHoldingOthersAnswered(t *testing.T) {
	answered(t, "our repo is mit but the docker image we publish contains gpl packages. what licence is the image under?",
		[]string{"may programs under `GPL-3.0-only` go out in one image beside your work under `MIT`, and under which licence does the image go?",
			"aggregated with it, not combined", "each program in it keeps its own licence", "cannot go out under your licence alone"},
		[]string{"OSADL matrix: No"})
	answered(t, "This repo is marked Apache 2.0, but what it mainly publishes is a Linux-based Docker image with a lot of GPL software inside. Shouldn't the repo, or at least the image, be GPL licensed?",
		[]string{"beside your work under `Apache-2.0`", "each program in it keeps its own licence"}, []string{"OSADL matrix: No"})
	answered(t, "our docker image contains our mit app statically linked against a gpl library. what licence is the image under?",
		nil, []string{"each program in it keeps its own licence"})
}

// TestPermissiveFearedAnswered: a permissive licence the message fears a work must take
// because it includes code under it gets, first, that such a licence puts none on the
// work around the code; a copyleft licence feared, or the work's own licence said, does
// not.
func TestPermissiveFearedAnswered(t *testing.T) {
	answered(t, "readxl bundles libxls, which is bsd. doesn't that mean readxl itself has to be bsd?",
		[]string{"does `BSD-3-Clause` put its licence on a work that includes code under it, and what does it allow and require?", "No licence is put on the work around the code"}, nil)
	answered(t, "our app bundles a bsd library. does that make our app bsd?",
		[]string{"in something you distribute", "No licence is put on the work around the code: `BSD-3-Clause`"}, nil)
	answered(t, "our app bundles a cc0 library. does that make our app cc0?",
		[]string{"No licence is put on the work around the code: `CC0-1.0` asks nothing at all"}, []string{"copyright notice and licence text stay"})
	answered(t, "ofl condition 5 says the font must stay under the ofl — does that mean my game engine has to be ofl too if i use a google font in its debug console?",
		[]string{"No licence is put on the software around the font: `OFL-1.1` keeps the font itself under the OFL"}, nil)
	answered(t, "does using a gpl library mean my project has to be gpl too?", nil, []string{"No licence is put on the work"})
	answered(t, "our code has to be MIT for the client. can we use a GPL library?", nil, []string{"No licence is put on the work"})
}

// TestOlderReleaseAnswered: whether a licence covers releases older than those it is
// said of gets that each release keeps the licence it was published with.
func TestOlderReleaseAnswered(t *testing.T) {
	answered(t, "CsvHelper's website says it is dual licensed MS-PL or Apache 2.0. We still pin the old 2.8.2 package from NuGet. Does the dual licence cover that old version too, or only newer releases?",
		[]string{"and does that cover older releases?", "Each release is under the licence it was published with", "inside the version you use"}, nil)
	answered(t, "CsvHelper is dual licensed MS-PL or Apache 2.0. what do we owe?", nil, []string{"Each release is under"})
}

// TestDemandHeldAnswered: whether a licence requires what a project's README or author
// demands of everyone gets that the licence's conditions are its text's, above its
// profile; a question of what the licence requires with no such demand does not.
func TestDemandHeldAnswered(t *testing.T) {
	answered(t, "the toolkit's readme says anything built on it has to show its logo at startup. does bsd-3-clause really require that?",
		[]string{"does `BSD-3-Clause` require what the project's README or author demands", "A demand written only in a README"}, nil)
	answered(t, "does bsd-3-clause really require that?", nil, []string{"A demand written only in a README"})
}

// TestCommercialLicenceAnswered: a commercial licence said to be needed beside an open
// source licence gets what such a licence buys and that the open licence allows
// commercial use itself, in the verdict and in the profile; a licence that is not open
// source, whose own terms may ask for one, does not.
func TestCommercialLicenceAnswered(t *testing.T) {
	note := "💳 A commercial licence beside"
	answered(t, "sharer.js is mit but the author says closed-source products need to buy a commercial licence. do we have to pay?",
		[]string{note + " `MIT`", "`MIT` already lets the code go into closed and commercial products"}, nil)
	answered(t, "our closed desktop app uses a gplv3 charting library and their site says a commercial license is required for commercial applications. can we ship it?",
		[]string{note + " `GPL-3.0-only`", "leave not to meet `GPL-3.0-only`'s conditions"}, nil)
	answered(t, "the repo is gplv3 but the licence file says companies should get a commercial licence. is gplv3 enough for us?",
		[]string{"what does `GPL-3.0-only` allow and require", note}, nil)
	answered(t, "our closed desktop app uses a gplv3 charting library. can we ship it?", nil, []string{note})
	answered(t, "the database is under the busl 1.1, which requires a commercial licence for production use. can we run it internally?", nil, []string{note})
	// A ban on commercial use written beside the licence, with no licence to buy named.
	answered(t, "the pose estimation repo's readme says non-commercial only but the LICENSE is mit. can we use it in a commercial product?",
		[]string{"Terms written beside an open source licence: A ban on commercial use"}, []string{note})
	answered(t, "the pose estimation repo is mit. can we use it in a commercial product?", nil, []string{"Terms written beside"})
}

// TestProductNameAnswered: whether a work may carry the name a licence reserves gets
// that licence's profile, opening with its name clause; the licence of the asker's own
// work, said beside, is left out, and a question that asks nothing of a name gets no note.
func TestProductNameAnswered(t *testing.T) {
	note := "🏷️ The name: `PHP-3.01` reserves the software's name"
	answered(t, "releasing a gpl lib called 'PHP Interactive Pages', does the php license stop me using PHP in the name?",
		[]string{"may your work carry the name `PHP-3.01` reserves", note, "“Foo for PHP”"}, []string{"GPL-3.0-only", "OSADL matrix"})
	answered(t, "what does the php license ask of us?", []string{"a product made from it may not be called by the software's name"}, []string{note})
}

// TestNoDistributionAnswered: files whose own terms forbid distribution, asked whether
// they may be shipped or published, get no without the holders' permission, whatever
// tool they are for; asked whether something already done distributes them, or with
// nothing asked of shipping, they do not.
func TestNoDistributionAnswered(t *testing.T) {
	want := []string{"may code whose own terms forbid handing it out be shipped or published?", "Not allowed without the copyright holders' permission"}
	answered(t, "the stm32 gcc linker scripts say copyright ac6, distribution not permitted. can i ship them in my toolchain package", want, []string{"build or develop with gcc"})
	answered(t, "repo has a vendor's startup code in it, the header says no redistribution. can that be on github", want, nil)
	answered(t, "our script downloads a corpus whose licence forbids redistribution. are we actually redistributing anything?", nil, want[1:])
	answered(t, "the header says no redistribution. what does that mean?", nil, want[1:])
}

// TestWrapperBetweenAnswered: a wrapper, layer or interface meant to keep closed code
// apart from GPL code it links gets, with the verdict or the compatibility answer, that
// it does not; an LGPL library, or GPL code run as a program of its own, does not.
func TestWrapperBetweenAnswered(t *testing.T) {
	note := "🧱 A wrapper in between"
	answered(t, "Our proprietary system needs a piece of GPL code. The architect suggests wrapping the GPL part behind a 'controlled interface' and linking to it. Does that keep our side out of the GPL?", []string{note, "#GPLInProprietarySystem"}, nil)
	answered(t, "can we put an mit-licensed shim between our closed app and the gplv2 library we link?", []string{"OSADL matrix: No", note}, nil)
	answered(t, "we link an lgpl-2.1 library through a thin wrapper under mit in our closed app. ok?", nil, []string{note})
	answered(t, "our proprietary app links a GPL library dynamically. ok?", nil, []string{note})
}

// TestGeneratorMovedToCopyleftAnswered: a program said to have moved from a licence to
// an unnamed copyleft one is asked of as copyleft, not under the licence it left, and
// what it generates gets what a program's licence says of its output.
func TestGeneratorMovedToCopyleftAnswered(t *testing.T) {
	answered(t, "The shell-completion generator we use just moved from Apache to a copyleft licence. The completion scripts it spits out contain code copied verbatim from the generator itself. Do the generated scripts we ship now fall under its copyleft too?",
		[]string{"a question about what copyleft means", "The exception is output that carries parts of the program itself"}, []string{"`Apache-2.0`"})
	answered(t, "what does copyleft mean for a library we link?", nil, []string{"The exception is output that carries parts"})
}

// TestVersionGivenKeepsItsVersion: a licence named with its version but not "only" or
// "or later" ("gplv3") is offered the other form of that version as a correction, not
// other versions the name did not say; a name with no version is offered them.
func TestVersionGivenKeepsItsVersion(t *testing.T) {
	answered(t, "can we ship a gplv3 library in our closed desktop app?", []string{"As GPL-3.0-or-later"}, []string{"As GPL-2.0-only", "As GPL-2.0-or-later"})
	// So does a retired SPDX ID, which names its version as well.
	answered(t, "can we use gpl-3.0 code in our closed app?", []string{"As GPL-3.0-or-later"}, []string{"As GPL-2.0-only", "As GPL-2.0-or-later"})
	answered(t, "can we ship a gpl library in our closed desktop app?", []string{"As GPL-2.0-only"}, nil)
}

// TestCleanRoomAnswered: whether a licence binds code written anew with the same ideas
// and none of the original's code gets, with the licence's profile, that a licence covers
// the code and not the ideas; code written from scratch that links the original does not.
func TestCleanRoomAnswered(t *testing.T) {
	note := "🧪 Written anew"
	answered(t, "If I write my own YOLO implementation from scratch, same architecture and ideas as Ultralytics but none of their code or weights, am I still bound by their AGPL?",
		[]string{"does `AGPL-3.0-only` bind code you write anew", note}, nil)
	answered(t, "i wrote my linux driver from scratch, zero kernel code copied. can i ship the .ko binary closed?", nil, []string{note})
}

// TestLinkForTextAnswered: whether a link may stand in for a licence's text gets, for
// each licence named, what its text says: the GNU licences and those that ask for their
// own text no, the Creative Commons licences and the MPL yes, in their own words.
func TestLinkForTextAnswered(t *testing.T) {
	answered(t, "do we really have to ship the full gpl text with our binary, isn't a link enough?",
		[]string{"may a link to `GPL-3.0-only` stand in for its text", "`GPL-3.0-only`: no, a copy of the licence goes with every copy", "#WhyMustIInclude"}, nil)
	answered(t, "can i put a link to the cc by 4.0 license instead of the full text under each photo?",
		[]string{"`CC-BY-4.0`: yes, its text asks you to “include the text of, or the URI or hyperlink to, this Public License”"}, []string{"Shipping the text costs little"})
	answered(t, "can we ship our app with just a link to the mit and apache licences instead of the texts?",
		[]string{"`MIT`: no, its text asks for the text itself", "`Apache-2.0`: no", "Copyright holders may accept a link"}, []string{"Choosing a licence"})
	answered(t, "one cmake module in our gplv3 tool is under the boost software license, and the repo only links to the boost licence online instead of containing a copy. is a link ok?",
		[]string{"`BSL-1.0` code into a `GPL-3.0-only` work", "`BSL-1.0`: no, its text asks for the text itself"}, nil)
	answered(t, "we link to the lgpl library dynamically, is that enough?", nil, []string{"A link in place of the licence text"})
	// The system's copy of the texts pointed at.
	answered(t, "our .deb ships bsd-3-clause code. isn't pointing at the system's common-licenses enough for the copyright file?",
		[]string{"`BSD-3-Clause`: no, its text asks for the text itself"}, nil)
	// Asked as where credit goes: the attribution topic, with the note.
	answered(t, "the date picker we use is bsd-3-clause and my app has no docs at all. would crediting it on my website with a link to the licence be enough?",
		[]string{"and whether a link to the licence is enough", "`BSD-3-Clause`: no, its text asks for the text itself"}, nil)
}

// TestCLAForPermissiveProject: a project's maintainers asking whether they need a CLA
// to relicense later get, when their licence is permissive, that it already lets
// contributions go out under other terms with their notices kept.
func TestCLAForPermissiveProject(t *testing.T) {
	answered(t, "our library is mit. do we need a cla so we could ship it closed one day?",
		[]string{"Asking your project's contributors for a CLA or a DCO", "Under a permissive licence", "may go out inside a release under other terms"}, nil)
	answered(t, "our project is gplv3. do we need a cla so we could relicense later?",
		[]string{"Asking your project's contributors for a CLA or a DCO"}, []string{"Under a permissive licence"})
}

// TestRepublishedAnswered: code said to be published again under another licence gets
// whether the code itself may go under it: for the MPL, the matrix's no, with the larger
// work the MPL allows instead; for permissive code, yes, its notices kept.
func TestRepublishedAnswered(t *testing.T) {
	answered(t, "someone took an mpl-2.0 library and released it as mit. can they do that?",
		[]string{"may `MPL-2.0` code be published again under `MIT`?", "OSADL matrix: No", "The code itself keeps its licence", "Larger Work"}, []string{"The other way round works"})
	answered(t, "we found an abandoned mit project; can we fork it and publish the fork under agpl-3.0-only?",
		[]string{"may `MIT` code be published again under `AGPL-3.0-only`?", "Yes", "notices stay with it"}, nil)
}

// TestSourceLaterAnswered: GPL binaries handed out with the source said to follow later
// get, with the verdict, what the GNU licences ask of the source then; a permissive
// licence does not.
func TestSourceLaterAnswered(t *testing.T) {
	answered(t, "our router firmware is gplv2 and we want to ship it this week, but we'd publish the source later once it's cleaned up. ok?",
		[]string{"⚖️ Source later", "a written offer to supply it"}, nil)
	answered(t, "our app bundles mit code and we'll publish the source later. ok to ship?", nil, []string{"⚖️ Source later"})
	// The source kept on one's own server instead of going with the binaries.
	answered(t, "we hand out GPLv3 binaries on usb sticks at conferences. can the source just live on our ftp/website?",
		[]string{"📦 Source kept elsewhere", "section 6(b)", "#SourceAndBinaryOnDifferentSites"}, []string{"⚖️ Source later"})
	answered(t, "we hand out MIT binaries on usb sticks. can the source just live on our website?", nil, []string{"📦 Source kept elsewhere"})
}

// TestEndorsementPermissionAnswered: a BSD licence's call for written permission, read as
// needed to use the code, gets that it is for the holders' names in endorsements only;
// a question about using their names does not get the note.
func TestEndorsementPermissionAnswered(t *testing.T) {
	note := "Written permission: `BSD-3-Clause` asks for it only to use the names of the copyright holders"
	answered(t, "the lib is bsd-3-clause. do we need written permission to ship it in our app?", []string{note}, nil)
	answered(t, "we'd use a bsd-3-clause widget in our gpl-3.0 app, but its licence seems to say we need written permission. do we?", []string{"`BSD-3-Clause` code into a `GPL-3.0-only` work", note}, nil)
	answered(t, "can we use their name to promote our product? the lib is bsd-3-clause and says written permission", nil, []string{note})
}

// TestDCOCertifiesAnswered: what a Signed-off-by line certifies is answered with the
// Developer Certificate of Origin's four points, first; a question about a CLA alone is
// not.
func TestDCOCertifiesAnswered(t *testing.T) {
	answered(t, "what exactly do i promise when i add a signed-off-by to my commit?",
		[]string{"and what a DCO sign-off certifies", "What a DCO sign-off certifies: A Signed-off-by line certifies the Developer Certificate of Origin 1.1", "https://developercertificate.org/"}, nil)
	answered(t, "should i sign the cla for the kubernetes project?", nil, []string{"What a DCO sign-off certifies"})
}

// TestNoticeFileAnswered: whether an Apache-2.0 work must have a NOTICE file gets that
// the licence asks only to pass on one the work came with (section 4(d)); a question
// about another licence does not.
func TestNoticeFileAnswered(t *testing.T) {
	note := "A NOTICE file: Apache-2.0 does not ask a work to have one"
	answered(t, "our own sdk is licensed apache-2.0. do we need to create a NOTICE file for it?", []string{note, "section 4(d)"}, nil)
	answered(t, "our own sdk is mit. do we need to create a NOTICE file for it?", nil, []string{note})
	answered(t, "Shouldn't an Apache licensed package include a NOTICE file? Apache's page on source headers seems to say one is needed.", []string{note}, nil)
	answered(t, "our apache-2.0 package ships a notice file. what goes in it?", nil, []string{note})
	answered(t, "does apache 2.0 force us to have a NOTICE file in our repo?", []string{note}, nil)
	// Said of a project that has none, asked of no use: the profile, restated.
	answered(t, "opencost is apache 2.0 but has no NOTICE file. isn't one required?",
		[]string{"As I read it: does `Apache-2.0` require a NOTICE file, and what does it ask?", note}, nil)
	answered(t, "our repo is apache 2.0 with no notice file, is that ok?", []string{note}, nil)
}

// TestWhyMovedToCopyleftAnswered: why a project would move to a copyleft licence is
// answered with what copyleft does, before what the licences named allow.
func TestWhyMovedToCopyleftAnswered(t *testing.T) {
	answered(t, "why would a notes app switch from apache 2.0 to gpl? what does that actually get the author",
		[]string{"a question about what copyleft means", "It binds those who receive the code, not its copyright holders"}, []string{"OSADL matrix"})
}

// TestOwnBreachAnswered: the asker's copies said to go out without what the licence asks
// (the notice, or a GPL licence's source) get first that they do not meet its condition;
// a closed program of one's own, or use in house, does not.
func TestOwnBreachAnswered(t *testing.T) {
	answered(t, "copilot regurgitated a chunk of mit code, i ship it without the notice. is that on me?",
		[]string{"⚖️ Without its notice: `MIT` lets you hand the code out only with its copyright notice and licence text kept", "infringes its authors' copyright"}, nil)
	answered(t, "we ship our router firmware with busybox but without the source. is that ok?",
		[]string{"⚖️ Without its source: `GPL-2.0-only`"}, nil)
	answered(t, "can i sell a closed-source plugin for gimp?", nil, []string{"⚖️ Without its"})
	answered(t, "pygame is lgpl. can i sell a closed-source game made with it?", nil, []string{"⚖️ Without its"})
	answered(t, "we use mit code internally without the notice, fine?", nil, []string{"⚖️ Without its"})
}

// TestShortenedLicenceTextAnswered: leaving part of a licence's text out of the copies
// shipped gets that the text goes whole (for the GNU licences, with the GPL FAQ).
func TestShortenedLicenceTextAnswered(t *testing.T) {
	answered(t, "can we drop the preamble from the gpl text we ship, to keep it short",
		[]string{"may the text of `GPL-3.0-only` that goes with the code be shortened?", "The licence text goes with the code whole", "gpl-faq.html#GPLOmitPreamble"}, nil)
	answered(t, "we ship the gpl text in a COPYING file with our firmware. ok?", nil, []string{"goes with the code whole"})
}

// TestHeaderOnlyLGPLAnswered: a header-only LGPL library is read as linked statically,
// and the answer says why and what the LGPL leaves free of its terms in headers.
func TestHeaderOnlyLGPLAnswered(t *testing.T) {
	answered(t, "jsonrpc-lean is header only but lgpl 2.1, which wants dynamic linking. how is that supposed to work in a closed app?",
		[]string{"linked statically", "A header-only library is compiled into every program that includes it", "ten lines or fewer"}, []string{"Taken as linked dynamically"})
	answered(t, "The header only holds a config struct from the GPLv3 bootloader. Can our MIT firmware include it?", nil, []string{"header-only library"})
}

// TestNDAOnGPLCopiesAnswered: GPL code handed out under a non-disclosure agreement gets
// that the GPL forbids adding such restrictions; an NDA over something else does not.
func TestNDAOnGPLCopiesAnswered(t *testing.T) {
	answered(t, "Can we ship our GPL-based tool to a customer under an NDA?",
		[]string{"⚖️ An NDA on the copies you hand out", "GPLv2 section 6, GPLv3 section 10"}, nil)
	answered(t, "can we give our gpl app to beta testers who sign an nda not to share the build?", []string{"⚖️ An NDA on the copies you hand out"}, nil)
	answered(t, "I wrote a HotswapAgent plugin for a closed system whose internals are under NDA, and I'd like to give the plugin to the community for free. HotswapAgent is GPL 2 with no exception for plugins. Does the plugin have to be GPL?",
		nil, []string{"NDA on the copies"})
	answered(t, "Can we ship our MIT tool to a customer under an NDA?", nil, []string{"NDA on the copies"})
	// Changes developed for a client under an NDA: allowed, and what the client gets
	// comes with the licence's rights.
	answered(t, "A client wants us to modify a GPL program for them under an NDA and keep the changes private until they say so. Does the GPL allow that?",
		[]string{"⚖️ Changes developed under an NDA", "the client may pass it on", "DevelopChangesUnderNDA"}, []string{"NDA on the copies"})
	answered(t, "we customise an agpl app for a customer under an nda. fine?", []string{"⚖️ Changes developed under an NDA"}, nil)
	answered(t, "we customise an mit app for a customer under an nda. fine?", nil, []string{"Changes developed under an NDA"})
}

// TestLGPLLinkTaken: an LGPL library in a closed work, with nothing said of how it goes
// in, is answered as linked dynamically, saying so, with static linking one click away;
// said to be compiled in, or copied, it is not.
func TestLGPLLinkTaken(t *testing.T) {
	answered(t, "the pdf widget we found is lgpl-3.0. fine for our closed-source accounting suite?",
		[]string{"may `LGPL-3.0-only` code be linked dynamically into your closed-source work?", "Taken as linked dynamically", "Another use"}, nil)
	answered(t, "the pdf widget we found is lgpl-3.0 and we compile it statically into our closed-source accounting suite. fine?",
		[]string{"statically"}, []string{"Taken as linked dynamically"})
	answered(t, "we copied a few functions of an lgpl-3.0 widget into our closed-source accounting suite. fine?",
		nil, []string{"Taken as linked dynamically"})
}

// TestMediaCollectedAnswered: an image, icon or sound included unmodified in the asker's
// program is answered as what shipping that work asks, with the note that it is part of
// a collection, not adapted into the program; a changed one keeps the compatibility
// answer.
func TestMediaCollectedAnswered(t *testing.T) {
	answered(t, "Our Rust node is MIT/Apache dual-licensed, but one of the images we embed in the binary (a heart icon) is CC-BY-SA 3.0. Does share-alike on a picture spread to the program?",
		[]string{"may a work under `CC-BY-SA-3.0` (an image, icon, sound or font), unmodified, be given out with your work under `MIT OR Apache-2.0`?", "part of a collection", "4-4-remixing-cc-licensed-work"},
		[]string{"code into"})
	answered(t, "Our game is MIT and we recoloured a CC-BY-SA 4.0 icon set that we bundle in the build. Does share-alike spread to the game?",
		[]string{"`CC-BY-SA-4.0`"}, []string{"part of a collection"})
	answered(t, "Our game's code is GPLv2 and the engine loads textures and music under CC BY-SA 3.0 by file name at runtime. Can those assets ship with the GPLv2 code in one package?",
		[]string{"may a work under `CC-BY-SA-3.0` (an image, icon, sound or font), unmodified, be given out with your work under `GPL-2.0-only`?", "part of a collection", "Nor does `GPL-2.0-only` reach the work"},
		[]string{"code into"})
}

// TestFormerLicenceAnswered: a work said to have moved from one licence to another,
// asked which holds, gets the profile of the licence now, restated with the former one,
// what copies received before the change keep, and the former licence one click away.
func TestFormerLicenceAnswered(t *testing.T) {
	answered(t, "roboto mono used to be apache 2.0 and now the repo says OFL. which licence is it under now, and what about the copy we already bundle?",
		[]string{"As I read it: what licence is it under now, after `Apache-2.0`?", "`OFL-1.1`: SIL Open Font License 1.1", "A licence once granted is not taken back", "a copy you already have keeps them", "[As Apache-2.0 | ask Apache-2.0]"},
		[]string{"can code under"})
}

// TestForkKeepsItsLicenceAnswered: the asker's fork, taken before the project changed
// its licence, gets the profile of the licence it was taken under, what the fork keeps
// and what merging later changes brings, with the project's new licence one click away.
func TestForkKeepsItsLicenceAnswered(t *testing.T) {
	answered(t, "we forked it while it was still under apache 2.0, and now the project went agpl. is our fork still apache?",
		[]string{"As I read it: what licence is your fork under, taken while the project was under `Apache-2.0`?", "`Apache-2.0`: Apache License 2.0",
			"has moved to `AGPL-3.0-only` since", "the code you forked stays under `Apache-2.0`", "a fork that goes on merging those changes", "[As AGPL-3.0-only | ask AGPL-3.0-only]"},
		[]string{"modified:"})
}

// TestSeparateProgramsCombined: licences given as those of separate programs shipped
// together get the aggregate note beside what combining them into one program takes;
// code combined with no such words gets the combination alone.
func TestSeparateProgramsCombined(t *testing.T) {
	answered(t, "dosfstools has one tool that is gplv2-only and another that's gpl3+. isn't shipping them together a licence clash?",
		[]string{"or shipped side by side as separate programs?", "Separate programs shipped together are an aggregate", "OSADL matrix: No"}, nil)
	answered(t, "can gpl-2.0-only and apache-2.0 code be combined?",
		[]string{"be combined in one work, and under which licence?"}, []string{"aggregate"})
}

// TestCompleteSourceAndExclusiveCLA: the distribution topic says what complete source
// is, build scripts and all; the CLA topic says what an exclusive grant takes from the
// one who signs.
func TestCompleteSourceAndExclusiveCLA(t *testing.T) {
	answered(t, "vendor dumped the gpl sources for their e-reader but no makefiles. is that enough?",
		[]string{"What counts as distribution", "the scripts that control how it is built and installed", "Sources without their makefiles or build scripts fall short"}, nil)
	answered(t, "the bignum lib's cla reads like i hand over EXCLUSIVE rights to my fix, but i already use that snippet in my own codebase. should i sign?",
		[]string{"Signing a contributor licence agreement", "non-exclusive licence", "assigns the copyright or grants an exclusive licence takes that right from you"}, nil)
}

// TestUnknownProjectAnswered: the licence of a project the bot does not know is asked
// about, or whether it may be used ("can i use crcpp in a commercial project?"): the
// reply names it, gives no licence or verdict, and says how to find the licence; "which
// license does ksw2 use?" is no question of the policy.
func TestUnknownProjectAnswered(t *testing.T) {
	answered(t, "what licence is mapsui under? nuget and the repo don't say. can i use it in a paid app?",
		[]string{"As I read it: what licence is `mapsui` under?", "I do not know `mapsui`", "license https://github.com/OWNER/REPO", "the code is under none"},
		[]string{"Allowed", "Needs approval", "names no licence, project or OSPO topic"})
	answered(t, "which license does ksw2 use?", []string{"I do not know `ksw2`"}, []string{"The licence policy"})
	// Asked whether it may be used, shipped or bundled, the same: its licence decides.
	answered(t, "can i use crcpp in a commercial project?",
		[]string{"As I read it: may you use `crcpp` as you describe? Its licence decides that.", "I do not know `crcpp`", "license https://github.com/OWNER/REPO"},
		[]string{"names no licence, project or OSPO topic"})
	answered(t, "can we ship prebuilt fdkaac binaries with our tool's downloads", []string{"I do not know `fdkaac`"}, nil)
	// Put into a product, or a part of the project named after it ("watermark-anything's
	// released weights"): the project is what is used; what is put up for download is not.
	answered(t, "can we put watermark-anything's released weights into our paid product?", []string{"I do not know `watermark-anything`"}, nil)
	answered(t, "can we put foamfix in our curse modpack?", []string{"I do not know `foamfix`"}, nil)
	// A clause between the project and where it goes, and a project asked of its author.
	answered(t, "can we deploy rife, pretrained models included, in a commercial product?", []string{"I do not know `rife`"}, nil)
	answered(t, "i teach distributed programming in local college, ok to use your distsys-class material in my course with credits?", []string{"I do not know `distsys-class`"}, nil)
	// Asked other ways: what licence the parts of a project are under, whose licence it
	// is, whether it may be bundled or used commercially.
	for text, name := range map[string]string{
		"what licence are the wallpapers in the fondo app under?":                              "fondo",
		"what licence are the senorita dataset and model under":                                "senorita",
		"what's mononoki's licence? ok to use it in conference slides?":                        "mononoki",
		"putting together a modpack, am i allowed to bundle the AdvancementInfo mod in it?":    "AdvancementInfo",
		"ok to use the materialos app icons in my substratum theme?":                           "materialos",
		"is wsay usable commercially?":                                                         "wsay",
		"any way to use crisperwhisper in our paid transcription api?":                         "crisperwhisper",
		"can we use the ru-dalle code and pretrained models in a commercial product?":          "ru-dalle",
		"can i lift the glsl shaders out of gllock and ship them in my game?":                  "gllock",
		"what licence are the eck helm charts under, and which ones need a paid subscription?": "eck",
		"are tanks of freedom's art and sounds under the same licence as the code?":            "tanks of freedom",
	} {
		answered(t, text, []string{"I do not know `" + name + "`"}, []string{"names no licence, project or OSPO topic"})
	}
	answered(t, "unity's demo: what licence are the models and textures under?", nil, []string{"I do not know `models"})
	answered(t, "we build our tool from source in ci. can we put the resulting binaries up for free download", nil, []string{"I do not know `"})
	answered(t, "can i use some code in a commercial project?", []string{"names no licence, project or OSPO topic"}, []string{"I do not know `"})
	// Where code is found is no project: "copy a snippet from github".
	answered(t, "can we copy a snippet from github into our app?", nil, []string{"I do not know `"})
	// A known project named as the kind of the asker's work ("our react app") is what the
	// work is built with: the thing asked to be used is the question. Asked of alone, or
	// beside a licence, it keeps its part.
	answered(t, "can we use fairy-stockfish in our closed-source react app?", []string{"I do not know `fairy-stockfish`"}, []string{"Read “react” as `MIT`"})
	answered(t, "can we use a gpl library in our closed-source react app?", []string{"`GPL-3.0-only`"}, []string{"MIT"})
	answered(t, "what do we owe for our react app?", []string{"Read “react” as `MIT`"}, nil)
}

// TestLicenceFileAgainstAnotherSource: when the licence file says one licence and a
// package page another (a code host's label being the file's), the answer says which
// holds and why, profiles the file's, and offers the other one click away. Two reports
// with no licence file named get neither.
func TestLicenceFileAgainstAnotherSource(t *testing.T) {
	answered(t, "goober npm package says isc but the repo has an mit license file. which?",
		[]string{"As I read it: which licence holds when the licence file says `MIT` and npm says `ISC`?", "The licence file is the licence the copyright holders granted",
			"`MIT`: MIT License", "[As ISC | ask ISC]"},
		[]string{"`ISC`: ISC License"})
	// A thing named for projects ("godot blender exporter"), its own files said: the
	// files' licences, not Blender's.
	answered(t, "godot blender exporter: license file is gpl3 but readme says gpl2+. which is it?",
		[]string{"the licence file says `GPL-3.0-only` and the README says `GPL-2.0-or-later`"}, []string{"Read “blender”"})
	answered(t, "the COPYING file is gplv3 but the readme says gpl2+. which is it?",
		[]string{"the licence file says `GPL-3.0-only` and the README says `GPL-2.0-or-later`", "The two agree", "`GPL-2.0-or-later`: GNU General Public License v2.0 or later", "As GPL-3.0-only"}, nil)
	// A code host's label is the licence file's.
	answered(t, "doclayout-yolo: hugging face says apache 2.0, github says agpl. which is right?",
		[]string{"which licence holds when the licence file says `AGPL-3.0-only` and Hugging Face says `Apache-2.0`?", "So the code is read as `AGPL-3.0-only`, the file's licence"}, nil)
	// Two reports and no licence file: neither holds; both are profiled, with where the
	// grant is and how to read it.
	answered(t, "polar bookshelf: package.json says mit, readme says gpl. which is it?",
		[]string{"which licence holds when package.json says `MIT` and the README says `GPL-3.0-only`?", "Neither settles it", "license URL", "`MIT`: MIT License", "`GPL-3.0-only`: GNU General Public License v3.0 only"},
		[]string{"How will"})
}

// TestClaimOfAProjectAnswered: whether a well-known project is still under a licence it
// left is answered with its own licence and the page that says so, the version the
// licence said was for, and the licence said one click away; a claim that holds, for the
// version asked, is confirmed with its page.
func TestClaimOfAProjectAnswered(t *testing.T) {
	answered(t, "is terraform still mpl?",
		[]string{"is terraform under `MPL-2.0`?", "No: terraform is under `BUSL-1.1`", "`MPL-2.0` was its licence for", "As MPL-2.0"}, nil)
	answered(t, "is redis 7.2 still bsd?",
		[]string{"is redis under `BSD-3-Clause`?", "Yes: redis is under `BSD-3-Clause`", "for Redis 7.2 and earlier"}, []string{"No:"})
}

// TestProjectSaidUnderAnotherLicence: a verdict on a project the message says is under
// a licence its data does not give is for the licence said, and says what the data gives,
// with the verdict on that one, for the same use, one click away (once).
func TestProjectSaidUnderAnotherLicence(t *testing.T) {
	answered(t, "I want plupload for the uploads on our commercial website. It's GPLv2, and our build minifies every script into one bundle. Can I use it without opening my own code?",
		[]string{"`GPL-2.0-only` in something you distribute", "You said plupload is under `GPL-2.0-only`; plupload is under `AGPL-3.0-only`, as https://www.npmjs.com/package/plupload says",
			"[As AGPL-3.0-only | ask AGPL-3.0-only for distributed]"}, nil)
	answered(t, "redis is bsd and we ship it in our appliance. ok?",
		[]string{"You said redis is under `BSD-3-Clause`", "`BSD-3-Clause` was its licence for Redis 7.2 and earlier", "The answer below is for `BSD-3-Clause`"}, nil)
	answered(t, "busybox is gpl v2 and we ship it in our router firmware. ok?", []string{"`GPL-2.0-only` in something you distribute"}, []string{"You said"})
	// The licence the data gives, already among the other versions offered, is one button.
	got := answered(t, "my kernel module is gplv3 and we load it into our product's kernel. ok?", []string{"You said kernel module is under `GPL-3.0-only`", "[As GPL-2.0-only |"}, nil)
	if n := strings.Count(got, "[As GPL-2.0-only |"); n != 1 {
		t.Errorf("the data's licence offered %d times:\n%s", n, got)
	}
	// Another work's parts written in a project's language are no claim about the project.
	answered(t, "We use json-schema-codegen, which is GPL, to generate client code. Its Jinja templates are GPL too. Is our generated code GPL?",
		[]string{"`GPL-3.0-only`"}, []string{"You said", "BSD-3-Clause"})
	// Doubted while a use is asked about, the claim is checked: the verdict is on the
	// project's own licence, with the licence said one click away for the same use.
	answered(t, "the alpine glibc apk is tagged gpl, is glibc really gpl?? we link a commercial app against it",
		[]string{"`LGPL-2.1-or-later` linked dynamically", "No: glibc is under `LGPL-2.1-or-later`", "[As GPL-3.0-only | ask GPL-3.0-only for dynamic linking]"}, []string{"mobile app"})
	// Remembered, and asked whether that still holds.
	answered(t, "I remember glibc being GPL. is that still the case? we link our commercial app against it",
		[]string{"No: glibc is under `LGPL-2.1-or-later`"}, []string{"You said glibc"})
	answered(t, "I remember glibc being GPL. we link our commercial app against it, ok?", []string{"You said glibc is under `GPL-3.0-only`"}, nil)
}

// TestCombinationReadingButtons: each other reading of a combination is one button; a
// retired ID names its version ("LGPL-3.0"), so it is offered only that version's other
// form, never another version.
func TestCombinationReadingButtons(t *testing.T) {
	got := answered(t, "can we combine LGPL-3.0 and LGPL-2.1 code with MIT in one app?",
		[]string{"[As LGPL-3.0-or-later |", "[As LGPL-2.1-or-later |"}, []string{"LGPL-3.0-only as LGPL-2.1-or-later"})
	if n := strings.Count(got, "As LGPL-3.0-or-later"); n != 1 {
		t.Errorf("%d buttons read LGPL-3.0-only as LGPL-3.0-or-later, want one:\n%s", n, got)
	}
}

// TestCombinationTakenAsLaterVersion: a combination whose whole can go under an "or
// later" licence only through a later version says so.
func TestCombinationTakenAsLaterVersion(t *testing.T) {
	answered(t, "can we combine GPL-2.0-or-later and Apache-2.0 code in one program?",
		[]string{"Yes, with the whole under `GPL-2.0-or-later` (taken as `GPL-3.0-or-later`)", "Apache-2.0 code fits no earlier version"}, nil)
}

// TestFormerLicenceWithVerdict: a licence said to be the past, and another the one now,
// with what is owed asked ("used to be under MIT and has just been relicensed to CC BY
// 4.0. What do we need to do in the app to stay compliant?"), gets the verdict on the
// licence now and what the change means for copies already had.
func TestFormerLicenceWithVerdict(t *testing.T) {
	answered(t, "Our Android app bundles the Privacy Guides database of app signing-certificate hashes so users can verify installs. That database used to be under MIT and has just been relicensed to CC BY 4.0. What do we need to do in the app to stay compliant?",
		[]string{"may `CC-BY-4.0` code be used in a mobile app, and what do you owe under it?", "You said it was under `MIT` before", "A licence once granted is not taken back"},
		[]string{"`MIT` code into"})
}

// TestProjectLogoNote: a question about a project's logo gets, after its answer, what a
// licence does not give of a logo or name (their use as a mark), and a question naming
// nothing else gets that as its answer; the asker's own logo, made with a font, does not.
func TestProjectLogoNote(t *testing.T) {
	answered(t, "lutris got rejected from debian just because the retropie logo is cc-by-nc-sa 2.0? one logo blocks the whole package?",
		[]string{"`CC-BY-NC-SA-2.0`", "A project's logo and name are its marks", "Apache-2.0 says so in section 6"}, nil)
	answered(t, "what licence is the official debian logo, the one with the word debian? want to use it in community artwork",
		[]string{"As I read it: may a project's logo be used, and under what licence?", "A project's logo and name are its marks"}, []string{"names no licence, project or OSPO topic"})
	answered(t, "making our company logo from montserrat (ofl) and tweaking a few letter shapes, is that ok", []string{"`OFL-1.1`"}, []string{"its marks"})
	// The logo of a project whose licence is read from its data: that licence is its
	// code's, so the logo is the answer, not how the code would be used.
	answered(t, "can we use the ansible logo as the avatar of our internal gitlab playbook repos",
		[]string{"may ansible's logo be used, and is it under its code's `GPL-3.0-or-later`?", "does not make the logo yours to use", "A project's logo and name are its marks"},
		[]string{"How will"})
}

// TestEPLSecondaryLicenceCompatibility: EPL-2.0 code going into a GPL work depends on
// the notice that names the GPL as its Secondary License, and the answer says so, with
// where it comes from, alone and in a combination, where the matrix's own "check
// dependency" (EPL-2.0 into an LGPL work) keeps its words.
func TestEPLSecondaryLicenceCompatibility(t *testing.T) {
	answered(t, "can EPL-2.0 code go into a GPL-2.0-only project?",
		[]string{"EPL-2.0's Secondary License (section 3.2 and Exhibit A): Check dependency", "Exhibit A notice naming that licence", "Source: https://www.gnu.org/licenses/license-list.html#EPL2"},
		[]string{"linking versus copying"})
	answered(t, "EPL-2.0 module + GPLv3 code in the same binary, can that ship?",
		[]string{"Under GPL-3.0-only: cannot say; for EPL-2.0 code it depends, as EPL-2.0's Secondary License", "Source: https://www.gnu.org/licenses/license-list.html#EPL2", "OSADL"},
		[]string{"depends on how the code is combined"})
	answered(t, "can EPL-2.0 code go into our LGPL-2.1 library?", []string{"OSADL matrix: Check dependency", "linking versus copying"}, []string{"Secondary License"})
	// A combination whose lines all say no gives no statement, so no source for one.
	answered(t, "can EPL-1.0, EPL-2.0 and GPL code be combined in one work?",
		[]string{"Under EPL-2.0: no", "Under GPL-3.0-only: no"}, []string{"license-list.html#EPL2"})
	// The headline names the licences' own terms when a pair comes from them, not only
	// the matrix.
	answered(t, "can gpl-3.0 and cc-by-nc-4.0 code be combined in one work?",
		[]string{"OSADL matrix and the licences' own terms: No", "Under CC-BY-NC-4.0: no; GPL-3.0-only code may not go into it"}, nil)
	answered(t, "can mit and apache-2.0 code be combined in one work?", []string{"be combined in one work? OSADL matrix: Yes"}, []string{"own terms"})
}

// TestRelicenseAskedOfMaintainers: asking a project's maintainers to move it to another
// licence is answered with what moving a released project takes, without offering the
// asker a release of a project that is not theirs; the verdict on the project as it is,
// for the use the message gives, is one click away, unless the message says the move
// "from" one licence "to" another, whose first licence is not read.
func TestRelicenseAskedOfMaintainers(t *testing.T) {
	answered(t, "your plotting lib is AGPL and we'd like to ship it in our desktop product. would you consider relicensing it under MIT?",
		[]string{"needs the agreement of everyone who holds copyright", "As it is: AGPL-3.0-only, in something you distribute"}, []string{"Request: Open-source a project"})
	answered(t, "the parser is gplv3, which keeps us out. any chance of lgpl or mit instead?", []string{"needs the agreement of everyone who holds copyright", "Using it as it is: GPL-3.0-only"}, []string{"Request:"})
	// A move said from one licence to another leaves the licence it leaves unread: no
	// verdict on a licence the project does not have yet.
	answered(t, "would you be open to relicensing your crate from GPL-3.0 to MIT? we want to ship it in our desktop app", []string{"needs the agreement of everyone who holds copyright"}, []string{"As it is", "Request:"})
}

// TestClashingLicencesInOneVerdict: a verdict on licences that no one of them can cover
// together says so and offers the combination answer; licences that can share a work,
// and code shipped as a separate program, get no such warning.
func TestClashingLicencesInOneVerdict(t *testing.T) {
	answered(t, "our app has some gpl-2-only files and a lib we link just went gpl-3+. can we still ship it?",
		[]string{"`GPL-2.0-only` and `GPL-3.0-or-later` cannot be combined in one program", "Can they be combined?"}, nil)
	answered(t, "Our Android app uses ExoPlayer (Apache 2.0) and an LGPL ffmpeg build. What must we do for the Play Store release?",
		[]string{"`Apache-2.0 AND LGPL-2.1-or-later`"}, []string{"cannot be combined"})
	answered(t, "our closed app calls a gpl program via its command line. fine?", nil, []string{"cannot be combined"})
}

func TestConjuncts(t *testing.T) {
	for expr, want := range map[string][]string{
		"MIT AND (Apache-2.0 OR BSD-2-Clause)":                   {"MIT", "Apache-2.0 OR BSD-2-Clause"},
		"(GPL-2.0-only AND GPL-3.0-or-later)":                    {"GPL-2.0-only", "GPL-3.0-or-later"},
		"(MIT OR Apache-2.0) AND (GPL-2.0-only OR BSD-3-Clause)": {"MIT OR Apache-2.0", "GPL-2.0-only OR BSD-3-Clause"},
		"GPL-2.0-only WITH Classpath-exception-2.0 AND MIT":      {"GPL-2.0-only WITH Classpath-exception-2.0", "MIT"},
	} {
		if got := license.Conjuncts(expr); !slices.Equal(got, want) {
			t.Errorf("Conjuncts(%q) = %q, want %q", expr, got, want)
		}
	}
}

// TestWhatALicenceAsksForTheUseSaid: a question of what a licence asks that gives a use
// ("material icons in our android app, do we have to credit google?") is restated with
// that use, and its verdict for that use comes before the licence's profile; without a
// use, the profile invites one.
func TestWhatALicenceAsksForTheUseSaid(t *testing.T) {
	answered(t, "we use an apache 2.0 stream library in our android app. do we have to credit it somewhere?",
		[]string{"what does `Apache-2.0` allow and require, in a mobile app?", "Policy, in a mobile app", "Apache-2.0: allowed with obligations. Its obligations are below.", "That verdict is for the use you gave"},
		[]string{"Ask with a use for its verdict"})
	answered(t, "what does the mit licence require?",
		[]string{"`MIT`", "Ask with a use for its verdict"},
		[]string{"Policy, in", "That verdict is for the use you gave"})
}

// TestLicenceFileAgainstAFileHeader: a file's header that disagrees with the licence file
// is a notice for that file, not a report of the project's licence: the answer reads the
// project as the licence file's and says the header may mean that file is under another.
func TestLicenceFileAgainstAFileHeader(t *testing.T) {
	answered(t, "electron-vibrancy: package.json and LICENSE say mit but every source file has a gpl header. dual licensed or what",
		[]string{"the licence file says `MIT` and the source file headers say `GPL-3.0-only`", "a notice for that file", "may mean that file is under `GPL-3.0-only`"},
		[]string{"only reports it"})
}

// TestLicenceFileAgainstASourceWithAUse: a use asked of a project whose licence file and
// another source disagree gets the verdict for the licence file's licence, says which
// source says what, and gives the other licence's verdict for the same use a click away.
func TestLicenceFileAgainstASourceWithAUse(t *testing.T) {
	answered(t, "the LICENSE file is mit but pypi says gpl. can we ship it in our product?",
		[]string{"may `MIT` code be used in something you distribute?", "according to PyPI it is `GPL-3.0-only`", "As GPL-3.0-only"},
		[]string{"OSADL matrix"})
}

// TestLicenceFileAgainstNpmUnlicensed: npm's UNLICENSED beside a licence file is said to
// grant nothing, unlike The Unlicense, and the licence file's grant is what the answer is
// for; a use asked gets that licence's verdict with the same note.
func TestLicenceFileAgainstNpmUnlicensed(t *testing.T) {
	answered(t, "styled-react-modal says UNLICENSED in package.json but the licence file is the unlicense. which one is it?",
		[]string{"package.json says `UNLICENSED`", "grant no licence at all", "it is not The Unlicense", "read as `Unlicense`"},
		[]string{"As UNLICENSED"})
	answered(t, "package.json says UNLICENSED but the LICENSE file is MIT. can we ship it in our app?",
		[]string{"may `MIT` code be used in something you distribute?", "grant no licence at all", "The answer below is for `MIT`"},
		[]string{"As UNLICENSED", "no licence be used"})
}

// TestSellingOpenSource: a question whether open source code may be sold gets the
// selling topic with its source, and each licence named beside what it obliges; with no
// licence named, the policy for the topic's example.
func TestSellingOpenSource(t *testing.T) {
	answered(t, "We sell a WordPress plugin and want it in the wordpress.org directory. The plugin is GPL, but the full feature set needs a paid licence key. A blog post claims charging a fee isn't GPL compliant. Is that right, or is the directory rule something else?",
		[]string{"a question about selling open source software, naming `GPL-2.0-or-later`", "you may charge any price", "plugin directory", "`GPL-2.0-or-later` (GNU General Public License v2.0 or later) — restricted: Keep copyright", "https://www.gnu.org/philosophy/selling.html"},
		[]string{"Needs approval", "Another use"})
	answered(t, "can we sell open source software?",
		[]string{"Selling open source software", "For example, the policy for `GPL-3.0-only`"}, nil)
}

// TestClosedCodeIntoOwnGPLWork: closed code taken into the asker's GPL work is answered
// as that: the whole must go out under the GPL, the system library exception does not
// reach a shipped SDK, and the work's copyright holders can add a permission; reading the
// GPL as code taken in is one click away.
func TestClosedCodeIntoOwnGPLWork(t *testing.T) {
	answered(t, "our gplv3 game wants to LoadLibrary the closed steamworks dll at runtime. does dynamic loading get around the gpl?",
		[]string{"may closed (proprietary) code go into your work under `GPL-3.0-only`?", "only with a permission from the work's copyright holders", "system libraries", "GPLv3 section 7", "gpl-faq.html#GPLIncompatibleLibs", "As GPL-3.0-only code you take in"},
		[]string{"Needs approval", "linked dynamically into your work"})
	// Kept in house, the GPL asks nothing of the combination: the policy's verdict stands.
	answered(t, "our gplv3 tool links a proprietary library, but only for internal use on our own servers. ok?",
		nil, []string{"only with a permission from the work's copyright holders"})
}

// TestOwnPackageWithoutLicenceFiles: the asker's own package said to lack its licence
// files is a question of what the licence asks of what is shipped, not of code without a
// licence; a repository found without one still is.
func TestOwnPackageWithoutLicenceFiles(t *testing.T) {
	answered(t, "We publish our Kubernetes GPU driver's Helm chart as a tarball, and the project is Apache 2.0. Someone noticed the packaged chart has no licence files in it at all, only the source repo does. What does the Apache licence expect in the chart package we distribute?",
		[]string{"what does `Apache-2.0` allow and require, in something you distribute?", "Ship the NOTICE file"},
		[]string{"no licence be used", "Code with no licence"})
	answered(t, "I found a repo with no licence file, can I use it in my MIT project?",
		[]string{"may code that has no licence be used in your work under `MIT`?"}, nil)
}

// TestOriginalMPLAndTheGPL: the original MPL, which the matrix lacks, and the GPL are
// answered from Mozilla's report of the FSF's view, with its source.
func TestOriginalMPLAndTheGPL(t *testing.T) {
	answered(t, "what exactly made netscape's MPL 1.0 incompatible with the GPL?",
		[]string{"`MPL-1.0` code into a `GPL-3.0-only` work — FSF, as Mozilla reports it: No.", "www-archive.mozilla.org/MPL/relicensing-faq.html"},
		[]string{"Not known"})
}

// TestLicenceRefThePolicyDoesNotKnow: a LicenseRef is not assumed to be the
// organisation's own: one the policy does not place ("LicenseRef-KDE-Accepted-LGPL" in a
// KDE library) is said to be unknown to it, one it places is said to be named by it.
func TestLicenceRefThePolicyDoesNotKnow(t *testing.T) {
	answered(t, "what does LicenseRef-KDE-Accepted-LGPL require?",
		[]string{"`LicenseRef-KDE-Accepted-LGPL`: a licence outside the SPDX licence list (a LicenseRef- ID) that the policy does not know."},
		[]string{"the organisation's own licence"})
	answered(t, "policy LicenseRef-Commons-Clause",
		[]string{"`LicenseRef-Commons-Clause`: a licence outside the SPDX licence list (a LicenseRef- ID) that the policy names."}, nil)
}

// TestShareAlikeContent: the Creative Commons ShareAlike licences are the default
// policy's copyleft for content: what they ask is credit and the same licence on adapted
// versions, not a program's complete source; the NonCommercial ones say that their
// holders can license a commercial use.
func TestShareAlikeContent(t *testing.T) {
	answered(t, "can we use cc-by-sa 4.0 images in our app?",
		[]string{"share alike category", "Credit the author and the source", "Adapted versions you share"},
		[]string{"complete corresponding source"})
	// A NonCommercial licence says who may grant what it withholds.
	answered(t, "The pretrained weights are published under CC BY-NC-SA 4.0. Our company would like to run forecasts with them in a commercial service. Is there any way to get a commercial licence for the checkpoints?",
		[]string{"Not allowed", "the copyright holders can grant a separate licence for such a use"}, nil)
	// The GFDL, for manuals, is a copyleft for text too, with what it asks beyond them.
	answered(t, "what does the gfdl 1.3 ask of us?",
		[]string{"Category: share alike", "Include the GFDL's own text with every copy", "transparent copy"}, []string{"Ask the OSPO to classify"})
}

// TestDataLicencesClassified: the data licences no public classification covers have
// the default policy's category: the ODbL with the share-alike licences and what it asks
// of maps and changed databases, ODC-By with the notice licences, the PDDL unencumbered.
func TestDataLicencesClassified(t *testing.T) {
	answered(t, "what does the odbl ask of us?",
		[]string{"Category: share alike", "produced work (a rendered map, a chart)", "derivative database"}, []string{"unknown", "Ask the OSPO to classify"})
	answered(t, "can we use ODC-By-1.0 data in our saas?", []string{"notice category"}, []string{"unknown"})
	answered(t, "can we ship PDDL-1.0 data in our app?", []string{"unencumbered category", "Allowed"}, []string{"unknown"})
	// Tiles rendered from ODbL data are a Produced Work, which the share-alike does not
	// reach; an extract or vector tiles carry the data itself.
	answered(t, "we render our own map tiles from osm data. can the tiles go out under cc by-nc-nd or does the odbl share-alike block that",
		[]string{"the ODbL's own terms: Yes", "Produced Works", "section 4.3", "sections 4.4(c) and 4.6"}, nil)
	answered(t, "we make our own vector tiles from osm data. can the tiles go out under cc by-nc-nd or does the odbl share-alike block that", []string{"the ODbL's own terms: No"}, []string{"Produced Works"})
	// MIT No Attribution waives MIT's one condition: no notices are owed.
	answered(t, "can we ship MIT-0 code in our closed app?", []string{"unencumbered category", "Allowed"}, []string{"Keep the copyright and licence notices"})
}

// TestCompatibilityNoWithTheOtherWayOpen: a "no" whose other direction is a "yes" says
// that the two can still be combined with the whole under the stricter licence, so that
// it does not read as "never together".
func TestCompatibilityNoWithTheOtherWayOpen(t *testing.T) {
	answered(t, "our messenger is apache 2. can we reuse signal's gplv3 library code directly or do we have to rewrite it?",
		[]string{"OSADL matrix: No", "The other way round works (OSADL matrix: Yes): `Apache-2.0` code may go into a `GPL-3.0-only` work", "released under `GPL-3.0-only`"},
		nil)
	answered(t, "can gpl-3.0-only code go into an apache-2.0 project we distribute?", []string{"The other way round works"}, nil)
	answered(t, "can apache-2.0 code go into a gpl-3.0-only project?", []string{"OSADL matrix: Yes"}, []string{"The other way round works"})
}

// TestTermsBesideAnOpenLicence: a ban on commercial use or selling written next to an
// open source licence is answered by what the licence says of added terms, with the
// licence named; a non-commercial licence asked about alone is not.
func TestTermsBesideAnOpenLicence(t *testing.T) {
	answered(t, "the toolkit is lgpl-2.1 but its website says not for resale. can they add that?",
		[]string{"terms that forbid commercial use, written beside `LGPL-2.1-only`", "Terms written beside an open source licence", "section 10", "https://www.gnu.org/licenses/gpl-3.0.html#section7"},
		[]string{"Needs approval", "Not allowed"})
	answered(t, "may we use code that is for non-commercial use only?", []string{"Terms that forbid commercial use"}, []string{"Terms written beside"})
	// A permission the author asks before commercial use, and "which one actually applies?".
	answered(t, "The package is under the MIT licence, but the README says companies must get the author's written permission before putting it into commercial drug-delivery systems. Which one actually applies?",
		[]string{"terms that forbid commercial use, written beside `MIT`", "Terms written beside an open source licence"}, nil)
	answered(t, "must we get a licence before using mit code commercially?", nil, []string{"Terms written beside"})
}

// TestNonCommercialTermsAskedOf: a question that names a non-commercial licence and asks
// what its terms mean for the work (whether distributions take it, whether donations or
// ads still count as non-commercial) is answered from the non-commercial topic, with the
// policy's verdict for the use it gives and, for a verdict short of allowed, the
// exception request; one that only asks whether a use is allowed keeps the verdict
// answer.
func TestNonCommercialTermsAskedOf(t *testing.T) {
	answered(t, "the demo's icons are cc by-nc 3.0. can they stay in our fedora package, or is that non-free?",
		[]string{"terms that forbid commercial use, naming `CC-BY-NC-3.0`, in something you distribute", "Policy, in something you distribute: CC-BY-NC-3.0: not allowed", "Debian Free Software Guidelines", "Request an exception"},
		nil)
	answered(t, "our podcast intro uses cc by-nc-sa 4.0 music. do sponsors on the episode still count as non-commercial?",
		[]string{"Terms that forbid commercial use", "not mainly meant for, or aimed at, commercial advantage"},
		nil)
	answered(t, "can we ship cc by-nc 4.0 icons in our commercial app?", []string{"`CC-BY-NC-4.0`"}, []string{"Terms that forbid commercial use"})
}

// TestWhatCountsAsDistributionWithALicence: whether something counts as distribution,
// asked of a licence named, is answered from the distribution topic, with the policy's
// verdict for the use the message gives, its obligations said once.
func TestWhatCountsAsDistributionWithALicence(t *testing.T) {
	got := answered(t, "we patch a GPLv3 tool and only use it inside the company. a colleague says handing it to our contractors counts as distribution. right?",
		[]string{"What counts as distribution", "Policy, for internal use: GPL-3.0-only: allowed.", "contractors working for it included"},
		[]string{"Request an exception"})
	if n := strings.Count(got, "anti-tivoisation"); n != 1 {
		t.Errorf("obligations said %d times, want once:\n%s", n, got)
	}
}

// TestSwitchingOwnProjectSaysWhatAMoveTakes: "my project is gplv3 and i want to switch it
// to mit" is the move of the asker's own released project: the compatibility answer in
// that direction, with what moving a project others contributed to takes.
func TestSwitchingOwnProjectSaysWhatAMoveTakes(t *testing.T) {
	answered(t, "my project is gplv3 and i want to switch it to mit. one contributor hasn't answered. can i go ahead?",
		[]string{"can `GPL-3.0-only` code go into your work under `MIT`?", "Moving a released project", "Copies already released keep their old licence"},
		nil)
}

// TestAppleStoreNote: GPL or AGPL code going out through Apple's App Store gets the
// note on the store's terms and the holders' permission, also when the message says
// the project has outside contributors and no CLA; Google Play, and a permissive
// licence, do not.
func TestAppleStoreNote(t *testing.T) {
	const note = "Apple's App Store hands out every app under its own terms of use"
	answered(t, "Our iOS client is open source under the GPLv3 and we publish it through Apple's App Store. Someone opened an issue saying Apple's terms are incompatible with the GPL. We have outside contributors and no CLA. Is this a real problem, and what would fix it?",
		[]string{note, "`GPL-3.0-only` in a mobile app"}, []string{"contributor licence agreement (CLA)"})
	answered(t, "can I publish an app with a GPL library on the iOS app store?", []string{note}, nil)
	answered(t, "can I publish an app with a GPL library on google play?", []string{"in a mobile app"}, []string{note})
	answered(t, "can I publish an app with an MIT library on the iOS app store?", []string{"`MIT` in a mobile app"}, []string{note})
	// The Mac App Store hands out desktop programs, under Apple's terms too; another
	// platform's app store is not Apple's.
	answered(t, "could we publish iina builds (gplv3) on the mac app store", []string{"`GPL-3.0-only` in something you distribute", note}, nil)
	answered(t, "odoo's date_range module is lgpl-3 in the OCA repo but the odoo app store lists it as agpl-3. which do i go by?",
		[]string{"the licence file says `LGPL-3.0-only` and the app store says `AGPL-3.0-only`"}, []string{note, "in a mobile app"})
}

// TestClosedPluginsForOwnGPLProgram: closed plug-ins for the asker's own GPL program get
// the GPL FAQ's answer on plug-ins (in one process they make one program; separate
// programs need not be GPL) and the holders' exception, not the closed-library answer.
func TestClosedPluginsForOwnGPLProgram(t *testing.T) {
	answered(t, "our voxel game is gplv3 and the plugin api is part of it. can people ship closed-source plugins for it?",
		[]string{"may closed (proprietary) plug-ins be made and handed out for your program under `GPL-3.0-only`?", "make one combined program with it", "gpl-faq.html#GPLAndPlugins", "exception for the plug-in interface"},
		[]string{"a closed library cannot"})
	answered(t, "our gplv3 game wants to LoadLibrary the closed steamworks dll at runtime. does dynamic loading get around the gpl?",
		[]string{"a closed library cannot", "gpl-faq.html#GPLIncompatibleLibs"}, []string{"plug-in"})
}

// TestOwedBesideVerdict: a question that asks what is owed when a use is made, answered
// with the verdict for that use, gives what the licence's own text asks beside the
// policy's obligations, which are its category's; a verdict asked without asking what is
// owed does not.
func TestOwedBesideVerdict(t *testing.T) {
	answered(t, "font awesome icons are cc by 4.0 right? what do we owe if we convert them to png for our desktop app",
		[]string{"in something you distribute, and what do you owe under it?", "Obligations: • Keep the copyright", "Its text asks: • credit the author, link the licence and say whether you changed the work"}, nil)
	answered(t, "Our iPad app is built on Cinder, which is BSD-3-Clause. What exactly do we owe Cinder when we ship?",
		[]string{"in a mobile app, and what do you owe under it?", "Its text asks:", "reproduce the copyright notice and licence text in the documentation or other materials shipped with binaries"}, nil)
	// Of a use that hands no copy to anyone, only what binds that use is owed.
	answered(t, "gplv3 tool that only runs on our own build servers, never handed out. anything we must do",
		[]string{"for internal use: Allowed.", "The licence itself: Its text asks nothing of use in house"}, []string{"Its text asks:"})
	answered(t, "Our desktop app loads an LGPL-2.1 codec as a plugin at runtime. Anything to do?",
		[]string{"linked dynamically into your work, and what do you owe under it?", "Its text asks: • keep the copyright notice"}, nil)
	answered(t, "can we use CC-BY-4.0 icons in our desktop app?", []string{"Allowed with obligations"}, []string{"Its text asks", "what do you owe"})
	answered(t, "is there anything to do with the GPL-2.0-only code in our desktop app?", nil, []string{"what do you owe"})
	// Whether anything must be published, of a use that hands no copy to anyone.
	answered(t, "using a gpl-3.0 lib in our commercial saas, code never leaves our servers. do we have to publish our code?",
		[]string{"in a network service (SaaS), and what do you owe under it?", "The licence itself: Its text asks nothing of a network service"}, nil)
	// A service under a Creative Commons licence may share the work by showing it: no
	// claim that its text asks nothing, and what binds showing the work is said.
	answered(t, "thinking of a paid per-request api around conceptnet numberbatch (cc by-sa 4.0). allowed, and do i have to open source the api code?",
		nil, []string{"asks nothing of a network service"})
	answered(t, "can we use CC-BY-NC-4.0 data in our SaaS?",
		[]string{"Of a network service, its text asks only:", "a service that shows it owes them too"}, []string{"bind copies handed to others"})
}

// TestLockedDeviceNote: a message about a device locked to its maker's signed software,
// or about the clause against that, gets what the GNU licences of version 3 ask of such a
// device, in a verdict, a licence's profile and a comparison; a choice names the option
// that asks none of it; GPL version 2 and a device not said to be locked get no note.
func TestLockedDeviceNote(t *testing.T) {
	const note = "🔒 On a locked device: `GPL-3.0-only`, given out in or with a consumer product"
	answered(t, "Our embedded Linux board uses secure boot, so the hardware only runs images we've signed. The Yocto build pulls in some GPLv3 packages like bash. Can we ship those GPLv3 components on a locked-down device like that?",
		[]string{"in something you distribute", note, "Installation Information", "products sold only to businesses", "gpl-faq.html#Tivoization"}, nil)
	answered(t, "what is 'tivoization' and what does GPLv3 do about it?", []string{"what does `GPL-3.0-only` allow and require?", note}, nil)
	answered(t, "our devices only boot signed images. can GPL-2.0-or-later OR LGPL-3.0-or-later code go in?",
		[]string{"On a locked device: `LGPL-3.0-or-later`", "Taken under `GPL-2.0-or-later`, an option of the choice, the code asks none of this."}, nil)
	answered(t, "our devices use secure boot. can we ship GPL-2.0-only code on them?", nil, []string{"On a locked device"})
	answered(t, "can we ship GPL-3.0-only code in our router firmware?", nil, []string{"On a locked device"})
}

// TestCopyleftTakenIn: GPL code said to have gone into the asker's closed work unplanned,
// asked whether the work now falls under it, gets what that means (no licence changes by
// itself; a breach, and the ways out); a contributor's code that "ended up" in the
// product is that, not contributing upstream; a plan to use GPL code is not.
func TestCopyleftTakenIn(t *testing.T) {
	const note = "GPL code in your work does not put your own code under the GPL by itself"
	answered(t, "if one dev on our team pasted a little gpl code into our proprietary app, does the whole app automatically become gpl?",
		[]string{"`GPL-3.0-only` code went into your work unplanned: does that put your work under it", note, "comply", "take the GPL code out", "within 30 days", "gpl-violation.html"}, nil)
	answered(t, "A contributor to a GPL server mod says our company must now open source our whole product because his GPL code ended up in something we ship. Can he actually force us to release our source?",
		[]string{note}, []string{"Contributing to an upstream project"})
	answered(t, "We want to add in-app purchases to our React Native app with react-native-iaphub, but the package is under GPLv3. Would using it force us to publish the source of the whole app?",
		nil, []string{note, "went into your work unplanned"})
}

// TestProjectOptionReadOnce: a project offered under a choice, read as the option that
// asks least, gets one line saying so, with where its choice comes from, not a second
// line reading it as the whole choice.
func TestProjectOptionReadOnce(t *testing.T) {
	answered(t, "can we use logback in our closed product?",
		[]string{"Read “logback” as `EPL-1.0`: it is offered under `EPL-1.0 OR LGPL-2.1-only` (as https://", "the option that asks least"},
		[]string{"Read “logback” as `EPL-1.0 OR LGPL-2.1-only`"})
}

// TestLicenceItselfBesideStricterPolicy: where the policy holds back a use that hands no
// copy to anyone (in house, a network service), the verdict says what the licence's own
// text asks of that use: nothing for the GPL's conditions, which bind copies passed on;
// the AGPL's offer of source for a changed version; a non-commercial clause; the SSPL's
// service clause. A licence the data does not describe and a verdict the policy gives
// freely get no such line.
func TestLicenceItselfBesideStricterPolicy(t *testing.T) {
	const field = "The licence itself:"
	answered(t, "we run an agpl-3.0-or-later linter in our CI only, nobody outside ever touches it. any duties?",
		[]string{"for internal use: Needs approval", field + " Of use in house, its text asks only:", "Its other conditions bind copies handed to others."}, nil)
	answered(t, "can we use CC-BY-NC-4.0 data for internal use?",
		[]string{field, "no use primarily intended for commercial advantage"}, nil)
	answered(t, "can we use OFL-1.1 for internal use?",
		[]string{field + " Its text asks nothing of use in house: its conditions bind copies handed to others"}, nil)
	// The SSPL's service clause binds offering the program as a service, not running it
	// in house.
	answered(t, "can we use SSPL-1.0 for internal use?", []string{"Needs approval", field + " Of use in house, its text asks only:", "offering its functions to others as a service"}, nil)
	answered(t, "can we use CC-BY-NC-SA-2.5 for internal use?", []string{"Needs approval"}, []string{field})
	answered(t, "can we use GPL-2.0-only in our SaaS?", []string{"Allowed with obligations"}, []string{field})
	answered(t, "can we use GPL-2.0-only for internal use?", []string{"Allowed"}, []string{field})
}

// TestReadingThatChangesTheVerdict: a licence read from a loose name whose other readings
// the policy decides otherwise says so beside the verdict, with a button for each:
// "bsl" is the Boost licence or the Business Source License; the GNU versions of "gpl"
// share one verdict, so no such line.
func TestReadingThatChangesTheVerdict(t *testing.T) {
	answered(t, "the lib says bsl. fine for internal use?",
		[]string{"`BSL-1.0` for internal use: Allowed.", "The reading decides here; as `BUSL-1.1`: needs approval.", "As BUSL-1.1"}, nil)
	answered(t, "gpl library in our saas?", []string{"As GPL-2.0-only"}, []string{"The reading decides here"})
}

// TestGNUProgramOnClosedOS: a program under a GNU licence ported to or run on a
// proprietary operating system gets the system library exception (allowed, with the
// GPLv2 limit on system parts shipped with it), not the policy's verdict on shipping
// GPL code; a GPL library in the asker's own Windows app stays that verdict.
func TestGNUProgramOnClosedOS(t *testing.T) {
	answered(t, "vim is gplv2+ and macos is closed source. is a macos port of it even allowed?",
		[]string{"A `GPL-2.0-or-later` program on macOS: yes, the licence allows it.", "system library exception", "gpl-faq.html#SystemLibraryException", "As code you ship in your own product"},
		[]string{"Needs approval"})
	answered(t, "can we use a gpl library in our windows app?", []string{"Needs approval"}, []string{"system library exception"})
	answered(t, "ok to ship a gpl tool.exe inside our windows release zip, called as a subprocess?", nil, []string{"system library exception"})
	// The system's own parts the asker's GPL program links to: the same exception; GPLv2's
	// limit when they are shipped with it, and the version decides when none was given.
	answered(t, "Our GPL windows app links the MSVC runtime dll. allowed?",
		[]string{"may your program under `GPL-3.0-only` link to Windows's own libraries and runtime", "A `GPL-3.0-only` program on Windows: yes"},
		[]string{"Needs approval", "The version decides here"})
	answered(t, "our gplv2-only game bundles msvcp140.dll and vcruntime140.dll in the installer. ok?",
		[]string{"A `GPL-2.0-only` program handed out with Windows's runtime DLLs beside it: no", "accompanies the executable"}, nil)
	answered(t, "our GPL emulator is built on Windows, and we started shipping the Visual C++ runtime DLLs next to the exe. does that break the GPL?",
		[]string{"A `GPL-3.0-only` program on Windows: yes", "The version decides here; read as `GPL-2.0-only`: No"}, nil)
	answered(t, "can my gplv3 program call the win32 api?", []string{"A `GPL-3.0-only` program on Windows: yes"}, nil)
	// A GPL library in the asker's own app that links the runtime is still GPL code taken in.
	answered(t, "our windows app links the msvc runtime and a gpl library. allowed?", nil, []string{"system library exception"})
}

// TestAttributionByTheText: asked what credit a licence needs and where, the answer says
// what the licence's own text asks, and of which copies (zlib: the notice stays in the
// source; BSD-2-Clause: also in what ships with binaries), before the policy's stricter
// obligations, and gives the texts it read that from as sources.
func TestAttributionByTheText(t *testing.T) {
	answered(t, "does the zlib licence need to be included with our app binary?",
		[]string{"What attribution means", "`Zlib` (zlib License) — notice; its text asks: ", "with every copy of the source", "The policy asks: ",
			"Texts of the licences named: https://spdx.org/licenses/Zlib.html"},
		[]string{"shipped with binaries;"})
	answered(t, "do we have to include the bsd-2-clause notice in our binary distribution?",
		[]string{"its text asks: ", "reproduce the copyright notice and licence text in the documentation or other materials shipped with binaries"}, nil)
}

// TestStoreTermsWhenWeighingALicence: weighing the GPL for an app that goes out through
// Apple's store, the choosing answer, or the compatibility answer on moving to it, says
// what the store's terms mean for it; another store, or licences outside the GNU family,
// get no such note.
func TestStoreTermsWhenWeighingALicence(t *testing.T) {
	answered(t, "a contributor wants to relicense our ipad app from the MPL to the GPL. should we accept?",
		[]string{"Choosing a licence", "Apple's App Store hands out every app under its own terms of use"}, nil)
	answered(t, "a contributor wants to relicense our android app from the MPL to the GPL. should we accept?",
		[]string{"Choosing a licence"}, []string{"Apple's App Store hands out"})
	answered(t, "a contributor wants to relicense our ipad app from the MPL to the Apache licence. should we accept?",
		[]string{"Choosing a licence"}, []string{"Apple's App Store hands out"})
	// Weighed as code moving into a GPL work, the same.
	answered(t, "should we switch our ipad app from the MPL to the GPL? it ships through the app store.",
		[]string{"Moving a released project", "Apple's App Store hands out every app under its own terms of use"}, nil)
	// A work already named as the asker's keeps the licence it leaves.
	answered(t, "a contributor wants our ipad app moved from the MPL to the GPL. we ship it through the app store. should we switch?",
		[]string{"`MPL-2.0` code into a `GPL-3.0-only` work", "Apple's App Store hands out every app under its own terms of use"}, nil)
}

// TestRelicensingCodeTakenIn: asked whether code taken in may be relicensed under the
// work's licence, the answer is the licences' own pairing (not how a library may be
// linked), and says who may change a licence: the LGPL itself lets a copy go under the
// GPL; otherwise only the code's copyright holders. So is code the asker says they
// copied, asked to be relicensed as "it". The asker's own project moving keeps the moving
// lines.
func TestRelicensingCodeTakenIn(t *testing.T) {
	answered(t, "mrpt is bsd but has a few lgpl-derived files. can those just be relicensed bsd?",
		[]string{"may `LGPL-3.0-only` code taken into your work be relicensed under your work's `BSD-3-Clause`?", "OSADL matrix: No", "only the copyright holders of the `LGPL-3.0-only` code"},
		[]string{"It depends on how it is used"})
	answered(t, "python-messaging is GPL-2 and we want to merge python-mms into it. python-mms is LGPL 2.1. Can we simply relicense the mms code to GPL-2?",
		[]string{"OSADL matrix: Yes", "the LGPL itself lets a copy of its code be put under the GPL instead"}, nil)
	answered(t, "our project is gpl-3.0. can we relicense the mit files we copied in to gpl?",
		[]string{"`MIT` lets its code go into a `GPL-3.0-only` work", "Taking the `MIT` terms off the code itself is for its copyright holders alone"}, nil)
	answered(t, "can lgpl code go into our bsd project?", []string{"It depends on how it is used"}, []string{"Relicensing:"})
	answered(t, "can I relicense my GPL project to MIT?", []string{"Moving a released project"}, []string{"Relicensing:"})
	// Code the message says the asker copied, asked to be relicensed as "it", is taken
	// in, not the asker's own licence to choose.
	answered(t, "the daemon module we copied is cc by-sa 3.0. can we relicense it to mit for our python package?",
		[]string{"may `CC-BY-SA-3.0` code taken into your work be relicensed under your work's `MIT`?", "only the copyright holders of the `CC-BY-SA-3.0` code"},
		[]string{"Choosing a licence"})
	answered(t, "our own module is gpl. can we relicense it to mit?", []string{"Moving a released project"}, []string{"Relicensing:"})
	// A licence header asked to be swapped for another is relicensing the code it heads;
	// one said swapped by its upstream is not asked of the asker.
	answered(t, "can we just swap the 4-clause bsd header in this repo for the 3-clause one ourselves?",
		[]string{"may `BSD-4-Clause` code taken into your work be relicensed under your work's `BSD-3-Clause`?", "Taking the `BSD-4-Clause` terms off the code itself is for its copyright holders alone"}, nil)
	answered(t, "cdrtools is under the GPL but upstream switched the headers of its makefiles to the CDDL. can debian keep shipping the binaries?", nil, []string{"Relicensing:"})
}

// TestChoosingForTextArtAndData: choosing a licence for text, art or data beside code
// adds what fits those works and how one repository holds parts under several licences;
// choosing for code alone does not.
func TestChoosingForTextArtAndData(t *testing.T) {
	answered(t, "my repo holds both my thesis pdf and the segmentation code from it. one licence for everything or split?",
		[]string{"choosing a licence for a project you release, and what suits text, art and data", "Text, art and data: Software licences are written for code", "https://choosealicense.com/non-software/"}, nil)
	answered(t, "which licence should we pick for our new python library?", []string{"Choosing a licence"}, []string{"Text, art and data"})
	// A release said as under way, of docs under a Creative Commons licence.
	answered(t, "we're putting our docs site under cc by-sa. do the code examples in it have to be by-sa as well?",
		[]string{"Choosing a licence", "Text, art and data: Software licences are written for code", "One repository may hold parts under different licences"}, nil)
	// A curated list is text.
	answered(t, "our awesome list is MIT licensed - isn't that a weird fit for a written list? what should we use instead?",
		[]string{"Text, art and data: Software licences are written for code"}, nil)
	// A Creative Commons licence weighed for one's own project, a switch proposed.
	answered(t, "we put our js project under cc by-sa. someone says switch to gpl. which one?",
		[]string{"Choosing a licence", "Moving a released project", "Text, art and data: Software licences are written for code",
			"Code under the licence it has now: `CC-BY-SA-4.0` code into a `GPL-3.0-only` work — Creative Commons: Yes."}, []string{"As I read it: can `CC-BY-SA-4.0` code go into"})
	// Choosing between two licences for docs or data, said as "X or Y?".
	answered(t, "for our product's user docs, gfdl or cc by-sa?", []string{"Text, art and data: Software licences are written for code"}, nil)
	answered(t, "for our open dataset, cc0 or cc by? why does everyone say cc0 for data?", []string{"Text, art and data"}, nil)
	// A program for photos is code.
	answered(t, "I'm writing a plugin for a commercial photo editor that loads it as a DLL. Can I release my plugin under the GPL?", nil, []string{"Text, art and data"})
}

// TestProjectVersionWithItsSource: a project read at a version under an older licence
// is answered for that licence, citing the page for that version, not the page for the
// licence it has now.
func TestProjectVersionWithItsSource(t *testing.T) {
	answered(t, "is itextsharp 4.1.6 ok in our commercial product?",
		[]string{"Read “itextsharp” as `MPL-1.1`: it is offered under `MPL-1.1 OR LGPL-2.0-or-later` (version 4.1.6", "as https://github.com/LibrePDF/OpenPDF/wiki/OpenPDF---License-MPL---LGPL-background-info says"},
		[]string{"AGPLv3-license says"})
	answered(t, "can we use itext 7 in our closed app?",
		[]string{"`AGPL-3.0-only` in something you distribute: Not allowed", "as https://itextpdf.com/how-buy/AGPLv3-license says"}, nil)
}

// TestObligedByUnnamedLicence: a question of whether a library's licence, not named,
// obliges the asker to open their app gets what copyleft is and that the library's
// licence decides, with how to find it; what copyleft means, asked, gets no such line.
func TestObligedByUnnamedLicence(t *testing.T) {
	answered(t, "using android-pdfmyxml in our paid app. do we have to open source the app because of the library's licence?",
		[]string{"What copyleft means", "The licence decides", "`license URL`"}, []string{"Choosing a licence"})
	answered(t, "what does copyleft mean?", []string{"What copyleft means"}, []string{"The licence decides"})
}

// TestSourceFilesAgainstLicenceFile: the source files' own notices set against the
// licence file are their headers, and the restatement says so in agreement ("the source
// file headers say").
func TestSourceFilesAgainstLicenceFile(t *testing.T) {
	answered(t, "idalink's LICENSE went bsd-2 but every .py still says gpl-3.0+. which one is it?",
		[]string{"which licence holds when the licence file says `BSD-2-Clause` and the source file headers say `GPL-3.0-or-later`?", "a notice for that file"}, nil)
}

// TestMovingFromOneLicenceToAnother: the asker's project moved from the licence it has
// to another ("repo is gpl-2 with no 'or later'. can we just bump it to gpl-3?") gets,
// beside what moving takes, whether code under the first may go under the second: what
// decides for the contributions whose authors do not agree. A project moved from "only"
// to "or later" keeps the one version for code kept without agreement; a licence only
// weighed, with none said to move from, gets no such line.
func TestMovingFromOneLicenceToAnother(t *testing.T) {
	answered(t, "repo is gpl-2 with no 'or later'. can we just bump it to gpl-3?",
		[]string{"moving one already released from `GPL-2.0-only` to `GPL-3.0-only`", "Moving a released project",
			"`GPL-2.0-only` code into a `GPL-3.0-only` work — OSADL matrix: No.", "only with the agreement of everyone who holds copyright in it", "License compatibility data ©"}, nil)
	answered(t, "our wordpress plugin is MIT, do we have to switch it to gplv2+ for the plugin directory",
		[]string{"`MIT` code into a `GPL-2.0-or-later` work — OSADL matrix: Yes.", "whose authors do not answer may stay in the project under `GPL-2.0-or-later`"}, nil)
	answered(t, "our extension is gpl-3.0-only, can we switch it to gpl-3.0-or-later ourselves",
		[]string{"`GPL-3.0-only` code into a `GPL-3.0-or-later` work — FSF: Yes.", "the project as a whole can go out only under that"}, []string{"may stay in the project under"})
	answered(t, "found some cc0 art for our all-gpl game. can i just relicense it as gpl instead of keeping two licences side by side",
		[]string{"`CC0-1.0` code into a `GPL-3.0-only` work — FSF licence list: Yes."}, nil)
	answered(t, "why would we pick gpl over mit for our new cli tool",
		[]string{"Choosing a licence"}, []string{"Code under the licence it has now", "moving one already released"})
	answered(t, "if i load highcharts from their cdn instead of committing it, does its license still matter for our gplv2 php app",
		nil, []string{"moving one already released", "Moving a released project"})
}

// TestChoosingForHardware: choosing a licence for a hardware design ("this rp2040 kicad
// board is mit. is mit even a good fit for hardware designs?"), or weighing a hardware
// licence, adds what hardware licences are for, with the CERN OHL's page as source;
// choosing for a program does not, nor does a "memory footprint".
func TestChoosingForHardware(t *testing.T) {
	answered(t, "this rp2040 kicad board is mit. is mit even a good fit for hardware designs?",
		[]string{"and what suits hardware designs", "Hardware designs: Software licences speak of programs", "CERN-OHL-W (weakly reciprocal", "https://ohwr.org/project/cernohl/wikis/Documents/CERN-OHL-version-2"}, nil)
	answered(t, "esp rust board is cern-ohl-s. should it be the permissive cern-ohl-p like the rest of rust?",
		[]string{"Hardware designs:"}, nil)
	answered(t, "which licence should we pick for our new python library with a small memory footprint?",
		[]string{"Choosing a licence"}, []string{"Hardware designs"})
}

// TestPointingAtUpstream: whether a link to upstream's repository, or to a project's
// tree, is enough for the source owed gets what the GNU licences say of source kept on
// another server, with the GPL FAQ as source; what counts as distribution, asked alone,
// does not.
func TestPointingAtUpstream(t *testing.T) {
	lines := []string{"and whether pointing at upstream's source is enough", "Pointing at upstream's source: A link to someone else's repository", "GPLv3 section 6(d)", "https://www.gnu.org/licenses/gpl-faq.html#SourceAndBinaryOnDifferentSites"}
	answered(t, "our repo only has prebuilt kernel + modules. is a link to the kernel git tree enough for the gpl", append(lines, "`GPL-2.0-only`, in something you distribute"), nil)
	answered(t, "we extended a gplv3 tool and ship our binary. is a link to the upstream source tarball enough?", lines, nil)
	// Others' work handed out, its authors' repositories pointed at.
	answered(t, "our download site hosts compiled builds of community plugins, some gpl. do we provide the source, or is pointing at the authors' repos enough?", lines, nil)
	answered(t, "what counts as distribution?", []string{"What counts as distribution"}, []string{"Pointing at upstream"})
}

// TestSystemLibraryNote: a question that speaks of the system library exception, by
// its name or by what it covers, with a GNU licence named, gets what the exception
// leaves out and what it does not do, with the GPL FAQ as source; not for a closed
// program of the asker's, nor a question that never speaks of it.
func TestSystemLibraryNote(t *testing.T) {
	note := []string{"The system library exception: the GNU licences ask", "GPLv2 (section 3)", "https://www.gnu.org/licenses/gpl-faq.html#SystemLibraryException"}
	answered(t, "What's the GPL's 'system library' exception about?", append(note, "`GPL-3.0-only`: GNU General Public License v3.0 only"), nil)
	answered(t, "Can someone explain concretely why our GPLv2+ program can't just link OpenSSL? Doesn't the system library exception cover it, since every distro ships it?", note, nil)
	answered(t, "our gplv3 doom 3 bfg fork ships steam_api.dll in the release zip. isn't that covered by the system library exception?", note, nil)
	answered(t, "our closed app links the usual system libraries of the distro (glibc). is gpl code in the image a problem?", nil, []string{"The system library exception"})
	answered(t, "can our GPLv2+ program link OpenSSL?", nil, []string{"The system library exception"})
}

// TestReadmeAgainstHeadersAnswer: the README set against file headers, with no licence
// file named, is answered for the README's licence, saying why, with the headers' one
// click away.
func TestReadmeAgainstHeadersAnswer(t *testing.T) {
	answered(t, "freertos c28x port readme says freertos licence (which is mit now) but the headers still have the old gpl + linking exception text. which one is it",
		[]string{"which licence holds when the README says `MIT` and the file headers say", "The README is where the project declares its licence, and no licence file is named", "the README's, below"}, nil)
	answered(t, "the readme says mit but the file headers say gpl-2.0. can we embed it in our closed app?",
		[]string{"The README says `MIT`; according to the file headers it is `GPL-2.0-only`.", "The README is where the project declares its licence"}, nil)
}

// TestPartBesideCode: a part of a project other than its code (weights, models,
// sprites) asked about when the only licence the message gives is the code's gets where
// that part's terms are found; not when the message gives the part's licence too.
func TestPartBesideCode(t *testing.T) {
	answered(t, "open_clip code is mit, are the pretrained weights mit as well",
		[]string{"The licence you named is said of the code. Whether the pretrained weights come under it", "a model card", "from a base model"}, nil)
	answered(t, "aaaaxy's code is apache 2.0 but what about the sprites and other game assets?",
		[]string{"Whether the sprites come under it", "art, music and data are often under a Creative Commons licence"}, []string{"model card"})
	answered(t, "audiocraft code is mit but the weights are cc-by-nc 4.0. can the weights go into our paid product", nil, []string{"The licence you named is said of the code"})
	answered(t, "I'm fine-tuning RIFT-SVC's pretrained singing-voice model, which like the code is CC BY-NC 4.0, to make covers for my YouTube channel. Does the non-commercial clause reach the audio?",
		nil, []string{"The licence you named is said of the code"})
}

// TestWhichBSDAnswer: which BSD licence a bare "BSD" means is answered by how the text
// tells them apart, beside the profile of the usual reading, with the 2-clause licence
// one click away.
func TestWhichBSDAnswer(t *testing.T) {
	answered(t, "cl-fastcgi just says bsd licence, which one",
		[]string{"which BSD licence does a bare “BSD” mean, and what does `BSD-3-Clause` allow and require?", "Count its numbered conditions", "`license URL`", "As BSD-2-Clause"}, nil)
}

// TestPlaceholderNote: a licence file's placeholders left unfilled get what they are for
// that licence: Apache-2.0's appendix and the GNU "How to Apply" are templates for the
// notice in one's own files; MIT's copyright line is to be filled in.
func TestPlaceholderNote(t *testing.T) {
	answered(t, "our LICENSE file still says Copyright [yyyy] [name of copyright owner] at the bottom, do we need to fill that in",
		[]string{"`Apache-2.0`", "are its appendix: a template for the notice you put at the top of your own source files", "https://www.apache.org/licenses/LICENSE-2.0#apply"}, nil)
	answered(t, "our mit LICENSE still says Copyright (c) [year] [fullname]. does it matter?",
		[]string{"In MIT the copyright line is part of the licence you give"}, []string{"appendix"})
	answered(t, "COPYING ends with <one line to give the program's name and a brief idea of what it does>. do we edit that? it is gplv3",
		[]string{"How to Apply These Terms to Your New Programs", "https://www.gnu.org/licenses/gpl-howto.html"}, nil)
	answered(t, "what does the apache licence ask of us?", nil, []string{"appendix"})
}

// TestPublicIsNotOpen: whether code being public makes it open source is answered first,
// in the choosing topic, with choosealicense.com's page on code with no licence as source.
func TestPublicIsNotOpen(t *testing.T) {
	answered(t, "our repo is already public on github, doesnt that make it open source",
		[]string{"and whether code being public makes it open source", "Is public code open source?: Publishing code is not licensing it", "https://choosealicense.com/no-permission/"}, nil)
	answered(t, "which licence should we pick for our new library?", []string{"Choosing a licence"}, []string{"Is public code open source?"})
}

// TestClosedPluginsForAGPLHost: closed plug-ins for an AGPL host with a plug-in system are
// closed code going into the AGPL work, said with the right article.
func TestClosedPluginsForAGPLHost(t *testing.T) {
	answered(t, "agpl web server with a wasm plugin system, can 3rd party plugins be proprietary?",
		[]string{"Closed code into an `AGPL-3.0-only` work you distribute: only with a permission from the work's copyright holders."}, nil)
}

// TestPerFileHeadersNote: whether every file needs a licence header, or one licence file
// is enough, gets what the licences ask of it (none makes per-file headers a condition;
// MPL's Exhibit A and the GNU advice), asked with a licence named or not; a message that
// only says the files carry headers does not.
func TestPerFileHeadersNote(t *testing.T) {
	note := "No open source licence makes a header in every file a condition"
	answered(t, "mit crate: does every .rs file need the licence header, or is one LICENSE file per published crate enough?", []string{note, "https://reuse.software/"}, nil)
	answered(t, "do we really need a copyright and licence header at the top of every source file?", []string{note}, nil)
	answered(t, "We vendor mbedtls; every file header now says Apache-2.0 OR GPL-2.0-or-later. Do we have to include the GPL text too?", nil, []string{note})
}

// TestLGPLStaticNote: an LGPL library in Rust or Go, which build one executable with
// every library compiled in, gets what the LGPL asks of that (relinking, LGPLv2.1 6(a),
// LGPLv3 4(d)) and what authors pick instead, asked of a use, of a choice, or of the
// asker's own crate; not an LGPL library in C, a GPL dependency pulled into an LGPL
// crate, or an LGPL said to carry a linking exception.
func TestLGPLStaticNote(t *testing.T) {
	answered(t, "go-xmlpath is lgpl3 and go links everything statically. can our closed-source service binary use it?",
		[]string{"Go builds a program as one executable", "section 4(d)", "gpl-faq.html#LGPLStaticVsDynamic"}, nil)
	answered(t, "our rust crate is lgpl-3.0 but cargo links everything statically. switch to mpl 2.0?", []string{"Rust builds a program as one executable", "MPL-2.0"}, nil)
	answered(t, "i put my new rust crate under the lgpl like my old c stuff. someone says that's a problem, why?", []string{"Rust builds a program as one executable"}, nil)
	answered(t, "can we ship our closed C app dynamically linked to an lgpl-2.1 library?", nil, []string{"builds a program as one executable"})
	answered(t, "our crate is lgpl-3.0-only. can we pull in a dependency that's gpl-3.0-only?", nil, []string{"builds a program as one executable"})
	answered(t, "gopkg.in/yaml.v2 is LGPL-3.0 with an added statement allowing static linking. can our Go service vendor it?", nil, []string{"builds a program as one executable"})
}

// TestExhibitBNote: MPL 2.0's Exhibit B spoken of as printed in the licence file gets
// what it takes to mark code with it, with the MPL FAQ as source, beside the
// compatibility of MPL-2.0 itself; files marked with the notice get the variant's
// answer, with no note.
func TestExhibitBNote(t *testing.T) {
	note := "Exhibit B at the end of the MPL 2.0 text is a form"
	answered(t, "go-sql-driver/mysql's license ends with the 'incompatible with secondary licenses' bit. so our agpl app can't use it?",
		[]string{"`MPL-2.0` code into an `AGPL-3.0-only` work — OSADL matrix: Yes.", note, "https://www.mozilla.org/en-US/MPL/2.0/FAQ/"}, nil)
	answered(t, "pikepdf deleted exhibit b from its copy of the mpl-2.0 text to show it's gpl-compatible. does removing it do anything?", []string{note}, nil)
	answered(t, "This MPL 2.0 file is marked \"Incompatible With Secondary Licenses\". Can we put it in our GPLv3 application?",
		[]string{"`MPL-2.0-no-copyleft-exception` code into a `GPL-3.0-only` work — OSADL matrix: No."}, []string{note})
}

// TestMaintainersWordAgainstLicenceFile: a maintainer's word set against the licence
// file is no grant until the file says it; the answer says so, for the file's licence,
// with the other one click away.
func TestMaintainersWordAgainstLicenceFile(t *testing.T) {
	answered(t, "optiboot: the new license file is gpl3 but the maintainer says gpl2 — which is it?",
		[]string{"the licence file says `GPL-3.0-only` and the maintainer says `GPL-2.0-only`", "What the maintainer says is not what the code carries", "As GPL-2.0-only"}, []string{"only reports it"})
}

// TestObligedToSendChangesBack: asked whether a licence makes one send changes back to
// the project ("do we have to send the changes back to the asf before shipping?"), the
// contributing answer opens with what licences ask (none asks that), with the GPL FAQ
// as source; a question of how to contribute gets no such lines.
func TestObligedToSendChangesBack(t *testing.T) {
	answered(t, "we patched an apache-2 library for our product. do we have to send the changes back to the asf before shipping?",
		[]string{"and whether a licence makes you send your changes back", "No open source licence makes you send your changes to the project", "gpl-faq.html#GPLRequireSourcePostedPublic", "Contributing to an upstream project"}, nil)
	answered(t, "may I contribute a fix upstream?", []string{"Contributing to an upstream project"}, []string{"send changes back"})
}

// TestGPLFontEmbeddedInDocuments: a GPL font embedded in documents gets, after its
// answer, what the font exception is for and where to look for it, with the GPL FAQ as
// source; a font already under the exception, or an OFL font, does not.
func TestGPLFontEmbeddedInDocuments(t *testing.T) {
	answered(t, "my display font is gpl3. someone says any document that embeds it would have to be gpl too. true?",
		[]string{"A document that embeds a font", "`Font-exception-2.0`", "gpl-faq.html#FontException"}, nil)
	answered(t, "can we embed an ofl font in our pdf reports?", nil, []string{"Font-exception-2.0"})
	answered(t, "can we embed a GPL-2.0-or-later WITH Font-exception-2.0 font in our pdf reports?", nil, []string{"A document that embeds a font"})
}

// TestThingForAProjectWithNoLicence: data or settings made for a project ("a grafana
// dashboard json") found with no licence is code with no licence, not the project's
// code; a plug-in for it keeps its host's reading.
func TestPublicDomainLikeTextsCompared(t *testing.T) {
	// CC0 says outright that it licenses no patents; 0BSD and MIT-0 ask nothing at all.
	got := answered(t, "Fedora's legal team says it will no longer accept CC0 for code, but it's happy with 0BSD or MIT-0. What's the actual difference?",
		[]string{"its text says outright that it licenses no patents"}, nil)
	if n := strings.Count(got, "no conditions at all, not even a notice"); n != 3 {
		t.Errorf("the three texts' conditions: %d of them say none, want 3:\n%s", n, got)
	}
}

func TestThingForAProjectWithNoLicence(t *testing.T) {
	answered(t, "found a grafana dashboard json on github with no licence file. can we use and tweak it?",
		[]string{"may code that has no licence be used?", "Code with no licence: Needs approval."}, []string{"AGPL"})
	answered(t, "our obs studio plugin has no licence file yet. does it have to be gpl2 because obs is?", []string{"GPL-2.0"}, nil)
	// Code from a book: where its permission is written.
	answered(t, "can we paste code examples from an o'reilly programming book into our commercial product?",
		[]string{"Code with no licence", "📚 Code from a book", "Using Code Examples"}, nil)
	answered(t, "found a grafana dashboard json on github with no licence file. can we use and tweak it?", nil, []string{"Code from a book"})
}

// TestReleasesKeepTheLicenceTheProjectLeft: a release, port or fork asked whether it is
// still under the licence its project moved away from gets that licence's profile, with
// what releases made before the move keep and the new licence one click away.
func TestReleasesKeepTheLicenceTheProjectLeft(t *testing.T) {
	answered(t, "lightbend put akka under the bsl. is akka.js still apache 2 or does it pick that up?",
		[]string{"As I read it: is what was released under `Apache-2.0` still under it now that the project has moved to `BUSL-1.1`?", "`Apache-2.0`: Apache License 2.0", "every release published under `Apache-2.0` before the change stays under it", "[As BUSL-1.1 | ask BUSL-1.1]"},
		[]string{"code into", "OSADL matrix"})
	answered(t, "elastic switched elasticsearch to sspl. is opensearch still apache?",
		[]string{"now that the project has moved to `SSPL-1.0`?", "`Apache-2.0`: Apache License 2.0"}, nil)
	// A licence a module is said to be still under, in a statement, asks nothing of it.
	answered(t, "Puppet moved its own modules to Apache 2.0 back in 2.7, and this widely used sysctl module is still GPL. Would you relicense to Apache 2.0?",
		nil, []string{"now that the project has moved"})
}

// TestBothOrOneAnswered: two licences named for one work, asked whether both apply, get
// what each way of joining them asks, and when one asks nothing, that meeting the other
// meets either.
func TestBothOrOneAnswered(t *testing.T) {
	answered(t, "stb_image says public domain at the bottom and also MIT. do we have to follow both or what",
		[]string{"As I read it: do `CC0-1.0` and `MIT` both apply, or is it a choice of one, and what does each ask?", "it is a choice, `CC0-1.0 OR MIT`", "it is `CC0-1.0 AND MIT`: meet the terms of both", "`CC0-1.0` asks nothing, so meeting `MIT`'s terms meets either reading."},
		nil)
	answered(t, "Gerbil Scheme's README mentions both LGPL and Apache 2.0. Is that LGPL or Apache (we pick) or LGPL and Apache (both apply)?",
		[]string{"`LGPL-3.0-only OR Apache-2.0`"}, []string{"asks nothing"})
}

// TestFormerLicenceOfAnUnknownProject: a project the bot does not know, said only to
// have been under a licence before and asked what it is under now, gets how to find its
// licence and what copies taken before the change keep, not the old licence's profile.
func TestFormerLicenceOfAnUnknownProject(t *testing.T) {
	answered(t, "networker used to be gplv3 - what licence is it now?",
		[]string{"As I read it: what licence is `networker` under now, after `GPL-3.0-only`?", "I do not know `networker`", "You said it was under `GPL-3.0-only` before", "[As GPL-3.0-only | ask GPL-3.0-only]"},
		[]string{"names no licence, project or OSPO topic"})
	answered(t, "zeebo/blake3 go package was cc0 and fedora can't take that. what's it under now?",
		[]string{"after `CC0-1.0`?", "I do not know `zeebo/blake3"}, []string{"`CC0-1.0`: Creative Commons Zero"})
	answered(t, "vissl used to be cc-by-nc 4.0 — what's it under now? want to pretrain on our own data for a product",
		[]string{"I do not know `vissl`"}, []string{"Terms that forbid commercial use"})
	// A project the bot knows keeps its answer of what it is under now.
	answered(t, "roboto mono used to be apache 2.0 and now the repo says OFL. which licence is it under now?",
		[]string{"`OFL-1.1`: SIL Open Font License 1.1"}, []string{"I do not know"})
}

// TestPublishingForEveryoneAnswered: a question whether changes or source must be
// published for everyone gets that the copyleft licence named owes them to those who get
// the program, how, and that a public repository is one way, not a duty.
func TestPublishingForEveryoneAnswered(t *testing.T) {
	answered(t, "We'd like to use the Wolvic VR browser (MPL 2.0) in a commercial headset and we've changed some of its source files. Does section 3 of the licence mean we have to publish our changes on GitHub or somewhere public?",
		[]string{"No open source licence makes you publish your changes or source to the world", "MPL-2.0 section 3.2", "not a duty"}, []string{"GPLv2 section 3"})
	answered(t, "we use gpl software inside our internal closed app, do we have to put the source online?",
		[]string{"the GNU licences ask that those you give the program to get its complete source", "Kept in house, the program goes to no one, so nothing is owed."}, nil)
	// Permissive code owes no source; its obligations say what is owed.
	answered(t, "we changed an mit library in our app. do we have to publish our changes on github?", nil, []string{"Published for everyone?"})
}

// TestWhoCanAddAnException: a question that speaks of adding or granting an exception to
// a GNU licence gets who may add one: the holders of the code it covers, each of them.
func TestWhoCanAddAnException(t *testing.T) {
	answered(t, "We make a Blender add-on, which has to be GPL because it uses Blender's Python API. It needs a hardware vendor's proprietary SDK library to drive their display. Can our GPL add-on just load that library at runtime if we add a linking exception ourselves?",
		[]string{"Who can add an exception: only the copyright holders of the code it covers", "gpl-faq.html#GPLIncompatibleLibs"}, nil)
	answered(t, "packaging a gpl'd tool that links libssl. can we ship the binary without the author adding an openssl exception",
		[]string{"Who can add an exception"}, nil)
	// A licence that is no GNU one, and an exception already part of the licence named.
	answered(t, "my employer is happy to add an exception to my contract for my mit side project. do i need anything else?", nil, []string{"Who can add an exception"})
	answered(t, "can we link our closed app against a GPL library?", nil, []string{"Who can add an exception"})
}

// TestPermissionAskedOfAUse: whether the authors' permission is needed for a use gets
// what the licence, which is that permission, asks of the use.
func TestPermissionAskedOfAUse(t *testing.T) {
	answered(t, "we run a commercial minecraft server, do we need the author's permission to run a gplv3 anticheat plugin on it?",
		[]string{"in a network service (SaaS), and what do you owe under it?", "The licence itself: Its text asks nothing of a network service"}, nil)
	answered(t, "can we run a gplv3 anticheat plugin on our commercial minecraft server?", nil, []string{"what do you owe"})
}

// TestMustPublishSaidOfAService: a claim that the asker must publish code the licence
// never reaches, of a service, gets what the licence's text asks of that use.
func TestMustPublishSaidOfAService(t *testing.T) {
	answered(t, "Our company runs its customer portal on Drupal, with about a dozen custom modules we wrote in-house. Nobody outside gets the code; customers just use the website. A new colleague says that since Drupal is GPL we must publish those modules. Is that right?",
		[]string{"in a network service (SaaS), and what do you owe under it?", "The licence itself: Its text asks nothing of a network service"}, nil)
}

// TestFetchedByTheUser: a script or recipe that makes the user's machine fetch a program
// from elsewhere hands out no copy of it; the answer says so, in a verdict, a
// compatibility answer and the distribution topic.
func TestFetchedByTheUser(t *testing.T) {
	answered(t, "We don't publish container images, only a Dockerfile on GitHub that pulls Debian and some GPL packages from third-party repos at build time. Users build the image themselves. Are we the ones distributing those GPL packages and on the hook for their source?",
		[]string{"hands out no copy of that program itself", "Once you build the image or bundle yourself and hand that out, you distribute everything in it."}, nil)
	answered(t, "Our datasets library doesn't host a particular learner-essay corpus; it only ships a loading script that downloads the archive from the university's own site. A contributor now says the corpus licence forbids redistribution, and the author asked us to take it down. Are we actually redistributing anything, and what should we change?",
		[]string{"What counts as distribution", "Fetched by the user:"}, []string{"Contributing to an upstream project"})
	answered(t, "we ship an installer that bundles a GPL library in our closed app. ok?", nil, []string{"hands out no copy"})
}

// TestWhatALicenceCovers: whether a project's licence covers its artwork as well as its
// code gets the licence's profile with what decides that.
func TestWhatALicenceCovers(t *testing.T) {
	answered(t, "fehlerfabrik vcv rack modules are gpl-3.0-or-later. does that cover the panel graphics too or only the code?",
		[]string{"As I read it: does `GPL-3.0-or-later` cover the project's artwork and other assets as well as its code, and what does it ask?", "What the licence covers is what the project's notices say it covers"}, nil)
	answered(t, "does curse of war's gpl licence cover the game graphics too, or only the code",
		[]string{"cover the project's artwork and other assets as well as its code"}, []string{"in something you distribute: Needs approval"})
	answered(t, "can we use gpl-3.0 code in our game?", nil, []string{"What the licence covers"})
}

// TestWhatOfANoticeFileGoesOn: what of an Apache-2.0 NOTICE file must be carried on gets
// section 4(d): its attribution notices, not whatever else it holds.
func TestWhatOfANoticeFileGoesOn(t *testing.T) {
	const note = "What of a NOTICE file goes on: Apache-2.0 asks that what you hand on carry a readable copy of the attribution notices"
	answered(t, "xmemcached's apache NOTICE file is just a changelog with no copyright lines. what are we supposed to carry over when we ship it?", []string{note, "such as a changelog"}, []string{"A NOTICE file: Apache-2.0 does not ask"})
	answered(t, "do we have to copy the whole NOTICE file of an apache 2.0 library into our app?", []string{note}, nil)
	answered(t, "do we have to copy the whole NOTICE file of an mit library into our app?", nil, []string{note})
}

// TestChargingForWhatHoldsOpenCode: whether the asker may charge for a product holding
// open source code gets, beside the verdict, that every open source licence allows it.
func TestChargingForWhatHoldsOpenCode(t *testing.T) {
	answered(t, "Can we charge customers for a product that includes GPL software?",
		[]string{"💰 Charging for it: every open source licence lets you sell", "GPLv3 section 4"}, nil)
	answered(t, "can we sell our app that uses an MIT library?", []string{"💰 Charging for it"}, []string{"GPLv3 section 4"})
	answered(t, "can we sell a product with cc by-nc images?", nil, []string{"💰 Charging for it"})
}

// TestLawsThatLimitAnEmployersClaim: a question whether a law limits an employer's claim
// on one's own-time work gets, with the employer topic, what California's Labor Code
// section 2870 says, with its source.
func TestLawsThatLimitAnEmployersClaim(t *testing.T) {
	answered(t, "My employment contract says everything I create while employed belongs to the company. Does California's law about own time and own equipment protect me?",
		[]string{"Your employer and your own projects", "Laws that limit the claim: Some places limit such clauses by law. California's Labor Code section 2870", "sectionNum=2870"}, nil)
	answered(t, "does my employer own my side project?", []string{"Your employer and your own projects"}, []string{"Laws that limit the claim"})
}

// TestLibrariesInsideAProject: a project said to vendor other libraries gets, beside the
// verdict on its own licence, that those keep their own licences.
func TestLibrariesInsideAProject(t *testing.T) {
	answered(t, "gost is mit but vendors a huge pile of libraries. can we just drop it into our commercial product?",
		[]string{"`MIT` in something you distribute", "📦 Libraries inside it: the libraries a project vendors or bundles keep their own licences"}, nil)
	answered(t, "we bundle several MIT libraries in our app, ok?", nil, []string{"Libraries inside it"})
}

// TestNoticeForABundle: what a distribution that bundles others' code puts in its NOTICE
// and LICENSE files, asked in the attribution topic or of a licence, gets the note on
// them; the NOTICE file of a single Apache-licensed work does not.
func TestNoticeForABundle(t *testing.T) {
	answered(t, "what has to go in the NOTICE file for our apache project's binary tarball? it bundles a pile of dependency jars",
		[]string{"NOTICE and LICENSE for what you bundle", "section 4(d)", "https://infra.apache.org/licensing-howto.html"}, nil)
	answered(t, "Our release is Apache-2.0 and bundles an MIT library. What goes into NOTICE and what into LICENSE?",
		[]string{"What a bundle's NOTICE and LICENSE files hold"}, nil)
	answered(t, "opencost is apache 2.0 but has no NOTICE file. isn't one required?", nil, []string{"What a bundle's NOTICE"})
	answered(t, "tilda bundles tomboykeybinder and openbox xerror code, fedora review wants a license breakdown, what goes in the License field", nil, []string{"What a bundle's NOTICE"})
}

// TestAdvertisingClauseNote: the original BSD licence's advertising clause, spoken of,
// gets what became of it (withdrawn by the University of California for its own files
// only), in a profile, a verdict or a compatibility answer; the licence named without
// the clause does not.
func TestAdvertisingClauseNote(t *testing.T) {
	const note = "📣 The advertising clause: on 22 July 1999 the University of California"
	answered(t, "Some libpcap headers carry the old 4-clause BSD licence, but the advertising clause names the Computer Systems Engineering Group at Lawrence Berkeley Laboratory instead of UC Berkeley. Does the advertising requirement still apply to these files?",
		[]string{note, "README.Impt.License.Change"}, nil)
	answered(t, "Great math library, but it's under the original 4-clause BSD with the advertising clause, and our smart-contract codebase is GPL v3. Can we use it?",
		[]string{note, "incompatible with the GPL"}, nil)
	answered(t, "can we use BSD-4-Clause code in our product?", nil, []string{note})
}

// TestBothOfAChoice: whether both licences of a choice bind, or the stricter one does,
// asked with a verdict or compatibility question, gets that it is a choice; a licence
// only wondered stricter does not.
func TestBothOfAChoice(t *testing.T) {
	const note = "🔀 A choice: `"
	answered(t, "Our engine is MIT and vendors mbedtls under thirdparty/, compiled straight into the editor. The 2.28.7 tarball's LICENSE is now 'Apache-2.0 OR GPL-2.0-or-later' and carries the full GPL-2.0 text. Do we have to follow both, and must we ship the GPL text alongside our builds?",
		[]string{note + "Apache-2.0 OR GPL-2.0-or-later`", "the other's text need not ship"}, nil)
	answered(t, "repo ships both LICENSE-MIT and LICENSE-APACHE so apache applies since its stricter?", []string{note + "MIT OR Apache-2.0`"}, nil)
	answered(t, "are avin's generative shaders mit/cc0 or something stricter? want a few in a client app", nil, []string{note})
}

// TestOwedOfCodeTakenIn: a compatibility question that also asks what is owed gets what
// the incoming code's own licence asks; one that does not ask, or whose answer is no,
// does not.
func TestOwedOfCodeTakenIn(t *testing.T) {
	const field = "What `Apache-2.0` asks of that code"
	answered(t, "Our Python package is MIT licensed, but a few functions were adapted from dcmri, which is Apache 2.0, and we didn't keep its licence anywhere. Can an MIT package contain adapted Apache-licensed code at all, and what do we have to add?",
		[]string{field, "pass on the attributions of its NOTICE file"}, nil)
	answered(t, "can our MIT package include Apache 2.0 code?", nil, []string{field})
}

// TestSourceOfUnchangedCopies: code under a GNU licence handed out unchanged, asked
// whether its source is still owed, gets that it is; a permissive licence, or a
// question that asks nothing of the source, does not.
func TestSourceOfUnchangedCopies(t *testing.T) {
	const note = "📦 Unchanged copies too"
	answered(t, "if we sell a gadget with unmodified gpl software built in, do we still have to offer the source? we didnt change anything",
		[]string{note, "GPLv2 section 3, GPLv3 section 6"}, nil)
	answered(t, "if we sell a gadget with unmodified mit software built in, do we still have to offer the source?", nil, []string{note})
	answered(t, "can we ship an unmodified gpl tool in our installer?", nil, []string{note})
}

// TestAbandonedCodeKeepsItsLicence: a project's abandonment relied on to put its code
// under other terms gets that the code keeps its licence; a fork merely said to be of an
// abandoned project does not.
func TestAbandonedCodeKeepsItsLicence(t *testing.T) {
	const note = "🏚️ Abandoned code keeps its licence"
	answered(t, "years ago i forked a gplv2 socks proxy and put my fork out as apache 2.0. original author seems gone — is the apache label ok since the project is abandoned?",
		[]string{note, "Only its holders can put it under other terms"}, nil)
	answered(t, "We maintain a community fork of an abandoned Apache-2.0 library. Can we ship it in our product?", nil, []string{note})
}

// TestWhatToDoForAUse: "what do we have to do" asked with a use gets the verdict with
// what the licence's text asks; a profile asked with a use whose verdict needs approval
// offers the exception request, as the verdict does.
func TestWhatToDoForAUse(t *testing.T) {
	answered(t, "We ship BusyBox in our router firmware. What do we have to do?",
		[]string{"may `GPL-2.0-only` code be used in something you distribute, and what do you owe under it?", "Its text asks", "Request an exception"}, nil)
	answered(t, "what do i need to do to ship mit code in our firmware? the device has no screen",
		[]string{"`MIT` code be used in something you distribute, and what do you owe under it?", "Its text asks"}, []string{"Request an exception"})
	// A profile asked with a use that needs approval offers the exception request too.
	answered(t, "what does the gpl 3 require when we ship it in our closed firmware?", []string{"Policy, in something you distribute", "Request an exception"}, nil)
}

// TestLicenceOfAnImage: the licence of a container image asked, with the licences of
// programs in it, gets that an image is an aggregate whose programs keep their own.
func TestLicenceOfAnImage(t *testing.T) {
	answered(t, "linuxserver mariadb image label says GPL-3.0-only but mariadb is gpl-2.0-only. which license is the image?",
		[]string{"under which licence is an image that holds them?", "🐳 A container or system image is an aggregate of separate programs, not one work"}, nil)
	answered(t, "can code under GPL-3.0-only and GPL-2.0-only be combined in one program?", nil, []string{"🐳"})
}
