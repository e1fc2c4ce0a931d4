"""This file implements elastic tabstops as Go's text/tabwriter documents them, for gofmt and the text/tabwriter package.

Input is text whose cells are terminated by horizontal ('\\t') or vertical ('\\v')
tabs; a line is terminated by a newline ('\\n') or formfeed ('\\f'). A column is a
block of consecutive lines that all have a cell in that column; every cell of a
column is padded to the column's width (the widest cell plus `padding`, at least
`minwidth`). Text of the last cell of a line is not part of a column. A formfeed
also ends every open column block (a "section"), and a line holding just one cell
flushes everything written so far, because nothing after it can align with it.

Text between two ESCAPE characters is passed through as one unit: its tabs and
line breaks are not interpreted, and the escape characters count zero width
(with STRIP_ESCAPE they are removed from the output). With FILTER_HTML, HTML tags
have width 0 and entities width 1.

The writer works on Python str; a width is a number of code points (Go counts
runes of UTF-8; text decoded with errors="surrogateescape" counts alike, and then
Go's Escape byte 0xff is the character ESCAPE below).

Invariants: `_lines` is never empty; its last element is the line being built;
`_cell` holds the text of the current, unterminated cell of that line; a cell is a
tuple (text, width, htab).
"""

from __future__ import annotations

import re

FILTER_HTML = 1
STRIP_ESCAPE = 2
ALIGN_RIGHT = 4
DISCARD_EMPTY_COLUMNS = 8
TAB_INDENT = 16
DEBUG = 32

# Go's tabwriter.Escape is the byte 0xff; decoded with surrogateescape it is this.
ESCAPE = "\udcff"


class Writer:
    """A filter inserting padding around tab-terminated cells (see module docstring)."""

    def __init__(self, output, minwidth: int = 0, tabwidth: int = 8, padding: int = 1,
                 padchar: str = " ", flags: int = 0, escape: str = ESCAPE):
        if minwidth < 0 or tabwidth < 0 or padding < 0:
            raise ValueError("negative minwidth, tabwidth, or padding")
        # output: a callable taking str, or an object with a write(str) method.
        self._out = output if callable(output) else output.write
        self.minwidth = minwidth
        self.tabwidth = tabwidth
        self.padding = padding
        self.padchar = padchar
        if padchar == "\t":
            flags &= ~ALIGN_RIGHT
        self.flags = flags
        self.escape = escape
        specials = "\t\v\n\f" + re.escape(escape)
        if flags & FILTER_HTML:
            specials += "<&"
        self._special = re.compile("[" + specials + "]")
        self._reset()

    # -- state ---------------------------------------------------------------

    def _reset(self) -> None:
        self._lines: list[list[tuple[str, int, bool]]] = [[]]
        self._cell: list[str] = []   # text pieces of the current cell
        self._cell_len = 0           # total length of those pieces
        self._cell_width = 0         # width of the completed (non-escaped) part
        self._end_char = ""          # terminator of the escaped section, or ""
        self._esc_len = 0            # length of escaped text appended so far
        self._widths: list[int] = []
        self._pieces: list[str] = []  # pending output

    def _terminate_cell(self, htab: bool) -> int:
        line = self._lines[-1]
        line.append(("".join(self._cell), self._cell_width, htab))
        self._cell = []
        self._cell_len = 0
        self._cell_width = 0
        return len(line)

    def _end_escape(self) -> None:
        e = self._end_char
        if e == self.escape:
            w = self._esc_len
            if not self.flags & STRIP_ESCAPE:
                w -= 2
            self._cell_width += w
        elif e == ";":
            self._cell_width += 1
        self._esc_len = 0
        self._end_char = ""

    # -- input ---------------------------------------------------------------

    def write(self, text: str) -> int:
        """Write text (str); output is produced only at line-block boundaries and flush."""
        i = 0
        n = len(text)
        search = self._special.search
        cell = self._cell
        while i < n:
            end = self._end_char
            if end:
                j = text.find(end, i)
                if j < 0:
                    cell.append(text[i:])
                    self._esc_len += n - i
                    self._cell_len += n - i
                    break
                k = j if (end == self.escape and self.flags & STRIP_ESCAPE) else j + 1
                cell.append(text[i:k])
                self._esc_len += k - i
                self._cell_len += k - i
                self._end_escape()
                i = j + 1
                continue
            m = search(text, i)
            if m is None:
                cell.append(text[i:])
                self._cell_width += n - i
                self._cell_len += n - i
                break
            j = m.start()
            if j > i:
                cell.append(text[i:j])
                self._cell_width += j - i
                self._cell_len += j - i
            ch = text[j]
            if ch == "\t" or ch == "\v" or ch == "\n" or ch == "\f":
                ncells = self._terminate_cell(ch == "\t")
                cell = self._cell
                if ch == "\n" or ch == "\f":
                    self._lines.append([])
                    if ch == "\f" or ncells == 1:
                        self._flush_lines()
                        if ch == "\f" and self.flags & DEBUG:
                            self._pieces.append("---\n")
                i = j + 1
            elif ch == self.escape:
                self._end_char = ch
                self._esc_len = 0
                if not self.flags & STRIP_ESCAPE:
                    cell.append(ch)
                    self._esc_len = 1
                    self._cell_len += 1
                i = j + 1
            else:  # '<' or '&' with FILTER_HTML
                self._end_char = ">" if ch == "<" else ";"
                cell.append(ch)
                self._esc_len = 1
                self._cell_len += 1
                i = j + 1
        if self._pieces:
            self._out("".join(self._pieces))
            self._pieces = []
        return n

    def flush(self) -> None:
        """Complete the current cell and line block and write everything out."""
        if self._cell_len > 0:
            if self._end_char:
                self._end_escape()
            self._terminate_cell(False)
        self._flush_lines()
        pieces = self._pieces
        self._reset()
        if pieces:
            self._out("".join(pieces))

    # -- formatting ------------------------------------------------------------

    def _flush_lines(self) -> None:
        """Format all complete lines plus the (terminated) cells of the last one."""
        lines = self._lines
        self._format(0, len(lines))
        # keep the current cell; start over with one (empty) line
        self._lines = [[]]
        self._widths = []

    def _format(self, line0: int, line1: int) -> None:
        lines = self._lines
        column = len(self._widths)
        this = line0
        while this < line1:
            line = lines[this]
            if column >= len(line) - 1:
                this += 1
                continue
            # a column block starts at `this`
            self._write_lines(line0, this)
            line0 = this
            width = self.minwidth
            discardable = True
            padding = self.padding
            while this < line1:
                line = lines[this]
                if column >= len(line) - 1:
                    break
                c = line[column]
                w = c[1] + padding
                if w > width:
                    width = w
                if c[1] > 0 or c[2]:
                    discardable = False
                this += 1
            if discardable and self.flags & DISCARD_EMPTY_COLUMNS:
                width = 0
            self._widths.append(width)
            self._format(line0, this)
            self._widths.pop()
            line0 = this
        self._write_lines(line0, line1)

    def _padding(self, textw: int, cellw: int, use_tabs: bool) -> str:
        if self.padchar == "\t" or use_tabs:
            tw = self.tabwidth
            if tw == 0:
                return ""
            cellw = (cellw + tw - 1) // tw * tw
            n = cellw - textw
            return "\t" * ((n + tw - 1) // tw)
        return self.padchar * (cellw - textw)

    def _write_lines(self, line0: int, line1: int) -> None:
        out = self._pieces
        lines = self._lines
        widths = self._widths
        nw = len(widths)
        flags = self.flags
        last = len(lines) - 1
        for i in range(line0, line1):
            line = lines[i]
            use_tabs = bool(flags & TAB_INDENT)
            for j, (text, width, _) in enumerate(line):
                if j > 0 and flags & DEBUG:
                    out.append("|")
                if not text:
                    if j < nw:
                        out.append(self._padding(width, widths[j], use_tabs))
                else:
                    use_tabs = False
                    if not flags & ALIGN_RIGHT:
                        out.append(text)
                        if j < nw:
                            out.append(self._padding(width, widths[j], False))
                    else:
                        if j < nw:
                            out.append(self._padding(width, widths[j], False))
                        out.append(text)
            if i == last:
                # the last line has no newline yet; its open cell is written later
                pass
            else:
                out.append("\n")
