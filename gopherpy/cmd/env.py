"""This file implements `gopherpy env`: print the environment gopherpy builds and runs with.

Usage: gopherpy env [-json] [var ...]

As `go env`: without arguments every variable as a shell assignment (NAME='value'),
sorted by name; with names, each value on a line of its own; -json prints an object.
The variables are those that mean something to gopherpy: the target (GOOS, GOARCH,
always linux/amd64 and no cgo), the Go version implemented, the code cache
(GOPHERPYCACHE, gopherpy's GOCACHE), GOROOT (where gopherpy's standard library
sources live) and the runtime's settings read from the environment (GODEBUG, GOGC,
GOMEMLIMIT, GOMAXPROCS). `-w` and `-u` (writing a go.env file) are not supported.
"""

from __future__ import annotations

import json
import os
import platform
import sys

from gopherpy import GO_VERSION

USAGE = "gopherpy env [-json] [var ...]"
HELP = "usage: " + USAGE + "\n\nEnv prints gopherpy's environment information."


def _hostarch() -> str:
    m = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64", "arm64": "arm64", "i686": "386", "i386": "386"}.get(m, m)


def variables() -> dict[str, str]:
    from gopherpy.compile import cache
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = os.environ
    return {
        "CGO_ENABLED": "0",
        "GOARCH": "amd64",
        "GODEBUG": env.get("GODEBUG", ""),
        "GOEXE": "",
        "GOFLAGS": env.get("GOFLAGS", ""),
        "GOGC": env.get("GOGC", ""),
        "GOHOSTARCH": _hostarch(),
        "GOHOSTOS": sys.platform if sys.platform != "win32" else "windows",
        "GOMAXPROCS": env.get("GOMAXPROCS", ""),
        "GOMEMLIMIT": env.get("GOMEMLIMIT", ""),
        "GOOS": "linux",
        "GOPHERPYCACHE": cache.cache_dir() or "off",
        "GOROOT": os.path.join(here, "lib"),
        "GOVERSION": GO_VERSION,
    }


def _quote(v: str) -> str:
    return "'" + v.replace("'", "'\\''") + "'"


def run(args: list[str]) -> int:
    as_json = False
    names = []
    for a in args:
        if a in ("-json", "--json"):
            as_json = True
        elif a in ("-w", "-u", "--w", "--u"):
            sys.stderr.write(f"gopherpy env {a}: not supported (gopherpy keeps no go.env file)\n")
            return 2
        elif a.startswith("-"):
            sys.stderr.write(f"flag provided but not defined: {a}\nusage: {USAGE}\n")
            return 2
        else:
            names.append(a)
    table = variables()
    for n in names:
        if n not in table:
            sys.stderr.write(f"gopherpy: unknown go command variable {n}\n")
            return 1
    if as_json:
        keys = sorted(set(names)) if names else sorted(table)
        body = ",\n".join(f"\t{json.dumps(k)}: {json.dumps(table[k])}" for k in keys)
        sys.stdout.write("{\n" + body + "\n}\n")
    elif names:
        for n in names:
            sys.stdout.write(table[n] + "\n")
    else:
        for k in sorted(table):
            sys.stdout.write(f"{k}={_quote(table[k])}\n")
    return 0
