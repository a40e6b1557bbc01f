package workflows

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// What each kind of schedule sends (schedule.go runs them when due): approvers' digests,
// the OSPO summary, nudges about stale requests, SLA reminders, and (health_store.go)
// project-health nudges. Each builds its messages in the schedule's transaction.

// buildSchedule is what schedule s sends now.
func (w *work) buildSchedule(s config.Schedule) ([]Outgoing, error) {
	switch s.Kind {
	case "approver_digest":
		return w.approverDigests(s)
	case "ospo_summary":
		return w.ospoSummary(s)
	case "stale_nudges":
		return w.staleNudges(s)
	case "sla_reminders":
		return w.slaReminders(s)
	case "health_nudges":
		return w.healthNudges(s)
	}
	return nil, fmt.Errorf("unknown schedule kind %q", s.Kind)
}

// to is where a schedule's message for user goes: to them directly, or to the
// schedule's channel.
func (s scheduleTo) to(user bot.UserID) bot.Destination {
	if string(s) == "dm" {
		return bot.DirectTo(user)
	}
	return bot.PostTo(string(s))
}

// scheduleTo is a schedule's "to": "dm", or a channel.
type scheduleTo string

// openByGroup loads every request waiting at a stage, once, grouped by the stage's group.
func (w *work) openByGroup() (map[string][]*Request, error) {
	out := map[string][]*Request{}
	err := idxApprover.scan(w.tx, nil, func(k []byte) error {
		g := string(k[:strings.LastIndexByte(string(k), '/')])
		r, err := getRequest(w.tx, idFromIndexKey(k))
		if err != nil {
			return err
		}
		if r != nil {
			out[g] = append(out[g], r)
		}
		return nil
	})
	return out, err
}

// approverDigests: for each approver, the requests waiting on them, oldest first, with
// their age and the decision buttons.
func (w *work) approverDigests(s config.Schedule) ([]Outgoing, error) {
	open, err := w.openByGroup()
	if err != nil {
		return nil, err
	}
	ds, err := w.delegations()
	if err != nil {
		return nil, err
	}
	delegations := map[bot.UserID][]bot.UserID{} // delegate → the approvers they stand in for
	for _, by := range slices.Sorted(maps.Keys(ds)) {
		delegations[ds[by].Delegate] = append(delegations[ds[by].Delegate], by)
	}
	groupsOf := map[bot.UserID][]string{}
	for name := range w.e.approvals.groups {
		for _, m := range w.e.approvals.members(name) {
			groupsOf[m] = append(groupsOf[m], name)
		}
	}
	for d, for_ := range delegations {
		for _, a := range for_ {
			groupsOf[d] = append(groupsOf[d], groupsOf[a]...)
		}
	}
	users := make([]bot.UserID, 0, len(groupsOf))
	for u := range groupsOf {
		users = append(users, u)
	}
	slices.Sort(users)
	var out []Outgoing
	for _, u := range users {
		var mine []*Request
		seen := map[RequestID]bool{}
		for _, g := range groupsOf[u] {
			for _, r := range open[g] {
				if !seen[r.ID] && w.waitsFor(r, u) {
					seen[r.ID] = true
					mine = append(mine, r)
				}
			}
		}
		if len(mine) == 0 && !s.SendEmpty {
			continue
		}
		sortByWait(mine)
		rep := bot.Reply{Text: fmt.Sprintf("%s: %d %s for your decision, oldest first.", u, len(mine), plural(len(mine), "request waits", "requests wait")),
			Blocks: w.decisionList(mine, "and %d more: `pending` lists them.")}
		if len(mine) == 0 {
			rep.Text = fmt.Sprintf("%s: nothing waits for your decision today.", u)
		}
		out = append(out, Outgoing{To: scheduleTo(s.To).to(u), Reply: rep})
	}
	return out, nil
}

// ospoSummary: the week in numbers for the OSPO channel.
func (w *work) ospoSummary(s config.Schedule) ([]Outgoing, error) {
	st, err := w.loadSchedule(s)
	if err != nil {
		return nil, err
	}
	since := st.LastRun
	if since.IsZero() {
		since = w.now.Add(-7 * 24 * time.Hour)
	}
	// The figures come from the read model, as any other surface's do.
	f, err := w.summaryFigures(since)
	if err != nil {
		return nil, err
	}
	health, err := w.healthSummary()
	if err != nil {
		return nil, err
	}
	total := f.Backlog[0] + f.Backlog[1] + f.Backlog[2] + f.Backlog[3]
	if f.Opened+f.Approved+f.Rejected+total+f.Questions == 0 && len(health) == 0 && !s.SendEmpty {
		return nil, nil
	}
	var lines []string
	for _, name := range slices.Sorted(maps.Keys(f.StageTimes)) {
		d := f.StageTimes[name] // sorted
		lines = append(lines, fmt.Sprintf("%s: median %s, p90 %s (%d %s)", name, age(d[len(d)/2]), age(d[(len(d)*9+9)/10-1]), len(d), plural(len(d), "decision", "decisions")))
	}
	if len(lines) == 0 {
		lines = []string{"no stage decided"}
	}
	fields := []bot.Field{
		{Label: "Requests", Value: fmt.Sprintf("%d opened, %d approved, %d rejected", f.Opened, f.Approved, f.Rejected)},
		{Label: "Time to decision", Value: strings.Join(lines, "\n")},
		{Label: "Open backlog", Value: fmt.Sprintf("%d waiting: %d under a day, %d 1–3 days, %d 3–7 days, %d over a week", total, f.Backlog[0], f.Backlog[1], f.Backlog[2], f.Backlog[3])},
		{Label: "Licence questions", Value: f.tally.text(f.Questions)},
		{Label: "Most asked", Value: topText(f.MostAsked, 5)},
	}
	// The head of the audit chain, posted where the database cannot rewrite it.
	if head, err := w.tx.auditHead(); err != nil {
		return nil, err
	} else if head.Seq > 0 {
		fields = append(fields, bot.Field{Label: "Audit record", Value: head.String() + "; `ospobot audit verify` shows the head now"})
	}
	return []Outgoing{{To: scheduleTo(s.To).to("ospobot"), Reply: bot.Reply{
		Text:   fmt.Sprintf("OSPO summary since %s", since.UTC().Format(shownTime)),
		Blocks: append([]bot.Block{bot.Fields(fields...)}, health...),
	}}}, nil
}

// questionTally counts the licence questions of a period by what they asked and what
// the answer was.
type questionTally struct {
	verdicts, compat, combined, scans map[string]int
	waitedForUse, profiles            int
}

func (t *questionTally) add(q questionRecord) {
	inc := func(m *map[string]int, k string) {
		if *m == nil {
			*m = map[string]int{}
		}
		(*m)[k]++
	}
	switch {
	case q.Kind == "verdict" && q.Verdict == "asked for use":
		t.waitedForUse++
	case q.Kind == "verdict":
		inc(&t.verdicts, q.Verdict)
	case q.Kind == "compatibility":
		inc(&t.compat, strings.ToLower(cmp.Or(q.Verdict, "not covered")))
	case q.Kind == "combination":
		inc(&t.combined, strings.ToLower(q.Verdict))
	case q.Kind == "profile":
		t.profiles++
	case q.Kind == "scan":
		inc(&t.scans, q.Verdict)
	}
}

// text reads, e.g., "12 asked — verdicts: 2 allowed, 1 needs approval (3 more waited for
// the use); compatibility: 1 yes, 1 no; 2 licences described; scans: 1 not allowed".
func (t questionTally) text(total int) string {
	if total == 0 {
		return "none"
	}
	var parts []string
	switch {
	case len(t.verdicts) > 0 && t.waitedForUse > 0:
		parts = append(parts, fmt.Sprintf("verdicts: %s (%d more waited for the use)", countsText(t.verdicts), t.waitedForUse))
	case len(t.verdicts) > 0:
		parts = append(parts, "verdicts: "+countsText(t.verdicts))
	case t.waitedForUse > 0:
		parts = append(parts, fmt.Sprintf("%d waited for the use", t.waitedForUse))
	}
	if len(t.compat) > 0 {
		parts = append(parts, "compatibility: "+countsText(t.compat))
	}
	if len(t.combined) > 0 {
		parts = append(parts, "combinations: "+countsText(t.combined))
	}
	if t.profiles > 0 {
		parts = append(parts, fmt.Sprintf("%d %s described", t.profiles, plural(t.profiles, "licence", "licences")))
	}
	if len(t.scans) > 0 {
		parts = append(parts, "scans (worst verdict): "+countsText(t.scans))
	}
	return fmt.Sprintf("%d asked — %s", total, strings.Join(parts, "; "))
}

// countsText lists counts, the largest first: "2 needs approval, 1 allowed".
func countsText(m map[string]int) string {
	if len(m) == 0 {
		return "none"
	}
	keys := slices.Sorted(maps.Keys(m))
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(m[b], m[a]) })
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d %s", m[k], cmp.Or(k, "unknown")))
	}
	return strings.Join(parts, ", ")
}

func topText(m map[string]int, n int) string {
	keys := slices.Sorted(maps.Keys(m))
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(m[b], m[a]) })
	if len(keys) == 0 {
		return "none"
	}
	var parts []string
	for _, k := range keys[:min(n, len(keys))] {
		parts = append(parts, fmt.Sprintf("%s (%d)", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// staleNudges: requests that wait on their requester too long, and approved ones whose
// follow-up was never marked done.
func (w *work) staleNudges(s config.Schedule) ([]Outgoing, error) {
	var out []Outgoing
	limit := s.StaleAfter.D()
	err := requests.scan(w.tx, nil, func(_ []byte, r *Request) error {
		if w.now.Before(r.Snoozed) {
			return nil
		}
		var text, stop string
		switch {
		case r.State == StateChangesRequested && w.now.Sub(r.Updated) >= limit:
			text = fmt.Sprintf("%s: %s has waited for your changes for %s.", r.Requester, w.rid(r.ID), age(w.now.Sub(r.Updated)))
			stop = fmt.Sprintf("`resubmit %s field=value …` sends it back; `withdraw %s` ends it and these reminders.", w.rid(r.ID), w.rid(r.ID))
		case r.State == StateApproved && r.FollowUp == "" && (r.Kind == "contribution" || r.Kind == "release") && w.now.Sub(r.Decided) >= limit:
			text = fmt.Sprintf("%s: %s was approved %s ago; is it done?", r.Requester, w.rid(r.ID), age(w.now.Sub(r.Decided)))
			stop = fmt.Sprintf("`done %s URL` records the link and ends these reminders.", w.rid(r.ID))
		default:
			return nil
		}
		to := r.Origin
		if s.To == "dm" {
			to = scheduleTo("dm").to(r.Requester)
		}
		out = append(out, Outgoing{To: to, Reply: bot.Reply{Text: text, Blocks: []bot.Block{
			bot.Context(stop),
			bot.Buttons(bot.Button{Label: "Snooze 1 day", Action: actionSnooze, Value: fmt.Sprintf("%d\t24h", r.ID)},
				bot.Button{Label: "Snooze 1 week", Action: actionSnooze, Value: fmt.Sprintf("%d\t168h", r.ID)}),
		}}})
		return nil
	})
	return out, err
}

// actionSnooze silences nudges about one request; value id "\t" duration.
const actionSnooze bot.ActionID = "nudge.snooze"

func runSnooze(w *work) error {
	idPart, dur, _ := strings.Cut(w.call.Event.Action.Value, "\t")
	id, ok := ParseRequestID(idPart, w.e.approvals.cfg.IDPrefix)
	d, err := time.ParseDuration(dur)
	if !ok || err != nil || d <= 0 || d > 90*24*time.Hour {
		return Errorf("That button is out of date.")
	}
	return w.snooze(id, d)
}

func (w *work) snooze(id RequestID, d time.Duration) error {
	r, err := w.ownRequest(id, "snooze reminders about")
	if err != nil {
		return err
	}
	old := r.clone()
	r.Snoozed = w.now.Add(d)
	if err := putRequest(w.tx, old, r); err != nil {
		return err
	}
	if d == 0 {
		return w.reply(bot.Reply{Text: fmt.Sprintf("Reminders about %s are on again.", w.rid(id)), Private: true})
	}
	return w.reply(bot.Reply{Text: fmt.Sprintf("No reminders about %s until %s. `snooze %s off` resumes them.", w.rid(id), r.Snoozed.UTC().Format(shownTime), w.rid(id)), Private: true})
}

// recipients of a schedule's message for a group: each member directly ("dm"), or the
// schedule's channel.
func (e *Engine) recipients(s config.Schedule, group string) []bot.Destination {
	if s.To != "dm" {
		return []bot.Destination{scheduleTo(s.To).to("")}
	}
	var out []bot.Destination
	for _, m := range e.approvals.members(group) {
		out = append(out, scheduleTo("dm").to(m))
	}
	return out
}

// slaReminders: a stage past its due time reminds its approvers once a day; after
// escalate_after reminders it goes to the group's backup group, on the record.
func (w *work) slaReminders(s config.Schedule) ([]Outgoing, error) {
	open, err := w.openByGroup()
	if err != nil {
		return nil, err
	}
	var out []Outgoing
	for _, g := range slices.Sorted(maps.Keys(open)) {
		for _, r := range open[g] {
			st := &r.Stages[r.Current]
			if st.Due.IsZero() || w.now.Before(st.Due) || (!st.Reminded.IsZero() && w.now.Sub(st.Reminded) < 24*time.Hour) {
				continue
			}
			old := r.clone()
			r.Stages = slices.Clone(r.Stages)
			st = &r.Stages[r.Current]
			msg := w.approvalMessage(r, r.Current)
			backup := w.e.approvals.groups[st.Group].Backup
			if st.Reminders >= s.EscalateAfter && !st.Escalated && backup != "" {
				st.Escalated = true
				msg.Text = fmt.Sprintf("Escalated to %s: %s is %s overdue at %s (%s) after %d reminders. %s", backup, w.rid(r.ID), age(w.now.Sub(st.Due)), st.Name, st.Group, st.Reminders, msg.Text)
				r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: "ospobot", Action: "escalated to " + backup, Note: st.Name})
				if err := w.audit("escalated", w.rid(r.ID), fmt.Sprintf("%s: from %s to %s after %d reminders", st.Name, st.Group, backup, st.Reminders), ""); err != nil {
					return nil, err
				}
				for _, to := range w.e.recipients(s, backup) {
					out = append(out, Outgoing{To: to, Reply: msg})
				}
			} else if st.Reminders < s.EscalateAfter || backup == "" {
				st.Reminders++
				msg.Text = fmt.Sprintf("Reminder %d: %s is %s overdue. %s", st.Reminders, w.rid(r.ID), age(w.now.Sub(st.Due)), msg.Text)
				for _, to := range w.e.recipients(s, st.Group) {
					out = append(out, Outgoing{To: to, Reply: msg})
				}
			} else {
				continue // escalated already: the backup group has it
			}
			st.Reminded = w.now
			if err := putRequest(w.tx, old, r); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}
