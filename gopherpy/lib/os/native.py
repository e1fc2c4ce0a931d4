"""This file implements package os's natives: process facts, environment, exit, and system calls.

System calls return an errno (0 for success) that the Go code turns into a
syscall.Errno error with errnoErr.
Standard output (fd 1) goes through Python's buffered sys.stdout.buffer,
flushed at exit and before any read of standard input or write to fd 2; other
descriptors are written directly. Reads of descriptors that may block (not
regular files) run on a runtime helper thread (proc.entersyscall_block), so
other goroutines keep running.
"""

from __future__ import annotations

import errno as _errno
import os as _os
import random as _random
import stat as _stat
import sys

from gopherpy.compile.names import mangle
from gopherpy.lib.nativeutil import strslice
from gopherpy.runtime.panic import ExitProgram
from gopherpy.runtime.values import Slice, mkslice

_ns: dict = {}
_F_SIZE, _F_MODE, _F_MTIME, _F_DEV, _F_INO = (mangle(n) for n in ("size", "mode", "modTime", "dev", "ino"))


def init_package(ns):
    """Called by the loader with os's namespace before its variables are initialised."""
    global _ns
    _ns = ns


def args():
    return mkslice([a.encode("utf-8", "surrogateescape") for a in sys.argv])


def _sigpipe():
    """A write to a closed pipe on fd 1 or 2: the process dies of SIGPIPE, as Go's does.

    Python ignores SIGPIPE and only its main thread may change that, so from the Go
    thread the C library's signal() restores the default action first."""
    import signal
    try:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    except ValueError:
        import ctypes
        ctypes.CDLL(None).signal(signal.SIGPIPE, 0)  # 0: SIG_DFL
    _os.kill(_os.getpid(), signal.SIGPIPE)
    _os._exit(128 + signal.SIGPIPE)  # not reached


def flush():
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _sigpipe()
    except Exception:
        pass


def Exit(code: int):
    flush()
    raise ExitProgram(code)


def Getpid():
    return _os.getpid()


def Getppid():
    return _os.getppid()


def Getuid():
    return _os.getuid()


def Geteuid():
    return _os.geteuid()


def Getgid():
    return _os.getgid()


def Getegid():
    return _os.getegid()


def Getgroups():
    return mkslice(list(_os.getgroups())), None


def Hostname():
    return _os.uname().nodename.encode(), None


def Executable():
    return _os.path.abspath(sys.argv[0]).encode("utf-8", "surrogateescape"), None


# -- environment -------------------------------------------------------------------

def LookupEnv(key: bytes):
    v = _os.environb.get(key)
    return (b"", False) if v is None else (v, True)


def setenv(key: bytes, value: bytes) -> bool:
    if not key or b"=" in key or b"\0" in key or b"\0" in value:
        return False
    _os.environb[key] = value
    return True


def unsetenv(key: bytes):
    _os.environb.pop(key, None)


def Clearenv():
    _os.environb.clear()


def Environ():
    return strslice([k + b"=" + v for k, v in _os.environb.items()])


# -- errno errors ---------------------------------------------------------------------

def errno_value(code: int):
    """The syscall.Errno(code) interface value."""
    return _ns["_gi_syscall"]._grtypes["syscall.Errno"].box(code)


def _eno(e: OSError) -> int:
    return e.errno or _errno.EIO


def _call(fn, *a) -> int:
    try:
        fn(*a)
        return 0
    except OSError as e:
        return _eno(e)


# -- files ---------------------------------------------------------------------------

def file_fd(w):
    """The descriptor of w if it is an open *os.File, else None (used by fmt's Fprint*)."""
    t = getattr(type(w), "_rtype", None)
    if t is not None and t.string == "*os.File" and not w.closed:
        return w.fd
    return None


def _write_fd(fd: int, data: bytes):
    """Write all of data to fd: (n, errno)."""
    if fd == 1:
        try:
            sys.stdout.buffer.write(data)
        except BrokenPipeError:
            _sigpipe()
        return len(data), 0
    if fd == 2:
        flush()
    n = 0
    try:
        mv = memoryview(data)
        while n < len(data):
            n += _os.write(fd, mv[n:])
        return n, 0
    except BrokenPipeError:
        if fd <= 2:
            _sigpipe()
        return n, _errno.EPIPE
    except OSError as e:
        return n, _eno(e)


def write_fd(fd: int, data: bytes):
    """Write all of data to fd as fmt's Fprint* to an *os.File does: (n, error)."""
    n, e = _write_fd(fd, data)
    if e:
        name = {1: b"/dev/stdout", 2: b"/dev/stderr"}.get(fd, b"")
        return n, _ns["_gi_io_fs"].PathError(Op=b"write", Path=name, Err=errno_value(e))
    return n, None


def mayBlock(fd):
    try:
        return not _stat.S_ISREG(_os.fstat(fd).st_mode)
    except OSError:
        return False


def sysWrite(fd, b: Slice):
    a = b.a
    return _write_fd(fd, bytes(a[b.off:b.off + b.len]) if a is not None else b"")


def sysPwrite(fd, b: Slice, off):
    try:
        return _os.pwrite(fd, bytes(b.a[b.off:b.off + b.len]), off), 0
    except OSError as e:
        return 0, _eno(e)


def _read(fd, n):
    try:
        return _os.read(fd, n), 0
    except OSError as e:
        return b"", _eno(e)


def sysRead(fd, b: Slice, blocking):
    if fd == 0:
        flush()
    if blocking:
        from gopherpy.runtime import proc
        data, e = proc.entersyscall_block(_read, fd, b.len)
    else:
        data, e = _read(fd, b.len)
    n = len(data)
    if n:
        b.a[b.off:b.off + n] = data
    return n, e


def sysPread(fd, b: Slice, off):
    try:
        data = _os.pread(fd, b.len, off)
    except OSError as e:
        return 0, _eno(e)
    n = len(data)
    if n:
        b.a[b.off:b.off + n] = data
    return n, 0


def sysOpen(name: bytes, flag: int, perm: int):
    if b"\0" in name:
        return -1, _errno.EINVAL
    try:
        return _os.open(name, flag | _os.O_CLOEXEC, perm), 0
    except OSError as e:
        return -1, _eno(e)


def sysClose(fd):
    if fd == 1:
        flush()
    return _call(_os.close, fd)


def sysSeek(fd, offset, whence):
    try:
        return _os.lseek(fd, offset, whence), 0
    except OSError as e:
        return 0, _eno(e)


def sysFsync(fd):
    if fd == 1:
        flush()
    return _call(_os.fsync, fd)


def sysFtruncate(fd, size):
    return _call(_os.ftruncate, fd, size)


def sysFchmod(fd, mode):
    return _call(_os.fchmod, fd, mode)


def sysFchdir(fd):
    return _call(_os.fchdir, fd)


def sysFchown(fd, uid, gid):
    return _call(_os.fchown, fd, uid, gid)


# -- stat --------------------------------------------------------------------------------

_TYPE_BITS = {_stat.S_IFBLK: 1 << 26, _stat.S_IFCHR: (1 << 26) | (1 << 21), _stat.S_IFDIR: 1 << 31,
              _stat.S_IFIFO: 1 << 25, _stat.S_IFLNK: 1 << 27, _stat.S_IFREG: 0, _stat.S_IFSOCK: 1 << 24}


def file_mode(m: int) -> int:
    """Go's FileMode for a st_mode."""
    mode = (m & 0o777) | _TYPE_BITS.get(_stat.S_IFMT(m), 0)
    if m & _stat.S_ISGID:
        mode |= 1 << 22
    if m & _stat.S_ISUID:
        mode |= 1 << 23
    if m & _stat.S_ISVTX:
        mode |= 1 << 20
    return mode


def _fill(st, r):
    setattr(st, _F_SIZE, r.st_size)
    setattr(st, _F_MODE, file_mode(r.st_mode))
    setattr(st, _F_DEV, r.st_dev)
    setattr(st, _F_INO, r.st_ino)
    ns = r.st_mtime_ns
    setattr(st, _F_MTIME, _ns["_gi_time"].Unix(ns // 10**9, ns % 10**9))
    return 0


def _stat_call(fn, arg, st):
    if isinstance(arg, bytes) and b"\0" in arg:
        return _errno.EINVAL
    try:
        r = fn(arg)
    except OSError as e:
        return _eno(e)
    return _fill(st, r)


def sysStat(name, st):
    return _stat_call(_os.stat, name, st)


def sysLstat(name, st):
    return _stat_call(_os.lstat, name, st)


def sysFstat(fd, st):
    return _stat_call(_os.fstat, fd, st)


# -- directories ------------------------------------------------------------------------------

def readdirents(fd, state, n):
    """state: a pointer to the File's `dir` field (a list of pending entries, or nil)."""
    pending = state.v
    if pending is None:
        try:
            with _os.scandir(fd) as it:
                pending = [e for e in it]
        except OSError as e:
            return strslice([]), strslice([]), _eno(e)
        pending.reverse()
        state.v = pending
    names, types = [], []
    while pending and (n <= 0 or len(names) < n):
        e = pending.pop()
        names.append(e.name if isinstance(e.name, bytes) else _os.fsencode(e.name))
        try:
            if e.is_symlink():
                t = 1 << 27
            elif e.is_dir(follow_symlinks=False):
                t = 1 << 31
            elif e.is_file(follow_symlinks=False):
                t = 0
            else:
                t = 0xFFFFFFFF  # a device, pipe or socket: Go lstats it
        except OSError:
            t = 0xFFFFFFFF
        types.append(t)
    return strslice(names), strslice(types), 0


# -- paths ------------------------------------------------------------------------------------

def _path_call(fn, *names):
    if any(b"\0" in x for x in names if isinstance(x, bytes)):
        return _errno.EINVAL
    return _call(fn, *names)


def sysMkdir(name, perm):
    return _path_call(_os.mkdir, name, perm)


def sysUnlink(name):
    return _path_call(_os.unlink, name)


def sysRmdir(name):
    return _path_call(_os.rmdir, name)


def sysRename(old, new):
    return _path_call(_os.rename, old, new)


def sysLink(old, new):
    return _path_call(_os.link, old, new)


def sysSymlink(old, new):
    return _path_call(_os.symlink, old, new)


def sysReadlink(name):
    try:
        return _os.readlink(name), 0
    except OSError as e:
        return b"", _eno(e)


def sysChmod(name, mode):
    return _path_call(_os.chmod, name, mode)


def sysChown(name, uid, gid, follow):
    return _path_call(_os.chown if follow else _os.lchown, name, uid, gid)


def sysTruncate(name, size):
    return _path_call(_os.truncate, name, size)


def sysChdir(name):
    return _path_call(_os.chdir, name)


def sysGetwd():
    try:
        return _os.getcwdb(), 0
    except OSError as e:
        return b"", _eno(e)


def sysUtimes(name, atime, mtime):
    try:
        st = _os.stat(name)
    except OSError as e:
        return _eno(e)
    a = atime if atime >= 0 else st.st_atime_ns
    m = mtime if mtime >= 0 else st.st_mtime_ns
    return _call(lambda: _os.utime(name, ns=(a, m)))


def removeAll(path: bytes):
    """(errno, failing path, op) removing path and everything below it (0 if done or absent)."""
    try:
        st = _os.lstat(path)
    except FileNotFoundError:
        return 0, b"", b""
    except OSError as e:
        return _eno(e), path, b"lstat"
    if not _stat.S_ISDIR(st.st_mode):
        try:
            _os.unlink(path)
            return 0, b"", b""
        except FileNotFoundError:
            return 0, b"", b""
        except OSError as e:
            return _eno(e), path, b"unlinkat"
    first = None
    try:
        names = _os.listdir(path)
    except OSError as e:
        return _eno(e), path, b"open"
    for name in names:
        child = path.rstrip(b"/") + b"/" + name if path != b"/" else b"/" + name
        r = removeAll(child)
        if r[0] and first is None:
            first = r
    try:
        _os.rmdir(path)
    except FileNotFoundError:
        pass
    except OSError as e:
        if first is None:
            first = (_eno(e), path, b"unlinkat")
    return first or (0, b"", b"")


def nextRandom():
    return str(_random.getrandbits(32)).encode()
