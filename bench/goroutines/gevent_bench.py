"""The goroutine benchmarks written idiomatically with gevent (greenlets, Channel, Queue, Semaphore): python3 gevent_bench.py WORKLOAD.

gevent is a bench-only comparison, never a dependency of gopherpy: run.py skips this
column when gevent is not installed (`pip install gevent` to measure it).
"""

import sys
import time

import gevent
from gevent.event import Event
from gevent.lock import Semaphore
from gevent.queue import Channel, Queue

N_SPAWN = 100_000
N_PINGPONG = 200_000
N_PIPE = 200_000
N_FANIN = 200_000
N_MUTEX_G, N_MUTEX_OPS = 100, 1000
N_PRIMES = 1000
N_PARKED = 100_000


def spawn():
    def f():
        pass
    gevent.joinall([gevent.spawn(f) for _ in range(N_SPAWN)])


def pingpong():
    ping, pong = Channel(), Channel()    # unbuffered rendezvous, like Go's channels

    def ponger():
        for _ in range(N_PINGPONG // 2):
            pong.put(ping.get())
    g = gevent.spawn(ponger)
    for i in range(N_PINGPONG // 2):
        ping.put(i)
        pong.get()
    g.join()


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
    qs = [Queue(100) for _ in range(4)]
    gs = [gevent.spawn(gen, qs[0]),
          gevent.spawn(stage, qs[0], qs[1], lambda v: v * 2),
          gevent.spawn(stage, qs[1], qs[2], lambda v: v + 1),
          gevent.spawn(stage, qs[2], qs[3], lambda v: v % 1000)]
    total = 0
    while True:
        v = qs[3].get()
        if v is END:
            break
        total += v
    gevent.joinall(gs)
    assert total == sum((i * 2 + 1) % 1000 for i in range(N_PIPE))


def fanin():
    # No select in gevent: producers fan into one shared unbuffered Channel.
    c = Channel()
    per = N_FANIN // 10

    def producer():
        for i in range(per):
            c.put(i)
    gs = [gevent.spawn(producer) for _ in range(10)]
    for _ in range(N_FANIN):
        c.get()
    gevent.joinall(gs)


def mutex():
    mu = Semaphore(1)
    counter = [0]

    def worker():
        for i in range(N_MUTEX_OPS):
            with mu:
                counter[0] += 1
                if i % 10 == 0:
                    gevent.sleep(0)
    gevent.joinall([gevent.spawn(worker) for _ in range(N_MUTEX_G)])
    assert counter[0] == N_MUTEX_G * N_MUTEX_OPS


def sieve():
    def generate(c):
        i = 2
        while True:
            c.put(i)
            i += 1

    def filt(inp, out, prime):
        while True:
            i = inp.get()
            if i % prime:
                out.put(i)
    c = Channel()
    gs = [gevent.spawn(generate, c)]
    last = 0
    for _ in range(N_PRIMES):
        prime = c.get()
        c1 = Channel()
        gs.append(gevent.spawn(filt, c, c1, prime))
        c = c1
        last = prime
    gevent.killall(gs)
    assert last == 7919


def parked():
    ev = Event()
    rss0 = _rss()
    started = [0]

    def waiter():
        started[0] += 1
        ev.wait()
    gs = [gevent.spawn(waiter) for _ in range(N_PARKED)]
    while started[0] < N_PARKED:
        gevent.sleep(0.01)
    rss1 = _rss()
    print(f"parked={N_PARKED} rss_bytes_per_g={(rss1 - rss0) // N_PARKED}")
    ev.set()
    gevent.joinall(gs)


def _rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


WORKLOADS = {"spawn": spawn, "pingpong": pingpong, "pipeline": pipeline, "fanin": fanin,
             "mutex": mutex, "sieve": sieve, "parked": parked}

if __name__ == "__main__":
    name = sys.argv[1]
    t0 = time.perf_counter()
    WORKLOADS[name]()
    if name != "parked":
        print(f"{name} {time.perf_counter() - t0:.3f}s")
