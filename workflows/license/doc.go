// Package license identifies licences in texts: licence files, source files with a
// licence header, and SPDX-License-Identifier tags.
//
// It is the only package that imports licensecheck. It holds no state and does no
// I/O beyond what its caller hands it, so the engine, the command line and benchmarks
// all get the same answer for the same bytes.
package license
