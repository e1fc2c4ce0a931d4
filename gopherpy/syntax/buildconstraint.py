"""This file computes the Go version a //go:build expression implies (go/build/constraint.GoVersion).

The expression grammar is `||`, `&&`, `!`, parentheses and tags. The result is
the minimum "go1.N" that every way of satisfying the expression needs ("go1"
for a bare go1 tag), or "" when there is none or the expression is malformed.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\s*(\|\||&&|!|\(|\)|[A-Za-z0-9_.]+)")


def _parse(s: str):
    toks = []
    i = 0
    s = s.rstrip()
    while i < len(s):
        m = _TOKEN.match(s, i)
        if not m:
            raise ValueError(s)
        toks.append(m.group(1))
        i = m.end()
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        if pos >= len(toks):
            raise ValueError("unexpected end")
        pos += 1
        return toks[pos - 1]

    def or_():
        x = and_()
        while peek() == "||":
            take()
            x = ("or", x, and_())
        return x

    def and_():
        x = not_()
        while peek() == "&&":
            take()
            x = ("and", x, not_())
        return x

    def not_():
        t = take()
        if t == "!":
            return ("not", not_())
        if t == "(":
            x = or_()
            if take() != ")":
                raise ValueError("missing )")
            return x
        if t in ("||", "&&", ")"):
            raise ValueError("unexpected " + t)
        return ("tag", t)

    x = or_()
    if pos != len(toks):
        raise ValueError("trailing tokens")
    return x


def _min_version(x, sign: int) -> int:
    op = x[0]
    if op == "and" or op == "or":
        a = _min_version(x[1], sign)
        b = _min_version(x[2], sign)
        if (op == "and") == (sign > 0):
            return max(a, b)
        return min(a, b)
    if op == "not":
        return _min_version(x[1], -sign)
    if sign < 0:
        return -1
    tag = x[1]
    if tag == "go1":
        return 0
    if not tag.startswith("go1."):
        return -1
    v = tag[4:]
    return int(v) if v.isdigit() and v.isascii() else -1


def go_version(expr: str) -> str:
    """The minimum Go version implied by a //go:build expression (without the prefix), or ""."""
    try:
        x = _parse(expr)
    except ValueError:
        return ""
    v = _min_version(x, 1)
    if v < 0:
        return ""
    return "go1" if v == 0 else f"go1.{v}"


def _eval(x, ok) -> bool:
    op = x[0]
    if op == "and":
        return _eval(x[1], ok) and _eval(x[2], ok)
    if op == "or":
        return _eval(x[1], ok) or _eval(x[2], ok)
    if op == "not":
        return not _eval(x[1], ok)
    return ok(x[1])


def eval_expr(expr: str, ok) -> bool | None:
    """Whether a //go:build expression (without the prefix) holds when ok(tag) says
    which tags are set (go/build/constraint's Expr.Eval); None when it is malformed."""
    try:
        x = _parse(expr)
    except ValueError:
        return None
    return _eval(x, ok)
