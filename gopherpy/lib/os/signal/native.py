"""This file implements package os/signal's natives: the registry of channels per signal, fed by gopherpy/runtime/sigqueue.py."""

from gopherpy.runtime import chan as _chan
from gopherpy.runtime import sigqueue

ALL = None          # a registration for every signal
_regs = {}          # id(channel) -> (channel, set of signums, or ALL)
_sigbox = [None]    # the rtype of syscall.Signal


def _signal_rtype():
    if _sigbox[0] is None:
        from gopherpy.compile.loader import load_package
        _sigbox[0] = load_package("syscall")._grtypes["syscall.Signal"]
    return _sigbox[0]


def _nums(sigs):
    out = set()
    for s in sigs.tolist():
        v = getattr(s, "v", None)
        if isinstance(v, int) and not isinstance(v, bool):
            out.add(v)
    return out


def _recount():
    sigqueue.wanted.clear()
    for _, nums in _regs.values():
        for n in (sigqueue.CATCHABLE if nums is ALL else nums):
            sigqueue.wanted[int(n)] = sigqueue.wanted.get(int(n), 0) + 1


def _deliver(signum):
    rt = _signal_rtype()
    for c, nums in list(_regs.values()):
        if nums is ALL or signum in nums:
            _chan.chansend(c, rt.box(signum), False)   # non-blocking: dropped if full


def notify(c, sigs):
    sigqueue.deliver_hook = _deliver
    nums = _nums(sigs) if sigs.len else ALL
    old = _regs.get(id(c))
    if old is not None and old[1] is not ALL and nums is not ALL:
        nums = old[1] | nums
    elif old is not None and old[1] is ALL:
        nums = ALL
    _regs[id(c)] = (c, nums)
    sigqueue.ignored.difference_update(sigqueue.CATCHABLE if nums is ALL else nums)
    _recount()


def Stop(c):
    _regs.pop(id(c), None)
    _recount()


def _remove(nums):
    for k, (c, cur) in list(_regs.items()):
        if nums is ALL:
            del _regs[k]
            continue
        if cur is ALL:
            cur = set(int(s) for s in sigqueue.CATCHABLE)
        cur = cur - nums
        if cur:
            _regs[k] = (c, cur)
        else:
            del _regs[k]
    _recount()


def ignore(sigs):
    nums = _nums(sigs) if sigs.len else ALL
    _remove(nums)
    sigqueue.ignored.update(int(s) for s in sigqueue.CATCHABLE) if nums is ALL else sigqueue.ignored.update(nums)


def Ignored(sig):
    v = getattr(sig, "v", None)
    return v in sigqueue.ignored


def reset(sigs):
    nums = _nums(sigs) if sigs.len else ALL
    _remove(nums)
    if nums is ALL:
        sigqueue.ignored.clear()
    else:
        sigqueue.ignored.difference_update(nums)
