package license

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// A question may name any exception on the SPDX list in words, as people do: "GPLv2
// with the FreeRTOS exception", "u-boot's exception", "the Autoconf exception". The
// hand-made names of exceptionNames come first; the SPDX names fill in the rest. A name
// that stands for several exceptions ("the OpenSSL exception": SPDX lists one per
// project) is no one exception: the answer lists them.

//go:embed data/spdx-exceptions.json
var spdxExceptionsJSON []byte

// spdxExceptions is each current SPDX exception ID's full name.
var spdxExceptions = sync.OnceValue(func() map[string]string {
	return embedded[struct {
		Exceptions map[string]string `json:"exceptions"`
	}]("spdx-exceptions.json", spdxExceptionsJSON).Exceptions
})

// exceptionTailRE is what ends an exception's name after the words that tell it apart:
// its version, "exception", and the kind of exception it is ("linking", "runtime
// library"), which people leave out or say in other words.
var exceptionTailRE = regexp.MustCompile(`(?:\s+(?:version|v|\d+[a-z]?|exceptions?|linking|runtime|library|license|note|distribution))+$`)

// exceptionIDHeadRE is a licence's ID at the start of an exception's ID
// ("GPL-3.0-interface-exception").
var exceptionIDHeadRE = regexp.MustCompile(`^(?:[al]?gpl|lgpl)-\d\.\d-`)

// exceptionKey is what is left of an exception's name or ID when its tail is cut: the
// words a question says it by ("freertos", "u boot", "gcc").
func exceptionKey(name string) string {
	if i := strings.Index(name, "("); i > 0 {
		name = name[:i] // "GStreamer Exception (2005)"
	}
	return strings.TrimSpace(exceptionTailRE.ReplaceAllString(" "+norm(name), ""))
}

// exceptionIndex maps each exception's key, from its SPDX name and from its ID, to the
// IDs it may stand for.
var exceptionIndex = sync.OnceValue(func() map[string][]string {
	index := map[string][]string{}
	add := func(key, id string) {
		if key == "" || aliases[key] != "" || strings.Count(key, " ") > 4 {
			return // "gpl" from "GPL-3.0 Linking Exception": a licence's name, not the exception's
		}
		if !slices.Contains(index[key], id) {
			index[key] = append(index[key], id)
		}
	}
	for id, name := range spdxExceptions() {
		if _, licence := spdxList()[id]; licence {
			continue // "SHL-2.0": a licence that SPDX also lists as an exception
		}
		add(exceptionKey(name), id)
		head, _, _ := strings.Cut(strings.ToLower(id), "-exception")
		add(exceptionKey(exceptionIDHeadRE.ReplaceAllString(head, "")), id)
		if strings.Contains(strings.ToLower(id), "openssl") {
			// "GPL with the OpenSSL exception": one of several projects' (the key is also
			// the OpenSSL licence's name, which add leaves out).
			index["openssl"] = append(index["openssl"], id)
		}
	}
	for key, ids := range index {
		slices.Sort(ids)
		// A note or short variant beside the exception itself ("GCC-exception-2.0-note")
		// is not what a question names.
		if plain := slices.DeleteFunc(slices.Clone(ids), func(id string) bool {
			return strings.HasSuffix(id, "-note") && !strings.HasPrefix(id, "Linux-") || strings.HasSuffix(id, "-short")
		}); len(plain) > 0 {
			index[key] = plain
		}
	}
	return index
})

// exceptionNamed reads the words a question names an exception by ("freertos", "gcc
// runtime") as SPDX exception IDs, for a licence base ("GPL-2.0-only"; "" when none):
// one ID when the words name one, or the exception of base's version among several
// ("the GCC exception" of GPL-2.0 is GCC-exception-2.0); more than one when they name
// several and nothing tells which; none when they name no exception.
func exceptionNamed(words, base string) []string {
	key := exceptionKey(words)
	if key == "" {
		key = strings.TrimSpace(norm(words))
	}
	ids := slices.Clone(exceptionIndex()[key])
	hand, handOK := exceptionNames[key]
	if !handOK {
		hand, handOK = exceptionNames[strings.TrimSpace(norm(words))]
	}
	if handOK && !slices.Contains(ids, hand) {
		ids = append(ids, hand)
	}
	if len(ids) > 1 && base != "" {
		if major := licenceMajor(base); major != "" {
			same := slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return licenceMajor(id) != major })
			if len(same) == 1 {
				return same
			}
		}
	}
	if handOK {
		if sibling := exceptionForMajor(hand, licenceMajor(base)); sibling != "" {
			// "a GPL2 project with a runtime exception": the GCC exception written for
			// GPLv2 is GCC-exception-2.0, not the 3.1 one for GPLv3.
			return []string{sibling}
		}
		return []string{hand}
	}
	return ids
}

// exceptionForMajor is the exception of id's family written for a licence's major
// version ("GCC-exception-3.1" for version 2 is "GCC-exception-2.0"), when id is of
// another version and SPDX lists exactly one such; "" otherwise.
func exceptionForMajor(id, major string) string {
	loc := majorRE.FindStringIndex(id)
	if major == "" || loc == nil || licenceMajor(id) == major {
		return ""
	}
	family := id[:loc[0]+1]
	var found []string
	for other := range spdxExceptions() {
		if strings.HasPrefix(other, family) && majorRE.FindStringIndex(other) != nil && len(other[len(family):]) < 6 && licenceMajor(other) == major {
			found = append(found, other)
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return ""
}

// majorRE finds the major version in a licence's or an exception's ID.
var majorRE = regexp.MustCompile(`-(\d+)(?:\.\d+)?(?:-only|-or-later)?$`)

// licenceMajor is the major version an ID ends with ("GPL-2.0-only": "2",
// "Autoconf-exception-3.0": "3"); "" when it ends with none.
func licenceMajor(id string) string {
	if m := majorRE.FindStringSubmatch(id); m != nil {
		return m[1]
	}
	return ""
}

// ExceptionsNamed lists the SPDX exceptions the words before "exception" may stand for
// ("OpenSSL": every project's OpenSSL exception), for an answer that must ask which.
func ExceptionsNamed(words string) []string {
	return exceptionNamed(strings.TrimSuffix(strings.TrimSpace(strings.ToLower(words)), " exception"), "")
}

// unnamedLinkingRE finds an exception said only as "a linking exception".
var unnamedLinkingRE = regexp.MustCompile(`(?i)^(?:static\s+|static-)?linking exception$`)

// ExceptionChoices lists the SPDX exceptions an exception said in words (as
// Question.Unknown gives it, "OpenSSL exception") may be, when the words leave it open:
// for "a linking exception" (linking is then set), those written with the licence of
// expr; for a name SPDX gives several exceptions, each of them.
func ExceptionChoices(said, expr string) (ids []string, linking bool) {
	if !unnamedLinkingRE.MatchString(said) {
		return ExceptionsNamed(said), false
	}
	if terms, err := Terms(expr); err == nil {
		// "MPL-2.0 AND LGPL-3.0-only": the exception is one the GNU licence may have.
		if i := slices.IndexFunc(terms, func(t string) bool { return strings.Contains(t, "GPL-") }); i >= 0 {
			expr = terms[i]
		}
	}
	switch {
	case strings.HasPrefix(expr, "GPL-2.0"):
		ids = []string{"GCC-exception-2.0", "Classpath-exception-2.0", "Universal-FOSS-exception-1.0"}
	case strings.HasPrefix(expr, "GPL-3.0"):
		ids = []string{"GCC-exception-3.1", "Classpath-exception-2.0"}
	case strings.HasPrefix(expr, "LGPL-3.0"):
		ids = []string{"LGPL-3.0-linking-exception", "OCaml-LGPL-linking-exception"}
	case strings.HasPrefix(expr, "LGPL-2"):
		ids = []string{"OCaml-LGPL-linking-exception", "WxWindows-exception-3.1"}
	}
	return ids, true
}

// writtenWithRE is an exception written after a licence as an SPDX expression writes it
// (" WITH Linux-syscall-note"), read in lower case.
var writtenWithRE = regexp.MustCompile(`^\s+with\s+(` + spdxIDPattern + `)`)
