package workflows

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// RequestID numbers requests; people see it with the configured prefix: OSPO-42.
type RequestID uint64

// Format renders the ID with prefix.
func (id RequestID) Format(prefix string) string {
	return prefix + "-" + strconv.FormatUint(uint64(id), 10)
}

// ParseRequestID reads "OSPO-42", "ospo-42", "#42" or "42".
func ParseRequestID(s, prefix string) (RequestID, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".,;:!?") // "approve OSPO-3." at the end of a sentence
	if p, rest, ok := strings.Cut(s, "-"); ok && strings.EqualFold(p, prefix) {
		s = rest
	} else if len(s) > len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		s = s[len(prefix):] // OSPO42
	}
	s = strings.TrimPrefix(s, "#")
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n == 0 {
		return 0, false
	}
	return RequestID(n), true
}

// shownTime is how times appear in messages: to the minute, with the zone.
const shownTime = "2006-01-02 15:04 MST"

// Request is one request, stored as a record (versioned) under its ID.
type Request struct {
	V           int               `json:"v"`
	ID          RequestID         `json:"id"`
	Kind        string            `json:"kind"`
	Requester   bot.UserID        `json:"requester"`
	Name        string            `json:"name,omitempty"` // requester's display name
	Fields      map[string]string `json:"fields"`
	State       State             `json:"state"`
	Rule        string            `json:"rule,omitempty"`        // the routing rule that chose the stages
	PreApproved string            `json:"preapproved,omitempty"` // the pre-approval rule, if any
	Stages      []Stage           `json:"stages"`
	Current     int               `json:"current"` // index of the stage that waits
	Origin      bot.Destination   `json:"origin"`  // where the requester asked, for answers
	Created     time.Time         `json:"created"`
	Updated     time.Time         `json:"updated"`
	Timeline    []Entry           `json:"timeline"`
	FollowUp    string            `json:"follow_up,omitempty"` // "done OSPO-12 URL": the contribution or release link
	Snoozed     time.Time         `json:"snoozed,omitzero"`    // no nudges before this time
	Decided     time.Time         `json:"decided,omitzero"`    // when it was approved or rejected
	// Sealed is the digest the audit chain last recorded for this request
	// (requestDigest), so that a write can tell without the record before it whether
	// it changes what the chain covers. Verification never trusts it.
	Sealed string `json:"sealed,omitempty"`
}

// Stage is one step of approval.
type Stage struct {
	Name      string            `json:"name"`
	Group     string            `json:"group"`
	Mode      StageMode         `json:"mode"`
	Due       time.Time         `json:"due,omitzero"`
	State     StageState        `json:"state"` // waiting, open (notified), approved, rejected, changes_requested
	Decisions []Decision        `json:"decisions,omitempty"`
	Messages  []uint64          `json:"messages,omitempty"` // outbox entries of the approval messages, edited after a decision
	SentTo    []bot.Destination `json:"sent_to,omitempty"`  // where each of Messages went
	Reminders int               `json:"reminders,omitempty"`
	Reminded  time.Time         `json:"reminded,omitzero"`
	Escalated bool              `json:"escalated,omitempty"`
	Started   time.Time         `json:"started,omitzero"`
	Decided   time.Time         `json:"decided,omitzero"`
}

// Decision is one approver's decision on a stage.
type Decision struct {
	By       bot.UserID   `json:"by"`
	OnBehalf bot.UserID   `json:"on_behalf,omitempty"`
	Decision DecisionKind `json:"decision"`
	Reason   string       `json:"reason,omitempty"`
	Time     time.Time    `json:"time"`
}

// Entry is one line of a request's timeline.
type Entry struct {
	Time   time.Time  `json:"time"`
	Actor  bot.UserID `json:"actor"`
	Action string     `json:"action"`
	Note   string     `json:"note,omitempty"`
}

// Timeline actions that are read back, not only shown: they are stored in requests, so
// their words must not change. Decisions ("approved at Legal review") and escalations
// are free text; a withdrawal is recorded as StateWithdrawn.
const (
	actSubmitted   = "submitted"
	actPreApproved = "pre-approved"
	actApproved    = "approved" // by ospobot, once the last stage approved
	actResubmitted = "resubmitted"
	actCommented   = "commented"
	actMarkedDone  = "marked done"
)

func requestKey(id RequestID) []byte { return seqKey(uint64(id)) }

func indexKeys(r *Request) (state, requester []byte, approver []byte) {
	id := strconv.FormatUint(uint64(r.ID), 10)
	state = []byte(string(r.State) + "/" + pad(id))
	requester = []byte(string(r.Requester) + "/" + pad(id))
	if r.State == StatePending && r.Current < len(r.Stages) {
		approver = []byte(r.Stages[r.Current].Group + "/" + pad(id))
	}
	return
}

// pad keeps index keys in numeric order.
func pad(id string) string { return strings.Repeat("0", max(0, 20-len(id))) + id }

func idFromIndexKey(k []byte) RequestID {
	i := strings.LastIndexByte(string(k), '/')
	n, _ := strconv.ParseUint(strings.TrimLeft(string(k[i+1:]), "0"), 10, 64)
	return RequestID(n)
}

func getRequest(tx *Tx, id RequestID) (*Request, error) { return requests.get(tx, requestKey(id)) }

// putRequest stores r and moves its index entries from what old had; unchanged index
// keys are left alone. A change of what people rely on (state, decisions, fields,
// timeline) puts the request's new digest on the audit chain (recordState), so that
// the audit record of a change is written before the request it changed.
func putRequest(tx *Tx, old, r *Request) error {
	tx.requestChanged(old, r)
	if digest := requestDigestWith(tx.mac(), r); digest != r.Sealed {
		if err := recordState(tx, r, digest); err != nil {
			return err
		}
		r.Sealed = digest
	}
	ns, nq, na := indexKeys(r)
	var os, oq, oa []byte
	if old != nil {
		os, oq, oa = indexKeys(old)
	}
	for _, ix := range []struct {
		index    keySet
		old, new []byte
	}{{idxState, os, ns}, {idxRequester, oq, nq}, {idxApprover, oa, na}} {
		if bytes.Equal(ix.old, ix.new) {
			continue
		}
		if ix.old != nil {
			if err := ix.index.delete(tx, ix.old); err != nil {
				return err
			}
		}
		if ix.new != nil {
			if err := ix.index.add(tx, ix.new); err != nil {
				return err
			}
		}
	}
	return requests.put(tx, requestKey(r.ID), r)
}

// clone copies a request deeply enough for putRequest's index diff.
func (r *Request) clone() *Request {
	c := *r
	return &c
}
