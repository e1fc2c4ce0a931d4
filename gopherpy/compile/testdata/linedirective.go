// //line directives rename files and renumber lines for runtime.Caller and panic
// traces; a function running its deferred calls during a panic is seen at the line
// that panicked.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() {
	_, f, l, _ := runtime.Caller(1)
	fmt.Println(f[strings.LastIndex(f, "/")+1:], l)
}

type T struct{ val int }

func expectLine() {
	recover()
	for i := 1; ; i++ {
		_, f, line, ok := runtime.Caller(i)
		if !ok {
			fmt.Println("not found")
			return
		}
		if strings.HasSuffix(f, "linedirective.go") {
			fmt.Println("panicked at line", line)
			return
		}
	}
}

func switchNil() {
	defer expectLine()
	var p *T
	switch p.val {
	case 0:
		fmt.Println("0")
	case 1:
		fmt.Println("1")
	}
}

func stackNil(p *int32) {
	defer func() {
		recover()
		var buf [1024]byte
		n := runtime.Stack(buf[:], false)
		s := string(buf[:n])
		fmt.Println(strings.Contains(s, "linedirective.go:49 "), strings.Contains(s, "linedirective.go:50 "))
	}()
	v := *p
	fmt.Println(v)
}

func main() {
	switchNil()
	stackNil(nil)
	where()
//line :1
	where()
//line foo.go:1
	where()
//line bar.go:10:20
	where()
//line :11:22
	where()
	/*line :1*/ where()
/*line x/foo.go:1*/ where()
	where()
//line /abs/q.go:5
	where(); where()
	func() {
		where()
	}()
	var p *int
	defer func() {
		panic(fmt.Sprint("again"))
	}()
	fmt.Println(*p)
}
