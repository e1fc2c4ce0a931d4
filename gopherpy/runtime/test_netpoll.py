"""Tests of the network poller (netpoll.py): Gs parked on socket readiness, deadlines, eviction on close."""

import socket

from gopherpy.runtime import proc, chan, netpoll, timer
from gopherpy.runtime.test_proc import run


def test_wait_read_parks_until_data_arrives():
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    got = []

    def main():
        done = chan.makechan(0)

        def reader():
            ok = netpoll.wait_read(a)
            got.append((ok, a.recv(100)))
            chan.chansend(done, 1)
        g = proc.go(reader)
        proc.Gosched()
        proc.Gosched()
        assert g.waitreason == "IO wait" and netpoll.waiting() == 1
        assert netpoll.wait_write(b) is True
        b.send(b"hello")
        chan.chanrecv(done)
        assert netpoll.waiting() == 0
    try:
        run(main, clock=timer.RealClock())
    finally:
        a.close()
        b.close()
    assert got == [(True, b"hello")]


def test_deadline_and_evict():
    a, b = socket.socketpair()
    res = []

    def main():
        now = timer.nanotime()
        res.append(netpoll.wait_read(a, now + 2_000_000))      # nothing comes: deadline
        res.append(netpoll.wait_read(a, now - 1))              # already past
        done = chan.makechan(0)
        proc.go(lambda: (res.append(netpoll.wait_read(a)), chan.chansend(done, 1)))
        proc.Gosched()
        proc.Gosched()
        netpoll.evict(a)                                         # Close wakes the reader
        chan.chanrecv(done)
    try:
        run(main, clock=timer.RealClock())
    finally:
        a.close()
        b.close()
    assert res == [False, False, False]


def test_io_wait_is_not_deadlock():
    # A G parked on I/O keeps the program alive (Go's netpoller M is blocked in epoll);
    # here the data comes from a helper thread after a short while.
    import threading
    a, b = socket.socketpair()
    threading.Timer(0.02, lambda: b.send(b"x")).start()

    def main():
        assert netpoll.wait_read(a)
        assert a.recv(1) == b"x"
    try:
        run(main, clock=timer.RealClock())
    finally:
        a.close()
        b.close()
