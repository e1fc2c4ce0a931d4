"""fasta, idiomatic Python (same algorithm and checksums as fasta.go)."""
import sys

IM, IA, IC = 139968, 3877, 29573
last = 42
ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
       "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
       "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
       "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
       "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
       "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
       "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA").encode()


def random(mx):
    global last
    last = (last * IA + IC) % IM
    return mx * last / IM


def checksum(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def repeat(n):
    return bytes(ALU[i % len(ALU)] for i in range(n))


def random_fasta(acids, n):
    cum = 0.0
    table = []
    for c, p in acids:
        cum += p
        table.append((ord(c), cum))
    out = bytearray(n)
    for i in range(n):
        r = random(1.0)
        for c, p in table:
            if r < p:
                out[i] = c
                break
    return out


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
iub = [("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27)] + [(c, 0.02) for c in "BDHKMNRSVWY"]
homo = [("a", 0.3029549426680), ("c", 0.1979883004921), ("g", 0.1975473066391), ("t", 0.3015094502008)]
print(checksum(repeat(2 * n)))
print(checksum(random_fasta(iub, 3 * n)))
print(checksum(random_fasta(homo, 5 * n)))
