"""This file implements the select statement (Go's selectgo): random poll order over the cases, blocking on all channels at once, and dequeuing from the others when one fires.

Case format (what the compiler emits, one list entry per case in source order):
  None              the default case
  (1, c, v)         send v on c
  (2, c, None)      receive from c
selectgo returns (index, value, ok): the chosen case's index in the list, and for a
receive the value and ok (value None and ok False for sends and default).

Protocol (Go's three passes):
  1. Among the non-nil cases that can proceed now, one chosen uniformly at random
     wins (Go visits a random permutation and takes the first ready case: the same
     distribution; the draw comes from the runtime's random source, so
     GODEBUG=gopherpyseed=N repeats choices). Sends on a closed channel panic here.
  2. Nothing ready: with a default case return it; with no cases at all park forever
     ("select (no cases)"); otherwise enqueue one sudog per case on its channel, all
     sharing the G's selectdone flag, and park with reason "select".
  3. A waker dequeues one sudog, sets g.selectdone (so no other channel can complete
     another case of the same select) and g.param; on resuming, the G removes its other
     sudogs from their queues and reports the case that fired.
"""

from gopherpy.runtime import proc
from gopherpy.runtime.chan import chansend, chanrecv2, sudog

_random = proc._random
_sched = proc.sched
_schedule = proc.schedule
_Gwaiting = proc._Gwaiting


def block():
    """select {} : park forever."""
    proc.park_forever("select (no cases)")


def selectgo(cases, has_default=None):
    """Run a select over cases (see the module docstring); returns (index, value, ok)."""
    n = len(cases)
    if n == 0:
        block()
    dflt = -1
    order = []      # the live (non-nil) cases, in source order
    ready = []      # those that look ready now
    for i in range(n):
        cs = cases[i]
        if cs is None:
            dflt = i
            continue
        c = cs[1]
        if c is None:
            continue  # nil channel: never ready
        order.append(i)
        if cs[0] == 1:
            if c.recvq.first is not None or c.qcount < c.dataqsiz or c.closed:
                ready.append(i)
        elif c.sendq.first is not None or c.qcount or c.closed:
            ready.append(i)
    # Pass 1: a uniformly random ready case (Go polls a random permutation and takes
    # the first ready one: the same distribution, one random draw instead of n). A
    # case that only looked ready (its waiter was a select already won) is dropped.
    while ready:
        k = len(ready)
        j = int(_random() * k) if k > 1 else 0
        i = ready[j]
        kind, c, v = cases[i]
        if kind == 1:
            if chansend(c, v, False):
                return i, None, False
        else:
            r = chanrecv2(c, False)
            if r is not None:
                return i, r[0], r[1]
        del ready[j]
    if dflt >= 0:
        return dflt, None, False
    if not order:
        proc.park_forever("select")
    # Pass 2: enqueue on every channel and park.
    gp = _sched.curg
    gp.selectdone = False
    gp.param = None
    # The G's select sudogs are reused from its last select (Go's per-P sudog
    # cache): after pass 3 none of them is on a queue or held by a waker.
    cache = gp.sudogs
    if cache is None:
        cache = gp.sudogs = []
    nc = len(cache)
    ci = 0
    for i in order:
        kind, c, v = cases[i]
        if ci < nc:
            sg = cache[ci]
            sg.c = c
            sg.success = False
            sg.caseidx = i
        else:
            sg = sudog(gp, None, c, True, i)
            cache.append(sg)
        ci += 1
        if kind == 1:
            sg.elem = v
            q = c.sendq
        else:
            sg.elem = None
            q = c.recvq
        # waitq.enqueue, inlined
        sg.next = None
        sg.queued = True
        last = q.last
        sg.prev = last
        if last is None:
            q.first = sg
        else:
            last.next = sg
        q.last = sg
    # gopark("select"), inlined
    gp.status = _Gwaiting
    gp.waitreason = "select"
    _schedule(gp)
    # Pass 3: one sudog fired; leave every other queue (waitq.remove, inlined).
    fired = gp.param
    gp.param = None
    gp.selectdone = False
    for k in range(ci):
        sg = cache[k]
        if sg.queued:
            q = sg.c.sendq if cases[sg.caseidx][0] == 1 else sg.c.recvq
            p, nx = sg.prev, sg.next
            if p is None:
                q.first = nx
            else:
                p.next = nx
            if nx is None:
                q.last = p
            else:
                nx.prev = p
            sg.prev = sg.next = None
            sg.queued = False
    i = fired.caseidx
    ok = fired.success
    v = fired.elem
    c = fired.c
    for k in range(ci):
        sg = cache[k]
        sg.elem = sg.c = None     # the cache keeps no values or channels alive
    if cases[i][0] == 1:
        if not ok:
            proc.gopanic_plain("send on closed channel")
        return i, None, False
    if ok:
        return i, v, True
    return i, c.zero(), False
