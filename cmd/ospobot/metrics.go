package main

import (
	"context"
	"log/slog"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/workflows"
)

// metrics are serve's Prometheus metrics, named ospobot_<noun>_<unit>. What the store
// holds (the outbox, the file's size) and what adapters report is read when scraped, by
// collectors, so the engine carries no metrics code.
type metrics struct {
	reg          *prometheus.Registry
	events       *prometheus.CounterVec
	eventErrors  *prometheus.CounterVec
	latency      *prometheus.HistogramVec
	scheduleRuns *prometheus.CounterVec
}

func newMetrics(st *workflows.Store, adapters []bot.Adapter) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "ospobot_events_total", Help: "Events taken from chat platforms, by platform and kind.",
		}, []string{"platform", "kind"}),
		eventErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "ospobot_event_errors_total", Help: "Events the bot could not commit (the platform may send them again), by platform.",
		}, []string{"platform"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "ospobot_command_duration_seconds", Help: "Time from an event's arrival to its commit (delivery is not included), by platform and kind.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"platform", "kind"}),
		scheduleRuns: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "ospobot_schedule_runs_total", Help: "Digests and reminders run, by schedule.",
		}, []string{"schedule"}),
	}
	m.reg.MustRegister(m.events, m.eventErrors, m.latency, m.scheduleRuns,
		storeCollector{st}, adapterCollector(adapters),
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// kindName is an event kind as a label value.
func kindName(k bot.EventKind) string {
	switch k {
	case bot.MessageEvent:
		return "message"
	case bot.ActionEvent:
		return "action"
	case bot.FormEvent:
		return "form"
	case bot.HomeEvent:
		return "home"
	}
	return "other"
}

// instrument wraps h: it counts events and times each until its commit, and logs each
// by its ID (at debug level; a failed one as a warning), never its text.
func (m *metrics) instrument(h bot.Handler, log *slog.Logger) bot.Handler {
	return bot.HandlerFunc(func(ctx context.Context, ev bot.Event) error {
		p, k := string(ev.Platform), kindName(ev.Kind)
		m.events.WithLabelValues(p, k).Inc()
		start := time.Now()
		err := h.HandleEvent(ctx, ev)
		took := time.Since(start)
		m.latency.WithLabelValues(p, k).Observe(took.Seconds())
		if err != nil {
			m.eventErrors.WithLabelValues(p).Inc()
			log.WarnContext(ctx, "event not taken; the platform may send it again", "platform", p, "kind", k, "event", ev.ID, "err", err)
		} else {
			log.DebugContext(ctx, "event taken", "platform", p, "kind", k, "event", ev.ID, "duration", took)
		}
		return err
	})
}

var (
	outboxDesc = prometheus.NewDesc("ospobot_outbox_messages", "Outbox entries by state: pending (waiting for delivery), sent, failed (kept after every attempt failed).", []string{"state"}, nil)
	dbSizeDesc = prometheus.NewDesc("ospobot_database_size_bytes", "Size of the database file.", nil, nil)
)

// storeCollector reads the outbox's counts in a read transaction when scraped.
type storeCollector struct{ st *workflows.Store }

func (c storeCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- outboxDesc
	ch <- dbSizeDesc
}

func (c storeCollector) Collect(ch chan<- prometheus.Metric) {
	if s, err := c.st.OutboxStats(); err != nil {
		ch <- prometheus.NewInvalidMetric(outboxDesc, err)
	} else {
		ch <- prometheus.MustNewConstMetric(outboxDesc, prometheus.GaugeValue, float64(s.Pending), "pending")
		ch <- prometheus.MustNewConstMetric(outboxDesc, prometheus.GaugeValue, float64(s.Sent), "sent")
		ch <- prometheus.MustNewConstMetric(outboxDesc, prometheus.GaugeValue, float64(s.Failed), "failed")
	}
	if fi, err := os.Stat(c.st.Path()); err != nil {
		ch <- prometheus.NewInvalidMetric(dbSizeDesc, err)
	} else {
		ch <- prometheus.MustNewConstMetric(dbSizeDesc, prometheus.GaugeValue, float64(fi.Size()))
	}
}

var (
	connectedDesc  = prometheus.NewDesc("ospobot_adapter_connected", "1 when the chat platform's adapter is connected, by platform.", []string{"platform"}, nil)
	reconnectsDesc = prometheus.NewDesc("ospobot_adapter_reconnects_total", "Reconnections of the chat platform's adapter since start, by platform.", []string{"platform"}, nil)
)

// adapterCollector reports what adapters say of their connections (bot.StatusReporter).
type adapterCollector []bot.Adapter

func (c adapterCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- connectedDesc
	ch <- reconnectsDesc
}

func (c adapterCollector) Collect(ch chan<- prometheus.Metric) {
	for _, a := range c {
		st := adapterStatus(a)
		up := 0.0
		if st.Connected {
			up = 1
		}
		p := string(a.Platform())
		ch <- prometheus.MustNewConstMetric(connectedDesc, prometheus.GaugeValue, up, p)
		ch <- prometheus.MustNewConstMetric(reconnectsDesc, prometheus.CounterValue, float64(st.Reconnects), p)
	}
}

// adapterStatus is a's connection; an adapter that does not report is taken as connected.
func adapterStatus(a bot.Adapter) bot.Status {
	if r, ok := a.(bot.StatusReporter); ok {
		return r.Status()
	}
	return bot.Status{Connected: true}
}
