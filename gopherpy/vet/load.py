"""This file loads a package for vet: parse its files as go/parser does, type-check them, and
stop at the first error as go vet's unitchecker does.

go vet reports only the first error of a broken package: the first syntax error of the
first file that has one (go/parser's messages, not gc's), else the first type error in
the order go/types reports them (an unused variable is reported after the other errors
of its function, unused imports after all bodies), unsorted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class LoadError(Exception):
    """The first error of a package; name is its package name, as far as it was parsed."""

    def __init__(self, filename: str, line: int, column: int, msg: str, name: str = "", header: bool = False):
        super().__init__(f"{filename}:{line}:{column}: {msg}")
        self.filename = filename
        self.line = line
        self.column = column
        self.msg = msg
        self.name = name
        self.header = header  # found by the go command reading the file's imports, not by vet


_FIRST_DECL = re.compile(rb"(?m)^(?!import\b|package\b)[A-Za-z_]")
_PACKAGE_CLAUSE = re.compile(rb"(?m)^\s*package\s+([A-Za-z_][A-Za-z0-9_]*)")
# go/scanner's errors: in the package clause and imports, the go command's own reading of
# the file's header finds them first and reports them without vet's "# pkg" lines.
_LEXICAL = ("string literal not terminated", "rune literal not terminated", "illegal UTF-8 encoding",
            "comment not terminated", "illegal character", "raw string literal not terminated")


_KEYWORDS = frozenset(b"break case chan const continue default defer else fallthrough for func go goto if "
                      b"import interface map package range return select struct switch type var".split())
_COMMENTS = re.compile(rb"//[^\n]*|/\*.*?\*/", re.S)


def _header_constraint_error(data) -> str:
    """go/build's error for the //go:build lines before the package clause, or ""."""
    from gopherpy.syntax import gobuild
    found = []
    for raw in data.split(b"\n"):
        line = raw.strip()
        if line.startswith(b"package") or (line and not line.startswith((b"//", b"/*"))):
            break
        text = raw.decode("utf-8", "replace").strip()
        if gobuild.is_go_build(text):
            found.append(text)
    if len(found) > 1:
        return "multiple //go:build comments"
    if found:
        try:
            gobuild.parse(found[0])
        except gobuild.ConstraintError as e:
            return f"parsing //go:build line: {e}"
    return ""


def _has_package_clause(data) -> bool:
    """Whether the file starts (after comments) with `package name`: without one, the go
    command's reading of the file fails before vet runs."""
    m = re.match(rb"\s*package\s+([A-Za-z_][A-Za-z0-9_]*)", _COMMENTS.sub(b" ", data))
    return m is not None and m.group(1) not in _KEYWORDS


def _in_header(tree, fset, pos, data) -> bool:
    """Whether pos lies in the package clause or the import declarations (an approximation
    of how far go/build reads a file: up to the first declaration that is not an import)."""
    if tree is not None:
        for d in tree.decls:
            if getattr(d, "tok", None) != "import":
                p = fset.position(d.pos())
                return (pos.line, pos.column) < (p.line, p.column)
        return True
    m = _FIRST_DECL.search(data)
    return m is None or pos.line < data.count(b"\n", 0, m.start()) + 1


@dataclass
class Package:
    """A type-checked package: what every analyzer's Pass sees."""
    path: str
    files: list  # nodes.File, in command-line order
    fset: object
    types: object  # types2 Package
    info: object  # types2 Info
    srcs: dict = field(default_factory=dict)  # filename -> source bytes
    versions: dict = field(default_factory=dict)  # filename -> language minor version (None: unknown)
    ignored_files: list = field(default_factory=list)  # Go files of the directory the build excludes (unused by the analyzers)


def load_package(path: str, filenames: list[str], go_version: str = "", ignored=()) -> Package:
    """Parse and check the package; go_version is its go.mod's `go` line ("go1.22"), "" for the newest."""
    from gopherpy.syntax.goparser import parse_go_file
    from gopherpy.syntax.source import FileSet
    fset = FileSet()
    files = []
    srcs = {}
    pkgname = ""
    for name in filenames:
        with open(name, "rb") as f:
            data = f.read()
        srcs[name] = data
        bad = _header_constraint_error(data)
        if bad:
            raise LoadError(name, 0, 0, bad, header=True)
        tree, errs = parse_go_file(name, data, fset)
        if not pkgname:
            if tree is not None and tree.name is not None:
                pkgname = tree.name.name
            else:
                m = _PACKAGE_CLAUSE.search(data)
                pkgname = m.group(1).decode("latin-1") if m else ""
        if errs:
            pos, msg = errs[0][0], errs[0][1]
            if (msg.startswith(_LEXICAL) and _in_header(tree, fset, pos, data)) or not _has_package_clause(data):
                raise LoadError(pos.filename or name, pos.line, pos.column, msg, pkgname, header=True)
            if len(errs) > 1:  # go/scanner.ErrorList's Error()
                msg += f" (and {len(errs) - 1} more errors)"
            raise LoadError(pos.filename or name, pos.line, pos.column, msg, pkgname)
        files.append(tree)
    from gopherpy.compile.frontend import std_importer
    from gopherpy.types2.api import Config, Info, check
    errors = []
    conf = Config(importer=std_importer, error=errors.append, go_version=go_version)
    info = Info()
    try:
        pkg, info = check(path, files, fset, conf, info)
    except Exception as e:  # the checker never raises on user errors; report what it said
        raise LoadError(filenames[0], 0, 0, f"internal error: {e}", pkgname)
    if errors:
        e = errors[0]
        p = e.position() if callable(getattr(e, "position", None)) else getattr(e, "position", None)
        msg = getattr(e, "msg", None) or str(e).split(": ", 1)[-1]
        msg = msg.split("\n", 1)[0]  # go/types' error has no continuation lines ("\tprevious case")
        raise LoadError(p.filename, p.line, p.column, msg, pkgname)
    from gopherpy.types2.version import GO_CURRENT, file_versions
    versions = file_versions(go_version or f"go1.{GO_CURRENT}", files)
    return Package(path, files, fset, pkg, info, srcs, versions, list(ignored))
