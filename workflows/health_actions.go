package workflows

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// The buttons of a health nudge; value: "owner/name" "\t" check.
const (
	actionHealthSnooze bot.ActionID = "health.snooze"
	actionHealthAck    bot.ActionID = "health.ack"
)

// registerHealth adds the health configuration, the health command and the buttons of
// health nudges to the engine.
func (e *Engine) registerHealth(cfg config.Health, people map[string][]string) {
	if cfg.Interval == 0 && cfg.GitHub.APIURL == "" {
		cfg = config.Default().Health
	}
	e.health = newHealthSettings(cfg, people)
	c := command{spec: bot.CommandSpec{
		Name: "health", Topic: "Project health", Args: "[REPO] | snooze REPO CHECK [1w] | ack REPO CHECK REASON",
		Summary: "Show the health findings of the organisation's projects; snooze or acknowledge one.",
		Help: "Alone, the open findings of the projects you maintain (all of them for the OSPO). With a repository (owner/name), " +
			"its findings. `health snooze REPO CHECK` stops the nudges about one finding for a week (or `3d`, `2w`); " +
			"`health ack REPO CHECK REASON` records that it stays as it is, with the reason, in the audit trail, and stops its nudges. " +
			"The checks: " + strings.Join(HealthChecks, ", ") + ".",
		Example: "health ack example/tool security-file-exists reports go to security@example.com, as the README says",
	}, run: runHealthCommand}
	e.commands[c.spec.Name] = c
	e.specs = append(e.specs, c.spec)
	e.actions[actionHealthSnooze] = func(w *work) error {
		repo, check, ok := strings.Cut(w.call.Event.Action.Value, "\t")
		if !ok {
			return Errorf("That button is out of date.")
		}
		return w.snoozeFinding(repo, check, 7*24*time.Hour)
	}
	e.actions[actionHealthAck] = func(w *work) error {
		repo, check, ok := strings.Cut(w.call.Event.Action.Value, "\t")
		if !ok {
			return Errorf("That button is out of date.")
		}
		return w.askAckReason(repo, check)
	}
}

func runHealthCommand(w *work) error {
	sub, rest := firstField(w.call.Rest)
	switch strings.ToLower(sub) {
	case "snooze":
		repo, rest := firstField(rest)
		check, period := firstField(rest)
		if repo == "" || check == "" {
			return Errorf("Which finding? `health snooze REPO CHECK [1w]`, e.g. `health snooze example/tool readme-file-exists`.")
		}
		d, err := snoozeFor(period, w.now)
		if err != nil {
			return err
		}
		return w.snoozeFinding(repo, check, d)
	case "ack", "acknowledge":
		repo, rest := firstField(rest)
		check, reason := firstField(rest)
		if repo == "" || check == "" {
			return Errorf("Which finding? `health ack REPO CHECK REASON`.")
		}
		if strings.TrimSpace(reason) == "" {
			return w.askAckReason(repo, check)
		}
		return w.ackFinding(repo, check, strings.TrimSpace(reason))
	}
	return w.healthList(sub)
}

// askAckReason checks the speaker may acknowledge the finding, then asks for the
// reason: their next message here is it (or `cancel`).
func (w *work) askAckReason(repo, check string) error {
	if _, err := w.maintainedFinding(repo, check, "acknowledge"); err != nil {
		return err
	}
	if err := w.promptInProgress(); err != nil {
		return err
	}
	if err := w.putPrompt(&prompt{Kind: "ack", Repo: repo, Check: check}); err != nil {
		return err
	}
	return w.reply(bot.Reply{Private: true, Text: fmt.Sprintf(
		"Why does %s — %s stay as it is? Reply with the reason (for example \"won't fix because …\"); it goes in the audit trail. Or `cancel`.",
		repo, check)})
}

// maintainedFinding loads an open finding that the caller may act on: a maintainer of
// its project, or a member of the OSPO group.
func (w *work) maintainedFinding(repo, check, verb string) (*healthFinding, error) {
	f, err := healthFindings.get(w.tx, findingKey(repo, check))
	if err != nil {
		return nil, err
	}
	if f == nil {
		if !slices.Contains(HealthChecks, check) {
			return nil, Errorf("There is no check %q; the checks are %s.", check, strings.Join(HealthChecks, ", "))
		}
		return nil, Errorf("%s has no %s finding.", repo, check)
	}
	if !f.open() {
		return nil, Errorf("%s — %s was resolved at %s: nothing to %s.", repo, check, f.Resolved.UTC().Format(shownTime), verb)
	}
	if !w.maintains(repo) {
		return nil, Errorf("Only a maintainer of %s, or the OSPO, can %s its findings.", repo, verb)
	}
	return f, nil
}

// maintains tells whether the caller is nudged about repo, or is of the OSPO.
func (w *work) maintains(repo string) bool {
	u := w.call.Event.User.ID
	if w.e.approvals.isMember("ospo", u) {
		return true
	}
	r, err := healthProjects.get(w.tx, []byte(repo))
	if err != nil || r == nil {
		return false
	}
	return slices.ContainsFunc(r.Chat, func(c bot.UserID) bool { return w.e.approvals.same(c, u) })
}

func (w *work) snoozeFinding(repo, check string, d time.Duration) error {
	f, err := w.maintainedFinding(repo, check, "snooze")
	if err != nil {
		return err
	}
	f.Snoozed, f.SnoozeBy = w.now.Add(d), string(w.call.Event.User.ID)
	if err := healthFindings.put(w.tx, findingKey(repo, check), f); err != nil {
		return err
	}
	if err := w.audit("health snoozed", "", fmt.Sprintf("%s %s until %s", repo, check, f.Snoozed.UTC().Format(shownTime)), ""); err != nil {
		return err
	}
	return w.reply(bot.Reply{Private: true, Text: fmt.Sprintf("No nudges about %s — %s until %s.", repo, check, f.Snoozed.UTC().Format(shownTime))})
}

func (w *work) ackFinding(repo, check, reason string) error {
	f, err := w.maintainedFinding(repo, check, "acknowledge")
	if err != nil {
		return err
	}
	if reason == "" || strings.EqualFold(reason, "REASON") {
		return Errorf("Give the reason, e.g. `health ack %s %s won't fix because …`; it goes in the audit trail.", repo, check)
	}
	f.AckBy, f.AckAt, f.Reason = string(w.call.Event.User.ID), w.now, bot.Printable(reason, 500)
	if err := healthFindings.put(w.tx, findingKey(repo, check), f); err != nil {
		return err
	}
	if err := w.audit("health acknowledged", "", fmt.Sprintf("%s %s: %s", repo, check, f.Reason), ""); err != nil {
		return err
	}
	return w.reply(bot.Reply{Private: true, Text: fmt.Sprintf("Acknowledged: %s — %s stays as it is (%s). No more nudges about it; a new finding of the check reopens it.", repo, check, f.Reason)})
}

// healthList shows the open findings of one repository, of the caller's projects, or
// (for the OSPO) of every project.
func (w *work) healthList(repo string) error {
	all, err := findingsOf(w.tx, repo)
	if err != nil {
		return err
	}
	ospo := w.e.approvals.isMember("ospo", w.call.Event.User.ID)
	var lines []string
	for _, f := range all {
		if !f.open() || (repo == "" && !ospo && !w.maintains(f.Repo)) {
			continue
		}
		state := ""
		switch {
		case f.AckBy != "":
			state = fmt.Sprintf(" (acknowledged by %s: %s)", f.AckBy, f.Reason)
		case w.now.Before(f.Snoozed):
			state = fmt.Sprintf(" (snoozed by %s until %s)", f.SnoozeBy, f.Snoozed.UTC().Format(shownTime))
		}
		lines = append(lines, fmt.Sprintf("%s — %s: %s%s", f.Repo, f.Check, f.Detail, state))
	}
	if len(lines) == 0 {
		what := "your projects"
		switch {
		case repo != "":
			what = repo
		case ospo:
			what = "the projects scanned"
		}
		return w.reply(bot.Reply{Private: true, Text: fmt.Sprintf("No open health findings for %s.", what)})
	}
	return w.reply(bot.Reply{Private: true, Text: fmt.Sprintf("%d open health %s:", len(lines), plural(len(lines), "finding", "findings")),
		Blocks: []bot.Block{bot.Section(strings.Join(lines, "\n"))}})
}

// maxTableRows bounds the summary's table: a chat message is no spreadsheet.
const maxTableRows = 30

// listSome names up to ten items, and counts the rest.
func listSome(items []string) string {
	if len(items) <= 10 {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(items[:10], ", "), len(items)-10)
}

// healthSummary is the OSPO summary's part on project health: a table of projects ×
// checks, the trend since the week before, and the projects nobody in chat maintains.
// Nothing when no project was ever scanned.
func (w *work) healthSummary() ([]bot.Block, error) {
	var repos []healthRepo
	err := healthProjects.scan(w.tx, nil, func(_ []byte, r *healthRepo) error {
		if !r.Gone {
			repos = append(repos, *r)
		}
		return nil
	})
	if err != nil || len(repos) == 0 {
		return nil, err
	}
	all, err := findingsOf(w.tx, "")
	if err != nil {
		return nil, err
	}
	cell := map[string]map[string]string{}
	open, opened, resolved := 0, 0, 0
	weekAgo := w.now.Add(-7 * 24 * time.Hour)
	for _, f := range all {
		if f.Opened.After(weekAgo) {
			opened++
		}
		if !f.open() {
			if f.Resolved.After(weekAgo) {
				resolved++
			}
			continue
		}
		open++
		mark := "✗"
		switch {
		case f.AckBy != "":
			mark = "ack"
		case w.now.Before(f.Snoozed):
			mark = "zz"
		}
		if cell[f.Repo] == nil {
			cell[f.Repo] = map[string]string{}
		}
		cell[f.Repo][f.Check] = mark
	}
	checks := slices.DeleteFunc(slices.Clone(HealthChecks), func(c string) bool { return !w.e.health.enabled(c) })
	width := len("project")
	for _, r := range repos {
		width = max(width, len(r.Repo))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s", width, "project")
	for _, c := range checks {
		fmt.Fprintf(&b, " %-*s", len(checkShort[c]), checkShort[c])
	}
	row := func() {
		// Padding after the last column is noise in a chat client's code block.
		trimmed := strings.TrimRight(b.String(), " ")
		b.Reset()
		b.WriteString(trimmed + "\n")
	}
	row()
	// Projects with the most open findings first; a large organisation's healthy
	// projects are counted rather than listed, to keep the message readable.
	slices.SortStableFunc(repos, func(x, y healthRepo) int { return len(cell[y.Repo]) - len(cell[x.Repo]) })
	var unreached, stale []string
	healthy := 0
	for i, r := range repos {
		if len(r.Chat) == 0 && !r.Archived {
			unreached = append(unreached, r.Repo)
		}
		if r.Error != "" {
			stale = append(stale, r.Repo)
		}
		if i >= maxTableRows {
			if len(cell[r.Repo]) == 0 {
				healthy++
			}
			continue
		}
		fmt.Fprintf(&b, "%-*s", width, r.Repo)
		for _, c := range checks {
			m := cell[r.Repo][c]
			if m == "" {
				m = "ok"
			}
			fmt.Fprintf(&b, " %-*s", len(checkShort[c]), m)
		}
		row()
	}
	if len(repos) > maxTableRows {
		fmt.Fprintf(&b, "… and %d more projects, %d of them without findings (`health REPO` shows one)\n", len(repos)-maxTableRows, healthy)
	}
	// The trend: open findings now against the last scan a week or more ago.
	trend := fmt.Sprintf("%d open %s; this week %d new, %d resolved", open, plural(open, "finding", "findings"), opened, resolved)
	var before *healthScanRecord
	err = healthScans.scan(w.tx, nil, func(_ []byte, r *healthScanRecord) error {
		if r.Time.After(weekAgo) {
			return errStopScan
		}
		before = r
		return nil
	})
	if err != nil {
		return nil, err
	}
	if before != nil {
		was := 0
		for _, n := range before.Open {
			was += n
		}
		trend += fmt.Sprintf(" (%+d since %s, when %d were open)", open-was, before.Time.UTC().Format("2006-01-02"), was)
	}
	blocks := []bot.Block{
		bot.Section("Project health (✗ open, zz snoozed, ack acknowledged): " + trend + ".\n```\n" + strings.TrimRight(b.String(), "\n") + "\n```"),
	}
	var notes []string
	if len(unreached) > 0 {
		notes = append(notes, "No maintainer reachable in chat (map their GitHub logins in people or health.maintainers): "+listSome(unreached)+".")
	}
	if len(stale) > 0 {
		notes = append(notes, "Not read by the last scan, shown as last read: "+listSome(stale)+".")
	}
	if len(notes) > 0 {
		blocks = append(blocks, bot.Context(strings.Join(notes, " ")))
	}
	return blocks, nil
}
