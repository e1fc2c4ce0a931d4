package main

func f() {
	switch g() := interface{}(nil).(type) {
	}
	if x := struct{ a int }{}; func() {} {
	}
}
