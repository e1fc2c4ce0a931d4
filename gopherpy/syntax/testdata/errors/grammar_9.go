package main

type T struct { a int "tag" ; b int 1 }
