package license

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

//go:embed data/osadl-matrix.json
var osadlJSON []byte

// OSADLAttribution is shipped with every answer built from the matrix (CC-BY-4.0).
const OSADLAttribution = "License compatibility data © 2017–2024 Open Source Automation Development Lab (OSADL) eG and contributors, CC-BY-4.0, https://www.osadl.org/"

var osadl = sync.OnceValue(func() map[string]map[string]string {
	return embedded[struct {
		Matrix map[string]map[string]string `json:"matrix"`
	}]("osadl-matrix.json", osadlJSON).Matrix
})

// embedded decodes one of the JSON data files built into the binary (made by gen/).
// They are part of the build, so one that does not decode is a build defect: the tests
// decode each.
func embedded[T any](name string, data []byte) T {
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		panic("embedded " + name + ": " + err.Error())
	}
	return v
}

// Compatibility is whether code under Inbound may be included in a work distributed
// under Outbound, as the OSADL matrix says.
type Compatibility struct {
	Inbound, Outbound string
	Answer            string // Yes, No, Unknown, Check dependency, Same; "" when the matrix lacks a licence
	Reason            string
	Missing           string // with Answer "": the licence the matrix does not cover
}

// Compatible looks the pair up in the OSADL matrix. The direction matters: MIT code
// can go into a GPL-3.0-only work, not the other way round.
func Compatible(inbound, outbound string) Compatibility {
	c := Compatibility{Inbound: inbound, Outbound: outbound}
	row, ok := osadl()[outbound]
	if !ok {
		c.Missing = outbound
		c.Reason = fmt.Sprintf("The OSADL matrix does not cover %s, so I cannot say; ask the OSPO.", outbound)
		return c
	}
	ans, ok := row[inbound]
	if !ok {
		c.Missing = inbound
		c.Reason = fmt.Sprintf("The OSADL matrix does not cover %s, so I cannot say; ask the OSPO.", inbound)
		return c
	}
	c.Answer = ans
	switch ans {
	case "Yes":
		c.Reason = fmt.Sprintf("Code under %s may be included in a work licensed under %s, keeping the %s obligations for that code.", inbound, outbound, inbound)
	case "No":
		c.Reason = fmt.Sprintf("Code under %s may not be included in a work distributed under %s: the two licences' conditions conflict.", inbound, outbound)
	case "Check dependency":
		c.Reason = "It depends on how the code is combined (for example linking versus copying); ask the OSPO."
	case "Same":
		c.Reason = "It is the same licence."
	default:
		c.Reason = "The OSADL matrix records this pair as unknown; ask the OSPO."
	}
	return c
}

// Combination says under which of several licences a work combining code under all of
// them may be distributed: for each candidate, whether each of the others may go into
// it, from the OSADL matrix.
type Combination struct {
	Licenses []string
	Under    []Candidate // one per licence, in the order given
}

// Candidate is one licence as the licence of the whole.
type Candidate struct {
	License string
	Answer  string          // Yes: every other licence may go in; No: one may not; "": the matrix cannot say
	Others  []Compatibility // each other licence going into License
}

// Combine looks up every licence going into every other.
func Combine(ids []string) Combination {
	c := Combination{Licenses: ids}
	for _, out := range ids {
		cand := Candidate{License: out, Answer: "Yes"}
		for _, in := range ids {
			if in == out {
				continue
			}
			p := Compatible(in, out)
			cand.Others = append(cand.Others, p)
			switch {
			case p.Answer == "No":
				cand.Answer = "No"
			case p.Answer != "Yes" && p.Answer != "Same" && cand.Answer == "Yes":
				cand.Answer = ""
			}
		}
		c.Under = append(c.Under, cand)
	}
	return c
}
