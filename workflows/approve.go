package workflows

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// Buttons of approval messages; values are "<id>/<stage index>".
const (
	actionApprove   bot.ActionID = "approval.approve"
	actionReject    bot.ActionID = "approval.reject"
	actionChanges   bot.ActionID = "approval.changes"
	actionException bot.ActionID = "approval.exception" // from a licence verdict: value expression "\t" use
	actionFormSet   bot.ActionID = "form.set"           // value field "\t" value
	actionFormSkip  bot.ActionID = "form.skip"
	actionFormKind  bot.ActionID = "form.kind" // value: the request kind
)

var decisionWords = map[DecisionKind]string{DecApprove: "approved", DecReject: "rejected", DecChanges: "asked for changes"}

func (w *work) rid(id RequestID) string { return id.Format(w.e.approvals.cfg.IDPrefix) }

func (w *work) user() bot.UserID { return w.call.Event.User.ID }

// submit validates, routes and stores a request, then notifies its first stage.
func (w *work) submit(kind config.Kind, fields map[string]string) error {
	for _, f := range kind.Fields {
		if v, ok := fields[f.Name]; f.Required && (!ok || strings.TrimSpace(v) == "") {
			return Errorf("%s is required.", f.Label)
		}
	}
	if err := validateFields(kind, fields); err != nil {
		return err
	}
	stages, rule, pre, err := w.e.route(kind.Name, fields, w.now)
	if err != nil {
		return err
	}
	var review string // why a request a rule would approve goes to review instead
	chk := w.licenceChecked(fields)
	if pre != "" && chk.mismatch() {
		review = fmt.Sprintf("The pre-approval rule %q was not applied: the licence file of %s says %s, not %s, so people will look at it.",
			pre, bot.Printable(chk.Project, 200), chk.Found, chk.Declared)
		// Routed by the stricter of the two licences: the one the file names.
		category := w.e.strictestCategory("(" + chk.Found + ") AND (" + chk.Declared + ")")
		if stages, rule, _, err = w.e.routeForReview(kind.Name, category, fields, w.now); err != nil {
			return err
		}
		pre = ""
	}
	seq, err := requests.nextSequence(w.tx)
	if err != nil {
		return err
	}
	ev := w.call.Event
	r := &Request{ID: RequestID(seq), Kind: kind.Name, Requester: ev.User.ID, Name: ev.User.Name, Fields: fields,
		Rule: rule, PreApproved: pre, Stages: stages, Created: w.now, Updated: w.now,
		Origin: bot.Destination{Platform: ev.Platform, Conversation: ev.Conversation.ID, Thread: ev.Thread}}
	r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: ev.User.ID, Action: actSubmitted, Note: kind.Title})
	if pre != "" {
		if err := r.move(evPreApprove); err != nil {
			return err
		}
		r.Decided = w.now
		r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: "ospobot", Action: actPreApproved, Note: pre})
		if err := w.audit("submitted", w.rid(r.ID), kind.Name+", "+declared(fields), ""); err != nil {
			return err
		}
		if err := w.audit("pre-approved", w.rid(r.ID), "rule: "+pre+"; "+chk.note(), ""); err != nil {
			return err
		}
		if err := putRequest(w.tx, nil, r); err != nil {
			return err
		}
		return w.reply(bot.Text(fmt.Sprintf("%s (%s) is approved at once by the rule %q. It is on record; `status %s` shows it.",
			w.rid(r.ID), kind.Title, pre, w.rid(r.ID))))
	}
	if err := r.move(evSubmit); err != nil {
		return err
	}
	detail := kind.Name + ", " + declared(fields) + "; rule: " + rule
	if review != "" {
		detail += "; not pre-approved: " + chk.note()
		r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: "ospobot", Action: "sent to review", Note: chk.note()})
	}
	if err := w.audit("submitted", w.rid(r.ID), detail, ""); err != nil {
		return err
	}
	if err := w.openStage(r); err != nil {
		return err
	}
	if err := putRequest(w.tx, nil, r); err != nil {
		return err
	}
	st := r.Stages[0]
	text := fmt.Sprintf("%s (%s) is sent to %s (%s). I will tell you here when it is decided; `status %s` shows where it is.",
		w.rid(r.ID), kind.Title, st.Name, st.Group, w.rid(r.ID))
	if review != "" {
		text = review + " " + text
	}
	return w.reply(bot.Text(text))
}

func fieldSummary(f map[string]string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(f)) {
		parts = append(parts, k+"="+f[k])
	}
	return strings.Join(parts, " ")
}

// openStage notifies the current stage's approvers with the decision buttons.
func (w *work) openStage(r *Request) error {
	st := &r.Stages[r.Current]
	st.State, st.Started = stageOpen, w.now
	if sr, ok := w.e.stageRule(r.Rule, r.Current); ok && sr.Due > 0 {
		st.Due = w.now.Add(sr.Due.D())
	}
	msg := w.approvalMessage(r, r.Current)
	st.Messages, st.SentTo = nil, nil
	for _, to := range w.e.stageDestinations(st.Group) {
		seq, err := enqueue(w.tx, w.now, to, msg, 0)
		if err != nil {
			return err
		}
		st.Messages, st.SentTo = append(st.Messages, seq), append(st.SentTo, to)
	}
	return nil
}

// stageRule is stage i of the routing rule named rule, as configured now.
func (e *Engine) stageRule(rule string, i int) (config.StageRule, bool) {
	for _, r := range e.approvals.cfg.Rules {
		if r.Name == rule && i < len(r.Stages) {
			return r.Stages[i], true
		}
	}
	return config.StageRule{}, false
}

// stageDestinations: the group's channels, and each member directly if configured.
func (e *Engine) stageDestinations(group string) []bot.Destination {
	g := e.approvals.groups[group]
	var out []bot.Destination
	for _, n := range g.Notify {
		out = append(out, bot.PostTo(n))
	}
	if g.DM {
		for _, m := range e.approvals.members(group) {
			out = append(out, bot.DirectTo(m))
		}
	}
	return out
}

func (w *work) approvalMessage(r *Request, i int) bot.Reply {
	st := r.Stages[i]
	kind, _ := w.e.approvals.kind(r.Kind)
	fields := []bot.Field{{Label: "Requester", Value: string(r.Requester)}}
	for _, f := range kind.Fields {
		if v := r.Fields[f.Name]; v != "" {
			fields = append(fields, bot.Field{Label: f.Label, Value: bot.Printable(v, 500)})
		}
	}
	if !st.Due.IsZero() {
		fields = append(fields, bot.Field{Label: "Due", Value: st.Due.UTC().Format(shownTime)})
	}
	blocks := []bot.Block{bot.Fields(fields...)}
	if note := w.policyNote(r, kind); note != "" {
		blocks = append(blocks, bot.Context(note))
	}
	if n := len(r.Timeline); n > 0 && r.Timeline[n-1].Action == actResubmitted {
		blocks = append(blocks, bot.Context("Resubmitted after changes were asked for — "+bot.Printable(r.Timeline[n-1].Note, 2000)+"."))
	}
	blocks = append(blocks, decisionButtons(r, i, "Approve"))
	return bot.Reply{
		Text:   fmt.Sprintf("%s: %s — %s needed (%s, %s of the group).", w.rid(r.ID), kind.Title, st.Name, st.Group, modeWords(st.Mode)),
		Blocks: blocks,
	}
}

// policyNote is what the licence policy says of a request's licence, for its approvers:
// the verdict when the request names a use (a licence exception), else the category of
// the licence's strictest part (the licence of a project to contribute to).
func (w *work) policyNote(r *Request, kind config.Kind) string {
	var expr, use string
	for _, f := range kind.Fields {
		switch v := r.Fields[f.Name]; {
		case v == "":
		case f.Type == "license":
			expr = v
		case f.Type == "choice" && slices.Equal(f.Choices, config.Uses):
			use = v
		}
	}
	if expr == "" {
		return ""
	}
	if use != "" {
		if d, err := w.e.policy.Evaluate(expr, use, r.Fields["project"]); err == nil {
			return fmt.Sprintf("Policy for %s: %s — %s.", use, d.Verdict, d.Reason)
		}
	}
	if c := w.e.strictestCategory(expr); c != "" {
		c = strings.ReplaceAll(c, "_", " ")
		if strings.Contains(expr, " ") {
			return fmt.Sprintf("Licence category: %s (the strictest part of %s).", c, expr)
		}
		return fmt.Sprintf("Licence category: %s.", c)
	}
	return ""
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func modeWords(mode StageMode) string {
	if mode == ModeAll {
		return "every member"
	}
	return "any one"
}

// authorise says on whose behalf the speaker may decide stage st of r.
func (w *work) authorise(r *Request, st *Stage) (bot.UserID, error) {
	u := w.user()
	if w.e.approvals.same(u, r.Requester) {
		return "", fmt.Errorf("%w: %w", ErrOwnRequest, Errorf("You cannot decide %s: it is your own request.", w.rid(r.ID)))
	}
	if w.e.approvals.isMember(st.Group, u) {
		return "", nil
	}
	if backup := w.e.approvals.groups[st.Group].Backup; st.Escalated && backup != "" && w.e.approvals.isMember(backup, u) {
		return "", nil // the stage was escalated to the backup group
	}
	delegators, err := w.delegatorsOf(u)
	if err != nil {
		return "", err
	}
	for _, d := range delegators {
		if w.e.approvals.isMember(st.Group, d) && !w.e.approvals.same(d, r.Requester) {
			return d, nil
		}
	}
	return "", fmt.Errorf("%w: %w", ErrNotApprover, Errorf("Only members of %s (%s) or their delegates can decide %s at %s.",
		st.Group, w.e.approvals.whoIs(st.Group), w.rid(r.ID), st.Name))
}

// whoIs names a group's members, the first few of a large group, so that someone
// refused knows whom to ask.
func (a *approvals) whoIs(group string) string {
	const shown = 5
	m := a.members(group)
	switch {
	case len(m) == 0:
		return "nobody yet"
	case len(m) <= shown:
		return joinIDs(m)
	}
	return fmt.Sprintf("%s and %d more", joinIDs(m[:shown]), len(m)-shown)
}

func joinIDs(ids []bot.UserID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}

// alreadyDecided words what happened to a request that can no longer be decided here.
func (w *work) alreadyDecided(r *Request, i int) error {
	if i >= 0 && i < len(r.Stages) {
		st := r.Stages[i]
		for _, d := range slices.Backward(st.Decisions) {
			if d.Decision != DecApprove || st.State == stageApproved {
				return fmt.Errorf("%w: %w: %w", ErrAlreadyDecided, ErrWrongState, Errorf("%s (%s) was already %s by %s at %s.",
					w.rid(r.ID), st.Name, stageOutcome(st), d.who(), d.Time.UTC().Format(shownTime)))
			}
		}
	}
	return w.finished(r, "nothing to decide")
}

// finished says that r is over (how, by whom, when) and what that rules out.
func (w *work) finished(r *Request, so string) error {
	last := settledBy(r)
	return fmt.Errorf("%w: %w: %w", ErrAlreadyDecided, ErrWrongState, Errorf("%s is %s (%s by %s at %s); %s.",
		w.rid(r.ID), stateWords(r.State), last.Action, last.Actor, last.Time.UTC().Format(shownTime), so))
}

// settledBy is the timeline entry that brought r to its state: the last decision or
// withdrawal, not a later comment or "marked done", nor the engine's own "approved"
// that follows the last stage's approval.
func settledBy(r *Request) Entry {
	for i := len(r.Timeline) - 1; i > 0; i-- {
		e := r.Timeline[i]
		if e.Action == actCommented || e.Action == actMarkedDone || e.Actor == "ospobot" && e.Action == actApproved {
			continue
		}
		return e
	}
	return r.Timeline[len(r.Timeline)-1]
}

func stageOutcome(st Stage) string {
	switch st.State {
	case stageApproved:
		return "approved"
	case stageRejected:
		return "rejected"
	case stageChangesRequested:
		return "sent back for changes"
	}
	return string(st.State)
}

// request loads id, or tells the user there is no such request.
func (w *work) request(id RequestID) (*Request, error) {
	r, err := getRequest(w.tx, id)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, codeErrorf(ENotFound, "There is no request %s.", w.rid(id))
	}
	return r, nil
}

// decidable loads id with its stage i (-1: the current one), or says why it cannot be
// decided any more.
func (w *work) decidable(id RequestID, i int) (*Request, int, error) {
	r, err := w.request(id)
	if err != nil {
		return nil, 0, err
	}
	if i < 0 {
		i = r.Current
	}
	if !canDecide(r.State) || i != r.Current {
		return nil, 0, w.alreadyDecided(r, i)
	}
	return r, i, nil
}

// decide applies one approver's decision to stage i (-1: the current stage).
func (w *work) decide(id RequestID, i int, dec DecisionKind, reason string) error {
	if err := checkLength("The reason", reason); err != nil {
		return err
	}
	r, i, err := w.decidable(id, i)
	if err != nil {
		return err
	}
	old := r.clone()
	r.Stages = slices.Clone(r.Stages)
	st := &r.Stages[i]
	st.Decisions = slices.Clone(st.Decisions)
	onBehalf, err := w.authorise(r, st)
	if err != nil {
		return err
	}
	this := Decision{By: w.user(), OnBehalf: onBehalf, Decision: dec, Reason: reason, Time: w.now}
	counted, by := this.countsFor(), this.who() // by: who decided, as the requester is told
	if st.Mode == ModeAll && dec == DecApprove && slices.ContainsFunc(st.Decisions, func(d Decision) bool { return w.e.approvals.same(d.countsFor(), counted) }) {
		return Errorf("%s has already approved %s; waiting for the rest of %s.", counted, w.rid(id), st.Group)
	}
	if (dec == DecReject || dec == DecChanges) && strings.TrimSpace(reason) == "" {
		return Errorf("A reason is required.")
	}
	// A reason this person was asked for here, about this stage, is moot once they decide.
	if p, err := w.getPrompt(); err != nil {
		return err
	} else if p != nil && p.Kind == "reason" && p.Request == id && p.Stage == i {
		if err := w.dropPrompt(); err != nil {
			return err
		}
	}
	st.Decisions = append(st.Decisions, this)
	note := reason
	if onBehalf != "" {
		note = "for " + string(onBehalf)
		if reason != "" {
			note += "; " + reason
		}
	}
	r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: w.user(), Action: decisionWords[dec] + " at " + st.Name, Note: note})
	r.Updated = w.now
	detail := st.Name
	if reason != "" {
		detail += ": " + reason
	}
	if err := w.audit(string(dec), w.rid(id), detail, string(onBehalf)); err != nil {
		return err
	}
	switch dec {
	case DecApprove:
		if st.Mode == ModeAll && !w.allApproved(r, st) {
			if err := r.move(evApprovePart); err != nil {
				return err
			}
			if err := putRequest(w.tx, old, r); err != nil {
				return err
			}
			return w.reply(bot.Reply{Text: fmt.Sprintf("Recorded your approval of %s; %s still waits for the rest of %s.", w.rid(id), st.Name, st.Group), Private: true})
		}
		st.State, st.Decided = stageApproved, w.now
		if err := w.closeStageMessages(r, i); err != nil {
			return err
		}
		if i+1 < len(r.Stages) {
			if err := r.move(evAdvance); err != nil {
				return err
			}
			r.Current = i + 1
			if err := w.openStage(r); err != nil {
				return err
			}
			if err := w.tellRequester(r, fmt.Sprintf("%s: %s approved by %s. Next: %s (%s).", w.rid(id), st.Name, by, r.Stages[i+1].Name, r.Stages[i+1].Group)); err != nil {
				return err
			}
		} else {
			if err := r.move(evApprove); err != nil {
				return err
			}
			r.Decided = w.now
			r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: "ospobot", Action: actApproved})
			if err := w.audit("request approved", w.rid(id), "", ""); err != nil {
				return err
			}
			if err := w.tellRequester(r, fmt.Sprintf("%s is approved: %s approved by %s. When it is done, tell me with `done %s URL`.", w.rid(id), st.Name, by, w.rid(id))); err != nil {
				return err
			}
		}
	case DecReject:
		st.State, st.Decided = stageRejected, w.now
		if err := r.move(evReject); err != nil {
			return err
		}
		r.Decided = w.now
		if err := w.closeStageMessages(r, i); err != nil {
			return err
		}
		if err := w.tellRequester(r, fmt.Sprintf("%s is rejected at %s by %s: %s", w.rid(id), st.Name, by, reason)); err != nil {
			return err
		}
	case DecChanges:
		st.State, st.Decided = stageChangesRequested, w.now
		if err := r.move(evAskChanges); err != nil {
			return err
		}
		if err := w.closeStageMessages(r, i); err != nil {
			return err
		}
		if err := w.tellRequester(r, fmt.Sprintf("%s needs changes (%s, %s): %s\nChange it with `resubmit %s field=value …`, or `withdraw %s`.",
			w.rid(id), st.Name, by, reason, w.rid(id), w.rid(id))); err != nil {
			return err
		}
	}
	return putRequest(w.tx, old, r)
}

// who is who decided, as people read it: "shell:bob", or "shell:bob for shell:legal"
// when a delegate decided.
func (d Decision) who() string {
	if d.OnBehalf != "" {
		return string(d.By) + " for " + string(d.OnBehalf)
	}
	return string(d.By)
}

func (d Decision) countsFor() bot.UserID {
	if d.OnBehalf != "" {
		return d.OnBehalf
	}
	return d.By
}

// allApproved tells whether every member of an "all" stage's group approved. The
// requester, who may not decide their own request, is not waited for: a stage whose
// group includes them is decided by the others, rather than never.
func (w *work) allApproved(r *Request, st *Stage) bool {
	for _, m := range w.e.approvals.members(st.Group) {
		if w.e.approvals.same(m, r.Requester) {
			continue
		}
		if !slices.ContainsFunc(st.Decisions, func(d Decision) bool { return d.Decision == DecApprove && w.e.approvals.same(d.countsFor(), m) }) {
			return false
		}
	}
	return true
}

// closeStageMessages edits every approval message of stage i to show the outcome, with
// no buttons left to click.
func (w *work) closeStageMessages(r *Request, i int) error {
	st := r.Stages[i]
	kind, _ := w.e.approvals.kind(r.Kind)
	var who []string
	for _, d := range st.Decisions {
		who = append(who, d.who())
	}
	text := fmt.Sprintf("%s: %s — %s %s by %s at %s.", w.rid(r.ID), kind.Title, st.Name, stageOutcome(st), strings.Join(who, ", "), w.now.UTC().Format(shownTime))
	if r.State == StateWithdrawn {
		text = fmt.Sprintf("%s: %s — withdrawn by the requester at %s.", w.rid(r.ID), kind.Title, w.now.UTC().Format(shownTime))
	}
	msg := bot.Reply{Text: text}
	if last := st.Decisions; len(last) > 0 && last[len(last)-1].Reason != "" && r.State != StateWithdrawn {
		label := "Reason"
		if last[len(last)-1].Decision == DecApprove {
			label = "Note" // an approval needs no reason; approve OSPO-N NOTE adds one
		}
		msg.Blocks = []bot.Block{bot.Fields(bot.Field{Label: label, Value: bot.Printable(last[len(last)-1].Reason, 500)})}
	}
	for k, seq := range st.Messages {
		to := st.SentTo[k]
		if _, err := enqueue(w.tx, w.now, to, msg, seq); err != nil {
			return err
		}
	}
	return nil
}

// tellRequester sends a message to where the request was made, addressed to the requester.
func (w *work) tellRequester(r *Request, text string) error {
	to := r.Origin
	to.User = ""
	_, err := enqueue(w.tx, w.now, to, bot.Text(string(r.Requester)+": "+text), 0)
	return err
}

// withdraw ends a request at the requester's wish.
func (w *work) withdraw(id RequestID, reason string) error {
	if err := checkLength("The reason", reason); err != nil {
		return err
	}
	r, err := w.ownRequest(id, "withdraw")
	if err != nil {
		return err
	}
	if !allowed(r.State, evWithdraw) {
		return w.finished(r, "it can no longer be withdrawn")
	}
	old := r.clone()
	if err := r.move(evWithdraw); err != nil {
		return err
	}
	r.Updated = w.now
	r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: w.user(), Action: string(StateWithdrawn), Note: reason})
	if err := w.audit("withdrawn", w.rid(id), reason, ""); err != nil {
		return err
	}
	if old.State == StatePending {
		if err := w.closeStageMessages(r, r.Current); err != nil {
			return err
		}
	}
	if err := putRequest(w.tx, old, r); err != nil {
		return err
	}
	return w.reply(bot.Text(fmt.Sprintf("%s is withdrawn.", w.rid(id))))
}

// ownRequest loads id for its requester, who wants to do what (a verb: "withdraw").
func (w *work) ownRequest(id RequestID, what string) (*Request, error) {
	r, err := w.request(id)
	if err != nil {
		return nil, err
	}
	if !w.e.approvals.same(r.Requester, w.user()) {
		return nil, Errorf("Only %s, who made %s, can %s it.", r.Requester, w.rid(id), what)
	}
	return r, nil
}

// resubmit changes fields after "changes requested" and sends the request back to the
// stage that asked.
func (w *work) resubmit(id RequestID, changes map[string]string) error {
	r, err := w.ownRequest(id, "resubmit")
	if err != nil {
		return err
	}
	if !allowed(r.State, evResubmit) {
		return fmt.Errorf("%w: %w", ErrWrongState, Errorf("%s is %s; only a request sent back for changes can be resubmitted.", w.rid(id), stateWords(r.State)))
	}
	kind, _ := w.e.approvals.kind(r.Kind)
	old := r.clone()
	fields := map[string]string{}
	maps.Copy(fields, r.Fields)
	maps.Copy(fields, changes)
	if err := validateFields(kind, fields); err != nil {
		return err
	}
	var diff []string // what changed, as the approvers will read it
	for _, f := range kind.Fields {
		v := fields[f.Name]
		if v == "" && f.Required {
			return Errorf("%s is required; it cannot be emptied.", f.Label)
		}
		if was := r.Fields[f.Name]; was != v {
			diff = append(diff, fmt.Sprintf("%s: %s → %s", f.Label, orDash(bot.Printable(was, 80)), orDash(bot.Printable(v, 80))))
		}
	}
	note := strings.Join(diff, "; ")
	if note == "" {
		note = "no field changed"
	}
	r.Fields = fields
	if err := r.move(evResubmit); err != nil {
		return err
	}
	r.Updated = w.now
	r.Stages = slices.Clone(r.Stages)
	r.Stages[r.Current].Decisions = nil
	r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: w.user(), Action: actResubmitted, Note: note})
	if err := w.audit("resubmitted", w.rid(id), fieldSummary(changes), ""); err != nil {
		return err
	}
	if err := w.openStage(r); err != nil {
		return err
	}
	if err := putRequest(w.tx, old, r); err != nil {
		return err
	}
	return w.reply(bot.Text(fmt.Sprintf("%s is back with %s (%s).", w.rid(id), r.Stages[r.Current].Name, r.Stages[r.Current].Group)))
}

func fieldNames(k config.Kind) string {
	var n []string
	for _, f := range k.Fields {
		n = append(n, f.Name)
	}
	return strings.Join(n, ", ")
}

// involved tells whether u takes part in r: its requester, a member of one of its
// stages' groups, or the delegate of such a member now.
func (w *work) involved(r *Request, u bot.UserID) (bool, error) {
	if w.e.approvals.same(u, r.Requester) {
		return true, nil
	}
	deciders := []bot.UserID{u}
	delegators, err := w.delegatorsOf(u)
	if err != nil {
		return false, err
	}
	deciders = append(deciders, delegators...)
	for _, st := range r.Stages {
		for _, d := range deciders {
			if w.e.approvals.isMember(st.Group, d) {
				return true, nil
			}
		}
	}
	return false, nil
}

// comment adds a note to the timeline and tells the other side.
func (w *work) comment(id RequestID, text string) error {
	if err := checkLength("The comment", text); err != nil {
		return err
	}
	r, err := w.request(id)
	if err != nil {
		return err
	}
	u := w.user()
	involved, err := w.involved(r, u)
	if err != nil {
		return err
	}
	if !involved {
		return Errorf("Only the requester and the approvers of %s can comment on it.", w.rid(id))
	}
	old := r.clone()
	r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: u, Action: actCommented, Note: text})
	r.Updated = w.now
	if err := w.audit("commented", w.rid(id), text, ""); err != nil {
		return err
	}
	msg := bot.Text(fmt.Sprintf("%s: %s commented: %s", w.rid(id), u, bot.Printable(text, 1000)))
	if w.e.approvals.same(u, r.Requester) {
		if r.State == StatePending {
			for _, to := range w.e.stageDestinations(r.Stages[r.Current].Group) {
				if _, err := enqueue(w.tx, w.now, to, msg, 0); err != nil {
					return err
				}
			}
		}
	} else if err := w.tellRequester(r, fmt.Sprintf("%s commented: %s", u, bot.Printable(text, 1000))); err != nil {
		return err
	}
	if err := putRequest(w.tx, old, r); err != nil {
		return err
	}
	return w.reply(bot.Reply{Text: "Comment added to " + w.rid(id) + ".", Private: true})
}

// Delegation lets a delegate decide for an approver until a time.
type Delegation struct {
	V        int        `json:"v"`
	Delegate bot.UserID `json:"delegate"`
	Since    time.Time  `json:"since"`
	Until    time.Time  `json:"until"`
}

// inForce tells whether d holds at t.
func (d Delegation) inForce(t time.Time) bool { return !t.Before(d.Since) && t.Before(d.Until) }

// delegations are the delegations in force now, by the approver who delegated.
func (w *work) delegations() (map[bot.UserID]Delegation, error) {
	out := map[bot.UserID]Delegation{}
	err := delegations.scan(w.tx, nil, func(k []byte, d *Delegation) error {
		if d.inForce(w.now) {
			out[bot.UserID(k)] = *d
		}
		return nil
	})
	return out, err
}

// delegationOf finds, among the delegations ds, the one u made, under any of u's IDs
// (a person has one at a time): by is the ID it was made under.
func (w *work) delegationOf(ds map[bot.UserID]Delegation, u bot.UserID) (by bot.UserID, d Delegation, ok bool) {
	for by, d := range ds {
		if w.e.approvals.same(by, u) {
			return by, d, true
		}
	}
	return "", Delegation{}, false
}

// delegatorsOf are the approvers u stands in for now, in order.
func (w *work) delegatorsOf(u bot.UserID) ([]bot.UserID, error) {
	ds, err := w.delegations()
	if err != nil {
		return nil, err
	}
	var out []bot.UserID
	for by, d := range ds {
		if w.e.approvals.same(d.Delegate, u) {
			out = append(out, by)
		}
	}
	slices.Sort(out)
	return out, nil
}
