"""Is a file on disk still the one the manifest lists? Its sha256, read in blocks."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_of(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def same_bytes(path: Path, sha256: str | None) -> bool:
    """True when ``path`` holds the bytes whose hash is ``sha256`` (None: nothing to compare)."""
    return sha256 is None or sha256_of(path) == sha256
