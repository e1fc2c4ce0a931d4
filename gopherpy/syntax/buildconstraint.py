"""This file evaluates the Go version implied by a //go:build expression (go/build/constraint.GoVersion).

The expression grammar is `||`, `&&`, `!`, parentheses and tags; the result is
the minimum "go1.N" version that every satisfying assignment needs, or "".
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\s*(\|\||&&|!|\(|\)|[A-Za-z0-9_.]+)")


def _tokens(s):
    out = []
    i = 0
    s = s.rstrip()
    while i < len(s):
        m = _TOKEN.match(s, i)
        if not m:
            raise ValueError(s)
        out.append(m.group(1))
        i = m.end()
    return out


def _vkey(v):
    return tuple(int(p) for p in v[2:].split("."))


def go_version(expr: str) -> str:
    """Minimum go version for expr, or "" (also "" for a malformed expression)."""
    try:
        toks = _tokens(expr)
        pos = [0]

        def peek():
            return toks[pos[0]] if pos[0] < len(toks) else None

        def take():
            t = toks[pos[0]]
            pos[0] += 1
            return t

        # each node returns (min version if true, min version if negated) as strings ("" = none)
        def or_():
            x = and_()
            while peek() == "||":
                take()
                y = and_()
                x = ("" if not x[0] or not y[0] else min(x[0], y[0], key=_vkey), "")
            return x

        def and_():
            x = not_()
            while peek() == "&&":
                take()
                y = not_()
                cands = [v for v in (x[0], y[0]) if v]
                x = (max(cands, key=_vkey) if cands else "", "")
            return x

        def not_():
            if peek() == "!":
                take()
                not_()
                return ("", "")
            if peek() == "(":
                take()
                x = or_()
                if take() != ")":
                    raise ValueError
                return x
            t = take()
            if t in ("||", "&&", ")"):
                raise ValueError
            if re.fullmatch(r"go1\.\d+", t):
                return (t, "")
            return ("", "")

        x = or_()
        if pos[0] != len(toks):
            return ""
        return x[0]
    except (ValueError, IndexError):
        return ""
