"""This file implements package regexp's natives: compiling, and the Find, ReplaceAll and Expand families over engine.py.

Go strings arrive as bytes and []byte as Slices; searches run on a Text (the
input decoded once per call) in character positions, converted to byte offsets
for Go. Results that Go returns as sub-slices of the input []byte share its
backing array with cap == len, as Go's b[i:j:j].
"""

from __future__ import annotations

from gopherpy.compile.names import mangle
from gopherpy.lib.nativeutil import bslice, sbytes, strslice
from gopherpy.lib.regexp import engine as E
from gopherpy.lib.regexp.exec import END, pike
from gopherpy.lib.regexp.syntax.parse import RegexpError
from gopherpy.runtime.values import NIL_SLICE, Slice

_F_ENG, _F_LONGEST, _F_NSUB, _F_NAMES = (mangle(n) for n in ("eng", "longest", "numSubexp", "subexpNames"))

_cache: dict = {}   # (expr, posix) -> Engine: compiled programs are immutable


def compileNative(expr: bytes, posix: bool):
    key = (expr, posix)
    eng = _cache.get(key)
    if eng is None:
        try:
            eng = E.Engine(expr, posix)
        except RegexpError as e:
            return None, 0, NIL_SLICE, b"", False, e.code.encode(), e.expr
        except RecursionError:
            return None, 0, NIL_SLICE, b"", False, b"expression nests too deeply", expr
        if len(_cache) < 500:
            _cache[key] = eng
    return eng, eng.numsubexp, strslice(list(eng.names)), eng.lit_prefix, eng.complete, b"", b""


def _text_of_slice(b: Slice):
    return E.Text(sbytes(b))


def _ints(xs) -> Slice:
    return Slice(list(xs), 0, len(xs), len(xs))


def _sub(b: Slice, i: int, j: int) -> Slice:
    """b[i:j:j] (i, j byte offsets)."""
    return Slice(b.a, b.off + i, j - i, j - i)


def _byte_caps(text, caps):
    if text.ascii:
        return caps
    bp = text.byte_pos
    return [bp(c) if c >= 0 else -1 for c in caps]


def _find(re, text, ncap):
    caps = getattr(re, _F_ENG).find(text, 0, ncap, getattr(re, _F_LONGEST))
    return None if caps is None else _byte_caps(text, caps)


def _ncap(re):
    return 2 * (getattr(re, _F_NSUB) + 1)


def Regexp_MatchString(re, s: bytes) -> bool:
    return getattr(re, _F_ENG).match(E.Text(s))


def Regexp_Match(re, b: Slice) -> bool:
    return getattr(re, _F_ENG).match(_text_of_slice(b))


def Regexp_Find(re, b: Slice):
    m = _find(re, _text_of_slice(b), 2)
    if m is None:
        return NIL_SLICE
    return _sub(b, m[0], m[1])


def Regexp_FindString(re, s: bytes):
    m = _find(re, E.Text(s), 2)
    return b"" if m is None else s[m[0]:m[1]]


def Regexp_FindIndex(re, b: Slice):
    m = _find(re, _text_of_slice(b), 2)
    return NIL_SLICE if m is None else _ints(m[:2])


def Regexp_FindStringIndex(re, s: bytes):
    m = _find(re, E.Text(s), 2)
    return NIL_SLICE if m is None else _ints(m[:2])


def Regexp_FindSubmatch(re, b: Slice):
    m = _find(re, _text_of_slice(b), _ncap(re))
    if m is None:
        return NIL_SLICE
    return strslice([_sub(b, m[2 * i], m[2 * i + 1]) if m[2 * i] >= 0 else NIL_SLICE
                     for i in range(len(m) // 2)])


def Regexp_FindStringSubmatch(re, s: bytes):
    m = _find(re, E.Text(s), _ncap(re))
    if m is None:
        return NIL_SLICE
    return strslice([s[m[2 * i]:m[2 * i + 1]] if m[2 * i] >= 0 else b"" for i in range(len(m) // 2)])


def Regexp_FindSubmatchIndex(re, b: Slice):
    m = _find(re, _text_of_slice(b), _ncap(re))
    return NIL_SLICE if m is None else _ints(m)


def Regexp_FindStringSubmatchIndex(re, s: bytes):
    m = _find(re, E.Text(s), _ncap(re))
    return NIL_SLICE if m is None else _ints(m)


def _all(re, text, n, ncap):
    ms = getattr(re, _F_ENG).matches(text, n, ncap, getattr(re, _F_LONGEST))
    return [_byte_caps(text, m) for m in ms]


def _list_or_nil(xs):
    return strslice(xs) if xs else NIL_SLICE


def Regexp_FindAll(re, b: Slice, n: int):
    return _list_or_nil([_sub(b, m[0], m[1]) for m in _all(re, _text_of_slice(b), n, 2)])


def Regexp_FindAllString(re, s: bytes, n: int):
    return _list_or_nil([s[m[0]:m[1]] for m in _all(re, E.Text(s), n, 2)])


def Regexp_FindAllIndex(re, b: Slice, n: int):
    return _list_or_nil([_ints(m[:2]) for m in _all(re, _text_of_slice(b), n, 2)])


def Regexp_FindAllStringIndex(re, s: bytes, n: int):
    return _list_or_nil([_ints(m[:2]) for m in _all(re, E.Text(s), n, 2)])


def Regexp_FindAllSubmatch(re, b: Slice, n: int):
    return _list_or_nil([strslice([_sub(b, m[2 * i], m[2 * i + 1]) if m[2 * i] >= 0 else NIL_SLICE
                                   for i in range(len(m) // 2)])
                         for m in _all(re, _text_of_slice(b), n, _ncap(re))])


def Regexp_FindAllStringSubmatch(re, s: bytes, n: int):
    return _list_or_nil([strslice([s[m[2 * i]:m[2 * i + 1]] if m[2 * i] >= 0 else b""
                                   for i in range(len(m) // 2)])
                         for m in _all(re, E.Text(s), n, _ncap(re))])


def Regexp_FindAllSubmatchIndex(re, b: Slice, n: int):
    return _list_or_nil([_ints(m) for m in _all(re, _text_of_slice(b), n, _ncap(re))])


def Regexp_FindAllStringSubmatchIndex(re, s: bytes, n: int):
    return _list_or_nil([_ints(m) for m in _all(re, E.Text(s), n, _ncap(re))])


# -- readers ----------------------------------------------------------------------------------

class _ReaderRunes:
    """Runes read from an io.RuneReader on demand (Go's inputReader: once ReadRune
    fails, the text has ended)."""

    def __init__(self, r):
        self.r = r
        self.runes = []
        self.offs = [0]
        self.eof = False

    def rune(self, i):
        runes = self.runes
        while i >= len(runes) and not self.eof:
            rr, size, err = self.r.ReadRune()
            if err is not None:
                self.eof = True
                break
            runes.append(rr)
            self.offs.append(self.offs[-1] + size)
        if 0 <= i < len(runes):
            return runes[i]
        return END


def Regexp_findReader(re, r, ncap: int):
    eng = getattr(re, _F_ENG)
    src = _ReaderRunes(r)
    caps = pike(eng.m, src.rune, 1 << 62, 0, ncap, getattr(re, _F_LONGEST), False, eng.cond, None,
                stop_early=ncap == 0)
    if caps is None:
        return NIL_SLICE
    if ncap == 0:
        return _ints([])
    return _ints([src.offs[c] if c >= 0 else -1 for c in caps])


# -- replacing and expanding --------------------------------------------------------------------

def _replace(re, b: bytes, dollar: bool, repl_fn):
    eng = getattr(re, _F_ENG)
    ncap = 2
    if dollar:
        ncap = min(_ncap(re), max(eng.prog.numcap, 2))
    text = E.Text(b)

    def repl(caps):
        return repl_fn(text, _byte_caps(text, caps))
    return eng.replace(text, ncap, getattr(re, _F_LONGEST), repl)


def _expander(re, template: bytes, src: bytes):
    names = getattr(re, _F_NAMES).tolist()

    def fn(text, m):
        out = []
        E.expand(out, template, src, m, names)
        return b"".join(out)
    return fn


def Regexp_ReplaceAllString(re, src: bytes, repl: bytes):
    return _replace(re, src, b"$" in repl, _expander(re, repl, src))


def Regexp_ReplaceAllLiteralString(re, src: bytes, repl: bytes):
    return _replace(re, src, False, lambda text, m: repl)


def Regexp_ReplaceAllStringFunc(re, src: bytes, repl):
    return _replace(re, src, False, lambda text, m: repl(src[m[0]:m[1]]))


def _bytes_result(data: bytes) -> Slice:
    """Go's replaceAll builds its result by appending to a nil slice: nil when empty."""
    return bslice(data) if data else NIL_SLICE


def Regexp_ReplaceAll(re, src: Slice, repl: Slice):
    s = sbytes(src)
    r = sbytes(repl)
    return _bytes_result(_replace(re, s, b"$" in r, _expander(re, r, s)))


def Regexp_ReplaceAllLiteral(re, src: Slice, repl: Slice):
    r = sbytes(repl)
    return _bytes_result(_replace(re, sbytes(src), False, lambda text, m: r))


def Regexp_ReplaceAllFunc(re, src: Slice, repl):
    def fn(text, m):
        return sbytes(repl(_sub(src, m[0], m[1])))
    return _bytes_result(_replace(re, sbytes(src), False, fn))


def _append(dst: Slice, data: bytes) -> Slice:
    from gopherpy.lib.nativeutil import append_bytes
    return append_bytes(dst, data)


def Regexp_Expand(re, dst: Slice, template: Slice, src: Slice, match: Slice):
    out = []
    E.expand(out, sbytes(template), sbytes(src), match.tolist(), getattr(re, _F_NAMES).tolist())
    return _append(dst, b"".join(out))


def Regexp_ExpandString(re, dst: Slice, template: bytes, src: bytes, match: Slice):
    out = []
    E.expand(out, template, src, match.tolist(), getattr(re, _F_NAMES).tolist())
    return _append(dst, b"".join(out))


_SPECIAL = frozenset(b"\\.+*?()|[]{}^$")


def QuoteMeta(s: bytes) -> bytes:
    if not any(c in _SPECIAL for c in s):
        return s
    out = bytearray()
    for c in s:
        if c in _SPECIAL:
            out.append(0x5C)
        out.append(c)
    return bytes(out)
