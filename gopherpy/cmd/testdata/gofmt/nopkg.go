// no package clause here
func f() {}
