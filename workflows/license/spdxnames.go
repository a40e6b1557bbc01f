package license

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Every licence on the SPDX list can be named in a question, not only those the
// hand-made aliases know: by its full name as SPDX writes it ("Common Public License
// 1.0", "Zend License v2.0", "Mulan Permissive Software License, Version 2"), by that
// name without its version ("the Common Public License"), or by its ID's acronym
// ("HPND code", "a CPAL'd module"). The hand-made aliases come first; these fill in
// what they leave out.

// spdxVersionTail is a full name's version at its end, in normalised words ("1 0",
// "2 1 or later", "v 1 03").
var spdxVersionTail = regexp.MustCompile(`(?:\s+\d+[a-z]?)+(?:\s+(?:only|or later|\+))?$`)

// everydayAcronyms are SPDX IDs, or the letters of a family of them, that engineers
// write in capitals for something else: a line (ADSL), a protocol (NTP), a language
// (TCL), a processor (MIPS), an agency (NASA).
var everydayAcronyms = map[string]bool{
	"ADSL": true, "DOC": true, "LOOP": true, "MIPS": true, "NTP": true, "TCL": true, "OAR": true, "SOFA": true,
	"IPA": true, "OSC": true, "NASA": true, "HP": true, "CAL": true, "SPL": true, "TPL": true, "OPL": true, "OGC": true,
	"EPICS": true, "SNIA": true, "JSON": true, "SUL": true, "APL": true, "RPL": true, "LPL": true, "DRL": true,
	"SHL": true, "UCL": true, "CDL": true, "EFL": true, "LAL": true, "COIL": true, "OPUBL": true, "OSL": true,
}

// acronymFamily is the newest ID of a family of versioned IDs, and whether there were
// several versions to choose from.
type acronymFamily struct {
	id      string
	several bool
}

// acronymFamilies maps the letters of a family of versioned IDs to its newest version
// ("CPAL" → CPAL-1.0, "APSL" → APSL-2.0).
var acronymFamilies = sync.OnceValue(func() map[string]acronymFamily {
	versions := map[string][]string{}
	for id := range spdxList() {
		i := strings.IndexByte(id, '-')
		if i < 2 || id[i+1] < '0' || id[i+1] > '9' || strings.ToUpper(id[:i]) != id[:i] {
			continue
		}
		versions[id[:i]] = append(versions[id[:i]], id)
	}
	out := map[string]acronymFamily{}
	for fam, ids := range versions {
		slices.Sort(ids)
		out[fam] = acronymFamily{ids[len(ids)-1], len(ids) > 1}
	}
	return out
})

// acronymID reads a word written in capitals as the SPDX ID it spells, or as the newest
// of the family it names; why is set when a version was assumed.
func acronymID(written string) (id, why string, ok bool) {
	if len(written) < 3 || strings.Trim(written, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" || everydayAcronyms[written] {
		return "", "", false
	}
	if _, listed := spdxList()[written]; listed {
		return written, "", true
	}
	if _, alias := aliases[strings.ToLower(written)]; alias {
		return "", "", false // the hand-made aliases read it (GPL, MPL, EPL, …)
	}
	f, ok := acronymFamilies()[written]
	if !ok {
		return "", "", false
	}
	if f.several {
		why = noVersion
	}
	return f.id, why, true
}

func init() {
	addSPDXNames(spdxList())
}

// addSPDXNames adds the full names of the listed licences to aliases, with and without
// their version, where no alias holds the words already. A name that is one word
// without "licence" ("Vim", "curl") counts only where the sentence says it is a
// licence, as contextual aliases do; so does a name whose version was taken off, since
// "open software" or "academic free" are words before they are licences.
func addSPDXNames(list map[string]listed) {
	ids := make([]string, 0, len(list))
	for id := range list {
		ids = append(ids, id)
	}
	slices.Sort(ids) // newest version last, so that a name without one reads as it
	versionless := map[string]map[string]bool{}
	for _, id := range ids {
		l := list[id]
		if l.Name == "" || bareGNU[id] || strings.HasSuffix(id, "+") || strings.Contains(id, "-with-") {
			// The retired IDs that joined a GNU licence and its exception ("GNU General
			// Public License v2.0 w/Classpath exception") are read as their two parts, the
			// licence's name and the exception after it.
			continue
		}
		key := norm(l.Name)
		if key == "" || strings.Count(key, " ")+1 > maxAliasWords {
			continue
		}
		if _, taken := aliases[key]; !taken {
			aliases[key] = id
			if !strings.Contains(key, " ") {
				contextual[key] = true
			}
		}
		for _, v := range nameVariants(key, id) {
			if _, taken := aliases[v]; !taken && v != "" && strings.Count(v, " ")+1 <= maxAliasWords {
				aliases[v] = id
				if !strings.ContainsAny(v, " 0123456789") {
					contextual[v] = true
				}
			}
		}
		base := strings.TrimSpace(spdxVersionTail.ReplaceAllString(key, ""))
		if base == key || base == "" || strings.HasSuffix(key, "or later") || strings.HasSuffix(key, "only") || shortTail(base) {
			continue
		}
		if versionless[base] == nil {
			versionless[base] = map[string]bool{}
		}
		versionless[base][id] = true
	}
	// A version said without the letter SPDX gives its revisions ("LPPL 1.3" for 1.3a
	// and 1.3c) is the latest revision, not the version before it ("LPPL 1" of 1.0).
	for _, id := range ids {
		if m := revisionRE.FindStringSubmatch(norm(strings.ReplaceAll(id, "-", " "))); m != nil {
			if cur, taken := aliases[m[1]]; !taken || revisionRE.MatchString(strings.ToLower(cur)) && cur < id {
				aliases[m[1]] = id
			}
		}
	}
	for base, family := range versionless {
		if _, taken := aliases[base]; taken {
			continue
		}
		newest := slices.Sorted(maps.Keys(family))
		aliases[base] = newest[len(newest)-1]
		contextual[base] = true
		if len(newest) > 1 {
			assumed[base] = noVersion
		}
	}
}

// camelRE splits an ID's words where a capital follows a small letter ("MulanPSL" →
// "Mulan PSL", "ClArtistic" → "Cl Artistic").
var camelRE = regexp.MustCompile(`([a-z])([A-Z])`)

// revisionRE: a version with a revision letter, as words ("lppl 1 3c").
var revisionRE = regexp.MustCompile(`^(.*\d)[a-z]$`)

// nameFillers are words of a full SPDX name that people leave out when they name it:
// "Unicode License Agreement - Data Files and Software" is said "the Unicode Data Files
// and Software license".
var nameFillers = regexp.MustCompile(`\b(?:agreement|terms|and conditions)\b`)

// nameVariants are the other ways a licence is written, derived from its SPDX entry:
// its ID read as words ("Mulan PSL 2.0", "LPPL 1.3a", "Unicode DFS 2016"), that ID with
// a trailing ".0" dropped ("Mulan PSL v2", "Zend 2"), its full name without filler words,
// and with "FSF" and "GNU" taken for each other ("GNU all-permissive license").
func nameVariants(key, id string) []string {
	idWords := norm(strings.ReplaceAll(camelRE.ReplaceAllString(id, "$1 $2"), "-", " "))
	out := []string{idWords}
	if short, ok := strings.CutSuffix(idWords, " 0"); ok && strings.ContainsAny(short, "0123456789") {
		out = append(out, short)
	}
	if v := strings.Join(strings.Fields(nameFillers.ReplaceAllString(key, " ")), " "); v != key {
		out = append(out, v)
	}
	for _, swap := range [][2]string{{"fsf ", "gnu "}, {"gnu ", "fsf "}} {
		if rest, ok := strings.CutPrefix(key, swap[0]); ok {
			out = append(out, swap[1]+rest)
		}
	}
	return out
}

// shortTail tells a name left too short by taking its version off to mean the licence:
// one short word ("w" of "w3m", "x" of "X11") or a name that ends in a letter left
// alone ("app s" of "App::s2p", which "app's licence" would say).
func shortTail(base string) bool {
	words := strings.Fields(base)
	return len(words) == 1 && len(base) < 4 || len(words[len(words)-1]) == 1
}
