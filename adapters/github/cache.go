package github

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
)

// Cache keeps the ETag and body of each GET answered, for conditional requests: in
// memory (NewCache), or one file an answer in a directory (OpenCache), so that the next
// run's requests are conditional too and nothing is held in memory meanwhile. It is safe
// for concurrent use.
type Cache struct {
	dir string // "" for memory
	mu  sync.Mutex
	mem map[string]cacheEntry
}

type cacheEntry struct {
	ETag string `json:"etag"`
	Link string `json:"link,omitempty"` // pagination of a list
	Body []byte `json:"body"`
}

// NewCache is an empty cache held in memory.
func NewCache() *Cache { return &Cache{mem: map[string]cacheEntry{}} }

// OpenCache keeps answers as files under dir, which it creates.
func OpenCache(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("GitHub cache: %w", err)
	}
	return &Cache{dir: dir}, nil
}

// Len is the number of answers kept.
func (c *Cache) Len() int {
	if c.dir == "" {
		c.mu.Lock()
		defer c.mu.Unlock()
		return len(c.mem)
	}
	n := 0
	_ = filepath.WalkDir(c.dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(d.Name()) == ".json" {
			n++
		}
		return nil
	})
	return n
}

// file is where key's answer is kept: its hash, fanned out over 256 directories.
func (c *Cache) file(key string) string {
	sum := sha256.Sum256([]byte(key))
	h := hex.EncodeToString(sum[:])
	return filepath.Join(c.dir, h[:2], h[2:]+".json")
}

func (c *Cache) get(key string) (cacheEntry, bool) {
	if c.dir == "" {
		c.mu.Lock()
		defer c.mu.Unlock()
		e, ok := c.mem[key]
		return e, ok
	}
	var e cacheEntry
	data, err := os.ReadFile(c.file(key))
	if err != nil || json.Unmarshal(data, &e) != nil || e.ETag == "" {
		return cacheEntry{}, false // missing or damaged: ask unconditionally
	}
	return e, true
}

// put keeps an answer. A failure to write costs only a full-price request next time,
// so it is not an error.
func (c *Cache) put(key string, e cacheEntry) {
	if c.dir == "" {
		c.mu.Lock()
		defer c.mu.Unlock()
		c.mem[key] = e
		return
	}
	data, err := json.Marshal(e)
	if err != nil {
		return
	}
	path := c.file(key)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(tmp.Name(), path) != nil {
		os.Remove(tmp.Name())
	}
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
