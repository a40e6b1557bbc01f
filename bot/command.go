package bot

import (
	"fmt"
	"sort"
	"strings"
)

// CommandSpec describes a command: the data help is generated from. A command cannot
// be registered without a summary and an example, so it cannot exist without its help.
type CommandSpec struct {
	Name    string   // what the user types first: "help", "identify"
	Aliases []string // other words for the same command
	Args    string   // argument synopsis: "[COMMAND]"
	Summary string   // one line
	Help    string   // longer explanation, shown by "help NAME"
	Example string   // one full example line
	Files   bool     // takes uploads; an upload with any other command goes to the router's Default
	Topic   string   // heading it is listed under in help ("Licences", "Approvals"); "" for general
	// MaxWords, when set, is the most words the arguments take: a sentence with more after
	// the command's name ("License file says copyright <founder> only, but …") is a
	// question that happens to open with it, not the command.
	MaxWords int
}

// Commands is the table of known commands, looked up by name or alias.
type Commands struct {
	specs  []CommandSpec
	byWord map[string]int
}

// NewCommands builds the table. It fails on a missing name, summary or example, and
// on a word claimed twice.
func NewCommands(specs ...CommandSpec) (*Commands, error) {
	c := &Commands{byWord: make(map[string]int)}
	for _, s := range specs {
		if s.Name == "" || s.Summary == "" || s.Example == "" {
			return nil, fmt.Errorf("command %q: name, summary and example are required", s.Name)
		}
		for _, w := range append([]string{s.Name}, s.Aliases...) {
			w = strings.ToLower(w)
			if _, dup := c.byWord[w]; dup {
				return nil, fmt.Errorf("command %q: word %q is already taken", s.Name, w)
			}
			c.byWord[w] = len(c.specs)
		}
		c.specs = append(c.specs, s)
	}
	return c, nil
}

// Lookup finds a command by name or alias, ignoring case.
func (c *Commands) Lookup(word string) (CommandSpec, bool) {
	i, ok := c.byWord[strings.ToLower(word)]
	if !ok {
		return CommandSpec{}, false
	}
	return c.specs[i], true
}

// Specs returns the commands in registration order.
func (c *Commands) Specs() []CommandSpec { return append([]CommandSpec(nil), c.specs...) }

// Suggest returns the known word closest to word, if one is close enough to be a typo.
func (c *Commands) Suggest(word string) (string, bool) {
	word = strings.ToLower(word)
	words := make([]string, 0, len(c.byWord))
	for w := range c.byWord {
		words = append(words, w)
	}
	sort.Strings(words) // ties resolve the same way every time
	best, bestDist := "", -1
	for _, w := range words {
		d := EditDistance(word, w)
		if strings.HasPrefix(w, word) && len(word) >= 3 {
			d = 1 // "ident" means "identify"
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = w, d
		}
	}
	// Allow about one typo per three letters, and at least one.
	limit := max(1, len(word)/3)
	if best == "" || bestDist > limit {
		return "", false
	}
	if i, ok := c.byWord[best]; ok {
		best = c.specs[i].Name
	}
	return best, true
}

// HelpReply lists every command with its summary and example, grouped by topic in
// the order topics first appear.
func (c *Commands) HelpReply() Reply {
	var topics []string
	byTopic := map[string][]CommandSpec{}
	for _, s := range c.specs {
		if _, seen := byTopic[s.Topic]; !seen {
			topics = append(topics, s.Topic)
		}
		byTopic[s.Topic] = append(byTopic[s.Topic], s)
	}
	var blocks []Block
	for _, t := range topics {
		var b strings.Builder
		if t != "" {
			b.WriteString(t + ":\n")
		}
		for _, s := range byTopic[t] {
			fmt.Fprintf(&b, "`%s` — %s\n    e.g. `%s`\n", usage(s), s.Summary, s.Example)
		}
		blocks = append(blocks, Section(strings.TrimRight(b.String(), "\n")))
	}
	blocks = append(blocks, Context("Paste a licence text or upload a file and I will identify it. `help COMMAND` explains one command."))
	return Reply{Text: "Here is what I understand:", Blocks: blocks}
}

// CommandHelpReply explains one command.
func (c *Commands) CommandHelpReply(s CommandSpec) Reply {
	blocks := []Block{Section(s.Summary)}
	if s.Help != "" {
		blocks = append(blocks, Section(s.Help))
	}
	fields := []Field{{Label: "Usage", Value: "`" + usage(s) + "`"}, {Label: "Example", Value: "`" + s.Example + "`"}}
	if len(s.Aliases) > 0 {
		fields = append(fields, Field{Label: "Also", Value: strings.Join(s.Aliases, ", ")})
	}
	blocks = append(blocks, Fields(fields...))
	return Reply{Text: "help " + s.Name, Blocks: blocks}
}

func usage(s CommandSpec) string {
	if s.Args == "" {
		return s.Name
	}
	return s.Name + " " + s.Args
}

// EditDistance is the Levenshtein distance between a and b, in runes.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
