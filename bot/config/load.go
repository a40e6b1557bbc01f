package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/ospobot/ospobot/bot"
)

// Load reads the file at path over Default(), expands ${ENV_VAR} in values, and
// validates. Every problem is reported at once, each with the file, line and key.
func Load(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data, os.LookupEnv)
}

// Parse is Load on bytes; lookup resolves ${NAME}.
func Parse(name string, data []byte, lookup func(string) (string, bool)) (Config, error) {
	cfg := Default()
	ps := &Problems{File: name}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = strings.TrimPrefix(msg, m[0])
		}
		ps.List = append(ps.List, Problem{Line: line, Msg: "not valid YAML: " + msg})
		return cfg, ps
	}
	if len(doc.Content) > 0 {
		d := decoder{ps: ps, lookup: lookup}
		d.decode(doc.Content[0], reflect.ValueOf(&cfg).Elem(), "")
	}
	// Values that failed to decode kept their defaults, so validating now adds only
	// problems of its own: every problem is reported in one go.
	cfg.validate(ps)
	return cfg, ps.err()
}

// decoder walks the YAML tree beside the Config's type, so that each problem can name
// its key path and line, and so that every problem is found, not only the first.
type decoder struct {
	ps     *Problems
	lookup func(string) (string, bool)
}

var yamlLineRE = regexp.MustCompile(`^line (\d+): `)

var unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	d.ps.at(path, n.Line)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return // an empty key keeps its default
	}
	if reflect.PointerTo(v.Type()).Implements(unmarshalerType) || v.Kind() != reflect.Struct && v.Kind() != reflect.Slice && v.Kind() != reflect.Map {
		d.scalar(n, v, path)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			d.ps.add(pathOr(path), n.Line, "must be a mapping of keys to values")
			return
		}
		fields := map[string]int{}
		for i := 0; i < v.NumField(); i++ {
			tag, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ",")
			if tag != "" && tag != "-" {
				fields[tag] = i
			}
		}
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if d.duplicate(seen, k, path) {
				continue
			}
			i, ok := fields[k.Value]
			if !ok {
				d.ps.add(join(path, k.Value), k.Line, "unknown key%s", suggest(k.Value, fields))
				continue
			}
			d.ps.at(join(path, k.Value), k.Line)
			d.decode(val, v.Field(i), join(path, k.Value))
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.ps.add(pathOr(path), n.Line, "must be a list")
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			d.decode(item, s.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
		v.Set(s)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			d.ps.add(pathOr(path), n.Line, "must be a mapping of keys to values")
			return
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(v.Type()))
		}
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			if d.duplicate(seen, k, path) {
				continue
			}
			elem := reflect.New(v.Type().Elem()).Elem()
			d.ps.at(join(path, k.Value), k.Line)
			d.decode(val, elem, join(path, k.Value))
			v.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
		}
	}
}

// duplicate reports a key given twice in one mapping: YAML parsers disagree on which
// value wins, so neither is taken on trust.
func (d *decoder) duplicate(seen map[string]int, k *yaml.Node, path string) bool {
	if first, ok := seen[k.Value]; ok {
		d.ps.add(join(path, k.Value), k.Line, "duplicate key (first given on line %d); give it once", first)
		return true
	}
	seen[k.Value] = k.Line
	return false
}

// scalar decodes a leaf after expanding ${ENV_VAR} in it.
func (d *decoder) scalar(n *yaml.Node, v reflect.Value, path string) {
	if v.Kind() == reflect.Bool && n.Kind == yaml.ScalarNode && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		// "yes" in quotes is a string; taking it for true would hide a typo such as "no".
		d.ps.add(path, n.Line, "must be true or false, not the string %q (remove the quotes)", n.Value)
		return
	}
	if n.Kind == yaml.ScalarNode {
		expanded, err := expand(n.Value, d.lookup)
		if err != nil {
			d.ps.add(path, n.Line, "%v", err)
			return
		}
		if expanded != n.Value {
			c := *n
			c.Value = expanded
			c.Style = yaml.DoubleQuotedStyle
			if v.Kind() != reflect.String {
				c.Style, c.Tag = 0, "" // let the type decide: "${PORT}" may be a number
			}
			n = &c
		}
	}
	if err := n.Decode(v.Addr().Interface()); err != nil {
		d.ps.add(path, n.Line, "%s", typeMessage(err, v))
	}
}

// typeMessage turns yaml's type errors into plain words.
func typeMessage(err error, v reflect.Value) string {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		want := v.Kind().String()
		switch v.Kind() {
		case reflect.Int, reflect.Int64, reflect.Int32:
			want = "a whole number"
		case reflect.Bool:
			want = "true or false"
		case reflect.String:
			want = "a string"
		}
		return "must be " + want
	}
	return err.Error()
}

// expand replaces ${NAME} with the variable's value; $${ is a literal ${. An unset
// variable is an error, so a missing secret is found at start-up, not at first use.
func expand(s string, lookup func(string) (string, bool)) (string, error) {
	if !strings.Contains(s, "${") {
		return s, nil
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			b.WriteString(s)
			return b.String(), nil
		}
		if i > 0 && s[i-1] == '$' {
			b.WriteString(s[:i-1] + "${")
			s = s[i+2:]
			continue
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return "", fmt.Errorf("unclosed ${ in value")
		}
		name := s[i+2 : i+j]
		if !validEnvName(name) {
			return "", fmt.Errorf("${%s} is not a valid environment variable name", name)
		}
		val, ok := lookup(name)
		if !ok {
			return "", fmt.Errorf("environment variable %s is not set", name)
		}
		b.WriteString(s[:i] + val)
		s = s[i+j+1:]
	}
}

func validEnvName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r != '_' && (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') && (i == 0 || r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func pathOr(p string) string {
	if p == "" {
		return "(top level)"
	}
	return p
}

// suggest names the closest known key, for typos.
// synonyms are keys people write from other tools' configurations, and what this one
// calls them: no edit distance finds "timezone" from "tz".
var synonyms = map[string]string{"tz": "timezone", "time_zone": "timezone", "zone": "timezone", "schedule": "cron",
	"channel": "notify", "channels": "notify", "users": "members", "approvers": "members"}

func suggest(key string, fields map[string]int) string {
	if s, ok := synonyms[key]; ok {
		if _, ok := fields[s]; ok {
			return fmt.Sprintf(" (did you mean %q?)", s)
		}
	}
	best, bestD := "", 3
	for f := range fields {
		if d := bot.EditDistance(key, f); d < bestD || d == bestD && f < best {
			best, bestD = f, d
		}
	}
	var known []string
	for f := range fields {
		known = append(known, f)
	}
	if best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	sort.Strings(known)
	return " (known: " + strings.Join(known, ", ") + ")"
}

// Warnings are what a valid configuration may not mean, each with its key path: a
// stage that needs every member of a group (mode all) cannot have the approval of a
// member who made the request (nobody decides their own), so the others decide
// without them.
func (c Config) Warnings() []string {
	var out []string
	for i, r := range c.Approvals.Rules {
		for j, s := range r.Stages {
			if g, ok := c.Groups[s.Group]; ok && s.Mode == "all" && len(g.Members) > 1 {
				out = append(out, fmt.Sprintf("approvals.rules[%d].stages[%d]: every member of %s must approve %q; when one of them makes the request, the other members decide without them",
					i, j, s.Group, s.Name))
			}
		}
	}
	return out
}
