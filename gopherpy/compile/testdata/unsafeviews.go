// Pointers made by converting slices to array pointers, and unsafe views of a scalar
// as a one-field struct and of string and slice variables as reflect's headers.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

var (
	ss = make([]string, 10)
	s5 = (*[5]string)(ss)
)

type S struct{ x int }

func main() {
	fmt.Println(&ss[0] == &s5[0], &ss[1] == &s5[1], &ss[2] == &s5[1])
	s := make([]byte, 8, 10)
	p := (*[7]byte)(s[1:])
	q := (*[2]byte)(s[3:])
	q[1] = 7
	fmt.Println(s, &p[0] == &s[1], &q[1] == &s[4], &q[1] == &p[3])
	fmt.Println(fmt.Sprintf("%p", &s[4]) == fmt.Sprintf("%p", &q[1]))
	fmt.Println(uintptr(unsafe.Pointer(&s[4])) == reflect.ValueOf(&q[1]).Pointer())

	var i int = 5
	ps := (*S)(unsafe.Pointer(&i))
	fmt.Println(ps.x, uintptr(unsafe.Pointer(ps)) == uintptr(unsafe.Pointer(&i)))
	ps.x = 9
	fmt.Println(i)
	a := []int64{1, 2}
	pa := (*struct{ y int64 })(unsafe.Pointer(&a[1]))
	pa.y++
	fmt.Println(a, pa.y)

	xs := []int{1, 2, 3, 4}
	h := (*reflect.SliceHeader)(unsafe.Pointer(&xs))
	fmt.Println(h.Len, h.Cap, h.Data == uintptr(unsafe.Pointer(&xs[0])))
	h.Len = 2
	fmt.Println(xs, len(xs), cap(xs), *(*int)(unsafe.Pointer(h.Data)))
	str := "hello"
	sh := (*reflect.StringHeader)(unsafe.Pointer(&str))
	fmt.Println(sh.Len, sh.Data != 0)
	sub := str[1:3]
	c := string([]byte(sub))
	fmt.Println((*reflect.StringHeader)(unsafe.Pointer(&sub)).Data != (*reflect.StringHeader)(unsafe.Pointer(&c)).Data)

	mk := func(x int) reflect.Value { return reflect.ValueOf(&x) }
	fmt.Println(*(*int)(unsafe.Pointer(mk(1).Pointer())), *(*int)(unsafe.Pointer(mk(2).Pointer())))

	defer func() { fmt.Println(recover()) }()
	_ = (*[9]byte)(s)
}
