package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := "line one\r\nline two\n\nlast line no newline"
	sc := bufio.NewScanner(strings.NewReader(in))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	sc = bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n\u00a0delta  "))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
		n++
	}
	fmt.Println(n)

	sc = bufio.NewScanner(strings.NewReader("hé\xffx"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000)))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())

	r := bufio.NewReaderSize(strings.NewReader("first\nsecond\r\nthird é"), 16)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	line, pre, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, pre, err)
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(c), size, " ")
	}
	fmt.Println(r.UnreadRune(), r.UnreadByte())

	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\nend"), 16)
	for {
		l, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(len(l), isPrefix)
	}
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("w", 40)+"\nend"), 16)
	b, err := r.ReadBytes('\n')
	fmt.Println(len(b), err)
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)

	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(w, "%s|", strings.Repeat("ab", 5))
	fmt.Println(w.Buffered(), w.Available())
	w.WriteString("0123456789abcdefXYZ")
	w.WriteRune('世')
	w.WriteByte('\n')
	fmt.Println()
	w.Flush()
	fmt.Println(w.Buffered())
}
