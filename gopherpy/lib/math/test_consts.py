"""Tests that consts.py's float literals are Go's constant expressions evaluated exactly and rounded once."""

from fractions import Fraction

from gopherpy.lib.math import consts as K
from gopherpy.lib.math import special


def test_every_constant_is_its_expression_rounded_once():
    env = {name: Fraction(text) for name, text in K.LITERALS.items()}
    for name, expr in K.EXPRS.items():
        want = float(eval(expr, {}, env))
        got = getattr(K, name)
        assert got.hex() == want.hex(), (name, expr)


def test_special_literals():
    assert special._INV035.hex() == float(1 / Fraction("0.35")).hex() == K.exact("1/0.35").hex()
    ymin, d = Fraction("1.461632144968362245"), Fraction("0.27")
    assert special._B_73.hex() == float(ymin - 1 + d).hex()
    assert special._B_23.hex() == float(ymin - 1 - d).hex()
    assert special._B_173.hex() == float(ymin + d).hex()
    assert special._B_123.hex() == float(ymin - d).hex()


def test_consts_import_no_fractions():
    # the point of the literals: importing math's natives does not import fractions/decimal
    import subprocess
    import sys
    code = ("import sys, gopherpy.lib.math.native; "
            "print(sorted(m for m in ('fractions', 'decimal') if m in sys.modules))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout == "[]\n", r.stderr
