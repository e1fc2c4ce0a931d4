"""This file implements the printing of parse trees and programs as Go's syntax.Regexp.String and syntax.Prog.String do.

A tree prints as a regexp that parses to the same tree: flag groups (?i: (?m:
(?s: (?-m: ... are placed around the smallest spans that need them, computed as
Go's calcFlags does (what a piece must have, what it cannot have).
"""

from __future__ import annotations

from gopherpy.lib.regexp.syntax import parse as P
from gopherpy.lib.regexp.syntax import compile as C
from gopherpy.lib.regexp.syntax.charclass import MAX_FOLD, MIN_FOLD, MAX_RUNE, in_class, simple_fold

FLAG_I, FLAG_M, FLAG_S, FLAG_OFF, FLAG_PREC = 1, 2, 4, 8, 16
NEG_SHIFT = 5


def _add_span(start, last, f, spans):
    spans[id(start)] = f
    spans[id(last)] = spans.get(id(last), 0) | FLAG_OFF


def _calc_flags(re: P.Re, spans: dict):
    """(must, cant) print flags of re; records flag spans for concatenations and alternations."""
    op = re.op
    if op == P.LITERAL:
        for r in re.rune:
            if MIN_FOLD <= r <= MAX_FOLD and simple_fold(r) != r:
                return (FLAG_I, 0) if re.flags & P.FOLD_CASE else (0, FLAG_I)
        return 0, 0
    if op == P.CHAR_CLASS:
        rr = re.rune
        for k in range(0, len(rr), 2):
            lo = max(MIN_FOLD, rr[k])
            hi = min(MAX_FOLD, rr[k + 1])
            for r in range(lo, hi + 1):
                f = simple_fold(r)
                while f != r:
                    if not (lo <= f <= hi) and not in_class(f, rr):
                        return 0, FLAG_I
                    f = simple_fold(f)
        return 0, 0
    if op == P.ANY_CHAR_NOT_NL:
        return 0, FLAG_S
    if op == P.ANY_CHAR:
        return FLAG_S, 0
    if op in (P.BEGIN_LINE, P.END_LINE):
        return FLAG_M, 0
    if op == P.END_TEXT:
        return (0, FLAG_M) if re.flags & P.WAS_DOLLAR else (0, 0)
    if op in (P.CAPTURE, P.STAR, P.PLUS, P.QUEST, P.REPEAT):
        return _calc_flags(re.sub[0], spans)
    if op in (P.CONCAT, P.ALTERNATE):
        must = cant = all_cant = 0
        start = last = 0
        did = False
        for i, sub in enumerate(re.sub):
            smust, scant = _calc_flags(sub, spans)
            if must & scant or smust & cant:
                if must:
                    _add_span(re.sub[start], re.sub[last], must, spans)
                must = cant = 0
                start = i
                did = True
            must |= smust
            cant |= scant
            all_cant |= scant
            if smust:
                last = i
            if must == 0 and start == i:
                start += 1
        if not did:
            return must, cant
        if must:
            _add_span(re.sub[start], re.sub[last], must, spans)
        return 0, all_cant
    return 0, 0


META = b"\\.+*?()|[]{}^$"


def _is_print(r: int) -> bool:
    from gopherpy.lib.unicode import letter
    return letter.is_print(r)


def _escape(out: list, r: int, force: bool):
    if _is_print(r):
        if (r < 0x80 and bytes((r,)) in META) or force:
            out.append(b"\\")
        out.append(C.encode_rune(r))
        return
    esc = {7: b"\\a", 12: b"\\f", 10: b"\\n", 13: b"\\r", 9: b"\\t", 11: b"\\v"}.get(r)
    if esc is not None:
        out.append(esc)
    elif r < 0x100:
        out.append(b"\\x%02x" % r)
    else:
        out.append(b"\\x{%x}" % r)


def _write(out: list, re: P.Re, f: int, spans: dict):
    f |= spans.get(id(re), 0)
    if f & FLAG_PREC and f & ~(FLAG_OFF | FLAG_PREC) and f & FLAG_OFF:
        f &= ~FLAG_PREC
    if f & ~(FLAG_OFF | FLAG_PREC):
        out.append(b"(?")
        if f & FLAG_I:
            out.append(b"i")
        if f & FLAG_M:
            out.append(b"m")
        if f & FLAG_S:
            out.append(b"s")
        if f & ((FLAG_M | FLAG_S) << NEG_SHIFT):
            out.append(b"-")
            if f & (FLAG_M << NEG_SHIFT):
                out.append(b"m")
            if f & (FLAG_S << NEG_SHIFT):
                out.append(b"s")
        out.append(b":")
    if f & FLAG_PREC:
        out.append(b"(?:")
    op = re.op
    if op == P.NO_MATCH:
        out.append(b"[^\\x00-\\x{10FFFF}]")
    elif op == P.EMPTY_MATCH:
        out.append(b"(?:)")
    elif op == P.LITERAL:
        for r in re.rune:
            _escape(out, r, False)
    elif op == P.CHAR_CLASS:
        rr = re.rune
        if len(rr) % 2:
            out.append(b"[invalid char class]")
        else:
            out.append(b"[")
            if not rr:
                out.append(b"^\\x00-\\x{10FFFF}")
            elif rr[0] == 0 and rr[-1] == MAX_RUNE and len(rr) > 2:
                out.append(b"^")
                for k in range(1, len(rr) - 1, 2):
                    _range(out, rr[k] + 1, rr[k + 1] - 1)
            else:
                for k in range(0, len(rr), 2):
                    _range(out, rr[k], rr[k + 1])
            out.append(b"]")
    elif op in (P.ANY_CHAR_NOT_NL, P.ANY_CHAR):
        out.append(b".")
    elif op == P.BEGIN_LINE:
        out.append(b"^")
    elif op == P.END_LINE:
        out.append(b"$")
    elif op == P.BEGIN_TEXT:
        out.append(b"\\A")
    elif op == P.END_TEXT:
        out.append(b"$" if re.flags & P.WAS_DOLLAR else b"\\z")
    elif op == P.WORD_BOUNDARY:
        out.append(b"\\b")
    elif op == P.NO_WORD_BOUNDARY:
        out.append(b"\\B")
    elif op == P.CAPTURE:
        if re.name:
            out.append(b"(?P<" + re.name + b">")
        else:
            out.append(b"(")
        if re.sub[0].op != P.EMPTY_MATCH:
            _write(out, re.sub[0], spans.get(id(re.sub[0]), 0), spans)
        out.append(b")")
    elif op in (P.STAR, P.PLUS, P.QUEST, P.REPEAT):
        sub = re.sub[0]
        p = FLAG_PREC if sub.op > P.CAPTURE or (sub.op == P.LITERAL and len(sub.rune) > 1) else 0
        _write(out, sub, p, spans)
        if op == P.STAR:
            out.append(b"*")
        elif op == P.PLUS:
            out.append(b"+")
        elif op == P.QUEST:
            out.append(b"?")
        else:
            out.append(b"{%d" % re.min)
            if re.max != re.min:
                out.append(b",")
                if re.max >= 0:
                    out.append(b"%d" % re.max)
            out.append(b"}")
        if re.flags & P.NON_GREEDY:
            out.append(b"?")
    elif op == P.CONCAT:
        for sub in re.sub:
            _write(out, sub, FLAG_PREC if sub.op == P.ALTERNATE else 0, spans)
    elif op == P.ALTERNATE:
        for k, sub in enumerate(re.sub):
            if k:
                out.append(b"|")
            _write(out, sub, 0, spans)
    else:
        out.append(b"<invalid op%d>" % op)
    if f & FLAG_PREC:
        out.append(b")")
    if f & FLAG_OFF:
        out.append(b")")


def _range(out, lo, hi):
    _escape(out, lo, lo == 0x2D)
    if lo != hi:
        if hi != lo + 1:
            out.append(b"-")
        _escape(out, hi, hi == 0x2D)


def regexp_string(re: P.Re) -> bytes:
    """Go's syntax.Regexp.String."""
    spans: dict = {}
    must, cant = _calc_flags(re, spans)
    must |= (cant & ~FLAG_I) << NEG_SHIFT
    if must:
        must |= FLAG_OFF
    out: list = []
    _write(out, re, must, spans)
    return b"".join(out)


def _quote_ascii(runes) -> bytes:
    from gopherpy.lib.strconv import quote as q
    return q.quote_to_ascii(b"".join(C.encode_rune(r) for r in runes))


def inst_string(i: C.Inst) -> bytes:
    op = i.op
    if op == C.ALT:
        return b"alt -> %d, %d" % (i.out, i.arg)
    if op == C.ALT_MATCH:
        return b"altmatch -> %d, %d" % (i.out, i.arg)
    if op == C.CAPTURE:
        return b"cap %d -> %d" % (i.arg, i.out)
    if op == C.EMPTY_WIDTH:
        return b"empty %d -> %d" % (i.arg, i.out)
    if op == C.MATCH:
        return b"match"
    if op == C.FAIL:
        return b"fail"
    if op == C.NOP:
        return b"nop -> %d" % i.out
    if op == C.RUNE:
        s = b"" if i.rune is not None else b"rune <nil>"
        s += b"rune " + _quote_ascii(i.rune or [])
        if i.arg & P.FOLD_CASE:
            s += b"/i"
        return s + b" -> %d" % i.out
    if op == C.RUNE1:
        return b"rune1 " + _quote_ascii(i.rune) + b" -> %d" % i.out
    if op == C.RUNE_ANY:
        return b"any -> %d" % i.out
    if op == C.RUNE_ANY_NOT_NL:
        return b"anynotnl -> %d" % i.out
    return b""


def prog_string(p: C.Prog) -> bytes:
    """Go's syntax.Prog.String."""
    out = []
    for j, i in enumerate(p.inst):
        pc = b"%d" % j
        if len(pc) < 3:
            out.append(b"   "[len(pc):])
        if j == p.start:
            pc += b"*"
        out.append(pc + b"\t" + inst_string(i) + b"\n")
    return b"".join(out)
