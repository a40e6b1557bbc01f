package bot

// Platform names a chat platform. Its value is stored with every outbox entry and
// audit record, so it never changes once released.
type Platform string

// The platforms ospobot knows.
const (
	Shell  Platform = "shell"
	Slack  Platform = "slack"
	Matrix Platform = "matrix"
)

// UserID identifies a person on one platform, qualified by the platform so that one
// approver group can list people from several ("slack:U024BE7LH", "matrix:@ana:example.org",
// "shell:ana").
type UserID string

// On tells whether the ID is of platform p ("slack:U…" is on Slack).
func (u UserID) On(p Platform) bool {
	return len(u) > len(p) && string(u[:len(p)]) == string(p) && u[len(p)] == ':'
}

// ConversationID identifies a channel, room or direct conversation on one platform.
type ConversationID string

// MessageRef is what a platform returns for a sent message so that it can be edited
// later (Slack channel+ts, a Matrix event ID, the shell's message number).
type MessageRef string

// EventID is the deduplication key of an inbound event: Slack's event_id, a Matrix
// event ID, the shell's sequence number. A replayed EventID has no second effect.
type EventID string

// TriggerID is a short-lived handle a platform gives with a click, needed to open a
// form (Slack's trigger_id).
type TriggerID string

// ActionID names what a button does ("approve", "license.use"); the button's Value
// says to what.
type ActionID string
