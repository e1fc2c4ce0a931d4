"""This file implements a lazily built DFA over the Pike VM's thread lists (as RE2's dfa.cc does), for fast searches without submatches.

A DFA state is what the VM's run queue holds between two characters, without
captures: the ordered tuple of instructions reached by the last character (not
yet expanded), whether a match was already seen (unanchored leftmost-first
searches stop adding start threads then), and the class of the previous
character (beginning of text, newline, word character, other), which together
with the next character decides the empty-width tests. A transition on a
character expands the tuple in priority order exactly as the VM does (Alt: Out
before Arg; the start thread last while searching), notes whether a Match
instruction is reached (a match ends here; leftmost-first cuts what follows it),
and steps the rune instructions. Transitions are cached per state in a dict keyed
by the character (None: the end of the text).

Three searches use it: forward leftmost-first from a position (where the
highest-priority match ends: the last match position before the state dies),
forward anchored longest (POSIX: the furthest end from a known start), and the
reversed program anchored at a match's end run backwards (longest: where the
leftmost match starts). The cache is bounded: past MAX_STATES states a search
raises Overflow and the caller falls back to the Pike VM.
"""

from __future__ import annotations

from gopherpy.lib.regexp.exec import END, Machine, empty_flags, is_word
from gopherpy.lib.regexp.syntax import compile as C

MAX_STATES = 3000

# classes of the character before a position, with a representative rune each
CTX_BEGIN, CTX_NEWLINE, CTX_WORD, CTX_OTHER = 0, 1, 2, 3
_REP = (END, 10, 0x61, 0x21)


class Overflow(Exception):
    """The DFA's state cache is full."""


class State:
    __slots__ = ("pcs", "matched", "ctx", "next", "fast", "dead", "idle")

    def __init__(self, pcs, matched, ctx, dead, idle):
        self.pcs = pcs
        self.matched = matched
        self.ctx = ctx
        self.next = {}   # character -> (state, a match ends before it)
        self.fast = {}   # character -> state, for the plain transitions (no match, next state live and busy)
        self.dead = dead
        self.idle = idle  # searching, no thread alive: the next match starts at the prefix


def _rune_of(c: str) -> int:
    r = ord(c)
    return 0xFFFD if 0xDC80 <= r <= 0xDCFF else r


def _ctx_of(r: int) -> int:
    if r == END:
        return CTX_BEGIN
    if r == 10:
        return CTX_NEWLINE
    if is_word(r):
        return CTX_WORD
    return CTX_OTHER


class DFA:
    def __init__(self, m: Machine, longest: bool, anchored: bool, prefix: str = ""):
        self.m = m
        self.prefix = prefix  # literal every match starts with (unanchored searches skip to it)
        self.longest = longest
        self.anchored = anchored
        self.states: dict = {}
        self.uses_ctx = C.EMPTY_WIDTH in m.ops
        self.overflows = 0
        self.starts = [None] * 4  # start state by context class

    def state(self, pcs: tuple, matched: bool, ctx: int) -> State:
        if not self.uses_ctx:
            ctx = CTX_OTHER
        if self.anchored:
            matched = False
        key = (pcs, matched, ctx)
        st = self.states.get(key)
        if st is None:
            if len(self.states) >= MAX_STATES:
                self.states = {}
                self.starts = [None] * 4
                self.overflows += 1
                raise Overflow()
            st = State(pcs, matched, ctx, not pcs and (matched or self.anchored),
                       bool(self.prefix) and not pcs and not matched and not self.anchored)
            self.states[key] = st
        return st

    def start(self, prev_rune: int) -> State:
        ctx = _ctx_of(prev_rune)
        st = self.starts[ctx]
        if st is None:
            pcs = (self.m.start,) if self.anchored else ()
            st = self.starts[ctx] = self.state(pcs, False, ctx)
        return st

    def step(self, st: State, c):
        """(next state, whether a match ends before c) for character c (None: end of text)."""
        m = self.m
        ops, outs, args, match = m.ops, m.outs, m.args, m.match
        r = END if c is None else _rune_of(c)
        flag = empty_flags(_REP[st.ctx], r)
        leaves = []
        seen = set()
        roots = list(st.pcs)
        if not self.anchored and not st.matched:
            roots.append(m.start)
        for root in roots:
            stack = [root]
            while stack:
                pc = stack.pop()
                if pc == 0 or pc in seen:
                    continue
                seen.add(pc)
                op = ops[pc]
                if op == C.ALT or op == C.ALT_MATCH:
                    stack.append(args[pc])
                    stack.append(outs[pc])
                elif op == C.NOP or op == C.CAPTURE:
                    stack.append(outs[pc])
                elif op == C.EMPTY_WIDTH:
                    if args[pc] & ~flag == 0:
                        stack.append(outs[pc])
                elif op != C.FAIL:
                    leaves.append(pc)
        matched_here = False
        nxt = []
        nseen = set()
        for pc in leaves:
            if ops[pc] == C.MATCH:
                matched_here = True
                if not self.longest:
                    break  # lower-priority threads are cut
                continue
            if r == END:
                continue
            f = match[pc]
            if f is None or f(r):
                o = outs[pc]
                if o not in nseen:
                    nseen.add(o)
                    nxt.append(o)
        ns = self.state(tuple(nxt), st.matched or matched_here, _ctx_of(r))
        t = (ns, matched_here)
        st.next[c] = t
        if not matched_here and not ns.dead and not ns.idle and c is not None:
            st.fast[c] = ns
        return t

    # -- searches -----------------------------------------------------------------------------

    def first_match_end(self, text, pos: int, earliest: bool = False) -> int:
        """Forward search from character pos: where the match the VM would report ends
        (earliest: where any match first ends), or -1."""
        s = text.s
        n = text.n
        st = self.start(text.rune(pos - 1) if pos > 0 else END)
        last = -1
        i = pos
        step = self.step
        prefix = self.prefix
        while True:
            fast = st.fast
            while i < n:
                nx = fast.get(s[i])
                if nx is None:
                    break
                st = nx
                fast = nx.fast
                i += 1
            if i >= n:
                break
            if st.idle:
                # no thread alive: skip to where the literal prefix occurs
                k = s.find(prefix, i)
                if k < 0:
                    return last
                if k != i:
                    i = k
                    st = self.state((), False, _ctx_of(text.rune(i - 1)))
            c = s[i]
            t = st.next.get(c)
            if t is None:
                t = step(st, c)
            st = t[0]
            if t[1]:
                last = i
                if earliest:
                    return i
            if st.dead:
                return last
            i += 1
        t = st.next.get(None)
        if t is None:
            t = step(st, None)
        if t[1]:
            last = n
        return last

    def longest_end(self, text, pos: int) -> int:
        """Anchored at pos (a longest-match DFA): the furthest end of a match, or -1."""
        return self.first_match_end(text, pos)

    def leftmost_start(self, text, end: int, lo: int) -> int:
        """Run the reversed program backwards from end, no further left than lo: the
        smallest start of a match ending at end, or -1."""
        s = text.s
        st = self.start(text.rune(end))
        last = -1
        b = end
        step = self.step
        while True:
            c = s[b - 1] if b > 0 else None
            t = st.next.get(c)
            if t is None:
                t = step(st, c)
            if t[1]:
                last = b
            st = t[0]
            if b <= lo or st.dead:
                return last
            b -= 1
