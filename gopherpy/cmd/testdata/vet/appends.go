// Cases of the appends and atomic analyzers.
package main

import (
	"fmt"
	"sync/atomic"
)

type S struct{ n int64 }

func main() {
	s := []int{1}
	s = append(s)
	s = append(s, 2)
	t := append([]int(nil))
	var x int64
	var y uint32
	x = atomic.AddInt64(&x, 1)
	y = atomic.AddUint32(&y, 1)
	p := &x
	*p = atomic.AddInt64(p, 1)
	var st S
	st.n = atomic.AddInt64(&st.n, 2)
	z := atomic.AddInt64(&x, 1)
	a, b := atomic.AddInt64(&x, 1), atomic.AddUint32(&y, 1)
	x, y = atomic.AddInt64(&x, 1), 3
	fmt.Println(s, t, x, y, z, a, b)
}
