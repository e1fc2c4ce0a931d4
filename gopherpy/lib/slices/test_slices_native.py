"""Tests of slices' native sorts on gopherpy slices."""

from gopherpy.lib.slices import native as N
from gopherpy.runtime.values import Slice, mkslice


def test_sort_window_and_nan():
    s = Slice([9, 5, 3, 7, 1, 0], 1, 4, 5)
    N.Sort(s)
    assert s.a == [9, 1, 3, 5, 7, 0]
    f = mkslice([2.0, float("nan"), -1.0])
    N.Sort(f)
    assert f.a[0] != f.a[0] and f.a[1:] == [-1.0, 2.0]
    b = mkslice([b"b", b"a", b"c"])
    N.Sort(b)
    assert b.a == [b"a", b"b", b"c"]


def test_sortfunc_stable():
    w = mkslice([b"bb", b"a", b"cc", b"d"])
    N.SortStableFunc(w, lambda x, y: (len(x) > len(y)) - (len(x) < len(y)))
    assert w.a == [b"a", b"d", b"bb", b"cc"]
