package matrix

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"

	"github.com/ospobot/ospobot/bot"
)

// fakeSend answers every send with status and body; it counts the requests.
func fakeSend(t *testing.T, status int, body string) (*mautrix.Client, *atomic.Int32) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	c, err := mautrix.NewClient(srv.URL, "@ospobot:example.org", "token")
	if err != nil {
		t.Fatal(err)
	}
	c.DefaultHTTPRetries, c.IgnoreRateLimit = 0, true // as New sets them
	return c, &n
}

// TestDeliveryErrors guards the typed failures the dispatcher acts on, from real HTTP
// answers decoded by mautrix: M_LIMIT_EXCEEDED is "retry after retry_after_ms" (or the
// Retry-After header), a forbidden or unknown room is permanent, a server error is
// neither (retried with back-off).
func TestDeliveryErrors(t *testing.T) {
	cases := []struct {
		name      string
		status    int
		body      string
		retry     time.Duration
		permanent bool
	}{
		{"rate limited", 429, `{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests","retry_after_ms":1500}`, 1500 * time.Millisecond, false},
		{"rate limited without a time", 429, `{"errcode":"M_LIMIT_EXCEEDED"}`, defaultRateWait, false},
		{"forbidden", 403, `{"errcode":"M_FORBIDDEN","error":"not in room"}`, 0, true},
		{"unknown room", 404, `{"errcode":"M_NOT_FOUND","error":"no such room"}`, 0, true},
		{"server error", 500, `{"errcode":"M_UNKNOWN","error":"oops"}`, 0, false},
	}
	for _, c := range cases {
		cli, _ := fakeSend(t, c.status, c.body)
		_, err := cli.SendMessageEvent(context.Background(), "!r:example.org", event.EventMessage, map[string]any{"body": "x"})
		if err == nil {
			t.Fatalf("%s: send succeeded", c.name)
		}
		got := deliveryError(err)
		d, retry := bot.RetryDelay(got)
		if retry != (c.retry > 0) || d != c.retry {
			t.Errorf("%s: RetryDelay = %v, %v; want %v", c.name, d, retry, c.retry)
		}
		if bot.IsPermanent(got) != c.permanent {
			t.Errorf("%s: IsPermanent = %v", c.name, !c.permanent)
		}
	}
}

// TestLimitTransportWaits guards every request other than Send and Edit: rate limited,
// it waits as long as the homeserver asks and is sent again, body and all, a bounded
// number of times; a request marked to report limits (Send, Edit) is not retried.
func TestLimitTransportWaits(t *testing.T) {
	var n atomic.Int32
	var mu sync.Mutex
	var bodies []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, _ := io.ReadAll(r.Body)
		mu.Lock()
		bodies = append(bodies, string(data))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if n.Add(1) <= 2 {
			w.WriteHeader(429)
			w.Write([]byte(`{"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":5}`))
			return
		}
		w.Write([]byte(`{"event_id":"$sent"}`))
	}))
	defer srv.Close()
	cli, err := mautrix.NewClient(srv.URL, "@ospobot:example.org", "token")
	if err != nil {
		t.Fatal(err)
	}
	cli.Client = &http.Client{Transport: limitTransport{next: http.DefaultTransport}}
	cli.DefaultHTTPRetries, cli.IgnoreRateLimit = 0, true
	resp, err := cli.SendMessageEvent(context.Background(), "!r:example.org", event.EventMessage, map[string]any{"body": "x"})
	if err != nil || resp.EventID != "$sent" {
		t.Fatalf("after two rate limits: %v, %v", resp, err)
	}
	mu.Lock()
	if n.Load() != 3 || bodies[2] != bodies[0] || bodies[0] == "" {
		t.Errorf("%d requests with bodies %q", n.Load(), bodies)
	}
	mu.Unlock()

	n.Store(0)
	_, err = cli.SendMessageEvent(reportingLimits(context.Background()), "!r:example.org", event.EventMessage, map[string]any{"body": "x"})
	if d, ok := bot.RetryDelay(deliveryError(err)); !ok || d != 5*time.Millisecond || n.Load() != 1 {
		t.Errorf("reported: %v after %d requests, want retry after 5ms after 1", err, n.Load())
	}

	n.Store(-100) // rate limited for good
	_, err = cli.SendMessageEvent(context.Background(), "!r:example.org", event.EventMessage, map[string]any{"body": "x"})
	if _, limited := rateLimited(err); !limited || n.Load() != -100+maxRateRetries+1 {
		t.Errorf("gave up with %v after %d requests, want the rate limit after %d", err, n.Load()+100, maxRateRetries+1)
	}
}

// TestBackoff guards the sync back-off: doubling from a second, capped at a minute.
func TestBackoff(t *testing.T) {
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}
	for i, w := range want {
		if got := backoff(i + 1); got != w {
			t.Errorf("backoff(%d) = %v, want %v", i+1, got, w)
		}
	}
	if got := backoff(30); got != time.Minute {
		t.Errorf("backoff(30) = %v", got)
	}
}
