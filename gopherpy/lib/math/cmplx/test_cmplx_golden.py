"""Tests the math/cmplx natives against real Go on amd64 (testdata/cmplx_gen.go), bit for bit."""

import gzip
import os
from collections import Counter

from gopherpy.lib.math.cmplx import native as C
from gopherpy.lib.math.fbits import float64bits, float64frombits

HERE = os.path.dirname(__file__)

SPECIAL = {
    "Abs": lambda z: complex(C.Abs(z), 0), "Phase": lambda z: complex(C.Phase(z), 0),
    "Polar": lambda z: complex(*C.Polar(z)), "Rect": lambda z: C.Rect(z.real, z.imag),
    "IsInf": lambda z: complex(1 if C.IsInf(z) else 0, 0), "IsNaN": lambda z: complex(1 if C.IsNaN(z) else 0, 0),
}


def check(limit=20):
    bad, examples, n = Counter(), [], 0
    with gzip.open(os.path.join(HERE, "testdata", "cmplx.golden.gz"), "rt") as f:
        for line in f:
            p = line.split()
            name, nums = p[0], [float64frombits(int(x, 16)) for x in p[1:]]
            if name in ("Inf", "NaN"):
                got = getattr(C, name)()
            elif name == "Pow":
                got = C.Pow(complex(nums[0], nums[1]), complex(nums[2], nums[3]))
            else:
                z = complex(nums[0], nums[1])
                got = SPECIAL.get(name, getattr(C, name, None))(z)
            n += 1
            want = (int(p[-2], 16), int(p[-1], 16))
            if (float64bits(got.real), float64bits(got.imag)) != want:
                bad[name] += 1
                if len(examples) < limit:
                    examples.append((name, p[1:-2], p[-2:], "%016x %016x" % (float64bits(got.real), float64bits(got.imag))))
    return n, bad, examples


def test_cmplx_golden():
    n, bad, examples = check()
    assert n > 10000
    assert not bad, (dict(bad), examples)


if __name__ == "__main__":
    n, bad, ex = check(40)
    print(n, dict(bad))
    for e in ex:
        print(*e)
