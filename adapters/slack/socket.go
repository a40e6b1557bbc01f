package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// readTimeout is how long a socket may stay silent: Slack pings every few seconds, so
// a longer silence is a dead connection, closed and redialled.
const readTimeout = 2 * time.Minute

// envelope is one Socket Mode message from Slack.
type envelope struct {
	Type       string          `json:"type"` // hello, disconnect, events_api, interactive, slash_commands
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
	Reason     string          `json:"reason"` // disconnect: warning, refresh_requested, link_disabled
}

// ack acknowledges an envelope, with the payload Slack uses as the answer (a view
// submission's errors).
type ack struct {
	EnvelopeID string `json:"envelope_id"`
	Payload    any    `json:"payload,omitempty"`
}

// errFatal ends Socket Mode: no reconnection can succeed with these credentials.
var errFatal = errors.New("socket mode cannot connect")

// runSocket keeps a Socket Mode connection until ctx is done: it redials when Slack asks
// (disconnect) or the socket drops, waiting MinBackoff after a working connection and
// doubling the wait (up to MaxBackoff) after each failure in a row.
func (a *Adapter) runSocket(ctx context.Context) error {
	failures, connections := 0, 0
	for attempt := 0; ; attempt++ {
		if attempt > 0 {
			wait := a.backoff(failures)
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return nil
			case <-t.C:
			}
		}
		greeted, err := a.connect(ctx, connections > 0)
		if ctx.Err() != nil {
			return nil
		}
		if greeted {
			connections++
			failures = 0
		} else {
			failures++
		}
		if errors.Is(err, errFatal) {
			a.setStatus(false, err.Error())
			return err
		}
		reason := "disconnected by Slack"
		if err != nil {
			reason = err.Error()
			a.log.Warn("socket mode connection lost; reconnecting", "err", err, "failures", failures)
		} else {
			a.log.Info("socket mode: Slack asked to reconnect")
		}
		a.setStatus(false, reason)
	}
}

// backoff is the wait before the next dial after n failures in a row, with jitter so
// that several replicas do not dial in step.
func (a *Adapter) backoff(n int) time.Duration {
	d := a.opts.MinBackoff << min(n, 20)
	if d <= 0 || d > a.opts.MaxBackoff {
		d = a.opts.MaxBackoff
	}
	return d/2 + rand.N(d/2+1)
}

// connect runs one connection: it opens it, reads envelopes and acknowledges them, and
// returns when the socket drops, Slack asks to reconnect (nil error) or ctx is done.
// greeted says whether Slack said hello, that is whether the connection worked.
func (a *Adapter) connect(ctx context.Context, again bool) (greeted bool, err error) {
	var wsURL string
	err = a.call(ctx, "apps.connections.open", func(ctx context.Context) error {
		var err error
		_, wsURL, err = a.api.StartSocketModeContext(ctx)
		return err
	})
	if err != nil {
		if authRefused(err) {
			return false, fmt.Errorf("%w: apps.connections.open: %v (check OSPOBOT_SLACK_APP_TOKEN)", errFatal, err)
		}
		return false, fmt.Errorf("apps.connections.open: %w", err)
	}
	dialer := websocket.Dialer{HandshakeTimeout: 30 * time.Second, Proxy: websocket.DefaultDialer.Proxy}
	conn, res, err := dialer.DialContext(ctx, wsURL, nil)
	if res != nil && res.Body != nil {
		res.Body.Close()
	}
	if err != nil {
		return false, fmt.Errorf("dial socket: %w", err)
	}
	connCtx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		conn.Close()
		wg.Wait()
	}()
	wg.Go(func() {
		<-connCtx.Done()
		conn.Close() // unblocks the read below
	})
	var writeMu sync.Mutex
	write := func(v any) error {
		writeMu.Lock()
		defer writeMu.Unlock()
		_ = conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
		return conn.WriteJSON(v)
	}
	conn.SetPingHandler(func(data string) error {
		_ = conn.SetReadDeadline(time.Now().Add(readTimeout))
		writeMu.Lock()
		defer writeMu.Unlock()
		return conn.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(10*time.Second))
	})
	for {
		_ = conn.SetReadDeadline(time.Now().Add(readTimeout))
		_, data, err := conn.ReadMessage()
		if err != nil {
			if ctx.Err() != nil {
				return greeted, nil
			}
			return greeted, fmt.Errorf("read socket: %w", err)
		}
		var env envelope
		if err := json.Unmarshal(data, &env); err != nil {
			a.log.Warn("socket mode: undecodable message", "err", err)
			continue
		}
		switch env.Type {
		case "hello":
			greeted = true
			if again {
				a.reconnects.Add(1)
			}
			a.setStatus(true, "")
			continue
		case "disconnect":
			return greeted, nil
		}
		if env.EnvelopeID == "" {
			continue
		}
		in, err := a.fromEnvelope(env)
		if err == nil && in.form {
			// The answer to a form goes in its acknowledgement; the read loop goes on.
			wg.Go(func() {
				resp, ok := a.answerForm(connCtx, in)
				if !ok {
					return // not acknowledged: Slack tells the user it failed
				}
				if err := write(ack{EnvelopeID: env.EnvelopeID, Payload: resp}); err != nil {
					a.log.Warn("socket mode: acknowledgement failed", "err", err)
				}
			})
			continue
		}
		switch {
		case errors.Is(err, errIgnored):
		case err != nil:
			// Acknowledged all the same: a redelivery would not decode better.
			a.log.Warn("socket mode: payload not understood", "type", env.Type, "err", err)
		case !a.accept(in):
			continue // not acknowledged: Slack redelivers it
		}
		if err := write(ack{EnvelopeID: env.EnvelopeID}); err != nil {
			return greeted, fmt.Errorf("acknowledge: %w", err)
		}
	}
}

// fromEnvelope decodes an envelope's payload as its type says.
func (a *Adapter) fromEnvelope(env envelope) (intake, error) {
	me := a.self()
	switch env.Type {
	case "events_api":
		cb, err := decodeEventCallback(env.Payload)
		if err != nil {
			return intake{}, err
		}
		if cb.Type != "event_callback" {
			return intake{}, errIgnored
		}
		return a.fromEvent(cb, me)
	case "interactive":
		ic, err := decodeInteraction(env.Payload)
		if err != nil {
			return intake{}, err
		}
		return a.fromInteraction(ic)
	case "slash_commands":
		var s slashCommand
		if err := json.Unmarshal(env.Payload, &s); err != nil {
			return intake{}, fmt.Errorf("decode slash command: %w", err)
		}
		return a.fromSlash(s, me)
	}
	return intake{}, errIgnored
}
