"""This file binds package math's functions to their Python implementations.

Which module holds what: fbits.py (bits, Inf/NaN, rounding, Frexp/Ldexp, Mod,
Remainder, Nextafter, FMA, Max/Min), explog.py (Exp, Log, Pow, Cbrt, Hypot, Sqrt...),
trig.py (circular and hyperbolic functions), special.py (Gamma, Lgamma, Erf...),
bessel.py (J0...Yn).
"""

from __future__ import annotations

from gopherpy.lib.math import bessel as B
from gopherpy.lib.math import explog as X
from gopherpy.lib.math import fbits as F
from gopherpy.lib.math import special as S
from gopherpy.lib.math import trig as T

Abs = F.fabs
Ceil = F.ceil
Copysign = F.copysign
Dim = F.dim
FMA = F.fma
Float32bits = F.float32bits
Float32frombits = F.float32frombits
Float64bits = F.float64bits
Float64frombits = F.float64frombits
Floor = F.floor
Frexp = F.frexp
Ilogb = F.ilogb
Inf = F.inf
IsInf = F.isinf
IsNaN = F.isnan
Ldexp = F.ldexp
Logb = F.logb
Max = F.fmax
Min = F.fmin
Mod = F.mod
Modf = F.modf
NaN = F.nan
Nextafter = F.nextafter
Nextafter32 = F.nextafter32
Remainder = F.remainder
Round = F.round_
RoundToEven = F.round_to_even
Signbit = F.signbit
Trunc = F.trunc

Cbrt = X.cbrt
Exp = X.exp
Exp2 = X.exp2
Expm1 = X.expm1
Hypot = X.hypot
Log = X.log
Log10 = X.log10
Log1p = X.log1p
Log2 = X.log2
Pow = X.pow_
Pow10 = X.pow10
Sqrt = X.sqrt

Acos = T.acos
Acosh = T.acosh
Asin = T.asin
Asinh = T.asinh
Atan = T.atan
Atan2 = T.atan2
Atanh = T.atanh
Cos = T.cos
Cosh = T.cosh
Sin = T.sin
Sincos = T.sincos
Sinh = T.sinh
Tan = T.tan
Tanh = T.tanh

Erf = S.erf
Erfc = S.erfc
Erfcinv = S.erfcinv
Erfinv = S.erfinv
Gamma = S.gamma
Lgamma = S.lgamma

J0 = B.j0
J1 = B.j1
Jn = B.jn
Y0 = B.y0
Y1 = B.y1
Yn = B.yn
