package p

type T int

func () noRecv() {}

func (a, b T) twoRecv() {}

func (T) ok()   {}
