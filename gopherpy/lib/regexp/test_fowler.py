"""Runs Glenn Fowler's POSIX regex tests (Go's regexp/testdata/*.dat, read from GOROOT at
test time) against the engine in leftmost-longest mode, as Go's TestFowler does: the E
(extended) and L (literal, via QuoteMeta) lines, with POSIX|ClassNL syntax (plus
FoldCase for 'i'); each must compile or not, match or not, and give the listed
submatch positions.
"""

from __future__ import annotations

import glob
import os

import pytest

from gopherpy.lib.regexp.engine import Engine, Text
from gopherpy.lib.regexp.native import QuoteMeta
from gopherpy.lib.regexp.syntax import parse as P
from gopherpy.lib.regexp.syntax.parse import RegexpError
from gopherpy.lib.regexp.test_re2 import TESTDATA
from gopherpy.lib.strconv.quote import unquote

_NOTAB = Engine(b"[^\\t]+", True)


def _fields(line: bytes):
    t = Text(line)
    return [line[m[0]:m[1]] for m in _NOTAB.matches(t, -1, 2, True)]


def _parse_result(s: bytes):
    """(ok, compiled, matched, positions)."""
    if s == b"":
        return True, True, True, None
    if s == b"NOMATCH":
        return True, True, False, None
    if b"A"[0] <= s[0] <= b"Z"[0]:
        return True, False, False, None
    x = []
    while s:
        end = b")"
        if len(x) % 2 == 0:
            if s[:1] != b"(":
                return False, True, False, None
            s = s[1:]
            end = b","
        i = s.find(end)
        if i <= 0:
            return False, True, False, None
        v = -1 if s[:i] == b"?" else int(s[:i])
        x.append(v)
        s = s[i + 1:]
    if len(x) % 2:
        return False, True, False, None
    return True, True, True, x


def run_fowler(path):
    failures = []
    ncase = 0
    last = b""
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    for line in lines:
        if not line or line[:1] == b"#":
            continue
        field = _fields(line)
        if any(f == b"NIL" for f in field):
            continue
        field = [b"" if f == b"NULL" else f for f in field]
        if not field:
            continue
        flag = field[0]
        c0 = flag[:1]
        if c0 in (b"?", b"&", b"|", b";", b"{", b"}"):
            flag = flag[1:]
            if not flag:
                continue
        elif c0 == b":":
            k = flag.find(b":", 1)
            if k < 0:
                continue
            flag = flag[k + 1:]
        elif c0 in b"CNT0123456789":
            continue
        if len(field) < 4:
            failures.append((line, "fields"))
            continue
        if b"$" in flag:
            field[1] = unquote(b'"' + field[1] + b'"')[0]
            field[2] = unquote(b'"' + field[2] + b'"')[0]
        if field[1] == b"SAME":
            field[1] = last
        last = field[1]
        text = field[2]
        ok, should_compile, should_match, pos = _parse_result(field[3])
        if not ok:
            failures.append((line, "result"))
            continue
        for c in flag:
            if c not in b"EL":
                continue
            pattern = field[1] if c == ord("E") else QuoteMeta(field[1])
            syn = P.POSIX | P.CLASS_NL
            if b"i" in flag:
                syn |= P.FOLD_CASE
            ncase += 1
            try:
                re = Engine(pattern, True, syn)
            except RegexpError:
                if should_compile:
                    failures.append((line, "did not compile"))
                continue
            if not should_compile:
                failures.append((line, "should not compile"))
                continue
            t = Text(text)
            match = re.match(t)
            if match != should_match:
                failures.append((line, "match", match))
                continue
            have = re.find(t, 0, 2 * (re.numsubexp + 1), True)
            if (have is not None) != match:
                failures.append((line, "find", have))
                continue
            if have is not None:
                have = [t.byte_pos(x) if x >= 0 else -1 for x in have]
                if pos is not None and have[:len(pos)] != pos:
                    failures.append((line, have, pos))
    return ncase, failures


@pytest.mark.skipif(not os.path.isdir(TESTDATA), reason="no GOROOT testdata")
@pytest.mark.parametrize("name", ["basic.dat", "nullsubexpr.dat", "repetition.dat"])
def test_fowler(name):
    ncase, failures = run_fowler(os.path.join(TESTDATA, name))
    assert ncase > 40
    assert failures == []
