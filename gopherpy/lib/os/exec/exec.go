// Package exec starts other programs (no shell is involved) with the
// standard streams, environment and directory a Cmd describes, on top of
// os.StartProcess.
//
// gopherpy: written in Go from the documented API and go1.27's behaviour. A Cmd's
// Stdin/Stdout/Stderr that are not *os.File are fed through os.Pipe by
// goroutines that park on the netpoller; Wait reaps the child on a runtime
// helper thread (os.Process.Wait), so other goroutines keep running.
package exec

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Error is LookPath's error: the name looked up and why it is not a usable
// executable.
type Error struct {
	Name string // the name given to LookPath
	Err  error  // the cause
}

func (e *Error) Error() string { return "exec: " + strconv.Quote(e.Name) + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// ErrWaitDelay is Wait's error when the process exited successfully but its
// output pipes stayed open longer than WaitDelay.
var ErrWaitDelay = errors.New("exec: WaitDelay expired before I/O complete")

// prefixedError is an error with a fixed prefix that unwraps to its cause.
type prefixedError struct {
	prefix string
	err    error
}

func (e prefixedError) Error() string { return e.prefix + ": " + e.err.Error() }
func (e prefixedError) Unwrap() error { return e.err }

// Cmd is one run of a program: set its fields, then Start (or Run, Output,
// CombinedOutput) once.
type Cmd struct {
	// Path names the program (relative to Dir when relative); Command sets it
	// from a $PATH lookup.
	Path string

	// Args is the argument vector with the program's name first; empty means
	// just Path.
	Args []string

	// Env is the child's environment as "key=value" strings (nil: ours); of
	// repeated keys the last one counts.
	Env []string

	// Dir is the child's working directory ("" : ours).
	Dir string

	// Stdin feeds the child's standard input: nil means the null device, an
	// *os.File is handed over as it is, any other Reader is copied into a pipe by
	// a goroutine that Wait waits for.
	Stdin io.Reader

	// Stdout and Stderr receive the child's output the same way (nil: the
	// null device; an *os.File directly; other Writers through a pipe and a
	// goroutine). When they are the same writer the child gets one pipe for both.
	Stdout io.Writer
	Stderr io.Writer

	// ExtraFiles are more descriptors for the child: entry i becomes its fd 3+i.
	ExtraFiles []*os.File

	// SysProcAttr holds Linux-specific attributes (see syscall.SysProcAttr).
	SysProcAttr *syscall.SysProcAttr

	// Process is set by Start.
	Process *os.Process

	// ProcessState is set by Wait: how the child ended.
	ProcessState *os.ProcessState

	// Err holds the error of the LookPath Command made, if any; Start reports it.
	Err error

	// Cancel, for a Cmd made by CommandContext, is called when the context is
	// done before the command finishes (default: Process.Kill). Its error, unless
	// os.ErrProcessDone, is what Wait reports after a successful exit.
	Cancel func() error

	// WaitDelay bounds the time Wait spends after the context is done (before
	// killing the process) and after the process exits (before closing the I/O
	// pipes): zero means no bound.
	WaitDelay time.Duration

	ctx          context.Context
	started      bool
	childFiles   []io.Closer     // the child's ends: closed by Start
	parentPipes  []io.Closer     // our ends: closed by Wait
	copiers      []func() error  // goroutines to start: copying Stdin/Stdout/Stderr
	copyDone     <-chan error    // the first error of the copiers, once all ended
	ctxDone      <-chan ctxResult // what the context watcher found
}

// ctxResult is what the context watcher hands Wait: the error to report and
// the WaitDelay timer it started, if any.
type ctxResult struct {
	err   error
	timer *time.Timer
}

// Command returns the Cmd to execute the named program with the given
// arguments. A name without path separators is looked up with LookPath; its
// error is kept in Err.
func Command(name string, arg ...string) *Cmd {
	c := &Cmd{Path: name, Args: append([]string{name}, arg...)}
	if filepath.Base(name) == name {
		lp, err := LookPath(name)
		if lp != "" {
			c.Path = lp
		}
		if err != nil {
			c.Err = err
		}
	}
	return c
}

// CommandContext is like Command but includes a context: when it is done
// before the command completes, Cancel (Process.Kill) is called.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	if ctx == nil {
		panic("nil Context")
	}
	c := Command(name, arg...)
	c.ctx = ctx
	c.Cancel = func() error { return c.Process.Kill() }
	return c
}

// String returns a human-readable description of c: the path and arguments
// (the arguments alone when the lookup failed).
func (c *Cmd) String() string {
	if c.Err != nil {
		return strings.Join(c.Args, " ")
	}
	var b strings.Builder
	b.WriteString(c.Path)
	for _, a := range c.argv()[1:] {
		b.WriteByte(' ')
		b.WriteString(a)
	}
	return b.String()
}

func (c *Cmd) argv() []string {
	if len(c.Args) > 0 {
		return c.Args
	}
	return []string{c.Path}
}

// sameWriter reports whether a == b, false when the dynamic type is not comparable.
func sameWriter(a, b any) (same bool) {
	defer func() { recover() }()
	return a == b
}

// stdinFile returns the child's descriptor 0 for c.Stdin.
func (c *Cmd) stdinFile() (*os.File, error) {
	if c.Stdin == nil {
		f, err := os.Open(os.DevNull)
		if err != nil {
			return nil, err
		}
		c.childFiles = append(c.childFiles, f)
		return f, nil
	}
	if f, ok := c.Stdin.(*os.File); ok {
		return f, nil
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.childFiles = append(c.childFiles, r)
	c.parentPipes = append(c.parentPipes, w)
	src := c.Stdin
	c.copiers = append(c.copiers, func() error {
		_, err := io.Copy(w, src)
		if pe, ok := err.(*fs.PathError); ok && pe.Op == "write" && pe.Path == "|1" && pe.Err == syscall.EPIPE {
			err = nil // the child stopped reading: not an error of the command
		}
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		return err
	})
	return r, nil
}

// outFile returns the child's descriptor for an output writer.
func (c *Cmd) outFile(dst io.Writer) (*os.File, error) {
	if dst == nil {
		f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		c.childFiles = append(c.childFiles, f)
		return f, nil
	}
	if f, ok := dst.(*os.File); ok {
		return f, nil
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.childFiles = append(c.childFiles, w)
	c.parentPipes = append(c.parentPipes, r)
	c.copiers = append(c.copiers, func() error {
		_, err := io.Copy(dst, r)
		r.Close() // the copy may have stopped at a write error
		return err
	})
	return w, nil
}

func closeAll(cs []io.Closer) {
	for _, c := range cs {
		c.Close()
	}
}

// Run is Start followed by Wait.
func (c *Cmd) Run() error {
	if err := c.Start(); err != nil {
		return err
	}
	return c.Wait()
}

// Start launches the child and returns at once; Wait must follow a
// successful Start.
func (c *Cmd) Start() (err error) {
	if c.started {
		return errors.New("exec: already started")
	}
	c.started = true
	defer func() {
		closeAll(c.childFiles)
		c.childFiles = nil
		if err != nil {
			closeAll(c.parentPipes)
			c.parentPipes = nil
			c.copiers = nil
		}
	}()
	if c.Path == "" && c.Err == nil {
		c.Err = errors.New("exec: no command")
	}
	if c.Err != nil {
		return c.Err
	}
	if c.Cancel != nil && c.ctx == nil {
		return errors.New("exec: command with a non-nil Cancel was not created with CommandContext")
	}
	if c.ctx != nil {
		select {
		case <-c.ctx.Done():
			return c.ctx.Err()
		default:
		}
	}
	stdin, err := c.stdinFile()
	if err != nil {
		return err
	}
	stdout, err := c.outFile(c.Stdout)
	if err != nil {
		return err
	}
	stderr := stdout
	if c.Stderr == nil || !sameWriter(c.Stderr, c.Stdout) {
		if stderr, err = c.outFile(c.Stderr); err != nil {
			return err
		}
	}
	files := append([]*os.File{stdin, stdout, stderr}, c.ExtraFiles...)
	env, err := c.environ()
	if err != nil {
		return err
	}
	c.Process, err = os.StartProcess(c.Path, c.argv(), &os.ProcAttr{
		Dir: c.Dir, Files: files, Env: env, Sys: c.SysProcAttr,
	})
	if err != nil {
		return err
	}
	if n := len(c.copiers); n > 0 {
		// Each copier reports to errs; the collector hands Wait the first error
		// once all have ended.
		errs := make(chan error, n)
		done := make(chan error, 1)
		for _, fn := range c.copiers {
			go func(fn func() error) { errs <- fn() }(fn)
		}
		go func() {
			var first error
			for i := 0; i < n; i++ {
				if err := <-errs; first == nil {
					first = err
				}
			}
			done <- first
		}()
		c.copyDone = done
		c.copiers = nil
	}
	if c.ctx != nil && (c.Cancel != nil || c.WaitDelay != 0) && c.ctx.Done() != nil {
		res := make(chan ctxResult)
		c.ctxDone = res
		go c.watchContext(res)
	}
	return nil
}

// watchContext waits for Wait (which receives from res) or the context. When
// the context is done first it cancels the command, then, with a WaitDelay,
// kills it and closes the pipes if Wait has not come within the delay.
func (c *Cmd) watchContext(res chan<- ctxResult) {
	select {
	case res <- ctxResult{}:
		return
	case <-c.ctx.Done():
	}
	var err error
	if c.Cancel != nil {
		cerr := c.Cancel()
		switch {
		case cerr == nil:
			err = c.ctx.Err()
		case errors.Is(cerr, os.ErrProcessDone):
			// it exited on its own: nothing to report
		default:
			err = prefixedError{"exec: canceling Cmd", cerr}
		}
	}
	if c.WaitDelay == 0 {
		res <- ctxResult{err: err}
		return
	}
	t := time.NewTimer(c.WaitDelay)
	select {
	case res <- ctxResult{err: err, timer: t}:
		return
	case <-t.C:
	}
	killed := false
	if kerr := c.Process.Kill(); kerr == nil {
		killed = true
	} else if !errors.Is(kerr, os.ErrProcessDone) {
		err = prefixedError{"exec: killing Cmd", kerr}
	}
	if c.copyDone != nil {
		select {
		case cerr := <-c.copyDone:
			if err == nil && !killed {
				err = cerr
			}
		default:
			closeAll(c.parentPipes) // unblock the copiers
			<-c.copyDone
			if err == nil {
				err = ErrWaitDelay
			}
		}
		c.copyDone = nil
	}
	res <- ctxResult{err: err}
}

// An ExitError is the error of a command that ran but did not exit with status 0.
type ExitError struct {
	*os.ProcessState

	// Stderr holds the start and end of the child's standard error when Output
	// collected it (Cmd.Stderr was nil).
	Stderr []byte
}

func (e *ExitError) Error() string { return e.ProcessState.String() }

// Wait waits for the command to exit and for its I/O copying to complete;
// the command must have been started by Start. It then releases the Cmd's
// resources. The error is an *ExitError for an unsuccessful exit, else the
// context's or a copy's error.
func (c *Cmd) Wait() error {
	if c.Process == nil {
		return errors.New("exec: not started")
	}
	if c.ProcessState != nil {
		return errors.New("exec: Wait was already called")
	}
	st, err := c.Process.Wait()
	if err == nil && !st.Success() {
		err = &ExitError{ProcessState: st}
	}
	c.ProcessState = st
	var timer *time.Timer
	if c.ctxDone != nil {
		r := <-c.ctxDone
		timer = r.timer
		if err == nil {
			err = r.err
		}
	}
	if cerr := c.awaitCopies(timer); err == nil {
		err = cerr
	}
	closeAll(c.parentPipes)
	c.parentPipes = nil
	return err
}

// awaitCopies waits for the copying goroutines, for at most WaitDelay (on the
// watcher's timer when it started one); at the deadline the pipes are closed.
func (c *Cmd) awaitCopies(timer *time.Timer) error {
	done := c.copyDone
	c.copyDone = nil
	if timer != nil {
		defer timer.Stop()
	}
	if done == nil {
		return nil
	}
	if timer == nil {
		if c.WaitDelay == 0 {
			return <-done
		}
		select {
		case err := <-done:
			return err
		default:
		}
		timer = time.NewTimer(c.WaitDelay)
		defer timer.Stop()
	}
	select {
	case err := <-done:
		return err
	case <-timer.C:
		closeAll(c.parentPipes)
		<-done
		return ErrWaitDelay
	}
}

// Output runs the command and returns its standard output. When c.Stderr was
// nil, an *ExitError carries the start and the end of the standard error.
func (c *Cmd) Output() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	var out bytes.Buffer
	c.Stdout = &out
	var keep *headTail
	if c.Stderr == nil {
		keep = &headTail{max: 32 << 10}
		c.Stderr = keep
	}
	err := c.Run()
	if ee, ok := err.(*ExitError); ok && keep != nil {
		ee.Stderr = keep.Bytes()
	}
	return out.Bytes(), err
}

// CombinedOutput runs the command and returns its standard output and
// standard error together.
func (c *Cmd) CombinedOutput() ([]byte, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	var b bytes.Buffer
	c.Stdout = &b
	c.Stderr = &b
	err := c.Run()
	return b.Bytes(), err
}

// StdinPipe returns a pipe connected to the command's standard input. Wait
// closes it after the command exits; the caller may close it earlier to let
// the command see end of file.
func (c *Cmd) StdinPipe() (io.WriteCloser, error) {
	if c.Stdin != nil {
		return nil, errors.New("exec: Stdin already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdinPipe after process started")
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdin = r
	c.childFiles = append(c.childFiles, r)
	c.parentPipes = append(c.parentPipes, w)
	return w, nil
}

// StdoutPipe returns a pipe connected to the command's standard output. Wait
// closes it after the command exits, so all reads must be done before Wait.
func (c *Cmd) StdoutPipe() (io.ReadCloser, error) {
	if c.Stdout != nil {
		return nil, errors.New("exec: Stdout already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StdoutPipe after process started")
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stdout = w
	c.childFiles = append(c.childFiles, w)
	c.parentPipes = append(c.parentPipes, r)
	return r, nil
}

// StderrPipe returns a pipe connected to the command's standard error, closed
// by Wait like StdoutPipe's.
func (c *Cmd) StderrPipe() (io.ReadCloser, error) {
	if c.Stderr != nil {
		return nil, errors.New("exec: Stderr already set")
	}
	if c.Process != nil {
		return nil, errors.New("exec: StderrPipe after process started")
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c.Stderr = w
	c.childFiles = append(c.childFiles, w)
	c.parentPipes = append(c.parentPipes, r)
	return r, nil
}

// headTail keeps the first and the last max bytes written to it, and counts
// the bytes in between.
type headTail struct {
	max     int
	head    []byte
	tail    []byte // a ring once full; next write at pos
	pos     int
	dropped int64
}

func (h *headTail) Write(p []byte) (int, error) {
	n := len(p)
	if room := h.max - len(h.head); room > 0 {
		k := min(room, len(p))
		h.head = append(h.head, p[:k]...)
		p = p[k:]
	}
	if extra := len(p) - h.max; extra > 0 {
		p = p[extra:] // bytes that would only pass through the ring
		h.dropped += int64(extra)
	}
	if room := h.max - len(h.tail); room > 0 {
		k := min(room, len(p))
		h.tail = append(h.tail, p[:k]...)
		p = p[k:]
	}
	for len(p) > 0 {
		k := copy(h.tail[h.pos:], p)
		p = p[k:]
		h.dropped += int64(k)
		h.pos = (h.pos + k) % h.max
	}
	return n, nil
}

// Bytes returns the kept bytes, with a line saying how many were left out.
func (h *headTail) Bytes() []byte {
	if h.tail == nil {
		return h.head
	}
	if h.dropped == 0 {
		return append(h.head, h.tail...)
	}
	var b bytes.Buffer
	b.Write(h.head)
	b.WriteString("\n... omitting " + strconv.FormatInt(h.dropped, 10) + " bytes ...\n")
	b.Write(h.tail[h.pos:])
	b.Write(h.tail[:h.pos])
	return b.Bytes()
}

// environ returns the environment of the child: c.Env or the current one (with
// PWD set to Dir when Dir is given), duplicates removed.
func (c *Cmd) environ() ([]string, error) {
	var err error
	env := c.Env
	if env == nil {
		env = os.Environ()
		if c.Dir != "" {
			if abs, aerr := filepath.Abs(c.Dir); aerr == nil {
				env = append(env, "PWD="+abs)
			} else {
				err = aerr
			}
		}
	}
	env, derr := dedupEnv(env)
	if err == nil {
		err = derr
	}
	return env, err
}

// Environ returns a copy of the environment in which the command would run.
func (c *Cmd) Environ() []string {
	env, _ := c.environ()
	return env
}

// dedupEnv keeps the last "key=value" of each key, in the order of those last
// occurrences; entries without '=' are kept (empty ones dropped), entries with a
// NUL byte dropped with an error. The key of "=k=v" is "=k".
func dedupEnv(env []string) ([]string, error) {
	var err error
	key := func(kv string) (string, bool) {
		i := strings.IndexByte(kv, '=')
		if i == 0 {
			i = strings.IndexByte(kv[1:], '=') + 1
		}
		if i < 0 {
			return "", false
		}
		return kv[:i], true
	}
	last := make(map[string]int, len(env))
	for i, kv := range env {
		if k, ok := key(kv); ok && strings.IndexByte(kv, 0) < 0 {
			last[k] = i
		}
	}
	out := make([]string, 0, len(env))
	for i, kv := range env {
		if strings.IndexByte(kv, 0) >= 0 {
			err = errors.New("exec: environment variable contains NUL")
			continue
		}
		if k, ok := key(kv); ok {
			if last[k] == i {
				out = append(out, kv)
			}
		} else if kv != "" {
			out = append(out, kv)
		}
	}
	return out, err
}
