"""Test support: build Python functions that look like compiled Go (co_filename a .go file, co_name Go's qualified name, Go line numbers)."""

import sys


def rename(code, names):
    """code with co_name replaced per names (recursively, for nested functions)."""
    consts = tuple(rename(c, names) if hasattr(c, "co_code") else c for c in code.co_consts)
    return code.replace(co_name=names.get(code.co_name, code.co_name), co_consts=consts)


def load(src, filename, names, extra=None):
    """Exec src as if it were filename; return its globals (functions renamed per names)."""
    g = {"__name__": "golike"}
    if extra:
        g.update(extra)
    code = rename(compile(src, filename, "exec"), names)
    exec(code, g)
    return g


if __name__ == "__main__":  # run one emulation: golike.py <emulation.py> <file.go>
    from gopherpy.runtime import proc
    emul, gofile = sys.argv[1], sys.argv[2]
    with open(emul) as f:
        src = f.read()
    g = load(src, gofile, {"main": "main.main", "worker": "main.worker",
                           "sleeper": "main.sleeper", "<lambda>": "main.main.func1",
                           "func1": "main.main.func1", "w": "main.w"})
    sys.exit(proc.run_main(g["main"]))
