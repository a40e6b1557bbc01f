package config

import (
	"slices"
	"strings"
	"sync"

	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"
)

// spdxLists are the SPDX licence and exception IDs by lower-cased ID, to check the IDs a
// policy names: the policy matches IDs exactly, so a typo or another case would never
// match anything.
type spdxLists struct {
	licenses, deprecated, exceptions map[string]string
}

// CheckerIDs are the licence IDs the identifier reports that the SPDX list does not
// have: licensecheck's own names. A policy may name them like SPDX IDs. A test in
// workflows/license keeps this list equal to licensecheck's.
var CheckerIDs = []string{"Aladdin-9", "Anti996", "BSD-1-Clause-Clear", "BSD-3-Clause-NoTrademark", "CC-BY-NC-SA-3.0-US",
	"CommonsClause", "GPL-2.0-or-3.0", "GooglePatentClause", "GooglePatentsFile", "MIT-NoAd", "Prosperity-3.0.0"}

var spdx = sync.OnceValue(func() spdxLists {
	index := func(ids []string) map[string]string {
		m := make(map[string]string, len(ids))
		for _, id := range ids {
			m[strings.ToLower(id)] = id
		}
		return m
	}
	return spdxLists{index(slices.Concat(spdxlicenses.GetLicenses(), CheckerIDs)), index(spdxlicenses.GetDeprecated()), index(spdxlicenses.GetExceptions())}
})

// ExceptionID finds an SPDX exception ID in any case and returns it as the list spells
// it ("classpath-exception-2.0" → "Classpath-exception-2.0").
func ExceptionID(id string) (string, bool) {
	canonical, ok := spdx().exceptions[strings.ToLower(id)]
	return canonical, ok
}

// checkLicenseID reports a licence ID (exception: an SPDX exception ID) that neither the
// SPDX list nor the identifier has as written. Patterns (GPL-*) and the organisation's own
// LicenseRef- IDs are left alone.
func checkLicenseID(ps *Problems, at, id string, exception bool) {
	if strings.ContainsAny(id, "*?[") || strings.HasPrefix(id, "LicenseRef-") || strings.HasPrefix(id, "DocumentRef-") {
		return
	}
	lists := spdx()
	known := lists.licenses
	what := "licence"
	if exception {
		known, what = lists.exceptions, "exception"
	}
	lower := strings.ToLower(id)
	switch {
	case known[lower] == id:
	case known[lower] != "":
		ps.add(at, 0, "%q is spelled %s; IDs are matched as written", id, known[lower])
	case !exception && lists.deprecated[lower] != "" && known[lower+"-only"] != "":
		ps.add(at, 0, "%q is a retired SPDX ID; write %s or %s", id, known[lower+"-only"], known[lower+"-or-later"])
	case !exception && lists.deprecated[lower] != "":
		ps.add(at, 0, "%q is a retired SPDX ID; use the ID that replaced it", id)
	default:
		msg := "%q is not an SPDX " + what + " ID; use its SPDX ID, a pattern such as GPL-*, or LicenseRef-… for your own"
		if s := suggestID(known, lower); s != "" {
			msg += " (did you mean " + s + "?)"
		}
		ps.add(at, 0, msg, id)
	}
}

// SuggestLicenseID is the SPDX licence ID that begins with what was written, in any case
// ("apache-2" → Apache-2.0), or "".
func SuggestLicenseID(written string) string {
	return suggestID(spdx().licenses, strings.ToLower(written))
}

// suggestID finds the ID that begins with what was written ("apache-2" → Apache-2.0),
// the shortest such one.
func suggestID(known map[string]string, lower string) string {
	var found []string
	for k, id := range known {
		if len(lower) >= 3 && strings.HasPrefix(k, lower) {
			found = append(found, id)
		}
	}
	slices.SortFunc(found, func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	if len(found) == 0 {
		return ""
	}
	return found[0]
}
