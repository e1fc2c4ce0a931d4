package main

func f() { defer }
