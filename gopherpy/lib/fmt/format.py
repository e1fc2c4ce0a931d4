"""This file formats one operand for fmt: padding, integers, strings, byte slices, bools, floats.

It plays the part of Go's fmt/format.go. `Fmt` holds the flags, width and precision
of the verb being printed and appends to a bytearray. Floats and complexes are
formatted from Python's correctly rounded conversions (repr for shortest, format()
for a given precision), which give the same digits as Go's strconv (checked against
strconv's 58k-case golden of real Go). Printability is Go's unicode tables'.
"""

from __future__ import annotations

import math
import struct

from gopherpy.lib.unicode import letter as _letter

LDIGITS = b"0123456789abcdefx"
UDIGITS = b"0123456789ABCDEFX"


is_print = _letter.is_print      # unicode.IsPrint / strconv.IsPrint (Go's tables)
is_graphic = _letter.is_graphic


def quote_rune_into(out: bytearray, r: int, quote: int, ascii_only: bool, graphic_only: bool) -> None:
    """Append r escaped as strconv does inside a quote-delimited literal."""
    if r == quote or r == 0x5C:
        out += b"\\" + bytes((r,))
        return
    if ascii_only:
        if r < 0x80 and is_print(r):
            out.append(r)
            return
    elif is_print(r) or (graphic_only and is_graphic(r)):
        out += chr(r).encode()
        return
    esc = {7: b"\\a", 8: b"\\b", 12: b"\\f", 10: b"\\n", 13: b"\\r", 9: b"\\t", 11: b"\\v"}.get(r)
    if esc is not None:
        out += esc
    elif r < 0x20 or r == 0x7F:
        out += b"\\x%02x" % r
    elif r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        out += b"\\ufffd"
    elif r < 0x10000:
        out += b"\\u%04x" % r
    else:
        out += b"\\U%08x" % r


def quote(s: bytes, ascii_only: bool = False, graphic_only: bool = False) -> bytes:
    """strconv.Quote (QuoteToASCII when ascii_only, QuoteToGraphic when graphic_only)."""
    from gopherpy.runtime.values import decoderune
    out = bytearray(b'"')
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            if 0x20 <= c < 0x7F and c != 0x22 and c != 0x5C:
                out.append(c)
            else:
                quote_rune_into(out, c, 0x22, ascii_only, graphic_only)
            i += 1
            continue
        r, w = decoderune(s, i)
        if w == 1 and r == 0xFFFD:
            out += b"\\x%02x" % c
            i += 1
            continue
        quote_rune_into(out, r, 0x22, ascii_only, graphic_only)
        i += w
    out.append(0x22)
    return bytes(out)


def quote_rune(r: int, ascii_only: bool = False, graphic_only: bool = False) -> bytes:
    """strconv.QuoteRune."""
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        r = 0xFFFD
    out = bytearray(b"'")
    quote_rune_into(out, r, 0x27, ascii_only, graphic_only)
    out.append(0x27)
    return bytes(out)


def can_backquote(s: bytes) -> bool:
    """strconv.CanBackquote."""
    from gopherpy.runtime.values import iterrunes
    for _, r in iterrunes(s):
        if r == 0xFFFD:
            return False if b"\xef\xbf\xbd" not in s else _cb_slow(s)
        if r == 0x60 or r == 0xFEFF:
            return False
        if r < 0x20 and r != 9 or r == 0x7F:
            return False
    return True


def _cb_slow(s: bytes) -> bool:
    from gopherpy.runtime.values import decoderune
    i = 0
    while i < len(s):
        r, w = decoderune(s, i)
        if r == 0xFFFD and w == 1:
            return False
        if r == 0x60 or r == 0xFEFF or (r < 0x20 and r != 9) or r == 0x7F:
            return False
        i += w
    return True


def _f32_shortest(x: float) -> str:
    for p in range(1, 18):
        s = "%.*e" % (p - 1, x)
        if struct.unpack("f", struct.pack("f", float(s)))[0] == x:
            return s
    return repr(x)


def _shortest_digits(x: float, size: int):
    """(digits, decimal point position) of the shortest repr of |x| (x finite, nonzero)."""
    s = _f32_shortest(abs(x)) if size == 32 else "%r" % abs(x)
    if "e" in s or "E" in s:
        m, e = s.lower().split("e")
        exp = int(e)
    else:
        m, exp = s, 0
    if "." in m:
        ip, fp = m.split(".")
    else:
        ip, fp = m, ""
    digits = (ip + fp).lstrip("0")
    lead = len(ip + fp) - len((ip + fp).lstrip("0"))
    dp = len(ip) + exp - lead
    digits = digits.rstrip("0") or "0"
    return digits, dp


def _exp_str(e: int, ch: str) -> str:
    sign = "-" if e < 0 else "+"
    e = abs(e)
    return f"{ch}{sign}{e:02d}"


def format_float(x: float, verb: str, prec: int, size: int = 64, sharp: bool = False) -> str:
    """strconv.FormatFloat(x, verb, prec, size) for verbs e E f F g G (prec -1: shortest)."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "+Inf" if x > 0 else "-Inf"
    neg = math.copysign(1.0, x) < 0
    ax = abs(x)
    if verb in "bxX":
        return ("-" if neg else "") + _fmt_bx(ax, verb, prec, size)
    if prec < 0:
        if ax == 0:
            digits, dp = "0", 1
        else:
            digits, dp = _shortest_digits(ax, size)
        nd = len(digits)
        if verb in "eE":
            s = _e_from_digits(digits, dp, max(nd - 1, 0), verb)
        elif verb in "fF":
            s = _f_from_digits(digits, dp, max(nd - dp, 0))
        else:
            eprec = 6
            exp = dp - 1
            if eprec > nd and nd >= dp:
                eprec = nd
            if ax == 0:
                exp = 0
            if exp < -4 or exp >= eprec:
                s = _e_from_digits(digits, dp, nd - 1, "e" if verb == "g" else "E")
            else:
                s = _f_from_digits(digits, dp, max(nd - dp, 0))
    else:
        if verb in "eE":
            s = "%.*e" % (prec, ax)
            m, e = s.split("e")
            s = m + _exp_str(int(e), verb)
        elif verb in "fF":
            s = "%.*f" % (prec, ax)
        else:
            p = prec if prec > 0 else 1
            s = "%.*e" % (p - 1, ax)
            m, e = s.split("e")
            exp = int(e)
            if exp < -4 or exp >= p:
                if not sharp:
                    if "." in m:
                        m = m.rstrip("0").rstrip(".")
                s = m + _exp_str(exp, "e" if verb == "g" else "E")
            else:
                s = "%.*f" % (max(p - 1 - exp, 0), ax)
                if not sharp and "." in s:
                    s = s.rstrip("0").rstrip(".")
    return ("-" if neg else "") + s


def _e_from_digits(digits: str, dp: int, prec: int, ch: str) -> str:
    d = digits.ljust(prec + 1, "0")
    m = d[0] + ("." + d[1:prec + 1] if prec > 0 else "")
    exp = dp - 1 if digits != "0" else 0
    return m + _exp_str(exp, ch)


def _f_from_digits(digits: str, dp: int, prec: int) -> str:
    if dp <= 0:
        ip = "0"
        fp = "0" * (-dp) + digits
    elif dp >= len(digits):
        ip = digits + "0" * (dp - len(digits))
        fp = ""
    else:
        ip = digits[:dp]
        fp = digits[dp:]
    fp = fp.ljust(prec, "0")[:prec] if prec > 0 else ""
    return ip + ("." + fp if prec > 0 else "")


def _fmt_bx(ax: float, verb: str, prec: int, size: int) -> str:
    if verb == "b":
        if size == 32:
            bits = struct.unpack("<I", struct.pack("<f", ax))[0]
            exp = (bits >> 23) & 0xFF
            mant = bits & ((1 << 23) - 1)
            if exp == 0:
                exp = 1
            else:
                mant |= 1 << 23
            exp -= 127 + 23
        else:
            bits = struct.unpack("<Q", struct.pack("<d", ax))[0]
            exp = (bits >> 52) & 0x7FF
            mant = bits & ((1 << 52) - 1)
            if exp == 0:
                exp = 1
            else:
                mant |= 1 << 52
            exp -= 1023 + 52
        return f"{mant}p{'+' if exp >= 0 else '-'}{abs(exp)}"
    # %x: 0x1.hhhp±dd (mantissa shortest unless prec given)
    if ax == 0:
        mant, exp = 0, 0
    else:
        m, exp = math.frexp(ax)      # ax = m * 2**exp, 0.5 <= m < 1
        exp -= 1
        mant = int(m * 2 * (1 << 52))   # 1.xxx * 2**52
        if size == 32:
            pass
    frac = mant & ((1 << 52) - 1)
    hexd = "%013x" % frac
    lead = mant >> 52
    if prec < 0:
        hexd = hexd.rstrip("0")
    else:
        if prec < 13:
            # round the 52-bit fraction to prec hex digits, half to even
            shift = (13 - prec) * 4
            full = mant
            q, r = divmod(full, 1 << shift)
            half = 1 << (shift - 1)
            if r > half or (r == half and q & 1):
                q += 1
            full = q << shift
            if full >> 53:
                full >>= 1
                exp += 1
            lead = full >> 52
            hexd = ("%013x" % (full & ((1 << 52) - 1)))[:prec]
        else:
            hexd = hexd.ljust(prec, "0")
    s = "0x" + str(lead) + ("." + hexd if hexd else "") + "p" + ("+" if exp >= 0 else "-") + "%02d" % abs(exp)
    return s.upper() if verb == "X" else s


class Fmt:
    """The state of one verb: flags, width and precision, and the output buffer."""

    __slots__ = ("buf", "plus", "minus", "sharp", "space", "zero", "plusV", "sharpV",
                 "wid", "prec", "widPresent", "precPresent")

    def __init__(self, buf: bytearray):
        self.buf = buf
        self.clearflags()

    def clearflags(self):
        self.plus = self.minus = self.sharp = self.space = self.zero = False
        self.plusV = self.sharpV = False
        self.wid = self.prec = 0
        self.widPresent = self.precPresent = False

    # -- padding --------------------------------------------------------------

    def _padlen(self, b: bytes) -> int:
        if b.isascii():
            return len(b)
        from gopherpy.runtime.values import runecount
        return runecount(b)

    def pad(self, b: bytes) -> None:
        if not self.widPresent or self.wid == 0:
            self.buf += b
            return
        width = self.wid - self._padlen(b)
        if width <= 0:
            self.buf += b
            return
        if self.minus:
            self.buf += b
            self.buf += b" " * width
        else:
            self.buf += (b"0" if self.zero else b" ") * width
            self.buf += b

    def pad_num(self, b: bytes) -> None:
        """Pad a formatted number; zero padding (when set) goes after the sign."""
        if not self.widPresent or self.wid <= len(b):
            self.buf += b
            return
        width = self.wid - len(b)
        if self.minus:
            self.buf += b + b" " * width
        elif self.zero:
            if b[:1] in (b"+", b"-", b" "):
                self.buf += b[:1] + b"0" * width + b[1:]
            else:
                self.buf += b"0" * width + b
        else:
            self.buf += b" " * width + b

    # -- values ---------------------------------------------------------------

    def fmt_boolean(self, v: bool) -> None:
        self.pad(b"true" if v else b"false")

    def fmt_unicode(self, u: int) -> None:
        prec = 4
        if self.precPresent and self.prec > 4:
            prec = self.prec
        u &= 0xFFFFFFFFFFFFFFFF  # Go formats the value as a uint64
        s = b"U+" + (b"%X" % u).rjust(prec, b"0")
        if self.sharp and 0 <= u <= 0x10FFFF and is_print(u):
            s += b" '" + chr(u).encode() + b"'"
        zero = self.zero
        self.zero = False
        self.pad(s)
        self.zero = zero

    def fmt_integer(self, u: int, base: int, signed: bool, verb: str, digits: bytes) -> None:
        """u is the value (negative only if signed)."""
        neg = signed and u < 0
        if neg:
            u = -u
        prec = 0
        if self.precPresent:
            prec = self.prec
            if prec == 0 and u == 0:
                zero = self.zero
                self.zero = False
                self.writepadding(self.wid)
                self.zero = zero
                return
        elif self.zero and self.widPresent and not self.minus:
            prec = self.wid
            if neg or self.plus or self.space:
                prec -= 1
        if base == 10:
            s = str(u)
        elif base == 16:
            s = "%x" % u
            if digits is UDIGITS:
                s = s.upper()
        elif base == 8:
            s = "%o" % u
        else:
            s = bin(u)[2:]
        s = s.encode()
        if len(s) < prec:
            s = b"0" * (prec - len(s)) + s
        if self.sharp:
            if base == 2:
                s = b"0b" + s
            elif base == 8:
                if s[:1] != b"0":
                    s = b"0" + s
            elif base == 16:
                s = (b"0X" if digits is UDIGITS else b"0x") + s
        if verb == "O":
            s = b"0o" + s
        if neg:
            s = b"-" + s
        elif self.plus:
            s = b"+" + s
        elif self.space:
            s = b" " + s
        zero = self.zero
        self.zero = False
        self.pad(s)
        self.zero = zero

    def writepadding(self, n: int) -> None:
        if n <= 0:
            return
        self.buf += (b"0" if self.zero and not self.minus else b" ") * n

    def truncate(self, s: bytes) -> bytes:
        if self.precPresent:
            from gopherpy.runtime.values import iterrunes
            n = self.prec
            for i, _ in iterrunes(s):
                n -= 1
                if n < 0:
                    return s[:i]
        return s

    def fmt_s(self, s: bytes) -> None:
        self.pad(self.truncate(s))

    def fmt_sbx(self, s: bytes, digits: bytes) -> None:
        length = len(s)
        if self.precPresent and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:
            if self.widPresent:
                self.writepadding(self.wid)
            return
        if self.widPresent and self.wid > width and not self.minus:
            self.writepadding(self.wid - width)
        out = bytearray()
        x = b"0X" if digits is UDIGITS else b"0x"
        if self.sharp:
            out += x
        for i in range(length):
            if self.space and i > 0:
                out.append(0x20)
                if self.sharp:
                    out += x
            c = s[i]
            out.append(digits[c >> 4])
            out.append(digits[c & 0xF])
        self.buf += out
        if self.widPresent and self.wid > width and self.minus:
            self.writepadding(self.wid - width)

    def fmt_q(self, s: bytes) -> None:
        s = self.truncate(s)
        if self.sharp and can_backquote(s):
            self.pad(b"`" + s + b"`")
            return
        self.pad(quote(s, ascii_only=self.plus))

    def fmt_c(self, c: int) -> None:
        from gopherpy.runtime.values import encoderune
        self.pad(encoderune(c if 0 <= c <= 0x10FFFF else 0xFFFD))

    def fmt_qc(self, c: int) -> None:
        if c < 0 or c > 0x10FFFF:
            c = 0xFFFD
        self.pad(quote_rune(c, ascii_only=self.plus))

    def fmt_float(self, v: float, size: int, verb: str, prec: int) -> None:
        if self.precPresent:
            prec = self.prec
        if verb == "v":
            verb = "g"
        num = format_float(v, verb, prec, size, self.sharp).encode()
        if num[:1] not in (b"-", b"+"):
            num = b"+" + num
        if self.space and num[:1] == b"+" and not self.plus:
            num = b" " + num[1:]
        if num[1:] in (b"Inf", b"NaN") or num[1:2] in (b"I", b"N"):
            oldzero = self.zero
            self.zero = False
            if num[1:2] == b"N" and not self.space and not self.plus:
                num = num[1:]
            self.pad(num)
            self.zero = oldzero
            return
        if self.sharp and verb not in "bxX":
            num = self._sharp_float(num, verb, prec)
        if self.plus or num[:1] != b"+":
            if self.zero and not self.minus and self.widPresent and self.wid > len(num):
                self.buf += num[:1]
                self.writepadding(self.wid - len(num))
                self.buf += num[1:]
                return
            self.pad(num)
            return
        self.pad_sign_stripped(num[1:])

    def pad_sign_stripped(self, num: bytes) -> None:
        if self.zero and not self.minus and self.widPresent and self.wid > len(num):
            self.writepadding(self.wid - len(num))
            self.buf += num
            return
        self.pad(num)

    def _sharp_float(self, num: bytes, verb: str, prec: int) -> bytes:
        digits = 0
        if verb in "gG":
            digits = prec if prec >= 0 else 6
            if prec < 0:
                digits = 6
        s = num.decode()
        sign, body = s[0], s[1:]
        if "e" in body or "E" in body:
            k = body.lower().index("e")
            mant, tail = body[:k], body[k:]
        else:
            mant, tail = body, ""
        if "." not in mant:
            mant += "."
        if verb in "gG":
            nd = len(mant.replace(".", "").lstrip("0")) or 1
            if digits > nd:
                mant += "0" * (digits - nd)
        return (sign + mant + tail).encode()

    def fmt_complex(self, v: complex, size: int, verb: str, prec: int) -> None:
        oldplus = self.plus
        self.buf += b"("
        self.fmt_float(v.real, size // 2, verb, prec)
        self.plus = True
        self.fmt_float(v.imag, size // 2, verb, prec)
        self.buf += b"i)"
        self.plus = oldplus
