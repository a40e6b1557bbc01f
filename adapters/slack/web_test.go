package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/ospobot/ospobot/adapters/slack/slackfake"
	"github.com/ospobot/ospobot/bot"
)

// newWebAdapter is an adapter on a fake Slack that is not running: Send, Edit and the
// other Web API calls work without a connection.
func newWebAdapter(t *testing.T) (*slackfake.Fake, *Adapter) {
	t.Helper()
	f := slackfake.New(t)
	a, err := New(Options{Mode: ModeHTTP, BotToken: "xoxb-test", SigningSecret: signingSecret, APIURL: f.APIURL()})
	if err != nil {
		t.Fatal(err)
	}
	return f, a
}

var ctx = context.Background()

// TestSendEscapesAndThreads guards rendering on the wire: the reply goes to the
// conversation's thread with the bot token; text from users or files that looks like
// Slack markup (<!channel>, <@U…>, &) is escaped so it pings nobody; buttons carry
// their Key as action_id.
func TestSendEscapesAndThreads(t *testing.T) {
	f, a := newWebAdapter(t)
	r := bot.Reply{Text: "Licence of `x`: <!channel> & <@U024BE7LH>", Blocks: []bot.Block{
		bot.Fields(bot.Field{Label: "Licence", Value: "<!here>"}),
		bot.Buttons(bot.Button{Label: "Approve", Action: "approval.approve", Value: "1/0"}, bot.Button{Label: "Approve too", Action: "approval.approve", Value: "2/0"}),
	}}
	ref, err := a.Send(ctx, bot.Destination{Platform: bot.Slack, Conversation: "CGEN", Thread: "CGEN/1700000001.000100"}, r)
	if err != nil {
		t.Fatal(err)
	}
	c := f.AwaitCall(t, "chat.postMessage", 1)
	if ref != bot.MessageRef("CGEN/"+c.TS) {
		t.Errorf("ref %q, want CGEN/%s", ref, c.TS)
	}
	if c.Auth != "Bearer xoxb-test" && c.Form.Get("token") != "xoxb-test" || c.Form.Get("thread_ts") != "1700000001.000100" {
		t.Errorf("auth %q thread %q", c.Auth, c.Form.Get("thread_ts"))
	}
	raw := c.Form.Get("text") + c.Form.Get("blocks")
	for _, bad := range []string{"<!channel>", "<@U024BE7LH>", "<!here>"} {
		if strings.Contains(raw, bad) {
			t.Errorf("%s reaches Slack unescaped: %s", bad, raw)
		}
	}
	if !strings.Contains(c.Form.Get("text"), "&lt;!channel&gt; &amp; &lt;@U024BE7LH&gt;") {
		t.Errorf("text %q", c.Form.Get("text"))
	}
	var ids []string
	for _, b := range slackfake.Blocks(t, c) {
		if ab, ok := b.(*slack.ActionBlock); ok {
			for _, e := range ab.Elements.ElementSet {
				ids = append(ids, e.(*slack.ButtonBlockElement).ActionID)
			}
		}
	}
	if len(ids) != 2 || ids[0] == ids[1] || bot.ActionOfKey(ids[0]) != "approval.approve" {
		t.Errorf("action IDs %v: Slack rejects repeated action IDs in one message", ids)
	}
}

// TestPrivateReplies guards "only you" answers: ephemeral in a shared channel (no
// reference, since Slack cannot edit it), a plain message in a direct conversation, a
// direct message where the bot cannot post ephemerally (not in the channel), and one
// opened with conversations.open when only the user is known.
func TestPrivateReplies(t *testing.T) {
	f, a := newWebAdapter(t)
	ref, err := a.Send(ctx, bot.Destination{Conversation: "CGEN", User: "slack:UANA", Thread: "CGEN/1.2"}, bot.Reply{Text: "only you", Private: true})
	if err != nil || ref != "" {
		t.Fatalf("ephemeral: ref %q err %v", ref, err)
	}
	e := f.AwaitCall(t, "chat.postEphemeral", 1)
	if e.Form.Get("channel") != "CGEN" || e.Form.Get("user") != "UANA" || e.Form.Get("thread_ts") != "1.2" {
		t.Errorf("ephemeral %v", e.Form)
	}
	if _, err := a.Send(ctx, bot.Destination{Conversation: "DANA", User: "slack:UANA"}, bot.Reply{Text: "in the DM", Private: true}); err != nil {
		t.Fatal(err)
	}
	if p := f.AwaitCall(t, "chat.postMessage", 1); p.Form.Get("channel") != "DANA" {
		t.Errorf("private reply in a DM went to %s", p.Form.Get("channel"))
	}
	// /ospo in a channel without the bot: the private answer comes directly.
	if _, err := a.Send(ctx, bot.Destination{Conversation: "COUTSIDE", User: "slack:UOLE"}, bot.Reply{Text: "only you", Private: true}); err != nil {
		t.Fatal(err)
	}
	if p := f.AwaitCall(t, "chat.postMessage", 2); p.Form.Get("channel") != "DOLE" {
		t.Errorf("private answer outside the bot's channels went to %s", p.Form.Get("channel"))
	}
	if _, err := a.Send(ctx, bot.DirectTo("slack:UBEA"), bot.Text("a nudge")); err != nil {
		t.Fatal(err)
	}
	if o := f.AwaitCall(t, "conversations.open", 2); o.Form.Get("users") != "UBEA" {
		t.Errorf("conversations.open users=%q", o.Form.Get("users"))
	}
	if p := f.AwaitCall(t, "chat.postMessage", 3); p.Form.Get("channel") != "DBEA" {
		t.Errorf("DM went to %s", p.Form.Get("channel"))
	}
}

// TestDeliveryFailuresAreTyped guards what the dispatcher acts on: a 429 becomes
// bot.RetryAfter, an unknown channel bot.Permanent; calls that are not deliveries wait
// out the 429 themselves and succeed.
func TestDeliveryFailuresAreTyped(t *testing.T) {
	f, a := newWebAdapter(t)
	f.RateLimit("chat.postMessage", 1)
	_, err := a.Send(ctx, bot.Destination{Conversation: "CGEN"}, bot.Text("hi"))
	if d, ok := bot.RetryDelay(err); !ok || d <= 0 {
		t.Errorf("429: err %v, want a RetryAfter", err)
	}
	f.RateLimit("chat.update", 1)
	if err := a.Edit(ctx, bot.Destination{Conversation: "CGEN"}, "CGEN/1.2", bot.Text("edited")); !errors.As(err, new(*bot.RetryError)) {
		t.Errorf("429 on chat.update: %v", err)
	}
	_, err = a.Send(ctx, bot.Destination{Conversation: "CGONE"}, bot.Text("hi"))
	if !bot.IsPermanent(err) {
		t.Errorf("channel_not_found: err %v, want permanent", err)
	}
	f.SetGroup("S1", "U1", "U2")
	f.RateLimit("usergroups.users.list", 2)
	m, err := a.GroupMembers(ctx, "slack:S1")
	if err != nil || !slices.Equal(m, []bot.UserID{"slack:U1", "slack:U2"}) {
		t.Errorf("members after two 429s: %v %v", m, err)
	}
	if n := len(f.CallsOf("usergroups.users.list (429)")); n != 2 {
		t.Errorf("%d rate-limited calls, want 2", n)
	}
	f.RateLimit("conversations.open", 1)
	if _, err := a.Send(ctx, bot.DirectTo("slack:UBEA"), bot.Text("a nudge")); err != nil {
		t.Errorf("direct message after a 429 on conversations.open: %v", err)
	}
}

// TestGroupCacheRefreshedOnChange guards user group resolution: members are read once
// and cached, and read again after Slack announces a change to the group, which the
// engine is told of too (GroupChanged) before the announcement is acknowledged.
func TestGroupCacheRefreshedOnChange(t *testing.T) {
	tb := newTestBot(t, ModeHTTP, nil)
	tb.slack.SetGroup("S0614TZR7", "ULENA")
	for range 2 {
		m, err := tb.a.GroupMembers(ctx, "slack:S0614TZR7")
		if err != nil || !slices.Equal(m, []bot.UserID{"slack:ULENA"}) {
			t.Fatalf("members %v %v", m, err)
		}
	}
	if n := len(tb.slack.CallsOf("usergroups.users.list")); n != 1 {
		t.Errorf("%d reads of the group, want 1 (cached)", n)
	}
	tb.slack.SetGroup("S0614TZR7", "ULENA", "UOTTO")
	tb.deliver(t, "events_api", map[string]any{"type": "event_callback", "event_id": "Ev7", "event_time": 1,
		"event": map[string]any{"type": "subteam_members_changed", "subteam_id": "S0614TZR7", "added_users": []string{"UOTTO"}}})
	select {
	case g := <-tb.forgotten:
		if g != "slack:S0614TZR7" {
			t.Errorf("the engine was told of %q", g)
		}
	default:
		t.Error("the engine was not told of the change by the time it was acknowledged")
	}
	m, err := tb.a.GroupMembers(ctx, "slack:S0614TZR7")
	if err != nil || len(m) != 2 {
		t.Errorf("after the change: %v %v", m, err)
	}
	if _, err := tb.a.GroupMembers(ctx, "slack:U1"); err == nil {
		t.Error("a user ID taken for a group")
	}
}

// TestEditUpdatesOrPostsAnew guards edits: chat.update on the referenced message; a
// message without a reference (an ephemeral one) or one Slack no longer has gets a new
// message instead.
func TestEditUpdatesOrPostsAnew(t *testing.T) {
	f, a := newWebAdapter(t)
	to := bot.Destination{Conversation: "CLEGAL"}
	if err := a.Edit(ctx, to, "CLEGAL/1700000000.000009", bot.Text("OSPO-1: approved by slack:ULENA")); err != nil {
		t.Fatal(err)
	}
	u := f.AwaitCall(t, "chat.update", 1)
	if u.Form.Get("channel") != "CLEGAL" || u.Form.Get("ts") != "1700000000.000009" || u.Form.Get("blocks") == "" {
		t.Errorf("update %v", u.Form)
	}
	if err := a.Edit(ctx, to, "", bot.Text("again")); err != nil {
		t.Fatal(err)
	}
	f.AwaitCall(t, "chat.postMessage", 1)
}

// TestLongReplyHasMore guards Slack's 50-block limit: a longer reply shows 49 blocks and
// a "More" button, and a click on it posts the rest in the thread.
func TestLongReplyHasMore(t *testing.T) {
	tb := newTestBot(t, ModeHTTP, nil)
	var blocks []bot.Block
	for i := range 70 {
		blocks = append(blocks, bot.Section(strings.Repeat("x", 10)+string(rune('a'+i%26))))
	}
	if _, err := tb.a.Send(ctx, bot.Destination{Conversation: "CGEN", Thread: "CGEN/1.1"}, bot.Reply{Text: "a long list", Blocks: blocks}); err != nil {
		t.Fatal(err)
	}
	first := tb.slack.AwaitCall(t, "chat.postMessage", 1)
	got := slackfake.Blocks(t, first)
	if len(got) != maxMessageBlocks {
		t.Fatalf("%d blocks, want %d", len(got), maxMessageBlocks)
	}
	more, ok := got[len(got)-1].(*slack.ActionBlock)
	if !ok {
		t.Fatalf("last block is %T, want the More button", got[len(got)-1])
	}
	btn := more.Elements.ElementSet[0].(*slack.ButtonBlockElement)
	click := blockActions("UANA", "CGEN", first.TS, "trig-m", btn.ActionID, btn.Value)
	click["container"].(map[string]any)["thread_ts"] = "1.1"
	tb.deliver(t, "interactive", click)
	rest := tb.slack.AwaitCall(t, "chat.postMessage", 2)
	if n := len(slackfake.Blocks(t, rest)); n != 71-49 {
		t.Errorf("the rest has %d blocks, want %d", n, 71-49)
	}
	if rest.Form.Get("thread_ts") != "1.1" {
		t.Errorf("the rest went to thread %q", rest.Form.Get("thread_ts"))
	}
}

// TestPrivateLongReplyStaysPrivate guards the "more" button of a private answer: the
// first part goes only to its reader (ephemeral), and so does the rest when they click
// More; it is never posted for the whole channel.
func TestPrivateLongReplyStaysPrivate(t *testing.T) {
	tb := newTestBot(t, ModeHTTP, nil)
	var blocks []bot.Block
	for i := range 70 {
		blocks = append(blocks, bot.Section(fmt.Sprintf("line %d", i)))
	}
	to := bot.Destination{Conversation: "CGEN", User: "slack:UANA", Thread: "CGEN/1.1"}
	if _, err := tb.a.Send(ctx, to, bot.Reply{Text: "your long answer", Blocks: blocks, Private: true}); err != nil {
		t.Fatal(err)
	}
	first := tb.slack.AwaitCall(t, "chat.postEphemeral", 1)
	more := slackfake.Button(t, first, moreAction)
	if first.Form.Get("user") != "UANA" || more == nil {
		t.Fatalf("first part to %q, More button %v", first.Form.Get("user"), more)
	}
	click := blockActions("UANA", "CGEN", "", "trig-m", more.ActionID, more.Value)
	click["container"].(map[string]any)["is_ephemeral"] = true
	click["container"].(map[string]any)["thread_ts"] = "1.1"
	tb.deliver(t, "interactive", click)
	rest := tb.slack.AwaitCall(t, "chat.postEphemeral", 2)
	if rest.Form.Get("user") != "UANA" || rest.Form.Get("thread_ts") != "1.1" || !strings.Contains(rest.Form.Get("blocks"), "line 69") {
		t.Errorf("the rest went to %q in thread %q", rest.Form.Get("user"), rest.Form.Get("thread_ts"))
	}
	if n := len(tb.slack.CallsOf("chat.postMessage")); n != 0 {
		t.Errorf("%d messages for the whole channel", n)
	}
}

// TestFormsAndHome guards the view surfaces: a reply with a form opens a modal with
// views.open on the click's trigger (its fields as inputs, the state in the metadata),
// and a reply to the home surface is published with views.publish.
func TestFormsAndHome(t *testing.T) {
	f, a := newWebAdapter(t)
	form := bot.Form{ID: "request.cla", Title: "Request a CLA signature, please", State: "k", Fields: []bot.FormField{
		{Name: "project", Label: "Project URL", Required: true},
		{Name: "kind", Label: "CLA type", Choices: []string{"individual", "corporate"}, Value: "corporate"},
		{Name: "reason", Label: "Why", Multiline: true},
	}}
	if _, err := a.Send(ctx, bot.Destination{Conversation: "CGEN", Trigger: "trig-1"}, bot.Reply{Form: &form}); err != nil {
		t.Fatal(err)
	}
	o := f.AwaitCall(t, "views.open", 1)
	if o.JSON["trigger_id"] != "trig-1" {
		t.Errorf("trigger %v", o.JSON["trigger_id"])
	}
	viewJSON, _ := json.Marshal(o.JSON["view"])
	var v slack.ModalViewRequest
	if err := json.Unmarshal(viewJSON, &v); err != nil {
		t.Fatalf("modal does not decode with slack-go's types: %v", err)
	}
	if n := len([]rune(v.Title.Text)); n > maxTitle {
		t.Errorf("title %q is %d characters; Slack allows %d", v.Title.Text, n, maxTitle)
	}
	var meta formMeta
	if err := json.Unmarshal([]byte(v.PrivateMetadata), &meta); err != nil || meta.ID != "request.cla" || meta.State != "k" || meta.Channel != "CGEN" {
		t.Errorf("metadata %q", v.PrivateMetadata)
	}
	if len(v.Blocks.BlockSet) != 3 {
		t.Fatalf("%d blocks, want 3 inputs", len(v.Blocks.BlockSet))
	}
	kind := v.Blocks.BlockSet[1].(*slack.InputBlock)
	sel, ok := kind.Element.(*slack.SelectBlockElement)
	if !ok || kind.BlockID != "kind" || len(sel.Options) != 2 || sel.InitialOption == nil || sel.InitialOption.Value != "corporate" || !kind.Optional {
		t.Errorf("choice field %+v", kind)
	}
	if _, err := a.Send(ctx, bot.Destination{Conversation: "CGEN"}, bot.Reply{Form: &form}); !bot.IsPermanent(err) {
		t.Errorf("a form without a trigger: %v, want permanent", err)
	}

	ref, err := a.Send(ctx, bot.Destination{User: "slack:UANA", Home: true}, bot.Reply{Text: "Your requests", Blocks: []bot.Block{bot.Section("OSPO-1 waits for legal")}})
	if err != nil || ref != "home:slack:UANA" {
		t.Fatalf("home: %q %v", ref, err)
	}
	p := f.AwaitCall(t, "views.publish", 1)
	if p.JSON["user_id"] != "UANA" {
		t.Errorf("published for %v", p.JSON["user_id"])
	}
	if err := a.Edit(ctx, bot.Destination{User: "slack:UANA", Home: true}, ref, bot.Text("Nothing waits")); err != nil {
		t.Fatal(err)
	}
	f.AwaitCall(t, "views.publish", 2)
}

// TestFilesUploadedExternally guards outgoing files: each goes up with
// files.getUploadURLExternal and a post to its URL, then one
// files.completeUploadExternal shares them in the conversation's thread with the text.
func TestFilesUploadedExternally(t *testing.T) {
	f, a := newWebAdapter(t)
	r := bot.Reply{Text: "Your notices", Files: []bot.Attachment{{Name: "NOTICE.txt", Data: []byte("notice body")}, {Name: "audit.csv", Data: []byte("seq,time\n")}}}
	if _, err := a.Send(ctx, bot.Destination{Conversation: "CGEN", Thread: "CGEN/1.1"}, r); err != nil {
		t.Fatal(err)
	}
	c := f.AwaitCall(t, "files.completeUploadExternal", 1)
	if c.Form.Get("channel_id") != "CGEN" || c.Form.Get("thread_ts") != "1.1" || c.Form.Get("initial_comment") != "Your notices" {
		t.Errorf("complete %v", c.Form)
	}
	var files []slack.FileSummary
	_ = json.Unmarshal([]byte(c.Form.Get("files")), &files)
	if len(files) != 2 || files[0].Title != "NOTICE.txt" {
		t.Fatalf("files %v", files)
	}
	if got := string(f.Uploaded(files[0].ID)); got != "notice body" {
		t.Errorf("uploaded %q", got)
	}
	if len(f.CallsOf("chat.postMessage")) != 0 {
		t.Error("a message was posted besides the upload")
	}
	if _, err := a.Send(ctx, bot.Destination{Conversation: "CGEN"}, bot.Reply{Files: []bot.Attachment{{Name: "empty"}}}); !bot.IsPermanent(err) {
		t.Errorf("empty file: %v", err)
	}
}

// TestDownloadNeedsSlackHost guards the bot token: a file is downloaded with it from
// the API host (or Slack's own https hosts) and never sent elsewhere.
func TestDownloadNeedsSlackHost(t *testing.T) {
	f, a := newWebAdapter(t)
	u := f.AddFile("F1", "LICENSE", []byte("MIT"))
	rc, err := a.file(slackFile{ID: "F1", Name: "LICENSE", Size: 3, URLPrivateDownload: u}).Open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(rc)
	rc.Close()
	if string(data) != "MIT" {
		t.Errorf("downloaded %q", data)
	}
	for _, bad := range []string{"https://evil.example/f", "http://files.slack.com/f", "https://slack.com.evil.example/f"} {
		if _, err := a.file(slackFile{ID: "F2", URLPrivateDownload: bad}).Open(ctx); err == nil {
			t.Errorf("token sent to %s", bad)
		}
	}
}

// TestNewNeedsSecrets guards start-up: each mode names the secret it lacks.
func TestNewNeedsSecrets(t *testing.T) {
	cases := []struct {
		o    Options
		want string
	}{
		{Options{AppToken: "xapp-1"}, "the bot token missing"},
		{Options{BotToken: "xoxb-1"}, "the app-level token (Socket Mode) missing"},
		{Options{Mode: ModeHTTP, BotToken: "xoxb-1"}, "the signing secret (HTTP mode) missing"},
		{Options{Mode: "rtm", BotToken: "xoxb-1"}, "mode must be socket or http"},
	}
	for _, c := range cases {
		if _, err := New(c.o); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: %v, want %q", c.o, err, c.want)
		}
	}
}
