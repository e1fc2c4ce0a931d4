package main

func f() { const c }
