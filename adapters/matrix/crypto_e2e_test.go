//go:build goolm

package matrix_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto/attachment"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
	_ "modernc.org/sqlite"

	"github.com/ospobot/ospobot/bot/config"
)

// encrypting turns a person's client into an encrypting one, as most clients are for
// direct rooms: mautrix's crypto helper over a key store in the test's directory.
func encrypting(p *person) {
	t := p.t
	sqlDB, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "keys.db")+"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	db, err := dbutil.NewWithDB(sqlDB, "sqlite3")
	if err != nil {
		t.Fatal(err)
	}
	helper, err := cryptohelper.NewCryptoHelper(p.c, []byte("a test pickle key"), db)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	if err := helper.Init(ctx); err != nil {
		t.Fatalf("crypto for %s: %v", p.acc.ID, err)
	}
	p.c.Crypto = helper
	t.Cleanup(func() { helper.Close() })
}

// TestApprovalInEncryptedRooms guards encryption: the same request, decision and edit
// as TestApprovalByReaction, with the requester in an encrypted direct room and the
// approvers in an encrypted room. The bot reads what people encrypt, and what it sends
// there is encrypted too.
func TestApprovalInEncryptedRooms(t *testing.T) {
	bob, alice, b, approvals := approvalScene(t, encrypting, encrypting, true)
	botAcc := b.acc
	if !b.adapter.Encrypted() {
		t.Fatal("a build with -tags goolm runs without encryption")
	}
	bob.waitFor("the bot joining the approvals room", func(e *event.Event) bool {
		return e.RoomID == approvals && e.Type == event.StateMember && e.GetStateKey() == string(botAcc.ID) && e.Content.AsMember().Membership == event.MembershipJoin
	})
	dm := alice.room(true, true, botAcc.ID)
	decide(t, b, alice, bob, dm, approvals, nil)

	for _, c := range []struct {
		who  *person
		room id.RoomID
	}{{alice, dm}, {bob, approvals}} {
		if n := c.who.count(func(e *event.Event) bool {
			return e.Sender == botAcc.ID && e.RoomID == c.room && e.Type == event.EventEncrypted
		}); n == 0 {
			t.Errorf("the bot sent nothing encrypted to %s", c.room)
		}
	}
}

// TestUndecryptableMessageIsAnswered guards a message the bot has no key for: it is
// logged and the room is told what to do, instead of silence.
func TestUndecryptableMessageIsAnswered(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", encrypting)
	dm := alice.room(true, true, b.acc.ID)
	sendUnreadable(t, alice, dm)
	note := alice.waitFor("the note about the unreadable message", fromBot(b.acc.ID, dm))
	if !strings.Contains(body(note), "could not decrypt your message") {
		t.Errorf("note = %q", body(note))
	}
}

// TestOutgoingFileInEncryptedRoom guards files in encrypted rooms: the attachment is
// encrypted before upload, and the room's members can decrypt it.
func TestOutgoingFileInEncryptedRoom(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", encrypting)
	dm := alice.room(true, true, b.acc.ID)
	sendFileAndRead(t, b, alice, dm, true)
}

// TestEncryptedUpload guards encrypted attachments: a file uploaded encrypted in an
// encrypted direct room is downloaded, decrypted and scanned.
func TestEncryptedUpload(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	alice := newPerson(t, "alice", encrypting)
	dm := alice.room(true, true, b.acc.ID)
	ef := attachment.NewEncryptedFile()
	cipher := []byte(mitText)
	ef.EncryptInPlace(cipher)
	up, err := alice.c.UploadMedia(alice.ctx(), mautrix.ReqUploadMedia{ContentBytes: cipher, ContentType: "application/octet-stream"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = alice.c.SendMessageEvent(alice.ctx(), dm, event.EventMessage, &event.MessageEventContent{
		MsgType: event.MsgFile, Body: "LICENSE", FileName: "LICENSE",
		File: &event.EncryptedFileInfo{EncryptedFile: *ef, URL: up.ContentURI.CUString()},
		Info: &event.FileInfo{MimeType: "text/plain", Size: len(mitText)},
	})
	if err != nil {
		t.Fatal(err)
	}
	alice.waitFor("the scan of the encrypted upload", func(e *event.Event) bool {
		return fromBot(b.acc.ID, dm)(e) && strings.Contains(body(e), "MIT")
	})
}

// reader is how people who get private replies read them: in this build the bot's
// direct rooms are encrypted, so their clients encrypt too, as real clients do.
var reader = encrypting
