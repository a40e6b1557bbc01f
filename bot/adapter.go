package bot

import (
	"context"
	"strings"
)

// Handler takes inbound events, as http.Handler takes requests. The Router is the
// Handler adapters are given.
type Handler interface {
	HandleEvent(ctx context.Context, ev Event) error
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, ev Event) error

// HandleEvent calls f.
func (f HandlerFunc) HandleEvent(ctx context.Context, ev Event) error { return f(ctx, ev) }

// Destination says where a reply goes.
type Destination struct {
	Platform     Platform       `json:"platform"`
	Conversation ConversationID `json:"conversation"`
	User         UserID         `json:"user,omitempty"`   // addressee of a private reply or a DM
	Thread       MessageRef     `json:"thread,omitempty"` // reply in this thread
}

// DirectTo is a direct message to u, on u's platform.
func DirectTo(u UserID) Destination {
	p, _, _ := strings.Cut(string(u), ":")
	return Destination{Platform: Platform(p), User: u}
}

// PostTo is the conversation a configuration names as "platform:conversation"
// ("slack:C024BE91L", "matrix:!room:example.org").
func PostTo(where string) Destination {
	p, c, _ := strings.Cut(where, ":")
	return Destination{Platform: Platform(p), Conversation: ConversationID(c)}
}

// Adapter connects one chat platform. Run feeds inbound events to h until ctx is done;
// Send delivers one reply and returns a reference for later edits.
type Adapter interface {
	Platform() Platform
	Run(ctx context.Context, h Handler) error
	Send(ctx context.Context, to Destination, r Reply) (MessageRef, error)
}

// Editor is the optional capability to replace an earlier message (Slack chat.update,
// Matrix m.replace). Where an adapter lacks it, callers post a new message instead.
type Editor interface {
	Edit(ctx context.Context, to Destination, ref MessageRef, r Reply) error
}

// FormOpener is the optional capability to show a form (a Slack modal) in answer to a
// click. Where an adapter lacks it, the bot asks field by field in the conversation.
type FormOpener interface {
	OpenForm(ctx context.Context, t TriggerID, f Form) error
}

// Form is a set of fields to fill in.
type Form struct {
	ID     string
	Title  string
	Fields []FormField
}

// FormField is one field of a Form.
type FormField struct {
	Name     string
	Label    string
	Required bool
	Choices  []string // when set, the answer must be one of these
}
