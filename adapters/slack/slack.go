package slack

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/ospobot/ospobot/bot"
)

// The two ways Slack reaches the bot.
const (
	ModeSocket = "socket" // the bot dials Slack (no public URL needed)
	ModeHTTP   = "http"   // Slack posts to serve's listener (Mount)
)

// Options configure an Adapter. Tokens and the signing secret come from the
// environment; New checks that the mode's secrets are there.
type Options struct {
	Mode          string // ModeSocket (default) or ModeHTTP
	BotToken      string // xoxb-: every Web API call
	AppToken      string // xapp-: Socket Mode's connection
	SigningSecret string // HTTP mode: every request is verified with it
	APIURL        string // https://slack.com/api/ by default
	HTTPClient    *http.Client
	Log           *slog.Logger
	// Workers handle events after they are acknowledged; events of one conversation
	// go to the same worker, in order. 4 by default.
	Workers int
	// MinBackoff and MaxBackoff bound the wait before a Socket Mode reconnection, which
	// doubles with each failure in a row (1s and 2m by default).
	MinBackoff, MaxBackoff time.Duration
	// GroupTTL is how long user group members are cached when Slack announces no
	// change (1h by default); subteam events drop an entry at once.
	GroupTTL time.Duration
	// FormTimeout bounds the handling of a form submission, which is answered in the
	// acknowledgement (Slack waits three seconds); 2.5s by default.
	FormTimeout time.Duration
	// DrainTimeout bounds the handling of acknowledged events at shutdown; 10s by default.
	DrainTimeout time.Duration
	// GroupChanged, if set, is told of a user group ("slack:S…") whose members Slack
	// says changed, so that whoever caches them besides the adapter (the engine) reads
	// them again.
	GroupChanged func(group bot.UserID)
}

// Adapter is ospobot on Slack. It implements bot.Adapter and the optional Editor,
// FormOpener, GroupResolver, HTTPMounter and StatusReporter.
type Adapter struct {
	opts Options
	api  *slack.Client
	log  *slog.Logger

	mu       sync.Mutex
	me       self
	handler  bot.Handler // set while Run runs; HTTP requests are refused without it
	queues   []chan job
	closed   bool
	triggers map[bot.TriggerID]triggerEntry
	more     *moreStore
	groups   map[string]groupEntry
	dms      map[string]string        // user → DM channel
	recent   *recentSet               // events handled lately, skipped when Slack sends them again
	replies  map[string]responseEntry // channel → the latest /ospo response_url there
	status   bot.Status

	// statusChanged is closed and replaced whenever status changes, for those who wait on it.
	statusChanged chan struct{}
	reconnects    atomic.Uint64
}

// queueLen is how many acknowledged events one worker may have waiting; past it, a
// payload is refused (503, or no Socket Mode acknowledgement) and Slack sends it again.
const queueLen = 256

type job struct {
	in intake
}

type triggerEntry struct {
	place triggerPlace
	at    time.Time
}

type groupEntry struct {
	members []bot.UserID
	at      time.Time
}

// New makes an adapter; it fails on a missing secret or an unknown mode.
func New(opts Options) (*Adapter, error) {
	if opts.Mode == "" {
		opts.Mode = ModeSocket
	}
	var missing []string
	if opts.BotToken == "" {
		missing = append(missing, "the bot token")
	}
	switch opts.Mode {
	case ModeSocket:
		if opts.AppToken == "" {
			missing = append(missing, "the app-level token (Socket Mode)")
		}
	case ModeHTTP:
		if opts.SigningSecret == "" {
			missing = append(missing, "the signing secret (HTTP mode)")
		}
	default:
		return nil, fmt.Errorf("slack: mode must be %s or %s, not %q", ModeSocket, ModeHTTP, opts.Mode)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("slack: %s missing", bot.JoinAnd(missing))
	}
	if opts.APIURL == "" {
		opts.APIURL = slack.APIURL
	}
	if !strings.HasSuffix(opts.APIURL, "/") {
		opts.APIURL += "/"
	}
	if opts.HTTPClient == nil {
		opts.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = time.Second
	}
	if opts.MaxBackoff < opts.MinBackoff {
		opts.MaxBackoff = max(opts.MinBackoff, 2*time.Minute)
	}
	if opts.GroupTTL <= 0 {
		opts.GroupTTL = time.Hour
	}
	if opts.FormTimeout <= 0 {
		opts.FormTimeout = 2500 * time.Millisecond
	}
	if opts.DrainTimeout <= 0 {
		opts.DrainTimeout = 10 * time.Second
	}
	api := slack.New(opts.BotToken, slack.OptionAPIURL(opts.APIURL), slack.OptionHTTPClient(opts.HTTPClient), slack.OptionAppLevelToken(opts.AppToken))
	return &Adapter{
		opts: opts, api: api, log: opts.Log.With("platform", "slack"),
		triggers: map[bot.TriggerID]triggerEntry{}, more: newMoreStore(256),
		groups: map[string]groupEntry{}, dms: map[string]string{}, recent: newRecentSet(4096, 10*time.Minute),
		replies: map[string]responseEntry{},
		status:  bot.Status{Reason: "not started"}, statusChanged: make(chan struct{}),
	}, nil
}

// Platform implements bot.Adapter.
func (a *Adapter) Platform() bot.Platform { return bot.Slack }

// Capabilities implements bot.Adapter.
func (a *Adapter) Capabilities() bot.Capabilities {
	return bot.Capabilities{
		Buttons: true, Ephemeral: true, Forms: true, Edits: true, Threads: true, Files: true, Home: true,
		MaxText: maxSectionText, MaxBlocks: maxMessageBlocks,
	}
}

// Status implements bot.StatusReporter.
func (a *Adapter) Status() bot.Status {
	a.mu.Lock()
	defer a.mu.Unlock()
	s := a.status
	s.Reconnects = a.reconnects.Load()
	return s
}

func (a *Adapter) setStatus(connected bool, reason string) {
	a.mu.Lock()
	was := a.status.Connected
	a.status.Connected, a.status.Reason = connected, reason
	close(a.statusChanged)
	a.statusChanged = make(chan struct{})
	a.mu.Unlock()
	if connected && !was {
		// After the change, so that whoever reads this line finds the adapter ready.
		a.log.Info("slack connected", "mode", a.opts.Mode)
	}
}

// Run connects, hands events to h until ctx is done, and then finishes the events it
// acknowledged (within DrainTimeout). In HTTP mode the requests come through Mount.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	me, err := a.identify(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		a.setStatus(false, err.Error())
		return err
	}
	a.mu.Lock()
	if a.handler != nil {
		a.mu.Unlock()
		return errors.New("slack: the adapter is running already")
	}
	a.me, a.handler, a.closed = me, h, false
	a.queues = make([]chan job, a.opts.Workers)
	for i := range a.queues {
		a.queues[i] = make(chan job, queueLen)
	}
	queues := a.queues
	a.mu.Unlock()

	// Acknowledged events are handled to the end at shutdown, within DrainTimeout.
	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	var wg sync.WaitGroup
	for _, q := range queues {
		wg.Go(func() {
			for j := range q {
				a.process(workCtx, h, j.in)
			}
		})
	}

	var runErr error
	if a.opts.Mode == ModeSocket {
		runErr = a.runSocket(ctx)
	} else {
		a.setStatus(true, "")
		<-ctx.Done()
	}
	// Intake stops before the status says so: whoever sees "stopped" sees refusals.
	a.mu.Lock()
	a.closed = true
	a.handler = nil
	for _, q := range a.queues {
		close(q)
	}
	a.queues = nil
	a.mu.Unlock()
	a.setStatus(false, "stopped")
	drained := make(chan struct{})
	go func() { wg.Wait(); close(drained) }()
	t := time.NewTimer(a.opts.DrainTimeout)
	defer t.Stop()
	select {
	case <-drained:
	case <-t.C:
		a.log.Warn("events still in progress at shutdown; cancelling them")
		stopWork()
		<-drained
	}
	if runErr != nil && ctx.Err() == nil {
		return runErr
	}
	return nil
}

// identify asks Slack who the bot is, so that its own messages are ignored. A token
// Slack refuses ends Run; a network failure or an outage is retried with back-off.
func (a *Adapter) identify(ctx context.Context) (self, error) {
	for failures := 0; ; failures++ {
		var res *slack.AuthTestResponse
		err := a.call(ctx, "auth.test", func(ctx context.Context) error {
			var err error
			res, err = a.api.AuthTestContext(ctx)
			return err
		})
		if err == nil {
			return self{userID: res.UserID, botID: res.BotID}, nil
		}
		if ctx.Err() != nil {
			return self{}, ctx.Err()
		}
		if authRefused(err) {
			return self{}, fmt.Errorf("slack: auth.test: %w (check OSPOBOT_SLACK_BOT_TOKEN)", err)
		}
		a.setStatus(false, "auth.test failed: "+err.Error())
		a.log.WarnContext(ctx, "slack unreachable; retrying", "err", err)
		t := time.NewTimer(a.backoff(failures))
		select {
		case <-ctx.Done():
			t.Stop()
			return self{}, ctx.Err()
		case <-t.C:
		}
	}
}

// authRefused tells whether Slack refused a token: no retry helps until it is replaced.
func authRefused(err error) bool {
	switch slackErr(err) {
	case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "not_allowed_token_type":
		return true
	}
	return false
}

// call runs one Web API call that is not a delivery, waiting out a 429's Retry-After
// (at most three times, and never past ctx). Deliveries instead report the wait to the
// dispatcher (see deliveryError).
func (a *Adapter) call(ctx context.Context, method string, fn func(ctx context.Context) error) error {
	for attempt := 0; ; attempt++ {
		err := fn(ctx)
		var rl *slack.RateLimitedError
		if !errors.As(err, &rl) || attempt == 2 {
			return err
		}
		a.log.WarnContext(ctx, "rate limited; waiting", "method", method, "retry_after", rl.RetryAfter)
		t := time.NewTimer(rl.RetryAfter)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// accept takes a decoded payload after it was verified: internal work is done here,
// events go to their conversation's worker. It reports false when the adapter is not
// running, so that Slack is told to come back later.
func (a *Adapter) accept(in intake) bool {
	if in.groupChanged != "" && a.opts.GroupChanged != nil {
		// Before the acknowledgement: a click that follows the announcement finds the
		// new members.
		a.opts.GroupChanged(userID(in.groupChanged))
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.handler == nil || a.closed {
		return false
	}
	if in.trigger != nil {
		a.rememberTrigger(*in.trigger)
	}
	if in.response != nil {
		a.rememberResponse(*in.response)
	}
	if in.groupChanged != "" {
		delete(a.groups, in.groupChanged)
		return true
	}
	if in.event == nil && in.more == nil {
		return true
	}
	if in.event != nil && a.recent.has(in.event.ID) {
		// Handled a moment ago: the engine would ignore it, but a file would be fetched
		// again first.
		return true
	}
	key := ""
	switch {
	case in.event != nil:
		key = string(in.event.Conversation.ID)
	case in.more != nil:
		key = in.more.channel
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	q := a.queues[int(h.Sum32()%uint32(len(a.queues)))]
	select {
	case q <- job{in: in}:
		return true
	default:
		a.log.Warn("event queue full; Slack will redeliver")
		return false
	}
}

// running is the handler while Run runs.
func (a *Adapter) running() bot.Handler {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil
	}
	return a.handler
}

func (a *Adapter) self() self {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.me
}

// process does the work of one acknowledged payload.
func (a *Adapter) process(ctx context.Context, h bot.Handler, in intake) {
	if in.more != nil {
		if err := a.sendMore(ctx, *in.more); err != nil {
			a.log.WarnContext(ctx, "more: sending the rest failed", "err", err)
		}
		return
	}
	ev := in.event
	if a.recent.has(ev.ID) {
		return // handled while this one waited in the queue
	}
	if ev.Conversation.ID == "" {
		// A click on the App Home tab has no conversation: answer in the direct one.
		ch, err := a.openDM(ctx, ev.User.ID)
		if err != nil {
			a.log.WarnContext(ctx, "no conversation to answer in", "event", ev.ID, "err", err)
			return
		}
		ev.Conversation = bot.Conversation{ID: bot.ConversationID(ch), Direct: true}
	}
	if in.fileID != "" {
		f, err := a.fileInfo(ctx, in.fileID)
		if err != nil {
			a.log.WarnContext(ctx, "files.info failed; upload not handled", "file", in.fileID, "err", err)
			return
		}
		ev.Files = append(ev.Files, f)
	}
	if err := h.HandleEvent(ctx, *ev); err != nil {
		a.log.ErrorContext(ctx, "event not handled", "event", ev.ID, "kind", ev.Kind, "err", err)
		return
	}
	a.recent.add(ev.ID)
}

// recentSet remembers event IDs for a while, bounded in number. It only saves work:
// the engine's dedup keys are what make a redelivery harmless.
type recentSet struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	order []bot.EventID
	at    map[bot.EventID]time.Time
}

func newRecentSet(n int, ttl time.Duration) *recentSet {
	return &recentSet{max: n, ttl: ttl, at: map[bot.EventID]time.Time{}}
}

func (r *recentSet) add(id bot.EventID) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.at[id]; !ok {
		r.order = append(r.order, id)
	}
	r.at[id] = time.Now()
	for len(r.order) > r.max {
		delete(r.at, r.order[0])
		r.order = r.order[1:]
	}
}

func (r *recentSet) has(id bot.EventID) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, ok := r.at[id]
	return ok && time.Since(t) < r.ttl
}

// handleForm hands a form submission over before it is acknowledged, because the
// answer to invalid fields goes back in the acknowledgement. It returns the errors to
// show by field, or nil to close the form.
func (a *Adapter) handleForm(ctx context.Context, h bot.Handler, ev bot.Event) map[string]string {
	ctx, cancel := context.WithTimeout(ctx, a.opts.FormTimeout)
	defer cancel()
	if ev.Conversation.ID == "" {
		if ch, err := a.openDM(ctx, ev.User.ID); err == nil {
			ev.Conversation = bot.Conversation{ID: bot.ConversationID(ch), Direct: true}
		} else {
			a.log.WarnContext(ctx, "form answer has no conversation", "err", err)
		}
	}
	err := h.HandleEvent(ctx, ev)
	var fe bot.FieldErrors
	if errors.As(err, &fe) && len(fe) > 0 {
		out := map[string]string{}
		for k, v := range fe {
			out[k] = cut(v, maxFieldText)
		}
		return out
	}
	if err != nil {
		a.log.ErrorContext(ctx, "form submission not handled", "event", ev.ID, "err", err)
	}
	return nil
}

// rememberTrigger keeps where a click happened for a minute (Slack's triggers last
// three seconds), so that a form opened in answer to it answers in that conversation.
// a.mu is held.
func (a *Adapter) rememberTrigger(p triggerPlace) {
	now := time.Now()
	for id, e := range a.triggers {
		if now.Sub(e.at) > time.Minute {
			delete(a.triggers, id)
		}
	}
	a.triggers[p.id] = triggerEntry{place: p, at: now}
}

// responseEntry is a slash command's response_url: Slack takes five answers on it
// within thirty minutes.
type responseEntry struct {
	url  string
	at   time.Time
	uses int
}

const (
	responseTTL  = 30 * time.Minute
	responseUses = 5
)

// rememberResponse keeps the latest response_url of a channel. a.mu is held.
func (a *Adapter) rememberResponse(p responsePlace) {
	now := time.Now()
	for ch, e := range a.replies {
		if now.Sub(e.at) > responseTTL {
			delete(a.replies, ch)
		}
	}
	a.replies[p.channel] = responseEntry{url: p.url, at: now}
}

// takeResponse is a usable response_url for channel, counted as used.
func (a *Adapter) takeResponse(channel string) (string, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	e, ok := a.replies[channel]
	if !ok || time.Since(e.at) > responseTTL || e.uses >= responseUses {
		return "", false
	}
	e.uses++
	a.replies[channel] = e
	return e.url, true
}

func (a *Adapter) triggerPlace(id bot.TriggerID) triggerPlace {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.triggers[id].place
}

// moreStore keeps the blocks of long messages past Slack's limit, for their "more"
// button, in memory and bounded: after a restart the button says the rest is gone.
type moreStore struct {
	mu    sync.Mutex
	max   int
	next  uint64
	order []string
	parts map[string]moreParts
}

// moreParts is the rest of a long message, and the one person who may see it when the
// message was private (ephemeral): the rest is private to them too.
type moreParts struct {
	blocks []slack.Block
	only   string // a Slack user ID, or "" for everyone in the conversation
}

func newMoreStore(n int) *moreStore { return &moreStore{max: n, parts: map[string]moreParts{}} }

func (m *moreStore) put(blocks []slack.Block, only string) string {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next++
	key := fmt.Sprintf("%x-%d", time.Now().UnixNano(), m.next)
	m.parts[key] = moreParts{blocks: blocks, only: only}
	m.order = append(m.order, key)
	if len(m.order) > m.max {
		delete(m.parts, m.order[0])
		m.order = m.order[1:]
	}
	return key
}

func (m *moreStore) take(key string) (moreParts, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	p, ok := m.parts[key]
	return p, ok
}
