"""This file implements package strings' functions natively over Go strings (Python bytes).

Case mapping and the Unicode classes use Go's unicode tables through caseconv.py;
invalid UTF-8 decodes to U+FFFD one byte at a time, as Go's range over a string does.
"""

from __future__ import annotations

from gopherpy.lib.nativeutil import panic_str, strslice
from gopherpy.lib.strings import caseconv as cc
from gopherpy.runtime.values import encoderune, iterrunes, runecount

RUNE_ERROR = 0xFFFD
MAXINT = (1 << 63) - 1


def Clone(s):
    return s


def Compare(a, b):
    return (a > b) - (a < b)


def Contains(s, substr):
    return substr in s


def ContainsAny(s, chars):
    return IndexAny(s, chars) >= 0


def ContainsRune(s, r):
    return IndexRune(s, r) >= 0


def ContainsFunc(s, f):
    return IndexFunc(s, f) >= 0


def Count(s, substr):
    if not substr:
        return runecount(s) + 1
    return s.count(substr)


def Cut(s, sep):
    i = s.find(sep)
    if i >= 0:
        return s[:i], s[i + len(sep):], True
    return s, b"", False


def CutLast(s, sep):
    i = s.rfind(sep)
    if i >= 0:
        return s[:i], s[i + len(sep):], True
    return s, b"", False


def CutPrefix(s, prefix):
    if s.startswith(prefix):
        return s[len(prefix):], True
    return s, False


def CutSuffix(s, suffix):
    if s.endswith(suffix):
        return s[:len(s) - len(suffix)], True
    return s, False


def EqualFold(s, t):
    if s == t:
        return True
    if s.isascii() and t.isascii():
        return len(s) == len(t) and s.lower() == t.lower()
    a = [r for _, r in iterrunes(s)]
    b = [r for _, r in iterrunes(t)]
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x != y and not cc.fold_equal(x, y):
            return False
    return True


def field_spans(s, isspace):
    """(start, end) byte spans of the maximal runs of runes not satisfying isspace."""
    spans = []
    start = -1
    for i, r in iterrunes(s):
        if isspace(r):
            if start >= 0:
                spans.append((start, i))
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        spans.append((start, len(s)))
    return spans


def Fields(s):
    if s.isascii():
        return strslice(s.split())
    return strslice([s[a:b] for a, b in field_spans(s, cc.isspace)])


def FieldsFunc(s, f):
    return strslice([s[a:b] for a, b in field_spans(s, f)])


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


def HasPrefix(s, prefix):
    return s.startswith(prefix)


def HasSuffix(s, suffix):
    return s.endswith(suffix)


def Index(s, substr):
    return s.find(substr)


def IndexByte(s, c):
    return s.find(bytes((c,)))


def IndexRune(s, r):
    if 0 <= r < 0x80:
        return s.find(bytes((r,)))
    if r == RUNE_ERROR:
        for i, c in iterrunes(s):
            if c == RUNE_ERROR:
                return i
        return -1
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return -1
    return s.find(encoderune(r))


def IndexAny(s, chars):
    if not chars:
        return -1
    if chars.isascii() and s.isascii():
        cs = set(chars)
        for i, c in enumerate(s):
            if c in cs:
                return i
        return -1
    cs = {r for _, r in iterrunes(chars)}
    for i, r in iterrunes(s):
        if r in cs:
            return i
    return -1


def LastIndexAny(s, chars):
    if not chars:
        return -1
    cs = {r for _, r in iterrunes(chars)}
    last = -1
    for i, r in iterrunes(s):
        if r in cs:
            last = i
    return last


def IndexFunc(s, f):
    for i, r in iterrunes(s):
        if f(r):
            return i
    return -1


def LastIndexFunc(s, f):
    last = -1
    for i, r in iterrunes(s):
        if f(r):
            last = i
    return last


def LastIndex(s, substr):
    return s.rfind(substr)


def LastIndexByte(s, c):
    return s.rfind(bytes((c,)))


def Join(elems, sep):
    return sep.join(elems.tolist())


def Lines(s):
    def seq(yield_):
        i = 0
        n = len(s)
        while i < n:
            j = s.find(b"\n", i)
            j = n if j < 0 else j + 1
            if not yield_(s[i:j]):
                return
            i = j
    return seq


def Map(mapping, s):
    out = []
    changed = False
    for i, r in iterrunes(s):
        m = mapping(r)
        if m != r:
            changed = True
        if m >= 0:
            out.append(encoderune(m))
        else:
            changed = True
    if not changed and s.isascii():
        return s
    return b"".join(out)


def Repeat(s, count, pkg="strings"):
    """s repeated count times; pkg names the package in the panics (bytes shares it)."""
    if count < 0:
        panic_str(pkg + ": negative Repeat count")
    if count == 0 or not s:
        return b""
    if len(s) * count > MAXINT or len(s) * count // count != len(s):
        panic_str(pkg + ": Repeat output length overflow")
    if len(s) * count >= 1 << 40:
        panic_str(pkg + ": Repeat output length overflow")
    return s * count


def Replace(s, old, new, n):
    if old == new or n == 0:
        return s
    if not old:
        runes = runecount(s)
        m = runes + 1
        if n < 0 or n > m:
            n = m
        out = []
        k = 0
        start = 0
        for i, _ in iterrunes(s):
            if k == n:
                break
            if i > 0:
                out.append(s[start:i])
                start = i
            out.append(new)
            k += 1
        if k < n:
            out.append(s[start:])
            out.append(new)
        else:
            out.append(s[start:])
        return b"".join(out)
    if n < 0:
        return s.replace(old, new)
    return s.replace(old, new, n)


def ReplaceAll(s, old, new):
    return Replace(s, old, new, -1)


def explode(s, n):
    """s split into UTF-8 sequences, at most n pieces (n < 0: all)."""
    out = []
    idx = [i for i, _ in iterrunes(s)]
    if n < 0 or n > len(idx):
        n = len(idx)
    for k in range(n):
        if k == n - 1:
            out.append(s[idx[k]:])
        else:
            out.append(s[idx[k]:idx[k + 1]])
    return out


def split_spans(s, sep, save, n):
    """Go's genSplit as byte spans: n < 0 all, n == 0 none; save keeps that many sep bytes."""
    if n == 0:
        return None
    spans = []
    i = 0
    if n < 0:
        n = MAXINT
    ls = len(sep)
    while len(spans) < n - 1:
        j = s.find(sep, i)
        if j < 0:
            break
        spans.append((i, j + save))
        i = j + ls
    spans.append((i, len(s)))
    return spans


def _split(s, sep, save, n):
    if n == 0:
        return strslice([]).__class__(None, 0, 0, 0)
    if not sep:
        return strslice(explode(s, n))
    return strslice([s[a:b] for a, b in split_spans(s, sep, save, n)])


def Split(s, sep):
    return _split(s, sep, 0, -1)


def SplitN(s, sep, n):
    return _split(s, sep, 0, n)


def SplitAfter(s, sep):
    return _split(s, sep, len(sep), -1)


def SplitAfterN(s, sep, n):
    return _split(s, sep, len(sep), n)


def SplitSeq(s, sep):
    return _seq(Split(s, sep).tolist())


def SplitAfterSeq(s, sep):
    return _seq(SplitAfter(s, sep).tolist())


def _isseparator(r):
    if r <= 0x7F:
        c = chr(r)
        return not (c.isalnum() or c == "_")
    if cc.isletter(r) or cc.isdigit(r):
        return False
    return cc.isspace(r)


def Title(s):
    prev = 32
    out = []
    for _, r in iterrunes(s):
        if _isseparator(prev):
            out.append(encoderune(cc.totitle(r)))
        else:
            out.append(encoderune(r))
        prev = r
    return b"".join(out)


def ToLower(s):
    if s.isascii():
        return s.lower()
    return Map(cc.tolower, s)


def ToUpper(s):
    if s.isascii():
        return s.upper()
    return Map(cc.toupper, s)


def ToTitle(s):
    return Map(cc.totitle, s)


def _special(c, which):
    """Map through a unicode.SpecialCase (a []CaseRange) falling back to unicode."""
    ranges = c.tolist() if c is not None else []
    base = {0: cc.toupper, 1: cc.tolower, 2: cc.totitle}[which]

    def f(r):
        for cr in ranges:
            lo, hi = cr.Lo, cr.Hi
            if lo <= r <= hi:
                d = cr.Delta[which]
                if d > 0x10FFFF:     # UpperLower
                    return r + ((r - lo) & 1 == 0) * (1 if which == 1 else 0) - \
                        ((r - lo) & 1 == 1) * (1 if which != 1 else 0)
                return r + d
        return base(r)
    return f


def ToUpperSpecial(c, s):
    return Map(_special(c, 0), s)


def ToLowerSpecial(c, s):
    return Map(_special(c, 1), s)


def ToTitleSpecial(c, s):
    return Map(_special(c, 2), s)


def ToValidUTF8(s, replacement):
    out = []
    i = 0
    n = len(s)
    invalid = False
    from gopherpy.runtime.values import decoderune
    while i < n:
        c = s[i]
        if c < 0x80:
            out.append(s[i:i + 1])
            invalid = False
            i += 1
            continue
        r, w = decoderune(s, i)
        if w == 1:
            if not invalid:
                out.append(replacement)
                invalid = True
            i += 1
            continue
        invalid = False
        out.append(s[i:i + w])
        i += w
    return b"".join(out)


def _cutset_fn(cutset):
    if cutset.isascii():
        cs = set(cutset)
        return lambda r: r in cs
    cs = {r for _, r in iterrunes(cutset)}
    return lambda r: r in cs


def left_index(s, f, truth=True):
    """Byte index of the first rune for which f(r) != truth (len(s) if none)."""
    for i, r in iterrunes(s):
        if bool(f(r)) != truth:
            return i
    return len(s)


def right_index(s, f, truth=True):
    """Byte index just past the last rune for which f(r) != truth (0 if none)."""
    end = 0
    for i, r in iterrunes(s):
        if bool(f(r)) != truth:
            end = i + len(encoderune(r)) if r != RUNE_ERROR else i + _width(s, i)
    return end


def _width(s, i):
    from gopherpy.runtime.values import decoderune
    return decoderune(s, i)[1]


def Trim(s, cutset):
    if not s or not cutset:
        return s
    if s.isascii() and cutset.isascii():
        return s.strip(cutset)
    f = _cutset_fn(cutset)
    a = left_index(s, f)
    return s[a:a + right_index(s[a:], f)]


def TrimLeft(s, cutset):
    if not s or not cutset:
        return s
    if s.isascii() and cutset.isascii():
        return s.lstrip(cutset)
    return s[left_index(s, _cutset_fn(cutset)):]


def TrimRight(s, cutset):
    if not s or not cutset:
        return s
    if s.isascii() and cutset.isascii():
        return s.rstrip(cutset)
    return s[:right_index(s, _cutset_fn(cutset))]


def TrimFunc(s, f):
    a = left_index(s, f)
    return s[a:a + right_index(s[a:], f)]


def TrimLeftFunc(s, f):
    return s[left_index(s, f):]


def TrimRightFunc(s, f):
    return s[:right_index(s, f)]


_ASCII_SPACE = b" \t\n\v\f\r"


def TrimSpace(s):
    if s.isascii():
        return s.strip(_ASCII_SPACE)
    return TrimFunc(s, cc.isspace)


def TrimPrefix(s, prefix):
    if s.startswith(prefix):
        return s[len(prefix):]
    return s


def TrimSuffix(s, suffix):
    if suffix and s.endswith(suffix):
        return s[:len(s) - len(suffix)]
    return s


# ---------------------------------------------------------------------------
# Replacer: the Replacer struct (strings.go) holds the old/new pairs in field `oldnew`
# ([]string). At each position the first pair in argument order whose old string
# matches wins; an empty old string matches everywhere but not twice in a row at the
# same position; where nothing matches one byte is copied.

def replace_pairs(pairs, s):
    """s with the (old, new) pairs replaced as a strings.Replacer does."""
    if not pairs:
        return s
    seen = set()
    uniq = []
    for p in pairs:
        if p[0] not in seen:
            seen.add(p[0])
            uniq.append(p)
    has_empty = b"" in seen
    if not has_empty and all(len(o) == 1 for o, _ in uniq):
        table = {o[0]: n for o, n in uniq}
        if all(len(n) == 1 for n in table.values()):
            return s.translate(bytes(table[c][0] if c in table else c for c in range(256)))
    out = []
    i = 0
    n = len(s)
    last = 0
    prev_empty = False
    while i <= n:
        hit = None
        for old, new in uniq:
            if old:
                if s.startswith(old, i):
                    hit = (old, new)
                    break
            elif not prev_empty:
                hit = (old, new)
                break
        if hit is not None:
            out.append(s[last:i])
            out.append(hit[1])
            i += len(hit[0])
            last = i
            prev_empty = not hit[0]
            continue
        prev_empty = False
        i += 1
    out.append(s[last:])
    return b"".join(out)


def _pairs(r):
    ons = r.oldnew.tolist()
    return [(ons[k], ons[k + 1]) for k in range(0, len(ons) - 1, 2)]


def Replacer_Replace(r, s):
    return replace_pairs(_pairs(r), s)
