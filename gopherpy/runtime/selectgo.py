"""This file implements the select statement (Go's selectgo): random poll order over the cases, blocking on all channels at once, and dequeuing from the others when one fires.

Case format (what the compiler emits, one list entry per case in source order):
  None              the default case
  (1, c, v)         send v on c
  (2, c, None)      receive from c
selectgo returns (index, value, ok): the chosen case's index in the list, and for a
receive the value and ok (value None and ok False for sends and default).

Protocol (Go's three passes):
  1. Visit the non-nil cases in a uniformly random order (Fisher-Yates with
     runtime_randn, so GODEBUG=gopherpyseed=N repeats choices); the first one that can
     proceed now wins. Sends on a closed channel panic here.
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


def block():
    """select {} : park forever."""
    proc.park_forever("select (no cases)")


def selectgo(cases, has_default=None):
    """Run a select over cases (see the module docstring); returns (index, value, ok)."""
    n = len(cases)
    if n == 0:
        block()
    dflt = -1
    order = []
    rnd = _random
    k = 0
    for i in range(n):
        cs = cases[i]
        if cs is None:
            dflt = i
            continue
        if cs[1] is None:
            continue  # nil channel: never ready
        # Fisher-Yates insertion: a uniformly random permutation of the live cases.
        j = int(rnd() * (k + 1))
        if j == k:
            order.append(i)
        else:
            order.append(order[j])
            order[j] = i
        k += 1
    # Pass 1: the first ready case in poll order.
    for i in order:
        kind, c, v = cases[i]
        if kind == 1:
            if (c.recvq.first is not None or c.qcount < c.dataqsiz or c.closed) \
                    and chansend(c, v, False):
                return i, None, False
        elif c.sendq.first is not None or c.qcount or c.closed:
            r = chanrecv2(c, False)
            if r is not None:
                return i, r[0], r[1]
    if dflt >= 0:
        return dflt, None, False
    if not order:
        proc.park_forever("select")
    # Pass 2: enqueue on every channel and park.
    gp = _sched.curg
    gp.selectdone = False
    gp.param = None
    sgs = []
    for i in order:
        kind, c, v = cases[i]
        if kind == 1:
            sg = sudog(gp, v, c, True, i)
            q = c.sendq
        else:
            sg = sudog(gp, None, c, True, i)
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
        sgs.append((sg, q))
    proc.gopark("select")
    # Pass 3: one sudog fired; leave every other queue.
    fired = gp.param
    gp.param = None
    gp.selectdone = False
    for sg, q in sgs:
        if sg.queued:
            q.remove(sg)
    i = fired.caseidx
    if cases[i][0] == 1:
        if not fired.success:
            proc.gopanic_plain("send on closed channel")
        return i, None, False
    if fired.success:
        return i, fired.elem, True
    return i, fired.c.zero(), False
