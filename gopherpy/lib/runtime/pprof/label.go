package pprof

import (
	"context"
	"sort"
)

// A LabelSet is a set of key/value labels (sorted by key, each key once).
type LabelSet struct {
	list []label
}

type label struct {
	key, value string
}

type labelContextKey struct{}

func labelValue(ctx context.Context) []label {
	l, _ := ctx.Value(labelContextKey{}).([]label)
	return l
}

// WithLabels returns a new context.Context with the given labels added; a label
// overwrites a prior label with the same key.
func WithLabels(ctx context.Context, labels LabelSet) context.Context {
	parent := labelValue(ctx)
	merged := make([]label, 0, len(parent)+len(labels.list))
	i, j := 0, 0
	for i < len(parent) && j < len(labels.list) {
		switch {
		case parent[i].key < labels.list[j].key:
			merged = append(merged, parent[i])
			i++
		case parent[i].key > labels.list[j].key:
			merged = append(merged, labels.list[j])
			j++
		default:
			merged = append(merged, labels.list[j])
			i++
			j++
		}
	}
	merged = append(merged, parent[i:]...)
	merged = append(merged, labels.list[j:]...)
	return context.WithValue(ctx, labelContextKey{}, merged)
}

// Labels takes an even number of strings representing key-value pairs and makes a
// LabelSet containing them. A label overwrites a prior label with the same key.
func Labels(args ...string) LabelSet {
	if len(args)%2 != 0 {
		panic("uneven number of arguments to pprof.Labels")
	}
	list := make([]label, 0, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		list = append(list, label{key: args[i], value: args[i+1]})
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].key < list[j].key })
	out := list[:0]
	for i, l := range list {
		if i+1 < len(list) && list[i+1].key == l.key {
			continue // a later pair with the same key wins
		}
		out = append(out, l)
	}
	return LabelSet{list: out}
}

// Label returns the value of the label with the given key on ctx, and whether that
// label exists.
func Label(ctx context.Context, key string) (string, bool) {
	for _, l := range labelValue(ctx) {
		if l.key == key {
			return l.value, true
		}
	}
	return "", false
}

// ForLabels invokes f with each label set on the context, in key order; f returns
// false to stop the iteration.
func ForLabels(ctx context.Context, f func(key, value string) bool) {
	for _, l := range labelValue(ctx) {
		if !f(l.key, l.value) {
			break
		}
	}
}

// SetGoroutineLabels sets the current goroutine's labels to match ctx (gopherpy:
// accepted; the goroutine profile does not show labels).
func SetGoroutineLabels(ctx context.Context) {}

// Do calls f with a copy of the parent context with the given labels added to the
// parent's label map.
func Do(ctx context.Context, labels LabelSet, f func(context.Context)) {
	ctx = WithLabels(ctx, labels)
	SetGoroutineLabels(ctx)
	f(ctx)
}
