//go:build ignore

// Command atof_gen prints golden strconv.ParseFloat/ParseInt/ParseUint/Atoi results.
// Run: go run atof_gen.go > atof.golden
// Lines: F<bits> <quoted input> <result bits hex> <error or "-">
//        I<base>,<bits> / U<base>,<bits> / A <quoted input> <value> <error or "-">
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
)

func errs(err error) string {
	if err == nil {
		return "-"
	}
	return err.Error()
}

func main() {
	floats := []string{"", "0", "-0", "+0", "1", "-1", "1.5", ".5", "5.", ".", "-.", "e1", "1e", "1e+", "1e-", "1e5", "1E5", "1e+5", "1e-5",
		"inf", "Inf", "+Inf", "-Inf", "infinity", "-Infinity", "INFINITY", "infx", "in", "nan", "NaN", "NAN", "+nan", "-nan", "nanx",
		"0x1p0", "0x1p-2", "0X1P+2", "0x1.8p1", "0x.8p1", "0x1", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1p-1076",
		"0x_1p0", "0x1_0p0", "1_000", "1__000", "_1", "1_", "1_000.5", "1_0e1_0", "0_1", "0b101", "0o17", "017", "0x1.p1", "0x1e3", "0xp1",
		"1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "-1e309", "1e-320", "1e-324", "2e-324", "3e-324", "1e-400", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"3.4028234663852886e38", "3.4028235e38", "3.4028236e38", "3.40282357e38", "3.4028235677973366e38", "3.4028235677973367e38", "1e39", "1e-45", "7e-46", "1.4e-45", "0.7e-45", "7.006492321624085e-46", "7.006492321624086e-46",
		"100000000000000016777215", "100000000000000016777216", "9007199254740993", "9007199254740993.0000000000000000000001", "123456789012345678901234567890e-10",
		"0.000000000000000000000000000000000000000000001", "1e+0000000000000000001", "1e-99999999999999999999", "1e99999999999999999999", "0e99999999999",
		" 1", "1 ", "+-1", "--1", "1.2.3", "1e1.5", "0x", "0x1p", "0x1.8", "0x1.8e3", "1p5", "++1", "+.e1", "0.e1", "00012", "1e0001",
		"2.2250738585072012e-308", "2.2250738585072011e-308", "1.00000017881393432617187499", "1.000000178813934326171875", "1.00000005960464477539062500000000001",
		"infinityx", "Infinit", "+i", "-in", "0X1P-149", "0x1p-150", "0x1.000001p-150", "0x1p128", "0x1.fffffep127", "0x1.ffffffp127", "0x1.fffffefp127"}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 1200; i++ {
		n := 1 + r.Intn(25)
		var b strings.Builder
		if r.Intn(4) == 0 {
			b.WriteByte('-')
		}
		pt := r.Intn(n + 1)
		for j := 0; j < n; j++ {
			if j == pt {
				b.WriteByte('.')
			}
			b.WriteByte(byte('0' + r.Intn(10)))
		}
		if r.Intn(2) == 0 {
			fmt.Fprintf(&b, "e%d", r.Intn(700)-350)
		}
		floats = append(floats, b.String())
	}
	for i := 0; i < 400; i++ {
		f := math.Float64frombits(r.Uint64())
		floats = append(floats, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'e', 20, 64))
		g := math.Float32frombits(r.Uint32())
		floats = append(floats, strconv.FormatFloat(float64(g), 'g', -1, 32), strconv.FormatFloat(float64(g), 'e', 12, 64))
	}
	for _, s := range floats {
		for _, bs := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bs)
			if bs == 32 {
				fmt.Printf("F32 %q %08x %s\n", s, math.Float32bits(float32(f)), errs(err))
			} else {
				fmt.Printf("F64 %q %016x %s\n", s, math.Float64bits(f), errs(err))
			}
		}
	}
	ints := []string{"", "0", "-0", "+0", "1", "-1", "+1", "12345", "-12345", "0x1f", "0X1F", "0b101", "0B101", "0o17", "0O17", "017", "08", "0_1", "1_000", "1__0", "_1", "1_", "0x_1f", "0x1_f", "0b_1", "0_x1",
		"127", "128", "-128", "-129", "255", "256", "32767", "32768", "-32768", "-32769", "65535", "65536", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999999", "-99999999999999999999999",
		"z", "Z", "zz", "10", "ff", "FF", "x", "0x", "0b", "0o", "0", "-0x10", "+0x10", "--1", "1 ", " 1", "1a", "abc", "1e3", "1.0", "-", "+", "0xg", "0b2", "0o8", "7fffffff", "-80000000", "10000000000000000000000000000000000000000000000000000000000000000",
		"1111111111111111111111111111111111111111111111111111111111111111", "11111111111111111111111111111111111111111111111111111111111111111", "١٢"}
	for i := 0; i < 150; i++ {
		ints = append(ints, strconv.FormatInt(r.Int63()>>uint(r.Intn(63)), 10+r.Intn(2)*6))
	}
	for _, s := range ints {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bs := range []int{0, 8, 16, 32, 64, 65} {
				if (base == 1 || base == 37 || bs == 65) && s != "1" && s != "" && s != "z" {
					continue
				}
				v, err := strconv.ParseInt(s, base, bs)
				fmt.Printf("I%d,%d %q %d %s\n", base, bs, s, v, errs(err))
				u, err := strconv.ParseUint(s, base, bs)
				fmt.Printf("U%d,%d %q %d %s\n", base, bs, s, u, errs(err))
			}
		}
		v, err := strconv.Atoi(s)
		fmt.Printf("A %q %d %s\n", s, v, errs(err))
	}
}
