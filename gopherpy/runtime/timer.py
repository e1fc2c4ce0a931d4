"""This file implements the runtime's clocks and timers: per-P timer heaps, sleep, channel timers and tickers with Go 1.23 semantics, AfterFunc, and the fake clock.

Invariants (checked by check_invariants()):
  1. Every active timer t has exactly one heap entry (when, n, version, t) with
     version == t.version, in the heap of the P t.p; entries whose version differs
     are stale (lazy deletion) and are dropped when they reach the top.
  2. sched.ntimers == the number of active timers.
  3. A channel timer's channel (t.C) holds at most one value, and never a value from
     before the last Stop or Reset (Go 1.23: no stale values).

Clocks: RealClock reads the monotonic clock. FakeClock follows testing/synctest's
rule: time stands still while any goroutine can run, has I/O or a syscall in flight;
when every goroutine is durably blocked, g0 jumps the clock to the next timer. It
starts at 2000-01-01 00:00:00 UTC, as synctest's bubbles do.

Timer channels: Go 1.23 made them synchronous (cap and len report 0) and guarantees
that no value sent before Stop/Reset is received after it. We keep a one-slot buffer
that the firing timer fills (dropping the value if the slot is full, as tickers do)
and that Stop and Reset empty; chanlen/chancap report 0 for such channels. A value sitting
unreceived counts as not yet delivered: Stop/Reset then report true, as go1.27 does
(testdata/progs/timers123.go).
"""

import heapq
import time as _time

from gopherpy.runtime import proc

SYNCTEST_EPOCH_NS = 946684800 * 1_000_000_000


class RealClock:
    fake = False

    # The builtin itself (clock.now() calls C directly, no Python frame): the Mutex
    # reads the clock at every wait and wake-up.
    now = staticmethod(_time.monotonic_ns)

    def walltime(self):
        return _time.time_ns()

    def advance_to(self, t):  # pragma: no cover - never called for the real clock
        raise AssertionError("real clock cannot be advanced")


class FakeClock:
    """synctest-style fake time: advances only when all goroutines are durably blocked."""

    fake = True

    def __init__(self, start=SYNCTEST_EPOCH_NS):
        self.t = start

    def now(self):
        return self.t

    def walltime(self):
        return self.t

    def advance_to(self, t):
        if t > self.t:
            self.t = t


def nanotime():
    """Monotonic time in ns from the program's clock."""
    return proc.sched.clock.now()


def walltime():
    """Wall-clock time in ns since the Unix epoch (fake time under FakeClock)."""
    return proc.sched.clock.walltime()


class Timer:
    """A runtime timer: calls f(arg, now) at `when`, every `period` ns if period > 0."""

    __slots__ = ("when", "period", "f", "arg", "version", "active", "p", "C", "make_value")

    def __init__(self, f, arg, period=0):
        self.when = 0
        self.period = period
        self.f = f
        self.arg = arg
        self.version = 0
        self.active = False
        self.p = None
        self.C = None
        self.make_value = None

    # -- runtime operations ------------------------------------------------

    def add(self, when):
        """(Re)arm the timer for time `when` on the current P; returns whether it was active."""
        was = self.active
        if was:
            self.version += 1
        else:
            self.active = True
            proc.sched.ntimers += 1
        self.when = when
        if not proc.sched.running:
            early.append(self)      # armed outside run_main: run_main re-arms it
        p = proc.sched.curp
        self.p = p
        _counter[0] += 1
        heapq.heappush(p.timers, (when, _counter[0], self.version, self))
        return was

    def delete(self):
        """Disarm; returns whether the timer was active (had not fired)."""
        if not self.active:
            return False
        self.active = False
        self.version += 1
        proc.sched.ntimers -= 1
        return True

    # -- Go's time.Timer / time.Ticker methods -------------------------------

    def _stop_pending(self):
        # Go 1.23 channel timers: a value not yet received counts as not yet fired, so
        # an expired timer whose value sits unread is still "pending" (checked against
        # go1.27: NewTimer(1ms); Sleep(5ms); Stop() == true, and nothing stale after).
        pending = self.delete()
        c = self.C
        if c is not None:
            if c.buf:
                pending = True
            _drain(c)
        return pending

    def Stop(self):
        """time.Timer.Stop / Ticker.Stop: true if the call stopped the timer before its value was delivered."""
        return self._stop_pending()

    def Reset(self, d):
        """time.Timer.Reset: rearm to fire after d ns; returns what Stop would have."""
        pending = self._stop_pending()
        self.add(proc.sched.clock.now() + max(d, 0))
        return pending

    def ResetTicker(self, d):
        """time.Ticker.Reset: new period d (> 0), next tick d from now."""
        if d <= 0:
            proc.gopanic_string("non-positive interval for Ticker.Reset")
        self.delete()
        _drain(self.C)
        self.period = d
        self.add(proc.sched.clock.now() + d)


_counter = [0]
early = []      # timers armed while no run_main was running (see run_main)


def _drain(c):
    c.buf.clear()


def check_timers(p, now):
    """Run p's timers whose time has come (called by findrunnable on the Go thread)."""
    h = p.timers
    while h and h[0][0] <= now:
        when, _, version, t = heapq.heappop(h)
        if version != t.version or not t.active:
            continue
        if t.period > 0:
            t.version += 1
            nw = when + t.period * (1 + (now - when) // t.period)
            t.when = nw
            _counter[0] += 1
            heapq.heappush(h, (nw, _counter[0], t.version, t))
        else:
            t.active = False
            t.version += 1
            proc.sched.ntimers -= 1
        t.f(t.arg, now)
    while h and h[0][2] != h[0][3].version:
        heapq.heappop(h)


def next_when():
    """The earliest active timer's time over all Ps, or None."""
    if not proc.sched.ntimers:
        return None
    best = None
    for p in proc.sched.allp:
        h = p.timers
        while h and (h[0][2] != h[0][3].version or not h[0][3].active):
            heapq.heappop(h)
        if h and (best is None or h[0][0] < best):
            best = h[0][0]
    return best


def keeps_alive():
    """Whether some active timer can still wake a goroutine (Go's checkdead): a sleep or
    AfterFunc timer can; a channel timer (NewTimer, After, NewTicker, Tick) only while a
    goroutine is blocked receiving from its channel, since Go 1.23 keeps such a timer
    off the heap otherwise. Checks the earliest timer first: usually that one decides."""
    for p in proc.sched.allp:
        for e in p.timers:
            t = e[3]
            if e[2] != t.version or not t.active:
                continue
            c = t.C
            if c is None or c.recvq.waiting():
                return True
    return False


def move_timers(src, dst):
    """Move src's timers to dst (GOMAXPROCS shrinking)."""
    for e in src.timers:
        if e[2] == e[3].version and e[3].active:
            e[3].p = dst
            heapq.heappush(dst.timers, e)
    src.timers.clear()


def check_invariants():
    active = 0
    for p in proc.sched.allp:
        live = [e for e in p.timers if e[2] == e[3].version and e[3].active]
        for e in live:
            assert e[3].p is p
        assert len({id(e[3]) for e in live}) == len(live)
        active += len(live)
    assert active == proc.sched.ntimers, (active, proc.sched.ntimers)


# ---------------------------------------------------------------------------
# time.Sleep and channel timers


def _ready_g(gp, now):
    proc.goready(gp)


def sleep(ns):
    """time.Sleep(ns): park the G with wait reason "sleep" (returns at once if ns <= 0)."""
    if ns <= 0:
        return
    gp = proc.sched.curg
    if gp is None or not proc.sched.running:   # outside run_main: a plain OS sleep
        _time.sleep(ns / 1e9)
        return
    t = gp.timer
    if t is None:
        t = gp.timer = Timer(_ready_g, gp)
    t.add(proc.sched.clock.now() + ns)
    proc.gopark("sleep")


def _send_time(t, now):
    from gopherpy.runtime import chan
    c = t.C
    v = t.make_value(now) if t.make_value is not None else now
    chan.chansend(c, v, False)  # full slot (a tick nobody took): drop, as Go does


def _timer_chan(make_value):
    from gopherpy.runtime import chan
    c = chan.makechan(None, 1)
    c.timer = True
    return c


def NewTimer(d, make_value=None):
    """time.NewTimer: a Timer whose C receives make_value(fire time) (default: the ns) after d."""
    t = Timer(_send_time, None)
    t.arg = t
    t.C = _timer_chan(make_value)
    t.make_value = make_value
    t.add(proc.sched.clock.now() + max(d, 0))
    return t


def After(d, make_value=None):
    """time.After: NewTimer(d).C."""
    return NewTimer(d, make_value).C


def _go_func(f, now):
    proc.go(f)


def AfterFunc(d, f):
    """time.AfterFunc: after d, run f in its own goroutine; returns the Timer (C is None)."""
    t = Timer(_go_func, f)
    t.add(proc.sched.clock.now() + max(d, 0))
    return t


def NewTicker(d, make_value=None):
    """time.NewTicker: C receives make_value(tick time) every d ns (ticks dropped if C is full)."""
    if d <= 0:
        proc.gopanic_string("non-positive interval for NewTicker")
    t = Timer(_send_time, None, period=d)
    t.arg = t
    t.C = _timer_chan(make_value)
    t.make_value = make_value
    t.add(proc.sched.clock.now() + d)
    return t


def Tick(d, make_value=None):
    """time.Tick: NewTicker(d).C, or nil (None) if d <= 0."""
    if d <= 0:
        return None
    return NewTicker(d, make_value).C


if proc.sched.clock is None:
    proc.sched.clock = RealClock()   # timers armed before run_main (package initialisation)
