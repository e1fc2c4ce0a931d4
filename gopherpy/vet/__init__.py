"""go vet's analyzers over gopherpy's typed AST (read README.md in this folder first).

ANALYZERS maps each analyzer's name (go vet's flag name) to the module that implements
it; each module has `run(pass_)` reporting through `pass_.report(pos, msg)`.
"""

from __future__ import annotations

import importlib

# name -> module under gopherpy.vet. Names are go vet's.
ANALYZERS: dict[str, str] = {
    "appends": "appends",
    "assign": "assign",
    "atomic": "atomic",
    "bools": "bools",
    "composites": "composite",
    "copylocks": "copylock",
    "defers": "defers",
    "errorsas": "errorsas",
    "ifaceassert": "ifaceassert",
    "lostcancel": "lostcancel",
    "nilfunc": "nilfunc",
    "printf": "printf",
    "shift": "shift",
    "stdmethods": "stdmethods",
    "stringintconv": "stringintconv",
    "structtag": "structtag",
    "timeformat": "timeformat",
    "unmarshal": "unmarshal",
    "unreachable": "unreachable",
    "unsafeptr": "unsafeptr",
    "unusedresult": "unusedresult",
    "waitgroup": "waitgroup",
}


def run_analyzers(pkg, enabled=None, disabled=()):
    """[(Position, message)] of every enabled analyzer on pkg, sorted by position, duplicates dropped."""
    from .analysis import Pass
    findings = []
    for name, modname in ANALYZERS.items():
        if (enabled is not None and name not in enabled) or name in disabled:
            continue
        try:
            mod = importlib.import_module("gopherpy.vet." + modname)
        except ModuleNotFoundError as e:
            if e.name == "gopherpy.vet." + modname:
                continue
            raise
        p = Pass(pkg, name)
        mod.run(p)
        findings.extend(p.findings)
    out = []
    seen = set()
    for pos, msg in sorted(findings, key=lambda f: (f[0].filename, f[0].line, f[0].column, f[1])):
        k = (pos.filename, pos.line, pos.column, msg)
        if k not in seen:
            seen.add(k)
            out.append((pos, msg))
    return out
