package workflows

import (
	"fmt"
	"strings"
)

// State is where a request stands. It is stored as its string, in the request record
// and in the idx_state keys, so the words of the constants must not change.
type State string

// Request states.
const (
	StatePending          State = "pending"           // a stage waits for a decision
	StateChangesRequested State = "changes_requested" // waits for the requester
	StateApproved         State = "approved"
	StateRejected         State = "rejected"
	StateWithdrawn        State = "withdrawn"
)

// stateNone is the state of a request not yet made, the "from" of its submission.
const stateNone State = ""

// stateWords is a state as people read it: "pending", "sent back for changes".
func stateWords(state State) string {
	if state == StateChangesRequested {
		return "sent back for changes" // reads in "OSPO-1 is …" and "No requests …"
	}
	return strings.ReplaceAll(string(state), "_", " ")
}

// States lists every request state, for queries.
var States = []State{StatePending, StateChangesRequested, StateApproved, StateRejected, StateWithdrawn}

// stateNames are the States' words, for help and refusals.
func stateNames() []string {
	out := make([]string, len(States))
	for i, s := range States {
		out[i] = string(s)
	}
	return out
}

// DecisionKind is what an approver decided. It is stored as its string, in the
// request record and as the action of the decision's audit record.
type DecisionKind string

// Decisions an approver can make.
const (
	DecApprove DecisionKind = "approve"
	DecReject  DecisionKind = "reject"
	DecChanges DecisionKind = "changes"
)

// StageMode says how many of a stage's group must approve. Configuration spells it
// (approvals.rules[].stages[].mode) and the request record stores it as its string.
type StageMode string

// Stage modes.
const (
	ModeAny StageMode = "any" // one member's approval decides the stage
	ModeAll StageMode = "all" // every member must approve; one rejection decides
)

// StageState is where one stage of a request stands; stored as its string.
type StageState string

// Stage states.
const (
	stageWaiting          StageState = "waiting" // not reached yet
	stageOpen             StageState = "open"    // notified, waiting for a decision
	stageApproved         StageState = "approved"
	stageRejected         StageState = "rejected"
	stageChangesRequested StageState = "changes_requested"
)

// requestEvent is what moves a request from one state to another.
type requestEvent string

const (
	evSubmit      requestEvent = "submit"       // a request goes to its first stage
	evPreApprove  requestEvent = "pre-approve"  // a pre-approval rule approves it as it is made
	evAdvance     requestEvent = "advance"      // a stage is approved and the next one opens
	evApprove     requestEvent = "approve"      // the last stage is approved
	evReject      requestEvent = "reject"       // a stage rejects it
	evAskChanges  requestEvent = "changes"      // a stage sends it back to the requester
	evResubmit    requestEvent = "resubmit"     // the requester sends it back after changes
	evWithdraw    requestEvent = "withdraw"     // the requester takes it back
	evApprovePart requestEvent = "approve-part" // one approval of an "all" stage that still waits for others
	evMarkedDone  requestEvent = "done"         // the requester links the finished work; the state stays
)

// transitions is every allowed change of a request's state: from state, by event, to
// state. A pair that is not here is refused. Commands consult it (allowed) to word
// their refusals, and every change of state goes through it (move), so that no command
// can move a request where this table does not say.
var transitions = map[State]map[requestEvent]State{
	stateNone: {
		evSubmit:     StatePending,
		evPreApprove: StateApproved,
	},
	StatePending: {
		evApprovePart: StatePending,
		evAdvance:     StatePending,
		evApprove:     StateApproved,
		evReject:      StateRejected,
		evAskChanges:  StateChangesRequested,
		evWithdraw:    StateWithdrawn,
	},
	StateChangesRequested: {
		evResubmit: StatePending,
		evWithdraw: StateWithdrawn,
	},
	StateApproved: {
		evMarkedDone: StateApproved,
	},
}

// allowed tells whether ev may happen to a request in state from.
func allowed(from State, ev requestEvent) bool {
	_, ok := transitions[from][ev]
	return ok
}

// decisionEvents are the events a decision can be, by decision: any of them is allowed
// exactly where a stage can be decided.
var decisionEvents = map[DecisionKind][]requestEvent{
	DecApprove: {evApprovePart, evAdvance, evApprove},
	DecReject:  {evReject},
	DecChanges: {evAskChanges},
}

// canDecide tells whether a stage of a request in state s can be decided: whether
// every decision is allowed there (the table allows them together).
func canDecide(s State) bool {
	for _, evs := range decisionEvents {
		for _, ev := range evs {
			if !allowed(s, ev) {
				return false
			}
		}
	}
	return true
}

// move puts r in the state ev leads to from its own, or refuses. Commands check first
// (allowed) and refuse in words; an error here is a command that did not.
func (r *Request) move(ev requestEvent) error {
	to, ok := transitions[r.State][ev]
	if !ok {
		return fmt.Errorf("request %d: %w: %s from %q", r.ID, ErrWrongState, ev, r.State)
	}
	r.State = to
	return nil
}
