"""Profiles a Go program's generated code under gopherpy: where the CPU time goes, per Python function.

Usage: python3 bench/cpu/prof.py prog.go [args...] [--top 15] [--dump DIR]

The program runs as `gopherpy run` does; cProfile is enabled inside the thread that runs
the goroutines (driver.run_program starts one) with the thread's CPU time as its clock,
so other work on the machine does not inflate the numbers (cProfile's own per-call
overhead does: a function called millions of times looks dearer than it is). Compiled Go
functions appear under their Go names (`main.advance`) with the .go file and line;
runtime helpers under their Python files. --dump DIR also writes the generated Python
(GOPHERPYDUMP) to read next to the profile. Start-up (imports, package loading) is in
the profile too; the --top lines are sorted by own time.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import sys
import threading
import time


def main() -> int:
    argv = sys.argv[1:]
    top = 15
    if "--top" in argv:
        i = argv.index("--top")
        top = int(argv[i + 1])
        del argv[i:i + 2]
    if "--dump" in argv:
        i = argv.index("--dump")
        os.environ["GOPHERPYDUMP"] = argv[i + 1]
        os.environ["GOPHERPYCACHE"] = "off"
        del argv[i:i + 2]
    if not argv:
        print(__doc__)
        return 2
    prof = cProfile.Profile(time.thread_time)
    start = threading.Thread.start

    def profiled_start(self):
        if self.name != "go-main":       # the goroutines' thread (driver.run_program)
            return start(self)
        target = self._target

        def run(*a, **k):
            prof.enable()
            try:
                return target(*a, **k)
            finally:
                prof.disable()
        self._target = run
        return start(self)

    threading.Thread.start = profiled_start
    from gopherpy.compile import driver
    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)                 # the program's output is not the report
    try:
        code = driver.run_program([argv[0]], argv[1:])
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(null)
        os.close(saved)
        threading.Thread.start = start
    out = io.StringIO()
    st = pstats.Stats(prof, stream=out)
    st.sort_stats("tottime").print_stats(top)
    print(out.getvalue())
    return code


if __name__ == "__main__":
    sys.exit(main())
