"""Tests of select (selectgo.py): readiness, default, fairness, blocking on all cases, dequeuing, nil and closed channels."""

from gopherpy.runtime import proc, chan, timer
from gopherpy.runtime.selectgo import selectgo, block
from gopherpy.runtime.test_proc import run


def test_default_when_nothing_ready():
    def main():
        c = chan.makechan(0)
        assert selectgo([(2, c, None), None]) == (1, None, False)
        assert selectgo([None, (1, c, 5)]) == (0, None, False)
    run(main)


def test_uniform_choice_among_ready_cases():
    counts = [0, 0, 0]

    def main():
        cs = [chan.makechan(0, 1) for _ in range(3)]
        for _ in range(3000):
            for c in cs:
                if chan.chanlen(c) == 0:
                    chan.chansend(c, 1)
            i, v, ok = selectgo([(2, c, None) for c in cs])
            counts[i] += 1
    run(main, seed=123)
    # Fixed seed: deterministic; each case should get about 1000 of 3000.
    assert all(900 < n < 1100 for n in counts), counts


def test_blocks_on_all_and_dequeues_the_others():
    def main():
        a, b = chan.makechan(0), chan.makechan(0)
        res = []
        g = proc.go(lambda: res.append(selectgo([(2, a, None), (2, b, None)])))
        timer.sleep(1)
        assert g.waitreason == "select"
        assert a.recvq.first is not None and b.recvq.first is not None
        chan.chansend(b, "B")
        timer.sleep(1)
        assert res == [(1, "B", True)]
        assert a.recvq.waiting() == 0 and b.recvq.waiting() == 0
        # a's sudog is stale (its select is over): a send now blocks (nobody is there)
        assert not chan.chansend(a, 1, False)
    run(main)


def test_send_case_blocks_then_fires():
    def main():
        c = chan.makechan(0)
        d = chan.makechan(0)
        res = []
        proc.go(lambda: res.append(selectgo([(1, c, 10), (2, d, None)])))
        timer.sleep(1)
        assert chan.chanrecv(c) == 10
        timer.sleep(1)
        assert res == [(0, None, False)]
        assert d.recvq.waiting() == 0
    run(main)


def test_select_on_closed_channel_and_send_panic():
    seen = []

    def main():
        c = chan.makechan(0)
        chan.closechan(c)
        assert selectgo([(2, c, None)]) == (0, 0, False)
        try:
            selectgo([(1, c, 1), None])
        except proc.GoRuntimePanic as e:
            seen.append(str(e))
        d = chan.makechan(0)
        res = []
        proc.go(lambda: res.append(selectgo([(2, d, None), (2, None, None)])))
        timer.sleep(1)
        chan.closechan(d)
        timer.sleep(1)
        assert res == [(0, 0, False)]
    run(main)
    assert seen == ["send on closed channel"]


def test_select_both_directions_same_channel():
    def main():
        c = chan.makechan(0)
        res = []
        proc.go(lambda: res.append(selectgo([(1, c, "s"), (2, c, None)])))
        timer.sleep(1)
        c.check_invariants()
        assert chan.chanrecv(c) == "s"
        timer.sleep(1)
        assert res == [(0, None, False)]
        assert c.sendq.waiting() == 0 and c.recvq.waiting() == 0
    run(main)


def test_nil_only_and_empty_select_park_forever():
    def main():
        g1 = proc.go(selectgo, [(2, None, None)])
        g2 = proc.go(block)
        timer.sleep(5)
        assert g1.waitreason == "select"
        assert g2.waitreason == "select (no cases)"
    run(main)


def test_two_selects_racing_for_one_value():
    def main():
        c = chan.makechan(0)
        other = chan.makechan(0)
        res = []
        for k in range(2):
            proc.go(lambda k=k: res.append((k, selectgo([(2, c, None), (2, other, None)]))))
        timer.sleep(1)
        chan.chansend(c, 1)
        chan.closechan(other)
        timer.sleep(1)
        assert sorted(r[1] for r in res) == [(0, 1, True), (1, 0, False)]
    run(main)


def test_reselect_goes_behind_later_waiters():
    # A and B wait on c (A first). A's select completes on its own channel and A selects
    # again: as in Go (A left c's queue, then re-entered at the tail), B is now first.
    def main():
        c, a1, b1 = chan.makechan(0), chan.makechan(0), chan.makechan(0)
        got = []

        def a():
            while True:
                i, v, ok = selectgo([(2, c, None), (2, a1, None)])
                if i == 0:
                    got.append(("A", v))
                    return

        def b():
            i, v, ok = selectgo([(2, c, None), (2, b1, None)])
            got.append(("B", v))
        proc.go(a)
        timer.sleep(1)
        proc.go(b)
        timer.sleep(1)
        chan.chansend(a1, 0)            # A wakes and selects again, behind B
        timer.sleep(1)
        chan.chansend(c, 1)
        chan.chansend(c, 2)
        timer.sleep(1)
        assert dict(got) == {"B": 1, "A": 2}
        c.check_invariants()
    run(main)


def test_reselect_in_place_keeps_its_turn():
    # A's stale sudog is still the last on c when A selects again: it is revived in
    # place, exactly where remove-then-append would have put it; B queued later is second.
    def main():
        c, a1 = chan.makechan(0), chan.makechan(0)
        got = []

        def a():
            while True:
                i, v, ok = selectgo([(2, c, None), (2, a1, None)])
                if i == 0:
                    got.append(("A", v))
                    return
        proc.go(a)
        timer.sleep(1)
        chan.chansend(a1, 0)
        timer.sleep(1)
        assert c.recvq.waiting() == 1
        proc.go(lambda: got.append(("B", chan.chanrecv(c))))
        timer.sleep(1)
        chan.chansend(c, 1)
        chan.chansend(c, 2)
        timer.sleep(1)
        assert dict(got) == {"A": 1, "B": 2}
    run(main)


def test_worker_pool_stale_sudogs_stay_bounded_and_leave_with_their_goroutine():
    # Workers select over a quit channel that fires only at the end: the quit queue
    # never holds more than one sudog per worker, and none once the workers are gone.
    def main():
        jobs, quit, done = chan.makechan(0), chan.makechan(0), chan.makechan(0, 100)
        nw = 4

        def worker():
            n = 0
            while True:
                i, v, ok = selectgo([(2, jobs, None), (2, quit, None)])
                if i == 1:
                    chan.chansend(done, n)
                    return
                n += 1
        for _ in range(nw):
            proc.go(worker)
        for k in range(500):
            chan.chansend(jobs, k)
            n = 0
            sg = quit.recvq.first
            while sg is not None:
                n += 1
                sg = sg.next
            assert n <= nw
        chan.closechan(quit)
        assert sum(chan.chanrecv(done) for _ in range(nw)) == 500
        timer.sleep(1)
        assert jobs.recvq.first is None and quit.recvq.first is None
    run(main)


def test_selectrecv_and_selectn_entry_points():
    from gopherpy.runtime.selectgo import selectrecv, selectn

    def main():
        a, b = chan.makechan(0, 1), chan.makechan(0, 1)
        chan.chansend(b, "b")
        assert selectrecv((a, b)) == (1, "b", True)
        chan.chansend(a, "x")
        assert selectrecv((None, a, None)) == (1, "x", True)
        assert selectn((1, 2), (a, 5, b, None), False) == (0, None, False)
        assert selectn((2,), (b, None), False) == (-1, None, False)
        res = []
        proc.go(lambda: res.append(selectrecv((None, b))))
        timer.sleep(1)
        chan.chansend(b, "late")
        timer.sleep(1)
        assert res == [(1, "late", True)]
    run(main)
