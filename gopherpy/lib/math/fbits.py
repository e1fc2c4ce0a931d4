"""This file implements math's bit-level and exact functions: float bits, Inf/NaN, rounding, Frexp, Ldexp, Mod, FMA...

Every function here has an exactly defined result (no rounding, or one correct
rounding), so Python's exact operations may stand in for Go's code as long as the
special cases (NaN payloads, signed zeros, infinities) come out as Go's do. Go's
NaN() has the bits 0x7FF8000000000001, Python's float('nan') 0x7FF8000000000000;
both print NaN but Float64bits tells them apart, so Go's special cases return GO_NAN.
"""

from __future__ import annotations

import math
import struct

_pd = struct.Struct("<d")
_pq = struct.Struct("<Q")
_pf = struct.Struct("<f")
_pi = struct.Struct("<I")


def float64bits(x: float) -> int:
    return _pq.unpack(_pd.pack(x))[0]


def float64frombits(b: int) -> float:
    return _pd.unpack(_pq.pack(b & 0xFFFFFFFFFFFFFFFF))[0]


def float32bits(x: float) -> int:
    return _pi.unpack(_pf.pack(x))[0]


def float32frombits(b: int) -> float:
    return _pf.unpack(_pi.pack(b & 0xFFFFFFFF))[0]


GO_NAN = float64frombits(0x7FF8000000000001)
INF = math.inf
NEG_INF = -math.inf
MAX_FLOAT64 = 1.7976931348623157e308
SIGN_MASK = 1 << 63

_copysign = math.copysign
_isfinite = math.isfinite
TWO52 = 4503599627370496.0


def inf(sign: int) -> float:
    return INF if sign >= 0 else NEG_INF


def nan() -> float:
    return GO_NAN


def isnan(x: float) -> bool:
    return x != x


def isinf(x: float, sign: int) -> bool:
    if sign == 0:
        return x == INF or x == NEG_INF
    return x == (INF if sign > 0 else NEG_INF)


def signbit(x: float) -> bool:
    return float64bits(x) >> 63 == 1


def fabs(x: float) -> float:
    # by bits, as Go: Abs(NaN) clears the NaN's sign bit too
    return float64frombits(float64bits(x) & ~SIGN_MASK)


def copysign(f: float, sign: float) -> float:
    return float64frombits((float64bits(f) & ~SIGN_MASK) | (float64bits(sign) & SIGN_MASK))


def floor(x: float) -> float:
    if x != x:
        return x * 1.0  # ROUNDSD quiets a signaling NaN
    if x == INF or x == NEG_INF or -TWO52 <= x <= TWO52 and x == int(x):
        return x  # NaN, infinities, integers (and ±0) are their own floor
    return _copysign(float(math.floor(x)), x)


def ceil(x: float) -> float:
    if x != x:
        return x * 1.0
    if x == INF or x == NEG_INF or -TWO52 <= x <= TWO52 and x == int(x):
        return x
    return _copysign(float(math.ceil(x)), x)


def trunc(x: float) -> float:
    if x != x:
        return x * 1.0
    if x == INF or x == NEG_INF:
        return x
    return _copysign(float(int(x)), x)


def round_(x: float) -> float:
    """math.Round: half away from zero."""
    if x != x or x == INF or x == NEG_INF or not -TWO52 < x < TWO52:
        return x
    t = float(int(x))
    if abs(x - t) >= 0.5:
        t += _copysign(1.0, x)
    return _copysign(t, x)


def round_to_even(x: float) -> float:
    if x != x or x == INF or x == NEG_INF or not -TWO52 < x < TWO52:
        return x
    return _copysign(float(round(x)), x)


def modf(f: float):
    i = trunc(f)
    return i, copysign(f - i, f)


def frexp(f: float):
    if f == 0 or f != f or f == INF or f == NEG_INF:
        return f, 0
    return math.frexp(f)


def ldexp(frac: float, exp: int) -> float:
    if frac == 0 or frac != frac or frac == INF or frac == NEG_INF:
        return frac
    try:
        return math.ldexp(frac, exp)
    except OverflowError:
        return INF if frac > 0 else NEG_INF


def normalize(x: float):
    if abs(x) < 2.2250738585072014e-308:
        return x * 4503599627370496.0, -52
    return x, 0


def ilogb_(x: float) -> int:
    x, e = normalize(x)
    return ((float64bits(x) >> 52) & 0x7FF) - 1023 + e


def ilogb(x: float) -> int:
    if x == 0:
        return -(1 << 31)
    if x != x or x == INF or x == NEG_INF:
        return (1 << 31) - 1
    return ilogb_(x)


def logb(x: float) -> float:
    if x == 0:
        return NEG_INF
    if x == INF or x == NEG_INF:
        return INF
    if x != x:
        return x
    return float(ilogb_(x))


def mod(x: float, y: float) -> float:
    if y == 0 or x == INF or x == NEG_INF or x != x or y != y:
        return GO_NAN
    return math.fmod(x, y)  # exact, and with x's sign, as Go's


def remainder(x: float, y: float) -> float:
    if x != x or y != y or x == INF or x == NEG_INF or y == 0:
        return GO_NAN
    if y == INF or y == NEG_INF:
        return x
    return math.remainder(x, y)


def nextafter(x: float, y: float) -> float:
    if x != x or y != y:
        return GO_NAN
    if x == y:
        return x
    if x == 0:
        return copysign(float64frombits(1), y)
    b = float64bits(x)
    return float64frombits(b + 1 if (y > x) == (x > 0) else b - 1)


def nextafter32(x: float, y: float) -> float:
    if x != x or y != y:
        return float32frombits(0x7FC00000)  # float32(NaN()) on amd64
    if x == y:
        return x
    if x == 0:
        return copysign(float32frombits(1), y)
    b = float32bits(x)
    return float32frombits(b + 1 if (y > x) == (x > 0) else b - 1)


def fmax(x: float, y: float) -> float:
    if x == INF or y == INF:
        return INF
    if x != x or y != y:
        return GO_NAN
    if x == 0 and y == 0:
        return y if signbit(x) else x
    return x if x > y else y


def fmin(x: float, y: float) -> float:
    if x == NEG_INF or y == NEG_INF:
        return NEG_INF
    if x != x or y != y:
        return GO_NAN
    if x == 0 and y == 0:
        return x if signbit(x) else y
    return x if x < y else y


def dim(x: float, y: float) -> float:
    v = x - y
    if v <= 0:
        return 0.0
    return v


def _parts(x: float):
    """(m, e) with x == m * 2**e exactly, m an int (x finite)."""
    m, e = math.frexp(x)
    return int(m * 9007199254740992.0), e - 53


def fma(x: float, y: float, z: float) -> float:
    """x*y+z computed exactly and rounded once (math.FMA)."""
    if x == 0 or y == 0 or not _isfinite(x) or not _isfinite(y):
        return x * y + z
    if z == 0:
        return x * y
    if not _isfinite(z):
        return z
    mx, ex = _parts(x)
    my, ey = _parts(y)
    mz, ez = _parts(z)
    mp, ep = mx * my, ex + ey
    if ep < ez:
        s, e = mp + (mz << (ez - ep)), ep
    else:
        s, e = (mp << (ep - ez)) + mz, ez
    if s == 0:
        return 0.0
    # int true division and float(int) round correctly (to nearest even, with
    # subnormals); overflow past the largest float is an infinity
    try:
        return s / (1 << -e) if e < 0 else float(s << e)
    except OverflowError:
        return INF if s > 0 else NEG_INF


_DEFAULT_NAN = float64frombits(0xFFF8000000000000)  # what 0/0 gives on x86


def fdiv(a: float, b: float) -> float:
    """a/b with IEEE results where Python raises ZeroDivisionError (b == ±0)."""
    try:
        return a / b
    except ZeroDivisionError:
        if a != a:
            return a
        if a == 0:
            return _DEFAULT_NAN
        return INF if _copysign(1.0, a) * _copysign(1.0, b) > 0 else NEG_INF
