"""This file makes the natives of the digest type of crypto/md5, crypto/sha1 and crypto/sha256.

Each of those packages declares `type T struct { state any }` with body-less
methods; `natives(T, pkg)` returns the functions `T_Write`, `T_Sum` ... that its
native.py exports. The `state` field holds a hashstate.HashState.
"""

from __future__ import annotations

from gopherpy.compile.names import mangle
from gopherpy.lib.crypto.hashstate import HashState
from gopherpy.lib.nativeutil import append_bytes, bslice, native_error, sbytes

_STATE = mangle("state")


def natives(tname: str, pkg: str, ns_holder: dict, algo_of):
    """The native functions for digest type tname; algo_of(d) names d's algorithm on Reset."""

    def st(d) -> HashState:
        s = getattr(d, _STATE)
        if s is None:
            s = HashState(algo_of(d))
            setattr(d, _STATE, s)
        return s

    def Reset(d):
        setattr(d, _STATE, HashState(algo_of(d)))

    def Write(d, p):
        a = p.a
        if a is not None and p.len:
            st(d).write(bytes(a[p.off:p.off + p.len]))
        return p.len, None

    def Sum(d, b):
        return append_bytes(b, st(d).digest())

    def AppendBinary(d, b):
        m = st(d).marshal()
        if m is None:
            return b, native_error(f"crypto/{pkg}: gopherpy keeps the state of a hash for at most 1 MiB of input")
        return append_bytes(b, m), None

    def MarshalBinary(d):
        m = st(d).marshal()
        if m is None:
            return bslice(b""), native_error(
                f"crypto/{pkg}: gopherpy keeps the state of a hash for at most 1 MiB of input")
        return bslice(m), None

    def UnmarshalBinary(d, b):
        s = HashState(algo_of(d))
        err = s.unmarshal(sbytes(b))
        if err is not None:
            return native_error(err)
        setattr(d, _STATE, s)
        return None

    def Clone(d):
        c = d._copy()
        setattr(c, _STATE, st(d).copy())
        return c, None

    fns = {"Reset": Reset, "Write": Write, "Sum": Sum, "AppendBinary": AppendBinary,
           "MarshalBinary": MarshalBinary, "UnmarshalBinary": UnmarshalBinary, "Clone": Clone}
    return {f"{tname}_{k}": v for k, v in fns.items()}


def sum_array(algo: str, data) -> list:
    """md5.Sum & co: the digest of data as a Go [N]byte (a list of ints)."""
    import hashlib
    return list(hashlib.new(algo, sbytes(data)).digest())
