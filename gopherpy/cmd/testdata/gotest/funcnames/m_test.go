package m

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"

	"example.com/m/sub"
	"example.com/m/yaml.v2"
)

func nameOf(f any) string { return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name() }

func TestNames(t *testing.T) {
	fmt.Println(sub.Caller(0))
	fmt.Println(sub.F())
	fmt.Println((&sub.T{}).P(), sub.T{}.V())
	fmt.Println(sub.G(1), (&sub.Box[string]{}).Get())
	fmt.Println(sub.Closure())
	fmt.Println(sub.InitName)
	fmt.Println(yaml.Name())
	fmt.Println((&Server{}).Serve())
	fmt.Println(sub.Each(func() string { return sub.Caller(0) + " < " + sub.Caller(1) }))
	var s Server
	fmt.Println(nameOf(s.Serve), nameOf((*Server).Serve), nameOf(sub.G[int]), nameOf(yaml.Name))
	func() {
		defer func() {
			recover()
			fmt.Println(sub.Caller(0), "<", sub.Caller(1), "<", sub.Caller(2))
		}()
		var m map[string]int
		m["x"] = 1
	}()
}
