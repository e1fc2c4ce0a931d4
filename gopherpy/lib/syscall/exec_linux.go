// This file declares what os.StartProcess and os.Process need of package syscall:
// the attributes of a new process, wait statuses and resource usage (Linux's).
// (gopherpy: added by the libflagre engineer for os/exec.)

package syscall

// Credential holds user and group identities to be assumed by a child process.
type Credential struct {
	Uid         uint32   // User ID.
	Gid         uint32   // Group ID.
	Groups      []uint32 // Supplementary group IDs.
	NoSetGroups bool     // If true, don't set supplementary groups
}

// SysProcAttr holds the Linux-specific attributes of a new process.
// gopherpy honours Setsid, Setpgid/Pgid and Credential (Uid, Gid, Groups); the
// other fields are accepted and ignored.
type SysProcAttr struct {
	Chroot     string      // Chroot.
	Credential *Credential // Credential.
	Ptrace     bool        // Enable tracing.
	Setsid     bool        // Create session.
	Setpgid    bool        // Set process group ID to Pgid, or, if Pgid == 0, to the new process's PID.
	Setctty    bool        // Set controlling terminal to fd Ctty
	Noctty     bool        // Detach fd 0 from controlling terminal.
	Ctty       int         // Controlling TTY fd
	Foreground bool        // Place child's process group in foreground.
	Pgid       int         // Child's process group ID if Setpgid.
	Pdeathsig  Signal      // Signal that the process will get when its parent dies
	PidFD      *int        // If not nil, a pidfd is stored here (gopherpy: -1)
}

// WaitStatus is the status word wait4 reports: the exit code in bits 8-15 when
// the low 7 bits are 0, a terminating signal in the low 7 bits (bit 7: core
// dumped), 0x7f in the low byte for a stopped process, 0xffff for a continued one.
type WaitStatus uint32

const (
	wsMask    = 0x7F
	wsCore    = 0x80
	wsShift   = 8
	wsStopped = 0x7F
	wsExited  = 0x00
)

func (w WaitStatus) Exited() bool    { return w&wsMask == wsExited }
func (w WaitStatus) Signaled() bool  { return w&wsMask != wsStopped && w&wsMask != wsExited }
func (w WaitStatus) Stopped() bool   { return w&0xFF == wsStopped }
func (w WaitStatus) Continued() bool { return w == 0xFFFF }
func (w WaitStatus) CoreDump() bool  { return w.Signaled() && w&wsCore != 0 }

// ExitStatus returns the exit code, or -1 if the process did not exit.
func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>wsShift) & 0xFF
}

// Signal returns the terminating signal, or -1.
func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & wsMask)
}

// StopSignal returns the signal that stopped the process, or -1.
func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>wsShift) & 0xFF
}

// TrapCause returns the ptrace event of a SIGTRAP stop, or -1.
func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w>>wsShift) >> 8
}

// Timeval is a time in seconds and microseconds.
type Timeval struct {
	Sec  int64
	Usec int64
}

// Nano returns the time in nanoseconds.
func (tv *Timeval) Nano() int64 { return tv.Sec*1e9 + tv.Usec*1e3 }

// Unix returns the time in seconds and nanoseconds.
func (tv *Timeval) Unix() (sec int64, nsec int64) { return tv.Sec, tv.Usec * 1000 }

// Rusage is the resource usage getrusage(2) and wait4(2) report.
type Rusage struct {
	Utime    Timeval
	Stime    Timeval
	Maxrss   int64
	Ixrss    int64
	Idrss    int64
	Isrss    int64
	Minflt   int64
	Majflt   int64
	Nswap    int64
	Inblock  int64
	Oublock  int64
	Msgsnd   int64
	Msgrcv   int64
	Nsignals int64
	Nvcsw    int64
	Nivcsw   int64
}

// Getppid returns the parent's process id.
func Getppid() int

// Wait4 options.
const (
	WNOHANG    = 0x1
	WUNTRACED  = 0x2
	WEXITED    = 0x4
	WCONTINUED = 0x8
)
