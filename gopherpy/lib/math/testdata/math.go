package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32,
		math.MaxInt64, math.MinInt64, uint64(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(1), -1), math.IsInf(1, 0))
	fmt.Printf("%#x %#x %#x %#x\n", math.Float64bits(math.NaN()), math.Float64bits(-0.0*1), math.Float32bits(float32(math.Pi)), math.Float64bits(math.Copysign(0, -1)))
	fmt.Println(math.Float64frombits(0x3ff8000000000000), math.Float32frombits(0x40490fdb))
	xs := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1, -1, 2.5, -2.5, 3, 10.75, -7.25, 1e-300, 1e300, 1e-320, 100, 0.1, math.Pi, math.Inf(1), math.Inf(-1), math.NaN()}
	fs := []struct {
		n string
		f func(float64) float64
	}{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh}, {"Atan", math.Atan},
		{"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Ceil", math.Ceil}, {"Cos", math.Cos}, {"Cosh", math.Cosh}, {"Erf", math.Erf},
		{"Erfc", math.Erfc}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Floor", math.Floor}, {"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log}, {"Log10", math.Log10},
		{"Log1p", math.Log1p}, {"Log2", math.Log2}, {"Logb", math.Logb}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Sin", math.Sin}, {"Sinh", math.Sinh}, {"Sqrt", math.Sqrt}, {"Tan", math.Tan}, {"Tanh", math.Tanh}, {"Trunc", math.Trunc},
		{"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, f := range fs {
		fmt.Print(f.n, ":")
		for _, x := range xs {
			fmt.Print(" ", f.f(x))
		}
		fmt.Println()
	}
	for _, x := range xs {
		s, c := math.Sincos(x)
		i, fr := math.Modf(x)
		m, e := math.Frexp(x)
		lg, sg := math.Lgamma(x)
		fmt.Println(x, s, c, i, fr, m, e, lg, sg, math.Ilogb(x), math.Signbit(x), math.Ldexp(x, 3), math.Ldexp(x, -1074), math.Jn(3, x), math.Yn(2, x))
	}
	ys := []float64{2, -3, 0.5, math.Inf(1), 0, -0.25}
	for _, x := range xs[:12] {
		for _, y := range ys {
			fmt.Print(math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y), math.Mod(x, y), math.Remainder(x, y), math.Max(x, y), math.Min(x, y),
				math.Dim(x, y), math.Copysign(x, y), math.Nextafter(x, y), math.FMA(x, y, 1), " ")
		}
		fmt.Println()
	}
	fmt.Println(math.Pow10(-324), math.Pow10(-5), math.Pow10(0), math.Pow10(22), math.Pow10(308), math.Pow10(309))
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Nextafter32(float32(math.NaN()), 1))
	// direct calls (intrinsics in gc) and Go's exact constant arithmetic
	x := 2.0
	fmt.Println(math.Sqrt(x), math.Floor(-x/3), math.Ceil(x/3), math.Trunc(-x/3), math.Abs(-x), math.Copysign(x, -1), math.FMA(x, x, x))
	const c = math.Pi / 3
	fmt.Println(c, math.Sin(c), float32(c), math.Log2E*math.Ln2, 1/math.MaxFloat64)
	var f32 float32 = 0.1
	fmt.Println(math.Sqrt(float64(f32)), float32(math.Sqrt(float64(f32))))
}
