package workflows

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/ospobot/ospobot/bot"
)

// The home surface (Slack's App Home tab) shows each person their requests and what
// waits for their decision. It is drawn when they open it (a HomeEvent) and drawn again,
// through the outbox like any message, when a request they made or may decide changes
// state, on every platform whose adapter has Home.

// requestChanged notes, in the transaction, a request whose state or stage changed, so
// that the homes of the people concerned are drawn again when the call is done.
func (t *Tx) requestChanged(old, r *Request) {
	if old != nil && old.State == r.State && old.Current == r.Current {
		return
	}
	if !slices.Contains(t.changed, r.ID) {
		t.changed = append(t.changed, r.ID)
	}
}

// runHome answers a HomeEvent: the speaker's home, drawn.
func runHome(w *work) error {
	u := w.user()
	r, err := w.homeView(u)
	if err != nil {
		return err
	}
	_, err = enqueue(w.tx, w.now, homeOf(u), r, 0)
	return err
}

// homeOf addresses u's home surface.
func homeOf(u bot.UserID) bot.Destination {
	d := bot.DirectTo(u)
	d.Home = true
	return d
}

// homeView is u's home: what waits for their decision, with its buttons, and their own
// latest requests.
func (w *work) homeView(u bot.UserID) (bot.Reply, error) {
	waiting, err := w.pendingFor(u)
	if err != nil {
		return bot.Reply{}, err
	}
	var mine []*Request
	for _, id := range w.e.approvals.idsOf(u) {
		some, _, err := w.listRequests(idxRequester, string(id)+"/", 10)
		if err != nil {
			return bot.Reply{}, err
		}
		mine = append(mine, some...)
	}
	slices.SortFunc(mine, func(a, b *Request) int { return cmp.Compare(b.ID, a.ID) })
	mine = mine[:min(len(mine), 10)]

	blocks := []bot.Block{bot.Section("*Waiting for your decision*")}
	if len(waiting) == 0 {
		blocks = append(blocks, bot.Context("Nothing waits for you."))
	} else {
		blocks = append(blocks, w.decisionList(waiting, "and %d more; `pending` lists them.")...)
	}
	blocks = append(blocks, bot.Section("*Your requests*"))
	if len(mine) == 0 {
		blocks = append(blocks, bot.Context("You have made no requests. `request` starts one."))
	} else {
		var lines []string
		for _, r := range mine {
			lines = append(lines, w.requestLine(r))
		}
		blocks = append(blocks, bot.Section(strings.Join(lines, "\n")))
	}
	text := fmt.Sprintf("%d waiting for you, %d of your requests", len(waiting), len(mine))
	return bot.Reply{Text: text, Blocks: blocks}, nil
}

// refreshHomes draws again, on every platform with a home surface, the homes of the
// people concerned by the requests changed since the transaction's change list held
// from entries: each request's requester and the members of its stages' groups.
func (w *work) refreshHomes(from int) error {
	if from >= len(w.tx.changed) || !w.e.anyHome() {
		return nil
	}
	var people []bot.UserID
	for _, id := range w.tx.changed[from:] {
		r, err := getRequest(w.tx, id)
		if err != nil || r == nil {
			return err
		}
		people = append(people, w.e.approvals.idsOf(r.Requester)...)
		for _, st := range r.Stages {
			for _, m := range w.e.approvals.members(st.Group) {
				people = append(people, w.e.approvals.idsOf(m)...)
			}
		}
	}
	slices.Sort(people)
	for _, u := range slices.Compact(people) {
		to := homeOf(u)
		a, ok := w.e.out.adapters[to.Platform]
		if !ok || !a.Capabilities().Home {
			continue
		}
		r, err := w.homeView(u)
		if err != nil {
			return err
		}
		if _, err := enqueue(w.tx, w.now, to, r, 0); err != nil {
			return err
		}
	}
	return nil
}

// anyHome tells whether an adapter here has a home surface.
func (e *Engine) anyHome() bool {
	for _, a := range e.out.adapters {
		if a.Capabilities().Home {
			return true
		}
	}
	return false
}
