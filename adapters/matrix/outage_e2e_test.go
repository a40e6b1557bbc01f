package matrix_test

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"maunium.net/go/mautrix/event"

	"github.com/ospobot/ospobot/bot/config"
)

// TestSyncOutage guards the sync loop when the homeserver goes away: between the bot
// and Dendrite sits a proxy that starts failing every request (502) and drops the
// open ones. The bot reports itself disconnected, backs off, reconnects when the
// server is back, counts the reconnection, and answers what was said meanwhile.
func TestSyncOutage(t *testing.T) {
	hs := homeserver(t)
	target, err := url.Parse(hs)
	if err != nil {
		t.Fatal(err)
	}
	var down atomic.Bool
	failed := make(chan struct{}, 100)
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			// Only failed syncs count: the bot's other calls (its reactions on the
			// answer, say) may fail first and say nothing of its connection.
			if strings.HasSuffix(r.URL.Path, "/sync") {
				select {
				case failed <- struct{}{}:
				default:
				}
			}
			http.Error(w, "homeserver away", http.StatusBadGateway)
			return
		}
		httputil.NewSingleHostReverseProxy(target).ServeHTTP(w, r)
	}))
	defer proxy.Close()

	b := newBot(t, config.Default())
	b.acc.HS = proxy.URL
	b.start()
	alice := newPerson(t, "alice", nil)
	dm := alice.room(true, false, b.acc.ID)
	alice.say(dm, "is MIT compatible with GPL-3.0-only?")
	alice.waitFor("the answer before the outage", func(e *event.Event) bool {
		return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "GPL-3.0-only")
	})

	down.Store(true)
	proxy.CloseClientConnections() // the long poll in flight fails too
	for range 2 {                  // two failed syncs: the bot is backing off
		select {
		case <-failed:
		case <-time.After(wait):
			t.Fatal("the bot made no request to the failing server")
		}
	}
	if b.adapter.Status().Connected {
		t.Error("the bot reports itself connected while every sync fails")
	}
	alice.say(dm, "BSD in the iOS app?")
	down.Store(false)
	alice.waitFor("the answer to what was said during the outage", func(e *event.Event) bool {
		return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "BSD")
	})
	if st := b.adapter.Status(); !st.Connected || st.Reconnects < 1 {
		t.Errorf("status after the outage = %+v, want connected with a reconnection", st)
	}
}
