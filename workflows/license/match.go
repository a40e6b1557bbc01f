package license

import (
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/ospobot/ospobot/workflows/license/internal/lictext"
)

// Identification compares a text with licence templates (data/templates.bin.gz, made
// by gen/ from the SPDX licence list and licenseclassifier v2's assets) by word
// n-grams:
//
//  1. the text is split into normalised words (lictext), and every run of gramN words
//     is hashed;
//  2. an index of a quarter of each template's grams (those whose hash ends in two
//     zero bits, so the same grams are picked in text and template) names the
//     templates worth a closer look, and where in the text their words lie;
//  3. each such template is compared with its stretch of the text, gram by gram: how
//     much of the template the text holds (recall) and how much of the stretch the
//     template explains (precision);
//  4. the best-scoring template for each stretch of text wins, so a variant (BSD-3-Clause
//     with a no-nuclear clause, MS-LPL, an HPND variant) beats its base, whose text
//     lacks the variant's words; stretches that do not overlap are each reported, so
//     every licence of a file with several is found.
//
// Nothing is compiled at start-up: the templates are read and the sampled index is
// sorted (tens of milliseconds), once, on first use.

// gramN is the number of words in a gram: long enough that a gram rarely occurs in
// unrelated licences, short enough that a changed word costs only a few.
const gramN = 4

//go:embed data/templates.bin.gz
var templatesGz []byte

// Template kinds, as gen/ writes them.
const (
	kindText   = 0 // a licence's full text
	kindNotice = 1 // a standard notice (source header) that refers to the licence
)

type template struct {
	id    string
	kind  byte
	words []uint32 // vocabulary numbers; 0 is a gap (a variable part)

	once sync.Once
	set  gramSet // its distinct grams, made on first use
	// next[p] is the next position in words where the gram at p occurs again, or -1:
	// a licence repeats phrases ("this list of conditions and the following
	// disclaimer"), and a text is lined up with the occurrence that follows its last.
	next []int32
	// slotAt[p] is the set's slot of the gram at position p (-1: a blank), for the
	// short texts whose missing clauses are looked for (missingRun).
	slotAt []int32
}

// grams returns the template's distinct grams.
func (t *template) grams() *gramSet {
	t.once.Do(func() {
		n := 0
		forGrams(t.words, func(int, uint64) { n++ })
		t.set = newGramSet(n)
		forGrams(t.words, func(i int, h uint64) { t.set.add(h, i) })
		t.next = make([]int32, len(t.words))
		after := make([]int32, len(t.set.slots))
		for i := range after {
			after[i] = -1
		}
		for i := len(t.words) - 1; i >= 0; i-- {
			t.next[i] = -1
			if i+gramN > len(t.words) {
				continue
			}
			if h := gramHash(t.words[i : i+gramN]); h != 0 {
				k := t.set.slot(h)
				t.next[i], after[k] = after[k], int32(i)
			}
		}
		if t.kind == kindText && t.set.n < shortTermsGrams {
			t.slotAt = make([]int32, max(0, len(t.words)-gramN+1))
			for p := range t.slotAt {
				t.slotAt[p] = -1
				if h := gramHash(t.words[p : p+gramN]); h != 0 {
					t.slotAt[p] = int32(t.set.slot(h))
				}
			}
		}
	})
	return &t.set
}

// gramSet is an open-addressing hash set of gram hashes (0 marks an empty slot): a
// membership test costs one or two loads, where a sorted slice costs a dozen.
type gramSet struct {
	slots []uint64
	pos   []int32 // the position in the template where each slot's gram first is
	n     int
}

func newGramSet(n int) gramSet {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return gramSet{slots: make([]uint64, size), pos: make([]int32, size)}
}

func (s *gramSet) add(h uint64, pos int) {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.pos[i] = int32(pos)
			s.n++
			return
		}
	}
}

// slot returns where h is in the set, or -1.
func (s *gramSet) slot(h uint64) int {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return int(i)
		case 0:
			return -1
		}
	}
}

type matcher struct {
	vocab     map[string]uint32
	templates []*template
	// The sampled index: entries hash>>32<<32 | template number, sorted.
	index   []uint64
	buckets []int32             // buckets[b]: the first index entry whose hash's top bits are b (len 1<<bucketBits + 1)
	tiny    map[uint64][]uint16 // every gram of the shortest templates
	sampled []int32             // per template: how many distinct grams of it are indexed
	terms   map[uint32]bool     // the vocabulary numbers of termsWords
	excepts map[uint32]bool     // the vocabulary numbers of exceptWords
}

// exceptWords carve an exception out of what a licence grants: a text that adds one to
// a short licence's words ("… without restriction except as noted below") grants less
// than the licence, however few the words it adds. A longer addition is weighed by
// termsWords and maxAdded.
var exceptWords = []string{"except", "excepting", "excluding", "unless"}

// termsWords are the words that state terms: words a text adds to a licence make it
// another licence only with one of them ("… may not be sold", "No attribution is
// required"); a list of names and telephone numbers changes nothing.
var termsWords = []string{"if", "not", "no", "nor", "never", "must", "shall", "may", "only", "without", "except", "unless",
	"prohibited", "permitted", "required", "requires", "allowed", "restricted", "forbidden", "provided", "disallowed",
	"denied", "cannot", "solely", "exclusively", "use", "redistribution", "redistribute", "sell", "sold", "commercial",
	"fee", "attribution"}

// saysTerms: the words hold one of termsWords.
func (m *matcher) saysTerms(words []uint32) bool {
	for _, w := range words {
		if m.terms[w] {
			return true
		}
	}
	return false
}

var loadMatcher = sync.OnceValue(func() *matcher {
	m, err := readMatcher(templatesGz)
	if err != nil {
		panic("embedded licence templates: " + err.Error()) // built in; tests read them
	}
	return m
})

func readMatcher(gz []byte) (*matcher, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	const magic = "ospobot-templates-1\n"
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, fmt.Errorf("not a template file")
	}
	b := raw[len(magic):]
	bad := false
	next := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			bad, b = true, nil
			return 0
		}
		b = b[n:]
		return v
	}
	str := func() string {
		n := next()
		if n > uint64(len(b)) {
			bad, b = true, nil
			return ""
		}
		s := string(b[:n])
		b = b[n:]
		return s
	}
	nv := next()
	m := &matcher{vocab: make(map[string]uint32, nv)}
	for i := uint64(1); i <= nv && !bad; i++ {
		m.vocab[str()] = uint32(i)
	}
	nt := next()
	if nt >= 1<<16 {
		return nil, fmt.Errorf("%d templates", nt)
	}
	for range nt {
		if bad {
			break
		}
		t := &template{id: str()}
		if len(b) == 0 {
			bad = true
			break
		}
		t.kind, b = b[0], b[1:]
		t.words = make([]uint32, next())
		for j := range t.words {
			t.words[j] = uint32(next())
		}
		m.templates = append(m.templates, t)
	}
	if bad {
		return nil, fmt.Errorf("template file cut short")
	}
	m.terms, m.excepts = map[uint32]bool{}, map[uint32]bool{}
	for _, w := range termsWords {
		if n, ok := m.vocab[w]; ok {
			m.terms[n] = true
		}
	}
	for _, w := range exceptWords {
		if n, ok := m.vocab[w]; ok {
			m.excepts[n] = true
		}
	}
	// The sampled index; a template too short to have a few sampled grams ("This
	// file is not copyrighted, and may be used freely …") has all of its grams in the
	// small index of every gram.
	m.tiny = map[uint64][]uint16{}
	m.sampled = make([]int32, len(m.templates))
	for ti, t := range m.templates {
		n, all := 0, 0
		forGrams(t.words, func(_ int, h uint64) {
			all++
			if sampledGram(h) {
				n++
			}
		})
		if n < 3 {
			forGrams(t.words, func(_ int, h uint64) {
				if !slices.Contains(m.tiny[h], uint16(ti)) {
					m.tiny[h] = append(m.tiny[h], uint16(ti))
					m.sampled[ti]++
				}
			})
			continue
		}
		forGrams(t.words, func(_ int, h uint64) {
			if sampledGram(h) {
				m.index = append(m.index, h>>32<<32|uint64(ti))
			}
		})
	}
	slices.Sort(m.index)
	m.index = slices.Compact(m.index)
	for _, e := range m.index {
		m.sampled[uint32(e)]++
	}

	// The buckets make a lookup a jump and a short scan, not a binary search over the
	// whole index.
	m.buckets = make([]int32, 1<<bucketBits+1)
	bk := 0
	for i, e := range m.index {
		for ; bk <= int(e>>(64-bucketBits)); bk++ {
			m.buckets[bk] = int32(i)
		}
	}
	for ; bk <= 1<<bucketBits; bk++ {
		m.buckets[bk] = int32(len(m.index))
	}
	return m, nil
}

func sampledGram(h uint64) bool { return h&3 == 0 }

const bucketBits = 16

// reach is how many words before the first and after the last sampled hit a
// comparison reads: a few unsampled grams' worth.
const reach = 2*gramN + 8

// lookup returns the index entries for the hash's top 32 bits.
func (m *matcher) lookup(h uint64) []uint64 {
	key := h >> 32 << 32
	b := h >> (64 - bucketBits)
	entries := m.index[m.buckets[b]:m.buckets[b+1]]
	for i, e := range entries {
		if e>>32<<32 == key {
			j := i + 1
			for j < len(entries) && entries[j]>>32<<32 == key {
				j++
			}
			return entries[i:j]
		}
		if e > key|0xffffffff {
			break
		}
	}
	return nil
}

// forGrams calls fn with the hash of every run of gramN words without a gap, and the
// position of its first word.
func forGrams(words []uint32, fn func(pos int, h uint64)) {
	for i := 0; i+gramN <= len(words); i++ {
		if h := gramHash(words[i : i+gramN]); h != 0 {
			fn(i, h)
		}
	}
}

// gramHash mixes gramN word numbers into 64 bits; 0 means the run holds a gap or an
// unknown word, which can match nothing.
func gramHash(w []uint32) uint64 {
	var h uint64 = 0x9e3779b97f4a7c15
	for _, x := range w[:gramN] {
		if x == 0 {
			return 0
		}
		h = (h ^ uint64(x)) * 0xbf58476d1ce4e5b9
		h ^= h >> 29
	}
	h *= 0x94d049bb133111eb
	h ^= h >> 32
	if h == 0 {
		h = 1
	}
	return h
}

// doc is a text split into words.
type doc struct {
	words      []uint32 // vocabulary numbers, 0 for a word no template has
	start, end []int32  // byte offsets of each word
	grams      []uint64 // hash of the gram starting at each word (0: none)
}

func (m *matcher) read(data []byte) *doc {
	d := &doc{}
	n := len(data)/5 + 16
	d.words = make([]uint32, 0, n)
	d.start = make([]int32, 0, n)
	d.end = make([]int32, 0, n)
	lictext.Words(data, func(w []byte, s, e int) {
		d.words = append(d.words, m.vocab[string(w)])
		d.start = append(d.start, int32(s))
		d.end = append(d.end, int32(e))
	})
	d.grams = make([]uint64, len(d.words))
	forGrams(d.words, func(i int, h uint64) { d.grams[i] = h })
	return d
}

// hitBuffer is memory for the sampled hits of one text, reused from text to text:
// a licence text has tens of thousands.
type hitBuffer struct {
	raw, hits, grams []uint64
	counts           []int32
}

var hitBuffers = sync.Pool{New: func() any { return new(hitBuffer) }}

// tmatch is one template found in a stretch of a text.
type tmatch struct {
	t              *template
	first, last    int // word positions of the first and last matching gram
	start, end     int // byte offsets of the stretch
	recall, prec   float64
	score          float64
	matchedGrams   int
	templateGrams  int
	stretchGrams   int
	unmatchedGrams int
	inserted       int // the longest run of grams inside the stretch that the template lacks
	// added is the most words the text has, in one place, beyond what the template
	// has there (not counting a blank the template leaves for a name); replaced is the
	// longest run of the template's words that stand in the text in other words.
	added, replaced int
	// excepted: the text adds an exception of its own (exceptWords) to the template's
	// words; missing is the longest run of the template's grams the text lacks: a
	// clause of the licence left out.
	excepted bool
	missing  int
}

var debugCands bool

var gnuFamily = regexp.MustCompile(`^(?:A|L)?GPL-|^GFDL-`)

const missingWeight = 1.5

// maxGap is the most words between two sampled hits of one template that still count
// as one stretch: room for a long list of names in a copyright line.
const maxGap = 80

// find returns the templates found in d, best first, without overlaps.
func (m *matcher) find(d *doc) []tmatch {
	// Sampled hits (template<<32 | word position), grouped by template with a counting
	// sort; each group stays in text order.
	buf := hitBuffers.Get().(*hitBuffer)
	defer hitBuffers.Put(buf)
	raw := buf.raw[:0]
	if cap(buf.counts) < len(m.templates)+1 {
		buf.counts = make([]int32, len(m.templates)+1)
	}
	counts := buf.counts[:len(m.templates)+1]
	clear(counts)
	for i, h := range d.grams {
		if h == 0 {
			continue
		}
		for _, t := range m.tiny[h] {
			raw = append(raw, uint64(t)<<32|uint64(i))
			counts[t+1]++
		}
		if !sampledGram(h) {
			continue
		}
		for _, e := range m.lookup(h) {
			t := uint32(e)
			raw = append(raw, uint64(t)<<32|uint64(i))
			counts[t+1]++
		}
	}
	for t := 1; t < len(counts); t++ {
		counts[t] += counts[t-1]
	}
	if cap(buf.hits) < len(raw) {
		buf.hits = make([]uint64, len(raw))
	}
	hits := buf.hits[:len(raw)]
	buf.raw = raw
	for _, h := range raw {
		t := h >> 32
		hits[counts[t]] = h
		counts[t]++
	}
	// Stretches worth comparing, with an estimate of their score from the sampled
	// hits alone.
	type stretch struct {
		t      int
		lo, hi int // word positions of the first and last hit
		// dlo, dhi: where the hits stand densest, the template's own stretch rather
		// than the few grams it shares with a neighbouring licence
		dlo, dhi int
		est      float64
	}
	var ests []stretch
	for i := 0; i < len(hits); {
		ti := int(hits[i] >> 32)
		j := i
		for j < len(hits) && int(hits[j]>>32) == ti {
			j++
		}
		for k := i; k < j; {
			l := k + 1
			for l < j && int(uint32(hits[l]))-int(uint32(hits[l-1])) <= maxGap {
				l++
			}
			count, s := float64(l-k), float64(m.sampled[ti])
			lo, hi := int(uint32(hits[k])), int(uint32(hits[l-1]))
			if count >= min(2, s) && count >= 0.45*s {
				// The estimate counts the template's grams met once each: a text
				// with two copies of a licence meets every kindred licence's shared
				// grams twice, and only the licence itself has all of its own.
				grams := buf.grams[:0]
				for _, h := range hits[k:l] {
					grams = append(grams, d.grams[uint32(h)])
				}
				slices.Sort(grams)
				distinct := float64(len(slices.Compact(grams)))
				buf.grams = grams
				inStretch := float64(hi-lo+1)/4 + 1
				a, b := densest(hits[k:l])
				ests = append(ests, stretch{ti, lo, hi, int(uint32(hits[k+a])), int(uint32(hits[k+b-1])), distinct - max(0, s-distinct) - max(0, inStretch-count)})
			}
			k = l
		}
		i = j
	}
	slices.SortFunc(ests, func(a, b stretch) int {
		switch {
		case a.est > b.est:
			return -1
		case a.est < b.est:
			return 1
		}
		return a.t - b.t
	})
	// Compare the best few candidates for each stretch of text.
	const perStretch = 10
	var cands []tmatch
	var scratch compareScratch
	var done []stretch
	for _, e := range ests {
		if debugCands {
			fmt.Printf("est %-40s %.1f %d-%d\n", m.templates[e.t].id, e.est, e.lo, e.hi)
		}
		n := 0
		for _, o := range done {
			// Stretches alike: they share half of the longer one.
			if in := min(e.dhi, o.dhi) - max(e.dlo, o.dlo); 2*in >= max(e.dhi-e.dlo, o.dhi-o.dlo) {
				n++
			}
		}
		if n >= perStretch {
			continue
		}
		done = append(done, e)
		for lo := e.lo; lo >= 0 && lo <= e.hi; {
			c, ok, rest := m.compare(d, m.templates[e.t], lo, e.hi, &scratch)
			if ok {
				cands = append(cands, c)
			}
			if rest <= lo {
				break
			}
			lo = rest
		}
	}
	slices.SortFunc(cands, func(a, b tmatch) int {
		switch {
		case a.score != b.score:
			return cmp.Compare(b.score, a.score)
		case a.prec != b.prec:
			return cmp.Compare(b.prec, a.prec) // a tie goes to the template that explains more of the text
		}
		return a.start - b.start
	})
	if debugCands {
		for _, c := range cands {
			fmt.Printf("cand %-40s r%.2f p%.2f score %.0f words %d-%d ins %d added %d replaced %d excepted %v missing %d grams %d\n", c.t.id, c.recall, c.prec, c.score, c.first, c.last, c.inserted, c.added, c.replaced, c.excepted, c.missing, c.templateGrams)
		}
	}
	var out []tmatch
	for i, c := range cands {
		if !acceptable(c) {
			continue
		}
		if c.missing >= minClause {
			// A text that lacks a clause of this template whole, where another template
			// of the same stretch matches it well with no clause missing, is that other
			// licence: the base whose words a variant's clause was added to.
			if j := slices.IndexFunc(cands[i+1:], func(b tmatch) bool {
				return b.missing < minClause && b.recall >= 0.75 && b.t.kind == kindText && acceptable(b) && overlaps(b, c)
			}); j >= 0 {
				c = cands[i+1+j]
			}
		}
		if slices.ContainsFunc(out, func(o tmatch) bool { return overlaps(o, c) }) || coveredBy(out, c) {
			// A licence between two others that share its words (NCSA between two
			// copies of MIT) may have been taken into their stretches: look for it
			// again in the words between them that no stretch found holds.
			if r, ok := m.lookBetween(d, out, c, &scratch); ok {
				out = append(out, r)
			}
			continue
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b tmatch) int { return a.start - b.start })
	return out
}

// densest returns the run hits[a:b] of one template's sampled hits (in text order)
// where they stand densest: each hit counts +1, and each word between two hits costs
// an eighth (a text of the template has a sampled hit every four words or so). A few
// hits of the grams a licence shares with its neighbour (ISC's "copyright notice and
// this permission notice" in MIT's text just above) are not the start of its stretch.
func densest(hits []uint64) (a, b int) {
	best, sum, start := -1.0, 0.0, 0
	for i := range hits {
		if i > start {
			sum -= float64(int(uint32(hits[i]))-int(uint32(hits[i-1]))-1) / 8
		}
		if sum < 0 {
			sum, start = 0, i
		}
		sum++
		if sum > best {
			best, a, b = sum, start, i+1
		}
	}
	return a, b
}

// compare measures template t against the stretch of d around word positions lo..hi.
// compareScratch is memory that compare reuses from one template to the next.
type compareScratch struct {
	mark  []uint64 // the template's slots met, to count distinct grams
	slots []int32  // the slot of each word's gram in the stretch, -1 if none
}

func (m *matcher) compare(d *doc, t *template, lo, hi int, sc *compareScratch) (c tmatch, ok bool, rest int) {
	gs := t.grams()
	// The sampled hits may start and end a little inside the licence (its first and
	// last grams may be unsampled): look a little further, and let the stretch find
	// its own ends. Not much further: a second notice may follow closely.
	lo = max(0, lo-reach)
	hi = min(len(d.grams)-1, hi+reach)
	words := (len(gs.slots) + 63) / 64
	if cap(sc.mark) < words {
		sc.mark = make([]uint64, words)
	}
	mark := sc.mark[:words]
	clear(mark)
	if cap(sc.slots) < hi-lo+1 {
		sc.slots = make([]int32, hi-lo+1)
	}
	slots := sc.slots[:hi-lo+1]
	for i := lo; i <= hi; i++ {
		k := -1
		if h := d.grams[i]; h != 0 {
			k = gs.slot(h)
		}
		slots[i-lo] = int32(k)
	}
	// The stretch is the run of words where the template explains the most: the
	// highest sum of +1 for each gram in the template and -1 for each gram not (the
	// maximum-sum subarray), so that a few grams the template shares with a
	// neighbouring licence do not pull that licence into its stretch.
	first, last := -1, -1
	best, sum, runStart := 0, 0, lo
	for i := lo; i <= hi; i++ {
		if slots[i-lo] >= 0 {
			sum++
		} else {
			sum--
		}
		if sum <= 0 {
			sum, runStart = 0, i+1
			continue
		}
		if sum > best {
			best, first, last = sum, runStart, i
		}
	}
	if first < 0 {
		return tmatch{}, false, -1
	}
	rest = -1
	matched, distinct, run, longest, lastMatch := 0, 0, 0, 0, first
	prevI, prevK, added, replaced, excepted := -1, -1, 0, 0, false
	for i := first; i <= last; i++ {
		k := int(slots[i-lo])
		if k < 0 {
			run++
			longest = max(longest, run)
			continue
		}
		if u := i - prevI - gramN; prevI >= 0 && u > 0 {
			// Words of the text in no gram the template has, between two that it has.
			own := d.words[prevI+gramN : i]
			if dropped, skip := between(t, int(gs.pos[prevK]), int(gs.pos[k])); !skip && m.saysTerms(own) {
				added = max(added, u-max(0, dropped))
				replaced = max(replaced, min(u, dropped))
				excepted = excepted || m.saysExcept(own)
			}
		}
		prevI, prevK = i, k
		if mark[k/64]&(1<<(k%64)) != 0 && 2*distinct >= gs.n && opensAgain(d, gs, i, k) {
			// A gram met before, after a gap, once most of the template is there: a
			// second copy of the licence starts. It is a match of its own.
			last, rest = lastMatch, i
			break
		}
		lastMatch = i
		run = 0
		{
			matched++
			if mark[k/64]&(1<<(k%64)) == 0 {
				mark[k/64] |= 1 << (k % 64)
				distinct++
			}
		}
	}
	stretch := last - first + 1
	c = tmatch{
		t: t, first: first, last: last,
		start: int(d.start[first]), end: int(d.end[min(last+gramN-1, len(d.end)-1)]),
		matchedGrams: distinct, templateGrams: gs.n, stretchGrams: stretch, unmatchedGrams: stretch - matched,
		inserted: longest, added: added, replaced: replaced, excepted: excepted,
	}
	if t.slotAt != nil {
		c.missing = missingRun(t.slotAt, mark)
	}
	c.recall = float64(distinct) / float64(gs.n)
	c.prec = float64(matched) / float64(stretch)
	// A clause of the template missing from the text weighs more than words the
	// text adds: a licence without one of its conditions is another licence.
	c.score = float64(distinct) - missingWeight*float64(gs.n-distinct) - float64(stretch-matched)
	// A variant whose text has the words this text adds ("The Software shall be used
	// for Good, not Evil") must win over its base with them inserted: words added in
	// one place weigh more than as many scattered (a name, a typo).
	switch {
	case c.modified():
		c.score -= float64(c.added + c.replaced)
	case t.kind == kindText && gs.n < shortTermsGrams:
		c.score -= float64(c.added) / 2
	}
	if strings.HasPrefix(t.id, "LicenseRef-") {
		// A licence the SPDX list lacks must match clearly better than a listed one
		// to be named instead: many vendor texts are a listed licence with a few words
		// changed.
		c.score -= 5 + 0.1*float64(gs.n)
	}
	return c, true, rest
}

// between finds where in the template two grams of a text, with words of the text's
// own between them, stand nearest one after the other: how many of the template's
// words lie between them there (dropped), and whether those hold a blank the text has
// filled with a name, or the text starts the licence anew there: words of its own
// that change no terms. Licences repeat phrases, so each gram's first few places are
// tried.
func between(t *template, p1, p2 int) (dropped int, skip bool) {
	found := false
	const tries = 8
	for a, n := p1, 0; a >= 0 && n < tries; a, n = int(t.next[a]), n+1 {
		for b, m := p2, 0; b >= 0 && m < tries; b, m = int(t.next[b]), m+1 {
			if b <= a {
				continue
			}
			if dr := b - a - gramN; !found || dr < dropped {
				found, dropped = true, dr
				// A blank filled in, the words around it perhaps put otherwise ("None
				// of the names of X and any contributors"); a whole clause dropped
				// with its blank is still dropped.
				skip = slices.Contains(t.words[min(a+gramN-1, b):b+1], 0) && dr < maxReplaced
			}
			break // later places of the second gram are further away
		}
	}
	if !found {
		// The second gram is nowhere after the first. At the licence's opening words
		// the text starts it anew (a second copy, or after another licence's words
		// that this one shares); elsewhere the words between are the text's own.
		return 0, p2 < 12
	}
	return dropped, skip
}

// minClause is the fewest grams in a row a template's text may lack for a clause of
// it to be left out: a sentence, not a word or a name.
const minClause = 16

// missingRun is the longest run of the template's grams, in its own order, that the
// text lacks between two it has (mark holds the slots of the grams met). A run at
// either end is not counted: a title, a copyright line or a preamble that copies
// leave out. Blanks neither end a run nor add to it.
func missingRun(slotAt []int32, mark []uint64) int {
	run, longest, met := 0, 0, false
	for _, k := range slotAt {
		if k < 0 {
			continue
		}
		if mark[k/64]&(1<<(k%64)) != 0 {
			if met {
				longest = max(longest, run)
			}
			run, met = 0, true
			continue
		}
		run++
	}
	return longest
}

// saysExcept: the words hold one of exceptWords.
func (m *matcher) saysExcept(words []uint32) bool {
	return slices.ContainsFunc(words, func(w uint32) bool { return m.excepts[w] })
}

// opensAgain: the grams from position i on in d are the template's opening words, in
// order, once more.
func opensAgain(d *doc, gs *gramSet, i, k int) bool {
	p := gs.pos[k]
	if p > 8 || i+8 >= len(d.grams) {
		return false
	}
	for j := 1; j <= 8; j++ {
		h := d.grams[i+j]
		if h == 0 {
			return false
		}
		kk := gs.slot(h)
		if kk < 0 || gs.pos[kk] != p+int32(j) {
			return false
		}
	}
	return true
}

// acceptable: enough of the template is there, and enough of the stretch is the
// template, for the text to be that licence (or notice).
func acceptable(c tmatch) bool {
	minRecall := 0.6
	switch {
	case c.templateGrams < 25:
		minRecall = 0.8 // a short text: most of it must be there
	case c.t.kind == kindNotice && gnuFamily.MatchString(c.t.id):
		// GNU notices are reworded the most in the sentence that names the version,
		// which is read from the words themselves (gnuNotice, gfdlNotice); the rest
		// (the warranty, where to get a copy) is the evidence.
		minRecall = 0.6
	case c.t.kind == kindNotice:
		// Notices are short and alike: "governed by a BSD-style license that can be
		// found in the LICENSE file" is not the notice that goes on to name the
		// BSD-3-Clause text's address.
		minRecall = 0.7
	}
	if strings.HasPrefix(c.t.id, "LicenseRef-") {
		// Many unlisted texts share a listed licence's disclaimer: to be named, most
		// of one must be there.
		return c.recall >= 0.75 && c.prec >= 0.75
	}
	return c.recall >= minRecall && c.prec >= 0.6
}

// lookBetween compares c's template once more with the longest run of c's stretch that
// no stretch found so far covers, and returns the match if it is one.
func (m *matcher) lookBetween(d *doc, found []tmatch, c tmatch, sc *compareScratch) (tmatch, bool) {
	lo, hi := c.first, c.last
	bestLo, bestHi := -1, -1
	for i := lo; i <= hi; {
		if j := slices.IndexFunc(found, func(o tmatch) bool { return o.first <= i && i <= o.last+gramN-1 }); j >= 0 {
			i = found[j].last + gramN
			continue
		}
		k := i
		for k <= hi && !slices.ContainsFunc(found, func(o tmatch) bool { return o.first <= k && k <= o.last+gramN-1 }) {
			k++
		}
		if k-i > bestHi-bestLo {
			bestLo, bestHi = i, k-1
		}
		i = k
	}
	if bestLo < 0 || bestHi-bestLo < minBetween || bestHi-bestLo > (c.last-c.first)*3/4 {
		return tmatch{}, false
	}
	r, ok, _ := m.compare(d, c.t, bestLo, bestHi, sc)
	if !ok || !acceptable(r) || slices.ContainsFunc(found, func(o tmatch) bool { return overlaps(o, r) }) || coveredBy(found, r) {
		return tmatch{}, false
	}
	return r, true
}

// minBetween is the fewest words between two licences found worth looking at again.
const minBetween = 40

// coveredBy: more than half of c's stretch lies in the stretches found already, taken
// together: the end of one licence and the start of the next can look like a third
// (MIT's disclaimer after BSD-2-Clause's conditions reads as Linux-OpenIB).
func coveredBy(found []tmatch, c tmatch) bool {
	in := 0
	for _, o := range found {
		in += max(0, min(o.end, c.end)-max(o.start, c.start))
	}
	return 2*in > c.end-c.start
}

// overlaps: two stretches share more than half of the shorter one.
func overlaps(a, b tmatch) bool {
	lo, hi := max(a.start, b.start), min(a.end, b.end)
	if hi <= lo {
		return false
	}
	return 2*(hi-lo) > min(a.end-a.start, b.end-b.start)
}
