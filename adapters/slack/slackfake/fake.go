package slackfake

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
)

// The bot's identity on the fake workspace, and the token it must present.
const (
	BotUser  = "U0BOT"
	BotID    = "B0BOT"
	BotToken = "xoxb-test"
	AppToken = "xapp-test"
)

// Wait bounds every wait on the fake.
const Wait = 10 * time.Second

// Channels whose messages Slack refuses: one that does not exist, one the bot is not in.
const (
	ChannelGone    = "CGONE"
	ChannelOutside = "COUTSIDE"
)

// Call is one Web API call the fake received.
type Call struct {
	Method string
	Form   url.Values     // form-encoded calls
	JSON   map[string]any // JSON calls (views.*)
	Auth   string         // the Authorization header
	TS     string         // the timestamp the fake gave a posted message
	ViewID string         // the ID the fake gave an opened or published view
}

// Fake is a Slack workspace on loopback.
type Fake struct {
	srv *slacktest.Server

	mu       sync.Mutex
	calls    []Call
	changed  chan struct{} // closed and replaced on every call
	ts       int           // message timestamps, unique
	limited  map[string]int
	groups   map[string][]string
	files    map[string][]byte        // download path → content
	uploads  map[string][]byte        // file ID → uploaded content
	failWith map[string]string        // method → the error Slack answers with
	down     map[string]int           // method → how many more calls answer 503
	held     map[string]chan struct{} // method → closed when its calls may be answered
	waiting  map[string]int           // method → calls that reached a hold

	// Socket is the Socket Mode endpoint apps.connections.open hands out.
	Socket *Socket
}

// New starts a fake workspace, stopped when the test ends.
func New(t testing.TB) *Fake {
	t.Helper()
	f := &Fake{changed: make(chan struct{}), limited: map[string]int{}, groups: map[string][]string{},
		files: map[string][]byte{}, uploads: map[string][]byte{}, failWith: map[string]string{}, down: map[string]int{},
		held: map[string]chan struct{}{}, waiting: map[string]int{}}
	f.Socket = newSocket()
	f.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		for _, m := range []string{"auth.test", "chat.postMessage", "chat.postEphemeral", "chat.update", "views.open", "views.publish",
			"conversations.open", "usergroups.users.list", "files.info", "files.getUploadURLExternal", "files.completeUploadExternal",
			"apps.connections.open"} {
			c.Handle("/"+m, f.handle(m))
		}
		c.Handle("/upload/", f.receiveUpload)
		c.Handle("/respond/", f.receiveResponse)
		c.Handle("/files-pri/", f.serveFile)
		c.Handle("/ws", f.Socket.serve)
	})
	f.srv.Start()
	t.Cleanup(func() {
		f.Socket.close()
		f.srv.Stop()
	})
	return f
}

// APIURL is the fake's Web API address, ending in "/" (slack.api_url).
func (f *Fake) APIURL() string { return f.srv.GetAPIURL() }

// Fail makes every call of method answer with Slack's error e ("" stops it).
func (f *Fake) Fail(method, e string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if e == "" {
		delete(f.failWith, method)
		return
	}
	f.failWith[method] = e
}

// Outage makes the next n calls of method answer 503.
func (f *Fake) Outage(method string, n int) {
	f.mu.Lock()
	f.down[method] = n
	f.mu.Unlock()
}

// RateLimit makes the next n calls of method answer 429 with Retry-After: 0.
func (f *Fake) RateLimit(method string, n int) {
	f.mu.Lock()
	f.limited[method] = n
	f.mu.Unlock()
}

// Hold keeps calls of method unanswered until release is called (or the test ends), as
// a slow Slack would: what the app does meanwhile can be seen without a race.
func (f *Fake) Hold(method string) (release func()) {
	ch := make(chan struct{})
	f.mu.Lock()
	f.held[method] = ch
	f.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			f.mu.Lock()
			delete(f.held, method)
			f.mu.Unlock()
			close(ch)
		})
	}
}

// AwaitHeld waits until a call of method reached its hold (see Hold): the app is then
// waiting for Slack.
func (f *Fake) AwaitHeld(t testing.TB, method string) {
	t.Helper()
	deadline := time.NewTimer(Wait)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		n, ch := f.waiting[method], f.changed
		f.mu.Unlock()
		if n > 0 {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			t.Fatalf("no call of %s reached its hold", method)
		}
	}
}

// SetGroup sets the members of user group id (S…), as usergroups.users.list lists them.
func (f *Fake) SetGroup(id string, members ...string) {
	f.mu.Lock()
	f.groups[id] = members
	f.mu.Unlock()
}

// AddFile makes content downloadable, with the bot token, at a private URL it returns.
func (f *Fake) AddFile(id, name string, content []byte) string {
	path := "/files-pri/" + id + "/" + name
	f.mu.Lock()
	f.files[path] = content
	f.mu.Unlock()
	return strings.TrimSuffix(f.APIURL(), "/") + path
}

// Uploaded is what was posted to the upload URL of file id.
func (f *Fake) Uploaded(id string) []byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.uploads[id]
}

func (f *Fake) handle(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		call := Call{Method: method, Auth: r.Header.Get("Authorization")}
		body, _ := io.ReadAll(r.Body)
		if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			_ = json.Unmarshal(body, &call.JSON)
		} else {
			call.Form, _ = url.ParseQuery(string(body))
		}
		f.mu.Lock()
		if held := f.held[method]; held != nil {
			f.waiting[method]++
			close(f.changed)
			f.changed = make(chan struct{})
			f.mu.Unlock()
			select {
			case <-held:
			case <-f.Socket.stop:
			case <-r.Context().Done():
				return
			}
			f.mu.Lock()
		}
		if f.limited[method] > 0 {
			f.limited[method]--
			f.mu.Unlock()
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			f.record(Call{Method: method + " (429)"})
			return
		}
		if f.down[method] > 0 {
			f.down[method]--
			f.mu.Unlock()
			w.WriteHeader(http.StatusServiceUnavailable)
			f.record(Call{Method: method + " (503)"})
			return
		}
		failure := f.failWith[method]
		f.ts++
		ts := fmt.Sprintf("1700000000.%06d", f.ts)
		f.mu.Unlock()
		resp := f.answer(method, &call, ts)
		if failure != "" {
			resp = map[string]any{"ok": false, "error": failure}
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

// answer is Slack's answer to a call of method that succeeds.
func (f *Fake) answer(method string, call *Call, ts string) map[string]any {
	switch method {
	case "auth.test":
		return map[string]any{"user_id": BotUser, "bot_id": BotID, "team_id": "T1", "user": "ospobot"}
	case "chat.postMessage":
		switch ch := call.Form.Get("channel"); ch {
		case ChannelGone:
			return map[string]any{"ok": false, "error": "channel_not_found"}
		case ChannelOutside:
			return map[string]any{"ok": false, "error": "not_in_channel"}
		default:
			return map[string]any{"channel": ch, "ts": ts}
		}
	case "chat.postEphemeral":
		if call.Form.Get("channel") == ChannelOutside {
			return map[string]any{"ok": false, "error": "not_in_channel"}
		}
		return map[string]any{"message_ts": ts}
	case "chat.update":
		return map[string]any{"channel": call.Form.Get("channel"), "ts": call.Form.Get("ts")}
	case "views.open", "views.publish":
		call.ViewID = "V" + ts[11:]
		return map[string]any{"view": map[string]any{"id": call.ViewID}}
	case "conversations.open":
		return map[string]any{"channel": map[string]any{"id": "D" + strings.TrimPrefix(call.Form.Get("users"), "U")}}
	case "usergroups.users.list":
		f.mu.Lock()
		defer f.mu.Unlock()
		return map[string]any{"users": slices.Clone(f.groups[call.Form.Get("usergroup")])}
	case "files.info":
		id := call.Form.Get("file")
		return map[string]any{"file": map[string]any{"id": id, "name": "LICENSE", "size": 1070,
			"url_private_download": f.APIURL() + "files-pri/" + id + "/LICENSE"}}
	case "files.getUploadURLExternal":
		id := "F" + ts[11:]
		return map[string]any{"upload_url": f.APIURL() + "upload/" + id, "file_id": id}
	case "files.completeUploadExternal":
		var files []slack.FileSummary
		_ = json.Unmarshal([]byte(call.Form.Get("files")), &files)
		return map[string]any{"files": files}
	case "apps.connections.open":
		return map[string]any{"url": f.srv.GetWSURL()}
	}
	return map[string]any{}
}

func (f *Fake) record(c Call) {
	f.mu.Lock()
	f.calls = append(f.calls, c)
	close(f.changed)
	f.changed = make(chan struct{})
	f.mu.Unlock()
}

// receiveUpload takes the file posted to an upload URL (multipart, as slack-go sends it).
func (f *Fake) receiveUpload(w http.ResponseWriter, r *http.Request) {
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
	f.record(Call{Method: "upload", Form: url.Values{"id": {id}}, Auth: r.Header.Get("Authorization")})
	_, _ = w.Write([]byte("OK - uploaded"))
}

// receiveResponse takes an answer posted to a slash command's response_url
// (APIURL()+"respond/…").
func (f *Fake) receiveResponse(w http.ResponseWriter, r *http.Request) {
	call := Call{Method: "response_url"}
	_ = json.NewDecoder(r.Body).Decode(&call.JSON)
	f.record(call)
	_, _ = w.Write([]byte("ok"))
}

// serveFile serves a private file, only with the bot token; without it, Slack's sign-in
// page, as Slack answers.
func (f *Fake) serveFile(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+BotToken {
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
	f.record(Call{Method: "download", Form: url.Values{"path": {r.URL.Path}}})
	_, _ = w.Write(data)
}

// Calls is every call so far, in order.
func (f *Fake) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

// CallsOf is every call of method so far.
func (f *Fake) CallsOf(method string) []Call { return Only(f.Calls(), method) }

// Await waits (at most Wait) until cond holds for the calls so far, and returns them.
func (f *Fake) Await(t testing.TB, what string, cond func([]Call) bool) []Call {
	t.Helper()
	deadline := time.NewTimer(Wait)
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
			t.Fatalf("timed out waiting for %s; calls: %s", what, Describe(calls))
		}
	}
}

// AwaitCall waits for the n-th (from 1) call of method and returns it.
func (f *Fake) AwaitCall(t testing.TB, method string, n int) Call {
	t.Helper()
	calls := f.Await(t, fmt.Sprintf("call %d of %s", n, method), func(cs []Call) bool { return len(Only(cs, method)) >= n })
	return Only(calls, method)[n-1]
}

// AwaitNext waits for the first call of method after the calls counted in since (the
// length of Calls() taken before), that matches (nil matches any), and returns it.
func (f *Fake) AwaitNext(t testing.TB, since int, method string, match func(Call) bool) Call {
	t.Helper()
	var found Call
	f.Await(t, "a new call of "+method, func(cs []Call) bool {
		for _, c := range cs[min(since, len(cs)):] {
			if c.Method == method && (match == nil || match(c)) {
				found = c
				return true
			}
		}
		return false
	})
	return found
}

// Only is the calls of method.
func Only(calls []Call, method string) []Call {
	var out []Call
	for _, c := range calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Describe lists calls for a failure message: method, channel and the start of the text.
func Describe(calls []Call) string {
	var parts []string
	for _, c := range calls {
		s := c.Method
		if c.Form != nil {
			text := []rune(c.Form.Get("text"))
			s += fmt.Sprintf("(channel=%s text=%q)", c.Form.Get("channel"), string(text[:min(len(text), 60)]))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

// Blocks decodes a message call's blocks with slack-go's own types.
func Blocks(t testing.TB, c Call) []slack.Block {
	t.Helper()
	var b slack.Blocks
	if err := json.Unmarshal([]byte(c.Form.Get("blocks")), &b); err != nil {
		t.Fatalf("blocks of %s: %v", c.Method, err)
	}
	return b.BlockSet
}

// Buttons are the buttons of a message call's blocks, in order.
func Buttons(t testing.TB, c Call) []*slack.ButtonBlockElement {
	t.Helper()
	var out []*slack.ButtonBlockElement
	for _, b := range Blocks(t, c) {
		if ab, ok := b.(*slack.ActionBlock); ok {
			for _, e := range ab.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok {
					out = append(out, btn)
				}
			}
		}
	}
	return out
}

// ViewButtons are the buttons of a views.publish or views.open call's view, in order.
func ViewButtons(t testing.TB, c Call) []*slack.ButtonBlockElement {
	t.Helper()
	raw, _ := json.Marshal(c.JSON["view"])
	var v struct {
		Blocks slack.Blocks `json:"blocks"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("the view of %s does not decode with slack-go's types: %v", c.Method, err)
	}
	var out []*slack.ButtonBlockElement
	for _, b := range v.Blocks.BlockSet {
		if ab, ok := b.(*slack.ActionBlock); ok {
			for _, e := range ab.Elements.ElementSet {
				if btn, ok := e.(*slack.ButtonBlockElement); ok {
					out = append(out, btn)
				}
			}
		}
	}
	return out
}

// Button is the first button of a message call whose action_id starts with prefix, or nil.
func Button(t testing.TB, c Call, prefix string) *slack.ButtonBlockElement {
	t.Helper()
	for _, b := range Buttons(t, c) {
		if strings.HasPrefix(b.ActionID, prefix) {
			return b
		}
	}
	return nil
}
