"""This file holds the float64 values of the constant expressions the math algorithms use.

Go evaluates a constant expression such as 4/Pi exactly and rounds once; Python's
4/math.pi rounds twice (pi, then the quotient) and can differ in the last bit. Each
value here is computed from exact rationals (Go's decimal literals of const.go) and
rounded once by float(Fraction).
"""

from __future__ import annotations

from fractions import Fraction as _F

PI_X = _F("3.14159265358979323846264338327950288419716939937510582097494459")
E_X = _F("2.71828182845904523536028747135266249775724709369995957496696763")
PHI_X = _F("1.61803398874989484820458683436563811772030917980576286213544862")
SQRT2_X = _F("1.41421356237309504880168872420969807856967187537694807317667974")
SQRTE_X = _F("1.64872127070012814684865078781416357165377610071014801157507931")
SQRTPI_X = _F("1.77245385090551602729816748334114518279754945612238712821380779")
SQRTPHI_X = _F("1.27201964951406896425242246173749149171560804184009624861664038")
LN2_X = _F("0.693147180559945309417232121458176568075500134360255254120680009")
LN10_X = _F("2.30258509299404568401799145468436420760110148862877297603332790")

PI = float(PI_X)
LN2 = float(LN2_X)
SQRT2 = float(SQRT2_X)
SQRTPI = float(SQRTPI_X)

PI_2 = float(PI_X / 2)
PI_4 = float(PI_X / 4)
PI3_4 = float(3 * PI_X / 4)
FOUR_OVER_PI = float(4 / PI_X)
TWO_OVER_PI = float(2 / PI_X)
INV_SQRTPI = float(1 / SQRTPI_X)
INV_LN2 = float(1 / LN2_X)
INV_LN10 = float(1 / LN10_X)
SQRT2_2 = float(SQRT2_X / 2)


def exact(text: str) -> float:
    """A decimal literal (or a/b of literals) evaluated exactly, rounded once."""
    if "/" in text:
        a, b = text.split("/")
        return float(_F(a) / _F(b))
    return float(_F(text))
