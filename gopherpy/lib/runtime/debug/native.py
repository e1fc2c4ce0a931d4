"""This file implements package runtime/debug's natives over the goroutine runtime (gopherpy/runtime/proc.py, traceback.py)."""

from gopherpy.lib.nativeutil import bslice
from gopherpy.runtime import proc


def SetMaxStack(n):
    return proc.SetMaxStack(n)


def Stack():
    from gopherpy.runtime import traceback as tb
    return bslice(tb.Stack(False).encode())
