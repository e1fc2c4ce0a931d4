"""This file implements the gopherpy command's dispatch, laid out like Go's `go` command.

Each subcommand lives in its own module under gopherpy.cmd and exposes
`run(args: list[str]) -> int` (the exit status) and a `USAGE` line. Modules are
imported lazily so that `gopherpy version` does not pay for the compiler.
"""

from __future__ import annotations

import importlib
import sys

# name -> (module under gopherpy.cmd, one-line description). Order is the help order.
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("build", "compile packages and dependencies"),
    "env": ("env", "print Go environment information"),
    "fmt": ("gofmt", "gofmt (reformat) package sources"),
    "run": ("run", "compile and run Go program"),
    "test": ("test", "test packages"),
    "tool": ("tool", "run specified go tool"),
    "version": ("version", "print Go version"),
    "vet": ("vet", "report likely mistakes in packages"),
}


def usage_text() -> str:
    lines = [
        "Gopherpy is a Go implementation written in Python.",
        "",
        "Usage:",
        "",
        "\tgopherpy <command> [arguments]",
        "",
        "The commands are:",
        "",
    ]
    for name, (_, desc) in COMMANDS.items():
        lines.append(f"\t{name:<11} {desc}")
    lines += ["", 'Use "gopherpy help <command>" for more information about a command.', ""]
    return "\n".join(lines)


def _load(name: str):
    modname, _ = COMMANDS[name]
    try:
        return importlib.import_module(f"gopherpy.cmd.{modname}")
    except ModuleNotFoundError as e:
        if e.name == f"gopherpy.cmd.{modname}":
            return None
        raise


def dispatch(argv: list[str]) -> int:
    if not argv:
        sys.stderr.write(usage_text())
        return 2
    name, args = argv[0], argv[1:]
    if name in ("help", "-h", "-help", "--help"):
        if not args or name != "help":
            sys.stdout.write(usage_text())
            return 0
        topic = args[0]
        mod = _load(topic) if topic in COMMANDS else None
        if mod is None:
            sys.stderr.write(f"gopherpy help {topic}: unknown help topic. Run 'gopherpy help'.\n")
            return 2
        sys.stdout.write(getattr(mod, "HELP", "usage: " + getattr(mod, "USAGE", topic)) + "\n")
        return 0
    if name not in COMMANDS:
        sys.stderr.write(f"gopherpy {name}: unknown command\nRun 'gopherpy help' for usage.\n")
        return 2
    mod = _load(name)
    if mod is None:
        sys.stderr.write(f"gopherpy {name}: not implemented yet\n")
        return 2
    return mod.run(args)


def main() -> None:
    argv = sys.argv[1:]     # a program run by `gopherpy run` replaces sys.argv (its os.Args)
    try:
        code = dispatch(argv)
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 1
    if argv[:1] == ["run"]:
        # the process is the Go program's: it ends as a Go process does (driver.exit_process)
        from gopherpy.compile.driver import exit_process
        exit_process(code)
    sys.stdout.flush()
    sys.exit(code)
