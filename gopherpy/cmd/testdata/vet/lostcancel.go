// Cases of the lostcancel analyzer.
package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

func discard() {
	ctx, _ := context.WithCancel(context.Background())
	_ = ctx
}

func neverCalled(cond bool) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	if cond {
		return nil
	}
	cancel()
	_ = ctx
	return nil
}

func deferred() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_ = ctx
}

func fallsOff(n int) {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now())
	_ = ctx
	if n > 0 {
		cancel()
	}
}

func returned() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	return ctx, cancel
}

func exits(n int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	if n > 0 {
		os.Exit(1)
	}
	cancel()
}

func loop(xs []int) {
	var cancel context.CancelFunc
	var ctx context.Context
	for range xs {
		ctx, cancel = context.WithCancel(context.Background())
		_ = ctx
	}
	if cancel != nil {
		cancel()
	}
}

func inClosure() {
	f := func() {
		ctx, cancel := context.WithCancel(context.Background())
		_ = ctx
		if ctx == nil {
			return
		}
		cancel()
	}
	f()
}

func varDecl(b bool) {
	var ctx, cancel = context.WithCancel(context.Background())
	_ = ctx
	switch {
	case b:
		cancel()
	default:
		fmt.Println("no cancel")
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	_ = cancel
	discard()
	_ = neverCalled(false)
	deferred()
	fallsOff(1)
	c2, f2 := returned()
	_ = c2
	f2()
	exits(0)
	loop(nil)
	inClosure()
	varDecl(true)
}
