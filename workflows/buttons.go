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

// runUse answers `use USE LICENSE` (the verdict for that use, as the use buttons under a
// question give it) and `use USE scan N` (an uploaded scan checked for that use).
func runUse(w *work) error {
	use, rest := firstField(w.call.Rest)
	use = strings.ToLower(use)
	if !slices.Contains(config.Uses, use) {
		return Errorf("Which use? One of %s, then the licence: `use saas MPL-2.0`.", strings.Join(config.Uses, ", "))
	}
	if what, n := firstField(rest); strings.EqualFold(what, "scan") {
		seq, err := strconv.ParseUint(strings.TrimSpace(n), 10, 64)
		if err != nil {
			return Errorf("Which scan? `use %s scan N`, as the buttons under a scan report say.", use)
		}
		s, err := w.loadScan(seq)
		if err != nil {
			return err
		}
		return w.scanReport(seq, s, use, 0)
	}
	if strings.TrimSpace(rest) == "" {
		return Errorf("Which licence? `use %s MPL-2.0`.", use)
	}
	r, err := w.verdict(strings.TrimSpace(rest), use)
	if err != nil {
		return err
	}
	return w.reply(r)
}

// runMore answers `more scan N USE FROM`: the next page of a scan report.
func runMore(w *work) error {
	f := strings.Fields(w.call.Rest)
	if len(f) != 4 || !strings.EqualFold(f[0], "scan") {
		return Errorf("`more` continues a scan report: `more scan N USE FROM`, as its button says.")
	}
	seq, err1 := strconv.ParseUint(f[1], 10, 64)
	from, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil || from < 0 || !slices.Contains(config.Uses, f[2]) {
		return Errorf("`more` continues a scan report: `more scan N USE FROM`, as its button says.")
	}
	s, err := w.loadScan(seq)
	if err != nil {
		return err
	}
	return w.scanReport(seq, s, f[2], from)
}
