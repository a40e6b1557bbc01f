package license

import (
	"regexp"
	"strings"
)

// What a message can say of the code's notices that tells "only" from "or later".
var (
	// laterSaidRE: the words of an "or later" notice, quoted or said ("the MATLAB files
	// say “(at your option) any later version”", "the headers say gplv2+").
	laterSaidRE = regexp.MustCompile(`\bany\s+later\s+version|\(?at\s+your\s+option\)?|\bor[\s-]+(?:any\s+)?later\b|\b(?:gpl|v)\s?\d(?:\.\d)?\s?\+`)
	// deniedBeforeRE: a denial just before those words, in the same clause ("nothing
	// says 'or later'", "no source file says …", "can't find 'any later version'").
	deniedBeforeRE = regexp.MustCompile(`(?:\bno\b|\bnothing\b|\bnot\b|n't\b|n’t\b|\bnever\b|\bwithout\b|\bnone\b|\bcant\b|\bcannot\b|\bmissing\b|\black(?:s|ing)?\b|\bneither\b|\bnor\b)[^.;!?]{0,50}$`)
	// inLicenceTextRE: words said to be in the licence's own text, before them ("the
	// LICENSE file ends with", "the COPYING text even explains how to say").
	inLicenceTextRE = regexp.MustCompile(`\b(?:licen[cs]e|copying)(?:\.\w+)?\s+(?:file\s+|text\s+)?(?:itself\s+)?(?:even\s+)?(?:ends\s+with|contains|includes|has|explains|mentions|says)\b[^.;!?]{0,40}$`)
	// noNoticeRE: no notice in the files ("no headers", "nothing says", "no source file
	// says", "the files have no licence headers").
	noNoticeRE = regexp.MustCompile(`\bno\s+(?:(?:source|file|licen[cs]e|copyright)\s+)*(?:headers?|notices?)\b|\bwithout\s+(?:any\s+)?(?:(?:licen[cs]e|file)\s+)?(?:headers?|notices?)\b|\bheaders?\s+(?:are\s+)?(?:missing|absent)\b|\bnothing\s+(?:else\s+)?(?:in\s+[\w\s]{1,20}\s+)?says\b|\bno\s+(?:source\s+)?files?\s+says?\b`)
	// licenceTextRE: the licence's own text shipped as a file ("the LICENSE file is
	// gplv3", "COPYING has gpl2 text", "the repo just has the agpl v3 text").
	licenceTextRE = regexp.MustCompile(`\b(?:licen[cs]e|copying)(?:\.(?:md|txt))?\s+(?:file\s+)?(?:is|has|says|contains|holds)\b|\b(?:licen[cs]e|copying)\s+file\b|\btext\s+(?:as|in)\s+(?:licen[cs]e|copying)\b|\b(?:has|ships|includes|contains)\s+(?:just\s+|only\s+)?the\s+(?:plain\s+|full\s+)?[\w.\s-]{0,20}\b(?:text|licen[cs]e\s+file)\b`)
	// licenceTextOnlyRE: the licence's text and nothing else ("the repo just has the agpl
	// v3 text", "COPYING is just the gpl2 text", "only has a LICENSE file").
	licenceTextOnlyRE = regexp.MustCompile(`\b(?:just|only|simply)\s+(?:has|have|ships|includes|contains)\s+(?:a\s+|the\s+)?[\w.\s-]{0,25}?\b(?:text|licen[cs]e(?:\s+file)?|copying)\b|\b(?:licen[cs]e|copying)(?:\.\w+)?\s+(?:file\s+)?is\s+(?:just|only|simply)\s+(?:the\s+)?[\w.\s-]{0,25}?\btext\b`)
	// versionStatedRE: a README, package field or page that states the licence ("the
	// readme just says gplv3", "freedos kernel blurb says 'GPL v2'").
	versionStatedRE = regexp.MustCompile(`\b([\w.-]+)\s+(?:just\s+|only\s+|simply\s+)?(?:says|say|said|states|lists|declares|shows)\b|\b(?:tagged|labell?ed|listed)\s+(?:as\s+)?(?:the\s+)?(?:gnu\s+)?[la]?gpl`)
	// hostLabelRE: the licence a code host shows for a repository ("github says GPL-2.0
	// for move transition plugin", "GitLab shows GPLv3"), which it reads from the
	// licence's text in the LICENSE file alone.
	hostLabelRE = regexp.MustCompile(hostLabel)
	// notASourceWords are people, whose saying is no statement of the code's licence
	// ("someone said that's ambiguous"), and words before a verb that make it no
	// statement ("how is a project supposed to say").
	notASourceWords = map[string]bool{"someone": true, "somebody": true, "people": true, "he": true, "she": true, "they": true, "i": true,
		"we": true, "you": true, "everyone": true, "colleague": true, "friend": true, "lawyer": true, "lawyers": true, "counsel": true, "who": true, "that": true,
		"to": true, "can": true, "could": true, "must": true, "should": true, "would": true, "will": true, "does": true, "do": true, "did": true, "not": true, "also": true}
)

// ownNoticesRE: the code asked about is the asker's own ("COPYING in our package", "my
// repo's LICENSE file"), whose form is theirs to choose, not to read from its notices.
var ownNoticesRE = regexp.MustCompile(`\b(?:our|my)\s+(?:own\s+)?(?:licen[cs]e|copying|repo|repository|project|package|lib|library|code|readme|app|headers?|files?|module|plugin|tool|program)\b|\b(?:should|if|can|could|may)\s+(?:we|i)\b|\bwe\s+(?:are\s+(?:the\s+)?(?:[\w-]+\s+){0,3}maintainers|maintain)\b`)

// withVersionRead sets q.VersionRead and q.VersionWhy for a question whether code is
// under one GNU licence version "only" or "or later", from what the message says of
// the code; the expression answered is then the form that points to. Not for the
// asker's own code, nor when several versions are named.
func withVersionRead(q Question, lower string) Question {
	var terms []string
	for _, l := range q.Licenses {
		t, _ := Terms(l)
		terms = append(terms, t...)
	}
	base := VersionForms(terms)
	if base == "" || ownNoticesRE.MatchString(lower) || plainVersionAskRE.MatchString(lower) {
		return q
	}
	if q.VersionRead, q.VersionWhy = versionEvidence(lower, base+"-only", base+"-or-later"); q.VersionRead != "" {
		q.Expression = q.VersionRead
	}
	return q
}

// VersionForms is the one GNU licence version ids are all forms of ("GPL-2.0" for
// GPL-2.0-only and GPL-2.0-or-later), or "" when they are forms of several versions, or
// one of them is not a GNU licence's "-only" or "-or-later" form.
func VersionForms(ids []string) string {
	base := ""
	for _, id := range ids {
		b := strings.TrimSuffix(strings.TrimSuffix(id, "-only"), "-or-later")
		if b == id || !gnuFamily.MatchString(b) || base != "" && b != base {
			return ""
		}
		base = b
	}
	return base
}

// hostLabel is the licence a code host shows for a repository, read from its licence
// file ("github says agpl", "GitLab shows GPLv3", "github's sidebar says mit").
const hostLabel = `\b(?:github|gitlab|codeberg)(?:(?:'s|’s)\s+(?:sidebar|licen[cs]e\s+(?:badge|label|field|detection)))?\s+(?:just\s+)?(?:says|shows|lists|detects|detected|displays|labels|reports|identifies)\b`

// versionEvidence reads what a message asking whether code is under only or later (a
// GNU licence's "-only" and "-or-later" forms) says of the code's notices, leaving out the
// asking words themselves, and returns the form that points to with why, or "" when the
// message says nothing that tells.
//
// The rules are the licences' own (GPLv2 section 9, GPLv3 section 14, LGPL and GFDL
// alike) and the FSF's advice on notices: the words "or (at your option) any later
// version" make it "or later"; a notice naming no version lets any version ever
// published be chosen; a licence text shipped with no notice naming a version does
// not limit the code to that version; and a README or package field naming the version
// alone is read as that version only, the narrower reading, until a notice says more.
func versionEvidence(lower, only, later string) (form, why string) {
	said := lower
	if loc := onlyOrLaterAskRE.FindStringIndex(lower); loc != nil {
		said = lower[:loc[0]] + " " + lower[loc[1]:]
	}
	laterSaid, laterDenied := false, false
	for _, m := range laterSaidRE.FindAllStringIndex(said, -1) {
		if strings.Contains(said[max(0, m[0]-40):min(len(said), m[1]+40)], "only") {
			continue // "is mutagen gpl-2.0-only or gpl-2.0-or-later?": the two forms asked about
		}
		if before := said[max(0, m[0]-60):m[0]]; inLicenceTextRE.MatchString(before) || strings.HasSuffix(before, " to ") || strings.HasSuffix(before, " as ") {
			// "its LICENSE file ends with the 'or (at your option) any later version'
			// wording": the GPL's own appendix on how to apply it, no notice of the code;
			// "a PR to switch it to or-later": the form proposed, not said.
			continue
		}
		if deniedBeforeRE.MatchString(said[max(0, m[0]-60):m[0]]) {
			laterDenied = true
		} else {
			laterSaid = true
		}
	}
	switch {
	case laterSaid && !laterDenied:
		return later, "what you quote from its notices says “or (at your option) any later version”, the words that make it -or-later"
	case noVersionSaidRE.MatchString(said):
		return everyVersion(only), "a notice that names the licence with no version lets it be taken under any version ever published (GPLv2 section 9, GPLv3 section 14), which SPDX writes as the first version -or-later"
	case licenceTextRE.MatchString(said) && (laterDenied || noNoticeRE.MatchString(said) || licenceTextOnlyRE.MatchString(said)):
		return later, "only the licence's text is shipped, and no notice says which version applies to the code. The text alone does not limit it to that version: a program that names no version may be taken under any version ever published (GPLv2 section 9, GPLv3 section 14), this one and later ones among them, so packagers record it as -or-later. The authors can settle it by adding notices"
	case hostLabelRE.MatchString(said) && !strings.Contains(said, "header") && !strings.Contains(said, "readme"):
		return later, "a code host's licence label is read from the licence's text in the LICENSE file, which is the same for -only and -or-later; the text alone does not limit the code to that version: a program that names no version may be taken under any version ever published (GPLv2 section 9, GPLv3 section 14), so packagers record it as -or-later, unless the file headers or README say “only”"
	case versionStated(said):
		return only, "a README, package field or page that names the version without “or later” is read as that version only, the narrower reading; file headers that say “or (at your option) any later version” would make it -or-later"
	}
	return "", ""
}

// everyVersion is "any version ever published" of the GNU licence of id: its first
// version, or later (anyVersion gives it for the licence said without a version).
func everyVersion(id string) string {
	for bare, every := range anyVersion {
		if family, _, _ := strings.Cut(bare, "-"); strings.HasPrefix(id, family+"-") {
			return every
		}
	}
	return id
}

// versionStated tells whether said reports what a README, package field, page or
// project states of the licence ("drl says gpl v2", "tagged as GPL"), not what a person
// said.
func versionStated(said string) bool {
	for _, m := range versionStatedRE.FindAllStringSubmatch(said, -1) {
		if m[1] == "" || !notASourceWords[m[1]] {
			return true
		}
	}
	return false
}
