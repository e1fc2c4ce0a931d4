"""This file implements package bytes' functions natively, reusing strings' algorithms.

Results that Go documents as subslices of the argument (Trim*, Split*, Fields*, Cut*)
are Slice headers sharing the argument's backing array, with the capacities Go gives
them (Split and Fields limit each piece's cap to its length). Results Go allocates
are fresh slices.
"""

from __future__ import annotations

from gopherpy.lib.nativeutil import NIL_SLICE, bslice, sbytes, strslice
from gopherpy.lib.strings import caseconv as cc
from gopherpy.lib.strings import native as S
from gopherpy.runtime.values import Slice, iterrunes


def _sub(sl: Slice, a: int, b: int, capped: bool = False) -> Slice:
    """sl[a:b] (or sl[a:b:b] when capped)."""
    if sl.a is None:
        return sl
    return Slice(sl.a, sl.off + a, b - a, (b - a) if capped else sl.cap - a)


def _fresh(data: bytes) -> Slice:
    return bslice(data)


def Clone(b):
    if b.a is None:
        return NIL_SLICE
    return _fresh(sbytes(b))


def Compare(a, b):
    return S.Compare(sbytes(a), sbytes(b))


def Equal(a, b):
    return sbytes(a) == sbytes(b)


def EqualFold(s, t):
    return S.EqualFold(sbytes(s), sbytes(t))


def Contains(b, sub):
    return sbytes(sub) in sbytes(b)


def ContainsAny(b, chars):
    return S.IndexAny(sbytes(b), chars) >= 0


def ContainsRune(b, r):
    return S.IndexRune(sbytes(b), r) >= 0


def ContainsFunc(b, f):
    return S.IndexFunc(sbytes(b), f) >= 0


def Count(s, sep):
    return S.Count(sbytes(s), sbytes(sep))


def Cut(s, sep):
    d, p = sbytes(s), sbytes(sep)
    i = d.find(p)
    if i >= 0:
        return _sub(s, 0, i), _sub(s, i + len(p), len(d)), True
    return s, NIL_SLICE, False


def CutLast(s, sep):
    d, p = sbytes(s), sbytes(sep)
    i = d.rfind(p)
    if i >= 0:
        return _sub(s, 0, i), _sub(s, i + len(p), len(d)), True
    return s, NIL_SLICE, False


def CutPrefix(s, prefix):
    d, p = sbytes(s), sbytes(prefix)
    if d.startswith(p):
        return _sub(s, len(p), len(d)), True
    return s, False


def CutSuffix(s, suffix):
    d, p = sbytes(s), sbytes(suffix)
    if d.endswith(p):
        return _sub(s, 0, len(d) - len(p)), True
    return s, False


def HasPrefix(s, prefix):
    return sbytes(s).startswith(sbytes(prefix))


def HasSuffix(s, suffix):
    return sbytes(s).endswith(sbytes(suffix))


def Index(s, sep):
    return sbytes(s).find(sbytes(sep))


def IndexByte(b, c):
    return sbytes(b).find(bytes((c,)))


def IndexRune(s, r):
    return S.IndexRune(sbytes(s), r)


def IndexAny(s, chars):
    return S.IndexAny(sbytes(s), chars)


def IndexFunc(s, f):
    return S.IndexFunc(sbytes(s), f)


def LastIndex(s, sep):
    return sbytes(s).rfind(sbytes(sep))


def LastIndexByte(s, c):
    return sbytes(s).rfind(bytes((c,)))


def LastIndexAny(s, chars):
    return S.LastIndexAny(sbytes(s), chars)


def LastIndexFunc(s, f):
    return S.LastIndexFunc(sbytes(s), f)


def Join(s, sep):
    parts = [sbytes(x) for x in s.tolist()]
    if not parts:
        return bslice(b"")
    return _fresh(sbytes(sep).join(parts))


def Repeat(b, count):
    return _fresh(S.Repeat(sbytes(b), count, "bytes"))


def Replace(s, old, new, n):
    return _fresh(S.Replace(sbytes(s), sbytes(old), sbytes(new), n))


def ReplaceAll(s, old, new):
    return Replace(s, old, new, -1)


def Runes(s):
    rs = [r for _, r in iterrunes(sbytes(s))]
    return strslice(rs)


def Map(mapping, s):
    return _fresh(S.Map(mapping, sbytes(s)))


def ToUpper(s):
    return _fresh(S.ToUpper(sbytes(s)))


def ToLower(s):
    return _fresh(S.ToLower(sbytes(s)))


def ToTitle(s):
    return _fresh(S.ToTitle(sbytes(s)))


def Title(s):
    return _fresh(S.Title(sbytes(s)))


def ToUpperSpecial(c, s):
    return _fresh(S.ToUpperSpecial(c, sbytes(s)))


def ToLowerSpecial(c, s):
    return _fresh(S.ToLowerSpecial(c, sbytes(s)))


def ToTitleSpecial(c, s):
    return _fresh(S.ToTitleSpecial(c, sbytes(s)))


def ToValidUTF8(s, replacement):
    return _fresh(S.ToValidUTF8(sbytes(s), sbytes(replacement)))


def _pieces(s, spans):
    return strslice([_sub(s, a, b, True) for a, b in spans])


def _split(s, sep, save, n):
    d, p = sbytes(s), sbytes(sep)
    if n == 0:
        return NIL_SLICE
    if not p:
        idx = [i for i, _ in iterrunes(d)]
        if n < 0 or n > len(idx):
            n = len(idx)
        spans = []
        for k in range(n):
            end = len(d) if k == n - 1 else idx[k + 1]
            spans.append((idx[k], end))
        return _pieces(s, spans)
    return _pieces(s, S.split_spans(d, p, save, n))


def Split(s, sep):
    return _split(s, sep, 0, -1)


def SplitN(s, sep, n):
    return _split(s, sep, 0, n)


def SplitAfter(s, sep):
    return _split(s, sep, sep.len, -1)


def SplitAfterN(s, sep, n):
    return _split(s, sep, sep.len, n)


def Fields(s):
    return _pieces(s, S.field_spans(sbytes(s), cc.isspace))


def FieldsFunc(s, f):
    return _pieces(s, S.field_spans(sbytes(s), f))


def _seq(items):
    def seq(yield_):
        for x in items:
            if not yield_(x):
                return
    return seq


def FieldsSeq(s):
    return _seq(Fields(s).tolist())


def FieldsFuncSeq(s, f):
    return _seq(FieldsFunc(s, f).tolist())


def SplitSeq(s, sep):
    return _seq(Split(s, sep).tolist())


def SplitAfterSeq(s, sep):
    return _seq(SplitAfter(s, sep).tolist())


def Lines(s):
    d = sbytes(s)

    def seq(yield_):
        i = 0
        n = len(d)
        while i < n:
            j = d.find(b"\n", i)
            j = n if j < 0 else j + 1
            if not yield_(_sub(s, i, j, True)):
                return
            i = j
    return seq


def _trim_lr(s, f, left=True, right=True):
    d = sbytes(s)
    a = S.left_index(d, f) if left else 0
    b = a + S.right_index(d[a:], f) if right else len(d)
    if a == b and s.a is not None and (left and right):
        return NIL_SLICE
    return _sub(s, a, b)


def _cut(cutset):
    return S._cutset_fn(cutset)


def Trim(s, cutset):
    if s.len == 0:
        return NIL_SLICE
    if not cutset:
        return s
    return _trim_lr(s, _cut(cutset))


def TrimLeft(s, cutset):
    if s.len == 0:
        return NIL_SLICE
    if not cutset:
        return s
    r = _trim_lr(s, _cut(cutset), right=False)
    return NIL_SLICE if r.len == 0 else r


def TrimRight(s, cutset):
    if s.len == 0 or not cutset:
        return s
    return _trim_lr(s, _cut(cutset), left=False)


def TrimFunc(s, f):
    return _trim_lr(s, f)


def TrimLeftFunc(s, f):
    r = _trim_lr(s, f, right=False)
    return NIL_SLICE if r.len == 0 else r


def TrimRightFunc(s, f):
    return _trim_lr(s, f, left=False)


def TrimSpace(s):
    return _trim_lr(s, cc.isspace)


def TrimPrefix(s, prefix):
    d, p = sbytes(s), sbytes(prefix)
    if d.startswith(p):
        return _sub(s, len(p), len(d))
    return s


def TrimSuffix(s, suffix):
    d, p = sbytes(s), sbytes(suffix)
    if d.endswith(p):
        return _sub(s, 0, len(d) - len(p))
    return s


