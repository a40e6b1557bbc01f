//go:build !race

package license

// raceEnabled: the tests run under the race detector (go test -race).
const raceEnabled = false
