// Package workflows is the engine: it applies each bot.Call in one bbolt transaction
// that records the event's dedup key, changes state and leaves the replies in the
// outbox; the dispatcher then hands the outbox to the adapters.
//
// Invariants:
//   - One transaction per call: state, audit and outgoing messages commit together.
//   - A replayed event (same platform and EventID) has no second effect.
//   - Messages leave only through the outbox; an entry stays there until an adapter
//     confirms delivery, so a crash between commit and send resends, never loses.
//   - bbolt is imported only by store.go and schema.go; everything else sees Tx.
//
// workflows imports bot, never an adapter.
package workflows
