// Package iter provides basic definitions related to iterators over sequences.
//
// gopherpy: Pull and Pull2 (pull.go) run the sequence on a goroutine of its own and
// hand control back and forth over unbuffered channels, which is what Go's
// coroutines (runtime.coroswitch) do: exactly one of the caller and the sequence
// runs at a time.
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
