package workflows

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// validateField checks one value against its field's type.
func validateField(f config.Field, v string) error {
	v = strings.TrimSpace(v)
	switch f.Type {
	case "url":
		if !config.WebAddress(v) {
			like := "https://…"
			if f.Name == "project" {
				like = "https://github.com/owner/repo"
			}
			return Errorf("%s must be a web address like %s, not %q.", f.Label, like, bot.Printable(v, 80))
		}
	case "license":
		if _, err := license.ExtractLicenses(v); err != nil {
			msg := fmt.Sprintf("%s must be an SPDX expression of known licences (like `MIT` or `Apache-2.0 OR MIT`): %v", f.Label, err)
			if hint := license.Suggestion(v); hint != "" {
				msg += "; " + hint
			}
			return Errorf("%s.", msg)
		}
	case "choice":
		if !slices.Contains(f.Choices, v) {
			return Errorf("%s must be one of %s, not %q.", f.Label, strings.Join(f.Choices, ", "), bot.Printable(v, 40))
		}
	}
	return checkLength(f.Label, v)
}

// canonical is a field's value as stored: without surrounding space, a choice as the
// configuration spells it ("Corporate" is the choice "corporate"), and a licence as the
// SPDX list does ("apache-2.0 or mit" is "Apache-2.0 OR MIT").
func canonical(f config.Field, v string) string {
	v = strings.TrimSpace(v)
	switch f.Type {
	case "choice":
		if i := slices.IndexFunc(f.Choices, func(c string) bool { return strings.EqualFold(c, v) }); i >= 0 {
			return f.Choices[i]
		}
	case "license":
		return license.CanonicalExpression(v)
	}
	return v
}

// validateFields puts every field given in its canonical form and checks it (not the
// missing ones), so that one answer names every mistake rather than the first; a field
// the kind does not have is refused.
func validateFields(kind config.Kind, fields map[string]string) error {
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if !slices.ContainsFunc(kind.Fields, func(f config.Field) bool { return f.Name == k }) {
			return Errorf("%s has no field %q (fields: %s).", kind.Title, k, fieldNames(kind))
		}
	}
	var msgs []string
	for _, f := range kind.Fields {
		if v, ok := fields[f.Name]; ok && strings.TrimSpace(v) != "" {
			v = canonical(f, v)
			fields[f.Name] = v
			if err := validateField(f, v); err != nil {
				msg, _ := userMessage(err)
				msgs = append(msgs, msg)
			}
		}
	}
	switch len(msgs) {
	case 0:
		return nil
	case 1:
		return Errorf("%s", msgs[0])
	}
	return Errorf("%d fields need fixing:\n• %s", len(msgs), strings.Join(msgs, "\n• "))
}

// maxText bounds a field, reason or comment: each is kept in the request record, which
// every later decision reads.
const maxText = 2000

func checkLength(what, v string) error {
	if len(v) > maxText {
		return Errorf("%s is too long (at most %d characters).", what, maxText)
	}
	return nil
}
