"""This file implements the bounded backtracker (Go's regexp backtrack.go): a depth-first search for submatches, linear because each (instruction, position) is visited at most once.

The search tries the alternatives in priority order, so its first match is the
one the Pike VM reports (leftmost-first); for leftmost-longest it keeps searching
and keeps the first match of the greatest length, as Go's does. As in Go, an
Alt is pushed back as a reminder and its second branch is checked for a visit
only when it is reached, and capture slots are restored by jobs on the stack.
It is used where the match's start is known (from the DFA) and the span is short
enough for the visited set; Go switches engines on input size the same way.
"""

from __future__ import annotations

from gopherpy.lib.regexp.exec import END, K_EQ, K_FN, K_NOTNL, K_SET, Machine, empty_flags
from gopherpy.lib.regexp.syntax import compile as C

_ALT, _ALTM, _CAP, _EMPTY, _MATCH, _FAIL, _NOP = C.ALT, C.ALT_MATCH, C.CAPTURE, C.EMPTY_WIDTH, C.MATCH, C.FAIL, C.NOP


def backtrack(m: Machine, codes, n: int, pos: int, ncap: int, longest: bool):
    """The captures (ncap >= 2) of the match starting exactly at character pos, or
    None. codes[i] is the rune at character i (Text.codes())."""
    ops, outs, args, kinds, vals = m.ops, m.outs, m.args, m.kind, m.val
    width = n + 1
    visited = set()
    cap = [-1] * ncap
    matchcap = [-1] * ncap
    cap[0] = pos
    matched = False
    start = m.start
    if ops[start] == _FAIL:
        return None
    visited.add(start * width + pos)
    jobs = [(start, pos, False)]
    pop = jobs.pop
    push = jobs.append
    while jobs:
        pc, p, arg = pop()
        first = True
        while True:
            if first:
                first = False
            else:
                k = pc * width + p
                if k in visited:
                    break
                visited.add(k)
            kd = kinds[pc]
            if kd >= 0:
                # a rune instruction
                if p >= n:
                    break
                if kd == K_EQ:
                    if codes[p] != vals[pc]:
                        break
                elif kd == K_SET:
                    if codes[p] not in vals[pc]:
                        break
                elif kd == K_FN:
                    if not vals[pc](codes[p]):
                        break
                elif kd == K_NOTNL:
                    if codes[p] == 10:
                        break
                p += 1
                pc = outs[pc]
                continue
            op = ops[pc]
            if op == _ALT or op == _ALTM:
                if arg:
                    arg = False
                    pc = args[pc]
                    continue
                push((pc, p, True))
                pc = outs[pc]
                continue
            if op == _CAP:
                if arg:
                    cap[args[pc]] = p   # restore the slot's old value
                    break
                a = args[pc]
                if a < ncap:
                    push((pc, cap[a], True))
                    cap[a] = p
                pc = outs[pc]
                continue
            if op == _NOP:
                pc = outs[pc]
                continue
            if op == _EMPTY:
                if args[pc] & ~empty_flags(codes[p - 1] if p > 0 else END, codes[p] if p < n else END):
                    break
                pc = outs[pc]
                continue
            if op == _MATCH:
                cap[1] = p
                if matchcap[1] == -1 or (longest and p > 0 and p > matchcap[1]):
                    matchcap[:] = cap
                matched = True
                if not longest or p == n:
                    return matchcap
                break
            break  # Fail
    return matchcap if matched else None
