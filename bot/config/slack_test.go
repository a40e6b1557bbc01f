package config

import (
	"strings"
	"testing"
)

// TestSlackSection guards what the Slack section accepts: the two modes, and an API URL
// the bot token may be sent to (https, or http on this machine for a test server).
func TestSlackSection(t *testing.T) {
	cases := []struct{ src, want string }{
		{"slack:\n  mode: websocket\n", `slack.mode: must be socket or http, not "websocket"`},
		{"slack:\n  api_url: slack.com/api\n", `slack.api_url: must be an http(s) URL`},
		{"slack:\n  api_url: http://slack.example.com/api/\n", `slack.api_url: must use https`},
		{"slack:\n  api_url: https://slack.example.com/api\n", `slack.api_url: must end with "/"`},
		{"slack:\n  api_url: https://u:p@slack.example.com/api/\n", `slack.api_url: must be a plain URL`},
	}
	for _, c := range cases {
		_, err := Parse("c.yaml", []byte(c.src), env(nil))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.src, err, c.want)
		}
	}
	for _, ok := range []string{
		"slack:\n  enabled: true\n  mode: http\n  api_url: https://acme.enterprise.slack.com/api/\n",
		"slack:\n  mode: socket\n  api_url: http://127.0.0.1:8099/\n",
	} {
		if _, err := Parse("c.yaml", []byte(ok), env(nil)); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
}
