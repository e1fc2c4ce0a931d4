"""This file checks the printer over a source tree: every file that gofmt leaves alone must print back byte for byte.

Usage: python3 bench/fmt_check.py [--goast] [--include-testdata] [-j N] [--show N] DIR...

With --goast the trees come from Go's own parser via the test bridge
gopherpy/syntax/testdata/printer/tools (needs the go toolchain); otherwise from
gopherpy.syntax.parse_file. Files listed by the real `gofmt -l` (pass --gofmt-list FILE)
are expected to differ and are reported separately.
"""

import argparse
import difflib
import importlib.util
import multiprocessing
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOOLS = os.path.join(ROOT, "gopherpy", "syntax", "testdata", "printer", "tools")


def walk(dirs, include_testdata):
    for d in dirs:
        if os.path.isfile(d):
            yield d
            continue
        for root, subdirs, files in os.walk(d):
            subdirs.sort()
            if not include_testdata:
                subdirs[:] = [s for s in subdirs if s != "testdata"]
            for f in sorted(files):
                if f.endswith(".go") and not f.startswith("."):
                    yield os.path.join(root, f)


_goast = None
_GOFMT = ""


def _init(gofmt):
    global _GOFMT
    _GOFMT = gofmt


def _check_batch(args):
    paths, use_goast = args
    from gopherpy.syntax.printer import format_node
    from gopherpy.syntax.sortimports import sort_imports
    results = []
    if use_goast:
        global _goast
        if _goast is None:
            spec = importlib.util.spec_from_file_location("goast", os.path.join(TOOLS, "goast.py"))
            _goast = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(_goast)
        items = _goast.load(paths)
    else:
        from gopherpy.syntax import parse_file
        from gopherpy.syntax.source import FileSet

        def gen():
            for p in paths:
                data = open(p, "rb").read()
                fset = FileSet()
                try:
                    f = parse_file(p, data, fset)
                except Exception:
                    f = None
                yield p, data, fset, f
        items = gen()
    for path, data, fset, f in items:
        if f is None:
            results.append((path, "parse", ""))
            continue
        try:
            sort_imports(fset, f)
            out = format_node(fset, f)
        except Exception as e:  # report, keep going
            results.append((path, "crash", repr(e)))
            continue
        src = data.decode("utf-8", "surrogateescape")
        if out == src:
            results.append((path, "ok", ""))
        elif _GOFMT:
            real = subprocess.run([_GOFMT], input=data, capture_output=True).stdout.decode("utf-8", "surrogateescape")
            if real == out:
                results.append((path, "diff-as-gofmt", ""))
            else:
                diff = "".join(list(difflib.unified_diff(real.splitlines(True), out.splitlines(True), "gofmt", "out"))[:30])
                results.append((path, "diff", diff))
        else:
            diff = "".join(list(difflib.unified_diff(src.splitlines(True), out.splitlines(True), "src", "out"))[:30])
            results.append((path, "diff", diff))
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--goast", action="store_true")
    ap.add_argument("--include-testdata", action="store_true")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--gofmt-list", default="")
    ap.add_argument("--list-out", default="")
    ap.add_argument("--gofmt", default="", help="real gofmt binary: compare differing outputs with it")
    a = ap.parse_args()
    if a.goast:
        os.makedirs("/tmp/printer_astdump", exist_ok=True)
        subprocess.run(["go", "build", "-o", "/tmp/printer_astdump/astdump", os.path.join(TOOLS, "astdump.go")], check=True)
    paths = list(walk(a.dirs, a.include_testdata))
    expected = set()
    if a.gofmt_list:
        expected = {l.strip() for l in open(a.gofmt_list) if l.strip()}
    batches = [(paths[i:i + 40], a.goast) for i in range(0, len(paths), 40)]
    t0 = time.time()
    counts = {}
    bad = []
    with multiprocessing.Pool(a.j, initializer=_init, initargs=(a.gofmt,)) as pool:
        for res in pool.imap_unordered(_check_batch, batches):
            for path, kind, info in res:
                if kind in ("diff", "diff-as-gofmt") and path in expected:
                    kind = "expected-" + kind
                elif kind == "ok" and path in expected:
                    kind = "missed"
                counts[kind] = counts.get(kind, 0) + 1
                if kind in ("diff", "crash", "parse", "missed", "expected-diff", "diff-as-gofmt"):
                    bad.append((path, kind, info))
    dt = time.time() - t0
    bad.sort()
    for path, kind, info in bad[: a.show]:
        print(f"== {kind} {path}\n{info}")
    if a.list_out:
        with open(a.list_out, "w") as fh:
            for path, kind, info in bad:
                fh.write(f"{kind} {path}\n")
    print(f"{len(paths)} files in {dt:.1f}s: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
