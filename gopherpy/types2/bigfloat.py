"""This file implements the floating-point constants too large or too small to be kept as
exact fractions (math/big's Float in the role go/constant gives it).

go/constant keeps a float as an exact fraction only while its binary exponent is within
±4096 (maxExp); beyond, it uses a big.Float with 512 bits of mantissa, whose exponent
is limited to an int32: a literal like 6e886451608 overflows it and is malformed, and
1e100000000 * ... overflows when an operation's result exceeds it (the result is then
"not representable"). Fractions for such values would need hundreds of millions of
digits; a BigFloat holds m * 2**e with |m| < 2**PREC instead.

Invariants: a BigFloat's magnitude is outside the fraction range (normalize() turns a
result back into an exact Fraction when it comes within range, or into 0 when it
underflows); m is odd-or-PREC-bits rounded to nearest even; m != 0.
"""

from __future__ import annotations

import math
from fractions import Fraction

PREC = 512  # go/constant's float precision
MAX_EXP = (1 << 31) - 1  # big.MaxExp: value < 2**MAX_EXP
MIN_EXP = -(1 << 31)  # big.MinExp
SMALL_EXP = 4 << 10  # go/constant's maxExp: fractions within 2**±SMALL_EXP


class Overflow(ArithmeticError):
    """A result whose exponent exceeds a big.Float's (go/constant gives Unknown)."""


def _round(m: int, e: int):
    """m * 2**e with m rounded to PREC bits (nearest, ties to even)."""
    n = abs(m).bit_length()
    if n <= PREC:
        return m, e
    shift = n - PREC
    neg = m < 0
    a = -m if neg else m
    q = a >> shift
    r = a & ((1 << shift) - 1)
    half = 1 << (shift - 1)
    if r > half or (r == half and q & 1):
        q += 1
        if q.bit_length() > PREC:
            q >>= 1
            shift += 1
    return (-q if neg else q), e + shift


def normalize(m: int, e: int):
    """The constant value m * 2**e: a Fraction if in the fraction range (0 on
    underflow), else a BigFloat; raises Overflow beyond a big.Float's range."""
    if m == 0:
        return Fraction(0)
    m, e = _round(m, e)
    x = e + abs(m).bit_length()  # big.Float's exponent: value = 0.mant * 2**x
    if x > MAX_EXP:
        raise Overflow
    if x < MIN_EXP:
        return Fraction(0)
    if -SMALL_EXP < x < SMALL_EXP:
        return Fraction(m << e) if e >= 0 else Fraction(m, 1 << -e)
    return BigFloat(m, e)


def from_value(v):
    """(m, e) of v (int, Fraction or BigFloat), rounded to PREC bits."""
    if isinstance(v, BigFloat):
        return v.m, v.e
    if isinstance(v, int):
        return _round(v, 0)
    n, d = v.numerator, v.denominator
    if d == 1:
        return _round(n, 0)
    k = PREC + 2 - (abs(n).bit_length() - d.bit_length())
    if k > 0:
        q = (abs(n) << k) // d
    else:
        q = abs(n) // (d << -k)
    return _round(-q if n < 0 else q, -k)


def _pow(m: int, e: int, n: int):
    """(m * 2**e) ** n, rounded at each step."""
    rm, re_ = 1, 0
    bm, be = m, e
    while n:
        if n & 1:
            rm, re_ = _round(rm * bm, re_ + be)
        n >>= 1
        if n:
            bm, be = _round(bm * bm, be + be)
    return rm, re_


def from_decimal(mant: int, exp10: int):
    """mant * 10**exp10 as a constant value (a literal's), or None if the exponent
    overflows a big.Float (go/constant: a malformed constant)."""
    if mant == 0:
        return Fraction(0)
    # cheap magnitude test first: log2 of the value
    mag = math.log2(abs(mant)) + exp10 * math.log2(10)
    if mag > MAX_EXP + 1:
        return None
    if mag < MIN_EXP - 1:
        return Fraction(0)
    if abs(mag) < SMALL_EXP - 64:
        return Fraction(mant) * Fraction(10) ** exp10  # exact, as go/constant's Rat
    # 10**k = 5**k * 2**k
    m5, e5 = _pow(5, 0, abs(exp10))
    if exp10 >= 0:
        m, e = _round(mant * m5, e5 + exp10)
    else:
        m, e = _div(mant, 0, m5, e5)
        e -= -exp10
    try:
        return normalize(m, e)
    except Overflow:
        return None


def _div(am, ae, bm, be):
    k = PREC + 2 + abs(bm).bit_length() - abs(am).bit_length()
    k = max(k, 0)
    q = (abs(am) << k) // abs(bm)
    if (am < 0) != (bm < 0):
        q = -q
    return _round(q, ae - be - k)


def _coerce(v):
    if isinstance(v, (BigFloat, int, Fraction)):
        return from_value(v)
    return None


class BigFloat:
    __slots__ = ("m", "e")

    def __init__(self, m: int, e: int):
        self.m = m
        self.e = e

    def exp2(self) -> int:
        return self.e + abs(self.m).bit_length()

    # arithmetic: results are normalized (Fraction when back in range)
    def __add__(self, other):
        b = _coerce(other)
        if b is None:
            return NotImplemented
        am, ae = self.m, self.e
        bm, be = b
        if bm == 0:
            return self
        # a summand smaller than the other's last bit by far only affects rounding
        if ae + abs(am).bit_length() - (be + abs(bm).bit_length()) > PREC + 4:
            return normalize(am, ae)
        if be + abs(bm).bit_length() - (ae + abs(am).bit_length()) > PREC + 4:
            return normalize(bm, be)
        e = min(ae, be)
        return normalize((am << (ae - e)) + (bm << (be - e)), e)

    __radd__ = __add__

    def __neg__(self):
        return BigFloat(-self.m, self.e)

    def __pos__(self):
        return self

    def __abs__(self):
        return BigFloat(abs(self.m), self.e)

    def __sub__(self, other):
        if _coerce(other) is None:
            return NotImplemented
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        b = _coerce(other)
        if b is None:
            return NotImplemented
        return normalize(self.m * b[0], self.e + b[1])

    __rmul__ = __mul__

    def __truediv__(self, other):
        b = _coerce(other)
        if b is None:
            return NotImplemented
        if b[0] == 0:
            raise ZeroDivisionError
        return normalize(*_div(self.m, self.e, b[0], b[1]))

    def __rtruediv__(self, other):
        a = _coerce(other)
        if a is None:
            return NotImplemented
        return normalize(*_div(a[0], a[1], self.m, self.e))

    # comparisons
    def _cmp(self, other):
        b = _coerce(other)
        if b is None:
            return None
        am, ae = self.m, self.e
        bm, be = b
        sa = (am > 0) - (am < 0)
        sb = (bm > 0) - (bm < 0)
        if sa != sb:
            return (sa > sb) - (sa < sb)
        if sa == 0:
            return 0
        xa = ae + abs(am).bit_length()
        xb = be + abs(bm).bit_length()
        if xa != xb:
            c = (xa > xb) - (xa < xb)
            return c if sa > 0 else -c
        e = min(ae, be)
        a, bb = am << (ae - e), bm << (be - e)
        return (a > bb) - (a < bb)

    def __eq__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash((self.m, self.e))

    def __float__(self):
        # outside the fraction range: infinite or zero as a float64
        if self.exp2() > 0:
            return math.inf if self.m > 0 else -math.inf
        return 0.0

    def __repr__(self):
        return f"BigFloat({self.m}, {self.e})"

    def string(self) -> str:
        """go/constant's String() of a float: %.6g (1e+100000000)."""
        neg = self.m < 0
        m = abs(self.m)
        # decimal exponent d with 10**d <= v < 10**(d+1), from log10 of m * 2**e
        lg = math.log10(m) + self.e * math.log10(2)
        d = math.floor(lg)
        # mantissa v / 10**d from the fractional part of the logarithm: 6 digits
        # need only double precision
        mant = 10 ** (lg - d)
        s = "%.6g" % mant
        if s.startswith("10"):
            s, d = "1", d + 1
        return ("-" if neg else "") + f"{s}e{'+' if d >= 0 else '-'}{abs(d):02d}"
