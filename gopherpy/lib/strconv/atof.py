"""This file parses floating-point numbers exactly as Go's strconv.ParseFloat does.

`parse_float(s, bitsize)` returns (value, code) with the codes of atoi.py: the syntax
is checked here (decimal and hexadecimal Go float literals with optional sign and
underscores between digits, "inf"/"infinity" with optional sign, "nan" without), then
the value is rounded once, half to even, to the target size: Python's float() and
float.fromhex are correctly rounded for float64; float32 uses float64 as an
intermediate only where that provably gives the same result, and exact integer
arithmetic otherwise. Overflow gives ±Inf and ERR_RANGE; underflow gives ±0 silently.
"""

from __future__ import annotations

import math
import struct

from gopherpy.lib.nativeutil import LazyPattern
from gopherpy.lib.strconv.atoi import ERR_RANGE, ERR_SYNTAX, OK, underscore_ok
from gopherpy.lib.strconv.ftoa import _is_mid32, f32

_INF = float("inf")
# Go's math.NaN() and ParseFloat("NaN") have bits 0x7FF8000000000001
GO_NAN = struct.unpack("<d", struct.pack("<Q", 0x7FF8000000000001))[0]

# digits may carry underscores; their placement is checked by underscore_ok
_DEC = LazyPattern(rb"[+-]?(?:[0-9_]+\.?[0-9_]*|\.[0-9_]+)(?:[eE][+-]?[0-9_]+)?\Z")
_HEX = LazyPattern(rb"[+-]?0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?[0-9_]+)\Z")
_SPECIAL = {b"inf": _INF, b"+inf": _INF, b"-inf": -_INF, b"infinity": _INF,
            b"+infinity": _INF, b"-infinity": -_INF, b"nan": GO_NAN}


def parse_float(s: bytes, bitsize: int = 64):
    """strconv.ParseFloat(s, bitsize): (value, code); bitsize 32 rounds to float32."""
    n = len(s)
    if n == 0:
        return 0.0, ERR_SYNTAX
    c = s[-1]
    if c > 0x39 and (c | 0x20) in b"fny":
        v = _SPECIAL.get(s.lower())
        if v is None:
            return 0.0, ERR_SYNTAX
        return v, OK
    if _DEC.match(s):
        if 0x5F in s:
            if not underscore_ok(s) or not _has_digit(s):
                return 0.0, ERR_SYNTAX
            t = s.replace(b"_", b"")
        else:
            t = s
        mant_end = t.find(b"e")
        if mant_end < 0:
            mant_end = t.find(b"E")
        if mant_end < 0:
            mant_end = len(t)
        if not any(0x30 <= ch <= 0x39 for ch in t[:mant_end]):
            return 0.0, ERR_SYNTAX
        f = float(t)
        if bitsize == 32:
            return _to32_dec(t, f)
        if f == _INF or f == -_INF:
            return f, ERR_RANGE
        return f, OK
    m = _HEX.match(s)
    if m is not None:
        if 0x5F in s and not underscore_ok(s):
            return 0.0, ERR_SYNTAX
        ip = m.group(1).replace(b"_", b"")
        fp = (m.group(2) or b"").replace(b"_", b"")
        if not ip and not fp:
            return 0.0, ERR_SYNTAX
        exp_s = m.group(3).replace(b"_", b"")
        if not exp_s.strip(b"+-"):
            return 0.0, ERR_SYNTAX
        mant = int(ip + fp, 16) if ip + fp else 0
        exp = int(exp_s) - 4 * len(fp)
        neg = s[0] == 0x2D
        return _round_binary(mant, exp, neg, bitsize)
    return 0.0, ERR_SYNTAX


def _has_digit(s: bytes) -> bool:
    return any(0x30 <= ch <= 0x39 for ch in s)


def _to32_dec(t: bytes, f: float):
    """Round the decimal literal t (whose nearest float64 is f) to float32."""
    if f == _INF or f == -_INF:
        return f, ERR_RANGE
    if not _is_mid32(f):
        # t and f lie on the same side of every float32 midpoint: rounding f is rounding t
        r = f32(f)
        if r == _INF or r == -_INF:
            return r, ERR_RANGE
        return r, OK
    # f is exactly halfway between two float32s: decide with the exact decimal value
    num, den = _decimal_fraction(t)
    return _round_rational(num, den, t[:1] == b"-", 24, -149, 127)


def _decimal_fraction(t: bytes):
    """(numerator, denominator) of the unsigned value of decimal literal t (no underscores)."""
    t = t.lstrip(b"+-").lower()
    e = 0
    k = t.find(b"e")
    if k >= 0:
        e = int(t[k + 1:])
        t = t[:k]
    p = t.find(b".")
    if p >= 0:
        e -= len(t) - p - 1
        t = t[:p] + t[p + 1:]
    d = int(t) if t else 0
    if e >= 0:
        return d * 10 ** e, 1
    return d, 10 ** (-e)


def _round_rational(num: int, den: int, neg: bool, mbits: int, min_exp2: int, max_e: int):
    """num/den rounded half to even to a binary float with mbits of mantissa.

    min_exp2 is the exponent of the smallest subnormal's unit; max_e the largest
    unbiased exponent. Returns (value, code).
    """
    if num == 0:
        return (-0.0 if neg else 0.0), OK
    # find e2 with 2**(mbits-1) <= num/den * 2**-e2 < 2**mbits
    e2 = num.bit_length() - den.bit_length() - mbits
    while True:
        if e2 >= 0:
            q, r = divmod(num, den << e2)
            rd = den << e2
        else:
            q, r = divmod(num << -e2, den)
            rd = den
        if q >= 1 << mbits:
            e2 += 1
            continue
        if q < 1 << (mbits - 1):
            e2 -= 1
            continue
        break
    if e2 < min_exp2:
        # subnormal: recompute at the fixed smallest exponent
        e2 = min_exp2
        if e2 >= 0:
            q, r = divmod(num, den << e2)
            rd = den << e2
        else:
            q, r = divmod(num << -e2, den)
            rd = den
    if 2 * r > rd or (2 * r == rd and q & 1):
        q += 1
    if q.bit_length() + e2 - 1 > max_e:
        return (-_INF if neg else _INF), ERR_RANGE
    v = math.ldexp(float(q), e2)
    return (-v if neg else v), OK


def _round_binary(mant: int, exp: int, neg: bool, bitsize: int):
    """mant * 2**exp rounded to float64/float32."""
    if mant == 0:
        return (-0.0 if neg else 0.0), OK
    top = mant.bit_length() + exp
    if top > 1100:
        return (-_INF if neg else _INF), ERR_RANGE
    if top < -1200:
        return (-0.0 if neg else 0.0), OK
    if bitsize == 32:
        mbits, min_exp2, max_e = 24, -149, 127
    else:
        mbits, min_exp2, max_e = 53, -1074, 1023
    if exp >= 0:
        return _round_rational(mant << exp, 1, neg, mbits, min_exp2, max_e)
    return _round_rational(mant, 1 << -exp, neg, mbits, min_exp2, max_e)
