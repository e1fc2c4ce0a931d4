"""py_bench: the workloads of go_bench.go written with Python's re module (idiomatic Python)."""

import re
import sys

words = "the quick brown fox jumps over the lazy dog bob@example.com 2024-01-15 " * 1500


def main():
    s = 0
    w = sys.argv[1]
    n = int(sys.argv[2])
    if w == "match_short":
        r = re.compile(r"^[a-z]+\[[0-9]+\]$")
        for _ in range(n):
            if r.search("adam[23]"):
                s += 1
    elif w == "findall_100k":
        r = re.compile(r"\w+@\w+\.com", re.ASCII)
        for _ in range(n):
            s += len(r.findall(words))
    elif w == "submatch_line":
        r = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)
        for _ in range(n):
            s += len(r.search("INFO 2024-01-15 12:00:00 request served in 5ms").group(2))
    elif w == "replace_10k":
        r = re.compile(r"(\w+) (\w+)", re.ASCII)
        for _ in range(n):
            s += len(r.sub(r"\2 \1", words[:10000]))
    elif w == "nomatch_100k":
        r = re.compile(r"zzz\d", re.ASCII)
        for _ in range(n):
            m = r.search(words)
            s += len(m.group(0)) if m else 0
    elif w == "split_csv":
        r = re.compile(r"\s*,\s*", re.ASCII)
        for _ in range(n):
            s += len(r.split("alpha, beta ,gamma,  delta,epsilon , zeta"))
    elif w == "pathological":
        print("skipped")  # exponential backtracking: (x+x+)+y on 5000 x never finishes
        return
    elif w == "none":
        pass
    print(s)


main()
