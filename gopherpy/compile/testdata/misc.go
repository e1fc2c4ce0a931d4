package main

import (
	"fmt"
	"strings"
)

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	Name string
}

var counter int

func init() {
	counter = 10
}

var table = buildTable()

func buildTable() map[string]int {
	return map[string]int{"one": 1, "two": 2}
}

const (
	A = iota
	B
	C
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string {
	if d == Sunday {
		return "Sun"
	}
	return "Mon"
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	var a Animal = Dog{"rex"}
	fmt.Println(a.Sound())
	svc := Service{&Logger{prefix: "> "}, "svc"}
	svc.Log("started")
	svc.Log("running")
	fmt.Println(strings.Join(svc.lines, "|"), svc.Name)
	fmt.Println(counter, table["two"], A, B, C)
	fmt.Println(Monday, Sunday)
	fmt.Printf("%v %d %s\n", Monday, Monday, Sunday)
	fmt.Println(depth(5000))
	f := Dog.Sound
	fmt.Println(f(Dog{"fido"}))
	g := svc.Log
	g("via method value")
	fmt.Println(len(svc.lines))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(fmt.Sprintf("[%d]", i))
	}
	fmt.Println(sb.String())
	fmt.Println(strings.ToUpper("abc"), strings.Repeat("ab", 3), strings.Split("a,b,c", ","))
	x := 10
	ptr := &x
	*ptr += 5
	fmt.Println(x, *ptr)
	type local struct{ v int }
	ls := []local{{1}, {2}}
	for i := range ls {
		ls[i].v *= 10
	}
	fmt.Println(ls)
	fmt.Printf("%T %T %T %T\n", ls, a, ptr, table)
}
