// This file implements Pipe and the I/O of pollable files: descriptors in
// non-blocking mode whose reads and writes park the goroutine on the runtime's
// netpoller (as Go's kindPipe files do) instead of blocking a thread.
// (gopherpy: added by the libflagre engineer for os/exec.)

package os

import "io"

// Pipe creates a pipe: what is written to w can be read from r.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, e := sysPipe()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", errnoErr(e))
	}
	r = &File{fd: rfd, name: "|0", pollable: true}
	w = &File{fd: wfd, name: "|1", pollable: true}
	return r, w, nil
}

// Results of pollIO besides an errno.
const (
	pollClosed  = -1 // the file was closed while the goroutine waited
	pollTimeout = -2 // the deadline passed
)

func sysPipe() (r, w int, errno int)
func setBlocking(fd int)
func pollEvict(fd int)
func deadlineFromNow(d int64) int64

// pollIO reads into b (write false) or writes all of b, parking on the
// netpoller while the descriptor is not ready: (bytes moved, 0 or an errno or
// pollClosed or pollTimeout).
func pollIO(f *File, b []byte, write bool, deadline int64) (n int, code int)

func (f *File) pollErr(op string, code int) error {
	switch code {
	case 0:
		return nil
	case pollClosed:
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	case pollTimeout:
		return &PathError{Op: op, Path: f.name, Err: ErrDeadlineExceeded}
	}
	return &PathError{Op: op, Path: f.name, Err: errnoErr(code)}
}

func (f *File) pollRead(b []byte) (int, error) {
	n, code := pollIO(f, b, false, f.rdeadline)
	if code != 0 {
		return 0, f.pollErr("read", code)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) pollWrite(b []byte) (int, error) {
	n, code := pollIO(f, b, true, f.wdeadline)
	return n, f.pollErr("write", code)
}
