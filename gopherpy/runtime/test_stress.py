"""Seeded random stress of channels, select, timers and sync together: every value sent is received exactly once, invariants hold at every switch, and a seed replays the same run."""

import random

import pytest

from gopherpy.runtime import proc, chan, timer, sync_rt
from gopherpy.runtime.selectgo import selectgo
from gopherpy.runtime.test_proc import run


def _workload(seed):
    rnd = random.Random(seed)
    trace = []
    received = []

    def main():
        chans = [chan.makechan(0, rnd.choice([0, 0, 1, 3])) for _ in range(5)]
        mu = sync_rt.Mutex()
        wg = sync_rt.WaitGroup()
        nprod = 6
        per = 30

        def producer(pid):
            for k in range(per):
                v = (pid, k)
                r = rnd.random()
                if r < 0.5:
                    chan.chansend(rnd.choice(chans), v)
                else:
                    cs = rnd.sample(chans, 2)
                    cases = [(1, cs[0], v), (1, cs[1], v)]
                    if r < 0.6:
                        cases.append(None)
                    i, _, _ = selectgo(cases)
                    if cases[i] is None:
                        chan.chansend(cs[0], v)   # default taken: send blocking instead
                if rnd.random() < 0.2:
                    timer.sleep(rnd.randrange(1, 5) * 1000)
                if rnd.random() < 0.1:
                    mu.Lock()
                    proc.Gosched()
                    mu.Unlock()
            wg.Done()

        stop = chan.makechan(0)

        def consumer(cid):
            while True:
                cases = [(2, c, None) for c in chans] + [(2, stop, None)]
                i, v, ok = selectgo(cases)
                if i == len(chans):
                    return
                received.append(v)
                trace.append((cid, v))
                if rnd.random() < 0.1:
                    timer.sleep(1000)

        for c in range(3):
            proc.go(consumer, c)
        for p in range(nprod):
            wg.Add(1)
            proc.go(producer, p)
        wg.Wait()
        while sum(chan.chanlen(c) for c in chans):
            timer.sleep(1000)
        timer.sleep(10_000)
        chan.closechan(stop)
        timer.sleep(10_000)
        assert proc.NumGoroutine() == 1
        for c in chans:
            c.check_invariants()
    run(main, nprocs=3, seed=seed)
    assert sorted(received) == sorted((p, k) for p in range(6) for k in range(30))
    return trace


@pytest.mark.parametrize("seed", range(8))
def test_stress_conservation(seed):
    _workload(seed)


def test_stress_replays_with_seed():
    assert _workload(99) == _workload(99)
