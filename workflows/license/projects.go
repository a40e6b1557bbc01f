package license

import (
	_ "embed"
	"sync"
)

//go:embed data/projects.json
var projectsJSON []byte

// Project is a well-known project a question may name instead of its licence ("can we
// ship BusyBox in our router?"), read from data/projects.json with the page its licence
// was read from.
type Project struct {
	Names   []string `json:"names"`
	License string   `json:"license"` // an SPDX expression
	// Tool is set for programs whose licence does not reach what they produce: compiling
	// with GCC or editing with Emacs is not distributing them.
	Tool   bool   `json:"tool,omitempty"`
	Note   string `json:"note,omitempty"`
	Source string `json:"source"`
}

// Name is how the project is usually written, for answers.
func (p *Project) Name() string { return p.Names[0] }

// knownProjects maps each normalised project name to its project.
var knownProjects = sync.OnceValue(func() map[string]*Project {
	list := embedded[struct {
		Projects []*Project `json:"projects"`
	}]("projects.json", projectsJSON).Projects
	m := map[string]*Project{}
	for _, p := range list {
		for _, n := range p.Names {
			m[norm(n)] = p
		}
	}
	return m
})

// Projects lists the well-known projects the data names, for tests and documentation.
func Projects() map[string]*Project { return knownProjects() }
