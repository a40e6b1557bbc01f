package config

import (
	"fmt"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

func env(vars map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := vars[k]; return v, ok }
}

// TestParseValues guards the value syntax users write: sizes, durations in days,
// environment expansion (with $${ as an escape), and defaults for missing keys.
func TestParseValues(t *testing.T) {
	src := `
store:
  path: ${DATA}/bot.db
  dedup_ttl: 2d
limits:
  max_input: 512KiB
shell:
  user: "$${literal}"
outbox:
  max_attempts: ${TRIES}
`
	cfg, err := Parse("c.yaml", []byte(src), env(map[string]string{"DATA": "/var/lib/ospobot", "TRIES": "4"}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Store.Path != "/var/lib/ospobot/bot.db" {
		t.Errorf("path %q", cfg.Store.Path)
	}
	if cfg.Store.DedupTTL.D() != 48*time.Hour {
		t.Errorf("dedup_ttl %v", cfg.Store.DedupTTL.D())
	}
	if cfg.Limits.MaxInput != 512<<10 {
		t.Errorf("max_input %d", cfg.Limits.MaxInput)
	}
	if cfg.Shell.User != "${literal}" {
		t.Errorf("user %q", cfg.Shell.User)
	}
	if cfg.Outbox.MaxAttempts != 4 {
		t.Errorf("max_attempts %d", cfg.Outbox.MaxAttempts)
	}
	if cfg.Store.LockTimeout != Default().Store.LockTimeout || cfg.Log != Default().Log {
		t.Error("missing keys lost their defaults")
	}
}

// TestParseProblems guards strictness: each problem names its line and key, and all
// are reported together.
func TestParseProblems(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unknown top key", "stor:\n  path: x\n", "c.yaml:1: stor: unknown key (did you mean \"store\"?)"},
		{"unknown nested key", "log:\n  levle: info\n", "c.yaml:2: log.levle: unknown key (did you mean \"level\"?)"},
		{"wrong type", "outbox:\n  max_attempts: [1]\n", "c.yaml:2: outbox.max_attempts: must be a whole number"},
		{"mapping expected", "store: x.db\n", "c.yaml:1: store: must be a mapping of keys to values"},
		{"bad env name", "store:\n  path: ${1X}\n", "c.yaml:2: store.path: ${1X} is not a valid environment variable name"},
		{"unclosed env", "store:\n  path: ${X\n", "c.yaml:2: store.path: unclosed ${ in value"},
		{"invalid value", "log:\n  format: xml\n", "c.yaml:2: log.format: must be text or json, not \"xml\""},
		{"too small", "limits:\n  max_input: 10\n", "c.yaml:2: limits.max_input: must be at least 1KiB"},
		{"sent kept too briefly", "outbox:\n  keep_sent: 2h\n", "c.yaml:2: outbox.keep_sent: must be at least 1d, or 0 to keep delivered messages for ever"},
		// The policy matches licence IDs as written, so one that matches nothing is an error.
		{"licence ID in another case", "policy:\n  licenses:\n    apache-2.0:\n      category: notice\n",
			`c.yaml:3: policy.licenses.apache-2.0: "apache-2.0" is spelled Apache-2.0; IDs are matched as written`},
		{"licence ID cut short", "policy:\n  project_exceptions:\n    - project: fw\n      licenses: [Apache-2]\n",
			`policy.project_exceptions[0].licenses[0]: "Apache-2" is not an SPDX licence ID; use its SPDX ID, a pattern such as GPL-*, or LicenseRef-… for your own (did you mean Apache-2.0?)`},
		{"retired GNU ID", "policy:\n  project_exceptions:\n    - project: fw\n      licenses: [GPL-2.0]\n",
			`"GPL-2.0" is a retired SPDX ID; write GPL-2.0-only or GPL-2.0-or-later`},
		{"exception ID", "policy:\n  license_exceptions:\n    Classpath-exception:\n      note: x\n",
			`policy.license_exceptions.Classpath-exception: "Classpath-exception" is not an SPDX exception ID; use its SPDX ID, a pattern such as GPL-*, or LicenseRef-… for your own (did you mean Classpath-exception-2.0?)`},
		{"a synonym", "schedules:\n  - name: d\n    tz: UTC\n", `c.yaml:3: schedules[0].tz: unknown key (did you mean "timezone"?)`},
		{"private modules", "fetch:\n  go_private: [\"github.com/acme/*, corp.example\"]\n", `c.yaml:2: fetch.go_private[0]: must be a module path pattern such as github.com/acme/*, not "github.com/acme/*, corp.example"`},
		{"module proxy", "fetch:\n  go_proxy: proxy.golang.org\n", `c.yaml:2: fetch.go_proxy: must be a module proxy URL such as https://proxy.golang.org, or off, not "proxy.golang.org"`},
		{"policy link", "policy:\n  url: wiki/licences\n", `c.yaml:2: policy.url: must be the web address of your licence policy (https://…), not "wiki/licences"`},
		{"missing time zone", "schedules:\n  - name: d\n    kind: approver_digest\n    cron: \"0 9 * * *\"\n    to: dm\n",
			"schedules[0].timezone: missing: the IANA time zone the cron spec is read in"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(c.src), env(nil))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want %q", err, c.want)
			}
		})
	}
	_, err := Parse("c.yaml", []byte("a: 1\nb: 2\nlog:\n  level: loud\n"), env(nil))
	if ps, ok := err.(*Problems); !ok || len(ps.List) != 3 {
		t.Errorf("want 3 problems at once, got %v", err)
	}
	// Patterns, the organisation's own IDs and the identifier's own names are accepted.
	ok := "policy:\n  project_exceptions:\n    - project: fw\n      licenses: [GPL-*, LicenseRef-Acme, CommonsClause, MIT]\n"
	if _, err := Parse("c.yaml", []byte(ok), env(nil)); err != nil {
		t.Errorf("refused good licence IDs: %v", err)
	}
	// Problems are listed in the order of the file's lines.
	_, err = Parse("c.yaml", []byte("schedules:\n  - name: d\n    kind: nope\n    cron: \"0 9 * * *\"\n    timezone: Mars/Base\n    to: dm\nlog:\n  level: loud\n"), env(nil))
	if ps, ok := err.(*Problems); !ok || !slices.IsSortedFunc(ps.List, func(a, b Problem) int { return a.Line - b.Line }) {
		t.Errorf("problems out of line order: %v", err)
	}
}

// TestEmptyFileIsDefaults guards the zero-configuration promise for an empty file.
func TestEmptyFileIsDefaults(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("# nothing\n"), env(nil))
	if err != nil || !reflect.DeepEqual(cfg, Default()) {
		t.Errorf("empty file: %v, %+v", err, cfg)
	}
	if err := Default().Validate(); err != nil {
		t.Errorf("defaults invalid: %v", err)
	}
}

// TestExampleDocumentsEveryOption guards config.example.yaml: it holds every key the
// Config type has, so the file users copy is complete, and it parses.
func TestExampleDocumentsEveryOption(t *testing.T) {
	data, err := os.ReadFile("../../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse("config.example.yaml", data, env(nil)); err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			p := join(path, n.Content[i].Value)
			have[p] = true
			walk(n.Content[i+1], p)
		}
	}
	walk(doc.Content[0], "")
	for _, key := range keysOf(reflect.TypeFor[Config](), "") {
		if !have[key] {
			t.Errorf("config.example.yaml lacks %s", key)
		}
	}
}

func keysOf(t reflect.Type, path string) []string {
	var out []string
	for i := 0; i < t.NumField(); i++ {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		p := join(path, tag)
		out = append(out, p)
		if ft := t.Field(i).Type; ft.Kind() == reflect.Struct {
			out = append(out, keysOf(ft, p)...)
		}
	}
	return out
}

// TestExampleMatchesDefaults guards the example against drift: parsed, it is the
// built-in default for groups, approvals and the policy's categories.
func TestExampleMatchesDefaults(t *testing.T) {
	data, err := os.ReadFile("../../config.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := Parse("config.example.yaml", data, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	d := Default()
	// %+v prints nil and empty lists alike, which the comparison should not mind.
	if fmt.Sprintf("%+v", cfg.Groups) != fmt.Sprintf("%+v", d.Groups) {
		t.Errorf("groups differ:\n%+v\n%+v", cfg.Groups, d.Groups)
	}
	if fmt.Sprintf("%+v", cfg.Approvals) != fmt.Sprintf("%+v", d.Approvals) {
		t.Errorf("approvals differ:\n%+v\n%+v", cfg.Approvals, d.Approvals)
	}
	// The example's categories replace the default's whole when copied, so each must
	// give the same verdicts (descriptions may be shorter).
	if len(cfg.Policy.Categories) != len(d.Policy.Categories) {
		t.Fatalf("%d categories, the default has %d", len(cfg.Policy.Categories), len(d.Policy.Categories))
	}
	for i, c := range cfg.Policy.Categories {
		dc := d.Policy.Categories[i]
		if c.Name != dc.Name || !maps.Equal(c.Verdicts, dc.Verdicts) || !slices.Equal(c.Licenses, dc.Licenses) {
			t.Errorf("category %d differs:\n%s %v %v\n%s %v %v", i, c.Name, c.Verdicts, c.Licenses, dc.Name, dc.Verdicts, dc.Licenses)
		}
	}
}

// TestModuleProxy guards which module proxy is used: config first ("off" turns it off),
// then GOPROXY as the go command reads it, then the public proxy.
func TestModuleProxy(t *testing.T) {
	cases := []struct{ config, env, want string }{
		{"", "", DefaultGoProxy},
		{"https://goproxy.example.com", "https://other.example.com", "https://goproxy.example.com"},
		{"off", "https://other.example.com", ""},
		{"", "https://corp.example.com/go,https://proxy.golang.org,direct", "https://corp.example.com/go"},
		{"", "direct|https://proxy.example.com", "https://proxy.example.com"},
		{"", "off", ""},
		{"", "direct", ""},
	}
	for _, c := range cases {
		got := Fetch{GoProxy: c.config}.ModuleProxy(func(string) string { return c.env })
		if got != c.want {
			t.Errorf("go_proxy %q, GOPROXY %q: %q, want %q", c.config, c.env, got, c.want)
		}
	}
}

// TestPrivateModules guards which module names are kept from the proxy: the config's
// patterns and GONOPROXY, or GOPRIVATE when GONOPROXY is unset, as the go command reads them.
func TestPrivateModules(t *testing.T) {
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	f := Fetch{GoPrivate: []string{"github.com/acme/*"}}
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{nil, "github.com/acme/*"},
		{map[string]string{"GOPRIVATE": "corp.example"}, "github.com/acme/*,corp.example"},
		{map[string]string{"GOPRIVATE": "corp.example", "GONOPROXY": "none.example"}, "github.com/acme/*,none.example"},
	} {
		if got := f.PrivateModules(env(c.env)); got != c.want {
			t.Errorf("%v: %q, want %q", c.env, got, c.want)
		}
	}
}

// TestParseRefusesTraps guards three ways a file could mean other than it says: a key
// given twice (in a section and in a map), a quoted "yes" where true or false is meant,
// and a cron spec that never fires (31 February); each is refused with its line and key,
// while the unquoted forms and a leap day are accepted.
func TestParseRefusesTraps(t *testing.T) {
	lookup := func(string) (string, bool) { return "", false }
	bad := "log:\n  level: debug\n  level: info\npeople:\n  ana: [shell:ana]\n  ana: [shell:anna]\n" +
		"schedules:\n  - name: x\n    kind: ospo_summary\n    cron: \"0 0 31 2 *\"\n    timezone: UTC\n    to: dm\n    send_empty: 'yes'\n"
	_, err := Parse("c.yaml", []byte(bad), lookup)
	for _, want := range []string{
		"c.yaml:3: log.level: duplicate key (first given on line 2)",
		"c.yaml:6: people.ana: duplicate key (first given on line 5)",
		"c.yaml:10: schedules[0].cron: \"0 0 31 2 *\" never fires",
		"c.yaml:13: schedules[0].send_empty: must be true or false, not the string \"yes\"",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
	good := "schedules:\n  - name: x\n    kind: ospo_summary\n    cron: \"0 0 29 2 *\"\n    timezone: UTC\n    to: dm\n    send_empty: true\n"
	if _, err := Parse("c.yaml", []byte(good), lookup); err != nil {
		t.Errorf("a leap day and an unquoted true: %v", err)
	}
}
