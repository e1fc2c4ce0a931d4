// The String forms of every context (deadlines and durations masked: they depend on
// the clock), causes through WithDeadlineCause and a parent's cause, and AfterFunc on
// a context that is already done.
package main

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"time"
)

type strKey struct{ n int }

func (k strKey) String() string { return fmt.Sprintf("strKey#%d", k.n) }

type plainKey int

var when = regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[.0-9]* [+-]\d{4} [A-Z]+( m=[+-][.0-9]+)? \[(-?)[^\]]*\]`)

func show(c any) {
	fmt.Println(when.ReplaceAllString(fmt.Sprint(c), "TIME [${2}D]"))
}

func main() {
	bg := context.Background()
	show(bg)
	show(context.TODO())
	c1, cancel1 := context.WithCancel(bg)
	defer cancel1()
	show(c1)
	c2, cancel2 := context.WithCancelCause(c1)
	defer cancel2(nil)
	show(c2)
	show(context.WithValue(c2, strKey{3}, "v"))
	show(context.WithValue(bg, plainKey(1), 42))
	show(context.WithValue(bg, "s", strKey{4}))
	show(context.WithValue(bg, "n", nil))
	show(context.WithValue(bg, 7, []int{1}))
	d1, dc1 := context.WithTimeout(bg, time.Hour)
	defer dc1()
	show(d1)
	d2, dc2 := context.WithDeadline(c1, time.Now().Add(-time.Minute))
	defer dc2()
	show(d2)
	d3, dc3 := context.WithDeadlineCause(bg, time.Now().Add(time.Hour), errors.New("late"))
	defer dc3()
	show(d3)
	d4, dc4 := context.WithTimeoutCause(d3, time.Hour, errors.New("later"))
	defer dc4()
	show(d4)
	show(context.WithoutCancel(d4))
	show(context.WithValue(context.WithoutCancel(c1), plainKey(2), "x"))

	// causes
	cc, ccancel := context.WithCancelCause(bg)
	child, chcancel := context.WithTimeout(cc, time.Hour)
	defer chcancel()
	ccancel(errors.New("parent's reason"))
	<-child.Done()
	fmt.Println(child.Err(), context.Cause(child))
	dd, ddc := context.WithDeadlineCause(bg, time.Now().Add(-time.Second), errors.New("too late"))
	fmt.Println(dd.Err(), context.Cause(dd))
	ddc()
	fmt.Println(dd.Err(), context.Cause(dd))
	nc, ncc := context.WithCancelCause(bg)
	ncc(nil)
	fmt.Println(nc.Err(), context.Cause(nc), context.Cause(bg))
	fmt.Println(context.Cause(context.WithValue(nc, plainKey(3), 1)))

	// AfterFunc on a done context runs at once (in its own goroutine)
	ran := make(chan bool)
	stop := context.AfterFunc(nc, func() { ran <- true })
	fmt.Println(<-ran, stop())

	var de interface {
		Timeout() bool
		Temporary() bool
	}
	fmt.Println(errors.As(context.DeadlineExceeded, &de), de.Timeout(), de.Temporary())
	fmt.Printf("%q %q\n", context.Canceled.Error(), context.DeadlineExceeded.Error())
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
}
