"""Tests for runtime/values.py and rtype.py: slices, growth rule, strings, maps, boxes."""

from gopherpy.runtime import rtype as rt
from gopherpy.runtime import values as v
from gopherpy.runtime.panic import GoPanic


def test_wrap():
    assert v.wrap_int64(1 << 63) == -(1 << 63)
    assert v.wrap_int8(200) == -56
    assert v.wrap_uint8(-1) == 255
    assert v.wrap_uint64(-1) == (1 << 64) - 1


def caps(et, n):
    s = v.NIL_SLICE
    out = []
    for i in range(n):
        s = v.append1(s, et.zero(), et)
        if not out or out[-1] != s.cap:
            out.append(s.cap)
    return out


def test_growth_matches_go():
    # Go 1.27, appending one element at a time to a package-level (escaping) slice, as the
    # real toolchain prints it. (gc gives non-escaping local slices a 32-byte stack buffer
    # first: caps 4, 8 for []int; that escape-dependent path is not modelled yet.)
    assert caps(rt.INT_T, 2000) == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]
    assert caps(rt.UINT8_T, 100) == [8, 16, 32, 64, 128]


def test_string_runes():
    s = "héllo, 世界".encode()
    rs = v.string_to_runes(s)
    assert rs.tolist() == [ord(c) for c in "héllo, 世界"]
    assert v.runes_to_string(rs) == s
    bad = b"a\xe2\x82z\xff"
    assert list(v.iterrunes(bad)) == [(0, 97), (1, 0xFFFD), (2, 0xFFFD), (3, 122), (4, 0xFFFD)]
    assert v.encoderune(-1) == "\ufffd".encode()
    assert v.encoderune(0xD800) == "\ufffd".encode()


def test_reslice_and_copy():
    s = v.mkslice([1, 2, 3, 4])
    t = v.reslice(s, 1, 3)
    assert (t.len, t.cap, t.tolist()) == (2, 3, [2, 3])
    u = v.append1(t, 9, rt.INT_T)
    assert s.tolist() == [1, 2, 3, 9]  # aliasing as in Go
    assert v.copyslice(s, v.mkslice([7, 8])) == 2
    assert s.tolist() == [7, 8, 3, 9]
    try:
        v.reslice(s, 0, 5)
    except GoPanic as p:
        assert p.value.Error() == b"runtime error: slice bounds out of range [:5] with capacity 4"
    else:
        raise AssertionError


def test_nil_map_and_boxes():
    try:
        v.NIL_MAP[b"a"] = 1
    except GoPanic as p:
        assert p.value.Error() == b"assignment to entry in nil map"
    i64 = rt.box(rt.INT64_T, 1)
    assert rt.typeof(i64) is rt.INT64_T and rt.typeof(1) is rt.INT_T
    assert not rt.ifaceeq(i64, 1) and not rt.ifaceeq(1, 1.0) and rt.ifaceeq(i64, rt.box(rt.INT64_T, 1))
    assert rt.slice_of(rt.INT_T) is rt.slice_of(rt.INT_T)
    assert rt.map_of(rt.STRING_T, rt.slice_of(rt.INT_T)).string == "map[string][]int"
