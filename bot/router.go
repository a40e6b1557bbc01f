package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/ospobot/ospobot/internal/text"
)

// DefaultMaxInput is the largest message or upload the router accepts unless configured.
const DefaultMaxInput = 1 << 20

// Input is one piece of text to work on: a pasted message or an uploaded file, read in
// full and within the size limit.
type Input struct {
	Name string // file name; empty for a pasted message
	Data []byte
}

// Call is an Event the Router has understood: a command with its arguments, or a reply
// the router has already decided (help, an unknown command, refused input). The
// executor applies it in one transaction, whatever it is, so that even the router's own
// answers are deduplicated and delivered through the outbox.
type Call struct {
	Event   Event
	Command string  // name of the command; "" for a click (see Event.Action)
	Rest    string  // the text after the command word, as typed
	Inputs  []Input // texts to work on
	Reply   *Reply  // set when the router has answered already
	// Refused is set when the router refused the input (too large, unreadable): nothing
	// in it is to be read, not even as the answer to a question the bot asked.
	Refused bool
}

// Executor applies a Call. The workflow engine is one.
type Executor interface {
	Execute(ctx context.Context, c Call) error
}

// Router turns events into calls: it reads uploads within the size limit, finds the
// command, and answers help and unknown words itself.
type Router struct {
	Commands *Commands
	Exec     Executor
	MaxInput int64 // bytes; DefaultMaxInput when 0
	// Default is the command for free text that is no command, such as a pasted licence.
	Default string
	// Question is the command for a sentence that is no command: several words ending
	// in "?", such as "AGPL in our SaaS?".
	Question string
	// Document, if set, tells whether a long or multi-line message is a document to work
	// on (a pasted licence, for Default) rather than a long question for Question: by
	// its content, not its length. Without it, length and line breaks decide.
	Document func(text string) bool
	// Subject, if set, tells whether a word names what Question answers about (a
	// licence); a message that starts with such a word is a question too, with or without
	// "?" ("GPL-2.0+ in our firmware"), and so is a sentence of three words or more that
	// names one further on and does not look like a mistyped command ("we want to fork
	// an MPL-2.0 project").
	Subject func(word string) bool
	Log     *slog.Logger
	// AnyPlatform accepts events whose user is of another platform than the event (the
	// terminal of a database created for testing, playing a Slack approver). Otherwise
	// such an event is refused: an adapter speaks only for its own platform's users.
	AnyPlatform bool
}

// ErrForeignUser refuses an event whose user is not of the platform that delivered it.
var ErrForeignUser = errors.New("the event's user is not of the platform that delivered it")

// HandleEvent implements Handler.
func (r *Router) HandleEvent(ctx context.Context, ev Event) error {
	if !r.AnyPlatform && !ev.User.ID.On(ev.Platform) {
		return fmt.Errorf("event %s from %s refused: %w (%s)", Printable(string(ev.ID), 80), Printable(string(ev.User.ID), 80), ErrForeignUser, ev.Platform)
	}
	c, err := r.route(ctx, ev)
	if err != nil {
		return err
	}
	if c == nil {
		return nil
	}
	return r.Exec.Execute(ctx, *c)
}

func (r *Router) maxInput() int64 {
	if r.MaxInput > 0 {
		return r.MaxInput
	}
	return DefaultMaxInput
}

func (r *Router) route(ctx context.Context, ev Event) (*Call, error) {
	switch ev.Kind {
	case ActionEvent:
		if ev.Action == nil {
			return nil, errors.New("action event without an action")
		}
		return &Call{Event: ev}, nil
	case FormEvent:
		if ev.Form == nil {
			return nil, errors.New("form event without a submission")
		}
		return &Call{Event: ev}, nil // the executor checks the fields; see FieldErrors
	case HomeEvent:
		return &Call{Event: ev}, nil
	}
	limit := r.maxInput()
	refuse := func(text string) *Call {
		return &Call{Event: ev, Reply: &Reply{Text: text, Private: true}, Refused: true}
	}
	if int64(len(ev.Text)) > limit {
		return refuse(fmt.Sprintf("That message is %s; the limit is %s. Nothing was done — upload the file instead, or send a part of it.",
			FormatBytes(int64(len(ev.Text))), FormatBytes(limit))), nil
	}
	var inputs []Input
	for _, f := range ev.Files {
		data, err := ReadFile(ctx, f, limit)
		if errors.Is(err, ErrTooLarge) {
			return refuse(fmt.Sprintf("%s is larger than the limit of %s. Nothing was done.", quoteName(f.Name), FormatBytes(limit))), nil
		}
		if err != nil {
			if r.Log != nil {
				r.Log.WarnContext(ctx, "upload unreadable", "file", f.Name, "err", err)
			}
			return refuse(fmt.Sprintf("I could not read %s. Nothing was done; please upload it again.", quoteName(f.Name))), nil
		}
		inputs = append(inputs, Input{Name: f.Name, Data: data})
	}

	// Routed as typed: a no-break space or the backticks of inline code do not make a
	// question a command, nor a command unknown. What the call carries is the message as
	// sent (a reason keeps its emoji; a pasted document its characters).
	sent := strings.TrimSpace(ev.Text)
	sentWord, sentRest := firstWord(sent)
	sentWord = text.AsTyped(sentWord)
	text := strings.TrimSpace(text.AsTyped(sent))
	if text == "" && len(inputs) == 0 {
		return nil, nil // nothing said, nothing to answer
	}
	// A message that answers a question the bot asked is routed as any other: the
	// executor decides, in the message's own transaction, whether it is the answer.
	word, rest := firstWord(text)
	if strings.TrimSpace(sentWord) == word {
		rest = sentRest // the command's words as sent
	}
	if spec, ok := r.Commands.Lookup(word); ok && text != "" && (len(inputs) == 0 || spec.Files) {
		if r.Question != "" && spec.Name != r.Question && (!strings.EqualFold(word, spec.Name) || spec.MaxWords > 0 && len(strings.Fields(rest)) > spec.MaxWords) && len(inputs) == 0 && sentence(text) {
			// "about to publish our tool. MIT or Apache?", "new hobby repo, want people to
			// credit me. which licence": a sentence that happens to open with a command's
			// alias is a question; a command typed by its own name stays one, unless the
			// sentence holds more words than its arguments take ("License file says …").
			return &Call{Event: ev, Command: r.Question, Rest: sent}, nil
		}
		if spec.Name == "help" {
			return &Call{Event: ev, Command: "help", Rest: rest, Reply: r.help(rest)}, nil
		}
		return &Call{Event: ev, Command: spec.Name, Rest: rest, Inputs: inputs}, nil
	}
	long := looksLikeDocument(text)
	if long && len(inputs) == 0 && r.Document != nil && r.Question != "" && !r.Document(text) {
		// Several sentences about a situation: a question, however long.
		return &Call{Event: ev, Command: r.Question, Rest: sent}, nil
	}
	if len(inputs) > 0 || long {
		if text != "" && len(inputs) == 0 {
			inputs = []Input{{Data: []byte(ev.Text)}}
		}
		return &Call{Event: ev, Command: r.Default, Rest: "", Inputs: inputs}, nil
	}
	if r.Question != "" && (strings.HasSuffix(text, "?") && len(strings.Fields(text)) >= 2 || r.Subject != nil && r.Subject(word) || r.statement(word, text) || r.prose(word, text)) {
		return &Call{Event: ev, Command: r.Question, Rest: sent}, nil
	}
	return &Call{Event: ev, Command: "", Reply: r.unknown(word)}, nil
}

// sentence tells whether text reads as prose rather than a command's arguments: five
// words or more, no field=value, and the punctuation of a sentence.
func sentence(text string) bool {
	return len(strings.Fields(text)) >= 5 && !hasFields(text) && !strings.Contains(text, "`") &&
		(strings.HasSuffix(text, "?") || strings.Contains(text, ", ") || strings.Contains(text, ". "))
}

// fieldRE finds a field a command takes, key=value; "GPL (>= 2)" gives none.
var fieldRE = regexp.MustCompile(`(?:^|\s)[\w.-]+=\S`)

// hasFields tells whether text gives a command's fields (key=value).
func hasFields(text string) bool { return strings.Contains(text, "=") && fieldRE.MatchString(text) }

// statement tells whether text, which starts with no command, is a sentence about what
// Question answers (a licence) named further on: "we want to fork an MPL-2.0 project".
// A mistyped command stays one: its first word is close to a command's, or it gives
// fields (key=value).
func (r *Router) statement(word, text string) bool {
	words := strings.Fields(text)
	if r.Subject == nil || len(words) < 3 || hasFields(text) {
		return false
	}
	if s, near := r.Commands.Suggest(word); near && len(words) < 5 && s != r.Question {
		// A sentence of five words or more is no mistyped command ("My employer claims
		// …"); nor is one whose first word is near the question's own alias ("whats
		// libcurl's licence": asked either way).
		return false
	}
	return slices.ContainsFunc(words[1:], r.Subject)
}

// prose tells whether text, which starts with no command, is a sentence someone wrote
// to ask something, though it names nothing Question knows and has no question mark
// ("marketing wants to use a few creative commons photos on our site. what do we have
// to put in the credit"): six words or more, no fields or code, and a first word that
// is not a command mistyped. The question's answer then says what it could not read,
// rather than that the first word is no command.
func (r *Router) prose(word, text string) bool {
	words := strings.Fields(text)
	if len(words) < 6 || hasFields(text) || strings.Contains(text, "`") {
		return false
	}
	_, near := r.Commands.Suggest(word)
	return !near || len(words) >= 10
}

func (r *Router) help(rest string) *Reply {
	name, _ := firstWord(rest)
	if name == "" {
		rep := r.Commands.HelpReply()
		return &rep
	}
	if spec, ok := r.Commands.Lookup(name); ok {
		rep := r.Commands.CommandHelpReply(spec)
		return &rep
	}
	rep := r.unknown(name)
	return rep
}

func (r *Router) unknown(word string) *Reply {
	shown := Printable(word, 40)
	if s, ok := r.Commands.Suggest(word); ok {
		return &Reply{Text: fmt.Sprintf("I don't know `%s`. Did you mean `%s`? Type `help` for everything I understand.", shown, s)}
	}
	return &Reply{Text: fmt.Sprintf("I don't know `%s`. Type `help` for everything I understand, or paste a licence text to identify it.", shown)}
}

// firstWord splits text at its first run of white space.
func firstWord(text string) (word, rest string) {
	text = strings.TrimSpace(text)
	i := strings.IndexFunc(text, unicode.IsSpace)
	if i < 0 {
		return text, ""
	}
	return text[:i], strings.TrimSpace(text[i:])
}

// looksLikeDocument tells a pasted text from a mistyped command: several lines, a long
// paragraph, or an SPDX tag.
func looksLikeDocument(text string) bool {
	return strings.Contains(text, "\n") || len(text) > 200 ||
		strings.Contains(strings.ToLower(text), "spdx-license-identifier")
}

// ErrTooLarge is returned by ReadFile for content over the limit.
var ErrTooLarge = errors.New("larger than the limit")

// ReadFile reads an upload in full, refusing it by its announced size first and by its
// real size while reading, so that a file over limit is never held in memory.
func ReadFile(ctx context.Context, f File, limit int64) ([]byte, error) {
	if f.Size > limit {
		return nil, ErrTooLarge
	}
	if f.Open == nil {
		return nil, errors.New("file has no content")
	}
	rc, err := f.Open(ctx)
	if err != nil {
		return nil, fmt.Errorf("open upload %q: %w", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read upload %q: %w", f.Name, err)
	}
	if int64(len(data)) > limit {
		return nil, ErrTooLarge
	}
	return data, nil
}

func quoteName(name string) string {
	if name == "" {
		return "The file"
	}
	return "`" + Printable(name, 80) + "`"
}

// FormatBytes renders a size for people: "512 B", "1.5 KiB", "1 MiB".
func FormatBytes(n int64) string { return text.FormatBytes(n) }

// Printable returns s with control characters replaced and cut to at most max runes, so
// that user text echoed back cannot break a message or a terminal.
func Printable(s string, max int) string { return text.Printable(s, max) }
