"""Tests of nativeutil's helpers shared by natives (so far LazyPattern)."""

import re
import subprocess
import sys

from gopherpy.lib.nativeutil import LazyPattern


def test_lazy_pattern_behaves_as_the_compiled_pattern():
    p, c = LazyPattern(rb"(a)(b)?", re.S), re.compile(rb"(a)(b)?", re.S)
    s = b"xaab\nab"
    assert p.search(s).span() == c.search(s).span()
    assert p.match(b"ab").groups() == c.match(b"ab").groups()
    assert p.fullmatch(b"ab") is not None and p.fullmatch(b"abb") is None
    assert p.sub(b"-", s) == c.sub(b"-", s) and p.subn(b"-", s) == c.subn(b"-", s)
    assert p.split(s) == c.split(s) and p.findall(s) == c.findall(s)
    assert [m.span() for m in p.finditer(s)] == [m.span() for m in c.finditer(s)]
    try:
        p.nope
    except AttributeError:
        pass
    else:
        raise AssertionError("unknown attribute")


def _compiled(p) -> bool:
    """Whether LazyPattern p has compiled its pattern (its slot read without __getattr__)."""
    try:
        LazyPattern.__dict__["match"].__get__(p)
        return True
    except AttributeError:
        return False


def test_lazy_pattern_compiles_on_first_use():
    p = LazyPattern(rb"a+")
    assert not _compiled(p)
    assert p.search(b"baa").span() == (1, 3)
    assert _compiled(p)


def test_importing_strconv_compiles_no_pattern():
    code = ("import gopherpy.lib.strconv.native as n, gopherpy.lib.encoding.json.native\n"
            "from gopherpy.lib.strconv import atof, quote\n"
            "from gopherpy.lib.test_nativeutil import _compiled\n"
            "print(_compiled(atof._DEC), _compiled(n._PREFIX), _compiled(quote._PLAIN))\n"
            "print(n.parseFloat(b'1.5e3', 64), _compiled(atof._DEC))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "False False False\n(1500.0, 0) True\n"
