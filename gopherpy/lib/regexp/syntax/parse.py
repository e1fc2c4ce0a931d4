"""This file implements the parser of Go's regular expression syntax (RE2's), as Go's regexp/syntax.Parse does.

The parser keeps a stack of parsed pieces with two pseudo-operators, '(' and '|',
and reduces it at ')' and at the end exactly as Go's does, so that the trees (and
with them the compiled programs, which decide submatch positions) are Go's:
literal runes are merged into strings as they are pushed, single-rune classes
become literals, alternations are factored (common literal prefixes, common
simple leading pieces, runs of single characters merged into one class, runs of
empty matches), `x|y` of characters merges into a class as the bar is parsed.
Errors are `RegexpError(code, expr)` with Go's codes and the same offending text.

The pattern is a Go string (Python bytes); offsets into it are byte offsets.
Runes are ints; character classes are flat lists [lo0, hi0, lo1, hi1, ...].
"""

from __future__ import annotations

from gopherpy.lib.regexp.syntax import charclass as cc
from gopherpy.lib.regexp.syntax.charclass import MAX_RUNE

# Op values (Go's syntax.Op numbering: the order matters where classes merge)
NO_MATCH, EMPTY_MATCH, LITERAL, CHAR_CLASS, ANY_CHAR_NOT_NL, ANY_CHAR = 1, 2, 3, 4, 5, 6
BEGIN_LINE, END_LINE, BEGIN_TEXT, END_TEXT, WORD_BOUNDARY, NO_WORD_BOUNDARY = 7, 8, 9, 10, 11, 12
CAPTURE, STAR, PLUS, QUEST, REPEAT, CONCAT, ALTERNATE = 13, 14, 15, 16, 17, 18, 19
PSEUDO = 128
LEFT_PAREN, VERTICAL_BAR = 128, 129

# Flags (Go's syntax.Flags bits)
FOLD_CASE, LITERAL_FLAG, CLASS_NL, DOT_NL, ONE_LINE, NON_GREEDY = 1, 2, 4, 8, 16, 32
PERL_X, UNICODE_GROUPS, WAS_DOLLAR, SIMPLE = 64, 128, 256, 512
MATCH_NL = CLASS_NL | DOT_NL
PERL = CLASS_NL | ONE_LINE | PERL_X | UNICODE_GROUPS
POSIX = 0

# Go's error codes
ERR_INTERNAL = "regexp/syntax: internal error"
ERR_INVALID_CHAR_CLASS = "invalid character class"
ERR_INVALID_CHAR_RANGE = "invalid character class range"
ERR_INVALID_ESCAPE = "invalid escape sequence"
ERR_INVALID_NAMED_CAPTURE = "invalid named capture"
ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax"
ERR_INVALID_REPEAT_OP = "invalid nested repetition operator"
ERR_INVALID_REPEAT_SIZE = "invalid repeat count"
ERR_INVALID_UTF8 = "invalid UTF-8"
ERR_MISSING_BRACKET = "missing closing ]"
ERR_MISSING_PAREN = "missing closing )"
ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator"
ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression"
ERR_UNEXPECTED_PAREN = "unexpected )"
ERR_NESTING_DEPTH = "expression nests too deeply"
ERR_LARGE = "expression too large"

MAX_HEIGHT = 1000
MAX_SIZE = (128 << 20) // 40     # instructions
MAX_RUNES = (128 << 20) // 4


class RegexpError(Exception):
    """A parse error: Go's *syntax.Error{Code, Expr} (expr is bytes)."""

    def __init__(self, code: str, expr: bytes):
        super().__init__(code, expr)
        self.code = code
        self.expr = expr

    def message(self) -> bytes:
        return b"error parsing regexp: " + self.code.encode() + b": `" + self.expr + b"`"


class Re:
    """A node of the parse tree (Go's syntax.Regexp): op, flags, sub (list),
    rune (list of ints), min/max (OpRepeat), cap/name (OpCapture)."""

    __slots__ = ("op", "flags", "sub", "rune", "min", "max", "cap", "name")

    def __init__(self, op, flags=0):
        self.op = op
        self.flags = flags
        self.sub = []
        self.rune = []
        self.min = 0
        self.max = 0
        self.cap = 0
        self.name = b""

    def copy(self):
        n = Re(self.op, self.flags)
        n.sub = list(self.sub)
        n.rune = list(self.rune)
        n.min, n.max, n.cap, n.name = self.min, self.max, self.cap, self.name
        return n

    def __repr__(self):
        return f"Re(op={self.op}, flags={self.flags}, rune={self.rune}, sub={self.sub})"


def equal(x: Re | None, y: Re | None) -> bool:
    """Go's Regexp.Equal: structural equality."""
    if x is None or y is None:
        return x is y
    if x.op != y.op:
        return False
    op = x.op
    if op == END_TEXT:
        return x.flags & WAS_DOLLAR == y.flags & WAS_DOLLAR
    if op in (LITERAL, CHAR_CLASS):
        return x.flags & FOLD_CASE == y.flags & FOLD_CASE and x.rune == y.rune
    if op in (ALTERNATE, CONCAT):
        return len(x.sub) == len(y.sub) and all(equal(a, b) for a, b in zip(x.sub, y.sub))
    if op in (STAR, PLUS, QUEST):
        return x.flags & NON_GREEDY == y.flags & NON_GREEDY and equal(x.sub[0], y.sub[0])
    if op == REPEAT:
        return (x.flags & NON_GREEDY == y.flags & NON_GREEDY and x.min == y.min and x.max == y.max
                and equal(x.sub[0], y.sub[0]))
    if op == CAPTURE:
        return x.cap == y.cap and x.name == y.name and equal(x.sub[0], y.sub[0])
    return True


# -- UTF-8 ---------------------------------------------------------------------------------

def decode_rune(s: bytes, i: int):
    """Go's utf8.DecodeRune of s[i:]: (rune, size); (0xFFFD, 1) for an invalid encoding."""
    b = s[i]
    if b < 0x80:
        return b, 1
    n = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
    if n:
        try:
            return ord(s[i:i + n].decode("utf-8")), n
        except UnicodeDecodeError:
            pass
    return 0xFFFD, 1


def next_rune(s: bytes, i: int):
    """(rune, next index), or ErrInvalidUTF8 with the rest of the pattern."""
    r, n = decode_rune(s, i)
    if r == 0xFFFD and n == 1:
        raise RegexpError(ERR_INVALID_UTF8, s[i:])
    return r, i + n


def check_utf8(s: bytes):
    i = 0
    while i < len(s):
        r, n = decode_rune(s, i)
        if r == 0xFFFD and n == 1:
            raise RegexpError(ERR_INVALID_UTF8, s[i:])
        i += n


def _isalnum(c: int) -> bool:
    return 0x30 <= c <= 0x39 or 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A


def _unhex(c: int) -> int:
    if 0x30 <= c <= 0x39:
        return c - 0x30
    if 0x61 <= c <= 0x66:
        return c - 0x61 + 10
    if 0x41 <= c <= 0x46:
        return c - 0x41 + 10
    return -1


def _is_char_class(re: Re) -> bool:
    op = re.op
    return (op == LITERAL and len(re.rune) == 1) or op in (CHAR_CLASS, ANY_CHAR_NOT_NL, ANY_CHAR)


def _match_rune(re: Re, r: int) -> bool:
    op = re.op
    if op == LITERAL:
        return len(re.rune) == 1 and re.rune[0] == r
    if op == CHAR_CLASS:
        rr = re.rune
        return any(rr[i] <= r <= rr[i + 1] for i in range(0, len(rr), 2))
    if op == ANY_CHAR_NOT_NL:
        return r != 10
    return op == ANY_CHAR


def _merge_char_class(dst: Re, src: Re):
    """dst = dst|src, dst being at least as complex (op) as src."""
    op = dst.op
    if op == ANY_CHAR:
        pass
    elif op == ANY_CHAR_NOT_NL:
        if _match_rune(src, 10):
            dst.op = ANY_CHAR
    elif op == CHAR_CLASS:
        if src.op == LITERAL:
            dst.rune = cc.append_literal(dst.rune, src.rune[0], src.flags)
        else:
            dst.rune = cc.append_class(dst.rune, src.rune)
    elif op == LITERAL:
        if src.rune[0] == dst.rune[0] and src.flags == dst.flags:
            return
        dst.op = CHAR_CLASS
        r = cc.append_literal([], dst.rune[0], dst.flags)
        dst.rune = cc.append_literal(r, src.rune[0], src.flags)


def _clean_alt(re: Re):
    """Prepare re for inclusion in an alternation: a clean class, or . forms."""
    if re.op == CHAR_CLASS:
        re.rune = cc.clean_class(re.rune)
        r = re.rune
        if len(r) == 2 and r[0] == 0 and r[1] == MAX_RUNE:
            re.rune = []
            re.op = ANY_CHAR
        elif len(r) == 4 and r[0] == 0 and r[1] == 9 and r[2] == 11 and r[3] == MAX_RUNE:
            re.rune = []
            re.op = ANY_CHAR_NOT_NL


def _is_valid_capture_name(name: bytes) -> bool:
    return name != b"" and all(c == 0x5F or _isalnum(c) for c in name)


class _Parser:
    def __init__(self, whole: bytes, flags: int):
        self.flags = flags
        self.stack: list[Re] = []
        self.ncap = 0
        self.whole = whole
        self.nregexp = 0
        self.nrunes = 0
        self.repeats = 0
        self.size = None      # id(node) -> compiled size estimate, once tracking starts
        self.height = None    # id(node) -> height, once tracking starts

    def new(self, op: int) -> Re:
        self.nregexp += 1
        return Re(op)

    # -- limits ---------------------------------------------------------------------------

    def check_limits(self, re: Re):
        if self.nrunes > MAX_RUNES:
            raise RegexpError(ERR_LARGE, self.whole)
        self.check_size(re)
        self.check_height(re)

    def check_size(self, re: Re):
        if self.size is None:
            # Cheap bound first: nodes seen times the product of repeat counts.
            if self.repeats == 0:
                self.repeats = 1
            if re.op == REPEAT:
                n = re.max
                if n == -1:
                    n = re.min
                if n <= 0:
                    n = 1
                if n > MAX_SIZE // self.repeats:
                    self.repeats = MAX_SIZE
                else:
                    self.repeats *= n
            if self.nregexp < MAX_SIZE // self.repeats:
                return
            self.size = {}
            for r in self.stack:
                self.check_size(r)
        if self._calc_size(re, True) > MAX_SIZE:
            raise RegexpError(ERR_LARGE, self.whole)

    def _calc_size(self, re: Re, force: bool) -> int:
        if not force:
            v = self.size.get(id(re))
            if v is not None:
                return v[0]
        op = re.op
        size = 0
        if op == LITERAL:
            size = len(re.rune)
        elif op in (CAPTURE, STAR):
            size = 2 + self._calc_size(re.sub[0], False)
        elif op in (PLUS, QUEST):
            size = 1 + self._calc_size(re.sub[0], False)
        elif op == CONCAT:
            size = sum(self._calc_size(s, False) for s in re.sub)
        elif op == ALTERNATE:
            size = sum(self._calc_size(s, False) for s in re.sub)
            if len(re.sub) > 1:
                size += len(re.sub) - 1
        elif op == REPEAT:
            sub = self._calc_size(re.sub[0], False)
            if re.max == -1:
                size = 2 + sub if re.min == 0 else 1 + re.min * sub
            else:
                size = re.max * sub + (re.max - re.min)
        size = max(1, size)
        self.size[id(re)] = (size, re)  # keep re alive: ids stay unique
        return size

    def check_height(self, re: Re):
        if self.nregexp < MAX_HEIGHT:
            return
        if self.height is None:
            self.height = {}
            for r in self.stack:
                self.check_height(r)
        if self._calc_height(re, True) > MAX_HEIGHT:
            raise RegexpError(ERR_NESTING_DEPTH, self.whole)

    def _calc_height(self, re: Re, force: bool) -> int:
        if not force:
            v = self.height.get(id(re))
            if v is not None:
                return v[0]
        h = 1
        for s in re.sub:
            hs = self._calc_height(s, False)
            if h < 1 + hs:
                h = 1 + hs
        self.height[id(re)] = (h, re)
        return h

    # -- the stack --------------------------------------------------------------------------

    def push(self, re: Re) -> Re | None:
        self.nrunes += len(re.rune)
        r = re.rune
        if re.op == CHAR_CLASS and len(r) == 2 and r[0] == r[1]:
            # a single rune
            if self.maybe_concat(r[0], self.flags & ~FOLD_CASE):
                return None
            re.op = LITERAL
            re.rune = [r[0]]
            re.flags = self.flags & ~FOLD_CASE
        elif re.op == CHAR_CLASS and (
                (len(r) == 4 and r[0] == r[1] and r[2] == r[3]
                 and cc.simple_fold(r[0]) == r[2] and cc.simple_fold(r[2]) == r[0])
                or (len(r) == 2 and r[0] + 1 == r[1]
                    and cc.simple_fold(r[0]) == r[1] and cc.simple_fold(r[1]) == r[0])):
            # a case-insensitive rune like [Aa]
            if self.maybe_concat(r[0], self.flags | FOLD_CASE):
                return None
            re.op = LITERAL
            re.rune = [r[0]]
            re.flags = self.flags | FOLD_CASE
        else:
            self.maybe_concat(-1, 0)
        self.stack.append(re)
        self.check_limits(re)
        return re

    def maybe_concat(self, r: int, flags: int) -> bool:
        """Merge the two literals on top of the stack; with r >= 0 reuse the freed
        top node for r (reports whether r was pushed that way)."""
        st = self.stack
        if len(st) < 2:
            return False
        re1, re2 = st[-1], st[-2]
        if re1.op != LITERAL or re2.op != LITERAL or re1.flags & FOLD_CASE != re2.flags & FOLD_CASE:
            return False
        re2.rune = re2.rune + re1.rune
        if r >= 0:
            re1.rune = [r]
            re1.flags = flags
            return True
        st.pop()
        return False

    def literal(self, r: int):
        re = self.new(LITERAL)
        re.flags = self.flags
        if self.flags & FOLD_CASE:
            r = cc.min_fold_rune(r)
        re.rune = [r]
        self.push(re)

    def op(self, op: int) -> Re | None:
        re = self.new(op)
        re.flags = self.flags
        return self.push(re)

    def repeat(self, op, mn, mx, before: int, after: int, last_repeat: int):
        """Apply a repetition to the top of the stack; before/after: offsets of the
        operator and what follows it; last_repeat: offset of the previous operator
        (-1: none). Returns the new 'after'."""
        s = self.whole
        flags = self.flags
        if self.flags & PERL_X:
            if after < len(s) and s[after] == 0x3F:  # '?'
                after += 1
                flags ^= NON_GREEDY
            if last_repeat >= 0:
                # a** is an error in Perl, not a doubled star
                raise RegexpError(ERR_INVALID_REPEAT_OP, s[last_repeat:after])
        st = self.stack
        if not st or st[-1].op >= PSEUDO:
            raise RegexpError(ERR_MISSING_REPEAT_ARGUMENT, s[before:after])
        sub = st[-1]
        re = self.new(op)
        re.min, re.max, re.flags = mn, mx, flags
        re.sub = [sub]
        st[-1] = re
        self.check_limits(re)
        if op == REPEAT and (mn >= 2 or mx >= 2) and not _repeat_is_valid(re, 1000):
            raise RegexpError(ERR_INVALID_REPEAT_SIZE, s[before:after])
        return after

    def concat(self) -> Re | None:
        self.maybe_concat(-1, 0)
        st = self.stack
        i = len(st)
        while i > 0 and st[i - 1].op < PSEUDO:
            i -= 1
        subs = st[i:]
        del st[i:]
        if not subs:
            return self.push(self.new(EMPTY_MATCH))
        return self.push(self.collapse(subs, CONCAT))

    def alternate(self) -> Re | None:
        st = self.stack
        i = len(st)
        while i > 0 and st[i - 1].op < PSEUDO:
            i -= 1
        subs = st[i:]
        del st[i:]
        if subs:
            _clean_alt(subs[-1])
        if not subs:
            return self.push(self.new(NO_MATCH))
        return self.push(self.collapse(subs, ALTERNATE))

    def collapse(self, subs: list, op: int) -> Re:
        if len(subs) == 1:
            return subs[0]
        re = self.new(op)
        for sub in subs:
            if sub.op == op:
                re.sub.extend(sub.sub)
            else:
                re.sub.append(sub)
        if op == ALTERNATE:
            re.sub = self.factor(re.sub)
            if len(re.sub) == 1:
                re = re.sub[0]
        return re

    # -- factoring of alternations ---------------------------------------------------------

    def factor(self, sub: list) -> list:
        if len(sub) < 2:
            return sub

        # Round 1: common literal prefixes.
        out = []
        start = 0
        pstr: list = []
        pflags = 0
        for i in range(len(sub) + 1):
            istr, iflags = [], 0
            if i < len(sub):
                istr, iflags = _leading_string(sub[i])
                if iflags == pflags:
                    same = 0
                    while same < len(pstr) and same < len(istr) and pstr[same] == istr[same]:
                        same += 1
                    if same > 0:
                        pstr = pstr[:same]
                        continue
            if i == start:
                pass
            elif i == start + 1:
                out.append(sub[start])
            else:
                prefix = self.new(LITERAL)
                prefix.flags = pflags
                prefix.rune = list(pstr)
                for j in range(start, i):
                    sub[j] = self._remove_leading_string(sub[j], len(pstr))
                    self.check_limits(sub[j])
                suffix = self.collapse(sub[start:i], ALTERNATE)
                re = self.new(CONCAT)
                re.sub = [prefix, suffix]
                out.append(re)
            start = i
            pstr = istr
            pflags = iflags
        sub = out

        # Round 2: common simple leading pieces (a character class, or a fixed
        # repeat of one); anything more complex is not safe to merge.
        out = []
        start = 0
        first = None
        for i in range(len(sub) + 1):
            ifirst = None
            if i < len(sub):
                ifirst = _leading_regexp(sub[i])
                if (first is not None and equal(first, ifirst)
                        and (_is_char_class(first)
                             or (first.op == REPEAT and first.min == first.max
                                 and _is_char_class(first.sub[0])))):
                    continue
            if i == start:
                pass
            elif i == start + 1:
                out.append(sub[start])
            else:
                prefix = first
                for j in range(start, i):
                    sub[j] = self._remove_leading_regexp(sub[j])
                    self.check_limits(sub[j])
                suffix = self.collapse(sub[start:i], ALTERNATE)
                re = self.new(CONCAT)
                re.sub = [prefix, suffix]
                out.append(re)
            start = i
            first = ifirst
        sub = out

        # Round 3: runs of single characters or classes become one class.
        out = []
        start = 0
        for i in range(len(sub) + 1):
            if i < len(sub) and _is_char_class(sub[i]):
                continue
            if i == start:
                pass
            elif i == start + 1:
                out.append(sub[start])
            else:
                mx = start
                for j in range(start + 1, i):
                    if sub[mx].op < sub[j].op or (sub[mx].op == sub[j].op and len(sub[mx].rune) < len(sub[j].rune)):
                        mx = j
                sub[start], sub[mx] = sub[mx], sub[start]
                for j in range(start + 1, i):
                    _merge_char_class(sub[start], sub[j])
                _clean_alt(sub[start])
                out.append(sub[start])
            if i < len(sub):
                out.append(sub[i])
            start = i + 1
        sub = out

        # Round 4: runs of empty matches become one.
        out = []
        for i, s in enumerate(sub):
            if i + 1 < len(sub) and s.op == EMPTY_MATCH and sub[i + 1].op == EMPTY_MATCH:
                continue
            out.append(s)
        return out

    def _remove_leading_string(self, re: Re, n: int) -> Re:
        if re.op == CONCAT and re.sub:
            sub = self._remove_leading_string(re.sub[0], n)
            re.sub[0] = sub
            if sub.op == EMPTY_MATCH:
                if len(re.sub) <= 1:
                    re.op = EMPTY_MATCH
                    re.sub = []
                elif len(re.sub) == 2:
                    re = re.sub[1]
                else:
                    del re.sub[0]
            return re
        if re.op == LITERAL:
            re.rune = re.rune[n:]
            if not re.rune:
                re.op = EMPTY_MATCH
        return re

    def _remove_leading_regexp(self, re: Re) -> Re:
        if re.op == CONCAT and re.sub:
            del re.sub[0]
            if not re.sub:
                re.op = EMPTY_MATCH
                re.sub = []
            elif len(re.sub) == 1:
                re = re.sub[0]
            return re
        return self.new(EMPTY_MATCH)

    # -- bars and parens ----------------------------------------------------------------------

    def parse_vertical_bar(self):
        self.concat()
        if not self.swap_vertical_bar():
            self.op(VERTICAL_BAR)

    def swap_vertical_bar(self) -> bool:
        """If the top is a piece above a '|', swap them (merging characters into a
        class when both sides of the bar are characters)."""
        st = self.stack
        n = len(st)
        if n >= 3 and st[n - 2].op == VERTICAL_BAR and _is_char_class(st[n - 1]) and _is_char_class(st[n - 3]):
            re1, re3 = st[n - 1], st[n - 3]
            if re1.op > re3.op:
                re1, re3 = re3, re1
                st[n - 3] = re3
            _merge_char_class(re3, re1)
            st.pop()
            return True
        if n >= 2:
            re1, re2 = st[n - 1], st[n - 2]
            if re2.op == VERTICAL_BAR:
                if n >= 3:
                    _clean_alt(st[n - 3])
                st[n - 2] = re1
                st[n - 1] = re2
                return True
        return False

    def parse_right_paren(self):
        self.concat()
        if self.swap_vertical_bar():
            self.stack.pop()
        self.alternate()
        st = self.stack
        if len(st) < 2:
            raise RegexpError(ERR_UNEXPECTED_PAREN, self.whole)
        re1 = st.pop()
        re2 = st.pop()
        if re2.op != LEFT_PAREN:
            raise RegexpError(ERR_UNEXPECTED_PAREN, self.whole)
        self.flags = re2.flags
        if re2.cap == 0:
            self.push(re1)
        else:
            re2.op = CAPTURE
            re2.sub = [re1]
            self.push(re2)

    # -- pieces ----------------------------------------------------------------------------------

    def parse_perl_flags(self, i: int) -> int:
        """(?flags), (?flags:, (?P<name>, (?<name> at s[i:] (which starts with "(?")."""
        s = self.whole
        t = s[i:]
        starts_p = len(t) > 4 and t[2] == 0x50 and t[3] == 0x3C   # (?P<
        starts_name = len(t) > 3 and t[2] == 0x3C                  # (?<
        if starts_p or starts_name:
            name_start = 4 if starts_p else 3
            end = t.find(b">")
            if end < 0:
                check_utf8(t)
                raise RegexpError(ERR_INVALID_NAMED_CAPTURE, t)
            capture = t[:end + 1]
            name = t[name_start:end]
            check_utf8(name)
            if not _is_valid_capture_name(name):
                raise RegexpError(ERR_INVALID_NAMED_CAPTURE, capture)
            self.ncap += 1
            re = self.op(LEFT_PAREN)
            re.cap = self.ncap
            re.name = name
            return i + end + 1

        j = i + 2
        flags = self.flags
        sign = 1
        saw_flag = False
        while j < len(s):
            c, j = next_rune(s, j)
            if c == 0x69:      # i
                flags |= FOLD_CASE
                saw_flag = True
            elif c == 0x6D:    # m
                flags &= ~ONE_LINE
                saw_flag = True
            elif c == 0x73:    # s
                flags |= DOT_NL
                saw_flag = True
            elif c == 0x55:    # U
                flags |= NON_GREEDY
                saw_flag = True
            elif c == 0x2D:    # -
                if sign < 0:
                    break
                sign = -1
                flags = ~flags  # set bits clear, and the other way, until the end
                saw_flag = False
            elif c in (0x3A, 0x29):  # : )
                if sign < 0:
                    if not saw_flag:
                        break
                    flags = ~flags
                if c == 0x3A:
                    self.op(LEFT_PAREN)
                self.flags = flags
                return j
            else:
                break
        raise RegexpError(ERR_INVALID_PERL_OP, s[i:j])

    def parse_int(self, i: int):
        """A decimal number at s[i:]: (value or -1 if too big, next index), or None."""
        s = self.whole
        if i >= len(s) or not 0x30 <= s[i] <= 0x39:
            return None
        if i + 1 < len(s) and s[i] == 0x30 and 0x30 <= s[i + 1] <= 0x39:
            return None  # no leading zeros
        j = i
        while j < len(s) and 0x30 <= s[j] <= 0x39:
            j += 1
        n = 0
        for k in range(i, j):
            if n >= 100000000:
                n = -1
                break
            n = n * 10 + s[k] - 0x30
        return n, j

    def parse_repeat(self, i: int):
        """{min}, {min,}, {min,max} at s[i:]: (min, max, next index) or None; a
        number too big gives min == -1."""
        s = self.whole
        if i >= len(s) or s[i] != 0x7B:
            return None
        r = self.parse_int(i + 1)
        if r is None:
            return None
        mn, j = r
        if j >= len(s):
            return None
        if s[j] != 0x2C:
            mx = mn
        else:
            j += 1
            if j >= len(s):
                return None
            if s[j] == 0x7D:
                mx = -1
            else:
                r = self.parse_int(j)
                if r is None:
                    return None
                mx, j = r
                if mx < 0:
                    mn = -1
        if j >= len(s) or s[j] != 0x7D:
            return None
        return mn, mx, j + 1

    def parse_escape(self, i: int):
        """An escape sequence at s[i:] (s[i] is the backslash): (rune, next index)."""
        s = self.whole
        j = i + 1
        if j >= len(s):
            raise RegexpError(ERR_TRAILING_BACKSLASH, b"")
        c, j = next_rune(s, j)
        if 0x31 <= c <= 0x37 and not (j < len(s) and 0x30 <= s[j] <= 0x37):
            pass  # a single non-zero digit: a backreference, not supported
        elif 0x30 <= c <= 0x37:
            r = c - 0x30
            for _ in range(2):
                if j >= len(s) or not 0x30 <= s[j] <= 0x37:
                    break
                r = r * 8 + s[j] - 0x30
                j += 1
            return r, j
        elif c == 0x78:  # x
            if j < len(s):
                c, j = next_rune(s, j)
                if c == 0x7B:  # {
                    nhex = 0
                    r = 0
                    ok = False
                    while j < len(s):
                        c, j = next_rune(s, j)
                        if c == 0x7D:
                            ok = nhex > 0
                            break
                        v = _unhex(c)
                        if v < 0:
                            break
                        r = r * 16 + v
                        if r > MAX_RUNE:
                            break
                        nhex += 1
                    if ok:
                        return r, j
                else:
                    x = _unhex(c)
                    if j < len(s):
                        c, j = next_rune(s, j)
                    else:
                        c = -1  # Go decodes "" as RuneError without an error
                    y = _unhex(c)
                    if x >= 0 and y >= 0:
                        return x * 16 + y, j
        elif c == 0x61:
            return 7, j
        elif c == 0x66:
            return 12, j
        elif c == 0x6E:
            return 10, j
        elif c == 0x72:
            return 13, j
        elif c == 0x74:
            return 9, j
        elif c == 0x76:
            return 11, j
        elif c < 0x80 and not _isalnum(c):
            return c, j  # an escaped punctuation character is itself
        raise RegexpError(ERR_INVALID_ESCAPE, s[i:j])

    def parse_class_char(self, i: int, whole_class: int):
        s = self.whole
        if i >= len(s):
            raise RegexpError(ERR_MISSING_BRACKET, s[whole_class:])
        if s[i] == 0x5C:
            return self.parse_escape(i)
        return next_rune(s, i)

    def parse_perl_class_escape(self, i: int, r: list):
        """\\d \\s \\w and negations at s[i:]: (new class, next index) or None."""
        s = self.whole
        if not self.flags & PERL_X or i + 1 >= len(s) or s[i] != 0x5C:
            return None
        g = cc.PERL_GROUPS.get(s[i:i + 2])
        if g is None:
            return None
        return cc.append_group(r, g, self.flags & FOLD_CASE), i + 2

    def parse_named_class(self, i: int, r: list):
        """[:alnum:] and the like at s[i:]: (new class, next index) or None."""
        s = self.whole
        if i + 1 >= len(s) or s[i] != 0x5B or s[i + 1] != 0x3A:
            return None
        k = s.find(b":]", i + 2)
        if k < 0:
            return None
        name = s[i:k + 2]
        g = cc.POSIX_GROUPS.get(name)
        if g is None:
            raise RegexpError(ERR_INVALID_CHAR_RANGE, name)
        return cc.append_group(r, g, self.flags & FOLD_CASE), k + 2

    def parse_unicode_class(self, i: int, r: list):
        """\\pN, \\p{Name}, \\PN, \\P{^Name} at s[i:]: (new class, next index) or None."""
        s = self.whole
        if (not self.flags & UNICODE_GROUPS or i + 1 >= len(s) or s[i] != 0x5C
                or s[i + 1] not in (0x70, 0x50)):
            return None
        sign = -1 if s[i + 1] == 0x50 else 1
        j = i + 2
        if j >= len(s):
            c, t = 0xFFFD, j  # nothing after \p: an empty name, an error below
        else:
            c, t = next_rune(s, j)
        if c != 0x7B:
            seq = s[i:t]
            name = seq[2:]
        else:
            end = s.find(b"}", i)
            if end < 0:
                check_utf8(s[i:])
                raise RegexpError(ERR_INVALID_CHAR_RANGE, s[i:])
            seq = s[i:end + 1]
            t = end + 1
            name = s[i + 3:end]
            check_utf8(name)
        if name[:1] == b"^":
            sign = -sign
            name = name[1:]
        tab = cc.unicode_table(name)
        if tab is None:
            raise RegexpError(ERR_INVALID_CHAR_RANGE, seq)
        table, fold, tsign = tab
        if tsign < 0:
            sign = -sign
        if not self.flags & FOLD_CASE or fold is None:
            if sign > 0:
                r = cc.append_table(r, table)
            else:
                r = cc.append_negated_table(r, table)
        else:
            tmp = cc.clean_class(cc.append_table(cc.append_table([], table), fold))
            if sign > 0:
                r = cc.append_class(r, tmp)
            else:
                r = cc.append_negated_class(r, tmp)
        return r, t

    def parse_class(self, i: int) -> int:
        """A bracketed class at s[i:] (s[i] == '['): pushes it; returns the next index."""
        s = self.whole
        t = i + 1
        re = self.new(CHAR_CLASS)
        re.flags = self.flags
        cls: list = []
        sign = 1
        if t < len(s) and s[t] == 0x5E:
            sign = -1
            t += 1
            if not self.flags & CLASS_NL:
                cls += [10, 10]  # so that the negation excludes \n
        first = True
        while t >= len(s) or s[t] != 0x5D or first:
            # POSIX: - is only a literal first or last; Perl allows it anywhere
            if (t < len(s) and s[t] == 0x2D and not self.flags & PERL_X and not first
                    and (t + 1 == len(s) or s[t + 1] != 0x5D)):
                size = decode_rune(s, t + 1)[1] if t + 1 < len(s) else 0
                raise RegexpError(ERR_INVALID_CHAR_RANGE, s[t:t + 1 + size])
            first = False
            if t + 2 < len(s) and s[t] == 0x5B and s[t + 1] == 0x3A:
                res = self.parse_named_class(t, cls)
                if res is not None:
                    cls, t = res
                    continue
            res = self.parse_unicode_class(t, cls)
            if res is not None:
                cls, t = res
                continue
            res = self.parse_perl_class_escape(t, cls)
            if res is not None:
                cls, t = res
                continue
            rng = t
            lo, t = self.parse_class_char(t, i)
            hi = lo
            if t + 1 < len(s) and s[t] == 0x2D and s[t + 1] != 0x5D:
                t += 1
                hi, t = self.parse_class_char(t, i)
                if hi < lo:
                    raise RegexpError(ERR_INVALID_CHAR_RANGE, s[rng:t])
            if not self.flags & FOLD_CASE:
                cls = cc.append_range(cls, lo, hi)
            else:
                cls = cc.append_folded_range(cls, lo, hi)
        t += 1
        cls = cc.clean_class(cls)
        if sign < 0:
            cls = cc.negate_class(cls)
        re.rune = cls
        self.push(re)
        return t


def _repeat_is_valid(re: Re, n: int) -> bool:
    """Whether the nested repetitions in re stay within n copies of the innermost piece."""
    if re.op == REPEAT:
        m = re.max
        if m == 0:
            return True
        if m < 0:
            m = re.min
        if m > n:
            return False
        if m > 0:
            n //= m
    return all(_repeat_is_valid(s, n) for s in re.sub)


def _leading_string(re: Re):
    if re.op == CONCAT and re.sub:
        re = re.sub[0]
    if re.op != LITERAL:
        return [], 0
    return re.rune, re.flags & FOLD_CASE


def _leading_regexp(re: Re):
    if re.op == EMPTY_MATCH:
        return None
    if re.op == CONCAT and re.sub:
        sub = re.sub[0]
        if sub.op == EMPTY_MATCH:
            return None
        return sub
    return re


def literal_regexp(s: bytes, flags: int) -> Re:
    re = Re(LITERAL, flags)
    re.rune = [ord(c) for c in s.decode("utf-8")]
    return re


def parse(s: bytes, flags: int) -> Re:
    """Go's syntax.Parse(s, flags): the parse tree, or RegexpError."""
    if flags & LITERAL_FLAG:
        check_utf8(s)
        return literal_regexp(s, flags)
    p = _Parser(s, flags)
    n = len(s)
    i = 0
    last_repeat = -1
    while i < n:
        repeat = -1
        c = s[i]
        if c == 0x28:  # (
            if p.flags & PERL_X and i + 1 < n and s[i + 1] == 0x3F:
                i = p.parse_perl_flags(i)
            else:
                p.ncap += 1
                p.op(LEFT_PAREN).cap = p.ncap
                i += 1
        elif c == 0x7C:  # |
            p.parse_vertical_bar()
            i += 1
        elif c == 0x29:  # )
            p.parse_right_paren()
            i += 1
        elif c == 0x5E:  # ^
            p.op(BEGIN_TEXT if p.flags & ONE_LINE else BEGIN_LINE)
            i += 1
        elif c == 0x24:  # $
            if p.flags & ONE_LINE:
                p.op(END_TEXT).flags |= WAS_DOLLAR
            else:
                p.op(END_LINE)
            i += 1
        elif c == 0x2E:  # .
            p.op(ANY_CHAR if p.flags & DOT_NL else ANY_CHAR_NOT_NL)
            i += 1
        elif c == 0x5B:  # [
            i = p.parse_class(i)
        elif c in (0x2A, 0x2B, 0x3F):  # * + ?
            op = STAR if c == 0x2A else PLUS if c == 0x2B else QUEST
            before = i
            i = p.repeat(op, 0, 0, before, i + 1, last_repeat)
            repeat = before
        elif c == 0x7B:  # {
            before = i
            r = p.parse_repeat(i)
            if r is None:
                p.literal(0x7B)  # not a repetition: a literal {
                i += 1
            else:
                mn, mx, after = r
                if mn < 0 or mn > 1000 or mx > 1000 or (mx >= 0 and mn > mx):
                    raise RegexpError(ERR_INVALID_REPEAT_SIZE, s[before:after])
                i = p.repeat(REPEAT, mn, mx, before, after, last_repeat)
                repeat = before
        elif c == 0x5C:  # backslash
            i = _parse_backslash(p, i)
        else:
            r, i = next_rune(s, i)
            p.literal(r)
        last_repeat = repeat

    p.concat()
    if p.swap_vertical_bar():
        p.stack.pop()
    p.alternate()
    if len(p.stack) != 1:
        raise RegexpError(ERR_MISSING_PAREN, s)
    return p.stack[0]


def _parse_backslash(p: _Parser, i: int) -> int:
    s = p.whole
    if p.flags & PERL_X and i + 1 < len(s):
        c = s[i + 1]
        if c == 0x41:    # \A
            p.op(BEGIN_TEXT)
            return i + 2
        if c == 0x62:    # \b
            p.op(WORD_BOUNDARY)
            return i + 2
        if c == 0x42:    # \B
            p.op(NO_WORD_BOUNDARY)
            return i + 2
        if c == 0x43:    # \C: any byte, not supported
            raise RegexpError(ERR_INVALID_ESCAPE, s[i:i + 2])
        if c == 0x51:    # \Q ... \E: literal text
            k = s.find(b"\\E", i + 2)
            lit_end, nxt = (len(s), len(s)) if k < 0 else (k, k + 2)
            j = i + 2
            while j < lit_end:
                r, j = next_rune(s[:lit_end], j)
                p.literal(r)
            return nxt
        if c == 0x7A:    # \z
            p.op(END_TEXT)
            return i + 2
    if i + 1 < len(s) and s[i + 1] in (0x70, 0x50):
        res = p.parse_unicode_class(i, [])
        if res is not None:
            re = p.new(CHAR_CLASS)
            re.flags = p.flags
            re.rune, j = res
            p.push(re)
            return j
    res = p.parse_perl_class_escape(i, [])
    if res is not None:
        re = p.new(CHAR_CLASS)
        re.flags = p.flags
        re.rune, j = res
        p.push(re)
        return j
    r, j = p.parse_escape(i)
    p.literal(r)
    return j
