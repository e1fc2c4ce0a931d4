"""Tests quote.py against strconv's quoting in real Go (testdata/quote_gen.go)."""

import os

from gopherpy.lib.strconv import quote as Q
from gopherpy.lib.unicode.letter import is_graphic, is_print

HERE = os.path.dirname(__file__)


def _h(x: str) -> bytes:
    return b"" if x == "-" else bytes.fromhex(x)


def _lines():
    with open(os.path.join(HERE, "testdata", "quote.golden")) as f:
        return [ln.split() for ln in f]


def test_quote_golden():
    bad = []
    for f in _lines():
        op = f[0]
        if op == "Q":
            got, want = Q.quote(_h(f[1])), _h(f[2])
        elif op == "QA":
            got, want = Q.quote_to_ascii(_h(f[1])), _h(f[2])
        elif op == "QG":
            got, want = Q.quote_to_graphic(_h(f[1])), _h(f[2])
        elif op == "CB":
            got, want = Q.can_backquote(_h(f[1])), f[2] == "true"
        elif op == "U":
            got, want = Q.unquote(_h(f[1])), (_h(f[2]), f[3] == "true")
        elif op == "QP":
            got, want = Q.quoted_prefix(_h(f[1])), (_h(f[2]), f[3] == "true")
        elif op == "UC":
            v, mb, tail, ok = Q.unquote_char(_h(f[1]), int(f[2]))
            got = (v, mb, tail, ok) if ok else (0, False, b"", False)
            want = (int(f[3]), f[4] == "true", _h(f[5]), f[6] == "true")
        elif op in ("R", "RA", "RG"):
            fn = {"R": Q.quote_rune, "RA": Q.quote_rune_to_ascii, "RG": Q.quote_rune_to_graphic}[op]
            got, want = fn(int(f[1])), _h(f[2])
        else:
            continue
        if got != want:
            bad.append((f, got, want))
    for b in bad[:40]:
        print(b)
    assert bad[:10] == []


def test_isprint_isgraphic_all_code_points():
    for name, fn in (("P", is_print), ("G", is_graphic)):
        edges = [int(f[1]) for f in _lines() if f[0] == name]
        state = False
        want = bytearray(0x110000)
        for i, e in enumerate(edges):
            end = edges[i + 1] if i + 1 < len(edges) else 0x110000
            if i % 2 == 0:
                want[e:end] = b"\x01" * (end - e)
        got = bytearray(fn(c) for c in range(0x110000))
        assert got == want, name
        del state
