package bot

import (
	"context"
	"testing"
)

// FuzzRoute guards the command grammar: any message a user types becomes exactly one
// call (or, for nothing said, none), without a panic, and what the router answers
// itself stays within the message limit it enforces.
func FuzzRoute(f *testing.F) {
	for _, s := range []string{"help", "help identify", "id MIT", "GPL-2.0+ in our firmware", "MPL?",
		"we want to fork an MPL project", "idnetify x", "SPDX-License-Identifier: MIT", "a=b c", " \t\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r, got := testRouter(t, 4096)
		err := r.HandleEvent(context.Background(), Event{Kind: MessageEvent, Text: text, User: User{ID: "shell:fuzz"}, Platform: Shell})
		if err != nil {
			t.Fatalf("HandleEvent(%q): %v", text, err)
		}
		if len(*got) > 1 {
			t.Fatalf("HandleEvent(%q) made %d calls", text, len(*got))
		}
		_ = Printable(text, 40)
		_ = Escape(text)
	})
}
