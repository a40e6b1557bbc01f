package license

import (
	"bytes"
	"debug/buildinfo"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/github/go-spdx/v2/spdxexp/spdxlicenses"

	"github.com/ospobot/ospobot/internal/text"
	spdxjson "github.com/spdx/tools-golang/json"
	"github.com/spdx/tools-golang/spdx"
	"github.com/spdx/tools-golang/tagvalue"
	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
)

func isManifest(base string) bool {
	return base == "package.json" || base == "package-lock.json" || base == "go.mod"
}

func isSBOMName(base string) bool {
	return strings.HasSuffix(base, ".spdx") || strings.HasSuffix(base, ".spdx.json") || strings.HasSuffix(base, ".spdx3.json") || strings.HasSuffix(base, ".spdx.jsonld") || strings.HasSuffix(base, ".cdx.json") ||
		strings.HasSuffix(base, ".cdx.xml") || base == "bom.json" || base == "bom.xml" || base == "sbom.json"
}

// structured reads SBOMs and manifests; ok is false for anything else.
func (w *walker) structured(rel, base string, data []byte) (ok bool, err error) {
	trimmed := bytes.TrimSpace(data)
	head := trimmed[:min(len(trimmed), 4096)]
	switch {
	case base == "go.mod":
		return true, w.goMod(rel, data)
	case base == "package-lock.json":
		return true, w.npmLock(rel, data)
	case base == "package.json":
		return true, w.npmPackage(rel, data)
	case bytes.HasPrefix(trimmed, []byte("{")) && isSPDX3(head):
		return true, w.spdx3Doc(rel, data)
	case bytes.HasPrefix(trimmed, []byte("{")) && bytes.Contains(head, []byte(`"spdxVersion"`)):
		doc, err := spdxjson.Read(bytes.NewReader(data))
		if err != nil {
			return true, inputErr(rel, "not a valid SPDX JSON document: %v", jsonWhere(data, err))
		}
		return true, w.spdxDoc(rel, "SPDX SBOM", doc)
	case bytes.Contains(head, []byte("SPDXVersion:")):
		doc, err := tagvalue.Read(bytes.NewReader(data))
		if err != nil {
			return true, inputErr(rel, "not a valid SPDX tag-value document: %v", err)
		}
		return true, w.spdxDoc(rel, "SPDX SBOM (tag-value)", doc)
	case bytes.HasPrefix(trimmed, []byte("{")) && bytes.Contains(head, []byte(`"bomFormat"`)):
		var bom cdx.BOM
		if err := cdx.NewBOMDecoder(bytes.NewReader(data), cdx.BOMFileFormatJSON).Decode(&bom); err != nil {
			return true, inputErr(rel, "not a valid CycloneDX JSON document: %v", jsonWhere(data, err))
		}
		return true, w.cycloneDX(rel, "CycloneDX SBOM", &bom)
	case bytes.HasPrefix(trimmed, []byte("<")) && bytes.Contains(head, []byte("cyclonedx.org/schema/bom")):
		var bom cdx.BOM
		if err := cdx.NewBOMDecoder(bytes.NewReader(data), cdx.BOMFileFormatXML).Decode(&bom); err != nil {
			return true, inputErr(rel, "not a valid CycloneDX XML document: %v", err)
		}
		return true, w.cycloneDX(rel, "CycloneDX SBOM (XML)", &bom)
	}
	if isSBOMName(base) {
		if bytes.HasPrefix(trimmed, []byte("{")) && isSPDX3(data) { // a @context after a long @graph
			return true, w.spdx3Doc(rel, data)
		}
		return true, inputErr(rel, "named like an SBOM but is neither SPDX (2 as JSON or tag-value, 3.0 as JSON-LD) nor CycloneDX (JSON or XML)")
	}
	return false, nil
}

// jsonWhere adds the line of a JSON syntax error.
func jsonWhere(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("line %d: %v", newLineIndex(data).line(int(se.Offset)), se)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("line %d: %q has the wrong type (%v)", newLineIndex(data).line(int(te.Offset)), te.Field, te.Value)
	}
	return err
}

func (w *walker) setKind(k string) {
	if w.scan.Kind == "" {
		w.scan.Kind = k
	}
}

// add records a component with a declared expression, checking it.
// operatorWord finds what makes a declared licence an attempt at an expression: AND,
// OR, WITH or parentheses.
var operatorWord = regexp.MustCompile(`(?i)\b(and|or|with)\b|[()]`)

func (w *walker) add(c Component, declared string) {
	declared = strings.TrimSpace(declared)
	if declared != "" && declared != "NOASSERTION" {
		c.Module = "" // what is declared is the answer, not the module's files
	}
	switch declared {
	case "", "NOASSERTION", "NONE":
		if c.Note == "" {
			c.Note = "no licence declared"
			if declared != "" {
				c.Note = "the SBOM says " + declared
			}
		}
	default:
		canonical := CanonicalExpression(declared) // "apache-2.0 or mit" → "Apache-2.0 OR MIT"
		if terms, err := ExtractLicenses(canonical); err == nil {
			c.License = canonical
			for _, t := range terms {
				id, _, _ := strings.Cut(t, " WITH ")
				if bareGNU[id] && c.Note == "" {
					c.Note = id + " is a retired SPDX ID; it meant " + id + "-only"
				}
			}
			break
		}
		// A name for one licence that leaves nothing open ("Apache 2.0") is read as
		// it, and says so; anything else stays without a licence, with what it may mean.
		f := findLicenses(declared)
		if len(f.ids) == 1 && len(f.notes) == 0 && !operatorWord.MatchString(declared) {
			c.License = f.ids[0]
			c.Note = fmt.Sprintf("declared as %q, not an SPDX expression; read as %s", text.Printable(declared, 80), f.ids[0])
			break
		}
		c.Note = fmt.Sprintf("invalid SPDX expression %q", text.Printable(declared, 80))
		if hint := Suggestion(declared); hint != "" {
			c.Note += "; " + hint
		}
	}
	w.scan.Components = append(w.scan.Components, c)
}

func (w *walker) spdxDoc(rel, kind string, doc *spdx.Document) error {
	w.setKind(kind)
	for _, p := range doc.Packages {
		if p == nil {
			continue
		}
		lic := p.PackageLicenseConcluded
		src := kind + ", concluded"
		if lic == "" || lic == "NOASSERTION" {
			lic, src = p.PackageLicenseDeclared, kind+", declared"
		}
		c := Component{Name: p.PackageName, Version: p.PackageVersion, Source: src, Where: rel}
		for _, r := range p.PackageExternalReferences {
			if r != nil && r.RefType == "purl" {
				c.Module = goModuleOf(r.Locator)
			}
		}
		w.add(c, lic)
	}
	return nil
}

// goModuleOf is the Go module ("path@version") a package URL names, or "" when it names
// none: pkg:golang/github.com/google/uuid@v1.6.0 gives github.com/google/uuid@v1.6.0.
// A version that is no module version (a main module's "(devel)") gives "".
func goModuleOf(purl string) string {
	rest, ok := strings.CutPrefix(purl, "pkg:golang/")
	if !ok {
		return ""
	}
	rest, _, _ = strings.Cut(rest, "#")
	rest, _, _ = strings.Cut(rest, "?")
	i := strings.LastIndexByte(rest, '@')
	if i < 0 {
		return ""
	}
	path, err1 := url.PathUnescape(rest[:i])
	version, err2 := url.PathUnescape(rest[i+1:])
	if err1 != nil || err2 != nil || module.Check(path, version) != nil {
		return ""
	}
	return path + "@" + version
}

func (w *walker) cycloneDX(rel, kind string, bom *cdx.BOM) error {
	w.setKind(kind)
	var walk func(cs *[]cdx.Component)
	walk = func(cs *[]cdx.Component) {
		if cs == nil {
			return
		}
		for _, c := range *cs {
			w.add(Component{Name: c.Name, Version: c.Version, Source: kind, Where: rel, Module: goModuleOf(c.PackageURL)}, cdxLicense(c.Licenses))
			walk(c.Components)
		}
	}
	walk(bom.Components)
	return nil
}

// cdxLicense turns CycloneDX licence choices into one expression: an expression as it
// is, IDs as they are, names through the alias table, several entries all applying.
func cdxLicense(ls *cdx.Licenses) string {
	if ls == nil {
		return ""
	}
	var parts []string
	for _, l := range *ls {
		switch {
		case l.Expression != "":
			parts = append(parts, "("+l.Expression+")")
		case l.License != nil && l.License.ID != "":
			parts = append(parts, l.License.ID)
		case l.License != nil && l.License.Name != "":
			if ids := FindLicenses(l.License.Name); len(ids) == 1 {
				parts = append(parts, ids[0])
			} else {
				parts = append(parts, "LicenseRef-"+refName(l.License.Name))
			}
		case l.License != nil && l.License.URL != "":
			if id := fromURL(l.License.URL); id != "" {
				parts = append(parts, id)
			} else {
				parts = append(parts, "LicenseRef-"+refName(l.License.URL))
			}
		}
	}
	if len(parts) == 1 {
		return strings.TrimSuffix(strings.TrimPrefix(parts[0], "("), ")")
	}
	return strings.Join(parts, " AND ")
}

// fromURL is the licence a licence's address points to, or "": the address the SPDX
// list gives for its text ("https://www.gnu.org/licenses/gpl-3.0.html" for GPL-3.0-only,
// by its -only ID where the address does not tell), an address that ends in the ID on
// the sites that list licences by it ("https://opensource.org/licenses/MIT",
// "https://spdx.org/licenses/Apache-2.0.html"), or one licensecheck knows.
func fromURL(u string) string {
	if len(u) > 300 {
		return ""
	}
	key := urlKey(u)
	if id, ok := urlIDs()[key]; ok {
		return id
	}
	for _, site := range []string{"opensource.org/licenses/", "opensource.org/license/", "spdx.org/licenses/", "choosealicense.com/licenses/"} {
		if rest, ok := strings.CutPrefix(key, site); ok && !strings.Contains(rest, "/") {
			if id, ok := licenseish()[rest]; ok {
				if bareGNU[id] {
					id += "-only"
				}
				return id
			}
		}
	}
	for _, f := range Identify("", []byte(u)).Findings {
		if f.Source == FromURL {
			return f.ID
		}
	}
	return ""
}

// urlKey reduces a licence's address to what tells it apart: no scheme, "www.",
// query, trailing slash, "legalcode", "-standalone" or file extension, in lower case.
func urlKey(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	u, _, _ = strings.Cut(u, "#")
	u, _, _ = strings.Cut(u, "?")
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u = strings.TrimPrefix(u, "www.")
	u = strings.TrimSuffix(u, "/")
	u = strings.TrimSuffix(u, "/legalcode")
	for _, ext := range []string{".html", ".htm", ".txt", ".php", ".md"} {
		u = strings.TrimSuffix(u, ext)
	}
	return strings.TrimSuffix(u, "-standalone")
}

// urlIDs maps the SPDX list's address of each licence text (as urlKey has it) to its
// ID; where several IDs share one (GPL-3.0-only and -or-later), the -only one, which
// is what a bare GNU name means.
var urlIDs = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	deprecated := map[string]bool{}
	for _, id := range spdxlicenses.GetDeprecated() {
		deprecated[id] = true
	}
	for _, id := range slices.Sorted(maps.Keys(spdxList())) {
		l := spdxList()[id]
		if l.URL == "" || deprecated[id] {
			continue
		}
		k := urlKey(l.URL)
		if prev, ok := m[k]; ok && (strings.HasSuffix(prev, "-only") || !strings.HasSuffix(id, "-only")) {
			continue
		}
		m[k] = id
	}
	return m
})

// refName makes a LicenseRef- suffix from free text (letters, digits, . and -).
func refName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}

// npmLicense reads package.json's "license" (a string, or the old {type} object) and
// the older "licenses" list.
type npmLicense struct{ expr string }

func (n *npmLicense) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		n.expr = s
		return nil
	}
	var o struct{ Type string }
	if json.Unmarshal(b, &o) == nil {
		n.expr = o.Type
		return nil
	}
	var list []struct{ Type string }
	if err := json.Unmarshal(b, &list); err != nil {
		return err
	}
	var ids []string
	for _, l := range list {
		ids = append(ids, l.Type)
	}
	n.expr = strings.Join(ids, " OR ")
	return nil
}

func (w *walker) npmPackage(rel string, data []byte) error {
	var p struct {
		Name     string     `json:"name"`
		Version  string     `json:"version"`
		License  npmLicense `json:"license"`
		Licenses npmLicense `json:"licenses"`
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return inputErr(rel, "not a valid package.json: %v", jsonWhere(data, err))
	}
	w.setKind("package.json")
	lic := p.License.expr
	if lic == "" {
		lic = p.Licenses.expr
	}
	name := p.Name
	if name == "" {
		name = path.Dir(rel)
	}
	w.add(Component{Name: name, Version: p.Version, Source: "package.json", Where: rel}, npmExpr(lic))
	return nil
}

// npmExpr maps npm's non-SPDX words: "UNLICENSED" means proprietary, "SEE LICENSE IN".
func npmExpr(s string) string {
	switch {
	case strings.EqualFold(s, "UNLICENSED"):
		return "LicenseRef-UNLICENSED"
	case strings.HasPrefix(strings.ToUpper(s), "SEE LICEN"):
		return ""
	}
	return s
}

func (w *walker) npmLock(rel string, data []byte) error {
	var lock struct {
		LockfileVersion int `json:"lockfileVersion"`
		Packages        map[string]struct {
			Version string     `json:"version"`
			License npmLicense `json:"license"`
			Dev     bool       `json:"dev"`
		} `json:"packages"`
		Dependencies map[string]struct {
			Version string `json:"version"`
		} `json:"dependencies"`
	}
	if err := json.Unmarshal(data, &lock); err != nil {
		return inputErr(rel, "not a valid package-lock.json: %v", jsonWhere(data, err))
	}
	w.setKind("package-lock.json")
	if len(lock.Packages) == 0 {
		for name, d := range lock.Dependencies {
			w.add(Component{Name: name, Version: d.Version, Source: "package-lock.json", Where: rel,
				Note: "lockfile version 1 holds no licences; regenerate it with npm 7 or later"}, "")
		}
		return nil
	}
	keys := make([]string, 0, len(lock.Packages))
	for k := range lock.Packages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k == "" {
			continue // the project itself
		}
		p := lock.Packages[k]
		name := k // a workspace's own path ("packages/app") has no node_modules/
		if i := strings.LastIndex(k, "node_modules/"); i >= 0 {
			name = k[i+len("node_modules/"):]
		}
		src := "package-lock.json"
		if p.Dev {
			src += " (dev)"
		}
		w.add(Component{Name: name, Version: p.Version, Source: src, Where: rel}, npmExpr(p.License.expr))
	}
	return nil
}

// goMod lists the module's requirements with the licences found in vendor/ or the
// module cache. Nothing is downloaded or built.
func (w *walker) goMod(rel string, data []byte) error {
	// Parse reads replace directives; it refuses directives newer than x/mod knows,
	// which ParseLax skips (with replace).
	f, err := modfile.Parse(rel, data, nil)
	lax := err != nil
	if lax {
		if f, err = modfile.ParseLax(rel, data, nil); err != nil {
			return inputErr(rel, "not a valid go.mod: %v", err)
		}
	}
	w.setKind("go.mod")
	for _, r := range f.Require {
		c := Component{Name: r.Mod.Path, Version: r.Mod.Version, Source: "go.mod", Where: rel}
		mod := r.Mod // whose files hold the licence
		if n, ok := replacement(f.Replace, r.Mod); ok {
			c.Replace, mod = n.Path, n
			if n.Version != "" {
				c.Replace += "@" + n.Version
			}
		}
		dir := w.moduleDir(rel, r.Mod, mod)
		if dir == "" {
			c.Note = w.noModule(c.Replace)
			if mod.Version != "" {
				c.Module = mod.Path + "@" + mod.Version
			}
			w.add(c, "")
			continue
		}
		w.scan.Components = append(w.scan.Components, w.fromModuleDir(c, dir))
	}
	if lax && len(f.Require) > 0 && bytes.Contains(data, []byte("replace")) {
		w.scan.Skipped = append(w.scan.Skipped, rel+": replace directives not read (the file has directives this build does not know); licences are those of the modules as required")
	}
	return nil
}

// fromModuleDir gives c the licence of the licence files in dir, a module's files.
func (w *walker) fromModuleDir(c Component, dir string) Component {
	c.Source, c.License, c.Module = "module licence file", "", ""
	if entries, err := os.ReadDir(dir); err == nil {
		files := map[string][]byte{}
		for _, e := range entries {
			if e.Type().IsRegular() && IsLicenseFile(e.Name()) {
				data, err := readCapped(filepath.Join(dir, e.Name()), w.lim.MaxFileBytes)
				if err != nil {
					continue
				}
				w.scan.Bytes += int64(len(data))
				files[e.Name()] = data
			}
		}
		c.License, c.Note = LicenseOfFiles(files)
		c.Texts = LicenseTexts(files)
	}
	if c.License == "" {
		c.Note = "no licence file found in " + dir
	}
	return c
}

// ReadModuleCache gives the components of s that a Go program or SBOM names by module,
// and that have no licence yet, the licence files of that module in the module cache
// at modCache (read, never run). It returns how many it found there.
func ReadModuleCache(s *Scan, modCache string, lim Limits) int {
	if modCache == "" {
		return 0
	}
	w := &walker{lim: lim, scan: s, modCache: modCache}
	n := 0
	for i, c := range s.Components {
		path, version, ok := strings.Cut(c.Module, "@")
		if c.License != "" || !ok {
			continue
		}
		if dir := w.moduleDir("", module.Version{Path: path, Version: version}, module.Version{Path: path, Version: version}); dir != "" {
			s.Components[i] = w.fromModuleDir(c, dir)
			n++
		}
	}
	return n
}

// replacement is the module (or, with no version, the directory) that a replace
// directive puts in m's place: one for m's version first, then one for every version.
func replacement(rs []*modfile.Replace, m module.Version) (module.Version, bool) {
	for _, exact := range []bool{true, false} {
		for _, r := range rs {
			if r.Old.Path == m.Path && (exact && r.Old.Version == m.Version || !exact && r.Old.Version == "") {
				return r.New, true
			}
		}
	}
	return module.Version{}, false
}

// LocalReplace reports whether a component's Replace names a directory, not a module.
func LocalReplace(replace string) bool { return modfile.IsDirectoryPath(replace) }

// executable tells the headers of ELF, Mach-O and PE files, which may be Go programs.
func executable(data []byte) bool {
	switch {
	case bytes.HasPrefix(data, []byte("\x7fELF")), bytes.HasPrefix(data, []byte("MZ")):
		return true
	case len(data) >= 4:
		m := binary.LittleEndian.Uint32(data)
		return m == 0xfeedface || m == 0xfeedfacf || m == 0xcefaedfe || m == 0xcffaedfe || m == 0xcafebabe || m == 0xbebafeca
	}
	return false
}

// goBinary lists the modules a Go program was built from, as its build information
// records them (the go command's `go version -m`), without running it. Their licences
// are not in the program: each keeps its module for a lookup. false: data is no Go
// program.
func (w *walker) goBinary(rel string, data []byte) bool {
	if !executable(data) {
		return false
	}
	bi, err := buildinfo.Read(bytes.NewReader(data))
	if err != nil {
		return false
	}
	w.setKind("Go binary")
	// The Go runtime and standard library are linked into every Go program, under the
	// Go distribution's licence.
	w.scan.Components = append(w.scan.Components, Component{Name: "Go standard library", Version: bi.GoVersion, License: "BSD-3-Clause",
		Source: "Go binary", Where: rel, Note: "the Go distribution's licence (its LICENSE file, copyright The Go Authors)"})
	for _, d := range bi.Deps {
		if d == nil {
			continue
		}
		c := Component{Name: d.Path, Version: d.Version, Source: "Go binary", Where: rel,
			Note: "a program names its modules, not their licences: scan its go.mod with vendor/, or an SBOM", Module: d.Path + "@" + d.Version}
		if r := d.Replace; r != nil {
			c.Replace, c.Module = r.Path, ""
			if r.Version != "" {
				c.Replace += "@" + r.Version
				c.Module = c.Replace
			}
		}
		if module.Check(d.Path, d.Version) != nil {
			c.Module = ""
		}
		w.scan.Components = append(w.scan.Components, c)
	}
	return true
}

// LicenseOfFiles reads a module's or package's licence from its licence files (name →
// content; names IsLicenseFile does not know are skipped): what they say joined into one
// expression, "" when no known licence is found, and a note when there are several.
func LicenseOfFiles(files map[string][]byte) (expr, note string) {
	var rs []Result
	for _, f := range LicenseTexts(files) {
		rs = append(rs, Identify(f.Name, f.Data))
	}
	return LicenseOf(rs)
}

// LicenseOf joins what the licence files of one module or package were identified as
// (in the order given) into one expression, with a note when there are several.
func LicenseOf(rs []Result) (expr, note string) {
	var exprs []string
	for _, r := range rs {
		if x := expressionOf(r); x != "" {
			exprs = append(exprs, x)
		}
	}
	if len(exprs) > 0 {
		expr = joinAll(exprs)
	}
	return expr, guessNote(exprs)
}

// LicenseTexts are the licence files among files (as LicenseOfFiles reads them), by name.
func LicenseTexts(files map[string][]byte) []File {
	var out []File
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if IsLicenseFile(name) {
			out = append(out, File{name, files[name]})
		}
	}
	return out
}

// noModule says why a required module has no licence and what to do: a scan on disk
// reads vendor/ and the module cache; an upload in chat has only what it holds. A module
// replaced by a directory is found only there.
func (w *walker) noModule(replace string) string {
	switch {
	case LocalReplace(replace) && w.root == "":
		return "replaced by the directory " + replace + ", which the upload does not hold: send the go.mod in an archive with its vendor/ directory"
	case LocalReplace(replace):
		return "replaced by the directory " + replace + ", which is not there"
	case w.modCache == "":
		return "not in the upload: send the go.mod in an archive with its vendor/ directory, or an SBOM"
	}
	return "not in vendor/ or the module cache: run `go mod download` and scan again"
}

// moduleDir finds the files of required module m, which mod (m itself, or what a
// replace directive names) provides: vendor/ keeps m's path; a directory replacement
// is read where it is; the module cache holds mod.
func (w *walker) moduleDir(rel string, m, mod module.Version) string {
	if w.root != "" {
		here := filepath.Join(w.root, filepath.Dir(filepath.FromSlash(rel)))
		v := filepath.Join(here, "vendor", filepath.FromSlash(m.Path))
		if fi, err := os.Stat(v); err == nil && fi.IsDir() {
			return v
		}
		if mod.Version == "" && mod.Path != m.Path {
			local := filepath.FromSlash(mod.Path)
			if !filepath.IsAbs(local) {
				local = filepath.Join(here, local)
			}
			if fi, err := os.Stat(local); err == nil && fi.IsDir() {
				return local
			}
			return ""
		}
	}
	if w.modCache == "" || mod.Version == "" {
		return ""
	}
	m = mod
	p, err1 := module.EscapePath(m.Path)
	v, err2 := module.EscapeVersion(m.Version)
	if err1 != nil || err2 != nil {
		return ""
	}
	d := filepath.Join(w.modCache, filepath.FromSlash(p)+"@"+v)
	if fi, err := os.Stat(d); err == nil && fi.IsDir() {
		return d
	}
	return ""
}

// joinAll joins expressions with AND, each part once.
// guessNote is the note for a licence that joins licences with AND where no file said
// they all apply (several licence files, or several texts in one without words that
// offer a choice): they may be alternatives.
func guessNote(exprs []string) string {
	if len(exprs) > 1 || len(exprs) == 1 && strings.Contains(exprs[0], " AND ") && !strings.Contains(exprs[0], " OR ") {
		return "several licences found; if they are alternatives (dual licensing), the verdict may be better"
	}
	return ""
}

func joinAll(exprs []string) string {
	var parts []string
	for _, e := range exprs {
		parts = append(parts, topLevel(e, " AND ")...)
	}
	parts = dedupe(parts)
	for i, p := range parts {
		if len(parts) > 1 && len(topLevel(p, " OR ")) > 1 {
			parts[i] = "(" + p + ")" // AND binds tighter than OR
		}
	}
	return strings.Join(parts, " AND ")
}

// topLevel splits an SPDX expression at op ("AND", "OR") outside parentheses, and takes
// the parentheses off a part that is wholly inside a pair of them.
func topLevel(expr, op string) []string {
	var parts []string
	depth, start := 0, 0
	for i := 0; i < len(expr); i++ {
		switch {
		case expr[i] == '(':
			depth++
		case expr[i] == ')':
			depth--
		case depth == 0 && strings.HasPrefix(expr[i:], op):
			parts = append(parts, strings.TrimSpace(expr[start:i]))
			start = i + len(op)
		}
	}
	parts = append(parts, strings.TrimSpace(expr[start:]))
	for i, p := range parts {
		if strings.HasPrefix(p, "(") && strings.HasSuffix(p, ")") && len(topLevel(p[1:len(p)-1], op)) == 1 && balanced(p[1:len(p)-1]) {
			parts[i] = strings.TrimSpace(p[1 : len(p)-1])
		}
	}
	return parts
}

// Conjuncts are the terms an SPDX expression joins with AND outside parentheses ("MIT
// AND (Apache-2.0 OR BSD-2-Clause)": "MIT" and "Apache-2.0 OR BSD-2-Clause"), with the
// parentheses round the whole expression, or round a term, taken off.
func Conjuncts(expr string) []string {
	expr = strings.TrimSpace(expr)
	for strings.HasPrefix(expr, "(") && strings.HasSuffix(expr, ")") && balanced(expr[1:len(expr)-1]) {
		expr = strings.TrimSpace(expr[1 : len(expr)-1])
	}
	return topLevel(expr, " AND ")
}

// balanced reports whether every parenthesis in s closes within it.
func balanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
