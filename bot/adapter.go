package bot

import (
	"context"
	"net/http"
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
	// Home addresses User's home surface (Slack's App Home tab) instead of a conversation;
	// only adapters whose Capabilities have Home get such replies.
	Home bool `json:"home,omitempty"`
	// Trigger is the short-lived handle of the click a form answers (Reply.Form).
	Trigger TriggerID `json:"trigger,omitempty"`
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
//
// The delivery contract: h.HandleEvent commits the event's effects and returns without
// waiting for delivery, so an adapter can acknowledge its platform within the platform's
// deadline (Slack's three seconds). Replies reach Send later, from the outbox. Send and
// Edit fail with RetryAfter or Permanent where they know which (see delivery.go).
type Adapter interface {
	Platform() Platform
	Capabilities() Capabilities
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
// The submission arrives as a FormEvent; when the handler returns FieldErrors, the
// adapter shows them in the form (Slack's response_action "errors") instead of closing it.
type FormOpener interface {
	OpenForm(ctx context.Context, t TriggerID, f Form) error
}

// Form is a set of fields to fill in. Replies carry it (Reply.Form) to be opened in
// answer to the click named by Destination.Trigger.
type Form struct {
	ID     string      `json:"id"`               // what the submission is for ("request.contribution", "reason.reject")
	Title  string      `json:"title"`            // short: Slack allows 24 characters
	Submit string      `json:"submit,omitempty"` // the submit button's label; "Submit" when empty
	State  string      `json:"state,omitempty"`  // opaque context returned with the submission (a request ID)
	Fields []FormField `json:"fields"`
}

// FormField is one field of a Form.
type FormField struct {
	Name      string   `json:"name"`
	Label     string   `json:"label"`
	Type      string   `json:"type,omitempty"` // "text" when empty; "url" (a web address), "license" (an SPDX expression), "choice"
	Hint      string   `json:"hint,omitempty"`
	Value     string   `json:"value,omitempty"` // initial value
	Required  bool     `json:"required,omitempty"`
	Multiline bool     `json:"multiline,omitempty"`
	Choices   []string `json:"choices,omitempty"` // when set, the answer must be one of these
}

// GroupResolver is the optional capability to list the members of a platform's own
// group (a Slack user group "slack:S0614TZR7", the joined members of a Matrix room
// "matrix:!room:example.org"), so that approver groups can name one.
type GroupResolver interface {
	GroupMembers(ctx context.Context, group UserID) ([]UserID, error)
}

// HTTPMounter is the optional capability to take requests on serve's HTTP listener
// (Slack's Events API, interactivity and slash commands in HTTP mode).
type HTTPMounter interface {
	Mount(mux *http.ServeMux)
}

// Status is an adapter's connection, for serve's /readyz and metrics.
type Status struct {
	Connected  bool
	Reason     string // why not, when not connected
	Reconnects uint64 // since start
}

// StatusReporter is the optional capability to report the connection's state. An
// adapter without it is taken as connected.
type StatusReporter interface {
	Status() Status
}
