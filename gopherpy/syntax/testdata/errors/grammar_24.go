package main

func f() { goto L; { L: } }
