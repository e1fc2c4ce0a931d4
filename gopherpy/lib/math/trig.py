"""This file implements math's circular and hyperbolic functions bit for bit as Go's portable code does.

The algorithms are Cephes' (sin, cos, tan with Payne-Hanek reduction for huge
arguments, asin/acos/atan via satan) and fdlibm's (asinh, acosh, atanh), as Go's math
package uses them on amd64 (no assembly there). Constant expressions such as 4/Pi
are rounded once (consts.py), as Go's compiler evaluates them.
"""

from __future__ import annotations


from gopherpy.lib.math import consts as K
from gopherpy.lib.math.explog import exp, log, log1p, sqrt
from gopherpy.lib.math.fbits import GO_NAN, INF, NEG_INF, copysign, fabs, float64bits, float64frombits

_PI4A = 7.85398125648498535156e-1
_PI4B = 3.77489470793079817668e-8
_PI4C = 2.69515142907905952645e-15
_REDUCE_THRESHOLD = float(1 << 29)

_S0, _S1, _S2, _S3, _S4, _S5 = (1.58962301576546568060e-10, -2.50507477628578072866e-8,
                                2.75573136213857245213e-6, -1.98412698295895385996e-4,
                                8.33333333332211858878e-3, -1.66666666666666307295e-1)
_C0, _C1, _C2, _C3, _C4, _C5 = (-1.13585365213876817300e-11, 2.08757008419747316778e-9,
                                -2.75573141792967388112e-7, 2.48015872888517045348e-5,
                                -1.38888888888730564116e-3, 4.16666666666665929218e-2)

# Bits of 4/pi for the Payne-Hanek reduction: one big integer of 1280 bits after
# the binary point (the first word holds the integer part 1).
_M4PI = int(
    "0000000000000001" "45f306dc9c882a53" "f84eafa3ea69bb81" "b6c52b3278872083"
    "fca2c757bd778ac3" "6e48dc74849ba5c0" "0c925dd413a32439" "fc3bd63962534e7d"
    "d1046bea5d768909" "d338e04d68befc82" "7323ac7306a673e9" "3908bf177bf25076"
    "3ff12fffbc0b301f" "de5e2316b414da3e" "da6cfd9e4f96136e" "9e8c7ecd3cbfd45a"
    "ea4f758fd7cbe2f6" "7a0e73ef14a525d4" "d7f6bf623f1aba10" "ac06608df8f6d757", 16)
_M4PI_WORDS = tuple((_M4PI >> (64 * (19 - i))) & 0xFFFFFFFFFFFFFFFF for i in range(20))
_M64 = 0xFFFFFFFFFFFFFFFF


def trig_reduce(x: float):
    """(j, z): x reduced modulo Pi/4 for x >= 2**29 (Go's trigReduce, 192 bits of 4/Pi)."""
    if x < K.PI_4:
        return 0, x
    ix = float64bits(x)
    e = ((ix >> 52) & 0x7FF) - 1023 - 52
    ix = (ix & ~(0x7FF << 52)) | (1 << 52)
    digit, bitshift = (e + 61) // 64, (e + 61) % 64
    w = _M4PI_WORDS

    def word(i):
        hi = (w[i] << bitshift) & _M64
        return hi | (w[i + 1] >> (64 - bitshift)) if bitshift else hi

    z0, z1, z2 = word(digit), word(digit + 1), word(digit + 2)
    z2hi = (z2 * ix) >> 64
    p1 = z1 * ix
    z1hi, z1lo = p1 >> 64, p1 & _M64
    z0lo = (z0 * ix) & _M64
    s = z1lo + z2hi
    lo, c = s & _M64, s >> 64
    hi = (z0lo + z1hi + c) & _M64
    j = hi >> 61
    hi = ((hi << 3) & _M64) | (lo >> 61)
    lz = 64 - hi.bit_length()
    ee = 1023 - (lz + 1)
    n = lz + 1  # Go's shifts by 64 or more give 0
    hi = (((hi << n) & _M64) if n < 64 else 0) | ((lo >> (64 - n)) if n <= 64 else 0)
    hi >>= 64 - 52
    hi |= ee << 52
    z = float64frombits(hi)
    if j & 1 == 1:
        j += 1
        j &= 7
        z -= 1
    return j, z * K.PI_4


def _octant(x: float):
    if x >= _REDUCE_THRESHOLD:
        return trig_reduce(x)
    j = int(x * K.FOUR_OVER_PI)
    y = float(j)
    if j & 1 == 1:
        j += 1
        y += 1
    j &= 7
    return j, ((x - y * _PI4A) - y * _PI4B) - y * _PI4C


def _sinpoly(z: float, zz: float) -> float:
    return z + z * zz * ((((((_S0 * zz) + _S1) * zz + _S2) * zz + _S3) * zz + _S4) * zz + _S5)


def _cospoly(zz: float) -> float:
    return 1.0 - 0.5 * zz + zz * zz * ((((((_C0 * zz) + _C1) * zz + _C2) * zz + _C3) * zz + _C4) * zz + _C5)


def cos(x: float) -> float:
    if x != x or x == INF or x == NEG_INF:
        return GO_NAN
    x = fabs(x)
    j, z = _octant(x)
    sign = False
    if j > 3:
        j -= 4
        sign = not sign
    if j > 1:
        sign = not sign
    zz = z * z
    y = _sinpoly(z, zz) if j == 1 or j == 2 else _cospoly(zz)
    return -y if sign else y


def sin(x: float) -> float:
    if x == 0 or x != x:
        return x
    if x == INF or x == NEG_INF:
        return GO_NAN
    sign = False
    if x < 0:
        x = -x
        sign = True
    j, z = _octant(x)
    if j > 3:
        sign = not sign
        j -= 4
    zz = z * z
    y = _cospoly(zz) if j == 1 or j == 2 else _sinpoly(z, zz)
    return -y if sign else y


def sincos(x: float):
    if x == 0:
        return x, 1.0
    if x != x or x == INF or x == NEG_INF:
        return GO_NAN, GO_NAN
    sin_sign = cos_sign = False
    if x < 0:
        x = -x
        sin_sign = True
    j, z = _octant(x)
    if j > 3:
        j -= 4
        sin_sign, cos_sign = not sin_sign, not cos_sign
    if j > 1:
        cos_sign = not cos_sign
    zz = z * z
    c = _cospoly(zz)
    s = _sinpoly(z, zz)
    if j == 1 or j == 2:
        s, c = c, s
    if cos_sign:
        c = -c
    if sin_sign:
        s = -s
    return s, c


_TP0, _TP1, _TP2 = -1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7
_TQ1, _TQ2, _TQ3, _TQ4 = (1.36812963470692954678e4, -1.32089234440210967447e6,
                          2.50083801823357915839e7, -5.38695755929454629881e7)


def tan(x: float) -> float:
    if x == 0 or x != x:
        return x
    if x == INF or x == NEG_INF:
        return GO_NAN
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x >= _REDUCE_THRESHOLD:
        j, z = trig_reduce(x)
    else:
        j = int(x * K.FOUR_OVER_PI)
        y = float(j)
        if j & 1 == 1:
            j += 1
            y += 1
        z = ((x - y * _PI4A) - y * _PI4B) - y * _PI4C
    zz = z * z
    if zz > 1e-14:
        y = z + z * (zz * (((_TP0 * zz) + _TP1) * zz + _TP2) / ((((zz + _TQ1) * zz + _TQ2) * zz + _TQ3) * zz + _TQ4))
    else:
        y = z
    if j & 2 == 2:
        y = -1 / y if y != 0 else (NEG_INF if float64bits(y) >> 63 == 0 else INF)
    return -y if sign else y


# -- inverse circular (asin.go, atan.go, atan2.go) --------------------------------

_AP = (-8.750608600031904122785e-01, -1.615753718733365076637e+01, -7.500855792314704667340e+01,
       -1.228866684490136173410e+02, -6.485021904942025371773e+01)
_AQ = (2.485846490142306297962e+01, 1.650270098316988542046e+02, 4.328810604912902668951e+02,
       4.853903996359136964868e+02, 1.945506571482613964425e+02)
_MOREBITS = 6.123233995736765886130e-17
_TAN3PIO8 = 2.41421356237309504880


def _xatan(x: float) -> float:
    p0, p1, p2, p3, p4 = _AP
    q0, q1, q2, q3, q4 = _AQ
    z = x * x
    z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4)
    return x * z + x


def _satan(x: float) -> float:
    if x <= 0.66:
        return _xatan(x)
    if x > _TAN3PIO8:
        return K.PI_2 - _xatan(1 / x) + _MOREBITS
    return K.PI_4 + _xatan((x - 1) / (x + 1)) + 0.5 * _MOREBITS


def atan(x: float) -> float:
    if x == 0:
        return x
    if x > 0:
        return _satan(x)
    return -_satan(-x)  # NaN: -satan(-NaN) flips the NaN's sign twice, as Go's


def asin(x: float) -> float:
    if x == 0:
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > 1:
        return GO_NAN
    temp = sqrt(1 - x * x)
    if x > 0.7:
        temp = K.PI_2 - _satan(temp / x)
    else:
        temp = _satan(x / temp)
    return -temp if sign else temp


def acos(x: float) -> float:
    return K.PI_2 - asin(x)


def atan2(y: float, x: float) -> float:
    if y != y or x != x:
        return GO_NAN
    if y == 0:
        if x >= 0 and not float64bits(x) >> 63:
            return copysign(0.0, y)
        return copysign(K.PI, y)
    if x == 0:
        return copysign(K.PI_2, y)
    if x == INF or x == NEG_INF:
        if x == INF:
            return copysign(K.PI_4, y) if y == INF or y == NEG_INF else copysign(0.0, y)
        return copysign(K.PI3_4, y) if y == INF or y == NEG_INF else copysign(K.PI, y)
    if y == INF or y == NEG_INF:
        return copysign(K.PI_2, y)
    q = atan(y / x)
    if x < 0:
        if q <= 0:
            return q + K.PI
        return q - K.PI
    return q


# -- hyperbolic (sinh.go, tanh.go, asinh.go, acosh.go, atanh.go) -------------------

_SHP = (-0.6307673640497716991184787251e+6, -0.8991272022039509355398013511e+5,
        -0.2894211355989563807284660366e+4, -0.2630563213397497062819489e+2)
_SHQ = (-0.6307673640497716991212077277e+6, 0.1521517378790019070696485176e+5,
        -0.173678953558233699533450911e+3)


def sinh(x: float) -> float:
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > 21:
        temp = exp(x) * 0.5
    elif x > 0.5:
        ex = exp(x)
        temp = (ex - 1 / ex) * 0.5
    else:
        p0, p1, p2, p3 = _SHP
        q0, q1, q2 = _SHQ
        sq = x * x
        temp = (((p3 * sq + p2) * sq + p1) * sq + p0) * x
        temp = temp / (((sq + q2) * sq + q1) * sq + q0)
    return -temp if sign else temp


def cosh(x: float) -> float:
    x = fabs(x)
    if x > 21:
        return exp(x) * 0.5
    ex = exp(x)
    return (ex + 1 / ex) * 0.5


_THP = (-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3)
_THQ = (1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3)


def tanh(x: float) -> float:
    z = fabs(x)
    if z > 0.5 * 8.8029691931113054295988e+01:
        return -1.0 if x < 0 else 1.0
    if z >= 0.625:
        s = exp(2 * z)
        z = 1 - 2 / (s + 1)
        return -z if x < 0 else z
    if x == 0:
        return x
    p0, p1, p2 = _THP
    q0, q1, q2 = _THQ
    s = x * x
    return x + x * s * ((p0 * s + p1) * s + p2) / (((s + q0) * s + q1) * s + q2)


def asinh(x: float) -> float:
    if x != x or x == INF or x == NEG_INF:
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > 268435456.0:
        temp = log(x) + 6.93147180559945286227e-01
    elif x > 2:
        temp = log(2 * x + 1 / (sqrt(x * x + 1) + x))
    elif x < 3.725290298461914e-09:  # 2**-28
        temp = x
    else:
        temp = log1p(x + x * x / (1 + sqrt(1 + x * x)))
    return -temp if sign else temp


def acosh(x: float) -> float:
    if x < 1 or x != x:
        return GO_NAN
    if x == 1:
        return 0.0
    if x >= 268435456.0:
        return log(x) + K.LN2
    if x > 2:
        return log(2 * x - 1 / (x + sqrt(x * x - 1)))
    t = x - 1
    return log1p(t + sqrt(2 * t + t * t))


def atanh(x: float) -> float:
    if x < -1 or x > 1 or x != x:
        return GO_NAN
    if x == 1:
        return INF
    if x == -1:
        return NEG_INF
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 3.725290298461914e-09:
        temp = x
    elif x < 0.5:
        temp = x + x
        temp = 0.5 * log1p(temp + temp * x / (1 - x))
    else:
        temp = 0.5 * log1p((x + x) / (1 - x))
    return -temp if sign else temp


