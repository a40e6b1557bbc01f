package workflows

import (
	"errors"
	"fmt"
)

// Error codes: what kind of failure an Error is, for each surface to map to its own
// form (chat text, an HTTP status, an exit code).
const (
	ENotFound  = "not_found" // no such request (HTTP 404)
	EForbidden = "forbidden" // the viewer may not see or do it (403)
	EInvalid   = "invalid"   // the input is wrong (400, 422)
	EConflict  = "conflict"  // the state has moved on: already decided, withdrawn (409)
	EInternal  = "internal"  // anything else: logged, not shown (500)
)

// Error is a failure the user should read: its Message is shown as it is. Any other
// error is internal: logged, and the user sees only that something went wrong.
type Error struct {
	Code    string // one of the E… codes; EInvalid when empty
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf makes a user-facing error, formatted as fmt.Sprintf does.
func Errorf(format string, args ...any) error { return &Error{Message: fmt.Sprintf(format, args...)} }

// codeErrorf makes a user-facing error with its code.
func codeErrorf(code, format string, args ...any) error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode is the code of err: its Error's, where the sentinel errors callers branch on
// do not say better (a decision on a decided request is a conflict, one by someone who
// may not decide is forbidden); EInternal for an error that is no Error.
func ErrorCode(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrAlreadyDecided):
		return EConflict
	case errors.Is(err, ErrNotApprover), errors.Is(err, ErrOwnRequest):
		return EForbidden
	}
	var ue *Error
	if !errors.As(err, &ue) {
		return EInternal
	}
	if ue.Code == "" {
		return EInvalid
	}
	return ue.Code
}

// ErrorMessage is what a person is told about err: an Error's message, or, for an
// internal error, that something went wrong (the error itself is for the log).
func ErrorMessage(err error) string {
	msg, _ := userMessage(err)
	return msg
}

// userMessage is what the user is told about err.
func userMessage(err error) (string, bool) {
	var ue *Error
	if errors.As(err, &ue) {
		return ue.Message, true
	}
	return "Something went wrong on my side and nothing was changed. The error is logged; please try again.", false
}

// Sentinel errors where callers branch.
var (
	ErrNotApprover    = errors.New("not an approver of this stage")
	ErrOwnRequest     = errors.New("own request")
	ErrAlreadyDecided = errors.New("already decided")
	// ErrWrongState is in every refusal of an event the transitions table does not
	// allow in the request's state, next to ErrAlreadyDecided where it was decided.
	ErrWrongState = errors.New("not allowed in the request's state")
)
