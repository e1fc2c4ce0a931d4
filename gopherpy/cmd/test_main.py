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


def test_env_prints_go_style_assignments_and_values():
    r = gp("env")
    assert r.returncode == 0
    assert "GOOS='linux'\n" in r.stdout and "GOARCH='amd64'\n" in r.stdout
    assert f"GOVERSION='{GO_VERSION}'\n" in r.stdout
    lines = r.stdout.splitlines()
    assert lines == sorted(lines)
    r = gp("env", "GOARCH", "GOOS")
    assert (r.returncode, r.stdout) == (0, "amd64\nlinux\n")
    r = gp("env", "-json", "GOOS")
    assert (r.returncode, r.stdout) == (0, '{\n\t"GOOS": "linux"\n}\n')
    r = gp("env", "NOPE")
    assert r.returncode == 1 and "unknown go command variable NOPE" in r.stderr


def test_run_missing_file_is_go_stat_error():
    r = gp("run", "/nonexistent/x.go")
    assert (r.returncode, r.stderr) == (1, "stat /nonexistent/x.go: no such file or directory\n")


def test_build_writes_executable_that_runs_like_gopherpy_run(tmp_path):
    import os
    src = tmp_path / "prog.go"
    src.write_text('package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n'
                   '\tfmt.Println(os.Args[1:])\n\tif len(os.Args) > 2 {\n\t\tos.Exit(3)\n\t}\n}\n')
    env = dict(os.environ, GOPHERPYCACHE=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-m", "gopherpy", "build", "prog.go"], cwd=tmp_path,
                       capture_output=True, text=True, env=env)
    assert (r.returncode, r.stderr) == (0, "")
    exe = tmp_path / "prog"
    assert os.access(exe, os.X_OK)
    src.unlink()   # a built program does not need its sources any more
    r = subprocess.run([str(exe), "a"], capture_output=True, text=True, env=env)
    assert (r.returncode, r.stdout) == (0, "[a]\n")
    r = subprocess.run([str(exe), "a", "b"], capture_output=True, text=True, env=env)
    assert (r.returncode, r.stdout) == (3, "[a b]\n")
    # -o into a directory; a package that is not main writes nothing
    (tmp_path / "lib.go").write_text("package lib\n\nfunc F() int { return 1 }\n")
    src.write_text('package main\n\nfunc main() { println("x") }\n')
    r = subprocess.run([sys.executable, "-m", "gopherpy", "build", "-o", "bin/", "prog.go"], cwd=tmp_path,
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0 and os.access(tmp_path / "bin" / "prog", os.X_OK)
    r = subprocess.run([sys.executable, "-m", "gopherpy", "build", "lib.go"], cwd=tmp_path,
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0 and not (tmp_path / "lib").exists()


def test_build_type_error_exits_1(tmp_path):
    (tmp_path / "bad.go").write_text("package main\n\nfunc main() {\n\tx := 1\n}\n")
    r = subprocess.run([sys.executable, "-m", "gopherpy", "build", "bad.go"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stderr == "# command-line-arguments\n./bad.go:4:2: declared and not used: x\n"
    assert not (tmp_path / "bad").exists()


EXIT_PROG = '''package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	block := make(chan int)
	go func() { <-block }()
	go func() {
		time.Sleep(time.Hour)
	}()
	fmt.Print("partial line")
	println("to stderr")
	fmt.Fprint(os.Stderr, "no newline")
	if len(os.Args) > 1 {
		os.Exit(3)
	}
}
'''


def test_run_ends_like_a_go_process(tmp_path):
    # `gopherpy run` ends the process as Go's does (driver.exit_process: _exit once the
    # standard streams are flushed): output without a final newline is not lost, blocked
    # and sleeping goroutines do not hold the exit, os.Exit's status is the process's.
    # Outputs and statuses as go1.27's binary of this program gives them.
    src = tmp_path / "exit.go"
    src.write_text(EXIT_PROG)
    for args, status in (((), 0), (("x",), 3)):
        r = subprocess.run([sys.executable, "-m", "gopherpy", "run", str(src), *args],
                           capture_output=True, timeout=120)
        assert (r.returncode, r.stdout, r.stderr) == (status, b"partial line", b"to stderr\nno newline")
