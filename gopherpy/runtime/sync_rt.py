"""This file implements the runtime side of package sync: Mutex (normal and starvation modes), RWMutex (writer preference), WaitGroup, Once and Cond, all parking through sema.py.

The sync package (lib) wraps these classes; method names are Go's.

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

from gopherpy.runtime import proc
from gopherpy.runtime.sema import (Sema, semacquire, semrelease, NotifyList,
                                   notify_list_add, notify_list_wait,
                                   notify_list_notify_one, notify_list_notify_all)

mutexLocked = 1
mutexWoken = 2
mutexStarving = 4
mutexWaiterShift = 3
starvationThresholdNs = 1_000_000

rwmutexMaxReaders = 1 << 30


def _now():
    return proc.sched.clock.now()


class Mutex:
    __slots__ = ("state", "sema")

    def __init__(self):
        self.state = 0
        self.sema = Sema()

    def Lock(self):
        if self.state == 0:
            self.state = mutexLocked
            return
        self._lock_slow()

    def TryLock(self):
        old = self.state
        if old & (mutexLocked | mutexStarving):
            return False
        self.state = old | mutexLocked
        return True

    def _lock_slow(self):
        wait_start = 0
        starving = False
        awoke = False
        old = self.state
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
            self.state = new
            if not old & (mutexLocked | mutexStarving):
                return                       # we took the unlocked mutex
            lifo = wait_start != 0
            if wait_start == 0:
                wait_start = _now()
            semacquire(self.sema, lifo, "sync.Mutex.Lock")
            starving = starving or _now() - wait_start > starvationThresholdNs
            old = self.state
            if old & mutexStarving:
                # Handed to us directly: we own it; fix up the state.
                if old & (mutexLocked | mutexWoken) or (old >> mutexWaiterShift) == 0:
                    proc.fatal("sync: inconsistent mutex state")
                delta = mutexLocked - (1 << mutexWaiterShift)
                if not starving or (old >> mutexWaiterShift) == 1:
                    delta -= mutexStarving   # leave starvation mode
                self.state = old + delta
                return
            awoke = True

    def Unlock(self):
        new = self.state - mutexLocked
        if (new + mutexLocked) & mutexLocked == 0:
            proc.fatal("sync: unlock of unlocked mutex")
        self.state = new
        if new != 0:
            self._unlock_slow(new)

    def _unlock_slow(self, new):
        if new & mutexStarving:
            semrelease(self.sema, True)      # hand-off: the first waiter runs next
            return
        old = new
        if (old >> mutexWaiterShift) == 0 or old & (mutexLocked | mutexWoken | mutexStarving):
            return
        self.state = (old - (1 << mutexWaiterShift)) | mutexWoken
        semrelease(self.sema, False)

    def starving(self):
        return bool(self.state & mutexStarving)

    def check_invariants(self):
        self.sema.check_invariants()
        waiters = self.state >> mutexWaiterShift
        parked = len(self.sema.waiters)
        assert parked <= waiters <= parked + 1, (self.state, parked)


class RWMutex:
    """Readers-writer lock with Go's writer preference (pending writers block new readers)."""

    __slots__ = ("w", "writer_sem", "reader_sem", "reader_count", "reader_wait")

    def __init__(self):
        self.w = Mutex()
        self.writer_sem = Sema()
        self.reader_sem = Sema()
        self.reader_count = 0
        self.reader_wait = 0

    def RLock(self):
        self.reader_count += 1
        if self.reader_count < 0:
            semacquire(self.reader_sem, False, "sync.RWMutex.RLock")

    def TryRLock(self):
        if self.reader_count < 0:
            return False
        self.reader_count += 1
        return True

    def RUnlock(self):
        self.reader_count -= 1
        r = self.reader_count
        if r < 0:
            if r + 1 == 0 or r + 1 == -rwmutexMaxReaders:
                proc.fatal("sync: RUnlock of unlocked RWMutex")
            self.reader_wait -= 1
            if self.reader_wait == 0:
                semrelease(self.writer_sem, False)

    def Lock(self):
        self.w.Lock()
        r = self.reader_count
        self.reader_count -= rwmutexMaxReaders
        if r != 0:
            self.reader_wait += r
            if self.reader_wait != 0:
                semacquire(self.writer_sem, False, "sync.RWMutex.Lock")

    def TryLock(self):
        if not self.w.TryLock():
            return False
        if self.reader_count != 0:
            self.w.Unlock()
            return False
        self.reader_count -= rwmutexMaxReaders
        return True

    def Unlock(self):
        self.reader_count += rwmutexMaxReaders
        r = self.reader_count
        if r >= rwmutexMaxReaders:
            proc.fatal("sync: Unlock of unlocked RWMutex")
        for _ in range(r):
            semrelease(self.reader_sem, False)
        self.w.Unlock()


class WaitGroup:
    __slots__ = ("counter", "waiters", "sema")

    def __init__(self):
        self.counter = 0
        self.waiters = 0
        self.sema = Sema()

    def Add(self, delta):
        self.counter += delta
        v = self.counter
        if v < 0:
            proc.gopanic_string("sync: negative WaitGroup counter")
        w = self.waiters
        if w != 0 and delta > 0 and v == delta:
            proc.gopanic_string("sync: WaitGroup misuse: Add called concurrently with Wait")
        if v > 0 or w == 0:
            return
        self.waiters = 0
        for _ in range(w):
            semrelease(self.sema, False)

    def Done(self):
        self.Add(-1)

    def Wait(self):
        if self.counter == 0:
            return
        self.waiters += 1
        semacquire(self.sema, False, "sync.WaitGroup.Wait")

    def Go(self, f):
        """WaitGroup.Go (Go 1.25): Add(1) and run f in a goroutine that calls Done."""
        self.Add(1)

        def run():
            try:
                f()
            finally:
                self.Done()
        proc.go(run)


class Once:
    __slots__ = ("done", "m")

    def __init__(self):
        self.done = False
        self.m = Mutex()

    def Do(self, f):
        if self.done:
            return
        self.m.Lock()
        try:
            if not self.done:
                try:
                    f()
                finally:
                    self.done = True
        finally:
            self.m.Unlock()


class Cond:
    """sync.Cond over locker L (any object with Lock/Unlock)."""

    __slots__ = ("L", "notify")

    def __init__(self, L):
        self.L = L
        self.notify = NotifyList()

    def Wait(self):
        t = notify_list_add(self.notify)
        self.L.Unlock()
        notify_list_wait(self.notify, t, "sync.Cond.Wait")
        self.L.Lock()

    def Signal(self):
        notify_list_notify_one(self.notify)

    def Broadcast(self):
        notify_list_notify_all(self.notify)
