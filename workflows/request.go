package workflows

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/github/go-spdx/v2/spdxexp"

	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows/license"
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

// Request states.
const (
	StatePending          = "pending"           // a stage waits for a decision
	StateChangesRequested = "changes_requested" // waits for the requester
	StateApproved         = "approved"
	StateRejected         = "rejected"
	StateWithdrawn        = "withdrawn"
)

// shownTime is how times appear in messages: to the minute, with the zone.
const shownTime = "2006-01-02 15:04 MST"

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

// Request is one request, stored as a record (versioned) under its ID.
type Request struct {
	V           int               `json:"v"`
	ID          RequestID         `json:"id"`
	Kind        string            `json:"kind"`
	Requester   bot.UserID        `json:"requester"`
	Name        string            `json:"name,omitempty"` // requester's display name
	Fields      map[string]string `json:"fields"`
	State       string            `json:"state"`
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
	Mode      string            `json:"mode"`
	Due       time.Time         `json:"due,omitzero"`
	State     string            `json:"state"` // waiting, pending (notified), approved, rejected, changes_requested
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
	By       bot.UserID `json:"by"`
	OnBehalf bot.UserID `json:"on_behalf,omitempty"`
	Decision string     `json:"decision"`
	Reason   string     `json:"reason,omitempty"`
	Time     time.Time  `json:"time"`
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

// Stage states.
const (
	stageWaiting = "waiting" // not reached yet
	stageOpen    = "open"    // notified, waiting for a decision
)

func requestKey(id RequestID) []byte { return seqKey(uint64(id)) }

func indexKeys(r *Request) (state, requester []byte, approver []byte) {
	id := strconv.FormatUint(uint64(r.ID), 10)
	state = []byte(r.State + "/" + pad(id))
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

func getRequest(tx *Tx, id RequestID) (*Request, error) {
	var r Request
	found, err := tx.decode(bucketRequests, requestKey(id), &r)
	if err != nil {
		return nil, fmt.Errorf("decode request %d: %w", id, err)
	}
	if !found {
		return nil, nil
	}
	return &r, nil
}

func decodeRequest(id RequestID, data []byte) (*Request, error) {
	if data == nil {
		return nil, nil
	}
	var r Request
	if err := decodeRecord(data, &r); err != nil {
		return nil, fmt.Errorf("decode request %d: %w", id, err)
	}
	return &r, nil
}

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
		bucket   []byte
		old, new []byte
	}{{bucketIdxState, os, ns}, {bucketIdxRequester, oq, nq}, {bucketIdxApprover, oa, na}} {
		if bytes.Equal(ix.old, ix.new) {
			continue
		}
		if ix.old != nil {
			if err := tx.Delete(ix.bucket, ix.old); err != nil {
				return err
			}
		}
		if ix.new != nil {
			if err := tx.Put(ix.bucket, ix.new, nil); err != nil {
				return err
			}
		}
	}
	data, err := encodeRecord(r)
	if err != nil {
		return fmt.Errorf("encode request %d: %w", r.ID, err)
	}
	return tx.Put(bucketRequests, requestKey(r.ID), data)
}

// clone copies a request deeply enough for putRequest's index diff.
func (r *Request) clone() *Request {
	c := *r
	return &c
}

// approvals is the engine's view of the approvals configuration.
type approvals struct {
	cfg      config.Approvals
	groups   map[string]config.Group
	person   map[bot.UserID]string // ID → person, for IDs config links to others
	platform *platformGroups       // members that name a platform's group (groups.go)
}

func newApprovals(cfg config.Approvals, groups map[string]config.Group, people map[string][]string) *approvals {
	a := &approvals{cfg: cfg, groups: groups, person: map[bot.UserID]string{}}
	var all []string
	for _, g := range groups {
		all = append(all, g.Members...)
	}
	a.platform = newPlatformGroups(all)
	for name, ids := range people {
		for _, id := range ids {
			a.person[bot.UserID(id)] = name
		}
	}
	return a
}

// idsOf is u and the other IDs config gives u's person.
func (a *approvals) idsOf(u bot.UserID) []bot.UserID {
	out := []bot.UserID{u}
	if p, ok := a.person[u]; ok {
		for id, q := range a.person {
			if q == p && id != u {
				out = append(out, id)
			}
		}
	}
	slices.Sort(out[1:])
	return out
}

// same tells whether x and y are one person: the same ID, or IDs config links.
func (a *approvals) same(x, y bot.UserID) bool {
	if x == y {
		return true
	}
	px, ok := a.person[x]
	return ok && px == a.person[y]
}

func (a *approvals) kind(word string) (config.Kind, bool) {
	for _, k := range a.cfg.Kinds {
		if strings.EqualFold(k.Name, word) || slices.ContainsFunc(k.Aliases, func(x string) bool { return strings.EqualFold(x, word) }) {
			return k, true
		}
	}
	return config.Kind{}, false
}

func (a *approvals) kindNames() string {
	var n []string
	for _, k := range a.cfg.Kinds {
		n = append(n, "`"+k.Name+"`")
	}
	return strings.Join(n, ", ")
}

// validateField checks one value against its field's type.
func validateField(f config.Field, v string) error {
	v = strings.TrimSpace(v)
	switch f.Type {
	case "url":
		if !config.WebAddress(v) {
			like := "https://…"
			if f.Name == "project" {
				like = "https://github.com/owner/repo"
			}
			return Errorf("%s must be a web address like %s, not %q.", f.Label, like, bot.Printable(v, 80))
		}
	case "license":
		if _, err := spdxexp.ExtractLicenses(v); err != nil {
			msg := fmt.Sprintf("%s must be an SPDX expression of known licences (like `MIT` or `Apache-2.0 OR MIT`): %v", f.Label, err)
			if hint := license.Suggestion(v); hint != "" {
				msg += "; " + hint
			}
			return Errorf("%s.", msg)
		}
	case "choice":
		if !slices.Contains(f.Choices, v) {
			return Errorf("%s must be one of %s, not %q.", f.Label, strings.Join(f.Choices, ", "), bot.Printable(v, 40))
		}
	}
	return checkLength(f.Label, v)
}

// canonical is a field's value as stored: without surrounding space, a choice as the
// configuration spells it ("Corporate" is the choice "corporate"), and a licence as the
// SPDX list does ("apache-2.0 or mit" is "Apache-2.0 OR MIT").
func canonical(f config.Field, v string) string {
	v = strings.TrimSpace(v)
	switch f.Type {
	case "choice":
		if i := slices.IndexFunc(f.Choices, func(c string) bool { return strings.EqualFold(c, v) }); i >= 0 {
			return f.Choices[i]
		}
	case "license":
		return license.CanonicalExpression(v)
	}
	return v
}

// validateFields puts every field given in its canonical form and checks it (not the
// missing ones), so that one answer names every mistake rather than the first; a field
// the kind does not have is refused.
func validateFields(kind config.Kind, fields map[string]string) error {
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if !slices.ContainsFunc(kind.Fields, func(f config.Field) bool { return f.Name == k }) {
			return Errorf("%s has no field %q (fields: %s).", kind.Title, k, fieldNames(kind))
		}
	}
	var msgs []string
	for _, f := range kind.Fields {
		if v, ok := fields[f.Name]; ok && strings.TrimSpace(v) != "" {
			v = canonical(f, v)
			fields[f.Name] = v
			if err := validateField(f, v); err != nil {
				msg, _ := userMessage(err)
				msgs = append(msgs, msg)
			}
		}
	}
	switch len(msgs) {
	case 0:
		return nil
	case 1:
		return Errorf("%s", msgs[0])
	}
	return Errorf("%d fields need fixing:\n• %s", len(msgs), strings.Join(msgs, "\n• "))
}

// maxText bounds a field, reason or comment: each is kept in the request record, which
// every later decision reads.
const maxText = 2000

func checkLength(what, v string) error {
	if len(v) > maxText {
		return Errorf("%s is too long (at most %d characters).", what, maxText)
	}
	return nil
}

// categoryRank orders licence categories from least to most demanding, for routing on
// the strictest part of an expression.
var categoryRank = []string{"unencumbered", "permissive", "notice", "by_exception_only", "unknown", "reciprocal", "restricted", "forbidden"}

func (e *Engine) strictestCategory(expr string) string {
	ids, err := spdxexp.ExtractLicenses(expr)
	if err != nil {
		return ""
	}
	best := -1
	name := ""
	for _, id := range ids {
		id, _, _ = strings.Cut(id, " WITH ")
		c, _ := e.policy.Category(strings.TrimSpace(id))
		r := slices.Index(categoryRank, c)
		if r < 0 {
			r = slices.Index(categoryRank, "unknown")
		}
		if r > best {
			best, name = r, c
		}
	}
	return name
}

// matches tells whether a request of kind with fields, whose licence's strictest
// category is category, meets m.
func matches(m config.Match, kind, category string, fields map[string]string) bool {
	if len(m.Kind) > 0 && !slices.Contains(m.Kind, kind) {
		return false
	}
	if len(m.Category) > 0 && !slices.Contains(m.Category, category) {
		return false
	}
	if len(m.Project) > 0 && !slices.ContainsFunc(m.Project, func(p string) bool {
		ok, _ := path.Match(p, fields["project"])
		return ok || p == fields["project"]
	}) {
		return false
	}
	for k, v := range m.Fields {
		if fields[k] != v {
			return false
		}
	}
	return true
}

// route chooses the stages for a request, or the pre-approval rule that approves it.
func (e *Engine) route(kind string, fields map[string]string, now time.Time) (stages []Stage, rule, pre string, err error) {
	category := e.strictestCategory(fields["license"]) // once, not once per rule
	for _, p := range e.approvals.cfg.PreApprove {
		if matches(p.When, kind, category, fields) {
			return nil, "", p.Name, nil
		}
	}
	return e.routeForReview(kind, category, fields, now)
}

// routeForReview chooses the stages by the routing rules, pre-approval aside.
func (e *Engine) routeForReview(kind, category string, fields map[string]string, now time.Time) (stages []Stage, rule, pre string, err error) {
	for _, r := range e.approvals.cfg.Rules {
		if !matches(r.When, kind, category, fields) {
			continue
		}
		for _, s := range r.Stages {
			st := Stage{Name: s.Name, Group: s.Group, Mode: s.Mode, State: stageWaiting}
			if s.Due > 0 {
				st.Due = now.Add(s.Due.D()) // set again when the stage opens
			}
			stages = append(stages, st)
		}
		return stages, r.Name, "", nil
	}
	return nil, "", "", Errorf("No routing rule matches this request; ask the OSPO to add one.")
}

// members of a group, as user IDs.
func (a *approvals) members(group string) []bot.UserID {
	var out []bot.UserID
	for _, m := range a.groups[group].Members {
		out = append(out, a.platform.expand(bot.UserID(m))...)
	}
	return out
}

// isMember tells whether u is a member of group, under this ID or another of theirs.
func (a *approvals) isMember(group string, u bot.UserID) bool {
	return slices.ContainsFunc(a.members(group), func(m bot.UserID) bool { return a.same(m, u) })
}

// Sentinel errors where callers branch.
var (
	ErrNotApprover    = errors.New("not an approver of this stage")
	ErrOwnRequest     = errors.New("own request")
	ErrAlreadyDecided = errors.New("already decided")
)
