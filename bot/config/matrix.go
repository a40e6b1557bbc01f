package config

// Matrix configures the Matrix adapter. The access token (or password) never comes from
// the file: see OSPOBOT_MATRIX_ACCESS_TOKEN and OSPOBOT_MATRIX_PASSWORD.
type Matrix struct {
	Enabled    bool   `yaml:"enabled"`
	Homeserver string `yaml:"homeserver"`
	UserID     string `yaml:"user_id"`
	// AllowedInviters are the users (@alice:example.org), servers (example.org) and rooms
	// (!room:example.org) whose invitations the bot accepts.
	AllowedInviters []string `yaml:"allowed_inviters"`
}

func (m Matrix) validate(ps *Problems) {
	if !m.Enabled {
		return
	}
	if m.Homeserver == "" {
		ps.add("matrix.homeserver", 0, "must be the homeserver's address, such as https://matrix.example.org")
	}
	if m.UserID == "" {
		ps.add("matrix.user_id", 0, "must be the bot's Matrix ID, such as @ospobot:example.org")
	}
}
