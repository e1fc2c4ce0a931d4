"""Runs the `// run` programs of Go's test suite (Go 1.19's test/ directory) under gopherpy and reports pass rates per directory.

Usage: python3 scripts/go_test_suite.py [--root /usr/share/go-1.19/test] [--timeout 20]
       [--filter substring] [--jobs 2] [--list-failures] [--record-go] [--diff]
A program passes when `gopherpy run` exits 0 and its combined stdout and stderr equal
the .out file next to it (or are empty when there is none), which is how Go's run.go
judges them.

Go 1.19's expectations are not always go1.27's (loop variables are per iteration since
1.22, println prints floats as %v since 1.24 ...). `--record-go` runs every program
once under the real toolchain on PATH (`go build` + run) and records its output and exit
status in a cache outside the repository ($GOPHERPYSUITECACHE, default
<user cache dir>/gopherpy-gosuite/<go version>). When the recorded output differs from
the .out file, a program whose gopherpy run matches go1.27's output and exit status
(output compared up to the first `goroutine N [` line) counts as "pass (go1.27)",
reported separately; one that matches the .out file instead fails.
Programs whose first line is `// run` (possibly with arguments, which are passed)
are considered; `// +build` / `//go:build` constrained files and ones importing
packages gopherpy lacks are counted under "skipped/unsupported" only if they fail to build.
The "no goroutines" rate counts programs that contain neither `go ` statements nor `chan`.
Not run in CI (it takes minutes).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import hashlib
import json
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


def go_cache_dir() -> str:
    d = os.environ.get("GOPHERPYSUITECACHE")
    if not d:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        try:
            ver = subprocess.run(["go", "env", "GOVERSION"], capture_output=True, text=True).stdout.strip()
        except OSError:
            ver = "nogo"
        d = os.path.join(base, "gopherpy-gosuite", ver or "nogo")
    return d


def cache_path(cdir: str, p: str, args) -> str:
    with open(p, "rb") as f:
        h = hashlib.sha256(f.read() + repr(args).encode()).hexdigest()[:24]
    return os.path.join(cdir, os.path.basename(p)[:-3] + "-" + h + ".json")


def record_go(p, args, timeout, cdir):
    """Run p under the real Go toolchain and store {exit, output} in the cache."""
    import tempfile
    cp = cache_path(cdir, p, args)
    if os.path.exists(cp):
        return
    with tempfile.TemporaryDirectory() as d:
        exe = os.path.join(d, "prog")
        b = subprocess.run(["go", "build", "-o", exe, os.path.basename(p)], capture_output=True,
                           cwd=os.path.dirname(p))
        if b.returncode != 0:
            rec = {"exit": -1, "output": b.stderr.decode("latin-1")}
        else:
            try:
                r = subprocess.run([exe] + args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   timeout=timeout * 3, cwd=os.path.dirname(p))
                rec = {"exit": r.returncode, "output": r.stdout.decode("latin-1")}
            except subprocess.TimeoutExpired:
                rec = {"exit": -2, "output": ""}
    os.makedirs(cdir, exist_ok=True)
    with open(cp + ".tmp", "w") as f:
        json.dump(rec, f)
    os.replace(cp + ".tmp", cp)


def go_expectation(p, args, cdir):
    """(exit, output bytes) recorded from go1.27, or None."""
    try:
        with open(cache_path(cdir, p, args)) as f:
            rec = json.load(f)
    except (OSError, ValueError):
        return None
    if rec["exit"] < 0:
        return None
    return rec["exit"], rec["output"].encode("latin-1")


def head(out: bytes) -> bytes:
    """Output up to and including the first goroutine header (traces hold addresses),
    with package log's date and time prefixes (LstdFlags) masked: they differ run to run."""
    m = re.search(rb"^goroutine \d+ \[.*$", out, re.M)
    out = out[:m.end()] if m else out
    return re.sub(rb"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d ", b"YYYY/MM/DD hh:mm:ss ", out, flags=re.M)


def run_one(p, args, timeout, cdir=None):
    want_path = p[:-3] + ".out"
    want = b""
    if os.path.exists(want_path):
        with open(want_path, "rb") as f:
            want = f.read()
    try:
        r = subprocess.run([sys.executable, "-m", "gopherpy", "run", p] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout, cwd=os.path.dirname(p))
    except subprocess.TimeoutExpired:
        return p, "timeout", b""
    got = r.stdout
    g = go_expectation(p, args, cdir) if cdir else None
    new = g is not None and (g[0] != 0 or g[1] != want)
    if not new and r.returncode == 0 and got == want:
        return p, "pass", b""
    if new and r.returncode == g[0] and head(got) == head(g[1]):
        return p, "pass127", b""
    if b"internal compiler error" in got:
        return p, "ice", got[-300:]
    if r.returncode == 1 and got.startswith(b"#"):
        return p, "build", got[:300]
    if new and r.returncode == 0 and got == want:
        return p, "old", b"matches Go 1.19's .out, not go1.27's output"
    return p, "fail", got[-300:]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="/usr/share/go-1.19/test")
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--filter")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--list-failures", action="store_true")
    ap.add_argument("--record-go", action="store_true",
                    help="record go1.27's output of programs not yet in the cache, then exit")
    ap.add_argument("--no-go-cache", action="store_true", help="judge by the .out files only")
    a = ap.parse_args()
    progs = find_programs(a.root, a.filter)
    cdir = None if a.no_go_cache else go_cache_dir()
    if a.record_go:
        with cf.ThreadPoolExecutor(a.jobs) as ex:
            list(ex.map(lambda pa: record_go(pa[0], pa[1], a.timeout, cdir), progs))
        print(f"recorded go1.27 outputs in {cdir}")
        return 0
    stats = defaultdict(lambda: defaultdict(int))
    nogo = defaultdict(int)
    failures = []
    with cf.ThreadPoolExecutor(a.jobs) as ex:
        futs = {ex.submit(run_one, p, args, a.timeout, cdir): p for p, args in progs}
        for fut in cf.as_completed(futs):
            p, res, err = fut.result()
            d = os.path.relpath(os.path.dirname(p), a.root)
            stats[d][res] += 1
            stats[d]["total"] += 1
            if not uses_goroutines(p):
                nogo["total"] += 1
                nogo[res] += 1
            if res not in ("pass", "pass127"):
                failures.append((p, res, err))
    print(f"{'directory':<20} {'pass':>6} {'total':>6} {'rate':>7}  (of which go1.27) "
          "(fail/build/ice/timeout)")
    tp = tt = t127 = 0
    for d in sorted(stats):
        s = stats[d]
        ok = s["pass"] + s["pass127"]
        tp += ok
        t127 += s["pass127"]
        tt += s["total"]
        print(f"{d:<20} {ok:>6} {s['total']:>6} {100.0 * ok / s['total']:>6.1f}%  ({s['pass127']})"
              f"  ({s['fail'] + s['old']}/{s['build']}/{s['ice']}/{s['timeout']})")
    if tt:
        print(f"{'ALL':<20} {tp:>6} {tt:>6} {100.0 * tp / tt:>6.1f}%  ({t127})")
    if nogo["total"]:
        ok = nogo["pass"] + nogo["pass127"]
        print(f"{'no goroutines':<20} {ok:>6} {nogo['total']:>6} "
              f"{100.0 * ok / nogo['total']:>6.1f}%  ({nogo['pass127']})")
    print("(go1.27): programs whose go1.27 output differs from Go 1.19's .out file, passing "
          "against go1.27's" + ("" if cdir else " — not judged: --no-go-cache"))
    if a.list_failures:
        for p, res, err in sorted(failures):
            print(f"{res:8} {p}: {err.decode('utf-8', 'replace').strip().splitlines()[-1:] if err else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
