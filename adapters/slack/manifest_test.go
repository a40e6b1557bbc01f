package slack

import (
	"net/url"
	"os"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"
)

// manifest is the part of a Slack app manifest the adapter depends on.
type manifest struct {
	Features struct {
		AppHome struct {
			HomeTab     bool `yaml:"home_tab_enabled"`
			MessagesTab bool `yaml:"messages_tab_enabled"`
			ReadOnly    bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		SlashCommands []struct {
			Command string `yaml:"command"`
			URL     string `yaml:"url"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuth struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		Events struct {
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			Enabled    bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
		SocketMode bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// TestManifests guards the app manifests in deploy/: they ask for exactly the scopes
// and events the adapter uses (a missing one breaks a feature, an extra one asks
// workspace admins for more than the bot needs), the /ospo command, interactivity, the
// App Home tab and direct messages, and in HTTP mode the paths Mount serves.
func TestManifests(t *testing.T) {
	for file, socket := range map[string]bool{"../../deploy/slack-manifest.yaml": true, "../../deploy/slack-manifest-http.yaml": false} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var m manifest
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if got := slices.Sorted(slices.Values(m.OAuth.Scopes.Bot)); !slices.Equal(got, slices.Sorted(slices.Values(BotScopes))) {
			t.Errorf("%s: scopes %v, want %v", file, got, BotScopes)
		}
		if got := slices.Sorted(slices.Values(m.Settings.Events.BotEvents)); !slices.Equal(got, slices.Sorted(slices.Values(BotEvents))) {
			t.Errorf("%s: events %v, want %v", file, got, BotEvents)
		}
		if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != Command {
			t.Errorf("%s: slash commands %+v", file, m.Features.SlashCommands)
		}
		if !m.Settings.Interactivity.Enabled || !m.Features.AppHome.HomeTab || !m.Features.AppHome.MessagesTab || m.Features.AppHome.ReadOnly {
			t.Errorf("%s: interactivity, the home tab and writable direct messages must be on", file)
		}
		if m.Settings.SocketMode != socket {
			t.Errorf("%s: socket_mode_enabled %v", file, m.Settings.SocketMode)
		}
		if socket {
			continue
		}
		for want, got := range map[string]string{PathEvents: m.Settings.Events.RequestURL, PathInteractive: m.Settings.Interactivity.RequestURL, PathCommands: m.Features.SlashCommands[0].URL} {
			u, err := url.Parse(got)
			if err != nil || u.Scheme != "https" || u.Path != want {
				t.Errorf("%s: URL %q, want https://…%s", file, got, want)
			}
		}
	}
}
