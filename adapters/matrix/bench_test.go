package matrix

import (
	"testing"

	"github.com/ospobot/ospobot/bot"
)

// BenchmarkRender measures rendering an approval message (HTML, plain body, reaction
// map), the work of every Send.
func BenchmarkRender(b *testing.B) {
	r := bot.Reply{
		Text: "OSPO-42: Upstream contribution — OSPO review needed (ospo, any one of the group).",
		Blocks: []bot.Block{
			bot.Fields(bot.Field{Label: "Requester", Value: "matrix:@ana:example.org"}, bot.Field{Label: "Project URL", Value: "https://github.com/acme/lib"},
				bot.Field{Label: "Project licence (SPDX)", Value: "GPL-2.0-only"}, bot.Field{Label: "What you contribute", Value: "fix a <race> & more"}),
			bot.Context("Licence category: `restricted`."),
			bot.Buttons(bot.Button{Label: "Approve", Action: "approval.approve", Value: "42", Command: "approve OSPO-42"},
				bot.Button{Label: "Reject", Action: "approval.reject", Value: "42", Command: "reject OSPO-42"},
				bot.Button{Label: "Request changes", Action: "approval.changes", Value: "42", Command: "changes OSPO-42"}),
		},
	}
	b.ReportAllocs()
	for b.Loop() {
		out := render(r, "matrix:@ana:example.org")
		if _, err := out.raw().MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}
