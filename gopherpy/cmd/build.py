"""This file implements `gopherpy build`: type-check and compile a main package (filling the code cache), writing no binary.

Usage: gopherpy build file.go... | gopherpy build [dir]
Exit status 0 if the package compiles, 1 with the go command's error text otherwise.
"""

from __future__ import annotations

import sys

USAGE = "gopherpy build [-o output] [build flags] [packages]"


def run(args: list[str]) -> int:
    from gopherpy.cmd.run import split_args
    try:
        files, _ = split_args(args or ["."])
    except ValueError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    from gopherpy.compile import driver
    return driver.build_program(files)
