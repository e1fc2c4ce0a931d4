package runtime

// NumCgoCall returns how many cgo calls the process has made: none in gopherpy,
// which has no cgo.
func NumCgoCall() int64 {
	return 0
}
