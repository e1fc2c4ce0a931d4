package main

type T[P (C)] int
