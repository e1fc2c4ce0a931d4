"""Tests of timers (timer.py) under the fake clock: sleep, Timer Stop/Reset (Go 1.23), tickers, AfterFunc, After."""

import pytest

from gopherpy.runtime import proc, chan, timer
from gopherpy.runtime.selectgo import selectgo
from gopherpy.runtime.test_proc import run

MS = 1_000_000


def test_sleep_advances_fake_time_exactly():
    log = []

    def main():
        t0 = timer.nanotime()
        for d in (3, 1, 2):
            proc.go(lambda d=d: (timer.sleep(d * MS), log.append((d, timer.nanotime() - t0))))
        timer.sleep(10 * MS)
        log.append(("main", timer.nanotime() - t0))
        assert timer.walltime() == timer.SYNCTEST_EPOCH_NS + 10 * MS
    run(main)
    assert log == [(1, 1 * MS), (2, 2 * MS), (3, 3 * MS), ("main", 10 * MS)]


def test_timer_fires_and_stop_reports_pending():
    def main():
        t = timer.NewTimer(5 * MS)
        assert chan.chancap(t.C) == 0 and chan.chanlen(t.C) == 0   # Go 1.23
        v = chan.chanrecv(t.C)
        assert v == timer.SYNCTEST_EPOCH_NS + 5 * MS
        assert t.Stop() is False           # already fired
        t2 = timer.NewTimer(5 * MS)
        assert t2.Stop() is True           # stopped before firing
        assert selectgo([(2, t2.C, None), None])[0] == 1
        timer.sleep(10 * MS)
        assert selectgo([(2, t2.C, None), None])[0] == 1   # never fires after Stop
    run(main)


def test_no_stale_value_after_reset_or_stop():
    def main():
        t = timer.NewTimer(1 * MS)
        timer.sleep(2 * MS)                # fired into C, nobody received
        assert t.Reset(5 * MS) is True     # Go 1.23: an unreceived value counts as pending
        start = timer.nanotime()
        chan.chanrecv(t.C)                 # the old value is gone: this waits 5 ms
        assert timer.nanotime() - start == 5 * MS
        t3 = timer.NewTimer(1 * MS)
        timer.sleep(2 * MS)
        assert t3.Stop() is True           # go1.27: "stop expired: true 0 0"
        assert t3.Stop() is False
        assert selectgo([(2, t3.C, None), None])[0] == 1
    run(main)


def test_reset_pending_timer_returns_true():
    def main():
        t = timer.NewTimer(10 * MS)
        timer.sleep(5 * MS)
        assert t.Reset(10 * MS) is True
        start = timer.nanotime()
        chan.chanrecv(t.C)
        assert timer.nanotime() - start == 10 * MS
    run(main)


def test_ticker_period_drops_and_reset():
    def main():
        tk = timer.NewTicker(2 * MS)
        t0 = timer.nanotime()
        ticks = [chan.chanrecv(tk.C) - t0 for _ in range(3)]
        assert ticks == [2 * MS, 4 * MS, 6 * MS]
        timer.sleep(7 * MS)                # ticks at 8, 10, 12 ms: one kept, others dropped
        assert chan.chanrecv(tk.C) - t0 == 8 * MS
        assert chan.chanrecv(tk.C) - t0 == 14 * MS
        tk.ResetTicker(5 * MS)
        assert chan.chanrecv(tk.C) - t0 == 19 * MS
        tk.Stop()
        timer.sleep(20 * MS)
        assert selectgo([(2, tk.C, None), None])[0] == 1
    run(main)


def test_ticker_bad_interval_panics():
    seen = []

    def main():
        for f in (lambda: timer.NewTicker(0), lambda: timer.NewTicker(1).ResetTicker(-1)):
            try:
                f()
            except proc.GoRuntimePanic as e:
                seen.append(str(e))
    run(main)
    assert seen == ["non-positive interval for NewTicker", "non-positive interval for Ticker.Reset"]


def test_afterfunc_runs_in_new_goroutine_and_stop():
    log = []

    def main():
        timer.AfterFunc(3 * MS, lambda: log.append(("f", proc.getg().goid != 1)))
        t = timer.AfterFunc(4 * MS, lambda: log.append("never"))
        assert t.Stop() is True
        assert t.Reset(MS) is False and t.Stop() is True   # go1.27: "true false true"
        timer.sleep(10 * MS)
    run(main)
    assert log == [("f", True)]


def test_after_and_select_timeout():
    def main():
        c = chan.makechan(0)
        i, v, ok = selectgo([(2, c, None), (2, timer.After(50 * MS), None)])
        assert i == 1 and ok
        assert timer.Tick(0) is None
    run(main)


def test_timer_invariants():
    def main():
        ts = [timer.NewTimer(i * MS) for i in range(1, 20)]
        for t in ts[::2]:
            t.Stop()
        timer.check_invariants()
        timer.sleep(5 * MS)
        timer.check_invariants()
    run(main, nprocs=2)


def test_fake_clock_waits_for_syscalls_not_timers():
    # synctest's rule: a goroutine in a syscall is not durably blocked, so fake time
    # must not jump to the pending timer while the (20 ms real) syscall is in flight.
    import time
    seen = []

    def main():
        t0 = timer.nanotime()
        proc.go(lambda: (proc.entersyscall_block(time.sleep, 0.02), seen.append(timer.nanotime() - t0)))
        timer.sleep(2 * MS)
        assert timer.nanotime() - t0 == 2 * MS
    run(main)
    assert seen == [0]
