"""Tests of fmt's printer against testdata/verbs.out, printed by real Go from testdata/verbs.go.

Each operand is built by hand in gopherpy's value representation (VALUES.md), as
compiled code would pass it; line k of the expectation is compared with what the
printer produces for the same format and operands.
"""

import os

from gopherpy.lib.fmt import printer
from gopherpy.lib.fmt.native import errorf
from gopherpy.runtime import rtype as rt
from gopherpy.runtime.panic import GoPanic
from gopherpy.runtime.values import NIL_MAP, NIL_SLICE, Map, mkslice, mkbytes

HERE = os.path.dirname(__file__)
GOLDEN = open(os.path.join(HERE, "testdata", "verbs.out"), "rb").read().split(b"\n")

I, F, S = rt.INT_T, rt.FLOAT64_T, rt.STRING_T
ANY = rt.iface_of(())


def struct_type(pkgname, name, fields):
    """A named struct type with a value class; fields: (name, RType)."""
    st = rt.struct_of(tuple((n, n, t, False, b"", "" if n[0].isupper() else "main") for n, t in fields))
    nt = rt.named("main", pkgname, name, st)
    pt = rt.ptr_to(nt)
    attrs = tuple(n for n, _ in fields)

    def _copy(self):
        o = object.__new__(type(self))
        for a in attrs:
            setattr(o, a, getattr(self, a))
        return o
    cls = type(name, (), {"__slots__": attrs, "_rtype": pt, "_copy": _copy})
    nt.cls = cls
    return nt, pt, cls


PT, PPT, PCls = struct_type("main", "P", [])
_st = rt.struct_of(tuple((n, n, t, False, b"", "" if n[0].isupper() else "main") for n, t in [
    ("X", I), ("Y", I), ("Name", S), ("In", PPT), ("Tags", rt.slice_of(S)),
    ("M", rt.map_of(S, I)), ("e", ANY)]))
rt.set_underlying(PT, _st)
PCls.__slots__  # noqa: B018
PCls = type("P", (), {"__slots__": ("X", "Y", "Name", "In", "Tags", "M", "e"), "_rtype": PPT})
PT.cls = PCls

Celsius = rt.named("main", "main", "Celsius", F)


class CelsiusBox(Celsius.box):
    __slots__ = ()

    def String(self):
        return printer.sprintf("%.1f°C".encode(), [self.v])


Celsius.set_box(CelsiusBox)
Celsius.methods = {"String": "String"}
Bad = rt.named("main", "main", "Bad", I)


class BadBox(Bad.box):
    __slots__ = ()

    def String(self):
        raise GoPanic(b"boom")


Bad.set_box(BadBox)
Bad.methods = {"String": "String"}


def mkp():
    p = PCls()
    p.X, p.Y, p.Name, p.In = 1, 2, b"pt", None
    p.Tags = mkslice([b"a", b"b"])
    m = Map()
    m[b"z"] = 1
    m[b"a"] = 2
    p.M = m
    p.e = None
    return p


def box(t, v):
    return rt.box(t, v)


def line(k):
    return GOLDEN[k] + b"\n"


def check(k, fmt, *args):
    got = printer.sprintf(fmt.encode() if isinstance(fmt, str) else fmt, list(args))
    assert got == line(k), (k, got, line(k))


def test_ints_strings_floats():
    check(0, "%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U\n",
          42, 42, 42, -42, 42, 42, 255, 255, 255, 8, 8, 8, 5, box(rt.INT32_T, 0xE9),
          box(rt.INT32_T, 0x78), 0x1F600, box(rt.INT32_T, 65))
    check(1, "%s|%10s|%-10s|%.2s|%q|%#q|%+q|%x|% x|%X|%010s\n", b"go", b"go", b"go",
          "héllo".encode(), b'a"b\n', b"back", "héllo".encode(), b"hi", b"hi", b"hi", b"pad")
    check(2, "%v|%f|%.2f|%e|%E|%g|%G|%8.3f|%-8.2f|%+.1e|%x\n", 3.14159, 3.14159, 3.14159,
          1234.5678, 1234.5678, 0.000012345, 1e21, 3.14159, 2.5, 12345.678, 1.0)
    import struct
    f32 = struct.unpack("f", struct.pack("f", 0.1))[0]
    check(3, "%v %v %v %v %v\n", 1e6, 123456789.0, 1e-5, box(rt.FLOAT32_T, f32), 100000.0)
    check(4, "%t|%v|%5t\n", True, False, True)
    check(5, "%v|%.2f|%g\n", 3 + 4j, 1 - 2.5j, box(rt.COMPLEX64_T, 1 + 2j))


def test_structs_maps_slices():
    p = mkp()
    assert printer.sprintf(b"%v\n%+v\n", [p, box(PT, p)]) == line(6) + line(7)
    assert printer.sprintf(b"%#v\n", [box(PT, p)]) == line(8)
    check(9, "%v %d %s\n", box(rt.slice_of(I), mkslice([1, 2, 3])), box(rt.slice_of(I), mkslice([1, 2])),
          box(rt.slice_of(S), mkslice([b"x", b"y"])))
    B = rt.slice_of(rt.UINT8_T)
    check(10, "%v %s %x %q %#v\n", box(B, mkbytes(b"hi")), box(B, mkbytes(b"hi")),
          box(B, mkbytes(b"hi")), box(B, mkbytes(b"hi")), box(B, mkbytes(b"\x01\x02")))
    m1 = Map({3: b"c", 1: b"a", 2: b"b"})
    m2 = Map({b"k": True})
    check(11, "%v %#v %v %#v\n", box(rt.map_of(I, S), m1), box(rt.map_of(S, rt.BOOL_T), m2),
          box(rt.slice_of(ANY), mkslice([1, b"a", None, 2.5])), box(rt.slice_of(ANY), mkslice([1, b"a", None])))
    check(12, "%v %v %v %v %#v %#v %d\n", box(PPT, None), None, box(rt.slice_of(I), NIL_SLICE),
          box(rt.map_of(S, I), NIL_MAP), box(rt.slice_of(I), NIL_SLICE), box(rt.map_of(S, I), NIL_MAP), None)


def test_errors_in_format():
    check(13, "%d %s\n", b"str", 42)
    check(14, "%d %d\n", 1)
    assert printer.sprintf(b"%d\n", [1, 2, b"x"]) == b"1\n%!(EXTRA int=2, string=x)"
    assert printer.sprintf(b"%!|%z|%", [3]) == b"%!!(int=3)|%!z(MISSING)|%!(NOVERB)"
    check(17, "%[2]d %[1]d %[3]d|%[0]d|%[x]d\n", 1, 2)
    check(18, "%*d|%-*d|%.*f|%*s\n", 5, 1, 4, 2, 2, 3.14159, b"x", 3)


def test_methods_and_print():
    c = box(Celsius, 21.5)
    assert printer.sprintln([c, box(rt.slice_of(Celsius), mkslice([1.0, 2.0])), box(Bad, 1)]) == line(19)
    check(20, "%v %s %d\n", box(Celsius, 3.0), box(Celsius, 4.0), box(Celsius, 5.0))
    assert printer.sprint([b"a", b"b", 1, 2, b"c", 3.5, None, True, b"\n"]) == line(21)
    assert printer.sprintln([b"a", 1, True, None, box(rt.INT32_T, 120), 2.0]) == line(22)
    p = mkp()
    check(25, "%T %T %T %T %T %T %T\n", 1, b"s", 2.0, p, box(PT, p), box(rt.slice_of(ANY), mkslice([])),
          box(rt.map_of(S, rt.slice_of(I)), Map()))


def test_padding_and_misc():
    check(26, "%6.2f|%-6.1f|%06.2f|%+06.1f|% .3f\n", 3.14159, 2.0, -1.5, 2.25, 1.0)
    check(27, "%08.3f|%-08d|%+05d|%x|%X|%#v|%#v\n", -3.14159, 7, 3, -255, b"Hi", 42, b"s")
    check(28, "%v %v %v\n", box(rt.INT8_T, -5), box(rt.UINT64_T, (1 << 64) - 1), box(rt.UINTPTR_T, 10))
    anon = rt.struct_of((("A", "A", I, False, b"", ""), ("b", "b", I, False, b"", "main")))
    cls = type("anon", (), {"__slots__": ("A", "b")})
    o = cls()
    o.A, o.b = 1, 2
    check(29, "%#v %#v %#v %#v\n", box(rt.UINT8_T, 5), 3.0, 1e7, box(anon, o))
    check(30, "%5.1q|%.3v|%10.4v|%-10v|\n", b"abcdef", b"abcdef", 3.14159265, True)
    check(32, "%v|%s\n", box(rt.array_of(3, I), [1, 2, 3]), box(rt.array_of(2, rt.BOOL_T), [True, False]))
    check(33, "%x %X % X %#x\n", b"hello", box(rt.slice_of(rt.UINT8_T), mkbytes(b"\x01\xab")),
          box(rt.slice_of(rt.UINT8_T), mkbytes(b"\x01\xab")), b"ab")
    check(34, "%e %g %.3g %.10g %g\n", 0.0, 1e-7, 1234567.0, 1.0 / 3, 1e100)
    check(35, "%v %v %v %.0f %.1f %.0f\n", 0.0,  # Go's constant -0.0 is +0
          2.5e-10, 5e-324, 2.5, 0.25, 3.5)


def test_errorf_wrapped_indexes():
    s, wrapped, reordered = errorf(b"a %w b %w %[1]w", mkslice([b"x", b"y"]))
    assert wrapped.tolist() == [0, 1, 0] and reordered
