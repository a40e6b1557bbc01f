package slack

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/ospobot/ospobot/bot"
)

// TestBlockRoundTrip renders replies of every block kind to Block Kit JSON and decodes
// the JSON back with slack-go's own types. A comparison of our structs with themselves
// could not catch a field Slack does not know or a block type it would reject; decoding
// with the platform's types does, so such a mistake fails here and not in front of a
// user. It also checks Slack's limits on what comes back.
func TestBlockRoundTrip(t *testing.T) {
	many := make([]bot.Field, 23)
	for i := range many {
		many[i] = bot.Field{Label: "Licence", Value: strings.Repeat("MIT ", 600)}
	}
	buttons := make([]bot.Button, 30)
	for i := range buttons {
		buttons[i] = bot.Button{Label: strings.Repeat("Approve ", 20), Action: "approval.approve", Value: "1/0", Style: bot.Primary, Command: "approve OSPO-1"}
	}
	replies := map[string]bot.Reply{
		"text only":  bot.Text("Identified in `LICENSE`: `MIT`."),
		"every kind": {Text: "OSPO-1 waits", Blocks: []bot.Block{bot.Section("a section"), bot.Fields(bot.Field{Label: "Kind", Value: "CLA"}), bot.Context("source: SPDX"), bot.Buttons(bot.Button{Label: "Reject", Action: "approval.reject", Value: "1/0", Style: bot.Danger})}},
		"long text":  {Text: strings.Repeat("All rights reserved. ", 700)},
		"many":       {Text: "fields and buttons", Blocks: []bot.Block{bot.Fields(many...), bot.Buttons(buttons...)}},
	}
	for name, r := range replies {
		t.Run(name, func(t *testing.T) {
			rr := renderReply(r)
			first, _ := page(rr.blocks, maxMessageBlocks, "k")
			data, err := json.Marshal(slack.Blocks{BlockSet: first})
			if err != nil {
				t.Fatal(err)
			}
			var back slack.Blocks
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatalf("slack-go cannot decode our blocks: %v\n%s", err, data)
			}
			if len(back.BlockSet) != len(first) || len(back.BlockSet) > maxMessageBlocks {
				t.Fatalf("%d blocks back of %d", len(back.BlockSet), len(first))
			}
			again, _ := json.Marshal(back)
			if string(again) != string(data) {
				t.Errorf("not stable through slack-go's types:\nours %s\nback %s", data, again)
			}
			ids := map[string]bool{}
			for _, b := range back.BlockSet {
				switch b := b.(type) {
				case *slack.SectionBlock:
					if b.Text != nil && utf8.RuneCountInString(b.Text.Text) > maxSectionText {
						t.Errorf("section of %d characters", utf8.RuneCountInString(b.Text.Text))
					}
					if len(b.Fields) > maxFields {
						t.Errorf("%d fields in a section", len(b.Fields))
					}
					for _, f := range b.Fields {
						if utf8.RuneCountInString(f.Text) > maxFieldText {
							t.Errorf("field of %d characters", utf8.RuneCountInString(f.Text))
						}
					}
				case *slack.ActionBlock:
					if len(b.Elements.ElementSet) > maxActions {
						t.Errorf("%d buttons in one actions block", len(b.Elements.ElementSet))
					}
					for _, e := range b.Elements.ElementSet {
						btn := e.(*slack.ButtonBlockElement)
						if ids[btn.ActionID] {
							t.Errorf("action_id %q repeated in one message", btn.ActionID)
						}
						ids[btn.ActionID] = true
						if utf8.RuneCountInString(btn.Text.Text) > maxButtonText {
							t.Errorf("button label of %d characters", utf8.RuneCountInString(btn.Text.Text))
						}
					}
				case *slack.ContextBlock:
				default:
					t.Errorf("unexpected block %T", b)
				}
			}
		})
	}
}

// TestEscape guards mrkdwn injection: what users or files wrote is shown, never read
// as a mention, a link or a broadcast.
func TestEscape(t *testing.T) {
	cases := map[string]string{
		"<!channel>":            "&lt;!channel&gt;",
		"<@U024BE7LH>":          "&lt;@U024BE7LH&gt;",
		"<https://evil|click>":  "&lt;https://evil|click&gt;",
		"AT&T":                  "AT&amp;T",
		"&lt;already":           "&amp;lt;already",
		"plain `code` and *b*":  "plain `code` and *b*",
		"<!subteam^S123|@team>": "&lt;!subteam^S123|@team&gt;",
	}
	for in, want := range cases {
		if got := escape(in); got != want {
			t.Errorf("escape(%q) = %q, want %q", in, got, want)
		}
	}
	// Only the engine's leading addressee becomes a mention.
	if got := mentionPrefix(escape("slack:U024BE7LH: OSPO-1 is approved")); got != "<@U024BE7LH>: OSPO-1 is approved" {
		t.Errorf("addressee: %q", got)
	}
	if got := mentionPrefix(escape("approved by slack:U024BE7LH: yes")); strings.Contains(got, "<@") {
		t.Errorf("a user ID inside the text became a mention: %q", got)
	}
	if got := mentionPrefix(escape("slack:<!channel>: hi")); strings.Contains(got, "<!") {
		t.Errorf("injected through the prefix: %q", got)
	}
}

// TestChunks guards splitting at the section limit: parts fit, break at a line or a
// space when they can, and never cut an entity such as &amp; in two.
func TestChunks(t *testing.T) {
	s := strings.Repeat("word ", 1000) + "\n" + strings.Repeat("&amp;", 1000)
	parts := chunks(s, maxSectionText)
	joined := ""
	for _, p := range parts {
		if utf8.RuneCountInString(p) > maxSectionText {
			t.Errorf("part of %d characters", utf8.RuneCountInString(p))
		}
		if strings.Count(p, "&") != strings.Count(p, "&amp;") {
			t.Errorf("an entity was cut: …%s", p[len(p)-10:])
		}
		joined += p
	}
	if strings.Count(joined, "&amp;") != 1000 || strings.Count(joined, "word") != 1000 {
		t.Error("text lost in splitting")
	}
	if got := chunks("short", 10); len(got) != 1 || got[0] != "short" {
		t.Errorf("short text: %q", got)
	}
}

// TestFormLimits guards modals Slack would refuse: a title and submit label cut to 24
// characters, and a form whose state does not fit private_metadata is an error.
func TestFormLimits(t *testing.T) {
	v, err := renderForm(bot.Form{ID: "f", Title: strings.Repeat("T", 40), Submit: strings.Repeat("S", 40), Fields: []bot.FormField{{Name: "a", Label: "A"}}}, formMeta{ID: "f"})
	if err != nil {
		t.Fatal(err)
	}
	if utf8.RuneCountInString(v.Title.Text) != maxTitle || utf8.RuneCountInString(v.Submit.Text) != maxTitle {
		t.Errorf("title %q submit %q", v.Title.Text, v.Submit.Text)
	}
	if _, err := renderForm(bot.Form{ID: "f", Fields: []bot.FormField{{Name: "a"}}}, formMeta{ID: "f", State: strings.Repeat("s", 4000)}); err == nil {
		t.Error("oversized state accepted")
	}
	if _, err := renderForm(bot.Form{ID: "f", Fields: []bot.FormField{{Name: ""}}}, formMeta{ID: "f"}); err == nil {
		t.Error("a field without a name accepted")
	}
}
