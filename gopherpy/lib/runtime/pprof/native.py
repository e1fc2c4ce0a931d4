"""This file implements package runtime/pprof's natives over the goroutine runtime (the logical stacks of gopherpy/runtime/traceback.py)."""

import sys

from gopherpy.runtime import proc
from gopherpy.runtime import traceback as _tb
from gopherpy.runtime.values import mkslice


def goroutineStacks():
    """The return PCs of each live goroutine's frames, innermost first, ending at
    runtime.goexit as Go's goroutine profile records them (the caller's own stack
    from its caller's frame)."""
    from gopherpy.runtime import symtab
    goexit = symtab.pseudo_pc("runtime.goexit")
    cur = proc.sched.curg
    out = []
    for g in proc.sched.allgs.values():
        if g is cur:
            ls = _tb.current_locs(sys._getframe(1))
        else:
            ls = _tb.g_locs(g)
        pcs = [loc.pc for loc in ls]
        if not pcs or pcs[-1] != goexit:
            pcs.append(goexit)
        out.append(mkslice(pcs))
    return mkslice(out)
