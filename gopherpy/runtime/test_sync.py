"""Tests of the sync runtime (sync_rt.py, sema.py): Mutex modes, RWMutex, WaitGroup, Once, Cond."""

from gopherpy.runtime import proc, timer, sync_rt
from gopherpy.runtime.test_proc import run

MS = 1_000_000


def test_mutex_mutual_exclusion():
    def main():
        mu = sync_rt.Mutex()
        wg = sync_rt.WaitGroup()
        inside = [0]
        total = [0]

        def worker():
            for _ in range(50):
                mu.Lock()
                inside[0] += 1
                assert inside[0] == 1
                proc.Gosched()
                total[0] += 1
                inside[0] -= 1
                mu.Unlock()
            wg.Done()
        for _ in range(10):
            wg.Add(1)
            proc.go(worker)
        wg.Wait()
        assert total[0] == 500 and mu.state == 0
        mu.check_invariants()
    run(main, nprocs=2)


def test_mutex_normal_mode_newcomer_wins_then_starvation_handoff():
    log = []

    def main():
        mu = sync_rt.Mutex()
        mu.Lock()

        def waiter():
            mu.Lock()
            log.append(("waiter got it", mu.starving()))
            mu.Unlock()
        proc.go(waiter)
        timer.sleep(2 * MS)          # waiter parks in sync.Mutex.Lock
        mu.check_invariants()
        mu.Unlock()                  # normal mode: waiter woken ...
        assert mu.TryLock()          # ... but the running newcomer takes the lock first
        log.append("main relocked")
        timer.sleep(2 * MS)          # waiter ran, lost, has now waited > 1 ms: starving
        assert mu.starving()
        mu.Unlock()                  # starvation mode: direct hand-off, waiter runs now
        log.append(("main after unlock", mu.TryLock()))
        mu.Unlock()
        assert mu.state == 0
    run(main)
    # The waiter got the mutex by hand-off before main could retake it; being the last
    # waiter, it took the mutex out of starvation mode.
    assert log == ["main relocked", ("waiter got it", False), ("main after unlock", True)]


def test_mutex_unlock_of_unlocked_is_fatal():
    out = []

    def main():
        try:
            sync_rt.Mutex().Unlock()
        except proc.FatalError as e:
            out.append(e.msg)
    run(main)
    assert out == ["sync: unlock of unlocked mutex"]


def test_rwmutex_readers_share_writer_excludes_and_has_preference():
    log = []

    def main():
        rw = sync_rt.RWMutex()
        rw.RLock()
        rw.RLock()

        def writer():
            rw.Lock()
            log.append("w")
            rw.Unlock()

        def reader():
            rw.RLock()
            log.append("r")
            rw.RUnlock()
        proc.go(writer)
        timer.sleep(1)
        assert [g.waitreason for g in proc.sched.allgs.values() if g.goid != 1] == ["sync.RWMutex.Lock"]
        proc.go(reader)             # a writer is pending: new readers wait
        timer.sleep(1)
        assert log == []
        rw.RUnlock()
        rw.RUnlock()
        timer.sleep(1)
        assert log == ["w", "r"]
    run(main)


def test_waitgroup_wait_and_negative_counter_panic():
    seen = []

    def main():
        wg = sync_rt.WaitGroup()
        for _ in range(3):
            wg.Add(1)
            proc.go(lambda: (timer.sleep(MS), wg.Done()))
        g = proc.go(wg.Wait)
        timer.sleep(1)
        assert g.waitreason == "sync.WaitGroup.Wait"
        wg.Wait()
        try:
            wg.Done()
        except proc.GoRuntimePanic as e:
            seen.append(str(e))
        wg2 = sync_rt.WaitGroup()
        out = []
        for i in range(3):
            wg2.Go(lambda i=i: out.append(i))
        wg2.Wait()
        assert sorted(out) == [0, 1, 2]
    run(main)
    assert seen == ["sync: negative WaitGroup counter"]


def test_once_runs_once_even_if_f_panics():
    calls = []

    def main():
        o = sync_rt.Once()
        for _ in range(3):
            o.Do(lambda: calls.append(1))
        o2 = sync_rt.Once()
        try:
            o2.Do(lambda: 1 / 0)
        except ZeroDivisionError:
            pass
        o2.Do(lambda: calls.append(2))
    run(main)
    assert calls == [1]


def test_cond_signal_and_broadcast():
    log = []

    def main():
        mu = sync_rt.Mutex()
        cond = sync_rt.Cond(mu)
        ready = [False]

        def waiter(i):
            mu.Lock()
            while not ready[0]:
                cond.Wait()
            log.append(i)
            mu.Unlock()
        for i in range(3):
            proc.go(waiter, i)
        timer.sleep(1)
        assert all(g.waitreason == "sync.Cond.Wait" for g in proc.sched.allgs.values() if g.goid != 1)
        mu.Lock()
        ready[0] = True
        cond.Signal()
        mu.Unlock()
        timer.sleep(1)
        assert len(log) == 1
        cond.Broadcast()
        timer.sleep(1)
    run(main)
    assert sorted(log) == [0, 1, 2]
