// Package license knows licences: it identifies them in texts (licence files, source
// headers, SPDX-License-Identifier tags), scans trees, archives, SBOMs and manifests for
// components, applies an organisation's policy to SPDX expressions for a use case, answers
// plain-words questions, and looks up compatibility in the OSADL matrix.
//
// Facts come from embedded public data made by gen/ (licence templates from the SPDX
// licence list and licenseclassifier's assets, licence categories, the OSADL matrix),
// never from memory. Identification (match.go, textscan.go, identify.go) compares a
// text's word n-grams with the templates': it finds every licence of a file with the
// lines it spans, tells variants from their base, joins exceptions with WITH, and
// reports licences the SPDX list lacks as LicenseRef-<name> for a person to review. A
// short licence (MIT, BSD, ISC) with a sentence of terms of its own added, or a clause
// rewritten, is not that licence: it is reported as modified, for a person to read.
// bench/identify scores this against other licence tools' own test data.
// Questions also read hand-kept data, each entry with the address it was read from:
// well-known projects and their licences (data/projects.json), compatibility facts the
// matrix lacks as their stewards state them (data/compat-extra.json), what each licence
// text asks (data/clauses.json) and OSPO topics (data/topics.json).
//
// A question is read as engineers write it (question.go, roles.go): which licence is
// the asker's own work's and which the code's taken in, from the words around each;
// licences named as a choice; versions, "or later" and exceptions said in words; the use
// from what is done. Everyday words are no licences unless the sentence says so. The
// corpus in testdata/questions scores this reading against public Q&A.
//
// It is the only package that may import licensecheck. It holds no state and does no I/O
// beyond reading the trees it is asked to scan, so the engine, the command line and
// benchmarks get the same answer for the same input. Nothing in a scanned tree is run.
//
// It is a leaf library: it imports nothing of the bot (neither bot nor its
// configuration), only the standard library, internal/text and its own data. The policy
// it applies is plain data (Rules), which the configuration is converted to at the edge.
package license
