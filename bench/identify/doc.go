// Package identify compares ospobot's licence identification with licenseclassifier
// v2 (github.com/google/licenseclassifier/v2), on the same files in the same run. It is
// a module of its own, so that ospobot never depends on the classifier it is measured
// against.
//
// The files are ospobot's identification corpus (workflows/license/testdata/identify,
// every kind: licence files, source headers, tags, files without a licence). Run:
//
//	go test -run Compare -v .              # speed of both, the ratio, and their accuracy
//	go test -bench . -benchmem -run '^$' . # each as a Go benchmark (MB/s)
package identify
