"""This file places and canonicalizes a file's //go:build line in printer output, as gofmt does.

gofmt moves the //go:build line to the end of the file's leading comment block
(before the first blank line that precedes non-comment text), prints its
expression in canonical form (`a && (b || !c)`: parentheses only where needed, one
blank around operators), and follows it with one blank line.

Partial: files with // +build lines are left as they are (gofmt would derive the
missing //go:build line or regenerate the // +build lines from it); the
expression parser is go/build/constraint's grammar for //go:build only.
"""

from __future__ import annotations

import re

from .tabwriter import ESCAPE

_TOKEN = re.compile(r"\s*(\(|\)|!|&&|\|\||[A-Za-z0-9_.]+)")


class _Tag:
    __slots__ = ("tag",)

    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        return self.tag


class _Not:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __str__(self):
        s = str(self.x)
        if isinstance(self.x, (_And, _Or)):
            s = "(" + s + ")"
        return "!" + s


class _And:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return _arg(self.x, _Or) + " && " + _arg(self.y, _Or)


class _Or:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return _arg(self.x, _And) + " || " + _arg(self.y, _And)


def _arg(x, wrap) -> str:
    s = str(x)
    return "(" + s + ")" if isinstance(x, wrap) else s


def parse_go_build(line: str):
    """The expression of a //go:build line, or None if it does not parse."""
    if not line.startswith("//go:build"):
        return None
    text = line[len("//go:build"):]
    if text and text[0] not in " \t":
        return None
    toks = []
    i = 0
    text = text.rstrip()
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m is None:
            if text[i:].strip() == "":
                break
            return None
        toks.append(m.group(1))
        i = m.end()
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else ""

    def p_or():
        nonlocal pos
        x = p_and()
        while x is not None and peek() == "||":
            pos += 1
            y = p_and()
            if y is None:
                return None
            x = _Or(x, y)
        return x

    def p_and():
        nonlocal pos
        x = p_not()
        while x is not None and peek() == "&&":
            pos += 1
            y = p_not()
            if y is None:
                return None
            x = _And(x, y)
        return x

    def p_not():
        nonlocal pos
        t = peek()
        if t == "!":
            pos += 1
            x = p_not()
            return _Not(x) if x is not None else None
        if t == "(":
            pos += 1
            x = p_or()
            if x is None or peek() != ")":
                return None
            pos += 1
            return x
        if t and t not in (")", "&&", "||"):
            pos += 1
            return _Tag(t)
        return None

    x = p_or()
    if x is None or pos != len(toks):
        return None
    return x


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
    if plus_build:
        return text  # not supported: see module docstring
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
    if go_build[0] < insert:
        insert = go_build[0]
    x = parse_go_build(_comment_text_at(text, go_build[0])) if len(go_build) == 1 else None
    if x is None:
        block = "".join(_line_at(text, p) for p in go_build)
    else:
        block = ESCAPE + "//go:build " + str(x) + ESCAPE + "\n"
    block += "\n"
    after = ""
    start = insert
    for end in sorted(go_build):
        if end < start:
            continue
        after = _append_lines(after, text[start:end])
        start = end + len(_line_at(text, end))
    after = _append_lines(after, text[start:])
    if len(after) >= 2 and _is_nl(after[-1]) and _is_nl(after[-2]):
        after = after[:-1]
    return text[:insert] + block + after
