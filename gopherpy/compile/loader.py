"""This file implements loading packages: parse, type-check, compile (or fetch from the cache) and execute.

A compiled package is a Python module object (`gopherpy.pkg.<import path>`) whose
namespace holds the package's functions, variables, struct classes and the dict
`_grtypes` (type string -> RType of the named types it declares). Compiled code
imports other packages with `load_package(path)`; standard-library packages come
from gopherpy/lib/<path>/*.go, and their body-less functions from native.py
(`load_native`). A native module may define `init_package(ns)`: it is called with
the package namespace before the package's variables are initialised, so natives
can reach the struct classes and rtypes the .go files declare (see README.md).
"""

from __future__ import annotations

import importlib
import os
import sys
import types

from gopherpy.compile import cache

LIBDIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "lib")

_packages: dict[str, types.ModuleType] = {}
_natives: dict[str, object] = {}


class BuildError(Exception):
    """Compile errors, already formatted as the go command prints them."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


def load_native(path: str):
    m = _natives.get(path)
    if m is None:
        m = importlib.import_module("gopherpy.lib." + path.replace("/", ".") + ".native")
        _natives[path] = m
    return m


# Packages outside the standard library (a module's own packages, a package under
# test and its external test package): a function from import path to the package's
# .go files, or None for a standard-library path. Set by the go command front ends
# that build such packages (cmd/test.py); the standard library is looked up otherwise.
user_packages = None


def is_user_package(path: str) -> bool:
    return user_packages is not None and user_packages(path) is not None


def lib_files(path: str) -> list[str]:
    if user_packages is not None:
        files = user_packages(path)
        if files is not None:
            return files
    d = os.path.join(LIBDIR, *path.split("/"))
    if not os.path.isdir(d):
        raise BuildError(f"package {path} is not in std")
    files = sorted(os.path.join(d, f) for f in os.listdir(d)
                   if f.endswith(".go") and not f.endswith("_test.go"))
    if not files:
        raise BuildError(f"package {path} is not in std (no Go files in {d})")
    return files


def read_sources(paths: list[str]) -> list[tuple[str, bytes]]:
    out = []
    for p in paths:
        with open(p, "rb") as f:
            out.append((p, f.read()))
    return out


def load_package(path: str) -> types.ModuleType:
    """The executed module of standard-library package `path` (compiled once per process)."""
    m = _packages.get(path)
    if m is not None:
        return m
    return build_and_exec(path, None)


def compile_sources(pkgpath: str, srcs: list[tuple[str, bytes]]):
    """Parse, check and compile; returns [(filename, code)] or raises BuildError."""
    from gopherpy.compile.frontend import check_package, check_std
    if pkgpath == "main":
        pkg, info, files, fset = check_package(pkgpath, srcs)
    else:
        pkg, info, files, fset = check_std(pkgpath)
    from gopherpy.compile.compiler import CompileError, Compiler
    try:
        comp = Compiler(pkg, info, files, fset, pkgpath)
        chunks = comp.compile_package()
    except CompileError as e:
        raise BuildError(f"# {pkgpath}\n{e}\n")
    except RecursionError:
        raise BuildError(f"# {pkgpath}\ninternal compiler error: expression nesting too deep\n")
    except Exception as e:  # a compiler bug: reported as gc reports its own (an ICE)
        import traceback
        tb = traceback.extract_tb(e.__traceback__)[-1]
        raise BuildError(f"# {pkgpath}\ninternal compiler error: {type(e).__name__}: {e} "
                         f"[{os.path.basename(tb.filename)}:{tb.lineno}]\n")
    compile_sources.deps = sorted(comp.deps)
    dump = os.environ.get("GOPHERPYDUMP")
    if dump:
        # debugging aid: GOPHERPYDUMP=dir writes the generated Python of each package there
        os.makedirs(dump, exist_ok=True)
        with open(os.path.join(dump, pkgpath.replace("/", "_") + ".py"), "w") as f:
            for fn, src, code in chunks:
                f.write(f"# ---- {fn}\n{src}\n")
    return [(fn, code) for fn, src, code in chunks]


def dep_stamps(paths) -> list:
    """(file, size, mtime) of the Go files of the packages whose generic code a compiled
    package embeds (compile/foreign.py): the cache entry is stale once one changes."""
    out = []
    for path in paths:
        try:
            for f in lib_files(path):
                st = os.stat(f)
                out.append((f, st.st_size, st.st_mtime_ns))
        except (BuildError, OSError):
            out.append((path, -1, -1))
    return out


def get_code(pkgpath: str, srcs: list[tuple[str, bytes]] | None = None):
    """The [(filename, code)] of package pkgpath, from the cache or compiled. srcs:
    its sources [(path, bytes)] (keyed by content), or None for a package read from
    its files (lib_files: keyed by their size and mtime, read only to compile)."""
    if srcs is None:
        files = lib_files(pkgpath)
        key = cache.files_key(pkgpath, files)
    else:
        key = cache.package_key(pkgpath, srcs)
    entry = cache.load(key)
    if isinstance(entry, tuple) and len(entry) == 3:
        deps, stamps, chunks = entry
        if not deps or dep_stamps(deps) == stamps:
            return chunks
    if srcs is None:
        srcs = read_sources(files)
    chunks = compile_sources(pkgpath, srcs)
    deps = compile_sources.deps
    cache.store(key, (deps, dep_stamps(deps), chunks))
    return chunks


def build_and_exec(pkgpath: str, srcs, modname: str | None = None) -> types.ModuleType:
    """Load (get_code: srcs None for a package read from its files) and execute package pkgpath."""
    chunks = get_code(pkgpath, srcs)
    m = types.ModuleType(modname or ("gopherpy.pkg." + pkgpath))
    _packages[pkgpath] = m
    ns = m.__dict__
    ns["__builtins__"] = __builtins__
    native = None
    for i, (fn, code) in enumerate(chunks):
        if i == len(chunks) - 1:
            native = _natives.get(pkgpath) or (
                load_native(pkgpath) if os.path.exists(os.path.join(LIBDIR, *pkgpath.split("/"), "native.py"))
                and pkgpath != "main" and modname is None and not is_user_package(pkgpath) else None)
            hook = getattr(native, "init_package", None) if native is not None else None
            if hook is not None:
                hook(ns)
        exec(code, ns)
    return m
