package main

func f() { switch x := y.(type); z {} }
