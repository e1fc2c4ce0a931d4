"""Times each CPU benchmark under gopherpy, as idiomatic Python, and as a native Go binary, in one run.

Usage: python3 bench/cpu/run.py [--only name] [--repeat 1] [--wall]
Prints seconds and the ratios gopherpy/python and gopherpy/go, and the geometric mean
of gopherpy/python. gopherpy is timed with a warm code cache (one untimed run first) and
its modules byte-compiled;
outputs of the three versions are checked to be identical. Times are the CPU time
(user + system) of the process, which a machine shared with other work does not
inflate; --wall reports elapsed time instead.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCHES = [("nbody", "100000"), ("spectralnorm", "200"), ("fannkuch", "9"),
           ("binarytrees", "14"), ("mandelbrot", "400"), ("fasta", "100000")]


WALL = False


def timed(cmd):
    u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True)
    t1 = time.perf_counter()
    u1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if WALL:
        return t1 - t0, r
    return (u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime), r


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--wall", action="store_true", help="elapsed instead of CPU time")
    a = ap.parse_args()
    global WALL
    WALL = a.wall
    # gopherpy's own modules byte-compiled first, as an installed package has them
    # (with PYTHONDONTWRITEBYTECODE set and no __pycache__, every run would compile
    # gopherpy's sources again: ~3 billion instructions, a second of CPU per run)
    pkg = os.path.join(os.path.dirname(os.path.dirname(HERE)), "gopherpy")
    subprocess.run([sys.executable, "-m", "compileall", "-q", pkg], capture_output=True)
    ratios = []
    print(f"{'bench':<14} {'gopherpy':>9} {'python':>9} {'go':>8} {'gp/py':>7} {'gp/go':>8}")
    with tempfile.TemporaryDirectory() as d:
        for name, arg in BENCHES:
            if a.only and a.only != name:
                continue
            src = os.path.join(HERE, name + ".go")
            exe = os.path.join(d, name)
            subprocess.run(["go", "build", "-o", exe, src], check=True)
            gp = [sys.executable, "-m", "gopherpy", "run", src, arg]
            subprocess.run(gp, capture_output=True)  # warm the code cache
            best = {}
            outs = {}
            for label, cmd in (("gopherpy", gp), ("python", [sys.executable, os.path.join(HERE, name + ".py"), arg]),
                               ("go", [exe, arg])):
                ts = []
                for _ in range(a.repeat):
                    t, r = timed(cmd)
                    ts.append(t)
                    outs[label] = (r.returncode, r.stdout)
                best[label] = min(ts)
            ok = outs["gopherpy"] == outs["go"] and outs["python"][1] == outs["go"][1]
            rp = best["gopherpy"] / best["python"]
            rg = best["gopherpy"] / best["go"]
            ratios.append(rp)
            print(f"{name:<14} {best['gopherpy']:>9.2f} {best['python']:>9.2f} {best['go']:>8.3f} "
                  f"{rp:>7.2f} {rg:>8.1f}{'' if ok else '  OUTPUT MISMATCH'}")
    if ratios:
        g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean gopherpy/python: {g:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
