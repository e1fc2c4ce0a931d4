"""Checks the pure-Python compression functions of hashstate against hashlib."""

import hashlib

import pytest

from gopherpy.lib.crypto.hashstate import HashState


@pytest.mark.parametrize("algo", ["md5", "sha1", "sha224", "sha256"])
def test_py_mode_matches_hashlib(algo):
    for n in (0, 1, 55, 56, 63, 64, 65, 200):
        data = bytes((i * 7 + n) & 0xFF for i in range(n))
        s = HashState(algo)
        s.write(data[: n // 3])
        m = s.marshal()
        r = HashState(algo)
        assert r.unmarshal(m) is None
        r.write(data[n // 3:])
        assert r.digest() == hashlib.new(algo, data).digest()
        assert r.marshal()[:4] == m[:4]
