//go:build goolm

package matrix

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix/crypto"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	// The key store is SQLite through modernc.org/sqlite, which is pure Go: the binary
	// stays static (CGO_ENABLED=0) and needs no C toolchain, like goolm itself.
	_ "modernc.org/sqlite"
)

// adviceNoKeys is said when the bot has no key for a message.
const adviceNoKeys = "I could not decrypt your message: your client did not share its key with my device. " +
	"Make sure your client sends keys to unverified devices (or verify my device, as the OSPO's admin describes), then send the message again."

// olm is mautrix's crypto helper over a key store in the state directory.
type olm struct {
	helper *cryptohelper.CryptoHelper
	db     *dbutil.Database
}

// setupCrypto opens the key store (matrix-crypto.db, its secrets sealed with the pickle
// key in matrix-pickle.key) and starts mautrix's crypto helper: incoming messages are
// decrypted before the syncer sees them, and messages to encrypted rooms are encrypted.
func setupCrypto(ctx context.Context, a *Adapter) (crypter, error) {
	key, err := pickleKey(a.opts.StateDir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(a.opts.StateDir, "matrix-crypto.db")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)&_txlock=immediate"
	sqlDB, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open key store %s: %w", path, err)
	}
	db, err := dbutil.NewWithDB(sqlDB, "sqlite3")
	if err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("open key store %s: %w", path, err)
	}
	helper, err := cryptohelper.NewCryptoHelper(a.client, key, db)
	if err != nil {
		db.Close()
		return nil, err
	}
	helper.DecryptErrorCallback = func(evt *event.Event, err error) {
		a.unreadable(ctx, evt, err, adviceNoKeys)
	}
	if err := helper.Init(ctx); err != nil {
		db.Close()
		return nil, err
	}
	a.client.Crypto = helper
	return &olm{helper: helper, db: db}, nil
}

func (o *olm) decrypt(ctx context.Context, evt *event.Event) (*event.Event, error) {
	return o.helper.Decrypt(ctx, evt)
}

func (o *olm) sessionDropped(err error) bool { return errors.Is(err, crypto.ErrNoGroupSession) }

func (o *olm) identity() (id.DeviceID, id.Ed25519) {
	ident := o.helper.Machine().OwnIdentity()
	return ident.DeviceID, ident.SigningKey
}

func (o *olm) close() error { return o.helper.Close() }

// pickleKey is the key that seals the secrets in the key store, made on first use and
// readable by the bot's user only.
func pickleKey(dir string) ([]byte, error) {
	path := filepath.Join(dir, "matrix-pickle.key")
	data, err := os.ReadFile(path)
	if err == nil {
		key, err := hex.DecodeString(strings.TrimSpace(string(data)))
		if err != nil || len(key) < 16 {
			return nil, fmt.Errorf("pickle key %s is damaged; without it the keys in matrix-crypto.db cannot be read", path)
		}
		return key, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("read pickle key: %w", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "matrix-crypto.db")); err == nil {
		return nil, fmt.Errorf("pickle key %s is missing but the key store exists: restore the key, or remove matrix-crypto.db and the device's sessions to start over", path)
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(key)+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("write pickle key: %w", err)
	}
	return key, nil
}
