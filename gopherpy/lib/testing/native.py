"""This file implements package testing's natives: capturing standard output for examples, os.Exit(0) panicking during tests.

Go's testing package swaps os.Stdout for a pipe; here fmt.Print* write to file
descriptor 1 directly (lib/fmt/native.py), so the capture redirects the descriptor
itself to a temporary file and puts it back afterwards.
"""

from __future__ import annotations

import os
import tempfile

_saved: list = []  # (saved descriptor 1, temporary file) of the captures under way


def captureStdout():
    import sys
    sys.stdout.flush()
    tmp = tempfile.TemporaryFile()
    saved = os.dup(1)
    os.dup2(tmp.fileno(), 1)
    _saved.append((saved, tmp))


def restoreStdout():
    import sys
    sys.stdout.flush()
    saved, tmp = _saved.pop()
    os.dup2(saved, 1)
    os.close(saved)
    tmp.seek(0)
    data = tmp.read()
    tmp.close()
    return data


def setPanicOnExit0(on):
    from gopherpy.lib.os import native as osn
    osn.panic_on_exit0 = bool(on)
