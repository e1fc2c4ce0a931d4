"""This file implements exact constant values and their arithmetic (go/constant's role).

A constant value is a plain Python value whose Python type gives its kind:
  bool -> Bool, bytes -> String (Go strings are byte strings), int -> Int,
  fractions.Fraction -> Float, Cplx -> Complex, None -> Unknown.
Invariants: a Float value is a Fraction (even when integral), or a BigFloat when its
magnitude is beyond 2**±4096 (bigfloat.py: go/constant's 512-bit floats); a Cplx holds
two such values; a value is never a Python float or complex. An operation whose float
result overflows a big.Float raises bigfloat.Overflow (go/constant's Unknown). Typed float32/float64
constants are rounded to their type by representable().
"""

from __future__ import annotations

import math
import struct
from fractions import Fraction

from .bigfloat import SMALL_EXP, BigFloat, Overflow, from_decimal, from_value, normalize

Unknown, Bool, String, Int, Float, Complex = range(6)
KIND_NAMES = ["Unknown", "Bool", "String", "Int", "Float", "Complex"]


class Cplx:
    __slots__ = ("re", "im")

    def __init__(self, re, im):
        self.re = re if type(re) is BigFloat else Fraction(re)
        self.im = im if type(im) is BigFloat else Fraction(im)

    def __eq__(self, other):
        return isinstance(other, Cplx) and self.re == other.re and self.im == other.im

    def __hash__(self):
        return hash((self.re, self.im))

    def __repr__(self):
        return f"Cplx({self.re}, {self.im})"

    @property
    def py(self) -> complex:
        return complex(_to_float(self.re), _to_float(self.im))


def kind(v) -> int:
    t = type(v)
    if t is bool:
        return Bool
    if t is int:
        return Int
    if t is Fraction or t is BigFloat:
        return Float
    if t is bytes:
        return String
    if t is Cplx:
        return Complex
    return Unknown


def _to_float(f) -> float:
    try:
        return float(f)
    except OverflowError:
        return math.inf if f > 0 else -math.inf


# ---------------------------------------------------------------------------
# Literals


def _parse_hex_float(s: str):
    s = s[2:]
    if "p" in s or "P" in s:
        k = s.lower().index("p")
        mant, exp = s[:k], int(s[k + 1:])
    else:
        mant, exp = s, 0
    if "." in mant:
        a, b = mant.split(".")
    else:
        a, b = mant, ""
    n = int(a + b or "0", 16)
    try:
        return normalize(n, exp - 4 * len(b))
    except Overflow:
        return None


def _parse_dec_float(s: str):
    """A decimal float literal's value without building huge numbers: None if its
    exponent overflows (go/constant: malformed)."""
    k = max(s.find("e"), s.find("E"))
    mant, exp = (s[:k], int(s[k + 1:])) if k >= 0 else (s, 0)
    if "." in mant:
        a, b = mant.split(".")
    else:
        a, b = mant, ""
    return from_decimal(int(a + b or "0", 10), exp - len(b))


def _parse_int(s: str) -> int | None:
    s = s.replace("_", "")
    try:
        if len(s) > 1 and s[0] == "0" and s[1] in "0123456789":
            return int(s, 8)
        return int(s, 0)
    except ValueError:
        return None


def _parse_float(s: str) -> Fraction | None:
    s = s.replace("_", "")
    try:
        if s[:2] in ("0x", "0X"):
            return _parse_hex_float(s)
        return _parse_dec_float(s)
    except (ValueError, ZeroDivisionError):
        return None


_ESC = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, "'": 39, '"': 34}


def unquote_bytes(body: str, quote: str) -> bytes | None:
    """Interprets Go escapes in the body of a '...' or "..." literal; returns bytes."""
    out = bytearray()
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8", "surrogatepass")
            i += 1
            continue
        i += 1
        if i >= n:
            return None
        c = body[i]
        if c in _ESC:
            if (c == "'" and quote != "'") or (c == '"' and quote != '"'):
                return None
            out.append(_ESC[c])
            i += 1
        elif c in "01234567":
            v = int(body[i:i + 3], 8)
            if v > 255:
                return None
            out.append(v)
            i += 3
        elif c == "x":
            out.append(int(body[i + 1:i + 3], 16))
            i += 3
        elif c in "uU":
            k = 4 if c == "u" else 8
            v = int(body[i + 1:i + 1 + k], 16)
            if v > 0x10FFFF or 0xD800 <= v < 0xE000:
                return None
            out += chr(v).encode("utf-8")
            i += 1 + k
        else:
            return None
    return bytes(out)


def make_from_literal(lit: str, tok: str):
    """The value of a literal (tok is INT, FLOAT, IMAG, CHAR or STRING) or None if malformed."""
    try:
        if tok == "INT":
            return _parse_int(lit)
        if tok == "FLOAT":
            return _parse_float(lit)
        if tok == "IMAG":
            body = lit[:-1]
            v = None
            if body[:2].lower() in ("0x", "0b", "0o") and "." not in body and "p" not in body.lower():
                v = _parse_int(body)
                v = Fraction(v) if v is not None else None
            else:
                b = body.replace("_", "")
                if b.isdigit():
                    v = Fraction(int(b, 10))
                else:
                    v = _parse_float(body)
            if v is None:
                return None
            return Cplx(0, v)
        if tok == "CHAR":
            body = lit[1:-1]
            if body.startswith("\\"):
                c = body[1]
                if c in "uU":
                    return int(body[2:], 16)
                b = unquote_bytes(body, "'")
                if b is None or len(b) != 1:
                    return None
                return b[0]
            if len(body) != 1:
                return None
            return ord(body)
        if tok == "STRING":
            if lit[0] == "`":
                return lit[1:-1].replace("\r", "").encode("utf-8", "surrogatepass")
            return unquote_bytes(lit[1:-1], '"')
    except (ValueError, IndexError):
        return None
    return None


# ---------------------------------------------------------------------------
# Conversions between kinds


def to_int(v):
    """v as an Int if it is integral, else the unchanged value (go/constant.ToInt's rule)."""
    t = type(v)
    if t is int:
        return v
    if t is Fraction:
        if v.denominator == 1:
            return int(v)
        # go/constant also accepts values very close to an integer
        r = round(v)
        if abs(v - r) < Fraction(1, 10**20) * max(1, abs(r)) and False:
            return int(r)
        return v
    if t is Cplx:
        if v.im == 0:
            return to_int(v.re)
        return v
    return v


def to_float(v):
    t = type(v)
    if t is int:
        return Fraction(v)
    if t is Fraction or t is BigFloat:
        return v
    if t is Cplx and v.im == 0:
        return v.re
    return v


def to_complex(v):
    t = type(v)
    if t is int or t is Fraction or t is BigFloat:
        return Cplx(v, 0)
    return v


def _small(r):
    """A Fraction result whose components grew beyond 4096 bits becomes a 512-bit float,
    as go/constant's makeRat does (exact fractions stay small)."""
    if type(r) is Fraction and (r.numerator.bit_length() >= SMALL_EXP or r.denominator.bit_length() >= SMALL_EXP):
        return normalize(*from_value(r))
    return r


def _match(x, y):
    kx, ky = kind(x), kind(y)
    if kx == ky:
        return x, y
    k = max(kx, ky)
    if k == Float:
        return to_float(x), to_float(y)
    if k == Complex:
        return to_complex(x), to_complex(y)
    return x, y


def sign(v) -> int:
    if type(v) is Cplx:
        return 0 if v.re == 0 and v.im == 0 else 1
    return (v > 0) - (v < 0)


def is_int_value(v) -> bool:
    return type(v) is int


# ---------------------------------------------------------------------------
# Operations


class DivByZero(Exception):
    pass


def unary_op(op: str, x, prec: int = 0):
    """-x, +x, ^x (prec: bit size for unsigned ^, 0 for signed/untyped), !x."""
    if op == "+":
        return x
    if op == "-":
        if type(x) is Cplx:
            return Cplx(-x.re, -x.im)
        return -x
    if op == "^":
        z = ~x
        if prec > 0:
            z &= (1 << prec) - 1
        return z
    if op == "!":
        return not x
    raise ValueError(op)


def binary_op(x, op: str, y, intdiv: bool = False):
    """x op y for arithmetic and logical ops; raises DivByZero for division by zero."""
    if op == "&&":
        return x and y
    if op == "||":
        return x or y
    x, y = _match(x, y)
    t = type(x)
    if t is int:
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            if y == 0:
                raise DivByZero
            if intdiv:
                q = abs(x) // abs(y)
                return q if (x >= 0) == (y >= 0) else -q
            return Fraction(x, y)
        if op == "%":
            if y == 0:
                raise DivByZero
            r = abs(x) % abs(y)
            return r if x >= 0 else -r
        if op == "&":
            return x & y
        if op == "|":
            return x | y
        if op == "^":
            return x ^ y
        if op == "&^":
            return x & ~y
    elif t is Fraction or t is BigFloat:
        if op == "+":
            return _small(x + y)
        if op == "-":
            return _small(x - y)
        if op == "*":
            return _small(x * y)
        if op == "/":
            if y == 0:
                raise DivByZero
            return _small(x / y)
    elif t is Cplx:
        a, b, c, d = x.re, x.im, y.re, y.im
        if op == "+":
            return Cplx(a + c, b + d)
        if op == "-":
            return Cplx(a - c, b - d)
        if op == "*":
            return Cplx(a * c - b * d, b * c + a * d)
        if op == "/":
            s = c * c + d * d
            if s == 0:
                raise DivByZero
            return Cplx((a * c + b * d) / s, (b * c - a * d) / s)
    elif t is bytes:
        if op == "+":
            return x + y
    raise ValueError(f"invalid binary op {op}")


def shift(x, op: str, s: int):
    if op == "<<":
        return x << s
    return x >> s


def compare(x, op: str, y) -> bool:
    x, y = _match(x, y)
    if type(x) is Cplx:
        if op == "==":
            return x == y
        if op == "!=":
            return not x == y
        raise ValueError(op)
    if op == "==":
        return x == y
    if op == "!=":
        return x != y
    if op == "<":
        return x < y
    if op == "<=":
        return x <= y
    if op == ">":
        return x > y
    if op == ">=":
        return x >= y
    raise ValueError(op)


def bit_len(v: int) -> int:
    return abs(v).bit_length()


# ---------------------------------------------------------------------------
# Rounding for typed floats


F32_MAX = Fraction(struct.unpack("<f", struct.pack("<I", 0x7F7FFFFF))[0])


def round_float64(v: Fraction):
    """Rounded Fraction, or None on overflow."""
    try:
        f = float(v)
    except OverflowError:
        return None
    if math.isinf(f):
        return None
    return Fraction(f)


def round_float32(v):
    """v rounded once to the nearest float32 (ties to even), or None on overflow. Rounding
    through a float64 first would round twice: max32 + ulp32/2 - ulp32/2**64 becomes the
    halfway point and then overflows."""
    if type(v) is not Fraction:  # a BigFloat, beyond 2**±4096: zero or an overflow
        return Fraction(0) if v.exp2() < 0 else None
    if v == 0:
        return Fraction(0)
    a = abs(v)
    n, d = a.numerator, a.denominator
    e = n.bit_length() - d.bit_length()  # 2**e <= a < 2**(e+1) after the adjustment
    if (n << -e if e < 0 else n) < (d << e if e > 0 else d):
        e -= 1
    q = max(e, -126) - 23  # the quantum: 24 significant bits, subnormals below 2**-126
    num, den = (n, d << q) if q > 0 else (n << -q, d)
    m, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and m & 1):
        m += 1
    if q + m.bit_length() > 128:  # m * 2**q >= 2**128
        return None
    g = Fraction(m) * (Fraction(2) ** q)
    return -g if v < 0 else g


# ---------------------------------------------------------------------------
# Strings


def _is_print(c: str) -> bool:
    return c.isprintable() or c == " "


def quote_str(b: bytes) -> str:
    """strconv.Quote of a byte string."""
    out = ['"']
    i = 0
    n = len(b)
    while i < n:
        c = b[i]
        if c < 0x80:
            ch = chr(c)
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif 0x20 <= c < 0x7F:
                out.append(ch)
            elif c == 7:
                out.append("\\a")
            elif c == 8:
                out.append("\\b")
            elif c == 12:
                out.append("\\f")
            elif c == 10:
                out.append("\\n")
            elif c == 13:
                out.append("\\r")
            elif c == 9:
                out.append("\\t")
            elif c == 11:
                out.append("\\v")
            else:
                out.append("\\x%02x" % c)
            i += 1
            continue
        # decode one UTF-8 sequence
        size = 2 if c >= 0xC0 else 1
        if c >= 0xE0:
            size = 3
        if c >= 0xF0:
            size = 4
        try:
            ch = b[i:i + size].decode("utf-8")
            if len(ch) != 1:
                raise UnicodeDecodeError("utf-8", b, i, i + 1, "x")
        except UnicodeDecodeError:
            out.append("\\x%02x" % c)
            i += 1
            continue
        if _is_print(ch):
            out.append(ch)
        else:
            o = ord(ch)
            out.append("\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
        i += size
    out.append('"')
    return "".join(out)


def _fmt_g(f: float) -> str:
    if math.isinf(f):
        return "+Inf" if f > 0 else "-Inf"
    s = "%.6g" % f
    return s


def _dec_exp(a: Fraction) -> int:
    """e with 10**e <= a < 10**(e+1), for a > 0 (without printing huge numbers)."""
    e = int((a.numerator.bit_length() - a.denominator.bit_length()) * 0.30102999566398120)
    while a >= Fraction(10) ** (e + 1):
        e += 1
    while a < Fraction(10) ** e:
        e -= 1
    return e


def float_string(v: Fraction) -> str:
    try:
        f = float(v)
    except OverflowError:
        f = math.inf
    if math.isinf(f):
        # very large: compute mantissa/exponent in decimal
        neg = v < 0
        a = abs(v)
        e = _dec_exp(a)
        m = a / Fraction(10) ** e
        s = "%.6g" % float(m)
        if s.startswith("10"):
            s, e = "1", e + 1
        return ("-" if neg else "") + f"{s}e+{e}"
    if f == 0 and v != 0:
        neg = v < 0
        a = abs(v)
        e = 0
        while a < 1:
            a *= 10
            e += 1
        s = "%.6g" % float(a)
        return ("-" if neg else "") + f"{s}e-{e:02d}"
    return _fmt_g(f)


def val_string(v) -> str:
    """go/constant's Value.String(): short, human-readable form."""
    t = type(v)
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return str(v)
    if t is Fraction:
        return float_string(v)
    if t is BigFloat:
        return v.string()
    if t is Cplx:
        return f"({val_string(v.re)} + {val_string(v.im)}i)"
    if t is bytes:
        s = quote_str(v)
        if len(s) > 72:
            s = s[:69] + "..."
        return s
    return "unknown"


def exact_string(v) -> str:
    t = type(v)
    if t is Fraction:
        if v.denominator == 1:
            return str(v.numerator)
        return f"{v.numerator}/{v.denominator}"
    return val_string(v)


def to_python(v):
    """A Python value for v: bool, bytes, int, float or complex."""
    t = type(v)
    if t is Fraction or t is BigFloat:
        return _to_float(v)
    if t is Cplx:
        return v.py
    return v
