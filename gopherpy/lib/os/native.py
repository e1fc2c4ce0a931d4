"""This file implements the natives of the minimal placeholder package os (Args, Exit, Getenv)."""

from __future__ import annotations

import os as _os
import sys

from gopherpy.runtime.panic import ExitProgram
from gopherpy.runtime.values import mkslice


def args():
    return mkslice([a.encode("utf-8", "surrogateescape") for a in sys.argv])


def Exit(code: int):
    sys.stdout.flush()
    raise ExitProgram(code)


def Getenv(key: bytes) -> bytes:
    return _os.environb.get(key, b"")
