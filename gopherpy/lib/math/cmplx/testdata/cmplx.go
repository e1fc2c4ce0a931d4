package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	zs := []complex128{0, 1, -1, 1i, -1i, 1 + 1i, -2.5 + 0.5i, 3 - 4i, complex(math.Inf(1), 0), complex(0, math.Inf(-1)), complex(math.NaN(), 1), 1e-10 + 1e10i}
	for _, z := range zs {
		r, th := cmplx.Polar(z)
		fmt.Println(z, cmplx.Abs(z), cmplx.Phase(z), r, th, cmplx.Conj(z), cmplx.IsInf(z), cmplx.IsNaN(z))
		fmt.Println(" ", cmplx.Sqrt(z), cmplx.Exp(z), cmplx.Log(z), cmplx.Log10(z), cmplx.Pow(z, 2+0.5i), cmplx.Pow(z, 0))
		fmt.Println(" ", cmplx.Sin(z), cmplx.Cos(z), cmplx.Tan(z), cmplx.Cot(z), cmplx.Sinh(z), cmplx.Cosh(z), cmplx.Tanh(z))
		fmt.Println(" ", cmplx.Asin(z), cmplx.Acos(z), cmplx.Atan(z), cmplx.Asinh(z), cmplx.Acosh(z), cmplx.Atanh(z))
	}
	fmt.Println(cmplx.Rect(2, math.Pi/3), cmplx.Inf(), cmplx.NaN(), cmplx.Pow(0, -1), cmplx.Pow(0, 1i))
	fmt.Printf("%.3f %g %v\n", cmplx.Exp(1i*math.Pi), cmplx.Sqrt(-4), complex64(cmplx.Sqrt(2i)))
}
