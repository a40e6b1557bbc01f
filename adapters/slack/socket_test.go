package slack

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/slack/slackfake"
	"github.com/ospobot/ospobot/bot"
)

// TestSocketReconnects guards Socket Mode's connection: after hello the adapter is
// connected; when Slack asks (disconnect) or the socket drops, it dials again (through
// apps.connections.open), counts the reconnection and goes on answering.
func TestSocketReconnects(t *testing.T) {
	tb := newTestBot(t, ModeSocket, nil)
	s := tb.slack.Socket
	awaitStatus(t, tb.a, true)

	s.Disconnect()
	s.AwaitConn(t)
	tb.deliver(t, "events_api", directMessage("Ev1", "UANA", "DANA", "1700000001.000100", "help"))
	tb.slack.AwaitCall(t, "chat.postMessage", 1)

	s.Drop()
	s.AwaitConn(t)
	tb.deliver(t, "events_api", directMessage("Ev2", "UANA", "DANA", "1700000002.000100", "version"))
	tb.slack.AwaitCall(t, "chat.postMessage", 2)

	st := awaitStatus(t, tb.a, true)
	if st.Reconnects != 2 {
		t.Errorf("reconnects %d, want 2", st.Reconnects)
	}
	if n := len(tb.slack.CallsOf("apps.connections.open")); n != 3 {
		t.Errorf("apps.connections.open called %d times, want 3 (one per connection)", n)
	}
}

// TestSocketUnknownEnvelope guards forward compatibility: an envelope of a type the bot
// does not know is acknowledged (so Slack does not resend it) and ignored.
func TestSocketUnknownEnvelope(t *testing.T) {
	tb := newTestBot(t, ModeSocket, nil)
	id := tb.slack.Socket.Send("something_new", map[string]any{"x": 1})
	if ack := tb.slack.Socket.AwaitAck(t, id); ack["payload"] != nil {
		t.Errorf("ack %v", ack)
	}
}

// TestSocketFatalAuth guards a revoked app token: Run ends with an error naming the
// variable to fix, instead of dialling forever.
func TestSocketFatalAuth(t *testing.T) {
	f := slackfake.New(t)
	f.Fail("apps.connections.open", "invalid_auth")
	a, err := New(Options{BotToken: "xoxb-test", AppToken: "xapp-bad", APIURL: f.APIURL(), MinBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	err = a.Run(ctx, bot.HandlerFunc(func(context.Context, bot.Event) error { return nil }))
	if err == nil || !strings.Contains(err.Error(), "OSPOBOT_SLACK_APP_TOKEN") {
		t.Errorf("Run: %v", err)
	}
	if s := a.Status(); s.Connected || s.Reason == "" {
		t.Errorf("status %+v", s)
	}
}

// TestSocketRateLimitedConnect guards the 429 on apps.connections.open: the adapter
// waits it out and connects.
func TestSocketRateLimitedConnect(t *testing.T) {
	f := slackfake.New(t)
	f.RateLimit("apps.connections.open", 1)
	a, err := New(Options{BotToken: "xoxb-test", AppToken: "xapp-test", APIURL: f.APIURL(), MinBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	startAdapter(t, a, bot.HandlerFunc(func(context.Context, bot.Event) error { return nil }))
	f.Socket.AwaitConn(t)
	if n := len(f.CallsOf("apps.connections.open (429)")); n != 1 {
		t.Errorf("%d rate-limited opens", n)
	}
}

// TestBackoff guards the reconnection waits: they grow with failures in a row, stay
// within MaxBackoff, and start again from MinBackoff after a working connection.
func TestBackoff(t *testing.T) {
	a, err := New(Options{BotToken: "xoxb-1", AppToken: "xapp-1", MinBackoff: time.Second, MaxBackoff: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	prevMax := time.Duration(0)
	for n := range 12 {
		for range 20 {
			d := a.backoff(n)
			hi := min(time.Second<<n, time.Minute)
			if d < hi/2 || d > hi {
				t.Fatalf("backoff(%d) = %v, want within [%v, %v]", n, d, hi/2, hi)
			}
		}
		hi := min(time.Second<<n, time.Minute)
		if hi < prevMax {
			t.Fatalf("backoff shrinks at %d", n)
		}
		prevMax = hi
	}
}

// TestStartUp guards Run's first call, auth.test: a token Slack refuses ends Run with
// an error naming the variable; an outage is waited out.
func TestStartUp(t *testing.T) {
	f := slackfake.New(t)
	f.Fail("auth.test", "invalid_auth")
	a, err := New(Options{Mode: ModeHTTP, BotToken: "xoxb-revoked", SigningSecret: "s", APIURL: f.APIURL()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	noop := bot.HandlerFunc(func(context.Context, bot.Event) error { return nil })
	if err := a.Run(ctx, noop); err == nil || !strings.Contains(err.Error(), "OSPOBOT_SLACK_BOT_TOKEN") {
		t.Errorf("refused token: %v", err)
	}

	g := slackfake.New(t)
	g.Outage("auth.test", 2)
	b, err := New(Options{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: "s", APIURL: g.APIURL(), MinBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	startAdapter(t, b, noop)
	if n := len(g.CallsOf("auth.test (503)")); n != 2 {
		t.Errorf("%d failed auth.test calls before connecting, want 2", n)
	}
}

// TestSocketDialFailuresBackOff guards an outage at connection time: failed
// apps.connections.open calls are retried (after growing waits) until one works,
// instead of ending Run.
func TestSocketDialFailuresBackOff(t *testing.T) {
	f := slackfake.New(t)
	f.Outage("apps.connections.open", 3)
	a, err := New(Options{BotToken: "xoxb-test", AppToken: "xapp-test", APIURL: f.APIURL(), MinBackoff: time.Millisecond, MaxBackoff: 4 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	startAdapter(t, a, bot.HandlerFunc(func(context.Context, bot.Event) error { return nil }))
	f.Socket.AwaitConn(t)
	if n := len(f.CallsOf("apps.connections.open (503)")); n != 3 {
		t.Errorf("%d failed opens before connecting, want 3", n)
	}
	if s := a.Status(); s.Reconnects != 0 {
		t.Errorf("reconnects %d: failed dials are not reconnections", s.Reconnects)
	}
}
