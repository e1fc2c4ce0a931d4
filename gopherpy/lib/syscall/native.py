"""This file implements package syscall's natives (the partial, signals-only package): Getpid, kill, error strings."""

import os


def Getpid():
    return os.getpid()


def kill(pid, sig):
    try:
        if pid == os.getpid() and sig != 0:
            from gopherpy.runtime import sigqueue
            sigqueue.kill_self(sig)
        else:
            os.kill(pid, sig)
    except OSError as e:
        return e.errno or 1
    return 0


def errstr(e):
    """Errno.Error: the C library's message with its first letter lowered, as Go's table has it."""
    msg = os.strerror(e) if e > 0 else ""
    if not msg or msg.startswith("Unknown error"):
        return b"errno %d" % e
    return (msg[:1].lower() + msg[1:]).encode()


def Getppid():
    return os.getppid()
