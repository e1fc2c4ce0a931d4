"""This file implements crypto/sha1's natives (see ../digestnative.py)."""

from gopherpy.lib.crypto.digestnative import natives, sum_array

globals().update(natives("digest", "sha1", globals(), lambda d: "sha1"))


def Sum(data):
    return sum_array("sha1", data)
