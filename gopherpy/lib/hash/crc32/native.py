"""This file implements hash/crc32's update: zlib for the IEEE table, a table-driven loop otherwise."""

import zlib


def update(crc, tab, p, ieee):
    a = p.a
    if a is None or p.len == 0:
        return crc
    data = a[p.off:p.off + p.len]
    if ieee:
        return zlib.crc32(data, crc)
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = tab[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
