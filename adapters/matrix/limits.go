package matrix

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"maunium.net/go/mautrix"

	"github.com/ospobot/ospobot/bot"
)

// Every call to the homeserver honours M_LIMIT_EXCEEDED: Send and Edit hand the wait to
// the dispatcher as a bot.RetryError; the sync loop waits before its next request;
// every other call (login, join, members, media, reactions) waits here and tries again.

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

// retryLimited runs call, waiting and trying again while the homeserver rate limits it.
func retryLimited(ctx context.Context, call func() error) error {
	for i := 0; ; i++ {
		err := call()
		d, limited := rateLimited(err)
		if !limited || i == maxRateRetries {
			return err
		}
		if !sleep(ctx, d) {
			return errors.Join(err, ctx.Err())
		}
	}
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
