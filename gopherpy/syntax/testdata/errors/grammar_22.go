package main

func f() { for i := 0; i < 10; i++ { continue L } }
