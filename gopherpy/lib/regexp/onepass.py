"""This file decides whether a program is "one-pass" as Go's regexp onepass.go does, for the literal prefix Go reports.

Go runs a one-pass program (anchored with \\A or ^, and at every choice the next
rune decides the branch) with a special matcher; the only visible consequence is
LiteralPrefix, which for one-pass programs is the literal after the leading \\A
(complete when \\z ends it) and for the others the program's plain prefix. The
matcher itself is not needed: all of Go's engines report the same matches. The
check below follows Go's: the start must be a \\A test, every path to Match must
end in a \\z test when there are alternatives, then each alternative's first
runes must be disjoint (merge_rune_sets) after Go's rewriting of loops
(onepass_copy).
"""

from __future__ import annotations

from gopherpy.lib.regexp.syntax import compile as C
from gopherpy.lib.regexp.syntax import parse as P
from gopherpy.lib.regexp.syntax.charclass import MAX_RUNE, simple_fold

_MERGE_FAILED = 0xFFFFFFFF


class _I:
    __slots__ = ("op", "out", "arg", "rune", "next")

    def __init__(self, i: C.Inst):
        self.op, self.out, self.arg, self.rune = i.op, i.out, i.arg, i.rune
        self.next = None


def _merge_rune_sets(left: list, right: list, lpc: int, rpc: int):
    """Interleave two sorted range lists; (None, [failed]) when they overlap."""
    merged: list = []
    nxt: list = []
    lx = rx = 0
    while lx < len(left) or rx < len(right):
        if rx >= len(right) or (lx < len(left) and not right[rx] < left[lx]):
            arr, k, pc = left, lx, lpc
            lx += 2
        else:
            arr, k, pc = right, rx, rpc
            rx += 2
        if merged and arr[k] <= merged[-1]:
            return [], [_MERGE_FAILED]
        merged += [arr[k], arr[k + 1]]
        nxt.append(pc)
    return merged, nxt


def _onepass_copy(prog: C.Prog) -> list:
    p = [_I(i) for i in prog.inst]
    for pc, ins in enumerate(p):
        if ins.op not in (C.ALT, C.ALT_MATCH):
            continue
        # fields as names so that "pointers" can be swapped
        a_other, a_alt = "out", "arg"
        alt = p[getattr(ins, a_alt)]
        if alt.op not in (C.ALT, C.ALT_MATCH):
            a_other, a_alt = a_alt, a_other
            alt = p[getattr(ins, a_alt)]
            if alt.op not in (C.ALT, C.ALT_MATCH):
                continue
        other = p[getattr(ins, a_other)]
        if other.op in (C.ALT, C.ALT_MATCH):
            continue
        b_inst = p[getattr(ins, a_alt)]
        b_alt, b_other = "out", "arg"
        patch = False
        if alt.out == pc:
            patch = True
        elif alt.arg == pc:
            patch = True
            b_alt, b_other = b_other, b_alt
        if patch:
            setattr(b_inst, b_alt, getattr(ins, a_other))
        if getattr(ins, a_other) == getattr(b_inst, b_alt):
            setattr(ins, a_alt, getattr(b_inst, b_other))
    return p


def _fold_runes(r0: int) -> list:
    runes = [r0, r0]
    r1 = simple_fold(r0)
    while r1 != r0:
        runes += [r1, r1]
        r1 = simple_fold(r1)
    return sorted(runes)


def _make_onepass(p: list, start: int) -> bool:
    if len(p) >= 1000:
        return False
    runes = [None] * len(p)
    m = [False] * len(p)
    queue = [start]
    queued = {start}

    def check(pc: int, visited: set) -> bool:
        ins = p[pc]
        if pc in visited:
            return True
        visited.add(pc)
        op = ins.op
        ok = True
        if op in (C.ALT, C.ALT_MATCH):
            ok = check(ins.out, visited) and check(ins.arg, visited)
            mo, ma = m[ins.out], m[ins.arg]
            if mo and ma:
                return False
            if ma:
                ins.out, ins.arg = ins.arg, ins.out
                mo, ma = ma, mo
            if mo:
                m[pc] = True
                ins.op = C.ALT_MATCH
            runes[pc], ins.next = _merge_rune_sets(runes[ins.out] or [], runes[ins.arg] or [], ins.out, ins.arg)
            if ins.next and ins.next[0] == _MERGE_FAILED:
                return False
        elif op in (C.CAPTURE, C.NOP, C.EMPTY_WIDTH):
            ok = check(ins.out, visited)
            m[pc] = m[ins.out]
            runes[pc] = list(runes[ins.out] or [])
            ins.next = [ins.out] * (len(runes[pc]) // 2 + 1)
        elif op in (C.MATCH, C.FAIL):
            m[pc] = op == C.MATCH
        else:
            m[pc] = False
            if ins.next:
                return ok
            if ins.out not in queued:
                queued.add(ins.out)
                queue.append(ins.out)
            if op == C.RUNE:
                if not ins.rune:
                    runes[pc] = []
                    ins.next = [ins.out]
                    return ok
                if len(ins.rune) == 1 and ins.arg & P.FOLD_CASE:
                    runes[pc] = _fold_runes(ins.rune[0])
                else:
                    runes[pc] = list(ins.rune)
                ins.op = C.RUNE
            elif op == C.RUNE1:
                if ins.arg & P.FOLD_CASE:
                    runes[pc] = _fold_runes(ins.rune[0])
                else:
                    runes[pc] = [ins.rune[0], ins.rune[0]]
                ins.op = C.RUNE
            elif op == C.RUNE_ANY:
                runes[pc] = [0, MAX_RUNE]
                ins.next = [ins.out]
                return ok
            else:  # RUNE_ANY_NOT_NL
                runes[pc] = [0, 9, 11, MAX_RUNE]
            ins.next = [ins.out] * (len(runes[pc]) // 2 + 1)
        return ok

    k = 0
    while k < len(queue):
        pc = queue[k]
        k += 1
        if not check(pc, set()):
            return False
    return True


def is_onepass(prog: C.Prog) -> bool:
    """Whether Go's compileOnePass accepts prog."""
    ins = prog.inst
    if prog.start == 0:
        return False
    st = ins[prog.start]
    if st.op != C.EMPTY_WIDTH or st.arg & C.EMPTY_BEGIN_TEXT != C.EMPTY_BEGIN_TEXT:
        return False
    has_alt = any(i.op in (C.ALT, C.ALT_MATCH) for i in ins)
    for i in ins:
        op_out = ins[i.out].op
        if i.op in (C.ALT, C.ALT_MATCH):
            if op_out == C.MATCH or ins[i.arg].op == C.MATCH:
                return False
        elif i.op == C.EMPTY_WIDTH:
            if op_out == C.MATCH and i.arg & C.EMPTY_END_TEXT != C.EMPTY_END_TEXT:
                return False
        elif op_out == C.MATCH and has_alt:
            return False
    return _make_onepass(_onepass_copy(prog), prog.start)


def onepass_prefix(prog: C.Prog):
    """Go's onePassPrefix: (literal after the leading \\A, whether \\z and Match follow it)."""
    ins = prog.inst
    i = ins[prog.start]
    if i.op != C.EMPTY_WIDTH or not i.arg & C.EMPTY_BEGIN_TEXT:
        return b"", i.op == C.MATCH
    i = ins[i.out]
    while i.op == C.NOP:
        i = ins[i.out]
    if C._base_op(i.op) != C.RUNE or len(i.rune) != 1:
        return b"", i.op == C.MATCH
    out = []
    while C._base_op(i.op) == C.RUNE and len(i.rune) == 1 and not i.arg & P.FOLD_CASE and i.rune[0] != 0xFFFD:
        out.append(C.encode_rune(i.rune[0]))
        i = ins[i.out]
    complete = i.op == C.EMPTY_WIDTH and bool(i.arg & C.EMPTY_END_TEXT) and ins[i.out].op == C.MATCH
    return b"".join(out), complete
