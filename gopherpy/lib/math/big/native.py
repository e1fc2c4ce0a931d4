"""This file implements math/big's natives over Python integers.

An Int holds its value in the field `v` (a Python int). A Rat holds two Ints
a and b, normalized as Go's Rat.norm leaves them (b > 0, gcd(a, b) = 1; b == 0
only in a zero-value Rat, standing for 1). A finite Float is mant * 2**exp
with mant > 0 of at most prec bits, sign in neg (Go's mantissa 0.5 <= m < 1
and exponent are recomputed where Go's are visible: MantExp, 'p', 'b').
Arithmetic is exact and then rounded once per Go's rounding modes, as Go's
Float operations are correctly rounded. String conversions follow Go's
natconv.go / ftoa.go rules (prefixes, underscores, shortest decimals).
"""

from __future__ import annotations

import math
import struct
import sys

from gopherpy.compile.names import mangle
from gopherpy.lib.nativeutil import append_bytes, bslice, sbytes
from gopherpy.runtime.panic import GoPanic

sys.set_int_max_str_digits(0)

_V = mangle("v")
_A, _B = mangle("a"), mangle("b")
(_PREC, _MODE, _ACC, _FORM, _NEG, _MANT, _EXP) = (mangle(n) for n in
                                                   ("prec", "mode", "acc", "form", "neg", "mant", "exp"))
M64 = (1 << 64) - 1
_ns: dict = {}


def init_package(ns):
    global _ns
    _ns = ns


def _panic(msg: str):
    raise GoPanic(msg.encode())


def _new_int(v=0):
    z = _ns["Int"]()
    setattr(z, _V, v)
    return z


def _g(x) -> int:
    return getattr(x, _V)


def _s(z, v: int):
    setattr(z, _V, v)
    return z


def _wrap64(v: int) -> int:
    v &= M64
    return v - (1 << 64) if v >> 63 else v


# -- Int: setting and arithmetic ------------------------------------------------------

def Int_SetInt64(z, x):
    return _s(z, x)


def Int_SetUint64(z, x):
    return _s(z, x)


def Int_Set(z, x):
    return _s(z, _g(x))


def Int_SetBits(z, abs_):
    v = 0
    for w in reversed(abs_.tolist()):
        v = (v << 64) | w
    return _s(z, v)


def Int_Bits(x):
    v = abs(_g(x))
    words = []
    while v:
        words.append(v & M64)
        v >>= 64
    return _mk(words)


def _mk(items):
    from gopherpy.runtime.values import Slice
    return Slice(items, 0, len(items), len(items))


def Int_Abs(z, x):
    return _s(z, abs(_g(x)))


def Int_Neg(z, x):
    return _s(z, -_g(x))


def Int_Add(z, x, y):
    return _s(z, _g(x) + _g(y))


def Int_Sub(z, x, y):
    return _s(z, _g(x) - _g(y))


def Int_Mul(z, x, y):
    return _s(z, _g(x) * _g(y))


def Int_MulRange(z, a, b):
    if a > b:
        return _s(z, 1)
    if a <= 0 <= b:
        return _s(z, 0)
    neg = False
    if a < 0:
        neg = (b - a) & 1 == 0
        a, b = -b, -a
    p = 1
    for i in range(a, b + 1):
        p *= i
    return _s(z, -p if neg else p)


def Int_Binomial(z, n, k):
    if k > n or k < 0:
        return _s(z, 0)
    if k > n - k:
        k = n - k
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return _s(z, r)


def _tdiv(x: int, y: int):
    if y == 0:
        _panic("division by zero")
    q = abs(x) // abs(y)
    if (x < 0) != (y < 0):
        q = -q
    return q, x - q * y


def _ediv(x: int, y: int):
    if y == 0:
        _panic("division by zero")
    m = x % abs(y)
    return (x - m) // y, m


def Int_Quo(z, x, y):
    return _s(z, _tdiv(_g(x), _g(y))[0])


def Int_Rem(z, x, y):
    return _s(z, _tdiv(_g(x), _g(y))[1])


def Int_QuoRem(z, x, y, r):
    q, m = _tdiv(_g(x), _g(y))
    _s(z, q)
    _s(r, m)
    return z, r


def Int_Div(z, x, y):
    return _s(z, _ediv(_g(x), _g(y))[0])


def Int_Mod(z, x, y):
    return _s(z, _ediv(_g(x), _g(y))[1])


def Int_DivMod(z, x, y, m):
    q, r = _ediv(_g(x), _g(y))
    _s(z, q)
    _s(m, r)
    return z, m


def Int_Divide(z, x, y, r, mode):
    xv, yv = _g(x), _g(y)
    if yv == 0:
        _panic("division by zero")
    qa, ra = divmod(abs(xv), abs(yv))
    neg = (xv < 0) != (yv < 0)
    rneg = False
    if ra:
        if mode == 2:      # Trunc
            rneg = xv < 0
        elif mode == 4:    # Floor
            rneg = yv < 0
            if neg:
                qa += 1
                ra = abs(yv) - ra
        elif mode == 5:    # Ceil
            rneg = yv >= 0
            if not neg:
                qa += 1
                ra = abs(yv) - ra
        elif mode == 0:    # Round (half to even)
            c = (2 * ra > abs(yv)) - (2 * ra < abs(yv))
            if c < 0 or (c == 0 and qa & 1 == 0):
                rneg = xv < 0
            else:
                rneg = not (xv < 0)
                qa += 1
                ra = abs(yv) - ra
        else:
            _panic("unsupported rounding mode")
    if z is not None:
        _s(z, -qa if neg else qa)
    if r is not None:
        _s(r, -ra if rneg else ra)
    return z, r


def Int_Cmp(x, y):
    a, b = _g(x), _g(y)
    return (a > b) - (a < b)


def Int_CmpAbs(x, y):
    a, b = abs(_g(x)), abs(_g(y))
    return (a > b) - (a < b)


def Int_Sign(x):
    v = _g(x)
    return (v > 0) - (v < 0)


def Int_Int64(x):
    v = _g(x)
    low = abs(v) & M64
    return _wrap64(-low if v < 0 else low)


def Int_Uint64(x):
    return abs(_g(x)) & M64


def Int_IsInt64(x):
    return -(1 << 63) <= _g(x) < (1 << 63)


def Int_IsUint64(x):
    return 0 <= _g(x) < (1 << 64)


def _int_to_float(v: int):
    """(nearest float64, Go Accuracy) of integer v."""
    try:
        f = float(v)
    except OverflowError:
        return (math.inf, 1) if v > 0 else (-math.inf, -1)
    if math.isinf(f):
        return (f, 1) if v > 0 else (f, -1)
    c = int(f)
    return f, (c > v) - (c < v)


def Int_Float64(x):
    return _int_to_float(_g(x))


def Int_SetBytes(z, buf):
    return _s(z, int.from_bytes(sbytes(buf), "big"))


def Int_Bytes(x):
    v = abs(_g(x))
    return bslice(v.to_bytes((v.bit_length() + 7) // 8, "big"))


def Int_FillBytes(x, buf):
    v = abs(_g(x))
    n = buf.len
    if (v.bit_length() + 7) // 8 > n:
        _panic("math/big: buffer too small to fit value")
    if n:
        buf.a[buf.off:buf.off + n] = v.to_bytes(n, "big")
    return buf


def Int_BitLen(x):
    return abs(_g(x)).bit_length()


def Int_TrailingZeroBits(x):
    v = abs(_g(x))
    return (v & -v).bit_length() - 1 if v else 0


def _egcd(a: int, b: int):
    """(g, s) for a, b > 0: g = gcd(a, b) = s*a + t*b, as the Euclidean algorithm's cosequence gives."""
    r0, r1, s0, s1 = a, b, 1, 0
    while r1:
        q = r0 // r1
        r0, r1 = r1, r0 - q * r1
        s0, s1 = s1, s0 - q * s1
    return r0, s0


def Int_GCD(z, x, y, a, b):
    av, bv = _g(a), _g(b)
    if av == 0 or bv == 0:
        _s(z, abs(bv if av == 0 else av))
        if x is not None:
            _s(x, 0 if av == 0 else (-1 if av < 0 else 1))
        if y is not None:
            _s(y, 0 if bv == 0 else (-1 if bv < 0 else 1))
        return z
    A, B = abs(av), abs(bv)
    swapped = A < B
    if swapped:
        g, s = _egcd(B, A)
        # s is B's coefficient: A's is (g - s*B) / A
        ua = (g - s * B) // A
    else:
        g, ua = _egcd(A, B)
    if x is not None:
        _s(x, -ua if av < 0 else ua)
    if y is not None:
        # y = (z - a*x) / b, with Go's Euclidean Div
        xa = -ua if av < 0 else ua
        _s(y, _ediv(g - av * xa, bv)[0])
    return _s(z, g)


def _modinverse(g: int, n: int):
    if n < 0:
        n = -n
    if g < 0:
        g = _ediv(g, n)[1]
    if g == 0 or n == 0:
        d = abs(n if g == 0 else g)
        xv = 0 if g == 0 else 1
    else:
        A, B = abs(g), n
        if A < B:
            d, s = _egcd(B, A)
            xv = (d - s * B) // A
        else:
            d, xv = _egcd(A, B)
    if d != 1:
        return None
    return xv + n if xv < 0 else xv


def Int_ModInverse(z, g, n):
    r = _modinverse(_g(g), _g(n))
    if r is None:
        return None
    return _s(z, r)


def Int_Exp(z, x, y, m):
    xv, yv = _g(x), _g(y)
    mv = _g(m) if m is not None else 0
    xabs = abs(xv)
    if yv < 0:
        if mv == 0:
            return _s(z, 1)
        inv = _modinverse(xv, mv)
        if inv is None:
            return None
        xabs = inv
        yv = -yv
    ma = abs(mv)
    if ma == 1:
        r = 0
    elif yv == 0:
        r = 1
    elif ma:
        r = pow(xabs, yv, ma)
    else:
        r = xabs ** yv
    neg = r != 0 and xv < 0 and yv & 1 == 1
    if neg and ma:
        r = ma - r
        neg = False
    return _s(z, -r if neg else r)


def _jacobi(a: int, b: int) -> int:
    j = 1
    if b < 0:
        if a < 0:
            j = -1
        b = -b
    while True:
        if b == 1:
            return j
        if a == 0:
            return 0
        a %= b
        if a == 0:
            return 0
        s = (a & -a).bit_length() - 1
        if s & 1:
            if b & 7 in (3, 5):
                j = -j
        c = a >> s
        if b & 3 == 3 and c & 3 == 3:
            j = -j
        a, b = b, c


def Jacobi(x, y):
    yv = _g(y)
    if yv & 1 == 0:
        _panic("big: invalid 2nd argument to Int.Jacobi: need odd integer but got %d" % yv)
    return _jacobi(_g(x), yv)


def Int_ModSqrt(z, x, p):
    xv, pv = _g(x), _g(p)
    if pv & 1 == 0:
        _panic("big: invalid 2nd argument to Int.Jacobi: need odd integer but got %d" % pv)
    j = _jacobi(xv, pv)
    if j == -1:
        return None
    if j == 0:
        return _s(z, 0)
    if xv < 0 or xv >= pv:
        xv = _ediv(xv, pv)[1]
    pa = abs(pv)
    if pa % 4 == 3:
        return _s(z, pow(xv, (pa + 1) >> 2, pa))
    if pa % 8 == 5:
        e = pa >> 3
        tx = xv << 1
        alpha = pow(tx, e, pa)
        beta = alpha * alpha % pa * tx % pa
        beta = (beta - 1) * xv % pa * alpha
        return _s(z, beta % pa)
    # Tonelli-Shanks as Go does it (E. Brown's description)
    s = pa - 1
    e = (s & -s).bit_length() - 1
    s >>= e
    n = 2
    while _jacobi(n, pa) != -1:
        n += 1
    y = pow(xv, (s + 1) >> 1, pa)
    b = pow(xv, s, pa)
    g = pow(n, s, pa)
    r = e
    while True:
        m = 0
        t = b
        while t != 1:
            t = t * t % pa
            m += 1
        if m == 0:
            return _s(z, y)
        t = pow(g, 1 << (r - m - 1), pa)
        g = t * t % pa
        y = y * t % pa
        b = b * g % pa
        r = m


def Int_Lsh(z, x, n):
    return _s(z, _g(x) << n)


def Int_Rsh(z, x, n):
    return _s(z, _g(x) >> n)


def Int_Bit(x, i):
    if i < 0:
        _panic("negative bit index")
    return (_g(x) >> i) & 1


def Int_SetBit(z, x, i, b):
    if i < 0:
        _panic("negative bit index")
    v = _g(x)
    if b == 0:
        return _s(z, v & ~(1 << i))
    if b == 1:
        return _s(z, v | (1 << i))
    _panic("set bit is not 0 or 1")


def Int_And(z, x, y):
    return _s(z, _g(x) & _g(y))


def Int_AndNot(z, x, y):
    return _s(z, _g(x) & ~_g(y))


def Int_Or(z, x, y):
    return _s(z, _g(x) | _g(y))


def Int_Xor(z, x, y):
    return _s(z, _g(x) ^ _g(y))


def Int_Not(z, x):
    return _s(z, ~_g(x))


def Int_Sqrt(z, x):
    v = _g(x)
    if v < 0:
        _panic("square root of negative number")
    return _s(z, math.isqrt(v))


_SMALL_PRIMES = [p for p in range(2, 54) if all(p % d for d in range(2, p))]


def _mr(n: int, a: int) -> bool:
    d, s = n - 1, 0
    while d & 1 == 0:
        d >>= 1
        s += 1
    x = pow(a, d, n)
    if x in (1, n - 1):
        return True
    for _ in range(s - 1):
        x = x * x % n
        if x == n - 1:
            return True
    return False


def _strong_lucas(n: int) -> bool:
    """Baillie-OEIS strong Lucas test with Selfridge's parameters (method A)."""
    r = math.isqrt(n)
    if r * r == n:
        return False
    d = 5
    while True:
        j = _jacobi(d, n)
        if j == -1:
            break
        if j == 0 and abs(d) != n:
            return False
        d = -d - 2 if d > 0 else -d + 2
    p, q = 1, (1 - d) // 4
    k = n + 1
    s = (k & -k).bit_length() - 1
    k >>= s
    # U_k, V_k by binary expansion
    u, v, qk = 0, 2, 1
    for bit in bin(k)[2:]:
        u, v = u * v % n, (v * v - 2 * qk) % n
        qk = qk * qk % n
        if bit == "1":
            u, v = (p * u + v), (d * u + p * v)
            if u & 1:
                u += n
            if v & 1:
                v += n
            u, v = (u // 2) % n, (v // 2) % n
            qk = qk * q % n
    if u == 0 or v == 0:
        return True
    for _ in range(s - 1):
        v = (v * v - 2 * qk) % n
        qk = qk * qk % n
        if v == 0:
            return True
    return False


def Int_ProbablyPrime(x, n):
    if n < 0:
        _panic("negative n for ProbablyPrime")
    v = _g(x)
    if v < 2:
        return False
    for p in _SMALL_PRIMES:
        if v == p:
            return True
        if v % p == 0:
            return False
    if v < 53 * 53:
        return True
    bases = [2] + [3 + (i * 0x9E3779B97F4A7C15) % (v - 4) for i in range(n)]
    return all(_mr(v, a) for a in bases) and _strong_lucas(v)


_DIGITS = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _utoa(v: int, base: int) -> bytes:
    """Digits of v >= 0 in base."""
    if base == 10:
        return str(v).encode()
    if base == 16:
        return b"%x" % v
    if base == 8:
        return b"%o" % v
    if base == 2:
        return format(v, "b").encode()
    if base < 2 or base > 62:
        _panic("invalid base")
    if v == 0:
        return b"0"
    out = bytearray()
    while v:
        v, d = divmod(v, base)
        out.append(_DIGITS[d])
    out.reverse()
    return bytes(out)


def _itoa(v: int, base: int) -> bytes:
    return b"-" + _utoa(-v, base) if v < 0 else _utoa(v, base)


def Int_Text(x, base):
    if x is None:
        return b"<nil>"
    return _itoa(_g(x), base)


def Int_Append(x, buf, base):
    if x is None:
        return append_bytes(buf, b"<nil>")
    return append_bytes(buf, _itoa(_g(x), base))


# -- scanning (natconv.go's rules) ------------------------------------------------------

class _ScanErr(Exception):
    pass


ERR_NO_DIGITS = "number has no digits"
ERR_INVAL_SEP = "'_' must separate successive digits"


def scan_nat(s: bytes, pos: int, base: int, frac_ok: bool):
    """Go's nat.scan at s[pos:]: (value, base, count, error text or "", new pos).

    count is the number of digits read (or minus the digits after the radix point)."""
    ok = base == 0 or (not frac_ok and 2 <= base <= 62) or (frac_ok and base in (2, 8, 10, 16))
    if not ok:
        _panic("invalid number base %d" % base)
    n = len(s)
    prev = "."
    inval = False
    count = 0
    b, prefix = base, ""
    if base == 0:
        b = 10
        if pos < n and s[pos] == 0x30:
            prev = "0"
            count = 1
            pos += 1
            if pos < n:
                c = s[pos]
                if c in b"bB":
                    b, prefix = 2, "b"
                elif c in b"oO":
                    b, prefix = 8, "o"
                elif c in b"xX":
                    b, prefix = 16, "x"
                elif not frac_ok:
                    b, prefix = 8, "0"
                if prefix:
                    count = 0
                    if prefix != "0":
                        pos += 1
    val = 0
    dp = -1
    while pos < n:
        c = s[pos]
        if c == 0x2E and frac_ok:
            frac_ok = False
            if prev == "_":
                inval = True
            prev = "."
            dp = count
        elif c == 0x5F and base == 0:
            if prev != "0":
                inval = True
            prev = "_"
        else:
            if 0x30 <= c <= 0x39:
                d = c - 0x30
            elif 0x61 <= c <= 0x7A:
                d = c - 0x61 + 10
            elif 0x41 <= c <= 0x5A:
                d = c - 0x41 + (10 if b <= 36 else 36)
            else:
                d = 99
            if d >= b:
                break
            prev = "0"
            count += 1
            val = val * b + d
        pos += 1
    err = ""
    if inval or prev == "_":
        err = ERR_INVAL_SEP
    if count == 0:
        if prefix == "0":
            return 0, 10, 1, err, pos
        err = ERR_NO_DIGITS
    if dp >= 0:
        count = dp - count
    return val, b, count, err, pos


def scan_exponent(s: bytes, pos: int, base2ok: bool, sep_ok: bool):
    """Go's scanExponent: (exp, base, error text, new pos)."""
    n = len(s)
    if pos >= n:
        return 0, 10, "", pos
    c = s[pos]
    if c in b"eE":
        ebase = 10
    elif c in b"pP" and base2ok:
        ebase = 2
    else:
        return 0, 10, "", pos
    pos += 1
    digits = ""
    if pos < n and s[pos] in b"+-":
        if s[pos] == 0x2D:
            digits = "-"
        pos += 1
    prev = "."
    inval = False
    has = False
    while pos < n:
        c = s[pos]
        if 0x30 <= c <= 0x39:
            digits += chr(c)
            prev = "0"
            has = True
        elif c == 0x5F and sep_ok:
            if prev != "0":
                inval = True
            prev = "_"
        else:
            break
        pos += 1
    if not has:
        return 0, ebase, ERR_NO_DIGITS, pos
    e = int(digits)
    if not -(1 << 63) <= e < (1 << 63):
        return 0, ebase, 'strconv.ParseInt: parsing "%s": value out of range' % digits, pos
    if inval or prev == "_":
        return e, ebase, ERR_INVAL_SEP, pos
    return e, ebase, "", pos


def _scan_int(s: bytes, base: int):
    """An Int in s (sign, then digits), all of s: the value or None."""
    if not s:
        return None
    pos = 0
    neg = False
    if s[0] in b"+-":
        neg = s[0] == 0x2D
        pos = 1
    v, _, _, err, pos = scan_nat(s, pos, base, False)
    if err or pos != len(s):
        return None
    return -v if neg else v


def Int_setString(z, s, base):
    # what Go leaves in z on failure is visible: the digits read so far, with z's old sign
    # when the digits were bad, the whole value when only the rest of s was
    if not s:
        return False
    pos = 0
    neg = False
    if s[0] in b"+-":
        neg = s[0] == 0x2D
        pos = 1
    v, _, _, err, pos = scan_nat(s, pos, base, False)
    if err:
        _s(z, -v if _g(z) < 0 else v)
        return False
    _s(z, -v if neg else v)
    return pos == len(s)


# -- Rat ---------------------------------------------------------------------------------------

def _rget(x):
    a = _g(getattr(x, _A))
    b = _g(getattr(x, _B))
    return a, (b if b else 1)


def _rset(z, a: int, b: int):
    """z = a/b normalized (b != 0)."""
    if b < 0:
        a, b = -a, -b
    g = math.gcd(a, b)
    if g > 1:
        a //= g
        b //= g
    if a == 0:
        b = 1
    _s(getattr(z, _A), a)
    _s(getattr(z, _B), b)
    return z


def Rat_SetFrac(z, a, b):
    bv = _g(b)
    if bv == 0:
        _panic("division by zero")
    return _rset(z, _g(a), bv)


def Rat_SetFrac64(z, a, b):
    if b == 0:
        _panic("division by zero")
    return _rset(z, a, b)


def Rat_SetInt(z, x):
    return _rset(z, _g(x), 1)


def Rat_SetInt64(z, x):
    return _rset(z, x, 1)


def Rat_SetUint64(z, x):
    return _rset(z, x, 1)


def Rat_Set(z, x):
    if z is not x:
        a, b = _rget(x)
        _s(getattr(z, _A), a)
        _s(getattr(z, _B), b)
    elif _g(getattr(z, _B)) == 0:
        _s(getattr(z, _B), 1)
    return z


def Rat_SetFloat64(z, f):
    if math.isinf(f) or math.isnan(f):
        return None
    a, b = f.as_integer_ratio()
    return _rset(z, a, b)


def _ratio_to_float(a: int, b: int, bits: int):
    """(nearest float of a/b with `bits` significand bits (53 or 24), exact)."""
    if a == 0:
        return 0.0, True
    if bits == 53:
        try:
            f = a / b  # correctly rounded in CPython
        except OverflowError:
            f = math.inf if a > 0 else -math.inf
        exact = not math.isinf(f) and f.as_integer_ratio() == (a, b)
        return f, exact
    # float32: round the ratio to 24 bits (with subnormals) by exact arithmetic
    neg = a < 0
    a = abs(a)
    e = a.bit_length() - b.bit_length()
    if (a << max(0, -e)) < (b << max(0, e)):
        e -= 1
    e = max(e, -126)           # subnormal range
    shift = 23 - e
    num, den = (a << shift, b) if shift >= 0 else (a, b << -shift)
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    exact = r == 0
    f = math.ldexp(q, -shift)
    if f > 3.4028234663852886e38:
        f = math.inf
        exact = False
    f = struct.unpack("f", struct.pack("f", f))[0] if not math.isinf(f) else f
    return (-f if neg else f), exact


def Rat_Float64(x):
    return _ratio_to_float(*_rget(x), 53)


def Rat_Float32(x):
    return _ratio_to_float(*_rget(x), 24)


def Rat_Abs(z, x):
    a, b = _rget(x)
    return _rset(z, abs(a), b)


def Rat_Neg(z, x):
    a, b = _rget(x)
    return _rset(z, -a, b)


def Rat_Inv(z, x):
    a, b = _rget(x)
    if a == 0:
        _panic("division by zero")
    return _rset(z, b, a)


def Rat_Sign(x):
    a = _g(getattr(x, _A))
    return (a > 0) - (a < 0)


def Rat_IsInt(x):
    return _rget(x)[1] == 1


def Rat_Cmp(x, y):
    a, b = _rget(x)
    c, d = _rget(y)
    l, r = a * d, c * b
    return (l > r) - (l < r)


def Rat_Add(z, x, y):
    a, b = _rget(x)
    c, d = _rget(y)
    return _rset(z, a * d + c * b, b * d)


def Rat_Sub(z, x, y):
    a, b = _rget(x)
    c, d = _rget(y)
    return _rset(z, a * d - c * b, b * d)


def Rat_Mul(z, x, y):
    a, b = _rget(x)
    c, d = _rget(y)
    return _rset(z, a * c, b * d)


def Rat_Quo(z, x, y):
    a, b = _rget(x)
    c, d = _rget(y)
    if c == 0:
        _panic("division by zero")
    return _rset(z, a * d, b * c)


def Rat_FloatString(x, prec):
    a, b = _rget(x)
    if b == 1:
        s = _itoa(a, 10)
        if prec > 0:
            s += b"." + b"0" * prec
        return s
    q, r = divmod(abs(a), b)
    p = 10 ** prec if prec > 0 else 1
    r, r2 = divmod(r * p, b)
    if b <= 2 * r2:
        r += 1
        if r >= p:
            q += 1
            r -= p
    out = (b"-" if a < 0 else b"") + str(q).encode()
    if prec > 0:
        rs = str(r).encode()
        out += b"." + b"0" * (prec - len(rs)) + rs
    return out


def Rat_FloatPrec(x):
    _, d = _rget(x)
    p2 = (d & -d).bit_length() - 1
    d >>= p2
    p5 = 0
    while d % 5 == 0:
        d //= 5
        p5 += 1
    return max(p2, p5), d == 1


def Rat_setString(z, s):
    if not s:
        return False
    sep = s.find(b"/")
    if sep >= 0:
        a = _scan_int(s[:sep], 0)
        if a is None:
            return False
        bv, _, _, err, pos = scan_nat(s, sep + 1, 0, False)
        if err or pos != len(s) or bv == 0:
            return False
        _rset(z, a, bv)
        return True
    pos = 0
    neg = False
    if s[0] in b"+-":
        neg = s[0] == 0x2D
        pos = 1
    m, base, fcount, err, pos = scan_nat(s, pos, 0, True)
    if err:
        # Go leaves the digits read in the numerator (with its old sign)
        old = _g(getattr(z, _A))
        _s(getattr(z, _A), -m if old < 0 else m)
        return False
    exp, ebase, err, pos = scan_exponent(s, pos, True, True)
    if err or pos != len(s):
        return False
    if m == 0:
        _rset(z, 0, 1)
        return True
    exp2 = exp5 = 0
    if fcount < 0:
        d = fcount
        if base == 10:
            exp5 = d
            exp2 = d
        elif base == 2:
            exp2 = d
        elif base == 8:
            exp2 = d * 3
        elif base == 16:
            exp2 = d * 4
    if ebase == 10:
        exp5 += exp
    exp2 += exp
    num, den = m, 1
    if exp5:
        if abs(exp5) > 10**6:
            return False
        if exp5 > 0:
            num *= 5 ** exp5
        else:
            den = 5 ** -exp5
    if exp2 < -10**7 or exp2 > 10**7:
        return False
    if exp2 > 0:
        num <<= exp2
    elif exp2 < 0:
        den <<= -exp2
    _rset(z, -num if neg else num, den)
    return True


# -- Float ---------------------------------------------------------------------------------------
#
# form: 0 zero, 1 finite, 2 inf. Finite values: mant * 2**exp, mant > 0 with at most prec bits.

ZERO, FINITE, INF = 0, 1, 2
MAXEXP, MINEXP = (1 << 31) - 1, -(1 << 31)


def _fget(x):
    return (getattr(x, _FORM), getattr(x, _NEG), getattr(x, _MANT), getattr(x, _EXP))


def _nan(msg: str):
    _ns["nan"](msg.encode())


def _round(z, neg: bool, m: int, e: int, sticky: bool = False):
    """Set z to the finite value (-1)**neg * m * 2**e rounded to z's prec and mode (m > 0).

    sticky says that the true value is a little above m * 2**e (bits below were dropped)."""
    prec = getattr(z, _PREC)
    mode = getattr(z, _MODE)
    setattr(z, _NEG, neg)
    if prec == 0:
        # precision 0: every finite value becomes ±0
        setattr(z, _FORM, ZERO)
        setattr(z, _MANT, 0)
        setattr(z, _EXP, 0)
        setattr(z, _ACC, -1 if not neg else 1)
        return z
    L = m.bit_length()
    acc = 0
    if L > prec or sticky:
        shift = max(L - prec, 0)
        q = m >> shift
        r = m & ((1 << shift) - 1)
        inexact = r != 0 or sticky
        if inexact:
            half = 1 << (shift - 1) if shift else 0
            if mode == 0:      # ToNearestEven
                up = shift > 0 and (r > half or (r == half and (sticky or q & 1)))
            elif mode == 1:    # ToNearestAway
                up = shift > 0 and r >= half
            elif mode == 2:    # ToZero
                up = False
            elif mode == 3:    # AwayFromZero
                up = True
            elif mode == 4:    # ToNegativeInf
                up = neg
            else:              # ToPositiveInf
                up = not neg
            if up:
                q += 1
                if q.bit_length() > prec:
                    q >>= 1
                    shift += 1
            acc = (1 if up else -1) * (-1 if neg else 1)
        m, e = q, e + shift
    # normalize: no trailing zero bits kept
    tz = (m & -m).bit_length() - 1
    if tz:
        m >>= tz
        e += tz
    goexp = e + m.bit_length()
    if goexp > MAXEXP:
        setattr(z, _FORM, INF)
        setattr(z, _ACC, -1 if neg else 1)
        return z
    if goexp < MINEXP:
        setattr(z, _FORM, ZERO)
        setattr(z, _MANT, 0)
        setattr(z, _EXP, 0)
        setattr(z, _ACC, 1 if neg else -1)
        return z
    setattr(z, _FORM, FINITE)
    setattr(z, _MANT, m)
    setattr(z, _EXP, e)
    setattr(z, _ACC, acc)
    return z


def _setzero(z, neg=False):
    setattr(z, _FORM, ZERO)
    setattr(z, _NEG, neg)
    setattr(z, _MANT, 0)
    setattr(z, _EXP, 0)
    setattr(z, _ACC, 0)
    return z


def _setinf(z, neg):
    setattr(z, _FORM, INF)
    setattr(z, _NEG, neg)
    setattr(z, _MANT, 0)
    setattr(z, _EXP, 0)
    setattr(z, _ACC, 0)
    return z


def Float_SetPrec(z, prec):
    setattr(z, _ACC, 0)
    if prec == 0:
        setattr(z, _PREC, 0)
        if getattr(z, _FORM) == FINITE:
            neg = getattr(z, _NEG)
            _setzero(z, neg)
            setattr(z, _ACC, 1 if neg else -1)
        return z
    prec = min(prec, (1 << 32) - 1)
    old = getattr(z, _PREC)
    setattr(z, _PREC, prec)
    if old > prec and getattr(z, _FORM) == FINITE:
        _round(z, getattr(z, _NEG), getattr(z, _MANT), getattr(z, _EXP))
    return z


def Float_SetMode(z, mode):
    setattr(z, _MODE, mode)
    setattr(z, _ACC, 0)
    return z


def Float_MinPrec(x):
    if getattr(x, _FORM) != FINITE:
        return 0
    return getattr(x, _MANT).bit_length()


def Float_Sign(x):
    if getattr(x, _FORM) == ZERO:
        return 0
    return -1 if getattr(x, _NEG) else 1


def Float_IsInt(x):
    f, _, m, e = _fget(x)
    if f != FINITE:
        return f == ZERO
    return e >= 0


def Float_MantExp(x, mant):
    f, neg, m, e = _fget(x)
    exp = e + m.bit_length() if f == FINITE else 0
    if mant is not None:
        Float_Set(mant, x)
        if getattr(mant, _FORM) == FINITE:
            setattr(mant, _EXP, getattr(mant, _EXP) - exp)
    return exp


def Float_SetMantExp(z, mant, exp):
    Float_Set(z, mant)
    if getattr(z, _FORM) == FINITE:
        m, e = getattr(z, _MANT), getattr(z, _EXP)
        _round(z, getattr(z, _NEG), m, e + exp)
    return z


def _set_int_value(z, v: int, defprec: int):
    if getattr(z, _PREC) == 0:
        setattr(z, _PREC, defprec)
    if v == 0:
        return _setzero(z)
    return _round(z, v < 0, abs(v), 0)


def Float_SetUint64(z, x):
    return _set_int_value(z, x, 64)


def Float_SetInt64(z, x):
    return _set_int_value(z, x, 64)


def Float_SetFloat64(z, x):
    if getattr(z, _PREC) == 0:
        setattr(z, _PREC, 53)
    if math.isnan(x):
        _nan("Float.SetFloat64(NaN)")
    if math.isinf(x):
        return _setinf(z, x < 0)
    if x == 0:
        return _setzero(z, math.copysign(1.0, x) < 0)
    a, b = abs(x).as_integer_ratio()
    return _round(z, x < 0, a, -(b.bit_length() - 1))


def Float_SetInt(z, x):
    v = _g(x)
    bits = abs(v).bit_length()
    if getattr(z, _PREC) == 0:
        setattr(z, _PREC, max(bits, 64))
    if v == 0:
        return _setzero(z)
    return _round(z, v < 0, abs(v), 0)


def _set_ratio(z, a: int, b: int):
    """z = a/b (b > 0) correctly rounded to z's precision."""
    if a == 0:
        return _setzero(z)
    neg = a < 0
    a = abs(a)
    prec = max(getattr(z, _PREC), 1)
    # a quotient of prec+2 bits at least, the rest as a sticky bit
    shift = prec + 2 - (a.bit_length() - b.bit_length())
    if shift < 0:
        shift = 0
    q, r = divmod(a << shift, b)
    return _round(z, neg, q, -shift, r != 0)


def Float_SetRat(z, x):
    a, b = _rget(x)
    if getattr(z, _PREC) == 0:
        setattr(z, _PREC, max(abs(a).bit_length(), b.bit_length(), 64))
    return _set_ratio(z, a, b)


def Float_SetInf(z, signbit):
    return _setinf(z, signbit)


def Float_Set(z, x):
    if z is x:
        return z
    f, neg, m, e = _fget(x)
    setattr(z, _ACC, 0)
    if getattr(z, _PREC) == 0:
        setattr(z, _PREC, getattr(x, _PREC))
    if f == FINITE:
        return _round(z, neg, m, e)
    setattr(z, _FORM, f)
    setattr(z, _NEG, neg)
    setattr(z, _MANT, 0)
    setattr(z, _EXP, 0)
    return z


def Float_Copy(z, x):
    if z is not x:
        for a in (_PREC, _MODE, _ACC, _FORM, _NEG, _MANT, _EXP):
            setattr(z, a, getattr(x, a))
    return z


def Float_Uint64(x):
    f, neg, m, e = _fget(x)
    if f == ZERO:
        return 0, 0
    if f == INF:
        return (0, 1) if neg else (M64, -1)
    if neg:
        return 0, 1
    goexp = e + m.bit_length()
    if goexp <= 0:
        return 0, -1
    if goexp > 64:
        return M64, -1
    v = m << e if e >= 0 else m >> -e
    # Go reports Exact whenever the mantissa fits in 64 bits (its MinPrec() <= 64 test)
    return v, 0 if m.bit_length() <= 64 else -1


def Float_Int64(x):
    f, neg, m, e = _fget(x)
    if f == ZERO:
        return 0, 0
    if f == INF:
        return ((-(1 << 63)), 1) if neg else ((1 << 63) - 1, -1)
    v = m << e if e >= 0 else m >> -e
    exact = e >= 0 or m & ((1 << -e) - 1) == 0
    if neg:
        if v > 1 << 63:
            return -(1 << 63), 1
        return -v, 0 if exact else 1
    if v > (1 << 63) - 1:
        return (1 << 63) - 1, -1
    return v, 0 if exact else -1


def _to_float(x, bits: int, emin: int, emax_val: float):
    """x rounded to the nearest IEEE float (to even) with `bits` significand bits, as Go's Float64."""
    f, neg, m, e = _fget(x)
    if f == ZERO:
        return (-0.0 if neg else 0.0), 0
    if f == INF:
        return (-math.inf if neg else math.inf), 0
    goexp = e + m.bit_length()       # value = 0.1xxx * 2**goexp
    p = bits if goexp - 1 >= emin else bits - emin + goexp - 1
    if p < 0 or (p == 0 and m & (m - 1) == 0):
        return (-0.0, 1) if neg else (0.0, -1)
    if p == 0:
        tiny = math.ldexp(1.0, emin - bits + 1)
        return (-tiny, -1) if neg else (tiny, 1)
    tmp = _ns["Float"]()
    setattr(tmp, _PREC, p)
    _round(tmp, neg, m, e)
    acc = getattr(tmp, _ACC)
    tm, te = getattr(tmp, _MANT), getattr(tmp, _EXP)
    if getattr(tmp, _FORM) == INF or te + tm.bit_length() - 1 > -emin + 1:
        return (-math.inf, -1) if neg else (math.inf, 1)
    r = math.ldexp(tm, te)
    if math.isinf(r) or r > emax_val:
        return (-math.inf, -1) if neg else (math.inf, 1)
    return (-r if neg else r), acc


def Float_Float64(x):
    return _to_float(x, 53, -1022, 1.7976931348623157e308)


def Float_Float32(x):
    v, acc = _to_float(x, 24, -126, 3.4028234663852886e38)
    if not math.isinf(v):
        v = struct.unpack("f", struct.pack("f", v))[0]
    return v, acc


def Float_Int(x, z):
    f, neg, m, e = _fget(x)
    if z is None and f != INF:
        z = _new_int()
    if f == ZERO:
        return _s(z, 0), 0
    if f == INF:
        return None, (1 if neg else -1)
    v = m << e if e >= 0 else m >> -e
    exact = e >= 0 or m & ((1 << -e) - 1) == 0
    acc = 0 if exact else (1 if neg else -1)
    return _s(z, -v if neg else v), acc


def Float_Rat(x, z):
    f, neg, m, e = _fget(x)
    if f == INF:
        return None, (1 if neg else -1)
    if z is None:
        z = _ns["Rat"]()
    if f == ZERO:
        return _rset(z, 0, 1), 0
    a, b = (m << e, 1) if e >= 0 else (m, 1 << -e)
    return _rset(z, -a if neg else a, b), 0


def Float_Abs(z, x):
    Float_Set(z, x)
    setattr(z, _NEG, False)
    return z


def Float_Neg(z, x):
    Float_Set(z, x)
    setattr(z, _NEG, not getattr(z, _NEG))
    return z


def _prec2(z, x, y):
    if getattr(z, _PREC) == 0:
        setattr(z, _PREC, max(getattr(x, _PREC), getattr(y, _PREC)))


def _addsub(z, x, y, sub: bool):
    _prec2(z, x, y)
    xf, xn, xm, xe = _fget(x)
    yf, yn, ym, ye = _fget(y)
    if sub:
        yn = not yn
    if xf == FINITE and yf == FINITE:
        e = min(xe, ye)
        a = (xm << (xe - e)) * (-1 if xn else 1)
        b = (ym << (ye - e)) * (-1 if yn else 1)
        s = a + b
        if s == 0:
            _setzero(z, getattr(z, _MODE) == 4)
            return z
        return _round(z, s < 0, abs(s), e)
    if xf == INF and yf == INF and xn != yn:
        _setzero(z)
        _nan("subtraction of infinities with equal signs" if sub else "addition of infinities with opposite signs")
    if xf == ZERO and yf == ZERO:
        return _setzero(z, xn and yn)
    if xf == INF or yf == ZERO:
        return Float_Set(z, x)
    if sub:
        Float_Set(z, y)
        setattr(z, _NEG, yn)
        return z
    return Float_Set(z, y)


def Float_Add(z, x, y):
    return _addsub(z, x, y, False)


def Float_Sub(z, x, y):
    return _addsub(z, x, y, True)


def Float_Mul(z, x, y):
    _prec2(z, x, y)
    xf, xn, xm, xe = _fget(x)
    yf, yn, ym, ye = _fget(y)
    neg = xn != yn
    if xf == FINITE and yf == FINITE:
        return _round(z, neg, xm * ym, xe + ye)
    if (xf == ZERO and yf == INF) or (xf == INF and yf == ZERO):
        _setzero(z)
        _nan("multiplication of zero with infinity")
    if xf == INF or yf == INF:
        return _setinf(z, neg)
    return _setzero(z, neg)


def Float_Quo(z, x, y):
    _prec2(z, x, y)
    xf, xn, xm, xe = _fget(x)
    yf, yn, ym, ye = _fget(y)
    neg = xn != yn
    if xf == FINITE and yf == FINITE:
        prec = getattr(z, _PREC)
        shift = max(prec + 2 - (xm.bit_length() - ym.bit_length()), 0)
        q, r = divmod(xm << shift, ym)
        return _round(z, neg, q, xe - ye - shift, r != 0)
    if (xf == ZERO and yf == ZERO) or (xf == INF and yf == INF):
        _setzero(z)
        _nan("division of zero by zero or infinity by infinity")
    if xf == ZERO or yf == INF:
        return _setzero(z, neg)
    return _setinf(z, neg)


def Float_Sqrt(z, x):
    if getattr(z, _PREC) == 0:
        setattr(z, _PREC, getattr(x, _PREC))
    xf, xn, xm, xe = _fget(x)
    if xn and xf != ZERO:
        _nan("square root of negative operand")
    if xf != FINITE:
        setattr(z, _ACC, 0)
        setattr(z, _FORM, xf)
        setattr(z, _NEG, xn)
        return z
    prec = getattr(z, _PREC)
    # sqrt(m * 2**e): make e even and m big enough for prec+2 result bits
    k = max(2 * (prec + 2) - xm.bit_length(), 0)
    if (xe - k) & 1:
        k += 1
    v = xm << k
    r = math.isqrt(v)
    return _round(z, False, r, (xe - k) // 2, r * r != v)


def Float_Cmp(x, y):
    xf, xn, xm, xe = _fget(x)
    yf, yn, ym, ye = _fget(y)
    if xf == ZERO and yf == ZERO:
        return 0
    sx = 0 if xf == ZERO else (-1 if xn else 1)
    sy = 0 if yf == ZERO else (-1 if yn else 1)
    if sx != sy:
        return (sx > sy) - (sx < sy)
    # same sign, both nonzero
    if xf == INF or yf == INF:
        if xf == yf:
            return 0
        c = 1 if xf == INF else -1
        return c * sx
    e = min(xe, ye)
    a, b = xm << (xe - e), ym << (ye - e)
    c = (a > b) - (a < b)
    return c * sx


# decimal conversion (ftoa.go's decimal: digits and a decimal point position)

def _decimal(m: int, e: int):
    """(digits without trailing zeros, exp) with m * 2**e == 0.digits * 10**exp (m > 0)."""
    if e >= 0:
        s = str(m << e)
        exp = len(s)
    else:
        tz = min((m & -m).bit_length() - 1, -e)
        m >>= tz
        e += tz
        s = str(m * 5 ** -e)
        exp = len(s) + e
    s = s.rstrip("0")
    return s, exp


class _Dec:
    __slots__ = ("mant", "exp")

    def __init__(self, mant: str, exp: int):
        self.mant = mant
        self.exp = exp

    def at(self, i: int) -> str:
        return self.mant[i] if 0 <= i < len(self.mant) else "0"

    def round(self, n: int):
        if n < 0 or n >= len(self.mant):
            return
        if self._should_round_up(n):
            self.round_up(n)
        else:
            self.round_down(n)

    def _should_round_up(self, n: int) -> bool:
        if self.mant[n] == "5" and n + 1 == len(self.mant):
            return n > 0 and (ord(self.mant[n - 1]) - 48) & 1 != 0
        return self.mant[n] >= "5"

    def round_up(self, n: int):
        if n < 0 or n >= len(self.mant):
            return
        while n > 0 and self.mant[n - 1] >= "9":
            n -= 1
        if n == 0:
            self.mant = "1"
            self.exp += 1
            return
        self.mant = self.mant[:n - 1] + chr(ord(self.mant[n - 1]) + 1)

    def round_down(self, n: int):
        if n < 0 or n >= len(self.mant):
            return
        self.mant = self.mant[:n].rstrip("0")


def _round_shortest(d: _Dec, m: int, e: int, prec: int):
    if not d.mant:
        return
    s = m.bit_length() - (prec + 1)
    if s < 0:
        mm, ee = m << -s, e + s
    else:
        mm, ee = m >> s, e + s
    lo = _Dec(*_decimal(mm - 1, ee)) if mm - 1 > 0 else _Dec("", 0)
    up = _Dec(*_decimal(mm + 1, ee))
    inclusive = mm & 2 == 0
    for i, c in enumerate(d.mant):
        l = lo.at(i)
        u = up.at(i)
        okdown = l != c or (inclusive and i + 1 == len(lo.mant))
        okup = c != u and (inclusive or chr(ord(c) + 1) < u or i + 1 < len(up.mant))
        if okdown and okup:
            d.round(i + 1)
            return
        if okdown:
            d.round_down(i + 1)
            return
        if okup:
            d.round_up(i + 1)
            return


def _fmt_e(fmtc: str, prec: int, d: _Dec) -> str:
    out = d.mant[0] if d.mant else "0"
    if prec > 0:
        out += "."
        m = min(len(d.mant), prec + 1)
        out += d.mant[1:m] + "0" * (prec + 1 - max(m, 1))
    exp = d.exp - 1 if d.mant else 0
    sign = "-" if exp < 0 else "+"
    exp = abs(exp)
    return out + fmtc + sign + ("0" if exp < 10 else "") + str(exp)


def _fmt_f(prec: int, d: _Dec) -> str:
    if d.exp > 0:
        m = min(len(d.mant), d.exp)
        out = d.mant[:m] + "0" * (d.exp - m)
    else:
        out = "0"
    if prec > 0:
        out += "." + "".join(d.at(d.exp + i) for i in range(prec))
    return out


def _ftext(x, fmtc: int, prec: int) -> bytes:
    f, neg, m, e = _fget(x)
    out = "-" if neg else ""
    if f == INF:
        return (out + ("" if neg else "+") + "Inf").encode()
    c = chr(fmtc)
    if c == "b":
        if f == ZERO:
            return (out + "0").encode()
        p = getattr(x, _PREC)
        L = m.bit_length()
        mm = m << (p - L) if p >= L else m >> (L - p)
        ex = e + L - p
        return (out + str(mm) + "p" + ("+" if ex >= 0 else "") + str(ex)).encode()
    if c == "p":
        if f == ZERO:
            return (out + "0").encode()
        L = m.bit_length()
        h = format(m << ((4 - L % 4) % 4), "x").rstrip("0")
        ex = e + L
        return (out + "0x." + h + "p" + ("+" if ex >= 0 else "") + str(ex)).encode()
    if c not in "eEfgG":
        return (out + "%" + c).encode()
    d = _Dec(*_decimal(m, e)) if f == FINITE else _Dec("", 0)
    shortest = False
    if prec < 0:
        shortest = True
        if f == FINITE:
            _round_shortest(d, m, e, getattr(x, _PREC))
        if c in "eE":
            prec = len(d.mant) - 1
        elif c == "f":
            prec = max(len(d.mant) - d.exp, 0)
        else:
            prec = len(d.mant)
    else:
        if c in "eE":
            d.round(1 + prec)
        elif c == "f":
            d.round(d.exp + prec)
        else:
            if prec == 0:
                prec = 1
            d.round(prec)
    if c in "eE":
        return (out + _fmt_e(c, prec, d)).encode()
    if c == "f":
        return (out + _fmt_f(prec, d)).encode()
    eprec = prec
    if eprec > len(d.mant) and len(d.mant) >= d.exp:
        eprec = len(d.mant)
    if shortest:
        eprec = 6
    exp = d.exp - 1
    if exp < -4 or exp >= eprec:
        if prec > len(d.mant):
            prec = len(d.mant)
        return (out + _fmt_e("e" if c == "g" else "E", prec - 1, d)).encode()
    if prec > d.exp:
        prec = len(d.mant)
    return (out + _fmt_f(max(prec - d.exp, 0), d)).encode()


def Float_Text(x, fmtc, prec):
    return _ftext(x, fmtc, prec)


def Float_Append(x, buf, fmtc, prec):
    return append_bytes(buf, _ftext(x, fmtc, prec))


def Float_parse(z, s, base):
    """Float.Parse: (base, error text)."""
    if s in (b"Inf", b"inf"):
        _setinf(z, False)
        return 0, b""
    if len(s) == 4 and s[0] in b"+-" and s[1:] in (b"Inf", b"inf"):
        _setinf(z, s[0] == 0x2D)
        return 0, b""
    prec = getattr(z, _PREC) or 64
    pos = 0
    neg = False
    if not s:
        return 0, b"EOF"
    if s[0] in b"+-":
        neg = s[0] == 0x2D
        pos = 1
    m, b, fcount, err, pos = scan_nat(s, pos, base, True)
    if err:
        _setzero(z, neg)  # Go leaves the scanned (empty) mantissa behind
        return b, err.encode()
    exp, ebase, err, pos = scan_exponent(s, pos, base == 0, base == 0)
    if err:
        return b, err.encode()
    setattr(z, _PREC, prec)
    if m == 0:
        _setzero(z, neg)
    else:
        exp2 = exp5 = 0
        if fcount < 0:
            d = fcount
            if b == 10:
                exp5 = d
                exp2 = d
            elif b == 2:
                exp2 = d
            elif b == 8:
                exp2 = d * 3
            elif b == 16:
                exp2 = d * 4
        if ebase == 10:
            exp5 += exp
        exp2 += exp
        if exp2 + m.bit_length() > MAXEXP or exp2 + m.bit_length() < MINEXP:
            return b, b"exponent overflow"
        if exp5 >= 0:
            _round(z, neg, m * 5 ** exp5, exp2)
        else:
            num, den = m, 5 ** -exp5
            shift = max(prec + 2 - (num.bit_length() - den.bit_length()), 0)
            q, r = divmod(num << shift, den)
            _round(z, neg, q, exp2 - shift, r != 0)
    if pos < len(s):
        ch = chr(s[pos])
        return b, ("expected end of string, found %s" % _goquote_byte(s[pos])).encode()
    return b, b""


def _goquote_byte(c: int) -> str:
    """%q of a byte value (Go prints it as a quoted rune)."""
    ch = chr(c)
    if ch == "'":
        return "'\\''"
    if ch == "\\":
        return "'\\\\'"
    if 0x20 <= c < 0x7F:
        return "'" + ch + "'"
    esc = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v"}
    if c in esc:
        return "'" + esc[c] + "'"
    if c < 0x80:
        return "'\\x%02x'" % c
    return "'" + ch + "'" if ch.isprintable() else "'\\u%04x'" % c
