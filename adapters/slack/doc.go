// Package slack is ospobot on Slack, built with github.com/slack-go/slack.
//
// It owns the translation both ways: Slack's payloads (Events API, interactivity, the
// /ospo slash command) become bot.Events, and bot.Replies become Block Kit messages,
// modals and the App Home tab. It reaches Slack in one of two modes: Socket Mode (the
// default; the bot dials out, no public URL) or HTTP (Slack posts to serve's listener
// through Mount).
//
// Invariants:
//   - Every HTTP request is verified with the signing secret before anything is read
//     from it; a refused request gets 401 and its body is never logged.
//   - Slack is acknowledged at once (within its three seconds) and the work is done
//     after, on a worker per conversation so that one conversation stays in order. Only a
//     form submission is handled before its acknowledgement, which carries its errors.
//   - Redeliveries have one effect: every event gets a stable bot.EventID (a message by
//     channel and timestamp, an upload by its file, a click by its trigger and time), and
//     the engine ignores a key it has seen.
//   - Everything sent is escaped for mrkdwn, so a licence name like <!channel> in an SBOM
//     pings nobody; within Slack's limits (50 blocks, 3,000 characters a section), with a
//     "More" button past them.
//   - A 429 is honoured everywhere: Send and Edit report bot.RetryAfter to the dispatcher,
//     other calls wait Retry-After themselves. Answers that no retry can fix are
//     bot.Permanent.
//   - The bot ignores its own messages and other bots'.
//   - A user group's change announced by Slack drops its cached members, here and, through
//     Options.GroupChanged, in the engine, before the announcement is acknowledged.
//   - The rest of a private answer past the block limit stays private to its reader.
//
// slackfake, next to it, is a fake Slack on slacktest for tests (the adapter's and
// serve's), never imported by what ships.
//
// It must not write the store or import the engine: state changes happen in the
// Handler it is given, which only commits, so handling never holds an acknowledgement
// back for long.
package slack
