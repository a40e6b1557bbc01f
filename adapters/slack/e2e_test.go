package slack

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/slack/slackfake"
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
	slack  *slackfake.Fake
	a      *Adapter
	server *httptest.Server
	logs   *syncBuffer
	// forgotten receives the user groups the adapter told the engine to read again.
	forgotten chan bot.UserID
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
	f := slackfake.New(t)
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
	forgotten := make(chan bot.UserID, 16)
	a, err := New(Options{Mode: mode, BotToken: "xoxb-test", AppToken: "xapp-test", SigningSecret: signingSecret,
		APIURL: f.APIURL(), Log: log, MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond,
		GroupChanged: func(g bot.UserID) { eng.ForgetGroup(g); forgotten <- g }})
	if err != nil {
		t.Fatal(err)
	}
	eng.AddAdapter(a)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { _ = eng.Dispatcher().Run(ctx, time.Hour) })
	t.Cleanup(func() { cancel(); wg.Wait() })
	tb := &testBot{slack: f, a: a, logs: logs, forgotten: forgotten}
	if mode == ModeHTTP {
		mux := http.NewServeMux()
		a.Mount(mux)
		tb.server = httptest.NewServer(mux)
		t.Cleanup(tb.server.Close)
	}
	startAdapter(t, a, h)
	if mode == ModeSocket {
		f.Socket.AwaitConn(t)
	}
	return tb
}

// sign makes the headers Slack sends with body at time at.
var sign = slackfake.Sign

// post sends body to path with headers, as Slack would; it returns the status and body.
func (tb *testBot) post(t *testing.T, path, contentType string, body []byte, h http.Header) (int, string) {
	t.Helper()
	return slackfake.HTTP{BaseURL: tb.server.URL}.Post(t, path, contentType, body, h)
}

// deliver hands a payload to the bot the way Slack does in the bot's mode: signed
// over HTTP, or in an envelope over the socket. kind is events_api, interactive or
// slash_commands. It returns the acknowledgement's payload (HTTP: the response body).
func (tb *testBot) deliver(t *testing.T, kind string, payload any) string {
	t.Helper()
	if tb.server == nil {
		return tb.slack.Socket.Deliver(t, kind, payload)
	}
	return slackfake.HTTP{BaseURL: tb.server.URL, Secret: signingSecret}.Deliver(t, kind, payload)
}

// Payloads in the shapes Slack documents.
var (
	appMention    = slackfake.AppMention
	directMessage = slackfake.DirectMessage
	fileShared    = slackfake.FileShared
	blockActions  = slackfake.BlockActions
	slashPayload  = slackfake.Slash
)

func viewSubmission(user, trigger, viewID, metadata string, values map[string]string) map[string]any {
	state := map[string]any{}
	for k, v := range values {
		state[k] = map[string]any{formInput: map[string]any{"type": "plain_text_input", "value": v}}
	}
	return slackfake.ViewSubmission(user, trigger, viewID, formCallback, metadata, state)
}
