"""Times regexp workloads under gopherpy, native Go and Python's re, in one run.

Usage: python3 bench/regexp/run.py [--only name]
Each workload is a whole process (go_bench.go <name> <times>, py_bench.py <name>
<times>); its CPU time (user + system) minus that of the empty workload "none"
(start-up, package initialisation), divided by the times it ran, is reported in
microseconds per operation, with the ratios gopherpy/python and gopherpy/go. Python
and Go run each workload more often than gopherpy (WORKLOADS) so that each is
measurable; the best of three runs counts. Outputs (checksums) of the three must agree. gopherpy runs with a warm
code cache. Python's re is a backtracking engine: the pathological workload is
skipped there (it would not finish).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# workload -> (times gopherpy runs it, how many times as often Python and Go run it)
WORKLOADS = {"match_short": (300000, 10, 20), "findall_100k": (20, 5, 1), "submatch_line": (20000, 20, 50),
             "replace_10k": (20, 5, 10), "nomatch_100k": (500, 20, 20), "split_csv": (20000, 20, 20),
             "pathological": (10, 1, 50)}


def cpu(cmd):
    u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(cmd, capture_output=True)
    u1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime), r.stdout.strip()


def best(cmd, n=3):
    runs = [cpu(cmd) for _ in range(n)]
    return min(t for t, _ in runs), runs[0][1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only")
    a = ap.parse_args()
    src = os.path.join(HERE, "go_bench.go")
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "go_bench")
        subprocess.run(["go", "build", "-o", exe, src], check=True)
        gp = [sys.executable, "-m", "gopherpy", "run", src]
        py = [sys.executable, os.path.join(HERE, "py_bench.py")]
        subprocess.run(gp + ["none", "0"], capture_output=True)  # warm the code cache
        base = {"gp": best(gp + ["none", "0"])[0], "py": best(py + ["none", "0"])[0],
                "go": best([exe, "none", "0"])[0]}
        print(f"{'workload':<15} {'gopherpy us/op':>15} {'python re us/op':>16} {'go us/op':>9} {'gp/py':>7} {'gp/go':>7}")
        for w, (times, PY_MUL, GO_MUL) in WORKLOADS.items():
            if a.only and a.only != w:
                continue
            tg, og = best(gp + [w, str(times)])
            tp, op = best(py + [w, str(times * PY_MUL)])
            tn, on = best([exe, w, str(times * GO_MUL)])
            if og != b"0" and og.isdigit() and on.isdigit() and int(on) != int(og) * GO_MUL:
                print(f"{w}: checksums differ: gopherpy {og!r} go {on!r}")
            if op not in (b"skipped",) and op.isdigit() and og.isdigit() and int(op) != int(og) * PY_MUL:
                print(f"{w}: checksums differ: gopherpy {og!r} python {op!r}")
            g = max(tg - base["gp"], 0) * 1e6 / times
            p = max(tp - base["py"], 0) * 1e6 / (times * PY_MUL)
            n = max(tn - base["go"], 0) * 1e6 / (times * GO_MUL)
            pcol = "skipped" if op == b"skipped" else f"{p:.2f}"
            r1 = "-" if op == b"skipped" or p == 0 else f"{g / p:.1f}x"
            r2 = "-" if n == 0 else f"{g / n:.0f}x"
            print(f"{w:<15} {g:>15.2f} {pcol:>16} {n:>9.3f} {r1:>7} {r2:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
