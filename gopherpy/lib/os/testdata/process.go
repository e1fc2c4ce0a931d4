// os: StartProcess/FindProcess/Process (Wait twice, Signal after Wait,
// Release), ProcessState texts, StartProcess errors, Pipe (EOF, deadlines, a
// Close that wakes a blocked reader, writes to a closed pipe).
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"
)

func main() {
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "exit 3"}, &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
	fmt.Println(err)
	st, err := p.Wait()
	fmt.Println(st, err, st.ExitCode(), st.Exited(), st.Success(), st.Pid() == p.Pid, st.Sys())
	st, err = p.Wait()
	fmt.Println(st, err)
	fmt.Println(p.Signal(os.Kill), p.Kill(), p.Release(), p.Signal(os.Kill), p.Pid)
	st, err = p.Wait()
	fmt.Println(st, err)

	p2, err := os.StartProcess("/bin/sleep", []string{"sleep", "10"}, &os.ProcAttr{})
	fmt.Println(err, p2.Signal(syscall.SIGTERM))
	st, err = p2.Wait()
	fmt.Println(st, err, st.ExitCode(), st.Exited(), st.Success(), st.Sys(), st.UserTime() >= 0)
	_, isRusage := st.SysUsage().(*syscall.Rusage)
	fmt.Println("rusage:", isRusage)
	p3, err := os.FindProcess(p2.Pid)
	fmt.Println(err, p3.Signal(syscall.Signal(0)), p3.Pid == p2.Pid)
	p4, err := os.FindProcess(os.Getpid())
	fmt.Println(err, p4.Signal(syscall.Signal(0)), p4.Release(), p4.Signal(syscall.Signal(0)), p4.Pid)
	_, err = p4.Wait()
	fmt.Println(err)
	var p5 os.Process
	fmt.Println(p5.Signal(os.Kill))

	_, err = os.StartProcess("/nonexistent", []string{"x"}, &os.ProcAttr{})
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	_, err = os.StartProcess("/bin/sh", []string{"x"}, &os.ProcAttr{Dir: "/nonexistent"})
	fmt.Println(err)
	_, err = os.StartProcess("/etc/passwd", []string{"x"}, &os.ProcAttr{})
	fmt.Println(err)
	_, err = os.StartProcess("sh", []string{"x"}, &os.ProcAttr{})
	fmt.Println(err)

	// ExtraFiles-style descriptors and environment through ProcAttr
	r, w, _ := os.Pipe()
	p, err = os.StartProcess("/bin/sh", []string{"sh", "-c", `echo "$X via fd 3" >&3; echo out`},
		&os.ProcAttr{Env: []string{"X=hello"}, Files: []*os.File{nil, w, os.Stderr, w}})
	fmt.Println(err)
	w.Close()
	data, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	st, _ = p.Wait()
	fmt.Println(st)

	// kill -9 and core dump statuses
	p, _ = os.StartProcess("/bin/sh", []string{"sh", "-c", "kill -KILL $$"}, &os.ProcAttr{})
	st, _ = p.Wait()
	fmt.Println(st, st.ExitCode())
	for _, ws := range []syscall.WaitStatus{0, 0x100, 0xff00, 0x9, 0x8b, 0x137f, 0x57f, 0x1057f, 0xffff} {
		fmt.Println(ws.Exited(), ws.ExitStatus(), ws.Signaled(), ws.Signal(), ws.CoreDump(), ws.Stopped(), ws.StopSignal(), ws.Continued(), ws.TrapCause())
	}

	// pipes
	r, w, err = os.Pipe()
	fmt.Println(err, r.Name(), w.Name())
	go func() {
		w.Write([]byte("hello "))
		time.Sleep(20 * time.Millisecond)
		w.WriteString("pipe")
		w.Close()
	}()
	data, err = io.ReadAll(r)
	fmt.Printf("%q %v\n", data, err)
	n, err := r.Read(make([]byte, 4))
	fmt.Println(n, err)
	r.Close()

	r, w, _ = os.Pipe()
	fmt.Println(r.SetReadDeadline(time.Now().Add(50 * time.Millisecond)))
	n, err = r.Read(make([]byte, 4))
	fmt.Println(n, err, errors.Is(err, os.ErrDeadlineExceeded), os.IsTimeout(err))
	r.SetReadDeadline(time.Time{})
	done := make(chan bool)
	go func() {
		n, err := r.Read(make([]byte, 4))
		fmt.Println("blocked reader:", n, err, errors.Is(err, os.ErrClosed))
		done <- true
	}()
	time.Sleep(30 * time.Millisecond)
	r.Close()
	<-done
	n, err = w.Write([]byte("x"))
	fmt.Println("write to closed pipe:", n, err, errors.Is(err, syscall.EPIPE))
	w.Close()
	f, _ := os.Open("/dev/null")
	fmt.Println(f.SetDeadline(time.Now()))
	f.Close()

	// a full pipe blocks the writer until the reader drains it
	r, w, _ = os.Pipe()
	go func() {
		buf := make([]byte, 1<<20)
		n, err := w.Write(buf)
		fmt.Println("big write:", n, err)
		w.Close()
	}()
	data, err = io.ReadAll(r)
	fmt.Println("big read:", len(data), err)
}
