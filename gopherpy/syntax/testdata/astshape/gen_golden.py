"""Regenerate the .json goldens here: go/parser's tree of each .go file, dumped by ../astdump (needs Go).

test_astshape.py checks that gopherpy's parser builds the same tree (node kinds,
fields, positions, comments). Never edit the .json files by hand.
"""

import glob
import os
import subprocess
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
exe = os.path.join(tempfile.mkdtemp(), "astdump")
subprocess.run(["go", "build", "-o", exe, "."], cwd=os.path.join(here, "..", "astdump"), check=True)
for path in sorted(glob.glob(os.path.join(here, "*.go"))):
    out = subprocess.run([exe, path], capture_output=True, text=True, check=True).stdout
    with open(path[:-3] + ".json", "w") as fh:
        fh.write(out)
