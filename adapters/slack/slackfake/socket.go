package slackfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Socket speaks Socket Mode's envelope protocol: hello on every connection, the
// envelopes a test sends, and the acknowledgements read back.
type Socket struct {
	envelopes chan any // to write; the strings "drop" and "disconnect" are orders
	stop      chan struct{}
	stopOnce  sync.Once
	next      atomic.Uint64

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every connection and acknowledgement
	conns    int           // connections accepted
	closed   int           // connections ended
	consumed int           // connections AwaitConn returned for
	acks     []map[string]any
}

func newSocket() *Socket {
	return &Socket{envelopes: make(chan any, 64), stop: make(chan struct{}), changed: make(chan struct{})}
}

func (s *Socket) close() { s.stopOnce.Do(func() { close(s.stop) }) }

func (s *Socket) note(fn func()) {
	s.mu.Lock()
	fn()
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

func (s *Socket) serve(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	s.note(func() { s.conns++ })
	defer s.note(func() { s.closed++ })
	if err := c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1}); err != nil {
		return
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(done)
		for {
			var m map[string]any
			if err := c.ReadJSON(&m); err != nil {
				return
			}
			s.note(func() { s.acks = append(s.acks, m) })
		}
	})
	defer wg.Wait()
	for {
		select {
		case <-done:
			return
		case <-s.stop:
			c.Close()
			return
		case <-r.Context().Done():
			c.Close()
			return
		case e := <-s.envelopes:
			switch e {
			case "drop":
				c.Close() // the socket drops without a word
				return
			case "disconnect":
				_ = c.WriteJSON(map[string]any{"type": "disconnect", "reason": "refresh_requested"})
				// Slack closes the old socket once the new one is up; the client leaves first.
				select {
				case <-done:
				case <-s.stop:
					c.Close()
				}
				return
			}
			if err := c.WriteJSON(e); err != nil {
				return
			}
		}
	}
}

// Send queues an envelope of typ (events_api, interactive, slash_commands) with payload
// for the connection, and returns its envelope ID.
func (s *Socket) Send(typ string, payload any) string {
	id := fmt.Sprintf("env-%d", s.next.Add(1))
	s.envelopes <- map[string]any{"type": typ, "envelope_id": id, "payload": payload, "accepts_response_payload": typ != "events_api"}
	return id
}

// Drop closes the connection without a word, as a network failure does.
func (s *Socket) Drop() { s.envelopes <- "drop" }

// Disconnect asks the client to reconnect, as Slack does before it closes a socket.
func (s *Socket) Disconnect() { s.envelopes <- "disconnect" }

// AwaitAck waits for the acknowledgement of envelope id and returns it.
func (s *Socket) AwaitAck(t testing.TB, id string) map[string]any {
	t.Helper()
	var found map[string]any
	s.await(t, "the acknowledgement of "+id, func() bool {
		for _, a := range s.acks {
			if a["envelope_id"] == id {
				found = a
				return true
			}
		}
		return false
	})
	return found
}

// AwaitConn waits for the next connection not awaited yet.
func (s *Socket) AwaitConn(t testing.TB) {
	t.Helper()
	s.await(t, "a socket connection", func() bool {
		if s.conns > s.consumed {
			s.consumed++
			return true
		}
		return false
	})
}

// AwaitClosed waits until n connections have ended, by either side.
func (s *Socket) AwaitClosed(t testing.TB, n int) {
	t.Helper()
	s.await(t, fmt.Sprintf("%d connections closed", n), func() bool { return s.closed >= n })
}

// Deliver sends payload in an envelope and returns the acknowledgement's payload as
// JSON ("" when it has none), as serve's answer to Slack.
func (s *Socket) Deliver(t testing.TB, typ string, payload any) string {
	t.Helper()
	ack := s.AwaitAck(t, s.Send(typ, payload))
	if p, ok := ack["payload"]; ok && p != nil {
		b, _ := json.Marshal(p)
		return string(b)
	}
	return ""
}

// await waits until cond, called with s.mu held, holds.
func (s *Socket) await(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.NewTimer(Wait)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ok := cond()
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}
