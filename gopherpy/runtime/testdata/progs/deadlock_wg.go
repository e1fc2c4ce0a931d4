// A deadlock with main in sync.(*WaitGroup).Wait and a worker blocked on a channel
// inside a callback of a standard-library function: the dump names the library's
// frames as Go does.
package main

import (
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	c := make(chan rune)
	wg.Add(1)
	go func() {
		defer wg.Done()
		strings.Map(func(r rune) rune { return <-c }, "x")
	}()
	wg.Wait()
}
