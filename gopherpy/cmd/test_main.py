"""Tests of the gopherpy command's dispatch, usage and version."""

import subprocess
import sys

from gopherpy import GO_VERSION


def gp(*args):
    return subprocess.run([sys.executable, "-m", "gopherpy", *args], capture_output=True, text=True)


def test_unknown_command_is_usage_error():
    r = gp("frobnicate")
    assert r.returncode == 2
    assert r.stderr == "gopherpy frobnicate: unknown command\nRun 'gopherpy help' for usage.\n"


def test_no_args_prints_usage_exit_2():
    r = gp()
    assert r.returncode == 2
    assert "Usage:" in r.stderr and "gopherpy <command> [arguments]" in r.stderr


def test_help_lists_commands():
    r = gp("help")
    assert r.returncode == 0
    for name in ("run", "fmt", "version", "tool"):
        assert f"\t{name} " in r.stdout


def test_version_names_go_version():
    r = gp("version")
    assert r.returncode == 0
    assert GO_VERSION in r.stdout and r.stdout.endswith("linux/amd64\n")
    assert gp("version", "extra").returncode == 2
