"""This file implements package context's one native: whether an interface value's dynamic type is comparable (WithValue's key check)."""

from gopherpy.runtime.rtype import typeof


def comparable(v):
    t = typeof(v)
    return t is None or bool(t.comparable)
