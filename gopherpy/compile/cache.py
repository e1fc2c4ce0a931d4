"""This file implements the on-disk code cache: compiled packages keyed by a hash of their sources and of the compiler.

Location: $GOPHERPYCACHE if set (the value `off` disables the cache, as GOCACHE=off
does for go), else `gopherpy` under the user cache directory ($XDG_CACHE_HOME or
~/.cache; %LocalAppData% on Windows; ~/Library/Caches on macOS), as Go's os.UserCacheDir.
An entry is `<key[:2]>/<key>.pyc`: marshal of (deps, stamps, [(filename, code object),
...]) — the package's module chunks, and the packages whose generic code they embed
with the (file, size, mtime) of their Go files when compiled (loader.get_code
recompiles when those changed) — written atomically (temp file + rename).

Every key covers the package path, the Python version, and the size and mtime of
every file of the compiler (compile/, types2/, syntax/: compiler_stamp), so an edit to
gopherpy's compiler invalidates every entry. Then two kinds of key (see README.md):
- files_key, for packages read from files (the standard library, a module's
  packages): every Go file's path, size and mtime_ns, never its bytes. A warm run
  stats the files instead of reading and hashing them (the 18 packages go_bench.go
  imports hold ~200 KB of Go: hashing them was ~4% of a warm run's instructions).
  Like CPython's own .pyc check (source size + mtime), this misses an edit that keeps
  both the size and the nanosecond mtime (a copy with cp -p of a same-sized file);
  an edit, a git checkout, a pip install all set a new mtime.
- package_key, for sources handed over as bytes (a main package given on the command
  line, a launcher's embedded sources, a test main): every file's name and bytes.
"""

from __future__ import annotations

try:  # the builtin module: hashlib's import (OpenSSL) costs ~4 ms of start-up
    from _sha256 import sha256 as _sha256
except ImportError:  # pragma: no cover
    from hashlib import sha256 as _sha256
import marshal
import os
import sys

_compiler_stamp: str | None = None


def cache_dir() -> str | None:
    env = os.environ.get("GOPHERPYCACHE")
    if env is not None:
        if env == "off":
            return None
        return env
    if sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    elif os.name == "nt":
        base = os.environ.get("LocalAppData") or os.path.expanduser("~")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "gopherpy")


_HERE = os.path.dirname(os.path.abspath(__file__))
# the directories of the compiler's own files: compile/, types2/, syntax/
COMPILER_DIRS = (_HERE, os.path.join(os.path.dirname(_HERE), "types2"),
                 os.path.join(os.path.dirname(_HERE), "syntax"))


def dirs_stamp(dirs) -> str:
    """A hash of the Python version and of the path, size and mtime_ns of every .py
    file in dirs (not their bytes: ~85 stats cost ~0.5 ms, reading them ~10 times more)."""
    parts = [sys.version]
    for d in dirs:
        try:
            names = sorted(os.listdir(d))
        except OSError:
            continue
        for n in names:
            if n.endswith(".py"):
                st = os.stat(os.path.join(d, n))
                parts.append(f"{d}/{n}:{st.st_size}:{st.st_mtime_ns};")
    return _sha256("".join(parts).encode()).hexdigest()


def compiler_stamp() -> str:
    """dirs_stamp of the compiler's files, computed once per process."""
    global _compiler_stamp
    if _compiler_stamp is None:
        _compiler_stamp = dirs_stamp(COMPILER_DIRS)
    return _compiler_stamp


def package_key(pkgpath: str, files: list[tuple[str, bytes]]) -> str:
    h = _sha256(compiler_stamp().encode())
    h.update(pkgpath.encode() + b"\0")
    for name, data in files:
        h.update(name.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    return h.hexdigest()


def files_key(pkgpath: str, paths: list[str]) -> str:
    """The key of the package made of the Go files paths (by path, size and mtime_ns;
    OSError when one cannot be stat'ed)."""
    parts = [compiler_stamp(), "files", pkgpath]
    for p in paths:
        st = os.stat(p)
        parts.append(f"{p}\0{st.st_size}\0{st.st_mtime_ns}")
    return _sha256("\0".join(parts).encode()).hexdigest()


def load(key: str):
    d = cache_dir()
    if d is None:
        return None
    p = os.path.join(d, key[:2], key + ".pyc")
    try:
        with open(p, "rb") as f:
            return marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def store(key: str, chunks) -> None:
    d = cache_dir()
    if d is None:
        return
    sub = os.path.join(d, key[:2])
    try:
        os.makedirs(sub, exist_ok=True)
        p = os.path.join(sub, key + ".pyc")
        tmp = f"{p}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            f.write(marshal.dumps(chunks))
        os.replace(tmp, p)
    except OSError:
        pass
