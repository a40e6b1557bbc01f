package workflows

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// scheduleState is what the store remembers of a schedule, so that a digest runs at
// most once per period, and once (not once per missed period) after downtime.
type scheduleState struct {
	V        int       `json:"v"`
	Cron     string    `json:"cron"`
	TimeZone string    `json:"timezone"`
	Next     time.Time `json:"next"`
	LastRun  time.Time `json:"last_run,omitzero"`
	Runs     int       `json:"runs"`
}

// Outgoing is one message a schedule sends.
type Outgoing struct {
	To    bot.Destination
	Reply bot.Reply
}

var errDryRun = errors.New("dry run")

// RunDue runs every schedule whose time has come, each in its own transaction with the
// messages it sends, and returns the names that ran.
func (e *Engine) RunDue(ctx context.Context) ([]string, error) {
	var ran []string
	for _, s := range e.schedules {
		if err := ctx.Err(); err != nil {
			return ran, err
		}
		// Most ticks find nothing due: a read is enough to know.
		if due, err := e.scheduleDue(s); err != nil {
			return ran, fmt.Errorf("schedule %s: %w", s.Name, err)
		} else if !due {
			continue
		}
		e.resolveGroups(ctx) // platform groups' members, fetched outside the transaction
		did := false
		err := e.update(func(tx *Tx) error {
			did = false
			w := &work{tx: tx, now: e.now(), e: e, call: bot.Call{Event: bot.Event{User: bot.User{ID: "ospobot"}}}}
			st, err := w.loadSchedule(s)
			if err != nil {
				return err
			}
			if w.now.Before(st.Next) {
				return w.saveSchedule(s.Name, st) // new or changed: its first run is now on record
			}
			loc, _ := s.Location()
			spec, _ := s.Spec()
			due := st.Next
			st.Next = spec.Next(w.now.In(loc)) // after downtime: the next one to come, not every missed one
			if !quiet(s, due.In(loc)) {
				if _, err := w.sendSchedule(s); err != nil {
					return err
				}
				st.LastRun, st.Runs, did = w.now, st.Runs+1, true
			}
			return w.saveSchedule(s.Name, st)
		})
		if err != nil {
			return ran, fmt.Errorf("schedule %s: %w", s.Name, err)
		}
		if did {
			ran = append(ran, s.Name)
		}
	}
	if len(ran) > 0 {
		e.deliverCommitted(ctx)
	}
	return ran, nil
}

// scheduleDue tells, without writing, whether s has a stored next run that has come
// (or no stored state yet, which the first run records).
func (e *Engine) scheduleDue(s config.Schedule) (bool, error) {
	due := true
	err := e.store.View(func(tx *Tx) error {
		st, err := schedules.get(tx, []byte(s.Name))
		if err != nil || st == nil {
			return err
		}
		due = st.Cron != s.Cron || st.TimeZone != s.TimeZone || !e.now().Before(st.Next)
		return nil
	})
	return due, err
}

// RunScheduler runs due schedules every tick until ctx is done.
func (e *Engine) RunScheduler(ctx context.Context, tick time.Duration) error {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if ran, err := e.RunDue(ctx); err != nil && !errors.Is(err, context.Canceled) {
			e.log.ErrorContext(ctx, "schedules failed", "err", err)
		} else if len(ran) > 0 {
			e.log.InfoContext(ctx, "schedules ran", "names", ran)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Preview builds what schedule name would send now, without sending or recording
// anything (its transaction is rolled back).
func (e *Engine) Preview(name string) ([]Outgoing, error) {
	s, ok := e.schedule(name)
	if !ok {
		return nil, Errorf("There is no schedule %q; the schedules are %s.", name, e.scheduleNames())
	}
	var out []Outgoing
	err := e.store.Update(func(tx *Tx) error {
		w := &work{tx: tx, now: e.now(), e: e, call: bot.Call{Event: bot.Event{User: bot.User{ID: "ospobot"}}}}
		var err error
		out, err = w.buildSchedule(s)
		if err != nil {
			return err
		}
		return errDryRun
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	return out, err
}

// RunNow runs schedule name at once (ospobot digest run), recording it like a due run.
func (e *Engine) RunNow(ctx context.Context, name string) (int, error) {
	s, ok := e.schedule(name)
	if !ok {
		return 0, Errorf("There is no schedule %q; the schedules are %s.", name, e.scheduleNames())
	}
	n := 0
	err := e.update(func(tx *Tx) error {
		w := &work{tx: tx, now: e.now(), e: e, call: bot.Call{Event: bot.Event{User: bot.User{ID: "ospobot"}}}}
		st, err := w.loadSchedule(s)
		if err != nil {
			return err
		}
		if n, err = w.sendSchedule(s); err != nil {
			return err
		}
		st.LastRun, st.Runs = w.now, st.Runs+1
		return w.saveSchedule(s.Name, st)
	})
	return n, err
}

// Schedules lists the configured schedules with their next runs that send: from the
// stored state, or for a schedule not run yet (or changed since) from now.
func (e *Engine) Schedules() ([]config.Schedule, map[string]time.Time, error) {
	next := map[string]time.Time{}
	err := e.store.View(func(tx *Tx) error {
		w := &work{tx: tx, now: e.now(), e: e}
		for _, s := range e.schedules {
			st, err := w.loadSchedule(s) // a new or changed schedule: its next run from now
			if err != nil {
				return err
			}
			// The next run that sends: weekends (if skipped) and holidays pass quietly.
			loc, err := s.Location()
			if err != nil {
				return err
			}
			spec, err := s.Spec()
			if err != nil {
				return err
			}
			t := st.Next
			for range 1000 {
				if !quiet(s, t.In(loc)) {
					break
				}
				t = spec.Next(t)
			}
			next[s.Name] = t
		}
		return nil
	})
	return e.schedules, next, err
}

func (e *Engine) schedule(name string) (config.Schedule, bool) {
	for _, s := range e.schedules {
		if s.Name == name {
			return s, true
		}
	}
	return config.Schedule{}, false
}

func (e *Engine) scheduleNames() string {
	var n []string
	for _, s := range e.schedules {
		n = append(n, "`"+s.Name+"`")
	}
	if len(n) == 0 {
		return "none"
	}
	return strings.Join(n, ", ")
}

// loadSchedule reads the stored state; a new or changed schedule starts from now.
func (w *work) loadSchedule(s config.Schedule) (scheduleState, error) {
	var st scheduleState
	found, err := schedules.read(w.tx, []byte(s.Name), &st)
	if err != nil {
		return st, err
	}
	if !found || st.Cron != s.Cron || st.TimeZone != s.TimeZone {
		loc, err := s.Location()
		if err != nil {
			return st, err
		}
		spec, err := s.Spec()
		if err != nil {
			return st, err
		}
		st.Cron, st.TimeZone = s.Cron, s.TimeZone
		st.Next = spec.Next(w.now.In(loc))
	}
	return st, nil
}

func (w *work) saveSchedule(name string, st scheduleState) error {
	return schedules.put(w.tx, []byte(name), &st)
}

// quiet: a weekend (if skipped) or a holiday, in the schedule's time zone.
func quiet(s config.Schedule, t time.Time) bool {
	if s.SkipWeekends && (t.Weekday() == time.Saturday || t.Weekday() == time.Sunday) {
		return true
	}
	return slices.Contains(s.Holidays, t.Format("2006-01-02"))
}

// sendSchedule builds a schedule's messages and leaves them in the outbox.
func (w *work) sendSchedule(s config.Schedule) (int, error) {
	out, err := w.buildSchedule(s)
	if err != nil {
		return 0, err
	}
	for _, o := range out {
		if _, err := enqueue(w.tx, w.now, o.To, o.Reply, 0); err != nil {
			return 0, err
		}
	}
	return len(out), nil
}
