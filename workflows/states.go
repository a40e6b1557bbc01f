package workflows

import "strings"

// Request states.
const (
	StatePending          = "pending"           // a stage waits for a decision
	StateChangesRequested = "changes_requested" // waits for the requester
	StateApproved         = "approved"
	StateRejected         = "rejected"
	StateWithdrawn        = "withdrawn"
)

// stateWords is a state as people read it: "pending", "sent back for changes".
func stateWords(state string) string {
	if state == StateChangesRequested {
		return "sent back for changes" // reads in "OSPO-1 is …" and "No requests …"
	}
	return strings.ReplaceAll(state, "_", " ")
}

// States lists every request state, for queries.
var States = []string{StatePending, StateChangesRequested, StateApproved, StateRejected, StateWithdrawn}

// Decisions an approver can make.
const (
	DecApprove = "approve"
	DecReject  = "reject"
	DecChanges = "changes"
)

// Stage states.
const (
	stageWaiting = "waiting" // not reached yet
	stageOpen    = "open"    // notified, waiting for a decision
)
