package main

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// TestBuildSlack guards serve's Slack start-up: nothing when slack is off; each mode
// names the environment variables it lacks (and only those); with them, an adapter that
// can mount HTTP endpoints, edit, open forms and resolve groups.
func TestBuildSlack(t *testing.T) {
	deps := func(mode string, env map[string]string) platformDeps {
		cfg := config.Default()
		cfg.Slack.Enabled, cfg.Slack.Mode = mode != "", mode
		return platformDeps{Config: cfg, Getenv: func(k string) string { return env[k] }, Log: slog.New(slog.DiscardHandler)}
	}
	if a, err := buildSlack(context.Background(), deps("", nil)); a != nil || err != nil {
		t.Errorf("slack off: %v %v", a, err)
	}
	_, err := buildSlack(context.Background(), deps("socket", map[string]string{envSlackSigningSecret: "s"}))
	if err == nil || !strings.Contains(err.Error(), "OSPOBOT_SLACK_BOT_TOKEN and OSPOBOT_SLACK_APP_TOKEN") {
		t.Errorf("socket without tokens: %v", err)
	}
	_, err = buildSlack(context.Background(), deps("http", map[string]string{envSlackBotToken: "xoxb-1"}))
	if err == nil || !strings.Contains(err.Error(), "OSPOBOT_SLACK_SIGNING_SECRET") || strings.Contains(err.Error(), "APP_TOKEN") {
		t.Errorf("http without the signing secret: %v", err)
	}
	a, err := buildSlack(context.Background(), deps("http", map[string]string{envSlackBotToken: "xoxb-1", envSlackSigningSecret: "s"}))
	if err != nil {
		t.Fatal(err)
	}
	if a.Platform() != bot.Slack {
		t.Errorf("platform %s", a.Platform())
	}
	_, mounts := a.(bot.HTTPMounter)
	_, edits := a.(bot.Editor)
	_, forms := a.(bot.FormOpener)
	_, groups := a.(bot.GroupResolver)
	_, status := a.(bot.StatusReporter)
	if !mounts || !edits || !forms || !groups || !status {
		t.Errorf("missing capabilities: mount %v edit %v forms %v groups %v status %v", mounts, edits, forms, groups, status)
	}
}
