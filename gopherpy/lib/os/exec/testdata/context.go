// os/exec: CommandContext (kill on timeout, a context done before Start, a
// custom Cancel and its errors), WaitDelay (pipes held open by a grandchild),
// and ExitError of a killed process.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	start := time.Now()
	err := exec.CommandContext(ctx, "sleep", "10").Run()
	cancel()
	fmt.Println("timeout:", err, time.Since(start) < 5*time.Second, ctx.Err())
	var ee *exec.ExitError
	fmt.Println("  ExitError:", errors.As(err, &ee), ee.ExitCode(), ee.Sys().(syscall.WaitStatus).Signal())

	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	c := exec.CommandContext(ctx, "sleep", "10")
	fmt.Println("canceled before start:", c.Start(), c.Process == nil)

	ctx, cancel = context.WithCancel(context.Background())
	out, err := exec.CommandContext(ctx, "echo", "quick").Output()
	cancel()
	fmt.Printf("finished in time: %q %v\n", out, err)

	// a Cancel that interrupts: the shell traps it and exits 0, so Wait reports the context's error
	ctx, cancel = context.WithCancel(context.Background())
	c = exec.CommandContext(ctx, "/bin/sh", "-c", `trap 'echo got INT; exit 0' INT; echo ready; while :; do sleep 0.05; done`)
	c.Cancel = func() error { return c.Process.Signal(os.Interrupt) }
	stdout, _ := c.StdoutPipe()
	c.Start()
	b := make([]byte, 6)
	n, _ := stdout.Read(b)
	fmt.Printf("  child says %q\n", b[:n])
	cancel()
	rest := make([]byte, 100)
	n, _ = stdout.Read(rest)
	fmt.Printf("  then %q\n", rest[:n])
	err = c.Wait()
	fmt.Println("interrupt:", err, errors.Is(err, context.Canceled), c.ProcessState)

	// a Cancel that fails
	ctx, cancel = context.WithCancel(context.Background())
	c = exec.CommandContext(ctx, "sleep", "0.3")
	c.Cancel = func() error { return errors.New("cannot cancel") }
	c.Start()
	cancel()
	fmt.Println("failing Cancel:", c.Wait())

	// a Cancel reporting ErrProcessDone: no error
	ctx, cancel = context.WithCancel(context.Background())
	c = exec.CommandContext(ctx, "sleep", "0.2")
	c.Cancel = func() error { return os.ErrProcessDone }
	c.Start()
	cancel()
	fmt.Println("done Cancel:", c.Wait())

	// WaitDelay: a grandchild keeps stdout open after the child exits
	c = exec.Command("/bin/sh", "-c", `sleep 5 & echo child done`)
	var sb strings.Builder
	c.Stdout = &sb
	c.WaitDelay = 300 * time.Millisecond
	start = time.Now()
	err = c.Run()
	fmt.Printf("WaitDelay: %v %v %q %v\n", err, errors.Is(err, exec.ErrWaitDelay), sb.String(), time.Since(start) < 4*time.Second)

	// WaitDelay with a context: the process ignores the cancel, then is killed
	ctx, cancel = context.WithTimeout(context.Background(), 100*time.Millisecond)
	c = exec.CommandContext(ctx, "/bin/sh", "-c", `trap '' TERM; sleep 3`)
	c.Cancel = func() error { return c.Process.Signal(syscall.SIGTERM) }
	c.WaitDelay = 200 * time.Millisecond
	start = time.Now()
	err = c.Run()
	cancel()
	fmt.Println("WaitDelay+ctx:", err, time.Since(start) < 2500*time.Millisecond)

	defer func() { fmt.Println("recovered:", recover()) }()
	exec.CommandContext(nil, "true")
}
