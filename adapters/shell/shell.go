package shell

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// Conversation is the one conversation a shell has: a direct chat with the bot.
const Conversation bot.ConversationID = "terminal"

// Adapter is a terminal chat.
type Adapter struct {
	in      io.Reader
	out     io.Writer
	user    bot.User
	prompt  bool
	maxLine int
	session string
	files   string // where attached files are saved; "" to refuse them
	anyone  bool   // /as may name users of other platforms (a database made for testing)

	mu      sync.Mutex // guards out and the fields below
	sent    int        // messages printed, for MessageRefs
	choices map[int]choice
	next    int
	texts   map[bot.MessageRef]string // start of each message, for edits
}

type choice struct {
	button bot.Button
	msg    bot.MessageRef
}

// Options configure a shell.
type Options struct {
	User     string // who speaks first; qualified with "shell:" unless it names a platform
	Prompt   bool   // print a prompt (for a terminal, not for pipes)
	MaxInput int64  // the largest message; longer lines are refused here
	// FilesDir is where files the bot sends (an audit export) are saved, and their paths
	// printed; without it the shell takes no files, and the bot says where to get them.
	FilesDir string
	// AnyPlatform lets /as speak as users of other platforms (slack:U…): only for a
	// database created for testing. The terminal is unauthenticated: whoever types here
	// is whoever they say, so otherwise it acts as shell: users alone.
	AnyPlatform bool
}

// New makes a shell reading in and writing out.
func New(in io.Reader, out io.Writer, opts Options) *Adapter {
	maxLine := int(opts.MaxInput)
	if maxLine <= 0 {
		maxLine = bot.DefaultMaxInput
	}
	a := &Adapter{
		in: in, out: out, prompt: opts.Prompt, maxLine: maxLine, files: opts.FilesDir,
		session: strconv.FormatInt(time.Now().UnixNano(), 36),
		choices: map[int]choice{}, next: 1, anyone: opts.AnyPlatform,
	}
	a.user = userFor(opts.User)
	return a
}

func userFor(name string) bot.User {
	name = strings.TrimSpace(name)
	if name == "" {
		name = "you"
	}
	if strings.Contains(name, ":") {
		return bot.User{ID: bot.UserID(name), Name: name[strings.Index(name, ":")+1:]}
	}
	return bot.User{ID: bot.UserID("shell:" + name), Name: name}
}

// allowed says why the shell may not speak as u, or "".
func (a *Adapter) allowed(u bot.User) string {
	if a.anyone || strings.HasPrefix(string(u.ID), string(bot.Shell)+":") {
		return ""
	}
	local, _, _ := strings.Cut(strings.TrimPrefix(u.Name, "@"), ":") // matrix:@cy:example.org → cy
	return fmt.Sprintf("This terminal acts only as shell: users (such as shell:%s), not as %s: it cannot tell who is typing. A database created with `ospobot shell --testing` lets /as play users of every platform.",
		bot.Printable(local, 40), bot.Printable(string(u.ID), 80))
}

// Platform implements bot.Adapter.
func (a *Adapter) Platform() bot.Platform { return bot.Shell }

// Capabilities implements bot.Adapter: buttons are numbered choices, edits are shown as
// such, and in a terminal with one reader every reply is private already.
func (a *Adapter) Capabilities() bot.Capabilities {
	return bot.Capabilities{Buttons: true, Edits: true, Ephemeral: true, Files: a.files != ""}
}

// Run reads lines until end of input or until ctx is done, and feeds h. A handler error
// is printed and the session goes on: one bad message does not end the chat.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	lines := make(chan line)
	done := make(chan struct{})
	defer close(done)
	if why := a.allowed(a.user); why != "" {
		return errors.New(why)
	}
	go a.read(lines, done)
	seq := 0
	var paste *strings.Builder
	overflow := false // the paste went past the limit
	for {
		if a.prompt {
			a.printf("%s> ", a.user.Name)
			if paste != nil {
				a.printf("… ")
			}
		}
		var l line
		var ok bool
		select {
		case <-ctx.Done():
			return nil
		case l, ok = <-lines:
		}
		if !ok {
			if paste != nil && paste.Len() > 0 && !overflow {
				seq++
				return a.emit(ctx, h, seq, bot.Event{Kind: bot.MessageEvent, Text: paste.String()})
			}
			return nil
		}
		if l.err != nil {
			return fmt.Errorf("read input: %w", l.err)
		}
		if l.tooLong {
			if paste != nil {
				overflow = true
				continue
			}
			a.note("That line is longer than the limit of %s and was not sent.", bot.FormatBytes(int64(a.maxLine)))
			continue
		}
		if paste != nil {
			if strings.TrimRight(l.text, "\r") == "." {
				if overflow {
					a.note("The paste was longer than the limit of %s and was not sent.", bot.FormatBytes(int64(a.maxLine)))
				} else {
					seq++
					if err := a.emit(ctx, h, seq, bot.Event{Kind: bot.MessageEvent, Text: paste.String()}); err != nil {
						return err
					}
				}
				paste, overflow = nil, false
				continue
			}
			// Past the limit, keep reading to the closing "." so that the rest of the
			// paste is not taken for messages.
			if overflow || paste.Len()+len(l.text)+1 > a.maxLine {
				overflow = true
				paste.Reset()
				continue
			}
			paste.WriteString(l.text)
			paste.WriteByte('\n')
			continue
		}
		text := strings.TrimRight(l.text, "\r")
		if strings.HasPrefix(strings.TrimSpace(text), "/") {
			ev, quit, start := a.local(strings.TrimSpace(text))
			if quit {
				return nil
			}
			if start {
				paste = &strings.Builder{}
				a.note("Pasting: end with a line holding only \".\"")
			}
			if ev != nil {
				seq++
				if err := a.emit(ctx, h, seq, *ev); err != nil {
					return err
				}
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		seq++
		if err := a.emit(ctx, h, seq, bot.Event{Kind: bot.MessageEvent, Text: text}); err != nil {
			return err
		}
	}
}

// emit fills in what every shell event has and hands it on. Only a cancelled context
// ends the session; other errors are reported and the chat goes on.
func (a *Adapter) emit(ctx context.Context, h bot.Handler, seq int, ev bot.Event) error {
	ev.ID = bot.EventID(a.session + "-" + strconv.Itoa(seq))
	ev.Platform = bot.Shell
	ev.Time = time.Now()
	ev.User = a.user
	ev.Conversation = bot.Conversation{ID: Conversation, Direct: true}
	if err := h.HandleEvent(ctx, ev); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		a.note("error: %v", err)
	}
	return nil
}

// local runs a shell command. It returns an event to send, whether to quit, and
// whether a paste starts.
func (a *Adapter) local(text string) (ev *bot.Event, quit, paste bool) {
	cmd, arg, _ := strings.Cut(text, " ")
	arg = strings.TrimSpace(arg)
	switch strings.ToLower(cmd) {
	case "/quit", "/exit":
		return nil, true, false
	case "/paste":
		return nil, false, true
	case "/as":
		if arg == "" {
			a.note("Usage: /as USER   (you are %s)", a.user.ID)
			return nil, false, false
		}
		u := userFor(arg)
		if why := a.allowed(u); why != "" {
			a.note("%s You are still %s.", why, a.user.ID)
			return nil, false, false
		}
		a.mu.Lock()
		a.user = u
		a.mu.Unlock()
		a.note("You are now %s.", bot.Printable(string(a.user.ID), 80))
	case "/upload":
		if arg == "" {
			a.note("Usage: /upload PATH [MESSAGE]")
			return nil, false, false
		}
		path, text := splitUpload(arg)
		f, err := bot.LocalFile(path)
		if err != nil {
			a.note("Cannot upload %s: %v", bot.Printable(path, 200), err)
			return nil, false, false
		}
		return &bot.Event{Kind: bot.MessageEvent, Text: text, Files: []bot.File{f}}, false, false
	case "/click":
		n, err := strconv.Atoi(arg)
		a.mu.Lock()
		c, ok := a.choices[n]
		a.mu.Unlock()
		if err != nil || !ok {
			a.note("There is no choice %s. Choices are shown as [N] under a message.", bot.Printable(arg, 20))
			return nil, false, false
		}
		return &bot.Event{Kind: bot.ActionEvent, Action: &bot.Action{ID: c.button.Action, Value: c.button.Value, Message: c.msg}}, false, false
	case "/help":
		a.note("Shell commands: /paste (end with a line holding only \".\"), /upload PATH [MESSAGE], /as USER, /click N, /quit. Anything else goes to the bot; try \"help\".")
	default:
		a.note("Unknown shell command %s. /help lists them; messages to the bot do not start with \"/\".", bot.Printable(cmd, 40))
	}
	return nil, false, false
}

// splitUpload splits "/upload" arguments into the path (quoted if it has spaces) and
// the message that goes with the file, as a chat upload carries a comment.
func splitUpload(arg string) (path, text string) {
	if strings.HasPrefix(arg, "\"") {
		if end := strings.Index(arg[1:], "\""); end >= 0 {
			return arg[1 : end+1], strings.TrimSpace(arg[end+2:])
		}
	}
	path, text, _ = strings.Cut(arg, " ")
	return path, strings.TrimSpace(text)
}

type line struct {
	text    string
	tooLong bool
	err     error
}

// read sends lines until end of input. A line longer than maxLine is consumed and
// reported as too long rather than cut into several messages.
func (a *Adapter) read(out chan<- line, done <-chan struct{}) {
	defer close(out)
	r := bufio.NewReaderSize(a.in, 64<<10)
	for {
		var b []byte
		tooLong := false
		for {
			chunk, isPrefix, err := r.ReadLine()
			if err != nil {
				if errors.Is(err, io.EOF) {
					if len(b) > 0 || tooLong {
						select {
						case out <- line{text: string(b), tooLong: tooLong}:
						case <-done:
						}
					}
					return
				}
				select {
				case out <- line{err: err}:
				case <-done:
				}
				return
			}
			if !tooLong {
				if len(b)+len(chunk) > a.maxLine {
					tooLong, b = true, nil
				} else {
					b = append(b, chunk...)
				}
			}
			if !isPrefix {
				break
			}
		}
		select {
		case out <- line{text: string(b), tooLong: tooLong}:
		case <-done:
			return
		}
	}
}

// Send implements bot.Adapter: it prints the reply and numbers its buttons.
func (a *Adapter) Send(_ context.Context, to bot.Destination, r bot.Reply) (bot.MessageRef, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sent++
	// The session keeps refs apart across runs: an edit of a message printed by an
	// earlier run must not name a message of this one.
	ref := bot.MessageRef(a.session + "-" + strconv.Itoa(a.sent))
	who := "ospobot"
	switch {
	case r.Private && to.User != "" && to.User != a.user.ID:
		who = "ospobot (only " + string(to.User) + ")"
	case r.Private:
		who = "ospobot (only you)"
	case to.User != "": // a direct message: everyone shares this terminal, so say whose
		who = "ospobot (to " + string(to.User) + ")"
	}
	paths, err := a.save(r.Files)
	if err != nil {
		return "", err
	}
	a.write(who, r, ref)
	for _, p := range paths {
		fmt.Fprintf(a.out, "  file: %s\n", p)
	}
	a.remember(ref, r.Text)
	return ref, nil
}

// save writes the files of a reply under the files directory and returns their paths.
// Names are the bot's (never a path), so a file stays in the directory.
func (a *Adapter) save(files []bot.Attachment) ([]string, error) {
	if len(files) == 0 {
		return nil, nil
	}
	if a.files == "" {
		return nil, bot.Permanent(errors.New("this shell takes no files (no files directory)"))
	}
	if err := os.MkdirAll(a.files, 0o755); err != nil {
		return nil, fmt.Errorf("make files directory: %w", err)
	}
	var paths []string
	for _, f := range files {
		name := filepath.Base(filepath.Clean("/" + f.Name))
		if name == "/" || name == "." {
			name = "file"
		}
		p := filepath.Join(a.files, name)
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return nil, fmt.Errorf("save %s: %w", name, err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// Edit implements bot.Editor: a terminal cannot change what it printed, so it prints
// the new version, marked as an edit of message ref.
func (a *Adapter) Edit(_ context.Context, to bot.Destination, ref bot.MessageRef, r bot.Reply) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	who := "ospobot (edit)"
	if orig, ok := a.texts[ref]; ok {
		who = "ospobot (edits “" + orig + "”)"
	}
	a.write(who, r, ref)
	a.remember(ref, r.Text)
	return nil
}

// remember keeps the start of each message's text, so that an edit can say which
// message it replaces: a terminal cannot change what it printed.
func (a *Adapter) remember(ref bot.MessageRef, text string) {
	if a.texts == nil {
		a.texts = map[bot.MessageRef]string{}
	}
	if len(a.texts) > 10000 {
		clear(a.texts)
	}
	a.texts[ref] = bot.Printable(strings.SplitN(text, "\n", 2)[0], 40)
}

// write prints one reply; a.mu is held.
func (a *Adapter) write(who string, r bot.Reply, ref bot.MessageRef) {
	var b strings.Builder
	b.WriteString(clean(who) + ": ")
	render(&b, r, func(btn bot.Button) int {
		n := a.next
		a.next++
		a.choices[n] = choice{button: btn, msg: ref}
		return n
	})
	io.WriteString(a.out, b.String())
}

// Format renders a reply as the shell shows it, without a speaker and without
// clickable choices: for command-line output.
func Format(r bot.Reply) string {
	var b strings.Builder
	render(&b, r, nil)
	return b.String()
}

// render writes r as indented text; number, when set, numbers each button. The text's
// later lines are indented like the blocks, so that a message stays one unit under its
// speaker.
func render(b *strings.Builder, r bot.Reply, number func(bot.Button) int) {
	first, more, _ := strings.Cut(clean(r.Text), "\n")
	b.WriteString(first + "\n")
	if more != "" {
		indent(b, more, "  ")
	}
	var buttons []string
	for _, blk := range r.Blocks {
		switch blk.Kind {
		case bot.SectionBlock:
			indent(b, clean(blk.Text), "  ")
		case bot.ContextBlock:
			indent(b, clean(blk.Text), "  · ")
		case bot.FieldsBlock:
			for _, f := range blk.Fields {
				indent(b, clean(f.Label)+": "+clean(f.Value), "  ")
			}
		case bot.ButtonsBlock:
			for _, btn := range blk.Buttons {
				if number == nil {
					buttons = append(buttons, "["+clean(btn.Label)+"]")
					continue
				}
				buttons = append(buttons, fmt.Sprintf("[%d] %s", number(btn), clean(btn.Label)))
			}
		}
	}
	if len(buttons) > 0 {
		hint := ""
		if number != nil {
			hint = "   (/click N)"
		}
		b.WriteString("  " + strings.Join(buttons, "  ") + hint + "\n")
	}
}

func indent(b *strings.Builder, text, prefix string) {
	for i, l := range strings.Split(text, "\n") {
		if i == 0 {
			b.WriteString(prefix + l + "\n")
			continue
		}
		b.WriteString(strings.Repeat(" ", len([]rune(prefix))) + l + "\n")
	}
}

// clean keeps text from files, SBOMs, names and messages from driving the terminal or
// disguising itself: control characters and escape sequences are shown as text (\x1b),
// bidirectional overrides visibly ([U+202E]); newlines and tabs stay.
func clean(s string) string { return bot.Escape(s) }

func (a *Adapter) note(format string, args ...any) {
	a.printf("(shell) "+format+"\n", args...)
}

func (a *Adapter) printf(format string, args ...any) {
	a.mu.Lock()
	defer a.mu.Unlock()
	fmt.Fprintf(a.out, format, args...)
}
