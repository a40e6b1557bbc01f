package workflows

import (
	"errors"
	"fmt"
)

// Error is a failure the user should read: its Message is shown as it is. Any other
// error is internal: logged, and the user sees only that something went wrong.
type Error struct {
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf makes a user-facing error, formatted as fmt.Sprintf does.
func Errorf(format string, args ...any) error { return &Error{Message: fmt.Sprintf(format, args...)} }

// userMessage is what the user is told about err.
func userMessage(err error) (string, bool) {
	var ue *Error
	if errors.As(err, &ue) {
		return ue.Message, true
	}
	return "Something went wrong on my side and nothing was changed. The error is logged; please try again.", false
}
