package builderr

// N is a number.
var N = 1
