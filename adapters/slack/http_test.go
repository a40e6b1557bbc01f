package slack

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/slack/slackfake"
)

// TestSignedRequests guards HTTP mode's gate, with real signed requests: Slack's URL
// verification is answered; a forged signature, a wrong secret, a stale or future
// timestamp and missing headers get 401 without the body reaching the bot or the logs;
// a valid request replayed within the five minutes has one effect.
func TestSignedRequests(t *testing.T) {
	tb := newTestBot(t, ModeHTTP, nil)
	challenge := []byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	status, body := tb.post(t, PathEvents, "application/json", challenge, sign(challenge, time.Now(), signingSecret))
	var got map[string]string
	if status != http.StatusOK || json.Unmarshal([]byte(body), &got) != nil || got["challenge"] != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("url_verification: %d %q", status, body)
	}

	const marker = "SECRET-BODY-MARKER"
	ev, _ := json.Marshal(directMessage("Ev1", "UANA", "DANA", "1700000001.000100", "help "+marker))
	forged := sign(ev, time.Now(), signingSecret)
	forged.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64))
	refused := map[string]func() (int, string){
		"forged": func() (int, string) { return tb.post(t, PathEvents, "application/json", ev, forged) },
		"wrong secret": func() (int, string) {
			return tb.post(t, PathEvents, "application/json", ev, sign(ev, time.Now(), "not-the-secret"))
		},
		"stale": func() (int, string) {
			return tb.post(t, PathEvents, "application/json", ev, sign(ev, time.Now().Add(-6*time.Minute), signingSecret))
		},
		"future": func() (int, string) {
			return tb.post(t, PathEvents, "application/json", ev, sign(ev, time.Now().Add(6*time.Minute), signingSecret))
		},
		"unsigned": func() (int, string) { return tb.post(t, PathEvents, "application/json", ev, http.Header{}) },
		"interactive": func() (int, string) {
			return tb.post(t, PathInteractive, "application/x-www-form-urlencoded", ev, forged)
		},
		"slash commands": func() (int, string) { return tb.post(t, PathCommands, "application/x-www-form-urlencoded", ev, forged) },
	}
	for name, do := range refused {
		if status, _ := do(); status != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", name, status)
		}
	}
	// A body signed over different bytes (tampered in transit) is refused too.
	tampered := sign(ev, time.Now(), signingSecret)
	if status, _ := tb.post(t, PathEvents, "application/json", append(ev[:len(ev):len(ev)], ' '), tampered); status != http.StatusUnauthorized {
		t.Errorf("tampered body: status %d", status)
	}

	// The valid request, twice (an attacker replaying it, or Slack retrying).
	valid := sign(ev, time.Now(), signingSecret)
	for range 2 {
		if status, body := tb.post(t, PathEvents, "application/json", ev, valid); status != http.StatusOK {
			t.Fatalf("valid request: %d %s", status, body)
		}
	}
	barrier, _ := json.Marshal(directMessage("Ev2", "UANA", "DANA", "1700000002.000100", "version"))
	if status, _ := tb.post(t, PathEvents, "application/json", barrier, sign(barrier, time.Now(), signingSecret)); status != http.StatusOK {
		t.Fatal("barrier refused")
	}
	calls := tb.slack.Await(t, "both answers", func(cs []slackfake.Call) bool { return len(slackfake.Only(cs, "chat.postMessage")) >= 2 })
	if n := len(slackfake.Only(calls, "chat.postMessage")); n != 2 {
		t.Errorf("%d answers, want 2: the replayed request had a second effect", n)
	}
	if logs := tb.logs.String(); strings.Contains(logs, marker) || strings.Contains(logs, "xoxb-test") || strings.Contains(logs, signingSecret) {
		t.Errorf("logs hold a body or a secret:\n%s", logs)
	}
	if !strings.Contains(tb.logs.String(), "timestamp more than five minutes away") {
		t.Error("a stale request's refusal is not logged with its reason")
	}
}

// TestSlackHousekeepingRequests guards the requests Slack makes that are not events: a
// slash command URL's certificate check (ssl_check=1) and the notice that events are
// being dropped (app_rate_limited) get 200, as Slack expects, and reach nobody.
func TestSlackHousekeepingRequests(t *testing.T) {
	tb := newTestBot(t, ModeHTTP, nil)
	check := []byte("ssl_check=1&token=x")
	if status, body := tb.post(t, PathCommands, "application/x-www-form-urlencoded", check, sign(check, time.Now(), signingSecret)); status != http.StatusOK {
		t.Errorf("ssl_check: %d %s", status, body)
	}
	limited := []byte(`{"token":"x","type":"app_rate_limited","team_id":"T1","minute_rate_limited":1518467820,"api_app_id":"A1"}`)
	if status, body := tb.post(t, PathEvents, "application/json", limited, sign(limited, time.Now(), signingSecret)); status != http.StatusOK {
		t.Errorf("app_rate_limited: %d %s", status, body)
	}
	if !strings.Contains(tb.logs.String(), "Slack is dropping events") {
		t.Error("the dropped events are not logged")
	}
	if n := len(tb.slack.Calls()); n != 1 { // auth.test
		t.Errorf("housekeeping reached the bot: %s", slackfake.Describe(tb.slack.Calls()))
	}
}

// TestHTTPModeBeforeRun guards start-up and shutdown order: the endpoints are mounted
// with serve's listener, but until Run is running a verified event is refused with 503
// (Slack retries it), not taken and lost.
func TestHTTPModeBeforeRun(t *testing.T) {
	f := slackfake.New(t)
	a, err := New(Options{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: signingSecret, APIURL: f.APIURL()})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Mount(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	tb := &testBot{slack: f, a: a, server: srv}
	ev, _ := json.Marshal(directMessage("Ev1", "UANA", "DANA", "1700000001.000100", "help"))
	if status, _ := tb.post(t, PathEvents, "application/json", ev, sign(ev, time.Now(), signingSecret)); status != http.StatusServiceUnavailable {
		t.Errorf("before Run: status %d, want 503", status)
	}
	if s := a.Status(); s.Connected {
		t.Errorf("status before Run: %+v", s)
	}
	// Socket Mode mounts nothing.
	sa, _ := New(Options{BotToken: "xoxb-test", AppToken: "xapp-test", APIURL: f.APIURL()})
	mux2 := http.NewServeMux()
	sa.Mount(mux2)
	if _, pattern := mux2.Handler(httptest.NewRequest(http.MethodPost, PathEvents, nil)); pattern != "" {
		t.Errorf("socket mode mounted %s", pattern)
	}
}
