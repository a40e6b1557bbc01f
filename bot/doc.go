// Package bot is the platform-neutral model of a chat bot: who speaks (User), where
// (Conversation), what arrives (Event: a message, a click or a file) and what the bot
// says back (Reply: text plus blocks of sections, fields, buttons and context).
//
// It also owns the command grammar: commands are data (CommandSpec), help is generated
// from that table, and the Router turns an Event into a Call for an Executor (the
// workflow engine).
//
// Invariants: bot imports no chat SDK, no store and no workflow. Identifiers are
// distinct types made by adapters and treated as opaque strings here; their stored
// form never changes, because the store keeps them.
package bot
