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


# Set by package testing while a test binary runs its tests with -test.paniconexit0
# (go test always passes it): os.Exit(0) then panics, as Go's testlog hook makes it.
panic_on_exit0 = False


def Exit(code: int):
    if code == 0 and panic_on_exit0:
        from gopherpy.runtime.panic import GoPanic
        raise GoPanic(b"unexpected call to os.Exit(0) during test")
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


# -- pipes: pollable (non-blocking) descriptors ------------------------------------------

_F_CLOSED = mangle("closed")


def sysPipe():
    try:
        r, w = _os.pipe2(_os.O_CLOEXEC | _os.O_NONBLOCK)
    except OSError as e:
        return -1, -1, _eno(e)
    return r, w, 0


def setBlocking(fd):
    try:
        _os.set_blocking(fd, True)
    except OSError:
        pass


def pollEvict(fd):
    from gopherpy.runtime import netpoll
    netpoll.evict(fd)


def deadlineFromNow(d):
    from gopherpy.runtime import proc
    if d <= 0:
        return 1  # already passed
    return proc.sched.clock.now() + d


def pollIO(f, b: Slice, write, deadline):
    from gopherpy.runtime import netpoll, proc
    fd = f.fd
    a = b.a
    view = memoryview(a)[b.off:b.off + b.len] if a is not None else memoryview(b"")
    done = 0
    while True:
        if getattr(f, _F_CLOSED):
            return done, -1
        if deadline and deadline <= proc.sched.clock.now():
            return done, -2
        try:
            if write:
                if fd <= 2:
                    flush()
                done += _os.write(fd, view[done:])
                if done < len(view):
                    continue
                return done, 0
            n = _os.readv(fd, [view])
            return n, 0
        except (BlockingIOError, InterruptedError):
            wait = netpoll.wait_write if write else netpoll.wait_read
            wait(fd, deadline or None)
        except OSError as e:
            if getattr(f, _F_CLOSED):
                return done, -1
            return done, _eno(e)


# -- processes --------------------------------------------------------------------------------

def _remap(pairs):
    """A function for the child that moves descriptor src to dst for each (src, dst)."""
    def move():
        # first out of the way (a source may be another pair's destination), then in place
        tmp = [(_os.dup(src), dst) for src, dst in pairs]
        dsts = {dst for _, dst in pairs}
        for src, _ in pairs:
            if src > 2 and src not in dsts:
                _os.close(src)
        for t, dst in tmp:
            _os.dup2(t, dst)
            _os.close(t)
    return move


def forkExec(name, argv, dir_, env, fds, setsid, pgid, cred, uid, gid, groups):
    """Start a process with subprocess.Popen (vfork+exec in C, exec errors reported
    back): (pid, errno). Popen is told the child is reaped at once, so it never
    waits for it itself; Process.Wait reaps it with wait4."""
    import subprocess
    flush()
    if b"/" not in name:
        name = b"./" + name  # execve's rule: no PATH search here
    fdl = fds.tolist()
    while len(fdl) < 3:
        fdl.append(-1)
    std = []
    nulls = []
    for i in range(3):
        fd = fdl[i]
        if fd < 0:
            fd = _os.open(_os.devnull, _os.O_RDWR | _os.O_CLOEXEC)
            nulls.append(fd)
        std.append(fd)
    extra = [(fd, 3 + i) for i, fd in enumerate(fdl[3:]) if fd >= 0]
    moves = [(src, dst) for src, dst in extra if src != dst]
    keep = sorted({dst for _, dst in extra} | {src for src, _ in extra})
    envd = None
    if env is not None:
        envd = {}
        for kv in env.tolist():
            i = kv.find(b"=", 1)
            if i < 0:
                continue
            envd[kv[:i]] = kv[i + 1:]
    kw = {}
    if setsid:
        kw["start_new_session"] = True
    if pgid >= 0:
        kw["process_group"] = pgid
    if cred:
        kw["user"] = uid
        kw["group"] = gid
        if groups is not None and groups.a is not None:
            kw["extra_groups"] = groups.tolist()
    try:
        p = subprocess.Popen(argv.tolist() or [name], executable=name, stdin=std[0], stdout=std[1],
                             stderr=std[2], pass_fds=keep, cwd=dir_ or None, env=envd,
                             close_fds=True, restore_signals=True,
                             preexec_fn=_remap(moves) if moves else None, **kw)
    except OSError as e:
        return 0, _eno(e)
    except (ValueError, subprocess.SubprocessError):
        return 0, _errno.EINVAL
    finally:
        for fd in nulls:
            _os.close(fd)
    p.returncode = 0  # ours to reap: Popen must not wait for it (see docstring)
    return p.pid, 0


def procExists(pid):
    try:
        _os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        pass
    return True


def _timeval(tv, t: float):
    us = round(t * 1e6)
    setattr(tv, "Sec", us // 10**6)
    setattr(tv, "Usec", us % 10**6)


def _wait4(pid):
    while True:
        try:
            return _os.wait4(pid, 0), 0
        except InterruptedError:
            continue
        except OSError as e:
            return None, _eno(e)


def wait4(pid, ru):
    from gopherpy.runtime import proc
    r, e = proc.entersyscall_block(_wait4, pid)
    if e:
        return 0, 0, e
    wpid, status, u = r
    _timeval(ru.Utime, u.ru_utime)
    _timeval(ru.Stime, u.ru_stime)
    for go, py in (("Maxrss", "ru_maxrss"), ("Ixrss", "ru_ixrss"), ("Idrss", "ru_idrss"),
                   ("Isrss", "ru_isrss"), ("Minflt", "ru_minflt"), ("Majflt", "ru_majflt"),
                   ("Nswap", "ru_nswap"), ("Inblock", "ru_inblock"), ("Oublock", "ru_oublock"),
                   ("Msgsnd", "ru_msgsnd"), ("Msgrcv", "ru_msgrcv"), ("Nsignals", "ru_nsignals"),
                   ("Nvcsw", "ru_nvcsw"), ("Nivcsw", "ru_nivcsw")):
        setattr(ru, go, getattr(u, py))
    return wpid, status & 0xFFFFFFFF, 0
