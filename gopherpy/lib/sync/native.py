"""This file implements package sync's natives: the locks, WaitGroup, Once and Cond run gopherpy/runtime/sync_rt.py's algorithms on the Go structs' fields; Map is a dict keyed as maps with interface keys are."""

from __future__ import annotations

from gopherpy.runtime import sync_rt as rt
from gopherpy.runtime.rtype import ifacehash_key, ifaceeq

Mutex_Lock = rt.mutex_lock
Mutex_TryLock = rt.mutex_trylock
Mutex_Unlock = rt.mutex_unlock

RWMutex_RLock = rt.rw_rlock
RWMutex_TryRLock = rt.rw_tryrlock
RWMutex_RUnlock = rt.rw_runlock
RWMutex_Lock = rt.rw_lock
RWMutex_TryLock = rt.rw_trylock
RWMutex_Unlock = rt.rw_unlock

WaitGroup_Add = rt.wg_add
WaitGroup_Wait = rt.wg_wait
WaitGroup_Go = rt.wg_go


def WaitGroup_Done(wg):
    rt.wg_add(wg, -1)


Once_Do = rt.once_do

def _once_values(f, unpack):
    """OnceValue/OnceValues: f runs once; its results, or its panic, are repeated on every call."""
    state = []          # [ok, results or panic]

    def call():
        if not state:
            try:
                r = f()
            except BaseException as e:   # a Go panic (or Goexit): remember and re-raise
                state.append((False, e))
                raise
            state.append((True, r))
        ok, r = state[0]
        if not ok:
            raise r
        return r
    return call


def OnceValue(f):
    return _once_values(f, False)


def OnceValues(f):
    return _once_values(f, True)


Cond_Wait = rt.cond_wait
Cond_Signal = rt.cond_signal
Cond_Broadcast = rt.cond_broadcast


# ---------------------------------------------------------------------------
# Map: m.m is a dict {ifacehash_key(key): (key, value)}

def _d(m):
    d = m.m
    if d is None:
        d = m.m = {}
    return d


def Map_Load(m, key):
    d = m.m
    if d is None:
        return None, False
    e = d.get(ifacehash_key(key))
    if e is None:
        return None, False
    return e[1], True


def Map_Store(m, key, value):
    _d(m)[ifacehash_key(key)] = (key, value)


def Map_Clear(m):
    if m.m is not None:
        m.m.clear()


def Map_LoadOrStore(m, key, value):
    d = _d(m)
    k = ifacehash_key(key)
    e = d.get(k)
    if e is not None:
        return e[1], True
    d[k] = (key, value)
    return value, False


def Map_LoadAndDelete(m, key):
    d = m.m
    if d is None:
        return None, False
    e = d.pop(ifacehash_key(key), None)
    if e is None:
        return None, False
    return e[1], True


def Map_Delete(m, key):
    if m.m is not None:
        m.m.pop(ifacehash_key(key), None)


def Map_Swap(m, key, value):
    d = _d(m)
    k = ifacehash_key(key)
    e = d.get(k)
    d[k] = (key, value)
    if e is None:
        return None, False
    return e[1], True


def Map_CompareAndSwap(m, key, old, new):
    d = m.m
    if d is None:
        ifaceeq(old, old)   # panics for an uncomparable old, as Go does
        return False
    k = ifacehash_key(key)
    e = d.get(k)
    if e is None or not ifaceeq(e[1], old):
        return False
    d[k] = (e[0], new)
    return True


def Map_CompareAndDelete(m, key, old):
    d = m.m
    if d is None:
        return False
    k = ifacehash_key(key)
    e = d.get(k)
    if e is None or not ifaceeq(e[1], old):
        return False
    del d[k]
    return True


def Map_Range(m, f):
    d = m.m
    if not d:
        return
    for k in list(d):
        e = d.get(k)
        if e is None:
            continue
        if not f(e[0], e[1]):
            return


