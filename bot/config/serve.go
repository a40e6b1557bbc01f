package config

import (
	"path/filepath"
	"time"
)

// Serve configures `ospobot serve`: its HTTP listener (health, readiness, metrics, and the
// endpoints of adapters in HTTP mode) and its state directory (the control socket, keys).
type Serve struct {
	Listen          string   `yaml:"listen"`           // host:port; 127.0.0.1:8080 by default
	StateDir        string   `yaml:"state_dir"`        // "" for the directory of store.path
	ShutdownTimeout Duration `yaml:"shutdown_timeout"` // to finish work and flush the outbox
	// Loopback mounts the loopback adapter (adapters/loopback) on the listener: events
	// posted over HTTP from this machine, for load tests and smoke checks. Off unless set.
	Loopback bool `yaml:"loopback"`
}

// StateDirFor is where serve keeps its state besides the database: s.StateDir, else the
// directory that holds the database file.
func (s Serve) StateDirFor(store Store) string {
	if s.StateDir != "" {
		return s.StateDir
	}
	return filepath.Dir(store.Path)
}

func defaultServe() Serve {
	return Serve{Listen: "127.0.0.1:8080", ShutdownTimeout: Duration(10 * time.Second)}
}

func (s Serve) validate(ps *Problems) {
	if s.Listen == "" {
		ps.add("serve.listen", 0, "must be host:port, such as 127.0.0.1:8080")
	}
	if s.ShutdownTimeout < Duration(time.Second) {
		ps.add("serve.shutdown_timeout", 0, "must be at least 1s")
	}
}
