"""This file implements the network poller: goroutines parked on file-descriptor readiness (with deadlines), built on selectors, plus the wake-up channel helper threads use.

Invariants:
  1. _waiters maps (fd, mode) to the one G parked waiting for that readiness; the
     selector's registration for fd has exactly the events of fd's waiting modes.
  2. A G in _waiters is _Gwaiting with wait reason "IO wait".
  3. The wake socket is always registered; reading it only drains bytes.

Protocol of a wait (wait_read/wait_write): register the event, arm a deadline timer if
asked, gopark("IO wait"). Whoever comes first wakes the G: netpoll() finding the fd
ready (result True) or the deadline timer (result False); both remove the
registration and disarm the other. set_deadline re-arms the timer of a parked G (or
wakes it with False when the new deadline has passed); the caller, seeing False,
checks its deadline again and waits anew when it was moved later. Gs parked here keep the program alive: deadlock is
never declared while one waits (as in Go, where the netpoller's M is blocked).
"""

from gopherpy.runtime import proc
from gopherpy.runtime import sigqueue as _sigq

# selectors.EVENT_READ and EVENT_WRITE: the module (~1 ms of start-up) is imported by
# _init, when a goroutine first waits on a descriptor or g0 first sleeps in netpoll
MODE_READ = 1
MODE_WRITE = 2

_sel = None
_wake_r = _wake_w = None
_waiters = {}       # (fd, mode) -> G
_events = {}        # fd -> registered event mask


def reset():
    """Fresh poller state for a new run_main (the selector and wake socket are kept)."""
    _waiters.clear()
    for fd in list(_events):
        try:
            _sel.unregister(fd)
        except (KeyError, ValueError, OSError):
            pass
    _events.clear()


def _init():
    global _sel, _wake_r, _wake_w
    if _sel is None:
        import selectors
        import socket  # imported when first needed: it costs ~5 ms of start-up
        r, w = socket.socketpair()
        r.setblocking(False)
        w.setblocking(False)
        sel = selectors.DefaultSelector()
        sel.register(r, MODE_READ, None)
        # published last: another thread (a signal's netpoll_break) sees all or nothing
        _wake_r, _wake_w = r, w
        _sel = sel


def waiting():
    """Number of Gs parked on I/O."""
    return len(_waiters)


def netpoll_break():
    """Wake a netpoll blocked in select (safe from any thread)."""
    if _wake_w is None:
        _init()
    try:
        _wake_w.send(b"\0")
    except (BlockingIOError, OSError):
        pass


def _set_events(fd, ev):
    old = _events.get(fd, 0)
    if ev == old:
        return
    if old == 0:
        _sel.register(fd, ev, fd)
    elif ev == 0:
        _sel.unregister(fd)
    else:
        _sel.modify(fd, ev, fd)
    if ev:
        _events[fd] = ev
    else:
        _events.pop(fd, None)


def _wake(fd, mode, ok):
    gp = _waiters.pop((fd, mode), None)
    if gp is None:
        return
    _set_events(fd, _events.get(fd, 0) & ~mode)
    t = gp.timer
    if t is not None and t.arg is gp and t.f is _deadline_fired:
        t.delete()
    gp.param = ok
    proc.goready(gp, False)


def netpoll(timeout_ns):
    """Ready the Gs whose fds are ready or whose syscalls finished; block up to timeout_ns (None: forever)."""
    _init()
    timeout = None if timeout_ns is None else timeout_ns / 1e9
    if proc.sched.syscall_done:
        timeout = 0
    for key, ev in _sel.select(timeout):
        if key.data is None:
            try:
                while _wake_r.recv(4096):
                    pass
            except (BlockingIOError, OSError):
                pass
            continue
        fd = key.data
        for mode in (MODE_READ, MODE_WRITE):
            if ev & mode:
                _wake(fd, mode, True)
    if proc.sched.syscall_done:
        proc.exitsyscall_ready()
    if _sigq.pending:
        _sigq.deliver()


def _deadline_fired(gp, now):
    for (fd, mode), g in list(_waiters.items()):
        if g is gp:
            _waiters.pop((fd, mode))
            _set_events(fd, _events.get(fd, 0) & ~mode)
            gp.param = False
            proc.goready(gp, False)


def set_deadline(fd, mode, deadline_ns):
    """The deadline of the G parked on (fd, mode), if any, is now deadline_ns (None:
    none): its timer is re-armed, or it is woken with False when that time has passed."""
    gp = _waiters.get((fd, mode))
    if gp is None:
        return
    t = gp.timer
    if t is not None and t.arg is gp and t.f is _deadline_fired:
        t.delete()
        gp.timer = None
    if deadline_ns is None:
        return
    if deadline_ns <= proc.sched.clock.now():
        _wake(fd, mode, False)
        return
    from gopherpy.runtime import timer
    t = timer.Timer(_deadline_fired, gp)
    gp.timer = t
    t.add(deadline_ns)


def _wait(fd, mode, deadline_ns):
    if hasattr(fd, "fileno"):
        fd = fd.fileno()
    _init()
    if (fd, mode) in _waiters:
        proc.fatal("netpoll: two goroutines waiting for the same fd and mode")
    gp = proc.sched.curg
    if deadline_ns is not None and deadline_ns <= proc.sched.clock.now():
        return False
    _waiters[(fd, mode)] = gp
    _set_events(fd, _events.get(fd, 0) | mode)
    if deadline_ns is not None:
        from gopherpy.runtime import timer
        t = timer.Timer(_deadline_fired, gp)
        gp.timer = t
        t.add(deadline_ns)
    proc.gopark("IO wait")
    ok = gp.param
    gp.param = None
    t = gp.timer
    if t is not None and t.f is _deadline_fired:
        gp.timer = None
    return ok


def wait_read(fd, deadline_ns=None):
    """Park until fd (int or object with fileno()) is readable; False if deadline_ns (monotonic) passed first."""
    return _wait(fd, MODE_READ, deadline_ns)


def wait_write(fd, deadline_ns=None):
    """Park until fd is writable; False if the deadline passed first."""
    return _wait(fd, MODE_WRITE, deadline_ns)


def evict(fd):
    """fd is being closed: wake its waiters with False (Go's netpollunblock on close)."""
    if hasattr(fd, "fileno"):
        fd = fd.fileno()
    for mode in (MODE_READ, MODE_WRITE):
        _wake(fd, mode, False)
