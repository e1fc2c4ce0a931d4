"""This file implements package syscall's natives (the partial, signals-only package): Getpid, kill, error strings."""

import os


def Getpid():
    return os.getpid()


def kill(pid, sig):
    try:
        if pid == os.getpid():
            from gopherpy.runtime import sigqueue
            sigqueue.kill_self(sig)
        else:
            os.kill(pid, sig)
    except OSError as e:
        return e.errno or 1
    return 0


def errstr(e):
    return os.strerror(e).lower().encode() if e else b"errno 0"
