// Cases of the stringintconv analyzer: string(int) conversions.
package main

import "fmt"

type Num int
type Str string

func main() {
	i := 65
	var i64 int64 = 66
	var b byte = 67
	var r rune = 68
	var n Num = 69
	var u uint = 70
	fmt.Println(string(i), string(i64), string(b), string(r), string(n))
	fmt.Println(Str(i), Str(r), string(rune(i)), string(u))
	fmt.Println(string([]byte{1}), fmt.Sprint(i))
}
