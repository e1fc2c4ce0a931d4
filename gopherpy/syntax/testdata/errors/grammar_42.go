package main

type I interface { ~int; m(); int | string; (m2)() }
