"""This file implements the runtime side of package sync: Mutex (normal and starvation modes), RWMutex (writer preference), WaitGroup, Once and Cond, all parking through sema.py.

The algorithms are module functions over objects with Go's fields (`state`, `sema`,
...), so the sync package's Go structs (lib/sync/sync.go) run them directly and a
struct copied by value is an independent lock, as in Go; the semaphores are
addresses (sema.semacquire_at). The classes below carry the same fields and Go's
method names, for the runtime's own tests and Python callers.

Mutex state word, as in Go: bit 0 locked, bit 1 woken (a waiter was woken and is on
its way, so Unlock need not wake another), bit 2 starving, and the number of waiters
in the bits above. Two modes:
  normal      waiters queue FIFO, but a woken waiter competes with newly arriving
              goroutines, which usually win (they are already running); a waiter that
              loses is requeued at the head.
  starvation  entered when a waiter has waited more than 1 ms. Unlock hands the mutex
              directly to the first waiter (semrelease with hand-off); newcomers do not
              try to take it and queue at the tail. Left when the waiter that gets the
              mutex is the last one, or waited less than 1 ms.
There is no spinning: with one Go thread nobody else could release the lock while we
spin. Time comes from the program clock (the fake clock in tests).

Invariants (Mutex.check_invariants):
  1. state >> 3 == the number of Gs parked on the mutex's semaphore, plus the woken
     waiter in flight if any.
  2. Not locked and not starving implies no G holds it.
"""

from collections import deque

from gopherpy.runtime import proc
from gopherpy.runtime.sema import (semacquire_at, semrelease_at, NotifyList,
                                   notify_list_add, notify_list_wait,
                                   notify_list_notify_one, notify_list_notify_all)

mutexLocked = 1
mutexWoken = 2
mutexStarving = 4
mutexWaiterShift = 3
starvationThresholdNs = 1_000_000

_sched = proc.sched
_schedule = proc.schedule
_runqput = proc.runqput
_Grunnable = proc._Grunnable
_Gwaiting = proc._Gwaiting
RUNQ_SIZE = proc.RUNQ_SIZE

rwmutexMaxReaders = 1 << 30


# ---------------------------------------------------------------------------
# Mutex: fields state, sema

def mutex_trylock(m):
    old = m.state
    if old & (mutexLocked | mutexStarving):
        return False
    m.state = old | mutexLocked
    return True


def mutex_lock(m):
    """Mutex.Lock: Go's lockSlow, whose first round takes an unlocked mutex in normal
    mode (the fast path; the compiled code has tried the zero-state one already);
    runtime_SemacquireMutex(&m.sema, lifo) is inlined (a parked waiter goes on
    _mutexsema's queue for m; the releaser hands it the unit)."""
    wait_start = 0
    starving = False
    awoke = False
    old = m.state
    now = _sched.clock.now
    while True:
        new = old
        if not old & mutexStarving:
            new |= mutexLocked          # normal mode: try to grab it
        if old & (mutexLocked | mutexStarving):
            new += 1 << mutexWaiterShift
        if starving and old & mutexLocked:
            new |= mutexStarving
        if awoke:
            if not new & mutexWoken:
                proc.fatal("sync: inconsistent mutex state")
            new &= ~mutexWoken
        m.state = new
        if not old & (mutexLocked | mutexStarving):
            return                       # we took the unlocked mutex
        if wait_start == 0:
            wait_start = now()
            lifo = False
        else:
            lifo = True
        sv = m.sema
        if sv > 0:
            m.sema = sv - 1
        else:
            k = id(m)
            ent = _mutexsema.get(k)
            if ent is None:
                q = deque()
                _mutexsema[k] = (m, q)
            else:
                q = ent[1]
            gp = _sched.curg
            if lifo:
                q.appendleft(gp)
            else:
                q.append(gp)
            gp.status = _Gwaiting        # gopark("sync.Mutex.Lock"), inlined
            gp.waitreason = "sync.Mutex.Lock"
            _schedule(gp)
        if not starving:
            starving = now() - wait_start > starvationThresholdNs
        old = m.state
        if old & mutexStarving:
            # Handed to us directly: we own it; fix up the state.
            if old & (mutexLocked | mutexWoken) or (old >> mutexWaiterShift) == 0:
                proc.fatal("sync: inconsistent mutex state")
            delta = mutexLocked - (1 << mutexWaiterShift)
            if not starving or (old >> mutexWaiterShift) == 1:
                delta -= mutexStarving   # leave starvation mode
            m.state = old + delta
            return
        awoke = True


def mutex_unlock(m):
    """Mutex.Unlock with Go's unlockSlow inlined."""
    new = m.state - mutexLocked
    if not (new + mutexLocked) & mutexLocked:
        proc.fatal("sync: unlock of unlocked mutex")
    m.state = new
    if new == 0:
        return
    if new & mutexStarving:
        # _mutex_semrelease(m, True), inlined: hand-off, the first waiter runs next
        k = id(m)
        ent = _mutexsema.get(k)
        if ent is None:
            m.sema += 1
            return
        q = ent[1]
        g = q.popleft()
        if not q:
            del _mutexsema[k]
        g.status = _Grunnable
        g.waitreason = ""
        p = _sched.curp
        old = p.runnext
        p.runnext = g
        if old is not None:
            _runqput(p, old, False)
        gp = _sched.curg                # goyield: to the local queue's tail
        gp.status = _Grunnable
        if len(p.runq) < RUNQ_SIZE:
            p.runq.append(gp)
        else:
            _sched.runq.append(gp)
        _schedule(gp)
        return
    # normal mode: wake a waiter unless none waits or one is already woken (or another
    # goroutine has locked it meanwhile, which cannot happen here: one thread)
    if (new >> mutexWaiterShift) == 0 or new & (mutexLocked | mutexWoken):
        return
    m.state = (new - (1 << mutexWaiterShift)) | mutexWoken
    # _mutex_semrelease(m, False), inlined: the first waiter into runnext (goready)
    k = id(m)
    ent = _mutexsema.get(k)
    if ent is None:
        m.sema += 1
        return
    q = ent[1]
    g = q.popleft()
    if not q:
        del _mutexsema[k]
    g.status = _Grunnable
    g.waitreason = ""
    p = _sched.curp
    old = p.runnext
    p.runnext = g
    if old is not None:
        _runqput(p, old, False)


# The waiters parked on each Mutex's sema (sema.go's semaRoot for &m.sema), keyed by
# id(m) only while someone waits (the entry holds m, so the id cannot be reused).
_mutexsema: dict = {}


def mutex_waiters(m):
    """The Gs parked on m's semaphore, in queue order."""
    ent = _mutexsema.get(id(m))
    return [] if ent is None else list(ent[1])


def mutex_check_invariants(m):
    assert m.sema >= 0
    parked = mutex_waiters(m)
    assert not (m.sema > 0 and parked)
    for g in parked:
        assert g.status == proc._Gwaiting
    waiters = m.state >> mutexWaiterShift
    assert len(parked) <= waiters <= len(parked) + 1, (m.state, len(parked))


# ---------------------------------------------------------------------------
# RWMutex (writer preference): fields w (a Mutex), writerSem, readerSem,
# readerCount, readerWait

def rw_rlock(rw):
    rw.readerCount += 1
    if rw.readerCount < 0:
        semacquire_at(rw, "readerSem", False, "sync.RWMutex.RLock")


def rw_tryrlock(rw):
    if rw.readerCount < 0:
        return False
    rw.readerCount += 1
    return True


def rw_runlock(rw):
    rw.readerCount -= 1
    r = rw.readerCount
    if r < 0:
        if r + 1 == 0 or r + 1 == -rwmutexMaxReaders:
            proc.fatal("sync: RUnlock of unlocked RWMutex")
        rw.readerWait -= 1
        if rw.readerWait == 0:
            semrelease_at(rw, "writerSem", False)


def rw_lock(rw):
    mutex_lock(rw.w)
    r = rw.readerCount
    rw.readerCount -= rwmutexMaxReaders
    if r != 0:
        rw.readerWait += r
        if rw.readerWait != 0:
            semacquire_at(rw, "writerSem", False, "sync.RWMutex.Lock")


def rw_trylock(rw):
    if not mutex_trylock(rw.w):
        return False
    if rw.readerCount != 0:
        mutex_unlock(rw.w)
        return False
    rw.readerCount -= rwmutexMaxReaders
    return True


def rw_unlock(rw):
    rw.readerCount += rwmutexMaxReaders
    r = rw.readerCount
    if r >= rwmutexMaxReaders:
        proc.fatal("sync: Unlock of unlocked RWMutex")
    for _ in range(r):
        semrelease_at(rw, "readerSem", False)
    mutex_unlock(rw.w)


# ---------------------------------------------------------------------------
# WaitGroup: fields counter, waiters, sema

def wg_add(wg, delta):
    wg.counter += delta
    v = wg.counter
    if v < 0:
        proc.gopanic_string("sync: negative WaitGroup counter")
    w = wg.waiters
    if w != 0 and delta > 0 and v == delta:
        proc.gopanic_string("sync: WaitGroup misuse: Add called concurrently with Wait")
    if v > 0 or w == 0:
        return
    wg.waiters = 0
    for _ in range(w):
        semrelease_at(wg, "sema", False)


def wg_wait(wg):
    if wg.counter == 0:
        return
    wg.waiters += 1
    semacquire_at(wg, "sema", False, "sync.WaitGroup.Wait")


def wg_go(wg, f):
    """WaitGroup.Go (Go 1.25): Add(1) and run f in a goroutine that calls Done."""
    wg_add(wg, 1)
    proc.go(_wg_run, wg, f)


def _wg_run(wg, f):
    try:
        f()
    finally:
        wg_add(wg, -1)


# ---------------------------------------------------------------------------
# Once: fields done, m (a Mutex)

def once_do(o, f):
    if o.done:
        return
    mutex_lock(o.m)
    try:
        if not o.done:
            try:
                f()
            finally:
                o.done = 1
    finally:
        mutex_unlock(o.m)


# ---------------------------------------------------------------------------
# Cond: fields L (a Locker), notify (a NotifyList, made on first use)

def _notify(c):
    n = c.notify
    if n is None:
        n = c.notify = NotifyList()
    return n


def cond_wait(c):
    n = _notify(c)
    t = notify_list_add(n)
    c.L.Unlock()
    notify_list_wait(n, t, "sync.Cond.Wait")
    c.L.Lock()


def cond_signal(c):
    notify_list_notify_one(_notify(c))


def cond_broadcast(c):
    notify_list_notify_all(_notify(c))


# ---------------------------------------------------------------------------
# classes with Go's method names (runtime tests, Python callers)

class Mutex:
    __slots__ = ("state", "sema")

    def __init__(self):
        self.state = 0
        self.sema = 0

    Lock = mutex_lock
    TryLock = mutex_trylock
    Unlock = mutex_unlock
    check_invariants = mutex_check_invariants

    def starving(self):
        return bool(self.state & mutexStarving)


class RWMutex:
    """Readers-writer lock with Go's writer preference (pending writers block new readers)."""

    __slots__ = ("w", "writerSem", "readerSem", "readerCount", "readerWait")

    def __init__(self):
        self.w = Mutex()
        self.writerSem = 0
        self.readerSem = 0
        self.readerCount = 0
        self.readerWait = 0

    RLock = rw_rlock
    TryRLock = rw_tryrlock
    RUnlock = rw_runlock
    Lock = rw_lock
    TryLock = rw_trylock
    Unlock = rw_unlock


class WaitGroup:
    __slots__ = ("counter", "waiters", "sema")

    def __init__(self):
        self.counter = 0
        self.waiters = 0
        self.sema = 0

    Add = wg_add
    Wait = wg_wait
    Go = wg_go

    def Done(self):
        wg_add(self, -1)


class Once:
    __slots__ = ("done", "m")

    def __init__(self):
        self.done = 0
        self.m = Mutex()

    Do = once_do


class Cond:
    """sync.Cond over locker L (any object with Lock/Unlock)."""

    __slots__ = ("L", "notify")

    def __init__(self, L):
        self.L = L
        self.notify = None

    Wait = cond_wait
    Signal = cond_signal
    Broadcast = cond_broadcast
