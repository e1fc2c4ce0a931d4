package vet

type T struct{ F int }

func (T) M() {}

func G() {}
