package config

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// ScheduleKinds are what a schedule can send.
var ScheduleKinds = []string{"approver_digest", "ospo_summary", "stale_nudges", "sla_reminders", "health_nudges"}

// Schedule is one recurring message.
type Schedule struct {
	Name     string `yaml:"name"`
	Kind     string `yaml:"kind"`
	Cron     string `yaml:"cron"`     // five fields: minute hour day-of-month month day-of-week
	TimeZone string `yaml:"timezone"` // IANA name; the cron spec is read in it
	// To: "dm" (each approver or requester directly) or platform:conversation.
	To            string   `yaml:"to"`
	SkipWeekends  bool     `yaml:"skip_weekends"`
	Holidays      []string `yaml:"holidays"`       // dates (2026-12-25) on which it does not run
	SendEmpty     bool     `yaml:"send_empty"`     // send even when there is nothing to say
	StaleAfter    Duration `yaml:"stale_after"`    // stale_nudges: how long a request may wait on its requester
	EscalateAfter int      `yaml:"escalate_after"` // sla_reminders: reminders before escalating to the backup group
}

// Location loads the schedule's time zone.
func (s Schedule) Location() (*time.Location, error) { return time.LoadLocation(s.TimeZone) }

// Spec parses the cron spec.
func (s Schedule) Spec() (cron.Schedule, error) { return cron.ParseStandard(s.Cron) }

func (c Config) validateSchedules(ps *Problems) {
	names := map[string]bool{}
	for i, s := range c.Schedules {
		at := "schedules[" + strconv.Itoa(i) + "]"
		if s.Name == "" || names[s.Name] || strings.ContainsAny(s.Name, " /") {
			ps.add(at+".name", 0, "must be set, unique and without spaces")
		}
		names[s.Name] = true
		if !slices.Contains(ScheduleKinds, s.Kind) {
			ps.add(at+".kind", 0, "unknown kind %q (known: %s)", s.Kind, strings.Join(ScheduleKinds, ", "))
		}
		if strings.HasPrefix(strings.TrimSpace(s.Cron), "TZ=") || strings.HasPrefix(strings.TrimSpace(s.Cron), "CRON_TZ=") {
			ps.add(at+".cron", 0, "give the time zone in timezone, not in the spec")
		} else if spec, err := s.Spec(); err != nil {
			ps.add(at+".cron", 0, "not a cron spec (minute hour day month weekday, e.g. \"0 9 * * 1-5\"): %v", err)
		} else if spec.Next(validatedAt()).IsZero() {
			// The cron library looks five years ahead and gives up: "0 0 31 2 *" (31 February).
			ps.add(at+".cron", 0, "%q never fires: no such date in the next five years", s.Cron)
		}
		if s.TimeZone == "" {
			ps.add(at+".timezone", 0, "missing: the IANA time zone the cron spec is read in, such as Europe/Berlin or UTC")
		} else if _, err := s.Location(); err != nil {
			ps.add(at+".timezone", 0, "%q is not an IANA time zone such as Europe/Berlin", s.TimeZone)
		}
		if s.To == "" {
			ps.add(at+".to", 0, "missing: dm (each person directly) or platform:conversation")
		} else if s.To != "dm" && !qualified(s.To) {
			ps.add(at+".to", 0, "must be dm or platform:conversation, not %q", s.To)
		}
		for j, h := range s.Holidays {
			if _, err := time.Parse("2006-01-02", h); err != nil {
				ps.add(at+".holidays["+strconv.Itoa(j)+"]", 0, "%q is not a date like 2026-12-25", h)
			}
		}
		if s.Kind == "stale_nudges" && s.StaleAfter <= 0 {
			ps.add(at+".stale_after", 0, "must be positive, e.g. 7d")
		}
		if s.Kind == "sla_reminders" && s.EscalateAfter < 1 {
			ps.add(at+".escalate_after", 0, "must be at least 1")
		}
	}
}

// validatedAt is the time a cron spec must fire after to be valid: now.
var validatedAt = time.Now

// DefaultSchedules are the digests most OSPOs start with.
func DefaultSchedules() []Schedule {
	return []Schedule{
		{Name: "approver-digest", Kind: "approver_digest", Cron: "0 9 * * 1-5", TimeZone: "UTC", To: "dm", SkipWeekends: true},
		{Name: "ospo-weekly", Kind: "ospo_summary", Cron: "0 9 * * 1", TimeZone: "UTC", To: "shell:terminal"},
		{Name: "stale-nudges", Kind: "stale_nudges", Cron: "0 10 * * 1-5", TimeZone: "UTC", To: "dm", SkipWeekends: true, StaleAfter: Duration(7 * 24 * time.Hour)},
		{Name: "sla-reminders", Kind: "sla_reminders", Cron: "0 * * * *", TimeZone: "UTC", To: "dm", EscalateAfter: 3},
	}
}
