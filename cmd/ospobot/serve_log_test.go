package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// TestServeLoggerRedactsSecrets guards the second line of defence: a secret of the
// environment that reaches a log record anyway (in an error from a library, in a
// message) is replaced, in text and JSON; ordinary values and short ones are kept.
func TestServeLoggerRedactsSecrets(t *testing.T) {
	env := []string{"OSPOBOT_SLACK_BOT_TOKEN=xoxb-123-secret", "OSPOBOT_MATRIX_PASSWORD=hunter2hunter2", "OSPOBOT_GITHUB_TOKEN=short", "HOME=/home/ana-not-secret"}
	for _, format := range []string{"text", "json"} {
		cfg := config.Default()
		cfg.Log.Format = format
		var buf bytes.Buffer
		log := newServeLogger(cfg, &buf, env)
		err := fmt.Errorf("auth.test: %w", errors.New("invalid token xoxb-123-secret"))
		log.Error("slack failed with xoxb-123-secret", "err", err, "password", "hunter2hunter2", "home", "/home/ana-not-secret", "word", "short")
		out := buf.String()
		if strings.Contains(out, "xoxb-123-secret") || strings.Contains(out, "hunter2hunter2") {
			t.Errorf("%s: a secret is logged: %s", format, out)
		}
		if strings.Count(out, "[redacted]") != 3 || !strings.Contains(out, "/home/ana-not-secret") || !strings.Contains(out, "short") {
			t.Errorf("%s: %s", format, out)
		}
	}
}
