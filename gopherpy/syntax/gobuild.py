"""This file places and canonicalizes a file's build constraint lines in printer output, as gofmt does.

gofmt (go/printer's fixGoBuildLines) gathers every //go:build and // +build
comment of the file, wherever it is, and prints them together at the end of the
file's leading comment block (before the first blank line that precedes
non-comment text), followed by one blank line:
- with one //go:build line, that line's expression in canonical form (`a && (b ||
  !c)`: parentheses only where needed, one blank around operators), and if the
  file had // +build lines, those regenerated from it (constraint.PlusBuildLines);
- with no //go:build line, one synthesized from the // +build lines (their AND),
  followed by the // +build lines regenerated from it;
- when an expression does not parse (or there are several //go:build lines), the
  lines as written, brought together.

The expression grammar and its errors are go/build/constraint's: //go:build takes
`!`, `&&`, `||` and parentheses over tags of letters, digits, `_` and `.`; the old
// +build syntax is space-separated ORs of comma-separated ANDs of `!`-negatable
tags (an invalid tag counts as the tag "ignore").
"""

from __future__ import annotations

import unicodedata

from .tabwriter import ESCAPE

# strings.TrimSpace's white space (unicode.IsSpace)
_SPACE = " \t\n\v\f\r\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_MAX_SIZE = 1000
_MAX_OLD_SIZE = 100


class Tag:
    __slots__ = ("tag",)

    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        return self.tag


class Not:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __str__(self):
        s = str(self.x)
        if isinstance(self.x, (And, Or)):
            s = "(" + s + ")"
        return "!" + s


class And:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return _arg(self.x, Or) + " && " + _arg(self.y, Or)


class Or:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return _arg(self.x, And) + " || " + _arg(self.y, And)


def _arg(x, wrap) -> str:
    s = str(x)
    return "(" + s + ")" if isinstance(x, wrap) else s


class ConstraintError(Exception):
    """A build constraint that does not parse (constraint.SyntaxError or a line that is no constraint)."""


def _is_tag_char(c: str) -> bool:
    if c == "_" or c == ".":
        return True
    if c.isascii():
        return c.isalnum()
    return unicodedata.category(c) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd")


def _split(line: str, prefix_ok) -> str | None:
    if line.endswith("\n"):
        line = line[:-1]
    if "\n" in line:
        return None
    rest = prefix_ok(line)
    if rest is None:
        return None
    trim = rest.strip(_SPACE)
    if len(rest) == len(trim) and rest != "":
        return None
    return trim


def _go_build_rest(line):
    if not line.startswith("//go:build"):
        return None
    return line.strip(_SPACE)[len("//go:build"):]


def _plus_build_rest(line):
    if not line.startswith("//"):
        return None
    line = line[2:].strip(_SPACE)
    if not line.startswith("+build"):
        return None
    return line[len("+build"):]


def is_go_build(line: str) -> bool:
    """constraint.IsGoBuild: the line is a //go:build line (its expression may not parse)."""
    return _split(line, _go_build_rest) is not None


def is_plus_build(line: str) -> bool:
    """constraint.IsPlusBuild: the line is a // +build line."""
    return _split(line, _plus_build_rest) is not None


def parse(line: str):
    """constraint.Parse: the expression of a //go:build or // +build line; raises ConstraintError."""
    text = _split(line, _go_build_rest)
    if text is not None:
        return _ExprParser(text).parse()
    text = _split(line, _plus_build_rest)
    if text is not None:
        return _parse_plus_build(text)
    raise ConstraintError("not a build constraint")


def parse_go_build(line: str):
    """The expression of a //go:build line, or None if it is no such line or does not parse."""
    if not is_go_build(line):
        return None
    try:
        return parse(line)
    except ConstraintError:
        return None


class _ExprParser:
    """constraint's exprParser: recursive descent with one token of look-ahead."""

    def __init__(self, s):
        self.s = s
        self.i = 0
        self.tok = ""
        self.is_tag = False
        self.pos = 0
        self.size = 0

    def parse(self):
        x = self.or_()
        if self.tok != "":
            raise ConstraintError("unexpected token " + self.tok)
        return x

    def or_(self):
        x = self.and_()
        while self.tok == "||":
            x = Or(x, self.and_())
        return x

    def and_(self):
        x = self.not_()
        while self.tok == "&&":
            x = And(x, self.not_())
        return x

    def not_(self):
        self.size += 1
        if self.size > _MAX_SIZE:
            raise ConstraintError("build expression too large")
        self.lex()
        if self.tok == "!":
            self.lex()
            if self.tok == "!":
                raise ConstraintError("double negation not allowed")
            return Not(self.atom())
        return self.atom()

    def atom(self):
        if self.tok == "(":
            try:
                x = self.or_()
            except ConstraintError as e:
                if str(e) == "unexpected end of expression":
                    raise ConstraintError("missing close paren") from None
                raise
            if self.tok != ")":
                raise ConstraintError("missing close paren")
            self.lex()
            return x
        if not self.is_tag:
            if self.tok == "":
                raise ConstraintError("unexpected end of expression")
            raise ConstraintError("unexpected token " + self.tok)
        tok = self.tok
        self.lex()
        return Tag(tok)

    def lex(self):
        self.is_tag = False
        s = self.s
        while self.i < len(s) and s[self.i] in " \t":
            self.i += 1
        if self.i >= len(s):
            self.tok = ""
            self.pos = self.i
            return
        c = s[self.i]
        if c in "()!":
            self.pos = self.i
            self.i += 1
            self.tok = c
            return
        if c in "&|":
            if self.i + 1 >= len(s) or s[self.i + 1] != c:
                raise ConstraintError("invalid syntax at " + c)
            self.pos = self.i
            self.i += 2
            self.tok = c + c
            return
        j = self.i
        while j < len(s) and _is_tag_char(s[j]):
            j += 1
        if j == self.i:
            raise ConstraintError("invalid syntax at " + c)
        self.pos = self.i
        self.tok = s[self.i:j]
        self.i = j
        self.is_tag = True


def _is_valid_tag(word: str) -> bool:
    return word != "" and all(_is_tag_char(c) for c in word)


def _parse_plus_build(text: str):
    size = 0
    x = None
    for clause in text.split():
        y = None
        for lit in clause.split(","):
            if lit.startswith("!!") or lit == "!":
                z = Tag("ignore")
            else:
                neg = lit.startswith("!")
                if neg:
                    lit = lit[1:]
                z = Tag(lit) if _is_valid_tag(lit) else Tag("ignore")
                if neg:
                    z = Not(z)
            if y is None:
                y = z
            else:
                size += 1
                if size > _MAX_OLD_SIZE:
                    raise ConstraintError("expression too complex for // +build lines")
                y = And(y, z)
        if x is None:
            x = y
        else:
            size += 1
            if size > _MAX_OLD_SIZE:
                raise ConstraintError("expression too complex for // +build lines")
            x = Or(x, y)
    return x if x is not None else Tag("ignore")


def plus_build_lines(x) -> list[str]:
    """constraint.PlusBuildLines: // +build lines equivalent to x; raises ConstraintError if too complex."""
    x = _push_not(x, False)
    split = []
    for or_ in _split_and([], x):
        ands = []
        for and_ in _split_or([], or_):
            lits = []
            for lit in _split_and([], and_):
                if not isinstance(lit, (Tag, Not)):
                    raise ConstraintError("expression too complex for // +build lines")
                lits.append(lit)
            ands.append(lits)
        split.append(ands)
    if max(len(o) for o in split) == 1:
        split = [[[lit for o in split for lit in o[0]]]]
    lines = []
    for or_ in split:
        line = "// +build"
        for and_ in or_:
            line += " " + ",".join(str(lit) for lit in and_)
        lines.append(line)
    return lines


def _push_not(x, neg):
    if isinstance(x, Not):
        if isinstance(x.x, Tag) and not neg:
            return x
        return _push_not(x.x, not neg)
    if isinstance(x, Tag):
        return Not(x) if neg else x
    x1 = _push_not(x.x, neg)
    y1 = _push_not(x.y, neg)
    if isinstance(x, And):
        if neg:
            return Or(x1, y1)
        if x1 is x.x and y1 is x.y:
            return x
        return And(x1, y1)
    if neg:
        return And(x1, y1)
    if x1 is x.x and y1 is x.y:
        return x
    return Or(x1, y1)


def _split_and(lst, x):
    if isinstance(x, And):
        _split_and(lst, x.x)
        _split_and(lst, x.y)
    else:
        lst.append(x)
    return lst


def _split_or(lst, x):
    if isinstance(x, Or):
        _split_or(lst, x.x)
        _split_or(lst, x.y)
    else:
        lst.append(x)
    return lst


# ----------------------------------------------------------------------
# go/printer's fixGoBuildLines, over tabwriter input (comments are ESCAPE-bracketed)


def _is_nl(c: str) -> bool:
    return c == "\n" or c == "\f"


def _line_at(text: str, start: int) -> str:
    i = start
    n = len(text)
    while i < n and not _is_nl(text[i]):
        i += 1
    if i < n:
        i += 1
    return text[start:i]


def _comment_text_at(text: str, start: int) -> str:
    if start < len(text) and text[start] == ESCAPE:
        start += 1
    i = start
    while i < len(text) and text[i] != ESCAPE and not _is_nl(text[i]):
        i += 1
    return text[start:i]


def _append_lines(x: str, y: str) -> str:
    if y and _is_nl(y[0]) and (not x or (len(x) >= 2 and _is_nl(x[-1]) and _is_nl(x[-2]))):
        y = y[1:]
    return x + y


def fix_go_build_lines(text: str, go_build: list[int], plus_build: list[int]) -> str:
    """Rewrite printer output text (tabwriter input) given the offsets of its build lines."""
    if not go_build and not plus_build:
        return text
    n = len(text)
    insert = 0
    pos = 0
    while True:
        blank = True
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos + 3 < n and text[pos] == ESCAPE and text[pos + 1] == "/" and text[pos + 2] == "/":
            blank = False
            while pos < n and not _is_nl(text[pos]):
                pos += 1
        if pos >= n or not _is_nl(text[pos]):
            break
        pos += 1
        if blank:
            insert = pos
    if go_build and go_build[0] < insert:
        insert = go_build[0]
    elif plus_build and plus_build[0] < insert:
        insert = plus_build[0]
    x = None
    if not go_build:
        for p in plus_build:
            try:
                y = parse(_comment_text_at(text, p))
            except ConstraintError:
                x = None
                break
            x = y if x is None else And(x, y)
    elif len(go_build) == 1:
        try:
            x = parse(_comment_text_at(text, go_build[0]))
        except ConstraintError:
            x = None
    if x is None:
        block = "".join(_line_at(text, p) for p in go_build) + "".join(_line_at(text, p) for p in plus_build)
    else:
        block = ESCAPE + "//go:build " + str(x) + ESCAPE + "\n"
        if plus_build:
            try:
                lines = plus_build_lines(x)
            except ConstraintError as e:
                lines = ["// +build error: " + str(e)]
            for line in lines:
                block += ESCAPE + line + ESCAPE + "\n"
    block += "\n"
    after = ""
    start = insert
    for end in sorted(go_build + plus_build):
        if end < start:
            continue
        after = _append_lines(after, text[start:end])
        start = end + len(_line_at(text, end))
    after = _append_lines(after, text[start:])
    if len(after) >= 2 and _is_nl(after[-1]) and _is_nl(after[-2]):
        after = after[:-1]
    return text[:insert] + block + after
