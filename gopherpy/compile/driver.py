"""This file implements running a compiled main package: load, run main.main, and turn its end into an exit status.

run_program(files, args) is what `gopherpy run` calls. The program runs on a thread
with a large C stack and a high recursion limit so deep Go recursion works; when the
goroutine runtime (gopherpy.runtime.proc) is present, main runs as goroutine 1 under
its scheduler (proc.run_main), otherwise directly (one goroutine).
"""

from __future__ import annotations

import gc as _pygc
import os
import sys
import threading


def exit_process(code: int):
    """End the process with status code the way a Go program's process ends: the
    standard streams flushed, then _exit. Nothing else runs, as in Go, where neither
    deferred calls of other goroutines nor anything else run once main returns or
    os.Exit is called. Python's own shutdown (atexit, waiting for non-daemon threads,
    tearing down every module and freeing every object the program and its packages
    made) costs ~10 ms for a program importing six packages and does nothing a Go
    program can observe: gopherpy's code cache writes its entries with open/rename
    before the program starts, and the Go standard library's files write through
    os.write (fd 1 through sys.stdout.buffer, flushed here)."""
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except BrokenPipeError:
            code = code or 1
        except (OSError, ValueError):
            pass
    os._exit(code)


def _load_main(srcs):
    from gopherpy.compile import loader
    return loader.build_and_exec("main", srcs, modname="__gomain__")


def build_program(files) -> int:
    from gopherpy.compile import loader
    try:
        loader.get_code("main", loader.read_sources([os.path.abspath(f) for f in files]))
    except loader.BuildError as e:
        sys.stderr.write(e.text if isinstance(e.text, str) else "\n".join(e.text))
        return 1
    except OSError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    return 0


def run_program(files, args) -> int:
    from gopherpy.compile import loader
    try:
        srcs = loader.read_sources([os.path.abspath(f) for f in files])
    except OSError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    return run_sources(srcs, args, os.path.splitext(os.path.basename(files[0]))[0])


def run_sources(srcs, args, argv0: str) -> int:
    """Run the main package made of srcs [(absolute path, bytes)] with os.Args
    [argv0] + args: what `gopherpy run` and a launcher written by `gopherpy build` do."""
    from gopherpy.compile import loader
    from gopherpy.runtime import panic, proc
    sys.argv = [argv0] + list(args)
    result = [0]
    mod = [None]

    def load():
        # Package initialization runs on the main goroutine, as Go's runtime.main runs
        # doInit before main.main: an init may start goroutines and block.
        # Python's cycle collector runs rarely while the packages load (young generation
        # threshold 100,000 objects instead of 700: loading makes long-lived objects, and
        # collecting them young cost ~7% of start-up), and what loading built (code,
        # types, package variables: alive for the whole run) is then frozen out of the
        # collector's generations (gc.freeze), so later collections do not traverse it:
        # a full collection in the spawn benchmark went from 34 to 19 ms. Cyclic garbage
        # of the loading not yet collected then is never collected (made once).
        thresholds = _pygc.get_threshold()
        _pygc.set_threshold(100_000, thresholds[1], thresholds[2])
        try:
            mod[0] = _load_main(srcs)
        except loader.BuildError as e:
            sys.stderr.write(e.text if isinstance(e.text, str) else "\n".join(e.text))
            raise panic.ExitProgram(1)
        finally:
            _pygc.freeze()
            _pygc.set_threshold(*thresholds)
        if mod[0].__dict__.get("main") is None:
            sys.stderr.write("# command-line-arguments\nruntime.main_main·f: function main is undeclared in the main package\n")
            raise panic.ExitProgram(1)

    def main():
        # Everything loaded so far (compiled packages, type descriptors, package
        # variables' initial values) lives as long as the program: move it out of the
        # cycle collector's generations, so runtime.GC and Python's own full
        # collections scan only what the program allocates from here on.
        import gc
        gc.freeze()
        mod[0].__dict__["main"]()

    def body():
        try:
            _install_hooks(proc)
            code = proc.run_main(main, init_fns=(load,))
            result[0] = code if isinstance(code, int) else 0
        except panic.ExitProgram as e:
            result[0] = e.code
        except panic.GoExit:
            sys.stdout.flush()
            sys.stderr.write("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\nexit status 2\n")
            result[0] = 2
        except BaseException as e:  # noqa: BLE001 - every escape becomes Go's report
            result[0] = panic.report_unrecovered(e)
        finally:
            try:
                sys.stdout.flush()
            except Exception:
                pass

    try:
        from gopherpy.runtime import sigqueue
        sigqueue.install()      # on the main thread: signal handlers can only be set here
    except ImportError:
        pass
    sys.setrecursionlimit(400000)
    threading.stack_size(1 << 29)
    t = threading.Thread(target=body, name="go-main")
    t.start()
    t.join()
    return result[0]


def _install_hooks(proc):
    """Give the goroutine runtime the real panic machinery (runtime/panic.py)."""
    from gopherpy.runtime import panic

    def gopanic_plain(msg):
        raise panic.plain_error(msg)

    def gopanic_string(msg):
        raise panic.GoPanic(msg.encode() if isinstance(msg, str) else msg)

    proc.unhandled_panic_hook = panic.report_unrecovered
    proc.gopanic_plain = gopanic_plain
    proc.gopanic_string = gopanic_string
