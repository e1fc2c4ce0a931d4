"""This file implements the logical Go stack of a goroutine (runtime.Callers, Caller, Stack) and goroutine dumps in Go's format (the deadlock report, fatal errors, panics).

Compiled Go functions are Python code objects whose co_filename is the .go file,
whose line numbers are Go's and whose co_name is Go's qualified name ("main.worker"),
so a goroutine's Go frames are the frames of its greenlet (gr_frame, then f_back)
whose file ends in ".go" (symtab.is_go_code); runtime and Python frames are skipped.

The Go stack is not always the Python stack. While a deferred call runs for a panic,
Go's stack still holds every frame from the panic up: the deferred function, then
runtime.gopanic (and the runtime helper that raised a runtime error), then the frame
that panicked, its callers, ..., the function whose defer is running. In Python those
inner frames have unwound into the exception's traceback, and the function whose
defer runs is in its `except` clause. So the walk (`_pyframes`), on meeting
panic.rundefer (which holds the panic in flight as its local `p`), emits the panic's
pseudo frames, then the frames of p's traceback innermost first (each Python frame
once, at its innermost entry: the defer machinery re-raises through the same frames),
then carries on from the caller of the traceback's outermost frame. A panic raised
inside a deferred call has that rundefer in its own traceback, so panics nest.

At the bottom of every goroutine Go has runtime.goexit, and runtime.main below
main.main. Traces print what Go's showframe prints: no frames of package runtime
except exported ones and runtime.gopanic (as `panic(...)`) when it is not the first.
The format, checked against go1.27:

    goroutine 19 [chan receive (nil chan)]:
    main.sleeper()
    \t/tmp/rt/dl.go:11 +0x17
    created by main.main in goroutine 1
    \t/tmp/rt/dl.go:17 +0x85

Argument values are not known here: a function with parameters prints "(...)", one
without prints "()". PC offsets are printed as +0x0.
"""

import sys

from gopherpy.runtime import proc, symtab
from gopherpy.runtime.panic import _RUNDEFER_CODE, GoPanic


# //line directives: compiled chunks call set_linetab (symtab.py keeps the tables).
set_linetab = symtab.set_linetab


def position(co, line: int):
    """(file, line) of physical line `line` of code object co, //line directives applied."""
    return symtab.position(co.co_filename, line)


class Loc:
    """One logical Go frame: its function, return PC, file and line (//line directives
    applied); for runtime.gopanic, the panic."""

    __slots__ = ("fi", "pc", "file", "line", "panic", "args")

    def __init__(self, fi, pc, line, panic=None, file=None, args=None):
        self.fi, self.pc, self.line, self.panic = fi, pc, line, panic
        self.file = fi.file if file is None else file
        self.args = args    # the argument text of a frame shown whatever showframe says

    def __repr__(self):
        return f"<Loc {self.fi.name} line {self.line}>"


def _tb_entries(tb):
    """(frame, lasti) of traceback tb, innermost first, each frame once at its innermost entry."""
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame, tb.tb_lasti))
        tb = tb.tb_next
    seen = set()
    out = []
    for fr, lasti in reversed(entries):
        if id(fr) not in seen:
            seen.add(id(fr))
            out.append((fr, lasti))
    return out


def _pyframes(f=None, tb=None):
    """(frame, lasti) pairs and ("panic", p) markers of the logical Go stack, innermost
    first: from live frame f up, or from traceback tb's innermost entry (then nothing
    above it), through the panics whose deferred calls are running."""
    pending = _tb_entries(tb) if tb is not None else []
    k = 0
    walked = set()
    while True:
        if k < len(pending):
            fr, lasti = pending[k]
            k += 1
        elif f is not None:
            fr, lasti = f, f.f_lasti
            f = f.f_back
        else:
            return
        if fr.f_code is _RUNDEFER_CODE:
            p = fr.f_locals.get("p")
            ptb = getattr(p, "__traceback__", None)
            if ptb is not None and id(p) not in walked:
                walked.add(id(p))
                yield ("panic", p)
                pending, k = _tb_entries(ptb), 0
                f = ptb.tb_frame.f_back
            continue
        yield fr, lasti


def _panic_locs(p):
    """runtime.gopanic (runtime.Goexit for a Goexit) and the helper that raised p."""
    if isinstance(p, GoPanic):
        out = [Loc(symtab.pseudo("runtime.gopanic"), symtab.pseudo_pc("runtime.gopanic"), 859, p)]
        for name, site in symtab.helper_frames(p):
            fi = symtab.pseudo(name)
            out.append(Loc(fi, symtab.pseudo_pc(name, site), fi.sites[site][1]))
        return out
    fi = symtab.pseudo("runtime.Goexit")
    return [Loc(fi, symtab.pseudo_pc("runtime.Goexit"), fi.sites[0][1])]


def _bottom(g):
    """runtime.main under main.main, and runtime.goexit under every goroutine."""
    out = []
    if g is None or g is proc.sched.maing:
        fi = symtab.pseudo("runtime.main")
        out.append(Loc(fi, symtab.pseudo_pc("runtime.main"), fi.sites[0][1]))
    fi = symtab.pseudo("runtime.goexit")
    out.append(Loc(fi, symtab.pseudo_pc("runtime.goexit"), fi.sites[0][1]))
    return out


def locs(f=None, g=None, tb=None, bottom=True):
    """The logical Go frames (Loc) of goroutine g from live frame f or traceback tb, innermost first."""
    for x in _pyframes(f, tb):
        if x[0] == "panic":
            yield from _panic_locs(x[1])
            continue
        fr, lasti = x
        co = fr.f_code
        if symtab.is_go_code(co):
            fi = symtab.funcinfo(co)
            file, line = symtab.position(fi.file, fi.line_at(lasti))
            yield Loc(fi, fi.entry + lasti + 1, line, file=file)
    if bottom:
        yield from _bottom(g)


def current_locs(f, bottom=True):
    """The running goroutine's logical frames from Python frame f."""
    return locs(f, proc.sched.curg, bottom=bottom)


# ---------------------------------------------------------------------------
# Printing


def showframe(name: str, first: bool) -> bool:
    """Whether a trace shows a frame of function name (Go's showfuncinfo, GOTRACEBACK=single)."""
    if name == "runtime.gopanic":
        return not first
    if "." not in name:
        return False
    return not name.startswith("runtime.") or name[8:9].isupper()


def _panic_args(p) -> str:
    from gopherpy.runtime import addr
    try:
        t, d = addr.iface_words(p.value)
    except Exception:  # noqa: BLE001 - a value addr.py cannot place
        t, d = 0, 0
    return f"({{{t:#x}?, {d:#x}?}})"


def fmt_locs(ls) -> str:
    out = []
    first = True
    for loc in ls:
        name = loc.fi.name
        if loc.args is not None:
            out.append(f"{name}{loc.args}\n\t{loc.file}:{loc.line} +0x1\n")
        elif showframe(name, first):
            if name == "runtime.gopanic":
                head = "panic" + _panic_args(loc.panic)
            else:
                head = name + ("(...)" if loc.fi.has_params() else "()")
            # a frame at its function's entry (a goroutine not started yet: its return
            # PC is entry + 1, which no frame that made a call can have) has no offset
            off = "" if loc.pc == loc.fi.entry + 1 else " +0x0"
            out.append(f"{head}\n\t{loc.file}:{loc.line}{off}\n")
        first = False
    return "".join(out)


def header(g, running=False):
    """`goroutine N [state]:`"""
    if running or g.status == proc._Grunning:
        st = "running"
    elif g.status == proc._Grunnable:
        st = "runnable"
    elif g.status == proc._Gsyscall:
        st = "syscall"
    else:
        st = g.waitreason or "waiting"
    return f"goroutine {g.goid} [{st}]:\n"


def created_by(g):
    if g is None or g.gopc is None or g is proc.sched.maing:
        return ""
    co, line = g.gopc
    fn, line = position(co, line)
    return f"created by {co.co_name} in goroutine {g.parentgoid}\n\t{fn}:{line} +0x0\n"


def g_locs(g):
    """The Go frames of parked g, innermost first."""
    gr = g.gr
    gen = g.gen
    if gr is None and gen is not None and gen is not True:
        # A parked light G: its generator's frame, then those of the generators it
        # delegates to (yield from), innermost first.
        frames = []
        while gen is not None:
            frames.append(gen.gi_frame)
            gen = getattr(gen, "gi_yieldfrom", None)
        return [loc for fr in reversed(frames) if fr is not None
                for loc in locs(fr, g, bottom=False)]
    if gr is None:
        # Never ran: Go shows the entry function at its declaration line, or the
        # wrapper gc made for the go statement at the statement's line, above
        # runtime.goexit (shown here: a wrapper is not a frame showframe knows).
        wfi = symtab.gowrap_info(g.gopc)
        if wfi is not None:
            file, line = position(g.gopc[0], g.gopc[1])
            gx = symtab.pseudo("runtime.goexit")
            return [Loc(wfi, wfi.entry + 1, line, file=file),
                    Loc(gx, symtab.pseudo_pc("runtime.goexit"), gx.sites[0][1], args="({})")]
        co = getattr(g.fn, "__code__", None)
        if co is not None and symtab.is_go_code(co):
            fi = symtab.funcinfo(co)
            file, line = position(co, co.co_firstlineno)
            return [Loc(fi, fi.entry + 1, line, file=file)]
        return []
    return list(locs(gr.gr_frame, g, bottom=False))


def goroutine_text(g, running=False, ls=None):
    if ls is None:
        ls = list(current_locs(sys._getframe(1), False)) if g is proc.sched.curg and running else g_locs(g)
    return header(g, running) + fmt_locs(ls) + created_by(g)


def running_trace(tb, g, goid=1):
    """The trace of goroutine g (or goid, if g is unknown) from exception traceback tb (an unrecovered panic)."""
    ls = list(locs(None, g, tb, bottom=False))
    goid = g.goid if g is not None else goid
    return f"goroutine {goid} [running]:\n" + fmt_locs(ls) + created_by(g)


def dump_all(running=None):
    """All live goroutines, running one first then by goid, blank-line separated."""
    gs = sorted(proc.sched.allgs.values(), key=lambda g: g.goid)
    parts = []
    if running is not None:
        parts.append(goroutine_text(running, True, g_locs(running)))
    for g in gs:
        if g is running:
            continue
        parts.append(goroutine_text(g))
    return "\n".join(parts)


def Stack(all=False, f=None, top=()):
    """runtime.Stack's text: the calling goroutine (running), and the others if all.

    f: the frame to start from (default: Stack's caller); top: names of runtime pseudo
    functions shown above it (runtime/debug.Stack)."""
    cur = proc.sched.curg
    if f is None:
        f = sys._getframe(1)
    ls = [Loc(symtab.pseudo(n), symtab.pseudo_pc(n), symtab.pseudo(n).sites[0][1]) for n in top]
    ls += list(current_locs(f, False))
    parts = [goroutine_text(cur, True, ls)] if cur is not None else [
        "goroutine 1 [running]:\n" + fmt_locs(ls)]
    if all:
        for g in sorted(proc.sched.allgs.values(), key=lambda g: g.goid):
            if g is not cur:
                parts.append(goroutine_text(g))
    return "\n".join(parts)
