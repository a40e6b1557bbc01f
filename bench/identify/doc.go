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
//
// TestExternal (external_test.go) scores both on other licence tools' own test data,
// fetched into the module cache by `go mod download` and never copied here:
// licensecheck's testdata, licenseclassifier v1's and v2's licence texts, notices and
// scenarios, addlicense's files (its notices and SPDX tags in forty comment styles, and
// the same files bare), and the real licence files of go-license-detector's dataset:
//
//	go test -run External -v .                              # every set
//	go test -run External -v . -sets licensecheck -misses   # one set, each file missed
package identify
