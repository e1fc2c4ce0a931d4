"""This file implements runtime semaphores (Go's sema.go): the parking primitive under sync.Mutex, RWMutex and WaitGroup, and the notify list under sync.Cond.

Go keys its semaphores by the address of a uint32 in a hashed table of treaps. Two
forms here:
  - a Sema cell (count + FIFO of waiters) owned by a runtime object (timers, tests);
  - an *address*: an integer field of a Go struct (sync.Mutex's `sema`), so that a
    struct copied by value, as Go copies it, gets a semaphore of its own. Its count
    lives in the field; its waiters in `semtable`, keyed by (id(obj), field) only
    while someone waits (the entry holds obj, so the id cannot be reused meanwhile).
    Uncontended operations never touch the table.

Invariants (Sema.check_invariants):
  1. count >= 0.
  2. count > 0 implies no waiters (a release with waiters hands the unit to one).
  3. Every waiter is a _Gwaiting G.

semrelease(s, handoff=True) is starvation mode's direct hand-off: the released
waiter is made runnable in runnext and the releaser yields (Go's goyield), so the
waiter runs next and no newcomer can take the unit first.
"""

from collections import deque

from gopherpy.runtime import proc


class Sema:
    __slots__ = ("count", "waiters")

    def __init__(self, count=0):
        self.count = count
        self.waiters = deque()     # of [g, acquired] pairs, FIFO (LIFO pushes at the left)

    def check_invariants(self):
        assert self.count >= 0
        assert not (self.count > 0 and self.waiters)
        for g, _ in self.waiters:
            assert g.status == proc._Gwaiting


def semacquire(s, lifo=False, reason="semacquire"):
    """Decrement s, parking with wait reason `reason` while it is 0 (lifo: queue at the head)."""
    if s.count > 0:
        s.count -= 1
        return
    gp = proc.sched.curg
    w = [gp, False]
    if lifo:
        s.waiters.appendleft(w)
    else:
        s.waiters.append(w)
    proc.gopark(reason)


def semrelease(s, handoff=False):
    """Increment s and wake the first waiter, which takes the unit."""
    if s.waiters:
        w = s.waiters.popleft()
        w[1] = True
        proc.goready(w[0])
        if handoff:
            goyield()
        return
    s.count += 1


# ---------------------------------------------------------------------------
# semaphores at an address (obj, field)

semtable: dict = {}     # (id(obj), field) -> (obj, deque of [g, acquired])


def semacquire_at(obj, field, lifo=False, reason="semacquire"):
    """Go's semacquire on the uint32 field `field` of obj."""
    v = getattr(obj, field)
    if v > 0:
        setattr(obj, field, v - 1)
        return
    key = (id(obj), field)
    ent = semtable.get(key)
    if ent is None:
        ent = semtable[key] = (obj, deque())
    w = [proc.sched.curg, False]
    if lifo:
        ent[1].appendleft(w)
    else:
        ent[1].append(w)
    proc.gopark(reason)


def semrelease_at(obj, field, handoff=False):
    """Go's semrelease: wake the first waiter (which takes the unit) or increment the field."""
    key = (id(obj), field)
    ent = semtable.get(key)
    if ent is None:
        setattr(obj, field, getattr(obj, field) + 1)
        return
    q = ent[1]
    w = q.popleft()
    if not q:
        del semtable[key]
    w[1] = True
    proc.goready(w[0])
    if handoff:
        goyield()


def waiters_at(obj, field):
    ent = semtable.get((id(obj), field))
    return [] if ent is None else list(ent[1])


def goyield():
    """Go's goyield: put the current G at the tail of its P's local queue and reschedule."""
    gp = proc.sched.curg
    gp.status = proc._Grunnable
    p = proc.sched.curp
    if len(p.runq) < proc.RUNQ_SIZE:
        p.runq.append(gp)
    else:
        proc.sched.runq.append(gp)
    proc.schedule(gp)


class NotifyList:
    """Go's notifyList: ticket-ordered waiters for sync.Cond."""

    __slots__ = ("wait", "notify", "waiters")

    def __init__(self):
        self.wait = 0       # next ticket to hand out
        self.notify = 0     # next ticket to notify
        self.waiters = {}   # ticket -> G


def notify_list_add(l):
    t = l.wait
    l.wait += 1
    return t


def notify_list_wait(l, t, reason="sync.Cond.Wait"):
    """Park until ticket t is notified (at once if it already was)."""
    if t < l.notify:
        return
    l.waiters[t] = proc.sched.curg
    proc.gopark(reason)


def notify_list_notify_one(l):
    if l.wait == l.notify:
        return
    t = l.notify
    l.notify += 1
    g = l.waiters.pop(t, None)
    if g is not None:
        proc.goready(g)


def notify_list_notify_all(l):
    ts = sorted(l.waiters)
    l.notify = l.wait
    for t in ts:
        proc.goready(l.waiters.pop(t))
