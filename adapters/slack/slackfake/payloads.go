package slackfake

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"
)

// The paths an app in HTTP mode gives Slack (the adapter's PathEvents, PathInteractive
// and PathCommands; written again here because the fake must not import the adapter it
// tests).
const (
	EventsPath      = "/slack/events"
	InteractivePath = "/slack/interactive"
	CommandsPath    = "/slack/commands"
)

// Payload kinds, as Socket Mode names its envelopes.
const (
	EventsAPI     = "events_api"
	Interactive   = "interactive"
	SlashCommands = "slash_commands"
)

// Deliverer hands a payload of a kind to the app the way Slack does in one mode, and
// returns the acknowledgement's payload ("" when it has none).
type Deliverer interface {
	Deliver(t testing.TB, kind string, payload any) string
}

// Sign makes the headers Slack sends with body at time at: v0= HMAC-SHA256 of
// "v0:timestamp:body" with the signing secret.
func Sign(body []byte, at time.Time, secret string) http.Header {
	ts := strconv.FormatInt(at.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

// HTTP posts payloads to an app's endpoints at BaseURL, as Slack does in HTTP mode.
type HTTP struct {
	BaseURL string // http://127.0.0.1:PORT, without the path
	Secret  string // the signing secret
}

// Encode is the request Slack makes for a payload of kind: its path, content type and
// body. A slash command's payload is a map of its form fields.
func Encode(kind string, payload any) (path, contentType string, body []byte) {
	switch kind {
	case EventsAPI:
		body, _ = json.Marshal(payload)
		return EventsPath, "application/json", body
	case Interactive:
		p, _ := json.Marshal(payload)
		return InteractivePath, "application/x-www-form-urlencoded", []byte(url.Values{"payload": {string(p)}}.Encode())
	case SlashCommands:
		v := url.Values{}
		for k, x := range payload.(map[string]any) {
			v.Set(k, fmt.Sprint(x))
		}
		return CommandsPath, "application/x-www-form-urlencoded", []byte(v.Encode())
	}
	panic("slackfake: unknown payload kind " + kind)
}

// Post sends body to path with the headers h, and returns the status and the body of
// the answer.
func (c HTTP) Post(t testing.TB, path, contentType string, body []byte, h http.Header) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, c.BaseURL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if h != nil {
		req.Header = h.Clone()
	}
	req.Header.Set("Content-Type", contentType)
	client := &http.Client{Timeout: Wait}
	res, err := client.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	_, _ = b.ReadFrom(res.Body)
	return res.StatusCode, b.String()
}

// Deliver implements Deliverer: the payload signed now; anything but 200 fails the test.
func (c HTTP) Deliver(t testing.TB, kind string, payload any) string {
	t.Helper()
	path, ct, body := Encode(kind, payload)
	status, resp := c.Post(t, path, ct, body, Sign(body, time.Now(), c.Secret))
	if status != http.StatusOK {
		t.Fatalf("%s: status %d %s", path, status, resp)
	}
	return strings.TrimSpace(resp)
}

// Payloads in the shapes Slack documents (Events API, interactivity, slash commands).

func event(eventID string, ev map[string]any) map[string]any {
	return map[string]any{"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": 1700000000, "event": ev}
}

// AppMention is an app_mention event: text mentioning the bot in a channel.
func AppMention(eventID, user, channel, ts, text string) map[string]any {
	return event(eventID, map[string]any{"type": "app_mention", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts})
}

// DirectMessage is a message.im event; with files, a file_share message.
func DirectMessage(eventID, user, channel, ts, text string, files ...map[string]any) map[string]any {
	ev := map[string]any{"type": "message", "channel_type": "im", "user": user, "text": text, "ts": ts, "channel": channel, "event_ts": ts}
	if len(files) > 0 {
		ev["subtype"] = "file_share"
		ev["files"] = files
	}
	return event(eventID, ev)
}

// File is a file as a message event describes it.
func File(id, name string, size int, privateURL string) map[string]any {
	return map[string]any{"id": id, "name": name, "size": size, "mimetype": "text/plain", "url_private_download": privateURL, "url_private": privateURL}
}

// FileShared is a file_shared event, which names only the file.
func FileShared(eventID, user, channel, fileID string) map[string]any {
	return event(eventID, map[string]any{"type": "file_shared", "file_id": fileID, "user_id": user, "channel_id": channel,
		"file": map[string]any{"id": fileID}, "event_ts": "1700000000.1"})
}

// AppHomeOpened is an app_home_opened event for the Home tab.
func AppHomeOpened(eventID, user string) map[string]any {
	return event(eventID, map[string]any{"type": "app_home_opened", "user": user, "channel": "D" + strings.TrimPrefix(user, "U"),
		"tab": "home", "event_ts": "1700000000.2"})
}

// SubteamMembersChanged is Slack's announcement that user group id gained or lost members.
func SubteamMembersChanged(eventID, id string, added, removed []string) map[string]any {
	return event(eventID, map[string]any{"type": "subteam_members_changed", "subteam_id": id, "team_id": "T1",
		"date_previous_update": 1700000000, "date_update": 1700000100,
		"added_users": added, "added_users_count": fmt.Sprint(len(added)), "removed_users": removed, "removed_users_count": fmt.Sprint(len(removed))})
}

// BlockActions is a block_actions payload: user clicked the button actionID (with
// value) on the message at messageTS in channel.
func BlockActions(user, channel, messageTS, trigger, actionID, value string) map[string]any {
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

// Click is user's click on btn of the message msg posted (a chat.postMessage call), in
// its thread if it is in one.
func Click(user string, msg Call, btn *slack.ButtonBlockElement, trigger string) map[string]any {
	p := BlockActions(user, msg.Form.Get("channel"), msg.TS, trigger, btn.ActionID, btn.Value)
	if th := msg.Form.Get("thread_ts"); th != "" {
		p["container"].(map[string]any)["thread_ts"] = th
		p["message"].(map[string]any)["thread_ts"] = th
	}
	return p
}

// HomeClick is user's click on a button of the Home tab: no channel, a view container.
func HomeClick(user, trigger string, btn *slack.ButtonBlockElement) map[string]any {
	p := BlockActions(user, "", "", trigger, btn.ActionID, btn.Value)
	delete(p, "channel")
	delete(p, "message")
	p["container"] = map[string]any{"type": "view", "view_id": "VHOME"}
	p["view"] = map[string]any{"id": "VHOME", "type": "home"}
	return p
}

// Slash is the /ospo slash command, as the map of its form fields.
func Slash(user, channel, trigger, text string) map[string]any {
	return map[string]any{"token": "x", "team_id": "T1", "channel_id": channel, "channel_name": "general", "user_id": user,
		"user_name": strings.ToLower(user), "command": "/ospo", "text": text, "trigger_id": trigger,
		"response_url": "https://hooks.slack.com/commands/T1/1/abc", "api_app_id": "A1"}
}

// ViewSubmission is a view_submission payload with state as Slack sends it
// (block_id → action_id → the element's value).
func ViewSubmission(user, trigger, viewID, callbackID, metadata string, state map[string]any) map[string]any {
	return map[string]any{
		"type": "view_submission", "trigger_id": trigger, "api_app_id": "A1", "team": map[string]any{"id": "T1"},
		"user": map[string]any{"id": user, "name": strings.ToLower(user)},
		"view": map[string]any{"id": viewID, "type": "modal", "callback_id": callbackID, "private_metadata": metadata,
			"hash": "1700000000.abc", "state": map[string]any{"values": state}},
	}
}

// Submit is user's submission of the modal a views.open call opened, with values by
// field (the input block's block_id): each goes in the shape of its element, a text
// input's value or a select's selected option. Fields left out are empty.
func Submit(t testing.TB, user, trigger string, opened Call, values map[string]string) map[string]any {
	t.Helper()
	raw, _ := json.Marshal(opened.JSON["view"])
	var v slack.ModalViewRequest
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("the opened view does not decode with slack-go's types: %v", err)
	}
	state := map[string]any{}
	for _, b := range v.Blocks.BlockSet {
		ib, ok := b.(*slack.InputBlock)
		if !ok {
			continue
		}
		val := values[ib.BlockID]
		switch el := ib.Element.(type) {
		case *slack.PlainTextInputBlockElement:
			state[ib.BlockID] = map[string]any{el.ActionID: map[string]any{"type": "plain_text_input", "value": val}}
		case *slack.SelectBlockElement:
			sel := map[string]any{"type": el.Type}
			if val != "" {
				sel["selected_option"] = map[string]any{"value": val, "text": map[string]any{"type": "plain_text", "text": val}}
			}
			state[ib.BlockID] = map[string]any{el.ActionID: sel}
		default:
			t.Fatalf("field %s: element %T not supported by the fake", ib.BlockID, ib.Element)
		}
	}
	for name := range values {
		if _, ok := state[name]; !ok {
			t.Fatalf("the modal has no field %q", name)
		}
	}
	return ViewSubmission(user, trigger, opened.ViewID, v.CallbackID, v.PrivateMetadata, state)
}

// Fields are the input blocks of a views.open call by block_id, with their labels.
func Fields(t testing.TB, opened Call) map[string]string {
	t.Helper()
	raw, _ := json.Marshal(opened.JSON["view"])
	var v slack.ModalViewRequest
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("the opened view does not decode with slack-go's types: %v", err)
	}
	out := map[string]string{}
	for _, b := range v.Blocks.BlockSet {
		if ib, ok := b.(*slack.InputBlock); ok {
			out[ib.BlockID] = ib.Label.Text
		}
	}
	return out
}
