package workflows

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
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

// FuzzAuditJSON guards the audit chain's hashes: an audit record is encoded for sealing
// by appendAuditJSON, and verified by hashing what json.Marshal makes of the record read
// back, so the two must give the same bytes for any text (quotes, HTML, control
// characters, invalid UTF-8, line separators), any time and any version.
func FuzzAuditJSON(f *testing.F) {
	for _, s := range []string{
		"shell:ana", `"quoted" \back\slash`, "<b>&amp;</b>", "tab\there\nnew\rline\b\f\x00\x1f\x7f", "\xff\xfe bad \xc3",
		"line\u2028para\u2029", "é ü 日本 🎉", "",
	} {
		f.Add(s, s, uint64(7), 2, int64(1767225600123456789))
	}
	f.Add("", "", uint64(0), 0, int64(0))
	f.Add("a", "b", ^uint64(0), -1, int64(-62135596800000000000/10))
	f.Fuzz(func(t *testing.T, a, b string, seq uint64, v int, nanos int64) {
		r := AuditRecord{Seq: seq, V: v, Time: time.Unix(0, nanos).UTC(), Actor: a, OnBehalf: b, Platform: a, Event: b,
			Action: a + b, Request: b, Detail: a, State: b, Prev: a, Hash: b}
		want, err := json.Marshal(r)
		got, ok := appendAuditJSON(nil, &r)
		if !ok {
			if y := r.Time.Year(); y >= 0 && y <= 9999 {
				t.Fatalf("left a time of year %d to json.Marshal", y)
			}
			return
		}
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("appendAuditJSON:\n%s\njson.Marshal (%v):\n%s", got, err, want)
		}
	})
}
