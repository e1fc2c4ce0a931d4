"""Tests of bytes' natives against values printed by real Go (testdata/funcs.go -> funcs.out)."""

from gopherpy.lib.bytes import native as B
from gopherpy.lib.nativeutil import bslice, sbytes
from gopherpy.runtime.values import NIL_SLICE, mkslice


def test_subslices_and_caps():
    s = bslice(b"  a,b,,c  ")
    parts = B.Split(s, bslice(b","))
    assert [sbytes(p) for p in parts.tolist()] == [b"  a", b"b", b"", b"c  "]
    assert parts.a[0].len == 3 and parts.a[0].cap == 3 and parts.a[0].a is s.a
    f = B.Fields(s)
    assert [sbytes(p) for p in f.tolist()] == [b"a,b,,c"] and f.a[0].cap == 6
    t = B.TrimSpace(s)
    assert sbytes(t) == b"a,b,,c" and t.cap == 8
    assert B.TrimSpace(bslice(b"   ")).a is None
    b, a, ok = B.Cut(bslice(b"k=v"), bslice(b"="))
    assert (sbytes(b), sbytes(a), ok, b.cap) == (b"k", b"v", True, 3)


def test_values():
    assert B.Equal(bslice(b"x"), bslice(b"x")) and B.Compare(bslice(b"a"), bslice(b"b")) == -1
    assert B.Index(bslice(b"chicken"), bslice(b"ken")) == 4
    assert sbytes(B.ToUpper(bslice("héllo".encode()))) == "HÉLLO".encode()
    assert sbytes(B.Join(mkslice([bslice(b"a"), bslice(b"b")]), bslice(b"-"))) == b"a-b"
    assert B.Runes(bslice("hé".encode())).tolist() == [104, 233]
    assert sbytes(B.Trim(bslice(b"xxhixx"), b"x")) == b"hi"
    assert B.Trim(bslice(b"xx"), b"x").a is None and B.Trim(NIL_SLICE, b"x").a is None
