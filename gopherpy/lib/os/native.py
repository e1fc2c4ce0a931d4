"""This file implements package os's natives: process arguments, environment, exit, and file system calls.

System calls return Go errors as values of a native error type standing for
syscall.Errno (its Error text is the C library's message, as Go's is, and its Is
method matches os.ErrNotExist / ErrExist / ErrPermission like Go's Errno.Is).
Standard output (fd 1) goes through Python's buffered sys.stdout.buffer, flushed at
exit and before any read of standard input; other descriptors are written directly.
"""

from __future__ import annotations

import errno as _errno
import os as _os
import sys

from gopherpy.lib.nativeutil import bslice, error_class, sbytes, strslice
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.panic import ExitProgram
from gopherpy.runtime.values import Slice, mkslice

_ns: dict = {}


def init_package(ns):
    """Called by the loader with os's namespace before its variables are initialised."""
    global _ns
    _ns = ns


def args():
    return mkslice([a.encode("utf-8", "surrogateescape") for a in sys.argv])


def flush():
    try:
        sys.stdout.flush()
    except Exception:
        pass


def Exit(code: int):
    flush()
    raise ExitProgram(code)


def Getenv(key: bytes) -> bytes:
    return _os.environb.get(key, b"")


def LookupEnv(key: bytes):
    v = _os.environb.get(key)
    return (b"", False) if v is None else (v, True)


def Setenv(key: bytes, value: bytes):
    if not key or b"=" in key or b"\0" in key or b"\0" in value:
        return _errno_err(_errno.EINVAL, b"setenv")
    _os.environb[key] = value
    return None


def Unsetenv(key: bytes):
    _os.environb.pop(key, None)
    return None


def Environ():
    return strslice([k + b"=" + v for k, v in _os.environb.items()])


def Getpid():
    return _os.getpid()


def Getwd():
    return _os.getcwdb(), None


def Hostname():
    import socket
    return socket.gethostname().encode(), None


def TempDir():
    return _os.environb.get(b"TMPDIR", b"/tmp") or b"/tmp"


# ---------------------------------------------------------------------------
# errno errors

def _errno_error(self):
    return self.msg


def _errno_is(self, target):
    n = self.code
    name = {_errno.ENOENT: "ErrNotExist", _errno.EEXIST: "ErrExist", _errno.ENOTEMPTY: "ErrExist",
            _errno.EACCES: "ErrPermission", _errno.EPERM: "ErrPermission"}.get(n)
    return name is not None and _ns.get(name) is target


Errno = error_class("syscall", "syscall", "Errno", ("msg", ("code", rt.INT_T)), _errno_error,
                    {"Is": _errno_is})


def _errno_err(code: int, what: bytes = b""):
    msg = _os.strerror(code)
    return Errno(msg[:1].lower().encode() + msg[1:].encode(), code)


def _oserr(e: OSError):
    return _errno_err(e.errno or _errno.EIO)


# ---------------------------------------------------------------------------
# files

_fdout = {1: None}


def file_fd(w):
    """The descriptor of w if it is an *os.File, else None (used by fmt's Fprint*)."""
    t = getattr(type(w), "_rtype", None)
    if t is not None and t.string == "*os.File" and not w.closed:
        return w.fd
    return None


def write_fd(fd: int, data: bytes):
    """Write all of data to fd: (n, nil error) as Go's Write returns."""
    if fd == 1:
        sys.stdout.buffer.write(data)
        return len(data), None
    if fd == 2:
        flush()
    try:
        n = 0
        mv = memoryview(data)
        while n < len(data):
            n += _os.write(fd, mv[n:])
        return n, None
    except OSError as e:
        return 0, _oserr(e)


def sysWrite(fd, b: Slice):
    return write_fd(fd, sbytes(b))


def sysRead(fd, b: Slice):
    if fd == 0:
        flush()
    try:
        data = _os.read(fd, b.len)
    except OSError as e:
        return 0, _oserr(e)
    n = len(data)
    if n:
        b.a[b.off:b.off + n] = data
    return n, None


def sysOpen(name: bytes, flag: int, perm: int):
    try:
        return _os.open(name, flag | _os.O_CLOEXEC, perm), None
    except OSError as e:
        return -1, _oserr(e)


def sysClose(fd):
    if fd == 1:
        flush()
    try:
        _os.close(fd)
        return None
    except OSError as e:
        return _oserr(e)


def sysSeek(fd, offset, whence):
    try:
        return _os.lseek(fd, offset, whence), None
    except OSError as e:
        return 0, _oserr(e)


def sysReadFile(name: bytes):
    try:
        with open(name, "rb") as f:
            return bslice(f.read()), None
    except OSError as e:
        return bslice(b""), _oserr(e)


def sysRemove(name: bytes):
    try:
        if _os.path.isdir(name) and not _os.path.islink(name):
            _os.rmdir(name)
        else:
            _os.unlink(name)
        return None
    except OSError as e:
        return _oserr(e)


def sysMkdir(name: bytes, perm: int):
    try:
        _os.mkdir(name, perm)
        return None
    except OSError as e:
        return _oserr(e)


def sysMkdirAll(name: bytes, perm: int):
    try:
        _os.makedirs(name, perm, exist_ok=True)
        return None
    except FileExistsError as e:
        return _oserr(e)
    except OSError as e:
        return _oserr(e)
