"""What shaped an output besides its data: the code of the whole package and the libraries.

Every file of the package is hashed (not a hand-kept list of "rendering" modules): a helper
such as ``slug.lower_first`` prints on every page, and a list would miss the next one.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from importlib.metadata import version

PACKAGE = Path(__file__).resolve().parent.parent
LIBRARIES = ("reportlab", "qrcode", "rl_accel")


def package_files(package: Path = PACKAGE) -> list[Path]:
    """The package's own files (sources, kiosk assets, tables), in a fixed order."""
    return sorted(p for p in package.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"))


def code_fingerprint(package: Path = PACKAGE) -> str:
    """A hash of every file of ``package``, by relative name and content."""
    h = hashlib.sha256()
    for path in package_files(package):
        h.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


@lru_cache(maxsize=1)
def renderer_fingerprint() -> str:
    """The package's code and the versions of the libraries that draw: a changed label, layout
    or QR setting rebuilds every file even before the version number moves."""

    h = hashlib.sha256(code_fingerprint().encode())
    for lib in LIBRARIES:
        try:
            h.update(f"{lib}={version(lib)}".encode())
        except Exception:  # an optional accelerator may be missing: that is part of the state
            h.update(f"{lib}=none".encode())
    return h.hexdigest()[:16]
