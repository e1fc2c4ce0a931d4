"""This file implements Go language version checks (go/types' version.go): the effective
language version of the file being checked, and the errors for features that need a
newer one ("... requires go1.N or later").

A language version is the minor number N of "go1.N" (an int); None means unknown, and
an unknown version allows every feature, as go/types' allowVersion does. The version
of a file is Config.go_version, raised by a //go:build go1.N line to max(go1.N, go1.21)
(go1.21 was the first release to honour such lines). The Checker keeps the version of
the file it is in while checking in env.version; delayed actions run with the version
that was current when they were queued.
"""

from __future__ import annotations

import re

from .codes import Code
from .errors import _pos

GO_CURRENT = 27  # go1.27: the release whose language the checker implements

_LANG = re.compile(r"go1(?:\.(0|[1-9][0-9]*))?(?:\.(?:0|[1-9][0-9]*)|rc[0-9]+|beta[0-9]+)?$")


def lang_minor(v: str):
    """The language minor version of a Go version string ("go1.20.1" -> 20), or None
    when v is not a valid version (go/version.Lang)."""
    if not v:
        return None
    m = _LANG.match(v)
    if m is None:
        return None
    return int(m.group(1)) if m.group(1) is not None else 0


def file_versions(conf_version: str, files) -> dict:
    """The language version (minor number or None) of each file, keyed by filename."""
    pkg = lang_minor(conf_version)
    out = {}
    for f in files:
        v = pkg
        fv = lang_minor(getattr(f, "go_version", "") or "")
        if fv is not None:
            v = max(fv, 21)
        out[f.filename] = v
    return out


class VersionMixin:

    def allow_version(self, minor: int) -> bool:
        """Whether the current file's language version permits a go1.minor feature."""
        v = self.env.version
        return v is None or v >= minor

    def verify_version(self, at, minor: int, fmt: str, *args) -> bool:
        if not self.allow_version(minor):
            self.version_error(at, minor, fmt, *args)
            return False
        return True

    def version_error(self, at, minor: int, fmt: str, *args):
        msg = fmt % args if args else fmt
        self._report(_pos(at), Code.UnsupportedFeature, f"{msg} requires go1.{minor} or later")

    def check_file_versions(self, files):
        """Errors for a package or file that asks for a newer Go than the checker's."""
        pkg = lang_minor(self.conf.go_version)
        if pkg is not None and files and pkg > GO_CURRENT:
            self.errorf(files[0].package, Code.TooNew, "package requires newer Go version go1.%d (application built with go1.%d)", pkg, GO_CURRENT)
        for f in files:
            fv = lang_minor(getattr(f, "go_version", "") or "")
            if fv is not None and fv > GO_CURRENT:
                self.errorf(f.name, Code.TooNew, "file requires newer Go version go1.%d", fv)
        self.versions = file_versions(self.conf.go_version, files)
