"""spectral-norm, idiomatic Python (same algorithm as spectralnorm.go)."""
import math
import sys


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
u = [1.0] * n
for _ in range(10):
    v = mul_atv(mul_av(u, n), n)
    u = mul_atv(mul_av(v, n), n)
vbv = sum(x * y for x, y in zip(u, v))
vv = sum(y * y for y in v)
print(f"{math.sqrt(vbv / vv):0.9f}")
