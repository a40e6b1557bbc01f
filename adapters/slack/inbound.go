package slack

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/ospobot/ospobot/bot"
)

// The decoders below turn Slack's payloads (the same in HTTP and Socket Mode) into an
// intake: the bot.Event to hand over, or work the adapter does itself. They make no
// network calls, so that they can be fuzzed; files are fetched only when read.

// intake is one decoded payload.
type intake struct {
	event *bot.Event // to hand to the Handler
	// form is set for a view submission: its answer (field errors) goes back to Slack
	// in the acknowledgement, so it is handled before acknowledging.
	form bool
	// fileID is a file_shared event's file, to be read with files.info first.
	fileID string
	// groupChanged names a user group whose members changed: its cache entry goes.
	groupChanged string
	// more is a click on the "more" button of a message cut at the block limit.
	more *moreClick
	// trigger remembers where a click happened, for a form opened in answer to it.
	trigger *triggerPlace
	// response is the slash command's response_url, for answers in a channel the bot
	// is not in.
	response *responsePlace
}

type responsePlace struct {
	channel string
	url     string
}

type moreClick struct {
	key     string
	channel string
	thread  string
	user    string
}

type triggerPlace struct {
	id      bot.TriggerID
	channel string
	thread  string
}

// self is who the bot is on Slack, from auth.test: its own messages are ignored.
type self struct {
	userID string // U…
	botID  string // B…
}

// eventCallback is the Events API's outer envelope (an HTTP body, or the payload of a
// Socket Mode events_api envelope).
type eventCallback struct {
	Type      string          `json:"type"` // event_callback or url_verification
	Challenge string          `json:"challenge"`
	EventID   string          `json:"event_id"`
	EventTime int64           `json:"event_time"`
	Event     json.RawMessage `json:"event"`
}

// slackFile is a file as message events describe it.
type slackFile struct {
	ID                 string `json:"id"`
	Name               string `json:"name"`
	Size               int64  `json:"size"`
	Mode               string `json:"mode"`        // "tombstone" for a deleted file, "hidden_by_limit", "external"
	FileAccess         string `json:"file_access"` // "check_file_info": the event holds only the ID
	URLPrivateDownload string `json:"url_private_download"`
	URLPrivate         string `json:"url_private"`
}

// messageEvent covers app_mention and message events (message.im).
type messageEvent struct {
	Type        string      `json:"type"`
	Subtype     string      `json:"subtype"`
	User        string      `json:"user"`
	BotID       string      `json:"bot_id"`
	Text        string      `json:"text"`
	TS          string      `json:"ts"`
	ThreadTS    string      `json:"thread_ts"`
	Channel     string      `json:"channel"`
	ChannelType string      `json:"channel_type"`
	Files       []slackFile `json:"files"`
}

type fileSharedEvent struct {
	FileID    string `json:"file_id"`
	UserID    string `json:"user_id"`
	ChannelID string `json:"channel_id"`
	EventTS   string `json:"event_ts"`
}

type homeOpenedEvent struct {
	User string `json:"user"`
	Tab  string `json:"tab"`
}

type subteamEvent struct {
	SubteamID string `json:"subteam_id"` // subteam_members_changed
	Subteam   struct {
		ID string `json:"id"`
	} `json:"subteam"` // subteam_updated
}

// errIgnored marks a payload that is understood and deliberately not acted on.
var errIgnored = errors.New("ignored")

// decodeEventCallback reads an Events API body.
func decodeEventCallback(body []byte) (eventCallback, error) {
	var cb eventCallback
	if err := json.Unmarshal(body, &cb); err != nil {
		return cb, fmt.Errorf("decode event: %w", err)
	}
	switch cb.Type {
	case "url_verification", "event_callback", "app_rate_limited":
	default:
		return cb, fmt.Errorf("decode event: unknown type %q", cut(cb.Type, 40))
	}
	return cb, nil
}

// fromEvent translates an event_callback. It returns errIgnored for events the bot does
// not act on: its own and other bots' messages, edits, channel messages that do not
// mention it, and event types it did not ask for.
func (a *Adapter) fromEvent(cb eventCallback, me self) (intake, error) {
	var head struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(cb.Event, &head); err != nil {
		return intake{}, fmt.Errorf("decode event %s: %w", cut(cb.EventID, 40), err)
	}
	at := time.Unix(cb.EventTime, 0)
	switch head.Type {
	case "app_mention", "message":
		var m messageEvent
		if err := json.Unmarshal(cb.Event, &m); err != nil {
			return intake{}, fmt.Errorf("decode %s event: %w", head.Type, err)
		}
		return a.fromMessage(m, me, at)
	case "file_shared":
		var f fileSharedEvent
		if err := json.Unmarshal(cb.Event, &f); err != nil {
			return intake{}, fmt.Errorf("decode file_shared event: %w", err)
		}
		// In a channel, a file reaches the bot through the message that mentions it; a
		// file dropped in a channel without a word to the bot is not the bot's business.
		if f.UserID == "" || f.UserID == me.userID || !isDirect(f.ChannelID, "") || f.FileID == "" {
			return intake{}, errIgnored
		}
		ev := &bot.Event{
			ID: fileKey(f.FileID), Platform: bot.Slack, Kind: bot.MessageEvent, Time: at,
			User:         bot.User{ID: userID(f.UserID)},
			Conversation: bot.Conversation{ID: bot.ConversationID(f.ChannelID), Direct: true},
		}
		return intake{event: ev, fileID: f.FileID}, nil
	case "app_home_opened":
		var h homeOpenedEvent
		if err := json.Unmarshal(cb.Event, &h); err != nil {
			return intake{}, fmt.Errorf("decode app_home_opened event: %w", err)
		}
		if h.Tab != "home" || h.User == "" {
			return intake{}, errIgnored
		}
		return intake{event: &bot.Event{
			ID: bot.EventID(cb.EventID), Platform: bot.Slack, Kind: bot.HomeEvent, Time: at,
			User: bot.User{ID: userID(h.User)},
		}}, nil
	case "subteam_members_changed", "subteam_updated":
		var s subteamEvent
		if err := json.Unmarshal(cb.Event, &s); err != nil {
			return intake{}, fmt.Errorf("decode %s event: %w", head.Type, err)
		}
		id := s.SubteamID
		if id == "" {
			id = s.Subteam.ID
		}
		if id == "" {
			return intake{}, errIgnored
		}
		return intake{groupChanged: id}, nil
	}
	return intake{}, errIgnored
}

// fromMessage translates a message or a mention.
func (a *Adapter) fromMessage(m messageEvent, me self, at time.Time) (intake, error) {
	switch m.Subtype {
	case "", "file_share", "thread_broadcast":
	default:
		return intake{}, errIgnored // edits, deletions, joins, bot_message …
	}
	if m.BotID != "" || m.User == "" || m.User == me.userID || m.Channel == "" || m.TS == "" {
		return intake{}, errIgnored
	}
	direct := isDirect(m.Channel, m.ChannelType)
	if m.Type == "message" && !direct {
		return intake{}, errIgnored // channel messages reach the bot as app_mention
	}
	if m.Type == "app_mention" && direct {
		return intake{}, errIgnored // a mention in a DM also comes as message.im
	}
	ev := &bot.Event{
		ID: messageKey(m.Channel, m.TS), Platform: bot.Slack, Kind: bot.MessageEvent, Time: at,
		User:         bot.User{ID: userID(m.User)},
		Conversation: bot.Conversation{ID: bot.ConversationID(m.Channel), Direct: direct},
		Text:         plainText(m.Text, me.userID),
	}
	// Answers go to the question's thread: the thread it is in, or, in a channel, the one
	// it starts. A direct conversation is answered in line unless the question was in a thread.
	switch {
	case m.ThreadTS != "":
		ev.Thread = messageRef(m.Channel, m.ThreadTS)
	case !direct:
		ev.Thread = messageRef(m.Channel, m.TS)
	}
	for _, f := range m.Files {
		if f.Mode == "tombstone" || f.Mode == "hidden_by_limit" || f.Mode == "external" {
			continue
		}
		if f.FileAccess == "check_file_info" || f.URLPrivateDownload == "" && f.URLPrivate == "" {
			// Slack sent only the ID: read it with files.info, then hand over.
			return intake{event: ev, fileID: f.ID}, nil
		}
		ev.Files = append(ev.Files, a.file(f))
	}
	if len(m.Files) > 0 {
		// The same upload may also arrive as file_shared; one key for both.
		ev.ID = fileKey(m.Files[0].ID)
	}
	return intake{event: ev}, nil
}

func isDirect(channel, channelType string) bool {
	return channelType == "im" || strings.HasPrefix(channel, "D")
}

// Dedup keys. A message is one key however it arrives (app_mention and message, a
// redelivery with a new event_id); an upload is the key of its file, which the
// message and file_shared share.
func messageKey(channel, ts string) bot.EventID { return bot.EventID("msg:" + channel + ":" + ts) }
func fileKey(id string) bot.EventID             { return bot.EventID("file:" + id) }

func userID(u string) bot.UserID { return bot.UserID(string(bot.Slack) + ":" + u) }

// slackUser is the Slack ID of a platform-qualified user, if it is one of Slack's.
func slackUser(u bot.UserID) (string, bool) {
	id, ok := strings.CutPrefix(string(u), string(bot.Slack)+":")
	return id, ok && id != ""
}

// messageRef is a message's channel and timestamp, the form edits and threads need.
func messageRef(channel, ts string) bot.MessageRef { return bot.MessageRef(channel + "/" + ts) }

// parseRef reads a MessageRef back. A bare timestamp (a thread named by ts only) has no
// channel.
func parseRef(ref bot.MessageRef) (channel, ts string) {
	c, t, ok := strings.Cut(string(ref), "/")
	if !ok {
		return "", string(ref)
	}
	return c, t
}

var (
	linkRE    = regexp.MustCompile(`<([^<>]*)>`)
	unescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")
)

// plainText undoes Slack's formatting of what people type: the bot's own mention goes,
// other mentions become platform user IDs (slack:U…), links their address, channels
// their name, and &amp; &lt; &gt; the characters they stand for. A pasted licence
// reaches the core as it was written.
func plainText(s, botUser string) string {
	s = linkRE.ReplaceAllStringFunc(s, func(m string) string {
		inner := m[1 : len(m)-1]
		target, label, _ := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "@"):
			id := target[1:]
			if id == botUser {
				return ""
			}
			return string(userID(id))
		case strings.HasPrefix(target, "#"):
			if label != "" {
				return "#" + label
			}
			return target
		case strings.HasPrefix(target, "!"):
			if label != "" {
				return label
			}
			return "@" + strings.TrimPrefix(strings.SplitN(target, "^", 2)[0], "!")
		case strings.HasPrefix(target, "mailto:"):
			return strings.TrimPrefix(target, "mailto:")
		}
		return target
	})
	s = unescaper.Replace(s)
	return strings.TrimSpace(s)
}

// decodeInteraction reads an interactive payload (block_actions, view_submission).
func decodeInteraction(payload []byte) (slack.InteractionCallback, error) {
	var ic slack.InteractionCallback
	if err := json.Unmarshal(payload, &ic); err != nil {
		return ic, fmt.Errorf("decode interaction: %w", err)
	}
	return ic, nil
}

// fromInteraction translates a click or a form submission.
func (a *Adapter) fromInteraction(ic slack.InteractionCallback) (intake, error) {
	if ic.User.ID == "" {
		return intake{}, errors.New("interaction without a user")
	}
	user := bot.User{ID: userID(ic.User.ID), Name: ic.User.Name}
	switch ic.Type {
	case slack.InteractionTypeBlockActions:
		if len(ic.ActionCallback.BlockActions) == 0 {
			return intake{}, errIgnored
		}
		act := ic.ActionCallback.BlockActions[0]
		channel := ic.Channel.ID
		if channel == "" {
			channel = ic.Container.ChannelID
		}
		msgTS := ic.Container.MessageTs
		if msgTS == "" {
			msgTS = ic.Message.Timestamp
		}
		thread := ic.Container.ThreadTs
		if thread == "" {
			thread = ic.Message.ThreadTimestamp
		}
		if act.ActionID == moreAction {
			if thread == "" {
				thread = msgTS // the rest answers the long message, in its thread
			}
			return intake{more: &moreClick{key: act.Value, channel: channel, thread: thread, user: ic.User.ID}}, nil
		}
		// A click is one event however often Slack sends it: its trigger and time.
		id := "action:" + ic.TriggerID + ":" + act.ActionTs
		if ic.TriggerID == "" {
			id = "action:" + channel + ":" + msgTS + ":" + act.ActionID + ":" + act.ActionTs
		}
		ev := &bot.Event{
			ID: bot.EventID(id), Platform: bot.Slack, Kind: bot.ActionEvent, Time: slackTime(act.ActionTs),
			User:         user,
			Conversation: bot.Conversation{ID: bot.ConversationID(channel), Direct: isDirect(channel, "")},
			Action:       &bot.Action{ID: bot.ActionOfKey(act.ActionID), Value: act.Value, Message: messageRef(channel, msgTS)},
			Trigger:      bot.TriggerID(ic.TriggerID),
		}
		if thread != "" && channel != "" {
			ev.Thread = messageRef(channel, thread)
		}
		if channel == "" {
			ev.Action.Message = "" // a view's button, not a message's
		}
		in := intake{event: ev}
		if ic.TriggerID != "" {
			in.trigger = &triggerPlace{id: bot.TriggerID(ic.TriggerID), channel: channel, thread: thread}
		}
		return in, nil
	case slack.InteractionTypeViewSubmission:
		if ic.View.CallbackID != formCallback {
			return intake{}, errIgnored
		}
		var meta formMeta
		if err := json.Unmarshal([]byte(ic.View.PrivateMetadata), &meta); err != nil {
			return intake{}, fmt.Errorf("decode form metadata: %w", err)
		}
		values := map[string]string{}
		if ic.View.State != nil {
			for block, acts := range ic.View.State.Values {
				v, ok := acts[formInput]
				if !ok {
					continue
				}
				switch {
				case v.SelectedOption.Value != "":
					values[block] = v.SelectedOption.Value
				default:
					values[block] = v.Value
				}
			}
		}
		id := "view:" + ic.View.ID + ":" + ic.TriggerID
		ev := &bot.Event{
			ID: bot.EventID(id), Platform: bot.Slack, Kind: bot.FormEvent, Time: time.Now(),
			User:         user,
			Conversation: bot.Conversation{ID: bot.ConversationID(meta.Channel), Direct: isDirect(meta.Channel, "")},
			Form:         &bot.FormSubmission{ID: meta.ID, State: meta.State, Values: values},
			Trigger:      bot.TriggerID(ic.TriggerID),
		}
		if meta.Thread != "" && meta.Channel != "" {
			ev.Thread = messageRef(meta.Channel, meta.Thread)
		}
		return intake{event: ev, form: true}, nil
	}
	return intake{}, errIgnored
}

// slackTime reads a Slack timestamp ("1700000000.000100"); now when it is not one.
func slackTime(ts string) time.Time {
	sec, frac, _ := strings.Cut(ts, ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil {
		return time.Now()
	}
	us, _ := strconv.ParseInt((frac + "000000")[:6], 10, 64)
	return time.Unix(s, us*1000)
}

// slashCommand is the /ospo command, as a form (HTTP) or a JSON object (Socket Mode).
type slashCommand struct {
	Command     string `json:"command"`
	Text        string `json:"text"`
	UserID      string `json:"user_id"`
	UserName    string `json:"user_name"`
	ChannelID   string `json:"channel_id"`
	ChannelName string `json:"channel_name"`
	TriggerID   string `json:"trigger_id"`
	ResponseURL string `json:"response_url"`
}

func slashFromForm(v url.Values) slashCommand {
	return slashCommand{
		Command: v.Get("command"), Text: v.Get("text"), UserID: v.Get("user_id"), UserName: v.Get("user_name"),
		ChannelID: v.Get("channel_id"), ChannelName: v.Get("channel_name"), TriggerID: v.Get("trigger_id"),
		ResponseURL: v.Get("response_url"),
	}
}

// fromSlash translates the slash command: its text is a message to the bot.
func (a *Adapter) fromSlash(s slashCommand, me self) (intake, error) {
	if s.UserID == "" || s.ChannelID == "" {
		return intake{}, errors.New("slash command without a user or channel")
	}
	if s.UserID == me.userID {
		return intake{}, errIgnored
	}
	id := "command:" + s.TriggerID
	if s.TriggerID == "" {
		return intake{}, errors.New("slash command without a trigger_id")
	}
	direct := isDirect(s.ChannelID, "") || s.ChannelName == "directmessage"
	text := plainText(s.Text, me.userID)
	if text == "" {
		text = "help"
	}
	ev := &bot.Event{
		ID: bot.EventID(id), Platform: bot.Slack, Kind: bot.MessageEvent, Time: time.Now(),
		User:         bot.User{ID: userID(s.UserID), Name: s.UserName},
		Conversation: bot.Conversation{ID: bot.ConversationID(s.ChannelID), Direct: direct},
		Text:         text,
		Trigger:      bot.TriggerID(s.TriggerID),
	}
	in := intake{event: ev, trigger: &triggerPlace{id: bot.TriggerID(s.TriggerID), channel: s.ChannelID}}
	if s.ResponseURL != "" {
		in.response = &responsePlace{channel: s.ChannelID, url: s.ResponseURL}
	}
	return in, nil
}
