package loopback

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ospobot/ospobot/bot"
)

// Platform is the loopback adapter's platform name, the prefix of its users
// ("loopback:ana") and conversations in configuration.
const Platform bot.Platform = "loopback"

// maxEventBytes bounds one posted event.
const maxEventBytes = 1 << 20

// maxWait bounds a long poll for deliveries.
const maxWait = 30 * time.Second

// EventIn is a posted event. Action is set for a click on a button of an earlier
// delivery (its Action and Value, and the delivery's Ref).
type EventIn struct {
	ID           string    `json:"id"`
	User         string    `json:"user"`         // without the platform prefix: "ana"
	Conversation string    `json:"conversation"` // "dm-ana", "legal"
	Direct       bool      `json:"direct,omitempty"`
	Text         string    `json:"text,omitempty"`
	Action       *ActionIn `json:"action,omitempty"`
}

// ActionIn is a click.
type ActionIn struct {
	ID      string `json:"id"`
	Value   string `json:"value,omitempty"`
	Message string `json:"message,omitempty"`
}

// Accepted answers a posted event: the bot committed it, and every delivery it causes
// has a Seq above Seq.
type Accepted struct {
	Seq int `json:"seq"`
}

// Delivery is one message the bot sent or edited.
type Delivery struct {
	Seq          int       `json:"seq"`
	Time         time.Time `json:"time"`
	Conversation string    `json:"conversation,omitempty"`
	User         string    `json:"user,omitempty"` // the addressee of a private message or DM
	Private      bool      `json:"private,omitempty"`
	Ref          string    `json:"ref"`
	Edit         bool      `json:"edit,omitempty"` // Ref was replaced
	Text         string    `json:"text"`
	Buttons      []Button  `json:"buttons,omitempty"`
}

// Button is a button of a delivery, to click by posting an ActionIn.
type Button struct {
	Label   string `json:"label"`
	Action  string `json:"action"`
	Value   string `json:"value,omitempty"`
	Command string `json:"command,omitempty"`
}

// Adapter is the loopback adapter. The zero value is not usable; call New.
type Adapter struct {
	mu         sync.Mutex
	h          bot.Handler   // set while Run runs
	started    chan struct{} // closed when Run starts
	stopped    chan struct{} // closed when Run returns: long polls end
	startOnce  sync.Once
	stopOnce   sync.Once
	deliveries []Delivery
	changed    chan struct{} // closed, and replaced, on every delivery
	refs       int
	refPrefix  string // per adapter, so that references of an earlier process never match
}

// New makes a loopback adapter.
func New() *Adapter {
	return &Adapter{changed: make(chan struct{}), started: make(chan struct{}), stopped: make(chan struct{}),
		refPrefix: strconv.FormatInt(time.Now().UnixNano(), 36) + "-"}
}

// Platform is Platform.
func (a *Adapter) Platform() bot.Platform { return Platform }

// Capabilities are those of a capable platform, so that replies keep their buttons
// and edits.
func (a *Adapter) Capabilities() bot.Capabilities {
	return bot.Capabilities{Buttons: true, Ephemeral: true, Edits: true, Threads: true}
}

// Run takes events for h until ctx is done.
func (a *Adapter) Run(ctx context.Context, h bot.Handler) error {
	a.mu.Lock()
	a.h = h
	a.mu.Unlock()
	a.startOnce.Do(func() { close(a.started) })
	<-ctx.Done()
	a.mu.Lock()
	a.h = nil
	a.mu.Unlock()
	a.stopOnce.Do(func() { close(a.stopped) })
	return nil
}

// Status reports the adapter connected while Run runs.
func (a *Adapter) Status() bot.Status {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.h == nil {
		return bot.Status{Reason: "not running"}
	}
	return bot.Status{Connected: true}
}

// Send records r as delivered.
func (a *Adapter) Send(_ context.Context, to bot.Destination, r bot.Reply) (bot.MessageRef, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.refs++
	ref := bot.MessageRef(a.refPrefix + strconv.Itoa(a.refs))
	a.record(to, ref, false, r)
	return ref, nil
}

// Edit records r as replacing ref.
func (a *Adapter) Edit(_ context.Context, to bot.Destination, ref bot.MessageRef, r bot.Reply) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.record(to, ref, true, r)
	return nil
}

// record keeps one delivery and wakes the long polls; a.mu is held.
func (a *Adapter) record(to bot.Destination, ref bot.MessageRef, edit bool, r bot.Reply) {
	d := Delivery{Seq: len(a.deliveries) + 1, Time: time.Now(), Conversation: string(to.Conversation), User: trimPlatform(string(to.User)),
		Private: r.Private, Ref: string(ref), Edit: edit, Text: r.Text}
	for _, b := range r.Blocks {
		for _, btn := range b.Buttons {
			d.Buttons = append(d.Buttons, Button{Label: btn.Label, Action: string(btn.Action), Value: btn.Value, Command: btn.Command})
		}
	}
	a.deliveries = append(a.deliveries, d)
	close(a.changed)
	a.changed = make(chan struct{})
}

func trimPlatform(u string) string {
	if len(u) > len(Platform) && u[:len(Platform)+1] == string(Platform)+":" {
		return u[len(Platform)+1:]
	}
	return u
}

// Mount adds the adapter's endpoints to mux.
func (a *Adapter) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /loopback/events", loopbackOnly(a.postEvent))
	mux.HandleFunc("GET /loopback/deliveries", loopbackOnly(a.getDeliveries))
}

// loopbackOnly refuses requests from other machines, whatever address serve listens on.
func loopbackOnly(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
			http.Error(w, "the loopback adapter answers on loopback only", http.StatusForbidden)
			return
		}
		h(w, r)
	}
}

func (a *Adapter) postEvent(w http.ResponseWriter, r *http.Request) {
	var in EventIn
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxEventBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		http.Error(w, "bad event: "+err.Error(), http.StatusBadRequest)
		return
	}
	ev, err := in.event()
	if err != nil {
		http.Error(w, "bad event: "+err.Error(), http.StatusBadRequest)
		return
	}
	// An event that comes while serve starts waits for the adapter to run.
	select {
	case <-a.started:
	case <-r.Context().Done():
		return
	}
	a.mu.Lock()
	h, seq := a.h, len(a.deliveries)
	a.mu.Unlock()
	if h == nil {
		http.Error(w, "not running", http.StatusServiceUnavailable)
		return
	}
	if err := h.HandleEvent(r.Context(), ev); err != nil {
		// Not acknowledged: the poster may send the same event again, and the bot's
		// deduplication makes that safe.
		http.Error(w, "not taken: "+err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(Accepted{Seq: seq})
}

// event checks in and makes the bot.Event.
func (in EventIn) event() (bot.Event, error) {
	if in.ID == "" || in.User == "" || in.Conversation == "" {
		return bot.Event{}, errors.New("id, user and conversation are required")
	}
	ev := bot.Event{ID: bot.EventID(in.ID), Platform: Platform, Kind: bot.MessageEvent, Time: time.Now(),
		User:         bot.User{ID: bot.UserID(string(Platform) + ":" + in.User), Name: in.User},
		Conversation: bot.Conversation{ID: bot.ConversationID(in.Conversation), Direct: in.Direct}, Text: in.Text}
	if in.Action != nil {
		if in.Action.ID == "" {
			return bot.Event{}, errors.New("an action needs its id")
		}
		ev.Kind = bot.ActionEvent
		ev.Action = &bot.Action{ID: bot.ActionID(in.Action.ID), Value: in.Action.Value, Message: bot.MessageRef(in.Action.Message)}
	}
	return ev, nil
}

// getDeliveries lists the deliveries after ?after= (to ?to=, a conversation or a user,
// when given), waiting up to ?wait= for the first one when there is none yet.
func (a *Adapter) getDeliveries(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	after, _ := strconv.Atoi(q.Get("after"))
	to := q.Get("to")
	var wait time.Duration
	if v := q.Get("wait"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 {
			http.Error(w, fmt.Sprintf("wait %q: want a duration like 2s", v), http.StatusBadRequest)
			return
		}
		wait = min(d, maxWait)
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		a.mu.Lock()
		var out []Delivery
		for _, d := range a.deliveries[min(max(after, 0), len(a.deliveries)):] {
			if to == "" || d.Conversation == to || d.User == to {
				out = append(out, d)
			}
		}
		changed := a.changed
		a.mu.Unlock()
		if len(out) > 0 || wait == 0 {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(out)
			return
		}
		select {
		case <-changed:
		case <-timer.C:
			wait = 0
		case <-a.stopped:
			wait = 0 // serve is stopping: its HTTP listener waits for this request
		case <-r.Context().Done():
			return
		}
	}
}
