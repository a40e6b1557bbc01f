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
	const obl = "allowed_with_obligations"
	// linking and output are the rules of exceptions that let a program linked to the
	// library, or what a tool generates or a compiler embeds, go out under terms of the
	// distributor's choice: every use but internal is allowed with what the exception
	// still asks.
	linking := func(obligation, note string) LicenseRule {
		return LicenseRule{Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl, "mobile": obl},
			Obligations: []string{"Keep the copyright and licence notices.", obligation}, Note: note}
	}
	output := func(obligation, note string) LicenseRule {
		return LicenseRule{Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl, "mobile": obl},
			Obligations: []string{obligation}, Note: note}
	}
	qtLGPL := LicenseRule{Note: "the Qt LGPL exception lets object code that takes material from the library's unmodified headers (numerical parameters, data layouts, accessors, macros, inline functions, templates) go out under your terms, as long as you meet section 6 of the LGPL 2.1; the library itself keeps the LGPL's terms"}
	openSSL := LicenseRule{Note: "the OpenSSL exception lets the program be linked with OpenSSL and the combination passed on; the GPL still covers all its other code"}
	const (
		ok   = "allowed"
		ask  = "needs_approval"
		stop = "not_allowed"
	)
	return Policy{
		UnknownCategory: "unknown",
		Categories: []Category{
			{Name: "forbidden", Description: "licences the organisation does not use: network copyleft and non-open-source terms",
				Licenses:    []string{"AGPL-*", "SSPL-1.0", "BUSL-1.1", "Elastic-2.0", "LicenseRef-Commons-Clause", "CommonsClause", "JSON", "CC-BY-NC-*", "PolyForm-*", "Prosperity-3.0.0", "WTFPL", "LicenseRef-RSALv2"},
				Verdicts:    with(all(stop), "internal", ask),
				Obligations: []string{"Do not use without an approved exception."}},
			{Name: "restricted", Description: "strong copyleft: using the code can oblige you to release your own under the same licence",
				Verdicts:    map[string]string{"internal": ok, "saas": obl, "modify": obl, "distribute": ask, "mobile": ask, "static_link": stop, "dynamic_link": ask},
				Obligations: []string{"Keep copyright and licence notices.", "When you distribute, offer the complete corresponding source of the whole work under the same licence."}},
			// The Creative Commons ShareAlike licences are copyleft for content: the public
			// data classes them "restricted", whose obligations are software's (offer the
			// complete source). They keep that category's verdicts, since code built on such
			// material is an adapted version as a GPL work is, with what their texts ask.
			// The GNU Free Documentation License and the share-alike data licences (the
			// ODbL, CDLA-Sharing) sit here too: the public data classifies none of them.
			{Name: "share_alike", Description: "copyleft for content and data (Creative Commons ShareAlike, the GFDL, the ODbL, CDLA-Sharing): adapted versions you share must carry the same licence",
				Licenses:    []string{"CC-BY-SA-*", "GFDL-*", "ODbL-1.0", "CDLA-Sharing-1.0"},
				Verdicts:    map[string]string{"internal": ok, "saas": obl, "modify": obl, "distribute": ask, "mobile": ask, "static_link": stop, "dynamic_link": ask},
				Obligations: []string{"Credit the author and the source, link the licence and say whether you changed the work.", "Adapted versions you share (a changed image or text, a remix, a translation, code built on it) must carry the same licence; material only put beside it keeps its own."}},
			{Name: "reciprocal", Description: "weak copyleft: changes to the licensed files or library must be shared, your own code keeps its terms",
				Verdicts:    with(all(obl), "internal", ok),
				Obligations: []string{"Keep copyright and licence notices.", "When you distribute, offer the source of the licensed files, including your changes to them."}},
			{Name: "notice", Description: "permissive licences that require notices",
				Licenses:    []string{"ODC-By-1.0", "CDLA-Permissive-*"},
				Verdicts:    with(all(obl), "internal", ok),
				Obligations: []string{"Keep the copyright and licence notices, and ship them with binaries (e.g. in an about box or a NOTICES file)."}},
			{Name: "permissive", Description: "permissive licences with minimal conditions",
				Verdicts:    with(all(obl), "internal", ok),
				Obligations: []string{"Keep the copyright and licence notices."}},
			{Name: "unencumbered", Description: "public-domain-like: no conditions",
				Licenses: []string{"PDDL-1.0", "MIT-0"},
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
			"GFDL-*":    {Obligations: []string{"Include the GFDL's own text with every copy (a link is not enough) and keep any invariant sections and cover texts as they are (section 2).", "Handing out more than 100 copies, also offer a transparent copy: one in an open, editable format (section 3)."}},
			"ODbL-1.0":  {Obligations: []string{"A produced work (a rendered map, a chart) used publicly needs a notice that it holds data from the database, under the ODbL (section 4.3).", "A derivative database you convey or use publicly stays under the ODbL, and you offer it whole or as the changes to the original (sections 4.4 and 4.6)."}},
			"MPL-2.0":   {Obligations: []string{"Tell those who receive binaries how to get the source of the MPL-licensed files."}},
			"GPL-3.0-*": {Obligations: []string{"Provide installation information for user products (the anti-tivoisation clause)."}},
			// The AGPL's network clause reaches a version someone changed, or linked into
			// their own program, that users reach over a network: whether a hosted use is
			// that, or an unchanged server beside one's own code, is a case for approval,
			// as it is for the source-available licences below.
			"AGPL-*": {Verdicts: map[string]string{"saas": ask}, Obligations: []string{"Users who interact with a modified version over a network must be offered its source."},
				Note: "the AGPL asks for source when users reach a modified version over a network; code linked with it is part of that version, a program that only talks to an unchanged copy over its API is not"},
			"BSD-4-Clause": {Obligations: []string{"Advertising materials must carry the acknowledgement the licence names."}},
			// The source-available licences restrict offering the software itself as a
			// service, not running it behind one's own product: a case for approval, not a
			// flat no, when the use is a service.
			"Elastic-2.0": {Verdicts: map[string]string{"saas": ask},
				Note: "the Elastic License 2.0 forbids offering the software to others as a managed service and working around its licence keys; using it inside your own service is allowed"},
			"SSPL-1.0": {Verdicts: map[string]string{"saas": ask},
				Note: "the SSPL asks for the source of the whole service stack only when you offer the software's own functionality as a service to others"},
			// The Creative Commons NoDerivatives licences (the non-commercial ones are
			// forbidden above) let anyone share the work unchanged, with credit, but no
			// adapted version of it. The public data classes them "restricted", whose rules
			// and obligations are a copyleft licence's (offer the source); they are a case
			// for approval instead, as free-software distributions reject them, used in
			// house freely, and never changed.
			"CC-BY-ND-*": {Category: "by_exception_only", Verdicts: map[string]string{"internal": ok, "modify": stop},
				Obligations: []string{"Credit the author and keep the licence notice.", "Share it only unchanged: the NoDerivatives condition lets you adapt it for yourself, but not give the adapted version to anyone."},
				Note:        "the NoDerivatives licences allow copies of the work as it is, with credit, but no shared adaptation (a translation, a remix, a changed version)"},
			// The Creative Commons NonCommercial licences: the copyright holders may grant
			// what the licence withholds, so a commercial use is theirs to license.
			"CC-BY-NC-*": {Note: "the NonCommercial licences forbid uses mainly meant for commercial advantage or payment; the copyright holders can grant a separate licence for such a use, so ask them"},
			// SQLite's blessing is a public-domain dedication with a wish, not a licence
			// with conditions.
			"blessing": {Category: "unencumbered"},
		},
		LicenseExceptions: map[string]LicenseRule{
			"Classpath-exception-2.0": {Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl, "mobile": ask},
				Obligations: []string{"Keep copyright and licence notices.", "When you distribute the library itself (changed or not), offer its source under its licence; your own code linked to it stays under your terms."},
				Note:        "the Classpath exception lets you link the library into a program under other terms"},
			"LLVM-exception": {Verdicts: map[string]string{"distribute": obl, "static_link": obl, "dynamic_link": obl},
				Obligations: []string{"Keep the copyright and licence notices with source; object code compiled from the library needs no attribution."},
				Note:        "the LLVM exception lets the parts of the library a compiler puts into your object code go out without Apache-2.0's notice conditions, and lets a combination with GPLv2 code set aside any section a court finds in conflict with the GPLv2"},
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
			// Exceptions that let a program linked to the library keep its own terms, each
			// read from its text on the SPDX licence list (docs/policy.md lists them).
			"freertos-exception-2.0": linking("Use the kernel only through its API, ship a statement of the FreeRTOS version with a source offer for it, and do not build a competing RTOS from it.",
				"the FreeRTOS exception lets application code that uses FreeRTOS only through its API keep its own licence"),
			"eCos-exception-2.0": linking("Offer the source of the eCos files themselves (changed or not) when you distribute them.",
				"the eCos exception keeps the GPL off an executable that links eCos"),
			"WxWindows-exception-3.1": linking("Changes to the library itself stay under its licence; binaries built with it may go out under your own terms.",
				"the wxWindows exception lets binaries built with the library go out under terms of your choice"),
			"OCaml-LGPL-linking-exception": linking("Changes to the library itself stay under the LGPL; an executable linked to it, statically too, needs no relinking offer.",
				"the OCaml linking exception lets an executable linked to the library, statically too, go out under its own terms"),
			"LGPL-3.0-linking-exception": linking("The LGPL's other terms still apply to the library itself (notices, its source, changes to it); only the relinking conditions are waived.",
				"the LGPL-3.0 linking exception waives the relinking conditions, so static linking needs no object files for relinking"),
			"Qwt-exception-1.0": linking("Changes to Qwt stay under the LGPL, and your program must say that it uses Qwt.",
				"the Qwt exception allows static linking and other terms for programs that use the library"),
			"GNAT-exception":         linking("Keep the library's notices; the exception does not cover code that is GPL for another reason.", "the GNAT exception keeps the GPL off an executable that links the runtime units"),
			"GNU-compiler-exception": linking("Keep the library's notices; it applies when the files are linked with code compiled by GCC.", "the GNU compiler exception keeps the GPL off an executable that links these files"),
			"mif-exception":          linking("Keep the library's notices; it covers the macros and inline functions of its headers.", "the macros and inline functions exception keeps the GPL off code that uses the library's headers"),
			"SANE-exception":         linking("Keep the backend's notices; the exception does not cover code that is GPL for another reason.", "the SANE exception keeps the GPL off a program that links a backend"),
			"harbour-exception":      linking("Keep the notices of the Harbour code; changes to it stay under its licence.", "the Harbour exception keeps the GPL off programs that link the Harbour libraries"),
			"polyparse-exception":    linking("Use the library unchanged and keep its notices.", "the polyparse exception lets the unmodified library be linked statically into a program under any terms"),
			"OCCT-exception-1.0":     linking("Credit Open CASCADE Technology prominently in your documentation.", "the Open CASCADE exception lets a program use the library's headers and link it under its own terms"),
			"Independent-modules-exception": linking("Each independent module keeps its own licence terms, which you must meet.",
				"the independent modules exception keeps the GPL off independent modules linked with the library"),
			"Fawkes-Runtime-exception": linking("Each independent module keeps its own licence terms, which you must meet.",
				"the Fawkes runtime exception keeps the GPL off independent modules linked with the runtime"),
			"Simple-Library-Usage-exception": linking("Say prominently that the library is used, and show its copyright notice where your work shows notices.",
				"the simple library usage exception lets a work that only uses the library keep its own terms"),
			"FLTK-exception": linking("Say in the program's documentation that it uses FLTK; changes to FLTK itself stay under the LGPL, with their source.",
				"the FLTK exception allows static linking with no relinking offer and no source for your program, and keeps widgets subclassed from FLTK's out of the LGPL"),
			"u-boot-exception-2.0": {Verdicts: map[string]string{"distribute": obl, "dynamic_link": obl},
				Obligations: []string{"Use U-Boot only through its jump table and unmodified exported headers; U-Boot itself, and changes to it, stay GPL."},
				Note:        "the U-Boot exception keeps the GPL off standalone applications that use U-Boot only through its jump table"},
			// Exceptions that free what a tool puts into its output or a compiler embeds.
			"Bootloader-exception": output("Changes to the bootloader itself stay under the GPL.", "the bootloader exception lets the compiled bootloader ship inside your program under your terms"),
			"Font-exception-2.0":   output("A document that embeds the font is not covered; the font itself, and changes to it, stay under its licence.", "the font exception keeps the GPL off documents and programs that embed the font"),
			"Autoconf-exception-2.0": output("The configure script may go out under your terms; Autoconf itself stays GPL.",
				"the Autoconf exception lets the configure scripts it generates go out under any terms"),
			"Autoconf-exception-3.0": output("The configure script may go out under your terms; Autoconf itself stays GPL.",
				"the Autoconf exception lets the configure scripts it generates go out under any terms"),
			"Autoconf-exception-generic": output("The file may go out with a program that has an Autoconf-generated configure script, under that program's terms.",
				"the Autoconf generic exception lets the file go out with such a program under its terms"),
			"Autoconf-exception-generic-3.0": output("The file may go out with a program that has an Autoconf-generated configure script, under that program's terms.",
				"the Autoconf generic exception lets the file go out with such a program under its terms"),
			"Bison-exception-2.2": output("The generated parser may go out under your terms, unless your work is itself a parser generator.",
				"the Bison exception lets the parsers Bison generates go out under any terms"),
			"Bison-exception-1.24": output("The generated parser may go out under your terms.", "the Bison exception lets the parsers Bison generates go out under any terms"),
			"Libtool-exception":    output("The file may go out with a program built with GNU Libtool, under that program's terms.", "the Libtool exception lets ltmain.sh go out with programs built with Libtool under their terms"),
			"Texinfo-exception":    output("The typeset output may go out under your terms.", "the Texinfo exception keeps the GPL off the output of TeX processing a Texinfo document"),
			"KiCad-libraries-exception": output("Designs and files made with the libraries need neither attribution nor share-alike; the libraries themselves stay under their licence.",
				"the KiCad libraries exception keeps attribution and share-alike off designs made with the libraries"),
			"Swift-exception": output("Code the compiler embeds in your binary needs no attribution; the Swift sources themselves keep their notices.",
				"the Swift runtime exception waives attribution for the parts of Swift embedded in compiled programs"),
			"fmt-exception": output("Code the compiler embeds in your binary needs no attribution; the library's sources keep their notices.",
				"the fmt exception waives attribution for the parts of the library embedded in compiled object code"),
			// Exceptions that let the licensed program itself be combined with something
			// named, or free less than a linked program: the licence's verdict stands, and
			// the note says what the exception does allow (each read from its SPDX text).
			"Qt-LGPL-exception-1.1":            qtLGPL,
			"Digia-Qt-LGPL-exception-1.1":      qtLGPL,
			"Universal-FOSS-exception-1.0":     {Note: "the Universal FOSS exception lets the software be linked and shipped with other software under an OSI-approved or FSF-free licence, that software keeping its own licence; it grants nothing for software under other terms"},
			"GPL-3.0-linking-exception":        {Note: "the linking exception lets the program be combined with the library it names, under that library's own licence, and the result passed on; everything else in it stays under the GPL"},
			"GPL-3.0-linking-source-exception": {Note: "the linking exception lets the program be combined with the library it names, under that library's own licence, and the result passed on, its source including the parts of that library used; everything else in it stays under the GPL"},
			"cryptsetup-OpenSSL-exception":     openSSL,
			"kvirc-openssl-exception":          openSSL,
			"openvpn-openssl-exception":        openSSL,
			"sqlitestudio-OpenSSL-exception":   openSSL,
			"vsftpd-openssl-exception":         openSSL,
			"x11vnc-openssl-exception":         openSSL,
			"Qt-GPL-exception-1.0": output("What the Qt tools generate (moc, uic output) may go out under your terms, unless your work itself generates such output.",
				"the Qt GPL exception keeps the GPL off the output of Qt's tools"),
		},
	}
}
