package workflows

import (
	"strings"
	"testing"
)

// FuzzParseFields guards the request grammar (field=value, quoted values, curly
// quotes) and request IDs against any text a user types: no panic, and every field
// parsed has a lower-case key without spaces or "=".
func FuzzParseFields(f *testing.F) {
	for _, s := range []string{
		`project=https://github.com/a/b license=MIT what="fix a typo" size=small`,
		`what=“curly quotes” x=1`, `a="unclosed`, `=x`, `a=b a=c`, "a=\tb\n c=d", `OSPO-42`, `#7`, `ospo42.`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fields, err := parseFields(s)
		if err == nil {
			for k := range fields {
				if k == "" || k != strings.ToLower(k) || strings.ContainsAny(k, "= \t\n") {
					t.Fatalf("parseFields(%q): key %q", s, k)
				}
			}
		}
		if id, ok := ParseRequestID(s, "OSPO"); ok && id == 0 {
			t.Fatalf("ParseRequestID(%q) = 0", s)
		}
	})
}
