package github

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
)

// Cache keeps the ETag and body of each GET answered, for conditional requests. It is
// safe for concurrent use, and may be kept in a file between runs (LoadCache, Save).
type Cache struct {
	mu      sync.Mutex
	entries map[string]cacheEntry
	dirty   bool
}

type cacheEntry struct {
	ETag string `json:"etag"`
	Link string `json:"link,omitempty"` // pagination of a list
	Body []byte `json:"body"`
}

// NewCache is an empty cache held in memory.
func NewCache() *Cache { return &Cache{entries: map[string]cacheEntry{}} }

// LoadCache reads a cache saved at path; a missing file is an empty cache. A damaged
// file is an error rather than silently an empty cache, so that a full-price rescan is
// never a surprise.
func LoadCache(path string) (*Cache, error) {
	c := NewCache()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read GitHub cache: %w", err)
	}
	if err := json.Unmarshal(data, &c.entries); err != nil {
		return nil, fmt.Errorf("read GitHub cache %s: %w (delete it to start afresh)", path, err)
	}
	return c, nil
}

// Save writes the cache to path (through a temporary file, so that a crash leaves the
// old one), if it changed.
func (c *Cache) Save(path string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.dirty {
		return nil
	}
	data, err := json.Marshal(c.entries)
	if err != nil {
		return fmt.Errorf("encode GitHub cache: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".github-cache-*")
	if err != nil {
		return fmt.Errorf("save GitHub cache: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("save GitHub cache: %w", err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("save GitHub cache: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save GitHub cache: %w", err)
	}
	c.dirty = false
	return nil
}

// Len is the number of answers kept.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

func (c *Cache) get(key string) (cacheEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	return e, ok
}

func (c *Cache) put(key string, e cacheEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[key] = e
	c.dirty = true
}

// conditional is the transport under go-github: it makes every GET conditional on the
// kept ETag and answers a 304 with the kept body, as a 200 carrying the 304's own
// rate-limit headers (so go-github's rate bookkeeping stays right).
type conditional struct {
	base  http.RoundTripper
	cache *Cache
	// sent counts requests sent; unchanged counts those answered 304.
	sent, unchanged atomic.Int64
}

func (t *conditional) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodGet {
		t.sent.Add(1)
		return t.base.RoundTrip(req)
	}
	key := req.URL.String() + " " + req.Header.Get("Accept")
	kept, ok := t.cache.get(key)
	if ok {
		req = req.Clone(req.Context())
		req.Header.Set("If-None-Match", kept.ETag)
	}
	t.sent.Add(1)
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	switch {
	case resp.StatusCode == http.StatusNotModified && ok:
		t.unchanged.Add(1)
		resp.Body.Close()
		resp.StatusCode, resp.Status = http.StatusOK, "200 OK (not modified)"
		resp.Header.Set("Content-Type", "application/json; charset=utf-8")
		if kept.Link != "" {
			resp.Header.Set("Link", kept.Link)
		}
		resp.Body = io.NopCloser(bytes.NewReader(kept.Body))
		resp.ContentLength = int64(len(kept.Body))
	case resp.StatusCode == http.StatusOK && resp.Header.Get("ETag") != "":
		body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
		resp.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", req.URL.Path, err)
		}
		if len(body) <= maxBody {
			t.cache.put(key, cacheEntry{ETag: resp.Header.Get("ETag"), Link: resp.Header.Get("Link"), Body: body})
		}
		resp.Body = io.NopCloser(bytes.NewReader(body))
	}
	return resp, nil
}

// maxBody bounds one answer kept: a page of 100 issues is well under it.
const maxBody = 4 << 20
