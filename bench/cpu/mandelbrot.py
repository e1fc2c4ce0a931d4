"""mandelbrot, idiomatic Python (same algorithm as mandelbrot.go)."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
ITER = 50
inside = 0
total = 0
for y in range(n):
    ci = 2 * y / n - 1
    bits = 0
    for x in range(n):
        cr = 2 * x / n - 1.5
        zr = zi = 0.0
        i = 0
        while i < ITER:
            zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
            if zr * zr + zi * zi > 4.0:
                break
            i += 1
        bits = (bits << 1) & 0xFF
        if i == ITER:
            bits |= 1
            inside += 1
        if x % 8 == 7:
            total = (total * 31 + bits) & 0xFFFFFFFF
            bits = 0
print(inside, total)
