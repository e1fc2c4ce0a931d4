package b

import "fmt"

func B(n int) {
	n = n
	fmt.Println("%d", n)
}
