package license

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/ospobot/ospobot/internal/text"
)

// Limits bound a scan, so that an upload cannot exhaust the bot: what it may unpack,
// how many files, how deep archives nest, and how far an archive may expand. What a
// limit keeps from being read is listed in Scan.Skipped, and a report with skipped
// content is never "allowed" (Policy.Check): a licence in what was not read is unknown.
type Limits struct {
	MaxFileBytes  int64 // one file read in full (licence files, manifests, SBOMs)
	MaxTotalBytes int64 // everything unpacked from archives, in total
	MaxFiles      int   // entries looked at
	MaxDepth      int   // archives inside archives
	MaxRatio      int64 // unpacked bytes per archive byte, beyond which it is refused as a bomb
}

// DefaultLimits are safe for a chat bot on a small machine.
func DefaultLimits() Limits {
	return Limits{MaxFileBytes: 4 << 20, MaxTotalBytes: 256 << 20, MaxFiles: 50000, MaxDepth: 2, MaxRatio: 100}
}

// Component is one thing a scan found a licence for (or looked for one).
type Component struct {
	Name    string `json:"name"`
	Version string `json:"version,omitempty"`
	License string `json:"license"`         // SPDX expression; "" when none was found
	Source  string `json:"source"`          // where the licence came from
	Note    string `json:"note,omitempty"`  // doubt or how to find the licence
	Where   string `json:"where,omitempty"` // path in the scanned tree
	// Replace is what a go.mod's replace directive puts in the module's place: another
	// module ("path@version"), whose files then hold the licence, or a directory.
	Replace string `json:"replace,omitempty"`
	// Module is the Go module ("path@version") whose files would tell the licence of a
	// component that has none yet: a go.mod requirement (or its replacement) that the
	// scan did not hold, or an SBOM entry with a Go package URL.
	Module string `json:"module,omitempty"`
	// Texts are the licence files the licence was read from, for a notices file; kept in
	// memory only.
	Texts []File `json:"-"`
}

// File is a licence file: its name (or path in the scanned tree) and content.
type File struct {
	Name string
	Data []byte
}

// Scan is what was scanned and what it holds.
type Scan struct {
	Target     string      `json:"target"`
	Kind       string      `json:"kind"`
	Components []Component `json:"components"`
	Skipped    []string    `json:"skipped,omitempty"` // "path: why it was not read"; each makes the report need approval at least
	Bytes      int64       `json:"-"`                 // bytes read, for throughput figures
}

// InputError is malformed input: what is wrong and where.
type InputError struct {
	Where string
	Msg   string
}

func (e *InputError) Error() string {
	if e.Where == "" {
		return e.Msg
	}
	return e.Where + ": " + e.Msg
}

func inputErr(where, format string, args ...any) error {
	return &InputError{Where: where, Msg: fmt.Sprintf(format, args...)}
}

// ErrLimit is wrapped by errors for input beyond Limits.
var ErrLimit = errors.New("beyond the scan limits")

// licenseFileRE matches LICENSE, LICENCE.md, COPYING.LIB, LICENSE-MIT, LICENSE.code and
// the like, but not license_test.go or licenses.json.
var licenseFileRE = regexp.MustCompile(`^(?i:licen[cs]e|copying|unlicense|copyright|mit-license|notice)` +
	`([-.](?i:md|txt|rst|markdown|adoc|docs|code|mit|apache|apache2|bsd|gpl|lgpl|isc|lib)|[-.][A-Z0-9][A-Z0-9.-]*)?$`)

// IsLicenseFile tells the files that state a directory's licence.
func IsLicenseFile(name string) bool { return licenseFileRE.MatchString(path.Base(name)) }

// IsScannable tells an upload that holds components rather than one licence text: an
// archive, an SBOM or a package manifest.
func IsScannable(name string, data []byte) bool {
	base := strings.ToLower(path.Base(name))
	if isManifest(base) || isSBOMName(base) || bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		return true
	}
	head := bytes.TrimSpace(data[:min(len(data), 4096)])
	return bytes.Contains(head, []byte(`"spdxVersion"`)) || bytes.Contains(head, []byte("SPDXVersion:")) ||
		bytes.Contains(head, []byte(`"bomFormat"`)) || bytes.Contains(head, []byte("cyclonedx.org/schema/bom"))
}

// ErrReader is wrapped by the error of a scan whose reader failed on its input in a
// way it should not (a panic): the input is refused, the process goes on, and the
// fuzz targets report it as the bug it is.
var ErrReader = errors.New("a reader failed on this input")

// recovered turns a panic of a reader into an error naming the input.
func recovered(name string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: %w (%v); nothing was decided from it", name, ErrReader, r)
	}
}

// ScanBytes scans one upload: an archive, an SBOM, a manifest, or a text whose licence
// is identified.
func ScanBytes(ctx context.Context, name string, data []byte, lim Limits) (_ *Scan, err error) {
	defer recovered(name, &err)
	s := &Scan{Target: name, Bytes: int64(len(data))}
	w := &walker{lim: lim, scan: s}
	if err := w.file(ctx, name, data, 0, ""); err != nil {
		return nil, err
	}
	if s.Kind == "" {
		s.Kind = "file"
	}
	w.finish()
	return s, nil
}

// ScanDir scans a directory tree on disk without executing or following anything:
// licence files, SPDX tags in source files, manifests (go.mod with the module cache or
// vendor/, package.json, package-lock.json), SBOMs and archives inside it.
func ScanDir(ctx context.Context, root string, lim Limits, modCache string) (_ *Scan, err error) {
	defer recovered(root, &err)
	s := &Scan{Target: root, Kind: "directory"}
	w := &walker{lim: lim, scan: s, root: root, modCache: modCache}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			s.Skipped = append(s.Skipped, fmt.Sprintf("%s: %v", p, err))
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" || d.Name() == ".hg" || d.Name() == ".svn" {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil // symlinks and devices are never followed
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if w.count++; w.count > lim.MaxFiles {
			return fmt.Errorf("%s: more than %d files: %w", root, lim.MaxFiles, ErrLimit)
		}
		if kind := unsupportedArchive(strings.ToLower(d.Name())); kind != "" {
			w.skip(rel, "a %s archive, which this build cannot open: not read", kind)
			return nil
		}
		if !w.interesting(rel) {
			return w.tagsOnly(rel, p)
		}
		data, err := readCapped(p, lim.MaxFileBytes)
		if errors.Is(err, ErrLimit) {
			w.skip(rel, "%s", w.tooLarge())
			return nil
		}
		if err != nil {
			w.skip(rel, "%v", err)
			return nil
		}
		s.Bytes += int64(len(data))
		return w.file(ctx, rel, data, 0, rel)
	})
	if err != nil {
		return nil, err
	}
	w.finish()
	return s, nil
}

// ScanGoMod reads one go.mod and finds its requirements' licences in vendor/ beside it
// or in the module cache; nothing is downloaded or built.
func ScanGoMod(path string, lim Limits, modCache string) (_ *Scan, err error) {
	defer recovered(path, &err)
	data, err := readCapped(path, lim.MaxFileBytes)
	if err != nil {
		return nil, err
	}
	s := &Scan{Target: path, Kind: "go.mod", Bytes: int64(len(data))}
	w := &walker{lim: lim, scan: s, root: filepath.Dir(path), modCache: modCache}
	if err := w.goMod("go.mod", data); err != nil {
		return nil, err
	}
	w.finish()
	return s, nil
}

type walker struct {
	lim      Limits
	scan     *Scan
	count    int
	unpacked int64
	root     string // on disk, for go.mod's vendor/
	modCache string
}

// interesting: files read in full. Everything else is only searched for SPDX tags.
func (w *walker) interesting(rel string) bool {
	base := strings.ToLower(path.Base(rel))
	return IsLicenseFile(base) || isManifest(base) || isArchiveName(base) || isSBOMName(base)
}

func isArchiveName(base string) bool {
	for _, ext := range []string{".zip", ".tar.gz", ".tgz", ".jar", ".war", ".ear", ".aar", ".whl", ".nupkg", ".crate", ".gem"} {
		if strings.HasSuffix(base, ext) {
			return true
		}
	}
	return false
}

// unsupportedArchive names the compression of an archive this build cannot open, or "".
// Its content is never read, so it is reported as skipped rather than passed over.
func unsupportedArchive(base string) string {
	for _, ext := range []string{".tar", ".tar.xz", ".txz", ".xz", ".tar.bz2", ".tbz2", ".bz2", ".tar.zst", ".zst", ".tar.lz", ".lz", ".lzma", ".7z", ".rar", ".cab", ".cpio", ".rpm", ".deb"} {
		if strings.HasSuffix(base, ext) {
			return strings.TrimPrefix(ext, ".")
		}
	}
	return ""
}

// skip records content that was not read, and why.
func (w *walker) skip(rel, format string, args ...any) {
	w.scan.Skipped = append(w.scan.Skipped, rel+": "+fmt.Sprintf(format, args...))
}

// tooLarge is the reason a file over the per-file limit was not read.
func (w *walker) tooLarge() string {
	return fmt.Sprintf("larger than %s, not read (limits.max_file)", text.FormatBytes(w.lim.MaxFileBytes))
}

// tagsOnly reads the head of a file for SPDX-License-Identifier tags.
func (w *walker) tagsOnly(rel, p string) error {
	f, err := os.Open(p)
	if err != nil {
		w.scan.Skipped = append(w.scan.Skipped, fmt.Sprintf("%s: %v", rel, err))
		return nil
	}
	defer f.Close()
	head := make([]byte, 8192)
	n, _ := io.ReadFull(f, head)
	w.scan.Bytes += int64(n)
	w.tags(rel, head[:n])
	return nil
}

func (w *walker) tags(rel string, data []byte) {
	if IsBinary(data) || !bytes.Contains(bytes.ToLower(data), []byte("spdx-license-identifier")) {
		return
	}
	for _, f := range tags(data, newLineIndex(data)) {
		c := Component{Name: rel, License: f.ID, Source: "SPDX tag", Where: fmt.Sprintf("%s:%d", rel, f.StartLine)}
		if !f.Valid {
			c.License, c.Note = "", fmt.Sprintf("invalid SPDX tag %q", f.ID)
		}
		w.scan.Components = append(w.scan.Components, c)
	}
}

// file handles one file's content found at rel (depth counts enclosing archives).
func (w *walker) file(ctx context.Context, rel string, data []byte, depth int, where string) error {
	base := strings.ToLower(path.Base(rel))
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return w.archive(ctx, rel, data, depth, w.zipEntries)
	case bytes.HasPrefix(data, []byte{0x1f, 0x8b}):
		return w.archive(ctx, rel, data, depth, w.tarEntries)
	}
	if ok, err := w.structured(rel, base, data); ok || err != nil {
		return err
	}
	if w.goBinary(rel, data) {
		return nil
	}
	if IsBinary(data) {
		if depth == 0 && where == "" {
			return inputErr(rel, "not a text file, an archive or an SBOM")
		}
		return nil
	}
	if IsLicenseFile(base) || where == "" {
		r := Identify(rel, data)
		c := Component{Name: dirOf(rel, w.scan.Target), License: expressionOf(r), Source: "licence file", Where: rel, Texts: []File{{rel, data}}}
		if where == "" {
			c.Name, c.Source = rel, "text"
		}
		switch r.Certainty {
		case Probable:
			c.Note = "probably: " + r.Doubt
		case NoLicense:
			c.Note = "no known licence in the text"
		}
		w.scan.Components = append(w.scan.Components, c)
		return nil
	}
	w.tags(rel, data)
	return nil
}

// expressionOf joins what was identified into one expression: several licence texts
// in one file all apply (AND), unless an SPDX tag says otherwise or the file's own
// words offer them as a choice.
func expressionOf(r Result) string {
	var tagsFound, texts []string
	for _, f := range r.Findings {
		if !f.Valid {
			continue
		}
		if f.Source == FromTag {
			tagsFound = append(tagsFound, f.ID)
		} else if _, ok := licenseish()[strings.ToLower(f.ID)]; ok || strings.HasPrefix(f.ID, "LicenseRef-") || strings.Contains(f.ID, " WITH ") {
			texts = append(texts, f.ID) // an SPDX ID, a LicenseRef, or a licence WITH an exception
		} else {
			texts = append(texts, "LicenseRef-"+f.ID) // licensecheck's IDs outside SPDX
		}
	}
	ids := tagsFound
	if len(ids) == 0 && r.Choice != "" {
		return r.Choice
	}
	if len(ids) == 0 {
		ids = texts
	}
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			if strings.Contains(id, " ") && len(ids) > 1 {
				id = "(" + id + ")"
			}
			out = append(out, id)
		}
	}
	return strings.Join(out, " AND ")
}

func dirOf(rel, target string) string {
	d := path.Dir(rel)
	if d == "." {
		return path.Base(target)
	}
	return d
}

type entry struct {
	name string
	size int64
	open func() (io.Reader, error)
	zip  bool // read on its own (a tar entry is read from the stream)
}

func (w *walker) archive(ctx context.Context, rel string, data []byte, depth int, list func(string, []byte, func(entry) error) error) error {
	if depth >= w.lim.MaxDepth {
		w.skip(rel, "an archive nested deeper than %d %s, not opened (limits.max_depth)", w.lim.MaxDepth, plural(w.lim.MaxDepth, "level", "levels"))
		return nil
	}
	if w.scan.Kind == "" {
		w.scan.Kind = "archive"
	}
	budget := int64(len(data)) * w.lim.MaxRatio
	var got int64
	return list(rel, data, func(e entry) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := e.name
		if bad := unsafePath(name); bad != "" {
			w.skip(rel, "entry %q refused: %s", name, bad)
			return nil
		}
		if w.count++; w.count > w.lim.MaxFiles {
			return fmt.Errorf("%s: more than %d files: %w", rel, w.lim.MaxFiles, ErrLimit)
		}
		full := rel + "/" + name
		if kind := unsupportedArchive(strings.ToLower(path.Base(name))); kind != "" {
			w.skip(full, "a %s archive, which this build cannot open: not read", kind)
			return nil
		}
		if !w.interesting(name) && e.size > 8192 {
			e.size = 8192 // only the head is searched for tags
		}
		if e.size > w.lim.MaxFileBytes {
			w.skip(full, "%s", w.tooLarge())
			return nil
		}
		r, err := e.open()
		if errors.Is(err, zip.ErrAlgorithm) {
			w.skip(full, "compressed with a method this build cannot read, not read")
			return nil
		}
		if err != nil {
			w.skip(full, "unreadable (%v), not read", err)
			return nil
		}
		want := w.lim.MaxFileBytes
		if !w.interesting(name) {
			want = 8192
		}
		content, err := io.ReadAll(io.LimitReader(r, want+1))
		if err != nil {
			if e.zip { // a zip entry stands alone: the others can still be read
				w.skip(full, "damaged (%v), not read", err)
				return nil
			}
			return inputErr(full, "damaged archive entry: %v", err)
		}
		if int64(len(content)) > want {
			if w.interesting(name) {
				w.skip(full, "%s", w.tooLarge())
				return nil
			}
			content = content[:want]
		}
		got += int64(len(content))
		w.unpacked += int64(len(content))
		w.scan.Bytes += int64(len(content))
		if got > budget {
			return fmt.Errorf("%s expands more than %d times its size (a zip bomb?): %w", rel, w.lim.MaxRatio, ErrLimit)
		}
		if w.unpacked > w.lim.MaxTotalBytes {
			return fmt.Errorf("%s: more than %s unpacked in total (limits.max_unpacked): %w", rel, text.FormatBytes(w.lim.MaxTotalBytes), ErrLimit)
		}
		if !w.interesting(name) {
			w.tags(full, content)
			return nil
		}
		return w.file(ctx, full, content, depth+1, full)
	})
}

// unsafePath says why an archive entry name is refused: absolute, or climbing out.
func unsafePath(name string) string {
	n := strings.ReplaceAll(name, "\\", "/")
	switch {
	case strings.HasPrefix(n, "/") || (len(n) > 1 && n[1] == ':'):
		return "absolute path"
	case n == ".." || strings.HasPrefix(n, "../") || strings.Contains(n, "/../") || strings.HasSuffix(n, "/.."):
		return "path traversal (..)"
	}
	return ""
}

func (w *walker) zipEntries(rel string, data []byte, each func(entry) error) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return inputErr(rel, "not a valid zip archive: %v", err)
	}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !f.Mode().IsRegular() {
			continue
		}
		if f.CompressedSize64 > 0 && int64(f.UncompressedSize64/f.CompressedSize64) > w.lim.MaxRatio {
			return fmt.Errorf("%s: entry %q expands %d times (a zip bomb?): %w", rel, f.Name, f.UncompressedSize64/f.CompressedSize64, ErrLimit)
		}
		f := f
		if err := each(entry{name: f.Name, size: int64(f.UncompressedSize64), open: func() (io.Reader, error) { return f.Open() }, zip: true}); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) tarEntries(rel string, data []byte, each func(entry) error) error {
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return inputErr(rel, "not a valid gzip file: %v", err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return inputErr(rel, "not a valid tar.gz archive: %v", err)
		}
		if h.Typeflag != tar.TypeReg {
			continue // links and devices are never followed
		}
		if err := each(entry{name: h.Name, size: h.Size, open: func() (io.Reader, error) { return tr, nil }}); err != nil {
			return err
		}
	}
}

// finish folds licence files into the components they belong to, and sorts the
// components by name for stable output.
func (w *walker) finish() {
	drop := w.mergeManifests()
	maps.Copy(drop, w.mergeVendored())
	kept := make([]Component, 0, len(w.scan.Components))
	for i, c := range w.scan.Components {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	for i := range kept {
		clipUntrusted(&kept[i])
	}
	w.scan.Components = mergeSame(kept)
	sort.SliceStable(w.scan.Components, func(i, j int) bool { return w.scan.Components[i].Name < w.scan.Components[j].Name })
}

// mergeSame lists a component found the same way in several places once, with every
// place: a module that two go.mod files of a tree require, at one version.
func mergeSame(cs []Component) []Component {
	type same struct{ name, version, license, source, note string }
	at := map[same]int{}
	out := cs[:0]
	for _, c := range cs {
		k := same{c.Name, c.Version, c.License, c.Source, c.Note}
		if i, ok := at[k]; ok && c.Version != "" {
			out[i].Where += ", " + c.Where
			continue
		}
		at[k] = len(out)
		out = append(out, c)
	}
	return out
}

// mergeManifests folds each licence file into the package.json beside it, since the two
// describe one package: the file fills in a manifest that declares no licence; when
// both name the same licence the file is dropped; when they differ, or the file holds
// no known licence, both stay, for a person to see. It returns the components to drop.
func (w *walker) mergeManifests() map[int]bool {
	manifest := map[string]int{} // directory → index of its package.json component
	for i, c := range w.scan.Components {
		if c.Source == "package.json" {
			manifest[path.Dir(c.Where)] = i
		}
	}
	drop := map[int]bool{}
	for i, c := range w.scan.Components {
		m, ok := manifest[path.Dir(c.Where)]
		if c.Source != "licence file" || !ok || c.License == "" {
			continue
		}
		switch mc := &w.scan.Components[m]; {
		case mc.License == "":
			mc.License, mc.Source, mc.Note = c.License, "package.json and licence file", c.Note
			mc.Texts, drop[i] = append(mc.Texts, c.Texts...), true
		case mc.License == c.License:
			mc.Texts, drop[i] = append(mc.Texts, c.Texts...), true
		}
	}
	return drop
}

// mergeVendored folds the licence files under a go.mod's vendor/ directory into the
// modules it requires: they fill in a module found in no module cache (an uploaded
// archive), and are dropped where the module's licence was read from them already (a
// directory on disk). It returns the components to drop.
func (w *walker) mergeVendored() map[int]bool {
	module := map[string]int{} // vendor directory of a required module → its component
	for i, c := range w.scan.Components {
		if c.Source == "go.mod" || c.Source == "module licence file" {
			module[path.Join(path.Dir(c.Where), "vendor", c.Name)] = i
		}
	}
	drop := map[int]bool{}
	found := map[int][]string{} // module component → the expressions of its licence files
	texts := map[int][]File{}
	for i, c := range w.scan.Components {
		if m, ok := module[path.Dir(c.Where)]; ok && c.Source == "licence file" && c.License != "" {
			drop[i] = true // one with no known licence stays, for a person to see
			found[m], texts[m] = append(found[m], c.License), append(texts[m], c.Texts...)
		}
	}
	for m, exprs := range found {
		if mc := &w.scan.Components[m]; mc.License == "" {
			mc.License, mc.Source, mc.Note = joinAll(exprs), "vendored licence file", guessNote(exprs)
			mc.Texts = texts[m]
		}
	}
	return drop
}

func readCapped(p string, limit int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("larger than %s, not read: %w", text.FormatBytes(limit), ErrLimit)
	}
	return data, nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Longest fields a component keeps from what it was read from. An SPDX expression
// longer than maxLicense is no licence anyone wrote by hand: it is dropped (so the
// component needs approval) with a note that shows its start.
const (
	maxName    = 500
	maxVersion = 200
	maxLicense = 2000
	maxNote    = 2000
)

func clipUntrusted(c *Component) {
	c.Name, c.Version, c.Where = text.Clip(c.Name, maxName), text.Clip(c.Version, maxVersion), text.Clip(c.Where, maxName)
	if len(c.License) > maxLicense {
		c.Note = fmt.Sprintf("a licence string of %s characters, too long to read: %s", text.Count(len([]rune(c.License))), text.Clip(c.License, 80))
		c.License = ""
	}
	c.Note = text.Clip(c.Note, maxNote)
}
