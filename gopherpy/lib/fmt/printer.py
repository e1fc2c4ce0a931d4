"""This file implements fmt's printing: Printf's format parsing and the walk over values by rtype.

It plays the part of Go's fmt/print.go. A Printer (Go's pp) formats operands into a
bytearray; values are walked through their runtime type descriptors
(runtime/rtype.py) the way Go's fmt walks them with reflect. A "value" during the
walk is a pair (t, v): an RType and a Python value in the representation of
VALUES.md for that (static) type.
"""

from __future__ import annotations

from gopherpy.lib.fmt.format import LDIGITS, UDIGITS, Fmt
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.panic import GoPanic
from gopherpy.runtime.values import Boxed, Ptr, Slice

_INTS = {rt.INT, rt.INT8, rt.INT16, rt.INT32, rt.INT64}
_UINTS = {rt.UINT, rt.UINT8, rt.UINT16, rt.UINT32, rt.UINT64, rt.UINTPTR}

PERCENT_BANG = b"%!"
MISSING = b"(MISSING)"
BAD_INDEX = b"(BADINDEX)"
NIL_ANGLE = b"<nil>"
NIL_PAREN = b"(nil)"
EXTRA = b"%!(EXTRA "
BAD_WIDTH = b"%!(BADWIDTH)"
BAD_PREC = b"%!(BADPREC)"
NO_VERB = b"%!(NOVERB)"


def addr_of(v, elem=None) -> int:
    """The address of a pointer-like value (what %p prints): runtime/addr.py's, the same
    that uintptr(unsafe.Pointer(p)) and println give; elem: the pointee's rtype."""
    from gopherpy.runtime import addr
    if callable(v) and not hasattr(v, "_gstruct"):
        return addr.value_addr(v)
    return addr.addr_of_ptr(v, elem)


def slice_addr(s, elem) -> int:
    """The address of a slice's first element (0 for a nil slice)."""
    if s.a is None:
        return 0
    from gopherpy.runtime import addr
    from gopherpy.runtime.values import ElemPtr
    return addr.addr_of_ptr(ElemPtr(s.a, s.off), elem)


class Printer:
    """One formatting run (Go's pp)."""

    def __init__(self):
        self.buf = bytearray()
        self.f = Fmt(self.buf)
        self.arg = None
        self.argt = None
        self.erroring = False
        self.wrap_errs = False
        self.wrapped = []
        self.reordered = False
        self.good_argnum = True
        self.panicking = False
        self.val_t = None
        self.val_v = None

    # -- errors / bad verbs -------------------------------------------------------

    def bad_verb(self, verb: str) -> None:
        self.erroring = True
        b = self.buf
        b += PERCENT_BANG
        b += verb.encode()
        b += b"("
        if self.arg is not None:
            b += self.argt.string.encode()
            b += b"="
            self.print_arg(self.arg, "v")
        elif self.val_t is not None:
            b += self.val_t.string.encode()
            b += b"="
            self.print_value(self.val_t, self.val_v, "v", 0, True)
        else:
            b += NIL_ANGLE
        b += b")"
        self.erroring = False

    # -- basic kinds --------------------------------------------------------------

    def fmt_bool(self, v: bool, verb: str) -> None:
        if verb in "tv":
            self.f.fmt_boolean(v)
        else:
            self.bad_verb(verb)

    def fmt_0x64(self, v: int, leading0x: bool) -> None:
        f = self.f
        sharp = f.sharp
        f.sharp = leading0x
        f.fmt_integer(v, 16, False, "v", LDIGITS)
        f.sharp = sharp

    def fmt_integer(self, v: int, signed: bool, verb: str) -> None:
        f = self.f
        if verb == "v":
            if f.sharpV and not signed:
                self.fmt_0x64(v, True)
            else:
                f.fmt_integer(v, 10, signed, verb, LDIGITS)
        elif verb == "d":
            f.fmt_integer(v, 10, signed, verb, LDIGITS)
        elif verb == "b":
            f.fmt_integer(v, 2, signed, verb, LDIGITS)
        elif verb in "oO":
            f.fmt_integer(v, 8, signed, verb, LDIGITS)
        elif verb == "x":
            f.fmt_integer(v, 16, signed, verb, LDIGITS)
        elif verb == "X":
            f.fmt_integer(v, 16, signed, verb, UDIGITS)
        elif verb == "c":
            f.fmt_c(v)
        elif verb == "q":
            f.fmt_qc(v)
        elif verb == "U":
            f.fmt_unicode(v)
        else:
            self.bad_verb(verb)

    def fmt_float(self, v: float, size: int, verb: str) -> None:
        f = self.f
        if verb == "v":
            f.fmt_float(v, size, "g", -1)
        elif verb in "bgGxX":
            prec = -1
            if verb in "xX" and False:
                prec = -1
            f.fmt_float(v, size, verb, prec)
        elif verb in "fFeE":
            f.fmt_float(v, size, verb, 6)
        else:
            self.bad_verb(verb)

    def fmt_complex(self, v: complex, size: int, verb: str) -> None:
        f = self.f
        if verb in "vbgGxXfFeE":
            if verb == "v":
                f.fmt_complex(v, size, "g", -1)
            elif verb in "fFeE":
                f.fmt_complex(v, size, verb, 6)
            else:
                f.fmt_complex(v, size, verb, -1)
        else:
            self.bad_verb(verb)

    def fmt_string(self, v: bytes, verb: str) -> None:
        f = self.f
        if verb == "v":
            if f.sharpV:
                f.fmt_q(v)
            else:
                f.fmt_s(v)
        elif verb == "s":
            f.fmt_s(v)
        elif verb == "x":
            f.fmt_sbx(v, LDIGITS)
        elif verb == "X":
            f.fmt_sbx(v, UDIGITS)
        elif verb == "q":
            f.fmt_q(v)
        else:
            self.bad_verb(verb)

    def fmt_bytes(self, data: bytes, verb: str, typestring: str, isnil: bool) -> None:
        f = self.f
        if verb in "vd":
            b = self.buf
            if f.sharpV:
                b += typestring.encode()
                if isnil:
                    b += NIL_PAREN
                    return
                b += b"{"
                b += b", ".join(b"0x%x" % c for c in data)
                b += b"}"
            else:
                b += b"["
                first = True
                for c in data:
                    if not first:
                        b += b" "
                    first = False
                    f.fmt_integer(c, 10, False, verb, LDIGITS)
                b += b"]"
        elif verb == "s":
            f.fmt_s(data)
        elif verb == "x":
            f.fmt_sbx(data, LDIGITS)
        elif verb == "X":
            f.fmt_sbx(data, UDIGITS)
        elif verb == "q":
            f.fmt_q(data)
        else:
            self.print_value(self._bytes_t, self._bytes_v, verb, 0, True, skip_bytes=True)

    def fmt_pointer(self, t, v, verb: str) -> None:
        k = t.kind
        if k in (rt.CHAN, rt.FUNC, rt.MAP, rt.POINTER, rt.SLICE, rt.UNSAFEPOINTER):
            if k == rt.MAP:
                u = 0 if v.nil else addr_of(v)
            elif k == rt.SLICE:
                u = slice_addr(v, t.elem)
            elif k == rt.FUNC:
                from gopherpy.runtime import symtab   # imported when first needed (start-up)
                u = symtab.funcpc(v)    # the code pointer, as reflect.Value.Pointer
            else:
                u = 0 if v is None else addr_of(v, t.elem if k == rt.POINTER else None)
        else:
            self.bad_verb(verb)
            return
        f = self.f
        if verb == "v":
            if f.sharpV:
                self.buf += b"(" + t.string.encode() + b")("
                if u == 0:
                    self.buf += b"nil"
                else:
                    self.fmt_0x64(u, True)
                self.buf += b")"
            else:
                if u == 0:
                    f.pad(NIL_ANGLE)
                else:
                    self.fmt_0x64(u, not f.sharp)
        elif verb == "p":
            self.fmt_0x64(u, not f.sharp)
        elif verb in "bodxX":
            self.fmt_integer(u, False, verb)
        else:
            self.bad_verb(verb)

    # -- methods ----------------------------------------------------------------

    def catch_panic(self, arg, verb: str, method: str, e: GoPanic) -> None:
        t = rt.typeof(arg)
        if t is not None and t.kind == rt.POINTER and (arg is None or
                                                       (isinstance(arg, Boxed) and arg.v is None)):
            self.buf += NIL_ANGLE
            return
        if self.panicking:
            raise e
        oldflags = (self.f.plus, self.f.minus, self.f.sharp, self.f.space, self.f.zero,
                    self.f.plusV, self.f.sharpV, self.f.wid, self.f.prec, self.f.widPresent,
                    self.f.precPresent)
        self.f.clearflags()
        self.buf += PERCENT_BANG + verb.encode() + b"(PANIC=" + method.encode() + b" method: "
        self.panicking = True
        self.print_arg(e.value, "v")
        self.panicking = False
        self.buf += b")"
        (self.f.plus, self.f.minus, self.f.sharp, self.f.space, self.f.zero, self.f.plusV,
         self.f.sharpV, self.f.wid, self.f.prec, self.f.widPresent, self.f.precPresent) = oldflags

    def _call(self, arg, verb, method, fn, *args):
        try:
            return True, fn(*args)
        except GoPanic as e:
            self.catch_panic(arg, verb, method, e)
            return False, None
        except (AttributeError, TypeError, ZeroDivisionError) as e:
            from gopherpy.runtime.panic import topanic
            p = topanic(e)
            if not isinstance(p, GoPanic):
                raise
            self.catch_panic(arg, verb, method, p)
            return False, None

    def handle_methods(self, arg, t, verb: str) -> bool:  # noqa: C901
        if self.erroring:
            return False
        ms = t.methods
        if not ms:
            if verb == "w":
                self.bad_verb(verb)
                return True
            return False
        if verb == "w":
            if "Error" not in ms or not self.wrap_errs:
                self.bad_verb(verb)
                return True
            verb = "v"
        fm = ms.get("Format")
        if fm is not None and _is_formatter(t):
            from gopherpy.lib.fmt.state import State
            st = State(self, verb)
            self._call(arg, verb, "Format", getattr(arg, fm), st, ord(verb))
            return True
        f = self.f
        if f.sharpV:
            gs = ms.get("GoString")
            if gs is not None:
                ok, r = self._call(arg, verb, "GoString", getattr(arg, gs))
                if ok:
                    f.fmt_s(r)
                return True
            return False
        if verb in "vsxXq":
            em = ms.get("Error")
            if em is not None:
                ok, r = self._call(arg, verb, "Error", getattr(arg, em))
                if ok:
                    self.fmt_string(r, verb)
                return True
            sm = ms.get("String")
            if sm is not None:
                ok, r = self._call(arg, verb, "String", getattr(arg, sm))
                if ok:
                    self.fmt_string(r, verb)
                return True
        return False

    # -- operands ---------------------------------------------------------------

    def print_arg(self, arg, verb: str) -> None:
        self.arg = arg
        self.val_t = None
        if arg is None:
            self.argt = None
            if verb in "Tv":
                self.f.pad(NIL_ANGLE)
            else:
                self.bad_verb(verb)
            return
        ty = type(arg)
        if ty is bytes:
            self.argt = rt.STRING_T
            if verb == "T":
                self.f.fmt_s(b"string")
            elif verb == "p":
                self.bad_verb(verb)
            else:
                self.fmt_string(arg, verb)
            return
        if ty is int:
            self.argt = rt.INT_T
            if verb == "T":
                self.f.fmt_s(b"int")
            elif verb == "p":
                self.bad_verb(verb)
            else:
                self.fmt_integer(arg, True, verb)
            return
        t = rt.typeof(arg)
        self.argt = t
        if verb == "T":
            self.f.fmt_s(t.string.encode())
            return
        v = arg.v if isinstance(arg, Boxed) else arg
        if verb == "p":
            self.fmt_pointer(t, v, "p")
            return
        if not t.named:
            k = t.kind
            if k == rt.BOOL:
                self.fmt_bool(v, verb)
                return
            if k == rt.FLOAT64 or k == rt.FLOAT32:
                self.fmt_float(v, 64 if k == rt.FLOAT64 else 32, verb)
                return
            if k in _INTS:
                self.fmt_integer(v, True, verb)
                return
            if k in _UINTS:
                self.fmt_integer(v, False, verb)
                return
            if k == rt.COMPLEX128 or k == rt.COMPLEX64:
                self.fmt_complex(v, 128 if k == rt.COMPLEX128 else 64, verb)
                return
            if k == rt.SLICE and t.elem.kind == rt.UINT8 and not t.elem.named:
                self._bytes_t, self._bytes_v = t, v
                self.fmt_bytes(_slice_bytes(v), verb, "[]byte", v.a is None)
                return
        elif t.name == "Value" and t.pkg_path == "reflect":
            self.print_reflect_value(v, verb)
            return
        if self.handle_methods(arg, t, verb):
            return
        self.print_value(t, v, verb, 0, True)

    def print_reflect_value(self, rv, verb: str) -> None:
        """A reflect.Value operand: its value is printed (with its methods if it may be
        turned back into an interface), as Go's printArg does."""
        from gopherpy.lib.reflect import core as rcore
        t = rv.typ
        if t is None:
            self.buf += b"<invalid reflect.Value>"
            return
        if not rv.flag & rcore.F_RO:
            iv = rcore.to_iface(rv)
            it = rt.typeof(iv)
            if it is not None:
                self.arg, self.argt = iv, it
                if self.handle_methods(iv, it, verb):
                    return
        self.print_value(t, rcore.get(rv), verb, 0, not rv.flag & rcore.F_RO)

    def print_value(self, t, v, verb: str, depth: int, can_iface: bool, skip_bytes=False) -> None:
        """Format value v of type t (Go's printValue)."""
        if depth > 0 and can_iface and t.methods:
            iv = rt.box(t, v)
            saved = self.arg, self.argt
            self.arg, self.argt = iv, t
            if self.handle_methods(iv, t, verb):
                self.arg, self.argt = saved
                return
            self.arg, self.argt = saved
        self.arg = None
        self.argt = None
        self.val_t = t
        self.val_v = v
        f = self.f
        k = t.kind
        b = self.buf
        if k == rt.BOOL:
            self.fmt_bool(v, verb)
        elif k in _INTS:
            self.fmt_integer(v, True, verb)
        elif k in _UINTS:
            self.fmt_integer(v, False, verb)
        elif k == rt.FLOAT32:
            self.fmt_float(v, 32, verb)
        elif k == rt.FLOAT64:
            self.fmt_float(v, 64, verb)
        elif k == rt.COMPLEX64:
            self.fmt_complex(v, 64, verb)
        elif k == rt.COMPLEX128:
            self.fmt_complex(v, 128, verb)
        elif k == rt.STRING:
            self.fmt_string(v, verb)
        elif k == rt.MAP:
            if f.sharpV:
                b += t.string.encode()
                if v.nil:
                    b += NIL_PAREN
                    return
                b += b"{"
            else:
                b += b"map["
            first = True
            from gopherpy.lib.fmt import fmtsort   # imported when a map is first printed (start-up)
            for kv, vv in fmtsort.sorted_items(t, v):
                if not first:
                    b += b", " if f.sharpV else b" "
                first = False
                self.print_value(t.key, kv, verb, depth + 1, can_iface)
                b += b":"
                self.print_value(t.elem, vv, verb, depth + 1, can_iface)
            b += b"}" if f.sharpV else b"]"
        elif k == rt.STRUCT:
            if f.sharpV:
                b += t.string.encode()
            b += b"{"
            for i, fd in enumerate(t.fields):
                if i > 0:
                    b += b", " if f.sharpV else b" "
                if f.plusV or f.sharpV:
                    b += fd.name.encode()
                    b += b":"
                fv = getattr(v, fd.attr)
                self.print_value(fd.type, fv, verb, depth + 1, can_iface and fd.exported)
            b += b"}"
        elif k == rt.INTERFACE:
            if v is None:
                if f.sharpV:
                    b += t.string.encode()
                    b += NIL_PAREN
                else:
                    f.pad(NIL_ANGLE)
            else:
                et = rt.typeof(v)
                self.print_value(et, v.v if isinstance(v, Boxed) else v, verb, depth + 1, can_iface)
        elif k in (rt.ARRAY, rt.SLICE):
            if verb in "sqxX" and t.elem.kind == rt.UINT8 and not skip_bytes:
                data = bytes(v) if k == rt.ARRAY else _slice_bytes(v)
                self._bytes_t, self._bytes_v = t, v
                self.fmt_bytes(data, verb, t.string, False)
                return
            if f.sharpV:
                b += t.string.encode()
                if k == rt.SLICE and v.a is None:
                    b += NIL_PAREN
                    return
                b += b"{"
                items = v if k == rt.ARRAY else _slice_items(v)
                for i, x in enumerate(items):
                    if i > 0:
                        b += b", "
                    self.print_value(t.elem, x, verb, depth + 1, can_iface)
                b += b"}"
            else:
                b += b"["
                items = v if k == rt.ARRAY else _slice_items(v)
                for i, x in enumerate(items):
                    if i > 0:
                        b += b" "
                    self.print_value(t.elem, x, verb, depth + 1, can_iface)
                b += b"]"
        elif k == rt.POINTER:
            if depth == 0 and v is not None:
                ek = t.elem.kind
                if ek in (rt.ARRAY, rt.SLICE, rt.STRUCT, rt.MAP):
                    b += b"&"
                    inner = v.v if isinstance(v, Ptr) else v
                    self.print_value(t.elem, inner, verb, depth + 1, can_iface)
                    return
            self.fmt_pointer(t, v, verb)
        elif k in (rt.CHAN, rt.FUNC, rt.UNSAFEPOINTER):
            self.fmt_pointer(t, v, verb)
        else:
            if depth == 0:
                b += b"<invalid reflect.Value>"
            elif verb == "v":
                b += NIL_ANGLE
            else:
                self.bad_verb(verb)

    # -- Print, Println, Printf -------------------------------------------------

    def do_print(self, args) -> None:
        prev_string = False
        for i, arg in enumerate(args):
            is_string = type(arg) is bytes or (arg is not None and type(arg) is not int and
                                               rt.typeof(arg).kind == rt.STRING)
            if i > 0 and not is_string and not prev_string:
                self.buf += b" "
            self.print_arg(arg, "v")
            prev_string = is_string

    def do_println(self, args) -> None:
        for i, arg in enumerate(args):
            if i > 0:
                self.buf += b" "
            self.print_arg(arg, "v")
        self.buf += b"\n"

    def _argnumber(self, argnum, fmt: bytes, i: int, numargs: int):
        """Parse an explicit argument index [n] at fmt[i]: (argnum, new i, found)."""
        if len(fmt) <= i or fmt[i] != 0x5B:
            return argnum, i, False
        self.reordered = True
        j = fmt.find(b"]", i + 1)
        if len(fmt) - i < 3 or j < 0:
            self.good_argnum = False
            return argnum, i + 1, False
        digits = fmt[i + 1:j]
        if not (digits.isdigit() and len(digits) < 9):
            self.good_argnum = False
            return argnum, j + 1, False
        idx = int(digits) - 1
        if 0 <= idx < numargs:
            return idx, j + 1, True
        self.good_argnum = False
        return argnum, j + 1, True

    def _intarg(self, args, argnum: int):
        newarg = argnum
        if argnum < len(args):
            a = args[argnum]
            newarg = argnum + 1
            t = rt.typeof(a)
            if t is not None and (t.kind in _INTS or t.kind in _UINTS):
                n = a.v if isinstance(a, Boxed) else a
                if -(1 << 31) < n < (1 << 31) if False else -1000000 <= n <= 1000000:
                    return n, True, newarg
                return 0, False, newarg
            return 0, False, newarg
        return 0, False, newarg

    def do_printf(self, fmt: bytes, args) -> None:
        end = len(fmt)
        argnum = 0
        after_index = False
        self.reordered = False
        i = 0
        f = self.f
        b = self.buf
        nargs = len(args)
        while i < end:
            self.good_argnum = True
            lasti = i
            j = fmt.find(b"%", i)
            if j < 0:
                j = end
            if j > lasti:
                b += fmt[lasti:j]
            i = j
            if i >= end:
                break
            i += 1
            f.clearflags()
            while i < end:
                c = fmt[i]
                if c == 0x23:
                    f.sharp = True
                elif c == 0x30:
                    f.zero = True
                elif c == 0x2B:
                    f.plus = True
                elif c == 0x2D:
                    f.minus = True
                elif c == 0x20:
                    f.space = True
                else:
                    if 0x61 <= c <= 0x7A and argnum < nargs:
                        # fast path: simple verb, no width/precision
                        verb = chr(c)
                        if verb == "w":
                            self.wrapped.append(argnum)
                        if verb == "v" or verb == "w":
                            f.sharpV = f.sharp
                            f.sharp = False
                            f.plusV = f.plus
                            f.plus = False
                        self.print_arg(args[argnum], verb)
                        argnum += 1
                        i += 1
                        break
                    c = -1
                    break
                i += 1
            else:
                c = -1
            if c != -1:
                continue
            # argument index, width
            argnum, i, after_index = self._argnumber(argnum, fmt, i, nargs)
            if i < end and fmt[i] == 0x2A:
                i += 1
                f.wid, f.widPresent, argnum = self._intarg(args, argnum)
                if not f.widPresent:
                    b += BAD_WIDTH
                if f.wid < 0:
                    f.wid = -f.wid
                    f.minus = True
                    f.zero = False
                after_index = False
            else:
                j = i
                while j < end and 0x30 <= fmt[j] <= 0x39:
                    j += 1
                if j > i:
                    f.wid = int(fmt[i:j])
                    f.widPresent = True
                    if f.wid > 1000000:
                        f.wid = 0
                        f.widPresent = False
                        b += BAD_WIDTH
                    if after_index:
                        self.good_argnum = False
                i = j
            # precision
            if i + 1 <= end and i < end and fmt[i] == 0x2E:
                i += 1
                if after_index:
                    self.good_argnum = False
                argnum, i, after_index = self._argnumber(argnum, fmt, i, nargs)
                if i < end and fmt[i] == 0x2A:
                    i += 1
                    f.prec, f.precPresent, argnum = self._intarg(args, argnum)
                    if f.prec < 0:
                        f.prec = 0
                        f.precPresent = False
                    if not f.precPresent:
                        b += BAD_PREC
                    after_index = False
                else:
                    j = i
                    while j < end and 0x30 <= fmt[j] <= 0x39:
                        j += 1
                    f.prec = int(fmt[i:j]) if j > i else 0
                    f.precPresent = True
                    i = j
            if not after_index:
                argnum, i, after_index = self._argnumber(argnum, fmt, i, nargs)
            if i >= end:
                b += NO_VERB
                break
            from gopherpy.runtime.values import decoderune
            r, size = decoderune(fmt, i)
            verb = chr(r)
            i += size
            if verb == "%":
                b += b"%"
            elif not self.good_argnum:
                self._bad_argnum(verb)
            elif argnum >= nargs:
                self._missing(verb)
            else:
                if verb == "w":
                    self.wrapped.append(argnum)
                if verb == "v" or verb == "w":
                    f.sharpV = f.sharp
                    f.sharp = False
                    f.plusV = f.plus
                    f.plus = False
                self.print_arg(args[argnum], verb)
                argnum += 1
        if not self.reordered and argnum < nargs:
            f.clearflags()
            b += EXTRA
            for k in range(argnum, nargs):
                if k > argnum:
                    b += b", "
                a = args[k]
                if a is None:
                    b += NIL_ANGLE
                else:
                    b += rt.typeof(a).string.encode()
                    b += b"="
                    self.print_arg(a, "v")
            b += b")"

    def _bad_argnum(self, verb: str) -> None:
        self.buf += PERCENT_BANG + verb.encode() + BAD_INDEX

    def _missing(self, verb: str) -> None:
        self.buf += PERCENT_BANG + verb.encode() + MISSING


def _slice_bytes(v: Slice) -> bytes:
    a = v.a
    if a is None:
        return b""
    return bytes(a[v.off:v.off + v.len])


def _slice_items(v: Slice):
    a = v.a
    if a is None:
        return ()
    return a[v.off:v.off + v.len]


def sprint(args) -> bytes:
    p = Printer()
    p.do_print(args)
    return bytes(p.buf)


def sprintln(args) -> bytes:
    p = Printer()
    p.do_println(args)
    return bytes(p.buf)


def sprintf(fmt: bytes, args) -> bytes:
    p = Printer()
    p.do_printf(fmt, args)
    return bytes(p.buf)


def _is_formatter(t) -> bool:
    """Whether t's Format method is fmt.Formatter's Format(State, rune) (time.Time's Format(string) string is not)."""
    mt = (getattr(t, "mtypes", None) or {}).get("Format")
    if mt is None:
        # a promoted method: its signature is the embedded type's
        from gopherpy.lib.reflect.typeops import method_set
        for m in method_set(t):
            if m.name == "Format":
                mt = m.mtype
                break
    return mt is None or mt.string.startswith("func(fmt.State, int32)")
