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
    "buildtag": "buildtag",
    "composites": "composite",
    "copylocks": "copylock",
    "defers": "defers",
    "errorsas": "errorsas",
    "ifaceassert": "ifaceassert",
    "loopclosure": "loopclosure",
    "lostcancel": "lostcancel",
    "nilfunc": "nilfunc",
    "printf": "printf",
    "shift": "shift",
    "sigchanyzer": "sigchanyzer",
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
    """[(Position, message)] of every enabled analyzer on pkg, sorted by position, duplicates dropped.
    An analyzer that fails (a bug) is reported on stderr as an internal error and counted
    as a finding (None, message) so that the exit status is 1."""
    from .analysis import Pass
    findings = []
    internal_errors = []
    for name, modname in ANALYZERS.items():
        if (enabled is not None and name not in enabled) or name in disabled:
            continue
        mod = importlib.import_module("gopherpy.vet." + modname)
        p = Pass(pkg, name)
        try:
            mod.run(p)
        except Exception as e:  # a bug of ours: say so, never a traceback
            import sys
            sys.stderr.write(f"gopherpy: internal error in vet analyzer {name}: {type(e).__name__}: {e}\n")
            internal_errors.append(name)
            continue
        findings.extend(p.findings)
    out = []
    seen = set()
    for pos, msg in sorted(findings, key=lambda f: (f[0].filename, f[0].line, f[0].column, f[1])):
        k = (pos.filename, pos.line, pos.column, msg)
        if k not in seen:
            seen.add(k)
            out.append((pos, msg))
    out.extend((None, name) for name in internal_errors)
    return out
