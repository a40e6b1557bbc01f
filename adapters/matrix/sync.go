package matrix

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/bot"
)

// syncer is mautrix's DefaultSyncer with the adapter's rules: the sync position is
// committed only after every event of a response was handled; failed syncs back off
// and honour rate limits.
type syncer struct {
	*mautrix.DefaultSyncer
	a *Adapter
}

// timelineLimit is how many events of a room one sync returns; a room with more since
// the last sync comes "limited", and fillGap reads the rest.
var timelineLimit = 500

// maxGapPages bounds how many pages of missed events fillGap reads for one room.
const maxGapPages = 100

func newSyncer(a *Adapter) *syncer {
	s := &syncer{DefaultSyncer: mautrix.NewDefaultSyncer(), a: a}
	s.OnSync(func(context.Context, *mautrix.RespSync, string) bool { a.synced(); return true })
	s.OnEventType(event.StateMember, a.onMember)
	s.OnEventType(event.EventMessage, a.onMessage)
	s.OnEventType(event.EventReaction, a.onReaction)
	s.OnEventType(event.AccountDataDirectChats, a.onDirectChats)
	return s
}

// ProcessResponse implements mautrix.Syncer.
func (s *syncer) ProcessResponse(ctx context.Context, res *mautrix.RespSync, since string) error {
	s.a.mu.Lock()
	s.a.respErr = nil
	s.a.mu.Unlock()
	if since != "" {
		for room, data := range res.Rooms.Join {
			if !data.Timeline.Limited || data.Timeline.PrevBatch == "" {
				continue
			}
			missed, err := s.a.fillGap(ctx, room, data.Timeline.PrevBatch, since, data.Timeline.Events)
			if err != nil {
				return fmt.Errorf("read the events of %s since the last sync: %w", room, err)
			}
			data.Timeline.Events = append(missed, data.Timeline.Events...)
		}
	}
	if err := s.DefaultSyncer.ProcessResponse(ctx, res, since); err != nil {
		return err
	}
	s.a.mu.Lock()
	failed := s.a.respErr
	s.a.mu.Unlock()
	if failed != nil {
		return fmt.Errorf("an event of this sync was not handled: %w", failed)
	}
	return s.a.st.commit()
}

// fillGap reads the events a limited sync left out: those between the previous sync
// (since) and the start of this one's timeline (prevBatch), oldest first. Without it, a
// bot that was down while a room was busy would miss the oldest of what was said.
func (a *Adapter) fillGap(ctx context.Context, room id.RoomID, prevBatch, since string, have []*event.Event) ([]*event.Event, error) {
	seen := map[id.EventID]bool{}
	for _, e := range have {
		seen[e.ID] = true
	}
	var missed []*event.Event // newest first, as /messages returns them backwards
	from := prevBatch
	for range maxGapPages {
		resp, err := a.client.Messages(ctx, room, from, since, mautrix.DirectionBackward, nil, 100)
		if err != nil {
			return nil, err
		}
		for _, e := range resp.Chunk {
			if !seen[e.ID] {
				seen[e.ID] = true
				missed = append(missed, e)
			}
		}
		if len(resp.Chunk) == 0 || resp.End == "" || resp.End == from {
			break
		}
		from = resp.End
	}
	slices.Reverse(missed)
	a.log.Info("read the events a limited sync left out", "room", room, "events", len(missed))
	return missed, nil
}

// OnFailedSync implements mautrix.Syncer.
func (s *syncer) OnFailedSync(_ *mautrix.RespSync, err error) (time.Duration, error) {
	if errors.Is(err, mautrix.MUnknownToken) {
		return 0, err
	}
	d := s.a.syncFailed(err)
	s.a.log.Warn("sync failed; retrying", "err", err, "retry_in", d)
	return d, nil
}

// GetFilterJSON implements mautrix.Syncer.
func (s *syncer) GetFilterJSON(id.UserID) *mautrix.Filter {
	return &mautrix.Filter{
		Room: &mautrix.RoomFilter{
			Timeline: &mautrix.FilterPart{Limit: timelineLimit},
		},
	}
}

// onMember accepts invitations from allowed inviters and forgets a room's members when
// they change.
func (a *Adapter) onMember(ctx context.Context, evt *event.Event) {
	m := evt.Content.AsMember()
	if evt.Mautrix.EventSource&event.SourceInvite != 0 {
		if evt.GetStateKey() != string(a.me) || m.Membership != event.MembershipInvite {
			return
		}
		a.onInvite(ctx, evt)
		return
	}
	a.mu.Lock()
	delete(a.members, evt.RoomID)
	a.mu.Unlock()
}

// inviteTimeout bounds accepting an invitation, which outlives a stop.
const inviteTimeout = 10 * time.Second

func (a *Adapter) onInvite(ctx context.Context, evt *event.Event) {
	if !a.allowed.allows(evt.Sender, evt.RoomID) {
		a.log.Info("invitation declined: inviter not allowed", "room", evt.RoomID, "inviter", evt.Sender)
		_, err := a.client.LeaveRoom(ctx, evt.RoomID)
		if err != nil {
			a.log.Warn("declining an invitation failed", "room", evt.RoomID, "err", err)
		}
		return
	}
	// Joining and recording the room as direct finish even if serve is stopping: a
	// stop between the two would leave a direct room the bot no longer answers in.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), inviteTimeout)
	defer cancel()
	_, err := a.client.JoinRoomByID(ctx, evt.RoomID)
	if err != nil {
		a.log.Warn("joining a room failed", "room", evt.RoomID, "inviter", evt.Sender, "err", err)
		return
	}
	a.log.Info("joined a room", "room", evt.RoomID, "inviter", evt.Sender)
	if evt.Content.AsMember().IsDirect {
		a.markDirect(ctx, evt.RoomID, evt.Sender)
	}
}

// onDirectChats keeps the bot's list of direct rooms (m.direct): the rooms it answers
// without being addressed, and reuses for private replies.
func (a *Adapter) onDirectChats(_ context.Context, evt *event.Event) {
	direct := evt.Content.AsDirectChats()
	a.mu.Lock()
	defer a.mu.Unlock()
	a.directRooms = map[id.RoomID]id.UserID{}
	for user, rooms := range *direct {
		for _, r := range rooms {
			a.directRooms[r] = user
		}
		if len(rooms) > 0 {
			a.directs[user] = rooms[len(rooms)-1]
		}
	}
}

// markDirect records a direct room in the bot's m.direct, as clients do for the rooms
// they are invited to as direct chats.
func (a *Adapter) markDirect(ctx context.Context, room id.RoomID, user id.UserID) {
	a.mu.Lock()
	a.directs[user] = room
	a.directRooms[room] = user
	direct := event.DirectChatsEventContent{}
	for r, u := range a.directRooms {
		direct[u] = append(direct[u], r)
	}
	a.mu.Unlock()
	if err := a.client.SetAccountData(ctx, event.AccountDataDirectChats.Type, direct); err != nil {
		a.log.Warn("recording a direct room failed", "room", room, "err", err)
	}
}

// onMessage turns a message meant for the bot into a bot.Event.
func (a *Adapter) onMessage(ctx context.Context, evt *event.Event) {
	if evt.Sender == a.me || a.tooOld(evt) || evt.Mautrix.EventSource&event.SourceLeave != 0 {
		return
	}
	c := evt.Content.AsMessage()
	direct := a.isDirect(ctx, evt.RoomID)
	me := addressee{ID: a.me, Name: a.displayName(ctx)}
	ev := bot.Event{
		ID: bot.EventID(evt.ID), Platform: bot.Matrix, Kind: bot.MessageEvent, Time: time.UnixMilli(evt.Timestamp),
		User:         bot.User{ID: userOf(evt.Sender), Name: evt.Sender.Localpart()},
		Conversation: bot.Conversation{ID: bot.ConversationID(evt.RoomID), Direct: direct},
	}
	if up, caption, ok := uploadOf(c); ok {
		text, addressed := commandText(me, &event.MessageEventContent{MsgType: event.MsgText, Body: caption, Mentions: c.Mentions}, direct)
		if !addressed && !direct {
			return // a file shared in a room, not given to the bot
		}
		ev.Text = text
		ev.Files = []bot.File{{Name: up.Name, Size: up.Size, Open: a.opener(up)}}
	} else {
		if c.MsgType != event.MsgText && c.MsgType != event.MsgEmote {
			return
		}
		text, ok := commandText(me, c, direct)
		if !ok && a.threadOfBot(ctx, evt.RoomID, threadOf(c.RelatesTo)) {
			// A reply in the thread of the bot's own message is for the bot: the
			// reason for a rejection, written under the approval message.
			text, ok = commandText(me, c, true)
		}
		if !ok {
			return
		}
		ev.Text = text
	}
	switch root := threadOf(c.RelatesTo); {
	case root != "":
		ev.Thread = refOf(evt.RoomID, root)
	case !direct:
		ev.Thread = refOf(evt.RoomID, evt.ID) // the answer opens a thread on the question
	}
	a.handle(ctx, ev)
}

// onReaction turns a reaction on one of the bot's messages into the click of the button
// it stands for.
func (a *Adapter) onReaction(ctx context.Context, evt *event.Event) {
	if evt.Sender == a.me || a.tooOld(evt) || evt.Mautrix.EventSource&event.SourceLeave != 0 {
		return
	}
	target, key, ok := reactionOf(evt.Content.AsReaction())
	if !ok {
		return
	}
	msg, ok := a.sentMessage(ctx, evt.RoomID, target)
	if !ok {
		return
	}
	b, ok := msg.Buttons[key]
	if !ok {
		return
	}
	direct := a.isDirect(ctx, evt.RoomID)
	ev := bot.Event{
		ID: bot.EventID(evt.ID), Platform: bot.Matrix, Kind: bot.ActionEvent, Time: time.UnixMilli(evt.Timestamp),
		User:         bot.User{ID: userOf(evt.Sender), Name: evt.Sender.Localpart()},
		Conversation: bot.Conversation{ID: bot.ConversationID(evt.RoomID), Direct: direct},
		Action:       &bot.Action{ID: bot.ActionID(b.Action), Value: b.Value, Message: refOf(evt.RoomID, target)},
	}
	switch {
	case msg.Thread != "":
		ev.Thread = refOf(evt.RoomID, msg.Thread)
	case !direct:
		ev.Thread = refOf(evt.RoomID, target)
	}
	a.handle(ctx, ev)
}

// sentMessage finds the reaction map of a message of the bot: from memory, or from the
// homeserver (decrypted, in an encrypted room) for a message sent before a restart.
func (a *Adapter) sentMessage(ctx context.Context, room id.RoomID, target id.EventID) (sentMessage, bool) {
	a.mu.Lock()
	msg, ok := a.sent[target]
	_, known := a.noButtons[target]
	a.mu.Unlock()
	if ok || known {
		return msg, ok
	}
	defer func() {
		if len(msg.Buttons) == 0 {
			a.mu.Lock()
			if len(a.noButtons) > maxRemembered {
				clear(a.noButtons)
			}
			a.noButtons[target] = struct{}{}
			a.mu.Unlock()
		}
	}()
	evt, err := a.client.GetEvent(ctx, room, target)
	if err != nil {
		a.log.Warn("reading the message reacted to failed", "room", room, "event", target, "err", err)
		return sentMessage{}, false
	}
	if evt.Sender != a.me {
		return sentMessage{}, false
	}
	if evt.Type == event.EventEncrypted {
		if a.crypto == nil {
			return sentMessage{}, false
		}
		if err := evt.Content.ParseRaw(evt.Type); err != nil {
			return sentMessage{}, false
		}
		evt.RoomID = room
		dec, err := a.crypto.decrypt(ctx, evt)
		if err != nil {
			a.log.Warn("decrypting the message reacted to failed", "room", room, "event", target, "err", err)
			return sentMessage{}, false
		}
		evt = dec
	}
	if evt.Type != event.EventMessage {
		return sentMessage{}, false
	}
	msg.Buttons = buttonsOf(evt.Content.Raw)
	msg.Thread = threadOf(relationOf(evt.Content.Raw))
	if len(msg.Buttons) == 0 {
		return sentMessage{}, false
	}
	a.remember(target, msg)
	return msg, true
}

// isDirect tells whether a room is a direct conversation with the bot: one it was
// invited to as such, or created for a private reply (the bot's m.direct).
func (a *Adapter) isDirect(_ context.Context, room id.RoomID) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	_, ok := a.directRooms[room]
	return ok
}

func (a *Adapter) joinedMembers(ctx context.Context, room id.RoomID) ([]id.UserID, error) {
	a.mu.Lock()
	m, ok := a.members[room]
	a.mu.Unlock()
	if ok {
		return m, nil
	}
	resp, err := a.client.JoinedMembers(ctx, room)
	if err != nil {
		return nil, err
	}
	m = make([]id.UserID, 0, len(resp.Joined))
	for u := range resp.Joined {
		m = append(m, u)
	}
	a.mu.Lock()
	a.members[room] = m
	a.mu.Unlock()
	return m, nil
}

// displayName is the bot's own display name, which clients put in mentions.
func (a *Adapter) displayName(ctx context.Context) string {
	a.mu.Lock()
	name, ok := a.name, a.nameKnown
	a.mu.Unlock()
	if ok {
		return name
	}
	resp, err := a.client.GetOwnDisplayName(ctx)
	if err != nil {
		return ""
	}
	a.mu.Lock()
	a.name, a.nameKnown = resp.DisplayName, true
	a.mu.Unlock()
	return resp.DisplayName
}

// relationOf reads m.relates_to from raw content.
func relationOf(raw map[string]any) *event.RelatesTo {
	v, ok := raw["m.relates_to"]
	if !ok {
		return nil
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	var rel event.RelatesTo
	if json.Unmarshal(data, &rel) != nil {
		return nil
	}
	return &rel
}

// threadOfBot tells whether root, the root of a thread, is a message of the bot.
func (a *Adapter) threadOfBot(ctx context.Context, room id.RoomID, root id.EventID) bool {
	if root == "" {
		return false
	}
	a.mu.Lock()
	_, sent := a.sent[root]
	mine, known := a.roots[root]
	a.mu.Unlock()
	if sent || known {
		return sent || mine
	}
	evt, err := a.client.GetEvent(ctx, room, root)
	if err != nil {
		a.log.Warn("reading a thread's first message failed", "room", room, "event", root, "err", err)
		return false
	}
	mine = evt.Sender == a.me
	a.mu.Lock()
	if len(a.roots) > maxRemembered {
		clear(a.roots)
	}
	a.roots[root] = mine
	a.mu.Unlock()
	return mine
}
