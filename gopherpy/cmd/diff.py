"""This file implements the unified diff that gofmt -d prints (the anchored diff of Go's internal/diff).

Lines that occur exactly once in each input are anchors; the longest increasing
sequence of anchor pairs is matched, each match is extended over equal
neighbouring lines, and hunks carry three lines of context. The output starts
with `diff OLD NEW`, `--- OLD`, `+++ NEW`; hunk headers always give both counts.
"""

from __future__ import annotations

import bisect


def _lines(text: str) -> list[str]:
    ls = text.splitlines(keepends=True)
    # splitlines also splits on \r, \v, \f...; Go splits after "\n" only
    if any(not l.endswith("\n") for l in ls[:-1]):
        ls = text.split("\n")
        ls = [l + "\n" for l in ls[:-1]] + ([ls[-1]] if ls[-1] else [])
    if ls and not ls[-1].endswith("\n"):
        ls[-1] += "\n\\ No newline at end of file\n"
    return ls


def _anchors(x: list[str], y: list[str]) -> list[tuple[int, int]]:
    m: dict[str, int] = {}
    for s in x:
        c = m.get(s, 0)
        if c > -2:
            m[s] = c - 1
    for s in y:
        c = m.get(s, 0)
        if c > -8:
            m[s] = c - 4
    yi: list[int] = []
    for i, s in enumerate(y):
        if m.get(s) == -5:
            m[s] = len(yi)
            yi.append(i)
    xi: list[int] = []
    inv: list[int] = []
    for i, s in enumerate(x):
        j = m.get(s)
        if j is not None and j >= 0:
            xi.append(i)
            inv.append(j)
    n = len(xi)
    tails: list[int] = []
    lengths = [0] * n
    for i in range(n):
        k = bisect.bisect_left(tails, inv[i])
        if k == len(tails):
            tails.append(inv[i])
        else:
            tails[k] = inv[i]
        lengths[i] = k + 1
    k = max(lengths, default=0)
    seq = [(0, 0)] * (2 + k)
    seq[1 + k] = (len(x), len(y))
    for i in range(n - 1, -1, -1):
        if lengths[i] == k and inv[i] < n:
            seq[k] = (xi[i], yi[inv[i]])
            k -= 1
    seq[0] = (0, 0)
    return seq


def diff(old_name: str, old: str, new_name: str, new: str) -> str:
    """Unified diff of old and new text, "" if equal."""
    if old == new:
        return ""
    x = _lines(old)
    y = _lines(new)
    out = [f"diff {old_name} {new_name}\n", f"--- {old_name}\n", f"+++ {new_name}\n"]
    done_x = done_y = 0
    chunk_x = chunk_y = 0
    count_x = count_y = 0
    ctext: list[str] = []
    C = 3
    for mx, my in _anchors(x, y):
        if mx < done_x:
            continue
        sx, sy = mx, my
        while sx > done_x and sy > done_y and x[sx - 1] == y[sy - 1]:
            sx -= 1
            sy -= 1
        ex, ey = mx, my
        while ex < len(x) and ey < len(y) and x[ex] == y[ey]:
            ex += 1
            ey += 1
        for s in x[done_x:sx]:
            ctext.append("-" + s)
            count_x += 1
        for s in y[done_y:sy]:
            ctext.append("+" + s)
            count_y += 1
        if (ex < len(x) or ey < len(y)) and (ex - sx < C or (ctext and ex - sx < 2 * C)):
            for s in x[sx:ex]:
                ctext.append(" " + s)
                count_x += 1
                count_y += 1
            done_x, done_y = ex, ey
            continue
        if ctext:
            n = min(ex - sx, C)
            for s in x[sx:sx + n]:
                ctext.append(" " + s)
                count_x += 1
                count_y += 1
            done_x, done_y = sx + n, sy + n
            if count_x > 0:
                chunk_x += 1
            if count_y > 0:
                chunk_y += 1
            out.append(f"@@ -{chunk_x},{count_x} +{chunk_y},{count_y} @@\n")
            out.extend(ctext)
            count_x = count_y = 0
            ctext = []
        if ex >= len(x) and ey >= len(y):
            break
        chunk_x, chunk_y = ex - C, ey - C
        for s in x[chunk_x:ex]:
            ctext.append(" " + s)
            count_x += 1
            count_y += 1
        done_x, done_y = ex, ey
    return "".join(out)
