package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:2], string(s[7:]))
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), len(b))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1]), string(rs[7:]))
	bad := "a\xffb\xe2\x82"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	t := ""
	for i := 0; i < 5; i++ {
		t += string(rune('a' + i))
	}
	fmt.Println(t, t < "abd", t == "abcde", string(rune(65)), string(rune(-1)))
}
