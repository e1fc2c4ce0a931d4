"""This file implements the printer core: whitespace buffering, comment interleaving, and gofmt's output pipeline.

The printer turns an AST (nodes.py) back into Go source exactly as gofmt does. The
node-by-node layout rules live in nodes_print.py (a mixin of Printer); this file
holds the machinery they drive, modelled on go/printer:

* `print(*items)` is the only way node code emits text. Items are tokens (str),
  Ident and BasicLit nodes, Lit (literal text) and whitespace codes (BLANK, VTAB,
  NEWLINE, FORMFEED, INDENT, UNINDENT, IGNORE). Whitespace is buffered in `wsbuf`
  and only written when the next token arrives, so that comments that come before
  that token in the source can be interleaved with it sensibly.
* The printer tracks three positions: `pos` (where we are in the source, used to
  decide whether comments come first and how many line breaks the source had),
  `out` (line/column in the output) and `last` (source position after the last
  token written).
* Output is "tabwriter input": cells separated by '\\v' and '\\t', sections ended by
  '\\f', literal text protected by tabwriter.ESCAPE. `format_file` then runs it
  through the tabwriter (minwidth 0, tabwidth 8, padding 1, spaces for alignment,
  tabs for indentation, empty columns discarded) and the trimmer (which drops
  trailing blanks and escape characters), as gofmt does.

Positions are (offset, line, column) tuples in bytes; a line of 0 means invalid.

"""

from __future__ import annotations

import bisect
import math
import re
import sys

from . import nodes as ast
from .doccomment import format_doc_comment
from .gobuild import fix_go_build_lines, is_go_build as _is_go_build, is_plus_build as _is_plus_build
from .nodes_print import NodesMixin
from .tabwriter import DISCARD_EMPTY_COLUMNS, ESCAPE, TAB_INDENT, Writer

INFINITY = 1 << 30
MAX_NEWLINES = 2

# whitespace codes (never equal to a token)
IGNORE = ""
BLANK = " "
VTAB = "\v"
NEWLINE = "\n"
FORMFEED = "\f"
INDENT = "\x0e"
UNINDENT = "\x0f"
_WS = frozenset((IGNORE, BLANK, VTAB, NEWLINE, FORMFEED, INDENT, UNINDENT))

# printer modes
NO_EXTRA_BLANK = 1
NO_EXTRA_LINEBREAK = 2

_IMPLIES_SEMI = frozenset(("break", "continue", "fallthrough", "return", "++", "--", ")", "]", "}"))

# Go's unicode.IsSpace set (Python's str.isspace also accepts \x1c-\x1f)
_GO_SPACE = " \t\n\v\f\r\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"

_INVALID = (0, 0, 0)


class Lit(str):
    """Literal text to print as is (error placeholders such as BadExpr)."""


def _may_combine(prev: str, nxt: str) -> bool:
    if prev == "INT":
        return nxt == "."
    if prev == "+":
        return nxt == "+"
    if prev == "-":
        return nxt == "-"
    if prev == "/":
        return nxt == "*"
    if prev == "<":
        return nxt == "-" or nxt == "<"
    if prev == "&":
        return nxt == "&" or nxt == "^"
    return False


def _blen(s: str) -> int:
    return len(s) if s.isascii() else len(s.encode("utf-8", "surrogateescape"))


def log2ish(x: float) -> float:
    f, e = math.frexp(x)
    return e + 2 * (f - 1)


def exp2ish(x: float) -> float:
    n = math.floor(x)
    return math.ldexp(1 + (x - n), int(n))


def _is_blank(s: str) -> bool:
    return not s.strip(" \t")


def _common_prefix(a: str, b: str) -> str:
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i] and (a[i] <= " " or a[i] == "*"):
        i += 1
    return a[:i]


def strip_common_prefix(lines: list[str]) -> None:
    """Remove the common indentation of a /*-style comment's lines (go/printer's heuristic)."""
    if len(lines) <= 1:
        return
    prefix = ""
    prefix_set = False
    if len(lines) > 2:
        for i in range(1, len(lines) - 1):
            line = lines[i]
            if _is_blank(line):
                lines[i] = ""
            else:
                if not prefix_set:
                    prefix = line
                    prefix_set = True
                prefix = _common_prefix(prefix, line)
    if not prefix_set:
        line = lines[-1]
        prefix = _common_prefix(line, line)
    line_of_stars = False
    k = prefix.find("*")
    if k >= 0:
        p = prefix[:k]
        if p.endswith(" "):
            p = p[:-1]
        prefix = p
        line_of_stars = True
    else:
        first = lines[0]
        if _is_blank(first[2:]):
            i = len(prefix)
            n = 0
            while n < 3 and i > 0 and prefix[i - 1] == " ":
                i -= 1
                n += 1
            if i == len(prefix) and i > 0 and prefix[i - 1] == "\t":
                i -= 1
            prefix = prefix[:i]
        else:
            n = 2
            while n < len(first) and first[n] <= " ":
                n += 1
            if n > 2 and first[2] == "\t":
                suffix = first[2:n]
            else:
                suffix = "  " + first[2:n]
            if prefix.endswith(suffix):
                prefix = prefix[: len(prefix) - len(suffix)]
    last = lines[-1]
    closing = "*/"
    before = last.split(closing, 1)[0]
    if _is_blank(before):
        if line_of_stars:
            closing = " */"
        lines[-1] = prefix + closing
    else:
        prefix = _common_prefix(prefix, last)
    n = len(prefix)
    for i in range(1, len(lines)):
        if lines[i]:
            lines[i] = lines[i][n:]


class _DoesNotFit(Exception):
    """Stops a node_size measurement whose answer is known: the node does not fit on one line."""


class Printer(NodesMixin):
    """One printing run over one node (see module docstring)."""

    def __init__(self, fset, raw: bool = False, node_sizes: dict | None = None):
        self.fset = fset
        self.raw = raw
        self.normalize_numbers = not raw
        self.node_sizes = node_sizes if node_sizes is not None else {}
        self.walk_cache: dict = {}
        self.output: list[str] = []
        self.indent = 0
        self.level = 0
        self.mode = 0
        self.end_alignment = False
        self.implied_semi = False
        self.last_tok = ""
        self.prev_open = ""
        self.wsbuf: list[str] = []
        self.go_build: list[int] = []   # indexes into output of //go:build comments
        self.plus_build: list[int] = []
        self.pos_off = 0
        self.pos_line = 1
        self.pos_col = 1
        self.out_line = 1
        self.out_col = 1
        self.last_off = 0
        self.last_line = 0
        self.last_col = 0
        self.line_ptr = None
        self.comments = None
        self.use_node_comments = False
        self.cindex = 0
        self.comment = None
        self.comment_offset = INFINITY
        self.comment_newline = False
        self._file = None
        self._base = 0
        self._size = -1
        self._starts = [0]
        self._cached_pos = -1
        self._cached_line = 0
        # node_size's measuring printers stop as soon as the answer is known: at the
        # first line break, or when the text written passes size_cap - 1 columns.
        self.size_cap = INFINITY
        self.stop_at_newline = False

    # -- positions ------------------------------------------------------------

    def _src(self, pos):
        f = self.fset.file(pos)
        if f is not None:
            self._file = f
            self._base = f.base
            self._size = f.size
            self._starts = f.line_starts
        return f

    def pos_for(self, pos):
        if pos <= 0:
            return _INVALID
        off = pos - self._base
        if not 0 <= off <= self._size:
            if self._src(pos) is None:
                return _INVALID
            off = pos - self._base
        starts = self._starts
        idx = bisect.bisect_right(starts, off) - 1
        return (off, idx + 1, off - starts[idx] + 1)

    def line_for(self, pos) -> int:
        if pos == self._cached_pos:
            return self._cached_line
        self._cached_pos = pos
        if pos <= 0:
            line = 0
        else:
            off = pos - self._base
            if not 0 <= off <= self._size:
                if self._src(pos) is None:
                    self._cached_line = 0
                    return 0
                off = pos - self._base
            line = bisect.bisect_right(self._starts, off)
        self._cached_line = line
        return line

    def set_pos(self, pos) -> None:
        if pos > 0:
            off = pos - self._base
            if not 0 <= off <= self._size:
                if self._src(pos) is None:
                    self.pos_off = self.pos_line = self.pos_col = 0
                    return
                off = pos - self._base
            starts = self._starts
            idx = bisect.bisect_right(starts, off) - 1
            self.pos_off = off
            self.pos_line = idx + 1
            self.pos_col = off - starts[idx] + 1

    def record_line(self, cell: list) -> None:
        self.line_ptr = cell

    def lines_from(self, line: int) -> int:
        return self.out_line - line

    # -- comments -------------------------------------------------------------

    def comments_have_newline(self, lst) -> bool:
        line = self.line_for(lst[0].pos())
        for i, c in enumerate(lst):
            if i > 0 and self.line_for(c.pos()) != line:
                return True
            t = c.text
            if len(t) >= 2 and (t[1] == "/" or "\n" in t):
                return True
        return False

    def next_comment(self) -> None:
        comments = self.comments
        while comments is not None and self.cindex < len(comments):
            c = comments[self.cindex]
            self.cindex += 1
            if c.list:
                self.comment = c
                self.comment_offset = self.pos_for(c.list[0].pos())[0]
                self.comment_newline = self.comments_have_newline(c.list)
                return
        self.comment_offset = INFINITY

    def comment_before(self, next_off: int) -> bool:
        return self.comment_offset < next_off and (not self.implied_semi or not self.comment_newline)

    def comment_size_before(self, next_off: int) -> int:
        saved = (self.cindex, self.comment, self.comment_offset, self.comment_newline)
        size = 0
        while self.comment_before(next_off):
            for c in self.comment.list:
                size += _blen(c.text)
            self.next_comment()
        self.cindex, self.comment, self.comment_offset, self.comment_newline = saved
        return size

    def set_comment(self, g) -> None:
        if g is None or not self.use_node_comments:
            return
        if self.comments is None:
            self.comments = [None]
        elif self.cindex < len(self.comments):
            self.flush(self.pos_for(g.list[0].pos()), "")
            self.comments = self.comments[:1]
        self.comments[0] = g
        self.cindex = 0
        if self.comment_offset == INFINITY:
            self.next_comment()

    # -- low-level writing ------------------------------------------------------

    def write_indent(self) -> None:
        n = self.indent
        if n:
            self.output.append("\t" * n)
            self.pos_off += n
            self.pos_col += n
            self.out_col += n

    def write_byte(self, ch: str, n: int) -> None:
        if self.end_alignment:
            if ch == "\t" or ch == "\v":
                ch = " "
            elif ch == "\n" or ch == "\f":
                ch = "\f"
                self.end_alignment = False
        if self.out_col == 1:
            self.write_indent()
        self.output.append(ch * n if n != 1 else ch)
        self.pos_off += n
        if ch == "\n" or ch == "\f":
            if self.stop_at_newline:
                raise _DoesNotFit
            self.pos_line += n
            self.out_line += n
            self.pos_col = 1
            self.out_col = 1
            return
        self.pos_col += n
        self.out_col += n

    def write_string(self, pos, s: str, is_lit: bool) -> None:
        if self.out_col == 1:
            self.write_indent()
        if pos[1] > 0:
            self.pos_off, self.pos_line, self.pos_col = pos
        out = self.output
        if is_lit:
            out.append(ESCAPE)
            out.append(s)
            out.append(ESCAPE)
        else:
            out.append(s)
        n = _blen(s)
        self.pos_off += n
        if is_lit and ("\n" in s or "\f" in s):
            if self.stop_at_newline:
                raise _DoesNotFit
            nlines = s.count("\n") + s.count("\f")
            li = max(s.rfind("\n"), s.rfind("\f"))
            self.end_alignment = True
            self.pos_line += nlines
            self.out_line += nlines
            c = _blen(s[li:])
            self.pos_col = c
            self.out_col = c
        else:
            self.pos_col += n
            self.out_col += n
        self.last_off = self.pos_off
        self.last_line = self.pos_line
        self.last_col = self.pos_col

    def write_comment_prefix(self, pos, nxt, prev, tok: str) -> None:
        if not self.output:
            return
        wsbuf = self.wsbuf
        if pos[1] == self.last_line and (prev is None or prev.text[1] != "/"):
            has_sep = False
            if prev is None:
                j = 0
                for i, ch in enumerate(wsbuf):
                    if ch == BLANK:
                        wsbuf[i] = IGNORE
                        continue
                    if ch == VTAB:
                        has_sep = True
                        continue
                    if ch == INDENT:
                        continue
                    j = i
                    break
                self.write_whitespace(j)
            if not has_sep:
                self.write_byte(" " if pos[1] == nxt[1] else "\t", 1)
        else:
            dropped = False
            j = 0
            n = len(wsbuf)
            for i in range(n):
                ch = wsbuf[i]
                if ch == BLANK or ch == VTAB:
                    wsbuf[i] = IGNORE
                    continue
                if ch == INDENT:
                    continue
                if ch == UNINDENT:
                    if i + 1 < n and wsbuf[i + 1] == UNINDENT:
                        continue
                    if tok != "}" and pos[2] == nxt[2]:
                        continue
                elif ch == NEWLINE or ch == FORMFEED:
                    wsbuf[i] = IGNORE
                    dropped = prev is None
                j = i
                break
            self.write_whitespace(j)
            k = 0
            if pos[1] > 0 and self.last_line > 0:
                k = max(pos[1] - self.last_line, 0)
            if self.indent == 0 and dropped:
                k += 1
            if k == 0 and prev is not None and prev.text[1] == "/":
                k = 1
            if k > 0:
                self.write_byte("\f", min(k, MAX_NEWLINES))

    def write_comment(self, comment) -> None:
        text = comment.text
        pos = self.pos_for(comment.pos())
        saved_indent = None
        if text.startswith("//line ") and (pos[1] == 0 or pos[2] == 1):
            saved_indent = self.indent
            self.indent = 0
        try:
            if text[1] == "/":
                if _is_go_build(text):
                    self.go_build.append(len(self.output))
                elif _is_plus_build(text):
                    self.plus_build.append(len(self.output))
                self.write_string(pos, text.rstrip(_GO_SPACE), True)
                return
            lines = text.split("\n")
            if pos[1] > 0 and pos[2] == 1 and self.indent > 0:
                for i in range(1, len(lines)):
                    lines[i] = "   " + lines[i]
            strip_common_prefix(lines)
            for i, line in enumerate(lines):
                if i > 0:
                    self.write_byte("\f", 1)
                    pos = (self.pos_off, self.pos_line, self.pos_col)
                if line:
                    self.write_string(pos, line.rstrip(_GO_SPACE), True)
        finally:
            if saved_indent is not None:
                self.indent = saved_indent

    def write_comment_suffix(self, needs_linebreak: bool):
        wrote_newline = False
        dropped_ff = False
        wsbuf = self.wsbuf
        for i, ch in enumerate(wsbuf):
            if ch == BLANK or ch == VTAB:
                wsbuf[i] = IGNORE
            elif ch == NEWLINE or ch == FORMFEED:
                if needs_linebreak:
                    needs_linebreak = False
                    wrote_newline = True
                else:
                    if ch == FORMFEED:
                        dropped_ff = True
                    wsbuf[i] = IGNORE
        self.write_whitespace(len(wsbuf))
        if needs_linebreak:
            self.write_byte("\n", 1)
            wrote_newline = True
        return wrote_newline, dropped_ff

    def contains_linebreak(self) -> bool:
        for ch in self.wsbuf:
            if ch == NEWLINE or ch == FORMFEED:
                return True
        return False

    def intersperse_comments(self, nxt, tok: str):
        last = None
        while self.comment_before(nxt[0]):
            group = self.comment.list
            lst = group
            changed = False
            if (tok != "IDENT" and self.last_tok != "import"
                    and self.pos_for(self.comment.pos())[2] == 1
                    and self.pos_for(self.comment.end() + 1) == nxt):
                # an unindented comment abutting the next token: a top-level doc comment
                lst = format_doc_comment(group)
                changed = True
                if group and not lst:
                    self.write_comment_prefix(self.pos_for(self.comment.pos()), nxt, last, tok)
                    self.pos_off, self.pos_line, self.pos_col = nxt
                    self.last_off, self.last_line, self.last_col = nxt
                    self.next_comment()
                    return self.write_comment_suffix(False)
            for c in lst:
                self.write_comment_prefix(self.pos_for(c.pos()), nxt, last, tok)
                self.write_comment(c)
                last = c
            if group and changed:
                last = group[-1]
                p = self.pos_for(last.end())
                self.pos_off, self.pos_line, self.pos_col = p
                self.last_off, self.last_line, self.last_col = p
            self.next_comment()
        if last is not None:
            needs_linebreak = False
            if (not self.mode & NO_EXTRA_BLANK and last.text[1] == "*"
                    and self.line_for(last.pos()) == nxt[1] and tok != ","
                    and (tok != ")" or self.prev_open == "(")
                    and (tok != "]" or self.prev_open == "[")):
                if self.contains_linebreak() and not self.mode & NO_EXTRA_LINEBREAK and self.level == 0:
                    needs_linebreak = True
                else:
                    self.write_byte(" ", 1)
            if last.text[1] == "/" or tok == "EOF" or (tok == "}" and not self.mode & NO_EXTRA_LINEBREAK):
                needs_linebreak = True
            return self.write_comment_suffix(needs_linebreak)
        return False, False

    def write_whitespace(self, n: int) -> None:
        wsbuf = self.wsbuf
        i = 0
        while i < n:
            ch = wsbuf[i]
            if ch == IGNORE:
                pass
            elif ch == INDENT:
                self.indent += 1
            elif ch == UNINDENT:
                self.indent -= 1
                if self.indent < 0:
                    self.indent = 0
            elif ch == NEWLINE or ch == FORMFEED:
                if i + 1 < n and wsbuf[i + 1] == UNINDENT:
                    wsbuf[i] = UNINDENT
                    wsbuf[i + 1] = FORMFEED
                    continue
                self.write_byte(ch, 1)
            else:
                self.write_byte(ch, 1)
            i += 1
        del wsbuf[:n]

    # -- the print interface ------------------------------------------------------

    def toggle(self, mode: int) -> None:
        lt = self.last_tok
        if lt == "(" or lt == "[":
            self.prev_open = lt
        elif lt:
            self.prev_open = ""
        self.mode ^= mode

    def print(self, *args) -> None:
        for x in args:
            lt = self.last_tok
            if lt == "(" or lt == "[":
                self.prev_open = lt
            elif lt:
                self.prev_open = ""
            is_lit = False
            t = type(x)
            if t is str:
                if x in _WS:
                    if x == IGNORE:
                        continue
                    self.wsbuf.append(x)
                    if x == NEWLINE or x == FORMFEED:
                        self.implied_semi = False
                    self.last_tok = ""
                    continue
                if _may_combine(lt, x[0]):
                    self.wsbuf[:] = [BLANK]
                data = x
                implied = x in _IMPLIES_SEMI
                self.last_tok = x
            elif t is ast.Ident:
                data = x.name
                implied = True
                self.last_tok = "IDENT"
            elif t is ast.BasicLit:
                data = x.value
                is_lit = True
                implied = True
                self.last_tok = x.kind
            else:  # Lit
                data = str(x)
                is_lit = True
                implied = True
                self.last_tok = "STRING"
            nxt_off = self.pos_off
            nxt_line = self.pos_line
            nxt_col = self.pos_col
            if self.comment_offset < nxt_off and (not self.implied_semi or not self.comment_newline):
                wrote_newline, dropped_ff = self.intersperse_comments((nxt_off, nxt_line, nxt_col), self.last_tok)
            else:
                if self.wsbuf:
                    self.write_whitespace(len(self.wsbuf))
                wrote_newline = dropped_ff = False
            if not self.implied_semi:
                n = min(nxt_line - self.pos_line, MAX_NEWLINES)
                if wrote_newline and n == MAX_NEWLINES:
                    n = MAX_NEWLINES - 1
                if n > 0:
                    self.write_byte("\f" if dropped_ff else "\n", n)
                    implied = False
            if self.line_ptr is not None:
                self.line_ptr[0] = self.out_line
                self.line_ptr = None
            if is_lit:
                self.write_string((nxt_off, nxt_line, nxt_col), data, True)
            else:
                # write_string for a token or identifier (no line breaks)
                if self.out_col == 1:
                    self.write_indent()
                if nxt_line > 0:
                    self.pos_off = nxt_off
                    self.pos_line = nxt_line
                    self.pos_col = nxt_col
                self.output.append(data)
                n = len(data) if data.isascii() else _blen(data)
                self.pos_off += n
                self.pos_col += n
                self.out_col += n
                self.last_off = self.pos_off
                self.last_line = self.pos_line
                self.last_col = self.pos_col
            self.implied_semi = implied
            if self.out_col > self.size_cap:
                raise _DoesNotFit

    def flush(self, nxt, tok: str):
        if self.comment_offset < nxt[0] and (not self.implied_semi or not self.comment_newline):
            return self.intersperse_comments(nxt, tok)
        if self.wsbuf:
            self.write_whitespace(len(self.wsbuf))
        return False, False

    # -- driving ----------------------------------------------------------------

    def print_node(self, node) -> None:
        if isinstance(node, ast.File):
            self.comments = node.comments or None
        self.use_node_comments = self.comments is None
        self.next_comment()
        if isinstance(node, ast.File):
            self.file(node)
        elif isinstance(node, ast.Expr):
            self.expr(node)
        elif isinstance(node, ast.Stmt):
            if isinstance(node, ast.LabeledStmt):
                self.indent = 1
            self.stmt(node, False)
        elif isinstance(node, ast.Decl):
            self.decl(node)
        elif isinstance(node, ast.Spec):
            self.spec(node, 1, False)
        else:
            raise TypeError(f"printer: unsupported node type {type(node).__name__}")
        self.implied_semi = False
        self.flush((INFINITY, INFINITY, 0), "EOF")

    def node_size(self, n, max_size: int) -> int:
        """The size of n printed on one line (raw format), or max_size+1 if it does not fit.

        As go/printer's nodeSize, including its memo: the first answer for a node is
        kept whatever the max_size of later questions (each call site asks about its
        own kind of node with its own fixed limit, so answers do not depend on the
        order of questions). Unlike go/printer, the measuring printer stops at the
        first line break or once the text is longer than max_size: the answer is
        max_size+1 then, which is what the complete printing would give.
        """
        sizes = self.node_sizes
        size = sizes.get(n)
        if size is not None:
            return size
        size = max_size + 1
        sizes[n] = size
        p = Printer(self.fset, raw=True, node_sizes=sizes)
        p._file, p._base, p._size, p._starts = self._file, self._base, self._size, self._starts
        p.walk_cache = self.walk_cache
        p.size_cap = max_size + 1
        p.stop_at_newline = True
        try:
            p.print_node(n)
        except _DoesNotFit:
            return size
        text = trim("".join(p.output))
        if "\n" in text:
            return size
        k = _blen(text)
        if k <= max_size:
            size = k
            sizes[n] = size
        return size
        size = max_size + 1
        sizes[n] = size
        p = Printer(self.fset, raw=True, node_sizes=sizes)
        p._file, p._base, p._size, p._starts = self._file, self._base, self._size, self._starts
        p.walk_cache = self.walk_cache
        p.print_node(n)
        text = trim("".join(p.output))
        if "\n" in text:
            return size
        k = _blen(text)
        if k <= max_size:
            size = k
            sizes[n] = size
        return size


_TRAIL = re.compile(r"[ \t]+(?=[\n\f])")


def trim(text: str) -> str:
    """go/printer's trimmer: drop escapes and trailing blanks, turn \\v into \\t and \\f into \\n."""
    if ESCAPE not in text:
        t = _TRAIL.sub("", text.replace("\v", "\t")).replace("\f", "\n")
        return t.rstrip(" \t")
    parts = text.split(ESCAPE)
    for i in range(0, len(parts), 2):
        parts[i] = _TRAIL.sub("", parts[i].replace("\v", "\t")).replace("\f", "\n")
    if len(parts) % 2 == 1:
        parts[-1] = parts[-1].rstrip(" \t")
    return "".join(parts)


def format_node(fset, node) -> str:
    """Print node as gofmt does (tabwriter alignment, tabs for indentation)."""
    if sys.getrecursionlimit() < 50000:
        # long operator chains (generated tables) nest deeply; Python frames are cheap in 3.11
        sys.setrecursionlimit(50000)
    p = Printer(fset)
    p.print_node(node)
    text = "".join(p.output)
    if p.go_build or p.plus_build:
        def offset(idx):
            return sum(len(x) for x in p.output[:idx])
        text = fix_go_build_lines(text, [offset(i) for i in p.go_build], [offset(i) for i in p.plus_build])
    out: list[str] = []
    tw = Writer(out.append, 0, 8, 1, " ", DISCARD_EMPTY_COLUMNS | TAB_INDENT)
    tw.write(text)
    tw.flush()
    return trim("".join(out))
