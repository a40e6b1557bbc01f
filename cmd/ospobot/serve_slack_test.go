package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	sf "github.com/ospobot/ospobot/adapters/slack/slackfake"
	"github.com/ospobot/ospobot/bot/config"
)

const slackSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// slackServe is a real `ospobot serve` on Slack, against a fake Slack workspace.
type slackServe struct {
	p     *serveProc
	slack *sf.Fake
	to    sf.Deliverer // Slack's way to the bot in the mode
	mode  string
}

// slackConfig is a configuration with Slack enabled in mode against apiURL. Legal's
// approvers are a Slack user group; the OSPO group is one person.
func slackConfig(mode, apiURL string) string {
	return `store:
  path: bot.db
slack:
  enabled: true
  mode: ` + mode + `
  api_url: ` + apiURL + `
groups:
  legal:
    members: [slack:S0LEGAL]
    notify: [slack:CLEGAL]
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

// startSlackServe starts serve in mode on a fake Slack whose calls of the methods in
// hold wait until the returned release is called; it does not wait for the adapter to
// connect.
func startSlackServe(t *testing.T, mode string, hold ...string) (*slackServe, func()) {
	t.Helper()
	f := sf.New(t)
	f.SetGroup("S0LEGAL", "ULENA")
	var releases []func()
	for _, m := range hold {
		releases = append(releases, f.Hold(m))
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "c.yaml"), []byte(slackConfig(mode, f.APIURL())), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"OSPOBOT_SLACK_BOT_TOKEN=" + sf.BotToken}
	if mode == "http" {
		env = append(env, "OSPOBOT_SLACK_SIGNING_SECRET="+slackSecret)
	} else {
		env = append(env, "OSPOBOT_SLACK_APP_TOKEN="+sf.AppToken)
	}
	p := startServe(t, dir, env, "--config", "c.yaml", "--listen", "127.0.0.1:0")
	s := &slackServe{p: p, slack: f, mode: mode, to: f.Socket}
	if mode == "http" {
		s.to = sf.HTTP{BaseURL: p.base, Secret: slackSecret}
	}
	return s, func() {
		for _, r := range releases {
			r()
		}
	}
}

// deliver hands a payload to serve as Slack does in the mode.
func (s *slackServe) deliver(t *testing.T, kind string, payload any) string {
	t.Helper()
	return s.to.Deliver(t, kind, payload)
}

// stop stops serve with SIGTERM and checks it exits 0 and logged no secret.
func (s *slackServe) stop(t *testing.T) {
	t.Helper()
	if code := s.p.stop(syscall.SIGTERM); code != 0 {
		t.Fatalf("serve exited %d:\n%s", code, s.p.logs)
	}
	logs := s.p.logs.String()
	for _, secret := range []string{sf.BotToken, sf.AppToken, slackSecret} {
		if strings.Contains(logs, secret) {
			t.Errorf("serve logged a secret (%s…)", secret[:4])
		}
	}
}

func inChannel(ch string) func(sf.Call) bool {
	return func(c sf.Call) bool { return c.Form.Get("channel") == ch }
}

// TestServeSlackReadiness guards /readyz with Slack: while Slack has not answered the
// adapter's first call, serve is not ready and says that Slack is why; once connected
// it is ready. In Socket Mode, a dropped socket that cannot be reopened makes serve
// not ready again, until the adapter reconnects, which /metrics counts.
func TestServeSlackReadiness(t *testing.T) {
	for _, mode := range []string{"http", "socket"} {
		t.Run(mode, func(t *testing.T) {
			s, release := startSlackServe(t, mode, "auth.test")
			code, body := s.p.get("/readyz")
			if code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: not started") {
				t.Errorf("/readyz before Slack answered: %d %q", code, body)
			}
			release()
			s.p.logs.await(t, "slack connected", 1)
			if code, body := s.p.get("/readyz"); code != http.StatusOK {
				t.Errorf("/readyz once connected: %d %q", code, body)
			}
			if mode == "socket" {
				s.slack.Socket.AwaitConn(t)
				s.slack.Fail("apps.connections.open", "internal_error")
				before := len(s.slack.CallsOf("apps.connections.open"))
				s.slack.Socket.Drop()
				// The adapter reports the loss before it dials again.
				s.slack.AwaitCall(t, "apps.connections.open", before+1)
				if code, body := s.p.get("/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: ") {
					t.Errorf("/readyz with the socket down: %d %q", code, body)
				}
				s.slack.Fail("apps.connections.open", "")
				s.slack.Socket.AwaitConn(t)
				s.p.logs.await(t, "slack connected", 2)
				if code, body := s.p.get("/readyz"); code != http.StatusOK {
					t.Errorf("/readyz after reconnecting: %d %q", code, body)
				}
				if _, m := s.p.get("/metrics"); !strings.Contains(m, `ospobot_adapter_reconnects_total{platform="slack"} 1`) {
					t.Errorf("/metrics does not count the reconnection")
				}
			}
			s.stop(t)
		})
	}
}

// TestServeSlackSignedRequests guards HTTP mode's gate on serve's own listener, with
// real signed requests to each of the three endpoints: a valid one is taken; a forged
// signature, a wrong secret, a stale timestamp and a missing signature get 401 and
// reach nothing; each valid request (an event, a slash command, a click) sent twice with
// the same signature has one effect; and Slack's URL check is answered.
func TestServeSlackSignedRequests(t *testing.T) {
	s, release := startSlackServe(t, "http")
	release()
	s.p.logs.await(t, "slack connected", 1)
	c := s.to.(sf.HTTP)

	challenge := []byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	status, body := c.Post(t, sf.EventsPath, "application/json", challenge, sf.Sign(challenge, time.Now(), slackSecret))
	if status != http.StatusOK || !strings.Contains(body, "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P") {
		t.Errorf("url_verification: %d %q", status, body)
	}

	const marker = "zebra-body-4471"
	payloads := map[string]any{
		sf.EventsAPI:     sf.DirectMessage("Ev1", "UANA", "DANA", "1700000001.000100", "help "+marker),
		sf.SlashCommands: sf.Slash("UANA", "CGEN", "trig-s1", "version "+marker),
		sf.Interactive:   sf.BlockActions("UANA", "CGEN", "1700000000.000001", "trig-i1", "no.such.button", marker),
	}
	for kind, payload := range payloads {
		path, ct, b := sf.Encode(kind, payload)
		forged := sf.Sign(b, time.Now(), slackSecret)
		forged.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64))
		for name, h := range map[string]http.Header{
			"forged":       forged,
			"wrong secret": sf.Sign(b, time.Now(), "not-the-secret"),
			"stale":        sf.Sign(b, time.Now().Add(-6*time.Minute), slackSecret),
			"unsigned":     {},
		} {
			if status, _ := c.Post(t, path, ct, b, h); status != http.StatusUnauthorized {
				t.Errorf("%s %s: status %d, want 401", path, name, status)
			}
		}
	}
	for _, c := range s.slack.Calls() {
		if c.Method != "auth.test" && c.Method != "usergroups.users.list" { // start-up's
			t.Fatalf("refused requests reached the bot: %s", sf.Describe(s.slack.Calls()))
		}
	}

	// Each valid request twice: Slack retrying, or someone replaying it within the
	// five minutes. Each has one effect.
	for _, kind := range []string{sf.EventsAPI, sf.SlashCommands, sf.Interactive} {
		path, ct, b := sf.Encode(kind, payloads[kind])
		h := sf.Sign(b, time.Now(), slackSecret)
		for range 2 {
			if status, body := c.Post(t, path, ct, b, h); status != http.StatusOK {
				t.Fatalf("%s valid: %d %s", path, status, body)
			}
		}
	}
	s.slack.Await(t, "the help in DANA, the version in CGEN and the click's answer", func(cs []sf.Call) bool {
		var dm, ch bool
		for _, c := range sf.Only(cs, "chat.postMessage") {
			dm = dm || c.Form.Get("channel") == "DANA"
			ch = ch || c.Form.Get("channel") == "CGEN"
		}
		return dm && ch && len(sf.Only(cs, "chat.postEphemeral")) > 0
	})
	// A barrier in each conversation: its answer comes after any second one would have.
	before := len(s.slack.Calls())
	s.deliver(t, sf.EventsAPI, sf.DirectMessage("Ev2", "UANA", "DANA", "1700000002.000100", "version"))
	s.deliver(t, sf.EventsAPI, sf.AppMention("Ev3", "UANA", "CGEN", "1700000003.000100", "<@U0BOT> version"))
	s.slack.AwaitNext(t, before, "chat.postMessage", inChannel("DANA"))
	s.slack.AwaitNext(t, before, "chat.postMessage", inChannel("CGEN"))
	if n, e := len(s.slack.CallsOf("chat.postMessage")), len(s.slack.CallsOf("chat.postEphemeral")); n != 4 || e != 1 {
		t.Errorf("%d messages and %d private answers, want 4 (two answers, two barriers) and 1 (the click's): a replay had an effect: %s",
			n, e, sf.Describe(s.slack.Calls()))
	}
	s.stop(t)
	if logs := s.p.logs.String(); strings.Contains(logs, marker) {
		t.Errorf("serve logged a request body:\n%s", logs)
	}
	if !strings.Contains(s.p.logs.String(), "timestamp more than five minutes away") {
		t.Error("the stale request's refusal is not logged with its reason")
	}
}

// TestServeSlackEndToEnd guards issue 19's story through the real serve, in both modes,
// with payloads in the shapes Slack documents: a question answered in its thread;
// uploads (file_shared alone, and a message.im with the file) identified, each read once; App Home drawn on app_home_opened; a request opened
// through the modal (an invalid field answered in the modal, then the valid submission
// filed); a click by someone outside the approvers' Slack user group refused privately;
// the approver's click approving it, the approval message updated to say who decided,
// the requester told and their Home drawn again; a new member of the user group,
// announced by subteam_members_changed, rejecting a second request with the reason
// asked in a modal; a request started by clicking its kind, then decided from the
// approver's App Home; and the audit export sent as a file with the external-upload API.
func TestServeSlackEndToEnd(t *testing.T) {
	for _, mode := range []string{"http", "socket"} {
		t.Run(mode, func(t *testing.T) {
			s, release := startSlackServe(t, mode)
			release()
			s.p.logs.await(t, "slack connected", 1)
			f := s.slack
			// Legal's user group is read at start, before anyone writes: the scheduler's
			// reminders to its members need it.
			if c := f.AwaitCall(t, "usergroups.users.list", 1); c.Form.Get("usergroup") != "S0LEGAL" {
				t.Errorf("read the user group %q", c.Form.Get("usergroup"))
			}

			// A question in a channel is answered in its thread.
			n := len(f.Calls())
			s.deliver(t, sf.EventsAPI, sf.AppMention("Ev1", "UANA", "CGEN", "1700000001.000100", "<@U0BOT> is MIT allowed in our SaaS?"))
			ans := f.AwaitNext(t, n, "chat.postMessage", inChannel("CGEN"))
			if ans.Form.Get("thread_ts") != "1700000001.000100" || !strings.Contains(ans.Form.Get("text"), "MIT") {
				t.Errorf("answer in thread %q: %q", ans.Form.Get("thread_ts"), ans.Form.Get("text"))
			}

			// An upload Slack announces by file_shared alone is read and identified.
			f.AddFile("F9", "LICENSE", []byte(mitLicence))
			n = len(f.Calls())
			s.deliver(t, sf.EventsAPI, sf.FileShared("Ev2", "UANA", "DANA", "F9"))
			up := f.AwaitNext(t, n, "chat.postMessage", inChannel("DANA"))
			if !strings.Contains(up.Form.Get("text")+up.Form.Get("blocks"), "MIT") || len(f.CallsOf("download")) != 1 {
				t.Errorf("upload answer %q after %d downloads", up.Form.Get("text"), len(f.CallsOf("download")))
			}

			// An upload in a direct message (message.im, file_share) is read with the bot
			// token, and the same file announced again (file_shared) is not read twice.
			u := f.AddFile("F1", "LICENSE", []byte(mitLicence))
			n = len(f.Calls())
			s.deliver(t, sf.EventsAPI, sf.DirectMessage("Ev2b", "UANA", "DANA", "1700000002.000100", "", sf.File("F1", "LICENSE", len(mitLicence), u)))
			up = f.AwaitNext(t, n, "chat.postMessage", inChannel("DANA"))
			s.deliver(t, sf.EventsAPI, sf.FileShared("Ev2c", "UANA", "DANA", "F1"))
			if !strings.Contains(up.Form.Get("text")+up.Form.Get("blocks"), "MIT") {
				t.Errorf("upload answer %q", up.Form.Get("text"))
			}

			// App Home, drawn when opened.
			n = len(f.Calls())
			s.deliver(t, sf.EventsAPI, sf.AppHomeOpened("Ev3", "UANA"))
			home := f.AwaitNext(t, n, "views.publish", nil)
			if home.JSON["user_id"] != "UANA" || !strings.Contains(viewText(home), "You have made no requests") {
				t.Errorf("home of %v: %s", home.JSON["user_id"], viewText(home))
			}

			// /ospo request contribution opens the kind's modal.
			n = len(f.Calls())
			s.deliver(t, sf.SlashCommands, sf.Slash("UANA", "CGEN", "trig-1", "request contribution"))
			open := f.AwaitNext(t, n, "views.open", nil)
			fields := sf.Fields(t, open)
			if open.JSON["trigger_id"] != "trig-1" || fields["project"] == "" || fields["license"] == "" || fields["size"] == "" {
				t.Fatalf("views.open on %v with fields %v", open.JSON["trigger_id"], fields)
			}
			values := map[string]string{"project": "not a url", "license": "GPL-2.0-only", "what": "a fix to the parser", "size": "large"}
			resp := s.deliver(t, sf.Interactive, sf.Submit(t, "UANA", "trig-2", open, values))
			var errs struct {
				Action string            `json:"response_action"`
				Errors map[string]string `json:"errors"`
			}
			if err := json.Unmarshal([]byte(resp), &errs); err != nil || errs.Action != "errors" || errs.Errors["project"] == "" || len(errs.Errors) != 1 {
				t.Fatalf("invalid submission acknowledged with %q, want response_action errors on project", resp)
			}
			values["project"] = "https://github.com/acme/parser"
			n = len(f.Calls())
			if resp := s.deliver(t, sf.Interactive, sf.Submit(t, "UANA", "trig-3", open, values)); resp != "" {
				t.Errorf("valid submission acknowledged with %q; the modal should close", resp)
			}
			approval := f.AwaitNext(t, n, "chat.postMessage", inChannel("CLEGAL"))
			if !strings.Contains(approval.Form.Get("text"), "OSPO-1") {
				t.Errorf("approval message %q", approval.Form.Get("text"))
			}
			f.AwaitNext(t, n, "chat.postMessage", func(c sf.Call) bool {
				return c.Form.Get("channel") == "CGEN" && strings.Contains(c.Form.Get("text"), "OSPO-1")
			})
			f.AwaitNext(t, n, "views.publish", func(c sf.Call) bool { return c.JSON["user_id"] == "UANA" && strings.Contains(viewText(c), "OSPO-1") })
			approve := sf.Button(t, approval, "approval.approve")
			if approve == nil {
				t.Fatalf("no approve button: %s", approval.Form.Get("blocks"))
			}

			// Someone outside legal's Slack user group clicks: refused, to them alone.
			n = len(f.Calls())
			s.deliver(t, sf.Interactive, sf.Click("UOTTO", approval, approve, "trig-4"))
			refusal := f.AwaitNext(t, n, "chat.postEphemeral", nil)
			if refusal.Form.Get("user") != "UOTTO" || refusal.Form.Get("channel") != "CLEGAL" || !strings.Contains(refusal.Form.Get("text"), "Only members of legal") {
				t.Errorf("refusal %v", refusal.Form)
			}

			// A member approves: the message shows who decided, the requester is told.
			n = len(f.Calls())
			click := sf.Click("ULENA", approval, approve, "trig-5")
			s.deliver(t, sf.Interactive, click)
			upd := f.AwaitNext(t, n, "chat.update", nil)
			if upd.Form.Get("channel") != "CLEGAL" || upd.Form.Get("ts") != approval.TS ||
				!strings.Contains(upd.Form.Get("text"), "approved") || !strings.Contains(upd.Form.Get("text"), "ULENA") {
				t.Errorf("chat.update of %s/%s: %q", upd.Form.Get("channel"), upd.Form.Get("ts"), upd.Form.Get("text"))
			}
			if len(sf.Buttons(t, upd)) != 0 {
				t.Error("the decided message still has buttons")
			}
			told := f.AwaitNext(t, n, "chat.postMessage", inChannel("CGEN"))
			if !strings.HasPrefix(told.Form.Get("text"), "<@UANA>") || !strings.Contains(told.Form.Get("text"), "OSPO-1 is approved") {
				t.Errorf("requester told %q", told.Form.Get("text"))
			}
			f.AwaitNext(t, n, "views.publish", func(c sf.Call) bool { return c.JSON["user_id"] == "UANA" })
			for _, c := range f.Calls()[n:] {
				if c.Method == "chat.update" && c.Form.Get("ts") != approval.TS {
					t.Errorf("another message updated: %v", c.Form)
				}
			}
			// Slack sends the click again (a retry): nothing more is decided; checked at
			// the end, when everything after it has been answered.
			s.deliver(t, sf.Interactive, click)

			// A second request, typed whole; Otto joins the user group, Slack says so, and
			// he rejects it with the reason asked in a modal.
			n = len(f.Calls())
			s.deliver(t, sf.SlashCommands, sf.Slash("UANA", "CGEN", "trig-6", "request contribution project=https://github.com/acme/two license=GPL-2.0-only what=docs size=small"))
			second := f.AwaitNext(t, n, "chat.postMessage", func(c sf.Call) bool {
				return c.Form.Get("channel") == "CLEGAL" && strings.Contains(c.Form.Get("text"), "OSPO-2")
			})
			f.SetGroup("S0LEGAL", "ULENA", "UOTTO")
			s.deliver(t, sf.EventsAPI, sf.SubteamMembersChanged("Ev7", "S0LEGAL", []string{"UOTTO"}, nil))
			n = len(f.Calls())
			s.deliver(t, sf.Interactive, sf.Click("UOTTO", second, sf.Button(t, second, "approval.reject"), "trig-7"))
			reason := f.AwaitNext(t, n, "views.open", nil)
			if reason.JSON["trigger_id"] != "trig-7" || sf.Fields(t, reason)["reason"] == "" {
				t.Fatalf("reason modal on %v: %v (calls %s)", reason.JSON["trigger_id"], sf.Fields(t, reason), sf.Describe(f.Calls()[n:]))
			}
			if resp := s.deliver(t, sf.Interactive, sf.Submit(t, "UOTTO", "trig-8", reason, map[string]string{"reason": " "})); !strings.Contains(resp, `"reason"`) {
				t.Errorf("an empty reason acknowledged with %q, want the field's error", resp)
			}
			n = len(f.Calls())
			s.deliver(t, sf.Interactive, sf.Submit(t, "UOTTO", "trig-9", reason, map[string]string{"reason": "the licence of the docs is unclear"}))
			upd = f.AwaitNext(t, n, "chat.update", nil)
			if upd.Form.Get("ts") != second.TS || !strings.Contains(upd.Form.Get("text"), "rejected") || !strings.Contains(upd.Form.Get("text"), "UOTTO") ||
				!strings.Contains(upd.Form.Get("blocks"), "the licence of the docs is unclear") {
				t.Errorf("rejection update of %s: %q %s", upd.Form.Get("ts"), upd.Form.Get("text"), upd.Form.Get("blocks"))
			}
			told = f.AwaitNext(t, n, "chat.postMessage", inChannel("CGEN"))
			if !strings.Contains(told.Form.Get("text"), "OSPO-2 is rejected") {
				t.Errorf("requester told %q", told.Form.Get("text"))
			}

			// A request started by a click: /ospo request offers the kinds as buttons, and
			// the click opens the kind's modal on its own trigger.
			n = len(f.Calls())
			s.deliver(t, sf.SlashCommands, sf.Slash("UANA", "CGEN", "trig-10", "request"))
			kinds := f.AwaitNext(t, n, "chat.postMessage", inChannel("CGEN"))
			kindButtons, pick := sf.Buttons(t, kinds), -1
			for i, b := range kindButtons {
				if b.Value == "contribution" {
					pick = i
				}
			}
			if pick < 0 {
				t.Fatalf("no button for contributions: %s", kinds.Form.Get("blocks"))
			}
			s.deliver(t, sf.Interactive, sf.Click("UANA", kinds, kindButtons[pick], "trig-11"))
			open = f.AwaitNext(t, n, "views.open", nil)
			if open.JSON["trigger_id"] != "trig-11" {
				t.Fatalf("the kind's modal opened on %v", open.JSON["trigger_id"])
			}
			values = map[string]string{"project": "https://github.com/acme/three", "license": "GPL-3.0-only", "what": "a test", "size": "small"}
			n = len(f.Calls())
			s.deliver(t, sf.Interactive, sf.Submit(t, "UANA", "trig-12", open, values))
			third := f.AwaitNext(t, n, "chat.postMessage", func(c sf.Call) bool {
				return c.Form.Get("channel") == "CLEGAL" && strings.Contains(c.Form.Get("text"), "OSPO-3")
			})

			// Lena decides it from her App Home, drawn again with it waiting for her.
			lena := f.AwaitNext(t, n, "views.publish", func(c sf.Call) bool { return c.JSON["user_id"] == "ULENA" && strings.Contains(viewText(c), "OSPO-3") })
			homeButtons, pick := sf.ViewButtons(t, lena), -1
			for i, b := range homeButtons {
				if strings.HasPrefix(b.ActionID, "approval.approve") && strings.HasPrefix(b.Value, "3/") {
					pick = i
				}
			}
			if pick < 0 {
				t.Fatalf("Lena's home has no approve button for OSPO-3: %s", viewText(lena))
			}
			n = len(f.Calls())
			s.deliver(t, sf.Interactive, sf.HomeClick("ULENA", "trig-13", homeButtons[pick]))
			upd = f.AwaitNext(t, n, "chat.update", nil)
			if upd.Form.Get("ts") != third.TS || !strings.Contains(upd.Form.Get("text"), "approved") {
				t.Errorf("approval from the home updated %s: %q", upd.Form.Get("ts"), upd.Form.Get("text"))
			}

			// The audit export comes as a file, through Slack's external upload.
			n = len(f.Calls())
			s.deliver(t, sf.EventsAPI, sf.DirectMessage("Ev10", "UOLE", "DOLE", "1700000010.000100", "audit export csv"))
			done := f.AwaitNext(t, n, "files.completeUploadExternal", nil)
			var files []struct{ ID, Title string }
			_ = json.Unmarshal([]byte(done.Form.Get("files")), &files)
			if done.Form.Get("channel_id") != "DOLE" || len(files) != 1 || !strings.Contains(string(f.Uploaded(files[0].ID)), "OSPO-2") {
				t.Errorf("export shared in %q: %v", done.Form.Get("channel_id"), files)
			}
			updates := 0
			for _, c := range f.CallsOf("chat.update") {
				if c.Form.Get("ts") == approval.TS {
					updates++
				}
			}
			if updates != 1 {
				t.Errorf("OSPO-1's message updated %d times: the retried click decided again", updates)
			}
			if n := len(f.CallsOf("download")); n != 2 {
				t.Errorf("%d downloads, want 2: an upload announced twice was read twice", n)
			}
			for _, c := range f.CallsOf("chat.postEphemeral") {
				if c.Form.Get("user") == "ULENA" {
					t.Errorf("the retried click was answered: %q", c.Form.Get("text"))
				}
			}
			s.stop(t)
		})
	}
}

// viewText is the text of a views.publish or views.open call's blocks.
func viewText(c sf.Call) string {
	b, _ := json.Marshal(c.JSON["view"])
	return string(b)
}

const mitLicence = `MIT License

Copyright (c) 2026 Acme

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`

// TestServeSlackShutdownKeepsAcknowledged guards what Slack was told is taken: an event
// acknowledged on the socket but still being read from Slack (its file) when serve is
// asked to stop is handed over and answered before serve closes, not refused because
// intake closed first (Slack will not send it again).
func TestServeSlackShutdownKeepsAcknowledged(t *testing.T) {
	f := sf.New(t)
	cfg := config.Default()
	cfg.Store.Path = filepath.Join(t.TempDir(), "bot.db")
	cfg.Serve.Listen = "127.0.0.1:0"
	cfg.Slack.Enabled, cfg.Slack.APIURL = true, f.APIURL()
	env := map[string]string{envSlackBotToken: sf.BotToken, envSlackAppToken: sf.AppToken}
	s, err := startServer(context.Background(), cfg, slog.New(slog.DiscardHandler), func(k string) string { return env[k] }, platforms())
	if err != nil {
		t.Fatal(err)
	}
	f.Socket.AwaitConn(t)
	f.AddFile("F9", "LICENSE", []byte(mitLicence))
	release := f.Hold("files.info")
	f.Socket.Deliver(t, sf.EventsAPI, sf.FileShared("Ev1", "UANA", "DANA", "F9"))
	f.AwaitHeld(t, "files.info")

	stopped := make(chan error, 1)
	go func() { stopped <- s.shutdown(20 * time.Second) }()
	// The adapter has stopped taking events (its socket is closed) while the
	// acknowledged one waits for Slack.
	f.Socket.AwaitClosed(t, 1)
	release()
	select {
	case err := <-stopped:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("shutdown did not return")
	}
	ans := f.CallsOf("chat.postMessage")
	if len(ans) != 1 || ans[0].Form.Get("channel") != "DANA" || !strings.Contains(ans[0].Form.Get("text"), "MIT") {
		t.Errorf("the acknowledged upload was not answered before serve stopped: %s", sf.Describe(f.Calls()))
	}
}

// TestServeSlackStartErrors guards an operator's first start: with Slack enabled and the
// mode's secret missing from the environment, serve exits at once naming the variables
// to set; with a token Slack refuses, it stops with exit 1 naming the token's variable.
func TestServeSlackStartErrors(t *testing.T) {
	f := sf.New(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "c.yaml"), []byte(slackConfig("http", f.APIURL())), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("OSPOBOT_SLACK_BOT_TOKEN", "")
	t.Setenv("OSPOBOT_SLACK_SIGNING_SECRET", "")
	_, errs, code := cli(t, dir, "serve", "--config", "c.yaml", "--listen", "127.0.0.1:0")
	if code == 0 || !strings.Contains(errs, "set OSPOBOT_SLACK_BOT_TOKEN and OSPOBOT_SLACK_SIGNING_SECRET in the environment") {
		t.Errorf("serve without Slack's secrets: exit %d\n%s", code, errs)
	}

	f.Fail("auth.test", "invalid_auth")
	p := startServe(t, dir, []string{"OSPOBOT_SLACK_BOT_TOKEN=xoxb-revoked", "OSPOBOT_SLACK_SIGNING_SECRET=" + slackSecret},
		"--config", "c.yaml", "--listen", "127.0.0.1:0")
	select {
	case <-p.exited:
	case <-time.After(30 * time.Second):
		t.Fatalf("serve kept running with a refused token:\n%s", p.logs)
	}
	if code := p.cmd.ProcessState.ExitCode(); code != exitError || !strings.Contains(p.logs.String(), "check OSPOBOT_SLACK_BOT_TOKEN") {
		t.Errorf("serve with a refused token: exit %d\n%s", code, p.logs)
	}
	if strings.Contains(p.logs.String(), "xoxb-revoked") {
		t.Error("the refused token is in the log")
	}
}

// BenchmarkServeSlackQuestion measures a question on Slack through serve in HTTP mode,
// one at a time: a signed direct message posted to /slack/events, verified, acknowledged,
// committed, and its answer delivered to Slack (chat.postMessage on the fake). It
// reports the acknowledgement's and the answer's p50 and p99.
func BenchmarkServeSlackQuestion(b *testing.B) {
	f := sf.New(b)
	cfg := config.Default()
	cfg.Store.Path = filepath.Join(b.TempDir(), "bot.db")
	cfg.Serve.Listen = "127.0.0.1:0"
	cfg.Slack.Enabled, cfg.Slack.Mode, cfg.Slack.APIURL = true, "http", f.APIURL()
	env := map[string]string{envSlackBotToken: sf.BotToken, envSlackSigningSecret: slackSecret}
	s, err := startServer(context.Background(), cfg, slog.New(slog.DiscardHandler), func(k string) string { return env[k] }, platforms())
	if err != nil {
		b.Fatal(err)
	}
	defer s.shutdown(20 * time.Second)
	c := sf.HTTP{BaseURL: "http://" + s.ln.Addr().String(), Secret: slackSecret}
	f.AwaitCall(b, "auth.test", 1)
	var acks, answers []time.Duration
	i := 0
	for b.Loop() {
		i++
		path, ct, body := sf.Encode(sf.EventsAPI, sf.DirectMessage(fmt.Sprint("Ev", i), "UANA", "DANA", fmt.Sprintf("1700000000.%06d", i), "is MIT ok for SaaS?"))
		start := time.Now()
		for {
			// Until Run has the handler, the adapter answers 503 (Slack would retry).
			status, _ := c.Post(b, path, ct, body, sf.Sign(body, time.Now(), slackSecret))
			if status == http.StatusOK {
				break
			}
			if time.Since(start) > sf.Wait {
				b.Fatalf("status %d for %s", status, sf.Wait)
			}
		}
		acks = append(acks, time.Since(start))
		f.AwaitCall(b, "chat.postMessage", i)
		answers = append(answers, time.Since(start))
	}
	slices.Sort(acks)
	slices.Sort(answers)
	pct := func(d []time.Duration, p float64) float64 {
		return float64(d[int(p*float64(len(d)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(acks, 0.5), "ack-p50-ms")
	b.ReportMetric(pct(acks, 0.99), "ack-p99-ms")
	b.ReportMetric(pct(answers, 0.5), "answer-p50-ms")
	b.ReportMetric(pct(answers, 0.99), "answer-p99-ms")
}
