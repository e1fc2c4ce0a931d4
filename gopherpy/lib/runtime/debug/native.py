"""This file implements package runtime/debug's natives over the goroutine runtime (gopherpy/runtime/proc.py, traceback.py)."""

import os
import sys

from gopherpy.lib.nativeutil import bslice
from gopherpy.runtime import proc


def SetMaxStack(n):
    return proc.SetMaxStack(n)


def Stack():
    """The calling goroutine's trace, headed by runtime/debug.Stack as in Go."""
    from gopherpy.runtime import traceback as tb
    return bslice(tb.Stack(False, sys._getframe(1), top=("runtime/debug.Stack",)).encode())


def printStack():
    """PrintStack's text: its own Go frame (the caller) shows as Go's runtime/debug.PrintStack."""
    from gopherpy.runtime import traceback as tb
    return bslice(tb.Stack(False, sys._getframe(2),
                           top=("runtime/debug.Stack", "runtime/debug.PrintStack")).encode())


def readGOGC():
    """GOGC's setting at start-up: "off" is -1, a number that number, else 100."""
    s = os.environ.get("GOGC", "")
    if s == "off":
        return -1
    try:
        return int(s)
    except ValueError:
        return 100
