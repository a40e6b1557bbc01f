package slack

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/ospobot/ospobot/bot"
)

// permanentErrors are Slack's answers that no retry changes: the conversation is gone
// or closed to the bot, the trigger expired, the message cannot be taken as it is.
var permanentErrors = map[string]bool{
	"channel_not_found": true, "not_in_channel": true, "is_archived": true, "user_not_found": true,
	"cannot_dm_bot": true, "user_disabled": true, "restricted_action": true, "restricted_action_read_only_channel": true,
	"msg_too_long": true, "no_text": true, "invalid_blocks": true, "invalid_blocks_format": true, "too_many_attachments": true,
	"expired_trigger_id": true, "invalid_trigger_id": true, "exchanged_trigger_id": true, "view_too_large": true,
	"duplicate_channel_not_found": true, "missing_scope": true, "invalid_arguments": true, "not_allowed_token_type": true,
}

// editFallback are chat.update's answers for a message that can no longer be edited:
// a new message goes instead.
var editFallback = map[string]bool{"message_not_found": true, "cant_update_message": true, "edit_window_closed": true}

// deliveryError types a Send or Edit failure for the dispatcher: a 429 (or Slack's
// "ratelimited") asks it to wait, a permanent answer to park the message.
func deliveryError(method string, err error) error {
	if err == nil {
		return nil
	}
	wrapped := fmt.Errorf("slack %s: %w", method, err)
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return bot.RetryAfter(max(rl.RetryAfter, time.Second), wrapped)
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch {
		case se.Err == "ratelimited":
			return bot.RetryAfter(time.Minute, wrapped)
		case permanentErrors[se.Err]:
			return bot.Permanent(wrapped)
		}
	}
	return wrapped
}

func slackErr(err error) string {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return se.Err
	}
	return ""
}

// Send implements bot.Adapter: a message (ephemeral when private in a shared
// conversation), the App Home tab, a modal, or files with their message.
func (a *Adapter) Send(ctx context.Context, to bot.Destination, r bot.Reply) (bot.MessageRef, error) {
	switch {
	case to.Home:
		return a.publishHome(ctx, to.User, r)
	case r.Form != nil:
		if to.Trigger == "" {
			return "", bot.Permanent(errors.New("slack: a form needs the click it answers (Destination.Trigger)"))
		}
		place := a.triggerPlace(to.Trigger)
		if place.channel == "" {
			place.channel, place.thread = string(to.Conversation), refTS(to.Thread)
		}
		return "", a.openForm(ctx, to.Trigger, *r.Form, place)
	}
	channel, err := a.channelFor(ctx, to, r)
	if err != nil {
		return "", err
	}
	if len(r.Files) > 0 {
		return "", a.upload(ctx, channel, refTS(to.Thread), r)
	}
	rr := renderReply(r)
	if len(rr.blocks) == 0 && strings.TrimSpace(rr.text) == "" {
		return "", bot.Permanent(errors.New("slack: empty reply"))
	}
	ephemeral := r.Private && to.User != "" && !isDirect(channel, "")
	var user string
	if ephemeral {
		var ok bool
		if user, ok = slackUser(to.User); !ok {
			return "", bot.Permanent(fmt.Errorf("slack: %q is not a Slack user", to.User))
		}
	}
	blocks, rest := page(rr.blocks, maxMessageBlocks, "")
	if len(rest) > 0 {
		// The rest of a private answer stays private: only user sees it.
		blocks, _ = page(rr.blocks, maxMessageBlocks, a.more.put(rest, user))
	}
	opts := msgOptions(rr.text, blocks, refTS(to.Thread))
	if ephemeral {
		// An ephemeral message cannot be edited: no reference, so an edit posts anew.
		_, err := a.api.PostEphemeralContext(ctx, channel, user, opts...)
		switch slackErr(err) {
		case "not_in_channel", "channel_not_found":
			// /ospo in a channel the bot is not in: the answer goes through the command's
			// response_url, else directly to the person.
			if used, err := a.respond(ctx, channel, rr.text, blocks, true); used {
				return "", err
			}
			dm, derr := a.openDM(ctx, to.User)
			if derr != nil {
				return "", deliveryError("conversations.open", derr)
			}
			_, ts, err := a.api.PostMessageContext(ctx, dm, msgOptions(rr.text, blocks, "")...)
			if err != nil {
				return "", deliveryError("chat.postMessage", err)
			}
			return messageRef(dm, ts), nil
		}
		return "", deliveryError("chat.postEphemeral", err)
	}
	_, ts, err := a.api.PostMessageContext(ctx, channel, opts...)
	switch slackErr(err) {
	case "not_in_channel", "channel_not_found":
		if used, err := a.respond(ctx, channel, rr.text, blocks, false); used {
			return "", err // a response cannot be edited: no reference
		}
	}
	if err != nil {
		return "", deliveryError("chat.postMessage", err)
	}
	return messageRef(channel, ts), nil
}

// respond answers through the response_url of a recent /ospo in channel, which works
// where the bot is not a member. used is false when there is none to use.
func (a *Adapter) respond(ctx context.Context, channel, text string, blocks []slack.Block, private bool) (used bool, err error) {
	raw, ok := a.takeResponse(channel)
	if !ok {
		return false, nil
	}
	u, err := url.Parse(raw)
	if err != nil || !a.tokenMayGo(u) {
		return false, nil // not Slack's: never posted to
	}
	msg := &slack.WebhookMessage{Text: text, Blocks: &slack.Blocks{BlockSet: blocks}, ResponseType: slack.ResponseTypeInChannel}
	if private {
		msg.ResponseType = slack.ResponseTypeEphemeral
	}
	if err := slack.PostWebhookCustomHTTPContext(ctx, raw, a.opts.HTTPClient, msg); err != nil {
		return true, deliveryError("response_url", err)
	}
	return true, nil
}

func msgOptions(text string, blocks []slack.Block, thread string) []slack.MsgOption {
	opts := []slack.MsgOption{
		slack.MsgOptionText(text, false), // escaped by renderReply
		slack.MsgOptionBlocks(blocks...),
		slack.MsgOptionParse(false), slack.MsgOptionLinkNames(false),
		slack.MsgOptionDisableLinkUnfurl(), slack.MsgOptionDisableMediaUnfurl(),
	}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	return opts
}

// refTS is the timestamp of a message reference ("C…/ts" or a bare ts).
func refTS(ref bot.MessageRef) string {
	_, ts := parseRef(ref)
	return ts
}

// channelFor is where a reply goes: the conversation, else the direct conversation
// with its user. Files cannot be ephemeral: private files go to the direct conversation.
func (a *Adapter) channelFor(ctx context.Context, to bot.Destination, r bot.Reply) (string, error) {
	channel := string(to.Conversation)
	if to.User != "" && (channel == "" || r.Private && len(r.Files) > 0 && !isDirect(channel, "")) {
		ch, err := a.openDM(ctx, to.User)
		if err != nil {
			return "", deliveryError("conversations.open", err)
		}
		return ch, nil
	}
	if channel == "" {
		return "", bot.Permanent(errors.New("slack: reply without a conversation or user"))
	}
	return channel, nil
}

// openDM opens (or finds) the direct conversation with u, cached.
func (a *Adapter) openDM(ctx context.Context, u bot.UserID) (string, error) {
	id, ok := slackUser(u)
	if !ok {
		return "", bot.Permanent(fmt.Errorf("%q is not a Slack user", u))
	}
	a.mu.Lock()
	ch, ok := a.dms[id]
	a.mu.Unlock()
	if ok {
		return ch, nil
	}
	var c *slack.Channel
	err := a.call(ctx, "conversations.open", func(ctx context.Context) error {
		var err error
		c, _, _, err = a.api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{id}})
		return err
	})
	if err != nil {
		return "", err
	}
	a.mu.Lock()
	a.dms[id] = c.ID
	a.mu.Unlock()
	return c.ID, nil
}

// Edit implements bot.Editor with chat.update. A message that can no longer be edited
// (an ephemeral one, deleted, too old) is replaced by a new message.
func (a *Adapter) Edit(ctx context.Context, to bot.Destination, ref bot.MessageRef, r bot.Reply) error {
	if user, ok := strings.CutPrefix(string(ref), "home:"); ok {
		_, err := a.publishHome(ctx, bot.UserID(user), r)
		return err
	}
	channel, ts := parseRef(ref)
	if channel == "" || ts == "" || len(r.Files) > 0 {
		_, err := a.Send(ctx, to, r)
		return err
	}
	rr := renderReply(r)
	blocks, rest := page(rr.blocks, maxMessageBlocks, "")
	if len(rest) > 0 {
		blocks, _ = page(rr.blocks, maxMessageBlocks, a.more.put(rest, ""))
	}
	_, _, _, err := a.api.UpdateMessageContext(ctx, channel, ts,
		slack.MsgOptionText(rr.text, false), slack.MsgOptionBlocks(blocks...), slack.MsgOptionParse(false), slack.MsgOptionLinkNames(false))
	if editFallback[slackErr(err)] {
		_, err := a.Send(ctx, to, r)
		return err
	}
	return deliveryError("chat.update", err)
}

// sendMore answers a click on "more": the next part of a long message, in its thread,
// and only to the person who could see the message when it was private.
func (a *Adapter) sendMore(ctx context.Context, c moreClick) error {
	parts, ok := a.more.take(c.key)
	if !ok {
		return a.call(ctx, "chat.postEphemeral", func(ctx context.Context) error {
			_, err := a.api.PostEphemeralContext(ctx, c.channel, c.user,
				slack.MsgOptionText("The rest of that message is no longer at hand; ask again.", false), slack.MsgOptionTS(c.thread))
			return err
		})
	}
	first, rest := page(parts.blocks, maxMessageBlocks, "")
	if len(rest) > 0 {
		first, _ = page(parts.blocks, maxMessageBlocks, a.more.put(rest, parts.only))
	}
	if parts.only != "" {
		return a.call(ctx, "chat.postEphemeral", func(ctx context.Context) error {
			_, err := a.api.PostEphemeralContext(ctx, c.channel, parts.only, msgOptions("(continued)", first, c.thread)...)
			return err
		})
	}
	return a.call(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := a.api.PostMessageContext(ctx, c.channel, msgOptions("(continued)", first, c.thread)...)
		return err
	})
}

// publishHome shows r as u's App Home tab.
func (a *Adapter) publishHome(ctx context.Context, u bot.UserID, r bot.Reply) (bot.MessageRef, error) {
	id, ok := slackUser(u)
	if !ok {
		return "", bot.Permanent(fmt.Errorf("slack: home of %q, not a Slack user", u))
	}
	_, err := a.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: id, View: renderHome(r)})
	if err != nil {
		return "", deliveryError("views.publish", err)
	}
	return bot.MessageRef("home:" + string(u)), nil
}

// OpenForm implements bot.FormOpener with views.open. The submission answers in the
// conversation of the click, when the adapter saw it.
func (a *Adapter) OpenForm(ctx context.Context, t bot.TriggerID, f bot.Form) error {
	return a.openForm(ctx, t, f, a.triggerPlace(t))
}

func (a *Adapter) openForm(ctx context.Context, t bot.TriggerID, f bot.Form, place triggerPlace) error {
	view, err := renderForm(f, formMeta{ID: f.ID, State: f.State, Channel: place.channel, Thread: place.thread})
	if err != nil {
		return bot.Permanent(err)
	}
	// A trigger lasts three seconds: no waiting out a rate limit here.
	_, err = a.api.OpenViewContext(ctx, string(t), view)
	return deliveryError("views.open", err)
}

// upload sends r's files with Slack's external upload: each file gets an upload URL
// and is posted there, then one completeUploadExternal shares them all in the channel
// with the reply's text. Nothing shows before the last step, so a retry after a failure
// posts no duplicate.
func (a *Adapter) upload(ctx context.Context, channel, thread string, r bot.Reply) error {
	var files []slack.FileSummary
	for _, f := range r.Files {
		if len(f.Data) == 0 {
			return bot.Permanent(fmt.Errorf("slack: file %q is empty; Slack refuses empty uploads", f.Name))
		}
		u, err := a.api.GetUploadURLExternalContext(ctx, slack.GetUploadURLExternalParameters{FileName: f.Name, FileSize: len(f.Data)})
		if err != nil {
			return deliveryError("files.getUploadURLExternal", err)
		}
		if err := a.api.UploadToURL(ctx, slack.UploadToURLParameters{UploadURL: u.UploadURL, Reader: bytes.NewReader(f.Data), Filename: f.Name}); err != nil {
			return deliveryError("file upload", err)
		}
		files = append(files, slack.FileSummary{ID: u.FileID, Title: f.Name})
	}
	params := slack.CompleteUploadExternalParameters{Files: files, Channel: channel, ThreadTimestamp: thread}
	rr := renderReply(bot.Reply{Text: r.Text, Blocks: r.Blocks})
	if len(r.Blocks) > 0 {
		blocks, _ := page(rr.blocks, maxMessageBlocks, "")
		params.Blocks = slack.Blocks{BlockSet: blocks}
	} else {
		params.InitialComment = rr.text
	}
	_, err := a.api.CompleteUploadExternalContext(ctx, params)
	return deliveryError("files.completeUploadExternal", err)
}

// GroupMembers implements bot.GroupResolver for Slack user groups ("slack:S…"), cached
// until Slack announces a change (subteam events) or GroupTTL passes.
func (a *Adapter) GroupMembers(ctx context.Context, group bot.UserID) ([]bot.UserID, error) {
	id, ok := strings.CutPrefix(string(group), string(bot.Slack)+":")
	if !ok || !isSlackID(id, 'S') {
		return nil, fmt.Errorf("slack: %q is not a Slack user group (slack:S…)", group)
	}
	a.mu.Lock()
	e, ok := a.groups[id]
	a.mu.Unlock()
	if ok && time.Since(e.at) < a.opts.GroupTTL {
		return append([]bot.UserID(nil), e.members...), nil
	}
	var ids []string
	err := a.call(ctx, "usergroups.users.list", func(ctx context.Context) error {
		var err error
		ids, err = a.api.GetUserGroupMembersContext(ctx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("slack: members of %s: %w", id, err)
	}
	members := make([]bot.UserID, len(ids))
	for i, u := range ids {
		members[i] = userID(u)
	}
	a.mu.Lock()
	a.groups[id] = groupEntry{members: members, at: time.Now()}
	a.mu.Unlock()
	return append([]bot.UserID(nil), members...), nil
}

// fileInfo reads an upload's description (files.info), for events that carry only its ID.
func (a *Adapter) fileInfo(ctx context.Context, id string) (bot.File, error) {
	var f *slack.File
	err := a.call(ctx, "files.info", func(ctx context.Context) error {
		var err error
		f, _, _, err = a.api.GetFileInfoContext(ctx, id, 0, 0)
		return err
	})
	if err != nil {
		return bot.File{}, err
	}
	return a.file(slackFile{ID: f.ID, Name: f.Name, Size: int64(f.Size), URLPrivateDownload: f.URLPrivateDownload, URLPrivate: f.URLPrivate}), nil
}

// file is an upload whose content is downloaded with the bot token when the core reads
// it (within its size limit, which bot.ReadFile enforces while reading).
func (a *Adapter) file(f slackFile) bot.File {
	u := f.URLPrivateDownload
	if u == "" {
		u = f.URLPrivate
	}
	name := f.Name
	if name == "" {
		name = f.ID
	}
	size := f.Size
	if size <= 0 {
		size = -1
	}
	return bot.File{Name: name, Size: size, Open: func(ctx context.Context) (io.ReadCloser, error) { return a.download(ctx, u) }}
}

// download GETs a private file URL with the bot token, which is sent only to Slack
// (https on slack.com or slack-edge.com) or to the configured API host.
func (a *Adapter) download(ctx context.Context, raw string) (io.ReadCloser, error) {
	u, err := url.Parse(raw)
	if err != nil || !a.tokenMayGo(u) {
		return nil, fmt.Errorf("slack: refusing to download a file from %q", cut(raw, 80))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+a.opts.BotToken)
	res, err := a.opts.HTTPClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("slack: download file: %w", err)
	}
	if res.StatusCode != http.StatusOK {
		res.Body.Close()
		return nil, fmt.Errorf("slack: download file: %s", res.Status)
	}
	// Without files:read Slack answers with its sign-in page instead of the file.
	if strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		res.Body.Close()
		return nil, errors.New("slack: download file: got a web page; does the app have the files:read scope?")
	}
	return res.Body, nil
}

func (a *Adapter) tokenMayGo(u *url.URL) bool {
	host := strings.ToLower(u.Hostname())
	if u.Scheme == "https" {
		for _, d := range []string{"slack.com", "slack-edge.com", "slack-files.com"} {
			if host == d || strings.HasSuffix(host, "."+d) {
				return true
			}
		}
	}
	api, err := url.Parse(a.opts.APIURL)
	return err == nil && api.Host != "" && u.Scheme == api.Scheme && strings.EqualFold(u.Host, api.Host)
}
