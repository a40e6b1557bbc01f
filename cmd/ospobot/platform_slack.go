package main

import (
	"context"
	"errors"

	"github.com/ospobot/ospobot/bot"
)

// buildSlack makes the Slack adapter when slack.enabled is set.
func buildSlack(_ context.Context, d platformDeps) (bot.Adapter, error) {
	if !d.Config.Slack.Enabled {
		return nil, nil
	}
	return nil, errors.New("slack: the adapter is not built yet")
}
