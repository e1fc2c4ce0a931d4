// Package m is the root package of module example.com/m.
package m

import "example.com/m/sub"

type Server struct{}

//go:noinline
func (s *Server) Serve() string { return sub.Caller(0) }
