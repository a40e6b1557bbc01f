//go:build !goolm

package matrix_test

import (
	"strings"
	"testing"

	"maunium.net/go/mautrix/event"

	"github.com/ospobot/ospobot/bot/config"
)

// TestEncryptedMessageWithoutOlm guards the build without -tags goolm: it runs with
// encryption off, and an encrypted message is answered with how to get a build that
// reads it.
func TestEncryptedMessageWithoutOlm(t *testing.T) {
	b := newBot(t, config.Default())
	b.start()
	if b.adapter.Encrypted() {
		t.Fatal("a build without olm claims encryption")
	}
	if !b.log.logged("encryption is off") {
		t.Error("the start-up log does not say that encryption is off")
	}
	alice := newPerson(t, "alice", nil)
	dm := alice.room(true, true, b.acc.ID)
	sendUnreadable(t, alice, dm)
	note := alice.waitFor("the note about encryption", fromBot(b.acc.ID, dm))
	if !strings.Contains(body(note), "-tags goolm") {
		t.Errorf("note = %q", body(note))
	}
	if note.Type != event.EventMessage {
		t.Errorf("note type = %s", note.Type.Type)
	}
}

// reader is how people who get private replies read them: in this build the bot's
// direct rooms are not encrypted.
var reader func(*person)
