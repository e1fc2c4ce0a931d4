package b

func W() { unused := 1 }
