// Package matrix is the Matrix chat platform, on mautrix-go.
//
// It owns the conversation with one homeserver as one bot account: it logs in (keeping
// its device across restarts), syncs, turns what people say to the bot into bot.Events,
// and delivers replies. Messages are commands in a direct room, after the !ospo prefix,
// when they mention the bot, or in the thread of one of the bot's messages. Replies are
// HTML with a plain body, in the question's thread; Matrix has no buttons, so each button
// is shown with its typed command and, for the common ones, as a reaction the bot puts on
// its own message; a person's reaction is the click.
//
// Invariants:
//   - The sync position is written only after every event of a sync response was handed
//     on (state.go); a failed handler makes the response come again. The engine's dedup
//     keys are Matrix event IDs, so a repeat has no second effect.
//   - A sync that comes "limited" (more happened in a room than it returns) is completed
//     from the room's history first (fillGap), so a bot that was down misses nothing.
//   - Events older than the bot's first start, and the bot's own events, are never
//     handled.
//   - Which reaction means which button travels in the message's own content
//     (org.ospobot.buttons), so the adapter needs no store: it never writes the engine's
//     store, and keeps only its device, sync position and keys in its state directory.
//   - Text from people and files is escaped in every message; m.mentions names the
//     addressee only, and "@room" is broken up.
//   - Every call honours M_LIMIT_EXCEEDED (limits.go): Send and Edit report it to the
//     dispatcher as bot.RetryAfter; a room the bot may not post in is bot.Permanent.
//
// Encryption needs olm: built with -tags goolm, mautrix's crypto helper with its pure-Go
// olm keeps keys in SQLite (modernc.org/sqlite, pure Go) in the state directory
// (crypto_goolm.go). Without the tag (crypto_off.go) the adapter runs unencrypted, says
// so at start, and answers encrypted messages with how to get a build that reads them.
//
// It must not import the workflow engine or another adapter; mautrix stays inside this
// package.
package matrix
