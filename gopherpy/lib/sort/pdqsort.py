"""This file implements Go's unstable sort, pattern-defeating quicksort, step for step.

Go's sort.Sort, sort.Slice, slices.Sort and slices.SortFunc are not stable: the order in
which elements that compare equal end up is whatever Go's pdqsort leaves behind, and
programs print it. To print what Go prints, gopherpy makes the same comparisons and the
same swaps in the same order as Go's implementation (sort/zsortfunc.go, slices'
zsortanyfunc.go; studied, not copied): insertion sort up to 12 elements, choice of
pivot (static, median of three from 8, Tukey's ninther from 50) with the sortedness
hint it yields, partial insertion sort of nearly sorted runs, partitioning of runs equal
to the preceding pivot, breaking of patterns by a xorshift seeded with the length after
an unbalanced partition, and heapsort after bits.Len(n) bad pivots. The same sequence of
calls also means that a Less with side effects sees the calls Go makes.

One algorithm serves every caller through two callbacks, `less(i, j)` and `swap(i, j)`
over absolute indexes: sort.Sort passes the Interface's methods, sort.Slice the user's
less and a swap of the backing list, slices.SortFunc element comparisons through cmp.

Stable sorting (sort.Stable, SliceStable, slices.SortStableFunc) needs no such care: for
a consistent ordering every stable sort yields the same result, so natives use
Python's sort there.
"""

from __future__ import annotations

_MASK64 = (1 << 64) - 1
_INCREASING, _DECREASING, _UNKNOWN = 1, 2, 0


def pdqsort(less, swap, n: int) -> None:
    """Sort indexes [0, n) as Go's pdqsort does, with limit bits.Len(n)."""
    _pdq(less, swap, 0, n, n.bit_length())


def insertion_sort(less, swap, a: int, b: int) -> None:
    for i in range(a + 1, b):
        j = i
        while j > a and less(j, j - 1):
            swap(j, j - 1)
            j -= 1


def _sift_down(less, swap, lo: int, hi: int, first: int) -> None:
    root = lo
    while True:
        child = 2 * root + 1
        if child >= hi:
            return
        if child + 1 < hi and less(first + child, first + child + 1):
            child += 1
        if not less(first + root, first + child):
            return
        swap(first + root, first + child)
        root = child


def _heap_sort(less, swap, a: int, b: int) -> None:
    hi = b - a
    for i in range((hi - 1) // 2, -1, -1):
        _sift_down(less, swap, i, hi, a)
    for i in range(hi - 1, -1, -1):
        swap(a, a + i)
        _sift_down(less, swap, 0, i, a)


def _pdq(less, swap, a: int, b: int, limit: int) -> None:
    was_balanced = True
    was_partitioned = True
    while True:
        length = b - a
        if length <= 12:
            insertion_sort(less, swap, a, b)
            return
        if limit == 0:
            _heap_sort(less, swap, a, b)
            return
        if not was_balanced:
            _break_patterns(swap, a, b)
            limit -= 1
        pivot, hint = _choose_pivot(less, a, b)
        if hint == _DECREASING:
            _reverse_range(swap, a, b)
            pivot = (b - 1) - (pivot - a)
            hint = _INCREASING
        if was_balanced and was_partitioned and hint == _INCREASING:
            if _partial_insertion_sort(less, swap, a, b):
                return
        if a > 0 and not less(a - 1, pivot):
            a = _partition_equal(less, swap, a, b, pivot)
            continue
        mid, was_partitioned = _partition(less, swap, a, b, pivot)
        left, right = mid - a, b - mid
        threshold = length // 8
        if left < right:
            was_balanced = left >= threshold
            _pdq(less, swap, a, mid, limit)
            a = mid + 1
        else:
            was_balanced = right >= threshold
            _pdq(less, swap, mid + 1, b, limit)
            b = mid


def _partition(less, swap, a: int, b: int, pivot: int):
    """Partition [a, b) around the element at pivot, which ends at the returned index."""
    swap(a, pivot)
    i, j = a + 1, b - 1
    while i <= j and less(i, a):
        i += 1
    while i <= j and not less(j, a):
        j -= 1
    if i > j:
        swap(j, a)
        return j, True
    swap(i, j)
    i += 1
    j -= 1
    while True:
        while i <= j and less(i, a):
            i += 1
        while i <= j and not less(j, a):
            j -= 1
        if i > j:
            break
        swap(i, j)
        i += 1
        j -= 1
    swap(j, a)
    return j, False


def _partition_equal(less, swap, a: int, b: int, pivot: int) -> int:
    """Move the elements equal to the pivot (none is smaller) to the front; return where the rest starts."""
    swap(a, pivot)
    i, j = a + 1, b - 1
    while True:
        while i <= j and not less(a, i):
            i += 1
        while i <= j and less(a, j):
            j -= 1
        if i > j:
            return i
        swap(i, j)
        i += 1
        j -= 1


def _partial_insertion_sort(less, swap, a: int, b: int) -> bool:
    """Fix at most five adjacent inversions; True when [a, b) is then sorted."""
    i = a + 1
    for _ in range(5):
        while i < b and not less(i, i - 1):
            i += 1
        if i == b:
            return True
        if b - a < 50:
            return False
        swap(i, i - 1)
        if i - a >= 2:  # shift the smaller one to the left
            j = i - 1
            while j >= 1:
                if not less(j, j - 1):
                    break
                swap(j, j - 1)
                j -= 1
        if b - i >= 2:  # shift the greater one to the right
            j = i + 1
            while j < b:
                if not less(j, j - 1):
                    break
                swap(j, j - 1)
                j += 1
    return False


def _break_patterns(swap, a: int, b: int) -> None:
    length = b - a
    if length < 8:
        return
    r = length  # xorshift state, a uint64
    modulus = 1 << length.bit_length()
    mid = a + (length // 4) * 2
    for idx in range(mid - 1, mid + 2):
        r ^= (r << 13) & _MASK64
        r ^= r >> 7
        r ^= (r << 17) & _MASK64
        other = r & (modulus - 1)
        if other >= length:
            other -= length
        swap(idx, a + other)


def _choose_pivot(less, a: int, b: int):
    n = b - a
    q = n // 4
    i, j, k = a + q, a + 2 * q, a + 3 * q
    swaps = [0]
    if n >= 8:
        if n >= 50:
            i = _median(less, i - 1, i, i + 1, swaps)
            j = _median(less, j - 1, j, j + 1, swaps)
            k = _median(less, k - 1, k, k + 1, swaps)
        j = _median(less, i, j, k, swaps)
    s = swaps[0]
    if s == 0:
        return j, _INCREASING
    if s == 12:
        return j, _DECREASING
    return j, _UNKNOWN


def _median(less, a: int, b: int, c: int, swaps) -> int:
    if less(b, a):
        swaps[0] += 1
        a, b = b, a
    if less(c, b):
        swaps[0] += 1
        b, c = c, b
    if less(b, a):
        swaps[0] += 1
        a, b = b, a
    return b


def _reverse_range(swap, a: int, b: int) -> None:
    i, j = a, b - 1
    while i < j:
        swap(i, j)
        i += 1
        j -= 1


def list_callbacks(arr: list, off: int, lt):
    """less/swap over arr[off:], comparing elements with lt(x, y)."""
    def less(i, j):
        return lt(arr[off + i], arr[off + j])

    def swap(i, j):
        i += off
        j += off
        arr[i], arr[j] = arr[j], arr[i]
    return less, swap
