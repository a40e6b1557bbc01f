package workflows

import (
	"fmt"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows/license"
)

// IdentifyReply words one identification for people: a headline with the certainty,
// then one field per licence with its coverage and position.
func IdentifyReply(r license.Result) bot.Reply {
	subject := "the text"
	if r.Name != "" {
		subject = "`" + bot.Printable(r.Name, 120) + "`"
	}
	ids := make([]string, 0, len(r.Findings))
	for _, id := range r.IDs() {
		ids = append(ids, "`"+id+"`")
	}
	var head string
	switch r.Certainty {
	case license.NotText:
		return bot.Reply{Text: fmt.Sprintf("%s is not a text file, so I cannot identify a licence in it.", upperFirst(subject))}
	case license.NoLicense:
		head = fmt.Sprintf("No known licence found in %s.", subject)
		if r.Doubt != "" {
			head = fmt.Sprintf("No known licence found in %s: %s.", subject, r.Doubt)
		}
		return bot.Reply{Text: head, Blocks: []bot.Block{bot.Context("If it is a licence, it may be a custom one: ask the OSPO to review it.")}}
	case license.Identified:
		head = fmt.Sprintf("Identified in %s: %s.", subject, strings.Join(ids, ", "))
	case license.Probable:
		head = fmt.Sprintf("Probably %s in %s, but %s.", strings.Join(ids, ", "), subject, r.Doubt)
		if len(ids) == 0 { // a known licence's text with terms of its own added
			head = fmt.Sprintf("A licence I cannot name in %s: %s.", subject, r.Doubt)
			return bot.Reply{Text: head, Blocks: []bot.Block{bot.Context("Treat it as needing review: ask the OSPO to read it before using the code.")}}
		}
	}
	fields := make([]bot.Field, 0, len(r.Findings))
	fromText := false
	for _, f := range r.Findings {
		fields = append(fields, bot.Field{Label: f.ID, Value: describeFinding(f)})
		fromText = fromText || f.Source == license.FromText
	}
	if r.Choice != "" {
		fields = append([]bot.Field{{Label: "Choice", Value: fmt.Sprintf("the file's own words offer these licences as alternatives: `%s`", r.Choice)}}, fields...)
	}
	blocks := []bot.Block{bot.Fields(fields...)}
	if fromText {
		blocks = append(blocks, bot.Context(fmt.Sprintf("Known licence texts cover %.0f%% of %s.", r.Coverage, subject)))
	}
	return bot.Reply{Text: head, Blocks: blocks}
}

func describeFinding(f license.Finding) string {
	where := fmt.Sprintf("line %d", f.StartLine)
	if f.EndLine > f.StartLine {
		where = fmt.Sprintf("lines %d–%d", f.StartLine, f.EndLine)
	}
	switch f.Source {
	case license.FromTag:
		if !f.Valid {
			return "SPDX-License-Identifier tag, " + where + " — not a valid SPDX expression"
		}
		if f.Note != "" {
			return "SPDX-License-Identifier tag, " + where + " (" + f.Note + ")"
		}
		return "SPDX-License-Identifier tag, " + where
	case license.FromURL:
		return "link to the licence, " + where
	}
	desc := fmt.Sprintf("licence text, %.0f%% of the text, %s", f.Coverage, where)
	if f.Notice {
		desc = fmt.Sprintf("licence notice, %s (it refers to the licence; the licence text itself is not here)", where)
	}
	if f.Note != "" {
		desc += " (" + f.Note + ")"
	}
	if f.Category != "" {
		desc += " — " + f.Category
	}
	return desc
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
