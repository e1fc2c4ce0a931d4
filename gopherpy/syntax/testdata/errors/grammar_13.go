package main

type T[P C|D] int
