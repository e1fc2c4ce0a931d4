"""Runner for the goroutine benchmarks: each workload as a whole process (start-up included) in gopherpy, gevent, asyncio, threading and native Go; prints seconds and ratios from one run.

    python3 bench/goroutines/run.py [--skip-threading] [--runtime] [--repeat=N] [workload ...]

The gopherpy column is `gopherpy run go_bench.go WORKLOAD`: the same Go program that
native Go builds, compiled by gopherpy (its code cache warmed by one untimed run, as
a user's second run finds it, and gopherpy's own modules byte-compiled first, as
`pip install` leaves them and as gevent's are: with PYTHONDONTWRITEBYTECODE set and
no __pycache__ in a checkout, every process would compile ~40 modules, ~0.06 s). --runtime adds gp_bench.py, the runtime driven from
hand-written Python. gevent is a bench-only comparison, never a dependency: its
column is skipped when gevent is not installed (`pip install gevent` to measure it).
Memory: RSS growth per goroutine with 100,000 parked at once (/proc/self/statm).
--repeat=N runs every cell N times and keeps the best wall time and the best CPU time
(user+sys) separately: on a shared machine the least disturbed run is the closest to
the program's own cost. The load average is printed before and after.
"""

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORKLOADS = ["spawn", "pingpong", "pipeline", "fanin", "mutex", "sieve"]


CPU = {}   # (impl, workload) -> user+sys CPU seconds of the process


def timed(cmd, key=None, repeat=1):
    """Run cmd `repeat` times: (best wall seconds, stdout), or (None, stderr tail) on
    failure; the best CPU seconds (user+sys) go to CPU[key]."""
    best = cpu = None
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        dt = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if p.returncode != 0:
            return None, p.stderr[-300:]
        c = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        best = dt if best is None else min(best, dt)
        cpu = c if cpu is None else min(cpu, c)
    if key is not None:
        CPU[key] = cpu
    return best, p.stdout


def main(argv):
    skip_threads = "--skip-threading" in argv
    repeat = 1
    for a in argv:
        if a.startswith("--repeat="):
            repeat = int(a.split("=", 1)[1])
    print(f"load average {os.getloadavg()[0]:.1f} at start; best of {repeat} run(s) per cell")
    names = [a for a in argv if not a.startswith("--")] or WORKLOADS
    py = sys.executable
    gprun = [py, "-m", "gopherpy", "run", os.path.join(HERE, "go_bench.go")]
    pkg = os.path.join(os.path.dirname(os.path.dirname(HERE)), "gopherpy")
    subprocess.run([py, "-m", "compileall", "-q", pkg], capture_output=True)
    subprocess.run(gprun + ["mutex"], capture_output=True)    # warm the code cache
    impls = [("gopherpy", gprun)]
    if "--runtime" in argv:
        impls.append(("gp-runtime", [py, os.path.join(HERE, "gp_bench.py")]))
    try:
        import gevent  # noqa: F401 - only to know whether the column can run
        impls.append(("gevent", [py, os.path.join(HERE, "gevent_bench.py")]))
    except ImportError:
        print("gevent not installed: its column is skipped")
    impls.append(("asyncio", [py, os.path.join(HERE, "asyncio_bench.py")]))
    if not skip_threads:
        impls.append(("threading", [py, os.path.join(HERE, "threading_bench.py")]))
    tmp = tempfile.mkdtemp()
    if shutil.which("go"):
        exe = os.path.join(tmp, "go_bench")
        b = subprocess.run(["go", "build", "-o", exe, os.path.join(HERE, "go_bench.go")],
                           capture_output=True, text=True)
        if b.returncode == 0:
            impls.append(("go", [exe]))
    print("whole-process wall seconds (start-up included); ratio = other / gopherpy")
    print(f"{'workload':10}" + "".join(f"{n:>12}" for n, _ in impls) + "   ratios")
    for w in names:
        row, times = f"{w:10}", {}
        for n, cmd in impls:
            dt, _ = timed(cmd + [w], (n, w), repeat)
            times[n] = dt
            row += f"{dt:12.3f}" if dt is not None else f"{'fail':>12}"
        base = times["gopherpy"]
        ratios = [f"{n}={times[n] / base:.2f}x" for n, _ in impls[1:] if times[n] and base]
        print(row + "   " + " ".join(ratios), flush=True)
    print("\nCPU seconds (user+sys) of the same processes (steadier than wall time on a shared machine)")
    print(f"{'workload':10}" + "".join(f"{n:>12}" for n, _ in impls) + "   ratios")
    for w in names:
        row = f"{w:10}" + "".join(f"{CPU.get((n, w), 0):12.3f}" for n, _ in impls)
        base = CPU.get(("gopherpy", w))
        ratios = [f"{n}={CPU[(n, w)] / base:.2f}x" for n, _ in impls[1:] if CPU.get((n, w)) and base]
        print(row + "   " + " ".join(ratios))
    print("\nmemory, 100,000 goroutines parked at once:")
    for n, cmd in impls:
        if n == "threading" and skip_threads:
            continue
        dt, out = timed(cmd + ["parked"])
        print(f"  {n:10} {out.strip() if dt else 'fail: ' + out}")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
