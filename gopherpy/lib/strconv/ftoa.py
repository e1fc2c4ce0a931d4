"""This file formats floating-point numbers exactly as Go's strconv.FormatFloat does.

Digits come from Python's correctly rounded conversions: `repr` gives the shortest
float64 digits that round-trip (Go's shortest mode gives the same digits), `'%.*e'` and
`'%.*f'` give correctly rounded fixed precision (the same rounding Go does on the exact
binary value). Shortest float32 digits have their own search (`shortest32`). The layout
(where the point goes, when an exponent is used, exponent width, %b and %x forms) is
written here after Go's documented behaviour and checked against real Go output
(testdata/ftoa_gen.go).

A decimal is handled as (digits, dp): `digits` is a str of decimal digits without
trailing zeros ("" for zero) and the value is 0.digits * 10**dp.
"""

from __future__ import annotations

import math
import struct

_pack_f = struct.Struct("<f").pack
_unpack_f = struct.Struct("<f").unpack
_pack_d = struct.Struct("<d").pack
_unpack_Q = struct.Struct("<Q").unpack
_unpack_I = struct.Struct("<I").unpack
_INF = float("inf")


def _split_sci(s: str):
    """(digits, dp) from a Python '%e'-style or repr string of a positive number."""
    k = s.find("e")
    if k >= 0:
        mant = s[:k]
        exp = int(s[k + 1:])
    else:
        mant = s
        exp = 0
    p = mant.find(".")
    if p >= 0:
        ip = mant[:p]
        fp = mant[p + 1:]
    else:
        ip = mant
        fp = ""
    if ip == "0":
        # 0.000ddd
        digs = fp.lstrip("0")
        dp = exp - (len(fp) - len(digs))
        return digs.rstrip("0"), dp
    digs = (ip + fp).rstrip("0")
    return digs, len(ip) + exp


def shortest64(x: float):
    """Shortest digits of finite x > 0 that read back as the float64 x."""
    return _split_sci(repr(x))


def f32(x: float) -> float:
    """x rounded to float32 (half to even), as a Python float (inf on overflow)."""
    try:
        return _unpack_f(_pack_f(x))[0]
    except OverflowError:
        # struct refuses exactly the values that round to infinity
        return math.copysign(_INF, x)


def _is_mid32(f: float) -> bool:
    """Whether the float64 f lies exactly halfway between two adjacent float32 values."""
    m, e = math.frexp(abs(f))
    # f = m * 2**e, 0.5 <= m < 1; a float32 there has p significant bits
    p = 24
    if e - 1 < -126:
        p = 24 - (-126 - (e - 1))
        if p < 0:
            return False
    t = m * (1 << (p + 1))
    return t == int(t) and int(t) & 1 == 1


def _bits32(x: float):
    """(mantissa, exp2) with x = mantissa * 2**exp2 for float32 x > 0; mantissa holds the implicit bit."""
    b = _unpack_I(_pack_f(x))[0]
    e = (b >> 23) & 0xFF
    m = b & 0x7FFFFF
    if e == 0:
        return m, -149, True
    return m | 0x800000, e - 150, False


def _in_interval32(digs: str, dp: int, x: float) -> bool:
    """Whether 0.digs * 10**dp reads back (half to even) as the float32 x."""
    f = float("0." + digs + "e" + str(dp))
    if _is_mid32(f):
        return _exact_in32(digs, dp, x)
    return f32(f) == x


def _exact_in32(digs: str, dp: int, x: float) -> bool:
    m, e2, _ = _bits32(x)
    # value v = D * 10**k; bounds (2m-1)/2 * 2**e2 .. (2m+1)/2 * 2**e2 (lower narrower at 2**23)
    d = int(digs)
    k = dp - len(digs)
    lo_num = 2 * m - 1
    lo_den_shift = 1
    if m == 0x800000 and e2 > -149:
        lo_num = 4 * m - 1
        lo_den_shift = 2
    hi_num = 2 * m + 1
    # compare d*10**k with num * 2**(e2 - shift); cross-multiply to integers
    def cmp(num, shift):
        a = d
        b = num
        if k >= 0:
            a *= 10 ** k
        else:
            b *= 10 ** (-k)
        s = e2 - shift
        if s >= 0:
            b <<= s
        else:
            a <<= -s
        return (a > b) - (a < b)
    even = m & 1 == 0
    c_lo = cmp(lo_num, lo_den_shift)
    c_hi = cmp(hi_num, 1)
    if even:
        return c_lo >= 0 and c_hi <= 0
    return c_lo > 0 and c_hi < 0


def shortest32(x: float):
    """Shortest digits of the finite float32 x > 0 that read back as x; closest to x among those."""
    for p in range(1, 10):
        s = "%.*e" % (p - 1, x)
        digs, dp = _split_sci(s)
        if _in_interval32(digs, dp, x):
            return digs, dp
        m, e2, sub = _bits32(x)
        if m == 0x800000 and not sub:
            # x is a power of two: the interval is wider above x, try the next p-digit decimal up
            up = int(s[0] + s[2:p + 1] if p > 1 else s[0]) + 1
            e10 = int(s[s.find("e") + 1:])
            us = str(up)
            udp = e10 + 1 + (len(us) - p)
            ud = us.rstrip("0")
            if _in_interval32(ud, udp, x):
                return ud, udp
    return _split_sci(repr(x))


def _fixed_digits(x: float, n: int):
    """x > 0 rounded to n >= 1 significant digits."""
    return _split_sci("%.*e" % (n - 1, x))


def _exp_part(exp: int, ch: str) -> str:
    if exp < 0:
        return ch + ("-%02d" % -exp)
    return ch + ("+%02d" % exp)


def fmt_e(digs: str, dp: int, prec: int, ch: str) -> str:
    """%e layout: d.ddd(prec digits)e±dd."""
    nd = len(digs)
    first = digs[0] if nd else "0"
    if prec > 0:
        frac = digs[1:prec + 1]
        if len(frac) < prec:
            frac += "0" * (prec - len(frac))
        first = first + "." + frac
    exp = dp - 1 if nd else 0
    return first + _exp_part(exp, ch)


def fmt_f(digs: str, dp: int, prec: int) -> str:
    """%f layout: integer part, then prec fraction digits."""
    nd = len(digs)
    if dp > 0:
        ip = digs[:dp]
        if nd < dp:
            ip += "0" * (dp - nd)
    else:
        ip = "0"
    if prec <= 0:
        return ip
    if dp >= 0:
        frac = digs[dp:dp + prec]
    else:
        frac = ("0" * (-dp) + digs)[:prec]
    if len(frac) < prec:
        frac += "0" * (prec - len(frac))
    return ip + "." + frac


def fmt_b(x: float, bitsize: int) -> str:
    """%b: mantissa 'p' binary exponent, of |x|."""
    if bitsize == 32:
        b = _unpack_I(_pack_f(x))[0]
        e = (b >> 23) & 0xFF
        m = b & 0x7FFFFF
        if e == 0:
            e = 1
        else:
            m |= 0x800000
        e -= 150
    else:
        b = _unpack_Q(_pack_d(x))[0]
        e = (b >> 52) & 0x7FF
        m = b & 0xFFFFFFFFFFFFF
        if e == 0:
            e = 1
        else:
            m |= 1 << 52
        e -= 1075
    return "%dp%s%d" % (m, "+" if e >= 0 else "-", abs(e))


def fmt_x(x: float, prec: int, upper: bool) -> str:
    """%x: 0x1.hhhp±dd of |x| (hex digits shortest when prec < 0)."""
    if x == 0:
        s = "0x0"
        if prec > 0:
            s += "." + "0" * prec
        s += "p+00"
        return s.upper() if upper else s
    m, e = math.frexp(x)
    e -= 1
    mant = int(m * (1 << 53))          # 1 << 52 <= mant < 1 << 53
    frac = mant & ((1 << 52) - 1)
    if prec < 0:
        h = "%013x" % frac
        h = h.rstrip("0")
        lead = 1
    elif prec < 13:
        shift = 4 * (13 - prec)
        q = mant >> shift
        r = mant & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if r > half or (r == half and q & 1):
            q += 1
        if q >> (53 - shift):
            # carried into a new leading digit: 2.000 -> 1.000 p+1
            q >>= 1
            e += 1
        lead = q >> (52 - shift)
        fr = q & ((1 << (52 - shift)) - 1)
        h = ("%0*x" % (prec, fr)) if prec > 0 else ""
    else:
        lead = 1
        h = ("%013x" % frac) + "0" * (prec - 13)
    s = "0x%d" % lead
    if h:
        s += "." + h
    s += "p" + ("-%02d" % -e if e < 0 else "+%02d" % e)
    return s.upper() if upper else s


def format_float_str(x: float, fmt: str, prec: int, bitsize: int = 64) -> str:
    """strconv.FormatFloat(x, fmt, prec, bitsize) as a Python str."""
    if fmt == "g" and prec < 0 and bitsize == 64:
        # hot path: Println, %v
        if x != x:
            return "NaN"
        ax = x if x >= 0 else -x
        if ax < 1e6:
            r = repr(x)
            if "e" not in r:
                return r[:-2] if r[-2:] == ".0" else r
        elif ax == _INF:
            return "+Inf" if x > 0 else "-Inf"
    if x != x:
        return "NaN"
    if x == _INF:
        return "+Inf"
    if x == -_INF:
        return "-Inf"
    if len(fmt) != 1 or fmt not in "beEfgGxX":
        return "%" + fmt  # Go echoes an unknown format, without the sign
    neg = x < 0 or (x == 0 and math.copysign(1.0, x) < 0)
    ax = -x if neg else x
    s = _format_pos(ax, fmt, prec, bitsize)
    return "-" + s if neg else s


def _format_pos(ax: float, fmt: str, prec: int, bitsize: int) -> str:
    if fmt == "b":
        return fmt_b(ax, bitsize)
    if fmt == "x" or fmt == "X":
        return fmt_x(ax, prec, fmt == "X")
    if fmt not in "eEfFgG" or len(fmt) != 1:
        return "%" + fmt
    shortest = prec < 0
    if shortest:
        if ax == 0:
            digs, dp = "", 0
        elif bitsize == 32:
            digs, dp = shortest32(ax)
        else:
            digs, dp = shortest64(ax)
        nd = len(digs)
        if fmt == "e" or fmt == "E":
            return fmt_e(digs, dp, max(nd - 1, 0), fmt)
        if fmt == "f" or fmt == "F":
            return fmt_f(digs, dp, max(nd - dp, 0))
        eprec = 6
        p = nd
    else:
        if fmt == "e" or fmt == "E":
            if ax == 0:
                return fmt_e("", 0, prec, fmt)
            digs, dp = _fixed_digits(ax, prec + 1)
            return fmt_e(digs, dp, prec, fmt)
        if fmt == "f" or fmt == "F":
            return "%.*f" % (prec, ax)
        p = prec if prec > 0 else 1
        if ax == 0:
            digs, dp = "", 0
        else:
            digs, dp = _fixed_digits(ax, p)
        nd = len(digs)
        eprec = p
        if eprec > nd and nd >= dp:
            eprec = nd
    exp = dp - 1
    ch = "e" if fmt == "g" else "E"
    if exp < -4 or exp >= eprec:
        if p > nd:
            p = nd
        return fmt_e(digs, dp, p - 1, ch)
    if p > dp:
        p = nd
    return fmt_f(digs, dp, max(p - dp, 0))


def format_float(x: float, fmt, prec: int, bitsize: int = 64) -> bytes:
    """strconv.FormatFloat: fmt is a byte value or a one-character str; returns bytes."""
    if type(fmt) is int:
        fmt = chr(fmt)
    return format_float_str(x, fmt, prec, bitsize).encode()
