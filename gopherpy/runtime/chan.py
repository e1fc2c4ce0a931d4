"""This file implements Go channels (Go's hchan): the buffer, queues of waiting goroutines, direct hand-off, close, and the channel panics.

Invariants (checked by hchan.check_invariants()):
  1. At least one of c.sendq and c.recvq has no live waiter, except for an unbuffered
     channel with one goroutine blocked in select on both sending and receiving on it.
  2. For a buffered channel: values in the buffer imply no live waiting receiver, and
     free room in the buffer implies no live waiting sender.
  3. 0 <= len(c.buf) <= c.dataqsiz; c.buf holds the queued values in order.
     c.sendcap == c.dataqsiz while open, -1 once closed (one comparison tells a
     sender both "room" and "open": the compiled fast path uses it).
  4. A closed channel has no live waiter.
A waiter is a sudog; it is *live* unless it belongs to a select that has already
completed (a stale select sudog, see selectgo.py): stale sudogs may stay queued and
are skipped (and unlinked) by dequeue.

The buffer is a collections.deque bounded by dataqsiz: Go's ring buffer (buf, sendx,
recvx, qcount) with the index arithmetic done in C. Measured on the pipeline benchmark,
the ring in Python cost five attribute updates per operation where the deque costs one
method call; it also lets the compiler inline the fast paths (compile/stmt.py):
  send:    c is not None and c.recvq.first is None and len(c.buf) < c.sendcap -> c.buf.append(v)
  receive: c is not None and c.buf and c.sendq.first is None -> c.buf.popleft()
Anything else calls chansend/chanrecv/chanrecv2 here.

Inlined on purpose (measured with callgrind, instructions per message, Dec 7): the
hand-off that readies a waiter into runnext (proc.goready's body) is written out in
chansend, _recv, selectgo.selectrecv and sync_rt's Mutex.Unlock; calling goready
instead costs +6.6% on ping-pong and +3.7% on fan-in. The sudog enqueue in chansend and
chanrecv2 likewise (a shared helper: +3% on fan-in).

Single thread of control: only the Go thread touches channels, so there is no lock;
the order of operations is Go's, so the same program makes the same choices.
nil channels are None (the compiler passes None for a nil chan).
"""

from collections import deque

from gopherpy.runtime import proc

_sched = proc.sched
_runqput = proc.runqput
_schedule = proc.schedule
_Grunnable = proc._Grunnable
_Gwaiting = proc._Gwaiting


class sudog:
    """A goroutine waiting on a channel (or, in select, one of its cases).

    kind: 0 a plain send or receive, 1 a select's send case, 2 a select's receive case.
    A select sudog is live while gen == g.selectgen (the waker that completes the
    select increments g.selectgen, making all of its sudogs stale at once).
    """

    __slots__ = ("g", "elem", "c", "kind", "gen", "caseidx", "success", "prev", "next",
                 "queued")

    def __init__(self, g, elem, c, kind=0, caseidx=0):
        # prev/next/queued are set by waitq.enqueue, which every sudog goes through.
        self.g = g
        self.elem = elem
        self.c = c
        self.kind = kind
        self.gen = 0
        self.success = False
        self.caseidx = caseidx
        self.queued = False


class waitq:
    """A doubly linked FIFO of sudogs (Go's waitq), O(1) removal of any element."""

    __slots__ = ("first", "last")

    def __init__(self):
        self.first = None
        self.last = None

    def enqueue(self, sg):
        sg.next = None
        sg.queued = True
        last = self.last
        sg.prev = last
        if last is None:
            self.first = sg
        else:
            last.next = sg
        self.last = sg

    def dequeue(self):
        """The first live sudog, or None; stale select sudogs met on the way are unlinked.
        A select sudog returned has won its select (g.selectgen moved on)."""
        while True:
            sg = self.first
            if sg is None:
                return None
            nxt = sg.next
            self.first = nxt
            if nxt is None:
                self.last = None
            else:
                nxt.prev = None
            sg.next = None
            sg.queued = False
            if sg.kind:
                g = sg.g
                if sg.gen != g.selectgen:
                    continue
                g.selectgen += 1
            return sg

    def remove(self, sg):
        if not sg.queued:
            return
        p, n = sg.prev, sg.next
        if p is None:
            self.first = n
        else:
            p.next = n
        if n is None:
            self.last = p
        else:
            n.prev = p
        sg.prev = sg.next = None
        sg.queued = False

    def waiting(self):
        """The number of live sudogs."""
        n = 0
        sg = self.first
        while sg is not None:
            if not sg.kind or sg.gen == sg.g.selectgen:
                n += 1
            sg = sg.next
        return n

    def __iter__(self):
        sg = self.first
        while sg is not None:
            yield sg
            sg = sg.next


def _live(sg):
    return not sg.kind or sg.gen == sg.g.selectgen


class hchan:
    """A Go channel."""

    __slots__ = ("buf", "dataqsiz", "sendcap", "closed", "zerof", "zerov", "recvq", "sendq",
                 "timer", "__weakref__")

    def __init__(self, zerof, zerov, size):
        self.buf = deque()
        self.dataqsiz = size
        self.sendcap = size
        self.closed = False
        self.zerof = zerof
        self.zerov = zerov
        self.recvq = waitq()
        self.sendq = waitq()
        self.timer = False

    def zero(self):
        f = self.zerof
        return f() if f is not None else self.zerov

    def __repr__(self):
        return f"<chan {len(self.buf)}/{self.dataqsiz}{' closed' if self.closed else ''}>"

    def check_invariants(self):
        ns, nr = self.sendq.waiting(), self.recvq.waiting()
        if ns and nr:
            gs = {id(sg.g) for sg in self.sendq if _live(sg)}
            gr = {id(sg.g) for sg in self.recvq if _live(sg)}
            assert self.dataqsiz == 0 and gs == gr and len(gs) == 1, "both queues waiting"
        n = len(self.buf)
        assert 0 <= n <= self.dataqsiz
        assert self.sendcap == (-1 if self.closed else self.dataqsiz)
        if self.dataqsiz:
            assert not (n > 0 and nr), "values buffered while receivers wait"
            assert not (n < self.dataqsiz and ns), "room in buffer while senders wait"
        if self.closed:
            assert ns == 0 and nr == 0


MAX_ALLOC = 1 << 48


def makechan(elem, size=0):
    """make(chan T, size). elem gives T's zero value: a type descriptor with .zero(),
    a zero-argument factory (for mutable zero values), or the zero value itself."""
    if size < 0:
        proc.gopanic_plain("makechan: size out of range")
    if size:
        # Go's bound: size * elemsize must fit in maxAlloc (1<<48 on amd64) less the hchan
        esize = getattr(elem, "size", None)
        if not isinstance(esize, int):
            esize = 8
        if size * esize > MAX_ALLOC - 96:
            proc.gopanic_plain("makechan: size out of range")
    z = getattr(elem, "zero", None)
    if z is not None and callable(z):
        return hchan(z, None, size)
    if callable(elem):
        return hchan(elem, None, size)
    return hchan(None, elem, size)


def chansend(c, v, block=True):
    """c <- v. With block=False (select with default) returns False instead of blocking."""
    if c is None:
        if not block:
            return False
        proc.park_forever("chan send (nil chan)")
    if c.closed:
        proc.gopanic_plain("send on closed channel")
    if c.recvq.first is not None:
        sg = c.recvq.dequeue()
        if sg is not None:
            # Direct hand-off to a waiting receiver (goready, inlined: runnext).
            sg.elem = v
            sg.success = True
            g = sg.g
            g.param = sg
            g.status = _Grunnable
            g.waitreason = ""
            p = _sched.curp         # runqput(p, g, True), inlined
            old = p.runnext
            p.runnext = g
            if old is not None:
                _runqput(p, old, False)
            return True
    buf = c.buf
    if len(buf) < c.dataqsiz:
        buf.append(v)
        return True
    if not block:
        return False
    gp = _sched.curg
    mysg = gp.waitsg                # gopark's first half: queued on c.sendq, waiting
    if mysg is None:
        mysg = gp.waitsg = sudog(gp, v, c)
    else:
        mysg.elem = v
        mysg.c = c
        mysg.success = False
    gp.param = None
    q = c.sendq
    mysg.next = None
    mysg.queued = True
    last = q.last
    mysg.prev = last
    if last is None:
        q.first = mysg
    else:
        last.next = mysg
    q.last = mysg
    gp.status = _Gwaiting
    gp.waitreason = "chan send"
    if block == PREP:
        return mysg
    _schedule(gp)
    sent(mysg)
    return True


def _recv(c, sg):
    """Receive from sender sg: its value directly (unbuffered) or the buffer head, sg's value going to the tail."""
    if c.dataqsiz == 0:
        v = sg.elem
    else:
        buf = c.buf
        v = buf.popleft()
        buf.append(sg.elem)
    sg.elem = None
    sg.success = True
    g = sg.g
    g.param = sg
    g.status = _Grunnable
    g.waitreason = ""
    p = _sched.curp                 # runqput(p, g, True), inlined
    old = p.runnext
    p.runnext = g
    if old is not None:
        _runqput(p, old, False)
    return v


def chanrecv2(c, block=True):
    """v, ok := <-c. With block=False returns None instead of blocking (nothing ready)."""
    if c is None:
        if not block:
            return None
        proc.park_forever("chan receive (nil chan)")
    if c.sendq.first is not None:
        sg = c.sendq.dequeue()
        if sg is not None:
            return _recv(c, sg), True
    buf = c.buf
    if buf:
        return buf.popleft(), True
    if c.closed:
        return c.zero(), False
    if not block:
        return None
    gp = _sched.curg
    mysg = gp.waitsg                # gopark's first half: queued on c.recvq, waiting
    if mysg is None:
        mysg = gp.waitsg = sudog(gp, None, c)
    else:
        mysg.c = c
        mysg.success = False
    gp.param = None
    q = c.recvq
    mysg.next = None
    mysg.queued = True
    last = q.last
    mysg.prev = last
    if last is None:
        q.first = mysg
    else:
        last.next = mysg
    q.last = mysg
    gp.status = _Gwaiting
    gp.waitreason = "chan receive"
    if block == PREP:
        return mysg
    _schedule(gp)
    return recvd(c, mysg)


# ---------------------------------------------------------------------------
# Light goroutines (proc.newproc_light) park by yielding. Their compiled code calls
# chansend(c, v, PREP) / chanrecv2(c, PREP): these complete the operation when they
# can (True / the (v, ok) pair), and otherwise return the G's sudog, queued with the G
# marked waiting (gopark's first half); the code then yields, and once resumed calls
# sent(sudog) / recvd(c, sudog) for gopark's second half. A nil channel parks forever
# the greenlet way.
PREP = 2


def sent(mysg):
    """The end of a blocked send (gopark's second half): panics if the channel was closed."""
    mysg.g.param = None
    mysg.c = None
    if not mysg.success:
        proc.gopanic_plain("send on closed channel")


def recvd(c, mysg):
    """The end of a blocked receive (gopark's second half): (v, ok)."""
    mysg.g.param = None
    mysg.c = None
    if mysg.success:
        v = mysg.elem
        mysg.elem = None
        return v, True
    return c.zero(), False


def chanrecv(c):
    """<-c (the one-value form)."""
    if c is not None and c.buf and c.sendq.first is None:
        return c.buf.popleft()
    return chanrecv2(c)[0]


def closechan(c):
    """close(c): wake every waiting receiver (zero, false) and sender (it panics)."""
    if c is None:
        proc.gopanic_plain("close of nil channel")
    if c.closed:
        proc.gopanic_plain("close of closed channel")
    c.closed = True
    c.sendcap = -1
    woken = []
    while True:
        sg = c.recvq.dequeue()
        if sg is None:
            break
        sg.elem = c.zero()
        sg.success = False
        woken.append(sg)
    while True:
        sg = c.sendq.dequeue()
        if sg is None:
            break
        sg.elem = None
        sg.success = False
        woken.append(sg)
    # Go collects the waiters on a stack (gList) and readies them popping it, each into
    # runnext: the first waiter ends in runnext, the others run after it, last first.
    for sg in reversed(woken):
        g = sg.g
        g.param = sg
        proc.goready(g)


def chanlen(c):
    """len(c); 0 for nil and for timer channels (Go 1.23)."""
    if c is None or c.timer:
        return 0
    return len(c.buf)


def chancap(c):
    """cap(c); 0 for nil and for timer channels (Go 1.23)."""
    if c is None or c.timer:
        return 0
    return c.dataqsiz


def chanrange(c):
    """for v := range c: yields values until c is closed and drained (the compiler
    inlines this loop; library code and tests use the generator)."""
    while True:
        if c is not None and c.buf and c.sendq.first is None:
            yield c.buf.popleft()
            continue
        v, ok = chanrecv2(c)
        if not ok:
            return
        yield v
