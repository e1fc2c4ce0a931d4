// Methods: method sets (value, pointer, promoted, interface), Method/MethodByName,
// Call/CallSlice, method values, MakeFunc, Implements.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Counter struct{ N int }

func (c Counter) Get() int          { return c.N }
func (c *Counter) Add(k int) int    { c.N += k; return c.N }
func (c Counter) Sum(xs ...int) int { s := c.N; for _, x := range xs { s += x }; return s }
func (c Counter) hidden()           {}

type Wrapper struct {
	Counter
	Label string
}

func (w Wrapper) Describe() string { return fmt.Sprintf("%s=%d", w.Label, w.N) }

type PtrWrapper struct {
	*Counter
}

type Celsius float64

func (c Celsius) String() string     { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c *Celsius) Warm(d float64)    { *c += Celsius(d) }
func (c Celsius) Pair() (int, error) { return int(c), errors.New("pair") }

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (s Sq) Name() string   { return "square" }

func listMethods(t reflect.Type) {
	fmt.Printf("%v: %d methods:", t, t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Printf(" %s %v (index %d);", m.Name, m.Type, m.Index)
	}
	fmt.Println()
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
}

func main() {
	for _, x := range []any{Counter{}, &Counter{}, Wrapper{}, &Wrapper{}, PtrWrapper{}, Celsius(1),
		new(Celsius), Sq{}} {
		listMethods(reflect.TypeOf(x))
	}
	listMethods(reflect.TypeOf((*Shape)(nil)).Elem())
	listMethods(reflect.TypeOf((*fmt.Stringer)(nil)).Elem())
	listMethods(reflect.TypeOf((*error)(nil)).Elem())

	c := &Counter{N: 1}
	vc := reflect.ValueOf(c)
	fmt.Println(vc.NumMethod(), vc.Elem().NumMethod())
	add := vc.MethodByName("Add")
	fmt.Println(add.Kind(), add.Type())
	out := add.Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(len(out), out[0].Int(), c.N)
	get := vc.Elem().MethodByName("Get")
	c.N = 50 // the method value was bound to a copy of *c
	fmt.Println(get.Call(nil)[0], vc.MethodByName("Get").Call(nil)[0])
	sum := vc.MethodByName("Sum")
	fmt.Println(sum.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})[0],
		sum.CallSlice([]reflect.Value{reflect.ValueOf([]int{10, 20})})[0], sum.Type().IsVariadic())
	fmt.Println(vc.MethodByName("hidden").IsValid(), vc.MethodByName("Nope").IsValid())

	m, ok := reflect.TypeOf(c).MethodByName("Add")
	fmt.Println(m.Name, m.Type, ok, m.Func.Call([]reflect.Value{vc, reflect.ValueOf(2)})[0], c.N)
	_, ok = reflect.TypeOf(Counter{}).MethodByName("Add")
	fmt.Println(ok)
	fn := reflect.TypeOf(Counter{}).Method(0).Func.Interface().(func(Counter) int)
	fmt.Println(fn(Counter{N: 9}))

	w := Wrapper{Counter{3}, "w"}
	fmt.Println(reflect.ValueOf(w).MethodByName("Get").Call(nil)[0],
		reflect.ValueOf(w).MethodByName("Describe").Call(nil)[0],
		reflect.ValueOf(&w).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(1)})[0], w.N)

	cel := Celsius(20)
	vcel := reflect.ValueOf(&cel)
	vcel.MethodByName("Warm").Call([]reflect.Value{reflect.ValueOf(1.5)})
	fmt.Println(cel, vcel.Elem().MethodByName("String").Call(nil)[0])
	res := vcel.MethodByName("Pair").Call(nil)
	fmt.Println(res[0].Int(), res[1].Interface(), res[1].Type(), res[1].Kind())
	fmt.Println(vcel.Elem().Method(0).Interface().(func() (int, error)) != nil)

	var sh Shape = Sq{2}
	vsh := reflect.ValueOf(&sh).Elem()
	fmt.Println(vsh.Kind(), vsh.NumMethod(), vsh.Method(0).Call(nil)[0], vsh.MethodByName("Name").Call(nil)[0])

	// Implements
	shapeT := reflect.TypeOf((*Shape)(nil)).Elem()
	stringerT := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errorT := reflect.TypeOf((*error)(nil)).Elem()
	for _, t := range []reflect.Type{reflect.TypeOf(Sq{}), reflect.TypeOf(&Sq{}), reflect.TypeOf(Celsius(0)),
		reflect.TypeOf(new(Celsius)), reflect.TypeOf(errors.New("x")), reflect.TypeOf(1), shapeT} {
		fmt.Println(t, t.Implements(shapeT), t.Implements(stringerT), t.Implements(errorT))
	}

	// plain function values
	up := reflect.ValueOf(strings.ToUpper)
	fmt.Println(up.Call([]reflect.Value{reflect.ValueOf("abc")})[0], up.Type())
	join := reflect.ValueOf(func(sep string, xs ...string) string { return strings.Join(xs, sep) })
	fmt.Println(join.Call([]reflect.Value{reflect.ValueOf("-"), reflect.ValueOf("a"), reflect.ValueOf("b")})[0])
	fmt.Println(join.Call([]reflect.Value{reflect.ValueOf("-")})[0].Len())
	anyf := reflect.ValueOf(func(x any) string { return fmt.Sprintf("%T", x) })
	fmt.Println(anyf.Call([]reflect.Value{reflect.ValueOf(1.5)})[0])

	// MakeFunc
	swapT := reflect.TypeOf(func(int, string) (string, int) { return "", 0 })
	swap := reflect.MakeFunc(swapT, func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	})
	f := swap.Interface().(func(int, string) (string, int))
	s, n := f(1, "one")
	fmt.Println(s, n)
	var double func(float64) float64
	dv := reflect.ValueOf(&double).Elem()
	dv.Set(reflect.MakeFunc(dv.Type(), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(in[0].Float() * 2)}
	}))
	fmt.Println(double(21))
	vf := reflect.MakeFunc(reflect.TypeOf(func(...int) int { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(in[0].Len())}
	})
	fmt.Println(vf.Interface().(func(...int) int)(1, 2, 3))

	try("Call too few", func() { add.Call(nil) })
	try("Call too many", func() { add.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)}) })
	try("Call wrong type", func() { add.Call([]reflect.Value{reflect.ValueOf("x")}) })
	try("Call on int", func() { reflect.ValueOf(1).Call(nil) })
	try("CallSlice non-variadic", func() { add.CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	try("Method out of range", func() { vc.Method(10) })
	try("Type.Method out of range", func() { reflect.TypeOf(c).Method(10) })
	try("MakeFunc wrong count", func() {
		g := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
		g.Call(nil)
	})
	try("Implements non-interface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	var nilf func()
	try("nil func", func() { reflect.ValueOf(nilf).Call(nil) })
	var nilsh Shape
	try("Method on nil interface", func() { reflect.ValueOf(&nilsh).Elem().Method(0) })
}
