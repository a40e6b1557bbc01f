package main

import (
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMetricsCountEvents guards /metrics against the events it reports: each event is
// counted and timed by platform and kind, the outbox is read as it stands, and the
// platform's connection is shown.
func TestMetricsCountEvents(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bot.db")
	a := newHeldAdapter("help", "version")
	close(a.release)
	s := startHeld(t, db, a)
	for range 2 {
		<-a.sent
	}
	resp, err := http.Get("http://" + s.ln.Addr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`ospobot_events_total{kind="message",platform="held"} 2`,
		`ospobot_command_duration_seconds_count{kind="message",platform="held"} 2`,
		`ospobot_adapter_connected{platform="held"} 1`,
		`ospobot_adapter_reconnects_total{platform="held"} 0`,
		`ospobot_outbox_messages{state="failed"} 0`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	// Two replies are in the outbox, pending or sent (their delivery may not be recorded
	// yet): the gauge reads the outbox at scrape time.
	total := 0
	for _, m := range regexp.MustCompile(`ospobot_outbox_messages\{state="(?:pending|sent)"\} (\d+)`).FindAllSubmatch(body, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		total += n
	}
	if total != 2 {
		t.Errorf("/metrics: %d messages pending or sent, want 2:\n%s", total, body)
	}
	if err := s.shutdown(10 * time.Second); err != nil {
		t.Fatal(err)
	}
}
