"""This file implements the select statement (Go's selectgo): a uniformly random ready case, blocking on all channels at once, and the stale sudogs a completed select leaves behind.

Entry points:
  selectrecv(chans)               compiled `select` whose cases all receive (no default):
                                  chans is a tuple of channels in source order.
  selectn(kinds, ops, block)      any other compiled `select`: kinds[i] is 1 (send) or 2
                                  (receive) for the i-th non-default case, ops the flat
                                  tuple (chan0, value0, chan1, value1, ...) evaluated in
                                  source order (value None for receives); block is False
                                  when there is a default case.
  selectgo(cases)                 the list form (tests, reflect, library code): cases
                                  None (default), (1, c, v) send, (2, c, None) receive.
The first two return (i, value, ok) with i the index among the non-default cases, or
-1 for the default case; selectgo returns the index in its list. value/ok are the
received value and ok for a receive, None/False otherwise.

Protocol (Go's three passes):
  1. Among the non-nil cases that can proceed now, one chosen uniformly at random
     wins (Go visits a random permutation and takes the first ready case: the same
     distribution; one draw from the runtime's random source, so GODEBUG=gopherpyseed=N
     repeats choices). Sends on a closed channel panic here.
  2. Nothing ready: with a default case return it; with only nil channels park forever
     ("select"); otherwise put one sudog per case on its channel's queue, all marked
     with the G's current select generation (sudog.gen = g.selectgen), and park with
     reason "select".
  3. A waker dequeues one sudog and increments g.selectgen: from then on every other
     sudog of that select is *stale*, and any dequeue skips and unlinks it. On resuming,
     the G reports the case that fired.

Stale sudogs instead of Go's dequeue-all in pass 3 (a measured choice): Go removes the
select's other sudogs from their queues when it wakes (selectgo's pass 3). Here the G
leaves them queued and reuses them: its sudogs are cached on the G (g.sudogs, one per
case position, like Go's per-P sudog cache), and the next select that parks finds each
cached sudog either (a) unqueued: it is enqueued; (b) still queued at the *tail* of
the same channel's queue in the same direction: it is revived in place (its gen set),
which leaves the queue exactly as Go's remove-then-append would; or (c) queued
elsewhere: it is unlinked (O(1)) and enqueued. A loop selecting over the same channels
(fan-in) then costs one generation store per case instead of an unlink and an append;
the fan-in benchmark's CPU time went from 1.25 s to 0.65 s with this and selectrecv. Stale
sudogs are bounded by the cases of each G's last select, keep no values (pass 3 clears
send values), and are unlinked when the goroutine exits (proc._goexit0 calls
release_sudogs). Rejected: a stale sudog per select in a deque without cache revival
(unbounded growth when several Gs select over a channel that never fires).
"""

from gopherpy.runtime import proc
from gopherpy.runtime.chan import sudog, _recv

_random = proc._random
_sched = proc.sched
_schedule = proc.schedule
_Gwaiting = proc._Gwaiting
_Grunnable = proc._Grunnable
_runqput = proc.runqput


def block():
    """select {} : park forever."""
    proc.park_forever("select (no cases)")


def _try_recv(c):
    """Pass 1's receive: (value, ok), or None when the case only looked ready."""
    q = c.sendq
    if q.first is not None:
        sg = q.dequeue()
        if sg is not None:
            return _recv(c, sg), True
    if c.buf:
        return c.buf.popleft(), True
    if c.closed:
        return c.zero(), False
    return None


def _try_send(c, v):
    """Pass 1's send: True when done, False when the case only looked ready."""
    if c.closed:
        proc.gopanic_plain("send on closed channel")
    q = c.recvq
    if q.first is not None:
        sg = q.dequeue()
        if sg is not None:
            sg.elem = v
            sg.success = True
            g = sg.g
            g.param = sg
            g.status = _Grunnable
            g.waitreason = ""
            _runqput(_sched.curp, g, True)
            return True
    buf = c.buf
    if len(buf) < c.dataqsiz:
        buf.append(v)
        return True
    return False


def selectrecv(chans, park=True):
    """A select whose cases all receive, without default (see the module docstring).
    With park=False (light goroutines) returns None instead of blocking."""
    # Pass 1: is any case ready? (A nil channel raises AttributeError: the general path.)
    try:
        for c in chans:
            if c.sendq.first is not None or c.buf or c.closed:
                break
        else:
            return _parkrecv(chans) if park else None
    except AttributeError:
        if None not in chans:
            raise
        return selectn((2,) * len(chans), [x for c in chans for x in (c, None)], True, park)
    # The ready cases in source order (c is the first; a channel listed twice is found
    # at its first position, which is where the scan stopped), then one uniform draw.
    j = chans.index(c)
    ready = None
    n = len(chans)
    for i in range(j + 1, n):
        c = chans[i]
        if c.sendq.first is not None or c.buf or c.closed:
            if ready is None:
                ready = [j, i]
            else:
                ready.append(i)
    if ready is None:
        # One ready case: _try_recv(chans[j]), with _recv inlined for a waiting sender
        # on an unbuffered channel.
        c = chans[j]
        q = c.sendq
        if q.first is not None:
            sg = q.dequeue()
            if sg is not None:
                if c.dataqsiz:
                    return j, _recv(c, sg), True
                v = sg.elem
                sg.elem = None
                sg.success = True
                g = sg.g
                g.param = sg
                g.status = _Grunnable
                g.waitreason = ""
                p = _sched.curp
                old = p.runnext
                p.runnext = g
                if old is not None:
                    _runqput(p, old, False)
                return j, v, True
        if c.buf:
            return j, c.buf.popleft(), True
        if c.closed:
            return j, c.zero(), False
    else:
        while ready:
            k = len(ready)
            m = int(_random() * k) if k > 1 else 0
            i = ready[m]
            r = _try_recv(chans[i])
            if r is not None:
                return i, r[0], r[1]
            del ready[m]
    return _parkrecv(chans) if park else None


def _parkrecv(chans):
    """selectrecv's passes 2 and 3 (no nil channel among chans)."""
    gp = _sched.curg
    cache = _enqrecv(gp, chans)
    _schedule(gp)
    return _firedrecv(gp, cache)


def selectrecv_g(chans):
    """selectrecv's passes 2 and 3 in a light goroutine (selectrecv(chans, False) found
    nothing ready): `idx, v, ok = yield from selectrecv_g(chans)`."""
    if None in chans:
        return (yield from selectn_g((2,) * len(chans), [x for c in chans for x in (c, None)]))
    gp = _sched.curg
    cache = _enqrecv(gp, chans)
    yield
    return _firedrecv(gp, cache)


def _enqrecv(gp, chans):
    """Pass 2 of a receive-only select: gp's sudogs queued on chans (gp marked waiting)."""
    gen = gp.selectgen
    cache = gp.sudogs
    if cache is None:
        cache = gp.sudogs = []
    n = len(chans)
    while len(cache) < n:
        cache.append(sudog(gp, None, None, 2, len(cache)))
    for c, sg in zip(chans, cache):
        q = c.recvq
        if q.last is sg:
            sg.gen = gen                # (b) stale at the tail of this queue: revived
        else:
            if sg.queued:
                _unlink(sg)             # (c)
            sg.c = c
            sg.kind = 2
            sg.gen = gen
            sg.success = False
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
    gp.param = None
    gp.status = _Gwaiting           # gopark("select")'s first half
    gp.waitreason = "select"
    return cache


def _firedrecv(gp, cache):
    """Pass 3 of a receive-only select: (index, value, ok) of the case that fired."""
    fired = gp.param
    gp.param = None
    v = fired.elem
    fired.elem = None
    i = cache.index(fired)
    if fired.success:
        return i, v, True
    return i, fired.c.zero(), False


def _unlink(sg):
    """Remove a queued (stale) sudog from its channel's queue."""
    c = sg.c
    q = c.recvq if sg.kind == 2 else c.sendq
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


def release_sudogs(gp):
    """A G is exiting: unlink its stale select sudogs and drop their references."""
    for sg in gp.sudogs:
        if sg.queued:
            _unlink(sg)
        sg.c = sg.elem = None


def selectn(kinds, ops, block, park=True):
    """A select with send cases or a default case (see the module docstring). With
    park=False (light goroutines) returns None instead of blocking."""
    n = len(kinds)
    r0 = -1
    ready = None
    live = 0
    for i in range(n):
        c = ops[2 * i]
        if c is None:
            continue
        live += 1
        if kinds[i] == 1:
            ok = c.recvq.first is not None or len(c.buf) < c.dataqsiz or c.closed
        else:
            ok = c.buf or c.sendq.first is not None or c.closed
        if ok:
            if r0 < 0:
                r0 = i
            elif ready is None:
                ready = [r0, i]
            else:
                ready.append(i)
    if r0 >= 0:
        if ready is None:
            ready = [r0]
        while ready:
            k = len(ready)
            j = int(_random() * k) if k > 1 else 0
            i = ready[j]
            c = ops[2 * i]
            if kinds[i] == 1:
                if _try_send(c, ops[2 * i + 1]):
                    return i, None, False
            else:
                r = _try_recv(c)
                if r is not None:
                    return i, r[0], r[1]
            del ready[j]
    if not block:
        return -1, None, False
    if not park:
        return None
    if not live:
        proc.park_forever("select")
    gp = _sched.curg
    ci, sends = _enqselect(gp, kinds, ops)
    _schedule(gp)
    return _firedselect(gp, kinds, ci, sends)


def selectn_g(kinds, ops):
    """selectn's passes 2 and 3 in a light goroutine (selectn(kinds, ops, True, False)
    found nothing ready): `idx, v, ok = yield from selectn_g(kinds, ops)`."""
    if all(ops[2 * i] is None for i in range(len(kinds))):
        proc.park_forever("select")
    gp = _sched.curg
    ci, sends = _enqselect(gp, kinds, ops)
    yield
    return _firedselect(gp, kinds, ci, sends)


def _enqselect(gp, kinds, ops):
    """Pass 2 of selectn: a sudog per non-nil case queued (gp marked waiting); returns
    (the number of gp's cached sudogs in use, whether any case sends)."""
    n = len(kinds)
    gen = gp.selectgen
    cache = gp.sudogs
    if cache is None:
        cache = gp.sudogs = []
    nc = len(cache)
    ci = 0
    sends = False
    for i in range(n):
        c = ops[2 * i]
        if c is None:
            continue
        kind = kinds[i]
        if kind == 1:
            q = c.sendq
            v = ops[2 * i + 1]
            sends = True
        else:
            q = c.recvq
            v = None
        if ci < nc:
            sg = cache[ci]
            if sg.queued:
                if q.last is sg:        # (b) stale at the tail of this very queue
                    sg.gen = gen
                    sg.caseidx = i
                    sg.elem = v
                    ci += 1
                    continue
                _unlink(sg)
            sg.c = c
            sg.kind = kind
            sg.gen = gen
            sg.success = False
            sg.caseidx = i
            sg.elem = v
        else:
            sg = sudog(gp, v, c, kind, i)
            sg.gen = gen
            cache.append(sg)
        ci += 1
        sg.next = None
        sg.queued = True
        last = q.last
        sg.prev = last
        if last is None:
            q.first = sg
        else:
            last.next = sg
        q.last = sg
    gp.param = None
    gp.status = _Gwaiting
    gp.waitreason = "select"
    return ci, sends


def _firedselect(gp, kinds, ci, sends):
    """Pass 3 of selectn: (index, value, ok) of the case that fired."""
    cache = gp.sudogs
    fired = gp.param
    gp.param = None
    i = fired.caseidx
    ok = fired.success
    v = fired.elem
    fired.elem = None
    if sends:
        for k in range(ci):         # stale send sudogs keep no values
            sg = cache[k]
            if sg.kind == 1:
                sg.elem = None
    if kinds[i] == 1:
        if not ok:
            proc.gopanic_plain("send on closed channel")
        return i, None, False
    if ok:
        return i, v, True
    return i, fired.c.zero(), False


def selectgo(cases, has_default=None):
    """Run a select over a list of cases (see the module docstring); returns (index, value, ok)."""
    n = len(cases)
    if n == 0:
        block()
    idx = []
    kinds = []
    ops = []
    dflt = -1
    for i in range(n):
        cs = cases[i]
        if cs is None:
            dflt = i
            continue
        idx.append(i)
        kinds.append(cs[0])
        ops.append(cs[1])
        ops.append(cs[2])
    k, v, ok = selectn(kinds, ops, dflt < 0)
    if k < 0:
        return dflt, None, False
    return idx[k], v, ok
