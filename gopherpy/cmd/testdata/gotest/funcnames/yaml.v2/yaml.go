// Package yaml lives in a directory whose name has a dot: gc escapes it in function
// names (example.com/m/yaml%2ev2.Name).
package yaml

import "example.com/m/sub"

func Name() string { return sub.Caller(0) }
