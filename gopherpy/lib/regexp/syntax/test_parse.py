"""Checks the regexp parser, Simplify, the compiler and the printers against real Go: testdata/parse.golden.

parse.golden is written by testdata/parse_gen.go (go1.27) from testdata/patterns.txt:
for each pattern, Perl and POSIX flags, the tree's String, MaxCap/CapNames, the
simplified tree's String, the program's prefix, start condition, NumCap and listing,
regexp.Regexp.LiteralPrefix (which depends on Go's one-pass analysis), or the parse error. Regenerate: cd testdata && go run parse_gen.go < patterns.txt > parse.golden
"""

from __future__ import annotations

import os

import pytest

from gopherpy.lib.regexp.engine import Engine
from gopherpy.lib.regexp.syntax import compile as C
from gopherpy.lib.regexp.syntax import parse as P
from gopherpy.lib.regexp.syntax import tostring as T
from gopherpy.lib.strconv.quote import quote

HERE = os.path.dirname(os.path.abspath(__file__))


def render(pat: bytes, flags: int, mode: str) -> bytes:
    out = [b"pattern " + quote(pat) + b" " + mode.encode() + b"\n"]
    try:
        re = P.parse(pat, flags)
    except P.RegexpError as e:
        out.append(b"error " + quote(e.message()) + b"\n")
        return b"".join(out)
    out.append(b"string " + quote(T.regexp_string(re)) + b"\n")
    names = C.cap_names(re)
    out.append(b"maxcap %d [" % C.max_cap(re) + b" ".join(quote(n) for n in names) + b"]\n")
    sre = C.simplify(re)
    out.append(b"simple " + quote(T.regexp_string(sre)) + b"\n")
    prog = C.compile_prog(sre)
    prefix, complete = prog.prefix()
    cond = prog.start_cond() & 0xFF
    out.append(b"prog " + quote(prefix) + (b" true" if complete else b" false") + b" %d %d\n" % (cond, prog.numcap))
    out.append(T.prog_string(prog))
    if mode == "perl":
        eng = Engine(pat, False)
        out.append(b"literalprefix " + quote(eng.lit_prefix) + (b" true\n" if eng.complete else b" false\n"))
    out.append(b"end\n")
    return b"".join(out)


def cases():
    with open(os.path.join(HERE, "testdata", "patterns.txt"), "rb") as f:
        pats = f.read().split(b"\n")
    if pats and pats[-1] == b"":
        pats.pop()
    with open(os.path.join(HERE, "testdata", "parse.golden"), "rb") as f:
        golden = f.read()
    chunks = golden.split(b"pattern ")[1:]
    want = [b"pattern " + c for c in chunks]
    i = 0
    for pat in pats:
        for mode, flags in (("perl", P.PERL), ("posix", P.POSIX)):
            yield pytest.param(pat, flags, mode, want[i], id=f"{pat!r}-{mode}")
            i += 1


@pytest.mark.parametrize("pat,flags,mode,want", list(cases()))
def test_parse(pat, flags, mode, want):
    assert render(pat, flags, mode).decode("utf-8", "replace") == want.decode("utf-8", "replace")
