"""Whole-program endings in a subprocess, compared with the real Go toolchain's output (testdata/*.err, *.exit from gen_golden.sh): deadlock dump, Goexit from main, panics, fatal errors."""

import os
import re
import subprocess
import sys

from gopherpy.runtime.test_programs import strip_root

HERE = os.path.dirname(os.path.abspath(__file__))
TD = os.path.join(HERE, "testdata")


def _run_emulation(name):
    gofile = os.path.join(TD, name + ".go")
    p = subprocess.run([sys.executable, os.path.join(TD, "golike.py"),
                        os.path.join(TD, name + ".emul.py"), gofile],
                       capture_output=True, text=True, timeout=60)
    return p


def _normalize(text):
    text = strip_root(text)
    text = re.sub(r"\+0x[0-9a-f]+", "+0x0", text)
    ids = {}

    def goid(m):
        n = m.group(2)
        if n != "1":
            n = ids.setdefault(n, f"N{len(ids)}")
        return m.group(1) + n
    return re.sub(r"(goroutine )(\d+)", goid, text)


def _golden(name, ext):
    with open(os.path.join(TD, f"{name}.{ext}")) as f:
        return f.read()


def test_deadlock_dump_matches_go():
    p = _run_emulation("deadlock")
    assert p.returncode == int(_golden("deadlock", "exit")) == 2
    assert p.stderr.startswith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n")
    assert _normalize(p.stderr) == _normalize(_golden("deadlock", "err"))


def test_main_goexit_matches_go():
    p = _run_emulation("goexit")
    assert p.returncode == int(_golden("goexit", "exit")) == 2
    assert p.stdout == _golden("goexit", "out")
    assert p.stderr == _golden("goexit", "err")


def _run_py(src):
    return subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=60)


def test_unhandled_panic_hook_default_and_exit_status():
    p = _run_py(
        "import sys\n"
        "from gopherpy.runtime import proc, timer\n"
        "def w():\n    raise ValueError('boom')\n"
        "def main():\n    proc.go(w)\n    timer.sleep(10**9)\n"
        "sys.exit(proc.run_main(main, clock=timer.FakeClock()))\n")
    assert p.returncode == 2
    assert p.stderr.startswith("panic: boom\n\ngoroutine 2 [running]:\n")


def test_unhandled_panic_hook_is_called_with_goid():
    p = _run_py(
        "import sys\n"
        "from gopherpy.runtime import proc\n"
        "def hook(e, goid):\n    print('hook', type(e).__name__, goid)\n    return 7\n"
        "proc.unhandled_panic_hook = hook\n"
        "def main():\n    proc.go(lambda: 1/0)\n    proc.Gosched(); proc.Gosched()\n"
        "sys.exit(proc.run_main(main))\n")
    assert p.stdout == "hook ZeroDivisionError 2\n"
    assert p.returncode == 7


def test_fatal_unlock_of_unlocked_mutex():
    p = _run_py(
        "import sys\n"
        "from gopherpy.runtime import proc, sync_rt\n"
        "def main():\n    sync_rt.Mutex().Unlock()\n"
        "sys.exit(proc.run_main(main))\n")
    assert p.returncode == 2
    assert p.stderr.startswith("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n")


def test_main_return_exits_zero_despite_blocked_goroutines():
    p = _run_py(
        "import sys\n"
        "from gopherpy.runtime import proc, chan\n"
        "def main():\n    proc.go(chan.chanrecv, None)\n    print('bye')\n"
        "sys.exit(proc.run_main(main))\n")
    assert (p.returncode, p.stdout, p.stderr) == (0, "bye\n", "")


def test_schedtrace_lines_from_sysmon():
    env = dict(os.environ, GODEBUG="schedtrace=5")
    p = subprocess.run([sys.executable, "-c",
                        "import sys\nfrom gopherpy.runtime import proc, timer\n"
                        "sys.exit(proc.run_main(lambda: timer.sleep(30_000_000), nprocs=2))\n"],
                       capture_output=True, text=True, timeout=60, env=env)
    assert p.returncode == 0
    lines = p.stderr.splitlines()
    assert lines and all(re.fullmatch(
        r"SCHED \d+ms: gomaxprocs=2 idleprocs=\d+ threads=\d+ spinningthreads=0 needspinning=0"
        r" idlethreads=\d+ runqueue=\d+ \[ \d+ \d+ \] schedticks=\[ \d+ \d+ \]", ln) for ln in lines), lines


def test_stack_all_shows_go_frames_and_creator():
    import importlib.util
    spec = importlib.util.spec_from_file_location("golike", os.path.join(TD, "golike.py"))
    golike = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(golike)
    from gopherpy.runtime import proc, timer, traceback
    src = (
        "from gopherpy.runtime import chan, proc, timer, traceback\n"
        "def worker(c):\n"
        "    chan.chanrecv(c)\n"
        "def main():\n"
        "    c = chan.makechan(0)\n"
        "    proc.go(worker, c)\n"
        "    timer.sleep(1)\n"
        "    out.append(traceback.Stack(True))\n"
        "    chan.chansend(c, 1)\n")
    out = []
    g = golike.load(src, "/x/prog.go", {"main": "main.main", "worker": "main.worker"}, {"out": out})
    assert proc.run_main(g["main"], clock=timer.FakeClock()) == 0
    assert out[0] == (
        "goroutine 1 [running]:\nmain.main()\n\t/x/prog.go:8 +0x0\n\n"
        "goroutine 2 [chan receive]:\nmain.worker(...)\n\t/x/prog.go:3 +0x0\n"
        "created by main.main in goroutine 1\n\t/x/prog.go:6 +0x0\n")
