"""Go's standard library for gopherpy: one folder per import path, Go declarations plus native.py."""
