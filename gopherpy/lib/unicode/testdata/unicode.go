package main

import (
	"fmt"
	"sort"
	"unicode"
)

// sample is a spread of runes: all of Latin-1 and Greek, then every 61st rune to past MaxRune,
// plus negative and huge values.
func sample() []rune {
	var rs []rune
	for r := rune(0); r < 0x400; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x400); r < unicode.MaxRune+200; r += 61 {
		rs = append(rs, r)
	}
	return append(rs, -1, -0x7fffffff, 0x7fffffff, 0xD800, 0xDFFF, 0xFFFD, 0x10FFFF, 0x110000)
}

func main() {
	preds := []struct {
		name string
		f    func(rune) bool
	}{
		{"IsControl", unicode.IsControl}, {"IsDigit", unicode.IsDigit}, {"IsGraphic", unicode.IsGraphic},
		{"IsLetter", unicode.IsLetter}, {"IsLower", unicode.IsLower}, {"IsMark", unicode.IsMark},
		{"IsNumber", unicode.IsNumber}, {"IsPrint", unicode.IsPrint}, {"IsPunct", unicode.IsPunct},
		{"IsSpace", unicode.IsSpace}, {"IsSymbol", unicode.IsSymbol}, {"IsTitle", unicode.IsTitle},
		{"IsUpper", unicode.IsUpper},
	}
	rs := sample()
	for _, p := range preds {
		n, sum := 0, 0
		for _, r := range rs {
			if p.f(r) {
				n++
				sum = (sum*31 + int(r)) % 1000000007
			}
		}
		fmt.Println(p.name, n, sum)
	}
	maps := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold}, {"Turkish.ToUpper", unicode.TurkishCase.ToUpper},
		{"Turkish.ToLower", unicode.TurkishCase.ToLower}, {"Turkish.ToTitle", unicode.TurkishCase.ToTitle}}
	for _, m := range maps {
		n, sum := 0, 0
		for _, r := range rs {
			if v := m.f(r); v != r {
				n++
				sum = (sum*31 + int(v)) % 1000000007
			}
		}
		fmt.Println(m.name, n, sum)
	}
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', '1', -2, 'ß', 'ẞ', 'Σ', 'σ', 'ς', 'ǅ', 'İ', 'ı', 'i'} {
		fmt.Printf("%q %q %q %q %q %q %q\n", r, unicode.SimpleFold(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.To(unicode.UpperCase, r), unicode.To(7, r))
	}
	fmt.Println(unicode.AzeriCase.ToUpper('i') == 'İ', unicode.TurkishCase.ToLower('I') == 'ı')

	// tables: identity of aliases, map contents, a few memberships
	fmt.Println(unicode.Digit == unicode.Nd, unicode.Upper == unicode.Lu, unicode.Letter == unicode.L,
		unicode.Categories["Lu"] == unicode.Lu, unicode.STerm == unicode.Sentence_Terminal,
		unicode.Scripts["Greek"] == unicode.Greek, unicode.Properties["White_Space"] == unicode.White_Space)
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties),
		len(unicode.FoldCategory), len(unicode.FoldScript), len(unicode.CategoryAliases), unicode.Version)
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], len(unicode.TurkishCase), unicode.TurkishCase[0])
	fmt.Println(len(unicode.Lu.R16), len(unicode.Lu.R32), unicode.Lu.LatinOffset, unicode.Lu.R16[0], unicode.Lu.R16[len(unicode.Lu.R16)-1])
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.PrintRanges[0] == unicode.L)
	var names []string
	for name, t := range unicode.Scripts {
		if unicode.Is(t, 'λ') || unicode.Is(t, 'ж') || unicode.Is(t, '字') || unicode.Is(t, 'a') || unicode.Is(t, 'ٱ') {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	fmt.Println(names)
	var props []string
	for name, t := range unicode.Properties {
		if unicode.Is(t, '-') || unicode.Is(t, ' ') || unicode.Is(t, 'F') {
			props = append(props, name)
		}
	}
	sort.Strings(props)
	fmt.Println(props)
	counts := map[string]int{}
	for name, t := range unicode.Categories {
		for _, r := range rs {
			if unicode.Is(t, r) {
				counts[name]++
			}
		}
	}
	fmt.Println(counts)
	fmt.Println(unicode.In('x', unicode.Greek, unicode.Latin), unicode.In('x', unicode.Greek),
		unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Digit}, '7'), unicode.In('x'))
	fmt.Println(unicode.Is(unicode.FoldCategory["Lu"], 'ſ'), unicode.Is(unicode.FoldScript["Greek"], 'µ'))

	// a table of our own, with strides
	own := &unicode.RangeTable{
		R16:         []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}, {Lo: 0x100, Hi: 0x200, Stride: 16}},
		R32:         []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}},
		LatinOffset: 1,
	}
	var in []rune
	for r := rune(0); r < 0x10020; r++ {
		if unicode.Is(own, r) {
			in = append(in, r)
		}
	}
	fmt.Println(len(in), in[:5], in[len(in)-5:])
	own.R16 = nil
	fmt.Println(unicode.Is(own, 'a'), unicode.Is(own, 0x10004), unicode.Is(&unicode.RangeTable{}, 'a'))
	cr := unicode.SpecialCase{{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{5, 0, 5}}, {Lo: 'x', Hi: 'z', Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}}}
	for _, r := range "abcdxyzXYZ" {
		fmt.Print(string(cr.ToUpper(r)), string(cr.ToLower(r)), string(cr.ToTitle(r)), " ")
	}
	fmt.Println()
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperLower, unicode.MaxCase)
	fmt.Printf("%T %T %T %v\n", unicode.Lu, unicode.CaseRanges, unicode.TurkishCase, unicode.Zl)
}
