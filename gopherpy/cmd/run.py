"""This file implements `gopherpy run`: compile the named main package and run it.

Usage: gopherpy run [-n] file.go... [arguments...] | gopherpy run dir|. [arguments...]

The program's stdout/stderr are the process's; a build error prints the go command's
text and exits 1; an unrecovered panic prints Go's report and exits 2; os.Exit(n)
exits n. Unlike `go run` (which prints "exit status N" and exits 1), gopherpy run
exits with the program's own status, as the built binary would.
"""

from __future__ import annotations

import os
import sys

USAGE = "gopherpy run [build flags] [-exec xprog] package [arguments...]"
HELP = "usage: " + USAGE + "\n\nRun compiles and runs the named main Go package."


def split_args(args: list[str]):
    """(go files, program args) from the command line, or raises ValueError."""
    flags = []
    i = 0
    while i < len(args) and args[i].startswith("-") and args[i] != "-":
        flags.append(args[i])
        i += 1
    args = args[i:]
    if not args:
        raise ValueError("go: no go files listed")
    if args[0].endswith(".go"):
        files = []
        j = 0
        while j < len(args) and args[j].endswith(".go"):
            files.append(args[j])
            j += 1
        for f in files:
            if not os.path.isfile(f):
                what = "is a directory" if os.path.isdir(f) else "no such file or directory"
                raise ValueError(f"stat {f}: {what}")
        return files, args[j:]
    d = args[0]
    if not os.path.isdir(d):
        raise ValueError(f"package {d} is not in std")
    files = sorted(os.path.join(d, f) for f in os.listdir(d)
                   if f.endswith(".go") and not f.endswith("_test.go") and not f.startswith((".", "_")))
    if not files:
        raise ValueError(f"no Go files in {os.path.abspath(d)}")
    return files, args[1:]


def run(args: list[str]) -> int:
    try:
        files, prog_args = split_args(args)
    except ValueError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    from gopherpy.compile import driver
    return driver.run_program(files, prog_args)
