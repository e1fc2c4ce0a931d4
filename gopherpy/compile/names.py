"""This file implements the one rule that maps Go identifiers to Python identifiers (mangle).

Rule: a Go identifier becomes itself unless it is a Python keyword or soft keyword, a
Python builtin name, starts with an underscore, or is one of the compiler's reserved
names; then it gets the suffix `_` appended, and a leading underscore is doubled... more
precisely:
  - `_x`        -> `_u_x`     (Go names starting with `_` never clash with helpers `_g...`)
  - keyword/builtin/dunder-ish `x` -> `x_`
  - any name ending in `_` that would otherwise be produced -> gets another `_` appended
    (so `len_` (Go) -> `len__`, never equal to the mangled `len`).
Generated code refers to runtime helpers and temporaries only by names starting with
`_g` (e.g. `_gv` the values module, `_gt1` a temporary), which mangle() never produces.
Natives use mangle() to reach fields and methods of Go-declared types.
"""

from __future__ import annotations

import builtins
import keyword

_RESERVED = set(keyword.kwlist) | set(getattr(keyword, "softkwlist", [])) | set(dir(builtins)) | {
    "self", "cls"}


def mangle(name: str) -> str:
    """The Python identifier for Go identifier `name` (see the module rule)."""
    if name.startswith("_"):
        return "_u" + name
    if name in _RESERVED or name.endswith("_"):
        return name + "_"
    return name


def attr(name: str) -> str:
    """The Python attribute name of a Go field or method `name` (same rule as mangle)."""
    if name.startswith("_"):
        return "_u" + name
    if name in _RESERVED or name.endswith("_") or name.startswith("__"):
        return name + "_"
    return name


def symprefix(path: str) -> str:
    """The prefix of the Go-visible names of package `path`'s functions (gc's linker
    symbol prefix: `encoding/json.Marshal`, `example.com/m/sub.F`): the import path with
    '%', '"', control bytes, spaces and non-ASCII escaped as %xx, and '.' too in its last
    element (`gopkg.in/yaml%2ev2.Unmarshal`)."""
    last = path.rfind("/")
    out = []
    for i, ch in enumerate(path):
        b = ch.encode("utf-8")
        if (ch == "." and i > last) or ch in '%"' or len(b) > 1 or ord(ch) <= 0x20 or ord(ch) >= 0x7F:
            out.extend(f"%{c:02x}" for c in b)
        else:
            out.append(ch)
    return "".join(out)
