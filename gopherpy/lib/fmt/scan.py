"""This file implements fmt's scanning: Scan, Scanln, Scanf and their F- and S- forms.

It plays the part of Go's fmt/scan.go, following its documented behaviour and error
texts. A scan reads runes one at a time: from the reader's own ReadRune/UnreadRune
when it is an io.RuneScanner (so a *bufio.Reader keeps its state), otherwise through
`ByteRunes`, which, as Go's readRune does, asks the io.Reader for one byte at a time
(so nothing past what was scanned is consumed from os.Stdin). Sscan* read the string
directly (`StringRunes`), which decodes exactly as byte-at-a-time reading would.

Errors inside a scan are raised as ScanError (Go's panic(scanError{err})) and turned
into the returned error by `_run`, as Go's errorHandler does; running out of input is
io.EOF, an EOF inside an operand io.ErrUnexpectedEOF.

`SS` is the ScanState handed to a Scanner's Scan method; its Go type is *fmt.ss.
"""

from __future__ import annotations

from gopherpy.lib.nativeutil import GoPanic, bslice, native_error
from gopherpy.runtime import rtype as R
from gopherpy.runtime.values import decoderune, encoderune, f32

EOF_RUNE = -1
HUGE_WID = 1 << 30

_pkgs: dict = {}


def _pkg(path: str):
    m = _pkgs.get(path)
    if m is None:
        from gopherpy.compile.loader import load_package
        m = _pkgs[path] = load_package(path)
    return m


def io_eof():
    return _pkg("io").EOF


def io_unexpected_eof():
    return _pkg("io").ErrUnexpectedEOF


class ScanError(GoPanic):
    """panic(scanError{err}): carries the error the scan function returns."""

    def __init__(self, err):
        super().__init__(err)
        self.err = err


def _fail(text: str):
    raise ScanError(native_error(text))


# Go's scanner counts only these as spaces (not unicode.IsSpace's whole table).
_SPACE = ((0x0009, 0x000d), (0x0020, 0x0020), (0x0085, 0x0085), (0x00a0, 0x00a0),
          (0x1680, 0x1680), (0x2000, 0x200a), (0x2028, 0x2029), (0x202f, 0x202f),
          (0x205f, 0x205f), (0x3000, 0x3000))


def is_space(r: int) -> bool:
    if r >= 1 << 16 or r < 0:
        return False
    for lo, hi in _SPACE:
        if r < lo:
            return False
        if r <= hi:
            return True
    return False


def not_space(r: int) -> bool:
    return not is_space(r)


# -- rune sources ----------------------------------------------------------------


class StringRunes:
    """The runes of a Go string; ReadRune/UnreadRune as Go's readRune over a stringReader."""

    __slots__ = ("s", "i", "last")

    def __init__(self, s: bytes):
        self.s = s
        self.i = 0
        self.last = -1  # start of the rune UnreadRune may give back, -1 if none

    def ReadRune(self):
        s, i = self.s, self.i
        if i >= len(s):
            self.last = -1
            return 0, 0, io_eof()
        c = s[i]
        if c < 0x80:
            r, w = c, 1
        else:
            r, w = decoderune(s, i)
        self.last = i
        self.i = i + w
        return r, w, None

    def UnreadRune(self):
        if self.last < 0:
            return native_error("fmt: scanning called UnreadRune with no rune available")
        self.i = self.last
        self.last = -1
        return None


class ByteRunes:
    """Go's readRune: runes from an io.Reader read one byte at a time, with one rune of pushback."""

    __slots__ = ("reader", "pending", "peek", "one")

    def __init__(self, reader):
        self.reader = reader
        self.pending = bytearray()  # bytes read past an invalid sequence
        self.peek = None            # (rune, readable again?) of the last rune
        self.one = bslice(b"\0")

    def _byte(self):
        if self.pending:
            return self.pending.pop(0), None
        while True:
            n, err = self.reader.Read(self.one)
            if n == 1:
                return self.one.a[self.one.off], None
            if err is not None:
                return 0, err

    def ReadRune(self):
        if self.peek is not None and self.peek[1]:
            r = self.peek[0]
            self.peek = (r, False)
            return r, len(encoderune(r)) if r >= 0 else 3, None
        b, err = self._byte()
        if err is not None:
            return 0, 0, err
        if b < 0x80:
            self.peek = (b, False)
            return b, 1, None
        buf = bytearray((b,))
        from gopherpy.lib.unicode.utf8.native import FullRuneInString
        while not FullRuneInString(bytes(buf)):
            b, err = self._byte()
            if err is not None:
                if err is io_eof():
                    break
                return 0, 0, err
            buf.append(b)
        r, size = decoderune(bytes(buf), 0)
        if size < len(buf):
            self.pending[0:0] = buf[size:]
        self.peek = (r, False)
        return r, size, None

    def UnreadRune(self):
        if self.peek is None or self.peek[1]:
            return native_error("fmt: scanning called UnreadRune with no rune available")
        self.peek = (self.peek[0], True)
        return None


def rune_source(r):
    """The reader itself if it is an io.RuneScanner, else a ByteRunes over it."""
    t = R.typeof(r)
    if t is not None and "ReadRune" in t.methods and "UnreadRune" in t.methods:
        return _MethodRunes(r, t)
    return ByteRunes(r)


class _MethodRunes:
    __slots__ = ("ReadRune", "UnreadRune")

    def __init__(self, r, t):
        self.ReadRune = getattr(r, t.methods["ReadRune"])
        self.UnreadRune = getattr(r, t.methods["UnreadRune"])


# -- the scan state --------------------------------------------------------------


class SS:
    """Go's ss: the scan state (also the ScanState passed to Scanner.Scan)."""

    __slots__ = ("rs", "buf", "count", "at_eof", "nl_is_end", "nl_is_space", "arg_limit",
                 "limit", "max_wid")

    def __init__(self, rs, nl_is_space: bool, nl_is_end: bool):
        self.rs = rs
        self.buf = bytearray()
        self.count = 0
        self.at_eof = False
        self.nl_is_end = nl_is_end
        self.nl_is_space = nl_is_space
        self.arg_limit = HUGE_WID
        self.limit = HUGE_WID
        self.max_wid = HUGE_WID

    # ScanState methods (Go-visible)

    def Read(self, buf):
        return 0, native_error("ScanState's Read should not be called. Use ReadRune")

    def ReadRune(self):
        if self.at_eof or self.count >= self.arg_limit:
            return 0, 0, io_eof()
        r, size, err = self.rs.ReadRune()
        if err is None:
            self.count += 1
            if self.nl_is_end and r == 0x0A:
                self.at_eof = True
        elif err is io_eof():
            self.at_eof = True
        return r, size, err

    def UnreadRune(self):
        self.rs.UnreadRune()
        self.at_eof = False
        self.count -= 1
        return None

    def Width(self):
        if self.max_wid == HUGE_WID:
            return 0, False
        return self.max_wid, True

    def SkipSpace(self):
        while True:
            r = self.get_rune()
            if r == EOF_RUNE:
                return
            if r == 0x0D and self.peek(b"\n"):
                continue
            if r == 0x0A:
                if self.nl_is_space:
                    continue
                _fail("unexpected newline")
            if not is_space(r):
                self.UnreadRune()
                return

    def Token(self, skip_space, f):
        try:
            if f is None:
                f = not_space
            self.buf = bytearray()
            return bslice(self.token(skip_space, f)), None
        except ScanError as e:
            return bslice(b""), e.err

    # helpers

    def get_rune(self) -> int:
        r, _, err = self.ReadRune()
        if err is not None:
            if err is io_eof():
                return EOF_RUNE
            raise ScanError(err)
        return r

    def must_read_rune(self) -> int:
        r = self.get_rune()
        if r == EOF_RUNE:
            raise ScanError(io_unexpected_eof())
        return r

    def token(self, skip_space: bool, f) -> bytes:
        if skip_space:
            self.SkipSpace()
        while True:
            r = self.get_rune()
            if r == EOF_RUNE:
                break
            if not f(r):
                self.UnreadRune()
                break
            self.buf += encoderune(r)
        return bytes(self.buf)

    def consume(self, ok: bytes, accept: bool) -> bool:
        r = self.get_rune()
        if r == EOF_RUNE:
            return False
        if _index_rune(ok, r):
            if accept:
                self.buf += encoderune(r)
            return True
        if accept:
            self.UnreadRune()
        return False

    def peek(self, ok: bytes) -> bool:
        r = self.get_rune()
        if r != EOF_RUNE:
            self.UnreadRune()
        return _index_rune(ok, r)

    def not_eof(self):
        r = self.get_rune()
        if r == EOF_RUNE:
            raise ScanError(io_eof())
        self.UnreadRune()

    def accept(self, ok: bytes) -> bool:
        return self.consume(ok, True)

    def ok_verb(self, verb: int, ok_verbs: str, typ: str) -> bool:
        if 0 <= verb < 0x110000 and chr(verb) in ok_verbs:
            return True
        _fail("bad verb '%" + encoderune(verb).decode("utf-8", "surrogateescape") + "' for " + typ)

    # operands

    def scan_bool(self, verb: int) -> bool:
        self.SkipSpace()
        self.not_eof()
        self.ok_verb(verb, "tv", "boolean")
        r = self.get_rune()
        if r == 0x30:
            return False
        if r == 0x31:
            return True
        if r in (0x74, 0x54):
            if self.accept(b"rR") and (not self.accept(b"uU") or not self.accept(b"eE")):
                _fail("syntax error scanning boolean")
            return True
        if r in (0x66, 0x46):
            if self.accept(b"aA") and (not self.accept(b"lL") or not self.accept(b"sS")
                                       or not self.accept(b"eE")):
                _fail("syntax error scanning boolean")
            return False
        return False

    def get_base(self, verb: int):
        self.ok_verb(verb, "bdoUxXv", "integer")
        if verb == 0x62:
            return 2, b"01"
        if verb == 0x6F:
            return 8, b"01234567"
        if verb in (0x78, 0x58, 0x55):
            return 16, b"0123456789aAbBcCdDeEfF"
        return 10, b"0123456789"

    def scan_number(self, digits: bytes, have_digits: bool) -> bytes:
        if not have_digits:
            self.not_eof()
            if not self.accept(digits):
                _fail("expected integer")
        while self.accept(digits):
            pass
        return bytes(self.buf)

    def scan_rune(self, bits: int) -> int:
        self.not_eof()
        r = self.get_rune()
        x = ((r << (64 - bits)) & 0xFFFFFFFFFFFFFFFF)
        x = (x - (1 << 64) if x >> 63 else x) >> (64 - bits)
        if x != r:
            _fail("overflow on character value " + encoderune(r).decode("utf-8", "replace"))
        return r

    def scan_base_prefix(self):
        if not self.peek(b"0"):
            return 0, b"0123456789_", False
        self.accept(b"0")
        if self.peek(b"bB"):
            self.consume(b"bB", True)
            return 0, b"01_", True
        if self.peek(b"oO"):
            self.consume(b"oO", True)
            return 0, b"01234567_", True
        if self.peek(b"xX"):
            self.consume(b"xX", True)
            return 0, b"0123456789aAbBcCdDeEfF_", True
        return 0, b"01234567_", True

    def _unicode_prefix(self):
        if not self.consume(b"U", False) or not self.consume(b"+", False):
            _fail("bad unicode format ")

    def scan_int(self, verb: int, bits: int) -> int:
        if verb == 0x63:
            return self.scan_rune(bits)
        self.SkipSpace()
        self.not_eof()
        base, digits = self.get_base(verb)
        have = False
        if verb == 0x55:
            self._unicode_prefix()
        else:
            self.accept(b"+-")
            if verb == 0x76:
                base, digits, have = self.scan_base_prefix()
        tok = self.scan_number(digits, have)
        i, err = _pkg("strconv").ParseInt(tok, base, 64)
        if err is not None:
            raise ScanError(err)
        if not -(1 << (bits - 1)) <= i < (1 << (bits - 1)):
            _fail("integer overflow on token " + tok.decode("utf-8", "replace"))
        return i

    def scan_uint(self, verb: int, bits: int) -> int:
        if verb == 0x63:
            return self.scan_rune(bits) & ((1 << 64) - 1)
        self.SkipSpace()
        self.not_eof()
        base, digits = self.get_base(verb)
        have = False
        if verb == 0x55:
            self._unicode_prefix()
        elif verb == 0x76:
            base, digits, have = self.scan_base_prefix()
        tok = self.scan_number(digits, have)
        i, err = _pkg("strconv").ParseUint(tok, base, 64)
        if err is not None:
            raise ScanError(err)
        if i >= 1 << bits:
            _fail("unsigned integer overflow on token " + tok.decode("utf-8", "replace"))
        return i

    def float_token(self) -> bytes:
        self.buf = bytearray()
        if self.accept(b"nN") and self.accept(b"aA") and self.accept(b"nN"):
            return bytes(self.buf)
        self.accept(b"+-")
        if self.accept(b"iI") and self.accept(b"nN") and self.accept(b"fF"):
            return bytes(self.buf)
        digits = b"0123456789_"
        exp = b"eEpP"
        if self.accept(b"0") and self.accept(b"xX"):
            digits = b"0123456789aAbBcCdDeEfF_"
            exp = b"pP"
        while self.accept(digits):
            pass
        if self.accept(b"."):
            while self.accept(digits):
                pass
        if self.accept(exp):
            self.accept(b"+-")
            while self.accept(b"0123456789_"):
                pass
        return bytes(self.buf)

    def complex_tokens(self):
        parens = self.accept(b"(")
        real = self.float_token()
        self.buf = bytearray()
        if not self.accept(b"+-"):
            _fail("syntax error scanning complex number")
        imag_sign = bytes(self.buf)
        imag = self.float_token()
        if not self.accept(b"i"):
            _fail("syntax error scanning complex number")
        if parens and not self.accept(b")"):
            _fail("syntax error scanning complex number")
        return real, imag_sign + imag

    def convert_float(self, s: bytes, bits: int) -> float:
        sc = _pkg("strconv")
        p = s.find(b"p")
        if p >= 0 and b"x" not in s and b"X" not in s:
            f, err = sc.ParseFloat(s[:p], bits)
            if err is not None:
                if R.typeof(err).string == "*strconv.NumError":
                    err.Num = s
                raise ScanError(err)
            m, err = sc.Atoi(s[p + 1:])
            if err is not None:
                if R.typeof(err).string == "*strconv.NumError":
                    err.Num = s
                raise ScanError(err)
            from gopherpy.lib.math.fbits import ldexp
            return ldexp(f, m)
        f, err = sc.ParseFloat(s, bits)
        if err is not None:
            raise ScanError(err)
        return f

    def scan_complex(self, verb: int, bits: int) -> complex:
        self.ok_verb(verb, FLOAT_VERBS, "complex")
        self.SkipSpace()
        self.not_eof()
        sr, si = self.complex_tokens()
        return complex(self.convert_float(sr, bits // 2), self.convert_float(si, bits // 2))

    def convert_string(self, verb: int) -> bytes:
        self.ok_verb(verb, "svqxX", "string")
        self.SkipSpace()
        self.not_eof()
        if verb == 0x71:
            return self.quoted_string()
        if verb in (0x78, 0x58):
            return self.hex_string()
        return self.token(True, not_space)

    def quoted_string(self) -> bytes:
        self.not_eof()
        quote = self.get_rune()
        if quote == 0x60:
            while True:
                r = self.must_read_rune()
                if r == quote:
                    break
                self.buf += encoderune(r)
            return bytes(self.buf)
        if quote == 0x22:
            self.buf.append(0x22)
            while True:
                r = self.must_read_rune()
                self.buf += encoderune(r)
                if r == 0x5C:
                    self.buf += encoderune(self.must_read_rune())
                elif r == 0x22:
                    break
            v, err = _pkg("strconv").Unquote(bytes(self.buf))
            if err is not None:
                raise ScanError(err)
            return v
        _fail("expected quoted string")

    def hex_byte(self):
        r1 = self.get_rune()
        if r1 == EOF_RUNE:
            return 0, False
        v1 = _hex_digit(r1)
        if v1 < 0:
            self.UnreadRune()
            return 0, False
        v2 = _hex_digit(self.must_read_rune())
        if v2 < 0:
            _fail("illegal hex digit")
        return (v1 << 4) | v2, True

    def hex_string(self) -> bytes:
        self.not_eof()
        while True:
            b, ok = self.hex_byte()
            if not ok:
                break
            self.buf.append(b)
        if not self.buf:
            _fail("no hex data for %x string")
        return bytes(self.buf)

    def scan_percent(self):
        self.SkipSpace()
        self.not_eof()
        if not self.accept(b"%"):
            _fail("missing literal %")

    def scan_one(self, verb: int, arg):
        self.buf = bytearray()
        t = R.typeof(arg)
        if t is not None and "Scan" in t.methods:
            err = getattr(arg, t.methods["Scan"])(self, verb)
            if err is not None:
                if err is io_eof():
                    err = io_unexpected_eof()
                raise ScanError(err)
            return
        if t is None or t.kind != R.POINTER:
            _fail("type not a pointer: " + ("<nil>" if t is None else t.string))
        p = R.unbox(arg)
        e = t.elem
        k = e.kind
        if k == R.BOOL:
            p.v = self.scan_bool(verb)
        elif k in _INT_BITS:
            p.v = self.scan_int(verb, _INT_BITS[k])
        elif k in _UINT_BITS:
            p.v = self.scan_uint(verb, _UINT_BITS[k])
        elif k == R.FLOAT32 or k == R.FLOAT64:
            # *float32 and *float64 check the verb; named float types (reflect's path) do not
            if e is R.FLOAT32_T:
                self.ok_verb(verb, FLOAT_VERBS, "float32")
            elif e is R.FLOAT64_T:
                self.ok_verb(verb, FLOAT_VERBS, "float64")
            self.SkipSpace()
            self.not_eof()
            f = self.convert_float(self.float_token(), 32 if k == R.FLOAT32 else 64)
            p.v = f32(f) if k == R.FLOAT32 else f
        elif k == R.COMPLEX64:
            c = self.scan_complex(verb, 64)
            p.v = complex(f32(c.real), f32(c.imag))
        elif k == R.COMPLEX128:
            p.v = self.scan_complex(verb, 128)
        elif k == R.STRING:
            p.v = self.convert_string(verb)
        elif k == R.SLICE and e.elem.kind == R.UINT8:
            p.v = bslice(self.convert_string(verb))
        else:
            _fail("can't scan type: " + t.string)


FLOAT_VERBS = "beEfFgGv"
_INT_BITS = {R.INT: 64, R.INT8: 8, R.INT16: 16, R.INT32: 32, R.INT64: 64}
_UINT_BITS = {R.UINT: 64, R.UINT8: 8, R.UINT16: 16, R.UINT32: 32, R.UINT64: 64, R.UINTPTR: 64}


def _index_rune(ok: bytes, r: int) -> bool:
    return 0 <= r < 0x80 and r in ok


def _hex_digit(d: int) -> int:
    if 0x30 <= d <= 0x39:
        return d - 0x30
    if 0x61 <= d <= 0x66:
        return d - 0x61 + 10
    if 0x41 <= d <= 0x46:
        return d - 0x41 + 10
    return -1


_SS_T = None


def ss_rtype():
    """The *fmt.ss type descriptor, with ScanState's methods."""
    global _SS_T
    if _SS_T is None:
        nt = R.named("fmt", "fmt", "ss", R.struct_of(()))
        pt = R.ptr_to(nt)
        pt.methods = {m: m for m in ("Read", "ReadRune", "SkipSpace", "Token", "UnreadRune", "Width")}
        _SS_T = pt
    return _SS_T


SS._rtype = ss_rtype()


# -- the scan loops --------------------------------------------------------------


def _run(fn, s: SS, *args):
    """(n, err) of fn(s, ...) as Go's errorHandler turns its panics into errors."""
    done = [0]
    try:
        fn(s, done, *args)
    except ScanError as e:
        return done[0], e.err
    return done[0], None


def _do_scan(s: SS, done, args):
    for arg in args:
        s.scan_one(0x76, arg)
        done[0] += 1
    if s.nl_is_end:
        while True:
            r = s.get_rune()
            if r == 0x0A or r == EOF_RUNE:
                break
            if not is_space(r):
                _fail("expected newline")


def _advance(s: SS, fmt: bytes) -> int:
    i = 0
    n = len(fmt)
    while i < n:
        c, w = decoderune(fmt, i)
        if is_space(c):
            newlines = 0
            trailing = False
            while is_space(c) and i < n:
                if c == 0x0A:
                    newlines += 1
                    trailing = False
                else:
                    trailing = True
                i += w
                if i < n:
                    c, w = decoderune(fmt, i)
                else:
                    c, w = 0xFFFD, 0
            for _ in range(newlines):
                ic = s.get_rune()
                while is_space(ic) and ic != 0x0A:
                    ic = s.get_rune()
                if ic != 0x0A and ic != EOF_RUNE:
                    _fail("newline in format does not match input")
            if trailing:
                ic = s.get_rune()
                if newlines == 0:
                    if not is_space(ic) and ic != EOF_RUNE:
                        _fail("expected space in input to match format")
                    if ic == 0x0A:
                        _fail("newline in input does not match format")
                while is_space(ic) and ic != 0x0A:
                    ic = s.get_rune()
                if ic != EOF_RUNE:
                    s.UnreadRune()
            continue
        if c == 0x25:
            if i + w == n:
                _fail("missing verb: % at end of format string")
            nc = decoderune(fmt, i + w)[0]
            if nc != 0x25:
                return i
            i += w
        ic = s.must_read_rune()
        if c != ic:
            s.UnreadRune()
            return -1
        i += w
    return i


def _parsenum(s: bytes, start: int, end: int):
    if start >= end:
        return 0, False, end
    num, isnum, i = 0, False, start
    while i < end and 0x30 <= s[i] <= 0x39:
        if num > 1000000 or num < -1000000:
            return 0, False, end
        num = num * 10 + s[i] - 0x30
        isnum = True
        i += 1
    return num, isnum, i


def _do_scanf(s: SS, done, fmt: bytes, args):
    end = len(fmt) - 1
    i = 0
    while i <= end:
        w = _advance(s, fmt[i:])
        if w > 0:
            i += w
            continue
        if fmt[i] != 0x25:
            if w < 0:
                _fail("input does not match format")
            break
        i += 1
        wid, present, i = _parsenum(fmt, i, end)
        s.max_wid = wid if present else HUGE_WID
        c, w = decoderune(fmt, i) if i < len(fmt) else (0xFFFD, 0)
        i += w
        if c != 0x63:
            s.SkipSpace()
        if c == 0x25:
            s.scan_percent()
            continue
        s.arg_limit = s.limit
        if s.count + s.max_wid < s.arg_limit:
            s.arg_limit = s.count + s.max_wid
        if done[0] >= len(args):
            _fail("too few operands for format '%" + fmt[i - w:].decode("utf-8", "surrogateescape") + "'")
        s.scan_one(c, args[done[0]])
        done[0] += 1
        s.arg_limit = s.limit
    if done[0] < len(args):
        _fail("too many operands")


def fscan(rs, args, nl_is_space: bool, nl_is_end: bool):
    return _run(_do_scan, SS(rs, nl_is_space, nl_is_end), args)


def fscanf(rs, fmt: bytes, args):
    return _run(_do_scanf, SS(rs, False, False), fmt, args)


