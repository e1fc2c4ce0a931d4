// Maps, slices and channels through reflection: Make*, MapIndex/SetMapIndex/MapKeys/
// MapRange, Append/AppendSlice/Copy/Swapper, Send/Recv/Close, Select.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Key struct {
	A int
	B string
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
}

func sortedKeys(m reflect.Value) []string {
	var out []string
	for _, k := range m.MapKeys() {
		out = append(out, fmt.Sprint(k.Interface()))
	}
	sort.Strings(out)
	return out
}

func main() {
	// maps
	m := map[string]int{"a": 1, "b": 2}
	vm := reflect.ValueOf(m)
	fmt.Println(vm.Len(), vm.MapIndex(reflect.ValueOf("b")), vm.MapIndex(reflect.ValueOf("zz")).IsValid())
	vm.SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf(3))
	vm.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Println(m, sortedKeys(vm))
	sum := 0
	it := vm.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println("sum", sum)
	var k string
	var v int
	it = vm.MapRange()
	for it.Next() {
		reflect.ValueOf(&k).Elem().SetIterKey(it)
		reflect.ValueOf(&v).Elem().SetIterValue(it)
		if k == "c" {
			fmt.Println("found", k, v)
		}
	}
	mt := reflect.MapOf(reflect.TypeOf(Key{}), reflect.TypeOf([]float64{}))
	nm := reflect.MakeMap(mt)
	nm.SetMapIndex(reflect.ValueOf(Key{1, "x"}), reflect.ValueOf([]float64{1.5}))
	nm.SetMapIndex(reflect.ValueOf(Key{2, "y"}), reflect.ValueOf([]float64{}))
	typed := nm.Interface().(map[Key][]float64)
	fmt.Println(len(typed), typed[Key{1, "x"}], nm.Type(), nm.MapIndex(reflect.ValueOf(Key{1, "x"})).Index(0))
	am := reflect.MakeMapWithSize(reflect.TypeOf(map[any][2]int{}), 10)
	am.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf([2]int{1, 1}))
	am.SetMapIndex(reflect.ValueOf("1"), reflect.ValueOf([2]int{2, 2}))
	am.SetMapIndex(reflect.ValueOf(1.0), reflect.ValueOf([2]int{3, 3}))
	fmt.Println(am.Len(), am.MapIndex(reflect.ValueOf(1)), am.MapIndex(reflect.ValueOf("1")),
		am.MapIndex(reflect.ValueOf(1.0)), sortedKeys(am))
	arrm := map[[2]int]bool{{1, 2}: true}
	ak := reflect.ValueOf(arrm).MapKeys()[0]
	fmt.Println(ak.Kind(), ak.Index(1), ak.Len())
	var nilm map[string]int
	try("SetMapIndex nil map", func() {
		reflect.ValueOf(nilm).SetMapIndex(reflect.ValueOf("x"), reflect.ValueOf(1))
	})
	try("MapIndex wrong key", func() { vm.MapIndex(reflect.ValueOf(1)) })
	try("MapKeys of slice", func() { reflect.ValueOf([]int{}).MapKeys() })

	// slices
	st := reflect.SliceOf(reflect.TypeOf(""))
	s := reflect.MakeSlice(st, 2, 5)
	s.Index(0).SetString("zero")
	fmt.Println(s.Len(), s.Cap(), s.Interface(), s.Type())
	s = reflect.Append(s, reflect.ValueOf("two"), reflect.ValueOf("three"))
	fmt.Println(s.Len(), s.Cap(), s)
	s = reflect.Append(s, reflect.ValueOf("4"), reflect.ValueOf("5"))
	fmt.Println(s.Len(), s.Cap())
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"x", "y"}))
	fmt.Println(s.Len(), s.Cap(), s.Index(7))
	var ints []int
	vi := reflect.ValueOf(&ints).Elem()
	for i := 0; i < 5; i++ {
		vi.Set(reflect.Append(vi, reflect.ValueOf(i*i)))
		fmt.Print(vi.Len(), "/", vi.Cap(), " ")
	}
	fmt.Println(ints)
	dst := make([]int, 3)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf(ints)), dst)
	bs := make([]byte, 4)
	fmt.Println(reflect.Copy(reflect.ValueOf(bs), reflect.ValueOf("hi!")), string(bs[:3]))
	arr := [4]int{}
	fmt.Println(reflect.Copy(reflect.ValueOf(&arr).Elem(), reflect.ValueOf([]int{7, 8})), arr)
	words := []string{"a", "b", "c", "d"}
	sw := reflect.Swapper(words)
	sw(0, 3)
	sw(1, 2)
	fmt.Println(words)
	vi.SetLen(2)
	vi.Index(1).SetInt(-1)
	fmt.Println(ints, vi.Slice(0, 4))
	g := reflect.ValueOf(&ints).Elem()
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap() >= 102)
	g.Clear()
	fmt.Println(ints)
	try("Append wrong type", func() { reflect.Append(s, reflect.ValueOf(1)) })
	try("Copy mismatch", func() { reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf(words)) })
	try("Swapper index", func() { sw(0, 9) })
	try("MakeSlice negative", func() { reflect.MakeSlice(st, -1, 0) })
	try("MakeSlice len > cap", func() { reflect.MakeSlice(st, 3, 2) })
	try("MakeSlice non-slice", func() { reflect.MakeSlice(reflect.TypeOf(0), 1, 1) })

	// channels
	ct := reflect.ChanOf(reflect.BothDir, reflect.TypeOf(0))
	ch := reflect.MakeChan(ct, 2)
	ch.Send(reflect.ValueOf(1))
	fmt.Println(ch.TrySend(reflect.ValueOf(2)), ch.TrySend(reflect.ValueOf(3)), ch.Len(), ch.Cap())
	x, ok := ch.Recv()
	fmt.Println(x, ok)
	x, ok = ch.TryRecv()
	fmt.Println(x, ok)
	x, ok = ch.TryRecv()
	fmt.Println(x.IsValid(), ok)
	ch.Send(reflect.ValueOf(10))
	chosen, recv, rok := reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: ch},
		{Dir: reflect.SelectDefault},
	})
	fmt.Println(chosen, recv, rok)
	chosen, recv, rok = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: ch},
		{Dir: reflect.SelectDefault},
	})
	fmt.Println(chosen, recv.IsValid(), rok)
	chosen, _, _ = reflect.Select([]reflect.SelectCase{
		{Dir: reflect.SelectSend, Chan: ch, Send: reflect.ValueOf(5)},
	})
	fmt.Println(chosen, ch.Len())
	ch.Close()
	x, ok = ch.Recv()
	fmt.Println(x, ok)
	x, ok = ch.Recv()
	fmt.Println(x, ok)
	c2 := ch.Interface().(chan int)
	fmt.Println(len(c2), cap(c2))
	ro := reflect.ValueOf((<-chan int)(make(chan int)))
	try("send on recv-only", func() { ro.Send(reflect.ValueOf(1)) })
	try("close recv-only", func() { ro.Close() })
	try("send on closed", func() { ch.Send(reflect.ValueOf(1)) })
	try("MakeChan unidirectional", func() { reflect.MakeChan(ro.Type(), 0) })
	fmt.Println(reflect.ChanOf(reflect.RecvDir, reflect.TypeOf("")), reflect.ChanOf(reflect.SendDir, ct))
}
