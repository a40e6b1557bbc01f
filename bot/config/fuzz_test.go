package config

import (
	"os"
	"testing"
)

// FuzzParse guards configuration loading: any file is either a configuration that
// validates or an error listing problems, never a panic or a hang (YAML aliases
// included).
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("../../config.example.yaml"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("store:\n  path: x.db\nshell:\n  user: ana\n"))
	f.Add([]byte("a: &a [*a, *a]\nb: *a\n"))
	f.Add([]byte("log:\n  level: debug\n  level: info\n"))
	f.Add([]byte("schedules:\n  - name: x\n    cron: \"0 0 31 2 *\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lookup := func(string) (string, bool) { return "v", true }
		if _, err := Parse("fuzz.yaml", data, lookup); err != nil {
			_ = err.Error()
		}
	})
}
