package config

import (
	"net/url"
	"strconv"
	"strings"
)

// Matrix configures the Matrix adapter. The access token (or password) never comes from
// the file: see OSPOBOT_MATRIX_ACCESS_TOKEN and OSPOBOT_MATRIX_PASSWORD.
type Matrix struct {
	Enabled    bool   `yaml:"enabled"`
	Homeserver string `yaml:"homeserver"`
	UserID     string `yaml:"user_id"`
	// AllowedInviters are the users (@alice:example.org), servers (example.org) and rooms
	// (!room:example.org) whose invitations the bot accepts.
	AllowedInviters []string `yaml:"allowed_inviters"`
	// DeviceName is the name people see in the bot's list of sessions ("ospobot").
	DeviceName string `yaml:"device_name"`
}

func (m Matrix) validate(ps *Problems) {
	if !m.Enabled {
		return
	}
	if m.Homeserver == "" {
		ps.add("matrix.homeserver", 0, "must be the homeserver's address, such as https://matrix.example.org")
	} else if u, err := url.Parse(m.Homeserver); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		ps.add("matrix.homeserver", 0, "%q is not an http(s) address, such as https://matrix.example.org", m.Homeserver)
	}
	if m.UserID == "" {
		ps.add("matrix.user_id", 0, "must be the bot's Matrix ID, such as @ospobot:example.org")
	} else if !strings.HasPrefix(m.UserID, "@") || !strings.Contains(m.UserID, ":") {
		ps.add("matrix.user_id", 0, "%q is not a Matrix ID, such as @ospobot:example.org", m.UserID)
	}
	for i, e := range m.AllowedInviters {
		ok := false
		switch {
		case strings.HasPrefix(e, "@"), strings.HasPrefix(e, "!"):
			ok = strings.Contains(e, ":")
		default:
			ok = e != "" && !strings.ContainsAny(e, " /@!#")
		}
		if !ok {
			ps.add("matrix.allowed_inviters["+strconv.Itoa(i)+"]", 0, "%q is neither a user (@alice:example.org), a server (example.org) nor a room (!room:example.org)", e)
		}
	}
}
