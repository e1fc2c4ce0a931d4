"""Tests of sort's natives on gopherpy slices and a Go-style Interface."""

import random

from gopherpy.lib.sort import native as S
from gopherpy.runtime.values import Slice, mkslice


class ByLen:
    def __init__(self, items):
        self.items = items

    def Len(self):
        return len(self.items)

    def Less(self, i, j):
        return len(self.items[i]) < len(self.items[j])

    def Swap(self, i, j):
        self.items[i], self.items[j] = self.items[j], self.items[i]


def test_sort_interface_orders_by_less():
    # Sort is unstable (Go's pdqsort): equal elements may move; the lengths are ordered
    # and the elements are a permutation of the input.
    rnd = random.Random(1)
    words = [b"x" * rnd.randrange(6) + bytes([97 + k % 26]) for k in range(200)]
    d = ByLen(list(words))
    S.Sort(d)
    assert [len(w) for w in d.items] == sorted(len(w) for w in words)
    assert sorted(d.items) == sorted(words)
    assert S.IsSorted(d)


def test_stable_keeps_order_of_equal_elements():
    rnd = random.Random(2)
    words = [b"x" * rnd.randrange(6) + bytes([97 + k % 26]) for k in range(200)]
    d = ByLen(list(words))
    S.Stable(d)
    assert d.items == sorted(words, key=len)


def test_slice_ints_floats():
    s = Slice([9, 3, 7, 1, 5, 0], 1, 4, 5)
    S.Ints(s)
    assert s.a == [9, 1, 3, 5, 7, 0]
    f = mkslice([2.0, float("nan"), -1.0])
    S.Float64s(f)
    assert f.a[0] != f.a[0] and f.a[1:] == [-1.0, 2.0]
    x = mkslice([3, 1, 2])
    S.Slice(x, lambda i, j: x.a[i] > x.a[j])
    assert x.a == [3, 2, 1]
