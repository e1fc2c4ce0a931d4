"""Tests ftoa.py against strconv.FormatFloat output of real Go (testdata/ftoa_gen.go)."""

import gzip
import os
import struct

from gopherpy.lib.strconv.ftoa import format_float, format_float_str

HERE = os.path.dirname(__file__)


def _cases():
    with gzip.open(os.path.join(HERE, "testdata", "ftoa.golden.gz"), "rt") as f:
        for line in f:
            bits, size, fmt, prec, want = line.rstrip("\n").split(" ", 4)
            if size == "64":
                x = struct.unpack("<d", struct.pack("<Q", int(bits, 16)))[0]
            else:
                x = struct.unpack("<f", struct.pack("<I", int(bits, 16)))[0]
            yield bits, x, fmt, int(prec), int(size), want


def test_ftoa_golden():
    bad = []
    n = 0
    for bits, x, fmt, prec, size, want in _cases():
        n += 1
        got = format_float_str(x, fmt, prec, size)
        if got != want:
            bad.append((bits, size, fmt, prec, want, got))
    assert n > 50000
    assert bad[:20] == [] and len(bad) == 0


def test_format_float_bytes():
    assert format_float(1.5, ord("g"), -1, 64) == b"1.5"
    assert format_float(-0.0, "g", -1, 64) == b"-0"
    assert format_float(1.0, "z", -1, 64) == b"%z"
