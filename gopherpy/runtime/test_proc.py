"""Tests of the scheduler (proc.py): run queues, newproc order, G reuse, seeds, preemption, syscalls, GOMAXPROCS."""

import threading

from gopherpy.runtime import proc, chan, timer, sync_rt


def run(main, nprocs=1, seed=1, clock=None, check=True):
    """Run main as goroutine 1 under the fake clock, checking invariants at every switch; assert it ended normally."""
    st = proc.run_main(main, clock=clock or timer.FakeClock(), nprocs=nprocs, seed=seed, check=check)
    assert st == 0, st
    return st


def test_newproc_runnext_order():
    # go f1; go f2; go f3 from main, then main blocks: runnext holds f3 (the newest),
    # the older ones follow in FIFO order, as Go's newproc does.
    out = []

    def main():
        wg = sync_rt.WaitGroup()
        for i in range(1, 4):
            wg.Add(1)

            def f(i=i):
                out.append(i)
                wg.Done()
            proc.go(f)
        wg.Wait()
    run(main)
    assert out == [3, 1, 2]


def test_gosched_round_robin():
    out = []

    def worker(name):
        for i in range(3):
            out.append((name, i))
            proc.Gosched()

    def main():
        wg = sync_rt.WaitGroup()
        for n in "ab":
            wg.Add(1)
            proc.go(lambda n=n: (worker(n), wg.Done()))
        wg.Wait()
    run(main)
    assert sorted(out) == sorted((n, i) for n in "ab" for i in range(3))
    # Gosched goes through the global queue, behind the local one: the workers alternate
    # (as go1.27 does with GOMAXPROCS=1: testdata/progs/gosched_order.go).
    assert [n for n, _ in out] == ["b", "a", "b", "a", "b", "a"]


def test_goroutine_and_greenlet_reuse():
    def main():
        wg = sync_rt.WaitGroup()
        for _ in range(2000):
            wg.Add(1)
            proc.go(wg.Done)
        wg.Wait()
        for _ in range(10):   # spawn-and-wait one at a time: the same G struct comes back
            c = chan.makechan(0)
            proc.go(chan.chansend, c, 1)
            chan.chanrecv(c)
    run(main)
    # 2010 goroutines ran on a handful of greenlets (a finished one adopts the next G).
    assert proc.sched.greenlets_created <= 3, proc.sched.greenlets_created
    assert proc.sched.goidgen == 2011


def test_gfput_gfget_reuses_g_structs():
    seen = []

    def main():
        for _ in range(5):
            c = chan.makechan(0)
            g = proc.go(chan.chansend, c, 1)
            seen.append(id(g))
            chan.chanrecv(c)
            proc.Gosched()     # let it finish and go to the free list
    run(main)
    assert len(set(seen)) == 1


def test_runq_overflow_to_global_and_invariants():
    def main():
        for _ in range(600):
            proc.go(lambda: None)
        p = proc.sched.curp
        assert len(p.runq) <= proc.RUNQ_SIZE
        assert len(proc.sched.runq) > 0
        proc.check_invariants()
        wg = sync_rt.WaitGroup()
        wg.Add(1)
        proc.go(wg.Done)
        wg.Wait()
        while proc.NumGoroutine() > 1:
            proc.Gosched()
        proc.check_invariants()
    run(main)


def test_stealing_between_ps():
    ran = []

    def main():
        gs = [proc.go(ran.append, i) for i in range(10)]
        # Move the queued Gs to P1's queue: P0 (ours) must steal them once main blocks.
        p0, p1 = proc.sched.allp
        while p0.runq:
            p1.runq.append(p0.runq.popleft())
        p1.runq.append(p0.runnext)
        p0.runnext = None
        proc.check_invariants()
        timer.sleep(1)
        assert len(ran) == 10
    run(main, nprocs=2)
    assert sorted(ran) == list(range(10))


def _interleaving(seed):
    out = []

    def main():
        c1, c2 = chan.makechan(0, 4), chan.makechan(0, 4)
        done = chan.makechan(0)

        def prod(c, base):
            for i in range(20):
                chan.chansend(c, base + i)
            chan.chansend(done, 0)
        proc.go(prod, c1, 100)
        proc.go(prod, c2, 200)
        timer.sleep(1)   # both fill their buffers and block: both cases ready from now on
        from gopherpy.runtime.selectgo import selectgo
        for _ in range(40):
            i, v, ok = selectgo([(2, c1, None), (2, c2, None)])
            out.append(v)
        chan.chanrecv(done)
        chan.chanrecv(done)
    proc.run_main(main, clock=timer.FakeClock(), nprocs=4, seed=seed)
    return out


def test_seeded_runs_repeat():
    a, b, c = _interleaving(7), _interleaving(7), _interleaving(8)
    assert a == b
    assert a != c   # another seed, another interleaving (fixed seeds: deterministic)


def test_godebug_seed(monkeypatch):
    monkeypatch.setenv("GODEBUG", "gopherpyseed=42")
    proc.seed_rand()
    x = [proc.runtime_rand() for _ in range(3)]
    proc.seed_rand()
    assert [proc.runtime_rand() for _ in range(3)] == x
    assert proc.seeded
    monkeypatch.setenv("GODEBUG", "")
    proc.seed_rand()
    assert not proc.seeded


def test_preemption_of_spinning_goroutine():
    # Go's test: a goroutine spinning in `for {}` must not starve main. The spinner
    # polls preempt_check at its loop back-edge; sysmon (a real thread) asks it to yield
    # after 10 ms. The outcome does not depend on timing, only the number of polls does.
    state = {"stop": False, "polls": 0}

    def spinner():
        while not state["stop"]:
            state["polls"] += 1
            proc.preempt_check()

    def main():
        proc.go(spinner)
        timer.sleep(1_000_000)  # the spinner runs now and spins until preempted
        state["stop"] = True
    proc.run_main(main, nprocs=1, seed=1)   # real clock: sysmon measures real time
    assert state["stop"] and state["polls"] > 0


def test_request_preempt_moves_to_global_queue():
    out = []

    def spinner(name):
        for i in range(3):
            out.append(name)
            proc.request_preempt()
            proc.preempt_check()

    def main():
        wg = sync_rt.WaitGroup()
        for n in "xy":
            wg.Add(1)
            proc.go(lambda n=n: (spinner(n), wg.Done()))
        wg.Wait()
    run(main, nprocs=2)
    # Each preemption sends the G through the global queue and moves the M to the next
    # P: on P1 (empty local queue) y comes back from the global queue at once; back on
    # P0, x (queued there) runs first; then they alternate.
    assert out == ["y", "y", "x", "y", "x", "x"]


def test_entersyscall_block_lets_others_run():
    ev = threading.Event()
    out = []

    def blocking():
        ev.wait(10)      # released by another goroutine below
        return "done"

    def main():
        c = chan.makechan(0)

        def sys_g():
            chan.chansend(c, proc.entersyscall_block(blocking))
        proc.go(sys_g)
        for _ in range(3):
            proc.Gosched()      # sys_g enters the syscall and parks in _Gsyscall
        g = [g for g in proc.sched.allgs.values() if g.goid != 1][0]
        out.append(g.status == proc._Gsyscall)
        ev.set()                # the "OS" finishes the call
        out.append(chan.chanrecv(c))
    run(main)
    assert out == [True, "done"]


def test_syscall_exception_reraised():
    def bad():
        raise OSError("boom")

    def main():
        try:
            proc.entersyscall_block(bad)
        except OSError as e:
            assert str(e) == "boom"
        else:
            raise AssertionError("no exception")
    run(main)


def test_gomaxprocs_and_numgoroutine():
    def main():
        assert proc.GOMAXPROCS(0) == 3
        assert proc.GOMAXPROCS(1) == 3
        assert proc.GOMAXPROCS(0) == 1
        proc.go(timer.sleep, 10)
        assert proc.NumGoroutine() == 2
        timer.sleep(20)
        assert proc.NumGoroutine() == 1
    run(main, nprocs=3)


def test_main_return_discards_others():
    out = []

    def main():
        proc.go(lambda: (timer.sleep(100), out.append("late")))
        proc.go(lambda: chan.chanrecv(None))
    run(main)
    assert out == []


def test_schedtrace_format():
    def main():
        proc.go(lambda: None)
        s = proc.schedtrace_text(12)
        assert s.startswith("SCHED 12ms: gomaxprocs=2 idleprocs=")
        assert " spinningthreads=0 needspinning=0 idlethreads=" in s
        assert s.endswith("]\n") and " schedticks=[ " in s and " [ 1 0 ]" in s
        d = proc.schedtrace_text(0, detailed=True)
        assert "  P0: status=1 schedtick=" in d and "  G1: status=2()" in d
    run(main, nprocs=2)


def test_goroutines_started_before_run_main_run_after_main_starts():
    out = []
    proc.sched.allgs.clear()
    proc.go(out.append, "early")          # e.g. a go statement in a package init

    def main():
        timer.sleep(1)
        out.append("main")
    run(main)
    assert out == ["early", "main"]
