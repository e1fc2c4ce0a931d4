"""Tests the math natives against package math of real Go on amd64 (testdata/math_gen.go), bit for bit."""

import gzip
import os
from collections import Counter

from gopherpy.lib.math import native as M
from gopherpy.lib.math.fbits import float64bits, float64frombits

HERE = os.path.dirname(__file__)


def _i(x):
    return int(x)


ONE = {
    "SincosS": lambda x: M.Sincos(x)[0], "SincosC": lambda x: M.Sincos(x)[1],
    "ModfI": lambda x: M.Modf(x)[0], "ModfF": lambda x: M.Modf(x)[1],
    "FrexpF": lambda x: M.Frexp(x)[0], "FrexpE": lambda x: float(M.Frexp(x)[1]),
    "LgammaL": lambda x: M.Lgamma(x)[0], "LgammaS": lambda x: float(M.Lgamma(x)[1]),
    "Ilogb": lambda x: float(M.Ilogb(x)), "Signbit": lambda x: 1.0 if M.Signbit(x) else 0.0,
}
TWO = {
    "Ldexp": lambda x, y: M.Ldexp(x, float64bits(y) % 4400 - 2200),
    "Jn": lambda x, y: M.Jn(float64bits(y) % 41 - 20, x),
    "Yn": lambda x, y: M.Yn(float64bits(y) % 41 - 20, x),
    "FMA": lambda x, y: M.FMA(x, y, x * 0.75 - y),
    "FMA2": lambda x, y: M.FMA(x, y, -(x * y)),
    "Pow10": lambda x, y: M.Pow10(float64bits(y) % 700 - 350),
    "Nextafter32": lambda x, y: M.Nextafter32(x, y),
}


def check(limit=20):
    bad = Counter()
    examples = []
    n = 0
    with gzip.open(os.path.join(HERE, "testdata", "math.golden.gz"), "rt") as f:
        for line in f:
            parts = line.split()
            name, args, want = parts[0], [float64frombits(int(a, 16)) for a in parts[1:-1]], int(parts[-1], 16)
            if name == "Float32bits":
                got = float(M.Float32bits(args[0]))
            elif len(args) == 1:
                got = ONE.get(name, getattr(M, name, None))(args[0])
            else:
                got = TWO.get(name, getattr(M, name, None))(*args)
            n += 1
            if float64bits(got) != want:
                bad[name] += 1
                if len(examples) < limit:
                    examples.append((name, parts[1:-1], parts[-1], "%016x" % float64bits(got)))
    return n, bad, examples


def test_math_golden():
    n, bad, examples = check()
    assert n > 50000
    assert not bad, (dict(bad), examples)


if __name__ == "__main__":
    n, bad, examples = check(60)
    print(n, dict(bad))
    for e in examples:
        print(*e)
