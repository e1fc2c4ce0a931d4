"""The goroutine benchmarks on gopherpy's runtime, written as the compiler will emit them (calls into proc, chan, selectgo, sync_rt): python3 gp_bench.py WORKLOAD."""

import sys
import time

from gopherpy.runtime import proc, chan, sync_rt
from gopherpy.runtime.selectgo import selectgo

N_SPAWN = 100_000
N_PINGPONG = 200_000
N_PIPE = 200_000
N_FANIN = 200_000
N_MUTEX_G, N_MUTEX_OPS = 100, 1000
N_PRIMES = 1000
N_PARKED = 100_000


def spawn():
    wg = sync_rt.WaitGroup()
    done = wg.Done
    go = proc.go
    for _ in range(N_SPAWN):
        wg.Add(1)
        go(done)
    wg.Wait()


def pingpong():
    ping, pong = chan.makechan(0), chan.makechan(0)
    send, recv = chan.chansend, chan.chanrecv

    def ponger():
        for _ in range(N_PINGPONG // 2):
            send(pong, recv(ping))
    proc.go(ponger)
    for i in range(N_PINGPONG // 2):
        send(ping, i)
        recv(pong)


def pipeline():
    send, recv2, close = chan.chansend, chan.chanrecv2, chan.closechan

    def gen(out):
        for i in range(N_PIPE):
            send(out, i)
        close(out)

    def stage(inp, out, f):
        while True:
            v, ok = recv2(inp)
            if not ok:
                break
            send(out, f(v))
        close(out)
    cs = [chan.makechan(0, 100) for _ in range(4)]
    proc.go(gen, cs[0])
    proc.go(stage, cs[0], cs[1], lambda v: v * 2)
    proc.go(stage, cs[1], cs[2], lambda v: v + 1)
    proc.go(stage, cs[2], cs[3], lambda v: v % 1000)
    total = 0
    while True:
        v, ok = recv2(cs[3])
        if not ok:
            break
        total += v
    assert total == sum((i * 2 + 1) % 1000 for i in range(N_PIPE))


def fanin():
    cs = [chan.makechan(0) for _ in range(10)]
    per = N_FANIN // 10

    def producer(c):
        for i in range(per):
            chan.chansend(c, i)
    for c in cs:
        proc.go(producer, c)
    cases = [(2, c, None) for c in cs]
    for _ in range(N_FANIN):
        selectgo(cases)


def mutex():
    mu = sync_rt.Mutex()
    wg = sync_rt.WaitGroup()
    counter = [0]

    def worker():
        for i in range(N_MUTEX_OPS):
            mu.Lock()
            counter[0] += 1
            if i % 10 == 0:
                proc.Gosched()      # hold the lock across a yield: real contention
            mu.Unlock()
        wg.Done()
    for _ in range(N_MUTEX_G):
        wg.Add(1)
        proc.go(worker)
    wg.Wait()
    assert counter[0] == N_MUTEX_G * N_MUTEX_OPS


def sieve():
    def generate(ch):
        i = 2
        while True:
            chan.chansend(ch, i)
            i += 1

    def filt(inp, out, prime):
        while True:
            i = chan.chanrecv(inp)
            if i % prime != 0:
                chan.chansend(out, i)
    ch = chan.makechan(0)
    proc.go(generate, ch)
    last = 0
    for _ in range(N_PRIMES):
        prime = chan.chanrecv(ch)
        ch1 = chan.makechan(0)
        proc.go(filt, ch, ch1, prime)
        ch = ch1
        last = prime
    assert last == 7919


def parked():
    """100,000 goroutines parked at once on one channel; prints bytes per goroutine."""
    import gc
    import tracemalloc
    c = chan.makechan(0)
    wg = sync_rt.WaitGroup()
    gc.collect()
    rss0 = _rss()
    tracemalloc.start()
    snap0 = tracemalloc.take_snapshot()

    def waiter():
        chan.chanrecv(c)
        wg.Done()
    for _ in range(N_PARKED):
        wg.Add(1)
        proc.go(waiter)
    proc.Gosched()
    while c.recvq.waiting() < N_PARKED:
        from gopherpy.runtime import timer
        timer.sleep(1)
    snap1 = tracemalloc.take_snapshot()
    traced = sum(s.size_diff for s in snap1.compare_to(snap0, "filename"))
    tracemalloc.stop()
    rss1 = _rss()
    print(f"parked={N_PARKED} greenlets={proc.sched.greenlets_created} "
          f"tracemalloc_bytes_per_g={traced / N_PARKED:.0f} rss_bytes_per_g={(rss1 - rss0) / N_PARKED:.0f}")
    chan.closechan(c)
    wg.Wait()


def _rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


WORKLOADS = {"spawn": spawn, "pingpong": pingpong, "pipeline": pipeline, "fanin": fanin,
             "mutex": mutex, "sieve": sieve, "parked": parked}

if __name__ == "__main__":
    name = sys.argv[1]
    t0 = time.perf_counter()
    st = proc.run_main(WORKLOADS[name], nprocs=int(sys.argv[2]) if len(sys.argv) > 2 else None)
    dt = time.perf_counter() - t0
    if name != "parked":
        print(f"{name} {dt:.3f}s")
    sys.exit(st)
