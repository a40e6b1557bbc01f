// Package workflows is the engine: it applies each bot.Call in one bbolt transaction
// that records the event's dedup key, changes state (licence questions, approval
// requests, schedules), appends to the audit chain and leaves the replies in the outbox;
// the dispatcher then hands the outbox to the adapters.
//
// Invariants:
//   - One transaction per call: state, audit and outgoing messages commit together.
//     Concurrent calls share transactions (group commit) but never each other's fate:
//     a failing call is taken out and retried alone.
//   - A replayed event (same platform and EventID) has no second effect.
//   - Messages leave only through the outbox; an entry stays there until an adapter
//     confirms delivery, so a crash between commit and send resends, never loses. One
//     that fails every attempt, or that the platform says can never be delivered, is
//     kept and reported until an operator puts it back. Execute never waits for a
//     platform with AsyncDelivery: the dispatcher's Run delivers.
//   - Every button has a typed equivalent (buttons.go), and one rule, in the message's
//     own transaction, decides whether a typed message answers a question the bot asked
//     (answering).
//   - The audit chain is append-only; each record holds the hash of the one before.
//   - Who may decide is decided here, from config groups and delegations; nobody
//     decides their own request. A request is seen by its requester, by approvers, and
//     by the delegates of its own approvers; by nobody else (canSee, in readmodel.go,
//     which chat replies and other surfaces read through).
//   - A request's state changes only as the transitions table in states.go allows
//     (Request.move); commands consult it to word their refusals (ErrWrongState).
//   - Every bucket is declared once, in buckets.go, with the one encoding of its
//     records and the version they are written at; records are read and written only
//     through those descriptors. A record written by a newer ospobot is refused, not
//     misread.
//   - bbolt is imported only by the store's files (store.go, store_check.go, tx.go and
//     schema.go); everything else sees Tx and the bucket descriptors.
//
// workflows imports bot, never an adapter; code hosts are reached through the
// LicenseFetcher interface (fetch.go: `license URL`, and questions that name a
// repository), and for project-health scans through CodeHost. A scan reads
// outside any transaction and records what it found in one; the projects it could not
// read keep their last good findings.
//
// Scanning a path or an upload and resolving its Go modules is one function,
// Scanner.Scan (scanner.go), which the command line calls too. The licence library it
// uses, workflows/license, knows nothing of the bot: the configured policy reaches it
// as plain rules through LicensePolicy (policy.go).
package workflows
