package bench

import (
	"fmt"
	"testing"
)

var sink int

func BenchmarkLoop(b *testing.B) {
	fmt.Println("setup once")
	for b.Loop() {
		sink++
	}
}

func BenchmarkN(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink += i
	}
}

func BenchmarkSub(b *testing.B) {
	for _, n := range []int{1, 2} {
		b.Run(fmt.Sprint("n=", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sink += n
			}
		})
	}
}

func BenchmarkSkipped(b *testing.B) {
	b.Skip("not now")
}

func TestNothing(t *testing.T) {}
