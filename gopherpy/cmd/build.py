"""This file implements `gopherpy build`: type-check and compile a main package and write its executable.

Usage: gopherpy build [-o output] file.go... | gopherpy build [-o output] [dir]

As `go build`: errors print the go command's text and exit 1. For a main package the
executable is written where go build writes it: named after the first file
(`gopherpy build hello.go` writes ./hello) or the directory, or at -o's path (into
it, if -o names a directory or ends in a slash). A package that is not main is
compiled and nothing is written.

A gopherpy executable is a launcher: a Python script that holds the program's Go
sources (so later edits or removal of them do not change it) and runs them with the
gopherpy installation that built it, through the code cache that this build filled.
So a built program starts as fast as `gopherpy run` with a warm cache, and behaves
the same (os.Args[0] is the path it was invoked by, as for a Go binary).
"""

from __future__ import annotations

import os
import stat
import sys

USAGE = "gopherpy build [-o output] [build flags] [packages]"
HELP = ("usage: " + USAGE + "\n\nBuild compiles the named main package and writes an executable "
        "(a launcher script holding the sources, run by this gopherpy through its code cache).")

LAUNCHER = '''#!{python}
# A Go program built by gopherpy {version} ({go_version}) from {names}.
# It runs the Go sources below with the gopherpy at {root}.
import sys
sys.path.insert(0, {root!r})
from gopherpy.compile import driver
SOURCES = {sources!r}
driver.exit_process(driver.run_sources(SOURCES, sys.argv[1:], sys.argv[0]))
'''


def _parse(args: list[str]):
    """(output or None, remaining args), or raises ValueError with go's usage text."""
    out = None
    rest = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-o", "--o"):
            if i + 1 >= len(args):
                raise ValueError(f"flag needs an argument: -o\nusage: {USAGE}\nRun 'gopherpy help build' for details.")
            out = args[i + 1]
            i += 2
            continue
        if a.startswith(("-o=", "--o=")):
            out = a.split("=", 1)[1]
        else:
            rest.append(a)
        i += 1
    return out, rest


def _package_name(srcs) -> str | None:
    from gopherpy.syntax.source import FileSet
    from gopherpy.compile.frontend import parse_sources
    try:
        files = parse_sources(srcs[:1], FileSet())
    except Exception:
        return None
    return files[0].name.name if files else None


def run(args: list[str]) -> int:
    from gopherpy.cmd.run import split_args
    try:
        out, rest = _parse(args)
        files, extra = split_args(rest or ["."])
    except ValueError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    if extra:
        sys.stderr.write(f"named files must all be in one directory; have {extra[0]}\n")
        return 1
    from gopherpy.compile import driver, loader
    status = driver.build_program(files)
    if status != 0:
        return status
    srcs = loader.read_sources([os.path.abspath(f) for f in files])
    if _package_name(srcs) != "main":
        return 0
    given = rest[0] if rest else "."
    if given.endswith(".go"):
        name = os.path.splitext(os.path.basename(files[0]))[0]
    else:
        name = os.path.basename(os.path.abspath(given))
    if out is None:
        target = name
    elif out.endswith("/") or os.path.isdir(out):
        target = os.path.join(out, name)
    else:
        target = out
    import gopherpy
    root = os.path.dirname(os.path.dirname(os.path.abspath(gopherpy.__file__)))
    text = LAUNCHER.format(python=sys.executable, version=gopherpy.__version__,
                           go_version=gopherpy.GO_VERSION, names=", ".join(os.path.basename(f) for f, _ in srcs),
                           root=root, sources=srcs)
    try:
        if os.path.dirname(target):
            os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as f:
            f.write(text)
        os.chmod(target, os.stat(target).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    except OSError as e:
        sys.stderr.write(f"go: copying {target}: {e.strerror.lower() if e.strerror else e}\n")
        return 1
    return 0
