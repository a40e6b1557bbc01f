package workflows

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/adapters/github"
	"github.com/ospobot/ospobot/adapters/github/githubtest"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
)

// bench is a bot as it runs: an engine behind the router, delivering to a platform
// with buttons. Events go through the router, as an adapter sends them.
type bench struct {
	t      *testing.T
	s      *Store
	c      *clock
	e      *Engine
	router *bot.Router
	p      *platform
	n      int
	github *github.Host // a fake GitHub API of healthRepos, for health nudges
}

func newBench(t *testing.T) *bench {
	t.Helper()
	s := openTestStore(t)
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	groups := map[string]config.Group{
		"legal": {Members: []string{"shell:l1", "shell:l2"}, Notify: []string{"shell:terminal"}},
		"ospo":  {Members: []string{"shell:o1"}, Notify: []string{"shell:terminal"}},
	}
	a := config.DefaultApprovals()
	a.Rules = []config.Rule{{Name: "all", When: config.Match{}, Stages: []config.StageRule{
		{Name: "Legal review", Group: "legal", Mode: "any"}, {Name: "OSPO review", Group: "ospo", Mode: "any"}}}}
	a.PreApprove = nil
	srv := githubtest.New(healthRepos()...)
	t.Cleanup(srv.Close)
	health := config.Default().Health
	health.GitHub = config.HealthGitHub{APIURL: srv.APIURL(), Orgs: []string{"example"}}
	health.Maintainers = map[string][]string{"bob": {"shell:ana"}}
	schedules := append(config.DefaultSchedules(), config.Schedule{Name: "health", Kind: "health_nudges", Cron: "0 9 * * 1", TimeZone: "UTC", To: "dm"})
	e := NewEngine(s, Options{Now: c.now, Log: quietLog(), Approvals: a, Groups: groups, Schedules: schedules, Health: health})
	p := &platform{caps: bot.Capabilities{Buttons: true, Edits: true, Ephemeral: true}}
	e.AddAdapter(p)
	cmds, err := bot.NewCommands(e.Commands()...)
	if err != nil {
		t.Fatal(err)
	}
	// Routed as the command line routes (cmd/ospobot), so that a long question reaches ask.
	r := &bot.Router{Commands: cmds, Exec: e, Default: "identify", Question: "ask", Subject: license.AsksAbout, Document: license.LooksLikeLicenseText}
	return &bench{t: t, s: s, c: c, e: e, router: r, p: p, github: newGitHub(t, srv)}
}

func (b *bench) event(user string, ev bot.Event) {
	b.t.Helper()
	b.n++
	ev.ID = bot.EventID(fmt.Sprint("ev-", b.n))
	ev.Platform, ev.User, ev.Conversation = bot.Shell, bot.User{ID: bot.UserID(user)}, bot.Conversation{ID: "terminal", Direct: true}
	if err := b.router.HandleEvent(context.Background(), ev); err != nil {
		b.t.Fatal(err)
	}
}

func (b *bench) say(user, text string) {
	b.t.Helper()
	b.event(user, bot.Event{Kind: bot.MessageEvent, Text: text})
}

func (b *bench) upload(user, name, data, text string) {
	b.t.Helper()
	f := bot.File{Name: name, Size: int64(len(data)), Open: func(context.Context) (io.ReadCloser, error) {
		return io.NopCloser(strings.NewReader(data)), nil
	}}
	b.event(user, bot.Event{Kind: bot.MessageEvent, Text: text, Files: []bot.File{f}})
}

// lastButton is the latest delivered button with action a.
func (b *bench) lastButton(a bot.ActionID) (bot.Button, bool) {
	got := b.p.deliveries()
	for _, d := range slices.Backward(got) {
		for _, btn := range slices.Backward(d.reply.Buttons()) {
			if btn.Action == a {
				return btn, true
			}
		}
	}
	return bot.Button{}, false
}

// since renders what was delivered after the first n deliveries, as people read it.
func (b *bench) since(n int) string {
	var out strings.Builder
	for _, d := range b.p.deliveries()[n:] {
		if d.edit != "" {
			fmt.Fprintf(&out, "(edit of %s) ", d.edit)
		}
		out.WriteString(d.reply.Text + "\n")
		for _, blk := range d.reply.Blocks {
			out.WriteString("  " + blk.Text)
			for _, f := range blk.Fields {
				out.WriteString(" " + f.Label + ": " + f.Value)
			}
			for _, btn := range blk.Buttons {
				out.WriteString(" [" + btn.Label + " | " + btn.Command + "]")
			}
			out.WriteString("\n")
		}
	}
	return out.String()
}

// state is what the store holds of requests and open questions.
func (b *bench) state() string {
	var out bytes.Buffer
	if err := b.s.View(func(tx *Tx) error {
		for _, bucket := range [][]byte{bucketRequests, bucketPrompts, bucketPromptLinks} {
			if err := tx.Scan(bucket, nil, func(k, v []byte) error {
				if bytes.Equal(bucket, bucketRequests) { // stored with map keys in any order: compare values
					r := new(Request)
					if err := requests.decode(k, v, r); err != nil {
						return err
					}
					var err error
					if v, err = encodeDigested(r); err != nil {
						return err
					}
				}
				fmt.Fprintf(&out, "%s %x %s\n", bucket, k, v)
				return nil
			}); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		b.t.Fatal(err)
	}
	return out.String()
}

// components is a CycloneDX SBOM of n components, some under a licence that needs
// approval.
func components(n int) string {
	var cs []string
	for i := range n {
		id := "MIT"
		if i%4 == 0 {
			id = "MPL-2.0"
		}
		cs = append(cs, fmt.Sprintf(`{"type": "library", "name": "dep%02d", "version": "1.0.0", "licenses": [{"license": {"id": %q}}]}`, i, id))
	}
	return `{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": [` + strings.Join(cs, ", ") + `]}`
}

// TestButtonsHaveTypedEquivalents guards the contract for platforms without buttons:
// every action the engine registers has a scenario here that makes its button; on one
// bot the button is clicked, on an identical one its Command is typed, and both must
// answer alike and leave the same requests and open questions behind. An action
// without a scenario, a button without a command, or a command that does something
// else fails.
func TestButtonsHaveTypedEquivalents(t *testing.T) {
	const cla = "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate"
	scenarios := []struct {
		action bot.ActionID
		by     string
		setup  func(b *bench)
	}{
		{actionUse, "shell:ana", func(b *bench) { b.say("shell:ana", "can we use MPL-2.0?") }},
		{actionException, "shell:ana", func(b *bench) { b.say("shell:ana", "can we use AGPL-3.0-only in our saas?") }},
		{actionReading, "shell:ana", func(b *bench) { b.say("shell:ana", "is Apache-2.0 compatible with GPL-3.0-only?") }},
		{actionTopic, "shell:ana", func(b *bench) { b.say("shell:ana", "ask what about the blue widget?") }},
		{actionCombine, "shell:ana", func(b *bench) { b.say("shell:ana", "can we mix GPL-2.0-only and Apache-2.0?") }},
		{actionFormKind, "shell:ana", func(b *bench) { b.say("shell:ana", "request") }},
		{actionFormSet, "shell:ana", func(b *bench) {
			b.say("shell:ana", "request cla project=https://github.com/a/b cla=https://cla.example.com")
		}},
		{actionFormSkip, "shell:ana", func(b *bench) {
			b.say("shell:ana", "request contribution project=https://github.com/a/b license=MIT what=docs")
			b.say("shell:ana", "small")
		}},
		{actionApprove, "shell:l1", func(b *bench) { b.say("shell:ana", cla) }},
		{actionReject, "shell:l1", func(b *bench) { b.say("shell:ana", cla) }},
		{actionChanges, "shell:l1", func(b *bench) { b.say("shell:ana", cla) }},
		{actionScanUse, "shell:ana", func(b *bench) { b.upload("shell:ana", "bom.cdx.json", components(3), "") }},
		{actionScanPage, "shell:ana", func(b *bench) { b.upload("shell:ana", "bom.cdx.json", components(20), "for our saas") }},
		{actionSnooze, "shell:ana", func(b *bench) {
			b.say("shell:ana", cla)
			b.say("shell:l1", "changes OSPO-1 name the CLA's version")
			b.c.advance(8 * 24 * time.Hour)
			if _, err := b.e.RunNow(context.Background(), "stale-nudges"); err != nil {
				b.t.Fatal(err)
			}
			if err := b.e.Dispatcher().Deliver(context.Background()); err != nil {
				b.t.Fatal(err)
			}
		}},
	}
	healthNudge := func(b *bench) {
		if _, err := b.e.ScanHealth(context.Background(), b.github, ""); err != nil {
			b.t.Fatal(err)
		}
		if _, err := b.e.RunNow(context.Background(), "health"); err != nil {
			b.t.Fatal(err)
		}
		if err := b.e.Dispatcher().Deliver(context.Background()); err != nil {
			b.t.Fatal(err)
		}
	}
	scenarios = append(scenarios, []struct {
		action bot.ActionID
		by     string
		setup  func(b *bench)
	}{
		{actionHealthSnooze, "shell:ana", healthNudge},
		{actionHealthAck, "shell:ana", healthNudge},
	}...)
	covered := map[bot.ActionID]bool{}
	for _, sc := range scenarios {
		t.Run(string(sc.action), func(t *testing.T) {
			covered[sc.action] = true
			clicked, typed := newBench(t), newBench(t)
			sc.setup(clicked)
			sc.setup(typed)
			btn, ok := clicked.lastButton(sc.action)
			if !ok {
				t.Fatalf("the scenario made no %s button:\n%s", sc.action, clicked.since(0))
			}
			if btn.Command == "" {
				t.Fatalf("button %q (%s %q) has no typed command", btn.Label, btn.Action, btn.Value)
			}
			n1, n2 := len(clicked.p.deliveries()), len(typed.p.deliveries())
			clicked.event(sc.by, bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: btn.Action, Value: btn.Value}})
			typed.say(sc.by, btn.Command)
			a, b := clicked.since(n1), typed.since(n2)
			if a == "" {
				t.Fatalf("the click answered nothing")
			}
			if a != b {
				t.Errorf("clicking %q and typing %q differ.\nclick:\n%s\ntyped:\n%s", btn.Label, btn.Command, a, b)
			}
			if sa, sb := clicked.state(), typed.state(); sa != sb {
				t.Errorf("clicking %q and typing %q leave different state.\nclick:\n%s\ntyped:\n%s", btn.Label, btn.Command, sa, sb)
			}
		})
	}
	e := newBench(t).e
	for _, a := range slices.Sorted(maps.Keys(e.actions)) {
		if !covered[a] {
			t.Errorf("action %s has no scenario: its typed equivalent is untested", a)
		}
	}
}
