package slack

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"

	"github.com/slack-go/slack"
)

// maxBody bounds a request from Slack: events and interactions are a few kilobytes; a
// modal's state with long answers stays well below this.
const maxBody = 1 << 20

// The paths Slack is given in the app's settings (and in deploy/slack-manifest.yaml).
const (
	PathEvents      = "/slack/events"
	PathInteractive = "/slack/interactive"
	PathCommands    = "/slack/commands"
)

// Mount implements bot.HTTPMounter: in HTTP mode, Slack's Events API, interactivity and
// the slash command arrive on serve's listener. Every request is verified with the
// signing secret first; a refused one gets 401 and its body is never logged.
func (a *Adapter) Mount(mux *http.ServeMux) {
	if a.opts.Mode != ModeHTTP {
		return
	}
	mux.HandleFunc("POST "+PathEvents, a.verified(a.serveEvents))
	mux.HandleFunc("POST "+PathInteractive, a.verified(a.serveInteractive))
	mux.HandleFunc("POST "+PathCommands, a.verified(a.serveCommands))
}

// verified reads the body (bounded) and checks Slack's signature: v0= HMAC-SHA256 of
// "v0:timestamp:body" with the signing secret, and a timestamp within five minutes.
func (a *Adapter) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
		if err != nil || len(body) > maxBody {
			http.Error(w, "request too large or unreadable", http.StatusRequestEntityTooLarge)
			return
		}
		sv, err := slack.NewSecretsVerifier(r.Header, a.opts.SigningSecret)
		if err == nil {
			_, _ = sv.Write(body)
			err = sv.Ensure()
		}
		if err != nil {
			// Only why, never what was sent: a forged request may carry anything.
			a.log.Warn("slack request refused", "path", r.URL.Path, "reason", refusal(err), "remote", r.RemoteAddr)
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		next(w, r, body)
	}
}

// refusal names why a request failed verification, in words safe to log.
func refusal(err error) string {
	switch {
	case errors.Is(err, slack.ErrExpiredTimestamp):
		return "timestamp more than five minutes away"
	case errors.Is(err, slack.ErrMissingHeaders):
		return "signature headers missing"
	}
	return "bad signature"
}

func (a *Adapter) serveEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	cb, err := decodeEventCallback(body)
	if err != nil {
		a.log.Warn("slack event undecodable", "err", err)
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	switch cb.Type {
	case "url_verification":
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"challenge": cb.Challenge})
		return
	case "app_rate_limited":
		// Slack drops the workspace's events for a minute; it says so, and wants a 200.
		a.log.Warn("Slack is dropping events: more than its limit of events an hour were sent to the app")
		w.WriteHeader(http.StatusOK)
		return
	}
	in, err := a.fromEvent(cb, a.self())
	a.ackIntake(w, in, err)
}

func (a *Adapter) serveCommands(w http.ResponseWriter, r *http.Request, body []byte) {
	v, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	if v.Get("ssl_check") == "1" {
		w.WriteHeader(http.StatusOK) // Slack checking the certificate: no command
		return
	}
	in, err := a.fromSlash(slashFromForm(v), a.self())
	a.ackIntake(w, in, err)
}

func (a *Adapter) serveInteractive(w http.ResponseWriter, r *http.Request, body []byte) {
	v, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	ic, err := decodeInteraction([]byte(v.Get("payload")))
	if err != nil {
		a.log.Warn("slack interaction undecodable", "err", err)
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	in, err := a.fromInteraction(ic)
	if err == nil && in.form {
		resp, ok := a.answerForm(r.Context(), in)
		if !ok {
			http.Error(w, "not running", http.StatusServiceUnavailable)
			return
		}
		writeJSON(w, resp)
		return
	}
	a.ackIntake(w, in, err)
}

// ackIntake answers Slack at once: 200 when the payload was taken (or deliberately
// ignored), 400 when it made no sense, 503 when the bot cannot take it now (Slack
// retries events).
func (a *Adapter) ackIntake(w http.ResponseWriter, in intake, err error) {
	switch {
	case errors.Is(err, errIgnored):
		w.WriteHeader(http.StatusOK)
	case err != nil:
		a.log.Warn("slack payload not understood", "err", err)
		http.Error(w, "bad payload", http.StatusBadRequest)
	case !a.accept(in):
		http.Error(w, "not running", http.StatusServiceUnavailable)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// answerForm hands a form submission to the handler and makes the acknowledgement's
// payload: nothing (the modal closes) or the field errors (it stays open with them).
func (a *Adapter) answerForm(ctx context.Context, in intake) (any, bool) {
	h := a.running()
	if h == nil {
		return nil, false
	}
	if errs := a.handleForm(context.WithoutCancel(ctx), h, *in.event); errs != nil {
		return slack.NewErrorsViewSubmissionResponse(errs), true
	}
	return nil, true
}

func writeJSON(w http.ResponseWriter, v any) {
	if v == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}
