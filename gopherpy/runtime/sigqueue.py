"""This file implements the runtime's side of os/signal (Go's sigqueue.go): signals caught by a handler are queued and handed to the Go thread through the netpoller.

Python runs signal handlers only on the process's main thread, and only it may
install them, while Go code runs on the driver's Go thread (M0). So:
  1. install() (the driver, on the main thread, before the Go thread starts) puts
     `_handler` on the signals os/signal can catch (SIGHUP, SIGINT, SIGTERM,
     SIGUSR1, SIGUSR2, SIGWINCH...);
  2. _handler runs on the main thread (interrupting its join of the Go thread): a
     signal nobody asked for (no Notify) takes the default action as Go's runtime
     would (the process dies by that signal; ignored ones are dropped); a wanted
     one is appended to `pending` and the netpoller is woken (netpoll_break);
  3. on the Go thread, findrunnable sees `pending` and calls deliver(), which hands
     each signal to `deliver_hook` (os/signal's non-blocking sends to the channels
     registered for it).
While any signal is wanted, an idle scheduler waits in the netpoller instead of
declaring deadlock (a goroutine blocked on a Notify channel can still be woken).

Invariants: `wanted[sig] > 0` exactly for the signals some channel is registered
for; `pending` only holds signals that were wanted when they arrived.
"""

import os
from collections import deque

# _signal is the C module under Python's signal.py, which converts every constant and
# handler into enums at import (a sixth of gopherpy's own start-up work for hello.go)
import _signal as signal

CATCHABLE = (signal.SIGHUP, signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGUSR2,
             signal.SIGWINCH, signal.SIGALRM, signal.SIGCHLD, signal.SIGCONT, signal.SIGURG,
             signal.SIGIO, signal.SIGPIPE, signal.SIGTSTP, signal.SIGTTIN, signal.SIGTTOU,
             signal.SIGVTALRM, signal.SIGPROF, signal.SIGXCPU, signal.SIGXFSZ, signal.SIGQUIT)

# Signals Go's runtime ignores when nobody asked for them (the rest kill the process).
_DEFAULT_IGNORED = {signal.SIGCHLD, signal.SIGURG, signal.SIGWINCH, signal.SIGCONT, signal.SIGPIPE,
                    signal.SIGPROF, signal.SIGIO}

pending = deque()
wanted = {}            # signum -> number of registrations
ignored = set()        # signal.Ignore'd
deliver_hook = None    # set by os/signal's native: f(signum)
installed = [False]


def nwanted():
    return len(wanted)


handled = [0]          # signals _handler has run for (kill_self waits on it)


def _handler(signum, frame):
    handled[0] += 1
    if wanted.get(signum):
        pending.append(signum)
        from gopherpy.runtime import netpoll
        netpoll.netpoll_break()
        return
    if signum in ignored or signum in _DEFAULT_IGNORED:
        return
    # Go's default: the program exits by the signal (dieFromSignal).
    import sys
    try:
        sys.stdout.flush()
    except Exception:
        pass
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def install():
    """Put the forwarding handler on the catchable signals (main thread only)."""
    import threading
    if installed[0] or threading.current_thread() is not threading.main_thread():
        return
    for s in CATCHABLE:
        try:
            if signal.getsignal(s) in (signal.SIG_IGN,) and s != signal.SIGPIPE:
                continue   # ignored by the parent (nohup): Go keeps it ignored too
            if s in (signal.SIGPIPE, signal.SIGQUIT):
                continue   # leave Python's/the OS's handling: writes report EPIPE, SIGQUIT dumps core
            signal.signal(s, _handler)
        except (OSError, ValueError):
            pass
    installed[0] = True


def kill_self(signum):
    """syscall.Kill(Getpid(), sig): like a kill to oneself in Go, the signal is handled
    before the call returns (here: the main thread's handler has run), so what the
    program does next sees it."""
    import time
    before = handled[0]
    os.kill(os.getpid(), signum)
    if not installed[0] or signal.getsignal(signum) is not _handler:
        return
    deadline = time.monotonic() + 2.0
    while handled[0] == before and time.monotonic() < deadline:
        time.sleep(0.0005)


def deliver():
    """On the Go thread: hand every pending signal to os/signal."""
    while pending:
        s = pending.popleft()
        if deliver_hook is not None and wanted.get(s):
            deliver_hook(s)
