// This file implements io.Pipe: a synchronous in-memory pipe between goroutines.
// (gopherpy: written for the goroutine runtime's issue; Go code over channels.)

package io

import (
	"errors"
	"sync"
)

// ErrClosedPipe is the error used for read or write operations on a closed pipe.
var ErrClosedPipe = errors.New("io: read/write on closed pipe")

// pipe is the shared state: a write hands its bytes to readers over data and
// waits for the count consumed on taken; closed is closed by either side's Close.
type pipe struct {
	wmu    sync.Mutex // one Write at a time hands its bytes over
	data   chan []byte
	taken  chan int
	once   sync.Once
	closed chan struct{}
	rerr   error // set by the reader's close: what writes return
	werr   error // set by the writer's close: what reads return
	emu    sync.Mutex
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.closed:
		return 0, p.readErr()
	default:
	}
	select {
	case bw := <-p.data:
		n := copy(b, bw)
		p.taken <- n
		return n, nil
	case <-p.closed:
		return 0, p.readErr()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.closed:
		return 0, p.writeErr()
	default:
		p.wmu.Lock()
		defer p.wmu.Unlock()
	}
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.data <- b:
			k := <-p.taken
			b = b[k:]
			n += k
		case <-p.closed:
			return n, p.writeErr()
		}
	}
	return n, nil
}

// readErr is what a read on the closed pipe returns: the writer's close error,
// unless the reader closed its side itself.
func (p *pipe) readErr() error {
	p.emu.Lock()
	defer p.emu.Unlock()
	if p.rerr == nil && p.werr != nil {
		return p.werr
	}
	return ErrClosedPipe
}

func (p *pipe) writeErr() error {
	p.emu.Lock()
	defer p.emu.Unlock()
	if p.werr == nil && p.rerr != nil {
		return p.rerr
	}
	return ErrClosedPipe
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.emu.Lock()
	if p.rerr == nil {
		p.rerr = err
	}
	p.emu.Unlock()
	p.once.Do(func() { close(p.closed) })
	return nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.emu.Lock()
	if p.werr == nil {
		p.werr = err
	}
	p.emu.Unlock()
	p.once.Do(func() { close(p.closed) })
	return nil
}

// A PipeReader is the read half of a pipe.
type PipeReader struct{ p *pipe }

// Read reads data from the pipe, blocking until a writer arrives or the write end
// is closed. If the write end is closed with an error, that error is returned as
// err; otherwise err is EOF.
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.p.read(data) }

// Close closes the reader; subsequent writes to the write half of the pipe will
// return the error ErrClosedPipe.
func (r *PipeReader) Close() error { return r.p.closeRead(nil) }

// CloseWithError closes the reader; subsequent writes to the write half of the
// pipe will return the error err. It never overwrites a previous error.
func (r *PipeReader) CloseWithError(err error) error { return r.p.closeRead(err) }

// A PipeWriter is the write half of a pipe.
type PipeWriter struct{ p *pipe }

// Write writes data to the pipe, blocking until one or more readers have consumed
// all the data or the read end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.p.write(data) }

// Close closes the writer; subsequent reads from the read half of the pipe will
// return no bytes and EOF.
func (w *PipeWriter) Close() error { return w.p.closeWrite(nil) }

// CloseWithError closes the writer; subsequent reads from the read half of the
// pipe will return no bytes and the error err, or EOF if err is nil.
func (w *PipeWriter) CloseWithError(err error) error { return w.p.closeWrite(err) }

// Pipe creates a synchronous in-memory pipe. Reads and Writes on the pipe are
// matched one to one except when multiple Reads are needed to consume a single
// Write.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{data: make(chan []byte), taken: make(chan int), closed: make(chan struct{})}
	return &PipeReader{p}, &PipeWriter{p}
}
