"""This file implements chacha8rand's block function (C2SP chacha8rand) in Python.

Four ChaCha8 blocks (8 rounds) with counters counter..counter+3 are computed
side by side; word k of block i is element [k][i] of a 16x4 array of uint32,
and the 32 output uint64s are that array read in order as little-endian
pairs. Only the key words (rows 4..11) get the input added back, as the spec says.
"""

M32 = 0xFFFFFFFF
_CONST = (0x61707865, 0x3320646E, 0x79622D32, 0x6B206574)


def _qr(x, a, b, c, d):
    xa, xb, xc, xd = x[a], x[b], x[c], x[d]
    xa = (xa + xb) & M32
    xd ^= xa
    xd = ((xd << 16) | (xd >> 16)) & M32
    xc = (xc + xd) & M32
    xb ^= xc
    xb = ((xb << 12) | (xb >> 20)) & M32
    xa = (xa + xb) & M32
    xd ^= xa
    xd = ((xd << 8) | (xd >> 24)) & M32
    xc = (xc + xd) & M32
    xb ^= xc
    xb = ((xb << 7) | (xb >> 25)) & M32
    x[a], x[b], x[c], x[d] = xa, xb, xc, xd


def block_words(seed, counter):
    """The 32 uint64 outputs for key seed (4 uint64) and counter."""
    key = []
    for s in seed:
        key.append(s & M32)
        key.append(s >> 32)
    rows = [[0] * 4 for _ in range(16)]
    for i in range(4):
        x = list(_CONST) + key + [(counter + i) & M32, 0, 0, 0]
        for _ in range(4):  # 8 rounds: 4 double rounds
            _qr(x, 0, 4, 8, 12)
            _qr(x, 1, 5, 9, 13)
            _qr(x, 2, 6, 10, 14)
            _qr(x, 3, 7, 11, 15)
            _qr(x, 0, 5, 10, 15)
            _qr(x, 1, 6, 11, 12)
            _qr(x, 2, 7, 8, 13)
            _qr(x, 3, 4, 9, 14)
        for k in range(16):
            v = x[k]
            if 4 <= k < 12:
                v = (v + key[k - 4]) & M32
            rows[k][i] = v
    flat = [w for row in rows for w in row]
    return [flat[2 * j] | (flat[2 * j + 1] << 32) for j in range(32)]


def block(seed, blocks, counter):
    """seed: the *[4]uint64 (a list); blocks: the *[32]uint64 (a list), filled in place."""
    blocks[:] = block_words(seed, counter)
