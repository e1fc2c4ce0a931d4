// Cases of the timeformat and defers analyzers.
package main

import (
	"fmt"
	"time"
)

const layout = "2006-02-01 15:04"

func timed() {
	start := time.Now()
	defer fmt.Println(time.Since(start))
	defer func() { fmt.Println(time.Since(start)) }()
	defer fmt.Println("took", time.Since(start).Seconds())
}

func main() {
	t := time.Now()
	fmt.Println(t.Format("2006-02-01"))
	fmt.Println(t.Format("at 2006-02-01"))
	fmt.Println(t.Format(`2006-02-01`))
	fmt.Println(t.Format(layout))
	fmt.Println(t.Format("2006-01-02"))
	_, err := time.Parse("2006-02-01", "2020-01-01")
	fmt.Println(err)
	timed()
}
