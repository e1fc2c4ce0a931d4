"""This file declares the code generator's per-function and per-loop state."""

from __future__ import annotations


class FuncState:
    """Per-function code generation state."""

    def __init__(self, parent, goname: str):
        self.parent = parent
        self.goname = goname
        self.names: dict = {}          # obj -> python name
        self.used: set[str] = set()
        self.boxed: set = set()          # objs living in a Box
        self.nonlocals: set[str] = set()
        self.globals: set[str] = set()
        self.results: list[str] = []     # python names of result variables
        self.has_defer = False
        self.nfunclit = 0
        self.loops: list = []            # stack of LoopCtx
        self.sig = None
        # gen: the body of a `go func(){...}()` literal, compiled as a generator function
        # that parks on its own channel operations by yielding (a light goroutine,
        # runtime/proc.py newproc_light); yielded: some operation was compiled so.
        self.gen = False
        self.yielded = False


class LoopCtx:
    """A breakable construct: loop, switch or select, with its label and continue code."""

    def __init__(self, kind: str, label: str | None, post: list | None = None):
        self.kind = kind            # 'loop' | 'switch'
        self.label = label
        self.post = post or []      # statements to run before `continue`
        self.python_loop = kind == "loop"
        self.flag: str | None = None  # flag variable for breaks from inner python loops
        self.cflag: str | None = None
