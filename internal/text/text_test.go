package text

import "testing"

func TestAsTyped(t *testing.T) {
	for in, want := range map[string]string{
		"is MIT ok?":                                 "is MIT ok?",
		"is\u00a0MIT\u202fok?":                       "is MIT ok?",
		"can’t we use “GPL-2.0”?":                    `can't we use "GPL-2.0"?`,
		"is `MPL-2.0` ok in our app?":                "is MPL-2.0 ok in our app?",
		"GPL\u20112.0\u200b only":                    "GPL-2.0 only",
		"first line\nsecond\tline":                   "first line\nsecond line",
		"is *MIT* ok with **GPL-3.0**?":              "is MIT ok with GPL-3.0?",
		"which licence 🙏🏽 thx 👍️":                    "which licence  thx ",
		"Copyright © 2024 Ana":                       "Copyright © 2024 Ana",
		"scan src/**/LICENSE * 2":                    "scan src/**/LICENSE * 2",
		"our app is MIT — can it take in LGPL code?": "our app is MIT — can it take in LGPL code?",
	} {
		if got := AsTyped(in); got != want {
			t.Errorf("AsTyped(%q) = %q, want %q", in, got, want)
		}
	}
	plain := "nothing to change here"
	if AsTyped(plain) != plain {
		t.Errorf("plain text changed")
	}
}
