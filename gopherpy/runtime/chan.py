"""This file implements Go channels (Go's hchan): ring buffer, queues of waiting goroutines, direct hand-off, close, and the channel panics.

Invariants (checked by hchan.check_invariants()):
  1. At least one of c.sendq and c.recvq is empty, except for an unbuffered channel
     with one goroutine blocked in select on both sending and receiving on it (then
     both queues may hold that goroutine's sudogs).
  2. For a buffered channel: qcount > 0 implies recvq is empty, and
     qcount < dataqsiz implies sendq is empty (counting only sudogs still waiting).
  3. 0 <= qcount <= dataqsiz; buf[recvx], buf[recvx+1], ... (qcount slots, mod
     dataqsiz) hold the queued values in order; other slots hold None.
  4. A closed channel has an empty sendq and recvq.

Single thread of control: only the Go thread touches channels, so there is no lock;
the order of operations is Go's, so the same program makes the same choices.
nil channels are None (the compiler passes None for a nil chan).
"""

from gopherpy.runtime import proc

_gopark = proc.gopark
_sched = proc.sched


class sudog:
    """A goroutine waiting on a channel (or, in select, one of its cases)."""

    __slots__ = ("g", "elem", "c", "isselect", "success", "caseidx", "prev", "next", "queued")

    def __init__(self, g, elem, c, isselect=False, caseidx=0):
        # prev/next/queued are set by waitq.enqueue, which every sudog goes through.
        self.g = g
        self.elem = elem
        self.c = c
        self.isselect = isselect
        self.success = False
        self.caseidx = caseidx


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
        """The first sudog still waiting, or None; select sudogs of a select already won elsewhere are dropped."""
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
            if sg.isselect:
                g = sg.g
                if g.selectdone:
                    continue
                g.selectdone = True
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
        n = 0
        sg = self.first
        while sg is not None:
            if not (sg.isselect and sg.g.selectdone):
                n += 1
            sg = sg.next
        return n

    def __iter__(self):
        sg = self.first
        while sg is not None:
            yield sg
            sg = sg.next


class hchan:
    """A Go channel."""

    __slots__ = ("qcount", "dataqsiz", "buf", "sendx", "recvx", "closed",
                 "zerof", "zerov", "recvq", "sendq", "timer", "__weakref__")

    def __init__(self, zerof, zerov, size):
        self.qcount = 0
        self.dataqsiz = size
        self.buf = [None] * size if size else None
        self.sendx = 0
        self.recvx = 0
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
        return f"<chan {self.qcount}/{self.dataqsiz}{' closed' if self.closed else ''}>"

    def check_invariants(self):
        ns, nr = self.sendq.waiting(), self.recvq.waiting()
        if ns and nr:
            gs = {id(sg.g) for sg in self.sendq if not (sg.isselect and sg.g.selectdone)}
            gr = {id(sg.g) for sg in self.recvq if not (sg.isselect and sg.g.selectdone)}
            assert self.dataqsiz == 0 and gs == gr and len(gs) == 1, "both queues waiting"
        assert 0 <= self.qcount <= self.dataqsiz
        if self.dataqsiz:
            assert not (self.qcount > 0 and nr), "values buffered while receivers wait"
            assert not (self.qcount < self.dataqsiz and ns), "room in buffer while senders wait"
            filled = {(self.recvx + i) % self.dataqsiz for i in range(self.qcount)}
            for i, v in enumerate(self.buf):
                if i not in filled:
                    assert v is None, "stale value in an empty slot"
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
    sg = c.recvq.dequeue() if c.recvq.first is not None else None
    if sg is not None:
        # Direct hand-off to a waiting receiver.
        sg.elem = v
        sg.success = True
        g = sg.g
        g.param = sg
        proc.goready(g)
        return True
    if c.qcount < c.dataqsiz:
        i = c.sendx
        c.buf[i] = v
        i += 1
        c.sendx = 0 if i == c.dataqsiz else i
        c.qcount += 1
        return True
    if not block:
        return False
    gp = _sched.curg
    mysg = sudog(gp, v, c)
    gp.param = None
    c.sendq.enqueue(mysg)
    _gopark("chan send")
    gp.param = None
    if not mysg.success:
        proc.gopanic_plain("send on closed channel")
    return True


def _recv(c, sg):
    """Receive from sender sg: its value directly (unbuffered) or the buffer head, sg's value going to the tail."""
    if c.dataqsiz == 0:
        v = sg.elem
    else:
        i = c.recvx
        v = c.buf[i]
        c.buf[i] = sg.elem
        i += 1
        if i == c.dataqsiz:
            i = 0
        c.recvx = i
        c.sendx = i
    sg.elem = None
    sg.success = True
    g = sg.g
    g.param = sg
    proc.goready(g)
    return v


def chanrecv2(c, block=True):
    """v, ok := <-c. With block=False returns None instead of blocking (nothing ready)."""
    if c is None:
        if not block:
            return None
        proc.park_forever("chan receive (nil chan)")
    if c.qcount == 0 and c.closed:
        return c.zero(), False
    sg = c.sendq.dequeue() if c.sendq.first is not None else None
    if sg is not None:
        return _recv(c, sg), True
    if c.qcount > 0:
        i = c.recvx
        v = c.buf[i]
        c.buf[i] = None
        i += 1
        c.recvx = 0 if i == c.dataqsiz else i
        c.qcount -= 1
        return v, True
    if not block:
        return None
    gp = _sched.curg
    mysg = sudog(gp, None, c)
    gp.param = None
    c.recvq.enqueue(mysg)
    _gopark("chan receive")
    gp.param = None
    if mysg.success:
        return mysg.elem, True
    return c.zero(), False


def chanrecv(c):
    """<-c (the one-value form)."""
    if c is not None and c.qcount and not c.sendq.first:
        i = c.recvx
        v = c.buf[i]
        c.buf[i] = None
        i += 1
        c.recvx = 0 if i == c.dataqsiz else i
        c.qcount -= 1
        return v
    return chanrecv2(c)[0]


def closechan(c):
    """close(c): wake every waiting receiver (zero, false) and sender (it panics)."""
    if c is None:
        proc.gopanic_plain("close of nil channel")
    if c.closed:
        proc.gopanic_plain("close of closed channel")
    c.closed = True
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
    return c.qcount


def chancap(c):
    """cap(c); 0 for nil and for timer channels (Go 1.23)."""
    if c is None or c.timer:
        return 0
    return c.dataqsiz


def chanrange(c):
    """for v := range c: yields values until c is closed and drained."""
    while True:
        if c is not None and c.qcount and c.sendq.first is None:
            # buffered value, no blocked sender: chanrecv2's fast path, inlined
            i = c.recvx
            v = c.buf[i]
            c.buf[i] = None
            i += 1
            c.recvx = 0 if i == c.dataqsiz else i
            c.qcount -= 1
            yield v
            continue
        v, ok = chanrecv2(c)
        if not ok:
            return
        yield v
