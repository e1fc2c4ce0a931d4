// This file declares os.ErrDeadlineExceeded, the error of I/O past a deadline.
// (gopherpy: added by the goroutine-runtime engineer for net's deadlines.)

package os

// ErrDeadlineExceeded is returned for an expired deadline.
var ErrDeadlineExceeded error = &deadlineExceededError{}

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }
