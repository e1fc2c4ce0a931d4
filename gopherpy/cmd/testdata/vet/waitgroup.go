// Cases of the waitgroup analyzer.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	go func() {
		wg.Add(1)
		defer wg.Done()
		fmt.Println("bad")
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("good")
	}()
	go func() {
		fmt.Println("later add")
		wg.Add(1)
		wg.Done()
	}()
	p := &wg
	go func() {
		p.Add(1)
		p.Done()
	}()
	wg.Wait()
}
