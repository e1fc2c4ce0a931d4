package main

import "unsafe"

type T1 struct{ x, y, z int }
type T2 struct {
	a int
	b struct{ c, d int }
}
type P struct {
	n    int32
	f    float32
	next *P
}

func bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }
func frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func main() {
	println(bits(1.5), frombits(0x4004000000000000))
	var i32 int32 = -1
	u := (*uint32)(unsafe.Pointer(&i32))
	*u = 0x7fffffff
	println(i32, *u)

	// struct reinterpretation aliases the memory
	t1 := &T1{1, 2, 3}
	t2 := (*T2)(unsafe.Pointer(t1))
	println(t2.a, t2.b.c, t2.b.d)
	t2.b.d = 30
	t2.a = 10
	println(t1.x, t1.y, t1.z)

	// arithmetic inside an array
	var arr [8]int16
	for i := range arr {
		arr[i] = int16(i * 11)
	}
	p := unsafe.Pointer(&arr[2])
	p3 := (*int16)(unsafe.Add(p, 2))
	println(*p3, unsafe.Add(p, 4) == unsafe.Pointer(&arr[4]), uintptr(unsafe.Add(p, 6))-uintptr(p))
	q := (*int16)(unsafe.Pointer(uintptr(p) + 2*unsafe.Sizeof(arr[0])))
	*q = 99
	println(arr[4], uintptr(unsafe.Pointer(&arr[1]))-uintptr(unsafe.Pointer(&arr[0])))

	// fields by offset
	var s P
	fp := (*float32)(unsafe.Pointer(uintptr(unsafe.Pointer(&s)) + unsafe.Offsetof(s.f)))
	*fp = 2.5
	println(s.f, unsafe.Offsetof(s.next), unsafe.Sizeof(s))

	// unsafe.Slice, String, StringData, SliceData
	sl := unsafe.Slice(&arr[1], 3)
	sl[0] = -1
	println(len(sl), cap(sl), arr[1], &sl[2] == &arr[3])
	str := "hello, world"
	b := unsafe.Slice(unsafe.StringData(str), 5)
	println(string(b), unsafe.String(&b[1], 3))
	bs := []byte("abc")
	println(*unsafe.SliceData(bs), unsafe.String(unsafe.SliceData(bs), len(bs)))
	var nilp *int
	println(unsafe.Slice(nilp, 0) == nil, unsafe.Pointer(nilp) == nil, unsafe.Pointer(uintptr(0)) == nil)

	// pointer identity through uintptr
	x, y := new(int), new(int)
	ux, uy := uintptr(unsafe.Pointer(x)), uintptr(unsafe.Pointer(y))
	println(ux != uy, ux%8 == 0, (*int)(unsafe.Pointer(ux)) == x)
	*(*int)(unsafe.Pointer(ux)) = 7
	println(*x)

	defer func() { println(recover() != nil) }()
	_ = unsafe.Slice(nilp, 1)
}
