"""This file implements math's exponentials, logarithms and powers bit for bit as Go computes them on amd64.

On amd64 Go's Exp, Log and Hypot are assembly (math/exp_amd64.s, log_amd64.s,
hypot_amd64.s): Exp is a Taylor-series method after Shibata's SLEEF paper, with fused
multiply-adds when the CPU has AVX and FMA (so the last bit of Exp depends on the CPU,
as it does in Go); Log is fdlibm's algorithm with its own frexp that does not
normalise subnormal inputs. Exp2, Expm1, Log1p, Log2, Log10, Pow, Pow10, Cbrt are
Go's portable algorithms (from FreeBSD's msun / fdlibm). Each function below performs
the same float64 operations in the same order as Go's, so the results agree exactly.
"""

from __future__ import annotations

import math

from gopherpy.lib.math import consts as K
from gopherpy.lib.math.fbits import (GO_NAN, INF, NEG_INF, fabs, float64bits, float64frombits,
                                     fma, frexp, ldexp, modf)


def _cpu_has_fma() -> bool:
    """Whether Go's runtime would see AVX and FMA (internal/cpu), from /proc/cpuinfo."""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = line.split(":", 1)[1].split()
                    return "avx" in flags and "fma" in flags
    except OSError:
        pass
    return False


USE_FMA = _cpu_has_fma()

# -- Exp (exp_amd64.s) ---------------------------------------------------------

_LOG2E = 1.4426950408889634073599246810018920
_LN2U = 0.69314718055966295651160180568695068359375
_LN2L = 0.28235290563031577122588448175013436025525412068e-12
_EXP_OVERFLOW = 7.09782712893384e+02
_T2, _T3, _T4, _T5, _T6, _T7, _T8 = (1.6666666666666666667e-1, 4.1666666666666666667e-2,
                                     8.3333333333333333333e-3, 1.3888888888888888889e-3,
                                     1.9841269841269841270e-4, 2.4801587301587301587e-5, 0.5)


def exp(x: float) -> float:
    """math.Exp as Go's amd64 assembly computes it."""
    if x != x or x == INF:
        return x
    if x == NEG_INF:
        return 0.0
    if x > _EXP_OVERFLOW:
        return INF
    t = _LOG2E * x
    # CVTSD2SL: round to nearest even; out of int32 range gives 0x80000000
    k = round(t) if -2147483648.5 < t < 2147483647.5 else -2147483648
    fk = float(k)
    if USE_FMA:
        x0 = fma(-_LN2U, fk, x)
        x0 = fma(-_LN2L, fk, x0)
        x0 *= 0.0625
        x1 = fma(_T7, x0, _T6)
        x1 = fma(x1, x0, _T5)
        x1 = fma(x1, x0, _T4)
        x1 = fma(x1, x0, _T3)
        x1 = fma(x1, x0, _T2)
        x1 = fma(x1, x0, 0.5)
        x1 = fma(x1, x0, 1.0)
        x0 = x0 * x1
        x0 = x0 * (x0 + 2.0)
        x0 = x0 * (x0 + 2.0)
        x0 = x0 * (x0 + 2.0)
        x0 = fma(x0 + 2.0, x0, 1.0)
    else:
        x0 = x - _LN2U * fk
        x0 = x0 - _LN2L * fk
        x0 *= 0.0625
        x1 = ((((((_T7 * x0 + _T6) * x0 + _T5) * x0 + _T4) * x0 + _T3) * x0 + _T2) * x0 + 0.5) * x0 + 1.0
        x0 = x0 * x1
        x0 = x0 * (2.0 + x0)
        x0 = x0 * (2.0 + x0)
        x0 = x0 * (2.0 + x0)
        x0 = x0 * (2.0 + x0)
        x0 = x0 + 1.0
    b = k + 0x3FF
    if b <= 0:
        if b < -52:
            return 0.0
        x0 *= float64frombits((b + 0x3FE) << 52)
        b = 1
    elif b >= 0x7FF:
        return INF
    return x0 * float64frombits(b << 52)


# -- Log (log_amd64.s) ---------------------------------------------------------

_LN2HI = 6.93147180369123816490e-01
_LN2LO = 1.90821492927058770002e-10
_L1, _L2, _L3, _L4, _L5, _L6, _L7 = (6.666666666666735130e-01, 3.999999999940941908e-01,
                                     2.857142874366239149e-01, 2.222219843214978396e-01,
                                     1.818357216161805012e-01, 1.531383769920937332e-01,
                                     1.479819860511658591e-01)
_HSQRT2 = 7.07106781186547524401e-01


def log(x: float) -> float:
    """math.Log as Go's amd64 assembly computes it."""
    b = float64bits(x)
    if b & 0x7FFFFFFFFFFFFFFF == 0:
        return NEG_INF
    if b >> 63:
        return GO_NAN  # negative, including negative NaNs
    if b >= 0x7FF0000000000000:
        return x  # +Inf or NaN
    f1 = float64frombits((b & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000)
    k = float(((b >> 52) & 0x7FF) - 0x3FE)
    if not _HSQRT2 < f1:
        k -= 1.0
        f1 *= 2.0
    f = f1 - 1.0
    s = f / (2.0 + f)
    s2 = s * s
    s4 = s2 * s2
    t1 = s2 * (_L1 + s4 * (_L3 + s4 * (_L5 + s4 * _L7)))
    t2 = s4 * (_L2 + s4 * (_L4 + s4 * _L6))
    r = t1 + t2
    hfsq = 0.5 * f * f
    return k * _LN2HI - ((hfsq - (s * (hfsq + r) + k * _LN2LO)) - f)


def log10(x: float) -> float:
    return log(x) * K.INV_LN10


def log2(x: float) -> float:
    frac, e = frexp(x)
    if frac == 0.5:
        return float(e - 1)
    return log(frac) * K.INV_LN2 + float(e)


# -- Exp2 and expmulti (exp.go) -------------------------------------------------

_P1, _P2, _P3, _P4, _P5 = (1.66666666666666657415e-01, -2.77777777770155933842e-03,
                           6.61375632143793436117e-05, -1.65339022054652515390e-06,
                           4.13813679705723846039e-08)


def _expmulti(hi: float, lo: float, k: int) -> float:
    r = hi - lo
    t = r * r
    c = r - t * (_P1 + t * (_P2 + t * (_P3 + t * (_P4 + t * _P5))))
    y = 1 - ((lo - (r * c) / (2 - c)) - hi)
    return ldexp(y, k)


def exp2(x: float) -> float:
    if x != x:
        return x
    if x > 1.0239999999999999e+03:
        return INF
    if x < -1.0740e+03:
        return 0.0
    k = 0
    if x > 0:
        k = int(x + 0.5)
    elif x < 0:
        k = int(x - 0.5)
    t = x - float(k)
    return _expmulti(t * _LN2HI, -t * _LN2LO, k)


# -- Expm1 (expm1.go) ----------------------------------------------------------

_Q1, _Q2, _Q3, _Q4, _Q5 = (-3.33333333333331316428e-02, 1.58730158725481460165e-03,
                           -7.93650757867487942473e-05, 4.00821782732936239552e-06,
                           -2.01099218183624371326e-07)


def expm1(x: float) -> float:
    if x == INF or x != x:
        return x
    if x == NEG_INF:
        return -1.0
    absx = -x if x < 0 else x
    sign = x < 0
    if absx >= 3.88162421113569373274e+01:
        if sign:
            return -1.0
        if absx >= 7.09782712893383973096e+02:
            return INF
    c = 0.0
    k = 0
    if absx > 3.46573590279972654709e-01:
        if absx < 1.03972077083991796413e+00:
            if not sign:
                hi, lo, k = x - _LN2HI, _LN2LO, 1
            else:
                hi, lo, k = x + _LN2HI, -_LN2LO, -1
        else:
            k = int(1.44269504088896338700e+00 * x + (0.5 if not sign else -0.5))
            t = float(k)
            hi = x - t * _LN2HI
            lo = t * _LN2LO
        x = hi - lo
        c = (hi - x) - lo
    elif absx < 5.551115123125783e-17:  # 2**-54
        return x
    hfx = 0.5 * x
    hxs = x * hfx
    r1 = 1 + hxs * (_Q1 + hxs * (_Q2 + hxs * (_Q3 + hxs * (_Q4 + hxs * _Q5))))
    t = 3 - r1 * hfx
    e = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    e = x * (e - c) - c
    e -= hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2 * (e - (x + 0.5))
        return 1 + 2 * (x - e)
    if k <= -2 or k > 56:
        y = 1 - (e - x)
        y = float64frombits(float64bits(y) + (k << 52))
        return y - 1
    if k < 20:
        t = float64frombits(0x3ff0000000000000 - (0x20000000000000 >> k))
        y = t - (e - x)
        return float64frombits(float64bits(y) + (k << 52))
    t = float64frombits((0x3ff - k) << 52)
    y = x - (e + t)
    y += 1
    return float64frombits(float64bits(y) + (k << 52))


# -- Log1p (log1p.go) ----------------------------------------------------------

_LP = (6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
       2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01,
       1.479819860511658591e-01)


def log1p(x: float) -> float:
    if x < -1 or x != x:
        return GO_NAN
    if x == -1:
        return NEG_INF
    if x == INF:
        return INF
    absx = fabs(x)
    f = 0.0
    iu = 0
    k = 1
    if absx < 4.142135623730950488017e-01:
        if absx < 1.862645149230957e-09:  # 2**-29
            if absx < 5.551115123125783e-17:  # 2**-54
                return x
            return x - x * x * 0.5
        if x > -2.928932188134524755992e-01:
            k = 0
            f = x
            iu = 1
    c = 0.0
    if k != 0:
        if absx < 9007199254740992.0:
            u = 1.0 + x
            iu = float64bits(u)
            k = (iu >> 52) - 1023
            if k > 0:
                c = 1.0 - (u - x)
            else:
                c = x - (u - 1.0)
            c /= u
        else:
            u = x
            iu = float64bits(u)
            k = (iu >> 52) - 1023
            c = 0.0
        iu &= 0x000fffffffffffff
        if iu < 0x0006a09e667f3bcd:
            u = float64frombits(iu | 0x3ff0000000000000)
        else:
            k += 1
            u = float64frombits(iu | 0x3fe0000000000000)
            iu = (0x0010000000000000 - iu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    fk = float(k)
    if iu == 0:
        if f == 0:
            if k == 0:
                return 0.0
            c += fk * _LN2LO
            return fk * _LN2HI + c
        r = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - r
        return fk * _LN2HI - ((r - (fk * _LN2LO + c)) - f)
    s = f / (2.0 + f)
    z = s * s
    p1, p2, p3, p4, p5, p6, p7 = _LP
    r = z * (p1 + z * (p2 + z * (p3 + z * (p4 + z * (p5 + z * (p6 + z * p7))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + r))
    return fk * _LN2HI - ((hfsq - (s * (hfsq + r) + (fk * _LN2LO + c))) - f)


# -- Pow (pow.go), Pow10 (pow10.go) ----------------------------------------------


def _is_odd_int(x: float) -> bool:
    if fabs(x) >= 9007199254740992.0:
        return False
    xi, xf = modf(x)
    return xf == 0 and int(xi) & 1 == 1


def pow_(x: float, y: float) -> float:
    if y == 0 or x == 1:
        return 1.0
    if y == 1:
        return x
    if x != x or y != y:
        return GO_NAN
    if x == 0:
        if y < 0:
            if float64bits(x) >> 63 and _is_odd_int(y):
                return NEG_INF
            return INF
        if y > 0:
            if float64bits(x) >> 63 and _is_odd_int(y):
                return x
            return 0.0
    if y == INF or y == NEG_INF:
        if x == -1:
            return 1.0
        if (fabs(x) < 1) == (y == INF):
            return 0.0
        return INF
    if x == INF or x == NEG_INF:
        if x == NEG_INF:
            return pow_(1 / x, -y)  # Pow(-0, -y)
        if y < 0:
            return 0.0
        if y > 0:
            return INF
    if y == 0.5:
        return math.sqrt(x) if x >= 0 else GO_SQRT_NAN
    if y == -0.5:
        return 1 / math.sqrt(x) if x > 0 else (INF if x == 0 else GO_SQRT_NAN)
    yi, yf = modf(fabs(y))
    if yf != 0 and x < 0:
        return GO_NAN
    if yi >= 9.223372036854775808e18:
        if x == -1:
            return 1.0
        if (fabs(x) < 1) == (y > 0):
            return 0.0
        return INF
    a1 = 1.0
    ae = 0
    if yf != 0:
        if yf > 0.5:
            yf -= 1
            yi += 1
        a1 = exp(yf * log(x))
    x1, xe = frexp(x)
    i = int(yi)
    while i != 0:
        if xe < -(1 << 12) or (1 << 12) < xe:
            ae += xe
            break
        if i & 1 == 1:
            a1 *= x1
            ae += xe
        x1 *= x1
        xe <<= 1
        if x1 < .5:
            x1 += x1
            xe -= 1
        i >>= 1
    if y < 0:
        a1 = 1 / a1
        ae = -ae
    return ldexp(a1, ae)


# SQRTSD of a negative number gives the default NaN (sign bit set)
GO_SQRT_NAN = float64frombits(0xFFF8000000000000)

_POW10 = tuple(float("1e%d" % i) for i in range(32))
_POW10POS32 = tuple(float("1e%d" % (32 * i)) for i in range(10))
_POW10NEG32 = tuple(float("1e-%d" % (32 * i)) for i in range(11))


def pow10(n: int) -> float:
    if 0 <= n <= 308:
        return _POW10POS32[n // 32] * _POW10[n % 32]
    if -323 <= n < 0:
        return _POW10NEG32[-n // 32] / _POW10[-n % 32]
    if n > 0:
        return INF
    return 0.0


# -- Cbrt (cbrt.go) ------------------------------------------------------------

_CB_C = 5.42857142857142815906e-01
_CB_D = -7.05306122448979611050e-01
_CB_E = 1.41428571428571436819e+00
_CB_F = 1.60714285714285720630e+00
_CB_G = 3.57142857142857150787e-01


def cbrt(x: float) -> float:
    if x == 0 or x != x or x == INF or x == NEG_INF:
        return x
    sign = x < 0
    if sign:
        x = -x
    t = float64frombits(float64bits(x) // 3 + (715094163 << 32))
    if x < 2.22507385850720138309e-308:
        t = 18014398509481984.0  # 2**54
        t *= x
        t = float64frombits(float64bits(t) // 3 + (696219795 << 32))
    r = t * t / x
    s = _CB_C + r * t
    t *= _CB_G + _CB_F / (s + _CB_E + _CB_D / s)
    t = float64frombits((float64bits(t) & (0xFFFFFFFFC << 28)) + (1 << 30))
    s = t * t
    r = x / s
    w = t + t
    r = (r - t) / (w + r)
    t = t + t * r
    return -t if sign else t


# -- Hypot (hypot_amd64.s), Sqrt -----------------------------------------------


def hypot(p: float, q: float) -> float:
    bp = float64bits(p) & 0x7FFFFFFFFFFFFFFF
    bq = float64bits(q) & 0x7FFFFFFFFFFFFFFF
    if bp >= 0x7FF0000000000000 or bq >= 0x7FF0000000000000:
        if bp == 0x7FF0000000000000 or bq == 0x7FF0000000000000:
            return INF
        return GO_NAN
    if bp | bq == 0:
        return 0.0
    p = float64frombits(bp)
    q = float64frombits(bq)
    hi, lo = (p, q) if p >= q else (q, p)
    lo = lo / hi
    return hi * math.sqrt(lo * lo + 1.0)


def sqrt(x: float) -> float:
    """SQRTSD: correctly rounded; the default NaN for x < 0; -0 stays -0."""
    if x >= 0 or x == 0:
        return math.sqrt(x)
    if x != x:
        return x * 1.0  # SQRTSD quiets a signaling NaN
    return GO_SQRT_NAN
