// This file implements processes: StartProcess, FindProcess, Process (Signal,
// Kill, Wait, Release) and ProcessState, Linux's way (a started or found process
// behaves as Go's pidfd-backed one). Wait runs wait4 on a runtime helper thread,
// so other goroutines keep running while it blocks.
// (gopherpy: added by the libflagre engineer for os/exec.)

package os

import (
	"errors"
	"syscall"
	"time"
)

var (
	errProcessReleased = errors.New("os: process already released")
	// ErrNoHandle is returned by Process.WithHandle when the process has no handle.
	ErrNoHandle = errors.New("os: process handle unavailable")
)

// The life of a Process (its state field).
const (
	procRunning  = iota // not yet waited for
	procDone            // Wait succeeded, or found already finished
	procReleased        // Release called before the process was done
)

// A Process is a child started by StartProcess or a process FindProcess found.
type Process struct {
	Pid    int
	state  int
	handle bool // started or found alive: behaves as Go's pidfd-backed Process
}

// ProcAttr describes the process StartProcess creates.
type ProcAttr struct {
	// Dir is the working directory of the child; "" means the caller's.
	Dir string
	// Env is the child's environment ("key=value" strings); nil means the
	// caller's (Environ()).
	Env []string
	// Files are the child's open files: index i becomes descriptor i; nil entries
	// are closed in the child (gopherpy: descriptors 0-2 get /dev/null instead).
	Files []*File
	// Sys holds operating-system-specific attributes.
	Sys *syscall.SysProcAttr
}

// forkExec starts name with argv in dir with env and descriptor map fds (-1:
// none): (pid, errno). A nil env means the caller's environment.
func forkExec(name string, argv []string, dir string, env []string, fds []int,
	setsid bool, pgid int, cred bool, uid, gid int, groups []int) (pid int, errno int)

// StartProcess runs the program name (relative to attr.Dir when relative)
// with argument vector argv in a new process; errors are *PathError. Package
// os/exec is the friendlier way.
func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error) {
	if attr == nil {
		attr = &ProcAttr{}
	}
	if attr.Sys == nil && attr.Dir != "" {
		if _, err := Stat(attr.Dir); err != nil {
			pe := err.(*PathError)
			pe.Op = "chdir"
			return nil, pe
		}
	}
	fds := make([]int, len(attr.Files))
	for i, f := range attr.Files {
		fds[i] = -1
		if f != nil {
			fds[i] = int(f.Fd())
		}
	}
	env := attr.Env
	if env == nil {
		env = Environ()
	}
	setsid, pgid, cred, uid, gid := false, -1, false, -1, -1
	var groups []int
	if s := attr.Sys; s != nil {
		setsid = s.Setsid
		if s.Setpgid {
			pgid = s.Pgid
		}
		if c := s.Credential; c != nil {
			cred, uid, gid = true, int(c.Uid), int(c.Gid)
			if !c.NoSetGroups {
				groups = []int{}
				for _, g := range c.Groups {
					groups = append(groups, int(g))
				}
			}
		}
		if s.PidFD != nil {
			*s.PidFD = -1
		}
	}
	pid, e := forkExec(name, argv, attr.Dir, env, fds, setsid, pgid, cred, uid, gid, groups)
	if e != 0 {
		return nil, &PathError{Op: "fork/exec", Path: name, Err: errnoErr(e)}
	}
	return &Process{Pid: pid, handle: true}, nil
}

func procExists(pid int) bool

// FindProcess returns a Process for pid; it never fails here, but a process
// that is gone gives one whose Signal and Wait say so.
func FindProcess(pid int) (*Process, error) {
	if pid > 0 && !procExists(pid) {
		return &Process{Pid: pid, state: procDone}, nil
	}
	return &Process{Pid: pid, handle: true}, nil
}

// Release gives p up without waiting for it; p is unusable afterwards.
func (p *Process) Release() error {
	p.Pid = -1
	if p.state == procRunning {
		p.state = procReleased
	}
	return nil
}

// Kill sends SIGKILL to the process and returns without waiting.
func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal sends sig (a syscall.Signal) to the process.
func (p *Process) Signal(sig Signal) error {
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	if !p.handle {
		if p.Pid == -1 {
			return errProcessReleased
		}
		if p.Pid == 0 {
			return errors.New("os: process not initialized")
		}
	}
	switch p.state {
	case procDone:
		return ErrProcessDone
	case procReleased:
		return errProcessReleased
	}
	if err := syscall.Kill(p.Pid, s); err != nil {
		if err == syscall.ESRCH {
			return ErrProcessDone
		}
		return err
	}
	return nil
}

// WithHandle calls f with the process's handle. gopherpy keeps no pidfd, so it
// reports ErrNoHandle, as Go does on systems without one.
func (p *Process) WithHandle(f func(handle uintptr)) error { return ErrNoHandle }

func wait4(pid int, ru *syscall.Rusage) (wpid int, status uint32, errno int)

// Wait blocks until the child exits, reaps it and reports how it ended; it
// fails for processes that are not our children.
func (p *Process) Wait() (*ProcessState, error) {
	call := "wait"
	if p.handle {
		switch p.state {
		case procDone:
			return nil, NewSyscallError("wait", syscall.ECHILD)
		case procReleased:
			return nil, syscall.EINVAL
		}
		call = "waitid"
	} else if p.state == procReleased {
		return nil, syscall.EINVAL
	}
	ru := new(syscall.Rusage)
	pid, status, e := wait4(p.Pid, ru)
	if e != 0 {
		return nil, NewSyscallError(call, errnoErr(e))
	}
	if p.state == procRunning {
		p.state = procDone
	}
	return &ProcessState{pid: pid, status: syscall.WaitStatus(status), rusage: ru}, nil
}

// ProcessState is how a process ended, from Wait.
type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

// Pid returns the process id.
func (p *ProcessState) Pid() int { return p.pid }

// Exited reports whether the process exited by itself (not by a signal).
func (p *ProcessState) Exited() bool { return p.status.Exited() }

// Success reports whether the exit status was 0.
func (p *ProcessState) Success() bool { return p.status.ExitStatus() == 0 }

// Sys returns the syscall.WaitStatus of the process.
func (p *ProcessState) Sys() any { return p.status }

// SysUsage returns the *syscall.Rusage of the exited process.
func (p *ProcessState) SysUsage() any { return p.rusage }

// UserTime returns the user CPU time of the exited process and its children.
func (p *ProcessState) UserTime() time.Duration { return time.Duration(p.rusage.Utime.Nano()) }

// SystemTime returns the system CPU time of the exited process and its children.
func (p *ProcessState) SystemTime() time.Duration { return time.Duration(p.rusage.Stime.Nano()) }

// ExitCode returns the exit status, or -1 when the process did not exit by
// itself (or p is nil).
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.status.ExitStatus()
}

// String describes the end of the process: "exit status 1", "signal: killed",
// "stop signal: ...", "continued", with " (core dumped)" when there is a core.
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	st := p.status
	s := ""
	switch {
	case st.Exited():
		s = "exit status " + itoa(st.ExitStatus())
	case st.Signaled():
		s = "signal: " + st.Signal().String()
	case st.Stopped():
		s = "stop signal: " + st.StopSignal().String()
		if st.StopSignal() == syscall.SIGTRAP && st.TrapCause() != 0 {
			s += " (trap " + itoa(st.TrapCause()) + ")"
		}
	case st.Continued():
		s = "continued"
	}
	if st.CoreDump() {
		s += " (core dumped)"
	}
	return s
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}
