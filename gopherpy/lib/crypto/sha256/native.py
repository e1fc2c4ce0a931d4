"""This file implements crypto/sha256's Sum256 and Sum224 (Python's hashlib)."""

from gopherpy.lib.crypto.digestnative import sum_array


def Sum256(data):
    return sum_array("sha256", data)


def Sum224(data):
    return sum_array("sha224", data)
