package license

import (
	"slices"
	"strings"
	"testing"
)

// TestCompatibleIntoChoice: code going into a work under a choice of licences ("MIT OR
// Apache-2.0", or the licences a project may move to) is answered option by option: it
// may go in when it fits one, and the work then goes out under those it fits.
func TestCompatibleIntoChoice(t *testing.T) {
	for _, c := range []struct {
		in, out, answer string
		says            []string
	}{
		{"MIT", "MIT OR Apache-2.0", "Yes", []string{"any of its licences", "under MIT: same", "under Apache-2.0: yes"}},
		{"GPL-3.0-only", "MIT OR Apache-2.0", "No", []string{"may not go into the work under MIT or Apache-2.0", "under MIT: no"}},
		{"Apache-2.0", "GPL-2.0-only OR GPL-3.0-only", "Yes", []string{"under GPL-3.0-only, not under GPL-2.0-only", "can only go out under GPL-3.0-only"}},
		{"LGPL-3.0-only", "MIT OR BSD-3-Clause", "Check dependency", []string{"dynamic linking", "That holds under MIT and BSD-3-Clause alike."}},
	} {
		got := CompatibleFor(c.in, c.out, "")
		if got.Answer != c.answer || got.Inbound != c.in || got.Outbound != c.out || len(got.Parts) != len(strings.Split(c.out, " OR ")) {
			t.Errorf("%s into %s: %+v, want answer %q", c.in, c.out, got, c.answer)
		}
		for _, s := range c.says {
			if !strings.Contains(got.Reason, s) {
				t.Errorf("%s into %s: reason %q does not say %q", c.in, c.out, got.Reason, s)
			}
		}
	}
	// A use said is asked of each option.
	if got := CompatibleFor("LGPL-3.0-only", "MIT OR BSD-3-Clause", "dynamic_link"); got.Answer != "Yes" {
		t.Errorf("LGPL-3.0-only linked dynamically into MIT OR BSD-3-Clause: %+v", got)
	}
	// An expression that is no plain choice is not split.
	for _, e := range []string{"MIT", "MIT AND Apache-2.0", "(MIT OR Apache-2.0) AND BSD-3-Clause"} {
		if opts := choiceOf(e); opts != nil {
			t.Errorf("choiceOf(%q) = %q, want none", e, opts)
		}
	}
}

// TestMoveFromTo: a move of a project's licence asked about goes from the licence it
// has to the one it is to take, or one of those offered; a move reported is not read so.
func TestMoveFromTo(t *testing.T) {
	moves := map[string][]string{
		"could webtrees relicense from gpl to mit or apache?":                         {"GPL-3.0-only", "MIT OR Apache-2.0"},
		"can we relicense our project from GPL-3.0 to MIT or Apache-2.0?":             {"GPL-3.0-only", "MIT OR Apache-2.0"},
		"we want to move our library from LGPL-2.1 to MIT or BSD. what does it take?": {"LGPL-2.1-only", "MIT OR BSD-3-Clause"},
		"should we switch the project from MPL-2.0 to Apache-2.0?":                    {"MPL-2.0", "Apache-2.0"},
	}
	wantCompatibility(t, moves)
	for text, want := range moves {
		if q, _ := ParseQuestion(text); q.Work != want[1] || !q.Relicenses {
			t.Errorf("%q: work %q, moving a project %v; want the work under %q, moving", text, q.Work, q.Relicenses, want[1])
		}
	}
	q, _ := ParseQuestion("blackjack just moved from mit to mpl 2.0. what does mpl actually require from a game studio?")
	if q.Kind == AskCompatibility {
		t.Errorf("a move reported, then a question of what the new licence asks: read as compatibility %q", q.Licenses)
	}
}

// TestCombinationTakenAsLaterVersion: an "or later" licence that can hold the whole only
// through a later version (Apache-2.0 or LGPL-3.0-only code in a GPL-2.0-or-later work)
// says which version the whole is taken as, and for whose code; one that holds it as
// said does not.
func TestCombinationTakenAsLaterVersion(t *testing.T) {
	for _, c := range []struct {
		ids     []string
		takenAs string
		needs   []string
	}{
		{[]string{"GPL-2.0-or-later", "Apache-2.0"}, "GPL-3.0-or-later", []string{"Apache-2.0"}},
		{[]string{"GPL-2.0-or-later", "LGPL-3.0-only", "MIT"}, "GPL-3.0-or-later", []string{"LGPL-3.0-only"}},
		{[]string{"GPL-2.0-or-later", "MIT"}, "", nil},
	} {
		u := Combine(c.ids).Under[0]
		if u.License != c.ids[0] || u.Answer != "Yes" || u.TakenAs != c.takenAs || !slices.Equal(u.Needs, c.needs) {
			t.Errorf("%q under %s: answer %q, taken as %q for %q; want yes, taken as %q for %q", c.ids, u.License, u.Answer, u.TakenAs, u.Needs, c.takenAs, c.needs)
		}
	}
}
