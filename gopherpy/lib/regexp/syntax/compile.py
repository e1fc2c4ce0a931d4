"""This file implements Simplify and the compilation of a parse tree to a program (Go's syntax.Simplify, syntax.Compile, syntax.Prog).

The program is Go's: instruction 0 is Fail, captures 2k and 2k+1 record group
k, a star whose body can match empty is compiled as (x+)? — these choices decide
which submatches a Pike VM reports, so they follow Go's compiler. Patch lists are
lists of (instruction, field) pairs instead of Go's threaded encoding.

compile_reverse builds the program of the reversed language (concatenations and
strings backwards, ^ and $ exchanged, captures dropped), used by the DFA to find
where a match starts.
"""

from __future__ import annotations

from gopherpy.lib.regexp.syntax import parse as P
from gopherpy.lib.regexp.syntax.charclass import MAX_RUNE, simple_fold

# instruction ops (Go's syntax.InstOp)
ALT, ALT_MATCH, CAPTURE, EMPTY_WIDTH, MATCH, FAIL, NOP, RUNE, RUNE1, RUNE_ANY, RUNE_ANY_NOT_NL = range(11)

# empty-width conditions (Go's syntax.EmptyOp)
EMPTY_BEGIN_LINE, EMPTY_END_LINE, EMPTY_BEGIN_TEXT, EMPTY_END_TEXT = 1, 2, 4, 8
EMPTY_WORD_BOUNDARY, EMPTY_NO_WORD_BOUNDARY = 16, 32

ANY_RUNE_NOT_NL = [0, 9, 11, MAX_RUNE]
ANY_RUNE = [0, MAX_RUNE]


class Inst:
    __slots__ = ("op", "out", "arg", "rune")

    def __init__(self, op):
        self.op = op
        self.out = 0
        self.arg = 0
        self.rune = None

    def __repr__(self):
        return f"Inst({self.op}, out={self.out}, arg={self.arg}, rune={self.rune})"


class Prog:
    """Go's syntax.Prog: inst (list of Inst), start, numcap."""

    __slots__ = ("inst", "start", "numcap")

    def __init__(self):
        self.inst = []
        self.start = 0
        self.numcap = 2

    def skip_nop(self, pc: int) -> Inst:
        i = self.inst[pc]
        while i.op in (NOP, CAPTURE):
            i = self.inst[i.out]
        return i

    def prefix(self):
        """Go's Prog.Prefix: the literal every match starts with, and whether it is all."""
        i = self.skip_nop(self.start)
        if _base_op(i.op) != RUNE or len(i.rune) != 1:
            return b"", i.op == MATCH
        out = []
        while _base_op(i.op) == RUNE and len(i.rune) == 1 and not (i.arg & P.FOLD_CASE) and i.rune[0] != 0xFFFD:
            out.append(encode_rune(i.rune[0]))
            i = self.skip_nop(i.out)
        return b"".join(out), i.op == MATCH

    def start_cond(self) -> int:
        """The empty-width conditions every match must satisfy at its start; -1: none can."""
        flag = 0
        pc = self.start
        while True:
            i = self.inst[pc]
            if i.op == EMPTY_WIDTH:
                flag |= i.arg
            elif i.op == FAIL:
                return -1
            elif i.op not in (CAPTURE, NOP):
                return flag
            pc = i.out


def encode_rune(r: int) -> bytes:
    """The UTF-8 of r as Go writes it (surrogates and invalid runes as U+FFFD)."""
    if r < 0x80:
        return bytes((r,))
    if 0xD800 <= r <= 0xDFFF or r > MAX_RUNE:
        return b"\xef\xbf\xbd"
    return chr(r).encode()


def _base_op(op):
    return RUNE if op in (RUNE1, RUNE_ANY, RUNE_ANY_NOT_NL) else op


# -- Simplify ------------------------------------------------------------------------------------

def simplify(re: P.Re) -> P.Re:
    """Go's Regexp.Simplify: counted repetitions expanded, x** and the like reduced."""
    op = re.op
    if op in (P.CAPTURE, P.CONCAT, P.ALTERNATE):
        subs = [simplify(s) for s in re.sub]
        if all(a is b for a, b in zip(subs, re.sub)):
            return re
        n = re.copy()
        n.rune = []
        n.sub = subs
        return n
    if op in (P.STAR, P.PLUS, P.QUEST):
        return _simplify1(op, re.flags, simplify(re.sub[0]), re)
    if op == P.REPEAT:
        if re.min == 0 and re.max == 0:
            return P.Re(P.EMPTY_MATCH)
        sub = simplify(re.sub[0])
        if re.max == -1:
            if re.min == 0:
                return _simplify1(P.STAR, re.flags, sub, None)
            if re.min == 1:
                return _simplify1(P.PLUS, re.flags, sub, None)
            n = P.Re(P.CONCAT)
            n.sub = [sub] * (re.min - 1) + [_simplify1(P.PLUS, re.flags, sub, None)]
            return n
        if re.min == 1 and re.max == 1:
            return sub
        prefix = None
        if re.min > 0:
            prefix = P.Re(P.CONCAT)
            prefix.sub = [sub] * re.min
        if re.max > re.min:
            suffix = _simplify1(P.QUEST, re.flags, sub, None)
            for _ in range(re.min + 1, re.max):
                n2 = P.Re(P.CONCAT)
                n2.sub = [sub, suffix]
                suffix = _simplify1(P.QUEST, re.flags, n2, None)
            if prefix is None:
                return suffix
            prefix.sub.append(suffix)
        if prefix is not None:
            return prefix
        return P.Re(P.NO_MATCH)
    return re


def _simplify1(op, flags, sub, re):
    if sub.op == P.EMPTY_MATCH:
        return sub
    if op == sub.op and flags & P.NON_GREEDY == sub.flags & P.NON_GREEDY:
        return sub
    if re is not None and re.op == op and re.flags & P.NON_GREEDY == flags & P.NON_GREEDY and sub is re.sub[0]:
        return re
    n = P.Re(op, flags)
    n.sub = [sub]
    return n


def max_cap(re: P.Re) -> int:
    m = re.cap if re.op == P.CAPTURE else 0
    for s in re.sub:
        m = max(m, max_cap(s))
    return m


def cap_names(re: P.Re) -> list:
    names = [b""] * (max_cap(re) + 1)

    def walk(r):
        if r.op == P.CAPTURE:
            names[r.cap] = r.name
        for s in r.sub:
            walk(s)
    walk(re)
    return names


# -- Compile ---------------------------------------------------------------------------------------

class _Frag:
    __slots__ = ("i", "out", "nullable")

    def __init__(self, i, out, nullable):
        self.i = i          # first instruction (0: the fragment never matches)
        self.out = out      # list of (Inst, "out" | "arg") to patch with the next instruction
        self.nullable = nullable


class _Compiler:
    def __init__(self, reverse=False):
        self.p = Prog()
        self.reverse = reverse
        self.inst(FAIL)

    def inst(self, op) -> int:
        self.p.inst.append(Inst(op))
        return len(self.p.inst) - 1

    @staticmethod
    def patch(out, val):
        for ins, field in out:
            setattr(ins, field, val)

    def nop(self):
        i = self.inst(NOP)
        return _Frag(i, [(self.p.inst[i], "out")], True)

    def fail(self):
        return _Frag(0, [], False)

    def cap(self, arg):
        if self.reverse:
            return self.nop()
        i = self.inst(CAPTURE)
        self.p.inst[i].arg = arg
        if self.p.numcap < arg + 1:
            self.p.numcap = arg + 1
        return _Frag(i, [(self.p.inst[i], "out")], True)

    def cat(self, f1, f2):
        if f1.i == 0 or f2.i == 0:
            return _Frag(0, [], False)
        if self.reverse:
            f1, f2 = f2, f1
        self.patch(f1.out, f2.i)
        return _Frag(f1.i, f2.out, f1.nullable and f2.nullable)

    def alt(self, f1, f2):
        if f1.i == 0:
            return f2
        if f2.i == 0:
            return f1
        i = self.inst(ALT)
        ins = self.p.inst[i]
        ins.out = f1.i
        ins.arg = f2.i
        return _Frag(i, f1.out + f2.out, f1.nullable or f2.nullable)

    def quest(self, f1, nongreedy):
        i = self.inst(ALT)
        ins = self.p.inst[i]
        if nongreedy:
            ins.arg = f1.i
            out = [(ins, "out")]
        else:
            ins.out = f1.i
            out = [(ins, "arg")]
        return _Frag(i, out + f1.out, True)

    def loop(self, f1, nongreedy):
        i = self.inst(ALT)
        ins = self.p.inst[i]
        if nongreedy:
            ins.arg = f1.i
            out = [(ins, "out")]
        else:
            ins.out = f1.i
            out = [(ins, "arg")]
        self.patch(f1.out, i)
        return _Frag(i, out, True)

    def star(self, f1, nongreedy):
        if f1.nullable:
            # (x+)?: a loop around an empty-matching body would let it match
            # empty forever (Go's fix for issue 46123)
            return self.quest(self.plus(f1, nongreedy), nongreedy)
        return self.loop(f1, nongreedy)

    def plus(self, f1, nongreedy):
        return _Frag(f1.i, self.loop(f1, nongreedy).out, f1.nullable)

    def empty(self, op):
        if self.reverse:
            op = _REVERSE_EMPTY.get(op, op)
        i = self.inst(EMPTY_WIDTH)
        self.p.inst[i].arg = op
        return _Frag(i, [(self.p.inst[i], "out")], True)

    def rune(self, r, flags):
        i = self.inst(RUNE)
        ins = self.p.inst[i]
        ins.rune = r
        flags &= P.FOLD_CASE
        if len(r) != 1 or simple_fold(r[0]) == r[0]:
            flags &= ~P.FOLD_CASE
        ins.arg = flags
        if not flags & P.FOLD_CASE and (len(r) == 1 or (len(r) == 2 and r[0] == r[1])):
            ins.op = RUNE1
        elif len(r) == 2 and r[0] == 0 and r[1] == MAX_RUNE:
            ins.op = RUNE_ANY
        elif len(r) == 4 and r[0] == 0 and r[1] == 9 and r[2] == 11 and r[3] == MAX_RUNE:
            ins.op = RUNE_ANY_NOT_NL
        return _Frag(i, [(ins, "out")], False)

    def compile(self, re: P.Re) -> _Frag:
        op = re.op
        if op == P.NO_MATCH:
            return self.fail()
        if op == P.EMPTY_MATCH:
            return self.nop()
        if op == P.LITERAL:
            if not re.rune:
                return self.nop()
            f = None
            for r in re.rune:
                f1 = self.rune([r], re.flags)
                f = f1 if f is None else self.cat(f, f1)
            return f
        if op == P.CHAR_CLASS:
            return self.rune(re.rune, re.flags)
        if op == P.ANY_CHAR_NOT_NL:
            return self.rune(ANY_RUNE_NOT_NL, 0)
        if op == P.ANY_CHAR:
            return self.rune(ANY_RUNE, 0)
        if op in _EMPTY_OPS:
            return self.empty(_EMPTY_OPS[op])
        if op == P.CAPTURE:
            bra = self.cap(re.cap << 1)
            sub = self.compile(re.sub[0])
            ket = self.cap(re.cap << 1 | 1)
            return self.cat(self.cat(bra, sub), ket)
        nongreedy = bool(re.flags & P.NON_GREEDY)
        if op == P.STAR:
            return self.star(self.compile(re.sub[0]), nongreedy)
        if op == P.PLUS:
            return self.plus(self.compile(re.sub[0]), nongreedy)
        if op == P.QUEST:
            return self.quest(self.compile(re.sub[0]), nongreedy)
        if op == P.CONCAT:
            if not re.sub:
                return self.nop()
            f = None
            for sub in re.sub:
                f1 = self.compile(sub)
                f = f1 if f is None else self.cat(f, f1)
            return f
        if op == P.ALTERNATE:
            f = _Frag(0, [], False)
            for sub in re.sub:
                f = self.alt(f, self.compile(sub))
            return f
        raise ValueError("regexp: unhandled case in compile")


_EMPTY_OPS = {P.BEGIN_LINE: EMPTY_BEGIN_LINE, P.END_LINE: EMPTY_END_LINE,
              P.BEGIN_TEXT: EMPTY_BEGIN_TEXT, P.END_TEXT: EMPTY_END_TEXT,
              P.WORD_BOUNDARY: EMPTY_WORD_BOUNDARY, P.NO_WORD_BOUNDARY: EMPTY_NO_WORD_BOUNDARY}
_REVERSE_EMPTY = {EMPTY_BEGIN_LINE: EMPTY_END_LINE, EMPTY_END_LINE: EMPTY_BEGIN_LINE,
                  EMPTY_BEGIN_TEXT: EMPTY_END_TEXT, EMPTY_END_TEXT: EMPTY_BEGIN_TEXT}


def compile_prog(re: P.Re, reverse=False) -> Prog:
    """Go's syntax.Compile of a simplified tree (reverse: the reversed language)."""
    c = _Compiler(reverse)
    f = c.compile(re)
    m = c.inst(MATCH)
    c.patch(f.out, m)
    c.p.start = f.i
    return c.p
