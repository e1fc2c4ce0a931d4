"""This file implements the goroutine scheduler: Gs on greenlets, Ps with run queues, gopark/goready, newproc, run_main, preemption, sysmon and deadlock detection.

Central types (see README.md for the full picture):

  G      one goroutine: id, status, wait reason, the greenlet it runs on (None until it
         first runs), its function and arguments, and the sudog/param fields that
         channel and semaphore code use to hand it values while it is parked.
  P      a logical processor: local run queue (at most 256), runnext slot, schedtick,
         a heap of timers and a free list of dead Gs.
  Sched  the singleton `sched`: all Ps, the current P and G, the global run queue,
         counters, the clock, the g0 greenlet (the one that called run_main).

There is one M that runs Go code (the thread that called run_main): with the GIL only
one P executes Python at a time, so the M carries one P (`sched.curp`) and moves to
another P only when a G is preempted (Go would let another M pick the queue up). The
other Ps still own queues, timers and free lists, and findrunnable steals from them.

Invariants (checked by check_invariants()):
  1. sched.curg is the only G in _Grunning, and it is on no run queue.
  2. Every G on a run queue (local runq, runnext, global runq) is _Grunnable, and no G
     is on two queues at once.
  3. len(p.runq) <= 256 for every P.
  4. A _Gdead G is on at most one free list and has no fn/args, no greenlet and no
     generator; a live G with no greenlet has never run or is a light G not running
     (its state is its generator, gen). Greenlets of finished Gs wait in sched.idlegr.
  5. sched.ngoroutines == number of Gs not _Gdead.

Switching: a G that blocks (gopark) or ends picks the next G itself (schedule()) and
switches straight to that G's greenlet: one greenlet switch per hand-off. Only when
nothing is runnable does it switch to g0, which waits in the netpoller for a timer, an
I/O event or a finished syscall, advances the fake clock, or declares deadlock. A G
that never ran has no greenlet: a finished G's greenlet adopts it and runs its function
in the same loop (no switch, no new greenlet); otherwise a new greenlet is created.
Rejected: one greenlet per G created in newproc (about 9 us each at start) and
returning to a central scheduler greenlet on every park (two switches per hand-off).
"""

import os
import random
import sys
import threading
import time
from collections import deque

from greenlet import greenlet, getcurrent, GreenletExit

try:  # the compiler's exceptions, when present (gopherpy/runtime/panic.py)
    from gopherpy.runtime.panic import GoExit as _PanicGoExit, ExitProgram as _ExitProgram
except ImportError:  # pragma: no cover
    class _PanicGoExit(BaseException):
        pass

    class _ExitProgram(BaseException):
        code = 0

# G status values, numbered as in Go's runtime2.go.
_Gidle = 0
_Grunnable = 1
_Grunning = 2
_Gsyscall = 3
_Gwaiting = 4
_Gdead = 6

RUNQ_SIZE = 256
GLOBAL_CHECK_TICKS = 61
FORCE_PREEMPT_NS = 10_000_000


# ---------------------------------------------------------------------------
# Panic and fatal hooks.  The compiler engineer replaces gopanic_plain and
# gopanic_string with functions raising the real Go panic (panic.py); callers must
# call them through this module (proc.gopanic_plain(msg)), never import the names.

class GoRuntimePanic(RuntimeError):
    """Placeholder Go panic raised by the default hooks until the compiler installs its own."""


def gopanic_plain(msg):
    """Raise a runtime plainError panic (a runtime.Error whose text is msg)."""
    raise GoRuntimePanic(msg)


def gopanic_string(msg):
    """Raise panic(msg) with a Go string value, as library code (sync) does."""
    raise GoRuntimePanic(msg)


class GoexitSignal(BaseException):
    """Raised by Goexit(); unwinds the goroutine running deferred calls (try/finally)."""


class FatalError(BaseException):
    """A Go fatal error (the user's fault, unrecoverable): prints `fatal error: msg`."""

    def __init__(self, msg):
        super().__init__(msg)
        self.msg = msg


def fatal(msg):
    """Go's fatal(): end the program with `fatal error: msg` and the goroutine dump."""
    raise FatalError(msg)


def _default_unhandled_panic_hook(exc, goid):
    """Print `panic: <exc>`, a blank line and the goroutine's trace; return exit status 2."""
    from gopherpy.runtime import traceback as tb
    sys.stdout.flush()
    g = sched.allgs.get(goid)
    sys.stderr.write(f"panic: {exc}\n\n" + tb.running_trace(exc.__traceback__, g))
    sys.stderr.flush()
    return 2


# Called with (exception, goid) when an exception escapes a goroutine; prints the
# report and returns the exit status. The compiler installs panic.report_unrecovered.
unhandled_panic_hook = _default_unhandled_panic_hook


# ---------------------------------------------------------------------------
# Core types


class G:
    """A goroutine. Fields written by the owner named in README.md's ownership table.

    Kept small (a parked goroutine's memory is its greenlet plus this): selectgen
    numbers the G's selects (a select sudog is live while its gen equals it, see
    chan.py), waitsg is the G's reusable sudog for plain channel operations, sudogs
    its reusable select sudogs.
    """

    __slots__ = ("goid", "status", "waitreason", "gr", "gen", "fn", "args", "param",
                 "parentgoid", "gopc", "selectgen", "timer", "sudogs", "waitsg")

    def __init__(self):
        self.goid = 0
        self.status = _Gidle
        self.waitreason = ""
        self.gr = None
        self.gen = None         # a light G's generator (True until it first runs)
        self.fn = None
        self.args = ()
        self.param = None
        self.parentgoid = 0
        self.gopc = None
        self.selectgen = 0
        self.timer = None
        self.sudogs = None      # select's reusable sudogs (selectgo.py)
        self.waitsg = None      # the reusable sudog of plain channel operations (chan.py)

    def __repr__(self):
        return f"<G {self.goid} {STATUS_NAMES.get(self.status)} {self.waitreason!r}>"


STATUS_NAMES = {_Gidle: "idle", _Grunnable: "runnable", _Grunning: "running",
                _Gsyscall: "syscall", _Gwaiting: "waiting", _Gdead: "dead"}


class P:
    """A logical processor: run queue, runnext, timers, free Gs."""

    __slots__ = ("id", "runq", "runnext", "schedtick", "syscalltick", "timers",
                 "gfree", "status")

    def __init__(self, id):
        self.id = id
        self.runq = deque()
        self.runnext = None
        # Go's runtime.main has scheduled a few goroutines (gcenable's workers, inits)
        # before main.main runs, so schedtick is past 0 there and the every-61st global
        # queue check does not fire on main's first Gosched; start at 1 to match.
        self.schedtick = 1
        self.syscalltick = 0
        self.timers = []      # heap of (when, seq, timer); see timer.py
        self.gfree = []
        self.status = 0


class AllGs:
    """Go's allgs: every G struct ever made (structs are reused, never freed), read as a
    mapping goid -> live G. A G costs one list slot here instead of a dict entry added
    and removed per goroutine."""

    __slots__ = ("gs",)

    def __init__(self):
        self.gs = []

    def add(self, gp):
        self.gs.append(gp)

    def values(self):
        """The live Gs in goid order."""
        return sorted((g for g in self.gs if g.status != _Gdead and g.goid), key=_goid)

    def get(self, goid, default=None):
        for g in self.gs:
            if g.goid == goid and g.status != _Gdead:
                return g
        return default

    def clear(self):
        self.gs.clear()

    def __len__(self):
        return sum(1 for g in self.gs if g.status != _Gdead and g.goid)


def _goid(g):
    return g.goid


class Sched:
    """Global scheduler state (Go's schedt plus allp, allgs, g0)."""

    def __init__(self):
        self.reset(1)

    def reset(self, nprocs):
        self.allp = [P(i) for i in range(nprocs)]
        self.curp = self.allp[0]
        self.curg = None
        self.maing = None
        self.main_goexited = False
        self.runq = deque()
        self.gfree = []
        self.goidgen = 0
        self.ngoroutines = 0
        self.allgs = AllGs()      # every G struct; .values(): the live ones in goid order
        self.g0 = None            # greenlet of run_main
        self.nsyscall = 0
        self.syscall_done = deque()   # (g, result, exc) appended by helper threads
        self.ntimers = 0          # timers in some P's heap (maintained by timer.py)
        self.ticks = 0            # total schedules, read by sysmon
        self.running = False
        self.exit = None
        self.greenlets_created = 0
        self.clock = None
        self.graveyard = []
        self.idlegr = []          # greenlets of finished goroutines, waiting for a new G
        self.startg = None        # a G for g0 to start on a new greenlet (_START)


sched = Sched()

# Preemption request flag: sysmon sets it, compiled code polls it (preempt_check).
preempt_flag = False

# GODEBUG=gopherpycheck=1 (or run_main(check=True)): check the scheduler's and the
# timers' invariants at every switch to a G (slow; for tests and debugging).
debugcheck = False


# ---------------------------------------------------------------------------
# Random source (fastrand/cheaprand): seeded by GODEBUG=gopherpyseed=N.

_rng = random.Random()
_random = _rng.random
seeded = False


def godebug(name, default=None):
    """The value of name in $GODEBUG (comma-separated key=value), or default."""
    for kv in os.environ.get("GODEBUG", "").split(","):
        k, _, v = kv.partition("=")
        if k.strip() == name:
            return v.strip()
    return default


def seed_rand(seed=None):
    """Reseed runtime_rand: from seed, else $GODEBUG gopherpyseed, else the OS."""
    global seeded
    if seed is None:
        s = godebug("gopherpyseed")
        if s is not None:
            try:
                seed = int(s)
            except ValueError:
                seed = None
    seeded = seed is not None
    _rng.seed(seed if seeded else int.from_bytes(os.urandom(8), "little"))


def runtime_rand():
    """A 64-bit pseudo-random number (Go's cheaprand/fastrand role); reproducible when seeded.

    The generator is Python's Mersenne Twister (C speed) rather than Go's wyrand: the
    scheduler calls it on every select, and a Python-level 64-bit multiply costs more.
    """
    return _rng.getrandbits(64)


def runtime_randn(n):
    """A pseudo-random int in [0, n)."""
    return int(_random() * n)


seed_rand()


# ---------------------------------------------------------------------------
# Run queues (Go's runqput/runqget/runqsteal/globrunqget)


def runqput(p, gp, next):
    """Put gp on p's queue; into runnext if next (the old runnext goes to the tail)."""
    if next:
        old = p.runnext
        p.runnext = gp
        if old is None:
            return
        gp = old
    if len(p.runq) < RUNQ_SIZE:
        p.runq.append(gp)
    else:
        runqputslow(p, gp)


def runqputslow(p, gp):
    """Local queue full: move half of it, plus gp, to the global queue."""
    q = p.runq
    batch = [q.popleft() for _ in range(len(q) // 2)]
    batch.append(gp)
    # (Go shuffles the batch only in race mode, to randomize scheduling; order kept here.)
    sched.runq.extend(batch)


def runqget(p):
    """Next G from p's runnext or local queue, with Go's inheritTime flag."""
    gp = p.runnext
    if gp is not None:
        p.runnext = None
        return gp, True
    if p.runq:
        return p.runq.popleft(), False
    return None, False


def globrunqget(p, max):
    """Take a batch from the global queue: return one G, move the rest to p's queue."""
    q = sched.runq
    n = len(q)
    if n <= 1:
        return q.popleft() if n else None
    k = min(n, n // len(sched.allp) + 1)
    if max > 0:
        k = min(k, max)
    k = min(k, RUNQ_SIZE // 2)
    gp = q.popleft()
    for _ in range(k - 1):
        p.runq.append(q.popleft())
    return gp


def runqsteal(p, victim, stealrunnext):
    """Steal half of victim's local queue into p; return one stolen G or None."""
    vq = victim.runq
    n = len(vq) - len(vq) // 2
    if n == 0:
        if stealrunnext and victim.runnext is not None:
            gp = victim.runnext
            victim.runnext = None
            return gp
        return None
    gp = vq.popleft()
    for _ in range(n - 1):
        p.runq.append(vq.popleft())
    return gp


# ---------------------------------------------------------------------------
# Finding work


def findrunnable():
    """The next G to run on the current P, or None; Go's findRunnable without blocking.

    Order: this P's timers; the global queue every 61st schedtick; runnext and the local
    queue; the global queue; finished syscalls and ready I/O (non-blocking netpoll);
    stealing from other Ps (four passes in random order, timers and runnext on the last).
    """
    p = sched.curp
    if sched.ntimers:
        _timer.check_timers(p, sched.clock.now())
    if p.schedtick % GLOBAL_CHECK_TICKS == 0 and sched.runq:
        gp = globrunqget(p, 1)
        if gp is not None:
            p.schedtick += 1
            return gp
    gp = p.runnext
    if gp is not None:
        p.runnext = None
        return gp
    if p.runq:
        p.schedtick += 1
        return p.runq.popleft()
    if sched.runq:
        p.schedtick += 1
        return globrunqget(p, 0)
    if sched.syscall_done or _netpoll.waiting() or _sigq.pending:
        _netpoll.netpoll(0)
        gp, inherit = runqget(p)
        if gp is not None:
            return gp
    allp = sched.allp
    n = len(allp)
    if n > 1:
        for i in range(4):
            last = i == 3
            start = runtime_randn(n)
            for k in range(n):
                victim = allp[(start + k) % n]
                if victim is p:
                    continue
                if last and victim.timers:
                    _timer.check_timers(victim, sched.clock.now())
                gp = runqsteal(p, victim, last)
                if gp is not None:
                    p.schedtick += 1
                    return gp
        gp, inherit = runqget(p)   # timers run on the last pass may have readied Gs
        if gp is not None:
            return gp
    return None


def _execute(gp):
    """Make gp the running G and switch to it; returns what the switch back returns.

    A G that never ran gets an idle greenlet from the pool, or a new greenlet created
    on g0: a greenlet starts with the Python recursion depth of the greenlet creating
    it, so creating one from inside a goroutine would nest depths without bound.
    """
    gp.status = _Grunning
    sched.curg = gp
    sched.ticks += 1
    if debugcheck:
        check_invariants()
        _timer.check_invariants()
    gr = gp.gr
    if gr is not None:
        return gr.switch()
    pool = sched.idlegr
    if pool:
        gr = pool.pop()
    elif getcurrent() is sched.g0:
        gr = greenlet(_goroutine_loop, sched.g0)
        sched.greenlets_created += 1
        gp.gr = gr
        return gr.switch()          # no arguments: a new greenlet would keep the tuple
    else:
        sched.startg = gp
        return _start_on_g0()
    gp.gr = gr
    return gr.switch()          # the idle greenlet takes sched.curg (_goexit0)


def _start_on_g0():
    # A separate small frame: the frame that switches away is the one greenlet turns
    # into a frame object, kept while the goroutine is parked (its size grows with the
    # frame's locals and stack).
    return sched.g0.switch()


def schedule(cur):
    """cur (a G no longer running) gives the M away; returns when cur runs again.

    Fast path: the P's runnext (findrunnable's choice whenever no timer is armed and
    the every-61st global queue check is not due) and a G that already has a greenlet
    are taken here, without findrunnable and _execute.
    When no timer is armed and the global queue check is not due, the local and global
    queues are taken here too, in findrunnable's order.
    """
    p = sched.curp
    gp = p.runnext
    if sched.ntimers or debugcheck or (p.schedtick % GLOBAL_CHECK_TICKS == 0 and sched.runq):
        gp = findrunnable()
    elif gp is not None:
        p.runnext = None
    elif p.runq:                    # findrunnable's next steps, inlined: local queue,
        gp = p.runq.popleft()
        p.schedtick += 1
    elif sched.runq:                # then the global queue
        p.schedtick += 1
        gp = globrunqget(p, 0)
    else:
        gp = findrunnable()
    if gp is None:
        sched.curg = None
        sched.g0.switch()
        return
    if gp is cur:
        gp.status = _Grunning
        sched.curg = gp
        return
    gr = gp.gr
    if gr is None:
        pool = sched.idlegr
        if not pool or debugcheck:
            _execute(gp)
            return
        gr = gp.gr = pool.pop()     # _execute, inlined: an idle greenlet runs gp (light
        # or never run): its loop takes sched.curg
    elif debugcheck:
        _execute(gp)
        return
    gp.status = _Grunning
    sched.curg = gp
    sched.ticks += 1
    gr.switch()


# ---------------------------------------------------------------------------
# The one choke point for blocking: gopark / goready


def gopark(reason, unlockf=None, arg=None, status=_Gwaiting):
    """Park the running G with wait reason `reason` until someone calls goready on it.

    If unlockf is given it is called as unlockf(g, arg) after the G is marked waiting;
    if it returns False the G resumes at once (Go's contract).
    """
    gp = sched.curg
    gp.status = status
    gp.waitreason = reason
    if unlockf is not None and not unlockf(gp, arg):
        gp.status = _Grunning
        gp.waitreason = ""
        return
    schedule(gp)


def goready(gp, next=True):
    """Make parked gp runnable: into the current P's runnext (old runnext to the tail)."""
    gp.status = _Grunnable
    gp.waitreason = ""
    runqput(sched.curp, gp, next)


def park_forever(reason):
    """Block the running G forever (nil channel operations, select {})."""
    gopark(reason)
    fatal("unexpected wakeup of a goroutine parked forever")  # a runtime bug (throw)


# ---------------------------------------------------------------------------
# Goroutine creation and exit


def _caller_pc():
    """(code, line) of the nearest Go frame calling go() (at most 4 frames up), or None.
    The pair is shared by every goroutine one go statement starts (_gopcs)."""
    f = sys._getframe(2)
    for _ in range(4):
        if f is None:
            return None
        co = f.f_code
        if co.co_filename.endswith(".go"):
            line = f.f_lineno
            lines = _gopcs.get(co)
            if lines is None:
                lines = _gopcs[co] = {}
            pc = lines.get(line)
            if pc is None:
                pc = lines[line] = (co, line)
            return pc
        f = f.f_back
    return None


_gopcs: dict = {}      # code -> {line: (code, line)}


def gfget(p):
    """A dead G from p's free list (refilled from the global one), or None."""
    if not p.gfree and sched.gfree:
        n = min(len(sched.gfree), 32)
        p.gfree.extend(sched.gfree[-n:])
        del sched.gfree[-n:]
    if p.gfree:
        return p.gfree.pop()
    return None


def gfput(p, gp):
    """Put dead gp on p's free list; move half to the global list past 64."""
    p.gfree.append(gp)
    if len(p.gfree) >= 64:
        n = len(p.gfree) // 2
        sched.gfree.extend(p.gfree[:n])
        del p.gfree[:n]


def go(fn, *args):
    """Go's newproc: start fn(*args) as a new goroutine (arguments already evaluated)."""
    return newproc(fn, args)


def newproc_light(fn, args):
    """newproc for a light goroutine: fn is a generator function (the compiler's form of
    a `go func(){...}()` literal whose own body has channel operations): it parks by
    yielding, so a parked light G holds a generator, not a greenlet (see README.md)."""
    gp = newproc(fn, args)
    gp.gen = True
    return gp


def newproc(fn, args):
    """go(fn, *args) with the argument tuple as it is (what compiled `go` statements call)."""
    p = sched.curp
    gp = gfget(p)
    if gp is None:
        gp = G()
        sched.allgs.add(gp)
    sched.goidgen += 1
    gp.goid = sched.goidgen
    gp.fn = fn
    gp.args = args
    cur = sched.curg
    gp.parentgoid = cur.goid if cur is not None else 0
    gp.gopc = _caller_pc()
    gp.status = _Grunnable
    sched.ngoroutines += 1
    runqput(p, gp, True)
    return gp


def _goroutine_loop():
    """Body of every goroutine greenlet: run goroutines one after another (G reuse), and
    light goroutines' generators until they park (yield) or end."""
    gp = sched.curg
    while True:
        gen = gp.gen
        try:
            if gen is not None:
                if gen is True:
                    gen = gp.gen = gp.fn(*gp.args)
                    gp.fn = None
                    gp.args = ()
                try:
                    gen.send(None)
                except StopIteration:
                    pass
                else:
                    gp = _parklight(gp)     # it yielded: parked, its state is in gen
                    continue
            else:
                fn = gp.fn
                args = gp.args
                gp.fn = None
                gp.args = ()
                # Plain calls for small arities: CPython 3.11 inlines them into the
                # running eval loop, while fn(*args) recurses in C and makes every parked
                # goroutine's saved C stack larger.
                n = len(args)
                if n == 0:
                    fn()
                elif n == 1:
                    fn(args[0])
                elif n == 2:
                    fn(args[0], args[1])
                elif n == 3:
                    fn(args[0], args[1], args[2])
                else:
                    fn(*args)
        except (GoexitSignal, _PanicGoExit):
            if gp is sched.maing:
                sched.main_goexited = True
                gp = _goexit0(gp)
                continue
        except GreenletExit:
            raise   # the greenlet is being destroyed (never while run_main runs: graveyard)
        except _ExitProgram as e:
            sched.g0.switch(("raise", e))
        except FatalError as e:
            sched.g0.switch(("fatal", e.msg, gp, e.__traceback__))
        except BaseException as e:  # noqa: BLE001 - an unrecovered panic ends the program
            sched.g0.switch(("panic", e, gp))
        if gp is sched.maing:
            sched.g0.switch(("exit", 0))
        gp = _goexit0(gp)


def _parklight(gp):
    """Light gp yielded (it is parked, or runnable after a yield to the scheduler): it
    leaves this greenlet, which runs the next G itself if that G has no greenlet of its
    own (never ran, or light), else goes idle and switches to that G's greenlet.
    Returns the G this greenlet runs next."""
    me = gp.gr
    gp.gr = None
    p = sched.curp
    nxt = p.runnext
    if sched.ntimers or debugcheck or (p.schedtick % GLOBAL_CHECK_TICKS == 0 and sched.runq):
        nxt = findrunnable()
    elif nxt is not None:
        p.runnext = None
    elif p.runq:                    # schedule()'s inlined findrunnable, as there (one
        # helper for both cost +4% instructions per ping-pong message, callgrind)
        nxt = p.runq.popleft()
        p.schedtick += 1
    elif sched.runq:
        p.schedtick += 1
        nxt = globrunqget(p, 0)
    else:
        nxt = findrunnable()
    if nxt is not None and nxt.gr is None:
        nxt.gr = me
        nxt.status = _Grunning
        sched.curg = nxt
        sched.ticks += 1
        if debugcheck:
            check_invariants()
        return nxt
    sched.idlegr.append(me)
    if nxt is None:
        sched.curg = None
        sched.g0.switch()
    elif debugcheck:
        _execute(nxt)
    else:
        nxt.status = _Grunning      # _execute(nxt), inlined: nxt has its greenlet
        sched.curg = nxt
        sched.ticks += 1
        nxt.gr.switch()
    return sched.curg       # resumed from the idle pool with a G that has no greenlet


def _goexit0(gp):
    """gp's function returned: free gp and find the next G for this greenlet to run."""
    gp.status = _Gdead
    gp.waitreason = ""
    gp.param = gp.timer = gp.gen = None
    if gp.sudogs:
        from gopherpy.runtime.selectgo import release_sudogs   # (imports chan, which imports proc)
        release_sudogs(gp)
    sched.ngoroutines -= 1
    me = gp.gr
    gp.gr = None          # the stack (greenlet) outlives the G struct: see _stack_for
    gfput(sched.curp, gp)
    nxt = findrunnable()
    if nxt is not None and nxt.gr is None:
        # Adopt: run the never-run G on this greenlet, no switch at all.
        nxt.gr = me
        nxt.status = _Grunning
        sched.curg = nxt
        sched.ticks += 1
        return nxt
    sched.idlegr.append(me)
    if nxt is None:
        sched.curg = None
        sched.g0.switch()
    else:
        _execute(nxt)
    return sched.curg       # resumed from the idle pool with a never-run G (_execute)


def Gosched():
    """runtime.Gosched: yield the processor; the G goes to the global run queue."""
    gp = sched.curg
    gp.status = _Grunnable
    sched.runq.append(gp)
    schedule(gp)


def gopreempt():
    """A preemption request was seen: like Gosched, and the M moves on to the next P."""
    global preempt_flag
    preempt_flag = False
    gp = sched.curg
    gp.status = _Grunnable
    sched.runq.append(gp)
    allp = sched.allp
    sched.curp = allp[(sched.curp.id + 1) % len(allp)]
    schedule(gp)


def preempt_check():
    """Poll for a preemption request (compiled code calls this at function entry and
    loop back-edges; the inline form is `if proc.preempt_flag: proc.gopreempt()`)."""
    if preempt_flag:
        gopreempt()


def request_preempt():
    """Ask the running G to yield at its next poll (what sysmon does after 10 ms)."""
    global preempt_flag
    preempt_flag = True


def Goexit():
    """runtime.Goexit: unwind the calling goroutine, running its deferred calls."""
    raise GoexitSignal()


def NumGoroutine():
    return sched.ngoroutines


def NumCPU():
    return os.cpu_count() or 1


def GOMAXPROCS(n=0):
    """Set the number of Ps when n > 0; return the previous setting."""
    old = len(sched.allp)
    if n <= 0 or n == old:
        return old
    if n > old:
        sched.allp.extend(P(i) for i in range(old, n))
    else:
        for p in sched.allp[n:]:
            if p.runnext is not None:
                sched.runq.append(p.runnext)
                p.runnext = None
            sched.runq.extend(p.runq)
            p.runq.clear()
            sched.gfree.extend(p.gfree)
            p.gfree.clear()
            _timer.move_timers(p, sched.allp[0])
        del sched.allp[n:]
        if sched.curp.id >= n:
            sched.curp = sched.allp[0]
    return old


# debug.SetMaxStack: Go's limit in bytes; a goroutine is allowed max_stack //
# STACK_FRAME_BYTES Python frames (Go's small frames are 64-200 bytes), and at most
# what the driver's thread stack can hold.
max_stack = 1_000_000_000
STACK_FRAME_BYTES = 128
MAX_DEPTH = 400_000


def SetMaxStack(n):
    """debug.SetMaxStack: set the per-goroutine stack limit in bytes; returns the previous one."""
    global max_stack
    old = max_stack
    max_stack = n
    sys.setrecursionlimit(max(200, min(MAX_DEPTH, n // STACK_FRAME_BYTES)))
    return old


def LockOSThread():
    """runtime.LockOSThread: accepted; all goroutines already run on one OS thread."""


def UnlockOSThread():
    """runtime.UnlockOSThread: accepted (see LockOSThread)."""


def getg():
    """The running G."""
    return sched.curg


# ---------------------------------------------------------------------------
# Blocking system calls on helper threads (entersyscall/exitsyscall)

_helpers = []
_helper_lock = threading.Lock()
_helper_work = deque()
_helper_cv = threading.Condition(_helper_lock)
_helper_idle = [0]


def _helper_main():
    while True:
        with _helper_cv:
            while not _helper_work:
                _helper_idle[0] += 1
                _helper_cv.wait()
                _helper_idle[0] -= 1
            gp, fn, args = _helper_work.popleft()
        try:
            res, exc = fn(*args), None
        except BaseException as e:  # noqa: BLE001 - handed back to the goroutine
            res, exc = None, e
        sched.syscall_done.append((gp, res, exc))
        _netpoll.netpoll_break()


def entersyscall_block(fn, *args):
    """Run fn(*args) on a helper thread while the calling G is parked in _Gsyscall.

    Outside run_main (no scheduler running) fn is simply called.
    """
    gp = sched.curg
    if gp is None or not sched.running:
        return fn(*args)
    sched.nsyscall += 1
    sched.curp.syscalltick += 1
    with _helper_cv:
        _helper_work.append((gp, fn, args))
        if _helper_idle[0] == 0:
            t = threading.Thread(target=_helper_main, name="gopherpy-syscall", daemon=True)
            _helpers.append(t)
            t.start()
        else:
            _helper_cv.notify()
    gopark("", status=_Gsyscall)
    res, exc = gp.param
    gp.param = None
    if exc is not None:
        raise exc
    return res


def exitsyscall_ready():
    """Ready the Gs whose syscalls finished (called by the netpoller on the Go thread)."""
    q = sched.syscall_done
    while q:
        gp, res, exc = q.popleft()
        sched.nsyscall -= 1
        gp.param = (res, exc)
        goready(gp, False)


# ---------------------------------------------------------------------------
# sysmon: a real thread watching for long-running Gs and printing schedtrace.

class _Sysmon(threading.Thread):
    def __init__(self, schedtrace_ms, detailed):
        super().__init__(name="gopherpy-sysmon", daemon=True)
        self.stop = threading.Event()
        self.schedtrace_ms = schedtrace_ms
        self.detailed = detailed
        self.start_ns = time.monotonic_ns()

    def run(self):
        global preempt_flag
        lastticks = -1
        since = 0
        nexttrace = self.start_ns if self.schedtrace_ms else None
        delay = 0.001
        while not self.stop.wait(delay):
            now = time.monotonic_ns()
            t = sched.ticks
            if sched.curg is not None and t == lastticks:
                if now - since >= FORCE_PREEMPT_NS:
                    preempt_flag = True
                    since = now
            else:
                lastticks = t
                since = now
            # Go's sysmon sleeps 20 us to 10 ms; here 1 ms while Gs run, 10 ms when idle.
            delay = 0.001 if sched.curg is not None else 0.01
            if nexttrace is not None:
                delay = min(delay, max(0.0, (nexttrace - now) / 1e9))
            if nexttrace is not None and now >= nexttrace:
                sys.stderr.write(schedtrace_text((now - self.start_ns) // 1_000_000, self.detailed))
                sys.stderr.flush()
                nexttrace = now + self.schedtrace_ms * 1_000_000


def schedtrace_text(ms, detailed=False):
    """Go's SCHED line(s) (GODEBUG=schedtrace=N, scheddetail=1)."""
    allp = sched.allp
    idle = sum(1 for p in allp if p is not sched.curp or sched.curg is None)
    threads = 2 + len(_helpers)
    s = (f"SCHED {ms}ms: gomaxprocs={len(allp)} idleprocs={idle} threads={threads}"
         f" spinningthreads=0 needspinning=0 idlethreads={_helper_idle[0]} runqueue={len(sched.runq)}")
    if detailed:
        s += " gcwaiting=false nmidlelocked=0 stopwait=0 sysmonwait=false\n"
        # An idle M has released its P (Go's stopm): both show nil for the other.
        for p in allp:
            running = p is sched.curp and sched.curg is not None
            s += (f"  P{p.id}: status={1 if running else 0} schedtick={p.schedtick}"
                  f" syscalltick={p.syscalltick} m={0 if running else 'nil'}"
                  f" runqsize={len(p.runq) + (p.runnext is not None)} gfreecnt={len(p.gfree)}"
                  f" timerslen={len(p.timers)}\n")
        g = sched.curg
        s += (f"  M0: p={sched.curp.id if g else 'nil'} curg={g.goid if g else 'nil'} mallocing=0"
              " throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=false lockedg=nil\n")
        # every G struct in allgs order, the dead ones (status 6) included, as Go lists them
        for gp in list(sched.allgs.gs):
            if not gp.goid:
                continue
            reason = gp.waitreason if gp.status == _Gwaiting else ""
            s += f"  G{gp.goid}: status={gp.status}({reason}) m={0 if gp is g else 'nil'} lockedm=nil\n"
        return s
    s += " [ " + " ".join(str(len(p.runq) + (p.runnext is not None)) for p in allp) + " ]"
    s += " schedticks=[ " + "".join(f"{p.schedtick} " for p in allp) + "]\n"
    return s


# ---------------------------------------------------------------------------
# The program: run_main and g0's idle loop


def run_main(main_fn, init_fns=(), clock=None, nprocs=None, seed=None, check=None):
    """Run main_fn as goroutine 1 (after init_fns, in order); return the exit status.

    0 when main returns (other goroutines are discarded), 2 on deadlock, fatal error or
    unrecovered panic (after printing Go's report to stderr). os.Exit's ExitProgram
    propagates out. clock: a timer.FakeClock for tests (default: the real clock);
    nprocs: GOMAXPROCS (default $GOMAXPROCS or NumCPU()); seed: overrides gopherpyseed;
    check: check invariants at every switch (default: GODEBUG gopherpycheck=1).
    """
    global preempt_flag, debugcheck
    debugcheck = check if check is not None else godebug("gopherpycheck") == "1"
    if nprocs is None:
        try:
            nprocs = int(os.environ.get("GOMAXPROCS", "0"))
        except ValueError:
            nprocs = 0
        if nprocs <= 0:
            nprocs = NumCPU()
    old_graveyard = sched.graveyard
    # Goroutines started before run_main (a go statement run while loading packages)
    # are kept and start after main's G; the compiler should rather pass init_fns.
    early = [g for g in sched.allgs.values() if g.status == _Grunnable and g.gr is None] \
        if not sched.running else []
    # Timers armed outside any run (var t = time.Tick(d) in a package loaded before
    # run_main) carry over too; those a finished run left behind are dropped.
    early_timers = [t for t in _timer.early if t.active] if not sched.running else []
    _timer.early.clear()
    old_now = sched.clock.now() if sched.clock is not None else 0
    sched.reset(nprocs)
    sched.graveyard = old_graveyard
    if clock is None and godebug("gopherpyfaketime") == "1":
        # testing/synctest's time for a whole program: it starts at the real wall
        # time and moves only when every goroutine is durably blocked.
        clock = _timer.FakeClock(time.time_ns())
    sched.clock = clock if clock is not None else _timer.RealClock()
    for t in early_timers:
        t.active = False
        t.version += 1
        t.add(sched.clock.now() + max(0, t.when - old_now))
    _timer.early.clear()
    seed_rand(seed)
    preempt_flag = False
    _netpoll.reset()
    sched.g0 = getcurrent()
    sched.running = True

    def main_body():
        for f in init_fns:
            f()
        main_fn()

    gp = go(main_body)
    gp.parentgoid = 0
    gp.gopc = None
    sched.maing = gp
    for g in early:
        sched.goidgen += 1
        g.goid = sched.goidgen
        g.parentgoid = 1
        sched.allgs.add(g)
        sched.ngoroutines += 1
        runqput(sched.curp, g, False)
    try:
        st = int(godebug("schedtrace", "0") or 0)
    except ValueError:
        st = 0
    sysmon = _Sysmon(st, godebug("scheddetail") == "1")
    sysmon.start()
    try:
        return _g0_loop()
    finally:
        sysmon.stop.set()
        sched.running = False
        # Parked goroutines are discarded, never unwound: keep their greenlets alive so
        # that garbage collection does not throw GreenletExit into them (which would run
        # their deferred calls, something Go never does).
        sched.graveyard.append([g.gr for g in sched.allgs.values() if g.gr is not None]
                               + [g.gen for g in sched.allgs.values() if g.gen is not None]
                               + sched.idlegr)
        sched.allgs = AllGs()
        sched.curg = None


def _g0_loop():
    """g0: run Gs; when none is runnable, wait for timers, I/O or syscalls, or die."""
    clock = sched.clock
    start = None
    while True:
        if start is not None:
            gp, start = start, None
        else:
            gp = findrunnable()
            if gp is None:
                gp = _wait_for_work(clock)
                if gp is None:
                    return _deadlock()
        r = _execute(gp)
        if sched.startg is not None:    # a G asked g0 to start a G on a new greenlet
            start = sched.startg
            sched.startg = None
            continue
        if not r:
            continue
        kind = r[0]
        if kind == "exit":
            sys.stdout.flush()
            return r[1]
        if kind == "raise":
            raise r[1]
        if kind == "panic":
            sys.stdout.flush()
            exc, g = r[1], r[2]
            g.status = _Grunning
            if isinstance(exc, RecursionError):
                return _fatal_report("stack overflow", g,
                                     f"runtime: goroutine stack exceeds {max_stack}-byte limit\n",
                                     exc.__traceback__)
            return unhandled_panic_hook(exc, g.goid)
        if kind == "fatal":
            return _fatal_report(r[1], r[2], tb=r[3])


def _wait_for_work(clock):
    """Block until a G is runnable; None when none can ever be (deadlock)."""
    while True:
        gp = findrunnable()
        if gp is not None:
            return gp
        nxt = _timer.next_when()
        io = sched.nsyscall or sched.syscall_done or _netpoll.waiting() or _sigq.wanted
        if not io and (nxt is None or not _timer.keeps_alive()):
            return None
        if clock.fake and not io:
            clock.advance_to(nxt)     # synctest: every goroutine is durably blocked
            continue
        if nxt is None or clock.fake:
            timeout = None
        else:
            timeout = max(0, nxt - clock.now())
        _netpoll.netpoll(timeout)


def _deadlock():
    from gopherpy.runtime import traceback as tb
    sys.stdout.flush()
    if sched.main_goexited and not any(g.status in (_Gwaiting, _Gsyscall) for g in sched.allgs.values()):
        sys.stderr.write("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
        sys.stderr.flush()
        return 2
    sys.stderr.write("fatal error: all goroutines are asleep - deadlock!\n\n" + tb.dump_all())
    sys.stderr.flush()
    return 2


def _fatal_report(msg, g, prefix="", tb=None):
    from gopherpy.runtime import traceback as trace
    sys.stdout.flush()
    sched.curg = g
    # A fatal error raised on a user goroutine shows only that goroutine under Go's
    # default GOTRACEBACK=single (the deadlock report, raised off any G, shows all).
    sys.stderr.write(prefix + f"fatal error: {msg}\n\n" + trace.running_trace(tb, g))
    sys.stderr.flush()
    return 2


def check_invariants():
    """Assert the invariants listed at the top of this file."""
    seen = set()
    queues = [sched.runq]
    for p in sched.allp:
        assert len(p.runq) <= RUNQ_SIZE, "runq over 256"
        queues.append(p.runq)
        if p.runnext is not None:
            queues.append([p.runnext])
    for q in queues:
        for gp in q:
            assert gp.status == _Grunnable, f"{gp} on a run queue"
            assert id(gp) not in seen, f"{gp} on two run queues"
            seen.add(id(gp))
    if sched.curg is not None:
        assert sched.curg.status == _Grunning and id(sched.curg) not in seen
    live = [g for g in sched.allgs.values()]
    assert all(g.status != _Gdead for g in live)
    assert sched.ngoroutines == len(live), (sched.ngoroutines, len(live))
    running = [g for g in live if g.status == _Grunning]
    assert len(running) <= 1
    free = [g for p in sched.allp for g in p.gfree] + sched.gfree
    assert len({id(g) for g in free}) == len(free), "G on two free lists"
    assert all(g.status == _Gdead and g.fn is None and g.gen is None and g.gr is None
               for g in free)
    for g in live:
        if g.gr is None and g is not sched.curg:
            assert g.gen is not None or g.fn is not None, f"{g}: no greenlet, never ran"


from gopherpy.runtime import timer as _timer  # noqa: E402  (circular: timer uses gopark)
from gopherpy.runtime import netpoll as _netpoll  # noqa: E402
from gopherpy.runtime import sigqueue as _sigq  # noqa: E402
