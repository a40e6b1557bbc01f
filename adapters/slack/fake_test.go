package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"

	"github.com/ospobot/ospobot/bot"
)

// The bot's own identity on the fake workspace.
const (
	botUser = "U0BOT"
	botID   = "B0BOT"
)

// wait bounds every wait on the fake server; nothing in these tests sleeps.
const wait = 10 * time.Second

// apiCall is one Web API call the fake Slack received.
type apiCall struct {
	Method string
	Form   url.Values     // form-encoded calls
	JSON   map[string]any // JSON calls (views.*)
	Auth   string         // the Authorization header
	TS     string         // the timestamp the fake gave a posted message
}

// fakeSlack is slack-go's slacktest server with the endpoints the adapter uses that
// slacktest lacks (or answers with fixed data), a record of every call, 429s on
// demand, and a Socket Mode endpoint speaking the envelope protocol.
type fakeSlack struct {
	t   testing.TB
	srv *slacktest.Server

	mu       sync.Mutex
	calls    []apiCall
	changed  chan struct{} // closed and replaced on every call
	ts       int           // message timestamps, unique
	limited  map[string]int
	groups   map[string][]string
	files    map[string][]byte // download path → content
	uploads  map[string][]byte // file ID → uploaded content
	socket   *socketServer
	failWith map[string]string // method → the error Slack answers with
	down     map[string]int    // method → how many more calls answer 503
}

func newFakeSlack(t testing.TB) *fakeSlack {
	t.Helper()
	f := &fakeSlack{t: t, changed: make(chan struct{}), limited: map[string]int{}, groups: map[string][]string{},
		files: map[string][]byte{}, uploads: map[string][]byte{}, failWith: map[string]string{}, down: map[string]int{}}
	f.socket = &socketServer{t: t, envelopes: make(chan any, 16), acks: make(chan map[string]any, 16), conns: make(chan struct{}, 16)}
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		for _, m := range []string{"auth.test", "chat.postMessage", "chat.postEphemeral", "chat.update", "views.open", "views.publish",
			"conversations.open", "usergroups.users.list", "files.info", "files.getUploadURLExternal", "files.completeUploadExternal",
			"apps.connections.open"} {
			c.Handle("/"+m, f.handle(m))
		}
		c.Handle("/upload/", f.receiveUpload)
		c.Handle("/respond/", f.receiveResponse)
		c.Handle("/files-pri/", f.serveFile)
		c.Handle("/ws", f.socket.serve)
	})
	f.srv.Start()
	t.Cleanup(f.srv.Stop)
	return f
}

func (f *fakeSlack) apiURL() string { return f.srv.GetAPIURL() }

// fail makes every call of method answer with Slack's error e.
func (f *fakeSlack) fail(method, e string) {
	f.mu.Lock()
	f.failWith[method] = e
	f.mu.Unlock()
}

// outage makes the next n calls of method answer 503.
func (f *fakeSlack) outage(method string, n int) {
	f.mu.Lock()
	f.down[method] = n
	f.mu.Unlock()
}

// rateLimit makes the next n calls of method answer 429 with Retry-After: 0.
func (f *fakeSlack) rateLimit(method string, n int) {
	f.mu.Lock()
	f.limited[method] = n
	f.mu.Unlock()
}

func (f *fakeSlack) handle(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		call := apiCall{Method: method, Auth: r.Header.Get("Authorization")}
		body, _ := io.ReadAll(r.Body)
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			_ = json.Unmarshal(body, &call.JSON)
		} else {
			call.Form, _ = url.ParseQuery(string(body))
		}
		f.mu.Lock()
		if f.limited[method] > 0 {
			f.limited[method]--
			f.mu.Unlock()
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			f.record(apiCall{Method: method + " (429)"})
			return
		}
		if f.down[method] > 0 {
			f.down[method]--
			f.mu.Unlock()
			w.WriteHeader(http.StatusServiceUnavailable)
			f.record(apiCall{Method: method + " (503)"})
			return
		}
		failure := f.failWith[method]
		f.ts++
		ts := fmt.Sprintf("1700000000.%06d", f.ts)
		f.mu.Unlock()
		var resp map[string]any
		switch {
		case failure != "":
			method = "failure"
			resp = map[string]any{"ok": false, "error": failure}
		}
		switch method {
		case "auth.test":
			resp = map[string]any{"user_id": botUser, "bot_id": botID, "team_id": "T1", "user": "ospobot"}
		case "chat.postMessage":
			ch := call.Form.Get("channel")
			if ch == "CGONE" {
				resp = map[string]any{"ok": false, "error": "channel_not_found"}
				break
			}
			if ch == "COUTSIDE" {
				resp = map[string]any{"ok": false, "error": "not_in_channel"}
				break
			}
			resp = map[string]any{"channel": ch, "ts": ts}
		case "chat.postEphemeral":
			if call.Form.Get("channel") == "COUTSIDE" {
				resp = map[string]any{"ok": false, "error": "not_in_channel"}
				break
			}
			resp = map[string]any{"message_ts": ts}
		case "chat.update":
			resp = map[string]any{"channel": call.Form.Get("channel"), "ts": call.Form.Get("ts")}
		case "views.open", "views.publish":
			resp = map[string]any{"view": map[string]any{"id": "V" + ts[11:]}}
		case "conversations.open":
			resp = map[string]any{"channel": map[string]any{"id": "D" + strings.TrimPrefix(call.Form.Get("users"), "U")}}
		case "usergroups.users.list":
			f.mu.Lock()
			resp = map[string]any{"users": f.groups[call.Form.Get("usergroup")]}
			f.mu.Unlock()
		case "files.info":
			id := call.Form.Get("file")
			resp = map[string]any{"file": map[string]any{"id": id, "name": "LICENSE", "size": 1070,
				"url_private_download": f.apiURL() + "files-pri/" + id + "/LICENSE"}}
		case "files.getUploadURLExternal":
			id := "F" + ts[11:]
			resp = map[string]any{"upload_url": f.apiURL() + "upload/" + id, "file_id": id}
		case "files.completeUploadExternal":
			var files []slack.FileSummary
			_ = json.Unmarshal([]byte(call.Form.Get("files")), &files)
			resp = map[string]any{"files": files}
		case "apps.connections.open":
			resp = map[string]any{"url": f.srv.GetWSURL()}
		}
		if _, set := resp["ok"]; !set {
			resp["ok"] = true
		}
		call.TS = ts
		f.record(call)
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	}
}

func (f *fakeSlack) record(c apiCall) {
	f.mu.Lock()
	f.calls = append(f.calls, c)
	close(f.changed)
	f.changed = make(chan struct{})
	f.mu.Unlock()
}

// receiveUpload takes the file posted to an upload URL (multipart, as slack-go sends it).
func (f *fakeSlack) receiveUpload(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/upload/")
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			break
		}
		data, _ := io.ReadAll(p)
		if p.FormName() == "file" {
			f.mu.Lock()
			f.uploads[id] = data
			f.mu.Unlock()
		}
	}
	f.record(apiCall{Method: "upload", Form: url.Values{"id": {id}}, Auth: r.Header.Get("Authorization")})
	_, _ = w.Write([]byte("OK - uploaded"))
}

// receiveResponse takes an answer posted to a slash command's response_url.
func (f *fakeSlack) receiveResponse(w http.ResponseWriter, r *http.Request) {
	call := apiCall{Method: "response_url"}
	_ = json.NewDecoder(r.Body).Decode(&call.JSON)
	f.record(call)
	_, _ = w.Write([]byte("ok"))
}

// serveFile serves a private file, only with the bot token.
func (f *fakeSlack) serveFile(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer xoxb-test" {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("<html>sign in</html>"))
		return
	}
	f.mu.Lock()
	data, ok := f.files[r.URL.Path]
	f.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	f.record(apiCall{Method: "download", Form: url.Values{"path": {r.URL.Path}}})
	_, _ = w.Write(data)
}

// addFile makes content downloadable at a private URL, which it returns.
func (f *fakeSlack) addFile(id, name string, content []byte) string {
	path := "/files-pri/" + id + "/" + name
	f.mu.Lock()
	f.files[path] = content
	f.mu.Unlock()
	return strings.TrimSuffix(f.apiURL(), "/") + path
}

// await waits until cond holds for the calls so far and returns them.
func (f *fakeSlack) await(t *testing.T, what string, cond func([]apiCall) bool) []apiCall {
	t.Helper()
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		calls := slices.Clone(f.calls)
		ch := f.changed
		f.mu.Unlock()
		if cond(calls) {
			return calls
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("timed out waiting for %s; calls: %s", what, describe(calls))
		}
	}
}

// awaitCall waits for the n-th (from 1) call of method and returns it.
func (f *fakeSlack) awaitCall(t *testing.T, method string, n int) apiCall {
	t.Helper()
	calls := f.await(t, fmt.Sprintf("call %d of %s", n, method), func(cs []apiCall) bool { return len(only(cs, method)) >= n })
	return only(calls, method)[n-1]
}

func (f *fakeSlack) callsOf(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return only(f.calls, method)
}

func only(calls []apiCall, method string) []apiCall {
	var out []apiCall
	for _, c := range calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

func describe(calls []apiCall) string {
	var parts []string
	for _, c := range calls {
		s := c.Method
		if c.Form != nil {
			s += fmt.Sprintf("(channel=%s text=%q)", c.Form.Get("channel"), cut(c.Form.Get("text"), 60))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

// blocksOf decodes a message call's blocks with slack-go's own types.
func blocksOf(t *testing.T, c apiCall) []slack.Block {
	t.Helper()
	var b slack.Blocks
	if err := json.Unmarshal([]byte(c.Form.Get("blocks")), &b); err != nil {
		t.Fatalf("blocks of %s: %v", c.Method, err)
	}
	return b.BlockSet
}

// socketServer speaks Socket Mode's envelope protocol: hello on connect, the envelopes
// a test queues, and the acknowledgements it reads back.
type socketServer struct {
	t         testing.TB
	envelopes chan any            // to send; a string "drop" closes the socket, "disconnect" asks to reconnect
	acks      chan map[string]any // acknowledgements read
	conns     chan struct{}       // one per accepted connection
}

func (s *socketServer) serve(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	s.conns <- struct{}{}
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
			s.acks <- m
		}
	})
	defer wg.Wait()
	for {
		select {
		case <-done:
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
				<-done
				return
			}
			if err := c.WriteJSON(e); err != nil {
				return
			}
		}
	}
}

// send queues an envelope of typ with payload, and returns its ID.
func (s *socketServer) send(typ string, payload any) string {
	id := fmt.Sprintf("env-%d", time.Now().UnixNano())
	s.envelopes <- map[string]any{"type": typ, "envelope_id": id, "payload": payload, "accepts_response_payload": typ != "events_api"}
	return id
}

// awaitAck waits for the acknowledgement of envelope id.
func (s *socketServer) awaitAck(t *testing.T, id string) map[string]any {
	t.Helper()
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		select {
		case a := <-s.acks:
			if a["envelope_id"] == id {
				return a
			}
		case <-deadline.C:
			t.Fatalf("no acknowledgement of %s", id)
		}
	}
}

func (s *socketServer) awaitConn(t *testing.T) {
	t.Helper()
	select {
	case <-s.conns:
	case <-time.After(wait):
		t.Fatal("no socket connection")
	}
}

// startAdapter runs a on h until the test ends, and waits for Run to return then.
func startAdapter(t *testing.T, a *Adapter, h bot.Handler) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, h) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(wait):
			t.Error("Run did not return after cancel")
		}
	})
	awaitStatus(t, a, true)
}

// awaitStatus waits until the adapter reports itself connected (or not).
func awaitStatus(t *testing.T, a *Adapter, connected bool) bot.Status {
	t.Helper()
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	for {
		a.mu.Lock()
		ch := a.statusChanged
		a.mu.Unlock()
		if s := a.Status(); s.Connected == connected {
			return s
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("adapter never reported connected=%v: %+v", connected, a.Status())
		}
	}
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }
