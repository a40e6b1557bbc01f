package workflows

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// Every button the engine makes has a typed equivalent: a platform without buttons
// (or a person who prefers typing) offers the same choice as a command. buttonCommand is
// the one table from a button (its action and value) to that command; the dispatcher
// applies it to every reply it delivers, so no reply can carry a button without one.
// TestButtonsHaveTypedEquivalents walks every registered action and checks that the
// command, typed, does what the click does.

// buttonCommand is the command a person could type instead of clicking b; "" for a
// button the table does not know (it then has no typed equivalent, which the test
// refuses for the engine's own).
func (e *Engine) buttonCommand(b bot.Button) string {
	p := e.approvals.cfg.IDPrefix
	switch b.Action {
	case actionApprove, actionReject, actionChanges:
		id, _, ok := strings.Cut(b.Value, "/")
		n, err := strconv.ParseUint(id, 10, 64)
		if !ok || err != nil {
			return ""
		}
		verb := map[bot.ActionID]string{actionApprove: "approve", actionReject: "reject", actionChanges: "changes"}[b.Action]
		return verb + " " + RequestID(n).Format(p)
	case actionSnooze:
		idPart, dur, _ := strings.Cut(b.Value, "\t")
		id, ok := ParseRequestID(idPart, p)
		d, err := time.ParseDuration(dur)
		if !ok || err != nil || d < 24*time.Hour {
			return ""
		}
		if d%(7*24*time.Hour) == 0 {
			return fmt.Sprintf("snooze %s %dw", id.Format(p), d/(7*24*time.Hour))
		}
		return fmt.Sprintf("snooze %s %dd", id.Format(p), d/(24*time.Hour))
	case actionUse:
		use, expr, _ := strings.Cut(b.Value, "\t")
		return "use " + use + " " + expr
	case actionScanUse:
		seq, use, _ := strings.Cut(b.Value, "\t")
		return "use " + use + " scan " + seq
	case actionScanPage:
		parts := strings.Split(b.Value, "\t")
		if len(parts) != 3 {
			return ""
		}
		return fmt.Sprintf("more scan %s %s %s", parts[0], parts[1], parts[2])
	case actionException:
		expr, use, _ := strings.Cut(b.Value, "\t")
		kind, ok := e.approvals.kind("exception")
		if !ok {
			return ""
		}
		cmd := "request " + kind.Name
		for _, f := range exceptionFields(kind, expr, use) {
			cmd += " " + f
		}
		return cmd
	case actionFormKind:
		return "request " + b.Value
	case actionFormSet:
		_, value, _ := strings.Cut(b.Value, "\t")
		return "answer " + value
	case actionFormSkip:
		return "answer skip"
	}
	return ""
}

// exceptionFields are the fields an exception request takes from a verdict: the
// licence and the use, as field=value (quoted where needed), in the kind's order.
func exceptionFields(kind config.Kind, expr, use string) []string {
	var out []string
	for _, f := range kind.Fields {
		switch {
		case f.Type == "license":
			out = append(out, f.Name+"="+quoteValue(expr))
		case f.Type == "choice" && slices.Contains(f.Choices, use):
			out = append(out, f.Name+"="+use)
		}
	}
	return out
}

// quoteValue quotes v for parseFields when it holds spaces.
func quoteValue(v string) string {
	if strings.ContainsAny(v, fieldSpace+`"`) {
		return `"` + strings.ReplaceAll(v, `"`, "") + `"`
	}
	return v
}
