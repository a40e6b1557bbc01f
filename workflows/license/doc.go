// Package license knows licences: it identifies them in texts (licence files, source
// headers, SPDX-License-Identifier tags), scans trees, archives, SBOMs and manifests for
// components, applies an organisation's policy to SPDX expressions for a use case, answers
// plain-words questions, and looks up compatibility in the OSADL matrix.
//
// Facts come from embedded public data made by gen/ (licence categories, the OSADL
// matrix, patterns for SPDX licences licensecheck lacks), never from memory.
//
// It is the only package that imports licensecheck. It holds no state and does no I/O
// beyond reading the trees it is asked to scan, so the engine, the command line and
// benchmarks get the same answer for the same input. Nothing in a scanned tree is run.
package license
