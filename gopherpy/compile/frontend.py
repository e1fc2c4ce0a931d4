"""This file runs the front end for the compiler: parse files and type-check them into (Package, Info).

It is the only place the compiler calls the parser and the type checker, and it turns
their errors into the text the go command prints (`# pkg` then `file:line:col: msg`).
"""

from __future__ import annotations

import os
import re


# The directory error positions are shown relative to (None: the working directory);
# `gopherpy test` runs a test binary in the package's directory and sets the one the
# command was started in.
error_base_dir = None


def _rel(name: str) -> str:
    try:
        r = os.path.relpath(name, error_base_dir)
    except ValueError:
        return name
    if r.startswith(".."):
        return name
    return r if r.startswith(".") else "./" + r


def parse_sources(srcs, fset):
    from gopherpy.syntax import parse_file
    from gopherpy.compile.loader import BuildError
    files = []
    errors = []
    for name, data in srcs:
        try:
            try:
                res = parse_file(name, data, fset)
            except TypeError:
                res = parse_file(fset, name, data)
        except Exception as e:  # the parser signals syntax errors by raising
            errs = getattr(e, "errors", None) or [e]
            errors.extend(str(x) for x in errs)
            continue
        if isinstance(res, tuple):
            f, errs = res[0], res[1]
            errors.extend(str(x) for x in (errs or []))
        else:
            f = res
        files.append(f)
    if errors:
        raise BuildError(errors)
    return files


_checked: dict = {}


def std_importer(path: str, *rest):
    """The importer handed to types2: standard-library packages from gopherpy/lib."""
    if path == "unsafe":
        from gopherpy.types2 import universe
        return getattr(universe, "UNSAFE", None) or getattr(universe, "unsafe_pkg", None)
    return check_std(path)[0]


def check_std(path: str):
    r = _checked.get(path)
    if r is None:
        from gopherpy.compile.loader import lib_files, read_sources
        r = check_package(path, read_sources(lib_files(path)))
        _checked[path] = r
    return r


def check_package(pkgpath: str, srcs):
    """(Package, Info, files, fset) for the package made of srcs [(filename, bytes)]."""
    from gopherpy.compile.loader import BuildError, is_user_package
    from gopherpy.syntax.source import FileSet
    fset = FileSet()
    try:
        files = parse_sources(srcs, fset)
    except BuildError as e:
        raise BuildError(format_errors(pkgpath, e.text if isinstance(e.text, list) else [e.text]))
    from gopherpy import types2
    from gopherpy.types2.api import Config
    errors = []
    conf = Config(importer=std_importer, error=errors.append, ignore_branch_errors=True,
                  allow_missing_bodies=pkgpath != "main" and not is_user_package(pkgpath))
    try:
        from gopherpy.types2.api import check
        res = check(pkgpath, files, fset, conf)
    except Exception as e:
        errs = getattr(e, "errors", None) or [e]
        raise BuildError(format_errors(pkgpath, [str(x) for x in errs]))
    pkg, info = res[0], res[1]
    if errors:  # soft errors (unused variables and imports) are errors for gc too
        raise BuildError(format_errors(pkgpath, [str(x) for x in errors]))
    if not conf.allow_missing_bodies:
        missing = missing_bodies(files, srcs, fset)
        if missing:
            raise BuildError(format_errors(pkgpath, missing))
    return pkg, info, files, fset


_LINKNAME = re.compile(rb"^//go:linkname[ \t]+(\S+)", re.M)


def missing_bodies(files, srcs, fset) -> list[str]:
    """gc's 'missing function body' for the functions of a package without assembly
    (all of a user's) declared without a body and not named by a //go:linkname
    directive: reported, as gc's back end does, once the package type-checks."""
    from gopherpy.syntax import nodes as N
    linked = {m.decode("utf-8", "replace") for _, src in srcs for m in _LINKNAME.findall(src)}
    out = []
    for f in files:
        for d in f.decls:
            if type(d) is N.FuncDecl and d.body is None and d.name.name not in linked:
                at = d.recv.opening if d.recv is not None and d.recv.opening else d.name.pos()
                out.append(f"{fset.position(at)}: missing function body")
    return out


def format_errors(pkgpath: str, lines) -> str:
    name = "command-line-arguments" if pkgpath == "main" else pkgpath
    import re

    def pos_key(line):
        m = re.match(r"(.*?):(\d+):(\d+):", line)
        return (m.group(1), int(m.group(2)), int(m.group(3))) if m else ("", 0, 0)
    lines = sorted(lines, key=pos_key)  # gc reports errors sorted by position
    out = [f"# {name}"]
    for i, l in enumerate(lines):
        if i == 10:
            out.append(f"{_rel(l.split(':', 1)[0])}: too many errors")
            break
        fn, _, rest = l.partition(":")
        out.append(f"{_rel(fn)}:{rest}" if rest else l)
    return "\n".join(out) + "\n"
