// Package os provides a platform-independent interface to operating system functionality.
//
// gopherpy: the system calls are natives (native.py, through Python's os
// module); files, errors, directories, environment and paths are Go. A failed
// system call's error is the C library's errno as a syscall-style Errno value
// (errnoErr). Processes: exec.go (Popen starts them, wait4 reaps them). Partial: os.Root,
// File.SyscallConn, deadlines of files other than pipes (they report ErrNoDeadline);
// FileInfo.Sys returns nil.
package os

import (
	"errors"
	"io/fs"
	"syscall"
)

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"

	ErrNoDeadline  = errors.New("file type does not support deadline")
	ErrProcessDone = errors.New("os: process already finished")
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. If err is nil, NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// LinkError records an error during a link or symlink or rename system call
// and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// errnoErr is the error of a failed system call (errno e != 0).
func errnoErr(e int) error { return syscall.Errno(e) }

// Errno numbers the Go code tests for (Linux values).
const (
	eNOENT   = 2
	eEXIST   = 17
	eNOTDIR  = 20
	eISDIR   = 21
	eINVAL   = 22
	eNOTEMPTY = 39
)

// IsExist returns a boolean indicating whether its argument is known to
// report that a file or directory already exists. It is satisfied by ErrExist
// as well as some syscall errors. This function predates errors.Is: it only
// looks inside *PathError, *LinkError and *SyscallError.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist returns a boolean indicating whether its argument is known to
// report that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission returns a boolean indicating whether its argument is known to
// report that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout returns a boolean indicating whether its argument is known to
// report that a timeout occurred.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(interface{ Is(error) bool })
	return ok && e.Is(target)
}

func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}
