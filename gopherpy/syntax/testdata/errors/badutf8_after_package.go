package p

x»
