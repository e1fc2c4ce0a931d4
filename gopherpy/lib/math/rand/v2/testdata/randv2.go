package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

type myInt int16

func main() {
	p := rand.NewPCG(1, 2)
	r := rand.New(p)
	fmt.Println(r.Int64(), r.Uint64(), r.Int32(), r.Uint32(), r.Int(), r.Uint())
	fmt.Println(r.IntN(100), r.Int64N(1e12), r.Int32N(7), r.Uint64N(1000), r.Uint32N(5), r.UintN(77))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	c := rand.NewChaCha8([32]byte{1, 2, 3})
	r2 := rand.New(c)
	for i := 0; i < 5; i++ {
		fmt.Print(r2.Uint64(), " ")
	}
	fmt.Println()
	buf := make([]byte, 20)
	c.Read(buf)
	fmt.Println(buf)
	b, _ := c.MarshalBinary()
	fmt.Println(len(b), b[:12])
	p.Seed(5, 6)
	fmt.Println(p.Uint64())
	pb, _ := p.MarshalBinary()
	fmt.Println(pb)
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 100)
	for i := 0; i < 5; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	x := rand.IntN(10)
	fmt.Println(x >= 0 && x < 10)
	fmt.Println(rand.N(10*time.Second) < 10*time.Second)
	fmt.Println(rand.N[int64](5) < 5)
	fmt.Println(r.IntN(1<<62) >= 0)
	src := rand.NewPCG(9, 9)
	r3 := rand.New(src)
	for i := 0; i < 3; i++ {
		fmt.Print(r3.IntN(1000), r3.Float64(), " ")
	}
	fmt.Println()
	r4 := rand.New(rand.NewPCG(7, 8))
	fmt.Println(r4.N(int64(1000)), r4.N(uint8(200)), r4.N(10*time.Second), r4.N(myInt(300)), r4.N(uint64(1)<<40))
	func() {
		defer func() { fmt.Println(recover()) }()
		r4.N(0)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		r.IntN(0)
	}()
}
