package main

import (
	"context"
	"fmt"

	"github.com/ospobot/ospobot/adapters/slack"
	"github.com/ospobot/ospobot/bot"
)

// The environment variables the Slack adapter's secrets come from; never the file.
const (
	envSlackBotToken      = "OSPOBOT_SLACK_BOT_TOKEN"
	envSlackAppToken      = "OSPOBOT_SLACK_APP_TOKEN"
	envSlackSigningSecret = "OSPOBOT_SLACK_SIGNING_SECRET"
)

// buildSlack makes the Slack adapter when slack.enabled is set. A secret the mode needs
// and the environment lacks is an error that names the variable.
func buildSlack(_ context.Context, d platformDeps) (bot.Adapter, error) {
	c := d.Config.Slack
	if !c.Enabled {
		return nil, nil
	}
	opts := slack.Options{Mode: c.Mode, APIURL: c.APIURL, Log: d.Log,
		BotToken: d.Getenv(envSlackBotToken), GroupChanged: d.ForgetGroup}
	need := []string{envSlackBotToken}
	switch c.Mode {
	case slack.ModeHTTP:
		opts.SigningSecret = d.Getenv(envSlackSigningSecret)
		need = append(need, envSlackSigningSecret)
	default:
		opts.AppToken = d.Getenv(envSlackAppToken)
		need = append(need, envSlackAppToken)
	}
	var missing []string
	for _, k := range need {
		if d.Getenv(k) == "" {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("slack (mode %s): set %s in the environment; docs/slack.md says where to find each", c.Mode, bot.JoinAnd(missing))
	}
	a, err := slack.New(opts)
	if err != nil {
		return nil, err
	}
	return a, nil
}
