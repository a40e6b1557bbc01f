package matrix

import (
	"context"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// crypter is end-to-end encryption, where the build has it (crypto_goolm.go). Without
// it (crypto_off.go) the adapter runs unencrypted and says so.
type crypter interface {
	decrypt(ctx context.Context, evt *event.Event) (*event.Event, error)
	identity() (device id.DeviceID, ed25519 id.Ed25519)
	// sessionDropped tells whether err is a message that could not be encrypted because
	// the room's group session was dropped while it was being shared, as happens when a
	// member joins or leaves at that moment: nothing was sent, so sending again is safe.
	sessionDropped(err error) bool
	close() error
}

// sendAttempts bounds how often one message is sent again after its room's group session
// was dropped while it was being encrypted.
const sendAttempts = 3

// sendMessage sends content to room, again when encrypting it failed because the room's
// group session was dropped meanwhile (crypter.sessionDropped): the message never left,
// and waiting for the dispatcher's back-off would only delay it.
func (a *Adapter) sendMessage(ctx context.Context, room id.RoomID, content any) (*mautrix.RespSendEvent, error) {
	resp, err := a.client.SendMessageEvent(ctx, room, event.EventMessage, content)
	for i := 1; i < sendAttempts && err != nil && a.crypto != nil && a.crypto.sessionDropped(err) && ctx.Err() == nil; i++ {
		a.log.Info("the room's encryption session changed while a message was encrypted; sending it again", "room", room, "err", err)
		resp, err = a.client.SendMessageEvent(ctx, room, event.EventMessage, content)
	}
	return resp, err
}

// noticeEvery bounds how often one room is told that a message could not be read.
const noticeEvery = 10 * time.Minute

// unreadable handles an encrypted message the bot cannot read: it logs it (never its
// content, which it has not got anyway) and tells the room what to do, at most once
// every ten minutes per room and reason.
func (a *Adapter) unreadable(ctx context.Context, evt *event.Event, reason error, advice string) {
	if evt.Sender == a.me || a.tooOld(evt) {
		return
	}
	a.log.Warn("an encrypted message could not be read", "room", evt.RoomID, "event", evt.ID, "sender", evt.Sender, "err", reason)
	key := string(evt.RoomID) + "|" + advice
	a.mu.Lock()
	last, seen := a.warned[key]
	now := time.Now()
	if seen && now.Sub(last) < noticeEvery {
		a.mu.Unlock()
		return
	}
	a.warned[key] = now
	a.mu.Unlock()
	content := &event.MessageEventContent{
		MsgType: event.MsgNotice, Body: advice, Format: event.FormatHTML, FormattedBody: toHTML(advice),
		Mentions: &event.Mentions{UserIDs: []id.UserID{evt.Sender}},
	}
	if _, err := a.sendMessage(ctx, evt.RoomID, content); err != nil {
		a.log.Warn("telling the room about an unreadable message failed", "room", evt.RoomID, "err", err)
	}
}
