"""This file implements math/rand's natives: the lagged Fibonacci source, the ziggurat tables, the runtime source.

rngSource's fields are Go's (tap, feed, vec: a list of 607 int64); the seeding
values come from cooked.py. The ziggurat tables are computed with the paper's
recurrences in float64 and rounded to float32, which reproduces Go's tables.
"""

from __future__ import annotations

import math
import os
import random
import struct

from gopherpy.compile.names import mangle
from gopherpy.lib.math.rand.cooked import LEN, TAP, cooked, seedrand

_TAP, _FEED, _VEC = mangle("tap"), mangle("feed"), mangle("vec")
M64 = (1 << 64) - 1
INT32MAX = (1 << 31) - 1


def rngSource_Seed(rng, seed):
    setattr(rng, _TAP, 0)
    setattr(rng, _FEED, LEN - TAP)
    seed = seed % INT32MAX if seed >= 0 else -(-seed % INT32MAX)  # Go's % truncates
    if seed < 0:
        seed += INT32MAX
    if seed == 0:
        seed = 89482311
    ck = cooked()
    vec = [0] * LEN
    x = seed
    for i in range(-20, LEN):
        x = seedrand(x)
        if i >= 0:
            u = (x << 40) & M64
            x = seedrand(x)
            u ^= (x << 20) & M64
            x = seedrand(x)
            u ^= x
            u ^= ck[i] & M64
            vec[i] = u - (1 << 64) if u >> 63 else u
    setattr(rng, _VEC, vec)


def rngSource_Uint64(rng):
    tap = getattr(rng, _TAP) - 1
    if tap < 0:
        tap += LEN
    feed = getattr(rng, _FEED) - 1
    if feed < 0:
        feed += LEN
    setattr(rng, _TAP, tap)
    setattr(rng, _FEED, feed)
    vec = getattr(rng, _VEC)
    x = (vec[feed] + vec[tap]) & M64
    vec[feed] = x - (1 << 64) if x >> 63 else x
    return x


def rngSource_Int63(rng):
    return rngSource_Uint64(rng) & 0x7FFFFFFFFFFFFFFF


def _f32(x: float) -> float:
    return struct.unpack("f", struct.pack("f", x))[0]


def zigNormal():
    dn = 3.442619855899
    tn = dn
    vn = 9.91256303526217e-3
    m1 = 2147483648.0
    kn = [0] * 128
    wn = [0.0] * 128
    fn = [0.0] * 128
    q = vn / math.exp(-.5 * dn * dn)
    kn[0] = int((dn / q) * m1)
    wn[0] = q / m1
    wn[127] = dn / m1
    fn[0] = 1.0
    fn[127] = math.exp(-.5 * dn * dn)
    for i in range(126, 0, -1):
        dn = math.sqrt(-2 * math.log(vn / dn + math.exp(-.5 * dn * dn)))
        kn[i + 1] = int((dn / tn) * m1)
        tn = dn
        fn[i] = math.exp(-.5 * dn * dn)
        wn[i] = dn / m1
    return kn, [_f32(x) for x in wn], [_f32(x) for x in fn]


def zigExp():
    de = 7.697117470131487
    te = de
    ve = 3.949659822581572e-3
    m2 = 4294967296.0
    ke = [0] * 256
    we = [0.0] * 256
    fe = [0.0] * 256
    q = ve / math.exp(-de)
    ke[0] = int((de / q) * m2)
    we[0] = q / m2
    we[255] = de / m2
    fe[0] = 1.0
    fe[255] = math.exp(-de)
    for i in range(254, 0, -1):
        de = -math.log(ve / de + math.exp(-de))
        ke[i + 1] = int((de / te) * m2)
        te = de
        fe[i] = math.exp(-de)
        we[i] = de / m2
    return ke, [_f32(x) for x in we], [_f32(x) for x in fe]


_sys = random.SystemRandom()


def runtimeRand():
    return _sys.getrandbits(64)


def godebug(name: bytes) -> bytes:
    """The value of setting name in $GODEBUG (the last one wins, as in Go), or ""."""
    val = b""
    for kv in os.environb.get(b"GODEBUG", b"").split(b","):
        k, _, v = kv.partition(b"=")
        if k.strip() == name:
            val = v.strip()
    return val
