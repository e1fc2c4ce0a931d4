"""The Go front end: scanner, parser, AST and positions (read README.md in this folder first).

Public API:
    parse_file(filename, src, fset, mode=0) -> nodes.File, raising ErrorList on any error
    parse_file_errors(filename, src, fset, mode=0) -> (File or None, ErrorList)
    ErrorList: a list of source.Error (str(e) is gc's `file:line:col: message`)
    literal_value(lit) -> the value of a BasicLit (str for strings and runes' text ...)
"""

from __future__ import annotations

import os
import sys
import threading

from . import nodes
from .parser import Bailout, Parser
from .scanner import scan
from .source import Error, FileSet, Position
from .literal import literal_value

__all__ = ["parse_file", "parse_file_errors", "ErrorList", "ALL_ERRORS", "NO_BRANCH_CHECKS", "DIRECTIVES", "Error", "FileSet", "Position", "literal_value", "nodes"]

# mode bits
PARSE_COMMENTS = 1  # accepted for compatibility: comments are always kept


class ErrorList(Exception):
    """The errors of one parse, in report order; str() is one error per line."""

    def __init__(self, errors: list[Error]):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors

    def __iter__(self):
        return iter(self.errors)

    def __len__(self):
        return len(self.errors)

    def __getitem__(self, i):
        return self.errors[i]

    def __str__(self):
        return "\n".join(str(e) for e in self.errors)

    def has_syntax_errors(self) -> bool:
        """Whether gc would stop before type checking: some message starts with "syntax error".

        gc goes on to type-check a file whose only errors are lexical ones such as
        "comment not terminated" or "invalid character", and reports both kinds.
        """
        return any(e.msg.startswith("syntax error") or e.msg == "too many errors" for e in self.errors)


def parse_file(filename: str, src: bytes, fset: FileSet, mode: int = 0) -> nodes.File:
    """Parse one Go source file; raise ErrorList (gc's messages) if it has any error."""
    f, errs = parse_file_errors(filename, src, fset, mode)
    if errs:
        raise ErrorList(errs)
    return f


ALL_ERRORS = 2  # report every error, unfiltered (gc's syntax tests); default is gc's filtered list
NO_BRANCH_CHECKS = 4  # skip gc's label/branch checks
# gc's checks of //go: directives made while parsing ("misplaced compiler directive", runtime-only and
# cgo-only directives), as for a package outside the standard library. Off by default (go/parser and
# gofmt make no such checks, and the standard library legitimately uses runtime directives).
DIRECTIVES = 8


def parse_file_errors(filename: str, src, fset: FileSet, mode: int = 0):
    """Parse one Go source file; return (File or None, list of Errors)."""
    if isinstance(src, str):
        src = src.encode("utf-8")
    sfile = fset.add_file(filename, len(src))
    sfile.set_lines_from(src)
    try:
        return _parse(filename, src, sfile, fset, mode)
    except RecursionError:
        pass
    # Deeply nested source: retry on a thread with a large stack and a high recursion limit.
    result = []

    def run():
        try:
            result.append(_parse(filename, src, sfile, fset, mode))
        except RecursionError:
            result.append((None, [Error(fset.position(sfile.base), "syntax error: nesting too deep")]))

    old_limit = sys.getrecursionlimit()
    old_stack = threading.stack_size()
    try:
        threading.stack_size(512 * 1024 * 1024)
        sys.setrecursionlimit(max(old_limit, 4_000_000))
        sfile.line_infos.clear()
        th = threading.Thread(target=run)
        th.start()
        th.join()
    finally:
        threading.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
    return result[0]


def _parse(filename, src, sfile, fset, mode=0):
    base = sfile.base
    toks = scan(src, base)
    if toks.directives:
        _line_directives(toks, sfile, filename)
    p = Parser(toks, sfile, fset, filename, raw=bool(mode & ALL_ERRORS), check_branches=not mode & NO_BRANCH_CHECKS,
               directive_checks=bool(mode & DIRECTIVES))
    p.group_comments(toks.comments, base)
    try:
        r = p.file()
    except Bailout:
        return None, p.sorted_errors()
    if r is None:
        return None, p.sorted_errors()
    doc, pkgpos, name, decls, imports = r
    go_build = toks.go_build
    build_expr = go_build[len("//go:build"):].strip() if go_build else ""
    f = nodes.File(
        filename, doc, pkgpos, name, decls, base, base + sfile.size, imports, p.comment_groups,
        _go_version(build_expr), build_expr,
    )
    return f, p.sorted_errors()


def _trailing_digits(text):
    i = text.rfind(":")
    if i < 0:
        return 0, 0, False
    d = text[i + 1:]
    if d.isdigit() and d.isascii():
        return i + 1, int(d), True
    return i + 1, 0, False


POS_MAX = 1 << 30


def _line_directives(toks, sfile, filename):
    """Apply //line and /*line directives to the file's position table (gc's updateBase)."""
    from .scanner import decode

    cur_name = filename
    starts = sfile.line_starts
    import bisect

    for off, raw in toks.directives:
        text = decode(raw)
        k = bisect.bisect_right(toks.poss, sfile.base + off)
        if text.startswith("//"):
            body = text[2:]
            if body.endswith("\r"):
                body = body[:-1]
            nl = raw.find("\n")
            li = bisect.bisect_right(starts, off)  # 1-based line of the comment
            after = starts[li] if li < len(starts) else sfile.size
        else:
            if not text.endswith("*/"):
                continue
            body = text[2:-2]
            after = off + len(raw)
        body = body[5:]  # lop off "line "
        tcol_off = off + 7  # offset of the directive text
        i, n, ok = _trailing_digits(body)
        if i == 0:
            continue
        if not ok:
            toks.errors.append((k, tcol_off + i, "invalid line number: " + body[i:]))
            continue
        i2, n2, ok2 = _trailing_digits(body[: i - 1])
        col = 0
        if ok2:
            i, i2 = i2, i
            line, col = n2, n
            if col == 0 or col > POS_MAX:
                toks.errors.append((k, tcol_off + i2, "invalid column number: " + body[i2:]))
                continue
            body = body[: i2 - 1]
        else:
            line = n
        if line == 0 or line > POS_MAX:
            toks.errors.append((k, tcol_off + i, "invalid line number: " + body[i:]))
            continue
        fname = body[: i - 1]
        if fname == "" and ok2:
            fname = cur_name
        elif fname != "":
            fname = os.path.normpath(fname)
            if not os.path.isabs(fname):
                d = os.path.dirname(filename)
                if d and d != ".":
                    fname = os.path.join(d, fname)
        cur_name = fname
        if after <= sfile.size:
            sfile.add_line_info(after, fname, line, col)
    toks.errors.sort(key=lambda e: e[0])


def _go_version(expr: str) -> str:
    """The minimum Go version a //go:build expression implies (constraint.GoVersion), or ""."""
    if not expr:
        return ""
    from .buildconstraint import go_version

    return go_version(expr)
