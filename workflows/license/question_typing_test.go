package license

import (
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/ospobot/ospobot/bot/config"
)

// gnuVersionRE finds a GNU licence named with a version: "GPLv2", "LGPL 2.1", "AGPL-3".
var gnuVersionRE = regexp.MustCompile(`(?i)\b(A|L)?GPL[ -]?v?(\d)(?:\.(\d))?\b`)

// spdxLikeRE finds a licence written as an SPDX ID ("Apache-2.0", "GPL-3.0-or-later"),
// looseNameRE one written loosely ("GPL", "MIT"); sentenceBreakRE the space between two
// sentences.
var (
	spdxLikeRE      = regexp.MustCompile(`\b[A-Z][A-Za-z]*-\d[\w.+-]*\b`)
	looseNameRE     = regexp.MustCompile(`\b(?:GPL|LGPL|AGPL|MIT|Apache|BSD|MPL)\b`)
	sentenceBreakRE = regexp.MustCompile(`([.?!]) +([A-Z])`)
)

// respell writes each GNU licence with a version the way spell gives it.
func respell(text string, spell func(prefix, major, minor string) string) string {
	return gnuVersionRE.ReplaceAllStringFunc(text, func(m string) string {
		s := gnuVersionRE.FindStringSubmatch(m)
		minor := s[3]
		if minor == "" {
			minor = "0"
		}
		return spell(strings.ToUpper(s[1]), s[2], minor)
	})
}

// TestQuestionsReadTheSameHoweverTyped guards the reading against the ways engineers type
// the same question: in lower case with no question mark and a greeting around it, with
// the licences spelt otherwise ("GPL-2.0", "gpl2", "apache2", "license" for "licence"),
// or said for a team ("we", "our") instead of oneself; pasted from a web page (no-break
// spaces, curly quotes and apostrophes) or written in chat markup (licence IDs as inline
// code, names in bold, a line for each sentence); posted as a forum post with a title, a
// sentence that sets the scene with words that are also licences' names ("studied at
// MIT", "Python 3.11") and its sentences as a list; or misspelt as forums misspell
// ("lisence", "compatable", "w/"). Every corpus question read right as written must
// still be read right each way (an eighth of them under the race detector).
func TestQuestionsReadTheSameHoweverTyped(t *testing.T) {
	t.Parallel()
	p := NewPolicy(rulesOf(config.DefaultPolicy()))
	ways := map[string]func(string) string{
		"casual": func(s string) string {
			return "hey all, quick one: " + strings.ToLower(strings.TrimRight(s, "?!. ")) + " thanks!"
		},
		"spdx-like versions, US spelling, said for a team": func(s string) string {
			s = respell(s, func(prefix, major, minor string) string { return prefix + "GPL-" + major + "." + minor })
			s = strings.NewReplacer("licence", "license", "Licence", "License", "Apache 2.0", "apache2", "Apache License 2.0", "ASLv2").Replace(s)
			return strings.NewReplacer(" I ", " we ", " my ", " our ", "My ", "Our ").Replace(s)
		},
		"pasted from a web page, or written in chat markup": func(s string) string {
			if len(s)%2 == 0 { // half of them each way, so that the test stays quick
				return strings.NewReplacer(" ", "\u00a0", "'", "’", `"`, "“").Replace(s)
			}
			s = sentenceBreakRE.ReplaceAllString(spdxLikeRE.ReplaceAllString(s, "`$0`"), "$1\n$2")
			return looseNameRE.ReplaceAllString(s, "*$0*")
		},
		"a forum post with a title, a sentence of setting and a list": func(s string) string {
			return "Licence question\n\nSome of us studied at MIT, and we work in Python 3.11.\n- " + sentenceBreakRE.ReplaceAllString(s, "$1\n- $2")
		},
		"misspelt as in forums": func(s string) string {
			return strings.NewReplacer("license", "lisence", "licence", "liscense", "compatible", "compatable", "compatibility", "compatability",
				"proprietary", "proprietery", "commercial", "commerical", " with ", " w/ ").Replace(s)
		},
		"short versions": func(s string) string {
			return respell(s, func(prefix, major, minor string) string {
				if minor == "0" {
					return strings.ToLower(prefix) + "gpl" + major
				}
				return strings.ToLower(prefix) + "gpl" + major + "." + minor
			})
		},
	}
	corpus := readQuestionCorpus(t)
	step := 1
	if raceEnabled {
		step = 8 // the race detector slows reading tenfold; an eighth still covers every way
	}
	sample := make([]corpusQuestion, 0, len(corpus)/step+1)
	for k := 0; k < len(corpus); k += step {
		sample = append(sample, corpus[k])
	}
	ok := make([]bool, len(sample))
	inParallel(len(sample), func(i int) { ok[i] = scoreQuestion(p, sample[i]).ok() })
	var right []corpusQuestion
	for i, c := range sample {
		if ok[i] {
			right = append(right, c)
		}
	}
	for name, way := range ways {
		inParallel(len(right), func(i int) {
			c := right[i]
			typed := c
			if typed.text = way(c.text); typed.text == c.text {
				return
			}
			if s := scoreQuestion(p, typed); !s.ok() {
				t.Errorf("%s: %q (%s line %d) is read wrong typed as %q: %s", name, c.text, c.file, c.line, typed.text, s.why)
			}
		})
	}
}

// inParallel calls do(i) for every i below n, spread over as many goroutines as the
// machine runs at once: the corpus-wide tests read thousands of questions, and the
// reader is meant to serve many chats at once, which the race detector then watches.
func inParallel(n int, do func(i int)) {
	next := make(chan int, n)
	for i := range n {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				do(i)
			}
		})
	}
	wg.Wait()
}

// TestEveryReadingIsWellFormed guards what every corpus question is read as, right or
// wrong: no empty licence, and an expression the SPDX parser accepts, so that an answer
// never stands on a reading it cannot evaluate.
func TestEveryReadingIsWellFormed(t *testing.T) {
	t.Parallel()
	corpus := readQuestionCorpus(t)
	step := 1
	if raceEnabled {
		step = 4 // a quarter, under the race detector; .ci/run also reads them all without it
	}
	inParallel(len(corpus)/step, func(i int) {
		c := corpus[i*step]
		q, ok := ParseQuestion(c.text)
		if !ok {
			return
		}
		for _, l := range q.Licenses {
			if strings.TrimSpace(l) == "" {
				t.Errorf("%s line %d: an empty licence in %q", c.file, c.line, q.Licenses)
			}
		}
		if q.Expression != "" {
			if _, err := Terms(CanonicalExpression(q.Expression)); err != nil {
				t.Errorf("%s line %d: expression %q: %v", c.file, c.line, q.Expression, err)
			}
		}
	})
}
