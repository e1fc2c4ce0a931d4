package main

func f() {}

import "fmt"
import 1
import
