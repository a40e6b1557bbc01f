//go:build !goolm

package matrix

import (
	"context"
	"errors"

	"maunium.net/go/mautrix/event"
)

// adviceNoCrypto is said by a build without encryption.
const adviceNoCrypto = "I cannot read encrypted messages: this ospobot was built without encryption. " +
	"Ask its admin to build it with `-tags goolm`, or write to me in a room without encryption."

// setupCrypto, in a build without olm, leaves encryption off: encrypted messages are
// answered with how to get a build that reads them.
func setupCrypto(ctx context.Context, a *Adapter) (crypter, error) {
	a.syncer.OnEventType(event.EventEncrypted, func(ctx context.Context, evt *event.Event) {
		a.unreadable(ctx, evt, errors.New("built without encryption"), adviceNoCrypto)
	})
	return nil, nil
}
