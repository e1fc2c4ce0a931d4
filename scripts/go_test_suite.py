"""Runs the `// run` programs of Go's test suite (Go 1.19's test/ directory) under gopherpy and reports pass rates per directory.

Usage: python3 scripts/go_test_suite.py [--root /usr/share/go-1.19/test] [--timeout 20]
       [--filter substring] [--jobs 2] [--list-failures]
A program passes when `gopherpy run` exits 0 and its stdout+stderr equal the .out file
next to it (or are empty when there is none), which is how Go's run.go judges them.
Programs whose first line is `// run` (possibly with arguments, which are passed)
are considered; `// +build` / `//go:build` constrained files and ones importing
packages gopherpy lacks are counted under "skipped/unsupported" only if they fail to build.
The "no goroutines" rate counts programs that contain neither `go ` statements nor `chan`.
Not run in CI (it takes minutes).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import os
import re
import subprocess
import sys
from collections import defaultdict


def find_programs(root: str, flt: str | None):
    out = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.endswith(".dir"))
        for f in sorted(files):
            if not f.endswith(".go"):
                continue
            p = os.path.join(d, f)
            if flt and flt not in p:
                continue
            try:
                with open(p, "rb") as fh:
                    head = fh.read(400).decode("utf-8", "replace")
            except OSError:
                continue
            first = head.split("\n", 1)[0].strip()
            if first == "// run" or first.startswith("// run "):
                args = first[len("// run"):].split()
                if any(a.startswith("-") for a in args):
                    continue  # needs gc flags
                out.append((p, args))
    return out


def uses_goroutines(path: str) -> bool:
    with open(path, "rb") as f:
        src = f.read().decode("utf-8", "replace")
    return bool(re.search(r"\bgo\s+\w|\bchan\b|\bselect\s*\{|sync\.", src))


def run_one(p, args, timeout):
    want_path = p[:-3] + ".out"
    want = b""
    if os.path.exists(want_path):
        with open(want_path, "rb") as f:
            want = f.read()
    try:
        r = subprocess.run([sys.executable, "-m", "gopherpy", "run", p] + args, capture_output=True,
                           timeout=timeout, cwd=os.path.dirname(p))
    except subprocess.TimeoutExpired:
        return p, "timeout", b""
    got = r.stdout + r.stderr
    if r.returncode == 0 and got == want:
        return p, "pass", b""
    if b"internal compiler error" in r.stderr:
        return p, "ice", r.stderr[:300]
    if r.returncode == 1 and r.stderr.startswith(b"#"):
        return p, "build", r.stderr[:300]
    return p, "fail", r.stderr[:300]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="/usr/share/go-1.19/test")
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--filter")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--list-failures", action="store_true")
    a = ap.parse_args()
    progs = find_programs(a.root, a.filter)
    stats = defaultdict(lambda: defaultdict(int))
    nogo = defaultdict(int)
    failures = []
    with cf.ThreadPoolExecutor(a.jobs) as ex:
        futs = {ex.submit(run_one, p, args, a.timeout): p for p, args in progs}
        for fut in cf.as_completed(futs):
            p, res, err = fut.result()
            d = os.path.relpath(os.path.dirname(p), a.root)
            stats[d][res] += 1
            stats[d]["total"] += 1
            if not uses_goroutines(p):
                nogo["total"] += 1
                nogo[res] += 1
            if res != "pass":
                failures.append((p, res, err))
    print(f"{'directory':<20} {'pass':>6} {'total':>6} {'rate':>7}  (fail/build/ice/timeout)")
    tp = tt = 0
    for d in sorted(stats):
        s = stats[d]
        tp += s["pass"]
        tt += s["total"]
        print(f"{d:<20} {s['pass']:>6} {s['total']:>6} {100.0 * s['pass'] / s['total']:>6.1f}%"
              f"  ({s['fail']}/{s['build']}/{s['ice']}/{s['timeout']})")
    if tt:
        print(f"{'ALL':<20} {tp:>6} {tt:>6} {100.0 * tp / tt:>6.1f}%")
    if nogo["total"]:
        print(f"{'no goroutines':<20} {nogo['pass']:>6} {nogo['total']:>6} "
              f"{100.0 * nogo['pass'] / nogo['total']:>6.1f}%")
    if a.list_failures:
        for p, res, err in sorted(failures):
            print(f"{res:8} {p}: {err.decode('utf-8', 'replace').strip().splitlines()[-1:] if err else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
