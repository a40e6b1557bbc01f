package license

import (
	"regexp"
	"slices"
	"strings"
)

// licenseVocabulary are phrases of licence texts and notices that questions about
// licences rarely contain: a text with several of them is a pasted licence.
var licenseVocabulary = []string{"permission is hereby granted", "redistribution and use in source and binary forms",
	"without warranty", "warranties of merchantability", "provided \"as is\"", "provided 'as is'", "is provided by the copyright holders",
	"in no event shall", "the above copyright notice", "all rights reserved", "licensed under the apache license",
	"you may not use this file except in compliance", "this program is free software", "this library is free software",
	"terms and conditions for use, reproduction", "subject to the following conditions", "liable for any claim",
	"provided that the following conditions are met", "as published by the free software foundation", "licensor",
	"licensee", "hereby grants", "notwithstanding", "free of charge, to any person obtaining", "copyright (c)", "copyright ©",
	"with or without modification", "distributed in the hope that it will be useful", "mozilla public license", "spdx-license-identifier"}

// quotedSpanRE finds a long span in double quotation marks, straight or curly.
var quotedSpanRE = regexp.MustCompile(`"[^"]{40,}"|“[^”]{40,}”`)

// askingRE finds the marks of a question or a situation told in the first person.
var askingRE = regexp.MustCompile(`\?|\b(?:we|our|i|my|us|can|could|should|does|do|is (?:it|that|this|there)|are (?:they|these|there)|how|what|whats|what's|which|whether|allowed|ok)\b` +
	// "is creationix's stack module licensed at all": a question without its mark.
	`|\bis\s+(?:\S+\s+){1,4}licen[cs]ed\b|\blicen[cs]ed\s+at\s+all\b`)

// LooksLikeLicenseText tells a pasted licence (or notice) from a long question about
// one: by what the text says, not by its length. A text with several phrases of licence
// vocabulary is a licence; a text written as a question or in the first person is a
// question unless most of it is known licence text (as identification measures it);
// anything else stays a document.
func LooksLikeLicenseText(text string) bool {
	text = asTyped(text)
	lower := strings.ToLower(text)
	hits := 0
	for _, p := range licenseVocabulary {
		if strings.Contains(lower, p) {
			hits++
		}
	}
	// A question around a licence's words in quotation marks ("The README includes this:
	// "This program is free software; …". We want to link it statically. OK?") asks about
	// them, however much of it they are.
	if stripped := quotedSpanRE.ReplaceAllString(text, " "); stripped != text && strings.Contains(stripped, "?") {
		outside := strings.ToLower(stripped)
		if len(askingRE.FindAllStringIndex(outside, 3)) >= 3 && !slices.ContainsFunc(licenseVocabulary, func(p string) bool { return strings.Contains(outside, p) }) {
			return false
		}
	}
	// A question that quotes a licence ("the MIT licence says 'the above copyright
	// notice … shall be included': what does that mean for us?") is a question, however
	// much it quotes, unless most of it is licence text.
	if strings.Contains(text, "?") && len(askingRE.FindAllStringIndex(lower, 2)) >= 2 {
		return hits >= 2 && Identify("", []byte(text)).Coverage >= 50
	}
	asking := len(askingRE.FindAllStringIndex(lower, 2)) >= 2
	if strings.Contains(lower, "spdx-license-identifier") && !(asking && len(text) < 600) || hits >= 3 {
		return true // a tag is a file's, unless a short message asks about it in the first person
	}
	if strings.Contains(text, "?") || len(askingRE.FindAllStringIndex(lower, 2)) >= 2 {
		return hits >= 2 && Identify("", []byte(text)).Coverage >= 50
	}
	// A short message with a mark of a question and no licence phrase is a question
	// typed without a question mark ("what license lets one driver go into both linux
	// and freebsd"), even when it names no licence the bot knows.
	if hits == 0 && len(text) < 400 && askingRE.MatchString(lower) {
		return false
	}
	// Nothing of a question: a document to identify, unless it talks about licences or
	// an OSPO topic in sentences ("We ship an MIT app with an LGPL library.").
	return hits >= 1 || len(findLicenses(text).ids) == 0 && topicOf(lower, false) == ""
}
