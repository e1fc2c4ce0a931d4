"""Differential fuzzing of syntax errors against the real gc (not run in CI).

Mutates GOROOT/src files at the token level (delete, duplicate, replace a token,
truncate), runs `go tool compile` and gopherpy's parser on the result, and prints
the cases where the reported syntax errors differ. With --save DIR, writes each
differing case there as a .go file (add good ones to testdata/errors/ and run
gen_golden.py to record real Go's output).

Usage: python3 difffuzz.py [-n CASES] [--seed S] [--save DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))

from gopherpy.syntax import DIRECTIVES, FileSet, parse_file_errors  # noqa: E402
from gopherpy.syntax.scanner import scan  # noqa: E402

REPL = ["(", ")", "{", "}", "[", "]", ",", ";", ":", ":=", "=", ".", "...", "*", "&", "<-", "func", "var", "type",
        "if", "for", "range", "x", "1", '"s"', "'c'", "case", "default", "chan", "map", "struct", "interface",
        "~", "|", "go", "defer", "return", "package", "import", "else", "\n", "`", '"', "'", "/*", "#", "0x", "1e"]


SOUP = REPL + ["x", "y", "f", "(", ")", "{", "}", "[", "]", ",", ":=", "=", "+", "int", "T", "P", "any", "\n", ";",
               "...", "<-", "*", "&", "!", "==", "++", "+=", "1.5", "'a'", "switch", "select", "goto", "L:", "break",
               "continue", "fallthrough", "const", "import", "~int", "|"]
BYTES = [0, 0xFF, 0xC3, 0xA9, 0xE4, 0xB8, 0x96, ord('"'), ord("'"), ord("`"), ord("\\"), ord("\n"), ord("/"),
         ord("*"), ord("#"), ord("."), ord("_"), ord("0"), ord("x"), ord("e"), ord("p"), ord("i"), 0xEF, 0xBB, 0xBF]


def gc_errors(path):
    # never "-o /dev/null": gc removes its output file on error, and as root that deletes /dev/null
    r = subprocess.run(["go", "tool", "compile", "-o", os.path.join(os.path.dirname(path), "_out.o"), "-p", "main",
                        os.path.basename(path)],
                       capture_output=True, cwd=os.path.dirname(path))
    return r.stdout.decode("utf-8", "replace")


def ours(path, data):
    _, errs = parse_file_errors(os.path.basename(path), data, FileSet(), DIRECTIVES)
    return [str(e) for e in errs]


def mutate(data: bytes, rnd: random.Random) -> bytes:
    toks = scan(data, 0)
    n = len(toks.poss) - 1
    if n < 2:
        return data
    k = rnd.randrange(n)
    start = toks.poss[k]
    end = toks.poss[k + 1] if k + 1 < len(toks.poss) else len(data)
    op = rnd.randrange(6)
    if op >= 4:
        at = rnd.randrange(len(data) + 1)
        junk = bytes(rnd.choice(BYTES) for _ in range(rnd.randrange(1, 4)))
        return data[:at] + junk + data[at:]
    if op == 0:
        return data[:start] + data[end:]
    if op == 1:
        return data[:end] + b" " + data[start:end] + data[end:]
    if op == 2:
        return data[:start] + rnd.choice(REPL).encode() + b" " + data[end:]
    return data[: start]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save")
    ap.add_argument("--soup", action="store_true", help="random token sequences instead of mutated files")
    args = ap.parse_args()
    import go

    root = os.path.join(os.path.dirname(go.__file__), "src")
    files = []
    for d, dirs, fs in os.walk(root):
        dirs[:] = [x for x in dirs if x != "testdata"]
        files += [os.path.join(d, f) for f in fs if f.endswith(".go") and os.path.getsize(os.path.join(d, f)) < 6000]
    files.sort()
    rnd = random.Random(args.seed)
    tmp = tempfile.mkdtemp()
    bad = 0
    for i in range(args.n):
        if args.soup:
            body = " ".join(rnd.choice(SOUP) for _ in range(rnd.randrange(1, 25)))
            data = ("package p\n\n" + rnd.choice(["", "func f() {\n", "var x = ", "type T "]) + body + "\n").encode()
        else:
            src = open(rnd.choice(files), "rb").read()
            data = mutate(src, rnd)
            if rnd.random() < 0.3:
                data = mutate(data, rnd)
        path = os.path.join(tmp, "x.go")
        with open(path, "wb") as fh:
            fh.write(data)
        g = gc_errors(path)
        o = ours(path, data)
        if not o and "syntax error" not in g:
            continue
        if "syntax error" in g:
            same = g == "".join(x + "\n" for x in o)
        else:  # lexical errors only: gc type-checks too; ours must be among gc's lines
            same = all(x + "\n" in g for x in o)
        if not same:
            bad += 1
            print(f"--- case {i}")
            print("gc:  ", [x[:150] for x in g.splitlines()[:4]])
            print("ours:", [x[:150] for x in o[:4]])
            if args.save:
                os.makedirs(args.save, exist_ok=True)
                with open(os.path.join(args.save, f"case{i}.go"), "wb") as fh:
                    fh.write(data)
    print("differing", bad, "of", args.n)


if __name__ == "__main__":
    main()
