package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

type myCtx struct{ context.Context }

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	_, ok := bg.Deadline()
	fmt.Println("deadline", ok)

	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx, ctx.Err())
	child, childCancel := context.WithCancel(ctx)
	defer childCancel()
	vctx := context.WithValue(child, key("user"), "gopher")
	fmt.Println(vctx)
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")), vctx.Value("user"))
	done := make(chan bool)
	go func() {
		<-vctx.Done()
		fmt.Println("child saw:", vctx.Err(), context.Cause(vctx))
		done <- true
	}()
	cancel()
	<-done
	cancel()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	cctx, ccancel := context.WithCancelCause(bg)
	ccancel(errors.New("shutdown requested"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
	grandchild, gcancel := context.WithCancel(cctx)
	fmt.Println("born canceled:", grandchild.Err(), context.Cause(grandchild))
	gcancel()

	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	dl, ok := tctx.Deadline()
	fmt.Println("has deadline", ok, time.Until(dl) > 0)
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &te), te.Timeout())

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println("past deadline:", past.Err())
	pcancel()

	tc2, tc2cancel := context.WithTimeoutCause(bg, 5*time.Millisecond, errors.New("too slow"))
	<-tc2.Done()
	fmt.Println(tc2.Err(), context.Cause(tc2))
	tc2cancel()

	// the parent's earlier deadline wins: WithDeadline gives a plain cancel context
	outer, ocancel := context.WithTimeout(bg, time.Hour)
	inner, icancel := context.WithTimeout(outer, 2*time.Hour)
	d1, _ := outer.Deadline()
	d2, _ := inner.Deadline()
	fmt.Println("same deadline:", d1.Equal(d2))
	icancel()
	ocancel()
	fmt.Println(inner.Err(), outer.Err())

	// WithoutCancel
	wctx, wcancel := context.WithCancel(context.WithValue(bg, key("k"), 1))
	nc := context.WithoutCancel(wctx)
	wcancel()
	fmt.Println(nc, nc.Err(), nc.Done() == nil, nc.Value(key("k")))

	// AfterFunc
	actx, acancel := context.WithCancel(bg)
	ran := make(chan string)
	stop := context.AfterFunc(actx, func() { ran <- "after func ran" })
	acancel()
	fmt.Println(<-ran, stop())
	actx2, acancel2 := context.WithCancel(bg)
	stop2 := context.AfterFunc(actx2, func() { fmt.Println("never") })
	fmt.Println("stopped:", stop2(), stop2())
	acancel2()

	// a foreign Context type as parent
	fctx, fcancel := context.WithCancel(myCtx{bg})
	fmt.Println(fctx)
	sub, subcancel := context.WithCancel(myCtx{fctx})
	fcancel()
	<-sub.Done()
	fmt.Println("foreign parent propagated:", sub.Err())
	subcancel()

	for _, f := range []func(){
		func() { context.WithValue(bg, nil, 1) },
		func() { context.WithValue(bg, []int{1}, 1) },
		func() { context.WithCancel(nil) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	fmt.Println(context.Canceled, context.DeadlineExceeded)
}
