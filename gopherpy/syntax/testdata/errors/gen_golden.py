"""Regenerate the .golden files of this folder with the real Go compiler (never edit them by hand).

Each NAME.go here is a broken program; NAME.golden is what `go tool compile`
prints for it (gc's error lines, `file:line:col: message`). test_errors.py
checks that gopherpy's parser reports the same syntax-phase errors.
Usage: python3 gen_golden.py [NAME.go ...]
"""

import glob
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
names = sys.argv[1:] or sorted(os.path.basename(p) for p in glob.glob(os.path.join(here, "*.go")))
# never "-o /dev/null": gc removes its output file on error, and as root that deletes /dev/null
out = os.path.join(tempfile.mkdtemp(), "out.o")
for name in names:
    r = subprocess.run(["go", "tool", "compile", "-o", out, "-p", "main", name],
                       cwd=here, capture_output=True)
    with open(os.path.join(here, name[:-3] + ".golden"), "wb") as fh:
        fh.write(r.stdout + r.stderr)
