"""The goroutine benchmarks written idiomatically with asyncio (tasks, Queue, Lock): python3 asyncio_bench.py WORKLOAD."""

import asyncio
import sys
import time

N_SPAWN = 100_000
N_PINGPONG = 200_000
N_PIPE = 200_000
N_FANIN = 200_000
N_MUTEX_G, N_MUTEX_OPS = 100, 1000
N_PRIMES = 1000
N_PARKED = 100_000


async def spawn():
    async def f():
        pass
    await asyncio.gather(*[asyncio.create_task(f()) for _ in range(N_SPAWN)])


async def pingpong():
    # An unbuffered channel's rendezvous is closest to a Queue(maxsize=1) pair.
    ping, pong = asyncio.Queue(1), asyncio.Queue(1)

    async def ponger():
        for _ in range(N_PINGPONG // 2):
            await pong.put(await ping.get())
    t = asyncio.create_task(ponger())
    for i in range(N_PINGPONG // 2):
        await ping.put(i)
        await pong.get()
    await t


async def pipeline():
    END = object()

    async def gen(out):
        for i in range(N_PIPE):
            await out.put(i)
        await out.put(END)

    async def stage(inp, out, f):
        while True:
            v = await inp.get()
            if v is END:
                break
            await out.put(f(v))
        await out.put(END)
    qs = [asyncio.Queue(100) for _ in range(4)]
    ts = [asyncio.create_task(gen(qs[0])),
          asyncio.create_task(stage(qs[0], qs[1], lambda v: v * 2)),
          asyncio.create_task(stage(qs[1], qs[2], lambda v: v + 1)),
          asyncio.create_task(stage(qs[2], qs[3], lambda v: v % 1000))]
    total = 0
    while True:
        v = await qs[3].get()
        if v is END:
            break
        total += v
    await asyncio.gather(*ts)
    assert total == sum((i * 2 + 1) % 1000 for i in range(N_PIPE))


async def fanin():
    # No select in asyncio: producers fan into one shared queue (the idiomatic form).
    q = asyncio.Queue(1)
    per = N_FANIN // 10

    async def producer():
        for i in range(per):
            await q.put(i)
    ts = [asyncio.create_task(producer()) for _ in range(10)]
    for _ in range(N_FANIN):
        await q.get()
    await asyncio.gather(*ts)


async def mutex():
    mu = asyncio.Lock()
    counter = [0]

    async def worker():
        for i in range(N_MUTEX_OPS):
            async with mu:
                counter[0] += 1
                if i % 10 == 0:
                    await asyncio.sleep(0)
    await asyncio.gather(*[worker() for _ in range(N_MUTEX_G)])
    assert counter[0] == N_MUTEX_G * N_MUTEX_OPS


async def sieve():
    async def generate(q):
        i = 2
        while True:
            await q.put(i)
            i += 1

    async def filt(inp, out, prime):
        while True:
            i = await inp.get()
            if i % prime:
                await out.put(i)
    q = asyncio.Queue(1)
    tasks = [asyncio.create_task(generate(q))]
    last = 0
    for _ in range(N_PRIMES):
        prime = await q.get()
        q1 = asyncio.Queue(1)
        tasks.append(asyncio.create_task(filt(q, q1, prime)))
        q = q1
        last = prime
    for t in tasks:
        t.cancel()
    assert last == 7919


async def parked():
    import gc
    import tracemalloc
    ev = asyncio.Event()
    gc.collect()
    rss0 = _rss()
    tracemalloc.start()
    s0 = tracemalloc.take_snapshot()

    async def waiter():
        await ev.wait()
    ts = [asyncio.create_task(waiter()) for _ in range(N_PARKED)]
    await asyncio.sleep(0)
    s1 = tracemalloc.take_snapshot()
    traced = sum(s.size_diff for s in s1.compare_to(s0, "filename"))
    tracemalloc.stop()
    rss1 = _rss()
    print(f"parked={N_PARKED} tracemalloc_bytes_per_task={traced / N_PARKED:.0f} "
          f"rss_bytes_per_task={(rss1 - rss0) / N_PARKED:.0f}")
    ev.set()
    await asyncio.gather(*ts)


def _rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


WORKLOADS = {"spawn": spawn, "pingpong": pingpong, "pipeline": pipeline, "fanin": fanin,
             "mutex": mutex, "sieve": sieve, "parked": parked}

if __name__ == "__main__":
    name = sys.argv[1]
    t0 = time.perf_counter()
    asyncio.run(WORKLOADS[name]())
    if name != "parked":
        print(f"{name} {time.perf_counter() - t0:.3f}s")
