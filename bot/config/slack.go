package config

import (
	"net/url"
	"strings"
)

// Slack configures the Slack adapter. Its secrets never come from the file: see the
// environment variables OSPOBOT_SLACK_BOT_TOKEN, OSPOBOT_SLACK_APP_TOKEN and
// OSPOBOT_SLACK_SIGNING_SECRET.
type Slack struct {
	Enabled bool   `yaml:"enabled"`
	Mode    string `yaml:"mode"`    // socket (default) or http
	APIURL  string `yaml:"api_url"` // https://slack.com/api/ by default
}

func defaultSlack() Slack {
	return Slack{Mode: "socket", APIURL: "https://slack.com/api/"}
}

func (s Slack) validate(ps *Problems) {
	switch s.Mode {
	case "socket", "http":
	default:
		ps.add("slack.mode", 0, "must be socket or http, not %q", s.Mode)
	}
	if s.APIURL != "" {
		u, err := url.Parse(s.APIURL)
		switch {
		case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
			ps.add("slack.api_url", 0, "must be an http(s) URL such as https://slack.com/api/, not %q", s.APIURL)
		case u.RawQuery != "" || u.Fragment != "" || u.User != nil:
			ps.add("slack.api_url", 0, "must be a plain URL without query, fragment or credentials")
		case u.Scheme == "http" && !isLoopback(u.Hostname()):
			// The bot token goes with every call.
			ps.add("slack.api_url", 0, "must use https (http only on this machine, for tests)")
		case !strings.HasSuffix(u.Path, "/"):
			ps.add("slack.api_url", 0, "must end with \"/\" (https://slack.com/api/): method names are appended to it")
		}
	}
}

func isLoopback(host string) bool {
	return host == "localhost" || host == "127.0.0.1" || host == "::1"
}
