//go:build goolm

package matrix

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// droppingCrypto encrypts like a room whose group session is dropped, by a member joining
// or leaving, while it is shared: the first drops calls fail as mautrix's crypto helper
// then fails, the rest succeed. It stands in for the race alone, which a homeserver
// cannot be made to produce on cue; TestOutgoingFileInEncryptedRoom runs the real one.
type droppingCrypto struct {
	drops int32
	calls atomic.Int32
}

func (c *droppingCrypto) Encrypt(context.Context, id.RoomID, event.Type, any) (*event.EncryptedEventContent, error) {
	if c.calls.Add(1) <= c.drops {
		return nil, fmt.Errorf("failed to encrypt event after re-sharing group session: %w", crypto.ErrNoGroupSession)
	}
	return &event.EncryptedEventContent{Algorithm: id.AlgorithmMegolmV1, MegolmCiphertext: []byte("ciphertext")}, nil
}
func (*droppingCrypto) Decrypt(context.Context, *event.Event) (*event.Event, error) { return nil, nil }
func (*droppingCrypto) WaitForSession(context.Context, id.RoomID, id.SenderKey, id.SessionID, time.Duration) bool {
	return false
}
func (*droppingCrypto) RequestSession(context.Context, id.RoomID, id.SenderKey, id.SessionID, id.UserID, id.DeviceID) {
}
func (*droppingCrypto) Init(context.Context) error { return nil }

// TestSendAgainWhenTheSessionWasDropped: a message whose encryption failed because the
// room's group session was dropped meanwhile is sent again at once (it never left), and
// only while the failure is that one and the attempts last.
func TestSendAgainWhenTheSessionWasDropped(t *testing.T) {
	const room = id.RoomID("!r:localhost")
	for _, c := range []struct {
		drops     int32
		wantSent  int32
		wantError bool
	}{
		{drops: 0, wantSent: 1},
		{drops: 1, wantSent: 1},
		{drops: sendAttempts - 1, wantSent: 1},
		{drops: sendAttempts, wantSent: 0, wantError: true},
	} {
		var sent atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodPut || !strings.Contains(r.URL.Path, "/rooms/"+string(room)+"/send/m.room.encrypted/") {
				http.Error(w, `{"errcode":"M_UNRECOGNIZED"}`, http.StatusNotFound)
				return
			}
			sent.Add(1)
			io.WriteString(w, `{"event_id":"$e"}`)
		}))
		cli, err := mautrix.NewClient(srv.URL, "@bot:localhost", "token")
		if err != nil {
			t.Fatal(err)
		}
		cli.StateStore = mautrix.NewMemoryStateStore()
		if err := cli.StateStore.SetEncryptionEvent(context.Background(), room, &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}); err != nil {
			t.Fatal(err)
		}
		dc := &droppingCrypto{drops: c.drops}
		cli.Crypto = dc
		a := &Adapter{client: cli, crypto: &olm{}, log: slog.New(slog.DiscardHandler)}
		_, err = a.sendMessage(context.Background(), room, &event.MessageEventContent{MsgType: event.MsgText, Body: "hello"})
		srv.Close()
		if (err != nil) != c.wantError || sent.Load() != c.wantSent {
			t.Errorf("%d drops: err %v, %d sent; want error %v, %d sent", c.drops, err, sent.Load(), c.wantError, c.wantSent)
		}
		if want := min(c.drops+1, sendAttempts); dc.calls.Load() != want {
			t.Errorf("%d drops: encrypted %d times, want %d", c.drops, dc.calls.Load(), want)
		}
	}
}
