package workflows

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

func (e *Engine) approvalCommands() []command {
	p := e.approvals.cfg.IDPrefix
	return []command{
		{spec: bot.CommandSpec{Name: "request", Topic: "Approvals", Aliases: []string{"new"}, Args: "[KIND [field=value …]]",
			Summary: "Ask for an approval: an upstream contribution, a release, a CLA, a licence exception.",
			Help: "Give the kind and its fields inline (quote values with spaces), or only the kind and I ask field by field; " +
				"`request` alone lists the kinds. `cancel` stops a form. The request goes to the approvers the policy names, and I tell you here what they decide.",
			Example: `request contribution project=https://github.com/etcd-io/bbolt license=MIT what="fix a typo in the docs" size=small`},
			prepare: prepareRequest, run: runRequest},
		{spec: bot.CommandSpec{Name: "approve", Topic: "Approvals", Args: p + "-N [NOTE]", Summary: "Approve the stage of a request that waits for you.", Example: "approve " + p + "-1"},
			run: decisionCommand(DecApprove)},
		{spec: bot.CommandSpec{Name: "reject", Topic: "Approvals", Args: p + "-N REASON", Summary: "Reject a request (a reason is required).", Example: "reject " + p + "-1 the project has no licence"},
			run: decisionCommand(DecReject)},
		{spec: bot.CommandSpec{Name: "changes", Topic: "Approvals", Aliases: []string{"request-changes"}, Args: p + "-N REASON", Summary: "Send a request back to its requester for changes.",
			Example: "changes " + p + "-1 please give the business reason"}, run: decisionCommand(DecChanges)},
		{spec: bot.CommandSpec{Name: "withdraw", Topic: "Approvals", Args: p + "-N [REASON]", Summary: "Withdraw your own request.", Example: "withdraw " + p + "-1 no longer needed"},
			run: func(w *work) error {
				id, rest, err := w.requestArg()
				if err != nil {
					return err
				}
				return w.withdraw(id, rest)
			}},
		{spec: bot.CommandSpec{Name: "comment", Topic: "Approvals", Args: p + "-N TEXT", Summary: "Add a comment to a request; the other side is told.", Example: "comment " + p + "-1 the CLA is the corporate one"},
			run: func(w *work) error {
				id, rest, err := w.requestArg()
				if err != nil {
					return err
				}
				if rest == "" {
					return Errorf("What is the comment? `comment %s TEXT`", w.rid(id))
				}
				return w.comment(id, rest)
			}},
		{spec: bot.CommandSpec{Name: "resubmit", Topic: "Approvals", Args: p + "-N field=value …", Summary: "Change a request that was sent back for changes, and send it again.",
			Example: "resubmit " + p + "-1 reason=\"needed for the Q3 launch\""},
			run: func(w *work) error {
				id, rest, err := w.requestArg()
				if err != nil {
					return err
				}
				changes, err := parseFields(rest)
				if err != nil {
					return err
				}
				return w.resubmit(id, changes)
			}},
		{spec: bot.CommandSpec{Name: "status", Topic: "Approvals", Args: "[" + p + "-N]", Summary: "Show a request: its fields, stages and timeline; alone, lists yours.", Example: "status " + p + "-1"},
			run: runStatus},
		{spec: bot.CommandSpec{Name: "mine", Topic: "Approvals", Summary: "List the requests you made.", Example: "mine"}, run: runMine},
		{spec: bot.CommandSpec{Name: "pending", Topic: "Approvals", Aliases: []string{"inbox", "todo"}, Summary: "List the requests that wait for your decision, oldest first.", Example: "pending"},
			run: runPending},
		{spec: bot.CommandSpec{Name: "requests", Topic: "Approvals", Args: "[STATE]", Summary: "List requests, for approvers: all, or those in one state (" + strings.Join(stateNames(), ", ") + ").",
			Example: "requests pending"}, run: runRequests},
		{spec: bot.CommandSpec{Name: "delegate", Topic: "Approvals", Args: "[USER until DATE | USER for N days|weeks | off]", Summary: "Let someone decide for you while you are away; alone, shows who decides for whom.",
			Help:    "The delegate decides for you through the end of the day given (UTC): `until 2026-12-24`, `until tomorrow`, `until friday` (the next one), `for 3 days` or `for 2 weeks` (today counts). The record says who decided for whom. `delegate off` ends it early.",
			Example: "delegate shell:bob until 2026-12-24"}, run: runDelegate},
		{spec: bot.CommandSpec{Name: "done", Topic: "Approvals", Args: p + "-N URL", Summary: "Mark an approved contribution or release as done, with its link.",
			Example: "done " + p + "-1 https://github.com/etcd-io/bbolt/pull/123"}, run: runDone},
		{spec: bot.CommandSpec{Name: "snooze", Topic: "Digests and reminders", Args: p + "-N 3d|2w|until DAY|off", Summary: "Pause reminders about your request (a week when you say nothing), or resume them.",
			Example: "snooze " + p + "-1 1w"}, run: runSnoozeCommand},
		{spec: bot.CommandSpec{Name: "digest", Topic: "Digests and reminders", Args: "preview NAME", Summary: "Show what a scheduled digest would send now, without sending it (approvers).",
			Example: "digest preview approver-digest"}, prepare: prepareDigestPreview, run: runDigestPreview},
		{spec: bot.CommandSpec{Name: "audit", Topic: "Approvals", Args: "export [csv|jsonl] [since YYYY-MM-DD]", Summary: "Take the audit trail as a file (members of " + ospoGroup + ").",
			Help:    "Every decision, request and delegation on record, as CSV (the default) or JSON Lines, from a date on or all of it; the file comes in a message only you see. Where files cannot be sent in chat, `ospobot audit export` writes it on the server.",
			Example: "audit export csv since 2026-01-01"}, prepare: prepareAuditExport, run: runAuditExport},
		{spec: bot.CommandSpec{Name: "answer", Args: "TEXT", Summary: "Answer what I asked you (a reason, a form field); a plain message does the same.",
			Example: "answer the licence is not OSI-approved"}, run: runAnswer},
		{spec: bot.CommandSpec{Name: "cancel", Summary: "Stop the form or the decision I am asking you about.", Example: "cancel"}, run: runCancel},
	}
}

// requestArg reads "OSPO-N rest…" from the call.
func (w *work) requestArg() (RequestID, string, error) {
	first, rest := firstField(w.call.Rest)
	id, ok := ParseRequestID(first, w.e.approvals.cfg.IDPrefix)
	if !ok {
		return 0, "", Errorf("Which request? Give its ID, like `%s-1`.", w.e.approvals.cfg.IDPrefix)
	}
	return id, strings.TrimSpace(rest), nil
}

// fieldSpace separates key=value pairs: a pasted request may put one on each line.
const fieldSpace = " \t\r\n"

// parseFields reads key=value pairs; values with spaces are quoted.
func parseFields(s string) (map[string]string, error) {
	out := map[string]string{}
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		eq := strings.IndexByte(s, '=')
		sp := strings.IndexAny(s, fieldSpace)
		if eq <= 0 || (sp >= 0 && sp < eq) {
			word, _, _ := strings.Cut(s, " ")
			return nil, Errorf("I expected field=value, not %q.", bot.Printable(word, 60))
		}
		key := strings.ToLower(s[:eq])
		if _, dup := out[key]; dup {
			return nil, Errorf("%s is given twice; give each field once.", bot.Printable(key, 60))
		}
		s = s[eq+1:]
		var val string
		if strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") {
			q := `"`
			if strings.HasPrefix(s, "“") {
				q = "”"
			}
			s = s[len(string([]rune(s)[0:1])):]
			end := strings.Index(s, q)
			if end < 0 {
				return nil, Errorf("The value of %s has no closing quote.", key)
			}
			val, s = s[:end], s[end+len(q):]
		} else if end := strings.IndexAny(s, fieldSpace); end >= 0 {
			val, s = s[:end], s[end:]
		} else {
			val, s = s, ""
		}
		out[key] = strings.TrimSpace(val)
	}
	return out, nil
}

func runRequest(w *work) error {
	word, rest := firstField(w.call.Rest)
	if word == "" {
		var buttons []bot.Button
		var lines []string
		for _, k := range w.e.approvals.cfg.Kinds {
			lines = append(lines, fmt.Sprintf("`%s` — %s (%s)", k.Name, k.Title, fieldNames(k)))
			buttons = append(buttons, bot.Button{Label: k.Title, Action: actionFormKind, Value: k.Name})
		}
		if err := w.putPrompt(&prompt{Kind: "kind"}); err != nil {
			return err
		}
		return w.reply(bot.Reply{Text: "What would you like approved? Pick one (click it or type its name), or `request KIND field=value …`:",
			Blocks: []bot.Block{bot.Section(strings.Join(lines, "\n")), bot.Context("`cancel` stops here."), bot.Buttons(buttons...)}})
	}
	kind, ok := w.e.approvals.kind(word)
	if !ok {
		return Errorf("I know no request kind %q; the kinds are %s.", bot.Printable(word, 40), w.e.approvals.kindNames())
	}
	fields, err := parseFields(rest)
	if err != nil {
		return err
	}
	if err := validateFields(kind, fields); err != nil {
		return err
	}
	for _, f := range kind.Fields {
		if _, ok := fields[f.Name]; !ok && f.Required {
			return w.startForm(kind, fields) // ask for what is missing
		}
	}
	return w.submit(kind, fields)
}

func decisionCommand(dec DecisionKind) func(w *work) error {
	return func(w *work) error {
		id, rest, err := w.requestArg()
		if err != nil {
			return err
		}
		if err := w.movedOn(id); err != nil {
			return err
		}
		if dec != DecApprove && rest == "" {
			return w.askReason(id, -1, dec)
		}
		return w.decide(id, -1, dec, rest)
	}
}

// movedOn answers a typed decision on a request that has moved past the speaker's
// stage: they may not decide the stage it is at now, but they could decide an earlier
// one, which someone has decided. They are told who decided it and when, and where the
// request is now, rather than that only another group may decide it.
func (w *work) movedOn(id RequestID) error {
	r, err := getRequest(w.tx, id)
	if err != nil || r == nil || !canDecide(r.State) {
		return err // decidable words the rest
	}
	now := r.Stages[r.Current]
	if _, err := w.authorise(r, &now); err == nil || errors.Is(err, ErrOwnRequest) {
		return nil
	}
	for i := r.Current - 1; i >= 0; i-- {
		if _, err := w.authorise(r, &r.Stages[i]); err != nil {
			continue
		}
		msg, _ := userMessage(w.alreadyDecided(r, i))
		return fmt.Errorf("%w: %w", ErrAlreadyDecided, Errorf("%s It now waits for %s (%s).", msg, now.Name, now.Group))
	}
	return nil
}

// decisionButton handles a click on an approval message: approve at once; reject and
// request-changes ask for the reason first.
func decisionButton(dec DecisionKind) func(w *work) error {
	return func(w *work) error {
		idPart, stagePart, _ := strings.Cut(w.call.Event.Action.Value, "/")
		n, err1 := strconv.ParseUint(idPart, 10, 64)
		i, err2 := strconv.Atoi(stagePart)
		if err1 != nil || err2 != nil {
			return Errorf("That button is out of date.")
		}
		if dec == DecApprove {
			return w.decide(RequestID(n), i, dec, "")
		}
		return w.askReason(RequestID(n), i, dec)
	}
}

// askReason checks the speaker may decide, then asks them for the reason.
func (w *work) askReason(id RequestID, i int, dec DecisionKind) error {
	r, i, err := w.decidable(id, i)
	if err != nil {
		return err
	}
	if _, err := w.authorise(r, &r.Stages[i]); err != nil {
		return err
	}
	if err := w.promptInProgress(); err != nil {
		return err
	}
	if w.formsHere() {
		return w.openReasonForm(id, i, dec)
	}
	if err := w.putPrompt(&prompt{Kind: "reason", Request: id, Stage: i, Decision: dec}); err != nil {
		return err
	}
	q := fmt.Sprintf("Why do you reject %s?", w.rid(id))
	if dec == DecChanges {
		q = fmt.Sprintf("What should change in %s?", w.rid(id))
	}
	return w.reply(bot.Reply{Text: q + " Reply with the reason, or `cancel`.", Private: true})
}

func runStatus(w *work) error {
	if strings.TrimSpace(w.call.Rest) == "" {
		return runMine(w) // which request? one's own are the likely ones
	}
	id, _, err := w.requestArg()
	if err != nil {
		return err
	}
	r, err := w.visibleRequest(w.user(), id) // the answer is for the asker alone
	if err != nil {
		return err
	}
	kind, _ := w.e.approvals.kind(r.Kind)
	fields := []bot.Field{{Label: "Requester", Value: string(r.Requester)}}
	for _, f := range kind.Fields {
		if v := r.Fields[f.Name]; v != "" {
			fields = append(fields, bot.Field{Label: f.Label, Value: bot.Printable(v, 300)})
		}
	}
	var stages []string
	for i, st := range r.Stages {
		state := stageStateWords(st)
		if st.State == stageOpen && r.State == StateWithdrawn {
			state = "not decided: the request was withdrawn"
		}
		line := fmt.Sprintf("%d. %s (%s, %s): %s", i+1, st.Name, st.Group, modeWords(st.Mode), state)
		if st.State == stageOpen && r.State == StatePending && !st.Due.IsZero() {
			line += ", due " + st.Due.UTC().Format(shownTime)
		}
		stages = append(stages, line)
	}
	if r.PreApproved != "" {
		stages = append(stages, "pre-approved by the rule “"+r.PreApproved+"”")
	}
	var tl []string
	for _, e := range r.Timeline {
		action := e.Action
		if action == string(StateWithdrawn) { // stored as the state it led to; read here as a deed
			action = "withdrew it"
		}
		s := fmt.Sprintf("%s  %s %s", e.Time.UTC().Format("2006-01-02 15:04"), e.Actor, action)
		if e.Note != "" {
			s += ": " + bot.Printable(e.Note, 200)
		}
		tl = append(tl, s)
	}
	if r.FollowUp != "" {
		fields = append(fields, bot.Field{Label: "Done", Value: r.FollowUp})
	}
	return w.reply(bot.Reply{
		Text:    fmt.Sprintf("%s — %s — %s", w.rid(id), kind.Title, strings.ToUpper(stateWords(r.State))),
		Blocks:  []bot.Block{bot.Fields(fields...), bot.Section("Stages:\n" + strings.Join(stages, "\n")), bot.Section("Timeline (UTC):\n" + strings.Join(tl, "\n"))},
		Private: true,
	})
}

func stageStateWords(st Stage) string {
	switch st.State {
	case stageWaiting:
		return "not reached"
	case stageOpen:
		if len(st.Decisions) > 0 {
			return fmt.Sprintf("waiting (%d approved)", len(st.Decisions))
		}
		return "waiting"
	}
	if len(st.Decisions) == 0 {
		return stageOutcome(st)
	}
	last := st.Decisions[len(st.Decisions)-1]
	return fmt.Sprintf("%s by %s at %s", stageOutcome(st), last.who(), last.Time.UTC().Format(shownTime))
}

// listRequests loads the requests whose index keys start with prefix, newest last.
func (w *work) listRequests(index keySet, prefix string, limit int) ([]*Request, int, error) {
	var ids []RequestID
	err := index.scan(w.tx, []byte(prefix), func(k []byte) error {
		ids = append(ids, idFromIndexKey(k))
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	total := len(ids)
	if limit > 0 && len(ids) > limit {
		ids = ids[len(ids)-limit:]
	}
	out := make([]*Request, 0, len(ids))
	for _, id := range ids {
		r, err := getRequest(w.tx, id)
		if err != nil {
			return nil, 0, err
		}
		if r != nil {
			out = append(out, r)
		}
	}
	return out, total, nil
}

func (w *work) requestLine(r *Request) string {
	kind, _ := w.e.approvals.kind(r.Kind)
	s := fmt.Sprintf("%s %s — %s", w.rid(r.ID), kind.Title, stateWords(r.State))
	if r.State == StatePending {
		st := r.Stages[r.Current]
		s += fmt.Sprintf(" at %s (%s) for %s", st.Name, st.Group, age(w.now.Sub(st.Started)))
	}
	if r.State == StateApproved && r.FollowUp != "" {
		s += ", done"
	}
	if p := r.Fields["project"]; p != "" {
		s += " — " + bot.Printable(p, 80)
	}
	return s
}

func age(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "under a minute"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d.Hours()))
	}
	return fmt.Sprintf("%dd", int(d.Hours()/24))
}

func runMine(w *work) error {
	page, err := w.findRequests(w.user(), RequestFilter{Requester: w.user(), Limit: 20}) // made under any of their IDs
	if err != nil {
		return err
	}
	rs, total := page.Requests, page.Total
	if total == 0 {
		return w.reply(bot.Reply{Text: "You have made no requests. `request` starts one.", Private: true})
	}
	var lines []string
	for _, r := range slices.Backward(rs) {
		lines = append(lines, w.requestLine(r))
	}
	text := fmt.Sprintf("Your requests (%d):", total)
	if total > len(rs) {
		text = fmt.Sprintf("Your requests (the latest %d of %d):", len(rs), total)
	}
	hint := bot.Context(fmt.Sprintf("`status %s` shows one in full.", w.rid(rs[len(rs)-1].ID)))
	return w.reply(bot.Reply{Text: text, Blocks: []bot.Block{bot.Section(strings.Join(lines, "\n")), hint}, Private: true})
}

// pendingFor lists the open requests user may decide, oldest first.
func (w *work) pendingFor(u bot.UserID) ([]*Request, error) {
	delegators, err := w.delegatorsOf(u)
	if err != nil {
		return nil, err
	}
	var groups []string // those u decides for, in person or as a delegate (as authorise has it)
	for name := range w.e.approvals.groups {
		if slices.ContainsFunc(append([]bot.UserID{u}, delegators...), func(d bot.UserID) bool { return w.e.approvals.isMember(name, d) }) {
			groups = append(groups, name)
		}
	}
	slices.Sort(groups)
	var out []*Request
	for _, g := range groups {
		rs, _, err := w.listRequests(idxApprover, g+"/", 0)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if w.waitsFor(r, u) {
				out = append(out, r)
			}
		}
	}
	sortByWait(out)
	return out, nil
}

// waitsFor tells whether open request r, at a stage u may decide, still waits for u:
// not u's own, and not already approved by u at an "all" stage.
func (w *work) waitsFor(r *Request, u bot.UserID) bool {
	if w.e.approvals.same(r.Requester, u) {
		return false
	}
	st := r.Stages[r.Current]
	return st.Mode != ModeAll || !slices.ContainsFunc(st.Decisions, func(d Decision) bool { return w.e.approvals.same(d.By, u) })
}

// sortByWait orders open requests by how long their stage has waited, longest first.
func sortByWait(rs []*Request) {
	slices.SortFunc(rs, func(a, b *Request) int {
		return cmp.Or(a.Stages[a.Current].Started.Compare(b.Stages[b.Current].Started), cmp.Compare(a.ID, b.ID))
	})
}

// decisionList shows open requests with their decision buttons, the first ten of
// them; more words the rest ("and %d more …").
func (w *work) decisionList(rs []*Request, more string) []bot.Block {
	var blocks []bot.Block
	for i, r := range rs {
		if i == 10 {
			blocks = append(blocks, bot.Context(fmt.Sprintf(more, len(rs)-10)))
			break
		}
		blocks = append(blocks, bot.Section(w.requestLine(r)), decisionButtons(r, r.Current, "Approve "+w.rid(r.ID)))
	}
	return blocks
}

// decisionButtons decide stage i of r.
func decisionButtons(r *Request, i int, approve string) bot.Block {
	v := fmt.Sprintf("%d/%d", r.ID, i)
	return bot.Buttons(
		bot.Button{Label: approve, Action: actionApprove, Value: v, Style: bot.Primary},
		bot.Button{Label: "Reject", Action: actionReject, Value: v, Style: bot.Danger},
		bot.Button{Label: "Request changes", Action: actionChanges, Value: v})
}

func runPending(w *work) error {
	page, err := w.findRequests(w.user(), RequestFilter{Approver: w.user()})
	if err != nil {
		return err
	}
	rs := page.Requests
	if len(rs) == 0 {
		return w.reply(bot.Reply{Text: "Nothing waits for your decision.", Private: true})
	}
	return w.reply(bot.Reply{Text: fmt.Sprintf("%d %s for your decision, oldest first:", len(rs), plural(len(rs), "request waits", "requests wait")),
		Blocks: w.decisionList(rs, "and %d more; decide these first, or `requests pending` for the list."), Private: true})
}

func (e *Engine) isApprover(u bot.UserID) bool {
	for name := range e.approvals.groups {
		if e.approvals.isMember(name, u) {
			return true
		}
	}
	return false
}

func runRequests(w *work) error {
	if !w.e.isApprover(w.user()) {
		return Errorf("Only approvers can list everyone's requests; `mine` lists yours.")
	}
	word, _ := firstField(w.call.Rest)
	state := State(strings.ReplaceAll(strings.ToLower(word), "-", "_"))
	if state != "" && !slices.Contains(States, state) {
		// A unique beginning will do: `requests changes`, `requests rej`.
		var match []State
		for _, st := range States {
			if strings.HasPrefix(string(st), string(state)) {
				match = append(match, st)
			}
		}
		if len(match) != 1 {
			return Errorf("Unknown state %q; the states are %s.", bot.Printable(string(state), 40), strings.Join(stateNames(), ", "))
		}
		state = match[0]
	}
	page, err := w.findRequests(w.user(), RequestFilter{State: state, Limit: 30})
	if err != nil {
		return err
	}
	rs, total := page.Requests, page.Total
	which := ""
	if state != "" {
		which = " " + stateWords(state)
	}
	if total == 0 {
		return w.reply(bot.Reply{Text: "No requests" + which + ".", Private: true})
	}
	var lines []string
	for _, r := range slices.Backward(rs) {
		lines = append(lines, w.requestLine(r))
	}
	head := fmt.Sprintf("%d %s%s, newest first:", total, plural(total, "request", "requests"), which)
	if total > len(rs) {
		head = fmt.Sprintf("%d %s%s; the newest %d:", total, plural(total, "request", "requests"), which, len(rs))
	}
	return w.reply(bot.Reply{Text: head, Blocks: []bot.Block{bot.Section(strings.Join(lines, "\n"))}, Private: true})
}

// latestRequests is the newest limit requests of all, oldest first (as listRequests),
// and how many there are.
func (w *work) latestRequests(limit int) ([]*Request, int, error) {
	total, err := requests.count(w.tx)
	if err != nil {
		return nil, 0, err
	}
	var rs []*Request
	err = requests.last(w.tx, limit, func(_ []byte, r *Request) error {
		rs = append(rs, r)
		return nil
	})
	slices.Reverse(rs)
	return rs, total, err
}

// showDelegations answers `delegate` alone: who decides for this person, and for whom
// they decide, now.
func (w *work) showDelegations(ds map[bot.UserID]Delegation) error {
	u := w.user()
	lastDay := func(d Delegation) string { return d.Until.Add(-time.Nanosecond).UTC().Format("2006-01-02") }
	var lines []string
	if _, d, ok := w.delegationOf(ds, u); ok {
		lines = append(lines, fmt.Sprintf("%s decides for you until the end of %s; `delegate off` ends it.", d.Delegate, lastDay(d)))
	} else if w.e.isApprover(u) {
		lines = append(lines, "You have no delegate; name one with `delegate USER until DATE`.")
	}
	for _, by := range slices.Sorted(maps.Keys(ds)) {
		if d := ds[by]; w.e.approvals.same(d.Delegate, u) {
			lines = append(lines, fmt.Sprintf("You decide for %s until the end of %s.", by, lastDay(d)))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, "You are not an approver, and nobody has made you their delegate.")
	}
	return w.reply(bot.Reply{Text: strings.Join(lines, "\n"), Private: true})
}

func runDelegate(w *work) error {
	u := w.user()
	first, rest := firstField(w.call.Rest)
	ds, err := w.delegations()
	if err != nil {
		return err
	}
	if first == "" {
		return w.showDelegations(ds)
	}
	if !w.e.isApprover(u) {
		return Errorf("Only approvers can name a delegate.")
	}
	owner, current, delegated := w.delegationOf(ds, u) // the delegation in force, if any
	if strings.EqualFold(first, "off") {
		if !delegated {
			return Errorf("You have no delegate; nothing to end.")
		}
		if err := delegations.delete(w.tx, []byte(owner)); err != nil {
			return err
		}
		if err := w.audit("delegation ended", "", "", ""); err != nil {
			return err
		}
		return w.reply(bot.Text(fmt.Sprintf("%s decides alone again (%s no longer decides for them).", u, current.Delegate)))
	}
	delegate := bot.UserID(first)
	if !strings.Contains(first, ":") {
		delegate = bot.UserID(string(w.call.Event.Platform) + ":" + first)
	}
	if p, rest, _ := strings.Cut(string(delegate), ":"); p == "" || rest == "" {
		return Errorf("%q is not a user; name them like `bob`, or with their platform: `slack:U024BE7LH`.", bot.Printable(first, 60))
	}
	if w.e.approvals.same(delegate, u) {
		return Errorf("You cannot delegate to yourself.")
	}
	if strings.TrimSpace(rest) == "" {
		return Errorf("Until when? `delegate %s until 2026-12-24` (or `until friday`, `for 2 weeks`)", first)
	}
	last, err := lastDay(rest, w.now)
	if err != nil {
		return err
	}
	until := last.Add(24 * time.Hour) // through the end of that day
	if !until.After(w.now) {
		return Errorf("That date is in the past.")
	}
	date := last.Format("2006-01-02")
	if delegated && owner != u { // one delegation per person: the new one replaces it
		if err := delegations.delete(w.tx, []byte(owner)); err != nil {
			return err
		}
	}
	if err := delegations.put(w.tx, []byte(u), &Delegation{Delegate: delegate, Since: w.now, Until: until}); err != nil {
		return err
	}
	if err := w.audit("delegated", "", fmt.Sprintf("to %s until %s", delegate, until.Format(time.RFC3339)), ""); err != nil {
		return err
	}
	text := fmt.Sprintf("%s may decide for %s until the end of %s (%s).", delegate, u, date, last.Weekday())
	if delegated && current.Delegate != delegate {
		text += fmt.Sprintf(" This replaces %s as the delegate.", current.Delegate)
	}
	return w.reply(bot.Text(text))
}

// lastDay reads how long a delegation lasts and returns its last day (UTC midnight):
// "until 2026-12-24", "until tomorrow", "until friday" (the next one), "for 3 days",
// "for 2 weeks".
func lastDay(phrase string, now time.Time) (time.Time, error) {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	words := strings.Fields(strings.ToLower(phrase))
	bad := Errorf("%q is not a time I understand; write `until 2026-12-24`, `until friday` or `for 2 weeks`.", bot.Printable(phrase, 40))
	switch {
	case len(words) == 2 && words[0] == "until":
		if d, err := time.ParseInLocation("2006-01-02", words[1], time.UTC); err == nil {
			return d, nil
		}
		if words[1] == "tomorrow" {
			return today.AddDate(0, 0, 1), nil
		}
		for wd := time.Sunday; wd <= time.Saturday; wd++ {
			if name := strings.ToLower(wd.String()); words[1] == name || words[1] == name[:3] {
				days := (int(wd) - int(today.Weekday()) + 7) % 7
				if days == 0 {
					days = 7 // "until friday" on a Friday is the next one
				}
				return today.AddDate(0, 0, days), nil
			}
		}
	case len(words) > 1 && words[0] == "for":
		if n, ok := periodDays(phrase); ok && n <= 366 {
			return today.AddDate(0, 0, n-1), nil // "for 1 day" is today
		}
	}
	return time.Time{}, bad
}

func runDone(w *work) error {
	id, rest, err := w.requestArg()
	if err != nil {
		return err
	}
	r, err := w.ownRequest(id, "mark as done")
	if err != nil {
		return err
	}
	if !allowed(r.State, evMarkedDone) {
		return fmt.Errorf("%w: %w", ErrWrongState, Errorf("%s is %s; only an approved request can be marked done.", w.rid(id), stateWords(r.State)))
	}
	if err := validateField(config.Field{Label: "The link", Type: "url"}, rest); err != nil {
		return err
	}
	old := r.clone()
	if err := r.move(evMarkedDone); err != nil {
		return err
	}
	r.FollowUp, r.Updated = rest, w.now
	r.Timeline = append(r.Timeline, Entry{Time: w.now, Actor: w.user(), Action: actMarkedDone, Note: rest})
	if err := w.audit("done", w.rid(id), rest, ""); err != nil {
		return err
	}
	if err := putRequest(w.tx, old, r); err != nil {
		return err
	}
	return w.reply(bot.Text(fmt.Sprintf("%s is marked done: %s", w.rid(id), rest)))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func runSnoozeCommand(w *work) error {
	id, rest, err := w.requestArg()
	if err != nil {
		return err
	}
	if strings.EqualFold(strings.TrimSpace(rest), "off") {
		return w.snooze(id, 0)
	}
	d, err := snoozeFor(rest, w.now)
	if err != nil {
		return err
	}
	return w.snooze(id, d)
}

// period is "3d", "2w", "3 days", "for 2 weeks", "a week".
var period = regexp.MustCompile(`^(?:for\s+)?(\d+|a|one)?\s*(d|days?|w|weeks?)$`)

// periodDays reads a number of days or weeks as days; ok is false for anything else,
// or for none at all.
func periodDays(phrase string) (days int, ok bool) {
	m := period.FindStringSubmatch(strings.ToLower(strings.TrimSpace(phrase)))
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	if m[1] == "" || m[1] == "a" || m[1] == "one" {
		n, err = 1, nil
	}
	if err != nil || n < 1 || n > 100000 {
		return 0, false
	}
	if strings.HasPrefix(m[2], "w") {
		n *= 7
	}
	return n, true
}

// snoozeFor reads how long to pause reminders: a number of days or weeks, "until
// friday" or a date (through the end of that day); a week when nothing is said. At most
// 90 days, as the buttons allow.
func snoozeFor(phrase string, now time.Time) (time.Duration, error) {
	phrase = strings.ToLower(strings.TrimSpace(phrase))
	var d time.Duration
	days, isPeriod := periodDays(phrase)
	switch {
	case phrase == "":
		d = 7 * 24 * time.Hour
	case isPeriod:
		d = time.Duration(days) * 24 * time.Hour
	case strings.HasPrefix(phrase, "until "):
		last, err := lastDay(phrase, now)
		if err != nil {
			return 0, err
		}
		if d = last.Add(24 * time.Hour).Sub(now); d <= 0 {
			return 0, Errorf("That date is in the past.")
		}
	default:
		return 0, Errorf("Snooze for `1d`, `3d`, `2w` or `until friday`, or `off` to resume reminders.")
	}
	if d > 90*24*time.Hour {
		return 0, Errorf("Reminders can be paused for at most 90 days.")
	}
	return d, nil
}

// prepareDigestPreview builds the digest in a transaction of its own that is rolled
// back, so that a preview changes nothing (no reminder counted, no audit record).
func prepareDigestPreview(_ context.Context, e *Engine, c bot.Call) (any, error) {
	if !e.isApprover(c.Event.User.ID) {
		return nil, Errorf("Only approvers can preview digests.")
	}
	sub, name := firstField(c.Rest)
	if sub != "preview" || name == "" {
		return nil, Errorf("Usage: `digest preview NAME`; the schedules are %s.", e.scheduleNames())
	}
	out, err := e.Preview(strings.TrimSpace(name))
	if err != nil {
		return nil, err
	}
	return digestPreview{name: strings.TrimSpace(name), out: out}, nil
}

type digestPreview struct {
	name string
	out  []Outgoing
}

func runDigestPreview(w *work) error {
	p := w.prepared.(digestPreview)
	if len(p.out) == 0 {
		return w.reply(bot.Reply{Text: fmt.Sprintf("%s would send nothing now.", p.name), Private: true})
	}
	if err := w.reply(bot.Reply{Text: fmt.Sprintf("%s would send %d %s now:", p.name, len(p.out), plural(len(p.out), "message", "messages")), Private: true}); err != nil {
		return err
	}
	for _, o := range p.out {
		r := o.Reply
		r.Private = true
		r.Text = "→ " + destinationText(o.To) + ": " + r.Text
		if err := w.reply(r); err != nil {
			return err
		}
	}
	return nil
}

func destinationText(d bot.Destination) string {
	if d.User != "" {
		return string(d.User)
	}
	return string(d.Platform) + ":" + string(d.Conversation)
}

// runFormKind starts the guided form for the kind whose button was clicked.
func runFormKind(w *work) error {
	kind, ok := w.e.approvals.kind(w.call.Event.Action.Value)
	if !ok {
		return Errorf("That kind of request is no longer configured; `request` lists the kinds.")
	}
	return w.startForm(kind, map[string]string{})
}
