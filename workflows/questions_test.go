package workflows

import (
	"slices"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// TestTypedCorrections guards that every correction button's command, typed, asks the
// same question the button does: a platform without buttons offers the same choice as
// text.
func TestTypedCorrections(t *testing.T) {
	for _, expr := range []string{"MIT", "GPL-2.0-only", "MIT OR GPL-3.0-only", "GPL-2.0-only WITH Classpath-exception-2.0"} {
		for _, use := range config.Uses {
			q, ok := license.ParseQuestion(useCommand(expr, use))
			if !ok || q.Kind != license.AskVerdict || q.Use != use || q.Expression != expr {
				t.Errorf("%q: read as kind %d %q for %q", useCommand(expr, use), q.Kind, q.Expression, q.Use)
			}
		}
	}
	for _, pair := range [][2]string{{"MIT", "GPL-2.0-only"}, {"GPL-2.0-only", "MIT"}, {"Apache-2.0", "GPL-3.0-or-later"},
		{"GPL-3.0-only", "Apache-2.0"}, {"LGPL-2.1-only", "MIT"}, {"GPL-2.0-only WITH Classpath-exception-2.0", "Apache-2.0"}} {
		for _, use := range append([]string{""}, config.Uses...) {
			cmd := readingCommand(pair[0], pair[1], use)
			q, ok := license.ParseQuestion(cmd)
			if !ok || q.Kind != license.AskCompatibility || q.Licenses[0] != pair[0] || q.Licenses[1] != pair[1] || q.Use != use {
				t.Errorf("%q: read as kind %d %q for %q", cmd, q.Kind, q.Licenses, q.Use)
			}
		}
	}
	for _, ids := range [][]string{{"GPL-2.0-or-later", "Apache-2.0"}, {"MIT", "GPL-3.0-or-later", "Apache-2.0"}, {"GPL-2.0-only WITH Classpath-exception-2.0", "MIT"}} {
		cmd := combineCommand(ids)
		q, ok := license.ParseQuestion(cmd)
		if !ok || q.Kind != license.AskCombination || !slices.Equal(q.Licenses, ids) {
			t.Errorf("%q: read as kind %d %q", cmd, q.Kind, q.Licenses)
		}
	}
}
