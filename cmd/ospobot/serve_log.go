package main

import (
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"

	"github.com/ospobot/ospobot/bot/config"
)

// secretEnv tells whether an environment variable holds a secret by its name: ospobot's
// own tokens, signing secrets and passwords, and those a configuration names with ${…}.
func secretEnv(name string) bool {
	name = strings.ToUpper(name)
	for _, w := range []string{"TOKEN", "SECRET", "PASSWORD", "KEY"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// secretsOf lists the values of the secret variables in environ (KEY=VALUE), longest
// first, so that one secret inside another is hidden whole. Values too short to be
// secrets are left out: they would hide ordinary words.
func secretsOf(environ []string) []string {
	var out []string
	for _, kv := range environ {
		k, v, _ := strings.Cut(kv, "=")
		if secretEnv(k) && len(v) >= 8 {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// newServeLogger is serve's logger: newLogger's format and level, and, as a second
// line of defence after never logging them, every secret of the environment replaced
// by "[redacted]" wherever it would appear (an error a platform's library returns may
// quote a token).
func newServeLogger(cfg config.Config, w io.Writer, environ []string) *slog.Logger {
	secrets := secretsOf(environ)
	lv, _ := cfg.Log.SlogLevel()
	opts := &slog.HandlerOptions{Level: lv, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if len(secrets) == 0 {
			return a
		}
		var s string
		switch v := a.Value.Any().(type) {
		case string:
			s = v
		case error:
			s = v.Error()
		case fmt.Stringer:
			s = v.String()
		default:
			return a
		}
		clean := s
		for _, sec := range secrets {
			clean = strings.ReplaceAll(clean, sec, "[redacted]")
		}
		if clean != s {
			a.Value = slog.StringValue(clean)
		}
		return a
	}}
	if cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
