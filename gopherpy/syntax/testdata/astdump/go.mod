module astdump

go 1.22
