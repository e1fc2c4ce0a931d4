"""This file implements `gopherpy version`."""

from __future__ import annotations

import sys

from gopherpy import GO_VERSION, __version__

USAGE = "gopherpy version"


def run(args: list[str]) -> int:
    if args:
        sys.stderr.write(f"usage: {USAGE}\n")
        return 2
    sys.stdout.write(f"gopherpy version {__version__} ({GO_VERSION}) linux/amd64\n")
    return 0
