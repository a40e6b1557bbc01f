package bot

import (
	"errors"
	"fmt"
	"time"
)

// Send and Edit report failures the dispatcher acts on with two typed errors: a
// RetryError ("the platform is rate limiting or down: try again after D") and a
// PermanentError ("this will never work: unknown channel, bot not in the room"). Any
// other error is taken as transient and retried with exponential back-off.

// RetryError asks the dispatcher to try again no sooner than After (Slack's 429
// Retry-After, Matrix's M_LIMIT_EXCEEDED retry_after_ms).
type RetryError struct {
	After time.Duration
	Err   error
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("retry after %s: %v", e.After, e.Err)
}

func (e *RetryError) Unwrap() error { return e.Err }

// PermanentError says the delivery cannot succeed as addressed; the dispatcher parks the
// message with its reason instead of retrying it.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return "permanent: " + e.Err.Error() }

func (e *PermanentError) Unwrap() error { return e.Err }

// RetryAfter wraps err as a RetryError.
func RetryAfter(d time.Duration, err error) error { return &RetryError{After: d, Err: err} }

// Permanent wraps err as a PermanentError.
func Permanent(err error) error { return &PermanentError{Err: err} }

// RetryDelay is the wait err asks for, if it is (or wraps) a RetryError.
func RetryDelay(err error) (time.Duration, bool) {
	var r *RetryError
	if errors.As(err, &r) {
		return r.After, true
	}
	return 0, false
}

// IsPermanent tells whether err is (or wraps) a PermanentError.
func IsPermanent(err error) bool {
	var p *PermanentError
	return errors.As(err, &p)
}
