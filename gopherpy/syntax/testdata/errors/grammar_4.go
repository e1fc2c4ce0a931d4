package main

func f() { go f }
