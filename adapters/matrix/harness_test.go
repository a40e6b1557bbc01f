package matrix_test

// The end-to-end harness: a real Dendrite on 127.0.0.1 (scripts/dendrite.sh), real
// mautrix clients as the people, and the bot as serve wires it: the adapter feeding a
// bot.Router over a workflows.Engine on a bbolt file.

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/adapters/matrix"
	"github.com/ospobot/ospobot/adapters/matrix/matrixtest"
	"github.com/ospobot/ospobot/bot"
	"github.com/ospobot/ospobot/bot/config"
	"github.com/ospobot/ospobot/workflows"
	"github.com/ospobot/ospobot/workflows/license"
)

// wait bounds every wait for the bot or the server.
const wait = 60 * time.Second

// server is a Dendrite the package's tests share, started on first use.
type server struct {
	once      sync.Once
	rateLimit string // DENDRITE_RATE_LIMIT, if any
	url       string
	dir       string
	err       error
}

var (
	plainServer   = &server{}
	limitedServer = &server{rateLimit: "2:2000"} // at most 2 requests in 2 s per device
)

func TestMain(m *testing.M) {
	code := m.Run()
	for _, s := range []*server{plainServer, limitedServer} {
		if s.dir == "" {
			continue
		}
		if out, err := exec.Command("../../scripts/dendrite.sh", "stop", filepath.Join(s.dir, "hs")).CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "stopping dendrite: %v\n%s", err, out)
		}
		os.RemoveAll(s.dir)
	}
	os.Exit(code)
}

// homeserver starts the shared Dendrite once for the package (building it the first
// time) and returns its address. A server that cannot start fails the test: it never
// skips.
func homeserver(t *testing.T) string { return plainServer.start(t) }

func (s *server) start(t *testing.T) string {
	t.Helper()
	s.once.Do(func() {
		s.dir, s.err = os.MkdirTemp("", "ospobot-dendrite-")
		if s.err != nil {
			return
		}
		var port int
		port, s.err = freePort()
		if s.err != nil {
			return
		}
		cmd := exec.Command("../../scripts/dendrite.sh", "start", filepath.Join(s.dir, "hs"), strconv.Itoa(port))
		cmd.Env = append(os.Environ(), "DENDRITE_RATE_LIMIT="+s.rateLimit, "DENDRITE_PARENT="+strconv.Itoa(os.Getpid()))
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			s.err = fmt.Errorf("start dendrite: %w", err)
			return
		}
		s.url = strings.TrimSpace(string(out))
	})
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.url
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// account is a registered user.
type account = matrixtest.Account

// register makes a new user with a unique name (open registration, as for tests).
func register(t *testing.T, name string) account {
	t.Helper()
	return registerOn(t, homeserver(t), name)
}

func registerOn(t *testing.T, hs, name string) account {
	t.Helper()
	return matrixtest.Register(t, hs, name)
}

// newClient is a person's client, which waits out rate limits as a real one does.
func newClient(hs string, user id.UserID, token string) (*mautrix.Client, error) {
	return matrixtest.NewClient(hs, user, token)
}

// person is a human's Matrix client (matrixtest's), with the short names these tests
// use.
type person struct {
	*matrixtest.Person
	t   *testing.T
	acc account
	c   *mautrix.Client
}

// newPerson registers a user and starts their client; setup, if given, runs before the
// first sync (to turn encryption on).
func newPerson(t *testing.T, name string, setup func(*person)) *person {
	t.Helper()
	return newPersonOn(t, homeserver(t), name, setup)
}

func newPersonOn(t *testing.T, hs, name string, setup func(*person)) *person {
	t.Helper()
	p := &person{t: t}
	matrixtest.NewPersonWith(t, hs, name, func(mp *matrixtest.Person) {
		p.Person, p.acc, p.c = mp, mp.Acc, mp.C
		if setup != nil {
			setup(p)
		}
	})
	return p
}

func (p *person) ctx() context.Context { return p.Ctx() }

// waitFor returns the first event seen that matches, waiting for it up to the bound.
func (p *person) waitFor(what string, match func(*event.Event) bool) *event.Event {
	p.t.Helper()
	return p.WaitFor(what, match)
}

func (p *person) order(ids []id.EventID) []int                  { return p.Order(ids) }
func (p *person) count(match func(*event.Event) bool) int       { return p.Count(match) }
func (p *person) countLocked(match func(*event.Event) bool) int { return p.CountLocked(match) }
func (p *person) dump() string                                  { return p.Dump() }

// roomRequest is a private room with the invited.
func roomRequest(invite ...id.UserID) *mautrix.ReqCreateRoom {
	return &mautrix.ReqCreateRoom{Preset: "private_chat", Invite: invite}
}

// room creates a room (a direct one when direct), invites others and waits until they
// joined.
func (p *person) room(direct, encrypted bool, invite ...id.UserID) id.RoomID {
	p.t.Helper()
	req := &mautrix.ReqCreateRoom{Preset: "private_chat", Invite: invite, IsDirect: direct}
	if direct {
		req.Preset = "trusted_private_chat"
	}
	if encrypted {
		req.InitialState = []*event.Event{{Type: event.StateEncryption, Content: event.Content{Parsed: &event.EncryptionEventContent{Algorithm: id.AlgorithmMegolmV1}}}}
	}
	resp, err := p.c.CreateRoom(p.ctx(), req)
	if err != nil {
		p.t.Fatalf("create room: %v", err)
	}
	for _, u := range invite {
		p.waitFor(string(u)+" joining", func(e *event.Event) bool {
			return e.RoomID == resp.RoomID && e.Type == event.StateMember && e.GetStateKey() == string(u) &&
				e.Content.AsMember().Membership == event.MembershipJoin
		})
	}
	return resp.RoomID
}

// say sends a text message and returns its event ID.
func (p *person) say(room id.RoomID, text string) id.EventID {
	p.t.Helper()
	return p.Say(room, "", text)
}

func (p *person) react(room id.RoomID, target id.EventID, key string) {
	p.t.Helper()
	p.React(room, target, key)
}

// body is an event's plain text, as a person reads it (the new text of an edit).
func body(e *event.Event) string { return matrixtest.Body(e) }

// reactionKey is the emoji of a reaction event.
func reactionKey(e *event.Event) string {
	m, _ := e.Content.Raw["m.relates_to"].(map[string]any)
	k, _ := m["key"].(string)
	return k
}

// html is an event's formatted text.
func html(e *event.Event) string {
	s, _ := e.Content.Raw["formatted_body"].(string)
	return s
}

// relation reads an event's m.relates_to: its type and target.
func relation(e *event.Event) (rel, target string) { return matrixtest.Relation(e) }

// fromBot matches messages (not edits or reactions) of the bot in a room.
func fromBot(bot id.UserID, room id.RoomID) func(*event.Event) bool {
	return func(e *event.Event) bool {
		rel, _ := relation(e)
		return e.Sender == bot && e.RoomID == room && e.Type == event.EventMessage && rel != "m.replace"
	}
}

// inThread matches messages of the bot in the thread of root.
func inThread(bot id.UserID, room id.RoomID, root id.EventID) func(*event.Event) bool {
	return func(e *event.Event) bool {
		rel, target := relation(e)
		return fromBot(bot, room)(e) && rel == "m.thread" && target == string(root)
	}
}

// theBot is ospobot as serve runs it, over a store and a state directory that outlive
// one run (for restarts).
type theBot struct {
	t        *testing.T
	acc      account
	cfg      config.Config
	db       string
	stateDir string
	allowed  []string // whose invitations it accepts: everyone on the test server by default

	adapter *matrix.Adapter
	log     *testWriter // this run's log
	store   *workflows.Store
	cancel  context.CancelFunc
	done    chan error
}

// newBot registers the bot's account; start runs it.
func newBot(t *testing.T, cfg config.Config) *theBot {
	return newBotOn(t, homeserver(t), cfg)
}

func newBotOn(t *testing.T, hs string, cfg config.Config) *theBot {
	dir := t.TempDir()
	return &theBot{t: t, acc: registerOn(t, hs, "ospobot"), cfg: cfg, allowed: []string{"localhost"}, db: filepath.Join(dir, "bot.db"), stateDir: filepath.Join(dir, "state")}
}

// start runs the bot and waits until it is connected.
func (b *theBot) start() {
	t := b.t
	t.Helper()
	w := &testWriter{t: t}
	b.log = w
	t.Cleanup(w.close)
	log := slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
	st, err := workflows.OpenStore(b.db, workflows.StoreOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := b.cfg
	eng := workflows.NewEngine(st, workflows.Options{Log: log, Policy: workflows.LicensePolicy(cfg.Policy),
		Approvals: cfg.Approvals, Groups: cfg.Groups, People: cfg.People})
	cmds, err := bot.NewCommands(eng.Commands()...)
	if err != nil {
		t.Fatal(err)
	}
	router := &bot.Router{Commands: cmds, Exec: eng, Default: "identify", Question: "ask", Subject: license.NamesLicense, Log: log}
	a, err := matrix.New(matrix.Options{
		Homeserver: b.acc.HS, UserID: string(b.acc.ID), Password: b.acc.Password,
		StateDir: b.stateDir, AllowedInviters: b.allowed, Log: log,
	})
	if err != nil {
		t.Fatal(err)
	}
	eng.AddAdapter(a)
	ctx, cancel := context.WithCancel(context.Background())
	b.adapter, b.store, b.cancel, b.done = a, st, cancel, make(chan error, 1)
	var wg sync.WaitGroup
	wg.Go(func() { eng.Dispatcher().Run(ctx, 200*time.Millisecond) })
	go func() {
		err := a.Run(ctx, router)
		cancel()
		wg.Wait()
		b.done <- err
	}()
	t.Cleanup(b.stop)
	select {
	case <-a.Connected():
	case err := <-b.done:
		b.cancel = nil
		t.Fatalf("the bot stopped before connecting: %v", err)
	case <-time.After(wait):
		t.Fatalf("the bot did not connect within %s: %s", wait, a.Status().Reason)
	}
}

// stop ends the run and checks the store, as a shutdown does.
func (b *theBot) stop() {
	if b.cancel == nil {
		return
	}
	b.cancel()
	select {
	case err := <-b.done:
		if err != nil {
			b.t.Errorf("the bot's run ended with %v", err)
		}
	case <-time.After(wait):
		b.t.Errorf("the bot did not stop within %s", wait)
	}
	if err := b.store.Check(); err != nil {
		b.t.Errorf("store check: %v", err)
	}
	b.store.Close()
	b.cancel = nil
}

// testWriter logs to the test until it ends; later lines (from goroutines of the
// crypto library that outlive a run) are dropped.
type testWriter struct {
	t      *testing.T
	mu     sync.Mutex
	closed bool
	lines  []string
}

// logged tells whether a line with s was logged.
func (w *testWriter) logged(s string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, l := range w.lines {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

func (w *testWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.lines = append(w.lines, string(p))
	if !w.closed {
		w.t.Log(strings.TrimRight(string(p), "\n"))
	}
	return len(p), nil
}

func (w *testWriter) close() {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
}

// sendUnreadable sends an encrypted message nobody holds the key of.
func sendUnreadable(t *testing.T, p *person, room id.RoomID) {
	t.Helper()
	_, err := p.c.SendMessageEvent(p.ctx(), room, event.EventEncrypted, map[string]any{
		"algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEnB0ZXN0", "sender_key": "c2VuZGVyIGtleQ",
		"session_id": "bm8gc3VjaCBzZXNzaW9u", "device_id": "NOSUCHDEVICE",
	})
	if err != nil {
		t.Fatal(err)
	}
}

// approvalScene is where the approval tests play: bob (set up by approver) approves in a
// room of his, encrypted when asked, that the bot is invited to; alice (set up by
// requester) asks; the bot, configured with bob as the approver there, is started.
func approvalScene(t *testing.T, approver, requester func(*person), encrypted bool) (bob, alice *person, b *theBot, approvals id.RoomID) {
	t.Helper()
	bob = newPerson(t, "bob", approver)
	alice = newPerson(t, "alice", requester)
	botAcc := register(t, "ospobot")
	approvals = bob.room(false, encrypted)
	if _, err := bob.c.InviteUser(bob.ctx(), approvals, &mautrix.ReqInviteUser{UserID: botAcc.ID}); err != nil {
		t.Fatal(err)
	}
	b = newBot(t, approvalsConfig(bob.acc.ID, approvals))
	b.acc = botAcc
	b.start()
	return bob, alice, b, approvals
}
