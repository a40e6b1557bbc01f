package main

import (
	"context"
	"errors"
	"path/filepath"

	"github.com/ospobot/ospobot/adapters/matrix"
	"github.com/ospobot/ospobot/bot"
)

// buildMatrix makes the Matrix adapter when matrix.enabled is set. Its secret comes from
// the environment only: OSPOBOT_MATRIX_ACCESS_TOKEN, or OSPOBOT_MATRIX_PASSWORD for a
// bot that logs in (and keeps its device across restarts).
func buildMatrix(_ context.Context, d platformDeps) (bot.Adapter, error) {
	m := d.Config.Matrix
	if !m.Enabled {
		return nil, nil
	}
	token, password := d.Getenv("OSPOBOT_MATRIX_ACCESS_TOKEN"), d.Getenv("OSPOBOT_MATRIX_PASSWORD")
	if token == "" && password == "" {
		return nil, errors.New("matrix: set OSPOBOT_MATRIX_ACCESS_TOKEN (or OSPOBOT_MATRIX_PASSWORD) in the environment; secrets never go in the config file")
	}
	if d.StateDir == "" {
		return nil, errors.New("matrix: serve has no state directory for the bot's device and keys")
	}
	return matrix.New(matrix.Options{
		Homeserver: m.Homeserver, UserID: m.UserID, AccessToken: token, Password: password,
		StateDir: filepath.Join(d.StateDir, "matrix"), AllowedInviters: m.AllowedInviters,
		MaxFile: int64(d.Config.Limits.MaxInput), DeviceName: m.DeviceName, Log: d.Log,
	})
}
