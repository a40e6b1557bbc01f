// Package adapters holds one package per chat platform. Each implements bot.Adapter:
// it turns platform traffic into bot.Events for a bot.Handler and renders bot.Replies.
// Adapters import bot and their own SDK, never workflows or each other.
package adapters
