package lictext

// Replacement gives, for each SPDX licence ID the SPDX list has deprecated, the
// expression that says the same thing in current IDs. A full GNU licence text cannot
// tell "only" from "or later", so the bare GNU IDs read as -only (the text's own
// version), while the old "-with-…-exception" IDs, which named the exception the GNU
// projects ship with their or-later notices, read as -or-later WITH the exception.
var Replacement = map[string]string{
	"AGPL-1.0": "AGPL-1.0-only", "AGPL-3.0": "AGPL-3.0-only",
	"GFDL-1.1": "GFDL-1.1-only", "GFDL-1.2": "GFDL-1.2-only", "GFDL-1.3": "GFDL-1.3-only",
	"GPL-1.0": "GPL-1.0-only", "GPL-2.0": "GPL-2.0-only", "GPL-3.0": "GPL-3.0-only",
	"LGPL-2.0": "LGPL-2.0-only", "LGPL-2.1": "LGPL-2.1-only", "LGPL-3.0": "LGPL-3.0-only",
	"GPL-1.0+": "GPL-1.0-or-later", "GPL-2.0+": "GPL-2.0-or-later", "GPL-3.0+": "GPL-3.0-or-later",
	"LGPL-2.0+": "LGPL-2.0-or-later", "LGPL-2.1+": "LGPL-2.1-or-later", "LGPL-3.0+": "LGPL-3.0-or-later",
	"AGPL-3.0+": "AGPL-3.0-or-later", "GFDL-1.1+": "GFDL-1.1-or-later", "GFDL-1.2+": "GFDL-1.2-or-later",
	"GFDL-1.3+":                        "GFDL-1.3-or-later",
	"GPL-2.0-with-GCC-exception":       "GPL-2.0-or-later WITH GCC-exception-2.0",
	"GPL-2.0-with-autoconf-exception":  "GPL-2.0-or-later WITH Autoconf-exception-2.0",
	"GPL-2.0-with-bison-exception":     "GPL-2.0-or-later WITH Bison-exception-2.2",
	"GPL-2.0-with-classpath-exception": "GPL-2.0-or-later WITH Classpath-exception-2.0",
	"GPL-2.0-with-font-exception":      "GPL-2.0-or-later WITH Font-exception-2.0",
	"GPL-3.0-with-GCC-exception":       "GPL-3.0-or-later WITH GCC-exception-3.1",
	"GPL-3.0-with-autoconf-exception":  "GPL-3.0-or-later WITH Autoconf-exception-3.0",
	"BSD-2-Clause-FreeBSD":             "BSD-2-Clause-Views",
	"BSD-2-Clause-NetBSD":              "BSD-2-Clause",
	"Nunit":                            "zlib-acknowledgement",
	"StandardML-NJ":                    "SMLNJ",
	"bzip2-1.0.5":                      "bzip2-1.0.6",
	"eCos-2.0":                         "GPL-2.0-or-later WITH eCos-exception-2.0",
	"wxWindows":                        "LGPL-2.0-or-later WITH WxWindows-exception-3.1",
}
