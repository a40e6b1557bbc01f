package lictext

import (
	"strings"
	"testing"
)

func words(s string) string {
	var out []string
	Words([]byte(s), func(w []byte, start, end int) {
		if string(w) != strings.ToLower(s[start:end]) && string(w) != "license" && string(w) != "organization" {
			out = append(out, "!offsets")
		}
		out = append(out, string(w))
	})
	return strings.Join(out, " ")
}

// TestWords is the one reading of a text that templates and scanned files share: the
// same licence sentence behind any comment marker, in any case, with British or
// American spelling, gives the same words.
func TestWords(t *testing.T) {
	for in, want := range map[string]string{
		"Permission is hereby granted":                   "permission is hereby granted",
		"// Permission is\n// hereby granted":            "permission is hereby granted",
		"dnl Permission is\ndnl hereby granted":          "permission is hereby granted",
		"@REM Permission is\nREM hereby granted":         "permission is hereby granted",
		";; Permission is\n%% hereby -- granted (* x *)": "permission is hereby granted x",
		"THE LICENCE of the Organisation":                "the license of the organization",
		"remain dnl_x":                                   "remain dnl x",
		"Version 2.0, (c) Müller":                        "version 2 0 c müller",
		"a REM in the middle stays":                      "a rem in the middle stays",
	} {
		if got := words(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
