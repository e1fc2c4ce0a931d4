module example.com/nofiles

go 1.27
