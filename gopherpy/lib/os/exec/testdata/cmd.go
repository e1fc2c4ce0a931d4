// os/exec: Run/Output/CombinedOutput, Stdin from a Reader and from a file,
// pipes, Env (dedup), Dir, exit statuses and ExitError (with Stderr from
// Output), LookPath and its errors, misuse errors, String, Environ, a large
// output through a pipe, and goroutines that keep running while Wait blocks.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func sh(script string, args ...string) *exec.Cmd {
	return exec.Command("/bin/sh", append([]string{"-c", script, "sh"}, args...)...)
}

func main() {
	out, err := sh(`echo hello "$1"; echo to-stderr >&2`, "world").Output()
	fmt.Printf("Output: %q %v\n", out, err)

	out, err = sh(`echo out; echo err >&2; exit 3`).CombinedOutput()
	fmt.Printf("CombinedOutput: %q %v\n", out, err)
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		fmt.Println("  exit:", ee.ExitCode(), ee.Exited(), ee.Success(), ee.String(), len(ee.Stderr))
	}

	out, err = sh(`echo partial; printf 'bad things\n' >&2; exit 7`).Output()
	fmt.Printf("Output failing: %q %v\n", out, err)
	if errors.As(err, &ee) {
		fmt.Printf("  stderr kept: %q code=%d\n", ee.Stderr, ee.ExitCode())
	}

	err = sh(`kill -TERM $$`).Run()
	fmt.Println("signaled:", err)
	if errors.As(err, &ee) {
		fmt.Println("  ", ee.ExitCode(), ee.Exited(), ee.ProcessState.Success())
	}

	// Stdin from a Reader, Stdout to a Buffer
	c := exec.Command("tr", "a-z", "A-Z")
	c.Stdin = strings.NewReader("shout this\nand this\n")
	var buf bytes.Buffer
	c.Stdout = &buf
	fmt.Println("tr:", c.Run(), strings.TrimSpace(buf.String()), c.ProcessState.Exited(), c.ProcessState.ExitCode())

	// Stdin from an *os.File
	tmp, _ := os.MkdirTemp("", "exectest")
	defer os.RemoveAll(tmp)
	name := filepath.Join(tmp, "in.txt")
	os.WriteFile(name, []byte("3\n1\n2\n"), 0o644)
	f, _ := os.Open(name)
	c = exec.Command("sort")
	c.Stdin = f
	out, err = c.Output()
	f.Close()
	fmt.Printf("sort: %q %v\n", out, err)

	// Stdout to an *os.File
	g, _ := os.Create(filepath.Join(tmp, "out.txt"))
	c = sh(`echo into file`)
	c.Stdout = g
	fmt.Println("to file:", c.Run())
	g.Close()
	data, _ := os.ReadFile(filepath.Join(tmp, "out.txt"))
	fmt.Printf("  %q\n", data)

	// Env and Dir
	c = sh(`echo "$A $B $C"; pwd`)
	c.Env = []string{"A=1", "B=2", "A=3", "C=x=y"}
	c.Dir = tmp
	out, err = c.Output()
	fmt.Printf("env+dir: %q %v\n", strings.Replace(string(out), tmp, "TMP", 1), err)
	fmt.Println("  Environ:", c.Environ())
	c = sh(`echo "$PWD"`)
	c.Dir = tmp
	out, _ = c.Output()
	fmt.Println("  PWD set:", strings.TrimSpace(string(out)) == tmp)
	c = exec.Command("/bin/pwd")
	c.Dir = filepath.Join(tmp, "missing")
	fmt.Println("  missing dir:", strings.Replace(fmt.Sprint(c.Run()), tmp, "TMP", 1))

	// pipes
	c = exec.Command("cat")
	stdin, _ := c.StdinPipe()
	stdout, _ := c.StdoutPipe()
	fmt.Println("pipes start:", c.Start())
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(stdin, "line %d\n", i)
		}
		stdin.Close()
	}()
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		fmt.Println("  read:", sc.Text())
	}
	fmt.Println("  wait:", c.Wait())

	c = sh(`echo e1 >&2; echo e2 >&2`)
	stderr, _ := c.StderrPipe()
	c.Start()
	all, _ := io.ReadAll(stderr)
	fmt.Printf("stderr pipe: %q %v\n", all, c.Wait())

	// a large output through a pipe
	out, err = sh(`i=0; while [ $i -lt 2000 ]; do echo "row $i of the output, some padding here"; i=$((i+1)); done`).Output()
	fmt.Println("large:", len(out), bytes.Count(out, []byte("\n")), err)
	big := strings.Repeat("0123456789abcdef", 1<<14)
	c = exec.Command("wc", "-c")
	c.Stdin = strings.NewReader(big)
	out, err = c.Output()
	fmt.Println("large stdin:", strings.TrimSpace(string(out)), err)

	// other goroutines run while Wait blocks
	ticks := 0
	stop := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				ticks++
				time.Sleep(5 * time.Millisecond)
			}
		}
	}()
	err = exec.Command("sleep", "0.3").Run()
	close(stop)
	fmt.Println("sleep:", err, ticks > 10)

	// LookPath and lookup errors
	p, err := exec.LookPath("sh")
	fmt.Println("LookPath sh:", filepath.IsAbs(p), err)
	_, err = exec.LookPath("no-such-command-xyz")
	fmt.Println("LookPath missing:", err, errors.Is(err, exec.ErrNotFound))
	_, err = exec.LookPath("")
	fmt.Println("LookPath empty:", err)
	_, err = exec.LookPath(name)
	fmt.Println("LookPath not executable:", strings.Replace(err.Error(), tmp, "TMP", 1), errors.Is(err, fs.ErrPermission))
	_, err = exec.LookPath(tmp)
	fmt.Println("LookPath dir:", strings.Replace(err.Error(), tmp, "TMP", 1))
	_, err = exec.LookPath("./nonexistent")
	fmt.Println("LookPath ./:", err)
	os.WriteFile(filepath.Join(tmp, "tool"), []byte("#!/bin/sh\necho tool ran\n"), 0o755)
	os.Chdir(tmp)
	os.Setenv("PATH", ".:"+os.Getenv("PATH"))
	p, err = exec.LookPath("tool")
	fmt.Println("LookPath dot:", p, err, errors.Is(err, exec.ErrDot))
	c = exec.Command("tool")
	fmt.Println("  Command dot:", c.Path, c.Err, c.String())
	fmt.Println("  Run:", c.Run())
	c.Err = nil
	out, err = c.Output()
	fmt.Printf("  Output after reset: %q %v\n", out, err)
	c = exec.Command("./tool")
	out, err = c.Output()
	fmt.Printf("  ./tool: %q %v\n", out, err)

	c = exec.Command("no-such-command-xyz", "arg")
	fmt.Println("missing:", c.Run(), "|", c.String(), "|", c.Path)
	c = exec.Command("/no/such/file")
	fmt.Println("missing path:", c.Run())
	fmt.Println("String:", sh("exit 0").String(), "|", exec.Command("/bin/echo").String())

	// misuse
	c = sh(`exit 0`)
	fmt.Println("wait before start:", c.Wait())
	fmt.Println("start:", c.Start(), "again:", c.Start())
	fmt.Println("wait:", c.Wait(), "again:", c.Wait())
	c = sh(`true`)
	c.Stdout = os.Stdout
	_, err = c.Output()
	fmt.Println("Output with Stdout:", err)
	_, err = c.CombinedOutput()
	fmt.Println("CombinedOutput with Stdout:", err)
	c = sh(`true`)
	c.Stderr = os.Stderr
	_, err = c.CombinedOutput()
	fmt.Println("CombinedOutput with Stderr:", err)
	c = sh(`true`)
	c.Stdin = os.Stdin
	_, err = c.StdinPipe()
	fmt.Println("StdinPipe:", err)
	c = sh(`true`)
	c.Run()
	_, err = c.StdoutPipe()
	fmt.Println("StdoutPipe after start:", err)
	_, err = c.StderrPipe()
	fmt.Println("StderrPipe after start:", err)
	var zero exec.Cmd
	fmt.Println("zero Cmd:", zero.Run())
	c = sh(`true`)
	c.Cancel = func() error { return nil }
	fmt.Println("Cancel without ctx:", c.Start())
	fmt.Println((&exec.Error{Name: "x y", Err: exec.ErrNotFound}).Error())

	// shared stdout: the parent's and the child's output interleave in order
	fmt.Println("before child")
	c = sh(`echo from child`)
	c.Stdout = os.Stdout
	c.Run()
	fmt.Println("after child")
}
