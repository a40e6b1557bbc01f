package config

import (
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Uses are the use cases a licence verdict is given for.
var Uses = []string{"internal", "distribute", "saas", "mobile", "modify", "static_link", "dynamic_link"}

// Verdicts are the answers a policy gives, from best to worst.
var Verdicts = []string{"allowed", "allowed_with_obligations", "needs_approval", "not_allowed"}

// Policy is the organisation's licence policy. The built-in default is a starting point
// for the organisation's counsel to review, not legal advice.
type Policy struct {
	URL               string                 `yaml:"url"`
	Categories        []Category             `yaml:"categories"`
	UnknownCategory   string                 `yaml:"unknown_category"`
	Licenses          map[string]LicenseRule `yaml:"licenses"`
	LicenseExceptions map[string]LicenseRule `yaml:"license_exceptions"`
	ProjectExceptions []ProjectException     `yaml:"project_exceptions"`
}

// Category is a group of licences with one verdict per use case.
type Category struct {
	Name        string            `yaml:"name"`
	Description string            `yaml:"description"`
	Licenses    []string          `yaml:"licenses"` // SPDX IDs or patterns (GPL-*), besides the built-in data
	Verdicts    map[string]string `yaml:"verdicts"`
	Obligations []string          `yaml:"obligations"`
}

// LicenseRule refines one licence (or, under license_exceptions, one SPDX exception).
type LicenseRule struct {
	Category    string            `yaml:"category"`
	Verdicts    map[string]string `yaml:"verdicts"`
	Obligations []string          `yaml:"obligations"`
	Note        string            `yaml:"note"`
	URL         string            `yaml:"url"` // the policy page for this licence
}

// ProjectException lets one project use licences the policy otherwise restricts.
type ProjectException struct {
	Project  string   `yaml:"project"` // name or pattern
	Licenses []string `yaml:"licenses"`
	Uses     []string `yaml:"uses"` // empty: every use
	Reason   string   `yaml:"reason"`
}

// WebAddress reports whether s is an http or https address with a host: a policy link,
// a request's URL field.
func WebAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

func (p Policy) validate(ps *Problems) {
	if p.URL != "" && !WebAddress(p.URL) {
		ps.add("policy.url", 0, "must be the web address of your licence policy (https://…), not %q", p.URL)
	}
	names := map[string]bool{}
	for i, c := range p.Categories {
		at := "policy.categories[" + strconv.Itoa(i) + "]"
		if c.Name == "" {
			ps.add(at+".name", 0, "must be set")
		}
		if names[c.Name] {
			ps.add(at+".name", 0, "category %q is defined twice", c.Name)
		}
		names[c.Name] = true
		validVerdicts(ps, at+".verdicts", c.Verdicts, true)
		for j, l := range c.Licenses {
			if _, err := path.Match(l, "x"); err != nil {
				ps.add(at+".licenses["+strconv.Itoa(j)+"]", 0, "bad pattern %q", l)
			} else {
				checkLicenseID(ps, at+".licenses["+strconv.Itoa(j)+"]", l, false)
			}
		}
	}
	if !names[p.UnknownCategory] {
		ps.add("policy.unknown_category", 0, "unknown category %q", p.UnknownCategory)
	}
	for id, r := range p.Licenses {
		checkLicenseID(ps, "policy.licenses."+id, id, false)
		if r.URL != "" && !WebAddress(r.URL) {
			ps.add("policy.licenses."+id+".url", 0, "must be a web address (https://…), not %q", r.URL)
		}
		if r.Category != "" && !names[r.Category] {
			ps.add("policy.licenses."+id+".category", 0, "unknown category %q", r.Category)
		}
		validVerdicts(ps, "policy.licenses."+id+".verdicts", r.Verdicts, false)
	}
	for id, r := range p.LicenseExceptions {
		checkLicenseID(ps, "policy.license_exceptions."+id, id, true)
		validVerdicts(ps, "policy.license_exceptions."+id+".verdicts", r.Verdicts, false)
	}
	for i, e := range p.ProjectExceptions {
		at := "policy.project_exceptions[" + strconv.Itoa(i) + "]"
		if e.Project == "" || len(e.Licenses) == 0 {
			ps.add(at, 0, "needs a project and at least one licence")
		}
		for j, l := range e.Licenses {
			checkLicenseID(ps, at+".licenses["+strconv.Itoa(j)+"]", l, false)
		}
		for _, u := range e.Uses {
			if !slices.Contains(Uses, u) {
				ps.add(at+".uses", 0, "unknown use %q (known: %s)", u, strings.Join(Uses, ", "))
			}
		}
	}
}

func validVerdicts(ps *Problems, at string, v map[string]string, complete bool) {
	for use, verdict := range v {
		if !slices.Contains(Uses, use) {
			ps.add(at+"."+use, 0, "unknown use (known: %s)", strings.Join(Uses, ", "))
		}
		if !slices.Contains(Verdicts, verdict) {
			ps.add(at+"."+use, 0, "unknown verdict %q (known: %s)", verdict, strings.Join(Verdicts, ", "))
		}
	}
	if complete {
		for _, u := range Uses {
			if _, ok := v[u]; !ok {
				ps.add(at, 0, "no verdict for %s", u)
			}
		}
	}
}

func all(v string) map[string]string {
	m := map[string]string{}
	for _, u := range Uses {
		m[u] = v
	}
	return m
}

func with(base map[string]string, kv ...string) map[string]string {
	m := map[string]string{}
	for k, v := range base {
		m[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

// DefaultPolicy is the built-in policy: the category names large OSPOs use, with the
// membership of Google's licenseclassifier (embedded data) plus the licences listed here,
// and verdicts that a counsel is expected to review.
func DefaultPolicy() Policy {
	const (
		ok   = "allowed"
		obl  = "allowed_with_obligations"
		ask  = "needs_approval"
		stop = "not_allowed"
	)
	return Policy{
		UnknownCategory: "unknown",
		Categories: []Category{
			{Name: "forbidden", Description: "licences the organisation does not use: network copyleft and non-open-source terms",
				Licenses:    []string{"AGPL-*", "SSPL-1.0", "BUSL-1.1", "Elastic-2.0", "LicenseRef-Commons-Clause", "CommonsClause", "JSON", "CC-BY-NC-*", "PolyForm-*", "Prosperity-3.0.0", "WTFPL"},
				Verdicts:    with(all(stop), "internal", ask),
				Obligations: []string{"Do not use without an approved exception."}},
			{Name: "restricted", Description: "strong copyleft: using the code can oblige you to release your own under the same licence",
				Verdicts:    map[string]string{"internal": ok, "saas": obl, "modify": obl, "distribute": ask, "mobile": stop, "static_link": stop, "dynamic_link": ask},
				Obligations: []string{"Keep copyright and licence notices.", "When you distribute, offer the complete corresponding source of the whole work under the same licence."}},
			{Name: "reciprocal", Description: "weak copyleft: changes to the licensed files or library must be shared, your own code keeps its terms",
				Verdicts:    with(all(obl), "internal", ok),
				Obligations: []string{"Keep copyright and licence notices.", "When you distribute, offer the source of the licensed files, including your changes to them."}},
			{Name: "notice", Description: "permissive licences that require notices",
				Verdicts:    with(all(obl), "internal", ok),
				Obligations: []string{"Keep the copyright and licence notices, and ship them with binaries (e.g. in an about box or a NOTICES file)."}},
			{Name: "permissive", Description: "permissive licences with minimal conditions",
				Verdicts:    with(all(obl), "internal", ok),
				Obligations: []string{"Keep the copyright and licence notices."}},
			{Name: "unencumbered", Description: "public-domain-like: no conditions",
				Verdicts: all(ok)},
			{Name: "by_exception_only", Description: "licences that need a case-by-case decision",
				Verdicts: all(ask)},
			{Name: "unknown", Description: "licences the policy does not classify",
				Verdicts:    all(ask),
				Obligations: []string{"Ask the OSPO to classify the licence."}},
		},
		Licenses: map[string]LicenseRule{
			"Apache-2.0": {Obligations: []string{"Ship the NOTICE file if there is one.", "State in modified files that you changed them.", "The patent licence ends for anyone who sues over patents in the work."}},
			"LGPL-*": {Category: "reciprocal", Verdicts: map[string]string{"distribute": obl, "dynamic_link": obl, "static_link": ask, "mobile": ask},
				Obligations: []string{"Link dynamically so that users can replace the library, or provide object files for relinking.", "Your terms must allow users to modify the combined work for their own use and to reverse-engineer it to debug such changes."}},
			"MPL-2.0":      {Obligations: []string{"Tell those who receive binaries how to get the source of the MPL-licensed files."}},
			"GPL-3.0-*":    {Obligations: []string{"Provide installation information for user products (the anti-tivoisation clause)."}},
			"AGPL-*":       {Obligations: []string{"Users who interact with a modified version over a network must be offered its source."}},
			"BSD-4-Clause": {Obligations: []string{"Advertising materials must carry the acknowledgement the licence names."}},
			// The source-available licences restrict offering the software itself as a
			// service, not running it behind one's own product: a case for approval, not a
			// flat no, when the use is a service.
			"Elastic-2.0": {Verdicts: map[string]string{"saas": ask},
				Note: "the Elastic License 2.0 forbids offering the software to others as a managed service and working around its licence keys; using it inside your own service is allowed"},
			"SSPL-1.0": {Verdicts: map[string]string{"saas": ask},
				Note: "the SSPL asks for the source of the whole service stack only when you offer the software's own functionality as a service to others"},
			// SQLite's blessing is a public-domain dedication with a wish, not a licence
			// with conditions.
			"blessing": {Category: "unencumbered"},
		},
		LicenseExceptions: map[string]LicenseRule{
			"Classpath-exception-2.0": {Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl, "mobile": ask},
				Obligations: []string{"Keep copyright and licence notices.", "When you distribute the library itself (changed or not), offer its source under its licence; your own code linked to it stays under your terms."},
				Note:        "the Classpath exception lets you link the library into a program under other terms"},
			"LLVM-exception": {Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl},
				Obligations: []string{"Keep the copyright and licence notices with source; object code compiled from the library needs no attribution."}},
			// The GCC linking exception of libgit2 and the old libgcc: linking the library,
			// statically too, leaves the program under its own terms.
			"GCC-exception-2.0": {Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl, "mobile": obl},
				Obligations: []string{"Keep the copyright and licence notices.", "Changes to the library itself stay under its licence: offer their source when you distribute them; your program linked to it keeps its own terms."},
				Note:        "the linking exception lets the library be linked, statically too, into a program under any terms"},
			// The kernel's note: programs that only use the kernel through system calls are
			// not derived works of it.
			"Linux-syscall-note": {Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl, "mobile": obl},
				Obligations: []string{"A program that only uses the kernel through system calls and its user-space headers keeps its own licence; the GPL covers the kernel, its modules and drivers, and its source must be offered when you distribute the kernel itself."},
				Note:        "the syscall note keeps the kernel's GPL off user-space programs"},
			"GCC-exception-3.1": {Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl, "mobile": obl},
				Obligations: []string{"Compile with an eligible (GPL-compatible) compilation process; your program may then carry its own terms."},
				Note:        "the GCC runtime exception covers code compiled with GCC that links its runtime"},
		},
	}
}
