package config

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
}
