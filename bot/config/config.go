package config

import (
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Config is every option. config.example.yaml documents each one; a test keeps the two
// in step.
type Config struct {
	Store     Store               `yaml:"store"`
	Limits    Limits              `yaml:"limits"`
	Shell     Shell               `yaml:"shell"`
	Outbox    Outbox              `yaml:"outbox"`
	Log       Log                 `yaml:"log"`
	Policy    Policy              `yaml:"policy"`
	Fetch     Fetch               `yaml:"fetch"`
	Groups    map[string]Group    `yaml:"groups"`
	People    map[string][]string `yaml:"people"` // one person's IDs on several platforms
	Approvals Approvals           `yaml:"approvals"`
	Schedules []Schedule          `yaml:"schedules"`
	Serve     Serve               `yaml:"serve"`
	Slack     Slack               `yaml:"slack"`
	Matrix    Matrix              `yaml:"matrix"`
	Health    Health              `yaml:"health"`
}

// Fetch configures fetching licence files of repositories named by URL.
type Fetch struct {
	AllowedHosts []string `yaml:"allowed_hosts"`
	Timeout      Duration `yaml:"timeout"`
	// GoProxy is the Go module proxy that the licences of the modules an uploaded go.mod
	// requires are read from; "off" turns the lookups off; unset, GOPROXY's first proxy
	// is used, else https://proxy.golang.org (see ModuleProxy).
	GoProxy string `yaml:"go_proxy"`
	// GoPrivate are module path patterns never asked of the proxy (as GOPRIVATE writes
	// them: github.com/acme/*), beside GOPRIVATE and GONOPROXY; see PrivateModules.
	GoPrivate []string `yaml:"go_private"`
}

// PrivateModules are the module path patterns never asked of the proxy, comma-separated
// as the go command reads them: fetch.go_private, and GONOPROXY (GOPRIVATE when it is
// unset), so that private module names are not sent out.
func (f Fetch) PrivateModules(getenv func(string) string) string {
	pats := slices.Clone(f.GoPrivate)
	env := getenv("GONOPROXY")
	if env == "" {
		env = getenv("GOPRIVATE")
	}
	if env != "" {
		pats = append(pats, env)
	}
	return strings.Join(pats, ",")
}

// DefaultGoProxy is the module proxy used when neither config nor GOPROXY names one.
const DefaultGoProxy = "https://proxy.golang.org"

// ModuleProxy is the module proxy URL to use, "" for none: fetch.go_proxy when set, else
// the first proxy of GOPROXY as the go command reads it (a list separated by commas or
// pipes; "off" first turns lookups off; "direct" is skipped, as it needs a VCS), else
// DefaultGoProxy.
func (f Fetch) ModuleProxy(getenv func(string) string) string {
	switch f.GoProxy {
	case "off":
		return ""
	case "":
	default:
		return f.GoProxy
	}
	env := strings.TrimSpace(getenv("GOPROXY"))
	if env == "" {
		return DefaultGoProxy
	}
	for _, p := range strings.FieldsFunc(env, func(r rune) bool { return r == ',' || r == '|' }) {
		switch p = strings.TrimSpace(p); {
		case p == "off":
			return ""
		case strings.HasPrefix(p, "https://") || strings.HasPrefix(p, "http://"):
			return p
		}
	}
	return ""
}

// Store is where the state lives.
type Store struct {
	Path        string   `yaml:"path"`
	LockTimeout Duration `yaml:"lock_timeout"`
	DedupTTL    Duration `yaml:"dedup_ttl"`
}

// Limits bound what users can send.
type Limits struct {
	MaxInput    ByteSize `yaml:"max_input"`
	MaxFile     ByteSize `yaml:"max_file"` // one file inside a scan (licence file, manifest, SBOM), read in full
	MaxUnpacked ByteSize `yaml:"max_unpacked"`
	MaxFiles    int      `yaml:"max_files"`
	MaxDepth    int      `yaml:"max_depth"`
	MaxRatio    int      `yaml:"max_ratio"`
}

// Shell configures the terminal adapter.
type Shell struct {
	User string `yaml:"user"`
	// Testing creates a new database marked for testing: in its terminal, /as may play
	// users of every platform (slack:U…). Refused for an existing database without the mark.
	Testing bool `yaml:"testing"`
}

// Outbox configures delivery.
type Outbox struct {
	MaxAttempts int      `yaml:"max_attempts"`
	MaxBackoff  Duration `yaml:"max_backoff"`
	// KeepSent is how long delivered messages are kept before the running bot prunes
	// them (those a decision may still edit stay); 0 keeps them for ever.
	KeepSent Duration `yaml:"keep_sent"`
}

// Log configures logging.
type Log struct {
	Level  string `yaml:"level"`
	Format string `yaml:"format"`
}

// Default is the configuration with no file: every value works as it is.
func Default() Config {
	return Config{
		Store:     Store{Path: "ospobot.db", LockTimeout: Duration(3 * time.Second), DedupTTL: Duration(7 * 24 * time.Hour)},
		Limits:    Limits{MaxInput: 1 << 20, MaxFile: 4 << 20, MaxUnpacked: 256 << 20, MaxFiles: 50000, MaxDepth: 2, MaxRatio: 100},
		Outbox:    Outbox{MaxAttempts: 10, MaxBackoff: Duration(time.Hour), KeepSent: Duration(30 * 24 * time.Hour)},
		Log:       Log{Level: "info", Format: "text"},
		Policy:    DefaultPolicy(),
		Groups:    DefaultGroups(),
		Approvals: DefaultApprovals(),
		Schedules: DefaultSchedules(),
		Fetch:     Fetch{AllowedHosts: []string{"github.com", "gitlab.com"}, Timeout: Duration(10 * time.Second)},
		Serve:     defaultServe(),
		Slack:     defaultSlack(),
		Health:    defaultHealth(),
	}
}

// Problem is one thing wrong with a configuration.
type Problem struct {
	Path string // "limits.max_input"
	Line int    // 0 when not from a file
	Msg  string
}

func (p Problem) String() string {
	if p.Path == "" {
		return p.Msg
	}
	return p.Path + ": " + p.Msg
}

// Problems is every problem found; it is an error.
type Problems struct {
	File  string
	List  []Problem
	lines map[string]int // where each key path was in the file, for problems found later
}

// at records that path is on line of the file, unless its line is known already: a
// key's line comes first, and is where a problem with its whole value is shown.
func (ps *Problems) at(path string, line int) {
	if ps.lines == nil {
		ps.lines = map[string]int{}
	}
	if _, ok := ps.lines[path]; !ok {
		ps.lines[path] = line
	}
}

func (ps *Problems) Error() string {
	var b strings.Builder
	for i, p := range ps.List {
		if i > 0 {
			b.WriteString("\n")
		}
		switch {
		case ps.File != "" && p.Line > 0:
			fmt.Fprintf(&b, "%s:%d: %s", ps.File, p.Line, p)
		case ps.File != "":
			fmt.Fprintf(&b, "%s: %s", ps.File, p)
		default:
			b.WriteString(p.String())
		}
	}
	return b.String()
}

func (ps *Problems) add(path string, line int, format string, args ...any) {
	// A key the file does not have (a missing setting) is reported where its parent is.
	for p := path; line == 0 && p != ""; {
		line = ps.lines[p]
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			break
		}
		p = p[:i]
	}
	ps.List = append(ps.List, Problem{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// err is the problems as an error, in the order of the file's lines (problems of the
// same line, and those without one, in the order found), or nil.
func (ps *Problems) err() error {
	if len(ps.List) == 0 {
		return nil
	}
	slices.SortStableFunc(ps.List, func(a, b Problem) int { return cmp.Compare(a.Line, b.Line) })
	return ps
}

// Validate reports every problem with c.
func (c Config) Validate() error {
	var ps Problems
	c.validate(&ps)
	return ps.err()
}

func (c Config) validate(ps *Problems) {
	if strings.TrimSpace(c.Store.Path) == "" {
		ps.add("store.path", 0, "must name a file")
	}
	if c.Store.LockTimeout <= 0 {
		ps.add("store.lock_timeout", 0, "must be positive, e.g. 3s")
	}
	if c.Store.DedupTTL < Duration(time.Hour) {
		ps.add("store.dedup_ttl", 0, "must be at least 1h: platforms redeliver events for hours")
	}
	if c.Limits.MaxInput < 1024 {
		ps.add("limits.max_input", 0, "must be at least 1KiB")
	} else if c.Limits.MaxInput > 64<<20 {
		ps.add("limits.max_input", 0, "must be at most 64MiB: inputs are held in memory")
	}
	if c.Limits.MaxFile < 1024 || c.Limits.MaxFile > c.Limits.MaxUnpacked {
		ps.add("limits.max_file", 0, "must be at least 1KiB and at most limits.max_unpacked")
	}
	if c.Limits.MaxUnpacked < c.Limits.MaxInput {
		ps.add("limits.max_unpacked", 0, "must be at least limits.max_input")
	}
	if c.Limits.MaxFiles < 1 {
		ps.add("limits.max_files", 0, "must be at least 1")
	}
	if c.Limits.MaxDepth < 1 || c.Limits.MaxDepth > 10 {
		ps.add("limits.max_depth", 0, "must be between 1 and 10")
	}
	if c.Limits.MaxRatio < 2 {
		ps.add("limits.max_ratio", 0, "must be at least 2")
	}
	if c.Outbox.MaxAttempts < 1 {
		ps.add("outbox.max_attempts", 0, "must be at least 1")
	}
	if c.Outbox.MaxBackoff < Duration(time.Second) {
		ps.add("outbox.max_backoff", 0, "must be at least 1s")
	}
	if c.Outbox.KeepSent != 0 && c.Outbox.KeepSent < Duration(24*time.Hour) {
		ps.add("outbox.keep_sent", 0, "must be at least 1d, or 0 to keep delivered messages for ever")
	}
	if _, err := c.Log.SlogLevel(); err != nil {
		ps.add("log.level", 0, "%v", err)
	}
	c.Policy.validate(ps)
	c.validateApprovals(ps)
	c.validateSchedules(ps)
	c.Serve.validate(ps)
	c.Slack.validate(ps)
	c.Matrix.validate(ps)
	c.Health.validate(ps)
	c.validateGitHubLogins(ps)
	if c.Fetch.Timeout < Duration(100*time.Millisecond) || c.Fetch.Timeout > Duration(2*time.Minute) {
		ps.add("fetch.timeout", 0, "must be between 100ms and 2m")
	}
	for i, h := range c.Fetch.AllowedHosts {
		if h == "" || strings.ContainsAny(h, "/ ") {
			ps.add("fetch.allowed_hosts["+strconv.Itoa(i)+"]", 0, "must be a host name such as github.com (with :port if needed), not %q", h)
		}
	}
	for i, p := range c.Fetch.GoPrivate {
		if _, err := path.Match(p, "x"); err != nil || p == "" || strings.ContainsAny(p, ", ") {
			ps.add("fetch.go_private["+strconv.Itoa(i)+"]", 0, "must be a module path pattern such as github.com/acme/*, not %q", p)
		}
	}
	if p := c.Fetch.GoProxy; p != "off" && p != "" {
		if u, err := url.Parse(p); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" {
			ps.add("fetch.go_proxy", 0, "must be a module proxy URL such as https://proxy.golang.org, or off, not %q", p)
		}
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		ps.add("log.format", 0, "must be text or json, not %q", c.Log.Format)
	}
}

// SlogLevel is the configured level for log/slog.
func (l Log) SlogLevel() (slog.Level, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(l.Level)); err != nil {
		return 0, errors.New("must be debug, info, warn or error")
	}
	return lv, nil
}
