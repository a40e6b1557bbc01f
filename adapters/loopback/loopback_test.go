package loopback

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// recorder is a Handler that keeps the events it is given.
type recorder struct {
	mu     sync.Mutex
	events []bot.Event
}

func (r *recorder) HandleEvent(_ context.Context, ev bot.Event) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, ev)
	return nil
}

// running starts a's Run with h and stops it at cleanup, waiting for it.
func running(t *testing.T, a *Adapter, h bot.Handler) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.Run(ctx, h); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
}

func do(t *testing.T, a *Adapter, method, target, body, remote string) *httptest.ResponseRecorder {
	t.Helper()
	mux := http.NewServeMux()
	a.Mount(mux)
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	req.RemoteAddr = remote
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, req)
	return w
}

// TestEventsBecomeBotEvents guards the translation of a posted event: message or click,
// the user and conversation qualified by the platform, and the answer naming the
// delivery sequence the event's replies come after.
func TestEventsBecomeBotEvents(t *testing.T) {
	a, h := New(), &recorder{}
	running(t, a, h)
	a.Send(context.Background(), bot.Destination{Conversation: "c"}, bot.Text("earlier"))
	w := do(t, a, "POST", "/loopback/events", `{"id":"e1","user":"ana","conversation":"dm-ana","direct":true,"text":"help"}`, "127.0.0.1:5000")
	if w.Code != 200 || strings.TrimSpace(w.Body.String()) != `{"seq":1}` {
		t.Fatalf("message: %d %s", w.Code, w.Body)
	}
	w = do(t, a, "POST", "/loopback/events", `{"id":"e2","user":"bob","conversation":"legal","action":{"id":"approval.approve","value":"1/0","message":"m1"}}`, "[::1]:5000")
	if w.Code != 200 {
		t.Fatalf("click: %d %s", w.Code, w.Body)
	}
	if len(h.events) != 2 {
		t.Fatalf("%d events", len(h.events))
	}
	m, c := h.events[0], h.events[1]
	if m.Platform != Platform || m.Kind != bot.MessageEvent || m.User.ID != "loopback:ana" || m.Conversation != (bot.Conversation{ID: "dm-ana", Direct: true}) || m.Text != "help" {
		t.Errorf("message event: %+v", m)
	}
	if c.Kind != bot.ActionEvent || c.Action == nil || *c.Action != (bot.Action{ID: "approval.approve", Value: "1/0", Message: "m1"}) {
		t.Errorf("click event: %+v", c)
	}
}

// TestRefusals guards what the adapter does not take: requests from other machines,
// malformed or incomplete events, and events once it has stopped.
func TestRefusals(t *testing.T) {
	a := New()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { a.Run(ctx, &recorder{}); close(done) }()
	for _, tc := range []struct {
		body, remote string
		code         int
	}{
		{`{"id":"e","user":"u","conversation":"c","text":"x"}`, "192.0.2.7:4000", http.StatusForbidden},
		{`{"id":"e","user":"u"}`, "127.0.0.1:4000", http.StatusBadRequest},
		{`{"id":"e","user":"u","conversation":"c","colour":"red"}`, "127.0.0.1:4000", http.StatusBadRequest},
		{`{"id":"e","user":"u","conversation":"c","action":{}}`, "127.0.0.1:4000", http.StatusBadRequest},
	} {
		if w := do(t, a, "POST", "/loopback/events", tc.body, tc.remote); w.Code != tc.code {
			t.Errorf("%s from %s: %d, want %d", tc.body, tc.remote, w.Code, tc.code)
		}
	}
	if w := do(t, a, "GET", "/loopback/deliveries", "", "192.0.2.7:4000"); w.Code != http.StatusForbidden {
		t.Errorf("deliveries from another machine: %d", w.Code)
	}
	polled := make(chan int)
	go func() { polled <- do(t, a, "GET", "/loopback/deliveries?wait=30s", "", "127.0.0.1:4000").Code }()
	cancel()
	<-done
	// A long poll ends when the adapter stops, so that serve's listener can close.
	select {
	case code := <-polled:
		if code != 200 {
			t.Errorf("long poll at stop: %d", code)
		}
	case <-time.After(15 * time.Second):
		t.Error("a long poll outlived the adapter")
	}
	if w := do(t, a, "POST", "/loopback/events", `{"id":"e","user":"u","conversation":"c","text":"x"}`, "127.0.0.1:4000"); w.Code != http.StatusServiceUnavailable {
		t.Errorf("after stop: %d", w.Code)
	}
	if st := a.Status(); st.Connected {
		t.Errorf("status after stop: %+v", st)
	}
}

// TestDeliveriesLongPoll guards reading replies: filtered by conversation or user,
// after a sequence, with buttons and edits; a poll after the last one returns the next
// delivery when it comes.
func TestDeliveriesLongPoll(t *testing.T) {
	a := New()
	running(t, a, &recorder{})
	ref, _ := a.Send(context.Background(), bot.Destination{Conversation: "legal"}, bot.Reply{Text: "OSPO-1", Blocks: []bot.Block{{Kind: bot.ButtonsBlock,
		Buttons: []bot.Button{{Label: "Approve", Action: "approval.approve", Value: "1/0", Command: "approve OSPO-1"}}}}})
	a.Send(context.Background(), bot.Destination{Platform: Platform, User: "loopback:ana"}, bot.Text("to ana"))
	a.Edit(context.Background(), bot.Destination{Conversation: "legal"}, ref, bot.Text("OSPO-1 approved"))

	var got []Delivery
	w := do(t, a, "GET", "/loopback/deliveries?to=legal", "", "127.0.0.1:1")
	json.Unmarshal(w.Body.Bytes(), &got)
	if len(got) != 2 || got[0].Buttons[0] != (Button{Label: "Approve", Action: "approval.approve", Value: "1/0", Command: "approve OSPO-1"}) ||
		!got[1].Edit || got[1].Ref != string(ref) || got[1].Seq != 3 {
		t.Errorf("legal: %+v", got)
	}
	w = do(t, a, "GET", "/loopback/deliveries?to=ana", "", "127.0.0.1:1")
	if got = nil; json.Unmarshal(w.Body.Bytes(), &got) != nil || len(got) != 1 || got[0].Text != "to ana" {
		t.Errorf("ana: %s", w.Body)
	}

	polled := make(chan *httptest.ResponseRecorder)
	go func() { polled <- do(t, a, "GET", "/loopback/deliveries?after=3&wait=20s", "", "127.0.0.1:1") }()
	a.Send(context.Background(), bot.Destination{Conversation: "dm-bob"}, bot.Text("later"))
	select {
	case w := <-polled:
		if got = nil; json.Unmarshal(w.Body.Bytes(), &got) != nil || len(got) != 1 || got[0].Text != "later" || got[0].Seq != 4 {
			t.Errorf("long poll: %s", w.Body)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the long poll missed the delivery")
	}
}
