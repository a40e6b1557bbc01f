package codehost

import (
	"archive/zip"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// Errors callers branch on.
var (
	ErrNoModule      = errors.New("the proxy has no such module version (a private module?)")
	ErrPrivateModule = errors.New("a private module, not asked of the proxy (GOPRIVATE, GONOPROXY or fetch.go_private)")
)

// ModuleProxy reads Go modules from a module proxy (the GOPROXY protocol): the zip of
// path@version holds the module's files under "path@version/", and its licence files
// lie at that root. Module versions never change, so callers may keep what it finds.
type ModuleProxy struct {
	URL          string        // e.g. https://proxy.golang.org
	Client       *http.Client  // http.DefaultClient's transport when nil
	Timeout      time.Duration // for one module
	MaxZipBytes  int64         // the largest zip read (64 MiB when 0)
	MaxFileBytes int64         // the largest licence file kept (1 MiB when 0)
	// Private are the module path patterns never asked of the proxy, as GOPRIVATE
	// writes them (comma-separated globs over path prefixes): their names stay in-house.
	Private string
}

// licensePrefixes are the upper-cased name starts of files kept from a module's root:
// the licence and notice files a licence scanner reads.
var licensePrefixes = []string{"LICENSE", "LICENCE", "COPYING", "COPYRIGHT", "NOTICE", "UNLICENSE", "PATENTS"}

// LicenseFiles downloads the zip of modPath@version and returns the licence-like files
// at its root, by name. A module without any returns an empty map, not an error.
func (p *ModuleProxy) LicenseFiles(ctx context.Context, modPath, version string) (map[string][]byte, error) {
	base, err := p.base(modPath)
	if err != nil {
		return nil, err
	}
	ev, err := module.EscapeVersion(version)
	if err != nil {
		return nil, fmt.Errorf("module version %q: %w", version, err)
	}
	ctx, cancel := p.withTimeout(ctx)
	defer cancel()
	limit := p.MaxZipBytes
	if limit <= 0 {
		limit = 64 << 20
	}
	data, err := download(ctx, p.client(), base+"/@v/"+ev+".zip", limit, p.Timeout)
	if errors.Is(err, errNotFound) {
		return nil, ErrNoModule
	}
	if err != nil {
		return nil, err
	}
	return rootLicenseFiles(data, modPath+"@"+version+"/", p.MaxFileBytes)
}

// Latest is a module's latest version, as the go command finds it: the proxy's
// @latest answer, or, since that query is optional in the protocol, the highest release
// in its @v/list (the highest pre-release when there is no release).
func (p *ModuleProxy) Latest(ctx context.Context, modPath string) (string, error) {
	base, err := p.base(modPath)
	if err != nil {
		return "", err
	}
	ctx, cancel := p.withTimeout(ctx)
	defer cancel()
	data, err := download(ctx, p.client(), base+"/@latest", 64<<10, p.Timeout)
	if errors.Is(err, errNotFound) {
		return p.latestListed(ctx, base, modPath)
	}
	if err != nil {
		return "", err
	}
	var info struct{ Version string }
	if err := json.Unmarshal(data, &info); err != nil || module.Check(modPath, info.Version) != nil {
		return "", fmt.Errorf("the proxy's answer for %s@latest is not a module version", modPath)
	}
	return info.Version, nil
}

// latestListed picks the latest version from the module's @v/list.
func (p *ModuleProxy) latestListed(ctx context.Context, base, modPath string) (string, error) {
	data, err := download(ctx, p.client(), base+"/@v/list", 1<<20, p.Timeout)
	if errors.Is(err, errNotFound) {
		return "", ErrNoModule
	}
	if err != nil {
		return "", err
	}
	var release, pre string
	for _, v := range strings.Fields(string(data)) {
		if module.Check(modPath, v) != nil {
			continue
		}
		best := &release
		if semver.Prerelease(v) != "" {
			best = &pre
		}
		if *best == "" || semver.Compare(v, *best) > 0 {
			*best = v
		}
	}
	if v := cmp.Or(release, pre); v != "" {
		return v, nil
	}
	return "", ErrNoModule
}

// base is the proxy's address for modPath's queries; a private module has none.
func (p *ModuleProxy) base(modPath string) (string, error) {
	if p.Private != "" && module.MatchPrefixPatterns(p.Private, modPath) {
		return "", ErrPrivateModule
	}
	ep, err := module.EscapePath(modPath)
	if err != nil {
		return "", fmt.Errorf("module path %q: %w", modPath, err)
	}
	return strings.TrimSuffix(p.URL, "/") + "/" + ep, nil
}

// withTimeout bounds one module's queries by Timeout, when it is set.
func (p *ModuleProxy) withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	if p.Timeout > 0 {
		return context.WithTimeout(ctx, p.Timeout)
	}
	return context.WithCancel(ctx)
}

func (p *ModuleProxy) client() *http.Client {
	if p.Client != nil {
		return p.Client
	}
	return &http.Client{}
}

// rootLicenseFiles reads the licence-like files directly under root in a module zip.
func rootLicenseFiles(data []byte, root string, maxFile int64) (map[string][]byte, error) {
	if maxFile <= 0 {
		maxFile = 1 << 20
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("module zip: %w", err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		name, ok := strings.CutPrefix(f.Name, root)
		if !ok || name == "" || strings.Contains(name, "/") || !f.Mode().IsRegular() || !licenseLike(name) {
			continue
		}
		if f.UncompressedSize64 > uint64(maxFile) {
			continue // a licence file is never this large; do not inflate it
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("module zip %s: %w", f.Name, err)
		}
		b, err := io.ReadAll(io.LimitReader(rc, maxFile+1))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("module zip %s: %w", f.Name, err)
		}
		if int64(len(b)) <= maxFile {
			out[name] = b
		}
	}
	return out, nil
}

func licenseLike(name string) bool {
	up := strings.ToUpper(name)
	for _, p := range licensePrefixes {
		if strings.HasPrefix(up, p) {
			return true
		}
	}
	return false
}
