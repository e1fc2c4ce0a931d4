"""This file implements the importers: LibImporter loads gopherpy's standard library
declarations (gopherpy/lib/<path>/*.go, functions may lack bodies), SourceImporter loads
Go source from a GOROOT (DIR/src/<path>, vendor/ too) selecting files as the gc
toolchain does for GOOS=linux GOARCH=amd64 with cgo disabled. Both cache packages.

An importer is an object with import_(path, dir) -> Package; it raises ImportError_
with a message when the package can't be found or has errors.
"""

from __future__ import annotations

import os
import re

from .universe import UNSAFE

GOOS = "linux"
GOARCH = "amd64"
KNOWN_OS = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
            "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos"}
KNOWN_ARCH = {"386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
              "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
              "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"}
UNIX_OS = {"aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "linux",
           "netbsd", "openbsd", "solaris"}


class ImportError_(Exception):
    pass


def _tags(cgo=False):
    t = {GOOS, GOARCH, "unix", "gc", "goexperiment.swissmap", "goexperiment.aliastypeparams",
         "goexperiment.spinbitmutex", "goexperiment.synchashtriemap"}
    if cgo:
        t.add("cgo")
    for i in range(1, 28):
        t.add(f"go1.{i}")
    return t


TAGS = _tags()

_TOK = re.compile(r"\s*(\(|\)|!|&&|\|\||[A-Za-z0-9_.\-]+)")


def eval_constraint(expr: str, tags=TAGS) -> bool:
    """Evaluates a //go:build expression."""
    toks = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOK.match(expr, pos)
        if not m:
            return False
        toks.append(m.group(1))
        pos = m.end()
        while pos < len(expr) and expr[pos].isspace():
            pos += 1
    i = 0

    def or_():
        nonlocal i
        v = and_()
        while i < len(toks) and toks[i] == "||":
            i += 1
            w = and_()
            v = v or w
        return v

    def and_():
        nonlocal i
        v = not_()
        while i < len(toks) and toks[i] == "&&":
            i += 1
            w = not_()
            v = v and w
        return v

    def not_():
        nonlocal i
        if i < len(toks) and toks[i] == "!":
            i += 1
            return not not_()
        if i < len(toks) and toks[i] == "(":
            i += 1
            v = or_()
            if i < len(toks) and toks[i] == ")":
                i += 1
            return v
        if i < len(toks):
            t = toks[i]
            i += 1
            return t in tags
        return False

    try:
        return or_()
    except RecursionError:
        return False


def _header_constraint(src: bytes):
    """The //go:build expression of a file's header (before the package clause), or None."""
    for raw in src.split(b"\n"):
        line = raw.strip()
        if line.startswith(b"//go:build"):
            return line[len(b"//go:build"):].decode("utf-8", "replace")
        if line.startswith(b"package ") or line.startswith(b"package\t"):
            return None
    return None


def good_file_name(name: str) -> bool:
    if not name.endswith(".go") or name.startswith(("_", ".")) or name.endswith("_test.go"):
        return False
    stem = name[:-3]
    parts = stem.split("_")
    if len(parts) >= 2:
        last = parts[-1]
        if len(parts) >= 3 and parts[-2] in KNOWN_OS and last in KNOWN_ARCH:
            return parts[-2] == GOOS and last == GOARCH
        if last in KNOWN_OS:
            return last == GOOS
        if last in KNOWN_ARCH:
            return last == GOARCH
    return True


def select_files(dirpath: str, cgo=False):
    """The .go files of a directory the build would use, as (path, bytes)."""
    out = []
    try:
        names = sorted(os.listdir(dirpath))
    except OSError:
        return None
    tags = _tags(cgo)
    for n in names:
        if not good_file_name(n):
            continue
        p = os.path.join(dirpath, n)
        if not os.path.isfile(p):
            continue
        with open(p, "rb") as f:
            src = f.read()
        c = _header_constraint(src)
        if c is not None and not eval_constraint(c, tags):
            continue
        if not cgo and re.search(rb'^import\s+"C"\s*$', src, re.M):
            continue
        out.append((p, src))
    return out


class _BaseImporter:
    def __init__(self, fset=None):
        from ..syntax.source import FileSet
        self.fset = fset or FileSet()
        self.cache = {}
        self.errors = {}  # path -> list of errors
        self.importing = set()
        self.on_error = None

    def import_(self, path, dir_=""):
        if path == "unsafe":
            return UNSAFE
        p = self.cache.get(path)
        if p is not None:
            return p
        if path in self.importing:
            raise ImportError_(f"import cycle not allowed")
        self.importing.add(path)
        try:
            p = self._load(path)
        finally:
            self.importing.discard(path)
        self.cache[path] = p
        return p

    def _check(self, path, files_src, allow_missing_bodies):
        from ..syntax import parse_file_errors
        from .api import Config, Info, check
        files = []
        errs = []
        for fname, src in files_src:
            f, perrs = parse_file_errors(fname, src, self.fset)
            if perrs:
                errs.extend(perrs)
            if f is not None:
                files.append(f)
        conf = Config(importer=self, error=errs.append, ignore_func_bodies=self.ignore_bodies(path),
                      allow_missing_bodies=allow_missing_bodies)
        pkg, info = check(path, files, self.fset, conf)
        pkg.info = info
        if errs:
            self.errors[path] = errs
            if self.on_error is not None:
                self.on_error(path, errs)
        return pkg

    def ignore_bodies(self, path):
        return True


class LibImporter(_BaseImporter):
    """Imports gopherpy's own standard library declarations (gopherpy/lib). Bodies are
    checked too: the package's Info is kept as pkg.info and its Files as pkg.files, so
    the compiler can reuse them."""

    def ignore_bodies(self, path):
        return False

    def __init__(self, root=None, fset=None, fallback=None):
        super().__init__(fset)
        self.root = root or os.path.join(os.path.dirname(os.path.dirname(__file__)), "lib")
        self.fallback = fallback

    def _load(self, path):
        d = os.path.join(self.root, *path.split("/"))
        files = select_files(d) if os.path.isdir(d) else None
        if not files:
            if self.fallback is not None:
                return self.fallback.import_(path)
            raise ImportError_(f"package {path} is not in std")
        pkg = self._check(path, files, True)
        if path in self.errors:
            first = self.errors[path][0]
            raise ImportError_(f"{first}")
        return pkg


class SourceImporter(_BaseImporter):
    """Imports packages from Go source under goroot/src (and goroot/src/vendor)."""

    def __init__(self, goroot, fset=None, check_bodies=True):
        super().__init__(fset)
        self.goroot = goroot
        self.check_bodies = check_bodies
        self.order = []

    def ignore_bodies(self, path):
        return not self.check_bodies

    def find_dir(self, path):
        src = os.path.join(self.goroot, "src")
        for d in (os.path.join(src, *path.split("/")), os.path.join(src, "vendor", *path.split("/")),
                  os.path.join(src, "cmd", "vendor", *path.split("/"))):
            if os.path.isdir(d):
                return d
        return None

    def _load(self, path):
        d = self.find_dir(path)
        if d is None:
            raise ImportError_(f"package {path} is not in std ({os.path.join(self.goroot, 'src', path)})")
        files = select_files(d)
        if not files:
            raise ImportError_(f"no Go files in {d}")
        pkg = self._check(path, files, False)
        self.order.append(path)
        return pkg


_default = None


def default_importer():
    """A process-wide LibImporter (gopherpy/lib declarations)."""
    global _default
    if _default is None:
        _default = LibImporter()
    return _default
