"""This file implements source files, the FileSet that maps a Pos to file:line:column, and error lists.

A FileSet hands each added file a base; a Pos inside the file is base + byte offset,
so one int names a place in any file of a program. Base 0 is never used: Pos 0 is NoPos.
Columns are 1-based byte columns, Go's rule.

Invariants: files are added in increasing base order; a file's positions run from
base to base + size inclusive (the end-of-file position is valid); line_starts[0] == 0
and is strictly increasing.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class Position:
    filename: str
    line: int
    column: int
    offset: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.filename or "-"
        if self.column > 0:
            return f"{self.filename}:{self.line}:{self.column}"
        return f"{self.filename}:{self.line}"


class SourceFile:
    """One file's name, base, size and line table, plus //line directive remappings."""

    __slots__ = ("name", "base", "size", "line_starts", "line_infos")

    def __init__(self, name: str, base: int, size: int):
        self.name = name
        self.base = base
        self.size = size
        self.line_starts = [0]
        # (offset, filename, line, column) from //line directives, in offset order.
        self.line_infos: list[tuple[int, str, int, int]] = []

    def set_lines_from(self, data: bytes) -> None:
        starts = [0]
        find = data.find
        i = find(b"\n")
        while i >= 0:
            starts.append(i + 1)
            i = find(b"\n", i + 1)
        self.line_starts = starts

    def add_line_info(self, offset: int, filename: str, line: int, column: int = 0) -> None:
        self.line_infos.append((offset, filename, line, column))

    def pos(self, offset: int) -> int:
        return self.base + offset

    def offset(self, pos: int) -> int:
        return pos - self.base

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def position(self, pos: int, adjusted: bool = True) -> Position:
        off = pos - self.base
        idx = bisect.bisect_right(self.line_starts, off) - 1
        line = idx + 1
        col = off - self.line_starts[idx] + 1
        name = self.name
        if adjusted and self.line_infos:
            k = bisect.bisect_right(self.line_infos, (off, "\U0010ffff")) - 1
            if k >= 0:
                loff, lname, lline, lcol = self.line_infos[k]
                dline = line - self.line_of(loff)
                name = lname
                if lcol and dline == 0:
                    col = lcol + (off - loff)
                elif lcol == 0:
                    col = 0  # a //line directive without a column: columns are unknown (gc)
                line = lline + dline
        return Position(name, line, col, off)


class FileSet:
    """Maps positions to files. Not thread-safe; one per compilation."""

    __slots__ = ("files", "_bases", "_next")

    def __init__(self):
        self.files: list[SourceFile] = []
        self._bases: list[int] = []
        self._next = 1

    def add_file(self, name: str, size: int) -> SourceFile:
        f = SourceFile(name, self._next, size)
        self.files.append(f)
        self._bases.append(f.base)
        self._next += size + 1
        return f

    def file(self, pos: int) -> SourceFile | None:
        if pos <= 0:
            return None
        i = bisect.bisect_right(self._bases, pos) - 1
        if i < 0:
            return None
        f = self.files[i]
        if pos > f.base + f.size:
            return None
        return f

    def position(self, pos: int, adjusted: bool = True) -> Position:
        f = self.file(pos)
        if f is None:
            return Position("", 0, 0)
        return f.position(pos, adjusted)


class Error(Exception):
    """A positioned compile error; str() is gc's `file:line:col: message`."""

    def __init__(self, position: Position, msg: str, soft: bool = False):
        super().__init__(msg)
        self.position = position
        self.msg = msg
        self.soft = soft

    def __str__(self) -> str:
        p = self.position
        if p.column >= 255:
            # gc keeps 8 bits of column in a compiler position: 255 and up print as unknown
            p = Position(p.filename, p.line, 0, p.offset)
        return f"{p}: {self.msg}"
