package main

import (
	"context"
	"errors"

	"github.com/ospobot/ospobot/bot"
)

// buildMatrix makes the Matrix adapter when matrix.enabled is set.
func buildMatrix(_ context.Context, d platformDeps) (bot.Adapter, error) {
	if !d.Config.Matrix.Enabled {
		return nil, nil
	}
	return nil, errors.New("matrix: the adapter is not built yet")
}
