package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "///a//b/", "a/b/../c", "a/../..", "../../a/b/..", "/../a", "/a/./b/.", "abc/def/../../..", "a//b//c//", "./a", "a/./", "/./", "..a/b", "a/..b", ".../..", "a/b/c/../../../..", "/a/b/c/../../../..", "x/../../y"} {
		d, f := path.Split(p)
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f)
	}
	for _, p := range []string{"a.go", "a.tar.gz", "dir.d/file", "/x/.bashrc", "noext", "end."} {
		fmt.Printf("%q %q\n", p, path.Ext(p))
	}
	fmt.Printf("%q\n", path.Join())
	fmt.Printf("%q\n", path.Join("", ""))
	fmt.Printf("%q\n", path.Join("a", "b", "c"))
	fmt.Printf("%q\n", path.Join("a", "", "c"))
	fmt.Printf("%q\n", path.Join("", "/a"))
	fmt.Printf("%q\n", path.Join("/", "a", "../..", "b"))
	fmt.Printf("%q\n", path.Join("a/", "/b/", "/"))
	fmt.Printf("%q\n", path.Join("", "", "x"))

	pats := []struct{ pat, name string }{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"},
		{"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"},
		{"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"},
		{"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"},
		{"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"},
		{"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"},
		{"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "x"}, {"x", ""}, {"*", ""}, {"a*b*", "ab/"},
		{"[a]", "\xff"}, {"[\xff]", "a"}, {"?", "\xff"}, {"a[b-]", "a"}, {"*\\", "x"}, {"x*[", "xyz"},
		{"[]", "a"}, {"[^]", "a"}, {"a*[]", "abc"}, {"**", "ab"}, {"a/*/c", "a/b/c"}, {"a/*/c", "a//c"},
	}
	for _, p := range pats {
		ok, err := path.Match(p.pat, p.name)
		fmt.Printf("Match(%q, %q) = %v, %v %v\n", p.pat, p.name, ok, err, err == path.ErrBadPattern)
	}
}
