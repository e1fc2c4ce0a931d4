"""This file implements package sort's natives.

Sort and Slice are Go's pdqsort (pdqsort.py), call for call, because the order of
equal elements they leave is visible. Stable and SliceStable compute a stable sorted
permutation of indexes by calling Less (which only reads), then move elements into
place with Swap along the permutation's cycles: O(n log n) Less calls and fewer than n
Swap calls; any stable sort gives the same result for a consistent Less.
"""

from __future__ import annotations

import functools

from gopherpy.lib.slices.native import Sort as _slices_sort
from gopherpy.lib.sort.pdqsort import pdqsort
from gopherpy.runtime.values import Boxed


def _perm(n, less):
    def cmp(i, j):
        if less(i, j):
            return -1
        if less(j, i):
            return 1
        return 0
    return sorted(range(n), key=functools.cmp_to_key(cmp))


def _apply_swaps(perm, swap):
    # position k must receive the element now at perm[k]
    n = len(perm)
    where = list(range(n))      # where[orig] = current position of original element orig
    at = list(range(n))         # at[pos] = original index of the element at pos
    for k in range(n):
        src = where[perm[k]]
        if src != k:
            swap(k, src)
            a, b = at[k], at[src]
            at[k], at[src] = b, a
            where[a], where[b] = src, k


def Sort(data):
    pdqsort(data.Less, data.Swap, data.Len())


def Stable(data):
    n = data.Len()
    _apply_swaps(_perm(n, data.Less), data.Swap)


def IsSorted(data):
    n = data.Len()
    return all(not data.Less(i, i - 1) for i in range(n - 1, 0, -1))


def _slice_of(x):
    return x.v if isinstance(x, Boxed) else x


def Slice(x, less):
    s = _slice_of(x)
    if s.len < 2:
        return
    a, o = s.a, s.off

    def swap(i, j):
        i += o
        j += o
        a[i], a[j] = a[j], a[i]
    pdqsort(less, swap, s.len)


def SliceStable(x, less):
    s = _slice_of(x)
    if s.len < 2:
        return
    perm = _perm(s.len, less)
    a, o = s.a, s.off
    items = a[o:o + s.len]
    a[o:o + s.len] = [items[p] for p in perm]


def SliceIsSorted(x, less):
    s = _slice_of(x)
    return all(not less(i, i - 1) for i in range(s.len - 1, 0, -1))


def Ints(x):
    if x.len > 1:
        a, o = x.a, x.off
        a[o:o + x.len] = sorted(a[o:o + x.len])


Strings = Ints


Float64s = _slices_sort  # Go's Float64s is slices.Sort: NaNs first, -0 and 0 as pdqsort leaves them


def IntsAreSorted(x):
    items = x.tolist()
    return all(items[i - 1] <= items[i] for i in range(1, len(items)))


StringsAreSorted = IntsAreSorted
