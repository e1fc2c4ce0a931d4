package p

var s = `raw
