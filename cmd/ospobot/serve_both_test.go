package main

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	mt "github.com/ospobot/ospobot/adapters/matrix/matrixtest"
	sf "github.com/ospobot/ospobot/adapters/slack/slackfake"
)

// bothConfig is Slack (Socket Mode, against slackAPI) and Matrix (the bot as botID on
// homeserver) in one configuration. Legal's members are a Slack user and a Matrix user;
// people links Lena's Slack and Matrix IDs, so she decides from either. Approval
// messages go to a Slack channel and a Matrix room.
func bothConfig(slackAPI, homeserver string, botID, lena, otto id.UserID, legalRoom id.RoomID) string {
	return `store:
  path: bot.db
slack:
  enabled: true
  mode: socket
  api_url: ` + slackAPI + `
matrix:
  enabled: true
  homeserver: ` + homeserver + `
  user_id: "` + string(botID) + `"
  allowed_inviters: [localhost]
people:
  lena: [slack:ULENA, "matrix:` + string(lena) + `"]
groups:
  legal:
    members: [slack:ULENA, "matrix:` + string(otto) + `"]
    notify: [slack:CLEGAL, "matrix:` + string(legalRoom) + `"]
  ospo:
    members: [slack:UOLE]
    notify: [slack:COSPO]
approvals:
  preapprove: []
  rules:
    - name: contributions
      when: {kind: [contribution]}
      stages:
        - {name: Legal review, group: legal, mode: any, due: 3d}
schedules: []
`
}

// holdLogins is a reverse proxy in front of a homeserver that keeps Matrix logins
// waiting until release is called: serve's Matrix adapter is then not connected, for as
// long as the test likes, without a race.
func holdLogins(t *testing.T, homeserver string) (base string, release func()) {
	t.Helper()
	target, err := url.Parse(homeserver)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	// The bot's long-polling sync is cut when serve stops: not worth a log line.
	proxy.ErrorHandler = func(w http.ResponseWriter, _ *http.Request, _ error) { w.WriteHeader(http.StatusBadGateway) }
	held := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/login") && r.Method == http.MethodPost {
			select {
			case <-held:
			case <-r.Context().Done():
				return
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	var released bool
	release = func() {
		if !released {
			released = true
			close(held)
		}
	}
	t.Cleanup(func() { release(); srv.Close() })
	return srv.URL, release
}

// TestServeSlackAndMatrix guards one serve process on two platforms at once: the real
// binary against the fake Slack and a real Dendrite. /readyz names each platform that is
// not connected, and is ready once both are; a question is answered on each platform in
// its thread; a request made on Slack is posted to legal on both, and a Matrix member's
// ✅ (Lena, a member under her Slack ID, linked by people) approves it: the Slack
// message is updated, the Matrix message edited, and the requester told on Slack. A
// second request is rejected from Matrix by ❌, with the reason typed in the approver's
// direct room, where the bot asked for it.
func TestServeSlackAndMatrix(t *testing.T) {
	hs := mt.Start(t)
	botAcc := mt.Register(t, hs.URL, "ospobot")
	lena := mt.NewPerson(t, hs.URL, "lena")
	otto := mt.NewPerson(t, hs.URL, "otto")
	legalRoom := lena.Room(false, botAcc.ID, otto.Acc.ID)
	// Otto's direct room with the bot, unencrypted so that his plain client reads it: the
	// bot takes it as his direct room, where his private questions go.
	ottoDM := otto.Room(true, botAcc.ID)

	f := sf.New(t)
	releaseSlack := f.Hold("auth.test")
	homeserver, releaseMatrix := holdLogins(t, hs.URL)
	dir := t.TempDir()
	cfg := bothConfig(f.APIURL(), homeserver, botAcc.ID, lena.Acc.ID, otto.Acc.ID, legalRoom)
	if err := os.WriteFile(filepath.Join(dir, "c.yaml"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"OSPOBOT_SLACK_BOT_TOKEN=" + sf.BotToken, "OSPOBOT_SLACK_APP_TOKEN=" + sf.AppToken, "OSPOBOT_MATRIX_PASSWORD=" + botAcc.Password}
	p := startServe(t, dir, env, "--config", "c.yaml", "--listen", "127.0.0.1:0")

	if code, body := p.get("/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: ") || !strings.Contains(body, "matrix: ") {
		t.Errorf("/readyz with neither platform connected: %d %q, want both named", code, body)
	}
	releaseSlack()
	p.logs.await(t, "slack connected", 1)
	if code, body := p.get("/readyz"); code != http.StatusServiceUnavailable || strings.Contains(body, "slack: ") || !strings.Contains(body, "matrix: ") {
		t.Errorf("/readyz with Slack connected only: %d %q, want Matrix named alone", code, body)
	}
	releaseMatrix()
	lena.WaitFor("the bot joining legal's room", mt.Joined(botAcc.ID, legalRoom))
	otto.WaitFor("the bot joining Otto's direct room", mt.Joined(botAcc.ID, ottoDM))

	// A question on each platform, answered in its thread.
	n := len(f.Calls())
	f.Socket.Deliver(t, sf.EventsAPI, sf.AppMention("Ev1", "UANA", "CGEN", "1700000001.000100", "<@U0BOT> is MIT allowed in our SaaS?"))
	ans := f.AwaitNext(t, n, "chat.postMessage", inChannel("CGEN"))
	if ans.Form.Get("thread_ts") != "1700000001.000100" || !strings.Contains(ans.Form.Get("text"), "MIT") {
		t.Errorf("Slack answer in thread %q: %q", ans.Form.Get("thread_ts"), ans.Form.Get("text"))
	}
	q := lena.Say(legalRoom, "", "!ospo is MIT allowed in our SaaS?")
	lena.WaitFor("the Matrix answer in the question's thread", func(e *event.Event) bool {
		rel, root := mt.Relation(e)
		return mt.FromBot(botAcc.ID, legalRoom)(e) && rel == "m.thread" && root == string(q) && strings.Contains(mt.Body(e), "MIT")
	})
	if code, body := p.get("/readyz"); code != http.StatusOK {
		t.Errorf("/readyz with both connected: %d %q", code, body)
	}
	if _, m := p.get("/metrics"); !strings.Contains(m, `ospobot_adapter_connected{platform="matrix"} 1`) || !strings.Contains(m, `ospobot_adapter_connected{platform="slack"} 1`) {
		t.Errorf("/metrics does not show both platforms connected")
	}

	// A request on Slack, posted to legal on both platforms.
	approval, post := request(t, f, lena, botAcc.ID, legalRoom, "trig-1", "OSPO-1")

	// Lena approves from Matrix: her Slack ID is legal's member.
	n = len(f.Calls())
	lena.React(legalRoom, post.ID, "✅")
	upd := f.AwaitNext(t, n, "chat.update", nil)
	if upd.Form.Get("channel") != "CLEGAL" || upd.Form.Get("ts") != approval.TS || !strings.Contains(upd.Form.Get("text"), "approved") {
		t.Errorf("chat.update of %s/%s: %q", upd.Form.Get("channel"), upd.Form.Get("ts"), upd.Form.Get("text"))
	}
	if len(sf.Buttons(t, upd)) != 0 {
		t.Error("the decided Slack message still has buttons")
	}
	edit := lena.WaitFor("the Matrix approval message edited", mt.EditOf(botAcc.ID, post.ID))
	if !strings.Contains(mt.Body(edit), "approved") {
		t.Errorf("Matrix edit = %q, want the decision", mt.Body(edit))
	}
	told := f.AwaitNext(t, n, "chat.postMessage", func(c sf.Call) bool {
		return c.Form.Get("channel") == "CGEN" && strings.Contains(c.Form.Get("text"), "OSPO-1 is approved")
	})
	if !strings.HasPrefix(told.Form.Get("text"), "<@UANA>") {
		t.Errorf("requester told %q", told.Form.Get("text"))
	}

	// Otto rejects the next one from Matrix; the bot asks his reason in his direct room,
	// and his answer there is the reason.
	second, secondPost := request(t, f, otto, botAcc.ID, legalRoom, "trig-2", "OSPO-2")
	otto.React(legalRoom, secondPost.ID, "❌")
	otto.WaitFor("the question for the reason in Otto's direct room", func(e *event.Event) bool {
		return mt.FromBot(botAcc.ID, ottoDM)(e) && strings.Contains(mt.Body(e), "Why do you reject OSPO-2")
	})
	const reason = "the licence of the docs is unclear"
	n = len(f.Calls())
	otto.Say(ottoDM, "", reason)
	upd = f.AwaitNext(t, n, "chat.update", nil)
	if upd.Form.Get("ts") != second.TS || !strings.Contains(upd.Form.Get("text"), "rejected") || !strings.Contains(upd.Form.Get("blocks"), reason) {
		t.Errorf("rejection update of %s: %q %s", upd.Form.Get("ts"), upd.Form.Get("text"), upd.Form.Get("blocks"))
	}
	if edit := otto.WaitFor("the Matrix approval message edited", mt.EditOf(botAcc.ID, secondPost.ID)); !strings.Contains(mt.Body(edit), reason) {
		t.Errorf("Matrix edit = %q, want the reason", mt.Body(edit))
	}

	if code := p.stop(syscall.SIGTERM); code != 0 {
		t.Fatalf("serve exited %d:\n%s", code, p.logs)
	}
	logs := p.logs.String()
	for _, secret := range []string{sf.BotToken, sf.AppToken, botAcc.Password} {
		if strings.Contains(logs, secret) {
			t.Errorf("serve logged a secret (%s…)", secret[:4])
		}
	}
}

// request makes a contribution request on Slack (as UANA, by /ospo) and returns its
// approval messages: the one in legal's Slack channel and the one in its Matrix room,
// once the bot's reactions are on it (a person's reaction is a click from then on).
func request(t *testing.T, f *sf.Fake, watcher *mt.Person, botID id.UserID, room id.RoomID, trigger, rid string) (sf.Call, *event.Event) {
	t.Helper()
	n := len(f.Calls())
	f.Socket.Deliver(t, sf.SlashCommands, sf.Slash("UANA", "CGEN", trigger,
		"request contribution project=https://github.com/acme/"+trigger+" license=GPL-2.0-only what=docs size=small"))
	slackPost := f.AwaitNext(t, n, "chat.postMessage", func(c sf.Call) bool {
		return c.Form.Get("channel") == "CLEGAL" && strings.Contains(c.Form.Get("text"), rid)
	})
	post := watcher.WaitFor("the Matrix approval message of "+rid, func(e *event.Event) bool {
		return mt.FromBot(botID, room)(e) && strings.Contains(mt.Body(e), rid)
	})
	watcher.WaitFor("the bot's ✅ on the approval message", func(e *event.Event) bool {
		rel, target := mt.Relation(e)
		m, _ := e.Content.Raw["m.relates_to"].(map[string]any)
		return e.Sender == botID && rel == "m.annotation" && target == string(post.ID) && m["key"] == "✅"
	})
	return slackPost, post
}
