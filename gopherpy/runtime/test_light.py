"""Light goroutines (proc.newproc_light): a `go func(){...}()` literal with its own channel
operations is compiled as a generator and parks by yielding, so parked light goroutines
hold no greenlet. Go-visible behaviour is checked by testdata/progs/light.go against go1.27;
this checks the representation itself: goroutines parked at once on greenlets would need
one greenlet each."""

import os
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PROG = textwrap.dedent("""\
    package main

    import (
    \t"fmt"
    \t"runtime"
    \t"sync"
    )

    func main() {
    \tc := make(chan int)
    \tvar wg sync.WaitGroup
    \tfor i := 0; i < 500; i++ {
    \t\twg.Add(1)
    \t\tgo func() { v := <-c; _ = v; wg.Done() }()
    \t}
    \tfor runtime.NumGoroutine() < 501 {
    \t\truntime.Gosched()
    \t}
    \truntime.Gosched()
    \tfmt.Println(runtime.NumGoroutine())
    \tfor i := 0; i < 500; i++ {
    \t\tc <- i
    \t}
    \twg.Wait()
    \tgo func() { wg.Add(1); wg.Wait() }() // blocks off a channel: a greenlet of its own
    \truntime.Gosched()
    \tfmt.Println(runtime.NumGoroutine())
    }
    """)

DRIVER = textwrap.dedent("""\
    import sys
    from gopherpy.compile import driver
    from gopherpy.runtime import proc
    rc = driver.run_program([sys.argv[1]], [])
    print("greenlets", proc.sched.greenlets_created, "exit", rc)
    """)


def test_parked_light_goroutines_share_greenlets(tmp_path):
    src = tmp_path / "main.go"
    src.write_text(PROG)
    env = dict(os.environ, PYTHONPATH=ROOT, GOPHERPYCACHE="off")
    p = subprocess.run([sys.executable, "-c", DRIVER, str(src)], capture_output=True,
                       text=True, env=env, timeout=120)
    assert p.stderr == ""
    lines = p.stdout.splitlines()
    assert lines[:2] == ["501", "2"]
    words = lines[2].split()
    assert words[0] == "greenlets" and words[3] == "0"
    # main's greenlet, one running the light goroutines, one for the WaitGroup waiter
    # (500 heavy goroutines parked at once would have needed 500 more)
    assert int(words[1]) <= 4, lines
