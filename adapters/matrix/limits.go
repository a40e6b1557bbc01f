package matrix

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"maunium.net/go/mautrix"

	"github.com/ospobot/ospobot/bot"
)

// Every call to the homeserver honours M_LIMIT_EXCEEDED: Send and Edit hand the wait to
// the dispatcher as a bot.RetryError; every other request (the sync, login, joins,
// members, media, reactions, and the crypto library's own) waits in limitTransport and
// is sent again; a sync that still fails backs off (syncFailed).

// defaultRateWait is the wait when the homeserver rate limits without saying how long.
const defaultRateWait = 5 * time.Second

// maxRateRetries bounds how often one call is retried after rate limits.
const maxRateRetries = 5

// rateLimited tells whether err is M_LIMIT_EXCEEDED (or HTTP 429) and how long the
// homeserver asks to wait: retry_after_ms in the body, else the Retry-After header.
func rateLimited(err error) (time.Duration, bool) {
	var he mautrix.HTTPError
	if !errors.As(err, &he) {
		var re *mautrix.RespError
		if errors.As(err, &re) && re.ErrCode == mautrix.MLimitExceeded.ErrCode {
			return retryAfterMS(re.ExtraData), true
		}
		return 0, false
	}
	limited := he.RespError != nil && he.RespError.ErrCode == mautrix.MLimitExceeded.ErrCode ||
		he.Response != nil && he.Response.StatusCode == http.StatusTooManyRequests
	if !limited {
		return 0, false
	}
	if he.RespError != nil {
		if d := retryAfterMS(he.RespError.ExtraData); d != defaultRateWait {
			return d, true
		}
	}
	if he.Response != nil {
		if s, err := strconv.Atoi(he.Response.Header.Get("Retry-After")); err == nil && s > 0 {
			return time.Duration(s) * time.Second, true
		}
	}
	return defaultRateWait, true
}

func retryAfterMS(extra map[string]any) time.Duration {
	if ms, ok := extra["retry_after_ms"].(float64); ok && ms > 0 && ms < float64(time.Hour/time.Millisecond) {
		return time.Duration(ms) * time.Millisecond
	}
	return defaultRateWait
}

// reportLimits marks the context of a call that reports a rate limit instead of
// waiting it out: a Send or Edit, whose wait the dispatcher takes over.
type reportLimits struct{}

// reportingLimits returns ctx marked so that its calls report rate limits.
func reportingLimits(ctx context.Context) context.Context {
	return context.WithValue(ctx, reportLimits{}, true)
}

// limitTransport waits out M_LIMIT_EXCEEDED for every request the client makes (the
// sync, the crypto library's key uploads and queries, media, joins) and sends the
// request again, up to maxRateRetries times, unless the request's context asks for the
// rate limit to be reported (reportingLimits).
type limitTransport struct {
	next    http.RoundTripper
	waiting func(req *http.Request, d time.Duration) // told of each wait, for the log
}

func (t limitTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	for i := 0; ; i++ {
		resp, err := t.next.RoundTrip(req)
		if err != nil || resp.StatusCode != http.StatusTooManyRequests || i == maxRateRetries ||
			ctx.Value(reportLimits{}) != nil || req.Body != nil && req.GetBody == nil {
			return resp, err
		}
		d := waitOf(resp)
		resp.Body.Close()
		if t.waiting != nil {
			t.waiting(req, d)
		}
		if !sleep(ctx, d) {
			return nil, ctx.Err()
		}
		if req.GetBody != nil {
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			req = req.Clone(ctx)
			req.Body = body
		}
	}
}

// waitOf reads how long a 429 answer asks to wait: retry_after_ms in its body (M_LIMIT_EXCEEDED),
// else its Retry-After header, else defaultRateWait.
func waitOf(resp *http.Response) time.Duration {
	var body struct {
		RetryAfterMS float64 `json:"retry_after_ms"`
	}
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if json.Unmarshal(data, &body) == nil && body.RetryAfterMS > 0 {
		return retryAfterMS(map[string]any{"retry_after_ms": body.RetryAfterMS})
	}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 && s < 3600 {
		return time.Duration(s) * time.Second
	}
	return defaultRateWait
}

// deliveryError types a failed Send or Edit for the dispatcher: a rate limit is "retry
// after", a room the bot may not post in or that does not exist is permanent, and
// anything else (the network, the homeserver down) is retried with back-off.
func deliveryError(err error) error {
	if err == nil {
		return nil
	}
	if d, ok := rateLimited(err); ok {
		return bot.RetryAfter(d, err)
	}
	var he mautrix.HTTPError
	if errors.As(err, &he) {
		if he.RespError != nil {
			switch he.RespError.ErrCode {
			case "M_FORBIDDEN", "M_NOT_FOUND", "M_UNKNOWN_ROOM", "M_BAD_JSON", "M_NOT_JSON", "M_TOO_LARGE", "M_INVALID_PARAM":
				return bot.Permanent(err)
			}
		}
		if he.Response != nil && (he.Response.StatusCode == http.StatusForbidden || he.Response.StatusCode == http.StatusNotFound ||
			he.Response.StatusCode == http.StatusRequestEntityTooLarge) {
			return bot.Permanent(err)
		}
	}
	return err
}
