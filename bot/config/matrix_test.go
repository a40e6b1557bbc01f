package config

import (
	"strings"
	"testing"
)

// TestMatrixValidate guards the matrix section: when enabled, the homeserver must be an
// http(s) address, the user a Matrix ID, and each allowed inviter a user, server or
// room; every problem is reported with its path, all at once.
func TestMatrixValidate(t *testing.T) {
	src := `
matrix:
  enabled: true
  homeserver: matrix.example.org
  user_id: ospobot
  allowed_inviters: ["@alice:example.org", "example.org", "!ops:example.org", "@bob", "#room:example.org"]
`
	_, err := Parse("c.yaml", []byte(src), env(nil))
	if err == nil {
		t.Fatal("a bad matrix section was accepted")
	}
	for _, want := range []string{"matrix.homeserver", "matrix.user_id", "matrix.allowed_inviters[3]", "matrix.allowed_inviters[4]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("no problem reported at %s:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), "allowed_inviters[0]") || strings.Contains(err.Error(), "allowed_inviters[1]") || strings.Contains(err.Error(), "allowed_inviters[2]") {
		t.Errorf("a good inviter was reported:\n%v", err)
	}
	ok := `
matrix:
  enabled: true
  homeserver: https://matrix.example.org
  user_id: "@ospobot:example.org"
  allowed_inviters: [example.org]
  device_name: OSPO bot
`
	if _, err := Parse("c.yaml", []byte(ok), env(nil)); err != nil {
		t.Errorf("a good matrix section: %v", err)
	}
}
