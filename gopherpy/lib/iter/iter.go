// Package iter provides basic definitions related to iterators over sequences.
//
// gopherpy: Seq and Seq2 only; Pull and Pull2 are not yet provided (they need
// coroutines from the goroutine runtime).
package iter

// Seq is an iterator over sequences of individual values.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values.
type Seq2[K, V any] func(yield func(K, V) bool)
