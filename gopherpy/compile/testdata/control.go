package main

import "fmt"

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, []byte:
		return "stringish"
	case error:
		return "error " + v.Error()
	default:
		return "other"
	}
}

func main() {
	for i := 0; i < 6; i++ {
		switch {
		case i == 0:
			fmt.Println("zero")
		case i%2 == 1:
			fmt.Println("odd")
			if i == 3 {
				break
			}
			fmt.Println("not three")
		case i == 4:
			fmt.Println("four")
			fallthrough
		default:
			fmt.Println("default")
		}
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
	for n < 5 {
		n += 2
		if n == 4 {
			continue
		}
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k > 3 {
			break
		}
	}
	fmt.Println(k)
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println(classify(nil), classify(3), classify("s"), classify(fmt.Errorf("e%d", 1)), classify(2.5))
}
