"""This file implements package sync/atomic's one native: whether two interface values have the same dynamic type (atomic.Value's consistency check), and Pointer[T]'s methods."""

from gopherpy.runtime.rtype import typeof


def sameType(a, b):
    return typeof(a) is typeof(b)


def Pointer_Load(x):
    return x.v


def Pointer_Store(x, val):
    x.v = val


def Pointer_Swap(x, new):
    old = x.v
    x.v = new
    return old


def Pointer_CompareAndSwap(x, old, new):
    if x.v is old:
        x.v = new
        return True
    return False
