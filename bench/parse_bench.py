"""Parse-only throughput of gopherpy's Go parser over GOROOT/src (lines per second).

Usage: python3 bench/parse_bench.py [-j N] [--limit N] [--failures]
Parses every .go file under GOROOT/src outside testdata folders, reports files,
lines, wall seconds, lines/s, lines per CPU-second (steadier on a shared machine),
and the files that failed (with their first errors).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))


def goroot() -> str:
    import go

    return os.path.dirname(go.__file__)


def tree_files(root=None):
    root = root or os.path.join(goroot(), "src")
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != "testdata")
        for f in sorted(files):
            if f.endswith(".go"):
                out.append(os.path.join(d, f))
    return out


def _work(paths):
    from gopherpy.syntax import FileSet, parse_file_errors

    lines = 0
    fails = []
    t0 = time.process_time()
    for p in paths:
        with open(p, "rb") as fh:
            data = fh.read()
        lines += data.count(b"\n")
        try:
            _, errs = parse_file_errors(p, data, FileSet())
        except Exception as e:  # a crash is a failure too
            fails.append((p, f"EXCEPTION {type(e).__name__}: {e}"))
            continue
        if errs:
            fails.append((p, str(errs[0])))
    return lines, fails, time.process_time() - t0


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("-j", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    files = tree_files()
    if args.limit:
        files = files[: args.limit]
    t0 = time.perf_counter()
    if args.j <= 1:
        lines, fails, cpu = _work(files)
    else:
        chunks = [files[i :: args.j] for i in range(args.j)]
        lines = 0
        fails = []
        cpu = 0.0
        with ProcessPoolExecutor(args.j) as ex:
            for n, f, c in ex.map(_work, chunks):
                lines += n
                fails += f
                cpu += c
    dt = time.perf_counter() - t0
    for p, e in sorted(fails):
        print("FAIL", e if e.startswith(p) else f"{p}: {e}")
    print(f"files {len(files)}  lines {lines}  seconds {dt:.1f}  lines/s {lines / dt:,.0f}  failures {len(fails)}")
    # CPU time is steadier than wall time when other work shares the machine
    print(f"cpu seconds {cpu:.1f}  lines per cpu-second {lines / cpu:,.0f} (x{args.j} processes)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
