"""This file builds gopherpy ASTs from the JSON that astdump.go (go/parser) writes: a test bridge only.

It lets the printer be checked against trees made by Go's own parser, independently
of gopherpy's parser. Not used by gopherpy itself.
"""

import json
import re
import subprocess

from gopherpy.syntax import nodes
from gopherpy.syntax.source import FileSet

_KEYWORDS = {"func", "map", "for", "return", "range", "if", "else", "from"}
_cache: dict[str, str] = {}


def _snake(name: str) -> str:
    s = re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()
    return s + "_" if s in _KEYWORDS else s


def _field_names(cls):
    return set(cls.__dataclass_fields__)


def build(doc: dict, data: bytes, filename: str):
    """Return (fset, File) for one astdump JSON document of the source data."""
    fset = FileSet()
    f = fset.add_file(filename, len(data))
    f.set_lines_from(data)
    base = f.base

    def conv(v, key=""):
        if isinstance(v, dict):
            t = v["_t"]
            cls = getattr(nodes, t)
            fields = _field_names(cls)
            kw = {}
            for k, x in v.items():
                if k == "_t":
                    continue
                name = _snake(k)
                if name not in fields:
                    continue
                kw[name] = conv(x, name)
            if t == "RangeStmt" and kw.get("tok") == "ILLEGAL":
                kw["tok"] = ""
            if t == "File":
                kw["filename"] = filename
            return cls(**kw)
        if isinstance(v, list):
            return [conv(x) for x in v]
        if isinstance(v, int) and not isinstance(v, bool) and key not in ("dir",):
            return base + v if v >= 0 else 0
        return v

    return fset, conv(doc)


def load(paths, astdump="/tmp/printer_astdump/astdump"):
    """Yield (path, data, fset, File or None) for the given files using the astdump binary."""
    out = subprocess.run([astdump, *paths], capture_output=True, check=True).stdout.decode()
    for path, line in zip(paths, out.splitlines()):
        data = open(path, "rb").read()
        doc = json.loads(line)
        if doc.get("_error"):
            yield path, data, None, None
            continue
        fset, file = build(doc, data, path)
        yield path, data, fset, file
