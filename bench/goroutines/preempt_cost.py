"""What a preemption poll costs in a tight loop: no poll, the inline flag test, and the preempt_check() call (python3 preempt_cost.py)."""

import timeit

from gopherpy.runtime import proc as _proc

N = 5_000_000


def bare():
    s = 0
    for i in range(N):
        s += i
    return s


def inline_flag():
    s = 0
    for i in range(N):
        s += i
        if _proc.preempt_flag:
            _proc.gopreempt()
    return s


def call_check():
    s = 0
    check = _proc.preempt_check
    for i in range(N):
        s += i
        check()
    return s


if __name__ == "__main__":
    base = min(timeit.repeat(bare, number=1, repeat=3))
    print(f"loop body alone: {base / N * 1e9:.1f} ns/iteration")
    for f in (inline_flag, call_check):
        t = min(timeit.repeat(f, number=1, repeat=3))
        print(f"{f.__name__:12}: +{(t - base) / N * 1e9:.1f} ns/iteration ({t / base:.2f}x the bare loop)")
