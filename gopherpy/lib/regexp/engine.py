"""This file implements a compiled regular expression and its searches: which engine runs (DFA, Pike VM), and Go's loops over successive matches.

find(text, pos, ncap, longest) is Go's Regexp.doExecute: the capture positions of
the match at or after character pos. The DFA finds the match's end (leftmost-
first) and, running the reversed program backwards, its start; POSIX searches then
extend the end with an anchored longest-match DFA; submatches come from the Pike
VM anchored at that start (no match can start earlier, so the anchored VM
reports what Go's unanchored one does). A full DFA cache falls back to the VM.

matches() is Go's loop for the FindAll family (an empty match right after the
previous match is skipped, the search moves on by one character after an empty
match); replace() is Go's replaceAll loop, which differs in when an empty match
is replaced. Positions are character indexes of a Text (exec.py).
"""

from __future__ import annotations

from gopherpy.lib.regexp.backtrack import backtrack
from gopherpy.lib.regexp.dfa import DFA, Overflow
from gopherpy.lib.regexp.exec import Machine, Text, pike
from gopherpy.lib.regexp.onepass import is_onepass, onepass_prefix
from gopherpy.lib.regexp.syntax import compile as C
from gopherpy.lib.regexp.syntax import parse as P

MAX_OVERFLOWS = 8  # after this many cache overflows a regexp uses the Pike VM only
MAX_BACKTRACK = 256 * 1024  # instructions x characters the backtracker's visited set may cover


class Engine:
    def __init__(self, expr: bytes, posix: bool, flags: int | None = None):
        if flags is None:
            flags = P.POSIX if posix else P.PERL
        re = P.parse(expr, flags)
        self.numsubexp = C.max_cap(re)
        self.names = C.cap_names(re)
        sre = C.simplify(re)
        prog = C.compile_prog(sre)
        self.prog = prog
        self.m = Machine(prog)
        self.ninst = len(prog.inst)
        self.cond = prog.start_cond()
        self.prefix, complete = prog.prefix()
        if is_onepass(prog):
            self.lit_prefix, self.complete = onepass_prefix(prog)
        else:
            self.lit_prefix, self.complete = self.prefix, complete
        self._sprefix = self.prefix.decode("utf-8", "surrogateescape") if self.prefix else ""
        self.min_len = min_input_len(sre)
        self._sre = sre
        self._first = None
        self._first_anch = None
        self.begin_text = self.cond != -1 and bool(self.cond & C.EMPTY_BEGIN_TEXT)
        self._longest = None
        self._rev = None
        self.use_dfa = True

    # DFAs are built on first use
    def dfa_first(self) -> DFA:
        d = self._first
        if d is None:
            d = self._first = DFA(self.m, longest=False, anchored=False, prefix=self._sprefix)
        return d

    def dfa_first_anchored(self) -> DFA:
        """Leftmost-first, anchored: for programs that must start at the text's beginning."""
        d = self._first_anch
        if d is None:
            d = self._first_anch = DFA(self.m, longest=False, anchored=True)
        return d

    def dfa_longest(self) -> DFA:
        d = self._longest
        if d is None:
            d = self._longest = DFA(self.m, longest=True, anchored=True)
        return d

    def dfa_rev(self) -> DFA:
        d = self._rev
        if d is None:
            d = self._rev = DFA(Machine(C.compile_prog(self._sre, reverse=True)), longest=True, anchored=True)
        return d

    def _overflowed(self):
        n = sum(d.overflows for d in (self._first, self._first_anch, self._longest, self._rev) if d is not None)
        if n >= MAX_OVERFLOWS:
            self.use_dfa = False

    def _prefix_find(self, text):
        sp = self._sprefix
        if not sp:
            return None
        s = text.s
        return lambda i: s.find(sp, i)

    def find(self, text: Text, pos: int, ncap: int, longest: bool):
        """Go's doExecute: the ncap capture positions (at least [start, end]) of the
        match at or after character pos, or None."""
        if self.cond == -1 or text.n - pos < 0 or (self.begin_text and pos != 0):
            return None
        if self.use_dfa:
            try:
                fwd = self.dfa_first_anchored() if self.begin_text else self.dfa_first()
                e = fwd.first_match_end(text, pos)
                if e < 0:
                    return None
                s = self.dfa_rev().leftmost_start(text, e, pos)
                if longest:
                    e = self.dfa_longest().longest_end(text, s)
                if ncap <= 2:
                    return [s, e]
                if self.ninst * (text.n - s + 1) <= MAX_BACKTRACK:
                    return backtrack(self.m, text.codes(), text.n, s, ncap, longest)
                return pike(self.m, text.rune, text.n, s, ncap, longest, True)
            except Overflow:
                self._overflowed()
        return pike(self.m, text.rune, text.n, pos, ncap, longest, False, self.cond, self._prefix_find(text))

    def match(self, text: Text) -> bool:
        if self.cond == -1:
            return False
        if self.use_dfa:
            try:
                fwd = self.dfa_first_anchored() if self.begin_text else self.dfa_first()
                return fwd.first_match_end(text, 0, earliest=True) >= 0
            except Overflow:
                self._overflowed()
        return pike(self.m, text.rune, text.n, 0, 2, False, False, self.cond, self._prefix_find(text)) is not None

    def matches(self, text: Text, limit: int, ncap: int, longest: bool):
        """Go's loop of the FindAll family: successive matches (capture lists, in
        characters), at most limit of them (limit < 0: all)."""
        out = []
        if limit == 0:
            return out
        end = text.n
        pos = 0
        prev_end = -1
        while pos <= end:
            m = self.find(text, pos, ncap, longest)
            if m is None:
                break
            accept = True
            if m[1] == pos:
                # an empty match: not right after the previous match; move on one character
                if m[0] == prev_end:
                    accept = False
                pos = pos + 1 if pos < end else end + 1
            else:
                pos = m[1]
            prev_end = m[1]
            if accept:
                out.append(m)
                if 0 < limit == len(out):
                    break
        return out

    def replace(self, text: Text, ncap: int, longest: bool, repl):
        """Go's replaceAll loop: repl(match) -> bytes for each match; the result."""
        b = text.b
        out = []
        last_end = 0     # in characters
        search = 0
        end = text.n
        bp = text.byte_pos
        while search <= end:
            a = self.find(text, search, ncap, longest)
            if a is None:
                break
            out.append(b[bp(last_end):bp(a[0])])
            # no replacement for an empty match right after another match
            if a[1] > last_end or a[0] == 0:
                out.append(repl(a))
            last_end = a[1]
            width = 1 if search < end else 0
            if search + width > a[1]:
                search += width
            elif search + 1 > a[1]:
                search += 1
            else:
                search = a[1]
        out.append(b[bp(last_end):])
        return b"".join(out)


def min_input_len(re: P.Re) -> int:
    op = re.op
    if op in (P.ANY_CHAR, P.ANY_CHAR_NOT_NL, P.CHAR_CLASS):
        return 1
    if op == P.LITERAL:
        return sum(1 if r == 0xFFFD else len(C.encode_rune(r)) for r in re.rune)
    if op in (P.CAPTURE, P.PLUS):
        return min_input_len(re.sub[0])
    if op == P.REPEAT:
        return re.min * min_input_len(re.sub[0])
    if op == P.CONCAT:
        return sum(min_input_len(s) for s in re.sub)
    if op == P.ALTERNATE:
        return min(min_input_len(s) for s in re.sub)
    return 0


def extract(t: bytes, i: int):
    """Go's extract for Expand: a $name or ${name} at t[i:] -> (name, num, next index) or None."""
    from gopherpy.lib.unicode import letter
    n = len(t)
    if i >= n:
        return None
    brace = False
    if t[i] == 0x7B:
        brace = True
        i += 1
    j = i
    while j < n:
        r, size = P.decode_rune(t, j)
        if not (letter.is_letter(r) or letter.is_digit(r) or r == 0x5F):
            break
        j += size
    if j == i:
        return None
    name = t[i:j]
    if brace:
        if j >= n or t[j] != 0x7D:
            return None
        j += 1
    num = 0
    for c in name:
        if c < 0x30 or c > 0x39 or num >= 100000000:
            num = -1
            break
        num = num * 10 + c - 0x30
    if name[0] == 0x30 and len(name) > 1:
        num = -1
    return name, num, j


def expand(out: list, template: bytes, src: bytes, match: list, names: list):
    """Go's Regexp.expand: append template with $1, ${name}, $$ replaced (match in bytes)."""
    i = 0
    n = len(template)
    while i < n:
        k = template.find(b"$", i)
        if k < 0:
            break
        out.append(template[i:k])
        i = k + 1
        if i < n and template[i] == 0x24:
            out.append(b"$")
            i += 1
            continue
        x = extract(template, i)
        if x is None:
            out.append(b"$")
            continue
        name, num, i = x
        if num >= 0:
            if 2 * num + 1 < len(match) and match[2 * num] >= 0:
                out.append(src[match[2 * num]:match[2 * num + 1]])
        else:
            for gi, gname in enumerate(names):
                if name == gname and 2 * gi + 1 < len(match) and match[2 * gi] >= 0:
                    out.append(src[match[2 * gi]:match[2 * gi + 1]])
                    break
    out.append(template[i:])
