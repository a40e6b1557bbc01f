// Package slackfake is a Slack workspace for tests, built on slack-go's slacktest
// server: the Web API methods the adapter calls (with the endpoints slacktest lacks,
// or answers with fixed data, added), private file downloads, external uploads, a
// slash command's response_url, and a Socket Mode endpoint speaking the envelope
// protocol. It records every call, answers 429, 503 or a Slack error on demand, and
// builds payloads in the shapes Slack documents, signed for HTTP mode or wrapped in
// envelopes for Socket Mode.
//
// It is a package of its own, not a _test file, so that the adapter's tests and serve's
// end-to-end tests drive the same fake. It listens on 127.0.0.1 only, and every wait
// is bounded (Wait) and woken by what it waits for, never by a sleep.
//
// It must not be imported by anything that ships: only _test files use it.
package slackfake
