package license

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/ospobot/ospobot/internal/text"
)

// SPDX 3.0 documents are JSON-LD: a @context naming https://spdx.org/rdf/3.0.x/… and a
// @graph of elements that refer to each other by spdxId. Go has no stable SPDX 3 reader
// yet (spdx/tools-golang's is a release candidate that would also replace our SPDX 2
// reader), so this is a small typed decoder of the graph as the specification's JSON
// serialisation writes it, compacted with SPDX's own context. Licences are not
// properties of a package: Relationship elements of type hasConcludedLicense and
// hasDeclaredLicense point from the package to licence elements — a
// simplelicensing_LicenseExpression, or the expanded-licensing classes (listed and
// custom licences, AND/OR sets, "or later", WITH an addition).

// isSPDX3 tells an SPDX 3 JSON-LD document by its context.
func isSPDX3(head []byte) bool {
	return bytes.Contains(head, []byte(`"@context"`)) && spdx3Context.Match(head)
}

var spdx3Context = regexp.MustCompile(`spdx\.org/rdf/3\.\d`)

// spdx3Ref is a reference to an element: its spdxId as a string, or the element itself
// written in place (then it is added to the graph under its own ID).
type spdx3Ref struct {
	id     string
	inline *spdx3Element
}

func (r *spdx3Ref) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &r.id)
	}
	var e spdx3Element
	if err := json.Unmarshal(b, &e); err != nil {
		return err
	}
	r.id, r.inline = e.ID(), &e
	return nil
}

// spdx3Refs is a list of references; a single one may stand alone.
type spdx3Refs []spdx3Ref

func (rs *spdx3Refs) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		var list []spdx3Ref
		err := json.Unmarshal(b, &list)
		*rs = list
		return err
	}
	var one spdx3Ref
	if err := json.Unmarshal(b, &one); err != nil {
		return err
	}
	*rs = spdx3Refs{one}
	return nil
}

// spdx3Element holds the properties of every class this reader uses; the class is in
// Type. Unknown properties and classes are ignored, as JSON-LD readers do.
type spdx3Element struct {
	Type   string `json:"type"`
	AtType string `json:"@type"`
	SpdxID string `json:"spdxId"`
	AtID   string `json:"@id"`
	Name   string `json:"name"`

	PackageVersion     string `json:"software_packageVersion"`
	PackageURL         string `json:"software_packageUrl"`
	ExternalIdentifier []struct {
		Type       string `json:"externalIdentifierType"`
		Identifier string `json:"identifier"`
	} `json:"externalIdentifier"`
	SnippetFromFile spdx3Ref `json:"software_snippetFromFile"`

	From             spdx3Ref  `json:"from"`
	To               spdx3Refs `json:"to"`
	RelationshipType string    `json:"relationshipType"`
	Scope            string    `json:"scope"`

	LicenseExpression string `json:"simplelicensing_licenseExpression"`
	CustomIDToURI     []struct {
		Key   string `json:"key"`
		Value string `json:"value"`
	} `json:"simplelicensing_customIdToUri"`
	LicenseText string `json:"simplelicensing_licenseText"`

	Members         spdx3Refs `json:"expandedlicensing_member"`
	SubjectLicense  spdx3Ref  `json:"expandedlicensing_subjectLicense"`
	SubjectAddition spdx3Ref  `json:"expandedlicensing_subjectAddition"`
}

// ID is the element's identifier: spdxId, or @id for blank nodes.
func (e *spdx3Element) ID() string { return cmpOr(e.SpdxID, e.AtID) }

// Class is the element's class without its profile: "software_Package" and
// ".../terms/Software/Package" are both "Package".
func (e *spdx3Element) Class() string { return localName(cmpOr(e.Type, e.AtType)) }

// localName strips a namespace IRI or a profile prefix: the part after the last "/",
// "#" or "_".
func localName(s string) string {
	if i := strings.LastIndexAny(s, "/#"); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.LastIndexByte(s, '_'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// spdx3Graph is a decoded document: every element by ID, in document order.
type spdx3Graph struct {
	byID  map[string]*spdx3Element
	order []*spdx3Element
	rels  map[string]map[string][]spdx3Ref // from → relationship type → targets
	// exprs holds each licence element's expression once worked out, so that a set
	// named many times (or a hostile graph of sets sharing members) costs once;
	// pending marks those being worked out, to tell a set that contains itself.
	exprs   map[string][2]string
	pending map[string]bool
}

func (g *spdx3Graph) add(e *spdx3Element) {
	if id := e.ID(); id != "" {
		if _, dup := g.byID[id]; dup {
			return
		}
		g.byID[id] = e
	}
	g.order = append(g.order, e)
	for _, r := range append(slices.Clone(e.To), e.From, e.SnippetFromFile, e.SubjectLicense, e.SubjectAddition) {
		if r.inline != nil {
			g.add(r.inline)
		}
	}
	for _, r := range e.Members {
		if r.inline != nil {
			g.add(r.inline)
		}
	}
}

// readSPDX3 decodes data into a graph; a malformed document is an InputError naming
// what is wrong and where.
func readSPDX3(rel string, data []byte) (*spdx3Graph, error) {
	var doc struct {
		Context json.RawMessage   `json:"@context"`
		Graph   []json.RawMessage `json:"@graph"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, inputErr(rel, "not a valid SPDX 3.0 document: %v", jsonWhere(data, err))
	}
	if doc.Graph == nil {
		return nil, inputErr(rel, "not a valid SPDX 3.0 document: it has no @graph of elements")
	}
	g := &spdx3Graph{byID: map[string]*spdx3Element{}, rels: map[string]map[string][]spdx3Ref{}}
	for i, raw := range doc.Graph {
		e := new(spdx3Element)
		if err := json.Unmarshal(raw, e); err != nil {
			return nil, inputErr(rel, "not a valid SPDX 3.0 document: element %d of @graph: %v", i+1, jsonWhere(raw, err))
		}
		if e.Class() == "" {
			return nil, inputErr(rel, "not a valid SPDX 3.0 document: element %d of @graph has no type", i+1)
		}
		g.add(e)
	}
	for _, e := range g.order {
		switch e.Class() {
		case "Relationship", "LifecycleScopedRelationship":
			if e.From.id == "" {
				return nil, inputErr(rel, "not a valid SPDX 3.0 document: relationship %s has no \"from\"", cmpOr(e.ID(), "(unnamed)"))
			}
			t := localName(e.RelationshipType)
			if g.rels[e.From.id] == nil {
				g.rels[e.From.id] = map[string][]spdx3Ref{}
			}
			g.rels[e.From.id][t] = append(g.rels[e.From.id][t], e.To...)
		}
	}
	return g, nil
}

// isPackageClass tells the classes that are packages: software_Package and its
// subclasses in the AI and Dataset profiles.
func isPackageClass(c string) bool {
	return c == "Package" || c == "AIPackage" || c == "DatasetPackage"
}

// spdx3Doc reads the components of an SPDX 3 document: each package with its concluded
// licence, else its declared one; a package without either lists its files and
// snippets that have their own; files outside any package are listed by themselves.
func (w *walker) spdx3Doc(rel string, data []byte) error {
	g, err := readSPDX3(rel, data)
	if err != nil {
		return err
	}
	const kind = "SPDX 3.0 SBOM"
	w.setKind(kind)
	inPackage := map[string]bool{}
	snippetsOf := map[string][]*spdx3Element{}
	for _, e := range g.order {
		if e.Class() == "Snippet" && e.SnippetFromFile.id != "" {
			snippetsOf[e.SnippetFromFile.id] = append(snippetsOf[e.SnippetFromFile.id], e)
		}
	}
	for _, p := range g.order {
		if !isPackageClass(p.Class()) {
			continue
		}
		var files []*spdx3Element
		for _, r := range g.rels[p.ID()]["contains"] {
			if f := g.byID[r.id]; f != nil && f.Class() == "File" {
				inPackage[r.id] = true
				files = append(files, f)
			}
		}
		c := Component{Name: p.Name, Version: p.PackageVersion, Where: rel, Module: goModuleOf(spdx3PURL(p))}
		expr, src, note := g.licenseOf(p.ID())
		if expr == "" || expr == "NOASSERTION" {
			if listed := w.spdx3Files(g, rel, kind, p.Name, files, snippetsOf); listed > 0 {
				continue
			}
		}
		c.Source, c.Note = kind+src, note
		w.add(c, expr)
	}
	var loose []*spdx3Element
	for _, f := range g.order {
		if f.Class() == "File" && !inPackage[f.ID()] {
			loose = append(loose, f)
		}
	}
	w.spdx3Files(g, rel, kind, "", loose, snippetsOf)
	return nil
}

// spdx3Files adds the files (and their snippets) that have a licence of their own, as
// components of the package named pkg; it returns how many it added.
func (w *walker) spdx3Files(g *spdx3Graph, rel, kind, pkg string, files []*spdx3Element, snippetsOf map[string][]*spdx3Element) int {
	n := 0
	for _, f := range files {
		for _, e := range append([]*spdx3Element{f}, snippetsOf[f.ID()]...) {
			expr, src, note := g.licenseOf(e.ID())
			if expr == "" || expr == "NOASSERTION" {
				continue
			}
			name := cmpOr(e.Name, f.Name)
			if e != f {
				name = f.Name + " (snippet " + cmpOr(e.Name, localName(e.ID())) + ")"
			}
			where := rel
			if pkg != "" {
				name, where = pkg+": "+name, rel+", package "+pkg
			}
			w.add(Component{Name: name, Source: kind + ", file" + src, Where: where, Note: note}, expr)
			n++
		}
	}
	return n
}

// spdx3PURL is a package's package URL, from software_packageUrl or an external
// identifier of type packageUrl.
func spdx3PURL(p *spdx3Element) string {
	if p.PackageURL != "" {
		return p.PackageURL
	}
	for _, x := range p.ExternalIdentifier {
		if localName(x.Type) == "packageUrl" {
			return x.Identifier
		}
	}
	return ""
}

// licenseOf is the licence of element id as an SPDX expression: the concluded one where
// there is one other than NOASSERTION, else the declared one; src says which
// (", concluded"), and note says so in words, with any doubt met on the way.
func (g *spdx3Graph) licenseOf(id string) (expr, src, note string) {
	concluded, cNote := g.related(id, "hasConcludedLicense")
	declared, dNote := g.related(id, "hasDeclaredLicense")
	switch {
	case concluded != "" && concluded != "NOASSERTION":
		note = "concluded licence"
		if concluded == "NONE" {
			note = "" // the SBOM's own words say it
		}
		if declared != "" && declared != "NOASSERTION" && declared != concluded {
			note += "; declared " + declared
		}
		return concluded, ", concluded", joinNotes(note, cNote)
	case declared != "":
		note = "declared licence"
		if concluded == "" {
			note += "; none concluded"
		}
		if declared == "NOASSERTION" || declared == "NONE" {
			note = ""
		}
		return declared, ", declared", joinNotes(note, dNote)
	}
	return concluded, ", concluded", cNote
}

// related is the expression of the licences element id has by relationships of type
// rt (several apply together), with any notes.
func (g *spdx3Graph) related(id, rt string) (string, string) {
	var parts, notes []string
	for _, t := range g.rels[id][rt] {
		x, n := g.expression(t.id, 0)
		if x != "" {
			parts = append(parts, x)
		}
		if n != "" {
			notes = append(notes, n)
		}
	}
	if len(parts) == 0 {
		return "", strings.Join(dedupe(notes), "; ")
	}
	return joinAll(dedupe(parts)), strings.Join(dedupe(notes), "; ")
}

func joinNotes(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "; " + b
}

// spdx3MaxDepth bounds nested licence sets, so a hostile document cannot recurse
// without end (a set that contains itself).
const spdx3MaxDepth = 32

// spdx3MaxExpression bounds the expression one licence element makes.
const spdx3MaxExpression = 4096

// expression turns the licence element id into an SPDX expression, with a note where
// a LicenseRef's text was identified or could not be.
func (g *spdx3Graph) expression(id string, depth int) (string, string) {
	if depth > spdx3MaxDepth {
		return "", "licence sets nested too deeply"
	}
	if r, ok := g.exprs[id]; ok {
		return r[0], r[1]
	}
	if g.pending[id] {
		return "", "a licence set contains itself"
	}
	if g.exprs == nil {
		g.exprs, g.pending = map[string][2]string{}, map[string]bool{}
	}
	g.pending[id] = true
	x, note := g.expressionOf(id, depth)
	delete(g.pending, id)
	if len(x) > spdx3MaxExpression {
		// Sets that share members grow the expression twice a level: past any real
		// licence, it is no answer.
		x, note = "", "licence expression longer than "+strconv.Itoa(spdx3MaxExpression)+" characters"
	}
	g.exprs[id] = [2]string{x, note}
	return x, note
}

// expressionOf works out expression's answer for id.
func (g *spdx3Graph) expressionOf(id string, depth int) (string, string) {
	switch localName(id) {
	case "NoAssertionLicense":
		return "NOASSERTION", ""
	case "NoneLicense":
		return "NONE", ""
	}
	e := g.byID[id]
	if e == nil {
		// A listed licence or exception need not be in the graph: its IRI names it.
		if ref := listedID(id); ref != "" {
			return ref, ""
		}
		return "", fmt.Sprintf("licence %s is not in the document", text.Printable(id, 80))
	}
	switch e.Class() {
	case "LicenseExpression":
		return g.resolveRefs(e)
	case "ListedLicense", "ListedLicenseException":
		return cmpOr(listedID(id), localName(id)), ""
	case "CustomLicense", "CustomLicenseAddition":
		return g.identifyText(localName(id), e.LicenseText)
	case "ConjunctiveLicenseSet", "DisjunctiveLicenseSet":
		op := " AND "
		if e.Class() == "DisjunctiveLicenseSet" {
			op = " OR "
		}
		var parts, notes []string
		for _, m := range e.Members {
			x, n := g.expression(m.id, depth+1)
			if x != "" {
				parts = append(parts, parenthesise(x))
			}
			if n != "" {
				notes = append(notes, n)
			}
		}
		return strings.Join(dedupe(parts), op), strings.Join(dedupe(notes), "; ")
	case "OrLaterOperator":
		x, n := g.expression(e.SubjectLicense.id, depth+1)
		if x == "" {
			return "", n
		}
		return x + "+", n
	case "WithAdditionOperator":
		x, n1 := g.expression(e.SubjectLicense.id, depth+1)
		a, n2 := g.expression(e.SubjectAddition.id, depth+1)
		if x == "" || a == "" {
			return x, strings.Trim(n1+"; "+n2, "; ")
		}
		return x + " WITH " + a, strings.Trim(n1+"; "+n2, "; ")
	}
	return "", fmt.Sprintf("%s is a %s, not a licence", text.Printable(localName(id), 80), e.Class())
}

// parenthesise wraps a compound expression so that it can be joined with others.
func parenthesise(x string) string {
	if strings.Contains(x, " ") && !(strings.HasPrefix(x, "(") && balanced(x[1:len(x)-1])) {
		return "(" + x + ")"
	}
	return x
}

// listedID is the SPDX ID an IRI of the SPDX License List names
// (https://spdx.org/licenses/MIT gives MIT), or "".
func listedID(iri string) string {
	for _, p := range []string{"https://spdx.org/licenses/", "http://spdx.org/licenses/"} {
		if id, ok := strings.CutPrefix(iri, p); ok {
			return strings.TrimSuffix(strings.TrimSuffix(id, ".html"), ".json")
		}
	}
	return ""
}

var spdx3RefRE = regexp.MustCompile(`\b(?:DocumentRef-[A-Za-z0-9.\-]+:)?LicenseRef-[A-Za-z0-9.\-]+`)

// resolveRefs reads a licence expression element, replacing each LicenseRef- whose
// text the document holds (through customIdToUri) by what that text is identified as.
func (g *spdx3Graph) resolveRefs(e *spdx3Element) (string, string) {
	expr := strings.TrimSpace(e.LicenseExpression)
	uris := map[string]string{}
	for _, kv := range e.CustomIDToURI {
		uris[kv.Key] = kv.Value
	}
	var notes []string
	expr = spdx3RefRE.ReplaceAllStringFunc(expr, func(ref string) string {
		text, found := "", false
		if t := g.byID[uris[ref]]; t != nil {
			text, found = t.LicenseText, true
		} else {
			for _, t := range g.order {
				if t.LicenseText != "" && localName(t.ID()) == ref {
					text, found = t.LicenseText, true
					break
				}
			}
		}
		if !found {
			return ref
		}
		x, n := g.identifyText(ref, text)
		if n != "" {
			notes = append(notes, n)
		}
		return parenthesise(x)
	})
	return expr, strings.Join(notes, "; ")
}

// identifyText identifies a LicenseRef's text with ospobot's own identification: a text
// that is a known licence stands for it (and says so); any other keeps its LicenseRef,
// to be reviewed.
func (g *spdx3Graph) identifyText(ref, text string) (string, string) {
	ref = strings.TrimSpace(ref)
	if !strings.HasPrefix(ref, "LicenseRef-") && !strings.HasPrefix(ref, "AdditionRef-") {
		ref = "LicenseRef-" + strings.Trim(nonRefChars.ReplaceAllString(ref, "-"), "-")
	}
	if strings.TrimSpace(text) == "" {
		return ref, ref + " has no text in the document"
	}
	r := Identify(ref, []byte(text))
	if x := expressionOf(r); x != "" && r.Certainty == Identified && !strings.Contains(x, "LicenseRef-") {
		return x, fmt.Sprintf("%s's text in the document is %s", ref, x)
	}
	return ref, ref + "'s text is no licence ospobot knows: it needs review"
}

var nonRefChars = regexp.MustCompile(`[^A-Za-z0-9.\-]+`)
