// Cases of the sigchanyzer analyzer.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func mk() chan os.Signal { return make(chan os.Signal) }

func main() {
	c1 := make(chan os.Signal)
	signal.Notify(c1, os.Interrupt)
	c2 := make(chan os.Signal, 1)
	signal.Notify(c2, os.Interrupt)
	var c3 = make(chan os.Signal)
	signal.Notify(c3, syscall.SIGTERM)
	signal.Notify(make(chan os.Signal), os.Interrupt)
	c4 := mk()
	signal.Notify(c4)
	notify := signal.Notify
	notify(c1)
	var c5 chan os.Signal
	c5 = make(chan os.Signal)
	signal.Notify(c5)
	fmt.Println(c1, c2, c3, c4, c5)
}
