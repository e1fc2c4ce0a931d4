"""Tests of the PC scheme (symtab.py) and the logical stack walk (traceback.py) on hand-made Go-named code objects."""

import sys

from gopherpy.runtime import symtab, traceback as tb
from gopherpy.runtime.panic import GoPanic, deferpanic

SRC = """
def f():
    x = 1
    return g(x)

def g(y):
    return here()
"""


def _load():
    ns = {"here": lambda: list(tb.locs(sys._getframe(1), bottom=False))}
    code = compile(SRC, "/tmp/prog.go", "exec")
    consts = []
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            c = c.replace(co_name="main." + c.co_name, co_qualname="main." + c.co_name)
        consts.append(c)
    exec(code.replace(co_consts=tuple(consts)), ns)
    return ns


def test_pcs_map_back_to_function_and_line():
    ns = _load()
    fi = symtab.funcinfo(ns["f"].__code__)
    assert fi.entry >= symtab.TEXT0 and fi.name == "main.f" and fi.file == "/tmp/prog.go"
    assert symtab.funcinfo(ns["f"].__code__) is fi            # one per code object
    assert symtab.funcpc(ns["f"]) == fi.entry
    for off in range(fi.size):
        assert symtab.findfunc(fi.entry + off) is fi
    lines = {symtab.fileline(fi, fi.entry + off)[1] for off in range(fi.size)}
    assert lines <= {0, 2, 3, 4} and 3 in lines and 4 in lines
    symtab.check_invariants()


def test_past_the_last_function_is_nil():
    ns = _load()
    fi = symtab.funcinfo(ns["g"].__code__)
    last = symtab._infos[-1]
    assert symtab.findfunc(last.entry + last.size) is None
    assert symtab.findfunc(symtab.TEXT0 - 1) is None
    assert symtab.findfunc(fi.entry) is fi


def test_walk_reports_call_lines():
    ns = _load()
    locs = ns["f"]()
    assert [(l.fi.name, l.line) for l in locs[:2]] == [("main.g", 7), ("main.f", 4)]
    # a return PC lies inside the call instruction: pc - 1 has the same line
    for l in locs[:2]:
        assert symtab.fileline(l.fi, l.pc - 1)[1] == l.line == symtab.fileline(l.fi, l.pc)[1]


def test_deferred_call_sees_the_panicking_frames():
    """Under deferpanic, the frames of the panic's traceback come back, under runtime.gopanic."""
    src = """
def boom():
    raise GoPanic("x")

def outer():
    df = [(show, ())]
    try:
        boom()
    except BaseException as e:
        deferpanic(df, e)
"""
    seen = []
    ns = {"GoPanic": GoPanic, "deferpanic": deferpanic,
          "show": lambda: seen.extend(tb.locs(sys._getframe(1), bottom=False))}
    code = compile(src, "/tmp/p.go", "exec")
    consts = tuple(c.replace(co_name="main." + c.co_name) if hasattr(c, "co_code") else c
                   for c in code.co_consts)
    exec(code.replace(co_consts=consts), ns)
    try:
        ns["outer"]()
    except GoPanic:
        pass
    names = [(l.fi.name, l.line) for l in seen]
    assert names[:3] == [("runtime.gopanic", 859), ("main.boom", 3), ("main.outer", 8)]
    symtab.check_invariants()
