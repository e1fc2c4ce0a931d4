"""gopherpy: a Go implementation written in Python."""

__version__ = "0.1.0"

# The Go language version (and standard library API) that gopherpy implements.
GO_VERSION = "go1.27"
