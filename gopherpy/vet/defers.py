"""The defers analyzer (implemented with timeformat in timeformat.py)."""

from .timeformat import run_defers as run  # noqa: F401
