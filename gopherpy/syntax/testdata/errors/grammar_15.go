package main

type T[] int
