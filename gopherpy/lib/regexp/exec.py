"""This file implements the Pike VM (Go's regexp exec.go machine): the NFA simulation that reports submatch positions.

Threads are kept in priority order; each step expands a thread's instruction
through Alt (Out before Arg), Nop, Capture (recording the position, restored after
the subtree is added) and satisfied empty-width tests, deduplicating by
instruction as Go's sparse queue does, so the submatches reported are Go's:
leftmost-first (a match cuts every lower-priority thread) or, for Longest and
POSIX, leftmost-longest with Go's tie rule (a later thread replaces the match only
when it ends further on; threads that started after the match are dropped).

Inputs are Text objects: the Go string decoded to a Python str with
'surrogateescape', so an invalid byte is one character (U+DC80-U+DCFF) that is
the rune U+FFFD, exactly as Go's decoding gives one RuneError per bad byte.
Positions here are character indexes; Text converts them to byte offsets.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from gopherpy.lib.regexp.syntax import compile as C
from gopherpy.lib.regexp.syntax.charclass import simple_fold

END = -1  # the "rune" before the start and after the end of the text


class Text:
    """A Go string or []byte being searched: s (str), n (characters), byte offsets."""

    __slots__ = ("b", "s", "n", "ascii", "_offs", "rune", "_codes")

    def __init__(self, b: bytes):
        self.b = b
        if b.isascii():
            self.s = b.decode("ascii")
            self.ascii = True
        else:
            self.s = b.decode("utf-8", "surrogateescape")
            self.ascii = False
        self.n = len(self.s)
        self._offs = None
        self._codes = None

    def codes(self):
        """The runes of the text, indexable (the bytes themselves for ASCII)."""
        c = self._codes
        if c is None:
            if self.ascii:
                c = self.b
            else:
                c = [0xFFFD if 0xDC80 <= r <= 0xDCFF else r for r in map(ord, self.s)]
            self._codes = c
        return c

    def __getattr__(self, name):
        if name == "rune":  # rune(i): made on first use
            f = self.rune = _rune_fn(self)
            return f
        raise AttributeError(name)

    def offs(self) -> list:
        """Byte offset of each character index 0..n (non-ASCII texts)."""
        o = self._offs
        if o is None:
            o = [0]
            o.extend(accumulate(1 if c < "\x80" else 2 if c < "\u0800" else
                                1 if "\udc80" <= c <= "\udcff" else 3 if c < "\U00010000" else 4
                                for c in self.s))
            self._offs = o
        return o

    def byte_pos(self, i: int) -> int:
        return i if self.ascii or i < 0 else self.offs()[i]

    def char_pos(self, byte_off: int) -> int:
        """The character index at byte offset byte_off (a character boundary)."""
        if self.ascii:
            return byte_off
        o = self.offs()
        return bisect_right(o, byte_off) - 1


def _rune_fn(t: Text):
    """rune(i): the rune at character i of t, END outside the text."""
    n = t.n
    if t.ascii:
        b = t.b

        def rune(i):
            return b[i] if 0 <= i < n else END
        return rune
    s = t.s

    def rune(i):
        if 0 <= i < n:
            r = ord(s[i])
            return 0xFFFD if 0xDC80 <= r <= 0xDCFF else r
        return END
    return rune


def is_word(r: int) -> bool:
    return (0x61 <= r <= 0x7A or 0x41 <= r <= 0x5A or 0x30 <= r <= 0x39 or r == 0x5F)


def empty_flags(r1: int, r2: int) -> int:
    """Go's EmptyOpContext: the empty-width conditions true between runes r1 and r2."""
    op = C.EMPTY_NO_WORD_BOUNDARY
    boundary = 0
    if is_word(r1):
        boundary = 1
    elif r1 == 10:
        op |= C.EMPTY_BEGIN_LINE
    elif r1 < 0:
        op |= C.EMPTY_BEGIN_TEXT | C.EMPTY_BEGIN_LINE
    if is_word(r2):
        boundary ^= 1
    elif r2 == 10:
        op |= C.EMPTY_END_LINE
    elif r2 < 0:
        op |= C.EMPTY_END_TEXT | C.EMPTY_END_LINE
    if boundary:
        op ^= C.EMPTY_WORD_BOUNDARY | C.EMPTY_NO_WORD_BOUNDARY
    return op


def rune_matcher(ins: C.Inst):
    """A predicate rune -> bool for a rune instruction (None: any rune)."""
    op = ins.op
    if op == C.RUNE_ANY:
        return None
    if op == C.RUNE_ANY_NOT_NL:
        return lambda r: r != 10
    rr = ins.rune
    if op == C.RUNE1:
        r0 = rr[0]
        return lambda r: r == r0
    if len(rr) == 1:  # one rune, folded
        orbit = {rr[0]}
        f = simple_fold(rr[0])
        while f != rr[0]:
            orbit.add(f)
            f = simple_fold(f)
        orbit = frozenset(orbit)
        return orbit.__contains__
    if len(rr) == 2:
        lo, hi = rr
        return lambda r: lo <= r <= hi
    if len(rr) <= 8:
        pairs = tuple(zip(rr[0::2], rr[1::2]))
        return lambda r: any(lo <= r <= hi for lo, hi in pairs)
    flat = list(rr)

    def in_class(r):
        i = bisect_right(flat, r)
        return i & 1 == 1 or (i > 0 and flat[i - 1] == r)
    return in_class


# how a rune instruction tests a rune (Machine.kind, with Machine.val)
K_ANY, K_EQ, K_SET, K_FN, K_NOTNL = 0, 1, 2, 3, 4


def _rune_test(ins: C.Inst):
    """(kind, value) of a rune instruction for the backtracker's inline test."""
    op = ins.op
    if op == C.RUNE_ANY:
        return K_ANY, None
    if op == C.RUNE_ANY_NOT_NL:
        return K_NOTNL, None
    if op == C.RUNE1:
        return K_EQ, ins.rune[0]
    rr = ins.rune
    if len(rr) == 1:
        return K_SET, rune_matcher(ins).__self__
    total = sum(rr[i + 1] - rr[i] + 1 for i in range(0, len(rr), 2))
    if total <= 512:
        return K_SET, frozenset(r for i in range(0, len(rr), 2) for r in range(rr[i], rr[i + 1] + 1))
    return K_FN, rune_matcher(ins)


class Machine:
    """The program in the arrays the VM and the DFA use."""

    __slots__ = ("ops", "outs", "args", "match", "start", "numcap", "prog", "kind", "val")

    def __init__(self, prog: C.Prog):
        self.prog = prog
        self.ops = [i.op for i in prog.inst]
        self.outs = [i.out for i in prog.inst]
        self.args = [i.arg for i in prog.inst]
        self.match = [rune_matcher(i) if i.op in (C.RUNE, C.RUNE1, C.RUNE_ANY, C.RUNE_ANY_NOT_NL) else None
                      for i in prog.inst]
        self.start = prog.start
        self.numcap = prog.numcap
        tests = [_rune_test(i) if i.op in (C.RUNE, C.RUNE1, C.RUNE_ANY, C.RUNE_ANY_NOT_NL) else (-1, None)
                 for i in prog.inst]
        self.kind = [t[0] for t in tests]
        self.val = [t[1] for t in tests]


_ALT, _ALTM, _CAP, _EMPTY, _MATCH, _FAIL, _NOP = C.ALT, C.ALT_MATCH, C.CAPTURE, C.EMPTY_WIDTH, C.MATCH, C.FAIL, C.NOP


def _add(m: Machine, q: list, seen: set, pc: int, pos: int, cap: list, flag: int):
    """Add the thread at pc (and everything it reaches without input) to q, in priority order."""
    ops, outs, args = m.ops, m.outs, m.args
    stack = [pc]
    pop = stack.pop
    push = stack.append
    while stack:
        pc = pop()
        if pc.__class__ is tuple:      # restore a capture slot after its subtree
            cap[pc[0]] = pc[1]
            continue
        if pc == 0 or pc in seen:
            continue
        seen.add(pc)
        op = ops[pc]
        if op == _ALT or op == _ALTM:
            push(args[pc])
            push(outs[pc])
        elif op == _NOP:
            push(outs[pc])
        elif op == _EMPTY:
            if args[pc] & ~flag == 0:
                push(outs[pc])
        elif op == _CAP:
            a = args[pc]
            if a < len(cap):
                push((a, cap[a]))
                cap[a] = pos
            push(outs[pc])
        elif op == _FAIL:
            pass
        else:
            q.append((pc, cap[:]))


def pike(m: Machine, rune, n: int, pos: int, ncap: int, longest: bool, anchored: bool,
         start_cond: int = 0, prefix_find=None, stop_early=False):
    """Run the VM from character position pos over runes rune(i) (END outside 0..n-1):
    the capture positions (ncap of them; [start, end] at least) of the match, or None.
    anchored: the match must start at pos (else Go's unanchored search).
    prefix_find(i): index of the next possible match start at or after i (or -1).
    stop_early: stop at the first match (Go's search without captures, which reads
    no further from a RuneReader)."""
    if start_cond == -1:
        return None
    ncap = max(ncap, 2)
    matched = False
    matchcap = [-1] * ncap
    ops, outs, match = m.ops, m.outs, m.match
    start = m.start
    r = rune(pos)
    r1 = rune(pos + 1) if r != END else END
    flag = empty_flags(rune(pos - 1) if pos > 0 else END, r)
    runq: list = []
    runseen: set = set()
    first = True
    while True:
        if not runq:
            if (start_cond & C.EMPTY_BEGIN_TEXT and pos != 0) or matched or (anchored and not first):
                break
            if prefix_find is not None and not first:
                k = prefix_find(pos)
                if k < 0:
                    break
                if k != pos:
                    pos = k
                    r = rune(pos)
                    r1 = rune(pos + 1) if r != END else END
                    flag = empty_flags(rune(pos - 1), r)
        if not matched and (first or not anchored):
            matchcap[0] = pos
            _add(m, runq, runseen, start, pos, matchcap, flag)
        first = False
        flag = empty_flags(r, r1)
        nextq: list = []
        nextseen: set = set()
        npos = pos + 1
        for pc, cap in runq:
            if longest and matched and matchcap[0] < cap[0]:
                continue
            op = ops[pc]
            if op == _MATCH:
                if not longest or not matched or matchcap[1] < pos:
                    cap[1] = pos
                    matchcap[:] = cap
                matched = True
                if not longest:
                    break  # cut the lower-priority threads
                continue
            if r == END:
                continue
            f = match[pc]
            if f is None or f(r):
                _add(m, nextq, nextseen, outs[pc], npos, cap, flag)
        if r == END or (stop_early and matched):
            break
        pos = npos
        r = r1
        if r != END:
            r1 = rune(pos + 1)
        runq, runseen = nextq, nextseen
    return matchcap if matched else None
