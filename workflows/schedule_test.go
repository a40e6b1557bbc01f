package workflows

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// sent is one delivered message and the simulated time it went out.
type sent struct {
	at   time.Time
	to   string
	text string
}

// clockRecorder is an adapter that notes the simulated time of each delivery.
type clockRecorder struct {
	mu   sync.Mutex
	c    *clock
	msgs []sent
}

func (r *clockRecorder) Platform() bot.Platform { return bot.Shell }
func (*clockRecorder) Capabilities() bot.Capabilities {
	return bot.Capabilities{Buttons: true, Edits: true}
}
func (r *clockRecorder) Run(ctx context.Context, _ bot.Handler) error { <-ctx.Done(); return nil }
func (r *clockRecorder) Send(_ context.Context, to bot.Destination, rep bot.Reply) (bot.MessageRef, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	who := string(to.User)
	if who == "" {
		who = string(to.Platform) + ":" + string(to.Conversation)
	}
	r.msgs = append(r.msgs, sent{r.c.now(), who, rep.Text})
	return bot.MessageRef(fmt.Sprint(len(r.msgs))), nil
}

func (r *clockRecorder) times(match func(sent) bool) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, m := range r.msgs {
		if match(m) {
			out = append(out, m.at.UTC().Format("01-02 15:04"))
		}
	}
	return out
}

func monthSchedules() []config.Schedule {
	return []config.Schedule{
		{Name: "digest", Kind: "approver_digest", Cron: "0 9 * * 1-5", TimeZone: "Europe/Berlin", To: "dm", Holidays: []string{"2026-03-20"}},
		{Name: "weekly", Kind: "ospo_summary", Cron: "0 9 * * 1", TimeZone: "Europe/Berlin", To: "shell:terminal"},
		{Name: "nudges", Kind: "stale_nudges", Cron: "0 10 * * *", TimeZone: "Europe/Berlin", To: "dm", SkipWeekends: true, StaleAfter: config.Duration(3 * 24 * time.Hour)},
		{Name: "sla", Kind: "sla_reminders", Cron: "0 * * * *", TimeZone: "UTC", To: "dm", EscalateAfter: 2},
	}
}

func monthEngine(s *Store, c *clock, rec *clockRecorder) *Engine {
	groups := map[string]config.Group{
		"legal": {Members: []string{"shell:lena"}, Notify: []string{"shell:terminal"}, Backup: "ospo"},
		"ospo":  {Members: []string{"shell:otto"}, Notify: []string{"shell:terminal"}},
	}
	a := config.DefaultApprovals()
	a.PreApprove = nil
	a.Rules = []config.Rule{{Name: "legal", Stages: []config.StageRule{{Name: "Legal review", Group: "legal", Mode: "any", Due: config.Duration(48 * time.Hour)}}}}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups, Schedules: monthSchedules()})
	e.AddAdapter(rec)
	return e
}

// TestSimulatedMonth runs a month of schedules on a controlled clock, ten minutes a
// step, with a restart on 25 March, the change to summer time on 29 March and three days
// of downtime in April, and checks exactly which digests, summaries, nudges, reminders
// and escalations went out when: 09:00 in Berlin on both sides of the change, nothing on
// the holiday, once (not once per missed day) after the downtime, nothing twice.
func TestSimulatedMonth(t *testing.T) {
	path := filepath.Join(t.TempDir(), "month.db")
	s, err := OpenStore(path, StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2026, 3, 16, 0, 0, 0, 0, time.UTC)} // a Monday
	rec := &clockRecorder{c: c}
	e := monthEngine(s, c, rec)
	say(t, e, "shell:ana", "request", contribution) // OSPO-1 stays with legal all month
	say(t, e, "shell:bea", "request", contribution) // OSPO-2 is sent back and waits on bea
	say(t, e, "shell:lena", "changes", "OSPO-2 please add the business reason")
	ctx := context.Background()
	end := time.Date(2026, 4, 15, 23, 50, 0, 0, time.UTC)
	restarted := false
	for ; !c.t.After(end); c.advance(10 * time.Minute) {
		if !restarted && !c.t.Before(time.Date(2026, 3, 25, 12, 0, 0, 0, time.UTC)) {
			s.Close() // the process stops; a new one opens the same file
			if s, err = OpenStore(path, StoreOptions{}); err != nil {
				t.Fatal(err)
			}
			e = monthEngine(s, c, rec)
			restarted = true
		}
		if c.t.After(time.Date(2026, 4, 6, 8, 0, 0, 0, time.UTC)) && c.t.Before(time.Date(2026, 4, 9, 12, 0, 0, 0, time.UTC)) {
			continue // down for three days
		}
		if c.t.Equal(time.Date(2026, 3, 31, 12, 0, 0, 0, time.UTC)) {
			// bea snoozes her nudges for a week
			if err := click(e, "snooze", "shell:bea", actionSnooze, "2\t168h"); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := e.RunDue(ctx); err != nil {
			t.Fatalf("%s: %v", c.t, err)
		}
	}
	defer s.Close()

	digests := rec.times(func(m sent) bool { return m.to == "shell:lena" && strings.Contains(m.text, "waits for your decision") })
	wantDigests := []string{
		"03-16 08:00", "03-17 08:00", "03-18 08:00", "03-19 08:00", // 20 March is a holiday
		"03-23 08:00", "03-24 08:00", "03-25 08:00", "03-26 08:00", "03-27 08:00",
		"03-30 07:00", "03-31 07:00", "04-01 07:00", "04-02 07:00", "04-03 07:00", // summer time: still 09:00 in Berlin
		"04-06 07:00", "04-09 12:00", // down 6–9 April: one late digest, not three
		"04-10 07:00", "04-13 07:00", "04-14 07:00", "04-15 07:00",
	}
	if !slices.Equal(digests, wantDigests) {
		t.Errorf("approver digests at\n%v\nwant\n%v", digests, wantDigests)
	}
	weekly := rec.times(func(m sent) bool { return strings.HasPrefix(m.text, "OSPO summary") })
	if want := []string{"03-16 08:00", "03-23 08:00", "03-30 07:00", "04-06 07:00", "04-13 07:00"}; !slices.Equal(weekly, want) {
		t.Errorf("weekly summaries at %v, want %v", weekly, want)
	}
	nudges := rec.times(func(m sent) bool { return m.to == "shell:bea" && strings.Contains(m.text, "waited for your changes") })
	wantNudges := []string{"03-19 09:00", "03-20 09:00", "03-23 09:00", "03-24 09:00", "03-25 09:00", "03-26 09:00", "03-27 09:00",
		"03-30 08:00", "03-31 08:00", // snoozed on 31 March at noon for a week
		"04-09 12:00", // the first run after the downtime, once the week is over
		"04-10 08:00", "04-13 08:00", "04-14 08:00", "04-15 08:00"}
	if !slices.Equal(nudges, wantNudges) {
		t.Errorf("nudges at\n%v\nwant\n%v", nudges, wantNudges)
	}
	reminders := rec.times(func(m sent) bool { return m.to == "shell:lena" && strings.HasPrefix(m.text, "Reminder") })
	if want := []string{"03-18 00:00", "03-19 00:00"}; !slices.Equal(reminders, want) {
		t.Errorf("SLA reminders at %v, want %v (due 18 March 00:00, then daily until escalation)", reminders, want)
	}
	escalations := rec.times(func(m sent) bool { return strings.HasPrefix(m.text, "Escalated to ospo") })
	if want := []string{"03-20 00:00"}; !slices.Equal(escalations, want) || !slices.Contains(rec.times(func(m sent) bool {
		return m.to == "shell:otto" && strings.HasPrefix(m.text, "Escalated")
	}), "03-20 00:00") {
		t.Errorf("escalations at %v, want one to the backup group on 20 March", escalations)
	}
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
}

// TestSchedulesNextRun guards what `ospobot digest list` shows: a schedule that never
// ran has its next run from now (09:00 Berlin is 08:00 UTC in March), not nothing, and
// one that skips weekends or holidays shows the next day it sends.
func TestSchedulesNextRun(t *testing.T) {
	c := &clock{t: time.Date(2026, 3, 6, 12, 0, 0, 0, time.UTC)} // a Friday
	e := monthEngine(openTestStore(t), c, &clockRecorder{})
	_, next, err := e.Schedules()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]time.Time{
		"digest": time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC),
		"weekly": time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC),
		"nudges": time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC), // not on the weekend
		"sla":    time.Date(2026, 3, 6, 13, 0, 0, 0, time.UTC),
	}
	for name, w := range want {
		if !next[name].Equal(w) {
			t.Errorf("%s: next %v, want %v", name, next[name].UTC(), w)
		}
	}
	c.t = time.Date(2026, 3, 19, 12, 0, 0, 0, time.UTC) // a Thursday; Friday is a holiday
	if _, next, err = e.Schedules(); err != nil {
		t.Fatal(err)
	}
	if w := time.Date(2026, 3, 23, 8, 0, 0, 0, time.UTC); !next["digest"].Equal(w) {
		t.Errorf("digest before a holiday: next %v, want %v", next["digest"].UTC(), w)
	}
}

// TestOSPOSummaryQuestions guards how the weekly summary reads the period's licence
// questions: by what was asked (verdicts, the ones still waiting for their use,
// compatibility with "not covered" named, licences described, scans), largest first.
func TestOSPOSummaryQuestions(t *testing.T) {
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Schedules: monthSchedules()})
	e.AddAdapter(&recorder{})
	for i, text := range []string{
		"can we ship AGPL code in our desktop app?", "can we ship GPL-3.0-only in our appliance?", "GPL-2.0-only in the installer?",
		"MIT in the app we distribute?", "is MPL-2.0 ok?", "is Apache-2.0 compatible with GPL-2.0-only?",
		"is MIT compatible with GPL-3.0-only?", "is Apache-2.0 compatible with LicenseRef-acme?", "what does MPL-2.0 require?",
	} {
		call := bot.Call{Event: bot.Event{ID: bot.EventID(fmt.Sprint("q", i)), Platform: bot.Shell, Kind: bot.MessageEvent, Text: text,
			User: bot.User{ID: "shell:ana"}, Conversation: bot.Conversation{ID: "terminal"}}, Command: "ask"}
		if err := e.Execute(context.Background(), call); err != nil {
			t.Fatal(err)
		}
	}
	out, err := e.Preview("weekly")
	if err != nil || len(out) != 1 {
		t.Fatalf("preview: %v %v", out, err)
	}
	var got string
	for _, f := range out[0].Reply.Blocks[0].Fields {
		if f.Label == "Licence questions" {
			got = f.Value
		}
	}
	want := "9 asked — verdicts: 2 needs approval, 1 allowed with obligations, 1 not allowed (1 more waited for the use); " +
		"compatibility: 1 no, 1 not covered, 1 yes; 1 licence described"
	if got != want {
		t.Errorf("questions line\n%s\nwant\n%s", got, want)
	}
}
