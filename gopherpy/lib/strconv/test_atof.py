"""Tests atof.py and atoi.py against ParseFloat/ParseInt/ParseUint/Atoi of real Go (testdata/atof_gen.go)."""

import ast
import gzip
import os
import struct

from gopherpy.lib.strconv import atoi as A
from gopherpy.lib.strconv.atof import parse_float

HERE = os.path.dirname(__file__)


def _lines():
    with gzip.open(os.path.join(HERE, "testdata", "atof.golden.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            op, rest = line.rstrip("\n").split(" ", 1)
            # the quoted input ends at the first '" ' (inputs hold no '" ' sequences)
            k = rest.index('" ', 1)
            s = ast.literal_eval(rest[:k + 1]).encode()
            val, err = rest[k + 2:].split(" ", 1)
            yield op, s, val, err


def test_parse_float_golden():
    bad = []
    n = 0
    for op, s, val, err in _lines():
        if op[0] != "F":
            continue
        n += 1
        size = int(op[1:])
        v, code = parse_float(s, size)
        if size == 64:
            bits = "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
        else:
            bits = "%08x" % struct.unpack("<I", struct.pack("<f", v))[0]
        if code == A.OK:
            e = "-"
        else:
            e = A.error_text(b"ParseFloat", s, code).decode()
        if (bits, e) != (val, err):
            bad.append((op, s, val, err, bits, e))
    for b in bad[:20]:
        print(b)
    assert n > 5000 and bad == []


def test_parse_int_golden():
    bad = []
    for op, s, val, err in _lines():
        if op[0] == "F":
            continue
        if op == "A":
            v, code = A.atoi(s)
            fn, base, bits = b"Atoi", 10, 0
        else:
            base, bits = map(int, op[1:].split(","))
            if op[0] == "I":
                v, code = A.parse_int(s, base, bits)
                fn = b"ParseInt"
            else:
                v, code = A.parse_uint(s, base, bits)
                fn = b"ParseUint"
        e = "-" if code == A.OK else A.error_text(fn, s, code, base, bits).decode()
        if (str(v), e) != (val, err):
            bad.append((op, s, val, err, v, e))
    for b in bad[:20]:
        print(b)
    assert bad == []
