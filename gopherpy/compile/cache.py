"""This file implements the on-disk code cache: compiled packages keyed by a hash of their sources and of the compiler.

Location: $GOPHERPYCACHE if set (the value `off` disables the cache, as GOCACHE=off
does for go), else `gopherpy` under the user cache directory ($XDG_CACHE_HOME or
~/.cache; %LocalAppData% on Windows; ~/Library/Caches on macOS), as Go's os.UserCacheDir.
An entry is `<key[:2]>/<key>.pyc`: marshal of (deps, stamps, [(filename, code object),
...]) — the package's module chunks, and the packages whose generic code they embed
with the (file, size, mtime) of their Go files when compiled (loader.get_code
recompiles when those changed) — written atomically (temp file + rename). The key covers the
package path, every source file's name and bytes, the Python version, and the size
and mtime of every file of the compiler and the Go-visible runtime helpers, so an
edit to gopherpy itself invalidates every entry.
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


def compiler_stamp() -> str:
    global _compiler_stamp
    if _compiler_stamp is None:
        here = os.path.dirname(os.path.abspath(__file__))
        root = os.path.dirname(here)
        h = _sha256(sys.version.encode())
        for d in (here, os.path.join(root, "types2"), os.path.join(root, "syntax")):
            try:
                names = sorted(os.listdir(d))
            except OSError:
                continue
            for n in names:
                if n.endswith(".py"):
                    st = os.stat(os.path.join(d, n))
                    h.update(f"{d}/{n}:{st.st_size}:{st.st_mtime_ns};".encode())
        _compiler_stamp = h.hexdigest()
    return _compiler_stamp


def package_key(pkgpath: str, files: list[tuple[str, bytes]]) -> str:
    h = _sha256(compiler_stamp().encode())
    h.update(pkgpath.encode() + b"\0")
    for name, data in files:
        h.update(name.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    return h.hexdigest()


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
