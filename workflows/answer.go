package workflows

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// actionUse is the button that answers "How will it be used?"; its value is
// use + "\t" + expression.
const actionUse bot.ActionID = "license.use"

var useLabels = map[string]string{
	"internal": "Internal", "distribute": "Distributed", "saas": "SaaS", "mobile": "Mobile app",
	"modify": "Modified", "static_link": "Static linking", "dynamic_link": "Dynamic linking",
}

var usePhrases = map[string]string{
	"internal": "for internal use", "distribute": "in something you distribute", "saas": "in a network service (SaaS)",
	"mobile": "in a mobile app", "modify": "modified", "static_link": "linked statically", "dynamic_link": "linked dynamically",
}

// useButtons asks how a licence will be used: one button per use, with action and the
// value value gives it.
func useButtons(action bot.ActionID, value func(use string) string) bot.Block {
	var buttons []bot.Button
	for _, u := range config.Uses {
		buttons = append(buttons, bot.Button{Label: useLabels[u], Action: action, Value: value(u)})
	}
	return bot.Buttons(buttons...)
}

// questionRecord is one licence question and its verdict, kept for statistics.
type questionRecord struct {
	V          int    `json:"v"`
	Time       string `json:"time"`
	Platform   string `json:"platform"`
	User       string `json:"user"`
	Kind       string `json:"kind"`
	Expression string `json:"expression"`
	Use        string `json:"use,omitempty"`
	Verdict    string `json:"verdict"`
}

func (w *work) recordQuestion(kind, expr, use, verdict string) error {
	seq, err := questions.nextSequence(w.tx)
	if err != nil {
		return err
	}
	return questions.put(w.tx, seqKey(seq), &questionRecord{Time: w.now.UTC().Format("2006-01-02T15:04:05Z"), Platform: string(w.call.Event.Platform),
		User: string(w.call.Event.User.ID), Kind: kind, Expression: expr, Use: use, Verdict: verdict})
}

// asked is a question read before its transaction: what it asks, and, for one that
// names a Go module instead of a licence, what the module's licence files say.
type asked struct {
	q      license.Question
	named  bool // q names a licence
	module *moduleAnswer
	// note is what the answer adds for what the message says of licence texts or of the
	// code's parts (noteOnText), read here rather than inside the transaction.
	note string
	// moveFrom and moveTo are the licences a project the question moves has now and would
	// go to, when it names both (moveOf); read here too, for MoveEnds reads the licences
	// of the message again.
	moveFrom, moveTo string
}

// prepareAsk reads the question, and, for one that names a Go module instead of a
// licence ("what licence does golang.org/x/text use?"), reads that module's licence
// files at the proxy: network work that stays out of the transaction.
func prepareAsk(ctx context.Context, e *Engine, c bot.Call) (any, error) {
	a := &asked{}
	a.q, a.named = license.ParseQuestion(c.Event.Text)
	if a.named || license.AsksPerFileHeaders(c.Event.Text) {
		a.note = noteOnText(a.q, c.Event.Text)
	}
	if a.named {
		a.moveFrom, a.moveTo = moveOf(a.q, c.Event.Text)
	}
	path, version, isModule := license.ModuleIn(c.Event.Text)
	repo := repositoryIn(c.Event.Text)
	if repo != "" && (e.fetcher == nil || !fetcherAllows(e.fetcher, repo) || isModule && version != "") {
		repo = "" // a Go module at a version is read at the proxy, at that version
	}
	if isModule && !a.named && e.modules != nil && repo == "" {
		var err error
		if a.module, err = e.fetchModule(ctx, path, version); err != nil {
			return nil, err
		}
	}
	if a.module == nil && !a.named && a.q.Topic == "" && repo != "" {
		// "can we use https://github.com/sharkdp/fd in our product?": the licence file of
		// the repository named, read from its code host.
		var err error
		if a.module, err = e.fetchRepository(ctx, repo); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// logoNote is what a licence does not give of a project's logo or name: the right to use
// them as its mark.
const logoNote = "A project's logo and name are its marks: the licence of its code grants copyright (and, in some licences, patent) rights, not the right to use them as the project's trademark. Apache-2.0 says so in section 6 and MPL-2.0 in section 2.3; BSD-3-Clause forbids using the authors' names to endorse a product, and GPLv3 lets authors decline trademark rights (section 7(e)). A logo's image file may carry a licence of its own, often a Creative Commons one, which the project's README or brand page says; using it as the project's mark (to name or promote your product) follows the project's trademark or brand policy, or its holders' permission (https://spdx.org/licenses/Apache-2.0.html, https://spdx.org/licenses/MPL-2.0.html)."

// fontEmbedNote is what the GPL's font exception is for: a document that embeds a GPL
// font, read as a work based on it, would otherwise come under the GPL.
const fontEmbedNote = "A document that embeds a font, whole or in part (a PDF with the font's glyphs in it), carries a copy of the font, and under the GPL alone may be read as a work based on it. That is why GPL fonts usually carry the font exception (`Font-exception-2.0`): embedding the font, unchanged, does not by itself bring the document under the GPL. Look for it in the font's notice (`GPL-2.0-or-later WITH Font-exception-2.0` and the like); without it, ask the font's authors to add it, or use a font under the SIL Open Font License, which lets documents embed it freely (https://www.gnu.org/licenses/gpl-faq.html#FontException)."

// systemLibraryNote is what the GNU licences' system library exception leaves out of
// the source a program owes, and what it does not do.
const systemLibraryNote = "The system library exception: the GNU licences ask for the source of the whole program, not of the operating system it runs on. GPLv3 (section 1) leaves out the System Libraries: code that comes with a major component of the system (its kernel, window system or compiler) and serves only to let the program use that component, or implements a standard interface published in source form. GPLv2 (section 3) leaves out what is normally distributed with the major components of the operating system, unless that component itself accompanies the executable: whoever ships the library together with the program, as a distribution does in one archive, cannot lean on it. A library the program ships itself (a game's SDK DLL, a vendor's library) is no system library. The exception lets the program link such a library without its source; it does not make the library's licence compatible with the GPL (https://www.gnu.org/licenses/gpl-faq.html#SystemLibraryException)."

// exhibitBNote is what MPL 2.0's Exhibit B does, printed at the end of the licence's own
// text: nothing until it is attached to the code's files.
const exhibitBNote = "Exhibit B at the end of the MPL 2.0 text is a form, like Exhibit A: code is “Incompatible With Secondary Licenses” only when its initial contributor attaches that notice to it, or when it came under MPL 1.1 or earlier alone (MPL-2.0 section 1.5). The licence text copied whole into a LICENSE file, form included, marks nothing; with no file carrying the notice, the code keeps MPL 2.0's route into a larger work under the GPL, LGPL or AGPL (section 3.3). Where the files do carry it, SPDX names the licence `MPL-2.0-no-copyleft-exception`, which keeps that code out of GNU-licensed works. Deleting the form from the LICENSE file changes nothing either way (https://www.mozilla.org/en-US/MPL/2.0/FAQ/)."

// partNote says, for a part of a project other than its code asked about when the only
// licence given is the code's, where that part's terms are found.
func partNote(part string) string {
	if strings.Contains(part, "weights") || strings.Contains(part, "checkpoint") || strings.Contains(part, "model") {
		return fmt.Sprintf("The licence you named is said of the code. Whether the %s come under it is for the project to say: look for terms that go with them (a model card, the release or download page, a licence file beside them). Where the project gives no other terms, its licence is usually meant for everything in the repository, which its authors can confirm; pretrained weights, though, may carry terms of their own, from a base model they were trained from or from their training data, which the code's licence does not lift.", part)
	}
	return fmt.Sprintf("The licence you named is said of the code. Whether the %s come under it is for the project to say: look for terms that go with them (a licence or README in their folder, the credits, the download page). Where the project gives no other terms, its licence is usually meant for everything in the repository, which its authors can confirm; art, music and data are often under a Creative Commons licence of their own.", part)
}

// perFileHeadersNote says whether a licence makes a header in every file a condition, or
// one licence file will do.
const perFileHeadersNote = "No open source licence makes a header in every file a condition of using or sharing the code: what they ask is that the licence text and the copyright notices go with the copies. One licence file at the root, with the copyright line, meets MIT, BSD and Apache-2.0 (Apache-2.0 also asks you to keep the notices already in the files and to mark the files you changed). MPL-2.0's notice (its Exhibit A) is meant for each file, but may sit where a recipient would look, such as a LICENSE file, when a file cannot hold it. The GNU licences' “How to Apply” advises a notice in each file, so that a file copied out alone still says its licence: advice, not a condition. A one-line `SPDX-License-Identifier:` in each file is the cheap way to get that (https://reuse.software/, https://www.gnu.org/licenses/gpl-howto.html)."

// placeholderNote says what a licence file's unfilled placeholders are, by the licence:
// Apache-2.0's appendix and the GNU licences' "How to Apply" are templates for the notice
// in one's own files, while MIT's and BSD's copyright line is part of the licence given.
func placeholderNote(id string) string {
	switch {
	case strings.HasPrefix(id, "Apache-2.0"):
		return "The bracketed lines at the end of the Apache License 2.0 are its appendix: a template for the notice you put at the top of your own source files, with your year and the copyright owner's name. The licence text in the LICENSE file stays as it is, appendix included, brackets and all; fill in the notice in your files, and a NOTICE file if you keep one (https://www.apache.org/licenses/LICENSE-2.0#apply)."
	case license.NamesGNUCopyleft(id):
		return "The part of a GNU licence after its terms, “How to Apply These Terms to Your New Programs”, is a template for the notice in your own files (<year>, <name of author>, one line on what the program does). The copy of the licence in COPYING stays as it is, template included; put the filled-in notice at the top of each source file (https://www.gnu.org/licenses/gpl-howto.html)."
	case strings.HasPrefix(id, "MIT") || strings.HasPrefix(id, "BSD-") || id == "ISC" || strings.HasPrefix(id, "0BSD"):
		return "In " + id + " the copyright line is part of the licence you give: put the year and the copyright holders' names in it, in the LICENSE file itself. Left as a placeholder, the file names no one, and those who copy the code cannot keep a notice that says whose it is (https://choosealicense.com/licenses/mit/)."
	}
	return ""
}

// moveOf is the licence a project that q moves has now and the one it would go to, when q
// names both as code going into a work ("my project is gplv3 and i want to switch it to
// mit"); "" for both otherwise. The reading takes the work's licence for the one moved
// to; the words around each can say otherwise ("We maintain a small Rust ring buffer crate
// under the LGPL … asked for MIT or Apache").
func moveOf(q license.Question, text string) (from, to string) {
	if !(q.Relicenses || q.RelicenseAsked) || q.Kind != license.AskCompatibility || q.Reading != license.RolesSaid ||
		len(q.Licenses) != 2 || q.Licenses[1] != q.Work || len(license.Conjuncts(q.Licenses[0])) != 1 {
		return "", ""
	}
	if from, to, ok := license.MoveEnds(text, q.Licenses[0], q.Work); ok {
		return from, to
	}
	return q.Licenses[0], q.Work
}

// lgplStaticNote says what the LGPL asks of a program built the way Rust and Go build
// them, with every library compiled into one executable.
func lgplStaticNote(language string) string {
	return language + " builds a program as one executable with its libraries compiled in, so an LGPL library written in " + language + " cannot be swapped like a shared library. The LGPL still allows that static linking into a program under other terms, on one condition: whoever receives the program must be able to relink it with a changed version of the library. LGPL-2.1 (section 6(a)) and LGPL-3.0 (section 4(d)) meet it by handing out the program's own object code, or its source, in a form that can be rebuilt with the changed library; with " + language + "'s toolchain that is in practice the program's source or build tree, which few closed products give. A C library under the LGPL reached through bindings (GTK, libheif, libusb) is another matter: linked as a shared library, it stays replaceable. Authors who want changes to their library shared, but programs using it left free, often pick MPL-2.0, whose copyleft covers its own files with no relinking condition, or add a static linking exception to the LGPL (https://www.gnu.org/licenses/gpl-faq.html#LGPLStaticVsDynamic, https://www.mozilla.org/en-US/MPL/2.0/FAQ/)."
}

// noteOnText is what an answer to q adds for what the message says of the licence texts
// or of the code's parts, beside what it asks: the first that applies, or "".
func noteOnText(q license.Question, text string) string {
	if part := license.PartBesideCode(text); part != "" {
		// "open_clip code is mit, are the pretrained weights mit as well"
		return partNote(bot.Printable(part, 40))
	}
	switch {
	case license.AsksPerFileHeaders(text):
		// "does every .rs file need the licence header, or is one LICENSE file per
		// published crate enough?"
		return perFileHeadersNote
	case len(q.Licenses) == 1 && license.TemplatePlaceholder(text):
		// "our LICENSE file still says Copyright [yyyy] [name of copyright owner] at the
		// bottom, do we need to fill that in"
		return placeholderNote(q.Licenses[0])
	case license.ExhibitBTemplate(text) && (slices.Contains(q.Licenses, "MPL-2.0") || q.Work == "MPL-2.0"):
		// "Syncthing's MPLv2 LICENSE file ends with Exhibit B, the 'Incompatible With
		// Secondary Licenses' notice. Doesn't that mean GPL projects can't use its code?"
		return exhibitBNote
	case q.ClosedOS == "" && (!q.Proprietary || q.ClosedIn) && license.AsksAboutSystemLibrary(text) &&
		(slices.ContainsFunc(q.Licenses, license.NamesGNUCopyleft) || license.NamesGNUCopyleft(q.Work)):
		// "What's the GPL's 'system library' exception about?", "Doesn't the system
		// library exception cover OpenSSL, since every distro ships it?": the exception is
		// a GNU-licensed program's, not a closed one's; a port to a closed system is
		// answered with it already.
		return systemLibraryNote
	}
	if language := lgplStaticLanguage(q, text); language != "" {
		return lgplStaticNote(language)
	}
	return ""
}

// lgplStaticLanguage is the language, Rust or Go, in which the message asks about an LGPL
// library, whose programs are built as one executable: "our rust crate is lgpl-3.0 but
// cargo links everything statically. switch to mpl 2.0?", "Go links everything
// statically. If our closed Go program uses an LGPLv3 package, is it enough to hand out
// our object files?". "" when it names neither, when other code goes into an LGPL work
// ("our crate is lgpl-3.0-only. can we pull in a dependency that's gpl-3.0-only?"), or
// when the message says the library's LGPL comes with a linking exception.
func lgplStaticLanguage(q license.Question, text string) string {
	if !slices.ContainsFunc(append(slices.Clip(q.Licenses), q.Work), lgplWithoutException) ||
		q.Kind == license.AskCompatibility && license.NamesGNUCopyleft(q.Licenses[0]) && !strings.Contains(q.Licenses[0], "LGPL-") ||
		license.SaysLinkingException(text) {
		return ""
	}
	return license.StaticBuildLanguage(text)
}

// lgplWithoutException tells whether id names an LGPL with no exception added to it (a
// linking exception settles what the note would say).
func lgplWithoutException(id string) bool {
	return strings.Contains(id, "LGPL-") && !strings.Contains(id, " WITH ")
}

func runAsk(w *work) error {
	a := w.prepared.(*asked)
	logo := license.AsksAboutLogo(w.call.Event.Text)
	if logo {
		w.note = logoNote
	}
	if a.named && license.AsksAboutFontEmbedded(w.call.Event.Text) && slices.ContainsFunc(a.q.Licenses, func(id string) bool {
		return license.NamesGNUCopyleft(id) && !strings.Contains(id, "Font-exception")
	}) {
		// "my display font is gpl3. someone says any document that embeds it would have
		// to be gpl too. true?"
		w.note = fontEmbedNote
	}
	if w.note == "" {
		w.note = a.note
	}
	if i := slices.IndexFunc(a.q.Projects, func(p license.ProjectReading) bool { return len(a.q.Licenses) == 1 && p.License == a.q.Licenses[0] }); logo && a.named && i >= 0 && a.q.Claim == nil {
		// "can we use the ansible logo as the avatar of our repos?": the licence read is
		// the project's code's, which says nothing of its logo; the logo is the answer.
		p := a.q.Projects[i]
		w.note = ""
		return w.reply(restated(fmt.Sprintf("may %s's logo be used, and is it under its code's `%s`?", bot.Printable(p.Said, 60), p.License),
			bot.Reply{Text: fmt.Sprintf("`%s` is the licence of %s's code; it does not make the logo yours to use.", p.License, bot.Printable(p.Said, 60)), Blocks: []bot.Block{bot.Section(logoNote)}}))
	}
	if m := a.module; m != nil {
		// The licence of a Go module the question named, and, when it names a use, the
		// policy's verdict on it.
		use := license.DetectUse(w.call.Event.Text)
		what := m.what
		if what == "" {
			what = "Go module"
		}
		lead := fmt.Sprintf("what licence is the %s `%s` under?", what, m.module)
		if use != "" {
			lead = fmt.Sprintf("what licence is the %s `%s` under, and may it be used %s?", what, m.module, usePhrases[use])
		}
		if err := w.identifyReplies(m.files, lead); err != nil {
			return err
		}
		if use == "" || m.expr == "" {
			return nil
		}
		r, err := w.verdict(m.expr, use)
		if err != nil {
			return err
		}
		r.Text = m.module + ": " + r.Text
		return w.reply(r)
	}
	// The whole message is the question: in "can we use …" the command word is part of it.
	q, ok := a.q, a.named
	if !ok && q.Topic != "choose" && license.AsksAboutNoLicense(w.call.Event.Text) || ok && q.Unlicensed {
		// "our repo has no licence yet, which should we put?" asks to choose one; code
		// with no licence, taken in, is the question here.
		if err := w.recordQuestion("verdict", "NONE", "", license.NeedsApproval.String()); err != nil {
			return err
		}
		question := "may code that has no licence be used?"
		if q.Unlicensed {
			question = fmt.Sprintf("may code that has no licence be used in your work under `%s`?", q.Work)
		}
		r := NoLicenseReply(w.e.policy.URL())
		if license.CodeFromBook(w.call.Event.Text) {
			r.Blocks = append(r.Blocks, bot.Context(bookCodeNote))
		}
		return w.reply(restated(question, r))
	}
	if (!ok && (q.Topic == "" || q.Topic == "distribution") || ok && q.Tool != nil && q.Topic == "") && license.ForbidsDistribution(w.call.Event.Text) {
		// "the stm32 gcc linker scripts say copyright ac6, distribution not permitted.
		// can i ship them in my toolchain package": terms of their own that forbid what is
		// asked, whatever tool the files are for.
		if err := w.recordQuestion("verdict", "NO-DISTRIBUTION", "distribute", license.NotAllowed.String()); err != nil {
			return err
		}
		return w.reply(restated("may code whose own terms forbid handing it out be shipped or published?", NoDistributionReply(w.e.policy.URL())))
	}
	if ok && q.ClosedIn && q.Topic == "" && q.Use != "internal" {
		// "our gplv3 game wants to LoadLibrary the closed steamworks dll": closed code
		// taken into the asker's GPL work (kept in house, the GPL asks nothing of it).
		if err := w.recordQuestion("closed-in", q.Work, q.Use, license.NeedsApproval.String()); err != nil {
			return err
		}
		plugins := license.ClosedPlugins(w.call.Event.Text)
		r := readAs(ClosedIntoCopyleftReply(q.Work, plugins, w.e.policy.URL()), q.Assumed)
		other := q.Use
		if other == "" {
			other = "dynamic_link"
		}
		r.Blocks = append(r.Blocks, bot.Buttons(useButton("As "+q.Work+" code you take in", q.Work, other)))
		question := fmt.Sprintf("may closed (proprietary) code go into your work under `%s`?", q.Work)
		if plugins {
			question = fmt.Sprintf("may closed (proprietary) plug-ins be made and handed out for your program under `%s`?", q.Work)
		}
		return w.reply(restated(question, r))
	}
	if ok && q.ClosedOS != "" {
		// "nano is gplv3+ and windows is proprietary - isn't a windows port against the
		// licence?": the system library exception, not the policy's verdict on shipping.
		return w.answerClosedOS(q)
	}
	if ok && q.ByOthers && (q.Topic == "" || q.Topic == "permissive") {
		return w.answerByOthers(q, readings(q))
	}
	if t, about := license.TopicNamed(q.Topic); about && (!ok || license.TopicOutranksLicences(q.Topic) || q.Topic == "copyleft" && license.AsksWhyCopyleft(w.call.Event.Text)) {
		var named []string
		if ok && q.Topic != "cla" && q.Topic != "employer" && q.Topic != "contribute" {
			for _, l := range q.Licenses { // in the order the question names them
				terms, _ := license.Terms(l)
				for _, t := range terms {
					if !slices.Contains(named, t) {
						named = append(named, t)
					}
				}
			}
		}
		var asIs []bot.Button
		if ok && q.RelicenseAsked {
			// The maintainers are asked to move the project ("any chance of BSD instead?
			// we'd like it in our app"): it is theirs, not the asker's to release, and the
			// verdict on it as it is stays one click away.
			t.Request, t.MovingRequest = "", ""
			if !q.ProposedOnly { // the licences named are the ones asked for, not the project's
				asIs = asIsButtons(q, w.call.Event.Text)
			}
		}
		asked := topicAsked{moving: q.Relicenses || q.RelicenseAsked, generated: q.Generated, nonCode: q.NonCode, obliged: t.Name == "contribute" && license.AsksObligedToContribute(w.call.Event.Text), upstream: t.Name == "distribution" && license.AsksPointingAtUpstream(w.call.Event.Text), dco: t.Name == "cla" && license.AsksDCO(w.call.Event.Text), stateLaw: t.Name == "employer" && license.AsksStateLaw(w.call.Event.Text), static: t.Name == "choose" && license.AsksStaticForOwn(w.call.Event.Text), service: t.Name == "choose" && license.AsksServiceFit(w.call.Event.Text) && (len(named) == 0 || slices.ContainsFunc(named, license.NamesGNULicence)), public: t.Name == "choose" && license.AsksPublicIsOpen(w.call.Event.Text), hardware: t.Name == "choose" && (license.AboutHardware(w.call.Event.Text) || slices.ContainsFunc(named, isHardwareLicence)), beside: q.TermsBeside, maintainer: q.Maintainer, permissive: ok && slices.ContainsFunc(q.Licenses, license.Permissive),
			version: q.VersionRead, versionWhy: q.VersionWhy, unnamed: !ok && t.Name == "copyleft" && license.ObligedByTakenIn(w.call.Event.Text)}
		asked.from, asked.to = a.moveFrom, a.moveTo
		if ok && (q.Topic == "noncommercial" || q.Topic == "distribution") && q.Kind == license.AskVerdict && q.Use != "" && !license.AskedOfOthers(w.call.Event.Text) {
			// Not when the question is what someone else owes ("are they obliged to give
			// us the source?"): the policy speaks of the organisation's own use.
			asked.expr, asked.use = q.Expression, q.Use
		}
		return w.answerTopic(t, named, asked, asIs...)
	}
	if !ok {
		// "networker used to be gplv3 - what licence is it now?": a project the bot does
		// not know, with the licence it left.
		if name, former, asked := license.FormerOfUnknown(w.call.Event.Text); asked && len(q.Licenses) == 0 {
			return w.reply(formerOfUnknownReply(name, former))
		}
		// "which license does ksw2 use?" names a project, not the policy.
		if name, asked := license.ProjectAsked(w.call.Event.Text); asked {
			return w.reply(unknownProjectReply(name, ""))
		}
		// "can i use crcpp in a commercial project?": its licence decides, unknown here.
		if name, used := license.ProjectUsed(w.call.Event.Text); used {
			return w.reply(unknownProjectReply(name, fmt.Sprintf("may you use `%s` as you describe? Its licence decides that.", bot.Printable(name, 60))))
		}
	}
	if pq, about := license.AsksAboutPolicy(w.call.Event.Text); !ok && about {
		question := "what does the licence policy say"
		switch {
		case len(pq.Verdicts) == 0:
		case pq.Verdicts[0] <= license.AllowedWithObligations:
			question = "which licences does the policy allow"
		case pq.Verdicts[0] == license.NeedsApproval:
			question = "which licences need approval"
		default:
			question = "which licences does the policy not allow"
		}
		if pq.Use != "" {
			question += " " + usePhrases[pq.Use]
		}
		question += "?"
		return w.reply(restated(question, OverviewReply(w.e.policy.Overview(), pq, w.e.policy.URL())))
	}
	// What was not understood gets no verdict: the reply says what was read, and what
	// to ask instead.
	if !ok && len(q.Unknown) > 0 {
		return Errorf("As I read it: a licence question about %s.\n%s. Name it by SPDX ID (`GPL-2.0-only`) or a common name (`GPLv2`, `Apache 2`); an organisation's own licence is `LicenseRef-NAME`, as the policy names it.", quotedWords(q.Unknown), unknownWords(q.Unknown))
	}
	if !ok && logo {
		// "what licence is the official debian logo?": the logo is the question, and
		// what a licence does not give of it the answer.
		w.note = ""
		return w.reply(restated("may a project's logo be used, and under what licence?", bot.Reply{Text: logoNote}))
	}
	if !ok {
		return w.reply(NotUnderstoodReply())
	}
	if q.Unpaired {
		return Errorf("As I read it: is `%s` compatible with %s?\n%s, so I cannot say. Ask again with both licences by SPDX ID, e.g. `is %s compatible with GPL-2.0-only?`",
			q.Licenses[0], quotedWords(q.Unknown), unknownWords(q.Unknown), q.Licenses[0])
	}
	if q.Partial && len(q.Unknown) == 1 {
		// "GPLv2 with a linking exception", "GPLv2 with the OpenSSL exception": which
		// exception it is decides what the licence allows.
		ids, linking := license.ExceptionChoices(q.Unknown[0], q.Expression)
		if q.Difference && q.Kind == license.AskProfile && len(q.Licenses) == 2 && linking && len(ids) > 0 {
			// "is mpl 2.0 basically the same deal as lgpl with a static linking
			// exception?": the licences are compared, and the reply says the exception,
			// which it does not name, is left out.
			return w.answerProfiles(q, true)
		}
		if q.Kind == license.AskVerdict && q.Use != "" && len(q.Licenses) == 1 && (linking && len(ids) > 0 || len(ids) > 1) {
			return w.answerExceptionUnnamed(q, ids, linking)
		}
		if note, ok := exceptionChangesNothing(q, ids); ok && !linking {
			// "A contributor offers code under GPLv3-or-later with an OpenSSL exception.
			// Can we accept it?" into a GPLv2 project: no exception of that name changes
			// whether the code may go in.
			return w.answerCompatibility(q.Licenses[0], q.Licenses[1], q.Use, q.Reading == license.RolesAssumed, noRelicensing, append(readings(q), note), otherReadings(q))
		}
		switch {
		case linking && len(ids) > 0:
			return Errorf("As I read it: a question about `%s` with a linking exception the message does not name.\nWhat linking allows depends on which exception it is, so I give no verdict without it. Ask again with its SPDX ID, e.g. %s.", q.Expression, bot.JoinOr(withEach(q.Expression, ids)))
		case len(ids) > 1:
			base := gnuTerm(q.Licenses)
			var options []string
			for _, id := range ids {
				options = append(options, "`"+id+"`")
			}
			return Errorf("As I read it: a question about `%s` with the %s, which the message does not name by its SPDX ID.\nSPDX lists %d exceptions by that name (%s), and what the licence allows depends on which, so I give no verdict without it. Ask again with its SPDX ID, e.g. `%s WITH %s`.",
				base, q.Unknown[0], len(ids), strings.Join(options, ", "), base, ids[0])
		}
	}
	if q.Partial {
		return Errorf("As I read it: a question about `%s` and %s.\n%s, so I give no verdict on a question that is partly about it. Ask again with it by SPDX ID, or as `LicenseRef-NAME` if it is the organisation's own.", q.Expression, quotedWords(q.Unknown), unknownWords(q.Unknown))
	}
	notes := readings(q)
	if q.Kind == license.AskProfile {
		return w.answerProfiles(q, true)
	}
	if q.Kind == license.AskCombination {
		return w.answerCombination(q.Licenses, notes, otherReadings(q), q.Apart)
	}
	if q.Kind == license.AskCompatibility && q.Reading == license.RolesAmbiguous {
		if q.BothWays {
			a, b := q.Licenses[0], q.Licenses[1]
			ab, ba := license.CompatibleFor(a, b, q.Use), license.CompatibleFor(b, a, q.Use)
			if err := w.recordQuestion("compatibility", a+" <> "+b, q.Use, "both ways: "+ab.Answer+" / "+ba.Answer); err != nil {
				return err
			}
			return w.reply(readAs(BothWaysReply(ab, ba, q.Use), notes))
		}
		if err := w.recordQuestion("compatibility", q.Licenses[0]+" ? "+q.Licenses[1], "", "asked for direction"); err != nil {
			return err
		}
		return w.reply(readAs(AmbiguousReply(q.Licenses[0], q.Licenses[1], q.Use), notes))
	}
	if q.Kind == license.AskCompatibility {
		move := noRelicensing
		switch {
		case q.Relicenses:
			move = ownMoved
		case q.RelicensesTaken:
			move = takenRelicensed
		}
		return w.answerCompatibility(q.Licenses[0], q.Licenses[1], q.Use, q.Reading == license.RolesAssumed, move, notes, otherReadings(q))
	}
	if q.Holder {
		return w.answerHolder(q, notes)
	}
	if q.Use == "" {
		if err := w.recordQuestion("verdict", q.Expression, "", "asked for use"); err != nil {
			return err
		}
		buttons := useButtons(actionUse, func(u string) string { return u + "\t" + q.Expression })
		for i := range buttons.Buttons {
			buttons.Buttons[i].Command = useCommand(q.Expression, config.Uses[i])
		}
		r := bot.Reply{Text: fmt.Sprintf("How will `%s` be used?", q.Expression), Blocks: []bot.Block{buttons}}
		question := restateVerdict(q.Expression, "", q.Proprietary)
		if q.AsksExpression {
			// "what spdx expression should we declare for boringssl?": the expression is
			// the project's licence, named; its verdict waits for the use.
			r.Text = fmt.Sprintf("The SPDX expression: `%s`. How will it be used, for its verdict?", q.Expression)
			question = fmt.Sprintf("which SPDX expression to write (`%s`), and may that code be used?", q.Expression)
		}
		return w.reply(restated(question, readAs(r, notes)))
	}
	d, r, err := w.decided(q.Expression, q.Use)
	if err != nil {
		return restatedError(restateVerdict(q.Expression, q.Use, q.Proprietary), err)
	}
	if line := w.readingsThatChange(q, d.Verdict); line != "" {
		r.Blocks = append(r.Blocks, bot.Context(line))
	}
	if q.Owed {
		r = withTextAsks(r, q.Expression, q.Use)
	}
	r = withCorrections(r, q)
	switch c := q.Claim; {
	case c != nil && c.Doubted:
		r = withClaimFor(*c, q.Use, r)
	case c != nil && !c.Holds:
		r = withSaidClaim(*c, q.Use, r)
	}
	if d := q.Disagree; d != nil {
		r = withSourcesDisagreeing(*d, q.Use, r)
	}
	if len(q.Former) > 0 && len(q.Licenses) == 1 && q.Claim == nil && q.Disagree == nil {
		// "That database used to be under MIT and has just been relicensed to CC BY 4.0.
		// What do we need to do in the app?": the verdict is on the licence now, with
		// what the change means for copies already had.
		_, r = withFormer(q.Former, q.Expression, r)
	}
	if parts := clashingParts(q); parts != nil {
		// "our app has some gpl-2-only files and a lib we link just went gpl-3+": each
		// licence's own verdict is not the whole answer when they cannot share one work.
		r.Blocks = append([]bot.Block{bot.Context(fmt.Sprintf("⚠️ %s cannot be combined in one program: the OSADL matrix lets none of them go into a work under another. Shipped as separate programs side by side, each keeps its own licence.", "`"+strings.Join(parts, "` and `")+"`"))}, r.Blocks...)
		r.Blocks = append(r.Blocks, bot.Buttons(bot.Button{Label: "Can they be combined?", Action: actionCombine, Value: strings.Join(parts, "\t"), Command: combineCommand(parts)}))
	}
	if (q.Use == "mobile" || q.Use == "distribute") && w.throughApplesStore(q.Expression) {
		r.Blocks = append([]bot.Block{bot.Context(appStoreNote)}, r.Blocks...)
	}
	r.Blocks = append(w.verdictNotes(q), r.Blocks...)
	shortened := license.AsksShortenedText(w.call.Event.Text)
	if note, ok := w.lockedDevice(q.Expression); ok {
		r.Blocks = append(r.Blocks, note)
	}
	takenIn := license.CopyleftTakenIn(w.call.Event.Text, q.Expression)
	if takenIn {
		r.Blocks = append([]bot.Block{bot.Context(copyleftTakenInNote)}, r.Blocks...)
	}
	if q.LinkTaken {
		r.Blocks = append([]bot.Block{bot.Context("Taken as linked dynamically: the question does not say how the library goes into your work, and a library under the LGPL is usually linked so. Compiled in statically, it asks more (your object files, so that users can relink with a changed library): pick Another use.")}, r.Blocks...)
	}
	if q.ForbidsModifying {
		// The verdict assumes the work's terms meet the LGPL's; these do not.
		// The policy's verdict holds only once the terms allow what the LGPL requires, so
		// the verdict line says that instead of contradicting the warning above it.
		verdict, rest, _ := strings.Cut(r.Text, "\n")
		if head, _, ok := strings.Cut(verdict, ": "); ok {
			verdict = head + ": not allowed as your terms stand; " + strings.ToLower(strings.TrimSuffix(verdict[len(head)+2:], ".")) + " once they allow it."
		}
		r.Text = "⚠️ Your terms forbid modifying or reverse-engineering the work. The LGPL requires that users may modify the combined work for their own use and reverse-engineer it to debug those changes, so as written this is not allowed: change the terms first (the OSPO can review them).\n" + verdict
		if rest != "" {
			r.Text += "\n" + rest
		}
	}
	question := restateVerdict(q.Expression, q.Use, q.Proprietary)
	if q.Tool != nil && q.Use == "internal" {
		question = fmt.Sprintf("may you build or develop with %s (`%s`), a tool you do not ship?", toolName(q), q.Tool.License)
	}
	if q.Output && q.OutputFrom != "" {
		// "our GPL tool writes new feed files with the OSM-derived shapes: what licence
		// does that output carry?": the input's licence, not the program's.
		question = fmt.Sprintf("what licence does what a program under `%s` makes from input under `%s` carry?", q.OutputFrom, q.Expression)
		r.Blocks = append([]bot.Block{bot.Context(fmt.Sprintf("A program's licence covers the program, not what you make with it, so `%s` does not reach the output. What is made from data or content under a licence is derived from it, so the output carries the input's terms: `%s`, whose verdict is below (https://www.gnu.org/licenses/gpl-faq.html#WhatCaseIsOutputGPL).", q.OutputFrom, q.Expression))}, r.Blocks...)
	} else if q.Output {
		// "is the parser Bison generates GPL?": the program is used; its output is the
		// asker's, unless the program puts parts of itself into it.
		name := "a program under `" + q.Expression + "`"
		if q.Tool != nil {
			name = fmt.Sprintf("%s (`%s`)", toolName(q), q.Expression)
		}
		question = fmt.Sprintf("does the licence of %s reach what you make with it (its output, the code it generates)?", name)
		r.Blocks = append([]bot.Block{bot.Context(programOutputNote)}, r.Blocks...)
	}
	if q.Apart && q.Use == "internal" {
		// "we run golangci-lint in CI; our repos are Apache-2.0": a tool run over the work.
		question = fmt.Sprintf("may you run a tool under `%s` (a linter, a converter, a build step) in house, as a program of its own, without combining it with your code?", q.Expression)
		r.Blocks = append([]bot.Block{bot.Context("A tool you run over your code (a linter, a formatter, a build step) is not combined with it: its licence reaches your code only if parts of the tool end up in what you ship.")}, r.Blocks...)
	}
	if q.Apart && q.Use == "saas" {
		question = fmt.Sprintf("may `%s` code run as a service of its own that your code only talks to over a network?", q.Expression)
		r.Blocks = append([]bot.Block{bot.Context("Run as a program of its own that your code only talks to over a network or its API, it is not combined with your code: what its licence asks (for the AGPL, if you change that program, offering the users who reach it over the network the source of your version) is for that program, not for your own code. Sharing one process or linking it in would combine them (https://www.gnu.org/licenses/gpl-faq.html#MereAggregation).")}, r.Blocks...)
	}
	if q.Collected {
		question = fmt.Sprintf("may a work under `%s` (an image, icon, sound or font), included unmodified in your own work (a program, a document, slides), be given out with it?", q.Expression)
		note := "Included as it is in a larger work (a program, a document, slides), the work is part of a collection, not adapted into it: ShareAlike and NoDerivatives reach changes to that work, not the work around it, so yours keeps its own licence. Keep the work's credit and licence notice, and any NonCommercial term still holds. Changing the work itself (recolouring, cropping, remixing) makes an adaptation, which ShareAlike does reach (https://certificates.creativecommons.org/cccertedu/chapter/4-4-remixing-cc-licensed-work/)."
		if q.Beside != "" {
			// "our GPL game … sprites under CC BY-SA 3.0, shipped together in one package".
			question = fmt.Sprintf("may a work under `%s` (an image, icon, sound or font), unmodified, be given out with your work under `%s`?", q.Expression, q.Beside)
			note += fmt.Sprintf(" Nor does `%s` reach the work: a program and the images or sounds it loads are separate works, which may be shipped together, each under its own licence (https://www.gnu.org/licenses/gpl-faq.html#MereAggregation).", q.Beside)
		}
		r.Blocks = append([]bot.Block{bot.Context(note)}, r.Blocks...)
	}
	if q.Apart && q.Use == "distribute" {
		question = fmt.Sprintf("may `%s` code, run as a separate program beside your work and not combined with it, be shipped with it?", q.Expression)
		if q.Beside != "" {
			question = fmt.Sprintf("may `%s` code, run as a separate program beside your work under `%s` and not combined with it, be shipped with it?", q.Expression, q.Beside)
		}
		note := aggregateNote
		if license.ImageHolds(w.call.Event.Text) {
			note += " " + imageNote
			if q.Beside != "" {
				question = fmt.Sprintf("may programs under `%s` go out in one image beside your work under `%s`, and under which licence does the image go?", q.Expression, q.Beside)
			}
		}
		r.Blocks = append([]bot.Block{bot.Context(note)}, r.Blocks...)
	}
	if shortened {
		question = fmt.Sprintf("may the text of `%s` that goes with the code be shortened?", q.Expression)
	}
	if q.Owed {
		question = strings.TrimSuffix(question, "?") + ", and what do you owe under it?"
	}
	if takenIn {
		question = fmt.Sprintf("`%s` code went into your work unplanned: does that put your work under it, and %s", q.Expression, question)
	}
	return w.reply(restated(question, readAs(r, notes)))
}

// aggregateNote is what a program shipped beside the asker's work, run apart from it,
// means for the work.
const aggregateNote = "Shipped beside your work as a separate program, it is aggregated with it, not combined: what its licence asks (notices, source) is for that program, not for your own code. A command line or pipes keep it separate; sharing complex data structures or one address space may not (https://www.gnu.org/licenses/gpl-faq.html#MereAggregation)."

// imageNote is what an aggregate handed out as one container or system image means for
// the image's own licence.
const imageNote = "A container or system image is such an aggregate: each program in it keeps its own licence, whatever licence the image's repository names, so the image as a whole cannot go out under your licence alone. Say which parts are under which licence (a licence file for the image that lists them) and meet each one's terms, such as the source the GPL asks for its programs."

// throughApplesStore tells whether the message speaks of Apple's store and one of exprs
// names the GPL or the AGPL: the case appStoreNote is for.
func (w *work) throughApplesStore(exprs ...string) bool {
	return license.ThroughApplesStore(w.call.Event.Text) && slices.ContainsFunc(exprs, license.NamesGNUCopyleft)
}

// appStoreNote is what Apple's App Store means for code under the GPL or AGPL, whose
// terms forbid adding restrictions of one's own when handing the code on, whatever the
// policy's verdict on the use.
const appStoreNote = "⚠️ Apple's App Store hands out every app under its own terms of use (usage rules that limit the devices and how copies may be shared). The GPL and the AGPL forbid a distributor to add restrictions of their own (GPLv2 section 6, GPLv3 section 10), so the FSF holds that code under them cannot go out through the store on the GPL's permission alone; GNU Go was taken down after its complaint. Such an app is published there with its copyright holders' permission: all of them (each outside contributor too, unless a contributor agreement gave the project that right) grant an additional permission for app stores, as GPLv3 section 7 allows, or the app ships under other terms they grant. Code of others you cannot get that permission for must be rewritten or left out (https://www.fsf.org/news/2010-05-app-store-compliance)."

// verdictNotes are the notes a verdict on q opens with, in the order shown, for what the
// message says beside the use: the licence text shortened, an NDA on the copies, a
// header-only LGPL library, copies that lack what the licence asks, older releases, a
// permissive licence feared for the whole work.
func (w *work) verdictNotes(q license.Question) []bot.Block {
	text := w.call.Event.Text
	var notes []bot.Block
	if license.AsksShortenedText(text) {
		notes = append(notes, bot.Context(shortenedTextNote(q.Expression)))
	}
	if license.AsksLinkForText(text) {
		if note := linkForTextNote(q.Expression); note != "" {
			notes = append(notes, bot.Context(note))
		}
	}
	if note := endorsementNote(text, q.Expression); note != "" {
		notes = append(notes, bot.Context(note))
	}
	if license.AsksNoticeFileNeeded(text, q.Expression) {
		notes = append(notes, bot.Context(noticeFileNote))
	} else if license.AsksNoticeContents(text, q.Expression) {
		notes = append(notes, bot.Context(noticeContentsNote))
	} else if license.AsksNoticeForBundle(text) {
		notes = append(notes, bot.Context("📄 "+noticeBundleNote))
	}
	if handsOut(q.Use) && !q.ByOthers && license.NamesGNULicence(q.Expression) && license.AsksSourceOfUnmodified(text) {
		notes = append(notes, bot.Context(unmodifiedSourceNote))
	}
	if handsOut(q.Use) && !q.ByOthers && license.NamesGNULicence(q.Expression) && license.AsksSourceLater(text) {
		notes = append(notes, bot.Context(sourceLaterNote))
	}
	if handsOut(q.Use) && !q.ByOthers && license.NamesGNULicence(q.Expression) && !license.AsksSourceLater(text) && license.AsksSourceElsewhere(text) {
		notes = append(notes, bot.Context(sourceElsewhereNote))
	}
	if license.NamesGNULicence(q.Expression) && license.AsksExceptionAdded(text) {
		notes = append(notes, bot.Context(exceptionGrantNote))
	}
	if license.AsksAssetsCovered(text) {
		notes = append(notes, bot.Context(assetsCoveredNote))
	}
	notes = append(notes, licenceTermsNotes(text, q.Expression, q.Expression)...)
	if handsOut(q.Use) && len(q.Licenses) == 1 && license.AsksVendoredInside(text) {
		notes = append(notes, bot.Context(vendoredInsideNote))
	}
	if handsOut(q.Use) && !q.ByOthers && q.Topic == "" && license.AsksChargeForOpen(text, q.Expression) {
		notes = append(notes, bot.Context(chargeNote(q.Expression)))
	}
	if handsOut(q.Use) && license.AsksFetchedByUser(text) {
		notes = append(notes, bot.Context("🔗 "+fetchedByUserNote))
	}
	if !q.ByOthers && license.AsksPublishPublicly(text) {
		if note := publishPubliclyNote(q.Expression, q.Use); note != "" {
			notes = append(notes, bot.Context(note))
		}
	}
	if handsOut(q.Use) && !q.ByOthers && license.NamesGNUCopyleft(q.Expression) && license.SpeaksOfNDA(text) {
		notes = append(notes, bot.Context(ndaNote))
	} else if !q.ByOthers && license.NamesGNUCopyleft(q.Expression) && license.DevelopsUnderNDA(text) {
		notes = append(notes, bot.Context(ndaDevelopNote))
	}
	if q.Use == "static_link" && strings.Contains(q.Expression, "LGPL-") && license.SaysHeaderOnly(text) {
		notes = append(notes, bot.Context(headerOnlyLGPLNote))
	}
	breach := license.OwnBreach(text, q.Expression)
	if breach == "source" && q.Use == "saas" && !strings.Contains(q.Expression, "AGPL-") {
		breach = "" // a service hands out no copy: of the GNU licences only the AGPL asks its source
	}
	if note := ownBreachNote(breach, q.Expression); note != "" && !q.ByOthers && q.Use != "internal" {
		notes = append(notes, bot.Context(note))
	}
	if license.AsksOlderRelease(text) {
		notes = append(notes, bot.Context(olderReleaseNote))
	}
	if (q.Use == "dynamic_link" || q.Use == "static_link") && !q.ByOthers && license.WrapperBetween(text, q.Expression) {
		notes = append(notes, bot.Context(wrapperNote))
	}
	if !q.TermsBeside && license.CommercialLicenceSaid(text, q.Expression) {
		notes = append(notes, bot.Context(commercialLicenceNote(q.Expression)))
	} else if t, ok := license.TopicNamed("noncommercial"); ok && len(t.Beside) > 0 && !q.TermsBeside && license.TermsSaidBeside(text, q.Licenses) {
		// "bwa-meme's LICENSE says mit but the readme says academic use only. can our
		// company run it?": the verdict is the licence's; the terms beside it get what
		// they are.
		notes = append(notes, bot.Context("Terms written beside an open source licence: "+strings.Join(t.Beside, " ")+" (source: "+t.BesideSource+")"))
	}
	if note, ok := w.permissiveFeared(q.Expression); ok {
		notes = append(notes, note)
	}
	return notes
}

// permissiveFeared is the note for a licence the message fears a work must take because
// it includes code under it, when that licence asks nothing of the work around the code
// (license.PermissiveFeared): "readxl bundles libxls, which is bsd. doesn't that mean
// readxl itself has to be bsd?".
func (w *work) permissiveFeared(exprs ...string) (bot.Block, bool) {
	var ids []string
	for _, e := range exprs {
		for _, id := range license.PermissiveFeared(w.call.Event.Text, e) {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return bot.Block{}, false
	}
	said := "`" + strings.Join(ids, "` and `") + "`"
	if !slices.ContainsFunc(ids, func(id string) bool { return !strings.HasPrefix(id, "OFL-") }) {
		return bot.Context(fmt.Sprintf("No licence is put on the software around the font: %s keeps the font itself under the OFL (its condition 5), its notice and licence text going with it, and lets it be bundled, embedded, redistributed and sold with any software; documents made with the font are not reached either. A changed font may not use a Reserved Font Name.", said)), true
	}
	asks := "asks that its copyright notice and licence text stay with the code taken, and nothing of the work that includes it"
	kept := "stay under it, with their notices"
	if !slices.ContainsFunc(ids, license.AsksNotices) {
		asks, kept = "asks nothing at all, not even a notice", "may be used as you wish" // "CC0-1.0"
	}
	return bot.Context(fmt.Sprintf("No licence is put on the work around the code: %s %s. That work may be under any licence, closed source included; the parts under %s %s.", said, asks, said, kept)), true
}

// ownBreachNote is what the asker's copies lack, by their own account (license.OwnBreach),
// means: "" when they lack nothing the licence asks.
func ownBreachNote(breach, expr string) string {
	switch breach {
	case "credit":
		return fmt.Sprintf("⚖️ Without its notice: `%s` lets you hand the code out only with its copyright notice and licence text kept, so copies without them do not meet its condition, and handing them out infringes its authors' copyright, however the code came in (a copy, a paste, an assistant's suggestion). Put the notice back in what you ship (a third-party notices file beside the binaries) from the next release on, and in copies already out where you can.", expr)
	case "source":
		return fmt.Sprintf("⚖️ Without its source: `%s` lets you hand the code out only with its complete source (or a written offer of it) under the same licence, so copies without it do not meet its condition, and handing them out ends your permission under the licence until you put it right. Give those who got the copies the source, or stop handing them out.", expr)
	}
	return ""
}

// shortenedTextNote answers whether part of expr's licence text may be left out of the
// copies shipped (license.AsksShortenedText).
func shortenedTextNote(expr string) string {
	if license.NamesGNULicence(expr) {
		return "The licence text goes with the code whole. The GNU licences allow verbatim copies of their text only (“changing it is not allowed”, in their first lines), and the GPL FAQ says the preamble and the instructions at the end are integral parts of the licence that may not be left out (https://www.gnu.org/licenses/gpl-faq.html#GPLOmitPreamble). To save room, ship the text once (a COPYING file) and point to it from each file's notice."
	}
	return fmt.Sprintf("The licence text goes with the code as written: what `%s` asks of copies is its own text, and a shortened one is no longer that licence. To save room, ship the text once (a LICENSE or third-party notices file) and point to it.", expr)
}

// linkForTextNote answers, for each licence of expr, whether a link to the licence may
// stand in for a copy of its text in what is shipped (license.AsksLinkForText).
func linkForTextNote(expr string) string {
	terms, err := license.Terms(expr)
	if err != nil {
		return ""
	}
	var lines []string
	gnu, own := false, false
	for _, id := range terms {
		id = strings.TrimSpace(strings.Split(id, " WITH ")[0])
		asked, nothing := license.TextAsked(id)
		switch words := license.TextByLink(id); {
		case words != "":
			lines = append(lines, fmt.Sprintf("`%s`: yes, its text asks you to “%s”.", id, words))
		case nothing:
			lines = append(lines, fmt.Sprintf("`%s`: it asks for no text at all.", id))
		case license.NamesGNULicence(id):
			gnu = true
			lines = append(lines, fmt.Sprintf("`%s`: no, a copy of the licence goes with every copy of the program handed on (GPLv2 and LGPL-2.1 section 1, GPLv3 and AGPLv3 section 4, LGPLv3 section 4).", id))
		case len(asked) > 0:
			own = true
			lines = append(lines, fmt.Sprintf("`%s`: no, its text asks for the text itself (%s), which a link does not include.", id, strings.Join(asked, "; ")))
		default:
			own = true
			lines = append(lines, fmt.Sprintf("`%s`: its own text decides; read what it asks of copies.", id))
		}
	}
	note := "A link in place of the licence text: " + strings.Join(lines, " ")
	if gnu {
		note += " The GPL FAQ says why a URL will not do: it may no longer work years from now, and every recipient should be able to read their rights (https://www.gnu.org/licenses/gpl-faq.html#WhyMustIInclude)."
	}
	if own {
		note += " Copyright holders may accept a link for their own code: where their own pages say so, that covers their code, not others' under the same licence."
	}
	if gnu || own {
		note += " Shipping the text costs little: once, in a LICENSE, COPYING or third-party notices file, or for an app in its about or licences screen."
	}
	return note
}

// headerOnlyLGPLNote is what the LGPL asks of a program that includes a header-only
// library: its code is compiled into the program, so it is linked statically.
const headerOnlyLGPLNote = "A header-only library is compiled into every program that includes it, so it is read as linked statically. Only small parts taken from a library's headers are free of the LGPL's terms: numerical parameters, data structure layouts and accessors, and small macros, inline functions and templates of ten lines or fewer (LGPL-2.1 section 5, LGPL-3.0 section 3, which asks for a notice and the licence texts even then). A whole header-only library goes beyond that: the program must let its users relink it with a changed library, which in practice means giving them its object files or source, unless the library's authors add a linking exception or pick a licence written per file, such as the MPL."

// ndaNote is what a non-disclosure agreement on copies of GPL or AGPL code handed out
// means.
const ndaNote = "⚖️ An NDA on the copies you hand out: the GPL and the AGPL let no one who passes the code on add restrictions on what those who receive it may do with it (GPLv2 section 6, GPLv3 section 10), so recipients may share the GPL code whatever an NDA says, and handing it out on condition that they do not breaks the licence. An NDA can still cover what is not handed out (changes developed for a client and kept within the project until it says so) and parts that are yours alone."

// ndaDevelopNote answers whether changes to GPL code may be developed for a client under
// an NDA (license.DevelopsUnderNDA): yes, and the copy delivered carries the licence's rights.
const ndaDevelopNote = "⚖️ Changes developed under an NDA: the GPL and the AGPL let you develop changes for a client under an NDA and keep them unpublished until the client agrees, since nothing is handed out while you work on them. The copy you deliver to the client comes with the licence's rights: the client may pass it on, and no NDA can take that right away (GPLv2 section 6, GPLv3 section 10), though the client may choose not to use it. What the client does not receive, and parts that are yours alone, the NDA may still cover (https://www.gnu.org/licenses/gpl-faq.html#DevelopChangesUnderNDA)."

// endorsementNote says, for the licences of expr whose only call for written permission
// is for using their holders' names to endorse or promote, that using the code needs
// none (license.EndorsementPermissionMisread); "" when the text does not call for it.
func endorsementNote(text, expr string) string {
	ids := license.EndorsementPermissionMisread(text, expr)
	if len(ids) == 0 {
		return ""
	}
	return fmt.Sprintf("Written permission: %s asks for it only to use the names of the copyright holders or contributors to endorse or promote products made from the code. Using, changing and redistributing the code needs no permission from anyone, only the licence's conditions on notices.", "`"+strings.Join(ids, "` and `")+"`")
}

// noticeFileNote is what Apache-2.0 asks of a NOTICE file (license.AsksNoticeFileNeeded).
// vendoredInsideNote answers for libraries a project carries inside it
// (license.AsksVendoredInside): each keeps its own licence.
const vendoredInsideNote = "📦 Libraries inside it: the libraries a project vendors or bundles keep their own licences, which the project's licence does not replace, and each one's terms go with what you ship. The verdict above is for the project's own licence; `license URL` on its repository, or a scan of the source you ship (`ospobot license check`), lists the others, which may need their own verdicts."

// chargeNote answers whether the asker may charge for what holds code under expr, an
// open source licence (license.AsksChargeForOpen): the price is theirs to set; a
// copyleft licence's conditions go with the sale.
func chargeNote(expr string) string {
	note := "💰 Charging for it: every open source licence lets you sell what you build with the code, at any price; none asks you to give it away (the Open Source Definition, clause 1)."
	if license.NamesGNULicence(expr) {
		note += " The GNU licences say so themselves (GPLv3 section 4, GPLv2 section 1); what buyers get with the copy is the licence's rights and its complete source, or a written offer of it, which the verdict's obligations say (https://www.gnu.org/licenses/gpl-faq.html#DoesTheGPLAllowMoney)."
	}
	return note
}

// noticeContentsNote is what of an Apache-2.0 NOTICE file must go on with the work
// (license.AsksNoticeContents).
const noticeContentsNote = "What of a NOTICE file goes on: Apache-2.0 asks that what you hand on carry a readable copy of the attribution notices the NOTICE file contains, leaving out those that do not concern any part of what you hand on (section 4(d)): in a NOTICE file, a text file shipped with it, the source or documentation, or a display the work generates. Text in it that is no attribution notice, such as a changelog or build instructions, is not owed; copying the file whole is the simple way, and the copyright notices in the source files and the licence text go on as well (section 4(a) to (c))."

// noticeBundleNote is what the NOTICE and LICENSE files of a distribution that bundles
// others' code hold (license.AsksNoticeForBundle).
const noticeBundleNote = "What a bundle's NOTICE and LICENSE files hold: Apache-2.0 asks that what you hand on carry the attribution notices of the NOTICE files of the Apache-licensed works you include, those that concern what you ship (section 4(d)). The licences and copyright notices of other bundled code (MIT, BSD and the like) go in the LICENSE file, or a file it points to, as each licence asks, not in NOTICE. Both files describe exactly what that distribution contains: a binary tarball that bundles dependency jars gets its own, listing them, and what you do not ship stays out. Put in NOTICE only what is required (https://infra.apache.org/licensing-howto.html)."

const noticeFileNote = "A NOTICE file: Apache-2.0 does not ask a work to have one. Only when the work you received includes a NOTICE file must what you hand on carry a readable copy of its attributions (section 4(d)), and you may add your own attributions to it. A project that puts its own code under Apache-2.0 may create one to carry such notices, but the licence does not require it."

// handsOut tells whether a use hands copies of the code to others.
func handsOut(use string) bool {
	return use == "distribute" || use == "mobile" || use == "static_link" || use == "dynamic_link"
}

// unmodifiedSourceNote answers whether code under a GNU licence handed out unchanged
// still owes its source (license.AsksSourceOfUnmodified): it does.
const unmodifiedSourceNote = "📦 Unchanged copies too: the GNU licences ask for the source of every copy you hand out in binary form, whether or not you changed it: the complete source of the exact version you ship, or a written offer of it (GPLv2 section 3, GPLv3 section 6; the LGPL asks the same of the library). Not having changed it makes the source easy to supply (upstream's release of that version, with its build scripts), not unnecessary."

// sourceLaterNote is what the GNU licences ask of the source when binaries go out first
// and the source is to follow (license.AsksSourceLater).
const sourceLaterNote = "⚖️ Source later: the GNU licences let you hand out binaries only together with the complete source, or with a written offer to supply it (valid for at least three years) going with the binaries (GPLv2 section 3, GPLv3 section 6; for the LGPL, the library's source, LGPLv2.1 sections 4 and 6, LGPLv3 section 4). For a download, offering the source from the same place counts as giving it. Binaries put up now with the source only promised for later, and no written offer with them, do not meet the licence until the source is there: publish both together, or ship the written offer with the binaries."

// fetchedByUserNote answers whether a script or recipe that makes the user's machine
// fetch a program from elsewhere distributes that program (license.AsksFetchedByUser).
const fetchedByUserNote = "A Dockerfile, install script or recipe that makes the user's machine download a program from its own site or another repository hands out no copy of that program itself: the copy reaches the user from that site, whose operator is the one distributing it and owes its source. What you publish is the script, under its own licence. Once you build the image or bundle yourself and hand that out, you distribute everything in it. Whether a script that assembles a product amounts to distributing it has been argued both ways in some countries, so for a product built around one, ask the OSPO."

// licenceTermsNotes are the notes on what the licences' own terms say, asked beside a
// verdict or a compatibility question: the original BSD advertising clause of a licence
// in exprs, whether both options of the choice expr offers bind, and whether an
// abandoned project's code may go under other terms.
func licenceTermsNotes(text, choice, exprs string) []bot.Block {
	var notes []bot.Block
	if license.AsksAdvertisingClause(text, exprs) {
		notes = append(notes, bot.Context(advertisingClauseNote))
	}
	if license.AsksBothOfChoice(text, choice) {
		notes = append(notes, bot.Context(choiceNote(choice)))
	}
	if license.ReliesOnAbandonment(text) {
		notes = append(notes, bot.Context(abandonedNote))
	}
	return notes
}

// abandonedNote answers whether a project's abandonment lets its code go under other
// terms (license.ReliesOnAbandonment): it does not.
const abandonedNote = "🏚️ Abandoned code keeps its licence: a project no longer maintained, or whose author cannot be reached, is still under the licence it was published with, and its copyright lasts for decades (in many countries the author's life plus 70 years). Only its holders can put it under other terms; anyone may fork and maintain it under its own licence, and code you add may carry another licence only where that licence lets the two go together."

// choiceNote answers whether both licences of the choice expr offers bind, or the
// stricter one (license.AsksBothOfChoice): neither; the one taken does.
func choiceNote(expr string) string {
	return fmt.Sprintf("🔀 A choice: `%s` offers the licences as alternatives (as two licence files side by side usually do), so you take the code under the one you pick and meet only its terms; the stricter one does not apply on its own account, and the other's text need not ship with what you build, beyond the notice that offers the choice. Only licences said to apply together (AND) must all be met. Record the one you took, in your notices or your SBOM.", expr)
}

// advertisingClauseNote is what became of the original BSD licence's advertising
// clause (license.AsksAdvertisingClause): withdrawn by the University of California for
// its own files only.
const advertisingClauseNote = "📣 The advertising clause: on 22 July 1999 the University of California, Berkeley withdrew the advertising clause (clause 3) of the BSD licence from the files it holds copyright in, so those files may be treated as BSD-3-Clause. The withdrawal binds only UC's own files: where the clause names another holder (a laboratory, a company, a person), it still applies until that holder withdraws it too, so such files cannot be relabelled 3-clause on UC's word. While it applies, advertising that mentions the software's features must carry the acknowledgement the clause gives, and the FSF counts the licence incompatible with the GPL because of it (ftp://ftp.cs.berkeley.edu/pub/4bsd/README.Impt.License.Change)."

// exceptionGrantNote answers who may add an exception to a GNU licence
// (license.AsksExceptionAdded).
const exceptionGrantNote = "✍️ Who can add an exception: only the copyright holders of the code it covers. An exception you add covers your own code alone: GPL code others wrote that your work is built on or bound by (a host program's API, a library, a contributor's patches) stays under the plain GPL unless its holders add the same permission, so each of them has to agree. The GPL FAQ says the same of linking GPL code with a library the GPL does not allow (https://www.gnu.org/licenses/gpl-faq.html#GPLIncompatibleLibs)."

// publishPubliclyNote answers whether changes or source must be published for everyone
// (license.AsksPublishPublicly): no licence asks that; the copyleft ones owe the source
// to those who get the program, which for expr says how; "" for an expression with no
// copyleft, whose obligations above say what is owed.
func publishPubliclyNote(expr, use string) string {
	var owed []string
	if strings.Contains(expr, "MPL-") {
		owed = append(owed, "the MPL asks that those who get the program in executable form get the source of its MPL-covered files, your changes to them included, or are told how to obtain it by reasonable means (MPL-2.0 section 3.2)")
	}
	if license.NamesGNULicence(expr) {
		owed = append(owed, "the GNU licences ask that those you give the program to get its complete source with it, or a written offer to supply it (GPLv2 section 3, GPLv3 section 6)")
	}
	if strings.Contains(expr, "AGPL-") {
		owed = append(owed, "the AGPL adds the users of a changed version run as a network service (section 13)")
	}
	if strings.Contains(expr, "EPL-") {
		owed = append(owed, "the EPL asks that the source of what it covers be made available to those who get the program, and that they be told how to get it (EPL-2.0 section 3.1)")
	}
	if len(owed) == 0 {
		return ""
	}
	note := "🌐 Published for everyone? No open source licence makes you publish your changes or source to the world, on GitHub or anywhere public: the source is owed to those who get the program. Here " + strings.Join(owed, "; ") + ". Where anyone may download the program, everyone who does is owed the source, so it is usually offered next to the download; a public repository is one way to meet that, not a duty (https://www.gnu.org/licenses/gpl-faq.html#GPLRequireSourcePostedPublic)."
	if use == "internal" {
		note += " Kept in house, the program goes to no one, so nothing is owed."
	}
	return note
}

// sourceElsewhereNote is what the GNU licences ask when the source of what is handed out
// is to be kept on one's own server (license.AsksSourceElsewhere).
const sourceElsewhereNote = "📦 Source kept elsewhere: with binaries on physical media (a USB stick, a disc, a device), the GNU licences ask for the source on a durable medium with them, or a written offer going with them, valid for at least three years; under GPLv3 that offer may be met by letting recipients copy the source from a network server at no charge (section 6(b)), while GPLv2 asks for the offer itself (section 3(b)). For downloads, the source may sit on another server, as long as the download place says clearly where it is and it stays available as long as the binaries do (GPLv3 section 6(d), https://www.gnu.org/licenses/gpl-faq.html#SourceAndBinaryOnDifferentSites). So put the source on the medium, or a written offer on it that points to your server."

// olderReleaseNote answers whether a licence reaches releases older than those it is
// said of (license.AsksOlderRelease).
const olderReleaseNote = "Each release is under the licence it was published with. A licence a project takes on later, or a second one it adds, covers the releases from then on; older ones keep the licence they came with, unless the copyright holders say the new terms cover them too. Read the licence file inside the version you use (the package from its registry, or the repository at that release's tag), not the project's page as it is today."

// demandNote answers whether a licence requires what a project's README or author
// demands of everyone who uses the project (license.AsksDemandHeld).
const demandNote = "A licence's conditions are the ones its text sets, listed below. A demand written only in a README or said by the author is not one of them: treat it as the author's request, and if you will not meet it, ask them or counsel first. The copyright holders can make it binding only by putting it into the licence terms their releases carry."

// wrapperNote answers whether a wrapper, layer or interface keeps closed code apart from
// GPL code it links (license.WrapperBetween).
const wrapperNote = "🧱 A wrapper in between: GPL or AGPL code linked into one program with your code is combined with it, however the boundary is drawn. A wrapper module, an abstraction layer or a “controlled interface” between them does not keep your side out, and a wrapper put under a permissive licence is itself combined with both, so the whole program would still have to go out under the GPL. What keeps two parts apart is running as separate programs that talk at arm's length (a command line, pipes, sockets), not combined into one program (https://www.gnu.org/licenses/gpl-faq.html#GPLInProprietarySystem, https://www.gnu.org/licenses/gpl-faq.html#MereAggregation)."

// programOutputNote is what a program's licence says of what is made with it: output
// from one's own input is one's own, except the parts of the program it carries.
const programOutputNote = "A program's licence covers the program, not what you make with it: output made from your own input is yours, and running the program is using it in house. The exception is output that carries parts of the program itself (a parser generator's skeleton, templates, a runtime library linked in): those parts stay under the program's licence, unless it grants an exception for them, as Bison, Autoconf and GCC's runtime do. Shipping or changing the program itself is another question (https://www.gnu.org/licenses/gpl-faq.html#GPLOutput, https://www.gnu.org/licenses/gpl-faq.html#WhatCaseIsOutputGPL)."

// commercialLicenceNote answers whether a commercial licence said to be needed beside
// expr, an open source licence, must be bought (license.CommercialLicenceSaid): what
// such a licence buys, and that the open source licence allows commercial use itself.
func commercialLicenceNote(expr string) string {
	buys := fmt.Sprintf("what such a licence buys is leave not to meet `%s`'s conditions, typically to keep a work built on the code closed", expr)
	if license.PermissiveOnly(expr) {
		buys = fmt.Sprintf("`%s` already lets the code go into closed and commercial products with its notices kept, so such a licence can add only what `%s` does not give (support, a warranty)", expr, expr)
	}
	return fmt.Sprintf("💳 A commercial licence beside `%s`: copyright holders may sell their code under other terms beside an open source licence (dual licensing), and %s. `%s` itself allows commercial use, as every open source licence does: taken under it, with its conditions met for the way you use it, the code needs no commercial licence, and copies already released under it stay under it. Where the holders' words make payment a condition of commercial use under `%s`, they contradict the licence they chose; ask them, or counsel, before relying on either reading.", expr, buys, expr, expr)
}

// lockedDevice is the note on a device locked to its maker's signed software, when the
// message speaks of one (or of the clause about it) and a licence of exprs carries that
// clause (license.InstallationInfo): what GPLv3 section 6 asks, when it does not apply,
// and, for a choice, the options that ask none of it.
func (w *work) lockedDevice(exprs ...string) (bot.Block, bool) {
	if !license.SpeaksOfLockedDevice(w.call.Event.Text) {
		return bot.Block{}, false
	}
	var asks, free []string
	for _, e := range exprs {
		a, f := license.InstallationInfo(e)
		for _, id := range a {
			if !slices.Contains(asks, id) {
				asks = append(asks, id)
			}
		}
		free = append(free, f...)
	}
	if len(asks) == 0 {
		return bot.Block{}, false
	}
	note := fmt.Sprintf("🔒 On a locked device: %s, given out in or with a consumer product (a “User Product”: something normally used for personal, family or household purposes, or built into a home), must come with the Installation Information beside the source: whatever it takes (methods, keys, signing) for its owner to install and run a changed version on that device (GPLv3 section 6; the AGPLv3 has the same section, the LGPLv3 takes it over in section 4(e)). Secure or signed boot is allowed if owners can install their own build (enrol their own key, unlock the loader); keeping that ability to yourself is what the clause forbids. It does not apply to products sold only to businesses, nor where nobody, the maker included, can install a changed version (code in ROM, programming fused off). A changed device may lose support, warranty or updates, and may be refused the network if it harms it. GPLv2 and LGPLv2.1 have no such clause (https://www.gnu.org/licenses/gpl-faq.html#Tivoization).", "`"+strings.Join(asks, "`, `")+"`")
	if len(free) > 0 {
		note += fmt.Sprintf(" Taken under %s, an option of the choice, the code asks none of this.", "`"+strings.Join(free, "` or `")+"`")
	}
	return bot.Context(note), true
}

// copyleftTakenInNote is what GPL code gone into a closed work unplanned means for the
// work (license.CopyleftTakenIn): no licence changes by itself; a breach, and the ways
// out of it.
const copyleftTakenInNote = "⚖️ GPL code in your work does not put your own code under the GPL by itself, and gives nobody a licence to it. A closed program that went out with GPL code in it, without the whole program's source under the GPL, breaks the licence: that ends your permission to hand out that code (GPLv2 section 4, GPLv3 section 8), and handing it out anyway infringes its holders' copyright. The way out is yours to choose: comply (give those who received the program its complete source under the GPL) or take the GPL code out (rewrite or replace it) and stop handing out the copies that have it. Under GPLv3 the permission comes back for good if you stop and the holder raises nothing within 60 days, or if you put a first notice of the breach right within 30 days. Only the code's copyright holders can enforce its licence, and they usually ask for compliance first (https://www.gnu.org/licenses/gpl-violation.html). Tell the OSPO: it helps decide which way, and with the holders."

// answerClosedOS answers a program under a GNU licence on a proprietary operating system,
// or linking to its own parts (Question.ClosedOS): the system library exception, with
// GPLv2's limit on system parts shipped with the program.
func (w *work) answerClosedOS(q license.Question) error {
	verdict := license.Allowed
	if !license.SystemExceptionHolds(q.Expression, q.SystemShipped) {
		verdict = license.NotAllowed
	}
	if err := w.recordQuestion("closed-os", q.Expression, q.ClosedOS, verdict.String()); err != nil {
		return err
	}
	r := ClosedOSReply(q.Expression, q.ClosedOS, q.SystemShipped, w.e.policy.URL())
	if q.SystemShipped && verdict == license.Allowed && strings.HasPrefix(q.Expression, "GPL-") &&
		slices.ContainsFunc(q.Assumed, func(a license.Assumption) bool { return a.ID == q.Expression }) {
		// "our GPL emulator … shipping the Visual C++ runtime DLLs next to the exe":
		// the version the name did not give is the difference between yes and no.
		r.Blocks = append(r.Blocks, bot.Context("The version decides here; read as `GPL-2.0-only`: No, its exception does not cover runtime DLLs shipped with the program."))
	}
	r = readAs(r, readings(q))
	r.Blocks = append(r.Blocks, bot.Buttons(useButton("As code you ship in your own product", q.Expression, "distribute"), askUseButton("Another use", q.Expression)))
	question := fmt.Sprintf("may a program under `%s` be ported to, built for and run on %s, a proprietary operating system, and handed out for it?", q.Expression, q.ClosedOS)
	switch {
	case q.SystemShipped:
		question = fmt.Sprintf("may your program under `%s` be handed out for %s with the system's runtime DLLs shipped beside it?", q.Expression, q.ClosedOS)
	case q.SystemLinked:
		question = fmt.Sprintf("may your program under `%s` link to %s's own libraries and runtime, and be handed out for it?", q.Expression, q.ClosedOS)
	}
	return w.reply(restated(question, r))
}

// answerHolder answers a question about the asker's own work, whose copyright they say
// they hold all of ("my Mac app is GPLv3 and I wrote every line of it myself. can I
// still sell it on the App Store?"): the licence is the permission they give others and
// does not bind them, except for code others wrote. The policy's verdicts are for code
// taken in, so none is given; releasing the organisation's code is a release request.
func (w *work) answerHolder(q license.Question, notes []license.Assumption) error {
	if err := w.recordQuestion("verdict", q.Expression, q.Use, "copyright holder"); err != nil {
		return err
	}
	use := "as you like"
	if q.Use != "" {
		use = usePhrases[q.Use]
	}
	question := fmt.Sprintf("may you use your own work, which you publish under `%s` and hold all the copyright in, %s?", q.Expression, use)
	text := fmt.Sprintf("Your own work under `%s`: yours to use; the licence binds those you give it to.", q.Expression)
	fields := []bot.Field{
		{Label: "Why", Value: fmt.Sprintf("A licence is the permission a copyright holder gives others; it does not bind the holder. Holding all the copyright, you may also ship the work under other terms (a closed build, an app store, a commercial licence) beside the `%s` release (https://www.gnu.org/licenses/gpl-faq.html#DeveloperViolate, https://www.gnu.org/licenses/gpl-faq.html#ReleaseUnderGPLAndNF).", q.Expression)},
		{Label: "Unless", Value: "Code others wrote keeps its own licence: contributions you merged, and libraries or snippets you took in. Shipping those under other terms needs their holders' agreement (a contributor agreement can give it). Copies already released under `" + q.Expression + "` stay under it."},
		{Label: "Policy", Value: policyLink(w.e.policy.URL())},
	}
	if q.Revokes {
		// "Can we revoke the licence for people who already downloaded the icons?"
		question = fmt.Sprintf("can you take back `%s` from those who already have your work under it?", q.Expression)
		text = fmt.Sprintf("Your own work under `%s`: copies already given out keep the licence; you can stop offering it, not take it back.", q.Expression)
		fields = append([]bot.Field{{Label: "Revoking", Value: "A licence that came with a copy is not withdrawn from those who have it: the Creative Commons 4.0 licences (section 2(a)(1)) and GPLv3 (section 2) call their grant irrevocable, and the other common open source licences name no way for the licensor to end it. You may stop handing the work out, or release later versions under other terms; copies already out, and copies made from them, stay under the licence they came with."}}, fields...)
	}
	blocks := []bot.Block{bot.Fields(fields...)}
	if b, ok := w.requestButton("release"); ok {
		// Code the organisation owns goes out through the OSPO.
		blocks = append(blocks, bot.Buttons(b))
	}
	r := bot.Reply{Text: text, Blocks: blocks}
	return w.reply(restated(question, readAs(r, notes)))
}

// answerByOthers answers what others may do with the asker's own work under its licence
// ("someone is selling our MIT todo app on codecanyon, is that legal?"): the licence is
// the permission the asker gave everyone who gets a copy, on its conditions; what the
// question says they failed to do (credit, source, added restrictions) breaks it. No
// policy verdict: the policy is for code the organisation takes in.
func (w *work) answerByOthers(q license.Question, notes []license.Assumption) error {
	if err := w.recordQuestion("verdict", q.Expression, q.Use, "used by others"); err != nil {
		return err
	}
	p := w.e.policy.Profile(q.Expression)
	work, holder, notice := "Your own work", "you, the copyright holder, give", "your copyright notice"
	question := fmt.Sprintf("may others copy, change, hand out or sell your own work, which you publish under `%s`?", q.Expression)
	if !q.OwnWork {
		work, holder, notice = "Work", "its copyright holder gives", "the copyright notice"
		question = fmt.Sprintf("may others copy, change, hand out or sell work published under `%s`, and what must they do?", q.Expression)
	}
	text := fmt.Sprintf("%s under `%s`: others may do what it allows, on its conditions, without asking.", work, q.Expression)
	if p.OSIApproved {
		text = fmt.Sprintf("%s under `%s`: yes, on its conditions. An open source licence lets anyone who gets a copy use, change, hand out and sell it without asking.", work, q.Expression)
	}
	// What the licence lets them do on the condition the question says they broke, and
	// how they broke it.
	if broken, ok := map[string]string{
		"credit": "copy it, but only with " + notice + " and the licence text kept, which by your account they did not do",
		"source": "hand it out, but only with its source, under the same licence, which by your account they did not do",
		"terms":  "hand it out, but only under the same licence, with no restrictions added, which by your account they added",
	}[q.Breach]; ok {
		text = fmt.Sprintf("%s under `%s`: the licence lets them %s: their copies break it.", work, q.Expression, broken)
	}
	fields := []bot.Field{
		{Label: "Why", Value: "A licence is the permission " + holder + " everyone who receives the work. Copies already out under it stay under it; a new licence reaches only the versions published after."},
	}
	// What the licence's own text asks; the policy's obligations are the organisation's
	// rules for code it takes in ("Do not use without an approved exception"), and stand
	// in only for a licence whose text the data does not describe.
	asks := license.Conditions(q.Expression)
	if len(asks) == 0 {
		asks = p.Obligations
	}
	if len(asks) > 0 {
		fields = append(fields, bot.Field{Label: "What it asks of them", Value: "• " + strings.Join(asks, "\n• ")})
	}
	fields = append(fields,
		bot.Field{Label: "If they do not", Value: ifTheyDoNot(q.OwnWork)},
		bot.Field{Label: "Policy", Value: policyLink(w.e.policy.URL())})
	// Read the other way, the licence is of code the asker takes in: the policy's
	// verdict on that is one click away.
	r := bot.Reply{Text: text, Blocks: []bot.Block{bot.Fields(fields...), bot.Buttons(askUseButton("As code you use yourself", q.Expression))}}
	return w.reply(restated(question, readAs(r, notes)))
}

// ifTheyDoNot says what follows when others break a licence's conditions, and what the
// asker can do: as the copyright holder, or as someone who noticed.
func ifTheyDoNot(own bool) string {
	const infringe = "Copies that break the licence's conditions infringe %s copyright (under the GPL family the rights they had end until they put it right). "
	if own {
		return fmt.Sprintf(infringe, "your") + "Ask them first to fix it; app stores and code hosts take infringing copies down on the copyright holder's notice. For a formal notice, ask the OSPO and your counsel."
	}
	return fmt.Sprintf(infringe, "its holders'") + "Only the copyright holders can enforce it: tell the project, whose authors can ask the copies' publisher or the store to fix or remove them."
}

// actionReading is a button that asks a compatibility question another way round; its
// value is inbound "\t" outbound "\t" use.
const actionReading bot.ActionID = "license.reading"

// readingCommand is what a person types instead of a reading button.
func readingCommand(in, out, use string) string {
	how, where := "", ""
	switch use {
	case "static_link", "dynamic_link", "modify":
		how = ", " + usePhrases[use] + ","
	case "distribute":
		where = " that we distribute"
	case "saas":
		where = " that we run as a service"
	case "internal":
		where = " for internal use only"
	case "mobile":
		where = " in our mobile app"
	}
	return fmt.Sprintf("ask can %s code%s go into %s %s work%s?", in, how, aOrAn(out), out, where)
}

// aOrAn is the article before a licence's name as it is read aloud: "an MIT work", "an
// Apache-2.0 work", "a GPL-2.0-only work".
func aOrAn(id string) string {
	if id != "" && strings.ContainsRune("AEIOUaeiou", rune(id[0])) || strings.HasPrefix(id, "MIT") || strings.HasPrefix(id, "MPL") ||
		strings.HasPrefix(id, "LGPL") || strings.HasPrefix(id, "X11") || strings.HasPrefix(id, "LLVM") {
		return "an"
	}
	return "a"
}

// useCommand is what a person types instead of a use button.
func useCommand(expr, use string) string { return fmt.Sprintf("ask %s for %s", expr, useNames[use]) }

// readingButton asks whether code under in may go into a work under out.
func readingButton(label, in, out, use string) bot.Button {
	return bot.Button{Label: label, Action: actionReading, Value: in + "\t" + out + "\t" + use, Command: readingCommand(in, out, use)}
}

func runReading(w *work) error {
	parts := strings.Split(w.call.Event.Action.Value, "\t")
	if len(parts) != 3 {
		return Errorf("That button is out of date; please ask again.")
	}
	return w.answerCompatibility(parts[0], parts[1], parts[2], false, noRelicensing, nil, nil)
}

// relicensing is what a compatibility question asks of a change of licence, if anything.
type relicensing int

const (
	noRelicensing   relicensing = iota
	ownMoved                    // the asker's released project moves to the other licence ("can I relicense my GPL project to MIT?")
	takenRelicensed             // code taken in would go under the work's licence ("lgpl-derived files … can those be relicensed bsd?")
)

// answerCompatibility answers whether code under in may go into a work under out, by
// every route the data gives, with the policy's verdict for the use when one was said,
// and the other direction one click away.
//
// others are, for a licence read from a loose name or a project's default version, the
// other licences it could be read as.
func (w *work) answerCompatibility(in, out, use string, assumed bool, move relicensing, notes []license.Assumption, others map[string][]string) error {
	compatible := license.CompatibleFor
	republished := move == takenRelicensed && license.RepublishedUnder(w.call.Event.Text, in, out)
	switch {
	case republished:
		compatible = license.RepublishedCompatibility
	case move == takenRelicensed:
		compatible = license.RelicensedCompatibility
	}
	c := compatible(in, out, use)
	if p, ok := license.ProducedWork(in, out, w.call.Event.Text); ok {
		c = p // "can the tiles we render from osm data go out under cc by-nc-nd?"
	}
	if err := w.recordQuestion("compatibility", in+" into "+out, use, c.Answer); err != nil {
		return err
	}
	r := CompatibilityReply(c)
	if use != "" {
		if d, err := w.e.policy.Evaluate(license.CanonicalExpression(in), use, ""); err == nil {
			r.Blocks = append(r.Blocks, bot.Fields(policyVerdictField(d, true)))
		}
	}
	if move == takenRelicensed {
		r.Blocks = append(r.Blocks, bot.Context(relicensingNote(c, in, out)))
	}
	if t, ok := license.TopicNamed("choose"); move == ownMoved && ok && len(t.Moving) > 0 {
		// "Can I relicense my GPL project to MIT?": the matrix says whether code under
		// the one may go under the other; the owners of the code decide whether it moves.
		r.Blocks = append(r.Blocks, bot.Fields(movingField(t)))
	}
	if (use == "mobile" || use == "distribute") && w.throughApplesStore(out) {
		// "should we switch our ipad app from the MPL to the GPL? it ships through the
		// app store": the work under the GPL goes out through the store.
		r.Blocks = append(r.Blocks, bot.Context(appStoreNote))
	}
	if note, ok := w.permissiveFeared(in); ok {
		r.Blocks = append(r.Blocks, note)
	}
	if note := endorsementNote(w.call.Event.Text, in); note != "" {
		r.Blocks = append(r.Blocks, bot.Context(note))
	}
	if license.AsksLinkForText(w.call.Event.Text) {
		// "one CMake module we ship is under the Boost licence, and the repository only
		// links to it online. Is a link OK?": what the code taken in asks of its text.
		if note := linkForTextNote(in); note != "" {
			r.Blocks = append(r.Blocks, bot.Context(note))
		}
	}
	if note, ok := w.lockedDevice(in, out); ok {
		r.Blocks = append(r.Blocks, note)
	}
	if handsOut(use) && license.AsksFetchedByUser(w.call.Event.Text) {
		// "… if instead the installer downloads PyQt5 at install time?"
		r.Blocks = append(r.Blocks, bot.Context("🔗 "+fetchedByUserNote))
	}
	if asks := license.Conditions(in); len(asks) > 0 && c.Answer != "No" && license.AsksOwed(w.call.Event.Text) {
		// "Can an MIT package contain adapted Apache-licensed code at all, and what do we
		// have to add?": what the code's own licence asks, which goes with it.
		owed := textAsksField(asks)
		owed.Label = fmt.Sprintf("What `%s` asks of that code", in)
		r.Blocks = append(r.Blocks, bot.Fields(owed))
	}
	// "The LICENSE is now 'Apache-2.0 OR GPL-2.0-or-later' … Do we have to follow both?":
	// the incoming code's choice; the advertising clause of either licence.
	r.Blocks = append(r.Blocks, licenceTermsNotes(w.call.Event.Text, in, in+" "+out)...)
	if (license.NamesGNULicence(in) || license.NamesGNULicence(out)) && license.AsksExceptionAdded(w.call.Event.Text) {
		// "could the GZDoom team grant an exception like the one given …?"
		r.Blocks = append(r.Blocks, bot.Context(exceptionGrantNote))
	}
	if use != "internal" && use != "saas" && license.WrapperBetween(w.call.Event.Text, in) {
		// "can we put an mit-licensed shim between our closed app and the gplv2 library
		// we link?"
		r.Blocks = append(r.Blocks, bot.Context(wrapperNote))
	}
	if assumed {
		r.Blocks = append(r.Blocks, bot.Context(fmt.Sprintf("Read as `%s` code going into a work under `%s`; if your work is the `%s` one, ask the other way round.", in, out, in)))
	}
	if line := versionsThatChange(c, in, out, use, others); line != "" {
		r.Blocks = append(r.Blocks, bot.Context(line))
	}
	if line, osadl := otherWayWorks(c, use); line != "" && !republished { // the code itself, not a whole made with it
		r.Blocks = append(r.Blocks, bot.Context(line))
		if osadl && !strings.HasPrefix(c.Basis, "OSADL") && c.Basis != "" {
			r.Blocks = append(r.Blocks, bot.Context(license.OSADLAttribution)) // the other way's answer is the matrix's
		}
	}
	if buttons := compatCorrections(in, out, use, others); len(buttons) > 0 {
		r.Blocks = append(r.Blocks, bot.Buttons(buttons...))
	}
	question := restateCompatibility(in, out, use)
	if move == takenRelicensed {
		question = fmt.Sprintf("may `%s` code taken into your work be relicensed under your work's `%s`?", in, out)
		if republished {
			// "someone ported an mpl-2.0 prettier plugin … and published it as mit"
			question = fmt.Sprintf("may `%s` code be published again under `%s`?", in, out)
		}
	}
	return w.reply(restated(question, readAs(r, notes)))
}

// relicensingNote says who may change the licence of code taken into a work: where its
// licence lets it go into a work under out (c says yes), the whole goes out under out
// with the code's notices kept; otherwise only its copyright holders can.
func relicensingNote(c license.Compatibility, in, out string) string {
	if c.Answer == "Yes" && strings.HasPrefix(in, "LGPL-") && strings.HasPrefix(out, "GPL-") {
		// LGPLv2.1 section 3; LGPLv3 is GPLv3 with added permissions, which GPLv3 section 7
		// lets whoever passes the code on remove.
		return fmt.Sprintf("Relicensing: the LGPL itself lets a copy of its code be put under the GPL instead (LGPLv2.1 section 3; LGPLv3's added permissions may be removed, GPLv3 section 7), so the `%s` code may go out under `%s` with the work, its copyright notices kept.", in, out)
	}
	if c.Answer == "Yes" {
		return fmt.Sprintf("Relicensing: `%s` lets its code go into %s `%s` work, and the whole then goes out under `%s`; the code's own copyright and licence notices stay with it. Taking the `%s` terms off the code itself is for its copyright holders alone.", in, aOrAn(out), out, out, in)
	}
	return fmt.Sprintf("Relicensing: only the copyright holders of the `%s` code can put it under another licence. Without their agreement it stays under `%s`, with its notices, wherever it goes; the answer above is whether %s `%s` work may hold it as it is.", in, in, aOrAn(out), out)
}

// versionsThatChange says, for a licence read from a loose name ("GPL" read as
// GPL-3.0-only), which of its other versions would change the answer ("As
// `GPL-2.0-only`: No."), so that a version the question did not give is never the
// silent difference between yes and no. "" when no other reading changes it.
func versionsThatChange(c license.Compatibility, in, out, use string, others map[string][]string) string {
	var parts []string
	type side struct {
		id    string
		check func(alt string) license.Compatibility
	}
	sides := []side{
		{in, func(alt string) license.Compatibility { return license.CompatibleFor(alt, out, use) }},
		{out, func(alt string) license.Compatibility { return license.CompatibleFor(in, alt, use) }},
	}
	if in == out {
		// "can gplv3 code go into our gplv3 app?": one licence read once, so another
		// version of it is that version on both sides.
		sides = []side{{in, func(alt string) license.Compatibility { return license.CompatibleFor(alt, alt, use) }}}
	}
	for _, side := range sides {
		_, exc, _ := strings.Cut(side.id, " WITH ")
		for _, alt := range others[side.id] {
			if _, altExc, _ := strings.Cut(alt, " WITH "); alt == side.id || altExc != exc || len(parts) == 3 {
				continue // another exception, or none, is another licence, not another version
			}
			if a := side.check(alt); answerClass(a.Answer) != "other" && answerClass(c.Answer) != "other" && answerClass(a.Answer) != answerClass(c.Answer) {
				parts = append(parts, fmt.Sprintf("as `%s`: %s", alt, a.Answer))
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "The version decides here; read " + strings.Join(parts, "; ") + "."
}

// otherWayWorks says, when code under c's inbound licence may not go into a work under
// its outbound one but the other way round it may ("GPL-3.0-only code into an Apache-2.0
// work: No"; Apache-2.0 code into a GPL-3.0-only work: Yes), that the two can still be
// combined with the whole under the inbound licence, so that a "no" does not read as "never
// together". "" otherwise, and for expressions; osadl tells that the other way's answer
// is the OSADL matrix's, whose attribution the reply must then carry.
func otherWayWorks(c license.Compatibility, use string) (line string, osadl bool) {
	in, out := c.Inbound, c.Outbound
	if c.Answer != "No" || in == out || !oneLicence(in) || !oneLicence(out) {
		return "", false
	}
	back := license.CompatibleFor(out, in, use)
	if back.Answer != "Yes" {
		return "", false
	}
	basis := back.Basis
	if basis == "" {
		basis = "OSADL matrix"
	}
	line = fmt.Sprintf("The other way round works (%s: Yes): `%s` code may go into %s `%s` work. So the two can be combined if the whole is released under `%s`, the `%s` parts keeping their own notices; keeping the whole under `%s` means leaving the `%s` code out or rewriting it.", basis, out, aOrAn(in), in, in, out, out, in)
	if back.Source != "" && back.Source != c.Source {
		line += " Source: " + back.Source
	}
	return line, strings.HasPrefix(basis, "OSADL")
}

// oneLicence tells that expr is one licence, with or without an exception, not a
// choice or a combination of licences.
func oneLicence(expr string) bool {
	return !strings.Contains(expr, " OR ") && !strings.Contains(expr, " AND ") && !strings.ContainsAny(expr, "()")
}

// answerClass groups compatibility answers as yes, no and the rest.
func answerClass(a string) string {
	switch a {
	case "Yes", "Same":
		return "yes"
	case "No":
		return "no"
	}
	return "other"
}

// compatCorrections are the other readings of a compatibility question, one click
// away: the other direction, another version of either licence (the "or later" form of
// a GNU licence read as "only", or another version of one named loosely), and another
// use (linking, which changes what an LGPL or exception-carrying licence allows).
func compatCorrections(in, out, use string, others map[string][]string) []bot.Button {
	var buttons []bot.Button
	simple := oneLicence(in)
	if simple && in != out {
		buttons = append(buttons, readingButton("Other direction: "+out+" code into "+aOrAn(in)+" "+in+" work", out, in, use))
	}
	seen := map[string]bool{in: true, out: true}
	version := func(id string, swap func(v string) (string, string)) {
		if strings.Contains(id, " ") {
			return // another version would drop the exception ("GPL-2.0-only WITH Classpath-exception-2.0")
		}
		var alts []string
		if base, ok := strings.CutSuffix(id, "-only"); ok && len(license.OtherVersions(id)) > 0 {
			alts = append(alts, base+"-or-later")
		}
		alts = append(alts, others[id]...)
		for _, v := range alts {
			if seen[v] || len(buttons) >= 3 {
				continue
			}
			seen[v] = true
			a, b := swap(v)
			buttons = append(buttons, readingButton("As "+v, a, b, use))
		}
	}
	if simple {
		version(in, func(v string) (string, string) { return v, out })
	}
	version(out, func(v string) (string, string) { return in, v })
	other := "dynamic_link"
	if use == "dynamic_link" {
		other = "static_link"
	}
	buttons = append(buttons, readingButton("If "+usePhrases[other], in, out, other))
	return buttons
}

func obligationsLine(d license.Decision) string {
	if len(d.Obligations) == 0 || d.Verdict == license.NotAllowed {
		return ""
	}
	return " " + strings.Join(d.Obligations, " ")
}

// AmbiguousReply says that the question could be read either way round, and offers both.
func AmbiguousReply(a, b, use string) bot.Reply {
	return bot.Reply{
		Text: fmt.Sprintf("As I read it: your question names `%s` and `%s`, and I cannot tell which is your own work's licence and which the code's you take in.", a, b),
		Blocks: []bot.Block{
			bot.Section("The answer depends on the direction, so pick the reading you mean:"),
			directionButtons(a, b, use),
		}}
}

// directionButtons offer the two directions between a and b, each answered in full.
func directionButtons(a, b, use string) bot.Block {
	return bot.Buttons(readingButton(a+" code into "+aOrAn(b)+" "+b+" work", a, b, use), readingButton(b+" code into "+aOrAn(a)+" "+a+" work", b, a, use))
}

// BothWaysReply answers a question that asks about both directions at once ("AGPL and
// GPLv3, can code move either way between them?"): each direction's answer (ab, then
// ba, its reverse), with each one's full answer one click away.
func BothWaysReply(ab, ba license.Compatibility, use string) bot.Reply {
	a, b := ab.Inbound, ab.Outbound
	var blocks []bot.Block
	osadl := false
	for _, c := range []license.Compatibility{ab, ba} {
		line := compatHeadline(c)
		if c.Reason != "" {
			line += " " + c.Reason
		}
		blocks = append(blocks, bot.Section(line))
		if c.Source != "" {
			blocks = append(blocks, bot.Context("Source: "+c.Source))
		}
		osadl = osadl || fromOSADL(c)
	}
	if osadl {
		blocks = append(blocks, bot.Context(license.OSADLAttribution))
	}
	blocks = append(blocks, directionButtons(a, b, use))
	return bot.Reply{
		Text:   fmt.Sprintf("As I read it: can `%s` code go into %s `%s` work, and `%s` code into %s `%s` work? Both directions:", a, aOrAn(b), b, b, aOrAn(a), a),
		Blocks: blocks,
	}
}

// otherReadings are, for each licence q read from a loose name ("GPL") or from a
// project whose licence depends on its version ("OpenSSL"), the other licences it could
// have meant.
func otherReadings(q license.Question) map[string][]string {
	m := map[string][]string{}
	for _, a := range q.Assumed {
		m[a.ID] = append(m[a.ID], a.OtherReadings()...)
	}
	for _, p := range q.Projects {
		if p.How == "" {
			continue
		}
		for _, v := range append([]license.ProjectVariant{{License: p.Project.License}}, p.Project.Variants...) {
			if v.License != p.License && !slices.Contains(m[p.License], v.License) {
				m[p.License] = append(m[p.License], v.License)
			}
		}
	}
	return m
}

// readingsThatChange says, for a licence read from a loose name ("bsl" read as the Boost
// licence), which other reading the policy decides otherwise for the use ("as
// `BUSL-1.1`: not allowed"), so that how a name was read is never the silent difference
// between a yes and a no. verdict is the policy's on q as read; "" when every reading
// gets the same.
func (w *work) readingsThatChange(q license.Question, verdict license.Verdict) string {
	others := otherReadings(q)
	var parts []string
	for _, id := range slices.Sorted(maps.Keys(others)) {
		for _, v := range others[id] {
			expr := strings.Replace(q.Expression, id, v, 1)
			if expr == q.Expression || len(parts) == 3 {
				continue
			}
			if o, err := w.e.policy.Evaluate(expr, q.Use, ""); err == nil && o.Verdict != verdict {
				parts = append(parts, fmt.Sprintf("as `%s`: %s", v, o.Verdict))
			}
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "The reading decides here; " + strings.Join(parts, "; ") + "."
}

// withCorrections adds to a verdict the other readings one click away: the same
// licence for another use, or another version of a loosely named licence.
func withCorrections(r bot.Reply, q license.Question) bot.Reply {
	var buttons []bot.Button
	var read []string // read[i]: the licence buttons[i] reads as another
	others := otherReadings(q)
	for _, id := range slices.Sorted(maps.Keys(others)) {
		for _, v := range others[id] {
			if len(buttons) == 3 {
				break
			}
			expr := strings.Replace(q.Expression, id, v, 1)
			if expr == q.Expression {
				continue
			}
			buttons = append(buttons, useButton("As "+v, expr, q.Use))
			read = append(read, id)
		}
	}
	namedReadings(buttons, read)
	// A licence the question supposed instead ("what if it were AGPL?"), for the same use.
	for _, v := range q.Supposed {
		if len(buttons) < 4 && v != q.Expression {
			buttons = append(buttons, useButton("If it were "+v, v, q.Use))
		}
	}
	buttons = append(buttons, askUseButton("Another use", q.Expression))
	r.Blocks = append(r.Blocks, bot.Buttons(buttons...))
	return r
}

// namedReadings relabels the "As X" buttons that two licences share ("LGPL-3.0-only" and
// "LGPL-2.1-or-later" may both be read as "LGPL-3.0-or-later"), so that each says which
// licence it reads anew: read[i] is the licence buttons[i] replaces.
func namedReadings(buttons []bot.Button, read []string) {
	shared := make([]bool, len(buttons))
	for i := range buttons {
		shared[i] = slices.ContainsFunc(buttons, func(o bot.Button) bool { return o.Label == buttons[i].Label && o.Value != buttons[i].Value })
	}
	for i := range buttons {
		if shared[i] {
			buttons[i].Label = read[i] + " as " + strings.TrimPrefix(buttons[i].Label, "As ")
		}
	}
}

// askUseButton asks again how code under expr is used, for the policy's verdict.
func askUseButton(label, expr string) bot.Button {
	return bot.Button{Label: label, Action: actionUse, Value: "\t" + expr, Command: "ask " + expr}
}

// useButton answers for expr, for the use given, at a click (or as the typed command).
func useButton(label, expr, use string) bot.Button {
	return bot.Button{Label: label, Action: actionUse, Value: use + "\t" + expr, Command: useCommand(expr, use)}
}

// restatedError opens a user-facing error with the question as understood; any other
// error is internal and passes as it is.
func restatedError(question string, err error) error {
	var ue *Error
	if !errors.As(err, &ue) || strings.HasPrefix(ue.Message, "As I read it:") {
		return err
	}
	return &Error{Code: ue.Code, Message: "As I read it: " + question + "\n" + ue.Message}
}

// restated opens r with the question as understood, so that a misreading shows at once.
func restated(question string, r bot.Reply) bot.Reply {
	r.Text = "As I read it: " + question + "\n" + r.Text
	return r
}

func restateVerdict(expr, use string, proprietary bool) string {
	where := ""
	if proprietary {
		where = " in your closed-source work"
	}
	switch use {
	case "":
		return fmt.Sprintf("may `%s` code be used%s? (You did not say how.)", expr, where)
	case "static_link", "dynamic_link":
		work := "your work"
		if proprietary {
			work, where = "your closed-source work", ""
		}
		return fmt.Sprintf("may `%s` code be %s into %s%s?", expr, usePhrases[use], work, where)
	case "modify":
		return fmt.Sprintf("may `%s` code be modified%s?", expr, where)
	case "internal":
		return fmt.Sprintf("may `%s` code be used internally%s?", expr, where)
	}
	return fmt.Sprintf("may `%s` code be used %s%s?", expr, usePhrases[use], where)
}

func restateCompatibility(in, out, use string) string {
	how := ""
	switch use {
	case "static_link", "dynamic_link", "modify":
		how = ", " + usePhrases[use] + ","
	}
	tail := ""
	switch use {
	case "distribute", "static_link", "dynamic_link", "mobile":
		tail = " that you distribute"
	case "saas":
		tail = " that you run as a service"
	case "internal":
		tail = " that you use internally"
	}
	return fmt.Sprintf("can `%s` code%s go into your work under `%s`%s?", in, how, out, tail)
}

func restateCombination(ids []string) string {
	var quoted []string
	for _, l := range ids {
		quoted = append(quoted, "`"+l+"`")
	}
	return fmt.Sprintf("can code under %s be combined in one work, and under which licence?", bot.JoinAnd(quoted))
}

// readings are the notes on how a question's words were read: loosely named licences,
// and projects read as their licences (with the page that says so).
func readings(q license.Question) []license.Assumption {
	notes := slices.Clone(q.Assumed)
	for _, p := range q.Projects {
		source := p.Project.Source
		if s, _, ok := p.Project.Under(p.License); ok && s != "" {
			source = s // a version's licence, as the page for that version says
		}
		why := "its licence, as " + source + " says"
		if p.How != "" {
			why = p.How + ", as " + source + " says"
		}
		if p.Project.Note != "" {
			why += " (" + p.Project.Note + ")"
		}
		if p.Project.Tool && q.Use == "internal" {
			why += "; building or developing with a tool does not distribute it, so its licence does not reach what you make with it"
		}
		offered := "it is offered under `" + p.License + "`"
		if i := slices.IndexFunc(notes, func(a license.Assumption) bool {
			return a.Said == p.Said && strings.HasPrefix(a.Why, offered+";")
		}); i >= 0 {
			// "can we use logback in our closed product?": one line says where the
			// project's choice comes from and which option is read.
			detail := strings.TrimPrefix(why, "its licence, ")
			notes[i].Why = offered + " (" + detail + ")" + strings.TrimPrefix(notes[i].Why, offered)
			continue
		}
		notes = append(notes, license.Assumption{Said: p.Said, ID: p.License, Why: why})
	}
	return notes
}

// movingField is what moving a released project to another licence takes, with its source.
func movingField(t license.Topic) bot.Field {
	return sourcedField("Moving a released project", t.Moving, t.MovingSource)
}

// isHardwareLicence tells whether a licence is written for hardware designs: the CERN
// Open Hardware Licences, the TAPR Open Hardware License, the Solderpad Hardware Licenses.
func isHardwareLicence(id string) bool {
	return strings.HasPrefix(id, "CERN-OHL-") || strings.HasPrefix(id, "TAPR-OHL-") || strings.HasPrefix(id, "SHL-")
}

// movedCodeField says whether code under from may go into a work under to: whether
// contributions whose authors do not agree to a move may stay in the project under its
// new licence. attribution tells whether the answer rests on the OSADL matrix, whose
// attribution must go with it.
func movedCodeField(from, to string) (f bot.Field, attribution bool) {
	c := license.RelicensedCompatibility(from, to, "")
	yes := c.Answer == "Yes" || c.Answer == "Same"
	var then string
	switch {
	case yes && strings.HasSuffix(from, "-only") && strings.HasSuffix(to, "-or-later"):
		// GPL-3.0-only code in a GPL-3.0-or-later project: it may be there, but the
		// whole can then go out under the one version only.
		then = fmt.Sprintf("So code under `%s` kept without its authors' agreement stays under `%s`, and the project as a whole can go out only under that: the \"or later\" choice needs the agreement of everyone who holds copyright in it.", from, from)
	case yes:
		then = fmt.Sprintf("So code under `%s` whose authors do not answer may stay in the project under `%s`, keeping its own notices.", from, to)
	case c.Answer == "No":
		then = fmt.Sprintf("So code under `%s` goes under `%s` only with the agreement of everyone who holds copyright in it; code whose authors do not agree is rewritten or removed.", from, to)
	default:
		then = fmt.Sprintf("So whether code under `%s` may stay without its authors' agreement is for the OSPO to check.", from)
	}
	value := compatHeadline(c) + "\n" + c.Reason + "\n" + then
	if c.Source != "" {
		value += "\nSource: " + c.Source
	}
	return bot.Field{Label: "Code under the licence it has now", Value: value}, fromOSADL(c)
}

// sourcedField is a topic's lines for one case, with their source.
func sourcedField(label string, lines []string, source string) bot.Field {
	return bot.Field{Label: label, Value: strings.Join(lines, "\n") + "\nSource: " + source}
}

// topicAsked is what a question asks of a topic beyond the topic itself.
type topicAsked struct {
	moving    bool // it moves a project already released to another licence ("can I just switch it to MIT?")
	generated bool // the code asked about was written by an AI assistant
	nonCode   bool // it is about text, art or data as well as code ("my thesis pdf and the code from it"), or weighs a Creative Commons licence for code
	hardware  bool // it chooses a licence for a hardware design ("this rp2040 kicad board is mit. is mit even a good fit?")
	obliged   bool // it asks whether a licence makes one send changes upstream ("do we have to send the changes back?")
	upstream  bool // it asks whether pointing at upstream's source is enough ("is a link to the upstream repo enough?")
	dco       bool // it asks what a DCO sign-off certifies ("what am i certifying with the Signed-off-by line")
	public    bool // it asks whether code being public makes it open source ("our repo is public, doesnt that make it open source")
	stateLaw  bool // it asks whether a law limits an employer's claim ("Does California's law about own time protect me?")
	static    bool // the licence is chosen for a library to be linked statically ("cargo links everything statically")
	service   bool // the licence is chosen for software run as a network service ("it is mainly a hosted web service")
	beside    bool // the topic's terms are written beside an open source licence it names ("GPL, but no reselling")
	// unnamed: the question asks whether code it takes in, under a licence it does not
	// name, obliges the asker to open their own ("do we have to open source the app
	// because of the library's licence?").
	unnamed bool
	// maintainer: a project's own maintainers or authors ask the topic of their project
	// ("do we need a CLA, or is a DCO enough?", "how can companies be made to pay me?").
	maintainer bool
	// permissive: a licence the question names is permissive (license.Permissive): the
	// project's own, when its maintainers ask.
	permissive bool
	// version and versionWhy are the form, "only" or "or later", that what the question
	// says of the code points to, and why ("LICENSE is gplv3, no headers: only or
	// or-later?"); "" when it says nothing that tells.
	version, versionWhy string
	// expr and use are a licence the question names and the use it gives, when the
	// policy's verdict on them belongs in the answer ("can the NC icons stay in our
	// Fedora package?" asks about non-commercial terms and about distributing).
	expr, use string
	// from and to are the licence a project is under and the one the question moves it
	// to ("repo is gpl-2 with no 'or later'. can we just bump it to gpl-3?"), when the
	// message says both: whether code under the first may go under the second is what
	// decides for the code whose authors do not agree.
	from, to string
}

// answerTopic answers an OSPO question from the topic data and the policy, with the
// request it leads to when one is configured. named are the licences the question
// names ("MIT, Apache, GPL or BSD?", "icons under CC BY 4.0: is a line in the credits
// enough?"): each is set beside its category, and for credit or distribution beside
// what it obliges. asked says what else the question asks of the topic, which its
// lines for that answer. more are buttons offered beside the topic's request.
func (w *work) answerTopic(t license.Topic, named []string, asked topicAsked, more ...bot.Button) error {
	if err := w.recordQuestion("topic", t.Name, "", "described"); err != nil {
		return err
	}
	moving := asked.moving && len(t.Moving) > 0 // only a topic with moving lines answers it
	// A topic with a title of its own for moving ("two people have sent PRs, do i need
	// their ok?") is answered by the moving lines alone, with their source.
	movingAnswer := moving && t.MovingTitle != ""
	// A topic asked by a project's own authors of their project has lines of its own.
	authorAnswer := asked.maintainer && len(t.Author) > 0 && !moving
	title, request := t.Title, t.Request
	fields := []bot.Field{{Label: "In short", Value: strings.Join(t.Answer, "\n")}}
	var versionButtons []bot.Button
	if asked.version != "" {
		// What the question says of the code tells which form it is under: that first.
		fields = append([]bot.Field{{Label: "By what you describe", Value: fmt.Sprintf("`%s`: %s.", asked.version, asked.versionWhy)}}, fields...)
		versionButtons = append(versionButtons, askUseButton("What "+asked.version+" allows", asked.version))
	}
	switch {
	case authorAnswer:
		// "do we actually need a CLA for a one-line fix, or is a DCO enough?": what a
		// project asks of its contributors, not whether to sign one.
		title, request = t.AuthorTitle, t.AuthorRequest
		fields = []bot.Field{sourcedField("In short", t.Author, t.AuthorSource)}
		if len(t.AuthorPermissive) > 0 && asked.permissive {
			fields = append(fields, sourcedField("Under a permissive licence", t.AuthorPermissive, t.AuthorPermissiveSource))
		}
	case movingAnswer:
		title, request = t.MovingTitle, t.MovingRequest
		f := movingField(t)
		f.Label = "In short"
		fields = []bot.Field{f}
	case moving:
		fields = append(fields, movingField(t))
	}
	var movedBlocks []bot.Block
	if moving && asked.from != "" {
		f, attribution := movedCodeField(asked.from, asked.to)
		fields = append(fields, f)
		if attribution {
			movedBlocks = append(movedBlocks, bot.Context(license.OSADLAttribution))
		}
	}
	generated := asked.generated && len(t.Generated) > 0
	if generated {
		fields = append(fields, sourcedField("Code written with an AI assistant", t.Generated, t.GeneratedSource))
	}
	content := asked.nonCode && len(t.Content) > 0
	if content {
		fields = append(fields, sourcedField("Text, art and data", t.Content, t.ContentSource))
	}
	obliged := asked.obliged && len(t.Obliged) > 0
	if obliged {
		// The question asked first: what the licences ask, then how to contribute.
		fields = append([]bot.Field{sourcedField("Does a licence make you send changes back?", t.Obliged, t.ObligedSource)}, fields...)
	}
	if asked.stateLaw && len(t.StateLaw) > 0 {
		fields = append(fields, sourcedField("Laws that limit the claim", t.StateLaw, t.StateLawSource))
	}
	if asked.static && len(t.Static) > 0 {
		fields = append(fields, sourcedField("Static linking", t.Static, t.StaticSource))
	}
	if asked.service && len(t.Service) > 0 {
		fields = append(fields, sourcedField("Software run as a service", t.Service, t.ServiceSource))
	}
	public := asked.public && len(t.Public) > 0
	if public {
		// "our repo is already public on github, doesnt that make it open source": that
		// first, then choosing a licence.
		fields = append([]bot.Field{sourcedField("Is public code open source?", t.Public, t.PublicSource)}, fields...)
	}
	dco := asked.dco && len(t.DCO) > 0 && !authorAnswer
	if dco {
		// "what am i actually certifying with the Signed-off-by line": that first.
		fields = append([]bot.Field{sourcedField("What a DCO sign-off certifies", t.DCO, t.DCOSource)}, fields...)
	}
	upstream := asked.upstream && len(t.Upstream) > 0
	if upstream {
		fields = append(fields, sourcedField("Pointing at upstream's source", t.Upstream, t.UpstreamSource))
	}
	if t.Name == "attribution" && license.AsksNoticeForBundle(w.call.Event.Text) {
		fields = append([]bot.Field{{Label: "NOTICE and LICENSE for what you bundle", Value: noticeBundleNote}}, fields...)
	}
	if t.Name == "distribution" && license.AsksFetchedByUser(w.call.Event.Text) {
		fields = append([]bot.Field{{Label: "Fetched by the user", Value: fetchedByUserNote}}, fields...)
	}
	hardware := asked.hardware && len(t.Hardware) > 0
	if hardware {
		fields = append(fields, sourcedField("Hardware designs", t.Hardware, t.HardwareSource))
	}
	if asked.unnamed {
		fields = append(fields, bot.Field{Label: "The licence decides", Value: "Whether you must open your own code depends on the licence of the code you take in, which the question does not name. A permissive licence (MIT, BSD, Apache-2.0) asks only that its notices go with the copies; only a copyleft one reaches your code, as above. Ask again with that licence (`can we use an LGPL library in our paid app?`), or let `license URL` read it from the library's repository."})
	}
	beside := asked.beside && len(t.Beside) > 0 && len(named) > 0
	if beside {
		fields = append(fields, sourcedField("Terms written beside an open source licence", t.Beside, t.BesideSource))
	}
	// What credit is enough, or what giving a work on asks: the licences named carry
	// their own obligations in these answers.
	namedObligations := t.Name == "attribution" || t.Name == "distribution" || t.Name == "selling"
	verdictSaid := false
	var exception []bot.Button
	if asked.expr != "" && asked.use != "" {
		if d, err := w.e.policy.Evaluate(license.CanonicalExpression(asked.expr), asked.use, ""); err == nil {
			verdictSaid = true
			fields = append(fields, policyVerdictField(d, !namedObligations))
			if _, exceptions := w.e.approvals.kind("exception"); exceptions && d.Verdict >= license.NeedsApproval {
				// As a verdict answer does: a use short of allowed may be asked for as an exception.
				exception = append(exception, exceptionButton(d))
			}
		}
	}
	// texts are the texts of the licences named whose conditions the answer quotes.
	var texts []string
	if len(named) > 0 && asked.version == "" { // the form read is one click away instead
		var lines []string
		for _, id := range named[:min(len(named), 6)] {
			p := w.e.policy.Profile(id)
			line := "`" + id + "`"
			if p.Name != "" {
				line += " (" + p.Name + ")"
			}
			line += " — " + strings.ReplaceAll(p.Category, "_", " ")
			var asks []string
			if namedObligations && (len(p.Obligations) == 0 || t.Name == "attribution") {
				asks = license.Conditions(id)
			}
			switch {
			case t.Name == "attribution" && len(asks) > 0:
				// What credit a licence asks, and of which copies, is its text's ("does
				// zlib's licence have to be shown with our app binary?": only the source's
				// notice); the policy's obligations, which may ask more, follow.
				line += "; its text asks: " + strings.Join(asks, "; ")
				if len(p.Obligations) > 0 {
					line += ". The policy asks: " + strings.Join(p.Obligations, " ")
				}
				if p.Listed {
					base, _, _ := strings.Cut(id, " WITH ")
					texts = append(texts, license.SPDXPage(base))
				}
			case namedObligations && len(p.Obligations) > 0:
				line += ": " + strings.Join(p.Obligations, " ")
			case namedObligations && len(asks) > 0:
				// A category the policy gives no obligations (by exception only): what the
				// licence's own text asks ("the notice … in the fonts' own metadata").
				line += "; its text asks: " + strings.Join(asks, "; ")
			case p.Description != "":
				line += ": " + p.Description
			}
			lines = append(lines, line)
		}
		fields = append(fields, bot.Field{Label: "The licences you named", Value: strings.Join(lines, "\n")})
		if t.Name == "choose" && len(named) == 2 {
			// "sspl or agpl?", "switching our lib from apache 2.0 to mit. what do we
			// lose?": the two candidates, by what their texts ask.
			if lines := differenceLines(named[0], named[1]); len(lines) > 0 {
				fields = append(fields, bot.Field{Label: "How they differ, by what their texts ask", Value: strings.Join(lines, "\n")})
				texts = append(texts, license.SPDXPage(named[0]), license.SPDXPage(named[1]))
			}
		}
	}
	if t.Example != "" && len(named) == 0 && !authorAnswer { // the licences named speak for themselves; an author's project has none yet
		p := w.e.policy.Profile(t.Example)
		var parts []string
		for _, f := range usesByVerdict(p.Verdicts) {
			parts = append(parts, f.Label+": "+f.Value)
		}
		fields = append(fields, bot.Field{Label: "For example, the policy for `" + t.Example + "`", Value: strings.ReplaceAll(p.Category, "_", " ") + " — " + strings.Join(parts, " · ")})
		if len(p.Obligations) > 0 {
			fields = append(fields, bot.Field{Label: "Obligations", Value: "• " + strings.Join(p.Obligations, "\n• ")})
		}
	}
	if t.Source != "" && !movingAnswer && !authorAnswer { // a topic about the bot's own commands has no outside source; the author's lines carry theirs
		source := t.Source
		if len(texts) > 0 && !slices.ContainsFunc(texts, func(u string) bool { return u == t.Source }) {
			// "does zlib's licence have to be shown with our app binary?": what each
			// licence named asks is read from its own text.
			source += "\nTexts of the licences named: " + strings.Join(texts, ", ")
		}
		fields = append(fields, bot.Field{Label: "Source", Value: source})
	}
	fields = append(fields, bot.Field{Label: "Policy", Value: policyLink(w.e.policy.URL())})
	blocks := append([]bot.Block{bot.Fields(fields...)}, movedBlocks...)
	// "Would crediting it on my website with a link to the licence be enough?": what
	// each licence named says of a link in place of its text.
	if t.Name == "attribution" && license.AsksNoticeFileNeeded(w.call.Event.Text, strings.Join(named, " AND ")) {
		// "our project is apache 2.0 but it isn't an asf project. do we have to ship a
		// NOTICE file?"
		blocks = append(blocks, bot.Context(noticeFileNote))
	} else if t.Name == "attribution" && license.AsksNoticeContents(w.call.Event.Text, strings.Join(named, " AND ")) {
		// "do we have to copy the whole NOTICE file of an apache 2.0 library into our app?"
		blocks = append(blocks, bot.Context(noticeContentsNote))
	}
	linkAsked := t.Name == "attribution" && len(named) > 0 && license.AsksLinkForText(w.call.Event.Text)
	if linkAsked {
		if note := linkForTextNote(strings.Join(named, " AND ")); note != "" {
			blocks = append(blocks, bot.Context(note))
		}
	}
	if t.Name == "copyleft" && len(named) == 0 && license.SpeaksOfProgramOutput(w.call.Event.Text) {
		// "The shell-completion generator we use just moved from Apache to a copyleft
		// licence. The completion scripts it spits out contain big chunks of code copied
		// verbatim from the generator itself. Do the generated scripts we ship now fall
		// under its copyleft too?"
		blocks = append(blocks, bot.Context(programOutputNote))
	}
	if (t.Name == "choose" || t.Name == "selling" || t.Name == "distribution") && w.throughApplesStore(named...) {
		// "Someone sent a pull request moving our iOS app from the MPL to the GPL": the
		// licence weighed for an app in Apple's store meets the store's terms.
		blocks = append(blocks, bot.Context(appStoreNote))
	}
	var buttons []bot.Button
	if b, ok := w.requestButton(request); ok {
		b.Style = bot.Primary
		buttons = append(buttons, b)
	}
	if buttons = append(append(append(buttons, more...), versionButtons...), exception...); len(buttons) > 0 {
		blocks = append(blocks, bot.Buttons(buttons...))
	}
	question := "a question about " + strings.ToLower(title[:1]) + title[1:]
	movedFromTo := moving && !movingAnswer && asked.from != "" // the move restated with both licences
	switch {
	case movedFromTo:
		question += fmt.Sprintf(", moving one already released from `%s` to `%s`", asked.from, asked.to)
	case moving && !movingAnswer:
		question += ", moving one already released to another"
	}
	if generated {
		question += ", with code written by an AI assistant"
	}
	if obliged {
		question += ", and whether a licence makes you send your changes back"
	}
	if upstream {
		question += ", and whether pointing at upstream's source is enough"
	}
	if dco {
		question += ", and what a DCO sign-off certifies"
	}
	if linkAsked {
		question += ", and whether a link to the licence is enough"
	}
	if public {
		question += ", and whether code being public makes it open source"
	}
	switch {
	case content && hardware:
		question += ", and what suits text, art, data and hardware designs"
	case content:
		question += ", and what suits text, art and data"
	case hardware:
		question += ", and what suits hardware designs"
	}
	switch {
	case beside:
		question += ", written beside `" + strings.Join(named, "`, `") + "`"
	case len(named) > 0 && !(movedFromTo && len(named) == 2 && slices.Contains(named, asked.from) && slices.Contains(named, asked.to)):
		// The two licences moved from and to are named above already.
		question += ", naming `" + strings.Join(named, "`, `") + "`"
	}
	if base := license.VersionForms(named); asked.version != "" && base != "" {
		// "drl says gpl v2 but there are no headers. only, or or-later?"
		question = fmt.Sprintf("is the code under `%s-only` or `%s-or-later`?", base, base)
		return w.reply(restated(question, bot.Reply{Text: title + ":", Blocks: blocks}))
	}
	if verdictSaid {
		question += ", " + usePhrases[asked.use]
	}
	return w.reply(restated(question+".", bot.Reply{Text: title + ":", Blocks: blocks}))
}

// asIsButtons offer the verdict on a project whose maintainers are asked to relicense it,
// under the licence it has, for the use the question gives (or asking how it is used):
// none when the question's licence is not that one ("from GPL-3.0 to MIT" reads the
// licence moved to).
func asIsButtons(q license.Question, text string) []bot.Button {
	if q.Kind != license.AskVerdict && q.Kind != license.AskProfile || q.Expression == "" || license.SaysMoveFromTo(text) {
		return nil
	}
	if q.Use == "" {
		return []bot.Button{askUseButton("Using it as it is: "+q.Expression, q.Expression)}
	}
	return []bot.Button{useButton("As it is: "+q.Expression+", "+usePhrases[q.Use], q.Expression, q.Use)}
}

// requestButton opens the form of the approval kind named, when one is configured.
func (w *work) requestButton(kind string) (bot.Button, bool) {
	if kind == "" {
		return bot.Button{}, false
	}
	k, ok := w.e.approvals.kind(kind)
	if !ok {
		return bot.Button{}, false
	}
	return bot.Button{Label: "Request: " + k.Title, Action: actionFormKind, Value: k.Name, Command: "request " + k.Name}, true
}

// toolName is the tool a question names, as it names it.
func toolName(q license.Question) string {
	for _, p := range q.Projects {
		if p.Project == q.Tool && p.Said != "" {
			return p.Said
		}
	}
	return q.Tool.Name()
}

// readAs puts first in r how each loosely named licence was read ("GPL" as
// GPL-3.0-only), so that the asker can correct it.
func readAs(r bot.Reply, assumed []license.Assumption) bot.Reply {
	if len(assumed) == 0 {
		return r
	}
	var notes []bot.Block
	for i, a := range assumed {
		text := fmt.Sprintf("Taken as `%s`: %s.", a.ID, a.Why)
		if a.Said != "" && !strings.EqualFold(a.Said, a.ID) {
			text = fmt.Sprintf("Read “%s” as `%s`: %s.", bot.Printable(a.Said, 40), a.ID, a.Why)
		}
		if i == len(assumed)-1 {
			text += " If you meant another licence, ask with its SPDX ID."
		}
		notes = append(notes, bot.Context(text))
	}
	r.Blocks = append(notes, r.Blocks...)
	return r
}

func runUseChoice(w *work) error {
	use, expr, ok := strings.Cut(w.call.Event.Action.Value, "\t")
	if !ok {
		return Errorf("That button is out of date; please ask again.")
	}
	if use == "" { // "Another use": ask again how it will be used
		buttons := useButtons(actionUse, func(u string) string { return u + "\t" + expr })
		for i := range buttons.Buttons {
			buttons.Buttons[i].Command = useCommand(expr, config.Uses[i])
		}
		r := bot.Reply{Text: fmt.Sprintf("How will `%s` be used?", expr), Blocks: []bot.Block{buttons}}
		return w.reply(restated(restateVerdict(expr, "", false), r))
	}
	// The answer a typed question gets (the button's Command asks it): restated, with
	// the other readings one click away.
	r, err := w.verdict(expr, use)
	if err != nil {
		return err
	}
	r = withCorrections(r, license.Question{Expression: expr, Use: use})
	return w.reply(restated(restateVerdict(expr, use, false), r))
}

// exceptionChangesNothing tells whether, for a compatibility question whose message
// names an exception SPDX lists several of (ids) on the code taken in, every one of them
// gives the answer the licences give without it; the note says the exception is left
// out, and why.
func exceptionChangesNothing(q license.Question, ids []string) (license.Assumption, bool) {
	if q.Kind != license.AskCompatibility || q.Reading == license.RolesAmbiguous || len(q.Licenses) != 2 || len(ids) < 2 {
		return license.Assumption{}, false
	}
	in, out := q.Licenses[0], q.Licenses[1]
	base := gnuTerm(q.Licenses)
	if base != in {
		// On the work's side, an exception is about what the work may take in (the
		// OpenSSL exception: OpenSSL), which the data does not model.
		return license.Assumption{}, false
	}
	want := license.CompatibleFor(in, out, q.Use).Answer
	for _, id := range ids {
		if license.CompatibleFor(in+" WITH "+id, out, q.Use).Answer != want {
			return license.Assumption{}, false
		}
	}
	return license.Assumption{ID: base, Why: fmt.Sprintf("the %s the message names is left out: SPDX lists %d exceptions by that name (`%s`), and none of them changes this answer", q.Unknown[0], len(ids), strings.Join(ids, "`, `"))}, true
}

// answerExceptionUnnamed answers a verdict question on a licence with an exception the
// message says in words that SPDX IDs several exceptions for ("GPLv2 with a linking
// exception", "the OpenSSL exception"): the policy's verdict on each of them. When they
// all agree, that verdict is the answer, whichever exception it is; when they do not,
// each is shown, and the asker picks the one the exception's text is.
func (w *work) answerExceptionUnnamed(q license.Question, ids []string, linking bool) error {
	base := q.Licenses[0]
	said := "with a linking exception the message does not name"
	if !linking {
		said = fmt.Sprintf("with the %s (SPDX lists %d exceptions by that name)", q.Unknown[0], len(ids))
	}
	question := strings.TrimSuffix(restateVerdict(base, q.Use, q.Proprietary), "?") + ", " + said + "?"
	var fields []bot.Field
	var buttons []bot.Button
	same := true
	var first license.Decision
	for i, id := range ids {
		expr := base + " WITH " + id
		d, err := w.e.policy.Evaluate(expr, q.Use, "")
		if err != nil {
			return restatedError(question, Errorf("%s", err))
		}
		if i == 0 {
			first = d
		}
		same = same && d.Verdict == first.Verdict
		fields = append(fields, bot.Field{Label: "`" + expr + "`", Value: d.Verdict.String()})
		buttons = append(buttons, useButton("As "+id, expr, q.Use))
	}
	if same {
		// Whichever it is, the answer is the same: given for the first, with the others
		// a click away for their obligations.
		r, err := w.verdict(first.Expression, q.Use)
		if err != nil {
			return restatedError(question, err)
		}
		note := fmt.Sprintf("The message does not say which exception it is. The policy gives the same verdict, %s, for each that it could be (%s), so the verdict holds whichever it is; the obligations below are those of `%s`. Check that the exception's text is one of these before relying on it.", first.Verdict, quotedWords(ids), first.Expression)
		r.Blocks = append([]bot.Block{bot.Context(note)}, r.Blocks...)
		r.Blocks = append(r.Blocks, bot.Buttons(buttons[1:]...))
		return w.reply(restated(question, readAs(r, readings(q))))
	}
	if err := w.recordQuestion("verdict", base, q.Use, "depends on the exception"); err != nil {
		return err
	}
	r := bot.Reply{
		Text:   "Which exception it is decides the verdict, and the message does not say. The policy's verdict for each it could be:",
		Blocks: []bot.Block{bot.Fields(fields...), bot.Context("Pick the one whose text the code carries for its obligations, or ask again with its SPDX ID."), bot.Buttons(buttons...)},
	}
	return w.reply(restated(question, readAs(r, readings(q))))
}

// verdict applies the policy to expr for use, records the question and words the answer.
func (w *work) verdict(expr, use string) (bot.Reply, error) {
	_, r, err := w.decided(expr, use)
	return r, err
}

// decided is verdict with the policy's decision it answers.
func (w *work) decided(expr, use string) (license.Decision, bot.Reply, error) {
	d, err := w.e.policy.Evaluate(expr, use, "")
	if err != nil {
		return d, bot.Reply{}, Errorf("%s", err)
	}
	if err := w.recordQuestion("verdict", expr, use, d.Verdict.String()); err != nil {
		return d, bot.Reply{}, err
	}
	_, exceptions := w.e.approvals.kind("exception")
	return d, VerdictReply(d, w.e.policy.URL(), exceptions), nil
}

// policyVerdictField is the policy's verdict d as one line of a longer answer ("Policy,
// in something you distribute: GPL-3.0-only: needs approval."), with its obligations
// unless the answer says them elsewhere.
func policyVerdictField(d license.Decision, obligations bool) bot.Field {
	value := fmt.Sprintf("%s: %s.", d.Expression, d.Verdict)
	if obligations {
		value += obligationsLine(d)
	}
	return bot.Field{Label: "Policy, " + usePhrases[d.Use], Value: value}
}

// exceptionButton requests a licence exception for the expression and use of d.
func exceptionButton(d license.Decision) bot.Button {
	return bot.Button{Label: "Request an exception", Action: actionException, Value: d.Expression + "\t" + d.Use}
}

// VerdictReply words a policy decision: verdict first, then why, the obligations, what
// to do next and the policy link. With exceptions (licence exception requests are
// configured), a verdict short of allowed offers a button that requests one.
func VerdictReply(d license.Decision, policyURL string, exceptions bool) bot.Reply {
	head := fmt.Sprintf("`%s` %s: %s.", d.Expression, usePhrases[d.Use], strings.ToUpper(d.Verdict.String()[:1])+d.Verdict.String()[1:])
	fields := []bot.Field{{Label: "Why", Value: d.Reason}}
	switch {
	case len(d.Obligations) > 0 && d.Verdict != license.NotAllowed:
		fields = append(fields, bot.Field{Label: "Obligations", Value: "• " + strings.Join(d.Obligations, "\n• ")})
	case len(d.Obligations) == 0 && d.Verdict == license.NeedsApproval:
		// A licence the policy decides case by case (the SIL Open Font License) gives
		// no obligations of its own: what its text asks is what approval would hold to.
		if asks := license.Conditions(d.Expression); len(asks) > 0 {
			fields = append(fields, textAsksField(asks))
		}
	}
	if (d.Verdict == license.NeedsApproval || d.Verdict == license.NotAllowed) && (d.Use == "internal" || d.Use == "saas") {
		if f, ok := licenceItself(d.Expression, d.Use); ok {
			fields = append(fields, f)
		}
	}
	var buttons []bot.Block
	exception := exceptionButton(d)
	switch {
	case d.Verdict == license.NeedsApproval && exceptions:
		fields = append(fields, bot.Field{Label: "Next", Value: "Ask for a licence exception before you use it."})
		exception.Style = bot.Primary
		buttons = append(buttons, bot.Buttons(exception))
	case d.Verdict == license.NeedsApproval:
		fields = append(fields, bot.Field{Label: "Next", Value: "Ask the OSPO for approval before you use it."})
	case d.Verdict == license.NotAllowed && exceptions:
		fields = append(fields, bot.Field{Label: "Next", Value: "Look for a component under another licence; only an approved exception allows this one."})
		buttons = append(buttons, bot.Buttons(exception))
	case d.Verdict == license.NotAllowed:
		fields = append(fields, bot.Field{Label: "Next", Value: "Look for a component under another licence."})
	}
	policy := policyLink(policyURL)
	for _, t := range d.Terms {
		if t.URL != "" && slices.Contains(d.Chosen, t.Term) {
			policy = t.URL // the page for this very licence beats the whole document
			break
		}
	}
	fields = append(fields, bot.Field{Label: "Policy", Value: policy})
	return bot.Reply{Text: head, Blocks: append([]bot.Block{bot.Fields(fields...)}, buttons...)}
}

// textAsksField lists what a licence's text asks (license.Conditions), as verdicts and
// profiles show it.
func textAsksField(asks []string) bot.Field {
	return bot.Field{Label: "Its text asks", Value: "• " + strings.Join(asks, "\n• ")}
}

// withTextAsks adds to a verdict what the text of licence id itself asks of use, after
// the policy's obligations, for a question that asks what is owed ("font awesome icons
// are cc by 4.0 right? what do we owe if we convert them to png for our desktop app",
// "gplv3 tool that only runs on our own build servers, never handed out. anything we
// must do"): the policy's obligations are its category's, said for every licence in it,
// where the licence's own conditions ("credit the author, link the licence and say
// whether you changed the work") are what is owed. Of a use that hands no copy to
// anyone, in house or as a service, only the conditions that bind that use are owed
// (licenceItself). r is unchanged when the data does not describe id's text or the
// verdict says it already.
func withTextAsks(r bot.Reply, id, use string) bot.Reply {
	own, ok := bot.Field{}, false
	if use == "internal" || use == "saas" {
		own, ok = licenceItself(id, use)
	} else if asks := license.Conditions(id); len(asks) > 0 {
		own, ok = textAsksField(asks), true
	}
	if !ok || len(r.Blocks) == 0 || r.Blocks[0].Kind != bot.FieldsBlock {
		return r
	}
	fields := r.Blocks[0].Fields
	at := 0
	for i, f := range fields {
		switch f.Label {
		case "Its text asks", "The licence itself":
			return r
		case "Why", "Obligations":
			at = i + 1
		}
	}
	blocks := slices.Clone(r.Blocks)
	blocks[0] = bot.Fields(slices.Insert(slices.Clone(fields), at, own)...)
	r.Blocks = blocks
	return r
}

// licenceItself says what the text of licence id asks of a use that hands no copy to
// anyone (in house, or a network service), beside a policy stricter than it: "AGPL
// tool used only in our CI, any duties?" needs the policy's approval, and the licence
// asks nothing of it. ok is false when the data does not describe the text.
func licenceItself(id, use string) (bot.Field, bool) {
	asks, known := license.AsksUnshared(id, use)
	if !known {
		return bot.Field{}, false
	}
	what, none := "use in house", "none leave the organisation"
	if use == "saas" {
		what, none = "a network service", "a service's users receive none"
	}
	if len(asks) == 0 {
		return bot.Field{Label: "The licence itself", Value: fmt.Sprintf("Its text asks nothing of %s: its conditions bind copies handed to others, and %s. The verdict is the policy's.", what, none)}, true
	}
	tail := "Its other conditions bind copies handed to others."
	if use == "saas" && license.SharesByShowing(id) {
		tail = "Its other conditions bind sharing the work, which takes in showing it to the public: a service that shows it owes them too."
	}
	return bot.Field{Label: "The licence itself", Value: fmt.Sprintf("Of %s, its text asks only:\n• %s\n%s", what, strings.Join(asks, "\n• "), tail)}, true
}

// policyLink is where an answer points for the policy: its URL, or what the built-in
// default is.
func policyLink(url string) string {
	if url != "" {
		return url
	}
	return "the built-in default policy, a starting point for your counsel to review"
}

// NoLicenseReply answers a question about code that has no licence: it cannot be used
// without the author's permission, as a scan says of a component without one.
func NoLicenseReply(policyURL string) bot.Reply {
	return bot.Reply{Text: "Code with no licence: Needs approval.", Blocks: []bot.Block{bot.Fields(
		bot.Field{Label: "Why", Value: "Without a licence, all rights stay with the author: nobody may copy, change or share the code without their permission, whatever the use."},
		bot.Field{Label: "Next", Value: "Ask the author to add a licence (or to give written permission), or look for another component; the OSPO can help with either."},
		bot.Field{Label: "Policy", Value: policyLink(policyURL)},
	)}}
}

// bookCodeNote is where the permission for a book's example code is written
// (license.CodeFromBook).
const bookCodeNote = "📚 Code from a book: a programming book usually says in its preface or on its copyright page how its example code may be used, and that statement is the permission there is. O'Reilly's books, for example, say in their “Using Code Examples” section that readers may use the examples in their own programs and documentation without asking, unless they reproduce a significant portion of the code; selling or distributing the examples themselves needs permission, and credit (title, author, publisher, ISBN) is welcome but not required. Where the book says nothing, ask the publisher, or write the code yourself from what the book teaches."

// NoDistributionReply answers whether code whose own terms forbid handing it out may be
// shipped or published (license.ForbidsDistribution): no, not without its holders'
// permission, and the ways round it.
func NoDistributionReply(policyURL string) bot.Reply {
	return bot.Reply{Text: "Code whose own terms forbid handing it out: Not allowed without the copyright holders' permission.", Blocks: []bot.Block{bot.Fields(
		bot.Field{Label: "Why", Value: "A copyright holder's terms that forbid distribution grant no right to copy the code into anything you hand out: a package, an installer, a firmware image or a public repository. Whatever else they allow (using the files, building with them), shipping them needs the holders' written permission. An open source licence cannot forbid redistribution, so these terms are not one, and any open licence said of the project around the files does not reach them."},
		bot.Field{Label: "Next", Value: "Ask the holders (for vendor files, the vendor) for written permission or for the files under an open source licence; or ship without them and tell users where to get them from their source; or write replacements of your own. The OSPO can help with either request."},
		bot.Field{Label: "Policy", Value: policyLink(policyURL)},
	)}}
}

// ClosedOSReply answers whether a program under a GNU licence (id) may run on, be ported
// to and be handed out for a proprietary operating system: yes, by the licences' system
// library exception, with the limit GPLv2 puts on system parts shipped with it. shipped
// says the system's own parts (its runtime DLLs) go out with the program; under GPLv2
// only, that is the limit, and the answer is no.
func ClosedOSReply(id, system string, shipped bool, policyURL string) bot.Reply {
	sources := bot.Field{Label: "Source", Value: "https://www.gnu.org/licenses/gpl-faq.html#WindowsRuntimeAndGPL, https://www.gnu.org/licenses/gpl-faq.html#SystemLibraryException"}
	if !license.SystemExceptionHolds(id, shipped) {
		return bot.Reply{Text: fmt.Sprintf("A `%s` program handed out with %s's runtime DLLs beside it: no, the licence's system library exception does not cover them.", id, system), Blocks: []bot.Block{bot.Fields(
			bot.Field{Label: "Why", Value: fmt.Sprintf("GPLv2 section 3 leaves the major components of the operating system and the compiler's runtime out of the source the program must come with, \u201cunless that component itself accompanies the executable\u201d. Runtime DLLs shipped with the program (next to the executable, or in its installer) accompany it, so they fall under the licence's terms, which a closed runtime cannot meet. Linking to them where %s already has them is fine.", system)},
			bot.Field{Label: "Next", Value: "Leave the runtime out of what you ship and have users install it from its vendor (for Visual C++, Microsoft's redistributable package), or ask the program's copyright holders for an added permission. GPLv3's exception has no such limit, so a program under \u201cGPLv2 or later\u201d may go out under GPLv3 with the runtime beside it."},
			sources,
			bot.Field{Label: "Policy", Value: policyLink(policyURL)},
		)}}
	}
	return bot.Reply{Text: fmt.Sprintf("A `%s` program on %s: yes, the licence allows it.", id, system), Blocks: []bot.Block{bot.Fields(
		bot.Field{Label: "Why", Value: fmt.Sprintf("The GNU licences ask for the source of the whole program, but not of the operating system it runs on: their system library exception (GPLv3 section 1, GPLv2 section 3) leaves out the major components of the system and the compiler's runtime the program links to. So the program may be ported to %s, built with its tools, linked to its system libraries and handed out for it, under the same licence and with its complete source.", system)},
		bot.Field{Label: "Watch", Value: "GPLv2's exception leaves out a system component that goes out with the program itself (a runtime DLL shipped next to the executable); GPLv3's has no such limit, and the GPL FAQ counts the Visual C++ runtime as a System Library under it. Closed libraries that are not part of the system (an SDK, a third-party DLL) are not covered by either: they need the program's holders' permission."},
		sources,
		bot.Field{Label: "Policy", Value: policyLink(policyURL)},
	)}}
}

// ClosedIntoCopyleftReply answers whether closed code may go into a work under a GNU
// copyleft licence (work): what the licence asks of the whole, the one exception it
// makes itself, and what the work's copyright holders can grant.
func ClosedIntoCopyleftReply(work string, plugins bool, policyURL string) bot.Reply {
	why := fmt.Sprintf("`%s` asks that a program combined with code under it (linked statically or dynamically, or loaded as a library at run time) go out as a whole under its terms, with the source; a closed library cannot. Its own exception, for system libraries, covers only the major components of the operating system the program runs on and the compiler or interpreter (GPLv3 section 1, GPLv2 section 3), not an SDK or a library you ship with the program.", work)
	next := "If your organisation holds the copyright in the whole program, it can add a permission to combine it with that library (an additional permission, GPLv3 section 7); code others contributed under the GPL needs their agreement too. If the program is someone else's, ask its copyright holders for that permission, or use a free library instead. A closed program run as a separate process, talking over pipes or sockets, stays separate."
	source := "https://www.gnu.org/licenses/gpl-faq.html#GPLIncompatibleLibs"
	text := fmt.Sprintf("Closed code into %s `%s` work you distribute: only with a permission from the work's copyright holders.", aOrAn(work), work)
	if plugins {
		text = fmt.Sprintf("Closed plug-ins for a `%s` program: only with a permission from the program's copyright holders, unless they run as separate programs.", work)
		why = fmt.Sprintf("Plug-ins the program loads into its own process (linked dynamically, calling each other's functions, sharing data structures) make one combined program with it, so those handed out must be under `%s` too; plug-ins run as separate programs (started with fork and exec, talking over pipes or sockets) need not be. A plug-in interface that is part of the program does not change this.", work)
		next = "The program's copyright holders can allow closed plug-ins with an exception for the plug-in interface (an additional permission, GPLv3 section 7); every contributor's code is under the GPL, so each of them (or a contributor agreement they signed) must agree. Moving the program, or its plug-in interface, to the LGPL does the same and needs the same agreement."
		source = "https://www.gnu.org/licenses/gpl-faq.html#GPLAndPlugins"
	}
	return bot.Reply{Text: text, Blocks: []bot.Block{bot.Fields(
		bot.Field{Label: "Why", Value: why},
		bot.Field{Label: "Next", Value: next},
		bot.Field{Label: "Source", Value: source},
		bot.Field{Label: "Policy", Value: policyLink(policyURL)},
	)}}
}

// combinedAnswer is the short answer to a combination: Yes when one of the licences can
// cover the whole, No when none can, Unknown when the matrix cannot say.
func combinedAnswer(c license.Combination) string {
	answer := "No"
	for _, u := range c.Under {
		switch u.Answer {
		case "Yes":
			return "Yes"
		case "":
			answer = "Unknown"
		}
	}
	return answer
}

// CombinationReply words whether code under several licences can make one work: under
// which of them the whole may be distributed, and what stands in the way of the others.
func CombinationReply(c license.Combination) bot.Reply {
	var quoted []string
	for _, l := range c.Licenses {
		quoted = append(quoted, "`"+l+"`")
	}
	names := bot.JoinAnd(quoted)
	var under, lines []string
	var sources []bot.Block // the sources of the statements "cannot say" lines give
	for _, u := range c.Under {
		var line string
		switch u.Answer {
		case "Yes":
			under = append(under, "`"+u.License+"`")
			line = fmt.Sprintf("• Under %s: yes; code under the others may go into it, each keeping its own obligations.", u.License)
			if u.TakenAs != "" {
				// "Apache-2.0 code in a GPL-2.0-or-later work": the "or later" is what lets
				// it in, so the whole goes out under the later version.
				under[len(under)-1] += fmt.Sprintf(" (taken as `%s`)", u.TakenAs)
				line = fmt.Sprintf("• Under %s: yes, taken as %s: %s code fits no earlier version, and the \u201cor later\u201d lets the whole go under that one; the others keep their own obligations.", u.License, u.TakenAs, bot.JoinAnd(u.Needs))
			}
		case "No":
			var blocked []string
			for _, o := range u.Others {
				if o.Answer == "No" {
					blocked = append(blocked, o.Inbound)
				}
			}
			line = fmt.Sprintf("• Under %s: no; %s code may not go into it.", u.License, bot.JoinAnd(blocked))
		default:
			var open []string
			for _, o := range u.Others {
				why := undecided(o)
				if why != "" && !slices.Contains(open, why) {
					open = append(open, why)
				}
				if src := "Source: " + o.Source; why != "" && o.Source != "" && !slices.ContainsFunc(sources, func(b bot.Block) bool { return b.Text == src }) {
					sources = append(sources, bot.Context(src)) // the statement the line gives
				}
			}
			line = fmt.Sprintf("• Under %s: cannot say; %s.", u.License, strings.Join(open, "; "))
		}
		lines = append(lines, line)
	}
	// Pairs the matrix lacks are answered from stewards' statements, the licences' texts
	// or their categories: the headline names those too.
	basis := "OSADL matrix"
	if slices.ContainsFunc(c.Under, func(u license.Candidate) bool {
		return slices.ContainsFunc(u.Others, func(o license.Compatibility) bool { return o.Basis != "" && o.Basis != "OSADL matrix" })
	}) {
		basis = "OSADL matrix and the licences' own terms"
	}
	var head string
	switch combinedAnswer(c) {
	case "Yes":
		head = fmt.Sprintf("Can %s be combined in one work? %s: Yes, with the whole under %s.", names, basis, strings.Join(under, " or "))
	case "No":
		head = fmt.Sprintf("Can %s be combined in one work? %s: No; none of them can cover the whole. Ask the OSPO.", names, basis)
	default:
		head = fmt.Sprintf("Can %s be combined in one work? %s: Not known; ask the OSPO.", names, basis)
	}
	blocks := append([]bot.Block{bot.Section(strings.Join(lines, "\n"))}, sources...)
	return bot.Reply{Text: head, Blocks: append(blocks, bot.Context(license.OSADLAttribution))}
}

// undecided says why the matrix gives no yes or no for a pair, or "" when it does.
func undecided(o license.Compatibility) string {
	switch o.Answer {
	case "Yes", "Same", "No":
		return ""
	case "":
		return "the matrix does not cover " + o.Missing
	case "Check dependency":
		if o.Basis != "" && o.Basis != "OSADL matrix" {
			// A steward's statement says what it depends on ("EPL-2.0's Secondary
			// License"): the line gives it rather than the matrix's bare word.
			return "for " + o.Inbound + " code it depends, as " + o.Basis + " says: " + strings.TrimSuffix(o.Reason, ".")
		}
		return "for " + o.Inbound + " code it depends on how the code is combined"
	}
	return "the matrix records " + o.Inbound + " code going into it as unknown"
}

// CompatibilityReply words a compatibility answer with where it comes from: the OSADL
// matrix (with its attribution) or a steward's statement (with its page).
func CompatibilityReply(c license.Compatibility) bot.Reply {
	blocks := []bot.Block{bot.Section(c.Reason)}
	if c.Source != "" {
		blocks = append(blocks, bot.Context("Source: "+c.Source))
	}
	if fromOSADL(c) {
		blocks = append(blocks, bot.Context(license.OSADLAttribution))
	}
	return bot.Reply{Text: compatHeadline(c), Blocks: blocks}
}

// compatHeadline is a compatibility answer in one line: the pair, where the answer comes
// from and the answer.
func compatHeadline(c license.Compatibility) string {
	ans := c.Answer
	if ans == "" {
		ans = "Not known"
	}
	basis := c.Basis
	if basis == "" {
		basis = "OSADL matrix"
	}
	return fmt.Sprintf("`%s` code into %s `%s` work — %s: %s.", c.Inbound, aOrAn(c.Outbound), c.Outbound, basis, ans)
}

// fromOSADL tells whether an answer rests on the OSADL matrix, whose attribution must go
// with it: the matrix's own answer, one made from its answers for an expression's parts,
// or one it does not know.
func fromOSADL(c license.Compatibility) bool {
	return c.Basis == "" || strings.HasPrefix(c.Basis, "OSADL") || len(c.Parts) > 0 || c.Answer == ""
}

// clashingParts gives the licences a verdict's expression combines (its top-level AND
// terms) when no one of them may be the licence of a program holding them all, for a use
// that puts them in one program; nil otherwise, and for code run or shipped apart.
func clashingParts(q license.Question) []string {
	if q.Apart || q.Collected || !strings.Contains(q.Expression, " AND ") {
		return nil
	}
	switch q.Use {
	case "distribute", "static_link", "dynamic_link", "mobile":
	default:
		return nil
	}
	parts := license.Conjuncts(q.Expression)
	if len(parts) < 2 {
		return nil
	}
	for _, c := range license.Combine(parts).Under {
		if c.Answer != "No" {
			return nil
		}
	}
	return parts
}

// actionCombine is a button that asks whether licences can be combined, read another
// way; its value is the licences, tab-separated.
const actionCombine bot.ActionID = "license.combine"

// combineCommand is what a person types instead of a combination button.
func combineCommand(ids []string) string { return "ask can we combine " + bot.JoinAnd(ids) + "?" }

// answerCombination answers under which of ids a work combining code under all of them
// may go, with the other readings of each licence one click away (others, as
// otherReadings gives them, and the "or later" form of an "only" licence). apart says
// the message gave the licences as those of separate programs shipped together, which
// the answer says they may be, whatever one program combining them could be under.
func (w *work) answerCombination(ids []string, notes []license.Assumption, others map[string][]string, apart bool) error {
	c := license.Combine(ids)
	if err := w.recordQuestion("combination", strings.Join(ids, " + "), "", combinedAnswer(c)); err != nil {
		return err
	}
	r := CombinationReply(c)
	var buttons []bot.Button
	var read []string // read[i]: the licence buttons[i] reads as another
	for i, id := range ids {
		var alts []string
		if base, ok := strings.CutSuffix(id, "-only"); ok && len(license.OtherVersions(id)) > 0 {
			alts = append(alts, base+"-or-later")
		}
		if !strings.Contains(id, " ") {
			alts = append(alts, others[id]...)
		}
		for k, v := range alts {
			if len(buttons) == 3 || slices.Contains(ids, v) || slices.Contains(alts[:k], v) { // the "or later" form may be among the other readings too
				continue
			}
			alt := slices.Clone(ids)
			alt[i] = v
			buttons = append(buttons, bot.Button{Label: "As " + v, Action: actionCombine, Value: strings.Join(alt, "\t"), Command: combineCommand(alt)})
			read = append(read, id)
		}
	}
	namedReadings(buttons, read)
	if note, ok := w.lockedDevice(ids...); ok {
		r.Blocks = append(r.Blocks, note)
	}
	if len(buttons) > 0 {
		r.Blocks = append(r.Blocks, bot.Buttons(buttons...))
	}
	question := restateCombination(ids)
	if apart {
		question = strings.TrimSuffix(question, "?") + ", or shipped side by side as separate programs?"
		r.Blocks = append([]bot.Block{bot.Context("Separate programs shipped together are an aggregate, not one work: each keeps its own licence, and its own conditions (notices, source) apply to it alone, so programs under these licences may go out side by side in one package. The answer on combining them is for code under them put into one program (https://www.gnu.org/licenses/gpl-faq.html#MereAggregation).")}, r.Blocks...)
	} else if license.ImageLicenceAsked(w.call.Event.Text) {
		// "linuxserver mariadb image label says GPL-3.0-only but mariadb is gpl-2.0-only.
		// which license is the image?": an image holds programs side by side.
		question = strings.TrimSuffix(question, "?") + ", and under which licence is an image that holds them?"
		r.Blocks = append([]bot.Block{bot.Context("🐳 " + strings.Replace(imageNote, "is such an aggregate", "is an aggregate of separate programs, not one work", 1))}, r.Blocks...)
	}
	return w.reply(restated(question, readAs(r, notes)))
}

func runCombine(w *work) error {
	ids := strings.Split(w.call.Event.Action.Value, "\t")
	if len(ids) < 2 {
		return Errorf("That button is out of date; please ask again.")
	}
	return w.answerCombination(ids, nil, nil, false)
}

// unknownProjectReply answers a question of the licence of a project the bot does not
// know ("what licence is mapsui under?"), or, with question set, of using one ("can i use
// crcpp in a commercial project?"): it says so, gives no licence, and says how to find
// it, and what holds when none is found.
func unknownProjectReply(name, question string) bot.Reply {
	p := bot.Printable(name, 60)
	if question == "" {
		question = fmt.Sprintf("what licence is `%s` under?", p)
	}
	return bot.Reply{
		Text: "As I read it: " + question,
		Blocks: []bot.Block{
			bot.Section(fmt.Sprintf("I do not know `%s`: it is not among the projects whose licences I hold, so I give no licence or verdict for it. `license URL` reads the licence in its repository and gives the policy's verdict on it (e.g. `license https://github.com/OWNER/REPO`); a package page's licence field is what its publisher declared, and the licence file in the source is what counts.", p)),
			bot.Context("If neither its repository nor its package says any licence, the code is under none: all rights stay with its authors, and using it needs their permission (ask `can we use an unlicensed repo?`). Asking the authors to add a licence file is the usual fix."),
		},
	}
}

// formerOfUnknownReply answers what a project the bot does not know is under now, given
// the licences the question says it was under before: how to find the licence now, and
// what copies taken before the change keep.
func formerOfUnknownReply(name string, former []string) bot.Reply {
	was := quotedWords(former)
	r := unknownProjectReply(name, fmt.Sprintf("what licence is `%s` under now, after %s?", bot.Printable(name, 60), was))
	r.Blocks = append(r.Blocks,
		bot.Context(fmt.Sprintf("You said it was under %s before. A licence once granted is not taken back: copies received while it was under %s may still be used, changed and passed on under those terms, and releases made since the change carry the licence their own files give.", was, was)),
		bot.Buttons(asButtons(former)...))
	return r
}

// actionTopic is a button that asks about an OSPO topic; its value is the topic's name.
const actionTopic bot.ActionID = "license.topic"

// NotUnderstoodReply answers a message that names no licence, project or topic the
// bot knows: it says so, gives no verdict, and offers the OSPO topics as choices, each
// with the question a person could type instead.
func NotUnderstoodReply() bot.Reply {
	var buttons []bot.Button
	for _, t := range license.Topics() {
		buttons = append(buttons, bot.Button{Label: t.Title, Action: actionTopic, Value: t.Name, Command: "ask " + t.Ask})
	}
	return bot.Reply{
		Text: "As I read it: a question that names no licence, project or OSPO topic I know, so I give no answer to it.",
		Blocks: []bot.Block{
			bot.Section("Name the licence by SPDX ID (`GPL-2.0-only`), expression (`MIT OR Apache-2.0`) or a common name (`GPLv2`, `Apache 2`, `new BSD`), or a project (`FFmpeg`, `OpenSSL 3`); for a project I do not know, `license URL` reads the licence in its repository. Or pick the topic you mean:"),
			bot.Buttons(buttons...),
		},
		Private: true,
	}
}

func runTopic(w *work) error {
	t, ok := license.TopicNamed(w.call.Event.Action.Value)
	if !ok {
		return Errorf("That button is out of date; please ask again.")
	}
	return w.answerTopic(t, nil, topicAsked{})
}

// quotedWords are words as the question wrote them, quoted.
func quotedWords(words []string) string {
	var parts []string
	for _, w := range words {
		parts = append(parts, "`"+bot.Printable(w, 60)+"`")
	}
	return bot.JoinAnd(parts)
}

// unknownWords says that the words are no licence the bot knows, with the SPDX ID each
// probably means when one begins with it.
func unknownWords(words []string) string {
	var parts []string
	for _, w := range words {
		p := "`" + bot.Printable(w, 60) + "`"
		if id := config.SuggestLicenseID(w); id != "" && !strings.EqualFold(id, w) {
			p += " (did you mean `" + id + "`?)"
		}
		parts = append(parts, p)
	}
	noun := "is not a licence"
	if len(words) > 1 {
		noun = "are not licences"
	}
	return fmt.Sprintf("%s %s I know (not an SPDX ID, nor a name for one)", bot.JoinAnd(parts), noun)
}

// runUse answers `use USE LICENSE` (the verdict for that use, as the use buttons under a
// question give it) and `use USE scan N` (an uploaded scan checked for that use).
func runUse(w *work) error {
	use, rest := firstField(w.call.Rest)
	use = strings.ToLower(use)
	if !slices.Contains(config.Uses, use) {
		return Errorf("Which use? One of %s, then the licence: `use saas MPL-2.0`.", strings.Join(config.Uses, ", "))
	}
	if what, n := firstField(rest); strings.EqualFold(what, "scan") {
		seq, err := strconv.ParseUint(strings.TrimSpace(n), 10, 64)
		if err != nil {
			return Errorf("Which scan? `use %s scan N`, as the buttons under a scan report say.", use)
		}
		s, err := w.loadScan(seq)
		if err != nil {
			return err
		}
		return w.scanReport(seq, s, use, 0)
	}
	if strings.TrimSpace(rest) == "" {
		return Errorf("Which licence? `use %s MPL-2.0`.", use)
	}
	r, err := w.verdict(strings.TrimSpace(rest), use)
	if err != nil {
		return err
	}
	return w.reply(r)
}
