"""This file implements math's Gamma, Lgamma, Erf, Erfc, Erfinv and Erfcinv bit for bit as Go's code computes them.

Gamma is Cephes', Lgamma and Erf/Erfc fdlibm's, Erfinv Giles' rational approximation,
as in Go's math package; the coefficients are those published with the algorithms.
"""

from __future__ import annotations

from gopherpy.lib.math import consts as K
from gopherpy.lib.math.explog import exp, log, pow_, sqrt
from gopherpy.lib.math.fbits import GO_NAN, INF, NEG_INF, fabs, float64bits, float64frombits, floor, mod, modf
from gopherpy.lib.math.trig import cos, sin

# -- Gamma (gamma.go) ----------------------------------------------------------

_GAM_P = (1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
          4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
          9.99999999999999996796e-01)
_GAM_Q = (-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
          1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01,
          7.14304917030273074085e-02, 1.00000000000000000320e+00)
_GAM_S = (7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
          3.47222221605458667310e-03, 8.33333333333482257126e-02)
_EULER = 0.57721566490153286060651209008240243104215933593992


def _stirling(x: float):
    if x > 200:
        return INF, 1.0
    s0, s1, s2, s3, s4 = _GAM_S
    w = 1 / x
    w = 1 + w * ((((s0 * w + s1) * w + s2) * w + s3) * w + s4)
    y1 = exp(x)
    y2 = 1.0
    if x > 143.01608:
        v = pow_(x, 0.5 * x - 0.25)
        y1, y2 = v, v / y1
    else:
        y1 = pow_(x, x - 0.5) / y1
    return y1, 2.506628274631000502417 * w * y2


def _is_neg_int(x: float) -> bool:
    if x < 0:
        return modf(x)[1] == 0
    return False


def gamma(x: float) -> float:
    if _is_neg_int(x) or x == NEG_INF or x != x:
        return GO_NAN
    if x == INF:
        return INF
    if x == 0:
        return NEG_INF if float64bits(x) >> 63 else INF
    q = fabs(x)
    p = floor(q)
    if q > 33:
        if x >= 0:
            y1, y2 = _stirling(x)
            return y1 * y2
        signgam = -1 if int(p) & 1 == 0 else 1
        z = q - p
        if z > 0.5:
            p = p + 1
            z = q - p
        z = q * sin(K.PI * z)
        if z == 0:
            return INF if signgam >= 0 else NEG_INF
        sq1, sq2 = _stirling(q)
        absz = fabs(z)
        d = absz * sq1 * sq2
        if d == INF or d == NEG_INF:
            z = K.PI / absz / sq1 / sq2
        else:
            z = K.PI / d
        return float(signgam) * z
    z = 1.0
    while x >= 3:
        x = x - 1
        z = z * x
    small = False
    while x < 0:
        if x > -1e-09:
            small = True
            break
        z = z / x
        x = x + 1
    if not small:
        while x < 2:
            if x < 1e-09:
                small = True
                break
            z = z / x
            x = x + 1
    if small:
        if x == 0:
            return INF
        return z / ((1 + _EULER * x) * x)
    if x == 2:
        return z
    x = x - 2
    a = _GAM_P
    b = _GAM_Q
    p = (((((x * a[0] + a[1]) * x + a[2]) * x + a[3]) * x + a[4]) * x + a[5]) * x + a[6]
    q = ((((((x * b[0] + b[1]) * x + b[2]) * x + b[3]) * x + b[4]) * x + b[5]) * x + b[6]) * x + b[7]
    return z * p / q


# -- Lgamma (lgamma.go) --------------------------------------------------------

_LA = (7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
       2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
       1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
       1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05)
_LR = (1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
       1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06)
_LS = (-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
       1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
       3.19475326584100867617e-05)
_LT = (4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02,
       -3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02,
       6.10053870246291332635e-03, -3.68452016781138256760e-03, 2.25964780900612472250e-03,
       -1.40346469989232843813e-03, 8.81081882437654011382e-04, -5.38595305356740546715e-04,
       3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04)
_LU = (-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
       9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02)
_LV = (1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
       1.04222645593369134254e-01, 3.21709242282423911810e-03)
_LW = (4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
       7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
       -1.63092934096575273989e-03)
_YMIN = 1.461632144968362245
_TC = 1.46163214496836224576e+00
_TF = -1.21486290535849611461e-01
_TT = -3.63867699703950536541e-18
# Lgamma's interval bounds: Go's constant expressions Ymin-1+0.27, Ymin-1-0.27, Ymin+0.27
# and Ymin-0.27, exact and rounded once (test_consts.py checks them)
_B_73 = float.fromhex("0x1.76987d0eaed22p-1")
_B_23 = float.fromhex("0x1.88766f1c02f69p-3")
_B_173 = float.fromhex("0x1.bb4c3e8757691p+0")
_B_123 = float.fromhex("0x1.310ecde3805edp+0")
_TWO52 = 4503599627370496.0
_TWO53 = 9007199254740992.0
_TWO58 = 288230376151711744.0
_TINY70 = 8.470329472543003e-22  # 2**-70


def _sin_pi(x: float) -> float:
    if x < 0.25:
        return -sin(K.PI * x)
    z = floor(x)
    if z != x:
        x = mod(x, 2)
        n = int(x * 4)
    else:
        if x >= _TWO53:
            x = 0.0
            n = 0
        else:
            if x < _TWO52:
                z = x + _TWO52
            n = 1 & float64bits(z)
            x = float(n)
            n <<= 2
    if n == 0:
        x = sin(K.PI * x)
    elif n in (1, 2):
        x = cos(K.PI * (0.5 - x))
    elif n in (3, 4):
        x = sin(K.PI * (1 - x))
    elif n in (5, 6):
        x = -cos(K.PI * (x - 1.5))
    else:
        x = sin(K.PI * (x - 2))
    return -x


def lgamma(x: float):
    """math.Lgamma: (log|Gamma(x)|, sign)."""
    sign = 1
    if x != x or x == INF or x == NEG_INF:
        return x, sign
    if x == 0:
        return INF, sign
    neg = False
    if x < 0:
        x = -x
        neg = True
    if x < _TINY70:
        if neg:
            sign = -1
        return -log(x), sign
    nadj = 0.0
    if neg:
        if x >= _TWO52:
            return INF, sign
        t = _sin_pi(x)
        if t == 0:
            return INF, sign
        nadj = log(K.PI / fabs(t * x))
        if t < 0:
            sign = -1
    if x == 1 or x == 2:
        return 0.0, sign
    if x < 2:
        if x <= 0.9:
            lg = -log(x)
            if x >= _B_73:
                y, i = 1 - x, 0
            elif x >= _B_23:
                y, i = x - (_TC - 1), 1
            else:
                y, i = x, 2
        else:
            lg = 0.0
            if x >= _B_173:
                y, i = 2 - x, 0
            elif x >= _B_123:
                y, i = x - _TC, 1
            else:
                y, i = x - 1, 2
        if i == 0:
            a = _LA
            z = y * y
            p1 = a[0] + z * (a[2] + z * (a[4] + z * (a[6] + z * (a[8] + z * a[10]))))
            p2 = z * (a[1] + z * (+a[3] + z * (a[5] + z * (a[7] + z * (a[9] + z * a[11])))))
            p = y * p1 + p2
            lg += (p - 0.5 * y)
        elif i == 1:
            t = _LT
            z = y * y
            w = z * y
            p1 = t[0] + w * (t[3] + w * (t[6] + w * (t[9] + w * t[12])))
            p2 = t[1] + w * (t[4] + w * (t[7] + w * (t[10] + w * t[13])))
            p3 = t[2] + w * (t[5] + w * (t[8] + w * (t[11] + w * t[14])))
            p = z * p1 - (_TT - w * (p2 + y * p3))
            lg += (_TF + p)
        else:
            u, v = _LU, _LV
            p1 = y * (u[0] + y * (u[1] + y * (u[2] + y * (u[3] + y * (u[4] + y * u[5])))))
            p2 = 1 + y * (v[1] + y * (v[2] + y * (v[3] + y * (v[4] + y * v[5]))))
            lg += (-0.5 * y + p1 / p2)
    elif x < 8:
        i = int(x)
        y = x - float(i)
        s, r = _LS, _LR
        p = y * (s[0] + y * (s[1] + y * (s[2] + y * (s[3] + y * (s[4] + y * (s[5] + y * s[6]))))))
        q = 1 + y * (r[1] + y * (r[2] + y * (r[3] + y * (r[4] + y * (r[5] + y * r[6])))))
        lg = 0.5 * y + p / q
        z = 1.0
        if i >= 7:
            z *= (y + 6)
        if i >= 6:
            z *= (y + 5)
        if i >= 5:
            z *= (y + 4)
        if i >= 4:
            z *= (y + 3)
        if i >= 3:
            z *= (y + 2)
            lg += log(z)
    elif x < _TWO58:
        t = log(x)
        z = 1 / x
        y = z * z
        w = _LW
        ww = w[0] + z * (w[1] + y * (w[2] + y * (w[3] + y * (w[4] + y * (w[5] + y * w[6])))))
        lg = (x - 0.5) * (t - 1) + ww
    else:
        lg = x * (log(x) - 1)
    if neg:
        lg = nadj - lg
    return lg, sign


# -- Erf, Erfc (erf.go) --------------------------------------------------------

_ERX = 8.45062911510467529297e-01
_EFX = 1.28379167095512586316e-01
_EFX8 = 1.02703333676410069053e+00
_PP = (1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
       -5.77027029648944159157e-03, -2.37630166566501626084e-05)
_QQ = (0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
       1.32494738004321644526e-04, -3.96022827877536812320e-06)
_PA = (-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
       3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
       -2.16637559486879084300e-03)
_QA = (0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
       1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02)
_RA = (-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
       -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
       -8.12874355063065934246e+01, -9.81432934416914548592e+00)
_SA = (0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
       6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
       6.57024977031928170135e+00, -6.04244152148580987438e-02)
_RB = (-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
       -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
       -4.83519191608651397019e+02)
_SB = (0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
       3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
       -2.24409524465858183362e+01)
_INV035 = float.fromhex("0x1.6db6db6db6db7p+1")   # 1/0.35 rounded once (test_consts.py)


def _erf_small(x: float):
    p, q = _PP, _QQ
    z = x * x
    r = p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * p[4])))
    s = 1 + z * (q[1] + z * (q[2] + z * (q[3] + z * (q[4] + z * q[5]))))
    return r / s


def _erf_mid(x: float):
    p, q = _PA, _QA
    s = x - 1
    pp = p[0] + s * (p[1] + s * (p[2] + s * (p[3] + s * (p[4] + s * (p[5] + s * p[6])))))
    qq = 1 + s * (q[1] + s * (q[2] + s * (q[3] + s * (q[4] + s * (q[5] + s * q[6])))))
    return pp, qq


def _erf_tail_rs(x: float, s: float):
    if x < _INV035:
        r, t = _RA, _SA
        rr = r[0] + s * (r[1] + s * (r[2] + s * (r[3] + s * (r[4] + s * (r[5] + s * (r[6] + s * r[7]))))))
        ss = 1 + s * (t[1] + s * (t[2] + s * (t[3] + s * (t[4] + s * (t[5] + s * (t[6] + s * (t[7] + s * t[8])))))))
    else:
        r, t = _RB, _SB
        rr = r[0] + s * (r[1] + s * (r[2] + s * (r[3] + s * (r[4] + s * (r[5] + s * r[6])))))
        ss = 1 + s * (t[1] + s * (t[2] + s * (t[3] + s * (t[4] + s * (t[5] + s * (t[6] + s * t[7]))))))
    return rr, ss


def _erf_exp(x: float, rr: float, ss: float) -> float:
    z = float64frombits(float64bits(x) & 0xffffffff00000000)
    return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + rr / ss)


def erf(x: float) -> float:
    if x != x:
        return GO_NAN
    if x == INF:
        return 1.0
    if x == NEG_INF:
        return -1.0
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 0.84375:
        if x < 3.725290298461914e-09:  # 2**-28
            if x < 2.848094538889218e-306:
                temp = 0.125 * (8.0 * x + _EFX8 * x)
            else:
                temp = x + _EFX * x
        else:
            temp = x + x * _erf_small(x)
        return -temp if sign else temp
    if x < 1.25:
        pp, qq = _erf_mid(x)
        return -_ERX - pp / qq if sign else _ERX + pp / qq
    if x >= 6:
        return -1.0 if sign else 1.0
    s = 1 / (x * x)
    rr, ss = _erf_tail_rs(x, s)
    r = _erf_exp(x, rr, ss)
    return r / x - 1 if sign else 1 - r / x


def erfc(x: float) -> float:
    if x != x:
        return GO_NAN
    if x == INF:
        return 0.0
    if x == NEG_INF:
        return 2.0
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 0.84375:
        if x < 1.3877787807814457e-17:  # 2**-56
            temp = x
        else:
            y = _erf_small(x)
            if x < 0.25:
                temp = x + x * y
            else:
                temp = 0.5 + (x * y + (x - 0.5))
        return 1 + temp if sign else 1 - temp
    if x < 1.25:
        pp, qq = _erf_mid(x)
        return 1 + _ERX + pp / qq if sign else 1 - _ERX - pp / qq
    if x < 28:
        s = 1 / (x * x)
        if not x < _INV035 and sign and x > 6:
            return 2.0
        rr, ss = _erf_tail_rs(x, s)
        r = _erf_exp(x, rr, ss)
        return 2 - r / x if sign else r / x
    return 2.0 if sign else 0.0


# -- Erfinv, Erfcinv (erfinv.go) ------------------------------------------------

_EA = (1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2,
       4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4,
       1.1819493347062294404278e4, 8.8709406962545514830200e2)
_EB = (1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2,
       5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4,
       2.8729085735721942674e4, 5.2264952788528545610e3)
_EC = (1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
       3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
       2.27238449892691845833e-2, 7.74545014278341407640e-4)
_ED = (1.4142135623730950488016887e0, 2.9036514445419946173133295e0, 2.3707661626024532365971225e0,
       9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
       7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9)
_EE = (6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
       2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
       2.71155556874348757815e-5, 2.01033439929228813265e-7)
_EF = (1.414213562373095048801689e0, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1,
       2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
       2.010321207683943062279931e-7, 2.891024605872965461538222e-15)


def _poly7(c, r: float) -> float:
    return ((((((c[7] * r + c[6]) * r + c[5]) * r + c[4]) * r + c[3]) * r + c[2]) * r + c[1]) * r + c[0]


def erfinv(x: float) -> float:
    if x != x or x <= -1 or x >= 1:
        if x == -1 or x == 1:
            return INF if x > 0 else NEG_INF
        return GO_NAN
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x <= 0.85:
        r = 0.180625 - 0.25 * x * x
        ans = (x * _poly7(_EA, r)) / _poly7(_EB, r)
    else:
        r = sqrt(K.LN2 - log(1.0 - x))
        if r <= 5.0:
            r -= 1.6
            ans = _poly7(_EC, r) / _poly7(_ED, r)
        else:
            r -= 5.0
            ans = _poly7(_EE, r) / _poly7(_EF, r)
    return -ans if sign else ans


def erfcinv(x: float) -> float:
    return erfinv(1 - x)
