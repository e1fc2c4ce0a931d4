package main

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
)

type Num int8

type S struct {
	A int
	B string `json:"b"`
	c bool
}

func (S) Hello() string    { return "hi" }
func (S) Bye(n int) string { return fmt.Sprint("bye", n) }

func main() {
	for x := range reflect.ValueOf(Num(3)).Seq() {
		fmt.Printf("%v %T; ", x, x.Interface())
	}
	for x := range reflect.ValueOf(uint16(2)).Seq() {
		fmt.Printf("%v %T; ", x, x.Interface())
	}
	fmt.Println()
	for x := range reflect.ValueOf([]string{"a", "b"}).Seq() {
		fmt.Print(x, " ")
	}
	for x := range reflect.ValueOf(&[3]int{}).Seq() {
		fmt.Print(x, " ")
	}
	for x := range reflect.ValueOf("héllo").Seq() {
		fmt.Print(x, " ")
	}
	fmt.Println()
	for k, v := range reflect.ValueOf("hé").Seq2() {
		fmt.Printf("%v:%v(%T) ", k, v, v.Interface())
	}
	for k, v := range reflect.ValueOf([2]string{"x", "y"}).Seq2() {
		fmt.Print(k, "=", v, " ")
	}
	for k, v := range reflect.ValueOf(&[2]int{7, 8}).Seq2() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	m := map[string]int{"one": 1}
	for k := range reflect.ValueOf(m).Seq() {
		fmt.Print(k, " ")
	}
	for k, v := range reflect.ValueOf(m).Seq2() {
		fmt.Print(k, v, " ")
	}
	ch := make(chan int, 3)
	ch <- 4
	ch <- 5
	close(ch)
	for x := range reflect.ValueOf(ch).Seq() {
		fmt.Print(x, " ")
	}
	fmt.Println()
	for x := range reflect.ValueOf(slices.Values([]int{9, 8, 7})).Seq() {
		fmt.Print(x, " ")
		if x.Int() == 8 {
			break
		}
	}
	for k, v := range reflect.ValueOf(maps.All(map[int]bool{1: true})).Seq2() {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
	s := S{1, "two", true}
	for f, v := range reflect.ValueOf(s).Fields() {
		fmt.Println(f.Name, f.Tag, f.Index, v.Kind(), f.IsExported())
	}
	for m, v := range reflect.ValueOf(s).Methods() {
		fmt.Println(m.Name, m.Type, v.Type(), v.Type().NumIn())
	}
	for f := range reflect.TypeOf(s).Fields() {
		fmt.Print(f.Name, " ")
	}
	fmt.Println()
	for _, bad := range []any{1.5, struct{}{}, func() {}} {
		func() {
			defer func() { fmt.Println(recover()) }()
			reflect.ValueOf(bad).Seq()
		}()
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(ch).Seq2()
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(3).Fields()
	}()
}
