//go:build ignore

// Command cmplx_gen prints golden results of package math/cmplx on amd64.
// Run: go run cmplx_gen.go | gzip -9 > cmplx.golden.gz
// Lines: <func> <re bits> <im bits> [<re2> <im2>] <result re bits> <result im bits>
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/cmplx"
	"math/rand"
	"os"
)

var w = bufio.NewWriter(os.Stdout)

func b(x float64) string { return fmt.Sprintf("%016x", math.Float64bits(x)) }

func main() {
	defer w.Flush()
	r := rand.New(rand.NewSource(3))
	parts := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -2, 3, 1e-300, 1e300, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi / 2, 1e-8, 40, 710}
	var zs []complex128
	for _, a := range parts {
		for _, c := range parts {
			zs = append(zs, complex(a, c))
		}
	}
	for i := 0; i < 400; i++ {
		s := []float64{1, 10, 1e3, 1e-3, 1e10}[i%5]
		zs = append(zs, complex((r.Float64()*2-1)*s, (r.Float64()*2-1)*s))
	}
	for i := 0; i < 40; i++ {
		zs = append(zs, complex(float64(r.Intn(9)-4)*math.Pi/2+r.Float64()*1e-9, r.Float64()*1e-9))
	}
	ones := []struct {
		n string
		f func(complex128) complex128
	}{{"Acos", cmplx.Acos}, {"Acosh", cmplx.Acosh}, {"Asin", cmplx.Asin}, {"Asinh", cmplx.Asinh}, {"Atan", cmplx.Atan},
		{"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj}, {"Cos", cmplx.Cos}, {"Cosh", cmplx.Cosh}, {"Cot", cmplx.Cot}, {"Exp", cmplx.Exp},
		{"Log", cmplx.Log}, {"Log10", cmplx.Log10}, {"Sin", cmplx.Sin}, {"Sinh", cmplx.Sinh}, {"Sqrt", cmplx.Sqrt}, {"Tan", cmplx.Tan},
		{"Tanh", cmplx.Tanh},
		{"Abs", func(z complex128) complex128 { return complex(cmplx.Abs(z), 0) }},
		{"Phase", func(z complex128) complex128 { return complex(cmplx.Phase(z), 0) }},
		{"Polar", func(z complex128) complex128 { return complex(cmplx.Polar(z)) }},
		{"Rect", func(z complex128) complex128 { return cmplx.Rect(real(z), imag(z)) }},
		{"IsInf", func(z complex128) complex128 {
			if cmplx.IsInf(z) {
				return 1
			}
			return 0
		}},
		{"IsNaN", func(z complex128) complex128 {
			if cmplx.IsNaN(z) {
				return 1
			}
			return 0
		}},
	}
	for _, o := range ones {
		for _, z := range zs {
			v := o.f(z)
			fmt.Fprintf(w, "%s %s %s %s %s\n", o.n, b(real(z)), b(imag(z)), b(real(v)), b(imag(v)))
		}
	}
	for i, z := range zs {
		for k := 0; k < 3; k++ {
			y := zs[(i*31+k*7+r.Intn(len(zs)))%len(zs)]
			if k == 2 {
				y = complex(float64(r.Intn(7)-3), 0)
			}
			v := cmplx.Pow(z, y)
			fmt.Fprintf(w, "Pow %s %s %s %s %s %s\n", b(real(z)), b(imag(z)), b(real(y)), b(imag(y)), b(real(v)), b(imag(v)))
		}
	}
	v := cmplx.Inf()
	fmt.Fprintf(w, "Inf %s %s\n", b(real(v)), b(imag(v)))
	v = cmplx.NaN()
	fmt.Fprintf(w, "NaN %s %s\n", b(real(v)), b(imag(v)))
}
