package matrix

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"strings"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/attachment"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/bot"
)

// Send implements bot.Adapter. A private reply, or one addressed to a user without a
// room, goes to the direct room with that user, created if there is none. A reply in a
// thread stays in it. Files are uploaded first, so that a failed upload sends nothing
// and the dispatcher's retry sends everything once.
func (a *Adapter) Send(ctx context.Context, to bot.Destination, r bot.Reply) (bot.MessageRef, error) {
	if !a.ready() {
		return "", errors.New("matrix: not logged in yet")
	}
	room, thread, err := a.destination(ctx, to, r.Private)
	if err != nil {
		return "", err
	}
	// Until the message is sent, a rate limit is the dispatcher's to wait out.
	files, err := a.uploadAll(reportingLimits(ctx), room, r.Files)
	if err != nil {
		return "", deliveryError(err)
	}
	out := render(r, to.User)
	if thread != "" {
		out.Content.RelatesTo = (&event.RelatesTo{}).SetThread(thread, thread)
	}
	resp, err := a.sendMessage(reportingLimits(ctx), room, out.raw())
	if err != nil {
		return "", deliveryError(fmt.Errorf("send to %s: %w", room, err))
	}
	// The reactions and files complete a message already sent: a failure here is logged,
	// not returned, since a retry would send the message twice.
	msg := sentMessage{Buttons: out.Buttons, Thread: thread, Reactions: map[string]id.EventID{}}
	for _, emoji := range out.React {
		r, err := a.client.SendReaction(ctx, room, resp.EventID, emoji)
		if err != nil {
			a.log.Warn("adding a reaction to a message failed", "room", room, "event", resp.EventID, "err", err)
			continue
		}
		msg.Reactions[normalizeEmoji(emoji)] = r.EventID
	}
	a.remember(resp.EventID, msg)
	for _, f := range files {
		if thread != "" {
			f.RelatesTo = (&event.RelatesTo{}).SetThread(thread, thread)
		}
		_, err := a.sendMessage(ctx, room, f)
		if err != nil {
			a.log.Error("sending a file of a message failed", "room", room, "event", resp.EventID, "file", f.FileName, "err", err)
		}
	}
	return refOf(room, resp.EventID), nil
}

// Edit implements bot.Editor: the message is replaced (m.replace) by the new reply, and
// the bot's reactions that no longer stand for one of its choices are withdrawn.
func (a *Adapter) Edit(ctx context.Context, to bot.Destination, ref bot.MessageRef, r bot.Reply) error {
	if !a.ready() {
		return errors.New("matrix: not logged in yet")
	}
	room, orig, ok := parseRef(ref)
	if !ok {
		return bot.Permanent(fmt.Errorf("matrix: %q is not a message reference of this adapter", ref))
	}
	out := render(r, to.User)
	newContent, err := contentMap(out)
	if err != nil {
		return bot.Permanent(err)
	}
	edit := &event.Content{
		Parsed: &event.MessageEventContent{
			MsgType: event.MsgText, Body: "* " + out.Content.Body,
			Format: event.FormatHTML, FormattedBody: "* " + out.Content.FormattedBody,
			Mentions:  &event.Mentions{},
			RelatesTo: (&event.RelatesTo{}).SetReplace(orig),
		},
		Raw: map[string]any{"m.new_content": newContent},
	}
	if _, err := a.sendMessage(reportingLimits(ctx), room, edit); err != nil {
		return deliveryError(fmt.Errorf("edit %s in %s: %w", orig, room, err))
	}
	a.withdrawReactions(ctx, room, orig, out.Buttons)
	return nil
}

// withdrawReactions removes the bot's reactions that no longer stand for a choice of
// the edited message (all of them, once a request is decided), so that nobody is
// invited to click what is gone. A reaction given anyway is still answered ("already
// decided"). Failures are logged: the edit itself went through.
func (a *Adapter) withdrawReactions(ctx context.Context, room id.RoomID, orig id.EventID, keep map[string]reactionButton) {
	a.mu.Lock()
	own := maps.Clone(a.sent[orig].Reactions) // nil when an earlier process sent the message
	a.mu.Unlock()
	if own == nil {
		rel, err := a.client.GetRelations(ctx, room, orig, &mautrix.ReqGetRelations{RelationType: event.RelAnnotation, Limit: 50})
		if err != nil {
			a.log.Warn("reading the reactions on an edited message failed", "room", room, "event", orig, "err", err)
			return
		}
		own = map[string]id.EventID{}
		for _, e := range rel.Chunk {
			if e.Sender != a.me || e.Type != event.EventReaction {
				continue
			}
			if err := e.Content.ParseRaw(e.Type); err == nil {
				if _, key, ok := reactionOf(e.Content.AsReaction()); ok {
					own[key] = e.ID
				}
			}
		}
	}
	for key, ev := range own {
		if _, ok := keep[key]; ok {
			continue
		}
		if _, err := a.client.RedactEvent(ctx, room, ev); err != nil {
			a.log.Warn("withdrawing a reaction failed", "room", room, "event", ev, "err", err)
			continue
		}
		a.mu.Lock()
		if m, ok := a.sent[orig]; ok {
			delete(m.Reactions, key)
		}
		a.mu.Unlock()
	}
}

// contentMap is a rendered message as a JSON object, reaction map included: the form
// m.new_content takes.
func contentMap(out rendered) (map[string]any, error) {
	data, err := out.raw().MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("encode message: %w", err)
	}
	var m map[string]any
	if err := jsonUnmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("encode message: %w", err)
	}
	return m, nil
}

func (a *Adapter) ready() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.loggedIn
}

// destination finds the room (and thread) of a reply.
func (a *Adapter) destination(ctx context.Context, to bot.Destination, private bool) (id.RoomID, id.EventID, error) {
	if to.Platform != "" && to.Platform != bot.Matrix {
		return "", "", bot.Permanent(fmt.Errorf("matrix: cannot deliver to platform %q", to.Platform))
	}
	room := id.RoomID(to.Conversation)
	user, hasUser := matrixUser(to.User)
	if to.User != "" && !hasUser {
		return "", "", bot.Permanent(fmt.Errorf("matrix: %q is not a Matrix user", to.User))
	}
	// A private reply in a shared room goes to the direct room: Matrix has no messages
	// only one member of a room sees.
	if hasUser && (room == "" || private && !a.isDirect(ctx, room)) {
		dm, err := a.directRoom(ctx, user)
		return dm, "", err
	}
	if room == "" {
		return "", "", bot.Permanent(errors.New("matrix: a reply with neither a room nor a user"))
	}
	if strings.HasPrefix(string(room), "#") {
		resp, err := a.client.ResolveAlias(ctx, id.RoomAlias(room))
		if err != nil {
			return "", "", deliveryError(fmt.Errorf("matrix: resolve room alias %s: %w", room, err))
		}
		room = resp.RoomID
	}
	if !strings.HasPrefix(string(room), "!") {
		return "", "", bot.Permanent(fmt.Errorf("matrix: %q is not a room ID (!room:server) or alias (#room:server)", room))
	}
	var thread id.EventID
	if tr, ev, ok := parseRef(to.Thread); ok && tr == room {
		thread = ev
	}
	return room, thread, nil
}

// directRoom is the bot's direct room with user: the one m.direct names, if the person
// is still in it, else a new one (encrypted, when the bot can encrypt).
func (a *Adapter) directRoom(ctx context.Context, user id.UserID) (id.RoomID, error) {
	a.mu.Lock()
	room := a.directs[user]
	a.mu.Unlock()
	if room != "" {
		members, err := a.joinedMembers(ctx, room)
		if err == nil && len(members) <= 2 && (containsUser(members, user) || a.client.StateStore != nil && a.client.StateStore.IsInvited(ctx, room, user)) {
			return room, nil
		}
	}
	req := &mautrix.ReqCreateRoom{Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{user}}
	if a.crypto != nil {
		req.InitialState = []*event.Event{{
			Type:    event.StateEncryption,
			Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}},
		}}
	}
	resp, err := a.client.CreateRoom(ctx, req)
	if err != nil {
		return "", deliveryError(fmt.Errorf("matrix: create a direct room with %s: %w", user, err))
	}
	if ss := a.client.StateStore; ss != nil {
		// Tell the state store what the sync will report later, so that the first
		// message is encrypted and its key shared with the invited person.
		if a.crypto != nil {
			_ = ss.SetEncryptionEvent(ctx, resp.RoomID, &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1})
		}
		_ = ss.SetMembership(ctx, resp.RoomID, a.me, event.MembershipJoin)
		_ = ss.SetMembership(ctx, resp.RoomID, user, event.MembershipInvite)
	}
	a.markDirect(ctx, resp.RoomID, user)
	a.log.Info("created a direct room", "room", resp.RoomID, "user", user)
	return resp.RoomID, nil
}

func containsUser(list []id.UserID, u id.UserID) bool {
	for _, x := range list {
		if x == u {
			return true
		}
	}
	return false
}

// uploadAll puts a reply's files in the media repository (encrypted, in an encrypted
// room) and returns the messages that will carry them.
func (a *Adapter) uploadAll(ctx context.Context, room id.RoomID, files []bot.Attachment) ([]*event.MessageEventContent, error) {
	if len(files) == 0 {
		return nil, nil
	}
	encrypted := false
	if a.crypto != nil {
		enc, err := a.client.StateStore.IsEncrypted(ctx, room)
		if err != nil {
			return nil, fmt.Errorf("matrix: is room %s encrypted: %w", room, err)
		}
		encrypted = enc
	}
	var out []*event.MessageEventContent
	for _, f := range files {
		ct := f.ContentType
		if ct == "" {
			ct = "text/plain; charset=utf-8"
		}
		name := bot.Printable(f.Name, 200)
		c := &event.MessageEventContent{
			MsgType: event.MsgFile, Body: name, FileName: name,
			Info:     &event.FileInfo{MimeType: ct, Size: len(f.Data)},
			Mentions: &event.Mentions{},
		}
		data, upType := f.Data, ct
		var ef *attachment.EncryptedFile
		if encrypted {
			ef = attachment.NewEncryptedFile()
			data = bytes.Clone(f.Data) // the reply stays as stored, for a retry
			ef.EncryptInPlace(data)
			upType = "application/octet-stream"
		}
		resp, err := a.client.UploadMedia(ctx, mautrix.ReqUploadMedia{ContentBytes: data, ContentType: upType, FileName: name})
		if err != nil {
			return nil, fmt.Errorf("matrix: upload %s: %w", name, err)
		}
		if ef != nil {
			c.File = &event.EncryptedFileInfo{EncryptedFile: *ef, URL: resp.ContentURI.CUString()}
		} else {
			c.URL = resp.ContentURI.CUString()
		}
		out = append(out, c)
	}
	return out, nil
}

// opener fetches an upload when the core asks for it, never more than the size limit
// (plus one byte, so that the core sees the file is too large), and decrypts an
// encrypted one.
func (a *Adapter) opener(u upload) func(ctx context.Context) (io.ReadCloser, error) {
	return func(ctx context.Context) (io.ReadCloser, error) {
		if u.Size > a.maxFile {
			return nil, bot.ErrTooLarge
		}
		resp, err := a.client.Download(ctx, u.URL)
		if err != nil {
			return nil, fmt.Errorf("matrix: download %s: %w", u.URL, err)
		}
		body := resp.Body
		limited := io.LimitReader(body, a.maxFile+1)
		if u.Encrypted == nil {
			return readCloser{limited, body}, nil
		}
		defer body.Close()
		data, err := io.ReadAll(limited)
		if err != nil {
			return nil, fmt.Errorf("matrix: download %s: %w", u.URL, err)
		}
		if int64(len(data)) > a.maxFile {
			return nil, bot.ErrTooLarge
		}
		if err := u.Encrypted.DecryptInPlace(data); err != nil {
			return nil, fmt.Errorf("matrix: decrypt %s: %w", u.URL, err)
		}
		return io.NopCloser(bytes.NewReader(data)), nil
	}
}

type readCloser struct {
	io.Reader
	io.Closer
}

// GroupMembers implements bot.GroupResolver: "matrix:!room:server" names the joined
// members of a room the bot is in (the bot aside); "matrix:@user:server" names that user.
func (a *Adapter) GroupMembers(ctx context.Context, group bot.UserID) ([]bot.UserID, error) {
	if u, ok := matrixUser(group); ok {
		return []bot.UserID{userOf(u)}, nil
	}
	rest, ok := strings.CutPrefix(string(group), string(bot.Matrix)+":")
	if !ok || !strings.HasPrefix(rest, "!") {
		return nil, fmt.Errorf("matrix: %q names neither a room (matrix:!room:server) nor a user", group)
	}
	members, err := a.joinedMembers(ctx, id.RoomID(rest))
	if err != nil {
		return nil, fmt.Errorf("matrix: members of %s: %w", rest, err)
	}
	out := make([]bot.UserID, 0, len(members))
	for _, m := range members {
		if m != a.me {
			out = append(out, userOf(m))
		}
	}
	return out, nil
}
