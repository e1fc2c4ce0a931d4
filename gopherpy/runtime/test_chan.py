"""Tests of channels (chan.py): hand-off, the buffer, close, panics, nil channels, len/cap."""

import pytest

from gopherpy.runtime import proc, chan, timer
from gopherpy.runtime.test_proc import run


def test_unbuffered_handoff_pingpong():
    def main():
        c = chan.makechan(0)
        out = chan.makechan(0)

        def pong():
            for _ in range(100):
                chan.chansend(c, chan.chanrecv(c) + 1)
            chan.closechan(out)
        proc.go(pong)
        v = 0
        for _ in range(100):
            chan.chansend(c, v)
            v = chan.chanrecv(c)
        assert v == 100
        assert chan.chanrecv2(out) == (0, False)
    run(main)


def test_direct_handoff_to_waiting_receiver_skips_buffer():
    def main():
        c = chan.makechan(0, 3)
        got = []
        proc.go(lambda: got.append(chan.chanrecv(c)))
        proc.Gosched()
        proc.Gosched()       # the receiver is parked in c.recvq now
        assert c.recvq.first is not None
        chan.chansend(c, "x")
        assert not c.buf and c.recvq.first is None
        c.check_invariants()
        timer.sleep(1)
        assert got == ["x"]
    run(main)


def test_buffered_keeps_order():
    def main():
        c = chan.makechan(0, 6)
        seq = []
        for i in range(10):
            chan.chansend(c, i)
            if i % 2:
                seq.append(chan.chanrecv(c))
            c.check_invariants()
        assert chan.chanlen(c) == 5 and list(c.buf) == [5, 6, 7, 8, 9]
        while chan.chanlen(c):
            seq.append(chan.chanrecv(c))
        assert seq == list(range(10))
        assert chan.chancap(c) == 6
    run(main)


def test_blocked_sender_value_moves_into_buffer_tail():
    def main():
        c = chan.makechan(0, 2)
        chan.chansend(c, 1)
        chan.chansend(c, 2)
        proc.go(chan.chansend, c, 3)     # blocks: buffer full
        timer.sleep(1)
        assert c.sendq.first is not None
        c.check_invariants()
        assert [chan.chanrecv(c) for _ in range(3)] == [1, 2, 3]
        c.check_invariants()
    run(main)


def test_close_wakes_receivers_with_zero_and_senders_panic():
    res = []

    def main():
        c = chan.makechan(lambda: [0, 0], 0)   # a zero value factory (fresh each time)
        for i in range(3):
            proc.go(lambda: res.append(chan.chanrecv2(c)))

        full = chan.makechan(0, 1)
        chan.chansend(full, 1)

        def sender():
            try:
                chan.chansend(full, 2)
            except proc.GoRuntimePanic as e:
                res.append(str(e))
        proc.go(sender)
        timer.sleep(1)
        chan.closechan(c)
        chan.closechan(full)
        timer.sleep(1)
        assert chan.chanrecv2(c) == ([0, 0], False)
    run(main)
    assert res.count(([0, 0], False)) == 3
    assert "send on closed channel" in res


def test_buffered_values_survive_close():
    def main():
        c = chan.makechan(0, 2)
        chan.chansend(c, 5)
        chan.closechan(c)
        assert chan.chanrecv2(c) == (5, True)
        assert chan.chanrecv2(c) == (0, False)
        assert list(chan.chanrange(c)) == []
    run(main)


@pytest.mark.parametrize("op,msg", [
    (lambda c: chan.closechan(None), "close of nil channel"),
    (lambda c: (chan.closechan(c), chan.closechan(c)), "close of closed channel"),
    (lambda c: (chan.closechan(c), chan.chansend(c, 1)), "send on closed channel"),
])
def test_channel_panics(op, msg):
    seen = []

    def main():
        c = chan.makechan(0, 1)
        try:
            op(c)
        except proc.GoRuntimePanic as e:
            seen.append(str(e))
    run(main)
    assert seen == [msg]


def test_gopanic_hook_is_an_indirection(monkeypatch):
    class MyPanic(Exception):
        pass

    def hook(msg):
        raise MyPanic(msg)
    monkeypatch.setattr(proc, "gopanic_plain", hook)
    seen = []

    def main():
        try:
            chan.closechan(None)
        except MyPanic as e:
            seen.append(str(e))
    run(main)
    assert seen == ["close of nil channel"]


def test_nil_channel_blocks_forever_and_len_cap():
    def main():
        assert chan.chanlen(None) == 0 and chan.chancap(None) == 0
        g1 = proc.go(chan.chanrecv, None)
        g2 = proc.go(chan.chansend, None, 1)
        timer.sleep(1000)
        assert g1.waitreason == "chan receive (nil chan)"
        assert g2.waitreason == "chan send (nil chan)"
    run(main)


def test_makechan_zero_from_type_descriptor_and_range():
    class RType:
        def zero(self):
            return ""

    def main():
        c = chan.makechan(RType(), 4)
        for s in "abc":
            chan.chansend(c, s)
        chan.closechan(c)
        assert list(chan.chanrange(c)) == ["a", "b", "c"]
        assert chan.chanrecv(c) == ""
    run(main)


def test_close_wake_order_matches_go():
    # Go readies closed-channel waiters from a stack into runnext: the first waiter
    # runs first, then the others last-first.
    order = []

    def main():
        c = chan.makechan(0)
        for i in range(4):
            proc.go(lambda i=i: (chan.chanrecv(c), order.append(i)))
        timer.sleep(1)
        chan.closechan(c)
        timer.sleep(1)
    run(main)
    assert order == [3, 2, 1, 0] or order == [3, 0, 1, 2]


def test_runtime_modules_import_in_any_order():
    # The compiler's rtsupport imports chan first; an import cycle through proc's
    # module-level imports once left chan half-initialised (selectgo imports chan).
    import subprocess
    import sys
    for first in ("chan", "selectgo", "timer", "proc", "netpoll", "sema"):
        r = subprocess.run([sys.executable, "-c", f"import gopherpy.runtime.{first}; "
                            "from gopherpy.runtime import chan, selectgo, proc; chan.sudog; selectgo.selectgo"],
                           capture_output=True, text=True)
        assert r.returncode == 0, (first, r.stderr[-500:])
