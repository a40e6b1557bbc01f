//go:build fixture

package workflows

import (
	"compress/gzip"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
)

// TestWriteSchema11Fixture writes testdata/schema11.db.gz: a database of schema 11 with
// records in every bucket, so that TestSchema11DatabaseReads can show that a later build
// still reads each of them. It is a generator, not a check: it runs only with `go test
// -tags fixture -run TestWriteSchema11Fixture ./workflows`, and its output is committed.
// The committed file was made by the engine at schema 11, before the store's records were
// declared as buckets (the commit that added this file); run today, it writes a database
// of today's schema.
func TestWriteSchema11Fixture(t *testing.T) {
	b := newBench(t)
	ctx := context.Background()
	const cla = "request cla project=https://github.com/a/b cla=https://cla.example.com kind=corporate"
	// Requests in several states, decided by command and by button, with a reason.
	b.say("shell:ana", cla)
	b.say("shell:l1", "approve OSPO-1")
	b.say("shell:o1", "approve OSPO-1 fine")
	b.say("shell:ana", cla)
	b.say("shell:l1", "changes OSPO-2 name the CLA's version")
	b.say("shell:ana", "request contribution project=https://github.com/a/b license=MIT what=docs size=small")
	if btn, ok := b.lastButton(actionReject); ok {
		b.event("shell:l2", bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: btn.Action, Value: btn.Value}})
		b.say("shell:l2", "not now")
	}
	b.say("shell:ana", cla)
	b.say("shell:ana", "withdraw OSPO-4 changed plans")
	// A delegation, a licence question, a scan kept for paging, and a form left open (a prompt).
	b.say("shell:l1", "delegate shell:l2 until 2026-03-20")
	b.say("shell:ana", "can we use MPL-2.0 in our saas?")
	b.upload("shell:ana", "bom.cdx.json", components(20), "for our saas")
	b.say("shell:o1", "request")
	// Schedules run (stale nudges after a week), health scanned and nudged; part of the
	// outbox delivered, the rest left pending.
	if err := b.e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	b.c.advance(8 * 24 * time.Hour)
	if _, err := b.e.RunDue(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := b.e.ScanHealth(ctx, b.github, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := b.e.RunNow(ctx, "health"); err != nil {
		t.Fatal(err)
	}
	if err := b.e.Dispatcher().Deliver(ctx); err != nil {
		t.Fatal(err)
	}
	b.say("shell:ana", "status OSPO-2")
	// A request still waiting for its first stage, its messages not delivered yet.
	b.say("shell:ana", cla)
	// The licence of a Go module, as read at the module proxy.
	proxy := &proxyEdge{modules: map[string]map[string][]byte{
		"example.com/apache@v1.0.0": {"LICENSE": readText(t, "Apache-2.0.txt")},
	}}
	m := NewEngine(b.s, Options{Now: b.c.now, Log: quietLog(), Modules: proxy})
	// No adapter: its report stays in the outbox, pending.
	call := message("gomod-1", "we distribute this")
	call.Inputs = []bot.Input{{Name: "go.mod", Data: []byte("module example.com/app\n\ngo 1.22\n\nrequire example.com/apache v1.0.0\n")}}
	if err := m.Execute(ctx, call); err != nil {
		t.Fatal(err)
	}

	// On a platform without private messages, the reason for a rejection clicked in a
	// shared room is asked in the approver's direct room: a link leads there.
	a := config.DefaultApprovals()
	a.PreApprove = nil
	a.Rules = []config.Rule{{Name: "all", Stages: []config.StageRule{{Name: "Legal review", Group: "legal", Mode: "any"}}}}
	d := NewEngine(b.s, Options{Now: b.c.now, Log: quietLog(), Approvals: a,
		Groups: map[string]config.Group{"legal": {Members: []string{"matrix:@l1:hs"}, Notify: []string{"matrix:!legal:hs"}}}})
	d.AddAdapter(&platform{name: bot.Matrix, caps: bot.Capabilities{Buttons: true, Reactions: true, Edits: true}})
	matrix := func(id, user, room string, ev bot.Event) {
		ev.ID, ev.Platform = bot.EventID(id), bot.Matrix
		ev.User, ev.Conversation = bot.User{ID: bot.UserID("matrix:" + user)}, bot.Conversation{ID: bot.ConversationID(room)}
		call := bot.Call{Event: ev}
		if ev.Kind == bot.MessageEvent {
			call.Command, call.Rest, _ = strings.Cut(ev.Text, " ")
		}
		if err := d.Execute(ctx, call); err != nil {
			t.Fatal(err)
		}
	}
	matrix("m-1", "@ana:hs", "!general:hs", bot.Event{Kind: bot.MessageEvent, Text: cla})
	matrix("m-2", "@l1:hs", "!legal:hs", bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: actionReject, Value: "6/0"}})

	f, err := os.Create("testdata/schema11.db.gz")
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := b.s.Backup(zw); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
