package bot

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// EventKind tells what arrived.
type EventKind int

// The kinds of inbound event.
const (
	MessageEvent EventKind = iota + 1 // someone wrote to the bot
	ActionEvent                       // someone clicked a button (or reacted, on Matrix)
	FormEvent                         // someone submitted a form (Event.Form)
	HomeEvent                         // someone opened the bot's home surface (Slack App Home)
)

// User is a person as the platform describes them.
type User struct {
	ID   UserID
	Name string // display name, for replies; never used for authorisation
}

// Conversation is where an event happened.
type Conversation struct {
	ID     ConversationID
	Direct bool // a one-to-one conversation with the bot
}

// Event is one inbound occurrence, made by an adapter.
type Event struct {
	ID           EventID // dedup key, unique per platform
	Platform     Platform
	Kind         EventKind
	Time         time.Time
	User         User
	Conversation Conversation
	Thread       MessageRef      // the thread the message is in, if any
	Text         string          // message text (MessageEvent)
	Files        []File          // uploads attached to the message
	Action       *Action         // the click (ActionEvent)
	Form         *FormSubmission // the filled-in form (FormEvent)
	Trigger      TriggerID       // for opening a form in answer to a click, where supported
}

// FormSubmission is a submitted Form.
type FormSubmission struct {
	ID     string            // Form.ID
	State  string            // Form.State, as given
	Values map[string]string // by field name
}

// FieldErrors is what a handler returns for a form submission with invalid fields, by
// field name; the adapter shows them in the form, which stays open.
type FieldErrors map[string]string

func (f FieldErrors) Error() string {
	names := make([]string, 0, len(f))
	for n := range f {
		names = append(names, n)
	}
	slices.Sort(names)
	var b strings.Builder
	b.WriteString("invalid form fields:")
	for _, n := range names {
		b.WriteString(" " + n + ": " + f[n] + ";")
	}
	return strings.TrimSuffix(b.String(), ";")
}

// Action is a click on a button of an earlier reply.
type Action struct {
	ID      ActionID
	Value   string
	Message MessageRef // the message whose button was clicked
}

// File is an upload. Its content is fetched on demand so that the core can refuse a
// file by its size before anything is read.
type File struct {
	Name string
	Size int64 // as announced by the platform; -1 when unknown
	Open func(ctx context.Context) (io.ReadCloser, error)
}

// LocalFile is a file on this machine as an upload: the shell's /upload and the
// command line use it. It fails for a missing file or one that is not a regular file.
func LocalFile(path string) (File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if u := errors.Unwrap(err); u != nil {
			err = u // "no such file or directory", without repeating the path
		}
		return File{}, err
	}
	if !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return File{}, errors.New("is a directory")
		}
		return File{}, errors.New("not a regular file")
	}
	return File{
		Name: filepath.Base(path), Size: fi.Size(),
		Open: func(context.Context) (io.ReadCloser, error) { return os.Open(path) },
	}, nil
}
