package slack

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/ospobot/ospobot/adapters/slack/slackfake"
	"github.com/ospobot/ospobot/bot"
)

var modes = []string{ModeHTTP, ModeSocket}

// TestQuestionAnsweredInThread guards the first thing people do: mention the bot with a
// question in a channel. The answer goes to the question's thread, and a redelivery of
// the same event (Slack retries with a new event_id) is not answered twice.
func TestQuestionAnsweredInThread(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			q := appMention("Ev1", "UANA", "CGEN", "1700000001.000100", "<@U0BOT> is MIT allowed in our SaaS?")
			tb.deliver(t, "events_api", q)
			ans := tb.slack.AwaitCall(t, "chat.postMessage", 1)
			if ans.Form.Get("channel") != "CGEN" || ans.Form.Get("thread_ts") != "1700000001.000100" {
				t.Errorf("answer went to %s thread %q, want CGEN thread 1700000001.000100", ans.Form.Get("channel"), ans.Form.Get("thread_ts"))
			}
			if !strings.Contains(ans.Form.Get("text"), "MIT") {
				t.Errorf("answer %q does not speak of MIT", ans.Form.Get("text"))
			}
			if ans.Form.Get("parse") != "none" || ans.Form.Get("link_names") != "false" {
				t.Errorf("parse=%q link_names=%q: Slack would read names in the text", ans.Form.Get("parse"), ans.Form.Get("link_names"))
			}
			// Slack retries the event: same message, new event_id. Then a second question,
			// whose answer proves the retry was handled (same conversation, in order).
			retry := appMention("Ev1-retry", "UANA", "CGEN", "1700000001.000100", "<@U0BOT> is MIT allowed in our SaaS?")
			tb.deliver(t, "events_api", retry)
			tb.deliver(t, "events_api", appMention("Ev2", "UANA", "CGEN", "1700000002.000100", "<@U0BOT> is GPL-3.0-only allowed in our firmware?"))
			second := tb.slack.AwaitCall(t, "chat.postMessage", 2)
			if second.Form.Get("thread_ts") != "1700000002.000100" {
				t.Errorf("second answer in thread %q: the retried question was answered again", second.Form.Get("thread_ts"))
			}
		})
	}
}

// TestDirectMessagesAndOwnMessages guards where the bot listens: a direct message is
// answered in the conversation (not in a thread), while its own messages and other
// bots' are ignored.
func TestDirectMessagesAndOwnMessages(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			own := directMessage("Ev0", "U0BOT", "DANA", "1700000000.000001", "help")
			tb.deliver(t, "events_api", own)
			other := directMessage("Ev0b", "UOTHER", "DANA", "1700000000.000002", "help")
			other["event"].(map[string]any)["bot_id"] = "B0THER"
			tb.deliver(t, "events_api", other)
			tb.deliver(t, "events_api", directMessage("Ev1", "UANA", "DANA", "1700000001.000100", "help"))
			ans := tb.slack.AwaitCall(t, "chat.postMessage", 1)
			if ans.Form.Get("channel") != "DANA" || ans.Form.Get("thread_ts") != "" {
				t.Errorf("answer to %s thread %q, want DANA in line", ans.Form.Get("channel"), ans.Form.Get("thread_ts"))
			}
			if !strings.Contains(ans.Form.Get("text"), "what I understand") {
				t.Errorf("the first answer is %q, not the help the person asked for: a bot message was answered", ans.Form.Get("text"))
			}
		})
	}
}

// TestUploadIdentified guards uploads: a file shared in a direct message is downloaded
// with the bot token and identified; the same upload announced again as file_shared is
// not handled twice.
func TestUploadIdentified(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			u := tb.slack.AddFile("F1", "LICENSE", []byte(mitText))
			file := map[string]any{"id": "F1", "name": "LICENSE", "size": len(mitText), "mimetype": "text/plain", "url_private_download": u, "url_private": u}
			tb.deliver(t, "events_api", directMessage("Ev1", "UANA", "DANA", "1700000001.000100", "", file))
			ans := tb.slack.AwaitCall(t, "chat.postMessage", 1)
			if !strings.Contains(ans.Form.Get("text")+ans.Form.Get("blocks"), "MIT") {
				t.Errorf("answer %q does not identify MIT", ans.Form.Get("text"))
			}
			tb.deliver(t, "events_api", fileShared("Ev2", "UANA", "DANA", "F1"))
			tb.deliver(t, "events_api", directMessage("Ev3", "UANA", "DANA", "1700000003.000100", "help"))
			next := tb.slack.AwaitCall(t, "chat.postMessage", 2)
			if !strings.Contains(next.Form.Get("text"), "what I understand") {
				t.Errorf("second answer %q: the upload was handled twice", next.Form.Get("text"))
			}
			// file_shared alone (Slack gives only the file's ID): read with files.info.
			tb.slack.AddFile("F9", "LICENSE", []byte(mitText))
			tb.deliver(t, "events_api", fileShared("Ev4", "UANA", "DANA", "F9"))
			third := tb.slack.AwaitCall(t, "chat.postMessage", 3)
			if len(tb.slack.CallsOf("files.info")) != 1 || !strings.Contains(third.Form.Get("text")+third.Form.Get("blocks"), "MIT") {
				t.Errorf("file_shared: files.info calls %d, answer %q", len(tb.slack.CallsOf("files.info")), third.Form.Get("text"))
			}
		})
	}
}

// TestRequestApprovedByClick guards the approval flow: /ospo files a request, legal's
// channel gets the message with buttons, a click approves it; the message is updated
// (chat.update) to say who decided, and the requester is told in the request's
// conversation. The same click delivered again decides nothing more.
func TestRequestApprovedByClick(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			tb.deliver(t, "slash_commands", slashPayload("UANA", "CGEN", "trig-1", "request cla project=https://github.com/acme/lib cla=https://cla.example.com kind=corporate"))
			calls := tb.slack.Await(t, "the request's messages", func(cs []slackfake.Call) bool { return len(slackfake.Only(cs, "chat.postMessage")) >= 2 })
			var approval slackfake.Call
			for _, c := range slackfake.Only(calls, "chat.postMessage") {
				if c.Form.Get("channel") == "CLEGAL" {
					approval = c
				}
			}
			if approval.Form == nil {
				t.Fatalf("no approval message in CLEGAL: %s", slackfake.Describe(calls))
			}
			var approve *slack.ButtonBlockElement
			for _, b := range slackfake.Blocks(t, approval) {
				if ab, ok := b.(*slack.ActionBlock); ok {
					for _, e := range ab.Elements.ElementSet {
						if btn, ok := e.(*slack.ButtonBlockElement); ok && strings.HasPrefix(btn.ActionID, "approval.approve") {
							approve = btn
						}
					}
				}
			}
			if approve == nil {
				t.Fatalf("approval message has no approve button: %s", approval.Form.Get("blocks"))
			}
			posted := len(tb.slack.CallsOf("chat.postMessage"))
			click := blockActions("ULENA", "CLEGAL", approval.TS, "trig-2", approve.ActionID, approve.Value)
			tb.deliver(t, "interactive", click)
			upd := tb.slack.AwaitCall(t, "chat.update", 1)
			if upd.Form.Get("channel") != "CLEGAL" || upd.Form.Get("ts") != approval.TS {
				t.Errorf("chat.update of %s/%s, want the approval message", upd.Form.Get("channel"), upd.Form.Get("ts"))
			}
			if !strings.Contains(upd.Form.Get("text"), "approved") || !strings.Contains(upd.Form.Get("text"), "ULENA") {
				t.Errorf("updated message %q does not say who approved", upd.Form.Get("text"))
			}
			tb.slack.Await(t, "the requester told", func(cs []slackfake.Call) bool {
				for _, c := range slackfake.Only(cs, "chat.postMessage")[posted:] {
					if c.Form.Get("channel") == "CGEN" && strings.HasPrefix(c.Form.Get("text"), "<@UANA>") {
						return true
					}
				}
				return false
			})
			// The same click again (a redelivery), then a message as a barrier.
			tb.deliver(t, "interactive", click)
			tb.deliver(t, "events_api", directMessage("Ev9", "ULENA", "DLENA", "1700000009.000100", "help"))
			tb.slack.Await(t, "the barrier's answer", func(cs []slackfake.Call) bool {
				for _, c := range slackfake.Only(cs, "chat.postMessage") {
					if c.Form.Get("channel") == "DLENA" {
						return true
					}
				}
				return false
			})
			if n := len(tb.slack.CallsOf("chat.update")); n != 1 {
				t.Errorf("%d updates: the redelivered click decided again", n)
			}
		})
	}
}

// TestAckDoesNotWaitForWork guards Slack's three seconds: the acknowledgement goes out
// while the handler is still busy with the event.
func TestAckDoesNotWaitForWork(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			release := make(chan struct{})
			entered := make(chan struct{}, 1)
			tb := newTestBot(t, mode, func(h bot.Handler) bot.Handler {
				return bot.HandlerFunc(func(ctx context.Context, ev bot.Event) error {
					entered <- struct{}{}
					<-release
					return h.HandleEvent(ctx, ev)
				})
			})
			defer close(release)
			// deliver returns on the acknowledgement; were it sent after the work, this
			// would wait forever (and fail at the deadline).
			tb.deliver(t, "events_api", directMessage("Ev1", "UANA", "DANA", "1700000001.000100", "help"))
			<-entered
		})
	}
}

const mitText = `MIT License

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

// TestHomeClickAnsweredDirectly guards clicks without a conversation (a button on the
// App Home tab): the answer goes to the person's direct conversation with the bot.
func TestHomeClickAnsweredDirectly(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			click := blockActions("UANA", "", "", "trig-h", "no.such.button", "x")
			delete(click, "channel")
			click["container"] = map[string]any{"type": "view", "view_id": "VHOME"}
			tb.deliver(t, "interactive", click)
			ans := tb.slack.AwaitCall(t, "chat.postMessage", 1)
			if ans.Form.Get("channel") != "DANA" {
				t.Errorf("answer went to %q, want the direct conversation DANA", ans.Form.Get("channel"))
			}
		})
	}
}

// TestShutdownFinishesAcknowledged guards what was acknowledged: when Run is stopped
// while an event is being handled, Run waits for the handler, whose context is not
// cancelled, so the event Slack will not resend is not lost.
func TestShutdownFinishesAcknowledged(t *testing.T) {
	f := slackfake.New(t)
	a, err := New(Options{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: signingSecret, APIURL: f.APIURL()})
	if err != nil {
		t.Fatal(err)
	}
	entered, release := make(chan struct{}), make(chan struct{})
	handled := make(chan error, 1)
	h := bot.HandlerFunc(func(ctx context.Context, ev bot.Event) error {
		close(entered)
		<-release
		handled <- ctx.Err()
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx, h) }()
	awaitStatus(t, a, true)
	b, _ := json.Marshal(directMessage("Ev1", "UANA", "DANA", "1.1", "help"))
	cb, _ := decodeEventCallback(b)
	in, err := a.fromEvent(cb, a.self())
	if err != nil || !a.accept(in) {
		t.Fatalf("not accepted: %v", err)
	}
	<-entered
	cancel()
	awaitStatus(t, a, false)
	if a.accept(in) {
		t.Error("an event accepted after shutdown began")
	}
	select {
	case <-done:
		t.Fatal("Run returned while an acknowledged event was in progress")
	default:
	}
	close(release)
	if err := <-handled; err != nil {
		t.Errorf("the handler's context was cancelled: %v", err)
	}
	if err := <-done; err != nil {
		t.Errorf("Run: %v", err)
	}
}

// TestErrorsArePrivate guards error answers in a channel: a command that fails is
// answered only to the person who typed it (ephemeral), in the question's thread.
func TestErrorsArePrivate(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			tb.deliver(t, "events_api", appMention("Ev1", "UANA", "CGEN", "1700000001.000100", "<@U0BOT> approve OSPO-99"))
			e := tb.slack.AwaitCall(t, "chat.postEphemeral", 1)
			if e.Form.Get("channel") != "CGEN" || e.Form.Get("user") != "UANA" || e.Form.Get("thread_ts") != "1700000001.000100" {
				t.Errorf("error answer %v", e.Form)
			}
			if len(tb.slack.CallsOf("chat.postMessage")) != 0 {
				t.Error("the error was posted for the whole channel")
			}
		})
	}
}

// TestUploadOverLimitNotDownloaded guards the size limit: an upload Slack announces as
// larger than the limit is refused by its size, without downloading it.
func TestUploadOverLimitNotDownloaded(t *testing.T) {
	tb := newTestBot(t, ModeHTTP, nil)
	u := tb.slack.AddFile("F2", "sbom.json", []byte("{}"))
	file := map[string]any{"id": "F2", "name": "sbom.json", "size": 50 << 20, "url_private_download": u}
	tb.deliver(t, "events_api", directMessage("Ev1", "UANA", "DANA", "1700000001.000100", "", file))
	ans := tb.slack.AwaitCall(t, "chat.postMessage", 1)
	if !strings.Contains(ans.Form.Get("text"), "larger than the limit") {
		t.Errorf("answer %q", ans.Form.Get("text"))
	}
	if n := len(tb.slack.CallsOf("download")); n != 0 {
		t.Errorf("%d downloads of a file over the limit", n)
	}
}

// TestIntakeModalRoundTrip guards request intake by modal, with the engine: /ospo
// request cla opens the kind's form on the command's trigger (views.open, the choice
// field a select); a submission with an invalid field is answered in the
// acknowledgement with response_action "errors" on that field and files nothing; the
// valid one closes the modal and becomes the request, answered in the conversation
// where /ospo was typed and sent to legal's channel.
func TestIntakeModalRoundTrip(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			tb.deliver(t, "slash_commands", slashPayload("UANA", "CGEN", "trig-7", "request cla"))
			open := tb.slack.AwaitCall(t, "views.open", 1)
			if open.JSON["trigger_id"] != "trig-7" {
				t.Fatalf("views.open on trigger %v", open.JSON["trigger_id"])
			}
			if f := slackfake.Fields(t, open); f["project"] != "Project URL" || f["kind"] != "CLA type" {
				t.Errorf("modal fields %v", f)
			}
			values := map[string]string{"project": "not a url", "cla": "https://cla.example.com", "kind": "corporate"}
			resp := tb.deliver(t, "interactive", slackfake.Submit(t, "UANA", "trig-8", open, values))
			var r struct {
				Action string            `json:"response_action"`
				Errors map[string]string `json:"errors"`
			}
			if err := json.Unmarshal([]byte(resp), &r); err != nil || r.Action != "errors" || r.Errors["project"] == "" || len(r.Errors) != 1 {
				t.Fatalf("acknowledgement %q, want response_action errors on project alone", resp)
			}
			values["project"] = "https://github.com/acme/lib"
			if resp := tb.deliver(t, "interactive", slackfake.Submit(t, "UANA", "trig-9", open, values)); resp != "" {
				t.Errorf("a valid submission is acknowledged with %q; the modal should close", resp)
			}
			calls := tb.slack.Await(t, "the request filed and sent to legal", func(cs []slackfake.Call) bool {
				var filed, legal bool
				for _, c := range slackfake.Only(cs, "chat.postMessage") {
					filed = filed || c.Form.Get("channel") == "CGEN" && strings.Contains(c.Form.Get("text"), "OSPO-1")
					legal = legal || c.Form.Get("channel") == "CLEGAL" && strings.Contains(c.Form.Get("text"), "OSPO-1")
				}
				return filed && legal
			})
			if n := len(slackfake.Only(calls, "chat.postMessage")); n != 2 {
				t.Errorf("%d messages, want the answer and legal's: %s", n, slackfake.Describe(calls))
			}
		})
	}
}

// TestSlashCommandOutsideBotChannels guards /ospo where the bot is not a member: Slack
// refuses the bot's messages there (not_in_channel), so the answer goes through the
// command's response_url, in the channel, and an error privately.
func TestSlashCommandOutsideBotChannels(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			q := slashPayload("UANA", "COUTSIDE", "trig-1", "is MIT ok for SaaS?")
			q["response_url"] = tb.slack.APIURL() + "respond/1"
			tb.deliver(t, "slash_commands", q)
			r := tb.slack.AwaitCall(t, "response_url", 1)
			if r.JSON["response_type"] != "in_channel" || !strings.Contains(r.JSON["text"].(string), "MIT") {
				t.Errorf("response %v", r.JSON)
			}
			e := slashPayload("UANA", "COUTSIDE", "trig-2", "approve OSPO-99")
			e["response_url"] = tb.slack.APIURL() + "respond/2"
			tb.deliver(t, "slash_commands", e)
			if r := tb.slack.AwaitCall(t, "response_url", 2); r.JSON["response_type"] != "ephemeral" {
				t.Errorf("error response %v, want ephemeral", r.JSON)
			}
		})
	}
}

// TestChangesReasonInModal guards "Request changes" on Slack, with the engine: the click
// opens a modal asking what should change (views.open on the click's trigger); its
// submission sends the request back, the approval message is updated to say so and who
// asked, and the requester is told what to change.
func TestChangesReasonInModal(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			tb := newTestBot(t, mode, nil)
			tb.deliver(t, "slash_commands", slashPayload("UANA", "CGEN", "trig-1", "request cla project=https://github.com/acme/lib cla=https://cla.example.com kind=corporate"))
			approval := tb.slack.AwaitNext(t, 0, "chat.postMessage", func(c slackfake.Call) bool { return c.Form.Get("channel") == "CLEGAL" })
			changes := slackfake.Button(t, approval, "approval.changes")
			if changes == nil {
				t.Fatalf("no Request changes button: %s", approval.Form.Get("blocks"))
			}
			tb.deliver(t, "interactive", slackfake.Click("ULENA", approval, changes, "trig-2"))
			open := tb.slack.AwaitCall(t, "views.open", 1)
			if open.JSON["trigger_id"] != "trig-2" || slackfake.Fields(t, open)["reason"] != "What should change?" {
				t.Fatalf("modal on %v with %v", open.JSON["trigger_id"], slackfake.Fields(t, open))
			}
			n := len(tb.slack.Calls())
			tb.deliver(t, "interactive", slackfake.Submit(t, "ULENA", "trig-3", open, map[string]string{"reason": "name the CLA's signatory"}))
			upd := tb.slack.AwaitNext(t, n, "chat.update", nil)
			if upd.Form.Get("ts") != approval.TS || !strings.Contains(upd.Form.Get("text"), "sent back for changes") || !strings.Contains(upd.Form.Get("text"), "ULENA") {
				t.Errorf("update of %s: %q", upd.Form.Get("ts"), upd.Form.Get("text"))
			}
			told := tb.slack.AwaitNext(t, n, "chat.postMessage", func(c slackfake.Call) bool { return c.Form.Get("channel") == "CGEN" })
			if !strings.Contains(told.Form.Get("text"), "needs changes") || !strings.Contains(told.Form.Get("text"), "name the CLA") {
				t.Errorf("requester told %q", told.Form.Get("text"))
			}
		})
	}
}
