"""Our trees are go/parser's: testdata/astshape/*.go parsed by both, compared node by node.

The .json goldens are go/parser's trees dumped by testdata/astdump (regenerate
with testdata/astshape/gen_golden.py). Compared: node kinds, every field, every
position (as a byte offset), comment groups, doc and line comments.
"""

from __future__ import annotations

import glob
import json
import os

import pytest

from gopherpy.syntax import FileSet, parse_file
from gopherpy.syntax.astshape import diff

HERE = os.path.join(os.path.dirname(__file__), "testdata", "astshape")


@pytest.mark.parametrize("path", sorted(glob.glob(os.path.join(HERE, "*.go"))), ids=os.path.basename)
def test_tree_matches_go_parser(path):
    with open(path[:-3] + ".json") as fh:
        golden = json.load(fh)
    with open(path, "rb") as fh:
        f = parse_file(os.path.basename(path), fh.read(), FileSet())
    assert diff(golden, f, f.file_start) is None
