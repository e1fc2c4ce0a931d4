"""The atomic analyzer (implemented with appends in appends.py)."""

from .appends import run_atomic as run  # noqa: F401
