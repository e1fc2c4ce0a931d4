//go:build ignore

// Command ftoa_gen prints golden strconv.FormatFloat outputs: bits size fmt prec result.
// Run: go run ftoa_gen.go > ftoa.golden
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(1))
	var vals64 []uint64
	var vals32 []uint32
	special := []float64{0, 1, -1, 0.1, 0.2, 0.3, 1.5, 2.5, 1e21, 1e20, 1e22, 1e23, 123456, 1234567, 0.0001, 0.00001,
		5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308,
		9007199254740993, 9007199254740992, 0.5, 0.25, 0.125, 1e-7, 100, 1e6, 1e7, 123.456, 1.0 / 3, 2.0 / 3,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 5e-310, 1.7976931348623157e308, 4.9406564584124654e-324,
		0.000001, 1e100, 1e-100, 12345678901234567890, 0.1 + 0.2, 3.14159265358979, 2e-7, 1.25, 1.35, 0.35, 0.045, 5.5, 6.5, 0.5e-5}
	for _, f := range special {
		vals64 = append(vals64, math.Float64bits(f))
		vals32 = append(vals32, math.Float32bits(float32(f)))
	}
	for e := -1074; e <= 1023; e += 7 {
		vals64 = append(vals64, math.Float64bits(math.Ldexp(1, e)))
		vals64 = append(vals64, math.Float64bits(math.Nextafter(math.Ldexp(1, e), 0)))
	}
	for e := -149; e <= 127; e += 3 {
		vals32 = append(vals32, math.Float32bits(float32(math.Ldexp(1, e))))
		vals32 = append(vals32, math.Float32bits(math.Nextafter32(float32(math.Ldexp(1, e)), 0)))
	}
	for i := 0; i < 700; i++ {
		vals64 = append(vals64, r.Uint64())
		vals32 = append(vals32, r.Uint32())
	}
	for i := 0; i < 250; i++ {
		// "nice" decimals
		f := float64(r.Intn(100000)) / math.Pow(10, float64(r.Intn(12)))
		vals64 = append(vals64, math.Float64bits(f))
		vals32 = append(vals32, math.Float32bits(float32(f)))
		// subnormals
		vals64 = append(vals64, uint64(r.Int63n(1<<52)))
		vals32 = append(vals32, uint32(r.Int31n(1<<23)))
	}
	type spec struct {
		f    byte
		prec int
	}
	specs := []spec{{'g', -1}, {'e', -1}, {'f', -1}, {'G', -1}, {'E', -1}, {'b', -1}, {'x', -1}, {'X', 3}, {'x', 0}, {'x', 20}}
	for _, p := range []int{0, 1, 2, 3, 5, 8, 15, 17, 20, 25} {
		specs = append(specs, spec{'e', p}, spec{'f', p}, spec{'g', p})
	}
	for i, b := range vals64 {
		f := math.Float64frombits(b)
		for j, s := range specs {
			if (i+j)%5 != 0 && s.prec > 0 && i > 60 {
				continue
			}
			fmt.Printf("%016x 64 %c %d %s\n", b, s.f, s.prec, strconv.FormatFloat(f, s.f, s.prec, 64))
		}
	}
	for i, b := range vals32 {
		f := math.Float32frombits(b)
		for j, s := range specs {
			if (i+j)%5 != 0 && s.prec > 0 && i > 60 {
				continue
			}
			fmt.Printf("%08x 32 %c %d %s\n", b, s.f, s.prec, strconv.FormatFloat(float64(f), s.f, s.prec, 32))
		}
	}
}
