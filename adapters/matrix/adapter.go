package matrix

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/ospobot/ospobot/bot"
)

// Options configure the adapter. The access token or password comes from the
// environment, never from a file.
type Options struct {
	Homeserver  string // https://matrix.example.org
	UserID      string // @ospobot:example.org
	AccessToken string // either this
	Password    string // or this: the adapter logs in, reusing its device
	// StateDir keeps the device ID, the sync position and (with encryption) the keys.
	StateDir string
	// AllowedInviters are users (@alice:example.org), servers (example.org) and rooms
	// (!room:example.org) whose invitations the bot accepts.
	AllowedInviters []string
	// MaxFile is the largest upload downloaded; bot.DefaultMaxInput when 0.
	MaxFile int64
	// DeviceName is shown to people in their list of the bot's sessions.
	DeviceName string
	Log        *slog.Logger
	HTTPClient *http.Client // optional
}

// Adapter is the Matrix chat platform. It is safe for concurrent use: Run syncs while
// the dispatcher calls Send and Edit.
type Adapter struct {
	opts    Options
	log     *slog.Logger
	me      id.UserID
	client  *mautrix.Client
	st      *state
	syncer  *syncer
	allowed allowList
	maxFile int64

	h      bot.Handler
	crypto crypter // nil when encryption is off

	mu          sync.Mutex
	loggedIn    bool
	connected   bool
	reason      string
	reconnects  uint64
	failures    int
	respErr     error                      // a handler failed in the response being processed
	directs     map[id.UserID]id.RoomID    // from m.direct
	directRooms map[id.RoomID]id.UserID    // the same, by room
	members     map[id.RoomID][]id.UserID  // joined members, until a member event changes them
	sent        map[id.EventID]sentMessage // recent messages of the bot, for their reactions
	sentOrder   []id.EventID               // oldest first, to bound sent
	roots       map[id.EventID]bool        // thread roots seen: whether each is the bot's
	noButtons   map[id.EventID]struct{}    // messages read back that carry no reaction map
	warned      map[string]time.Time       // rooms (and sessions) told a message was unreadable
	firstStart  int64                      // ms: events older than this are not answered
	up          chan struct{}              // closed at the first successful sync
	name        string                     // the bot's display name
	nameKnown   bool
}

// sentMessage is what a reaction on a message of the bot needs to become a click.
type sentMessage struct {
	Buttons   map[string]reactionButton
	Thread    id.EventID            // the root of the thread it is in, if any
	Reactions map[string]id.EventID // the bot's own reactions on it, by normalised emoji
}

// maxRemembered bounds the messages whose reaction maps are kept in memory; older ones
// are read back from the homeserver when someone reacts.
const maxRemembered = 2000

// New checks the options and opens the state directory. It does not touch the network:
// Run logs in, so that a homeserver that is down at start delays the bot but does not
// stop it.
func New(opts Options) (*Adapter, error) {
	var problems []string
	if opts.Homeserver == "" {
		problems = append(problems, "the homeserver's address is missing")
	}
	me := id.UserID(opts.UserID)
	if _, _, err := me.Parse(); err != nil {
		problems = append(problems, fmt.Sprintf("user ID %q is not a Matrix ID like @ospobot:example.org", opts.UserID))
	}
	if opts.AccessToken == "" && opts.Password == "" {
		problems = append(problems, "neither an access token (OSPOBOT_MATRIX_ACCESS_TOKEN) nor a password (OSPOBOT_MATRIX_PASSWORD) is set")
	}
	allowed, err := parseAllowList(opts.AllowedInviters)
	if err != nil {
		problems = append(problems, err.Error())
	}
	if len(problems) > 0 {
		return nil, errors.New("matrix: " + strings.Join(problems, "; "))
	}
	st, err := openState(opts.StateDir)
	if err != nil {
		return nil, fmt.Errorf("matrix: %w", err)
	}
	client, err := mautrix.NewClient(opts.Homeserver, me, opts.AccessToken)
	if err != nil {
		return nil, fmt.Errorf("matrix: homeserver %q: %w", opts.Homeserver, err)
	}
	hc := &http.Client{Timeout: 3 * time.Minute}
	if opts.HTTPClient != nil {
		copied := *opts.HTTPClient
		hc = &copied
	}
	next := hc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	hc.Transport = limitTransport{next: next, waiting: func(req *http.Request, d time.Duration) {
		log.Info("homeserver rate limit; waiting before sending again", "platform", "matrix", "method", req.Method, "path", req.URL.Path, "wait", d)
	}}
	client.Client = hc
	// Rate limits are ours (limits.go): Send and Edit report them to the dispatcher,
	// and limitTransport waits them out for every other request.
	client.DefaultHTTPRetries = 0
	client.IgnoreRateLimit = true
	client.Store = st
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.DeviceName == "" {
		opts.DeviceName = "ospobot"
	}
	a := &Adapter{
		opts: opts, log: opts.Log.With("platform", "matrix"), me: me, client: client, st: st,
		allowed: allowed, maxFile: opts.MaxFile,
		directs: map[id.UserID]id.RoomID{}, directRooms: map[id.RoomID]id.UserID{}, members: map[id.RoomID][]id.UserID{},
		sent: map[id.EventID]sentMessage{}, roots: map[id.EventID]bool{}, noButtons: map[id.EventID]struct{}{}, warned: map[string]time.Time{},
		reason: "not started", up: make(chan struct{}),
	}
	if a.maxFile <= 0 {
		a.maxFile = bot.DefaultMaxInput
	}
	a.syncer = newSyncer(a)
	client.Syncer = a.syncer
	if def, err := json.Marshal(a.syncer.GetFilterJSON(me)); err == nil {
		st.filter = string(def)
	}
	return a, nil
}

// Platform implements bot.Adapter.
func (a *Adapter) Platform() bot.Platform { return bot.Matrix }

// Capabilities implements bot.Adapter: no buttons, but reactions on the bot's messages
// and typed commands; edits by m.replace; threads; files through the media repository.
func (a *Adapter) Capabilities() bot.Capabilities {
	return bot.Capabilities{Reactions: true, Edits: true, Threads: true, Files: true, MaxText: maxText}
}

// Status implements bot.StatusReporter.
func (a *Adapter) Status() bot.Status {
	a.mu.Lock()
	defer a.mu.Unlock()
	return bot.Status{Connected: a.connected, Reason: a.reason, Reconnects: a.reconnects}
}

// Encrypted tells whether this adapter reads and writes encrypted rooms.
func (a *Adapter) Encrypted() bool { return a.crypto != nil }

// DeviceID is the bot's Matrix device, once Run has logged in.
func (a *Adapter) DeviceID() id.DeviceID { return a.st.get().DeviceID }

// Run logs in, then syncs until ctx is done, handing every command, upload and reaction
// meant for the bot to h. Sync errors are retried with back-off; only a rejected
// login or access token ends it with an error.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	a.h = h
	for failures := 1; ; failures++ {
		err := a.login(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		a.setDown(err.Error())
		if refused(err) {
			return err
		}
		// The homeserver is down or unreachable: try again, as a sync would.
		a.log.Warn("login failed; retrying", "err", err, "retry_in", backoff(failures))
		if !sleep(ctx, backoff(failures)) {
			return nil
		}
	}
	c, err := setupCrypto(ctx, a)
	if err != nil {
		a.setDown("encryption setup failed")
		return fmt.Errorf("matrix: set up encryption: %w", err)
	}
	// Send and Edit may run from here on: encryption is settled.
	a.mu.Lock()
	a.crypto = c
	a.loggedIn = true
	a.reason = "logged in; first sync pending"
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.loggedIn = false // no Send after the key store is closed
		a.mu.Unlock()
		if a.crypto != nil {
			if err := a.crypto.close(); err != nil {
				a.log.Warn("closing the key store failed", "err", err)
			}
		}
	}()
	if a.crypto == nil {
		a.log.Warn("encryption is off: this build has no olm (build with -tags goolm); encrypted rooms get a note that the bot cannot read them")
	} else {
		dev, key := a.crypto.identity()
		a.log.Info("encryption is on; verify this device to trust the bot", "device_id", dev, "ed25519", key)
	}
	if err := a.st.update(func(p *persisted) {
		if p.FirstStart.IsZero() {
			p.FirstStart = time.Now().UTC()
		}
	}); err != nil {
		return err
	}
	a.firstStart = a.st.get().FirstStart.UnixMilli()
	// A sync from a saved position reports m.direct only when it changes: read it now.
	var direct event.DirectChatsEventContent
	err = a.client.GetAccountData(ctx, event.AccountDataDirectChats.Type, &direct)
	switch {
	case err == nil:
		a.onDirectChats(ctx, &event.Event{Content: event.Content{Parsed: &direct}})
	case errors.Is(err, mautrix.MNotFound):
	case ctx.Err() != nil:
		return nil
	default:
		a.log.Warn("reading the list of direct rooms failed; they are recognised again as their m.direct comes", "err", err)
	}
	for {
		err := a.client.SyncWithContext(ctx)
		if ctx.Err() != nil {
			a.setDown("stopped")
			return nil
		}
		if errors.Is(err, mautrix.MUnknownToken) {
			a.setDown("the access token was rejected")
			return fmt.Errorf("matrix: the homeserver rejected the access token: %w", err)
		}
		// A handler failed, or syncing broke: sync again from the last committed
		// position after a pause. Events already handled come back and are deduplicated.
		d := a.syncFailed(err)
		a.log.Warn("sync stopped; resuming from the last saved position", "err", err, "retry_in", d)
		if !sleep(ctx, d) {
			a.setDown("stopped")
			return nil
		}
	}
}

// login gets the bot its device: with an access token, the token's; with a password,
// the device kept in the state directory (a new one the first time). A device kept
// from an earlier run must be the token's, since its keys are the bot's identity.
func (a *Adapter) login(ctx context.Context) error {
	saved := a.st.get()
	var device id.DeviceID
	if a.opts.AccessToken != "" {
		who, err := a.client.Whoami(ctx)
		if err != nil {
			return fmt.Errorf("matrix: check the access token: %w", err)
		}
		if who.UserID != a.me {
			return refusal(fmt.Sprintf("matrix: the access token is %s's, not %s's", who.UserID, a.me))
		}
		if saved.DeviceID != "" && who.DeviceID != saved.DeviceID && saved.UserID == a.me {
			return refusal(fmt.Sprintf("matrix: the access token is for device %s, but the state directory holds device %s and its keys; use a token of that device, or a password so the bot logs in to it", who.DeviceID, saved.DeviceID))
		}
		device = who.DeviceID
	} else {
		req := &mautrix.ReqLogin{
			Type:                     mautrix.AuthTypePassword,
			Identifier:               mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: string(a.me)},
			Password:                 a.opts.Password,
			InitialDeviceDisplayName: a.opts.DeviceName,
			StoreCredentials:         true,
		}
		if saved.UserID == a.me {
			req.DeviceID = saved.DeviceID
		}
		resp, err := a.client.Login(ctx, req)
		if err != nil {
			return fmt.Errorf("matrix: log in as %s: %w", a.me, err)
		}
		device = resp.DeviceID
	}
	a.client.DeviceID = device
	if err := a.st.update(func(p *persisted) {
		if p.UserID != a.me { // another account's position means nothing for this one
			*p = persisted{UserID: a.me}
		}
		p.DeviceID = device
	}); err != nil {
		return err
	}
	a.log.Info("logged in", "user", a.me, "device_id", device)
	return nil
}

// refused tells whether a login failed for good: the homeserver answered and said no
// (a wrong password or token, an unknown user), as opposed to being unreachable.
func refused(err error) bool {
	var r refusal
	if errors.As(err, &r) {
		return true
	}
	var he mautrix.HTTPError
	if !errors.As(err, &he) || he.Response == nil {
		return false
	}
	code := he.Response.StatusCode
	return code >= 400 && code < 500 && code != http.StatusTooManyRequests
}

// refusal is a login the adapter itself refuses: the token is another account's or
// another device's.
type refusal string

func (r refusal) Error() string { return string(r) }

func (a *Adapter) setDown(reason string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.connected, a.reason = false, reason
}

// synced marks a successful sync: the connection is up, and the next failure starts
// its back-off from the beginning.
func (a *Adapter) synced() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.connected && a.failures > 0 {
		a.reconnects++
	}
	if !a.connected {
		select {
		case <-a.up:
		default:
			close(a.up)
		}
	}
	a.connected, a.reason, a.failures = true, "", 0
}

// Connected is closed once the first sync has succeeded: the bot is logged in, its
// encryption (if any) is ready, and it receives events.
func (a *Adapter) Connected() <-chan struct{} { return a.up }

// syncFailed marks a failed sync and says how long to wait: what the homeserver asks
// for when it rate limits, else an exponential back-off from one second to a minute.
func (a *Adapter) syncFailed(err error) time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.connected = false
	a.reason = "sync failed"
	a.failures++
	if d, ok := rateLimited(err); ok {
		return d
	}
	return backoff(a.failures)
}

func backoff(failures int) time.Duration {
	d := time.Second
	for i := 1; i < failures && d < time.Minute; i++ {
		d *= 2
	}
	return min(d, time.Minute)
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// handle hands an event to the handler. A failure is kept, so that the sync response
// is not committed and comes back (see syncer.ProcessResponse).
func (a *Adapter) handle(ctx context.Context, ev bot.Event) {
	if err := a.h.HandleEvent(ctx, ev); err != nil && ctx.Err() == nil {
		a.log.Error("handling an event failed; it will be retried", "event", ev.ID, "room", ev.Conversation.ID, "err", err)
		a.mu.Lock()
		a.respErr = err
		a.mu.Unlock()
	}
}

// tooOld tells whether an event predates the bot's first start.
func (a *Adapter) tooOld(evt *event.Event) bool { return evt.Timestamp < a.firstStart }

// remember keeps a sent message's reaction map, bounded.
func (a *Adapter) remember(ev id.EventID, m sentMessage) {
	if len(m.Buttons) == 0 {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sent[ev] = m
	a.sentOrder = append(a.sentOrder, ev)
	if len(a.sentOrder) > maxRemembered {
		delete(a.sent, a.sentOrder[0])
		a.sentOrder = a.sentOrder[1:]
	}
}

// allowList says whose invitations are accepted.
type allowList struct {
	users   map[id.UserID]bool
	servers map[string]bool
	rooms   map[id.RoomID]bool
}

func parseAllowList(entries []string) (allowList, error) {
	l := allowList{users: map[id.UserID]bool{}, servers: map[string]bool{}, rooms: map[id.RoomID]bool{}}
	var bad []string
	for _, e := range entries {
		e = strings.TrimSpace(e)
		switch {
		case strings.HasPrefix(e, "@"):
			if _, _, err := id.UserID(e).Parse(); err != nil {
				bad = append(bad, e)
				continue
			}
			l.users[id.UserID(e)] = true
		case strings.HasPrefix(e, "!"):
			if !strings.Contains(e, ":") {
				bad = append(bad, e)
				continue
			}
			l.rooms[id.RoomID(e)] = true
		case e != "" && !strings.ContainsAny(e, " /@!#"):
			l.servers[strings.ToLower(e)] = true
		default:
			bad = append(bad, e)
		}
	}
	if len(bad) > 0 {
		return l, fmt.Errorf("allowed inviters %q are neither users (@alice:example.org), servers (example.org) nor rooms (!room:example.org)", bad)
	}
	return l, nil
}

func (l allowList) allows(inviter id.UserID, room id.RoomID) bool {
	return l.users[inviter] || l.rooms[room] || l.servers[strings.ToLower(inviter.Homeserver())]
}
