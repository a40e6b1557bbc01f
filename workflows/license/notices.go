package license

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
	"time"
)

// NoticesSummary counts what a notices file holds.
type NoticesSummary struct {
	Components int // third-party components listed
	WithText   int // of them, those whose licence texts are in the file
}

// inNotices tells the components a notices file lists: the third-party ones. A scanned
// project's own licence file (at the root of the tree) and SPDX tags in its source files
// are the project itself.
func inNotices(c Component) bool {
	switch {
	case c.Source == "SPDX tag" || c.Source == "text":
		return false
	case c.Source == "licence file" && path.Dir(c.Where) == ".":
		return false
	}
	return true
}

const noticesRule = "================================================================================\n"

// WriteNotices writes a third-party notices file for the scans: every component with
// its licence, then the licence texts each one ships, as a distribution's NOTICES or
// THIRD_PARTY_LICENSES file carries them; last, the components whose texts were not
// found, with where their licences' texts are. A component found in several scans is
// listed once.
func WriteNotices(w io.Writer, scans []*Scan, now time.Time) (NoticesSummary, error) {
	var cs []Component
	seen := map[string]bool{}
	var targets []string
	for _, s := range scans {
		targets = append(targets, s.Target)
		for _, c := range s.Components {
			key := c.Name + "@" + c.Version
			if !inNotices(c) || seen[key] {
				continue
			}
			seen[key] = true
			cs = append(cs, c)
		}
	}
	slices.SortFunc(cs, func(a, b Component) int {
		return cmp.Or(strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), strings.Compare(a.Version, b.Version))
	})
	var sum NoticesSummary
	var b bytes.Buffer
	fmt.Fprintf(&b, "THIRD-PARTY SOFTWARE NOTICES\n\nThe third-party components found in %s, with the licence texts they ship.\n",
		strings.Join(targets, ", "))
	fmt.Fprintf(&b, "Made by ospobot on %s. Check it before you ship it: a component may carry notices outside its licence files.\n\n",
		now.UTC().Format("2006-01-02"))
	fmt.Fprintf(&b, "Components (%d):\n", len(cs))
	for _, c := range cs {
		fmt.Fprintf(&b, "  %s — %s\n", nameVersion(c), cmp.Or(c.License, "no licence found"))
	}
	var without []Component
	for _, c := range cs {
		sum.Components++
		texts := noticeTexts(c.Texts)
		if len(texts) == 0 {
			without = append(without, c)
			continue
		}
		sum.WithText++
		fmt.Fprintf(&b, "\n%s%s\nLicence: %s\n", noticesRule, nameVersion(c), cmp.Or(c.License, "no known licence in its licence files"))
		for _, t := range texts {
			fmt.Fprintf(&b, "\n--- %s ---\n\n", t.Name)
			b.Write(t.Data)
			if !bytes.HasSuffix(t.Data, []byte("\n")) {
				b.WriteByte('\n')
			}
		}
	}
	if len(without) > 0 {
		fmt.Fprintf(&b, "\n%sComponents whose licence texts were not found (%d); add their texts before you ship:\n", noticesRule, len(without))
		for _, c := range without {
			line := "  " + nameVersion(c) + " — " + textWhere(c.License)
			if c.Note != "" {
				line += " [" + c.Note + "]"
			}
			b.WriteString(line + "\n")
		}
	}
	_, err := w.Write(b.Bytes())
	return sum, err
}

func nameVersion(c Component) string {
	s := c.Name
	if c.Version != "" {
		s += " " + c.Version
	}
	if c.Replace != "" {
		s += " (replaced by " + c.Replace + ")"
	}
	return s
}

// noticeTexts are the texts of a component's licence files, each once, binary files left
// out; line endings become \n.
func noticeTexts(fs []File) []File {
	var out []File
	for _, f := range fs {
		if IsBinary(f.Data) || len(bytes.TrimSpace(f.Data)) == 0 {
			continue
		}
		data := bytes.ReplaceAll(f.Data, []byte("\r\n"), []byte("\n"))
		if !slices.ContainsFunc(out, func(o File) bool { return bytes.Equal(o.Data, data) }) {
			out = append(out, File{f.Name, data})
		}
	}
	return out
}

// textWhere says where the standard texts of expr's licences are, or that none was found.
func textWhere(expr string) string {
	if expr == "" {
		return "no licence found"
	}
	terms, err := Terms(expr)
	if err != nil {
		return expr
	}
	var urls []string
	for _, t := range terms {
		id, _, _ := strings.Cut(t, " WITH ")
		if _, ok := spdxList()[id]; ok {
			urls = append(urls, SPDXPage(id))
		}
	}
	if len(urls) == 0 {
		return expr
	}
	return expr + " (the standard text: " + strings.Join(urls, ", ") + "; its copyright lines are the component's own)"
}

// SPDXPage is the SPDX licence list's page for a licence or exception ID.
func SPDXPage(id string) string { return "https://spdx.org/licenses/" + id + ".html" }
