package matrix

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"maunium.net/go/mautrix/id"
)

// persisted is what the adapter keeps in its state directory between runs. It holds no
// secret: the access token stays in the environment.
type persisted struct {
	UserID    id.UserID   `json:"user_id"`
	DeviceID  id.DeviceID `json:"device_id"`
	FilterID  string      `json:"filter_id,omitempty"`
	FilterFor string      `json:"filter_for,omitempty"` // the filter's definition, so that a changed one is made again
	NextBatch string      `json:"next_batch,omitempty"`
	// FirstStart is when the bot first synced: events older than it were sent before
	// the bot existed and are never answered.
	FirstStart time.Time `json:"first_start"`
}

// state is the adapter's file in the state directory. It serves mautrix as its sync
// store, with one difference that matters: mautrix saves the next sync token before it
// processes a response, so a crash in the middle would lose the rest of that response.
// Here SaveNextBatch only notes the token; commit writes it once every event of the
// response has been handed on. A crash before commit replays the response, and the
// engine's dedup keys (the Matrix event IDs) make that replay a no-op.
type state struct {
	path string

	mu      sync.Mutex
	data    persisted
	pending string // the token of the response being processed
	filter  string // the definition of the filter this version syncs with
}

func openState(dir string) (*state, error) {
	if dir == "" {
		return nil, errors.New("matrix needs a state directory for its device ID and sync position")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create matrix state directory: %w", err)
	}
	s := &state{path: filepath.Join(dir, "matrix-state.json")}
	data, err := os.ReadFile(s.path)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("read matrix state: %w", err)
	default:
		if err := json.Unmarshal(data, &s.data); err != nil {
			return nil, fmt.Errorf("read matrix state %s: %w", s.path, err)
		}
	}
	return s, nil
}

func (s *state) get() persisted {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data
}

// update changes the state and writes it at once, atomically (a temporary file renamed
// over the old one), so that a crash leaves the old state or the new, never half.
func (s *state) update(fn func(p *persisted)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := s.data
	fn(&next)
	data, err := json.MarshalIndent(next, "", "  ")
	if err != nil {
		return fmt.Errorf("encode matrix state: %w", err)
	}
	tmp := s.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return fmt.Errorf("write matrix state: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write matrix state: %w", err)
	}
	s.data = next
	return nil
}

// SaveFilterID implements mautrix.SyncStore.
func (s *state) SaveFilterID(_ context.Context, _ id.UserID, filterID string) error {
	return s.update(func(p *persisted) { p.FilterID, p.FilterFor = filterID, s.filter })
}

// LoadFilterID implements mautrix.SyncStore. A filter made for another definition (an
// earlier version's) is not reused: mautrix then makes one for this definition.
func (s *state) LoadFilterID(context.Context, id.UserID) (string, error) {
	p := s.get()
	if p.FilterFor != s.filter {
		return "", nil
	}
	return p.FilterID, nil
}

// SaveNextBatch implements mautrix.SyncStore: it only notes the token (see state).
func (s *state) SaveNextBatch(_ context.Context, _ id.UserID, token string) error {
	s.mu.Lock()
	s.pending = token
	s.mu.Unlock()
	return nil
}

// LoadNextBatch implements mautrix.SyncStore.
func (s *state) LoadNextBatch(context.Context, id.UserID) (string, error) {
	return s.get().NextBatch, nil
}

// commit writes the token of the response just processed.
func (s *state) commit() error {
	s.mu.Lock()
	token := s.pending
	s.mu.Unlock()
	if token == "" || token == s.get().NextBatch {
		return nil
	}
	return s.update(func(p *persisted) { p.NextBatch = token })
}
