"""Type-checking throughput: `gopherpy tool gotype` over the import closures of fmt,
encoding/json, go/types and net/http (GOROOT sources, linux/amd64, cgo off).

Usage: python3 bench/gotype_bench.py [--only PKG]... [--tree DIR] [--profile PKG]
For each closure it runs the tool in a fresh process and reports the packages and
source lines in the closure, the errors the tool printed (the goal is 0), elapsed
seconds, CPU seconds (user + system: steadier on a shared machine) and lines per
second of each. The closure is computed here from the files' import declarations with
the importer's own file selection, so the numbers don't depend on the tool's output;
--tree runs another checkout's gopherpy (e.g. an older commit) on the same closures.
--profile PKG runs the check of PKG in this process under cProfile and prints the
top functions by own time.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

CLOSURES = ["fmt", "encoding/json", "go/types", "net/http"]

_IMPORT_BLOCK = re.compile(rb"^import\s*\((.*?)\)", re.M | re.S)
_IMPORT_LINE = re.compile(rb'^import\s+(?:[\w.]+\s+)?"([^"]+)"', re.M)
_QUOTED = re.compile(rb'"([^"]+)"')


def goroot() -> str:
    import go

    return os.path.dirname(go.__file__)


def _imports(src: bytes) -> list[str]:
    # the header ends at the first declaration after the imports
    m = re.search(rb"^(func|type|var|const)\b", src, re.M)
    head = src[:m.start()] if m else src
    head = re.sub(rb"//[^\n]*", b"", head)
    out = [p.decode() for p in _IMPORT_LINE.findall(head)]
    for block in _IMPORT_BLOCK.findall(head):
        out += [p.decode() for p in _QUOTED.findall(block)]
    return out


def closure(root_pkg: str, groot: str):
    """(packages, lines) of root_pkg and everything it imports, unsafe and C excluded."""
    from gopherpy.types2.importer import SourceImporter, select_files

    finder = SourceImporter(groot)
    seen = {}
    stack = [root_pkg]
    while stack:
        path = stack.pop()
        if path in seen or path in ("unsafe", "C"):
            continue
        d = finder.find_dir(path)
        files = select_files(d) if d else []
        seen[path] = sum(src.count(b"\n") for _, src in files or [])
        for _, src in files or []:
            stack.extend(p for p in _imports(src) if p not in seen)
    return len(seen), sum(seen.values())


def run_tool(pkg: str, groot: str, tree: str):
    env = dict(os.environ, PYTHONPATH=tree)
    cmd = [sys.executable, "-m", "gopherpy", "tool", "gotype", "-goroot", groot, pkg]
    u0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tree)
    wall = time.perf_counter() - t0
    u1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (u1.ru_utime - u0.ru_utime) + (u1.ru_stime - u0.ru_stime)
    errors = [ln for ln in r.stdout.splitlines() if ln and not ln.startswith("\t")]
    return wall, cpu, errors, r


def profile(pkg: str, groot: str, top: int):
    import cProfile
    import pstats

    from gopherpy.types2.importer import SourceImporter

    imp = SourceImporter(groot)
    pr = cProfile.Profile()
    pr.enable()
    imp.import_(pkg)
    pr.disable()
    st = pstats.Stats(pr)
    st.sort_stats("tottime").print_stats(top)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append", help="a closure to run (repeatable)")
    ap.add_argument("--tree", default=REPO, help="the gopherpy checkout to run")
    ap.add_argument("--profile", metavar="PKG", help="cProfile the check of PKG in-process")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    groot = goroot()
    if args.profile:
        profile(args.profile, groot, args.top)
        return 0
    pkgs = args.only or CLOSURES
    print(f"{'closure':<14} {'pkgs':>5} {'lines':>8} {'errors':>6} {'wall s':>7} {'cpu s':>7} "
          f"{'lines/cpu-s':>11} {'lines/s':>8}")
    for p in pkgs:
        npkgs, lines = closure(p, groot)
        wall, cpu, errors, r = run_tool(p, groot, os.path.abspath(args.tree))
        print(f"{p:<14} {npkgs:>5} {lines:>8} {len(errors):>6} {wall:>7.1f} {cpu:>7.1f} "
              f"{lines / cpu if cpu else 0:>11.0f} {lines / wall:>8.0f}", flush=True)
        if r.returncode not in (0, 1):
            sys.stderr.write(r.stderr[-2000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
