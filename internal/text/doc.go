// Package text holds the helpers that make outside text safe and short to show (escape,
// clip, printable) and that write numbers and lists for people. It imports only the
// standard library, so that both the bot's model and the licence library, which must
// not depend on the bot, can use the same rules: one definition of "safe to print".
package text
