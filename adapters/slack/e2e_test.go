package slack

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
	"github.com/ospobot/ospobot/workflows/license"
)

const signingSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// testBot is the whole bot on a fake Slack: a real store in a temporary file, the
// engine with asynchronous delivery and its dispatcher, the router, and the adapter in
// one mode. In HTTP mode, server is the listener serve would run, with the adapter
// mounted.
type testBot struct {
	slack  *fakeSlack
	a      *Adapter
	server *httptest.Server
	logs   *syncBuffer
}

// syncBuffer collects the adapter's logs, for checks that nothing secret is logged.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newTestBot wires the bot in mode. wrap, if given, stands between the adapter and the
// router (to give form submissions an answer the engine does not have yet).
func newTestBot(t *testing.T, mode string, wrap func(bot.Handler) bot.Handler) *testBot {
	t.Helper()
	f := newFakeSlack(t)
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	st, err := workflows.OpenStore(filepath.Join(t.TempDir(), "bot.db"), workflows.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	groups := config.DefaultGroups()
	groups["legal"] = config.Group{Members: []string{"slack:ULENA"}, Notify: []string{"slack:CLEGAL"}}
	eng := workflows.NewEngine(st, workflows.Options{Log: log, AsyncDelivery: true, Groups: groups})
	cmds, err := bot.NewCommands(eng.Commands()...)
	if err != nil {
		t.Fatal(err)
	}
	var h bot.Handler = &bot.Router{Commands: cmds, Exec: eng, Default: "identify", Question: "ask", Subject: license.NamesLicense, Log: log}
	if wrap != nil {
		h = wrap(h)
	}
	a, err := New(Options{Mode: mode, BotToken: "xoxb-test", AppToken: "xapp-test", SigningSecret: signingSecret,
		APIURL: f.apiURL(), Log: log, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	eng.AddAdapter(a)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { _ = eng.Dispatcher().Run(ctx, time.Hour) })
	t.Cleanup(func() { cancel(); wg.Wait() })
	tb := &testBot{slack: f, a: a, logs: logs}
	if mode == ModeHTTP {
		mux := http.NewServeMux()
		a.Mount(mux)
		tb.server = httptest.NewServer(mux)
		t.Cleanup(tb.server.Close)
	}
	startAdapter(t, a, h)
	if mode == ModeSocket {
		f.socket.awaitConn(t)
	}
	return tb
}

// sign makes the headers Slack sends with body at time at.
func sign(body []byte, at time.Time, secret string) http.Header {
	ts := strconv.FormatInt(at.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

// post sends body to path with headers, as Slack would; it returns the status and body.
func (tb *testBot) post(t *testing.T, path, contentType string, body []byte, h http.Header) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, tb.server.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header = h
	req.Header.Set("Content-Type", contentType)
	res, err := tb.server.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(res.Body)
	return res.StatusCode, b.String()
}

// deliver hands a payload to the bot the way Slack does in the bot's mode: signed
// over HTTP, or in an envelope over the socket. kind is events_api, interactive or
// slash_commands. It returns the acknowledgement's payload (HTTP: the response body).
func (tb *testBot) deliver(t *testing.T, kind string, payload any) string {
	t.Helper()
	if tb.server == nil {
		id := tb.slack.socket.send(kind, payload)
		ack := tb.slack.socket.awaitAck(t, id)
		if p, ok := ack["payload"]; ok {
			b, _ := json.Marshal(p)
			return string(b)
		}
		return ""
	}
	var body []byte
	var path, ct string
	switch kind {
	case "events_api":
		body, _ = json.Marshal(payload)
		path, ct = PathEvents, "application/json"
	case "interactive":
		p, _ := json.Marshal(payload)
		body = []byte(url.Values{"payload": {string(p)}}.Encode())
		path, ct = PathInteractive, "application/x-www-form-urlencoded"
	case "slash_commands":
		v := url.Values{}
		for k, x := range payload.(map[string]any) {
			v.Set(k, fmt.Sprint(x))
		}
		body = []byte(v.Encode())
		path, ct = PathCommands, "application/x-www-form-urlencoded"
	}
	status, resp := tb.post(t, path, ct, body, sign(body, time.Now(), signingSecret))
	if status != http.StatusOK {
		t.Fatalf("%s: status %d %s", path, status, resp)
	}
	return strings.TrimSpace(resp)
}

// Payloads in the shapes Slack documents.

func appMention(eventID, user, channel, ts, text string) map[string]any {
	return map[string]any{
		"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback", "event_id": eventID, "event_time": 1700000000,
		"event": map[string]any{"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts},
	}
}

func directMessage(eventID, user, channel, ts, text string, files ...map[string]any) map[string]any {
	ev := map[string]any{"type": "message", "channel_type": "im", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if len(files) > 0 {
		ev["subtype"] = "file_share"
		ev["files"] = files
	}
	return map[string]any{"token": "x", "team_id": "T1", "type": "event_callback", "event_id": eventID, "event_time": 1700000000, "event": ev}
}

func fileShared(eventID, user, channel, fileID string) map[string]any {
	return map[string]any{"type": "event_callback", "event_id": eventID, "event_time": 1700000000,
		"event": map[string]any{"type": "file_shared", "file_id": fileID, "user_id": user, "channel_id": channel, "file": map[string]any{"id": fileID}, "event_ts": "1700000000.1"}}
}

func blockActions(user, channel, messageTS, trigger, actionID, value string) map[string]any {
	return map[string]any{
		"type": "block_actions", "trigger_id": trigger, "api_app_id": "A1", "team": map[string]any{"id": "T1"},
		"user":      map[string]any{"id": user, "username": strings.ToLower(user), "name": strings.ToLower(user)},
		"container": map[string]any{"type": "message", "message_ts": messageTS, "channel_id": channel, "is_ephemeral": false},
		"channel":   map[string]any{"id": channel, "name": "legal"},
		"message":   map[string]any{"type": "message", "ts": messageTS, "text": "…"},
		"actions": []map[string]any{{"type": "button", "action_id": actionID, "block_id": "b1", "value": value,
			"text": map[string]any{"type": "plain_text", "text": "Approve"}, "action_ts": "1700000100.000200"}},
	}
}

func slashPayload(user, channel, trigger, text string) map[string]any {
	return map[string]any{"token": "x", "team_id": "T1", "channel_id": channel, "channel_name": "general", "user_id": user,
		"user_name": strings.ToLower(user), "command": "/ospo", "text": text, "trigger_id": trigger, "response_url": "https://hooks.slack.com/commands/1/2/3"}
}

func viewSubmission(user, trigger, viewID, metadata string, values map[string]string) map[string]any {
	state := map[string]any{}
	for k, v := range values {
		state[k] = map[string]any{formInput: map[string]any{"type": "plain_text_input", "value": v}}
	}
	return map[string]any{
		"type": "view_submission", "trigger_id": trigger, "team": map[string]any{"id": "T1"},
		"user": map[string]any{"id": user, "name": strings.ToLower(user)},
		"view": map[string]any{"id": viewID, "type": "modal", "callback_id": formCallback, "private_metadata": metadata,
			"hash": "1700000000.abc", "state": map[string]any{"values": state}},
	}
}
