package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	r, w := io.Pipe()
	wrote := make(chan string, 1)
	go func() {
		res := ""
		for _, s := range []string{"hello, ", "pipe", "", " world"} {
			n, err := w.Write([]byte(s))
			res += fmt.Sprintln("wrote", n, err)
		}
		w.Close()
		wrote <- res
	}()
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("read %q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Print(<-wrote)
	_, err := w.Write([]byte("x"))
	fmt.Println("write after close:", err)

	r2, w2 := io.Pipe()
	go func() {
		w2.Write([]byte("abc"))
		w2.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(r2)
	fmt.Printf("%q %v\n", data, err)

	r3, w3 := io.Pipe()
	r3.CloseWithError(errors.New("consumer gone"))
	_, err = w3.Write([]byte("x"))
	fmt.Println(err)
	_, err = r3.Read(buf)
	fmt.Println(err)
	r4, w4 := io.Pipe()
	r4.Close()
	_, err = w4.Write(nil)
	fmt.Println(err, err == io.ErrClosedPipe)
}
