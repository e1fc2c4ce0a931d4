"""This file binds package strconv's body-less functions to the Python parsers and formatters.

Parsers return (value, code) with atoi.py's codes; strconv.go turns a code into the
*NumError Go returns. parse_float_prefix reproduces how far Go's float reader consumes
a string (ParseComplex reads two floats from one string).
"""

from __future__ import annotations

from gopherpy.lib.nativeutil import LazyPattern, append_bytes, panic_str
from gopherpy.lib.strconv import atof, atoi, ftoa, quote as Q
from gopherpy.lib.unicode.letter import is_graphic, is_print
from gopherpy.runtime.values import f32

_DIGITS36 = b"0123456789abcdefghijklmnopqrstuvwxyz"


def parseInt(s, base, bitsize):
    return atoi.parse_int(s, base, bitsize)


def parseUint(s, base, bitsize):
    return atoi.parse_uint(s, base, bitsize)


def parseFloat(s, bitsize):
    v, code = atof.parse_float(s, 32 if bitsize == 32 else 64)
    if code == atoi.ERR_SYNTAX:
        return 0.0, code
    return v, code


# The longest prefix Go's float reader accepts: a special value (inf/infinity with an
# optional sign, nan without), or a decimal or hexadecimal mantissa (digits, '_', one
# '.') with an exponent ('e' for decimal, 'p' required for hex) whose sign must be
# followed by a digit.
_PREFIX = LazyPattern(
    rb"[+-]?(?:0[xX](?=[0-9a-fA-F_.])[0-9a-fA-F_]*\.?[0-9a-fA-F_]*[pP][+-]?[0-9][0-9_]*"
    rb"|[0-9_]*\.?[0-9_]*(?:[eE][+-]?[0-9][0-9_]*)?)")


def parse_float_prefix(s: bytes, bitsize: int):
    """(value, length consumed, code) as Go's parseFloatPrefix."""
    if s:
        c = s[0]
        t = s[1:] if c in b"+-" else s
        if t[:3].lower() == b"inf" and (c in b"+-iI"):
            n = 8 if t[:8].lower() == b"infinity" else 3
            k = n + (len(s) - len(t))
            v, code = atof.parse_float(s[:k], bitsize)
            return v, k, code
        if c in b"nN" and s[:3].lower() == b"nan":
            v, code = atof.parse_float(s[:3], bitsize)
            return v, 3, code
    m = _PREFIX.match(s)
    n = m.end() if m else 0
    if n == 0:
        return 0.0, 0, atoi.ERR_SYNTAX
    v, code = atof.parse_float(s[:n], bitsize)
    return v, n, code


def parseComplex(s, bitsize):
    size = 32 if bitsize == 64 else 64
    if len(s) >= 2 and s[0] == 0x28 and s[-1] == 0x29:
        s = s[1:-1]
    pending = atoi.OK
    re_, n, code = parse_float_prefix(s, size)
    if code != atoi.OK:
        if code != atoi.ERR_RANGE:
            return 0j, code
        pending = code
    s = s[n:]
    if not s:
        return complex(re_, 0.0), pending
    c = s[0]
    if c == 0x2B:
        if len(s) > 1 and s[1] != 0x2B:
            s = s[1:]
    elif c == 0x2D:
        pass
    elif c == 0x69 and len(s) == 1:
        return complex(0.0, re_), pending
    else:
        return 0j, atoi.ERR_SYNTAX
    im, n, code = parse_float_prefix(s, size)
    if code != atoi.OK:
        if code != atoi.ERR_RANGE:
            return 0j, code
        pending = code
    if s[n:] != b"i":
        return 0j, atoi.ERR_SYNTAX
    return complex(re_, im), pending


def _ftoa(f, fmt, prec, bitsize, what):
    if bitsize == 32:
        f = f32(f)
    elif bitsize != 64:
        panic_str(f"strconv: illegal {what} bitSize")
    if fmt > 0x7F:
        # an unknown verb is echoed as %<byte>
        return b"%" + bytes((fmt,))
    return ftoa.format_float(f, fmt, prec, bitsize)


def FormatFloat(f, fmt, prec, bitsize):
    return _ftoa(f, fmt, prec, bitsize, "FormatFloat")


def AppendFloat(dst, f, fmt, prec, bitsize):
    return append_bytes(dst, _ftoa(f, fmt, prec, bitsize, "AppendFloat"))


def _itoa(i: int, base: int) -> bytes:
    if base < 2 or base > 36:
        panic_str("strconv: illegal AppendInt/FormatInt base")
    if base == 10:
        return b"%d" % i
    if base == 16:
        return b"%x" % i if i >= 0 else b"-%x" % -i
    if base == 8:
        return b"%o" % i if i >= 0 else b"-%o" % -i
    neg = i < 0
    u = -i if neg else i
    out = bytearray()
    while u >= base:
        u, d = divmod(u, base)
        out.append(_DIGITS36[d])
    out.append(_DIGITS36[u])
    if neg:
        out.append(0x2D)
    out.reverse()
    return bytes(out)


FormatInt = _itoa
FormatUint = _itoa


def Itoa(i):
    return b"%d" % i


def AppendInt(dst, i, base):
    return append_bytes(dst, _itoa(i, base))


def AppendUint(dst, i, base):
    return append_bytes(dst, _itoa(i, base))


Quote = Q.quote
QuoteToASCII = Q.quote_to_ascii
QuoteToGraphic = Q.quote_to_graphic
QuoteRune = Q.quote_rune
QuoteRuneToASCII = Q.quote_rune_to_ascii
QuoteRuneToGraphic = Q.quote_rune_to_graphic
CanBackquote = Q.can_backquote
IsPrint = is_print
IsGraphic = is_graphic


def AppendQuote(dst, s):
    return append_bytes(dst, Q.quote(s))


def AppendQuoteToASCII(dst, s):
    return append_bytes(dst, Q.quote_to_ascii(s))


def AppendQuoteToGraphic(dst, s):
    return append_bytes(dst, Q.quote_to_graphic(s))


def AppendQuoteRune(dst, r):
    return append_bytes(dst, Q.quote_rune(r))


def AppendQuoteRuneToASCII(dst, r):
    return append_bytes(dst, Q.quote_rune_to_ascii(r))


def AppendQuoteRuneToGraphic(dst, r):
    return append_bytes(dst, Q.quote_rune_to_graphic(r))


def unquote(s):
    return Q.unquote(s)


def quotedPrefix(s):
    return Q.quoted_prefix(s)


def unquoteChar(s, quote):
    return Q.unquote_char(s, quote)
