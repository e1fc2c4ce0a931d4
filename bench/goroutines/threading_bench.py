"""The goroutine benchmarks written with OS threads (threading, queue.Queue, Lock): python3 threading_bench.py WORKLOAD. Sizes are the same; expect OS limits to bite."""

import queue
import sys
import threading
import time

N_SPAWN = 100_000
N_PINGPONG = 200_000
N_PIPE = 200_000
N_FANIN = 200_000
N_MUTEX_G, N_MUTEX_OPS = 100, 1000
N_PRIMES = 1000
N_PARKED = 100_000   # parked: measured with fewer threads and scaled (see below)


def spawn():
    # Start and join 100,000 threads, at most 1,000 alive at once (OS thread limits).
    batch = 1000
    for _ in range(N_SPAWN // batch):
        ts = [threading.Thread(target=lambda: None) for _ in range(batch)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()


def pingpong():
    ping, pong = queue.Queue(1), queue.Queue(1)

    def ponger():
        for _ in range(N_PINGPONG // 2):
            pong.put(ping.get())
    t = threading.Thread(target=ponger)
    t.start()
    for i in range(N_PINGPONG // 2):
        ping.put(i)
        pong.get()
    t.join()


def pipeline():
    END = object()

    def gen(out):
        for i in range(N_PIPE):
            out.put(i)
        out.put(END)

    def stage(inp, out, f):
        while True:
            v = inp.get()
            if v is END:
                break
            out.put(f(v))
        out.put(END)
    qs = [queue.Queue(100) for _ in range(4)]
    ts = [threading.Thread(target=gen, args=(qs[0],)),
          threading.Thread(target=stage, args=(qs[0], qs[1], lambda v: v * 2)),
          threading.Thread(target=stage, args=(qs[1], qs[2], lambda v: v + 1)),
          threading.Thread(target=stage, args=(qs[2], qs[3], lambda v: v % 1000))]
    for t in ts:
        t.start()
    total = 0
    while True:
        v = qs[3].get()
        if v is END:
            break
        total += v
    for t in ts:
        t.join()
    assert total == sum((i * 2 + 1) % 1000 for i in range(N_PIPE))


def fanin():
    q = queue.Queue(1)
    per = N_FANIN // 10

    def producer():
        for i in range(per):
            q.put(i)
    ts = [threading.Thread(target=producer) for _ in range(10)]
    for t in ts:
        t.start()
    for _ in range(N_FANIN):
        q.get()
    for t in ts:
        t.join()


def mutex():
    mu = threading.Lock()
    counter = [0]

    def worker():
        for i in range(N_MUTEX_OPS):
            with mu:
                counter[0] += 1
                if i % 10 == 0:
                    time.sleep(0)
    ts = [threading.Thread(target=worker) for _ in range(N_MUTEX_G)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert counter[0] == N_MUTEX_G * N_MUTEX_OPS


def sieve():
    def generate(q):
        i = 2
        while True:
            q.put(i)
            i += 1

    def filt(inp, out, prime):
        while True:
            i = inp.get()
            if i % prime:
                out.put(i)
    q = queue.Queue(1)
    threading.Thread(target=generate, args=(q,), daemon=True).start()
    last = 0
    for _ in range(N_PRIMES):
        prime = q.get()
        q1 = queue.Queue(1)
        threading.Thread(target=filt, args=(q, q1, prime), daemon=True).start()
        q = q1
        last = prime
    assert last == 7919


def parked():
    # 100,000 OS threads exceed this machine's limits: park 5,000 and report per thread.
    n = 5000
    ev = threading.Event()
    with open("/proc/self/statm") as f:
        r0 = int(f.read().split()[1]) * 4096
    threading.stack_size(64 * 1024)
    ts = [threading.Thread(target=ev.wait) for _ in range(n)]
    for t in ts:
        t.start()
    with open("/proc/self/statm") as f:
        r1 = int(f.read().split()[1]) * 4096
    print(f"parked={n} (not {N_PARKED}: OS limits) rss_bytes_per_thread={(r1 - r0) / n:.0f}")
    ev.set()
    for t in ts:
        t.join()


WORKLOADS = {"spawn": spawn, "pingpong": pingpong, "pipeline": pipeline, "fanin": fanin,
             "mutex": mutex, "sieve": sieve, "parked": parked}

if __name__ == "__main__":
    name = sys.argv[1]
    t0 = time.perf_counter()
    WORKLOADS[name]()
    if name != "parked":
        print(f"{name} {time.perf_counter() - t0:.3f}s")
    sys.stdout.flush()
    import os
    os._exit(0)
