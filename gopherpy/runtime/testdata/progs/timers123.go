package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("reset expired:", t.Reset(50*time.Millisecond))
	select {
	case <-t.C:
		fmt.Println("stale")
	default:
		fmt.Println("no stale")
	}
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("stop expired:", t2.Stop(), len(t2.C), cap(t2.C))
	t3 := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t3.Stop(), t3.Stop())
	tk := time.NewTicker(2 * time.Millisecond)
	time.Sleep(7 * time.Millisecond)
	fmt.Println("ticker len", len(tk.C))
	<-tk.C
	tk.Stop()
	time.Sleep(5 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	default:
		fmt.Println("no tick after stop")
	}
	t4 := time.AfterFunc(time.Hour, func() {})
	fmt.Println("afterfunc stop:", t4.Stop(), t4.Reset(time.Hour), t4.Stop())
}
