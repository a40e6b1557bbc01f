// Package matrixtest runs a real Matrix homeserver for tests and real mautrix clients as
// the people in them: a Dendrite started on 127.0.0.1 by the project's
// scripts/dendrite.sh (which builds it once and caches the build), users registered
// through its open registration, and clients that sync in the background, join the rooms
// they are invited to and keep every event they see.
//
// It is a package of its own, not a _test file, so that tests outside the adapter (serve's,
// which run Slack and Matrix in one process) drive the same homeserver the same way. A
// server that cannot start fails the test: it never skips. Every wait is bounded (Wait)
// and woken by what it waits for, never by a sleep.
//
// It must not be imported by anything that ships: only _test files use it.
package matrixtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// Wait bounds every wait for the homeserver or the bot.
const Wait = 60 * time.Second

// Server is a Dendrite started for one test.
type Server struct {
	URL string // http://127.0.0.1:PORT
	dir string
}

// Start starts a fresh Dendrite for t on a free port of 127.0.0.1 and stops it when t
// ends. (The server also stops if the test process dies: see DENDRITE_PARENT in the
// script.)
func Start(t testing.TB) *Server {
	t.Helper()
	script, err := findScript()
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	dir := filepath.Join(t.TempDir(), "hs")
	cmd := exec.Command(script, "start", dir, strconv.Itoa(port))
	cmd.Env = append(os.Environ(), "DENDRITE_PARENT="+strconv.Itoa(os.Getpid()))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	s := &Server{URL: strings.TrimSpace(string(out)), dir: dir}
	t.Cleanup(func() {
		if out, err := exec.Command(script, "stop", dir).CombinedOutput(); err != nil {
			t.Errorf("stopping dendrite: %v\n%s", err, out)
		}
	})
	if err != nil {
		t.Fatalf("start dendrite: %v", err)
	}
	return s
}

// findScript finds scripts/dendrite.sh in the module that holds the working directory
// (a test's is its package's directory).
func findScript() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "scripts", "dendrite.sh"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("matrixtest: no go.mod above the working directory, so no scripts/dendrite.sh")
		}
		dir = parent
	}
}

var userSeq atomic.Int64

// Account is a registered user.
type Account struct {
	HS       string // the homeserver's address
	ID       id.UserID
	Password string
	Token    string
	Device   id.DeviceID
}

// Register makes a new user on hs with a unique name that begins with name.
func Register(t testing.TB, hs, name string) Account {
	t.Helper()
	c, err := NewClient(hs, "", "")
	if err != nil {
		t.Fatal(err)
	}
	local := fmt.Sprintf("%s%d%d", name, time.Now().UnixNano()%100000, userSeq.Add(1))
	pw := "password-" + local
	ctx, cancel := context.WithTimeout(context.Background(), Wait)
	defer cancel()
	resp, err := c.RegisterDummy(ctx, &mautrix.ReqRegister[any]{Username: local, Password: pw, InitialDeviceDisplayName: name})
	if err != nil {
		t.Fatalf("register %s: %v", local, err)
	}
	return Account{HS: hs, ID: resp.UserID, Password: pw, Token: resp.AccessToken, Device: resp.DeviceID}
}

// NewClient is a person's client. Like a real client it waits out rate limits, for as
// long as retry_after_ms says.
func NewClient(hs string, user id.UserID, token string) (*mautrix.Client, error) {
	c, err := mautrix.NewClient(hs, user, token)
	if err != nil {
		return nil, err
	}
	c.Client = &http.Client{Transport: patientTransport{}, Timeout: Wait}
	c.DefaultHTTPRetries, c.IgnoreRateLimit = 0, true
	return c, nil
}

type patientTransport struct{}

func (patientTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for i := 0; ; i++ {
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil || resp.StatusCode != http.StatusTooManyRequests || i == 20 || req.Body != nil && req.GetBody == nil {
			return resp, err
		}
		var limit struct {
			RetryAfterMS int64 `json:"retry_after_ms"`
		}
		json.NewDecoder(resp.Body).Decode(&limit)
		resp.Body.Close()
		select {
		case <-req.Context().Done():
			return nil, req.Context().Err()
		case <-time.After(time.Duration(limit.RetryAfterMS+50) * time.Millisecond):
		}
		if req.GetBody != nil {
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			req = req.Clone(req.Context())
			req.Body = body
		}
	}
}

// Person is a human's Matrix client: it syncs in the background, joins rooms it is
// invited to, and keeps every room event it sees.
type Person struct {
	T   testing.TB
	Acc Account
	C   *mautrix.Client

	mu     sync.Mutex
	events []*event.Event
	notify chan struct{}
}

// NewPerson registers a user on hs and starts their client, stopped when t ends.
func NewPerson(t testing.TB, hs, name string) *Person { return NewPersonWith(t, hs, name, nil) }

// NewPersonWith is NewPerson with setup run before the first sync (to turn encryption
// on, say); events the client decrypts are kept too.
func NewPersonWith(t testing.TB, hs, name string, setup func(*Person)) *Person {
	t.Helper()
	acc := Register(t, hs, name)
	c, err := NewClient(hs, acc.ID, acc.Token)
	if err != nil {
		t.Fatal(err)
	}
	c.DeviceID = acc.Device
	p := &Person{T: t, Acc: acc, C: c, notify: make(chan struct{})}
	s := c.Syncer.(*mautrix.DefaultSyncer)
	s.OnEvent(func(ctx context.Context, evt *event.Event) {
		if evt.Type == event.StateMember && evt.GetStateKey() == string(acc.ID) && evt.Content.AsMember().Membership == event.MembershipInvite &&
			evt.Mautrix.EventSource&event.SourceInvite != 0 {
			if _, err := c.JoinRoomByID(ctx, evt.RoomID); err != nil && ctx.Err() == nil {
				t.Errorf("%s joining %s: %v", name, evt.RoomID, err)
			}
			return
		}
		if evt.Mautrix.EventSource&event.SourceTimeline == 0 && evt.Mautrix.EventSource&event.SourceDecrypted == 0 {
			return
		}
		p.mu.Lock()
		p.events = append(p.events, evt)
		close(p.notify)
		p.notify = make(chan struct{})
		p.mu.Unlock()
	})
	if setup != nil {
		setup(p)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = c.SyncWithContext(ctx)
	}()
	t.Cleanup(func() { cancel(); <-done })
	return p
}

// Ctx is a context bounded by Wait.
func (p *Person) Ctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), Wait)
	p.T.Cleanup(cancel)
	return ctx
}

// WaitFor returns the first event seen that matches, waiting for it up to Wait.
func (p *Person) WaitFor(what string, match func(*event.Event) bool) *event.Event {
	p.T.Helper()
	deadline := time.NewTimer(Wait)
	defer deadline.Stop()
	for {
		p.mu.Lock()
		for _, e := range p.events {
			if match(e) {
				p.mu.Unlock()
				return e
			}
		}
		ch := p.notify
		p.mu.Unlock()
		select {
		case <-ch:
		case <-deadline.C:
			p.T.Fatalf("%s waited %s for %s; saw:\n%s", p.Acc.ID, Wait, what, p.Dump())
		}
	}
}

// Count is how many events seen so far match.
func (p *Person) Count(match func(*event.Event) bool) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.CountLocked(match)
}

// CountLocked is Count for use inside a WaitFor match, which runs with the events locked.
func (p *Person) CountLocked(match func(*event.Event) bool) int {
	n := 0
	for _, e := range p.events {
		if match(e) {
			n++
		}
	}
	return n
}

// Order gives the position of each event among those seen (-1 for one not seen).
func (p *Person) Order(ids []id.EventID) []int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]int, len(ids))
	for i, want := range ids {
		out[i] = slices.IndexFunc(p.events, func(e *event.Event) bool { return e.ID == want })
	}
	return out
}

// Dump lists the events seen, one a line, bodies shortened.
func (p *Person) Dump() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var b strings.Builder
	for _, e := range p.events {
		s := Body(e)
		if len(s) > 160 {
			s = s[:160] + "…"
		}
		fmt.Fprintf(&b, "  %s %s %s %q\n", e.RoomID, e.Sender, e.Type.Type, s)
	}
	return b.String()
}

// Room creates a private room (a direct one when direct) and invites others; it does
// not wait for them to join (the bot may not run yet).
func (p *Person) Room(direct bool, invite ...id.UserID) id.RoomID {
	p.T.Helper()
	req := &mautrix.ReqCreateRoom{Preset: "private_chat", Invite: invite, IsDirect: direct}
	if direct {
		req.Preset = "trusted_private_chat"
	}
	resp, err := p.C.CreateRoom(p.Ctx(), req)
	if err != nil {
		p.T.Fatalf("create room: %v", err)
	}
	return resp.RoomID
}

// Say sends a text message, in the thread of root when given, and returns its event ID.
func (p *Person) Say(room id.RoomID, root id.EventID, text string) id.EventID {
	p.T.Helper()
	c := &event.MessageEventContent{MsgType: event.MsgText, Body: text}
	if root != "" {
		c.RelatesTo = (&event.RelatesTo{}).SetThread(root, root)
	}
	resp, err := p.C.SendMessageEvent(p.Ctx(), room, event.EventMessage, c)
	if err != nil {
		p.T.Fatalf("send %q: %v", text, err)
	}
	return resp.EventID
}

// React puts key (an emoji) on target.
func (p *Person) React(room id.RoomID, target id.EventID, key string) {
	p.T.Helper()
	if _, err := p.C.SendReaction(p.Ctx(), room, target, key); err != nil {
		p.T.Fatalf("react %s: %v", key, err)
	}
}

// Body is an event's plain text, as a person reads it (the new text of an edit).
func Body(e *event.Event) string {
	raw := e.Content.Raw
	if nc, ok := raw["m.new_content"].(map[string]any); ok {
		raw = nc
	}
	s, _ := raw["body"].(string)
	return s
}

// Relation reads an event's m.relates_to: its type and target.
func Relation(e *event.Event) (rel, target string) {
	m, _ := e.Content.Raw["m.relates_to"].(map[string]any)
	rel, _ = m["rel_type"].(string)
	target, _ = m["event_id"].(string)
	return rel, target
}

// FromBot matches messages (not edits or reactions) of bot in room.
func FromBot(bot id.UserID, room id.RoomID) func(*event.Event) bool {
	return func(e *event.Event) bool {
		rel, _ := Relation(e)
		return e.Sender == bot && e.RoomID == room && e.Type == event.EventMessage && rel != "m.replace"
	}
}

// EditOf matches bot's edits (m.replace) of target.
func EditOf(bot id.UserID, target id.EventID) func(*event.Event) bool {
	return func(e *event.Event) bool {
		rel, to := Relation(e)
		return e.Sender == bot && e.Type == event.EventMessage && rel == "m.replace" && to == string(target)
	}
}

// Joined matches user's joining room.
func Joined(user id.UserID, room id.RoomID) func(*event.Event) bool {
	return func(e *event.Event) bool {
		return e.RoomID == room && e.Type == event.StateMember && e.GetStateKey() == string(user) &&
			e.Content.AsMember().Membership == event.MembershipJoin
	}
}
