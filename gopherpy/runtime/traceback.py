"""This file implements goroutine dumps in Go's format (the deadlock report, fatal errors, runtime.Stack).

Compiled Go functions are Python code objects whose co_filename is the .go file,
whose line numbers are Go's and whose co_name is Go's qualified name ("main.worker"),
so a goroutine's Go frames are the frames of its greenlet (gr_frame, then f_back)
whose file ends in ".go"; runtime and Python frames are skipped, as Go hides
runtime frames. The format, checked against go1.27:

    goroutine 19 [chan receive (nil chan)]:
    main.sleeper()
    \t/tmp/rt/dl.go:11 +0x17
    created by main.main in goroutine 1
    \t/tmp/rt/dl.go:17 +0x85

Argument values are not known here: a function with parameters prints "(...)", one
without prints "()". PC offsets are printed as +0x0.
"""

import bisect
import sys

from gopherpy.runtime import proc

# Files holding //line directives: co_filename -> (physical lines, [(file, line)]): from
# physical line p[i] on, line p[i]+k is line[i]+k of file[i]. Code compiled from such a
# file keeps its physical line numbers; every place that shows a Go position (frames
# here, runtime.Caller) maps them with position().
_linetabs: dict = {}


def set_linetab(filename: str, entries) -> None:
    """Called by a compiled file's chunk: entries [(physical line, file, line)] sorted."""
    _linetabs[filename] = ([e[0] for e in entries], [(e[1], e[2]) for e in entries])


def position(co, line: int):
    """(file, line) of line `line` of code object co, //line directives applied."""
    fn = co.co_filename
    t = _linetabs.get(fn)
    if t is None:
        return fn, line
    i = bisect.bisect_right(t[0], line) - 1
    if i < 0:
        return fn, line
    name, l0 = t[1][i]
    return name, l0 + line - t[0][i]


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


def _fmt_frames(frames):
    out = []
    for co, line in frames:
        if co.co_name == "<module>":
            continue    # a package's initialisation chunk: Go's runtime.doInit, not shown
        args = "()" if co.co_argcount == 0 and not (co.co_flags & 0x0C) else "(...)"
        fn, line = position(co, line)
        out.append(f"{co.co_name}{args}\n\t{fn}:{line} +0x0\n")
    return "".join(out)


def panic_line(f, dp):
    """The line of Go frame f where the panic that deferpanic frame dp is handling passed
    through f, or None. A function running its deferred calls during a panic stands in
    its exception handler; Go shows it at the panicking line (the deferred calls run on
    top of the panic), which is in the panic's traceback."""
    from gopherpy.runtime.panic import _DEFERPANIC_CODE
    if dp is None or dp.f_code is not _DEFERPANIC_CODE:
        return None
    tb = getattr(dp.f_locals.get("e"), "__traceback__", None)
    line = None
    while tb is not None:
        if tb.tb_frame is f:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _frames_from(f):
    frames = []
    inner = None  # the frame f called
    while f is not None:
        co = f.f_code
        if co.co_filename.endswith(".go"):
            frames.append((co, panic_line(f, inner) or f.f_lineno))
        inner = f
        f = f.f_back
    return frames


def created_by(g):
    if g is None or g.gopc is None or g is proc.sched.maing:
        return ""
    co, line = g.gopc
    fn, line = position(co, line)
    return f"created by {co.co_name} in goroutine {g.parentgoid}\n\t{fn}:{line} +0x0\n"


def g_frames(g):
    """The Go frames of parked g, innermost first."""
    gr = g.gr
    if gr is None:
        # Never ran: Go shows the entry function at its declaration line.
        co = getattr(g.fn, "__code__", None)
        if co is not None and co.co_filename.endswith(".go"):
            return [(co, co.co_firstlineno)]
        return []
    return _frames_from(gr.gr_frame)


def goroutine_text(g, running=False, frames=None):
    if frames is None:
        frames = _frames_from(sys._getframe(1)) if g is proc.sched.curg and running else g_frames(g)
    return header(g, running) + _fmt_frames(frames) + created_by(g)


def running_trace(tb, g, goid=1):
    """The trace of goroutine g (or goid, if g is unknown) from exception traceback tb (an unrecovered panic)."""
    entries = []
    while tb is not None:
        co = tb.tb_frame.f_code
        if co.co_filename.endswith(".go"):
            nxt = tb.tb_next
            line = panic_line(tb.tb_frame, nxt.tb_frame if nxt is not None else None)
            entries.append((tb.tb_frame, co, line or tb.tb_lineno))
        tb = tb.tb_next
    # A panic re-raised by the defer machinery passes through the same frame twice:
    # each frame once, where the panic started in it (its innermost entry).
    seen = set()
    frames = []
    for f, co, line in reversed(entries):
        if id(f) not in seen:
            seen.add(id(f))
            frames.append((co, line))
    goid = g.goid if g is not None else goid
    return f"goroutine {goid} [running]:\n" + _fmt_frames(frames) + created_by(g)


def dump_all(running=None):
    """All live goroutines, running one first then by goid, blank-line separated."""
    gs = sorted(proc.sched.allgs.values(), key=lambda g: g.goid)
    parts = []
    if running is not None:
        parts.append(goroutine_text(running, True, g_frames(running)))
    for g in gs:
        if g is running:
            continue
        parts.append(goroutine_text(g))
    return "\n".join(parts)


def Stack(all=False):
    """runtime.Stack's text: the calling goroutine (running), and the others if all."""
    cur = proc.sched.curg
    frames = _frames_from(sys._getframe(1))
    parts = [goroutine_text(cur, True, frames)] if cur is not None else []
    if all:
        for g in sorted(proc.sched.allgs.values(), key=lambda g: g.goid):
            if g is not cur:
                parts.append(goroutine_text(g))
    return "\n".join(parts)
