//go:build ignore

// Command math_gen prints golden results of package math's functions on amd64:
// special values, random bit patterns and random values in several ranges.
// Run: go run math_gen.go | gzip -9 > math.golden.gz
// Floor, Ceil and Trunc are called directly: the compiler makes them one ROUNDSD
// instruction, which quiets a signaling NaN (the assembly behind a func value does not).
// Lines: <func> <argument bits in hex>... <result bits in hex>... (ints in decimal).
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand"
	"os"
)

var w = bufio.NewWriter(os.Stdout)

func b(x float64) string { return fmt.Sprintf("%016x", math.Float64bits(x)) }

func inputs(r *rand.Rand) []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 0.25, 0.75, 1.5, 2.5, -2.5, 10, 100, 1e-300, -1e-300,
		5e-324, -5e-324, 1e-310, 2.2250738585072014e-308, 2.225073858507201e-308, math.MaxFloat64, -math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xfff8000000000000), math.Float64frombits(0x7ff0000000000001),
		math.Pi, math.Pi / 2, math.Pi / 4, -math.Pi, 2 * math.Pi, math.E, math.Ln2, 1 << 29, 1<<29 + 0.5, 1 << 52, 1<<52 + 1, 1 << 53,
		1 << 63, 1e15, 1e16, 1e20, 1e22, 1e100, 1e300, 709.78, 709.79, -745.1, -745.2, 710, 1024, -1074, -1075, 0.84375, 1.25, 6, 28,
		-6, -28, 33, 34, 171, 172, 0.9, 0.2316, 0.7316, 1.7316, 1.2316, 8, 2.8571, 4.5454, 1e-9, -1e-9, 0.1, 0.2, 0.3, 1e-5,
		0.7071067811865476, 0.7071067811865475, 1.4142135623730951, 0.6, 0.7, 0.66, 2.414213562373095, 0.625, 44, 21, 22, 0.85, 0.999, -0.999,
		0.9999999999999999, 1.0000000000000002, 4.4e-16, -170.5, -171.5, -33.5, 1e-20, 3.7e-9, 268435456, 268435457}
	for i := 0; i < 150; i++ {
		xs = append(xs, math.Float64frombits(r.Uint64()))
	}
	for _, scale := range []float64{1, 10, 1000, 1e6, 1e15, 1e300} {
		for i := 0; i < 50; i++ {
			xs = append(xs, (r.Float64()*2-1)*scale)
		}
	}
	for i := 0; i < 100; i++ {
		xs = append(xs, math.Ldexp(r.Float64()+0.5, r.Intn(2200)-1100))
	}
	for i := 0; i < 60; i++ {
		xs = append(xs, float64(r.Intn(200)-100)+[]float64{0, 0.5, 0.25, 1e-10}[r.Intn(4)])
	}
	return xs
}

func one(name string, f func(float64) float64, xs []float64) {
	for _, x := range xs {
		fmt.Fprintf(w, "%s %s %s\n", name, b(x), b(f(x)))
	}
}

func two(name string, f func(float64, float64) float64, xs []float64, r *rand.Rand) {
	for i, x := range xs {
		for k := 0; k < 2; k++ {
			y := xs[(i*7+k*131+r.Intn(len(xs)))%len(xs)]
			fmt.Fprintf(w, "%s %s %s %s\n", name, b(x), b(y), b(f(x, y)))
		}
		fmt.Fprintf(w, "%s %s %s %s\n", name, b(x), b(x), b(f(x, x)))
	}
}

func main() {
	defer w.Flush()
	r := rand.New(rand.NewSource(7))
	xs := inputs(r)
	ones := []struct {
		n string
		f func(float64) float64
	}{{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh},
		{"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Ceil", func(x float64) float64 { return math.Ceil(x) }}, {"Cos", math.Cos},
		{"Cosh", math.Cosh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfcinv", math.Erfcinv}, {"Erfinv", math.Erfinv},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", func(x float64) float64 { return math.Floor(x) }}, {"Gamma", math.Gamma},
		{"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Log2", math.Log2}, {"Logb", math.Logb}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Sin", math.Sin}, {"Sinh", math.Sinh}, {"Sqrt", math.Sqrt}, {"Tan", math.Tan}, {"Tanh", math.Tanh},
		{"Trunc", func(x float64) float64 { return math.Trunc(x) }}, {"Y0", math.Y0}, {"Y1", math.Y1},
		{"SincosS", func(x float64) float64 { s, _ := math.Sincos(x); return s }},
		{"SincosC", func(x float64) float64 { _, c := math.Sincos(x); return c }},
		{"ModfI", func(x float64) float64 { i, _ := math.Modf(x); return i }},
		{"ModfF", func(x float64) float64 { _, f := math.Modf(x); return f }},
		{"FrexpF", func(x float64) float64 { f, _ := math.Frexp(x); return f }},
		{"FrexpE", func(x float64) float64 { _, e := math.Frexp(x); return float64(e) }},
		{"LgammaL", func(x float64) float64 { l, _ := math.Lgamma(x); return l }},
		{"LgammaS", func(x float64) float64 { _, s := math.Lgamma(x); return float64(s) }},
		{"Ilogb", func(x float64) float64 { return float64(math.Ilogb(x)) }},
		{"Signbit", func(x float64) float64 {
			if math.Signbit(x) {
				return 1
			}
			return 0
		}},
	}
	for _, o := range ones {
		one(o.n, o.f, xs)
	}
	twos := []struct {
		n string
		f func(float64, float64) float64
	}{{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot}, {"Max", math.Max},
		{"Min", math.Min}, {"Mod", math.Mod}, {"Nextafter", math.Nextafter}, {"Pow", math.Pow}, {"Remainder", math.Remainder},
		{"Ldexp", func(x, y float64) float64 { return math.Ldexp(x, int(math.Float64bits(y)%4400)-2200) }},
		{"Jn", func(x, y float64) float64 { return math.Jn(int(math.Float64bits(y)%41)-20, x) }},
		{"Yn", func(x, y float64) float64 { return math.Yn(int(math.Float64bits(y)%41)-20, x) }},
		{"FMA", func(x, y float64) float64 { return math.FMA(x, y, x*0.75-y) }},
		{"FMA2", func(x, y float64) float64 { return math.FMA(x, y, -(x * y)) }},
		{"Pow10", func(x, y float64) float64 { return math.Pow10(int(math.Float64bits(y)%700) - 350) }},
	}
	for _, t := range twos {
		two(t.n, t.f, xs, r)
	}
	// Pow on friendlier operands (moderate x, integer and fractional y)
	for i := 0; i < 1500; i++ {
		x := r.Float64() * 20
		if i%3 == 0 {
			x = -x
		}
		y := float64(r.Intn(40) - 20)
		if i%2 == 0 {
			y += r.Float64()
		}
		fmt.Fprintf(w, "Pow %s %s %s\n", b(x), b(y), b(math.Pow(x, y)))
	}
	for i := 0; i < 1000; i++ {
		x := r.Float64()*1400 - 700
		fmt.Fprintf(w, "Exp %s %s\n", b(x), b(math.Exp(x)))
		y := math.Ldexp(r.Float64(), r.Intn(60)-30)
		fmt.Fprintf(w, "Log %s %s\n", b(y), b(math.Log(y)))
		z := r.Float64()*200 - 100
		fmt.Fprintf(w, "Sin %s %s\n", b(z), b(math.Sin(z)))
		fmt.Fprintf(w, "Cos %s %s\n", b(z), b(math.Cos(z)))
		fmt.Fprintf(w, "Tan %s %s\n", b(z), b(math.Tan(z)))
		g := r.Float64()*180 - 20
		fmt.Fprintf(w, "Gamma %s %s\n", b(g), b(math.Gamma(g)))
		l, _ := math.Lgamma(g)
		fmt.Fprintf(w, "LgammaL %s %s\n", b(g), b(l))
	}
	// float32 functions
	for i := 0; i < 1000; i++ {
		x := math.Float32frombits(r.Uint32())
		y := math.Float32frombits(r.Uint32())
		if i%4 == 0 {
			y = x
		}
		fmt.Fprintf(w, "Nextafter32 %s %s %s\n", b(float64(x)), b(float64(y)), b(float64(math.Nextafter32(x, y))))
		if x == x { // a float32 NaN does not survive float64 (the golden format); gopherpy's either
			fmt.Fprintf(w, "Float32bits %s %s\n", b(float64(x)), b(float64(math.Float32bits(x))))
		}
	}
}
