package bot

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
)

// calls records what the router hands on.
type calls []Call

func (c *calls) Execute(_ context.Context, call Call) error { *c = append(*c, call); return nil }

func testRouter(t *testing.T, max int64) (*Router, *calls) {
	t.Helper()
	cmds, err := NewCommands(
		CommandSpec{Name: "help", Summary: "s", Example: "help"},
		CommandSpec{Name: "identify", Aliases: []string{"id"}, Summary: "s", Example: "identify x"},
		CommandSpec{Name: "version", Summary: "s", Example: "version"},
		CommandSpec{Name: "license", Summary: "s", Example: "license URL", MaxWords: 1},
		CommandSpec{Name: "ask", Aliases: []string{"what"}, Summary: "s", Example: "ask X"},
	)
	if err != nil {
		t.Fatal(err)
	}
	got := &calls{}
	subject := func(w string) bool { return strings.TrimSuffix(w, "?") == "MPL" || w == "GPL-2.0+" }
	return &Router{Commands: cmds, Exec: got, MaxInput: max, Default: "identify", Question: "ask", Subject: subject}, got
}

func file(name string, size int64, data string, err error) File {
	return File{Name: name, Size: size, Open: func(context.Context) (io.ReadCloser, error) {
		if err != nil {
			return nil, err
		}
		return io.NopCloser(strings.NewReader(data)), nil
	}}
}

// TestRoute is the router's grammar as a table: which command each message becomes,
// and what the router answers itself.
func TestRoute(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		files     []File
		command   string // "" with a reply
		rest      string
		replyHas  string // part of the router's own reply
		private   bool
		noCall    bool
		numInputs int
	}{
		{name: "command", text: "version", command: "version"},
		{name: "case and spaces", text: "  VERSION  ", command: "version"},
		{name: "alias with rest", text: "id SPDX-License-Identifier: MIT", command: "identify", rest: "SPDX-License-Identifier: MIT"},
		// A sentence that opens with a command's alias is a question; the command's own
		// name, or an alias with fields, stays the command.
		{name: "sentence opening with an alias", text: "id rather know, is MPL fine in our app?", command: "ask", rest: "id rather know, is MPL fine in our app?"},
		{name: "alias with fields", text: "id x=1, y=2 and z", command: "identify", rest: "x=1, y=2 and z"},
		// A command whose arguments are a few words stays one when typed with them; a
		// sentence longer than they can be is a question that opens with its name.
		{name: "command by its name with its argument", text: "license https://example.org/x", command: "license", rest: "https://example.org/x"},
		{name: "sentence opening with a command's name", text: "License file says copyright <founder> only, but lots of people contributed. should that line change",
			command: "ask", rest: "License file says copyright <founder> only, but lots of people contributed. should that line change"},
		{name: "sentence opening with a command", text: "identify this, please, then tell me more?", command: "identify", rest: "this, please, then tell me more?"},
		{name: "help", text: "help", replyHas: "Here is what I understand"},
		{name: "help command", text: "help id", replyHas: "help identify"},
		{name: "help unknown", text: "help frob", replyHas: "I don't know `frob`"},
		{name: "typo", text: "verison", replyHas: "Did you mean `version`?"},
		{name: "prefix", text: "ident", replyHas: "Did you mean `identify`?"},
		{name: "nonsense", text: "qqqqqqq", replyHas: "Type `help`"},
		{name: "empty", text: "", noCall: true},
		{name: "whitespace", text: " \t\n ", noCall: true},
		{name: "pasted licence", text: "Permission is hereby granted\nfree of charge", command: "identify", numInputs: 1},
		{name: "spdx tag line", text: "SPDX-License-Identifier: MIT", command: "identify", numInputs: 1},
		{name: "upload", files: []File{file("LICENSE", 3, "MIT", nil)}, command: "identify", numInputs: 1},
		{name: "upload with command", text: "identify", files: []File{file("LICENSE", 3, "MIT", nil)}, command: "identify", numInputs: 1},
		{name: "message too long", text: strings.Repeat("x", 2000), replyHas: "the limit is 1 KiB", private: true},
		{name: "upload announced too large", files: []File{file("big.bin", 5000, "", nil)}, replyHas: "larger than the limit of 1 KiB", private: true},
		{name: "upload larger than announced", files: []File{file("liar.txt", 10, strings.Repeat("y", 1025), nil)}, replyHas: "larger than the limit", private: true},
		{name: "upload unreadable", files: []File{file("gone.txt", 10, "", errors.New("404"))}, replyHas: "could not read `gone.txt`", private: true},
		{name: "question", text: "AGPL in our SaaS?", command: "ask", rest: "AGPL in our SaaS?"},
		{name: "a word and a question mark", text: "frob?", replyHas: "I don't know `frob?`"},
		{name: "starts with a subject", text: "GPL-2.0+ in our firmware", command: "ask", rest: "GPL-2.0+ in our firmware"},
		{name: "a subject alone", text: "MPL?", command: "ask", rest: "MPL?"},
		{name: "command before subject", text: "version MPL", command: "version", rest: "MPL"},
		{name: "a sentence naming a subject", text: "we want to fork an MPL project", command: "ask", rest: "we want to fork an MPL project"},
		{name: "too short to be a sentence", text: "fork MPL", replyHas: "I don't know `fork`"},
		{name: "a mistyped command naming a subject", text: "identfy the MPL text", replyHas: "Did you mean `identify`?"},
		{name: "a sentence starting with a word near a command", text: "I want to fork an MPL project", command: "ask", rest: "I want to fork an MPL project"},
		{name: "fields naming a subject", text: "frobnicate this license=MPL", replyHas: "I don't know `frobnicate`"},
		{name: "prose naming nothing known, without a question mark", text: "marketing wants to use a few photos on our site. what do we put in the credit",
			command: "ask", rest: "marketing wants to use a few photos on our site. what do we put in the credit"},
		{name: "a mistyped command with a few words", text: "identfy this file for me please", replyHas: "Did you mean `identify`?"},
		{name: "a command's words with fields", text: "frobnicate the request now please field=x", replyHas: "I don't know `frobnicate`"},
		// A first word near the question's own alias ("whats") asks the question.
		{name: "a short question opening near the question's alias", text: "whats the MPL", command: "ask", rest: "whats the MPL"},
		// A comparison sign is no field: R's "GPL (>= 2)" in a sentence.
		{name: "a sentence with a comparison sign", text: `for a new R package, GPL-3 or "GPL (>= 2)"? what does the or-later part buy us`,
			command: "ask", rest: `for a new R package, GPL-3 or "GPL (>= 2)"? what does the or-later part buy us`},
		// Routed as typed: no-break spaces from a web page and inline code from chat markup.
		// The call carries the message as sent.
		{name: "a sentence with no-break spaces", text: "we\u00a0want\u00a0to\u00a0fork\u00a0an\u00a0MPL\u00a0project", command: "ask", rest: "we\u00a0want\u00a0to\u00a0fork\u00a0an\u00a0MPL\u00a0project"},
		{name: "a subject as inline code", text: "`GPL-2.0+` in our firmware", command: "ask", rest: "`GPL-2.0+` in our firmware"},
		{name: "a command as inline code", text: "`version`", command: "version"},
		{name: "a command's words as sent", text: "version 👍 *really*", command: "version", rest: "👍 *really*"},
		{name: "a command after an emoji", text: "👋 version MPL", command: "version", rest: "MPL"},
		{name: "control characters echoed safely", text: "\x1b[31mred", replyHas: "I don't know `�[31mred`"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, got := testRouter(t, 1024)
			ev := Event{ID: "1", Platform: Shell, User: User{ID: "shell:ana"}, Kind: MessageEvent, Text: c.text, Files: c.files}
			if err := r.HandleEvent(context.Background(), ev); err != nil {
				t.Fatal(err)
			}
			if c.noCall {
				if len(*got) != 0 {
					t.Fatalf("got %+v, want no call", *got)
				}
				return
			}
			if len(*got) != 1 {
				t.Fatalf("got %d calls", len(*got))
			}
			call := (*got)[0]
			if c.replyHas != "" {
				if call.Reply == nil {
					t.Fatalf("no reply; call %+v", call)
				}
				text := call.Reply.Text
				for _, b := range call.Reply.Blocks {
					text += "\n" + b.Text
				}
				if !strings.Contains(text, c.replyHas) {
					t.Errorf("reply %q lacks %q", text, c.replyHas)
				}
				if call.Reply.Private != c.private {
					t.Errorf("private = %v", call.Reply.Private)
				}
				return
			}
			if call.Reply != nil || call.Command != c.command || call.Rest != c.rest || len(call.Inputs) != c.numInputs {
				t.Errorf("call = %q rest %q inputs %d reply %v; want %q rest %q inputs %d",
					call.Command, call.Rest, len(call.Inputs), call.Reply, c.command, c.rest, c.numInputs)
			}
		})
	}
}

// TestNewCommandsRejectsIncompleteHelp guards "a command cannot exist without its help".
func TestNewCommandsRejectsIncompleteHelp(t *testing.T) {
	if _, err := NewCommands(CommandSpec{Name: "x", Summary: "does x"}); err == nil {
		t.Error("accepted a command without an example")
	}
	if _, err := NewCommands(CommandSpec{Name: "a", Summary: "s", Example: "a"}, CommandSpec{Name: "b", Aliases: []string{"A"}, Summary: "s", Example: "b"}); err == nil {
		t.Error("accepted a word claimed twice")
	}
}

func TestFormatBytes(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 1023: "1023 B", 1024: "1 KiB", 1536: "1.5 KiB", 1 << 20: "1 MiB", 5 << 30: "5 GiB"} {
		if got := FormatBytes(n); got != want {
			t.Errorf("FormatBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestPrintable(t *testing.T) {
	if got := Printable("a\x00b\x1bc\u200bd", 100); got != "a�b�c\u200bd" {
		t.Errorf("Printable = %q", got)
	}
	if got := Printable("abcdef", 3); got != "abc…" {
		t.Errorf("cut = %q", got)
	}
}

// TestRouteFormsAndHome guards the events that carry no text: a form submission and an
// opened home surface reach the executor as they are (it checks the fields and answers
// with FieldErrors), and a submission without its form is refused.
func TestRouteFormsAndHome(t *testing.T) {
	r, got := testRouter(t, 1024)
	sub := &FormSubmission{ID: "request.cla", Values: map[string]string{"project": "x"}}
	ana := User{ID: "shell:ana"}
	for _, ev := range []Event{{ID: "1", Platform: Shell, User: ana, Kind: FormEvent, Form: sub}, {ID: "2", Platform: Shell, User: ana, Kind: HomeEvent}} {
		if err := r.HandleEvent(context.Background(), ev); err != nil {
			t.Fatal(err)
		}
	}
	if len(*got) != 2 || (*got)[0].Event.Form != sub || (*got)[0].Command != "" || (*got)[1].Event.Kind != HomeEvent {
		t.Errorf("calls %+v, want the submission and the home event handed on", *got)
	}
	if err := r.HandleEvent(context.Background(), Event{ID: "3", Platform: Shell, User: ana, Kind: FormEvent}); err == nil {
		t.Error("a form event without its submission was handed on")
	}
}

func TestJoinAnd(t *testing.T) {
	for want, items := range map[string][]string{"": nil, "A": {"A"}, "A and B": {"A", "B"}, "A, B and C": {"A", "B", "C"}} {
		if got := JoinAnd(items); got != want {
			t.Errorf("JoinAnd(%q) = %q, want %q", items, got, want)
		}
	}
}

// TestRouteRefusesForeignUsers guards who is who at intake: an event whose user is not
// of the platform that delivered it (the terminal claiming a Slack approver, an event
// with no user) is refused before any command runs, unless the router was told to
// accept any platform (the terminal of a database created for testing).
func TestRouteRefusesForeignUsers(t *testing.T) {
	r, got := testRouter(t, 1024)
	for _, u := range []UserID{"slack:U024BE7LH", "", "shell", "shellx:ana"} {
		err := r.HandleEvent(context.Background(), Event{ID: "1", Platform: Shell, User: User{ID: u}, Kind: MessageEvent, Text: "version"})
		if !errors.Is(err, ErrForeignUser) {
			t.Errorf("user %q on the shell: %v", u, err)
		}
	}
	if len(*got) != 0 {
		t.Errorf("refused events ran: %+v", *got)
	}
	r.AnyPlatform = true
	if err := r.HandleEvent(context.Background(), Event{ID: "2", Platform: Shell, User: User{ID: "slack:U1"}, Kind: MessageEvent, Text: "version"}); err != nil || len(*got) != 1 {
		t.Errorf("with AnyPlatform: %v, %d calls", err, len(*got))
	}
}

// TestRouteLongQuestion guards the Document check: a long message of several sentences
// about a situation goes to the question command, however long, while a pasted licence
// still goes to the default command; without the check, length alone decides.
func TestRouteLongQuestion(t *testing.T) {
	question := "We ship a desktop app under MIT and want to bundle a library that is LGPL-2.1.\nUsers can swap the DLL. Are we fine?"
	licence := "Permission is hereby granted, free of charge, to any person obtaining a copy\nof this software"
	isLicence := func(text string) bool { return strings.Contains(text, "hereby granted") }
	for _, c := range []struct {
		text     string
		document func(string) bool
		command  string
	}{
		{question, isLicence, "ask"},
		{licence, isLicence, "identify"},
		{question, nil, "identify"},
	} {
		r, got := testRouter(t, 1024)
		r.Document = c.document
		if err := r.HandleEvent(context.Background(), Event{ID: "1", Platform: Shell, User: User{ID: "shell:ana"}, Kind: MessageEvent, Text: c.text}); err != nil {
			t.Fatal(err)
		}
		if len(*got) != 1 || (*got)[0].Command != c.command {
			t.Errorf("%q (document check %v): got %+v, want %s", c.text, c.document != nil, *got, c.command)
		}
	}
}
