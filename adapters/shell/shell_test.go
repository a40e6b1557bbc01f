package shell

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// echo is a handler that answers each event through the adapter itself, the way the
// dispatcher does, so the test sees the shell's own rendering.
type echo struct {
	a      *Adapter
	mu     sync.Mutex
	events []bot.Event
	reply  func(ev bot.Event) bot.Reply
}

func (e *echo) HandleEvent(ctx context.Context, ev bot.Event) error {
	e.mu.Lock()
	e.events = append(e.events, ev)
	e.mu.Unlock()
	_, err := e.a.Send(ctx, bot.Destination{Platform: bot.Shell, Conversation: Conversation}, e.reply(ev))
	return err
}

func runShell(t *testing.T, input string, reply func(bot.Event) bot.Reply) (string, []bot.Event) {
	t.Helper()
	var out bytes.Buffer
	a := New(strings.NewReader(input), &out, Options{User: "ana", MaxInput: 64})
	h := &echo{a: a, reply: reply}
	if err := a.Run(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	return out.String(), h.events
}

// TestButtonsAndClick guards buttons in the terminal: each shows as a numbered choice
// that stays valid for the session, and /click N sends that button's action, naming
// the message it was on.
func TestButtonsAndClick(t *testing.T) {
	out, events := runShell(t, "first\nsecond\n/click 3\n/click 1\n/click 9\n", func(ev bot.Event) bot.Reply {
		if ev.Kind == bot.ActionEvent {
			return bot.Text("clicked " + string(ev.Action.ID) + "=" + ev.Action.Value + " on " + string(ev.Action.Message))
		}
		return bot.Reply{Text: "Use?", Blocks: []bot.Block{bot.Buttons(
			bot.Button{Label: "Internal", Action: "use", Value: ev.Text + "/internal"},
			bot.Button{Label: "SaaS", Action: "use", Value: ev.Text + "/saas", Style: bot.Primary},
		)}}
	})
	for _, want := range []string{
		"ospobot: Use?\n  [1] Internal  [2] SaaS   (/click N)\n",
		"ospobot: Use?\n  [3] Internal  [4] SaaS   (/click N)\n",
		"(shell) There is no choice 9.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Each click names the message its button was on: the second, then the first.
	if !regexp.MustCompile(`clicked use=second/internal on \w+-2\n.*clicked use=first/internal on \w+-1\n`).MatchString(out) {
		t.Errorf("clicks name the wrong messages:\n%s", out)
	}
	if len(events) != 4 || events[2].Kind != bot.ActionEvent {
		t.Errorf("events: %+v", events)
	}
}

// TestEventsCarrySpeakerAndUniqueIDs guards dedup and /as: every event has its own ID,
// and /as changes who speaks, platform-qualified, among shell: users.
func TestEventsCarrySpeakerAndUniqueIDs(t *testing.T) {
	_, events := runShell(t, "one\n/as bob\ntwo\n/as shell:cy\nthree\n", func(bot.Event) bot.Reply { return bot.Text("ok") })
	if len(events) != 3 {
		t.Fatalf("got %d events", len(events))
	}
	want := []bot.UserID{"shell:ana", "shell:bob", "shell:cy"}
	seen := map[bot.EventID]bool{}
	for i, ev := range events {
		if ev.User.ID != want[i] {
			t.Errorf("event %d from %q, want %q", i, ev.User.ID, want[i])
		}
		if ev.ID == "" || seen[ev.ID] {
			t.Errorf("event %d ID %q is empty or repeated", i, ev.ID)
		}
		seen[ev.ID] = true
	}
}

// TestAsOtherPlatforms guards impersonation: the unauthenticated terminal cannot speak
// as a Slack or Matrix user (an approver there) unless its database was created for
// testing; refused, /as says so and leaves the speaker as they were, and a shell
// started as such a user does not start.
func TestAsOtherPlatforms(t *testing.T) {
	input := "/as slack:U024BE7LH\none\n/as matrix:@cy:example.org\ntwo\n"
	out, events := runShell(t, input, func(bot.Event) bot.Reply { return bot.Text("ok") })
	for _, ev := range events {
		if ev.User.ID != "shell:ana" {
			t.Errorf("an event from %q", ev.User.ID)
		}
	}
	if !strings.Contains(out, "This terminal acts only as shell: users (such as shell:U024BE7LH), not as slack:U024BE7LH") || !strings.Contains(out, "You are still shell:ana.") {
		t.Errorf("refusal not explained:\n%s", out)
	}
	a := New(strings.NewReader("x\n"), &bytes.Buffer{}, Options{User: "slack:U1"})
	if err := a.Run(context.Background(), &echo{a: a, reply: func(bot.Event) bot.Reply { return bot.Text("ok") }}); err == nil {
		t.Error("a shell started as a Slack user")
	}
	var buf bytes.Buffer
	a = New(strings.NewReader(input), &buf, Options{User: "ana", AnyPlatform: true})
	h := &echo{a: a, reply: func(bot.Event) bot.Reply { return bot.Text("ok") }}
	if err := a.Run(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if len(h.events) != 2 || h.events[0].User.ID != "slack:U024BE7LH" || h.events[1].User.ID != "matrix:@cy:example.org" {
		t.Errorf("a testing database's shell: %+v", h.events)
	}
}

// TestTerminalSafety guards the terminal against text from outside: escape sequences
// in a reply are shown as text and never reach the terminal raw, and a right-to-left
// override is shown visibly.
func TestTerminalSafety(t *testing.T) {
	out, _ := runShell(t, "x\n", func(bot.Event) bot.Reply { return bot.Text("evil \x1b]0;title\x07 \x1b[2J done \u202Etxt.exe") })
	if strings.ContainsAny(out, "\x1b\x07\u202E") {
		t.Fatalf("control characters reached the output: %q", out)
	}
	if !strings.Contains(out, `evil \x1b]0;title\x07 \x1b[2J done [U+202E]txt.exe`) {
		t.Errorf("output = %q", out)
	}
}

// TestPasteAndLongLines guards multi-line input: /paste sends one message up to ".",
// an unterminated paste at end of input is still sent, and over-long lines are refused
// without being split into several messages.
func TestPasteAndLongLines(t *testing.T) {
	long := strings.Repeat("z", 100)
	_, events := runShell(t, "/paste\nline one\nline two\n.\n"+long+"\nafter\n/paste\ntail\n", func(bot.Event) bot.Reply { return bot.Text("ok") })
	var texts []string
	for _, ev := range events {
		texts = append(texts, ev.Text)
	}
	want := []string{"line one\nline two\n", "after", "tail\n"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("messages %q, want %q", texts, want)
	}
}

// TestWhoAMessageIsFor guards the labels of a shared terminal: a private reply shows as
// for the speaker alone (or names whom, when it is someone else), and a direct message
// names its recipient, since everyone who plays a part reads the same screen.
func TestWhoAMessageIsFor(t *testing.T) {
	var out bytes.Buffer
	a := New(strings.NewReader(""), &out, Options{User: "ana"})
	ctx := context.Background()
	for _, c := range []struct {
		to   bot.Destination
		r    bot.Reply
		want string
	}{
		{bot.Destination{Platform: bot.Shell, Conversation: Conversation}, bot.Text("to the room"), "ospobot: to the room\n"},
		{bot.Destination{Platform: bot.Shell, Conversation: Conversation, User: "shell:ana"}, bot.Reply{Text: "just ana", Private: true}, "ospobot (only you): just ana\n"},
		{bot.Destination{Platform: bot.Shell, Conversation: Conversation, User: "shell:bob"}, bot.Reply{Text: "just bob", Private: true}, "ospobot (only shell:bob): just bob\n"},
		{bot.Destination{Platform: bot.Shell, User: "shell:lena"}, bot.Text("a request waits"), "ospobot (to shell:lena): a request waits\n"},
	} {
		out.Reset()
		if _, err := a.Send(ctx, c.to, c.r); err != nil {
			t.Fatal(err)
		}
		if out.String() != c.want {
			t.Errorf("got %q, want %q", out.String(), c.want)
		}
	}
}

// TestRefsDifferAcrossRuns guards edits after a restart: a message printed by an
// earlier run of the shell has a reference no message of a later run has, so an edit
// of it is not shown as an edit of a message of this run.
func TestRefsDifferAcrossRuns(t *testing.T) {
	var out bytes.Buffer
	first := New(strings.NewReader(""), &out, Options{User: "ana"})
	ref, err := first.Send(context.Background(), bot.Destination{Platform: bot.Shell, Conversation: Conversation}, bot.Text("approval of OSPO-2"))
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Microsecond) // a later run
	second := New(strings.NewReader(""), &out, Options{User: "ana"})
	if _, err := second.Send(context.Background(), bot.Destination{Platform: bot.Shell, Conversation: Conversation}, bot.Text("status of OSPO-1")); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := second.Edit(context.Background(), bot.Destination{Platform: bot.Shell, Conversation: Conversation}, ref, bot.Text("OSPO-2 withdrawn")); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "ospobot (edit): OSPO-2 withdrawn\n" {
		t.Errorf("edit of an earlier run's message: %q", got)
	}
}

// TestFilesSaved guards files the bot sends: with a files directory the shell saves
// each under its own name (a name that tries to leave the directory is cut to its last
// element) and prints the path; without one it takes no files, and says so as a
// permanent failure, so that the message is not retried for ever.
func TestFilesSaved(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	a := New(strings.NewReader(""), &out, Options{User: "ana", FilesDir: dir})
	if !a.Capabilities().Files {
		t.Fatal("a shell with a files directory says it takes no files")
	}
	r := bot.Reply{Text: "the export", Files: []bot.Attachment{{Name: "../../escape.csv", Data: []byte("a,b\n")}}}
	if _, err := a.Send(context.Background(), bot.Destination{Platform: bot.Shell, Conversation: Conversation}, r); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "escape.csv")
	if data, err := os.ReadFile(want); err != nil || string(data) != "a,b\n" {
		t.Fatalf("saved file: %q %v", data, err)
	}
	if !strings.Contains(out.String(), "  file: "+want+"\n") {
		t.Errorf("output %q lacks the path", out.String())
	}

	plain := New(strings.NewReader(""), &out, Options{User: "ana"})
	if _, err := plain.Send(context.Background(), bot.Destination{Platform: bot.Shell}, r); plain.Capabilities().Files || !bot.IsPermanent(err) {
		t.Errorf("a shell without a files directory: files %v, send %v", plain.Capabilities().Files, err)
	}
}
