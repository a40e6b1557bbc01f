package workflows

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// healthFinding is a finding and its history, as stored: when it was found, nudged,
// snoozed (by whom, until when), acknowledged (by whom, why) and resolved.
type healthFinding struct {
	V        int       `json:"v"`
	Repo     string    `json:"repo"`
	Check    string    `json:"check"`
	Detail   string    `json:"detail"`
	Link     string    `json:"link,omitempty"`
	Fix      string    `json:"fix,omitempty"`
	Opened   time.Time `json:"opened"`
	Seen     time.Time `json:"seen"`              // the last scan that found it
	Resolved time.Time `json:"resolved,omitzero"` // the scan that no longer found it
	Nudged   time.Time `json:"nudged,omitzero"`   // the last nudge that named it
	Told     bool      `json:"told,omitempty"`    // its resolution was reported
	Snoozed  time.Time `json:"snoozed,omitzero"`  // no nudges before then
	SnoozeBy string    `json:"snooze_by,omitempty"`
	AckBy    string    `json:"ack_by,omitempty"`
	AckAt    time.Time `json:"ack_at,omitzero"`
	Reason   string    `json:"reason,omitempty"` // why it was acknowledged ("won't fix because …")
}

func (f *healthFinding) open() bool { return f.Resolved.IsZero() }

// healthRepo is what the last good read of a project said, and whether the last try
// failed.
type healthRepo struct {
	V           int          `json:"v"`
	Repo        string       `json:"repo"`
	URL         string       `json:"url,omitempty"`
	License     string       `json:"license,omitempty"`
	Maintainers []string     `json:"maintainers,omitempty"` // GitHub logins
	From        string       `json:"from,omitempty"`        // the maintainers file, or "config"
	Chat        []bot.UserID `json:"chat,omitempty"`        // who is nudged
	Archived    bool         `json:"archived,omitempty"`
	Gone        bool         `json:"gone,omitempty"`  // no longer listed: kept so that its maintainers hear its findings resolved
	Read        time.Time    `json:"read"`            // the last good read
	Error       string       `json:"error,omitempty"` // the last try failed: the findings are from Read
	// What the last good read found of the default branch, and the push it saw: a
	// rescan that sees the same push reads none of it again.
	Pushed     time.Time `json:"pushed,omitzero"`
	Files      []string  `json:"files,omitempty"`
	LastCommit time.Time `json:"last_commit,omitzero"`
}

func (r *healthRepo) filesIf(ok bool) []string {
	if !ok {
		return nil
	}
	return r.Files
}

func (r *healthRepo) lastCommitIf(ok bool) time.Time {
	if !ok {
		return time.Time{}
	}
	return r.LastCommit
}

// knownProjects loads the last good reads of projects, by name.
func (e *Engine) knownProjects(projects []bot.Project) (map[string]*healthRepo, error) {
	out := map[string]*healthRepo{}
	err := e.store.View(func(tx *Tx) error {
		for _, p := range projects {
			r, err := healthProjects.get(tx, []byte(p.Name))
			if err != nil {
				return err
			}
			if r != nil && r.Error == "" && !r.Gone {
				out[p.Name] = r
			}
		}
		return nil
	})
	return out, err
}

// healthScanRecord is one scan's totals, for the summary's trend.
type healthScanRecord struct {
	V        int            `json:"v"`
	Time     time.Time      `json:"time"`
	Complete bool           `json:"complete"`
	Stopped  string         `json:"stopped,omitempty"`
	Projects int            `json:"projects"`
	Failed   int            `json:"failed,omitempty"`
	Open     map[string]int `json:"open"` // check → open findings after the scan
	New      int            `json:"new"`
	Resolved int            `json:"resolved"`
}

func findingKey(repo, check string) []byte { return []byte(repo + "\x00" + check) }

// findingsOf loads the stored findings of repo ("" for every repository).
func findingsOf(tx *Tx, repo string) ([]*healthFinding, error) {
	var prefix []byte
	if repo != "" {
		prefix = []byte(repo + "\x00")
	}
	var out []*healthFinding
	err := healthFindings.scan(tx, prefix, func(_ []byte, f *healthFinding) error {
		out = append(out, f)
		return nil
	})
	return out, err
}

// recordHealth applies a scan to the store in one transaction: new findings open, the
// findings of projects read whole and no longer found are resolved, projects that
// failed keep theirs; with one audit record for the scan and its totals.
func (e *Engine) recordHealth(scan *HealthScan, org string) error {
	return e.update(func(tx *Tx) error {
		w := &work{tx: tx, now: scan.Time, e: e, call: bot.Call{Event: bot.Event{User: bot.User{ID: "ospobot"}}}}
		rec := healthScanRecord{Time: scan.Time, Complete: scan.Complete(), Stopped: scan.Stopped, Open: map[string]int{}}
		read := map[string]bool{}
		for _, p := range scan.Projects {
			read[p.Repo] = true
			old, err := healthProjects.get(tx, []byte(p.Repo))
			if err != nil {
				return err
			}
			if p.Error != "" {
				rec.Failed++
				if old == nil {
					old = &healthRepo{Repo: p.Repo, URL: p.URL}
				}
				old.Error = p.Error
				if err := healthProjects.put(tx, []byte(p.Repo), old); err != nil {
					return err
				}
				continue
			}
			rec.Projects++
			r := healthRepo{Repo: p.Repo, URL: p.URL, License: p.License, Maintainers: p.Maintainers, From: p.MaintainersFrom,
				Chat: e.health.chatUsers(p.Repo, p.Maintainers), Archived: p.Archived, Read: scan.Time,
				Pushed: p.pushed, Files: p.files, LastCommit: p.lastCommit}
			if p.Archived && old != nil {
				// An archived project is not read: its maintainers stay those last known,
				// who hear that its findings are resolved.
				r.License, r.Maintainers, r.From, r.Chat = old.License, old.Maintainers, old.From, old.Chat
			}
			if err := healthProjects.put(tx, []byte(p.Repo), &r); err != nil {
				return err
			}
			n, res, err := w.applyFindings(p.Repo, p.Findings, "")
			if err != nil {
				return err
			}
			rec.New, rec.Resolved = rec.New+n, rec.Resolved+res
		}
		// A project no longer listed, when every organisation was listed whole, is gone
		// (deleted, made private, moved): its findings are resolved.
		if scan.Listed && scan.Stopped == "" {
			var gone []string
			err := healthProjects.scan(tx, nil, func(k []byte, r *healthRepo) error {
				repo := string(k)
				owner, _, _ := strings.Cut(repo, "/")
				// Only an organisation's own listing can tell that one of its projects is
				// gone; a project no longer configured is left as it was.
				listed := slices.ContainsFunc(e.health.cfg.GitHub.Orgs, func(o string) bool { return strings.EqualFold(o, owner) })
				if !read[repo] && listed && (org == "" || strings.EqualFold(owner, org)) && !r.Gone {
					gone = append(gone, repo)
				}
				return nil
			})
			if err != nil {
				return err
			}
			for _, repo := range gone {
				_, res, err := w.applyFindings(repo, nil, "no longer listed")
				if err != nil {
					return err
				}
				rec.Resolved += res
				r, err := healthProjects.get(tx, []byte(repo))
				if err != nil || r == nil {
					return err
				}
				r.Gone = true
				if err := healthProjects.put(tx, []byte(repo), r); err != nil {
					return err
				}
			}
		}
		all, err := findingsOf(tx, "")
		if err != nil {
			return err
		}
		for _, f := range all {
			if f.open() {
				rec.Open[f.Check]++
			}
		}
		seq, err := healthScans.nextSequence(tx)
		if err != nil {
			return err
		}
		if err := healthScans.put(tx, seqKey(seq), &rec); err != nil {
			return err
		}
		detail := fmt.Sprintf("%d %s read, %d new %s, %d resolved", rec.Projects, plural(rec.Projects, "project", "projects"), rec.New, plural(rec.New, "finding", "findings"), rec.Resolved)
		if !rec.Complete {
			detail += fmt.Sprintf("; incomplete (%d not read%s): their last findings stand", rec.Failed, cmpOr("; "+scan.Stopped, ""))
		}
		return w.audit("health scanned", "", detail, "")
	})
}

// applyFindings makes repo's stored findings those of a good read: new ones open,
// those no longer found are resolved (once), the rest are updated.
func (w *work) applyFindings(repo string, found []HealthFinding, why string) (opened, resolved int, err error) {
	stored, err := findingsOf(w.tx, repo)
	if err != nil {
		return 0, 0, err
	}
	byCheck := map[string]*healthFinding{}
	for _, f := range stored {
		byCheck[f.Check] = f
	}
	for _, nf := range found {
		f := byCheck[nf.Check]
		delete(byCheck, nf.Check)
		if f == nil || !f.open() {
			// New, or back after being fixed: a new finding, with a clean history.
			f = &healthFinding{Repo: repo, Check: nf.Check, Opened: w.now}
			opened++
		}
		f.Detail, f.Link, f.Fix, f.Seen = nf.Detail, nf.Link, nf.Fix, w.now
		if err := healthFindings.put(w.tx, findingKey(repo, nf.Check), f); err != nil {
			return 0, 0, err
		}
	}
	for check, f := range byCheck {
		if !f.open() {
			continue
		}
		f.Resolved = w.now
		if why != "" {
			f.Detail += " (" + why + ")"
		}
		if f.Nudged.IsZero() {
			f.Told = true // nobody was told of it: there is no resolution to report
		}
		resolved++
		if err := healthFindings.put(w.tx, findingKey(repo, check), f); err != nil {
			return 0, 0, err
		}
	}
	return opened, resolved, nil
}

// maxNudged is how many findings one nudge shows with their buttons (two blocks each,
// within Slack's 50 blocks a message).
const maxNudged = 15

// healthNudges: each maintainer's projects' findings, new first, each with its link,
// its fix, and Snooze and Acknowledge buttons; findings fixed since they were named are
// reported as resolved, once. A finding is not named again before health.interval.
func (w *work) healthNudges(s config.Schedule) ([]Outgoing, error) {
	repos := map[string]*healthRepo{}
	stale := 0
	err := healthProjects.scan(w.tx, nil, func(_ []byte, r *healthRepo) error {
		repos[r.Repo] = r
		if r.Error != "" {
			stale++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	all, err := findingsOf(w.tx, "")
	if err != nil {
		return nil, err
	}
	interval := w.e.health.cfg.Interval.D()
	type item struct {
		f        *healthFinding
		resolved bool
	}
	mine := map[bot.UserID][]item{}
	var touched []*healthFinding
	for _, f := range all {
		r := repos[f.Repo]
		if r == nil {
			continue
		}
		var it item
		switch {
		case !f.open() && !f.Told:
			it = item{f: f, resolved: true}
		case f.open() && f.AckBy == "" && !w.now.Before(f.Snoozed) && (f.Nudged.IsZero() || w.now.Sub(f.Nudged) >= interval):
			it = item{f: f}
		default:
			continue
		}
		if len(r.Chat) == 0 {
			continue // nobody to tell: the summary lists the project as unreached
		}
		for _, u := range r.Chat {
			mine[u] = append(mine[u], it)
		}
		touched = append(touched, f)
	}
	var out []Outgoing
	users := make([]bot.UserID, 0, len(mine))
	for u := range mine {
		users = append(users, u)
	}
	slices.Sort(users)
	for _, u := range users {
		items := mine[u]
		// New first (never named before), then the most recently found; resolved last.
		slices.SortStableFunc(items, func(a, b item) int {
			rank := func(i item) int {
				switch {
				case i.resolved:
					return 2
				case i.f.Nudged.IsZero():
					return 0
				}
				return 1
			}
			if ra, rb := rank(a), rank(b); ra != rb {
				return ra - rb
			}
			if c := b.f.Opened.Compare(a.f.Opened); c != 0 {
				return c
			}
			return strings.Compare(a.f.Repo+a.f.Check, b.f.Repo+b.f.Check)
		})
		open := 0
		var blocks []bot.Block
		var more, fixed []string
		for _, it := range items {
			f := it.f
			if it.resolved {
				fixed = append(fixed, fmt.Sprintf("Resolved: %s — %s, which was: %s.", f.Repo, f.Check, f.Detail))
				continue
			}
			open++
			if open > maxNudged {
				// Chat platforms cap a message's blocks: the rest are named, and
				// `health` lists them whole.
				more = append(more, f.Repo+" — "+f.Check)
				continue
			}
			label := ""
			if f.Nudged.IsZero() {
				label = "New: "
			}
			blocks = append(blocks,
				bot.Section(fmt.Sprintf("%s%s — %s: %s\n%s\n%s", label, f.Repo, f.Check, f.Detail, f.Fix, f.Link)),
				bot.Buttons(
					bot.Button{Label: "Snooze " + f.Check, Action: actionHealthSnooze, Value: f.Repo + "\t" + f.Check, Command: "health snooze " + f.Repo + " " + f.Check},
					bot.Button{Label: "Acknowledge " + f.Check, Action: actionHealthAck, Value: f.Repo + "\t" + f.Check, Command: "health ack " + f.Repo + " " + f.Check},
				))
		}
		if len(more) > 0 {
			blocks = append(blocks, bot.Context(fmt.Sprintf("And %d more (`health` lists them): %s.", len(more), strings.Join(more, ", "))))
		}
		if len(fixed) > 0 {
			blocks = append(blocks, bot.Section(strings.Join(fixed, "\n")))
		}
		text := fmt.Sprintf("%s: %d %s in your projects %s attention", u, open, plural(open, "finding", "findings"), plural(open, "needs", "need"))
		switch {
		case open == 0:
			text = fmt.Sprintf("%s: %d %s in your projects resolved; nothing else needs attention.", u, len(fixed), plural(len(fixed), "finding", "findings"))
		case len(fixed) > 0:
			text += fmt.Sprintf(", %d resolved.", len(fixed))
		default:
			text += "."
		}
		if stale > 0 {
			text += fmt.Sprintf(" The last scan could not read %d %s; %s findings are from an earlier scan.", stale, plural(stale, "project", "projects"), plural(stale, "its", "their"))
		}
		out = append(out, Outgoing{To: scheduleTo(s.To).to(u), Reply: bot.Reply{Text: text, Blocks: blocks}})
	}
	for _, f := range touched {
		if f.open() {
			f.Nudged = w.now
		} else {
			f.Told = true
		}
		if err := healthFindings.put(w.tx, findingKey(f.Repo, f.Check), f); err != nil {
			return nil, err
		}
	}
	return out, nil
}
