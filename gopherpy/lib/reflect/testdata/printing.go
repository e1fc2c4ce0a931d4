// fmt with reflection values: a reflect.Value prints the value it holds (its methods
// too, unless it came through an unexported field); Types print their String.
package main

import (
	"fmt"
	"reflect"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Rec struct {
	Name string
	t    Temp
	T    Temp
	L    []int
}

func main() {
	r := Rec{"r", 1.5, 2.5, []int{1, 2}}
	v := reflect.ValueOf(r)
	fmt.Println(v, v.Field(0), v.Field(1), v.Field(2), v.Field(3))
	fmt.Printf("%v|%+v|%d|%s|%q|%x\n", v.Field(1), v, v.Field(3), v.Field(0), v.Field(0), v.Field(0))
	fmt.Printf("%T %T %v\n", v, v.Type(), v.Type())
	fmt.Println([]reflect.Type{reflect.TypeOf(r), reflect.TypeOf(&r)}, reflect.Value{})
	fmt.Printf("%v %s\n", reflect.ValueOf(Temp(3)), reflect.ValueOf(Temp(4)))
	fmt.Println(reflect.ValueOf(nil), reflect.ValueOf([]any{1, nil}), reflect.ValueOf(map[string]bool{"b": true, "a": false}))
	var e error
	fmt.Println(reflect.ValueOf(&e).Elem(), reflect.ValueOf(&r).Elem().Field(2))
	fmt.Println(reflect.Int, reflect.Struct, reflect.TypeOf(r).Kind(), v.Kind())
	fmt.Printf("%v %d\n", reflect.Slice, reflect.Slice)
	fmt.Println(reflect.ValueOf(r).Field(3).Index(1), reflect.ValueOf("text").String(), reflect.ValueOf(7).String())
	fmt.Printf("%#v\n", reflect.ValueOf([]string{"x"}))
}
