package main

import (
	"fmt"
	'"p"unsafe"
)
