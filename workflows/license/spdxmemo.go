package license

import (
	"slices"
	"strings"
	"sync"

	"github.com/github/go-spdx/v2/spdxexp"
)

// go-spdx compiles regular expressions each time it reads an expression, which costs
// more than everything else an answer or a decision does with one. What it says of an
// expression depends on the expression alone, and a deployment meets the same few
// expressions again and again (its policy's, its requests', the common licences), so
// its answers are remembered, up to memoSize of each kind.
const memoSize = 4096

// memo remembers the results of a pure function of a string.
type memo[V any] struct {
	mu sync.Mutex
	m  map[string]memoResult[V]
}

type memoResult[V any] struct {
	v   V
	err error
}

func (m *memo[V]) get(key string) (V, error, bool) {
	m.mu.Lock()
	r, ok := m.m[key]
	m.mu.Unlock()
	return r.v, r.err, ok
}

func (m *memo[V]) put(key string, v V, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil || len(m.m) >= memoSize {
		// Full: start again rather than keep track of what was used last; the
		// expressions in use come back within a few calls.
		m.m = make(map[string]memoResult[V], 64)
	}
	m.m[key] = memoResult[V]{v, err}
}

var (
	extractMemo   memo[[]string]
	satisfiesMemo memo[bool]
)

// ExtractLicenses is spdxexp.ExtractLicenses, remembered: the licences an SPDX
// expression names, or why it is no valid expression. The slice is the caller's own.
func ExtractLicenses(expr string) ([]string, error) {
	if v, err, ok := extractMemo.get(expr); ok {
		return slices.Clone(v), err
	}
	v, err := spdxexp.ExtractLicenses(expr)
	extractMemo.put(expr, slices.Clone(v), err)
	return v, err
}

// satisfies is spdxexp.Satisfies, remembered: whether the licences allowed satisfy
// the expression.
func satisfies(expr string, allowed []string) (bool, error) {
	key := expr + "\x00" + strings.Join(allowed, "\x00")
	if v, err, ok := satisfiesMemo.get(key); ok {
		return v, err
	}
	v, err := spdxexp.Satisfies(expr, allowed)
	satisfiesMemo.put(key, v, err)
	return v, err
}
