"""This file measures gopherpy fmt's throughput: parse-only, print-only and parse+print, in lines per second.

Usage: python3 bench/fmt_bench.py [--every N] [DIR]   (default DIR: GOROOT/src, testdata excluded)

Runs in one process (the numbers are per core). --every N takes every N-th file
of the sorted list, for a quicker sample. For comparison, the real gofmt formats
the whole GOROOT/src tree in about 9-12 s of wall time on this machine (2 cores).
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from gopherpy.syntax import ErrorList, FileSet, parse_file  # noqa: E402
from gopherpy.syntax.printer import format_node  # noqa: E402
from gopherpy.syntax.sortimports import sort_imports  # noqa: E402


def goroot_src():
    import go
    return os.path.join(os.path.dirname(go.__file__), "src")


def files(root):
    out = []
    for d, dirs, names in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != "testdata")
        out.extend(os.path.join(d, n) for n in sorted(names) if n.endswith(".go"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="")
    ap.add_argument("--every", type=int, default=1)
    a = ap.parse_args()
    paths = files(a.dir or goroot_src())[:: a.every]
    datas = [open(p, "rb").read() for p in paths]
    lines = sum(d.count(b"\n") for d in datas)
    t0 = time.perf_counter()
    trees = []
    errors = 0
    for p, d in zip(paths, datas):
        fset = FileSet()
        try:
            trees.append((fset, parse_file(p, d, fset)))
        except ErrorList:
            errors += 1
    t1 = time.perf_counter()
    same = 0
    for (fset, f), d in zip(trees, datas):
        sort_imports(fset, f)
        if format_node(fset, f).encode() == d:
            same += 1
    t2 = time.perf_counter()
    parse, prnt = t1 - t0, t2 - t1
    print(f"{len(paths)} files, {lines} lines; parse errors: {errors}; printed identical: {same}")
    print(f"parse:        {parse:7.1f} s  {lines / parse:9.0f} lines/s")
    print(f"print:        {prnt:7.1f} s  {lines / prnt:9.0f} lines/s")
    print(f"parse+print:  {parse + prnt:7.1f} s  {lines / (parse + prnt):9.0f} lines/s")


if __name__ == "__main__":
    main()
