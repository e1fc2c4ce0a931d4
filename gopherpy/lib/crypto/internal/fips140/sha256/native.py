"""This file implements the SHA-224/256 Digest's natives (see ../../../digestnative.py)."""

from gopherpy.compile.names import mangle
from gopherpy.lib.crypto.digestnative import natives

_IS224 = mangle("is224")

globals().update(natives("Digest", "sha256", globals(),
                         lambda d: "sha224" if getattr(d, _IS224) else "sha256"))
