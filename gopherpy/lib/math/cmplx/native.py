"""This file implements package math/cmplx with the same float64 operations, in the same order, as Go's code.

Complex values are Python complex numbers; products of complex values are written
out as Go computes them (ac-bd, ad+bc). Special cases follow Go's (C99-like) tables.
"""

from __future__ import annotations

from gopherpy.lib.math import consts as K
from gopherpy.lib.math import explog as X
from gopherpy.lib.math import trig as T
from gopherpy.lib.math.fbits import GO_NAN, INF, NEG_INF, copysign, fabs, fdiv, float64bits, float64frombits

_M64 = 0xFFFFFFFFFFFFFFFF


def _isinf(x):
    return x == INF or x == NEG_INF


def _isnan(x):
    return x != x


def _mul(x: complex, y: complex) -> complex:
    a, b, c, d = x.real, x.imag, y.real, y.imag
    return complex(a * c - b * d, a * d + b * c)


def Abs(x):
    return X.hypot(x.real, x.imag)


def Phase(x):
    return T.atan2(x.imag, x.real)


def Polar(x):
    return Abs(x), Phase(x)


def Rect(r, theta):
    s, c = T.sincos(theta)
    return complex(r * c, r * s)


def Conj(x):
    return complex(x.real, -x.imag)


def Inf():
    return complex(INF, INF)


def NaN():
    return complex(GO_NAN, GO_NAN)


def IsInf(x):
    return _isinf(x.real) or _isinf(x.imag)


def IsNaN(x):
    if _isinf(x.real) or _isinf(x.imag):
        return False
    return _isnan(x.real) or _isnan(x.imag)


def Sqrt(x):
    re, im = x.real, x.imag
    if im == 0:
        if re == 0:
            return complex(0.0, im)
        if re < 0:
            return complex(0.0, copysign(X.sqrt(-re), im))
        return complex(X.sqrt(re), im)
    if _isinf(im):
        return complex(INF, im)
    if re == 0:
        if im < 0:
            r = X.sqrt(-0.5 * im)
            return complex(r, -r)
        r = X.sqrt(0.5 * im)
        return complex(r, r)
    a, b = re, im
    if fabs(a) > 4 or fabs(b) > 4:
        a *= 0.25
        b *= 0.25
        scale = 2.0
    else:
        a *= 1.8014398509481984e16
        b *= 1.8014398509481984e16
        scale = 7.450580596923828125e-9
    r = X.hypot(a, b)
    if a > 0:
        t = X.sqrt(0.5 * r + 0.5 * a)
        r = scale * fabs((0.5 * b) / t)
        t *= scale
    else:
        r = X.sqrt(0.5 * r - 0.5 * a)
        t = scale * fabs((0.5 * b) / r)
        r *= scale
    if b < 0:
        return complex(t, -r)
    return complex(t, r)


def Log(x):
    return complex(X.log(Abs(x)), Phase(x))


def Log10(x):
    z = Log(x)
    log10e = K.INV_LN10
    return complex(log10e * z.real, log10e * z.imag)


def Exp(x):
    re, im = x.real, x.imag
    if _isinf(re):
        if re > 0 and im == 0:
            return x
        if _isinf(im) or _isnan(im):
            if re < 0:
                return complex(0.0, copysign(0.0, im))
            return complex(INF, GO_NAN)
    elif _isnan(re):
        if im == 0:
            return complex(GO_NAN, im)
    r = X.exp(re)
    s, c = T.sincos(im)
    return complex(r * c, r * s)


def Pow(x, y):
    if x == 0:
        if IsNaN(y):
            return NaN()
        r, i = y.real, y.imag
        if r == 0:
            return complex(1.0, 0.0)
        if r < 0:
            if i == 0:
                return complex(INF, 0.0)
            return Inf()
        if r > 0:
            return complex(0.0, 0.0)
        raise AssertionError("not reached")
    modulus = Abs(x)
    if modulus == 0:
        return complex(0.0, 0.0)
    r = X.pow_(modulus, y.real)
    arg = Phase(x)
    theta = y.real * arg
    if y.imag != 0:
        r = X.exp(-y.imag * arg) * r  # operand order as gc emits it (NaN payloads)
        theta += y.imag * X.log(modulus)
    s, c = T.sincos(theta)
    # c * r: when both are NaN, x86 keeps the first operand's payload, and gc's
    # register allocation puts c first here (the product is the same otherwise)
    return complex(c * r, r * s)


def _sinhcosh(x):
    if fabs(x) <= 0.5:
        return T.sinh(x), T.cosh(x)
    e = X.exp(x)
    ei = 0.5 / e if e != 0 else INF  # Exp underflows to 0 below -745
    e *= 0.5
    return e - ei, e + ei


def Sin(x):
    re, im = x.real, x.imag
    if im == 0 and (_isinf(re) or _isnan(re)):
        return complex(GO_NAN, im)
    if _isinf(im):
        if re == 0:
            return x
        if _isinf(re) or _isnan(re):
            return complex(GO_NAN, im)
    elif re == 0 and _isnan(im):
        return x
    s, c = T.sincos(re)
    sh, ch = _sinhcosh(im)
    return complex(s * ch, c * sh)


def Sinh(x):
    re, im = x.real, x.imag
    if re == 0 and (_isinf(im) or _isnan(im)):
        return complex(re, GO_NAN)
    if _isinf(re):
        if im == 0:
            return complex(re, im)
        if _isinf(im) or _isnan(im):
            return complex(re, GO_NAN)
    elif im == 0 and _isnan(re):
        return complex(GO_NAN, im)
    s, c = T.sincos(im)
    sh, ch = _sinhcosh(re)
    return complex(c * sh, s * ch)


def Cos(x):
    re, im = x.real, x.imag
    if im == 0 and (_isinf(re) or _isnan(re)):
        return complex(GO_NAN, -im * copysign(0.0, re))
    if _isinf(im):
        if re == 0:
            return complex(INF, -re * copysign(0.0, im))
        if _isinf(re) or _isnan(re):
            return complex(INF, GO_NAN)
    elif re == 0 and _isnan(im):
        return complex(GO_NAN, 0.0)
    s, c = T.sincos(re)
    sh, ch = _sinhcosh(im)
    return complex(c * ch, -s * sh)


def Cosh(x):
    re, im = x.real, x.imag
    if re == 0 and (_isinf(im) or _isnan(im)):
        return complex(GO_NAN, re * copysign(0.0, im))
    if _isinf(re):
        if im == 0:
            return complex(INF, im * copysign(0.0, re))
        if _isinf(im) or _isnan(im):
            return complex(INF, GO_NAN)
    elif im == 0 and _isnan(re):
        return complex(GO_NAN, im)
    s, c = T.sincos(im)
    sh, ch = _sinhcosh(re)
    return complex(c * ch, s * sh)


_MPI = (0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
        0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
        0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
        0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
        0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5)


def _reduce_pi(x):
    """x reduced into (-Pi/2, Pi/2] modulo Pi (Go's reducePi)."""
    if fabs(x) < 1073741824.0:
        t = x / K.PI
        t += 0.5
        t = float(int(t))
        return ((x - t * 3.141592502593994) - t * 1.5099578831723193e-07) - t * 1.0780605716316238e-14
    ix = float64bits(x)
    e = ((ix >> 52) & 0x7FF) - 1023 - 52
    ix &= (1 << 52) - 1
    ix |= 1 << 52
    digit, bitshift = (e + 64) // 64, (e + 64) % 64

    def word(i):
        hi = (_MPI[i] << bitshift) & _M64
        return hi | (_MPI[i + 1] >> (64 - bitshift)) if bitshift else hi

    z0, z1, z2 = word(digit), word(digit + 1), word(digit + 2)
    z2hi = (z2 * ix) >> 64
    p1 = z1 * ix
    z1hi, z1lo = p1 >> 64, p1 & _M64
    z0lo = (z0 * ix) & _M64
    s = z1lo + z2hi
    lo, c = s & _M64, s >> 64
    hi = (z0lo + z1hi + c) & _M64
    lz = 64 - hi.bit_length()
    ee = 1023 - (lz + 1)
    n = lz + 1
    hi = (((hi << n) & _M64) if n < 64 else 0) | ((lo >> (64 - n)) if n <= 64 else 0)
    hi >>= 64 - 52
    hi |= ee << 52
    x = float64frombits(hi)
    if x > 0.5:
        x -= 1
    return K.PI * x


def _tan_series(z):
    machep = 1.1102230246251565e-16  # 2**-53
    x = fabs(2 * z.real)
    y = fabs(2 * z.imag)
    x = _reduce_pi(x)
    x = x * x
    y = y * y
    x2 = y2 = f = 1.0
    rn = d = 0.0
    while True:
        rn += 1
        f *= rn
        rn += 1
        f *= rn
        x2 *= x
        y2 *= y
        t = y2 + x2
        t /= f
        d += t
        rn += 1
        f *= rn
        rn += 1
        f *= rn
        x2 *= x
        y2 *= y
        t = y2 - x2
        t /= f
        d += t
        if not fabs(fdiv(t, d)) > machep:
            break
    return d


def Tan(x):
    re, im = x.real, x.imag
    if _isinf(im):
        if _isinf(re) or _isnan(re):
            return complex(copysign(0.0, re), copysign(1.0, im))
        return complex(copysign(0.0, T.sin(2 * re)), copysign(1.0, im))
    if re == 0 and _isnan(im):
        return x
    d = T.cos(2 * re) + T.cosh(2 * im)
    if fabs(d) < 0.25:
        d = _tan_series(x)
    if d == 0:
        return Inf()
    return complex(T.sin(2 * re) / d, T.sinh(2 * im) / d)


def Tanh(x):
    re, im = x.real, x.imag
    if _isinf(re):
        if _isinf(im) or _isnan(im):
            return complex(copysign(1.0, re), copysign(0.0, im))
        return complex(copysign(1.0, re), copysign(0.0, T.sin(2 * im)))
    if im == 0 and _isnan(re):
        return x
    d = T.cosh(2 * re) + T.cos(2 * im)
    if d == 0:
        return Inf()
    return complex(T.sinh(2 * re) / d, T.sin(2 * im) / d)


def Cot(x):
    d = T.cosh(2 * x.imag) - T.cos(2 * x.real)
    if fabs(d) < 0.25:
        d = _tan_series(x)
    if d == 0:
        return Inf()
    return complex(T.sin(2 * x.real) / d, -T.sinh(2 * x.imag) / d)


def Asin(x):
    re, im = x.real, x.imag
    if im == 0 and fabs(re) <= 1:
        return complex(T.asin(re), im)
    if re == 0 and fabs(im) <= 1:
        return complex(re, T.asinh(im))
    if _isnan(im):
        if re == 0:
            return complex(re, GO_NAN)
        if _isinf(re):
            return complex(GO_NAN, re)
        return NaN()
    if _isinf(im):
        if _isnan(re):
            return x
        if _isinf(re):
            return complex(copysign(K.PI_4, re), im)
        return complex(copysign(0.0, re), im)
    if _isinf(re):
        return complex(copysign(K.PI_2, re), copysign(re, im))
    ct = complex(-im, re)
    xx = _mul(x, x)
    x1 = complex(1 - xx.real, -xx.imag)
    x2 = Sqrt(x1)
    w = Log(complex(ct.real + x2.real, ct.imag + x2.imag))
    return complex(w.imag, -w.real)


def Asinh(x):
    re, im = x.real, x.imag
    if im == 0 and fabs(re) <= 1:
        return complex(T.asinh(re), im)
    if re == 0 and fabs(im) <= 1:
        return complex(re, T.asin(im))
    if _isinf(re):
        if _isinf(im):
            return complex(re, copysign(K.PI_4, im))
        if _isnan(im):
            return x
        return complex(re, copysign(0.0, im))
    if _isnan(re):
        if im == 0:
            return x
        if _isinf(im):
            return complex(im, re)
        return NaN()
    if _isinf(im):
        return complex(copysign(im, re), copysign(K.PI_2, im))
    xx = _mul(x, x)
    x1 = complex(1 + xx.real, xx.imag)
    s = Sqrt(x1)
    return Log(complex(x.real + s.real, x.imag + s.imag))


def Acos(x):
    w = Asin(x)
    return complex(K.PI_2 - w.real, -w.imag)


def Acosh(x):
    if x == 0:
        return complex(0.0, copysign(K.PI_2, x.imag))
    w = Acos(x)
    if w.imag <= 0:
        return complex(-w.imag, w.real)
    return complex(w.imag, -w.real)


def Atan(x):
    re, im = x.real, x.imag
    if im == 0:
        return complex(T.atan(re), im)
    if re == 0 and fabs(im) <= 1:
        return complex(re, T.atanh(im))
    if _isinf(im) or _isinf(re):
        if _isnan(re):
            return complex(GO_NAN, copysign(0.0, im))
        return complex(copysign(K.PI_2, re), copysign(0.0, im))
    if _isnan(re) or _isnan(im):
        return NaN()
    x2 = re * re
    a = 1 - x2 - im * im
    if a == 0:
        return NaN()
    t = 0.5 * T.atan2(2 * re, a)
    w = _reduce_pi(t)
    t = im - 1
    b = x2 + t * t
    if b == 0:
        return NaN()
    t = im + 1
    c = (x2 + t * t) / b
    return complex(w, 0.25 * X.log(c))


def Atanh(x):
    z = Atan(complex(-x.imag, x.real))
    return complex(z.imag, -z.real)
