"""This file holds the float64 values of the constant expressions the math algorithms use.

Go evaluates a constant expression such as 4/Pi exactly and rounds once; Python's
4/math.pi rounds twice (pi, then the quotient) and can differ in the last bit. Each
value here is such an expression over Go's decimal literals of const.go (LITERALS),
evaluated exactly and rounded once; the values are written out as hex float literals
because computing them at import (fractions, which imports decimal) cost ~20 ms of
the start-up of every program importing math. test_consts.py evaluates every
expression of EXPRS with Fraction and checks the literal bit for bit.
"""

from __future__ import annotations

# Go's decimal literals (math/const.go)
LITERALS = {
    "PI_X": "3.14159265358979323846264338327950288419716939937510582097494459",
    "E_X": "2.71828182845904523536028747135266249775724709369995957496696763",
    "PHI_X": "1.61803398874989484820458683436563811772030917980576286213544862",
    "SQRT2_X": "1.41421356237309504880168872420969807856967187537694807317667974",
    "SQRTE_X": "1.64872127070012814684865078781416357165377610071014801157507931",
    "SQRTPI_X": "1.77245385090551602729816748334114518279754945612238712821380779",
    "SQRTPHI_X": "1.27201964951406896425242246173749149171560804184009624861664038",
    "LN2_X": "0.693147180559945309417232121458176568075500134360255254120680009",
    "LN10_X": "2.30258509299404568401799145468436420760110148862877297603332790",
}

# name -> the exact expression over LITERALS whose once-rounded value it holds
EXPRS = {
    "PI": "PI_X", "LN2": "LN2_X", "SQRT2": "SQRT2_X", "SQRTPI": "SQRTPI_X",
    "PI_2": "PI_X / 2", "PI_4": "PI_X / 4", "PI3_4": "3 * PI_X / 4",
    "FOUR_OVER_PI": "4 / PI_X", "TWO_OVER_PI": "2 / PI_X", "INV_SQRTPI": "1 / SQRTPI_X",
    "INV_LN2": "1 / LN2_X", "INV_LN10": "1 / LN10_X", "SQRT2_2": "SQRT2_X / 2",
}

PI = float.fromhex("0x1.921fb54442d18p+1")
LN2 = float.fromhex("0x1.62e42fefa39efp-1")
SQRT2 = float.fromhex("0x1.6a09e667f3bcdp+0")
SQRTPI = float.fromhex("0x1.c5bf891b4ef6bp+0")

PI_2 = float.fromhex("0x1.921fb54442d18p+0")
PI_4 = float.fromhex("0x1.921fb54442d18p-1")
PI3_4 = float.fromhex("0x1.2d97c7f3321d2p+1")
FOUR_OVER_PI = float.fromhex("0x1.45f306dc9c883p+0")
TWO_OVER_PI = float.fromhex("0x1.45f306dc9c883p-1")
INV_SQRTPI = float.fromhex("0x1.20dd750429b6dp-1")
INV_LN2 = float.fromhex("0x1.71547652b82fep+0")
INV_LN10 = float.fromhex("0x1.bcb7b1526e50ep-2")
SQRT2_2 = float.fromhex("0x1.6a09e667f3bcdp-1")


def exact(text: str) -> float:
    """A decimal literal (or a/b of literals) evaluated exactly, rounded once."""
    from fractions import Fraction as _F
    if "/" in text:
        a, b = text.split("/")
        return float(_F(a) / _F(b))
    return float(_F(text))
