package workflows

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// useNames name the uses inside a sentence: "Needs approval: distributed, mobile app".
var useNames = map[string]string{
	"internal": "internal use", "distribute": "distributed", "saas": "SaaS", "mobile": "mobile app",
	"modify": "modified", "static_link": "static linking", "dynamic_link": "dynamic linking",
}

// verdictLabels head the verdict groups of a profile or an overview.
var verdictLabels = map[license.Verdict]string{
	license.Allowed: "Allowed", license.AllowedWithObligations: "With obligations",
	license.NeedsApproval: "Needs approval", license.NotAllowed: "Not allowed",
}

// usesByVerdict groups uses by their verdict, best verdict first: "Allowed: internal use
// · Not allowed: every other use".
func usesByVerdict(vs []license.UseVerdict) []bot.Field {
	var fields []bot.Field
	for v := license.Allowed; v <= license.NotAllowed; v++ {
		var uses []string
		for _, uv := range vs {
			if uv.Verdict == v {
				uses = append(uses, useNames[uv.Use])
			}
		}
		switch {
		case len(uses) == 0:
			continue
		case len(uses) == len(vs) && len(vs) == len(config.Uses):
			uses = []string{"every use"}
		case len(uses) == len(vs)-1 && len(fields) > 0 && len(vs) == len(config.Uses):
			uses = []string{"every other use"}
		}
		fields = append(fields, bot.Field{Label: verdictLabels[v], Value: strings.Join(uses, ", ")})
	}
	return fields
}

var categorySources = map[string]string{
	"policy":            "set by the policy",
	"licenseclassifier": "from public licence data (Google's licenseclassifier, the Blue Oak Council's ratings)",
	"unclassified":      "neither the policy nor the licence data classifies it",
}

// openSourceLine says whether the Open Source Initiative approved the licence, as the
// SPDX licence list records it.
func openSourceLine(p license.Profile) string {
	base, _, _ := strings.Cut(p.ID, " WITH ")
	switch {
	case !p.Listed:
		return fmt.Sprintf("`%s` is not on the SPDX licence list, so I cannot say whether the Open Source Initiative approved it.", base)
	case p.OSIApproved:
		return fmt.Sprintf("`%s` (%s) is OSI-approved: the Open Source Initiative lists it as an open source licence.", base, p.Name)
	default:
		return fmt.Sprintf("`%s` (%s) is not OSI-approved: the Open Source Initiative does not list it as an open source licence.", base, p.Name)
	}
}

// ProfileReply words what the policy says of one licence for every use: its name and
// OSI approval, category, verdicts grouped by use, obligations, notes, where its text
// is and the policy link. openSource puts the OSI answer first, for "is X open source?".
func ProfileReply(p license.Profile, openSource bool, policyURL string) bot.Reply {
	base, _, _ := strings.Cut(p.ID, " WITH ")
	head := fmt.Sprintf("`%s`: %s.", p.ID, p.Name)
	switch {
	case strings.HasPrefix(base, "LicenseRef-") && p.Source == "unclassified":
		// A LicenseRef the policy does not place is someone's own licence ("LGPL-2.1-only
		// OR LicenseRef-KDE-Accepted-LGPL"), not one the organisation wrote.
		head = fmt.Sprintf("`%s`: a licence outside the SPDX licence list (a LicenseRef- ID) that the policy does not know.", p.ID)
	case strings.HasPrefix(base, "LicenseRef-"):
		// The organisation's own licence, or another's the policy names (the Commons Clause).
		head = fmt.Sprintf("`%s`: a licence outside the SPDX licence list (a LicenseRef- ID) that the policy names.", p.ID)
	case !p.Listed:
		head = fmt.Sprintf("`%s`: not on the SPDX licence list.", p.ID)
	}
	var fields []bot.Field
	if openSource {
		head = openSourceLine(p)
	} else if p.Listed {
		osi := "not OSI-approved"
		if p.OSIApproved {
			osi = "OSI-approved"
		}
		fields = append(fields, bot.Field{Label: "Open source", Value: osi})
	}
	cat := strings.ReplaceAll(p.Category, "_", " ")
	if p.Description != "" {
		cat += " (" + p.Description + ")"
	}
	fields = append(fields, bot.Field{Label: "Category", Value: cat + ", " + categorySources[p.Source]})
	fields = append(fields, usesByVerdict(p.Verdicts)...)
	if len(p.Obligations) > 0 {
		fields = append(fields, bot.Field{Label: "Obligations", Value: "• " + strings.Join(p.Obligations, "\n• ")})
	}
	if c := license.Conditions(p.ID); len(c) > 0 {
		fields = append(fields, textAsksField(c))
	}
	if len(p.Notes) > 0 {
		fields = append(fields, bot.Field{Label: "Notes", Value: strings.Join(p.Notes, "\n")})
	}
	if p.Listed {
		text := license.SPDXPage(base)
		if _, exc, ok := strings.Cut(p.ID, " WITH "); ok {
			text += "\nException: " + license.SPDXPage(strings.TrimSpace(exc))
		}
		fields = append(fields, bot.Field{Label: "Licence text", Value: text})
	}
	policy := policyLink(policyURL)
	if p.URL != "" {
		policy = p.URL
	}
	fields = append(fields, bot.Field{Label: "Policy", Value: policy})
	return bot.Reply{Text: head, Blocks: []bot.Block{bot.Fields(fields...), bot.Context(askWithUse(p.ID, "a use"))}}
}

// askWithUse invites a question of id with a use ("a use", "another use") for its
// verdict, and an exception request where one is needed.
func askWithUse(id, which string) string {
	return fmt.Sprintf("Ask with %s for its verdict, and an exception request where one is needed: `can we use %s in our SaaS?`", which, id)
}

// maxNamed is how many licences an overview names for a category.
const maxNamed = 5

// named lists a category's licences for an overview: its own list, then well-known IDs
// in it, and how many SPDX licences it holds in all.
func named(c license.CategorySummary) string {
	ids := slices.Concat(c.Patterns, c.Examples)
	more := len(ids) > maxNamed
	ids = ids[:min(len(ids), maxNamed)]
	s := strings.Join(ids, ", ")
	if more {
		s += ", …"
	}
	switch {
	case c.Count > 0 && s != "":
		s += fmt.Sprintf(" (%d SPDX licences)", c.Count)
	case c.Count > 0:
		s = fmt.Sprintf("%d SPDX licences", c.Count)
	}
	return s
}

// OverviewReply words the policy as a whole. Asked about no use and no verdict, it goes
// category by category with each one's verdicts; otherwise verdict by verdict, with the
// categories and licence rules that have it for the use (or, for every use, for which).
func OverviewReply(o license.Overview, q license.PolicyQuestion, policyURL string) bot.Reply {
	policy := bot.Fields(bot.Field{Label: "Policy", Value: policyLink(policyURL)})
	hint := bot.Context("`policy LICENSE` or \"what does MPL-2.0 require?\" shows one licence for every use; \"which licences are allowed for SaaS?\" one use.")
	if q.Use == "" && len(q.Verdicts) == 0 {
		var blocks []bot.Block
		for _, c := range o.Categories {
			lines := []string{strings.ReplaceAll(c.Name, "_", " ")}
			if c.Description != "" {
				lines[0] += " — " + c.Description
			}
			if n := named(c); n != "" {
				lines = append(lines, "Licences: "+n)
			}
			var parts []string
			for _, f := range usesByVerdict(c.Verdicts) {
				parts = append(parts, f.Label+": "+f.Value)
			}
			lines = append(lines, strings.Join(parts, " · "))
			blocks = append(blocks, bot.Section(strings.Join(lines, "\n")))
		}
		for _, r := range o.Rules {
			var parts []string
			if r.Category != "" {
				parts = append(parts, "in "+strings.ReplaceAll(r.Category, "_", " "))
			}
			for v := license.Allowed; v <= license.NotAllowed; v++ {
				var uses []string
				for _, uv := range r.Verdicts {
					if uv.Verdict == v {
						uses = append(uses, useNames[uv.Use])
					}
				}
				if len(uses) > 0 {
					parts = append(parts, strings.ToLower(verdictLabels[v])+" for "+bot.JoinAnd(uses))
				}
			}
			blocks = append(blocks, bot.Section("Rule for `"+r.License+"`: "+strings.Join(parts, "; ")))
		}
		return bot.Reply{Text: "The licence policy, category by category:", Blocks: append(blocks, policy, hint)}
	}
	uses := config.Uses
	if q.Use != "" {
		uses = []string{q.Use}
	}
	// Each group is one verdict, or the verdicts asked about together ("allowed":
	// with or without obligations).
	groups := [][]license.Verdict{{license.Allowed}, {license.AllowedWithObligations}, {license.NeedsApproval}, {license.NotAllowed}}
	if len(q.Verdicts) > 0 {
		groups = [][]license.Verdict{q.Verdicts}
	}
	// forUses says for which of the uses asked about an entry's verdict is in g: "" for
	// one use asked about, " for every use", or " for SaaS and modified".
	forUses := func(vs []license.UseVerdict, g []license.Verdict) (string, bool) {
		var in []string
		for _, uv := range vs {
			if slices.Contains(g, uv.Verdict) && slices.Contains(uses, uv.Use) {
				in = append(in, useNames[uv.Use])
			}
		}
		switch {
		case len(in) == 0:
			return "", false
		case len(uses) == 1:
			return "", true
		case len(in) == len(uses):
			return " for every use", true
		case len(in) == len(uses)-1 && len(uses) > 2:
			for _, u := range uses {
				if !slices.Contains(in, useNames[u]) {
					return " for every use but " + useNames[u], true
				}
			}
		}
		return " for " + bot.JoinAnd(in), true
	}
	var fields []bot.Field
	for _, g := range groups {
		var entries []string
		for _, c := range o.Categories {
			if at, ok := forUses(c.Verdicts, g); ok {
				e := strings.ReplaceAll(c.Name, "_", " ")
				if n := named(c); n != "" {
					e += " (" + n + ")"
				}
				entries = append(entries, e+at)
			}
		}
		for _, r := range o.Rules {
			if at, ok := forUses(r.Verdicts, g); ok {
				entries = append(entries, "`"+r.License+"` by its own rule"+at)
			}
		}
		switch {
		case len(entries) == 0 && len(q.Verdicts) == 0:
			continue
		case len(entries) == 0:
			entries = []string{"none"}
		case len(entries) > 1:
			for i := range entries {
				entries[i] = "• " + entries[i]
			}
		}
		label := verdictLabels[g[0]]
		if len(g) > 1 {
			label += " (with or without obligations)"
		}
		fields = append(fields, bot.Field{Label: label, Value: strings.Join(entries, "\n")})
	}
	head := "Licences under the policy"
	switch {
	case len(q.Verdicts) == 0:
	case q.Verdicts[0] <= license.AllowedWithObligations:
		head = "Licences the policy allows"
	case q.Verdicts[0] == license.NeedsApproval:
		head = "Licences that need approval"
	default:
		head = "Licences the policy does not allow"
	}
	switch {
	case q.Use != "":
		head += " " + usePhrases[q.Use] + ":"
	case len(q.Verdicts) == 0:
		head += ", by verdict:"
	default:
		head += ":"
	}
	return bot.Reply{Text: head, Blocks: []bot.Block{bot.Fields(fields...), policy, hint}}
}

// askedOfOne restates the question of one licence's profile ("what does `MIT` allow and
// require?") as what the message asks of it, format taking the licence's quoted ID; the
// question of several licences, or one already restated, stays as it is.
func askedOfOne(question string, quoted []string, format string) string {
	if !strings.HasPrefix(question, "what does ") || len(quoted) != 1 {
		return question
	}
	return fmt.Sprintf(format, quoted[0])
}

// whichBSDNote says how a BSD licence's text tells which one it is.
const whichBSDNote = "“BSD” alone does not say which licence: the text the project ships does. Count its numbered conditions: `BSD-2-Clause` has two (keep the notice in source copies; reproduce it in the documentation of binary copies); `BSD-3-Clause` adds a third, not to use the authors' names to endorse or promote products; the original `BSD-4-Clause` adds a fourth, an acknowledgement in all advertising materials. Read the LICENSE file or the file headers, or run `license URL` on the repository, which identifies the text; if the project ships no text, ask its authors which one they mean. In practice the 2- and 3-clause licences ask the same of a user of the code, bar the endorsement clause."

// cleanRoomNote answers whether a licence binds code written anew with the ideas of the
// code under it and none of its code (license.AsksCleanRoom).
const cleanRoomNote = "🧪 Written anew: a licence covers the work it comes with (its code, weights and other files), not the ideas, algorithms, architecture or features behind them, which copyright does not protect. Code you write yourself, copying, translating or adapting none of theirs, is not under their licence and is yours to license. Keep it that way and keep a record: no files, snippets or weights taken in, no line-by-line port. Patents and trademarks are other matters: do not use the project's name for yours, and ask counsel where patents may be involved."

// productNameNote is what licences that reserve the software's name ask of a name
// (license.ReservesName): the clause, what it reaches, and what it leaves open.
func productNameNote(ids []string) string {
	return fmt.Sprintf("🏷️ The name: %s reserves the software's name. A product made from the code may not be called by that name, nor carry it in its own, without the licensor's written permission, and the name may not be used to endorse or promote such a product. The clause binds products made from the code; a program that only works with the software is not plainly one, but licensors read it widely, so say what your work is for instead of taking the name (the PHP licence's own example is “Foo for PHP” instead of “PHP Foo”), or ask them for permission. The name may be a trademark too, which the licence does not license.", "`"+strings.Join(ids, "` and `")+"`")
}

// differenceOf is what sets licences a and b apart, one line for each thing the text of
// one asks that the other's does not.
func differenceOf(a, b string, diff license.Difference) []string {
	var lines []string
	for _, d := range diff.OnlyA {
		lines = append(lines, fmt.Sprintf("• Only %s: %s.", a, d))
	}
	for _, d := range diff.OnlyB {
		lines = append(lines, fmt.Sprintf("• Only %s: %s.", b, d))
	}
	if len(lines) == 0 {
		lines = []string{"• Their texts ask the same of you."}
	}
	return lines
}

// differenceLines is differenceOf for a and b with no part resting on the OSADL matrix
// (whose attribution the answer would have to carry); nil when the data does not
// describe both.
func differenceLines(a, b string) []string {
	diff, ok := license.Differences(a, b)
	if !ok || diff.FromMatrix {
		return nil
	}
	return differenceOf(a, b, diff)
}

// answerProfiles answers a question about licences themselves, one message each; a
// question comparing two licences opens with what sets them apart.
func (w *work) answerProfiles(q license.Question, restate bool) error {
	notes := readings(q)
	quoted := make([]string, len(q.Licenses))
	for i, id := range q.Licenses {
		quoted[i] = "`" + id + "`"
	}
	if q.Difference && len(q.Licenses) == 2 && restate {
		a, b := q.Licenses[0], q.Licenses[1]
		if diff, ok := license.Differences(a, b); ok {
			lines := differenceOf(a, b, diff)
			r := bot.Reply{Text: fmt.Sprintf("How `%s` and `%s` differ, by what their texts ask:", a, b), Blocks: []bot.Block{
				bot.Section(strings.Join(lines, "\n")),
				bot.Context("Texts: " + license.SPDXPage(a) + ", " + license.SPDXPage(b)),
			}}
			if diff.FromMatrix {
				r.Blocks = append(r.Blocks, bot.Context(license.OSADLAttribution))
			}
			if q.Partial && len(q.Unknown) == 1 {
				r.Blocks = append(r.Blocks, bot.Context(exceptionLeftOut(q)))
			}
			if err := w.reply(restated(fmt.Sprintf("how do %s differ?", bot.JoinAnd(quoted)), readAs(r, notes))); err != nil {
				return err
			}
			notes, restate = nil, false
		}
	}
	for i, id := range q.Licenses {
		p := w.e.policy.Profile(id)
		if err := w.recordQuestion("profile", id, "", "described"); err != nil {
			return err
		}
		r := ProfileReply(p, q.OpenSource, w.e.policy.URL())
		if i == 0 && restate {
			what := "what does %s allow and require?"
			switch {
			case q.AsksExpression && len(quoted) > 1:
				what = "which SPDX expression covers %s, and what do they allow and require?"
			case q.AsksExpression:
				// "whats the spdx string for apache 2 plus the llvm exceptions": the
				// expression to write down is the one the answer names.
				what = "which SPDX expression to write (%s), and what does it allow and require?"
			case q.OpenSource:
				what = "is %s open source?"
			case q.Meaning:
				what = "what does %s ask of you?"
			}
			if len(quoted) > 1 { // "what do MIT and Apache-2.0 …", "are they open source?"
				what = strings.NewReplacer("what does", "what do", "is %s", "are %s").Replace(what)
			}
			question := fmt.Sprintf(what, bot.JoinAnd(quoted))
			if q.UseSaid != "" && len(q.Licenses) == 1 {
				// "material icons in our android app, do we have to credit google?": what
				// the licence asks, for the use the message gave, whose verdict comes first.
				question = strings.TrimSuffix(question, "?") + ", " + usePhrases[q.UseSaid] + "?"
				var d license.Decision
				r, d = withUseSaid(r, w.e.policy, id, q.UseSaid)
				if _, exceptions := w.e.approvals.kind("exception"); exceptions && d.Verdict >= license.NeedsApproval {
					// "what does the gpl 3 require when we ship it in our closed firmware?":
					// the use given needs an exception, which may be asked for from here.
					r.Blocks = append(r.Blocks, bot.Buttons(exceptionButton(d)))
				}
				if q.Apart && q.UseSaid == "distribute" {
					// "… runs it with exec; no code is linked … what does GPL-2.0 require
					// of us?": what is asked is of the program shipped beside the work.
					question = strings.TrimSuffix(question, "?") + ", run as a separate program beside your work and not combined with it?"
					r.Blocks = append([]bot.Block{bot.Context(aggregateNote)}, r.Blocks...)
				}
			}
			if d := q.Disagree; d != nil {
				question = disagreementQuestion(*d)
				r = withDisagreement(*d, r)
			}
			if c := q.Claim; c != nil {
				question = fmt.Sprintf("is %s under `%s`?", bot.Printable(c.Project, 60), c.Said)
				r = withClaim(*c, r)
			}
			if len(q.Former) > 0 && len(q.Licenses) == 1 && q.Claim == nil && q.Disagree == nil {
				question, r = withFormer(q.Former, id, r)
			}
			if q.Forked && len(q.Licenses) == 1 {
				question, r = withForkKept(id, q.Later, r)
			}
			if q.StillAfterMove && len(q.Licenses) == 1 {
				question, r = withKeptAfterMove(id, q.Later, r)
			}
			if q.WhichBSD && len(q.Licenses) == 1 {
				// "cl-fastcgi just says bsd licence, which one": only the text tells.
				question = fmt.Sprintf("which BSD licence does a bare “BSD” mean, and what does %s allow and require?", quoted[0])
				r = noteAndOther(r, whichBSDNote, "BSD-2-Clause", "")
			}
			if note, ok := w.permissiveFeared(q.Licenses...); ok {
				// "readxl bundles libxls, which is bsd. doesn't that mean readxl itself has
				// to be bsd?": whether the licence reaches the work is asked first.
				question = askedOfOne(question, quoted, "does %s put its licence on a work that includes code under it, and what does it allow and require?")
				r.Blocks = append([]bot.Block{note}, r.Blocks...)
			}
			if note, ok := w.lockedDevice(q.Licenses...); ok {
				r.Blocks = append(r.Blocks, note)
			}
			if license.AsksOlderRelease(w.call.Event.Text) {
				// "CsvHelper's website says it is dual licensed MS-PL or Apache 2.0. We
				// still pin the old 2.8.2 package … does the dual licence cover that old
				// version too?"
				question = strings.TrimSuffix(question, "?") + ", and does that cover older releases?"
				r.Blocks = append([]bot.Block{bot.Context(olderReleaseNote)}, r.Blocks...)
			}
			if license.AsksLinkForText(w.call.Event.Text) {
				// "do we really have to ship the full gpl text with our binary, isn't a
				// link enough?": for every licence named, said once above the first.
				question = askedOfOne(question, quoted, "may a link to %s stand in for its text in what you ship, and what does it ask?")
				if note := linkForTextNote(strings.Join(q.Licenses, " AND ")); note != "" {
					r.Blocks = append([]bot.Block{bot.Context(note)}, r.Blocks...)
				}
			}
			if joined := strings.Join(q.Licenses, " AND "); !q.TermsBeside && license.CommercialLicenceSaid(w.call.Event.Text, joined) {
				// "The repo is GPLv3, but the licence file also says commercial entities
				// should get a commercial licence from the lab. … or is GPLv3 enough?"
				r.Blocks = append([]bot.Block{bot.Context(commercialLicenceNote(joined))}, r.Blocks...)
			}
			if reserving := slices.DeleteFunc(slices.Clone(q.Licenses), func(id string) bool { return !license.ReservesName(id) }); len(reserving) > 0 && license.AsksProductName(w.call.Event.Text) {
				// "does the php license stop me using PHP in the name?"
				question = askedOfOne(question, quoted, "may your work carry the name %s reserves, and what does it ask?")
				r.Blocks = append([]bot.Block{bot.Context(productNameNote(reserving))}, r.Blocks...)
			}
			if len(q.Licenses) == 1 && license.AsksCleanRoom(w.call.Event.Text) {
				// "If I write my own YOLO implementation from scratch, same architecture and
				// ideas as Ultralytics but none of their code or weights, am I still bound by
				// their AGPL?"
				question = askedOfOne(question, quoted, "does %s bind code you write anew with the same ideas and none of its code, and what does it ask?")
				r.Blocks = append([]bot.Block{bot.Context(cleanRoomNote)}, r.Blocks...)
			}
			if license.AsksNoticeFileNeeded(w.call.Event.Text, q.Expression) {
				// "opencost is apache 2.0 but has no NOTICE file. isn't one required?"
				question = askedOfOne(question, quoted, "does %s require a NOTICE file, and what does it ask?")
				r.Blocks = append([]bot.Block{bot.Context(noticeFileNote)}, r.Blocks...)
			}
			if license.AsksAdvertisingClause(w.call.Event.Text, q.Expression) {
				// "Some libpcap headers carry the old 4-clause BSD licence … Does the
				// advertising requirement still apply to these files?"
				r.Blocks = append([]bot.Block{bot.Context(advertisingClauseNote)}, r.Blocks...)
			}
			if license.AsksAssetsCovered(w.call.Event.Text) {
				// "fehlerfabrik vcv rack modules are gpl-3.0-or-later. does that cover the
				// panel graphics too or only the code?"
				question = askedOfOne(question, quoted, "does %s cover the project's artwork and other assets as well as its code, and what does it ask?")
				r.Blocks = append([]bot.Block{bot.Context(assetsCoveredNote)}, r.Blocks...)
			}
			if license.AsksDemandHeld(w.call.Event.Text) && len(q.Licenses) == 1 {
				// "slimevr readme says anything built on it has to announce it uses
				// slimevr. does mit actually require that?"
				question = askedOfOne(question, quoted, "does %s require what the project's README or author demands, and what does it ask?")
				r.Blocks = append([]bot.Block{bot.Context(demandNote)}, r.Blocks...)
			}
			bothOrOne := q.BothOrOne && len(q.Licenses) == 2
			if bothOrOne {
				// "stb_image says public domain at the bottom and also MIT. do we have to
				// follow both or what"
				question = fmt.Sprintf("do %s both apply, or is it a choice of one, and what does each ask?", bot.JoinAnd(quoted))
			}
			r = restated(question, r)
			if line := expressionLine(q); line != "" {
				r.Blocks = append([]bot.Block{bot.Section(line)}, r.Blocks...)
			}
			if bothOrOne {
				r.Blocks = append([]bot.Block{bot.Section(bothOrOneLine(w.e.policy, q.Licenses[0], q.Licenses[1]))}, r.Blocks...)
			}
		}
		if err := w.reply(readAs(r, notes)); err != nil {
			return err
		}
		notes = nil // said once, with the first
	}
	return nil
}

// exceptionLeftOut says that a comparison leaves out the linking exception the question
// names without saying which, and how to ask with it.
func exceptionLeftOut(q license.Question) string {
	ids, _ := license.ExceptionChoices(q.Unknown[0], q.Expression)
	return fmt.Sprintf("You also named a %s without saying which. An exception gives more than the licence does, and what it lets a program linked with the code do depends on which one it is, so this compares the licences without it. Ask again with it by SPDX ID to see it, e.g. %s.", q.Unknown[0], bot.JoinOr(withEach(gnuTerm(q.Licenses), ids)))
}

// gnuTerm is the GNU licence among licences, which the exceptions a message names
// without saying which are written for; else the first.
func gnuTerm(licences []string) string {
	if i := slices.IndexFunc(licences, func(l string) bool { return strings.Contains(l, "GPL") }); i >= 0 {
		return licences[i]
	}
	return licences[0]
}

// withEach is base written with each exception of ids, as SPDX expressions in backquotes.
func withEach(base string, ids []string) []string {
	options := make([]string, len(ids))
	for i, id := range ids {
		options[i] = "`" + base + " WITH " + id + "`"
	}
	return options
}

// withFormer adds to r, the profile of the licence a work is under now, what becomes of
// copies received under the licences the question says it had before ("used to be
// apache 2.0 and now the repo says OFL"), with each former licence one click away; and
// the question as understood.
func withFormer(former []string, now string, r bot.Reply) (string, bot.Reply) {
	was := quotedWords(former)
	note := fmt.Sprintf("You said it was under %s before. Releases made since the change are under `%s`. A licence once granted is not taken back: copies received while it was under %s may still be used, changed and passed on under those terms, so a copy you already have keeps them, and taking a newer release gets you `%s`'s. Only the copyright holders can change the licence of their code, and code others contributed under the earlier licence needs their agreement (or a contributor agreement that allows it).", was, now, was, now)
	r.Blocks = append([]bot.Block{bot.Context(note)}, r.Blocks...)
	r.Blocks = append(r.Blocks, bot.Buttons(asButtons(former)...))
	return fmt.Sprintf("what licence is it under now, after %s?", was), r
}

// withForkKept adds to r, the profile of the licence a fork was taken under, that the
// fork keeps it after the project it came from changed its licence, and what merging
// the project's later changes brings; each licence the project moved to is one click
// away. It returns the question as understood.
func withForkKept(taken string, movedTo []string, r bot.Reply) (string, bot.Reply) {
	moved := "changed its licence since"
	if len(movedTo) > 0 {
		moved = "moved to " + quotedWords(movedTo) + " since"
	}
	note := fmt.Sprintf("You said the fork was taken while the project was under `%s`, and that the project has %s. A licence once granted is not taken back: the code you forked stays under `%s`, for you and for everyone you pass it to, and your own changes to it may carry it too. What the project publishes after its change comes under its new licence, so a fork that goes on merging those changes takes that licence on for the code it merges (and, for a copyleft licence, for the work that code goes into). Only the copyright holders can change the licence of what you forked.", taken, moved, taken)
	r.Blocks = append([]bot.Block{bot.Context(note)}, r.Blocks...)
	if len(movedTo) > 0 {
		r.Blocks = append(r.Blocks, bot.Buttons(asButtons(movedTo)...))
	}
	return fmt.Sprintf("what licence is your fork under, taken while the project was under `%s`?", taken), r
}

// assetsCoveredNote answers whether a project's licence covers its artwork and other
// assets as well as its code (license.AsksAssetsCovered).
const assetsCoveredNote = "📁 What the licence covers is what the project's notices say it covers. A single LICENSE file at the top of a repository is usually read as covering everything in it, graphics, fonts and sounds too, unless the README, a notice in the asset folders or the files' own metadata give them another licence; many projects put their art under a licence of its own (often a Creative Commons one) or keep some of it, a logo say, out of the licence. Where nothing says, ask the authors to state it in the README."

// withKeptAfterMove puts first in r, the profile of the licence a project left, what
// its releases, ports and forks taken before the move keep ("lightbend put akka under
// the bsl. is akka.js still apache 2 or does it pick that up?").
func withKeptAfterMove(kept string, movedTo []string, r bot.Reply) (string, bot.Reply) {
	note := fmt.Sprintf("You said the project has moved to %s. A licence once granted is not taken back: every release published under `%s` before the change stays under it, for everyone, and so does a port or fork made from those releases. The new licence covers what the project publishes from the change on, so a port or fork that takes in code released after it takes that licence on for that code. Pin a release from before the change, or check which release a port was made from.", quotedWords(movedTo), kept)
	r.Blocks = append([]bot.Block{bot.Context(note)}, r.Blocks...)
	r.Blocks = append(r.Blocks, bot.Buttons(asButtons(movedTo)...))
	return fmt.Sprintf("is what was released under `%s` still under it now that the project has moved to %s?", kept, quotedWords(movedTo)), r
}

// asButtons are buttons that each ask about one of ids, labelled "As ID".
func asButtons(ids []string) []bot.Button {
	buttons := make([]bot.Button, len(ids))
	for i, id := range ids {
		buttons[i] = askUseButton("As "+id, id)
	}
	return buttons
}

// withUseSaid puts first in r, the profile of id, the policy's verdict for the use the
// question gave, and says that the other uses' verdicts follow; it returns that verdict
// too (the zero Decision when there is none).
func withUseSaid(r bot.Reply, p *license.Policy, id, use string) (bot.Reply, license.Decision) {
	d, err := p.Evaluate(license.CanonicalExpression(id), use, "")
	if err != nil {
		return r, license.Decision{}
	}
	value := fmt.Sprintf("%s: %s.", d.Expression, d.Verdict)
	if obligationsLine(d) != "" {
		value += " Its obligations are below."
	}
	field := bot.Fields(bot.Field{Label: "Policy, " + usePhrases[use], Value: value})
	r.Blocks = append([]bot.Block{field}, r.Blocks...)
	if n := len(r.Blocks); n > 0 && r.Blocks[n-1].Kind == bot.ContextBlock {
		r.Blocks[n-1] = bot.Context("That verdict is for the use you gave; the other uses' are above. " + askWithUse(id, "another use"))
	}
	return r, d
}

// sourceNames are the sources of a licence that disagreementQuestion names as their
// own makers write them.
var sourceNames = map[string]string{
	"readme": "the README", "npm": "npm", "pypi": "PyPI", "nuget": "NuGet", "crates.io": "crates.io",
	"cargo.toml": "Cargo.toml", "package.json": "package.json", "setup.py": "setup.py", "setup.cfg": "setup.cfg",
	"pyproject": "pyproject.toml", "pyproject.toml": "pyproject.toml", "pom.xml": "pom.xml", "goreleaser": "the GoReleaser config",
	"header": "a file's header", "headers": "the file headers", "file header": "a file's header", "file headers": "the file headers",
	"source header": "a source file's header", "source headers": "the source headers", "license header": "a licence header", "license headers": "the licence headers",
	"curseforge": "CurseForge", "modrinth": "Modrinth", "play store": "the Play Store", "app store": "the app store",
	"hugging face": "Hugging Face", "huggingface": "Hugging Face", "hugging face page": "the Hugging Face page", "hf page": "the Hugging Face page",
	"model card": "the model card", "cocoapods": "CocoaPods",
	"sourceforge": "SourceForge", "sf.net": "SourceForge", "openhub": "Open Hub", "open hub": "Open Hub", "maven central": "Maven Central",
	"mvnrepository": "mvnrepository.com", "libraries.io": "libraries.io", "pkg.go.dev": "pkg.go.dev",
	"ollama": "Ollama's library", "ollama's": "Ollama's library", "ollama library": "Ollama's library", "ollama's library": "Ollama's library",
	"docker hub": "Docker Hub", "dockerhub": "Docker Hub", "artifact hub": "Artifact Hub", "artifacthub": "Artifact Hub", "conda-forge": "conda-forge", "anaconda": "Anaconda", "conan center": "ConanCenter", "conancenter": "ConanCenter", "conan-center": "ConanCenter", "conan-center-index": "ConanCenter", "vcpkg": "vcpkg", "vcpkg registry": "vcpkg",
	"flathub": "Flathub", "snapcraft": "the Snap Store", "snap store": "the Snap Store", "f-droid": "F-Droid", "fdroid": "F-Droid", "homebrew": "Homebrew",
	"packagist": "Packagist", "rubygems": "RubyGems", "hackage": "Hackage", "cpan": "CPAN", "metacpan": "MetaCPAN", "meta-cpan": "MetaCPAN", "chocolatey": "Chocolatey",
}

// disagreementQuestion is a question setting the licence file against another source,
// as understood.
func disagreementQuestion(d license.Disagreement) string {
	name := sourceName(d.Source)
	if d.Reports {
		first := sourceName(d.FirstSource)
		return fmt.Sprintf("which licence holds when %s %s `%s` and %s %s `%s`?", first, sayFor(first), d.First, name, sayFor(name), d.Other)
	}
	return fmt.Sprintf("which licence holds when %s says `%s` and %s %s `%s`?", declarationOf(d).where, d.File, name, sayFor(name), d.Other)
}

// declaration is where a disagreement's code is read from, the licence file or, when
// none is named, the README, as the answer says it: where ("the licence file"), why it is
// the project's word, and whose the licence read is ("the licence file's").
type declaration struct{ where, why, whose string }

// declarationOf is d's declaration.
func declarationOf(d license.Disagreement) declaration {
	if d.Declared == "readme" {
		return declaration{"the README", "The README is where the project declares its licence, and no licence file is named", "the README's"}
	}
	return declaration{"the licence file", "The licence file is the licence the project declares", "the licence file's"}
}

// sayFor is "say" or "says", agreeing with a source's name: "the file headers say",
// "npm says".
func sayFor(name string) string {
	if strings.HasSuffix(name, "headers") || strings.HasSuffix(name, "files") || strings.HasSuffix(name, "notes") || strings.HasSuffix(name, "docs") {
		return "say"
	}
	return "says"
}

// sourceName is a source of a licence as the answer names it: "the README", "PyPI",
// "the scanner".
func sourceName(source string) string {
	if name, ok := sourceNames[source]; ok {
		return name
	}
	return "the " + source
}

// withDisagreement adds to r, the profile of the licence file's licence, why the file's
// licence holds, and the other licence one click away; or, when the other source's "or
// later" takes in the file's version, why the two agree, with the file's one click away.
func withDisagreement(d license.Disagreement, r bot.Reply) bot.Reply {
	if d.Reports {
		return noteAndOther(r, fmt.Sprintf("Neither settles it: %s and %s only report a licence, and here they disagree. The licence the copyright holders granted is in the licence file (LICENSE, COPYING) or the notices in the source files, which the question does not give, so I cannot say which holds. Read them, or run `license URL` on the repository, which reads its licence file; and ask the maintainers to fix the one that is wrong. Until then, what each licence allows is below.", sourceName(d.FirstSource), sourceName(d.Source)), "", "")
	}
	if d.Later {
		return noteAndOther(r, fmt.Sprintf("The two agree: `%s` lets the code be used under that version or any later one, and a licence file with the text of `%s` is one of those versions, not another licence. So the code is read as `%s`, below: you may follow the file's version, or any other the notice allows.", d.Other, d.File, d.Other), d.File, "")
	}
	if d.Unlicensed() {
		return noteAndOther(r, unlicensedNote(d)+fmt.Sprintf(" So the code is read as `%s`, below.", d.File), "", "")
	}
	if d.Header() {
		// A file's header is a notice the copyright holders put on that file, not a report:
		// it may mean that file is under another licence, or be a leftover.
		return noteAndOther(r, fmt.Sprintf("%s; a file's header that says `%s` is a notice for that file, which may be a leftover or may mean that file is under `%s`. Until the maintainers say which, the project is read as `%s`, %s, below, and that file's header is worth raising with them; the button gives the verdict for `%s`.", declarationOf(d).why, d.Other, d.Other, d.File, declarationOf(d).whose, d.Other), d.Other, "")
	}
	if d.Person() {
		// "the new license file is gpl3 but the maintainer says gpl2": a holder's word is
		// no grant until the licence file says it.
		return noteAndOther(r, personNote(d)+fmt.Sprintf(" So the code is read as `%s`, below; if the maintainers put `%s` in the licence file, the button gives the verdict for it.", d.File, d.Other), d.Other, "")
	}
	return noteAndOther(r, fmt.Sprintf("The licence file is the licence the copyright holders granted; a README, package metadata, a store page or a scanner only reports it, and can be out of date or wrong. So the code is read as `%s`, the file's licence, below. Ask the maintainers to fix whichever is wrong; if they say `%s` is meant, the button gives the verdict for it.", d.File, d.Other), d.Other, "")
}

// personNote says why a maintainer's or author's word does not change the licence file's
// grant.
func personNote(d license.Disagreement) string {
	return fmt.Sprintf("What %s says is not what the code carries: the licence file says `%s`, and that stays the grant until the copyright holders change it (a holder can offer their own code under `%s` too, but only what they hold, and it is best put in the repository).", sourceName(d.Source), d.File, d.Other)
}

// unlicensedNote says what npm's UNLICENSED means beside a licence file's grant.
func unlicensedNote(d license.Disagreement) string {
	return fmt.Sprintf("`UNLICENSED` in %s is npm's word for a package whose owners grant no licence at all (all rights reserved); it is not The Unlicense (`Unlicense`), which gives everything away. The licence file is the grant the copyright holders made, and it says `%s`; ask the maintainers to put `%s` in %s, since tools that read it treat the package as proprietary.", sourceName(d.Source), d.File, d.File, sourceName(d.Source))
}

// withSourcesDisagreeing adds to r, the verdict for the licence file's licence, that
// another source says another licence, and the verdict for that one, for the same use,
// one click away.
func withSourcesDisagreeing(d license.Disagreement, use string, r bot.Reply) bot.Reply {
	why := fmt.Sprintf("%s says `%s`; according to %s it is `%s`. ", upperFirst(declarationOf(d).where), d.File, sourceName(d.Source), d.Other)
	switch {
	case d.Unlicensed():
		return noteAndOther(r, unlicensedNote(d)+fmt.Sprintf(" The answer below is for `%s`.", d.File), "", "")
	case d.Later:
		why += fmt.Sprintf("They agree: `%s` lets the code be used under that version or a later one, and the file carries one of those versions. The answer below is for `%s`.", d.Other, d.Other)
	case d.Person():
		why += personNote(d) + fmt.Sprintf(" The answer below is for `%s`; the button gives the one for `%s`, if the maintainers put it in the licence file.", d.File, d.Other)
	case d.Header():
		why += fmt.Sprintf("%s; a header is a notice for its own file, a leftover or a sign that file is under `%s`. The answer below is for `%s`; ask the maintainers about those files, and the button gives the answer if they are under `%s`.", declarationOf(d).why, d.Other, d.File, d.Other)
	default:
		why += fmt.Sprintf("The licence file is the grant; the other only reports it and can be wrong. The answer below is for `%s`; the button gives the one for `%s`, if the maintainers say that is meant.", d.File, d.Other)
	}
	other := d.Other
	if d.Later {
		other = d.File
	}
	return noteAndOther(r, why, other, use)
}

// withClaim adds to r, the profile of a project's own licence, whether the licence the
// question said is the project's: if so, the page that says so for the version asked;
// if not, its licence now, the versions the licence said was for where the project's
// data gives them, and the licence said one click away.
func withClaim(c license.Claim, r bot.Reply) bot.Reply { return withClaimFor(c, "", r) }

// withClaimFor is withClaim for the answer on a use ("is glibc really gpl?? we link a
// commercial app against it"): the licence said is one click away for the same use.
func withClaimFor(c license.Claim, use string, r bot.Reply) bot.Reply {
	name := bot.Printable(c.Project, 60)
	// The licence read may be a variant's, for the version the question gives ("is redis
	// 7.2 still bsd?", "is tinymce 6 still lgpl?").
	licence := c.Licence()
	if c.Holds {
		return noteAndOther(r, "Yes: "+underSays(name, licence, c.Data)+".", "", "")
	}
	why := "No: " + underSays(name, licence, c.Data)
	if _, was, ok := c.Data.Under(c.Said); ok {
		why += fmt.Sprintf("; `%s` was its licence for %s. So the answer below is for `%s`; if you use a version under `%s`, the button gives that one.", c.Said, was, licence, c.Said)
	} else {
		why += fmt.Sprintf(". So the answer below is for `%s`; if you meant a version or a copy you have under `%s`, the button gives that one.", licence, c.Said)
	}
	return noteAndOther(r, why, c.Said, use)
}

// withSaidClaim adds to r, the verdict on the licence a question said a project is under
// ("I want plupload for our site. It's GPLv2 …"), that the project's data gives another
// (for the version the question names, where it has one), and the verdict on that one,
// for the same use, one click away.
func withSaidClaim(c license.Claim, use string, r bot.Reply) bot.Reply {
	name := bot.Printable(c.Project, 60)
	licence := c.Licence()
	why := fmt.Sprintf("You said %s is under `%s`; %s", name, c.Said, underSays(name, licence, c.Data))
	if _, was, ok := c.Data.Under(c.Said); ok {
		why += fmt.Sprintf(", and `%s` was its licence for %s", c.Said, was)
	}
	why += fmt.Sprintf(". The answer below is for `%s`, as you said, which holds for a copy you have under it; the button gives the one for `%s`.", c.Said, licence)
	return noteAndOther(r, why, licence, use)
}

// underSays is "NAME is under `LICENCE`, as PAGE says (for VERSIONS)", from the project's
// data.
func underSays(name, licence string, p *license.Project) string {
	source, what, _ := p.Under(licence)
	s := fmt.Sprintf("%s is under `%s`, as %s says", name, licence, source)
	if what != "" {
		s += " (for " + what + ")"
	}
	return s
}

// noteAndOther puts why above r's answer and, unless other is "", the licence other one
// click away below it. A button the answer already offers (its version buttons may hold
// the same licence for the same use) is not offered twice.
func noteAndOther(r bot.Reply, why, other, use string) bot.Reply {
	r.Blocks = append([]bot.Block{bot.Context(why)}, r.Blocks...)
	if other == "" {
		return r
	}
	b := useButton("As "+other, other, use)
	if use == "" {
		b = askUseButton("As "+other, other)
	}
	if !offers(r, b) {
		r.Blocks = append(r.Blocks, bot.Buttons(b))
	}
	return r
}

// offers tells whether r already has a button that does what b does.
func offers(r bot.Reply, b bot.Button) bool {
	for _, block := range r.Blocks {
		if slices.ContainsFunc(block.Buttons, func(o bot.Button) bool { return o.Action == b.Action && o.Value == b.Value }) {
			return true
		}
	}
	return false
}

// bothOrOneLine says, for two licences named for one work with nothing that says how
// they join, what each reading asks, and when meeting one licence's terms meets either
// reading: one of the two asks nothing.
func bothOrOneLine(p *license.Policy, a, b string) string {
	line := fmt.Sprintf("How the two join is for the work's own words to say. Where its licence file or headers offer them as alternatives (“choose whichever you prefer”, “at your option”, “dual-licensed”), it is a choice, `%s OR %s`: take it under one and meet that one's terms alone. Where they say both apply, it is `%s AND %s`: meet the terms of both. Where the text is unclear, its maintainers can settle it.", a, b, a, b)
	for _, pair := range [][2]string{{a, b}, {b, a}} {
		if c, _ := p.Category(pair[0]); c == "unencumbered" {
			if d, _ := p.Category(pair[1]); d != "unencumbered" {
				return line + fmt.Sprintf(" `%s` asks nothing, so meeting `%s`'s terms meets either reading.", pair[0], pair[1])
			}
		}
	}
	return line
}

// expressionLine says, for licences a question names as a choice ("bsd or gpl v2",
// "dual licensed MIT/Apache"), what they make as one SPDX expression and what a choice
// means, and so for licences that apply together when the question asks for the
// expression ("an mpl 2.0 header … incorporates apache 2.0 code … what single
// SPDX-License-Identifier line?"); "" otherwise (licences merely named together are no
// expression).
func expressionLine(q license.Question) string {
	expr := license.CanonicalExpression(q.Expression)
	or, and := strings.Contains(expr, " OR "), strings.Contains(expr, " AND ")
	switch {
	case len(q.Licenses) < 2 || q.Difference:
		return ""
	case or && !and:
		return fmt.Sprintf("As one SPDX expression: `%s`. A choice: take the code under any one of them, and meet that one's terms alone.", expr)
	case !q.AsksExpression:
		return ""
	case and && !or:
		return fmt.Sprintf("As one SPDX expression: `%s`. Both apply: the code is under each of them at once, so meet the terms of every one.", expr)
	}
	return fmt.Sprintf("As one SPDX expression: `%s`. AND joins licences that all apply at once; OR offers a choice, of which one is taken and its terms alone met.", expr)
}

// runPolicy answers "policy" (the whole policy), "policy USE", "policy LICENSE" and
// "policy LICENSE USE".
func runPolicy(w *work) error {
	rest := strings.TrimSpace(w.call.Rest)
	use := license.DetectUse(rest)
	if slices.Contains(config.Uses, strings.ToLower(rest)) {
		use = strings.ToLower(rest)
	}
	q, named := license.ParseQuestion(rest)
	if !named {
		// An ID the plain-words reading does not know, such as LicenseRef-acme, as written.
		if terms, err := license.Terms(rest); err == nil {
			q, named = license.Question{Expression: license.CanonicalExpression(rest), Licenses: terms}, true
		}
	}
	switch {
	case rest == "":
		return w.reply(OverviewReply(w.e.policy.Overview(), license.PolicyQuestion{}, w.e.policy.URL()))
	case named && q.Use != "":
		r, err := w.verdict(q.Expression, q.Use)
		if err != nil {
			return err
		}
		return w.reply(readAs(r, q.Assumed))
	case named:
		p, ok := q.AboutLicenses()
		if !ok {
			return Errorf("Name up to %d licences at a time.", license.MaxProfiles)
		}
		return w.answerProfiles(p, false)
	case use != "":
		return w.reply(OverviewReply(w.e.policy.Overview(), license.PolicyQuestion{Use: use}, w.e.policy.URL()))
	}
	return Errorf("`policy` takes a licence (`policy MPL-2.0`), a use (`policy saas`; uses: %s) or both, or nothing for the whole policy.", strings.Join(config.Uses, ", "))
}
