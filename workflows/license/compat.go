package license

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/ospobot/ospobot/internal/text"
)

//go:embed data/osadl-matrix.json
var osadlJSON []byte

// OSADLAttribution is shipped with every answer built from the matrix (CC-BY-4.0).
const OSADLAttribution = "License compatibility data © 2017–2024 Open Source Automation Development Lab (OSADL) eG and contributors, CC-BY-4.0, https://www.osadl.org/"

var osadl = sync.OnceValue(func() map[string]map[string]string {
	return embedded[struct {
		Matrix map[string]map[string]string `json:"matrix"`
	}]("osadl-matrix.json", osadlJSON).Matrix
})

// embedded decodes one of the JSON data files built into the binary (made by gen/).
// They are part of the build, so one that does not decode is a build defect: the tests
// decode each.
func embedded[T any](name string, data []byte) T {
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		panic("embedded " + name + ": " + err.Error())
	}
	return v
}

// Compatibility is whether code under Inbound may be included in a work distributed
// under Outbound, as the OSADL matrix says.
type Compatibility struct {
	Inbound, Outbound string
	Answer            string // Yes, No, Unknown, Check dependency, Same; "" when the matrix lacks a licence
	Reason            string
	Missing           string // with Answer "": the licence the matrix does not cover
	// Basis names where the answer comes from: "OSADL matrix", or a steward ("Creative
	// Commons") with Source its page.
	Basis, Source string
	Parts         []Compatibility // for an expression: each of its licences
}

// Compatible looks the pair up in the OSADL matrix. The direction matters: MIT code
// can go into a GPL-3.0-only work, not the other way round.
func Compatible(inbound, outbound string) Compatibility {
	c := Compatibility{Inbound: inbound, Outbound: outbound}
	if answer, reason, ok := byLicenceText(inbound, outbound); ok {
		c.Answer, c.Reason, c.Basis, c.Source = answer, reason, "the licence's text", SPDXPage(inbound)
		return c
	}
	if answer, reason, ok := byCategories(inbound, outbound); ok {
		c.Answer, c.Reason, c.Basis, c.Source = answer, reason, "licence categories", categoriesSource
		return c
	}
	row, ok := osadl()[outbound]
	if !ok {
		c.Missing = outbound
		c.Reason = fmt.Sprintf("The OSADL matrix does not cover %s, so I cannot say; ask the OSPO.", outbound)
		return c
	}
	ans, ok := row[inbound]
	if !ok {
		c.Missing = inbound
		c.Reason = fmt.Sprintf("The OSADL matrix does not cover %s, so I cannot say; ask the OSPO.", inbound)
		return c
	}
	c.Answer = ans
	switch ans {
	case "Yes":
		c.Reason = fmt.Sprintf("Code under %s may be included in a work licensed under %s, keeping the %s obligations for that code.", inbound, outbound, inbound)
	case "No":
		c.Reason = fmt.Sprintf("Code under %s may not be included in a work distributed under %s: the two licences' conditions conflict.", inbound, outbound)
	case "Check dependency":
		c.Reason = "It depends on how the code is combined (for example linking versus copying); ask the OSPO."
	case "Same":
		c.Reason = "It is the same licence."
	default:
		c.Reason = "The OSADL matrix records this pair as unknown; ask the OSPO."
	}
	return c
}

// categoriesSource is where the licence categories come from.
const categoriesSource = "https://github.com/google/licenseclassifier/blob/main/license_type.go"

// byCategories answers a pair the OSADL matrix lacks from the licences' categories, where
// every pair of the two classes the matrix does cover has one answer: two permissive
// licences, Yes (neither asks anything of the other's code but its notice); a copyleft
// licence into a permissive work, or a strong copyleft one into a weak-copyleft work, No.
func byCategories(in, out string) (answer, reason string, ok bool) {
	if osadl()[out] != nil && osadl()[out][in] != "" {
		return "", "", false
	}
	switch {
	case bothPermissive(in, out):
		return "Yes", fmt.Sprintf("The OSADL matrix does not cover this pair, but both are permissive licences (licenseclassifier classes %s as %s and %s as %s): code under %s may go into a work under %s as long as its copyright and licence notice are kept.",
			in, dataCategories()[in], out, dataCategories()[out], in, out), true
	case copyleftIntoPermissive(in, out):
		return "No", fmt.Sprintf("The OSADL matrix does not cover this pair, but %s is a copyleft licence (licenseclassifier classes it as %s, and %s as %s): it asks that what includes its code be passed on under its own terms, which a work under %s does not give. Every pair of licences of these two classes that the matrix covers is No.",
			in, strings.ReplaceAll(dataCategories()[in], "_", " "), out, strings.ReplaceAll(dataCategories()[out], "_", " "), out), true
	}
	return "", "", false
}

// byLicenceText answers, from the incoming licence's own text, a pair the OSADL matrix
// lacks: GPL, AGPL or ShareAlike code into a work under a non-commercial licence, No.
func byLicenceText(in, out string) (answer, reason string, ok bool) {
	if osadl()[out] != nil && osadl()[out][in] != "" || !copyleftIntoNonCommercial(in, out) {
		return "", "", false
	}
	rule := "it forbids adding restrictions on the rights it grants (GPLv3 section 10, GPLv2 section 6)"
	if strings.HasPrefix(in, "CC-BY-SA-") {
		rule = "adaptations of it go out under the same licence, or one Creative Commons declares compatible, with no added terms that restrict what that licence grants"
	}
	return "No", fmt.Sprintf("The OSADL matrix does not cover this pair, but %s lets what includes its code go out only under its own terms, and %s. The non-commercial condition of %s is such a restriction, so a work under %s cannot hold %s code.", in, rule, out, out, in), true
}

// copyleftIntoNonCommercial tells whether the incoming licence is a GNU copyleft licence
// (GPL, AGPL) or a Creative Commons ShareAlike one, whose code may go out only under its
// own terms, and the work's a non-commercial licence, whose condition those terms forbid.
func copyleftIntoNonCommercial(in, out string) bool {
	return nonCommercialLicence(out) && !nonCommercialLicence(in) && (gnuCopyleft(in) && !strings.Contains(in, " WITH ") || strings.HasPrefix(in, "CC-BY-SA-"))
}

// bothPermissive tells whether the embedded classification puts the incoming licence
// among those that ask nothing but notices (or not even those) and the work's among
// those that keep notices: a work dedicated to the public domain cannot carry another's
// notice-bearing code as its own (MIT code does not become CC0).
func bothPermissive(in, out string) bool {
	switch dataCategories()[out] {
	case "notice", "permissive":
	default:
		return false
	}
	return Permissive(in)
}

// copyleftIntoPermissive tells whether the embedded classification puts the incoming
// licence among the copyleft ones (strong or weak) and the work's among those that ask
// nothing but notices, or not even those (or, for strong copyleft, among the weak
// copyleft ones). In the OSADL matrix every such pair is No, so a pair it lacks is
// answered the same way.
func copyleftIntoPermissive(in, out string) bool {
	if in == out {
		return false
	}
	switch dataCategories()[out] {
	case "notice", "permissive", "unencumbered", "by_exception_only":
		return dataCategories()[in] == "restricted" || dataCategories()[in] == "reciprocal"
	case "reciprocal":
		// Strong copyleft into a weak-copyleft work: the strong one wants the whole.
		return dataCategories()[in] == "restricted"
	}
	return false
}

// Combination says under which of several licences a work combining code under all of
// them may be distributed: for each candidate, whether each of the others may go into
// it, from the OSADL matrix.
type Combination struct {
	Licenses []string
	Under    []Candidate // one per licence, in the order given
}

// Candidate is one licence as the licence of the whole.
type Candidate struct {
	License string
	Answer  string          // Yes: every other licence may go in; No: one may not; "": the matrix cannot say
	Others  []Compatibility // each other licence going into License
	// TakenAs, for an "or later" licence, is the later version the whole must be taken
	// under because code of another licence fits none before it (Apache-2.0 code in a
	// GPL-2.0-or-later work: GPL-3.0-or-later), with Needs that code's licences.
	TakenAs string
	Needs   []string
}

// Combine looks up every licence going into every other.
func Combine(ids []string) Combination {
	c := Combination{Licenses: ids}
	// A licence given as a choice ("MIT OR GPL-3.0-only") offers each of its options as
	// the whole's licence, and goes in under whichever option fits.
	options := make([][]string, len(ids)) // each licence's options: itself, or those of its choice
	var outs []string
	for i, id := range ids {
		options[i] = topLevel(id, " OR ")
		for _, t := range options[i] {
			if !slices.Contains(outs, t) {
				outs = append(outs, t)
			}
		}
	}
	for _, out := range outs {
		cand := Candidate{License: out, Answer: "Yes"}
		for i, in := range ids {
			if slices.Contains(options[i], out) {
				continue // the whole's own licence, or the choice it is an option of
			}
			p := CompatibleExpr(in, out)
			cand.Others = append(cand.Others, p)
			switch {
			case p.Answer == "No":
				cand.Answer = "No"
			case p.Answer != "Yes" && p.Answer != "Same" && cand.Answer == "Yes":
				cand.Answer = ""
			}
		}
		if cand.Answer == "Yes" {
			cand.TakenAs, cand.Needs = takenAs(out, cand.Others)
		}
		c.Under = append(c.Under, cand)
	}
	return c
}

// takenAs is the later version an "or later" licence must be taken under for all the
// code going in to fit (others, each going into it), and the licences of the code that
// needs it; "" when the licence as said takes them all, or is no "or later" one.
func takenAs(out string, others []Compatibility) (string, []string) {
	base, ok := strings.CutSuffix(out, "-or-later")
	if !ok {
		return "", nil
	}
	later := laterVersions(out)
	need := -1 // the index in later of the earliest version every piece fits
	var needs []string
	for _, o := range others {
		if CompatibleExpr(o.Inbound, base+"-only").Answer != "No" {
			continue
		}
		i := slices.IndexFunc(later, func(v string) bool {
			a := CompatibleExpr(o.Inbound, v).Answer
			return a == "Yes" || a == "Same"
		})
		if i < 0 {
			return "", nil
		}
		needs = append(needs, o.Inbound)
		need = max(need, i)
	}
	if need < 0 {
		return "", nil
	}
	v := later[need]
	if orLater := strings.TrimSuffix(v, "-only") + "-or-later"; slices.Contains(later, orLater) {
		v = orLater // GPL-2.0-or-later code goes on as GPL-3.0-or-later
	}
	return v, needs
}

//go:embed data/compat-extra.json
var compatExtraJSON []byte

// extraPair is a compatibility fact the matrix lacks, as its steward states it.
type extraPair struct {
	In, Out, Answer, Basis, Reason, Source string
	Use                                    string // set when the fact holds for one use only ("dynamic_link")
}

var compatExtraList = sync.OnceValue(func() []extraPair {
	return embedded[struct {
		Pairs []extraPair `json:"pairs"`
	}]("compat-extra.json", compatExtraJSON).Pairs
})

var compatExtra = sync.OnceValue(func() map[[2]string]extraPair {
	m := map[[2]string]extraPair{}
	for _, p := range compatExtraList() {
		if p.Use == "" && !strings.ContainsAny(p.In+p.Out, "*") || p.Out == "*" && !strings.Contains(p.In, "*") && p.Use == "" {
			m[[2]string{p.In, p.Out}] = p
		}
	}
	return m
})

// CompatibleFor is CompatibleExpr for a use: some facts hold for one use only, such as
// a program linking dynamically to an LGPL library keeping its own licence (the LGPL
// says so itself).
func CompatibleFor(inbound, outbound, use string) Compatibility {
	if opts := choiceOf(outbound); len(opts) > 1 {
		return intoChoice(inbound, outbound, opts, func(out string) Compatibility { return CompatibleFor(inbound, out, use) })
	}
	c := CompatibleExpr(inbound, outbound)
	yes := c.Answer == "Yes"
	if c.Answer == "Same" || yes && (use == "" || !slices.ContainsFunc(compatExtraList(), func(p extraPair) bool { return p.Use == use && p.Answer == "No" })) {
		return c // no fact of that use could close it
	}
	terms, err := Terms(inbound)
	if err != nil {
		return c
	}
	if use == "" {
		// No use said, and a fact holds for one use ("use an LGPL library in an
		// Apache-2.0 project"): the answer depends on that use, and says both.
		for _, p := range compatExtraList() {
			if p.Use == "" || p.Answer != "Yes" || !match(p.Out, outbound) || !slices.ContainsFunc(terms, func(t string) bool { return match(p.In, t) }) {
				continue
			}
			if CompatibleFor(inbound, outbound, p.Use).Answer != "Yes" {
				continue // a fact before it closes that use too: LGPLv3 for GPLv2-only code
			}
			return Compatibility{Inbound: inbound, Outbound: outbound, Answer: "Check dependency", Basis: p.Basis, Source: p.Source,
				Reason: fmt.Sprintf("It depends on how it is used. Used %s: yes. %s Otherwise (copied in, or linked statically): %s, as the %s says.",
					usePhrase[p.Use], p.Reason, c.answerPhrase(), basisName(c))}
		}
		return c
	}
	for _, p := range compatExtraList() {
		// A fact for the use said answers where the matrix does not say yes; where it
		// does, such a fact can only close that use: an OFL font may be bundled with
		// software under any licence, but a modified one stays under the OFL.
		if p.Use != use || yes && p.Answer != "No" {
			continue
		}
		for _, t := range terms {
			if match(p.In, t) && match(p.Out, outbound) {
				e := fromExtra(p, inbound, outbound)
				if len(terms) > 1 {
					e.Reason = fmt.Sprintf("Taking the code under %s: %s", t, e.Reason)
				}
				return e
			}
		}
	}
	return c
}

// usePhrase are the uses a compatibility fact may be limited to, in words.
var usePhrase = map[string]string{"dynamic_link": "through dynamic linking", "static_link": "through static linking", "internal": "internally",
	"distribute": "in what you distribute", "saas": "in a network service", "mobile": "in a mobile app", "modify": "modified"}

// basisName is where an answer comes from, for a sentence.
func basisName(c Compatibility) string {
	if c.Basis == "" {
		return "OSADL matrix"
	}
	return c.Basis
}

// linkingExceptions let a work that links to (or is built with) code under them keep
// its own licence, whatever the base licence asks of derived works.
var linkingExceptions = map[string]bool{"Classpath-exception-2.0": true, "GCC-exception-3.1": true, "GCC-exception-2.0": true,
	"Universal-FOSS-exception-1.0": true, "Qt-LGPL-exception-1.1": true, "Font-exception-2.0": true, "Autoconf-exception-3.0": true,
	"Autoconf-exception-2.0": true, "Bison-exception-2.2": true, "eCos-exception-2.0": true, "WxWindows-exception-3.1": true,
	"Linux-syscall-note": true, "LLVM-exception": true, "OpenJDK-assembly-exception-1.0": true}

// RelicensedCompatibility is CompatibleFor for code that is to go under the work's
// licence itself ("lgpl-derived files … can those just be relicensed bsd?"): with no use
// said, a use that would keep the code apart (linking to it as a library) does not
// answer, so the licences' own pairing does.
func RelicensedCompatibility(inbound, outbound, use string) Compatibility {
	c := CompatibleFor(inbound, outbound, use)
	if use == "" && c.Answer == "Check dependency" {
		if m := CompatibleExpr(inbound, outbound); m.Answer != "" {
			return m
		}
	}
	return c
}

// RepublishedCompatibility says whether code under inbound may be published again under
// outbound, on its own ("someone ported an mpl-2.0 plugin and published it as mit"):
// what CompatibleFor says, except where only a steward's route for a larger work says
// yes (the MPL's files kept under the MPL inside a work under another licence) and the
// OSADL matrix, which asks whether the code itself may go under the other licence, says
// no.
func RepublishedCompatibility(inbound, outbound, use string) Compatibility {
	c := RelicensedCompatibility(inbound, outbound, use)
	if raw := Compatible(inbound, outbound); c.Answer == "Yes" && raw.Answer == "No" && c.Basis != "OSADL matrix" {
		raw.Basis, raw.Source = "OSADL matrix", c.Source
		raw.Reason = fmt.Sprintf("The code itself keeps its licence: code under %s may not be published again under %s without its copyright holders. What %s allows instead: %s", inbound, outbound, c.Basis, c.Reason)
		return raw
	}
	return c
}

// CompatibleExpr says whether code under the expression inbound ("MIT OR GPL-2.0-only",
// "Apache-2.0 WITH LLVM-exception") may go into a work under outbound, by every route
// the data gives: the OSADL matrix; the stewards' own statements where the matrix has no
// entry; an exception that changes the answer; "or later", which lets code or a work
// move to a newer version; for a choice, the option that fits. When nothing decides it,
// the answer is "" and the reason says what is known.
func CompatibleExpr(inbound, outbound string) Compatibility {
	if opts := choiceOf(outbound); len(opts) > 1 {
		return intoChoice(inbound, outbound, opts, func(out string) Compatibility { return CompatibleExpr(inbound, out) })
	}
	terms, err := Terms(inbound)
	if err != nil || len(terms) <= 1 {
		return route(strings.Trim(inbound, "()"), outbound)
	}
	var yes, maybe []string
	var parts []Compatibility
	for _, t := range terms {
		c := route(t, outbound)
		parts = append(parts, c)
		switch c.Answer {
		case "Yes", "Same":
			yes = append(yes, t)
			maybe = append(maybe, t)
		case "No":
		default:
			maybe = append(maybe, t)
		}
	}
	c := Compatibility{Inbound: inbound, Outbound: outbound, Parts: parts, Basis: parts[0].Basis}
	satisfied := func(ids []string) bool {
		if len(ids) == 0 {
			return false
		}
		ok, err := satisfies(CanonicalExpression(inbound), ids)
		return err == nil && ok
	}
	var why []string
	for _, p := range parts {
		why = append(why, fmt.Sprintf("%s: %s", p.Inbound, answerWord(p.Answer)))
	}
	// all: the expression offers no choice ("GPL-2.0-or-later AND LGPL-3.0-or-later"), so
	// every one of its licences goes in with the code.
	all := !strings.Contains(CanonicalExpression(inbound), " OR ")
	switch {
	case satisfied(yes):
		c.Answer = "Yes"
		picked := chosen(CanonicalExpression(inbound), yes)
		for _, p := range parts {
			if len(picked) > 0 && p.Inbound == picked[0] {
				c.Basis, c.Source = p.Basis, p.Source // the option taken is what answers
			}
		}
		if all {
			c.Reason = fmt.Sprintf("Every part of %s may go into a work under %s (%s).", inbound, outbound, strings.Join(why, "; "))
		} else {
			c.Reason = fmt.Sprintf("Taking the code under %s, it may go into a work under %s (%s).", text.JoinAnd(picked), outbound, strings.Join(why, "; "))
		}
	case satisfied(maybe) && all:
		c.Reason = fmt.Sprintf("Not every part of %s is known to fit a %s work for sure (%s); ask the OSPO.", inbound, outbound, strings.Join(why, "; "))
	case satisfied(maybe):
		c.Reason = fmt.Sprintf("No option of %s is known to fit a %s work for sure (%s); ask the OSPO.", inbound, outbound, strings.Join(why, "; "))
	case all:
		c.Answer = "No"
		c.Reason = fmt.Sprintf("Code under %s keeps all of those licences, and not every one of them may go into a work under %s (%s).", inbound, outbound, strings.Join(why, "; "))
	default:
		c.Answer = "No"
		c.Reason = fmt.Sprintf("No option of %s may go into a work under %s (%s).", inbound, outbound, strings.Join(why, "; "))
	}
	return c
}

// choiceOf are the licences a work is offered under, or may be put under, when its
// expression is a plain choice ("MIT OR Apache-2.0", "move it from the GPL to MIT or
// Apache"); nil for one licence or any other expression.
func choiceOf(expr string) []string {
	if !strings.Contains(expr, " OR ") || strings.Contains(expr, " AND ") {
		return nil
	}
	var opts []string
	for _, t := range strings.Split(CanonicalExpression(expr), " OR ") {
		t = strings.Trim(strings.TrimSpace(t), "()")
		if t == "" || strings.ContainsAny(t, "()") {
			return nil
		}
		opts = append(opts, t)
	}
	return opts
}

// intoChoice answers whether code under inbound may go into a work under a choice of
// licences, option by option (each answered by one): it may when it fits one of them,
// and the work then goes out under those it fits; it may not when it fits none.
func intoChoice(inbound, outbound string, opts []string, one func(string) Compatibility) Compatibility {
	c := Compatibility{Inbound: inbound, Outbound: outbound}
	var fit, rest, why []string
	var open *Compatibility
	for _, o := range opts {
		p := one(o)
		why = append(why, fmt.Sprintf("under %s: %s", o, answerWord(p.Answer)))
		switch p.Answer {
		case "Yes", "Same":
			if len(fit) == 0 {
				c.Basis, c.Source = p.Basis, p.Source
			}
			fit = append(fit, o)
		default:
			rest = append(rest, o)
			if p.Answer != "No" && open == nil {
				open = &p // the first option the data leaves open
			}
		}
		c.Parts = append(c.Parts, p)
	}
	list := strings.Join(why, "; ")
	switch {
	case len(fit) == len(opts):
		c.Answer = "Yes"
		c.Reason = fmt.Sprintf("Code under %s may go into the work under any of its licences (%s).", inbound, list)
	case len(fit) > 0:
		c.Answer = "Yes"
		c.Reason = fmt.Sprintf("Code under %s may go into the work under %s, not under %s (%s): with that code in it, the work can only go out under %s.",
			inbound, text.JoinOr(fit), text.JoinOr(rest), list, text.JoinOr(fit))
	case open == nil: // every option answered No
		c.Answer = "No"
		c.Basis, c.Source = c.Parts[0].Basis, c.Parts[0].Source
		c.Reason = fmt.Sprintf("Code under %s may not go into the work under %s (%s).", inbound, text.JoinOr(opts), list)
	case !slices.ContainsFunc(c.Parts, func(p Compatibility) bool { return p.Answer != open.Answer }):
		// The same open answer for every option ("it depends on how it is used"): its
		// reason holds for each.
		c.Answer, c.Missing = open.Answer, open.Missing
		c.Basis, c.Source = open.Basis, open.Source
		c.Reason = fmt.Sprintf("%s That holds under %s alike.", open.Reason, text.JoinAnd(opts))
	default:
		c.Answer, c.Missing = open.Answer, open.Missing
		c.Basis, c.Source = open.Basis, open.Source
		c.Reason = fmt.Sprintf("Code under %s is not known to fit any of %s for sure (%s); ask the OSPO.", inbound, text.JoinOr(opts), list)
	}
	return c
}

func answerWord(a string) string {
	if a == "" {
		return "not known"
	}
	return strings.ToLower(a)
}

// route is CompatibleExpr for one licence, with or without an exception.
func route(in, out string) Compatibility {
	outBase, outExc, _ := strings.Cut(out, " WITH ")
	if in == out || in == outBase && outExc == "" {
		c := Compatible(in, out)
		if c.Answer == "" {
			c.Answer, c.Reason, c.Missing = "Same", "It is the same licence.", ""
		}
		return c
	}
	c := Compatible(in, out)
	if c.Basis == "" {
		c.Basis = "OSADL matrix"
	}
	if c.Answer == "Yes" || c.Answer == "Same" {
		return c
	}
	if outExc != "" && c.Missing == out {
		// An exception on the work's side adds permissions to it; what may come in is
		// what its base licence takes.
		c = route(in, outBase)
		c.Outbound = out
		return c
	}
	if p, ok := compatExtra()[[2]string{in, out}]; ok {
		return fromExtra(p, in, out)
	}
	if p, ok := statedByPattern(in, out); ok && c.Answer != "No" {
		return fromExtra(p, in, out)
	}
	inBase, inExc, _ := strings.Cut(in, " WITH ")
	if inExc != "" && c.Answer == "No" && linkingExceptions[inExc] {
		return Compatibility{Inbound: in, Outbound: out, Answer: "Check dependency", Basis: "the " + inExc + " exception",
			Reason: fmt.Sprintf("A work that only links to or is built with code under %s may keep its own licence: %s says so. Copying the code itself into the work is not allowed (OSADL matrix: No).", in, inExc)}
	}
	if inExc != "" && c.Answer == "" {
		base := route(inBase, out)
		if linkingExceptions[inExc] && base.Answer != "Yes" && base.Answer != "Same" {
			return Compatibility{Inbound: in, Outbound: out, Answer: "Check dependency", Basis: "the " + inExc + " exception",
				Reason: fmt.Sprintf("A work that only links to or is built with code under %s may keep its own licence: %s says so. Copying the code itself into the work is %s: %s", in, inExc, base.answerPhrase(), base.Reason)}
		}
		base.Inbound = in
		base.Reason += fmt.Sprintf(" (%s changes nothing here that the data records)", inExc)
		return base
	}
	if p, ok := anyWork(in); ok && c.Answer != "Yes" {
		return fromExtra(p, in, out)
	}
	// "Or later": code under X-or-later may be taken under a later X; a work under
	// X-or-later may be distributed under a later X.
	if c.Answer == "No" || c.Answer == "" {
		for _, later := range laterVersions(in) {
			if l := Compatible(later, out); l.Answer == "Yes" || l.Answer == "Same" {
				return Compatibility{Inbound: in, Outbound: out, Answer: "Yes", Basis: "OSADL matrix, by “or later”",
					Reason: fmt.Sprintf("%s lets you take the code under %s, and %s code may go into a %s work.", in, later, later, out)}
			}
		}
		for _, later := range laterVersions(out) {
			if l := Compatible(in, later); l.Answer == "Yes" || l.Answer == "Same" {
				return Compatibility{Inbound: in, Outbound: out, Answer: "Yes", Basis: "OSADL matrix, by “or later”",
					Reason: fmt.Sprintf("Only if the whole is distributed under %s, which %s allows: %s code may go into a %s work, but not under the terms of the earlier version.", later, out, in, later)}
			}
		}
	}
	if c.Answer == "" {
		c.Reason = knownAbout(c.Missing, in, out)
	}
	return c
}

// anyWork is the fact about code under in going into a work under any licence, if one
// is stated: for in itself, or for a pattern it matches ("CC-BY-NC-*").
func anyWork(in string) (extraPair, bool) {
	if p, ok := compatExtra()[[2]string{in, "*"}]; ok {
		return p, true
	}
	return statedByPattern(in, "*")
}

// statedByPattern is the fact, for every use, stated for in and out where either is
// named by a pattern ("GPL-*" into "CC-BY-SA-*"); out "*" asks for a fact about any
// work, which only a fact stated for any work answers.
func statedByPattern(in, out string) (extraPair, bool) {
	for _, p := range compatExtraList() {
		if p.Use == "" && strings.Contains(p.In+p.Out, "*") && (p.Out == "*") == (out == "*") && match(p.In, in) && match(p.Out, out) {
			return p, true
		}
	}
	return extraPair{}, false
}

func fromExtra(p extraPair, in, out string) Compatibility {
	return Compatibility{Inbound: in, Outbound: out, Answer: p.Answer, Basis: p.Basis, Reason: p.Reason, Source: p.Source}
}

// answerPhrase is the answer inside a sentence.
func (c Compatibility) answerPhrase() string {
	switch c.Answer {
	case "Yes", "Same":
		return "allowed"
	case "No":
		return "not allowed"
	case "Check dependency":
		return "a matter of how it is combined"
	}
	return "not known"
}

// laterVersions are the licences the matrix knows that "or later" reaches from id:
// GPL-2.0-or-later reaches GPL-3.0-only and GPL-3.0-or-later. Empty for other IDs.
func laterVersions(id string) []string {
	base, ok := strings.CutSuffix(id, "-or-later")
	if !ok {
		return nil
	}
	fam, v := looseFamily(base), version(base)
	var out []string
	for _, k := range slices.Sorted(maps.Keys(osadl())) {
		if looseFamily(k) == fam && version(k) > v && !strings.Contains(k, " ") {
			out = append(out, k)
		}
	}
	return out
}

// knownAbout says what is known of a pair the matrix lacks: the category of each
// licence, from the policy data.
func knownAbout(missing, in, out string) string {
	var parts []string
	for _, id := range []string{in, out} {
		base, _, _ := strings.Cut(id, " WITH ")
		if c, ok := dataCategories()[base]; ok {
			parts = append(parts, fmt.Sprintf("%s is in the %s category", id, strings.ReplaceAll(c, "_", " ")))
		}
	}
	s := fmt.Sprintf("The OSADL matrix does not cover %s, and no steward's statement I hold does either, so I cannot say.", missing)
	if len(parts) > 0 {
		s += " What the licence data says: " + strings.Join(parts, "; ") + "."
	}
	return s + " Ask the OSPO."
}

// producedWorkRE names works rendered or drawn from a database's data ("we render our own
// map tiles from osm data", "a chart", "printed maps"); vector tiles, which carry the data
// itself, are a database and not named.
var producedWorkRE = regexp.MustCompile(`(?i)\b(?:(?:raster|map|png|image)\s+tiles?|render(?:s|ed|ing)?|map\s+images?|static\s+maps?|charts?|heat\s*maps?|screenshots?|visuali[sz]ations?|(?:printed|paper|print|pdf)\s+maps?|posters?)\b`)

// vectorDataRE: vector tiles or an extract carry the data itself.
var vectorDataRE = regexp.MustCompile(`(?i)\bvector\s+tiles?\b|\b(?:extracts?|dumps?|geojson|shapefiles?)\b`)

// ProducedWork is, for ODbL data made into a work rendered or drawn from it ("can the
// tiles we render from osm data go out under cc by-nc-nd?"), what the ODbL says of that
// Produced Work going out under another licence; false for other code or works.
func ProducedWork(inbound, outbound, text string) (Compatibility, bool) {
	if inbound != "ODbL-1.0" || !producedWorkRE.MatchString(text) || vectorDataRE.MatchString(text) {
		return Compatibility{}, false
	}
	return Compatibility{Inbound: inbound, Outbound: outbound, Answer: "Yes", Basis: "the ODbL's own terms", Source: odblSource,
		Reason: "Map tiles, images and other works rendered from ODbL data are Produced Works: making one creates no Derivative Database (section 4.5(b)), so the ODbL's share-alike (section 4.4) does not reach it, and it may go out under a licence of your choosing. " +
			"Shown or given to the public, it needs a notice that it contains information from the database, made available under the ODbL (section 4.3). " +
			"Rendered from a database you changed (data you edited or merged in), that database is used in public through the work: it must be under the ODbL and offered to those who get the work (sections 4.4(c) and 4.6)."}, true
}

// odblSource is the ODbL's text.
const odblSource = "https://spdx.org/licenses/ODbL-1.0.html"
