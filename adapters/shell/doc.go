// Package shell is the terminal adapter: a chat on standard input and output.
//
// Piped, one line is one message and replies go to standard output, so scripts and
// tests can drive the bot. Lines that start with "/" are the shell's own commands:
// /paste (a multi-line message ended by a line holding only "."), /upload PATH,
// /as USER, /click N, /help and /quit. Buttons are shown as numbered choices that stay
// valid for the whole session.
//
// The shell never writes the store; it only feeds its Handler and prints what the
// dispatcher gives it.
package shell
