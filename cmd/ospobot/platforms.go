package main

import (
	"context"
	"log/slog"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// platformDeps is what building a chat adapter may use: the configuration, the
// environment (secrets come only from there), a logger and serve's state directory.
type platformDeps struct {
	Config   config.Config
	Getenv   func(string) string
	Log      *slog.Logger
	StateDir string
	// ForgetGroup drops the engine's cached members of a platform group ("slack:S…",
	// "matrix:!room"), for an adapter whose platform announces that they changed.
	ForgetGroup func(group bot.UserID)
}

// platform builds one chat adapter for serve; build returns nil, nil when the platform
// is not configured.
type platform struct {
	name  string
	build func(ctx context.Context, d platformDeps) (bot.Adapter, error)
}

// platforms are the chat platforms serve can run, each in its own file.
func platforms() []platform {
	return []platform{
		{"slack", buildSlack},
		{"matrix", buildMatrix},
	}
}
