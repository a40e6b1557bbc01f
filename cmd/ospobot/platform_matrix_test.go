package main

import (
	"context"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// TestBuildMatrix guards how serve makes the Matrix adapter: not at all unless enabled;
// never without a secret from the environment (with an error that names the variables);
// and with one, an adapter for the Matrix platform keeping its state under serve's
// state directory.
func TestBuildMatrix(t *testing.T) {
	cfg := config.Default()
	env := map[string]string{}
	deps := platformDeps{Config: cfg, Getenv: func(k string) string { return env[k] }, StateDir: t.TempDir()}
	if a, err := buildMatrix(context.Background(), deps); a != nil || err != nil {
		t.Fatalf("disabled: %v, %v", a, err)
	}
	deps.Config.Matrix = config.Matrix{Enabled: true, Homeserver: "https://matrix.example.org", UserID: "@ospobot:example.org"}
	_, err := buildMatrix(context.Background(), deps)
	if err == nil || !strings.Contains(err.Error(), "OSPOBOT_MATRIX_ACCESS_TOKEN") || !strings.Contains(err.Error(), "OSPOBOT_MATRIX_PASSWORD") {
		t.Fatalf("without a secret: %v", err)
	}
	env["OSPOBOT_MATRIX_PASSWORD"] = "hunter2-but-longer"
	a, err := buildMatrix(context.Background(), deps)
	if err != nil {
		t.Fatal(err)
	}
	if a.Platform() != bot.Matrix || a.Capabilities().Buttons || !a.Capabilities().Reactions || !a.Capabilities().Edits {
		t.Errorf("adapter %v with %+v", a.Platform(), a.Capabilities())
	}
	if _, ok := a.(bot.GroupResolver); !ok {
		t.Error("the Matrix adapter resolves no groups")
	}
	deps.Config.Matrix.AllowedInviters = []string{"@bob"}
	if _, err := buildMatrix(context.Background(), deps); err == nil {
		t.Error("a malformed allowed inviter was accepted")
	}
}
